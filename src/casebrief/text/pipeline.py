"""From a reader's Document to a ParsedReview: clean text, pages, sections, sentences, metadata."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from casebrief.cover import (
    COVER_LINES,
    first_name_line,
    is_cover_label,
    is_review_type_line,
    unlabelled,
)
from casebrief.metadata import extract_metadata
from casebrief.model import Block, Document, Page, ParsedReview, Sentence
from casebrief.readers import read_document
from casebrief.text.clean import build_blocks
from casebrief.text.sections import build_sections, is_contents_entry
from casebrief.text.sentences import split_sentences

BLOCK_SEPARATOR = "\n\n"


def file_sha256(path: str | Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def parse_file(
    path: str | Path,
    sha256: str | None = None,
    *,
    ocr_mode: str = "auto",
    ocr_timeout: float | None = None,
) -> ParsedReview:
    """Read and parse one file; raises ReadError for files that cannot be used."""
    path = Path(path)
    doc = read_document(path, ocr_mode, ocr_timeout)
    return parse_document(doc, sha256 or file_sha256(path), path.stat().st_size)


def parse_document(doc: Document, sha256: str, size: int) -> ParsedReview:
    blocks = build_blocks(doc)
    starts: list[int] = []
    offset = 0
    for block in blocks:
        starts.append(offset)
        offset += len(block.text) + len(BLOCK_SEPARATOR)
    text = BLOCK_SEPARATOR.join(block.text for block in blocks)

    sections = build_sections(blocks, starts, len(text))
    sentences: list[Sentence] = []
    labels: list[Sentence] = []  # the cover's labels, read for the metadata only
    cover = _cover_labels(blocks)
    contents = _contents_entries(blocks)
    section_index = 0
    page_first: dict[int, int] = {}
    for index, (block, start) in enumerate(zip(blocks, starts, strict=True)):
        page_first.setdefault(block.page, start)
        for at, number in block.page_breaks:
            page_first.setdefault(number, start + at)
        while section_index + 1 < len(sections) and sections[section_index + 1].start <= start:
            section_index += 1
        if block.is_heading or block.is_note or block.is_column_heads or index in contents:
            continue  # headings, footnotes, tables' heads, navigation: text, but no sentences
        for s, e in split_sentences(block.text):
            sentence = Sentence(
                block.text[s:e], start + s, start + e, block.page_at(s), section_index
            )
            (labels if index in cover else sentences).append(sentence)

    pages = _pages(doc, page_first, len(text))
    for section in sections:
        section.page_end = _page_of(pages, max(section.start, section.end - 1))
    everything = sorted([*labels, *sentences], key=lambda s: s.start)
    metadata, sources = extract_metadata(doc.pages, blocks, everything, doc.title_hint)
    return ParsedReview(
        path=doc.path,
        format=doc.format,
        sha256=sha256,
        size=size,
        text=text,
        pages=pages,
        sections=sections,
        sentences=sentences,
        metadata=metadata,
        metadata_sources=sources,
        warnings=list(doc.warnings),
    )


def _cover_labels(blocks: list[Block]) -> set[int]:
    """The blocks of the cover that only label or title the report (see `is_cover_label` and
    `is_review_type_line`): on the first page, before the first paragraph of prose, so a date or
    a name later in the text stays."""
    found: set[int] = set()
    for index, block in enumerate(blocks[:COVER_LINES]):
        if block.page > 1:
            break
        if block.is_heading:
            continue
        # a paragraph of labels: "Report by C. Ashdown, independent reviewer. Published 2026."
        pieces = [block.text[s:e] for s, e in split_sentences(block.text)]
        if pieces and all(_labels_the_cover(piece, blocks) for piece in pieces):
            found.add(index)
        elif _wraps_into_a_label(blocks, index):
            found.update((index, index + 1))  # "Holmbridge Safeguarding" / "Children Partnership"
        elif len(block.text.split()) > 12:
            break  # the review's prose has begun
    return found


def _wraps_into_a_label(blocks: list[Block], index: int) -> bool:
    """The block and the next on its page are one label the layout wrapped, as a partnership's
    name set large on a cover is."""
    if index + 1 >= len(blocks):
        return False
    block, after = blocks[index], blocks[index + 1]
    if after.page != block.page or after.is_heading or block.text.rstrip().endswith("."):
        return False
    return is_cover_label(f"{block.text.strip()} {after.text.strip()}")


def _labels_the_cover(text: str, blocks: list[Block]) -> bool:
    """A label (see `is_cover_label`), the review type, or a first name alone that the report goes
    on to use ("Ryan"), as covers print a pseudonym; each may close with a full stop, as in a
    paragraph of labels ("Final report. Published May 2026.")."""
    text = text.strip().removesuffix(".")
    if is_cover_label(text) or is_review_type_line(unlabelled(text)):
        return True
    name = first_name_line(text)
    return (bool(name) and sum(name in b.text for b in blocks) >= 3) or _title_then_label(text)


_WORD_START = re.compile(r"(?<!\S)\S")


def _title_then_label(text: str) -> bool:
    """A title line and the label printed under it, run together into one paragraph because
    the title ends in no full stop ("Child Safeguarding Practice Review concerning Child B" /
    "Lead reviewer: K. Adeyemi")."""
    return any(
        m.start() and is_review_type_line(text[: m.start()]) and is_cover_label(text[m.start() :])
        for m in _WORD_START.finditer(text)
    )


def _contents_entries(blocks: list[Block]) -> set[int]:
    """The blocks of a table of contents, and a page number a layout put on a line of its own
    after its entry; also a contents list without page numbers, whose lines repeat the headings
    that follow them ("1. Why this review happened")."""
    found: set[int] = set()
    last_heading = {_flat(b.text): i for i, b in enumerate(blocks) if b.is_heading}
    for index, block in enumerate(blocks):
        if block.is_heading:
            continue
        if last_heading.get(_flat(block.text), -1) > index:
            found.add(index)
            continue
        if not is_contents_entry(block.text):
            continue
        found.add(index)
        after = index + 1
        if after < len(blocks) and _PAGE_NUMBER_ONLY.match(blocks[after].text):
            found.add(after)
    return found


_PAGE_NUMBER_ONLY = re.compile(r"^\d{1,3}$")


def _flat(text: str) -> str:
    return " ".join(text.lower().split())


def _pages(doc: Document, page_first: dict[int, int], text_end: int) -> list[Page]:
    """Each page's span of the review text; a page with no text gets an empty span."""
    pages: list[Page] = []
    confidence = {p.number: p.ocr_confidence for p in doc.pages}
    next_start = text_end
    for number in reversed(list(confidence)):
        start = page_first.get(number, next_start)
        pages.append(Page(number, start, next_start, confidence[number]))
        next_start = start
    pages.reverse()
    return pages


def _page_of(pages: list[Page], offset: int) -> int:
    for page in pages:
        if page.start <= offset < page.end:
            return page.number
    return pages[-1].number if pages else 1
