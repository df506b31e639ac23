"""Dependency-parse helpers for the events stage: who is the source and the target of a trigger,
what status the clause gives it (planned, negated...), and where it happened.

Everything here reads a spaCy token of a parsed sentence plus the article's `Analysis` (actors and
places found by earlier stages) and returns plain values.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from ..model import Actor, Analysis
from .doc_cache import doc_ents
from .datelines import find_datelines
from .events_lexicon import EventLexicon, TriggerSpec

_LISTED: list = [None, []]  # the doc last listed by tokens_of, and its tokens


def tokens_of(span) -> list:
    """The tokens of a sentence or other span, cut from a list made once per doc: spaCy builds a
    new Token object at each step of a walk over a span, and the event rules walk each sentence
    many times (same tokens, same order as iterating the span)."""
    doc = span.doc
    listed = _LISTED[1]
    if _LISTED[0] is not doc or len(listed) != len(doc):
        listed = _LISTED[1] = list(doc)
        _LISTED[0] = doc
    return listed[span.start:span.end]


SUBJECTS = ("nsubj", "csubj")
RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}
# prepositions that attach a nominal event to the clause it happens in ("said at a meeting"), or
# to the verb its doers carry it on with ("pressed on with joint drills", "went ahead with talks")
SCENE_PREPS = {"at", "in", "during", "after", "before", "on", "following", "ahead", "for", "to", "into", "with"}
OBJECT_CONTROL = {"urge", "ask", "invite", "press", "order", "allow", "call", "request", "implore",
                  "encourage", "force", "persuade", "tell", "instruct", "push"}
SPEECH_CLAIM = {"claim", "allege"}
# verbs of bringing something to its planned end ('ended the talks', 'wrapped up the summit',
# 'concluded his visit'): said of a meeting, they tell that the meeting took place (breaking off,
# suspending or halting talks is another act, a refusal, and is no verb of this set)
ENDING_VERBS = {"end", "conclude", "close", "finish", "complete", "wrap", "adjourn"}
MEETING_MODES = {"meeting", "multilateral", "visit"}  # the meeting nouns' modes (no mediation, no welcome)
# verbs of giving an order to a party ('ordered the paper to suspend publication'): the order is the
# orderer's act on that party, whatever the party is told to do
COMMAND_VERBS = {"order", "instruct", "command", "direct"}
FORCING_VERBS = {"force", "compel"}  # 'forced the diplomats to leave' (or to stop): a coercion of the party
DEMAND_VERBS = {"tell"}  # 'told the rebels to withdraw': a demand, whatever the act (unless to one's own)
# what an order to stop or to go away tells a party to do: enforced by the orderer, a coercion of
# that party (CAMEO 172 administrative sanctions, 174 expulsion), not the party's own act
CESSATION_VERBS = {"suspend", "close", "shut", "halt", "stop", "cease", "end", "disband", "dissolve"}
LEAVING_VERBS = {"leave", "vacate", "depart", "exit", "evacuate", "quit"}
OWN_PRONOUNS = {"its", "his", "her", "their", "our", "my"}
# verbs of getting ready ('the army prepared to storm the town', 'troops are poised to attack'): forces
# made ready for an attack are a show of force, done now (not 'is prepared to', willing, an intent)
PREPARING_VERBS = {"prepare", "gear", "poise"}
# passive verbs of expecting or believing that frame someone else's act as a forecast ('X is expected
# to attack', 'is believed to be planning'): the writer's or others' expectation, not X's word
FORECAST_VERBS = {"expect", "predict", "forecast", "believe", "think", "fear", "tip", "project"}
QUOTING_VERBS = {"quote", "cite"}  # 'quoted X as saying': X speaks
PLACE_PREPS = {"in", "at", "near", "outside", "inside"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
CLAUSES = {"ccomp", "advcl", "relcl", "xcomp", "csubj", "parataxis", "acl"}
# nouns that with 'two'/'both' stand for the two countries just named ('the two governments signed')
STATE_NOUNS = {"country", "government", "nation", "state", "side", "capital"}
PAIR_NOUNS = {"delegation", "party", "faction", "camp", "rival", "belligerent"}  # 'both delegations': the two sides


def conjuncts(tok) -> list:
    """The token and every token coordinated with it ('Russia and Belarus')."""
    out, stack = [], [tok]
    while stack:
        t = stack.pop()
        if t in out:
            continue
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ == "conj" or (  # the parser's 'Mali and Burkina Faso':
            c.dep_ in ("nmod", "compound") and c.i < t.i and any(g.dep_ == "cc" for g in c.children))  # Mali an nmod
            or listed_appositive(c) or hyphen_pair(c, t))
    return sorted(out, key=lambda t: t.i)


def hyphen_pair(mod, tok) -> bool:
    """The parser's 'Russian-Chinese drills', 'Kenyan-Ugandan talks': the first of two names joined
    by a hyphen hangs as a modifier of the second; both are parties."""
    return mod.dep_ in ("amod", "compound", "nmod") and mod.i + 2 == tok.i and mod.nbor().text in ("-", "–") \
        and mod.ent_type_ in ("NORP", "GPE") and tok.ent_type_ in ("NORP", "GPE")


def listed_appositive(tok) -> bool:
    """The parser's 'Chile, Peru, and Bolivia signed': with a serial comma the second name
    hangs as an appositive of the first and carries the rest of the list as its conjuncts. A list
    it is when the appositive is itself coordinated ('Peru, and Bolivia') and every name of
    it is an entity of the first one's kind; 'Peskov, the Kremlin spokesman' is no list."""
    if tok.dep_ != "appos" or tok.i < tok.head.i or not tok.ent_type_ or tok.ent_type_ != tok.head.ent_type_:
        return False
    kids = list(tok.children)
    return any(c.dep_ == "cc" for c in kids) and any(
        c.dep_ == "conj" and c.ent_type_ == tok.ent_type_ for c in kids)


