"""Web app latency under load: the library search page, a review page and the themes page, with
8 concurrent clients on loopback, against the raw search call in the same run.

    python bench/web.py [--sentences 1500000] [--clients 8] [--requests 40]

Goal (issue: web app): library search page p95 under 150 ms."""

from __future__ import annotations

import argparse
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).parent))
from common import synthetic_store, write_results
from search import QUERIES, percentile

from casebrief.codebook import load_codebook
from casebrief.coding.service import code_store

GOAL_P95_MS = 150


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def load(base: str, paths: list[str], clients: int) -> list[float]:
    """Every path requested once, spread over `clients` threads; latencies in ms."""
    latencies: list[float] = []
    lock = threading.Lock()
    queue = list(paths)

    def worker() -> None:
        with httpx.Client(base_url=base, timeout=120) as client:
            while True:
                with lock:
                    if not queue:
                        return
                    path = queue.pop()
                start = time.perf_counter()
                response = client.get(path)
                elapsed = (time.perf_counter() - start) * 1000
                if response.status_code != 200:
                    raise RuntimeError(f"{path}: HTTP {response.status_code}")
                with lock:
                    latencies.append(elapsed)

    threads = [threading.Thread(target=worker) for _ in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return latencies


def summary(values: list[float]) -> dict[str, float]:
    return {
        "n": len(values),
        "p50_ms": round(statistics.median(values), 1),
        "p95_ms": round(percentile(values, 95), 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sentences", type=int, default=1_500_000)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--requests", type=int, default=40, help="per page kind and query")
    parser.add_argument(
        "--db", type=Path, default=Path(tempfile.gettempdir()) / "casebrief-bench-coding.db"
    )
    args = parser.parse_args()
    store = synthetic_store(args.db, args.sentences)
    code_store(store, load_codebook("online-harm"), workers=2)
    counts = store.counts()
    print(f"store: {counts['reviews']:,} reviews, {counts['sentences']:,} sentences")

    # Baseline: the same searches straight from the store, no HTTP, no page, one at a time.
    raw: list[float] = []
    for _ in range(3):
        for _label, query, filters in QUERIES:
            start = time.perf_counter()
            store.search(query, limit=20, **filters)
            raw.append((time.perf_counter() - start) * 1000)

    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "casebrief.cli", "serve", "--db", str(args.db), "--port", str(port)],
        stdout=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.time() + 60
        while True:
            try:
                httpx.get(base + "/api/session", timeout=5)
                break
            except httpx.TransportError:
                if time.time() > deadline:
                    raise
                time.sleep(0.2)
        rng = random.Random(3)
        review_ids = [r["id"] for r in store.list_reviews()]
        search_paths = []
        for _label, query, filters in QUERIES:
            extra = f"&year={filters['year'][0]}" if "year" in filters else ""
            search_paths += [f"/?q={httpx.QueryParams({'q': query})['q']}{extra}"] * args.requests
        pages = {
            "library_search": search_paths,
            "review": [f"/reviews/{rng.choice(review_ids)}" for _ in range(args.requests * 2)],
            "themes": ["/themes"] * args.requests,
        }
        for paths in pages.values():  # warm caches once, as a running server would be
            load(base, paths[:: args.requests], 1)
        results = {}
        for name, paths in pages.items():
            rng.shuffle(paths)
            results[name] = summary(load(base, paths, args.clients))
    finally:
        server.terminate()
        server.wait(timeout=30)
    baseline = summary(raw)
    print(f"raw store.search (baseline): p50 {baseline['p50_ms']} ms, p95 {baseline['p95_ms']} ms")
    for name, figures in results.items():
        print(
            f"{name:15} p50 {figures['p50_ms']:7.1f} ms  p95 {figures['p95_ms']:7.1f} ms  "
            f"({figures['p95_ms'] / baseline['p95_ms']:.1f}x baseline p95)"
        )
    ok = results["library_search"]["p95_ms"] < GOAL_P95_MS
    print(f"goal: library search p95 under {GOAL_P95_MS} ms: {'met' if ok else 'NOT met'}")
    path = write_results(
        "web",
        {
            "reviews": counts["reviews"],
            "sentences": counts["sentences"],
            "clients": args.clients,
            "baseline_raw_search": baseline,
            "pages": results,
            "goal_p95_ms": GOAL_P95_MS,
        },
    )
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
