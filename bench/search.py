"""Search latency over a store of at least 1 million sentences: casebrief's ranked search (BM25,
snippet, review join) against the bare FTS5 lookup of the same query in the same run (the floor).
Usage: python bench/search.py [--sentences 1000000] [--rounds 5]"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from common import synthetic_store, write_results

from casebrief.query import parse, to_fts5

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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sentences", type=int, default=1_000_000)
    parser.add_argument("--per-review", type=int, default=750)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument(
        "--db", type=Path, default=Path(tempfile.gettempdir()) / "casebrief-bench-search.db"
    )
    args = parser.parse_args()

    store = synthetic_store(args.db, args.sentences, args.per_review)
    total = store.counts()["sentences"]
    print(f"store: {total:,} sentences in {store.counts()['reviews']:,} reviews ({args.db})")

    rows = {}
    with store.engine.connect() as conn:
        raw = conn.connection.driver_connection
        for label, query, filters in QUERIES:
            match = to_fts5(parse(query))
            ranked, floor = [], []
            for _ in range(args.rounds):
                t = time.perf_counter()
                raw.execute(
                    "SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ? LIMIT 20", (match,)
                ).fetchall()
                floor.append(time.perf_counter() - t)
                t = time.perf_counter()
                hits = store.search(query, limit=20, **filters)
                ranked.append(time.perf_counter() - t)
            matches = raw.execute(
                "SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH ?", (match,)
            ).fetchone()[0]
            rows[label] = {
                "query": query,
                "filters": {k: list(v) for k, v in filters.items()},
                "matches": matches,
                "hits": len(hits),
                "ranked_ms": [x * 1000 for x in ranked],
                "floor_ms": [x * 1000 for x in floor],
            }
    all_ranked = [x for r in rows.values() for x in r["ranked_ms"]]
    all_floor = [x for r in rows.values() for x in r["floor_ms"]]
    print(f"\n{'query':<13}{'matches':>10}{'p50 ms':>9}{'p95 ms':>9}{'floor p50':>11}")
    for label, r in rows.items():
        print(
            f"{label:<13}{r['matches']:>10,}{statistics.median(r['ranked_ms']):>9.1f}"
            f"{percentile(r['ranked_ms'], 0.95):>9.1f}{statistics.median(r['floor_ms']):>11.2f}"
        )
    summary = {
        "p50_ms": statistics.median(all_ranked),
        "p95_ms": percentile(all_ranked, 0.95),
        "floor_p50_ms": statistics.median(all_floor),
        "floor_p95_ms": percentile(all_floor, 0.95),
    }
    summary["p50_vs_floor"] = summary["p50_ms"] / summary["floor_p50_ms"]
    print(
        f"\nall queries: p50 {summary['p50_ms']:.1f} ms, p95 {summary['p95_ms']:.1f} ms; "
        f"bare FTS5 lookup p50 {summary['floor_p50_ms']:.2f} ms, p95 {summary['floor_p95_ms']:.2f} ms"
    )
    path = write_results("search", {"sentences": total, "queries": rows, "summary": summary})
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
