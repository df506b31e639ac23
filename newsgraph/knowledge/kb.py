"""The actor knowledge base: countries, organisations and people (with dated office terms).

In: JSON Lines files in newsgraph/knowledge/actors/ (one entity per line), plus user files of the
same form (`extra_paths`, or the NEWSGRAPH_ACTORS environment variable, os.pathsep-separated).
Out: a `KnowledgeBase` with lookups by id, alias, demonym and (role, country, date).
A user entry with an id already present replaces the packaged one.
"""
from __future__ import annotations

import json
import os
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Optional

ACTORS_DIR = Path(__file__).parent / "actors"


@dataclass
class KBEntry:
    id: str
    name: str
    type: str
    country: Optional[str] = None
    aliases: list[str] = field(default_factory=list)
    demonyms: list[str] = field(default_factory=list)
    metonyms: list[str] = field(default_factory=list)
    capital: Optional[str] = None
    kind: Optional[str] = None
    parent: Optional[str] = None
    members: list[str] = field(default_factory=list)
    surname: Optional[str] = None
    gender: Optional[str] = None
    roles: list[dict] = field(default_factory=list)


@lru_cache(maxsize=65536)
def normalise(text: str) -> str:
    """Case- and accent-insensitive key; curly apostrophes and extra spaces folded. Cached: the
    same words are looked up many times per article."""
    text = unicodedata.normalize("NFKD", text.replace("\u2019", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.casefold().split())


def _in_term(role: dict, on: Optional[str]) -> bool:
    start, end = role.get("start"), role.get("end")
    if on is None:
        return end is None
    if start and on < start:
        return False
    return end is None or on < end or (on == end and start == end)


class KnowledgeBase:
    """Lookups over KBEntry records."""

    def __init__(self, entries: Iterable[KBEntry] = ()):
        self._by_id: dict[str, KBEntry] = {}
        for e in entries:
            self._by_id[e.id] = e
        self._by_alias: dict[str, list[KBEntry]] = {}
        self._by_demonym: dict[str, KBEntry] = {}
        for e in self._by_id.values():
            for name in [e.name, *e.aliases]:
                bucket = self._by_alias.setdefault(normalise(name), [])
                if e not in bucket:
                    bucket.append(e)
            for d in e.demonyms:
                self._by_demonym.setdefault(normalise(d), e)

    def get(self, id: str) -> Optional[KBEntry]:
        return self._by_id.get(id)

    def lookup(self, alias: str) -> list[KBEntry]:
        """Entries whose name or an alias equals `alias` (case/accent-insensitive)."""
        return list(self._by_alias.get(normalise(alias), []))

    def by_demonym(self, word: str) -> Optional[KBEntry]:
        return self._by_demonym.get(normalise(word))

    def holders(self, role: str, of: str, on: Optional[str] = None) -> list[KBEntry]:
        """People holding `role` of `of` on ISO date `on` (None = currently).
        A term's end date is the day its successor starts, so it is exclusive."""
        return [e for e in self._by_id.values() if e.roles and any(
            r.get("role") == role and r.get("of") == of and _in_term(r, on) for r in e.roles)]

    def roles_of(self, entry_id: str, on: Optional[str] = None) -> list[dict]:
        e = self._by_id.get(entry_id)
        return [r for r in (e.roles if e else []) if _in_term(r, on)]

    def entries(self) -> Iterable[KBEntry]:
        return self._by_id.values()


def read_entries(path: Path) -> list[KBEntry]:
    """KBEntry records from one JSON Lines file (blank lines and lines starting with # skipped)."""
    out = []
    known = set(KBEntry.__dataclass_fields__)
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        data = json.loads(line)
        out.append(KBEntry(**{k: v for k, v in data.items() if k in known and v is not None}))
    return out


def _user_paths(extra_paths) -> list[Path]:
    env = [p for p in os.environ.get("NEWSGRAPH_ACTORS", "").split(os.pathsep) if p]
    return [Path(p) for p in [*env, *extra_paths]]


@lru_cache(maxsize=8)
def _load(paths: tuple[str, ...]) -> KnowledgeBase:
    entries: list[KBEntry] = []
    for p in sorted(ACTORS_DIR.glob("*.jsonl")):
        entries.extend(read_entries(p))
    for p in paths:
        entries.extend(read_entries(Path(p)))
    return KnowledgeBase(entries)


def load_kb(extra_paths=()) -> KnowledgeBase:
    """The packaged knowledge base plus user files; cached per distinct set of user files."""
    return _load(tuple(str(p) for p in _user_paths(extra_paths)))
