"""Read queries of the REST API and web UI (the CLI's live in store/core.py).

Every function takes a DuckDB connection or cursor (`con`, one per request thread) and returns
plain dicts. Every value from a request goes in as a `?` parameter; the only text spliced into SQL
is chosen from fixed whitelists here.
"""
from __future__ import annotations

from typing import Iterable, Optional

from .core import date_sort_key

EXPORT_TABLES = ("articles", "actors", "article_actors", "mentions", "timexes", "quotes", "places", "events")
EVENT_SORTS = {"date": "e.date_sort ASC NULLS LAST, e.article_id, e.idx",
               "-date": "e.date_sort DESC NULLS LAST, e.article_id, e.idx",
               "score": "e.score ASC NULLS LAST, e.date_sort NULLS LAST",
               "-score": "e.score DESC NULLS LAST, e.date_sort NULLS LAST"}
BUCKETS = ("week", "month")
MAX_IDS = 20  # actor ids one name may stand for in a filter
# An article's title, or the start of its first line when it has none (plain .txt inputs).
LABEL = "coalesce(nullif(a.title, ''), left(split_part(a.text, chr(10), 1), 90))"


def dicts(cur) -> list[dict]:
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, row)) for row in cur.fetchall()]


def table_exists(con, name: str) -> bool:
    return con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = ?",
                       [name]).fetchone()[0] > 0


def resolve_actor(con, name: str) -> list[str]:
    """Actor ids for any name form: an id, a canonical name, a name mention, else a substring."""
    rows = con.execute(
        "SELECT id FROM actors WHERE id = ? OR lower(name) = lower(?)"
        " UNION SELECT DISTINCT actor_id FROM mentions WHERE lower(text) = lower(?) AND kind = 'name'",
        [name, name, name]).fetchall()
    if not rows:
        rows = con.execute("SELECT id FROM actors WHERE name ILIKE ? LIMIT 50", [f"%{name}%"]).fetchall()
    return [r[0] for r in rows if r[0]]


# -- articles -------------------------------------------------------------------------------

def list_articles(con, limit: int, offset: int) -> dict:
    total = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    rows = dicts(con.execute(
        "SELECT a.id, " + LABEL + " AS title, a.url, a.published, a.source, length(a.text) AS chars,"
        " (SELECT count(*) FROM events e WHERE e.article_id = a.id) AS events,"
        " (SELECT count(*) FROM quotes q WHERE q.article_id = a.id) AS quotes"
        " FROM articles a ORDER BY a.published DESC NULLS LAST, a.id LIMIT ? OFFSET ?", [limit, offset]))
    return {"total": total, "items": rows}


def article_with_facts(con, article_id: str) -> Optional[dict]:
    """One article, its text and every fact extracted from it with offsets."""
    rows = dicts(con.execute("SELECT * FROM articles WHERE id = ?", [article_id]))
    if not rows:
        return None
    art = rows[0]
    p = [article_id]
    art["actors"] = dicts(con.execute(
        "SELECT actor_id AS id, name, type, country, role FROM article_actors WHERE article_id = ? ORDER BY name", p))
    art["mentions"] = dicts(con.execute(
        'SELECT actor_id, start, "end", text, kind FROM mentions WHERE article_id = ? ORDER BY start', p))
    art["timexes"] = dicts(con.execute("SELECT * EXCLUDE (article_id) FROM timexes WHERE article_id = ? ORDER BY start", p))
    art["quotes"] = dicts(con.execute("SELECT * EXCLUDE (article_id) FROM quotes WHERE article_id = ? ORDER BY start", p))
    art["places"] = dicts(con.execute("SELECT * EXCLUDE (article_id) FROM places WHERE article_id = ? ORDER BY start", p))
    art["events"] = dicts(con.execute("SELECT * FROM events WHERE article_id = ? ORDER BY evidence_start, idx", p))
    return art


def _date_range(column: str, since: Optional[str], until: Optional[str], where: list, params: list) -> None:
    """Adds `column` within [since, until]; a YYYY or YYYY-MM `until` runs to the end of that period."""
    if since and date_sort_key(since):
        where.append(f"{column} >= ?::DATE")
        params.append(date_sort_key(since))
    if until and date_sort_key(until):
        parts = until.split("-")
        step = {1: "1 year", 2: "1 month"}.get(len(parts), "1 day")
        where.append(f"{column} < ?::DATE + INTERVAL '{step}'")
        params.append(date_sort_key(until))


