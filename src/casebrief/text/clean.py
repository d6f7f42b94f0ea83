"""Turn a reader's raw lines into clean paragraphs: the furniture, hyphenation and glyph noise of
real PDFs removed, page numbers kept for every character."""

from __future__ import annotations

import re
from collections import Counter

from casebrief.gazetteer import find_bodies
from casebrief.model import Block, Document, RawPage
from casebrief.readers.rows import CELL_SEPARATOR
from casebrief.text.sections import looks_like_heading, looks_like_toc_entry, run_in_heading
from casebrief.text.web_print import (
    BROWSER_ADDRESS,
    BROWSER_STAMP,
    is_site_footer,
    is_site_menu,
)

_CHAR_MAP = str.maketrans(
    {
        "\ufb00": "ff",
        "\ufb01": "fi",
        "\ufb02": "fl",
        "\ufb03": "ffi",
        "\ufb04": "ffl",
        "\ufb05": "st",
        "\ufb06": "st",
        "\u00ad": "",  # soft hyphen
        "\u200b": "",
        "\u200c": "",
        "\u200d": "",
        "\ufeff": "",
        "\u00a0": " ",
        "\u2002": " ",
        "\u2003": " ",
        "\u2009": " ",
        "\u202f": " ",
        "\u2010": "-",
        "\u2011": "-",
        "\x02": "-",  # pdfium's marker for a hyphen a line break created
        # pdfium's marker for a hyphen at a line break it has already joined ("self\ufffeharm"):
        # kept as a marker until the document's vocabulary can say whether to keep the hyphen.
        "\ufffe": "\x1f",
        "\t": " ",
        "\uf0b7": "\u2022",  # Symbol-font bullet
    }
)
_SPACES = re.compile(r"[ \u2000-\u200a\u3000]+")
_PAGE_NUMBER = re.compile(
    r"^(?:page\s*)?[-\u2013(\[]?\s*\d{1,4}\s*[-\u2013)\]]?(?:\s*(?:of|/)\s*\d{1,4})?$"
    # OCR reads a lone "1" after "Page" as a bar or a letter ("Page |", "Page l")
    r"|^page\s+[|lI!]$",
    re.I,
)
# A list item's marker: a bullet or dash, "a." or "(b)", a roman "iv.", "3)" or "2.1". Not a
# short word that ends a sentence wrapped on to its own line ("held on the same / day. The").
_LIST_START = re.compile(
    r"^(?:[\u2022\u25cf\u25aa\u00b7\u2013*-]\s|\(?(?:[a-z]|[ivx]{2,4}|\d{1,3})[.)]\s|"
    r"\d+(?:\.\d+)+\.?\s)"
)
_HYPHENATED_END = re.compile(r"([A-Za-z]+)-$")
_BREAK_HYPHEN = "\x1f"
_BROKEN_WORD = re.compile(r"([A-Za-z]+)\x1f([A-Za-z]+)")
_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")
# Left halves that usually keep their hyphen ("self-harm", "co-sleeping"), when the document
# itself gives no evidence either way.
_KEEP_HYPHEN = {
    "self",
    "non",
    "co",
    "ex",
    "well",
    "long",
    "short",
    "cross",
    "multi",
    "pre",
    "post",
    "anti",
    "inter",
    "semi",
    "sub",
    "under",
    "over",
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
    "full",
    "part",
    "half",
    "step",
    "great",
    "mid",
    "face",
    "follow",
    "child",
    "high",
    "low",
    "front",
    "re",
    "e",
    "cyber",
    "photo",
    "video",
    "peer",
    "age",
    "year",
    "risk",
}
MEASURE_LINES = 15  # lines of prose from which a document's own line length is its measure
FURNITURE_ZONE = 3  # lines at the top and bottom of a page where headers and footers live
# Security classifications printed atop or below a page ("OFFICIAL", "OFFICIAL-SENSITIVE", "NOT
# PROTECTIVELY MARKED"): furniture wherever they fall in its margins, even on a report of one
# page where nothing repeats to show it, and though a line in capitals looks like a heading.
PROTECTIVE_MARKING = (
    r"official(?:[\s:-]+sensitive)?|not protectively marked|restricted|confidential"
)
_MARKING_LINE = re.compile(rf"^\s*(?:{PROTECTIVE_MARKING})\s*$", re.I)


