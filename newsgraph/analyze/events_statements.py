"""Statements that are events: a speaker's reported judgement of another actor, and what the
speaker's side says in its own words that it refuses, threatens or asks for.

- 'X said Y had been a success' is a SUPPORT of Y by X; 'X wrote that Y had "nothing
  to feel proud of"' an ACCUSE. The evaluation words are read with their negation, and the judgement is about
  the subject of the clause that holds them ('we show that he failed': he, not we); words of the
  speaker's feeling judge what they are about ('concerned by Y's drills'). A quote going on in a
  sentence of its own counts when it says what a named party is ('"Y is a reliable partner."').
- 'X welcomed the move', 'X said it was wrong': a judged thing that refers back to an act told
  just before (a pronoun, a general noun of acts, or the same word) is about that act's parties;
  'the aggressor' is whoever the article told attacked the speaker's side.
- '"We reject these sanctions," X said', '"We expect Y to respond," X said': an act of the
  statement types (REJECT, THREATEN, REQUEST) done by the speaker's own side in its own words.
- What the trigger stage misreads in statements is put right (`revised_events`): keeping watch on
  'the situation' and claiming a territory are no events; criticising or refusing 'calls to send
  troops to Y' aims at the calls' author, and the act proposed is no event; a criticism or
  investigation of no named party takes no target from elsewhere.

Quotes stay quotes: a statement with no judgement or act aimed at another actor is no event, nor is
a judgement of the speaker's own side. Knowledge (evaluation, feeling and act words, negators,
words that refer back) is in knowledge/statement_lexicon.json, read once.

In: a parsed sentence, the article's `Analysis`, the sentence's matched triggers and the events
already found in it (and, through the extractor, those of the sentences before). Out: `Event`s
(see `statement_events`).
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from ..model import Analysis, Event
from .events_lexicon import KNOWLEDGE, TriggerSpec
from .events_syntax import Trigger, actors_of, is_country_actor, nearest_actors, own_states, subject_tokens, tokens_of

SUBJECT_DEPS = ("nsubj", "nsubjpass")
CLAUSE_DEPS = ("advcl", "ccomp", "xcomp", "conj", "cc", "parataxis", "relcl")  # clauses of their own


@dataclass(frozen=True)
class StatementLexicon:
    """The statement knowledge (see knowledge/statement_lexicon.json)."""

    negators: frozenset
    negative: frozenset  # evaluation words beyond the trigger lexicon's
    positive: frozenset
    felt_negative: frozenset  # the speaker's own feeling about what the word's complement names
    felt_positive: frozenset
    acts: dict  # word -> TriggerSpec of an act a speaker's side states in its own words
    act_types: frozenset  # the trigger lexicon's types read inside quotes
    first_person: frozenset
    third_person: frozenset
    back_pronouns: frozenset
    back_nouns: frozenset
    back_determiners: frozenset
    about_preps: frozenset  # prepositions naming what a judgement is about
    contrast_marks: frozenset  # subordinators of a contrasting clause with a speaker of its own
    rebuttal_verbs: frozenset  # verbs of replying or insisting that answer an act against the speaker
    question_verbs: frozenset  # 'asked whether ...': a reply answers the question
    adversaries: frozenset  # nouns naming the side attacking the speaker's
    attack_types: frozenset
    home_offices: frozenset  # title words of speakers who brief at home
    relations: frozenset  # nouns of a relation between parties
    ruled_out: tuple  # predicates that say an act will not be done ('out of the question')
    condition_marks: frozenset  # 'if', 'unless': a condition that makes an announced act a threat
    response_verbs: frozenset  # 'respond', 'retaliate': a hostile answer when conditioned on another's act
    kinds: dict  # event word lemma -> ids of its synonym groups (knowledge/event_synonyms.json)
    derived: dict  # event noun lemma -> the verb it derives from ('seizure' -> 'seize'), same file
    blame_words: frozenset  # 'behind', 'responsible': whose doing a hostile act was
    blame_verbs: frozenset  # 'hold' (responsible): verbs whose object is blamed
    holding_back: frozenset  # 'hesitate': negated, they announce the act ('will not hesitate to strike')
    charging_verbs: frozenset  # 'charge', 'allege' (that Y did a hostile act): an accusation of Y
    window: int  # how many sentences back a general noun of acts may refer
    repeat_window: int  # how many sentences back a noun repeating an event's word may refer
    watching_verbs: frozenset = frozenset()  # 'monitor', 'follow': keeping watch ...
    watched_states: frozenset = frozenset()  # ... on 'the situation', 'developments': no act
    offering_verbs: frozenset = frozenset()  # 'offer', 'pledge' (to investigate): the speaker's own act
    mutual_blame_verbs: frozenset = frozenset()  # 'blame', 'accuse' (each other): both parties ...
    mutual_objects: frozenset = frozenset()  # ... 'other': of the latest two-party hostile act
    quarrel_types: frozenset = frozenset()  # ... of these types (deeds and threats, not words)
    proposal_nouns: frozenset = frozenset()  # 'calls', 'proposals' (to do something)
    proposal_types: frozenset = frozenset()  # the types of a criticism or refusal of a proposal
    disputing_verbs: frozenset = frozenset()  # 'dispute', 'deny' (an account): a refusal of what was said
    account_nouns: frozenset = frozenset()  # 'account', 'claim': what someone said, named back
    naming_verbs: frozenset = frozenset()  # 'what X called Y': X's words for what is judged
    generic_forces: tuple = ()  # 'Armed Forces': a state's forces as the knowledge base names them
    troops_as_state: frozenset = frozenset()  # types whose target 'Y's troops' is Y
    cautioning_verbs: frozenset = frozenset()  # 'warn': with a hostile act's consequence, a caution
    consequence_verbs: frozenset = frozenset()  # 'lead' (to), 'cause': what an act would bring
    own_responses: frozenset = frozenset()  # 'war', 'retaliation': the warner's answer, a threat
    general_addressees: frozenset = frozenset()  # 'countries', 'parties': a call on no one named
    kind_window: int = 6  # how many sentences back a noun naming an event's kind may refer
    reported_self: frozenset = frozenset()  # 'it', 'they': the speaker, as the subject of what they say
    concession_types: frozenset = frozenset()  # a side's giving up: judged by its own, no other judged
    author_deps: frozenset = frozenset()  # dependencies naming a proposal's author ('Y's plan')
    author_preps: frozenset = frozenset()  # prepositions naming it ('calls by Y')
    claim_verbs: frozenset = frozenset()  # 'claim' (an island): ownership, no accusation
    territory: frozenset = frozenset()  # 'the sea', 'the islands': what is claimed as owned
    place_labels: frozenset = frozenset()  # entity labels of named places
    change_verbs: frozenset = frozenset()  # 'turned from a rival into a partner': the rival is past
    goal_verbs: frozenset = frozenset()  # 'made' (improving ties with X a priority): ...
    goal_nouns: frozenset = frozenset()  # ... a policy, no act done
    affirmatives: frozenset = frozenset()  # 'yes', 'of course': a reply that says yes to the question


@lru_cache(maxsize=1)
def statement_lexicon() -> StatementLexicon:
    """The statement knowledge, read once."""
    data = json.loads((KNOWLEDGE / "statement_lexicon.json").read_text(encoding="utf-8"))
    acts, back, words = data["stated_acts"], data["referring_back"], lambda key: frozenset(data[key]["words"])
    return StatementLexicon(
        negators=words("negators"),
        negative=frozenset(data["evaluation_words"]["negative"]),
        positive=frozenset(data["evaluation_words"]["positive"]),
        felt_negative=frozenset(data["experiencer_words"]["negative"]),
        felt_positive=frozenset(data["experiencer_words"]["positive"]),
        acts={w: TriggerSpec.parse(s) for w, s in acts["words"].items()},
        act_types=frozenset(acts["types"]),
        first_person=words("first_person"), third_person=words("third_person"),
        back_pronouns=frozenset(back["pronouns"]), back_nouns=frozenset(back["nouns"]),
        back_determiners=frozenset(back["determiners"]), about_preps=frozenset(back["about_preps"]),
        contrast_marks=words("contrast_marks"), rebuttal_verbs=words("rebuttal_verbs"),
        question_verbs=frozenset(data["rebuttal_verbs"]["question_verbs"]),
        home_offices=words("home_offices"), relations=words("relation_nouns"),
        adversaries=words("adversary_nouns"), attack_types=frozenset(data["adversary_nouns"]["types"]),
        ruled_out=tuple(data["ruled_out"]["phrases"]), kinds=event_kinds(), derived=event_derivations(),
        blame_words=words("blame"), blame_verbs=frozenset(data["blame"]["verbs"]),
        holding_back=words("holding_back"), charging_verbs=words("charging_verbs"),
        condition_marks=words("conditional_threats"), response_verbs=frozenset(data["conditional_threats"]["responses"]),
        window=int(back["window_sentences"]), repeat_window=int(back["repeat_window_sentences"]),
        watching_verbs=frozenset(data["watching"]["verbs"]), watched_states=frozenset(data["watching"]["objects"]),
        offering_verbs=frozenset(data.get("offered_inquiries", {}).get("verbs", [])),
        mutual_blame_verbs=frozenset(data.get("mutual_blame", {}).get("verbs", [])),
        mutual_objects=frozenset(data.get("mutual_blame", {}).get("objects", [])),
        quarrel_types=frozenset(data.get("mutual_blame", {}).get("quarrel_types", [])),
        proposal_nouns=frozenset(data["proposals"]["nouns"]), proposal_types=frozenset(data["proposals"]["types"]),
        concession_types=frozenset(data["referring_back"].get("concession_types", [])),
        reported_self=frozenset(data["third_person"].get("reported_self", [])),
        kind_window=int(back.get("kind_window_sentences", back["repeat_window_sentences"])),
        cautioning_verbs=frozenset(data["cautions"]["verbs"]),
        consequence_verbs=frozenset(data["cautions"]["consequence_verbs"]),
        own_responses=frozenset(data["cautions"].get("own_responses", ())),
        general_addressees=frozenset(data["cautions"]["general_addressees"]),
        troops_as_state=frozenset(data["disputed_accounts"]["troops_as_state"]),
        generic_forces=tuple(data["disputed_accounts"]["generic_forces"]),
        naming_verbs=frozenset(data["disputed_accounts"]["naming_verbs"]),
        disputing_verbs=frozenset(data["disputed_accounts"]["verbs"]),
        account_nouns=frozenset(data["disputed_accounts"]["nouns"]),
        author_deps=frozenset(data["proposals"]["author_deps"]),
        author_preps=frozenset(data["proposals"]["author_preps"]),
        claim_verbs=frozenset(data["ownership_claims"]["verbs"]), territory=frozenset(data["ownership_claims"]["territory"]),
        place_labels=frozenset(data["ownership_claims"]["place_labels"]),
        change_verbs=frozenset(data["changes"]["verbs"]),
        goal_verbs=frozenset(data["policy_goals"]["verbs"]), goal_nouns=frozenset(data["policy_goals"]["nouns"]),
        affirmatives=frozenset(data["rebuttal_verbs"]["affirmatives"]))


def event_kinds() -> dict:
    """Event word lemma -> the synonym groups it is in ('deal' and 'agreement', 'sign'), from
    knowledge/event_synonyms.json, reporting and light verbs left out: a judged noun may name an act
    told before by another word of its kind ('welcomed the deal' after 'signed an accord')."""
    data = json.loads((KNOWLEDGE / "event_synonyms.json").read_text(encoding="utf-8"))
    weak, derived = set(data.get("weak", [])), data.get("derivations", {})
    kinds: dict = {}
    for gid, group in enumerate(data.get("groups", [])):
        for w in group:
            for key in {w.lower(), str(derived.get(w, w)).lower()} - weak:
                kinds.setdefault(key, set()).add(gid)
    return {k: frozenset(v) for k, v in kinds.items()}


def event_derivations() -> dict:
    """Event noun lemma -> the verb it derives from ('seizure' -> 'seize'), from
    knowledge/event_synonyms.json: 'called the seizure treason' refers to 'seized the city'."""
    data = json.loads((KNOWLEDGE / "event_synonyms.json").read_text(encoding="utf-8"))
    return {k.lower(): str(v).lower() for k, v in data.get("derivations", {}).items()}


def statement_events(ex, sent, analysis: Analysis, triggers: dict, found: list) -> list[Event]:
    """The statement events of one sentence: reported judgements, judgements of an act told
    before, and acts the speaker's side states in its own words."""
    lexicon = statement_lexicon()
    found[:] = revised_events(ex, lexicon, sent, analysis, triggers, found)
    out = stated_acts(ex, lexicon, sent, analysis, found)
    out += opposed_proposal_events(ex, lexicon, sent, analysis, triggers, found + out)
    out += judgements(ex, lexicon, sent, analysis, triggers, found + out)
    out += judged_acts(ex, lexicon, sent, analysis, triggers, found + out)
    out += reported_refusals(ex, lexicon, sent, analysis, triggers, found + out)
    blamed = blamed_by_speakers(out)
    if blamed:  # 'regrets the move and would be "forced to take countermeasures"': aimed at the blamed
        out += stated_acts(ex, lexicon, sent, analysis, found + out, answering=blamed)
    # the rules below each start from one kind of word: a sentence without any is not walked again
    verbs = {t.lemma_.lower() for t in tokens_of(sent) if t.pos_ == "VERB"}
    if verbs & lexicon.rebuttal_verbs:
        out += rebuttals(ex, lexicon, sent, analysis, found + out)
    if verbs & ex.lex.assessment_verbs:
        out += ruled_out_acts(ex, lexicon, sent, analysis, triggers, found + out)
    if verbs & ex.lex.assessment_verbs or verbs & ex.lex.speech_verbs:
        out += reported_responses(ex, lexicon, sent, analysis, found + out)
    if any(t.lower_ in lexicon.blame_words for t in tokens_of(sent)):
        out += blames(ex, lexicon, sent, analysis, found + out)
    if verbs & lexicon.naming_verbs:
        out += named_acts(ex, lexicon, sent, analysis, found, out)
    if verbs & lexicon.mutual_blame_verbs:
        out += mutual_blames(ex, lexicon, sent, analysis, found + out)
    if verbs & lexicon.charging_verbs:
        out += charges(ex, lexicon, sent, analysis, found + out)
    if verbs & lexicon.question_verbs:
        out += answered_questions(ex, lexicon, sent, analysis, found + out)
    if verbs & lexicon.disputing_verbs:
        out += disputed_accounts(ex, lexicon, sent, analysis, found + out)
    return out


