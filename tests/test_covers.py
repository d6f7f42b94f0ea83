"""Metadata from covers laid out in ways the sample corpus does not use: right or blank, never
wrong; every field says where it was read; national bodies are never the partnership."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from casebrief.cli import app
from casebrief.cover import BRIEFING_TITLE, pseudonyms_in
from casebrief.gazetteer import find_bodies, lookup, national_bodies
from casebrief.metadata import extract_metadata
from casebrief.model import Block, RawPage
from casebrief.text.pipeline import parse_file

COVERS = Path(__file__).parent / "data" / "covers"
sys.path.insert(0, str(COVERS))

from measure import FIELDS, measure, outcome  # noqa: E402
from specs import HELD_BACK  # noqa: E402

UNSEEN_T = Path(__file__).parent / "data" / "unseen-t"

NEVER_WRONG = ("title", "review_type", "year", "partnership", "child_pseudonyms")


@pytest.fixture(scope="module")
def measured(tmp_path_factory) -> dict:
    return measure(tmp_path_factory.mktemp("covers"))


def test_cover_set_is_varied_enough(measured):
    covers = {r["cover"]: r["format"] for r in measured["rows"]}
    assert len(covers) >= 20
    assert set(covers.values()) == {"pdf", "docx", "html"}
    assert len(HELD_BACK & set(covers)) >= 8


def test_no_cover_gets_a_wrong_title_type_year_partnership_or_pseudonym(measured):
    wrong = [
        (r["cover"], r["field"], r["found"], r["truth"])
        for r in measured["rows"]
        if r["field"] in NEVER_WRONG and r["outcome"] == "wrong"
    ]
    assert not wrong


def test_held_back_covers_meet_the_accuracy_goal(measured):
    for field, counts in measured["summary"]["held back"].items():
        assert counts["right"] >= 0.95 * counts["n"], (field, counts)
    assert measured["summary"]["held back"]["partnership"]["wrong"] == 0
    assert measured["summary"]["held back"]["year"]["wrong"] == 0


def test_every_found_field_records_page_line_and_confidence(tmp_path):
    from build import build

    for path, cover in build(tmp_path):
        parsed = parse_file(path)
        found = parsed.metadata.to_dict()
        for field in FIELDS:
            if found[field] in (None, []):
                continue
            source = parsed.metadata_sources[field]
            assert source.page >= 1 and 0 < source.confidence <= 1, (cover.key, field)
            if field == "partnership" and cover.key != "gwent-former-name":
                first_word = found[field].split()[0]
                assert first_word.lower() in source.evidence.lower(), (cover.key, source)
        if "year" in parsed.metadata_sources:
            assert str(found["year"]) in parsed.metadata_sources["year"].evidence


def _meta(lines: list[str], body: list[str] | None = None):
    pages = [RawPage(1, lines), RawPage(2, body or ["Nothing else is said here."])]
    blocks = [Block(text, page.number) for page in pages for text in page.lines]
    return extract_metadata(pages, blocks, [], None)


def test_a_national_body_on_the_cover_or_in_the_text_is_not_the_partnership():
    meta, _ = _meta(
        ["Child Safeguarding Practice Review Panel", "National review", "Published: May 2020"],
        ["The NSPCC and Ofsted contributed. The Welsh Government Safeguarding Board agreed."],
    )
    assert meta.partnership is None
    assert meta.year == 2020


def test_a_report_without_a_cover_gets_no_title_from_its_prose():
    """A press summary or an executive summary cut from its cover: the first line naming a review
    type is a sentence or a numbered heading, not a title, and a body named after a role is no
    partnership. Blank, not wrong."""
    meta, _ = _meta(
        [
            "The teenager, named only as Jay in the serious case review, was abused by men he met online.",
            "The police investigation lacked oversight, the review said.",
        ],
        ["Jay was thirteen."],
    )
    assert meta.title is None
    assert meta.review_type == "serious case review"
    meta, _ = _meta(
        [
            "1. Factors leading to the Serious Case Review",
            "The subject of this review is Child B.",
            "A meeting agreed a recommendation to the Chair of the Local Safeguarding Children Board.",
        ],
        ["Child B was fifteen."],
    )
    assert meta.title is None
    assert meta.partnership is None and meta.area is None
    meta, _ = _meta(
        ["\u2018Child Q\u2019: Local Child Safeguarding Practice Review"], ["Q was 15."]
    )
    assert meta.title == "\u2018Child Q\u2019: Local Child Safeguarding Practice Review"


@pytest.mark.parametrize(
    "headline",
    [
        "Serious case review finds agencies missed chances to protect teenager",
        "Child safeguarding practice review criticises police over delay",
        "Serious Case Review published into death of baby in Norbridge",
        "Learning review says school should have acted sooner",
    ],
)
def test_a_press_headline_about_a_review_is_not_its_title(headline):
    """A news page reports on a review: its headline names the review type but titles the
    article, and the page's own title says the same. Blank, not wrong."""
    pages = [RawPage(1, [headline, "The boy was groomed online, the review found."])]
    blocks = [Block(text, 1) for text in pages[0].lines]
    meta, _ = extract_metadata(pages, blocks, [], f"{headline} | Norbridge News")
    assert meta.title is None
    assert meta.review_type is not None


def test_a_title_that_says_what_the_review_is_into_is_kept():
    meta, _ = _meta(["Serious Case Review into the death of Child K", "Published March 2019"])
    assert meta.title == "Serious Case Review into the death of Child K"
    meta, _ = _meta(["Serious Case Review", "Published March 2019"])
    assert meta.title == "Serious Case Review"


def test_a_pseudonym_given_in_passing_is_read_when_the_text_uses_it(tmp_path):
    """A press report or a summary without a cover names the child in prose. Naming someone else
    ("a man called Dean") or a place ("the unit known as Riverside") is not a pseudonym, and a
    name the text never uses again is not taken."""
    report = tmp_path / "press.txt"
    report.write_text(
        "Agencies missed warning signs, review finds\n\n"
        "The boy, named only as Kit in the serious case review, was abused by men he met online. "
        "A man called Dean had sent him messages for months. Kit was thirteen at the time. "
        "The unit known as Riverside was closed. Riverside staff said they were not told.\n",
        encoding="utf-8",
    )
    meta = parse_file(report).metadata
    assert meta.child_pseudonyms == ["Kit"]
    assert meta.title is None
    other = tmp_path / "summary.txt"
    other.write_text(
        "Summary of findings\n\nThe girl, whom the review calls Ellie, died in 2021 aged 15. "
        "Ellie had been bullied at school.\n",
        encoding="utf-8",
    )
    assert parse_file(other).metadata.child_pseudonyms == ["Ellie"]
    once = tmp_path / "once.txt"
    once.write_text(
        "Summary of findings\n\nThe girl, referred to in this report as Maya, died in 2021. "
        "The school had raised concerns.\n",
        encoding="utf-8",
    )
    assert parse_file(once).metadata.child_pseudonyms == []


def test_a_child_the_review_opens_on_by_name_and_age_is_read(tmp_path):
    """A Welsh child practice review names its child only where the brief outline begins ("Ioan
    was sixteen and lived..."). A name that opens a sentence with an age but that the report
    does not go on using, a parent ("Mother was nineteen"), or a name opening a sentence further
    into the report is not the child."""

    def review(outline: str) -> Path:
        path = tmp_path / "cpr.txt"
        path.write_text(
            "Glanrhyd Regional Safeguarding Children Board\n\nCHILD PRACTICE REVIEW\n"
            "Re: GRSCB 2/2025\n\nBrief outline of circumstances resulting in the review\n\n"
            f"{outline}\n\nPractice and organisational learning\n\n"
            "Agencies did not share what they knew.\n",
            encoding="utf-8",
        )
        return path

    meta = parse_file(
        review(
            "Ioan was sixteen and lived with his parents on a farm.\nIoan was doing well at "
            "college.\nIoan paid fifty pounds and was told it was not enough."
        )
    ).metadata
    assert (meta.child_pseudonyms, meta.child_age, meta.child_gender) == (
        ["Ioan"],
        "16 years",
        "male",
    )
    once = review(
        "Mother was nineteen when the baby was born.\nMother lived alone.\nMother moved.\n"
        "Dewi was 14, and lived nearby.\nThe baby was seen by the health visitor."
    )
    assert parse_file(once).metadata.child_pseudonyms == []
    filler = "\n".join(f"Agencies met on {n} occasions." for n in range(20, 40))
    later = review(
        f"{filler}\nGethin was fifteen and lived with his aunt.\nGethin left.\nGethin returned."
    )
    assert parse_file(later).metadata.child_pseudonyms == []


def test_a_date_closing_the_review_type_line_is_the_year_not_part_of_the_title(tmp_path):
    summary = tmp_path / "amara.txt"
    summary.write_text(
        'Southholm Safeguarding Children Partnership\n\nLearning Summary - "Amara"\n'
        "Local Child Safeguarding Practice Review, November 2025\n\nAbout Amara\n"
        "* Amara was thirteen and in Year 9.\n* Amara had moved school.\n"
        "* Amara stopped going to school.\n",
        encoding="utf-8",
    )
    meta = parse_file(summary).metadata
    assert (meta.title, meta.year) == ("Local Child Safeguarding Practice Review: Amara", 2025)
    meta, _ = _meta(["Serious Case Review \u2013 12/03/2019", "Executive summary"])
    assert (meta.title, meta.year) == ("Serious Case Review", 2019)


def test_a_child_the_press_adds_to_a_partnership_name_is_not_part_of_the_area():
    body = lookup("Oxfordshire Child Safeguarding Board")
    assert body.area == "Oxfordshire" and body.listed
    assert lookup("Chair of the Local Safeguarding Children Board") is None


def test_a_safeguarding_practice_review_without_child_in_its_name_is_one():
    """English partnerships often title a local review "Safeguarding Practice Review"."""
    meta, _ = _meta(
        [
            "Norbridge Safeguarding Children Partnership",
            "Safeguarding Practice Review: Child W (aged 2)",
            "Published October 2024",
        ],
        ["W was two years old."],
    )
    assert meta.review_type == "child safeguarding practice review"
    assert meta.title == "Safeguarding Practice Review: Child W (aged 2)"
    assert meta.child_pseudonyms == ["Child W"]


def test_age_and_gender_are_read_where_the_text_uses_the_bare_letter(tmp_path):
    """After the cover, "Child W" is "W"; a sibling's age is not the child's."""
    report = tmp_path / "review.txt"
    report.write_text(
        "Serious Case Review\n\nChild W\n\nPublished 2024\n\n"
        "W was two years old when he drowned. He lived with his mother and his five-year-old "
        "brother. W was often hungry and his nursery noticed.\n",
        encoding="utf-8",
    )
    meta = parse_file(report).metadata
    assert meta.child_pseudonyms == ["Child W"]
    assert meta.child_gender == "male"
    assert meta.child_age == "2 years"


def test_a_date_after_the_report_kind_is_the_publication_date():
    meta, _ = _meta(
        ["Serious Case Review", "Baby J", "Final report, June 2024"],
        ["J was four months old in 2023."],
    )
    assert meta.year == 2024
    meta, _ = _meta(["Serious Case Review", "Child K", "Independent reviewer's report, May 2021"])
    assert meta.year == 2021
    meta, _ = _meta(["Serious Case Review", "Child K", "Report approved on 3 May 2021"])
    assert meta.year is None


def test_a_date_sentence_sharing_the_bylines_paragraph_dates_the_report():
    """A Word cover sets byline and date in one paragraph ("Independent author: ... Final report,
    July 2026."): the date-only sentence dates the report; a date of death beside a byline does
    not, nor does a date inside a sentence of prose."""
    meta, _ = _meta(
        [
            "Marlowe Heath Safeguarding Children Partnership",
            "Child Safeguarding Practice Review: Sadie",
            "Independent author: Martin Oyelaran. Final report, July 2026.",
        ]
    )
    assert meta.year == 2026
    for line in (
        "Independent author: Martin Oyelaran. Date of death, July 2024.",
        "Independent author: Martin Oyelaran. Sadie went missing in July 2024.",
    ):
        meta, _ = _meta(["Marlowe Heath Safeguarding Children Partnership", "Review: Sadie", line])
        assert meta.year is None, line


def test_a_partnerships_seven_minute_briefing_gets_title_child_and_date(tmp_path):
    """A partnership's web page in the "7 minute briefing" format: the review type is only in
    the prose under the heading, and the page is signed with the partnership's name and a date.
    The generic age in the text ("boys aged fourteen") is not the child's."""
    page = tmp_path / "briefing.html"
    page.write_text(
        "<html><head><title>7 minute briefing: Child M | Wendlow Safeguarding Children "
        "Partnership</title></head><body><h1>7 minute briefing: Child M</h1>"
        "<p>Learning from a local child safeguarding practice review. Wendlow Safeguarding "
        "Children Partnership, October 2024.</p><h2>1. Background</h2><p>M lived with his "
        "father. Most children targeted in this way are boys aged fourteen to seventeen.</p>"
        "</body></html>",
        encoding="utf-8",
    )
    meta = parse_file(page).metadata
    assert meta.title == "7 minute briefing: Child M"
    assert meta.child_pseudonyms == ["Child M"]
    assert meta.year == 2024
    assert meta.partnership == "Wendlow Safeguarding Children Partnership"
    assert meta.child_age is None


