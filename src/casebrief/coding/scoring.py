"""Review-level theme scores and the key-factor decision, with the reasons a reader can check."""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from casebrief.codebook import Codebook, KeyFactorRule

if TYPE_CHECKING:
    from casebrief.coding.coder import Coding

# Evidence in findings, learning, the summary and the reasons for the review says more about
# what a review is about than a passing mention in a chronology; glossaries say almost nothing.
SECTION_WEIGHTS = {
    "summary": 2.0,
    "findings": 2.0,
    "introduction": 1.5,
    "analysis": 1.5,
    "learning": 1.5,
    "recommendations": 1.2,
    "practice_episodes": 1.0,
    "background": 1.0,
    "other": 1.0,
    "front": 0.5,
    "appendix": 0.1,
}
HEDGED_WEIGHT = 0.5
GENERIC_WEIGHT = 0.6
NON_EVIDENCE_SECTIONS = {"appendix", "front"}


# A learned coder's suggestion is quoted in briefings from this probability; below it, it is a
# possibility for the analysts' queues. Screening counts suggestions at their probability, from
# SCREENING_FLOOR up: the queues may reach lower (each category's floor is fitted, see
# learning.model), but a long review holds many faint suggestions, and summed they would
# outweigh what it says.
MODEL_EVIDENCE = 0.5
SCREENING_FLOOR = 0.1


def is_possible(coding: dict) -> bool:
    """A model suggestion below MODEL_EVIDENCE that no analyst has decided yet: shown apart, and
    quoted in briefings only once accepted."""
    return (
        coding.get("method") == "model"
        and coding.get("status") == "suggested"
        and (coding.get("confidence") or 0.0) < MODEL_EVIDENCE
    )


def in_queues_only(coding: dict) -> bool:
    """A possibility below SCREENING_FLOOR: analysts reach it through the queues; screening and
    the review page leave it out (outlined everywhere, a faint suggestion would drown the rest)."""
    return is_possible(coding) and (coding.get("confidence") or 0.0) < SCREENING_FLOOR


@dataclass(slots=True)
class Evidence:
    """What scoring needs to know about one coding."""

    sentence_id: int
    theme: str
    category: str
    section_kind: str
    negated: bool
    hedged: bool
    generic: bool
    status: str = "suggested"  # suggested | accepted | rejected
    method: str = "lexicon"  # lexicon | model | analyst
    confidence: float = 1.0


@dataclass
class ReviewScore:
    key_factor: bool
    score: float
    reasons: list[str]
    theme_counts: dict[str, int] = field(default_factory=dict)
    theme_scores: dict[str, float] = field(default_factory=dict)


def counts(evidence: Evidence) -> bool:
    """Analyst decisions win: accepted always counts, rejected never, negated never; a model's
    suggestion only from SCREENING_FLOOR."""
    if evidence.status == "accepted":
        return True
    if evidence.method == "model" and evidence.confidence < SCREENING_FLOOR:
        return False
    return evidence.status != "rejected" and not evidence.negated


def asserted(
    codebook: Codebook,
    category: str,
    *,
    negated: bool,
    hedged: bool,
    generic: bool,
    practice: bool,
    status: str = "suggested",
) -> bool:
    """Does a coding say its theme holds in this review? Analyst decisions win. Nothing denied
    counts; statements about children in general count only for categories such as learning;
    a harm must be stated as fact, not as a possibility. A practice gap ("the plan did not
    address the content she was viewing") presupposes the harm, so it counts."""
    if status in {"accepted", "rejected"}:
        return status == "accepted"
    if negated:
        return False
    if generic and category not in codebook.generic_ok:
        return False
    if category in codebook.key_factor.categories:
        return not hedged
    return True


def coding_asserted(codebook: Codebook, coding: Coding) -> bool:
    """`asserted` for a coding the coder has just made (no analyst has decided on it)."""
    return asserted(
        codebook,
        coding.category,
        negated=coding.negated,
        hedged=coding.hedged,
        generic=coding.generic,
        practice=coding.practice,
    )