def actor_of(analysis: Analysis, tok) -> Optional[Actor]:
    """The actor a noun phrase headed by `tok` refers to: the head word's own mention, else a
    name/demonym/possessor modifying it ('Russian troops', "Russia's ministry"), else an 'of'
    complement ('the leaders of Belarus')."""
    if tok.lower_ in RELATIVE_PRONOUNS and tok.head.dep_ == "relcl":
        tok = tok.head.head
    a = analysis.actor_at(tok.idx, tok.idx + len(tok.text))
    if a is not None:
        return a
    if tok.pos_ == "NOUN":  # "Chile's military spokesman, General X,": the person named, not his state
        person = next((a for c in tok.children if c.dep_ == "appos"
                       for a in [analysis.actor_at(c.idx, c.idx + len(c.text))] if a is not None and a.type == "PERSON"), None)
        if person is not None:
            return person
    mods = [c for c in tok.children if c.dep_ in ("compound", "amod", "poss", "nmod") and c.i < tok.i]
    owner = next((analysis.actor_at(c.idx, c.idx + len(c.text)) for c in mods if c.dep_ == "poss"), None)
    if owner is not None and owner.type == "PERSON":  # "Erdogan's AK Party" is the party (but
        mods.sort(key=lambda c: c.dep_ == "poss")  # "Norway's EU application" is Norway's)
    for c in mods:
        a = analysis.actor_at(c.idx, c.idx + len(c.text)) or (
            actor_of(analysis, c) if c.dep_ in ("poss", "compound") else None)
        if a is not None:
            return a
    leader = led_by(analysis, mods)
    if leader is not None:
        return leader
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for p in c.children:
                if p.dep_ == "pobj":
                    a = analysis.actor_at(p.idx, p.idx + len(p.text))
                    if a is not None:
                        return a
    for c in tok.children:
        if c.dep_ == "appos":
            a = analysis.actor_at(c.idx, c.idx + len(c.text))
            if a is not None:
                return a
    return None


def led_by(analysis: Analysis, mods) -> Optional[Actor]:
    """'Saudi-led coalition aircraft', 'a French-led force': what a coalition or force led by a
    named state does is coded, as CAMEO codes it, to its leader. Only 'led': an 'Iran-backed'
    militia is not Iran."""
    for m in mods:
        if m.lemma_.lower() == "lead" and m.tag_ == "VBN":
            for c in m.children:
                if c.dep_ in ("npadvmod", "compound", "nmod") and c.i < m.i:
                    a = analysis.actor_at(c.idx, c.idx + len(c.text))
                    if a is not None:
                        return a
    return None


def actors_of(analysis: Analysis, toks) -> list[str]:
    """Canonical names of the actors of some noun phrases, coordinated ones included, in order."""
    names = []
    for t in toks:
        for c in conjuncts(t):
            holders = role_holders(analysis, c)
            if holders:
                names += [n for n in holders if n not in names]
                continue
            members = group_members(analysis, c)
            if members:
                names += [n for n in members if n not in names]
                continue
            a = actor_of(analysis, c)
            if a is not None and a.name not in names:
                names.append(a.name)
                names += [n for n in sharing_mention(analysis, a, c) if n not in names]
    return names


