"""Safeguarding bodies of the four nations: recognise a partnership named in text, normalise it, and
tell it from a national body (which is never a review's partnership).

The list lives in `data/gazetteer/safeguarding-bodies.yaml` with its sources. A body the list does
not hold is still recognised by the shape of its name ("<Place> Safeguarding Children Partnership"),
so fictional or renamed partnerships are found too, with lower confidence."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

# Generic words that start a phrase but are not a place ("the Local Safeguarding Children Board").
_NOT_PLACE = {
    "a",
    "an",
    "the",
    "this",
    "that",
    "each",
    "every",
    "local",
    "regional",
    "national",
    "safeguarding",
    "child",
    "children",
    "children's",
    "multi-agency",
    "our",
    "their",
    "its",
    "uk",
    "welsh",
    "scottish",
    "english",
    "independent",
    "new",
    "former",
    "relevant",
    "previous",
    "of",
    "and",
    "for",
    "by",
    "to",
    "on",
    "upon",
}

_SUFFIX_LEAD = {"child", "children", "children's", "childrens"}
_CONNECTIVES = {"of", "the", "and", "for", "by", "to", "on", "upon", "&"}

_SUFFIXES: list[tuple[str, str | None]] = [
    # (suffix, nation it implies); longest first so the regex prefers the full name.
    ("Safeguarding Children and Adults Partnership", None),
    ("Regional Safeguarding Children Board", "Wales"),
    ("Regional Safeguarding Board", "Wales"),
    ("Local Safeguarding Children Board", None),
    # The partnerships England's local safeguarding arrangements set up from 2019 (Children and
    # Social Work Act 2017); Wales has regional safeguarding boards, Scotland child protection
    # committees, Northern Ireland safeguarding panels, and none is named so.
    ("Children's Safeguarding Partnership", "England"),
    ("Safeguarding Children Partnership", "England"),
    # Some arrangements dropped "safeguarding" from the name ("Buckinghamshire Children
    # Partnership").
    ("Children's Partnership", "England"),
    ("Children Partnership", "England"),
    ("Safeguarding Children Board", None),
    ("Safeguarding Partnership", None),
    ("Child Protection Committee", "Scotland"),
    ("Public Protection Committee", "Scotland"),
    ("Safeguarding Panel", "Northern Ireland"),
    ("Safeguarding Board", None),
    ("LSCB", "England"),
    ("CPC", "Scotland"),
]
_WORD = r"(?:[A-Z][\w'\u2019.-]*,?|and|of|upon|on|the|&)"
_SUFFIX_RE = "|".join(re.escape(s).replace(r"\ ", r"\s+") for s, _ in _SUFFIXES)
_CANDIDATE = re.compile(
    rf"((?:{_WORD}[ \t]+){{0,7}}?)({_SUFFIX_RE})(?![\w'])(\s+for\s+Northern\s+Ireland)?"
)


@dataclass(frozen=True)
class Body:
    """A local safeguarding body: the partnership (or board, or committee) that publishes reviews."""

    name: str
    area: str | None
    nation: str | None
    listed: bool  # named in the gazetteer, not only recognised by the shape of its name


@dataclass(frozen=True)
class Mention:
    body: Body
    start: int
    end: int


@dataclass(frozen=True)
class _Lists:
    bodies: dict[str, Body]  # lower-cased name or alias -> body
    areas: dict[str, tuple[str, str]]  # lower-cased area -> (area as written, nation)
    welsh_areas: dict[str, str]  # lower-cased council area -> board name
    national: tuple[str, ...]
    national_re: re.Pattern[str]
    listed_re: re.Pattern[str]


@cache
def _lists() -> _Lists:
    text = (
        resources.files("casebrief")
        .joinpath("data/gazetteer/safeguarding-bodies.yaml")
        .read_text(encoding="utf-8")
    )
    data = yaml.safe_load(text)
    bodies: dict[str, Body] = {}
    areas: dict[str, tuple[str, str]] = {}
    for area in data["england"]["areas"]:
        areas[area.lower()] = (area, "England")
    for entry in data["england"]["bodies"]:
        bodies[_normal(entry["name"])] = Body(entry["name"], entry["area"], "England", True)
    for area in data["scotland"]["areas"]:
        areas[area.lower()] = (area, "Scotland")
    for nation, key in (("Wales", "wales"), ("Northern Ireland", "northern_ireland")):
        for entry in data[key]["boards"]:
            body = Body(entry["name"], entry.get("area"), nation, True)
            for name in [entry["name"], *entry.get("aliases", [])]:
                bodies[_normal(name)] = body
    welsh_areas = {a.lower(): board for a, board in data["wales"]["areas"].items()}
    national = tuple(data["national_bodies"])
    return _Lists(
        bodies=bodies,
        areas=areas,
        welsh_areas=welsh_areas,
        national=national,
        national_re=_alternation(national),
        listed_re=_alternation(sorted({b.name for b in bodies.values()} | _aliases(data))),
    )


def _aliases(data: dict) -> set[str]:
    return {
        alias
        for key in ("wales", "northern_ireland")
        for entry in data[key]["boards"]
        for alias in entry.get("aliases", [])
    }


def _alternation(names) -> re.Pattern[str]:
    parts = sorted((_flexible(n) for n in names), key=len, reverse=True)
    return re.compile(r"(?<![\w])(?:" + "|".join(parts) + r")(?![\w])", re.I)


def _flexible(name: str) -> str:
    """A name as a pattern that allows line breaks, '&' for 'and' and curly apostrophes."""
    out = []
    for word in name.split():
        if word.lower() in {"and", "&"}:
            out.append(r"(?:and|&)")
        else:
            out.append(re.escape(word).replace("'", "['\u2019]"))
    return r"\s+".join(out)


def national_bodies() -> tuple[str, ...]:
    return _lists().national


def national_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _lists().national_re.finditer(text)]


def find_bodies(text: str) -> list[Mention]:
    """Local safeguarding bodies named in text, in order; national bodies are left out."""
    lists = _lists()
    national = national_spans(text)
    found: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for m in lists.listed_re.finditer(text):
        body = lists.bodies[_normal(m.group(0))]
        found.append(Mention(body, m.start(), m.end()))
        taken.append((m.start(), m.end()))
    for m in _CANDIDATE.finditer(text):
        start, end = m.start(), m.end()
        if _overlaps((start, end), taken) or _overlaps((start, end), national):
            continue
        body = _shaped_body(m.group(1), m.group(2), m.group(3), lists)
        if body is None:
            continue
        start = end - len(body_text := _trimmed(m.group(0)))
        found.append(Mention(body, start, start + len(body_text)))
    found.sort(key=lambda mention: mention.start)
    return found


def lookup(name: str) -> Body | None:
    """The body a partnership name stands for, as the gazetteer or the name's shape tells."""
    mentions = find_bodies(name)
    return mentions[0].body if mentions else None


