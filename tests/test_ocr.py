"""Scanned reports read with Tesseract: text searchable, pages numbered, confidence recorded and
low-confidence pages flagged; and what a user gets when OCR cannot run."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from typer.testing import CliRunner

from casebrief.cli import app
from casebrief.config import database_url
from casebrief.ingest import OcrSettings, ingest
from casebrief.readers import ocr
from casebrief.store import Store
from tests.helpers import client_for, join_pdfs, make_image_pdf, make_pdf

runner = CliRunner()
PAGES = [
    ["Serious Case Review", "Child Q", "Published 2009", "Hollow Vale Safeguarding Children Board"],
    [
        "1.1 Child Q was groomed online by a man who",
        "posed as a teenage boy on a social networking site.",
        "1.2 The school did not share what it knew with",
        "children's social care until after the disclosure.",
    ],
    [
        "2.1 The police examination of her computer took",
        "eleven weeks to complete.",
    ],
]

if os.environ.get("CASEBRIEF_REQUIRE_OCR"):
    pass  # CI installs Tesseract; a missing one must fail these tests, not skip them
elif ocr.missing():
    pytest.skip(f"OCR tests need Tesseract: {ocr.missing()}", allow_module_level=True)


@pytest.fixture(scope="module")
def scanned(tmp_path_factory):
    return make_image_pdf(tmp_path_factory.mktemp("scan") / "scanned-review.pdf", PAGES)


def test_tesseract_is_installed():
    """CI sets CASEBRIEF_REQUIRE_OCR: the OCR path must really run there."""
    assert ocr.missing() is None


def test_a_scanned_report_is_ingested_searchable_with_its_pages(scanned, tmp_path):
    store = Store(database_url(tmp_path / "ocr.db"))
    report = ingest([scanned], store)
    assert [o.status for o in report.outcomes] == ["ingested"], report.outcomes
    hits = store.search('"posed as a teenage boy"')
    assert hits and hits[0]["page"] == 2
    assert store.search("eleven weeks")[0]["page"] == 3
    with store.engine.connect() as conn:
        pages = conn.exec_driver_sql(
            "SELECT number, ocr_confidence FROM pages ORDER BY number"
        ).all()
    assert [n for n, _ in pages] == [1, 2, 3]
    assert all(c is not None and 60 <= c <= 100 for _, c in pages)


def test_never_stores_a_scan_as_needs_ocr_and_a_later_run_reads_it(scanned, tmp_path):
    db = tmp_path / "later.db"
    first = runner.invoke(
        app, ["ingest", str(scanned), "--db", str(db), "--ocr", "never", "--json"]
    )
    assert first.exit_code == 1
    outcome = json.loads(first.stdout)["files"][0]
    assert outcome["status"] == "needs_ocr" and "--ocr auto" in outcome["message"]
    again = runner.invoke(app, ["ingest", str(scanned), "--db", str(db), "--ocr", "always"])
    assert again.exit_code == 0, again.stdout
    assert Store(database_url(db)).counts()["reviews"] == 1


def test_without_tesseract_the_message_says_how_to_install(scanned, tmp_path, monkeypatch):
    monkeypatch.setenv("CASEBRIEF_TESSERACT", str(tmp_path / "no-tesseract-here"))
    db = tmp_path / "none.db"
    result = runner.invoke(app, ["ingest", str(scanned), "--db", str(db), "--json"])
    assert result.exit_code == 1
    outcome = json.loads(result.stdout)["files"][0]
    assert outcome["status"] == "needs_ocr"
    assert "apt-get install tesseract-ocr" in outcome["message"]
    forced = runner.invoke(app, ["ingest", str(scanned), "--db", str(db), "--ocr", "always"])
    assert forced.exit_code == 2 and "Tesseract is not installed" in forced.stderr


def test_a_page_that_times_out_fails_the_file_and_stores_nothing(scanned, tmp_path):
    store = Store(database_url(tmp_path / "slow.db"))
    report = ingest([scanned], store, ocr=OcrSettings("auto", page_timeout=0.001))
    outcome = report.outcomes[0]
    assert outcome.status == "failed" and "page 1" in outcome.message
    assert "--ocr-timeout" in outcome.message
    assert store.counts()["reviews"] == 0


def test_an_unreadable_scan_fails_with_a_clear_message(tmp_path):
    blank = make_image_pdf(tmp_path / "blank.pdf", [[], []])
    store = Store(database_url(tmp_path / "blank.db"))
    outcome = ingest([blank], store).outcomes[0]
    assert outcome.status == "failed" and "OCR found no text" in outcome.message


def test_a_bad_ocr_mode_is_refused(scanned, tmp_path):
    result = runner.invoke(
        app, ["ingest", str(scanned), "--db", str(tmp_path / "x.db"), "--ocr", "sometimes"]
    )
    assert result.exit_code == 2 and "--ocr is one of auto, always, never" in result.stderr


def test_sentences_from_low_confidence_pages_are_marked_on_the_review_page(tmp_path):
    from fastapi.testclient import TestClient

    from casebrief.web.app import create_app
    from casebrief.web.settings import WebSettings

    noisy = make_image_pdf(tmp_path / "noisy.pdf", PAGES, noise=True)
    db = tmp_path / "noisy.db"
    store = Store(database_url(db))
    assert ingest([noisy], store).outcomes[0].status == "ingested"
    with store.engine.connect() as conn:
        confidences = [c for (c,) in conn.exec_driver_sql("SELECT ocr_confidence FROM pages").all()]
    low = [c for c in confidences if c < ocr.LOW_CONFIDENCE]
    assert low, f"the noisy scan read with confidences {confidences}"
    review_id = store.list_reviews()[0]["id"]
    client = TestClient(create_app(WebSettings(database_url(db), retrain_every=0)))
    page = client.get(f"/reviews/{review_id}").text
    assert 'class="sentence ocr-low"' in page and "Read by OCR with low confidence" in page


def test_a_words_height_on_a_scan_gives_its_lines_type_size():
    """A scan has no fonts: a line's size comes from its words' heights, each over the share of
    the em its letters span, so a heading of short lower-case words and one of capitals agree;
    words Tesseract was unsure of do not count, and a line of mostly such words has no size."""
    heading = [("Who", 29, 96.0), ("is", 29, 96.0), ("N?", 29, 91.0)]
    body = [
        ("was", 18, 95),
        ("fifteen", 23, 96),
        ("pictures", 28, 90),
        ("him", 23, 96),
        ("a", 18, 93),
    ]
    assert ocr.line_size(heading, dpi=200) == pytest.approx(13.9, abs=0.2)
    assert ocr.line_size(body, dpi=200) == pytest.approx(11.0, abs=0.2)
    assert ocr.line_size([("\u2014", 4, 90.0)], dpi=200) is None
    # A smudge read as letters: its boxes are no measure of the type
    smudge = [("seaman", 40, 0.0), ("te", 38, 48.0), ("rth", 41, 34.0), ("The", 23, 96.0)]
    assert ocr.line_size(smudge, dpi=200) is None


def test_a_scanned_reviews_headings_set_larger_open_their_sections(tmp_path):
    """A scanned review's headings are no sentences when they are set clearly larger than its
    text, though the words alone do not show them to be headings ("Why was N at greater risk?"
    opens the analysis); a wrapped heading is one. A bold sentence, a large pull quote ending in
    a full stop and a short list stay text: a scan shows no weight, and a sentence is none."""
    from casebrief.text.pipeline import parse_file
    from tests.helpers import make_styled_pdf, scan_of

    story = (
        "N was fifteen when a man she met in a game's chat began to message her every night, "
        "and within a month he had persuaded her to send him pictures of herself. "
    )
    typed = make_styled_pdf(
        tmp_path / "typed.pdf",
        [
            ("title", "Learning review"),
            ("plain heading", "Who is N?"),
            ("body", story * 3),
            ("heading", "What the school saw"),
            ("body", story * 2),
            ("bold", "The school did not ask who the man was."),
            ("plain heading", "Why was N at greater risk?"),
            ("body", story * 2),
            ("plain heading", "The pictures reached her whole year group within a day."),
            ("heading", "What the partnership will now do for children like N"),
            ("body", "Police\nSchool nurse\nSocial care"),
            ("body", story),
        ],
        width=70,
    )
    review = parse_file(scan_of(typed, tmp_path / "scanned.pdf"))
    texts = [s.text for s in review.sentences]
    sections = [(section.kind, section.heading) for section in review.sections]
    for heading in ("Who is N?", "What the school saw", "Why was N at greater risk?"):
        assert heading not in texts and heading in [h for _, h in sections]
    assert ("analysis", "Why was N at greater risk?") in sections
    assert "What the partnership will now do for children like N" in [h for _, h in sections]
    assert "The school did not ask who the man was." in texts
    assert "The pictures reached her whole year group within a day." in texts
    assert {"Police", "School nurse", "Social care"} <= set(texts)
    assert texts.count(story.strip()) == 8


def test_a_scanned_reviews_bold_headings_at_the_body_size_open_their_sections(tmp_path):
    """A scan shows bold as more ink: a short line in bold at the body's size heads its section,
    as it does in a typed PDF, while a bold sentence, a bold question and a short list in the
    body's type stay text."""
    from casebrief.text.pipeline import parse_file
    from tests.helpers import make_styled_pdf, scan_of

    story = (
        "N was fifteen when a man she met in a game's chat began to message her every night, "
        "and within a month he had persuaded her to send him pictures of herself. "
    )
    typed = make_styled_pdf(
        tmp_path / "typed.pdf",
        [
            ("title", "Learning review: Child N"),
            ("bold", "What happened"),
            ("body", story * 3),
            ("bold", "What agencies knew"),
            ("body", story * 2),
            ("bold", "The school did not ask who the man was."),
            ("bold", "Why was N at greater risk?"),
            ("body", story * 2),
            ("bold", "Learning for the partnership"),
            ("body", "Police\nSchool nurse\nSocial care"),
            ("body", story),
        ],
    )
    review = parse_file(scan_of(typed, tmp_path / "scanned.pdf"))
    texts = [s.text for s in review.sentences]
    headings = [section.heading for section in review.sections]
    for heading in ("What happened", "What agencies knew", "Learning for the partnership"):
        assert heading in headings and heading not in texts
    assert ("practice_episodes", "What happened") in [(s.kind, s.heading) for s in review.sections]
    assert "The school did not ask who the man was." in texts
    assert "Why was N at greater risk?" in texts
    assert {"Police", "School nurse", "Social care"} <= set(texts)
    assert texts.count(story.strip()) == 8


