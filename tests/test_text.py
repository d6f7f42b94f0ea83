"""Clean-up, headings, sections and sentence splitting on the shapes real reports have."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casebrief.model import Document, RawPage
from casebrief.text.clean import build_blocks, normalise_line
from casebrief.text.pipeline import parse_document, parse_file
from casebrief.text.sections import classify_heading, looks_like_heading
from casebrief.text.sentences import split_sentences

WIDE = (
    "This is a full-width line of ordinary body text that sets the typical width." + " x" * 4 + "."
)


def _doc(pages: list[list[str]], fmt: str = "pdf") -> Document:
    return Document(
        path="test.pdf", format=fmt, pages=[RawPage(i + 1, lines) for i, lines in enumerate(pages)]
    )


def test_running_headers_footers_and_page_numbers_are_removed():
    bodies = [
        "The first page tells of the referral.",
        "The second page is about school.",
        "The third page gives the findings.",
        "The fourth page lists recommendations.",
    ]
    pages = [
        [
            "Northshire Safeguarding Children Partnership | Child R",
            body,
            "OFFICIAL",
            f"Page {n} of 4",
        ]
        for n, body in enumerate(bodies, start=1)
    ]
    text = "\n".join(b.text for b in build_blocks(_doc(pages)))
    assert "Partnership | Child R" not in text
    assert "OFFICIAL" not in text and "Page 2 of 4" not in text
    assert all(body in text for body in bodies)


def test_lone_page_numbers_removed_even_in_short_documents():
    text = "\n".join(
        b.text
        for b in build_blocks(
            _doc([["Body text of the first page.", "1"], ["More body text.", "- 2 -"]])
        )
    )
    assert text == "Body text of the first page.\nMore body text."


def test_a_scanned_page_number_that_ocr_misread_is_still_furniture():
    """Tesseract reads a lone "1" after "Page" as a bar or a letter ("Page |", "Page l"); it is
    the page's number all the same. "Page" in a sentence, or a bar in one, is text."""
    pages = [["Body text of the first page.", "Page |"], ["More body text.", "Page 2"]]
    assert "\n".join(b.text for b in build_blocks(_doc(pages))) == (
        "Body text of the first page.\nMore body text."
    )
    kept = [["The notes were on one page.", "Page l of the log | was torn."], ["More body text."]]
    assert "Page l of the log | was torn." in "\n".join(b.text for b in build_blocks(_doc(kept)))


def test_hyphenation_rejoined_using_the_documents_own_words():
    lines = [
        "The social worker did not ask about the child's online activity and the profes-",
        "sionals involved did not share information. The risk of self-",
        "harm was known to the school, and self-harm was recorded twice in the notes of the",
        "school nurse who saw her.",
    ]
    text = build_blocks(_doc([lines]))[0].text
    assert "professionals involved" in text
    assert "self-harm was known" in text


def test_hyphen_pdfium_joined_across_a_break_is_kept_in_compounds_only():
    """pdfium joins a line that ended in a hyphen itself and marks the hyphen U+FFFE: a compound
    ("self-harm", "photo-sharing") keeps it, a word split by the layout ("assess-ment") loses it."""
    lines = [
        "The plan for her eating disorder and self\ufffeharm was agreed, and the assess\ufffement",
        "noted that she used a photo\ufffesharing app most evenings; the assessment was shared.",
    ]
    text = build_blocks(_doc([lines]))[0].text
    assert "eating disorder and self-harm was agreed" in text
    assert "the assessment noted" in text
    assert "a photo-sharing app" in text


def test_compound_word_broken_at_a_pdf_line_end_stays_hyphenated(tmp_path):
    """A real PDF whose layout breaks "self-harm" after its hyphen, read by the PDF reader:
    columns of many widths, so that some break falls there whatever the fonts."""
    from weasyprint import HTML

    from casebrief.readers.pdf import read_pdf

    paragraphs = "".join(
        f"<p style='width: {width / 10}cm; font-size: 11pt'>Notes of self-harm. Notes of self-harm.</p>"
        for width in range(18, 40)
    )
    path = tmp_path / "compound.pdf"
    HTML(string=paragraphs).write_pdf(path)
    raw = [line for page in read_pdf(path).pages for line in page.lines]
    assert any("\ufffe" in line or line.endswith("self-") for line in raw)
    text = " ".join(s.text for s in parse_file(path).sentences)
    assert "selfharm" not in text
    assert text.count("self-harm") == 2 * 22


def test_ligatures_and_odd_spaces_normalised():
    assert (
        normalise_line("ﬁndings of the\u00a0review \ufb02agged  a\u200b con\u00adcern")
        == "findings of the review flagged a concern"
    )
    assert normalise_line("pre\x02") == "pre-"


def test_paragraph_continues_across_page_break_with_page_positions():
    first = [
        "Heading text",
        "1. Introduction",
        WIDE,
        "The child was seen at school on several occasions where she spoke about a man she",
    ]
    second = ["had met online, who was older than her. She said he was kind.", "Next paragraph."]
    doc = parse_document(_doc([first, second]), "0" * 64, 1)
    sentence = next(s for s in doc.sentences if "met online" in s.text)
    assert sentence.text.startswith("The child was seen at school")
    assert sentence.page == 1
    kind = next(s for s in doc.sentences if s.text.startswith("She said he was kind"))
    assert kind.page == 2


