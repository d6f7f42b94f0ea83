"""Analysts' corrections of review metadata: stored apart with who and when, used by listings,
filters and briefings, kept when the file is re-ingested, refused when they make no sense."""

from __future__ import annotations

import json
import re
import shutil

from fastapi.testclient import TestClient
from typer.testing import CliRunner

from casebrief.cli import app
from casebrief.config import database_url
from casebrief.ingest import ingest
from casebrief.store import Store
from casebrief.store.corrections import corrections
from casebrief.web.app import create_app
from casebrief.web.settings import WebSettings
from tests.helpers import make_pdf

runner = CliRunner()


def _review(db, name: str) -> int:
    result = runner.invoke(app, ["show", name, "--db", str(db), "--json"])
    return json.loads(result.stdout)["id"]


def test_cli_corrections_are_used_by_list_and_filters(coded_db):
    review = _review(coded_db, "Child K")
    result = runner.invoke(
        app,
        [
            "meta",
            str(review),
            "--db",
            str(coded_db),
            "--set",
            "year=2011",
            "--set",
            "child_pseudonyms=Child K, Child Kb",
            "--user",
            "amira",
            "--json",
        ],
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["metadata"]["year"] == 2011
    assert data["corrections"]["year"]["corrected_by"] == "amira"
    assert data["corrections"]["year"]["extracted"] == 2023
    listed = json.loads(
        runner.invoke(app, ["list", "--db", str(coded_db), "--year", "2011", "--json"]).stdout
    )
    assert [r["id"] for r in listed] == [review]
    assert listed[0]["child_pseudonyms"] == ["Child K", "Child Kb"]


def test_bad_corrections_are_refused_and_change_nothing(coded_db):
    review = _review(coded_db, "Child K")
    for change, message in (
        ("year=last spring", "year must be a year"),
        ("nation=Atlantis", "nation is one of"),
        ("colour=blue", "Unknown metadata field"),
        ("year", "--set takes FIELD=VALUE"),
    ):
        result = runner.invoke(app, ["meta", str(review), "--db", str(coded_db), "--set", change])
        assert result.exit_code == 2 and message in result.stderr, (change, result.stderr)
    assert corrections(Store(database_url(coded_db)), review) == {}


def test_corrections_survive_reingesting_a_changed_file(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    report = make_pdf(
        folder / "review.pdf",
        [["Serious Case Review: Family W", "Published 2010"], ["1.1 The family moved often."]],
    )
    store = Store(database_url(tmp_path / "c.db"))
    ingest([folder], store)
    old = store.list_reviews()[0]["id"]
    from casebrief.store.corrections import correct

    correct(store, old, {"partnership": "Wexley Local Safeguarding Children Board"}, "ana")
    changed = make_pdf(
        tmp_path / "v2.pdf",
        [["Serious Case Review: Family W", "Published 2010"], ["1.1 The family moved twice."]],
    )
    shutil.copy(changed, report)
    outcome = ingest([folder], store).outcomes[0]
    assert outcome.status == "updated"
    new = store.list_reviews()
    assert len(new) == 1 and new[0]["id"] != old
    assert new[0]["partnership"] == "Wexley Local Safeguarding Children Board"
    assert corrections(store, new[0]["id"])["partnership"]["corrected_by"] == "ana"


def test_briefings_use_corrected_metadata(coded_db, tmp_path):
    review = _review(coded_db, "Child K")
    runner.invoke(app, ["meta", str(review), "--db", str(coded_db), "--set", "year=2008"])
    out = tmp_path / "b.md"
    result = runner.invoke(
        app, ["brief", "--db", str(coded_db), "--years", "2008-2008", "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert "2008" in out.read_text() and "Child K" in out.read_text()


def test_analysts_correct_metadata_on_the_review_page(coded_db):
    client = TestClient(create_app(WebSettings(database_url(coded_db), retrain_every=0)))
    review = _review(coded_db, "Child K")
    page = client.get(f"/reviews/{review}").text
    token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
    assert "Correct metadata" in page
    response = client.post(
        f"/reviews/{review}/metadata",
        data={"csrf_token": token, "title": "Child K: a corrected title", "year": "2023"},
    )
    assert response.status_code == 200  # followed the redirect back to the review
    page = client.get(f"/reviews/{review}").text
    assert "Child K: a corrected title" in page and "Corrected by analysts: title" in page
    assert "year (" not in page  # an unchanged field is not recorded as a correction
    bad = client.post(f"/reviews/{review}/metadata", data={"csrf_token": token, "year": "soon"})
    assert bad.status_code == 400
    api = client.patch(
        f"/api/reviews/{review}/metadata",
        json={"nation": "wales"},
        headers={"X-CSRF-Token": token},
    )
    assert api.status_code == 200 and api.json()["nation"]["value"] == "Wales"


def test_correcting_the_child_marks_only_that_reviews_suggestions_for_renewal(coded_url):
    """The learned coder's suggestions depend on the child: the age (a theme's min_child_age),
    the gender (whose "her phone" is) and the names. Correcting any of them marks that review's
    coding runs so the next `casebrief code` renews them, on either backend; other corrections
    and other reviews keep theirs."""
    from casebrief.store.corrections import correct

    store = Store(coded_url if "://" in coded_url else database_url(coded_url))
    with store.transaction() as conn:
        conn.exec_driver_sql("UPDATE coding_runs SET model = 'f00d.r1'")
        ids = [r for (r,) in conn.exec_driver_sql("SELECT id FROM reviews ORDER BY id")]

    def models() -> dict[int, str | None]:
        with store.engine.connect() as conn:
            return dict(conn.exec_driver_sql("SELECT review_id, model FROM coding_runs").all())

    correct(store, ids[0], {"year": 2024}, user="ana")
    assert set(models().values()) == {"f00d.r1"}
    changes = ({"child_age": "7 months"}, {"child_gender": "female"}, {"child_pseudonyms": ["K"]})
    for review, change in zip(ids, changes, strict=False):
        correct(store, review, change, user="ana")
    after = models()
    renewed = ids[: len(changes)]
    assert all(after[r] is None for r in renewed), after
    assert all(m == "f00d.r1" for r, m in after.items() if r not in renewed)
    assert len(ids) > len(changes)
