"""Countries for the actors the name and title rules left without one.

In: the actors stage's `_Run` after resolution (its drafts and doc). Out: `country` set on drafts
that had none, from what the text says around their mentions, in this order:
- a possessor or an "of" phrase naming a country ("Lebanon's President X", "King X of Morocco",
  "Niger's ambassador X", "Ghana's Supreme Court");
- a role phrase in apposition naming one ("X, Algeria's leading activist"), a country in brackets
  after the name ("X (Chile)"), a relative clause on the name ("X, who heads Chile's central bank");
- a role mention's own 'of'/'from' place ("the interior minister of Kenya", "a senator from
  Bolivia", "the deputy mayor of the Samara region"), or its possessor "the kingdom's", "the
  country's": the country the article names most;
- the office-holders' registry, for a person named in full ("President Michel Suleiman");
- a place the gazetteer knows (a city, else a first-level region: its country);
- a body that stays where it is, named after a city ("Lyon University"): that city's country;
- a body named by the first words of KB bodies' names ("the Grand National Assembly"): their
  one country, or the one of them the article names;
- on the article's date: a country that split off later is still part of the one it left;
- a person holding an office, or a body the knowledge base does not know and whose name marks
  it as no international one ("President X", "the Parliament", "the Kifaya movement"), in an
  article that names one country only: that country; in an article naming several, the one
  country its sentence names, if there is one (never for a person whose title names an
  international body: "U.N. envoy X" serves no country of his sentence).
"""
from __future__ import annotations

from .doc_cache import doc_text
from .actors_lexicon import fold, load_gazetteer, load_official_countries, official_key

POSSESSIVE = ("'s", "’s", "'", "’")
REGION_WORDS = {"province", "region", "state", "oblast", "governorate", "prefecture", "district", "county"}


def fill_countries(run) -> None:
    """Sets `country` on the drafts of `run` that have none (see the module docstring)."""
    drafts = [d for d in run.drafts.values() if d.mentions]
    for d in drafts:
        if d.country or d.kb_id:  # a KB entry without a country is an international body
            d.country = country_on_date(run, d.country)
            continue
        d.country = around_mentions(run, d)
        if not d.country and d.type == "PERSON":
            d.country = official_country(run, d, drafts)
        if not d.country and d.type == "PERSON":
            d.country = introduced_by_demonym(run, d)
        if not d.country and d.type in ("GPE", "LOC", "FAC") and fold(d.name) not in run.lex.world_regions \
                and not water_body(run, d.name):
            d.country = place_country(d.name)  # (never "the Gulf": a region, not a province's name)
        if not d.country and d.type in ("ORG", "FAC"):
            d.country = local_body_country(run, d.name)
        if not d.country and d.type == "ORG":
            d.country = kb_fuller_name_country(run, d, drafts)
        d.country = country_on_date(run, d.country)
    only = single_country(drafts)
    officials = [d for d in drafts if not d.country and not d.kb_id and holds_office(run, d)
                 and not serves_international_body(run, d)]
    by_sentence = sentence_countries(run, drafts) if officials and only is None else {}
    for d in officials:
        # a body's sentence often names where it acts, not whose it is ("the Defence Ministry
        # struck positions in Ukraine"): only people take their sentence's country
        d.country = only or (sentence_country(run, d, by_sentence) if d.type == "PERSON" else None)
        if d.country is None and d.type == "PERSON" and by_sentence:
            d.country = previous_subject_country(run, d, by_sentence)


def water_body(run, name: str) -> bool:
    """"the Red Sea", "Strait of Hormuz": a sea, strait or gulf belongs to no one country."""
    words = fold(name).split()
    return len(words) >= 2 and (words[-1] in run.lex.water_words
                                or words[0] in run.lex.water_words and words[1] == "of")


def official_country(run, d, drafts):
    """"President Michel Suleiman" in a sentence naming no country of his: the country the
    office-holders' registry gives his full name (any of the forms the article writes it in),
    when the text makes him an office-holder or names that country: a namesake ("Joseph Ross" in
    an article on US voters) is no minister of a country the article never mentions."""
    registry = load_official_countries()
    for form in sorted({d.name, *d.forms}, key=len, reverse=True):
        code = registry.get(official_key(form))
        if code:
            named = any(x.country == code for x in drafts if x.type != "PERSON" and x is not d)
            return code if named or holds_office(run, d) else None
    return None