def test_a_sentence_runs_on_over_the_blank_margins_of_a_page():
    """A page's running footer and the next page's header are removed, leaving blank lines at
    the foot and head of the pages: the sentence broken there is still one sentence, and a page
    that ends on a full stop still ends its paragraph."""
    first = [
        "1. Analysis",
        WIDE,
        "No professional knew that the partner had moved into the household, and none asked who",
        "",
        "",
    ]
    second = [
        "",
        "else lived in the home or looked after the children. The protocol was not used.",
        WIDE,
        "",
    ]
    third = ["", "Nobody asked who else lived there."]
    doc = parse_document(_doc([first, second, third]), "0" * 64, 1)
    texts = [s.text for s in doc.sentences]
    whole = next(s for s in doc.sentences if s.text.startswith("No professional knew"))
    assert whole.text.endswith(
        "none asked who else lived in the home or looked after the children."
    )
    assert whole.page == 1
    assert "else lived in the home or looked after the children." not in texts
    assert next(s for s in doc.sentences if s.text.startswith("The protocol")).page == 2
    assert next(s for s in doc.sentences if s.text.startswith("Nobody asked")).page == 3


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("P was twenty-two months old when she was admitted to hospital.", "22 months"),
        ("P, a twenty-one-month-old girl, was admitted to hospital.", "21 months"),
        (
            "P is the name her aunt chose. She was fifteen and living in a children's home.",
            "15 years",
        ),
    ],
)
def test_a_childs_age_in_words_and_in_the_next_sentence(tmp_path, text, age):
    """Babies' ages run past the teens in months, and a web page often names the child in one
    sentence and gives her age in the next."""
    path = tmp_path / "review.txt"
    path.write_text(
        "Child Safeguarding Practice Review: Child P\n\n# Introduction\n\n"
        f"{text} P had been seen by the health visitor.\n",
        encoding="utf-8",
    )
    assert parse_file(path).metadata.child_age == age


def test_a_childs_age_is_not_one_someone_claimed_in_reported_speech(tmp_path):
    """Set CJ's boy was "fourteen during the period the review looked at"; the man who groomed
    him "told D he was seventeen", which was read as the boy's age."""
    path = tmp_path / "review.txt"
    path.write_text(
        "Child Safeguarding Practice Review: Child D\n\n# What happened\n\n"
        "One of the squad told D he was seventeen and a semi-professional player. "
        "D sent him two pictures.\n",
        encoding="utf-8",
    )
    assert parse_file(path).metadata.child_age is None
    text = path.read_text(encoding="utf-8").replace(
        "# What happened\n\n",
        "# What happened\n\nChild D is a boy who was fourteen during the period under review. ",
    )
    path.write_text(text, encoding="utf-8")
    assert parse_file(path).metadata.child_age == "14 years"


