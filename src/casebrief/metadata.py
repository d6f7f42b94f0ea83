"""Metadata from a review's cover, first pages and text. A field the report does not state stays
None: a wrong year or area in a briefing is worse than a blank."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from datetime import date
from itertools import pairwise

from casebrief.cover import (
    BRIEFING_TITLE,
    PUBLISHED,
    REVIEW_TYPES,
    Found,
    Line,
    cover_lines,
    first_name_line,
    is_author_line,
    is_bare_reference,
    is_noise_line,
    is_review_note,
    is_type_fact,
    page_lines,
    pseudonyms_in,
    publication_year,
    strap_parts,
    title_joins,
    title_name,
    without_trailing_date,
)
from casebrief.gazetteer import find_bodies
from casebrief.model import Block, FieldSource, Metadata, RawPage, Sentence
from casebrief.text.clean import furniture_key, running_lines

SHORT_TYPES = {
    "serious case review": "SCR",
    "child safeguarding practice review": "CSPR",
    "national review": "National",
    "child practice review": "CPR",
    "single unified safeguarding review": "SUSR",
    "significant case review": "SigCR",
    "case management review": "CMR",
    "learning review": "LR",
    "rapid review": "RR",
}
# Abbreviations users type for --type.
REVIEW_TYPE_ALIASES = {
    "scr": "serious case review",
    "cspr": "child safeguarding practice review",
    "lcspr": "child safeguarding practice review",
    "national": "national review",
    "cpr": "child practice review",
    "susr": "single unified safeguarding review",
    "cmr": "case management review",
    "significant": "significant case review",
    "lr": "learning review",
    "rapid": "rapid review",
    "rr": "rapid review",
}

_CHILD_CODE = re.compile(
    r"\b((?:Child|Baby|Family|Young Person|Sibling)\s+[A-Z]{1,2}\d{0,2})\b(?!\w)"
)
_CHILD_NAME = re.compile(
    r"\b(?:referred to as|known as|called|named|pseudonym)\s+['\u2018\"\u201c]([A-Z][a-z]+(?: [A-Z][a-z]+)?)['\u2019\"\u201d]"
)
# How a review or the press names a child in running prose, without quotes: "named only as Jack",
# "whom we call Aaron", "referred to in this review as Sam", "given the pseudonym Ellie". Only
# phrases about naming the child in the report: "a man called Jay" names someone else.
_NAMED_IN_PROSE = re.compile(
    r"\b(?:(?:referred to|named|known|identified)(?: only| here| hereafter)?"
    r"(?: in (?:this|the) (?:review|report))? as"
    r"|(?:wh(?:om|o) )?(?:we|the review|this review|the report|this report|the reviewer|the author)"
    r" (?:will )?(?:call|calls|refers? to as)"
    r"|(?:given|use|uses|using) the (?:pseudonym|name)"
    # the child's own choice: "Jay has asked to be called Jay in this report"
    r"|(?:asked|chose|chosen|wanted|wants|wished|wishes|preferred|prefers) to be (?:called|known as))"
    # a name, or one capital letter ("a twelve-year-old boy we call E.")
    r"\s+(?P<name>[A-Z][a-z]+|[A-Z](?=[\s.,;:]|$))\b(?![-\u2019']\w)"
)
_NOT_A_NAME = {"Child", "Baby", "The", "Mr", "Mrs", "Ms", "Miss", "Dr", "Family", "Young"}
_NUMBER_WORDS = {
    w: i
    for i, w in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
        ]
    )
}
# Babies' ages in months run past the teens: "twenty-two months old".
_NUMBER_WORDS.update(
    {"twenty": 20}
    | {
        f"twenty{sep}{unit}": 20 + n
        for n, unit in enumerate(["one", "two", "three"], 1)
        for sep in "- "
    }
)
# Longest first, so that "twenty-two" is read whole rather than as "twenty".
_NUMBER_ALTERNATION = "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
_AGE = re.compile(
    r"\b(?:was|aged|age|is|were)\s+(?:just\s+|only\s+)?(\d{1,2}|"
    + _NUMBER_ALTERNATION
    + r")\s+(year|month|week|day)s?(?:\s+old|\s+of age)?\b",
    re.I,
)
# "aged 15" with no unit: years, as reviews write teenagers' ages.
_AGE_BARE = re.compile(
    r"\baged\s+(\d{1,2}|" + _NUMBER_ALTERNATION + r")\b(?![\s-]*(?:year|month|week|day|-))",
    re.I,
)
# "Olivia was sixteen when she...", "was 14 at the time", "was fourteen during the period the
# review looked at": years.
_AGE_WHEN = re.compile(
    r"\b(?:was|were)\s+(\d{1,2}|" + _NUMBER_ALTERNATION + r")\s+(?:when|at the time|during)\b",
    re.I,
)
# "told D he was seventeen", "said she was fifteen": an age someone claimed, often for themselves
# (a man posing as a boy), not one the review states.
_CLAIMED = re.compile(
    r"\b(?:told|said|says|saying|claimed|claiming|pretended|pretending)\b[^.]{0,25}$", re.I
)
# "E was fourteen and had lived...", "J was seventeen and autistic.": years, when the sentence
# names the child.
_AGE_IS = re.compile(
    r"\b(?:was|is)\s+(?:just\s+|only\s+)?(\d{1,2}|"
    + _NUMBER_ALTERNATION
    + r")\b(?=\s+and\b|\s*[,.;:]|\s*$)",
    re.I,
)
# "after N, then fifteen, told a youth worker": years, when the sentence names the child.
_AGE_THEN = re.compile(
    r"\b(?:then|now)\s+(?:aged\s+)?(\d{1,2}|" + _NUMBER_ALTERNATION + r")\b(?=\s*[,;)])",
    re.I,
)
# "H (15) is a looked after child": years, in brackets after the child's name.
_AGE_BRACKETED = re.compile(r"\b[A-Z][\w'\u2019-]*\s+\((?:aged\s+)?(\d{1,2})\)")
_AGE_AT = re.compile(
    r"\b(?:at\s+the\s+age\s+of\s+|(?:at|of)\s+(?=\w+\s+\w+\s+(?:old|of\s+age)\b))"
    r"(?:just\s+|only\s+)?(\d{1,2}|" + _NUMBER_ALTERNATION + r")\s+(year|month|week|day)s?\b",
    re.I,
)
_AGE_HYPHEN = re.compile(
    r"\b(\d{1,2}|"
    + _NUMBER_ALTERNATION
    + r")-(year|month|week)-old\s+(?!(?:half|step)?[\s-]?(?:brother|sister|sibling|cousin|friend))"
    r"(girl|boy|daughter|son|baby|infant|child)?",
    re.I,
)
# "M, a girl of thirteen who ...", "a baby of six weeks": years when no unit is given.
_AGE_OF = re.compile(
    r"\b(?:a|an)\s+(girl|boy|child|baby|infant|teenager|young person|young woman|young man)\s+of\s+"
    r"(?:just\s+|only\s+)?(\d{1,2}|" + _NUMBER_ALTERNATION + r")\b"
    r"(?:\s+(year|month|week|day)s?\b)?(?!\s*(?:%|per\b|pupils?\b|children\b))",
    re.I,
)
_GENDER_WORDS = {
    "girl": "female",
    "daughter": "female",
    "young woman": "female",
    "boy": "male",
    "son": "male",
    "young man": "male",
}
_GENDER = re.compile(rf"\b({'|'.join(_GENDER_WORDS)})\b", re.I)
_PRONOUN_GENDER = {"she": "female", "he": "male"}
_GENDER_OR_PRONOUN = re.compile(rf"\b({'|'.join([*_GENDER_WORDS, *_PRONOUN_GENDER])})\b", re.I)
_OPENS_WITH_PRONOUN = re.compile(r"^(?:She|He)\s+(?:was|is)\b")
_FEMALE = re.compile(r"\b(she|her|herself)\b", re.I)
_MALE = re.compile(r"\b(he|him|his|himself)\b", re.I)


def extract_metadata(
    pages: list[RawPage],
    blocks: list[Block],
    sentences: list[Sentence],
    title_hint: str | None,
) -> tuple[Metadata, dict[str, FieldSource]]:
    """Fields and, for each one found, the page and line it was read from."""
    cover = cover_lines(pages)
    front = page_lines(pages, 1, 4)[:FRONT_LINES]
    found: dict[str, Found] = {}

    if rtype := _review_type(cover) or _review_type(front):
        found["review_type"] = rtype
    type_nation = _TYPE_NATION.get(rtype.value) if rtype else None
    body_counts = Counter(w for s in sentences[:600] for w in re.findall(r"[A-Z][a-z]+", s.text))
    # A running header often names the review too ("Child R - Local Child Safeguarding Practice
    # Review" atop every page): the cover's own title line wins over it.
    running = running_lines(pages)
    own = [line for line in cover if furniture_key(line.text) not in running]
    title = _title(own, _review_type(own), body_counts) if len(own) < len(cover) else None
    title = title or _title(cover, rtype, body_counts)
    # A briefing's own heading that names its child comes before the line of prose that names the
    # review type ("7 minute briefing: Child L" over "Learning from a local child safeguarding
    # practice review, published November 2026."): the heading is the title.
    briefing = _briefing_title(cover)
    if briefing and (
        title is None
        or (
            briefing.line.heading
            and _names_in_title(str(briefing.value))
            and (briefing.line.page, briefing.line.line) < (title.line.page, title.line.line)
        )
    ):
        title = briefing
    if title is None and title_hint and (hinted := _hinted_title(title_hint)):
        title = Found(hinted, Line(title_hint, 1, 0), 0.5)
    if title is None and rtype is None:
        title = _named_review_title(cover, body_counts)
    title = title or _named_heading(cover)
    if title:
        found["title"] = Found(_uncapitalised(str(title.value)), title.line, title.confidence)
    if body := _partnership(cover, pages, title_hint):
        found["partnership"] = Found(body.value.name, body.line, body.confidence)
        if body.value.area:
            found["area"] = Found(body.value.area, body.line, body.confidence)
        if body.value.nation:
            found["nation"] = Found(body.value.nation, body.line, body.confidence)
    # A briefing's title is often all that names the child ("7 minute briefing: Child T").
    briefed = _names_in_title(title.value) if title and BRIEFING_TITLE.search(title.value) else []
    place = body.value.area if body else None
    if title and briefed and not _named_for_the_place(briefed, place):
        found["child_pseudonyms"] = Found(briefed, title.line, 0.85)
    elif (
        names := _pseudonyms(
            cover, front, sentences, body_counts, set(body.value.name.split()) if body else set()
        )
    ) and not _named_for_the_place(names.value, place):
        found["child_pseudonyms"] = names
    elif title and (
        named := [
            n
            for n in _names_in_title(title.value)
            if _uses(n, body_counts, sentences) >= 2 and not _named_for_the_place([n], place)
        ]
    ):
        found["child_pseudonyms"] = Found(named, title.line, 0.7)  # "what happened to Sam"
    if "nation" not in found:
        if rtype and type_nation:
            found["nation"] = Found(type_nation, rtype.line, rtype.confidence * 0.9)
        elif nation := _nation_named(cover):
            found["nation"] = nation
    if year := publication_year(
        cover + [line for line in front if line not in cover], date.today().year
    ):
        found["year"] = year

    pseudonyms = list(found["child_pseudonyms"].value) if "child_pseudonyms" in found else []
    age, gender_hint, age_sentence = _age(sentences, pseudonyms)
    if not age and (called := _name_behind_code(pseudonyms, body_counts, sentences)):
        pseudonyms += called
        age, gender_hint, age_sentence = _age(sentences, pseudonyms)
    if age and age_sentence:
        found["child_age"] = Found(age, _sentence_line(pages, age_sentence), 0.8)
    elif title and (age := _age_in_title(title.value, pseudonyms)):
        found["child_age"] = Found(age, title.line, 0.8)  # "Megan, aged 16" set as a heading
    gender = gender_hint or _gender(sentences, pseudonyms)
    if gender and age_sentence and gender_hint:
        found["child_gender"] = Found(gender, _sentence_line(pages, age_sentence), 0.8)
    elif gender:
        patterns = name_patterns(pseudonyms)
        first = next((s for s in sentences if any(p.search(s.text) for p in patterns)), None)
        if first:
            found["child_gender"] = Found(gender, _sentence_line(pages, first), 0.7)

    meta = Metadata(**{name: item.value for name, item in found.items()})
    sources = {
        name: FieldSource(
            item.line.page, item.line.line or None, round(item.confidence, 2), item.line.text[:160]
        )
        for name, item in found.items()
    }
    return meta, sources


FRONT_LINES = 200  # lines of the first pages searched for what the cover does not say

_TYPE_NATION = {name: nation for name, nation, _ in REVIEW_TYPES}


_LEADS_TO = "rapid review"  # a step before a local review: named with one, the other is the type


def _review_type(lines: list[Line]) -> Found | None:
    """The first line naming a review type; a type the layout wrapped over two lines counts."""
    span = _type_span(lines)
    if span is None:
        return None
    first, end = span
    text = " ".join(line.text for line in lines[first:end])
    best: tuple[int, str] | None = None
    for name, _, pattern in REVIEW_TYPES:
        m = pattern.search(text)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), name)
    if best is None:
        return None
    if best[1] == _LEADS_TO and (
        later := [n for n, _, p in REVIEW_TYPES if n != _LEADS_TO and p.search(text)]
    ):
        best = (best[0], later[0])  # "learning from a rapid review and local ... review"
    return Found(best[1], lines[first], 0.95 if lines[first].page <= 2 else 0.7)


def _type_span(lines: list[Line]) -> tuple[int, int] | None:
    """Index range of the first line(s) holding a review type; a line that names one itself wins
    over a pair the layout wrapped."""
    for i, line in enumerate(lines):
        if any(p.search(line.text) for _, _, p in REVIEW_TYPES):
            return i, i + 1
    for i in range(len(lines) - 1):
        if any(p.search(f"{lines[i].text} {lines[i + 1].text}") for _, _, p in REVIEW_TYPES):
            return i, i + 2
    return None


def _title(cover: list[Line], rtype: Found | None, body_counts: Counter) -> Found | None:
    """The cover's review-type line, joined with the lines that continue it, and the child's
    pseudonym when it stands alone on the line after (or before) it."""
    span = _type_span(cover)
    if span is None or rtype is None or rtype.line.page > 2:
        return None
    first, end = span
    if _is_prose(cover[first].text) or is_type_fact(cover[first].text):
        return None  # "This brief sets out what we learned from a ... review after ..."
    if strap_parts(cover[first].text):
        return None  # the facts under a brief's title: "Partnership | Review type | Date"
    return _title_from(cover, first, end, body_counts, 0.9)


# Words a title leaves in lower case.
_TITLE_SMALL_WORDS = {"and", "of", "into", "for", "the", "in", "on"}


def _named_review_title(cover: list[Line], body_counts: Counter) -> Found | None:
    """With no known review type on the cover, its first line that names a review in the
    partnership's own words ("Serious Incident Notification and Local Review", "Partnership
    Review"): two to nine words set as a title (capitalised, or all in capitals) ending in
    "Review", with the child's pseudonym beside it."""
    for index, line in enumerate(cover[:6]):
        if line.page > 1:
            break
        words = line.text.split()
        if (
            2 <= len(words) <= 9
            and words[-1].lower() == "review"
            and words[-1][0].isupper()
            and all(w[0].isupper() or w in _TITLE_SMALL_WORDS for w in words)
        ):
            return _title_from(cover, index, index + 1, body_counts, 0.7)
    return None