def test_a_partnerships_learning_page_is_titled_by_its_heading_and_names_the_child(tmp_path):
    """ "Learning from a review: Young Person D" names no review type, which the prose gives
    later; it is the page's title all the same, and the pseudonym in it is the child's."""
    page = tmp_path / "learning.html"
    page.write_text(
        "<html><head><title>Learning from a review: Young Person D | Tollcross Safeguarding "
        "Children Partnership</title></head><body><main><h1>Learning from a review: Young Person "
        "D</h1><p>Tollcross Safeguarding Children Partnership commissioned this local child "
        "safeguarding practice review in 2025.</p><h2>About D</h2><p>D was fifteen. He lived "
        "with his father. D told two friends that he was gay. D said he was lonely.</p></main>"
        "</body></html>",
        encoding="utf-8",
    )
    meta = parse_file(page).metadata
    assert meta.title == "Learning from a review: Young Person D"
    assert meta.child_pseudonyms == ["Young Person D"]
    assert (meta.child_age, meta.child_gender) == ("15 years", "male")
    assert meta.review_type == "child safeguarding practice review"


def test_a_page_learning_from_a_case_is_titled_by_its_heading_and_names_the_family(tmp_path):
    """ "Learning from a case: the T children" is a page's title as "Learning from a review: ..."
    is, and a letter for a family's children is their pseudonym; the word "case" in prose, or a
    capital before "children" inside a sentence, are neither."""
    page = tmp_path / "t-children.html"
    page.write_text(
        "<html><body><main><h1>Learning from a case: the T children</h1><p>Saltcote "
        "Safeguarding Children Partnership, March 2026</p><h2>About this summary</h2><p>This "
        "page summarises a local child safeguarding practice review about three brothers. "
        "Learning from a case like this takes time. The T children now live with their aunt."
        "</p></main></body></html>",
        encoding="utf-8",
    )
    meta = parse_file(page).metadata
    assert meta.title == "Learning from a case: the T children"
    assert meta.child_pseudonyms == ["T children"]
    assert meta.review_type == "child safeguarding practice review" and meta.year == 2026
    assert pseudonyms_in("the K siblings") == ["K siblings"]
    assert pseudonyms_in("The T children now live with their aunt") is None
    assert pseudonyms_in("All children") is None


def test_a_practice_learning_note_is_titled_by_its_heading(tmp_path):
    """ "Practice learning note: Young Person T" is a briefing's format and its child, as
    "Learning brief: Baby R" is; a note in prose is no title."""
    page = tmp_path / "note.html"
    page.write_text(
        "<html><body><h1>Practice learning note: Young Person T</h1><p><em>From a local child "
        "safeguarding practice review. Published 2 October 2026.</em></p><h2>Summary</h2><p>T "
        "was fifteen when she was taken to hospital. T had been going out with him for six "
        "months.</p></body></html>",
        encoding="utf-8",
    )
    meta = parse_file(page).metadata
    assert meta.title == "Practice learning note: Young Person T"
    assert meta.child_pseudonyms == ["Young Person T"]
    assert meta.child_age == "15 years" and meta.year == 2026
    assert not BRIEFING_TITLE.search("The practice was noted in the learning log.")


def test_a_briefing_named_for_a_child_keeps_its_heading_as_title_over_a_short_signature(
    tmp_path,
):
    """The signature under the heading names a review type in two short sentences; it is not the
    title, and "7 minute" is no section number."""
    page = tmp_path / "lily.html"
    page.write_text(
        "<html><body><main><h1>7 minute briefing: Lily</h1><p>Northmoor Children's Safeguarding "
        "Partnership. Rapid review, published August 2026.</p><h2>1. The review</h2><p>This "
        "briefing sums up a rapid review into serious harm to Lily, aged twelve, who took an "
        "overdose in her bedroom.</p><p>She lives with her dad. Lily showed her head of year "
        "the posts, and her dad took her phone away at night.</p></main></body></html>",
        encoding="utf-8",
    )
    meta = parse_file(page).metadata
    assert meta.title == "7 minute briefing: Lily"
    assert meta.child_pseudonyms == ["Lily"]
    assert meta.child_gender == "female"
    assert meta.review_type == "rapid review" and meta.year == 2026


def test_the_covers_own_title_wins_over_a_running_header_that_names_the_review():
    """A header printed atop every page, the cover included, names the review in its own words;
    the title is the cover's line, read from where the cover prints it. A header alone still
    gives a title when the cover has none of its own."""
    header = "Child R - Local Child Safeguarding Practice Review"
    cover = [header, "Ashcombe Safeguarding Children Partnership"]
    cover += ["Local Child Safeguarding Practice Review: Child R", "October 2026"]
    body = [
        [header, f"R was fourteen; this is page {n} of the review.", f"Page {n}"] for n in (2, 3, 4)
    ]
    pages = [RawPage(1, cover)] + [
        RawPage(n, lines) for n, lines in zip((2, 3, 4), body, strict=True)
    ]
    blocks = [Block(text, page.number) for page in pages for text in page.lines]
    meta, sources = extract_metadata(pages, blocks, [], None)
    assert meta.title == "Local Child Safeguarding Practice Review: Child R"
    assert (sources["title"].page, sources["title"].line) == (1, 3)
    assert meta.child_pseudonyms == ["Child R"]
    pages[0] = RawPage(1, [header, "Ashcombe Safeguarding Children Partnership", "October 2026"])
    meta, _ = extract_metadata(pages, blocks, [], None)
    assert meta.title == header


def test_a_pdf_whose_header_names_the_review_is_titled_from_its_cover():
    meta = parse_file(UNSEEN_T / "ashcombe-child-r.pdf").metadata
    assert meta.title == "Local Child Safeguarding Practice Review: Child R"
    assert meta.partnership == "Ashcombe and Rill Valley Safeguarding Children Partnership"


def test_a_date_beside_a_name_is_a_publication_date_only_beside_a_safeguarding_body():
    meta, _ = _meta(["Serious Case Review", "Child K", "Harlow Safeguarding Board, May 2021"])
    assert meta.year == 2021
    meta, _ = _meta(["Serious Case Review", "Child K", "Harlow Road Surgery, May 2021"])
    assert meta.year is None
    meta, _ = _meta(
        ["Serious Case Review", "Child K", "Review period from Harlow Safeguarding Board, 2019"]
    )
    assert meta.year is None


@pytest.mark.parametrize(
    ("title", "names"),
    [
        ("Sisters A and C: local child safeguarding practice review", ["Child A", "Child C"]),
        ("SIBLINGS D AND E - SERIOUS CASE REVIEW", ["Child D", "Child E"]),
        ("Serious Case Review: Child N", ["Child N"]),
    ],
)
def test_the_children_are_read_from_either_side_of_the_title(title, names):
    meta, _ = _meta([title, "Published March 2024"])
    assert meta.child_pseudonyms == names


def test_a_cover_set_in_capitals_gives_title_pseudonym_and_report_date(tmp_path):
    """A plain-text report whose cover is in capitals, with the child on a line of its own and
    the date labelled "Report date": its title in title case, as briefings cite it, with
    initials kept."""
    report = tmp_path / "review.txt"
    report.write_text(
        "BRACKENHOLT CHILDREN'S SAFEGUARDING PARTNERSHIP\n\n"
        "LOCAL CHILD SAFEGUARDING PRACTICE REVIEW\n\nCHILD S\n\nReport date: 12 May 2025\n\n"
        "1. INTRODUCTION\n\n1.1 This review concerns Child S, who was fourteen when she died.\n\n"
        "1.2 S lived with her mother. S told her head of year about the bullying.\n",
        encoding="utf-8",
    )
    meta = parse_file(report).metadata
    assert meta.title == "Local Child Safeguarding Practice Review: Child S"
    assert meta.child_pseudonyms == ["Child S"]
    assert meta.year == 2025
    assert meta.child_gender == "female"
    report.write_text(
        "TOLLBRIDGE LSCB\n\nTHE SERIOUS CASE REVIEW (SCR) OF CHILD A\n\nPublished 2015\n\n"
        "1. INTRODUCTION\n\n1.1 This review concerns Child A.\n",
        encoding="utf-8",
    )
    assert parse_file(report).metadata.title == "Serious Case Review (SCR) of Child A"
    assert meta.partnership == "Brackenholt Children's Safeguarding Partnership"


def test_a_signed_off_date_and_ages_in_words(tmp_path):
    """A Scottish learning review signed "Report of the independent reviewer, <date>", lettered
    parts, and the child's age in words; the first age a sentence states is the child's."""
    report = tmp_path / "learning-review.txt"
    report.write_text(
        "LEARNING REVIEW\n\nChild R\n\nAshby Vale Child Protection Committee\n\n"
        "Report of the independent reviewer, March 2025\n\nA. WHY THIS REVIEW WAS HELD\n\n"
        "A.1 R was fifteen and had lived with her aunt, aged sixty, since she was nine.\n\n"
        "B. R'S STORY\n\nB.1 R went to the local academy. She liked art.\n",
        encoding="utf-8",
    )
    parsed = parse_file(report)
    assert parsed.metadata.year == 2025
    assert parsed.metadata.child_age == "15 years"
    assert [s.kind for s in parsed.sections] == ["front", "introduction", "practice_episodes"]
    other = tmp_path / "overview.txt"
    other.write_text(
        "SERIOUS CASE REVIEW\n\nChild K\n\nPublished: June 2023\n\n1. INTRODUCTION\n\n"
        "1.1 K was nine and lived with his mother and his sister, aged four.\n\n"
        "1.2 K had been known to the school since Reception.\n",
        encoding="utf-8",
    )
    assert parse_file(other).metadata.child_age == "9 years"
    other.write_text(
        "SERIOUS CASE REVIEW\n\nChild K\n\nPublished: June 2023\n\n1. INTRODUCTION\n\n"
        "1.1 This review concerns Child K, a white British boy who was fifteen when arrested.\n",
        encoding="utf-8",
    )
    meta = parse_file(other).metadata
    assert (meta.child_age, meta.child_gender) == ("15 years", "male")
    unnamed = tmp_path / "unnamed.txt"
    unnamed.write_text(
        "SERIOUS CASE REVIEW\n\nPublished: June 2023\n\n1. INTRODUCTION\n\n"
        "1.1 The number of agencies involved was nine.\n",
        encoding="utf-8",
    )
    assert parse_file(unnamed).metadata.child_age is None


def test_a_rapid_review_is_its_own_type_and_a_question_is_no_title():
    """England's rapid review, sent to the national Panel (which is no partnership) before any
    local review; a later heading asking whether a local review is needed is not the title."""
    meta, _ = _meta(
        [
            "Northfold Safeguarding Children Partnership",
            "Rapid Review: Child G",
            "Submitted to the Child Safeguarding Practice Review Panel, 21 June 2025",
            "Is a local child safeguarding practice review required?",
        ]
    )
    assert (meta.review_type, meta.title) == ("rapid review", "Rapid Review: Child G")
    assert meta.partnership == "Northfold Safeguarding Children Partnership"
    # Its year is the submission date's (below), not a publication year it does not have.
    assert meta.child_pseudonyms == ["Child G"] and meta.year == 2025
    meta, _ = _meta(["Is a serious case review needed here?", "Kingsford LSCB"])
    assert meta.title is None
    meta, _ = _meta(
        ["Learning from a rapid review and local child safeguarding practice review: Child T"]
    )
    assert meta.review_type == "child safeguarding practice review"


def test_a_year_from_the_chronology_is_not_the_publication_year():
    meta, sources = _meta(
        [
            "Serious Case Review",
            "Child P",
            "Date of death: 4 March 2008",
            "Review period 2006-2008",
        ],
        ["In 2009 the board agreed the report."],
    )
    assert meta.year is None and "year" not in sources


def test_gazetteer_normalises_names_and_knows_the_four_nations():
    assert lookup("Leeds LSCB").name == "Leeds Local Safeguarding Children Board"
    assert lookup("Fife CPC").nation == "Scotland"
    assert lookup("Western Bay Safeguarding Board").name == "West Glamorgan Safeguarding Board"
    assert lookup("Safeguarding Board for Northern Ireland").nation == "Northern Ireland"
    assert lookup("Swansea Regional Safeguarding Board").area == "West Glamorgan"
    unknown = lookup("Kingsford Safeguarding Children Partnership")
    assert unknown.area == "Kingsford" and not unknown.listed
    # Only England's partnerships are named so; a bare "Safeguarding Partnership" tells no nation.
    assert unknown.nation == "England"
    assert lookup("Askerby Children's Safeguarding Partnership").nation == "England"
    assert lookup("Fenmouth Safeguarding Partnership").nation is None
    assert find_bodies("the Local Safeguarding Children Board met") == []
    assert "Child Safeguarding Practice Review Panel" in national_bodies()
    for name in national_bodies():
        assert find_bodies(name) == [] or find_bodies(name)[0].body.name != name


