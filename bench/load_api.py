"""Latency of the events and relationship endpoints on a generated database of >= 100k events.

    python bench/load_api.py [--events 100000] [--requests 400] [--concurrency 4] [--wrk]

1. builds a DuckDB file of synthetic events (newsgraph.store.queries.fill_synthetic), unless it exists;
2. starts `newsgraph serve` on a free loopback port in a separate process;
3. runs the load client in another process (this script with --client): a bounded number of
   requests per endpoint from a thread pool over one keep-alive connection per thread, timing each;
   with --wrk, also Debian's wrk for 10 s per URL (its own latency distribution);
4. prints p50/p99 per endpoint (milliseconds).
"""
from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ENDPOINTS = {
    "events (page 1)": "/api/events?limit=50",
    "events by actor": "/api/events?actor=Actor%2017&limit=50",
    "events by pair": "/api/events?actor=Actor%201&actor2=Actor%208&limit=50",
    "events type+status+dates": "/api/events?type=ASSAULT&status=occurred&since=2019-01&until=2020-06&limit=50",
    "events deep page": "/api/events?offset=90000&limit=50&sort=-date",
    "relationship (month)": "/api/relationship?a=Actor%201&b=Actor%208&bucket=month",
    "relationship (week)": "/api/relationship?a=Actor%2017&b=Actor%20120&bucket=week",
}


def build_db(path: Path, n_events: int) -> None:
    from newsgraph.store import Store
    from newsgraph.store.queries import fill_synthetic

    with Store(path) as store:
        if store.con.execute("SELECT count(*) FROM events").fetchone()[0] >= n_events:
            return
        t = time.perf_counter()
        fill_synthetic(store.con, n_events)
        print(f"generated {n_events} events in {time.perf_counter() - t:.1f}s -> {path}", file=sys.stderr)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_up(port: int, server: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.time() + timeout
    while time.time() < deadline:
        if server.poll() is not None:
            raise RuntimeError("server exited: " + server.stderr.read().decode(errors="replace")[-2000:])
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError("server did not start")


def percentile(values: list[float], p: float) -> float:
    values = sorted(values)
    k = min(len(values) - 1, max(0, round(p / 100 * (len(values) - 1))))
    return values[k]


def client(base: str, requests: int, concurrency: int) -> dict:
    """Runs in its own process: `requests` GETs per endpoint, `concurrency` at a time."""
    import httpx

    local = threading.local()

    def get(url: str) -> float:
        if not hasattr(local, "http"):
            local.http = httpx.Client(base_url=base, timeout=60)
        t = time.perf_counter()
        r = local.http.get(url)
        elapsed = time.perf_counter() - t
        r.raise_for_status()
        return elapsed * 1000

    out = {}
    with ThreadPoolExecutor(concurrency) as pool:
        for name, url in ENDPOINTS.items():
            get(url)  # warm-up
            t = time.perf_counter()
            ms = list(pool.map(get, [url] * requests))
            wall = time.perf_counter() - t
            out[name] = {"url": url, "n": len(ms), "p50_ms": round(statistics.median(ms), 1),
                         "p99_ms": round(percentile(ms, 99), 1), "max_ms": round(max(ms), 1),
                         "req_per_s": round(len(ms) / wall, 1)}
    return out


def run_wrk(base: str, seconds: int, concurrency: int) -> dict:
    out = {}
    for name, url in ENDPOINTS.items():
        res = subprocess.run(["wrk", "-t2", f"-c{concurrency}", f"-d{seconds}s", "--latency", base + url],
                             capture_output=True, text=True)
        lines = {ln.split()[0]: ln.split()[1] for ln in res.stdout.splitlines()
                 if ln.strip().startswith(("50%", "99%"))}
        rps = next((ln.split()[1] for ln in res.stdout.splitlines() if ln.startswith("Requests/sec")), "?")
        out[name] = {"p50": lines.get("50%"), "p99": lines.get("99%"), "req_per_s": rps}
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--db", default=os.path.join(tempfile.gettempdir(), "newsgraph-bench-api.duckdb"))
    ap.add_argument("--requests", type=int, default=400, help="requests per endpoint")
    ap.add_argument("--concurrency", type=int, default=4)
    ap.add_argument("--wrk", action="store_true", help="also measure with wrk (10 s per URL)")
    ap.add_argument("--client", help=argparse.SUPPRESS)  # internal: run as the load process
    args = ap.parse_args()
    if args.client:
        print(json.dumps(client(args.client, args.requests, args.concurrency)))
        return
    build_db(Path(args.db), args.events)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen([sys.executable, "-m", "newsgraph.cli", "serve", "--db", args.db, "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        wait_up(port, server)
        res = subprocess.run([sys.executable, __file__, "--client", base, "--requests", str(args.requests),
                              "--concurrency", str(args.concurrency)], capture_output=True, text=True, check=True)
        results = json.loads(res.stdout)
        print(f"{args.events} events, {args.requests} requests per endpoint, {args.concurrency} concurrent "
              f"(httpx client in a separate process)")
        print(f"{'endpoint':<28} {'p50 ms':>8} {'p99 ms':>8} {'max ms':>8} {'req/s':>8}")
        for name, r in results.items():
            print(f"{name:<28} {r['p50_ms']:>8} {r['p99_ms']:>8} {r['max_ms']:>8} {r['req_per_s']:>8}")
        if args.wrk:
            print(f"\nwrk -t2 -c{args.concurrency} -d10s --latency")
            for name, r in run_wrk(base, 10, args.concurrency).items():
                print(f"{name:<28} p50 {r['p50']:>9}  p99 {r['p99']:>9}  {r['req_per_s']} req/s")
    finally:
        server.terminate()
        server.wait(10)


if __name__ == "__main__":
    main()
