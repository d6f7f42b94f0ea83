"""Briefing speed on a national-scale store (2,000 coded reviews): time to compose the briefing
and to render each format, against composing alone in the same run.
Usage: python bench/briefing.py [--sentences 1500000]  (reuses bench/coding.py's store)"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from common import synthetic_store, write_results

from casebrief.briefing.compose import Selection, compose
from casebrief.briefing.render_docx import render_docx
from casebrief.briefing.render_html import render_html
from casebrief.briefing.render_md import render_markdown
from casebrief.briefing.render_pdf import render_pdf
from casebrief.codebook import load_codebook
from casebrief.coding.service import code_store

RENDERERS = {
    "markdown": render_markdown,
    "html": render_html,
    "pdf": render_pdf,
    "docx": render_docx,
}
GOALS = {"markdown": 10, "html": 10, "pdf": 30, "docx": 30}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sentences", type=int, default=1_500_000)
    parser.add_argument(
        "--db", type=Path, default=Path(tempfile.gettempdir()) / "casebrief-bench-coding.db"
    )
    args = parser.parse_args()
    store = synthetic_store(args.db, args.sentences)
    codebook = load_codebook("online-harm")
    report = code_store(store, codebook, workers=2)  # nothing to do when bench/coding.py ran before
    print(
        f"store: {store.counts()['reviews']:,} reviews, {store.counts()['sentences']:,} sentences "
        f"({report.coded} newly coded)"
    )
    start = time.perf_counter()
    briefing = compose(store, codebook, Selection())
    compose_seconds = time.perf_counter() - start
    print(f"compose: {compose_seconds:.2f}s ({briefing.selected} of {briefing.searched} reviews)")
    results = {}
    for name, render in RENDERERS.items():
        start = time.perf_counter()
        output = render(briefing)
        render_seconds = time.perf_counter() - start
        total = compose_seconds + render_seconds
        results[name] = {
            "render_seconds": render_seconds,
            "total_seconds": total,
            "bytes": len(output),
            "goal_seconds": GOALS[name],
        }
        print(
            f"{name:9} render {render_seconds:6.2f}s  total {total:6.2f}s  "
            f"({total / compose_seconds:.1f}x compose alone; goal under {GOALS[name]}s)"
        )
    path = write_results(
        "briefing",
        {
            "reviews": briefing.searched,
            "selected": briefing.selected,
            "compose_seconds": compose_seconds,
            "formats": results,
        },
    )
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
