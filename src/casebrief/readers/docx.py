"""DOCX reader: paragraphs and table rows in document order; explicit page breaks give page numbers."""

from __future__ import annotations

import zipfile
from pathlib import Path

from docx import Document as open_docx
from docx.oxml.ns import qn
from lxml import etree

from casebrief.errors import ReadError
from casebrief.model import Document, RawPage
from casebrief.readers.emphasis import bold_line_is_heading
from casebrief.readers.rows import is_column_heads, row_line


def read_docx(path: Path) -> Document:
    try:
        doc = open_docx(str(path))
    except (zipfile.BadZipFile, KeyError, ValueError, etree.XMLSyntaxError) as exc:
        raise ReadError(
            f"{path}: the Word document is damaged and cannot be opened ({exc})."
        ) from exc
    except Exception as exc:  # python-docx raises assorted errors on malformed parts
        raise ReadError(
            f"{path}: not a readable Word document ({type(exc).__name__}: {exc})."
        ) from exc

    pages = [RawPage(number=1, lines=[])]
    for element in doc.element.body.iterchildren():
        if element.tag == qn("w:p"):
            _add_paragraph(element, pages)
        elif element.tag == qn("w:tbl"):
            rows = [
                [_text(cell) for cell in row.iter(qn("w:tc"))] for row in element.iter(qn("w:tr"))
            ]
            for index, cells in enumerate(rows):
                if not (line := row_line(cells)):
                    continue
                if index == 0 and len(rows) > 1 and is_column_heads(cells):
                    pages[-1].column_heads.add(len(pages[-1].lines))
                pages[-1].lines.append(line)
    title = (doc.core_properties.title or "").strip() or _styled_title(pages) or None
    return Document(path=str(path), format="docx", pages=pages, title_hint=title)


def _styled_title(pages: list[RawPage]) -> str | None:
    """The first paragraph in Word's Title style (the top heading level): the author's own
    title, when the document's properties give none (most reports leave them empty)."""
    for page in pages:
        for index, level in sorted(page.heading_levels.items()):
            if level == 1:
                return " ".join(page.lines[index].split())
    return None


def _add_paragraph(element, pages: list[RawPage]) -> None:
    ppr = element.find(qn("w:pPr"))
    if ppr is not None and ppr.find(qn("w:pageBreakBefore")) is not None and pages[-1].lines:
        pages.append(RawPage(number=len(pages) + 1, lines=[]))
    style = ""
    if ppr is not None and (pstyle := ppr.find(qn("w:pStyle"))) is not None:
        style = pstyle.get(qn("w:val"), "")
    # a heading typed in bold in the body style, as many reports set them
    bold = not style and _all_bold(element)
    parts: list[str] = []
    for node in element.iter(qn("w:t"), qn("w:br"), qn("w:tab")):
        if node.tag == qn("w:t"):
            parts.append(node.text or "")
        elif node.tag == qn("w:tab"):
            parts.append(" ")
        elif node.get(qn("w:type")) == "page":
            _flush(parts, style, bold, pages)
            parts = []
            pages.append(RawPage(number=len(pages) + 1, lines=[]))
        else:
            parts.append(" ")
    _flush(parts, style, bold, pages)


def _flush(parts: list[str], style: str, bold: bool, pages: list[RawPage]) -> None:
    text = "".join(parts).strip()
    if not text:
        return
    if style.lower().startswith(("heading", "title")) or (bold and bold_line_is_heading(text)):
        pages[-1].headings.add(len(pages[-1].lines))
        if level := _heading_level(style):
            pages[-1].heading_levels[len(pages[-1].lines)] = level
    pages[-1].lines.append(text)


def _all_bold(paragraph) -> bool:
    """Every run with text is bold (the run's own <w:b/>, not switched off)."""
    runs = [
        r
        for r in paragraph.iter(qn("w:r"))
        if "".join(t.text or "" for t in r.iter(qn("w:t"))).strip()
    ]
    if not runs:
        return False
    for run in runs:
        rpr = run.find(qn("w:rPr"))
        b = rpr.find(qn("w:b")) if rpr is not None else None
        if b is None or b.get(qn("w:val"), "true").lower() in {"0", "false", "off"}:
            return False
    return True


def _heading_level(style: str) -> int | None:
    """Word's "Title" is the top level, "Heading 1" the next; a style with no number, none."""
    if style.lower().startswith("title"):
        return 1
    digits = "".join(ch for ch in style if ch.isdigit())
    return int(digits) + 1 if digits else None


def _text(element) -> str:
    return " ".join(
        "".join(t.text or "" for t in p.iter(qn("w:t"))) for p in element.iter(qn("w:p"))
    ).strip()