def local_body_country(run, name: str):
    """"Lyon University", "Kandahar Airport": a body that stays where it is, named after a
    city or region, is in that place's country."""
    words = fold(name).split()
    if not any(" ".join(words[i:i + n]) in run.lex.local_body_words
               for n in (1, 2) for i in range(len(words))):
        return None
    gaz = load_gazetteer()
    for w in name.replace("-", " ").split():
        if w[:1].isupper() and fold(w) not in run.lex.local_body_words and gaz is not None:
            hit = gaz.capital(w) or (gaz.big_place(w) or (None,))[0] or gaz.region(w)
            if hit:
                return hit
    return None


def kb_fuller_name_country(run, d, drafts):
    """"the Grand National Assembly" (of Turkey), "the National Assembly" in an article on
    Hungary: a body named by the first part of knowledge-base bodies' names ("X of <country>",
    "X (<country>)") is in the one country those share, or the one of them the article names."""
    key = fold(d.name)
    if len(key.split()) < 2 or run.kb.kb is None:
        return None
    codes = {country for folded, name, country in kb_body_names(run.kb)
             if folded.startswith(key + " ") and name[len(d.name):].lstrip().startswith(("of ", "("))}
    if len(codes) > 1:
        named = {x.country for x in drafts if x.type == "GPE" and x.kb_id and x.kb_id == x.country}
        codes &= named
    return next(iter(codes)) if len(codes) == 1 else None


def kb_body_names(kb_view) -> list[tuple[str, str, str]]:
    """(folded name, name, country) of the knowledge base's bodies that have a country, folded
    once per knowledge base: every article may ask."""
    cached = getattr(kb_view, "_body_names", None)
    if cached is None:
        cached = kb_view._body_names = [(fold(e.name), e.name, e.country) for e in kb_view.kb.entries()
                                        if e.country and (e.type or "").upper() == "ORG"]
    return cached


def sentence_countries(run, drafts) -> dict:
    """Sentence start token -> the countries its places, countries and bodies stand for."""
    out: dict = {}
    for d in drafts:
        if not d.country or d.type == "PERSON":
            continue
        for m, _ in d.mentions:
            span = run.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None and len(span):
                out.setdefault(span[0].sent.start, set()).add(d.country)
    return out


def sentence_country(run, d, by_sentence):
    """"The storm hit the port, said the regional governor, Ana Lima": an office-holder in an
    article naming several countries takes the one country of the sentence he is named in."""
    for m, _ in sorted(d.mentions, key=lambda x: x[0].start):
        span = run.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        codes = by_sentence.get(span[0].sent.start, set()) - captor_countries(run, d, span[0].sent)
        return next(iter(codes)) if len(codes) == 1 else None
    return None


def introduced_by_demonym(run, d):
    """"Pakistan will free a captured Indian pilot ... The airman, X, was ...": a person first
    named in apposition to a definite noun ("the airman") is the one an indefinite phrase with a
    demonym ("a captured Indian pilot") introduced in the sentence before or the one before that,
    when exactly one such phrase is there; his country is that demonym's."""
    doc = run.doc
    first = min((m for m, _ in d.mentions), key=lambda m: m.start, default=None)
    span = doc.char_span(first.start, first.end, alignment_mode="expand") if first is not None else None
    if span is None or not len(span):
        return None
    root = span.root
    noun = root.head if root.dep_ == "appos" else next((c for c in root.children if c.dep_ == "appos"), None)
    if noun is None or noun.pos_ != "NOUN" or not any(c.lower_ == "the" for c in noun.children):
        return None
    sent = span[0].sent
    start = sent.start
    for _ in range(2):
        if start > 0:
            start = doc[start - 1].sent.start
    found = set()
    for tok in doc[start:sent.start]:
        if tok.pos_ != "NOUN" or tok.tag_ != "NN" or fold(tok.text) in run.lex.weapon_nouns \
                or fold(tok.text) in run.lex.place_nouns or fold(tok.text) in run.lex.org_words:
            continue
        mods = [c for c in tok.children if c.i < tok.i]
        if not any(c.lower_ in ("a", "an") for c in mods):
            continue
        for c in mods:
            if c.dep_ in ("amod", "compound") and c.text[:1].isupper():
                code = run.demonym_code(c.text)
                if code:
                    found.add(code)
    return found.pop() if len(found) == 1 else None


