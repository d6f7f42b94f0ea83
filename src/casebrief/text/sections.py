"""Headings: recognising them in running text and classifying the sections they open."""

from __future__ import annotations

import re

from casebrief.model import Block, Section
from casebrief.text.dates import just_a_date

# Numbered ("4.", "4.1"), lettered ("B.", "b)", Scottish and older English reports number their
# parts with capitals), roman ("iv.") and named ("Part 2", "Appendix C") headings.
_HEADING_NUMBER = (
    r"(?:(?:section|part|chapter)\s+\d+[:.]?|appendix\s+[a-z0-9]{1,3}[:.]?|annex\s+[a-z0-9]{1,3}[:.]?|"
    r"\d{1,2}(?:\.\d{1,2})?\.?|[ivx]{1,5}\.|[a-h]\)|(?-i:[A-H]\.))"
)
_NUMBERED = re.compile(r"^" + _HEADING_NUMBER + r"\s+\S", re.I)
_LABELLED = re.compile(
    r"^(?:finding|learning point|learning|recommendation|key practice episode|kpe|episode|theme)"
    r"\s*\d{1,2}\s*[:.\u2013-]?\s*",
    re.I,
)
_SENTENCE_BREAK = re.compile(r"[a-z]{2}[.!?]\s+[A-Z]")
# A table of contents' leader of dots out to the page number (which a layout may put on a line
# of its own).
_CONTENTS_LEADER = re.compile(r"(?:\.{4,}|\u2026{2,}|(?:\. ){3,})\s*\d{0,3}\s*$")

# Headings read by how they begin, before any phrase: "Why a learning review" says why the review
# was done, not what it learned; "What to do" and "What should you do?" open a partnership page's
# actions, where "what to do" inside a heading ("Not knowing what to do") would not.
_LEADING_RULES: list[tuple[str, re.Pattern[str]]] = [
    # "Why I was asked to write this report": the reviewer's reason is the review's
    ("introduction", re.compile(r"why\b.{0,40}\b(?:review|report)\b")),
    (
        "recommendations",
        re.compile(
            r"what (?:to do|should (?:you|we|professionals) do|(?:you|we|professionals|"
            r"practitioners|staff|agencies) (?:should|can|need to|must) do)\b"
        ),
    ),
    # "Why D was at risk", "Why were the children vulnerable?": the review's reading of risk.
    ("analysis", re.compile(r"why\b.{0,40}\b(?:at (?:\w+ )?risk|vulnerable)\b")),
    # "Who N is", "Who is Child N?": the child, as partnerships' pages introduce them.
    ("background", re.compile(r"who (?:\w+ ){0,3}(?:is|was)\b")),
    # "What we learned about T's life": the child's life as the review came to know it.
    (
        "background",
        re.compile(
            r"what (?:we|the review) (?:learned|learnt|found out) about\b.{0,40}\b(?:life|lives|family|world|childhood|home)\b"
        ),
    ),
    # "The incident", "The critical incident": what happened to the child ("Summary of the
    # incident" stays a summary)
    ("practice_episodes", re.compile(r"(?:the )?(?:critical |serious )?incidents?$")),
    # "Practice" alone heads the review's reading of what professionals did
    ("analysis", re.compile(r"(?:professional )?practice$")),
    # A rapid review's "Actions", "Actions for the partnership", "Actions agreed"; "Actions taken
    # by agencies" tells what was done, not what is to be.
    (
        "recommendations",
        re.compile(r"actions?(?:$| (?:for|arising|agreed|to take|to be taken|required|needed)\b)"),
    ),
]