def group_members(analysis: Analysis, tok) -> list[str]:
    """'delegations of Egypt and Qatar', 'officials from A, B and C': a plural noun that is no
    actor itself, whose 'of' / 'from' phrase names two or more actors, stands for all of them
    (`actor_of` alone would keep the first); [] otherwise."""
    if tok.tag_ != "NNS" or analysis.actor_at(tok.idx, tok.idx + len(tok.text)) is not None:
        return []
    named = [a.name for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "from")
             for p in c.children if p.dep_ == "pobj" for q in conjuncts(p)
             for a in [actor_of(analysis, q)] if a is not None]
    named = list(dict.fromkeys(named))
    return named if len(named) >= 2 else []


def sharing_mention(analysis: Analysis, actor: Actor, tok) -> list[str]:
    """Other actors named by the very same words at `tok` ('Chilean and Peruvian troops' is a
    mention of both armed forces)."""
    spans = {(m.start, m.end) for m in actor.mentions if m.start <= tok.idx < m.end}
    if not spans:
        return []
    owners = mention_owners(analysis)
    sharing = {id(a) for span in spans for a in owners.get(span, ())}
    sharing.discard(id(actor))
    if not sharing:
        return []  # the words name this actor alone (most do): the article's actors are not walked
    return [a.name for a in analysis.actors if id(a) in sharing and a is not actor and a.name != actor.name]


def mention_owners(analysis: Analysis) -> dict:
    """(start, end) of a mention -> the actors it names, built once per list of actors and their
    mentions (every participant of every event asks)."""
    key = (id(analysis.actors), len(analysis.actors), sum(len(a.mentions) for a in analysis.actors))
    cached = getattr(analysis, "_mention_owners", None)
    if cached is None or cached[0] != key:
        index: dict = {}
        for a in analysis.actors:
            for m in a.mentions:
                index.setdefault((m.start, m.end), []).append(a)
        cached = analysis._mention_owners = (key, index)
    return cached[1]


def role_holders(analysis: Analysis, tok) -> list[str]:
    """'the leaders of Chile and Peru' -> the article's persons holding those offices, one
    per country of the 'of' phrase (the country itself when the article names no holder); [] when
    the phrase is no plural role phrase."""
    if tok.tag_ not in ("NNS", "NNPS") or analysis.actor_at(tok.idx, tok.idx + len(tok.text)) is not None:
        return []
    if tok.lemma_.lower() in STATE_NOUNS:  # 'the governments of Mali and Niger', 'the two governments'
        named = [a.name for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                 for p in c.children if p.dep_ == "pobj" for q in conjuncts(p)
                 for a in [analysis.actor_at(q.idx, q.idx + len(q.text))] if a is not None]
        return list(dict.fromkeys(named)) or recent_countries(analysis, tok)
    if tok.lemma_.lower() in PAIR_NOUNS and any(c.lower_ in ("two", "both") for c in tok.children if c.i < tok.i):
        return last_pair_told(analysis, tok.idx)  # 'met both delegations', 'the two factions'
    titles = EventLexicon.load().data["role_phrases"]["titles"]
    title = tok.lemma_.lower()
    mods = " ".join(c.lower_ for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i)
    if mods and f"{mods} {title}" in titles:
        title = f"{mods} {title}"
    if title not in titles:
        return []
    countries = [a for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                 for p in c.children if p.dep_ == "pobj" for q in conjuncts(p)
                 for a in [analysis.actor_at(q.idx, q.idx + len(q.text))] if a is not None and a.country]
    if not countries:
        return recent_holders(analysis, tok, titles[title])
    if len(countries) < 2:
        return []
    names = []
    for country in countries:
        holder = next((a for a in analysis.actors if a.type == "PERSON" and a.country == country.country
                       and a.role and any(w in a.role.lower() for w in titles[title])), None)
        names.append((holder or country).name)
    return names


