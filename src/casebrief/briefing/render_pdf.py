"""PDF: the print version of the HTML page laid out by WeasyPrint (A4, page numbers, contents)."""

from __future__ import annotations

from casebrief.briefing.model import Briefing
from casebrief.briefing.render_html import render_html


def render_pdf(b: Briefing) -> bytes:
    from weasyprint import HTML

    return HTML(string=render_html(b, for_print=True)).write_pdf(
        metadata={"title": b.title, "created": None, "modified": None}
    )
