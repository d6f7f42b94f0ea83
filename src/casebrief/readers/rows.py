"""How every reader turns a table row into one line of text."""

from __future__ import annotations

import re

# A cell that closes a sentence ("Was information shared?", "He was seen twice.").
_ENDS_SENTENCE = re.compile(r"[.?!][\"'\u2019\u201d)\]]*$")
# Between a row's cells, in every reader's text.
CELL_SEPARATOR = " | "
# A head names its column in a few words ("Date", "What happened"). Where three or more columns
# are named, one may take a short phrase set as a title ("Summary of contact and outcome"): rows
# of data that long hold a figure or open in lower case somewhere.
HEAD_WORDS = 4
PHRASE_HEAD_WORDS = 7
# A table's title set in a row of one cell merged across its columns ("Chronology of key
# events", "Table 2: Contacts with services, January to June 2024") or in an HTML caption.
CAPTION_WORDS = 12


def is_column_heads(cells: list[str]) -> bool:
    """A table's first row naming its columns ("Date | Episode | What happened"): short labels,
    no figures, no sentence."""
    filled = [c for c in cells if c]
    if len(filled) < 2 or any(ch.isdigit() for c in filled for ch in c):
        return False
    return all(
        _is_label(c, words=HEAD_WORDS)
        or (len(filled) >= 3 and c[0].isupper() and _is_label(c, words=PHRASE_HEAD_WORDS))
        for c in filled
    )


def is_caption(cell: str) -> bool:
    """A cell across the whole table that names it or a part of it ("Chronology of key events",
    "After the referral") rather than recording something: text, but no sentence to code. A
    merged row that says something ("Note: the family moved in this period.") stays a sentence."""
    return bool(cell) and _is_label(cell, words=CAPTION_WORDS)


def could_be_heads(cells: list[str]) -> bool:
    """Whether a line's cells could be part of a row of column heads: labels of a few words, no
    figures. With its other heads wrapped above and below it, such a line may name fewer
    columns than `is_column_heads` asks, or a phrase among only two."""
    filled = [c for c in cells if c]
    return bool(filled) and all(
        _is_label(c, words=PHRASE_HEAD_WORDS) and not any(ch.isdigit() for ch in c) for c in filled
    )


def row_line(cells: list[str]) -> str:
    """The row's non-empty cells joined by bars, as a reader sees columns ("3 May | GP | Seen
    with a rash"), except between a cell that ends a sentence and one that is a sentence: there
    a space, so that a question and its answer ("Was information shared? The police ...") are
    two sentences, not one. A short label after a sentence (the agency, "None") keeps its bar and
    stays in the row rather than being read as a sentence of its own."""
    line = ""
    for cell in (c for c in cells if c):
        if line:
            line += " " if _ENDS_SENTENCE.search(line) and not _is_label(cell) else CELL_SEPARATOR
        line += cell
    return line


def _is_label(cell: str, words: int = 3) -> bool:
    """A cell of a few words that is no sentence: "School", "Social care", "None"."""
    return len(cell.split()) <= words and not _ENDS_SENTENCE.search(cell)