def recent_countries(analysis: Analysis, tok) -> list[str]:
    """'the two governments', 'both countries': the two countries named last before the phrase
    (in the last 2,000 characters), in the order first named, or [] when not exactly clear."""
    if not any(c.lower_ in ("two", "both") for c in tok.children if c.i < tok.i):
        return []
    if tok.lemma_.lower() == "side":
        pair = last_pair_told(analysis, tok.idx)
        if pair:  # 'the two sides agreed': the two parties of the conflict or deal just told
            return pair
    last = []
    for a in analysis.actors:
        if not is_country_actor(a):
            continue
        before = [m.start for m in a.mentions if tok.idx - 2000 <= m.start < tok.idx and m.kind != "pronoun"]
        if before:
            last.append((max(before), a))
    last.sort(key=lambda x: -x[0])
    pair = [a for _, a in last[:2]]
    if len(pair) < 2:
        return []
    return [a.name for a in sorted(pair, key=lambda a: min(m.start for m in a.mentions))]


def last_pair_told(analysis: Analysis, before: int, window: int = 2000) -> list[str]:
    """The two parties of the last agreement, meeting or cooperation told (by the events stage, as
    it goes: the analysis's `_told_events`) before offset `before` between exactly two states or
    bodies ('the government and the rebels signed a deal ... the two sides will meet'), or the
    two an act was aimed at ('pressed A and B to ...'); [] when there is none."""
    states = {a.name for a in analysis.actors if is_country_actor(a)}
    sides = states | {a.name for a in analysis.actors if a.type == "ORG"}  # no person, no town
    for ev in reversed(getattr(analysis, "_told_events", [])):
        start = ev.evidence_start or 0
        if start >= before or ev.status == "negated":
            continue
        if before - start > window:
            break
        parties = list(dict.fromkeys(ev.source + ev.target))
        if ev.type in ("AGREE", "CONSULT", "COOPERATE") and len(parties) == 2 and set(parties) <= sides:
            return parties
        if len(ev.target) == 2 and set(ev.target) <= states:  # 'pressed A and B to normalise relations'
            return list(ev.target)
    return []


def recent_holders(analysis: Analysis, tok, titles: list[str]) -> list[str]:
    """'the two leaders', 'both presidents': the two office-holders of different countries named
    last before the phrase (in the last 2,000 characters), or [] when they are not exactly clear."""
    if not any(c.lower_ in ("the", "two", "both", "their") for c in tok.children if c.i < tok.i):
        return []
    last = []
    for a in analysis.actors:
        if a.type != "PERSON" or not a.role or not any(w in a.role.lower() for w in titles):
            continue
        before = [m.start for m in a.mentions if tok.idx - 2000 <= m.start < tok.idx]
        if before:
            last.append((max(before), a))
    last.sort(key=lambda x: -x[0])
    pair = [a for _, a in last[:2]]
    if len(pair) < 2 or pair[0].country == pair[1].country:
        return []
    return [a.name for a in sorted(pair, key=lambda a: min(m.start for m in a.mentions))]


def is_country_actor(actor: Actor) -> bool:
    """A GPE actor that is a country (not a city): a demonym or a capital stands for it, or its
    name is a country name."""
    if actor.type != "GPE" or not actor.country:
        return False
    if any(m.kind in ("demonym", "capital") for m in actor.mentions):
        return True
    return is_country_name(actor.name, actor.country)


@lru_cache(maxsize=4096)
def is_country_name(name: str, iso3: str) -> bool:
    try:
        import pycountry

        return pycountry.countries.lookup(name).alpha_3 == iso3
    except (LookupError, ImportError):
        return False


def country_for_place(analysis: Analysis, name: str) -> str:
    """The article's actor for the country of a city named as a destination ('visited Riyadh' is a
    visit to Saudi Arabia); the name itself when there is none."""
    actor = next((a for a in analysis.actors if a.name == name), None)
    if actor is None or actor.type != "GPE" or not actor.country or is_country_actor(actor):
        return name
    country = next((a for a in analysis.actors if a.country == actor.country and is_country_actor(a)), None)
    return country.name if country is not None else name


