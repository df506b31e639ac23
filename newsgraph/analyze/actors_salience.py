"""Which actors the gold format lists: those that take part in an event, say something, or are
the place of one; actors named only in passing (inside a title, as a demonym) are not listed.

`mark_salience(analysis, roots)` is called by the actors stage with the syntactic root token of
each mention and sets `actor.salient` from the parse alone. `add_salience(analysis)` can be called
after the quotes and events stages (the events stage does): it also marks every actor that is an
event source or target, or a quote speaker, as salient (not on a demonym alone).
"""
from __future__ import annotations

import re

from .doc_cache import doc_text
from .actors_lexicon import fold, load_lexicon
from .datelines import doc_dateline_at, in_doc_dateline_place

PARTICIPANT_DEPS = {"nsubj", "nsubjpass", "dobj", "iobj", "dative", "agent", "attr", "oprd",
                    "appos", "ROOT", "poss"}
MODIFIER_DEPS = {"compound", "nmod"}  # "Wagner fighters", "the APEC summit"
ACTOR_PREPS = {"with", "by", "between", "against", "to", "from", "toward", "towards", "among",
               "into"}
PLACE_PREPS = {"in", "at", "near", "outside", "inside", "within", "through", "across", "off"}
MIN_EVENT_CONFIDENCE = 0.5  # weaker events do not list their participants on their own
LISTED_KINDS = {"name", "role", "nominal", "pronoun", "capital"}


def _participates(tok, depth: int = 0, city: bool = False, org: bool = True) -> bool:
    """Whether a mention whose root is `tok` takes part in what its clause says: a subject,
    an object, the object of a preposition that marks a party (with, by, against...), a place
    preposition attached to a verb, a possessor, or a name modifying such a noun."""
    seen = 0
    # climb coordinations and appositions ("Mali and Burkina Faso", "the training area Ruzhany")
    while (tok.dep_ in ("conj", "appos", "npadvmod") or tok.dep_ == "nmod" and tok.head.pos_ == "PROPN") \
            and seen < 12 and tok.head is not tok:
        tok, seen = tok.head, seen + 1
    if tok.dep_ in MODIFIER_DEPS and city and _place_of_verb(tok.head):
        return True  # "met at the Wagah crossing": the place the noun names is where it happened
    if tok.dep_ in MODIFIER_DEPS:
        return org and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.dep_ in PARTICIPANT_DEPS | {"pobj"}
    if tok.dep_ == "pobj":
        prep = tok.head.lower_
        if prep in ACTOR_PREPS or prep == "at":
            return True
        if prep in ("including", "among") and tok.head.head.pos_ in ("NOUN", "PROPN", "PRON") and depth < 3 \
                and tok.head.head.dep_ in ("nsubj", "nsubjpass", "dobj"):
            # "militants, including fighters of X, must leave": one of those the clause is about
            return _participates(tok.head.head, depth + 1, city, org)
        if prep == "of":  # "leaders of the bloc met", not "the Assembly of Heads of the Union"
            owner = tok.head.head
            return owner.pos_ == "NOUN" and depth < 3 and _participates(owner, depth + 1, city, org)
        return prep in PLACE_PREPS and (city or tok.head.head.pos_ in ("VERB", "AUX"))
    return tok.dep_ in PARTICIPANT_DEPS


def _place_of_verb(noun) -> bool:
    """A place noun ("crossing", "corridor", "palace") that a place preposition ties to a verb,
    directly or through the noun it belongs to ("from a balcony of the X palace")."""
    if fold(noun.text) not in load_lexicon().place_nouns or noun.dep_ != "pobj":
        return False
    prep = noun.head
    if prep.lower_ == "of" and prep.head.pos_ == "NOUN" and prep.head.dep_ == "pobj":
        prep = prep.head.head
    return prep.lower_ in PLACE_PREPS | {"at", "from"} and prep.head.pos_ in ("VERB", "AUX")


LOCATING_WORDS = {",", "in", "near", "outside", "of", "across", "the", "a", "an"}
LOCATING_PREPS = {"in", "near", "outside", "of", "across"}


