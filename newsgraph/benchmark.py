"""`newsgraph bench`: articles/second of the full pipeline next to a bare spaCy parse.

Both runs read the same articles in the same process, one after the other, with the model already
loaded, so the difference is what the newsgraph components cost. Per-component time is measured
too, by timing each component's `__call__` during the full run.
"""
from __future__ import annotations

import time
from collections import defaultdict
from pathlib import Path
from typing import Iterable, Optional

from .ingest import read_articles
from .model import Analysis, Article


def default_corpus() -> list[Path]:
    from .cli import example_paths
    from .evaluate import find_shared

    shared = find_shared()
    paths = list(example_paths())
    if shared is not None:
        paths += [shared / "seeds", shared / "gold" / "dev"]
    return paths


def run_benchmark(paths: Optional[Iterable[str]] = None, repeat: int = 1, batch_size: int = 16) -> str:
    from .analyze import Pipeline, load_nlp

    articles = [a for a in read_articles(paths or default_corpus()) if isinstance(a, Article)]
    articles = articles * max(1, repeat)
    words = sum(len(a.text.split()) for a in articles)
    nlp = load_nlp()
    list(nlp.pipe(["warm up the model"]))

    t0 = time.perf_counter()
    docs = list(nlp.pipe([a.text for a in articles], batch_size=batch_size))
    parse_s = time.perf_counter() - t0

    pipeline = Pipeline(nlp=nlp)
    pipeline.analyze(articles[0])  # loads every component's data (gazetteer, lexicons) before timing
    spent = defaultdict(float)
    t0 = time.perf_counter()
    for article, doc in zip(articles, nlp.pipe([a.text for a in articles], batch_size=batch_size)):
        analysis = Analysis(article=article, doc=doc)
        for name, component in pipeline.components:
            c0 = time.perf_counter()
            analysis = component(analysis)
            spent[name] += time.perf_counter() - c0
    full_s = time.perf_counter() - t0
    del docs

    n = len(articles)
    lines = [f"corpus: {n} articles, {words} words",
             f"bare spaCy parse (nlp.pipe): {n / parse_s:8.1f} articles/s  {words / parse_s:9.0f} words/s",
             f"full newsgraph pipeline:     {n / full_s:8.1f} articles/s  {words / full_s:9.0f} words/s"
             f"  ({parse_s / full_s:.2f}x the bare parse)"]
    for name, s in spent.items():
        lines.append(f"  component {name:<8} {s * 1000 / n:7.2f} ms/article  {words / s if s else float('inf'):10.0f} words/s"
                     f"  ({100 * s / full_s:4.1f}% of the pipeline)")
    return "\n".join(lines)
