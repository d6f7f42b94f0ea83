"""The bundled sample corpus: what it promises, and metadata extraction measured against truth.json."""

from __future__ import annotations

import json

from casebrief.sample.build import GOLD_PATH, TRUTH_PATH, gold, truth
from casebrief.text.pipeline import parse_file

FIELDS = (
    "title",
    "partnership",
    "area",
    "nation",
    "review_type",
    "year",
    "child_pseudonyms",
    "child_age",
    "child_gender",
)


def test_committed_truth_matches_the_generator():
    assert json.loads(TRUTH_PATH.read_text()) == truth(), (
        "run: python -m casebrief.sample.build --write-truth"
    )


def test_committed_gold_is_in_step_with_the_corpus(corpus_dir):
    """The gold coding is applied to the sentences as casebrief splits them today: when the
    splitter changes, a stale gold file would score sentences the store no longer holds."""
    assert json.loads(GOLD_PATH.read_text()) == gold(corpus_dir), (
        "run: python -m casebrief.sample.build --write-truth"
    )


def test_corpus_shape(truth, corpus_store):
    reviews = truth["reviews"]
    assert len(reviews) >= 30
    formats = {r["file"].rsplit(".", 1)[1] for r in reviews}
    assert formats == {"pdf", "docx", "html"}
    online = sum(r["key_factors"]["online-harm"] for r in reviews)
    assert 0.28 <= online / len(reviews) <= 0.4
    assert all(
        r["online_mentions"] == "incidental_or_negated"
        for r in reviews
        if not r["key_factors"]["online-harm"]
    )
    paged = [r for r in corpus_store.list_reviews() if r["format"] in {"pdf", "docx"}]
    assert all(8 <= r["n_pages"] <= 40 for r in paged)


def test_every_review_says_it_is_fictional_on_its_first_page(corpus_store):
    for review in corpus_store.list_reviews():
        first_page_text = corpus_store.get_review(review["id"])
        assert "FICTIONAL CASE REVIEW" in _page_text(corpus_store, review["id"], 1), (
            first_page_text["title"]
        )


def _page_text(store, review_id: int, number: int) -> str:
    from sqlalchemy import select

    from casebrief.store.schema import pages, reviews

    with store.engine.connect() as conn:
        text = conn.execute(select(reviews.c.text).where(reviews.c.id == review_id)).scalar()
        start, end = conn.execute(
            select(pages.c.start, pages.c.end).where(
                pages.c.review_id == review_id, pages.c.number == number
            )
        ).one()
    return text[start:end]


def test_metadata_against_truth(corpus_dir, truth):
    """Exact fields must all be right; a field may be missing (None) but never wrong."""
    results = {field: [] for field in FIELDS}
    for entry in truth["reviews"]:
        found = parse_file(corpus_dir / entry["file"]).metadata.to_dict()
        for field in FIELDS:
            results[field].append((entry["file"], found[field], entry["metadata"][field]))
    for field, rows in results.items():
        wrong = [(f, got, want) for f, got, want in rows if got is not None and got != want]
        assert not wrong, f"{field} wrong: {wrong}"
        missing = [f for f, got, _ in rows if got is None]
        allowed = (
            0 if field in {"nation", "review_type", "year", "partnership"} else len(rows) // 10
        )
        if field == "area":  # the Northern Ireland board has no area
            missing = [f for f, got, want in rows if got is None and want is not None]
        assert len(missing) <= allowed, f"{field} missing for {missing}"


def test_sections_found_in_every_review(corpus_store):
    wanted = {
        "introduction",
        "background",
        "practice_episodes",
        "analysis",
        "findings",
        "learning",
        "recommendations",
        "appendix",
    }
    for review in corpus_store.list_reviews():
        kinds = {s["kind"] for s in corpus_store.get_review(review["id"])["sections"]}
        assert wanted <= kinds, (review["filename"], wanted - kinds)
        assert "other" not in kinds, review["filename"]