def test_outcome_counts_blank_and_wrong_apart():
    assert outcome(None, 2019) == "blank"
    assert outcome(2018, 2019) == "wrong"
    assert outcome(["Child B", "Child A"], ["Child A", "Child B"]) == "right"


def test_meta_command_shows_where_each_field_was_read(tmp_path):
    from build import build

    built = dict((cover.key, path) for path, cover in build(tmp_path / "covers"))
    db = tmp_path / "c.db"
    runner = CliRunner()
    result = runner.invoke(app, ["ingest", str(built["sbni-child-lw"]), "--db", str(db)])
    assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["meta", "1", "--db", str(db), "--json"])
    data = json.loads(result.stdout)
    assert data["metadata"]["partnership"] == "Safeguarding Board for Northern Ireland"
    assert data["sources"]["partnership"]["page"] == 1
    assert data["sources"]["partnership"]["line"] == 1
    assert data["sources"]["year"]["evidence"] == "Published: 2017"
    table = runner.invoke(app, ["meta", "1", "--db", str(db)])
    assert "p. 1, line" in table.stdout


def test_reextract_refreshes_metadata_and_keeps_corrections(tmp_path):
    from build import build
    from sqlalchemy import update

    from casebrief.store import Store
    from casebrief.store.schema import reviews

    built = {cover.key: path for path, cover in build(tmp_path / "covers")}
    db = tmp_path / "c.db"
    runner = CliRunner()
    paths = [str(built["kent-sibling-group-x"]), str(built["glasgow-child-m"])]
    assert runner.invoke(app, ["ingest", *paths, "--db", str(db)]).exit_code == 0
    store = Store(f"sqlite:///{db}")
    kent = store.resolve_review("Sibling group X")
    glasgow = store.resolve_review("Child M")
    with store.transaction() as conn:  # as an older casebrief would have left them
        conn.execute(update(reviews).values(year=2008, partnership="Ofsted", metadata_sources=None))
    runner.invoke(app, ["meta", str(glasgow), "--set", "year=2023", "--db", str(db)])

    result = runner.invoke(app, ["reextract", "--db", str(db), "--json"])
    assert result.exit_code == 0, result.output
    by_id = {r["review_id"]: r for r in json.loads(result.stdout)}
    assert by_id[kent]["status"] == "changed"
    assert by_id[kent]["changes"]["year"] == [2008, 2009]
    kent_row, glasgow_row = store.get_review(kent), store.get_review(glasgow)
    assert kent_row["partnership"] == "Kent Safeguarding Children Board"
    assert kent_row["metadata_sources"]["year"]["evidence"] == "Published November 2009"
    assert glasgow_row["year"] == 2023  # the analyst's correction stays in force
    assert glasgow_row["partnership"] == "Glasgow Child Protection Committee"

    Path(paths[0]).unlink()
    result = runner.invoke(app, ["reextract", str(kent), "--db", str(db)])
    assert result.exit_code == 1
    assert "ingest it again" in result.stdout
    assert store.get_review(kent)["year"] == 2009  # nothing lost


def test_a_child_of_an_age_is_the_childs_age_and_another_persons_is_not(tmp_path):
    """ "M, a girl of thirteen" gives M's age and gender; the age of "a seventeen-year-old who
    had left the school" in a sentence that does not name M is somebody else's."""
    report = tmp_path / "review.txt"
    report.write_text(
        "LOCAL CHILD SAFEGUARDING PRACTICE REVIEW\n\nChild M\n\n1. INTRODUCTION\n\n"
        "1.1 The picture reached a seventeen-year-old who had left the school.\n\n"
        "1.2 This review concerns M, a girl of thirteen who has a learning disability.\n",
        encoding="utf-8",
    )
    meta = parse_file(report).metadata
    assert (meta.child_age, meta.child_gender) == ("13 years", "female")
    report.write_text(
        "LOCAL CHILD SAFEGUARDING PRACTICE REVIEW\n\nChild M\n\n1. INTRODUCTION\n\n"
        "1.1 The picture reached a seventeen-year-old who had left the school.\n\n"
        "1.2 M went to a school of 900 pupils.\n",
        encoding="utf-8",
    )
    assert parse_file(report).metadata.child_age is None


def test_a_web_summary_signed_with_its_publication_date(tmp_path):
    """A partnership page's byline: "<partnership>. Summary for publication, October 2026."."""
    page = tmp_path / "child-r.html"
    page.write_text(
        "<html><body><main><h1>Child Safeguarding Practice Review: Child R</h1>"
        "<p>Stannard Safeguarding Children Partnership. Summary for publication, October 2026.</p>"
        "<h2>About R</h2><p>R was fifteen when he was hurt.</p></main></body></html>",
        encoding="utf-8",
    )
    assert parse_file(page).metadata.year == 2026


def test_a_welsh_review_kind_or_a_byline_dates_an_unpublished_report():
    """Under the title, Wales's "Concise child practice review, August 2026" and a byline's
    "Author: independent reviewer, September 2026" date the report when nothing says it was
    published (set BE); a date of death in the text does not."""
    for line in (
        "Concise child practice review, August 2026",
        "Extended child practice review, August 2026",
        "Author: independent reviewer, August 2026",
    ):
        meta, sources = _meta(
            ["Rhoswen Regional Safeguarding Board", "Learning summary: Child B", line]
        )
        assert meta.year == 2026 and sources["year"].confidence <= 0.6, line
    meta, _ = _meta(["Learning summary: Child B"], ["Child B died in August 2026."])
    assert meta.year is None


def test_a_rapid_reviews_submission_date_gives_its_year_when_nothing_is_published():
    """A rapid review goes to the national panel rather than being published: its cover's
    "Submitted to the Panel, 21 August 2026" is the report's date. A published date wins, and a
    submission date inside the text is no cover date."""
    meta, sources = _meta(
        [
            "Hartmoor Safeguarding Children Partnership",
            "Rapid Review: Child E",
            "Submitted to the Child Safeguarding Practice Review Panel, 21 August 2026",
        ]
    )
    assert meta.year == 2026 and sources["year"].confidence <= 0.6
    meta, _ = _meta(
        [
            "Rapid Review: Child E",
            "Submitted to the Child Safeguarding Practice Review Panel, 21 August 2024",
            "Published 3 March 2025",
        ]
    )
    assert meta.year == 2025
    meta, _ = _meta(
        ["Rapid Review: Child E"],
        ["The draft was submitted to the panel, which met in 2019."],
    )
    assert meta.year is None
    # A rapid review on a partnership's template dates itself "Date of review", on a line that
    # goes on; a review period on the cover is no such date.
    meta, _ = _meta(
        [
            "Askerby Children's Safeguarding Partnership",
            "Rapid Review: Young Person M",
            "Date of review: 3 September 2026. Status: final.",
        ]
    )
    assert meta.year == 2026
    # A cover's report-kind line with its date ("Executive Summary - April 2026", set AB's
    # scanned summary) gives the year, as "Overview report, May 2019" does
    meta, _ = _meta(
        ["Child Safeguarding Practice Review: Child D", "Executive Summary - April 2026"]
    )
    assert meta.year == 2026
    # ... or by the date its panel met
    meta, _ = _meta(["Rapid Review: Baby S", "Date of meeting: 4 August 2026."])
    assert meta.year == 2026
    meta, _ = _meta(["Rapid Review: Child E", "Review period: 2019 to 2021"])
    assert meta.year is None
    # A Welsh review dates its cover by when it went to the Welsh Government
    meta, _ = _meta(["Child Practice Review Report", "Date sent to Welsh Government: 14 May 2026"])
    assert meta.year == 2026
    meta, _ = _meta(
        ["Child Practice Review Report", "Date report sent to Welsh Government: 3.2.2025"]
    )
    assert meta.year == 2025
    # ... or by when the report was finished, where nothing gives a publication date
    meta, _ = _meta(
        ["Extended Child Practice Review", "Megan, aged 16", "Report completed: June 2026"]
    )
    assert meta.year == 2026
    meta, _ = _meta(
        [
            "Extended Child Practice Review",
            "Report completed: December 2025",
            "Published February 2026",
        ]
    )
    assert meta.year == 2026
    meta, _ = _meta(["Child Practice Review: Child H", "Chronology completed: March 2024"])
    assert meta.year is None
    meta, _ = _meta(
        ["Child Practice Review Report"], ["The report was sent to the Welsh Government in 2019."]
    )
    assert meta.year is None


def test_a_briefing_under_a_banner_div_keeps_its_heading_and_its_partnership(tmp_path):
    """A seven-minute briefing whose partnership is named only in a banner <div> above the
    heading, and whose standfirst is one sentence naming the review type and a date: the banner
    is read (a div holding its own text is a paragraph), the heading naming the child is the
    title, not the standfirst. A div of paragraphs is read once, through them."""
    page = tmp_path / "l.html"
    page.write_text(
        "<html><head><title>7 minute briefing: Child L</title></head><body>"
        '<div class="banner">Corrant Vale Safeguarding Children Partnership &middot; Learning '
        "and improvement</div><h1>7 minute briefing: Child L</h1><p>Learning from a local child "
        "safeguarding practice review, published November 2026.</p><div><p>L was fifteen and "
        "lived with her grandmother.</p><p>L said she felt alone.</p></div></body></html>",
        encoding="utf-8",
    )
    parsed = parse_file(page)
    meta = parsed.metadata
    assert meta.title == "7 minute briefing: Child L"
    assert meta.partnership == "Corrant Vale Safeguarding Children Partnership"
    assert meta.nation == "England" and meta.year == 2026
    assert meta.child_pseudonyms == ["Child L"]
    assert [s.text for s in parsed.sentences].count("L said she felt alone.") == 1


def test_a_web_page_whose_partnership_is_named_only_in_its_title_and_footer(tmp_path):
    """A partnership's page names itself in its logo, its <title> ("Learning brief: Siblings A
    and B | Kestrelmoor Safeguarding Children Partnership") and its footer, all page furniture
    that is not read as text: the title names the site, so the partnership. A national body
    there is not a partnership."""

    def page(title: str):
        path = tmp_path / f"{len(list(tmp_path.iterdir()))}.html"
        path.write_text(
            f"<html><head><title>{title}</title></head><body><header><p class='logo'>"
            "Kestrelmoor Safeguarding Children Partnership</p></header><main>"
            "<h1>Learning brief: Siblings A and B</h1><p>Rapid review and local child "
            "safeguarding practice review, published 9 September 2026</p><p>A is a boy of "
            "fourteen and B is his sister.</p></main><footer><p>&copy; Kestrelmoor Safeguarding "
            "Children Partnership 2026</p></footer></body></html>",
            encoding="utf-8",
        )
        return parse_file(path)

    parsed = page(
        "Learning brief: Siblings A and B | Kestrelmoor Safeguarding Children Partnership"
    )
    assert parsed.metadata.partnership == "Kestrelmoor Safeguarding Children Partnership"
    assert parsed.metadata.nation == "England"
    assert parsed.metadata.title == "Learning brief: Siblings A and B"
    assert not any("Kestrelmoor" in s.text for s in parsed.sentences)
    assert page("Learning brief: Siblings A and B | NSPCC Learning").metadata.partnership is None


def test_a_learning_brief_names_its_child_in_prose_and_its_title_is_the_heading(tmp_path):
    """A partnership's learning brief whose first paragraph names the review type in a sentence
    ("... learned from a local child safeguarding practice review after the death of a
    twelve-year-old boy we call E.") keeps its heading as the title and reads the letter E as the
    child's name, once the report uses it again."""
    page = tmp_path / "brief.html"
    page.write_text(
        "<html><body><main><h1>Learning brief: E</h1>"
        "<p>Kestondale Safeguarding Children Partnership. Published 14 October 2026.</p>"
        "<p>This brief sets out what we learned from a local child safeguarding practice review "
        "after the death of a twelve-year-old boy we call E. His family chose the name.</p>"
        "<h2>About E</h2><p>E loved football. E's sister told us about his phone.</p>"
        "</main></body></html>",
        encoding="utf-8",
    )
    meta = parse_file(page).metadata
    assert meta.title == "Learning brief: E"
    assert meta.child_pseudonyms == ["E"]
    assert (meta.child_age, meta.child_gender) == ("12 years", "male")


