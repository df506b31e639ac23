"""REST API tests: the real app on a real DuckDB built by the real pipeline from the seeds in
../shared (skipped when absent) and from one hand-written article carrying script payloads."""
import csv
import io
import json
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from newsgraph.api import create_app
from newsgraph.ingest import IngestError, read_articles
from newsgraph.link import link_articles
from newsgraph.model import Article
from newsgraph.store import Store

from conftest import SHARED

HOSTILE_ID = "hostile-bridge-vote"
HOSTILE = Article(
    id=HOSTILE_ID,
    title='<img src=x onerror="window.__xss=3">Bridge vote in Exampletown',
    published="2024-03-04",
    source="handwritten",
    text=('Mayor Jane Holt said on Monday that "<script>window.__xss=1</script> we will rebuild the bridge '
          'before winter". <img src=x onerror="window.__xss=2"> The city council of Exampletown approved '
          'the plan on March 3, 2024, and Governor Tom Reyes criticised the council for the cost.'))


def build_db(path, pipeline) -> str:
    """Seeds (when ../shared exists) plus the hostile article, analysed and linked for real."""
    articles = [HOSTILE]
    seeds = SHARED / "seeds"
    if seeds.exists():
        articles += [a for a in read_articles([str(seeds)]) if not isinstance(a, IngestError)]
    with Store(path) as store:
        stored = [a.article for a in pipeline.pipe(articles) if store.save(a)]
        link_articles(store, stored)
    return str(path)


@pytest.fixture(scope="session")
def api_db(tmp_path_factory, pipeline):
    return build_db(tmp_path_factory.mktemp("api") / "api.duckdb", pipeline)


@pytest.fixture(scope="module")
def client(api_db):
    with TestClient(create_app(api_db)) as c:
        yield c


@pytest.fixture
def seeds():
    if not (SHARED / "seeds").exists():
        pytest.skip("../shared/seeds not available")


def test_openapi_lists_every_endpoint(client):
    paths = client.get("/openapi.json").json()["paths"]
    for p in ("/api/events", "/api/events/{article_id}/{idx}", "/api/quotes", "/api/actors", "/api/actors/{actor_id}",
              "/api/relationship", "/api/stories", "/api/stories/{story_id}", "/api/articles", "/api/articles/{article_id}",
              "/api/search", "/api/export/{table}.{fmt}", "/api/ingest"):
        assert p in paths


def test_article_with_facts_and_offsets(client):
    art = client.get(f"/api/articles/{HOSTILE_ID}").json()
    assert art["text"] == HOSTILE.text
    assert art["actors"] and art["mentions"] and art["timexes"]
    for m in art["mentions"]:
        assert art["text"][m["start"]:m["end"]] == m["text"]
    for t in art["timexes"]:
        assert art["text"][t["start"]:t["end"]] == t["text"]
    for e in art["events"]:
        assert art["text"][e["evidence_start"]:e["evidence_end"]] == e["evidence"]
    assert client.get("/api/articles/no-such-article").status_code == 404


def test_articles_list_and_full_text_search(client):
    listing = client.get("/api/articles", params={"limit": 500}).json()
    assert HOSTILE_ID in [a["id"] for a in listing["items"]]
    hits = client.get("/api/articles", params={"q": "Exampletown bridge"}).json()
    assert hits["items"][0]["id"] == HOSTILE_ID
    assert "\u0001" in hits["items"][0]["snippet"]
    assert client.get("/api/articles", params={"q": "zzqqxx"}).json()["total"] == 0
    # FTS syntax in user text is taken as words, never as operators
    assert client.get("/api/articles", params={"q": 'bridge" OR NEAR(* "'}).status_code == 200


