"""HTML reader: the article text only, without navigation, scripts, forms or page furniture
(a box of prose inside the article is text, a sidebar is not).
A folding section's <summary>, or an accordion's button above its panel, is its heading, as is an
element marked for screen readers as one (role="heading" with its aria-level), and a
definition list's term and description are one line ("Published: 9 September 2026"), as a reader
sees them side by side. A table that lays out the page (a cell of links beside a cell of headings
and paragraphs, as older partnership sites are built) is read as the page it holds, not as a
row of a table. The lines a site sets under every page ("Share this page on Facebook",
"This page was last updated on 2 October 2026", "Back to top") are not the review's text."""

from __future__ import annotations

import re
from pathlib import Path

import lxml.html
from lxml import etree

from casebrief.errors import ReadError
from casebrief.model import Document, RawPage
from casebrief.readers.emphasis import bold_line_is_heading
from casebrief.readers.rows import is_caption, is_column_heads, row_line
from casebrief.text.web_print import is_breadcrumb

_DROP = (
    "script",
    "style",
    "noscript",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "iframe",
    "button",
    "svg",
    "template",
    "select",
    # a figure's caption labels a picture ("Figure 1: the three months before R told her
    # tutor") or names whom a quotation is from: no sentence of the review
    "figcaption",
)
_BLOCKS = {
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "p",
    "li",
    "blockquote",
    "pre",
    "tr",
    "dt",
    "dd",
    "figcaption",
    "caption",
    "summary",
}
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6", "summary"}
_SITE_LINE = re.compile(
    r"^(?:share (?:this (?:page|article|post|story)|on (?:facebook|twitter|x|linkedin|whatsapp"
    r"|email))\b.{0,60}"
    r"|(?:this page was |page )?last (?:updated|reviewed|modified)(?: on)?:?\s*(?=[^.]*\d)"
    r"[\w ,/.-]{0,30}"
    r"|back to top|print this page|was this page (?:useful|helpful)\??"
    # a link to the report's file: "Download the full report (PDF, 450 KB)"
    r"|download\b[^.]{0,80}\((?:pdf|docx?|word|odt)\b[^)]{0,30}\))$",
    re.I,
)


# The site's, not the report's: its navigation, banner and footer by their roles, hidden
# elements, dialogs, and whatever its class, id or label calls a breadcrumb trail or a cookie
# notice ("We use some essential cookies to make this website work").
_NAMED = (
    'translate(concat(@class, " ", @id, " ", @aria-label), "ABCDEFGHIJKLMNOPQRSTUVWXYZ",'
    ' "abcdefghijklmnopqrstuvwxyz")'
)
_SITE_FURNITURE = (
    '//*[@role="navigation" or @role="banner" or @role="contentinfo" or @role="dialog"'
    ' or @role="alertdialog" or @aria-hidden="true" or @hidden]'
    # By name only an element that holds none of the page (a body of class "cookies-pending").
    f' | //*[(contains({_NAMED}, "breadcrumb") or contains({_NAMED}, "cookie"))'
    " and not(self::html or self::body or .//main or .//article or .//h1)]"
)


def read_html(path: Path) -> Document:
    data = path.read_bytes()
    try:
        root = lxml.html.document_fromstring(data)
    except (etree.ParserError, ValueError) as exc:
        raise ReadError(f"{path}: the HTML cannot be parsed ({exc}).") from exc
    title_el = root.find(".//title")
    title = title_el.text_content().strip() if title_el is not None else None
    _accordion_headings(root)
    for bad in root.xpath("|".join(f"//{tag}" for tag in _DROP)):
        if not _part_of_the_article(bad):
            bad.drop_tree()
    for bad in root.xpath(_SITE_FURNITURE):
        bad.drop_tree()
    container = _main_container(root)
    layout, footer = _layout_rows(container)
    page = RawPage(number=1, lines=[])
    for el in container.iter():
        if not isinstance(el.tag, str) or (el.tag not in _BLOCKS and not _is_text_div(el, layout)):
            continue
        if el.tag in {"p", "li", "dd", "dt"} and _has_block_ancestor(el, container, layout):
            continue
        if _is_box(el):
            continue  # read through its own headings and paragraphs
        if el in footer:
            continue  # the rows under a layout table's page: address, copyright, "last updated"
        if el in layout:
            # The cells' headings and paragraphs are read in turn; a cell of text alone is a
            # paragraph, a cell of links is the site's menu.
            for cell in _cells(el):
                text = " ".join(cell.text_content().split())
                if cell.xpath(f"{_LAYOUT_HEADINGS}|{_LAYOUT_BLOCKS}"):
                    continue  # read through its own headings and paragraphs
                if text and not _mostly_links(cell, text):
                    page.lines.append(text)
            continue
        prose = el.tag in {"dt", "dd"} and _terms_prose(el)
        if el.tag == "tr":
            cells = _cells(el)
            texts = [" ".join(c.text_content().split()) for c in cells]
            text = row_line(texts)
            heads = all(c.tag == "th" for c in cells) and is_column_heads(texts)
            if text and (heads or (_merged_across(cells) and is_caption(text))):
                page.column_heads.add(len(page.lines))
        elif el.tag == "caption":
            text = _words(el)
            if is_caption(text):
                page.column_heads.add(len(page.lines))
        elif el.tag == "dd" and _follows_term(el) and not prose:
            continue  # read with its term
        elif el.tag == "dt" and not prose:
            text = _term_line(el)
        else:
            text = _words(el)
        if not text or (
            el.tag in {"p", "li", "div"} and (_SITE_LINE.match(text) or is_breadcrumb(text))
        ):
            continue
        if el.tag in _HEADINGS or el.get("role") == "heading" or (el.tag == "dt" and prose):
            page.headings.add(len(page.lines))
            if (level := _heading_level(el)) is not None:
                page.heading_levels[len(page.lines)] = level
        elif el.tag == "p" and _all_bold(el) and bold_line_is_heading(text):
            page.headings.add(len(page.lines))  # "<p><b>Analysis</b></p>", as Word saves a page
        page.lines.append(text)
    return Document(path=str(path), format="html", pages=[page], title_hint=title or None)