def _title_from(
    cover: list[Line], first: int, end: int, body_counts: Counter, confidence: float
) -> Found | None:
    """The title on cover lines first to end, joined with the lines that continue it, and the
    child's pseudonym when it stands alone on the line after (or before) it."""
    parts = [line.text for line in cover[first:end]]
    while (
        end < len(cover)
        and end - first < 4
        and (
            title_joins(cover[end].text)
            or re.search(r"(?:\b(?:of|into|for)|[:\-\u2013])$", parts[-1])
            or is_bare_reference(cover[end].text)  # "CPR 2/2026: Nia" under the type
        )
        and not _is_other_line(cover[end].text)
    ):
        parts.append(cover[end].text)
        end += 1
    title = re.sub(r"^(?:an?|the)\s+", "", without_trailing_date(" ".join(parts)), flags=re.I)
    title = title.strip(" :-\u2013")
    if len(title) > 200 or _not_a_title(title):
        return None
    if not _names_in_title(title):
        for neighbour in _neighbours(cover, first, end):
            line = cover[neighbour].text
            # the line itself ("Child W", "Jay (aged 14)"), or the code closing a reference line
            named = _pseudonym_line(line, body_counts)
            child = title_name(line) if named else " and ".join(_coded_tail(line))
            if not child and _is_title_translation(line):
                # the review type again, naming the child: "Extended Child Practice Review: Owain"
                child = " and ".join(n for n in _names_in_title(line) if body_counts[n] >= 2)
            if child:
                joiner = " " if re.search(r"\b(?:of|into|for|concerning)$", title) else ": "
                if not child.isupper():  # "LEARNING REVIEW" in the case of "Child E" beside it
                    title = _uncapitalised(title)
                title = f"{title}{joiner}{child}"
                break
    return Found(title, cover[first], confidence)


