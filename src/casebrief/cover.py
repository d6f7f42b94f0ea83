"""A review's cover read the way a person reads it: the first lines of the first page(s), each line
taken for what it is (the partnership's name, the review type, the child's pseudonym, a date, the
author) before any value is taken from it.

Every value comes with the line it was read from; what the cover does not say stays blank."""

from __future__ import annotations

import re
from dataclasses import dataclass

from casebrief.gazetteer import find_bodies
from casebrief.model import RawPage
from casebrief.text.clean import PROTECTIVE_MARKING
from casebrief.text.dates import DATE, MONTHS, NUMERIC_DATE

COVER_LINES = 30  # lines a cover page can hold before body text starts

PUBLISHED = re.compile(
    r"\b(?:published|publication date|date of publication|date published|publication|"
    r"first published|report published)\b\s*(?:on|in)?\s*[:,|\-\u2013]?\s*(?:"
    + DATE
    + r"|"
    + NUMERIC_DATE
    + r")\b",
    re.I,
)
# A cover line that is nothing but a date ("March 2019", "12 March 2019", "2019"), perhaps after
# the report's kind ("Final report, June 2024", "Independent reviewer's report, May 2025").
_DATE_ONLY = re.compile(
    r"^\s*(?:(?:report date|date of (?:the )?report|date|dated|"
    # an older review's cover: "Presented to the Board: 14 October 2014"
    r"presented to (?:the )?(?:board|partnership|lscb)|"
    r"(?:[a-z'\u2019]+\s+){0,3}(?:report|summary)"
    # "Report of the independent reviewer, January 2026", as Scottish learning reviews sign off
    r"(?:\s+(?:of|by)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}(?:reviewers?|authors?|panel|chair))?)"
    r"\s*[:,|\-\u2013]?\s*)?(?:" + DATE + r"|" + NUMERIC_DATE + r")\s*$",
    re.I,
)
# A Welsh or Northern Irish cover's reference line: "Re: BHRSCB 02/2026 (Child Q)", "Ref 3/2019 -
# Baby D", and with its board named first, "Re: Dyffryn Teifi Safeguarding Board CPR 03/2026
# (Child D)", "Report ref: GVSB 3/2025". A word after "Re" ("Referral 12/03/2025 ...") is no
# reference line.
_REFERENCE_LINE = re.compile(
    r"^(?:(?:report|review|case)\s+)?(?:re|ref|reference)\b\s*[:.]?\s*"
    r"(?:[A-Z][\w'\u2019&-]*\s+){0,6}?(?:[A-Z]{2,10}\s*)?\d{1,3}/\d{2,4}\b",
    re.I,
)
# A reference alone on its line, the child after it, as Welsh covers set it under the review's
# type ("CPR 2/2026: Nia"): part of the title, no sentence.
_BARE_REFERENCE = re.compile(
    r"^[A-Z]{2,10}\s*\d{1,3}/\d{2,4}"
    r"(?:\s*[:\-\u2013\u2014]\s*[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2})?\s*$"
)
# The most words of one fact on a strap line.
_FACT_WORDS = 12
# "Re: Child M": the cover's subject line, when what follows is itself a cover label.
_REGARDING = re.compile(r"^re\s*:\s*(?P<subject>.+)$", re.I)
_BODY_DATE = re.compile(
    r"^(?P<body>[A-Z][\w'\u2019&\- ]{5,120}?)(?:,|\s+[-\u2013\u2014|\u00b7\u2022])\s*"
    r"(?:(?:first\s+)?published\s+(?:on\s+)?)?"
    r"(?:" + DATE + r"|" + NUMERIC_DATE + r")\s*\.?$",
    re.I,
)
# Any other cover line that is a short label and a date: "Board sign-off: 14 October 2026",
# "Date agreed: 3 February 2026". Which of them dates the report is `publication_year`'s
# business; none is a sentence.
_LABELLED_DATE = re.compile(
    r"^[A-Za-z][\w'\u2019/-]*(?:\s+[\w'\u2019/-]+){0,4}\s*:\s*(?:"
    + DATE
    + r"|"
    + NUMERIC_DATE
    + r")\.?$",
    re.I,
)
# Labels whose dates are not the publication date.
_OTHER_DATE_LABEL = re.compile(
    r"\b(?:death|died|born|birth|incident|review period|period|scope|timeframe|chronology|"
    r"commissioned|approved|signed off|completed|draft|version|submitted|meeting|between|from)\b",
    re.I,
)
_REPORT_DATE = re.compile(
    # "Submitted to the Child Safeguarding Practice Review Panel, 12 March 2026", also after the
    # report's kind: "Rapid review submitted to the ... Panel, 21 June 2025"
    r"^\s*(?:(?:(?:(?:rapid\s+)?review|report)\s+)?"
    r"(?:date\s+(?:report\s+)?)?(?:submitted|sent)\s+to\b[^.]{0,120}?|"
    r"date\s+of\s+(?:the\s+)?(?:rapid\s+review\s+)?(?:rapid\s+review|review|meeting|panel)|"
    # a page's note under its title: "Rapid review, April 2026."
    # Wales names its two kinds "concise" and "extended" child practice reviews
    r"(?:rapid|learning|serious\s+case|(?:(?:local|concise|extended)\s+)?child\s+"
    r"(?:safeguarding\s+)?practice)\s+review|"
    # a byline that dates the report: "Author: independent reviewer, September 2026"
    r"(?:(?:independent|lead)\s+)?(?:author|reviewer)s?\s*:[^.:|]{1,80}?|"
    # a cover table's row: "Date agreed by the partnership | 3 February 2026"; a version's
    # approval: "Final version, approved by the partnership in April 2026"; a rapid review's
    # "Agreed by the partnership in March 2026"
    r"(?:(?:date|(?:final|revised)\s+(?:version|report)\s*[,:;\-\u2013]?)\s+)?"
    r"(?:agreed|approved|signed\s+off|endorsed)(?:\s+by\s+[^.:|]{1,60}?)?|"
    # ... and a report agreed by someone: "Report agreed by the partnership in August 2026"
    # ("Report approved on 3 May 2021", by no one named, is left alone)
    r"report\s+(?:agreed|approved|signed\s+off|endorsed)\s+by\s+[^.:|]{1,60}?|"
    # the same as a noun: "Board sign-off: 14 October 2026"
    r"(?:(?:board|partnership|panel|committee)\s+)?sign[\s-]?off|"
    # the date the report was finished: "Report completed: June 2026", "Date of completion"
    r"(?:(?:report|review)\s+)?completed|date\s+(?:of\s+)?(?:completion|completed))"
    r"\s*[,:|\-\u2013]?\s*(?:(?:on|in)\s+)?(?:" + DATE + r"|" + NUMERIC_DATE + r")\s*\.?\s*$",
    re.I,
)
_AUTHOR = re.compile(
    r"^\s*(?:independent\s+|lead\s+)?(?:reviewer|author|written by|report author|chair|"
    r"review(?:ers)? by|prepared by|report by)s?\b",
    re.I,
)
_NOISE = re.compile(
    r"^\s*(?:" + PROTECTIVE_MARKING + r"|"
    r"contents|page \d+(?: of \d+)?|\d+|draft|final(?: version)?|final report|"
    r"overview report|executive summary|summary report|full report|version [\d.]+|"
    # a cover table's "Status | Final, for publication"
    r"status\s*[:|]\s*(?:draft|final)\b[\w ,]{0,30})\s*$",
    re.I,
)
_REPORT_KIND_WORDS = (
    r"(?:the\s+)?(?:overview report|executive summary|summary report|final report|"
    r"full report|learning summary|briefing)"
)
_REPORT_KIND = re.compile(rf"^\s*{_REPORT_KIND_WORDS}\s*$", re.I)
# "Executive Summary: Orla": the report's kind, then whom it is about
_REPORT_KIND_PREFIX = re.compile(rf"^{_REPORT_KIND_WORDS}\s*[:\u2013\u2014]\s*", re.I)

