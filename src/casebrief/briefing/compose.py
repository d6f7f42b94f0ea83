"""Build a Briefing from the store: the reviews where the theme is a key factor, the themes they
raise ranked by how many reviews raise them, quotations chosen for a reader, learning grouped by
agency with near-duplicates merged. Analyst decisions win throughout (see coding.scoring.asserted)."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from casebrief.briefing.model import (
    Briefing,
    Citation,
    HarmCount,
    LearningPoint,
    Quote,
    ThemeSummary,
)
from casebrief.codebook import Codebook
from casebrief.coding.scoring import asserted
from casebrief.errors import UsageError
from casebrief.store import Store
from casebrief.store import codings as coding_store

# Where a quotation reads best: findings and learning say what a review concluded.
QUOTE_SECTIONS = {
    "findings": 0,
    "learning": 1,
    "analysis": 2,
    "summary": 3,
    "introduction": 4,
    "practice_episodes": 5,
    "background": 6,
    "recommendations": 7,
    "other": 8,
}
QUOTE_MIN, QUOTE_MAX = 50, 320
MAX_QUOTES = 3
LEARNING_SECTIONS = {"learning", "recommendations"}
DUPLICATE_SIMILARITY = 0.6
QUOTE_SIMILARITY = 0.7
_PARAGRAPH_NUMBER = re.compile(
    r"^\s*(?:\d+(?:\.\d+)*\.?\s+)?(?:Recommendation\s+\d+\s*:\s*)?", re.I
)
_WORDS = re.compile(r"[a-z]+")
_STOP = set(
    [
        "the",
        "a",
        "an",
        "and",
        "or",
        "of",
        "to",
        "in",
        "on",
        "for",
        "with",
        "that",
        "this",
        "is",
        "are",
        "be",
        "should",
        "all",
        "their",
        "its",
        "it",
        "as",
        "by",
        "at",
    ]
)

# How the children in the reviews died or were harmed, read from why each review was commissioned.
HARMS = [
    ("Died by suicide", re.compile(r"\b(?:took (?:his|her|their) own life|suicide)\b", re.I)),
    ("Died (other causes)", re.compile(r"\b(?:died|killed|death)\b", re.I)),
    ("Sexual abuse", re.compile(r"\bsexually abused\b", re.I)),
    ("Sexual or criminal exploitation", re.compile(r"\bexploit(?:ed|ation)\b", re.I)),
    (
        "Serious injury or harm",
        re.compile(r"\b(?:injur\w*|seriously harmed|malnourished|admitted to hospital)\b", re.I),
    ),
]


@dataclass
class Selection:
    years: tuple[int, int] | None = None
    review_type: str | None = None
    area: str | None = None
    include: tuple[int, ...] = ()
    exclude: tuple[int, ...] = ()

    def describe(self, codebook: Codebook) -> str:
        parts = [
            f"reviews in which {codebook.title.lower()} was a key factor (casebrief screening, "
            f"{codebook.id} v{codebook.version})"
        ]
        if self.years:
            parts.append(f"published {self.years[0]}–{self.years[1]}")
        if self.review_type:
            parts.append(f"review type {self.review_type}")
        if self.area:
            parts.append(f"area matching '{self.area}'")
        if self.include:
            parts.append("added by the analyst: " + ", ".join(map(str, self.include)))
        if self.exclude:
            parts.append("removed by the analyst: " + ", ".join(map(str, self.exclude)))
        return "; ".join(parts)


def compose(store: Store, codebook: Codebook, selection: Selection) -> Briefing:
    searched = store.list_reviews(
        year=selection.years, review_type=selection.review_type, area=selection.area
    )
    if not searched:
        raise UsageError(
            "No reviews match the selection (years, type, area); widen it or ingest more reviews."
        )
    by_id = {r["id"]: r for r in searched}
    for review_id in selection.include:
        if review_id not in by_id:
            by_id[review_id] = store.get_review(review_id)
    screened = {r["id"]: r for r in coding_store.screening(store, codebook.id)}
    if not screened:
        raise UsageError(
            f"No review is coded with {codebook.id!r}; run `casebrief code --codebook {codebook.id}` first."
        )
    chosen = sorted(
        rid
        for rid in by_id
        if (screened.get(rid, {}).get("key_factor") or rid in selection.include)
        and rid not in selection.exclude
    )
    if not chosen:
        raise UsageError(
            f"None of the {len(searched)} selected reviews has {codebook.title.lower()} as a key factor; "
            "widen the selection or add reviews with --include-reviews."
        )
    citations = {rid: _citation(by_id[rid]) for rid in chosen}
    rows = [
        r
        for r in coding_store.codings_for_reviews(store, codebook.id, chosen)
        if _asserted(codebook, r)
    ]
    themes = {t.id: t for t in codebook.themes}
    key_categories = set(codebook.key_factor.categories)
    practice = {t.id for t in codebook.themes if t.category == "practice_issue"}
    vulnerability = {t.id for t in codebook.themes if t.category == "vulnerability"}
    key_issues = _theme_summaries(
        rows,
        citations,
        themes,
        {t for t in themes if themes[t].category in key_categories} | practice,
    )
    vulnerabilities = _theme_summaries(rows, citations, themes, vulnerability)
    if not key_issues:
        raise UsageError(
            f"The selected reviews have no asserted evidence for {codebook.title.lower()}; nothing to brief on."
        )
    years = [c.year for c in citations.values() if c.year]
    coded = coding_store.last_coded(store, codebook.id)
    return Briefing(
        title=f"{codebook.title}: learning from case reviews",
        date=coded.strftime("%B %Y") if coded else "",
        codebook_id=codebook.id,
        codebook_title=codebook.title,
        codebook_version=codebook.version,
        searched=len(searched),
        selected=len(chosen),
        years=(min(years), max(years)) if years else None,
        selection_rule=selection.describe(codebook),
        what_happened=_what_happened(store, chosen),
        key_issues=key_issues,
        vulnerabilities=vulnerabilities,
        learning=_learning(rows, citations, themes),
        reviews=sorted(
            citations.values(), key=lambda c: (c.partnership or "", -(c.year or 0), c.title)
        ),
        methods=_methods(codebook, len(searched), len(chosen), selection),
        per_year=_per_year(searched, set(chosen)),
        platforms=[
            (t.label, t.reviews)
            for t in _theme_summaries(
                rows, citations, themes, {t for t in themes if themes[t].category == "platform"}
            )
        ],
        cite_as=(
            f"casebrief ({coded.year if coded else 'n.d.'}) {codebook.title}: learning from case reviews. "
            f"Generated from {len(chosen)} case reviews with codebook {codebook.id} v{codebook.version}."
        ),
    )


def _per_year(searched: list[dict], chosen: set[int]) -> list[tuple[int, int, int]]:
    counts: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    for review in searched:
        if review["year"]:
            counts[review["year"]][0 if review["id"] in chosen else 1] += 1
    return [(year, w, o) for year, (w, o) in sorted(counts.items())]


def _asserted(codebook: Codebook, row: dict) -> bool:
    return asserted(
        codebook,
        row["category"],
        negated=bool(row["negated"]),
        hedged=bool(row["hedged"]),
        generic=bool(row["generic"]),
        practice=bool(row["practice"]),
        status=row["status"],
    )


def _citation(review: dict, page: int | None = None) -> Citation:
    return Citation(
        review["id"],
        review["title"] or review["filename"],
        review["partnership"],
        review["year"],
        review["review_type"],
        page,
    )


def _theme_summaries(rows, citations, themes, wanted: set[str]) -> list[ThemeSummary]:
    reviews_with: dict[str, set[int]] = defaultdict(set)
    candidates: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        if row["theme"] not in wanted or row["section_kind"] in {"appendix", "front"}:
            continue
        reviews_with[row["theme"]].add(row["review_id"])
        candidates[row["theme"]].append(row)
    summaries = []
    for theme_id, review_ids in reviews_with.items():
        theme = themes[theme_id]
        summaries.append(
            ThemeSummary(
                theme_id,
                theme.label,
                theme.description,
                len(review_ids),
                _quotes(candidates[theme_id], citations),
            )
        )
    summaries.sort(key=lambda s: (-s.reviews, s.label))
    return summaries


def _quotes(rows: list[dict], citations: dict[int, Citation]) -> list[Quote]:
    """Up to three readable quotations from different reviews, findings and learning first."""
    ranked = sorted(
        # The raw length bounds the cleaned one (a paragraph number is a few characters).
        (
            r
            for r in rows
            if QUOTE_MIN <= len(r["text"]) <= QUOTE_MAX + 16
            and QUOTE_MIN <= len(_clean(r["text"])) <= QUOTE_MAX
        ),
        key=lambda r: (
            QUOTE_SECTIONS.get(r["section_kind"] or "other", 9),
            -r["confidence"],
            r["review_id"],
            r["ordinal"],
        ),
    )
    quotes: list[Quote] = []
    seen_reviews: set[int] = set()
    seen_words: list[set[str]] = []
    for row in ranked:
        text = _clean(row["text"])
        words = set(_WORDS.findall(text.lower()))
        # Reviews often say the same thing in the same words: one quotation of it is enough.
        if row["review_id"] in seen_reviews or any(
            _similarity(words, w) >= QUOTE_SIMILARITY for w in seen_words
        ):
            continue
        base = citations[row["review_id"]]
        quotes.append(
            Quote(
                text,
                Citation(
                    base.review_id,
                    base.title,
                    base.partnership,
                    base.year,
                    base.review_type,
                    row["page"],
                ),
            )
        )
        seen_reviews.add(row["review_id"])
        seen_words.append(words)
        if len(quotes) == MAX_QUOTES:
            break
    return quotes


def _clean(text: str) -> str:
    return _PARAGRAPH_NUMBER.sub("", text).strip()


def _learning(rows, citations, themes) -> dict[str, list[LearningPoint]]:
    """Learning points by agency; the same point made in several reviews becomes one point with
    all its sources (word-set similarity, names and numbers ignored)."""
    by_agency: dict[str, list[tuple[set[str], LearningPoint]]] = defaultdict(list)
    seen_sentences: set[tuple[int, str]] = set()
    for row in rows:
        theme = themes[row["theme"]]
        if theme.category != "learning" or row["section_kind"] not in LEARNING_SECTIONS:
            continue
        agency = theme.agency or theme.label
        if (row["sentence_id"], agency) in seen_sentences:
            continue
        seen_sentences.add((row["sentence_id"], agency))
        text = _clean(row["text"])
        words = {w for w in _WORDS.findall(text.lower()) if w not in _STOP}
        base = citations[row["review_id"]]
        source = Citation(
            base.review_id, base.title, base.partnership, base.year, base.review_type, row["page"]
        )
        for other_words, point in by_agency[agency]:
            if _similarity(words, other_words) >= DUPLICATE_SIMILARITY:
                if all(s.review_id != source.review_id for s in point.sources):
                    point.sources.append(source)
                break
        else:
            by_agency[agency].append((words, LearningPoint(text, [source])))
    order = [t.agency for t in themes.values() if t.agency]
    result = {}
    for agency in sorted(by_agency, key=lambda a: order.index(a) if a in order else len(order)):
        points = [p for _, p in by_agency[agency]]
        points.sort(key=lambda p: (-len(p.sources), p.text))
        result[agency] = points
    return result


def _similarity(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a | b else 0.0


def _what_happened(store: Store, review_ids: list[int]) -> list[HarmCount]:
    counts: dict[str, int] = defaultdict(int)
    for sentences in coding_store.opening_sentences(store, review_ids).values():
        text = " ".join(sentences)
        found = [label for label, pattern in HARMS if pattern.search(text)]
        if "Died by suicide" in found and "Died (other causes)" in found:
            found.remove("Died (other causes)")
        if any(label.startswith("Died") for label in found) and "Serious injury or harm" in found:
            found.remove("Serious injury or harm")
        for label in found:
            counts[label] += 1
    return [HarmCount(label, counts[label]) for label, _ in HARMS if counts[label]]


def _methods(codebook: Codebook, searched: int, selected: int, selection: Selection) -> list[str]:
    rule = codebook.key_factor
    return [
        f"{searched} reviews in the library matched the selection; {selected} had "
        f"{codebook.title.lower()} as a key factor.",
        f"Every sentence was coded with the {codebook.title} codebook ({codebook.id} v{codebook.version}, "
        f"{len(codebook.themes)} themes). Negated, hypothetical and general statements about children "
        "do not count as evidence that a harm occurred.",
        f"A review has the theme as a key factor when its weighted evidence reaches {rule.min_score:g} "
        f"from at least {rule.min_sentences} sentences in at least {rule.min_section_kinds} kinds of "
        "section"
        + (
            f", or in one kind from {rule.min_score_one_kind:g}"
            if rule.min_score_one_kind is not None
            else ""
        )
        + (
            f" or when {rule.min_share_one_kind:.0%} of its sentences carry it"
            if rule.min_share_one_kind is not None
            else ""
        )
        + (
            f"; a review too short to reach {rule.min_score:g} is asked for "
            f"{rule.min_score_per_sentence:g} per sentence, and for fewer sentences in proportion"
            if rule.min_score_per_sentence is not None
            else ""
        )
        + " (findings, learning and summaries weigh more than chronologies; glossaries barely count).",
        "Analyst decisions win: codings an analyst rejected are never used, and codings they accepted are."
        + (
            " The analyst also added or removed reviews by hand."
            if selection.include or selection.exclude
            else ""
        ),
        "Limitations: coding is by rules over the reports' wording, so evidence phrased in unexpected ways "
        "is missed; counts are of reviews mentioning a theme, not of how central it was.",
    ]