def reported_refusals(ex, lexicon: StatementLexicon, sent, analysis: Analysis, triggers: dict,
                      found: list) -> list[Event]:
    """'X said they would not recognise the deal': a cooperative act the speaker says its side will
    not do (negated, with a modal of the future) is the speaker's REJECT (the refusal's code of the
    act's type), when the trigger stage found no doer for it in the pronoun. Aimed at the parties
    its object names, the speaker's side left out, else at no one."""
    out = []
    built = {e.trigger_start for e in found}
    for trig in triggers.values():
        tok = trig.tok
        code = ex.lex.negated_cameo.get(trig.spec.type)
        if code is None or tok.pos_ != "VERB" or tok.idx in built or not refused(ex, tok):
            continue
        doers = subject_tokens(tok)[0]
        cues = [a for d in doers if d.pos_ == "PRON" for a in d.ancestors
                if a.pos_ == "VERB" and a.lemma_.lower() in ex.lex.speech_verbs][:1]
        speakers = [n for a in cues for n in actors_of(analysis, subject_tokens(a)[0])][:1]
        if not speakers or not all(speaker_pronoun(ex, lexicon, analysis, d, speakers) for d in doers):
            continue
        side = side_of(analysis, set(speakers) | own_states(analysis, speakers))
        objects = [t for c in tok.children if c.dep_ in ("dobj", "ccomp", "prep") for t in c.subtree]
        target = [n for n in actors_of(analysis, [t for t in objects if t.pos_ in ("PROPN", "NOUN", "ADJ")])
                  if n not in side][:1]
        out.append(statement_event(ex, analysis, sent, tok, TriggerSpec("REJECT", None, code), speakers, target,
                                   dated_by=cues[0]))  # dated when it was said
        built.add(tok.idx)
    return out


def refused(ex, tok) -> bool:
    """Whether a verb says its act will not be done: negated, with a modal of the future ('would
    not recognise', 'will not accept')."""
    return any(c.dep_ == "neg" for c in tok.children) and any(
        c.dep_ == "aux" and ex.lex.modal_status.get(c.lower_) == "planned" for c in tok.children)


def disputed_accounts(ex, lexicon: StatementLexicon, sent, analysis: Analysis, found: list) -> list[Event]:
    """'X disputes that account', 'X rejected the claims': refusing what was said just before is a
    REJECT (120) aimed at whoever said it, the latest speaker of another side within the window
    (a person speaking for a country stands for it when a state or body disputes). A refusal the
    trigger stage read with no target takes that speaker; one it did not read is added."""
    out = []
    for verb in tokens_of(sent):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicon.disputing_verbs:
            continue
        said = [o for o in verb.children if o.dep_ in ("dobj", "ccomp") and o.pos_ == "NOUN"  # 'dispute that account'
                and o.lemma_.lower() in lexicon.account_nouns
                and any(c.dep_ == "det" and c.lower_ in lexicon.back_determiners for c in o.children)]
        speaker = actors_of(analysis, subject_tokens(verb)[0])
        if not said or not speaker:
            continue
        author = account_author(ex, lexicon, analysis, sent, speaker)
        told = [e for e in found if e.trigger_start == verb.idx and e.type == "REJECT"]
        if told:
            for e in told:
                e.target = e.target or author
        elif author:
            out.append(statement_event(ex, analysis, sent, verb, TriggerSpec("REJECT", None, "120"), speaker, author))
    return out


def account_author(ex, lexicon: StatementLexicon, analysis: Analysis, sent, speaker: list) -> list:
    """Who gave the account a speaker disputes: the speaker of the latest quote, or the source of
    the latest statement event, before the sentence within the window and not of the disputer's
    side; a person who speaks for a country named in the article stands for it when the disputer
    is no person ('Chinese officials dispute that account' of a US minister's words)."""
    side = side_of(analysis, set(speaker) | own_states(analysis, speaker))
    start = window_start(lexicon, sent)
    said = [(q.start, [q.speaker]) for q in analysis.quotes if q.speaker and start <= q.start < sent.start_char]
    said += [(e.evidence_start or 0, e.source) for e in previous_events(ex, lexicon, sent)
             if e.type in ex.lex.speech_act_types and e.source]
    persons = {a.name for a in analysis.actors if a.type == "PERSON"}
    countries = {a.name for a in analysis.actors if is_country_actor(a)}
    for _, names in sorted(said, key=lambda x: -x[0]):
        others = [n for n in names if n not in side]
        if not others:
            continue
        if not set(speaker) & persons and set(others) <= persons:
            states = [n for n in own_states(analysis, others) if n not in side and n in countries]
            return states[:1] or others[:1]
        return others[:1]
    return []


def answered_questions(ex, lexicon: StatementLexicon, sent, analysis: Analysis, found: list) -> list[Event]:
    """'Asked whether he regarded Y as a dictator, X replied: "Well, he is."', '... X said: "Yes."':
    a reply that says yes to a question holding a judgement of another party makes that judgement
    the speaker's (ACCUSE 111 or SUPPORT 051, aimed at the party the question names). A reply with
    a negator, or with words of its own, is read as it stands."""
    out = []
    for verb in tokens_of(sent):
        asked = [c for c in verb.children if c.dep_ == "advcl" and c.lemma_.lower() in lexicon.question_verbs]
        if verb.pos_ != "VERB" or not asked:
            continue
        speaker = actors_of(analysis, subject_tokens(verb)[0])
        if not speaker or any(set(e.source) & set(speaker) and e.type in ("ACCUSE", "SUPPORT") for e in found + out):
            continue
        question = [t for c in asked[0].children if c.dep_ in ("ccomp", "advcl", "xcomp") for t in c.subtree]
        reply = [t for c in verb.children if c.i != asked[0].i and c.dep_ not in SUBJECT_DEPS + ("punct",)
                 for t in c.subtree]
        if not question or not says_yes(lexicon, reply):
            continue
        negative, positive = polarity(ex, lexicon, question)
        if bool(negative) == bool(positive):
            continue
        mine = set(speaker) | own_states(analysis, speaker)
        named = [t for t in question if t.pos_ in ("PROPN", "NOUN")]
        target = [n for n in actors_of(analysis, named) if n not in mine][:1]
        if target:
            spec = TriggerSpec("ACCUSE", "disapprove", "111") if negative else TriggerSpec("SUPPORT", None, "051")
            out.append(statement_event(ex, analysis, sent, verb, spec, speaker, target))
    return out


def says_yes(lexicon: StatementLexicon, reply: list) -> bool:
    """Whether a reply says yes: an affirmative word ('yes', 'of course') or an elliptic 'is' / 'does'
    with nothing after it ('Well, he is'), and no negator."""
    words = {t.lower_ for t in reply}
    if not reply or words & lexicon.negators:
        return False
    if words & lexicon.affirmatives:
        return True
    return any(t.lemma_.lower() in ("be", "do") and not any(c.dep_ in ("attr", "acomp", "dobj", "xcomp", "ccomp", "prep")
                                                          for c in t.children) for t in reply)


# ---- statements the trigger stage misread ------------------------------------------------------

def revised_events(ex, lexicon: StatementLexicon, sent, analysis: Analysis, triggers: dict,
                   found: list) -> list[Event]:
    """The sentence's events told so far (`found`, which `statement_events` replaces by these),
    with the misreadings of statement verbs put right: keeping watch on a state of affairs
    ('monitoring the situation') and claiming a territory ('claims the whole sea') are no events;
    a criticism or refusal of a proposal is aimed at its author, and the act proposed is no event
    ('criticised calls to send troops to X'); a criticism or investigation whose object names no
    party takes no target from elsewhere ('investigating the killings'); a statement that names
    another party besides the speaker's own side is not aimed at its own side."""
    if not found:
        return found
    tokens = {t.idx: t for t in tokens_of(sent)}
    opposed = {i: opposed_proposals(lexicon, t.tok) for i, t in triggers.items()
               if t.spec.type in lexicon.proposal_types and t.tok.pos_ == "VERB"}
    proposed = {t.idx for proposals in opposed.values() for p in proposals
                for t in proposal_content(lexicon, p)}
    dropped = set()
    for ev in found:
        tok = tokens.get(ev.trigger_start) if ev.trigger_start is not None else None
        if tok is None:
            continue
        if ev.trigger_start in proposed:
            dropped.add(id(ev))  # a nominal act inside the proposal too ('plan to veto the aid package')
            continue
        if tok.pos_ != "VERB" and not made_a_goal(lexicon, tok):
            continue
        others = [e for e in found if e is not ev]
        if ev.trigger_start in proposed or watching_a_state(lexicon, tok) or claimed_ownership(ex, lexicon, ev, tok) \
                or made_a_goal(lexicon, tok) or offered_inquiry(lexicon, analysis, ev, tok):
            dropped.add(id(ev))
        elif ev.type in lexicon.proposal_types and opposed.get(tok.i):
            ev.target = proposal_target(ex, lexicon, sent, analysis, ev, opposed[tok.i], others)
        elif ev.type == "ACCUSE" and ev.target and borrowed_target(analysis, ev, tok):
            mine = set(ev.source) | own_states(analysis, ev.source)
            ev.target = [n for o in tok.children if o.dep_ == "dobj"
                         for n in referred_parties(ex, lexicon, analysis, sent, o, others, mine)
                         if n not in ev.source][:1]
    for ev in found:
        if ev.type in ex.lex.speech_act_types:
            ev.target = others_addressed(analysis, ev)
    namers = {n for t in tokens.values() for n in naming_subjects(lexicon, analysis, t)}
    misread = [ev for ev in found if ev.type in ex.lex.speech_act_types and ev.target
               and set(ev.target) <= namers and ev.trigger_start in tokens]
    for ev in misread:
        aimed_elsewhere(lexicon, analysis, ev, tokens[ev.trigger_start], namers)
    for ev in found:
        if ev.type in lexicon.troops_as_state:
            ev.target = states_for_troops(lexicon, analysis, ev.target)
        tok = tokens.get(ev.trigger_start) if ev.trigger_start is not None else None
        if ev.type == "THREATEN" and tok is not None and warned_of_others_violence(ex, lexicon, tok):
            dropped.add(id(ev))  # 'warning that an offensive would lead to a catastrophe': a caution
        elif ev.type == "THREATEN":  # 'warning that Washington would act': the warner's own state acts
            home = own_states(analysis, ev.source)
            ev.target = [n for n in ev.target if n not in home] or threatened_in_clause(analysis, ev, tok, home)
        elif tok is not None and len(ev.target) < 2 and addressed_to_both(tok):
            ev.target = pair_named_before(analysis, ev, tok, found) or ev.target
        elif ev.type == "REQUEST" and tok is not None and addressed_to_all(lexicon, analysis, tok):
            ev.target = []  # 'urged countries to pick a side': no one named, not the meeting's body
    for ev in misread:
        if set(ev.target) <= namers:
            ev.target = coordinated_target(ev, tokens[ev.trigger_start], found, namers) or ev.target
    return [e for e in found if id(e) not in dropped]


