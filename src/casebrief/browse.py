"""The library view: reviews matching a query and filters, with facet counts and snippets.

Results are whole reviews, not sentences: an analyst wants to know which reports discuss
something, then read them. A review's relevance is BM25's saturating term frequency over its
matching sentences, normalised by its length, so a long report does not win on size alone."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from sqlalchemy import Connection
from sqlalchemy.exc import OperationalError

from casebrief.errors import UsageError
from casebrief.store import Store, json_value, run_sql
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
    with store.engine.connect() as conn:
        codebook, table = _library(store, conn, query.codebook)
        matches: np.ndarray | None = None  # matching sentences per review, in table order
        hits = None
        if query.q.strip():
            try:
                hits = store.search_backend.hits_per_review(conn, query.q)
            except OperationalError as exc:
                store.search_backend.raise_query_error(query.q, exc)
            matches = table.align(hits.review_ids, hits.counts)
        selected = table.select(query, matches)
        facets = table.facets(selected)
        order, scores = table.rank(selected, matches, query.sort)
        pages = max(1, math.ceil(len(order) / query.per_page))
        page = slice((query.page - 1) * query.per_page, query.page * query.per_page)
        shown = [
            table.result(int(row), matches, float(score))
            for row, score in zip(order[page], scores[page], strict=True)
        ]
        snippets = (
            store.search_backend.first_hits(conn, query.q, [r.review["id"] for r in shown], hits)
            if hits is not None and shown
            else {}
        )
    for result in shown:
        result.snippets = snippets.get(result.review["id"], [])
    labels = {t["id"]: t["label"] for t in (codebook or {}).get("themes", [])}
    return BrowseResult(query, len(order), pages, shown, facets, codebook, labels)


class _Table:
    """Every review as columns, so filtering, facet counts and ranking over a whole national
    library are a few array operations rather than a Python loop per review per request."""

    def __init__(self, reviews: list[dict[str, Any]]) -> None:
        reviews = sorted(reviews, key=lambda r: r["id"])
        self.reviews = reviews
        self.ids = np.array([r["id"] for r in reviews], dtype=np.int64)
        self.length = np.array([r["n_sentences"] or 0 for r in reviews], dtype=np.float64)
        self.year = np.array([r["year"] or 0 for r in reviews], dtype=np.int64)
        # Each categorical facet as codes into its list of values (None included).
        self.values: dict[str, list[Any]] = {}
        self.codes: dict[str, np.ndarray] = {}
        for name in ("year", "review_type", "partnership", "nation", "key_factor"):
            values = sorted({r[name] for r in reviews}, key=lambda v: (v is None, str(v)))
            index = {v: i for i, v in enumerate(values)}
            self.values[name] = values
            self.codes[name] = np.array([index[r[name]] for r in reviews], dtype=np.int64)
        self.themes = sorted({t for r in reviews for t in r["themes"]})
        theme_index = {t: i for i, t in enumerate(self.themes)}
        self.has_theme = np.zeros((len(reviews), len(self.themes)), dtype=bool)
        for row, review in enumerate(reviews):
            for theme in review["themes"]:
                self.has_theme[row, theme_index[theme]] = True
        # Ties on year sort by title: its rank among all titles.
        titles = [r["title"] or "" for r in reviews]
        self.title_rank = np.empty(len(reviews), dtype=np.int64)
        self.title_rank[sorted(range(len(reviews)), key=titles.__getitem__)] = np.arange(
            len(reviews)
        )

    def align(self, review_ids: np.ndarray, counts: np.ndarray) -> np.ndarray:
        """Per-review counts keyed by review id, as a column in table order (0 where absent)."""
        column = np.zeros(len(self.ids), dtype=np.int64)
        rows = np.searchsorted(self.ids, review_ids)
        known = rows < len(self.ids)
        known[known] = self.ids[rows[known]] == review_ids[known]
        column[rows[known]] = counts[known]
        return column

    def select(self, query: BrowseQuery, matches: np.ndarray | None) -> np.ndarray:
        """Rows that match the text query (if any) and every facet filter."""
        mask = np.ones(len(self.ids), dtype=bool) if matches is None else matches > 0
        for name, wanted in query.filters().items():
            if name == "theme":
                mask &= (
                    self.has_theme[:, self.themes.index(wanted)] if wanted in self.themes else False
                )
            else:
                values = self.values[name]
                mask &= self.codes[name] == values.index(wanted) if wanted in values else False
        return np.flatnonzero(mask)

    def facets(self, rows: np.ndarray) -> dict[str, list[tuple[Any, int]]]:
        facets: dict[str, list[tuple[Any, int]]] = {}
        for name in FACETS:
            if name == "theme":
                totals = self.has_theme[rows].sum(axis=0) if len(self.themes) else []
                counts = dict(zip(self.themes, (int(n) for n in totals), strict=True))
            else:
                totals = np.bincount(self.codes[name][rows], minlength=len(self.values[name]))
                counts = dict(zip(self.values[name], (int(n) for n in totals), strict=True))
            counts = {value: n for value, n in counts.items() if n and value not in (None, "")}
            if name == "year":
                facets[name] = sorted(counts.items(), reverse=True)
            elif name == "key_factor":
                facets[name] = sorted(counts.items(), key=lambda kv: not kv[0])
            else:
                ranked = sorted(counts.items(), key=lambda kv: (-kv[1], str(kv[0])))
                facets[name] = ranked[:THEME_FACET_SIZE] if name == "theme" else ranked
        return facets

    def scores(self, rows: np.ndarray, matches: np.ndarray | None) -> np.ndarray:
        """BM25's saturating term frequency over a review's matching sentences, with the length
        normalised against the average of the selected reviews."""
        if matches is None or not len(rows):
            return np.zeros(len(rows))
        average = max(float(self.length[rows].mean()), 1.0)
        tf = matches[rows].astype(np.float64)
        norm = K1 * (1 - B + B * self.length[rows] / average)
        return np.round(tf * (K1 + 1) / (tf + norm), 4)

    def rank(
        self, rows: np.ndarray, matches: np.ndarray | None, sort: str
    ) -> tuple[np.ndarray, np.ndarray]:
        """The selected rows best first, with their scores: by score (then newer, then lower
        id), or by year (then title)."""
        scores = self.scores(rows, matches)
        if sort == "year" or matches is None:
            keys = (self.title_rank[rows], -self.year[rows])
        else:
            keys = (self.ids[rows], -self.year[rows], -scores)
        order = np.lexsort(keys)
        return rows[order], scores[order]

    def result(self, row: int, matches: np.ndarray | None, score: float) -> ReviewResult:
        review = self.reviews[row]
        count = int(matches[row]) if matches is not None else 0
        return ReviewResult(review, score, count, review["key_factor"], review["themes"])


_libraries: dict[tuple, tuple[dict[str, Any] | None, _Table]] = {}


def _library(
    store: Store, conn: Connection, wanted: str | None
) -> tuple[dict[str, Any] | None, _Table]:
    """The codebook shown and every review's metadata and screening result, cached until a
    review, a coding run or an analyst decision changes: reading and decoding them is most of a
    library page's work."""
    key = (*Store.generation(conn), wanted)
    if key not in _libraries:
        book = choose_codebook(store, wanted)
        if book is not None:
            book = book | {"themes": codebook_definition(store, book["id"])["themes"]}
        _libraries.clear()
        _libraries[key] = (book, _Table(_read_reviews(conn, book["id"] if book else None)))
    return _libraries[key]


def _read_reviews(conn: Connection, codebook_id: str | None) -> list[dict[str, Any]]:
    rows = run_sql(
        conn,
        "SELECT r.id, r.title, r.filename, r.year, r.review_type, r.partnership, r.area, "
        "r.nation, r.child_pseudonyms, r.n_pages, r.n_sentences, sc.key_factor, sc.theme_counts "
        "FROM reviews r LEFT JOIN review_scores sc ON sc.review_id = r.id AND sc.codebook_id = ?",
        (codebook_id or "",),
    ).all()
    out = []
    for row in rows:
        counts = json_value(row[12], {})
        out.append(
            {
                "id": row[0],
                "title": row[1] or row[2],
                "filename": row[2],
                "year": row[3],
                "review_type": row[4],
                "partnership": row[5] or row[6],
                "nation": row[7],
                "child_pseudonyms": json_value(row[8], []),
                "n_pages": row[9],
                "n_sentences": row[10],
                "key_factor": None if row[11] is None else bool(row[11]),
                "themes": sorted(t for t, n in counts.items() if n),
            }
        )
    return out
