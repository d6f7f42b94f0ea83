"""The store on both backends: `db status/upgrade`, copying a library from SQLite to PostgreSQL
and back (resumable, counts checked), and the same search language finding the same reviews."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from casebrief.cli import app
from casebrief.config import database_url
from casebrief.store import Store
from casebrief.store import copy as store_copy

runner = CliRunner()

QUERIES = [
    "grooming",
    '"sexual images"',
    "snap*",
    "sextortion OR blackmail",
    "online NOT meeting",
    "(instagram OR snapchat) school",
    "self-harm",
    "Child R's",
]


def _reviews(store: Store, query: str) -> set[int]:
    return {hit["review_id"] for hit in store.search(query, limit=1000)}


def test_copy_sqlite_to_postgresql_and_back(coded_db, pg_url, tmp_path):
    result = runner.invoke(app, ["db", "copy", "--from", str(coded_db), "--to", pg_url, "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["complete"]
    tables = {t["table"]: t for t in report["tables"]}
    assert tables["sentences"]["target"] == tables["sentences"]["source"] > 3000
    assert tables["codings"]["target"] > 1000
    source, copied = Store(database_url(coded_db)), Store(pg_url)
    assert copied.backend == "postgresql"
    for query in QUERIES:  # the same reviews on both backends
        assert _reviews(source, query) == _reviews(copied, query), query
    # New rows get new ids after the copied ones (sequences moved on).
    back = tmp_path / "back.db"
    result = runner.invoke(app, ["db", "copy", "--from", pg_url, "--to", str(back), "--json"])
    assert json.loads(result.stdout)["complete"]
    again = Store(database_url(back))
    assert again.counts() == source.counts()
    assert _reviews(again, "grooming") == _reviews(source, "grooming")  # SQLite index rebuilt


def test_an_interrupted_copy_resumes(coded_db, pg_url, monkeypatch):
    monkeypatch.setattr(store_copy, "BATCH_ROWS", 500)
    source, target = Store(database_url(coded_db)), Store(pg_url)
    batches = 0

    def stop_after_a_few(table, done, total):
        nonlocal batches
        batches += 1
        if batches == 8:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        store_copy.copy_store(source, target, on_progress=stop_after_a_few)
    assert 0 < target.counts()["sentences"] < source.counts()["sentences"]
    results = store_copy.copy_store(source, target)
    assert all(r.complete for r in results), [r for r in results if not r.complete]
    assert target.counts() == source.counts()


def test_db_status_and_upgrade_name_the_backend(store_url):
    result = runner.invoke(app, ["db", "upgrade", "--db", store_url])
    assert result.exit_code == 0 and "schema at 0007" in " ".join(result.stdout.split())
    status = json.loads(runner.invoke(app, ["db", "status", "--db", store_url, "--json"]).stdout)
    assert status["current"] == status["head"] == "0007"
    assert status["backend"] == ("postgresql" if "postgresql" in store_url else "sqlite")
    assert (
        "@" not in status["store"] or ":***@" in status["store"] or "casebrief@" in status["store"]
    )


def test_unreachable_or_unknown_store_says_what_to_do():
    result = runner.invoke(
        app, ["db", "status", "--db", "postgresql://nobody:secret@127.0.0.1:1/none"]
    )
    assert result.exit_code != 0
    flat = " ".join(result.output.split())
    assert "Is the server running" in flat and "secret" not in flat
    result = runner.invoke(app, ["db", "status", "--db", "mysql://x@y/z"])
    assert result.exit_code != 0 and "postgresql://user@host/database" in " ".join(
        result.output.split()
    )
