"""Code one review's sentences with a codebook: matches, evidence flags, confidence."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from casebrief.codebook import Codebook
from casebrief.coding.matcher import Matcher
from casebrief.text.scopes import assess, is_generic


@dataclass
class SentenceToCode:
    id: int
    text: str
    section_kind: str


@dataclass
class Coding:
    sentence_id: int
    theme: str
    category: str
    start: int
    end: int
    matched: str
    pattern: str
    negated: bool
    hedged: bool
    generic: bool
    practice: bool
    confidence: float


def confidence(negated: bool, hedged: bool, generic: bool) -> float:
    """How likely the coding is evidence of its theme in this review; a rough prior, not a model."""
    if negated:
        return 0.1
    value = 0.9
    if hedged:
        value -= 0.3
    if generic:
        value -= 0.2
    return round(value, 2)


class Coder:
    def __init__(self, codebook: Codebook) -> None:
        self.codebook = codebook
        self.matcher = Matcher(codebook)
        self.category = {t.id: t.category for t in codebook.themes}
        self.exempt = set(codebook.negation_exempt)

    def code_sentence(
        self, text: str, section_kind: str | None, child_names: Sequence[str] = ()
    ) -> list[Coding]:
        return self._code(0, text, section_kind, child_names)

    def code(self, sentences: Iterable[SentenceToCode], child_names: Sequence[str]) -> list[Coding]:
        out: list[Coding] = []
        for sentence in sentences:
            out.extend(self._code(sentence.id, sentence.text, sentence.section_kind, child_names))
        return out

    def _code(
        self, sentence_id: int, text: str, section_kind: str | None, child_names: Sequence[str]
    ) -> list[Coding]:
        codings = []
        matches = self.matcher.match(text, section_kind)
        generic = is_generic(text, child_names, section_kind) if matches else False
        for match in matches:
            flags = assess(text, match.start, match.end, child_names, section_kind, generic)
            negated = flags.negated and self.category[match.theme] not in self.exempt
            codings.append(
                Coding(
                    sentence_id,
                    match.theme,
                    self.category[match.theme],
                    match.start,
                    match.end,
                    match.text,
                    match.pattern,
                    negated,
                    flags.hedged,
                    flags.generic,
                    flags.practice,
                    confidence(negated, flags.hedged, flags.generic),
                )
            )
        return codings
