"""PLOVER's coding conventions for sentence-level event data.

newsgraph's knowledge base records what an event *is*: "Putin will visit Minsk" is a visit
(CONSULT) whose status is planned, so that it lands on the timeline beside the visit itself.
Event-data sets coded sentence by sentence follow the PLOVER codebook instead, which codes a
cooperative act announced for the future as the commitment it makes: AGREE ("agree to, offer,
promise, or otherwise indicate willingness or commitment to cooperate"; CONSULT, SUPPORT,
COOPERATE, AID and YIELD reported in the future tense are coded AGREE). Sentence-level runs apply
that convention to the PLOVER type only; the CAMEO code keeps the act, as GDELT's coders
(PETRARCH) code the verb whatever its tense.
"""
from __future__ import annotations

from .events_lexicon import EventLexicon
from ..model import Analysis

COMMITMENT_TYPE = "AGREE"


def code_announced_cooperation_as_agree(analysis: Analysis) -> None:
    """Recode each planned cooperative event (the lexicon's cooperative types, those a stated
    intent also turns into AGREE) as PLOVER's AGREE; its CAMEO code, evidence, parties and status
    are kept, so the record still says what was promised."""
    lexicon = EventLexicon.load()
    for event in analysis.events:
        if event.status == "planned" and event.type in lexicon.cooperative_types:
            event.type = COMMITMENT_TYPE
            event.mode = None
            event.score = lexicon.plover_score(COMMITMENT_TYPE, None)
