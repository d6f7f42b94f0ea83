"""What every command shares: consoles, common options, opening the store, printing JSON."""

from __future__ import annotations

import json
import sys
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

from casebrief.config import database_url
from casebrief.errors import CasebriefError
from casebrief.parsing import year_range
from casebrief.store import Store

console = Console()
err_console = Console(stderr=True)

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        help="Store: a SQLite file, or postgresql://user@host/database "
        "(default: $CASEBRIEF_DB or ./casebrief.db).",
        show_default=False,
    ),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print machine-readable JSON.")]
# The review filters of briefings and exports.
YearsOption = Annotated[
    str | None, typer.Option("--years", help="Publication years, e.g. 2015-2022.")
]
TypeOption = Annotated[str | None, typer.Option("--type", help="Review type, e.g. CSPR, SCR.")]
AreaOption = Annotated[
    str | None, typer.Option("--area", help="Part of the area or partnership name.")
]


__all__ = [
    "AreaOption",
    "DbOption",
    "JsonOption",
    "TypeOption",
    "YearsOption",
    "console",
    "fail",
    "open_store",
    "print_json",
    "progress_bar",
    "year_range",
]


def progress_bar(label: str, quiet: bool = False) -> Progress:
    """A transient bar on stderr: `label` (may use task fields), bar, done/total."""
    return Progress(
        TextColumn(f"[bold]{label}"),
        BarColumn(),
        MofNCompleteColumn(),
        console=err_console,
        disable=quiet,
        transient=True,
    )


def fail(exc: CasebriefError) -> typer.Exit:
    err_console.print(f"[bold red]error:[/] {escape(str(exc))}")
    return typer.Exit(exc.exit_code)


def open_store(db: str | None) -> Store:
    return Store(database_url(db))


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, indent=2, default=str, ensure_ascii=False) + "\n")
