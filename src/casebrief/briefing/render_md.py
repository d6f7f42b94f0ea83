"""Markdown: the briefing as plain text an analyst can paste and edit."""

from __future__ import annotations

from casebrief.briefing.model import Briefing, Citation, ThemeSummary


def render_markdown(b: Briefing) -> str:
    out: list[str] = [f"# {b.title}", ""]
    if b.date:
        out += [f"*{b.date}*", ""]
    years = f", published {b.years[0]}–{b.years[1]}" if b.years else ""
    out += [
        "## Scope",
        "",
        f"{b.selected} of {b.searched} reviews searched had {b.codebook_title.lower()} as a key factor{years}.",
        "",
        f"Selection: {b.selection_rule}.",
        "",
        f"Codebook: {b.codebook_title} ({b.codebook_id}, version {b.codebook_version}).",
        "",
        "## What happened",
        "",
    ]
    out += [f"- {h.label}: {h.reviews} of {b.selected} reviews" for h in b.what_happened] or [
        "- Not stated in the reviews' introductions."
    ]
    out += ["", "## Key issues", ""]
    out += _themes(b.key_issues, b.selected)
    out += ["## Why some children are particularly vulnerable", ""]
    out += _themes(b.vulnerabilities, b.selected) or [
        "No vulnerability factors were coded in these reviews.",
        "",
    ]
    out += ["## Learning for improved practice", ""]
    if not b.learning:
        out += ["No learning points about this theme were coded in these reviews.", ""]
    for agency, points in b.learning.items():
        out += [f"### {agency}", ""]
        for point in points:
            sources = "; ".join(_cite(c) for c in point.sources)
            out.append(f"- {point.text} ({sources})")
        out.append("")
    out += ["## Appendix: reviews included", ""]
    out += [
        f"- {c.partnership or 'Partnership not stated'} ({c.year or 'n.d.'}). *{c.title}*. "
        f"{(c.review_type or 'review type not stated').capitalize()}."
        for c in b.reviews
    ]
    out += ["", "## Methods", ""]
    out += [f"- {m}" for m in b.methods]
    out += ["", "## Please cite as", "", b.cite_as, ""]
    return "\n".join(out)


def _themes(themes: list[ThemeSummary], total: int) -> list[str]:
    out: list[str] = []
    for t in themes:
        out += [f"### {t.label}: in {t.reviews} of {total} reviews", "", t.description, ""]
        for q in t.quotes:
            out.append(f"> “{q.text}” — {_cite(q.citation)}")
            out.append("")
    return out


def _cite(c: Citation) -> str:
    return c.short()
