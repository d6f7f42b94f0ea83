"""A paragraph set wholly in bold, as many reports type their headings in the body style (in
Word, and in the web pages Word saves): a heading when it is short and no sentence."""

from __future__ import annotations


def bold_line_is_heading(text: str) -> bool:
    """Short, and no sentence: a bold line that ends in a full stop is emphasis, not a heading."""
    return len(text) <= 90 and len(text.split()) <= 12 and text[-1] not in ".,;:!?"