def normalise_line(line: str) -> str:
    if line.isascii() and "\t" not in line and "\x02" not in line:  # the common case, fast
        line = line.strip()
        return _SPACES.sub(" ", line) if "  " in line else line
    return _SPACES.sub(" ", line.translate(_CHAR_MAP)).strip()


def build_blocks(doc: Document) -> list[Block]:
    """Clean a document into paragraph and heading blocks in reading order."""
    pages = [
        RawPage(
            page.number,
            [normalise_line(line) for line in page.lines],
            set(page.headings),
            dict(page.heading_levels),
            column_heads=set(page.column_heads),
        )
        for page in doc.pages
    ]
    _drop_furniture(pages)
    _drop_website_lines(pages)
    if doc.layout_lines:
        for page in pages:
            page.notes_from = footnotes_from(page.lines)  # before the marks that identify them go
            page.lines = [_without_footnote_marks(line) for line in page.lines]
    _mend_broken_words(pages, _Vocabulary(pages))
    if not doc.layout_lines:
        return [
            Block(
                text=line,
                page=page.number,
                is_heading=index in page.headings,
                level=page.heading_levels.get(index),
                is_column_heads=index in page.column_heads,
            )
            for page in pages
            for index, line in enumerate(page.lines)
            if line
        ]
    return _assemble_paragraphs(pages)


# A footnote's number set after a full stop in a PDF's text layer ("...a gaming platform.1 The
# review ...", "... to June 2024.2"): after a lower-case word, a closing bracket or quote, or a
# year, before a capital or the end of the line. A section number ("A.1", "3.1") is not one, nor
# a lettered paragraph's ("a.1 Owain was fifteen"): the word before the mark is two letters or
# more.
_AFTER_A_WORD_OR_YEAR = r"(?:(?<=\w[a-z])|(?<=[)\]'\"\u2019\u201d])|(?<=\b(?:19|20)\d\d))"
_FOOTNOTE_MARK = re.compile(_AFTER_A_WORD_OR_YEAR + r"\.\d{1,2}(?=\s+[A-Z\u2018\u201c\"']|\s*$)")


def _without_footnote_marks(line: str) -> str:
    return _FOOTNOTE_MARK.sub(".", line) if "." in line else line


# A footnote's first line at a page's foot: its number, a space and a capital ("1 Ofcom (2024)
# Children and parents ...", "2 The platform's terms ...").
_NOTE_START = re.compile(r"^(\d{1,2})\s+(?=[A-Z\u2018\u201c\"'(])")
MAX_NOTE_LINES = 15  # footnotes fill at most this many of a page's last lines


def footnotes_from(lines: list[str]) -> int | None:
    """The index of the first footnote line at a page's foot, or None. The notes are numbered
    lines that run on in order to the end of the page, with their wrapped lines, and the page's
    text marks the first ("a gaming platform.1 The review", "platform1", "June 2024.2"): a date
    or a count that opens a wrapped line ("12 March 2025 ...") has no mark to point to it."""
    filled = [i for i, line in enumerate(lines) if line]
    for at, k in enumerate(filled[-MAX_NOTE_LINES:], start=max(0, len(filled) - MAX_NOTE_LINES)):
        m = _NOTE_START.match(lines[k])
        if not m or at == 0:
            continue
        first = int(m.group(1))
        numbers = [int(n.group(1)) for i in filled[at:] if (n := _NOTE_START.match(lines[i]))]
        if numbers != list(range(first, first + len(numbers))):
            continue
        mark = re.compile(_AFTER_A_WORD_OR_YEAR + rf"\.?{first}(?=\s|$|[,;:])")
        if any(mark.search(lines[i]) for i in filled[:at]):
            return k
    return None


