"""The data model shared by every layer: ingest, analysis stages, storage, API and exports.

Plain dataclasses. Every fact carries character offsets into its article's text; the article id
is carried by the `Analysis` that holds it (and by every row the store writes).
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Optional

ACTOR_TYPES = ("PERSON", "ORG", "GPE", "LOC", "FAC")
PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
                "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
EVENT_STATUSES = ("occurred", "ongoing", "planned", "negated", "hypothetical", "claimed")


@dataclass
class Article:
    """One news article as ingested. `published` is an ISO date (YYYY-MM-DD) or None."""

    id: str
    text: str
    title: Optional[str] = None
    url: Optional[str] = None
    published: Optional[str] = None
    published_inferred: bool = False
    source: Optional[str] = None  # where it came from: a file path, a feed, an outlet
    lang: str = "en"


@dataclass
class Mention:
    """A stretch of text that refers to an actor: a name, a role phrase, a pronoun, a demonym."""

    start: int
    end: int
    text: str
    actor_id: Optional[str] = None
    kind: str = "name"  # name | role | pronoun | demonym | capital | nominal


@dataclass
class Actor:
    """A canonical actor of one article. `id` is stable across articles (knowledge-base id or a
    slug of the canonical name), so the store can join the same actor across the corpus."""

    id: str
    name: str
    type: str  # one of ACTOR_TYPES
    country: Optional[str] = None  # ISO 3166-1 alpha-3
    role: Optional[str] = None  # e.g. "President of Russia" when known
    kb_id: Optional[str] = None  # id in the knowledge base, None when found only in the text
    mentions: list[Mention] = field(default_factory=list)
    salient: bool = True  # False when only named in passing (no event, no statement, not a place of one)


@dataclass
class Timex:
    """A time expression, TIMEX3-style: type DATE | TIME | DURATION | SET and a normalised value
    ("2022-12-19", "2023-03", "2021", "P3D", "PRESENT_REF", "XXXX-XX-XX" when unresolved)."""

    start: int
    end: int
    text: str
    type: str
    value: Optional[str]
    precision: Optional[str] = None  # day | month | season | quarter | half | year | decade | century
    anchored: bool = False  # True when the value was computed from the article date
    mod: Optional[str] = None  # TIMEX3 mod: START, MID, END, APPROX, MORE_THAN...


@dataclass
class Quote:
    """Reported speech. kind: direct (in quotation marks) | mixed | indirect."""

    text: str
    start: int
    end: int
    kind: str = "direct"
    speaker: Optional[str] = None  # canonical actor name
    speaker_id: Optional[str] = None
    speaker_start: Optional[int] = None  # the mention that names the speaker here
    speaker_end: Optional[int] = None
    cue: Optional[str] = None  # said, told, according to...
    cue_start: Optional[int] = None
    cue_end: Optional[int] = None


@dataclass
class Place:
    """A place name resolved against the gazetteer."""

    name: str
    start: int
    end: int
    text: str = ""
    geonames_id: Optional[int] = None
    latitude: Optional[float] = None
    longitude: Optional[float] = None
    country: Optional[str] = None  # ISO3
    feature_class: Optional[str] = None  # GeoNames class: P (city), A (country/region), L, S...
    precision: str = "city"  # facility | city | region | country


@dataclass
class Event:
    """Who did what to whom, when and where, with the sentence that says so."""

    type: str  # PLOVER top-level type
    mode: Optional[str] = None
    source: list[str] = field(default_factory=list)  # canonical actor names
    target: list[str] = field(default_factory=list)
    date: Optional[str] = None  # YYYY-MM-DD | YYYY-MM | YYYY
    date_precision: Optional[str] = None  # day | month | year
    date_basis: Optional[str] = None  # timex | article | inherited: where the date came from
    date_text: Optional[str] = None  # the time expression that gave the date
    location: Optional[str] = None
    place: Optional[Place] = None
    status: str = "occurred"
    evidence: str = ""
    evidence_start: int = 0
    evidence_end: int = 0
    trigger: Optional[str] = None
    trigger_start: Optional[int] = None
    trigger_end: Optional[int] = None
    confidence: float = 0.5
    cameo: Optional[str] = None
    goldstein: Optional[float] = None
    score: Optional[float] = None  # PLOVER cooperation (+) / conflict (-) score, -10..10


@dataclass
class Analysis:
    """Everything extracted from one article. Stages fill it in turn; `doc` is the spaCy Doc,
    shared by the stages and never serialised."""

    article: Article
    doc: Any = None
    actors: list[Actor] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    def detach(self) -> "Analysis":
        """Drops the spaCy Doc and any stage's private caches over it (attributes starting with
        "_"), so the analysis can be pickled and sent between processes."""
        self.doc = None
        for name in [n for n in vars(self) if n.startswith("_")]:
            delattr(self, name)
        return self

    def actor_by_id(self, actor_id: str) -> Optional[Actor]:
        return next((a for a in self.actors if a.id == actor_id), None)

    def actor_at(self, start: int, end: int) -> Optional[Actor]:
        """The actor with a mention overlapping [start, end), if any (longest mention wins)."""
        best, best_len = None, 0
        for a in self.actors:
            for m in a.mentions:
                if m.start < end and start < m.end and m.end - m.start > best_len:
                    best, best_len = a, m.end - m.start
        return best


def to_dict(obj) -> dict:
    """A dataclass as a plain dict (JSON-ready)."""
    return asdict(obj)
