"""Schema migrations with Alembic, run automatically when a store is opened."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection

from casebrief.errors import UsageError

MIGRATIONS = Path(__file__).parent / "migrations"


def _config(conn: Connection) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = conn
    return config


def upgrade(conn: Connection, url: str) -> None:
    config = _config(conn)
    script = ScriptDirectory.from_config(config)
    current = MigrationContext.configure(conn).get_current_revision()
    if current is not None and current not in {rev.revision for rev in script.walk_revisions()}:
        raise UsageError(
            f"{url.removeprefix('sqlite:///')} was written by a newer casebrief "
            f"(schema {current}); upgrade casebrief to open it."
        )
    if current != script.get_current_head():
        command.upgrade(config, "head")
