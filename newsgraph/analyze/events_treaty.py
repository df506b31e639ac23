"""Dated treaties: 'the signing of the Accord on X, sealed on March 4, 1987', 'the 2010
treaty signed in Prague'. A treaty whose signing is dated in the text is an AGREE event of that
date even when the sentence names no party: its parties are the actors named in the treaty's own
phrase, else the article's two most prominent countries (whose relationship the article is about).

In: a parsed sentence and the article's `Analysis`. Out: `Event`s (see `treaty_events`).
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from ..model import Analysis, Event
from .events_syntax import is_country_actor, tokens_of

TREATY_LABELS = {"WORK_OF_ART", "LAW", "ORG", "EVENT", ""}


def is_treaty(tok, nouns: set) -> bool:
    """A treaty noun ('the treaty', 'an agreement') or the head of a treaty's name ('the Accord
    on Border Demarcation', 'the Treaty of Rome')."""
    if tok.lemma_.lower() not in nouns and tok.lower_ not in nouns:
        return False
    return tok.pos_ == "NOUN" or tok.ent_type_ in TREATY_LABELS


def signing_of(treaty, sent, verbs: set, actions: set) -> list:
    """The tokens that say the treaty was signed: a signing verb attached to it ('the treaty signed
    in 2010', 'an accord concluded on ...', also when the parser hangs a subjectless participle on
    the main verb), or an action noun governing it ('the signing of the Agreement')."""
    out = [c for c in treaty.children if c.ent_type_ == "DATE" and c.i < treaty.i][:1]  # 'a 1998 agreement'
    if treaty.dep_ == "pobj" and treaty.head.lower_ == "of" and treaty.head.head.lemma_.lower() in actions:
        out.append(treaty.head.head)
    for v in tokens_of(sent):
        if v.pos_ != "VERB" or v.lemma_.lower() not in verbs:
            continue
        attached = v.head.i == treaty.i or (v.dep_ in ("acl", "relcl") and v.head.is_ancestor(treaty)
                                        and treaty.dep_ != "conj")  # 'an accord of 2005 and a pact sealed in 1990'
        loose = v.i > treaty.i and v.tag_ in ("VBN", "VBD") and not any(
            c.dep_ in ("nsubj", "nsubjpass", "auxpass", "aux") for c in v.children)
        if attached or loose:
            out.append(v)
    return out


def own_timex(analysis: Analysis, heads: list):
    """The first date expression inside one of the heads' own phrases ('sealed on March 4,
    1987', 'the 1987 treaty'), or None: a date of the surrounding clause is another event's."""
    for h in heads:
        start = h.left_edge.idx
        end = h.right_edge.idx + len(h.right_edge.text)
        for t in analysis.timexes:
            if t.type == "DATE" and start <= t.start and t.end <= end and t.value and t.value[:1].isdigit():
                return t
    return None


def article_countries(analysis: Analysis, n: int = 2) -> list[str]:
    """The article's n most mentioned country actors."""
    countries = [a for a in analysis.actors if is_country_actor(a)]
    countries.sort(key=lambda a: -len(a.mentions))
    return [a.name for a in countries[:n]]


def treaty_events(extractor, sent, analysis: Analysis, found: list[Event]) -> list[Event]:
    """AGREE events for the dated treaty signings of a sentence. An AGREE event already found on
    the same words without a date of its own is replaced (removed from `found`); an AGREE event
    elsewhere in the sentence leaves the sentence alone. `extractor`: the EventExtractor."""
    lex = extractor.lex.data["treaty_signing"]
    nouns, verbs, actions = set(lex["nouns"]), set(lex["verbs"]), set(lex["actions"])
    out = []
    for tok in tokens_of(sent):
        if not is_treaty(tok, nouns):
            continue
        signing = signing_of(tok, sent, verbs, actions)
        if not signing:
            continue
        own_date = [s for s in signing if s.head.i == tok.i and s.ent_type_ == "DATE"]  # 'a 1998 agreement'
        timex = own_timex(analysis, own_date + [s for s in signing if s.pos_ == "VERB"] + [tok] + signing)
        if timex is None:
            continue
        words = {(t.idx, t.idx + len(t.text)) for t in [tok, *signing]}
        same = [e for e in found if e.type == "AGREE" and (e.trigger_start, e.trigger_end) in words]
        if any(e.date_basis == "timex" and (e.source or e.target) for e in same):
            continue
        ev = treaty_event(extractor, analysis, sent, tok, signing[0], timex)
        if ev is None or any(e.type == "AGREE" and e.date == ev.date and e not in same for e in found + out):
            continue
        for e in same:
            found.remove(e)
        out.append(ev)
    return out


