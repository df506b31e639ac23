"""Credit lines: who reported, wrote, edited or photographed a story, not what it reports.

'Reporting by A in Kyiv; Editing by B', 'Associated Press writers A and B contributed to this
report.', 'By A and B, BBC News', 'Image source, Getty Images'. Read as prose they give reporters as
actors and "contributed" as aid. The parser is given the text with these lines blanked (same
length, line breaks kept), so every offset still indexes the stored text.
"""
from __future__ import annotations

import re

_NAME = r"[A-Z][\w'’.-]+(?: (?:[A-Z][\w'’.-]+|de|van|von|al|el|bin))*"
CREDIT_LINE = re.compile(
    r"^[ \t]*\(?(?:"
    # Reuters' tagline and its parts: 'Reporting by ...; Writing by ...; Editing by ...'
    rf"(?:(?:Additional |Further )?[Rr]eporting|Writing|Written|Editing|Edited|Compiled|Translated|Graphics) by {_NAME}[^\n]*"
    # 'Associated Press writers A in X and B contributed to this report.'
    r"|[^\n]{0,200}\bcontributed (?:to )?(?:this |the )?(?:report|reporting|story)\b[^\n]{0,80}"
    # a byline: 'By A and B, BBC News' / 'By A in Geneva' (names only, no full stop at the end)
    # ... with the outlet or the writer's post on the next line ('By A\nBBC News')
    rf"|By {_NAME}(?:(?:,| and| &) {_NAME})*(?: in {_NAME})?(?:[ \t]*\n[ \t]*[A-Z][\w&.'’-]*(?: [\w&.'’-]+){{0,4}}(?<![.:]))?"
    # picture credits of online pages
    r"|Image (?:source|copyright)\b[^\n]*|Photo(?:graph)?: [^\n]*"
    r")[ \t]*\)?[ \t]*$", re.M)


def credit_line_spans(text: str) -> list[tuple[int, int]]:
    """Where the credit lines of a text are (start, end), in order."""
    return [(m.start(), m.end()) for m in CREDIT_LINE.finditer(text)]


def blank_credit_lines(text: str) -> str:
    """The text with its credit lines turned into spaces: what the parser should read."""
    spans = credit_line_spans(text)
    if not spans:
        return text
    out, last = [], 0
    for start, end in spans:
        out += [text[last:start], " " * (end - start)]
        last = end
    out.append(text[last:])
    return "".join(out)