def test_headings_detected_and_classified():
    assert looks_like_heading("4. Findings")
    assert looks_like_heading("Key practice episode 3: Police contact")
    assert looks_like_heading("Recommendations")
    assert not looks_like_heading("4.12 The social worker visited the home and saw the children.")
    assert not looks_like_heading("4.1 Professionals saw each episode separately. The late-night")
    assert not looks_like_heading("1. Introduction ........................ 3")
    # A numbered sentence that leads into a list is no heading; a numbered label is one.
    assert not looks_like_heading("2.1 The review asked three questions:")
    assert not looks_like_heading("3. This review considered:")
    assert looks_like_heading("2.1 The review's questions:")
    assert classify_heading("Summary of agency involvement") == "practice_episodes"
    assert classify_heading("5. Findings") == "findings"
    assert classify_heading("Finding 2: Information was not shared") == "findings"
    assert classify_heading("Appendix B: Terms of reference") == "appendix"
    assert classify_heading("1.2 Terms of reference") == "introduction"
    assert classify_heading("Executive summary") == "summary"
    assert classify_heading("Learning for the partnership") == "learning"
    assert classify_heading("The family") == "background"
    # The Welsh child practice review template
    assert classify_heading("1. Circumstances resulting in the review") == "introduction"
    assert classify_heading("3. Practice and organisational learning") == "learning"
    assert classify_heading("4. Improving systems and practice") == "recommendations"
    assert classify_heading("5. Statement by the reviewer") == "introduction"
    assert classify_heading("Glossary of abbreviations") == "appendix"
    assert classify_heading("Ellie's story") == "practice_episodes"
    assert classify_heading("2. The incident") == "practice_episodes"
    assert classify_heading("The critical incident") == "practice_episodes"
    assert classify_heading("Summary of the incident") == "summary"
    assert classify_heading("3. THE PERIOD UNDER REVIEW") == "practice_episodes"
    # A rapid review's actions are its recommendations; actions taken are what happened.
    assert classify_heading("Actions") == "recommendations"
    assert classify_heading("6. Actions for the partnership") == "recommendations"
    assert classify_heading("Actions taken by agencies") != "recommendations"
    assert classify_heading("What the review found") == "findings"
    assert classify_heading("What we are asking you to do") == "recommendations"
    assert classify_heading("What we are doing") == "recommendations"
    assert classify_heading("Ellie's friends") == "other"
    # Partnerships' learning pages and reviews in their own words
    assert classify_heading("What will change") == "recommendations"
    assert classify_heading("3. Events in brief") == "practice_episodes"
    assert classify_heading("3. Key lines of enquiry") == "analysis"
    # ... each answered under its own heading; what the review learned is its learning, and
    # "the review" alone still introduces it (set CI)
    assert classify_heading("3. KLOE 1: THE SCHOOL'S RESPONSE") == "analysis"
    assert classify_heading("6. WHAT THE REVIEW LEARNED") == "learning"
    assert classify_heading("What did the review learn?") == "learning"
    assert classify_heading("About the review") == "introduction"
    # A case management review's capitals and a review led by questions
    assert classify_heading("1. THE YOUNG PERSON") == "background"
    assert classify_heading("3. AGENCY CONTACT") == "practice_episodes"
    assert classify_heading("What must change?") == "recommendations"
    assert classify_heading("Who knew what") == "analysis"
    assert classify_heading("2. A’s life") == "background"
    assert classify_heading("Why we looked at R's story") == "introduction"
    assert classify_heading("Professional involvement") == "practice_episodes"
    assert classify_heading("7. What to do now") == "recommendations"
    # A review with headings of its own, and a board's page led by questions (set CG)
    assert classify_heading("Her story") == "practice_episodes"
    assert classify_heading("Looking back") == "analysis"
    assert classify_heading("Where the system fell short") == "findings"
    assert classify_heading("Asks of the partnership") == "recommendations"
    assert classify_heading("What got in the way?") == "findings"
    assert classify_heading("What did services know?") == "analysis"
    assert classify_heading("What services saw") == "practice_episodes"  # set CH's Word review
    # A Scottish learning review and a partnership's question-and-answer page (set U)
    assert classify_heading("1. Why a learning review") == "introduction"
    assert classify_heading("What did professionals know?") == "analysis"
    assert classify_heading("What should you do?") == "recommendations"
    assert classify_heading("6. What to do") == "recommendations"
    assert classify_heading("Not knowing what to do") == "other"
    assert classify_heading("4. What we learned") == "learning"
    assert classify_heading("What did we learn?") == "learning"  # a page of questions (set CC)
    assert classify_heading("What have we learnt?") == "learning"
    assert looks_like_heading("What will be different")
    assert classify_heading("What will be different") == "recommendations"
    # Parts lettered in capitals (Scottish learning reviews, older serious case reviews)
    assert looks_like_heading("B. WHAT HAPPENED TO E")
    # A chronology entry's date is no numbered heading
    assert not looks_like_heading("12 March 2025")
    assert not looks_like_heading("3 May")
    assert looks_like_heading("12 Recommendations")
    assert classify_heading("D. Recommendations") == "recommendations"
    # Headings of a story-told review and a partnership's learning page (set V)
    assert classify_heading("The story of J") == "practice_episodes"
    # a page led by questions, and narrative headings of a review's own
    assert classify_heading("What do we need to learn?") == "learning"
    assert classify_heading("Why was R at greater risk?") == "analysis"
    assert classify_heading("How did services respond?") == "analysis"
    assert classify_heading("The story") == "practice_episodes"
    assert classify_heading("4. What was known") == "analysis"
    assert classify_heading("How it came to light") == "practice_episodes"
    assert classify_heading("What professionals did") == "practice_episodes"
    assert classify_heading("Why D was at risk") == "analysis"
    assert classify_heading("Why were the children vulnerable?") == "analysis"
    assert classify_heading("Who N is") == "background"
    assert classify_heading("Who is this review about?") == "background"
    assert classify_heading("Things to change") == "recommendations"
    # Unnumbered, as a rapid review sets them (set BE), and a reviewer's own reason (set F)
    assert looks_like_heading("Key lines of enquiry")
    assert looks_like_heading("Context") and classify_heading("Context") == "background"
    assert classify_heading("Why I was asked to write this report") == "introduction"
    assert classify_heading("What we are changing") == "recommendations"
    # A partnership's page in collapsible sections (set AR)
    assert classify_heading("What we want to change") == "recommendations"
    assert classify_heading("What we want to happen") == "recommendations"
    # Headings of the earlier sets' partnership pages and narrative reviews
    assert classify_heading("What I found") == "findings"
    # A plain-text summary's heading on a line of its own (sets C, AZ and BD); its kind is above
    assert looks_like_heading("What the review found")
    assert classify_heading("What did we find?") == "findings"
    assert classify_heading("What did agencies know?") == "analysis"
    assert classify_heading("How agencies responded") == "analysis"
    assert classify_heading("4. Why it matters") == "learning"
    assert classify_heading("What should have been different?") == "learning"
    assert classify_heading("7. Reflective questions") == "recommendations"
    assert classify_heading("How this review was carried out") == "introduction"
    assert classify_heading("Kieran's world") == "background"
    assert not looks_like_heading("a. the school did not ask")
    # A one-sheet brief's boxes, in a PDF's text layer without any markup (set AD)
    for heading, kind in [
        ("E's experience", "practice_episodes"),
        ("Child R\u2019s story", "practice_episodes"),
        ("What went well", "learning"),
        ("What needed to be better", "learning"),
        ("What the partnership will do", "recommendations"),
    ]:
        assert looks_like_heading(heading), heading
        assert classify_heading(heading) == kind, heading
    # A page's reading list is guidance said to every reader (set AE)
    assert classify_heading("Further reading") == "learning"
    assert classify_heading("Further information") == "learning"
    # A numbered part telling the agencies' involvement in order (set AF)
    assert classify_heading("3. Contact with services") == "practice_episodes"
    # Set AG's headings: a bare "Practice", the services' response, the child's family and
    # online life; a question about the plan is no part about the child
    for heading, kind in [
        ("Practice", "analysis"),
        ("4. Practice", "analysis"),
        ("How services responded", "analysis"),
        ("Family and circumstances", "background"),
        ("Ryan's online world", "background"),
        ("2. Y'S ONLINE LIFE", "background"),
    ]:
        assert classify_heading(heading) == kind, heading
    assert classify_heading("5. Was the online world part of the plan?") != "background"
    # Set AI's page: what the review learned about the child's life is the child's background,
    # what it learned about practice is learning, and so is what should have happened
    assert classify_heading("What we learned about T's life") == "background"
    assert classify_heading("What the review found out about his family") == "background"
    assert classify_heading("What we learned about practice") == "learning"
    assert classify_heading("What should have happened") == "learning"
    assert classify_heading("Good practice") != "analysis"
    assert not looks_like_heading("He told his story")
    assert not looks_like_heading("E's experience of school was poor.")
    assert not looks_like_heading("E's experience of the school")


