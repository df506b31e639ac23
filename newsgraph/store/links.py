"""SQL for cross-article linking: near-duplicate articles, event clusters, event relations,
stories. `newsgraph.link` decides; this module only reads and writes.

Tables (created by `ensure_link_schema`):
    article_minhash(article_id, signature)            MinHash of each article's shingles
    article_lsh(band, bucket, article_id)              LSH band buckets, indexed: near-duplicate lookup
    article_duplicates(article_id, duplicate_of, similarity)
    event_blocks(block, article_id, event_idx, cluster_id, <link features>)  blocking keys (type
                                                       family|actor|week), indexed, carrying what
                                                       scoring needs so lookups touch no other table
    event_clusters(cluster_id, article_id, event_idx)  one real-world event = one cluster
    event_relations(kind, article_id, event_idx, other_article_id, other_event_idx)  e.g. fulfils
    stories(story_id, title, date_start, date_end, n_events, n_sources, actors, names, types, articles)
    story_events(story_id, cluster_id)
"""
from __future__ import annotations

from contextlib import contextmanager
from typing import Iterable, Optional

LINK_SCHEMA = """
CREATE TABLE IF NOT EXISTS article_minhash (article_id VARCHAR PRIMARY KEY, signature UBIGINT[]);
CREATE TABLE IF NOT EXISTS article_lsh (band INTEGER, bucket UBIGINT, article_id VARCHAR);
CREATE INDEX IF NOT EXISTS article_lsh_bucket ON article_lsh (band, bucket);
CREATE TABLE IF NOT EXISTS article_duplicates (
    article_id VARCHAR PRIMARY KEY, duplicate_of VARCHAR, similarity DOUBLE
);
CREATE TABLE IF NOT EXISTS event_blocks (
    block VARCHAR, article_id VARCHAR, event_idx INTEGER, cluster_id VARCHAR, type VARCHAR, status VARCHAR,
    actor_ids VARCHAR[], date VARCHAR, day INTEGER, location VARCHAR, geonames_id BIGINT,
    place_country VARCHAR, evidence VARCHAR, trigger VARCHAR
);
CREATE INDEX IF NOT EXISTS event_blocks_block ON event_blocks (block);
CREATE TABLE IF NOT EXISTS event_clusters (
    cluster_id VARCHAR, article_id VARCHAR, event_idx INTEGER, PRIMARY KEY (article_id, event_idx)
);
CREATE INDEX IF NOT EXISTS event_clusters_cluster ON event_clusters (cluster_id);
CREATE TABLE IF NOT EXISTS event_relations (
    kind VARCHAR, article_id VARCHAR, event_idx INTEGER, other_article_id VARCHAR, other_event_idx INTEGER
);
CREATE TABLE IF NOT EXISTS stories (
    story_id VARCHAR PRIMARY KEY, title VARCHAR, date_start VARCHAR, date_end VARCHAR,
    n_events INTEGER, n_sources INTEGER, actors VARCHAR[], names VARCHAR[], types VARCHAR[],
    articles VARCHAR[]
);
CREATE TABLE IF NOT EXISTS story_events (story_id VARCHAR, cluster_id VARCHAR PRIMARY KEY);
CREATE INDEX IF NOT EXISTS story_events_story ON story_events (story_id);
"""

def ensure_link_schema(con) -> None:
    con.execute(LINK_SCHEMA)


@contextmanager
def transaction(con):
    """One transaction around a linking step (one commit instead of one per statement)."""
    con.execute("BEGIN TRANSACTION")
    try:
        yield con
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")


def _dicts(cur) -> list[dict]:
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, row)) for row in cur.fetchall()]


# -- near-duplicate articles --------------------------------------------------------------

def save_minhash(con, article_id: str, signature: list[int], buckets: list[int]) -> None:
    con.execute("INSERT OR REPLACE INTO article_minhash VALUES (?, ?)", [article_id, signature])
    con.execute("DELETE FROM article_lsh WHERE article_id = ?", [article_id])
    con.execute("INSERT INTO article_lsh SELECT generate_subscripts(?, 1) - 1, unnest(?), ?",
                [buckets, buckets, article_id])


def lsh_candidates(con, buckets: list[int], exclude: str) -> list[tuple[str, list[int]]]:
    """(article id, signature) of articles sharing at least one LSH band bucket."""
    if not buckets:
        return []
    rows = con.execute(
        "SELECT DISTINCT l.article_id, m.signature FROM article_lsh l"
        " JOIN (SELECT unnest(?) AS bucket, generate_subscripts(?, 1) - 1 AS band) q"
        "   ON l.band = q.band AND l.bucket = q.bucket"
        " JOIN article_minhash m ON m.article_id = l.article_id WHERE l.article_id <> ?",
        [buckets, buckets, exclude]).fetchall()
    return [(r[0], r[1]) for r in rows]


