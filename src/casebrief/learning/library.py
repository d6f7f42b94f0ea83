"""How the learned coder holds on the library's own reports: figures on the sentences analysts
decided, each review's sentences coded by a model that never saw that review's decisions.

The gold sets were written by the project; the library holds reports written by others. This
is the honest figure for them, and it shows what the analysts' decisions add: the same held-out
reviews coded by a model trained on the gold sets alone, and by one trained on the gold sets and
the other reviews' decisions. The decided sentences are those the queues put before an analyst
(and the codings analysts added), so recall here is recall of what analysts have looked at."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from casebrief.codebook import Codebook
from casebrief.errors import UsageError
from casebrief.learning.examples import Example, group_folds, merge
from casebrief.learning.heldout import CODERS, Predictions, score, spread
from casebrief.learning.model import FeatureSettings, train
from casebrief.learning.service import decision_examples, gold_training_examples
from casebrief.learning.vectors import for_store
from casebrief.store import Store

MIN_REVIEWS = 2


def library_evaluation(
    store: Store,
    codebook: Codebook,
    *,
    folds: int = 5,
    settings: FeatureSettings | None = None,
    progress: Callable[[str], None] | None = None,
) -> dict[str, Any]:
    # With the undecided sentences beside them, so that held-out reviews are coded with their
    # neighbours as `casebrief code` codes them; only the decided ones are scored.
    decided = merge(decision_examples(store, codebook))
    reviews = sorted({e.group for e in decided})
    if len(reviews) < MIN_REVIEWS:
        raise UsageError(
            f"Analysts have decided codings in {len(reviews)} review(s) for {codebook.id!r}; the "
            f"library evaluation holds out whole reviews and needs decisions in at least "
            f"{MIN_REVIEWS}. Decide some in the web app's coding review first."
        )
    k = min(folds, len(reviews))
    gold = gold_training_examples(codebook)
    vectors = for_store(store)
    themes = [t.id for t in codebook.themes]
    harm = [t.id for t in codebook.themes if t.category in codebook.key_factor.categories]
    say = progress or (lambda _: None)

    say("training on the gold sets alone")
    gold_only = Predictions(codebook, train(codebook, gold, settings, vectors), decided)
    by_coder: dict[str, list[set[str]]] = {c: [set() for _ in decided] for c in CODERS}
    fold_reviews = []
    per_fold: dict[str, dict[str, list[dict[str, float]]]] = {
        training: {c: [] for c in CODERS} for training in ("gold_only", "with_decisions")
    }
    for n, (train_idx, test_idx) in enumerate(group_folds(decided, k), start=1):
        say(f"fold {n} of {k}: training on the gold sets and the other reviews' decisions")
        learned = train(codebook, merge(gold + [decided[i] for i in train_idx]), settings, vectors)
        held = [decided[i] for i in test_idx]
        predictions = Predictions(codebook, learned, held)
        for coder in CODERS:
            for i, found in zip(test_idx, predictions.of(coder), strict=True):
                by_coder[coder][i] = found
            per_fold["with_decisions"][coder].append(score(held, predictions.of(coder), harm)[0])
            alone = [gold_only.of(coder)[i] for i in test_idx]
            per_fold["gold_only"][coder].append(score(held, alone, harm)[0])
        fold_reviews.append(sorted({e.group for e in held}))
    return {
        "reviews": len(reviews),
        "sentences": sum(1 for e in decided if e.labels),
        "labels": sum(len(e.labels) for e in decided),
        "folds": fold_reviews,
        "gold_only": _figures(decided, gold_only.of, harm, themes),
        "with_decisions": _figures(decided, lambda c: by_coder[c], harm, themes),
        # Harm-type figures fold by fold: one review's wording can swing them.
        "spread": {
            training: {coder: spread(runs) for coder, runs in by_training.items()}
            for training, by_training in per_fold.items()
        },
    }


def _figures(
    examples: list[Example],
    predicted: Callable[[str], list[set[str]]],
    harm: list[str],
    themes: list[str],
) -> dict[str, Any]:
    return {
        coder: {
            "harm_types": score(examples, predicted(coder), harm)[0],
            "all_themes": score(examples, predicted(coder), themes)[0],
        }
        for coder in CODERS
    }
