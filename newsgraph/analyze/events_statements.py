"""Statements that are events: a speaker's reported judgement of another actor. 'X said Y had been a
success' is a SUPPORT of Y by X; 'X wrote that Y had "nothing to be proud of"' an ACCUSE. Quotes stay
quotes; only a judgement (evaluation words in the reported content, no event trigger of its own)
aimed at a named actor becomes an event.

In: a parsed sentence, the article's `Analysis`, the sentence's matched triggers and the events
already found in it. Out: `Event`s (see `statement_events`).
"""
from __future__ import annotations

from ..model import Analysis, Event
from .events_lexicon import TriggerSpec
from .events_syntax import Trigger, actors_of, nearest_actors, own_states, subject_tokens


def statement_events(ex, sent, analysis: Analysis, triggers: dict, found: list) -> list[Event]:
    """'X said Y had been a success' / 'X wrote that Y had "nothing to be proud of"': a SUPPORT
    or ACCUSE by the speaker when the reported content (its clause, or a direct quote in the
    sentence) holds evaluation words and no event trigger of its own."""
    out = []
    speakers_done = {n for e in found for n in e.source}
    quote_spans = [(q.start, q.end) for q in analysis.quotes
                   if sent.start_char <= q.start < sent.end_char]
    for tok in sent:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in ex.lex.assessment_verbs:
            continue
        speaker = actors_of(analysis, subject_tokens(tok)[0])
        if not speaker or set(speaker) & speakers_done:
            continue
        content = [t for c in tok.children if c.dep_ in ("ccomp", "dobj") for t in c.subtree]
        content += [t for t in sent if any(s <= t.idx < e for s, e in quote_spans) and t not in content]
        if not content or any(t.i in triggers for t in content):
            continue
        if of_own_side(analysis, speaker, content):
            continue  # 'Russia and Belarus are getting stronger', says a Russian minister: no judgement of another
        words = {t.lower_ for t in content} | {t.lemma_.lower() for t in content}
        negative, positive = words & ex.lex.negative_words, words & ex.lex.positive_words
        if negative and not positive:
            type_, mode, cameo = "ACCUSE", "disapprove", "111"
        elif positive and not negative:
            type_, mode, cameo = "SUPPORT", None, "051"
        else:
            continue
        first, last = min(t.idx for t in content), max(t.idx + len(t.text) for t in content)
        mine = set(speaker) | own_states(analysis, speaker)  # 'interference in the affairs of Chile' by Chile's leader
        target = [n for n in nearest_actors(analysis, sent, content[0], mine)
                  if any(first <= m.start < last for a in analysis.actors if a.name == n for m in a.mentions)][:1]
        if not target:
            aside = ex.bystanders(tok, sent, analysis)  # 'wrote on Telegram' is no target
            target = nearest_actors(analysis, sent, tok, set(speaker) | own_states(analysis, speaker)
                                    | aside["media"] | aside["reporters"] | ex.speaker_phrase(tok, analysis))[:1]
        if not target and not ex.keep_bare:
            continue  # an assessment of nobody in particular is an opinion, not an event
        text = analysis.article.text
        ev_end = sent.end_char
        while ev_end > sent.start_char and text[ev_end - 1].isspace():
            ev_end -= 1
        ev = Event(type=type_, mode=mode, source=speaker, target=target, status="occurred",
                   evidence=text[sent.start_char:ev_end], evidence_start=sent.start_char,
                   evidence_end=ev_end, trigger=tok.text, trigger_start=tok.idx,
                   trigger_end=tok.idx + len(tok.text), confidence=0.3, cameo=cameo,
                   goldstein=ex.lex.goldstein_of(cameo), score=ex.lex.plover_score(type_, mode))
        ex.set_date(ev, Trigger(tok, TriggerSpec(type_, mode, cameo), [tok], False), analysis, [])
        found = ex.event_place(analysis, sent, tok, speaker)
        if found is not None:
            ev.location, ev.place = found.name, found
        out.append(ev)
        speakers_done |= set(speaker)
    return out


def of_own_side(analysis: Analysis, speaker: list, content: list) -> bool:
    """Whether a reported judgement is about the speaker's own side: a subject of its clauses
    names the speaker, the speaker's state, or another person of that state."""
    countries = {a.country for a in analysis.actors if a.name in speaker and a.country}
    own = set(speaker) | {a.name for a in analysis.actors if a.country in countries
                          and (a.type in ("GPE", "PERSON"))}
    subjects = [t for t in content if t.dep_ in ("nsubj", "nsubjpass")]
    subjects += [c for t in subjects for c in t.conjuncts]
    return bool(set(actors_of(analysis, subjects)) & own)
