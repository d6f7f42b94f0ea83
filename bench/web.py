"""Web app latency under load: the library search page, a review page and the themes page, with
8 concurrent clients on loopback, against the raw search call in the same run.

    python bench/web.py [--sentences 1500000] [--clients 8] [--seconds 20] [--workers 2]

The load comes from wrk (`apt-get install wrk`) when it is installed: it is written in C, so the
clients take little of the CPU the server needs. Without it, Python threads make the requests.

Goal (issue: web app): library search page p95 under 150 ms. It is checked twice: on the seven
benchmark queries asked again and again (as filtering, sorting and paging do, so recent searches
are answered from memory), and on thousands of queries each asked once (nothing is cached)."""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import httpx

sys.path.insert(0, str(Path(__file__).parent))
from common import bench_stores, write_results
from search import QUERIES, percentile

from casebrief.codebook import load_codebook
from casebrief.coding.service import code_store
from casebrief.store import run_sql

GOALS = {  # p95 goals, ms
    "library_search": 150,
    "library_common_words_first_time": 150,
    "review": 300,
}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def timed_in_threads(
    clients: int,
    seconds: float,
    request: Callable[[Any, int], None],
    open_session: Callable[[], AbstractContextManager] = nullcontext,
) -> dict[str, float]:
    """`clients` threads, each with its own session, calling request(session, i) for i counting
    up from its own offset until `seconds` have passed; the latency summary."""
    latencies: list[float] = []
    lock = threading.Lock()
    stop = time.perf_counter() + seconds

    def worker(offset: int) -> None:
        with open_session() as session:
            i = offset
            while time.perf_counter() < stop:
                start = time.perf_counter()
                request(session, i)
                elapsed = (time.perf_counter() - start) * 1000
                i += 1
                with lock:
                    latencies.append(elapsed)

    threads = [threading.Thread(target=worker, args=(n * 7,)) for n in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return summary(latencies)


def load_threads(base: str, paths: list[str], clients: int, seconds: float) -> dict[str, float]:
    """Python clients: `clients` threads cycling through the paths for `seconds`."""

    def get(client: httpx.Client, i: int) -> None:
        path = paths[i % len(paths)]
        response = client.get(path)
        if response.status_code != 200:
            raise RuntimeError(f"{path}: HTTP {response.status_code}")

    return timed_in_threads(clients, seconds, get, lambda: httpx.Client(base_url=base, timeout=120))


def load_wrk(base: str, paths: list[str], clients: int, seconds: float) -> dict[str, float]:
    """wrk with `clients` connections, each cycling through the paths for `seconds`."""
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as listing:
        listing.write("\n".join(paths) + "\n")
    try:
        script = str(Path(__file__).parent / "wrk_paths.lua")
        threads = min(clients, 2)
        done = subprocess.run(
            [
                "wrk",
                f"-t{threads}",
                f"-c{clients}",
                f"-d{max(1, round(seconds))}s",
                "--timeout",
                "60s",
                "-s",
                script,
                base,
            ],
            env=os.environ | {"WRK_PATHS": listing.name},
            capture_output=True,
            text=True,
        )
    finally:
        os.unlink(listing.name)
    if done.returncode:
        raise RuntimeError(f"wrk failed ({done.returncode}): {done.stderr or done.stdout}")
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    if figures.pop("errors"):
        raise RuntimeError(f"wrk saw failed requests:\n{done.stdout}")
    return figures


def raw_search_under_load(store, clients: int, seconds: float) -> dict[str, float]:
    """The raw store.search from `clients` threads in this process (SQLite releases the GIL
    while it searches, so they share both cores)."""

    def search(_session: None, i: int) -> None:
        _label, query, filters = QUERIES[i % len(QUERIES)]
        store.search(query, limit=20, **filters)

    return timed_in_threads(clients, seconds, search)


def new_queries(store, count: int, rng: random.Random) -> list[str]:
    """`count` different queries built from the corpus's own words (single words, pairs, either
    of two words, prefixes), so that each is searched once and no cache can answer it."""
    with store.engine.connect() as conn:
        texts = run_sql(conn, "SELECT text FROM sentences WHERE id % 97 = 0 LIMIT 20000").scalars()
        frequency = Counter(
            word for text in texts for word in re.findall(r"[a-z]{4,}", text.lower())
        )
    words = [w for w, _ in frequency.most_common(400)]
    queries: set[str] = set(words)
    while len(queries) < count:
        a, b = rng.sample(words, 2)
        queries.add(rng.choice([f"{a} {b}", f"{a} OR {b}", f"{a[:5]}*", f'"{a} {b}"']))
    chosen = sorted(queries)
    rng.shuffle(chosen)
    return chosen[:count]


def warm(base: str, paths: list[str]) -> None:
    """Each path a few times on fresh connections, so that every server process has built its
    caches, as a server that has been running a while would have."""
    for path in paths:
        for _ in range(6):
            httpx.get(base + path, headers={"Connection": "close"}, timeout=120)


def summary(values: list[float]) -> dict[str, float]:
    return {
        "n": len(values),
        "p50_ms": round(statistics.median(values), 1),
        "p95_ms": round(percentile(values, 95), 1),
    }


def common_words(store, count: int) -> list[str]:
    """The corpus's most frequent words (4 letters or more): the slowest first-time searches."""
    with store.engine.connect() as conn:
        texts = run_sql(conn, "SELECT text FROM sentences WHERE id % 97 = 0 LIMIT 20000").scalars()
        frequency = Counter(
            word for text in texts for word in re.findall(r"[a-z]{4,}", text.lower())
        )
    return [w for w, _ in frequency.most_common(count)]


def measure(store, args, generator: str) -> dict[str, Any]:
    """Baselines and page latencies for one store, served by `serve --workers N`."""
    code_store(store, load_codebook("online-harm"), workers=2)
    raw: list[float] = []
    for _ in range(3):
        for _label, query, filters in QUERIES:
            start = time.perf_counter()
            store.search(query, limit=20, **filters)
            raw.append((time.perf_counter() - start) * 1000)
    raw_loaded = raw_search_under_load(store, args.clients, args.seconds)
    port = free_port()
    serve = [sys.executable, "-m", "casebrief.cli", "serve", "--db", store.url]
    server = subprocess.Popen(
        [*serve, "--port", str(port), "--workers", str(args.workers), "--retrain-every", "0"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
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
            params = {"q": query} | ({"year": filters["year"][0]} if "year" in filters else {})
            search_paths.append("/?" + urlencode(params))
        pages = {
            "library_search": search_paths,
            "library_search_new_queries": [
                "/?" + urlencode({"q": q}) for q in new_queries(store, 4000, rng)
            ],
            # Each asked once: no cache can answer (the first 400 are not in the other loads).
            "library_common_words_first_time": [
                "/?" + urlencode({"q": w}) for w in common_words(store, 1200)[400:]
            ],
            "review": [f"/reviews/{i}" for i in rng.sample(review_ids, 40)],
            "themes": ["/themes"],
        }
        for name in ("library_search", "review", "themes"):
            warm(base, pages[name][:7])
        run = load_wrk if generator == "wrk" else load_threads
        results = {
            name: run(base, paths, args.clients, args.seconds) for name, paths in pages.items()
        }
    finally:
        server.terminate()
        server.wait(timeout=30)
    return {
        "reviews": store.counts()["reviews"],
        "sentences": store.counts()["sentences"],
        "baseline_raw_search": summary(raw),
        "baseline_raw_search_under_load": raw_loaded,
        "pages": results,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sentences", type=int, default=1_500_000)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=20, help="of load per page kind")
    parser.add_argument("--workers", type=int, default=2, help="server processes (one per core)")
    parser.add_argument("--db", action="append", help="a store to measure (repeat for several)")
    args = parser.parse_args()
    default = Path(tempfile.gettempdir()) / "casebrief-bench-coding.db"
    generator = "wrk" if shutil.which("wrk") else "python threads"
    measured = {
        backend: measure(store, args, generator)
        for backend, store in bench_stores(args.db, default, args.sentences)
    }
    print(f"load from {generator}, {args.clients} clients, {args.workers} server process(es)")
    for backend, m in measured.items():
        print(f"\n{backend}: {m['reviews']:,} reviews, {m['sentences']:,} sentences")
        b, loaded = m["baseline_raw_search"], m["baseline_raw_search_under_load"]
        print(
            f"  baseline, raw store.search one at a time: p50 {b['p50_ms']} ms, p95 {b['p95_ms']} ms"
        )
        print(
            f"  baseline, raw store.search from {args.clients} threads: "
            f"p50 {loaded['p50_ms']} ms, p95 {loaded['p95_ms']} ms"
        )
        for name, figures in m["pages"].items():
            print(
                f"  {name:32} p50 {figures['p50_ms']:7.1f} ms  p95 {figures['p95_ms']:7.1f} ms  "
                f"({figures['p95_ms'] / loaded['p95_ms']:.2f}x the loaded baseline's p95)"
            )
        for name, goal in GOALS.items():
            ok = m["pages"][name]["p95_ms"] < goal
            print(f"  goal: {name} p95 under {goal} ms: {'met' if ok else 'NOT met'}")
    path = write_results(
        "web",
        {
            "clients": args.clients,
            "server_workers": args.workers,
            "load_generator": generator,
            "goals_p95_ms": GOALS,
            "backends": measured,
        },
    )
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
