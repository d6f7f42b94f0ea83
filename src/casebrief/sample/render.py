"""Render a composed review as PDF (fpdf2), DOCX (python-docx) or HTML, in the layout of real
published reviews: cover, contents, running header, page numbers, numbered paragraphs."""

from __future__ import annotations

import html
from pathlib import Path

from fpdf import FPDF

from casebrief.sample.compose import ReviewSource

# Fixed document dates keep the generated files byte-for-byte reproducible.
CREATION_DATE = "2024-01-01T00:00:00"


def _numbered(review: ReviewSource):
    """(section heading, [(kind, text)]) with paragraphs numbered 1.1, 1.2 ... per section."""
    for index, section in enumerate(review.sections, start=1):
        appendix = section.heading.startswith("Appendix")
        items: list[tuple[str, str]] = []
        n = 0
        for para in section.paragraphs:
            if isinstance(para, tuple):
                items.append(("subheading", para[0]))
            elif appendix:
                items.append(("para", para))
            else:
                n += 1
                items.append(("para", f"{index}.{n} {para}"))
        yield section.heading, items


class _ReviewPDF(FPDF):
    running_header = ""

    def header(self) -> None:
        if self.page_no() == 1:
            return
        self.set_font("Helvetica", "I", 8)
        self.cell(0, 6, self.running_header, align="R", new_x="LMARGIN", new_y="NEXT")
        self.ln(4)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("Helvetica", "", 8)
        self.cell(0, 5, "OFFICIAL", align="L")
        self.set_x(self.l_margin)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="R")


def _render_toc(pdf: FPDF, outline) -> None:
    pdf.set_font("Helvetica", "B", 16)
    pdf.cell(0, 10, "Contents", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Helvetica", "", 11)
    for entry in outline:
        if entry.level > 0:
            continue
        label = entry.name
        page = str(entry.page_number)
        dots = "." * max(
            4, int((pdf.epw - pdf.get_string_width(label + page)) / pdf.get_string_width(".")) - 2
        )
        pdf.cell(0, 8, f"{label} {dots} {page}", new_x="LMARGIN", new_y="NEXT")


def render_pdf(review: ReviewSource, out: Path) -> None:
    pdf = _ReviewPDF(format="A4")
    pdf.running_header = review.running_header
    pdf.set_creation_date(__import__("datetime").datetime.fromisoformat(CREATION_DATE))
    pdf.set_title(review.title)
    pdf.set_author(review.spec.partnership)
    pdf.set_margins(22, 18, 22)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()
    notice, partnership, rtype, child, author, published = review.cover
    pdf.set_font("Helvetica", "B", 10)
    pdf.set_text_color(160, 0, 0)
    pdf.multi_cell(0, 5, notice, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(30)
    pdf.set_font("Helvetica", "", 14)
    pdf.multi_cell(0, 8, partnership, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    pdf.set_font("Helvetica", "B", 24)
    pdf.multi_cell(0, 12, rtype, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.multi_cell(0, 12, child, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(30)
    pdf.set_font("Helvetica", "", 12)
    pdf.multi_cell(0, 7, author, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 7, published, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.insert_toc_placeholder(_render_toc, pages=1)
    for heading, items in _numbered(review):
        pdf.add_page()
        pdf.start_section(heading, level=0)
        pdf.set_font("Helvetica", "B", 15)
        pdf.multi_cell(0, 9, heading, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
        for kind, text in items:
            if kind == "subheading":
                pdf.ln(2)
                pdf.set_font("Helvetica", "B", 11)
                pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
            else:
                pdf.set_font("Helvetica", "", 11)
                pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(3)
    pdf.output(str(out))


def render_docx(review: ReviewSource, out: Path) -> None:
    import datetime as dt

    from docx import Document

    doc = Document()
    doc.core_properties.title = review.title
    doc.core_properties.author = review.spec.partnership
    fixed = dt.datetime.fromisoformat(CREATION_DATE)
    doc.core_properties.created = fixed
    doc.core_properties.modified = fixed
    doc.sections[0].header.paragraphs[0].text = review.running_header
    doc.sections[0].footer.paragraphs[0].text = "OFFICIAL"
    notice, partnership, rtype, child, author, published = review.cover
    doc.add_paragraph(notice)
    doc.add_paragraph(partnership)
    doc.add_paragraph(rtype, style="Title")
    doc.add_paragraph(child, style="Subtitle")
    doc.add_paragraph(author)
    doc.add_paragraph(published)
    doc.add_page_break()
    doc.add_heading("Contents", level=1)
    for section in review.sections:
        doc.add_paragraph(section.heading)
    for heading, items in _numbered(review):
        doc.add_page_break()
        doc.add_heading(heading, level=1)
        for kind, text in items:
            if kind == "subheading":
                doc.add_heading(text, level=2)
            else:
                doc.add_paragraph(text)
    doc.save(str(out))


def render_html(review: ReviewSource, out: Path) -> None:
    esc = html.escape
    notice, partnership, rtype, child, author, published = review.cover
    body: list[str] = []
    for heading, items in _numbered(review):
        body.append(f"<section><h2>{esc(heading)}</h2>")
        for kind, text in items:
            body.append(f"<h3>{esc(text)}</h3>" if kind == "subheading" else f"<p>{esc(text)}</p>")
        body.append("</section>")
    page = f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{esc(review.title)} | {esc(partnership)}</title>
<script>window.dataLayer = []; function cookieBanner() {{ return "Accept all cookies"; }}</script>
<style>body {{ font-family: sans-serif; }} .cookie {{ position: fixed; }}</style></head>
<body>
<div class="cookie" role="banner"><p>We use cookies to improve this website. Accept all cookies</p></div>
<header><a href="/">{esc(partnership)}</a></header>
<nav><ul><li><a href="/">Home</a></li><li><a href="/reviews">Case reviews</a></li><li><a href="/contact">Contact us</a></li></ul></nav>
<main><article>
<p><strong>{esc(notice)}</strong></p>
<p>{esc(partnership)}</p>
<h1>{esc(rtype)}</h1>
<p class="child">{esc(child)}</p>
<p>{esc(author)}</p>
<p>{esc(published)}</p>
{chr(10).join(body)}
</article></main>
<aside><h2>Related pages</h2><ul><li><a href="/training">Training for professionals</a></li></ul></aside>
<footer><p>&copy; {esc(partnership)}. Report a concern about a child: call 0300 000 0000.</p></footer>
<script>cookieBanner();</script>
</body></html>
"""
    out.write_text(page, encoding="utf-8")


RENDERERS = {"pdf": render_pdf, "docx": render_docx, "html": render_html}
