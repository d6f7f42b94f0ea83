"""Learned coder: retraining every theme on 10,000 analyst decisions, and what the model adds
to whole-store coding.

Baselines from the same run: a single TF-IDF + logistic regression model (one theme, word
n-grams only) on the same examples, and coding the same store with the codebook only."""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

from common import synthetic_store, write_results

from casebrief.codebook import load_codebook
from casebrief.coding.service import code_store
from casebrief.learning.service import learn, training_examples


def add_decisions(store, codebook_id: str, count: int, seed: int = 3) -> int:
    """Decide on `count` codings as an analyst would: mostly accept, reject a fifth, and write
    the decision log the model counts from."""
    rng = random.Random(seed)
    with store.transaction() as conn:
        # One coding per sentence, so that the decisions label as many sentences as they can.
        ids = [
            r[0]
            for r in conn.exec_driver_sql(
                "SELECT min(id) FROM codings WHERE codebook_id = ? AND status = 'suggested' "
                "GROUP BY sentence_id ORDER BY 1",
                (codebook_id,),
            )
        ]
        chosen = rng.sample(ids, min(count, len(ids)))
        for coding_id in chosen:
            status = "rejected" if rng.random() < 0.2 else "accepted"
            conn.exec_driver_sql(
                "UPDATE codings SET status = ?, decided_by = 'bench', decided_at = CURRENT_TIMESTAMP "
                "WHERE id = ?",
                (status, coding_id),
            )
            conn.exec_driver_sql(
                "INSERT INTO coding_decisions (coding_id, review_id, sentence_id, codebook_id, "
                "decision, theme, previous_status, decided_by, decided_at) SELECT id, review_id, "
                "sentence_id, codebook_id, ?, theme, 'suggested', 'bench', CURRENT_TIMESTAMP "
                "FROM codings WHERE id = ?",
                ("accept" if status == "accepted" else "reject", coding_id),
            )
    return len(chosen)


def baseline_one_theme(examples) -> float:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    start = time.perf_counter()
    texts = [e.text for e in examples]
    y = [any(e.labels.values()) for e in examples]
    x = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True).fit_transform(texts)
    LogisticRegression(solver="liblinear").fit(x, y)
    return time.perf_counter() - start


def encoder_speed(store, book, count: int = 2000) -> dict[str, float]:
    """Each installed sentence encoder on the same distinct sentences (the synthetic store
    repeats its sentences, so whole-store coding encodes few), against the lexical features of
    the same sentences: the baseline measured in the same run."""
    from casebrief.learning import encoder as encoders
    from casebrief.learning.model import FeatureSettings, SentenceFeatures

    default = encoders.default_encoder()
    if default is None:
        return {}
    others = [encoders.packaged_encoder(name) for name in encoders.PACKAGED]
    installed = [default] + [
        encoders.SentenceEncoder(f) for f in others if f is not None and f.name != default.name
    ]
    with store.engine.connect() as conn:
        texts = [
            t
            for (t,) in conn.exec_driver_sql(
                f"SELECT DISTINCT text FROM sentences ORDER BY text LIMIT {count}"
            )
        ]
    features = SentenceFeatures(book, FeatureSettings())
    features.fit_transform(texts, [None] * len(texts))
    start = time.perf_counter()
    features.transform(texts, [None] * len(texts))
    lexical = time.perf_counter() - start
    figures = {"lexical_features_sentences_per_s": round(len(texts) / lexical, 1)}
    print(f"  {len(texts):,} distinct sentences: lexical features {len(texts) / lexical:,.0f}/s")
    for encoder in installed:
        start = time.perf_counter()
        encoder.encode(texts)
        encoding = time.perf_counter() - start
        print(
            f"  encoder {encoder.name}{' (default)' if encoder is default else ''}: "
            f"{len(texts) / encoding:,.0f} sentences/s ({encoding / lexical:.0f}x the lexical time)"
        )
        key = "encoder" if encoder is default else f"encoder_{encoder.name}"
        figures[f"{key}_sentences_per_s"] = round(len(texts) / encoding, 1)
        figures[f"{key}_over_lexical"] = round(encoding / lexical, 1)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--decisions", type=int, default=10_000)
    parser.add_argument(
        "--sentences",
        type=int,
        default=150_000,
        help="store size; with a sentence encoder the first model coding encodes every sentence",
    )
    parser.add_argument(
        "--db", type=Path, default=Path(tempfile.gettempdir()) / "casebrief-bench-learning.db"
    )
    args = parser.parse_args()
    if args.db.exists():
        args.db.unlink()
    store = synthetic_store(args.db, args.sentences)
    book = load_codebook("online-harm")
    start = time.perf_counter()
    code_store(store, book, workers=2, use_model=False)
    codebook_only = time.perf_counter() - start
    decided = add_decisions(store, book.id, args.decisions)
    read = training_examples(store, book)
    # The undecided sentences beside the decided ones are read as neighbours, not learned from.
    examples = [e for e in read if e.labels]
    beside = len(read) - len(examples)
    baseline = baseline_one_theme(examples)
    start = time.perf_counter()
    report = learn(store, book)
    figures = {"learn_first_s": round(time.perf_counter() - start, 2)}
    # The first run encodes every training sentence; later retrains read the stored vectors.
    start = time.perf_counter()
    report = learn(store, book)
    figures["learn_s"] = round(time.perf_counter() - start, 2)
    figures["encoder"] = report.encoder
    figures.update(encoder_speed(store, book))
    start = time.perf_counter()
    coded = code_store(store, book, workers=2)
    with_model = time.perf_counter() - start
    sentences = store.counts()["sentences"]
    result = {
        "decisions": decided,
        "training_sentences": len(examples),
        "sentences_beside_decided": beside,
        "themes_with_classifier": len(report.themes),
        **figures,
        "baseline_one_theme_tfidf_lr_s": round(baseline, 2),
        "store_sentences": sentences,
        "code_codebook_only_2_workers_s": round(codebook_only, 2),
        "refresh_model_suggestions_2_workers_s": round(with_model, 2),
        "model_suggestions": coded.suggested_by_model,
    }
    print(
        f"{decided:,} decisions -> {len(examples):,} training sentences "
        f"(and {beside:,} beside decided ones, read as neighbours), {len(report.themes)} themes"
    )
    print(
        f"  learn (read decisions, fit features and every theme, store): {figures['learn_s']:.1f} s"
        f" (first run, encoding the sentences with {report.encoder}: {figures['learn_first_s']:.1f} s)"
    )
    print(
        f"  baseline, one theme, word TF-IDF + LR on the same sentences: {baseline:.2f} s "
        f"-> every theme costs {figures['learn_s'] / baseline:.0f}x one"
    )
    print(
        f"{sentences:,} sentences: codebook only {codebook_only:.1f} s; model suggestions "
        f"for every review {with_model:.1f} s ({with_model / codebook_only:.1f}x)"
    )
    print(f"wrote {write_results('learning', result)}")


if __name__ == "__main__":
    main()
