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
from casebrief.coding.coder import Coder
from casebrief.coding.scoring import asserted
from casebrief.errors import UsageError
from casebrief.store import Store
from casebrief.store import codings as coding_store


def check_examples(codebook: Codebook) -> list[dict[str, Any]]:
    """Examples that the coder gets wrong: a positive not coded (or only negated), a negative coded."""
    coder = Coder(codebook)
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
    return gold


def evaluate(store: Store, codebook: Codebook, gold_path: Path) -> dict[str, Any]:
    gold = load_gold(Path(gold_path))
    theme_ids = [t.id for t in codebook.themes]
    unknown = sorted({t for s in gold["sentences"] for t in s["themes"]} - set(theme_ids))
    if unknown:
        raise UsageError(
            f"{gold_path}: themes not in codebook {codebook.id!r}: {', '.join(unknown)}."
        )
    if coding_store.count_codings(store, codebook.id) == 0:
        raise UsageError(
            f"Nothing in the store is coded with {codebook.id!r}; run `casebrief code --codebook {codebook.id}` first."
        )
    coded = coding_store.coded_sentences_by_text(store, codebook)
    counts = {t: [0, 0, 0] for t in theme_ids}  # tp, fp, fn
    pairs: list[tuple[bool, bool]] = []
    missing: list[str] = []
    negatives = {"total": 0, "false_positive": 0, "by_type": {}}
    for item in gold["sentences"]:
        found = coded.get((item["file"], item["text"]))
        if found is None:
            missing.append(f"{item['file']}: {item['text'][:60]}")
            continue
        predicted, expected = found["themes"], set(item["themes"])
        for t in theme_ids:
            p, g = t in predicted, t in expected
            pairs.append((g, p))
            if p and g:
                counts[t][0] += 1
            elif p:
                counts[t][1] += 1
            elif g:
                counts[t][2] += 1
        if item.get("negative"):
            kind = item["negative"]
            negatives["total"] += 1
            bucket = negatives["by_type"].setdefault(kind, {"total": 0, "false_positive": 0})
            bucket["total"] += 1
            if predicted - expected:
                negatives["false_positive"] += 1
                bucket["false_positive"] += 1
    per_theme = {t: prf(*counts[t]) for t in theme_ids if any(counts[t])}
    category = {t.id: t.category for t in codebook.themes}

    def macro(themes: list[str]) -> float:
        return round(sum(per_theme[t]["f1"] for t in themes) / len(themes), 4) if themes else 0.0

    harm = [t for t in per_theme if category[t] in codebook.key_factor.categories]
    result = {
        "codebook": {"id": codebook.id, "version": codebook.version},
        "gold": str(gold_path),
        "sentences": len(gold["sentences"]) - len(missing),
        "missing_sentences": missing,
        "hard_negatives": negatives,
        "per_theme": per_theme,
        "macro_f1": {"key_factor_categories": macro(harm), "overall": macro(list(per_theme))},
        "cohen_kappa": cohen_kappa(pairs),
        "mean_theme_kappa": round(
            sum(
                cohen_kappa([pr for i, pr in enumerate(pairs) if i % len(theme_ids) == k])
                for k, t in enumerate(theme_ids)
                if t in per_theme
            )
            / max(1, len(per_theme)),
            4,
        ),
    }
    truth_name = gold.get("truth")
    if truth_name:
        result["screening"] = _screening(store, codebook, Path(gold_path).parent / truth_name)
    return result


def _screening(store: Store, codebook: Codebook, truth_path: Path) -> dict[str, Any]:
    truth = json.loads(truth_path.read_text(encoding="utf-8"))
    labels = {
        r["file"]: r["key_factors"][codebook.id]
        for r in truth["reviews"]
        if codebook.id in r.get("key_factors", {})
    }
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


def render_evaluation(console: Console, result: dict[str, Any]) -> None:
    table = Table(
        title=f"Per-theme agreement with the gold coder ({result['sentences']} sentences)"
    )
    for col in ("theme", "precision", "recall", "F1", "TP", "FP", "FN"):
        table.add_column(col, justify="left" if col == "theme" else "right")
    for theme, m in sorted(result["per_theme"].items()):
        table.add_row(
            theme,
            f"{m['precision']:.2f}",
            f"{m['recall']:.2f}",
            f"{m['f1']:.2f}",
            str(m["tp"]),
            str(m["fp"]),
            str(m["fn"]),
        )
    console.print(table)
    console.print(
        f"Macro F1: key-factor categories {result['macro_f1']['key_factor_categories']:.3f}, "
        f"all themes {result['macro_f1']['overall']:.3f}.  Cohen's kappa {result['cohen_kappa']:.3f} "
        f"(mean per theme {result['mean_theme_kappa']:.3f})."
    )
    neg = result["hard_negatives"]
    console.print(
        f"Hard negatives: {neg['total']} sentences, {neg['false_positive']} wrongly coded "
        + ", ".join(
            f"{k}: {v['false_positive']}/{v['total']}" for k, v in sorted(neg["by_type"].items())
        )
    )
    if result["missing_sentences"]:
        console.print(
            f"[yellow]{len(result['missing_sentences'])} gold sentences were not found in the store.[/]"
        )
    if "screening" in result:
        s = result["screening"]
        table = Table(title=f"Screening: key factor at review level ({s['reviews']} reviews)")
        for col in ("method", "precision", "recall", "F1"):
            table.add_column(col)
        for name, m in (
            ("casebrief", s["casebrief"]),
            ("naive: 'online' or 'internet'", s["naive_keyword_baseline"]),
        ):
            table.add_row(name, f"{m['precision']:.2f}", f"{m['recall']:.2f}", f"{m['f1']:.2f}")
        console.print(table)


def analyst_agreement(store: Store, codebook: Codebook) -> dict[str, Any]:
    """How the machine's suggestions fared with the analysts who decided on them: the machine's
    call (would the coding count as evidence?) against the analyst's accept or reject."""
    with store.engine.connect() as conn:
        rows = conn.exec_driver_sql(
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