# -- events ---------------------------------------------------------------------------------

def involves(column: str, ids: list[str]) -> tuple[str, list]:
    """SQL true when the list column holds any of `ids` (at most 20 of them), and its parameters.
    A chain of list_contains is several times faster in DuckDB than list_has_any with a list."""
    ids = list(dict.fromkeys(ids))[:MAX_IDS] or [""]
    return "(" + " OR ".join(f"list_contains({column}, ?)" for _ in ids) + ")", ids


def _event_filters(con, actor=None, actor2=None, types=(), statuses=(), since=None, until=None,
                   place=None, text=None, article=None) -> tuple[list[str], list]:
    where, params = [], []
    for name in (actor, actor2):
        if name:
            ids = resolve_actor(con, name) or [name]
            sql, p = involves("e.source_ids", ids)
            sql2, p2 = involves("e.target_ids", ids)
            where.append(f"({sql} OR {sql2})")
            params += p + p2
    if types:
        where.append("e.type IN (SELECT unnest(?))")
        params.append([t.upper() for t in types])
    if statuses:
        where.append("e.status IN (SELECT unnest(?))")
        params.append([s.lower() for s in statuses])
    _date_range("e.date_sort", since, until, where, params)
    if place:
        where.append("(e.location ILIKE ? OR e.place_country = upper(?))")
        params += [f"%{place}%", place]
    if text:
        where.append("e.evidence ILIKE ?")
        params.append(f"%{text}%")
    if article:
        where.append("e.article_id = ?")
        params.append(article)
    return where, params


def events(con, limit: int = 50, offset: int = 0, sort: str = "date", **filters) -> dict:
    """A page of events matching the filters, with the total count and each event's article and story."""
    where, params = _event_filters(con, **filters)
    clause = (" WHERE " + " AND ".join(where)) if where else ""
    total = con.execute("SELECT count(*) FROM events e" + clause, params).fetchone()[0]
    story_join, story_col = "", "NULL AS story_id, NULL AS story_title, NULL AS cluster_id"
    if all(table_exists(con, t) for t in ("stories", "story_events", "event_clusters")):
        story_join = (" LEFT JOIN event_clusters c ON c.article_id = e.article_id AND c.event_idx = e.idx"
                      " LEFT JOIN story_events se ON se.cluster_id = c.cluster_id"
                      " LEFT JOIN stories st ON st.story_id = se.story_id")
        story_col = "se.story_id, st.title AS story_title, c.cluster_id"
    sql = ("SELECT e.*, " + LABEL + " AS article_title, a.published AS article_published, a.url AS article_url, "
           + story_col + " FROM (SELECT * FROM events e" + clause + " ORDER BY " + EVENT_SORTS[sort]
           + " LIMIT ? OFFSET ?) e JOIN articles a ON a.id = e.article_id" + story_join
           + " ORDER BY " + EVENT_SORTS[sort])
    rows = dicts(con.execute(sql, params + [limit, offset]))
    return {"total": total, "limit": limit, "offset": offset, "items": rows}


def event_sources(con, article_id: str, idx: int) -> dict:
    """One event, and every report of the same event in other articles (its cluster), when linked."""
    rows = dicts(con.execute(
        "SELECT e.*, " + LABEL + " AS article_title, a.published AS article_published, a.url AS article_url"
        " FROM events e JOIN articles a ON a.id = e.article_id WHERE e.article_id = ? AND e.idx = ?",
        [article_id, idx]))
    if not rows:
        return {}
    event, sources = rows[0], []
    if table_exists(con, "event_clusters"):
        sources = dicts(con.execute(
            "SELECT c2.article_id, c2.event_idx, e.evidence, e.evidence_start, e.evidence_end,"
            " " + LABEL + " AS title, a.url, a.published FROM event_clusters c1"
            " JOIN event_clusters c2 ON c2.cluster_id = c1.cluster_id"
            " JOIN events e ON e.article_id = c2.article_id AND e.idx = c2.event_idx"
            " JOIN articles a ON a.id = c2.article_id"
            " WHERE c1.article_id = ? AND c1.event_idx = ? ORDER BY a.published, c2.article_id",
            [article_id, idx]))
    if not sources:
        sources = [{"article_id": event["article_id"], "event_idx": idx, "evidence": event["evidence"],
                    "evidence_start": event["evidence_start"], "evidence_end": event["evidence_end"],
                    "title": event["article_title"], "url": event["article_url"],
                    "published": event["article_published"]}]
    event["sources"] = sources
    return event