def _briefing_title(cover: list[Line]) -> Found | None:
    """A short line near the top of the cover that names a briefing format."""
    for line in cover[:6]:
        if line.page > 1:
            break
        words = len(line.text.split())
        if (
            BRIEFING_TITLE.search(line.text)
            and words <= (14 if line.heading else 10)
            and not _not_a_title(line.text)
        ):
            return Found(line.text.strip(" :-\u2013"), line, 0.8)
    return None


def _named_heading(cover: list[Line]) -> Found | None:
    """A page headed by its child's pseudonym alone ("Child N"), or by the child's name and what
    was learned ("Isla: what we learned"), which names the review type only in a note or a fact
    box under it: the heading is what the page calls itself."""
    for line in cover[:4]:
        if line.heading and (pseudonyms_in(line.text) or _learned_from(line.text)):
            return Found(line.text.strip(), line, 0.6)
    return None


# Where a title's parts meet: "Jess: a learning review", "LEARNING REVIEW - ISLA".
_TITLE_PARTS = re.compile(r"[:\u2013\u2014]|\s-\s")


def _learned_from(title: str) -> str | None:
    """The name opening "Isla: what we learned", "Sam - lessons for practitioners", or closing
    "Learning from Amelia's review"."""
    if m := _LEARNED_FROM_NAME.match(title.strip()):
        return first_name_line(m.group(1))
    head = _TITLE_PARTS.split(title, maxsplit=1)
    if len(head) < 2 or not _LEARNED.match(head[1].strip()):
        return None
    return first_name_line(head[0])


_LEARNED_FROM_NAME = re.compile(
    r"(?:learning|lessons|what we (?:have )?(?:learned|learnt)) from ([A-Z][a-z]{1,14})"
    r"['\u2019]s (?:review|story|case|life)$",
    re.I,
)


