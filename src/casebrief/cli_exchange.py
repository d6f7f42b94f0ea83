"""The exchange commands: export (REFI-QDA, spreadsheets, references), import (REFI-QDA), and
codebooks as REFI-QDA `.qdc` files."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from casebrief.cli_common import (
    AreaOption,
    DbOption,
    JsonOption,
    TypeOption,
    YearsOption,
    console,
    err_console,
    fail,
    open_store,
    print_json,
    progress_bar,
)
from casebrief.errors import CasebriefError, UsageError
from casebrief.parsing import year_range

EXPORT_FORMATS = ("qdpx", "xlsx", "csv", "ris", "bibtex")
_SUFFIX = {"qdpx": ".qdpx", "xlsx": ".xlsx", "csv": ".csv", "ris": ".ris", "bibtex": ".bib"}


def export_command(
    fmt: Annotated[str, typer.Option("--format", "-f", help="qdpx, xlsx, csv, ris or bibtex.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="File to write.")],
    codebook: Annotated[
        str | None,
        typer.Option(
            "--codebook", "-c", help="Codebook id (default: online-harm, else the first coded)."
        ),
    ] = None,
    status: Annotated[
        str,
        typer.Option(
            "--status",
            help="accepted: analysts' accepted codings only; all: accepted and suggested "
            "(rejected codings are never exported as codings).",
        ),
    ] = "accepted",
    years: YearsOption = None,
    review_type: TypeOption = None,
    area: AreaOption = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Export reviews and codings for other tools: a REFI-QDA project (NVivo, ATLAS.ti, MAXQDA,
    QualCoder), a spreadsheet of codings, or the reviews as references (RIS, BibTeX)."""
    from casebrief.exchange.qdpx import export_qdpx
    from casebrief.store.codings import choose_codebook
    from casebrief.store.exchange import STATUSES, review_records

    try:
        fmt = fmt.lower()
        if fmt not in EXPORT_FORMATS:
            raise UsageError(f"--format is one of {', '.join(EXPORT_FORMATS)}, not {fmt!r}.")
        if status not in STATUSES:
            raise UsageError(f"--status is accepted or all, not {status!r}.")
        if out.suffix.lower() != _SUFFIX[fmt]:
            raise UsageError(f"{out}: a {fmt} export is written to a {_SUFFIX[fmt]} file.")
        if not out.parent.is_dir():
            raise UsageError(f"{out}: the folder {out.parent} does not exist.")
        store = open_store(db)
        ids = [
            r["id"]
            for r in store.list_reviews(
                year=year_range(years, "--years"), review_type=review_type, area=area
            )
        ]
        if not ids:
            raise UsageError("No reviews match; check the filters, or `casebrief list`.")
        book = choose_codebook(store, codebook)
        if book is None and fmt not in {"ris", "bibtex"}:
            raise UsageError("No reviews are coded yet; run `casebrief code` first.")
        book_id = book["id"] if book else None
        counts: dict[str, int]
        if fmt == "qdpx":
            with progress_bar("Exporting", as_json) as progress:
                task = progress.add_task("export", total=None)
                counts = export_qdpx(
                    store,
                    out,
                    book_id,
                    ids,
                    status,
                    on_progress=lambda done, total: progress.update(
                        task, completed=done, total=total
                    ),
                )
        elif fmt in {"xlsx", "csv"}:
            from casebrief.exchange.sheets import codings_spreadsheet

            data, counts = codings_spreadsheet(store, fmt, book_id, ids, status)
            out.write_bytes(data)
        else:
            from casebrief.exchange.references import to_bibtex, to_ris

            records = review_records(store, ids, book_id)
            text = to_ris(records) if fmt == "ris" else to_bibtex(records)
            out.write_text(text, encoding="utf-8")
            counts = {"references": len(records)}
    except CasebriefError as exc:
        raise fail(exc) from exc
    except OSError as exc:
        raise fail(UsageError(f"{out}: cannot be written ({exc.strerror}).")) from exc
    if as_json:
        print_json({"out": str(out), "format": fmt, **counts})
    else:
        summary = ", ".join(f"{n} {what}" for what, n in counts.items())
        console.print(f"Wrote [bold]{escape(str(out))}[/]: {summary}.")