# -- quotes ---------------------------------------------------------------------------------

def quotes(con, speaker=None, text=None, since=None, until=None, kinds: Iterable[str] = (),
           limit: int = 50, offset: int = 0) -> dict:
    where, params = [], []
    if speaker:
        ids = resolve_actor(con, speaker) or [speaker]
        where.append("(q.speaker_id IN (SELECT unnest(?)) OR q.speaker ILIKE ?)")
        params += [ids, f"%{speaker}%"]
    if text:
        where.append("q.text ILIKE ?")
        params.append(f"%{text}%")
    _date_range("a.published", since, until, where, params)
    if kinds:
        where.append("q.kind IN (SELECT unnest(?))")
        params.append(list(kinds))
    clause = (" WHERE " + " AND ".join(where)) if where else ""
    base = " FROM quotes q JOIN articles a ON a.id = q.article_id" + clause
    total = con.execute("SELECT count(*)" + base, params).fetchone()[0]
    rows = dicts(con.execute(
        "SELECT q.*, " + LABEL + " AS article_title, a.published AS article_published, a.url AS article_url"
        + base + " ORDER BY a.published DESC NULLS LAST, q.article_id, q.start LIMIT ? OFFSET ?",
        params + [limit, offset]))
    return {"total": total, "limit": limit, "offset": offset, "items": rows}


# -- actors ---------------------------------------------------------------------------------

def search_actors(con, query: Optional[str], limit: int = 50, offset: int = 0) -> dict:
    """Actors whose canonical name or any mention of them contains `query`, most mentioned first."""
    where, params = "", []
    if query:
        where = (" WHERE ac.name ILIKE ? OR ac.id = ? OR ac.id IN"
                 " (SELECT actor_id FROM mentions WHERE text ILIKE ?)")
        params = [f"%{query}%", query, f"%{query}%"]
    total = con.execute("SELECT count(*) FROM actors ac" + where, params).fetchone()[0]
    rows = dicts(con.execute(
        "SELECT ac.id, ac.name, ac.type, ac.country, ac.kb_id, coalesce(m.n, 0) AS mentions"
        " FROM actors ac LEFT JOIN (SELECT actor_id, count(*) AS n FROM mentions GROUP BY actor_id) m"
        " ON m.actor_id = ac.id" + where + " ORDER BY mentions DESC, ac.name LIMIT ? OFFSET ?",
        params + [limit, offset]))
    return {"total": total, "items": rows}


def actor_detail(con, actor_id: str, limit: int = 200) -> Optional[dict]:
    """An actor with its name forms, roles, co-actors (the network), events and quotes."""
    rows = dicts(con.execute("SELECT * FROM actors WHERE id = ?", [actor_id]))
    if not rows:
        return None
    actor, p = rows[0], [actor_id]
    actor["names"] = dicts(con.execute(
        "SELECT text, kind, count(*) AS n FROM mentions WHERE actor_id = ? GROUP BY text, kind"
        " ORDER BY n DESC, text LIMIT 100", p))
    actor["roles"] = [r[0] for r in con.execute(
        "SELECT DISTINCT role FROM article_actors WHERE actor_id = ? AND role IS NOT NULL ORDER BY role", p).fetchall()]
    actor["articles"] = dicts(con.execute(
        "SELECT a.id, " + LABEL + " AS title, a.published FROM article_actors aa JOIN articles a ON a.id = aa.article_id"
        " WHERE aa.actor_id = ? ORDER BY a.published DESC NULLS LAST LIMIT ?", p + [limit]))
    actor["network"] = dicts(con.execute(
        "WITH mine AS (SELECT list_concat(source_ids, target_ids) AS ids, score FROM events"
        "  WHERE list_contains(source_ids, ?) OR list_contains(target_ids, ?)),"
        " other AS (SELECT unnest(ids) AS id, score FROM mine)"
        " SELECT o.id, any_value(ac.name) AS name, any_value(ac.type) AS type, count(*) AS events,"
        " avg(o.score) AS mean_score FROM other o LEFT JOIN actors ac ON ac.id = o.id"
        " WHERE o.id <> ? GROUP BY o.id ORDER BY events DESC, o.id LIMIT 20", [actor_id] * 3))
    actor["events"] = events(con, limit=limit, actor=actor_id)["items"]
    actor["quotes"] = dicts(con.execute(
        "SELECT q.*, " + LABEL + " AS article_title, a.published AS article_published FROM quotes q"
        " JOIN articles a ON a.id = q.article_id WHERE q.speaker_id = ?"
        " ORDER BY a.published DESC NULLS LAST, q.start LIMIT ?", p + [limit]))
    return actor