_LEARNED = re.compile(
    r"(?:what (?:we|the review|they|practitioners) (?:have )?(?:learned|learnt|found)|"
    r"learning|lessons)\b",
    re.I,
)


def _is_prose(text: str) -> bool:
    """A line of sentences: more than 12 words with a full stop closing one of them."""
    return len(text.split()) > 12 and bool(re.search(r"[a-z0-9)\"'’”]\.(?:\s|$)", text))


def _not_a_title(text: str) -> bool:
    """A sentence of prose that names a review type ('the teenager, named only as Jack in the
    serious case review, was ...'), a numbered section heading ('1. Factors leading to the
    serious case review') or a press headline ('Serious case review finds missed chances'): a
    report without a cover. Better blank than wrong."""
    first = next((c for c in text if c.isalnum()), "")
    if first.islower():  # a quote or bracket may come first: "'Child Q': a review"
        return True
    if re.match(r"\d{1,2}(?:\.\d{1,2})*\.?\s+[A-Za-z]", text) and not BRIEFING_TITLE.match(text):
        return True
    if re.search(r"[a-z]{2}\.\s+[A-Z]", text):  # two sentences: "X Partnership. Rapid review, ..."
        return True
    if is_review_note(text):
        return True
    if _is_headline(text):
        return True
    if text.rstrip().endswith("?"):  # a heading asking a question ("Is a local review required?")
        return True
    return _is_prose(text)


# What a headline does with the review it names; a title names it and what it is about
# ("Serious Case Review into the death of Child K").
_HEADLINE_VERB = re.compile(
    r"^\W*(?:finds?|found|says?|said|reveals?|revealed|criticis(?:es|ed)|criticiz(?:es|ed)|"
    r"highlights?|highlighted|warns?|warned|shows?|showed|concludes?|concluded|blames?|blamed|"
    r"calls? for|urges?|urged|identifies|identified|points? to|slams?|exposes?|exposed|"
    r"(?:is|was|has been|to be) (?:published|released|launched|ordered|commissioned)|"
    # bare, as headlines drop the verb: "review published into ..." (not "Published May 2020")
    r"(?:published|released|launched|ordered|commissioned) (?:into|after|following))\b",
    re.I,
)


def _is_headline(text: str) -> bool:
    """'Serious case review finds agencies missed chances': the review type is the subject of a
    reporting verb, so the line reports on a review rather than titling one."""
    for _, _, pattern in REVIEW_TYPES:
        for m in pattern.finditer(text):
            if _HEADLINE_VERB.match(text[m.end() :]):
                return True
    return False


def _neighbours(cover: list[Line], first: int, end: int) -> list[int]:
    """The lines next to a title, looking past report-kind lines ('Executive Summary') and the
    title in another language ('Adolygiad Estynedig o Ymarfer Plant' under a Welsh review's);
    then the title lines passed over."""
    after, passed = end, []
    while after < len(cover) and (
        is_noise_line(cover[after].text) or _is_title_translation(cover[after].text)
    ):
        if _is_title_translation(cover[after].text):
            passed.append(after)  # may name the child after the type again
        after += 1
    return [i for i in (after, first - 1) if 0 <= i < len(cover)] + passed


def _is_title_translation(text: str) -> bool:
    """A short line naming a review type again, as a bilingual cover prints its title twice."""
    return len(text.split()) <= 8 and any(p.search(text) for _, _, p in REVIEW_TYPES)


def _hinted_title(hint: str) -> str | None:
    """A document-properties, Word title-style or HTML title, if it names a review type, a
    briefing format or a review of a named child ("A review of what happened to Sam"); site
    names cut off."""
    for part in re.split(r"\s+[|\u2013\u2014]\s+|\s+-\s+", hint):
        if (
            (
                any(p.search(part) for _, _, p in REVIEW_TYPES)
                or BRIEFING_TITLE.search(part)
                or (_REVIEW_WORD.search(part) and _names_in_title(part))
            )
            and not find_bodies(part)
            and not _is_headline(part)
        ):
            return part.strip()
    return None


def _is_other_line(text: str) -> bool:
    return bool(
        find_bodies(text)
        or PUBLISHED.search(text)
        or is_author_line(text)
        or is_noise_line(text)
        or pseudonyms_in(text)
    )


def _names_in_title(title: str) -> list[str]:
    tail = re.split(
        r"[:\u2013\u2014]|\s-\s|\b(?:in respect of|concerning|regarding|into the "
        r"death of|the death of|what happened to)\b",
        title,
        maxsplit=1,
    )
    if len(tail) < 2:
        return [n] if (n := _learned_from(title)) else []  # "Learning from Amelia's review"
    # "Child N: a practice review", or the children first: "Sisters A and C: ... review", or
    # "Isla: what we learned".
    return (
        pseudonyms_in(tail[1])
        or ([n] if (n := first_name_line(tail[1])) else [])
        or pseudonyms_in(tail[0])
        or ([n] if (n := _learned_from(title)) else [])
        or ([n] if (n := _called(tail[1])) else [])
    )


def _called(text: str) -> str | None:
    """The name in "the boy we call Reece", "a girl the review calls Orla": how a title gives a
    pseudonym when it describes the child first."""
    m = _CALLED.search(text)
    return first_name_line(m.group(1)) if m else None


_CALLED = re.compile(
    r"\b(?:we|the review|this review|the report|this report)\s+"
    r"(?:call|calls|have called|will call|refers? to as|name|names)\s+"
    r"['\u2018\u201c]?([A-Z][a-z]{1,14})\b"
)


def _leading_name(text: str, body_counts: Counter, place_words: set[str]) -> str | None:
    """A first name that opens a title before the review type ("Jess: a learning review"), the
    way partnership web pages title a review. The report must use the name again, and a place
    ("Wenlow: a learning review") is no child: the partnership's own words are not names."""
    head = _TITLE_PARTS.split(text, maxsplit=1)
    if len(head) < 2 or not _REVIEW_WORD.search(head[1]):
        return None
    name = first_name_line(head[0])
    if name is None or name in place_words or body_counts[name] < 2:
        return None
    return name


_REVIEW_WORD = re.compile(r"\breview\b", re.I)


