"""The DuckDB store: schema, writes of whole analyses, and the read queries of the CLI and API.

Every fact row is keyed to its article (`article_id`) and carries character offsets into the
article text. An analysis is written in one transaction, so a failure leaves nothing half-stored,
and an article already stored is never written twice.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Iterable, Optional

import duckdb

from ..model import Analysis

SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    id VARCHAR PRIMARY KEY, title VARCHAR, url VARCHAR, published DATE,
    published_inferred BOOLEAN DEFAULT FALSE, source VARCHAR, lang VARCHAR, text VARCHAR,
    ingested_at TIMESTAMP DEFAULT current_timestamp
);
CREATE TABLE IF NOT EXISTS actors (
    id VARCHAR PRIMARY KEY, name VARCHAR, type VARCHAR, country VARCHAR, kb_id VARCHAR
);
CREATE TABLE IF NOT EXISTS article_actors (
    article_id VARCHAR, actor_id VARCHAR, name VARCHAR, type VARCHAR, country VARCHAR, role VARCHAR,
    salient BOOLEAN DEFAULT TRUE, PRIMARY KEY (article_id, actor_id)
);
CREATE TABLE IF NOT EXISTS mentions (
    article_id VARCHAR, actor_id VARCHAR, start INTEGER, "end" INTEGER, text VARCHAR, kind VARCHAR
);
CREATE TABLE IF NOT EXISTS timexes (
    article_id VARCHAR, idx INTEGER, start INTEGER, "end" INTEGER, text VARCHAR, type VARCHAR,
    value VARCHAR, precision VARCHAR, anchored BOOLEAN, mod VARCHAR, PRIMARY KEY (article_id, idx)
);
CREATE TABLE IF NOT EXISTS quotes (
    article_id VARCHAR, idx INTEGER, text VARCHAR, start INTEGER, "end" INTEGER, kind VARCHAR,
    speaker VARCHAR, speaker_id VARCHAR, speaker_start INTEGER, speaker_end INTEGER,
    cue VARCHAR, cue_start INTEGER, cue_end INTEGER, PRIMARY KEY (article_id, idx)
);
CREATE TABLE IF NOT EXISTS places (
    article_id VARCHAR, idx INTEGER, name VARCHAR, start INTEGER, "end" INTEGER, text VARCHAR,
    geonames_id BIGINT, latitude DOUBLE, longitude DOUBLE, country VARCHAR, feature_class VARCHAR,
    precision VARCHAR, PRIMARY KEY (article_id, idx)
);
CREATE TABLE IF NOT EXISTS events (
    article_id VARCHAR, idx INTEGER, type VARCHAR, mode VARCHAR,
    source VARCHAR[], target VARCHAR[], source_ids VARCHAR[], target_ids VARCHAR[],
    date VARCHAR, date_precision VARCHAR, date_basis VARCHAR, date_text VARCHAR, date_sort DATE,
    location VARCHAR, geonames_id BIGINT, latitude DOUBLE, longitude DOUBLE, place_country VARCHAR,
    place_precision VARCHAR, status VARCHAR, evidence VARCHAR, evidence_start INTEGER,
    evidence_end INTEGER, trigger VARCHAR, trigger_start INTEGER, trigger_end INTEGER,
    confidence DOUBLE, cameo VARCHAR, goldstein DOUBLE, score DOUBLE,
    PRIMARY KEY (article_id, idx)
);
CREATE INDEX IF NOT EXISTS events_date ON events (date_sort);
CREATE INDEX IF NOT EXISTS mentions_actor ON mentions (actor_id);
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes (speaker_id);
"""

FACT_TABLES = ("article_actors", "mentions", "timexes", "quotes", "places", "events")


def date_sort_key(value: Optional[str]) -> Optional[str]:
    """The first day of a YYYY, YYYY-MM or YYYY-MM-DD date, for sorting; None otherwise."""
    if not value or not value[:4].isdigit():
        return None
    parts = value.split("-")
    try:
        year = int(parts[0])
        month = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 1
        day = int(parts[2][:2]) if len(parts) > 2 and parts[2][:2].isdigit() else 1
        return f"{year:04d}-{month:02d}-{day:02d}"
    except (ValueError, IndexError):
        return None


