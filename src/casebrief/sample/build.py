"""Write the sample corpus to a folder (cached by a fingerprint of the generator), and keep the
committed truth.json in step with the specs: `python -m casebrief.sample.build --write-truth`."""

from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path

from casebrief.sample.compose import compose, truth_entry
from casebrief.sample.render import RENDERERS
from casebrief.sample.specs import SPECS

PACKAGE_DIR = Path(__file__).parent
TRUTH_PATH = PACKAGE_DIR / "truth.json"
GOLD_PATH = PACKAGE_DIR / "gold-online-harm.json"


def fingerprint() -> str:
    digest = hashlib.sha256()
    for source in sorted(PACKAGE_DIR.glob("*.py")):
        if source.name != "gold.py":  # annotations do not change the corpus files
            digest.update(source.read_bytes())
    return digest.hexdigest()[:12]


def default_corpus_dir() -> Path:
    cache = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache"))
    return cache / "casebrief" / f"sample-{fingerprint()}"


def truth() -> dict:
    return {
        "description": "Gold metadata and document-level themes for the fictional sample corpus.",
        "reviews": [truth_entry(spec) for spec in SPECS],
    }


def build_corpus(target: str | Path) -> list[Path]:
    """Write every review (skipping files already built by this generator version)."""
    target = Path(target)
    target.mkdir(parents=True, exist_ok=True)
    stamp = target / ".fingerprint"
    fresh = stamp.exists() and stamp.read_text() == fingerprint()
    written: list[Path] = []
    for spec in SPECS:
        out = target / f"{spec.key}.{spec.format}"
        if not (fresh and out.exists()):
            tmp = out.with_name(f".{out.name}.tmp")
            RENDERERS[spec.format](compose(spec), tmp)
            tmp.replace(out)
        written.append(out)
    (target / "truth.json").write_text(json.dumps(truth(), indent=2) + "\n", encoding="utf-8")
    if GOLD_PATH.exists():
        (target / GOLD_PATH.name).write_bytes(GOLD_PATH.read_bytes())
    stamp.write_text(fingerprint())
    return written


def main(argv: list[str]) -> int:
    if argv == ["--write-truth"]:
        TRUTH_PATH.write_text(json.dumps(truth(), indent=2) + "\n", encoding="utf-8")
        print(f"wrote {TRUTH_PATH}")
        import tempfile

        with tempfile.TemporaryDirectory() as tmp:
            build_corpus(tmp)
            data = gold(tmp)
        GOLD_PATH.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
        negatives = sum(1 for s in data["sentences"] if s["negative"])
        print(f"wrote {GOLD_PATH}: {len(data['sentences'])} sentences, {negatives} hard negatives")
        for fragment in data["unused_fragments"]:
            print(f"  unused fragment: {fragment}")
        return 0
    if len(argv) == 1:
        files = build_corpus(argv[0])
        print(f"wrote {len(files)} files to {argv[0]}")
        return 0
    print("usage: python -m casebrief.sample.build (--write-truth | OUTDIR)", file=sys.stderr)
    return 2


def gold(corpus_dir: str | Path) -> dict:
    """Apply the sentence annotations in gold.py to the corpus's ingested sentences."""
    from casebrief.sample.gold import HARD, ONLINE, OTHER, PLATFORM_THEMES, TEST_REVIEWS
    from casebrief.text.pipeline import parse_file

    entries = [(frag, themes, kind) for frag, themes, kind in ONLINE + OTHER + HARD]
    used: set[str] = set()
    sentences = []
    for spec in SPECS:
        parsed = parse_file(Path(corpus_dir) / f"{spec.key}.{spec.format}")
        for sentence in parsed.sentences:
            hits = [e for e in entries if e[0] in sentence.text]
            if not hits:
                continue
            fragment, themes, kind = max(hits, key=lambda e: len(e[0]))
            used.add(fragment)
            resolved = set()
            for theme in themes:
                if theme == "PLATFORM":
                    resolved.add(PLATFORM_THEMES[spec.platform])
                elif theme == "PLATFORM2":
                    resolved.add(PLATFORM_THEMES[spec.platform2])
                else:
                    resolved.add(theme)
            sentences.append(
                {
                    "file": f"{spec.key}.{spec.format}",
                    "page": sentence.page,
                    "text": sentence.text,
                    "themes": sorted(resolved),
                    "negative": kind,
                }
            )
    unused = [e[0] for e in entries if e[0] not in used]
    return {
        "description": "Sentence-level gold coding of the fictional sample corpus with the online-harm "
        "codebook, by a human coder (sample/gold.py); review-level labels are in truth.json.",
        "codebook": "online-harm",
        "truth": "truth.json",
        # Generated from sentence templates shared across reviews: out-of-fold figures on it
        # overstate how the learner carries to new text, so the queues' floors are not fitted on it.
        "templated": True,
        "split": {"test": TEST_REVIEWS},
        "sentences": sentences,
        "unused_fragments": unused,
    }


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
