"""Plain text and Markdown reader: form feeds mark pages, '#' lines mark headings; in Markdown,
emphasis marks and link targets are dropped so that sentences read as the report does."""

from __future__ import annotations

import re
from pathlib import Path

from casebrief.model import Document, RawPage

_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_EMPHASIS = re.compile(r"(?<!\w)(\*\*|\*|__)(?=\S)(.+?)(?<=\S)\1(?!\w)")


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
        for line in chunk.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
            if markdown:
                if m := _MD_HEADING.match(line):
                    page.headings.add(len(page.lines))
                    line = m.group(1)
                line = _plain_markdown(line)
            page.lines.append(line)
        pages.append(page)
    return Document(path=str(path), format="text", pages=pages)


def _plain_markdown(line: str) -> str:
    """'*Published* in [the report](x.pdf)' -> 'Published in the report'."""
    return _MD_EMPHASIS.sub(r"\2", _MD_LINK.sub(r"\1", line))
