"""Small builders for test documents: real files written with the same libraries users' files
come from; and a free port for live servers."""

from __future__ import annotations

import socket
from pathlib import Path

from fpdf import FPDF


def make_pdf(
    path: Path,
    pages: list[list[str]],
    *,
    header: str | None = None,
    footer: bool = True,
    encrypt: str | None = None,
    title: str | None = None,
) -> Path:
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    if title:
        pdf.set_title(title)
    if encrypt:
        pdf.set_encryption(owner_password="owner", user_password=encrypt)
    total = len(pages)
    for number, lines in enumerate(pages, start=1):
        pdf.add_page()
        pdf.set_font("Helvetica", size=11)
        if header:
            pdf.cell(0, 6, header, new_x="LMARGIN", new_y="NEXT")
        for line in lines:
            pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
        if footer:
            pdf.set_y(-15)
            pdf.cell(0, 6, f"Page {number} of {total}", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


# (font style, size) for make_styled_pdf's kinds of paragraph, as a word processor's styles set them
PDF_STYLES = {
    "title": ("B", 20),
    "heading": ("B", 14),
    "plain heading": ("", 14),
    "bold": ("B", 11),
    "body": ("", 11),
    "note": ("", 8),
}


def make_styled_pdf(path: Path, paragraphs: list[tuple[str, str]], width: float = 0) -> Path:
    """A PDF of (kind, text) paragraphs set in PDF_STYLES, body text wrapped to the margins and
    bold headings wrapped to `width` millimetres when given; a page break where the kind is
    "page"."""
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    for kind, text in paragraphs:
        if kind == "page":
            pdf.add_page()
            continue
        style, size = PDF_STYLES[kind]
        pdf.set_font("Helvetica", style=style, size=size)
        wrap = width if kind == "heading" else 0
        pdf.multi_cell(wrap, size * 0.5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    pdf.output(str(path))
    return path


def scan_of(pdf_path: Path, path: Path, dpi: int = 200) -> Path:
    """The PDF as a scanner would give it back: each page an image at `dpi`, no text layer."""
    import pypdfium2 as pdfium

    source = pdfium.PdfDocument(str(pdf_path))
    out = FPDF(format="A4")
    try:
        for index in range(len(source)):
            image = source[index].render(scale=dpi / 72).to_pil().convert("L")
            png = path.with_name(f"{path.stem}-{index}.png")
            image.save(png)
            out.add_page()
            out.image(str(png), x=0, y=0, w=210, h=297)
            png.unlink()
    finally:
        source.close()
    out.output(str(path))
    return path


def join_pdfs(path: Path, parts: list[Path]) -> Path:
    """One PDF of the parts' pages in order: a typed report with a scanned page bound in."""
    import pypdfium2 as pdfium

    out = pdfium.PdfDocument.new()
    for part in parts:
        source = pdfium.PdfDocument(str(part))
        out.import_pages(source)
        source.close()
    out.save(str(path))
    out.close()
    return path


def make_scanned_pdf(path: Path, n_pages: int = 2) -> Path:
    """Pages with drawings and no text layer, as a scanner's output looks to a text extractor."""
    pdf = FPDF(format="A4")
    for _ in range(n_pages):
        pdf.add_page()
        for y in range(20, 260, 8):
            pdf.rect(20, y, 170, 4, style="F")
    pdf.output(str(path))
    return path


def make_docx(path: Path, paragraphs: list[tuple[str, str]]) -> Path:
    """paragraphs: (style or 'pagebreak', text)."""
    from docx import Document

    doc = Document()
    for style, text in paragraphs:
        if style == "pagebreak":
            doc.add_page_break()
        elif style.startswith("Heading"):
            doc.add_heading(text, level=int(style[-1]))
        else:
            doc.add_paragraph(text)
    doc.save(str(path))
    return path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def make_image_pdf(
    path: Path, pages: list[list[str]], *, noise: bool = False, turns: dict[int, int] | None = None
) -> Path:
    """A scanned report: each page an image of typed lines and no text layer at all. `turns`:
    page number -> degrees anticlockwise the page was fed into the scanner turned."""
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.load_default(size=38)
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    for number, lines in enumerate(pages, start=1):
        image = Image.new("L", (1654, 2339), 255)  # A4 at 200 dpi
        draw = ImageDraw.Draw(image)
        for row, line in enumerate(lines):
            draw.text((150, 150 + row * 60), line, fill=0, font=font)
        if noise:
            for y in range(0, 2339, 3):
                draw.line([(0, y), (1654, (y * 7) % 2339)], fill=(y * 37) % 256)
        png = path.with_name(f"{path.stem}-{number}.png")
        turn = (turns or {}).get(number, 0)
        image.rotate(turn, expand=True).save(png)
        pdf.add_page(orientation="L" if turn % 180 else "P")
        pdf.image(str(png), x=0, y=0, w=pdf.w, h=pdf.h)
        png.unlink()
    pdf.output(str(path))
    return path


def make_table_pdf(
    path: Path,
    rows: list[tuple[str, ...]],
    *,
    before: list[str] = (),
    after: list[str] = (),
    col_widths: tuple[int, ...] = (25, 40, 115),
    v_align: str = "MIDDLE",
    text_align: str = "LEFT",
    repeat_heads: bool = True,
    running: str | None = None,
    heads_align: str | None = None,
) -> Path:
    """A report with paragraphs, a table whose first row names its columns (cells that wrap;
    the heads repeated on each page the table runs to, or, as Word sets it by default, not),
    then more paragraphs; a paragraph starting "## " is a bold heading. `running`: a running
    header on every page, with "Page N" at each page's foot. `heads_align`: how the heads sit in
    their cells ("CENTER", as many report templates set them), where the body follows
    `text_align`."""

    class Report(FPDF):
        def header(self) -> None:
            if running:
                self.set_font("Helvetica", "I", 9)
                self.cell(0, 6, running, new_x="LMARGIN", new_y="NEXT")
                self.ln(2)

        def footer(self) -> None:
            if running:
                self.set_y(-15)
                self.set_font("Helvetica", "", 9)
                self.cell(0, 6, f"Page {self.page_no()}", align="C")

    pdf = Report(format="A4")
    pdf.add_page()

    def paragraphs(texts: list[str]) -> None:
        for text in texts:
            heading = text.startswith("## ")
            pdf.set_font("Helvetica", "B" if heading else "", 13 if heading else 11)
            pdf.multi_cell(0, 6.5, text.removeprefix("## "), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)

    paragraphs(list(before))
    pdf.set_font("Helvetica", size=10)
    with pdf.table(
        col_widths=col_widths,
        v_align=v_align,
        text_align=text_align,
        line_height=5.5,
        repeat_headings=1 if repeat_heads else 0,
    ) as table:
        for index, cells in enumerate(rows):
            row = table.row()
            for cell in cells:
                row.cell(cell, align=heads_align if index == 0 and heads_align else None)
    pdf.ln(4)
    paragraphs(list(after))
    pdf.output(str(path))
    return path


def make_row_breaking_pdf(
    path: Path,
    rows: list[tuple[str, ...]],
    *,
    before: list[str] = (),
    after: list[str] = (),
    col_widths: tuple[float, ...] = (30.0, 35.0, 45.0),
    running: str = "OFFICIAL",
) -> Path:
    """A report whose table lets a row break across pages, as Word and LibreOffice set a table
    by default: a row that does not fit at a page's foot goes on at the top of the next page,
    under the running header and without the heads. Each line of a cell keeps its trailing
    space, as those writers leave it in the text layer. Widths in millimetres."""
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    top, foot, left, pad, line = 30.0, 270.0, 20.0, 2.0, 5.0

    def new_page() -> float:
        pdf.add_page()
        pdf.set_font("Helvetica", "", 9)
        pdf.set_xy(left, 12)
        pdf.cell(0, 5, running)
        return top

    y = new_page()
    for text in before:
        pdf.set_font("Helvetica", "", 11)
        pdf.set_xy(left, y)
        pdf.multi_cell(170, 6, text)
        y = pdf.get_y() + 3
    for index, cells in enumerate(rows):
        pdf.set_font("Helvetica", "B" if index == 0 else "", 10)
        lines = [
            pdf.multi_cell(width - 2 * pad, line, text, dry_run=True, output="LINES")
            for width, text in zip(col_widths, cells, strict=True)
        ]
        for at in range(max(map(len, lines))):
            if y + line > foot:
                y = new_page()
                pdf.set_font("Helvetica", "B" if index == 0 else "", 10)
            x = left
            for width, cell_lines in zip(col_widths, lines, strict=True):
                if at < len(cell_lines):
                    pdf.set_xy(x + pad, y)
                    pdf.cell(width - 2 * pad, line, cell_lines[at] + " ")
                x += width
            y += line
        y += pad
    for text in after:
        pdf.set_font("Helvetica", "", 11)
        pdf.set_xy(left, y + 3)
        pdf.multi_cell(170, 6, text)
        y = pdf.get_y()
    pdf.output(str(path))
    return path


def make_two_column_pdf(path: Path, left: tuple[str, str], right: tuple[str, str]) -> Path:
    """A one-page learning sheet set in two columns, each under its own bold heading."""
    pdf = FPDF(format="A4")
    pdf.add_page()
    for x, (heading, text) in ((10, left), (110, right)):
        pdf.set_xy(x, 20)
        pdf.set_font("Helvetica", "B", 12)
        pdf.cell(90, 8, heading)
        pdf.set_xy(x, 30)
        pdf.set_font("Helvetica", "", 10)
        pdf.multi_cell(90, 5.5, text)
    pdf.output(str(path))
    return path


def client_for(db, **settings):
    """A test client of the web app; background retraining is off unless a test asks for it
    (and waits)."""
    from fastapi.testclient import TestClient

    from casebrief.config import database_url
    from casebrief.web.app import create_app
    from casebrief.web.settings import WebSettings

    settings.setdefault("retrain_every", 0)
    return TestClient(create_app(WebSettings(database_url(db), **settings)))
