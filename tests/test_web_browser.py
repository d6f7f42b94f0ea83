"""End to end in a real browser: Playwright driving Debian's Chromium against a live server.

Screenshots of each page go to test-artifacts/screenshots/; with CASEBRIEF_UPDATE_DOCS=1 they
also replace the ones in docs/ that the README shows."""

from __future__ import annotations

import os
import shutil
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from casebrief.config import database_url
from casebrief.store import Store
from casebrief.store.users import add_user
from casebrief.web.app import create_app
from casebrief.web.settings import WebSettings
from tests.helpers import free_port, make_pdf

CHROMIUM = Path(os.environ.get("CASEBRIEF_CHROMIUM", "/usr/bin/chromium"))
ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "test-artifacts" / "screenshots"

if not CHROMIUM.exists():
    if os.environ.get("CASEBRIEF_REQUIRE_BROWSER"):
        raise RuntimeError(f"{CHROMIUM} is missing: install it with `apt-get install chromium`.")
    pytest.skip(
        f"browser tests need Chromium at {CHROMIUM} (apt-get install chromium)",
        allow_module_level=True,
    )

playwright_api = pytest.importorskip("playwright.sync_api")


@pytest.fixture()
def live_server(coded_db) -> Iterator[callable]:
    """Start servers over the coded store; yields a function making one (auth on or off)."""
    import uvicorn

    servers: list[uvicorn.Server] = []

    def start(auth: bool = False) -> str:
        port = free_port()
        app = create_app(WebSettings(database_url(coded_db), auth=auth))
        server = uvicorn.Server(
            uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning")
        )
        threading.Thread(target=server.run, daemon=True).start()
        deadline = time.time() + 20
        while not server.started:
            if time.time() > deadline:
                raise RuntimeError("the server did not start")
            time.sleep(0.05)
        servers.append(server)
        return f"http://127.0.0.1:{port}"

    yield start
    for server in servers:
        server.should_exit = True


@pytest.fixture(scope="module")
def browser():
    with playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=str(CHROMIUM),
            headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        )
        yield browser
        browser.close()


@pytest.fixture()
def page(browser):
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on(
        "console",
        lambda msg: errors.append(msg.text) if msg.type == "error" else None,
    )
    yield page
    context.close()
    assert errors == [], f"errors in the browser: {errors}"


def screenshot(page, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path))
    if os.environ.get("CASEBRIEF_UPDATE_DOCS"):
        shutil.copyfile(path, ROOT / "docs" / f"web-{name}.png")


def count(page, selector: str) -> int:
    return sum(int(t) for t in page.locator(selector).all_inner_texts())


def test_search_read_decide_and_brief(live_server, page, tmp_path):
    base = live_server()
    page.goto(base + "/")
    page.fill("input[name=q]", "snapchat")
    page.press("input[name=q]", "Enter")
    page.wait_for_selector(".hit")
    assert page.locator(".snippet mark").first.inner_text().lower() == "snapchat"
    screenshot(page, "library")

    page.locator(".hit h3 a").first.click()
    page.wait_for_selector("#review-text")
    assert page.locator("mark.coded").count() > 0
    # Sections beyond the first come with the page as links, and load as the reader scrolls down
    # to them. (Read from the page as served: those near the first start loading at once, and
    # on a busy machine may have loaded before the page could be looked at.)
    assert 'class="not-loaded"' in page.request.get(page.url).text()
    for _ in range(40):
        if page.locator("section.not-loaded").count() == 0:
            break
        page.mouse.wheel(0, 4000)
        page.wait_for_timeout(100)
    assert page.locator("section.not-loaded").count() == 0
    assert "Key factor" in page.locator(".decision").inner_text()
    screenshot(page, "review")

    page.goto(base + "/themes")
    accepted_before = count(page, "#prevalence td.accepted")
    rejected_before = count(page, "#prevalence td.rejected")

    page.goto(base + "/coding?theme=sextortion")
    first = page.locator("#coding").get_attribute("data-coding")
    screenshot(page, "coding")
    page.keyboard.press("a")
    page.wait_for_selector(".flash")
    assert "accepted" in page.locator(".flash").inner_text()
    second = page.locator("#coding").get_attribute("data-coding")
    assert second != first
    page.keyboard.press("r")
    page.wait_for_selector(".flash")
    assert "rejected" in page.locator(".flash").inner_text()

    page.goto(base + "/themes")
    assert count(page, "#prevalence td.accepted") == accepted_before + 1
    assert count(page, "#prevalence td.rejected") == rejected_before + 1
    row = page.locator('#prevalence tr[data-theme="sextortion"]')
    assert row.locator("td.accepted").inner_text() == "1"
    screenshot(page, "themes")

    page.goto(base + "/briefing")
    page.wait_for_selector("#briefing-scope")
    page.frame_locator("iframe.preview").locator("h1").wait_for()
    screenshot(page, "briefing")
    with page.expect_download() as download_info:
        page.get_by_role("link", name="PDF").click()
    target = tmp_path / "briefing.pdf"
    download_info.value.save_as(target)
    assert target.read_bytes()[:5] == b"%PDF-"