def test_sub_headings_inherit_their_sections_kind():
    doc = parse_document(
        _doc([["5. Analysis", "5.1 Working with fathers", "Men were not seen.", WIDE]]), "0" * 64, 1
    )
    assert [(s.kind, s.heading) for s in doc.sections] == [
        ("analysis", "5. Analysis"),
        ("analysis", "5.1 Working with fathers"),
    ]


def test_a_review_without_any_heading_is_body_not_cover():
    # Were it all cover, none of it would count as evidence and screening could never find it.
    lines = ["Child N was fourteen when the abuse began.", "The school did not ask about it.", WIDE]
    doc = parse_document(_doc([lines], fmt="txt"), "0" * 64, 1)
    assert [s.kind for s in doc.sections] == ["other"]
    with_heading = parse_document(_doc([[*lines, "2. Findings", *lines]]), "0" * 64, 1)
    assert [s.kind for s in with_heading.sections] == ["front", "findings"]


def _texts(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


def test_abbreviations_do_not_split_sentences():
    text = (
        "Dr. Smith saw Child R on 3 Jan. 2019 at approx. 10 a.m. in the presence of Mrs. Jones. "
        "She noted e.g. bruising (see para. 4.3 and No. 7 of the chronology). "
        "The U.K. guidance was not followed. J. Brown, the GP, agreed."
    )
    assert _texts(text) == [
        "Dr. Smith saw Child R on 3 Jan. 2019 at approx. 10 a.m. in the presence of Mrs. Jones.",
        "She noted e.g. bruising (see para. 4.3 and No. 7 of the chronology).",
        "The U.K. guidance was not followed.",
        "J. Brown, the GP, agreed.",
    ]


def test_a_word_that_is_also_an_abbreviation_ends_a_sentence_before_a_word():
    """ "No." abbreviates "number" only before one: a child who "said no." ends her sentence,
    and the next is a sentence of its own, coded on its own."""
    text = (
        "She was asked whether anything online was worrying her, and she said no. The "
        "appointment was by video call. He sat. Then he left No. 12 Mill Lane."
    )
    assert _texts(text) == [
        "She was asked whether anything online was worrying her, and she said no.",
        "The appointment was by video call.",
        "He sat.",
        "Then he left No. 12 Mill Lane.",
    ]


def test_a_time_of_day_ends_its_sentence_before_the_next():
    """A chronology's "at 7.15 a.m." often closes an event; the next event is a sentence of its
    own. A day or a date after the time keeps the sentence going."""
    text = (
        "Her mother called 999 at 7.15 a.m. Paramedics arrived at 7.30 am. They took her to "
        "hospital. The review meeting was at 10 a.m. Monday 3 March and agreed the plan."
    )
    assert _texts(text) == [
        "Her mother called 999 at 7.15 a.m.",
        "Paramedics arrived at 7.30 am.",
        "They took her to hospital.",
        "The review meeting was at 10 a.m. Monday 3 March and agreed the plan.",
    ]


def test_a_pseudonyms_letter_can_end_a_sentence():
    text = (
        "The health visitor was never told about Mr C. In March the baby was admitted. "
        "The school had not met Child W. His brother said so. J. Brown agreed."
    )
    assert _texts(text) == [
        "The health visitor was never told about Mr C.",
        "In March the baby was admitted.",
        "The school had not met Child W.",
        "His brother said so.",
        "J. Brown agreed.",
    ]
    # A named author's initial is followed by a surname that ends the sentence or the line.
    assert _texts("Lead reviewer | Dr S. Okafor") == ["Lead reviewer | Dr S. Okafor"]
    assert _texts("The report was written by Dr S. Okafor. She is a nurse.") == [
        "The report was written by Dr S. Okafor.",
        "She is a nurse.",
    ]


def test_a_bare_pseudonym_letter_ends_a_sentence_before_a_word_no_surname_can_be():
    text = (
        "Nobody looked at the phone the man had given D. The case was closed. "
        "She was a girl we call E. His family chose the name. Signed J. A. Smith."
    )
    assert _texts(text) == [
        "Nobody looked at the phone the man had given D.",
        "The case was closed.",
        "She was a girl we call E.",
        "His family chose the name.",
        "Signed J. A. Smith.",
    ]


def test_numbered_paragraphs_and_quotes():
    assert _texts("4.12 The school referred her. She was 14.") == [
        "4.12 The school referred her.",
        "She was 14.",
    ]
    assert _texts("1. The partnership should act. 2. Police should respond.") == [
        "1. The partnership should act.",
        "2. Police should respond.",
    ]
    assert _texts('She said "I am scared." Then she left!') == [
        'She said "I am scared."',
        "Then she left!",
    ]
    assert _texts("Was she seen? No.") == ["Was she seen?", "No."]
    # a finding numbered in words opens its sentence, as "1." does
    assert _texts("Finding 1. Nobody asked him. Recommendation 2.1. Schools should ask.") == [
        "Finding 1. Nobody asked him.",
        "Recommendation 2.1. Schools should ask.",
    ]
    assert _texts("He had one finding. He left.") == ["He had one finding.", "He left."]
    # a paragraph's own label opens it, as a number does
    assert _texts("Para 4. T built levels for a game. Para 12. The alert was not passed on.") == [
        "Para 4. T built levels for a game.",
        "Para 12. The alert was not passed on.",
    ]


def test_a_wrapped_line_opening_with_a_short_word_and_a_full_stop_stays_in_its_paragraph():
    """ "held on the same / day. The discussion ..." is one paragraph: "day." is the end of a
    sentence, not a list marker like "a.", "iv." or "3)"."""
    lines = [
        "After the recordings were found, the police took the tablet and a strategy discussion was held on the same",
        "day. The discussion planned the investigation but did not ask about other children in the same",
        "game. It was not repeated.",
        "a. The first finding is about the school and what it was told about the calls in the spring.",
        "iv. The fourth finding is about the police and the tablet they returned to the family.",
    ]
    texts = [b.text for b in build_blocks(_doc([lines]))]
    assert texts[0].startswith("After the recordings")
    assert texts[0].endswith("in the same game. It was not repeated.")
    assert [t[:3] for t in texts[1:]] == ["a. ", "iv."]


def test_a_list_items_bullet_is_not_part_of_its_sentence():
    assert _texts("\u2022 The GP did not refer. She was 14.") == [
        "The GP did not refer.",
        "She was 14.",
    ]
    assert _texts("- Police should respond.") == ["Police should respond."]
    assert _texts("-2 degrees that night.") == ["-2 degrees that night."]
    assert _texts("\u2022") == []


_words = st.sampled_from(
    [
        "Dr.",
        "the",
        "child",
        "No.",
        "e.g.",
        "school",
        "4.12",
        "She",
        "was",
        "seen.",
        "J.",
        "para.",
        "Police",
        "visited!",
        "Why?",
        "\u201cquote\u201d",
        "a.m.",
        "(see",
        "it).",
        "\u2022",
        "-",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_words, min_size=1, max_size=60), st.sampled_from([" ", "  ", "\n", " \t "]))
def test_sentence_spans_cover_the_text_in_order(words, gap):
    text = gap.join(words)
    spans = split_sentences(text)
    assert spans or text.strip() in {"\u2022", "-"}, text
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        assert text[start:end] == text[start:end].strip()
        assert not text[previous_end:start].strip().lstrip("\u2022*-").strip()
        previous_end = end
    assert not text[previous_end:].strip().lstrip("\u2022*-").strip()


_line = st.text(
    alphabet=st.sampled_from(list("abcdefghij ABCDEF.,-0123456789\u00a0\ufb01")),
    min_size=0,
    max_size=90,
)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.lists(_line, min_size=0, max_size=12), min_size=1, max_size=5),
    st.sampled_from(["pdf", "docx"]),
)
def test_sentence_offsets_map_back_to_the_review_text(pages, fmt):
    doc = parse_document(_doc(pages, fmt), "0" * 64, 1)
    numbers = {p.number for p in doc.pages}
    for sentence in doc.sentences:
        assert doc.text[sentence.start : sentence.end] == sentence.text
        assert sentence.page in numbers
        page = next(p for p in doc.pages if p.number == sentence.page)
        assert page.start <= sentence.start < max(page.end, page.start + 1)
    for section in doc.sections:
        assert 0 <= section.start <= section.end <= len(doc.text)