def test_ages_given_in_passing_and_a_young_person_called_a(tmp_path):
    """ "after N, then fifteen, told a youth worker" is N's age, not the nine of a later sentence
    about her father leaving; "Young Person A" is "A" where a verb or a possessive follows, so
    "A was sixteen when she died" gives the age and "her" the gender, as does "about A, a boy of
    fourteen", and the article "A" is not the child."""
    report = tmp_path / "n.txt"
    report.write_text(
        "Child Safeguarding Practice Review: Child N\n\n1. Introduction\n\n"
        "1.1 The review began after N, then fifteen, told a youth worker about the men.\n\n"
        "1.2 Her father left when she was nine.\n",
        encoding="utf-8",
    )
    assert parse_file(report).metadata.child_age == "15 years"
    report = tmp_path / "a.md"
    report.write_text(
        "# Local Child Safeguarding Practice Review: Young Person A\n\n## 1. Introduction\n\n"
        "A was sixteen when she died, a week after her results. A lived with her father. "
        "She set herself high standards. A review panel was appointed.\n",
        encoding="utf-8",
    )
    meta = parse_file(report).metadata
    assert (meta.child_age, meta.child_gender) == ("16 years", "female")
    report.write_text(
        "# Local Child Safeguarding Practice Review: Young Person A\n\n## 1. Introduction\n\n"
        "A review panel was appointed when he was nine. A report was written.\n",
        encoding="utf-8",
    )
    assert parse_file(report).metadata.child_age is None
    report.write_text(  # set BY's web page: "A," then an apposition is the child
        "# Child A: learning from a local review\n\n## About this review\n\n"
        "This page sets out what we learned from a review about A, a boy of fourteen who was "
        "abused by a man he met online. A and his mother took part.\n",
        encoding="utf-8",
    )
    meta = parse_file(report).metadata
    assert (meta.child_age, meta.child_gender) == ("14 years", "male")


def test_a_review_of_several_children_gives_no_one_childs_age(tmp_path):
    """ "Three siblings, aged two, five and eight" (set V) or "two girls aged four and nine" (set
    B): the review is of all of them, and the first age is not the child's."""
    for ages in ("aged two, five and eight", "aged 4 and 9"):
        review = tmp_path / "siblings.txt"
        review.write_text(
            "Child Practice Review: the Pellworth siblings\n\n1. Why we carried out this review\n\n"
            f"1.1 This review began after three siblings, {ages}, were found in a cold house.\n",
            encoding="utf-8",
        )
        assert parse_file(review).metadata.child_age is None, ages
    review.write_text(
        "Child Practice Review: Child B\n\n1. Background\n\n"
        "1.1 Child B was nine and lived with his sister, aged four.\n",
        encoding="utf-8",
    )
    assert parse_file(review).metadata.child_age == "9 years"


def test_a_word_title_that_names_no_review_type_is_the_title_and_names_the_child(tmp_path):
    """An independent reviewer's report in Word, titled in Word's Title style "A review of what
    happened to Sam", names no review type: the styled title is the title and gives the child.
    A styled title that is not about a review ("Draft for the panel") is not taken, nor is a
    name the text never uses."""
    from docx import Document

    def report(title: str, body: str):
        d = Document()
        d.add_paragraph("Harbourne Safeguarding Children Partnership")
        d.add_heading(title, 0)
        d.add_paragraph(body)
        path = tmp_path / f"{len(list(tmp_path.iterdir()))}.docx"
        d.save(str(path))
        return parse_file(path).metadata

    body = (
        "Sam was eleven when his mother asked for help. He lived with her and two brothers. "
        "Sam said he played on his tablet every night."
    )
    meta = report("A review of what happened to Sam", body)
    assert meta.title == "A review of what happened to Sam"
    assert meta.child_pseudonyms == ["Sam"]
    assert meta.child_gender == "male"
    assert meta.partnership == "Harbourne Safeguarding Children Partnership"
    assert report("Draft for the panel", body).title is None
    unused = report("A review of what happened to Sam", "The boy was eleven.")
    assert unused.child_pseudonyms == []


def test_a_learning_process_cover_names_its_child_beside_an_age(tmp_path):
    """A significant incident learning process (SILP) is a learning review; its cover's next line
    "Jay (aged 14)" is the child's name with an age, which the report uses again. Where the cover
    gives no name, "Jay has asked to be called Jay in this report" names him in the text."""
    report = tmp_path / "silp.txt"
    report.write_text(
        "Significant Incident Learning Process\nJay (aged 14)\n\n"
        "Commissioned by Wexcombe Safeguarding Children Partnership\n\n1. Why this review\n\n"
        "Jay was fourteen when the police found him. He lives with his mother, and Jay said "
        "he was scared.\n",
        encoding="utf-8",
    )
    meta = parse_file(report).metadata
    assert meta.review_type == "learning review"
    assert meta.title == "Significant Incident Learning Process: Jay (aged 14)"
    assert meta.nation == "England"  # a learning review names none; its partnership does
    assert (meta.child_pseudonyms, meta.child_age, meta.child_gender) == (
        ["Jay"],
        "14 years",
        "male",
    )
    report.write_text(
        "Wexcombe Safeguarding Children Partnership\n\nA review of our work\n\n1. About him\n\n"
        "He has asked to be called Jay in this report. Jay was fourteen and lived with his mother.\n",
        encoding="utf-8",
    )
    assert parse_file(report).metadata.child_pseudonyms == ["Jay"]


def test_a_child_code_closing_a_reference_line_is_the_pseudonym(tmp_path):
    """A Welsh board prints its reference and the child on one line ("Re: CTRSCB 2/2025 - Child
    E") under the title and the text then calls her E: the code is the child's, and completes the
    title. A first name there may be an author's and is not taken, and the reference is no
    publication year."""
    from docx import Document

    def report(line: str):
        d = Document()
        d.add_paragraph("Cwm Teifion Regional Safeguarding Children Board")
        d.add_heading("Extended Child Practice Review Report", 0)
        d.add_paragraph(line)
        d.add_heading("Brief outline of circumstances", 1)
        d.add_paragraph(
            "Child E was a girl of thirteen when she was admitted. E had moved school twice."
        )
        path = tmp_path / f"{len(list(tmp_path.iterdir()))}.docx"
        d.save(str(path))
        return parse_file(path).metadata

    meta = report("Re: CTRSCB 2/2025 - Child E")
    assert (meta.child_pseudonyms, meta.child_gender, meta.year) == (["Child E"], "female", None)
    assert meta.title == "Extended Child Practice Review Report: Child E"
    assert report("Reviewer: Anna").child_pseudonyms == []
    # ... or in brackets after the reference (set AC's concise review), where an age in
    # brackets is not a child
    meta = report("Concise Child Practice Review re: HVRSB 04/2025 (Child E)")
    assert meta.child_pseudonyms == ["Child E"]
    assert meta.title == "Extended Child Practice Review Report: Child E"
    assert report("Re: CTRSCB 2/2025 (aged 13)").child_pseudonyms == []
    assert report("Re: CTRSCB 2/2025 - Child E (aged 13)").child_pseudonyms == ["Child E"]


def test_a_babys_gender_from_the_family_in_the_sentence_giving_the_age(tmp_path):
    """A baby's review names no "girl" or "boy" and has few pronouns: the sentence giving the
    age tells the family ("died at ten weeks after sleeping on a sofa with her father"), and the
    possessive there is the baby's. Both "her" and "his" kin leave it blank."""
    report = tmp_path / "baby.txt"
    for family, gender in (
        ("with her father", "female"),
        ("with his father", "male"),
        ("with his father and her mother", None),
    ):
        report.write_text(
            "Local Child Safeguarding Practice Review: Baby T\n\n1. Introduction\n\n"
            f"1.1 Baby T died at the age of ten weeks after sleeping on a sofa {family}.\n\n"
            "1.2 The father had been awake until three, and fell asleep with T on his chest.\n",
            encoding="utf-8",
        )
        meta = parse_file(report).metadata
        assert (meta.child_age, meta.child_gender) == ("10 weeks", gender), family


def test_the_gender_from_a_clause_of_the_childs_own_in_the_sentence_giving_the_age(tmp_path):
    """A short briefing whose other sentences name the child without a pronoun after: the
    sentence giving the age goes on to a clause of the child's own ("when she was found"), and
    its subject is the child. A pronoun in someone else's words ("someone who said he was a
    scout") is not the child's, and leaves the gender blank."""
    report = tmp_path / "brief.txt"
    for clause, gender in (
        ("and had lived in a children's home for a year when she was found in a flat", "female"),
        ("and had been at the school for a year before he was excluded", "male"),
        ("and was befriended in a football game by someone who said he was a scout", None),
    ):
        report.write_text(
            "Kayla: learning from a rapid review\n\nWhat happened\n\n"
            f"Kayla was fifteen {clause}.\n\nNo one asked who paid for the taxis that collected "
            "Kayla.\n\nThe review met online in January.\n",
            encoding="utf-8",
        )
        meta = parse_file(report).metadata
        assert (meta.child_age, meta.child_gender) == ("15 years", gender), clause


def test_a_covers_labels_are_read_for_the_metadata_and_are_no_sentences(tmp_path):
    """A cover's date, author, publisher and pseudonym lines ("Published: March 2026", "Report
    author: independent reviewer") give the metadata and stay searchable, but are no sentences
    of the review to code, quote or count. The same words in the review's prose stay sentences."""
    review = tmp_path / "child-j.txt"
    review.write_text(
        "SALLOWFIELD SAFEGUARDING PARTNERSHIP\n\nSerious Case Review\nChild J\n\n"
        "Report author: independent reviewer\nDate of publication: 2 March 2026\n\n\n"
        "1. Introduction\n\nJ was seventeen when he drowned in the river near his home in August "
        "2024 after drinking with friends.\n\nPublished in 2020, the local guidance was not used.\n"
        "\nChild J\n\nReviewers found that the plans were not followed.\n",
        encoding="utf-8",
    )
    parsed = parse_file(review)
    texts = [s.text for s in parsed.sentences]
    assert texts[0].startswith("J was seventeen")
    assert "Published in 2020, the local guidance was not used." in texts
    assert "Reviewers found that the plans were not followed." in texts
    assert texts.count("Child J") == 1  # later in the text, a line of its own stays
    assert "Report author: independent reviewer" in parsed.text
    meta = parsed.metadata
    assert (meta.partnership, meta.year, meta.child_pseudonyms) == (
        "Sallowfield Safeguarding Partnership",
        2026,
        ["Child J"],
    )


def test_a_partnership_wrapped_over_two_cover_lines_and_a_title_run_into_its_byline(tmp_path):
    """A large cover type wraps the partnership's name over two lines, neither naming it alone;
    the title line under it, ending in no full stop, runs into the byline below it as one
    paragraph. The partnership is the two lines read together, and title and byline are no
    sentence."""
    review = tmp_path / "holmbridge-child-b.txt"
    review.write_text(
        "Holmbridge Safeguarding\nChildren Partnership\n\n"
        "Child Safeguarding Practice Review concerning Child B\n"
        "Lead reviewer: K. Adeyemi. Published November 2026.\n\n"
        "Introduction\n\nB is thirteen and lives with his mother.\n",
        encoding="utf-8",
    )
    parsed = parse_file(review)
    meta = parsed.metadata
    assert (meta.partnership, meta.area, meta.year, meta.child_pseudonyms) == (
        "Holmbridge Safeguarding Children Partnership",
        "Holmbridge",
        2026,
        ["Child B"],
    )
    assert [s.text for s in parsed.sentences] == ["B is thirteen and lives with his mother."]


def test_a_partnership_is_not_made_of_two_cover_lines_that_name_other_things(tmp_path):
    """Two cover lines read together name a body only when its name runs across the break: a
    line naming a national body and a line after it are not a local partnership."""
    review = tmp_path / "child-c.txt"
    review.write_text(
        "Child Safeguarding Practice Review Panel\nNational review: Child C\n\n"
        "Published May 2026.\n\nIntroduction\n\nC is fifteen.\n",
        encoding="utf-8",
    )
    assert parse_file(review).metadata.partnership is None


def test_a_cover_tables_reviewer_status_and_agreed_date_are_metadata_not_sentences(tmp_path):
    """A Word cover table's rows ("Lead reviewer | ...", "Status | Final, for publication",
    "Date agreed by the partnership | 3 February 2026") label the report: the year is read from
    the agreed date, and no row is a sentence to code or count. A table after the prose begins
    is the review's own and stays."""
    from docx import Document

    doc = Document()
    doc.add_heading("Ravensike Safeguarding Children Partnership", level=0)
    cover = doc.add_table(rows=4, cols=2)
    rows = [
        ("Review", "Local Child Safeguarding Practice Review - Child T"),
        ("Lead reviewer", "Martin Oyelaran"),
        ("Date agreed by the partnership", "3 February 2026"),
        ("Status", "Final, for publication"),
    ]
    for row, (label, value) in zip(cover.rows, rows, strict=True):
        row.cells[0].text, row.cells[1].text = label, value
    doc.add_heading("Introduction", level=1)
    doc.add_paragraph(
        "This review concerns T, a boy of nine, who was admitted to hospital in August 2025 "
        "with a healing fracture of his arm."
    )
    later = doc.add_table(rows=1, cols=2)
    later.rows[0].cells[0].text, later.rows[0].cells[1].text = "Status", "Final"
    path = tmp_path / "ravensike-child-t.docx"
    doc.save(path)

    parsed = parse_file(path)
    texts = [s.text for s in parsed.sentences]
    assert texts[0].startswith("This review concerns T")
    assert not any(
        "Oyelaran" in t or "3 February 2026" in t or "for publication" in t for t in texts
    )
    assert "Status | Final" in texts  # after the prose: the review's own table
    assert "Lead reviewer | Martin Oyelaran" in parsed.text  # still searchable
    meta = parsed.metadata
    assert (meta.year, meta.child_pseudonyms, meta.child_age) == (2026, ["Child T"], "9 years")
    assert meta.title == "Local Child Safeguarding Practice Review - Child T"