# Pseudonym forms as a line of their own (or after a title's colon or dash).
_PSEUDONYM_FORMS = [
    re.compile(
        r"(?:Children|Siblings|Sisters|Brothers|Twins)\s+(?P<letters>[A-Z]{1,3}\d{0,2}(?:\s*,\s*[A-Z]{1,3}\d{0,2})*"
        r"\s+(?:and|&)\s+[A-Z]{1,3}\d{0,2})"
    ),
    re.compile(r"(?:Sibling|Siblings)\s+[Gg]roup\s+[A-Z]{1,3}\d{0,2}"),
    re.compile(r"(?:Child|Baby|Infant|Toddler|Young Person|Adolescent|Family)\s+[A-Z]{1,3}\d{0,2}"),
    re.compile(r"Baby\s+[A-Z][a-z]+"),
    # "the Smith family"; a heading "The family" or "His family" names no one
    re.compile(
        r"(?:the\s+)?(?!(?:The|This|That|Our|Her|His|Their|Whole|Wider)\b)[A-Z][a-z]+\s+[Ff]amily"
    ),
    # "the Lewis children", "the Okafor siblings": a family's children by its name, with "the"
    # and in lower case, as "Vulnerable Children" on a cover is no one's name
    re.compile(r"the\s+[A-Z][a-z]+\s+(?:children|siblings)"),
    # A letter for a family's children: "the T children", "the K siblings", "the W family"
    re.compile(
        r"(?:the\s+)?[A-Z]{1,2}\s+(?:[Cc]hildren|[Ss]iblings|[Bb]rothers|[Ss]isters|[Ff]amily)"
    ),
]
_ONE_CODED = r"(?:Child|Baby|Infant|Young Person)\s+[A-Z]{1,3}\d{0,2}"
_EACH_NAMED = re.compile(
    rf"{_ONE_CODED}(?:\s*,\s*{_ONE_CODED})*\s*(?:,\s*)?(?:and|&)\s+{_ONE_CODED}"
)
_FIRST_NAME = re.compile(r"['\u2018\"\u201c]?([A-Z][a-z]{1,14}(?:-[A-Z][a-z]+)?)['\u2019\"\u201d]?")
# Words that stand alone on covers but are not names.
_NOT_NAMES = {
    "overview",
    "report",
    "final",
    "draft",
    "published",
    "official",
    "confidential",
    "contents",
    "executive",
    "summary",
    "foreword",
    "introduction",
    "sensitive",
    "restricted",
    "version",
    "appendix",
    "england",
    "wales",
    "scotland",
    "ireland",
    "review",
    "learning",
    "safeguarding",
    "partnership",
    "board",
    "committee",
    "panel",
    "briefing",
    "redacted",
    "anonymised",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
}
_TITLE_JOINERS = re.compile(
    r"^(?:into|of|in respect of|concerning|regarding|about|relating to|for|following|"
    r"on|the death of|the death|the serious|the circumstances)\b",
    re.I,
)


