"""Code one review's sentences with a codebook: matches, evidence flags, confidence."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import NamedTuple

from casebrief.codebook import Codebook, collector_paused
from casebrief.coding import compiled_cache, fast
from casebrief.coding.matcher import Matcher
from casebrief.metadata import name_forms
from casebrief.text.scopes import assess, is_generic

# Raised whenever the rules that turn a codebook into codings change what they code or score (the
# matcher, the scope rules, the compiled engine, key-factor scoring): reviews coded under an
# earlier revision are re-coded on the next `casebrief code`, as if the codebook's version had
# changed, analysts' decisions carrying over. tests/test_coding_rules.py fails when those
# sources change, as a reminder to decide whether this must be raised.
CODING_RULES_REVISION = 12


class SentenceToCode(NamedTuple):
    id: int
    text: str
    section_kind: str | None


class Coding(NamedTuple):
    """One coded span. A tuple, so that hundreds of thousands of them are cheap to make, to
    send between processes and to write."""

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
    """Codes sentences with the compiled engine where it can (ASCII sentences, extension
    built) and with the Python matcher and scope rules otherwise; both give the same codings."""

    def __init__(self, codebook: Codebook, *, compiled: bool | None = None) -> None:
        self.codebook = codebook
        self.category = {t.id: t.category for t in codebook.themes}
        self.exempt = codebook.negation_exempt_themes
        use_engine = fast.available() if compiled is None else compiled
        with collector_paused():
            if not use_engine:
                self.matcher, self.engine = Matcher(codebook), None
                return

            def build() -> tuple[Matcher, tuple]:
                matcher = Matcher(codebook)
                return matcher, fast.engine_arguments(matcher, self.exempt, confidence, Coding)

            self.matcher, arguments = compiled_cache.compiled(codebook, build)
            self.engine = fast.FastEngine(arguments)

    def code_sentence(
        self, text: str, section_kind: str | None, child_names: Sequence[str] = ()
    ) -> list[Coding]:
        names = name_forms(child_names)
        if self.engine is not None:
            found = self.engine.code(text, section_kind, names)
            if found is not None:
                return found
        return self._code_in_python(0, text, section_kind, names)

    def code(self, sentences: Sequence[SentenceToCode], child_names: Sequence[str]) -> list[Coding]:
        """Codings of a review's sentences, in sentence order."""
        names = name_forms(child_names)
        if self.engine is None:
            return [
                c
                for s in sentences
                for c in self._code_in_python(s.id, s.text, s.section_kind, names)
            ]
        coded, skipped = self.engine.code_many(
            sentences if isinstance(sentences, list) else list(sentences), names
        )
        if not skipped:
            return coded
        # Sentences that are not ASCII, coded in Python, go back in their place.
        for index in skipped:
            s = sentences[index]
            coded.extend(self._code_in_python(s.id, s.text, s.section_kind, names))
        position = {s.id: i for i, s in enumerate(sentences)}
        return sorted(coded, key=lambda c: position[c.sentence_id])

    def _code_in_python(
        self, sentence_id: int, text: str, section_kind: str | None, child_names: Sequence[str]
    ) -> list[Coding]:
        codings = []
        matches = self.matcher.match(text, section_kind)
        generic = is_generic(text, child_names, section_kind) if matches else False
        for match in matches:
            flags = assess(text, match.start, match.end, child_names, section_kind, generic)
            negated = flags.negated and match.theme not in self.exempt
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


_COMPILED: dict[tuple[str, bool], Coder] = {}
_COMPILED_KEPT = 4  # codebook versions a long-lived process (the web app) may code with


def shared_coder(codebook: Codebook) -> Coder:
    """The process's coder for this codebook text. Compiling one takes seconds, and a web app
    that retrains after analysts' decisions, or a run that codes and then learns, needs the same
    one again and again; the engine holds no state between sentences, so sharing it is safe.
    Keyed by the codebook's content, not its file's digest: a copy changed in memory is another
    codebook."""
    digest = hashlib.sha256(codebook.model_dump_json().encode("utf-8")).hexdigest()
    key = (digest, fast.available())
    coder = _COMPILED.get(key)
    if coder is None:
        if len(_COMPILED) >= _COMPILED_KEPT:
            _COMPILED.clear()
        coder = _COMPILED[key] = Coder(codebook)
    return coder