def test_events_filters_and_pages(client, seeds):
    all_events = client.get("/api/events", params={"limit": 500}).json()
    assert all_events["total"] >= 10
    dates = [e["date_sort"] for e in all_events["items"] if e["date_sort"]]
    assert dates == sorted(dates)
    putin = client.get("/api/events", params={"actor": "Putin", "limit": 500}).json()
    assert 0 < putin["total"] < all_events["total"]
    assert all("person:vladimir-putin" in e["source_ids"] + e["target_ids"] for e in putin["items"])
    pair = client.get("/api/events", params={"actor": "Putin", "actor2": "Lukashenko"}).json()
    assert 0 < pair["total"] <= putin["total"]
    typed = client.get("/api/events", params={"type": "CONSULT", "status": "occurred"}).json()
    assert typed["items"] and all(e["type"] == "CONSULT" and e["status"] == "occurred" for e in typed["items"])
    dated = client.get("/api/events", params={"since": "2022", "until": "2022-12-31"}).json()
    assert all("2022-01-01" <= e["date_sort"] <= "2022-12-31" for e in dated["items"])
    text = client.get("/api/events", params={"text": "Belarus"}).json()
    assert all("belarus" in e["evidence"].lower() for e in text["items"])
    page1 = client.get("/api/events", params={"limit": 3}).json()["items"]
    page2 = client.get("/api/events", params={"limit": 3, "offset": 3}).json()["items"]
    assert {(e["article_id"], e["idx"]) for e in page1}.isdisjoint({(e["article_id"], e["idx"]) for e in page2})
    newest = client.get("/api/events", params={"sort": "-date", "limit": 1}).json()["items"][0]
    assert newest["date_sort"] == max(dates)


def test_one_event_has_its_sources(client, seeds):
    e = client.get("/api/events", params={"limit": 1}).json()["items"][0]
    full = client.get(f"/api/events/{e['article_id']}/{e['idx']}").json()
    assert full["evidence"] == e["evidence"]
    assert any(s["article_id"] == e["article_id"] for s in full["sources"])
    assert client.get(f"/api/events/{e['article_id']}/9999").status_code == 404


def test_quotes_by_speaker_and_text(client, seeds):
    by = client.get("/api/quotes", params={"speaker": "Lukashenko"}).json()
    assert by["total"] > 0
    assert all(q["speaker_id"] == "person:alexander-lukashenko" or "Lukashenko" in (q["speaker"] or "")
               for q in by["items"])
    word = by["items"][0]["text"].split()[-1]
    assert client.get("/api/quotes", params={"text": word}).json()["total"] > 0


def test_actors_by_any_name_form_and_actor_page(client, seeds):
    found = client.get("/api/actors", params={"q": "Putin"}).json()["items"]
    assert found[0]["id"] == "person:vladimir-putin"
    a = client.get("/api/actors/person:vladimir-putin").json()
    assert {"Putin", "Vladimir Putin"} <= {n["text"] for n in a["names"]}
    assert a["events"] and a["network"]
    assert "person:alexander-lukashenko" in {n["id"] for n in a["network"]}
    # a name form instead of an id resolves too
    assert client.get("/api/actors/Putin").json()["id"] == "person:vladimir-putin"


def test_relationship_series_events_and_quotes(client, seeds):
    r = client.get("/api/relationship", params={"a": "Russia", "b": "Belarus", "bucket": "month"}).json()
    assert r["total_events"] > 0 and r["events"] and r["series"]
    for s in r["series"]:
        assert len(s["period"]) == 10 and s["period"].endswith("-01")
        assert -10 <= s["score"] <= 10
    weekly = client.get("/api/relationship", params={"a": "Russia", "b": "Belarus", "bucket": "week"}).json()
    assert sum(s["events"] for s in weekly["series"]) == sum(s["events"] for s in r["series"])
    assert client.get("/api/relationship", params={"a": "Russia", "b": "Belarus", "bucket": "day"}).status_code == 422
    said = client.get("/api/relationship", params={"a": "Lukashenko", "b": "Russia"}).json()["quotes_a_about_b"]
    assert said and all(q["speaker_id"] == "person:alexander-lukashenko" for q in said)
    assert all("russia" in q["text"].lower() for q in said)


def test_stories_endpoints_answer(client):
    stories = client.get("/api/stories").json()
    assert stories["total"] == len(stories["items"]) or stories["total"] > 0
    if stories["items"]:
        sid = stories["items"][0]["story_id"]
        story = client.get("/api/stories/" + quote(sid, safe="")).json()
        assert story["events"] and all(e["evidence"] for e in story["events"])
    events = client.get("/api/events", params={"limit": 500}).json()["items"]
    assert all("story_id" in e for e in events)
    assert client.get("/api/stories/no-such-story").status_code == 404