@dataclass(frozen=True)
class Line:
    text: str
    page: int
    line: int  # 1-based among the page's non-empty lines
    heading: bool = False


@dataclass(frozen=True)
class Found:
    value: object
    line: Line
    confidence: float


_LABEL_ROW = re.compile(r"^([A-Za-z' ]{2,40}?)\s*\|\s*(.+)$")
_TYPE_AND_DATE = re.compile(r"^(.+?),\s*((?:first\s+)?published\b.*?)\.?$", re.I)
# A fact box's row that lists the services involved.
_CHILD_LABEL = r"(?:child|subject|pseudonym|child's pseudonym)"
_CHILD_LABELS = re.compile(rf"^{_CHILD_LABEL}$", re.I)
# "Child: G", "Pseudonym | Nia": a fact row naming the child, the label to take off
_CHILD_LABEL_PREFIX = re.compile(rf"^{_CHILD_LABEL}\s*[:|]\s*", re.I)
_LIST_LABELS = re.compile(r"^(?:agencies|services|organisations)(?: involved)?$", re.I)
_VALUE_ONLY_LABELS = re.compile(
    r"^(?:review type|type of review|type|title|report title|review|child|children|subject|"
    r"pseudonym|child's pseudonym|partnership|safeguarding partnership|board|commissioned by|"
    r"commissioning body|name)$",
    re.I,
)