def addressed_to_both(tok) -> bool:
    """'urging both to avoid escalation': a statement whose object is a bare 'both'."""
    return any(c.dep_ in ("dobj", "nsubj", "dep") and c.lower_ == "both" and not any(c.children) for c in tok.children)


def pair_named_before(analysis: Analysis, ev: Event, tok, found: list) -> list:
    """The two parties a bare 'both' points back to: those of the latest event told before it in the
    sentence with exactly two parties besides the speaker ('had spoken to A and B, urging both')."""
    for e in reversed([e for e in found if e is not ev and (e.trigger_start or 0) < tok.idx]):
        parties = [n for n in dict.fromkeys(e.source + e.target) if n not in ev.source]
        if len(parties) == 2:
            return parties
    return []


def warned_of_others_violence(ex, lexicon: StatementLexicon, tok) -> bool:
    """'warning that a full-scale offensive would lead to a catastrophe': a warning of what a
    hostile act (the subject of what is warned of) would bring is a caution, no threat of the
    warner's."""
    if tok.lemma_.lower() not in lexicon.cautioning_verbs:
        return False
    for clause in (c for c in tok.children if c.dep_ == "ccomp"):
        if clause.lemma_.lower() not in lexicon.consequence_verbs:
            continue
        brought = [c for c in clause.children if c.dep_ in ("dobj", "attr")]
        brought += [p for c in clause.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
        if any(b.lemma_.lower() in lexicon.own_responses for b in brought):
            continue  # 'any strike would mean war': the warner's own answer, a threat
        for subj in (c for c in clause.children if c.dep_ in SUBJECT_DEPS):
            trig = ex.match(subj)
            if trig is not None and trig.spec.type in lexicon.attack_types:
                return True
    return False


def addressed_to_all(lexicon: StatementLexicon, analysis: Analysis, tok) -> bool:
    """'urged countries to pick a side', 'called on all parties to refrain': a request whose
    object is a general noun of parties naming no one in particular."""
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    objects += [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "on" for p in c.children if p.dep_ == "pobj"]
    return bool(objects) and all(
        o.lemma_.lower() in lexicon.general_addressees and not actors_of(analysis, list(o.subtree))
        and not any(c.lower_ in ("both", "two") for c in o.children) for o in objects)


def states_for_troops(lexicon: StatementLexicon, analysis: Analysis, names: list) -> list:
    """A statement about a country's troops named only by their nationality ('rejected any role for
    Y's troops', 'condemned footage shared by Y soldiers') is about that country: the forces'
    name is the knowledge base's, the article names only the state's soldiers."""
    out = []
    for n in names:
        actor = next((a for a in analysis.actors if a.name == n), None)
        state = None
        if actor is not None and actor.country and n.endswith(lexicon.generic_forces) \
                and all(m.kind == "nominal" for m in actor.mentions):
            state = next((a.name for a in analysis.actors if is_country_actor(a) and a.country == actor.country), None)
        if (state or n) not in out:
            out.append(state or n)
    return out


def whole_side(analysis: Analysis, names) -> set:
    """The actors and everyone of their country: its state, people and bodies."""
    countries = {a.country for a in analysis.actors if a.name in names and a.country}
    return set(names) | {a.name for a in analysis.actors if a.country in countries}


def naming_subjects(lexicon: StatementLexicon, analysis: Analysis, tok) -> list:
    """Who names the thing judged in 'what X called a "cruel spectacle"' (X; [] for any other word)."""
    if tok.lemma_.lower() not in lexicon.naming_verbs or tok.dep_ not in ("ccomp", "dobj") \
            or not any(o.dep_ == "dobj" and o.tag_ in ("WP", "WDT") for o in tok.children):
        return []
    return actors_of(analysis, subject_tokens(tok)[0])


def aimed_elsewhere(lexicon: StatementLexicon, analysis: Analysis, ev: Event, tok, namers: set) -> None:
    """A statement the trigger stage aimed at whoever names the thing judged, read again:
    'condemned what the foreign ministry called a "cruel spectacle" ... by Y's soldiers' is the
    ministry's when it is of the speaker's country, and aimed at the party the condemned thing
    names."""
    own = [n for c in tok.children for n in naming_subjects(lexicon, analysis, c)]
    if not own:
        return
    side = whole_side(analysis, ev.source)
    subjects = {t.i for d in subject_tokens(tok)[0] for t in d.subtree}
    named = [t for c in tok.children if c.dep_ not in SUBJECT_DEPS for t in c.subtree
             if t.i not in subjects and t.pos_ in ("PROPN", "NOUN", "ADJ")]
    others = [n for n in actors_of(analysis, named) if n not in side and n not in namers]
    if others:
        ev.target = others[:1]
        if set(own) <= side:
            ev.source = own[:1]


def coordinated_target(ev: Event, tok, found: list, namers: set) -> list:
    """'Y had demanded the sailor's release and condemned what X called ...': a statement the
    trigger stage aimed at the namer takes the target of the statement coordinated with it."""
    linked = {c.idx for c in tok.conjuncts}
    for other in found:
        if other is not ev and other.trigger_start in linked and other.target and not set(other.target) <= namers:
            return list(other.target)
    return []


def others_addressed(analysis: Analysis, ev: Event) -> list:
    """A statement's targets without the speaker's own side when it names another party too: a
    minister who says his country will help monitor a truce as he congratulates Y congratulates Y
    only, not his own country."""
    side = side_of(analysis, set(ev.source) | own_states(analysis, ev.source))
    others = [n for n in ev.target if n not in side]
    return others if others else ev.target


def opposed_proposal_events(ex, lexicon: StatementLexicon, sent, analysis: Analysis, triggers: dict,
                            found: list) -> list[Event]:
    """'X condemned calls by Y to revise the border', where the trigger stage read the proposed act
    as what the verb is about and kept no event: the criticism or refusal of the proposal, aimed at
    its author (none when unnamed)."""
    out = []
    for trig in triggers.values():
        tok = trig.tok
        if trig.nominal or trig.spec.type not in lexicon.proposal_types or tok.pos_ != "VERB":
            continue
        proposals = opposed_proposals(lexicon, tok)
        if not proposals or tok.dep_ not in ("ROOT", "conj", "ccomp") or any(c.dep_ == "neg" for c in tok.children):
            continue
        if any(e.trigger_start is not None and e.trigger_start <= tok.idx < (e.trigger_end or 0) for e in found + out):
            continue  # the trigger stage made its event
        speaker = actors_of(analysis, subject_tokens(tok)[0])
        if not speaker:
            continue
        ev = statement_event(ex, analysis, sent, tok, trig.spec, speaker, [], confidence=0.5)
        ev.target = proposal_target(ex, lexicon, sent, analysis, ev, proposals, found + out)
        out.append(ev)
    return out


def proposal_target(ex, lexicon: StatementLexicon, sent, analysis: Analysis, ev: Event, proposals: list,
                    others: list) -> list:
    """Whom a criticism or refusal of proposals is aimed at: their named author ('calls by Y',
    'Y's plan'), else the parties of the act the proposal refers back to ('the plan', after 'Y
    unveiled a plan'), else nobody (a party inside the proposed act is not it)."""
    target = [n for n in proposal_authors(lexicon, analysis, proposals) if n not in ev.source]
    if target:
        return target
    mine = set(ev.source) | own_states(analysis, ev.source)
    target = [n for p in proposals for n in referred_parties(ex, lexicon, analysis, sent, p, others, mine)
              if n not in ev.source][:1]
    if not target and ev.type == "REJECT":
        target = refused_partners(ex, lexicon, analysis, proposals, mine)
    return target


def refused_partners(ex, lexicon: StatementLexicon, analysis: Analysis, proposals: list, mine: set) -> list:
    """'rejected an offer of talks with Y', 'turned down calls to send aid to Y': refusing a proposed
    cooperative act is refusing the party it would be with or for (not so for a hostile act: 'rejected
    calls to impose sanctions on Y' spares Y)."""
    for p in proposals:
        acts = [t for t in proposal_content(lexicon, p) if t.pos_ in ("VERB", "NOUN")]
        acts = [t for t in acts if (trig := ex.match(t)) is not None and trig.spec.type in ex.lex.cooperative_types]
        towns = {a.name for a in analysis.actors if a.type == "GPE" and not is_country_actor(a)}
        names = [n for n in actors_of(analysis, [t for a in acts for t in a.subtree
                                                 if t.i != a.i and t.pos_ in ("PROPN", "NOUN", "ADJ")])
                 if n not in mine and n not in towns]  # 'talks with Y in Doha': Doha is where, not with whom
        if names:
            return names[:1]
    return []


def made_a_goal(lexicon: StatementLexicon, tok) -> bool:
    """'has made improving ties with X a priority', 'made closer relations with X the goal of his
    presidency': an act the speaker makes their goal is a policy stated, not the act done. The
    trigger lies below a verb of making (the first verb above it, or the one its verb depends on)
    whose phrase names the goal."""
    make = tok
    for _ in range(3):
        if make.lemma_.lower() in lexicon.goal_verbs and make.pos_ in ("VERB", "AUX"):
            break
        if make.head.i == make.i or make.dep_ not in ("xcomp", "dobj", "ccomp", "oprd", "compound", "amod"):
            return False
        make = make.head
    else:
        return False
    aside = {t.i for c in make.children if c.dep_ in ("conj", "cc", "advcl", "parataxis") for t in c.subtree}
    return make.i != tok.i and any(t.lemma_.lower() in lexicon.goal_nouns and t.pos_ == "NOUN"
                                   for t in make.subtree if t.i not in aside)


def threatened_in_clause(analysis: Analysis, ev: Event, tok, home: set) -> list:
    """'warned that France could impose tariffs on Chilean wine': a threat whose target the
    trigger stage left empty, or found only in the warner's own state, is aimed at the other party
    its warned clause names."""
    if tok is None:
        return []
    clause = [t for c in tok.children if c.dep_ == "ccomp" for t in c.subtree]
    return [n for n in actors_of(analysis, clause) if n not in home and n not in ev.source][:1]


def offered_inquiry(lexicon: StatementLexicon, analysis: Analysis, ev: Event, tok) -> bool:
    """'offered to investigate if given evidence', 'pledged to look into it': an investigation the
    speaker offers or pledges, naming no party, is a commitment of its own side, not an accusation
    of another (any target was filled in from the context)."""
    return ev.type == "ACCUSE" and tok.dep_ == "xcomp" and tok.head.pos_ == "VERB" \
        and tok.head.lemma_.lower() in lexicon.offering_verbs \
        and not actors_of(analysis, [t for c in tok.children if c.dep_ in ("dobj", "prep") for t in c.subtree])


def watching_a_state(lexicon: StatementLexicon, tok) -> bool:
    """'said it was monitoring the situation', 'is following developments closely': a verb of
    keeping watch whose object is a general state of affairs, no act aimed at a party."""
    return tok.lemma_.lower() in lexicon.watching_verbs and any(
        c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in lexicon.watched_states for c in tok.children)


def claimed_ownership(ex, lexicon: StatementLexicon, ev: Event, tok) -> bool:
    """'China claims the whole sea', 'both countries claim the islands', 'claims to be building
    missiles': a claim of a place or territory (its object a named place or a territory noun, no
    act) or about the claimant itself (a to-infinitive), not an accusation of anybody."""
    if ev.type != "ACCUSE" or tok.lemma_.lower() not in lexicon.claim_verbs:
        return False
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    if not objects:
        return any(c.dep_ == "xcomp" for c in tok.children) and not any(c.dep_ == "ccomp" for c in tok.children)
    return all((ex.match(o) is None and (o.ent_type_ in lexicon.place_labels or o.lemma_.lower() in lexicon.territory
                                         or o.lower_ in lexicon.territory)) or own_act_claimed(ex, o) for o in objects)


def own_act_claimed(ex, obj) -> bool:
    """Whether a claimed object is an act with no doer of its own named ('claimed the capture of X'):
    the claimant's own act, not another party's ('claimed a Ukrainian attack')."""
    return obj.pos_ == "NOUN" and ex.match(obj) is not None and not any(
        c.dep_ in ("poss", "amod", "compound") and c.pos_ in ("PROPN", "ADJ", "PRON") for c in obj.children)


def opposed_proposals(lexicon: StatementLexicon, tok) -> list:
    """The proposals a criticising or refusing verb takes as object ('criticised calls to ...',
    'rejected Y's proposal for ...'), or []."""
    return [c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in lexicon.proposal_nouns]


def proposal_authors(lexicon: StatementLexicon, analysis: Analysis, proposals: list) -> list:
    """Who made the proposals: the actors of their possessor or the name before them ('Y's plan',
    'the Polish proposal') and of their 'by'/'from' phrase ('calls by Y')."""
    authors = [c for p in proposals for c in p.children if c.dep_ in lexicon.author_deps]
    authors += [o for p in proposals for c in p.children if c.dep_ == "prep" and c.lower_ in lexicon.author_preps
                for o in c.children if o.dep_ == "pobj"]
    return actors_of(analysis, authors)


def proposal_content(lexicon: StatementLexicon, proposal) -> list:
    """The tokens of what a proposal proposes ('calls [to send troops to X]', 'the plan [for a
    buffer zone]'): all of its phrase but its author, determiners and the noun itself, and a
    to-infinitive right after it that the parser hung on the verb ('condemned calls by Y [to
    send troops]')."""
    aside = {t.i for c in proposal.children if c.dep_ in lexicon.author_deps or c.dep_ in ("det", "amod")
             or (c.dep_ == "prep" and c.lower_ in lexicon.author_preps) for t in c.subtree}
    content = [t for t in proposal.subtree if t.i != proposal.i and t.i not in aside]
    verb = proposal.head
    for c in verb.children:
        if c.dep_ in ("advcl", "xcomp") and c.left_edge.i == proposal.right_edge.i + 1 and c.left_edge.lower_ == "to":
            content += list(c.subtree)
    return content


def borrowed_target(analysis: Analysis, ev: Event, tok) -> bool:
    """Whether a criticism or investigation at a verb whose object names no party ('investigating
    the killings') has a target its own clause does not name (the clause of the verb it is the
    purpose of included: 'sent experts to X to investigate the deaths'): one filled in from the
    article's places or sentences, which the statement does not aim at."""
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    if not objects or actors_of(analysis, [t for o in objects for t in o.subtree]):
        return False
    top = tok
    while top.dep_ in ("xcomp", "advcl", "conj") and top.head.i != top.i and top.head.pos_ in ("VERB", "AUX"):
        top = top.head
    subjects = {t.i for c in top.children if c.dep_ in ("nsubj", "csubj") for t in c.subtree}
    phrase = [t for t in top.subtree if t.i not in subjects and t.i != tok.i]
    return not set(ev.target) & set(actors_of(analysis, phrase))


def named_acts(ex, lexicon: StatementLexicon, sent, analysis: Analysis, found: list, out: list) -> list[Event]:
    """'X called the sanctions theft', 'X called the embargo an act of war': naming an act told
    before with a word of blame accuses the act's doers (ACCUSE, CAMEO 111); the namer does not do
    the act, so an event the trigger stage read at the named word with the namer as doer is dropped."""
    new = []
    for verb in tokens_of(sent):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicon.naming_verbs:
            continue
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
        predicate = next((c for c in verb.children if c.dep_ == "oprd"), None)
        named = obj if predicate is not None else next(
            (c for c in (obj.children if obj is not None else []) if c.dep_ == "compound" and c.pos_ == "NOUN"), None)
        if named is None:
            continue
        words = list(predicate.subtree) if predicate is not None else [obj]
        if not any({t.lower_, t.lemma_.lower()} & (ex.lex.negative_words | lexicon.negative) for t in words):
            continue
        speaker = actors_of(analysis, subject_tokens(verb)[0])
        if not speaker:
            continue
        mine = set(speaker) | own_states(analysis, speaker)
        found[:] = [e for e in found if not (e.trigger_start == named.idx and set(e.source) <= mine)]
        target = doers_of_named(ex, lexicon, analysis, sent, named, mine)
        if target:
            new.append(statement_event(ex, analysis, sent, verb, TriggerSpec("ACCUSE", "disapprove", "111"),
                                       speaker, target[:1], confidence=0.35))
    return new


def doers_of_named(ex, lexicon: StatementLexicon, analysis: Analysis, sent, named, mine: set) -> list:
    """The doers, outside the namer's side, of the latest event told before of the kind the named
    word says ('the sanctions': the latest sanctions)."""
    lemma, side = named.lemma_.lower(), side_of(analysis, mine)
    told = previous_events(ex, lexicon, sent, lexicon.kind_window)
    for e in reversed(told):
        if triggered_by(analysis, e, lemma) or same_kind(lexicon, analysis, e, lemma):
            doers = [n for n in e.source if n not in side]
            if doers:
                return doers
    return []


def mutual_blames(ex, lexicon: StatementLexicon, sent, analysis: Analysis, found: list) -> list[Event]:
    """'with each side blaming the other', 'the two accused each other of breaking the truce': a
    reciprocal accusation names neither party, so its two are those of the latest two-party
    hostile act told before (an agreement or talks told in between is skipped: they are no
    quarrel). The accusation is the act's doer's of its target, when the sentence has none yet."""
    for verb in tokens_of(sent):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicon.mutual_blame_verbs:
            continue
        if not any(c.dep_ == "dobj" and c.lower_ in lexicon.mutual_objects for c in verb.children):
            continue
        if actors_of(analysis, [t for t in verb.subtree if t.i != verb.i]) or any(e.type == "ACCUSE" for e in found):
            continue
        pair = latest_quarrel(ex, lexicon, sent)
        if pair:
            return [statement_event(ex, analysis, sent, verb, TriggerSpec("ACCUSE", "allege", "112"), [pair[0]], [pair[1]])]
    return []


def latest_quarrel(ex, lexicon: StatementLexicon, sent) -> Optional[tuple]:
    """The doer and target of the latest hostile deed or threat with one of each told before, or
    None: a spokesman's words about a third party are no side of the quarrel."""
    for e in reversed(previous_events(ex, lexicon, sent, lexicon.window)):
        if e.type in lexicon.quarrel_types and len(e.source) == 1 and len(e.target) == 1 and e.source != e.target:
            return e.source[0], e.target[0]
    return None


def charges(ex, lexicon: StatementLexicon, sent, analysis: Analysis, found: list) -> list[Event]:
    """'X charged that Y had sent troops across the border', 'X alleged that Y's police tortured
    miners': a verb of charging whose clause tells another party's hostile act is an accusation
    of that party (ACCUSE, CAMEO 112), when the sentence has none by the speaker yet."""
    out = []
    for verb in tokens_of(sent):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicon.charging_verbs:
            continue
        speaker = actors_of(analysis, subject_tokens(verb)[0])
        if not speaker or any(e.type == "ACCUSE" and set(e.source) & set(speaker) for e in found + out):
            continue
        side = side_of(analysis, set(speaker) | own_states(analysis, speaker))
        for clause in (c for c in verb.children if c.dep_ == "ccomp"):
            doers = [n for n in actors_of(analysis, subject_tokens(clause)[0]) if n not in side]
            if doers and hostile(ex, lexicon, [clause]):
                out.append(statement_event(ex, analysis, sent, verb, TriggerSpec("ACCUSE", "allege", "112"),
                                           speaker, doers[:1]))
                break
    return out


def blames(ex, lexicon: StatementLexicon, sent, analysis: Analysis, found: list) -> list[Event]:
    """'X said Y was behind the attack', '... Y was responsible for the bombing', 'X held Y
    responsible for the raid': laying a hostile act at another party's door is an accusation
    (ACCUSE, CAMEO 112) by the speaker. 'Y was behind the talks' or 'responsible for its own
    security' blames nobody."""
    out = []
    for word in tokens_of(sent):
        if word.lower_ not in lexicon.blame_words:
            continue
        preps = [word] if word.pos_ == "ADP" else [c for c in word.children if c.dep_ == "prep" and c.lower_ == "for"]
        acts = [p for c in preps for p in c.children if p.dep_ == "pobj"]
        if not acts or not hostile(ex, lexicon, acts):
            continue
        blamed, verb = blamed_and_blamer(ex, lexicon, word)
        speaker = actors_of(analysis, subject_tokens(verb)[0]) if verb is not None else []
        if not speaker:
            continue
        side = side_of(analysis, set(speaker) | own_states(analysis, speaker))
        target = [n for n in actors_of(analysis, blamed) if n not in side]
        if target and not any(e.type == "ACCUSE" and set(e.source) & set(speaker) and set(e.target) & set(target)
                              for e in found + out):
            out.append(statement_event(ex, analysis, sent, verb, TriggerSpec("ACCUSE", "allege", "112"),
                                       speaker, target[:1]))
    return out


def blamed_and_blamer(ex, lexicon: StatementLexicon, word) -> tuple:
    """(the tokens naming whom a word of blame blames, the verb of the one who says it), or
    ([], None): the subject of 'was behind/responsible' reported by a speech verb, or the object of
    'held Y responsible'."""
    head = word.head
    if word.dep_ in ("prep", "acomp", "attr") and head.lemma_.lower() == "be" and head.dep_ == "ccomp" \
            and head.head.lemma_.lower() in ex.lex.assessment_verbs | ex.lex.speech_verbs:
        return [c for c in head.children if c.dep_ in SUBJECT_DEPS], head.head
    if head.lemma_.lower() in lexicon.blame_verbs:  # 'held Y responsible' read as a complement of 'held'
        return [c for c in word.children if c.dep_ in SUBJECT_DEPS] + [
            c for c in head.children if c.dep_ == "dobj" and c.i != word.i], head
    if word.dep_ == "amod" and head.dep_ == "dobj" and head.head.lemma_.lower() in lexicon.blame_verbs:
        return [head], head.head  # 'held Y responsible', the adjective hung on Y
    return [], None


def hostile(ex, lexicon: StatementLexicon, toks: list) -> bool:
    """Whether phrases name a hostile act: a trigger of a conflictual code or a word of blame
    ('the attack', 'the bombing of the pipeline', 'the atrocities')."""
    for t in (t for p in toks for t in p.subtree):
        if {t.lower_, t.lemma_.lower()} & (ex.lex.negative_words | lexicon.negative):
            return True
        trig = ex.match(t) if t.pos_ in ("NOUN", "VERB") else None
        if trig is not None and (ex.lex.goldstein_of(trig.spec.cameo) or 0) < 0:
            return True
    return False


def ruled_out_acts(ex, lexicon: StatementLexicon, sent, analysis: Analysis, triggers: dict,
                   found: list) -> list[Event]:
    """'X said that a new loan to Y was out of the question', '... that talks with Y
    were not an option': a reported clause saying an act will not be done is the speaker's refusal
    of it (REJECT, CAMEO 120), aimed at the act's party other than the speaker's side. The act
    itself is only mentioned, so the refusal is the sentence's main event."""
    out = []
    for verb in tokens_of(sent):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in ex.lex.assessment_verbs:
            continue
        speaker = actors_of(analysis, subject_tokens(verb)[0])
        if not speaker or any(set(e.source) & set(speaker) and e.type == "REJECT" for e in found + out):
            continue
        for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.lemma_.lower() == "be"):
            acts = [t for s in clause.children if s.dep_ in SUBJECT_DEPS + ("csubj",) for t in s.subtree]
            if not acts or not any(t.i in triggers for t in acts) or not ruled_out(lexicon, clause, acts):
                continue  # only an act can be ruled out ('the region is off the table' is no refusal)
            start, end = acts[0].idx, acts[-1].idx + len(acts[-1].text)
            told = [e for e in found if e.trigger_start is not None and start <= e.trigger_start < end]
            side = side_of(analysis, set(speaker) | own_states(analysis, speaker))
            target = [n for e in told for n in e.source + e.target if n not in side]
            target = target or [n for n in actors_of(analysis, [t for t in acts if t.pos_ in ("PROPN", "NOUN")])
                                if n not in side]
            if target:
                confidence = max([0.5] + [e.confidence + 0.05 for e in told])
                out.append(statement_event(ex, analysis, sent, verb, TriggerSpec("REJECT", None, "120"),
                                           speaker, list(dict.fromkeys(target))[:1], confidence=confidence))
                break
    return out


