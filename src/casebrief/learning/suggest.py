"""Codings the learned coder proposes where the codebook found nothing: method `model`, the
model's probability as confidence, status `suggested`, and the same negated / hedged / generic
flags the codebook's codings get, judged around the content word that weighed most. Suggestions
from the model's evidence threshold up may be quoted in briefings; those between its `possible`
floor and that threshold are possibilities for the analysts' queues (screening counts both at
their probability; see coding.scoring.weight)."""

from __future__ import annotations

import re
from collections.abc import Sequence, Set
from dataclasses import dataclass
from itertools import chain

import numpy as np

from casebrief.codebook import Codebook
from casebrief.coding.coder import Coding, SentenceToCode
from casebrief.coding.scoring import SCREENING_FLOOR
from casebrief.learning.model import PROCESS_CAP, LearnedCoder
from casebrief.metadata import name_forms, name_patterns
from casebrief.text.scopes import Flags, assess, denies_online, is_generic
from casebrief.text.targets import aimed_at_adult

MODEL_PATTERN = "model"
# Raised whenever the way suggestions are made from a model's probabilities changes (their spans,
# flags or filters, here or in text.scopes): a store coded under an earlier revision gets fresh
# suggestions on the next `casebrief code`, without waiting for a retrain.
RULES_REVISION = 15
# A harm suggested in a sentence whose online act is aimed at a parent ("he read the mother's
# messages") is no evidence of the child's harm: it waits in the queues, below what screening
# counts, for an analyst to decide.
# Words, strongest first, among which a suggestion's span is chosen (Suggester._span).
SPAN_CANDIDATES = 3
AIMED_AT_ADULT_CAP = round(SCREENING_FLOOR - 0.01, 2)
_WORDS = re.compile(r"[^\W\d_][\w'’-]*")
_SMALL_WORDS = {"a", "an", "and", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to"}


def suggestions_key(fingerprint: str) -> str:
    """What a review's suggestions were made with, as coding runs record it: the learned coder
    and the revision of these rules."""
    return f"{fingerprint}.r{RULES_REVISION}"


def names_only(text: str) -> bool:
    """A line in title case ("Brackenholt Safeguarding Children Partnership", "Learning Brief:
    Child E") names a body or a review; it states nothing, so it is no evidence, however much
    its words weigh for a theme. Lines in capitals are left alone: some reports set their text
    in them."""
    words = _WORDS.findall(text)
    if not 2 <= len(words) <= 12 or not words[0][0].isupper():
        return False
    if all(w.isupper() for w in words if len(w) > 1):
        return False
    return all(w[0].isupper() or w.lower() in _SMALL_WORDS for w in words)


@dataclass(frozen=True)
class ReviewChild:
    """What a review says of its child, as read or as an analyst corrected it: some suggestions
    depend on it (a baby cannot have been groomed online; "her phone" in a boy's review is not
    his)."""

    names: tuple[str, ...] = ()
    years: float | None = None
    gender: str | None = None


class Suggester:
    def __init__(self, learned: LearnedCoder, codebook: Codebook) -> None:
        self.learned = learned
        self.category = {t.id: t.category for t in codebook.themes}
        self.exempt = codebook.negation_exempt_themes
        self.key_factor = set(codebook.key_factor.categories)
        self.min_age = {t.id: t.min_child_age for t in codebook.themes if t.min_child_age}

    def suggest(
        self,
        sentences: Sequence[SentenceToCode],
        coded: Set[tuple[int, str]],
        child: ReviewChild = ReviewChild(),
    ) -> list[Coding]:
        """`sentences`: one review's, in reading order. `coded`: (sentence id, theme) pairs the
        codebook already coded, negated or not."""
        if not sentences:
            return []
        themes, probs = self.learned.probabilities(
            [s.text for s in sentences],
            [s.section_kind for s in sentences],
            [0] * len(sentences),
        )
        return self.from_probabilities(sentences, themes, probs, coded, child)

    def _span(
        self, theme: str, sentence: SentenceToCode, names: Sequence[str], generic: bool
    ) -> tuple[int, int, Flags]:
        """Where the suggestion stands and its flags. The model weighs the whole sentence: where
        the word that weighs most stands in doubt or denial ("nobody checked whether the pictures
        had been deleted, and a week later they were passed round again"), another word that
        weighs for the theme and is asserted carries it."""
        candidates = (
            (start, end, assess(sentence.text, start, end, names, sentence.section_kind, generic))
            for start, end in self.learned.strongest_words(theme, sentence.text, SPAN_CANDIDATES)
        )
        strongest = next(candidates)  # assessed one at a time: most stand on the first
        asserted = (c for c in chain([strongest], candidates) if not (c[2].hedged or c[2].negated))
        return next(asserted, strongest)

    def from_probabilities(
        self,
        sentences: Sequence[SentenceToCode],
        themes: Sequence[str],
        probs: np.ndarray,
        coded: Set[tuple[int, str]],
        child: ReviewChild = ReviewChild(),
    ) -> list[Coding]:
        """The suggestions for probabilities already computed (row i is sentences[i])."""
        names = name_forms(child.names)
        patterns = name_patterns(list(child.names))
        # Harms a child of this age cannot have had themselves: an analyst decides each
        # ("Mr J read the mother's messages" is no online grooming of a baby).
        too_young = {
            theme
            for theme, least in self.min_age.items()
            if child.years is not None and child.years < least
        }
        out = []
        aimed: dict[int, bool] = {}
        floors = np.array([self.learned.floor(t) for t in themes])
        rows, cols = (probs >= floors).nonzero()
        for row, col in zip(rows.tolist(), cols.tolist(), strict=True):
            s, theme = sentences[row], themes[col]
            if (s.id, theme) in coded or theme not in self.category or names_only(s.text):
                continue
            generic = is_generic(s.text, names, s.section_kind)
            start, end, flags = self._span(theme, s, names, generic)
            category = self.category[theme]
            cap = PROCESS_CAP if theme in too_young else 1.0
            if category in self.key_factor:
                if row not in aimed:  # one answer per sentence, whatever the theme
                    before = [p.text for p in sentences[max(0, row - 2) : row][::-1]]
                    aimed[row] = aimed_at_adult(s.text, before, patterns, child.gender)
                if aimed[row]:
                    cap = AIMED_AT_ADULT_CAP
            negated = flags.negated and theme not in self.exempt
            # The model weighs the whole sentence, so its harm is denied where the sentence
            # denies the online world itself, wherever the word it weighed most stands.
            if not negated and category in self.key_factor and theme not in self.exempt:
                negated = denies_online(s.text)
            out.append(
                Coding(
                    s.id,
                    theme,
                    self.category[theme],
                    start,
                    end,
                    s.text[start:end],
                    MODEL_PATTERN,
                    negated,
                    flags.hedged,
                    flags.generic,
                    flags.practice,
                    round(min(float(probs[row, col]), cap), 4),
                )
            )
        return out
