"""Tables in a PDF's text layer, read by where their text sits on the page.

A PDF keeps no table structure: its text layer gives each cell's visual lines one after
another, so a chronology row whose cells wrap reads as scraps ("App messages, seen" / "later
by police") cut off from the event they describe. Where a page has a row of column heads
("Date  Source  What happened"), the text under it that keeps to those columns is put back
together row by row and read like a Word or web table row ("Dec 2024 | App messages, seen
later by police | A viewer ..."). Pages without such a row are read exactly as before."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise
from statistics import median

from casebrief.readers.rows import could_be_heads, is_column_heads, row_line

# Columns are set apart by at least this much white space (points); words in one line of
# prose, even a bold word in its own text object, sit closer.
COLUMN_GAP = 12.0
# Heads that fill their cells sit only the cells' padding apart (Word's default, 0.19 cm each
# side, leaves about 11 points); the rows under them still keep to the columns' gaps.
HEAD_GAP = 6.0
# How far a cell's text may start left of its column's head, or run past the next column's
# head, and still belong to its column (points).
ALIGN_TOLERANCE = 4.0
# A gap below the table's last text taller than this many lines of text ends the table: what
# follows (a heading, a paragraph) is the page's own.
END_GAP_LINES = 1.8
# A first-column entry set in the middle of its row sits within this many lines of the middle
# of the row's other cells; one that sits lower than its band's top by more marks a table set
# in the middle of its cells.
MIDDLE_TOLERANCE = 0.4
# More than this share of rows with a cell opening in lower case is prose set in columns.
MAX_LOWER_CASE_SHARE = 0.25
# A table with nothing under it on its page but what sits in this share of the page's height
# from its foot (a page number, a running footer) may run on to the next page...
FOOT_ZONE = 0.12
# ... where it carries on from the first line that keeps to its columns and fills two of them,
# after at most this many lines of running header.
RUN_ON_SKIP = 2
# Heads set in the middle of their cells are read over at most this many lines.
MAX_HEAD_LINES = 5


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
    """A table found on a page: its runs, the lines it reads as, and the column heads that set
    its columns (on this page, or on the page before for a table that runs on without them)."""

    runs: list[Run]
    heads: str | None  # None where the heads are on an earlier page
    rows: list[list[str]]  # each row's cells
    columns: tuple[Run, ...]


# A stretch of a table's body with clear space above and below it: its runs and their columns.
Band = list[tuple[Run, int]]


def page_runs(textpage, carried: tuple[Run, ...] | None = None) -> list[Run]:
    """The page's text runs, from pdfium's segmentation of the text layer into rectangles; none
    when no table can run on to the page (`carried`) and no line of it could be a table's column
    heads (most pages: their text is then not fetched a second time)."""

    def text_of(box: Run) -> Run:
        return replace(
            box, text=textpage.get_text_bounded(box.left, box.bottom, box.right, box.top).strip()
        )

    boxes = [Run("", *textpage.get_rect(index)) for index in range(textpage.count_rects())]
    if carried or any(
        _apart(line, HEAD_GAP) and could_be_heads([text_of(box).text for box in line])
        for line in _lines(sorted(boxes, key=lambda r: (-r.top, r.left)))
    ):
        return [run for run in map(text_of, boxes) if run.text]
    return []


def find_tables(runs: list[Run], carried: tuple[Run, ...] | None = None) -> list[Table]:
    """Every table on the page, top to bottom: one that runs on from the page before under
    `carried` column heads, then each that opens with a row of column heads."""
    tables: list[Table] = []
    remaining = sorted(runs, key=lambda r: (-r.top, r.left))
    if carried and (start := _runs_on(carried, remaining)) is not None:
        body = _body(carried, [r for r in remaining if r.top <= start + 1.0], start)
        _, rows = _heads_and_rows(carried, body, continued=True)
        if rows and not _flowing_prose(rows, continued=True):
            tables.append(Table([run for run, _ in body], None, rows, carried))
            used = {id(run) for run, _ in body}
            remaining = [r for r in remaining if id(r) not in used and r.top < start]
    while found := _first_heads(remaining):
        heads, head_runs = found
        top = min(h.bottom for h in head_runs)
        below = [r for r in remaining if r.top <= top + 1.0]
        columns = _columns(heads, below, top)
        body = _body(columns, below, top)
        head_cells, rows = _heads_and_rows(columns, body)
        if rows and not _flowing_prose(rows):
            runs_used = head_runs + [run for run, _ in body]
            tables.append(Table(runs_used, row_line(head_cells), rows, columns))
        used = {id(r) for r in head_runs} | {id(run) for run, _ in body}
        highest = max(h.top for h in head_runs)
        remaining = [r for r in remaining if id(r) not in used and r.top < highest]
    return tables


def runs_to_foot(table: Table, runs: list[Run], page_height: float) -> bool:
    """Whether the table is the last thing on its page but the foot's furniture (a page
    number, a running footer): then it may run on to the next page."""
    used = {id(r) for r in table.runs}
    lowest = min(r.bottom for r in table.runs)
    after = [r for r in runs if id(r) not in used and r.top < lowest]
    return all(r.top < FOOT_ZONE * page_height for r in after)


def _runs_on(columns: tuple[Run, ...], runs: list[Run]) -> float | None:
    """The top of the first line of a page (after at most RUN_ON_SKIP lines of a running
    header) where a table from the page before runs on: a line that keeps to its columns and
    fills two of them, or a line of its later columns alone (the rest of a row the page break
    cut, or the top of a cell set in the middle) that lines keeping to the columns follow down
    to one that fills two. None when the page does not carry on the table."""
    lines = _lines(runs)
    for index, line in enumerate(lines[: RUN_ON_SKIP + 1]):
        used = _columns_used(columns, line)
        if None in used:
            continue
        if len(used) >= 2 or (0 not in used and _reaches_a_row(columns, lines[index + 1 :])):
            return max(run.top for run in line)
    return None


def _reaches_a_row(columns: tuple[Run, ...], lines: list[list[Run]]) -> bool:
    """Whether the lines keep to the columns down to one that fills two of them."""
    for line in lines:
        used = _columns_used(columns, line)
        if None in used:
            return False
        if len(used) >= 2:
            return True
    return False


def _columns_used(columns: tuple[Run, ...], line: list[Run]) -> set[int | None]:
    """The columns a line's runs keep to; None among them when one keeps to none."""
    return {_column(columns, run) for run in line}


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