def unlabelled(text: str) -> str:
    """A cover-table row ('Review type | Serious Case Review') as the line a cover would print:
    the value alone for labels that name the thing, 'Label: value' for the others (dates). A
    strap line of three facts or more is no label and its value."""
    m = _LABEL_ROW.match(text)
    if not m or strap_parts(text):
        return text
    label, value = m.group(1).strip(), m.group(2).strip()
    if _CHILD_LABELS.match(label) and _is_letter_code(value):
        return f"{label}: {value}"  # "Child | G": the label is what makes the letter a name
    return value if _VALUE_ONLY_LABELS.match(label) else f"{label}: {value}"


def cover_lines(pages: list[RawPage]) -> list[Line]:
    """The cover's lines: the first page, and the next one when the first is a logo or a stub."""
    lines: list[Line] = []
    for page in pages[:3]:
        kept = 0
        for index, text in enumerate(page.lines):
            clean = unlabelled(" ".join(text.split()))
            if not clean:
                continue
            kept += 1
            lines.append(Line(clean, page.number, kept, index in page.headings))
            if len(lines) >= COVER_LINES:
                return lines
        if kept >= 4:
            break
    return lines


def page_lines(pages: list[RawPage], first: int, last: int) -> list[Line]:
    out: list[Line] = []
    for page in pages:
        if first <= page.number <= last:
            kept = 0
            for text in page.lines:
                clean = " ".join(text.split())
                if clean:
                    kept += 1
                    out.append(Line(clean, page.number, kept))
    return out


def publication_year(lines: list[Line], latest: int) -> Found | None:
    """The year on a 'Published'/'Date of publication' line, else a cover line that is only a date
    or a safeguarding body's name and a date ('Ferne Valley Safeguarding Children Partnership,
    November 2025', as partnerships' web pages sign them). Dates with any other label (death,
    review period, approval) are not publication dates."""
    for index, line in enumerate(lines):
        after = lines[index + 1] if index + 1 < len(lines) else None
        if m := PUBLISHED.search(line.text) or _wrapped_date(line, after):
            year = int(m.group(1) or m.group(2))
            if 1945 <= year <= latest:
                return Found(year, line, 0.95)
    for line in lines:
        if line.page > 2:
            break
        m = _DATE_ONLY.match(line.text) or _strap_date(line.text) or _date_only_piece(line.text)
        if m and _OTHER_DATE_LABEL.search(line.text):
            continue
        year = int(m.group(1) or m.group(2)) if m else _body_and_date(line.text)
        if year and 1945 <= year <= latest:
            return Found(year, line, 0.8)
    # A rapid review is submitted to the national panel rather than published, and a Welsh
    # review's cover gives the date it was sent to the Welsh Government: with no publication
    # date anywhere, its cover's submission date, "Date of review" or the date its
    # panel met ("Date of meeting: 4 August 2026.") is the report's date, also where the line
    # goes on ("Date of review: 3 September 2026. Status: final."), as is a page's "Rapid review,
    # April 2026." under its title.
    for line in lines:
        if line.page > 2:
            break
        for piece in _sentences_of(line.text):
            if (m := _REPORT_DATE.match(piece)) and 1945 <= (
                year := int(m.group(1) or m.group(2))
            ) <= latest:
                return Found(year, line, 0.6)
    return None


def _sentences_of(text: str) -> list[str]:
    """A cover line's sentences, split after each full stop."""
    return re.split(r"(?<=\.)\s+", text.strip())


def _date_only_piece(text: str) -> re.Match[str] | None:
    """A date-only sentence that shares its cover line with another ("Independent author: M
    Oyelaran. Final report, July 2026."), as a Word cover sets byline and date in one paragraph.
    A line with another date label anywhere is skipped by the caller."""
    pieces = _sentences_of(text)
    if len(pieces) < 2:
        return None
    return next((m for piece in pieces if (m := _DATE_ONLY.match(piece.rstrip(".")))), None)


# A line that ends where a publication date should go on (see _wrapped_date).
_OPEN_PUBLISHED = re.compile(
    r"\bpublished(?:\s+(?:on|in))?[\s:,]*(?:\d{1,2}\s+)?(?:" + MONTHS + r")?\s*$", re.I
)


