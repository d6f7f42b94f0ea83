"""DOCX: real Word heading, quote and list styles, so an analyst can edit the briefing in Word."""

from __future__ import annotations

import datetime as dt
import io

from docx import Document
from docx.shared import Cm

from casebrief.briefing.charts import briefing_charts
from casebrief.briefing.model import Briefing, ThemeSummary


def render_docx(b: Briefing) -> bytes:
    doc = Document()
    doc.core_properties.title = b.title
    doc.core_properties.author = "casebrief"
    fixed = dt.datetime(2000, 1, 1)  # fixed dates: the same briefing gives the same file
    doc.core_properties.created = fixed
    doc.core_properties.modified = fixed
    doc.add_heading(b.title, level=0)
    if b.date:
        doc.add_paragraph(b.date)
    doc.add_heading("Scope", level=1)
    years = f", published {b.years[0]}–{b.years[1]}" if b.years else ""
    doc.add_paragraph(
        f"{b.selected} of {b.searched} reviews searched had {b.codebook_title.lower()} as a key factor{years}."
    )
    doc.add_paragraph(f"Selection: {b.selection_rule}.")
    doc.add_paragraph(
        f"Codebook: {b.codebook_title} ({b.codebook_id}, version {b.codebook_version})."
    )
    doc.add_heading("What happened", level=1)
    for h in b.what_happened:
        doc.add_paragraph(f"{h.label}: {h.reviews} of {b.selected} reviews", style="List Bullet")
    for chart in briefing_charts(b):
        doc.add_picture(io.BytesIO(chart.png), width=Cm(15))
        doc.add_paragraph(f"{chart.title}. {chart.alt}", style="Caption")
    doc.add_heading("Key issues", level=1)
    _themes(doc, b.key_issues, b.selected)
    doc.add_heading("Why some children are particularly vulnerable", level=1)
    _themes(doc, b.vulnerabilities, b.selected)
    doc.add_heading("Learning for improved practice", level=1)
    for agency, points in b.learning.items():
        doc.add_heading(agency, level=2)
        for point in points:
            sources = "; ".join(s.short() for s in point.sources)
            doc.add_paragraph(f"{point.text} ({sources})", style="List Bullet")
    doc.add_heading("Appendix: reviews included", level=1)
    for c in b.reviews:
        doc.add_paragraph(
            f"{c.partnership or 'Partnership not stated'} ({c.year or 'n.d.'}). {c.title}. "
            f"{(c.review_type or 'review type not stated').capitalize()}.",
            style="List Bullet",
        )
    doc.add_heading("Methods", level=1)
    for m in b.methods:
        doc.add_paragraph(m, style="List Bullet")
    doc.add_heading("Please cite as", level=1)
    doc.add_paragraph(b.cite_as)
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def _themes(doc, themes: list[ThemeSummary], total: int) -> None:
    for t in themes:
        doc.add_heading(f"{t.label}: in {t.reviews} of {total} reviews", level=2)
        doc.add_paragraph(t.description)
        for q in t.quotes:
            doc.add_paragraph(f"“{q.text}” — {q.citation.short()}", style="Quote")
