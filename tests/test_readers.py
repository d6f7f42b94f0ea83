"""Every reader, and every kind of bad file, with the message a user sees."""

from __future__ import annotations

import os
import re
import subprocess
import zipfile
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from fpdf import FPDF

from casebrief.errors import ReadError
from casebrief.readers import read_document
from casebrief.text.pipeline import parse_file
from tests.helpers import (
    join_pdfs,
    make_docx,
    make_pdf,
    make_row_breaking_pdf,
    make_scanned_pdf,
    make_styled_pdf,
    make_table_pdf,
    make_two_column_pdf,
)

BODY = [
    "1. Introduction",
    "This review concerns Child R, who was groomed online by an adult man.",
    "The review was commissioned by the Northshire Safeguarding Children Partnership.",
]


def test_pdf_reader_keeps_pages(tmp_path):
    path = make_pdf(
        tmp_path / "r.pdf", [BODY, ["Second page text about the school."]], title="A review"
    )
    doc = read_document(path)
    assert doc.format == "pdf"
    assert [p.number for p in doc.pages] == [1, 2]
    assert any("groomed online" in line for line in doc.pages[0].lines)
    assert any("Second page" in line for line in doc.pages[1].lines)
    assert doc.title_hint == "A review"


def test_docx_reader_headings_and_page_breaks(tmp_path):
    path = make_docx(
        tmp_path / "r.docx",
        [
            ("Heading1", "Introduction"),
            ("Normal", "Child T lived with her mother."),
            ("pagebreak", ""),
            ("Heading1", "Findings"),
            ("Normal", "Finding text on page two."),
        ],
    )
    doc = read_document(path)
    assert doc.format == "docx"
    assert len(doc.pages) == 2
    assert doc.pages[0].lines[0] == "Introduction" and 0 in doc.pages[0].headings
    assert "Finding text on page two." in doc.pages[1].lines


def test_html_reader_takes_article_text_only(tmp_path):
    path = tmp_path / "r.html"
    path.write_text(
        "<html><head><title>Review</title><script>var secret = 'tracking';</script></head><body>"
        "<nav><a href='/'>Home</a><a>Cookie settings</a></nav>"
        "<main><h1>Serious Case Review</h1><p>Child Q was <b>harmed</b> at home.</p>"
        "<ul><li>First learning point.</li></ul></main>"
        "<footer>Copyright partnership</footer></body></html>",
        encoding="utf-8",
    )
    doc = read_document(path)
    text = "\n".join(doc.pages[0].lines)
    assert "Child Q was harmed at home." in text
    assert "First learning point." in text
    assert "Home" not in text and "tracking" not in text and "Copyright" not in text
    assert 0 in doc.pages[0].headings


def test_html_boxes_of_prose_inside_the_article_are_text_and_sidebars_are_not(tmp_path):
    """A family's account set in an <aside> within the article, and the article's own <header>
    with its title, are the report; a page sidebar, a box of links and a figure's caption are
    not."""
    path = tmp_path / "brief.html"
    path.write_text(
        "<html><body><header><nav><a href='/'>Home</a></nav>Site banner</header>"
        "<aside><p>Sign up to our newsletter for training dates and news.</p></aside>"
        "<main><article><header><h1>Learning brief: E</h1><p>Published 14 October 2026.</p>"
        "</header><p>E was twelve and loved football.</p>"
        "<figure><img src='t.png' alt='A timeline'><figcaption>Figure 1: the months before E "
        "told his teacher</figcaption></figure>"
        "<aside><h2>What E's family told us</h2><p>His parents had turned on the app's family "
        "settings, but nobody explained what they did not filter.</p></aside>"
        "<aside><h2>Related reviews</h2><p><a href='/a'>Child A, a review of neglect</a> "
        "<a href='/b'>Child B, a review of exploitation</a></p></aside>"
        "</article></main><footer>Copyright partnership</footer></body></html>",
        encoding="utf-8",
    )
    parsed = parse_file(path)
    texts = [s.text for s in parsed.sentences]
    assert any(t.startswith("His parents had turned on the app's family settings") for t in texts)
    # the article's dateline is read for the year and kept in the text, but is no sentence
    assert "Published 14 October 2026." in parsed.text and "Published" not in " ".join(texts)
    assert parsed.metadata.year == 2026
    assert parsed.metadata.title == "Learning brief: E"
    joined = " ".join(texts)
    assert "newsletter" not in joined and "Related reviews" not in joined
    assert "Child A, a review" not in joined and "Site banner" not in joined
    assert "Figure 1" not in joined
    assert "What E's family told us" in [s.heading for s in parsed.sections]


def test_html_accordion_buttons_head_their_panels(tmp_path):
    """A partnership page opens each section from a button above its panel: the button is the
    section's heading (its kind read as any heading's), not a control to drop. A button inside a
    heading leaves its text there; a button with no panel ("Print this page") is still dropped."""
    path = tmp_path / "child-n.html"
    path.write_text(
        "<html><body><div id='content'><h1>Child N</h1>"
        "<button type='button' onclick='print()'>Print this page</button>"
        "<button class='accordion'>What happened to N</button>"
        "<div class='panel'><p>A group of girls set up a chat to mock her.</p></div>"
        "<h2><button aria-expanded='false'>How services responded</button></h2>"
        "<div><p>The school recorded it as a friendship issue.</p></div>"
        "<button class='accordion'>Learning</button>"
        "<div class='panel'><ul><li>Ask who is contacting the child.</li></ul></div>"
        "</div></body></html>",
        encoding="utf-8",
    )
    parsed = parse_file(path)
    kinds = {s.heading: s.kind for s in parsed.sections}
    assert kinds["What happened to N"] == "practice_episodes"
    assert kinds["How services responded"] == "analysis"
    assert kinds["Learning"] == "learning"
    assert "Print this page" not in parsed.text
    assert [s.text for s in parsed.sentences] == [
        "A group of girls set up a chat to mock her.",
        "The school recorded it as a friendship issue.",
        "Ask who is contacting the child.",
    ]


def test_html_a_table_that_lays_out_the_page_is_read_as_the_page(tmp_path):
    """Older partnership sites set the page in a table: a cell of links beside a cell of headings
    and paragraphs, and a row of address and "last updated" under it. The headings head their
    sections, the paragraphs are sentences, the menu and the footer row are not text. A table of
    data whose cells each hold a paragraph (a Word table saved as a web page) stays rows."""
    path = tmp_path / "young-person-e.html"
    path.write_text(
        "<html><head><title>Hartwell Partnership - Young Person E</title></head><body>"
        "<table><tr><td colspan='2'><img src='logo.gif' alt='Hartwell Partnership'></td></tr>"
        "<tr><td><a href='/'>Home</a><br><a href='/reviews'>Case reviews</a></td>"
        "<td><h2>Young Person E: child safeguarding practice review</h2>"
        "<p>Hartwell Local Safeguarding Children Partnership. Published May 2026.</p>"
        "<h3>Background</h3><p>E is a girl who was thirteen. E lives with her mother.</p>"
        "<h3>The events</h3><p>E started streaming from her bedroom most evenings.</p>"
        "<table><tr><td><p>March 2025</p></td><td><p>Referral to social care</p></td></tr>"
        "<tr><td><p>July 2025</p></td><td><p>Recordings found</p></td></tr></table>"
        "</td></tr><tr><td colspan='2'><small>Hartwell Partnership, Town Hall. Page last "
        "updated 12 May 2026.</small></td></tr></table></body></html>",
        encoding="utf-8",
    )
    parsed = parse_file(path)
    kinds = {s.heading: s.kind for s in parsed.sections}
    assert kinds["Background"] == "background"
    assert kinds["The events"] == "practice_episodes"
    texts = [s.text for s in parsed.sentences]
    assert texts[0] == "E is a girl who was thirteen."
    assert "March 2025 | Referral to social care" in texts
    assert not any("Home" in t or "last updated" in t for t in texts)
    assert parsed.metadata.title == "Young Person E: child safeguarding practice review"
    assert parsed.metadata.child_pseudonyms == ["Young Person E"]


def test_docx_bold_lines_in_the_body_style_are_headings(tmp_path):
    """Many reports type their headings in bold in the body style: a short bold line is a
    heading; a bold sentence (emphasis) and a line only partly bold are text."""
    from docx import Document

    d = Document()
    d.add_paragraph("Ryan was sixteen when he was arrested in January 2026 at his home.")
    d.add_paragraph().add_run("Ryan's online world").bold = True
    d.add_paragraph("He spent most nights in a chat server run by older men.")
    d.add_paragraph().add_run("This was never asked about.").bold = True
    mixed = d.add_paragraph()
    mixed.add_run("Practice").bold = True
    mixed.add_run(" was good")
    d.add_paragraph().add_run("Practice").bold = True
    d.add_paragraph("The social worker did not ask what he did online.")
    path = tmp_path / "ryan.docx"
    d.save(str(path))
    parsed = parse_file(path)
    kinds = {s.heading: s.kind for s in parsed.sections}
    assert kinds["Ryan's online world"] == "background"
    assert kinds["Practice"] == "analysis"
    texts = [s.text for s in parsed.sentences]
    assert "This was never asked about." in texts
    assert "Practice was good" in texts
    assert "Ryan's online world" not in texts


