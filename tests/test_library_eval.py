"""The library evaluation: the learned coder measured on the analysts' own decisions, each review
held out from the model that codes it."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner

from casebrief.cli import app
from casebrief.codebook import load_codebook
from casebrief.coding.service import code_store
from casebrief.config import database_url
from casebrief.evaluate import render_library
from casebrief.ingest import ingest
from casebrief.learning.library import library_evaluation
from casebrief.store import Store, run_sql
from casebrief.store.decisions import add_coding

BOOK = load_codebook("online-harm")


NEUTRAL = (
    "{name} lived with her mother and two younger brothers in a rented flat. "
    "She attended the local secondary school, where her attendance fell during Year 9. "
    "The family had been known to children's social care since {name} was small. "
    "Her mother worked evenings at a supermarket and the children were often alone. "
    "A health visitor last saw the family when the youngest brother was two. "
    "The school recorded that {name} was tired and withdrawn in the spring term. "
)
# Wording this library's analysts code as grooming and no gold set contains: the model can only
# learn it from their decisions.
RECURRING = (
    "The quindle ledger for {name} showed four new entries that week. "
    "Another quindle entry was added on the Friday. "
    "By March the quindle ledger ran to several pages. "
)
UNIQUE = "Her aunt heard about the zorblax arrangement at a wedding in July. "


def _review(folder: Path, name: str, text: str) -> Path:
    path = folder / f"{name.lower()}.txt"
    path.write_text(
        f"Child Safeguarding Practice Review: {name}\n\nWhat happened\n\n{text}\n",
        encoding="utf-8",
    )
    return path


def _add(store: Store, needle: str, theme: str) -> int:
    """An analyst adds a coding of `theme` to every sentence containing `needle`."""
    with store.engine.connect() as conn:
        rows = run_sql(
            conn, "SELECT id, text FROM sentences WHERE text LIKE ?", (f"%{needle}%",)
        ).all()
    for sentence_id, text in rows:
        add_coding(store, sentence_id, 0, len(text), codebook_id=BOOK.id, theme=theme, user="ana")
    return len(rows)


@pytest.fixture(scope="module")
def decided_db(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("library")
    files = [
        _review(folder, "Amber", NEUTRAL.format(name="Amber") + RECURRING.format(name="Amber")),
        _review(folder, "Bethan", NEUTRAL.format(name="Bethan") + RECURRING.format(name="Bethan")),
        _review(folder, "Cerys", NEUTRAL.format(name="Cerys") + UNIQUE),
    ]
    path = folder / "library.db"
    store = Store(database_url(path))
    ingest(files, store, workers=1)
    code_store(store, BOOK, workers=1, use_model=False)
    assert _add(store, "quindle", "online_grooming") == 6
    assert _add(store, "zorblax", "online_grooming") == 1
    store.close()
    return path


def test_each_review_is_coded_by_a_model_that_never_saw_its_decisions(decided_db):
    store = Store(database_url(decided_db))
    result = library_evaluation(store, BOOK, folds=3)
    assert result["reviews"] == 3 and sorted(map(tuple, result["folds"])) == [
        ("amber.txt",),
        ("bethan.txt",),
        ("cerys.txt",),
    ]
    gold_only = result["gold_only"]["possible"]["all_themes"]
    with_decisions = result["with_decisions"]["possible"]["all_themes"]
    assert gold_only["tp"] + gold_only["fn"] == 7  # every analyst's coding scored once
    # Wording analysts coded in one review is found in another once their decisions count...
    assert with_decisions["tp"] > gold_only["tp"], result
    # ...but never in the review they were made in: "zorblax" occurs in one review only, so a
    # model that had seen its own review's decisions would find it.
    assert with_decisions["tp"] <= 6
    # Fold by fold, the decisions help in the two reviews that share wording and not in the
    # third: the spread says one fold's figure can mislead.
    folds = result["spread"]["with_decisions"]["possible"]["recall"]
    assert folds["mean"] > result["spread"]["gold_only"]["possible"]["recall"]["mean"]
    assert folds["sd"] > 0
    console = Console(record=True, width=200)
    render_library(console, result)
    printed = " ".join(console.export_text().split())
    assert f"{folds['mean']:.2f}±{folds['sd']:.2f} with decisions" in printed


def test_eval_library_needs_decisions_in_two_reviews(tmp_path):
    runner = CliRunner()
    db = tmp_path / "empty.db"
    Store(database_url(db)).close()
    result = runner.invoke(app, ["eval", "--db", str(db), "--library"])
    assert result.exit_code != 0
    assert "decided codings in 0 review(s)" in result.output
    assert "coding review" in result.output
