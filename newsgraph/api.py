"""The REST API and the web UI in one FastAPI app: `create_app(db_path, ingest_token=None)`.

The database is opened read-only unless an ingest token is given; each request works on its own
cursor of the one connection (DuckDB connections are not thread-safe, cursors are). Ingest over
HTTP is off without a token. Page sizes and request bodies are bounded.
"""
from __future__ import annotations

import json
import os
import tempfile
import threading
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path
from typing import Optional

from fastapi import Depends, FastAPI, Header, HTTPException, Query, Request
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.background import BackgroundTask

from .model import EVENT_STATUSES, PLOVER_TYPES
from .store import Store
from .store import queries
from .store.fulltext import FullTextIndex

MAX_PAGE = 500
MAX_BODY_BYTES = 5 * 1024 * 1024
MAX_QUERY_CHARS = 200
EXPORT_FORMATS = {"csv": "text/csv", "jsonl": "application/x-ndjson", "parquet": "application/vnd.apache.parquet"}
UI_PAGES = ("/", "/timeline", "/relationship", "/quotes", "/actors", "/actor/{actor_id}", "/article/{article_id}",
            "/search", "/stories")


def page_limit():
    """A fresh Query per parameter: FastAPI must not share one FieldInfo between two."""
    return Query(50, ge=1, le=MAX_PAGE)


def page_offset():
    return Query(0, ge=0, le=10_000_000)


def text_param():
    return Query(None, max_length=MAX_QUERY_CHARS)


def date_param():
    return Query(None, max_length=10)


def web_dir() -> Path:
    return Path(str(resources.files("newsgraph") / "web"))