UNMAPPED = Path(__file__).parent / "data" / "odd-pdfs" / "unmapped-font.pdf"


def test_a_text_layer_that_gives_no_letters_is_read_as_a_scan():
    """Some print drivers embed fonts without the table that says which letter each glyph is:
    the page shows text, but its text layer gives control characters. Such a page is read with
    OCR, as a scan is, and the review's sentences are its words, not glyph numbers."""
    from casebrief.text.pipeline import parse_file

    review = parse_file(UNMAPPED)
    assert [s.text for s in review.sentences] == [
        "Child R was fourteen when a man she had met in an online game began to message her "
        "every night.",
        "The school did not share what it knew about the messages with children's social care, "
        "and nobody asked R who she was talking to.",
    ]
    assert review.pages[0].ocr_confidence is not None


TYPED_PAGES = [
    [
        "Rapid review: Child V",
        "V was twelve when a man she met in a game began to message her every night.",
        "The school knew of the messages but did not tell children's social care.",
    ],
    ["The police took nine weeks to examine the phone her mother handed in."],
]
SCANNED_LETTER = [["Her mother wrote that nobody had asked V who the man was."]]


@pytest.fixture
def mixed(tmp_path):
    """A typed review with its third page, a letter, scanned in."""
    typed = make_pdf(tmp_path / "typed.pdf", TYPED_PAGES, footer=False)
    letter = make_image_pdf(tmp_path / "letter.pdf", SCANNED_LETTER)
    return join_pdfs(tmp_path / "mixed-review.pdf", [typed, letter])


