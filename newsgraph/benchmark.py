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
    """Times `repeat` rounds over the corpus; each round parses it bare, then runs the full
    pipeline. The best round of each is reported (as `timeit` does: slower rounds measure the
    machine's other work, not ours), with the ratio of the two and each component's share in the
    best full round. Rounds alternate so a busy spell slows both kinds alike."""
    from .analyze import Pipeline, load_nlp
    from .analyze.pipeline import text_to_parse

    articles = [a for a in read_articles(paths or default_corpus()) if isinstance(a, Article)]
    texts = [a.text for a in articles]
    words = sum(len(t.split()) for t in texts)
    nlp = load_nlp()
    list(nlp.pipe(["warm up the model"]))
    pipeline = Pipeline(nlp=nlp)
    pipeline.analyze(articles[0])  # loads every component's data (gazetteer, lexicons) before timing

    parse_rounds, full_rounds = [], []
    for _ in range(max(1, repeat)):
        t0 = time.perf_counter()
        for _doc in nlp.pipe(texts, batch_size=batch_size):
            pass
        parse_rounds.append(time.perf_counter() - t0)

        spent = defaultdict(float)
        t0 = time.perf_counter()
        for article, doc in zip(articles, nlp.pipe((text_to_parse(a) for a in articles), batch_size=batch_size)):
            analysis = Analysis(article=article, doc=doc)
            for name, component in pipeline.components:
                c0 = time.perf_counter()
                analysis = component(analysis)
                spent[name] += time.perf_counter() - c0
        full_rounds.append((time.perf_counter() - t0, dict(spent)))

    parse_s = min(parse_rounds)
    full_s, spent = min(full_rounds, key=lambda r: r[0])
    n = len(articles)
    lines = [f"corpus: {n} articles, {words} words; best of {len(parse_rounds)} round(s) each",
             f"bare spaCy parse (nlp.pipe): {n / parse_s:8.1f} articles/s  {words / parse_s:9.0f} words/s",
             f"full newsgraph pipeline:     {n / full_s:8.1f} articles/s  {words / full_s:9.0f} words/s"
             f"  ({parse_s / full_s:.2f}x the bare parse)"]
    if len(parse_rounds) > 1:
        ratios = sorted(p / f for p, (f, _) in zip(parse_rounds, full_rounds))
        lines.append(f"  ratio per round: {' '.join(f'{r:.2f}' for r in ratios)} (median {ratios[len(ratios) // 2]:.2f})")
    for name, s in spent.items():
        lines.append(f"  component {name:<8} {s * 1000 / n:7.2f} ms/article  {words / s if s else float('inf'):10.0f} words/s"
                     f"  ({100 * s / full_s:4.1f}% of the pipeline)")
    return "\n".join(lines)
