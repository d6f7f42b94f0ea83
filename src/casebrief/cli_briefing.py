"""The `brief` command: compose a briefing from the store and write it as HTML or Markdown."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from casebrief.cli_common import (
    AreaOption,
    DbOption,
    TypeOption,
    YearsOption,
    console,
    fail,
    open_store,
)
from casebrief.codebook import load_codebook
from casebrief.errors import CasebriefError, UsageError
from casebrief.parsing import id_list, year_range

FORMATS = {
    ".html": "html",
    ".htm": "html",
    ".md": "markdown",
    ".markdown": "markdown",
    ".pdf": "pdf",
    ".docx": "docx",
}


def brief_command(
    out: Annotated[
        Path, typer.Option("--out", "-o", help="Output file: .html, .md, .pdf or .docx.")
    ],
    codebook: Annotated[
        str, typer.Option("--codebook", "-c", help="Codebook name or YAML file.")
    ] = "online-harm",
    years: YearsOption = None,
    review_type: TypeOption = None,
    area: AreaOption = None,
    include: Annotated[
        str | None, typer.Option("--include-reviews", help="Review ids to add, e.g. 3,7.")
    ] = None,
    exclude: Annotated[
        str | None, typer.Option("--exclude-reviews", help="Review ids to leave out.")
    ] = None,
    references: Annotated[
        Path | None,
        typer.Option(
            "--references",
            help="Also write the briefing's reviews as a reference list: a .ris or .bib file.",
        ),
    ] = None,
    db: DbOption = None,
) -> None:
    """Write a thematic briefing: scope, what happened, key issues, vulnerabilities, learning, sources."""
    from casebrief.briefing.compose import Selection, compose
    from casebrief.briefing.render_docx import render_docx
    from casebrief.briefing.render_html import render_html
    from casebrief.briefing.render_md import render_markdown
    from casebrief.briefing.render_pdf import render_pdf

    try:
        fmt = FORMATS.get(out.suffix.lower())
        if fmt is None:
            raise UsageError(
                f"{out}: casebrief writes briefings as .html, .md, .pdf or .docx; choose one of those."
            )
        selection = Selection(
            year_range(years, "--years"),
            review_type,
            area,
            id_list(include, "--include-reviews"),
            id_list(exclude, "--exclude-reviews"),
        )
        if references is not None and references.suffix.lower() not in {".ris", ".bib"}:
            raise UsageError(f"--references {references}: write references to a .ris or .bib file.")
        store = open_store(db)
        briefing = compose(store, load_codebook(codebook), selection)
    except CasebriefError as exc:
        raise fail(exc) from exc
    if fmt == "pdf":
        data = render_pdf(briefing)
    elif fmt == "docx":
        data = render_docx(briefing)
    else:
        data = (render_html(briefing) if fmt == "html" else render_markdown(briefing)).encode(
            "utf-8"
        )
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.tmp")
    tmp.write_bytes(data)
    tmp.replace(out)
    console.print(
        f"Briefing: {briefing.selected} of {briefing.searched} reviews, "
        f"{len(briefing.key_issues)} key issues -> {out.resolve()}"
    )
    if references is not None:
        from casebrief.exchange.references import to_bibtex, to_ris
        from casebrief.store.exchange import review_records

        records = review_records(store, [c.review_id for c in briefing.reviews], None)
        text = to_ris(records) if references.suffix.lower() == ".ris" else to_bibtex(records)
        references.write_text(text, encoding="utf-8")
        console.print(f"References: {len(records)} reviews -> {references.resolve()}")
