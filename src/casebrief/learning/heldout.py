"""Honest figures: train on the gold files' training parts, report on their frozen test parts
(whole reviews nothing was tuned on), and k-fold-by-review means and spread on the training
parts. Three coders side by side (codebook only, model only, both) and a random baseline."""

from __future__ import annotations

import random
import statistics
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from casebrief.codebook import Codebook
from casebrief.coding.coder import SentenceToCode, shared_coder
from casebrief.coding.scoring import coding_asserted
from casebrief.learning.examples import Example, frozen_split, gold_examples, group_folds, merge
from casebrief.learning.model import FeatureSettings, LearnedCoder, train
from casebrief.learning.service import read_gold, shipped_gold
from casebrief.learning.suggest import Suggester

# "possible": what the analysts' reading queue holds (every codebook coding, flagged negated,
# hedged or generic or not, and the model's suggestions from their category's floor), i.e. the
# evidence found if an analyst decides every suggestion.
CODERS = ("codebook", "model", "both", "possible")


def prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "tp": tp,
        "fp": fp,
        "fn": fn,
    }


class Predictions:
    """What each coder asserts for each example, as sets of theme ids."""

    def __init__(self, codebook: Codebook, learned: LearnedCoder, examples: Sequence[Example]):
        coder = shared_coder(codebook)
        learned.features.adopt(coder)
        found = [coder.code_sentence(e.text, e.section_kind) for e in examples]
        self.codebook = [{c.theme for c in cs if coding_asserted(codebook, c)} for cs in found]
        # Examples of one review are in reading order (gold files list them so, and decided
        # sentences carry their places), so the sentences either side weigh in as they do when
        # a review is coded.
        themes, probs = learned.probabilities(
            [e.text for e in examples],
            [e.section_kind for e in examples],
            [e.group for e in examples],
            [e.position for e in examples],
        )
        self.probabilities = (themes, probs)
        # The model's codings as `casebrief code` makes them, with their negated / hedged /
        # generic flags: quoted when asserted from the evidence threshold, and in the queues
        # (possibilities counted) whatever their flags, as are the codebook's flagged codings:
        # every undecided coding waits in the reading queue.
        sentences = [SentenceToCode(i, e.text, e.section_kind) for i, e in enumerate(examples)]
        suggested = Suggester(learned, codebook).from_probabilities(sentences, themes, probs, set())
        self.model: list[set[str]] = [set() for _ in examples]
        self.possible = [{c.theme for c in cs} for cs in found]
        for c in suggested:
            self.possible[c.sentence_id].add(c.theme)
            if c.confidence >= learned.threshold and coding_asserted(codebook, c):
                self.model[c.sentence_id].add(c.theme)
        self.both = [a | b for a, b in zip(self.codebook, self.model, strict=True)]

    def of(self, coder: str) -> list[set[str]]:
        return getattr(self, coder)


def score(
    examples: Sequence[Example], predicted: Sequence[set[str]], themes: Sequence[str]
) -> tuple[dict[str, float], dict[str, dict[str, float]]]:
    """Micro-averaged figures over the themes, and per theme."""
    per: dict[str, list[int]] = {t: [0, 0, 0] for t in themes}
    for e, p in zip(examples, predicted, strict=True):
        for t in themes:
            if t not in e.labels:
                continue
            gold, got = e.labels[t], t in p
            per[t][0] += gold and got
            per[t][1] += got and not gold
            per[t][2] += gold and not got
    total = [sum(v[i] for v in per.values()) for i in range(3)]
    return prf(*total), {t: prf(*v) for t, v in per.items() if any(v)}


def sentence_score(
    examples: Sequence[Example], predicted: Sequence[set[str]], themes: Sequence[str]
) -> dict[str, float]:
    """Per sentence, as an analyst reads the queues: a sentence labelled with any of `themes` is
    found when a coder gives it at least one of its labelled themes (the analyst then corrects
    the rest), and a sentence a coder gives any of them is right when one of those is labelled.
    Kinder than the (sentence, theme) figures of `score`, so reported beside them, not instead."""
    found = labelled = given = 0
    for e, p in zip(examples, predicted, strict=True):
        gold = {t for t in themes if e.labels.get(t)}
        got = {t for t in themes if t in p and t in e.labels}
        labelled += bool(gold)
        given += bool(got)
        found += bool(gold & got)  # found, and right: the same sentences
    return prf(found, given - found, labelled - found)


