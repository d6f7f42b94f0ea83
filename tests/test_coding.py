"""Coding the sample corpus: idempotence, new versions, analyst decisions kept, screening,
evidence and evaluation through the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from casebrief.cli import app
from casebrief.codebook import load_codebook, parse_codebook
from casebrief.coding.service import code_store
from casebrief.sample.build import GOLD_PATH
from casebrief.store import codings as coding_store

runner = CliRunner()


@pytest.fixture(scope="session")
def coded_store(corpus_store):
    report = code_store(corpus_store, load_codebook("online-harm"), workers=2)
    assert report.coded == 32
    return corpus_store


def _db(store) -> str:
    return store.url.removeprefix("sqlite:///")


def test_screening_finds_the_online_harm_reviews(coded_store, truth):
    labels = {r["file"]: r["key_factors"]["online-harm"] for r in truth["reviews"]}
    rows = coding_store.screening(coded_store, "online-harm")
    decided = {r["filename"]: r["key_factor"] for r in rows}
    positives = [f for f, label in labels.items() if label]
    assert all(decided[f] for f in positives)  # recall 1.0
    chosen = [f for f, d in decided.items() if d]
    assert sum(labels[f] for f in chosen) / len(chosen) >= 0.9  # precision
    top = rows[0]
    assert top["key_factor"] and any(reason.startswith("met:") for reason in top["reasons"])


def test_recoding_same_version_does_nothing(coded_store):
    before = coding_store.count_codings(coded_store, "online-harm")
    report = code_store(coded_store, load_codebook("online-harm"))
    assert report.coded == 0 and report.already_coded == 32
    assert coding_store.count_codings(coded_store, "online-harm") == before


def test_new_version_recodes_and_keeps_analyst_decisions(corpus_dir, tmp_path):
    from casebrief.config import database_url
    from casebrief.ingest import ingest
    from casebrief.store import Store

    store = Store(database_url(tmp_path / "v.db"))
    ingest([corpus_dir / "northshire-child-r.pdf"], store)
    book = load_codebook("online-harm")
    code_store(store, book)
    review_id = store.list_reviews()[0]["id"]
    first = coding_store.review_codings(store, review_id, book.id)
    target = next(c for c in first if c["theme"] == "online_grooming" and not c["negated"])
    with store.transaction() as conn:
        conn.exec_driver_sql(
            "UPDATE codings SET status = 'rejected', decided_by = 'ana' WHERE id = ?",
            (target["id"],),
        )
    newer = parse_codebook(
        Path(book.source)
        .read_text()
        .replace(f"version: {book.version}", f"version: {book.version + 1}", 1),
        book.source,
    )
    report = code_store(store, newer)
    assert report.coded == 1
    again = coding_store.review_codings(store, review_id, book.id)
    kept = [
        c
        for c in again
        if c["sentence_id"] == target["sentence_id"] and c["theme"] == "online_grooming"
    ]
    assert kept and kept[0]["status"] == "rejected" and kept[0]["decided_by"] == "ana"


def test_reviews_coded_under_earlier_rules_are_recoded_with_decisions_kept(coded_url):
    """An upgrade whose coding rules code differently must not leave a library on the old
    codings just because the codebook's version stayed: `code` codes those reviews again, on
    either backend."""
    from sqlalchemy import text

    from casebrief.config import database_url
    from casebrief.store import Store

    store = Store(coded_url if "://" in coded_url else database_url(coded_url))
    book = load_codebook("online-harm")
    reviews = store.counts()["reviews"]
    review_id = store.list_reviews()[0]["id"]
    target = next(
        c
        for c in coding_store.review_codings(store, review_id, book.id)
        if c["method"] == "lexicon"
    )
    with store.transaction() as conn:
        conn.execute(
            text("UPDATE codings SET status = 'accepted', decided_by = 'ana' WHERE id = :id"),
            {"id": target["id"]},
        )
        # as a store coded before the rules were recorded (schema 0009) reads after upgrading
        conn.exec_driver_sql("UPDATE coding_runs SET rules = NULL")
    result = runner.invoke(app, ["code", "--codebook", "online-harm", "--db", coded_url])
    assert result.exit_code == 0, result.output
    said = " ".join(result.stdout.split())
    assert f"Coded {reviews} review(s)" in said
    assert f"{reviews} of them had been coded with this version under earlier coding rules" in said
    kept = [
        c
        for c in coding_store.review_codings(store, review_id, book.id)
        if (c["sentence_id"], c["theme"]) == (target["sentence_id"], target["theme"])
    ]
    assert kept and kept[0]["status"] == "accepted" and kept[0]["decided_by"] == "ana"
    again = code_store(store, book)
    assert (again.coded, again.rules_changed, again.already_coded) == (0, 0, reviews)


def test_changed_codebook_with_same_version_warns(coded_store, tmp_path):
    book = load_codebook("online-harm")
    edited = tmp_path / "online-harm.yaml"
    edited.write_text(
        Path(book.source).read_text().replace("title: Online harm and abuse", "title: Online harm")
    )
    report = code_store(coded_store, load_codebook(edited))
    assert report.coded == 0 and "Raise `version`" in report.warnings[0]


def test_screen_and_evidence_json(coded_store):
    db = _db(coded_store)
    screened = json.loads(
        runner.invoke(app, ["screen", "--codebook", "online-harm", "--db", db, "--json"]).stdout
    )
    assert {"id", "title", "key_factor", "score", "reasons", "theme_counts"} <= set(screened[0])
    result = runner.invoke(app, ["evidence", "Child R", "--db", db, "--json"])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["key_factor"] is True
    assert any(c["theme"] == "online_grooming" and not c["negated"] for c in data["codings"])
    assert all({"theme", "page", "text", "negated", "hedged"} <= set(c) for c in data["codings"])
    with_negation = next(
        r["id"]
        for r in coded_store.list_reviews()
        if any(
            c["negated"] for c in coding_store.review_codings(coded_store, r["id"], "online-harm")
        )
    )
    other = json.loads(
        runner.invoke(app, ["evidence", str(with_negation), "--db", db, "--json"]).stdout
    )
    assert any(c["negated"] for c in other["codings"])
    table = runner.invoke(app, ["evidence", str(with_negation), "--db", db])
    assert "negated coding(s) hidden" in table.stdout
    bad = runner.invoke(app, ["evidence", "Child R", "--db", db, "--theme", "nonsense"])
    assert bad.exit_code == 2 and "no theme" in bad.stderr


def test_eval_reports_held_out_figures_and_beats_the_baselines(coded_store):
    if coded_store.backend != "sqlite":
        pytest.skip("the held-out figures do not depend on the backend; measured on SQLite")
    result = runner.invoke(
        app, ["eval", "--gold", str(GOLD_PATH), "--db", _db(coded_store), "--json"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    held = data["heldout"]
    gold = json.loads(GOLD_PATH.read_text())
    test_files = set(gold["split"]["test"])
    # Figures come from the frozen test part only: its sentences, none of the training part's.
    assert set(held["test_reviews"]) == test_files
    assert held["test_sentences"] == sum(1 for s in gold["sentences"] if s["file"] in test_files)
    harm = held["harm_types"]
    assert harm["both"]["recall"] >= harm["codebook"]["recall"]
    assert harm["both"]["f1"] > harm["random"]["f1"] + 0.5
    assert held["kfold"]["k"] == 5 and 0 < held["kfold"]["both"]["f1"]["mean"] <= 1
    assert held["hard_negatives"]["both"]["negated"]["harm_type_coded"] == 0
    # Sentence-level figures count each test sentence with harm-type evidence once, however
    # many harm types it has; the queues hold at least what is quoted.
    book = load_codebook("online-harm")
    harm_ids = {t.id for t in book.themes if t.category in book.key_factor.categories}
    evidence = sum(
        1 for s in gold["sentences"] if s["file"] in test_files and harm_ids & set(s["themes"])
    )
    sentences = held["harm_sentences"]
    assert sentences["both"]["tp"] + sentences["both"]["fn"] == evidence
    assert 0 < sentences["both"]["recall"] <= sentences["possible"]["recall"]
    screening = data["screening"]
    assert screening["casebrief"]["recall"] == 1.0 and screening["casebrief"]["precision"] >= 0.9
    assert screening["test_part"]["reviews"] == len(test_files)
    assert screening["naive_keyword_baseline"]["precision"] < screening["casebrief"]["precision"]


def test_eval_rejects_bad_gold_files(coded_store, tmp_path):
    bad = tmp_path / "gold.json"
    bad.write_text('{"sentences": [{"file": "x.pdf"}]}')
    result = runner.invoke(app, ["eval", "--gold", str(bad), "--db", _db(coded_store)])
    assert result.exit_code == 2 and "needs 'file', 'text' and 'themes'" in result.stderr
    missing = runner.invoke(
        app, ["eval", "--gold", str(tmp_path / "none.json"), "--db", _db(coded_store)]
    )
    assert missing.exit_code == 2 and "no such gold file" in missing.stderr
    bad.write_text('{"templated": "no", "sentences": []}')
    result = runner.invoke(app, ["eval", "--gold", str(bad), "--db", _db(coded_store)])
    assert result.exit_code == 2 and "'templated' is true or false" in result.stderr


def test_the_neglect_codebook_screens_the_neglect_reviews(coded_store, truth):
    report = code_store(coded_store, load_codebook("neglect"), workers=2)
    assert report.coded == 32
    decided = {
        r["filename"]: r["key_factor"] for r in coding_store.screening(coded_store, "neglect")
    }
    labels = {r["file"]: r["key_factors"]["neglect"] for r in truth["reviews"]}
    assert decided == labels


def test_screen_and_evidence_before_coding_say_what_to_do(tmp_path, corpus_dir):
    from casebrief.config import database_url
    from casebrief.ingest import ingest
    from casebrief.store import Store

    db = tmp_path / "uncoded.db"
    ingest([corpus_dir / "northshire-child-r.pdf"], Store(database_url(db)))
    screened = runner.invoke(app, ["screen", "--db", str(db)])
    assert screened.exit_code == 1 and "casebrief code" in screened.stderr
    evidence = runner.invoke(app, ["evidence", "Child R", "--db", str(db)])
    assert evidence.exit_code == 1 and "casebrief code" in evidence.stderr
    unknown = runner.invoke(app, ["code", "--codebook", "no-such-codebook", "--db", str(db)])
    assert unknown.exit_code == 2 and "online-harm" in unknown.stderr


def test_coding_an_empty_store_is_not_an_error(tmp_path):
    result = runner.invoke(app, ["code", "--db", str(tmp_path / "empty.db"), "--json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["coded"] == 0


def test_a_review_without_headings_is_screened_on_its_own_layout(tmp_path):
    """A pasted or scanned review whose headings were lost: its text counts as evidence, and the
    spread over kinds of section asked of it is over the one kind it has."""
    from casebrief.config import database_url
    from casebrief.ingest import ingest
    from casebrief.store import Store

    online = tmp_path / "child-n.txt"
    online.write_text(
        "Child N was fourteen when a man she met on Snapchat persuaded her to send nude images.\n"
        "He had posed as a sixteen year old boy and told her to keep their chats secret.\n"
        "When she tried to stop, he threatened to share the images unless she sent more.\n"
        "The images were later shared in a group chat at her school.\n"
        "Her mother did not know which apps she used.\n",
        encoding="utf-8",
    )
    offline = tmp_path / "child-p.txt"
    offline.write_text(
        "Child P was two when he was taken to hospital with a broken arm.\n"
        "His mother's partner had a history of violence towards previous partners.\n"
        "Health visitors saw him four times in the year before the injury.\n",
        encoding="utf-8",
    )
    store = Store(database_url(tmp_path / "plain.db"))
    ingest([online, offline], store)
    code_store(store, load_codebook("online-harm"))
    rows = {r["filename"]: r for r in coding_store.screening(store, "online-harm")}
    assert rows["child-n.txt"]["key_factor"]
    assert any("the review has only 1" in reason for reason in rows["child-n.txt"]["reasons"])
    assert not rows["child-p.txt"]["key_factor"]


def test_a_process_compiles_each_codebook_once_and_a_changed_copy_again():
    """Coding and retraining in one process (the web app) reuse the compiled coder; a codebook
    changed in memory, even with its file's digest, gets its own, so it never codes with stale
    patterns."""
    from casebrief.coding.coder import shared_coder

    book = load_codebook("online-harm")
    again = load_codebook("online-harm")
    assert shared_coder(book) is shared_coder(again)
    theme = book.theme("livestreaming")
    changed = book.model_copy(
        update={
            "themes": [
                t.model_copy(update={"patterns": ["moonbeam"], "context": []}) if t is theme else t
                for t in book.themes
            ]
        }
    )
    assert changed.sha256 == book.sha256
    coder = shared_coder(changed)
    assert coder is not shared_coder(book)
    assert [c.theme for c in coder.code_sentence("A moonbeam fell.", None)] == ["livestreaming"]