# (kind, phrases): the first kind with a phrase found in the heading wins, so specific phrases
# ("summary of agency involvement") come before general ones ("summary").
_KIND_RULES: list[tuple[str, tuple[str, ...]]] = [
    ("front", ("contents", "foreword")),
    # "Family and circumstances": the child's family, not the circumstances of the review
    ("background", ("family and circumstances", "family circumstances")),
    # "Why we looked at R's story" says why the review was done, whatever it names after.
    ("introduction", ("why this review", "why we looked", "why we carried out", "why we did")),
    (
        "practice_episodes",
        (
            "practice episode",
            "kpe",
            "chronology",
            "agency involvement",
            "professional involvement",
            "summary of involvement",
            "involvement of agencies",
            "timeline",
            "narrative",
            "what happened",
            "case history",
            # "Contact with services": the agencies' involvement, told in order
            "contact with services",
            "contact with agencies",
            "agency contact",
            "episode",
            # Older serious case reviews and the narrative reports that followed them
            "period under review",
            "key events",
            "the events",
            "sequence of events",
            "'s story",
            "\u2019s story",
            # One-sheet briefs: "E's experience"
            "'s experience",
            "\u2019s experience",
            "events in brief",
            "summary of events",
            "outline of events",
            "came to light",
            "story of",
            "the story",
            # a review told as the child's own: "Her story"
            "her story",
            "his story",
            "their story",
            "what professionals did",
            "what agencies did",
            "what services did",
            # "What services saw": what each service was told and saw, episode by episode
            "what professionals saw",
            "what agencies saw",
            "what services saw",
        ),
    ),
    (
        "recommendations",
        (
            "recommendation",
            "action plan",
            "next steps",
            "questions for",
            "questions to consider",
            "what needs to happen",
            # Wales: the child practice review template's "Improving systems and practice"
            "improving systems",
            "what we are asking",
            "what you can do",
            "what we are doing",
            "what we will do",
            # Partnerships' learning pages: "What will change", "What is changing"
            "what will change",
            "what is changing",
            "what will be different",
            "what to do now",
            "things to change",
            "what we are changing",
            "what we want to change",
            "what we want to happen",
            "what has changed",
            "reflective questions",
            "what the partnership will do",
            "what the partnership is doing",
            "what agencies will do",
            "what happens next",
            # A review led by questions: "What must change?"
            "what must change",
            # "Asks of the partnership", "Our asks"
            "asks of",
            "our asks",
        ),
    ),
    (
        "findings",
        (
            "finding",
            "conclusion",
            "what we found",
            # listed whole so that a plain line starting with it is read as a heading
            "what the review found",
            "what this review found",
            "review found",
            "key messages",
            "what i found",
            "what did we find",
            "did the review find",
            # what stood between the child and help: "What got in the way?", "Where the system
            # fell short"
            "got in the way",
            "fell short",
            "what went wrong",
        ),
    ),
    (
        "learning",
        (
            "learning",
            "lessons",
            # Wales: the child practice review template's "Practice and organisational
            # learning"; "learning" classifies it already, but a plain line is read as a
            # heading only when it starts with a known phrase
            "practice and organisational learning",
            "good practice",
            "what needs to change",
            "reflections",
            "what we learned",
            "what we learnt",
            # "What the review learned", "What did the review learn?" ("The review" alone is
            # the introduction's)
            "review learn",
            # a page led by questions: "What do we need to learn?", "What can we learn?", "What
            # did we learn?"
            "need to learn",
            "can we learn",
            "did we learn",
            "have we learned",
            "have we learnt",
            "we can learn",
            "what this means",
            "why it matters",
            "should have been different",
            "should have happened",
            # A brief's two halves: "What went well" and "What needed to be better"
            "what went well",
            "what worked well",
            "what needed to be better",
            "what could have been better",
            "what could be better",
            "what did not go well",
            # A page's reading list: guidance and training, said to every reader
            "further reading",
            "further information",
            "further resources",
            "useful resources",
            "useful links",
        ),
    ),
    (
        "analysis",
        (
            "analysis",
            "appraisal",
            "evaluation",
            "discussion",
            "themes",
            "practice issues",
            "key issues",
            # "Key lines of enquiry": the questions the review set itself, answered
            "key lines of enquiry",
            "lines of enquiry",
            # ... and each answered under its own: "KLOE 1: The school's response"
            "kloe",
            "who knew what",
            "what did professionals know",
            "what professionals knew",
            "agencies knew",
            "did agencies know",
            "what was known",
            "did services know",
            "what services knew",
            # the reviewer's reading after the events: "Looking back"
            "looking back",
            "how agencies responded",
            "how services responded",
            "how professionals responded",
            "how did agencies respond",
            "how did services respond",
            "how did professionals respond",
        ),
    ),
    (
        "appendix",
        (
            "appendix",
            "appendices",
            "annex",
            "glossary",
            "abbreviations",
            "references",
            "bibliography",
            "acronyms",
        ),
    ),
    ("summary", ("executive summary", "summary", "overview", "at a glance")),
    (
        "introduction",
        (
            "introduction",
            "reason for",
            "reasons for",
            "terms of reference",
            "scope",
            "methodology",
            "method",
            "review process",
            "the review",
            "purpose",
            "involvement of the family",
            "family involvement",
            "family contribution",
            "acknowledg",
            "parallel processes",
            "circumstances",
            # Wales: the child practice review template's first heading, listed so that a
            # plain line starting with it is read as a heading ("circumstances" classifies it)
            "brief outline of circumstances",
            "statement by",
            "criteria",
            "why this review",
            "why we ",
            "our approach",
            "how we ",
            "approach to",
            "how this review was",
            "how the review was",
        ),
    ),
    (
        "background",
        (
            "background",
            "context",
            "the child",
            "the young person",
            "family",
            "pen picture",
            "voice of",
            "about ",
            "who was",
            "household",
            "history",
            "'s life",
            "\u2019s life",
            "'s world",
            "\u2019s world",
            "'s online world",
            "\u2019s online world",
            "'s online life",
            "\u2019s online life",
        ),
    ),
]
_KNOWN_PHRASES = "|".join(re.escape(p) for _, phrases in _KIND_RULES for p in phrases if len(p) > 4)
_KNOWN_HEADINGS = re.compile(r"^(?:" + _KNOWN_PHRASES + r")", re.I)
# "The family", "About the child": a known heading after an article, as the whole line only. As a
# line's start it would take a wrapped line of running text ("The family moved to a new flat in").
_ARTICLE_AND_KNOWN_HEADING = re.compile(
    r"(?:the|about the|our)\s+(?:" + _KNOWN_PHRASES + r")\s*:?", re.I
)