def test_a_learning_pages_title_is_its_cover(tmp_path):
    """ "Learning from a Local Child Safeguarding Practice Review: Baby K" is a partnership
    page's title, not a section of learning; its byline is cover, not evidence."""
    page = tmp_path / "baby-k.html"
    page.write_text(
        "<html><body><main><h1>Learning from a Local Child Safeguarding Practice Review: Baby K</h1>"
        "<p>Amberley Safeguarding Partnership, published 14 May 2026</p>"
        "<h2>What happened</h2><p>Baby K died at eleven weeks old.</p>"
        "<h2>What we learned</h2><p>Advice was not given to the father.</p></main></body></html>",
        encoding="utf-8",
    )
    parsed = parse_file(page)
    assert [s.kind for s in parsed.sections] == ["front", "practice_episodes", "learning"]


@pytest.mark.parametrize(
    ("heading", "child"),
    [("Jess: a learning review", ["Jess"]), ("Wenlow: a learning review", [])],
)
def test_a_name_before_the_review_type_is_the_child(tmp_path, heading, child):
    """A partnership page titled "Jess: a learning review" names the child only there: the name
    is her pseudonym when the page uses it again, and her age and gender follow from it. A place
    in the same position is not a child."""
    page = tmp_path / "review.html"
    page.write_text(
        f"<html><body><main><h1>{heading}</h1>"
        "<p>Wenlow Safeguarding Partnership. Published 14 October 2026.</p>"
        "<h2>Why we carried out this review</h2>"
        "<p>In February 2025 Jess, who was sixteen, was admitted to hospital.</p>"
        "<p>Jess had been unwell since she was fourteen, and she lived with her father.</p>"
        "<p>Schools in Wenlow were told. Jess said her school tried to help her.</p>"
        "<p>Wenlow police were not involved.</p></main></body></html>",
        encoding="utf-8",
    )
    meta = parse_file(page).metadata
    assert meta.child_pseudonyms == child
    if child:
        assert (meta.child_age, meta.child_gender) == ("16 years", "female")


