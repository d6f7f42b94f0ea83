"""PDF reader on pypdfium2: page-aware text lines, with encrypted, corrupt and scanned files told apart."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium

from casebrief.errors import ReadError
from casebrief.model import Document, RawPage

# Fewer visible characters than this per page on average means there is no usable text layer.
MIN_CHARS_PER_PAGE = 40


def read_pdf(path: Path) -> Document:
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
            raise ReadError(
                f"{path}: no text layer ({visible} characters on {n_pages} pages); "
                "it looks scanned and needs OCR before it can be ingested.",
                status="needs_ocr",
            )
        title = (pdf.get_metadata_value("Title") or "").strip() or None
    except pdfium.PdfiumError as exc:
        raise ReadError(f"{path}: the PDF is damaged and its text cannot be read ({exc}).") from exc
    finally:
        pdf.close()
    return Document(path=str(path), format="pdf", pages=pages, title_hint=title)
