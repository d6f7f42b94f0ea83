"""A paragraph set wholly in bold, as many reports type their headings in the body style (in
Word, and in the web pages Word saves): a heading when it is short and no sentence."""

from __future__ import annotations

MAX_HEADING_CHARS = 90
MAX_HEADING_WORDS = 12


def short_enough_for_heading(text: str) -> bool:
    return len(text) <= MAX_HEADING_CHARS and len(text.split()) <= MAX_HEADING_WORDS


def bold_line_is_heading(text: str) -> bool:
    """Short, and no sentence: a bold line that ends in a full stop is emphasis, not a heading."""
    return short_enough_for_heading(text) and last_mark(text) not in ".,;:!?"


# Closing quotes and brackets after a sentence's end ("... within a day." in quotes) do not hide it.
_CLOSERS = "\"'\u201d\u2019)]"


def last_mark(text: str) -> str:
    """The text's last character before closing quotes and brackets ("" for none)."""
    return text.rstrip().rstrip(_CLOSERS)[-1:]
