"""The time lexicon (newsgraph/knowledge/time_lexicon.json), loaded once."""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

LEXICON_PATH = Path(__file__).resolve().parent.parent.parent / "knowledge" / "time_lexicon.json"


@lru_cache(maxsize=None)
def load_lexicon(path: str = str(LEXICON_PATH)) -> dict:
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def alternation(words, capitalised: bool = False) -> str:
    """A regex alternation of words, longest first; `capitalised` also accepts Title and UPPER case
    (and only those), for names such as months that are common words in lower case ("may")."""
    forms = set()
    for w in words:
        if capitalised:
            forms.update({w[:1].upper() + w[1:], w.upper()})
        else:
            forms.add(w)
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(forms, key=len, reverse=True)) + ")"
