"""Search latency over a store of at least 1 million sentences: casebrief's ranked search (BM25 on
SQLite, ts_rank_cd on PostgreSQL; snippets, review join) against the bare index lookup of the same
query in the same run (the floor), on each store given, side by side.
Usage: python bench/search.py [--sentences 1500000] [--rounds 5] [--db PATH_OR_URL ...]
e.g. --db /tmp/casebrief-bench-search.db --db postgresql://casebrief@127.0.0.1:5432/bench"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from common import bench_stores, write_results

from casebrief.query import parse, to_fts5, to_tsquery

QUERIES = [
    ("rare word", "sextortion", {}),
    ("common word", "school", {}),
    ("phrase", '"groomed online"', {}),
    ("boolean", "(Snapchat OR Instagram) AND image*", {}),
    ("negation", "police NOT intelligence", {}),
    ("prefix", "exploit*", {}),
    ("filtered", "social worker", {"year": (2018, 2021)}),
]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


FLOOR = {
    # The bare index lookup: the first 20 matching sentence ids, no ranking, no snippets.
    "sqlite": "SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ? LIMIT 20",
    "postgresql": "SELECT id FROM sentences WHERE tsv @@ to_tsquery('english', ?) LIMIT 20",
}
COUNT = {
    "sqlite": "SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH ?",
    "postgresql": "SELECT count(*) FROM sentences WHERE tsv @@ to_tsquery('english', ?)",
}


def measure(store, rounds: int) -> dict:
    from casebrief.store import DriverSQL

    backend = store.backend
    translate = to_fts5 if backend == "sqlite" else to_tsquery
    rows = {}
    with store.engine.connect() as conn:
        raw = DriverSQL(conn)
        for _label, query, filters in QUERIES:  # once first, as on a server running a while
            store.search(query, limit=20, **filters)
        for label, query, filters in QUERIES:
            match = translate(parse(query))
            ranked, floor = [], []
            for _ in range(rounds):
                t = time.perf_counter()
                raw.execute(FLOOR[backend], (match,)).fetchall()
                floor.append(time.perf_counter() - t)
                t = time.perf_counter()
                hits = store.search(query, limit=20, **filters)
                ranked.append(time.perf_counter() - t)
            rows[label] = {
                "query": query,
                "filters": {k: list(v) for k, v in filters.items()},
                "matches": raw.execute(COUNT[backend], (match,)).fetchone()[0],
                "hits": len(hits),
                "ranked_ms": [x * 1000 for x in ranked],
                "floor_ms": [x * 1000 for x in floor],
            }
    all_ranked = [x for r in rows.values() for x in r["ranked_ms"]]
    all_floor = [x for r in rows.values() for x in r["floor_ms"]]
    summary = {
        "p50_ms": statistics.median(all_ranked),
        "p95_ms": percentile(all_ranked, 0.95),
        "floor_p50_ms": statistics.median(all_floor),
        "floor_p95_ms": percentile(all_floor, 0.95),
    }
    summary["p50_vs_floor"] = summary["p50_ms"] / summary["floor_p50_ms"]
    return {"queries": rows, "summary": summary}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sentences", type=int, default=1_500_000)
    parser.add_argument("--per-review", type=int, default=750)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--db", action="append", help="a store to measure (repeat for several)")
    args = parser.parse_args()
    default = Path(tempfile.gettempdir()) / "casebrief-bench-search.db"
    results = {}
    for backend, store in bench_stores(args.db, default, args.sentences, args.per_review):
        counts = store.counts()
        print(f"{backend}: {counts['sentences']:,} sentences in {counts['reviews']:,} reviews")
        results[backend] = measure(store, args.rounds)
    labels = [label for label, _, _ in QUERIES]
    header = "".join(f"{b + ' p50':>16}{b + ' p95':>16}" for b in results)
    print(f"\n{'query':<13}{'matches':>10}{header}")
    for label in labels:
        first = next(iter(results.values()))["queries"][label]
        cells = "".join(
            f"{statistics.median(r['queries'][label]['ranked_ms']):>16.1f}"
            f"{percentile(r['queries'][label]['ranked_ms'], 0.95):>16.1f}"
            for r in results.values()
        )
        print(f"{label:<13}{first['matches']:>10,}{cells}")
    for backend, r in results.items():
        s = r["summary"]
        print(
            f"{backend}: all queries p50 {s['p50_ms']:.1f} ms, p95 {s['p95_ms']:.1f} ms; bare "
            f"index lookup p50 {s['floor_p50_ms']:.2f} ms, p95 {s['floor_p95_ms']:.2f} ms"
        )
    if {"sqlite", "postgresql"} <= set(results):
        ratio = results["postgresql"]["summary"]["p95_ms"] / results["sqlite"]["summary"]["p95_ms"]
        print(f"PostgreSQL p95 / SQLite p95: {ratio:.2f} (goal: within 2x)")
    path = write_results("search", {"backends": results})
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
