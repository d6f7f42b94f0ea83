"""Schema migrations with Alembic, run when a store is opened (and by `casebrief db upgrade`).
Alembic is only imported when the database is not already at HEAD: it costs a quarter of a
second at start-up.

Several processes may open a new store at the same moment (web workers, a CLI run beside the
server). The upgrade runs under a lock: on PostgreSQL a transaction-level advisory lock, on
SQLite an exclusive flock on the database file (independent of SQLite's own locks). Whoever gets
the lock second finds the schema already at HEAD and does nothing."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, inspect, text
from sqlalchemy.engine import Engine

from casebrief.errors import UsageError

MIGRATIONS = Path(__file__).parent / "migrations"
HEAD = "0011"  # the newest revision in migrations/versions (a test keeps this true)
_PG_LOCK = 0x63617365  # "case": the advisory lock key for schema changes


def current_revision(conn: Connection) -> str | None:
    if not inspect(conn).has_table("alembic_version"):
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def status(engine: Engine) -> dict[str, str | None]:
    with engine.connect() as conn:
        return {"current": current_revision(conn), "head": HEAD}


def upgrade(engine: Engine, where: str) -> bool:
    """Bring the schema to HEAD; returns True if anything was done."""
    with engine.connect() as conn:
        if current_revision(conn) == HEAD:
            return False
    with _file_lock(engine), engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_LOCK})
        current = current_revision(conn)
        if current == HEAD:
            return False  # another process upgraded it while we waited
        from alembic import command
        from alembic.config import Config
        from alembic.script import ScriptDirectory

        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        config.attributes["connection"] = conn
        known = {rev.revision for rev in ScriptDirectory.from_config(config).walk_revisions()}
        if current is not None and current not in known:
            raise UsageError(
                f"{where} was written by a newer casebrief (schema {current}); upgrade "
                "casebrief to open it."
            )
        command.upgrade(config, "head")
    return True


@contextmanager
def _file_lock(engine: Engine) -> Iterator[None]:
    path = engine.url.database if engine.dialect.name == "sqlite" else None
    if not path or path == ":memory:":
        yield
        return
    try:
        import fcntl
    except ImportError:  # Windows: no flock; SQLite's own locking is all there is
        yield
        return
    with open(path, "ab") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
