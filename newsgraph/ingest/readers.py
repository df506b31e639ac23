"""Readers for .txt, .html, .json and .jsonl files.

- .txt: UTF-8 text; an optional leading `date YYYY-MM-DD` line gives the publication date and is
  removed from the text.
- .html/.htm: main text and title by trafilatura, date by htmldate.
- .json: one article object, or a list of them; .jsonl: one article object per line, streamed so a
  large file is read in bounded memory. Fields: id, text, title, url, published; others ignored.

An article's id is its `id` field when given, else a hash of its text, so re-ingesting is idempotent.
"""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Iterable, Iterator, Optional, Union

from ..model import Article

SUPPORTED_SUFFIXES = (".txt", ".html", ".htm", ".json", ".jsonl")
# Whole-file formats are refused above this size; JSON Lines are streamed and only each line is capped.
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_LINE_BYTES = 5 * 1024 * 1024

DATE_HEADER = re.compile(r"\A\s*date[ \t]+(\d{4}-\d{2}-\d{2})\b[ \t]*\n?")


@dataclass
class IngestError:
    """A file (or one line of it) that could not be read; the walk goes on without it."""

    path: str
    message: str
    line: Optional[int] = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.message}"


class BadInput(ValueError):
    pass


def content_id(text: str) -> str:
    """A stable id for an article without one: the hash of its whitespace-normalised text."""
    normalised = " ".join(text.split())
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()[:20]


def parse_date(value) -> Optional[str]:
    """An ISO day (YYYY-MM-DD) from a date-ish value, or None."""
    if value is None or value == "":
        return None
    if isinstance(value, (date, datetime)):
        return value.strftime("%Y-%m-%d")
    m = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", str(value))
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
    except ValueError:
        return None


def split_date_header(text: str) -> tuple[Optional[str], str]:
    """(published, text without the header) for a text that starts with `date YYYY-MM-DD`."""
    m = DATE_HEADER.match(text)
    if not m:
        return None, text
    return parse_date(m.group(1)), text[m.end():]


def decode(raw: bytes) -> str:
    if b"\x00" in raw[:8192]:
        raise BadInput("binary file (NUL bytes), not text")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise BadInput(f"not valid UTF-8 (byte {e.start}); convert it to UTF-8 first") from None
    return text


def blank_date_header(text: str) -> tuple[Optional[str], str]:
    """(date, text) with a leading `date YYYY-MM-DD` header overwritten by spaces.

    JSON articles keep their text verbatim because annotations and offsets refer to it, so the
    header a scraper left inline ("date 2021-04-13 Chilean Foreign Minister ...") is blanked
    rather than cut: every offset stays valid and the header no longer reads as a sentence.
    """
    m = DATE_HEADER.match(text)
    if not m:
        return None, text
    blank = "".join(c if c in "\n\r" else " " for c in text[: m.end()])
    return parse_date(m.group(1)), blank + text[m.end():]


def article_from_record(record, source: str) -> Article:
    """An Article from a JSON object with fields id, text, title, url, published."""
    if not isinstance(record, dict):
        raise BadInput(f"expected a JSON object, got {type(record).__name__}")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise BadInput("no 'text' field with article text")
    header_date, text = blank_date_header(text)
    published = parse_date(record.get("published")) or header_date
    given_id = record.get("id")
    title = record.get("title")
    url = record.get("url")
    return Article(
        id=str(given_id) if given_id not in (None, "") else content_id(text),
        text=text,
        title=title if isinstance(title, str) and title.strip() else None,
        url=url if isinstance(url, str) and url.strip() else None,
        published=published,
        source=source,
    )


def read_txt(path: Path) -> Iterator[Article]:
    text = decode(path.read_bytes())
    published, body = split_date_header(text)
    body = body.strip()
    if not body:
        raise BadInput("empty file, no article text")
    yield Article(id=content_id(body), text=body, published=published, source=str(path))