def _heading_level(el) -> int | None:
    """<h3> is level 3, and so is <div role="heading" aria-level="3">, as sites built for screen
    readers mark headings without heading tags (no level given: 2, as the ARIA default); a
    folding section's <summary> has none."""
    if el.get("role") == "heading":
        level = (el.get("aria-level") or "").strip()
        return int(level) if level.isdigit() and 1 <= int(level) <= 6 else 2
    return int(el.tag[1]) if el.tag in _HEADINGS and el.tag != "summary" else None


def _all_bold(el) -> bool:
    """Every piece of the element's text is inside <b>, <strong> or a bold style."""
    texts = [t for t in el.xpath(".//text()") if t.strip()]
    return bool(texts) and all(_in_bold(_holder(t), el) for t in texts)


def _holder(text) -> etree._Element:
    """The element a text node belongs to (a tail belongs to its element's parent)."""
    parent = text.getparent()
    return parent.getparent() if text.is_tail else parent


def _in_bold(node, stop) -> bool:
    while node is not None:
        style = (node.get("style") or "").replace(" ", "").lower()
        if node.tag in {"b", "strong"} or "font-weight:bold" in style or "font-weight:700" in style:
            return True
        if node is stop:
            return False
        node = node.getparent()
    return False


def _accordion_headings(root) -> None:
    """Partnerships' pages open each section from a button above its panel ("What happened to
    N"): the button is the section's heading, not a control to drop. A button inside a heading
    leaves its text there."""
    for button in list(root.iter("button")):
        text = " ".join(button.text_content().split())
        if not text or len(text) > 120:
            continue
        if any(a.tag in _HEADINGS for a in button.iterancestors()):
            button.drop_tag()
            continue
        panel = button.getnext()
        if panel is not None and panel.tag in {"div", "section"} and panel.xpath(".//p | .//li"):
            button.tag = "summary"  # read as a folding section's heading is


def _part_of_the_article(el) -> bool:
    """A box of prose inside the article ("What E's family told us" in an <aside>), or the
    article's own <header> with its title and date, is the report's text; the page's sidebars
    and banners, and boxes that are mostly links ("Related reviews"), are furniture."""
    if el.tag not in {"aside", "header"} or not el.xpath("ancestor::article | ancestor::main"):
        return False
    if el.tag == "header":
        return bool(el.xpath("ancestor::article")) and not el.xpath(".//nav")
    text = " ".join(el.text_content().split())
    return bool(el.xpath(".//p")) and len(text) >= 80 and not _mostly_links(el, text)


def _main_container(root):
    for xpath in ("//main", "//article", '//*[@role="main"]', '//*[@id="content"]'):
        found = root.xpath(xpath)
        if found:
            return max(found, key=lambda el: len(el.text_content()))
    body = root.find("body")
    return body if body is not None else root


_CONTAINERS = _BLOCKS | {"div", "section", "article", "ul", "ol", "table", "dl", "br"}


def _is_text_div(el, layout: set) -> bool:
    """A <div> that holds its text itself, as pages set a banner or a standfirst ("Corrant Vale
    Safeguarding Children Partnership - Learning and improvement"): read as a paragraph, or the
    partnership named only there is lost. A div of paragraphs is read through them. The cheap
    checks come first: an outer div stops at its first inner container, before its text."""
    if el.tag != "div":
        return False
    if any(isinstance(d.tag, str) and d.tag in _CONTAINERS for d in el.iterdescendants()):
        return False
    if any(a.tag in _BLOCKS or _is_data_cell(a, layout) for a in el.iterancestors()):
        return False
    return bool(el.text_content().strip())


def _has_block_ancestor(el, stop, layout: set) -> bool:
    parent = el.getparent()
    while parent is not None and parent is not stop:
        if (parent.tag in _BOX_TAGS and not _is_box(parent)) or _is_data_cell(parent, layout):
            return True
        parent = parent.getparent()
    return False


_BOX_TAGS = {"li", "blockquote", "dd"}


