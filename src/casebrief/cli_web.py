"""`casebrief serve` and `casebrief user`: the web app and its accounts."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from casebrief.cli_common import (
    DbOption,
    JsonOption,
    console,
    err_console,
    fail,
    open_store,
    print_json,
)
from casebrief.config import database_url
from casebrief.errors import CasebriefError, UsageError

user_app = typer.Typer(
    help="Web app accounts (used by `casebrief serve --auth`).", no_args_is_help=True
)


def serve_command(
    host: Annotated[str, typer.Option("--host", help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port to listen on.")] = 8000,
    auth: Annotated[
        bool,
        typer.Option(
            "--auth",
            help="Require log-in with accounts from `casebrief user add` (needed off this machine).",
        ),
    ] = False,
    max_upload_mb: Annotated[
        float | None,
        typer.Option(
            "--max-upload-mb",
            help="Largest uploaded file (default: $CASEBRIEF_MAX_UPLOAD_MB or 100).",
        ),
    ] = None,
    upload_dir: Annotated[
        Path | None,
        typer.Option(
            "--upload-dir",
            help="Where uploaded reports are kept (default: next to a SQLite store, else "
            "./casebrief-uploads); every worker must see the same folder.",
        ),
    ] = None,
    workers: Annotated[
        int,
        typer.Option(
            "--workers",
            min=1,
            help="Server processes; more serve more analysts at once (one per core is plenty).",
        ),
    ] = 1,
    retrain_every: Annotated[
        int,
        typer.Option(
            "--retrain-every",
            min=0,
            help="Retrain the learned coder in the background after this many new decisions (0: never).",
        ),
    ] = 10,
    db: DbOption = None,
) -> None:
    """Start the web app: library, reviews, coding review, themes, briefings and uploads."""
    import uvicorn

    from casebrief.store.users import list_users
    from casebrief.web.app import create_app
    from casebrief.web.settings import WebSettings, check_bind, max_upload_bytes_from_env

    try:
        check_bind(host, auth)
        if max_upload_mb is not None and max_upload_mb <= 0:
            raise UsageError("--max-upload-mb must be more than 0.")
        settings = WebSettings(
            database_url(db),
            auth=auth,
            retrain_every=retrain_every,
            upload_dir=upload_dir.resolve() if upload_dir else None,
            max_upload_bytes=int(max_upload_mb * 2**20)
            if max_upload_mb
            else max_upload_bytes_from_env(),
        )
        app = create_app(settings)
        if auth and not list_users(app.state.store):
            raise UsageError(
                "--auth is on but there are no accounts yet: create one with "
                "`casebrief user add NAME --role admin`."
            )
    except CasebriefError as exc:
        raise fail(exc) from exc
    if app.state.store.backend == "sqlite" and (workers > 1 or auth):
        err_console.print(
            "[yellow]note:[/] a SQLite store is for one analyst at a time: several people "
            "deciding at once may wait on each other or be told the database is busy. For a "
            "team, use PostgreSQL (README, 'For a team')."
        )
    console.print(
        f"casebrief is serving {app.state.store.where} at "
        f"[bold]http://{host}:{port}/[/] ({'accounts required' if auth else 'no log-in; this machine only'}). "
        "Ctrl-C stops it."
    )
    if workers == 1:
        uvicorn.run(app, host=host, port=port, log_level="warning")
        return
    settings.to_env()
    uvicorn.run(
        "casebrief.web.app:app_from_env",
        factory=True,
        workers=workers,
        host=host,
        port=port,
        log_level="warning",
    )


@user_app.command("add")
def user_add(
    name: Annotated[str, typer.Argument(help="Log-in name.")],
    role: Annotated[str, typer.Option("--role", help="viewer, analyst or admin.")] = "analyst",
    password_stdin: Annotated[
        bool,
        typer.Option(
            "--password-stdin", help="Read the password from standard input (for scripts)."
        ),
    ] = False,
    replace: Annotated[bool, typer.Option("--replace", help="Change an existing account.")] = False,
    db: DbOption = None,
) -> None:
    """Create an account. Viewers read; analysts also decide on codings; admins also upload."""
    from casebrief.store.users import add_user

    try:
        if password_stdin:
            password = sys.stdin.readline().rstrip("\r\n")
        elif os.environ.get("CASEBRIEF_PASSWORD"):
            password = os.environ["CASEBRIEF_PASSWORD"]
        else:
            password = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
        add_user(open_store(db), name, role, password, replace=replace)
    except CasebriefError as exc:
        raise fail(exc) from exc
    console.print(f"{'Updated' if replace else 'Added'} {name} ({role}).")


@user_app.command("list")
def user_list(db: DbOption = None, as_json: JsonOption = False) -> None:
    """List accounts and their roles."""
    from casebrief.store.users import list_users

    try:
        users = list_users(open_store(db))
    except CasebriefError as exc:
        raise fail(exc) from exc
    if as_json:
        print_json(users)
        return
    table = Table(title=f"{len(users)} account(s)")
    for column in ("name", "role", "created"):
        table.add_column(column)
    for u in users:
        table.add_row(u["name"], u["role"], str(u["created_at"])[:16])
    console.print(table)


@user_app.command("remove")
def user_remove(name: Annotated[str, typer.Argument()], db: DbOption = None) -> None:
    """Delete an account (its past decisions keep its name)."""
    from casebrief.store.users import remove_user

    try:
        remove_user(open_store(db), name)
    except CasebriefError as exc:
        raise fail(exc) from exc
    console.print(f"Removed {name}.")
