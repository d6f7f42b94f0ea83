"""Codebooks: the shipped ones pass their own examples; malformed ones get file:line messages."""

from __future__ import annotations

import pytest

from casebrief.codebook import (
    CodebookError,
    expand_pattern,
    load_codebook,
    parse_codebook,
    shipped_codebooks,
)
from casebrief.coding.coder import Coder
from casebrief.coding.matcher import Matcher
from casebrief.evaluate import check_examples

MINIMAL = """\
id: tiny
title: Tiny
version: 1
categories: [harm]
key_factor: {categories: [harm]}
themes:
  - id: grooming
    category: harm
    label: Grooming
    patterns: ["groom* online"]
"""


@pytest.mark.parametrize("name", sorted(shipped_codebooks()))
def test_shipped_codebooks_pass_their_examples(name):
    book = load_codebook(name)
    assert check_examples(book) == []
    assert len(book.themes) >= 10


def test_online_harm_codebook_covers_the_briefing_categories():
    book = load_codebook("online-harm")
    by_category = {c: [t.id for t in book.themes if t.category == c] for c in book.categories}
    assert len(by_category["harm_type"]) >= 10
    assert len(by_category["vulnerability"]) >= 15
    assert len(by_category["practice_issue"]) >= 10
    agencies = {t.agency for t in book.themes if t.category == "learning"}
    assert {
        "Children's social care",
        "Police",
        "Health",
        "Education",
        "Parents and carers",
        "Online platforms",
        "The partnership",
    } <= agencies


@pytest.mark.parametrize(
    ("sentence", "learning"),
    [
        ("The strategy meeting was held online and the school and the police attended.", set()),
        ("All school staff had completed the partnership's online safeguarding training.", set()),
        ("Practitioners met online to plan the review's learning event.", set()),
        ("A recorded briefing on this review is on the partnership's YouTube channel.", set()),
        ("The partnership's training on online safety can be booked online.", set()),
        (
            "Schools and the police should agree how to respond when a child is blackmailed online.",
            {"learning_education", "learning_police"},
        ),
    ],
)
def test_a_meeting_or_training_held_online_is_no_agencys_learning(sentence, learning):
    """An agency named beside a process run online, or beside the way the partnership shares the
    review, is not learning about online harm; a recommendation about online harm still is."""
    book = load_codebook("online-harm")
    themes = {c.theme for c in Coder(book).code_sentence(sentence, "learning", ())}
    assert {t for t in themes if t.startswith("learning_")} == learning


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda s: s.replace("version: 1", "version: one"), "tiny.yaml:3: version"),
        (lambda s: s.replace("    category: harm\n", "    category: other\n"), "not in categories"),
        (
            lambda s: s.replace('patterns: ["groom* online"]', "patterns: groom"),
            "tiny.yaml:10: themes[0].patterns",
        ),
        (
            lambda s: s.replace('"groom* online"', '"(groom* online"'),
            "tiny.yaml:10: themes[0].patterns[0]",
        ),
        (lambda s: s.replace('"groom* online"', '"{nope} online"'), "unknown macro {nope}"),
        (lambda s: s.replace('"groom* online"', '"gr* online"'), "too short"),
        (
            lambda s: s.replace("    label: Grooming\n", "    label: Grooming\n    colour: red\n"),
            "themes[0].colour",
        ),
        (
            lambda s: (
                s + "  - id: grooming\n    category: harm\n    label: Again\n    patterns: [x]\n"
            ),
            "used twice",
        ),
        (
            lambda s: s.replace("themes:\n", 'process: ["(meeting held online"]\nthemes:\n'),
            "tiny.yaml:6: process[0]",
        ),
        (
            lambda s: s + "    presupposes: groomed\n",
            "presupposes 'groomed', which is not a theme in the key-factor categories",
        ),
        (
            lambda s: (
                s.replace("categories: [harm]\n", "categories: [harm, practice]\n", 1)
                + "  - id: slow_police\n    category: practice\n    label: Slow\n"
                + "    presupposes: slow_police\n"
            ),
            "presupposes 'slow_police', which is not a theme in the key-factor categories",
        ),
        (
            lambda s: s + "    presupposes: grooming\n",
            "theme 'grooming' is itself in a key-factor category",
        ),
        (
            lambda s: s.replace("themes:\n", "negation_exempt: [nothing_here]\nthemes:\n"),
            "negation_exempt lists 'nothing_here', which is neither a category",
        ),
        (
            lambda s: s.replace("themes:\n", "negation_exempt: [harm]\nthemes:\n"),
            "negation_exempt lists 'harm', a key-factor category",
        ),
        (
            lambda s: s.replace("themes:\n", "negation_exempt: [grooming]\nthemes:\n"),
            "negation_exempt lists theme 'grooming', which is in a key-factor category",
        ),
        (
            lambda s: s.replace(
                "key_factor: {categories: [harm]}",
                'key_factor: {categories: [harm], requires_mention: ["(online"]}',
            ),
            "tiny.yaml:5: key_factor.requires_mention[0]",
        ),
        (lambda s: s + "    min_child_age: -1\n", "themes[0].min_child_age"),
        (lambda s: s + "    min_child_age: baby\n", "themes[0].min_child_age"),
        (lambda s: s.replace("title: Tiny", "title: [unclosed"), "not valid YAML"),
        (lambda s: "- just\n- a list\n", "a YAML mapping"),
    ],
)
def test_malformed_codebooks_name_the_file_line_and_field(tmp_path, change, message):
    path = tmp_path / "tiny.yaml"
    path.write_text(change(MINIMAL), encoding="utf-8")
    with pytest.raises(CodebookError) as info:
        load_codebook(path)
    assert message in str(info.value)
    assert str(path) in str(info.value)