def ruled_out(lexicon: StatementLexicon, clause, acts: list) -> bool:
    """Whether a 'be' clause says of its subject that it will not be done ('was out of the
    question', 'is not an option', 'is off the table'), not turned round by a negation of its own
    ('is not out of the question')."""
    aside = {t.i for c in clause.children if c.dep_ in CLAUSE_DEPS for t in c.subtree}  # 'as that would ...'
    aside |= {t.i for t in acts}
    words = [t.lower_ for t in clause.subtree if t.i not in aside and t.dep_ not in ("mark", "punct")]
    said = " ".join(words)
    for phrase in lexicon.ruled_out:
        if phrase in said:
            negations = sum(w in lexicon.negators for w in words) - sum(w in lexicon.negators for w in phrase.split())
            return negations == 0
    return False


def rebuttals(ex, lexicon: StatementLexicon, sent, analysis: Analysis, found: list) -> list[Event]:
    """'X said the drone had been sent to spy; Ankara insisted it was a weather probe', 'the
    rebels tore up the truce; Rome replied that only elected leaders could sign one': a reply
    or insistence with a reported clause, by a side the last hostile act told before (in the
    sentence or the previous few) was aimed at, rejects that act (REJECT, toward its doer)."""
    out = []
    for tok in tokens_of(sent):
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in lexicon.rebuttal_verbs or not any(
                c.dep_ == "ccomp" for c in tok.children) or any(
                c.dep_ == "advcl" and c.lemma_.lower() in lexicon.question_verbs for c in tok.children):
            continue  # 'Asked whether ..., he replied': the answer to a question
        speaker = actors_of(analysis, subject_tokens(tok)[0])
        chain = own_clause_chain(tok, {t.i for c in tok.children if c.dep_ == "ccomp" for t in c.subtree})
        if not speaker or any(e.trigger_start in chain and set(e.source) & set(speaker) for e in found + out):
            continue
        side = set(speaker) | own_states(analysis, speaker)
        before = ex.events_just_before(sent)
        before += [e for e in found if (e.trigger_start or 0) < tok.idx]
        answered = next((e for e in reversed(before) if (e.goldstein or 0) < 0 and set(e.target) & side
                         and e.source and not set(e.source) & side), None)
        if answered is not None:
            out.append(statement_event(ex, analysis, sent, tok, TriggerSpec("REJECT", None, "120"), speaker,
                                       list(answered.source)))
    return out


