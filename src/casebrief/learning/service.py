"""Training the learned coder from the store: the shipped gold sets' training parts plus every
analyst decision, and loading the newest model for coding."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from casebrief.codebook import Codebook
from casebrief.errors import UsageError
from casebrief.learning.examples import (
    CONTEXT_SOURCE,
    Example,
    frozen_split,
    gold_examples,
    merge,
)
from casebrief.learning.model import FeatureSettings, LearnedCoder, train
from casebrief.learning.vectors import for_store
from casebrief.store import Store
from casebrief.store import models as model_store

SAMPLE_DIR = Path(__file__).resolve().parent.parent / "sample"
# Gold sets shipped per codebook. Only their training parts are ever learned from.
SHIPPED_GOLD = {
    "online-harm": [
        "gold-online-harm.json",
        "gold-vocabulary.json",
        "gold-paraphrase.json",
        "gold-narrative.json",
    ]
}


@dataclass
class LearnReport:
    codebook: str
    version: int
    model_id: int
    fingerprint: str
    trained_on: dict[str, int]
    themes: dict[str, dict[str, Any]] = field(default_factory=dict)
    without_classifier: list[str] = field(default_factory=list)
    encoder: str | None = None  # the sentence encoder the semantic classifiers read, if any
    blend: dict[str, float] | None = None
    floors: dict[str, float] = field(default_factory=dict)  # possibilities' floor per category
    context: dict[str, float] | None = None  # the context blend's weights, if one was fitted


def shipped_gold(codebook_id: str) -> list[Path]:
    return [SAMPLE_DIR / name for name in SHIPPED_GOLD.get(codebook_id, [])]


def read_gold(path: Path) -> dict[str, Any]:
    from casebrief.evaluate import load_gold

    return load_gold(path)


def training_examples(
    store: Store, codebook: Codebook, gold_paths: list[Path] | None = None
) -> list[Example]:
    """The training parts of the gold files, then analysts' decisions (which win where both
    label the same sentence and theme)."""
    return merge(gold_training_examples(codebook, gold_paths) + decision_examples(store, codebook))


def gold_training_examples(
    codebook: Codebook, gold_paths: list[Path] | None = None
) -> list[Example]:
    """The training parts of the gold files (default: those shipped with the codebook)."""
    theme_ids = [t.id for t in codebook.themes]
    examples: list[Example] = []
    for path in shipped_gold(codebook.id) if gold_paths is None else gold_paths:
        gold = read_gold(path)
        if gold.get("codebook") not in (None, codebook.id):
            continue
        examples.extend(frozen_split(gold, gold_examples(gold, theme_ids)).train)
    return examples


def decision_examples(store: Store, codebook: Codebook) -> list[Example]:
    """Every sentence analysts decided on, labelled for the themes they decided, in reading
    order; the group is the review's file name. With them come the undecided sentences just
    before and after each, unlabelled (source "context"): a decided sentence's neighbours weigh
    in when a review is coded, so learning must read them too, or the context blend learns from
    decided sentences that seem to stand alone."""
    known = {t.id for t in codebook.themes}
    rows = []
    for d in model_store.decided_sentences(store, codebook.id):
        labels = {t: v for t, v in d["labels"].items() if t in known}
        if labels:
            rows.append((d, labels))
    decided = {(d["review"], d["ordinal"]) for d, _ in rows}
    beside = sorted({(r, p + step) for r, p in decided for step in (-1, 1)} - decided)
    rows += [(d, {}) for d in model_store.sentences_at(store, beside)]
    rows.sort(key=lambda row: (row[0]["file"], row[0]["review"], row[0]["ordinal"]))
    return [
        Example(
            d["text"],
            labels,
            d["file"],
            d["section"],
            "decision" if labels else CONTEXT_SOURCE,
            position=d["ordinal"],
        )
        for d, labels in rows
    ]


def learn(
    store: Store,
    codebook: Codebook,
    *,
    gold_paths: list[Path] | None = None,
    settings: FeatureSettings | None = None,
) -> LearnReport:
    seen = model_store.decision_count(store, codebook.id)
    examples = training_examples(store, codebook, gold_paths)
    if not examples:
        raise UsageError(
            f"Nothing to learn from for codebook {codebook.id!r}: no gold set ships with it and no "
            "analyst has decided on a coding yet. Accept or reject some codings first "
            "(`casebrief serve`, Coding review)."
        )
    learned = train(codebook, examples, settings, vector_source=for_store(store))
    summary = {
        "trained_on": learned.trained_on,
        "themes": {
            t: {"positives": c.positives, "negatives": c.negatives}
            for t, c in sorted(learned.classifiers.items())
        },
    }
    model_id = model_store.save_model(
        store,
        codebook.id,
        codebook.version,
        learned.fingerprint,
        learned.dumps(),
        decisions_seen=seen,
        summary=summary,
    )
    return LearnReport(
        codebook.id,
        codebook.version,
        model_id,
        learned.fingerprint,
        learned.trained_on,
        summary["themes"],
        sorted({t.id for t in codebook.themes} - set(learned.classifiers)),
        learned.encoder_name,
        {k: round(v, 3) for k, v in vars(learned.blend).items()} if learned.blend else None,
        {c: learned.floors.get(c, learned.possible) for c in codebook.categories},
        {k: round(v, 3) for k, v in vars(learned.context).items()} if learned.context else None,
    )


def load_model(
    store: Store, codebook: Codebook, fingerprint: str | None = None
) -> LearnedCoder | None:
    """The newest model for this codebook version, or the newest with the given fingerprint."""
    row = model_store.latest_model(store, codebook.id, codebook.version, fingerprint)
    if row is None:
        return None
    learned = LearnedCoder.loads(row["blob"])
    if learned.encoder_name:
        learned.vector_source = for_store(store)
    return learned