def treaty_event(extractor, analysis: Analysis, sent, treaty, trigger, timex) -> Optional[Event]:
    from .events_syntax import actors_of

    phrase = [t for t in treaty.subtree if t.i != treaty.i]
    parties = [n for n in actors_of(analysis, [t for t in phrase if t.dep_ in ("pobj", "compound", "poss", "amod", "conj")])]
    if len(parties) < 2:
        parties = article_countries(analysis)
    if len(parties) < 2:
        return None
    from .time import timex_to_date  # the time stage's normalisation of a timex to a date

    date, precision, _ = timex_to_date(timex, analysis.article.published)
    if not date:
        return None
    text = analysis.article.text
    ev_start, ev_end = sent.start_char, sent.end_char
    while ev_end > ev_start and text[ev_end - 1].isspace():
        ev_end -= 1
    start, end = trigger.idx, trigger.idx + len(trigger.text)
    cameo = "057"
    return Event(type="AGREE", source=parties[:1], target=parties[1:], date=date, date_precision=precision,
                 date_basis="timex", date_text=timex.text, status="occurred",
                 evidence=text[ev_start:ev_end], evidence_start=ev_start, evidence_end=ev_end,
                 trigger=text[start:end], trigger_start=start, trigger_end=end, confidence=0.5,
                 cameo=cameo, goldstein=extractor.lex.goldstein_of(cameo),
                 score=extractor.lex.plover_score("AGREE", None))


def article_mediators(extractor, analysis: Analysis) -> set:
    """The countries the article says brokered or mediated ('A brokers truce', 'a deal brokered
    by A', 'an A-brokered deal', 'Moscow-mediated talks'), by their country code."""
    from .events_syntax import actor_of, actors_of, subject_tokens
    doc, codes = analysis.doc, set()
    for tok in doc:
        if tok.pos_ not in ("VERB", "ADJ", "NOUN") or not extractor.mediating_word(tok):
            continue
        if tok.pos_ == "NOUN":  # a headline's 'Russia brokers truce', 'Qatar's mediation'
            codes |= {a.country for c in tok.children if c.dep_ in ("compound", "poss") and c.i < tok.i
                      for a in [actor_of(analysis, c)] if a is not None and a.country}
        passive = tok.dep_ in ("acl", "relcl", "amod") or any(c.dep_ == "auxpass" for c in tok.children)
        names = actors_of(analysis, [p for c in tok.children if c.dep_ in ("agent", "prep") and c.lower_ == "by"
                                     for p in c.children if p.dep_ == "pobj"])
        if not passive:
            names += actors_of(analysis, subject_tokens(tok)[0])
        if tok.i >= 2 and doc[tok.i - 1].text == "-":  # 'a Moscow-brokered deal'
            a = actor_of(analysis, doc[tok.i - 2])
            names += [a.name] if a is not None else []
        codes |= {a.country for a in analysis.actors if a.name in names and a.country}
    return codes


def split_mediated_signings(extractor, analysis: Analysis, events: list) -> list:
    """The guideline's mediation convention: a deal signed by three or more parties, one of them
    of a country the article says brokered it ('signed by A's president, B's president and C's
    prime minister' in an article on an A-brokered deal), is the parties' AGREE, and the
    mediator's multilateral CONSULT with them, not an agreement of the mediator with them."""
    if not any(e.type == "AGREE" and len(e.source) + len(e.target) >= 3 for e in events):
        return events
    mediators = article_mediators(extractor, analysis)
    if not mediators:
        return events
    country = {a.name: a.country for a in analysis.actors}
    out = []
    for e in events:
        names = list(dict.fromkeys(e.source + e.target))
        brokers = [n for n in names if country.get(n) in mediators]
        parties = [n for n in names if n not in brokers]
        if e.type != "AGREE" or len(names) < 3 or not brokers or len(parties) < 2:
            out.append(e)
            continue
        out.append(replace(e, source=parties[:1], target=parties[1:]))
        out.append(replace(e, type="CONSULT", mode="multilateral", source=brokers, target=parties, cameo="045",
                           goldstein=extractor.lex.goldstein_of("045"),
                           score=extractor.lex.plover_score("CONSULT", "multilateral")))
    return out