def _closing_letter(text: str, sentences: list[Sentence]) -> str | None:
    """The bare letter closing a review's title ("Rapid review: G", "Local Child Safeguarding
    Practice Review: M"): the letter the report calls its child by, when the report uses it so
    at least twice ("what happened to G", "G moved schools"), not as a part or an appendix."""
    parts = _TITLE_PARTS.split(text, maxsplit=1)
    if len(parts) < 2 or not _REVIEW_WORD.search(parts[0]):
        return None
    letter = parts[1].strip().rstrip(".")
    if not _LETTER_NAME.fullmatch(letter):
        return None
    used = re.compile(rf"(?:(\w+)\s+)?\b{letter}\b(?![.’'-]\w)")
    uses = sum(
        1
        for s in sentences[:600]
        for m in used.finditer(s.text)
        if (m.group(1) or "").lower() not in _NOT_A_NAME_BEFORE
    )
    return letter if uses >= 2 else None


_LETTER_NAME = re.compile(r"[A-Z]{1,2}\d{0,2}")
# Words before a letter that make it a label or another form of name, not the bare letter the
# report uses ("Appendix B", "Part A", "Child G").
_NOT_A_NAME_BEFORE = frozenset(
    [
        "appendix",
        "annex",
        "part",
        "section",
        "table",
        "figure",
        "plan",
        "option",
        "grade",
        "class",
        "block",
        "ward",
        "room",
        "child",
        "baby",
        "person",
        "group",
        "family",
    ]
)


def _capitals_name(text: str, body_counts: Counter) -> str | None:
    """The name closing a title set in capitals ("LEARNING REVIEW - ISLA"). A capitalised word
    there could be any word of a title, so the report must use the name again in its own case."""
    parts = _TITLE_PARTS.split(text, maxsplit=1)
    if len(parts) < 2 or not parts[1].strip().isupper():
        return None
    name = first_name_line(parts[1].strip().capitalize())
    return name if name and body_counts[name] >= 2 else None


def _pseudonym_line(text: str, body_counts: Counter) -> list[str]:
    if names := pseudonyms_in(text):
        return names
    name = first_name_line(text)
    # A word alone on a cover is a pseudonym only if the report goes on to use it.
    return [name] if name and body_counts[name] >= 2 else []


def _named_for_the_place(names: list[str], area: str | None) -> bool:
    """Children a page names by its own place ("the Saltmere siblings" from the Saltmere
    partnership), as a family's would be by its surname: no pseudonym of theirs."""
    words = set((area or "").split())
    return bool(words) and all(words & set(name.split()) for name in names)


def _pseudonyms(
    cover: list[Line],
    front: list[Line],
    sentences: list[Sentence],
    body_counts: Counter,
    place_words: set[str],
) -> Found | None:
    span = _type_span(cover)
    if span is not None:
        first, end = span
        for line in cover[first:end]:
            if names := _names_in_title(line.text):
                return Found(names, line, 0.9)
        for line in cover[first:end]:
            if name := _leading_name(line.text, body_counts, place_words) or _capitals_name(
                line.text, body_counts
            ):
                return Found([name], line, 0.85)
        for line in cover[first:end]:
            if letter := _closing_letter(line.text, sentences):
                return Found([letter], line, 0.85)
        hits = [
            (cover[n], names)
            for n in _neighbours(cover, first, end)
            if (names := _pseudonym_line(cover[n].text, body_counts))
        ]
        if hits:
            line, names = hits[0]
            # "About P" under the type line and "Learning from Child P" over it: the full form
            for other_line, other in hits[1:]:
                if [n.split()[-1] for n in other] == names:
                    line, names = other_line, other
            return Found(names, line, 0.9)
    for line in cover:
        if names := pseudonyms_in(line.text):
            return Found(names, line, 0.8)
    for line in cover:
        if names := _coded_tail(line.text):
            return Found(names, line, 0.75)
    for line in front:
        if m := _CHILD_NAME.search(line.text):
            return Found([m.group(1)], line, 0.8)
    counts = Counter(_CHILD_CODE.findall("\n".join(s.text for s in sentences[:600])))
    common = [code for code, n in counts.most_common(1) if n >= 3]
    if common:
        sentence = next(s for s in sentences if common[0] in s.text)
        return Found(common, Line(sentence.text, sentence.page, 0), 0.5)
    return _named_in_prose(front, sentences, body_counts) or _introduced_with_age(
        sentences, body_counts, place_words
    )


def _introduced_with_age(
    sentences: list[Sentence], body_counts: Counter, place_words: set[str]
) -> Found | None:
    """The child a review opens on by name and age ("Ioan was sixteen and lived with his
    parents"), as Welsh child practice reviews do under their brief outline, with no name on the
    cover. Only the opening sentences, and the report must go on using the name."""
    for sentence in sentences[:_OPENING_SENTENCES]:
        m = _OPENS_WITH_NAME_AND_AGE.match(_PARAGRAPH_NUMBER.sub("", sentence.text))
        if not m:
            continue
        name = first_name_line(m.group("name"))
        if name and name not in _NOT_A_NAME | place_words and body_counts[name] >= 3:
            return Found([name], Line(sentence.text, sentence.page, 0), 0.5)
    return None


_OPENING_SENTENCES = 12
_OPENS_WITH_NAME_AND_AGE = re.compile(
    r"(?P<name>[A-Z][a-z]+)(?:,\s+aged\s+|\s+(?:was|is)\s+(?:just\s+|only\s+)?)"
    rf"(?:\d{{1,2}}|{_NUMBER_ALTERNATION})\b(?:\s+years?(?:\s+old)?)?(?=\s+and\b|\s*[,.;:]|\s+when\b)"
)


def _coded_tail(text: str) -> list[str]:
    """A letter code closing a cover line after a reference ("Re: CTRSCB 2/2025 - Child E",
    "Ref 3/2019 – Baby D"), or in brackets after it, as Welsh reviews give it ("re: HVRSB
    04/2025 (Child M)"); a first name there could be an author's, so codes only."""
    flat = text.strip()
    bracketed = re.search(r"\(([^()]+)\)$", flat)
    tails = [bracketed.group(1)] if bracketed else []
    tails.append(_TITLE_PARTS.split(flat)[-1])
    for tail in (t.strip() for t in tails):
        names = pseudonyms_in(tail) if tail != flat else None
        if names and all(_CHILD_CODE.fullmatch(n) for n in names):
            return names
    return []