def save_duplicate(con, article_id: str, duplicate_of: str, similarity: float) -> None:
    con.execute("INSERT OR REPLACE INTO article_duplicates VALUES (?, ?, ?)",
                [article_id, duplicate_of, similarity])


def duplicate_of(con, article_id: str) -> Optional[str]:
    row = con.execute("SELECT duplicate_of FROM article_duplicates WHERE article_id = ?", [article_id]).fetchone()
    return row[0] if row else None


# -- events and blocking ------------------------------------------------------------------

def events_of_articles(con, article_ids: Iterable[str]) -> list[dict]:
    """The events of these articles (not of articles stored as duplicates), with the article date."""
    return _dicts(con.execute(
        "SELECT e.article_id, e.idx, e.type, e.status, e.source, e.target, e.source_ids, e.target_ids, e.date,"
        " e.date_sort, e.location, e.geonames_id, e.place_country, e.evidence, e.trigger, a.published"
        " FROM events e JOIN articles a ON a.id = e.article_id"
        " WHERE e.article_id IN (SELECT unnest(?))"
        " AND e.article_id NOT IN (SELECT article_id FROM article_duplicates)"
        " ORDER BY e.article_id, e.idx", [list(article_ids)]))


BLOCK_FIELDS = ("block", "article_id", "event_idx", "cluster_id", "type", "status", "actor_ids", "date", "day",
                "location", "geonames_id", "place_country", "evidence", "trigger")


def save_blocks(con, rows: list[dict]) -> None:
    """Blocking rows (dicts with BLOCK_FIELDS), in one statement."""
    if rows:
        con.execute(f"INSERT INTO event_blocks SELECT {', '.join(['unnest(?)'] * len(BLOCK_FIELDS))}",
                    [[r.get(f) for r in rows] for f in BLOCK_FIELDS])


def block_candidates(con, blocks: list[str], exclude_article: str) -> list[dict]:
    """Events of other articles having one of these blocking keys, with the key they share, their
    cluster and link features: one filtered read of one table, whatever the size of the base."""
    if not blocks:
        return []
    return _dicts(con.execute(
        f"SELECT {', '.join(BLOCK_FIELDS)} FROM event_blocks"
        " WHERE block IN (SELECT unnest(?)) AND article_id <> ?", [blocks, exclude_article]))


def save_clusters(con, rows: list[tuple[str, str, int]]) -> None:
    """(cluster id, article id, event idx) rows for events not clustered yet, in one statement."""
    if rows:
        con.execute("INSERT INTO event_clusters SELECT unnest(?), unnest(?), unnest(?)",
                    [[r[0] for r in rows], [r[1] for r in rows], [r[2] for r in rows]])


def add_relation(con, kind: str, a: tuple[str, int], b: tuple[str, int]) -> None:
    con.execute("INSERT INTO event_relations VALUES (?, ?, ?, ?, ?)", [kind, a[0], a[1], b[0], b[1]])


def clustered_articles(con, article_ids: Iterable[str]) -> set[str]:
    rows = con.execute("SELECT DISTINCT article_id FROM event_clusters WHERE article_id IN (SELECT unnest(?))",
                       [list(article_ids)]).fetchall()
    return {r[0] for r in rows}


def cluster_sources(con, cluster_id: str) -> list[dict]:
    """The members of one cluster: every source article and its evidence."""
    return _dicts(con.execute(
        "SELECT c.article_id, c.event_idx, e.type, e.date, e.location, e.evidence, a.title, a.url"
        " FROM event_clusters c JOIN events e ON e.article_id = c.article_id AND e.idx = c.event_idx"
        " JOIN articles a ON a.id = c.article_id WHERE c.cluster_id = ? ORDER BY c.article_id, c.event_idx",
        [cluster_id]))


def cluster_of(con, article_id: str, event_idx: int) -> Optional[str]:
    row = con.execute("SELECT cluster_id FROM event_clusters WHERE article_id = ? AND event_idx = ?",
                      [article_id, event_idx]).fetchone()
    return row[0] if row else None


def linked_events(con, limit: Optional[int] = None) -> list[dict]:
    """One row per cluster: type, first date, location, actor ids, source count, article ids."""
    sql = ("SELECT c.cluster_id, min(e.type) AS type, min(e.date) AS date, min(e.date_sort) AS date_sort,"
           " max(e.location) AS location, count(DISTINCT c.article_id) AS n_sources,"
           " list(DISTINCT c.article_id) AS articles,"
           " list_distinct(flatten(list(list_concat(e.source_ids, e.target_ids)))) AS actor_ids"
           " FROM event_clusters c JOIN events e ON e.article_id = c.article_id AND e.idx = c.event_idx"
           " GROUP BY c.cluster_id ORDER BY date_sort NULLS LAST, c.cluster_id")
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return _dicts(con.execute(sql))


