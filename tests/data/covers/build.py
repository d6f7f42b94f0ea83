"""Renders the cover specs as PDF, DOCX and HTML reports (a cover and three short body pages), so
metadata extraction is measured on files laid out the way reports arrive."""

from __future__ import annotations

import html
from pathlib import Path

from specs import COVERS, Cover

_OTHER_BODY = {
    "England": "The Child Safeguarding Practice Review Panel was notified of the incident in {y}.",
    "Wales": "Welsh Government and Care Inspectorate Wales were told of the incident in {y}.",
    "Scotland": "The Care Inspectorate was informed of the incident in {y}.",
    "Northern Ireland": "The Department of Health was informed of the incident in {y}.",
}


def body_pages(cover: Cover) -> list[tuple[str, list[str]]]:
    """Three sections of body text: who the child was, a chronology of years, and learning."""
    child, y = cover.child, cover.event_year
    he = {"female": "she", "male": "he"}[cover.gender]
    his = {"female": "her", "male": "his"}[cover.gender]
    Child = child[0].upper() + child[1:]
    if cover.age:
        opening = f"This review considers what happened to {child}, who was {cover.age} when {he} was seriously harmed at home in May {y}."
        daily = f"{Child} lived with {his} mother and two older siblings, and {he} attended a local school."
    else:
        opening = f"This review considers what happened to {child}, who lived with their mother until they were removed in May {y}."
        daily = f"{Child} were known to health visitors, schools and children's social care over many years."
    nation = cover.truth["nation"] or "England"
    return [
        (
            "1. Introduction",
            [
                f"1.1 {opening}",
                f"1.2 {daily}",
                "1.3 The review used a systems approach, with practitioners from health, police, "
                "education and children's social care taking part in a learning event.",
            ],
        ),
        (
            "2. Chronology",
            [
                f"2.1 In {y - 3} the family moved into the area and registered with a GP.",
                f"2.2 In {y - 1} {child} was referred to children's social care by the school.",
                "2.3 " + _OTHER_BODY[nation].format(y=y),
                *[f"2.{4 + i} {text}" for i, text in enumerate(cover.body_extra)],
            ],
        ),
        (
            "3. Learning",
            [
                f"3.1 Professionals did not always hear what {child} was telling them.",
                "3.2 Agencies should share information about risk as soon as it is known.",
            ],
        ),
    ]


def render_pdf(cover: Cover, out: Path) -> None:
    from fpdf import FPDF

    class _PDF(FPDF):
        def header(self) -> None:
            if self.page_no() > 1 and cover.header:
                self.set_font("Helvetica", "", 8)
                self.cell(0, 5, cover.header, align="C", new_x="LMARGIN", new_y="NEXT")
                self.ln(4)

        def footer(self) -> None:
            if self.page_no() > 1:
                self.set_y(-15)
                self.set_font("Helvetica", "", 8)
                self.cell(0, 8, f"Page {self.page_no()}", align="C")

    sizes = {"logo": ("B", 13), "small": ("", 9), "big": ("B", 26), "sub": ("", 18)}
    pdf = _PDF(format="A4")
    pdf.set_margins(22, 18, 22)
    pdf.add_page()
    for text, style in cover.lines:
        weight, size = sizes.get(style, ("", 12))
        pdf.set_font("Helvetica", weight, size)
        pdf.multi_cell(0, size * 0.5, text, align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(8 if style in {"big", "logo"} else 4)
    for heading, paragraphs in body_pages(cover):
        pdf.add_page()
        pdf.set_font("Helvetica", "B", 15)
        pdf.multi_cell(0, 9, heading, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 11)
        for text in paragraphs:
            pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
    pdf.output(str(out))


def render_docx(cover: Cover, out: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_BREAK

    doc = Document()
    rows = [text.split(" | ", 1) for text, style in cover.lines if style == "table"]
    if rows:
        table = doc.add_table(rows=len(rows), cols=2)
        for row, (label, value) in zip(table.rows, rows, strict=True):
            row.cells[0].text, row.cells[1].text = label, value
    for text, style in cover.lines:
        if style == "table":
            continue
        if style == "big":
            doc.add_paragraph(text, style="Title")
        elif style == "sub":
            doc.add_paragraph(text, style="Subtitle")
        else:
            paragraph = doc.add_paragraph()
            paragraph.add_run(text).bold = style == "logo"
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    for heading, paragraphs in body_pages(cover):
        doc.add_heading(heading, level=1)
        for text in paragraphs:
            doc.add_paragraph(text)
    doc.save(str(out))


def render_html(cover: Cover, out: Path) -> None:
    e = html.escape
    head: list[str] = []
    first_big = True
    for text, style in cover.lines:
        if style == "logo":
            head.append(f'<p class="logo"><strong>{e(text)}</strong></p>')
        elif style == "big" and first_big:
            head.append(f"<h1>{e(text)}</h1>")
            first_big = False
        else:
            head.append(f'<p class="{style}">{e(text)}</p>')
    body = []
    for heading, paragraphs in body_pages(cover):
        body.append(f"<h2>{e(heading)}</h2>")
        body.extend(f"<p>{e(text)}</p>" for text in paragraphs)
    title = next((t for t, s in cover.lines if s == "big"), cover.key)
    out.write_text(
        "<!doctype html><html><head><meta charset='utf-8'>"
        f"<title>{e(title)} | Reviews</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/reviews'>Reviews</a></nav><main>"
        + "\n".join(head + body)
        + "</main><footer><p>Report a concern about a child</p></footer></body></html>",
        encoding="utf-8",
    )


RENDER = {"pdf": render_pdf, "docx": render_docx, "html": render_html}


def build(folder: Path) -> list[tuple[Path, Cover]]:
    folder.mkdir(parents=True, exist_ok=True)
    built = []
    for cover in COVERS:
        path = folder / f"{cover.key}.{cover.format}"
        RENDER[cover.format](cover, path)
        built.append((path, cover))
    return built
