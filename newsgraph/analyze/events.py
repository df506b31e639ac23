"""The events stage: PLOVER events (type, mode, source/target actors, date, place, status) from the
dependency parse and a trigger lexicon shipped as data (knowledge/plover_lexicon.json).

In: an `Analysis` with its spaCy doc, actors, timexes, quotes and places. Out: `analysis.events`.

How: every verb or noun of a sentence is looked up in the lexicon (verb + particle, verb + object,
verb, noun with modifier, noun). A trigger governed by another trigger ('agreed to cooperate',
'signed a treaty', 'denied that it attacked') is part of that event, not one of its own. Source
and target come from the subject, objects and target prepositions (events_syntax.py); a nominal
event ('talks in Sochi') takes its actors from its own modifiers and from the verb that governs it
('held talks with'). Triggers inside direct quotes are skipped (quotes stay quotes). Events of one
sentence with the same type and a shared actor are merged, and an article reports each
(type, actors, date) once.
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
import time as _time
from dataclasses import replace
from pathlib import Path
from typing import Optional

from ..model import Analysis, Event
from .events_lexicon import EventLexicon, TriggerSpec
from .events_statements import statement_events
from .events_treaty import split_mediated_signings, treaty_events
from .time import headline_end, propagate_dates
from .events_syntax import (tokens_of, last_pair_told, CESSATION_VERBS, COMMAND_VERBS, DEMAND_VERBS, FORCING_VERBS, ENDING_VERBS, forecast_frame, preparing_verb, LEAVING_VERBS, OWN_PRONOUNS, MEETING_MODES, SPEECH_CLAIM, STATE_NOUNS, Trigger, absolute_subject, actor_of, appositive_object, actors_of, country_for_place, drop_dateline_actors, governing_verb, is_country_actor,
                            nearest_actors,
                            past_dateline,
                            object_tokens, own_states, place_at, place_of, prep_phrases, status_of, subject_tokens)

MODE_RANK = {"visit": 4, "host": 3, "phone": 3, "multilateral": 2, "meeting": 1}
SKIP_NOUN_PARENTS = {"compound"}
MUTUAL_TYPES = {"CONSULT", "AGREE", "COOPERATE"}  # 'A and B held talks': A with B
HOSTILE_TYPES = {"ASSAULT", "COERCE", "SANCTION", "THREATEN", "ACCUSE", "MOBILIZE"}  # acts one may apologise for
MEDIATION_CAMEO = {"039", "045"}  # CAMEO's mediation codes: a go-between, not a party
INVESTIGATION_CAMEO = "09"  # CAMEO's investigation codes: an inquiry, neither a threat nor a pledge
NOUN_TARGET_PREPS = {"with", "on", "against", "to", "between", "for", "of"}
TOPIC_PREPS = {"on", "over"}  # what talks, a deal or cooperation are about ('talks on Ukraine'), no party
# prepositions that set a meeting beside the clause's own event ('agreed after talks', 'warned at a
# summit'): the talks and the summit took place in their own right
OCCASION_PREPS = {"after", "before", "following", "during", "at", "amid", "ahead"}
# the prepositions of leaving something ('withdrew from', 'pulled out of'); others ('under the deal')
# name what the act goes by, not what it leaves
EXIT_PREPS = {"from", "out", "of"}
TIME_REFERENCE_PREPS = {"since", "until", "till"}  # 'since the summit': a time, not a new event
# the type of a lexicon entry saying a verb with this particle or object tells no event ('press on
# with the exercises' is no pressing of anyone, 'unveiled a plan' no support)
NO_EVENT = "NONE"
# nouns of stopping an act ('an end to the attacks', 'a halt to the airstrikes'): the act is looked up
# as the object of the verb of ending in the lexicon ('end the offensive': a withdrawal)
STOPPING_NOUNS = {"end", "halt", "stop", "cessation", "suspension"}
STOPPING_VERB = "end"
# the verb forces on the move are looked up with in the lexicon's verb-object entries ('peacekeeping
# troops arrived in X' is coded as 'deploy peacekeeping troops' is)
DEPLOY_VERB = "deploy"

# the types of a military operation: unnamed forces carrying one on are the last operation's doer's
FORCE_TYPES = {"MOBILIZE", "ASSAULT", "COERCE"}

# verbs that repeat the act told just before with another doer ('Hungary approved the bid on Monday
# and Turkey followed on Thursday', 'the others followed suit')
ELLIPSIS_VERBS = {"follow"}


QUOTED = re.compile(r'"([^"]+)"|“([^”]+)”|«([^»]+)»')


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Spans inside quotation marks of four words or more: the direct quotes, for articles the
    quotes stage has not seen (short ones are scare quotes and names, which may hold a trigger)."""
    return [m.span() for m in QUOTED.finditer(text) if len(m.group(0).split()) >= 4]


CLAUSE_EDGES = {"ccomp", "xcomp", "advcl", "relcl", "acl", "pcomp", "csubj", "parataxis"}


def clause_depth(tok) -> int:
    """How many clause boundaries lie between a token and its sentence's root: the main event of
    a sentence sits in its main clause."""
    depth, t, steps = 0, tok, 0
    while t.head.i != t.i and steps < 30:
        depth += t.dep_ in CLAUSE_EDGES
        t, steps = t.head, steps + 1
    return depth


def phrase_keys(tok) -> list[str]:
    """How a noun phrase is looked up in the CAMEO verb patterns, most specific first: 'humanitarian
    aid', 'airstrike' (for 'air strike'), 'state of emergency', then the head lemma alone."""
    lemma = tok.lemma_.lower()
    mods = [c for c in tok.children if c.i < tok.i and c.dep_ in ("compound", "amod", "det")]
    keys = [f"{c.lower_} {lemma}" for c in mods] + [f"{c.lower_}{lemma}" for c in mods if c.dep_ == "compound"]
    keys += [f"{lemma} of {p.lemma_.lower()}" for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
             for p in c.children if p.dep_ == "pobj"]
    return keys + [lemma]


def object_phrases(tok) -> list[str]:
    """How an object is looked up in the lexicon's verb-object entries: with each modifier first
    ('financial support', 'peacekeeping troops'), so that data can tell such phrases apart from
    the head word alone, then the head lemma."""
    lemma = tok.lemma_.lower()
    return [f"{c.lower_} {lemma}" for c in tok.children if c.i < tok.i and c.dep_ in ("compound", "amod")] + [lemma]


def spaced_prefixes(table: dict) -> set:
    """Every part of a table's keys before one of their spaces ('send humanitarian aid' -> 'send',
    'send humanitarian'): a verb that is none of them starts no key, and its phrases need no
    look-up."""
    return {key[:i] for key in table for i, ch in enumerate(key) if ch == " "}


def token_depth(tok) -> int:
    depth, t = 0, tok
    while t.head.i != t.i and depth < 30:
        t, depth = t.head, depth + 1
    return depth


def dates_agree(a: Event, b: Event) -> bool:
    """Whether two events may be one by their dates: one has none, or they agree as far as the
    less precise one goes ('2023-03' and '2023-03-10')."""
    if not a.date or not b.date:
        return True
    n = min(len(a.date), len(b.date))
    return a.date[:n] == b.date[:n]


def content_of(tok) -> Optional[str]:
    """What a verb trigger's act is about: the lemma of its to-infinitive or its object ('agreed to
    resume', 'demanded the withdrawal'), or None."""
    for dep in ("xcomp", "dobj", "ccomp"):
        for c in tok.children:
            if c.dep_ == dep:
                return c.lemma_.lower()
    return None


TRIGGER_POS = frozenset({"VERB", "AUX", "NOUN", "PROPN"})  # the parts of speech a trigger can be


