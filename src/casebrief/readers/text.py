"""Plain text and Markdown reader: form feeds mark pages, '#' lines and lines underlined with '='
or '-' mark headings, and other rules of '=', '-', '_', '*' or '~' are dropped; in Markdown,
emphasis marks, quotation-block markers and link targets are dropped so that sentences read as
the report does, and each table row is a paragraph of its own, its cells joined as every reader
joins them. A site's content system exports its pages with YAML front matter (title, partnership,
date): that becomes the cover it stands for, not text."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import yaml

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
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
# Front-matter keys that say who published the page and when; the rest (layout, tags, permalink)
# are the site's business.
_PUBLISHER_KEYS = ("partnership", "organisation", "organization", "publisher", "author")
_DATE_KEYS = ("published", "date", "publication_date", "publish_date")
# Two key facts set side by side on a cover line, apart by a wide gap ("Reviewer: Dr S. Pritchard
# <spaces> Board sign-off: 14 October 2026"): a paragraph each, as they would be in a table.
_FACTS_SIDE_BY_SIDE = re.compile(
    r"^\s*(?P<first>[A-Z][\w'\u2019 /-]{0,30}:[ \t]+\S.*?)[ \t]{3,}"
    r"(?P<second>[A-Z][\w'\u2019 /-]{0,30}:[ \t]+\S.*?)\s*$"
)


def read_text(path: Path) -> Document:
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    markdown = path.suffix.lower() in {".md", ".markdown"}
    front = _front_matter(text) if markdown else None
    cover, title, text = front or ([], None, text)
    pages: list[RawPage] = []
    for number, chunk in enumerate(text.split("\f"), start=1):
        page = RawPage(number=number, lines=[])
        if number == 1 and cover:
            if title:
                page.headings.add(0)
                page.heading_levels[0] = 1
            for line in cover:  # a paragraph each, as a cover sets them
                page.lines += [line, ""]
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
            if facts := _FACTS_SIDE_BY_SIDE.match(line):
                page.lines += [facts["first"], "", facts["second"], ""]
                continue
            page.lines.append(line)
        pages.append(page)
    return Document(path=str(path), format="text", pages=pages, title_hint=title)


def _front_matter(text: str) -> tuple[list[str], str | None, str] | None:
    """The cover lines a Markdown page's YAML front matter stands for (its title, who published
    it, "Published 14 October 2026"), its title and the text after it; None when the page opens
    with none, or with a block that is not a mapping of fields (then it is read as text)."""
    text = text.replace("\r\n", "\n")
    m = _FRONT_MATTER.match(text)
    if not m:
        return None
    try:
        fields = yaml.safe_load(m.group(1))
    except yaml.YAMLError:
        return None
    if not isinstance(fields, dict):
        return None
    fields = {str(k).strip().lower(): v for k, v in fields.items()}
    title = _field(fields, ("title",))
    lines = [title] if title else []
    if publisher := _field(fields, _PUBLISHER_KEYS):
        lines.append(publisher)
    for key in _DATE_KEYS:
        value = fields.get(key)
        if isinstance(value, dt.datetime | dt.date):
            lines.append(f"Published {value.day} {value:%B %Y}")
            break
        if isinstance(value, str) and value.strip():
            lines.append(f"Published {value.strip()}")
            break
    return lines, title, text[m.end() :]


def _field(fields: dict[str, object], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        value = fields.get(key)
        if isinstance(value, str) and value.strip():
            return " ".join(value.split())
    return None


def _plain_markdown(line: str) -> str:
    """'*Published* in [the report](x.pdf)' -> 'Published in the report'."""
    return _MD_EMPHASIS.sub(r"\2", _MD_LINK.sub(r"\1", line))
