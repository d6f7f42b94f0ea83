"""Sentence segmentation tuned for case reviews: titles, paragraph numbers, dates and the
abbreviations these reports use must not end a sentence."""

from __future__ import annotations

import re

# Tokens that end with a full stop but do not end a sentence (compared lower-case, no dot).
ABBREVIATIONS = {
    "dr",
    "mr",
    "mrs",
    "ms",
    "mx",
    "prof",
    "rev",
    "sr",
    "jr",
    "st",
    "no",
    "nos",
    "para",
    "paras",
    "e.g",
    "i.e",
    "eg",
    "ie",
    "cf",
    "vs",
    "v",
    "approx",
    "fig",
    "figs",
    "ref",
    "vol",
    "p",
    "pp",
    "ch",
    "sec",
    "art",
    "sgt",
    "insp",
    "det",
    "supt",
    "cllr",
    "dc",
    "pc",
    "ds",
    "di",
    "hon",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "mon",
    "tue",
    "wed",
    "thu",
    "fri",
    "sat",
    "sun",
    "est",
    "incl",
    "dept",
    "govt",
    "ltd",
    "co",
    "inc",
    "a.m",
    "p.m",
    "am",
    "pm",
    "et al",
    "al",
    "op",
    "cit",
    "ibid",
    "viz",
    "c",
    "ca",
}
# Abbreviations that are also words a sentence can end on ("she said no.", "he sat."): an
# abbreviation only before a number ("No. 5", "Sat. 4 May").
_BEFORE_A_NUMBER = {"no", "nos", "art", "sat", "sun"}
_NUMBER_AFTER = re.compile(r"\s*\d")
# A time's "am" or "pm" ends its sentence before a capital ("at 7.15 am. Paramedics arrived"),
# unless a day, a month or a date follows ("at 10 a.m. Monday 3 May").
_TIMES_OF_DAY = {"am", "pm", "a.m", "p.m"}
_CALENDAR_AFTER = re.compile(
    r"\s+(?:\d|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
    r"[a-z]*\b)"
)
_CANDIDATE = re.compile(r"[.!?]+[\"'\u201d\u2019)\]]*(?=\s+)")
_NEXT_START = re.compile(r"\s+[\"'\u201c\u2018(\[]*([A-Z0-9\u2022])")
_TOKEN_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")
_LIST_NUMBER = re.compile(r"^\s*(?:\d{1,3}(?:\.\d{1,3})*|[a-zA-Z]|[ivxIVX]{1,4})[.)]$")
# A finding or recommendation numbered in words ("Finding 1.", "Recommendation 3.2."), or a
# paragraph's own label ("Para 4.", "Paragraph 12."), which reviews set before what it says as
# they set "1." before a list item.
_LABELLED_NUMBER = re.compile(
    r"^\s*(?:key |practice )?(?:finding|recommendation|learning point|action|theme|priority|"
    r"para|paragraph)\s+\d{1,3}(?:\.\d{1,3})*\.$",
    re.I,
)
# A list item's bullet: not part of what the item says, and a quote in a briefing should not open
# with it. Paragraph numbers ("4.12") are kept: reviews cite them.
_BULLET = re.compile(r"[\u2022\u25cf\u25aa\u25e6\u00b7\u2013\u2014*-](?:\s+|$)")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) spans of the sentences in one paragraph; together they cover its non-space
    text but for a list item's bullet, in order, and `text[start:end]` never begins or ends with
    white space."""
    spans: list[tuple[int, int]] = []
    start = _skip_space(text, 0)
    if bullet := _BULLET.match(text, start):
        start = bullet.end()
    for match in _CANDIDATE.finditer(text):
        end = match.end()
        if end <= start:
            continue
        following = _NEXT_START.match(text, end)
        if not following:
            continue
        if match.group(0)[0] == "." and _is_abbreviation(text, start, match.start()):
            continue
        spans.append((start, end))
        start = _skip_space(text, end)
    tail_end = len(text.rstrip())
    if start < tail_end:
        spans.append((start, tail_end))
    return spans


def _skip_space(text: str, index: int) -> int:
    while index < len(text) and text[index].isspace():
        index += 1
    return index


_PSEUDONYM_BEFORE = re.compile(
    r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Child|Baby|Infant|Sibling|Person|Adult|Father|Mother)\.?\s+[A-Z]\.$"
)


# "Dr S. Okafor" on a cover or in a byline: an initial and a surname that ends the sentence or
# the line, where a pseudonym's letter is followed by more sentence ("Mr C. He went home.").
_SURNAME_ENDING = re.compile(r"[ \t]+[A-Z][a-z'\u2019-]+(?:\.(?:\s|$)|[ \t]*(?:\n|$))")


# A word that opens a sentence and is never a surname: after a lone capital's full stop it shows
# the letter was a pseudonym ending the sentence ("the phone the man had given D. The case..."),
# not an initial ("J. Smith"). "A" and "I" are left out: they are initials too ("J. A. Smith").
_OPENER_AFTER = re.compile(
    r"\s+(?:The|He|She|They|It|Its|His|Her|Their|This|That|These|Those|There|Then|When|After|"
    r"Before|During|In|On|At|We|But|And|However|Nobody|No|Professionals|Staff)\b(?!\.)"
)


def _is_abbreviation(text: str, sentence_start: int, dot: int) -> bool:
    before = text[sentence_start : dot + 1]
    if _LIST_NUMBER.match(before) or _LABELLED_NUMBER.match(before):  # "1.", "a)", "Finding 2."
        return True
    m = _TOKEN_BEFORE.search(before)
    if not m:
        return False
    word = m.group(1)
    # A pseudonym's letter ("Mr C.", "Child W.") can end a sentence: anonymised reviews never
    # follow it with a surname.
    if (
        len(word) == 1
        and word.isupper()
        and _PSEUDONYM_BEFORE.search(before)
        and not _SURNAME_ENDING.match(text, dot + 1)
    ):
        return False
    key = word.lower().rstrip(".")
    if key in _BEFORE_A_NUMBER:
        return bool(_NUMBER_AFTER.match(text, dot + 1))
    if key in _TIMES_OF_DAY:
        return bool(_CALENDAR_AFTER.match(text, dot + 1))
    if key in ABBREVIATIONS:
        return True
    if len(word) == 1 and word.isupper():  # a single capital initial ("J. Smith")
        return not _OPENER_AFTER.match(text, dot + 1)
    # A dotted acronym ("U.K.").
    return bool(re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", word))
