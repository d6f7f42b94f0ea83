"""Field accuracy of metadata extraction on the cover set, per part (tuning, held back):
`python tests/data/covers/measure.py [--out covers.json]`. A field is right, blank, or wrong (a
value that differs from the truth: the outcome a briefing cannot afford)."""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from build import build
from specs import HELD_BACK

from casebrief.text.pipeline import parse_file

FIELDS = (
    "title",
    "review_type",
    "year",
    "partnership",
    "area",
    "nation",
    "child_pseudonyms",
    "child_age",
)


def normal(value):
    if isinstance(value, list):
        return sorted(normal(v) for v in value)
    if isinstance(value, str):
        text = unicodedata.normalize("NFKC", value)
        for a, b in (
            ("\u2018", "'"),
            ("\u2019", "'"),
            ("\u201c", '"'),
            ("\u201d", '"'),
            ("\u2013", "-"),
            ("\u2014", "-"),
        ):
            text = text.replace(a, b)
        return " ".join(text.split()).casefold()
    return value


def outcome(found, truth) -> str:
    if found in (None, [], "") and truth in (None, [], ""):
        return "right"
    if found in (None, [], ""):
        return "blank"
    return "right" if normal(found) == normal(truth) else "wrong"


def measure(folder: Path) -> dict:
    rows = []
    for path, cover in build(folder):
        found = parse_file(path).metadata.to_dict()
        for field in FIELDS:
            rows.append(
                {
                    "cover": cover.key,
                    "format": cover.format,
                    "part": "held back" if cover.key in HELD_BACK else "tuning",
                    "field": field,
                    "found": found[field],
                    "truth": cover.truth[field],
                    "outcome": outcome(found[field], cover.truth[field]),
                }
            )
    summary = {}
    for part in ("tuning", "held back"):
        summary[part] = {}
        for field in FIELDS:
            cells = [r for r in rows if r["part"] == part and r["field"] == field]
            summary[part][field] = {
                key: sum(r["outcome"] == key for r in cells) for key in ("right", "blank", "wrong")
            } | {"n": len(cells)}
    return {"summary": summary, "rows": rows}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, help="write the figures and every cell as JSON")
    parser.add_argument(
        "--show",
        choices=("tuning", "held back", "all"),
        default="tuning",
        help="which part to show (default: tuning; report the held-back part only "
        "once tuning is over)",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        result = measure(Path(tmp))
    for part, fields in result["summary"].items():
        if args.show not in (part, "all"):
            continue
        print(f"\n{part} ({fields['title']['n']} covers)")
        print(f"{'field':18} {'right':>6} {'blank':>6} {'wrong':>6}")
        for field, c in fields.items():
            print(f"{field:18} {c['right']:>6} {c['blank']:>6} {c['wrong']:>6}")
    for row in result["rows"]:
        if row["outcome"] != "right" and args.show in (row["part"], "all"):
            print(
                f"  {row['outcome']:5} {row['cover']:30} {row['field']:16} "
                f"found={row['found']!r} truth={row['truth']!r}"
            )
    if args.out:
        args.out.write_text(json.dumps(result, indent=1, default=str))


if __name__ == "__main__":
    main()
