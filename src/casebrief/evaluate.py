"""Measured quality: a codebook's own examples, and agreement with a gold coder.

Gold file (JSON):
  {"codebook": "online-harm",
   "truth": "truth.json",                   # optional: review-level labels, relative to this file
   "sentences": [{"file": "a.pdf", "text": "...", "themes": ["online_grooming"],
                  "negative": null | "negated" | "hypothetical" | "generic" | "incidental"}]}
Sentences are found in the store by file name and exact text, so the store must hold the same
files, ingested and coded."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from casebrief.codebook import Codebook
from casebrief.coding.coder import shared_coder
from casebrief.coding.scoring import asserted
from casebrief.errors import UsageError
from casebrief.learning.heldout import prf
from casebrief.store import Store, run_sql
from casebrief.store import codings as coding_store


def check_examples(codebook: Codebook) -> list[dict[str, Any]]:
    """Examples that the coder gets wrong: a positive not coded (or only negated), a negative coded."""
    coder = shared_coder(codebook)
    failures = []
    for theme in codebook.themes:
        kind = theme.sections[0] if theme.sections else None
        for expected, examples in (
            ("positive", theme.examples.positive),
            ("negative", theme.examples.negative),
        ):
            for example in examples:
                coded = [c for c in coder.code_sentence(example, kind) if not c.negated]
                hit = any(c.theme == theme.id for c in coded)
                if hit != (expected == "positive"):
                    failures.append(
                        {
                            "theme": theme.id,
                            "kind": expected,
                            "example": example,
                            "coded": sorted({c.theme for c in coded}),
                        }
                    )
    return failures


def cohen_kappa(pairs: list[tuple[bool, bool]]) -> float:
    n = len(pairs)
    if not n:
        return 0.0
    observed = sum(a == b for a, b in pairs) / n
    p_a = sum(a for a, _ in pairs) / n
    p_b = sum(b for _, b in pairs) / n
    expected = p_a * p_b + (1 - p_a) * (1 - p_b)
    return round((observed - expected) / (1 - expected), 4) if expected < 1 else 1.0


def load_gold(path: Path) -> dict[str, Any]:
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise UsageError(f"{path}: no such gold file.") from exc
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise UsageError(f"{path}: not valid JSON ({exc}).") from exc
    if not isinstance(gold, dict) or not isinstance(gold.get("sentences"), list):
        raise UsageError(f"{path}: a gold file is a JSON object with a 'sentences' list.")
    for i, s in enumerate(gold["sentences"]):
        if not isinstance(s, dict) or not {"file", "text", "themes"} <= set(s):
            raise UsageError(f"{path}: sentences[{i}] needs 'file', 'text' and 'themes'.")
    if not isinstance(gold.get("templated", False), bool):
        raise UsageError(
            f"{path}: 'templated' is true or false (true: sentences generated from templates)."
        )
    return gold


def evaluate(store: Store, codebook: Codebook, gold_paths: list[Path]) -> dict[str, Any]:
    """Held-out figures on the gold files' frozen test parts (see learning/heldout.py), and
    review-level screening from the store as coded, against each gold file's truth file."""
    from casebrief.learning.heldout import heldout_evaluation

    theme_ids = {t.id for t in codebook.themes}
    golds = []
    for path in gold_paths:
        gold = load_gold(Path(path))
        unknown = sorted({t for s in gold["sentences"] for t in s["themes"]} - theme_ids)
        if unknown:
            raise UsageError(
                f"{path}: themes not in codebook {codebook.id!r}: {', '.join(unknown)}."
            )
        golds.append((Path(path), gold))
    result: dict[str, Any] = {
        "codebook": {"id": codebook.id, "version": codebook.version},
        "gold": [str(p) for p in gold_paths],
        "heldout": heldout_evaluation(
            codebook, [p for p, _ in golds], sections=coding_store.sentence_sections(store)
        ),
    }
    for path, gold in golds:
        if gold.get("truth"):
            if coding_store.count_codings(store, codebook.id) == 0:
                raise UsageError(
                    f"Nothing in the store is coded with {codebook.id!r}; run "
                    f"`casebrief code --codebook {codebook.id}` first (screening is read from the store)."
                )
            test = set((gold.get("split") or {}).get("test") or [])
            result["screening"] = _screening(store, codebook, path.parent / gold["truth"], test)
    return result


def _screening(
    store: Store, codebook: Codebook, truth_path: Path, test_files: set[str]
) -> dict[str, Any]:
    truth = json.loads(truth_path.read_text(encoding="utf-8"))
    labels = {
        r["file"]: r["key_factors"][codebook.id]
        for r in truth["reviews"]
        if codebook.id in r.get("key_factors", {})
    }
    whole = _screening_figures(store, codebook, labels)
    return whole | {
        "test_part": _screening_figures(
            store, codebook, {f: v for f, v in labels.items() if f in test_files}
        )
    }


