"""The learned coder: one linear classifier per theme over shared sentence features.

Features are word 1-2-grams and character 3-5-grams (TF-IDF, so rare constructions count), plus
the codebook's own verdict on the sentence (theme matched and asserted / matched but negated),
so that the model learns where the rules hold and can still find paraphrases with no keyword.
Logistic regression keeps probabilities meaningful for the queues and every weight readable."""

from __future__ import annotations

import datetime as dt
import hashlib
import pickle
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from scipy import sparse

from casebrief.codebook import Codebook
from casebrief.coding.coder import Coder
from casebrief.coding.scoring import coding_asserted
from casebrief.learning.examples import Example

MIN_POSITIVES = 2  # a theme with fewer labelled "yes" sentences gets no classifier
THRESHOLD = 0.5  # probability at which the model proposes a coding
_WORD = re.compile(r"(?u)\b\w\w+\b")


@dataclass
class FeatureSettings:
    words: bool = True
    chars: bool = True
    codebook: bool = True
    C: float = 16.0  # chosen by 5-fold-by-review on the training parts (4 and 64 measured too)


class SentenceFeatures:
    """Turns sentences into one sparse matrix; fitted once, shared by every theme's classifier."""

    def __init__(self, codebook: Codebook, settings: FeatureSettings) -> None:
        from sklearn.feature_extraction.text import TfidfVectorizer

        self.settings = settings
        self.theme_ids = [t.id for t in codebook.themes]
        self.word = (
            TfidfVectorizer(
                ngram_range=(1, 2), sublinear_tf=True, lowercase=True, max_features=60000
            )
            if settings.words
            else None
        )
        self.char = (
            TfidfVectorizer(
                analyzer="char_wb",
                ngram_range=(3, 5),
                sublinear_tf=True,
                min_df=2,
                lowercase=True,
                max_features=120000,
            )
            if settings.chars
            else None
        )
        self._coder: Coder | None = None
        self._codebook = codebook

    def __getstate__(self) -> dict[str, Any]:
        state = self.__dict__.copy()
        state["_coder"] = None  # rebuilt on load: the compiled engine does not pickle
        return state

    @property
    def coder(self) -> Coder:
        if self._coder is None:
            self._coder = Coder(self._codebook)
        return self._coder

    def codebook_verdicts(
        self, texts: Sequence[str], kinds: Sequence[str | None]
    ) -> sparse.csr_matrix:
        """Two columns per theme: the codebook asserted it; the codebook matched but did not."""
        index = {t: i for i, t in enumerate(self.theme_ids)}
        rows, cols = [], []
        for row, (text, kind) in enumerate(zip(texts, kinds, strict=True)):
            for c in self.coder.code_sentence(text, kind):
                if c.theme not in index:
                    continue
                yes = coding_asserted(self._codebook, c)
                rows.append(row)
                cols.append(2 * index[c.theme] + (0 if yes else 1))
        data = np.ones(len(rows), dtype=np.float64)
        matrix = sparse.csr_matrix(
            (data, (rows, cols)), shape=(len(texts), 2 * len(self.theme_ids))
        )
        matrix.data[:] = 1.0  # several spans of one theme are still one verdict
        return matrix

    def fit_transform(self, texts: Sequence[str], kinds: Sequence[str | None]) -> sparse.csr_matrix:
        parts = []
        if self.word is not None:
            parts.append(self.word.fit_transform(texts))
        if self.char is not None:
            parts.append(self.char.fit_transform(texts))
        if self.settings.codebook:
            parts.append(self.codebook_verdicts(texts, kinds))
        return sparse.hstack(parts, format="csr")

    def transform(self, texts: Sequence[str], kinds: Sequence[str | None]) -> sparse.csr_matrix:
        parts = []
        if self.word is not None:
            parts.append(self.word.transform(texts))
        if self.char is not None:
            parts.append(self.char.transform(texts))
        if self.settings.codebook:
            parts.append(self.codebook_verdicts(texts, kinds))
        return sparse.hstack(parts, format="csr")


@dataclass
class ThemeClassifier:
    coef: np.ndarray
    intercept: float
    positives: int
    negatives: int