def looks_like_toc_entry(line: str) -> bool:
    """A contents entry with its page number on the same line."""
    return bool(line) and line[-1].isdigit() and is_contents_entry(line)


def is_contents_entry(line: str) -> bool:
    """A line of a table of contents: a title run out to its page number by a leader of dots
    ("3. What happened to F ........ 5"), the number sometimes on a line of its own."""
    return bool(_CONTENTS_LEADER.search(line))


def looks_like_heading(line: str) -> bool:
    """A heading line in running text: short, not a sentence, numbered or a known heading."""
    text = line.strip()
    if not text or len(text) > 90 or looks_like_toc_entry(text):
        return False
    if text[-1] in ".,;" or len(text.split()) > 12 or _SENTENCE_BREAK.search(text):
        return False
    if _LABELLED.match(text):
        return True
    if _NUMBERED.match(text):
        if just_a_date(text):
            return False  # "12 March 2025" over a chronology's entry: no numbered heading
        rest = _NUMBERED_PREFIX.sub("", text)
        if rest.endswith(":") and ("," in rest or _LEAD_IN_CLAUSE.match(rest)):
            # A list's lead-in clause: "2. When it was reported, agencies:", "2.1 The review
            # asked three questions:".
            return False
        return (
            bool(rest) and rest[0].isupper() and not rest.endswith(")") and len(rest.split()) <= 10
        )
    if _ALL_CAPITALS.match(text) and len(text.split()) <= 8:
        return True  # plain-language reports often set every heading in capitals
    if _CHILDS_HEADING.match(text):
        return True  # "E's experience", "Child R's story": a brief's part about the child
    if _PRACTICE_ALONE.fullmatch(text):
        return True  # "Practice" over the review's reading of what professionals did
    if _ARTICLE_AND_KNOWN_HEADING.fullmatch(text):
        return text[0].isupper()
    return bool(_KNOWN_HEADINGS.match(text)) and len(text.split()) <= 8 and text[0].isupper()


# A short line naming the child's story, experience, life or world, with no other words.
_CHILDS_HEADING = re.compile(
    r"^(?:[A-Z][\w-]*\s){0,2}[A-Z][\w-]*['\u2019]s\s+(?:(?:own|early|lived|daily)\s+)?"
    r"(?:story|experiences?|life|world|journey|voice|views?)$"
)
_ALL_CAPITALS = re.compile(r"^(?=(?:[^a-z]*[A-Z]){4})[A-Z0-9][A-Z0-9 '’&:/()-]*$")
_PRACTICE_ALONE = re.compile(r"(?:Professional\s+)?Practice\s*:?")