def _first_heads(runs: list[Run]) -> tuple[list[Run], list[Run]] | None:
    """The highest row of column heads, one run per column, and the runs it takes: a line of
    short labels set apart by column gaps, read with the lines of heads that wrap around it
    where the heads are set in the middle of their cells (see `_head_readings`)."""
    lines = _lines(runs)
    for index, line in enumerate(lines):
        if not (_apart(line, HEAD_GAP) and could_be_heads([r.text for r in line])):
            continue
        for middle, taken in _head_readings(lines, index):
            heads = _merged_heads(middle, taken)
            if _apart(heads, HEAD_GAP) and is_column_heads([h.text for h in heads]):
                return heads, taken
    return None


def _head_readings(lines: list[list[Run]], index: int) -> list[tuple[list[Run], list[Run]]]:
    """The ways to read a row of heads that holds the line of labels `lines[index]`, best first,
    each as its middle line and the runs it takes: the most runs that wrap around a middle line
    (the line itself, or one under it where the first lines of two wrapped heads sit above a
    head of one line), then the line alone."""
    line = lines[index]
    ids = {id(r) for r in line}
    wrapped = []
    for centre in range(index, min(index + MAX_HEAD_LINES // 2 + 1, len(lines))):
        if could_be_heads([r.text for r in lines[centre]]):
            taken = _head_row(lines, centre)
            if ids <= {id(r) for r in taken}:
                wrapped.append((lines[centre], taken))
    best = max(wrapped, key=lambda reading: len(reading[1]), default=None)
    return [*([best] if best else []), (line, line)]


def _head_row(lines: list[list[Run]], index: int) -> list[Run]:
    """The runs of the heads line `lines[index]` with, where the heads are set in the middle of
    their cells, the lines of heads that wrap above and below it: taken a pair at a time, the
    nth line above with the nth below, while each pair sits as far above the heads line as
    below it, holds labels, and leaves every column's head centred on the line with as many
    lines above it as below, going on in lower case ("Agency involved in the" above "Date  What
    happened", "contact" below)."""
    line = lines[index]
    middle = _middle(line)
    tolerance = MIDDLE_TOLERANCE * median(r.height for r in line)
    taken = list(line)
    for k in range(1, MAX_HEAD_LINES // 2 + 1):
        if index - k < 0 or index + k >= len(lines):
            break
        above, below = lines[index - k], lines[index + k]
        if abs(_middle(above) + _middle(below) - 2 * middle) > tolerance or not (
            could_be_heads([r.text for r in above]) and could_be_heads([r.text for r in below])
        ):
            break
        groups = _column_groups(taken)
        if any(len(_overlapping(run, groups)) > 1 for run in above + below):
            break
        wider = _column_groups(taken + above + below)
        if any(
            abs(_middle(group) - middle) > tolerance
            or sum(r.top > max(h.top for h in line) for r in group)
            != sum(r.bottom < min(h.bottom for h in line) for r in group)
            or any(r.text[:1].isupper() for r in sorted(group, key=lambda r: -r.top)[1:])
            for group in wider
        ):
            break
        taken += above + below
    return taken


def _middle(runs: list[Run]) -> float:
    """The height on the page of the middle of the runs' lines."""
    return (max(r.top for r in runs) + min(r.bottom for r in runs)) / 2


def _column_groups(runs: list[Run]) -> list[list[Run]]:
    """Runs grouped into columns by where they sit across the page: runs whose spans overlap
    are one column's."""
    groups: list[list[Run]] = []
    for run in sorted(runs, key=lambda r: r.left):
        if groups and run.left < max(r.right for r in groups[-1]):
            groups[-1].append(run)
        else:
            groups.append([run])
    return groups


def _overlapping(run: Run, groups: list[list[Run]]) -> list[list[Run]]:
    """The column groups the run reaches across."""
    return [
        g
        for g in groups
        if run.left < max(r.right for r in g) and run.right > min(r.left for r in g)
    ]


def _merged_heads(line: list[Run], taken: list[Run]) -> list[Run]:
    """One run per column: its head's lines as one text, spanning them across the page, set at
    the height of the heads line (or of its line nearest it), which gives the table's line
    height."""
    middle = _middle(line)
    heads = []
    for group in _column_groups(taken):
        level = min(group, key=lambda r: abs(_middle([r]) - middle))
        heads.append(
            replace(
                level,
                text=_cell_text(group),
                left=min(r.left for r in group),
                right=max(r.right for r in group),
            )
        )
    return heads


def _apart(line: list[Run], gap: float = COLUMN_GAP) -> bool:
    """Whether a line holds two or more runs, each set apart from the next by `gap`."""
    return len(line) >= 2 and all(b.left - a.right >= gap for a, b in pairwise(line))


def _columns(heads: list[Run], below: list[Run], top: float) -> tuple[Run, ...]:
    """The columns the heads name, each as its head with `left` moved to where the column's
    text starts: the end of the white space that runs down between the text under one head and
    the text under the next. Heads set in the middle of wide columns start to the right of
    their cells' text; heads set at the left start where it does. The first column takes
    everything to its left. `top`: where the text under the heads starts."""

    def crosses_a_gap(run: Run) -> bool:
        return any(run.left <= a.right and run.right >= b.left for a, b in pairwise(heads))

    region = list(_down_to_the_end(heads, below, top, crosses_a_gap))
    starts = [-math.inf] + [_river_end(a.right, b.left, region) for a, b in pairwise(heads)]
    return tuple(replace(head, left=start) for head, start in zip(heads, starts, strict=True))


def _river_end(lo: float, hi: float, region: list[Run]) -> float:
    """Where the widest stretch of [lo, hi] that no run of the region covers ends (where the
    next column's text starts); hi when the region covers all of it."""
    covered = sorted(
        (max(lo, r.left), min(hi, r.right)) for r in region if r.right > lo and r.left < hi
    )
    end, widest, at = hi, 0.0, lo
    for start, stop in covered:
        if start - at > widest:
            end, widest = start, start - at
        at = max(at, stop)
    if hi - at > widest:
        end = hi
    return end


def _column(heads: tuple[Run, ...], run: Run) -> int | None:
    """The column a run keeps to, or None when it starts outside the columns or runs across
    the next one."""
    for index in range(len(heads) - 1, -1, -1):
        if run.left >= heads[index].left - ALIGN_TOLERANCE:
            if index + 1 < len(heads) and run.right > heads[index + 1].left + ALIGN_TOLERANCE:
                return None
            return index
    return None


def _body(heads: tuple[Run, ...], below: list[Run], top: float) -> list[tuple[Run, int]]:
    """The runs from `top` down that keep to the columns, with their columns, down to the first
    that does not or to a gap wider than the table's lines."""
    kept = _down_to_the_end(heads, below, top, lambda run: _column(heads, run) is None)
    return [(run, _column(heads, run)) for run in kept]


def _down_to_the_end(
    heads: Sequence[Run], below: list[Run], top: float, ends: Callable[[Run], bool]
) -> Iterator[Run]:
    """The runs (sorted top down) from `top` down to the table's end: the first run that `ends`
    it, or a gap taller than END_GAP_LINES of the heads' lines."""
    line_height = median(r.height for r in heads)
    lowest = top
    for run in below:
        if lowest - run.top > END_GAP_LINES * line_height or ends(run):
            return
        yield run
        lowest = min(lowest, run.bottom)


def _heads_and_rows(
    heads: tuple[Run, ...], body: list[tuple[Run, int]], continued: bool = False
) -> tuple[list[str], list[list[str]]]:
    """The column heads' text and the body's cells row by row. Rows are stacked bands of text
    with clear space between them, each opened by its first-column entry (a date, wherever the
    cell sets it) or, in a table set in the middle of its cells, by the bands above that entry
    that its cells are centred on it with; a band that opens no row continues the row above (a
    cell that wraps further than its neighbours), or the heads when it comes before any row (on
    a page the table runs on to, the end of the row the page break cut: a row of its own). A
    table set in the middle need not show it (every entry level with a line of the cell beside
    it): one that reads as prose set in columns when taken as set at the top is read as set in
    the middle."""
    bands: list[Band] = []
    band_bottom = float("inf")
    for run, column in body:  # top down
        if run.top < band_bottom:
            bands.append([])
            band_bottom = run.bottom
        bands[-1].append((run, column))
        band_bottom = min(band_bottom, run.bottom)
    head_cells, rows = _cells(heads, bands, _row_openings(bands, heads, continued))
    if rows and _flowing_prose(rows, continued):
        middle = _cells(heads, bands, _row_openings(bands, heads, continued, middle=True))
        if middle[1] and not _flowing_prose(middle[1], continued):
            return middle
    return head_cells, rows


def _cells(
    heads: tuple[Run, ...], bands: list[Band], opens: list[bool]
) -> tuple[list[str], list[list[str]]]:
    """The heads' text and each row's cells, the rows opened where `opens` says."""
    head_cells: list[list[Run]] = [[h] for h in heads]
    rows: list[list[list[Run]]] = []
    for band, opening in zip(bands, opens, strict=True):
        if opening:
            rows.append([[] for _ in heads])
        for run, column in band:
            (rows[-1] if rows else head_cells)[column].append(run)
    return [_cell_text(cell) for cell in head_cells], [
        [_cell_text(cell) for cell in row] for row in rows
    ]


def _row_openings(
    bands: list[Band], heads: tuple[Run, ...], continued: bool, middle: bool = False
) -> list[bool]:
    """Which bands open a row. A table whose first-column entries sit below the top of their
    band has its cells set in the middle: there a cell that wraps further than its entry starts
    above it, in bands of their own, and the bands between two entries are split where both
    rows' cells are best centred on their entries (a line above an entry and a line below the
    entry before look alike otherwise). `middle`: read the table as set in the middle."""
    opens = [_entry(band) is not None for band in bands]
    # A first-column cell that wraps goes on in a band of its own: its later lines are no entry.
    opened: str | None = None  # the entry of the row opened last
    for at, band in enumerate(bands):
        if (entry := _entry(band)) is None:
            continue
        if _goes_on(opened, entry.text):
            opens[at] = False
        else:
            opened = entry.text
    entries = [i for i, opening in enumerate(opens) if opening]
    if continued and bands:
        opens[0] = True  # the end of a row cut by the page break: a row of its own
    tolerance = MIDDLE_TOLERANCE * median(r.height for r in heads)
    if not entries or (
        not middle
        and not any(
            max(r.top for r, _ in bands[i]) - _entry(bands[i]).top > tolerance for i in entries
        )
    ):
        return opens  # cells set at the top: each row opens with its entry

    # The rows' starts, chosen together: each from just after the entry before to its own entry,
    # so that the rows are best centred on their entries, at most over their columns. Ties go
    # to the later starts: the fewest bands taken from the row above.
    def preferred(option: tuple[float, list[int]]) -> tuple[float, list[int]]:
        return round(option[0], 3), [-start for start in option[1]]

    # On a page a table runs on to, the bands before the first row not taken into it are the
    # end of the row the page break cut.
    options = [{start: (0.0, [start]) for start in range(entries[0] + 1)}]
    for before_entry, entry in pairwise(entries):
        options.append(
            {
                start: min(
                    (
                        (
                            cost + _off_centre(bands[before:start], before_entry - before),
                            [*path, start],
                        )
                        for before, (cost, path) in options[-1].items()
                    ),
                    key=preferred,
                )
                for start in range(before_entry + 1, entry + 1)
            }
        )
    _, starts = min(
        (
            (cost + _off_centre(bands[start:], entries[-1] - start), path)
            for start, (cost, path) in options[-1].items()
        ),
        key=preferred,
    )
    for entry, start in zip(entries, starts, strict=True):
        opens[entry], opens[start] = False, True
    return opens


def continues_row(row: list[str], rest: list[str]) -> bool:
    """Whether the first row of a table's run on to a page is the rest of the page before's
    last row, cut by the page break: no first-column entry of its own, or one that goes on from
    the row's ("10 May" / "2025", "Children's social" / "care services")."""
    return not rest[0] or rest[0][:1].islower() or _goes_on(row[0], rest[0])


def _goes_on(opened: str | None, line: str) -> bool:
    """Whether a first-column line goes on from above rather than opening a row: above any row,
    a line in lower case goes on from a head that wraps ("Date of the" / "contact"); under an
    entry with no year, a year goes on from a date that wrapped ("10 May" / "2025"). (Lines in
    lower case under a row open rows of their own: many of them are prose set in columns.)"""
    if opened is None:
        return line[:1].islower()
    return bool(_YEAR_FIRST.match(line)) and not _YEAR.search(opened)


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_YEAR_FIRST = re.compile(r"(?:19|20)\d\d\b")


def _entry(band: Band) -> Run | None:
    """The band's first-column entry, if it has one."""
    return next((run for run, column in band if column == 0), None)


def _off_centre(row: list[Band], at: int) -> float:
    """How far the row's cells are centred away from its entry (in band `at`), at most over its
    columns."""
    entry = [r for r, c in row[at] if c == 0]
    return max(
        (
            _off_middle(entry, [r for b in row for r, c in b if c == column])
            for column in {c for b in row for _, c in b} - {0}
        ),
        default=0.0,
    )


def _off_middle(entry: list[Run], cell: list[Run]) -> float:
    """How far a cell's text is centred away from its row's first-column entry (points)."""
    return abs(_middle(cell) - _middle(entry))


def _flowing_prose(rows: list[list[str]], continued: bool = False) -> bool:
    """Whether the "rows" are lines of a page set in columns, under two side-by-side headings:
    there each line is a row of its own and many go on from the line before in lower case,
    where a table's cells open with a date, a name or a capital. On a page a table runs on to
    (`continued`), the first row may be the end of a row the page break cut, in lower case as
    a matter of course: it is not counted."""
    if continued:
        rows = rows[1:]
    run_on = sum(any(cell[:1].islower() for cell in row) for row in rows)
    return run_on > MAX_LOWER_CASE_SHARE * len(rows)


def _cell_text(runs: list[Run]) -> str:
    """A cell's lines in reading order, joined as one piece of text."""
    text = ""
    for run in sorted(runs, key=lambda r: (-r.top, r.left)):
        text = _joined(text, run.text)
    return text


def join_cells(cells: list[str], more: list[str]) -> list[str]:
    """A row's cells with the rest of each on the next page (a row the page break cut)."""
    return [_joined(cell, rest) for cell, rest in zip(cells, more, strict=True)]


def _joined(text: str, more: str) -> str:
    """Text with its next line: a word broken at the line's end is mended."""
    if text.endswith("\x02"):  # pdfium's mark for a hyphen that breaks a word at a line end
        return text[:-1] + more
    if text.endswith("-") or not text or not more:
        return text + more
    return text + " " + more
