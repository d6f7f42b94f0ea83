"""A review from a plain text another tool holds, with the text kept exactly as that tool has it:
sentences, sections and metadata come from casebrief's pipeline, then are placed back in the
original text, so character positions mean the same thing in both tools."""

from __future__ import annotations

import hashlib
from bisect import bisect_right

from casebrief.model import Document, Page, ParsedReview, RawPage, Section, Sentence
from casebrief.text.pipeline import parse_document


class _Locator:
    """Finds pieces of cleaned text in the original, in order, whatever the whitespace."""

    def __init__(self, text: str) -> None:
        chars: list[str] = []
        self.index: list[int] = []
        space = True
        for i, c in enumerate(text):
            if c.isspace():
                if not space:
                    chars.append(" ")
                    self.index.append(i)
                space = True
            else:
                chars.append(c)
                self.index.append(i)
                space = False
        self.flat = "".join(chars)
        self.cursor = 0

    def find(self, piece: str) -> tuple[int, int] | None:
        needle = " ".join(piece.split())
        if not needle:
            return None
        at = self.flat.find(needle, self.cursor)
        if at < 0:
            return None
        self.cursor = at + len(needle)
        return self.index[at], self.index[at + len(needle) - 1] + 1


def parse_plain_text(text: str, name: str) -> tuple[ParsedReview, int]:
    """The review, and how many of the pipeline's sentences could not be placed in the original
    text (clean-up changed them, e.g. words re-joined over a line break): those are left out."""
    page_texts = text.split("\f")
    doc = Document(
        path=name,
        format="text",
        pages=[RawPage(i + 1, part.split("\n")) for i, part in enumerate(page_texts)],
        title_hint=None,
    )
    data = text.encode("utf-8")
    parsed = parse_document(doc, hashlib.sha256(data).hexdigest(), len(data))
    page_starts = [0]
    for part in page_texts[:-1]:
        page_starts.append(page_starts[-1] + len(part) + 1)

    def page_of(offset: int) -> int:
        return bisect_right(page_starts, offset)

    locator = _Locator(text)
    placed: list[Sentence] = []
    for sentence in parsed.sentences:
        span = locator.find(sentence.text)
        if span:
            start, end = span
            placed.append(Sentence(text[start:end], start, end, page_of(start), sentence.section))
    sections = _sections(parsed.sections, placed, len(text), page_of)
    pages = [
        Page(i + 1, start, page_starts[i + 1] - 1 if i + 1 < len(page_starts) else len(text))
        for i, start in enumerate(page_starts)
    ]
    lost = len(parsed.sentences) - len(placed)
    parsed.text = text
    parsed.sentences = placed
    parsed.sections = sections
    parsed.pages = pages
    return parsed, lost


def _sections(
    original: list[Section], placed: list[Sentence], text_end: int, page_of
) -> list[Section]:
    first_start: dict[int, int] = {}
    for sentence in placed:
        first_start.setdefault(sentence.section, sentence.start)
    starts: list[int] = []
    previous = 0
    for index in range(len(original)):
        previous = first_start.get(index, previous)
        starts.append(previous)
    out: list[Section] = []
    for index, section in enumerate(original):
        start = starts[index]
        end = starts[index + 1] if index + 1 < len(starts) else text_end
        out.append(
            Section(
                section.kind,
                section.heading,
                start,
                max(start, end),
                page_of(start),
                page_of(max(start, end - 1)),
                section.ordinal,
            )
        )
    return out
