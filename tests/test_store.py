"""The database itself: migrations agree with the code's tables, and odd databases are refused."""

from __future__ import annotations

import sqlite3

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from casebrief.config import database_url
from casebrief.errors import UsageError
from casebrief.store import Store
from casebrief.store.schema import metadata


def test_migrations_build_the_schema_the_code_uses(store):
    with store.engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn), metadata)
    # The search index is backend-specific and not in SQLAlchemy's schema: FTS5 virtual
    # tables on SQLite, the tsvector column and its GIN index on PostgreSQL.
    diffs = [
        d
        for d in diffs
        if not (d[0] == "remove_table" and d[1].name.startswith("sentences_fts"))
        and not (d[0] == "remove_index" and d[1].name == "ix_sentences_tsv")
        and not (d[0] == "remove_column" and d[3].name == "tsv")
        and not (d[0] == "remove_table" and d[1].name == "review_lexemes")
    ]
    assert diffs == []


def test_head_constant_names_the_newest_migration():
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from casebrief.store.migrate import HEAD, MIGRATIONS

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    assert ScriptDirectory.from_config(config).get_current_head() == HEAD


def test_reopening_keeps_data(tmp_path, corpus_dir):
    from casebrief.ingest import ingest

    url = database_url(tmp_path / "again.db")
    ingest([next(corpus_dir.glob("*.pdf"))], Store(url))
    assert Store(url).counts()["reviews"] == 1


def test_database_from_a_newer_version_is_refused(tmp_path):
    path = tmp_path / "future.db"
    Store(database_url(path))
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(UsageError, match="newer casebrief"):
        Store(database_url(path))


def test_unsupported_database_url_is_a_usage_error():
    with pytest.raises(UsageError, match="SQLite"):
        Store("mysql://localhost/casebrief")