def nearest_actors(analysis: Analysis, sent, tok, exclude: set, before_only: bool = False,
                   skip_spans=()) -> list[str]:
    """Actors mentioned in the sentence, nearest to the trigger first (for a missing source: the
    actor named before it; for a missing target: any other party named in the sentence), leaving
    out mentions inside `skip_spans` (direct quotes: a speaker's own words name no party of the
    act that reports them)."""
    found = []
    # a mention nested in an excluded actor's ('the NATO chief', 'Kremlin spokesman Peskov') is
    # part of how that actor is named, not another party
    # (or in any other actor's: 'his Chilean counterpart Gabriel Boric' names Boric, not Chile)
    inside = [(m.start, m.end) for a in analysis.actors for m in a.mentions
              if sent.start_char <= m.start and m.end <= sent.end_char and m.kind != "pronoun"]
    for actor in analysis.actors:
        if actor.name in exclude or actor.type in ("LOC", "FAC") or (
                actor.type == "GPE" and not is_country_actor(actor)):
            continue  # a city or a region named near the trigger is where, not who
        for m in actor.mentions:
            if sent.start_char <= m.start and m.end <= sent.end_char and m.kind != "pronoun" and not (
                    m.text.isupper() and not analysis.article.text[max(0, m.start - 40):m.start].split("\n")[-1].strip()):
                # a dateline ('LIMA, May 3 -') is where the report comes from, no party
                if before_only and m.start >= tok.idx:
                    continue
                if any(s <= m.start < e for s, e in skip_spans):
                    continue
                if any(s <= m.start and m.end <= e and (s, e) != (m.start, m.end) for s, e in inside):
                    continue
                found.append((abs(m.start - tok.idx), actor.name))
    names = []
    for _, name in sorted(found):
        if name not in names:
            names.append(name)
    return names