@dataclass
class LearnedCoder:
    """Everything needed to propose codings: fitted features, a classifier per theme that had
    enough examples, and what it was trained on."""

    codebook_id: str
    codebook_version: int
    features: SentenceFeatures
    classifiers: dict[str, ThemeClassifier]
    threshold: float = THRESHOLD
    trained_on: dict[str, int] = field(default_factory=dict)
    trained_at: str = ""

    @property
    def fingerprint(self) -> str:
        """Changes whenever the model does: coding runs record it to know what to re-code."""
        digest = hashlib.sha256(self.trained_at.encode())
        for theme in sorted(self.classifiers):
            digest.update(theme.encode())
            digest.update(self.classifiers[theme].coef.tobytes())
        return digest.hexdigest()[:16]

    def probabilities(
        self, texts: Sequence[str], kinds: Sequence[str | None]
    ) -> tuple[list[str], np.ndarray]:
        """(themes, matrix of P(theme | sentence)) for the themes that have a classifier."""
        themes = sorted(self.classifiers)
        if not texts or not themes:
            return themes, np.zeros((len(texts), len(themes)))
        x = self.features.transform(texts, kinds)
        weights = np.column_stack([self.classifiers[t].coef for t in themes])
        bias = np.array([self.classifiers[t].intercept for t in themes])
        scores = np.asarray(x @ weights) + bias
        return themes, 1.0 / (1.0 + np.exp(-scores))

    def strongest_word(self, theme: str, text: str) -> tuple[int, int]:
        """The span of the word that weighs most for the theme in this sentence: what the
        analyst sees highlighted, and where negation and hedging are looked for."""
        word = self.features.word
        classifier = self.classifiers[theme]
        best, span = -np.inf, (0, len(text))
        if word is None:
            return span
        vocabulary = word.vocabulary_
        for m in _WORD.finditer(text):
            column = vocabulary.get(m.group().lower())
            if column is not None and classifier.coef[column] > best:
                best, span = classifier.coef[column], (m.start(), m.end())
        return span

    def dumps(self) -> bytes:
        return pickle.dumps(self, protocol=pickle.HIGHEST_PROTOCOL)

    @staticmethod
    def loads(blob: bytes) -> LearnedCoder:
        return pickle.loads(blob)


def train(
    codebook: Codebook,
    examples: Sequence[Example],
    settings: FeatureSettings | None = None,
) -> LearnedCoder:
    """Fit the features on every example's text, then one classifier per theme on the examples
    labelled for that theme. (Fitting themes in parallel threads measured no faster: liblinear
    holds the interpreter lock.)"""
    settings = settings or FeatureSettings()
    features = SentenceFeatures(codebook, settings)
    x = features.fit_transform([e.text for e in examples], [e.section_kind for e in examples])
    jobs = []
    for theme in codebook.themes:
        rows = [i for i, e in enumerate(examples) if theme.id in e.labels]
        y = np.array([examples[i].labels[theme.id] for i in rows], dtype=bool)
        if y.sum() < MIN_POSITIVES or (~y).sum() < 1:
            continue
        jobs.append((theme.id, rows, y))
    fitted = [_fit_one(x[rows], y, settings.C) for _, rows, y in jobs]
    classifiers = {
        theme: ThemeClassifier(coef, intercept, int(y.sum()), int((~y).sum()))
        for (theme, _, y), (coef, intercept) in zip(jobs, fitted, strict=True)
    }
    return LearnedCoder(
        codebook.id,
        codebook.version,
        features,
        classifiers,
        trained_on={
            "sentences": len(examples),
            "gold": sum(1 for e in examples if "gold" in e.source),
            "decisions": sum(1 for e in examples if "decision" in e.source),
        },
        trained_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    )


def _fit_one(x: sparse.csr_matrix, y: np.ndarray, c: float) -> tuple[np.ndarray, float]:
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=c, class_weight="balanced", solver="liblinear", max_iter=1000)
    model.fit(x, y)
    return model.coef_[0].astype(np.float32), float(model.intercept_[0])