def weight(evidence: Evidence) -> float:
    """Section weight, discounted for hedged and generic statements; a model's suggestion
    counts in proportion to its probability until an analyst accepts it."""
    w = SECTION_WEIGHTS.get(evidence.section_kind, 1.0)
    if evidence.status == "accepted":
        return w
    if evidence.method == "model":
        w *= evidence.confidence
    if evidence.hedged:
        w *= HEDGED_WEIGHT
    if evidence.generic:
        w *= GENERIC_WEIGHT
    return w


_SOURCE_WORDS = {"codebook": "from the codebook", "model": "suggested by the model"}


def key_evidence_sentences(codebook: Codebook, items: Iterable[Evidence]) -> set[int]:
    """Sentences with counted evidence for the key factor: its categories, or a theme that
    presupposes one of them."""
    presupposing = {t.id for t in codebook.themes if t.presupposes}
    categories = codebook.key_factor.categories
    return {
        item.sentence_id
        for item in items
        if (item.category in categories or item.theme in presupposing) and counts(item)
    }


def _by_source(counts: Counter[str], describe: Callable[[str, float], str]) -> str:
    """ " (codebook 4, model 1.6)": where the key-factor evidence came from, the codebook first;
    nothing when it all came from the codebook."""
    others = sorted(counts.keys() - {"codebook"})
    if not others:
        return ""
    return " (" + ", ".join(describe(name, counts[name]) for name in ["codebook", *others]) + ")"


def _score_needed(rule: KeyFactorRule, sentence_count: int | None) -> tuple[float, str]:
    """The weighted evidence a review is asked for, and why when it is less than min_score: a
    short review is asked for min_score_per_sentence of each of its sentences."""
    per_sentence = rule.min_score_per_sentence
    if per_sentence is None or not sentence_count:
        return rule.min_score, ""
    scaled = round(per_sentence * sentence_count, 2)
    if scaled >= rule.min_score:
        return rule.min_score, ""
    return scaled, f"; {per_sentence:g} for each of its {sentence_count} sentences"


def _sentences_needed(rule: KeyFactorRule, score_needed: float) -> tuple[int, str]:
    """How many sentences must carry the evidence, and why when fewer than min_sentences: a
    review asked for less evidence because it is short is asked for proportionately fewer
    sentences (at least one). A five-sentence summary cannot give three sentences of its five
    to the harm; a sixty-page review is asked for min_sentences whatever its evidence."""
    if score_needed >= rule.min_score:
        return rule.min_sentences, ""
    scaled = max(1, math.ceil(round(rule.min_sentences * score_needed / rule.min_score, 6)))
    if scaled >= rule.min_sentences:
        return rule.min_sentences, ""
    return scaled, f"; {rule.min_sentences} asked of a long review, scaled as the evidence is"