def _screening_figures(store: Store, codebook: Codebook, labels: dict[str, bool]) -> dict[str, Any]:
    decided = {r["filename"]: r["key_factor"] for r in coding_store.screening(store, codebook.id)}
    texts = {r["filename"]: r for r in store.list_reviews()}
    naive_re = re.compile(r"\b(?:online|internet)\b", re.I)
    tp = fp = fn = ntp = nfp = nfn = 0
    wrong = []
    for name, label in labels.items():
        if name not in decided:
            continue
        got = decided[name]
        tp += got and label
        fp += got and not label
        fn += label and not got
        if got != label:
            wrong.append(name)
        naive = bool(naive_re.search(store.review_text(texts[name]["id"])))
        ntp += naive and label
        nfp += naive and not label
        nfn += label and not naive
    return {
        "reviews": len([n for n in labels if n in decided]),
        "casebrief": prf(tp, fp, fn),
        "naive_keyword_baseline": prf(ntp, nfp, nfn)
        | {"rule": "the review contains 'online' or 'internet'"},
        "disagreements": wrong,
    }


CODER_NAMES = {
    "codebook": "codebook only",
    "model": "model only",
    "both": "codebook + model",
    "possible": "+ possibilities",
    "random": "random (theme rates)",
}


def render_evaluation(console: Console, result: dict[str, Any]) -> None:
    h = result["heldout"]
    console.print(
        f"Held-out test part: {h['test_sentences']} sentences from {len(h['test_reviews'])} "
        f"reviews nothing was trained or tuned on; the model learned from {h['train_sentences']} "
        "training-part sentences."
    )
    table = Table(title="Agreement with the gold coder on the test part (micro-averaged)")
    for col in ("coder", "harm P", "harm R", "harm F1", "all P", "all R", "all F1"):
        table.add_column(col, justify="left" if col == "coder" else "right")
    names = CODER_NAMES
    for coder, name in names.items():
        a, b = h["harm_types"][coder], h["all_themes"][coder]
        table.add_row(
            name,
            *(f"{m[k]:.2f}" for m in (a, b) for k in ("precision", "recall", "f1")),
        )
    console.print(table)
    per = Table(title="Per theme on the test part: F1 (TP/FP/FN for codebook + model)")
    for col in ("theme", "codebook", "model", "both", "TP", "FP", "FN"):
        per.add_column(col, justify="left" if col == "theme" else "right")
    for theme, m in sorted(h["per_theme"]["both"].items()):
        f1 = [h["per_theme"][c].get(theme, {}).get("f1", 0.0) for c in ("codebook", "model")]
        per.add_row(
            theme,
            f"{f1[0]:.2f}",
            f"{f1[1]:.2f}",
            f"{m['f1']:.2f}",
            str(m["tp"]),
            str(m["fp"]),
            str(m["fn"]),
        )
    console.print(per)
    console.print(
        "Sentences with harm-type evidence, found with one of their harm types (P / R): "
        + "; ".join(
            f"{names[c]} {h['harm_sentences'][c]['precision']:.2f} / "
            f"{h['harm_sentences'][c]['recall']:.2f}"
            for c in ("codebook", "model", "both", "possible")
        )
    )
    k = h["kfold"]
    console.print(
        f"{k['k']}-fold by review on the training part, harm types, mean ± sd: "
        + "; ".join(
            f"{names[c]} P {k[c]['precision']['mean']:.2f}±{k[c]['precision']['sd']:.2f} "
            f"R {k[c]['recall']['mean']:.2f}±{k[c]['recall']['sd']:.2f}"
            for c in ("codebook", "model", "both", "possible")
        )
    )
    neg = h["hard_negatives"]["both"]
    console.print(
        "Hard negatives in the test part given a harm type by codebook + model: "
        + ", ".join(
            f"{kind} {v['harm_type_coded']}/{v['total']}" for kind, v in sorted(neg.items())
        )
    )
    if "screening" in result:
        s = result["screening"]
        table = Table(title="Screening: key factor at review level, from the store as coded")
        for col in ("reviews", "method", "precision", "recall", "F1"):
            table.add_column(col)
        t = s["test_part"]
        rows = [
            (f"test part ({t['reviews']})", "casebrief", t["casebrief"]),
            (f"all ({s['reviews']}; rules were tuned on them)", "casebrief", s["casebrief"]),
            ("", "naive: 'online' or 'internet'", s["naive_keyword_baseline"]),
        ]
        for reviews, name, m in rows:
            table.add_row(
                reviews, name, f"{m['precision']:.2f}", f"{m['recall']:.2f}", f"{m['f1']:.2f}"
            )
        console.print(table)
        if s["disagreements"]:
            console.print(f"Screening disagrees with the truth on: {', '.join(s['disagreements'])}")