def _named_in_prose(
    front: list[Line], sentences: list[Sentence], body_counts: Counter
) -> Found | None:
    """A pseudonym the text gives in passing ("named only as Jack"): a press report or a summary
    cut from its cover has no other. The report must use the name again."""
    lines = [*front, *(Line(s.text, s.page, 0) for s in sentences[:600])]
    for line in lines:
        for m in _NAMED_IN_PROSE.finditer(line.text):
            name = m.group("name")
            if name not in _NOT_A_NAME and _uses(name, body_counts, sentences) >= 2:
                return Found([name], line, 0.6)
    return None


def _uses(name: str, body_counts: Counter, sentences: list[Sentence]) -> int:
    """How often the report uses a name; a letter ("E") as a word of its own, or its own."""
    if len(name) > 1:
        return body_counts[name]
    letter = re.compile(rf"\b{name}\b(?![.\w])|\b{name}['\u2019]s\b")
    return sum(len(letter.findall(s.text)) for s in sentences[:600])


def _partnership(
    cover: list[Line], pages: list[RawPage], title_hint: str | None = None
) -> Found | None:
    """The body named on the cover; else one printed in the running header or footer of the
    next pages; else the one a front-matter sentence says commissioned or published the review;
    else the one a web page's title names as its site ("Learning brief: Siblings A and B |
    Kestrelmoor Safeguarding Children Partnership"). A body merely mentioned in the text is
    never taken. A board for a whole nation (the Safeguarding Board for Northern Ireland, whose
    case management reviews name their local safeguarding panel too) gives way to a local body
    named on the cover."""
    nationwide: Found | None = None
    for line in cover:
        for mention in find_bodies(_uncapitalised(line.text)):
            body = mention.body
            found = Found(body, line, 0.95 if body.listed else 0.85)
            if body.area is not None:
                return found
            nationwide = nationwide or found
    if (wrapped := _wrapped_body(cover)) is not None:
        return wrapped
    if nationwide is not None:
        return nationwide
    edge: Counter = Counter()
    where: dict[str, Line] = {}
    for page in pages[1:8]:
        lines = [" ".join(t.split()) for t in page.lines if t.strip()]
        for index in {0, 1, len(lines) - 1} & set(range(len(lines))):
            for mention in find_bodies(lines[index]):
                edge[mention.body] += 1
                where.setdefault(mention.body.name, Line(lines[index], page.number, index + 1))
    for body, n in edge.most_common(1):
        if n >= 2:
            return Found(body, where[body.name], 0.8)
    for line in page_lines(pages, 1, 4)[:FRONT_LINES]:
        for mention in find_bodies(line.text):
            before = line.text[: mention.start]
            if _COMMISSIONED.search(before):
                return Found(mention.body, line, 0.7)
    if title_hint and len(mentions := find_bodies(title_hint)) == 1:
        return Found(mentions[0].body, Line(title_hint, 1, 0), 0.7)
    return None


def _wrapped_body(cover: list[Line]) -> Found | None:
    """A local body whose name a large cover type wrapped over two lines ("Holmbridge
    Safeguarding" / "Children Partnership"), neither of which names it alone."""
    for line, after in pairwise(cover):
        if after.page != line.page:
            continue
        first = _uncapitalised(line.text.strip())
        joined = f"{first} {_uncapitalised(after.text.strip())}"
        for mention in find_bodies(joined):
            if mention.body.area is not None and mention.start < len(first) < mention.end:
                return Found(mention.body, Line(joined, line.page, line.line, line.heading), 0.85)
    return None


# Words a body's name keeps in lower case when an all-capitals line is recased. Not "a": in
# "SERIOUS CASE REVIEW: CHILD A" it is a pseudonym (`learning.suggest` reads title case with
# a longer list, as there a stray capital letter costs nothing).
_LOWER_IN_NAMES = {"and", "of", "for", "upon", "on", "the", "in"}


# Initials that keep their capitals when a line in capitals is recased ("SERIOUS CASE REVIEW
# (SCR): CHILD W").
_INITIALS = {
    "SCR", "CSPR", "LCSPR", "CPR", "CMR", "LSCB", "SCB", "CPC", "SBNI", "NHS", "UK", "PSNI",
    "LADO", "MASH", "ADHD", "SEND", "CSE", "CCE", "II", "III", "IV",
}  # fmt: skip


def _uncapitalised(text: str) -> str:
    """An all-capitals cover line ('HARROWGATE SAFEGUARDING CHILDREN PARTNERSHIP', 'RAPID
    REVIEW: CHILD B') in the case the gazetteer and name patterns read, and briefings cite;
    other lines as they are."""
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 8 or any(c.islower() for c in letters):
        return text
    words = []
    for index, word in enumerate(text.split()):
        if word.strip("().,:;-\u2013\u2014'\u2019\"").upper() in _INITIALS:
            words.append(word)
        elif index and word.lower() in _LOWER_IN_NAMES:
            words.append(word.lower())
        else:
            words.append(word.capitalize())
    return " ".join(words)


_COMMISSIONED = re.compile(
    r"\b(?:commissioned by|on behalf of|published by|report (?:for|to)|undertaken for|"
    r"conducted for|agreed by)\s+(?:the\s+)?$",
    re.I,
)


def _nation_named(cover: list[Line]) -> Found | None:
    for line in cover:
        for nation, pattern in (
            ("Northern Ireland", r"\bNorthern Ireland\b"),
            ("Scotland", r"\bScotland\b|\bScottish\b"),
            ("Wales", r"\bWales\b|\bWelsh\b|\bCymru\b"),
        ):
            if re.search(pattern, line.text):
                return Found(nation, line, 0.6)
    return None


def _sentence_line(pages: list[RawPage], sentence: Sentence) -> Line:
    """The reader's line on the sentence's page where the sentence starts."""
    head = " ".join(sentence.text.split()[:4])
    for page in pages:
        if page.number != sentence.page:
            continue
        kept = 0
        for text in page.lines:
            clean = " ".join(text.split())
            if not clean:
                continue
            kept += 1
            if head and head in clean:
                return Line(sentence.text, page.number, kept)
    return Line(sentence.text, sentence.page, 0)