def _wrapped_date(line: Line, after: Line | None) -> re.Match[str] | None:
    """A publication date that wraps on to the next line of the page ("... review, published
    July" / "2026."), as a narrow page breaks its strap line."""
    if after is None or after.page != line.page or not _OPEN_PUBLISHED.search(line.text):
        return None
    return PUBLISHED.search(f"{line.text} {after.text}", max(0, len(line.text) - 40))


def strap_parts(text: str) -> list[str]:
    """The facts of a cover's strap line ("Wexham Safeguarding Partnership | Child safeguarding
    practice review | November 2025"): three or more short parts between bars or middle dots;
    none for any other line. A table row that records something ("September 2025 | School |
    Staff noted that ...") is no strap line, and its date does not date the review."""
    parts = [part.strip() for part in re.split(r"[|\u00b7\u2022]", text)]
    if len(parts) < 3 or any(len(part.split()) > _FACT_WORDS for part in parts):
        return []
    return parts


def _strap_date(text: str) -> re.Match[str] | None:
    """The date among a cover's strap line of facts."""
    return next((m for part in strap_parts(text) if (m := _DATE_ONLY.match(part))), None)


def _body_and_date(text: str) -> int | None:
    """The year of a sentence of the line that is a safeguarding body's name, a comma, dash,
    bar or middle dot, and a date."""
    for piece in re.split(r"(?<=\.)\s+", text.strip()):
        m = _BODY_DATE.match(piece)
        if m and not _OTHER_DATE_LABEL.search(piece) and len(find_bodies(m.group("body"))) == 1:
            return int(m.group(2) or m.group(3))
    return None


def is_type_fact(text: str) -> bool:
    """A fact box's "Review type: Local child safeguarding practice review": it gives the
    review's type, not its title."""
    return bool(_TYPE_FACT.match(text))


_TYPE_FACT = re.compile(r"^\s*(?:review type|type of review|type)\s*[:|]", re.I)


def is_author_line(text: str) -> bool:
    return bool(_AUTHOR.match(text))


_PUBLISHED_LINE = re.compile(r"^\s*(?:" + PUBLISHED.pattern + r")\s*\.?\s*$", re.I)
# The same after the version it dates: "Final version, published February 2019", "Draft 2 -
# published 3 May 2021".
_VERSION_PUBLISHED_LINE = re.compile(
    r"^\s*(?:final|draft|revised|amended)(?:\s+(?:version|report|draft|copy))?(?:\s+v?\d+(?:\.\d+)?)?"
    r"\s*[,:;\-\u2013]\s*(?:" + PUBLISHED.pattern + r")\s*\.?\s*$",
    re.I,
)
_AUTHOR_LABEL = re.compile(
    r"^[^:|]{2,40}[:|]|^\s*(?:written|prepared|reviewed?|reviewers?|report)\s+by\b", re.I
)


# (canonical review type, nation it implies or None, pattern); most specific first.
REVIEW_TYPES: list[tuple[str, str | None, re.Pattern[str]]] = [
    (
        "national review",
        "England",
        re.compile(r"\bnational (?:child safeguarding practice )?review\b", re.I),
    ),
    (
        "child safeguarding practice review",
        "England",
        re.compile(
            # "Safeguarding Practice Review" alone is how many English partnerships title one
            r"\b(?:local )?(?:child )?safeguarding practice review\b(?!\s+panel)|\bL?CSPR\b",
            re.I,
        ),
    ),
    (
        "single unified safeguarding review",
        "Wales",
        re.compile(r"\bsingle unified safeguarding review\b", re.I),
    ),
    (
        "child practice review",
        "Wales",
        # and in Welsh: "Adolygiad (Cryno|Estynedig) o Ymarfer Plant"
        re.compile(
            r"\b(?:(?:concise|extended) )?child practice review\b|"
            r"\badolygiad (?:(?:cryno|estynedig) )?(?:o )?ymarfer plant\b",
            re.I,
        ),
    ),
    ("significant case review", "Scotland", re.compile(r"\bsignificant case review\b", re.I)),
    ("case management review", "Northern Ireland", re.compile(r"\bcase management review\b", re.I)),
    ("serious case review", "England", re.compile(r"\bserious case review\b", re.I)),
    # A significant incident learning process (SILP) is a method of learning review that
    # partnerships in England and Wales commission under their own name.
    (
        "learning review",
        None,
        re.compile(r"\blearning review\b|\bsignificant incident learning process\b|\bSILP\b", re.I),
    ),
    # England: the partnership's rapid review of a serious incident, sent to the national Panel
    # within 15 working days, which decides whether a local review follows. Last, so a line
    # naming both ("a local review following the rapid review") is the local review.
    ("rapid review", "England", re.compile(r"\brapid review\b", re.I)),
]
# Words a cover's review-type line may hold beside the type and the child's name.
_TITLE_LINE_WORDS = re.compile(
    r"^(?:re|into|of|for|the|a|an|in|respect|concerning|regarding|and|report|overview|summary|"
    # "Learning from a rapid review": a page's note on the review its briefing draws on
    r"learning|lessons|from|"
    r"executive|final|death|deaths|serious|injury|injuries|local|child|children|baby|young|"
    r"person|family|siblings?|[A-Z][\w'\u2019-]*|[\d/.]+)$"
)


