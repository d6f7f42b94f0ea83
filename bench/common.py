"""Helpers shared by the benchmarks: a generated PDF corpus, peak memory, JSON output."""

from __future__ import annotations

import dataclasses
import json
import platform
import resource
import string
import time
from pathlib import Path

from casebrief.sample.compose import compose
from casebrief.sample.render import render_pdf
from casebrief.sample.specs import SPECS

RESULTS = Path(__file__).parent / "results"


def generated_pdf_corpus(target: Path, min_pages: int) -> list[Path]:
    """Variants of the sample reviews (other children, years, wording order) as PDFs until the
    corpus has at least `min_pages` pages. Reuses files from an earlier run."""
    import pypdfium2 as pdfium

    target.mkdir(parents=True, exist_ok=True)
    files: list[Path] = []
    pages = 0
    copy = 0
    while pages < min_pages:
        for spec in SPECS:
            letter = string.ascii_uppercase[copy % 26]
            variant = dataclasses.replace(
                spec,
                key=f"{spec.key}-v{copy}",
                child=f"Child {letter}{copy}",
                year=spec.year - copy % 5,
                format="pdf",
            )
            out = target / f"{variant.key}.pdf"
            if not out.exists():
                render_pdf(compose(variant), out)
            with pdfium.PdfDocument(str(out)) as pdf:
                pages += len(pdf)
            files.append(out)
            if pages >= min_pages:
                break
        copy += 1
    return files


def peak_rss_mb() -> float:
    """Peak resident memory of this process and its finished children, in MiB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def write_results(name: str, data: dict) -> Path:
    RESULTS.mkdir(parents=True, exist_ok=True)
    data = {
        "benchmark": name,
        "when": time.strftime("%Y-%m-%dT%H:%M:%S"),
        "python": platform.python_version(),
        **data,
    }
    path = RESULTS / f"{name}.json"
    path.write_text(json.dumps(data, indent=2) + "\n")
    return path
