"""DOCX reader: paragraphs and table rows in document order; explicit page breaks give page numbers."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from docx import Document as open_docx
from docx.oxml.ns import qn
from lxml import etree

from casebrief.errors import ReadError
from casebrief.model import Document, RawPage
from casebrief.readers.emphasis import bold_line_is_heading
from casebrief.readers.rows import is_caption, is_column_heads, row_line
from casebrief.readers.type_headings import LineType, set_as_heading
from casebrief.readers.word_styles import WordStyles, paragraph_level, run_size


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
    _add_blocks(doc.element.body, pages, WordStyles(doc.styles.element))
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


def _add_blocks(parent, pages: list[RawPage], styles: WordStyles) -> None:
    """The paragraphs and tables of the document's body, a content control or a text box, in
    order."""
    for element in parent.iterchildren():
        if element.tag == qn("w:p"):
            _add_paragraph(element, pages, styles)
        elif element.tag == qn("w:tbl"):
            rows = [list(_children(row, qn("w:tc"))) for row in _children(element, qn("w:tr"))]
            leading = True  # only titles read so far: the next row may name the columns
            for index, cells in enumerate(rows):
                texts = [_text(cell) for cell in cells]
                if not (line := row_line(texts)):
                    continue
                title = _merged_across(cells) and is_caption(line)
                heads = leading and index + 1 < len(rows) and is_column_heads(texts)
                if title or heads:
                    pages[-1].column_heads.add(len(pages[-1].lines))
                leading = leading and title
                pages[-1].lines.append(line)
        elif element.tag != _FALLBACK:
            # A content control (a cover page, a contents list) or custom markup round paragraphs:
            # its paragraphs and tables, in place.
            _add_blocks(element, pages, styles)


# A text box (Word covers set their title and partnership in them) holds paragraphs of its own;
# Word writes each shape twice, as drawing and as a fallback picture for older readers.
_TEXT_BOX = qn("w:txbxContent")
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


_NOT_ROUND_CELLS = {qn("w:tbl"), qn("w:tc"), qn("w:p"), _TEXT_BOX, _FALLBACK}


# Word's styles for a contents list's entries ("TOC 1" to "TOC 9"; LibreOffice's "Contents 1").
_CONTENTS_ENTRY = re.compile(r"^(?:toc|contents)\s?\d$", re.I)


def _own(element, *tags: str):
    """The element's descendants with these tags, in order, leaving out what is inside its text
    boxes and the fallback copies of its shapes."""
    if next(element.iter(_TEXT_BOX, _FALLBACK), None) is None:
        return element.iterdescendants(*tags)  # most paragraphs hold neither
    return _walk(element, tags)


def _walk(element, tags: tuple[str, ...]):
    for child in element.iterchildren():
        if child.tag in tags:
            yield child
        if child.tag not in (_TEXT_BOX, _FALLBACK):
            yield from _walk(child, tags)


def _children(element, tag: str):
    """A table's rows or a row's cells: its children with this tag, also inside a content
    control round them, but not those of a table nested in a cell (read with the cell's text)."""
    for child in element.iterchildren():
        if child.tag == tag:
            yield child
        elif child.tag not in _NOT_ROUND_CELLS:
            yield from _children(child, tag)


def _merged_across(cells: list) -> bool:
    """A row of a single cell spanning two or more of the table's columns."""
    if len(cells) != 1:
        return False
    span = cells[0].find(f"{qn('w:tcPr')}/{qn('w:gridSpan')}")
    value = "" if span is None else span.get(qn("w:val"), "")
    return value.isdigit() and int(value) >= 2


def _text_boxes(element):
    """The text boxes anchored in a paragraph (each once: not their fallback copies)."""
    for child in element.iterchildren():
        if child.tag == _TEXT_BOX:
            yield child
        elif child.tag != _FALLBACK:
            yield from _text_boxes(child)


def _add_paragraph(element, pages: list[RawPage], styles: WordStyles) -> None:
    for box in _text_boxes(element):
        _add_blocks(box, pages, styles)
    ppr = element.find(qn("w:pPr"))
    if ppr is not None and ppr.find(qn("w:pageBreakBefore")) is not None and pages[-1].lines:
        pages.append(RawPage(number=len(pages) + 1, lines=[]))
    style = ""
    if ppr is not None and (pstyle := ppr.find(qn("w:pStyle"))) is not None:
        style = pstyle.get(qn("w:val"), "")
    if _CONTENTS_ENTRY.match(style):
        return  # a contents list's entry: navigation, repeating a heading and its page
    level = paragraph_level(ppr)
    if level is None and style:
        level = styles.level(style)
    # A heading typed in the body style, in bold or larger, as many reports set them.
    typed = _typed(element, styles) if level is None and style in {"", styles.default} else None
    parts: list[str] = []
    for node in _own(element, qn("w:t"), qn("w:br"), qn("w:tab")):
        if node.tag == qn("w:t"):
            parts.append(node.text or "")
        elif node.tag == qn("w:tab"):
            parts.append(" ")
        elif node.get(qn("w:type")) == "page":
            _flush(parts, level, typed, styles, pages)
            parts = []
            pages.append(RawPage(number=len(pages) + 1, lines=[]))
        else:
            parts.append(" ")
    _flush(parts, level, typed, styles, pages)


def _flush(
    parts: list[str],
    level: int | None,
    typed: LineType | None,
    styles: WordStyles,
    pages: list[RawPage],
) -> None:
    """Add the paragraph's text as a line: a heading when its style or outline level says so
    (with its level), or when it is typed as one (see _is_typed_heading)."""
    text = "".join(parts).strip()
    if not text:
        return
    if level is not None or _is_typed_heading(typed, text, styles):
        pages[-1].headings.add(len(pages[-1].lines))
        if level:
            pages[-1].heading_levels[len(pages[-1].lines)] = level
    pages[-1].lines.append(text)


def _typed(paragraph, styles: WordStyles) -> LineType | None:
    """How a paragraph in the body style is typed: the smallest size its text runs are set in,
    and whether all of them are bold; None without text."""
    runs = [
        r
        for r in _own(paragraph, qn("w:r"))
        if "".join(t.text or "" for t in _own(r, qn("w:t"))).strip()
    ]
    if not runs:
        return None
    size = min(run_size(run) or styles.body_size or 0.0 for run in runs)
    return LineType(size, _all_bold(runs))


def _is_typed_heading(typed: LineType | None, text: str, styles: WordStyles) -> bool:
    """A short line, no sentence, typed larger than the body or in bold (the rule PDFs' type is
    read by); in bold only where the document gives no body size."""
    if typed is None:
        return False
    if styles.body_size:
        return set_as_heading(typed, text, LineType(styles.body_size, False))
    return typed.bold and bold_line_is_heading(text)


def _all_bold(runs) -> bool:
    """Every run is bold (the run's own <w:b/>, not switched off)."""
    for run in runs:
        rpr = run.find(qn("w:rPr"))
        b = rpr.find(qn("w:b")) if rpr is not None else None
        if b is None or b.get(qn("w:val"), "true").lower() in {"0", "false", "off"}:
            return False
    return True


def _text(element) -> str:
    """A table cell's text: its paragraphs, and the text boxes anchored in them, joined by
    spaces."""
    parts: list[str] = []
    for paragraph in _own(element, qn("w:p")):
        parts += [_text(box) for box in _text_boxes(paragraph)]
        parts.append("".join(t.text or "" for t in _own(paragraph, qn("w:t"))))
    return " ".join(part for part in parts if part).strip()