# ---- reported judgements ---------------------------------------------------------------------

def judgements(ex, lexicon: StatementLexicon, sent, analysis: Analysis, triggers: dict, found: list) -> list[Event]:
    """'X said Y had been a success' / 'X wrote that Y had "nothing to feel proud of"': a SUPPORT
    or ACCUSE by the speaker when the reported content (its clause, or a direct quote in the
    sentence) holds evaluation words and no event trigger of its own. A quote going on in a
    sentence of its own ('"...," X said. "Y is a reliable partner."') is read the same way."""
    out = []
    speakers_done = set()  # one statement event per speaker and sentence
    for tok in tokens_of(sent):
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in ex.lex.assessment_verbs:
            continue
        speaker = actors_of(analysis, subject_tokens(tok)[0]) or [  # '"...," the statement said': the quote's
            q.speaker for q in analysis.quotes if q.kind == "direct" and q.speaker and q.cue_start == tok.idx][:1]
        content = reported_content(lexicon, tok)
        inside = {t.i for t in content}
        coordinated = coordinated_verbs(tok)
        acted = {n for e in found if e.trigger_start in own_clause_chain(tok, inside)
                 and e.trigger_start not in coordinated for n in e.source}
        if not speaker or set(speaker) & (speakers_done | acted):
            continue
        content += [t for q in analysis.quotes if q.kind == "direct" and q.speaker in speaker  # the speaker's own words
                    for t in quoted_tokens(sent, q) if t.i not in inside]
        ev = judgement(ex, lexicon, sent, analysis, triggers, found, tok, speaker, content)
        if ev is not None and any(e.trigger_start in coordinated and set(e.source) & set(speaker)
                                  and set(e.target) & set(ev.target) for e in found):
            continue  # 'condemned X and said it was a crime': one judgement of X, told by the act
        if ev is not None:
            out.append(ev)
            speakers_done |= set(speaker)
    for q in analysis.quotes:
        if q.kind != "direct" or not q.speaker or q.speaker in speakers_done or (
                q.cue_start is not None and sent.start_char <= q.cue_start < sent.end_char):
            continue
        if not q.start <= sent.start_char + 1 or q.end <= sent.start_char:
            continue  # only a sentence the quote goes on with, all of it quoted
        content = quoted_tokens(sent, q)
        if len(content) < 3:
            continue
        said = q if q.cue_start is not None else next(  # a quote going on: dated by where it began
            (p for p in reversed(analysis.quotes) if p.speaker == q.speaker and p.cue_start is not None
             and p.start < q.start), None)
        cue = analysis.doc.char_span(said.cue_start, said.cue_end, alignment_mode="expand") if said else None
        ev = judgement(ex, lexicon, sent, analysis, triggers, found, None, [q.speaker], content,
                       dated_by=cue[0] if cue else None)
        if ev is not None:
            out.append(ev)
            speakers_done.add(q.speaker)
    return out


def coordinated_verbs(verb) -> set:
    """Where the verbs a speech verb is coordinated with lie (character offsets): 'praised X and
    said that Y failed' tells two acts, the praise of X and the judgement of Y."""
    out, t = set(), verb
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
        out.add(t.idx)
    return out


def own_clause_chain(verb, content: set) -> set:
    """Where an act of the speaker's that makes their statement one already told lies (character
    offsets): the speech verb, the verbs it hangs from ('condemned X, saying ...') and what it
    reports (`content`, token indices), not a clause of another speaker or a word elsewhere in the
    sentence (an act misread in 'Caracas insisted the craft had strayed' is not Bogota's)."""
    return {verb.idx} | {a.idx for a in verb.ancestors} | {t.idx for t in verb.subtree if t.i in content}


def reported_content(lexicon: StatementLexicon, verb) -> list:
    """The tokens of what a speech verb reports (its clause or object), without a contrasting
    clause the parser hung inside it that has its own subject ('said the drone had gathered
    intelligence, while Lima insisted ...': Lima's words are not the speaker's)."""
    aside = {t.i for c in verb.subtree if c.dep_ == "advcl" and c.i != verb.i
             and any(m.dep_ == "mark" and m.lower_ in lexicon.contrast_marks for m in c.children)
             and any(m.dep_ in ("nsubj", "nsubjpass") for m in c.children) for t in c.subtree}
    return [t for c in verb.children if c.dep_ in ("ccomp", "dobj") for t in c.subtree if t.i not in aside]


def judgement(ex, lexicon: StatementLexicon, sent, analysis: Analysis, triggers: dict, found: list, verb,
              speaker: list, content: list, dated_by=None) -> Optional[Event]:
    """The SUPPORT or ACCUSE a speaker's reported or quoted `content` makes, or None. `verb`: the
    speech verb (None for a quote going on in a sentence of its own, which then must name whom it
    judges)."""
    if not content:
        return None
    negative, positive = polarity(ex, lexicon, content)
    if verb is None:  # a quote going on alone: only what it says its subject is ('Y is a reliable partner')
        negative, positive = {t for t in negative if said_to_be(t)}, {t for t in positive if said_to_be(t)}
    if negative and not positive:
        type_, mode, cameo = "ACCUSE", "disapprove", "111"
    elif positive and not negative:
        type_, mode, cameo = "SUPPORT", None, "051"
    else:
        return None
    judged = judged_subjects(lexicon, negative | positive, verb)
    named = {t.i for j in judged for t in j.subtree}
    words = {t.i for t in negative | positive if {t.lower_, t.lemma_.lower()} & (lexicon.negative | lexicon.positive)}
    words |= {t.i for t in negative | positive if said_to_be(t)}  # 'Y is a threat': what Y is, no threat made
    # 'spying': a word of the statement lexicon's judgements is no act told ('rejects' is one)
    # a control verb whose act is its to-infinitive ('had failed to "X" the region') tells no act of its own
    if any(t.i in triggers and t.i not in named and t.i not in words and not ex.bare_control(triggers[t.i])
           for t in content):
        return None  # the content tells an event of its own; an event word inside what is judged is what is judged
    mine = set(speaker) | own_states(analysis, speaker)  # 'interference in the affairs of Chile' by Chile's leader
    judged_names = judged_actors(analysis, lexicon, judged, speaker, sent)
    referred = [] if judged_names else [n for t in judged for n in
                                        referred_parties(ex, lexicon, analysis, sent, t, found, mine)]
    if judged and not judged_names and not referred:  # 'the coup in Y was illegitimate': the act's party
        referred = judged_act_parties(analysis, judged, triggers, found, mine)
    if judged and not judged_names and not referred:
        return None  # 'they managed to achieve good results': about someone the text does not name here
    if verb is None and not judged_names:
        return None  # a quote going on alone must say whom it judges ('Y is a reliable partner')
    about = judged_names or referred or actors_of(analysis, all_subjects(content))  # 'it was troubled by Y's ...'
    if of_own_side(analysis, speaker, about):
        return None  # 'Chile and Peru grow ever closer', says a Chilean minister: no judgement of another
    target = [n for n in judged_names if n not in mine][:1]
    if not target:
        starts = {t.idx for t in content}
        target = [n for n in nearest_actors(analysis, sent, content[0], mine)
                  if any(m.start in starts for a in analysis.actors if a.name == n for m in a.mentions)][:1]
    if not target:
        target = referred
    if not target and type_ == "ACCUSE":
        target = attackers(ex, lexicon, analysis, sent, negative, speaker)
    if not target and verb is not None:
        aside = ex.bystanders(verb, sent, analysis)  # 'wrote on Telegram' is no target
        target = nearest_actors(analysis, sent, verb, mine | aside["media"] | aside["reporters"]
                                | ex.speaker_phrase(verb, analysis))[:1]
    if not target and not (ex.keep_bare and verb is not None):
        return None  # an assessment of nobody in particular is an opinion, not an event
    tok = verb if verb is not None else min(negative | positive, key=lambda t: t.i)
    return statement_event(ex, analysis, sent, tok, TriggerSpec(type_, mode, cameo), speaker, target,
                           dated_by=dated_by)


def judged_act_parties(analysis: Analysis, judged: list, triggers: dict, found: list, mine: set) -> list:
    """The parties of an act the judged phrase tells ('the coup in Y was illegitimate', 'concerned
    about reports of Y's arms deliveries'): the doer of the event told at it, else the first party
    its phrase names; the speaker's side left out."""
    acts = [t for j in judged for t in j.subtree if t.i in triggers]
    starts = {t.idx for t in acts}
    told = [e for e in found if e.trigger_start in starts]
    cities = {a.name for a in analysis.actors if a.type == "GPE" and not is_country_actor(a)}
    parties = [n for e in told for n in e.source + e.target if n not in mine and n not in cities]
    if not parties:  # a city named with the act is where it happened, not a party ('the talks in X')
        parties = [n for n in actors_of(analysis, [t for a in acts for t in a.subtree if t.pos_ in ("PROPN", "ADJ")])
                   if n not in mine and n not in cities]
    return parties[:1]


_QUOTED: list = [None, {}]  # the doc quoted_tokens last read, and its (start, end) -> tokens


def quoted_tokens(sent, quote) -> list:
    """The tokens of a sentence inside a quote (none when the quote lies elsewhere), a fresh list
    each time; found once per doc and stretch of characters (each rule on quotes asks again)."""
    start, end = max(quote.start, sent.start_char), min(quote.end, sent.end_char)
    if start >= end:
        return []
    doc = sent.doc
    if _QUOTED[0] is not doc:
        _QUOTED[0], _QUOTED[1] = doc, {}
    found = _QUOTED[1]
    if (start, end) not in found:
        span = doc.char_span(start, end, alignment_mode="expand")
        found[start, end] = [t for t in tokens_of(span) if start <= t.idx < end] if span is not None else []
    return list(found[start, end])


def polarity(ex, lexicon: StatementLexicon, content: list) -> tuple[set, set]:
    """The negative and the positive evaluation words of a content, read with their negation: a
    negated praise ('nothing to feel proud of', 'not a reliable partner') is a criticism, a negated
    criticism ('aggression does not pay' aside, 'not a mistake') counts for neither."""
    negative, positive = set(), set()
    for t in content:
        words = {t.lower_, t.lemma_.lower()}
        if words & (lexicon.felt_negative | lexicon.felt_positive):
            if felt_about(t) and not negated(lexicon, t, content):
                (negative if words & lexicon.felt_negative else positive).add(t)
            continue  # 'we are worried' alone judges nobody
        is_negative = bool(words & ex.lex.negative_words or words & lexicon.negative)
        is_positive = bool(words & ex.lex.positive_words or words & lexicon.positive)
        if not (is_negative or is_positive):
            continue  # no evaluation word (asked first: the checks below walk the tree)
        if causal_thanks(t):
            continue  # 'thanks to its allies, X failed': a cause told, no one thanked
        if former_state(lexicon, t):
            continue  # 'turned from a hostile rival into a partner': what it was, no judgement now
        if t.lower_ in lexicon.negators:
            if t.lower_ in lexicon.negators and is_negative and not any(c.dep_ in ("acl", "relcl") for c in t.children):
                negative.add(t)  # 'achieved nothing'; 'nothing to fear' says no more than its clause
            continue
        if negated(lexicon, t, content):
            if is_positive:
                negative.add(t)
            continue
        (negative if is_negative else positive).add(t)
    return negative, positive


