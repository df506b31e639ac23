"""Cost of linking one new article into bases of 1k, 10k and 100k events.

Builds a synthetic base per size (articles of ten events, actors drawn from a pool of 2,000,
dates over three years, every base event already clustered and blocked), then links new articles
one at a time with `link_articles` and reports the median milliseconds per article. Flat figures
across sizes mean linking does not rescan the base.

    /work/venv/bin/python bench/bench_link.py [--sizes 1000 10000 100000] [--new 20]
"""
from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from newsgraph.link import blocks, link_articles  # noqa: E402
from newsgraph.model import Actor, Analysis, Article, Event, PLOVER_TYPES  # noqa: E402
from newsgraph.store import Store  # noqa: E402
from newsgraph.store import links as sql  # noqa: E402

ACTOR_POOL = 2000
EVENTS_PER_ARTICLE = 10
START = date(2021, 1, 1)
WORDS = "talks deal troops border missile summit sanctions aid grain port strike ceasefire envoy visit".split()


def synthetic_event(rng: random.Random) -> dict:
    day = START + timedelta(days=rng.randrange(3 * 365))
    src, tgt = rng.randrange(ACTOR_POOL), rng.randrange(ACTOR_POOL)
    return {"type": rng.choice(PLOVER_TYPES), "status": "occurred", "source_ids": [f"actor:{src}"],
            "target_ids": [f"actor:{tgt}"], "source": [f"Actor {src}"], "target": [f"Actor {tgt}"],
            "date": day.isoformat(), "date_sort": day, "evidence": " ".join(rng.sample(WORDS, 6))}


def build_base(store: Store, n_events: int, rng: random.Random) -> None:
    sql.ensure_link_schema(store.con)
    cols = {k: [] for k in ("article_id", "idx", "type", "status", "source", "target", "source_ids",
                            "target_ids", "date", "date_sort", "evidence")}
    arts = {"id": [], "published": [], "text": []}
    clusters = {"cluster_id": [], "article_id": [], "event_idx": []}
    block_rows = {f: [] for f in sql.BLOCK_FIELDS}
    for n in range(n_events):
        aid, idx = f"base-{n // EVENTS_PER_ARTICLE}", n % EVENTS_PER_ARTICLE
        ev = synthetic_event(rng)
        if idx == 0:
            arts["id"].append(aid)
            arts["published"].append(ev["date_sort"])
            arts["text"].append("synthetic")
        for k in cols:
            cols[k].append(aid if k == "article_id" else idx if k == "idx" else ev[k])
        clusters["cluster_id"].append(f"{aid}#{idx}")
        clusters["article_id"].append(aid)
        clusters["event_idx"].append(idx)
        features = {"article_id": aid, "event_idx": idx, "cluster_id": f"{aid}#{idx}", "type": ev["type"],
                    "status": ev["status"], "actor_ids": sorted(ev["source_ids"] + ev["target_ids"]),
                    "date": ev["date"], "day": (ev["date_sort"] - date(1970, 1, 1)).days, "location": None,
                    "geonames_id": None, "place_country": None, "evidence": ev["evidence"], "trigger": None}
        for b in blocks(ev):
            for f in sql.BLOCK_FIELDS:
                block_rows[f].append(b if f == "block" else features[f])
    sql.bulk_insert(store.con, "articles", arts)
    sql.bulk_insert(store.con, "events", cols)
    sql.bulk_insert(store.con, "event_clusters", clusters)
    sql.bulk_insert(store.con, "event_blocks", block_rows)


def new_article(i: int, rng: random.Random) -> Analysis:
    events, actors = [], {}
    for _ in range(EVENTS_PER_ARTICLE):
        ev = synthetic_event(rng)
        for aid, name in zip(ev["source_ids"] + ev["target_ids"], ev["source"] + ev["target"]):
            actors[aid] = Actor(id=aid, name=name, type="PERSON")
        events.append(Event(type=ev["type"], source=ev["source"], target=ev["target"], date=ev["date"],
                            date_precision="day", evidence=ev["evidence"]))
    text = f"New article {i}: " + " ".join(rng.choice(WORDS) for _ in range(80))
    return Analysis(article=Article(id=f"new-{i}", text=text, published=events[0].date),
                    actors=list(actors.values()), events=events)


def run(size: int, n_new: int, seed: int = 7) -> dict:
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "bench.duckdb")
        t0 = time.perf_counter()
        build_base(store, size, rng)
        load_s = time.perf_counter() - t0
        times = []
        for i in range(n_new):
            analysis = new_article(i, rng)
            store.save(analysis)
            t = time.perf_counter()
            link_articles(store, [analysis.article])
            times.append((time.perf_counter() - t) * 1000)
        store.close()
    return {"events": size, "load_s": round(load_s, 1), "median_ms_per_article": round(statistics.median(times), 1),
            "p90_ms_per_article": round(sorted(times)[int(0.9 * (len(times) - 1))], 1)}


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    ap.add_argument("--new", type=int, default=20)
    args = ap.parse_args(argv)
    for size in args.sizes:
        print(run(size, args.new), flush=True)


if __name__ == "__main__":
    main()
