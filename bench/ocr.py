"""OCR throughput: scanned reports ingested by casebrief (render, OCR, clean, store) on 2 worker
processes, against the tesseract command alone on the same page images in the same run (one
process at a time, and two at once)."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from common import write_results

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from casebrief.config import database_url
from casebrief.ingest import ingest
from casebrief.readers.ocr import DPI, tesseract_command
from casebrief.store import Store
from tests.helpers import make_image_pdf

LINES = [
    "3.4 The school nurse saw Child R on four occasions between March and June.",
    "She recorded that Child R was tired and withdrawn and spent her evenings online.",
    "No one asked who she was talking to or whether anyone had sent her gifts.",
    "The referral to children's social care was closed after a single telephone call.",
] * 6


def page_images(pdfs: list[Path], folder: Path) -> list[Path]:
    import pypdfium2 as pdfium

    images = []
    for pdf_path in pdfs:
        pdf = pdfium.PdfDocument(str(pdf_path))
        for i in range(len(pdf)):
            page = pdf[i]
            out = folder / f"{pdf_path.stem}-{i + 1}.png"
            page.render(scale=DPI / 72).to_pil().save(out)
            page.close()
            images.append(out)
        pdf.close()
    return images


def tesseract_cli(images: list[Path], parallel: int) -> float:
    command = tesseract_command() or "tesseract"
    env = os.environ | {"OMP_THREAD_LIMIT": "1"}

    def run(image: Path) -> None:
        subprocess.run(
            [command, str(image), "-", "-l", "eng", "tsv"], check=True, env=env, capture_output=True
        )

    start = time.perf_counter()
    with ThreadPoolExecutor(parallel) as pool:
        list(pool.map(run, images))
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--files", type=int, default=6)
    parser.add_argument("--pages", type=int, default=4, help="pages per scanned report")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        pdfs = [
            make_image_pdf(
                folder / f"scan-{n}.pdf",
                [[f"Page {p} of report {n}", *LINES] for p in range(args.pages)],
            )
            for n in range(args.files)
        ]
        pages = args.files * args.pages
        store = Store(database_url(folder / "ocr.db"))
        start = time.perf_counter()
        report = ingest(pdfs, store, workers=2)
        casebrief_s = time.perf_counter() - start
        assert report.count("ingested") == args.files, report.outcomes
        images = page_images(pdfs, folder)
        one = tesseract_cli(images, 1)
        two = tesseract_cli(images, 2)
    result = {
        "pages": pages,
        "casebrief_ingest_2_workers_s": round(casebrief_s, 2),
        "casebrief_pages_per_s": round(pages / casebrief_s, 2),
        "tesseract_cli_1_process_pages_per_s": round(pages / one, 2),
        "tesseract_cli_2_processes_pages_per_s": round(pages / two, 2),
    }
    print(f"{pages} scanned pages ({args.files} reports)")
    print(
        f"  casebrief ingest, 2 workers (render + OCR + parse + store): {pages / casebrief_s:.2f} pages/s"
    )
    print(f"  tesseract CLI alone, 1 process:  {pages / one:.2f} pages/s")
    print(
        f"  tesseract CLI alone, 2 processes: {pages / two:.2f} pages/s "
        f"-> casebrief takes {casebrief_s / two:.2f}x the bare OCR time on 2 cores"
    )
    print(f"wrote {write_results('ocr', result)}")


if __name__ == "__main__":
    main()
