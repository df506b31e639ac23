"""Quotation-mark spans in raw text, for the quotes stage.

In: an article's text. Out: `QuotedSpan`s, the content between a pair of quotation marks (offsets
of the content, marks excluded). Handles "straight", “curly”, «guillemets», „low-high“, ''doubled'' and
‘single’ / 'single' quotes used as quotation marks. A quote that runs over a paragraph break
without a closing mark and reopens in the next paragraph (news style) gives one span per
paragraph, the later ones flagged `continued`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# opening mark -> closing marks accepted for it
DOUBLE_PAIRS = {'"': '"', "“": "”“", "«": "»", "„": "“”", "»": "«", "”": "”"}
OPENERS = "\"“«„"
SINGLE_OPEN = "‘'"
SINGLE_CLOSE = {"‘": "’", "'": "'"}


@dataclass
class QuotedSpan:
    start: int  # content start (after the opening mark)
    end: int  # content end (before the closing mark)
    open_mark: int  # offset of the opening mark
    close_mark: int | None  # offset of the closing mark, None when the paragraph ended first
    continued: bool = False  # reopened after a paragraph break inside one quotation


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _next_paragraph_opens(text: str, i: int) -> bool:
    """Whether the paragraph after the newline at `i` starts with an opening quotation mark."""
    j = i
    while j < len(text) and text[j].isspace():
        j += 1
    return j < len(text) and text[j] in OPENERS


_NEXT_OPENER = re.compile("[" + re.escape(OPENERS) + "]")
# closing marks of each opening mark, or a line break: what ends an open quotation
_NEXT_CLOSER = {c: re.compile("[" + re.escape(closers) + "\n]") for c, closers in DOUBLE_PAIRS.items()}


def double_quoted(text: str) -> list[QuotedSpan]:
    """Spans between double quotation marks. The scan jumps from one character that can change
    its state to the next (an opening mark while none is open; a closing mark or a line break
    while one is): every other character leaves it as it is."""
    spans: list[QuotedSpan] = []
    open_at, closers, continued = None, "", False
    i = 0
    while i < len(text):
        m = (_NEXT_OPENER if open_at is None else _NEXT_CLOSER[text[open_at]]).search(text, i)
        if m is None:
            break
        i = m.start()
        c = text[i]
        if open_at is None:
            if c in OPENERS:
                open_at, closers = i, DOUBLE_PAIRS[c]
        elif c in closers:
            s, e = _trimmed(text, open_at + 1, i)
            if e > s:
                spans.append(QuotedSpan(s, e, open_at, i, continued))
            open_at, continued = None, False
        elif c == "\n":
            s, e = _trimmed(text, open_at + 1, i)
            if _next_paragraph_opens(text, i) and e > s:
                spans.append(QuotedSpan(s, e, open_at, None, continued))
                continued = True
            else:
                # an unclosed mark: the quotation (if any) ends with its paragraph
                if e > s and e - s > 20:
                    spans.append(QuotedSpan(s, e, open_at, None, continued))
                continued = False
            open_at = None
            j = i
            while j < len(text) and text[j].isspace():
                j += 1
            if continued and j < len(text) and text[j] in OPENERS:
                open_at, closers = j, DOUBLE_PAIRS[text[j]]
                i = j
        i += 1
    return spans


_SINGLE = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–-]))([‘'])(?=[^\W\d_])(.{2,300}?)(?<=\S)([’'])(?![^\W_])",
                     re.S)


_SINGLE_MARK = re.compile("[‘']")


def _single_matches(text: str):
    """What `_SINGLE.finditer(text)` finds, tried only at the single marks a match starts with:
    the pattern opens with a look-behind, which makes re try it at every character."""
    pos = 0
    while True:
        mark = _SINGLE_MARK.search(text, pos)
        if mark is None:
            return
        m = _SINGLE.match(text, mark.start())
        if m is None:
            pos = mark.start() + 1
        else:
            yield m
            pos = m.end()


def single_quoted(text: str, taken: list[QuotedSpan]) -> list[QuotedSpan]:
    """Single-quote pairs outside double-quoted spans, on one line, with at least two words."""
    def inside(i: int) -> bool:
        return any(q.open_mark <= i <= (q.close_mark or q.end) for q in taken)

    out = []
    for m in _single_matches(text):
        body = m.group(2)
        if "\n" in body or inside(m.start(1)) or " " not in body.strip():
            continue
        if m.group(1) == "‘" and m.group(3) != "’":
            continue
        s, e = _trimmed(text, m.start(2), m.end(2))
        out.append(QuotedSpan(s, e, m.start(1), m.start(3)))
    return out


_DOUBLED = re.compile(r"''|``")


def _doubled_marks_as_quotes(text: str) -> str:
    """The text with doubled marks used as quotation marks (''...'' and ``...'', some papers'
    and typesetters' style) turned into a straight double quote plus a space, offsets kept:
    an opening pair becomes ' "', a closing one '" '."""
    if "''" not in text and "``" not in text:
        return text
    chars = list(text)
    for m in _DOUBLED.finditer(text):
        i = m.start()
        opening = m.group() == "``" or i == 0 or not (text[i - 1].isalnum() or text[i - 1] in ".,;:!?-—–)")
        chars[i], chars[i + 1] = (" ", '"') if opening else ('"', " ")
    return "".join(chars)


def quoted_spans(text: str) -> list[QuotedSpan]:
    """All quoted spans of a text, in text order."""
    text = _doubled_marks_as_quotes(text)
    spans = double_quoted(text)
    spans += single_quoted(text, spans)
    return sorted(spans, key=lambda q: q.start)
