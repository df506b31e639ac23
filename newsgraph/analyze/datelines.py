"""Datelines: the line opening that says where a report was filed and who filed it.

'PARIS, May 2 (Reuters) -', 'NIAMEY/ABUJA, Aug 6 –', 'JERUSALEM (AP) —', 'SOCHI, June 4. /TASS/.',
'Lagos, Nigeria CNN —'. The place is where the reporter was, not a party to what follows, and the
agency is the messenger. Every stage asks the same question of the same text, so the answer is
found once here (and remembered per text).
"""
from __future__ import annotations

import re
import weakref
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from .doc_cache import doc_text
# 'NEW DELHI', 'ST. PETERSBURG', 'NIAMEY/ABUJA', 'KYIV/MOSCOW'
_CAPS_PLACE = r"[A-Z][A-Z.'’-]*(?:[ /][A-Z][A-Z.'’-]*)*"
# ', May 2', ', California, May 3', ', Aug. 6': qualifiers and dates, no dash, bracket or slash
_QUALIFIER = r"(?:,[^\n–—()/]{0,40}?)?"
_AGENCY = r"(?:\s*\((?P<agency>[^()\n]{1,30})\)|\s*/(?P<slashed>[A-Za-z][A-Za-z -]{0,14})/\.?)?"
_END = r"\s*(?:[–—-]+|(?<=/\.)|(?<=/))\s"

CAPS_DATELINE = re.compile(rf"^[ \t]*(?P<place>{_CAPS_PLACE}){_QUALIFIER}{_AGENCY}{_END}", re.M)
# 'Lagos, Nigeria CNN —', 'Hong Kong (CNN) —': a place in ordinary case needs the agency after it
_WORDS = r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*"
MIXED_DATELINE = re.compile(
    rf"^[ \t]*(?P<place>{_WORDS})(?:, {_WORDS})?\s*(?:\((?P<agency>[A-Z]{{2,6}})\)|(?P<bare>[A-Z]{{2,6}}))\s*[–—-]+\s", re.M)


@dataclass(frozen=True)
class Dateline:
    start: int  # first character of the place words
    place_end: int  # end of the place words ('MOSCOW/BAKU')
    end: int  # end of the whole dateline, dash included
    agency: Optional[tuple[int, int]] = None  # '(Reuters)', '/TASS/': where its name is

    def places(self, text: str) -> list[tuple[int, int]]:
        """Each place the dateline names: 'NIAMEY/ABUJA' names two."""
        out = []
        for part in re.finditer(r"[^/]+", text[self.start:self.place_end]):
            word = part.group()
            lead = len(word) - len(word.lstrip())
            out.append((self.start + part.start() + lead, self.start + part.start() + len(word.rstrip())))
        return out


@lru_cache(maxsize=64)
def find_datelines(text: str) -> tuple[Dateline, ...]:
    """The datelines of a text, in order (most articles have one, digests several)."""
    found = {}
    for pattern in (CAPS_DATELINE, MIXED_DATELINE):
        for m in pattern.finditer(text):
            if len(m.group("place")) < 3:
                continue  # 'US - China': no city is named in two letters
            group = next((g for g in ("agency", "slashed", "bare") if g in m.groupdict() and m.group(g)), None)
            agency = (m.start(group), m.end(group)) if group else None
            found.setdefault(m.start("place"), Dateline(m.start("place"), m.end("place"), m.end(), agency))
    return tuple(found[k] for k in sorted(found))


def dateline_at(text: str, offset: int) -> Optional[Dateline]:
    """The dateline a character offset lies in, else None."""
    return next((d for d in find_datelines(text) if d.start <= offset < d.end), None)


def in_dateline_place(text: str, start: int) -> bool:
    """Whether a mention starting here is a dateline's place ('VILNIUS' of 'VILNIUS, July 12 -')."""
    return any(d.start <= start < d.place_end for d in find_datelines(text))


_BY_DOC: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


def doc_datelines(doc) -> tuple[Dateline, ...]:
    """The datelines of a parsed text, found once per Doc: `doc.text` is rebuilt on every access,
    and the actors stage asks for each mention."""
    found = _BY_DOC.get(doc)
    if found is None:
        found = _BY_DOC[doc] = find_datelines(doc_text(doc))
    return found


def in_doc_dateline_place(doc, start: int) -> bool:
    """in_dateline_place for a parsed text."""
    return any(d.start <= start < d.place_end for d in doc_datelines(doc))


def doc_dateline_at(doc, offset: int) -> Optional[Dateline]:
    """dateline_at for a parsed text."""
    return next((d for d in doc_datelines(doc) if d.start <= offset < d.end), None)
