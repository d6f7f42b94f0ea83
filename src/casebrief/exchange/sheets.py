"""Codings as spreadsheets: one row per coding, as CSV or as an Excel workbook with a sheet per
category (frozen header, filters, sized columns) and a summary sheet of reviews x themes."""

from __future__ import annotations

import csv
import io
from collections import Counter
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from casebrief.codebook import Codebook

COLUMNS = (
    ("review_id", "Review id", 9),
    ("review", "Review", 40),
    ("year", "Year", 7),
    ("partnership", "Partnership", 32),
    ("theme", "Theme", 28),
    ("category", "Category", 16),
    ("sentence", "Sentence", 90),
    ("page", "Page", 6),
    ("flags", "Flags", 14),
    ("method", "Method", 9),
    ("status", "Status", 10),
    ("analyst", "Analyst", 16),
    ("note", "Note", 40),
)


def codings_spreadsheet(
    store, fmt: str, codebook_id: str, review_ids: list[int], status: str
) -> tuple[bytes, dict[str, int]]:
    """The codings of the given reviews as an .xlsx or .csv file's bytes, and what it holds.
    One function for the command line and the web app's downloads."""
    from casebrief.store.codings import stored_codebook
    from casebrief.store.exchange import coding_rows, review_records

    with store.engine.connect() as conn:
        codebook = stored_codebook(conn, codebook_id)
    records = review_records(store, review_ids, codebook_id)
    rows = sheet_rows(coding_rows(store, codebook_id, review_ids, status), records, codebook)
    if fmt == "csv":
        data = write_csv(rows).encode("utf-8-sig")  # with a BOM, Excel reads it as UTF-8
    else:
        buffer = io.BytesIO()
        write_xlsx(rows, records, codebook, buffer)
        data = buffer.getvalue()
    return data, {"reviews": len(records), "codings": len(rows)}


def sheet_rows(
    rows: list[dict[str, Any]], records: list[dict[str, Any]], codebook: Codebook
) -> list[dict[str, Any]]:
    """Coding rows as a spreadsheet shows them: theme labels, flags in words, review metadata."""
    by_id = {r["id"]: r for r in records}
    labels = {t.id: t.label for t in codebook.themes}
    out = []
    for row in rows:
        review = by_id[row["review_id"]]
        flags = [name for name in ("negated", "hedged", "generic") if row[name]]
        out.append(
            {
                "review_id": row["review_id"],
                "review": review["title"] or review["filename"],
                "year": review["year"],
                "partnership": review["partnership"],
                "theme": labels.get(row["theme"], row["theme"]),
                "category": row["category"],
                "sentence": row["sentence"],
                "page": row["page"],
                "flags": ", ".join(flags),
                "method": row["method"],
                "status": row["status"],
                "analyst": row["decided_by"] or "",
                "note": row["note"] or "",
            }
        )
    return out


def write_csv(rows: list[dict[str, Any]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([title for _, title, _ in COLUMNS])
    for row in rows:
        writer.writerow(["" if row[key] is None else row[key] for key, _, _ in COLUMNS])
    return buffer.getvalue()


def write_xlsx(
    rows: list[dict[str, Any]], records: list[dict[str, Any]], codebook: Codebook, out
) -> None:
    """`out` is a path or a binary file object. Written in openpyxl's streaming mode: a national
    library's codings are hundreds of thousands of rows."""
    book = Workbook(write_only=True)
    themes = list(codebook.themes)
    counts = Counter((r["review_id"], r["theme"]) for r in rows)
    summary_rows = []
    for record in records:
        cells = [counts[(record["id"], t.label)] for t in themes]
        summary_rows.append(
            [
                record["title"] or record["filename"],
                record["year"],
                record["partnership"],
                *cells,
                sum(cells),
            ]
        )
    _write_sheet(
        book,
        "Summary",
        ["Review", "Year", "Partnership", *[t.label for t in themes], "Total"],
        [40, 7, 32, *[14] * len(themes), 8],
        summary_rows,
    )
    for category in codebook.categories:
        _write_sheet(
            book,
            _sheet_title(category),
            [title for _, title, _ in COLUMNS],
            [w for _, _, w in COLUMNS],
            ([row[key] for key, _, _ in COLUMNS] for row in rows if row["category"] == category),
        )
    book.save(out)


def _write_sheet(book, title: str, header: list[str], widths: list[int], rows) -> None:
    """A sheet with a bold, frozen header row, filters over the data and sized columns."""
    sheet = book.create_sheet(title)
    for index, width in enumerate(widths, 1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    top = Alignment(wrap_text=True, vertical="top")
    cells = []
    for text in header:
        cell = WriteOnlyCell(sheet, value=text)
        cell.font, cell.alignment = bold, top
        cells.append(cell)
    sheet.append(cells)
    n = 1
    for row in rows:
        sheet.append(row)
        n += 1
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(header))}{n}"


def _sheet_title(category: str) -> str:
    title = category.replace("_", " ").capitalize()
    for bad in "[]:*?/\\":
        title = title.replace(bad, " ")
    return title[:31]
