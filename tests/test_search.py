"""Search over the ingested sample corpus: ranking, syntax, filters and malformed queries."""

from __future__ import annotations

import re

import pytest

from casebrief.errors import QueryError


def test_phrase_search_finds_the_grooming_reviews(corpus_store):
    hits = corpus_store.search('"posing as a teenage boy"', limit=10)
    titles = {h["title"] for h in hits}
    assert titles == {
        "Local Child Safeguarding Practice Review: Child R",
        "Local Child Safeguarding Practice Review: 'Mia'",
    }
    assert all("posing as a teenage boy" in h["text"] for h in hits)
    assert all(h["page"] >= 3 for h in hits)


def test_ranking_prefers_denser_matches(corpus_store):
    hits = corpus_store.search("sextortion", limit=5)
    assert hits and all("sextortion" in h["text"].lower() for h in hits)
    scores = [h["score"] for h in hits]
    assert scores == sorted(scores)  # bm25: lower is better


def test_boolean_prefix_and_hyphenated_terms(corpus_store):
    both = corpus_store.search("Snapchat AND imag*", limit=50)
    assert both and all(
        "snapchat" in h["text"].lower() and "imag" in h["text"].lower() for h in both
    )
    neither = corpus_store.search("Snapchat NOT image", limit=50)
    assert neither and all("image" not in h["text"].lower() for h in neither)
    either = corpus_store.search("sextortion OR blackmailed", limit=200)
    assert {"sextortion", "blackmailed"} <= {
        w for h in either for w in ("sextortion", "blackmailed") if w in h["text"].lower()
    }
    hyphen = corpus_store.search("self-harm", limit=5)
    assert hyphen and all("self-harm" in h["text"].lower() for h in hyphen)
    grouped = corpus_store.search("(Instagram OR TikTok) AND grooming", limit=50)
    assert all(("instagram" in h["text"].lower() or "tiktok" in h["text"].lower()) for h in grouped)


def test_snippet_marks_the_matched_terms(corpus_store):
    from casebrief.store.search_sqlite import MARK_END, MARK_START

    hit = corpus_store.search("sextortion", limit=1)[0]
    assert f"{MARK_START}sextortion{MARK_END}" in hit["snippet"].lower()


def test_filters(corpus_store):
    assert all(
        2015 <= h["year"] <= 2018
        for h in corpus_store.search("school", limit=200, year=(2015, 2018))
    )
    welsh = corpus_store.search("school", limit=200, review_type="CPR")
    assert welsh and all(h["review_type"] == "child practice review" for h in welsh)
    area = corpus_store.search("school", limit=200, area="glenmoray")
    assert area and all(h["area"] == "Glenmoray" for h in area)
    assert (
        corpus_store.search("school", limit=3) and len(corpus_store.search("school", limit=3)) == 3
    )
    assert corpus_store.search("school", year=(1990, 1991)) == []


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ('"groomed online', "Unbalanced quote"),
        ("(grooming OR sexting", "Unbalanced '('"),
        ("grooming)", "Unbalanced ')'"),
        ("AND grooming", "needs a term"),
        ("grooming NOT", "ends with NOT"),
        ("grooming AND OR sexting", "needs a term"),
        ("!!! ???", "no words"),
        ("x" * 600, "under 500"),
    ],
)
def test_malformed_queries_get_clear_messages(corpus_store, query, message):
    with pytest.raises(QueryError, match=re.escape(message)):
        corpus_store.search(query)


def test_odd_but_valid_queries_do_not_fail(corpus_store):
    for query in (
        "Child R's",
        "A&E",
        "CAMHS:",
        "col:umn",
        "NEAR",
        "and or not",
        "'single quotes'",
        "ünïcödé",
    ):
        corpus_store.search(query)


def test_review_level_hits_follow_the_library_as_it_changes(store, tmp_path):
    """Recent queries' hits are kept for paging and filtering; adding or removing a review must
    still show at once."""
    from casebrief.browse import BrowseQuery, browse
    from casebrief.ingest import ingest
    from tests.helpers import make_pdf

    first = make_pdf(tmp_path / "first.pdf", [["Child A was contacted on Kik by an adult."]])
    ingest([first], store)
    assert browse(store, BrowseQuery(q="Kik")).total == 1
    second = make_pdf(tmp_path / "second.pdf", [["Child B also used Kik and Discord daily."]])
    ingest([second], store)
    found = browse(store, BrowseQuery(q="Kik"))
    assert found.total == 2
    assert {r.matches for r in found.results} == {1}
    # The first report is replaced by a corrected version without the word.
    make_pdf(first, [["Child A was contacted on WhatsApp by an adult."]])
    ingest([first], store)
    assert [r.review["filename"] for r in browse(store, BrowseQuery(q="Kik")).results] == [
        "second.pdf"
    ]


def test_ranking_leaves_out_the_negated_words():
    from casebrief.query import parse, to_tsquery, without_negations

    def ranked(q: str) -> str:
        return to_tsquery(without_negations(parse(q)))

    assert ranked("police NOT intelligence") == "police"
    assert ranked("a NOT (b OR c) d") == "a & d"
    assert ranked("(x NOT y) OR z") == "( x ) | z"
    assert ranked('"online grooming" NOT meeting*') == "(online <-> grooming)"
