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


def fingerprint() -> str:
    digest = hashlib.sha256()
    for source in sorted(PACKAGE_DIR.glob("*.py")):
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
    stamp.write_text(fingerprint())
    return written


def main(argv: list[str]) -> int:
    if argv == ["--write-truth"]:
        TRUTH_PATH.write_text(json.dumps(truth(), indent=2) + "\n", encoding="utf-8")
        print(f"wrote {TRUTH_PATH}")
        return 0
    if len(argv) == 1:
        files = build_corpus(argv[0])
        print(f"wrote {len(files)} files to {argv[0]}")
        return 0
    print("usage: python -m casebrief.sample.build (--write-truth | OUTDIR)", file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