def previous_subject_country(run, d, by_sentence):
    """"Indian jets bombed a camp in X. Foreign Secretary Y called the raid ...": an office-holder
    who opens a sentence naming no country speaks for the country of the previous sentence's
    subject (the report goes on with the same side)."""
    doc = run.doc
    first = min((m for m, _ in d.mentions), key=lambda m: m.start, default=None)
    span = doc.char_span(first.start, first.end, alignment_mode="expand") if first is not None else None
    if span is None or not len(span) or span.root.dep_ not in ("nsubj", "nsubjpass") \
            or by_sentence.get(span[0].sent.start) or span[0].sent.start == 0:
        return None
    prev = doc[span[0].sent.start - 1].sent
    if "\n" in doc_text(doc)[prev.end_char:span[0].sent.start_char]:
        return None  # a new paragraph may turn to another side
    subject = next((t for t in prev if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"), None)
    if subject is None:
        return None
    # "Chilean warships entered ...": the subject's own words, else the country qualifying it
    for tok in [subject, *(c for c in subject.children if c.dep_ in ("compound", "amod", "poss"))]:
        other = run.draft_at_token(tok.i)
        if other is not None:
            return other.country if other is not d and other.type != "PERSON" else None
    return None


PATIENT_DEPS = {"dobj", "nsubjpass", "pobj"}


def captor_countries(run, d, sent) -> set:
    """"X was taken prisoner after Pakistan's air force shot down his jet", "Y was detained by
    Iranian forces": the countries of those who act on a person in his sentence (he is their
    captive or target, not their national)."""
    doc = run.doc
    out = set()
    for m, _ in d.mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or not len(span) or span[0].sent.start != sent.start:
            continue
        tok = span.root
        if tok.dep_ == "poss":  # "shot down his jet": the owner of what is acted on
            tok = tok.head
        if tok.dep_ not in PATIENT_DEPS or tok.dep_ == "pobj" and tok.head.dep_ != "agent":
            continue
        verb = tok.head if tok.dep_ != "pobj" else tok.head.head
        for c in verb.children:
            if c.dep_ in ("nsubj", "agent") and c.i != tok.i:
                actor_tok = next((g for g in c.children if g.dep_ == "pobj"), None) if c.dep_ == "agent" else c
                other = run.draft_at_token(actor_tok.i) if actor_tok is not None else None
                if other is not None and other is not d and other.country and other.type != "PERSON":
                    out.add(other.country)
    return out


def country_on_date(run, code):
    """The country `code` stood for on the article's date: a state that split off later (South
    Sudan before 9 July 2011) is still part of the one it left."""
    split = run.lex.successor_states.get(code) if code else None
    if split and run.date and str(run.date)[:10] < split["since"]:
        return split["from"]
    return code


def around_mentions(run, d):
    """The country a possessor, an 'of' phrase or an appositive role phrase of a mention names."""
    doc = run.doc
    for m, _ in d.mentions:
        if m.kind not in ("name", "role"):
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        inner = possessor_tokens(span)
        if inner:
            code, _ = run.country_of_tokens(inner)
            if code:
                return code
        code = country_before(run, span) or country_after(run, span)
        if code:
            return code
        if m.kind == "role":
            code = role_place_country(run, span) or home_possessor_country(run, span)
            if code:
                return code
        if d.type == "PERSON":
            code = appositive_country(run, span) or bracketed_country(run, span) or relative_clause_country(run, span)
            if code:
                return code
    return None


def bracketed_country(run, span):
    """"Ana Berg (Sweden) and X (Chile) signed": a country in brackets right after a name."""
    doc = run.doc
    if span.end + 2 >= len(doc) or doc[span.end].text != "(":
        return None
    close = next((t.i for t in doc[span.end + 1:span.end + 6] if t.text == ")"), None)
    if close is None:
        return None
    toks = list(doc[span.end + 1:close])
    if not toks or not all(t.text[:1].isupper() or t.text in ("-", "of", "the") for t in toks):
        return None
    code, org = run.country_of_tokens(toks)
    return code if code and not org else None


def relative_clause_country(run, span):
    """"X, who heads Chile's central bank", "X, who leads the Chilean delegation": the country a
    relative clause on the name says he leads or serves, by a possessor or a demonym."""
    clause = next((c for c in span.root.children if c.dep_ == "relcl" and c.i >= span.end
                   and c.lemma_.lower() in run.lex.office_verbs), None)
    if clause is None:
        return None
    toks = [t for t in clause.subtree if t.i > clause.i and t.text[:1].isupper()
            and (t.dep_ in ("poss", "amod", "compound") or t.head.dep_ == "poss")]
    if not toks:
        return None
    code, org = run.country_of_tokens(toks)
    return code if code and not org else None


def possessor_tokens(span) -> list:
    """The possessor inside a name span ("Ivory Coast" in "Ivory Coast's Supreme Court")."""
    for t in span:
        if t.text in POSSESSIVE and t.i > span.start:
            return [x for x in span if x.i < t.i and x.text[:1].isupper()]
    return []


def country_before(run, span):
    """"Lebanon's (new) President X": the possessor just before the mention's first token."""
    doc = run.doc
    i = span.start
    while i > 0 and doc[i - 1].pos_ == "ADJ" and not doc[i - 1].text[:1].isupper():
        i -= 1  # "Lebanon's new President"
    if i < 2 or doc[i - 1].text not in POSSESSIVE:
        return None
    owner = doc[i - 2]
    toks = [t for t in owner.subtree if t.i < i - 1 and t.text[:1].isupper()] or [owner]
    code, _ = run.country_of_tokens(toks)
    return code


def country_after(run, span):
    """"King X of Morocco": an 'of' phrase right after the mention that names a country."""
    doc = run.doc
    if span.end + 1 >= len(doc) or doc[span.end].lower_ != "of":
        return None
    toks = []
    for t in doc[span.end + 1:span.end + 5]:
        if t.lower_ == "the" and not toks:
            continue
        if not t.text[:1].isupper():
            break
        toks.append(t)
    if not toks:
        return None
    code, org = run.country_of_tokens(toks)
    return code if code and not org else None


def role_place_country(run, span):
    """"the interior minister of Kenya", "a senator from Bolivia", "the mayor of the Samara
    region": the country of the place a role phrase's own 'of'/'from' phrase names."""
    for t in span:
        if t.lower_ not in ("of", "from") or t.i + 1 >= span.end:
            continue
        toks = [x for x in span[t.i + 1 - span.start:] if x.text[:1].isupper()]
        if not toks:
            continue
        code, org = run.country_of_tokens(toks)
        if code and not org:
            return code
        name = " ".join(x.text for x in toks)
        code = place_country(name)
        if code:
            return code
    return None


def home_possessor_country(run, span):
    """"X, the kingdom's interior minister", "the country's top diplomat": a role whose
    possessor is the country the article is about takes the country it names most."""
    return run.country_possessor(span)


def appositive_country(run, span):
    """"X, Tunisia's best-known trade unionist": the country a role phrase in apposition
    names through a possessor or a demonym."""
    root = span.root
    other = root.head if root.dep_ == "appos" and root.head.i < span.start else next(
        (c for c in root.children if c.dep_ == "appos" and c.i >= span.end), None)
    if other is None or other.pos_ != "NOUN":
        return None
    toks = [t for t in other.subtree if not span.start <= t.i < span.end
            and t.text[:1].isupper() and (t.dep_ in ("poss", "amod", "compound") or t.head.dep_ == "poss")]
    if not toks:
        return None
    code, org = run.country_of_tokens(toks)
    return code if code and not org else None


def place_country(name: str):
    gaz = load_gazetteer()
    if gaz is None:
        return None
    hit = gaz.place(name)
    if hit is None and name.endswith(" City"):
        hit = gaz.place(name[:-5])  # "Gaza City", "Kuwait City"
    words = name.split()
    if hit is None and len(words) >= 2 and fold(words[-1]) in REGION_WORDS:
        rest = " ".join(words[:-1])  # "Sindh province", "Tyumen region"
        code = gaz.region(rest) or (gaz.place(rest) or (None,))[0]
        if code:
            return code
    hit = hit or gaz.place_by_other_name(name)
    return hit[0] if hit else gaz.region(name)


def single_country(drafts):
    """The one country the article names (by name, demonym, capital or a body's country), or None
    when it names none or several."""
    codes = {d.country for d in drafts if d.country and d.type != "PERSON"}
    return next(iter(codes)) if len(codes) == 1 else None


def holds_office(run, d) -> bool:
    """A person with a title or role ("President X", "Judge X"), or a body with no international
    name ("the Parliament", "the Supreme Court", a local movement)."""
    if d.type == "PERSON":
        if d.role_ids or d.role:
            return True
        return any(m.kind == "role" or (m.kind == "name" and run.is_title_word(run.doc.char_span(
            m.start, m.end, alignment_mode="expand")[0])) for m, _ in d.mentions)
    if d.type == "ORG":
        return not international(run, d.name)
    return False


def serves_international_body(run, d) -> bool:
    """"U.N. envoy X", "NATO spokesman X": a person whose title names an international body acts
    for it, not for a country his sentence names (his own nationality the text does not give)."""
    for org in d.orgs:
        entry = run.kb.get(org)
        if entry is not None and not entry.country and (entry.kind == "international" or (entry.type or "").upper() == "ORG"):
            return True
    return False


def international(run, name: str) -> bool:
    """A body whose name marks it as international ("Physicians for Human Rights International",
    "the Association of African Jurists")."""
    words = " " + " ".join(fold(name).replace("-", " ").split()) + " "
    return any(f" {w} " in words for w in run.lex.international_words)
