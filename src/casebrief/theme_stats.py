"""Across the library: how many reviews raise each theme, how analysts judged its evidence, how it
trends by year and which themes occur together."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

from casebrief.errors import UsageError
from casebrief.store import DriverSQL, Store, json_value


@dataclass
class ThemeRow:
    id: str
    label: str
    category: str
    reviews: int  # reviews asserting the theme (screening's theme counts)
    key_factor_reviews: int
    evidence: int  # codings not rejected
    suggested: int
    accepted: int
    rejected: int


@dataclass
class ThemeStats:
    codebook: dict[str, Any]
    reviews: int
    key_factor_reviews: int
    themes: list[ThemeRow]
    per_year: dict[int, dict[str, int]]  # year -> {"reviews": n, "key_factor": n, theme: n}
    pairs: list[tuple[str, str, int, float]]  # theme a, theme b, reviews with both, Jaccard
    charts: dict[str, Any] = field(default_factory=dict)  # drawn trend charts, by theme


_cache: dict[tuple, ThemeStats] = {}


def theme_stats(store: Store, codebook_id: str, *, top_pairs: int = 25) -> ThemeStats:
    """Cached until reviews, coding runs or decisions change."""
    with store.engine.connect() as conn:
        key = (*Store.generation(conn), codebook_id, top_pairs)
    if key not in _cache:
        _cache.clear()
        _cache[key] = _theme_stats(store, codebook_id, top_pairs)
    return _cache[key]


def _theme_stats(store: Store, codebook_id: str, top_pairs: int) -> ThemeStats:
    with store.engine.connect() as conn:
        raw = DriverSQL(conn)
        row = raw.execute(
            "SELECT id, title, version, definition FROM codebooks WHERE id = ?", (codebook_id,)
        ).fetchone()
        if row is None:
            raise UsageError(
                f"No reviews are coded with codebook {codebook_id!r}; run `casebrief code --codebook {codebook_id}`."
            )
        definition = json_value(row[3])
        scores = raw.execute(
            "SELECT r.year, sc.key_factor, sc.theme_counts FROM review_scores sc "
            "JOIN reviews r ON r.id = sc.review_id WHERE sc.codebook_id = ?",
            (codebook_id,),
        ).fetchall()
        statuses = raw.execute(
            "SELECT theme, status, count(*) FROM codings WHERE codebook_id = ? GROUP BY theme, status",
            (codebook_id,),
        ).fetchall()
    by_status: dict[str, Counter] = defaultdict(Counter)
    for theme, status, n in statuses:
        by_status[theme][status] += n
    reviews_with: Counter = Counter()
    key_with: Counter = Counter()
    per_year: dict[int, Counter] = defaultdict(Counter)
    pair_counts: Counter = Counter()
    key_total = 0
    for year, key_factor, counts_json in scores:
        present = sorted(t for t, n in json_value(counts_json, {}).items() if n)
        reviews_with.update(present)
        key_total += bool(key_factor)
        if key_factor:
            key_with.update(present)
        if year:
            per_year[year].update(present)
            per_year[year]["reviews"] += 1
            per_year[year]["key_factor"] += bool(key_factor)
        pair_counts.update(combinations(present, 2))
    themes = [
        ThemeRow(
            t["id"],
            t["label"],
            t["category"],
            reviews_with[t["id"]],
            key_with[t["id"]],
            by_status[t["id"]]["suggested"] + by_status[t["id"]]["accepted"],
            by_status[t["id"]]["suggested"],
            by_status[t["id"]]["accepted"],
            by_status[t["id"]]["rejected"],
        )
        for t in definition["themes"]
    ]
    # Themes raised in nearly every review pair with everything; Jaccard (both / either) ranks
    # the pairs that go together more than their prevalence alone would give.
    floor = max(2, round(0.05 * len(scores)))
    pairs = sorted(
        (
            (a, b, n, round(n / (reviews_with[a] + reviews_with[b] - n), 3))
            for (a, b), n in pair_counts.items()
            if n >= floor
        ),
        key=lambda p: (-p[3], -p[2], p[0], p[1]),
    )[:top_pairs]
    return ThemeStats(
        {"id": row[0], "title": row[1], "version": row[2]},
        len(scores),
        key_total,
        themes,
        {y: dict(c) for y, c in sorted(per_year.items())},
        pairs,
    )
