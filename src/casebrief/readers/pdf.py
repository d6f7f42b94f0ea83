"""PDF reader on pypdfium2: page-aware text lines, with encrypted, corrupt and scanned files told apart."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_raw

from casebrief.errors import ReadError
from casebrief.model import Document, RawPage
from casebrief.readers import ocr
from casebrief.readers.pdf_fonts import line_types, lines_at
from casebrief.readers.pdf_tables import (
    Run,
    continues_row,
    find_tables,
    join_cells,
    page_runs,
    runs_to_foot,
)
from casebrief.readers.rows import row_line
from casebrief.readers.type_headings import (
    SCANNED,
    TEXT_LAYER,
    LineType,
    TypeReading,
    body_type,
    heading_levels,
    heading_runs,
)
from casebrief.text.clean import furniture_key

# Fewer visible characters than this per page on average means there is no usable text layer.
MIN_CHARS_PER_PAGE = 40
# A line among the first or last two of three pages or more is a running header or footer, in
# whatever type it is set.
RUNNING_EDGE = 2
RUNNING_PAGES = 3


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
        unmapped: list[int] = []  # pages whose text layer gives no letters
        pictured: list[int] = []  # pages of a typed report that are scans
        read: _PageText | None = None
        types: list[list[LineType | None]] = []
        for index in range(n_pages):
            page = pdf[index]
            try:
                textpage = page.get_textpage()
                try:
                    carried = read.carry if read else None  # a table that may run on
                    before, read = read, _page_lines(textpage, page.get_height(), carried)
                finally:
                    textpage.close()
                if is_scanned_page(page, read.lines):
                    pictured.append(index + 1)
            finally:
                page.close()
            if before and before.last_row and read.first_row:
                _mend_cut_row(before, read)
            if unmapped_text(read.lines):
                unmapped.append(index + 1)
                read.lines = [""] * len(read.lines)  # read as a scan, as if it had no text
                read.types = [None] * len(read.lines)
            visible += _visible(read.lines)
            pages.append(RawPage(number=index + 1, lines=read.lines, column_heads=read.heads))
            types.append(read.types)
        _mark_headings(pages, types)
        warnings: list[str] = []
        scanned = visible < MIN_CHARS_PER_PAGE * n_pages and visible < 2000
        unread = sorted({*unmapped, *pictured})
        if scanned:
            pages = _ocr_pages(path, pdf, pages, ocr_mode, page_timeout, visible, len(unmapped))
        elif unread and (why_not := _no_ocr(ocr_mode)):
            warnings.append(_unread_warning(path, unread, unmapped, why_not))
        elif unread:
            pages = _ocr_pages(path, pdf, pages, ocr_mode, page_timeout, visible, only=set(unread))
        title = (pdf.get_metadata_value("Title") or "").strip() or None
    except pdfium.PdfiumError as exc:
        raise ReadError(f"{path}: the PDF is damaged and its text cannot be read ({exc}).") from exc
    finally:
        pdf.close()
    return Document(path=str(path), format="pdf", pages=pages, title_hint=title, warnings=warnings)


# A page of a typed report with less text than a page of text has, most of it under one image:
# a page scanned into the report (a signed letter, an appendix, a page scanned back in).
SCAN_COVER = 0.5


def is_scanned_page(page: pdfium.PdfPage, lines: list[str]) -> bool:
    """Whether the page is an image of a page rather than text (looked for only on pages with
    almost no text, so a report's photographs and charts beside its text are never OCR'd)."""
    if _visible(lines) >= MIN_CHARS_PER_PAGE:
        return False
    width, height = page.get_size()
    for image in page.get_objects(filter=[pdfium_raw.FPDF_PAGEOBJ_IMAGE], max_depth=3):
        left, bottom, right, top = image.get_bounds()
        if (right - left) * (top - bottom) >= SCAN_COVER * width * height:
            return True
    return False


def _no_ocr(mode: str) -> str | None:
    """Why pages that need OCR cannot have it in this run, or None when they can."""
    if mode == "never":
        return "OCR was turned off (--ocr never)"
    return ocr.missing()


def _unread_warning(path: Path, unread: list[int], unmapped: list[int], why_not: str) -> str:
    what = (
        "the text layer gives no letters"
        if set(unread) <= set(unmapped)
        else "scanned"
        if not unmapped
        else "scanned, or a text layer that gives no letters"
    )
    them = "it" if len(unread) == 1 else "them"
    if why_not.startswith("OCR was turned off"):
        why_not += f"; ingest the file again with --ocr auto to read {them}"
    elif "ingest" not in why_not:
        why_not += f"; then ingest the file again to read {them}"
    if len(unread) == 1:
        pages = f"page {unread[0]} was"
    else:
        pages = f"pages {', '.join(str(n) for n in unread[:-1])} and {unread[-1]} were"
    return f"{path}: {pages} not read ({what}): {why_not}."


# Characters a text layer gives for glyphs its font does not map to letters (a font without its
# ToUnicode table): control characters and private-use code points. pdfium's own marker for a
# hyphen at a line break (\x02) and a Symbol-font bullet (\uf0b7) are letters' company.
# (Tabs, line breaks and the other control characters Python counts as spaces are not counted.)
_UNMAPPED = re.compile("[\x00\x01\x03-\x08\x0e-\x1b\ue000-\uf0b6\uf0b8-\uf8ff\ufffd]")
_MARKERS = {"\x02", "\ufffe", "\uf0b7"}
UNMAPPED_SHARE = 0.3  # of a page's characters, from which its text layer is unreadable


def unmapped_text(lines: list[str]) -> bool:
    """Whether a page's text layer gives glyph numbers rather than letters."""
    text = "".join(lines)
    if not _UNMAPPED.search(text):
        return False  # the common case, decided without counting
    chars = [ch for ch in text if not ch.isspace() and ch not in _MARKERS]
    if len(chars) < MIN_CHARS_PER_PAGE:
        return False
    return len(_UNMAPPED.findall(text)) > UNMAPPED_SHARE * len(chars)