# Partnerships publish learning from a review as a short briefing titled by its format ("7 minute
# briefing: Child T", "Learning brief: Baby R"); the review type comes later, in prose.
BRIEFING_TITLE = re.compile(
    r"\b(?:(?:7|seven)[- ]minute (?:briefing|brief|learning)|learning (?:brief|briefing|summary|sheet|"
    r"bulletin|note)|practice (?:brief|briefing|note)|briefing note|learning from practice|"
    r"lessons (?:note|brief|briefing)|"
    # A partnership's page: "Learning from a review: Young Person D"
    r"learning from (?:a|an|the|this|our) (?:[\w'\u2019-]+ ){0,3}(?:review|case))\b",
    re.I,
)


def is_review_type_line(text: str) -> bool:
    """A cover line that names the review's type and nothing but its child and reference
    ("Serious Case Review", "Child Practice Review Report", "Concise Child Practice Review re:
    HVRSB 04/2025 (Child M)"), or a briefing's format ("Practice learning sheet: Child E"): a
    title, not a sentence of the review. Prose about a review
    ("The serious case review was published") has other words."""
    flat = text.strip()
    if not flat or flat.endswith(".") or len(flat.split()) > 12:
        return False
    for pattern in [*(pattern for _, _, pattern in REVIEW_TYPES), BRIEFING_TITLE]:
        if m := pattern.search(flat):
            rest = re.findall(
                r"[\w'\u2019/.-]*\w[\w'\u2019/.-]*", flat[: m.start()] + " " + flat[m.end() :]
            )
            return all(_TITLE_LINE_WORDS.match(word) for word in rest)
    return False


def is_cover_label(text: str) -> bool:
    """A line that only labels the report: its date, author or publisher, the child's pseudonym
    or a marking ("Published: March 2026", "Report author: independent reviewer", "Fellgate
    Safeguarding Children Partnership", "Child R", "Final report"). The metadata reads it; it is
    no sentence of the review to code, quote or count."""
    flat = text.strip()
    if not flat or len(flat.split()) > 12:
        return False
    if (
        _DATE_ONLY.match(flat)
        or _LABELLED_DATE.match(flat)
        or _REPORT_DATE.match(flat)
        or _PUBLISHED_LINE.match(flat)
        or _VERSION_PUBLISHED_LINE.match(flat)
        or is_noise_line(flat)
        or (is_author_line(flat) and _AUTHOR_LABEL.match(flat))
        or pseudonyms_in(flat)
    ):
        return True
    # labels run together by a bar or a dash: "OFFICIAL - Brindlecote Safeguarding Children
    # Partnership"
    parts = re.split(r"\s+[|\-\u2013]\s+", flat)
    if len(parts) > 1 and all(is_cover_label(part) for part in parts):
        return True
    if is_review_note(flat) or _REFERENCE_LINE.match(flat) or is_bare_reference(flat):
        return True
    if (regarding := _REGARDING.match(flat)) and is_cover_label(regarding.group("subject")):
        return True
    # a byline: "Ashcombe Safeguarding Children Partnership, published 9 April 2026"
    dated = _BODY_DATE.match(flat)
    if dated and len(find_bodies(dated.group("body"))) == 1:
        return True
    # a key fact whose value is such a label ("Partnership: Harrowfield Safeguarding Partnership")
    labelled = re.match(r"^([A-Za-z' ]{2,40}?)\s*[:|]\s*(.+)$", flat)
    if labelled and _LIST_LABELS.match(labelled.group(1).strip()):
        return True  # "Agencies involved: school, police, GP": a fact box's list
    if labelled and _VALUE_ONLY_LABELS.match(labelled.group(1).strip()):
        value = labelled.group(2)
        if _CHILD_LABELS.match(labelled.group(1).strip()) and first_name_line(value):
            return True  # "Pseudonym | Nia (not her real name)"
        return is_cover_label(value) or is_review_type_line(value) or _is_letter_code(value)
    if _FACT_AGE.match(flat):
        return True  # a fact box's "Age: 10"
    # the body's name alone, also set in capitals ("WEYMARSH LOCAL SAFEGUARDING CHILDREN BOARD")
    named = _sentence_cased(flat) if flat.isupper() else flat
    bodies = find_bodies(named)
    return len(bodies) == 1 and bodies[0].start == 0 and bodies[0].end >= len(named.rstrip(" ."))