def random_baseline(
    train_part: Sequence[Example], test: Sequence[Example], themes: Sequence[str], seed: int = 0
) -> list[set[str]]:
    """Says yes to each theme at its rate in the training part. Each sentence draws from its own
    seed (its review and text), so the baseline does not change with the order in which the gold
    files are given."""
    rate = {
        t: sum(e.labels.get(t, False) for e in train_part) / max(1, len(train_part)) for t in themes
    }
    draws = []
    for e in test:
        rng = random.Random(f"{seed}\x1f{e.group}\x1f{e.text}")
        draws.append({t for t in themes if rng.random() < rate[t]})
    return draws


def heldout_evaluation(
    codebook: Codebook,
    gold_paths: Sequence[Path],
    *,
    sections: dict[tuple[str, str], str] | None = None,
    folds: int = 5,
    settings: FeatureSettings | None = None,
) -> dict[str, Any]:
    theme_ids = [t.id for t in codebook.themes]
    harm = [t.id for t in codebook.themes if t.category in codebook.key_factor.categories]
    train_part: list[Example] = []
    test: list[Example] = []
    test_groups: list[str] = []
    # Every shipped gold set's training part is learned from; the test parts reported on are
    # those of the files asked for.
    for path in dict.fromkeys([*shipped_gold(codebook.id), *gold_paths]):
        gold = read_gold(path)
        split = frozen_split(gold, gold_examples(gold, theme_ids, sections))
        train_part.extend(split.train)
        if path in gold_paths:
            test.extend(split.test)
            test_groups.extend(split.test_groups)
    train_part = merge(train_part)
    learned = train(codebook, train_part, settings)
    predictions = Predictions(codebook, learned, test)
    result: dict[str, Any] = {
        "train_sentences": len(train_part),
        "test_sentences": len(test),
        "test_reviews": test_groups,
        "harm_types": {},
        "harm_sentences": {},
        "all_themes": {},
        "per_theme": {},
        "hard_negatives": {},
    }
    for coder in CODERS:
        predicted = predictions.of(coder)
        result["harm_types"][coder], _ = score(test, predicted, harm)
        result["harm_sentences"][coder] = sentence_score(test, predicted, harm)
        result["all_themes"][coder], result["per_theme"][coder] = score(test, predicted, theme_ids)
        result["hard_negatives"][coder] = _hard_negatives(test, predicted, harm)
    baseline = random_baseline(train_part, test, theme_ids)
    result["harm_types"]["random"], _ = score(test, baseline, harm)
    result["all_themes"]["random"], _ = score(test, baseline, theme_ids)
    result["kfold"] = kfold(codebook, train_part, harm, folds, settings)
    return result


def _hard_negatives(
    test: Sequence[Example], predicted: Sequence[set[str]], harm: Sequence[str]
) -> dict[str, dict[str, int]]:
    """Hard negatives by kind, and how many a coder gave a harm type the gold does not."""
    out: dict[str, dict[str, int]] = {}
    for e, p in zip(test, predicted, strict=True):
        if not e.negative:
            continue
        bucket = out.setdefault(e.negative, {"total": 0, "harm_type_coded": 0})
        bucket["total"] += 1
        bucket["harm_type_coded"] += any(t in p and not e.labels.get(t) for t in harm)
    return out


def kfold(
    codebook: Codebook,
    examples: list[Example],
    harm: Sequence[str],
    k: int,
    settings: FeatureSettings | None,
) -> dict[str, Any]:
    """Harm-type figures over k folds by review of the training part: mean and spread."""
    figures: dict[str, list[dict[str, float]]] = {c: [] for c in CODERS}
    for train_idx, test_idx in group_folds(examples, k):
        learned = train(codebook, [examples[i] for i in train_idx], settings)
        fold_test = [examples[i] for i in test_idx]
        predictions = Predictions(codebook, learned, fold_test)
        for coder in CODERS:
            figures[coder].append(score(fold_test, predictions.of(coder), harm)[0])
    return {"k": k, **{coder: spread(runs) for coder, runs in figures.items()}}


def spread(runs: Sequence[dict[str, float]]) -> dict[str, dict[str, float]]:
    """Mean and standard deviation over folds of each figure: how far one split can mislead."""
    return {
        measure: {
            "mean": round(statistics.fmean(f[measure] for f in runs), 4),
            "sd": round(statistics.pstdev(f[measure] for f in runs), 4),
        }
        for measure in ("precision", "recall", "f1")
    }