@pytest.mark.parametrize(
    "title",
    [
        "Learning brief: Child H",
        "SERIOUS CASE REVIEW OVERVIEW REPORT",
        "Learning from a case: the H children",
        "Practice learning note: Young Person H",
        "Significant Incident Learning Process: Child H",
        "Rapid Review and Local Learning Summary: Child H",
    ],
)
def test_a_report_kind_in_the_cover_title_opens_no_section(tmp_path, title):
    """A learning brief's title and a serious case review's "Overview report" cover heading name
    the kind of report: the lines under them are cover, not learning or summary."""
    page = tmp_path / "brief.html"
    page.write_text(
        f"<html><body><main><h1>{title}</h1>"
        "<p>Selby Vale Safeguarding Children Partnership. Published September 2026.</p>"
        "<h2>Background</h2><p>H is a thirteen-year-old girl.</p>"
        "<h2>Learning</h2><p>Fake images can do the same harm as real ones.</p></main></body></html>",
        encoding="utf-8",
    )
    assert [s.kind for s in parse_file(page).sections] == ["front", "background", "learning"]


def test_a_long_section_under_an_unnamed_heading_is_the_report_not_its_cover(tmp_path):
    """A review told under headings of its own ("The days before", "How it came to light") before
    any named section: cover text is never evidence, so taking those for cover would hide what
    happened from screening. A short unnamed heading on the cover stays cover."""
    story = " ".join(["M had been talking to a man through a game's chat for weeks."] * 12)
    page = tmp_path / "review.html"
    page.write_text(
        "<html><body><main><h1>Child Safeguarding Practice Review: Child M</h1>"
        "<p>Published May 2026.</p><h2>A note on names</h2><p>M chose his own name.</p>"
        f"<h2>The days before</h2><p>{story}</p><h2>After the arrest</h2><p>{story}</p>"
        "<h2>Findings</h2><p>The school did not ask about the game.</p></main></body></html>",
        encoding="utf-8",
    )
    assert [(s.kind, s.heading) for s in parse_file(page).sections] == [
        ("front", "Child Safeguarding Practice Review: Child M"),  # "A note on names" in it
        ("other", "The days before"),
        ("other", "After the arrest"),
        ("findings", "Findings"),
    ]


def test_a_covers_lines_read_as_headings_are_one_cover_section(tmp_path):
    """A cover sets the committee, the review type, the child and the date as large lines, each
    read as a heading: they are one front section, so an outline shows the cover once, not four
    sections of nothing. A contents page keeps its own section, and the report's own sections
    and the sentences in them are as before."""
    page = tmp_path / "callum.html"
    page.write_text(
        "<html><body><main><h1>Glenmoray Child Protection Committee</h1><h2>Learning Review</h2>"
        "<h2>Callum</h2><p>Published May 2026</p><h2>Contents</h2><p>1. Background</p>"
        "<h2>1. Background to the review</h2><p>Callum was thirteen when he was admitted to "
        "hospital after cutting his arms.</p><h2>2. What the review found</h2><p>No one asked "
        "Callum who he owed money to.</p></main></body></html>",
        encoding="utf-8",
    )
    review = parse_file(page)
    assert [(s.kind, s.heading) for s in review.sections] == [
        ("front", "Glenmoray Child Protection Committee"),
        ("front", "Contents"),
        ("introduction", "1. Background to the review"),
        ("findings", "2. What the review found"),
    ]
    cover = review.sections[0]
    cover_text = " ".join(review.text[cover.start : cover.end].split())
    assert (
        cover_text
        == "Glenmoray Child Protection Committee Learning Review Callum Published May 2026"
    )
    assert [s.ordinal for s in review.sections] == [0, 1, 2, 3]
    assert [s.text for s in review.sentences][-2:] == [
        "Callum was thirteen when he was admitted to hospital after cutting his arms.",
        "No one asked Callum who he owed money to.",
    ]