def _locates_another_place(m, place_spans, doc) -> bool:
    """'the X crossing near Lahore', 'near Balakot, in the province of Y': a place named right
    after another one only to say where that one lies takes no part itself."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    lex = load_lexicon()
    k, seen_prep = span.start - 1, False
    while k >= span.sent.start and span.start - k <= 7:
        t = doc[k]
        if any(s <= t.idx < e and (s, e) != (m.start, m.end) for s, e in place_spans):
            return seen_prep
        if t.lower_ in LOCATING_PREPS:
            seen_prep = True
        elif not (t.lower_ in LOCATING_WORDS or t.pos_ == "ADJ" or fold(t.text) in lex.place_nouns):
            return False
        k -= 1
    return False


def _article_year(analysis) -> int | None:
    """The year the article was published, else the latest year its text writes ('on Feb 14,
    2019'): an undated report is no older than the events it dates."""
    published = analysis.article.published or ""
    if published[:4].isdigit():
        return int(published[:4])
    years = [int(y) for y in re.findall(r"\b(?:19[5-9][0-9]|20[0-4][0-9])\b", doc_text(analysis.doc))]
    return max(years) if years else None


def _historical(tok, year: int) -> bool:
    """'independence from Britain in 1947': a mention in a phrase dated years before the article
    (background, no part in what it reports)."""
    nodes, t = [tok], tok
    for _ in range(4):
        if t.dep_ not in ("pobj", "prep", "compound", "poss") or t.head is t or t.head.pos_ in ("VERB", "AUX"):
            break
        t = t.head
        nodes.append(t)
    for n in nodes:
        for c in n.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "since", "during"):
                for y in c.children:
                    if y.dep_ == "pobj" and re.fullmatch(r"1[0-9]{3}|20[0-9]{2}", y.text) and int(y.text) < year - 5:
                        return True
    return False


def mark_salience(analysis, roots: dict) -> None:
    """Sets `salient` on each actor of `analysis`. In: `roots`, actor id -> {(start, end) of a
    mention: its root token index, -1 for mentions inside a title}."""
    doc = analysis.doc
    person_spans = [(m.start, m.end, a.id) for a in analysis.actors if a.type == "PERSON"
                    for m in a.mentions if m.kind in ("name", "role")]

    def inside_person(actor, m) -> bool:
        """A body named inside a person's title or role ("leader of the Democratic Party")."""
        return actor.type != "PERSON" and any(
            s <= m.start and m.end <= e and (s, e) != (m.start, m.end) and pid != actor.id
            for s, e, pid in person_spans)

    # places below country level ("Turkey in Istanbul" locates no city by its country)
    place_spans = [(m.start, m.end) for a in analysis.actors if a.type in ("GPE", "LOC", "FAC")
                   and a.id != a.country for m in a.mentions if m.kind == "name"]
    year = _article_year(analysis)
    former = load_lexicon().former_states
    for actor in analysis.actors:
        spans = roots.get(actor.id, {})
        if fold(actor.name) in former:
            actor.salient = False  # "since the Soviet Union broke up": a state of the past
            continue
        city = actor.type in ("GPE", "LOC", "FAC") and actor.id != actor.country
        # "Wagner fighters", "the TASS agency" count; "Russia-Belarus relations" does not
        org = actor.type == "ORG" and not _hyphenated_pair(actor.name)
        actor.salient = any(
            m.kind in LISTED_KINDS and spans.get((m.start, m.end), -1) >= 0 and not inside_person(actor, m)
            and not _dateline_agency(m, doc)
            and not (city and _locates_another_place(m, place_spans, doc))
            and not (year and _historical(doc[spans[(m.start, m.end)]], year))
            and (_participates(doc[spans[(m.start, m.end)]], city=city, org=org) or city and _dateline(m, doc))
            for m in actor.mentions)


def _hyphenated_pair(name: str) -> bool:
    """"Russia-Belarus" (relations, talks): two names joined, no body of its own; "al-Nusra
    Front" or "Jaish-e-Mohammed" are one body's name."""
    parts = name.split("-")
    return len(parts) == 2 and all(len(p) > 2 and p[:1].isupper() for p in parts)


def _dateline_agency(m, doc) -> bool:
    """'(Reuters)' of 'KYIV, May 2 (Reuters) -': the agency filing the report takes no part in it."""
    dateline = doc_dateline_at(doc, m.start)
    return dateline is not None and m.start >= dateline.place_end


def _dateline(m, doc) -> bool:
    """'VILNIUS, July 12 -': the place an article reports from."""
    return in_doc_dateline_place(doc, m.start)


def add_salience(analysis) -> None:
    """After quotes and events: event sources and targets and quote speakers are salient too."""
    names = set()
    main = max(analysis.events, key=lambda e: e.confidence or 0, default=None)
    for e in analysis.events:  # an event's location alone does not list a place (often background)
        if (e.confidence or 0) < MIN_EVENT_CONFIDENCE and e is not main:
            continue
        names.update(e.source or [])
        names.update(e.target or [])
    for q in analysis.quotes:
        if q.speaker:
            names.add(q.speaker)
        if q.speaker_id:
            names.add(q.speaker_id)
    for a in analysis.actors:
        if (a.name in names or a.id in names):
            a.salient = True
