"""Headings told by how they are set, whatever the format: a line set larger than the body text,
or in bold at its size, that reads as a heading and not as a sentence. A PDF's text layer
(`pdf_fonts`), a scan's word heights (`ocr.line_size`) and a Word document's run formatting
(`docx`) each measure how a line is set; this decides which lines are headings and at what
level."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from casebrief.readers.emphasis import bold_line_is_heading, last_mark, short_enough_for_heading
from casebrief.text.dates import just_a_date

# A line this much larger than the body text is set as a heading (Word's smallest heading style
# is 13 points over 11, a ratio of 1.18; footnotes and captions are smaller, not larger).
LARGER = 1.12


@dataclass(frozen=True)
class TypeReading:
    """How far a document's measured type sizes are trusted. A text layer gives each letter's
    size exactly. OCR gives only the letters' heights on the scan (`ocr.line_size`), a few
    percent apart from line to line at one size, and weight only as ink (`ocr.bold_lines`):
    there only a clearly larger line is a heading, sizes a little apart are one size, and
    headings take no levels from them."""

    larger: float  # a heading is set at least this much larger than the body
    same: float  # two lines whose sizes are within this ratio are set in one size
    levels: bool  # whether headings take levels from their sizes


TEXT_LAYER = TypeReading(larger=LARGER, same=1.0, levels=True)
# On a Helvetica page scanned at 200 dpi, 11-point lines measured 10.9 to 11.3 points, 14-point
# headings 13.8 to 13.9 (1.26 over the body) and a wrapped heading's two lines alike; a heading
# only 13 over 11 points (1.18) is not taken, to leave room for worse scans and other faces.
SCANNED = TypeReading(larger=1.2, same=1.08, levels=False)


@dataclass(frozen=True, slots=True)
class LineType:
    """How a line is set: its type size on the page (points) and whether it is all bold."""

    size: float
    bold: bool


def could_head(line: str) -> bool:
    """Short enough for a heading and ending no sentence (a wrapped heading's lines too)."""
    text = line.rstrip()
    return short_enough_for_heading(text) and last_mark(text) not in ".,;:"


def body_type(
    types: Sequence[Sequence[LineType | None]], lines: Sequence[Sequence[str]]
) -> LineType | None:
    """How most of the document's letters are set: the size most are in, and bold when most of
    those are (then bold marks no heading)."""
    sizes: Counter[float] = Counter()
    bold: Counter[float] = Counter()
    for page_types, page_lines in zip(types, lines, strict=True):
        for kind, line in zip(page_types, page_lines, strict=True):
            if kind is not None:
                size = round(kind.size * 2) / 2
                sizes[size] += len(line)
                bold[size] += len(line) if kind.bold else 0
    if not sizes:
        return None
    size, letters = sizes.most_common(1)[0]
    return LineType(size, 2 * bold[size] > letters)


def set_as_heading(
    kind: LineType | None, line: str, body: LineType | None, reading: TypeReading = TEXT_LAYER
) -> bool:
    """A short text, no sentence, set larger than the body or in bold at the body's size or more
    (where the body is not bold itself): a question may be a heading when it is larger ("Why
    was R at greater risk?")."""
    text = line.strip()
    if kind is None or body is None or not text:
        return False
    if kind.size >= reading.larger * body.size:
        return could_head(text)
    # A date in bold over a chronology's entry opens no section: the entry is the episodes'.
    return (
        kind.bold
        and not body.bold
        and kind.size >= body.size - 0.5
        and bold_line_is_heading(text)
        and not just_a_date(text)
    )


# Words a heading does not end on: its next line, set the same way, goes on with it.
_OPEN_ENDED = {"a", "an", "and", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to"}
_OPEN_ENDED |= {"with", "about", "after", "before", "into", "what", "who", "how", "why", "when"}


def heading_runs(
    lines: Sequence[str],
    types: Sequence[LineType | None],
    body: LineType | None,
    reading: TypeReading = TEXT_LAYER,
) -> list[tuple[int, int]]:
    """(first, last) line of each heading on a page: lines set as a heading, the lines it wraps
    on to read with it ("What the partnership will do for" / "children like N" is one heading;
    "The pictures reached her year group within a" / "day." is a sentence in large type, none).
    Cover lines of one size ("Local Child Safeguarding Practice" / "Review") stay as set."""
    runs = []
    index = 0
    while index < len(lines):
        last = index
        while last + 1 < len(lines) and _wraps_on(lines, types, last, reading):
            last += 1
        text = " ".join(line.strip() for line in lines[index : last + 1])
        if set_as_heading(types[index], text, body, reading):
            runs.append((index, last))
        index = last + 1
    return runs


def _wraps_on(
    lines: Sequence[str], types: Sequence[LineType | None], index: int, reading: TypeReading
) -> bool:
    """Whether line index + 1 goes on with line `index`: set in the same size, and in lower
    case or after a word no heading ends on."""
    kind, next_kind = types[index], types[index + 1]
    if kind is None or next_kind is None:
        return False
    sizes = sorted((kind.size, next_kind.size))
    if sizes[1] > sizes[0] * reading.same:
        return False
    words, rest = lines[index].split(), lines[index + 1].lstrip()
    if not words or not rest:
        return False
    return rest[0].islower() or words[-1].lower() in _OPEN_ENDED


def heading_levels(kinds: Sequence[LineType]) -> dict[LineType, int]:
    """Each heading type's level: the largest size first, bold before plain at one size. A
    sub-heading of no kind of its own ("What the school knew", in bold under "4. Analysis" set
    larger) then belongs to the section above it, as Word's heading levels make it."""
    ranked = sorted(set(kinds), key=lambda kind: (-kind.size, not kind.bold))
    return {kind: level for level, kind in enumerate(ranked, start=1)}
