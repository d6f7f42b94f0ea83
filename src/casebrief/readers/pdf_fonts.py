"""How each line of a PDF's text layer is set (type size and weight), read from pdfium: a PDF
marks no headings, but its author set them larger than the body text or in bold, as Word's
heading styles and browsers' printed pages do. `type_headings` then tells the headings, so that
lines the words alone do not show to be headings ("Why was R at greater risk?", "What happened
next") are no sentence and open their section, and a cover's lines of different sizes are not
run together into one paragraph."""

from __future__ import annotations

import ctypes
import re
from collections.abc import Sequence

import pypdfium2.raw as pdfium_c

from casebrief.readers.type_headings import LineType, could_head

_BOLD_NAME = re.compile(rb"bold|black|heavy|semibold|demi", re.I)
_NAME_BUFFER = 96
_BREAK = re.compile(r"\r\n|\r|\n")
TURNED_SINE = 0.17  # a baseline more than about 10 degrees off the horizontal


def line_types(
    textpage, first_char: int, lines: Sequence[tuple[int, str]]
) -> tuple[list[LineType | None], set[int]]:
    """Per line of the text layer from character `first_char` on, split by `lines_at` (one
    character of text for each of the layer's, line breaks included), how it is set (None for a
    line with no letter or digit); and the indexes of the lines whose middle letter is set at an
    angle, a watermark across the page ("DRAFT", "FINAL VERSION") or a label up the margin
    (italic type slants its letters, not its baseline, and is not turned). A line that could be a
    heading is read at its first and last letters, and when they differ at its middle one too
    (the three's middle size, bold if all are); any other line at its middle letter, whose text
    matrix then serves both."""
    reader = _TypeReader(textpage)
    out: list[LineType | None] = []
    turned: set[int] = set()
    for i, (start, line) in enumerate(lines):
        middle = _middle_letter(line)
        if middle is None:
            out.append(None)
            continue
        base = first_char + start
        if reader.turned(base + middle):
            turned.add(i)
        if not could_head(line):
            out.append(reader.at(base + middle))
            continue
        first, last = reader.at(base + _first_letter(line)), reader.at(base + _last_letter(line))
        if first is not None and first == last:
            out.append(first)
            continue
        samples = [s for s in (first, reader.at(base + middle), last) if s is not None]
        if samples:
            sizes = sorted(s.size for s in samples)
            out.append(reader.kind(sizes[len(sizes) // 2], all(s.bold for s in samples)))
        else:
            out.append(None)
    return out, turned


def _middle_letter(line: str) -> int | None:
    """The index of the letter or digit nearest the middle of the line (the first after it,
    else the last before it)."""
    half = len(line) // 2
    for i in range(half, len(line)):
        if line[i].isalnum():
            return i
    for i in range(half - 1, -1, -1):
        if line[i].isalnum():
            return i
    return None


def _first_letter(line: str) -> int:
    return next(i for i, ch in enumerate(line) if ch.isalnum())


def _last_letter(line: str) -> int:
    return next(i for i in range(len(line) - 1, -1, -1) if line[i].isalnum())


def lines_at(text: str) -> list[tuple[int, str]]:
    """(offset, line) for each line of the text layer's text, split at "\\r\\n", "\\r" and
    "\\n"."""
    out = []
    start = 0
    for m in _BREAK.finditer(text):
        out.append((start, text[start : m.start()]))
        start = m.end()
    out.append((start, text[start:]))
    return out


class _TypeReader:
    """Reads one text page's characters' type, with the buffers pdfium fills made once."""

    def __init__(self, textpage) -> None:
        self.raw = textpage.raw
        self.count = textpage.count_chars()
        self.matrix = pdfium_c.FS_MATRIX()
        self.matrix_of = -1  # the character whose matrix `self.matrix` holds
        self.has_matrix = False
        self.name = ctypes.create_string_buffer(_NAME_BUFFER)
        self.flags = ctypes.c_int()
        self.bold_names: dict[bytes, bool] = {}
        self.kinds: dict[tuple[float, bool], LineType] = {}

    def kind(self, size: float, bold: bool) -> LineType:
        """One LineType per size and weight on the page, made once."""
        kind = self.kinds.get((size, bold))
        if kind is None:
            kind = self.kinds[size, bold] = LineType(size, bold)
        return kind

    def _matrix(self, index: int) -> bool:
        """Read the character's text matrix into `self.matrix`, once per character in a row."""
        if index != self.matrix_of:
            self.matrix_of = index
            self.has_matrix = bool(pdfium_c.FPDFText_GetMatrix(self.raw, index, self.matrix))
        return self.has_matrix

    def turned(self, index: int) -> bool:
        """Whether the character's baseline is more than about 10 degrees off the horizontal."""
        if index >= self.count or not self._matrix(index):
            return False
        length = (self.matrix.a**2 + self.matrix.b**2) ** 0.5
        return bool(length) and abs(self.matrix.b) > TURNED_SINE * length

    def at(self, index: int) -> LineType | None:
        """The character's type: its size on the page (a text matrix may scale the type, as a
        browser sets its pixels' size and scales it to points) and whether its font is bold."""
        if index >= self.count:
            return None
        size = pdfium_c.FPDFText_GetFontSize(self.raw, index)
        if size <= 0:
            return None
        if self._matrix(index):
            size *= (self.matrix.c**2 + self.matrix.d**2) ** 0.5
        size = round(size, 1)
        if size <= 0:
            return None
        if pdfium_c.FPDFText_GetFontWeight(self.raw, index) >= 600:
            return self.kind(size, True)
        pdfium_c.FPDFText_GetFontInfo(
            self.raw, index, self.name, _NAME_BUFFER, ctypes.byref(self.flags)
        )
        font = self.name.value
        bold = self.bold_names.get(font)
        if bold is None:
            bold = self.bold_names[font] = _BOLD_NAME.search(font) is not None
        return self.kind(size, bold)