@pytest.mark.parametrize(
    ("child_row", "name", "title_name"),
    [
        (("Child", "G (a name she chose for this report)"), ["G"], "G"),
        (("Pseudonym", "Nia (not her real name)"), ["Nia"], "Nia"),
    ],
)
def test_a_cover_tables_child_row_with_a_note_names_the_child_and_its_date_row_is_no_sentence(
    tmp_path, child_row, name, title_name
):
    """A Word cover table's "Child | G (a name she chose for this report)" row gives the child's
    pseudonym, without the note, to the metadata and the title, and so her age; the
    row and a "Date | October 2025" row label the report and are no sentences."""
    from docx import Document

    doc = Document()
    doc.add_heading("Local Child Safeguarding Practice Review", level=0)
    cover = doc.add_table(rows=3, cols=2)
    rows = [
        child_row,
        ("Partnership", "Penwyn Safeguarding Children Partnership"),
        ("Date", "October 2025"),
    ]
    for row, (label, value) in zip(cover.rows, rows, strict=True):
        row.cells[0].text, row.cells[1].text = label, value
    doc.add_heading("Why this review", level=1)
    first = name[0]
    doc.add_paragraph(
        f"This review began after {first}, then twelve, was admitted to hospital. "
        f"{first} lives with her father and brothers."
    )
    path = tmp_path / "penwyn-child.docx"
    doc.save(path)

    parsed = parse_file(path)
    texts = [s.text for s in parsed.sentences]
    assert texts[0].startswith("This review began after")
    assert not any("October 2025" in t or "not her real name" in t or "chose" in t for t in texts)
    meta = parsed.metadata
    assert (meta.child_pseudonyms, meta.child_age) == (name, "12 years")
    assert meta.title == f"Local Child Safeguarding Practice Review: {title_name}"
    assert meta.year == 2025


def test_a_one_sheet_briefs_publisher_and_format_line_is_its_title_not_a_sentence(tmp_path):
    """A learning sheet whose first lines run the publisher into the format and child ("...
    Partnership / Practice learning sheet: Child E") is titled by the format line, which is no
    sentence; a child's age in brackets after the name is read before a later "aged 11"."""
    sheet = tmp_path / "child-e.txt"
    sheet.write_text(
        "Brackenholt Safeguarding Children Partnership\nPractice learning sheet: Child E\n\n"
        "About this review\n\nE (14) plays football for a girls' team in the town, and the "
        "review looked at the help she was given after she disclosed abuse.\n\n"
        "She moved to her father's home aged 11 after her parents separated.\n",
        encoding="utf-8",
    )
    parsed = parse_file(sheet)
    texts = [s.text for s in parsed.sentences]
    assert texts[0].startswith("E (14) plays football")
    assert not any("learning sheet" in t for t in texts)
    meta = parsed.metadata
    assert meta.title == "Practice learning sheet: Child E"
    assert meta.partnership == "Brackenholt Safeguarding Children Partnership"
    assert (meta.child_pseudonyms, meta.child_age) == (["Child E"], "14 years")


def test_a_learning_from_practice_page_is_titled_by_its_heading_which_opens_no_section(tmp_path):
    """A partnership's page headed "Learning from practice: Young Person S" takes the heading as
    its title and child, and its year from the note under it; the heading is the page's cover,
    not a learning section."""
    page = tmp_path / "young-person-s.html"
    page.write_text(
        "<html><head><title>Learning from practice: Young Person S - Corvedale Children's "
        "Safeguarding Partnership</title></head><body><article>"
        "<h1>Learning from practice: Young Person S</h1>"
        "<p><em>Rapid review, April 2026. This summary was agreed with S and his family.</em></p>"
        "<h2>Summary</h2><p>S is sixteen and lives with his mother and stepfather.</p>"
        "<h2>Further reading</h2><p>Advice for parents whose children have shared nudes is "
        "available from the government's website.</p></article></body></html>",
        encoding="utf-8",
    )
    parsed = parse_file(page)
    meta = parsed.metadata
    assert meta.title == "Learning from practice: Young Person S"
    assert meta.child_pseudonyms == ["Young Person S"]
    assert meta.partnership == "Corvedale Children's Safeguarding Partnership"
    assert meta.year == 2026  # from the note under the title: "Rapid review, April 2026."
    kinds = {s.heading: s.kind for s in parsed.sections}
    assert kinds["Learning from practice: Young Person S"] == "front"
    assert kinds["Summary"] == "summary"
    # A page's reading list speaks to every reader: the advice it names is no harm to the child.
    assert kinds["Further reading"] == "learning"
    from casebrief.codebook import load_codebook
    from casebrief.coding.coder import Coder

    guidance = next(s for s in parsed.sentences if s.text.startswith("Advice for parents"))
    kind = parsed.sections[guidance.section].kind
    codings = Coder(load_codebook("online-harm")).code_sentence(guidance.text, kind)
    harms = [c for c in codings if c.category == "harm_type"]
    assert harms and all(c.generic for c in harms)


def test_a_word_reviews_contents_list_and_concerning_line_are_no_sentences(tmp_path):
    """A Word review whose cover says only "Concerning M" and whose contents list has no page
    numbers: the letter is the child's pseudonym (and so finds her age and gender in the text),
    and neither the cover line nor the contents lines are sentences to code or count."""
    from docx import Document

    d = Document()
    d.add_paragraph("Kestrelford Safeguarding Children Partnership")
    d.add_heading("Local Child Safeguarding Practice Review", level=0)
    d.add_paragraph("Concerning M")
    d.add_heading("Contents", level=1)
    for line in ["1. Why this review happened", "2. M's story"]:
        d.add_paragraph(line)
    d.add_heading("1. Why this review happened", level=1)
    d.add_paragraph("In March 2025 M's mother found her daughter, then thirteen, awake at night.")
    d.add_heading("2. M's story", level=1)
    d.add_paragraph("M lives with her mother and her two younger half-brothers.")
    d.add_paragraph("M had begun to cut the tops of her arms and she stopped eating at school.")
    d.add_paragraph("Why this review happened is set out in the terms of reference.")
    path = tmp_path / "kestrelford-m.docx"
    d.save(str(path))
    parsed = parse_file(path)
    texts = [s.text for s in parsed.sentences]
    assert texts[0].startswith("In March 2025")
    assert not any(t in texts for t in ["Concerning M", "1. Why this review happened"])
    # a sentence that only begins like a heading is still one
    assert "Why this review happened is set out in the terms of reference." in texts
    meta = parsed.metadata
    assert meta.child_pseudonyms == ["M"]
    assert (meta.child_age, meta.child_gender) == ("13 years", "female")


def test_a_pages_fact_box_is_read_as_labels_and_its_title_heading_opens_no_section(tmp_path):
    """A learning page's definition list of key facts ("Type of review", "Child: J, a boy aged
    11", "Agencies involved") labels the review; its "Child J: learning from a local review"
    heading is the page's cover."""
    page = tmp_path / "child-j.html"
    page.write_text(
        "<html><head><title>Child J | Greyhithe Safeguarding Partnership</title></head><body>"
        "<main><h1>Child J: learning from a local review</h1><dl>"
        "<dt>Type of review</dt><dd>Local child safeguarding practice review</dd>"
        "<dt>Published</dt><dd>July 2026</dd>"
        "<dt>Child</dt><dd>J, a boy aged 11</dd>"
        "<dt>Agencies involved</dt><dd>Primary school, police, GP, school nursing</dd></dl>"
        "<h2>What happened</h2><p>In October 2025 J harmed his cousin at a family party.</p>"
        "<p>Child: the review uses J for him throughout.</p></main></body></html>",
        encoding="utf-8",
    )
    parsed = parse_file(page)
    texts = [s.text for s in parsed.sentences]
    assert texts == [
        "In October 2025 J harmed his cousin at a family party.",
        "Child: the review uses J for him throughout.",
    ]
    assert parsed.metadata.child_pseudonyms == ["Child J"]
    assert parsed.metadata.child_age == "11 years"
    kinds = {s.heading: s.kind for s in parsed.sections}
    assert kinds["Child J: learning from a local review"] == "front"
    assert kinds["What happened"] == "practice_episodes"


def test_a_pages_note_under_its_heading_and_a_paragraph_of_labels_are_no_sentences(tmp_path):
    """A page headed "Child N" with a note naming the review type and date under it takes the
    heading as its title and the note's year; a Word cover's name line ("Ryan") and a paragraph
    that is all labels ("Report by ..., independent reviewer. Published 20 August 2026.", "Final
    report. Published May 2026.") are read for the metadata and are no sentences."""
    page = tmp_path / "child-n.html"
    page.write_text(
        "<html><head><title>Child N - Ashwick Safeguarding Children Partnership</title></head>"
        "<body><div id='content'><h1>Child N</h1><p>Summary of a local child safeguarding "
        "practice review, published October 2026.</p><h2>What happened</h2><p>N was fourteen "
        "when she took an overdose in March 2026.</p><p>N was mocked in a group chat.</p>"
        "</div></body></html>",
        encoding="utf-8",
    )
    parsed = parse_file(page)
    assert parsed.metadata.title == "Child N"
    assert parsed.metadata.year == 2026
    assert parsed.metadata.review_type == "child safeguarding practice review"
    assert parsed.sentences[0].text.startswith("N was fourteen")

    from docx import Document

    d = Document()
    d.add_paragraph().add_run("Thornmere Safeguarding Partnership").bold = True
    d.add_paragraph().add_run("Child Safeguarding Practice Review").bold = True
    d.add_paragraph("Ryan")
    d.add_paragraph("Report by Colin Ashdown, independent reviewer. Published 20 August 2026.")
    d.add_paragraph().add_run("Introduction").bold = True
    d.add_paragraph("This review concerns Ryan, a sixteen-year-old who was arrested in 2026.")
    d.add_paragraph("Ryan is autistic and Ryan had been out of school for a year.")
    path = tmp_path / "thornmere-ryan.docx"
    d.save(str(path))
    parsed = parse_file(path)
    assert parsed.sentences[0].text.startswith("This review concerns Ryan")
    meta = parsed.metadata
    assert meta.title == "Child Safeguarding Practice Review: Ryan"
    assert (meta.child_pseudonyms, meta.year) == (["Ryan"], 2026)

    # labels that each close with a full stop, under a title set as Word headings
    d = Document()
    d.add_heading("Ashbourne Safeguarding Partnership", level=1)
    d.add_heading("Child Safeguarding Practice Review: Young Person D", level=1)
    d.add_paragraph("Final report. Published May 2026.")
    d.add_heading("About D", level=2)
    d.add_paragraph("D is sixteen. He lived with his mother and grandfather.")
    path = tmp_path / "ashbourne-d.docx"
    d.save(str(path))
    parsed = parse_file(path)
    assert [s.text for s in parsed.sentences][:1] == ["D is sixteen."]
    assert parsed.metadata.year == 2026


def test_a_bilingual_covers_welsh_title_and_reference_line_are_cover_and_name_the_child(tmp_path):
    """A Welsh review prints its title twice, in English and in Welsh, then a reference line
    whose brackets give the child ("Re: BHRSCB 02/2026 (Child Q)"): neither line is a sentence,
    and the title takes the child past the Welsh line. The boy's gender comes from the pronoun
    after his age, not from the girl he attacked."""
    review = tmp_path / "bro-hafren-child-q.txt"
    review.write_text(
        "Bro Hafren Regional Safeguarding Children Board\n\nExtended Child Practice Review\n\n"
        "Adolygiad Estynedig o Ymarfer Plant\n\nRe: BHRSCB 02/2026 (Child Q)\n\n"
        "Date of publication: 20 February 2026\n\n1. Circumstances\n\n"
        "Child Q was sixteen when he attacked a girl from his college in March 2025.\n\n"
        "Q lived with his father after his mother left the family.\n",
        encoding="utf-8",
    )
    parsed = parse_file(review)
    texts = [s.text for s in parsed.sentences]
    assert texts[0].startswith("Child Q was sixteen")
    assert not any("Adolygiad" in t or "BHRSCB" in t for t in texts)
    meta = parsed.metadata
    assert meta.title == "Extended Child Practice Review: Child Q"
    assert (meta.nation, meta.year, meta.child_age, meta.child_gender) == (
        "Wales",
        2026,
        "16 years",
        "male",
    )


