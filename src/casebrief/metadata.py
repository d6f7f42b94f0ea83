"""Metadata from a review's cover, first pages and text. A field the report does not state stays
None: a wrong year or area in a briefing is worse than a blank."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

from casebrief.model import Block, Metadata, Sentence

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
        re.compile(r"\b(?:local )?child safeguarding practice review\b|\bL?CSPR\b", re.I),
    ),
    (
        "single unified safeguarding review",
        "Wales",
        re.compile(r"\bsingle unified safeguarding review\b", re.I),
    ),
    (
        "child practice review",
        "Wales",
        re.compile(r"\b(?:(?:concise|extended) )?child practice review\b", re.I),
    ),
    ("significant case review", "Scotland", re.compile(r"\bsignificant case review\b", re.I)),
    ("case management review", "Northern Ireland", re.compile(r"\bcase management review\b", re.I)),
    ("serious case review", "England", re.compile(r"\bserious case review\b", re.I)),
    ("learning review", None, re.compile(r"\blearning review\b", re.I)),
]
SHORT_TYPES = {
    "serious case review": "SCR",
    "child safeguarding practice review": "CSPR",
    "national review": "National",
    "child practice review": "CPR",
    "single unified safeguarding review": "SUSR",
    "significant case review": "SigCR",
    "case management review": "CMR",
    "learning review": "LR",
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
}

_ORG_SUFFIX = (
    r"(?:Local Safeguarding Children Board|Safeguarding Children Partnership|Safeguarding Children Board|"
    r"Safeguarding Partnership|Children's Safeguarding Partnership|Safeguarding Children and Adults Partnership|"
    r"Regional Safeguarding Children Board|Safeguarding Board|Child Protection Committee|"
    r"Public Protection Committee)"
)
_ORG = re.compile(
    r"\b((?:[A-Z][\w'\u2019&.-]*|and|of|upon|on|the|&)(?:[ ](?:[A-Z][\w'\u2019&.-]*|and|of|upon|on|the|&)){0,6}"
    r"[ ]" + _ORG_SUFFIX + r")"
)
_NI_BOARD = re.compile(r"\bSafeguarding Board for Northern Ireland\b")
_NATIONAL_PANEL = re.compile(r"\bChild Safeguarding Practice Review Panel\b")
_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
_PUBLISHED = re.compile(
    r"\b(?:published|publication date|date of publication|date published|published on)\b[:\s]*"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:(?:" + _MONTHS + r")\s+)?((?:19|20)\d\d)\b",
    re.I,
)
_MONTH_YEAR = re.compile(r"\b(?:" + _MONTHS + r")\s+((?:19|20)\d\d)\b", re.I)
_CHILD_CODE = re.compile(
    r"\b((?:Child|Baby|Family|Young Person|Sibling)\s+[A-Z]{1,2}\d{0,2})\b(?!\w)"
)
_CHILD_NAME = re.compile(
    r"\b(?:referred to as|known as|called|named|pseudonym)\s+['\u2018\"\u201c]([A-Z][a-z]+(?: [A-Z][a-z]+)?)['\u2019\"\u201d]"
)
_QUOTED_NAME = re.compile(r"['\u2018\"\u201c]([A-Z][a-z]{2,})['\u2019\"\u201d]")
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
_AGE = re.compile(
    r"\b(?:was|aged|age|is|were)\s+(?:just\s+|only\s+)?(\d{1,2}|"
    + "|".join(_NUMBER_WORDS)
    + r")\s+(year|month|week|day)s?(?:\s+old|\s+of age)?\b",
    re.I,
)
_AGE_HYPHEN = re.compile(
    r"\b(\d{1,2}|"
    + "|".join(_NUMBER_WORDS)
    + r")-(year|month|week)-old\s+(girl|boy|daughter|son|baby|infant|child)?",
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
_GENDER = re.compile(r"\b(girl|daughter|young woman|boy|son|young man)\b", re.I)
_FEMALE = re.compile(r"\b(she|her|herself)\b", re.I)
_MALE = re.compile(r"\b(he|him|his|himself)\b", re.I)


def extract_metadata(
    blocks: list[Block], sentences: list[Sentence], title_hint: str | None
) -> Metadata:
    cover = [b.text for b in blocks if b.page <= 2][:40]
    cover_text = "\n".join(cover)
    early_text = "\n".join(b.text for b in blocks if b.page <= 4)
    meta = Metadata()
    # The review type is printed on the cover page itself; later pages only if it is not.
    front = "\n".join(b.text for b in blocks if b.page == blocks[0].page) if blocks else ""
    meta.review_type, type_nation = _review_type(front)
    if meta.review_type is None:
        meta.review_type, type_nation = _review_type(cover_text or early_text)
    meta.partnership = _partnership(cover_text) or _partnership(early_text)
    meta.area = _area(meta.partnership)
    meta.nation = _nation(meta.partnership, type_nation, cover_text)
    meta.year = _year(cover_text, early_text)
    meta.title = _title(cover, title_hint)
    meta.child_pseudonyms = _pseudonyms(cover_text, early_text, sentences)
    meta.child_age, gender_hint = _age(sentences, meta.child_pseudonyms)
    meta.child_gender = gender_hint or _gender(sentences, meta.child_pseudonyms)
    return meta


def _flat(text: str) -> str:
    return " ".join(text.split())


def _review_type(text: str) -> tuple[str | None, str | None]:
    best: tuple[int, str, str | None] | None = None
    flat = _flat(text)
    for name, nation, pattern in REVIEW_TYPES:
        m = pattern.search(flat)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), name, nation)
    return (best[1], best[2]) if best else (None, None)


def _partnership(text: str) -> str | None:
    if m := _NI_BOARD.search(text):
        return m.group(0)
    if m := _NATIONAL_PANEL.search(text):
        return m.group(0)
    for m in _ORG.finditer(text):
        name = re.sub(r"^(?:the|of|and|on|upon|&)\s+", "", m.group(1), flags=re.I).strip()
        if (
            name.split()[0] not in {"Local", "Regional", "Safeguarding", "Child", "Children's"}
            or len(name.split()) > 4
        ):
            return name
    return None


def _area(partnership: str | None) -> str | None:
    if not partnership or partnership in {
        "Safeguarding Board for Northern Ireland",
        "Child Safeguarding Practice Review Panel",
    }:
        return None
    area = re.sub(r"\s+" + _ORG_SUFFIX + r"$", "", partnership).strip()
    area = re.sub(r"\s+(?:Local|Regional)$", "", area).strip()
    return area or None


def _nation(partnership: str | None, type_nation: str | None, cover: str) -> str | None:
    if partnership:
        if "Northern Ireland" in partnership:
            return "Northern Ireland"
        if re.search(r"Child Protection Committee|Public Protection Committee", partnership):
            return "Scotland"
        if "Regional Safeguarding" in partnership:
            return "Wales"
    if type_nation:
        return type_nation
    if re.search(r"\bScotland|Scottish\b", cover):
        return "Scotland"
    if re.search(r"\bWales|Welsh\b", cover):
        return "Wales"
    return None


def _year(cover: str, early: str) -> int | None:
    latest = date.today().year
    for text in (cover, early):
        if m := _PUBLISHED.search(text):
            year = int(m.group(1))
            if 1945 <= year <= latest:
                return year
    years = [int(y) for y in _MONTH_YEAR.findall(cover) if 1945 <= int(y) <= latest]
    return max(years) if years else None


def _title(cover: list[str], hint: str | None) -> str | None:
    """The cover line naming the review type (re-joined if the cover wrapped it), with the child's
    pseudonym when it stands on the next line."""
    for i, line in enumerate(cover[:12]):
        if len(line) > 140 or line.endswith("."):
            continue
        nxt_index = i + 1
        if (
            not any(p.search(line) for _, _, p in REVIEW_TYPES)
            and i + 1 < len(cover)
            and not any(p.search(cover[i + 1]) for _, _, p in REVIEW_TYPES)
        ):
            joined = f"{line} {cover[i + 1]}"
            if any(p.search(joined) for _, _, p in REVIEW_TYPES) and len(joined) <= 140:
                line, nxt_index = joined, i + 2
        if any(p.search(line) for _, _, p in REVIEW_TYPES):
            title = line
            nxt = cover[nxt_index] if nxt_index < len(cover) else ""
            if (
                nxt
                and len(nxt) < 60
                and (
                    _CHILD_CODE.fullmatch(nxt)
                    or re.fullmatch(r"['\u2018\"\u201c]?[A-Z][a-z]+['\u2019\"\u201d]?", nxt)
                )
                and not re.search(rf"\b{re.escape(nxt)}\b", title)
            ):
                title = f"{title}: {nxt}"
            return title
    return hint


def _pseudonyms(cover: str, early: str, sentences: list[Sentence]) -> list[str]:
    counts = Counter(_CHILD_CODE.findall("\n".join(s.text for s in sentences[:600])))
    found: list[str] = []
    for code in _CHILD_CODE.findall(cover):
        if code not in found:
            found.append(code)
    for name in _CHILD_NAME.findall(early):
        if name not in found:
            found.append(name)
    if not found:
        for m in _QUOTED_NAME.finditer(cover):
            if m.group(1) not in found:
                found.append(m.group(1))
    if not found:
        found = [code for code, n in counts.most_common(3) if n >= 3]
    return found


def _age(sentences: list[Sentence], names: list[str]) -> tuple[str | None, str | None]:
    """The child's stated age (and a gender word next to it) from the first sentences naming them."""
    candidates = (
        [s.text for s in sentences[:400] if any(n in s.text for n in names)] if names else []
    )
    for text in candidates + [s.text for s in sentences[:60]]:
        if m := _AGE_HYPHEN.search(text):
            gender = _GENDER_WORDS.get((m.group(3) or "").lower())
            return f"{_number(m.group(1))} {m.group(2).lower()}s", gender
        if (m := _AGE.search(text)) and (not names or any(n in text for n in names)):
            number = _number(m.group(1))
            unit = m.group(2).lower()
            gender = None
            if g := _GENDER.search(text[m.end() : m.end() + 40]):
                gender = _GENDER_WORDS[g.group(1).lower()]
            return f"{number} {unit}{'s' if number != 1 else ''}", gender
    return None, None


def _number(token: str) -> int:
    return int(token) if token.isdigit() else _NUMBER_WORDS[token.lower()]


def _gender(sentences: list[Sentence], names: list[str]) -> str | None:
    """Pronouns that follow the child's name in the same sentence, or open the next one."""
    if not names:
        return None
    female = male = 0
    for index, s in enumerate(sentences[:400]):
        for name in names:
            at = s.text.find(name)
            if at < 0:
                continue
            window = s.text[at + len(name) : at + len(name) + 60]
            window = re.split(
                r"\b(?:mother|father|mum|dad|partner|brother|sister|worker|officer|teacher)\b",
                window,
            )[0]
            female += len(_FEMALE.findall(window))
            male += len(_MALE.findall(window))
            if index + 1 < len(sentences):
                first = sentences[index + 1].text.split(" ", 1)[0]
                female += first in {"She", "Her"}
                male += first in {"He", "His", "Him"}
    if female >= 2 and female >= 3 * max(male, 1):
        return "female"
    if male >= 2 and male >= 3 * max(female, 1):
        return "male"
    return None
