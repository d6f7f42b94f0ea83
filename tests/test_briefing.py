"""Briefings from the coded sample corpus: counts, quotations that exist where cited, merged
learning, analyst decisions, determinism and bad requests."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import func, select
from sqlalchemy import text as sql
from typer.testing import CliRunner

from casebrief.briefing.compose import Selection, compose
from casebrief.briefing.render_html import render_html
from casebrief.briefing.render_md import render_markdown
from casebrief.cli import app
from casebrief.codebook import load_codebook
from casebrief.coding.service import code_store
from casebrief.errors import UsageError
from casebrief.store.schema import sentences

runner = CliRunner()


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def briefed(request, corpus_dir, tmp_path_factory):
    from casebrief.config import database_url
    from casebrief.ingest import ingest
    from casebrief.store import Store
    from tests.conftest import new_pg_database

    if request.param == "sqlite":
        store = Store(database_url(tmp_path_factory.mktemp("brief") / "b.db"))
    else:
        store = Store(new_pg_database(request.getfixturevalue("pg_server"), "brief"))
    ingest([corpus_dir], store, workers=2)
    code_store(store, load_codebook("online-harm"), workers=2)
    return store


def test_scope_counts_and_sections(briefed, truth):
    b = compose(briefed, load_codebook("online-harm"), Selection())
    online = sum(r["key_factors"]["online-harm"] for r in truth["reviews"])
    assert (b.selected, b.searched) == (online, len(truth["reviews"]))
    md = render_markdown(b)
    assert f"{online} of {len(truth['reviews'])} reviews searched" in md
    for heading in (
        "## What happened",
        "## Key issues",
        "## Why some children are particularly vulnerable",
        "## Learning for improved practice",
        "## Appendix: reviews included",
        "## Please cite as",
    ):
        assert heading in md
    assert any(h.label == "Died by suicide" and h.reviews >= 4 for h in b.what_happened)
    labels = [t.label for t in b.key_issues]
    assert "Online grooming" in labels and "Sextortion and image-based blackmail" in labels
    counts = [t.reviews for t in b.key_issues]
    assert counts == sorted(counts, reverse=True)


def test_every_quotation_is_in_the_cited_review_on_the_cited_page(briefed):
    b = compose(briefed, load_codebook("online-harm"), Selection())
    with briefed.engine.connect() as conn:
        for theme in b.key_issues + b.vulnerabilities:
            assert len({q.citation.review_id for q in theme.quotes}) == len(theme.quotes)
            for q in theme.quotes:
                found = conn.execute(
                    select(func.count()).where(
                        sentences.c.review_id == q.citation.review_id,
                        sentences.c.page == q.citation.page,
                        sentences.c.text.contains(q.text, autoescape=True),
                    )
                ).scalar()
                assert found, (theme.label, q)
                assert not q.text.lower().startswith(("there was no evidence", "no concerns"))


def test_learning_is_grouped_by_agency_and_merges_repeated_points(briefed):
    b = compose(briefed, load_codebook("online-harm"), Selection())
    assert {"Police", "Health", "Education"} <= set(b.learning)
    merged = [p for points in b.learning.values() for p in points if len(p.sources) > 1]
    assert merged, "the same recommendation in two reviews should be one point"
    assert all(len({s.review_id for s in p.sources}) == len(p.sources) for p in merged)


def test_rejected_codings_are_never_used(briefed):
    book = load_codebook("online-harm")
    before = compose(briefed, book, Selection())
    grooming = next(t for t in before.key_issues if t.theme == "online_grooming")
    review_id = grooming.quotes[0].citation.review_id
    with briefed.transaction() as conn:
        conn.execute(
            sql(
                "UPDATE codings SET status = 'rejected', decided_by = 'analyst' "
                "WHERE review_id = :r AND theme = 'online_grooming'"
            ),
            {"r": review_id},
        )
    try:
        after = compose(briefed, book, Selection())
        grooming_after = next(t for t in after.key_issues if t.theme == "online_grooming")
        assert grooming_after.reviews == grooming.reviews - 1
        assert all(q.citation.review_id != review_id for q in grooming_after.quotes)
    finally:
        with briefed.transaction() as conn:
            conn.execute(
                sql(
                    "UPDATE codings SET status = 'suggested', decided_by = NULL "
                    "WHERE status = 'rejected'"
                )
            )


def test_same_store_same_bytes_and_html_is_escaped_and_accessible(briefed):
    book = load_codebook("online-harm")
    first, second = compose(briefed, book, Selection()), compose(briefed, book, Selection())
    assert render_markdown(first) == render_markdown(second)
    html = render_html(first)
    assert html == render_html(second)
    assert html.startswith("<!DOCTYPE html>") and '<html lang="en-GB">' in html
    assert html.count("<h1>") == 1 and "@media print" in html
    assert "<script" not in html
    assert "&#39;Mia&#39;" in html or "&#39;Ellie&#39;" in html  # titles with quotes are escaped


def test_selection_filters_include_and_exclude(briefed):
    book = load_codebook("online-harm")
    all_reviews = compose(briefed, book, Selection())
    dropped = all_reviews.reviews[0].review_id
    fewer = compose(briefed, book, Selection(exclude=(dropped,)))
    assert fewer.selected == all_reviews.selected - 1
    assert dropped not in {c.review_id for c in fewer.reviews}
    recent = compose(briefed, book, Selection(years=(2021, 2024)))
    assert all(2021 <= c.year <= 2024 for c in recent.reviews)
    with pytest.raises(UsageError, match="No reviews match"):
        compose(briefed, book, Selection(years=(1990, 1991)))
    with pytest.raises(UsageError, match="key factor"):
        compose(briefed, book, Selection(area="Mynydd"))


def test_brief_command(briefed, tmp_path):
    db = briefed.url.removeprefix("sqlite:///")
    out = tmp_path / "b.html"
    result = runner.invoke(app, ["brief", "--db", db, "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert re.search(r"\d+ of 32 reviews</strong>", out.read_text())
    bad = runner.invoke(app, ["brief", "--db", db, "--out", str(tmp_path / "b.rtf")])
    assert bad.exit_code == 2 and ".html, .md, .pdf or .docx" in bad.stderr
    ids = runner.invoke(app, ["brief", "--db", db, "--out", str(out), "--include-reviews", "three"])
    assert ids.exit_code == 2 and "separated by commas" in ids.stderr


def _words(text: str) -> str:
    return " ".join(re.findall(r"[A-Za-z0-9]+", text))


def test_pdf_and_docx_carry_the_same_content_as_the_html(briefed):
    import io

    import pypdfium2 as pdfium
    from docx import Document

    from casebrief.briefing.render_docx import render_docx
    from casebrief.briefing.render_pdf import render_pdf

    b = compose(briefed, load_codebook("online-harm"), Selection())
    expected = [
        f"{b.selected} of {b.searched} reviews searched",
        b.key_issues[0].label,
        b.key_issues[0].quotes[0].text,
        next(iter(b.learning.values()))[0].text,
        b.cite_as,
    ]
    pdf = pdfium.PdfDocument(render_pdf(b))
    pdf_text = _words(" ".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf))))
    assert len(pdf) >= 3
    assert "Page 1 of" in pdf[0].get_textpage().get_text_range()
    assert "Contents" in pdf_text
    docx = Document(io.BytesIO(render_docx(b)))
    docx_text = _words(" ".join(p.text for p in docx.paragraphs))
    html_text = _words(re.sub(r"<[^>]+>", " ", render_html(b)).replace("&#39;", "'"))
    for item in expected:
        assert _words(item) in pdf_text, item
        assert _words(item) in docx_text, item
        assert _words(item) in html_text, item
    styles = {p.style.name for p in docx.paragraphs}
    assert {"Title", "Heading 1", "Heading 2", "Quote", "List Bullet"} <= styles
    assert len(docx.inline_shapes) == 3  # the three charts


def test_charts_have_text_alternatives(briefed):
    html = render_html(compose(briefed, load_codebook("online-harm"), Selection()))
    assert html.count("<figure>") == 3
    assert re.search(
        r'role="img" aria-label="Reviews per publication year \(online harm and abuse a key '
        r"factor / other reviews\): \d{4}: \d+ / \d+",
        html,
        re.I,
    )
    assert 'aria-label="Platforms named' in html
