"""Running the analysis on several cores, or on a Dask cluster when one machine is not enough.

The unit of work is `analyze_batch(articles) -> analyses`, the same pure function everywhere: a
local process pool runs it on this machine's cores, a Dask `distributed` cluster runs it on many
machines. Results come back in input order, a bounded number of batches ahead, so memory stays
flat however long the input; the caller stores them (the database has one writer).
"""
from __future__ import annotations

import multiprocessing
import os
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from typing import Iterable, Iterator, Optional

from .model import Analysis, Article

_pipelines = {}


def _worker_pipeline(sentence_level: bool = False):
    """One Pipeline per worker process and setting, built on first use."""
    if sentence_level not in _pipelines:
        from .analyze import Pipeline

        _pipelines[sentence_level] = Pipeline(sentence_level=sentence_level)
    return _pipelines[sentence_level]


def analyze_batch(articles: list[Article], sentence_level: bool = False) -> list[Analysis]:
    """Analyses a batch of articles; the spaCy Docs are dropped so results travel cheaply."""
    out = []
    for analysis in _worker_pipeline(sentence_level).pipe(articles, batch_size=len(articles) or 1):
        out.append(analysis.detach())
    return out


def _batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    batch = []
    for article in articles:
        batch.append(article)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _ordered(executor, articles, batch_size: int, ahead: int, sentence_level: bool = False) -> Iterator[Analysis]:
    pending = deque()
    for batch in _batches(articles, batch_size):
        pending.append(executor.submit(analyze_batch, batch, sentence_level))
        if len(pending) >= ahead:
            yield from pending.popleft().result()
    while pending:
        yield from pending.popleft().result()


def parallel_analyses(articles: Iterable[Article], workers: Optional[int] = None,
                      dask_address: Optional[str] = None, batch_size: int = 8,
                      sentence_level: bool = False) -> Iterator[Analysis]:
    """Analyses in input order, computed by `workers` local processes (default: all cores) or by
    the Dask scheduler at `dask_address` (e.g. "tcp://10.0.0.5:8786")."""
    if dask_address:
        from distributed import Client

        with Client(dask_address) as client:
            ahead = 2 * max(1, sum(client.nthreads().values()))
            yield from _ordered(client, articles, batch_size, ahead, sentence_level)
        return
    workers = workers or os.cpu_count() or 1
    context = multiprocessing.get_context("spawn")  # a fresh interpreter: no inherited threads or DB handles
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        yield from _ordered(pool, articles, batch_size, 2 * workers, sentence_level)