def test_a_reference_title_takes_the_child_from_the_type_line_under_it(tmp_path):
    """A Welsh cover whose title is the board's reference in capitals ("CHILD PRACTICE REVIEW
    CPR 4/2026") and whose next line names the review type again with the child ("Extended Child
    Practice Review: Owain"): the child is the review's, and the title carries the name in the
    case a briefing cites. Two key facts set side by side on one line, apart by a wide gap, are
    cover, not a sentence broken after the reviewer's initial."""
    review = tmp_path / "cwm-isaf-cpr.txt"
    review.write_text(
        "CWM ISAF REGIONAL SAFEGUARDING BOARD\n\nCHILD PRACTICE REVIEW CPR 7/2026\n\n"
        "Extended Child Practice Review: Gethin\n\n"
        "Reviewer: Dr T. Morgan      Board sign-off: 2 March 2026\n\n"
        "PART A: WHY THIS REVIEW TOOK PLACE\n\n"
        "Gethin was fourteen when he was found unconscious at a friend's house. "
        "Gethin had been sent money by a man he met in a game.\n",
        encoding="utf-8",
    )
    parsed = parse_file(review)
    meta = parsed.metadata
    assert meta.title == "Child Practice Review CPR 7/2026: Gethin"
    assert meta.child_pseudonyms == ["Gethin"]
    texts = [s.text for s in parsed.sentences]
    assert "Reviewer: Dr T." not in texts
    assert not any(t.startswith(("Morgan", "Reviewer")) for t in texts)
    assert "Reviewer: Dr T. Morgan" in parsed.text
    # any short label and a date on the cover is a label, whichever date it gives
    assert "Board sign-off: 2 March 2026" in parsed.text
    assert "Board sign-off: 2 March 2026" not in texts


def test_a_covers_subject_and_report_reference_lines_are_cover_not_sentences(tmp_path):
    """A Welsh cover's "Re: Child M" and "Report ref: GVSB 3/2025" label the report; a "Re:"
    line that goes on to say something is still a sentence."""
    review = tmp_path / "glaswen-child-m.txt"
    review.write_text(
        "Glaswen Valleys Safeguarding Board\n\nExtended Child Practice Review\n\nRe: Child M\n\n"
        "Report ref: GVSB 3/2025\n\nDate of publication: 22 May 2025\n\n1. Circumstances\n\n"
        "Child M was thirteen when her father found the recordings.\n\n"
        "Re: the referral of 3 May, the school did not record who had made it.\n",
        encoding="utf-8",
    )
    parsed = parse_file(review)
    assert [s.text for s in parsed.sentences] == [
        "Child M was thirteen when her father found the recordings.",
        "Re: the referral of 3 May, the school did not record who had made it.",
    ]
    assert parsed.metadata.title == "Extended Child Practice Review: Child M"


def test_a_cover_tables_publication_row_is_cover_not_a_sentence(tmp_path):
    """A Word cover table's row "Published | 14 October 2026" dates the report like "Published:
    14 October 2026"; it is no sentence to code."""
    from docx import Document as WordDocument

    doc = WordDocument()
    table = doc.add_table(rows=2, cols=2)
    rows = [
        ("Review", "Local Child Safeguarding Practice Review: Kai"),
        ("Published", "14 October 2026"),
    ]
    for row, (label, value) in zip(table.rows, rows, strict=True):
        row.cells[0].text, row.cells[1].text = label, value
    doc.add_paragraph("Kai was fifteen when he was admitted to hospital in January 2026.")
    path = tmp_path / "fernleigh-kai.docx"
    doc.save(path)
    parsed = parse_file(path)
    assert [s.text for s in parsed.sentences] == [
        "Kai was fifteen when he was admitted to hospital in January 2026."
    ]
    assert parsed.metadata.year == 2026


def test_a_pages_byline_naming_the_partnership_and_date_is_no_sentence(tmp_path):
    """A partnership page's byline under its heading ("Ashcombe Safeguarding Children
    Partnership, published 9 April 2026") labels the page; a girl's age followed by "her" is
    not read as "he"."""
    page = tmp_path / "young-person-k.html"
    page.write_text(
        "<html><body><main><h1>Young Person K: a rapid review</h1>"
        "<p><em>Ashcombe Safeguarding Children Partnership, published 9 April 2026</em></p>"
        "<h2>What happened</h2><p>K, then twelve, was admitted to hospital having cut her arms "
        "badly.</p><p>She had been reported missing eleven times.</p><p>K said that her "
        "grandmother was kind to her.</p></main></body></html>",
        encoding="utf-8",
    )
    parsed = parse_file(page)
    texts = [s.text for s in parsed.sentences]
    assert not any("published 9 April" in t for t in texts)
    assert texts[0].startswith("K, then twelve")
    meta = parsed.metadata
    assert (meta.year, meta.child_age, meta.child_gender) == (2026, "12 years", "female")


def test_a_pages_fact_box_type_is_no_title_and_its_name_heading_is(tmp_path):
    """A partnership page headed "Isla: what we learned" over a fact box ("Review type: Local
    child safeguarding practice review", "Age: 10"): the heading is the title and names the
    child; the type row is no title and the age row no sentence."""
    page = tmp_path / "isla.html"
    page.write_text(
        "<html><body><main><h1>Isla: what we learned</h1><dl>"
        "<dt>Review type</dt><dd>Local child safeguarding practice review</dd>"
        "<dt>Published</dt><dd>June 2026</dd><dt>Age</dt><dd>10</dd></dl>"
        "<h2>Isla's story</h2><p>Isla is ten and lives with her mum and baby brother.</p>"
        "<p>In the game Isla met a player who said he was eleven.</p></main></body></html>",
        encoding="utf-8",
    )
    parsed = parse_file(page)
    texts = [s.text for s in parsed.sentences]
    assert texts[0] == "Isla is ten and lives with her mum and baby brother."
    meta = parsed.metadata
    assert meta.title == "Isla: what we learned"
    assert meta.review_type == "child safeguarding practice review"
    assert (meta.child_pseudonyms, meta.child_age, meta.year) == (["Isla"], "10 years", 2026)


def test_an_older_reviews_board_in_capitals_and_presented_date_are_cover(tmp_path):
    """An older serious case review's cover names its board in capitals and gives the date it
    was presented to the board: the year is read from it, and neither line is a sentence."""
    from docx import Document

    doc = Document()
    doc.add_paragraph("WEYMARSH LOCAL SAFEGUARDING CHILDREN BOARD")
    doc.add_heading("Serious Case Review: Child F", level=0)
    doc.add_paragraph("Overview Report")
    doc.add_paragraph("Presented to the Board: 14 October 2014")
    doc.add_heading("1. Introduction", level=1)
    doc.add_paragraph("1.1 This review concerns Child F, a girl who was fourteen in 2013.")
    path = tmp_path / "weymarsh-child-f.docx"
    doc.save(path)
    parsed = parse_file(path)
    texts = [s.text for s in parsed.sentences]
    assert texts == ["1.1 This review concerns Child F, a girl who was fourteen in 2013."]
    meta = parsed.metadata
    assert (meta.title, meta.year) == ("Serious Case Review: Child F", 2014)
    assert meta.partnership == "Weymarsh Local Safeguarding Children Board"


def test_a_coded_childs_age_and_gender_come_from_the_name_the_review_calls_her(tmp_path):
    """A page titled "Young Person K" that calls her Kayla throughout ("About Kayla", "Kayla was
    fifteen when..."): the age and gender are read from the sentences that name Kayla, and the
    title's code stays the pseudonym."""
    page = tmp_path / "young-person-k.html"
    page.write_text(
        "<html><body><main><h1>Young Person K: a rapid review</h1>"
        "<p><em>Kelbrook Safeguarding Children Partnership, published 2 May 2026</em></p>"
        "<h2>About Kayla</h2><p>Kayla was fifteen when she was found at a motorway services "
        "with two men she had met online.</p><p>Kayla had lived with foster carers since she "
        "was eleven.</p><h2>What happened</h2><p>Kayla's school reported her missing three "
        "times in a month.</p><p>Kendal Road police station took each report.</p>"
        "</main></body></html>",
        encoding="utf-8",
    )
    meta = parse_file(page).metadata
    assert meta.child_pseudonyms == ["Young Person K"]
    assert (meta.child_age, meta.child_gender) == ("15 years", "female")


def test_a_concerning_line_with_a_colon_names_the_child_and_is_no_sentence(tmp_path):
    """A Word cover's "Concerning: Sienna (aged 15)" under the review type: the title names her
    without the word that introduces her, she is the pseudonym, and the line is no sentence."""
    from docx import Document

    d = Document()
    d.add_paragraph("Marlstone Children's Safeguarding Partnership")
    d.add_heading("Local Child Safeguarding Practice Review", level=0)
    d.add_paragraph("Concerning: Sienna (aged 15)")
    d.add_heading("Introduction", level=1)
    d.add_paragraph("Sienna was fifteen when police found her in a flat in another county.")
    d.add_paragraph("Sienna lives with her father and two younger brothers.")
    path = tmp_path / "marlstone-sienna.docx"
    d.save(str(path))
    parsed = parse_file(path)
    meta = parsed.metadata
    assert meta.title == "Local Child Safeguarding Practice Review: Sienna (aged 15)"
    assert meta.child_pseudonyms == ["Sienna"]
    assert parsed.sentences[0].text.startswith("Sienna was fifteen")


def test_a_seven_minute_briefings_boxes_are_sections_not_runs_of_text(tmp_path):
    """A seven-minute briefing set as a numbered list whose items each hold a heading and a
    paragraph: each box is a section under its heading, no sentence starts with the heading's
    words run into its text, the page's note on the review is no sentence, and "Toddler W" is
    the child."""
    page = tmp_path / "toddler-w.html"
    page.write_text(
        "<html><head><title>7 minute briefing: Toddler W | Brackwater Safeguarding Children "
        "Partnership</title></head><body><main><h1>7 minute briefing: Toddler W</h1>"
        "<p>Learning from a rapid review, published October 2026.</p><ol>"
        "<li><h2>1. Background</h2><p>W was two when she was admitted to hospital.</p>"
        "<p>She lived with her mother.</p></li>"
        "<li><h2>2. What happened</h2><p>The health visitor missed three contacts.</p></li>"
        "<li><h2>5. What practitioners should do</h2><p>Practitioners should see the child at "
        "every planned contact.</p></li></ol>"
        "<ul><li>A list item of <em>running</em> text</li></ul></main></body></html>",
        encoding="utf-8",
    )
    parsed = parse_file(page)
    kinds = {s.heading: s.kind for s in parsed.sections}
    assert kinds["1. Background"] == "background"
    assert kinds["5. What practitioners should do"] == "recommendations"
    texts = [s.text for s in parsed.sentences]
    assert texts[:3] == [
        "W was two when she was admitted to hospital.",
        "She lived with her mother.",
        "The health visitor missed three contacts.",
    ]
    assert "A list item of running text" in texts
    meta = parsed.metadata
    assert meta.title == "7 minute briefing: Toddler W"
    assert meta.child_pseudonyms == ["Toddler W"]
    assert (meta.child_age, meta.child_gender, meta.year) == ("2 years", "female", 2026)


@pytest.mark.parametrize(
    ("reference", "is_cover"),
    [
        ("Re: Dyffryn Teifi Safeguarding Board CPR 03/2026 (Child D)", True),
        ("Ref. DTSB 4/2025", True),
        ("Referral 12/03/2025 was closed the same day without a visit.", False),
    ],
)
def test_a_reference_line_naming_its_board_is_cover_and_a_referral_is_not(
    tmp_path, reference, is_cover
):
    """A concise review's reference line may name its board before the number ("Re: Dyffryn
    Teifi Safeguarding Board CPR 03/2026 (Child D)"): cover, not a sentence. A sentence that
    only begins with the same letters ("Referral 12/03/2025 ...") stays one."""
    review = tmp_path / "child-d.txt"
    review.write_text(
        f"Concise Child Practice Review\n\n{reference}\n\n1. Circumstances\n\n"
        "Child D was fourteen when he was found at the home of a man he had met online.\n",
        encoding="utf-8",
    )
    texts = [s.text for s in parse_file(review).sentences]
    assert (reference not in texts) == is_cover
    assert any(t.startswith("Child D was fourteen") for t in texts)


def test_a_page_titled_learning_from_a_childs_review_names_the_child(tmp_path):
    """A page headed "Learning from Amelia's review" under a note on the review: the heading is
    the title and names her, so her age and gender come from the sentences about her, not
    from a waiting list of "six weeks"."""
    page = tmp_path / "amelia.html"
    page.write_text(
        "<html><body><main><h1>Learning from Amelia's review</h1>"
        "<p>A local child safeguarding practice review, published 14 July 2026.</p>"
        "<h2>What did the review find?</h2><p>The counsellor's waiting list was six weeks.</p>"
        "<h2>Who is Amelia?</h2><p>Amelia is thirteen.</p><p>She lives with her grandparents."
        "</p><p>Amelia said she felt that everyone in her year had seen it.</p></main></body></html>",
        encoding="utf-8",
    )
    meta = parse_file(page).metadata
    assert meta.title == "Learning from Amelia's review"
    assert meta.child_pseudonyms == ["Amelia"]
    assert (meta.child_age, meta.child_gender, meta.year) == ("13 years", "female", 2026)


