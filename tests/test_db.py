"""The store on both backends: `db status/upgrade`, copying a library from SQLite to PostgreSQL
and back (resumable, counts checked), and the same search language finding the same reviews."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from casebrief.cli import app
from casebrief.config import database_url
from casebrief.store import Store
from casebrief.store import copy as store_copy
from casebrief.store.migrate import HEAD
from casebrief.store.schema import text_vectors

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
    assert tables["sentences"]["target"] == tables["sentences"]["source"] > 2500
    assert tables["codings"]["target"] > 1000
    source, copied = Store(database_url(coded_db)), Store(pg_url)
    assert copied.backend == "postgresql"
    for query in QUERIES:  # the same reviews on both backends
        assert _reviews(source, query) == _reviews(copied, query), query
    # Per-review match counts, which PostgreSQL answers for single words from its lexeme
    # counts (filled by the copy) and for the rest from the sentences.
    with source.engine.connect() as a, copied.engine.connect() as b:
        for query in ["school", "grooming", "snapchat", "police", "online grooming", "snap*"]:
            mine = source.search_backend.hits_per_review(a, query)
            theirs = copied.search_backend.hits_per_review(b, query)
            assert dict(zip(mine.review_ids.tolist(), mine.counts.tolist(), strict=True)) == dict(
                zip(theirs.review_ids.tolist(), theirs.counts.tolist(), strict=True)
            ), query
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
    vectors = [
        {"encoder": "test-encoder", "digest": f"{i:032x}", "vector": bytes([i % 256]) * 768}
        for i in range(1200)
    ]
    with source.transaction() as conn:
        conn.execute(text_vectors.insert(), vectors)
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
    # The encoder's vectors come along too, byte for byte (re-encoding a library takes hours).
    with target.engine.connect() as conn:
        copied = {r.digest: r.vector for r in conn.execute(select(text_vectors))}
    assert copied == {v["digest"]: v["vector"] for v in vectors}


def test_db_status_and_upgrade_name_the_backend(store_url):
    result = runner.invoke(app, ["db", "upgrade", "--db", store_url])
    assert result.exit_code == 0 and f"schema at {HEAD}" in " ".join(result.stdout.split())
    status = json.loads(runner.invoke(app, ["db", "status", "--db", store_url, "--json"]).stdout)
    assert status["current"] == status["head"] == HEAD
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


def test_per_review_counts_match_the_sentences_on_both_backends(corpus_store):
    """Single words are counted per review ahead of time on PostgreSQL: the counts must be the
    matching sentences' (as ingest leaves them; the copy test covers `db copy`)."""
    from collections import Counter

    with corpus_store.engine.connect() as conn:
        for word in ["school", "snapchat", "mother"]:
            hits = corpus_store.search_backend.hits_per_review(conn, word)
            found = dict(zip(hits.review_ids.tolist(), hits.counts.tolist(), strict=True))
            direct = Counter(h["review_id"] for h in corpus_store.search(word, limit=1000))
            assert found == dict(direct), word