def test_add_a_coding_by_selecting_text(live_server, page):
    base = live_server()
    page.goto(base + "/reviews/2")
    sentence = page.locator(".sentence").nth(5)
    sid = sentence.get_attribute("data-sid")
    words = sentence.inner_text().split()
    page.evaluate(
        """(sid) => {
            const node = document.getElementById('s' + sid);
            const range = document.createRange();
            range.selectNodeContents(node);
            const sel = window.getSelection();
            sel.removeAllRanges();
            sel.addRange(range);
        }""",
        sid,
    )
    page.wait_for_selector("#add-coding:not([hidden])")
    assert page.locator("#selected-text").inner_text().split()[:2] == words[:2]
    page.select_option("#add-coding select[name=theme]", "vuln_isolation")
    page.fill("#add-coding input[name=note]", "found on reading")
    page.click("#add-coding button[type=submit]")
    page.wait_for_selector(".flash")
    assert "Coding added" in page.locator(".flash").inner_text()
    assert page.locator('details[data-theme="vuln_isolation"] .ev').count() >= 1


def test_upload_a_report(live_server, page, tmp_path):
    base = live_server()
    report = tmp_path / "Child Upload review.pdf"
    make_pdf(
        report,
        [["Serious Case Review: Child Upload", "The child was groomed online through Snapchat."]],
    )
    wrong = tmp_path / "photo.pdf"
    wrong.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    page.goto(base + "/upload")
    page.set_input_files("input[type=file]", [str(report), str(wrong)])
    page.click("#upload-form button[type=submit]")
    page.wait_for_selector("#outcomes")
    table = page.locator("#outcomes").inner_text()
    assert "Child Upload review.pdf" in table and "ingested" in table
    assert "photo.pdf" in table and "PNG image" in table
    screenshot(page, "upload")
    page.locator("#outcomes a").first.click()
    page.wait_for_selector("#review-text")
    assert "Child Upload" in page.locator("h1").inner_text()


def test_viewer_sees_no_write_actions(live_server, page, coded_db):
    store = Store(database_url(coded_db))
    add_user(store, "viewer1", "viewer", "viewer-password")
    base = live_server(auth=True)
    page.goto(base + "/coding")
    page.wait_for_selector("input[name=password]")
    screenshot(page, "login")
    page.fill("input[name=name]", "viewer1")
    page.fill("input[name=password]", "viewer-password")
    page.click("form button[type=submit]")
    page.wait_for_selector("#coding")
    assert page.locator("button.accept").count() == 0
    assert page.locator("button.reject").count() == 0
    assert page.get_by_role("link", name="Upload").count() == 0
    page.keyboard.press("a")  # the shortcut does nothing without the form
    assert page.locator(".flash").count() == 0
    review = page.locator("#coding .meta a").get_attribute("href").split("#")[0]
    page.goto(base + review)
    assert page.locator("#add-coding").count() == 0
    assert page.locator(".user").get_attribute("data-role") == "viewer"
