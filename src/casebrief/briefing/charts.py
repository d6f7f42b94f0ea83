"""Charts for briefings, drawn once with matplotlib and used by every format: SVG in HTML and
PDF, PNG in DOCX. Each comes with a text alternative that states the same numbers."""

from __future__ import annotations

import io
from dataclasses import dataclass

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt

plt.rcParams.update({"svg.hashsalt": "casebrief", "font.size": 9, "font.family": "DejaVu Sans"})
BLUE, GREY = "#2b5d8a", "#c9d3dc"


@dataclass(frozen=True)
class Chart:
    key: str
    title: str
    alt: str
    svg: str
    png: bytes


def _finish(fig, key: str, title: str, alt: str) -> Chart:
    svg_buffer, png_buffer = io.StringIO(), io.BytesIO()
    fig.tight_layout()
    fig.savefig(svg_buffer, format="svg", metadata={"Date": None, "Creator": None})
    fig.savefig(png_buffer, format="png", dpi=150, metadata={"Software": None})
    plt.close(fig)
    svg = svg_buffer.getvalue()
    svg = svg[svg.index("<svg") :]  # inline: drop the XML prolog and doctype
    return Chart(key, title, alt, svg, png_buffer.getvalue())


def per_year_chart(
    rows: list[tuple[int, int, int]], theme: str, legend: str | None = None
) -> Chart:
    """rows: (year, reviews with the theme as a key factor, reviews without); `legend` names
    the first group when it is not "theme a key factor"."""
    years = [str(y) for y, _, _ in rows]
    with_theme = [w for _, w, _ in rows]
    without = [o for _, _, o in rows]
    legend = legend or f"{theme} a key factor"
    fig, ax = plt.subplots(figsize=(6.4, 2.8))
    ax.bar(years, with_theme, color=BLUE, label=legend)
    ax.bar(years, without, bottom=with_theme, color=GREY, label="other reviews")
    ax.set_ylabel("reviews")
    ax.legend(frameon=False, loc="upper left")
    ax.spines[["top", "right"]].set_visible(False)
    ax.yaxis.get_major_locator().set_params(integer=True)
    # The text alternative names the same group as the legend, so both say what is counted.
    alt = (
        f"Reviews per publication year ({legend} / other reviews): "
        + "; ".join(f"{y}: {w} / {o}" for y, w, o in rows)
        + "."
    )
    return _finish(fig, "per-year", "Reviews per year", alt)


def bar_chart(key: str, title: str, items: list[tuple[str, int]], total: int) -> Chart:
    labels = [label for label, _ in items][::-1]
    values = [value for _, value in items][::-1]
    fig, ax = plt.subplots(figsize=(6.4, 0.35 * len(items) + 0.8))
    ax.barh(labels, values, color=BLUE)
    ax.set_xlabel(f"reviews (of {total})")
    ax.set_xlim(0, max(total, 1))
    ax.spines[["top", "right"]].set_visible(False)
    ax.xaxis.get_major_locator().set_params(integer=True)
    alt = (
        f"{title}, number of reviews out of {total}: "
        + "; ".join(f"{label}: {value}" for label, value in items)
        + "."
    )
    return _finish(fig, key, title, alt)


def briefing_charts(b) -> list[Chart]:
    """The briefing's charts: reviews per year, theme prevalence, platforms named."""
    charts = []
    if b.per_year:
        charts.append(per_year_chart(b.per_year, b.codebook_title.lower()))
    top = [(t.label, t.reviews) for t in b.key_issues[:10]]
    if top:
        charts.append(bar_chart("prevalence", "Key issues: reviews raising each", top, b.selected))
    if b.platforms:
        charts.append(bar_chart("platforms", "Platforms named", b.platforms, b.selected))
    return charts
