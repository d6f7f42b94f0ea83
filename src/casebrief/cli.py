"""The `casebrief` command: parse options, call a service, render with Rich. Nothing else."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from casebrief import __version__, cli_briefing, cli_coding, cli_db, cli_exchange, cli_web
from casebrief.cli_common import (
    DbOption,
    JsonOption,
    console,
    err_console,
    fail,
    open_store,
    print_json,
    progress_bar,
    year_range,
)
from casebrief.config import default_workers
from casebrief.errors import CasebriefError, UsageError
from casebrief.ingest import IngestReport, OcrSettings, ingest
from casebrief.metadata import SHORT_TYPES
from casebrief.store import Store
from casebrief.store.search_sqlite import MARK_END, MARK_START

app = typer.Typer(
    help="Search, code and brief on child safeguarding case reviews. Everything runs locally.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
YearOption = Annotated[
    str | None, typer.Option("--year", help="Publication year or range, e.g. 2019 or 2015-2022.")
]
TypeOption = Annotated[
    str | None,
    typer.Option("--type", help="Review type, e.g. SCR, CSPR, CPR, CMR, 'learning review'."),
]
AreaOption = Annotated[
    str | None, typer.Option("--area", help="Part of the area or partnership name.")
]


@app.callback(invoke_without_command=True)
def main(
    version: Annotated[bool, typer.Option("--version", help="Show the version and exit.")] = False,
) -> None:
    if version:
        console.print(f"casebrief {__version__}")
        raise typer.Exit()


@app.command("ingest")
def ingest_command(
    paths: Annotated[
        list[Path], typer.Argument(help="Report files or folders (searched recursively).")
    ],
    db: DbOption = None,
    workers: Annotated[
        int, typer.Option("--workers", "-w", min=1, help="Parallel parser processes.")
    ] = default_workers(),
    ocr: Annotated[
        str,
        typer.Option(
            "--ocr",
            help="Scanned PDFs: auto (OCR when Tesseract is installed), always (OCR required; "
            "also re-reads files stored as needs_ocr), never (store them as needs_ocr).",
        ),
    ] = "auto",
    ocr_timeout: Annotated[
        float, typer.Option("--ocr-timeout", min=1, help="Seconds allowed for OCR of one page.")
    ] = 120.0,
    as_json: JsonOption = False,
) -> None:
    """Add PDF, DOCX, HTML, TXT and Markdown reports to the library (unchanged files are skipped)."""
    from casebrief.readers.ocr import OCR_MODES

    try:
        if ocr not in OCR_MODES:
            raise UsageError(f"--ocr is one of {', '.join(OCR_MODES)}, not {ocr!r}.")
        store = open_store(db)
        report = _ingest_with_progress(
            store, paths, workers, quiet=as_json, ocr=OcrSettings(ocr, ocr_timeout)
        )
    except CasebriefError as exc:
        raise fail(exc) from exc
    if as_json:
        print_json(
            {
                "interrupted": report.interrupted,
                "counts": {
                    s: report.count(s)
                    for s in ("ingested", "updated", "unchanged", "failed", "needs_ocr", "skipped")
                },
                "files": [o.__dict__ for o in report.outcomes],
            }
        )
    else:
        _render_ingest_report(report)
    if report.interrupted:
        raise typer.Exit(130)
    if report.problems:
        raise typer.Exit(1)


def _ingest_with_progress(
    store: Store, paths: list[Path], workers: int, quiet: bool, ocr: OcrSettings | None = None
) -> IngestReport:
    with Progress(
        TextColumn("[bold]Ingesting"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        TextColumn("{task.fields[current]}"),
        console=err_console,
        disable=quiet,
        transient=True,
    ) as progress:
        task = progress.add_task("ingest", total=None, current="")
        return ingest(
            paths,
            store,
            workers=workers,
            ocr=ocr or OcrSettings(),
            on_total=lambda n: progress.update(task, total=n),
            on_progress=lambda outcome, done: progress.update(
                task, completed=done, current=escape(Path(outcome.path).name[:40])
            ),
        )


def _render_ingest_report(report: IngestReport) -> None:
    summary = Table(title="Ingestion summary", show_header=True)
    for status in ("ingested", "updated", "unchanged", "failed", "needs_ocr", "skipped"):
        summary.add_column(status.replace("_", " "), justify="right")
    summary.add_row(
        *(
            str(report.count(s))
            for s in ("ingested", "updated", "unchanged", "failed", "needs_ocr", "skipped")
        )
    )
    console.print(summary)
    troubles = [o for o in report.outcomes if o.status in {"failed", "needs_ocr", "skipped"}]
    if troubles:
        table = Table(title="Files not ingested", show_lines=False)
        table.add_column("status")
        table.add_column("file", overflow="fold")
        table.add_column("reason", overflow="fold")
        for o in troubles:
            reason = (o.message or "").removeprefix(f"{o.path}: ")
            table.add_row(o.status.replace("_", " "), escape(o.path), escape(reason))
        console.print(table)
    partial = [o for o in report.outcomes if o.status in {"ingested", "updated"} and o.message]
    if partial:
        table = Table(title="Stored with pages left unread", show_lines=False)
        table.add_column("file", overflow="fold")
        table.add_column("what was not read", overflow="fold")
        for o in partial:
            table.add_row(escape(o.path), escape(o.message.removeprefix(f"{o.path}: ")))
        console.print(table)
    if report.interrupted:
        err_console.print(
            "[yellow]Interrupted: reviews stored so far are complete; run the same command to continue.[/]"
        )


def _review_row(r: dict) -> dict:
    return {
        "id": r["id"],
        "title": r["title"],
        "filename": r["filename"],
        "year": r["year"],
        "review_type": r["review_type"],
        "partnership": r["partnership"],
        "area": r["area"],
        "nation": r["nation"],
        "child_pseudonyms": r["child_pseudonyms"],
        "child_age": r["child_age"],
        "child_gender": r["child_gender"],
        "pages": r["n_pages"],
        "sentences": r["n_sentences"],
        "format": r["format"],
        "sha256": r["sha256"],
    }


@app.command("list")
def list_command(
    db: DbOption = None,
    year: YearOption = None,
    review_type: TypeOption = None,
    area: AreaOption = None,
    as_json: JsonOption = False,
) -> None:
    """List the reviews in the library with their metadata."""
    try:
        rows = open_store(db).list_reviews(
            year=year_range(year), review_type=review_type, area=area
        )
    except CasebriefError as exc:
        raise fail(exc) from exc
    if as_json:
        print_json([_review_row(r) for r in rows])
        return
    table = Table(title=f"{len(rows)} review{'s' if len(rows) != 1 else ''}")
    for name, justify in (
        ("id", "right"),
        ("year", "right"),
        ("type", "left"),
        ("area", "left"),
        ("child", "left"),
        ("title", "left"),
        ("pages", "right"),
    ):
        table.add_column(name, justify=justify, overflow="fold")
    for r in rows:
        table.add_row(
            str(r["id"]),
            str(r["year"] or "?"),
            SHORT_TYPES.get(r["review_type"], r["review_type"] or "?"),
            r["area"] or "?",
            ", ".join(r["child_pseudonyms"] or []) or "?",
            escape(r["title"] or r["filename"]),
            str(r["n_pages"]),
        )
    console.print(table)
    if not rows:
        console.print("No reviews yet: add some with [bold]casebrief ingest FOLDER[/].")


@app.command("show")
def show_command(
    review: Annotated[
        str, typer.Argument(help="Review id, or a unique part of its title or child pseudonym.")
    ],
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Show one review: metadata, sections with page ranges, and statistics."""
    try:
        store = open_store(db)
        data = store.get_review(store.resolve_review(review))
    except CasebriefError as exc:
        raise fail(exc) from exc
    sections = [
        {k: s[k] for k in ("kind", "heading", "page_start", "page_end")} for s in data["sections"]
    ]
    if as_json:
        print_json(
            {
                **_review_row(data),
                "files": data["files"],
                "unread": data["unread"],
                "sections": sections,
                "characters": data["n_chars"],
            }
        )
        return
    meta = Table.grid(padding=(0, 2))
    meta.add_column(style="bold")
    meta.add_column()
    for label, value in (
        ("Title", data["title"]),
        ("Partnership", data["partnership"]),
        ("Area", data["area"]),
        ("Nation", data["nation"]),
        ("Review type", data["review_type"]),
        ("Year", data["year"]),
        ("Child", ", ".join(data["child_pseudonyms"] or [])),
        ("Age", data["child_age"]),
        ("Gender", data["child_gender"]),
        ("File", "\n".join(data["files"])),
        (
            "Size",
            f"{data['n_pages']} pages, {data['n_sentences']} sentences, {data['n_chars']:,} characters",
        ),
    ):
        meta.add_row(label, escape(str(value)) if value not in (None, "") else "[dim]not stated[/]")
    if data["unread"]:
        meta.add_row("Not read", f"[yellow]{escape(chr(10).join(data['unread']))}[/]")
    console.print(meta)
    table = Table(title="Sections")
    table.add_column("kind")
    table.add_column("heading", overflow="fold")
    table.add_column("pages", justify="right")
    for s in sections:
        pages = (
            str(s["page_start"])
            if s["page_start"] == s["page_end"]
            else f"{s['page_start']}-{s['page_end']}"
        )
        table.add_row(s["kind"], escape(s["heading"]), pages)
    console.print(table)


