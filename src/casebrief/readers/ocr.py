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
    bold: list[bool] = field(default_factory=list)  # per line, see bold_lines


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


# A scan shows weight only as ink: bold type covers more of its words' boxes than the body's. On
# Word reviews printed and scanned (serif and sans, 200 dpi, and 150 dpi blurred and saved as
# JPEG at quality 40), lines in the body's type covered 0.20 to 0.29 of their boxes, up to 1.05
# times the page's usual line; bold headings at the body's size 1.16 to 1.6 times it.
BOLDER = 1.12
INK = 128  # grey level (0-255) under which a pixel is ink
MIN_BODY_WORDS = 4  # a line with fewer sure words does not set the page's usual ink


def bold_lines(inks: list[list[float]]) -> list[bool]:
    """Per line, from the share of each sure word's box that is ink, whether it is set in bold:
    its middle word's share at least BOLDER times that of the page's usual line of text."""
    shares = [statistics.median(line) if line else None for line in inks]
    body = [share for share, line in zip(shares, inks, strict=True) if len(line) >= MIN_BODY_WORDS]
    if not body:
        return [False] * len(inks)
    usual = statistics.median(body)
    return [share is not None and share >= BOLDER * usual for share in shares]


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
    scanned at `dpi`, read the right way up. A page fed into the scanner upside down or turned a
    quarter clockwise reads as nonsense at low confidence; one turned a quarter the other way
    reads well, but its words' heights are their widths, which would make every line a heading.
    Only then is the page's orientation asked for, so an upright page costs nothing more."""
    read, sideways = _read_words(image, timeout, dpi)
    if read.confidence >= LOW_CONFIDENCE and not sideways:
        return read
    turn = _turn_to_upright(image, timeout)
    if not turn:
        return read
    upright = image.rotate(-turn, expand=True)  # PIL turns anticlockwise; Tesseract clockwise
    try:
        again, _ = _read_words(upright, timeout, dpi)
    finally:
        upright.close()
    return again if again.confidence >= read.confidence else read


def _turn_to_upright(image, timeout: float) -> int:
    """Degrees clockwise that turn the page upright by Tesseract's orientation detection (0, 90,
    180 or 270); 0 when it cannot tell. Its confidence is no guide on a short page (1.3 for a
    right answer on two lines): the reading after the turn is kept only if it reads better."""
    import pytesseract

    _use_tesseract()
    try:
        found = pytesseract.image_to_osd(
            image, output_type=pytesseract.Output.DICT, timeout=timeout
        )
    except pytesseract.TesseractError:  # a RuntimeError too, so asked first
        return 0  # too few letters to tell, or no orientation data installed
    except RuntimeError as exc:  # pytesseract's way of saying the process was killed
        raise OcrError(f"OCR took longer than {timeout:g} s") from exc
    return int(found.get("rotate", 0)) % 360


def _use_tesseract() -> None:
    import pytesseract

    pytesseract.pytesseract.tesseract_cmd = tesseract_command() or "tesseract"
    # One thread per Tesseract: the ingest pool already runs one page per core, and OpenMP
    # threads on top of that only contend.
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")


def _read_words(image, timeout: float, dpi: float) -> tuple[OcrPage, bool]:
    """The page as Tesseract reads it as it lies, and whether its words run down the page."""
    import numpy as np
    import pytesseract

    _use_tesseract()
    try:
        data = pytesseract.image_to_data(
            image, lang="eng", output_type=pytesseract.Output.DICT, timeout=timeout
        )
    except pytesseract.TesseractError as exc:  # a RuntimeError too, so caught first
        raise OcrError(f"Tesseract failed ({exc.message.strip() or exc.status})") from exc
    except RuntimeError as exc:  # pytesseract's way of saying the process was killed
        raise OcrError(f"OCR took longer than {timeout:g} s") from exc
    pixels = np.asarray(image.convert("L"))
    lines: dict[tuple[int, int, int], list[tuple[str, int, float]]] = {}
    inks: dict[tuple[int, int, int], list[float]] = {}
    confidences: list[float] = []
    boxes: list[tuple[int, int]] = []  # (width, height) of words of four letters or more
    for i, word in enumerate(data["text"]):
        word = word.strip()
        confidence = float(data["conf"][i])
        if not word or confidence < 0:
            continue
        key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
        left, top, width, height = (int(data[k][i]) for k in ("left", "top", "width", "height"))
        lines.setdefault(key, []).append((word, height, confidence))
        inks.setdefault(key, [])
        if confidence >= LOW_CONFIDENCE and width > 0 and height > 0 and _has_letter(word):
            box = pixels[top : top + height, left : left + width]
            inks[key].append(float((box < INK).mean()))
        confidences.append(confidence)
        if sum(c.isalnum() for c in word) >= 4:
            boxes.append((width, height))
    mean = sum(confidences) / len(confidences) if confidences else 0.0
    page = OcrPage(
        [" ".join(word for word, _, _ in words) for words in lines.values()],
        round(mean, 1),
        [line_size(words, dpi) for words in lines.values()],
        bold_lines(list(inks.values())),
    )
    sideways = len(boxes) >= 3 and 2 * sum(height > width for width, height in boxes) > len(boxes)
    return page, sideways


def _has_letter(word: str) -> bool:
    return any(c.isalpha() for c in word)


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