def test_a_short_section_just_before_the_report_proper_is_the_report_not_its_cover(tmp_path):
    """ "Setting the scene", two paragraphs long under a cover's "Overview report", comes just
    before the long unnamed section that shows the report has begun: it is the report too (cover
    text is never evidence). A cover heading with no prose under it stays cover."""
    story = " ".join(["K had been talking to a man through a game's chat for weeks."] * 12)
    page = tmp_path / "review.html"
    page.write_text(
        "<html><body><main><h1>Serious Case Review: Child K</h1><h2>Overview report</h2>"
        "<h2>Setting the scene</h2><p>K was thirteen and lived with her mother in a flat.</p>"
        "<p>She had been bullied at primary school and found it hard to make friends.</p>"
        f"<h2>Through K's eyes</h2><p>{story}</p>"
        "<h2>Findings</h2><p>The school did not ask about the game.</p></main></body></html>",
        encoding="utf-8",
    )
    assert [(s.kind, s.heading) for s in parse_file(page).sections] == [
        ("front", "Serious Case Review: Child K"),  # and its "Overview report"
        ("other", "Setting the scene"),
        ("other", "Through K's eyes"),
        ("findings", "Findings"),
    ]


def test_prose_before_any_heading_read_is_the_report_not_its_cover(tmp_path):
    """A report whose first headings are not read as such opens with paragraphs of prose before
    the first heading that is: cover text is never evidence, so they must not be taken for cover.
    A cover with a single line of prose (a disclaimer) stays cover."""
    cover = "Ashvale Partnership\n\nRapid Review: Young Person T\n\nPublished November 2026\n\n"
    story = [
        "Para 1. T is a fourteen-year-old boy who lives with his father in the town.",
        "Para 2. A man he met on a game's forum asked him for pictures of himself.",
        "Para 3. The school's filtering alert about it was not passed to anyone.",
    ]
    findings = "\n\nFindings\n\nThe alert was treated as a technical matter by the school.\n"
    opened = tmp_path / "opened.txt"
    opened.write_text(cover + "\n\n".join(story) + findings, encoding="utf-8")
    assert [s.kind for s in parse_file(opened).sections] == ["other", "findings"]
    disclaimed = tmp_path / "disclaimed.txt"
    disclaimed.write_text(
        cover + "All people and places in this document are invented for testing." + findings,
        encoding="utf-8",
    )
    assert [s.kind for s in parse_file(disclaimed).sections] == ["front", "findings"]


_EPISODES = "The midwife saw the mother at home."
_SUB_HEADED = {
    "review.html": (
        "<html><body><main><h1>Learning review: Baby E</h1><p>Published 2026.</p>"
        f"<h2>Key practice episodes</h2><h3>Pregnancy</h3><p>{_EPISODES}</p>"
        f"<h3>After the birth</h3><p>{_EPISODES}</p><h2>Learning</h2><h3>Fathers</h3>"
        "<p>Services should see fathers.</p><h2>Notes</h2><h3>Sources</h3><p>Files.</p>"
        "</main></body></html>"
    ),
    "review.md": (
        "# Learning review: Baby E\n\nPublished 2026.\n\n## Key practice episodes\n\n"
        f"### Pregnancy\n\n{_EPISODES}\n\n### After the birth\n\n{_EPISODES}\n\n## Learning\n\n"
        "### Fathers\n\nServices should see fathers.\n\n## Notes\n\n### Sources\n\nFiles.\n"
    ),
}


@pytest.mark.parametrize("name", sorted(_SUB_HEADED))
def test_a_sub_heading_of_no_kind_belongs_to_the_section_above_it(tmp_path, name):
    """Web pages and Markdown mark a heading's level: "Pregnancy" under "Key practice episodes" is
    an episode, so what it tells counts where the review puts it. A sub-heading under a section
    of no kind stays of none."""
    path = tmp_path / name
    path.write_text(_SUB_HEADED[name], encoding="utf-8")
    assert [(s.kind, s.heading) for s in parse_file(path).sections] == [
        ("front", "Learning review: Baby E"),
        ("practice_episodes", "Key practice episodes"),
        ("practice_episodes", "Pregnancy"),
        ("practice_episodes", "After the birth"),
        ("learning", "Learning"),
        ("learning", "Fathers"),
        ("other", "Notes"),
        ("other", "Sources"),
    ]


def test_word_heading_styles_give_the_levels_sub_headings_inherit_by(tmp_path):
    from docx import Document as WordDocument

    word = WordDocument()
    word.add_heading("Child Practice Review: Child F", 0)
    word.add_heading("Key practice episodes", 1)
    word.add_heading("The first referral", 2)
    word.add_paragraph(_EPISODES)
    word.add_heading("Recommendations", 1)
    word.add_heading("For schools", 2)
    word.add_paragraph("Schools should ask about apps.")
    path = tmp_path / "review.docx"
    word.save(path)
    assert [(s.kind, s.heading) for s in parse_file(path).sections] == [
        ("front", "Child Practice Review: Child F"),
        ("practice_episodes", "Key practice episodes"),
        ("practice_episodes", "The first referral"),
        ("recommendations", "Recommendations"),
        ("recommendations", "For schools"),
    ]


