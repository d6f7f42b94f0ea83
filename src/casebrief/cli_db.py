"""The `db` commands: schema status and upgrade, and copying a library between stores."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from casebrief.cli_common import (
    DbOption,
    JsonOption,
    console,
    err_console,
    fail,
    print_json,
    progress_bar,
)
from casebrief.config import database_url
from casebrief.errors import CasebriefError

db_app = typer.Typer(
    help="The store: schema status and upgrade, copying a library.", no_args_is_help=True
)


@db_app.command("status")
def status_command(db: DbOption = None, as_json: JsonOption = False) -> None:
    """The store's backend, schema revision and size."""
    from casebrief.store.migrate import status
    from casebrief.store.repository import Store

    try:
        store = Store(database_url(db))
        data = {"store": store.where, "backend": store.backend, **status(store.engine)}
        data |= store.counts()
    except CasebriefError as exc:
        raise fail(exc) from exc
    if as_json:
        print_json(data)
        return
    state = "up to date" if data["current"] == data["head"] else "needs `casebrief db upgrade`"
    console.print(
        f"{escape(data['store'])} ({data['backend']}): schema {data['current']} ({state}); "
        f"{data['reviews']:,} reviews, {data['sentences']:,} sentences."
    )


@db_app.command("upgrade")
def upgrade_command(db: DbOption = None) -> None:
    """Create the schema, or bring it to this version's. Every command also does this when it
    opens a store; this is for doing it on purpose (e.g. before starting several web workers)."""
    from casebrief.store.migrate import HEAD
    from casebrief.store.repository import Store

    try:
        store = Store(database_url(db))
    except CasebriefError as exc:
        raise fail(exc) from exc
    console.print(f"{escape(store.where)}: schema at {HEAD}.")


@db_app.command("copy")
def copy_command(
    source: Annotated[str, typer.Option("--from", help="The store to copy from (path or URL).")],
    target: Annotated[str, typer.Option("--to", help="The store to copy into (path or URL).")],
    as_json: JsonOption = False,
) -> None:
    """Copy a library (reviews, sentences, codings, decisions, corrections, users, models) to
    another store, e.g. from SQLite to PostgreSQL. Batches are committed as they go: run the
    same command again to resume an interrupted copy. Counts are checked at the end."""
    from casebrief.store.copy import copy_store
    from casebrief.store.repository import Store

    try:
        src, dst = Store(database_url(source)), Store(database_url(target))
        if src.url == dst.url:
            raise CasebriefError("--from and --to are the same store.")
        with progress_bar("Copying {task.fields[table]}", as_json) as progress:
            task = progress.add_task("copy", total=None, table="")
            results = copy_store(
                src,
                dst,
                on_progress=lambda table, done, total: progress.update(
                    task, completed=done, total=total, table=table
                ),
            )
    except CasebriefError as exc:
        raise fail(exc) from exc
    complete = all(r.complete for r in results)
    if as_json:
        print_json({"complete": complete, "tables": [r.__dict__ for r in results]})
    else:
        table = Table(title=f"{escape(src.where)} -> {escape(dst.where)}")
        for col in ("table", "in source", "copied now", "in target", ""):
            table.add_column(col, justify="right" if col else "left")
        for r in results:
            mark = "[green]ok[/]" if r.complete else "[red]differs[/]"
            table.add_row(r.table, f"{r.source:,}", f"{r.copied:,}", f"{r.target:,}", mark)
        console.print(table)
    if not complete:
        err_console.print(
            "[red]The target's counts differ from the source's[/]: it held other rows before "
            "the copy, or the source changed during it. Copy into an empty store."
        )
        raise typer.Exit(1)
