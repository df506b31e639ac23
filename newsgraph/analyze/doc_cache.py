"""Per-Doc caches for spaCy properties that are rebuilt on every access.

`doc.ents` makes a new Span for every entity each time it is read, and several stages ask for
it once per event or mention; on a long article that cost more than the rest of the events stage.
No stage changes a Doc's entities after the parse, so each Doc's tuple is built once.
"""
from __future__ import annotations

import weakref

_ENTS: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


def doc_ents(doc) -> tuple:
    """doc.ents, built once per Doc."""
    found = _ENTS.get(doc)
    if found is None:
        found = _ENTS[doc] = tuple(doc.ents)
    return found


_TEXT: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


def doc_text(doc) -> str:
    """doc.text, joined once per Doc (spaCy joins every token's text on each read)."""
    found = _TEXT.get(doc)
    if found is None:
        found = _TEXT[doc] = doc.text
    return found
