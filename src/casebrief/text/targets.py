"""Is an online act in a sentence aimed at a parent rather than at the child?

Reviews of neglect and domestic abuse tell of a father or stepfather who tracks the mother's
phone, reads her messages or mocks her online. Those are online acts, and a coder trained on
children's online harm reads them as the child's ("He had posted photographs of her ... mocking
her weight" in a boy's review is the mother's abuse, not his cyberbullying). The rule below is
deliberately narrow: it answers yes only where the sentence names no child and the act lands on
a woman in the family, by her device or account ("the mother's phone") or by a female pronoun
that cannot be the child's. Where the child is a girl, or nobody knows, a female pronoun may be
hers, so the rule says no."""

from __future__ import annotations

import re
from collections.abc import Sequence

_WOMAN = r"mother|mum|stepmother|stepmum|wife"
_MAN = r"father|dad|stepfather|stepdad|husband|partner|ex-partner"
_ADULT = re.compile(
    rf"\b(?:(?P<woman>{_WOMAN})|(?P<man>{_MAN}))\b|\b(?:(?P<ms>Mrs|Ms|Miss)|Mr)\.?\s+[A-Z]\w*",
    re.I,
)
# Any of these may be the child, or another child the harm may concern.
_CHILDREN = re.compile(
    r"\b(?:child|children|young (?:person|people)|boys?|girls?|sons?|daughters?|bab(?:y|ies)|"
    r"infants?|toddlers?|teenagers?|pupils?|students?|siblings?|(?:half-|step)?brothers?|"
    r"(?:half-|step)?sisters?|cousins?|school ?friends?|classmates?|nieces?|nephews?|grandchild(?:ren)?|kids?)\b",
    re.I,
)
_PRONOUN = re.compile(r"\b(he|him|his|himself|she|her|hers|herself)\b", re.I)
_MALE = {"he", "him", "his", "himself"}
# What an act aimed at someone lands on: her phone, her messages, her weight.
_HERS = re.compile(
    r"\s*(?:own\s+)?(?:phone|mobile|messages|emails?|accounts?|social media|bank card|bank|"
    r"laptop|tablet|devices?|location|photographs|photos|pictures|weight|appearance)\b",
    re.I,
)
_POSSESSIVE = re.compile(r"['\u2019]s\b")
# Where a sentence's subject stands: after a paragraph number or a table cell, and "the",
# "his", "her", "their" or a name's possessive ("J's mother").
_OPENING = re.compile(
    r"\s*(?:\d+(?:\.\d+)*\.?\s+|[A-Z][a-z]+\s+\|\s*)?(?:(?:the|his|her|their|[A-Z]\w*['\u2019]s)\s+)?",
    re.I,
)
_PARAGRAPH_NUMBER = re.compile(r"\s*\d+(?:\.\d+)*\.?\s+")
_LEAD_IN_WORDS = 4  # "After an argument he ...": words that may come before a subject pronoun


def aimed_at_adult(
    text: str,
    previous: Sequence[str],
    child_names: Sequence[re.Pattern[str]],
    child_gender: str | None,
) -> bool:
    """True where the sentence's online act is aimed at a woman in the child's family.

    `previous`: the sentences before, nearest first, which a pronoun may carry on from ("His
    stepfather read his mother's messages. He had posted photographs of her ..."). `child_names`:
    patterns for the child's names as the text uses them. `child_gender`: "male", "female" or
    None."""
    if _CHILDREN.search(text) or any(p.search(text) for p in child_names):
        return False
    here = _adults(text)
    if not any(woman for *_, woman in here + [a for p in previous for a in _adults(p)]):
        return False
    child = {"male": "m", "female": "f"}.get(child_gender or "")
    subject = _subject(text, previous)
    opening = _OPENING.match(text).end()
    aimed = any(
        woman and _POSSESSIVE.match(text, end) and _HERS.match(text, end + 2)
        for start, end, woman in here
        if start > opening
    )
    for m in _PRONOUN.finditer(text):
        word = m.group(1).lower()
        gender = "m" if word in _MALE else "f"
        if gender == subject and word != "him":
            # the adult the sentence opens with, again; "her phone" is hers unless the child
            # is a girl too
            aimed = aimed or (child == "m" and word == "her" and bool(_HERS.match(text, m.end())))
        elif gender == "f" and child == "m":
            aimed = aimed or word == "her"  # "photographs of her", "her weight": not the boy's
        else:
            return False  # this pronoun may be the child
    return aimed


def _adults(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, is a woman) of each parent or partner the sentence names."""
    return [
        (m.start(), m.end(), bool(m.group("woman") or m.group("ms"))) for m in _ADULT.finditer(text)
    ]


def _subject(text: str, previous: Sequence[str]) -> str | None:
    """The gender ("m"/"f") of the adult the sentence opens with: named, or a "he"/"she" among
    its first words that carries on the sentence before, whose subject was an adult of that
    gender."""
    opening = _OPENING.match(text).end()
    here = _adults(text)
    if here and here[0][0] <= opening:
        return "f" if here[0][2] else "m"
    pronoun = _opening_pronoun(text)
    if pronoun is None or not previous:
        return None
    return pronoun if _subject(previous[0], previous[1:]) == pronoun else None


def _opening_pronoun(text: str) -> str | None:
    """ "m"/"f" where the sentence's first pronoun is "he"/"she" after at most a few lower-case
    words ("He had ...", "After an argument he ..."), with nobody named before it."""
    first = _PRONOUN.search(text)
    if first is None or first.group(1).lower() not in {"he", "she"}:
        return None
    lead = text[: first.start()]
    lead = lead[_PARAGRAPH_NUMBER.match(lead).end() :] if _PARAGRAPH_NUMBER.match(lead) else lead
    words = lead.split()
    if len(words) > _LEAD_IN_WORDS or any(w[0].isupper() for w in words[1:]) or _adults(lead):
        return None
    return "m" if first.group(1).lower() == "he" else "f"