_NUMBERED_PREFIX = re.compile(r"^" + _HEADING_NUMBER + r"\s+", re.I)
# A subject and a verb before the colon: a sentence that leads into a list, not a heading ("The
# review's questions:" has no verb and stays one).
_LEAD_IN_CLAUSE = re.compile(
    r"^(?:the|this|these|it|we|they|our)\s.*\b(?:asked|considered|looked|examined|explored|"
    r"focused|identified|found|sought|set|covered|addressed|posed|agreed|was|were|is|are|has|"
    r"have|had|will|would|can|should|must)\b",
    re.I,
)

# "What happened: For her birthday she was given ...": a heading run into its paragraph, as a
# report pasted from a word processor keeps a bold lead-in once the bold is gone.
_RUN_IN = re.compile(r"^([A-Z][A-Za-z'\u2019 ]{2,48}?)\s*:\s+(?=[A-Z\"'\u2018\u201c])")
_RUN_IN_MAX_WORDS = 6
_RUN_IN_MIN_WORDS = 5  # in the paragraph after it


def run_in_heading(line: str) -> tuple[str, str] | None:
    """The heading a paragraph's first line opens with and the text after it, when it names a
    known kind of section ("Key learning: Staff who ..."). A label that names no section
    ("Mother: she said") and a numbered one ("Finding 2: ...", read as its own kind of heading)
    stay in the text."""
    m = _RUN_IN.match(line)
    if not m:
        return None
    head, rest = m.group(1).strip(), line[m.end() :]
    words = rest.split()
    if len(head.split()) > _RUN_IN_MAX_WORDS or len(words) < _RUN_IN_MIN_WORDS:
        return None
    # A sentence runs on in lower-case words; a cover's "Rapid Review and Local Learning
    # Summary: Young Person R (aged 16) Published October 2026" does not.
    if sum(word[0].islower() for word in words[:8]) < 3:
        return None
    if _LABELLED.match(head) or _REVIEW_TITLE.match(head):
        return None
    return (head, rest) if classify_heading(head) not in {"other", "front", "appendix"} else None


def classify_heading(heading: str) -> str:
    """The section kind a heading opens, or 'other'."""
    if re.match(r"^(?:appendix|annex)\b", heading.strip(), re.I):
        return "appendix"
    lowered = _NUMBERED_PREFIX.sub("", heading.strip()).lower()
    for kind, pattern in _LEADING_RULES:
        if pattern.match(lowered):
            return kind
    for kind, phrases in _KIND_RULES:
        if any(phrase in lowered for phrase in phrases):
            return kind
    return "other"


# A cover title naming the kind of report; "Learning review: Child E", "Learning brief: Child H",
# "Learning summary: Young Person J", "Learning from practice: Young Person S" or "Child J:
# learning from a local review" would otherwise open a learning section, as would Scotland's
# "Significant Incident Learning Process", and a serious case review's "Overview report" a summary.
_REVIEW_TITLE = re.compile(
    r"^(?:(?:child|baby|infant|young person)\s+[A-Z]{1,3}\d{0,2}\s*[:\u2013-]\s*)?"
    r"(?:(?:[\w'\u2019-]+\s+){0,4}learning (?:review|summary|briefing|brief|sheet|note|process)\b|"
    r"learning from (?:a|an|the)\b.{0,80}\b(?:review|case)\b|learning from practice:|"
    r"(?:[\w'\u2019-]+\s+){0,3}overview report\s*$)",
    re.I,
)


def _depth(heading: str) -> int:
    """2 for '4.1 ...' or 'Finding 2: ...', 1 otherwise: a sub-heading inherits its parent's kind."""
    text = heading.strip()
    if re.match(r"^\d{1,2}\.\d{1,2}\.?\s", text) or _LABELLED.match(text):
        return 2
    return 1