def _sentence_pages(db: Path) -> dict[str, int]:
    with Store(database_url(db)).engine.connect() as conn:
        return dict(conn.exec_driver_sql("SELECT text, page FROM sentences").all())


def test_a_page_scanned_into_a_typed_review_is_read_with_ocr(mixed, tmp_path):
    """The typed pages keep their text layer; the scanned page alone is read with OCR and its
    sentences carry its page number."""
    db = tmp_path / "mixed.db"
    outcome = ingest([mixed], Store(database_url(db))).outcomes[0]
    assert (outcome.status, outcome.message) == ("ingested", None)
    pages = _sentence_pages(db)
    assert pages["Her mother wrote that nobody had asked V who the man was."] == 3
    assert pages["The police took nine weeks to examine the phone her mother handed in."] == 2
    with Store(database_url(db)).engine.connect() as conn:
        confidence = dict(conn.exec_driver_sql("SELECT number, ocr_confidence FROM pages").all())
    assert confidence[1] is None and confidence[2] is None and confidence[3] > 60


def test_without_ocr_the_rest_is_stored_the_page_named_and_a_later_run_reads_it(mixed, tmp_path):
    """With OCR off the typed pages are stored and the user is told which page was not read
    and how to read it; run again with OCR, the review is read whole, in place, keeping the
    analysts' metadata corrections."""
    db = tmp_path / "later.db"
    first = runner.invoke(app, ["ingest", str(mixed), "--db", str(db), "--ocr", "never"])
    assert first.exit_code == 0, first.output
    assert "Stored with pages left unread" in first.stdout
    flat = " ".join(first.stdout.split())
    assert "page 3 was not read (scanned)" in flat and "--ocr auto" in flat
    pages = _sentence_pages(db)
    assert "The police took nine weeks to examine the phone her mother handed in." in pages
    assert not any("nobody had asked" in text for text in pages)
    review = Store(database_url(db)).list_reviews()[0]["id"]
    shown = json.loads(runner.invoke(app, ["show", str(review), "--db", str(db), "--json"]).stdout)
    assert shown["unread"] == [
        "page 3 was not read (scanned): OCR was turned off (--ocr never); ingest the file again "
        "with --ocr auto to read it."
    ]
    page = client_for(db).get(f"/reviews/{review}").text
    assert "Not in the text below: page 3 was not read (scanned)" in page
    corrected = runner.invoke(
        app, ["meta", str(review), "--db", str(db), "--set", "year=2024", "--json"]
    )
    assert corrected.exit_code == 0, corrected.output

    slow = ingest([mixed], Store(database_url(db)), ocr=OcrSettings("auto", page_timeout=0.001))
    assert slow.outcomes[0].status == "failed"  # a failed re-read keeps the mark
    shown = json.loads(runner.invoke(app, ["show", str(review), "--db", str(db), "--json"]).stdout)
    assert len(shown["unread"]) == 1

    again = runner.invoke(app, ["ingest", str(mixed), "--db", str(db), "--json"])
    assert again.exit_code == 0, again.output
    outcome = json.loads(again.stdout)["files"][0]
    assert (outcome["status"], outcome["message"]) == ("updated", None)
    assert _sentence_pages(db)["Her mother wrote that nobody had asked V who the man was."] == 3
    store = Store(database_url(db))
    assert store.counts()["reviews"] == 1 and store.list_reviews()[0]["year"] == 2024
    third = runner.invoke(app, ["ingest", str(mixed), "--db", str(db), "--json"])
    assert json.loads(third.stdout)["files"][0]["status"] == "unchanged"
    review = store.list_reviews()[0]["id"]
    assert "Not in the text below" not in client_for(db).get(f"/reviews/{review}").text


