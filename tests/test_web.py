"""The web app's routes through FastAPI's TestClient, on a real coded copy of the sample store."""

from __future__ import annotations

import re
import threading

import pytest
from fastapi.testclient import TestClient

from casebrief.config import database_url
from casebrief.errors import UsageError
from casebrief.store import Store
from casebrief.store.users import add_user
from casebrief.web.settings import check_bind
from tests.helpers import client_for, make_pdf


@pytest.fixture()
def client(coded_url, tmp_path) -> TestClient:
    return client_for(coded_url, upload_dir=tmp_path / "uploads")


def csrf(client: TestClient, page: str = "/") -> str:
    html = client.get(page).text
    return re.search(r'name="csrf-token" content="([^"]+)"', html).group(1)


def themes(client: TestClient) -> dict[str, dict]:
    return {t["id"]: t for t in client.get("/api/themes").json()["themes"]}


def first_suggested(client: TestClient, theme: str | None = None) -> dict:
    coding = client.get("/api/queue", params={"theme": theme} if theme else {}).json()["coding"]
    assert coding is not None
    return coding


# -- library -----------------------------------------------------------------------------------


def test_library_lists_every_review_with_facets(client):
    page = client.get("/")
    assert page.status_code == 200
    assert "<strong>32</strong> reviews" in page.text
    for facet in ("year", "review_type", "partnership", "nation", "theme", "key_factor"):
        assert f'data-facet="{facet}"' in page.text


def test_search_groups_hits_by_review_and_highlights_terms(client):
    page = client.get("/", params={"q": "snapchat"})
    assert page.status_code == 200
    assert "<mark>Snapchat</mark>" in page.text
    data = client.get("/api/search", params={"q": "snapchat"}).json()
    ids = [r["review"]["id"] for r in data["results"]]
    assert len(ids) == len(set(ids)) == data["total"] >= 2
    assert all(r["matches"] >= 1 and r["snippets"] for r in data["results"])


def test_facet_filters_narrow_results_and_counts(client):
    everything = client.get("/api/search").json()
    key_factor = dict(map(tuple, everything["facets"]["key_factor"]))
    assert key_factor == {True: 11, False: 21}
    only = client.get("/api/search", params={"key_factor": True}).json()
    assert only["total"] == 11
    assert all(r["key_factor"] for r in only["results"])
    theme = client.get("/api/search", params={"theme": "sextortion"}).json()
    assert 0 < theme["total"] < 32
    assert all("sextortion" in r["themes"] for r in theme["results"])
    year = everything["facets"]["year"][0][0]
    by_year = client.get("/", params={"year": year})
    assert by_year.status_code == 200 and 'class="active"' in by_year.text


def test_results_are_paged_and_sorted_by_year(client):
    first = client.get("/api/search", params={"per_page": 10, "sort": "year"}).json()
    second = client.get("/api/search", params={"per_page": 10, "sort": "year", "page": 2}).json()
    assert first["pages"] == 4
    years = [r["review"]["year"] for r in first["results"] + second["results"]]
    assert years == sorted(years, reverse=True)
    assert not {r["review"]["id"] for r in first["results"]} & {
        r["review"]["id"] for r in second["results"]
    }
    page = client.get("/", params={"page": 2})
    assert 'rel="prev"' in page.text and "page 2 of 2" in page.text


@pytest.mark.parametrize("query", ["(unclosed", '"open quote', "AND", "NOT"])
def test_malformed_query_gets_a_message_not_a_crash(client, query):
    page = client.get("/", params={"q": query})
    assert page.status_code == 400
    assert 'class="error"' in page.text
    api = client.get("/api/search", params={"q": query})
    assert api.status_code == 400 and api.json()["detail"]


def test_odd_queries_are_answered(client):
    for query in ["", "   ", "zzzzqqq", "ä", "self-harm", "exploit*", "x" * 600]:
        assert client.get("/", params={"q": query}).status_code in (200, 400)
    assert client.get("/api/search", params={"q": "zzzzqqq"}).json()["total"] == 0


# -- review page -------------------------------------------------------------------------------