def test_a_table_of_contents_is_text_but_no_sentences(tmp_path):
    """A contents page's entries, run out to their page numbers by leader dots (the number on a
    line of its own in some layouts), are navigation: kept in the text, no sentences to code or
    count. A sentence that ends in an ellipsis, and a number in the prose, stay."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(0, 8, "Contents", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 11)
    for title, page in [("1. Introduction", "2"), ("2. What happened to F", "2")]:
        pdf.cell(150, 7, title + " " + "." * 60, new_x="RIGHT")
        pdf.cell(0, 7, page, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 7, "3. Findings and learning ........................ 3", new_x="LMARGIN")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(0, 8, "1. Introduction", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 11)
    pdf.multi_cell(
        0, 6, "F said the man kept writing . . . and she stopped answering.", new_x="LMARGIN"
    )
    pdf.multi_cell(0, 6, "She was sent 3 messages that night.")
    path = tmp_path / "contents.pdf"
    pdf.output(str(path))
    parsed = parse_file(path)
    assert [s.text for s in parsed.sentences] == [
        "F said the man kept writing . . . and she stopped answering.",
        "She was sent 3 messages that night.",
    ]
    assert "2. What happened to F" in parsed.text


def test_a_footnote_number_after_a_full_stop_ends_the_sentence_and_is_dropped():
    """A PDF's text layer sets a footnote's number after the full stop ("... a gaming platform.1
    The review ..."): the sentence ends there and the number goes. Section numbers stay."""
    doc = _doc(
        [
            [
                "F was groomed by a man she met on a gaming platform.1 The review looked at the",
                "year to June 2024.2",
                "12 March 2025 was the day the review began.",
                "The findings are set out in Appendix A.1 Terms of reference follow at 3.2 Below.",
                "",
                "b.1 Owain began seeing Cerys in the autumn of Year 10.",
            ]
        ]
    )
    texts = [s.text for s in parse_document(doc, "x", 1).sentences]
    # a Welsh review's lettered paragraph number is the paragraph's, not a footnote after "b"
    assert "b.1 Owain began seeing Cerys in the autumn of Year 10." in texts
    assert texts[:3] == [
        "F was groomed by a man she met on a gaming platform.",
        "The review looked at the year to June 2024.",
        "12 March 2025 was the day the review began.",
    ]
    assert "Appendix A.1 Terms" in " ".join(texts) and "3.2 Below" in " ".join(texts)


def _footnoted_report(path: Path, mark: str) -> Path:
    """Two pages: numbered paragraphs, the last running on over the page break, and two
    footnotes at the foot of the first page under a smaller type; `mark` follows 3.1's first
    sentence."""
    from fpdf import FPDF

    class Report(FPDF):
        def footer(self) -> None:
            self.set_y(-12)
            self.set_font("Helvetica", "", 8)
            self.cell(0, 6, str(self.page_no()), align="C")

    pdf = Report(format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("Helvetica", "", 11)
    for n in range(1, 6):
        pdf.multi_cell(
            0,
            6,
            f"3.{n} The school knew that K spent most evenings on a gaming platform."
            f"{mark if n == 1 else ''} No one asked him who he played with, or what the players "
            f"said to him, in any of the {n + 1} meetings held about his attendance that year.",
            new_x="LMARGIN",
            new_y="NEXT",
        )
        pdf.ln(3)
    paragraph = (
        "3.6 His mother told the health visitor about the late nights, and the health visitor "
        "recorded it but did not pass it on to the school nurse or to the family doctor, both of "
        "whom were seeing him about his sleep and his mood at the time and would have asked him "
        "about his phone."
    )
    line, lines = "", []
    for word in paragraph.split():  # full lines to the margin, the rest on the next page
        if pdf.get_string_width(f"{line} {word}") > pdf.epw - 2:
            lines.append(line.strip())
            line = ""
        line += f" {word}"
    for full in lines:
        pdf.cell(0, 6, full, new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(255)
    pdf.set_font("Helvetica", "", 8)
    pdf.multi_cell(
        0,
        4,
        "1 Ofcom (2024) Children and parents: media use and attitudes report. Ofcom, London, "
        "which publishes the report each spring with a summary for parents and carers.",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.multi_cell(0, 4, "2 The platform sets a minimum age of thirteen.", new_x="LMARGIN")
    pdf.add_page()
    pdf.set_font("Helvetica", "", 11)
    pdf.multi_cell(0, 6, line.strip(), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.multi_cell(0, 6, "3.7 The police examined his console in May 2025.")
    pdf.output(str(path))
    return path


def test_footnotes_at_a_pages_foot_are_text_not_sentences_and_do_not_split_one(tmp_path):
    """A PDF's footnotes, set at the foot of the page the text marks them on, are kept in the
    text but are no sentences, and a paragraph that runs on over the page break past them stays
    one sentence on the page where it starts. Numbered lines the text does not mark stay text."""
    parsed = parse_file(_footnoted_report(tmp_path / "notes.pdf", "1"))
    texts = [s.text for s in parsed.sentences]
    assert not any("Ofcom" in t or "minimum age" in t for t in texts)
    assert "Ofcom (2024) Children and parents" in parsed.text
    running_on = [s for s in parsed.sentences if s.text.startswith("3.6 ")]
    assert len(running_on) == 1 and running_on[0].text.endswith("asked him about his phone.")
    assert running_on[0].page == 1
    assert texts[0] == "3.1 The school knew that K spent most evenings on a gaming platform."
    assert texts[-1] == "3.7 The police examined his console in May 2025."
    # Unmarked, the same lines are the page's own text, as before.
    unmarked = parse_file(_footnoted_report(tmp_path / "unmarked.pdf", ""))
    assert any(t.startswith("2 The platform sets") for t in (s.text for s in unmarked.sentences))