def name_forms(con, ids: list[str]) -> list[str]:
    """Every name a set of actors is mentioned by (for finding them inside quotes)."""
    rows = con.execute(
        "SELECT DISTINCT text FROM mentions WHERE actor_id IN (SELECT unnest(?)) AND kind IN ('name', 'demonym')"
        " UNION SELECT name FROM actors WHERE id IN (SELECT unnest(?))", [ids, ids]).fetchall()
    return sorted({r[0] for r in rows if r[0] and len(r[0]) > 2})


def relationship(con, a: str, b: str, bucket: str = "month", limit: int = 200) -> dict:
    """Two actors: their events (either direction), a cooperation/conflict score per week or month,
    and the quotes each said that name the other."""
    a_ids, b_ids = resolve_actor(con, a) or [a], resolve_actor(con, b) or [b]
    (sa, pa), (tb, pb) = involves("e.source_ids", a_ids), involves("e.target_ids", b_ids)
    (sb, pb2), (ta, pa2) = involves("e.source_ids", b_ids), involves("e.target_ids", a_ids)
    pair = f"(({sa} AND {tb}) OR ({sb} AND {ta}))"
    pair_params = pa + pb + pb2 + pa2
    periods = dicts(con.execute(
        f"SELECT date_trunc('{BUCKETS[BUCKETS.index(bucket)]}', e.date_sort)::DATE::VARCHAR AS period,"
        " count(*) AS events, round(avg(e.score), 2) AS score, round(avg(e.goldstein), 2) AS goldstein,"
        " count(*) FILTER (WHERE e.score > 0) AS cooperation, count(*) FILTER (WHERE e.score < 0) AS conflict"
        " FROM events e WHERE " + pair + " GROUP BY period ORDER BY period NULLS LAST", pair_params))
    total = sum(p["events"] for p in periods)
    series = [p for p in periods if p["period"] is not None]
    evs = dicts(con.execute(
        "SELECT e.*, " + LABEL + " AS article_title, a.published AS article_published FROM (SELECT * FROM events e"
        " WHERE " + pair + " ORDER BY e.date_sort NULLS LAST, e.article_id, e.idx LIMIT ?) e"
        " JOIN articles a ON a.id = e.article_id ORDER BY e.date_sort NULLS LAST, e.article_id, e.idx",
        pair_params + [limit]))
    return {"a": {"query": a, "ids": a_ids, "names": _names(con, a_ids)},
            "b": {"query": b, "ids": b_ids, "names": _names(con, b_ids)},
            "bucket": bucket, "total_events": total, "series": series, "events": evs,
            "quotes_a_about_b": _quotes_about(con, a_ids, name_forms(con, b_ids), limit),
            "quotes_b_about_a": _quotes_about(con, b_ids, name_forms(con, a_ids), limit)}


def _names(con, ids: list[str]) -> list[str]:
    return [r[0] for r in con.execute("SELECT name FROM actors WHERE id IN (SELECT unnest(?)) ORDER BY name",
                                      [ids]).fetchall()]


def _quotes_about(con, speaker_ids: list[str], names: list[str], limit: int) -> list[dict]:
    if not names:
        return []
    patterns = [f"%{n}%" for n in names[:50]]
    return dicts(con.execute(
        "SELECT q.*, " + LABEL + " AS article_title, a.published AS article_published FROM quotes q"
        " JOIN articles a ON a.id = q.article_id WHERE q.speaker_id IN (SELECT unnest(?))"
        " AND EXISTS (SELECT 1 FROM unnest(?) p(pattern) WHERE q.text ILIKE p.pattern) ORDER BY a.published NULLS LAST, q.start LIMIT ?",
        [speaker_ids, patterns, limit]))


# -- stories (tables written by the linking stage; absent until it has run) ------------------

def stories(con, limit: int = 50, offset: int = 0) -> dict:
    if not table_exists(con, "stories"):
        return {"total": 0, "items": []}
    total = con.execute("SELECT count(*) FROM stories").fetchone()[0]
    rows = dicts(con.execute("SELECT * FROM stories ORDER BY date_start NULLS LAST, story_id LIMIT ? OFFSET ?",
                             [limit, offset]))
    return {"total": total, "items": rows}


