"""Labelled sentences to learn from and to test on, from gold files and analysts' decisions.

A gold sentence is labelled for every theme (a theme it does not list is a "no"); an analyst's
decision labels one theme of one sentence. Every example belongs to a group, the review it came
from, so that splits and folds never put sentences of one review on both sides."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from casebrief.errors import UsageError

# The source of an unlabelled sentence next to a decided one: read for its probabilities, as a
# decided sentence's neighbour, never learned from.
CONTEXT_SOURCE = "context"


@dataclass(frozen=True)
class Example:
    text: str
    labels: dict[str, bool]  # theme -> label; a theme not present is unknown
    group: str  # the review (file name) the sentence belongs to
    section_kind: str | None = None
    source: str = "gold"  # gold | decision | context (unlabelled, beside a decided sentence)
    negative: str | None = None  # the kind of hard negative, for gold sentences
    # From a gold set generated from sentence templates (the sample corpus), not written in a
    # voice of its own: learned from, but not used to judge how far the learner carries.
    templated: bool = False
    # The sentence's place in its review, for decided sentences (gold files list theirs in
    # reading order); the context blend takes only sentences next to each other as neighbours.
    position: int | None = None


@dataclass
class Split:
    train: list[Example]
    test: list[Example]
    test_groups: list[str] = field(default_factory=list)


def gold_examples(
    gold: dict[str, Any],
    theme_ids: Sequence[str],
    sections: dict[tuple[str, str], str] | None = None,
) -> list[Example]:
    """Every gold sentence, labelled for every theme of the codebook."""
    sections = sections or {}
    templated = bool(gold.get("templated"))
    out = []
    for item in gold["sentences"]:
        themes = set(item["themes"])
        out.append(
            Example(
                text=item["text"],
                labels={t: t in themes for t in theme_ids},
                group=item["file"],
                section_kind=item.get("section") or sections.get((item["file"], item["text"])),
                negative=item.get("negative"),
                templated=templated,
            )
        )
    return out


def frozen_split(gold: dict[str, Any], examples: list[Example]) -> Split:
    """The gold file's own train/test split by review (`split.test`: file names). The test part
    is for reporting only: nothing is tuned on it."""
    test_groups = list((gold.get("split") or {}).get("test") or [])
    if not test_groups:
        raise UsageError(
            "The gold file has no frozen test split ('split': {'test': [file names]}); "
            "add one so that figures are measured on reviews nothing was tuned on."
        )
    unknown = sorted(set(test_groups) - {e.group for e in examples})
    if unknown:
        raise UsageError(
            f"The gold file's test split names files it has no sentences for: {unknown}."
        )
    chosen = set(test_groups)
    return Split(
        train=[e for e in examples if e.group not in chosen],
        test=[e for e in examples if e.group in chosen],
        test_groups=sorted(chosen),
    )


def group_folds(
    examples: Sequence[Example], k: int, seed: int = 0
) -> list[tuple[list[int], list[int]]]:
    """k folds by review: (train indices, test indices), each review wholly on one side.

    A review's fold follows from its name alone, so a review added to the gold keeps every other
    review in its fold: the blend fitted on the folds, and k-fold figures, change by what the new
    review teaches, not by a reshuffle. With too few reviews to fill every fold that way, they
    are dealt round in the same stable order instead."""
    groups = sorted({e.group for e in examples})
    if len(groups) < k:
        raise UsageError(
            f"{k} folds need at least {k} reviews; the training part has {len(groups)}."
        )
    fold_of = {g: _stable_rank(g, seed) % k for g in groups}
    if len(set(fold_of.values())) < k:
        dealt = sorted(groups, key=lambda g: _stable_rank(g, seed))
        fold_of = {g: i % k for i, g in enumerate(dealt)}
    folds = []
    for fold in range(k):
        test = [i for i, e in enumerate(examples) if fold_of[e.group] == fold]
        train = [i for i, e in enumerate(examples) if fold_of[e.group] != fold]
        folds.append((train, test))
    return folds


def _stable_rank(group: str, seed: int) -> int:
    return int.from_bytes(hashlib.blake2b(f"{seed}:{group}".encode(), digest_size=8).digest())


def merge(examples: Iterable[Example]) -> list[Example]:
    """One example per (group, text): labels from several sources join; a later label for the
    same theme wins (an analyst's decision over the gold file's)."""
    merged: dict[tuple[str, str], Example] = {}
    for e in examples:
        key = (e.group, e.text)
        if key in merged:
            old = merged[key]
            merged[key] = Example(
                e.text,
                old.labels | e.labels,
                e.group,
                old.section_kind or e.section_kind,
                _joined_source(old.source, e.source),
                old.negative,
                old.templated and e.templated,
                old.position if old.position is not None else e.position,
            )
        else:
            merged[key] = e
    return list(merged.values())


def _joined_source(old: str, new: str) -> str:
    """The source of two examples of one sentence: a context sentence takes the other's."""
    if CONTEXT_SOURCE in (old, new) or old == new:
        return new if old == CONTEXT_SOURCE else old
    return "gold+decision"
