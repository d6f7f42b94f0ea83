"""The command line as a user runs it: exit codes, tables, --json, and errors without tracebacks."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from casebrief.cli import app
from tests.helpers import make_pdf

runner = CliRunner()


def _db(corpus_store) -> str:
    return corpus_store.url.removeprefix("sqlite:///")


def test_ingest_json_summary_and_exit_codes(tmp_path):
    make_pdf(
        tmp_path / "good.pdf",
        [["Serious Case Review", "Child T was groomed online by a man she met on Snapchat."]],
    )
    (tmp_path / "bad.pdf").write_bytes(b"%PDF-1.4 truncated")
    db = str(tmp_path / "x.db")
    result = runner.invoke(app, ["ingest", str(tmp_path), "--db", db, "--json", "--workers", "1"])
    assert result.exit_code == 1  # some inputs failed
    data = json.loads(result.stdout)
    assert data["counts"]["ingested"] == 1 and data["counts"]["failed"] == 1
    failed = next(f for f in data["files"] if f["status"] == "failed")
    assert failed["path"].endswith("bad.pdf") and "damaged" in failed["message"]
    again = runner.invoke(app, ["ingest", str(tmp_path / "good.pdf"), "--db", db])
    assert again.exit_code == 0 and "unchanged" in again.stdout


def test_list_and_show(corpus_store):
    db = _db(corpus_store)
    listed = json.loads(runner.invoke(app, ["list", "--db", db, "--json"]).stdout)
    assert len(listed) == 32
    assert {"id", "title", "year", "review_type", "area", "nation", "child_pseudonyms"} <= set(
        listed[0]
    )
    filtered = json.loads(
        runner.invoke(app, ["list", "--db", db, "--json", "--type", "CMR"]).stdout
    )
    assert {r["nation"] for r in filtered} == {"Northern Ireland"} and len(filtered) == 2

    shown = runner.invoke(app, ["show", "Child R", "--db", db, "--json"])
    assert shown.exit_code == 0
    data = json.loads(shown.stdout)
    assert data["child_pseudonyms"] == ["Child R"] and data["year"] == 2021
    assert any(s["kind"] == "findings" and s["page_start"] >= 3 for s in data["sections"])
    table = runner.invoke(app, ["show", "'Ellie'", "--db", db])
    assert table.exit_code == 0 and "Eastmoor" in table.stdout


def test_ambiguous_and_unknown_review_references(corpus_store):
    db = _db(corpus_store)
    ambiguous = runner.invoke(app, ["show", "Baby", "--db", db])
    assert ambiguous.exit_code == 2
    assert "matches 3 reviews" in ambiguous.stderr and "Traceback" not in ambiguous.output
    unknown = runner.invoke(app, ["show", "Nobody", "--db", db])
    assert unknown.exit_code == 2 and "casebrief list" in unknown.stderr


def test_search_json_and_bad_queries(corpus_store):
    db = _db(corpus_store)
    result = runner.invoke(app, ["search", "sextortion", "--db", db, "--json", "--limit", "3"])
    assert result.exit_code == 0
    hits = json.loads(result.stdout)
    assert len(hits) == 3
    assert {"review_id", "title", "year", "page", "text", "snippet"} <= set(hits[0])
    assert "[sextortion]" in hits[0]["snippet"].lower()
    bad = runner.invoke(app, ["search", '"unclosed', "--db", db])
    assert bad.exit_code == 2 and "Unbalanced quote" in bad.stderr and "Traceback" not in bad.output
    year = runner.invoke(app, ["search", "school", "--db", db, "--year", "twenty"])
    assert year.exit_code == 2 and "2015-2022" in year.output


def test_not_a_database_is_a_clear_error(tmp_path):
    bogus = tmp_path / "notes.db"
    bogus.write_text("this is not sqlite " * 100)
    result = runner.invoke(app, ["list", "--db", str(bogus)])
    assert result.exit_code == 2 and "not a casebrief database" in result.stderr