def _age(
    sentences: list[Sentence], names: list[str]
) -> tuple[str | None, str | None, Sentence | None]:
    """The child's stated age (and a gender word next to it) from the first sentences naming them."""
    patterns = name_patterns(names)

    def named(text: str) -> bool:
        return any(p.search(text) for p in patterns)

    # "Ellie is the name she chose. She was fifteen and ...": a sentence that opens with a
    # pronoun right after one naming the child is about the child too.
    about_child: set[int] = set()
    if names:
        for index, sentence in enumerate(sentences[:400]):
            if named(sentence.text) or (
                index - 1 in about_child and _OPENS_WITH_PRONOUN.match(sentence.text)
            ):
                about_child.add(index)
    # The sentences about the child first, then the opening ones, each with whether it is.
    ordered = [(sentences[i], True) for i in sorted(about_child)]
    ordered += [(sentence, i in about_child) for i, sentence in enumerate(sentences[:60])]
    for sentence, is_named in ordered:
        text = sentence.text
        # "a seventeen-year-old who had left the school" in a sentence not about the child is
        # often someone else: there the age needs its noun ("a 15-year-old girl").
        if (m := _AGE_HYPHEN.search(text)) and (is_named or not names or m.group(3)):
            gender = _GENDER_WORDS.get((m.group(3) or "").lower())
            return _age_text(m.group(1), m.group(2)), gender, sentence
        if names and not is_named:
            continue
        if m := _AGE_OF.search(text):
            gender = _GENDER_WORDS.get(m.group(1).lower())
            return _age_text(m.group(2), m.group(3) or "year"), gender, sentence
        # The first age the sentence states is the child's ("B was nine and lived with his
        # sister, aged four").
        stated = [
            (m, unit)
            for pattern, unit in _AGES_IN_WORDS
            if (m := pattern.search(text)) is not None
            and (pattern not in (_AGE_IS, _AGE_THEN, _AGE_BRACKETED) or names)
            and not _CLAIMED.search(text, 0, m.start())
        ]
        if not stated:
            continue
        m, unit = min(stated, key=lambda found: found[0].start())
        if _MORE_AGES.match(text, m.end()):
            return None, None, None  # siblings "aged two, five and eight": no one child's age
        return _age_text(m.group(1), unit or m.group(2)), _gender_near(text, m), sentence
    return None, None, None


# Further ages listed after the first: a review of several children.
_MORE_AGES = re.compile(
    r"(?:\s*,\s*(?:\d{1,2}|"
    + _NUMBER_ALTERNATION
    + r"))*\s*,?\s*and\s+(?:\d{1,2}|"
    + _NUMBER_ALTERNATION
    + r")\b",
    re.I,
)


# (pattern, unit): None reads the unit from the match's second group. "was nine" alone is an
# age only in a sentence that names the child.
_AGES_IN_WORDS: list[tuple[re.Pattern[str], str | None]] = [
    (_AGE_BARE, "year"),
    (_AGE_WHEN, "year"),
    (_AGE_IS, "year"),
    (_AGE_THEN, "year"),
    (_AGE_BRACKETED, "year"),
    (_AGE, None),
    (_AGE_AT, None),
]


def _gender_near(text: str, m: re.Match[str]) -> str | None:
    """A gender word just after the age ("was 14 years old, a girl who") or just before it ("a
    white British boy who was fifteen"); else the child's family told after the age ("died at
    ten weeks after sleeping on a sofa with her father"), the way a baby's review tells it."""
    g = _GENDER_OR_PRONOUN.search(text, m.end())  # whole words: "her" is not "he"
    if g and g.start() < m.end() + 40:
        # "was sixteen when he attacked a girl": the pronoun, coming first, is the child's
        return _GENDER_WORDS.get(g.group(1).lower()) or _PRONOUN_GENDER[g.group(1).lower()]
    before = list(_GENDER.finditer(text[max(0, m.start() - 40) : m.start()]))
    if before:
        return _GENDER_WORDS[before[-1].group(1).lower()]
    own = {p.group(1).lower() for p in _POSSESSIVE_OWN.finditer(text[m.end() :])}
    if not own:
        # "was thirteen ... and had been bullied in Year 7 for his stammer": a possessive before
        # anyone else is brought in is the child's
        alone = _SOMEONE_ELSE.split(text[m.end() :], maxsplit=1)[0]
        own = {p.group(1).lower() for p in _POSSESSIVE.finditer(alone)}
        # "was fifteen and had lived in a children's home for eight months when she was found":
        # so is the subject of a clause there
        own = own or {_SUBJECT_OWNER[p.group(1).lower()] for p in _SUBJECT.finditer(alone)}
    return ("female" if own == {"her"} else "male") if len(own) == 1 else None


_POSSESSIVE = re.compile(r"\b(her|his)\b", re.I)
# A clause of the child's own opened after the age ("... when she was found"), not a pronoun in
# someone's words ("by someone who said he was a scout").
_SUBJECT = re.compile(
    r"\b(?:when|and|as|after|before|until|because|while|but|so|where)\s+(she|he)\b", re.I
)
_SUBJECT_OWNER = {"she": "her", "he": "his"}


# A possessive before a parent, carer, sibling or part of the body: in the sentence giving the
# child's age, the child's own ("was nine when a teacher saw bruising on his arms").
_POSSESSIVE_OWN = re.compile(
    r"\b(her|his)\s+(?:mother|father|mum|dad|parents|stepfather|stepmother|grandmother|"
    r"grandfather|grandparents|sister|brother|siblings|carers?|foster carers?|"
    r"arms?|legs?|face|head|neck|back|body|chest|hands?|wrists?|ribs|skull)\b",
    re.I,
)


def _age_in_title(title: str, names: list[str]) -> str | None:
    """The child's age as a cover gives it beside the name ("Review: Megan, aged 16", "Jay (aged
    14)", "Baby J, aged 4 months"), when the title names the child."""
    if not any(p.search(title) for p in name_patterns(names)):
        return None
    for pattern, unit in ((_AGE, None), (_AGE_BARE, "year"), (_AGE_BRACKETED, "year")):
        if m := pattern.search(title):
            return _age_text(m.group(1), unit or m.group(2))
    return None


def _age_text(number: str, unit: str) -> str:
    n = _number(number)
    return f"{n} {unit.lower()}{'s' if n != 1 else ''}"


_AGE_VALUE = re.compile(r"(\d+(?:\.\d+)?)\s*(day|week|month|year)s?\b", re.I)
_YEARS_PER_UNIT = {"day": 1 / 365, "week": 7 / 365, "month": 1 / 12, "year": 1.0}


def age_in_years(age: str | None) -> float | None:
    """A review's child age as read ("7 months", "11 years") or as an analyst corrected it, in
    years; None when it gives no number and unit."""
    m = _AGE_VALUE.search(age or "")
    return float(m.group(1)) * _YEARS_PER_UNIT[m.group(2).lower()] if m else None


def _number(token: str) -> int:
    return int(token) if token.isdigit() else _NUMBER_WORDS[" ".join(token.lower().split())]


