"""One reader per format. Each returns the same `Document`; `read_document` picks the reader."""

from __future__ import annotations

from pathlib import Path

from casebrief.errors import ReadError
from casebrief.model import Document
from casebrief.readers.detect import detect_format

SUPPORTED_SUFFIXES = {".pdf", ".docx", ".html", ".htm", ".txt", ".md", ".markdown", ".text"}

# Text formats that are never a report, skipped even when named explicitly. Any other name is
# tried by content, so that "review" or "review.TXT" still reads.
NOT_REPORT_SUFFIXES = {
    ".json",
    ".jsonl",
    ".py",
    ".csv",
    ".tsv",
    ".xml",
    ".yaml",
    ".yml",
    ".toml",
    ".ini",
    ".cfg",
    ".js",
    ".css",
    ".sql",
    ".sh",
    ".log",
}


def read_document(
    path: str | Path, ocr_mode: str = "auto", ocr_timeout: float | None = None
) -> Document:
    """Read any supported file; raise ReadError naming the file and the problem. Scanned PDFs
    are read with OCR as `ocr_mode` says (auto, always, never)."""
    path = Path(path)
    fmt = detect_format(path)
    if fmt == "pdf":
        from casebrief.readers.ocr import DEFAULT_PAGE_TIMEOUT
        from casebrief.readers.pdf import read_pdf

        doc = read_pdf(path, ocr_mode, ocr_timeout or DEFAULT_PAGE_TIMEOUT)
    elif fmt == "docx":
        from casebrief.readers.docx import read_docx

        doc = read_docx(path)
    elif fmt == "html":
        from casebrief.readers.html import read_html

        doc = read_html(path)
    else:
        from casebrief.readers.text import read_text

        doc = read_text(path)
    if not any(line.strip() for page in doc.pages for line in page.lines):
        raise ReadError(f"{path}: the {fmt.upper()} file contains no text.", status="failed")
    return doc