def subject_tokens(tok, depth: int = 0) -> tuple[list, bool]:
    """The subject noun tokens of a verb, looking through control, coordination and relative
    clauses; the flag says whether they came from a passive ('by' agent)."""
    if depth > 4:
        return [], False
    subj = [c for c in tok.children if c.dep_ in SUBJECTS or (depth and c.dep_ == "nsubjpass")]
    subj = [s for s in subj if not split_title(s, subj)]
    if subj:
        return subj + [p for t in subj + [tok] for p in companions(t)] + stranded_modifier(tok, subj), False
    agent = [p for c in tok.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    if agent:
        return agent, True
    credited = after_according(tok)
    if credited:
        return credited, False
    head = tok.head
    absolute = absolute_subject(tok)
    if absolute:
        return absolute, False
    if tok.dep_ == "xcomp" or (tok.dep_ == "advcl" and tok.tag_ == "VB"):
        objs = [c for c in head.children if c.dep_ in ("dobj", "iobj")]
        if objs and head.lemma_ in OBJECT_CONTROL:
            return objs, False
        return subject_tokens(head, depth + 1)
    if tok.dep_ in ("conj", "advcl") and head.pos_ in ("VERB", "AUX"):
        return subject_tokens(head, depth + 1)
    if tok.dep_ in ("acomp", "attr") and depth:  # 'leaders are due to meet', 'is ready to talk'
        return subject_tokens(head, depth + 1)
    if tok.dep_ in ("relcl", "acl") and tok.tag_ != "VBN":
        return [head], False
    if tok.dep_ == "pcomp" and head.lower_ == "as" and head.head.lemma_.lower() in QUOTING_VERBS:
        quoted = [c for c in head.head.children if c.dep_ == "dobj"]
        if quoted:  # 'media quoted Ortega as calling the visit useful': Ortega calls
            return quoted, False
    if tok.dep_ == "pcomp" and head.head.pos_ in ("VERB", "AUX"):
        return subject_tokens(head.head, depth + 1)
    return [], False


def split_title(noun, subjects) -> bool:
    """The parser's "Russia's ally Belarus hosted": a common noun right before a name, both hung
    as subjects of the verb, is the name's title ('ally', 'neighbour'), not a second doer."""
    return noun.pos_ == "NOUN" and any(s.pos_ == "PROPN" and s.i == noun.i + 1 for s in subjects)


def stranded_modifier(verb, subj) -> list:
    """'ECOWAS defence chiefs ended the talks', parsed with the name as the head of the clause: a
    proper name right before the subject's phrase that the parser made the verb's governor is the
    subject's modifier (whose chiefs). [that name] or []."""
    first = min(t.left_edge.i for t in subj)
    if first == 0:
        return []
    name = verb.doc[first - 1]
    if not name.text[:1].isupper() or name.dep_ != "ROOT" or verb.head.i != name.i or any(
            c.dep_ in SUBJECTS for c in name.children):
        return []  # (the parser may even tag such a name a verb: the clause is hung from it)
    return [name]


def companions(tok) -> list:
    """'Russia, along with China, vetoed it', 'Russia together with China vetoed it', 'vetoed it
    along with China': the 'with' phrase of 'along' / 'together' names a doer beside the subject."""
    out = []
    for c in tok.children:
        if c.dep_ != "prep":
            continue
        if c.lower_ == "along":
            out += [p for w in c.children if w.dep_ == "prep" and w.lower_ == "with" for p in w.children if p.dep_ == "pobj"]
        elif c.lower_ == "with" and any(g.dep_ == "advmod" and g.lower_ in ("along", "together") for g in c.children):
            out += [p for p in c.children if p.dep_ == "pobj"]
    return out


def absolute_subject(tok) -> list:
    """'approved the bid, with only X voting against': the noun before a participle after 'with'
    is its own doer (the parser hangs it as a subject or a compound of the participle)."""
    if tok.dep_ != "pcomp" or tok.head.lower_ != "with" or tok.tag_ not in ("VBG", "VBN"):
        return []
    return [c for c in tok.children if c.dep_ in ("nsubj", "compound") and c.i < tok.i and c.pos_ in ("NOUN", "PROPN")]


def after_according(verb) -> list:
    """The parser's 'According to Reuters, Turkey and Greece agreed': the subject hung as
    conjuncts on the credited source, after its comma; they are the verb's subject."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "according" and c.i < verb.i:
            for to in c.children:
                for p in to.children:
                    if p.dep_ != "pobj":
                        continue
                    comma = next((t.i for t in p.children if t.text == ","), None)
                    if comma is not None:
                        return [t for t in p.children if t.dep_ == "conj" and t.i > comma]
    return []


def object_tokens(tok, lex: EventLexicon, preps: Optional[set] = None) -> list:
    """Direct and indirect objects, passive subjects, and objects of target prepositions."""
    preps = preps if preps is not None else lex.target_preps
    out = [c for c in tok.children if c.dep_ in ("dobj", "iobj", "nsubjpass", "dative", "attr")
           and not appositive_object(c)]
    hit = any(c.dep_ == "dobj" for c in tok.children)
    for c in prep_phrases(tok):
        if c.dep_ in ("prep", "dative", "conj") and c.lower_ in preps:
            if hit and c.lower_ == "over":  # 'shot down a jet over X': where, or what about, not whom
                continue
            out.extend(p for p in c.children if p.dep_ == "pobj")
    if tok.dep_ == "acl" and tok.tag_ == "VBN":  # 'the curbs imposed on X', 'talks hosted by X'
        out.append(tok.head)
    return out


def prep_phrases(tok) -> list:
    """A token's children with the prepositions coordinated with them ('signed deals with A and
    with B': the second 'with' hangs as a conjunct of the first, its dependency 'conj')."""
    kids = list(tok.children)
    return kids + [g for c in kids if c.dep_ in ("prep", "dative") for g in c.children
                   if g.dep_ == "conj" and g.pos_ == "ADP" and g.lower_ == c.lower_]


def appositive_object(tok) -> bool:
    """The parser's second direct object set off by a comma ('took the headquarters in Rostov, the
    hub of the war effort'): an appositive of the first object's phrase, no object of its own."""
    return tok.dep_ == "dobj" and tok.left_edge.i > 0 and tok.doc[tok.left_edge.i - 1].text == "," and any(
        c.dep_ == "dobj" and c.i < tok.i for c in tok.head.children)


def governing_verb(tok):
    """For a nominal trigger: the verb whose object or prepositional complement it is
    ('held talks', 'said at a meeting', 'talks were held'), with the link kind."""
    if tok.dep_ in ("dobj", "nsubjpass", "attr", "oprd") and tok.head.pos_ in ("VERB", "AUX"):
        return tok.head, "object"
    if tok.dep_ == "nsubj" and tok.head.pos_ in ("VERB", "AUX"):
        return tok.head, "subject"
    if tok.dep_ == "pobj" and tok.head.dep_ in ("prep", "agent") and tok.head.lower_ in SCENE_PREPS | {"in"}:
        h = tok.head.head
        if h.pos_ in ("VERB", "AUX"):
            return h, "scene"
    if tok.dep_ == "conj":
        return governing_verb(tok.head)
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN":
        return governing_verb(tok.head.head)  # 'wrapped up two days of talks', 'hosted rounds of talks'
    return None, None


def forecast_frame(tok, lex: EventLexicon):
    """The verb of the clause that frames an act as a forecast, else None: a modal of possibility
    ('could attack', 'may strike': the modals the lexicon gives a hypothetical status), a control
    word of likelihood ('is likely to attack') or a passive verb of expecting ('is expected to
    attack'). Such a frame says what may happen, not what its doer announced."""
    cur = tok
    for _ in range(4):
        if any(c.dep_ == "aux" and lex.modal_status.get(c.lower_) == "hypothetical" for c in cur.children):
            return cur
        head = cur.head
        if head.i == cur.i or cur.dep_ not in ("xcomp", "conj", "acomp"):
            return None
        if cur.dep_ == "xcomp" and (lex.control_verbs.get(head.lemma_.lower()) == "hypothetical" or (
                head.lemma_.lower() in FORECAST_VERBS and any(c.dep_ == "auxpass" for c in head.children))):
            return head
        cur = head
    return None


def preparing_verb(tok):
    """The verb of getting ready an act is the aim of ('prepared to resume shelling X', 'are
    preparing to storm the town'), through at most two to-infinitives, else None; the adjective
    'prepared' ('is prepared to attack', willing) is no such verb."""
    cur = tok
    for _ in range(2):
        if cur.dep_ != "xcomp" or cur.head.i == cur.i:
            return None
        cur = cur.head
        if cur.lemma_.lower() in PREPARING_VERBS and cur.pos_ == "VERB":
            return cur
    return None


def status_of(tok, lex: EventLexicon) -> str:
    """occurred | ongoing | planned | negated | hypothetical | claimed, from the clause around the
    trigger: negation, modals, control verbs ('plans to'), noun modifiers ('the planned visit')."""
    status = "occurred"
    cur, steps = tok, 0
    while cur is not None and steps < 5:
        kids = list(cur.children)
        if any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in kids):
            return "negated"
        for c in kids:
            if c.dep_ in ("aux", "auxpass"):
                m = lex.modal_status.get(c.lower_) or ("planned" if c.lower_ in ("wo", "'ll") else None)
                if m and status == "occurred":
                    status = m
            if c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether"):
                status = "hypothetical"
            if c.dep_ == "amod" and c.lower_ in lex.planned_modifiers and status == "occurred":
                status = "planned"
            if c.dep_ == "amod" and c.lower_ in lex.ongoing_modifiers and status == "occurred":
                status = "ongoing"
        if status == "occurred" and cur.tag_ == "VBG" and any(
                c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in kids):
            status = "ongoing"
        head = cur.head
        if head.i == cur.i:
            break
        if cur is tok and cur.dep_ == "xcomp" and head.lemma_ in ("have", "be") and any(
                c.lower_ == "yet" for c in head.children if c.i < cur.i):
            return "negated"  # 'has yet to sign', 'is yet to reply': not done (so far)
        if cur.dep_ == "xcomp" and head.lemma_ in lex.control_verbs:
            ctl = lex.control_verbs[head.lemma_]
            if any(c.dep_ == "neg" for c in head.children):
                return "negated"
            if status == "occurred":
                status = ctl
            cur = head
        elif cur.dep_ == "ccomp" and head.lemma_ in SPEECH_CLAIM:
            return "claimed" if status == "occurred" else status
        elif cur.dep_ in ("nsubjpass", "nsubj") and head.lemma_ in ("plan", "schedule", "expect", "due", "set"):
            return "planned"
        elif condition_of_unreal_act(cur, lex) and status == "occurred":
            return "hypothetical"
        elif cur.dep_ in ("dobj", "pobj", "prep", "xcomp", "conj", "acl") and steps < 3:
            if cur.dep_ == "dobj" and lex.control_verbs.get(head.lemma_) == "planned" and status == "occurred":
                status = "planned"  # 'is considering sanctions', 'sought talks': wanted, not yet had
            cur = head
        else:
            break
        steps += 1
    return status