def _rich_snippet(snippet: str) -> str:
    return escape(snippet).replace(MARK_START, "[bold yellow]").replace(MARK_END, "[/]")


@app.command("meta")
def meta_command(
    review: Annotated[
        str, typer.Argument(help="Review id, or a unique part of its title or child pseudonym.")
    ],
    changes: Annotated[
        list[str] | None,
        typer.Option(
            "--set",
            help="FIELD=VALUE, repeatable: title, partnership, area, nation, review_type, year, "
            "child_pseudonyms (comma-separated), child_age, child_gender. An empty VALUE blanks it.",
        ),
    ] = None,
    user: Annotated[
        str | None, typer.Option("--user", help="Who is correcting (default: your login name).")
    ] = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Show a review's metadata with analysts' corrections, or correct it with --set. Corrections
    are kept apart from the extracted values, survive re-ingesting, and are used everywhere."""
    from casebrief.store.corrections import FIELDS, correct, corrections, parse_value
    from casebrief.web.settings import _login_name

    try:
        store = open_store(db)
        review_id = store.resolve_review(review)
        if changes:
            parsed = {}
            for change in changes:
                field, sep, value = change.partition("=")
                if not sep:
                    raise UsageError(f"--set takes FIELD=VALUE, not {change!r}.")
                parsed[field.strip()] = parse_value(field.strip(), value)
            correct(store, review_id, parsed, user or _login_name())
        data = store.get_review(review_id)
        fixed = corrections(store, review_id)
    except CasebriefError as exc:
        raise fail(exc) from exc
    rows = {f: data[f] for f in FIELDS}
    if as_json:
        print_json(
            {
                "id": review_id,
                "metadata": rows,
                "sources": data["metadata_sources"],
                "corrections": fixed,
            }
        )
        return
    table = Table(title=f"Metadata of review {review_id}")
    for col in ("field", "value", "read from", "corrected"):
        table.add_column(col, overflow="fold")
    for field, value in rows.items():
        shown = (
            ", ".join(value) if isinstance(value, list) else ("" if value is None else str(value))
        )
        c = fixed.get(field)
        extracted = c["extracted"] if c else None
        if isinstance(extracted, list):
            extracted = ", ".join(extracted)
        note = (
            f"by {c['corrected_by']} at {c['corrected_at']}; extracted: {extracted or 'blank'}"
            if c
            else ""
        )
        table.add_row(
            field, escape(shown), _source_text(data["metadata_sources"].get(field)), escape(note)
        )
    console.print(table)


def _source_text(source: dict | None) -> str:
    if not source:
        return ""
    line = f", line {source['line']}" if source.get("line") else ""
    return f"p. {source['page']}{line} ({source['confidence']:.2f})"


@app.command("reextract")
def reextract_command(
    reviews_: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="[REVIEW]...", help="Review ids or title parts; all reviews when none given."
        ),
    ] = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Read reviews' metadata again from their files, as this version of casebrief extracts it.
    Analysts' corrections stay in force; text, sentences and codings are not touched."""
    from casebrief.ingest import reextract_metadata

    try:
        store = open_store(db)
        ids = (
            [store.resolve_review(r) for r in reviews_]
            if reviews_
            else [r["id"] for r in store.list_reviews()]
        )
        with progress_bar("Re-extracting", as_json) as progress:
            task = progress.add_task("reextract", total=len(ids))
            results = reextract_metadata(
                store, ids, on_progress=lambda _r, done: progress.update(task, completed=done)
            )
    except CasebriefError as exc:
        raise fail(exc) from exc
    if as_json:
        print_json([r.__dict__ for r in results])
    else:
        table = Table(title="Metadata re-extracted")
        for col in ("review", "status", "changes"):
            table.add_column(col, overflow="fold")
        for r in results:
            detail = r.message or "; ".join(
                f"{f}: {old!r} -> {new!r}" for f, (old, new) in r.changes.items()
            )
            table.add_row(str(r.review_id), r.status, escape(detail))
        console.print(table)
    if any(r.status == "failed" for r in results):
        raise typer.Exit(1)


@app.command("search")
def search_command(
    query: Annotated[
        str, typer.Argument(help='Words, "phrases", prefix*, AND / OR / NOT, (groups).')
    ],
    db: DbOption = None,
    year: YearOption = None,
    review_type: TypeOption = None,
    area: AreaOption = None,
    limit: Annotated[
        int, typer.Option("--limit", "-n", min=1, max=1000, help="Most hits to show.")
    ] = 20,
    as_json: JsonOption = False,
) -> None:
    """Search the sentences of every review, best matches first (BM25)."""
    try:
        hits = open_store(db).search(
            query, limit=limit, year=year_range(year), review_type=review_type, area=area
        )
    except CasebriefError as exc:
        raise fail(exc) from exc
    if as_json:
        print_json(
            [
                {
                    "review_id": h["review_id"],
                    "title": h["title"] or h["filename"],
                    "year": h["year"],
                    "page": h["page"],
                    "text": h["text"],
                    "snippet": h["snippet"].replace(MARK_START, "[").replace(MARK_END, "]"),
                    "score": round(-h["score"], 4),
                }
                for h in hits
            ]
        )
        return
    if not hits:
        console.print(f"No sentences match {escape(query)!s}.")
        return
    for h in hits:
        console.print(
            f"[bold]{escape(h['title'] or h['filename'])}[/] [dim]({h['year'] or 'year?'}, p. {h['page']}, review {h['review_id']})[/]"
        )
        console.print(f"  {_rich_snippet(h['snippet'])}")


@app.command("demo")
def demo_command(
    db: Annotated[
        str | None, typer.Option("--db", help="Database file for the demo.")
    ] = "casebrief-demo.db",
    workers: Annotated[int, typer.Option("--workers", "-w", min=1)] = default_workers(),
) -> None:
    """Build the bundled fictional sample corpus, ingest it, search it, train the learned coder,
    code it, screen it and write a briefing."""
    from casebrief.sample.build import build_corpus, default_corpus_dir

    target = default_corpus_dir()
    with console.status("Building the sample corpus (fictional reviews)..."):
        corpus = build_corpus(target)
    console.print(f"Sample corpus: {len(corpus)} files in {target}")
    path = Path(db or "casebrief-demo.db")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    store = open_store(str(path))
    report = _ingest_with_progress(store, [target], workers, quiet=False)
    _render_ingest_report(report)
    list_command(db=str(path))
    for query in (
        "groom* AND (Snapchat OR TikTok)",
        '"threatened to share"',
        "self-harm AND content",
    ):
        console.rule(f"casebrief search {escape(query)}")
        search_command(query, db=str(path), limit=4)
    console.rule(
        "casebrief learn; casebrief code --codebook online-harm; casebrief screen --key-factor"
    )
    from casebrief.codebook import load_codebook
    from casebrief.learning.service import learn

    with console.status("Training the learned coder on the shipped gold sets..."):
        learned = learn(store, load_codebook("online-harm"))
    console.print(
        f"Learned coder {learned.fingerprint}: {len(learned.themes)} themes, trained on "
        f"{learned.trained_on['sentences']} gold sentences (training parts only)."
    )
    cli_coding.code_command(codebook="online-harm", db=str(path), workers=workers)
    cli_coding.screen_command(codebook="online-harm", db=str(path), only_key_factor=True)
    console.rule("casebrief brief --codebook online-harm --out briefing.html")
    briefing = Path("casebrief-demo-briefing.html")
    cli_briefing.brief_command(out=briefing, codebook="online-harm", db=str(path))
    console.print(
        f'\nThe demo store is {path.resolve()}; try: casebrief evidence --db {path} "Child R"'
    )


@app.command("sample")
def sample_command(
    out: Annotated[Path, typer.Argument(help="Folder to write the sample corpus into.")],
) -> None:
    """Write the bundled fictional sample corpus (PDF, DOCX, HTML) and its truth.json to a folder."""
    from casebrief.sample.build import build_corpus

    files = build_corpus(out)
    console.print(f"Wrote {len(files)} fictional review files and truth.json to {out}")


app.add_typer(cli_coding.codebook_app, name="codebook")
app.command("code")(cli_coding.code_command)
app.command("screen")(cli_coding.screen_command)
app.command("evidence")(cli_coding.evidence_command)
app.command("eval")(cli_coding.eval_command)
app.command("learn")(cli_coding.learn_command)
app.command("simulate")(cli_coding.simulate_command)
app.command("brief")(cli_briefing.brief_command)
app.command("export")(cli_exchange.export_command)
app.command("import")(cli_exchange.import_command)
cli_coding.codebook_app.command("export")(cli_exchange.codebook_export_command)
cli_coding.codebook_app.command("import")(cli_exchange.codebook_import_command)
app.command("serve")(cli_web.serve_command)
app.add_typer(cli_web.user_app, name="user")
app.add_typer(cli_db.db_app, name="db")


if __name__ == "__main__":
    app()
