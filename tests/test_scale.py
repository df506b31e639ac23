"""The same analysis on a local process pool and on a Dask cluster gives the same facts."""
import json

import pytest
from click.testing import CliRunner

from newsgraph.cli import main
from newsgraph.store import Store


def fact_counts(db):
    with Store(db, read_only=True) as store:
        return store.counts()


def test_ingest_on_two_processes_matches_serial(tmp_path, seeds_dir, pipeline):
    serial, parallel = tmp_path / "serial.duckdb", tmp_path / "parallel.duckdb"
    for db, extra in ((serial, []), (parallel, ["--workers", "2"])):
        result = CliRunner().invoke(main, ["ingest", str(seeds_dir), "--db", str(db), "--quiet", *extra])
        assert result.exit_code == 0, result.output
        assert "5 articles ingested" in result.output
    assert fact_counts(serial) == fact_counts(parallel)


def test_extract_on_a_dask_cluster(tmp_path, gold_dir, pipeline):
    distributed = pytest.importorskip("distributed")
    files = [str(gold_dir / "seed-000.json"), str(gold_dir / "seed-003.json")]
    local_out, dask_out = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    assert CliRunner().invoke(main, ["extract", *files, "--jsonl", str(local_out)]).exit_code == 0
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        result = CliRunner().invoke(main, ["extract", *files, "--jsonl", str(dask_out),
                                           "--dask", cluster.scheduler_address])
    assert result.exit_code == 0, result.output
    local = [json.loads(l) for l in local_out.read_text().splitlines()]
    remote = [json.loads(l) for l in dask_out.read_text().splitlines()]
    assert [r["id"] for r in remote] == ["seed-000", "seed-003"]
    assert [len(r["events"]) for r in remote] == [len(r["events"]) for r in local]
    assert [r["quotes"] for r in remote] == [r["quotes"] for r in local]