def import_command(
    file: Annotated[Path, typer.Argument(help="A REFI-QDA project (.qdpx).")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="qdpx.")] = "qdpx",
    codebook_id: Annotated[
        str | None,
        typer.Option("--codebook-id", help="Id for the codebook built from the project's codes."),
    ] = None,
    codebook_out: Annotated[
        Path | None,
        typer.Option(
            "--codebook-out", help="Where to write that codebook as YAML (default: next to FILE)."
        ),
    ] = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Import a REFI-QDA project from another tool: its text sources become reviews (or match
    stored ones with the same text), its codes a codebook, its codings analyst-decided codings.
    Everything is checked first; a bad file leaves the store unchanged."""
    from casebrief.exchange.qdpx import import_qdpx

    try:
        if fmt.lower() != "qdpx":
            raise UsageError(f"casebrief imports REFI-QDA projects (--format qdpx), not {fmt!r}.")
        store = open_store(db)
        target = codebook_out or file.with_suffix(".codebook.yaml")
        report = import_qdpx(store, file, codebook_id=codebook_id, codebook_out=target)
    except CasebriefError as exc:
        raise fail(exc) from exc
    data = {
        "codebook": report.codebook_id,
        "codebook_yaml": str(report.codebook_yaml) if report.codebook_yaml else None,
        "reviews_new": report.reviews_new,
        "reviews_matched": report.reviews_matched,
        "codings": report.codings,
        "sentences_left_out": report.sentences_unplaced,
        "selections_not_placed": report.selections_unplaced,
        "warnings": report.warnings,
    }
    if as_json:
        print_json(data)
        return
    console.print(
        f"Imported {escape(str(file))}: {report.reviews_new} new review(s), "
        f"{report.reviews_matched} matched to stored ones, {report.codings} coding(s) into "
        f"codebook [bold]{escape(report.codebook_id)}[/]."
    )
    if report.codebook_yaml:
        console.print(
            f"The codebook is in {escape(str(report.codebook_yaml))}: add patterns to its themes "
            "to code them automatically (`casebrief codebook check` that file)."
        )
    for warning in report.warnings:
        err_console.print(f"[yellow]warning:[/] {escape(warning)}")
    if report.selections_unplaced:
        err_console.print(
            f"[yellow]warning:[/] {report.selections_unplaced} selection(s) fell on text casebrief "
            "could not place in a sentence and were not imported."
        )


def codebook_export_command(
    codebook: Annotated[str, typer.Argument(help="Codebook name or YAML file.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="The .qdc file to write.")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="qdc.")] = "qdc",
) -> None:
    """Write a codebook as a REFI-QDA codebook (.qdc) for NVivo, ATLAS.ti, MAXQDA or QualCoder."""
    from casebrief.codebook import load_codebook
    from casebrief.exchange.qdc import write_qdc

    try:
        if fmt.lower() != "qdc":
            raise UsageError(f"codebooks are exported as qdc, not {fmt!r}.")
        write_qdc(load_codebook(codebook), out)
    except CasebriefError as exc:
        raise fail(exc) from exc
    console.print(f"Wrote [bold]{escape(str(out))}[/].")


def codebook_import_command(
    file: Annotated[Path, typer.Argument(help="A REFI-QDA codebook (.qdc).")],
    out: Annotated[Path, typer.Option("--out", "-o", help="The YAML codebook to write.")],
    codebook_id: Annotated[
        str | None, typer.Option("--id", help="Codebook id (default: from the file name).")
    ] = None,
) -> None:
    """Turn a REFI-QDA codebook (.qdc) into a casebrief YAML codebook to edit and check."""
    from casebrief.exchange.qdc import read_qdc

    try:
        text = read_qdc(file, codebook_id)
        out.write_text(text, encoding="utf-8")
    except CasebriefError as exc:
        raise fail(exc) from exc
    console.print(
        f"Wrote [bold]{escape(str(out))}[/]; `casebrief codebook check {escape(str(out))}` it, "
        "then add patterns to its themes."
    )