def furniture_key(line: str) -> str:
    """A margin line as it repeats from page to page: page numbers differ, the rest does not."""
    return re.sub(r"\d+", "#", line.lower())


class _Margins:
    """The lines in each page's margins and how many pages repeat each, on all pages or on
    every other page (books alternate the partnership name and the title)."""

    def __init__(self, pages: list[RawPage]) -> None:
        self.zones: list[dict[int, str]] = []  # per page: line index -> furniture key
        self.counts: Counter[str] = Counter()
        self.by_side: tuple[Counter[str], Counter[str]] = (Counter(), Counter())  # even, odd
        self.tops: list[str | None] = []  # each page's top line's key
        seen: dict[str, dict[int, str]] = {}  # key -> page number -> the line
        for number, page in enumerate(pages):
            filled = [i for i, line in enumerate(page.lines) if line]
            zone = {
                i: furniture_key(page.lines[i])
                for i in filled[:FURNITURE_ZONE] + filled[-FURNITURE_ZONE:]
            }
            self.zones.append(zone)
            self.tops.append(zone[filled[0]] if filled else None)
            self.counts.update(set(zone.values()))
            self.by_side[number % 2].update(set(zone.values()))
            for i, key in zone.items():
                seen.setdefault(key, {}).setdefault(page.number, page.lines[i])
        # Sentences or table rows alike but for their figures ("Child M did not attend the
        # clinic on 3 May 2025." at the top of one page, "... on 17 May 2025." of the next) are
        # the report's, unless the figures that differ number the pages.
        self.content = {
            key
            for key, lines in seen.items()
            if not _numbers_track_pages(lines)
            and any(_ends_sentence(line) or CELL_SEPARATOR in line for line in lines.values())
        }
        # A three-page report whose header runs on every page but the cover repeats it only twice.
        self.threshold = min(max(3, int(0.4 * len(pages)) + 1), max(2, len(pages) - 1))
        self.side_threshold = max(3, int(0.4 * (len(pages) // 2)) + 1)
        self.enough = len(pages) >= 3
        self.pair = len(pages) == 2

    def repeated(self, number: int, key: str) -> bool:
        if key in self.content:
            return False
        if self.pair:
            # Two pages repeat too little to tell furniture from text, except a margin line on
            # both that numbers its page ("Rapid Review YP R - page 1", "... - page 2") and a
            # top line the same on both (a report's title run as its header).
            return self.counts[key] == 2 and ("page #" in key or self.tops == [key, key])
        return self.enough and (
            self.counts[key] >= self.threshold
            or self.by_side[number % 2][key] >= self.side_threshold
        )


def _numbers_track_pages(lines: dict[int, str]) -> bool:
    """Whether a line repeated on several pages (page number -> line) differs from page to page
    only in figures that move with the page number ("Page 3 of 12", "Child R - 4"), if at all."""
    figures = {page: [int(n) for n in re.findall(r"\d+", line)] for page, line in lines.items()}
    for place in range(min(map(len, figures.values()), default=0)):
        values = {page: numbers[place] for page, numbers in figures.items()}
        if len(set(values.values())) > 1 and len({v - page for page, v in values.items()}) > 1:
            return False
    return True


def running_lines(pages: list[RawPage]) -> set[str]:
    """The furniture keys of the running headers and footers: lines the page margins repeat.
    Only the lines that can fall in a margin are normalised: a page's first and last few."""
    margins = _Margins([RawPage(p.number, _margin_lines(p.lines)) for p in pages])
    return {
        key
        for number, zone in enumerate(margins.zones)
        for key in zone.values()
        if margins.repeated(number, key)
    }


def _margin_lines(lines: list[str]) -> list[str]:
    """A page's first and last FURNITURE_ZONE lines that are not blank once normalised."""
    head: list[str] = []
    for line in lines:
        if len(head) == FURNITURE_ZONE:
            break
        if clean := normalise_line(line):
            head.append(clean)
    tail: list[str] = []
    for line in reversed(lines):
        if len(tail) == FURNITURE_ZONE:
            break
        if clean := normalise_line(line):
            tail.append(clean)
    return head + tail[::-1]


# A page's top line in parts joined by bars or dashes that names the partnership or the review
# ("Wexcombe Safeguarding Children Partnership | SILP report: Jay", "OFFICIAL - Brindlecote
# Safeguarding Children Partnership"), no sentence: a running
# header, even where the page count is too low to show it repeating (a two-page report that
# prints it from page 2 on). A table row the readers joined by bars ("3 May | GP | Rash seen")
# names neither.
_SEPARATED_HEADER = re.compile(r"^(?=(?:\S+\s+){0,15}\S+$)[^|.!?]+(?:\s[|\-\u2013]\s[^|.!?]+)+$")
_NAMES_THE_REVIEW = re.compile(r"\breview\b", re.I)


def _is_separated_header(line: str) -> bool:
    return bool(
        _SEPARATED_HEADER.match(line) and (_NAMES_THE_REVIEW.search(line) or find_bodies(line))
    )


# A page's bottom line of the same kind that ends with the page's own number ("Glaswen Valleys
# Safeguarding Board | Child Practice Review GVSB 3/2025 | 2", "Harrowby Safeguarding Children
# Partnership - Child D - page 1"): a running footer, even on a report's only page of text.
_NUMBERED_FOOTER = re.compile(
    r"^(?P<rest>.+?)\s+[|\-\u2013]\s+(?:page\s+)?(?P<number>\d{1,4})$", re.I
)


def _is_numbered_footer(line: str, page_number: int) -> bool:
    footer = _NUMBERED_FOOTER.match(line)
    return bool(
        footer
        and int(footer.group("number")) == page_number
        and _is_separated_header(footer.group("rest"))
    )


# A later page's top line made of the cover's title lines ("Baby T: overview report" under a cover
# reading "Baby T" and "Overview report"), starting with a capital and ending no sentence: a
# running header, even in a report too short to show it repeating. It must hold one whole cover
# line of two words or more, so a section heading in common words ("Background to the review")
# stays, and a paragraph that runs on from the page before starts in lower case or runs longer.
TITLE_ZONE = 12  # lines a cover holds at most
_HEADER_WORDS = range(2, 9)


def _title_lines(page: RawPage) -> list[tuple[str, ...]]:
    """The cover's lines as words; none when the first page holds more than a cover would."""
    lines = [line for line in page.lines if line]
    if len(lines) > TITLE_ZONE:
        return []
    return [tuple(w.lower() for w in _WORD.findall(line)) for line in lines]


def _repeats_title(line: str, title: list[tuple[str, ...]]) -> bool:
    words = tuple(w.lower() for w in _WORD.findall(line))
    if (
        len(words) not in _HEADER_WORDS
        or not line[:1].isupper()
        or _ends_sentence(line)
        or re.search(r"[.!?]\s", line)
    ):
        return False
    known = {w for cover_line in title for w in cover_line}
    return all(w in known for w in words) and any(
        len(cover_line) >= 2 and _contains(words, cover_line) for cover_line in title
    )


def _contains(words: tuple[str, ...], part: tuple[str, ...]) -> bool:
    return any(words[i : i + len(part)] == part for i in range(len(words) - len(part) + 1))


def _drop_furniture(pages: list[RawPage]) -> None:
    """Remove running headers, footers and page numbers: lines repeated in the page margins."""
    margins = _Margins(pages)
    title = _title_lines(pages[0]) if pages else []
    for number, (page, zone) in enumerate(zip(pages, margins.zones, strict=True)):
        repeated = {
            i for i, key in zone.items() if i not in page.headings and margins.repeated(number, key)
        }
        # A page of one or two lines is content, unless all of it is furniture: the back of a
        # cover with only its header and footer would otherwise join the next page's first
        # paragraph.
        if len(zone) < 3 and not (len(repeated) >= 2 and len(repeated) == len(zone)):
            repeated = set()
        printed = any(BROWSER_ADDRESS.match(page.lines[i]) for i in zone)
        for i in zone:
            if (
                i in repeated
                or (_PAGE_NUMBER.match(page.lines[i]) and i not in page.headings)
                or _MARKING_LINE.match(page.lines[i])
                or BROWSER_ADDRESS.match(page.lines[i])
                or (printed and BROWSER_STAMP.match(page.lines[i]))
            ):
                page.lines[i] = ""
        top = min(zone, default=None)
        if (
            number
            and top is not None
            and top not in page.headings
            and (_is_separated_header(page.lines[top]) or _repeats_title(page.lines[top], title))
        ):
            page.lines[top] = ""
        bottom = max(zone, default=None)
        if (
            bottom is not None
            and bottom not in page.headings
            and _is_numbered_footer(page.lines[bottom], page.number)
        ):
            page.lines[bottom] = ""
        # A running footer that reading order placed away from the margin ("OFFICIAL Page 1 of
        # 12" between a cover's title and its contents) is still a footer.
        for i, line in enumerate(page.lines):
            if not line or i in zone or not margins.enough:
                continue
            key = furniture_key(line)
            if "page #" in key and margins.counts[key] >= margins.threshold:
                page.lines[i] = ""


def _drop_website_lines(pages: list[RawPage]) -> None:
    """A website's menu lines at the top of a page, and its footer and link lines at the foot of
    the last page (see `text.web_print`), once the browser's own lines are gone: up to
    FURNITURE_ZONE lines each, from the edge inwards while they are the site's."""
    for number, page in enumerate(pages):
        filled = [i for i, line in enumerate(page.lines) if line]
        for i in filled[:FURNITURE_ZONE]:
            if i in page.headings or not is_site_menu(page.lines[i]):
                break
            page.lines[i] = ""
        if number < len(pages) - 1:
            continue
        for i in reversed(filled[-FURNITURE_ZONE:]):
            line = page.lines[i]
            if not line or i in page.headings or not (is_site_footer(line) or is_site_menu(line)):
                break
            page.lines[i] = ""


def _assemble_paragraphs(pages: list[RawPage]) -> list[Block]:
    # A table's rows are whole rows, not wrapped lines: they would set the measure of a full
    # line so long that every line of prose looked short and ended its paragraph.
    lengths = sorted(
        len(line) for page in pages for line in page.lines if line and CELL_SEPARATOR not in line
    )
    # Floor: in a very short document the longest lines may all be short ones. A longer one whose
    # lines are all short is set in narrow columns (a briefing in two), and they are its measure.
    typical = lengths[int(0.9 * (len(lengths) - 1))] if lengths else 80
    if len(lengths) < MEASURE_LINES:
        typical = max(60, typical)
    vocabulary = _Vocabulary(pages)
    blocks: list[Block] = []
    current: Block | None = None

    def close() -> None:
        nonlocal current
        if current is not None and current.text:
            blocks.append(current)
        current = None

    for page in pages:
        body = page.lines if page.notes_from is None else page.lines[: page.notes_from]
        filled = [i for i, line in enumerate(body) if line]
        for index, line in enumerate(body):
            if not line:
                # Blank lines before a page's first text or after its last (the margins, and the
                # running header and footer removed from them) do not end a paragraph: a
                # sentence that runs on to the next page stays one.
                if filled and filled[0] < index < filled[-1]:
                    close()
                continue
            if index in page.column_heads:
                close()
                blocks.append(Block(text=line, page=page.number, is_column_heads=True))
                continue
            toc = looks_like_toc_entry(line)
            heading = len(line) < 0.75 * typical and looks_like_heading(line)
            if index in page.headings or heading or toc:
                close()
                blocks.append(
                    Block(
                        text=line,
                        page=page.number,
                        is_heading=not toc,
                        level=page.heading_levels.get(index),
                    )
                )
                continue
            width = len(line)  # the line's, whatever heading it opens with
            if current is None or _LIST_START.match(line):
                close()
                if run_in := run_in_heading(line):
                    head, line = run_in
                    blocks.append(Block(text=head, page=page.number, is_heading=True))
                current = Block(text=line, page=page.number)
            else:
                new_page = page.number != current.page_at(len(current.text))
                current.text = _join(current.text, line, vocabulary)
                if new_page:
                    current.page_breaks.append((len(current.text) - len(line), page.number))
            # Wrapped lines run to the margin; a clearly shorter line ends its paragraph.
            if width < 0.55 * typical or (_ends_sentence(line) and width < 0.8 * typical):
                close()
        if current is not None and filled and _ends_sentence(body[filled[-1]]):
            close()  # a page that ends on a full stop ends its paragraph
        # The page's footnotes go before a paragraph that runs on to the next page, so that it
        # stays one and they stay on their page.
        if page.notes_from is not None:
            blocks.extend(_notes(page.lines[page.notes_from :], page.number, vocabulary))
    close()
    return blocks


def _notes(lines: list[str], page: int, vocabulary: _Vocabulary) -> list[Block]:
    """A page's footnotes, one block each, their wrapped lines joined."""
    notes: list[Block] = []
    for line in lines:
        if not line:
            continue
        if _NOTE_START.match(line) or not notes:
            notes.append(Block(text=line, page=page, is_note=True))
        else:
            notes[-1].text = _join(notes[-1].text, line, vocabulary)
    return notes


def _ends_sentence(line: str) -> bool:
    return line.rstrip("\"'\u201d\u2019)]")[-1:] in {".", "!", "?", ":", ";"}


class _Vocabulary:
    """The document's words, collected only if a hyphenated line end needs them."""

    def __init__(self, pages: list[RawPage]) -> None:
        self._pages = pages
        self._words: set[str] | None = None

    def __contains__(self, word: str) -> bool:
        if self._words is None:
            self._words = {
                w.lower()
                for page in self._pages
                for line in page.lines
                for w in _WORD.findall(line)
            }
        return word in self._words


def _keeps_hyphen(left: str, right: str, vocabulary: _Vocabulary) -> bool:
    """Whether a word hyphenated at a line break ("self-" + "harm", "assess-" + "ment") is a
    hyphenated word: the document's own vocabulary decides, else the left half's shape."""
    left, first_part = left.lower(), right.lower().split("-")[0]
    if f"{left}-{first_part}" in vocabulary:
        return True
    return left + first_part not in vocabulary and left in _KEEP_HYPHEN


def _mend_broken_words(pages: list[RawPage], vocabulary: _Vocabulary) -> None:
    """Resolve the hyphens pdfium marked where it joined a broken line itself."""
    for page in pages:
        for i, line in enumerate(page.lines):
            if _BREAK_HYPHEN not in line:
                continue
            line = _BROKEN_WORD.sub(
                lambda m: m[1] + ("-" if _keeps_hyphen(m[1], m[2], vocabulary) else "") + m[2],
                line,
            )
            page.lines[i] = line.replace(_BREAK_HYPHEN, "-")


def _join(text: str, line: str, vocabulary: _Vocabulary) -> str:
    """Join a line to its paragraph, re-joining a word hyphenated across the break when the
    document's own vocabulary (or the word's shape) says it is one word."""
    m = _HYPHENATED_END.search(text[-40:]) if text.endswith("-") else None
    if m and line[:1].islower():
        right = _WORD.match(line)
        if _keeps_hyphen(m.group(1), right.group(0) if right else "", vocabulary):
            return text + line
        return text[:-1] + line
    return f"{text} {line}"
