"""Plain text and Markdown reader: form feeds mark pages, '#' lines and lines underlined with '='
or '-' mark headings, and other rules of '=', '-', '_', '*' or '~' are dropped; in Markdown,
emphasis marks, quotation-block markers and link targets are dropped so that sentences read as
the report does, and each table row is a paragraph of its own, its cells joined as every reader
joins them."""

from __future__ import annotations

import re
from pathlib import Path

from casebrief.model import Document, RawPage
from casebrief.readers.rows import row_line

_MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_EMPHASIS = re.compile(r"(?<!\w)(\*\*|\*|__)(?=\S)(.+?)(?<=\S)\1(?!\w)")
_MD_TABLE_ROW = re.compile(r"^\s*\|(.*)\|\s*$")
_MD_QUOTE = re.compile(r"^\s{0,3}(?:>\s?)+")  # '> "I didn't tell Mum"': the child's own words
# "Introduction" over "============": a heading in Markdown's setext form and in plain-text reports.
_UNDERLINE = re.compile(r"^\s{0,3}(?:={3,}|-{3,})\s*$")
_RULE = re.compile(r"^\s*(?:[=_*~-]\s*){3,}$")
_MAX_UNDERLINED = 90  # a longer line over a rule is a paragraph, not a heading
_MD_TABLE_RULE = re.compile(r"^\s*\|?(?:\s*:?-{3,}:?\s*\|)+(?:\s*:?-{3,}:?\s*)?\|?\s*$")


def read_text(path: Path) -> Document:
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    markdown = path.suffix.lower() in {".md", ".markdown"}
    pages: list[RawPage] = []
    for number, chunk in enumerate(text.split("\f"), start=1):
        page = RawPage(number=number, lines=[])
        lines = chunk.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        for index, line in enumerate(lines):
            if markdown:
                line = _MD_QUOTE.sub("", line)
                if _MD_TABLE_RULE.match(line):
                    continue
                if m := _MD_TABLE_ROW.match(line):
                    following = lines[index + 1] if index + 1 < len(lines) else ""
                    if _MD_TABLE_RULE.match(following):
                        continue  # the header row names the columns; it is not text
                    cells = [cell.strip() for cell in m.group(1).split("|")]
                    page.lines += [_plain_markdown(row_line(cells)), ""]
                    continue
                if m := _MD_HEADING.match(line):
                    page.headings.add(len(page.lines))
                    page.heading_levels[len(page.lines)] = len(m.group(1))
                    line = m.group(2)
                line = _plain_markdown(line)
            if _RULE.match(line):
                above = page.lines[-1].strip() if page.lines else ""
                if _UNDERLINE.match(line) and above and len(above) <= _MAX_UNDERLINED:
                    page.headings.add(len(page.lines) - 1)
                continue
            page.lines.append(line)
        pages.append(page)
    return Document(path=str(path), format="text", pages=pages)


def _plain_markdown(line: str) -> str:
    """'*Published* in [the report](x.pdf)' -> 'Published in the report'."""
    return _MD_EMPHASIS.sub(r"\2", _MD_LINK.sub(r"\1", line))