def test_a_page_titled_learning_from_a_coded_child_keeps_the_full_pseudonym(tmp_path):
    """ "Learning from Child P" over the note on the review and "About P" under it: the heading
    is the title, and the child is "Child P", not the bare letter of the section heading."""
    page = tmp_path / "child-p.html"
    page.write_text(
        "<html><head><title>Learning from Child P | Kestrel Bay Safeguarding Children Partnership"
        "</title></head><body><main><h1>Learning from Child P</h1>"
        "<p>Kestrel Bay Safeguarding Children Partnership. Child safeguarding practice review, "
        "published 2 October 2026.</p><h2>About P</h2><p>P is a boy of thirteen.</p>"
        "<p>He lives with his mother.</p><p>P's sister told their mother.</p></main></body></html>",
        encoding="utf-8",
    )
    meta = parse_file(page).metadata
    assert meta.title == "Learning from Child P"
    assert meta.child_pseudonyms == ["Child P"]
    assert (meta.child_age, meta.child_gender) == ("13 years", "male")


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Learning from Child P", ["Child P"]),
        ("Lessons learned from Baby Q", ["Baby Q"]),
        ("What we learned from Children A and B", ["Child A", "Child B"]),
        ("Learning from Serious Case Reviews", None),  # names no one
        ("Learning from Jess", None),  # a first name needs the review's own use of it
    ],
)
def test_a_learning_from_line_names_only_a_coded_child(line, names):
    assert pseudonyms_in(line) == names


def test_a_report_kind_before_a_colon_gives_the_name_after_it(tmp_path):
    """A case management review's cover, "Case Management Review" over "Executive Summary:
    Orla": Orla is the child and the title names her, not the report's kind."""
    cover = tmp_path / "orla.txt"
    cover.write_text(
        "Safeguarding Board for Northern Ireland\n\nCase Management Review\n\n"
        "Executive Summary: Orla\n\nNovember 2025\n\n\n1. Introduction\n\n"
        "1.1 Orla was fourteen when she was admitted to hospital.\n\n"
        "1.2 Orla lived with her mother and her younger sister.\n",
        encoding="utf-8",
    )
    meta = parse_file(cover).metadata
    assert meta.title == "Case Management Review: Orla"
    assert meta.child_pseudonyms == ["Orla"]
    assert (meta.review_type, meta.nation, meta.year) == (
        "case management review",
        "Northern Ireland",
        2025,
    )


def test_a_case_management_review_names_its_local_panel_over_the_national_board(tmp_path):
    """A Northern Ireland cover names the Safeguarding Board for Northern Ireland above the local
    safeguarding panel: the panel is the review's body, and its area the review's area."""
    cover = tmp_path / "k.txt"
    cover.write_text(
        "SAFEGUARDING BOARD FOR NORTHERN IRELAND\n\nCase Management Review: Child K\n\n"
        "Lisnagarry Safeguarding Panel\n\nDate of publication: July 2026\n\n\n1. Summary\n\n"
        "1.1 Child K is a thirteen-year-old boy who attends a special school.\n",
        encoding="utf-8",
    )
    meta = parse_file(cover).metadata
    assert (meta.partnership, meta.area, meta.nation) == (
        "Lisnagarry Safeguarding Panel",
        "Lisnagarry",
        "Northern Ireland",
    )


def test_a_lessons_note_titled_by_the_name_the_review_gives_its_child(tmp_path):
    """A Markdown note headed "Lessons note: the girl we call Tia" over the partnership and the
    review type: the heading is the title, and Tia the child."""
    note = tmp_path / "tia.md"
    note.write_text(
        "# Lessons note: the girl we call Tia\n\n"
        "**Brookfield Safeguarding Children Partnership** | Rapid review, published May 2026\n\n"
        "## Background\n\nTia was twelve and in Year 7.\n\nTia lived with her grandmother.\n",
        encoding="utf-8",
    )
    meta = parse_file(note).metadata
    assert meta.title == "Lessons note: the girl we call Tia"
    assert meta.child_pseudonyms == ["Tia"]
    assert meta.partnership == "Brookfield Safeguarding Children Partnership"


@pytest.mark.parametrize(
    "line, names",
    [
        ("Executive Summary: Orla", ["Orla"]),
        ("Overview report \u2013 Child D", ["Child D"]),
        ("Executive Summary", None),
        ("Executive Summary: findings and recommendations", None),
    ],
)
def test_a_report_kind_prefix_names_only_a_child(line, names):
    assert pseudonyms_in(line) == names


def test_a_welsh_review_in_plain_text_reads_its_template_headings_and_its_child(tmp_path):
    """A Welsh child practice review in plain text, under the template's headings ("Brief
    outline of circumstances", "Practice and organisational learning") and a cover line giving
    the child as "Ffion (15)": the headings open their sections, so the story is not read as
    cover, and Ffion is the child, aged 15."""
    report = tmp_path / "ffion.txt"
    report.write_text(
        "Conwy Valley Regional Safeguarding Children Board\n\n"
        "Child Practice Review Report: CPR CV 2/2025\n\nFfion (15)\n\n\n"
        "Brief outline of circumstances\n\n"
        "Ffion is fifteen and lives with her mother and stepfather.\n\n"
        "In the summer she began streaming herself playing games.\n\n"
        "Ffion told her counsellor that the money made her feel valued.\n\n\n"
        "Practice and organisational learning\n\n"
        "A. The school counsellor knew that Ffion was streaming but saw it as a hobby.\n\n\n"
        "Improving systems and practice\n\n"
        "1. Practitioners should ask young people who stream whether anyone pays them.\n",
        encoding="utf-8",
    )
    parsed = parse_file(report)
    kinds = [(s.kind, s.heading) for s in parsed.sections]
    assert kinds == [
        ("front", "(cover)"),
        ("introduction", "Brief outline of circumstances"),
        ("learning", "Practice and organisational learning"),
        ("recommendations", "Improving systems and practice"),
    ]
    assert parsed.metadata.child_pseudonyms == ["Ffion"]
    assert (parsed.metadata.child_age, parsed.metadata.child_gender) == ("15 years", "female")
    assert not any(s.text.startswith(("Ffion (15)", "Brief outline")) for s in parsed.sentences)


def test_a_plain_text_review_with_run_in_headings_reads_its_sections_and_its_child(tmp_path):
    """A Scottish learning review pasted as plain text: each part opens with its heading run into
    the paragraph ("What happened: For her birthday ..."), the title is in capitals with the
    child's name after a dash, and the cover dates the report by when the committee agreed it.
    The known headings open their sections and leave the sentences; a speaker's label ("Her
    father: ...") names no section and stays. With no publication date anywhere, the date the
    committee agreed its final report dates it, as a cover table's "Date agreed by the
    partnership" does, and that line is no sentence."""
    report = tmp_path / "isla.txt"
    report.write_text(
        "Kettlewick Child Protection Committee\n\nLEARNING REVIEW - ISLA\n\n"
        "Final report agreed by the Committee, March 2026\n\n"
        "About Isla: Isla lives with her father and her grandmother in a small town.\n\n"
        "What happened: For her twelfth birthday Isla was given her first phone.\n"
        "Her father: she was never off it, and I did not know what she was watching.\n\n"
        "Key learning: Staff should ask young people what they watch and who they talk to.\n",
        encoding="utf-8",
    )
    parsed = parse_file(report)
    assert [(s.kind, s.heading) for s in parsed.sections][1:] == [
        ("background", "About Isla"),
        ("practice_episodes", "What happened"),
        ("learning", "Key learning"),
    ]
    texts = [s.text for s in parsed.sentences]
    assert "For her twelfth birthday Isla was given her first phone." in texts
    assert any(t.startswith("Her father: she was never off it") for t in texts)
    assert not any(t.startswith(("About Isla:", "What happened:", "Key learning:")) for t in texts)
    meta = parsed.metadata
    assert (meta.child_pseudonyms, meta.year, meta.child_gender) == (["Isla"], 2026, "female")
    assert meta.title == "Learning Review - Isla"  # recased from the cover's capitals
    assert not any(t.startswith("Final report agreed") for t in texts)


def test_a_strap_line_of_cover_facts_gives_the_year():
    """A brief's strap line under its title, its facts between bars or middle dots, dates the
    report and names its type, but is no title, even where the title line carries no heading
    mark (a PDF's lines, a browser's print of the page): the title is the brief's own line. A
    line of two parts is a label and its value, read as before."""
    meta, _ = _meta(
        [
            "Learning brief: Poppy",
            "Wexham Safeguarding Partnership | Child safeguarding practice review | November 2025",
        ],
        ["Poppy was eleven and in her last year at primary school."],
    )
    assert (meta.year, meta.title) == (2025, "Learning brief: Poppy")
    assert meta.review_type == "child safeguarding practice review"
    # A web page's strap between middle dots, from a partnership named without "safeguarding"
    meta, _ = _meta(
        [
            "Learning summary: Child D",
            "Wetherdale Children's Partnership \u00b7 Child safeguarding practice review \u00b7 "
            "September 2026",
        ],
        ["D was thirteen and loved drawing."],
    )
    assert (meta.year, meta.partnership) == (2026, "Wetherdale Children's Partnership")
    assert meta.title == "Learning summary: Child D"
    meta, _ = _meta(
        ["Learning brief: Poppy", "Wexham Safeguarding Partnership | Date of death | May 2025"],
        ["Poppy was eleven and in her last year at primary school."],
    )
    assert meta.year is None


def test_a_chronology_row_opening_on_a_date_does_not_date_the_review():
    """A rapid review in Word whose agency table follows its cover on the same page: the first
    row ("September 2025 | School | Staff noted ...") has three parts between bars, as a strap
    line of facts does, but records something; the review's date is the date it was submitted
    to the national panel, on the cover."""
    meta, _ = _meta(
        [
            "Ashgrove Vale Safeguarding Children Partnership",
            "Rapid Review: Child L",
            "Submitted to the Child Safeguarding Practice Review Panel, 12 March 2026",
            "September 2025 | School | Staff noted that L was often tired and irritable in the "
            "mornings and spoke to his mother about screen time.",
        ],
        ["L was eleven and autistic."],
    )
    assert meta.year == 2026
    assert meta.title == "Rapid Review: Child L"


def test_a_board_sign_off_or_a_rapid_review_submitted_to_the_panel_dates_the_report():
    """With no publication date, the date the board signed the report off ("Board sign-off", the
    noun as well as "signed off by") and the date a rapid review was submitted to the national
    panel, with the report's kind before it, are the report's date. A death or an incident is
    not."""
    for line, year in [
        ("Board sign-off: 14 October 2026", 2026),
        ("Sign-off: May 2026", 2026),
        (
            "Rapid review submitted to the Child Safeguarding Practice Review Panel, 21 June 2025",
            2025,
        ),
        ("Date of death: 14 October 2025", None),
    ]:
        meta, _ = _meta(
            ["Cwm Tawel Regional Safeguarding Board", "Child Practice Review: Owain", line],
            ["Owain was fifteen when he was found at a friend's house."],
        )
        assert meta.year == year, line


def test_a_reference_line_under_the_review_type_joins_the_title_and_is_no_sentence(tmp_path):
    """A Welsh concise review in plain text sets its board's reference and the child on a line of
    their own under the type ("CPR 2/2026: Nia"): the title is the two lines together, as a
    briefing cites it, and the line is cover, not a sentence to code or count. A reference in
    prose is still prose."""
    review = tmp_path / "tre-ddol-cpr.txt"
    review.write_text(
        "TRE-DDOL REGIONAL SAFEGUARDING CHILDREN BOARD\n\nConcise Child Practice Review\n\n"
        "CPR 2/2026: Nia\n\nDate of publication: 27 April 2026\n\n"
        "1. Brief outline of circumstances\n\n"
        "1.1 Nia was fourteen when she took an overdose. Nia had been sent messages by numbers "
        "she did not know. The board published CPR 2/2026 in April.\n",
        encoding="utf-8",
    )
    parsed = parse_file(review)
    assert parsed.metadata.title == "Concise Child Practice Review CPR 2/2026: Nia"
    assert parsed.metadata.child_pseudonyms == ["Nia"]
    assert parsed.metadata.year == 2026
    texts = [s.text for s in parsed.sentences]
    assert "CPR 2/2026: Nia" not in texts and "CPR 2/2026: Nia" in parsed.text
    assert "The board published CPR 2/2026 in April." in texts


def test_a_partnership_signing_its_page_with_a_dash_or_bar_before_the_date_gives_the_year():
    """Briefings sign themselves 'Partnership - July 2026', 'Partnership | January 2026' or, on
    web pages, 'Committee · 12 March 2026' as often as with a comma; a hyphen inside the
    body's name is not the separator, and a dash before a date that is not the body's stays
    unread."""
    for line, year in [
        ("Wendover Vale Safeguarding Children Partnership - July 2026", 2026),
        ("Kelsey Brook Safeguarding Partnership | January 2026", 2026),
        ("Tarnmouth Child Protection Committee \u00b7 12 March 2026", 2026),
        ("Stockton-on-Tees Safeguarding Children Partnership \u2013 May 2025", 2025),
        ("Date of death - May 2025", None),
    ]:
        meta, _ = _meta(
            ["7 Minute Briefing: Child C", line],
            ["Child C was fifteen and had been treated for anorexia since she was thirteen."],
        )
        assert meta.year == year, line