def story_detail(con, story_id: str) -> Optional[dict]:
    if not table_exists(con, "stories") or not table_exists(con, "story_events"):
        return None
    rows = dicts(con.execute("SELECT * FROM stories WHERE story_id = ?", [story_id]))
    if not rows:
        return None
    story = rows[0]
    story["events"] = dicts(con.execute(
        "SELECT c.cluster_id, e.*, " + LABEL + " AS article_title, a.published AS article_published"
        " FROM story_events s JOIN event_clusters c ON c.cluster_id = s.cluster_id"
        " JOIN events e ON e.article_id = c.article_id AND e.idx = c.event_idx"
        " JOIN articles a ON a.id = e.article_id WHERE s.story_id = ?"
        " ORDER BY e.date_sort NULLS LAST, c.cluster_id, e.article_id", [story_id]))
    return story


# -- search and exports ---------------------------------------------------------------------

def search_facts(con, q: str, limit: int = 10) -> dict:
    """Substring search over actors, event evidence and quotes (articles go through full text)."""
    like = f"%{q}%"
    return {
        "actors": search_actors(con, q, limit)["items"],
        "events": dicts(con.execute(
            "SELECT article_id, idx, type, date, status, source, target, evidence FROM events"
            " WHERE evidence ILIKE ? ORDER BY date_sort NULLS LAST LIMIT ?", [like, limit])),
        "quotes": dicts(con.execute(
            "SELECT article_id, idx, speaker, speaker_id, text, start FROM quotes WHERE text ILIKE ?"
            " OR speaker ILIKE ? LIMIT ?", [like, like, limit])),
    }


GDELT_EVENTS = """
SELECT row_number() OVER (ORDER BY e.date_sort NULLS LAST, e.article_id, e.idx) AS GLOBALEVENTID,
       strftime(e.date_sort, '%Y%m%d') AS SQLDATE, e.date AS EventDate, e.date_precision AS DatePrecision,
       e.source_ids[1] AS Actor1Code, e.source[1] AS Actor1Name, s.country AS Actor1CountryCode, s.type AS Actor1Type,
       e.target_ids[1] AS Actor2Code, e.target[1] AS Actor2Name, t.country AS Actor2CountryCode, t.type AS Actor2Type,
       e.cameo AS EventCode, substr(e.cameo, 1, 2) AS EventRootCode, e.type AS PloverType, e.mode AS PloverMode,
       CASE WHEN e.cameo IS NULL OR NOT regexp_matches(substr(e.cameo, 1, 2), '^[0-9]{2}$') THEN NULL
            WHEN substr(e.cameo, 1, 2)::INT <= 5 THEN 1 WHEN substr(e.cameo, 1, 2)::INT <= 8 THEN 2
            WHEN substr(e.cameo, 1, 2)::INT <= 13 THEN 3 ELSE 4 END AS QuadClass,
       e.goldstein AS GoldsteinScale, e.score AS PloverScore, e.status AS Status,
       coalesce(n.n_sources, 1) AS NumSources,
       e.location AS ActionGeo_FullName, e.place_country AS ActionGeo_CountryCode,
       e.geonames_id AS ActionGeo_GeoNamesID, e.latitude AS ActionGeo_Lat, e.longitude AS ActionGeo_Long,
       a.published AS DATEADDED, a.url AS SOURCEURL, e.article_id AS ArticleID, e.idx AS EventIndex,
       e.evidence AS Evidence
FROM events e JOIN articles a ON a.id = e.article_id
LEFT JOIN actors s ON s.id = e.source_ids[1] LEFT JOIN actors t ON t.id = e.target_ids[1]
LEFT JOIN ({clusters}) n ON n.article_id = e.article_id AND n.event_idx = e.idx
"""
_CLUSTER_SOURCES = ("SELECT c.article_id, c.event_idx, count(*) OVER (PARTITION BY c.cluster_id) AS n_sources"
                    " FROM event_clusters c")
_NO_CLUSTERS = "SELECT NULL::VARCHAR AS article_id, NULL::INT AS event_idx, NULL::BIGINT AS n_sources WHERE false"


def export_query(con, table: str) -> str:
    """The SELECT behind an export: a whole table, or `gdelt`, the GDELT-like event table."""
    if table == "gdelt":
        return GDELT_EVENTS.replace("{clusters}", _CLUSTER_SOURCES if table_exists(con, "event_clusters") else _NO_CLUSTERS)
    if table in EXPORT_TABLES or (table in ("stories", "story_events", "event_clusters") and table_exists(con, table)):
        return f"SELECT * FROM {table}"
    raise ValueError(f"unknown table {table!r}")