UNREAD_NOTE = (
    "page 3 was not read (scanned): OCR was turned off (--ocr never); ingest the file again "
    "with --ocr auto to read it."
)


def test_the_note_of_pages_left_unread_is_the_reviews_and_any_of_its_paths_reads_them(
    mixed, store_url, tmp_path
):
    """On either backend: a second path with the same content shows the review's note; read
    through that path with OCR, the one review is read whole in place for both paths, keeping
    the analysts' corrections; a failed re-read keeps the note to try again."""
    from casebrief.store.corrections import correct

    store = Store(store_url)
    copy = tmp_path / "copy" / mixed.name
    copy.parent.mkdir()
    copy.write_bytes(mixed.read_bytes())
    first = ingest([mixed, copy], store, ocr=OcrSettings("never"))
    assert [o.status for o in first.outcomes] == ["ingested", "unchanged"]
    review = first.outcomes[0].review_id
    assert first.outcomes[1].review_id == review
    assert store.get_review(review)["unread"] == [UNREAD_NOTE]
    correct(store, review, {"year": 2024}, "analyst")

    slow = ingest([copy], store, ocr=OcrSettings("auto", page_timeout=0.001))
    assert slow.outcomes[0].status == "failed"
    assert store.get_review(review)["unread"] == [UNREAD_NOTE]

    again = ingest([copy], store).outcomes[0]
    assert (again.status, again.message) == ("updated", None)
    (stored,) = store.list_reviews()
    whole = store.get_review(stored["id"])
    assert whole["unread"] == [] and whole["year"] == 2024
    assert whole["files"] == sorted([str(mixed), str(copy)])
    with store.engine.connect() as conn:
        texts = conn.exec_driver_sql("SELECT text FROM sentences").scalars().all()
    assert "Her mother wrote that nobody had asked V who the man was." in texts
    assert ingest([mixed, copy], store).outcomes[0].status == "unchanged"


