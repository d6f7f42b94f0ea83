"""What every command shares: consoles, common options, opening the store, printing JSON."""

from __future__ import annotations

import json
import re
import sys
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape

from casebrief.config import database_url
from casebrief.errors import CasebriefError, UsageError
from casebrief.store import Store

console = Console()
err_console = Console(stderr=True)

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db", help="Database file (default: $CASEBRIEF_DB or ./casebrief.db).", show_default=False
    ),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print machine-readable JSON.")]


def fail(exc: CasebriefError) -> typer.Exit:
    err_console.print(f"[bold red]error:[/] {escape(str(exc))}")
    return typer.Exit(exc.exit_code)


def open_store(db: str | None) -> Store:
    return Store(database_url(db))


def year_range(value: str | None, option: str = "--year") -> tuple[int, int] | None:
    """'2019' or '2015-2022' as (first, last); None when not given."""
    if not value:
        return None
    m = re.fullmatch(r"\s*(\d{4})\s*(?:[-:]\s*(\d{4})\s*)?", value)
    if not m:
        raise UsageError(f"{option} {value!r} is not a year or range; use e.g. 2019 or 2015-2022.")
    low, high = int(m.group(1)), int(m.group(2) or m.group(1))
    return (min(low, high), max(low, high))


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, indent=2, default=str, ensure_ascii=False) + "\n")
