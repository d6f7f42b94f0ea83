"""The Briefing: plain data that every renderer (Markdown, HTML) turns into a document."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Citation:
    review_id: int
    title: str
    partnership: str | None
    year: int | None
    review_type: str | None
    page: int | None = None

    def short(self) -> str:
        where = f", p. {self.page}" if self.page else ""
        return f"{self.title} ({self.year or 'n.d.'}{where})"


@dataclass(frozen=True)
class Quote:
    text: str
    citation: Citation


@dataclass
class ThemeSummary:
    theme: str
    label: str
    description: str
    reviews: int  # reviews in which the theme is asserted
    quotes: list[Quote] = field(default_factory=list)


@dataclass
class LearningPoint:
    text: str
    sources: list[Citation]


@dataclass
class HarmCount:
    label: str
    reviews: int


@dataclass
class Briefing:
    """Everything a rendered briefing says, in order; renderers add no facts of their own."""

    title: str
    date: str
    codebook_id: str
    codebook_title: str
    codebook_version: int
    searched: int
    selected: int
    years: tuple[int, int] | None
    selection_rule: str
    what_happened: list[HarmCount]
    key_issues: list[ThemeSummary]
    vulnerabilities: list[ThemeSummary]
    learning: dict[str, list[LearningPoint]]
    reviews: list[Citation]
    methods: list[str]
    cite_as: str
    per_year: list[tuple[int, int, int]] = field(default_factory=list)  # year, key factor, other
    platforms: list[tuple[str, int]] = field(default_factory=list)  # platform group, reviews