def analyst_agreement(store: Store, codebook: Codebook) -> dict[str, Any]:
    """How the machine's suggestions fared with the analysts who decided on them: the machine's
    call (would the coding count as evidence?) against the analyst's accept or reject."""
    with store.engine.connect() as conn:
        rows = run_sql(
            conn,
            "SELECT theme, category, negated, hedged, generic, practice, status, method "
            "FROM codings WHERE codebook_id = ? AND (status != 'suggested' OR method = 'analyst')",
            (codebook.id,),
        ).all()
    pairs: list[tuple[bool, bool]] = []
    per_theme: dict[str, dict[str, int]] = {}
    added = 0
    for theme, category, negated, hedged, generic, practice, status, method in rows:
        if method == "analyst":
            added += 1
            continue
        machine = asserted(
            codebook,
            category,
            negated=bool(negated),
            hedged=bool(hedged),
            generic=bool(generic),
            practice=bool(practice),
        )
        analyst = status == "accepted"
        pairs.append((analyst, machine))
        counts = per_theme.setdefault(theme, {"accepted": 0, "rejected": 0, "agreed": 0})
        counts["accepted" if analyst else "rejected"] += 1
        counts["agreed"] += analyst == machine
    agreed = sum(a == m for a, m in pairs)
    machine_yes = [a for a, m in pairs if m]
    return {
        "decided": len(pairs),
        "accepted": sum(a for a, _ in pairs),
        "rejected": sum(not a for a, _ in pairs),
        "added_by_analysts": added,
        "agreement": round(agreed / len(pairs), 4) if pairs else None,
        "cohen_kappa": cohen_kappa(pairs) if pairs else None,
        "precision_as_judged": round(sum(machine_yes) / len(machine_yes), 4)
        if machine_yes
        else None,
        "per_theme": dict(sorted(per_theme.items())),
    }


def render_agreement(console: Console, result: dict[str, Any]) -> None:
    if not result["decided"] and not result["added_by_analysts"]:
        console.print("No analyst has decided on a coding yet (the web app's coding review).")
        return
    table = Table(title=f"Analysts' decisions on machine codings ({result['decided']})")
    for col in ("theme", "accepted", "rejected", "agreed with machine"):
        table.add_column(col, justify="left" if col == "theme" else "right")
    for theme, c in result["per_theme"].items():
        table.add_row(theme, str(c["accepted"]), str(c["rejected"]), str(c["agreed"]))
    console.print(table)
    if result["decided"]:
        console.print(
            f"Agreement {result['agreement']:.2f}, Cohen's kappa {result['cohen_kappa']:.2f}; "
            f"of the codings the machine counts as evidence, analysts accepted "
            f"{(result['precision_as_judged'] or 0):.0%}. "
            f"Analysts added {result['added_by_analysts']} coding(s) the machine missed."
        )


def render_library(console: Console, result: dict[str, Any]) -> None:
    console.print(
        f"The library's own reports: {result['sentences']} sentences analysts decided in "
        f"{result['reviews']} reviews, each review coded by a model that never saw its decisions "
        f"({len(result['folds'])} folds by review)."
    )
    table = Table(
        title="Agreement with the analysts' decisions (micro-averaged over decided labels)"
    )
    table.add_column("coder")
    for col in ("gold only: harm P", "harm R", "+ other reviews' decisions: harm P", "harm R"):
        table.add_column(col, justify="right")
    for coder in ("codebook", "model", "both", "possible"):
        a = result["gold_only"][coder]["harm_types"]
        b = result["with_decisions"][coder]["harm_types"]
        table.add_row(
            CODER_NAMES[coder],
            *(f"{m[k]:.2f}" for m in (a, b) for k in ("precision", "recall")),
        )
    console.print(table)
    folds = result["spread"]
    console.print(
        f"Fold by fold ({len(result['folds'])} folds), harm types, mean ± sd: "
        + "; ".join(
            f"{CODER_NAMES[c]} R {folds['gold_only'][c]['recall']['mean']:.2f}"
            f"±{folds['gold_only'][c]['recall']['sd']:.2f} from the gold sets, "
            f"{folds['with_decisions'][c]['recall']['mean']:.2f}"
            f"±{folds['with_decisions'][c]['recall']['sd']:.2f} with decisions"
            for c in ("both", "possible")
        )
    )
    console.print(
        "Recall counts the sentences analysts accepted or added; sentences nobody has looked at "
        "are not in these figures."
    )