_FACT_AGE = re.compile(
    r"^(?:age|child's age|age of (?:the )?child)\s*[:|]\s*\d{1,2}"
    r"(?:\s*(?:years?|months?|weeks?)(?:\s+old)?)?$",
    re.I,
)


def without_trailing_date(title: str) -> str:
    """A title line that closes on its date ("Local Child Safeguarding Practice Review, November
    2025"): the date is the year's evidence, not part of the title."""
    return _TRAILING_DATE.sub("", title)


_TRAILING_DATE = re.compile(
    r"\s*[,\u2013\u2014]\s*(?:" + DATE + r"|" + NUMERIC_DATE + r")\s*$", re.I
)


def is_review_note(text: str) -> bool:
    """A note under a page's title naming the review and when it was published ("Summary of a
    local child safeguarding practice review, published October 2026."): a label, not a title."""
    m = _TYPE_AND_DATE.match(text.strip())
    return bool(m and is_review_type_line(m.group(1)) and PUBLISHED.search(m.group(2)))


def _is_letter_code(text: str) -> bool:
    """A child's letter code standing for the name ("J", "J, a boy aged 11"), as a fact box's
    "Child:" row or a cover's "Concerning M" gives it."""
    return bool(_LETTER_CODE.fullmatch(_name_only(text.strip())))


_LETTER_CODE = re.compile(r"[A-Z]{1,2}\d{0,2}")


def is_bare_reference(text: str) -> bool:
    return bool(_BARE_REFERENCE.match(text.strip()))


def is_noise_line(text: str) -> bool:
    return bool(_NOISE.match(text)) or bool(_REPORT_KIND.match(text))


def pseudonyms_in(text: str) -> list[str] | None:
    """The pseudonyms a cover line consists of ('Children A and B' is two), or None if the line
    is something else."""
    flat = text.strip().strip("'\u2018\u2019\"\u201c\u201d").strip()
    if (learned := _LEARNING_FROM.sub("", flat)) != flat:
        # "Learning from Child P": only a coded pseudonym, as "Learning from Serious Case
        # Reviews" names no one
        coded = pseudonyms_in(learned)
        return coded if coded and all(_CODED.fullmatch(n) for n in coded) else None
    prefixed = next(
        (cut for p in _NAME_INTRODUCERS if (cut := p.sub("", flat)) != flat),
        flat,
    )
    if prefixed != flat and _is_letter_code(prefixed):
        return [_name_only(prefixed)]  # "Concerning M": the letter the report calls the child
    if prefixed != flat and (name := first_name_line(prefixed)):
        return [name]  # "Concerning: Sienna (aged 15)"
    flat = re.sub(
        r"^(?:the\s+)?(?:death|deaths|serious injury|injuries)\s+of\s+", "", prefixed, flags=re.I
    )
    flat = _name_only(flat)
    flat = _sentence_cased(flat)
    m = _PSEUDONYM_FORMS[0].fullmatch(flat)
    if m:
        letters = re.split(r"\s*(?:,|and|&)\s*", m.group("letters"))
        return [f"Child {letter}" for letter in letters if letter]
    if _EACH_NAMED.fullmatch(flat):  # "Child A and Child B", each with its own label
        return re.split(r"\s*(?:,|\band\b|&)\s*", flat)
    for form in _PSEUDONYM_FORMS[1:]:
        if form.fullmatch(flat):
            return [_family_name(flat)]
    return None