def test_review_page_shows_outline_codings_evidence_and_decision(client):
    key_review = client.get("/api/search", params={"key_factor": True}).json()["results"][0]
    page = client.get(f"/reviews/{key_review['review']['id']}")
    assert page.status_code == 200
    assert 'class="outline"' in page.text
    # The harm evidence links to its sentence, in a section shown with its codings highlighted.
    harm = re.search(
        r'<details data-theme="[a-z_]+" open>\s*<summary><span class="swatch cat-harm_type">'
        r'.*?<a href="([^"]*)#s(\d+)" data-section="(\d+)"',
        page.text,
        re.S,
    )
    shown = client.get(f"/reviews/{key_review['review']['id']}?section={harm.group(3)}").text
    assert re.search(rf'id="s{harm.group(2)}"[^>]*>.*?mark class="coded cat-harm_type', shown)
    assert "Key factor: <strong>yes</strong>" in page.text
    assert "met: weighted evidence" in page.text  # the reasons
    assert re.search(r'href="[^"]*#s\d+" data-section="\d+">p\. \d+</a>', page.text)  # evidence
    # where each metadata field was read, for the analyst to check against the cover
    assert "Where these came from" in page.text
    assert re.search(r"<td>partnership</td><td>p\. 1, line \d+</td>", page.text)


def test_review_api_and_original_file(client):
    review = client.get("/api/reviews/1").json()
    assert review["sections"] and review["screening"]["reasons"]
    codings = client.get("/api/reviews/1/codings").json()
    assert codings and all("negated" in c and "page" in c for c in codings)
    original = client.get("/reviews/1/file")
    assert original.status_code == 200
    assert original.content[:5] in (b"%PDF-", b"PK\x03\x04") or b"<" in original.content[:200]


def test_unknown_review_is_404_on_page_and_api(client):
    assert client.get("/reviews/9999").status_code == 404
    assert "No review with id 9999" in client.get("/reviews/9999").text
    assert client.get("/api/reviews/9999").status_code == 404
    assert client.get("/reviews/abc").status_code == 422


def test_review_text_is_escaped(coded_db, tmp_path):
    hostile = tmp_path / "hostile.txt"
    hostile.write_text(
        "Serious Case Review: Child X\n\nThe report quoted <script>alert('x')</script> and "
        '<img src=x onerror="alert(1)"> from a chat log.\n',
        encoding="utf-8",
    )
    from casebrief.ingest import ingest

    store = Store(database_url(coded_db))
    review_id = ingest([hostile], store).outcomes[0].review_id
    client = client_for(coded_db)
    page = client.get(f"/reviews/{review_id}").text
    assert "<script>alert" not in page and "&lt;script&gt;alert" in page
    assert "<img src=x" not in page
    search = client.get("/", params={"q": "script"}).text
    assert "<script>alert" not in search
    assert "script-src 'self'" in client.get("/").headers["content-security-policy"]


# -- coding review -----------------------------------------------------------------------------


def test_accept_and_reject_change_theme_counts(client, coded_url):
    token = csrf(client)
    coding = first_suggested(client, "sextortion")
    before = themes(client)["sextortion"]
    accepted = client.post(
        f"/codings/{coding['id']}/decision",
        data={"decision": "accept", "csrf_token": token, "seen": coding["seen"]},
        follow_redirects=False,
    )
    assert accepted.status_code == 303
    after = themes(client)["sextortion"]
    assert after["accepted"] == before["accepted"] + 1
    assert after["suggested"] == before["suggested"] - 1
    other = first_suggested(client, "sextortion")
    assert other["id"] != coding["id"]
    client.post(
        f"/codings/{other['id']}/decision",
        data={"decision": "reject", "csrf_token": token, "note": "about another child"},
    )
    rejected = themes(client)["sextortion"]
    assert rejected["rejected"] == before["rejected"] + 1
    assert rejected["evidence"] == before["evidence"] - 1
    detail = client.get(f"/api/codings/{other['id']}").json()
    assert detail["status"] == "rejected" and detail["note"] == "about another child"
    assert detail["decided_by"] and detail["decided_at"]
    assert detail["history"][0]["previous_status"] == "suggested"
    # `casebrief eval` reports the analysts' agreement with the machine from these decisions.
    from casebrief.codebook import load_codebook
    from casebrief.evaluate import analyst_agreement

    agreement = analyst_agreement(Store(database_url(coded_url)), load_codebook("online-harm"))
    assert (agreement["decided"], agreement["accepted"], agreement["rejected"]) == (2, 1, 1)
    assert agreement["per_theme"]["sextortion"]["rejected"] == 1


