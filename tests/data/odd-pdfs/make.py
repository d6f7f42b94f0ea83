"""Writes unmapped-font.pdf: a page of text in an embedded TrueType font whose ToUnicode table
has been taken out, as some print drivers write PDFs. It prints and renders as text, but its text
layer gives glyph numbers (control characters) instead of letters. Needs DejaVu Sans (Debian:
fonts-dejavu-core). Usage: python tests/data/odd-pdfs/make.py"""

import re
from pathlib import Path

from fpdf import FPDF

TEXT = (
    "Child R was fourteen when a man she had met in an online game began to message her every "
    "night. The school did not share what it knew about the messages with children's social "
    "care, and nobody asked R who she was talking to."
)

pdf = FPDF()
pdf.add_page()
pdf.add_font("DejaVu", fname="/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
pdf.set_font("DejaVu", size=12)
pdf.multi_cell(0, 7, "Rapid review: Child R")
pdf.ln(4)
pdf.multi_cell(0, 7, TEXT)
pdf.set_compression(False)
data = re.sub(rb"/ToUnicode \d+ 0 R", b"", bytes(pdf.output()))
(Path(__file__).parent / "unmapped-font.pdf").write_bytes(data)