def test_the_childs_gender_skips_paragraph_numbers_and_other_peoples_pronouns(tmp_path):
    """Pronouns that follow the child's name give the gender, and so does the next sentence's
    first word after its paragraph number ("1.2 He had been ..."); a pronoun after someone else
    the sentence brings in ("a player who said he was", "videos of adults on his phone") is
    theirs, and so is the next sentence after "Poppy's mother"."""
    boy = tmp_path / "callan.txt"
    boy.write_text(
        "Rapid Review\n\nCallan\n\n1. Circumstances\n\n"
        "1.1 Callan was seventeen when he died in a car crash.\n\n"
        "1.2 He had been messaging friends from the back seat.\n\n"
        "1.3 Callan had completed his order with the youth offending service.\n\n"
        "1.4 His college saw that he had missed a third of his classes.\n",
        encoding="utf-8",
    )
    assert parse_file(boy).metadata.child_gender == "male"
    girl = tmp_path / "poppy.txt"
    girl.write_text(
        "Learning brief: Poppy\n\nPoppy's story\n\n"
        "Poppy was eleven and in her last year at primary school.\n\n"
        "She lived with her dad and saw her mum at weekends.\n\n"
        "A boy showed Poppy videos of adults having sex on his phone.\n\n"
        "Later Poppy met a player who said he was thirteen.\n\n"
        "Poppy's mother worked nights. He was rarely home.\n\n"
        "Poppy said she had never sent any photos.\n",
        encoding="utf-8",
    )
    assert parse_file(girl).metadata.child_gender == "female"
    # A girl's review about her boyfriend: his pronouns after "Megan's boyfriend" are his, and so
    # is the "He" opening the sentence after one whose subject is he; every mention of her name
    # counts ("When Megan's mother ... make Megan delete her ...")
    partner = tmp_path / "megan.txt"
    partner.write_text(
        "Extended Child Practice Review\n\nMegan, aged 16\n\nThe young person's experience\n\n"
        "Ryan put an app on Megan's phone that let him see where she was.\n\n"
        "He told her that if she loved him she would send him pictures.\n\n"
        "A counsellor recorded that Megan's boyfriend was possessive and did not ask how he "
        "knew where she was.\n\n"
        "When Megan's mother called, the officer said to make Megan delete her accounts.\n\n"
        "Megan stopped going to college and told her mother she could not go out.\n",
        encoding="utf-8",
    )
    assert parse_file(partner).metadata.child_gender == "female"


def test_someone_else_owns_only_the_pronouns_of_their_own_sex(tmp_path):
    """ "D's father found the images on her tablet": the father brought in owns "he" and "his",
    not "her", which is still the child's; a mother brought in leaves a boy his "him"."""
    girl = tmp_path / "child-d.txt"
    girl.write_text(
        "Child D: child safeguarding practice review\n\nWhat happened\n\n"
        "D is thirteen and has played for a girls' football team since she was eight.\n\n"
        "The coach said he had been helping D with her confidence.\n\n"
        "Four months later D's father found the images on her tablet and called the police.\n",
        encoding="utf-8",
    )
    assert parse_file(girl).metadata.child_gender == "female"
    boy = tmp_path / "child-k.txt"
    boy.write_text(
        "Rapid review: Child K\n\nWhat happened\n\n"
        "K's mother told him to stay in his room.\n\n"
        "The teacher saw K's sister take him home and told his mother.\n",
        encoding="utf-8",
    )
    assert parse_file(boy).metadata.child_gender == "male"
    # and his father's own pronouns stay his: a girl's review is not made a boy's by them
    other = tmp_path / "child-m.txt"
    other.write_text(
        "Rapid review: Child M\n\nWhat happened\n\n"
        "M's father said he had lost his job and that he drank.\n\n"
        "M's father told the school he would collect her.\n",
        encoding="utf-8",
    )
    assert parse_file(other).metadata.child_gender is None


def test_a_short_review_gives_the_gender_from_two_pronouns_or_the_childs_own_body(tmp_path):
    """A brief or an executive summary may use the child's pronoun only twice, with none of the
    other gender: that is enough. And in the sentence giving the age, a possessive before a part
    of the body is the child's ("was nine when his teacher saw bruising on his arms"), as is any
    possessive before someone else is brought in ("bullied in Year 7 for his stammer")."""
    summary = tmp_path / "m.txt"
    summary.write_text(
        "Case Management Review: Young Person M\n\n1. The young person\n\n"
        "1.1 M was sixteen and played football for a local club.\n\n"
        "1.2 His parents describe him as private.\n\n"
        "2.1 M paid part of the sum from his savings.\n",
        encoding="utf-8",
    )
    assert parse_file(summary).metadata.child_gender == "male"
    brief = tmp_path / "callum.md"
    for body, gender in (
        ("on his arms", "male"),
        ("on her arms", "female"),
        # after someone else is brought in, a possessive may be theirs
        ("as the woman stroked her cat", None),
    ):
        brief.write_text(
            "# Rapid review: Callum\n\n## Background\n\n"
            f"Callum was nine when a teacher saw bruising {body} and neck in March 2026.\n\n"
            "Callum's father drank heavily.\n",
            encoding="utf-8",
        )
        assert parse_file(brief).metadata.child_gender == gender, body
    page = tmp_path / "d.md"
    page.write_text(
        "# Learning summary: Child D\n\n## About D\n\n"
        "D was thirteen, loved drawing and had been bullied in Year 7 for his stammer.\n",
        encoding="utf-8",
    )
    assert parse_file(page).metadata.child_gender == "male"


def test_a_title_naming_each_child_or_a_family_s_children_gives_the_pseudonyms():
    """ "Child A and Child B", each with its own label, is two children, as "Children A and B"
    is; "the Lewis children" is the family's children by its name, but a cover's "Vulnerable
    Children" is no one's."""
    meta, _ = _meta(
        ["Local Child Safeguarding Practice Review: Child A and Child B"],
        ["Child A was ten and Child B thirteen. Child B played the game. Child A told a teacher."],
    )
    assert meta.child_pseudonyms == ["Child A", "Child B"]
    meta, _ = _meta(
        ["Learning Brief: the Lewis children", "Published November 2025"],
        ["The three Lewis children were found in a cold flat."],
    )
    assert meta.child_pseudonyms == ["Lewis children"]
    assert pseudonyms_in("Vulnerable Children") is None


def test_children_named_by_the_partnerships_own_place_have_no_pseudonym():
    """'The Saltmere siblings' on the Saltmere partnership's page names the children by the
    place, not by a family name, and a section heading 'The family' names no one; 'the Lewis
    children' still names a family."""
    meta, _ = _meta(
        [
            "Learning from a case: the Saltmere siblings",
            "Saltmere Safeguarding Partnership, January 2026",
            "The family",
        ],
        ["Three children lived with their mother in a two-bedroom flat."],
    )
    assert meta.partnership == "Saltmere Safeguarding Partnership"
    assert not meta.child_pseudonyms
    meta, _ = _meta(
        [
            "Learning from a case: the Lewis children",
            "Saltmere Safeguarding Partnership, January 2026",
        ],
        ["The Lewis children lived with their mother. The Lewis children were often late."],
    )
    assert meta.child_pseudonyms == ["Lewis children"]


def test_a_version_line_with_its_publication_date_is_cover_not_a_sentence(tmp_path):
    """'Final version, published February 2019' under a title gives the year and is no sentence
    of the review, as 'Published February 2019' is not; a sentence about a final version stays."""
    report = tmp_path / "child-g.txt"
    report.write_text(
        "Wexcombe Local Safeguarding Children Board\n\nSerious Case Review: Child G\n\n"
        "Final version, published February 2019\n\n1. Introduction\n\n"
        "1.1 Child G was fifteen when he was arrested.\n\n"
        "1.2 The final version of the plan was agreed in 2018 after the panel met.\n",
        encoding="utf-8",
    )
    doc = parse_file(report)
    texts = [s.text for s in doc.sentences]
    assert doc.metadata.year == 2019
    assert not any(t.startswith("Final version") for t in texts)
    assert any(t.startswith("1.2 The final version of the plan") for t in texts)


def test_a_review_named_in_its_own_words_and_approved_not_published_gets_title_and_year(tmp_path):
    """Partnerships name some reviews in their own words ("Serious Incident Notification and
    Local Review"), a kind no list of review types holds: set as a title on the cover, with the
    child's code under it, that is the title, and the type stays blank. A cover that dates its
    final version by its approval ("Final version, approved by the partnership in April 2026")
    and gives no publication date is dated by it, and the line is no sentence, as is a rapid
    review's "Agreed by the partnership in March 2026"; a sentence about a plan approved by the
    board stays one, and dates nothing."""
    report = tmp_path / "young-person-k.txt"
    report.write_text(
        "DUNWOLD SAFEGUARDING CHILDREN PARTNERSHIP\n\n"
        "SERIOUS INCIDENT NOTIFICATION AND LOCAL REVIEW\n\nYOUNG PERSON K\n\n"
        "Final version, approved by the partnership in April 2026\n\n1  CIRCUMSTANCES\n\n"
        "1.1  K was seventeen when he was stabbed in a park near his home.\n\n"
        "1.2  The plan was approved by the board in May 2024 and reviewed twice.\n",
        encoding="utf-8",
    )
    parsed = parse_file(report)
    meta = parsed.metadata
    assert meta.title == "Serious Incident Notification and Local Review: Young Person K"
    assert (meta.review_type, meta.year, meta.child_pseudonyms) == (None, 2026, ["Young Person K"])
    texts = [s.text for s in parsed.sentences]
    assert not any(t.startswith("Final version") for t in texts)
    assert any(t.startswith("1.2 The plan was approved by the board") for t in texts)
    rapid = tmp_path / "baby-r.txt"  # set BZ's rapid review says only when it was agreed
    rapid.write_text(
        "Ashcombe Children's Safeguarding Partnership\n\nRapid review: Baby R\n\n"
        "Agreed by the partnership in March 2026\n\nSummary\n\n"
        "Baby R died at the age of four months after sleeping in his parents' bed.\n",
        encoding="utf-8",
    )
    parsed = parse_file(rapid)
    assert parsed.metadata.year == 2026
    assert [s.text for s in parsed.sentences] == [
        "Baby R died at the age of four months after sleeping in his parents' bed."
    ]
    byline = tmp_path / "baby-t.txt"  # set CH's Word cover: byline and approval in one paragraph
    byline.write_text(
        "Ashby Marsh Children's Safeguarding Partnership\n\n"
        "Local Child Safeguarding Practice Review: Baby T\n\n"
        "Reviewer: Dr Kwame Asante. Report agreed by the partnership in August 2026.\n\n"
        "The family\n\nBaby T was four months old when he was brought to hospital.\n",
        encoding="utf-8",
    )
    assert parse_file(byline).metadata.year == 2026
    cover_lines = "Dunwold Safeguarding Children Partnership\n\nScope of the review\n\n"
    unnamed = tmp_path / "scope.txt"
    unnamed.write_text(cover_lines + "1.1 K was seventeen when he died.\n", encoding="utf-8")
    assert parse_file(unnamed).metadata.title is None


def test_a_pdf_covers_lines_in_their_sizes_are_read_apart_and_the_age_beside_the_name_counts(
    tmp_path,
):
    """A PDF cover sets the partnership, the review's kind and the child in sizes of their own;
    read by their type they are separate lines, not one run-together sentence. "Megan, aged 16",
    set as a heading, is no sentence, so the child's age is read beside the name in the title."""
    from tests.helpers import make_styled_pdf

    story = "Megan told her mother that the pictures had reached her friends within an evening. "
    pdf = make_styled_pdf(
        tmp_path / "cover.pdf",
        [
            ("plain heading", "Bae Morfa Regional Safeguarding Board"),
            ("title", "Extended Child Practice Review"),
            ("title", "Megan, aged 16"),
            ("body", "Report completed: June 2026"),
            ("heading", "Circumstances resulting in the review"),
            ("body", story * 4),
        ],
    )
    review = parse_file(pdf)
    texts = [s.text for s in review.sentences]
    assert not any("Safeguarding Board" in t or "aged 16" in t for t in texts)
    assert review.metadata.title == "Extended Child Practice Review: Megan, aged 16"
    assert review.metadata.child_pseudonyms == ["Megan"]
    assert review.metadata.child_age == "16 years"


def test_a_publication_date_that_wraps_on_to_the_next_line_gives_the_year():
    """A narrow printed page breaks a strap line inside its date ("... review, published July" /
    "2026."): the year on the next line is still the publication's. A line that only mentions a
    publication, with a year on the next line that is no date of it, gives none."""
    meta, sources = _meta(
        [
            "Child S: learning brief",
            "Brookhythe Safeguarding Children Partnership. Local child safeguarding practice review, published July",
            "2026.",
        ]
    )
    assert meta.year == 2026 and sources["year"].confidence >= 0.9
    meta, _ = _meta(
        [
            "Child S: learning brief",
            "Brookhythe Safeguarding Children Partnership. The national panel's report was published",
            "after 2019 guidance changed.",
        ]
    )
    assert meta.year is None