def score_review(
    codebook: Codebook,
    items: Iterable[Evidence],
    section_kinds: Collection[str] | None = None,
    sentence_count: int | None = None,
    mentioning: Collection[int] | None = None,
) -> ReviewScore:
    """`section_kinds`: the kinds of section the review has. Evidence spread over several kinds
    says the theme runs through the review; a review laid out under fewer kinds (narrative
    headings, or none) is asked for spread over as many as it has. `sentence_count`: how many
    sentences the review has, for the share its evidence makes up. `mentioning`: the sentences
    that match the rule's `requires_mention` (None where the caller has no text to look in)."""
    rule = codebook.key_factor
    kinds_needed = rule.min_section_kinds
    if section_kinds is not None:
        kinds_needed = max(1, min(kinds_needed, len(set(section_kinds) - NON_EVIDENCE_SECTIONS)))
    kinds_cause = (
        f"the review has only {kinds_needed}" if kinds_needed < rule.min_section_kinds else ""
    )
    presupposing = {t.id: t.presupposes for t in codebook.themes if t.presupposes}
    theme_sentences: dict[str, set[int]] = defaultdict(set)
    theme_scores: Counter[str] = Counter()
    key_sentences: set[int] = set()
    key_kinds: set[str] = set()
    best_per_sentence: dict[int, float] = {}
    # key-factor sentence -> where its best evidence came from: "codebook", "model", or the
    # theme that presupposes the harm
    source_of: dict[int, str] = {}
    for item in items:
        if not counts(item):
            continue
        w = weight(item)
        theme_scores[item.theme] += w
        # "Themes found" lists what the review asserts, outside glossaries and appendices.
        if item.section_kind not in NON_EVIDENCE_SECTIONS and asserted(
            codebook,
            item.category,
            negated=item.negated,
            hedged=item.hedged,
            generic=item.generic,
            practice=False,
            status=item.status,
        ):
            theme_sentences[item.theme].add(item.sentence_id)
        if item.category in rule.categories or item.theme in presupposing:
            # A sentence naming three harms is still one piece of evidence.
            if w > best_per_sentence.get(item.sentence_id, 0.0):
                best_per_sentence[item.sentence_id] = w
                source_of[item.sentence_id] = (
                    item.theme
                    if item.theme in presupposing
                    else "model"
                    if item.method == "model" and item.status != "accepted"
                    else "codebook"
                )
            key_sentences.add(item.sentence_id)
            if item.section_kind not in NON_EVIDENCE_SECTIONS:
                key_kinds.add(item.section_kind)
    key_score = round(sum(best_per_sentence.values()), 2)
    min_score, score_cause = _score_needed(rule, sentence_count)
    min_sentences, sentences_cause = _sentences_needed(rule, min_score)
    # Strong evidence, or evidence that is much of a short review, need not run through several
    # kinds of section; where the layout already asks for one kind, the reasons say that.
    share = len(key_sentences) / sentence_count if sentence_count else 0.0
    one_kind_score, one_kind_share = rule.min_score_one_kind, rule.min_share_one_kind
    if kinds_needed > 1 and one_kind_score is not None and key_score >= one_kind_score:
        kinds_needed = 1
        kinds_cause = f"evidence {key_score:g} reaches {one_kind_score:g}"
    if kinds_needed > 1 and one_kind_share is not None and share >= one_kind_share:
        kinds_needed = 1
        kinds_cause = (
            f"{len(key_sentences)} of its {sentence_count} sentences carry it, "
            f"{share:.0%} against {one_kind_share:.0%}"
        )
    source_scores: Counter[str] = Counter()
    source_sentences: Counter[str] = Counter(source_of.values())
    for sentence, w in best_per_sentence.items():
        source_scores[source_of[sentence]] += w
    source = _by_source(source_scores, lambda name, w: f"{name} {round(w, 2):g}")
    sentence_source = _by_source(
        source_sentences,
        lambda name, n: (
            f"{n} "
            + _SOURCE_WORDS.get(name, f"from {name}, which presupposes {presupposing.get(name)}")
        ),
    )
    checks = [
        (
            key_score >= min_score,
            f"weighted evidence {key_score:g}{source} (needs {min_score:g}{score_cause})",
        ),
        (
            len(key_sentences) >= min_sentences,
            f"{len(key_sentences)} sentences with {'/'.join(rule.categories)} evidence"
            f"{sentence_source} (needs {min_sentences}{sentences_cause})",
        ),
        (
            len(key_kinds) >= kinds_needed,
            f"found in {len(key_kinds)} kinds of section: {', '.join(sorted(key_kinds)) or 'none'} (needs {kinds_needed}"
            + (f"; {kinds_cause})" if kinds_cause else ")"),
        ),
    ]
    if rule.requires_mention and mentioning is not None:
        named = len(key_sentences & set(mentioning))
        checks.append(
            (
                named >= 1,
                f"{named} sentences with {'/'.join(rule.categories)} evidence name "
                f"{rule.mention_label} (needs 1)",
            )
        )
    key_factor = all(ok for ok, _ in checks)
    reasons = [("met: " if ok else "not met: ") + text for ok, text in checks]
    key_themes = sorted(
        (t for t in theme_sentences if codebook.theme(t).category in rule.categories),
        key=lambda t: (-len(theme_sentences[t]), t),
    )
    if key_themes:
        reasons.append(
            "themes: " + ", ".join(f"{t} ({len(theme_sentences[t])})" for t in key_themes)
        )
    return ReviewScore(
        key_factor=key_factor,
        score=key_score,
        reasons=reasons,
        theme_counts={t: len(s) for t, s in sorted(theme_sentences.items())},
        theme_scores={t: round(v, 2) for t, v in sorted(theme_scores.items())},
    )