def condition_of_unreal_act(clause, lex: EventLexicon) -> bool:
    """'X would return to the talks once its demands were met', 'will reopen the border once Y
    frees the traders': a clause opened by 'once' under an act still to come (planned or
    hypothetical) states a condition of it, which has not happened either."""
    return clause.dep_ == "advcl" and clause.head.i != clause.i and any(
        c.dep_ == "mark" and c.lower_ == "once" for c in clause.children) and status_of(
        clause.head, lex) in ("planned", "hypothetical")


def place_of(tok, analysis: Analysis, extra_heads=()) -> tuple[Optional[str], object]:
    """The named place attached to a trigger ('in Minsk', 'talks in Sochi', 'visit to Minsk'),
    searched breadth-first through its phrase (not into other clauses), since parsers often hang
    the place on the object or on an actor ('signed a deal in Lima', 'talks between A and B in C'):
    (location name, Place or None)."""
    frontier = [(tok, True)] + [(h, False) for h in extra_heads]
    seen = set()
    for _ in range(4):
        nxt = []
        for h, own in frontier:
            if h.i in seen:
                continue
            seen.add(h.i)
            for c in h.children:
                if c.dep_ in CLAUSES or c.lower_ == "according":  # 'according to X' credits, not places
                    continue
                if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"):
                    continue  # another clause ('visited Riyadh, and X paid a visit to Beijing') tells its own place
                if c.dep_ == "prep" and (c.lower_ in PLACE_PREPS or (c.lower_ == "to" and own)):
                    for p in c.children:
                        if p.dep_ == "pobj":
                            found = place_at(analysis, p)
                            if found[0]:
                                return found
                # 'to' is a destination on the trigger or its object ('paid a visit to Beijing'), not
                # deeper ('imposed curbs on exports to Japan' names the target, not the place)
                nxt.append((c, own and c.dep_ in ("dobj", "nsubjpass", "attr")))
        frontier = nxt
    return None, None


