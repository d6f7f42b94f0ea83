"""OCR for scanned pages with Tesseract, through pytesseract (a thin, maintained wrapper that
runs the `tesseract` program: nothing to compile, and the Debian packages tesseract-ocr and
tesseract-ocr-eng are all it needs). Each page is rendered with pypdfium2, read with word
confidences, and its lines kept in Tesseract's reading order."""

from __future__ import annotations

import os
import re
import shutil
import statistics
from dataclasses import dataclass, field

OCR_MODES = ("auto", "always", "never")
DPI = 300
LOW_CONFIDENCE = 60.0  # mean word confidence (0-100) under which a page's text is flagged
DEFAULT_PAGE_TIMEOUT = 120.0  # seconds per page
INSTALL_HINT = (
    "install Tesseract (Debian/Ubuntu: sudo apt-get install tesseract-ocr tesseract-ocr-eng) "
    "and ingest the file again"
)


# A word's height on the scan as a share of its type size (the em), as Tesseract boxes the words
# of Helvetica scanned at 200 dpi (a serif face differs by a few hundredths): a word with a
# capital, a digit, an ascender or a dotted letter stands 0.75 of the em tall, one of other
# lower-case letters only 0.59; descenders, commas and brackets add 0.17 below the line.
_TALL = re.compile(r"[A-Z0-9bdfhijklt]")
_DEEP = re.compile(r"[gjpqy,;()\[\]]")
TALL, SHORT, DEEP = 0.75, 0.59, 0.17


@dataclass
class OcrPage:
    lines: list[str]
    confidence: float  # mean word confidence, 0-100
    sizes: list[float | None] = field(default_factory=list)  # per line, see line_size


def line_size(words: list[tuple[str, int, float]], dpi: float) -> float | None:
    """A line's type size in points, from its words' heights in pixels on a scan at `dpi`: each
    word's height over the share of the em its letters span, the middle of them. A scan gives no
    font, so this is what tells a heading set larger from the text under it. Only words read with
    confidence count, and a line with a third or more of its words unsure has no size: where
    Tesseract reads a smudge as letters, their boxes say nothing of the type."""
    read = [(word, height, conf) for word, height, conf in words if any(c.isalnum() for c in word)]
    sure = [(word, height) for word, height, conf in read if conf >= LOW_CONFIDENCE and height > 0]
    if not sure or 3 * len(sure) < 2 * len(read):
        return None
    ems = []
    for word, height in sure:
        share = (TALL if _TALL.search(word) else SHORT) + (DEEP if _DEEP.search(word) else 0)
        ems.append(height / share)
    return round(statistics.median(ems) * 72 / dpi, 1)


class OcrError(Exception):
    """A page could not be read by OCR (timed out, or Tesseract failed)."""


def tesseract_command() -> str | None:
    """The tesseract program to run ($CASEBRIEF_TESSERACT, else the one on PATH), or None."""
    wanted = os.environ.get("CASEBRIEF_TESSERACT") or "tesseract"
    return shutil.which(wanted)


def missing() -> str | None:
    """Why OCR cannot run here, or None when it can."""
    if tesseract_command() is None:
        return f"Tesseract is not installed; {INSTALL_HINT}"
    try:
        import pytesseract  # noqa: F401
    except ImportError:
        return "the pytesseract package is missing; reinstall casebrief (pip install -e .)"
    return None


def ocr_image(image, timeout: float = DEFAULT_PAGE_TIMEOUT, dpi: float = DPI) -> OcrPage:
    """Lines, their type sizes and the mean word confidence of one page image (a PIL image)
    scanned at `dpi`."""
    import pytesseract

    pytesseract.pytesseract.tesseract_cmd = tesseract_command() or "tesseract"
    # One thread per Tesseract: the ingest pool already runs one page per core, and OpenMP
    # threads on top of that only contend.
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    try:
        data = pytesseract.image_to_data(
            image, lang="eng", output_type=pytesseract.Output.DICT, timeout=timeout
        )
    except RuntimeError as exc:  # pytesseract's way of saying the process was killed
        raise OcrError(f"OCR took longer than {timeout:g} s") from exc
    except pytesseract.TesseractError as exc:
        raise OcrError(f"Tesseract failed ({exc.message.strip() or exc.status})") from exc
    lines: dict[tuple[int, int, int], list[tuple[str, int, float]]] = {}
    confidences: list[float] = []
    for i, word in enumerate(data["text"]):
        word = word.strip()
        confidence = float(data["conf"][i])
        if not word or confidence < 0:
            continue
        key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
        lines.setdefault(key, []).append((word, int(data["height"][i]), confidence))
        confidences.append(confidence)
    mean = sum(confidences) / len(confidences) if confidences else 0.0
    return OcrPage(
        [" ".join(word for word, _, _ in words) for words in lines.values()],
        round(mean, 1),
        [line_size(words, dpi) for words in lines.values()],
    )


def ocr_pdf_page(pdf, index: int, timeout: float = DEFAULT_PAGE_TIMEOUT) -> OcrPage:
    """OCR page `index` of an open pypdfium2 document."""
    page = pdf[index]
    try:
        image = page.render(scale=DPI / 72).to_pil()
    finally:
        page.close()
    try:
        return ocr_image(image, timeout, DPI)
    finally:
        image.close()