def test_pattern_language():
    book = parse_codebook(
        MINIMAL.replace(
            'patterns: ["groom* online"]',
            'patterns: ["groom* online", "posed as a (teenager|young {who})", "SEND", "took # weeks", "met ** online"]',
        )
        + "macros:\n  who: [boy, girl]\n"
    )
    matcher = Matcher(book)

    def found(text):
        return [m.text for m in matcher.match(text)]

    assert found("She was being groomed online.") == ["groomed online"]
    assert found("He posed as a young girl on the app.") == ["posed as a young girl"]
    assert found("He had SEND and an EHCP.") == ["SEND"]
    assert found("Please send the form.") == []
    assert found("The examination took 11 weeks.") == ["took 11 weeks"]
    assert found("She met a man she first saw online.") == ["met a man she first saw online"]
    assert (
        found("Groomed, she was later online.") == []
    )  # words in between, not allowed by the pattern
    assert len(expand_pattern("(a|b) (c|d) e", {})) == 4


def test_a_group_followed_by_a_question_mark_may_be_left_out():
    # Codebook authors write "(the )?" as in a regular expression; ignoring the "?" made the
    # word required, so "sharing of images" went unmatched while "sharing of the images" matched.
    book = parse_codebook(
        MINIMAL.replace('patterns: ["groom* online"]', 'patterns: ["sharing of (the )?images"]')
    )
    matcher = Matcher(book)
    assert [m.text for m in matcher.match("The sharing of images was reported.")] == [
        "sharing of images"
    ]
    assert [m.text for m in matcher.match("The sharing of the images was reported.")] == [
        "sharing of the images"
    ]
    assert len(expand_pattern("(a|b)? c", {})) == 3


def test_a_word_can_anchor_whole_word_and_prefix_patterns_at_once():
    book = parse_codebook(
        MINIMAL.replace('patterns: ["groom* online"]', 'patterns: ["video call", "video* online"]')
    )
    matcher = Matcher(book)
    assert [m.text for m in matcher.match("They spoke on a video call.")] == ["video call"]
    assert [m.text for m in matcher.match("He posted videos online.")] == ["videos online"]


@pytest.mark.parametrize("name", sorted(shipped_codebooks()))
def test_a_macro_expanded_once_for_many_patterns_expands_as_it_would_alone(name):
    """Compiling a codebook keeps each macro's expansion for the next pattern that uses it; every
    pattern must still stand for exactly the word sequences it stands for on its own."""
    book = load_codebook(name)
    memo: dict = {}
    patterns = list(book.process) + [
        p
        for t in book.themes
        for field in ("patterns", "exclude", "context")
        for p in getattr(t, field)
    ]
    assert any("{" in p for p in patterns)
    for pattern in patterns:
        assert expand_pattern(pattern, book.macros, memo=memo) == expand_pattern(
            pattern, book.macros
        ), pattern
    assert memo


def test_a_theme_can_be_exempt_from_negation_on_its_own():
    """A parent's lack of awareness is said as a negation ("had no idea what the server was");
    the codebook exempts that one theme, not the whole vulnerability category, in both
    engines and in the learned coder's flags."""
    book = load_codebook("online-harm")
    assert "vuln_parental_awareness" in book.negation_exempt_themes
    assert "vuln_mental_health" not in book.negation_exempt_themes
    assert not any(
        t.category == "harm_type" for t in book.themes if t.id in book.negation_exempt_themes
    )
    sentence = "Her dad had set up the games console with no parental controls because he did not know how."
    for compiled in (False, True):
        codings = Coder(book, compiled=compiled).code_sentence(sentence, "findings", [])
        aware = [c for c in codings if c.theme == "vuln_parental_awareness"]
        assert aware and not any(c.negated for c in aware), compiled