def read_html(path: Path) -> Iterator[Article]:
    import trafilatura
    from htmldate import find_date

    html = decode(path.read_bytes())
    if not html.strip():
        raise BadInput("empty file, no article text")
    try:
        doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    except Exception as e:  # trafilatura raises many kinds on broken markup
        raise BadInput(f"could not parse HTML ({e.__class__.__name__})") from None
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not re.search(r"[^\W\d_]{2,}", text):
        raise BadInput("no article text found in the HTML")
    published = parse_date(getattr(doc, "date", None))
    if published is None:
        try:
            published = parse_date(find_date(html, outputformat="%Y-%m-%d", extensive_search=False))
        except Exception:
            published = None
    title = getattr(doc, "title", None)
    url = getattr(doc, "url", None)
    yield Article(id=content_id(text), text=text, title=title or None, url=url or None,
                  published=published, source=str(path))


def read_json(path: Path) -> Iterator[Article]:
    text = decode(path.read_bytes())
    if not text.strip():
        raise BadInput("empty file, no article text")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise BadInput(f"malformed JSON at line {e.lineno} column {e.colno}: {e.msg}") from None
    records = data if isinstance(data, list) else [data]
    for i, record in enumerate(records):
        try:
            yield article_from_record(record, str(path))
        except BadInput as e:
            yield IngestError(str(path), f"record {i}: {e}")


def read_jsonl(path: Path) -> Iterator[Union[Article, IngestError]]:
    empty = True
    with path.open("rb") as f:
        for lineno, raw in enumerate(f, start=1):
            if len(raw) > MAX_LINE_BYTES:
                yield IngestError(str(path), f"line longer than {MAX_LINE_BYTES // 2**20} MB, skipped", lineno)
                continue
            if not raw.strip():
                continue
            empty = False
            try:
                record = json.loads(decode(raw))
                yield article_from_record(record, str(path))
            except json.JSONDecodeError as e:
                yield IngestError(str(path), f"malformed JSON: {e.msg}", lineno)
            except BadInput as e:
                yield IngestError(str(path), str(e), lineno)
    if empty:
        raise BadInput("empty file, no article text")


READERS = {".txt": read_txt, ".html": read_html, ".htm": read_html, ".json": read_json, ".jsonl": read_jsonl}


def read_file(path: Path) -> Iterator[Union[Article, IngestError]]:
    """Every article in one file, or errors naming it."""
    path = Path(path)
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        yield IngestError(str(path), f"unsupported file type {path.suffix or '(none)'}; "
                                     f"use one of {', '.join(SUPPORTED_SUFFIXES)}")
        return
    try:
        size = path.stat().st_size
        if size == 0:
            yield IngestError(str(path), "empty file, no article text")
            return
        if reader is not read_jsonl and size > MAX_FILE_BYTES:
            yield IngestError(str(path), f"file is {size / 2**20:.0f} MB, over the {MAX_FILE_BYTES // 2**20} MB "
                                         f"limit for one document; split it or use JSON Lines")
            return
        yield from reader(path)
    except BadInput as e:
        yield IngestError(str(path), str(e))
    except OSError as e:
        yield IngestError(str(path), f"cannot read: {e.strerror or e}")


def iter_files(paths: Iterable[Union[str, Path]]) -> Iterator[Path]:
    """Files named directly, and supported files found under folders, in a stable order."""
    for p in map(Path, paths):
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.is_file() and f.suffix.lower() in SUPPORTED_SUFFIXES and not f.name.startswith("."):
                    yield f
        else:
            yield p


def read_articles(paths: Iterable[Union[str, Path]]) -> Iterator[Union[Article, IngestError]]:
    """Articles and errors from files and folders; a missing path is an error, not an exception."""
    for f in iter_files(paths):
        if not f.exists():
            yield IngestError(str(f), "no such file or folder")
            continue
        yield from read_file(f)