@dataclass(slots=True)
class _PageText:
    """A page's lines, with what the next page needs to carry on a table that runs on to it."""

    lines: list[str]
    heads: set[int]  # indexes of the lines that are a table's column heads
    carry: tuple[Run, ...] | None  # the columns of a table that may run on to the next page
    last_row: tuple[int, list[str]] | None  # that table's last row: its line's index, its cells
    first_row: tuple[int, list[str]] | None  # the first row of a table run on to the page
    types: list[LineType | None] = field(default_factory=list)  # how each line is set
    turned: set[int] = field(default_factory=set)  # lines set at an angle (see line_types)


def _page_lines(textpage, height: float, carried: tuple[Run, ...] | None) -> _PageText:
    """The page's lines in the text layer's order, with each table that has a row of column
    heads, or runs on from the page before under `carried` heads, read row by row in its place
    (see pdf_tables)."""
    runs = page_runs(textpage, carried)
    tables = find_tables(runs, carried)
    spans = []
    for table in tables:
        span = _char_span(textpage, table.runs)
        if span is not None:
            spans.append((span, table))
    last = tables[-1] if tables else None
    carry = last.columns if last and runs_to_foot(last, runs, height) else None
    read = _PageText([], set(), carry, None, None)
    lines = read.lines
    at = 0
    for (start, end), table in sorted(spans, key=lambda item: item[0]):
        if start < at:
            continue  # tables whose text is interleaved: leave the later one as it reads
        if start > at:
            _add_text(read, textpage, at, textpage.get_text_range(at, start - at))
        if table.heads is not None:
            read.heads.add(len(lines))
            lines += [table.heads, ""]
        elif table.rows:
            read.first_row = (len(lines), table.rows[0])
        for cells in table.rows:
            lines += [row_line(cells), ""]
        if table is last and carry and table.rows:
            read.last_row = (len(lines) - 2, table.rows[-1])
        read.types += [None] * (len(lines) - len(read.types))
        at = end + 1
    if at < textpage.count_chars() or not at:
        _add_text(read, textpage, at, textpage.get_text_range(at))
    _drop_turned(read)
    return read


def _add_text(read: _PageText, textpage, at: int, text: str) -> None:
    """The text layer's lines from character `at` on, with how each is set."""
    lines = lines_at(text)
    types, turned = line_types(textpage, at, lines)
    read.turned |= {len(read.lines) + i for i in turned}
    read.lines += [line for _, line in lines]
    read.types += types


def _drop_turned(read: _PageText) -> None:
    """A page's few lines set at an angle are a watermark or a margin label, not its text: left
    in, a watermark set large and bold opens a section of its own on every page. A page whose
    text is mostly turned (drawn turned and shown rotated) keeps it all."""
    written = sum(1 for line in read.lines if line.strip())
    if not read.turned or 2 * len(read.turned) >= written:
        return
    for i in read.turned:
        read.lines[i] = ""
        read.types[i] = None


def _mark_headings(
    pages: list[RawPage], types: list[list[LineType | None]], reading: TypeReading = TEXT_LAYER
) -> None:
    """Mark the lines set as headings (see type_headings), against how the document's body is set,
    each with its level by its type (see heading_levels) where the sizes are exact."""
    body = body_type(types, [page.lines for page in pages])
    running = _running_lines(pages)
    found: list[tuple[RawPage, int, LineType]] = []
    for page, page_types in zip(pages, types, strict=True):
        for first, last in heading_runs(page.lines, page_types, body, reading):
            if any(i in page.column_heads for i in range(first, last + 1)):
                continue
            if furniture_key(page.lines[first].strip()) in running:
                continue  # a running header or footer set in bold or large: furniture
            page.lines[last] = " ".join(line.strip() for line in page.lines[first : last + 1])
            page.lines[first:last] = [""] * (last - first)
            page.headings.add(last)
            found.append((page, last, page_types[first]))
    if not reading.levels:
        return
    levels = heading_levels([kind for _, _, kind in found])
    for page, index, kind in found:
        page.heading_levels[index] = levels[kind]


