"""Writes gold-unseen.json from labels.py and the reviews as casebrief ingests them:
`python tests/data/unseen-b/build_gold.py`. Every review here is in the test part."""

import json
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

from labels import LABELS  # noqa: E402

from casebrief.text.pipeline import parse_file  # noqa: E402


def build() -> dict:
    sentences = []
    for name, labels in LABELS.items():
        parsed = parse_file(HERE / name)
        used = set()
        for sentence in parsed.sentences:
            hits = [entry for entry in labels if entry[0] in sentence.text]
            if len(hits) > 1:
                raise SystemExit(f"{name}: several fragments in one sentence: {sentence.text}")
            _, themes, kind = hits[0] if hits else (None, [], None)
            used.update(h[0] for h in hits)
            sentences.append(
                {
                    "file": name,
                    "page": sentence.page,
                    "text": sentence.text,
                    "themes": sorted(themes),
                    "negative": kind,
                }
            )
        missing = [entry[0] for entry in labels if entry[0] not in used]
        if missing:
            raise SystemExit(f"{name}: fragments not found in any sentence: {missing}")
    return {
        "description": "A second set of reviews in other voices, written and coded by hand after all "
        "tuning and never used for it; every sentence is labelled (unlisted ones have no theme).",
        "codebook": "online-harm",
        "truth": "truth.json",
        "split": {"test": sorted(LABELS)},
        "sentences": sentences,
    }


if __name__ == "__main__":
    (HERE / "gold-unseen.json").write_text(json.dumps(build(), indent=1) + "\n", encoding="utf-8")