def test_docx_headings_in_a_templates_own_styles_or_typed_larger_open_their_sections(tmp_path):
    """A partnership's Word template brings its own heading styles ("Report Heading", based on
    Heading 1), or sets an outline level on a paragraph, as Word's navigation pane lists them;
    other reports type their headings larger in the body style. All are headings, questions
    too; a larger sentence (a pull quote) and a bold date over a chronology's entry are not."""
    from docx import Document
    from docx.enum.style import WD_STYLE_TYPE
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    d = Document()
    own = d.styles.add_style("Report Heading", WD_STYLE_TYPE.PARAGRAPH)
    own.base_style = d.styles["Heading 1"]
    d.add_paragraph("Who is R?", style="Report Heading")
    d.add_paragraph("R is a girl of fourteen who lives with her father and has few friends.")
    d.add_paragraph().add_run("What happened to R?").font.size = Pt(16)
    d.add_paragraph("A man she met on a gaming site sent her money and asked for pictures.")
    d.add_paragraph().add_run("She had never told anyone before.").font.size = Pt(16)
    d.add_paragraph().add_run("3 March 2025").bold = True
    d.add_paragraph("The school nurse saw R and noted that she seemed withdrawn.")
    outlined = d.add_paragraph("Why was R at greater risk?")
    level = OxmlElement("w:outlineLvl")
    level.set(qn("w:val"), "0")
    outlined._p.get_or_add_pPr().append(level)
    d.add_paragraph("Her learning disability made it hard for her to see she was manipulated.")
    path = tmp_path / "r.docx"
    d.save(str(path))
    parsed = parse_file(path)
    sections = [(s.kind, s.heading) for s in parsed.sections]
    assert ("background", "Who is R?") in sections
    assert ("practice_episodes", "What happened to R?") in sections
    assert ("analysis", "Why was R at greater risk?") in sections
    texts = [s.text for s in parsed.sentences]
    assert not {"Who is R?", "What happened to R?", "Why was R at greater risk?"} & set(texts)
    assert "She had never told anyone before." in texts
    assert "3 March 2025" not in [h for _, h in sections]


WORD_XML = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)


def _word_paragraphs(*texts: str, style: str = "") -> str:
    style_xml = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return "".join(f"<w:p>{style_xml}<w:r><w:t>{text}</w:t></w:r></w:p>" for text in texts)


def test_a_word_cover_in_text_boxes_and_content_controls_reads_once(tmp_path):
    """Word covers set the partnership and title in a text box, which Word writes twice (as a
    drawing and as a fallback picture), or in a cover page's content control; its contents
    list is a content control too. Each cover line is read once, as a line of its own, so the
    title and partnership are found; the contents list's entries are no sentences."""
    from docx import Document
    from lxml import etree

    box = _word_paragraphs(
        "Marlow Fen Safeguarding Children Partnership",
        "Child Safeguarding Practice Review: Child T",
    )
    d = Document()
    anchor = d.add_paragraph()
    anchor._p.append(
        etree.fromstring(
            f'<w:r {WORD_XML}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
            f"<wps:txbx><w:txbxContent>{box}</w:txbxContent></wps:txbx></w:drawing></mc:Choice>"
            f"<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>{box}</w:txbxContent>"
            "</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
        )
    )
    cover = _word_paragraphs("Published October 2026")
    contents = _word_paragraphs("1. Why this review was held 3", "2. What happened 4", style="TOC1")
    for index, inner in enumerate((cover, contents), start=1):
        d.element.body.insert(
            index,
            etree.fromstring(f"<w:sdt {WORD_XML}><w:sdtContent>{inner}</w:sdtContent></w:sdt>"),
        )
    d.add_heading("1. Why this review was held", level=1)
    d.add_paragraph("T was fourteen when she was found at a station with a man of thirty-four.")
    d.add_heading("2. What happened", level=1)
    d.add_paragraph("A man posing as a scout followed her art page and paid her for drawings.")
    path = tmp_path / "t.docx"
    d.save(str(path))
    parsed = parse_file(path)
    assert parsed.metadata.title == "Child Safeguarding Practice Review: Child T"
    assert parsed.metadata.partnership == "Marlow Fen Safeguarding Children Partnership"
    assert parsed.metadata.year == 2026
    assert [s.text for s in parsed.sentences] == [
        "T was fourteen when she was found at a station with a man of thirty-four.",
        "A man posing as a scout followed her art page and paid her for drawings.",
    ]


