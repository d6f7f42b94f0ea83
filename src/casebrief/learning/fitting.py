"""Fitting the per-theme logistic regressions, in worker processes when there is enough to fit.

A retrain fits two classifiers for each of some fifty themes, four times over (the model and the
blend's three folds): on ten thousand analyst decisions that is most of `casebrief learn`'s time.
liblinear holds the interpreter lock, so threads do not help (measured); forked workers do, and
they inherit the feature matrix rather than receiving a copy of it. Every fit runs with one BLAS
thread: the matrices are small, and the library's own threads only fight the workers."""

from __future__ import annotations

import multiprocessing
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import TYPE_CHECKING, Any

import numpy as np

from casebrief.config import default_workers

if TYPE_CHECKING:
    from casebrief.learning.model import FeatureSettings

# Training sentences from which the themes are fitted in worker processes: below it, starting
# the workers costs more than it saves (the shipped gold sets' training parts, some 1,300
# sentences, fit in a few seconds on one core).
PARALLEL_FROM = 3000

Fitted = tuple[np.ndarray, float, tuple[np.ndarray, float] | None]

# The matrices the forked workers read: set just before the pool forks, cleared after.
_SHARED: tuple[Any, np.ndarray | None] | None = None


def fit_one(
    x: Any, y: np.ndarray, c: float, solver: str, weights: np.ndarray | None = None
) -> tuple[np.ndarray, float]:
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=c, class_weight="balanced", solver=solver, max_iter=1000)
    model.fit(x, y, sample_weight=weights)
    return model.coef_[0].astype(np.float32), float(model.intercept_[0])


def fit_themes(
    x: Any,
    vectors: np.ndarray | None,
    jobs: Sequence[tuple[np.ndarray, np.ndarray, np.ndarray | None]],
    settings: FeatureSettings,
) -> list[Fitted]:
    """For each (rows, labels, weights or None): the lexical classifier on those rows of `x` and,
    with sentence vectors, the semantic one. The same fits whether run here or in workers."""
    from threadpoolctl import threadpool_limits

    workers = min(default_workers(), len(jobs))
    if (
        workers < 2
        or x.shape[0] < PARALLEL_FROM
        or "fork" not in multiprocessing.get_all_start_methods()
    ):
        # One BLAS thread: the semantic fits multiply a few thousand rows by 384 columns, where
        # starting threads costs more than it saves (the bench's learn took 20 s so, 32 s not).
        with threadpool_limits(1):
            return [
                _fit_theme(x, vectors, rows, y, w, settings.C, settings.C_semantic)
                for rows, y, w in jobs
            ]
    global _SHARED
    _SHARED = (x, vectors)
    try:
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(workers, mp_context=context, initializer=_one_thread) as pool:
            # The largest fits first, so that no worker is left with a long one at the end.
            order = sorted(range(len(jobs)), key=lambda i: -len(jobs[i][0]))
            futures = {
                i: pool.submit(_fit_shared, *jobs[i], settings.C, settings.C_semantic)
                for i in order
            }
            return [futures[i].result() for i in range(len(jobs))]
    finally:
        _SHARED = None


def _one_thread() -> None:
    """Each worker's numerical libraries on one thread: the workers already fill the cores."""
    from threadpoolctl import threadpool_limits

    threadpool_limits(1)


def _fit_shared(
    rows: np.ndarray, y: np.ndarray, weights: np.ndarray | None, c: float, c_semantic: float
) -> Fitted:
    assert _SHARED is not None, "fit_themes sets the shared matrices before forking"
    x, vectors = _SHARED
    return _fit_theme(x, vectors, rows, y, weights, c, c_semantic)


def _fit_theme(
    x: Any,
    vectors: np.ndarray | None,
    rows: np.ndarray,
    y: np.ndarray,
    weights: np.ndarray | None,
    c: float,
    c_semantic: float,
) -> Fitted:
    coef, intercept = fit_one(x[rows], y, c, "liblinear", weights)
    semantic = (
        fit_one(vectors[rows], y, c_semantic, "lbfgs", weights) if vectors is not None else None
    )
    return coef, intercept, semantic