def _shaped_body(prefix: str, suffix: str, ni: str | None, lists: _Lists) -> Body | None:
    suffix = " ".join(suffix.split())
    if ni:
        return lists.bodies.get("safeguarding board for northern ireland")
    words = _place_words(prefix)
    if not words:
        return None
    # The longest run of trailing words that is a listed area, else the words as written.
    for i in range(len(words)):
        place = " ".join(words[i:]).rstrip(",")
        if (hit := lists.areas.get(place.lower())) is not None:
            area, nation = hit
            return Body(_canonical(area, suffix), area, nation, True)
        if (board := lists.welsh_areas.get(place.lower())) is not None:
            return lists.bodies[_normal(board)]
    if len(words) > 5:
        return None
    place = " ".join(words).rstrip(",")
    nation = dict(_SUFFIXES)[suffix]
    if suffix in {"LSCB", "CPC"}:
        return None  # an abbreviation after an unknown word is too weak to take
    name = f"{place} {suffix}"
    area = re.sub(r"\s+(?:Local|Regional)$", "", place)
    return Body(name, area, nation, False)


def _place_words(prefix: str) -> list[str]:
    words = prefix.replace("\u2019", "'").split()
    while words and (words[0].lower() in _NOT_PLACE or not words[0][:1].isupper()):
        words.pop(0)
    # "Local"/"Regional" belong to the suffix ("Eastmoor Local Safeguarding Children Board"), and
    # so does a "Child" the press adds ("Oxfordshire Child Safeguarding Board").
    while words and words[-1].lower() in _SUFFIX_LEAD:
        words.pop()
    if words and words[-1].lower() in _CONNECTIVES:
        return []  # "Chair of the Local Safeguarding Children Board": a role, not a place
    return words


def _canonical(area: str, suffix: str) -> str:
    if suffix == "LSCB":
        return f"{area} Local Safeguarding Children Board"
    if suffix == "CPC":
        return f"{area} Child Protection Committee"
    return f"{area} {suffix}"


def _trimmed(matched: str) -> str:
    """The matched text without its leading non-place words."""
    words = matched.split()
    while words and (words[0].lower() in _NOT_PLACE or not words[0][:1].isupper()):
        words.pop(0)
    joined = " ".join(words)
    # Keep original spacing length-agnostic: find the trimmed words' first token in the match.
    at = matched.find(words[0]) if words else 0
    return matched[at:] if joined else matched


def _normal(text: str) -> str:
    return " ".join(text.replace("&", "and").replace("\u2019", "'").split()).lower()


def _overlaps(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(span[0] < e and s < span[1] for s, e in spans)
