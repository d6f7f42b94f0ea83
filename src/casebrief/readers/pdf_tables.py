"""Tables in a PDF's text layer, read by where their text sits on the page.

A PDF keeps no table structure: its text layer gives each cell's visual lines one after
another, so a chronology row whose cells wrap reads as scraps ("App messages, seen" / "later
by police") cut off from the event they describe. Where a page has a row of column heads
("Date  Source  What happened"), the text under it that keeps to those columns is put back
together row by row and read like a Word or web table row ("Dec 2024 | App messages, seen
later by police | A viewer ..."). Pages without such a row are read exactly as before."""

from __future__ import annotations

from dataclasses import dataclass, replace
from itertools import pairwise
from statistics import median

from casebrief.readers.rows import is_column_heads, row_line

# Columns are set apart by at least this much white space (points); words in one line of
# prose, even a bold word in its own text object, sit closer.
COLUMN_GAP = 12.0
# How far a cell's text may start left of its column's head, or run past the next column's
# head, and still belong to its column (points).
ALIGN_TOLERANCE = 4.0
# A gap below the table's last text taller than this many lines of text ends the table: what
# follows (a heading, a paragraph) is the page's own.
END_GAP_LINES = 1.8
# More than this share of rows with a cell opening in lower case is prose set in columns.
MAX_RUN_ON_SHARE = 0.25


@dataclass(frozen=True, slots=True)
class Run:
    """A stretch of text on one visual line, as the text layer boxes it (PDF points, y up)."""

    text: str
    left: float
    bottom: float
    right: float
    top: float

    @property
    def height(self) -> float:
        return self.top - self.bottom


@dataclass(frozen=True, slots=True)
class Table:
    """A table found on a page: its runs (heads first) and the lines it reads as."""

    runs: list[Run]
    heads: str
    rows: list[str]


def page_runs(textpage) -> list[Run]:
    """The page's text runs, from pdfium's segmentation of the text layer into rectangles; none
    when no line of the page could be a table's column heads (most pages: their text is then
    not fetched a second time)."""

    def text_of(box: Run) -> Run:
        return replace(
            box, text=textpage.get_text_bounded(box.left, box.bottom, box.right, box.top).strip()
        )

    boxes = [Run("", *textpage.get_rect(index)) for index in range(textpage.count_rects())]
    for line in _lines(sorted(boxes, key=lambda r: (-r.top, r.left))):
        if _apart(line) and is_column_heads([text_of(box).text for box in line]):
            return [run for run in map(text_of, boxes) if run.text]
    return []


def find_tables(runs: list[Run]) -> list[Table]:
    """Every table on the page that opens with a row of column heads, top to bottom."""
    tables: list[Table] = []
    remaining = sorted(runs, key=lambda r: (-r.top, r.left))
    while heads := _first_heads(remaining):
        below = [r for r in remaining if r.top <= min(h.bottom for h in heads) + 1.0]
        body = _body(heads, below)
        head_cells, rows = _heads_and_rows(heads, body)
        if rows and not _flowing_prose(rows):
            tables.append(
                Table(
                    runs=heads + [run for run, _ in body],
                    heads=row_line(head_cells),
                    rows=[row_line(cells) for cells in rows],
                )
            )
        used = {id(r) for r in heads} | {id(run) for run, _ in body}
        remaining = [r for r in remaining if id(r) not in used and r.top < heads[0].top]
    return tables


def _lines(runs: list[Run]) -> list[list[Run]]:
    """Runs (sorted top down) grouped into visual lines, left to right: a run joins one of the
    last two lines when it overlaps that line's first run by half its height."""
    lines: list[list[Run]] = []
    for run in runs:
        for line in lines[-2:]:
            first = line[0]
            overlap = min(first.top, run.top) - max(first.bottom, run.bottom)
            if overlap >= 0.5 * min(first.height, run.height):
                line.append(run)
                break
        else:
            lines.append([run])
    return [sorted(line, key=lambda r: r.left) for line in lines]


def _first_heads(runs: list[Run]) -> list[Run] | None:
    """The highest line that names columns: short labels set apart by column gaps."""
    for line in _lines(runs):
        if _apart(line) and is_column_heads([r.text for r in line]):
            return line
    return None


def _apart(line: list[Run]) -> bool:
    """Whether a line holds two or more runs, each set apart from the next by a column gap."""
    return len(line) >= 2 and all(b.left - a.right >= COLUMN_GAP for a, b in pairwise(line))


def _column(heads: list[Run], run: Run) -> int | None:
    """The column a run keeps to, or None when it starts outside the columns or runs across
    the next one."""
    for index in range(len(heads) - 1, -1, -1):
        if run.left >= heads[index].left - ALIGN_TOLERANCE:
            if index + 1 < len(heads) and run.right > heads[index + 1].left + ALIGN_TOLERANCE:
                return None
            return index
    return None


def _body(heads: list[Run], below: list[Run]) -> list[tuple[Run, int]]:
    """The runs under the heads that keep to the columns, with their columns, down to the
    first that does not or to a gap wider than the table's lines."""
    line_height = median(r.height for r in heads)
    body: list[tuple[Run, int]] = []
    lowest = min(h.bottom for h in heads)
    for run in below:  # top down
        column = _column(heads, run)
        if lowest - run.top > END_GAP_LINES * line_height or column is None:
            break
        body.append((run, column))
        lowest = min(lowest, run.bottom)
    return body


def _heads_and_rows(
    heads: list[Run], body: list[tuple[Run, int]]
) -> tuple[list[str], list[list[str]]]:
    """The column heads' text and the body's cells row by row. Rows are stacked bands of text
    with clear space between them, each opened by its first-column entry (a date, wherever the
    cell sets it); a band with nothing in the first column continues the row above (a cell that
    wraps further than its neighbours), or the heads when it comes before any row."""
    bands: list[list[tuple[Run, int]]] = []
    band_bottom = float("inf")
    for run, column in body:  # top down
        if run.top < band_bottom:
            bands.append([])
            band_bottom = run.bottom
        bands[-1].append((run, column))
        band_bottom = min(band_bottom, run.bottom)
    head_cells: list[list[Run]] = [[h] for h in heads]
    rows: list[list[list[Run]]] = []
    for band in bands:
        if any(column == 0 for _, column in band):
            rows.append([[] for _ in heads])
        for run, column in band:
            (rows[-1] if rows else head_cells)[column].append(run)
    return [_cell_text(cell) for cell in head_cells], [
        [_cell_text(cell) for cell in row] for row in rows
    ]


def _flowing_prose(rows: list[list[str]]) -> bool:
    """Whether the "rows" are lines of a page set in columns, under two side-by-side headings:
    there each line is a row of its own and many go on from the line before in lower case,
    where a table's cells open with a date, a name or a capital."""
    run_on = sum(any(cell[:1].islower() for cell in row) for row in rows)
    return run_on > MAX_RUN_ON_SHARE * len(rows)


def _cell_text(runs: list[Run]) -> str:
    """A cell's lines in reading order, joined as one piece of text."""
    text = ""
    for run in sorted(runs, key=lambda r: (-r.top, r.left)):
        if text.endswith("\x02"):  # pdfium's mark for a hyphen that breaks a word at a line end
            text = text[:-1] + run.text
        elif text.endswith("-") or not text:
            text += run.text
        else:
            text += " " + run.text
    return text
