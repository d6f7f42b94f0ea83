"""Export speed at national scale: a REFI-QDA project, an Excel workbook and a CSV of all codings
of a 1,992-review store, against the floor of writing the same review texts into a zip with no
project XML (the baseline, same run). Usage: python bench/exchange.py [--sentences 1494000]"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from common import peak_rss_mb, synthetic_store, write_results

from casebrief.codebook import load_codebook
from casebrief.coding.service import code_store
from casebrief.exchange.qdpx import export_qdpx
from casebrief.exchange.sheets import codings_spreadsheet
from casebrief.store.codings import count_codings
from casebrief.store.exchange import review_texts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sentences", type=int, default=1_494_000)
    parser.add_argument(
        "--store", type=Path, default=Path(tempfile.gettempdir()) / "cb-bench-exchange.db"
    )
    args = parser.parse_args()
    store = synthetic_store(args.store, args.sentences)
    codebook = load_codebook("online-harm")
    if count_codings(store, codebook.id) == 0:
        code_store(store, codebook, workers=2)
    ids = [r["id"] for r in store.list_reviews()]
    n_codings = count_codings(store, codebook.id)
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        with zipfile.ZipFile(Path(tmp) / "floor.zip", "w", zipfile.ZIP_DEFLATED) as archive:
            for review_id, text in review_texts(store, ids):
                archive.writestr(f"Sources/{review_id}.txt", text.encode("utf-8"))
        floor = time.perf_counter() - start

        start = time.perf_counter()
        counts = export_qdpx(store, Path(tmp) / "library.qdpx", codebook.id, ids, "all")
        qdpx = time.perf_counter() - start

        timings = {}
        for fmt in ("xlsx", "csv"):
            start = time.perf_counter()
            data, _ = codings_spreadsheet(store, fmt, codebook.id, ids, "all")
            (Path(tmp) / f"codings.{fmt}").write_bytes(data)
            timings[fmt] = time.perf_counter() - start
    figures = {
        "reviews": len(ids),
        "codings": n_codings,
        "selections": counts["selections"],
        "baseline_texts_to_zip_s": round(floor, 2),
        "qdpx_s": round(qdpx, 2),
        "qdpx_vs_baseline": round(qdpx / floor, 2),
        "xlsx_s": round(timings["xlsx"], 2),
        "csv_s": round(timings["csv"], 2),
        "peak_rss_mb": peak_rss_mb(),
    }
    for key, value in figures.items():
        print(f"{key:28} {value}")
    print(f"wrote {write_results('exchange', figures)}")


if __name__ == "__main__":
    main()
