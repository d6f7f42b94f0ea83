"""Plain data passed between readers, text processing, metadata and the store. No I/O here."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

SECTION_KINDS = (
    "front",
    "summary",
    "introduction",
    "background",
    "practice_episodes",
    "analysis",
    "findings",
    "learning",
    "recommendations",
    "appendix",
    "other",
)


@dataclass
class RawPage:
    """One page as a reader found it: text lines, before clean-up."""

    number: int
    lines: list[str]
    headings: set[int] = field(default_factory=set)  # indexes of lines the format marks as headings
    # The format's own heading level where it has one (<h2>, "## ", Word's "Heading 2"): a
    # sub-heading of no kind of its own belongs to the section above it.
    heading_levels: dict[int, int] = field(default_factory=dict)
    ocr_confidence: float | None = None  # mean word confidence (0-100) when read by OCR
    notes_from: int | None = None  # index of the first footnote line at the page's foot
    column_heads: set[int] = field(default_factory=set)  # a table's row of column headings


@dataclass
class Document:
    """What every reader returns, whatever the format."""

    path: str
    format: str
    pages: list[RawPage]
    title_hint: str | None = None
    # What the reader could not read and the review is stored without (pages left unread).
    warnings: list[str] = field(default_factory=list)

    @property
    def layout_lines(self) -> bool:
        """True when lines are visual lines to re-join into paragraphs (PDF, plain text)."""
        return self.format in {"pdf", "text"}


@dataclass
class Block:
    """A paragraph or heading after clean-up. A paragraph may run on over a page break."""

    text: str
    page: int
    is_heading: bool = False
    level: int | None = None  # the format's heading level, when it marks one
    page_breaks: list[tuple[int, int]] = field(default_factory=list)  # (offset in text, new page)
    is_note: bool = False  # a footnote from a page's foot: text, but no sentence of the review
    is_column_heads: bool = False  # "Date | Episode | What happened": text, but no sentence

    def page_at(self, offset: int) -> int:
        page = self.page
        for at, number in self.page_breaks:
            if at <= offset:
                page = number
        return page


@dataclass
class Page:
    number: int
    start: int
    end: int
    ocr_confidence: float | None = None  # set when the page was read by OCR


@dataclass
class Section:
    kind: str
    heading: str
    start: int
    end: int
    page_start: int
    page_end: int
    ordinal: int = 0


@dataclass
class Sentence:
    text: str
    start: int
    end: int
    page: int
    section: int  # index into ParsedReview.sections


@dataclass
class Metadata:
    title: str | None = None
    partnership: str | None = None
    area: str | None = None
    nation: str | None = None
    review_type: str | None = None
    year: int | None = None
    child_pseudonyms: list[str] = field(default_factory=list)
    child_age: str | None = None
    child_gender: str | None = None

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class FieldSource:
    """Where a metadata value was read (page and line, 1-based, as the reader gave the lines) and
    how far to trust it (0-1). Stored beside the review so an analyst can check the cover."""

    page: int
    line: int | None
    confidence: float
    evidence: str  # the line or phrase the value came from, shortened

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class ParsedReview:
    """A document turned into text, pages, sections, sentences and metadata, ready to store."""

    path: str
    format: str
    sha256: str
    size: int
    text: str
    pages: list[Page]
    sections: list[Section]
    sentences: list[Sentence]
    metadata: Metadata
    metadata_sources: dict[str, FieldSource] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)  # see Document.warnings

    @property
    def unread(self) -> str | None:
        """The warnings as the review keeps them: one per line, without the file's path (the
        same review may be linked to other paths)."""
        return "\n".join(w.removeprefix(f"{self.path}: ") for w in self.warnings) or None