def place_at(analysis: Analysis, p) -> tuple[Optional[str], object]:
    """The place named by the noun phrase headed by `p` (gazetteer place when the places stage found
    one, else a spaCy place entity)."""
    span_start = p.left_edge.idx
    span_end = p.right_edge.idx + len(p.right_edge.text)
    for place in analysis.places:
        if place.start < p.idx + len(p.text) and p.idx < place.end:
            return place.name, place
    for place in analysis.places:
        if span_start <= place.start and place.end <= span_end:
            return place.name, place
    if p.ent_type_ in PLACE_LABELS:
        ent = next((e for e in doc_ents(p.doc) if e.start <= p.i < e.end), None)
        if ent is not None:
            return ent.text.removeprefix("the ").strip(), None
    return None, None


def dateline_spans(text: str) -> list[tuple[int, int]]:
    """Where the article's datelines are ('VILNIUS, July 12 –', 'KYIV/MOSCOW (Reuters) —'): from
    the place words to the dash, the agency included."""
    return [(d.start, d.end) for d in find_datelines(text)]


def past_dateline(analysis: Analysis, toks) -> list:
    """Subject tokens with a dateline read past: the parser often makes the dateline's place the
    subject ('SONOMA, California, May 3 - A and B agreed'), with the real subject hanging
    from it; that real subject is the first phrase after the dash."""
    spans = dateline_spans(analysis.article.text)
    out = []
    for t in toks:
        span = next(((s, e) for s, e in spans if s <= t.idx < e), None)
        if span is None:
            out.append(t)
            continue
        out += [d for d in t.subtree if d.idx >= span[1] and d.head.idx < span[1] and d.pos_ in ("PROPN", "NOUN", "PRON")]
    return out


def drop_dateline_actors(analysis: Analysis, events) -> list:
    """Removes from each event the actors its sentence names only in a dateline (the dateline
    says where the report was filed, not who took part); events left with no actor are dropped."""
    spans = dateline_spans(analysis.article.text)
    if not spans:
        return events
    by_name = {a.name: a for a in analysis.actors}

    def only_dateline(name, ev):
        actor = by_name.get(name)
        if actor is None or ev.evidence_start is None:
            return False
        inside = [m for m in actor.mentions if ev.evidence_start <= m.start < ev.evidence_end]
        return bool(inside) and all(any(s <= m.start < e for s, e in spans) for m in inside)

    out = []
    for ev in events:
        ev.source = [n for n in ev.source if not only_dateline(n, ev)]
        ev.target = [n for n in ev.target if not only_dateline(n, ev)]
        if ev.source or ev.target:
            out.append(ev)
    return out


def own_states(analysis: Analysis, names) -> set:
    """Names of the country actors that the given actors belong to."""
    countries = {a.country for a in analysis.actors if a.name in names and a.type != "GPE" and a.country}
    return {a.name for a in analysis.actors if a.type == "GPE" and a.country in countries}


class Trigger:
    """A matched trigger: the token, the tokens that make up its words, and what it means."""

    def __init__(self, tok, spec: TriggerSpec, words: list, nominal: bool, bare_cameo: bool = False):
        self.tok, self.spec, self.words, self.nominal = tok, spec, words, nominal
        self.bare_cameo = bare_cameo  # a verb coded by its CAMEO dictionary default alone

    @property
    def span(self) -> tuple[int, int]:
        """The trigger's words near its head ('rejected a US offer', not a whole clause)."""
        toks = sorted((t for t in self.words if abs(t.i - self.tok.i) <= 3), key=lambda t: t.i)
        return toks[0].idx, toks[-1].idx + len(toks[-1].text)