def relations(con) -> list[dict]:
    return _dicts(con.execute("SELECT * FROM event_relations"))


# -- stories ------------------------------------------------------------------------------

def clusters_by_event(con, article_ids: Iterable[str]) -> dict[tuple[str, int], str]:
    """(article id, event idx) -> cluster id for the events of these articles."""
    rows = con.execute("SELECT article_id, event_idx, cluster_id FROM event_clusters"
                       " WHERE article_id IN (SELECT unnest(?))", [list(article_ids)]).fetchall()
    return {(r[0], r[1]): r[2] for r in rows}


def story_candidates(con, actor_ids: list[str], date_from: str, date_to: str) -> list[dict]:
    """Stories overlapping [date_from, date_to] that share an actor."""
    return _dicts(con.execute(
        "SELECT story_id, actors FROM stories WHERE date_end >= ? AND date_start <= ? AND list_has_any(actors, ?)",
        [date_from, date_to, actor_ids]))


def story_of_cluster(con, cluster_id: str) -> Optional[str]:
    row = con.execute("SELECT story_id FROM story_events WHERE cluster_id = ?", [cluster_id]).fetchone()
    return row[0] if row else None


def add_to_story(con, story_id: str, cluster_id: str) -> None:
    con.execute("INSERT INTO story_events VALUES (?, ?) ON CONFLICT DO NOTHING", [story_id, cluster_id])


STORY_FIELDS = ("story_id", "title", "date_start", "date_end", "n_events", "n_sources", "actors", "names",
                "types", "articles")


def save_story(con, story: dict) -> None:
    con.execute(f"INSERT OR REPLACE INTO stories VALUES ({', '.join(['?'] * len(STORY_FIELDS))})",
                [story.get(f) for f in STORY_FIELDS])


def save_stories(con, stories: list[dict]) -> None:
    """Inserts or replaces these stories (distinct ids) in one statement."""
    if stories:
        con.execute(f"INSERT OR REPLACE INTO stories SELECT {', '.join(['unnest(?)'] * len(STORY_FIELDS))}",
                    [[st.get(f) for st in stories] for f in STORY_FIELDS])


def story(con, story_id: str) -> Optional[dict]:
    rows = _dicts(con.execute("SELECT * FROM stories WHERE story_id = ?", [story_id]))
    return rows[0] if rows else None


def stories(con, limit: Optional[int] = None) -> list[dict]:
    sql = "SELECT * FROM stories ORDER BY date_start NULLS LAST, story_id"
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return _dicts(con.execute(sql))


def bulk_insert(con, table: str, columns: dict[str, list]) -> None:
    """Appends rows given column-wise (name -> values) through Arrow, for loading large synthetic
    bases in benchmarks, then checkpoints; columns not given stay NULL."""
    import pyarrow as pa

    data = pa.table(columns)
    con.register("_bulk_rows", data)
    try:
        names = ", ".join(f'"{c}"' for c in columns)
        con.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM _bulk_rows")
    finally:
        con.unregister("_bulk_rows")
    con.execute("CHECKPOINT")


def story_timeline(con, actor_ids: Iterable[str] = (), since: Optional[str] = None,
                   until: Optional[str] = None) -> list[dict]:
    """Stories in date order for a timeline: story_id, title, date_start, date_end, n_events,
    n_sources and `events`, the (article_id, idx) pairs of their events ordered by date. Filters:
    stories involving any of `actor_ids`, and stories overlapping [since, until] (ISO dates)."""
    ensure_link_schema(con)
    actor_ids = list(actor_ids or [])
    where, params = [], []
    if actor_ids:
        where.append("list_has_any(s.actors, ?::VARCHAR[])")
        params.append(actor_ids)
    if since:
        where.append("coalesce(s.date_end, s.date_start) >= ?")
        params.append(str(since)[:10])
    if until:
        where.append("s.date_start <= ?")
        params.append(str(until)[:10])
    rows = _dicts(con.execute(
        "SELECT s.story_id, s.title, s.date_start, s.date_end, s.n_events, s.n_sources,"
        " list({'article_id': c.article_id, 'idx': c.event_idx}"
        "      ORDER BY e.date_sort NULLS LAST, c.article_id, c.event_idx) AS events"
        " FROM stories s JOIN story_events se ON se.story_id = s.story_id"
        " JOIN event_clusters c ON c.cluster_id = se.cluster_id"
        " LEFT JOIN events e ON e.article_id = c.article_id AND e.idx = c.event_idx"
        + (" WHERE " + " AND ".join(where) if where else "") +
        " GROUP BY ALL ORDER BY s.date_start NULLS LAST, s.story_id", params))
    for r in rows:
        r["events"] = [(e["article_id"], e["idx"]) for e in r["events"]]
    return rows