class Store:
    """A newsgraph database file. `Store(path)` opens it, creating the schema when new."""

    def __init__(self, path: str | Path = "newsgraph.duckdb", read_only: bool = False):
        self.path = str(path)
        self.con = duckdb.connect(self.path, read_only=read_only)
        if not read_only:
            self.con.execute(SCHEMA)

    def close(self) -> None:
        self.con.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # -- writes ---------------------------------------------------------------------------

    def has_article(self, article_id: str) -> bool:
        return self.con.execute("SELECT 1 FROM articles WHERE id = ?", [article_id]).fetchone() is not None

    def known_ids(self, ids: Iterable[str]) -> set[str]:
        ids = list(ids)
        if not ids:
            return set()
        rows = self.con.execute("SELECT id FROM articles WHERE id IN (SELECT unnest(?))", [ids]).fetchall()
        return {r[0] for r in rows}

    def save(self, analysis: Analysis) -> bool:
        """Writes one analysed article and all its facts in one transaction.

        Returns False (and writes nothing) when the article is already stored."""
        a = analysis.article
        if self.has_article(a.id):
            return False
        con = self.con
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute(
                "INSERT INTO articles (id, title, url, published, published_inferred, source, lang, text)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [a.id, a.title, a.url, a.published, a.published_inferred, a.source, a.lang, a.text])
            name_to_id = {}
            for actor in analysis.actors:
                name_to_id[actor.name] = actor.id
                con.execute(
                    "INSERT INTO actors (id, name, type, country, kb_id) VALUES (?, ?, ?, ?, ?)"
                    " ON CONFLICT (id) DO NOTHING",
                    [actor.id, actor.name, actor.type, actor.country, actor.kb_id])
                con.execute(
                    "INSERT INTO article_actors VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                    [a.id, actor.id, actor.name, actor.type, actor.country, actor.role, actor.salient])
                if actor.mentions:
                    con.executemany(
                        "INSERT INTO mentions VALUES (?, ?, ?, ?, ?, ?)",
                        [[a.id, actor.id, m.start, m.end, m.text, m.kind] for m in actor.mentions])
            if analysis.timexes:
                con.executemany(
                    "INSERT INTO timexes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [[a.id, i, t.start, t.end, t.text, t.type, t.value, t.precision, t.anchored, t.mod]
                     for i, t in enumerate(analysis.timexes)])
            if analysis.quotes:
                con.executemany(
                    "INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [[a.id, i, q.text, q.start, q.end, q.kind, q.speaker, q.speaker_id, q.speaker_start,
                      q.speaker_end, q.cue, q.cue_start, q.cue_end] for i, q in enumerate(analysis.quotes)])
            if analysis.places:
                con.executemany(
                    "INSERT INTO places VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [[a.id, i, p.name, p.start, p.end, p.text, p.geonames_id, p.latitude, p.longitude,
                      p.country, p.feature_class, p.precision] for i, p in enumerate(analysis.places)])
            rows = []
            for i, e in enumerate(analysis.events):
                p = e.place
                rows.append([
                    a.id, i, e.type, e.mode, e.source, e.target,
                    [name_to_id.get(n, n) for n in e.source], [name_to_id.get(n, n) for n in e.target],
                    e.date, e.date_precision, e.date_basis, e.date_text, date_sort_key(e.date),
                    e.location, p.geonames_id if p else None, p.latitude if p else None,
                    p.longitude if p else None, p.country if p else None, p.precision if p else None,
                    e.status, e.evidence, e.evidence_start, e.evidence_end, e.trigger, e.trigger_start,
                    e.trigger_end, e.confidence, e.cameo, e.goldstein, e.score])
            if rows:
                con.executemany("INSERT INTO events VALUES (" + ", ".join(["?"] * 30) + ")", rows)
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        return True

    # -- reads ----------------------------------------------------------------------------

    def _dicts(self, sql: str, params=()) -> list[dict]:
        cur = self.con.execute(sql, list(params))
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, row)) for row in cur.fetchall()]

    def counts(self) -> dict:
        return {t: self.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("articles", "actors", "mentions", "timexes", "quotes", "places", "events")}

    def resolve_actor_ids(self, name: str) -> list[str]:
        """Ids of actors whose canonical name or any mention matches `name` (case-insensitive)."""
        rows = self.con.execute(
            "SELECT DISTINCT id FROM actors WHERE lower(name) = lower(?) OR lower(id) = lower(?)"
            " UNION SELECT DISTINCT actor_id FROM mentions WHERE lower(text) = lower(?) AND kind = 'name'",
            [name, name, name]).fetchall()
        if not rows:
            rows = self.con.execute(
                "SELECT DISTINCT id FROM actors WHERE name ILIKE ?", [f"%{name}%"]).fetchall()
        return [r[0] for r in rows]

    def timeline(self, actors: Iterable[str] = (), since: Optional[str] = None,
                 until: Optional[str] = None, types: Iterable[str] = (), statuses: Iterable[str] = (),
                 limit: Optional[int] = None, offset: int = 0, dated_only: bool = False) -> list[dict]:
        """Events in date order (undated last), filtered by actor names, date range, type, status."""
        where, params = [], []
        for name in actors:
            ids = self.resolve_actor_ids(name) or [name]
            where.append("(list_has_any(e.source_ids, ?) OR list_has_any(e.target_ids, ?))")
            params += [ids, ids]
        if since:
            where.append("e.date_sort >= ?")
            params.append(date_sort_key(since))
        if until:
            where.append("e.date_sort <= ?")
            params.append(date_sort_key(until))
        if types:
            where.append("e.type IN (SELECT unnest(?))")
            params.append([t.upper() for t in types])
        if statuses:
            where.append("e.status IN (SELECT unnest(?))")
            params.append(list(statuses))
        if dated_only:
            where.append("e.date_sort IS NOT NULL")
        sql = ("SELECT e.*, a.title AS article_title, a.published AS article_published, a.url AS article_url"
               " FROM events e JOIN articles a ON a.id = e.article_id")
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY e.date_sort NULLS LAST, e.article_id, e.idx"
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params += [int(limit), int(offset)]
        return self._dicts(sql, params)

    def stories(self, actors: Iterable[str] = (), since: Optional[str] = None,
                until: Optional[str] = None) -> list[dict]:
        """Stories (related events of the same actors over a short period) in date order, each
        with its events as full rows under "event_rows"."""
        from .links import story_timeline

        ids = [i for name in actors for i in (self.resolve_actor_ids(name) or [name])]
        stories = story_timeline(self.con, ids, since, until)
        for story in stories:
            keys = story["events"]
            rows = self._dicts(
                "SELECT e.*, a.title AS article_title FROM events e JOIN articles a ON a.id = e.article_id"
                " WHERE (e.article_id, e.idx) IN (SELECT (unnest(?), unnest(?)))",
                [[k[0] for k in keys], [k[1] for k in keys]]) if keys else []
            order = {tuple(k): i for i, k in enumerate(keys)}
            story["event_rows"] = sorted(rows, key=lambda r: order.get((r["article_id"], r["idx"]), 0))
        return stories

    def quotes(self, speaker: Optional[str] = None, text: Optional[str] = None,
               kinds: Iterable[str] = (), limit: Optional[int] = None, offset: int = 0) -> list[dict]:
        where, params = [], []
        if speaker:
            ids = self.resolve_actor_ids(speaker) or [speaker]
            where.append("(q.speaker_id IN (SELECT unnest(?)) OR q.speaker ILIKE ?)")
            params += [ids, f"%{speaker}%"]
        if text:
            where.append("q.text ILIKE ?")
            params.append(f"%{text}%")
        if kinds:
            where.append("q.kind IN (SELECT unnest(?))")
            params.append(list(kinds))
        sql = ("SELECT q.*, a.published AS article_published, a.title AS article_title"
               " FROM quotes q JOIN articles a ON a.id = q.article_id")
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY a.published NULLS LAST, q.article_id, q.start"
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params += [int(limit), int(offset)]
        return self._dicts(sql, params)

    def actors(self, query: Optional[str] = None, limit: Optional[int] = None) -> list[dict]:
        """Actors with how many articles, mentions, events and quotes they have."""
        sql = """
        SELECT ac.id, ac.name, ac.type, ac.country, ac.kb_id,
               (SELECT count(DISTINCT article_id) FROM article_actors aa WHERE aa.actor_id = ac.id) AS articles,
               (SELECT count(*) FROM mentions m WHERE m.actor_id = ac.id) AS mentions,
               (SELECT count(*) FROM events e WHERE list_contains(e.source_ids, ac.id)
                                                 OR list_contains(e.target_ids, ac.id)) AS events,
               (SELECT count(*) FROM quotes q WHERE q.speaker_id = ac.id) AS quotes
        FROM actors ac"""
        params = []
        if query:
            sql += (" WHERE ac.name ILIKE ? OR ac.id IN (SELECT actor_id FROM mentions WHERE text ILIKE ?)")
            params += [f"%{query}%", f"%{query}%"]
        sql += " ORDER BY mentions DESC, ac.name"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(int(limit))
        return self._dicts(sql, params)

    def article(self, article_id: str) -> Optional[dict]:
        rows = self._dicts("SELECT * FROM articles WHERE id = ?", [article_id])
        return rows[0] if rows else None

    def export_table(self, table: str, path: str | Path, fmt: str) -> int:
        """Writes a whole table (or the event timeline) to CSV, JSONL or Parquet; returns row count."""
        if table not in ("articles", "actors", "article_actors", "mentions", "timexes", "quotes", "places", "events"):
            raise ValueError(f"unknown table {table!r}")
        path = str(path)
        n = self.con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        options = {"csv": "FORMAT csv, HEADER true", "parquet": "FORMAT parquet",
                   "jsonl": "FORMAT json"}[fmt]
        self.con.execute(f"COPY (SELECT * FROM {table}) TO '{_quote_path(path)}' ({options})")
        return n


def _quote_path(path: str) -> str:
    return path.replace("'", "''")


def rows_to_jsonl(rows: list[dict]) -> str:
    return "".join(json.dumps(r, default=str, ensure_ascii=False) + "\n" for r in rows)