def test_coding_page_has_shortcuts_and_moves_on(client):
    page = client.get("/coding")
    assert page.status_code == 200
    assert 'accesskey="a"' in page.text and 'id="next-link"' in page.text
    current = first_suggested(client)
    following = client.get("/api/queue", params={"after": current["id"]}).json()["coding"]
    assert following["id"] != current["id"]


def test_change_theme_rejects_old_and_adds_accepted_new(client):
    token = csrf(client)
    coding = first_suggested(client, "online_grooming")
    response = client.post(
        f"/api/codings/{coding['id']}/decision",
        json={"decision": "retheme", "theme": "online_sexual_abuse"},
        headers={"X-CSRF-Token": token},
    )
    assert response.status_code == 200
    outcome = response.json()
    assert outcome["coding_id"] != coding["id"] and outcome["status"] == "accepted"
    new = client.get(f"/api/codings/{outcome['coding_id']}").json()
    assert new["theme"] == "online_sexual_abuse" and new["method"] == "analyst"
    assert new["matched"] == coding["matched"]
    assert client.get(f"/api/codings/{coding['id']}").json()["status"] == "rejected"


def test_add_coding_from_a_selection(client):
    token = csrf(client)
    codings = client.get("/api/reviews/2/codings").json()
    sentence = codings[0]
    response = client.post(
        "/reviews/2/codings",
        data={
            "csrf_token": token,
            "codebook": "online-harm",
            "sentence_id": sentence["sentence_id"],
            "start": 0,
            "end": 5,
            "theme": "vuln_isolation",
            "note": "added by hand",
        },
        follow_redirects=False,
    )
    assert response.status_code == 303
    added = [
        c
        for c in client.get("/api/reviews/2/codings").json()
        if c["method"] == "analyst" and c["theme"] == "vuln_isolation"
    ]
    assert len(added) == 1
    assert added[0]["matched"] == sentence["text"][:5] and added[0]["status"] == "accepted"
    bad = client.post(
        "/api/reviews/2/codings",
        json={
            "sentence_id": sentence["sentence_id"],
            "start": 0,
            "end": 100000,
            "theme": "vuln_isolation",
            "codebook": "online-harm",
        },
        headers={"X-CSRF-Token": token},
    )
    assert bad.status_code == 400 and "outside sentence" in bad.json()["detail"]
    wrong_review = client.post(
        "/api/reviews/3/codings",
        json={
            "sentence_id": sentence["sentence_id"],
            "start": 0,
            "end": 5,
            "theme": "vuln_isolation",
            "codebook": "online-harm",
        },
        headers={"X-CSRF-Token": token},
    )
    assert wrong_review.status_code == 400


def test_unknown_decision_theme_and_coding_are_refused(client):
    token = csrf(client)
    coding = first_suggested(client)
    headers = {"X-CSRF-Token": token}
    assert (
        client.post(
            f"/api/codings/{coding['id']}/decision", json={"decision": "maybe"}, headers=headers
        ).status_code
        == 400
    )
    assert (
        client.post(
            f"/api/codings/{coding['id']}/decision",
            json={"decision": "retheme", "theme": "no_such_theme"},
            headers=headers,
        ).status_code
        == 400
    )
    assert (
        client.post(
            "/api/codings/99999999/decision", json={"decision": "accept"}, headers=headers
        ).status_code
        == 404
    )
    assert client.get(f"/api/codings/{coding['id']}").json()["status"] == "suggested"