class EventExtractor:
    """Analysis stage: fills `analysis.events`."""

    def __init__(self, lexicon: Optional[EventLexicon] = None, keep_bare: bool = False):
        """keep_bare: keep one actorless event for a sentence that has no other (sentence-level
        coding, as the peer sets score it); off for articles, where events are between actors."""
        self.lex = lexicon or EventLexicon.load()
        self.keep_bare = keep_bare
        try:
            from .time import event_date  # the time stage's date for a trigger
        except ImportError:
            event_date = None
        self.event_date = event_date
        problems = self.lex.data.get("abstract_problems", {})
        self.problem_types, self.problem_nouns = set(problems.get("types", [])), set(problems.get("nouns", []))
        try:
            from .places import place_for_event  # the places stage's 'where it happened'
        except ImportError:
            place_for_event = None
        self.place_for_event = place_for_event
        self._article_place = False
        self._content: dict = {}  # per article: id(event) -> what the act is about
        self._previous: list[Event] = []  # per article: the events of the sentences before
        self._matched: dict = {}  # per sentence: token index -> Trigger
        self._quote_spans: list = []  # per article: the direct quotes
        self._analysis: Optional[Analysis] = None  # the article being read
        self._particle_verbs = spaced_prefixes(self.lex.verb_particles)  # 'call off' -> 'call'
        self._object_verbs = spaced_prefixes(self.lex.verb_objects)  # 'send humanitarian aid' -> 'send', ...

    # ---- trigger matching -------------------------------------------------------------------

    def verb_lemma(self, tok) -> str:
        """The token's lemma, repaired from its spelling when the tagger's lemma is no verb we know
        ('staged' -> 'stag' -> 'stage', 'staging' -> 'stage')."""
        lemma = tok.lemma_.lower()
        known = lambda v: v in self.lex.verbs or v in self.lex.cameo_verb_lemmas
        if tok.pos_ != "VERB" or known(lemma):
            return lemma
        w = tok.lower_
        for suffix, repl in (("ied", "y"), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", ""), ("es", "e"), ("s", "")):
            if w.endswith(suffix) and known(w[: -len(suffix)] + repl):
                return w[: -len(suffix)] + repl
        return lemma

    def match(self, tok) -> Optional[Trigger]:
        if tok.pos_ not in TRIGGER_POS:
            return None
        lex = self.lex
        lemma = self.verb_lemma(tok)
        if tok.pos_ == "VERB" or (tok.pos_ == "AUX" and lemma not in ("be", "have", "do")):
            naming = self.naming(tok)
            if naming is not None:
                return Trigger(tok, naming, [tok], False)
            ended = self.ended_meeting(tok, lemma)
            if ended is not None:
                return ended
            order = self.order_given(tok, lemma)
            if order is not None:
                return order
            forces = self.moving_forces(tok, lemma)
            if forces is not None:  # 'troops crossed into X': no visit
                return Trigger(tok, self.forces_spec(forces), [tok], False)
            for c in (tok.children if lemma in self._particle_verbs else ()):
                if c.dep_ in ("prt", "dobj") or self.adverb_particle(tok, c) or (c.dep_ == "prep" and not any(
                        p.ent_type_ in ("DATE", "TIME") for p in c.children)):  # not 'called on Tuesday'
                    spec = lex.verb_particles.get(f"{lemma} {c.lower_}") or lex.verb_particles.get(
                        f"{lemma} {c.lemma_.lower()}")
                    if spec and spec.type == NO_EVENT:
                        if c.dep_ == "prt":  # 'pressed on with the drills', not 'pressed X on rights'
                            return None
                    elif spec:
                        return self.particle_phrase(tok, lemma, c) or Trigger(tok, spec, [tok, c], False)
            objects_known = lemma in self._object_verbs
            if objects_known and tok.dep_ == "acl" and tok.tag_ == "VBN":  # 'the curbs imposed on X': the noun is the object
                spec = lex.verb_objects.get(f"{lemma} {tok.head.lemma_.lower()}")
                if spec:
                    return None if spec.type == NO_EVENT else Trigger(tok, spec, [tok, tok.head], False)
            # 'resumed talks on normalising relations': when the direct object is an event itself, a topic
            # phrase is what it is about, no object of the verb ('attacked the EU over its policy' keeps it)
            topic_shut = TOPIC_PREPS if objects_known and any(
                c.dep_ == "dobj" and c.lemma_.lower() in lex.nouns for c in tok.children) else ()
            for c in (tok.children if objects_known else ()):
                objs = [c] if c.dep_ in ("dobj", "nsubjpass", "attr") or c.dep_ == "oprd" and c.pos_ == "NOUN" else (  # 'was taken prisoner' 
                    [p for p in c.children if p.dep_ == "pobj"]
                    if c.dep_ == "prep" and c.lower_ not in lex.absence_preps and c.lower_ not in topic_shut else [])  # not 'ended without a deal'
                for o in objs:
                    for key in object_phrases(o):  # 'pledged financial support' before 'pledged support'
                        spec = lex.verb_objects.get(f"{lemma} {key}")
                        if spec:
                            return None if spec.type == NO_EVENT else Trigger(tok, spec, [tok, o], False)
            found = self.match_cameo(tok, lemma, specific=True)
            if found is None and self.receives_event(tok, lemma):
                return None  # 'received food aid from X': the aid is the event, no hosting
            spec = lex.verbs.get(lemma)
            if found is not None and (spec is None or spec.weak and found.spec.type != spec.type):
                return found  # a pattern recodes an unlisted verb, or a weak one to another type
            if spec and found is not None and found.spec.type == spec.type:  # the pattern's finer code
                return Trigger(tok, replace(spec, cameo=found.spec.cameo), [tok], False)
            if spec:
                return Trigger(tok, spec, [tok], False)
            return self.match_cameo(tok, lemma, specific=False)
        if tok.pos_ in ("NOUN", "PROPN") and tok.tag_ in ("NN", "NNS", "NNP", "NNPS"):
            if tok.pos_ == "PROPN" and tok.ent_type_:
                return None
            if self.stopping_noun(tok) is not None:
                return self.stopped_act(tok)  # 'ordered a halt to the airstrikes': no airstrike
            mods = lex.noun_modifiers.get(lemma)
            if mods:
                for c in tok.children:
                    if c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in mods:
                        spec = mods[c.lemma_.lower()]  # 'an evacuation drill': no show of force
                        return None if spec.type == NO_EVENT else Trigger(tok, spec, [c, tok], True)
            spec = lex.nouns.get(lemma)
            if spec:
                return Trigger(tok, spec, [tok], True)
        return None

    def moving_forces(self, tok, lemma: str):
        """The subject of a verb of moving when it names armed forces ('troops crossed into X', 'a
        contingent of peacekeepers arrived in Y': the forces inside a 'N of' phrase), else None."""
        if lemma not in self.lex.movement_verbs:
            return None
        for s in subject_tokens(tok)[0]:
            for t in [s] + [p for c in s.children if c.dep_ == "prep" and c.lower_ == "of"
                            for p in c.children if p.dep_ == "pobj"]:
                if t.lemma_.lower() in self.lex.movement_subjects or self.deployed_spec(t) is not None:
                    return t
        return None

    def deployed_spec(self, forces) -> Optional[TriggerSpec]:
        """What sending these forces is, by the lexicon's entry for deploying them ('deploy
        peacekeeping troops': peacekeeping aid), or None when it has none."""
        for key in object_phrases(forces):
            spec = self.lex.verb_objects.get(f"{DEPLOY_VERB} {key}")
            if spec is not None and spec.type != NO_EVENT:
                return spec
        return None

    def forces_spec(self, forces) -> TriggerSpec:
        """Forces arriving or crossing somewhere: deployed there, as the lexicon codes deploying them
        ('peacekeeping troops arrived in X' is peacekeeping aid to X), else a troop movement toward
        the place's country."""
        spec = self.deployed_spec(forces)
        if spec is None or spec.type == self.lex.movement_spec.type:
            return self.lex.movement_spec
        return replace(spec, place_target=True)

    @staticmethod
    def stopping_noun(tok):
        """The noun of stopping an act hangs from ('an end to the attacks', 'a halt to the
        airstrikes'), else None."""
        if tok.dep_ != "pobj" or tok.head.lower_ != "to":
            return None
        holder = tok.head.head
        if holder.lemma_.lower() in STOPPING_NOUNS and holder.pos_ == "NOUN":
            return holder
        # the parser may hang the 'to' phrase on the verb: 'ordered [a halt] [to the airstrikes]'
        return next((c for c in holder.children if c.dep_ == "dobj" and c.pos_ == "NOUN"
                     and c.lemma_.lower() in STOPPING_NOUNS and c.i < tok.i), None)

    def stopped_act(self, tok) -> Optional[Trigger]:
        """'ordered a halt to the airstrikes on X', 'announced an end to its operations': the act is
        stopped, not done; coded as the lexicon codes ending it ('end the offensive' is a
        withdrawal, 'end the sanctions' a concession), or no event when it has no such entry."""
        words = [self.stopping_noun(tok), tok.head, tok]
        for key in object_phrases(tok):
            spec = self.lex.verb_objects.get(f"{STOPPING_VERB} {key}")
            if spec is not None:
                return None if spec.type == NO_EVENT else Trigger(tok, spec, words, True)
        for key in phrase_keys(tok):
            spec = self.lex.cameo_spec((STOPPING_VERB, "-", key, "-", "-"))
            if spec:
                return Trigger(tok, spec, words, True)
        return None

    def ended_meeting(self, tok, lemma: str) -> Optional[Trigger]:
        """'Peru and Bolivia ended the talks', 'wrapped up their summit', 'concluded his visit': a
        verb of ending whose object is a meeting tells that the meeting took place, coded as the
        meeting noun is (not as a cut in relations: breaking off or suspending talks is that)."""
        if lemma not in ENDING_VERBS or lemma == "wrap" and not any(
                c.dep_ == "prt" and c.lower_ == "up" for c in tok.children):
            return None
        for c in tok.children:
            spec = self.lex.nouns.get(c.lemma_.lower()) if c.dep_ == "dobj" else None
            if spec is not None and spec.type == "CONSULT" and spec.mode in MEETING_MODES:
                return Trigger(tok, spec, [tok, c], False)
        return None

    @staticmethod
    def ordered_party(tok):
        """(the object told, the infinitive telling what to do) of an order given to someone
        ('ordered the newspaper to suspend publication'), else None."""
        if tok.lemma_.lower() not in COMMAND_VERBS | DEMAND_VERBS | FORCING_VERBS:
            return None
        passive = any(c.dep_ == "auxpass" for c in tok.children)  # 'the paper was ordered to close'
        told = next((c for c in tok.children if c.dep_ == ("nsubjpass" if passive else "dobj")
                     and c.pos_ in ("NOUN", "PROPN")), None)
        act = next((c for c in tok.children if c.dep_ == "xcomp" and any(
            a.dep_ == "aux" and a.tag_ == "TO" for a in c.children)), None)
        return (told, act) if told is not None and act is not None else None

    def own_forces(self, told, orderer: list, analysis: Analysis) -> bool:
        """Whether the party an order is given to is the orderer's own ('its troops', 'his
        fighters', 'the army', 'Malian soldiers' told by Mali's government): the orderer acts
        through them. Rebels, a newspaper or another state's troops are not commanded so."""
        if any(c.dep_ == "poss" and c.lower_ in OWN_PRONOUNS for c in told.children):
            return True
        named = actors_of(analysis, [c for c in told.children if c.dep_ in ("poss", "amod", "compound", "nmod")])
        if told.lemma_.lower() not in self.lex.movement_subjects:
            return False
        side = set(orderer) | own_states(analysis, orderer)
        return not named or bool(set(named) & side or own_states(analysis, named) & side)

    def order_given(self, tok, lemma: str) -> Optional[Trigger]:
        """'The ministry ordered the newspaper to suspend publication', 'ordered the diplomats to
        leave': an order given to a party is the orderer's act on that party, not the party's act.
        An order to stop or to leave is a coercion of the party (the ordered act's own coercive
        code when it has one); an order to do anything else is a demand (REQUEST). An order to the
        orderer's own forces ('ordered its troops to withdraw') is the orderer's act itself, told by
        the infinitive (see `commanded_by`): no trigger here. 'Forced X to leave' (or to stop) is
        a coercion too; forced to do anything else, X did it ('forced the army to retreat')."""
        found = self.ordered_party(tok)
        analysis = self._analysis
        if found is None or analysis is None:
            return None
        told, act = found
        forcing = tok.lemma_.lower() in FORCING_VERBS
        if forcing and told.dep_ == "nsubjpass" and not self.passive_orderer(tok, analysis):
            return None  # 'was forced to withdraw': no one named forced it, the withdrawal is told
        if self.own_forces(told, actors_of(analysis, subject_tokens(tok)[0]), analysis):
            return None
        ordered = self.match(act)
        verb = self.verb_lemma(act)
        if tok.lemma_.lower() in DEMAND_VERBS:
            if not actors_of(analysis, [told]):
                return None  # 'told reporters to expect news': no party is asked anything
            spec = TriggerSpec("REQUEST", None, "100")  # 'told the rebels to leave': asked, not forced
        elif ordered is not None and ordered.spec.type == "COERCE":
            spec = ordered.spec
        elif verb in LEAVING_VERBS:
            spec = TriggerSpec("COERCE", "deport", "174")
        elif verb in CESSATION_VERBS:
            spec = TriggerSpec("COERCE", "restrict", "172")
        elif forcing:
            return None  # 'forced the army to retreat': the act was done, by the party forced
        else:
            spec = TriggerSpec("REQUEST", None, "100")
        return Trigger(tok, spec, [tok], False)

    def passive_orderer(self, tok, analysis: Analysis) -> list:
        """'The paper was ordered to close by the ministry': the 'by' phrase of a passive order,
        which the parser may hang on the infinitive, names the orderer."""
        found = self.ordered_party(tok)
        if found is None or found[0].dep_ != "nsubjpass":
            return []
        return actors_of(analysis, [p for h in (tok, found[1]) for c in h.children if c.dep_ in ("agent", "prep")
                                    and c.lower_ == "by" for p in c.children if p.dep_ == "pobj"])

    def commanded_by(self, tok, analysis: Analysis) -> list:
        """The orderer of an act it ordered its own forces to do ('the government ordered its
        troops to withdraw': the government withdraws), else []."""
        if tok.dep_ != "xcomp":
            return []
        found = self.ordered_party(tok.head)
        if found is None or found[1].i != tok.i:
            return []
        orderer = actors_of(analysis, subject_tokens(tok.head)[0])
        return orderer if orderer and self.own_forces(found[0], orderer, analysis) else []

    def receives_event(self, tok, lemma: str) -> bool:
        """Whether a receiving verb ('received', 'faced', 'won') has an event noun as its object:
        the noun carries the event, done to the subject by the 'from' party."""
        if lemma not in self.lex.receiving_verbs:
            return False
        nouns, mods = self.lex.nouns, self.lex.noun_modifiers
        for c in tok.children:
            if c.dep_ != "dobj":
                continue
            lemma = c.lemma_.lower()
            if lemma in nouns and nouns[lemma].type != NO_EVENT or any(  # 'received a phone call from X'
                    m.dep_ in ("compound", "amod", "nmod") and m.lemma_.lower() in mods.get(lemma, {}) for m in c.children):
                return True
        return False

    def particle_phrase(self, tok, lemma: str, part) -> Optional[Trigger]:
        """The CAMEO pattern of a verb, its particle and the particle's own phrase ('walked out of
        the talks' breaks off negotiations where 'walked out' alone is a strike), whether the parser
        hangs the phrase under the verb or under the particle read as a preposition."""
        holders = [part, tok] if part.dep_ == "prep" else [tok]
        for prep in (g for h in holders for g in h.children if g.dep_ == "prep" and g.i != part.i):
            for obj in (p for p in prep.children if p.dep_ == "pobj"):
                for key in phrase_keys(obj):
                    spec = self.lex.cameo_spec((lemma, part.lower_, "-", prep.lower_, key))
                    if spec:
                        return Trigger(tok, spec, [tok, part, prep, obj], False)
        return None

    @staticmethod
    def adverb_particle(verb, tok) -> bool:
        """'hit back', 'beat back': a particle the parser tags as an adverb after its verb."""
        return tok.dep_ == "advmod" and tok.i > verb.i and tok.lower_ in ("back", "off", "out", "down")

    def match_cameo(self, tok, lemma: str, specific: bool) -> Optional[Trigger]:
        """A verb trigger from the CAMEO verb patterns (events_cameo_verbs.tsv). specific: the
        patterns naming an object, a particle or a prepositional phrase ('stage a rally', 'ask for
        asylum'); else the verb's own code. An object is looked up with each of the verb's
        phrases, or its own, before alone ('fired missiles at the base' is an attack, 'into the
        sea' a show of force; 'a barrage of missiles against the cities'), and a phrase whose code
        specifies the family of the object's unspecified code (x0) takes its place ('attacked the
        base [190] with missiles [195]'). Phrases of time name no target ('launched a missile on
        Sunday')."""
        if lemma not in self.lex.cameo_verb_lemmas:
            return None  # every pattern starts with its verb: most verbs have none to look up
        cameo = self.lex.cameo_spec
        if not specific:
            if lemma in self.lex.cameo_bare_excluded:
                return None
            spec = cameo((lemma, "-", "-", "-", "-"))
            return Trigger(tok, spec, [tok], False, bare_cameo=True) if spec else None
        kids = list(tok.children)
        prt = next((c for c in kids if c.dep_ == "prt"), None) or next(
            (c for c in kids if self.adverb_particle(tok, c)), None)
        p = prt.lower_ if prt is not None else "-"

        def phrases(heads):  # (preposition, [(its object, the object's keys)]), not 'on Sunday'
            return [(c, [(o, phrase_keys(o)) for o in c.children if o.dep_ in ("pobj", "pcomp")])
                    for h in heads for c in h.children if c.dep_ in ("prep", "agent") and not any(
                        o.ent_type_ in ("DATE", "TIME") for o in c.children)]
        preps = phrases([tok])
        found = None
        for c in (c for c in kids if c.dep_ in ("dobj", "nsubjpass") or c.dep_ in ("oprd", "xcomp") and c.pos_ == "NOUN"):
            # the object's own phrases too ('held the crew hostage': the noun complement is looked up too): 'a barrage of missiles against the cities'
            counted = [o for q in c.children if q.dep_ == "prep" and q.lower_ == "of" for o in q.children if o.dep_ == "pobj"]
            own = [(pr, pobjs) for pr, pobjs in phrases([c] + counted) if pr.lower_ != "of"]
            keys = phrase_keys(c)
            if c.lemma_.lower() in self.lex.quantity_nouns:  # 'intercepted dozens of drones': the drones
                keys += [k for o in counted for k in phrase_keys(o)]
            for key in keys:
                for pr, pobjs in preps + own:
                    for o, pkeys in pobjs:
                        spec = next(filter(None, (cameo((lemma, p, key, pr.lower_, k)) for k in pkeys)), None)
                        if spec:
                            return Trigger(tok, spec, [tok, c, pr, o], False)
                    spec = cameo((lemma, p, key, pr.lower_, "-"))
                    if spec:
                        return Trigger(tok, spec, [tok, c, pr], False)
                spec = cameo((lemma, p, key, "-", "-"))
                if spec:
                    found = Trigger(tok, spec, [tok, c] + ([prt] if prt is not None else []), False)
                    break
            if found is not None:
                break
        code = found.spec.cameo if found is not None else None
        if code and not (len(code) == 3 and code.endswith("0")):
            return found
        for c, pobjs in preps:
            prep, trig = c.lower_, None
            for o, pkeys in pobjs:
                spec = next(filter(None, (cameo((lemma, p, "-", prep, k)) for k in pkeys)), None)
                if spec:
                    trig = Trigger(tok, spec, [tok, c, o], False)
                    break
            if trig is None:
                spec = cameo((lemma, p, "-", prep, "-"))
                trig = Trigger(tok, spec, [tok, c], False) if spec else None
            if trig is not None and (found is None or trig.spec.cameo[:2] == code[:2] and trig.spec.cameo != code):
                return trig
        if found is not None:
            return found
        if prt is not None:
            spec = cameo((lemma, p, "-", "-", "-"))
            if spec:
                return Trigger(tok, spec, [tok, prt], False)
        return None

    def naming(self, tok) -> Optional[TriggerSpec]:
        """'branded the mutiny a betrayal', 'described the talks as productive': ACCUSE or
        SUPPORT by the evaluation words of the predicate (None when it has none)."""
        if tok.lemma_.lower() not in self.lex.naming_verbs:
            return None
        if any(c.dep_ == "prep" and c.lower_ in ("on", "upon", "for") and not any(
                p.ent_type_ in ("DATE", "TIME") for p in c.children) for c in tok.children):
            return None  # 'called on X to boycott Israeli goods' is a call to act, not a naming
        preds = [c for c in tok.children if c.dep_ in ("oprd", "xcomp", "ccomp", "attr")]
        preds += [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "as" for p in c.children]
        preds += [d for c in tok.children if c.dep_ == "dobj" for d in c.children if d.dep_ in ("oprd", "attr", "appos")]
        words = {t.lower_ for p in preds for t in p.subtree} | {t.lemma_.lower() for p in preds for t in p.subtree}
        if not preds:
            return None
        if words & self.lex.negative_words:
            return TriggerSpec("ACCUSE", "disapprove", "111")
        if words & self.lex.positive_words:
            return TriggerSpec("SUPPORT", None, "051")
        return None

    def named_as(self, verb, type_: str) -> bool:
        """'Zelensky called the attack barbaric': a verb of naming with a predicate judges its
        object; a hostile act named is not the judge's own (talks 'called constructive' are
        mostly the speaker's own: cooperative acts keep the judge as their party)."""
        if verb.lemma_.lower() not in self.lex.naming_verbs or type_ in self.lex.cooperative_types:
            return False
        return any(c.dep_ in ("oprd", "xcomp", "ccomp", "attr") or c.dep_ == "prep" and c.lower_ == "as"
                   for c in verb.children)

    def absorbed(self, trig: Trigger, by_token: dict) -> bool:
        """Whether a trigger is part of a governing trigger's event: 'agreed to cooperate',
        'signed an agreement', 'accused X of attacking', 'peace talks' inside 'talks agreement'."""
        return self.absorber(trig, by_token) is not None

    def absorber(self, trig: Trigger, by_token: dict) -> Optional[int]:
        """The token index of the verb trigger whose event a trigger is part of (see `absorbed`),
        -1 when it is part of an event for another reason, None when it stands on its own."""
        found = self._absorber(trig, by_token)
        return -1 if found is True else None if found is False else found

    def _absorber(self, trig: Trigger, by_token: dict):
        tok = trig.tok
        if trig.nominal and tok.dep_ in SKIP_NOUN_PARENTS and (
                tok.head.i in by_token or tok.head.lemma_.lower() in self.lex.descriptive_heads):
            return True  # 'peace talks' inside 'talks agreement'; 'invasion forces' are forces
        if trig.nominal and tok.dep_ == "compound" and tok.head.dep_ == "appos" and tok.head.pos_ == "NOUN":
            return True  # 'X, the summit host, announced': a role that describes X, no event told
        if trig.nominal and tok.dep_ == "pobj" and self.own_agent(tok):
            return False  # 'over a visit by X': X's visit is an event of its own
        if not trig.nominal and absolute_subject(tok):
            return False  # 'approved it, with only X voting against': X's act, an event of its own
        if self.requested_act(trig, by_token):
            return True  # 'urged Rabat for months to act against X': what is asked for
        if self.protest_demand(trig, by_token):
            return True  # 'protested outside the embassy to demand X': what the protest is for
        cur = tok
        for _ in range(5):
            if trig.nominal and trig.spec.type == "CONSULT" and cur.dep_ == "pobj" and cur.head.lower_ in OCCASION_PREPS \
                    and not self.told_before(tok):
                return False  # 'agreed after talks', 'warned at a summit': the meeting took place too
            if cur.dep_ not in ("xcomp", "ccomp", "pcomp", "pobj", "prep", "dobj", "nsubjpass", "acomp",
                                "attr", "acl", "conj" if trig.nominal or cur.pos_ == "ADP" else "_"):
                return False  # ('accused X of A and of B': the second 'of' is a conjunct of the first)
            head = cur.head
            if head.i == cur.i:
                return False
            if cur.dep_ == "prep" and cur.lower_ in OCCASION_PREPS and not trig.nominal:
                return False  # 'ended the summit after admitting X': an act told as a time is an act
            if head.i in by_token and not by_token[head.i].nominal:
                return head.i
            if cur.dep_ in ("ccomp", "acl") and head.pos_ in ("VERB", "AUX"):
                return False  # 'said that X attacked': the report of an event is no event
            if cur.dep_ == "acl" and cur is tok and self.own_time(tok):
                return False  # 'will scrap duties imposed in 2017': the imposing is an event of its own time
            cur = head
        return False

    @staticmethod
    def carried_by_complement(trig: Trigger, triggers: dict) -> bool:
        """Whether a verb coded only by its CAMEO default governs a trigger as its clausal
        complement ('decided to allow', 'claimed that X had attacked Y'): the complement carries
        the event (with the status the verb gives it), the generic verb none of its own."""
        return trig.bare_cameo and any(c.dep_ in ("xcomp", "ccomp") and c.i in triggers for c in trig.tok.children)

    def claimed_wrongdoing(self, trig: Trigger, triggers: dict, analysis: Analysis) -> bool:
        """'Kenya claimed that al-Shabaab had raided a border post': a claim that another party did
        a hostile act is an accusation of that party (the act is what it is accused of, as in
        'accused X of attacking'), which the claim verb, no longer generic, tells. A claim of one's own act or of
        a cooperative one ('Chile claimed that Peru had agreed to talks') accuses no one."""
        tok = trig.tok
        if trig.nominal or tok.lemma_.lower() not in SPEECH_CLAIM:
            return False
        claimer = set(actors_of(analysis, subject_tokens(tok)[0]))
        if not claimer:
            return False
        for c in tok.children:
            act = triggers.get(c.i)
            if c.dep_ != "ccomp" or act is None or act.spec.type in self.lex.cooperative_types:
                continue
            doers = actors_of(analysis, [s for s in subject_tokens(c)[0] if s.pos_ in ("NOUN", "PROPN")])
            if doers and not set(doers) & (claimer | own_states(analysis, claimer)):
                return True
        return False

    @staticmethod
    def protest_demand(trig: Trigger, by_token: dict) -> bool:
        """Whether a request verb in a clause hanging off a protest ('rallied to demand X',
        'staged a protest calling for X') tells what the protest is for: one protest, no request."""
        tok = trig.tok
        if trig.spec.type != "REQUEST" or trig.nominal or tok.dep_ not in ("advcl", "xcomp") or tok.head.i == tok.i:
            return False
        heads = [tok.head] + [c for c in tok.head.children if c.dep_ in ("dobj", "attr")]
        return any(h.i in by_token and by_token[h.i].spec.type == "PROTEST" for h in heads)

    def orphaned_nominals(self, deferred: list, built: dict, sent, analysis: Analysis) -> list[Event]:
        """Event nouns in a prepositional phrase of a weak verb trigger that told no event of its
        own ('pressed on with joint exercises', where 'press' asks no one): the noun's event is
        told by the clause, with the verb's subject as its doer. An object noun stays part of its
        verb ('opposing sanctions' tells no sanctions of the opposer). `deferred`: (noun trigger,
        index of the verb that absorbed it); `built`: verb index -> its event or None."""
        out = []
        for trig, verb in deferred:
            tok = trig.tok
            if verb in built and built[verb] is None and self._matched[verb].spec.weak and \
                    tok.dep_ == "pobj" and tok.head.head.i == verb:
                ev = self.build(trig, sent, analysis)
                if ev is not None:
                    out.append(ev)
        return out

    @staticmethod
    def own_time(tok) -> bool:
        """Whether a participle names a time of its own ('imposed in 2019', 'signed last year')."""
        return any(c.dep_ == "npadvmod" and c.ent_type_ == "DATE" or c.dep_ == "prep" and any(
            p.dep_ == "pobj" and p.ent_type_ == "DATE" for p in c.children) for c in tok.children)

    def followed_events(self, sent, analysis: Analysis, sent_events: list) -> list[Event]:
        """'Chile's senate ratified the pact in May, and Peru's congress followed
        on Tuesday': a doer that 'followed' (with no object, or 'suit') repeats the act told
        just before in its sentence or the previous few, toward the same target, on its own date."""
        out = []
        for tok in tokens_of(sent):
            if tok.lemma_.lower() not in ELLIPSIS_VERBS or tok.pos_ != "VERB" or any(
                    c.dep_ == "dobj" and c.lower_ != "suit" for c in tok.children) or tok.dep_ in ("amod", "acl", "pcomp") \
                    or any(s <= tok.idx < e for s, e in self._quote_spans):
                continue
            doer = actors_of(analysis, subject_tokens(tok)[0])
            before = [e for e in sent_events if (e.trigger_start or 0) < tok.idx] or [
                e for e in self._previous[-1:] if self.told_just_before(e, sent)]
            if not doer or not before:
                continue
            act = max(reversed(before), key=lambda e: e.confidence)  # the main act, not one embedded in it
            if set(doer) & set(act.source):
                continue
            ev = replace(act, source=doer, target=[n for n in act.target if n not in doer], date=None,
                         date_precision=None, date_basis=None, date_text=None, trigger=tok.text,
                         trigger_start=tok.idx, trigger_end=tok.idx + len(tok.text),
                         evidence=sent.text.strip(), evidence_start=sent.start_char,
                         evidence_end=sent.start_char + len(sent.text.rstrip()), confidence=round(act.confidence - 0.1, 3))
            self.set_date(ev, Trigger(tok, TriggerSpec(act.type, act.mode, act.cameo), [tok], False), analysis, [])
            if ev.target:
                out.append(ev)
        return out

    @staticmethod
    def in_copular_subject(tok) -> bool:
        """Whether a noun lies in the subject of 'be' ('The aim of closer trade between A and B is
        to ...', 'Cooperation between A and B is strong'): what is said of a relation, not an act
        that takes place."""
        cur = tok
        for _ in range(6):
            if cur.dep_ in ("nsubj", "csubj") and cur.head.lemma_ == "be":
                return True
            if cur.head.i == cur.i or cur.dep_ not in ("pobj", "prep", "pcomp", "dobj", "compound", "conj", "nsubj"):
                return False
            cur = cur.head
        return False

    @staticmethod
    def in_free_relative(tok) -> bool:
        """Whether a verb completes a free relative clause ('caused what she said she meant
        to avert'): a 'what' opens a clause the verb completes, so the verb names a thing by what
        someone says or wants, not an act that took place (the claiming itself did take place)."""
        cur = tok
        for _ in range(3):
            if cur.dep_ not in ("xcomp", "ccomp") or cur.head.i == cur.i:
                return False
            cur = cur.head
            if any(c.tag_ == "WP" and c.lower_ in ("what", "whatever") and c.i < cur.i for c in cur.children):
                return True
        return False

    @staticmethod
    def aimed_at_what(tok) -> bool:
        """Whether an infinitive's object is the 'what' of a free relative ('what X had hoped to
        stop', 'what Y vowed to block'): the clause names a thing by an act someone aimed at, and
        the act's object is that thing, not a party named nearby."""
        return tok.dep_ == "xcomp" and any(c.dep_ == "dobj" and c.tag_ == "WP" and c.lower_ in ("what", "whatever")
                                           for c in tok.children)

    def bare_control(self, trig: Trigger) -> bool:
        """Whether a verb coded only by its CAMEO default is a control verb of an act not done
        ('failed to isolate X', 'decided to review Y'): its to-infinitive carries the event,
        with the status the control verb gives, or there is none; no object of its own."""
        tok = trig.tok
        if not trig.bare_cameo or self.lex.control_verbs.get(tok.lemma_.lower()) not in ("planned", "negated"):
            return False
        kids = list(tok.children)
        return any(c.dep_ == "xcomp" and self.infinitive(c) for c in kids) and \
            not any(c.dep_ in ("dobj", "dative", "iobj") for c in kids)

    @staticmethod
    def infinitive(tok) -> bool:
        """Whether a clausal complement is a verb: tagged as one, or led by 'to' (a coined verb in
        quotation marks, 'failed to "Balkanise" the region', is often tagged as a proper noun)."""
        return tok.pos_ in ("VERB", "AUX") or any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children)

    def talks_partner(self, source: list, analysis: Analysis) -> list:
        """The other side of the last meeting told before, when the source took part in it itself
        or through a person of its state ('Biden and Kishida held talks ... Japan also agreed to
        act against X': Japan agreed with the United States). An undertaking named with no partner
        in a report of talks is a concession to the other side, not an act toward whoever the
        undertaking names. The partner is a state when the source is a state."""
        meeting = next((e for e in reversed(self._previous) if e.type == "CONSULT" and e.source and e.target), None)
        if meeting is None:
            return []
        side = set(source) | own_states(analysis, source)
        parties = meeting.source + meeting.target
        mine = [n for n in parties if n in side or own_states(analysis, [n]) & side]
        others = [n for n in parties if n not in mine]
        if not mine or not others:
            return []
        states = {a.name for a in analysis.actors if a.name in source and is_country_actor(a)}
        if states:
            others = [s for n in others for s in (own_states(analysis, [n]) or {n})]
        return [n for n in dict.fromkeys(others) if n not in source]

    @staticmethod
    def addressee_named(tok, analysis: Analysis) -> bool:
        """Whether a request verb names whom it asks: an actor as its object, an indirect object
        or a 'to' phrase ('suggested closer cooperation' names what, not whom)."""
        return any(c.dep_ in ("dative", "iobj") or (c.dep_ == "prep" and c.lower_ == "to") or (
            c.dep_ == "dobj" and actors_of(analysis, [c])) for c in tok.children)

    @staticmethod
    def state_spokesman(target: list, source: list, sent, analysis: Analysis) -> list:
        """A proposal that asks no one, about a state, made in a sentence that names one person of
        that state (the counterpart just met: 'met his Ugandan counterpart Museveni and suggested
        closer ties with Uganda'): the proposal is put to that person."""
        state = next((a for a in analysis.actors if a.name == target[0]), None)
        if state is None or not is_country_actor(state) or not state.country:
            return target
        people = [a.name for a in analysis.actors if a.type == "PERSON" and a.country == state.country
                  and a.name not in source and any(sent.start_char <= m.start < sent.end_char
                                                   and m.kind != "pronoun" for m in a.mentions)]
        return people if len(people) == 1 else target

    def aims_without_asking(self, trig: Trigger) -> bool:
        """Whether a request verb that is also a control verb ('seek') only says what its subject
        aims at: it governs a to-infinitive and asks no one (no object, no addressee, no 'for' or
        'from' phrase). 'sought to strengthen ties with X' is the strengthening, planned, not a
        request to X; 'sought help from X' and 'asked X to leave' stay requests."""
        tok = trig.tok
        if trig.nominal or trig.spec.type != "REQUEST" or tok.lemma_.lower() not in self.lex.control_verbs:
            return False
        kids = list(tok.children)
        if not any(c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") for c in kids):
            return False
        return not any(c.dep_ in ("dobj", "dative", "iobj") or (c.dep_ == "prep" and c.lower_ in ("for", "from"))
                       for c in kids)

    def intended(self, tok) -> bool:
        """Whether a verb is the act an intent or a threat is about: the complement of an intent
        word ('pledged to send aid', 'have sworn to fight', where the parser may hang the
        infinitive as an adverbial clause) or the infinitive of an intent or threat noun ('its
        pledge to strike X', 'a threat to attack X'): the act is intended, not done."""
        head = tok.head
        if head.i == tok.i or tok.pos_ not in ("VERB", "AUX"):
            return False
        if tok.dep_ == "xcomp":
            return head.lemma_.lower() in self.lex.intent_words
        if tok.dep_ == "ccomp":  # 'vowed that the attackers would be punished': a threat
            act = self._matched.get(tok.i)
            return head.pos_ == "VERB" and head.lemma_.lower() in self.lex.intent_words and act is not None \
                and act.spec.type not in self.lex.cooperative_types and any(
                    c.dep_ == "aux" and c.lower_ in ("would", "will", "'ll", "shall") for c in tok.children)
        if tok.dep_ not in ("advcl", "acl") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            return False
        if tok.dep_ == "advcl" and any(c.dep_ == "dobj" for c in head.children):
            return False  # 'offered its troops to help him': a purpose, not what is offered
        if head.lemma_.lower() in self.lex.intent_words:
            return True
        noun = self._matched.get(head.i)
        return tok.dep_ == "acl" and noun is not None and noun.nominal and noun.spec.type == "THREATEN"

    def against_problem(self, tok, nominal: bool, words: list) -> bool:
        """Whether what an attack, a campaign or a demand is directed at is a problem, not an actor
        or a place: its object, or the object of its 'against' / 'on' phrase, is one of the
        lexicon's abstract problems ('fight corruption and forest fires', 'a campaign against
        malaria'; words: the trigger's own words, as 'campaign' in 'launched a campaign')."""
        heads = [tok] + ([] if nominal else [c for c in tok.children if c.dep_ == "dobj" and c in words])
        objs = [] if nominal else [c for c in tok.children if c.dep_ == "dobj" and c not in words]
        objs += [p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in ("against", "on")
                 for p in c.children if p.dep_ == "pobj"]
        objs += [c for o in objs for c in o.conjuncts]
        return bool(objs) and all(o.lemma_.lower() in self.problem_nouns or o.lower_ in self.problem_nouns
                                  for o in objs)

    def appreciated_act(self, trig: Trigger):
        """The act or relationship an evaluation verb is about, when its object names one
        ('appreciates Peru's support', 'values the level of cooperation between A and B'), else
        None: the praise goes to whoever does that act, not to the parties it names."""
        for d in [c for c in trig.tok.children if c.dep_ in ("dobj", "nsubjpass") and c not in trig.words]:  # not 'rallied support'
            for n in [d] + [p for c in d.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                            if p.dep_ == "pobj"]:
                found = self._matched.get(n.i)
                if found is not None and found.nominal and found.tok.i == n.i:
                    return n
        return None

    @staticmethod
    def own_doers(noun, analysis: Analysis) -> list:
        """The actors a nominal act names as its own doers or counterpart: its possessor or modifier
        ('Russia's support', 'US aid'), its 'by' agent and its 'with' partner ('an agreement with
        the EU'); not those it is for or between."""
        doers = [c for c in noun.children if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i < noun.i]
        doers += [p for c in noun.children if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "with")
                  for p in c.children if p.dep_ == "pobj"]
        return actors_of(analysis, doers)

    @staticmethod
    def between_parties(tok, analysis: Analysis) -> list:
        """'cooperation between A and B': the parties a nominal act names for itself, two or more,
        who hold it whoever talks of it."""
        names = actors_of(analysis, [p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("between", "among")
                                     for p in c.children if p.dep_ == "pobj"])
        return names if len(names) >= 2 else []

    @staticmethod
    def requested_act(trig: Trigger, by_token: dict) -> bool:
        """An infinitive the parser hangs as an adverbial clause of a request to someone ('urged
        Oslo for months to act against smugglers'): the act asked for, part of the request."""
        tok = trig.tok
        if trig.nominal or tok.dep_ != "advcl" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            return False
        head = by_token.get(tok.head.i)
        return head is not None and not head.nominal and head.spec.type == "REQUEST" and any(
            c.dep_ == "dobj" for c in tok.head.children)

    @staticmethod
    def short_of(tok) -> bool:
        """'stopped short of condemning X', 'fell short of a deal': the act did not happen."""
        return tok.dep_ in ("pcomp", "pobj") and tok.head.lower_ == "of" and tok.head.head.lower_ == "short"

    @staticmethod
    def time_reference(trig: Trigger) -> bool:
        """Whether a trigger only marks a time for its clause, as background to it: an event noun
        after 'since' / 'until' or a measured 'a month after' / 'days before' ('since the summit',
        'a week after the board's session'), a clause opened by 'until' ('shipped grain until
        it abandoned the deal'), or the end of a meeting after 'before' / 'after' ('before closing
        the summit'). Such an event is told elsewhere in its own right, if at all. An
        act owned by its doer ('months after Russia's invasion') is told in passing, and kept."""
        tok = trig.tok
        if trig.nominal:
            if tok.dep_ != "pobj":
                return False
            prep = tok.head
            measured = prep.head.dep_ == "npadvmod" or any(c.dep_ == "npadvmod" for c in prep.children)
            owned = any(c.dep_ == "poss" for c in tok.children)  # 'months after Russia's invasion' is told
            if prep.lower_ == "under" and trig.spec.type == "AGREE":
                return True  # 'obligations under agreements', 'demobilized under the deal': the frame of an act
            return prep.lower_ in TIME_REFERENCE_PREPS or prep.lower_ in ("after", "before") and measured and not owned
        if tok.dep_ == "pcomp" and tok.head.lower_ in TIME_REFERENCE_PREPS | {"after", "before"} \
                and tok.lemma_.lower() in ENDING_VERBS:
            return True  # 'before closing the summit, X proposed': the end of a meeting as a time
        return tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "until" for c in tok.children)

    @staticmethod
    def reciprocal_object(tok) -> bool:
        """'Czechia and Albania upgraded their diplomatic ties': an act of two on what is theirs
        together is between them."""
        return any(c.dep_ in ("dobj", "pobj") and any(p.dep_ == "poss" and p.lower_ == "their" for p in c.children)
                   for c in tok.children) or any(t.lower_ in ("each", "one") and t.nbor().lower_ in ("other", "another")
                                                 for t in tok.subtree if t.i + 1 < len(t.doc))

    @staticmethod
    def speaker_phrase(verb, analysis: Analysis) -> set:
        """Actors named inside the phrase that names a speaker, on either side of the speech verb
        ('Ruto, speaking at a forum of the X', 'says Petrov of the Y institute'): how the speaker
        is introduced, not whom the judgement is about."""
        subj = subject_tokens(verb)[0]
        spans = [(t.left_edge.idx, t.right_edge.idx + len(t.right_edge.text)) for t in subj]
        spans += [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text)) for c in verb.children
                  if c.dep_ == "advcl" and c.tag_ == "VBG"]  # 'speaking at a forum of X, Ruto said'
        return {a.name for a in analysis.actors for m in a.mentions if m.kind != "pronoun"
                and any(s <= m.start and m.end <= e for s, e in spans)}

    @staticmethod
    def in_subject_phrase(trig: Trigger, analysis: Analysis) -> set:
        """Actors named anywhere in the subject phrase of a verb trigger ("Erdogan's AK Party",
        'the spokesman of the Russian president'): they stand on the subject's side."""
        if trig.nominal:
            return set()
        subj = [t for t in subject_tokens(trig.tok)[0] if t.i < trig.tok.i]
        if not subj:
            return set()
        start = min(t.left_edge.idx for t in subj)
        end = max(t.right_edge.idx + len(t.right_edge.text) for t in subj)
        return {a.name for a in analysis.actors for m in a.mentions
                if start <= m.start and m.end <= end and m.kind != "pronoun"}

    @staticmethod
    def occasion(trig: Trigger) -> bool:
        """A meeting named as the occasion of the clause's act ('at a summit', 'after talks')."""
        return trig.nominal and trig.spec.type == "CONSULT" and trig.tok.dep_ == "pobj" and \
            trig.tok.head.lower_ in OCCASION_PREPS

    @staticmethod
    def told_before(tok) -> bool:
        """'During the visit', 'after the talks': a bare definite event noun refers back to a
        meeting the article has told already (no modifier or party of its own)."""
        kids = list(tok.children)
        return any(c.dep_ == "det" and c.lower_ == "the" for c in kids) and not any(
            c.dep_ in ("amod", "compound", "poss", "nummod", "prep", "acl") for c in kids)

    def within_told_meeting(self, tok) -> bool:
        """'During the talks, trade was discussed': a verb of meeting set during or at a meeting
        the article has told already is part of that meeting, not one of its own."""
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("during", "at", "in"):
                for p in c.children:
                    found = self._matched.get(p.i)
                    if p.dep_ == "pobj" and found is not None and found.nominal and found.spec.type == "CONSULT" \
                            and self.told_before(p):
                        return True
        return False

    def own_agent(self, tok) -> list:
        """The agent tokens a nominal event names for itself: 'a visit by X', 'talks hosted by X'
        (not a go-between: 'a truce brokered by X' is not X's truce)."""
        heads = [tok] + [c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN"
                         and not self.mediating_word(c)]
        return [p for h in heads for c in h.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"
                for p in c.children if p.dep_ == "pobj"]

    @staticmethod
    def counterpart_of(tok, analysis: Analysis) -> list:
        """'her Chilean counterpart, Ana Ruiz, flew to Lima for talks': a subject
        named as someone's counterpart meets that someone, the person 'his' refers to (the
        last person named before it, other than the counterpart)."""
        for subj in subject_tokens(tok)[0]:
            if subj.lemma_.lower() != "counterpart":
                continue
            owner = next((c for c in subj.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
            own = analysis.actor_at(subj.idx, subj.idx + len(subj.text))
            if owner is None:
                continue
            before = [(m.start, a.name) for a in analysis.actors if a.type == "PERSON" and a is not own
                      and (own is None or a.name != own.name)
                      for m in a.mentions if m.start < owner.idx and m.kind != "pronoun"]
            return [max(before)[1]] if before else []
        return []

    def meeting_partners(self, tok, analysis: Analysis) -> list:
        """The parties of the meeting a trip is for ('flew to Cairo for talks with Sisi', 'for a
        summit hosted by X'): the meeting's 'with' partners and hosts, who are the ones visited."""
        names = []
        for c in tok.children:
            if c.dep_ != "prep" or c.lower_ not in ("for", "to"):
                continue
            for p in c.children:
                trig = self._matched.get(p.i)
                if p.dep_ != "pobj" or trig is None or not trig.nominal or trig.spec.type != "CONSULT":
                    continue
                hosts, others = self.hosted_phrase(p, analysis)
                names += hosts + others + actors_of(analysis, [o for w in p.children if w.dep_ == "prep"
                                                               and w.lower_ == "with" for o in w.children
                                                               if o.dep_ == "pobj"])
        return list(dict.fromkeys(names))

    def hosted_phrase(self, tok, analysis: Analysis) -> tuple[list, list]:
        """Actors of participle phrases on a nominal event ('talks hosted by A with B', 'a summit
        with leaders hosted by C'): (the agents hosting the event itself, the other parties named)."""
        hosts, others = [], []
        for acl in [c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN"]:
            if self.mediating_word(acl):
                continue  # 'a truce brokered by A': A is a go-between, not the truce's party
            hosts += actors_of(analysis, [p for c in acl.children if c.dep_ == "agent" for p in c.children
                                          if p.dep_ == "pobj"])
            others += actors_of(analysis, [p for c in acl.children if c.dep_ == "prep" and c.lower_ == "with"
                                           for p in c.children if p.dep_ == "pobj"])
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "with":
                for p in c.children:
                    if p.dep_ == "pobj":
                        others += self.hosted_phrase(p, analysis)[0]
        return hosts, others

    # ---- arguments ---------------------------------------------------------------------------

    @staticmethod
    def judgement_noun(trig: Trigger):
        """The noun of a judgement the clause's subject gets: a nominal trigger that is the object
        of a verb that tells no event of its own ('drew condemnation', 'won praise'; a verb trigger
        such as 'demanded an apology from X' keeps its own reading)."""
        tok = trig.tok
        return tok if trig.nominal and tok.dep_ == "dobj" and tok.head.pos_ in ("VERB", "AUX") else None

    def from_phrase(self, trig: Trigger) -> list:
        """The 'from' objects of a judgement noun or of its verb."""
        noun = self.judgement_noun(trig)
        if noun is None:
            return []
        return [p for h in (noun, noun.head) for c in h.children if c.dep_ == "prep" and c.lower_ == "from"
                for p in c.children if p.dep_ == "pobj"]

    def judged_from(self, trig: Trigger) -> bool:
        """'Russia faced criticism from the EU', 'the arrest drew condemnation from Germany', 'Kenya
        won praise from the UN': a judgement, demand or threat the clause's subject gets 'from'
        someone is that someone's, aimed at the subject (at the doer of an act named as the subject)."""
        if self.received_noun(trig):  # 'received aid (from X)', 'faced sanctions': the subject gets it
            return True
        return trig.spec.type in self.lex.speech_act_types and bool(self.from_phrase(trig))

    def received_noun(self, trig: Trigger) -> bool:
        """An event noun the object of a receiving verb ('received aid', 'faced sanctions'): the
        act is aimed at the verb's subject, done by the 'from' party if one is named."""
        noun = self.judgement_noun(trig)
        return noun is not None and noun.head.lemma_.lower() in self.lex.receiving_verbs and trig.spec.mode != "host"

    def received_by_object(self, trig: Trigger) -> bool:
        """A receiving verb coded by its object ('received weapons', 'faced criticism'), no guest."""
        return not trig.nominal and len(trig.words) >= 2 and trig.spec.mode != "host" \
            and self.verb_lemma(trig.tok) in self.lex.receiving_verbs

    def giver(self, trig: Trigger, analysis: Analysis) -> list:
        """'Ukraine received weapons from Japan', 'Iran faced charges from X': the 'from' party of
        a receiving verb coded by its object is the doer of the act (see receiving_verbs). Guests
        received ('received ministers from Qatar') are hosted by the subject, whoever sent them."""
        tok = trig.tok
        if not self.received_by_object(trig):
            return []
        heads = [tok] + [w for w in trig.words if w.dep_ == "dobj" and w.head.i == tok.i]
        return actors_of(analysis, [p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "from"
                                    for p in c.children if p.dep_ == "pobj"])

    def suffered(self, trig: Trigger) -> bool:
        """'Turkey came under attack from Syria', 'the convoy was under fire': a hostile act named
        as what the clause's subject is under is suffered by that subject; its doer is the 'from'
        or 'by' phrase."""
        tok = trig.tok
        return trig.nominal and trig.spec.type not in self.lex.cooperative_types and tok.dep_ == "pobj" \
            and tok.head.lower_ == "under" and tok.head.head.pos_ in ("VERB", "AUX")

    def participants(self, trig: Trigger, analysis: Analysis) -> tuple[list, list, list]:
        """(source names, target names, extra head tokens for the place search)."""
        tok, spec = trig.tok, trig.spec
        lex = self.lex
        extra = []
        if not trig.nominal:
            subj, passive = subject_tokens(tok)
            source = self.commanded_by(tok, analysis) or self.passive_orderer(tok, analysis) \
                or self.pair_of_last_deal(subj, analysis) \
                or actors_of(analysis, past_dateline(analysis, subj)) \
                or self.reporter(tok, subj, analysis) or self.they_of_last_meeting(trig, subj)
            objects = object_tokens(tok, lex)
            held = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass", "attr") and not appositive_object(c)]
            held += [p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "against")
                     for p in c.children if p.dep_ == "pobj"]  # 'imposed curbs on exports to Japan'
            held_preps = NOUN_TARGET_PREPS - (TOPIC_PREPS if spec.type in MUTUAL_TYPES else set())
            for o in held:
                # 'signed a treaty with Japan', 'imposed sanctions on Iran' (not 'held talks on Ukraine')
                objects += [p for c in prep_phrases(o) if c.dep_ in ("prep", "conj") and c.lower_ in held_preps
                            for p in c.children if p.dep_ == "pobj"]
            # the object a trigger is named with is no party ('signed a treaty'), save the guests
            # of a meeting ('received ministers from X', 'welcomed the Thai prime minister')
            guests = spec.type == "CONSULT"
            target = actors_of(analysis, [o for o in objects if o not in trig.words or guests and o.i != tok.i])
            patients = self.passive_patients(tok, analysis)
            if patients:  # 'the pilot, Captain X, was taken prisoner': X is acted on, never the doer
                people = [n for n in patients if any(a.name == n and a.type == "PERSON" for a in analysis.actors)]
                source = [n for n in source if n not in patients]
                target = people + [n for n in target if n not in people and (not people or n not in patients)]
            if self.received_by_object(trig):  # the subject gets the act: the 'from' party does it
                source = self.giver(trig, analysis)
                target = [n for n in actors_of(analysis, subj) if n not in source]
            # 'was blown up by a missile': a doer named in the 'by' phrase, though no actor, leaves the
            # patient the target (the patient never becomes the doer)
        elif self.judged_from(trig):
            verb = tok.head
            source = actors_of(analysis, self.from_phrase(trig))
            subj = subject_tokens(verb)[0]
            acts = [t for t in subj if t.i in self._matched and self._matched[t.i].nominal]
            target = [n for n in (self.own_doers(acts[0], analysis) if acts else actors_of(analysis, subj))
                      if n not in source]
            extra.append(verb)
        elif self.suffered(trig):
            verb = tok.head.head
            source = actors_of(analysis, [p for h in (tok, verb) for c in h.children if c.dep_ in ("prep", "agent")
                                          and c.lower_ in ("from", "by") for p in c.children if p.dep_ == "pobj"])
            target = [n for n in actors_of(analysis, subject_tokens(verb)[0]) if n not in source]
            extra.append(verb)
        else:
            source, target = [], []
            if tok.dep_ == "compound" and tok.head.pos_ == "NOUN" and tok.head.i not in self._matched:
                tok = tok.head  # 'a mediation mission between A and B': the phrase is the head's
            for c in tok.children:
                if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i < tok.i:
                    source += [n for n in actors_of(analysis, [c]) if n not in source]
                if c.dep_ in ("prep", "agent") and c.lower_ == "by":
                    source += [n for n in actors_of(analysis, [p for p in c.children if p.dep_ == "pobj"])
                               if n not in source]
            preps = lex.target_preps | ({"between", "among"})
            if spec.type in MUTUAL_TYPES:  # 'talks on Ukraine', 'a deal over X': what it is about
                preps = preps - TOPIC_PREPS
            target = actors_of(analysis, [o for c in tok.children if c.dep_ == "prep" and c.lower_ in preps
                                          for o in c.children if o.dep_ == "pobj"])
            hosts, others = self.hosted_phrase(tok, analysis)
            source += [n for n in hosts if n not in source]
            target += [n for n in others if n not in target and n not in source]
            verb, link = governing_verb(tok)
            if verb is not None:
                extra.append(verb)
                if link == "scene" and not source or link == "object" and not source and not self.between_parties(
                        tok, analysis) and not self.named_as(verb, spec.type):  # 'values the cooperation between A and B' is A's and B's
                    source = actors_of(analysis, past_dateline(analysis, subject_tokens(verb)[0]))
                if not target or link == "subject":
                    preps = {"with", "between", "to", "against"}
                    if spec.type not in lex.cooperative_types:  # 'carried out strikes on X' (not 'talks on X')
                        preps |= {"on", "at", "into", "upon"}
                    objects = object_tokens(verb, lex, preps)
                    if self.occasion(trig):  # 'at a news conference, Lavrov praised India': India was not at it
                        objects = object_tokens(verb, lex, {"with", "between"})
                        objects = [o for o in objects if o.dep_ == "pobj"]
                    target += [n for n in actors_of(analysis, [o for o in objects
                                                               if o.i != tok.i and o not in trig.words])
                               if n not in target]
        held = [] if trig.nominal else [c for c in tok.children if c.dep_ == "nsubjpass"]  # 'a deal between A and B was signed'
        between = any(c.dep_ == "prep" and c.lower_ in ("between", "among") for h in [tok, *extra, *held] for c in h.children)
        target += [n for n in self.between_the_two(tok, analysis) if n not in target]
        target = [n for n in target if n not in source]
        if (spec.reciprocal or between or spec.type in MUTUAL_TYPES) and len(source) >= 2 and not target:
            source, target = source[:1], source[1:]
        if between and not source and len(target) >= 2:
            source, target = target[:1], target[1:]
        return source, target, extra

    # ---- the stage ---------------------------------------------------------------------------

    def __call__(self, analysis: Analysis) -> Analysis:
        doc = analysis.doc
        if doc is None:
            return analysis
        quote_spans = [(q.start, q.end) for q in analysis.quotes if q.kind == "direct"]
        self._article_place = False
        self._content = {}
        self._previous: list[Event] = []
        self._sent_events: list[Event] = []
        self._matched: dict = {}
        self._analysis = analysis
        if not analysis.quotes:
            quote_spans = quoted_spans(analysis.article.text)
        self._quote_spans = quote_spans
        events: list[Event] = []
        analysis._told_events = events  # events told so far ('the two sides': see last_pair_told)
        for sent in doc.sents:
            if sent.text.lstrip().lower().startswith(self.lex.link_teasers):
                continue  # 'Read more: ...' links to another story
            triggers = {}
            quoted_here = [(s, e) for s, e in quote_spans if s < sent.end_char and sent.start_char < e]
            for tok in tokens_of(sent):
                if quoted_here and any(s <= tok.idx < e for s, e in quoted_here):
                    continue
                trig = self.match(tok)
                if trig is not None:
                    triggers[tok.i] = trig
            self._matched = triggers
            intents = {t.tok.head.i for t in triggers.values() if self.intended(t.tok)}
            sent_events = self._sent_events = []
            aims = {t.tok.i for t in triggers.values() if self.aims_without_asking(t) or self.bare_control(t)}
            built, deferred = {}, []  # trigger index -> its event (or None); nominals a verb absorbed
            generic = {t.tok.i for t in triggers.values() if self.carried_by_complement(t, triggers)
                       and not self.claimed_wrongdoing(t, triggers, analysis)}
            for trig in triggers.values():
                if trig.tok.i in intents or trig.tok.i in aims:
                    continue  # 'pledged to send aid': the pledge is coded from what is pledged
                if trig.tok.i in generic:
                    continue  # 'decided to allow': a generic verb's complement carries the event
                if self.time_reference(trig):
                    continue  # 'a week after the board's session', 'until it abandoned the deal'
                if self.short_of(trig.tok) and not self.keep_bare:
                    continue  # 'a text that stopped short of condemning Peru': no condemnation
                absorber = self.absorber(trig, triggers)
                if absorber is not None and not (trig.tok.dep_ != "acl" and self.intended(trig.tok)
                                                 and trig.tok.head.i in intents) \
                        and not (trig.tok.dep_ == "xcomp" and trig.tok.head.i in aims):
                    if trig.nominal and absorber >= 0:
                        deferred.append((trig, absorber))
                    continue
                ev = built[trig.tok.i] = self.build(trig, sent, analysis)
                if ev is not None:
                    sent_events.append(ev)
            sent_events += self.orphaned_nominals(deferred, built, sent, analysis)
            sent_events += self.followed_events(sent, analysis, sent_events)
            sent_events += statement_events(self, sent, analysis, triggers, sent_events)
            sent_events += treaty_events(self, sent, analysis, sent_events)
            events.extend(self.merge_sentence(self.drop_bare(sent_events, self.keep_bare)))
            self._previous = events
        propagate_dates(analysis, events)  # headline events and "the meeting will take place on ..."
        events = drop_dateline_actors(analysis, events)
        events = self.drop_headline_repeats(events, headline_end(analysis.article.text))
        analysis.events = self.dedupe(events, self._content)
        if not self.keep_bare:  # articles follow the gold guideline's mediation convention
            analysis.events = split_mediated_signings(self, analysis, analysis.events)
        try:  # event participants are listed actors (actors_salience's hook for later stages)
            from .actors_salience import add_salience
        except ImportError:
            return analysis
        add_salience(analysis)
        if self.keep_bare:  # sentence-level coding: every coded participant is a listed actor
            names = {n for e in analysis.events for n in e.source + e.target}
            for a in analysis.actors:
                if a.name in names:
                    a.salient = True
        return analysis

    def told_just_before(self, event: Event, sent) -> bool:
        """Whether an event of the article's earlier sentences lies within the lexicon's
        continuation window before `sent` (what 'it', 'the claim', 'replied' may answer)."""
        return sent.start_char - (event.evidence_start or 0) <= self.lex.continuation_window

    def outvoted_target(self, tok, sent) -> list:
        """'Lawmakers approved the protocol, with only X voting against': a side voting against
        what the clause approves opposes that approval's party; when the approval names none
        ('the protocol'), the party of the last approval told just before ('voted to ratify Y's
        accession. Lawmakers approved the protocol ...')."""
        if not absolute_subject(tok):
            return []
        main = tok.head.head
        approval = next((e for e in self._sent_events if e.type == "AGREE"
                         and e.trigger_start == main.idx), None)
        if approval is None:
            return []
        if approval.target:
            return list(approval.target)
        earlier = [e for e in self.events_just_before(sent) if e.type == "AGREE" and e.target]
        return list(earlier[-1].target) if earlier else []

    @staticmethod
    def agreed_without_agent(trig: Trigger) -> bool:
        """'agreement had been reached', 'a deal was struck': an agreement told in the passive
        with no 'by' phrase, its parties left to the context."""
        tok = trig.tok
        return not trig.nominal and any(c.dep_ == "nsubjpass" and c.pos_ == "NOUN" for c in tok.children) \
            and not any(c.dep_ == "agent" for c in tok.children)  # not 'what had been agreed'

    def last_meeting(self, sent) -> Optional[Event]:
        """The last meeting told in this sentence or just before, whose parties make an agreement
        told with no agent ('the ministers met in Lima. A deal was struck late on Friday': the
        ministers agreed); None when there is none."""
        return next((ev for ev in reversed(self.events_just_before(sent) + self._sent_events)
                     if ev.type == "CONSULT" and ev.source), None)

    def events_just_before(self, sent) -> list[Event]:
        """The article's events of earlier sentences told within the continuation window."""
        return [e for e in self._previous if self.told_just_before(e, sent)]

    def event_place(self, analysis: Analysis, sent, tok, speaker: tuple = ()):
        """Where an event told at `tok` happened: the place its sentence gives it, else the
        article's dateline or dominant place (None without the places stage), or the home of a
        government spokesperson `speaker` (see `home_of_speaker`)."""
        if self.place_for_event is None:
            return None
        found = self.place_for_event(analysis, sent.start_char, sent.end_char, trigger=tok.idx)
        if found is None:
            if self._article_place is False:  # computed once per article (an empty stretch)
                self._article_place = self.place_for_event(analysis, 0, 0, fallback=True)
            found = self.home_of_speaker(analysis, speaker, self._article_place, tok=tok)
        return found

    @staticmethod
    def speaks_for_government(analysis: Analysis, role: Optional[str]) -> bool:
        """See places.speaks_for_government; a person with no role speaks for no one."""
        from .places import speaks_for_government
        return speaks_for_government(analysis, role or "")

    def state_of_voice(self, tok, analysis: Analysis) -> list:
        """'The Kremlin spokesman said the case against him would be dropped', 'the ministry said
        curbs would be lifted': an act put in the passive with no agent, reported by someone who
        speaks for a government (a spokesperson or ministry official, or a ministry itself), is an
        act of that government's state: [the state's name], else []."""
        participle = tok.dep_ == "acl" and tok.tag_ == "VBN"  # 'scrap duties imposed in 2017'
        if not (participle or any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)) or any(
                c.dep_ == "agent" for c in tok.children):
            return []
        verb = tok
        if participle:  # the clause the noun it describes belongs to
            verb = tok.head
            while verb.dep_ in ("dobj", "pobj", "prep", "nsubjpass") and verb.head.i != verb.i:
                verb = verb.head
        while verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i:
            verb = verb.head
        if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in self.lex.speech_verbs:
            return []
        for name in actors_of(analysis, subject_tokens(verb.head)[0]):
            voice = next((a for a in analysis.actors if a.name == name), None)
            if voice is None or not voice.country or voice.type not in ("PERSON", "ORG"):
                continue
            if not self.speaks_for_government(analysis, voice.role if voice.type == "PERSON" else voice.name):
                continue
            state = next((a.name for a in analysis.actors if a.country == voice.country and is_country_actor(a)), None)
            return [state] if state else []
        return []

    def home_of_speaker(self, analysis: Analysis, source: list, fallback, tok=None, target=()):
        """Where a statement by `source` with no place of its own was made (places.speaker_home:
        a government's spokesperson speaks in their capital), given the article's place and the
        events told before."""
        from .places import speaker_home
        if tok is None:
            return speaker_home(analysis, source[0] if source else None, fallback, self._previous)
        return speaker_home(analysis, source[0] if source else None, fallback, self._previous,
                            trigger=tok.idx, parties=(list(source), list(target)))

    def build(self, trig: Trigger, sent, analysis: Analysis) -> Optional[Event]:
        spec = trig.spec
        if not trig.nominal and self.natural_doer(trig.tok):
            return None  # 'a cyclone hit X', 'inflation hit X': a disaster or a trend, no party acts
        if not trig.nominal and (self.failed_attempt(trig.tok) or self.tally(trig.tok)
                                 or self.described_as(trig.tok) or self.past_of_described_thing(trig.tok)):
            return None  # tried in vain; a count over years; 'recognised as part of X'; 'the status it had granted'
        if not trig.nominal and self.done_by_unnamed_things(trig.tok, analysis) and (
                spec.type not in self.lex.crowd_types or not self.agent_noun(trig.tok.head)):
            return None  # 'targeting states that supported X in 2016': what describes the states
        if not trig.nominal and self.awaited_condition(trig.tok):
            return None  # 'as soon as security allowed', 'once the emergency ends': awaited, not told
        if not trig.nominal and self.aim_of_joint_body(trig.tok):
            return None  # 'a joint centre to monitor the ceasefire': the cooperation is the event
        if spec.type == "CONSULT" and spec.mode == "visit" and not trig.nominal and self.craft_moving(trig.tok):
            return None  # 'a helicopter flying over X': a craft's route, no visit
        if spec.type == "CONSULT" and spec.mode == "visit" and not trig.nominal:
            spec = replace(spec, place_target=True)  # 'made an official trip to Beijing' visits China
        source, target, extra = self.participants(trig, analysis)
        brokers = self.brokers(trig, analysis)
        if brokers:  # 'a truce brokered by A and B': A and B mediate between the deal's parties
            parties = [n for n in self.brokered_parties(trig.tok, analysis) if n not in brokers]
            if not parties:
                return None  # the deal is told by its own word; a broker alone is no event between actors
            source, target = brokers, parties
        if spec.type in MUTUAL_TYPES and not trig.nominal and not brokers:
            target += [n for n in self.counterpart_of(trig.tok, analysis) if n not in source + target]
        type_, mode, cameo = spec.type, spec.mode, spec.cameo
        tok = trig.tok
        leaves_deal = type_ in ("RETREAT", "CONCEDE") and not trig.nominal and self.exits_agreement(tok)
        if leaves_deal:
            type_, mode, cameo = "REJECT", None, "120"  # 'pulled out of the deal', 'abandoned the initiative'
        if tok.lemma_.lower() in self.lex.host_verbs and not trig.nominal:
            guests = [analysis.actor_at(c.idx, c.idx + len(c.text)) for c in tok.children if c.dep_ == "dobj"]
            if any(g is not None and g.type == "PERSON" for g in guests):
                type_, mode, cameo = "CONSULT", "host", "043"  # 'welcomed President X'
        if type_ == "MOBILIZE" and tok.lemma_.lower() in self.lex.exercise_nouns and self.held_together(tok, trig, analysis):
            type_, mode, cameo = "COOPERATE", "military", "062"  # 'A and B held exercises', not 'A held drills near B'
        if spec.place_target and not trig.nominal:
            partners = self.meeting_partners(tok, analysis)  # 'arrived in Cairo for talks with Sisi'
            target += [n for n in partners if n not in target and n not in source]
            dest = [p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "to", "at")
                    for p in c.children if p.dep_ == "pobj"]
            target += [n for n in actors_of(analysis, dest) if n not in target and n not in source]
        if type_ == "THREATEN" and not target and not trig.nominal:
            target = [n for n in actors_of(analysis, self.condition_parties(tok)) if n not in source]
        if type_ == "REJECT" and not target and not trig.nominal:
            target = [n for n in self.outvoted_target(tok, sent) if n not in source]
        if spec.place_target and not trig.nominal and type_ == "CONSULT" and not target and source and not dest \
                and not self.keep_bare \
                and self.place_for_event is not None:
            if self._article_place is False:
                self._article_place = self.place_for_event(analysis, 0, 0, fallback=True)
            target = self.host_of_dateline(source, self._article_place, analysis)  # 'X, who arrived on Thursday'
        if spec.needs_actor and not target:
            return None
        if type_ == "CONSULT" and not trig.nominal and any(e.type == "CONSULT" for e in self._previous) \
                and self.within_told_meeting(tok):
            return None  # 'During the negotiations, projects were discussed': the meeting told already
        appreciated = self.appreciated_act(trig) if type_ in ("SUPPORT", "ACCUSE") and not trig.nominal else None
        if appreciated is not None and type_ == "ACCUSE":
            # 'condemned the Russian invasion of Ukraine': the invader is blamed, not the invaded
            # (an act that names no doer of its own leaves the target as the clause gives it)
            target = [n for n in self.own_doers(appreciated, analysis) if n not in source] or target
        elif appreciated is not None:  # 'appreciates Peru's support for Chile': Peru is praised
            target = [n for n in self.own_doers(appreciated, analysis)
                      if n not in source and n not in own_states(analysis, source)]
            if not target:
                return None  # 'values the level of cooperation between A and B': no one is praised
        if type_ in self.problem_types and not target and self.against_problem(tok, trig.nominal, trig.words):
            return None  # 'vowed to fight corruption', 'a campaign against malaria': no party is acted on
        if trig.nominal and tok.dep_ == "pobj" and tok.head.lower_ == "of" and \
                tok.head.head.lemma_.lower() in self.lex.data["treaty_signing"]["commemorations"]:
            return None  # 'the anniversary of the signing': remembered, not reported (a dated one is a treaty event)
        if type_ == "AGREE":  # the treaty signed is no party to it
            treaty_words = set(self.lex.data["treaty_signing"]["nouns"])
            source = [n for n in source if n.split()[-1].lower() not in treaty_words]
            target = [n for n in target if n.split()[-1].lower() not in treaty_words]
        if not trig.nominal and (self.aimed_at_what(tok) or any(self.aimed_at_what(c) for c in tok.children)
                                 or self.in_free_relative(tok)):
            return None  # 'the enlargement was what Moscow had wanted to prevent': a description, no act
        if not trig.nominal and (self.publishes_document(tok) or not self.directive(tok)):
            return None
        if not target and not trig.nominal:  # 'agreed to send the bill to the senate'
            inner = [o for c in tok.children if c.dep_ == "xcomp" for o in object_tokens(c, self.lex)]
            target = [n for n in actors_of(analysis, inner) if n not in source]

        mode = self.refine_mode(type_, mode, trig, sent, source, target)
        status = status_of(tok, self.lex)
        if not trig.nominal and tok.dep_ == "acl" and tok.tag_ == "VBN" and self.own_time(tok):
            status = "occurred"  # 'will scrap duties imposed in 2017': imposed then, whatever is planned now
        prepared = preparing_verb(tok) if type_ == "ASSAULT" and not trig.nominal else None
        if prepared is not None:  # 'the army prepared to resume shelling X': a show of force, made now
            type_, mode, cameo, status = "MOBILIZE", None, "150", status_of(prepared, self.lex)
        if trig.nominal and status == "occurred" and extra:
            status = status_of(extra[0], self.lex)
        dated_by = trig
        proposed = self.proposed_meeting(tok, analysis) if type_ == "REQUEST" and not trig.nominal else None
        if proposed is not None:  # 'proposed that the leaders reconvene in November': that meeting, planned
            type_, mode, cameo, status, dated_by = "CONSULT", proposed.spec.mode, proposed.spec.cameo, "planned", proposed
        if self.intended(tok):
            addressee = actors_of(analysis, [c for c in tok.head.children if c.dep_ == "dobj"])
            if addressee:  # 'wants X to attack': a request to X
                source = actors_of(analysis, subject_tokens(tok.head)[0])
                type_, mode, cameo = "REQUEST", None, "100"
                target = [n for n in addressee + target if n not in source]
            else:
                type_, mode, cameo = self.intent(type_, mode, cameo)
                status = "planned" if status == "occurred" else status
                if tok.dep_ == "ccomp":  # 'vowed that whoever planned it would be jailed': the promiser's
                    promiser = actors_of(analysis, subject_tokens(tok.head)[0])
                    source = promiser or source
                    target = [n for n in target if n not in source]
        if not target and type_ in self.lex.speech_act_types:
            clause_subjects = [s for c in tok.children if c.dep_ == "ccomp"
                               for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
            target = [n for n in actors_of(analysis, clause_subjects) if n not in source]
        head = extra[0] if trig.nominal and extra and tok.dep_ in ("dobj", "nsubjpass") else tok
        if type_ in self.lex.announced_conflict and status in ("planned", "hypothetical") \
                and (not trig.nominal or head is not tok) \
                and not any(c.dep_ in ("auxpass", "nsubjpass") or c.lower_ in ("if", "unless") for c in head.children) \
                and not self.forecast_by_others(head, source, analysis):
            type_, mode, cameo = self.intent(type_, mode, cameo)  # 'will extend the curfew'
        if status == "planned" and type_ != "THREATEN" and self.conditional_threat(tok):
            type_, mode, cameo = "THREATEN", None, "130"  # 'will withdraw unless ...'
        if type_ == "THREATEN":
            source = self.threat_speaker(tok, source, analysis)
        demand = self.demand(tok, analysis)
        if demand is not None:
            speaker, addressee = demand
            type_, mode, cameo, status = "REQUEST", None, "100", "occurred"
            source, target = speaker, [n for n in addressee + source if n not in speaker]
        location, place = place_of(tok, analysis, extra)
        if location is None and spec.place_target:
            dest = [p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("to", "in")
                    for p in c.children if p.dep_ == "pobj"] + [c for c in tok.children if c.dep_ == "dobj"]
            for d in dest:
                location, place = place_at(analysis, d)
                if location:
                    break
        if location is None and self.place_for_event is not None:
            found = self.place_for_event(analysis, sent.start_char, sent.end_char, trigger=tok.idx)
            if found is not None:
                location, place = found.name, found
        if not spec.place_target:  # 'pledged commitments to Kyiv': the government, not the city, nor where it was made
            seats = {n: self.government_seat(n, analysis) for n in target}
            target = list(dict.fromkeys(seats.values()))
            if location is not None and seats.get(location, location) != location:
                location, place = None, None
        crowd = self.by_crowd(tok, trig.nominal) if type_ in self.lex.crowd_types else []
        if crowd and source and not set(source) <= self.crowd_side(crowd, analysis):
            crowd = []  # 'X's police and protesters clashed': a named doer beside the crowd
        if crowd:
            # 'demonstrators blocked a road', 'crowds marched and attempted to break into the consulate':
            # a crowd's action is a protest by an unnamed group, against the party named with it
            hurt = type_ == "ASSAULT" and any(a.name in target and a.type == "PERSON" for a in analysis.actors)
            if type_ != "PROTEST" and not hurt:  # 'X was beaten by a crowd': an assault on X, no protest
                type_, mode, cameo = "PROTEST", None, self.lex.crowd_cameo.get(type_, "140")
            own = self.crowd_side(crowd, analysis)  # 'Palestinian youths', 'thousands of Nigerians': the crowd's own side
            if not self.keep_bare:
                source = []  # in an article a crowd stays unnamed (see below)
            target = [n for n in target if n != location and n not in own]
            if not target:
                target = nearest_actors(analysis, sent, tok, own | ({location} if location else set()))[:1]
            if not target and location:
                where = country_for_place(analysis, location)
                target = [where] if any(a.name == where and a.type == "GPE" for a in analysis.actors) else []
            if not target:
                return None
        confidence = self.confidence(trig, source, target, sent)
        if status == "hypothetical":  # 'if it is attacked': a condition, not what the sentence reports
            confidence = round(max(0.05, confidence - 0.2), 3)
        if len(source) >= 2 and not target and (type_ in MUTUAL_TYPES or self.reciprocal_object(tok)):
            source, target = source[:1], source[1:]  # 'the two sides pledged to ...', 'A and B upgraded their ties'
        named_target = target
        if not source and not trig.nominal and not self.keep_bare:
            source = self.state_of_voice(tok, analysis)  # 'a spokesman said the case would be dropped'
        filled = self.fill_participants(source, target, location, spec, trig, sent, analysis)
        # a crowd stays unnamed in an article, even one the actors stage takes as a country's people
        # ('protesters in Accra'); sentence-level coding names it so, as event coders do
        source, target = (source if crowd and not self.keep_bare else filled[0]), filled[1]
        if type_ == "AGREE" and not trig.nominal and not named_target and source and \
                any(c.dep_ in ("xcomp", "dobj") for c in tok.children):
            # 'X also agreed to pursue Y', 'X accepted the offer' in talks: the other side of the talks
            target = self.talks_partner(source, analysis) or target
        if type_ == "REJECT" and not named_target and source:
            target = self.accuser_of(source, sent, analysis) or target  # 'the ministry rejected the charge'
        if type_ == "REQUEST" and not trig.nominal and len(target) == 1 and not self.addressee_named(tok, analysis):
            target = self.state_spokesman(target, source, sent, analysis)
        if leaves_deal and not named_target and not self.keep_bare:
            # 'pulled out of the deal, brokered by A': the deal is left, not whoever is named near;
            # its partners are those the deal names ('withdrew from the treaty with the US')
            target = [n for n in self.deal_partners(tok, analysis) if n not in source]
        said_where = location  # the place the sentence itself names (before the article's own place)
        if self.keep_bare and not target and location:
            # sentence-level coding: an event with no named target is coded against the place it
            # happens in ('lifted the curfew in Montenegro', 'set up a centre in Tokyo')
            # ('ethnic Serbs demonstrated in Kosovo': a protest, even by that country's own people, is
            # against the state it takes place in)
            where = next((a for a in analysis.actors if a.name == location and a.country), None)
            if where is not None and (where.name not in source or type_ == "PROTEST"):
                target = [country_for_place(analysis, where.name)]
        if location is None and self.place_for_event is not None:
            # the article's dateline or dominant city, when the sentence names no place
            if self._article_place is False:  # computed once per article (an empty stretch)
                self._article_place = self.place_for_event(analysis, 0, 0, fallback=True)
            home = self.home_of_speaker(analysis, source, self._article_place, tok=tok, target=target)
            if home is not None:
                location, place = home.name, home
        if type_ in ("RETREAT", "CONCEDE") and not self.keep_bare:
            given = [said_where] if said_where and not target and self.place_given_up(tok, place) else []
            target = self.handed_back_to(source, target or given, analysis)
        if type_ == "COERCE" and mode == "martial-law" and not target and source and not self.keep_bare:
            target = self.home_state(source, analysis)  # 'imposed a state of emergency': on its own country
        if type_ == "CONCEDE" and (cameo or "").startswith("055") and not target and source and not self.keep_bare:
            target = self.wronged_by(source, sent, analysis)  # 'Baku apologised': to whom it had just harmed
        if not source and type_ in self.lex.continued_types and not self.unnamed_doer(trig):
            source, target = self.continued(type_, source, target, sent, analysis)
        meeting = None
        if not source and not target and type_ == "AGREE" and self.agreed_without_agent(trig):
            meeting = self.last_meeting(sent)  # 'after the summit, agreement was reached'
            if meeting is not None:
                source, target = list(meeting.source), list(meeting.target)
        if not source and target and type_ in FORCE_TYPES and self.by_forces(tok, trig.nominal):
            source = self.forces_told_before(sent, target)  # 'a convoy pushed north, shooting down aircraft'
        if not source and target and type_ == "MOBILIZE" and not trig.nominal:
            # 'Russian troops were deployed to X', 'Armenian police were put on alert': forces moved or
            # alerted with no agent named are their own state's; they are its doer, not the acted-on
            moved = [n for n in self.passive_patients(tok, analysis) if n in target]
            source, target = moved, [n for n in target if n not in moved]
        if not source and not crowd and not self.keep_bare and type_ not in self.lex.crowd_types \
                and not self.overt_doer(trig, extra):
            return None  # 'a one-week ultimatum expired', 'it was ending agreements': nobody named acts
        if self.occasion(trig) and not target and not self.keep_bare and all(
                a.type == "PERSON" for a in analysis.actors if a.name in source):
            return None  # 'at a news conference, Lavrov said': one person alone holds no meeting
        if trig.nominal and spec.weak and not self.keep_bare and self.in_copular_subject(tok):
            return None  # 'the aim of closer trade between A and B is ...': a description
        if trig.nominal and spec.weak and not (source and target) and not self.keep_bare and not crowd:
            return None  # 'cooperation', 'the deal': a weak noun is an event only between two parties
        if not target and type_ == "COOPERATE" and said_where and source:
            # 'Chile will stage joint drills on Peruvian territory': the host country is the partner
            where = country_for_place(analysis, said_where)
            if where not in source and where not in own_states(analysis, source) and any(
                    a.name == where and is_country_actor(a) for a in analysis.actors):
                target = [where]
        if not target and not trig.nominal and not self.keep_bare and absolute_subject(tok):
            return None  # 'approved the protocol, with only X voting against': a vote on no named party
        if type_ == "COOPERATE" and not target and not self.keep_bare:
            return None  # 'Hungary will buy more jets': cooperation with no partner named is no event between actors
        if type_ == "SUPPORT" and target and not self.keep_bare and set(target) <= own_states(analysis, source):
            return None  # 'cited her calling Lima a trusted broker': praise of one's own state
        if not target and type_ in self.lex.addressed_types and not self.keep_bare:
            where = country_for_place(analysis, said_where) if said_where and source else None
            if where is None or where in source or where in own_states(analysis, source):
                return None  # 'welcomed the outcome', 'regretted the decision': a judgement of no named party
            target = [where]  # 'condemned the coup [in Niger]': the country where it happened
        if status == "negated" and type_ in self.lex.negated_cameo:
            cameo = self.lex.negated_cameo[type_]
            if not trig.nominal and (self.refusal(tok) or self.failed_act(tok)):
                type_, mode = "REJECT", None  # 'would not meet the demands', 'will not accept': a refusal
        if type_ == "ASSAULT" and hasattr(self.lex, "force_code"):
            cameo = self.lex.force_code(cameo, self.doer_keys(tok, trig.nominal))  # 'a roadside bomb killed'
        start, end = trig.span
        text = analysis.article.text
        ev_start, ev_end = sent.start_char, sent.end_char
        while ev_end > ev_start and text[ev_end - 1].isspace():
            ev_end -= 1
        ev = Event(type=type_, mode=mode, source=source, target=target, location=location, place=place,
                   status=status, evidence=text[ev_start:ev_end], evidence_start=ev_start,
                   evidence_end=ev_end, trigger=text[start:end], trigger_start=start, trigger_end=end,
                   confidence=confidence,
                   cameo=cameo, goldstein=self.lex.goldstein_of(cameo),
                   score=self.lex.plover_score(type_, mode))
        self.set_date(ev, dated_by, analysis, extra)
        if meeting is not None and ev.date and meeting.date and ev.date[:4] < meeting.date[:4]:
            return None  # 'they met on Monday. The treaty was signed in 1999': not agreed at that meeting
        if ev.type == "THREATEN" and ev.date is None and not trig.nominal and tok.dep_ == "ccomp" \
                and tok.head.lemma_.lower() in self.lex.speech_verbs:
            self.set_date(ev, Trigger(tok.head, spec, [tok.head], False), analysis, [])  # made when said
        if type_ in self.lex.content_types and not trig.nominal:
            self._content[id(ev)] = content_of(tok)
        return ev

    @staticmethod
    def doer_keys(tok, nominal: bool) -> list:
        """How the subject of a trigger's clause (of the verb a nominal hangs from) is looked up in
        the lexicon's doer codes, most specific first ('suicide bomber', 'bomber')."""
        verb = governing_verb(tok)[0] if nominal else tok
        if verb is None:
            return []
        return [k for t in subject_tokens(verb)[0] for k in phrase_keys(t)]

    @staticmethod
    def overt_doer(trig: Trigger, extra: list) -> bool:
        """Whether the clause names a doer in words, even one that is no listed actor ('aid groups
        donated', 'a special court cleared him', 'Aristide was accused'): a noun subject of the
        trigger's verb (the verb governing a nominal one). A pronoun, or no subject at all, names
        nobody: such an event has no source to report."""
        if trig.nominal:
            verb = extra[0] if extra else None
            if verb is None:
                return False
            subj = [t for t in subject_tokens(verb)[0] if t.i != trig.tok.i]
        else:
            subj = subject_tokens(trig.tok)[0] + [c for c in trig.tok.children if c.dep_ == "nsubjpass"]
        return any(t.pos_ in ("NOUN", "PROPN") for t in subj)

    def agent_noun(self, tok) -> bool:
        """Whether a noun names people or forces who can act ('protesters', 'gunmen', 'troops'),
        not a thing or an event ('a war that has killed thousands')."""
        word = tok.lemma_.lower()
        return tok.pos_ != "NOUN" or word in self.lex.crowd_nouns or word in self.lex.unnamed_doers \
            or word in self.lex.movement_subjects or tok.lower_ in self.lex.crowd_nouns

    @staticmethod
    def done_by_unnamed_things(tok, analysis: Analysis) -> bool:
        """A relative clause whose subject is the noun it describes, when that noun names no actor
        ('states that supported X', 'firms which backed the plan'): a description of those things,
        no act of a party (sentence-level fill-in would make a bystander its doer)."""
        return tok.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ in ("that", "which", "who")
                                           for c in tok.children) and actor_of(analysis, tok.head) is None

    @staticmethod
    def awaited_condition(tok) -> bool:
        """'ready to move convoys as soon as security allowed', 'will hold elections once the
        emergency ends': a clause of 'as soon as' (or of 'once' in the present) says when something
        else will happen, it reports no act of its own."""
        if tok.dep_ != "advcl":
            return False
        marks = [c.lower_ for c in tok.children if c.dep_ == "mark"]
        return "as" in marks and tok.head.lower_ in ("soon", "long") or "once" in marks and tok.tag_ in ("VBZ", "VBP")

    def aim_of_joint_body(self, tok) -> bool:
        """'take part in a joint centre to monitor the ceasefire': the to-infinitive naming what a
        cooperation noun is for belongs to that cooperation, no act of its own."""
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            return False
        nouns = [tok.head] if tok.dep_ in ("acl", "relcl") else [  # the parser also hangs it on the verb
            p for c in tok.head.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"
        ] if tok.dep_ == "advcl" else []
        return any(n.i in self._matched and self._matched[n.i].nominal and self._matched[n.i].spec.type == "COOPERATE"
                   for n in nouns)

    def failed_attempt(self, tok) -> bool:
        """'tried to telephone X but could not get through', 'attempted to land but failed': an
        attempt whose own clause goes on to say it did not succeed is no act that occurred."""
        head = tok.head
        if tok.dep_ != "xcomp" or head.lemma_.lower() not in ("try", "attempt", "seek"):
            return False
        return any(c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and (
            c.lemma_.lower() == "fail" or any(g.dep_ == "neg" for g in c.children)) for c in head.children)

    @staticmethod
    def tally(tok) -> bool:
        """'have fought three wars since 1947', 'have met five times': a present perfect counting
        acts over a span of years is background, no event of its own."""
        if not any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBP", "VBZ") for c in tok.children):
            return False
        counted = [c for c in tok.children if c.dep_ in ("dobj", "npadvmod") and c.tag_ == "NNS"]
        return any(n.dep_ == "nummod" and n.lower_ not in ("one", "1") for c in counted for n in c.children)

    @staticmethod
    def described_as(tok) -> bool:
        """'X is internationally recognised as part of Y', 'is regarded as': a passive with an 'as'
        complement and no 'by' agent describes a standing, no act of any party."""
        return any(c.dep_ == "auxpass" for c in tok.children) and not any(
            c.dep_ == "agent" for c in tok.children) and any(c.dep_ == "prep" and c.lower_ == "as" for c in tok.children)

    @staticmethod
    def past_of_described_thing(tok) -> bool:
        """'stripped X of the status it had granted decades earlier', 'the commitments its
        negotiators had accepted': a past perfect relative clause whose object is the noun it
        describes tells that noun's history, not an event of the story."""
        return tok.dep_ == "relcl" and tok.tag_ == "VBN" and any(
            c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in tok.children) and not any(
            c.dep_ in ("dobj", "nsubjpass", "auxpass") and c.lower_ not in ("that", "which", "whom") for c in tok.children)

    def craft_moving(self, tok) -> bool:
        """Whether a verb of visiting tells a craft's moving ('a helicopter flying over X', 'the plane
        landed in Y'): its subject is a vehicle of the lexicon's vehicle_subjects."""
        return any(s.lemma_.lower() in self.lex.vehicle_subjects or s.lower_ in self.lex.vehicle_subjects
                   for s in subject_tokens(tok)[0])

    def passive_patients(self, tok, analysis: Analysis) -> list:
        """The actors the subject phrase of a passive verb with no 'by' agent names itself
        ('the Colombian pilot, Captain X, was taken prisoner'): the ones acted on, so neither they
        nor the nationality that describes them is the act's doer; [] for any other verb."""
        if tok.pos_ != "VERB" or not any(c.dep_ == "auxpass" for c in tok.children) \
                or any(c.dep_ == "agent" for c in tok.children):
            return []
        heads = [c for c in tok.children if c.dep_ == "nsubjpass"]
        heads += [a for s in heads for a in s.children if a.dep_ == "appos"]  # 'the pilot, Captain X,'
        named = [s for s in heads if s.pos_ == "PROPN"] + [
            m for s in heads for m in s.children if m.dep_ in ("amod", "compound") and m.i < s.i]  # not 'its demands'
        return actors_of(analysis, named)  # not a phrase inside ('demands over X's exports were met')

    def fill_participants(self, source, target, location, spec, trig, sent, analysis):
        """Final source and target: the place where it happened is no participant, a visited city
        stands for its country, and a missing side is taken from the sentence (a missing source
        from the nearest actor named before the trigger, a missing target from the nearest other
        actor; the guideline's 'first-mentioned actor is the source' when unclear)."""
        if spec.place_target:
            target = [m for n in target for m in self.host_of_meeting_in(country_for_place(analysis, n), source, analysis)]
        elif location:
            source = [n for n in source if n != location] or source
            target = [n for n in target if n != location or self.is_state(n, analysis)]
        target = [n for n in dict.fromkeys(target) if n not in source]
        if not source and not target or (trig.nominal and trig.spec.weak and not (source and target)):
            return source, target
        if self.occasion(trig) and source:
            return source, target  # 'at a summit, bloc leaders imposed sanctions on X': X was not at it
        exclude = set(source) | set(target) | ({location} if location else set())
        exclude |= own_states(analysis, source)  # one's own state is rarely the other party
        if not trig.nominal and not source:
            exclude |= set(self.passive_patients(trig.tok, analysis))  # no patient does the act
        side = self.in_subject_phrase(trig, analysis)  # "Erdogan's AK Party": Erdogan is the party's side
        aside = self.bystanders(trig.tok, sent, analysis)
        if not source:  # 'nurses from a French charity delivered': the subject phrase's actor
            # 'X said that gunmen attacked Y': a doer named in words, though no actor, is not the reporter
            named = not trig.nominal and any(t.pos_ in ("NOUN", "PROPN") for t in subject_tokens(trig.tok)[0])
            shut = aside["media"] | (aside["reporters"] - side if named else set())  # 'a court in X', said an X officer
            source = [n for n in nearest_actors(analysis, sent, trig.tok, exclude | shut, before_only=True)
                      if n in side][:1] or self.nearest_doer(
                nearest_actors(analysis, sent, trig.tok, exclude | side | shut, before_only=True),
                sent, trig.tok, analysis)
        exclude |= side | set(source)
        if not target and not self.described_patient(trig, analysis):
            outside = [] if any(s <= trig.tok.idx < e for s, e in self._quote_spans) else self._quote_spans
            target = self.usual_partner(source if trig.spec.type in MUTUAL_TYPES else [], nearest_actors(
                analysis, sent, trig.tok, exclude | aside["media"] | aside["reporters"], skip_spans=outside))
            if spec.place_target:
                target = [country_for_place(analysis, n) for n in target]
        return source, target

    @staticmethod
    def government_seat(name: str, analysis: Analysis) -> str:
        """A city the article also uses as the seat standing for its country's government ('Kyiv
        said', so 'commitments to Kyiv') is that country when it is an act's target; else the name."""
        return next((a.name for a in analysis.actors if is_country_actor(a) and a.name != name and any(
            m.kind == "capital" and m.text == name for m in a.mentions)), name)

    @staticmethod
    def is_state(name: str, analysis: Analysis) -> bool:
        """Whether a name the clause gives as a target is a country ('Russia attacked Ukraine',
        'sent aid to Bolivia', 'moved troops into Bolivia'): the state acted on stays the target
        even when it is also where the act happened (a city named so is only the place)."""
        return any(a.name == name and is_country_actor(a) for a in analysis.actors)

    def weak_act_on_thing(self, trig: Trigger, analysis: Analysis) -> bool:
        """'targeting states that ...', 'backed the idea': a weak verb whose own object is a thing
        (no actor, no act) has that thing as its patient: no other actor stands in for it."""
        if trig.nominal or not trig.spec.weak or self.keep_bare:
            return False
        objs = [c for c in trig.tok.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
        return bool(objs) and all(o.i not in self._matched and not actors_of(analysis, [o]) for o in objs)

    def described_patient(self, trig: Trigger, analysis: Analysis) -> bool:
        """'a charity funded by Japanese banks': a participle describing a noun has that
        noun as its patient; when it is no actor (nor an act, as 'the sanctions imposed by X'), no
        other actor of the sentence stands in for it."""
        tok = trig.tok
        if self.weak_act_on_thing(trig, analysis):
            return True
        return not trig.nominal and tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.pos_ == "NOUN" \
            and tok.head.i not in self._matched and not actors_of(analysis, [tok.head])

    def usual_partner(self, source: list, candidates: list) -> list:
        """A missing target of a meeting, agreement or cooperation from the other actors of the
        sentence (`candidates`, nearest first): the nearest one the source already dealt with in an
        event of this sentence or the previous few ('Chile sought entry to the bloc ... and was
        admitted as a member a year later': the bloc), else the nearest
        one. `source` empty: the nearest one."""
        if len(candidates) < 2 or not source:
            return candidates[:1]
        partners = set()
        for ev in self._previous[-6:] + self._sent_events:
            parties = ev.source + ev.target
            if set(source) & set(parties):
                partners.update(parties)
        return [next((n for n in candidates if n in partners and n not in source), candidates[0])]

    @staticmethod
    def nearest_doer(candidates: list, sent, tok, analysis: Analysis) -> list:
        """A missing source from the actors named before the trigger (`candidates`, nearest first):
        the nearest one that is the subject of a clause before it, else the nearest one ('X accused
        the ministry of shelling rebel camps and vowed to hold ... to account': X, not the rebels)."""
        if len(candidates) < 2:
            return candidates[:1]
        subjects = set(actors_of(analysis, [t for t in tokens_of(sent) if t.i < tok.i and t.dep_ == "nsubj"]))
        return [next((n for n in candidates if n in subjects), candidates[0])]

    def host_of_meeting_in(self, name: str, source: list, analysis: Analysis) -> list:
        """Whom a trip to `name` visits: a country stands for itself; a city whose country is no
        actor of the article, where a meeting told before took place ('leaders wrapped up a summit in
        Lima ... after she had flown to Lima'), stands for that meeting's host or convener; else
        the name itself."""
        actor = next((a for a in analysis.actors if a.name == name), None)
        if actor is None or actor.type != "GPE" or is_country_actor(actor):
            return [name]
        for ev in self._previous:
            if ev.type == "CONSULT" and ev.location == name and ev.source and not set(ev.source) & set(source):
                return list(ev.source)
        return [name]

    def bystanders(self, tok, sent, analysis: Analysis) -> dict:
        """Actors a sentence names around an event without taking part in it, who must not fill a
        missing side: the media a statement went out on ('wrote on Telegram'), the sources a report
        is credited to ('according to X'), and the one reporting the clause the trigger is in
        ('Lukashenko said Russia will hold exercises': Lukashenko speaks, he does not exercise)."""
        media, reporters = [], []
        for t in tokens_of(sent):
            if t.dep_ == "pobj" and t.head.lower_ == "to" and t.head.head.lower_ == "according":
                reporters.append(t)
            elif t.dep_ == "pobj" and t.head.lower_ in ("on", "via") and \
                    t.head.head.lemma_.lower() in self.lex.speech_verbs | {"post"}:
                media.append(t)
        verb = tok
        while verb.dep_ in ("xcomp", "acomp", "conj", "advcl", "acl", "dobj", "pobj", "prep", "pcomp") and verb.head.i != verb.i:
            verb = verb.head
        if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in self.lex.speech_verbs | SPEECH_CLAIM:
            reporters += subject_tokens(verb.head)[0]  # 'X claimed the rebels attacked': X claims
        names = {a.name for t in reporters if t.head.lower_ == "to"  # 'according to X' alone, not the
                 for a in [actor_of(analysis, t)] if a is not None}  # parser's 'X, A and B' conjuncts
        names |= set(actors_of(analysis, [t for t in reporters if t.head.lower_ != "to"]))
        return {"media": set(actors_of(analysis, media)), "reporters": names}

    def they_of_last_meeting(self, trig: Trigger, subj) -> list:
        """'Nothing had moved since they last met in Lima': 'they' meeting or agreeing are the
        parties of the last two-party event of that kind told just before (within the previous
        few sentences), source first."""
        if trig.spec.type not in MUTUAL_TYPES or len(subj) != 1 or subj[0].lower_ != "they":
            return []
        for t in reversed([t for t in trig.tok.sent if t.i < subj[0].i and t.tag_ in ("NNS", "NNPS")]):
            names = actors_of(self._analysis, [t])  # 'praised the Kenyan and Ugandan troops, saying they'
            if len(names) >= 2:
                return names
        start = trig.tok.sent.start_char
        for ev in reversed(self._previous):
            if start - (ev.evidence_start or 0) > self.lex.continuation_window:
                break
            if ev.type in MUTUAL_TYPES and ev.source and ev.target:
                return list(dict.fromkeys(ev.source + ev.target))
        return []

    def accuser_of(self, source: list, sent, analysis: Analysis) -> list:
        """'X accused the ministry of shelling its camps. The ministry rejected the charge': a
        rejection that names no one answers the last accusation against the rejecting side told
        in the previous few sentences; [its accuser] or []."""
        side = set(source) | own_states(analysis, source)
        for ev in reversed(self._previous):
            if not self.told_just_before(ev, sent):
                break
            if ev.type == "ACCUSE" and set(ev.target) & side and not set(ev.source) & side:
                return list(ev.source)
        return []

    def between_the_two(self, tok, analysis: Analysis) -> list:
        """'had brokered three meetings of the pair': the two states of the last two-state
        deal or meeting told before are the parties of the talks (the hosts are not)."""
        for t in tok.subtree:
            if t.lower_ == "two" and t.dep_ == "pobj" and t.head.lower_ in ("between", "among") and \
                    abs(t.i - tok.i) <= 8 and any(c.lower_ == "the" for c in t.children):
                return self.last_two_states(t.sent.start_char, analysis)
        return []

    def last_two_states(self, start: int, analysis: Analysis) -> list:
        """The two states or bodies of the last agreement, meeting or cooperation between exactly
        two of them told in the previous few sentences before `start`, or []."""
        return last_pair_told(analysis, start, self.lex.continuation_window)  # a government and a rebel group too

    def pair_of_last_deal(self, subj, analysis: Analysis) -> list:
        """'In their communique, both sides vowed ...': 'the two sides / countries' with no 'of'
        phrase are the two states of the last agreement, meeting or cooperation between exactly two
        states told in the previous few sentences (rather than the last two states named, which may
        be a mediator's); [] when there is none."""
        if len(subj) != 1 or subj[0].lemma_.lower() not in STATE_NOUNS or subj[0].tag_ != "NNS" or not any(
                c.lower_ in ("two", "both") for c in subj[0].children) or any(
                c.dep_ == "prep" and c.lower_ == "of" for c in subj[0].children):
            return []
        return self.last_two_states(subj[0].sent.start_char, analysis)

    def reporter(self, tok, subj, analysis: Analysis) -> list:
        """'Peru said that it stands ready to ...': the pronoun 'it' as subject of a reported
        clause is the reporting state or body."""
        if not subj or any(t.lower_ != "it" for t in subj):
            return []
        verb = subj[0].head
        while verb.dep_ in ("xcomp", "conj") and verb.head.i != verb.i:
            verb = verb.head
        if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in self.lex.speech_verbs:
            return []
        names = actors_of(analysis, subject_tokens(verb.head)[0])
        bodies = {a.name for a in analysis.actors if a.type in ("ORG", "GPE")}
        return names if names and set(names) <= bodies else []  # 'it' is a state or a body

    def by_crowd(self, tok, nominal: bool) -> list:
        """The subject tokens of the trigger's verb (or of the verb a nominal hangs from) when they
        name an unnamed crowd ('protesters', 'thousands of supporters', 'Palestinian youths'), else []."""
        verb = governing_verb(tok)[0] if nominal else tok
        subj = []
        for _ in range(3):  # 'youths resorted to throwing stones': the subject of the clause above
            if verb is None:
                return []
            subj = subject_tokens(verb)[0]
            if subj or verb.dep_ not in ("pcomp", "pobj", "prep", "xcomp", "advcl"):
                break
            verb = verb.head
        crowd = any(t.lemma_.lower() in self.lex.crowd_nouns or t.lower_ in self.lex.crowd_nouns for t in subj)
        return subj if crowd else []

    def natural_doer(self, tok) -> bool:
        """Whether the doer of a verb is a natural hazard, a disease or an economic force (the
        lexicon's natural_forces): its subject's head word, that word with its modifier ('tropical
        storm', 'flash flood'), or the title of a named storm ('Hurricane Maria') is one."""
        subjects, _ = subject_tokens(tok)
        forces = self.lex.natural_forces
        for s in subjects[:1]:
            if s.pos_ not in ("NOUN", "PROPN"):
                continue
            words = {s.lemma_.lower(), s.lower_}
            mods = [c for c in s.children if c.dep_ in ("compound", "amod")]
            words |= {f"{c.lower_} {w}" for c in mods for w in list(words)}
            if s.pos_ == "PROPN":
                words |= {c.lower_ for c in mods if c.dep_ == "compound"}
            if words & forces:
                return True
        return False

    @staticmethod
    def crowd_side(crowd: list, analysis: Analysis) -> set:
        """The actors named inside a crowd's phrase ('Palestinian youths', 'protesters in Lagos')."""
        return {a.name for t in crowd for d in t.subtree for a in [analysis.actor_at(d.idx, d.idx + len(d.text))]
                if a is not None}

    def refusal(self, tok) -> bool:
        """Whether a negated cooperative verb is a refusal: said of the future or with a modal
        ('will not accept', 'would not meet', 'cannot allow'), not a report that something did not
        happen ('did not sign')."""
        aux = {c.lower_ for c in tok.children if c.dep_ == "aux"}
        return bool(aux & {"will", "would", "wo", "can", "ca", "cannot", "could", "shall"})

    def held_together(self, tok, trig: Trigger, analysis: Analysis) -> bool:
        """Whether two or more parties are conjoined as the doers of an exercise ('A and B held
        war games', 'Chilean and Peruvian troops exercised') or one holds it with a partner ('held
        exercises with the French navy'): military cooperation. One side's drills near or
        against another are a show of force."""
        if trig.nominal and len(self.own_doers(tok, analysis)) >= 2:
            return True  # 'Russian-Chinese naval drills began'
        verb, link = governing_verb(tok) if trig.nominal else (tok, "object")
        if verb is None or link != "object":
            return False
        partners = [p for h in (tok, verb) for c in h.children if c.dep_ == "prep" and c.lower_ in self.lex.exercise_partner_preps
                    for p in c.children if p.dep_ == "pobj"]
        return len(actors_of(analysis, subject_tokens(verb)[0])) >= 2 or bool(actors_of(analysis, partners))

    def condition_parties(self, tok) -> list:
        """The parties named in the condition of a threat ('will respond if any neighbour sends
        troops', '... unless Minsk releases them'): the subject and objects of its 'if' or 'unless'
        clause, whom the threat is aimed at."""
        marks = self.lex.threat_condition_marks | {"if"}
        clauses = [c for c in tok.children if c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in marks for m in c.children)]
        return [a for c in clauses for a in c.children if a.dep_ in ("nsubj", "nsubjpass", "dobj")]

    def failed_act(self, tok) -> bool:
        """Whether an act is the to-infinitive of a verb of failing ('failed to reach agreement'):
        the doer would not or could not bring it about, a refusal like 'will not accept'."""
        return tok.dep_ == "xcomp" and tok.head.lemma_.lower() in self.lex.refusal_control_verbs

    def conditional_threat(self, tok) -> bool:
        """Whether a planned act carries a condition of what the other side must do ('will
        withdraw unless X pays'): announced to make them do it, a threat."""
        return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in self.lex.threat_condition_marks
                                             for m in c.children) for c in tok.children)

    def exits_agreement(self, tok) -> bool:
        """Whether a withdrawal verb leaves an agreement rather than a place: its object or the
        object of its 'out of' / 'from' phrase is an agreement word ('pulled out of the deal',
        'withdrew from the treaty', 'abandoned the initiative')."""
        objs = [c for c in tok.children if c.dep_ == "dobj"]
        preps = [c for c in tok.children if c.dep_ in ("prep", "prt")]
        preps += [g for c in preps for g in c.children if g.dep_ == "prep"]  # 'out' -> 'of'
        leaving = [c for c in preps if c.lower_ in EXIT_PREPS]  # not 'demobilized under the deal'
        objs += [p for c in leaving for p in c.children if p.dep_ == "pobj"]
        return any(o.lemma_.lower() in self.lex.exit_objects for o in objs)

    def mediation(self, spec: TriggerSpec) -> bool:
        """A verb of mediating or brokering (CAMEO 039/045, or PLOVER's third-party mode)."""
        return spec.mode == "third-party" or (spec.cameo or "")[:3] in MEDIATION_CAMEO

    def mediating_word(self, tok) -> bool:
        """Whether a token is a verb of mediating ('brokered', 'mediated') by the lexicon."""
        spec = self.lex.verbs.get(tok.lemma_.lower())
        return spec is not None and self.mediation(spec)

    def brokers(self, trig: Trigger, analysis: Analysis) -> list:
        """The agents of a passive mediation verb ('brokered by A and B', 'a deal mediated by A'):
        go-betweens, never parties to one another."""
        if trig.nominal or not self.mediation(trig.spec):
            return []
        tok = trig.tok
        if tok.dep_ not in ("acl", "relcl") and not any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children):
            return []
        return actors_of(analysis, [p for c in tok.children if c.dep_ in ("agent", "prep") and c.lower_ == "by"
                                    for p in c.children if p.dep_ == "pobj"])

    @staticmethod
    def brokered_parties(tok, analysis: Analysis) -> list:
        """The parties of what a passive mediation verb says was brokered: those its own or its
        noun's 'between' / 'with' phrase names ('talks brokered by A between X and Y', 'the truce
        between X and Y, brokered by A'), else the doers of the verb the noun is the object of
        ('X signed a deal with Y that was brokered by A')."""
        nouns = [tok.head] if tok.dep_ in ("acl", "relcl") else [c for c in tok.children if c.dep_ == "nsubjpass"]
        holders = [tok] + nouns
        found = actors_of(analysis, [p for h in holders for c in h.children if c.dep_ == "prep"
                                     and c.lower_ in ("with", "between") for p in c.children if p.dep_ == "pobj"])
        for noun in nouns:
            verb = noun.head.head if noun.dep_ == "pobj" else noun.head if noun.dep_ == "dobj" else None
            if verb is None or verb.pos_ not in ("VERB", "AUX"):
                continue
            found += [n for n in actors_of(analysis, subject_tokens(verb)[0]) if n not in found]
            found += [n for n in actors_of(analysis, [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
                                                      for p in c.children if p.dep_ == "pobj"]) if n not in found]
        return found

    def deal_partners(self, tok, analysis: Analysis) -> list:
        """The parties an agreement left by a withdrawal verb names for itself: 'withdrew from the
        treaty with the United States', 'quit the pact between A and B'."""
        deals = [c for c in tok.children if c.dep_ == "dobj"]
        preps = [c for c in tok.children if c.dep_ in ("prep", "prt")]
        preps += [g for c in preps for g in c.children if g.dep_ == "prep"]
        deals += [p for c in preps if c.lower_ in EXIT_PREPS for p in c.children if p.dep_ == "pobj"]
        return actors_of(analysis, [p for d in deals for c in d.children if c.dep_ == "prep"
                                    and c.lower_ in ("with", "between") for p in c.children if p.dep_ == "pobj"])

    @staticmethod
    def host_of_dateline(source: list, place, analysis: Analysis) -> list:
        """A visit told with no destination ('Mr. Liu, who arrived on Thursday') is to the country
        the report is filed from (the article's own place, given as `place`), when the article
        names that country and it is not the visitor's own; else []."""
        if place is None or not place.country:
            return []
        host = next((a.name for a in analysis.actors if is_country_actor(a) and a.country == place.country), None)
        if host is None or host in source or host in own_states(analysis, source):
            return []
        if any(a.name in source and a.country == place.country for a in analysis.actors):
            return []
        return [host]

    @staticmethod
    def home_state(source: list, analysis: Analysis) -> list:
        """The country the doers belong to (or are), when they are of exactly one: a state of
        emergency or curfew named with no place is imposed at home."""
        states = own_states(analysis, source) | {n for n in source if any(
            a.name == n and is_country_actor(a) for a in analysis.actors)}
        return sorted(states) if len(states) == 1 else []

    def wronged_by(self, source: list, sent, analysis: Analysis) -> list:
        """The party an apology with no addressee goes to: the target of the last hostile act the
        apologiser was told to have done in the previous few sentences ('X's missile downed a Y
        helicopter. X apologised'), else []."""
        for ev in reversed(self.events_just_before(sent)):
            doers = set(ev.source) | own_states(analysis, ev.source)  # 'Chilean troops fired ... Chile apologised'
            if ev.type in HOSTILE_TYPES and ev.target and doers & set(source):
                return [n for n in ev.target if n not in source]
        return []

    @staticmethod
    def place_given_up(tok, place) -> bool:
        """Whether the place of an event is what its verb gives up ('hand back the city of X',
        'withdrew from X'): inside the verb's object or its 'from' phrase, not where it happened
        ('signed a deal in X to cease hostilities')."""
        if place is None or place.start is None:
            return False
        held = [c for c in tok.children if c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ in ("from", "out")]
        return any(c.left_edge.idx <= place.start <= c.right_edge.idx for c in held)

    @staticmethod
    def handed_back_to(source: list, target: list, analysis: Analysis) -> list:
        """'must hand back three districts, starting with X', 'withdrew from Y': a town or district
        given up is no party; the state it belongs to (when the article names that state, and it
        is not the giver's own) is the one the concession is made to."""
        out = []
        for name in target:
            state = country_for_place(analysis, name)
            if state != name and (state in source or state in own_states(analysis, source)):
                continue  # 'pulled back from its own town': a place, no party
            out.append(state)
        return list(dict.fromkeys(out))

    def unnamed_doer(self, trig: Trigger) -> bool:
        """'a suicide bomber rammed a vehicle into a convoy': the clause names its own doer in words
        (the lexicon's unnamed doers), so the act continues no earlier attack."""
        verb = governing_verb(trig.tok)[0] if trig.nominal else trig.tok
        return verb is not None and any(t.lemma_.lower() in self.lex.unnamed_doers or t.lower_ in self.lex.unnamed_doers
                                        for t in subject_tokens(verb)[0])

    def continued(self, type_, source, target, sent, analysis):
        """'Russia struck Odesa. The first strikes came overnight; the second wave knocked out the
        port': an attack told with no attacker continues the last attack of the previous few
        sentences, whose source it takes (and its target when it names none; a city named
        stands for its country)."""
        earlier = [e for e in self.events_just_before(sent) if e.type == type_ and e.source]
        if not earlier:
            return source, target
        last = earlier[-1]
        target = [country_for_place(analysis, n) for n in target] or list(last.target)
        return list(last.source), [n for n in dict.fromkeys(target) if n not in last.source]

    def by_forces(self, tok, nominal: bool) -> bool:
        """Whether the doer of a trigger's clause is an unnamed body of armed forces ('a convoy of
        armoured vehicles', 'columns', 'troops'): the lexicon's troop-movement subjects."""
        verb = governing_verb(tok)[0] if nominal else tok
        if verb is None:
            return False
        return any(t.lemma_.lower() in self.lex.movement_subjects for t in subject_tokens(verb)[0])

    def forces_told_before(self, sent, target: list) -> list:
        """The doer of the last military operation (a deployment, an attack, a seizure) told within
        the continuation window: unnamed forces carrying on against a named party are that doer's
        ('Wagner's columns crossed into X ... A convoy meanwhile pushed north, shooting down
        aircraft of the army'); [] when there is none or it is the target."""
        for ev in reversed(self.events_just_before(sent)):
            if ev.type in FORCE_TYPES and ev.source:
                return [] if set(ev.source) & set(target) else list(ev.source)
        return []

    def directive(self, tok) -> bool:
        """False for a directive verb without a directive complement ('insisted it was ...',
        'asked whether ...'); True for every other trigger."""
        if tok.lemma_.lower() not in self.lex.directive_verbs:
            return True
        for c in tok.children:
            if c.dep_ in ("xcomp", "dobj", "iobj", "dative") or (c.dep_ == "prep" and c.lower_ in ("for", "on")):
                return True
            if c.dep_ == "ccomp":
                marks = {m.lower_ for m in c.children if m.dep_ in ("mark", "advmod")}
                if marks & {"whether", "if", "why", "how", "what", "when"}:
                    return False
                if any(m.dep_ == "aux" and m.lower_ in ("should", "must", "would", "to") for m in c.children):
                    return True
                if c.tag_ == "VB":  # subjunctive: 'demanded that he be reinstated'
                    return True
                if self.plural_subjunctive(c) and self._matched[c.i].spec.type == "CONSULT":
                    return True  # 'proposed that the leaders reconvene in June' (not 'insisted that troops attack')
        return False

    def proposed_meeting(self, tok, analysis: Analysis) -> Optional[Trigger]:
        """'the chair suggested that the ministers meet again in spring', 'asked that the council
        gather next week': a meeting wished for among one body the speaker belongs to is that meeting,
        planned (its trigger); one between named sides ('urged that A and B hold talks') stays a
        request to them (None)."""
        for c in tok.children:
            act = self._matched.get(c.i)
            if c.dep_ != "ccomp" or act is None or act.spec.type != "CONSULT":
                continue
            if not (c.tag_ == "VB" or self.plural_subjunctive(c)):
                continue
            if len(actors_of(analysis, subject_tokens(c)[0])) <= 1:
                return act
        return None

    def plural_subjunctive(self, clause) -> bool:
        """'proposed that the leaders reconvene', 'urged that A and B hold talks': after 'that', a
        bare verb with no auxiliary that is itself an act (the tagger reads it as a plural present,
        VBP) is the act wished for, not a report ('insisted that they are innocent')."""
        return clause.tag_ == "VBP" and clause.i in self._matched and clause.lemma_.lower() not in ("be", "have") \
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children) \
            and not any(m.dep_ in ("aux", "auxpass", "neg") for m in clause.children)

    def publishes_document(self, tok) -> bool:
        """'released a report', 'a report released on Tuesday', 'sent a letter'."""
        if tok.lemma_.lower() not in self.lex.publication_triggers:
            return False
        patients = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        if tok.dep_ == "acl":
            patients.append(tok.head)
        return any(p.lemma_.lower() in self.lex.document_nouns for p in patients)

    def intent(self, type_, mode, cameo):
        """A stated intent to act ('ready to host talks', 'vowed to retaliate'): AGREE for a
        cooperative act, THREATEN for a conflictual one. An investigation (CAMEO 09) intended
        ('want to inspect the sites', 'vowed to investigate the killings') threatens no one: it is
        the investigation, planned."""
        if (cameo or "").startswith(INVESTIGATION_CAMEO):
            return type_, mode, cameo
        if type_ in self.lex.cooperative_types:
            by_act = next((code for prefix, code in self.lex.agree_codes_by_cameo.items()
                           if (cameo or "").startswith(prefix)), None)
            return "AGREE", None, by_act or self.lex.agree_codes.get(type_, "030")
        return "THREATEN", None, self.lex.threat_codes.get(type_, "130")

    def forecast_by_others(self, verb, source: list, analysis: Analysis) -> bool:
        """'Russia is likely to attack the port', 'China could invade', 'analysts said X is expected
        to strike': an act framed as a forecast (see `forecast_frame`) is the act itself, possible or
        expected, not a threat: a threat needs the threatener's own word. A forecast the doer's side
        makes itself ('Russia said it could strike', 'a Kremlin aide said Russia may respond') is
        its threat."""
        frame = forecast_frame(verb, self.lex)
        if frame is None:
            return False
        cur = frame
        while cur.dep_ in ("xcomp", "conj", "acomp") and cur.head.i != cur.i:
            cur = cur.head
        if cur.dep_ != "ccomp" or cur.head.lemma_.lower() not in self.lex.speech_verbs:
            return True
        speaker = actors_of(analysis, subject_tokens(cur.head)[0])
        side = set(source) | own_states(analysis, source)
        return not (set(speaker) & side or own_states(analysis, speaker) & side)

    def threat_speaker(self, tok, source, analysis: Analysis) -> list:
        """'A deputy minister told a news agency his government would retaliate': a threat reported by
        someone speaking for the threatening state is that speaker's threat (a verbal act)."""
        verb = tok if tok.pos_ not in ("NOUN", "PROPN") else governing_verb(tok)[0]
        while verb is not None and verb.dep_ in ("xcomp", "conj") and verb.head.i != verb.i:
            verb = verb.head
        if verb is None or verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in self.lex.speech_verbs:
            return source
        speaker = actors_of(analysis, subject_tokens(verb.head)[0])
        if speaker and set(source) <= set(speaker) | own_states(analysis, speaker):
            return speaker
        return source

    def demand(self, tok, analysis: Analysis):
        """'X said Y must withdraw': (X's actors, Y's actors) when the trigger's clause carries a
        modal of obligation and is reported by a speech verb, else None."""
        verb = tok if not tok.pos_ in ("NOUN", "PROPN") else governing_verb(tok)[0]
        while verb is not None and verb.dep_ in ("xcomp", "acomp", "conj") and verb.head.i != verb.i:
            verb = verb.head  # 'Brazil must be ready to help': the obligation is on 'be'
        if verb is None or not any(c.dep_ == "aux" and c.lower_ in self.lex.demand_modals for c in verb.children):
            return None
        if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in self.lex.speech_verbs:
            return None
        speaker = actors_of(analysis, subject_tokens(verb.head)[0])
        addressee = actors_of(analysis, [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")])
        if speaker and speaker == addressee:
            return None
        return speaker, addressee

    def refine_mode(self, type_, mode, trig, sent, source, target):
        context = self.lex.mode_context.get(type_)
        if not context:
            return mode
        words = {t.lemma_.lower() for t in trig.tok.subtree} | {t.lemma_.lower() for t in trig.words}
        words |= {c.lemma_.lower() for c in trig.tok.head.children} if trig.nominal else set()
        for m, cues in context.items():
            if words & set(cues):
                if type_ != "CONSULT" or MODE_RANK.get(m, 0) > MODE_RANK.get(mode or "", 0):
                    return m
        if type_ == "CONSULT" and mode == "meeting" and len(source) + len(target) >= 3:
            return "multilateral"
        if type_ in ("COOPERATE", "AID") and mode is None:
            return "other" if type_ == "COOPERATE" else None
        return mode

    def confidence(self, trig: Trigger, source, target, sent) -> float:
        c = 0.7
        if trig.spec.weak:
            c -= 0.15
        if trig.nominal:
            c -= 0.1
        if trig.bare_cameo:  # a verb coded by its dictionary default, weaker than a listed trigger
            c -= 0.15
        if source:
            c += 0.05
        if target:
            c += 0.05
        c -= 0.1 * min(clause_depth(trig.tok), 4) + 0.01 * min(token_depth(trig.tok), 10)
        return round(max(0.05, min(0.99, c)), 3)

    def set_date(self, ev: Event, trig: Trigger, analysis: Analysis, extra) -> None:
        if self.event_date is None:
            return
        try:
            d = self.event_date(analysis, trig.tok)
            if (d is None or d.date is None) and extra:
                d = self.event_date(analysis, extra[0])
        except Exception:  # a date is a bonus; never lose the event over it
            return
        if d is not None and d.date:
            ev.date, ev.date_precision, ev.date_basis = d.date, d.precision, d.basis
            timex = getattr(d, "timex", None)
            ev.date_text = getattr(timex, "text", None) if timex is not None else None

    @staticmethod
    def drop_bare(events: list[Event], keep_bare: bool) -> list[Event]:
        """Events with no actor at all are dropped; with keep_bare, the most confident is kept
        at low confidence when the sentence has no other event ('an explosion killed two')."""
        with_actors = [e for e in events if e.source or e.target]
        if with_actors or not events or not keep_bare:
            return with_actors
        best = max(events, key=lambda e: e.confidence)
        best.confidence = round(best.confidence / 4, 3)
        return [best]

    @staticmethod
    def merge_sentence(events: list[Event]) -> list[Event]:
        """One event per type and shared actor within a sentence ('flew to Lima for talks
        with its president' is one visit), unless their dates differ ('an accord of 2005 and a
        pact sealed in 1990'): the most confident keeps the other's actors and place."""
        out: list[Event] = []
        for ev in sorted(events, key=lambda e: -e.confidence):
            twin = next((o for o in out if o.type == ev.type and dates_agree(o, ev) and (
                set(o.source + o.target) & set(ev.source + ev.target) or not (ev.source or ev.target))), None)
            if twin is None:
                out.append(ev)
                continue
            twin.target += [n for n in ev.target if n not in twin.target and n not in twin.source]
            twin.location = twin.location or ev.location
            twin.place = twin.place or ev.place
            if MODE_RANK.get(ev.mode or "", 0) > MODE_RANK.get(twin.mode or "", 0):
                twin.mode = ev.mode
        return sorted(out, key=lambda e: e.trigger_start or 0)

    @staticmethod
    def drop_headline_repeats(events: list[Event], end: int) -> list[Event]:
        """A headline sums up what the body tells in full: a headline event is dropped when a body
        event involves the same parties (all of the headline's, or two of them), whatever its type,
        since the body sentence is the more informative report of it."""
        if not end:
            return events
        body = [set(e.source + e.target) for e in events if (e.trigger_start or 0) >= end]
        out = []
        for ev in events:
            if (ev.trigger_start or 0) < end:
                mine = set(ev.source + ev.target)
                if any(mine <= other or len(mine & other) >= 2 for other in body):
                    continue
            out.append(ev)
        return out

    @staticmethod
    def dedupe(events: list[Event], content: Optional[dict] = None) -> list[Event]:
        """An article reports each event once: two events of one type whose parties are the same
        (or, with a shared source, one's are among the other's) and whose dates agree (or one has none) are one event,
        told twice ('will discuss in Minsk ...', 'flew to Lima for talks'). The report that
        has a date, then more parties, then comes first, stays; the order is the document's.
        Meetings of one source on one day are one meeting, with all its guests. content:
        id(event) -> what an act is about ('agreed to resume visits' and 'agreed to strengthen
        cooperation' are two agreements)."""
        content = content or {}

        def same_content(a, b):
            if a.type == "COOPERATE" and a.trigger and b.trigger and stem(a.trigger) != stem(b.trigger):
                return False  # 'bilateral exercises' and 'intelligence cooperation' are two lines of cooperation
            return not (content.get(id(a)) and content.get(id(b))) or content[id(a)] == content[id(b)]

        def rank(ev):
            return (ev.date is not None, len(set(ev.source + ev.target)))

        def stated_intent(ev):  # 'offered to mediate', 'pledged to respect': CAMEO 031-039, not yet done
            return ev.status == "planned" and (ev.cameo or "").startswith("03") and ev.cameo != "030"

        def offer_and_answer(a, b):  # 'X had offered to mediate' and 'Y accepted the offer': two acts
            return stated_intent(a) != stated_intent(b) and a.source and b.source \
                and not set(a.source) & set(b.source)

        def one_sided_twin(a, b):  # 'Russia will hold drills' is not 'drills of Russia and Belarus' of another date
            return min(len(set(a.source + a.target)), len(set(b.source + b.target))) >= 2 or a.date == b.date

        def same_meeting(a, b):  # one host or visitor meets once a day: 'greeted X' and 'said at a meeting of Y'
            return (a.type == "CONSULT" and set(a.source) & set(b.source) and a.date and a.date == b.date
                    and a.date_precision == b.date_precision == "day")

        kept: list[Event] = []
        for ev in events:
            parties = set(ev.source + ev.target)
            twin = next((o for o in kept if o.type == ev.type and parties and dates_agree(o, ev)
                         and same_content(o, ev) and not offer_and_answer(o, ev) and (
                parties == set(o.source + o.target) or set(o.source) & set(ev.source) and one_sided_twin(o, ev) and (
                    parties <= set(o.source + o.target) or set(o.source + o.target) <= parties))), None)
            meeting = twin is None and next((o for o in kept if o.type == ev.type and same_meeting(o, ev)), None)
            if meeting:
                meeting.target += [n for n in ev.target if n not in meeting.target and n not in meeting.source]
                take_finer_place(meeting, ev)
            elif twin is None:
                kept.append(ev)
            elif rank(ev) > rank(twin):
                kept[kept.index(twin)] = ev
                take_finer_place(ev, twin)
            else:
                take_finer_place(twin, ev)
        return sorted(kept, key=lambda e: e.evidence_start or 0)


def stem(trigger: str) -> str:
    """A trigger's head word cut to its first letters ('joint exercises' -> 'exerc', 'cooperate'
    and 'cooperation' -> 'coope'): what kind of act two reports name."""
    return trigger.split()[-1].lower()[:5]


PLACE_GRAIN = {"facility": 0, "city": 1, "region": 2, "country": 3}


def take_finer_place(keep: Event, other: Event) -> None:
    """Two reports of one event: 'flew to Peru' and 'met at the presidential palace in
    Lima'. The event keeps the most specific place told, when both lie in one country."""
    a, b = keep.place, other.place
    if a is None or b is None or not a.country or a.country != b.country:
        return
    if PLACE_GRAIN.get(b.precision, 1) < PLACE_GRAIN.get(a.precision, 1):
        keep.location, keep.place = other.location, b


# ---- evaluation on the peer sentence sets ----------------------------------------------------

def available_components() -> list[str]:
    """The pipeline's components whose modules import (stages still being written are left out)."""
    import importlib

    from .pipeline import COMPONENTS

    names = []
    for name, target in COMPONENTS.items():
        module_name, class_name = target.split(":")
        try:
            if hasattr(importlib.import_module(module_name), class_name):
                names.append(name)
        except ImportError:
            continue
    return names


def evaluate_peer_events(path: str, ids: Optional[str] = None, pipeline=None) -> dict:
    """Runs the pipeline over a peer sentence set (plover_gsr.jsonl or petrarch2_gsr.jsonl: each
    sentence an article dated with its `date`), writes the extract format and returns what the
    reference scorer (score_events.py next to it) prints, plus the events stage's speed.
    `ids`: "odd" or "even" to score one fixed half of the records by position (development uses
    the even half; the odd half is held out, and figures are reported on it and on the whole set)."""
    from ..model import Article
    from ..output import to_gold
    from .pipeline import Pipeline, code_as_event_data

    path = Path(path)
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if ids in ("odd", "even"):
        records = [r for i, r in enumerate(records) if (i % 2 == 1) == (ids == "odd")]
    pipeline = pipeline or Pipeline(components=available_components(), sentence_level=True)
    for i, (name, component) in enumerate(pipeline.components):
        if name == "events":  # sentence-level coding: every sentence keeps a reading
            pipeline.components[i] = (name, EventExtractor(lexicon=component.lex, keep_bare=True))
    articles = [Article(id=str(r["id"]), text=r["text"], published=r.get("date") or None) for r in records]
    stage = dict(pipeline.components).get("events")
    seconds = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        gold, pred = Path(tmp) / "gold.jsonl", Path(tmp) / "pred.jsonl"
        gold.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
        with pred.open("w", encoding="utf-8") as f:
            for analysis in pipeline.pipe(articles):
                if stage is not None:  # time the events stage alone on a second run
                    t0 = _time.perf_counter()
                    stage(analysis)
                    seconds += _time.perf_counter() - t0
                code_as_event_data(analysis)  # as `newsgraph extract --sentence-level` codes
                f.write(json.dumps(to_gold(analysis), ensure_ascii=False) + "\n")
        proc = subprocess.run([sys.executable, str(path.parent / "score_events.py"), "--gold", str(gold),
                               "--pred", str(pred), "--json"], capture_output=True, text=True, check=True)
        predicted = [json.loads(line) for line in pred.read_text(encoding="utf-8").splitlines() if line.strip()]
    result = json.loads(proc.stdout)
    result["main_macro_f1"] = main_macro_f1(records, predicted)
    result["events_stage_ms_per_sentence"] = round(1000 * seconds / max(1, len(articles)), 3)
    return result


def main_macro_f1(records: list[dict], predicted: list[dict]) -> float:
    """Macro-F1 over types (CAMEO roots for a CAMEO-coded set) of each sentence's main event, the
    highest-confidence one as the reference scorer picks it: per type, a sentence whose gold type it
    is and whose main event has it is a true positive, a main event of another type a false
    positive for its type and a false negative for the gold's."""
    from collections import Counter

    by_id = {str(p["id"]): p for p in predicted}
    tp, fp, fn = Counter(), Counter(), Counter()
    for r in records:
        if not r["expected"]:
            continue
        cameo = "code" in r["expected"][0]
        gold = r["expected"][0]["code"][:2] if cameo else r["expected"][0]["type_current"]
        evs = sorted(by_id.get(str(r["id"]), {}).get("events") or [], key=lambda e: -(e.get("confidence") or 0))
        main = (str(evs[0].get("cameo") or "")[:2] if cameo else evs[0].get("type")) if evs else None
        if main == gold:
            tp[gold] += 1
        else:
            fn[gold] += 1
            if main:
                fp[main] += 1
    types = set(tp) | set(fn)
    f1s = [2 * tp[t] / (2 * tp[t] + fp[t] + fn[t]) for t in types]
    return round(sum(f1s) / len(f1s), 4) if f1s else 0.0