def former_state(lexicon: StatementLexicon, tok) -> bool:
    """Whether a word lies in the 'from' phrase of a verb of changing ('has turned from a hostile
    rival into a partner', 'was transformed from an aggressor'): the state left behind."""
    t = tok
    while t.head.i != t.i and t.pos_ not in ("VERB", "AUX"):
        if t.dep_ == "prep" and t.lower_ == "from" and t.head.lemma_.lower() in lexicon.change_verbs:
            return True
        t = t.head
    return False


def causal_thanks(tok) -> bool:
    """Whether 'thanks' is the connective 'thanks to' (because of), not an expression of thanks."""
    return tok.lower_ == "thanks" and tok.dep_ in ("npadvmod", "advmod", "prep") and any(
        c.dep_ == "prep" and c.lower_ == "to" for c in tok.children)


def negated(lexicon: StatementLexicon, tok, content: list) -> bool:
    """Whether a word is under a negation within the content: a negator on it or on a head above
    it, up to the clause it is said of (a subject is not negated by its verb's 'not')."""
    inside = {t.i for t in content}
    t = tok
    while True:
        if t.i != tok.i and t.lower_ in lexicon.negators and not additive(t):
            return True
        if any((c.dep_ == "neg" and not additive(c)) or (c.dep_ == "det" and c.lower_ in lexicon.negators)
               for c in t.children):
            return True
        if t.dep_ in SUBJECT_DEPS or t.head.i == t.i or t.head.i not in inside:
            return False
        t = t.head


def additive(neg) -> bool:
    """Whether a 'not' opens 'not only ... but (also)': it adds, it does not deny ('Y is not only
    our good neighbour but our ally')."""
    nxt = neg.doc[neg.i + 1] if neg.i + 1 < len(neg.doc) else None
    return any(c.lower_ == "only" for c in neg.children) or (nxt is not None and nxt.lower_ == "only")


def said_to_be(tok) -> bool:
    """Whether a word is what its clause says its subject is ('Y is a terrorist state', 'Y was
    wrong'): the first verb above it is a copula."""
    h = tok
    while h.head.i != h.i and h.pos_ not in ("VERB", "AUX"):
        h = h.head
    return h.lemma_.lower() in ("be", "become", "remain") and h.i != tok.i


def felt_about(tok) -> list:
    """What a word of feeling is about: the objects of its prepositions, its object, or the
    subject of its clause ('concerned by the drills', 'grateful to Japan', 'worried that X might')."""
    out = [p for c in tok.children if c.dep_ in ("prep", "agent") for p in c.children if p.dep_ == "pobj"]
    out += [c for c in tok.children if c.dep_ == "dobj"]
    out += [s for c in tok.children if c.dep_ == "ccomp" for s in c.children if s.dep_ in SUBJECT_DEPS]
    return out


def judged_subjects(lexicon: StatementLexicon, words: set, verb) -> list:
    """The subjects of the clauses that hold the evaluation words, below the speech verb ('X was a
    reliable partner': X; 'we show that he failed': he; 'Chile and Peru "grow ever
    closer"', quoted as a fragment: Chile and Peru): whom the judgement is about."""
    out = []
    for w in sorted(words, key=lambda t: t.i):
        if {w.lower_, w.lemma_.lower()} & (lexicon.felt_negative | lexicon.felt_positive):
            out += [t for t in felt_about(w) if t not in out]  # the speaker's feeling: about its complement
            continue
        h = w
        while verb is None or h.i != verb.i:
            if h.pos_ in ("VERB", "AUX"):
                if w.dep_ in SUBJECT_DEPS and w.head.i == h.i:
                    break  # the evaluation word is itself the subject ('aggression does not pay')
                subj = [c for c in h.children if c.dep_ in SUBJECT_DEPS] or subject_tokens(h)[0]
                subj = [s for s in subj if w not in s.subtree and (verb is None or s.head.i != verb.i)
                        and s.lower_ not in lexicon.negators]
                subj = [d for s in subj for d in (clause_doers(s) or [s])]  # 'what X has done is ...': X
                if subj:
                    out += [s for s in subj if s not in out]
                    break
            if h.head.i == h.i:
                break
            h = h.head
    return out


def clause_doers(tok) -> list:
    """The doers of a clause that is itself a subject ('what the army has done is unjustified':
    the army); [] for a word that is no clause."""
    if tok.pos_ not in ("VERB", "AUX") or tok.dep_ not in ("csubj", "csubjpass"):
        return []
    return [c for c in tok.children if c.dep_ in SUBJECT_DEPS]


def all_subjects(content: list) -> list:
    """Every subject in the content, coordinated ones included."""
    subjects = [t for t in content if t.dep_ in SUBJECT_DEPS]
    return subjects + [c for t in subjects for c in t.conjuncts]


def judged_actors(analysis: Analysis, lexicon: StatementLexicon, toks: list, speaker: list, sent) -> list:
    """The actors the judged subjects name. A third-person pronoun inside the speaker's own
    direct quote never names the speaker ('"he failed," the chief said'): it names the person
    last mentioned before the quote other than the speaker, if any."""
    names = []
    for t in toks:
        if t.lemma_.lower() in lexicon.relations or t.lower_ in lexicon.relations:
            side = side_of(analysis, set(speaker) | own_states(analysis, speaker))
            parties = [p for c in t.children if c.dep_ == "prep" and c.lower_ in ("with", "between")
                       for p in c.children if p.dep_ == "pobj"]
            names += [n for n in actors_of(analysis, parties) if n not in side and n not in names]
            continue  # 'our relations with X': a judgement of X
        if t.lower_ in lexicon.first_person and in_direct_quote(analysis, t):
            names += [n for n in speaker if n not in names]  # 'we' in the speaker's words: the speaker's side
            continue
        found = actors_of(analysis, [t])
        if t.lower_ in lexicon.third_person and set(found) & set(speaker) and in_direct_quote(analysis, t):
            found = previous_person(analysis, lexicon, t, speaker, sent)
        names += [n for n in found if n not in names]
    return names


def in_direct_quote(analysis: Analysis, tok) -> bool:
    return any(q.kind == "direct" and q.start <= tok.idx < q.end for q in analysis.quotes)


def previous_person(analysis: Analysis, lexicon: StatementLexicon, tok, speaker: list, sent) -> list:
    """The person named last before a sentence (within the referring-back window), other than the
    speaker: whom 'he' in the speaker's quote stands for."""
    start = window_start(lexicon, sent)
    best = None
    for a in analysis.actors:
        if a.type != "PERSON" or a.name in speaker:
            continue
        for m in a.mentions:
            if m.kind != "pronoun" and start <= m.start < sent.start_char and (best is None or m.start > best[0]):
                best = (m.start, a.name)
    return [best[1]] if best else []


def of_own_side(analysis: Analysis, speaker: list, names: list) -> bool:
    """Whether the actors a judgement is about are the speaker's own side: the speaker, the
    speaker's state, or another person of that state."""
    countries = {a.country for a in analysis.actors if a.name in speaker and a.country}
    own = set(speaker) | {a.name for a in analysis.actors if a.country in countries
                          and (a.type in ("GPE", "PERSON"))}
    return bool(set(names) & own)


def attackers(ex, lexicon: StatementLexicon, analysis: Analysis, sent, words: set, speaker: list) -> list:
    """'The invader keeps shelling our harbour on purpose', said by one side of a war: the doer of the
    latest attack the article told on the speaker's side (or by anyone not on it)."""
    if not any(t.lower_ in lexicon.adversaries for t in words):
        return []
    own = set(speaker) | own_states(analysis, speaker) | same_country(analysis, speaker)
    attacks = [e for e in getattr(ex, "_previous", []) if e.type in lexicon.attack_types
               and e.source and not set(e.source) & own and e.evidence_start < sent.start_char]
    on_us = [e for e in attacks if set(e.target) & own]
    latest = (on_us or attacks)[-1:] if (on_us or attacks) else []
    return [n for e in latest for n in e.source][:1]


# ---- judgements of an act told before ----------------------------------------------------------

def judged_acts(ex, lexicon: StatementLexicon, sent, analysis: Analysis, triggers: dict, found: list) -> list[Event]:
    """'X welcomed the plan', 'X called the revolt treason', 'X regretted the decision': a verb
    of praise or blame whose object names no party (the trigger stage keeps no event for it)
    judges the act that object refers back to, and so that act's parties."""
    out = []
    for trig in triggers.values():
        tok = trig.tok
        if trig.nominal or trig.spec.type not in ex.lex.addressed_types or tok.pos_ != "VERB":
            continue
        if any(e.trigger_start is not None and e.trigger_start <= tok.idx < (e.trigger_end or 0) for e in found):
            continue  # the trigger stage made its event
        if tok.dep_ not in ("ROOT", "conj", "ccomp") or any(c.dep_ == "neg" for c in tok.children):
            continue  # 'pledged to welcome', 'did not welcome': no judgement made
        speaker = actors_of(analysis, subject_tokens(tok)[0])
        if not speaker:
            continue
        mine = set(speaker) | own_states(analysis, speaker)
        objects = [c for c in tok.children if c.dep_ == "dobj"]
        objects += [c for o in objects for c in o.children if c.dep_ in ("poss", "compound")]
        objects += [p for h in [tok] + objects for c in h.children  # 'expressed concern over the attack'
                    if c.dep_ == "prep" and c.lower_ in lexicon.about_preps for p in c.children if p.dep_ == "pobj"]
        if actors_of(analysis, objects):
            continue  # a named party: the trigger stage's business
        target = []
        for o in objects:
            target += [n for n in referred_parties(ex, lexicon, analysis, sent, o, found, mine,
                                                   blamed=trig.spec.type == "ACCUSE") if n not in target]
        if target:
            out.append(statement_event(ex, analysis, sent, tok, trig.spec, speaker, target, confidence=0.35))
    return out


def referred_parties(ex, lexicon: StatementLexicon, analysis: Analysis, sent, tok, found: list, mine: set,
                     blamed: bool = False) -> list:
    """The parties of the act a word refers back to, the speaker's side left out: a pronoun or a
    general noun of acts ('it', 'the decision') refers to the last act told in the sentences just
    before; a noun that repeats an earlier event's word ('the plan', 'these sanctions') to that
    event."""
    word, lemma = tok.lower_, tok.lemma_.lower()
    determined = any(c.dep_ == "det" and c.lower_ in lexicon.back_determiners for c in tok.children)
    if tok.dep_ in SUBJECT_DEPS and tok.head.dep_ == "relcl":
        return []  # a relative pronoun names its antecedent, not an act
    if tok.pos_ == "PRON" or (tok.pos_ == "DET" and tok.dep_ in SUBJECT_DEPS + ("dobj",)):
        general, window = word in lexicon.back_pronouns, 1
    else:
        general = determined and (lemma in lexicon.back_nouns or word in lexicon.back_nouns)
        window = lexicon.window if general else lexicon.repeat_window
    if not general and not (determined and tok.pos_ == "NOUN"):
        return []
    here = [e for e in found if (e.trigger_start or 0) < tok.idx]
    side = side_of(analysis, mine)
    if tok.pos_ in ("PRON", "DET"):  # 'it', 'this': what the sentence before told, said or done
        earlier = here + previous_events(ex, lexicon, sent, window)
        if not earlier:  # further back, only an act aimed at the speaker's side: 'it was wrong', in reply
            earlier = [e for e in previous_events(ex, lexicon, sent, lexicon.window) if set(e.target) & side]
        elif not any(set(e.source + e.target) - side for e in earlier):
            # 'A and B signed an accord. X chaired the session. "This is a victory," X said': the
            # speaker's own act told in between is not what they judge; the act before it is
            earlier = previous_events(ex, lexicon, sent, lexicon.window) + here
    elif general:  # 'the move', 'the outcome': an act, not a praise or a criticism
        earlier = here + previous_events(ex, lexicon, sent, window)
        earlier = [e for e in earlier if not spoken(ex, analysis, e) and e.type not in ex.lex.addressed_types]
    else:  # an event of that kind told recently, else the same word in a recent sentence with an event
        recent = previous_events(ex, lexicon, sent, window) + here
        told = previous_events(ex, lexicon, sent, lexicon.kind_window) + here  # 'the agreement' of the lead
        earlier = [e for e in told if triggered_by(analysis, e, lemma) or same_kind(lexicon, analysis, e, lemma)] \
            or [e for e in recent if repeats_word(e, word, lemma)]
    earlier = [e for e in reversed(earlier) if set(e.source + e.target) - side]  # the latest first
    if not earlier:
        return []
    event = earlier[0]
    if not general and tok.pos_ == "NOUN":  # of that sentence's events, the one told next to the word
        latest = [e for e in earlier if e.evidence_start == event.evidence_start]
        event = min(latest, key=lambda e: distance_to_word(e, word, lemma))
    if set(event.source) & side and event.type in lexicon.concession_types:
        return []  # 'we had to give up the district; this is no victory': the speaker's own loss judged
    doers = [n for n in event.source if n not in side]
    if blamed and doers and event.type in lexicon.attack_types:
        return doers  # 'condemned the detentions': blamed on who detained, not on the detained
    return [n for n in event.source + event.target if n not in side]