def test_two_analysts_at_once_later_decision_wins_visibly(coded_db):
    store = Store(database_url(coded_db))
    add_user(store, "amira", "analyst", "password-a")
    add_user(store, "ben", "analyst", "password-b")
    first, second = client_for(coded_db, auth=True), client_for(coded_db, auth=True)
    for c, name, pw in ((first, "amira", "password-a"), (second, "ben", "password-b")):
        assert c.post("/api/login", json={"name": name, "password": pw}).status_code == 200
    coding = first_suggested(first)
    tokens = [c.get("/api/session").json()["csrf_token"] for c in (first, second)]
    # Both saw it as suggested; amira accepts, then ben rejects.
    a = first.post(
        f"/api/codings/{coding['id']}/decision",
        json={"decision": "accept", "seen": coding["seen"]},
        headers={"X-CSRF-Token": tokens[0]},
    ).json()
    b = second.post(
        f"/api/codings/{coding['id']}/decision",
        json={"decision": "reject", "seen": coding["seen"]},
        headers={"X-CSRF-Token": tokens[1]},
    ).json()
    assert a["replaced"] is None
    assert b["replaced"]["decided_by"] == "amira" and b["replaced"]["status"] == "accepted"
    final = first.get(f"/api/codings/{coding['id']}").json()
    assert final["status"] == "rejected" and final["decided_by"] == "ben"
    assert [h["decided_by"] for h in final["history"]] == ["amira", "ben"]
    # The page tells the later analyst whose decision was replaced.
    page_coding = first_suggested(second)
    shown = second.post(
        f"/codings/{page_coding['id']}/decision",
        data={"decision": "accept", "csrf_token": tokens[1], "seen": "stale|x|y"},
    )  # redirected to the next coding, with the message
    assert "had already marked this coding" in shown.text