def _is_box(el) -> bool:
    """A list item (or quote, or definition) that holds a heading of its own: a box of a
    seven-minute briefing ("<li><h2>1. Background</h2><p>W was two...</p></li>"), read through
    its heading and paragraphs like any section, not as one run of text."""
    return el.tag in _BOX_TAGS and bool(el.xpath(_LAYOUT_HEADINGS))


def _words(el) -> str:
    """An element's text with a space where a block inside it begins or ends: "<p>One.</p><p>Two.
    </p>" in a list item reads "One. Two.", not "One.Two."."""
    parts: list[str] = []

    def walk(node) -> None:
        if node.text and isinstance(node.tag, str):
            parts.append(node.text)
        for child in node:
            block = isinstance(child.tag, str) and child.tag in _CONTAINERS
            if block:
                parts.append(" ")
            walk(child)
            if block:
                parts.append(" ")
            if child.tail:
                parts.append(child.tail)

    walk(el)
    return " ".join("".join(parts).split())


_LAYOUT_HEADINGS = "|".join(f".//{tag}" for tag in ("h1", "h2", "h3", "h4", "h5", "h6"))
_LAYOUT_BLOCKS = "|".join(f".//{tag}" for tag in ("p", "ul", "ol", "blockquote"))
# Paragraphs a cell holds from which it is a page's column rather than a table's cell: a Word
# table saved as a web page puts one paragraph, sometimes two, in each cell.
LAYOUT_PARAGRAPHS = 3


def _cells(tr) -> list:
    return [c for c in tr if isinstance(c.tag, str) and c.tag in {"td", "th"}]


def _merged_across(cells: list) -> bool:
    """A row of a single cell spanning two or more of the table's columns."""
    span = cells[0].get("colspan", "").strip() if len(cells) == 1 else ""
    return span.isdigit() and int(span) >= 2


def _has_blocks(el) -> bool:
    """A cell with headings, or with several paragraphs or lists: a column of the page."""
    return bool(el.xpath(_LAYOUT_HEADINGS)) or len(el.xpath(_LAYOUT_BLOCKS)) >= LAYOUT_PARAGRAPHS


def _layout_rows(container) -> tuple[set, set]:
    """The rows with a cell of headings, or of several paragraphs or lists (the page's layout,
    not data), and the rows that follow the last of them in their table (its footer)."""
    layout: set = set()
    footer: set = set()
    for table in container.iter("table"):
        rows = table.xpath("./tr | ./thead/tr | ./tbody/tr | ./tfoot/tr")
        laid = [any(_has_blocks(cell) for cell in _cells(row)) for row in rows]
        if any(laid):
            last = max(i for i, is_layout in enumerate(laid) if is_layout)
            layout.update(row for row, is_layout in zip(rows, laid, strict=True) if is_layout)
            footer.update(rows[last + 1 :])
    return layout, footer


def _is_data_cell(el, layout: set) -> bool:
    """A table cell read as part of its row: any cell but those of a layout row."""
    return el.tag in {"td", "th"} and el.getparent() not in layout


def _mostly_links(el, text: str) -> bool:
    """Half or more of the element's text is in links: a menu or a box of related pages."""
    linked = sum(len(" ".join(a.text_content().split())) for a in el.iter("a"))
    return linked >= len(text) / 2


def _follows_term(dd) -> bool:
    previous = dd.getprevious()
    while previous is not None and not isinstance(previous.tag, str):
        previous = previous.getprevious()
    return previous is not None and previous.tag in {"dt", "dd"}


def _term_line(dt) -> str:
    """'Published' and its descriptions: 'Published: 9 September 2026'."""
    term = " ".join(dt.text_content().split()).rstrip(":")
    described = "; ".join(d for d in _descriptions(dt) if d)
    return f"{term}: {described}" if term and described else term or described


def _descriptions(dt) -> list[str]:
    descriptions = []
    sibling = dt.getnext()
    while sibling is not None and (not isinstance(sibling.tag, str) or sibling.tag == "dd"):
        if isinstance(sibling.tag, str):
            descriptions.append(" ".join(sibling.text_content().split()))
        sibling = sibling.getnext()
    return descriptions


# A description of this many words that ends as a sentence ends is prose: its term is a heading
# over it ("What happened?" over the paragraphs that tell it), not a label joined to a value
# ("Published: 9 September 2026", "Agencies involved: primary school, police, GP").
_PROSE_WORDS = 8


def _terms_prose(el) -> bool:
    """The term of this dt, or of the dt this dd describes, heads paragraphs of prose: the term
    is read as a heading and each description as a paragraph of its own, so that two paragraphs
    under one question do not run together as one sentence."""
    dt = el
    while dt is not None and (not isinstance(dt.tag, str) or dt.tag != "dt"):
        if isinstance(dt.tag, str) and dt.tag != "dd":
            return False
        dt = dt.getprevious()
    return dt is not None and any(
        len(d.split()) >= _PROSE_WORDS and d.endswith((".", "!", "?")) for d in _descriptions(dt)
    )