def _running_lines(pages: list[RawPage]) -> set[str]:
    """Lines at the top or foot of three pages or more, as they repeat (see furniture_key)."""
    seen: Counter[str] = Counter()
    for page in pages:
        filled = [i for i, line in enumerate(page.lines) if line.strip()]
        edges = set(filled[:RUNNING_EDGE] + filled[-RUNNING_EDGE:])
        seen.update({furniture_key(page.lines[i].strip()) for i in edges})
    return {key for key, pages_with_it in seen.items() if pages_with_it >= RUNNING_PAGES}


def _mend_cut_row(before: _PageText, after: _PageText) -> None:
    """A row the page break cut (see `continues_row`), read whole where it starts: each cell's
    end on the next page joined to its start (Word and LibreOffice let a row break across pages
    by default; cell by cell, "Children's social" / "care" and the event's halves are each one
    text)."""
    at, cells = before.last_row
    cut_at, rest = after.first_row
    if continues_row(cells, rest):
        before.lines[at] = row_line(join_cells(cells, rest))
        after.lines[cut_at] = ""


def _char_span(textpage, runs) -> tuple[int, int] | None:
    """The first and last characters of the runs in the text layer's order, when the runs are
    all of that stretch of text (no other text interleaved); None otherwise."""
    ends = []
    chars = textpage.count_chars()
    for run in runs:
        middle = (run.top + run.bottom) / 2
        first = _char_at(textpage, [run.left + 1.0 + step for step in range(0, 16, 2)], middle)
        last = _char_at(textpage, [run.right - 1.0 - step for step in range(0, 16, 2)], middle)
        if first is None or last is None:
            return None
        while first > 0 and _inside(textpage.get_charbox(first - 1), run):
            first -= 1
        while last + 1 < chars and _inside(textpage.get_charbox(last + 1), run):
            last += 1
        ends += [first, last]
    start, end = min(ends), max(ends)
    if textpage.count_rects(start, end - start + 1) != len(runs):
        return None
    return start, end


def _char_at(textpage, xs: list[float], y: float) -> int | None:
    """The index of the first character found at one of the points, trying them in turn."""
    for x in xs:
        index = textpage.get_index(x, y, 1.0, 1.0)
        if index is not None and index >= 0:
            return index
    return None


def _visible(lines: list[str]) -> int:
    return sum(len(line.strip()) for line in lines)


def _inside(box: tuple[float, float, float, float], run) -> bool:
    """Whether a character's box has its centre in the run's rectangle (a narrow full stop
    the point search passes over still belongs to its run)."""
    left, bottom, right, top = box
    x, y = (left + right) / 2, (bottom + top) / 2
    return run.left - 0.5 <= x <= run.right + 0.5 and run.bottom - 0.5 <= y <= run.top + 0.5


def _ocr_pages(
    path: Path,
    pdf,
    pages: list[RawPage],
    mode: str,
    timeout: float,
    visible: int,
    unreadable: int = 0,
    only: set[int] | None = None,
) -> list[RawPage]:
    """The scanned pages read with OCR; pages that have a text layer keep it. `unreadable`
    pages had one that gives no letters (see `unmapped_text`). `only`: the page numbers to read
    in a typed report with some pages scanned; by default every page without text."""
    scanned = (
        f"{path}: the text layer of {unreadable} of its {len(pages)} pages gives no letters "
        "(its fonts do not say which letter each character is), so it must be read as a scan"
        if unreadable
        else f"{path}: no text layer ({visible} characters on {len(pages)} pages); it looks scanned"
    )
    if mode == "never":
        raise ReadError(
            f"{scanned}. Ingest it with --ocr auto to read it with OCR.", status="needs_ocr"
        )
    why_not = ocr.missing()
    if why_not:
        raise ReadError(f"{scanned} and needs OCR, but {why_not}.", status="needs_ocr")
    out = []
    scans: list[RawPage] = []
    scan_types: list[list[LineType | None]] = []
    for raw in pages:
        if (
            (raw.number not in only)
            if only is not None
            else _visible(raw.lines) >= MIN_CHARS_PER_PAGE
        ):
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
        scans.append(RawPage(raw.number, read.lines, ocr_confidence=read.confidence))
        scan_types.append(
            [
                LineType(size, bold) if size else None
                for size, bold in zip(read.sizes, read.bold, strict=True)
            ]
        )
        out.append(scans[-1])
    if not any(line.strip() for page in out for line in page.lines):
        raise ReadError(
            f"{path}: OCR found no text on any of its {len(out)} pages; the scan may be blank or "
            "unreadable.",
            status="failed",
        )
    _mark_headings(scans, scan_types, SCANNED)
    return out
