"""Replay a labelled set as screening, the way ASReview's simulation mode does: from the same few
seed labels, each method orders the remaining sentences, an oracle reveals labels in that order,
and we measure how fast the relevant sentences are found.

Methods: random order; the codebook's own ranking (fixed); casebrief's learner (both its
halves, lexical and semantic, retrained after every label, querying the most probable sentence);
and ASReview's default model (ELAS u4) run in the same process on the same texts, seeds and
labels, when ASReview is installed.

Metrics, over the sentences screened after the seeds: recall after each sentence; WSS@r, the
share of screening saved at recall r compared with reading in random order ((N - n_r) / N -
(1 - r)); ATD, the mean fraction of sentences screened before each relevant one is found."""

from __future__ import annotations

import contextlib
import math
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from casebrief.codebook import Codebook
from casebrief.coding.coder import shared_coder
from casebrief.coding.scoring import coding_asserted
from casebrief.config import cache_dir
from casebrief.errors import UsageError
from casebrief.learning.fitting import fit_one
from casebrief.learning.model import (
    DEFAULT_BLEND,
    FeatureSettings,
    SentenceFeatures,
    _top_mean,
)

Progress = Callable[[str, int, int], None]


@dataclass
class Dataset:
    texts: list[str]
    kinds: list[str | None]
    labels: np.ndarray  # bool per sentence: relevant or not
    description: str


def dataset(gold: dict[str, Any], codebook: Codebook, theme: str | None = None) -> Dataset:
    """Every gold sentence; relevant when it has the theme, or any theme of the codebook's
    key-factor categories."""
    if theme:
        codebook.theme(theme)  # raises a clear error for an unknown theme
        wanted = {theme}
        what = f"theme {theme}"
    else:
        cats = set(codebook.key_factor.categories)
        wanted = {t.id for t in codebook.themes if t.category in cats}
        what = f"any {'/'.join(sorted(cats))} theme"
    sentences = gold["sentences"]
    labels = np.array([bool(wanted & set(s["themes"])) for s in sentences])
    if labels.sum() < 2 or (~labels).sum() < 2:
        raise UsageError(
            f"Simulation needs at least two relevant and two other sentences ({what})."
        )
    return Dataset(
        [s["text"] for s in sentences],
        [s.get("section") for s in sentences],
        labels,
        f"{len(sentences)} sentences, {int(labels.sum())} relevant ({what})",
    )


def seed_labels(labels: np.ndarray, n_relevant: int, n_other: int, seed: int) -> list[int]:
    rng = random.Random(seed)
    relevant = [int(i) for i in np.flatnonzero(labels)]
    other = [int(i) for i in np.flatnonzero(~labels)]
    return rng.sample(relevant, n_relevant) + rng.sample(other, n_other)


def random_order(data: Dataset, seeds: list[int], seed: int) -> list[int]:
    rest = [i for i in range(len(data.texts)) if i not in set(seeds)]
    random.Random(seed).shuffle(rest)
    return rest


def codebook_order(data: Dataset, seeds: list[int], codebook: Codebook, seed: int) -> list[int]:
    """The codebook's ranking: asserted key-factor evidence first, then any key-factor match,
    then other asserted themes; ties in random order."""
    coder = shared_coder(codebook)
    cats = set(codebook.key_factor.categories)
    rng = random.Random(seed)
    scored = []
    for i, (text, kind) in enumerate(zip(data.texts, data.kinds, strict=True)):
        if i in set(seeds):
            continue
        score = 0.0
        for c in coder.code_sentence(text, kind):
            yes = coding_asserted(codebook, c)
            key = c.category in cats
            score = max(score, 3.0 if key and yes else 2.0 if key else 1.0 if yes else 0.0)
        scored.append((-score, rng.random(), i))
    return [i for *_, i in sorted(scored)]


def learner_order(
    data: Dataset,
    seeds: list[int],
    codebook: Codebook,
    settings: FeatureSettings | None = None,
    on_step: Callable[[int], None] | None = None,
) -> list[int]:
    """casebrief's learner as an active screener: features (and, with an encoder, sentence
    vectors) computed for all texts once, no labels involved; both classifiers retrained after
    every label and combined, with the nearest-neighbour margin, by the default blend's weights;
    the most probable sentence next."""
    from casebrief.learning.encoder import default_encoder

    settings = settings or FeatureSettings()
    features = SentenceFeatures(codebook, settings)
    x = features.fit_transform(data.texts, data.kinds)
    encoder = default_encoder() if settings.semantic else None
    vectors = encoder.encode_cached(data.texts) if encoder is not None else None
    similarity = vectors @ vectors.T if vectors is not None and settings.neighbours else None
    labelled = list(seeds)
    pool = [i for i in range(len(data.texts)) if i not in set(seeds)]
    order = []
    while pool:
        y = data.labels[labelled]
        coef, intercept = fit_one(x[labelled], y, settings.C, "liblinear")
        scores = np.asarray(x[pool] @ coef).ravel() + intercept
        if vectors is not None:
            # The blend's weights on the two logits: the lexical score is a logit already.
            sem_coef, sem_intercept = fit_one(vectors[labelled], y, settings.C_semantic, "lbfgs")
            semantic = vectors[pool] @ sem_coef + sem_intercept
            scores = DEFAULT_BLEND.lexical * scores + DEFAULT_BLEND.semantic * semantic
        if similarity is not None:
            near = similarity[np.ix_(pool, labelled)]
            margin = _top_mean(near[:, y], settings.neighbours) - _top_mean(
                near[:, ~y], settings.neighbours
            )
            scores = scores + DEFAULT_BLEND.neighbours * margin
        pick = pool.pop(int(np.argmax(scores)))
        order.append(pick)
        labelled.append(pick)
        if on_step:
            on_step(len(order))
    return order