def test_search_everything(client):
    r = client.get("/api/search", params={"q": "Exampletown"}).json()
    assert r["articles"][0]["id"] == HOSTILE_ID
    assert set(r) == {"articles", "actors", "events", "quotes"}


def test_exports(client):
    csv_text = client.get("/api/export/events.csv").text
    rows = list(csv.DictReader(io.StringIO(csv_text)))
    assert rows and "evidence" in rows[0]
    jsonl = client.get("/api/export/quotes.jsonl").text.splitlines()
    assert all(json.loads(line)["article_id"] for line in jsonl)
    assert client.get("/api/export/articles.parquet").content[:4] == b"PAR1"
    gdelt = list(csv.DictReader(io.StringIO(client.get("/api/export/gdelt.csv").text)))
    assert {"GLOBALEVENTID", "SQLDATE", "Actor1Code", "Actor2Code", "EventCode", "QuadClass",
            "GoldsteinScale", "SOURCEURL"} <= set(gdelt[0])
    assert all(r["QuadClass"] in ("", "1", "2", "3", "4") for r in gdelt)
    assert client.get("/api/export/secrets.csv").status_code == 404
    assert client.get("/api/export/events.xlsx").status_code == 400


def test_limits_and_injection(client):
    assert client.get("/api/events", params={"limit": 100000}).status_code == 422
    assert client.get("/api/events", params={"actor": "x" * 500}).status_code == 422
    hostile = "Putin'); DROP TABLE events; --"
    assert client.get("/api/events", params={"actor": hostile}).json()["total"] == 0
    assert client.get("/api/quotes", params={"speaker": hostile, "text": "%' OR 1=1 --"}).json()["total"] == 0
    assert client.get("/api/stats").json()["events"] > 0
    big = client.post("/api/ingest", content=b"x" * (6 * 1024 * 1024))
    assert big.status_code == 413


def test_ingest_off_without_token(client):
    r = client.post("/api/ingest", json={"text": "A short note."})
    assert r.status_code == 403


def test_ingest_with_token(tmp_path, pipeline):
    db = str(tmp_path / "ingest.duckdb")
    app = create_app(db, ingest_token="s3cret")
    app.state.pipeline = pipeline
    with TestClient(app) as c:
        body = {"id": "note-1", "published": "2024-05-02",
                "text": "The foreign minister of Norway met the foreign minister of Chile in Oslo on Tuesday."}
        assert c.post("/api/ingest", json=body).status_code == 401
        assert c.post("/api/ingest", json=body, headers={"Authorization": "Bearer wrong"}).status_code == 401
        r = c.post("/api/ingest", json=body, headers={"Authorization": "Bearer s3cret"}).json()
        assert r["ingested"] == ["note-1"]
        again = c.post("/api/ingest", json=body, headers={"Authorization": "Bearer s3cret"}).json()
        assert again["ingested"] == [] and again["already_stored"] == 1
        txt = c.post("/api/ingest", params={"filename": "memo.txt"}, headers={"Authorization": "Bearer s3cret"},
                     content="date 2024-05-03\nThe parliament of Peru approved the budget on Friday.".encode())
        assert len(txt.json()["ingested"]) == 1
        assert c.get("/api/articles", params={"q": "Peru budget"}).json()["total"] == 1
        assert c.get("/api/stats").json()["articles"] == 2


def test_ui_pages_are_served_with_a_strict_policy(client):
    for path in ("/", "/timeline", "/relationship", "/quotes", "/actors", "/actor/x", "/article/y", "/search", "/stories"):
        r = client.get(path)
        assert r.status_code == 200 and '<main id="app"' in r.text
        assert "script-src 'self'" in r.headers["content-security-policy"]
        assert "http://" not in r.text and "https://" not in r.text  # no CDN
    assert client.get("/static/app.js").status_code == 200
    assert client.get("/static/app.css").status_code == 200
