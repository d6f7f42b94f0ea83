"""PDF reader on pypdfium2: page-aware text lines, with encrypted, corrupt and scanned files told apart."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium

from casebrief.errors import ReadError
from casebrief.model import Document, RawPage
from casebrief.readers import ocr

# Fewer visible characters than this per page on average means there is no usable text layer.
MIN_CHARS_PER_PAGE = 40


def read_pdf(
    path: Path, ocr_mode: str = "auto", page_timeout: float = ocr.DEFAULT_PAGE_TIMEOUT
) -> Document:
    """Text from the PDF's text layer; a scanned PDF (no text layer) is read with OCR when
    `ocr_mode` allows it (auto: if Tesseract is installed; always; never)."""
    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        text = str(exc).lower()
        if "password" in text or "security" in text:
            raise ReadError(
                f"{path}: the PDF is encrypted and needs a password; "
                "save an unprotected copy and ingest that."
            ) from exc
        raise ReadError(
            f"{path}: the PDF is damaged or truncated and cannot be opened ({exc})."
        ) from exc
    try:
        n_pages = len(pdf)
        if n_pages == 0:
            raise ReadError(f"{path}: the PDF has no pages.")
        pages: list[RawPage] = []
        visible = 0
        for index in range(n_pages):
            page = pdf[index]
            try:
                textpage = page.get_textpage()
                try:
                    raw = textpage.get_text_range()
                finally:
                    textpage.close()
            finally:
                page.close()
            lines = raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")
            visible += sum(len(line.strip()) for line in lines)
            pages.append(RawPage(number=index + 1, lines=lines))
        if visible < MIN_CHARS_PER_PAGE * n_pages and visible < 2000:
            pages = _ocr_pages(path, pdf, pages, ocr_mode, page_timeout, visible)
        title = (pdf.get_metadata_value("Title") or "").strip() or None
    except pdfium.PdfiumError as exc:
        raise ReadError(f"{path}: the PDF is damaged and its text cannot be read ({exc}).") from exc
    finally:
        pdf.close()
    return Document(path=str(path), format="pdf", pages=pages, title_hint=title)


def _ocr_pages(
    path: Path, pdf, pages: list[RawPage], mode: str, timeout: float, visible: int
) -> list[RawPage]:
    """The scanned pages read with OCR; pages that have a text layer keep it."""
    scanned = (
        f"{path}: no text layer ({visible} characters on {len(pages)} pages); it looks scanned"
    )
    if mode == "never":
        raise ReadError(
            f"{scanned}. Ingest it with --ocr auto to read it with OCR.", status="needs_ocr"
        )
    why_not = ocr.missing()
    if why_not:
        raise ReadError(f"{scanned} and needs OCR, but {why_not}.", status="needs_ocr")
    out = []
    for raw in pages:
        if sum(len(line.strip()) for line in raw.lines) >= MIN_CHARS_PER_PAGE:
            out.append(raw)
            continue
        try:
            read = ocr.ocr_pdf_page(pdf, raw.number - 1, timeout)
        except ocr.OcrError as exc:
            raise ReadError(
                f"{path}: page {raw.number}: {exc}; nothing from this file was stored. "
                "Try again with a longer --ocr-timeout, or check the scan.",
                status="failed",
            ) from exc
        out.append(RawPage(raw.number, read.lines, ocr_confidence=read.confidence))
    if not any(line.strip() for page in out for line in page.lines):
        raise ReadError(
            f"{path}: OCR found no text on any of its {len(out)} pages; the scan may be blank or "
            "unreadable.",
            status="failed",
        )
    return out
