"""Running headers and footers never end up inside a sentence: reports built in several layouts
(headers with and without page numbers, "OFFICIAL" markings, partnership names, report titles,
alternating headers, a page holding nothing but its header and footer) are parsed, and every
sentence is checked. Body text flows across page breaks, where furniture would be joined in."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from fpdf import FPDF

from casebrief.text.pipeline import parse_file
from tests.helpers import make_pdf

PARTNERSHIP = "Kingsford Safeguarding Children Partnership"
TITLE = "Local Child Safeguarding Practice Review: Child K"
_WORDS = [
    "nurse",
    "school",
    "mother",
    "father",
    "worker",
    "police",
    "referral",
    "record",
    "visit",
    "phone",
    "meeting",
    "plan",
    "risk",
    "health",
    "family",
    "home",
    "week",
    "month",
    "evening",
    "concern",
    "assessment",
    "report",
    "contact",
    "child",
    "brother",
    "sister",
    "teacher",
    "office",
    "council",
    "letter",
    "appointment",
    "service",
    "clinic",
    "review",
    "partnership",
    "agency",
    "decision",
    "support",
    "note",
    "information",
    "advice",
    "carer",
    "placement",
    "room",
    "friends",
    "lessons",
    "exams",
    "sleep",
    "money",
    "clothes",
    "transport",
    "station",
    "weekend",
    "holiday",
    "football",
    "music",
    "games",
    "tablet",
    "laptop",
    "message",
]


def _sentence(rng: random.Random) -> str:
    words = [rng.choice(_WORDS) for _ in range(rng.randint(14, 26))]
    return " ".join(words).capitalize() + "."


# Varied wording, as in a real report: no two lines of the body repeat, so only furniture does.
_RNG = random.Random(4)
BODY = [
    f"{n}.1 " + " ".join(_sentence(_RNG) for _ in range(_RNG.randint(2, 4))) for n in range(1, 41)
]


def _lines(text: str, width: int = 95) -> list[str]:
    out, line = [], ""
    for word in text.split():
        if len(line) + len(word) + 1 > width:
            out.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return [*out, line]


LAYOUTS = {
    # name: (header lines for page n of N, footer lines, blank furniture-only page)
    "header-and-official-footer": (
        lambda n, total: [f"{PARTNERSHIP} | {TITLE}"],
        lambda n, total: [f"OFFICIAL Page {n} of {total}"],
        True,
    ),
    "page-number-in-header": (
        lambda n, total: [f"{PARTNERSHIP} - Child K - page {n}"],
        lambda n, total: [],
        False,
    ),
    "title-and-number-on-own-lines": (
        lambda n, total: ["OFFICIAL-SENSITIVE"],
        lambda n, total: [TITLE, f"Page {n} of {total}"],
        True,
    ),
    "alternating-headers-bare-numbers": (
        lambda n, total: [PARTNERSHIP if n % 2 else TITLE],
        lambda n, total: [str(n)],
        False,
    ),
}


def build(path: Path, layout: str, paragraphs: list[str] = BODY) -> Path:
    header, footer, blank_page = LAYOUTS[layout]
    lines = [line for paragraph in paragraphs for line in [*_lines(paragraph), ""]]
    per_page = 38
    chunks = [lines[i : i + per_page] for i in range(0, len(lines), per_page)]
    pages = [["Local Child Safeguarding Practice Review", "Child K", "Published March 2023"]]
    if blank_page:
        pages.append([])  # the back of the cover: nothing but header and footer
    pages += chunks
    total = len(pages)
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    for number, body in enumerate(pages, start=1):
        pdf.add_page()
        pdf.set_font("Helvetica", size=10)
        if number > 1:
            for line in header(number, total):
                pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        for line in body:
            pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
        if number > 1:
            pdf.set_y(-20)
            for line in footer(number, total):
                pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


FURNITURE = re.compile(
    rf"{re.escape(PARTNERSHIP)}|OFFICIAL|Page \d+ of \d+|- page \d+|\| {re.escape(TITLE)}"
)


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_no_header_or_footer_inside_a_sentence(tmp_path, layout):
    parsed = parse_file(build(tmp_path / f"{layout}.pdf", layout))
    leaks = [s.text for s in parsed.sentences if FURNITURE.search(s.text)]
    assert not leaks, leaks[:3]
    # A running title line may repeat the report's title, which the cover also gives; it must
    # not be glued onto body text.
    glued = [s.text for s in parsed.sentences if TITLE in s.text and len(s.text) > len(TITLE) + 5]
    assert not glued, glued[:3]
    # Nothing of the body was lost with the furniture: every sentence of it is there, whole.
    texts = {s.text for s in parsed.sentences}
    for paragraph in BODY:
        first = paragraph.split(". ")[0] + "."
        assert first in texts, (layout, first)
    # Bare page numbers did not end up in the text either.
    assert not [s.text for s in parsed.sentences if re.fullmatch(r"\d{1,3}", s.text.strip())]


def test_a_short_reports_header_on_every_page_but_the_cover_is_furniture(tmp_path):
    """A cover and two pages of text: the running header is printed twice, and is still no
    sentence of the report."""
    paragraphs = BODY[:12]
    parsed = parse_file(build(tmp_path / "short.pdf", "page-number-in-header", paragraphs))
    assert len(parsed.pages) == 3
    assert not [s.text for s in parsed.sentences if "Child K - page" in s.text]
    texts = {s.text for s in parsed.sentences}
    assert all(p.split(". ")[0] + "." in texts for p in paragraphs)


def test_the_sample_corpus_has_no_furniture_in_its_sentences(corpus_dir):
    """Its reports carry running headers, "OFFICIAL" footers with page numbers, and a cover whose
    footer comes out of the PDF between the title and the contents."""
    for path in sorted(corpus_dir.iterdir()):
        if path.suffix not in {".pdf", ".docx", ".html"}:
            continue
        leaks = [
            s.text
            for s in parse_file(path).sentences
            if re.search(r"OFFICIAL|Page \d+ of \d+|Partnership \| ", s.text)
        ]
        assert not leaks, (path.name, leaks[:2])


def _two_page_pdf(path: Path, margin: FPDF, last_line: str | None = None) -> Path:
    """BODY's first 16 paragraphs, which fill two A4 pages, printed with `margin`'s header or
    footer."""
    margin.set_auto_page_break(True, 20)
    margin.add_page()
    margin.set_font("Helvetica", size=10)
    for paragraph in BODY[:16]:
        margin.multi_cell(0, 5.5, paragraph, new_x="LMARGIN", new_y="NEXT")
        margin.ln(2)
    if last_line:
        margin.multi_cell(0, 5.5, last_line)
    margin.output(str(path))
    return path


def test_a_two_page_reports_numbered_footer_is_furniture(tmp_path):
    """A rapid review's two-page learning summary prints "... - page 1" and "... - page 2" at the
    foot of its pages: too few pages to count repeats, but a margin line on both that numbers its
    page is a footer, not a sentence. Body lines are kept whole."""

    class Summary(FPDF):
        def footer(self) -> None:
            self.set_y(-15)
            self.set_font("Helvetica", size=8)
            self.cell(0, 8, f"Ravensholt SCP - Rapid Review YP R - page {self.page_no()}")

    parsed = parse_file(_two_page_pdf(tmp_path / "summary.pdf", Summary(format="A4")))
    assert len(parsed.pages) == 2
    assert not [s.text for s in parsed.sentences if "Rapid Review YP R" in s.text]
    texts = {s.text for s in parsed.sentences}
    assert all(p.split(". ")[0] + "." in texts for p in BODY[:16])


def test_a_header_in_barred_parts_atop_a_later_page_is_furniture(tmp_path):
    """A two-page report prints its running header ("Partnership | SILP report: Jay") from page 2
    on: one page shows no repeat, but a top line of parts joined by bars, with no sentence in it,
    is a header. A body line with a bar in a sentence is kept."""

    class Report(FPDF):
        def header(self) -> None:
            if self.page_no() > 1:
                self.set_font("Helvetica", size=8)
                self.cell(0, 5, "Wexcombe Safeguarding Children Partnership  |  SILP report: Jay")
                self.ln(8)

    barred = "The form asked one thing | and the answer said another."
    parsed = parse_file(_two_page_pdf(tmp_path / "silp.pdf", Report(format="A4"), barred))
    assert len(parsed.pages) == 2
    assert not [s.text for s in parsed.sentences if "SILP report" in s.text]
    texts = {s.text for s in parsed.sentences}
    assert all(p.split(". ")[0] + "." in texts for p in BODY[:16])
    assert barred in texts


def test_a_marked_header_with_a_dash_on_both_of_two_pages_is_furniture(tmp_path):
    """A two-page review prints "OFFICIAL - <partnership>" atop both pages: on the cover it is a
    label, on page 2 a running header, and the paragraph that runs over the break stays one
    sentence. A line with a dash inside a sentence is kept."""

    class Report(FPDF):
        def header(self) -> None:
            self.set_font("Helvetica", size=8)
            self.cell(0, 5, "OFFICIAL - Brindlecote Safeguarding Children Partnership")
            self.ln(8)

    dashed = "The plan - agreed in May - was never reviewed."
    parsed = parse_file(_two_page_pdf(tmp_path / "k.pdf", Report(format="A4"), dashed))
    assert len(parsed.pages) == 2
    assert not [s.text for s in parsed.sentences if "OFFICIAL" in s.text]
    texts = {s.text for s in parsed.sentences}
    assert all(p.split(". ")[0] + "." in texts for p in BODY[:16])
    assert dashed in texts


def test_a_table_row_atop_a_later_page_is_text(tmp_path):
    """A Word table that starts a new page: its header row is joined by bars as a header is, but
    it names neither the partnership nor the review, so it stays text (on its page; as the
    table's column heads, no sentence)."""
    from docx import Document
    from docx.enum.text import WD_BREAK

    d = Document()
    d.add_paragraph("J was twelve when the police found him.").add_run().add_break(WD_BREAK.PAGE)
    table = d.add_table(rows=2, cols=3)
    for i, row in enumerate([("Date", "Agency", "Event"), ("3 May", "GP", "Rash seen")]):
        for j, cell in enumerate(row):
            table.cell(i, j).text = cell
    d.add_paragraph("The GP did not refer him.")
    path = tmp_path / "j.docx"
    d.save(str(path))
    parsed = parse_file(path)
    pages = {s.text: s.page for s in parsed.sentences}
    heads = parsed.text.index("Date | Agency | Event")
    assert [p.number for p in parsed.pages if p.start <= heads < p.end] == [2]
    assert pages["3 May | GP | Rash seen"] == 2


def _cover_and_page(path: Path, top_line: str, header: str | None) -> Path:
    """A cover (partnership, review type, "Baby T", "Overview report") and one page of text that
    opens with `top_line`, printed under `header` if one is given."""

    class Report(FPDF):
        def header(self) -> None:
            if header and self.page_no() > 1:
                self.set_font("Times", "I", 9)
                self.cell(0, 6, header, align="R")
                self.ln(8)

    pdf = Report(format="A4")
    pdf.add_page()
    pdf.set_font("Times", "B", 18)
    pdf.ln(40)
    for line in (PARTNERSHIP, "Local Child Safeguarding Practice Review", "Baby T"):
        pdf.multi_cell(0, 10, line, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Times", "", 12)
    pdf.multi_cell(0, 7, "Overview report\nPublished September 2026", align="C")
    pdf.add_page()
    pdf.set_font("Times", size=11)
    pdf.multi_cell(0, 6, top_line, new_x="LMARGIN", new_y="NEXT")
    for paragraph in BODY[:4]:
        pdf.multi_cell(0, 6, paragraph, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


def test_a_header_repeating_the_cover_title_atop_the_only_later_page_is_furniture(tmp_path):
    """A two-page report (a cover and one page) prints "Baby T: overview report" atop page 2: no
    repeat to count, but it is made of the cover's own title lines, so it is a header. A line in
    the same place that holds no whole cover line, or ends a sentence, is text."""
    report = _cover_and_page(tmp_path / "t.pdf", BODY[4], "Baby T: overview report")
    parsed = parse_file(report)
    texts = [s.text for s in parsed.sentences]
    assert not [t for t in texts if "overview report" in t.lower()]
    # the cover's own line stays, a label of the report rather than a sentence
    assert "Baby T" in parsed.text.split("\n\n") and parsed.metadata.child_pseudonyms == ["Baby T"]
    assert BODY[4].split(". ")[0] + "." in texts

    heading = parse_file(_cover_and_page(tmp_path / "h.pdf", "Background to the Review", None))
    assert [s.page_start for s in heading.sections if s.heading == "Background to the Review"] == [
        2
    ]
    sentence = parse_file(_cover_and_page(tmp_path / "s.pdf", "Baby T was born early.", None))
    assert [s.page for s in sentence.sentences if s.text == "Baby T was born early."] == [2]


def test_a_one_page_reports_protective_marking_is_furniture_and_the_family_a_heading(tmp_path):
    """A rapid review of one page marked "OFFICIAL" at its top and bottom: nothing repeats to
    show the marking is furniture, yet it heads no section; "The family", a known heading after
    an article, heads one rather than being read as a sentence, while a wrapped line of running
    text that starts the same way stays text."""
    lines = [
        "OFFICIAL",
        "Rapid Review: Baby N",
        "Eastwold Safeguarding Children Partnership",
        "Summary of the incident",
        "Baby N was three months old when he was taken to hospital with a broken arm.",
        "The family",
        "N lived with his mother, who was eighteen, and her partner in a rented flat in town.",
        "The family moved to the flat a month before his birth and had no visits from the",
        "health visitor after the first one.",
        "Learning identified",
        "Professionals did not ask who else looked after the baby.",
    ]
    page = tmp_path / "baby-n.pdf"
    make_pdf(page, [lines + [""] * 20 + ["OFFICIAL"]], footer=False)
    parsed = parse_file(page)
    headings = [s.heading for s in parsed.sections]
    assert "OFFICIAL" not in headings and "The family" in headings
    assert dict((s.heading, s.kind) for s in parsed.sections)["The family"] == "background"
    texts = [s.text for s in parsed.sentences]
    assert not [t for t in texts if t in {"OFFICIAL", "The family"}]
    assert any(t.startswith("The family moved to the flat a month before") for t in texts)


def test_a_numbered_footer_on_a_reports_only_page_of_text_is_furniture(tmp_path):
    """A footer that names the partnership and the review and ends with its page's number
    ("Harrowby Safeguarding Children Partnership - Child D - page 1") is furniture on a report's
    only page, where nothing repeats to show it; a last line that ends with another page's number
    stays text."""
    body = [
        "Rapid Review: Child D",
        "Harrowby Safeguarding Children Partnership",
        "Summary",
        "Child D was sixteen when he was found unconscious in a park after an overdose.",
        "He had paid money to someone who held pictures of him.",
    ]

    def sentences_with_footer(page: int) -> list[str]:
        path = tmp_path / f"child-d-{page}.pdf"
        footer = f"Harrowby Safeguarding Children Partnership - Child D - page {page}"
        make_pdf(path, [[*body, "", footer]], footer=False)
        return [s.text for s in parse_file(path).sentences]

    assert sentences_with_footer(1) == body[3:]
    assert sentences_with_footer(7) == [
        *body[3:],
        "Harrowby Safeguarding Children Partnership - Child D - page 7",
    ]


def test_sentences_alike_but_for_their_dates_atop_each_page_are_text(tmp_path):
    """A chronology told in sentences puts a missed appointment at the top of three pages, the
    same words but for the day ("... on 3 May 2025.", "... on 17 May 2025."). The figures that
    differ do not number the pages, so the lines are the report's, not a running header; the
    numbered footer ("Page 2 of 3"), whose figure does, is still furniture."""
    body = (
        "The health visitor saw Child M at home and gave her mother advice about feeding and "
        "sleep, which she said she understood."
    )
    pages = [
        ["1. Chronology", "Child M did not attend the clinic on 3 May 2025.", body],
        ["Child M did not attend the clinic on 17 May 2025.", body.replace("home", "clinic")],
        ["Child M did not attend the clinic on 21 May 2025.", "2. Analysis", "No one asked."],
    ]
    texts = [s.text for s in parse_file(make_pdf(tmp_path / "m.pdf", pages)).sentences]
    assert [t for t in texts if "did not attend" in t] == [
        f"Child M did not attend the clinic on {day} May 2025." for day in (3, 17, 21)
    ]
    assert not any("Page" in t for t in texts)


@pytest.mark.parametrize(
    "line",
    [
        "Home About us Reviews Contact",
        "Home | About the partnership | Publications | Contact us",
        "Skip to main content",
        "Menu Search Login",
        "Home \u2022 News \u2022 Training \u2022 Accessibility",
        "Home > Practice reviews > Child A",
        "You are here: Home \u00bb Publications \u00bb Learning from reviews",
    ],
)
def test_a_websites_menu_line_is_recognised(line):
    from casebrief.text.web_print import is_site_menu

    assert is_site_menu(line)


@pytest.mark.parametrize(
    "line",
    [
        "Children and young people",
        "Support for parents and carers",
        "Home visits",
        "Contact with the family",
        "About K",
        "Home, school and the online world",
        "What we do about online harm",
        "Home life was chaotic and the children were often hungry.",
    ],
)
def test_a_heading_made_of_menu_words_is_no_menu(line):
    from casebrief.text.web_print import is_site_menu

    assert not is_site_menu(line)


def test_a_printed_web_pages_menu_and_site_footer_are_no_sentences(tmp_path):
    """A partnership's review page printed to PDF starts with the site's menu ("Home About us
    Reviews Contact") and ends with its footer ("Registered office: ...", the charity's number,
    its links) above the browser's address. Neither is the review's. The same words within an earlier page's text, and a sentence that
    mentions a registered office, are the report's and stay."""
    story = [
        f"In week {n} the player he had met in an online football game asked K for more "
        "pictures and said he would send the last ones to his school."
        for n in range(1, 12)
    ]
    kept = "The boy's father worked at the registered office of a haulage firm in town."
    footer = "Registered office: Station Road, Ashford Vale."
    pages = [
        ["Home About us Reviews Contact", "Learning from a review: Child K", *story[:2], kept],
        [*story[2:5], footer, *story[5:8]],
        [
            *story[8:],
            footer,
            "\u00a9 2026 Ashford Vale Safeguarding Children Partnership. Charity number 1234567.",
            "Cookies Accessibility Privacy",
            "file:///tmp/pages/child-k.html 1/1",
        ],
    ]
    path = make_pdf(tmp_path / "child-k.pdf", pages, footer=False)
    texts = [s.text for s in parse_file(path).sentences]
    assert "Home About us Reviews Contact" not in texts
    assert kept in texts
    assert texts.count(footer) == 1
    assert not any("1234567" in text or "Cookies" in text for text in texts)
    assert all(sentence in texts for sentence in story)
