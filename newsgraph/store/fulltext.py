"""Full-text search over article titles and text: a SQLite FTS5 index (BM25-ranked) kept in a side
file next to the DuckDB file, so it works when the database is opened read-only.

The index remembers the article count and newest ingest time it was built from, and is rebuilt
when the database has moved on.
"""
from __future__ import annotations

import hashlib
import re
import sqlite3
import tempfile
import threading
from pathlib import Path

from . import queries

_TOKEN = re.compile(r"\w+", re.UNICODE)


def index_path_for(db_path: str) -> Path:
    """`<db>.fts.sqlite` next to the database, or in the temp folder when that folder is read-only."""
    p = Path(db_path).resolve()
    side = p.with_name(p.name + ".fts.sqlite")
    if side.exists() or _writable(p.parent):
        return side
    digest = hashlib.sha1(str(p).encode()).hexdigest()[:16]
    return Path(tempfile.gettempdir()) / f"newsgraph-{digest}.fts.sqlite"


def _writable(folder: Path) -> bool:
    try:
        with tempfile.NamedTemporaryFile(dir=folder):
            return True
    except OSError:
        return False


def fts_query(text: str) -> str:
    """User text as an FTS5 query: every word must occur (prefix match on the last), no operators."""
    words = _TOKEN.findall(text)
    if not words:
        return ""
    parts = ['"' + w.replace('"', "") + '"' for w in words]
    parts[-1] += "*"
    return " ".join(parts)


class FullTextIndex:
    """`search(con, q)` ranks articles by BM25; `con` is a DuckDB cursor of the store."""

    def __init__(self, db_path: str):
        self.path = index_path_for(db_path)
        self._lock = threading.Lock()

    def _connect(self) -> sqlite3.Connection:
        sq = sqlite3.connect(self.path, timeout=30)
        sq.execute("CREATE VIRTUAL TABLE IF NOT EXISTS docs USING fts5(id UNINDEXED, title, body,"
                   " tokenize='unicode61 remove_diacritics 2')")
        sq.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)")
        return sq

    def ensure_fresh(self, con) -> None:
        """Rebuilds the index when articles were added since it was built."""
        n, newest = queries.articles_fingerprint(con)
        stamp = f"{n}|{newest}"
        with self._lock:
            sq = self._connect()
            try:
                row = sq.execute("SELECT value FROM meta WHERE key = 'stamp'").fetchone()
                if row and row[0] == stamp:
                    return
                with sq:
                    sq.execute("DELETE FROM docs")
                    sq.executemany("INSERT INTO docs (id, title, body) VALUES (?, ?, ?)", queries.article_texts(con))
                    sq.execute("INSERT OR REPLACE INTO meta VALUES ('stamp', ?)", [stamp])
            finally:
                sq.close()

    def search(self, con, q: str, limit: int = 20, offset: int = 0) -> dict:
        """Articles matching every word of `q`, best BM25 first, each with a snippet (plain text,
        the match marked by the characters \\u0001 and \\u0002 for the client to highlight)."""
        match = fts_query(q)
        if not match:
            return {"total": 0, "items": []}
        self.ensure_fresh(con)
        sq = self._connect()
        try:
            total = sq.execute("SELECT count(*) FROM docs WHERE docs MATCH ?", [match]).fetchone()[0]
            rows = sq.execute(
                "SELECT id, bm25(docs, 0.0, 2.0, 1.0) AS rank,"
                " snippet(docs, 2, char(1), char(2), '\u2026', 24) FROM docs WHERE docs MATCH ?"
                " ORDER BY rank LIMIT ? OFFSET ?", [match, limit, offset]).fetchall()
        finally:
            sq.close()
        meta = queries.articles_by_ids(con, [r[0] for r in rows])
        items = [dict(meta.get(r[0], {"id": r[0]}), score=round(-r[1], 4), snippet=r[2]) for r in rows]
        return {"total": total, "items": items}