def test_concurrent_decisions_lose_nothing(coded_db):
    client = client_for(coded_db, secret_key="shared")
    token = csrf(client)
    targets = [c["id"] for c in client.get("/api/reviews/1/codings").json()][:16]
    errors: list[int] = []

    def decide(coding_id: int, decision: str) -> None:
        worker = client_for(coded_db, secret_key="shared")  # a second server process
        worker.cookies = client.cookies
        response = worker.post(
            f"/api/codings/{coding_id}/decision",
            json={"decision": decision},
            headers={"X-CSRF-Token": token},
        )
        if response.status_code != 200:
            errors.append(response.status_code)

    threads = [
        threading.Thread(target=decide, args=(cid, d))
        for cid in targets
        for d in ("accept", "reject")
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    for cid in targets:
        detail = client.get(f"/api/codings/{cid}").json()
        assert len(detail["history"]) == 2
        assert (
            detail["status"]
            == {"accept": "accepted", "reject": "rejected"}[detail["history"][-1]["decision"]]
        )


# -- themes and briefing -----------------------------------------------------------------------


def test_themes_page_has_prevalence_trend_and_cooccurrence(client):
    page = client.get("/themes")
    assert page.status_code == 200
    assert 'id="prevalence"' in page.text and 'id="cooccurrence"' in page.text
    assert "<svg" in page.text
    data = client.get("/api/themes").json()
    assert data["key_factor_reviews"] == 11 and data["reviews"] == 32
    assert data["pairs"] and all(0 < p["jaccard"] <= 1 for p in data["pairs"])
    trend = client.get("/themes", params={"trend": "sextortion"})
    assert trend.status_code == 200
    # Screen readers get the same grouping as the legend: this theme, not "key factor".
    label = re.search(r'aria-label="(Reviews per publication year[^"]*)"', trend.text).group(1)
    assert "reviews raising sextortion" in label.lower() and "key factor" not in label
    assert client.get("/themes", params={"trend": "nope"}).status_code == 400
    assert client.get("/themes", params={"codebook": "nope"}).status_code == 400


def test_briefing_page_previews_and_downloads_every_format(client):
    page = client.get("/briefing", params={"years": "2015-2024"})
    assert page.status_code == 200 and 'id="briefing-scope"' in page.text
    preview = client.get("/briefing/preview")
    assert preview.status_code == 200 and "<h1" in preview.text
    assert "script-src" not in preview.headers["content-security-policy"]
    expected = {"html": b"<!doctype", "pdf": b"%PDF-", "docx": b"PK\x03\x04", "markdown": b"# "}
    for fmt, magic in expected.items():
        response = client.get("/briefing/download", params={"format": fmt})
        assert response.status_code == 200
        assert response.content[: len(magic)].lower() == magic.lower()
        assert "attachment" in response.headers["content-disposition"]
    assert client.get("/briefing/download", params={"format": "exe"}).status_code == 400
    bad = client.get("/briefing", params={"years": "soon"})
    assert bad.status_code == 400 and "not a year" in bad.text


def test_rejected_evidence_leaves_the_briefing(client):
    token = csrf(client)
    before = client.get("/briefing/download", params={"format": "markdown"}).text
    quoted = re.search(r"^> (.+)$", before, re.M).group(1).strip("“”\"' ")
    for coding in client.get("/api/search", params={"key_factor": True, "per_page": 100}).json()[
        "results"
    ]:
        for c in client.get(f"/api/reviews/{coding['review']['id']}/codings").json():
            if c["text"].strip() in quoted or quoted[:60] in c["text"]:
                client.post(
                    f"/api/codings/{c['id']}/decision",
                    json={"decision": "reject"},
                    headers={"X-CSRF-Token": token},
                )
    after = client.get("/briefing/download", params={"format": "markdown"}).text
    assert quoted[:60] not in after


# -- upload ------------------------------------------------------------------------------------


def test_upload_ingests_a_report_under_a_generated_name(client, tmp_path):
    pdf = tmp_path / "report.pdf"
    make_pdf(pdf, [["Serious Case Review: Child Upload", "The child used Snapchat every day."]])
    token = csrf(client, "/upload")
    response = client.post(
        "/api/upload",
        files=[
            ("files", ("../../etc/passwd/../Child Upload.pdf", pdf.read_bytes(), "application/pdf"))
        ],
        headers={"X-CSRF-Token": token},
    )
    assert response.status_code == 200, response.text
    outcome = response.json()["files"][0]
    assert outcome["status"] == "ingested" and outcome["name"] == "Child Upload.pdf"
    stored = client.get(f"/api/reviews/{outcome['review_id']}").json()
    path = stored["files"][0]
    folder = tmp_path / "uploads"
    token, name = path.removeprefix(str(folder) + "/").split("/")
    assert re.fullmatch(r"[0-9a-f]{32}", token) and name == "Child Upload.pdf"


def test_upload_rejects_wrong_type_and_oversize_and_keeps_going(coded_db, tmp_path):
    client = client_for(coded_db, max_upload_bytes=50_000)
    token = csrf(client, "/upload")
    good = tmp_path / "ok.pdf"
    make_pdf(good, [["Serious Case Review: Child Good", "Some text about the family."]])
    before = client.get("/api/search").json()["total"]
    response = client.post(
        "/upload",
        data={"csrf_token": token},
        files=[
            ("files", ("image.pdf", b"\x89PNG\r\n\x1a\n" + b"0" * 100, "application/pdf")),
            ("files", ("big.txt", b"word " * 20_000, "text/plain")),
            ("files", ("empty.docx", b"", "application/octet-stream")),
            ("files", ("ok.pdf", good.read_bytes(), "application/pdf")),
        ],
    )
    assert response.status_code == 200  # the page lists every file's result
    text = response.text
    assert "image.pdf: this is a PNG image" in text
    assert "big.txt: larger than" in text
    assert "empty.docx: the file is empty" in text
    assert text.count("status-rejected") == 3 and "status-ingested" in text
    assert client.get("/api/search").json()["total"] == before + 1
    folder = coded_db.parent / f"{coded_db.stem}-uploads"
    assert [p.name for p in folder.rglob("*") if p.is_file()] == ["ok.pdf"]


def test_oversize_request_is_refused_before_reading(coded_db):
    client = client_for(coded_db, max_upload_bytes=1000)
    token = csrf(client, "/upload")
    response = client.post(
        "/api/upload",
        files=[("files", ("huge.txt", b"a" * 2_000_000, "text/plain"))],
        headers={"X-CSRF-Token": token},
    )
    assert response.status_code == 413


# -- security ----------------------------------------------------------------------------------


def test_writes_without_csrf_token_are_refused(client):
    coding = first_suggested(client)
    assert (
        client.post(f"/codings/{coding['id']}/decision", data={"decision": "accept"}).status_code
        == 403
    )
    assert (
        client.post(
            f"/api/codings/{coding['id']}/decision",
            json={"decision": "accept"},
            headers={"X-CSRF-Token": "forged"},
        ).status_code
        == 403
    )
    assert (
        client.post("/api/upload", files=[("files", ("a.txt", b"x", "text/plain"))]).status_code
        == 403
    )
    assert client.get(f"/api/codings/{coding['id']}").json()["status"] == "suggested"


def test_auth_requires_login_and_roles_limit_writes(coded_db):
    store = Store(database_url(coded_db))
    add_user(store, "vera", "viewer", "viewer-password")
    add_user(store, "ada", "admin", "admin-password")
    client = client_for(coded_db, auth=True)
    assert client.get("/", follow_redirects=False).status_code == 303
    assert client.get("/api/search").status_code == 401
    token = csrf(client, "/login")
    wrong = client.post("/login", data={"name": "vera", "password": "nope", "csrf_token": token})
    assert wrong.status_code == 401 and "wrong password" in wrong.text
    login = client.post(
        "/login",
        data={
            "name": "vera",
            "password": "viewer-password",
            "csrf_token": token,
            "next": "/themes",
        },
        follow_redirects=False,
    )
    assert login.status_code == 303 and login.headers["location"] == "/themes"
    cookie = login.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie
    token = csrf(client)
    coding = first_suggested(client)
    page = client.get("/coding").text
    assert 'accesskey="a"' not in page and "only analysts and admins decide" in page
    assert "Add a coding" not in client.get(f"/reviews/{coding['review_id']}").text
    assert ">Upload<" not in client.get("/").text
    refused = client.post(
        f"/api/codings/{coding['id']}/decision",
        json={"decision": "accept"},
        headers={"X-CSRF-Token": token},
    )
    assert refused.status_code == 403 and "viewer" in refused.json()["detail"]
    assert client.get("/upload").status_code == 403
    assert (
        client.post("/logout", data={"csrf_token": token}, follow_redirects=False).status_code
        == 303
    )
    assert client.get("/api/search").status_code == 401
    admin = client_for(coded_db, auth=True)
    admin.post("/api/login", json={"name": "ada", "password": "admin-password"})
    assert admin.get("/upload").status_code == 200


def test_login_redirects_only_within_the_site(coded_db):
    store = Store(database_url(coded_db))
    add_user(store, "ana", "analyst", "analyst-password")
    client = client_for(coded_db, auth=True)
    token = csrf(client, "/login")
    response = client.post(
        "/login",
        data={
            "name": "ana",
            "password": "analyst-password",
            "csrf_token": token,
            "next": "//evil.example/",
        },
        follow_redirects=False,
    )
    assert response.headers["location"] == "/"


def test_binding_off_this_machine_needs_auth():
    check_bind("127.0.0.1", auth=False)
    check_bind("::1", auth=False)
    check_bind("localhost", auth=False)
    check_bind("0.0.0.0", auth=True)
    for host in ("0.0.0.0", "192.168.1.20", "example.org"):
        with pytest.raises(UsageError, match="--auth"):
            check_bind(host, auth=False)


def test_users_need_valid_names_roles_and_passwords(coded_db):
    store = Store(database_url(coded_db))
    for name, role, password in (
        ("bad name", "viewer", "long-enough"),
        ("ok", "superuser", "long-enough"),
        ("ok", "viewer", "short"),
    ):
        with pytest.raises(UsageError):
            add_user(store, name, role, password)
    add_user(store, "ok", "viewer", "long-enough")
    with pytest.raises(UsageError, match="already exists"):
        add_user(store, "ok", "viewer", "long-enough")
    row = store.engine.connect().exec_driver_sql("SELECT password_hash FROM users").scalar()
    assert row.startswith("$argon2") and "long-enough" not in row


def test_openapi_schema_describes_the_api(client):
    schema = client.get("/api/openapi.json").json()
    for path in ("/api/search", "/api/codings/{coding_id}/decision", "/api/upload", "/api/themes"):
        assert path in schema["paths"]
    assert not any(p == "/" for p in schema["paths"])


# -- learned coder: queues and retraining ------------------------------------------------------


def test_model_queues_rank_suggestions_and_retrain_in_the_background(coded_db):
    from casebrief.codebook import load_codebook
    from casebrief.coding.scoring import SCREENING_FLOOR
    from casebrief.coding.service import code_store
    from casebrief.learning.service import learn
    from casebrief.store import Store
    from casebrief.store import codings as coding_store
    from casebrief.store.models import job_running, model_summaries

    store = Store(database_url(coded_db))
    book = load_codebook("online-harm")
    learn(store, book)
    code_store(store, book)
    client = client_for(coded_db, retrain_every=5)
    token = csrf(client)
    missed = client.get("/api/queue", params={"order": "missed"}).json()
    uncertain = client.get("/api/queue", params={"order": "uncertain"}).json()
    assert missed["remaining"] == uncertain["remaining"] > 5
    first = missed["coding"]
    assert first["method"] == "model" and first["status"] == "suggested"
    # Most likely missed first; the next one is no more probable; uncertain starts near 0.5.
    second = client.get("/api/queue", params={"order": "missed", "after": first["id"]}).json()
    assert second["coding"]["confidence"] <= first["confidence"]
    assert abs(uncertain["coding"]["confidence"] - 0.5) <= abs(first["confidence"] - 0.5)
    page = client.get("/coding", params={"order": "missed"}).text
    assert "undecided model suggestion" in page and "Learned coder trained" in page
    assert f"model {first['confidence']:.2f}" in page
    # A suggestion below the quoting threshold is marked as a possibility; one above is not.
    seen: dict[bool, str] = {}
    after = None
    for _ in range(30):
        params = {"order": "uncertain"} | ({"after": after} if after else {})
        coding = client.get("/api/queue", params=params).json()["coding"]
        seen.setdefault(coding["confidence"] < 0.5, client.get("/coding", params=params).text)
        if coding["confidence"] < 0.5:
            low = coding
        if len(seen) == 2:
            break
        after = coding["id"]
    assert ">possible<" in seen[True] and ">possible<" not in seen[False]
    # The review page shows the same possibility outlined in the text and flagged in the list.
    page = client.get(f"/reviews/{low['review_id']}", params={"codebook": "online-harm"}).text
    item = page[page.index(f'data-coding="{low["id"]}"') :].split("</li>")[0]
    assert f"possible {low['confidence']:.2f}" in item
    section = re.search(r'data-section="(\d+)"', item).group(1)
    page = client.get(
        f"/reviews/{low['review_id']}", params={"codebook": "online-harm", "section": section}
    ).text
    sentence = page[page.index(f'id="s{low["sentence_id"]}"') :].split("</span>")[0]
    assert re.search(r'<mark class="[^"]*" title="[^"]*, possible\)', sentence)
    # The faintest suggestions are in the queues but not outlined on the review page.
    with store.engine.connect() as conn:
        suggested, faint, faint_review = conn.exec_driver_sql(
            "SELECT COUNT(*), SUM(c.confidence < ?), MAX(CASE WHEN c.confidence < ? THEN "
            "s.review_id END) FROM codings c JOIN sentences s ON s.id = c.sentence_id "
            "WHERE c.method = 'model' AND c.status = 'suggested'",
            (SCREENING_FLOOR, SCREENING_FLOOR),
        ).one()
    assert faint and missed["remaining"] == suggested
    faint_ids = {
        c["id"]
        for c in coding_store.review_codings(store, faint_review, "online-harm")
        if c["method"] == "model" and c["confidence"] < SCREENING_FLOOR
    }
    page = client.get(f"/reviews/{faint_review}", params={"codebook": "online-harm"}).text
    assert faint_ids and not any(f'data-coding="{i}"' in page for i in faint_ids)
    assert client.get("/api/queue", params={"order": "bogus"}).status_code == 400
    # Five decisions from the queue start one retrain in the background; deciding goes on.
    retrainer = client.app.state.retrainer
    started = []
    for _ in range(5):
        coding = client.get("/api/queue", params={"order": "missed"}).json()["coding"]
        response = client.post(
            f"/api/codings/{coding['id']}/decision",
            json={"decision": "reject"},
            headers={"X-CSRF-Token": token},
        )
        assert response.status_code == 200
        started += [t for t in threading.enumerate() if t.name.startswith("retrain-")]
    assert started, "no retrain was started after five decisions"
    for thread in started:
        thread.join(timeout=300)
    assert not retrainer.last_error and not job_running(store, "retrain:online-harm")
    newest = model_summaries(store, "online-harm")[0]
    assert newest["decisions_seen"] >= 5 and newest["summary"]["trained_on"]["decisions"] >= 5
    # The rejected suggestions stay rejected after the retrain re-ranked the rest.
    with store.engine.connect() as conn:
        rejected = conn.exec_driver_sql(
            "SELECT count(*) FROM codings WHERE method = 'model' AND status = 'rejected'"
        ).scalar()
    assert rejected == 5


def test_a_second_process_does_not_retrain_while_one_is(coded_db):
    from casebrief.store import Store
    from casebrief.store.models import claim_job, release_job

    store = Store(database_url(coded_db))
    assert claim_job(store, "retrain:online-harm", "one")
    assert not claim_job(store, "retrain:online-harm", "two")
    release_job(store, "retrain:online-harm", "one")
    assert claim_job(store, "retrain:online-harm", "two")


def test_themes_and_coding_pages_offer_codings_as_spreadsheets(client):
    import io

    from openpyxl import load_workbook

    for page in ("/themes", "/coding"):
        assert (
            'href="/export/codings.xlsx?codebook=online-harm&amp;status=all"'
            in client.get(page).text
        )
    response = client.get("/export/codings.xlsx", params={"status": "all"})
    assert response.status_code == 200
    assert "attachment" in response.headers["content-disposition"]
    book = load_workbook(io.BytesIO(response.content))
    assert book.sheetnames[0] == "Summary" and book["Harm type"].max_row > 1
    csv_text = client.get("/export/codings.csv", params={"status": "all"}).content.decode(
        "utf-8-sig"
    )
    assert csv_text.startswith("Review id,Review,Year,Partnership,Theme")
    assert client.get("/export/codings.pdf").status_code == 400


def test_review_page_renders_the_sections_in_view_and_loads_the_rest_on_demand(client):
    review = client.get("/api/reviews/1").json()
    # the sections with sentences: not the cover's labels or the contents page, text without any
    with_text = [
        s["ordinal"]
        for s in review["sections"]
        if re.search(r'id="s\d+"', client.get(f"/reviews/1/sections/{s['ordinal']}").text)
    ]
    assert len(with_text) < len(review["sections"])
    page = client.get("/reviews/1").text
    rendered = re.findall(r'<section id="sec-(\d+)" data-kind="[a-z_]+">', page)
    waiting = re.findall(
        r'<section id="sec-(\d+)" [^>]*class="not-loaded" data-src="([^"]+)"', page
    )
    assert [int(o) for o in rendered] == with_text[:2]
    assert [int(o) for o, _ in waiting] == with_text[2:]
    # Without script, each waiting section has a link to the page showing it.
    later = with_text[-1]
    assert f'href="/reviews/1?section={later}&amp;codebook=online-harm#sec-{later}"' in page
    shown = client.get("/reviews/1", params={"section": later}).text
    assert f'<section id="sec-{later}" data-kind=' in shown
    # With script, the fragment is the same section as the full page renders it.
    fragment = client.get(dict(waiting)[str(later)].replace("&amp;", "&")).text
    section_html = re.search(rf'<section id="sec-{later}" data-kind=.*?</section>', shown, re.S)
    assert fragment.strip() == section_html.group(0).strip()
    # Every sentence is in exactly one section, rendered or loadable.
    sentences = set()
    for ordinal in with_text:
        part = client.get(f"/reviews/1/sections/{ordinal}").text
        sentences |= set(re.findall(r'id="s(\d+)"', part))
    assert len(sentences) == client.get("/api/reviews/1").json()["n_sentences"]
    assert client.get("/reviews/1/sections/999").status_code == 404
