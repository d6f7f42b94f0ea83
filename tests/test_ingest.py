"""Ingestion into a real SQLite store: idempotence, replacement, bad files in a batch, interruption."""

from __future__ import annotations

import os
import shutil

import pytest
from sqlalchemy import func, select

from casebrief.ingest import ingest
from casebrief.store.schema import reviews, sentences
from tests.helpers import make_pdf

BODY = [
    "Serious Case Review",
    "Published: May 2019",
    "Child T was groomed online by a man who posed as a teenager on Snapchat.",
    "The school did not share the concern with children's social care.",
]


def _consistent(store) -> dict:
    """Every stored review is complete: its sentence rows and index entries match its counts."""
    with store.engine.connect() as conn:
        for review_id, n in conn.execute(select(reviews.c.id, reviews.c.n_sentences)):
            stored = conn.execute(
                select(func.count()).where(sentences.c.review_id == review_id)
            ).scalar()
            assert stored == n
        total = conn.execute(select(func.count()).select_from(sentences)).scalar()
        assert store.search_backend.indexed(conn) == total
    return store.counts()


def test_ingest_twice_is_idempotent(store, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    make_pdf(folder / "a.pdf", [BODY])
    make_pdf(folder / "b.pdf", [[*BODY[:2], "Baby N was injured at home."]])
    first = ingest([folder], store)
    assert first.count("ingested") == 2
    before = _consistent(store)
    second = ingest([folder], store)
    assert second.count("unchanged") == 2 and second.count("ingested") == 0
    assert _consistent(store) == before


def test_same_content_under_two_names_is_stored_once(store, tmp_path):
    make_pdf(tmp_path / "a.pdf", [BODY])
    shutil.copy(tmp_path / "a.pdf", tmp_path / "copy.pdf")
    report = ingest([tmp_path / "a.pdf", tmp_path / "copy.pdf"], store)
    assert sorted(o.status for o in report.outcomes) == ["ingested", "unchanged"]
    assert store.counts()["reviews"] == 1
    assert len(store.get_review(store.list_reviews()[0]["id"])["files"]) == 2


def test_changed_file_replaces_its_old_version(store, tmp_path):
    path = make_pdf(tmp_path / "r.pdf", [BODY])
    ingest([path], store)
    assert store.search('"posed as a teenager"')
    make_pdf(path, [[*BODY[:2], "Child T was neglected and often hungry at school."]])
    os.utime(path, ns=(1, 1))  # a different mtime, as an edited file has
    report = ingest([path], store)
    assert report.count("updated") == 1
    assert store.counts()["reviews"] == 1
    assert not store.search('"posed as a teenager"')
    assert store.search("hungry")
    _consistent(store)


def test_bad_files_are_reported_and_the_batch_goes_on(store, tmp_path):
    make_pdf(tmp_path / "good.pdf", [BODY])
    (tmp_path / "empty.pdf").write_bytes(b"")
    (tmp_path / "fake.pdf").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    (tmp_path / "notes.xyz").write_text("not a report")
    report = ingest([tmp_path], store)
    by_name = {os.path.basename(o.path): o for o in report.outcomes}
    assert by_name["good.pdf"].status == "ingested"
    assert by_name["empty.pdf"].status == "failed" and "empty" in by_name["empty.pdf"].message
    assert by_name["fake.pdf"].status == "failed" and "PNG" in by_name["fake.pdf"].message
    assert by_name["notes.xyz"].status == "skipped"
    assert store.counts()["reviews"] == 1


def test_data_and_code_files_named_explicitly_are_skipped_not_read_as_text(store, tmp_path):
    """A shell glob ("casebrief ingest reports/*") names every file in the folder; a labels.py or
    notes.json among the reports is skipped with a reason, not stored as a review of its text,
    and a report without a suffix is still read by its content."""
    make_pdf(tmp_path / "good.pdf", [BODY])
    (tmp_path / "labels.py").write_text('LABELS = {"good.pdf": ["online_grooming"]}\n')
    (tmp_path / "truth.json").write_text('{"reviews": [{"file": "good.pdf"}]}\n')
    (tmp_path / "review").write_text(
        "Child K was groomed online by a man who posed as a teenager.\n"
    )
    report = ingest(sorted(tmp_path.iterdir()), store)
    by_name = {os.path.basename(o.path): o for o in report.outcomes}
    assert by_name["good.pdf"].status == "ingested"
    assert by_name["review"].status == "ingested"
    for name in ("labels.py", "truth.json"):
        assert by_name[name].status == "skipped"
        assert "not a report" in by_name[name].message and ".txt" in by_name[name].message
    assert store.counts()["reviews"] == 2


def test_corrupt_new_version_keeps_the_stored_review(store, tmp_path):
    path = make_pdf(tmp_path / "r.pdf", [BODY])
    ingest([path], store)
    path.write_bytes(path.read_bytes()[:200])
    report = ingest([path], store)
    assert report.count("failed") == 1
    assert store.counts()["reviews"] == 1 and store.search("Snapchat")


def test_failure_while_writing_leaves_nothing_half_written(store, tmp_path, monkeypatch):
    make_pdf(tmp_path / "ok.pdf", [BODY])
    ingest([tmp_path / "ok.pdf"], store)
    before = _consistent(store)

    def disk_full(conn, review_id):
        raise OSError("disk full")

    monkeypatch.setattr(store.search_backend, "index_review", disk_full)
    make_pdf(tmp_path / "new.pdf", [[*BODY[:2], "A different review about neglect."]])
    with pytest.raises(OSError):
        ingest([tmp_path / "new.pdf"], store)
    assert _consistent(store) == before


def test_interrupt_mid_batch_leaves_complete_reviews(store, tmp_path):
    for n in range(4):
        make_pdf(
            tmp_path / f"r{n}.pdf", [[*BODY[:2], f"Review number {n} about a different child."]]
        )

    def stop_after_two(outcome, done):
        if done == 2:
            raise KeyboardInterrupt

    report = ingest([tmp_path], store, on_progress=stop_after_two)
    assert report.interrupted
    assert _consistent(store)["reviews"] == 2
    resumed = ingest([tmp_path], store)
    assert resumed.count("ingested") == 2 and resumed.count("unchanged") == 2


def test_parallel_and_serial_ingest_store_the_same(corpus_dir, tmp_path):
    from casebrief.config import database_url
    from casebrief.store import Store

    files = sorted(corpus_dir.glob("*.pdf"))[:4]
    serial, parallel = (
        Store(database_url(tmp_path / "s.db")),
        Store(database_url(tmp_path / "p.db")),
    )
    ingest(files, serial, workers=1)
    ingest(files, parallel, workers=2)

    def summary(store):
        return sorted(
            (r["sha256"], r["n_sentences"], r["title"], r["year"]) for r in store.list_reviews()
        )

    assert summary(serial) == summary(parallel)
