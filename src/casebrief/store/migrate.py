"""Schema migrations with Alembic, run automatically when a store is opened. Alembic is only
imported when the database is not already at HEAD: it costs a quarter of a second at start-up."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Connection, inspect, text

from casebrief.errors import UsageError

MIGRATIONS = Path(__file__).parent / "migrations"
HEAD = "0007"  # the newest revision in migrations/versions (a test keeps this true)


def current_revision(conn: Connection) -> str | None:
    if not inspect(conn).has_table("alembic_version"):
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(conn: Connection, url: str) -> None:
    current = current_revision(conn)
    if current == HEAD:
        return
    from alembic import command
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = conn
    known = {rev.revision for rev in ScriptDirectory.from_config(config).walk_revisions()}
    if current is not None and current not in known:
        raise UsageError(
            f"{url.removeprefix('sqlite:///')} was written by a newer casebrief "
            f"(schema {current}); upgrade casebrief to open it."
        )
    command.upgrade(config, "head")