_CODED_NAME = re.compile(r"(?:(?:Child|Baby|Infant|Toddler|Young Person)\s+)?([A-Z])")


def _name_behind_code(
    codes: list[str], body_counts: Counter, sentences: list[Sentence]
) -> list[str]:
    """The first name a review calls its coded child by ("Young Person K" over "About Kayla",
    "Kayla was fifteen when..."): the one name of three letters or more, starting with the code's
    letter, that the body uses at least three times and that opens two sentences before a verb or
    as a possessive. Asked only when the code alone gives no age."""
    letters = {m.group(1) for code in codes if (m := _CODED_NAME.fullmatch(code))}
    if len(letters) != 1 or len(letters) != len(codes):
        return []
    letter = letters.pop()
    found = []
    for word, count in body_counts.items():
        if word[0] != letter or len(word) < 3 or count < 3:
            continue
        opens = re.compile(rf"{word}(?:['\u2019]s\b|\s+{_VERB_AFTER_A}\b)")
        if sum(1 for s in sentences[:400] if opens.match(s.text)) >= 2:
            found.append(word)
    return found if len(found) == 1 else []


def name_patterns(names: list[str]) -> list[re.Pattern[str]]:
    """The child's names as the body text uses them: "Child W" is often just "W" after the cover
    (and a cover may say only "Concerning W"); A and I are words too, so they count only as a
    possessive, before a verb or before an apposition ("A was sixteen", "A's father", "about A,
    a boy of fourteen")."""
    patterns = [
        re.compile(rf"\b{re.escape(name)}\b(?!\.)") for name in sorted(set(names) - {"A", "I"})
    ]
    for name in names:
        m = _CODED_NAME.fullmatch(name)
        if m is None:
            continue
        letter = m.group(1)
        if letter in "AI":
            patterns.append(
                re.compile(rf"\b{letter}(?=['\u2019]s\b|\s+{_VERB_AFTER_A}\b|{_APPOSITION})")
            )
        else:
            patterns.append(re.compile(rf"\b{letter}\b(?!\.)"))
    return patterns


_VERB_AFTER_A = "(?:was|is|had|has|lived|told|said|went|did|could|would|felt|spent|moved)"
_APPOSITION = r",\s+(?:a|an)\s+(?:girl|boy|child|baby|young|teenager)\b"


def name_forms(names: Sequence[str]) -> tuple[str, ...]:
    """The child's names as a sentence may write them, for telling a sentence about the child
    from one about children in general: each name, and a coded name's bare letter ("Child T" is
    often "T's case" in the body). A and I are words too, so they are left out."""
    forms = [name for name in names if name]
    for name in names:
        m = _CODED_NAME.fullmatch(name)
        if m is not None and m.group(1) not in "AI" and m.group(1) not in forms:
            forms.append(m.group(1))
    return tuple(forms)


# A pronoun after someone else the sentence brings in is theirs ("his mother's", "videos of
# adults on his phone", "a player who said he was", "Megan's boyfriend ... how he knew"), and
# after "Child P's mother" so is the next sentence's first word; not after another's possessive
# ("on a man's laptop, and she was identified").
_SOMEONE_ELSE = re.compile(
    r"\b(?:mother|father|mum|dad|partner|brother|sister|worker|officer|teacher|boyfriend|"
    r"girlfriend|stepfather|stepmother|uncle|aunt|cousin|grandmother|grandfather|carer|wife|"
    r"husband)\b|"
    r"\b(?:boy|girl|man|woman|men|player|adult|stranger|user)s?\b(?!['\u2019]s)"
)
# Someone else of one sex owns only that sex's pronouns: "D's father found the images on her
# tablet" still gives the child's "her".
_MALE_OTHERS = frozenset(
    [
        "father",
        "dad",
        "brother",
        "boyfriend",
        "stepfather",
        "uncle",
        "grandfather",
        "husband",
        "boy",
        "boys",
        "man",
        "men",
    ]
)
_FEMALE_OTHERS = frozenset(
    [
        "mother",
        "mum",
        "sister",
        "girlfriend",
        "stepmother",
        "aunt",
        "grandmother",
        "wife",
        "girl",
        "girls",
        "woman",
        "women",
    ]
)
_PARAGRAPH_NUMBER = re.compile(r"^\(?\d{1,3}(?:\.\d{1,3})*[.)]?\s+")


def _gender(sentences: list[Sentence], names: list[str]) -> str | None:
    """Pronouns that follow the child's name in the same sentence, or open the next one."""
    if not names:
        return None
    female = male = 0
    patterns = name_patterns(names)
    for index, s in enumerate(sentences[:400]):
        for pattern in patterns:
            # every mention: "When Megan's mother called, she was told to make Megan delete her
            # accounts" gives its pronoun after the second
            windows = []
            for m in pattern.finditer(s.text):
                after = s.text[m.end() : m.end() + 60]
                windows.append((m.start(), after, _SOMEONE_ELSE.split(after, maxsplit=1)[0]))
            if not windows:
                continue
            for _, after, window in windows:
                female += len(_FEMALE.findall(window))
                male += len(_MALE.findall(window))
                other = _SOMEONE_ELSE.match(after, len(window))
                if other is not None:
                    beyond = _SOMEONE_ELSE.split(after[other.end() :], maxsplit=1)[0]
                    if other.group(0).lower() in _MALE_OTHERS:
                        female += len(_FEMALE.findall(beyond))
                    elif other.group(0).lower() in _FEMALE_OTHERS:
                        male += len(_MALE.findall(beyond))
            start, after, window = windows[0]
            # "Child P's mother met the reviewer. Her ...": a sentence about someone else; and
            # "Ryan put an app on Megan's phone. He told her ...": the child is not its subject
            about_another = window != after and len(window.split()) <= 2
            subject = len(_PARAGRAPH_NUMBER.sub("", s.text[:start]).split()) <= 3
            if index + 1 < len(sentences) and subject and not about_another:
                # "1.2 He had been ...": the paragraph's number is not its first word
                first = _PARAGRAPH_NUMBER.sub("", sentences[index + 1].text).split(" ", 1)[0]
                female += first in {"She", "Her"}
                male += first in {"He", "His", "Him"}
    # Two pronouns of one gender and three times as many as of the other: a child's review
    # often has only two, and a pronoun of someone else now and then.
    if female >= 2 and female >= 3 * male:
        return "female"
    if male >= 2 and male >= 3 * female:
        return "male"
    return None