def distance_to_word(event: Event, word: str, lemma: str) -> int:
    """How far an event's trigger is from the word in its sentence ('a plan X unveiled, funded by
    Y': the plan is X's, told next to it)."""
    text = event.evidence.lower()
    at = [m.start() for w in (word, lemma) for m in re.finditer(r"\b" + re.escape(w) + r"\b", text)]
    if not at or event.trigger_start is None:
        return 1 << 30
    return min(abs(event.evidence_start + a - event.trigger_start) for a in at)


def side_of(analysis: Analysis, names: set) -> set:
    """The actors and their side: the states they belong to and the people of those states."""
    countries = {a.country for a in analysis.actors if a.name in names and a.country}
    return set(names) | {a.name for a in analysis.actors if a.country in countries and a.type in ("GPE", "PERSON")}


def spoken(ex, analysis: Analysis, event: Event) -> bool:
    """Whether an event is a statement (its trigger a speech verb, or words inside a direct quote):
    'the decision', 'the move' refer to an act, not to what someone said."""
    if event.trigger_start is None:
        return False
    span = analysis.doc.char_span(event.trigger_start, event.trigger_end or event.trigger_start + 1,
                                  alignment_mode="expand")
    if not span:
        return False
    return in_direct_quote(analysis, span[0]) or span[0].lemma_.lower() in ex.lex.assessment_verbs | ex.lex.speech_verbs


def triggered_by(analysis: Analysis, event: Event, lemma: str) -> bool:
    """Whether an event's trigger has the word's lemma ('the attack' for 'Russia attacked X')."""
    if event.trigger_start is None:
        return False
    span = analysis.doc.char_span(event.trigger_start, event.trigger_end or event.trigger_start + 1,
                                  alignment_mode="expand")
    return bool(span) and any(t.lemma_.lower() == lemma for t in span)


def same_kind(lexicon: StatementLexicon, analysis: Analysis, event: Event, lemma: str) -> bool:
    """Whether an event's trigger has a word of the noun's kind ('the deal' for 'signed an
    accord') or the verb the noun derives from ('the deployment' for 'deployed')."""
    groups, verb = lexicon.kinds.get(lemma), verb_of_noun(lexicon, lemma)
    if event.trigger_start is None or (not groups and verb == lemma):
        return False
    span = analysis.doc.char_span(event.trigger_start, event.trigger_end or event.trigger_start + 1,
                                  alignment_mode="expand")
    return bool(span) and any(t.lemma_.lower() == verb or lexicon.kinds.get(t.lemma_.lower(), frozenset())
                              & (groups or frozenset()) for t in span)


def verb_of_noun(lexicon: StatementLexicon, lemma: str) -> str:
    """The verb an event noun derives from: listed ('seizure' -> 'seize'), or by its '-ment'
    ('deployment' -> 'deploy'); else the word itself."""
    if lemma in lexicon.derived:
        return lexicon.derived[lemma]
    return lemma[:-4] if lemma.endswith("ment") and len(lemma) > 7 else lemma


def repeats_word(event: Event, word: str, lemma: str) -> bool:
    """Whether an event's sentence uses the word ('a plan X unveiled' for 'the plan')."""
    words = {w.strip('.,;:"“”()').lower() for w in event.evidence.split()}
    return word in words or lemma in words or lemma + "s" in words


def previous_events(ex, lexicon: StatementLexicon, sent, window: Optional[int] = None) -> list[Event]:
    """The events told in the `window` sentences before this one (all before it without a window),
    oldest first (the extractor's events so far)."""
    start = window_start(lexicon, sent, window) if window is not None else 0
    return [e for e in getattr(ex, "_previous", []) if start <= e.evidence_start < sent.start_char]


def window_start(lexicon: StatementLexicon, sent, window: Optional[int] = None) -> int:
    """Where the sentences a reference may reach back to begin."""
    window = lexicon.window if window is None else window
    doc, start = sent.doc, sent.start
    while window > 0 and start > 0:
        before = doc[start - 1].sent
        start = before.start
        window -= any(t.is_alpha for t in before)  # a stray closing quote mark is no sentence
    return doc[start].idx


# ---- acts stated in the speaker's own words ---------------------------------------------------

def stated_acts(ex, lexicon: StatementLexicon, sent, analysis: Analysis, found: list,
                answering: Optional[dict] = None) -> list[Event]:
    """'"We reject these sanctions," X said', '"We are compelled to respond in kind"', '"We
    expect Y to respond"': inside a direct quote (where the trigger stage reads nothing), an act of
    the statement types whose doer is the speaker's own side is the speaker's act; its target is
    the party its object names or refers back to. `answering` (speaker -> parties the speaker
    blamed in this sentence): the second reading, of the acts that named no party, aimed at whom
    the speaker blamed ('it regrets the move and would be "forced to take countermeasures"')."""
    out = []
    quotes = [q for q in analysis.quotes if q.kind == "direct" and q.speaker
              and q.start < sent.end_char and sent.start_char < q.end]
    if answering is not None:
        quotes = [q for q in quotes if q.speaker in answering]
    done = {e.type for e in found}
    for q in quotes:
        speaker = [q.speaker]
        mine = set(speaker) | own_states(analysis, speaker) | same_country(analysis, speaker)
        for tok in quoted_tokens(sent, q):
            spec = stated_act(ex, lexicon, tok)
            if spec is None or spec.type in done or any(c.dep_ == "neg" for c in tok.children):
                continue
            if spec.type in ex.lex.addressed_types and not performed(ex, tok):
                continue  # 'the one thing we can thank X for': no thanks given
            if spec.object_control and not others_to_act(lexicon, tok):
                continue  # 'we expect to sign': the speaker's own plan, no demand
            doers = act_doers(tok)
            if not doers or not all(d.lower_ in lexicon.first_person or set(actors_of(analysis, [d])) & mine
                                    or speaker_pronoun(ex, lexicon, analysis, d, speaker) for d in doers):
                continue  # not the speaker's side acting
            # a body of the speaker's own country may be asked ('I ask Congress to approve the aid')
            aimed = set(speaker) | own_states(analysis, speaker)
            target = act_target(ex, lexicon, analysis, sent, tok, found + out, aimed)
            if not target and answering is not None and spec.type == "THREATEN":
                target = answering[q.speaker]
            if not target:
                continue
            cue = None if q.cue_start is None else analysis.doc.char_span(q.cue_start, q.cue_end,
                                                                            alignment_mode="expand")
            out.append(statement_event(ex, analysis, sent, tok, spec, speaker, target,
                                       dated_by=cue[0] if cue else None))
            done.add(spec.type)
        if answering is not None:
            continue
        if "REQUEST" not in done:
            out += quoted_demands(ex, analysis, sent, q, mine)
            done |= {e.type for e in out}
        if "REJECT" not in done:
            out += quoted_refusals(ex, lexicon, analysis, sent, q, mine, found + out)
            done |= {e.type for e in out}
        if "THREATEN" not in done:
            out += conditional_threats(ex, lexicon, analysis, sent, q, mine)
            done |= {e.type for e in out}
        if "THREATEN" not in done:
            out += announced_force(ex, lexicon, analysis, sent, q, mine, found + out)
            done |= {e.type for e in out}
    return out


def act_doers(tok) -> list:
    """Who does an act a quote states: the subjects of its verb (and their conjuncts); for a noun
    of an act, those of the verb that has it as object ('forced to take countermeasures')."""
    verb = tok.head if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.pos_ == "VERB" else tok
    subjects = subject_tokens(verb)[0]
    return [c for d in subjects for c in d.conjuncts] + subjects


def speaker_pronoun(ex, lexicon: StatementLexicon, analysis: Analysis, tok, speaker: list) -> bool:
    """Whether a pronoun outside the quote names the speaker: the subject of what the speaker's
    own speech verb reports ('the ministry said it would be "forced to ..."')."""
    if tok.pos_ != "PRON" or tok.lower_ not in lexicon.reported_self or in_direct_quote(analysis, tok):
        return False
    return any(a.pos_ == "VERB" and a.lemma_.lower() in ex.lex.speech_verbs
               and set(actors_of(analysis, subject_tokens(a)[0])) & set(speaker) for a in tok.ancestors)


def blamed_by_speakers(events: list) -> dict:
    """Speaker -> the parties their judgements in a sentence blame (ACCUSE events of `events`)."""
    out: dict = {}
    for e in events:
        if e.type == "ACCUSE" and e.target:
            for s in e.source:
                out.setdefault(s, list(e.target))
    return out


def conditional_threats(ex, lexicon: StatementLexicon, analysis: Analysis, sent, quote, mine: set) -> list[Event]:
    """'"If Y closes the border, we will respond with sanctions," X said': in the speaker's own
    words, a hostile act (or a response) the speaker's side will do if or unless another named party
    acts is a threat to that party (THREATEN, the intent code of the act's type: 'sanctions' 1312,
    a bare response 130). One per quote and sentence; 'if Y agrees, we will sign' threatens nobody."""
    speaker = [quote.speaker]
    for tok in quoted_tokens(sent, quote):
        threat = threat_on_condition(ex, lexicon, analysis, tok, mine, first_person=True)
        if threat is not None:
            cue = None if quote.cue_start is None else analysis.doc.char_span(quote.cue_start, quote.cue_end,
                                                                            alignment_mode="expand")
            return [statement_event(ex, analysis, sent, tok, TriggerSpec("THREATEN", None, threat[0]), speaker,
                                    threat[1], dated_by=cue[0] if cue else None)]
    return []


def reported_responses(ex, lexicon: StatementLexicon, sent, analysis: Analysis, found: list) -> list[Event]:
    """'X said its country would respond firmly to any provocation by Y', '... would respond if Y's
    troops crossed the border': a response the speaker's side will make to another named party's
    act, reported by the speaker, is the speaker's threat to that party (THREATEN 130), when the
    sentence tells no threat of the speaker's already."""
    out = []
    reporting = ex.lex.assessment_verbs | ex.lex.speech_verbs
    for verb in tokens_of(sent):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in reporting:
            continue
        speaker = actors_of(analysis, subject_tokens(verb)[0])
        if not speaker or any(e.type == "THREATEN" and set(e.source) & set(speaker) for e in found + out):
            continue
        mine = set(speaker) | own_states(analysis, speaker) | same_country(analysis, speaker)
        for clause in (c for c in verb.children if c.dep_ == "ccomp"):
            threat = threat_on_condition(ex, lexicon, analysis, clause, mine, first_person=False, responses_only=True)
            if threat is not None:
                out.append(statement_event(ex, analysis, sent, clause, TriggerSpec("THREATEN", None, threat[0]),
                                           speaker, threat[1]))
                break
    return out