# "Concerning M", "Concerning: Sienna (aged 15)": a cover line naming whom the review is about
_ABOUT_PREFIX = re.compile(
    r"^(?:in respect of|concerning|regarding|relating to|about|for)(?:\s*:\s*|\s+)", re.I
)
# A page headed by what it learned from its child: "Learning from Child P".
_LEARNING_FROM = re.compile(
    r"^(?:learning|lessons(?: learned| learnt)?|what we (?:have )?(?:learned|learnt)) from\s+",
    re.I,
)
_CODED = re.compile(rf"{_ONE_CODED}|(?:Family)\s+[A-Z]{{1,3}}\d{{0,2}}")
# What may introduce the child's name on a cover line: a fact row's label ("Child: G"), a word
# ("Concerning: Sienna") or the report's kind ("Executive Summary: Orla").
_NAME_INTRODUCERS = (_CHILD_LABEL_PREFIX, _ABOUT_PREFIX, _REPORT_KIND_PREFIX)


def title_name(text: str) -> str:
    """A cover's pseudonym line as a title names the child: without a fact row's label, the
    word that introduces it, or a note on the name ("Child: G (a name she chose)" is "G",
    "Concerning: Sienna (aged 15)" "Sienna (aged 15)", "Executive Summary: Orla" "Orla"); an
    age, as covers print it, stays."""
    name = text.strip()
    for introducer in _NAME_INTRODUCERS:
        name = introducer.sub("", name)
    return _NAME_NOTE.sub("", name)


def _name_only(text: str) -> str:
    """'Child W (aged 2)', 'Baby J, aged 4 months', 'Jay (aged 14)', 'J, a boy aged 11',
    'Ffion (15)', 'G (a name she chose for this report)', 'Sam (not his real name)': neither
    the age nor a note on the name is part of the pseudonym."""
    text = _NAME_NOTE.sub("", text)
    text = re.sub(r"\s*\(\d{1,2}\)$", "", text)  # a bare age in brackets
    return re.sub(
        r"\s*[(,]\s*(?:an?\s+(?:boy|girl|baby|child|young person)\s+)?aged?\s+\d[^)]*\)?$",
        "",
        text,
        flags=re.I,
    )


_NAME_NOTE = re.compile(r"\s*\([^()]*\b(?:pseudonym|name)\b[^()]*\)\s*$", re.I)


def _sentence_cased(text: str) -> str:
    """A cover set in capitals ('CHILD S', 'CHILDREN A AND B') as the forms above are written:
    words of four letters or more capitalised, joining words lower case, letter codes kept."""
    if not text.isupper():
        return text
    joiners = {"AND": "and", "THE": "the", "OF": "of"}
    return re.sub(
        r"\b[A-Z]+\b",
        lambda m: joiners.get(
            m.group(), m.group().capitalize() if len(m.group()) > 3 else m.group()
        ),
        text,
    )


def _family_name(text: str) -> str:
    """'the Smith family' -> 'Smith family'; other forms as written."""
    return re.sub(r"^the\s+", "", text, flags=re.I)


def first_name_line(text: str) -> str | None:
    """A line that is a first name alone ('Jack', "'Tia'"), the way covers print a pseudonym."""
    m = _FIRST_NAME.fullmatch(_name_only(text.strip()))
    if not m or m.group(1).lower() in _NOT_NAMES:
        return None
    return m.group(1)


def title_joins(text: str) -> bool:
    """True when a line continues the title above it ('into the death of', 'in respect of')."""
    return bool(_TITLE_JOINERS.match(text)) or text[:1].islower()