def test_a_word_table_nested_in_a_cell_is_read_once(tmp_path):
    """A chronology whose last cell holds a table of its own (agency and event): the inner
    table's text belongs to that cell, once. It had been read three times: in the outer cell,
    as extra cells of the outer row, and as rows of its own."""
    from docx import Document

    d = Document()
    table = d.add_table(rows=3, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Date", "Event"
    table.cell(1, 0).text = "March 2025"
    table.cell(1, 1).text = "The school saw messages from an older man on her phone."
    table.cell(2, 0).text = "April 2025"
    inner = table.cell(2, 1).add_table(rows=2, cols=2)
    inner.cell(0, 0).text, inner.cell(0, 1).text = "Police", "Officers visited the home."
    inner.cell(1, 0).text, inner.cell(1, 1).text = "Health", "The GP saw her for low mood."
    path = tmp_path / "nested.docx"
    d.save(str(path))
    text = " ".join(s.text for s in parse_file(path).sentences)
    assert text.count("Officers visited the home.") == 1
    assert text.count("The GP saw her for low mood.") == 1
    assert "The school saw messages from an older man on her phone." in text


def test_html_saved_from_word_reads_bold_paragraphs_as_headings(tmp_path):
    """A review saved from Word as a web page has no heading tags: its headings are paragraphs
    set wholly in bold (<b>, <strong> or a bold style). As in a Word file, a bold sentence is
    emphasis and a paragraph only partly bold is text."""
    path = tmp_path / "kieran.htm"
    path.write_text(
        "<html><body><div class=WordSection1>"
        "<p class=MsoNormal><b><span style='font-size:12pt'>Kieran's world</span></b></p>"
        "<p class=MsoNormal>He joined a group chat run by older fans of the man.</p>"
        "<p class=MsoNormal><span style='font-weight: bold'>Analysis</span></p>"
        "<p class=MsoNormal><strong>This was never asked about.</strong></p>"
        "<p class=MsoNormal><b>Practice</b> was good</p>"
        "<p class=MsoNormal>The school dealt with the post as a matter of behaviour.</p>"
        "</div></body></html>",
        encoding="utf-8",
    )
    parsed = parse_file(path)
    assert [(s.kind, s.heading) for s in parsed.sections][-2:] == [
        ("background", "Kieran's world"),
        ("analysis", "Analysis"),
    ]
    texts = [s.text for s in parsed.sentences]
    assert "This was never asked about." in texts
    assert "Practice was good" in texts
    assert not {"Kieran's world", "Analysis"} & set(texts)


def test_html_folding_sections_and_key_facts(tmp_path):
    """A partnership page's <details> sections open with their <summary>, and a definition list
    of key facts reads as "Published: 9 September 2026", not as a word and a date apart."""
    path = tmp_path / "ellie.html"
    path.write_text(
        "<html><body><main><h1>Ellie: a local review</h1>"
        "<dl><dt>Partnership</dt><dd>Harrowfield Safeguarding Partnership</dd>"
        "<dt>Published</dt><dd>9 September 2026</dd></dl>"
        "<details open><summary>What happened</summary><p>Ellie met men through an app.</p>"
        "</details><details><summary>What we learned</summary>"
        "<p>Ask children which apps they use.</p></details></main></body></html>",
        encoding="utf-8",
    )
    parsed = parse_file(path)
    assert [s.heading for s in parsed.sections][1:] == ["What happened", "What we learned"]
    assert [s.kind for s in parsed.sections][-1] == "learning"
    texts = [s.text for s in parsed.sentences]
    # the key facts are the cover's labels: in the text, read for the metadata, no sentences
    assert "Partnership: Harrowfield Safeguarding Partnership" in parsed.text
    assert "Published: 9 September 2026" in parsed.text
    assert texts[0] == "Ellie met men through an app."
    assert "What happened" not in texts
    assert parsed.metadata.year == 2026
    # A description without a term, and a term without a description, are kept as they stand.
    odd = tmp_path / "odd.html"
    odd.write_text(
        "<html><body><main><h1>Review</h1><dl><dd>A lone description.</dd>"
        "<dt>A lone term.</dt></dl><p>The review found no harm online.</p></main></body></html>",
        encoding="utf-8",
    )
    odd_texts = [s.text for s in parse_file(odd).sentences]
    assert "A lone description." in odd_texts and "A lone term." in odd_texts


def test_a_definition_list_of_questions_over_paragraphs_reads_as_headings_and_paragraphs(
    tmp_path,
):
    """A summary page laid out as questions (<dt>) over paragraphs (<dd>): each question heads a
    section and each paragraph is read on its own. Joined as key facts are, two paragraphs under
    one question ran together into one sentence ("...was not invited.; Her mother felt...")."""
    path = tmp_path / "child-n.html"
    path.write_text(
        "<html><body><main><h1>Child N: summary</h1><dl>"
        "<dt>What happened?</dt>"
        "<dd>N was reported missing three times in the two months before she was hurt.</dd>"
        "<dd>A strategy discussion was held by video call, but the school was not invited.</dd>"
        "<dd>Her mother felt that she was searching for her daughter alone every time.</dd>"
        "<dt>Published</dt><dd>2 November 2026</dd>"
        "</dl></main></body></html>",
        encoding="utf-8",
    )
    parsed = parse_file(path)
    texts = [s.text for s in parsed.sentences]
    assert texts[:3] == [
        "N was reported missing three times in the two months before she was hurt.",
        "A strategy discussion was held by video call, but the school was not invited.",
        "Her mother felt that she was searching for her daughter alone every time.",
    ]
    assert "What happened?" in [s.heading for s in parsed.sections]
    # a short value under its term is still a key fact, read as one line
    assert "Published: 2 November 2026" in parsed.text


def test_underlined_headings_in_plain_text(tmp_path):
    """ "Introduction" over a line of "=" is a heading in plain-text reports and Markdown; rules
    of "=", "-" or "*" are decoration, never sentences."""
    for name in ("review.txt", "review.md"):
        path = tmp_path / name
        path.write_text(
            "Child W\n\nIntroduction\n============\n\nW is thirteen.\n\n"
            "Learning for the partnership\n----------------------------\n\n"
            "Schools should record sexualised behaviour.\n\n* * *\n\n____\n\nThe end.\n",
            encoding="utf-8",
        )
        parsed = parse_file(path)
        assert [s.heading for s in parsed.sections][1:] == [
            "Introduction",
            "Learning for the partnership",
        ], name
        texts = [s.text for s in parsed.sentences]
        assert parsed.metadata.child_pseudonyms == ["Child W"], name  # a label, no sentence
        assert texts == [
            "W is thirteen.",
            "Schools should record sexualised behaviour.",
            "The end.",
        ], name


def test_text_and_markdown_readers(tmp_path):
    md = tmp_path / "r.md"
    md.write_text(
        "# Introduction\n\nFirst page.\n\f## Findings\n\nSecond page.\n", encoding="utf-8"
    )
    doc = read_document(md)
    assert len(doc.pages) == 2
    assert doc.pages[0].lines[0] == "Introduction" and 0 in doc.pages[0].headings
    latin = tmp_path / "old.txt"
    latin.write_bytes("The caf\xe9 meeting was held in 2019.".encode("cp1252"))
    assert "café" in read_document(latin).pages[0].lines[0]


def test_markdown_sentences_read_without_bullets_emphasis_or_link_targets(tmp_path):
    md = tmp_path / "child-n.md"
    md.write_text(
        "# Child N\n\n*Published September 2025*\n\n## Findings\n\n"
        "- The school did **not** refer N to [Prevent](https://example.org/prevent).\n"
        "* Nobody asked what he did online.\n"
        "- 4 * 5 = 20 counts stay as written.\n",
        encoding="utf-8",
    )
    texts = [s.text for s in parse_file(md).sentences]
    assert texts == [  # the dateline is a label of the report, not a sentence
        "The school did not refer N to Prevent.",
        "Nobody asked what he did online.",
        "4 * 5 = 20 counts stay as written.",
    ]


def test_a_markdown_quotation_block_reads_as_the_childs_words_without_its_markers(tmp_path):
    """A review opening on the child's own words in quotation blocks: the words are sentences,
    the '>' markers are not part of them."""
    md = tmp_path / "child-t.md"
    md.write_text(
        "# Child T\n\n## T in her own words\n\n"
        '> "He was my best friend in the game.\n> He said I was grown up."\n\n'
        '>> "I didn\'t tell Mum."\n\n## What happened\n\nT is twelve.\n',
        encoding="utf-8",
    )
    texts = [s.text for s in parse_file(md).sentences]
    assert texts == [
        '"He was my best friend in the game.',
        'He said I was grown up."',
        '"I didn\'t tell Mum."',
        "T is twelve.",
    ]


def test_markdown_front_matter_is_the_cover_not_text(tmp_path):
    """A page exported from a site's content system opens with YAML front matter: its title,
    partnership and date are the review's, and none of its fields is a sentence."""
    md = tmp_path / "child-d.md"
    md.write_text(
        '---\ntitle: "Child Safeguarding Practice Review: Child D"\n'
        'partnership: "Kelderby Safeguarding Children Partnership"\ndate: 2026-10-14\n'
        "layout: review\ntags: [eating disorders]\n---\n\n# Child D\n\n## What happened\n\n"
        "Child D was fifteen when she was admitted to hospital.\n",
        encoding="utf-8",
    )
    parsed = parse_file(md)
    assert parsed.metadata.title == "Child Safeguarding Practice Review: Child D"
    assert parsed.metadata.partnership == "Kelderby Safeguarding Children Partnership"
    assert parsed.metadata.year == 2026
    assert [s.text for s in parsed.sentences] == [
        "Child D was fifteen when she was admitted to hospital."
    ]


@pytest.mark.parametrize(
    "opening",
    ["---\njust: [an, unclosed\n---\n", "---\n- a list\n- not fields\n---\n"],
    ids=["bad-yaml", "not-a-mapping"],
)
def test_markdown_opening_block_that_is_not_front_matter_is_read_as_text(tmp_path, opening):
    md = tmp_path / "child-f.md"
    md.write_text(opening + "\n## Findings\n\nNobody asked F what she did online.\n")
    texts = [s.text for s in parse_file(md).sentences]
    assert texts[-1] == "Nobody asked F what she did online."


def test_html_site_lines_under_the_article_are_not_text(tmp_path):
    """Share links, "last updated" lines and the link to the report's file sit under every page
    of a site; a sentence that only begins like them is the review's."""
    page = tmp_path / "child-a.html"
    page.write_text(
        "<html><body><main><article><h1>Learning summary: Child A</h1><h2>What happened</h2>"
        "<p>Child A was fourteen when a profile asked him for a picture.</p>"
        "<h2>What to do</h2><p>Share this learning with your team.</p></article>"
        "<p>Share this page on Facebook, X or LinkedIn.</p>"
        "<p>Download the full report (PDF, 450 KB)</p>"
        "<p>This page was last updated on 2 October 2026.</p><p>Back to top</p></main>"
        "</body></html>",
        encoding="utf-8",
    )
    assert [s.text for s in parse_file(page).sentences] == [
        "Child A was fourteen when a profile asked him for a picture.",
        "Share this learning with your team.",
    ]


def test_html_breadcrumb_trails_and_cookie_notices_are_not_text(tmp_path):
    """Where the page sits in the site, whether the site marks its trail or not, and the
    site's cookie notice, in a page with no <main> to read alone, are no sentences of the
    review."""
    page = tmp_path / "child-b.html"
    page.write_text(
        '<html><body class="cookies-pending"><div id="CookieBanner"><p>We use some essential '
        "cookies to make this website work.</p><p>We would also like to set analytics cookies."
        "</p></div>"
        '<div class="govuk-breadcrumbs"><ol><li><a href="/">Home</a></li>'
        '<li><a href="/reviews">Reviews</a></li></ol></div>'
        '<p class="trail"><a href="/">Home</a> &gt; <a href="/reviews">Practice reviews</a>'
        " &gt; Child B</p><h1>Learning summary: Child B</h1>"
        "<p>Child B was twelve when a stranger in a game asked him for a picture.</p>"
        '<div role="dialog"><p>Your cookie preferences have been saved.</p></div>'
        "</body></html>",
        encoding="utf-8",
    )
    assert [s.text for s in parse_file(page).sentences] == [
        "Child B was twelve when a stranger in a game asked him for a picture."
    ]


def test_html_headings_marked_for_screen_readers_head_their_sections(tmp_path):
    """A site that marks headings only with role="heading" and aria-level: the sections are
    found, and the bare letter closing the title, used for the child in the text, is the
    child's pseudonym."""
    page = tmp_path / "ashgrove-g.html"
    page.write_text(
        '<html><body><div id="content"><div role="heading" aria-level="1">Rapid review: G</div>'
        "<p>Ashgrove Children's Safeguarding Partnership, May 2026</p>"
        '<div role="heading" aria-level="2">Introduction</div>'
        "<p>This rapid review looks at what happened to G, a girl of fifteen.</p>"
        '<div class="sec" role="heading" aria-level="2">What agencies knew</div>'
        "<p>The school knew about the account from December.</p>"
        '<div role="heading" aria-level="3">The school</div><p>Staff spoke to G twice.</p>'
        "</div></body></html>",
        encoding="utf-8",
    )
    parsed = parse_file(page)
    assert [(s.kind, s.heading) for s in parsed.sections] == [
        ("front", "Rapid review: G"),
        ("introduction", "Introduction"),
        ("analysis", "What agencies knew"),
        ("analysis", "The school"),
    ]
    assert parsed.metadata.child_pseudonyms == ["G"]


@pytest.mark.parametrize(
    ("title", "names"),
    [("Rapid review: G", ["G"]), ("Serious Case Review: Part A", [])],
)
def test_a_bare_letter_closing_the_title_is_the_child_only_when_the_text_calls_them_so(
    tmp_path, title, names
):
    page = tmp_path / "review.html"
    page.write_text(
        f"<html><body><main><h1>{title}</h1><p>Ashgrove Safeguarding Children Partnership</p>"
        "<h2>What happened</h2><p>G moved schools in Year 10.</p><p>G stopped going to lunch."
        "</p><p>Part A of this report sets out the chronology.</p></main></body></html>",
        encoding="utf-8",
    )
    assert parse_file(page).metadata.child_pseudonyms == names


def test_a_numbered_lead_in_before_nested_bullets_is_text_not_a_heading(tmp_path):
    """ "2. When the incident was reported, agencies:" opens a list, not a section: it stays a
    sentence, and the bullets under it stay in the findings."""
    md = tmp_path / "child-z.md"
    md.write_text(
        "# Rapid review: Child Z\n\n## Findings\n\n1. The school treated it as bad behaviour.\n"
        "2. When the incident was reported, agencies:\n    - did not ask where he had learned "
        "it;\n    - did not look at the cousin's phone.\n",
        encoding="utf-8",
    )
    parsed = parse_file(md)
    assert [s.heading for s in parsed.sections][-1] == "Findings"
    assert "2. When the incident was reported, agencies:" in [s.text for s in parsed.sentences]


def test_a_plain_text_practice_heading_alone_on_its_line_opens_the_analysis(tmp_path):
    """A case system's export: "Practice" alone on its line, tab-indented paragraphs and Windows
    line endings. The word heads the review's reading of what professionals did; it is no
    sentence of its own."""
    txt = tmp_path / "child-x.txt"
    txt.write_bytes(
        (
            "Child Safeguarding Practice Review - Child X\n\nSummary\n\tX was fifteen.\n\n"
            "Practice\n\tStaff described X as choosing to spend time with older friends.\n"
        )
        .replace("\n", "\r\n")
        .encode("utf-8")
    )
    parsed = parse_file(txt)
    assert "Practice" not in [s.text for s in parsed.sentences]
    assert ("analysis", "Practice") in [(s.kind, s.heading) for s in parsed.sections]


def test_a_markdown_tables_rows_are_sentences_of_their_own(tmp_path):
    """A timeline table: each row is read like an HTML table row, not run together with the
    next; the header row and the rule under it are not text."""
    md = tmp_path / "child-b.md"
    md.write_text(
        "# Child B\n\n## Timeline\n\n| When | What happened |\n|---|:---:|\n"
        "| March 2024 | The nurse saw **B** at school. |\n| June 2024 | B went missing. |\n\n"
        "A 4 | 5 split stays as written.\n",
        encoding="utf-8",
    )
    texts = [s.text for s in parse_file(md).sentences]
    assert texts == [
        "March 2024 | The nurse saw B at school.",
        "June 2024 | B went missing.",
        "A 4 | 5 split stays as written.",
    ]


def _question_table(tmp_path, fmt: str, rows=None):
    rows = rows or [
        ("Question", "What we found"),
        ("Was information shared?", "The police did not tell the school for two weeks."),
        ("Did the school act?", "It did not make a referral."),
    ]
    if fmt == "docx":
        from docx import Document

        d = Document()
        d.add_paragraph("Key lines of enquiry")
        table = d.add_table(rows=len(rows), cols=len(rows[0]))
        for i, row in enumerate(rows):
            for j, cell in enumerate(row):
                table.cell(i, j).text = cell
        path = tmp_path / "m.docx"
        d.save(str(path))
    else:
        head, *body = rows
        cells = "<tr>" + "".join(f"<th>{c}</th>" for c in head) + "</tr>"
        cells += "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in body)
        path = tmp_path / "m.html"
        path.write_text(
            f"<html><body><main><h1>Key lines of enquiry</h1><table>{cells}</table></main>"
            "</body></html>",
            encoding="utf-8",
        )
    return parse_file(path)


@pytest.mark.parametrize("fmt", ["docx", "html"])
def test_a_table_row_of_a_question_and_its_answer_is_two_sentences(tmp_path, fmt):
    """A rapid review's findings as a table of questions: a cell that ends a sentence is not
    run into the next, so the answer is a sentence of its own and is coded as one. The row naming
    the columns is in the text, its cells joined by a bar, but is no sentence to code or quote."""
    review = _question_table(tmp_path, fmt)
    texts = [s.text for s in review.sentences]
    assert "Question | What we found" in review.text
    assert "Question | What we found" not in texts
    assert "Was information shared?" in texts
    assert "The police did not tell the school for two weeks." in texts
    assert "It did not make a referral." in texts


@pytest.mark.parametrize("fmt", ["docx", "html"])
def test_an_agency_column_after_the_event_stays_in_its_row(tmp_path, fmt):
    """A chronology whose last column names the agency: after an event that ends a sentence,
    "Police" or "None" is a cell of the row, not a sentence of its own."""
    rows = [
        ("Date", "What happened", "Agency"),
        ("3 May 2024", "A man sent her money for phone credit.", "None"),
        ("9 May 2024", "She was reported missing overnight.", "Police"),
    ]
    texts = [s.text for s in _question_table(tmp_path, fmt, rows).sentences]
    assert texts[-2:] == [
        "3 May 2024 | A man sent her money for phone credit. | None",
        "9 May 2024 | She was reported missing overnight. | Police",
    ]
    assert "None" not in texts and "Police" not in texts


@pytest.mark.parametrize("fmt", ["docx", "html"])
def test_a_head_may_be_a_short_phrase_where_three_columns_are_named(tmp_path, fmt):
    """ "Summary of contact and outcome" names a column as surely as "What happened" does, where
    it stands beside two other heads: the row is text, not a sentence to code."""
    rows = [
        ("Date", "Agency", "Summary of contact and outcome"),
        ("3 May 2024", "School", "She told her tutor a man online had sent her money."),
    ]
    review = _question_table(tmp_path, fmt, rows)
    texts = [s.text for s in review.sentences]
    assert "Date | Agency | Summary of contact and outcome" in review.text
    assert not any(t.startswith("Date | Agency") for t in texts)
    assert "3 May 2024 | School | She told her tutor a man online had sent her money." in texts


@pytest.mark.parametrize("fmt", ["docx", "html"])
@pytest.mark.parametrize(
    "first",
    [
        ("3 May 2024", "GP", "Seen with a rash on her arms"),
        ("Mother", "School", "asked for help with his phone use at home"),
    ],
)
def test_a_tables_first_row_of_events_stays_a_sentence(tmp_path, fmt, first):
    """Only a head of labels is taken out: a first row that records something (a date, a
    phrase that runs on in lower case) is the review's own."""
    rows = [first, ("4 May", "School", "Absent")]
    texts = [s.text for s in _question_table(tmp_path, fmt, rows).sentences]
    assert " | ".join(first) in texts


def _titled_table(tmp_path, fmt: str) -> Path:
    """A chronology whose first row is a title merged across its three columns, then the
    column heads, an event, a merged row dividing the periods, a merged note that says something,
    and another event."""
    title, divider = "Chronology of key events", "After the referral"
    note = "The family moved to a new address during this period."
    heads = ("Date", "Agency", "What happened")
    first = ("3 May 2024", "School", "She told her tutor a man online had sent her money.")
    last = ("9 June 2024", "Police", "She was reported missing overnight.")
    if fmt == "docx":
        from docx import Document

        d = Document()
        d.add_paragraph("Key events")
        table = d.add_table(rows=7, cols=3)
        for i, row in ((1, heads), (2, first), (6, last)):
            for j, cell in enumerate(row):
                table.cell(i, j).text = cell
        for i, text in ((0, title), (3, divider), (4, note)):
            table.cell(i, 0).merge(table.cell(i, 2)).text = text
        table.cell(5, 0).text = "10 May 2024"  # a row of one filled cell, not merged
        path = tmp_path / "t.docx"
        d.save(str(path))
        return path

    def row(cells: tuple[str, ...], tag: str = "td") -> str:
        return "<tr>" + "".join(f"<{tag}>{c}</{tag}>" for c in cells) + "</tr>"

    merged = "<tr><td colspan='3'>{}</td></tr>".format
    body = (
        f"<caption>{title}</caption>{row(heads, 'th')}{row(first)}{merged(divider)}"
        f"{merged(note)}<tr><td>10 May 2024</td><td></td><td></td></tr>{row(last)}"
    )
    path = tmp_path / "t.html"
    path.write_text(
        f"<html><body><main><h1>Key events</h1><table>{body}</table></main></body></html>",
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize("fmt", ["docx", "html"])
def test_a_tables_title_and_dividers_are_text_but_no_sentences(tmp_path, fmt):
    """A title set across a table ("Chronology of key events", in a merged first row or an HTML
    caption) and a merged row dividing its periods name the rows; they are in the text but no
    sentences, so they neither count towards a review's length nor wait in a queue. The heads
    under the title still name the columns. A merged row that says something is a sentence."""
    review = parse_file(_titled_table(tmp_path, fmt))
    texts = [s.text for s in review.sentences]
    for label in (
        "Chronology of key events",
        "After the referral",
        "Date | Agency | What happened",
    ):
        assert label in review.text
        assert label not in texts
    assert "The family moved to a new address during this period." in texts
    assert "3 May 2024 | School | She told her tutor a man online had sent her money." in texts
    assert "9 June 2024 | Police | She was reported missing overnight." in texts
    assert "10 May 2024" in review.text


def test_a_malformed_cell_span_reads_the_row_as_an_ordinary_one(tmp_path):
    """A span that is no number (colspan="two", a Word gridSpan of "x") is read as no span: the
    row is read, as a sentence if it is one, and the file is not refused."""
    page = tmp_path / "spans.html"
    page.write_text(
        "<html><body><main><h1>Key events</h1><table>"
        "<tr><td colspan='two'>Chronology of key events</td></tr><tr><td colspan=''>x</td></tr>"
        "<tr><td>3 May 2024</td><td>She told her tutor a man had sent her money.</td></tr>"
        "</table></main></body></html>",
        encoding="utf-8",
    )
    texts = [s.text for s in parse_file(page).sentences]
    assert "Chronology of key events" in texts
    assert "3 May 2024 | She told her tutor a man had sent her money." in texts

    from docx import Document
    from docx.oxml.ns import qn

    d = Document()
    table = d.add_table(rows=2, cols=2)
    merged = table.cell(0, 0).merge(table.cell(0, 1))
    merged.text = "Chronology of key events"
    table.cell(1, 0).text, table.cell(1, 1).text = "3 May 2024", "She was reported missing."
    merged._tc.tcPr.find(qn("w:gridSpan")).set(qn("w:val"), "x")
    path = tmp_path / "spans.docx"
    d.save(str(path))
    texts = [s.text for s in parse_file(path).sentences]
    assert "Chronology of key events" in texts
    assert "3 May 2024 | She was reported missing." in texts


WIDE, NARROW = (25, 40, 115), (25, 30, 60)  # the events wrap to two lines, or three
DATES_WRAP = (10, 30, 60)  # "17 Mar" / "2025"
CHRONOLOGY = [
    ("Date", "Source", "What happened"),
    ("3 Feb 2025", "School", "Her tutor records that Child M is falling asleep in lessons."),
    (
        "17 Mar 2025",
        "Police report, read after the arrest",
        "A man she knew from a gaming site sends her money for credit and asks her to keep "
        "their chats secret from her mother.",
    ),
    ("2 Apr 2025", "GP", "Seen with her mother about headaches."),
    (
        "9 May 2025",
        "Children's social care",
        "The referral from school is closed after one visit, because Child M says she is fine "
        "and her mother agrees that nothing more is needed.",
    ),
]


@pytest.mark.parametrize(
    ("v_align", "text_align", "heads_align", "last_head", "col_widths"),
    [
        ("MIDDLE", "LEFT", None, "What happened", WIDE),
        ("TOP", "LEFT", None, "What happened", WIDE),
        ("MIDDLE", "JUSTIFY", None, "What happened", WIDE),
        ("TOP", "LEFT", "CENTER", "What happened", WIDE),
        ("TOP", "LEFT", None, "Summary of contact and outcome", WIDE),
        ("MIDDLE", "LEFT", None, "What happened", NARROW),
        ("TOP", "LEFT", None, "What happened", NARROW),
        ("MIDDLE", "LEFT", None, "What happened", DATES_WRAP),
        ("TOP", "LEFT", None, "What happened", DATES_WRAP),
    ],
)
def test_a_pdf_tables_rows_read_whole_under_their_column_heads(
    tmp_path, v_align, text_align, heads_align, last_head, col_widths
):
    """A chronology table in a PDF: cells that wrap, dates set beside the middle of their row's
    text (whose first line then sits above the date, and may be nearer the row above than its
    own date), heads centred over their columns, a head that is a short phrase over a wide
    column, and dates that wrap in a narrow column ("17 Mar" / "2025"), read row by row like a
    Word table's rows, so that the source that wrapped is not a
    scrap of its own and the event is one sentence. The row naming the columns is text but no
    sentence; the paragraphs and heading around the table read as they always did."""
    path = make_table_pdf(
        tmp_path / "child-m.pdf",
        [("Date", "Source", last_head), *CHRONOLOGY[1:]],
        before=["## 2 Chronology", "The table sets out the key events the review looked at."],
        after=["## 3 Analysis", "No agency asked Child M who she was talking to online."],
        v_align=v_align,
        text_align=text_align,
        heads_align=heads_align,
        col_widths=col_widths,
    )
    review = parse_file(path)
    texts = [s.text for s in review.sentences]
    assert texts == [
        "The table sets out the key events the review looked at.",
        "3 Feb 2025 | School | Her tutor records that Child M is falling asleep in lessons.",
        "17 Mar 2025 | Police report, read after the arrest | A man she knew from a gaming site "
        "sends her money for credit and asks her to keep their chats secret from her mother.",
        "2 Apr 2025 | GP | Seen with her mother about headaches.",
        "9 May 2025 | Children's social care | The referral from school is closed after one "
        "visit, because Child M says she is fine and her mother agrees that nothing more is "
        "needed.",
        "No agency asked Child M who she was talking to online.",
    ]
    assert f"Date | Source | {last_head}" in review.text
    assert (review.sections[-1].heading, review.sections[-1].kind) == ("3 Analysis", "analysis")


@pytest.mark.parametrize("repeat_heads", [True, False])
def test_a_pdf_table_over_two_pages_reads_whole_on_each(tmp_path, repeat_heads):
    """A long chronology runs on to a second page, under its heads repeated or (as Word sets a
    table by default) not, between a running header and page numbers: every row on both pages
    is read whole, on its own page, and the running lines stay out of the rows."""
    rows = [CHRONOLOGY[0]] + [
        (
            f"{day % 28 + 1} Jun 2025",
            "School",
            f"Entry {day}: Child M is absent and her mother is told.",
        )
        for day in range(1, 49)
    ]
    path = make_table_pdf(
        tmp_path / "long.pdf",
        rows,
        before=["## Chronology"],
        after=["## Analysis", "The school did not ask Child M why she was missing."],
        repeat_heads=repeat_heads,
        running="Learning review: Child M",
    )
    review = parse_file(path)
    entries = [s for s in review.sentences if "| School | Entry" in s.text]
    assert [s.text for s in entries] == [
        f"{day % 28 + 1} Jun 2025 | School | Entry {day}: Child M is absent and her mother is told."
        for day in range(1, 49)
    ]
    assert {s.page for s in entries} == {1, 2}
    assert not any("Learning review" in s.text or "Page " in s.text for s in review.sentences)
    assert review.sentences[-1].text == "The school did not ask Child M why she was missing."


def _narrow_chronology(tmp_path, rows, **layout):
    """A report whose chronology table's events wrap in a narrow column."""
    return make_table_pdf(
        tmp_path / "chronology.pdf",
        rows,
        before=["## Chronology"],
        after=["## Analysis", "No one asked Child M who she was talking to."],
        col_widths=NARROW,
        **layout,
    )


@pytest.mark.parametrize("v_align", ["MIDDLE", "TOP"])
def test_a_pdf_table_of_long_and_short_events_reads_whole_rows_on_every_page(tmp_path, v_align):
    """A chronology whose events run from three words to five lines, over two pages without its
    heads repeated: set in the middle of their cells, the long events start above their dates
    and end below them, and a one-line event between two long ones sits between their
    overhangs; every row is still read whole, on both pages."""
    story = "the man kept messaging her late at night and asked her to keep it a secret"
    words = story.split(" ")
    lengths = [3, 15, 25, 8, 35, 3, 45, 15, 25, 3, 35, 8]
    rows = [("Date", "Agency", "What happened")] + [
        (
            f"{day} May 2025",
            ["GP", "School", "Police report, read after the arrest"][day % 3],
            " ".join(words[(day + i) % len(words)] for i in range(length)).capitalize() + ".",
        )
        for day, length in enumerate(lengths * 2, start=1)
    ]
    review = parse_file(_narrow_chronology(tmp_path, rows, v_align=v_align, repeat_heads=False))
    text = " ".join(s.text for s in review.sentences)
    assert [row for row in map(" | ".join, rows[1:]) if row not in text] == []
    assert {s.page for s in review.sentences if " May 2025 | " in s.text} == {1, 2}


def test_a_pdf_table_set_in_the_middle_without_a_sign_of_it_reads_whole_rows(tmp_path):
    """Set in the middle, events of three lines each put their dates level with their second
    lines, so no date shows that the table is set that way; taken as set at the top, its rows
    would open with the events' second lines in lower case, as prose set in columns does. It
    is read as set in the middle, each row whole."""
    event = (
        "Child M tells her tutor that a man she met through a game has been sending her money "
        "for phone credit and asks her to keep it from her mother, day {}."
    )
    rows = [("Date", "Agency", "What happened")] + [
        (f"{day} May 2025", "School", event.format(day)) for day in range(1, 7)
    ]
    texts = [
        s.text for s in parse_file(_narrow_chronology(tmp_path, rows, v_align="MIDDLE")).sentences
    ]
    assert [t for t in texts if " May 2025 | " in t] == [" | ".join(row) for row in rows[1:]]


def test_prose_after_a_pdf_table_reads_in_whole_sentences(tmp_path):
    """A two-page report whose title runs as its header, with a chronology table and findings
    after it: the table's long rows do not make every wrapped line of the findings look short
    (each would end its paragraph mid-sentence), a finding that opens with its label runs on to
    its next line, and the title at the top of both pages is no sentence."""
    title = "Child Safeguarding Practice Review: Child M"
    rows = [CHRONOLOGY[0]] + [
        (f"{day} Jun 2025", "School", f"Entry {day}: Child M is absent and her mother is told.")
        for day in range(1, 41)
    ]
    finding = (
        "Key learning: The school saw a change in Child M over two months and read each sign on "
        "its own, so that tiredness, falling out with friends and crying were put down to the "
        "move to secondary school."
    )
    after = (
        "The teaching assistant who found her crying did not know what to ask, and the records "
        "did not bring the entries together so that anyone could see the pattern of her messages."
    )
    path = make_table_pdf(
        tmp_path / "child-m.pdf",
        rows,
        before=["## Chronology"],
        after=["## Findings", finding, after],
        repeat_heads=False,
        running=title,
    )
    review = parse_file(path)
    texts = [s.text for s in review.sentences]
    assert texts[-2:] == [finding.removeprefix("Key learning: "), after]
    assert {s.page for s in review.sentences} == {1, 2}
    assert title not in texts


WRAPPED_HEADS = [
    # a head of two lines, the others between its lines when set in the middle
    (("Date", "Agency involved in the contact", "What happened"), (25, 25, 60)),
    # a head of three lines
    (("Date", "Agency or service involved in the contact", "What happened"), (25, 18, 60)),
    # two heads of two lines over a head of one
    (
        ("Date and time of the event", "Source of the information", "Summary of contact"),
        (12, 18, 60),
    ),
    # the first column's head wraps, and the heads fill their cells, a padding apart
    (("Date of the contact", "Agency", "What happened"), (12, 30, 60)),
]


@pytest.mark.parametrize("v_align", ["MIDDLE", "TOP"])
@pytest.mark.parametrize(("heads", "col_widths"), WRAPPED_HEADS)
def test_a_pdf_tables_heads_that_wrap_in_their_cells_name_its_columns(
    tmp_path, v_align, heads, col_widths
):
    """Heads too long for their cells wrap; set in the middle, a long head starts above the
    others and ends below them, and heads that fill their cells sit only the cells' padding
    apart. The table is still found, its heads read whole and every row under them whole."""
    path = make_table_pdf(
        tmp_path / "chronology.pdf",
        [heads, *CHRONOLOGY[1:]],
        before=["## 2 Chronology", "The table sets out the key events."],
        after=["## 3 Analysis", "No agency asked Child M who she was talking to online."],
        v_align=v_align,
        col_widths=col_widths,
    )
    review = parse_file(path)
    assert [s.text for s in review.sentences] == [
        "The table sets out the key events.",
        *(" | ".join(row) for row in CHRONOLOGY[1:]),
        "No agency asked Child M who she was talking to online.",
    ]
    assert " | ".join(heads) in review.text


def test_a_pdf_tables_rows_cut_by_page_breaks_read_whole_where_they_start(tmp_path):
    """Word and LibreOffice let a table's row break across pages by default: here the fifth
    row's agency ("Children's social" / "care services") and its event go on at the top of the
    next page, under the running header and without the heads, each line of a cell with its
    trailing space, and only two more rows follow. Every row is read whole, on the page where
    it starts, its cells mended across the break, and the running header stays out of it."""
    people = ["nurse", "teacher", "officer", "coach", "neighbour", "aunt", "youth worker"]
    gifts = ["phone credit", "a new phone", "gift cards", "clothes", "train tickets"]
    rows = [("Date", "Agency", "What happened")] + [
        (
            f"{day} May 2025",
            "Children's social care services" if day == 5 else ["GP", "School", "Police"][day % 3],
            f"Child M tells the {people[day % 7]} that a man she met through a game sends her "
            f"{gifts[day % 5]}, asks her to keep it from her {['mother', 'father'][day % 2]} and "
            "wants to meet her"
            + ", and the worry is recorded but not passed on" * (1 + day % 2)
            + ".",
        )
        for day in range(1, 8)
    ]
    path = make_row_breaking_pdf(
        tmp_path / "chronology.pdf",
        rows,
        before=["Chronology", "The table sets out the key events."],
        after=["Analysis", "No one asked Child M who she was talking to."],
    )
    second_page = pdfium.PdfDocument(path)[1].get_textpage().get_text_range().splitlines()
    assert second_page[1].startswith("care services")  # the cut falls there, as built
    review = parse_file(path)
    entries = [s for s in review.sentences if " May 2025 | " in s.text]
    assert [(s.text, s.page) for s in entries] == [
        (" | ".join(row), 1 if day <= 5 else 2) for day, row in enumerate(rows[1:], start=1)
    ]
    assert not any("OFFICIAL" in s.text for s in review.sentences)


def test_a_libreoffice_pdfs_chronology_reads_whole_rows_over_three_pages():
    """A Word review exported to PDF by LibreOffice (unseen set BV): its chronology runs over
    three pages under an "OFFICIAL" header, two rows cut by the page breaks, and each line of a
    cell ends in a space, so a cell line ending "begins. " has its last letter well inside its
    box. Every row reads whole on the page where it starts, the cut rows' sentences running on
    across the break."""
    path = Path(__file__).parent / "data" / "unseen-bv" / "mossfield-child-t.pdf"
    sentences = parse_file(path).sentences
    rows = [(s.page, s.text.split(" | ")[0]) for s in sentences if " | " in s.text]
    assert rows == [
        (2, "June 2024"),
        (2, "July 2024"),
        (3, "September 2024"),
        (3, "November 2024"),
        (3, "January 2025"),
        (3, "January 2025"),
        (4, "February 2025"),
        (4, "March 2025"),
    ]
    texts = [(s.page, s.text) for s in sentences]
    assert (
        2,
        "Her weight is low but her heart rate and blood tests are normal, so she is placed on "
        "the routine list for family therapy, with a wait of fourteen weeks.",
    ) in texts
    assert (
        3,
        "January 2025 | Hospital | A nurse sees messages arriving on T's phone from a contact "
        "saved as Coach, telling her she has failed and must send a photo before breakfast.",
    ) in texts
    assert not any("OFFICIAL" in text for _, text in texts)


def test_a_web_page_saved_as_pdf_by_a_browser_loses_what_the_browser_printed(tmp_path):
    """Analysts often keep a partnership's page as the PDF their browser prints: Chromium puts
    the date and time and the page's title at the top of each page, and its address and the
    page count at the foot. The website adds its menu above the page's title and its footer
    below the text. Those lines are no sentences; the page's own text is read whole, and the
    page's headings, set larger, are headings ("Why was R at greater risk?" no sentence)."""
    chromium = Path(os.environ.get("CASEBRIEF_CHROMIUM", "/usr/bin/chromium"))
    assert chromium.exists(), f"{chromium} is missing: install it with `apt-get install chromium`."
    story = (
        "Child R was fourteen when two boys in her year put her photo through an app that "
        "removes clothing, and the fake picture went round her year group's chat. "
    )
    html = tmp_path / "briefing.html"
    html.write_text(
        "<html><head><title>Practice briefing: Child R</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/about'>About us</a> <a href='/reviews'>Reviews</a> "
        "<a href='/contact'>Contact</a></nav>"
        "<h1>Practice briefing: Child R</h1>"
        + "".join(f"<h2>Part {n}</h2><p>{story * 6}</p>" for n in range(1, 8))
        + f"<h2>Why was R at greater risk?</h2><p>{story * 6}</p>"
        + "<footer><p>Registered office: Station Road, Ashford Vale.</p></footer>"
        + "</body></html>",
        encoding="utf-8",
    )
    pdf = tmp_path / "briefing.pdf"
    subprocess.run(
        [
            str(chromium),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            f"--print-to-pdf={pdf}",
            html.as_uri(),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    review = parse_file(pdf)
    texts = [s.text for s in review.sentences]
    assert len({s.page for s in review.sentences}) >= 2
    assert not any("file://" in t or re.search(r"\d{1,2}:\d{2}", t) for t in texts)
    assert not any("About us" in t or "Registered office" in t for t in texts)
    assert texts.count(story.strip()) == 48
    assert "Why was R at greater risk?" not in texts
    assert ("analysis", "Why was R at greater risk?") in [
        (section.kind, section.heading) for section in review.sections
    ]


STORY = (
    "N was fifteen when a man she met in a game's chat began to message her every night, and "
    "within a month he had persuaded her to send him pictures of herself. "
)


def test_a_pdfs_headings_set_larger_or_in_bold_open_their_sections(tmp_path):
    """A PDF marks no headings, and a heading that is a question or names no known part ("Why
    was N at greater risk?", "What the school saw") reads like a sentence. Set larger than the
    body, or in bold at its size, it is a heading: no sentence, and it opens its section. A
    heading that wraps is one heading; a bold sentence, a large pull quote that ends in a full
    stop (inside its quotation marks too) and a footnote in small type stay text."""
    pdf = make_styled_pdf(
        tmp_path / "styled.pdf",
        [
            ("title", "Learning review"),
            ("title", "Child N"),
            ("plain heading", "Who is N?"),
            ("body", STORY * 3),
            ("heading", "What the school saw"),
            ("body", STORY * 2),
            ("bold", "The school did not ask who the man was."),
            ("body", STORY * 2),
            ("plain heading", "Why was N at greater risk?"),
            ("body", STORY * 2),
            ("plain heading", "The pictures reached her whole year group within a day."),
            ("plain heading", '"Nobody ever asked me who he was."'),
            ("note", "Interview with the designated safeguarding lead"),
            (
                "heading",
                "What the partnership will now do for children like N",
            ),
            ("body", STORY * 2),
        ],
        width=70,
    )
    review = parse_file(pdf)
    texts = [s.text for s in review.sentences]
    headings = [(section.kind, section.heading) for section in review.sections]
    for heading in ("Who is N?", "What the school saw", "Why was N at greater risk?"):
        assert heading not in texts
        assert heading in [h for _, h in headings]
    assert ("analysis", "Why was N at greater risk?") in headings
    wrapped = "What the partnership will now do for children like N"
    assert wrapped in [h for _, h in headings]
    assert "The school did not ask who the man was." in texts
    assert "The pictures reached her whole year group within a day." in texts
    assert '"Nobody ever asked me who he was."' in texts  # a quotation's stop, inside its marks
    assert texts.count(STORY.strip()) == 11


def test_a_pdfs_bold_sub_heading_of_no_kind_belongs_to_the_larger_heading_above_it(tmp_path):
    """ "What the school knew" in bold at the body's size under "4. Analysis" set larger names no
    kind of section: its sentences are still the analysis's, as under Word's heading levels."""
    pdf = make_styled_pdf(
        tmp_path / "levels.pdf",
        [
            ("title", "Learning review: Child N"),
            ("heading", "3. What happened"),
            ("body", STORY * 2),
            ("heading", "4. Analysis"),
            ("bold", "What the school knew"),
            ("body", "The school knew that N was tired in lessons and did not ask why."),
            ("bold", "What the police knew"),
            ("body", "The police did not link the man's account to other reports."),
        ],
    )
    review = parse_file(pdf)
    kinds = {s.text: review.sections[s.section].kind for s in review.sentences}
    assert kinds["The school knew that N was tired in lessons and did not ask why."] == "analysis"
    assert kinds["The police did not link the man's account to other reports."] == "analysis"
    assert "What the school knew" in [section.heading for section in review.sections]


def test_a_date_in_bold_over_a_chronology_entry_opens_no_section(tmp_path):
    """Word reviews often set each chronology entry's date in bold on a line of its own, in the
    type of their headings; the date opens no section, so the entries stay the key events'."""
    pdf = make_styled_pdf(
        tmp_path / "dates.pdf",
        [
            ("bold", "Key events"),
            ("bold", "12 March 2025"),
            ("body", "The school nurse saw N and noted that she seemed withdrawn."),
            ("bold", "April 2025"),
            ("body", "A man N met in a game's chat asked her to send him pictures."),
        ],
    )
    review = parse_file(pdf)
    assert [(s.kind, s.heading) for s in review.sections] == [("practice_episodes", "Key events")]


def test_in_a_pdf_set_wholly_in_bold_bold_marks_no_heading(tmp_path):
    """Some reports set all their text in bold; there bold tells nothing, and a short line ("The
    people who knew her") is text, while a line set larger is still a heading."""
    pdf = make_styled_pdf(
        tmp_path / "bold.pdf",
        [
            ("heading", "What happened next"),
            ("bold", STORY * 2),
            ("bold", "The people who knew her"),
            ("bold", STORY * 3),
        ],
    )
    headings = [section.heading for section in parse_file(pdf).sections]
    assert "What happened next" in headings
    assert "The people who knew her" not in headings


def test_a_running_header_set_in_bold_is_furniture_not_a_heading(tmp_path):
    """A running header in bold at the body's size, atop every page, looks like a heading by
    its type; repeated in the margin of page after page, it is furniture and opens nothing."""
    openings = [
        "Her mother noticed that she had stopped eating with the family.",
        "Her teacher saw that she was tired in lessons every morning.",
        "Her GP recorded that she said she was sleeping badly.",
    ]
    paragraphs: list[tuple[str, str]] = []
    for opening in openings:
        paragraphs += [("bold", "Learning review: Child N"), ("body", f"{opening} {STORY * 4}")]
        paragraphs.append(("page", ""))
    review = parse_file(make_styled_pdf(tmp_path / "header.pdf", paragraphs[:-1]))
    assert [section.heading for section in review.sections] == ["(cover)"]
    texts = [s.text for s in review.sentences]
    assert texts == [t for opening in openings for t in [opening] + [STORY.strip()] * 4]


class _Watermarked(FPDF):
    """Pages with a large bold word across them behind the text, drawn first as Word and
    report tools draw a watermark."""

    mark = "DRAFT"

    def header(self) -> None:
        with self.local_context(text_color=(190, 190, 190)):
            self.set_font("Helvetica", "B", 60)
            if self.mark:
                with self.rotation(45, 105, 150):
                    self.text(60, 160, self.mark)


def test_a_watermark_across_a_pdfs_pages_is_not_text(tmp_path):
    """A watermark set large and bold at an angle behind every page is neither a sentence nor a
    heading: the section it would open on the second page stays the one that runs on to it, and
    the body's italic type (slanted letters, level lines) is kept. A page whose text is all
    drawn turned keeps it."""
    pdf = _Watermarked(format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.multi_cell(0, 9, "What happened", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 11)
    for _ in range(24):
        pdf.multi_cell(0, 6, STORY.strip(), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "I", 11)
    pdf.multi_cell(0, 6, "Her mother said nobody had asked her about the phone.", new_x="LMARGIN")
    pdf.mark = ""  # a page drawn turned, as a landscape table may be, with no watermark
    pdf.add_page()
    pdf.set_font("Helvetica", "", 11)
    with pdf.rotation(90, 105, 150):
        pdf.text(40, 150, "The school kept no record of the messages.")
    path = tmp_path / "watermarked.pdf"
    pdf.output(str(path))

    review = parse_file(path)
    texts = [s.text for s in review.sentences]
    assert not any("DRAFT" in text for text in texts)
    assert [s.heading for s in review.sections if s.kind != "front"] == ["What happened"]
    assert review.sections[-1].page_end == 3
    assert "Her mother said nobody had asked her about the phone." in texts
    assert "The school kept no record of the messages." in texts


def test_a_pdf_page_set_in_two_columns_is_not_read_as_a_table(tmp_path):
    """A learning sheet set in two columns under side-by-side headings looks like a table's
    heads over two columns of text; its lines run on from one another, so it is read column by
    column, each sentence whole."""
    left = (
        "About this review",
        "The partnership reviewed the care of a girl of fifteen who was sexually exploited by a "
        "man she met through an online game. She had been known to several agencies for years.",
    )
    right = (
        "Questions for your team",
        "Do you ask children who they talk to online when their behaviour changes? Would you "
        "know where to find the partnership's guidance on images shared by young people?",
    )
    texts = [
        s.text for s in parse_file(make_two_column_pdf(tmp_path / "s.pdf", left, right)).sentences
    ]
    assert (
        "The partnership reviewed the care of a girl of fifteen who was sexually exploited by a "
        "man she met through an online game." in texts
    )
    assert "Do you ask children who they talk to online when their behaviour changes?" in texts
    assert not any(" | " in t for t in texts)


def test_a_brief_set_in_narrow_columns_reads_in_whole_sentences(tmp_path):
    """A learning brief set in three columns wraps every line at thirty-odd characters. Measured
    against a full page's line, each of them looked short and ended its paragraph, so every line
    was a sentence of its own; a long document's own line length is its measure."""
    story = [
        "P was thirteen when a man she had met in a game began sending her messages late at night.",
        "He told her that he was sixteen, that he loved her and that her parents would never "
        "understand.",
        "Within weeks he was asking her for pictures, and when she refused he said he would tell "
        "her parents what she had already sent.",
        "The school knew that P was tired and withdrawn but did not ask about her time online.",
        "The police took four months to examine her tablet, and by then the account had gone.",
    ]
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    with pdf.text_columns(ncols=3, gutter=6) as columns:
        for _ in range(4):
            columns.write(" ".join(story))
            columns.ln()
            columns.ln()
    path = tmp_path / "brief.pdf"
    pdf.output(str(path))
    texts = [sentence.text for sentence in parse_file(path).sentences]
    assert all(texts.count(sentence) == 4 for sentence in story), texts[:6]
    assert len(texts) == 20


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("empty.pdf", b"", "empty"),
        ("image.pdf", b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "PNG image"),
        ("notes.pdf", b"just some plain text, not a pdf\n" * 3, "plain text, not a PDF"),
        ("binary.txt", bytes(range(256)) * 8, "unrecognised binary"),
        (
            "legacy.docx",
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100,
            "encrypted Office file",
        ),
        ("corrupt.pdf", b"%PDF-1.7\n" + b"garbage" * 50, "damaged"),
    ],
)
def test_bad_files_give_a_clear_reason(tmp_path, name, content, expected):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ReadError) as info:
        parse_file(path)
    assert str(path) in str(info.value)
    assert expected in str(info.value)


def test_a_text_layer_of_glyph_numbers_is_no_text():
    """A PDF whose fonts do not map their glyphs to letters gives control characters for text.
    They are never stored as sentences: the page is a scan to read with OCR, and with OCR
    turned off the file is held as needing it, with the reason."""
    from casebrief.readers.pdf import unmapped_text

    path = Path(__file__).parent / "data" / "odd-pdfs" / "unmapped-font.pdf"
    with pytest.raises(ReadError) as info:
        parse_file(path, ocr_mode="never")
    assert info.value.status == "needs_ocr"
    assert "gives no letters" in str(info.value) and str(path) in str(info.value)
    assert unmapped_text(["\x01 \x04\x05\x06\x06\x07 \x08\t\x08 \n\x06\x0b \x04\x0c\r" * 4])
    assert not unmapped_text(["\uf0b7 The school did not share what it knew with social care."])


def test_a_page_whose_fonts_give_no_letters_in_a_typed_review_is_named_not_lost(tmp_path):
    """With OCR turned off, a typed review with one such page is stored without it, and the
    warning names the page, why it was not read and how to read it."""
    unmapped = Path(__file__).parent / "data" / "odd-pdfs" / "unmapped-font.pdf"
    typed = make_pdf(tmp_path / "typed.pdf", [BODY], footer=False)
    review = parse_file(join_pdfs(tmp_path / "review.pdf", [typed, unmapped]), ocr_mode="never")
    assert review.sentences and all("\x01" not in s.text for s in review.sentences)
    assert review.warnings == [
        f"{tmp_path / 'review.pdf'}: page 2 was not read (the text layer gives no letters): "
        "OCR was turned off (--ocr never); ingest the file again with --ocr auto to read it."
    ]


def test_encrypted_pdf(tmp_path):
    path = make_pdf(tmp_path / "locked.pdf", [BODY], encrypt="secret")
    with pytest.raises(ReadError) as info:
        read_document(path)
    assert "encrypted" in str(info.value) and info.value.status == "failed"


def test_truncated_pdf(tmp_path):
    whole = make_pdf(tmp_path / "whole.pdf", [BODY] * 3).read_bytes()
    path = tmp_path / "truncated.pdf"
    path.write_bytes(whole[: len(whole) // 3])
    with pytest.raises(ReadError) as info:
        read_document(path)
    assert "truncated.pdf" in str(info.value)


def test_scanned_pdf_needs_ocr(tmp_path):
    with pytest.raises(ReadError) as info:
        read_document(make_scanned_pdf(tmp_path / "scan.pdf"), ocr_mode="never")
    assert info.value.status == "needs_ocr"
    assert "OCR" in str(info.value)


def test_damaged_docx_and_other_zips(tmp_path):
    broken = tmp_path / "broken.docx"
    with zipfile.ZipFile(broken, "w") as zf:
        zf.writestr("word/document.xml", "<not-xml")
        zf.writestr("[Content_Types].xml", "<also broken")
    with pytest.raises(ReadError) as info:
        read_document(broken)
    assert "broken.docx" in str(info.value)

    sheet = tmp_path / "data.docx"
    with zipfile.ZipFile(sheet, "w") as zf:
        zf.writestr("xl/workbook.xml", "<workbook/>")
    with pytest.raises(ReadError, match="Excel"):
        read_document(sheet)


@pytest.mark.parametrize("content", ["   \n\n  \n", "==========\n\n----------\n* * *\n"])
def test_whitespace_only_file_has_no_text(tmp_path, content):
    """Blank lines, or nothing but rules of "=" and "-": no text, said so."""
    path = tmp_path / "blank.txt"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ReadError, match="no text"):
        read_document(path)


def test_oversized_file_is_refused_before_reading(tmp_path, monkeypatch):
    monkeypatch.setenv("CASEBRIEF_MAX_FILE_MB", "1")
    path = tmp_path / "huge.pdf"
    with path.open("wb") as fh:  # sparse: 5 MB on paper, nothing on disk
        fh.write(b"%PDF-1.7\n")
        fh.truncate(5 * 2**20)
    with pytest.raises(ReadError, match="over the 1 MB limit"):
        read_document(path)


def test_long_document_keeps_every_page(tmp_path):
    pages = [
        f"Page {n} of the chronology. The health visitor saw Child Z on day {n}."
        for n in range(1, 1201)
    ]
    path = tmp_path / "long.txt"
    path.write_text("\f".join(pages), encoding="utf-8")
    parsed = parse_file(path)
    assert len(parsed.pages) == 1200
    last = [s for s in parsed.sentences if "day 1200" in s.text]
    assert len(last) == 1 and last[0].page == 1200


def test_only_two_labelled_facts_apart_by_a_wide_gap_are_split_on_a_text_line(tmp_path):
    """A plain-text line of two "Label: value" facts apart by a wide gap is two paragraphs, on a
    cover or in a chronology; prose set with wide gaps (a justified line, a finding that opens
    with its label) stays one paragraph, and so one sentence."""
    review = tmp_path / "gaps.txt"
    review.write_text(
        "Learning Review: Child K\n\n"
        "Outcome: referred to early help      Next step: review in May 2025\n\n"
        "Finding 2: the school did not      refer her to children's social care.\n\n"
        "The  school   nurse   saw   her   twice   and   wrote   to   the   GP.\n",
        encoding="utf-8",
    )
    document = read_document(review)
    lines = [line.strip() for page in document.pages for line in page.lines if line.strip()]
    assert "Outcome: referred to early help" in lines
    assert "Next step: review in May 2025" in lines
    texts = [re.sub(r"\s+", " ", s.text) for s in parse_file(review).sentences]
    assert "Finding 2: the school did not refer her to children's social care." in texts
    assert "The school nurse saw her twice and wrote to the GP." in texts