def _import_asreview() -> tuple[Any, Any, Any]:
    """ASReview's simulation parts. Importing ASReview imports its dataset catalogue, which
    installs a web cache for `requests` process-wide, as a file in the working directory: the
    import runs in casebrief's cache folder, and the cache is taken out again (nothing here
    goes online)."""
    folder = cache_dir()
    folder.mkdir(parents=True, exist_ok=True)
    try:
        with contextlib.chdir(folder):
            from asreview.learner import ActiveLearningCycle
            from asreview.models.models import get_ai_config
            from asreview.simulation.simulate import Simulate
    except ImportError as exc:
        raise UsageError(
            "ASReview is not installed; `pip install -e '.[dev]'` (or `pip install asreview`) "
            "to compare with it, or pass --no-asreview."
        ) from exc
    try:
        import requests_cache
    except ImportError:
        pass
    else:
        requests_cache.uninstall_cache()
    return ActiveLearningCycle, get_ai_config, Simulate


def asreview_order(data: Dataset, seeds: list[int]) -> list[int]:
    """ASReview's default model, through its own simulation class, on the same texts."""
    import pandas as pd

    ActiveLearningCycle, get_ai_config, Simulate = _import_asreview()
    config = get_ai_config()
    cycle = ActiveLearningCycle.from_meta(config["value"])
    frame = pd.DataFrame({"title": data.texts, "abstract": [""] * len(data.texts)})
    sim = Simulate(frame, data.labels.astype(int), [cycle], print_progress=False)
    sim.label(seeds)
    sim.review()
    order = [int(i) for i in sim._results["record_id"].tolist()][len(seeds) :]
    # ASReview stops once every relevant sentence is found; the rest, all irrelevant, follow.
    seen = set(order) | set(seeds)
    return order + [i for i in range(len(data.texts)) if i not in seen]


def metrics(order: Sequence[int], labels: np.ndarray) -> dict[str, Any]:
    found = np.cumsum(labels[list(order)])
    total_relevant = int(found[-1]) if len(found) else 0
    n = len(order)
    recall = (found / total_relevant).round(4).tolist() if total_relevant else []

    def screened_for(r: float) -> int:
        return int(np.argmax(found >= math.ceil(r * total_relevant))) + 1

    def wss(r: float) -> float:
        return round((n - screened_for(r)) / n - (1 - r), 4)

    positions = [k + 1 for k, i in enumerate(order) if labels[i]]
    return {
        "screened": n,
        "relevant": total_relevant,
        "wss@95": wss(0.95),
        "wss@100": wss(1.0),
        "atd": round(float(np.mean(positions)) / n, 4) if positions else None,
        "screened_for_95": screened_for(0.95),
        "recall": recall,
    }


def simulate(
    data: Dataset,
    codebook: Codebook,
    *,
    seed: int = 0,
    n_relevant: int = 1,
    n_other: int = 1,
    include_asreview: bool = True,
    on_method: Callable[[str], None] | None = None,
) -> dict[str, Any]:
    seeds = seed_labels(data.labels, n_relevant, n_other, seed)
    methods: dict[str, Callable[[], list[int]]] = {
        "random": lambda: random_order(data, seeds, seed),
        "codebook": lambda: codebook_order(data, seeds, codebook, seed),
        "casebrief learner": lambda: learner_order(data, seeds, codebook),
    }
    if include_asreview:
        methods["ASReview (ELAS u4, default)"] = lambda: asreview_order(data, seeds)
    results = {}
    for name, run in methods.items():
        if on_method:
            on_method(name)
        results[name] = metrics(run(), data.labels)
    return {
        "data": data.description,
        "seed_labels": seeds,
        "seed": seed,
        "methods": results,
    }


def simulate_runs(
    data: Dataset,
    codebook: Codebook,
    *,
    runs: int = 1,
    seed: int = 0,
    include_asreview: bool = True,
    on_method: Callable[[str], None] | None = None,
) -> dict[str, Any]:
    """`runs` simulations with different seed labels; the mean and range of each figure."""
    results = [
        simulate(
            data,
            codebook,
            seed=seed + k,
            include_asreview=include_asreview,
            on_method=(lambda name, k=k: on_method(f"run {k + 1}/{runs}: {name}"))
            if on_method
            else None,
        )
        for k in range(runs)
    ]
    summary = {}
    for name in results[0]["methods"]:
        figures = {}
        for measure in ("wss@95", "wss@100", "atd", "screened_for_95"):
            values = [r["methods"][name][measure] for r in results]
            figures[measure] = {
                "mean": round(float(np.mean(values)), 4),
                "min": min(values),
                "max": max(values),
            }
        summary[name] = figures
    return {"data": data.description, "runs": results, "summary": summary}


def plot(result: dict[str, Any], out: Path) -> list[Path]:
    """Recall against the share of sentences screened, as PNG and SVG."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(7, 4.5), dpi=120)
    for name, m in result["methods"].items():
        n = m["screened"]
        xs = [(k + 1) / n for k in range(n)]
        ax.plot(xs, m["recall"], label=f"{name} (WSS@95 {m['wss@95']:.2f})", linewidth=1.6)
    ax.set_xlabel("share of sentences screened")
    ax.set_ylabel("recall of relevant sentences")
    ax.set_title(f"Simulated screening: {result['data']}", fontsize=9)
    ax.grid(alpha=0.3)
    ax.legend(fontsize=8, loc="lower right")
    fig.tight_layout()
    paths = [out.with_suffix(".png"), out.with_suffix(".svg")]
    for path in paths:
        fig.savefig(path)
    plt.close(fig)
    return paths