def build_sections(blocks: list[Block], starts: list[int], text_end: int) -> list[Section]:
    """Sections from heading blocks; `starts[i]` is block i's offset in the review text.
    Text before the first heading is the 'front' section (cover page), unless nothing follows."""
    sections: list[Section] = []
    parent_kind = "front"
    on_cover: set[int] = set()  # sections that are cover only because nothing named them yet
    named_above: dict[int, str] = {}  # heading level -> the kind the latest heading there named
    prose: list[int] = []  # per section, its paragraphs of running text
    for index, block in enumerate(blocks):
        if not block.is_heading and sections:
            prose[-1] += _is_prose(block.text)
            continue
        if not block.is_heading:
            sections.append(Section("front", "(cover)", starts[index], 0, block.page, block.page))
            prose.append(_is_prose(block.text))
            on_cover.add(0)
            continue
        kind = classify_heading(block.text)
        named = kind
        if (
            (kind == "other" or _REVIEW_TITLE.search(block.text))
            and parent_kind == "front"
            and not _NUMBERED.match(block.text)
        ):
            kind = "front"  # an unnumbered title heading on the cover, before the report proper
        if kind == "other" and block.level is not None:
            kind = _kind_above(named_above, block.level)
        if block.level is not None:
            named_above = {lv: k for lv, k in named_above.items() if lv < block.level}
            named_above[block.level] = kind
        if _depth(block.text) == 1:
            parent_kind = kind
        elif kind == "other":
            kind = parent_kind
        if kind == "front" and named != "front":
            on_cover.add(len(sections))
        sections.append(Section(kind, block.text, starts[index], 0, block.page, block.page))
        prose.append(0)
    if all(section.kind == "front" for section in sections):
        # No heading after the cover: a press summary, a pasted text or a scan whose layout was
        # lost. Everything would be cover, and cover text is never evidence, so the review could
        # never be screened in; read it all as body instead.
        for section in sections:
            section.kind = "other"
    for i, section in enumerate(sections):
        section.end = sections[i + 1].start if i + 1 < len(sections) else text_end
    _body_under_unnamed_headings(sections, on_cover, prose)
    sections = _one_cover(sections, {i for i in on_cover if not prose[i]})
    for i, section in enumerate(sections):
        section.ordinal = i
    return sections


def _one_cover(sections: list[Section], lines: set[int]) -> list[Section]:
    """A cover's lines read as headings (the partnership, the review type, the child, the date,
    each with no running prose under it: `lines`) make one front section with the cover text
    above them, not one each, so an outline shows the cover once. A front section named for
    itself ("Contents", "Foreword") keeps its own."""
    merged: list[Section] = []
    cover = False  # whether merged[-1] is a cover section
    for i, section in enumerate(sections):
        line = i in lines and section.kind == "front"
        if line and cover:
            merged[-1].end, merged[-1].page_end = section.end, section.page_end
            continue
        merged.append(section)
        cover = section.kind == "front" and (line or section.heading == "(cover)")
    return merged


def _kind_above(named_above: dict[int, str], level: int) -> str:
    """A sub-heading of no kind ("Pregnancy" under "Key practice episodes", both marked as
    headings by the format) is part of the section above it; cover and unnamed sections pass on
    nothing."""
    shallower = [lv for lv in named_above if lv < level]
    kind = named_above[max(shallower)] if shallower else "other"
    return "other" if kind == "front" else kind


# A cover holds a title, a byline, dates and perhaps a line on who commissioned the review; more
# text than this under an unnamed heading is the report itself ("The story of J", "How it came to
# light"), told under headings of its own choosing.
COVER_TEXT_LIMIT = 600
# A cover holds at most a line or two of prose (a disclaimer, who commissioned the review).
COVER_PROSE_LIMIT = 3
_PROSE_WORDS = 8


def _is_prose(text: str) -> bool:
    """A paragraph of running text, not a cover's title, byline or date."""
    stripped = text.rstrip()
    return len(stripped.split()) >= _PROSE_WORDS and stripped[-1:] in {".", "!", "?", '"', "”"}


def _body_under_unnamed_headings(
    sections: list[Section], on_cover: set[int], prose: list[int]
) -> None:
    """From the first section taken for cover that holds a body's worth of text, or more prose
    than a cover does, those sections are the report's body: 'other', which counts as evidence,
    not cover, which does not. This holds for the text before the first heading too: a report
    whose headings were not read as such ("Context", "Key lines of enquiry") opens there. So do
    the cover sections just before it that hold prose ("Setting the scene", two sentences long,
    under the cover's "Overview report"): a cover's title lines hold none."""
    in_body = False
    for i, section in enumerate(sections):
        if i not in on_cover:
            continue
        # Before any heading, a cover's title lines alone can run long; its prose tells.
        long = section.heading != "(cover)" and section.end - section.start > COVER_TEXT_LIMIT
        opens = not in_body and (long or prose[i] >= COVER_PROSE_LIMIT)
        in_body = in_body or opens
        if in_body:
            section.kind = "other"
        if opens:
            before = i - 1
            while before > 0 and before in on_cover and prose[before]:
                sections[before].kind = "other"
                before -= 1