def create_app(db_path: str, ingest_token: Optional[str] = None) -> FastAPI:
    """The app serving /api/* (OpenAPI at /openapi.json) and the web UI on the same process."""
    ingest_token = ingest_token or os.environ.get("NEWSGRAPH_INGEST_TOKEN") or None
    if not ingest_token and not Path(db_path).exists():
        Store(db_path).close()  # an empty database with the schema, so read-only opening works
    store = Store(db_path, read_only=not ingest_token)
    fulltext = FullTextIndex(db_path)
    write_lock = threading.Lock()

    @asynccontextmanager
    async def lifespan(_app):
        yield
        store.close()

    app = FastAPI(title="newsgraph", version="0.1.0", lifespan=lifespan,
                  description="Events, quotes, actors and stories extracted from news articles, with their sources.")
    app.state.store = store

    def cursor():
        cur = store.con.cursor()
        try:
            yield cur
        finally:
            cur.close()

    @app.middleware("http")
    async def limit_body(request: Request, call_next):
        length = request.headers.get("content-length")
        if length and (not length.isdigit() or int(length) > MAX_BODY_BYTES):
            return JSONResponse({"detail": f"request body over {MAX_BODY_BYTES} bytes"}, status_code=413)
        response = await call_next(request)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        if response.headers.get("content-type", "").startswith("text/html"):
            response.headers["Content-Security-Policy"] = (
                "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
                " object-src 'none'; base-uri 'none'; frame-ancestors 'none'")
        return response

    # -- articles ---------------------------------------------------------------------------

    @app.get("/api/stats", tags=["meta"])
    def stats(con=Depends(cursor)):
        tables = ("articles", "actors", "events", "quotes", "mentions", "places")
        out = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
        out["stories"] = queries.stories(con, 1)["total"]
        out["ingest_enabled"] = bool(ingest_token)
        out["plover_types"], out["statuses"] = list(PLOVER_TYPES), list(EVENT_STATUSES)
        return out

    @app.get("/api/articles", tags=["articles"])
    def list_articles(limit: int = page_limit(), offset: int = page_offset(), q: Optional[str] = text_param(), con=Depends(cursor)):
        """Articles, newest first; with `q`, full-text search (BM25) over title and text."""
        if q:
            return fulltext.search(con, q, limit, offset)
        return queries.list_articles(con, limit, offset)

    @app.get("/api/articles/{article_id}", tags=["articles"])
    def get_article(article_id: str, con=Depends(cursor)):
        """One article with its text and every extracted fact (actors, mentions, timexes, quotes,
        places, events), each with character offsets into the text."""
        art = queries.article_with_facts(con, article_id)
        if art is None:
            raise HTTPException(404, "no such article")
        return art

    @app.get("/api/search", tags=["search"])
    def search(q: str = Query(..., min_length=1, max_length=MAX_QUERY_CHARS),
               limit: int = Query(10, ge=1, le=100), con=Depends(cursor)):
        """Everything at once: articles by full text (BM25), actors by any name, events by evidence, quotes."""
        out = queries.search_facts(con, q, limit)
        out["articles"] = fulltext.search(con, q, limit)["items"]
        return out

    # -- events -----------------------------------------------------------------------------

    @app.get("/api/events", tags=["events"])
    def list_events(actor: Optional[str] = text_param(), actor2: Optional[str] = text_param(),
                    type: list[str] = Query([], max_length=20), status: list[str] = Query([], max_length=10),
                    since: Optional[str] = date_param(), until: Optional[str] = date_param(),
                    place: Optional[str] = text_param(), text: Optional[str] = text_param(), article: Optional[str] = text_param(),
                    sort: str = Query("date", pattern="^-?(date|score)$"),
                    limit: int = page_limit(), offset: int = page_offset(), con=Depends(cursor)):
        """Events filtered by actor (any name form), a pair of actors (`actor` and `actor2`), PLOVER
        type, status, date range (YYYY, YYYY-MM or YYYY-MM-DD), place, evidence text; paginated."""
        return queries.events(con, limit, offset, sort, actor=actor, actor2=actor2, types=type,
                              statuses=status, since=since, until=until, place=place, text=text, article=article)

    @app.get("/api/events/{article_id}/{idx}", tags=["events"])
    def get_event(article_id: str, idx: int, con=Depends(cursor)):
        """One event with its evidence and every source reporting it (its cluster, when linked)."""
        ev = queries.event_sources(con, article_id, idx)
        if not ev:
            raise HTTPException(404, "no such event")
        return ev

    # -- quotes and actors ------------------------------------------------------------------

    @app.get("/api/quotes", tags=["quotes"])
    def list_quotes(speaker: Optional[str] = text_param(), text: Optional[str] = text_param(),
                    since: Optional[str] = date_param(), until: Optional[str] = date_param(),
                    kind: list[str] = Query([], max_length=3), limit: int = page_limit(), offset: int = page_offset(),
                    con=Depends(cursor)):
        """Quotes by speaker (any name form), publication date range and text, newest first."""
        return queries.quotes(con, speaker, text, since, until, kind, limit, offset)

    @app.get("/api/actors", tags=["actors"])
    def list_actors(q: Optional[str] = text_param(), limit: int = page_limit(), offset: int = page_offset(), con=Depends(cursor)):
        """Actors whose name or any mention (name, role, demonym...) contains `q`, most mentioned first."""
        return queries.search_actors(con, q, limit, offset)

    @app.get("/api/actors/{actor_id}", tags=["actors"])
    def get_actor(actor_id: str, con=Depends(cursor)):
        """One actor: name forms, roles, the actors it interacts with, its events and quotes."""
        actor = queries.actor_detail(con, actor_id)
        if actor is None:
            ids = queries.resolve_actor(con, actor_id)
            actor = queries.actor_detail(con, ids[0]) if ids else None
        if actor is None:
            raise HTTPException(404, "no such actor")
        return actor

    @app.get("/api/relationship", tags=["actors"])
    def relationship(a: str = Query(..., min_length=1, max_length=MAX_QUERY_CHARS),
                     b: str = Query(..., min_length=1, max_length=MAX_QUERY_CHARS),
                     bucket: str = Query("month", pattern="^(week|month)$"),
                     limit: int = Query(200, ge=1, le=MAX_PAGE), con=Depends(cursor)):
        """Two actors: their events over time, the mean cooperation(+)/conflict(-) score per week or
        month, and the quotes each said naming the other."""
        return queries.relationship(con, a, b, bucket, limit)

    # -- stories ----------------------------------------------------------------------------

    @app.get("/api/stories", tags=["stories"])
    def list_stories(limit: int = page_limit(), offset: int = page_offset(), con=Depends(cursor)):
        """Stories (the same events across outlets), oldest first; empty until linking has run."""
        return queries.stories(con, limit, offset)

    @app.get("/api/stories/{story_id}", tags=["stories"])
    def get_story(story_id: str, con=Depends(cursor)):
        story = queries.story_detail(con, story_id)
        if story is None:
            raise HTTPException(404, "no such story")
        return story

    # -- exports ----------------------------------------------------------------------------

    @app.get("/api/export/{table}.{fmt}", tags=["exports"])
    def export(table: str, fmt: str, con=Depends(cursor)):
        """A whole table as csv, jsonl or parquet; `gdelt` is a GDELT-like event table (one row per
        event: SQLDATE, Actor1/Actor2 code, name, country, CAMEO EventCode, QuadClass, GoldsteinScale...)."""
        if fmt not in EXPORT_FORMATS:
            raise HTTPException(400, f"format must be one of {sorted(EXPORT_FORMATS)}")
        fd, path = tempfile.mkstemp(suffix="." + fmt, prefix="newsgraph-export-")
        os.close(fd)
        try:
            queries.export_to_file(con, table, path, fmt)
        except ValueError as err:
            os.unlink(path)
            raise HTTPException(404, str(err))
        return FileResponse(path, media_type=EXPORT_FORMATS[fmt], filename=f"{table}.{fmt}",
                            background=BackgroundTask(os.unlink, path))

    # -- ingest (only with a token) -----------------------------------------------------------

    def require_token(authorization: Optional[str] = Header(None)):
        if not ingest_token:
            raise HTTPException(403, "ingest over HTTP is off (no token configured)")
        if authorization != f"Bearer {ingest_token}":
            raise HTTPException(401, "bad or missing token")

    @app.post("/api/ingest", tags=["ingest"], dependencies=[Depends(require_token)])
    async def ingest(request: Request, filename: Optional[str] = Query(None, max_length=200)):
        """Analyses and stores articles. Body: JSON (an article object or a list of them, fields id,
        text, title, url, published) or, with `?filename=x.html|.txt|.json|.jsonl`, that file's bytes.
        Needs `Authorization: Bearer <token>`."""
        body = await request.body()
        if len(body) > MAX_BODY_BYTES:
            raise HTTPException(413, "request body too large")
        suffix = Path(filename).suffix.lower() if filename else ".json"
        if suffix not in (".txt", ".html", ".htm", ".json", ".jsonl"):
            raise HTTPException(400, "filename must end in .txt, .html, .json or .jsonl")
        if suffix == ".json":
            try:
                json.loads(body)
            except ValueError:
                raise HTTPException(400, "body is not JSON")
        from starlette.concurrency import run_in_threadpool

        return await run_in_threadpool(_ingest_bytes, body, suffix)

    def _ingest_bytes(body: bytes, suffix: str) -> dict:
        from .analyze import Pipeline
        from .ingest import IngestError, read_articles
        from .link import link_articles

        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / ("upload" + suffix)
            path.write_bytes(body)
            items = list(read_articles([str(path)]))
        errors = [str(i) for i in items if isinstance(i, IngestError)]
        articles = [i for i in items if not isinstance(i, IngestError)]
        stored = []
        with write_lock:
            fresh = [a for a in articles if not store.has_article(a.id)]
            if fresh:
                pipeline = getattr(app.state, "pipeline", None) or Pipeline()
                app.state.pipeline = pipeline
                for analysis in pipeline.pipe(fresh):
                    if store.save(analysis):
                        stored.append(analysis.article)
                if stored:
                    link_articles(store, stored)
        return {"ingested": [a.id for a in stored], "already_stored": len(articles) - len(stored), "errors": errors}

    # -- web UI -----------------------------------------------------------------------------

    static = web_dir() / "static"
    app.mount("/static", StaticFiles(directory=str(static)), name="static")
    shell = (web_dir() / "templates" / "index.html").read_text(encoding="utf-8")

    def page() -> HTMLResponse:
        return HTMLResponse(shell)

    for path in UI_PAGES:
        app.add_api_route(path, page, methods=["GET"], include_in_schema=False, response_class=HTMLResponse)
    return app