def threat_on_condition(ex, lexicon: StatementLexicon, analysis: Analysis, tok, mine: set, first_person: bool,
                        responses_only: bool = False) -> Optional[tuple]:
    """(CAMEO code, [party]) when `tok` is an act the speaker's side will do (a modal of the future)
    in answer to another named party: on an 'if'/'unless' condition that party is the subject of,
    or, for a verb of responding, 'to' a hostile act of that party ('respond to any provocation by
    Y', not 'respond to Y's letter');
    else None. `first_person`: the speaker's own words, where 'we' is the speaker's side."""
    if tok.pos_ != "VERB" or not any(c.dep_ == "aux" and ex.lex.modal_status.get(c.lower_) == "planned"
                                     for c in tok.children):
        return None
    doers = subject_tokens(tok)[0]
    if not doers or not all((first_person and d.lower_ in lexicon.first_person)
                            or set(actors_of(analysis, [d])) & mine for d in doers):
        return None
    conditions = [c for c in tok.children if c.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ in lexicon.condition_marks for m in c.children)]
    parties = [n for n in actors_of(analysis, [s for c in conditions for s in c.children if s.dep_ in SUBJECT_DEPS])
               if n not in mine]
    answered = [t for c in tok.children if c.dep_ == "prep" and c.lower_ == "to" for t in c.subtree]
    if tok.lemma_.lower() in lexicon.response_verbs and answered and hostile(ex, lexicon, answered[:1]):
        parties += [n for n in actors_of(analysis, [t for t in answered if t.pos_ in ("PROPN", "NOUN", "ADJ")])
                    if n not in mine]
    if not parties:
        return None
    aside = {t.i for c in conditions for t in c.subtree} | {t.i for t in answered}
    code = None if responses_only else threatened_code(ex, lexicon, tok, aside)
    if code is None and tok.lemma_.lower() in lexicon.response_verbs and hostile(ex, lexicon, conditions + answered[:1]):
        code = "130"  # a response to a hostile act ('will respond if Y attacks'), not 'if Y agrees'
    return (code, parties[:1]) if code is not None else None


def threatened_code(ex, lexicon: StatementLexicon, verb, aside: set) -> Optional[str]:
    """The CAMEO code of the threat a conditional main clause makes: the intent code of the first
    hostile act it names ('we will impose sanctions': 1312); None for a clause with no hostile act."""
    for t in verb.subtree:
        if t.i in aside or t.pos_ not in ("VERB", "NOUN"):
            continue
        trig = ex.match(t)
        if trig is not None and (ex.lex.goldstein_of(trig.spec.cameo) or 0) < 0:
            return ex.lex.threat_codes.get(trig.spec.type, "130")
    return None


def quoted_refusals(ex, lexicon: StatementLexicon, analysis: Analysis, sent, quote, mine: set,
                    found: list) -> list[Event]:
    """'"We will never negotiate with the junta," X said', '"We will not accept their troops"': in
    the speaker's own words, a cooperative act the speaker's side says it will not do is a
    refusal (REJECT, the CAMEO rejection code of the act's type: not meeting 125), as 'X said it
    would not negotiate' is told outside quotes. One per quote and sentence."""
    return quoted_own_act(
        ex, lexicon, analysis, sent, quote, mine, found,
        said=lambda tok: any(c.dep_ == "neg" for c in tok.children) and ex.refusal(tok),
        types=ex.lex.negated_cameo, event_type="REJECT", code_of=lambda t: ex.lex.negated_cameo[t])


def announced_force(ex, lexicon: StatementLexicon, analysis: Analysis, sent, quote, mine: set,
                    found: list) -> list[Event]:
    """'"We will impose sanctions on Y," X said', '"We are ready to expel their ambassador"', '"We
    will not hesitate to strike"': in the speaker's own words, a coercive act, force or protest
    their side announces for the future is a threat (THREATEN, the act type's threat code), as
    'X said it would impose sanctions on Y' is told outside quotes. One per quote and sentence."""
    return quoted_own_act(
        ex, lexicon, analysis, sent, quote, mine, found,
        said=lambda tok: not any(c.dep_ == "neg" for c in tok.children) and announced(ex, lexicon, tok),
        types=ex.lex.announced_conflict, event_type="THREATEN",
        code_of=lambda t: ex.lex.threat_codes.get(t, "130"))


def quoted_own_act(ex, lexicon: StatementLexicon, analysis: Analysis, sent, quote, mine: set, found: list,
                   said, types, event_type: str, code_of) -> list[Event]:
    """The first verb of a quote that `said` accepts, triggering an act of one of `types` whose
    doer is the speaker's own side, as the speaker's `event_type` event coded `code_of(act type)`
    and aimed at the act's other party; [] when there is none."""
    speaker = [quote.speaker]
    aimed = set(speaker) | own_states(analysis, speaker)
    for tok in quoted_tokens(sent, quote):
        if tok.pos_ != "VERB" or not said(tok):
            continue
        trig = ex.match(tok)
        if trig is None or trig.spec.type not in types:
            continue
        doers = subject_tokens(tok)[0]
        if not doers or not all(d.lower_ in lexicon.first_person or set(actors_of(analysis, [d])) & mine for d in doers):
            continue  # not the speaker's side acting
        target = act_target(ex, lexicon, analysis, sent, tok, found, aimed)
        if target:
            cue = None if quote.cue_start is None else analysis.doc.char_span(quote.cue_start, quote.cue_end,
                                                                            alignment_mode="expand")
            spec = TriggerSpec(event_type, None, code_of(trig.spec.type))
            return [statement_event(ex, analysis, sent, tok, spec, speaker, target, dated_by=cue[0] if cue else None)]
    return []


def announced(ex, lexicon: StatementLexicon, tok) -> bool:
    """Whether an act is announced for the future: with a modal of the future ('will impose'), or
    the to-infinitive of a word of intent ('ready to expel') or of a negated word of holding back
    ('will not hesitate to strike')."""
    if any(c.dep_ == "aux" and ex.lex.modal_status.get(c.lower_) == "planned" for c in tok.children):
        return True
    head = tok.head
    if tok.dep_ != "xcomp" or head.i == tok.i:
        return False
    if head.lemma_.lower() in ex.lex.intent_words:
        return True
    return head.lemma_.lower() in lexicon.holding_back and any(c.dep_ == "neg" for c in head.children)


def performed(ex, tok) -> bool:
    """Whether a praise or blame in the speaker's words is done by saying it ('we condemn', 'we
    thank X'): a main clause with no modal, not a clause about something ('the one thing we can
    thank X for', 'we would welcome')."""
    return tok.dep_ in ("ROOT", "ccomp", "conj") and not any(
        c.dep_ == "aux" and c.lower_ in ex.lex.modal_status for c in tok.children)


def quoted_demands(ex, analysis: Analysis, sent, quote, mine: set) -> list[Event]:
    """'"Y must withdraw its troops," X said': in the speaker's own words, an act another party
    must or should do is the speaker's demand on that party (REQUEST, CAMEO 100), as 'X said Y
    must withdraw' is told outside quotes. One per quote and sentence."""
    speaker = [quote.speaker]
    for tok in quoted_tokens(sent, quote):
        if tok.pos_ != "VERB" or not any(c.dep_ == "aux" and c.lower_ in ex.lex.demand_modals for c in tok.children):
            continue
        addressee = [n for n in actors_of(analysis, [c for c in tok.children if c.dep_ in SUBJECT_DEPS])]
        if not addressee or set(addressee) & mine or ex.match(tok) is None:
            continue  # an act of someone else's, not a state ('Y should be proud')
        cue = None if quote.cue_start is None else analysis.doc.char_span(quote.cue_start, quote.cue_end,
                                                                        alignment_mode="expand")
        return [statement_event(ex, analysis, sent, tok, TriggerSpec("REQUEST", None, "100"), speaker,
                                addressee, dated_by=cue[0] if cue else None)]
    return []


def others_to_act(lexicon: StatementLexicon, tok) -> bool:
    """Whether a word of expecting or asking has someone else to act: an object ('ask X', 'call on
    X'), or a complement clause with a subject of its own other than the speaker's side ('expect X
    to answer')."""
    return any(c.dep_ in ("dobj", "dative") or (c.dep_ == "prep" and c.lower_ in ("on", "upon", "to"))
               for c in tok.children) or any(
        s.dep_ in SUBJECT_DEPS and s.lower_ not in lexicon.first_person
        for c in tok.children if c.dep_ in ("ccomp", "xcomp") for s in c.children)


def stated_act(ex, lexicon: StatementLexicon, tok) -> Optional[TriggerSpec]:
    """The act a word in a quote states, if of the statement types: from this lexicon's act
    words, else from the trigger lexicon."""
    spec = lexicon.acts.get(tok.lower_) or lexicon.acts.get(tok.lemma_.lower())
    if spec is not None:
        return spec
    if tok.pos_ != "VERB":
        return None
    trig: Optional[Trigger] = ex.match(tok)
    if trig is None or trig.spec.type not in lexicon.act_types:
        return None
    return trig.spec


def act_target(ex, lexicon: StatementLexicon, analysis: Analysis, sent, tok, found: list, mine: set) -> list:
    """Whom a stated act is aimed at: the parties its complements name, else those of the act its
    object (or the subject of the clause that brings it about: 'this forces us to') refers to. A
    proposal's object ('we reject calls to send troops to Y') is aimed at the proposal's author only."""
    proposals = opposed_proposals(lexicon, tok)
    if proposals:
        authors = [n for n in proposal_authors(lexicon, analysis, proposals) if n not in mine]
        return authors[:1] or [n for p in proposals for n in referred_parties(ex, lexicon, analysis, sent, p, found, mine)][:1]
    near = [t for c in tok.children if c.dep_ not in SUBJECT_DEPS + ("aux", "neg", "punct") for t in c.subtree]
    if tok.dep_ == "xcomp":  # 'compels us to respond if X ...': the condition of the governing verb
        near += [t for c in tok.head.children if c.dep_ == "advcl" and c.i != tok.i for t in c.subtree]
    named = [n for n in actors_of(analysis, [t for t in near if t.pos_ in ("PROPN", "NOUN")]) if n not in mine]
    if named:
        return named[:1]
    refs = [c for c in tok.children if c.dep_ == "dobj"]
    if tok.dep_ == "xcomp" or (tok.dep_ == "dobj" and tok.head.pos_ == "VERB"):
        refs += [c for c in tok.head.children if c.dep_ in SUBJECT_DEPS]
    target = []
    for r in refs:
        target += [n for n in referred_parties(ex, lexicon, analysis, sent, r, found, mine) if n not in target]
    return target


def same_country(analysis: Analysis, speaker: list) -> set:
    """Bodies and people of the speaker's country: the speaker's side ('the junta' of its leader)."""
    countries = {a.country for a in analysis.actors if a.name in speaker and a.country}
    return {a.name for a in analysis.actors if a.country in countries}


# ---- the event --------------------------------------------------------------------------------

def statement_event(ex, analysis: Analysis, sent, tok, spec: TriggerSpec, speaker: list, target: list,
                    confidence: float = 0.3, dated_by=None) -> Event:
    """The event of a statement at `tok`, dated and placed as the statement (`dated_by`: the
    speech verb that says when the words were said, for words quoted away from it)."""
    text = analysis.article.text
    ev_end = sent.end_char
    while ev_end > sent.start_char and text[ev_end - 1].isspace():
        ev_end -= 1
    ev = Event(type=spec.type, mode=spec.mode, source=list(speaker), target=list(target), status="occurred",
               evidence=text[sent.start_char:ev_end], evidence_start=sent.start_char,
               evidence_end=ev_end, trigger=tok.text, trigger_start=tok.idx,
               trigger_end=tok.idx + len(tok.text), confidence=confidence, cameo=spec.cameo,
               goldstein=ex.lex.goldstein_of(spec.cameo), score=ex.lex.plover_score(spec.type, spec.mode))
    ex.set_date(ev, Trigger(tok, spec, [tok], False), analysis, [dated_by] if dated_by is not None else [])
    place = ex.event_place(analysis, sent, tok, speaker)
    if place is not None and not sent.start_char <= place.start < sent.end_char:
        # a place from the sentences around is not where a government's spokesperson speaks
        place = ministry_home(statement_lexicon(), analysis, sent, speaker, place) or \
            ex.home_of_speaker(analysis, speaker, place)
    if place is not None:
        ev.location, ev.place = place.name, place
    return ev


def ministry_home(lexicon: StatementLexicon, analysis: Analysis, sent, speaker: list, place):
    """The capital of a ministry's spokesperson named so in the sentence ('Foreign ministry
    spokeswoman X told reporters'), when the place at hand lies in another country: ministries
    brief at home. None otherwise."""
    person = next((a for a in analysis.actors if a.name in speaker and a.type == "PERSON" and a.country), None)
    if person is None or place.country == person.country:
        return None
    titled = any(sent.start_char <= m.start < sent.end_char and m.kind != "pronoun"
                 and set(m.text.lower().split()) & lexicon.home_offices for m in person.mentions)
    if not titled:
        return None
    from .places import gazetteer
    capital = gazetteer().capitals.get(person.country)
    return capital.place(0, 0, capital.name) if capital is not None else None