def test_a_store_from_before_the_reviews_note_gets_it_from_the_files_record(mixed, store):
    """Upgrading a store written when only the file's record held the note of pages left
    unread copies the note onto the review, so the next run with OCR still reads them; going
    back through the migrations and up again loses no review's text."""
    from alembic import command
    from alembic.config import Config

    from casebrief.store.migrate import MIGRATIONS

    review = ingest([mixed], store, ocr=OcrSettings("never")).outcomes[0].review_id
    sentences = store.counts()["sentences"]
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with store.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0006")  # before the review's note and its metadata sources
    reopened = Store(store.url)
    assert reopened.get_review(review)["unread"] == [UNREAD_NOTE]
    assert reopened.counts()["sentences"] == sentences > 0
    assert ingest([mixed], reopened).outcomes[0].status == "updated"


def test_pages_scanned_upside_down_or_turned_are_read_the_right_way_up(tmp_path):
    """Pages fed into the scanner upside down or turned a quarter either way are read upright:
    their sentences are the typed words, and their lines' type sizes are those of the upright
    page (read as it lies, a page turned a quarter anticlockwise reads well, but its words'
    heights are their widths, which would make its lines headings)."""
    from casebrief.text.pipeline import parse_file

    told = [
        ["The school did not share what it knew about the messages", "with social care."],
        ["Nobody asked the girl who she had been talking to online", "for most of that year."],
        ["Her mother found a second phone hidden in her room", "in the March before."],
        ["The police took nine weeks to examine that phone,", "and the man was not traced."],
    ]
    path = make_image_pdf(tmp_path / "turned.pdf", told, turns={2: 180, 3: 90, 4: 270})
    review = parse_file(path)
    expected = [(" ".join(lines), number) for number, lines in enumerate(told, start=1)]
    assert [(s.text, s.page) for s in review.sentences] == expected
    pdf = pdfium.PdfDocument(str(path))
    try:
        sizes = [ocr.ocr_pdf_page(pdf, index).sizes for index in range(4)]
    finally:
        pdf.close()
    assert all(page == pytest.approx(sizes[0], rel=0.1) for page in sizes), sizes
