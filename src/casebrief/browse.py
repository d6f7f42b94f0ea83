"""The library view: reviews matching a query and filters, with facet counts and snippets.

Results are whole reviews, not sentences: an analyst wants to know which reports discuss
something, then read them. A review's relevance is BM25's saturating term frequency over its
matching sentences, normalised by its length, so a long report does not win on size alone."""

from __future__ import annotations

import json
import math
from collections import Counter
from dataclasses import dataclass, field
from itertools import chain
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.exc import OperationalError

from casebrief.errors import UsageError
from casebrief.store import Store
from casebrief.store.codings import choose_codebook, codebook_definition

FACETS = ("year", "review_type", "partnership", "nation", "theme", "key_factor")
SORTS = ("relevance", "year")
K1, B = 1.2, 0.75
THEME_FACET_SIZE = 20


@dataclass
class BrowseQuery:
    q: str = ""
    year: int | None = None
    review_type: str | None = None
    partnership: str | None = None
    nation: str | None = None
    theme: str | None = None
    key_factor: bool | None = None
    sort: str = "relevance"
    page: int = 1
    per_page: int = 20
    codebook: str | None = None

    def filters(self) -> dict[str, Any]:
        """The facet filters that are set."""
        return {
            name: getattr(self, name) for name in FACETS if getattr(self, name) not in (None, "")
        }


@dataclass
class ReviewResult:
    review: dict[str, Any]
    score: float
    matches: int
    key_factor: bool | None
    themes: list[str]
    snippets: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class BrowseResult:
    query: BrowseQuery
    total: int
    pages: int
    results: list[ReviewResult]
    facets: dict[str, list[tuple[Any, int]]]
    codebook: dict[str, Any] | None
    theme_labels: dict[str, str]


def browse(store: Store, query: BrowseQuery) -> BrowseResult:
    if query.sort not in SORTS:
        raise UsageError(f"Unknown sort {query.sort!r}; use one of {', '.join(SORTS)}.")
    if query.page < 1 or not 1 <= query.per_page <= 100:
        raise UsageError("page starts at 1 and per_page is between 1 and 100.")
    codebook = _codebook(store, query.codebook)
    with store.engine.connect() as conn:
        reviews = _reviews(conn, codebook["id"] if codebook else None)
        hits: dict[int, int] | None = None
        matched = None
        if query.q.strip():
            try:
                hits, matched = store.search_backend.hits_per_review(conn, query.q)
            except OperationalError as exc:
                store.search_backend.raise_query_error(query.q, exc)
        candidates = [r for r in reviews if hits is None or r["id"] in hits]
        selected = [r for r in candidates if _passes(r, query)]
        facets = _facets(selected)
        scored = _rank(selected, hits, query.sort)
        pages = max(1, math.ceil(len(scored) / query.per_page))
        start = (query.page - 1) * query.per_page
        shown = scored[start : start + query.per_page]
        snippets = (
            store.search_backend.first_hits(conn, query.q, [r.review["id"] for r in shown], matched)
            if hits is not None and shown
            else {}
        )
    for result in shown:
        result.snippets = snippets.get(result.review["id"], [])
    labels = {t["id"]: t["label"] for t in (codebook or {}).get("themes", [])}
    return BrowseResult(query, len(scored), pages, shown, facets, codebook, labels)


def _codebook(store: Store, wanted: str | None) -> dict[str, Any] | None:
    book = choose_codebook(store, wanted)
    if book is None:
        return None
    return book | {"themes": codebook_definition(store, book["id"])["themes"]}


_reviews_cache: dict[tuple, list[dict[str, Any]]] = {}


def _reviews(conn: Connection, codebook_id: str | None) -> list[dict[str, Any]]:
    """Every review's metadata and screening result, cached until a review, a coding run or an
    analyst decision changes: reading and decoding them is most of a library page's work."""
    key = (*Store.generation(conn), codebook_id)
    if key not in _reviews_cache:
        _reviews_cache.clear()
        _reviews_cache[key] = _read_reviews(conn, codebook_id)
    return _reviews_cache[key]


def _read_reviews(conn: Connection, codebook_id: str | None) -> list[dict[str, Any]]:
    rows = conn.exec_driver_sql(
        "SELECT r.id, r.title, r.filename, r.year, r.review_type, r.partnership, r.area, "
        "r.nation, r.child_pseudonyms, r.n_pages, r.n_sentences, sc.key_factor, sc.theme_counts "
        "FROM reviews r LEFT JOIN review_scores sc ON sc.review_id = r.id AND sc.codebook_id = ?",
        (codebook_id or "",),
    ).all()
    out = []
    for row in rows:
        counts = json.loads(row[12]) if row[12] else {}
        out.append(
            {
                "id": row[0],
                "title": row[1] or row[2],
                "filename": row[2],
                "year": row[3],
                "review_type": row[4],
                "partnership": row[5] or row[6],
                "nation": row[7],
                "child_pseudonyms": json.loads(row[8]) if row[8] else [],
                "n_pages": row[9],
                "n_sentences": row[10],
                "key_factor": None if row[11] is None else bool(row[11]),
                "themes": sorted(t for t, n in counts.items() if n),
            }
        )
    return out


def _passes(review: dict[str, Any], query: BrowseQuery) -> bool:
    for name, wanted in query.filters().items():
        if name == "theme":
            if wanted not in review["themes"]:
                return False
        elif review[name] != wanted:
            return False
    return True


def _facets(reviews: list[dict[str, Any]]) -> dict[str, list[tuple[Any, int]]]:
    facets: dict[str, list[tuple[Any, int]]] = {}
    for name in FACETS:
        if name == "theme":
            counts = Counter(chain.from_iterable(r["themes"] for r in reviews))
        else:
            counts = Counter(r[name] for r in reviews)
        counts.pop(None, None)
        counts.pop("", None)
        if name == "year":
            facets[name] = sorted(counts.items(), reverse=True)
        elif name == "key_factor":
            facets[name] = sorted(counts.items(), key=lambda kv: not kv[0])
        else:
            ranked = sorted(counts.items(), key=lambda kv: (-kv[1], str(kv[0])))
            facets[name] = ranked[:THEME_FACET_SIZE] if name == "theme" else ranked
    return facets


def _rank(
    reviews: list[dict[str, Any]], hits: dict[int, int] | None, sort: str
) -> list[ReviewResult]:
    average = sum(r["n_sentences"] for r in reviews) / len(reviews) if reviews else 1.0
    results = []
    for review in reviews:
        matches = hits.get(review["id"], 0) if hits else 0
        norm = K1 * (1 - B + B * review["n_sentences"] / max(average, 1.0))
        score = matches * (K1 + 1) / (matches + norm) if matches else 0.0
        results.append(
            ReviewResult(review, round(score, 4), matches, review["key_factor"], review["themes"])
        )
    if sort == "year" or hits is None:
        results.sort(key=lambda r: (-(r.review["year"] or 0), r.review["title"] or ""))
    else:
        results.sort(key=lambda r: (-r.score, -(r.review["year"] or 0), r.review["id"]))
    return results