def export_to_file(con, table: str, path: str, fmt: str) -> None:
    """Writes an export (see `export_query`) to `path` as csv, jsonl or parquet."""
    options = {"csv": "FORMAT csv, HEADER true", "parquet": "FORMAT parquet", "jsonl": "FORMAT json"}[fmt]
    con.execute(f"COPY ({export_query(con, table)}) TO '{path.replace(chr(39), chr(39) * 2)}' ({options})")


def articles_fingerprint(con) -> tuple[int, Optional[str]]:
    """How many articles there are and the newest ingest time: the fingerprint of the text index."""
    n, newest = con.execute("SELECT count(*), max(ingested_at)::VARCHAR FROM articles").fetchone()
    return n, newest


def article_texts(con) -> Iterable[tuple[str, str, str]]:
    cur = con.execute("SELECT id, coalesce(title, ''), coalesce(text, '') FROM articles")
    while True:
        batch = cur.fetchmany(500)
        if not batch:
            return
        yield from batch


def articles_by_ids(con, ids: list[str]) -> dict[str, dict]:
    rows = dicts(con.execute("SELECT a.id, " + LABEL + " AS title, a.url, a.published, a.source FROM articles a WHERE a.id IN (SELECT unnest(?))",
                             [ids]))
    return {r["id"]: r for r in rows}


# -- synthetic data for the latency benchmark -------------------------------------------------

def fill_synthetic(con, n_events: int, n_actors: int = 400, events_per_article: int = 10) -> None:
    """Inserts `n_events` generated events (and their articles, actors, mentions, quotes) with SQL.
    The rows are deterministic; only the benchmark uses this."""
    n_articles = max(1, n_events // events_per_article)
    types = ["AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "REQUEST", "ACCUSE", "REJECT", "THREATEN",
             "PROTEST", "SANCTION", "COERCE", "ASSAULT"]
    con.execute("INSERT INTO actors SELECT 'synth:' || i, 'Actor ' || i, CASE WHEN i % 3 = 0 THEN 'GPE' ELSE"
                " 'PERSON' END, NULL, NULL FROM range(?) t(i)", [n_actors])
    con.execute("INSERT INTO articles (id, title, published, source, lang, text) SELECT 'syn' || i,"
                " 'Synthetic report ' || i, DATE '2015-01-01' + (i % 3650)::INT, 'synthetic', 'en',"
                " 'Actor ' || (i % ?) || ' met Actor ' || ((i * 7 + 1) % ?) || ' on the border.'"
                " FROM range(?) t(i)", [n_actors, n_actors, n_articles])
    con.execute("INSERT INTO mentions SELECT 'syn' || i, 'synth:' || (i % ?), 0, 8, 'Actor ' || (i % ?), 'name'"
                " FROM range(?) t(i)", [n_actors, n_actors, n_articles])
    con.execute("INSERT INTO quotes SELECT 'syn' || i, 0, 'We will talk to Actor ' || ((i * 7 + 1) % ?), 0, 20,"
                " 'direct', 'Actor ' || (i % ?), 'synth:' || (i % ?), NULL, NULL, 'said', NULL, NULL"
                " FROM range(?) t(i)", [n_actors, n_actors, n_actors, n_articles])
    con.execute(
        "INSERT INTO events SELECT 'syn' || (i // ?), i % ?, (?)[1 + (i % ?)], NULL,"
        " ['Actor ' || (i % ?)], ['Actor ' || ((i * 7 + 1) % ?)],"
        " ['synth:' || (i % ?)], ['synth:' || ((i * 7 + 1) % ?)],"
        " strftime(DATE '2015-01-01' + (i // ? % 3650)::INT, '%Y-%m-%d'), 'day', 'article', NULL,"
        " DATE '2015-01-01' + (i // ? % 3650)::INT, NULL, NULL, NULL, NULL, NULL, NULL,"
        " CASE WHEN i % 5 = 0 THEN 'planned' ELSE 'occurred' END, 'Actor met Actor on the border.', 0, 30,"
        " 'met', 6, 9, 0.7, '040', 1.0, ((i % 21) - 10)::DOUBLE FROM range(?) t(i)",
        [events_per_article, events_per_article, types, len(types), n_actors, n_actors, n_actors, n_actors,
         events_per_article, events_per_article, n_events])
