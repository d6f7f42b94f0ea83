"""The compiled coder kept on disk between runs.

Building the online-harm codebook's matcher and flattening it into the compiled engine's tables
takes some 8 s, which every `code`, `learn`, `eval` and `serve` paid before its first sentence;
reading both back takes about 1.5 s. An entry is keyed by the codebook's content and by the
source of the code that builds it, so an edited codebook or a new release never reads a stale
entry. A file that cannot be read (truncated, corrupt, from another Python) is built afresh and
replaced; a cache that cannot be written is skipped: coding never fails for the cache's sake."""

from __future__ import annotations

import functools
import hashlib
import os
import pickle
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from casebrief.codebook import Codebook
from casebrief.coding.matcher import Matcher
from casebrief.config import cache_dir

# Raised when the layout of an entry changes without a change to the sources below.
FORMAT = 1
KEEP = 8  # entries kept; older ones (other codebooks' versions) are removed on each write
# A coder that builds faster than this is not worth a file (a small codebook builds in
# milliseconds, and its entries would push out the large codebooks' ones).
WORTH_KEEPING_S = 0.5
STALE_PART_S = 3600  # a half-written file this old was left by a process that died writing it
_PACKAGE = Path(__file__).resolve().parent.parent
# The code whose output an entry holds: the codebook's reading and pattern expansion, the
# matcher, the flattening, and the coder's confidences and coding type.
_BUILDERS = (
    "codebook.py",
    "coding/coder.py",
    "coding/common_words.py",
    "coding/fast.py",
    "coding/matcher.py",
)


@functools.cache
def _builders_digest() -> bytes:
    """The builders' part of every key: their source does not change while a process runs, and
    reading and hashing it for each coder built (every theme's test codebook, say) adds up."""
    digest = hashlib.sha256(f"{FORMAT}\0{sys.version_info[:2]}\0".encode())
    for name in _BUILDERS:
        digest.update((_PACKAGE / name).read_bytes())
    return digest.digest()


def entry_path(codebook: Codebook) -> Path:
    digest = hashlib.sha256(_builders_digest())
    digest.update(codebook.model_dump_json().encode("utf-8"))
    return cache_dir() / "coders" / f"{codebook.id}-{digest.hexdigest()[:24]}.pickle"


def has_entry(codebook: Codebook) -> bool:
    """Whether an entry for this codebook and this code is on disk (it may still prove unreadable)."""
    try:
        return entry_path(codebook).is_file()
    except OSError:
        return False


def compiled(
    codebook: Codebook, build: Callable[[], tuple[Matcher, tuple[Any, ...]]]
) -> tuple[Matcher, tuple[Any, ...]]:
    """The codebook's matcher and engine arguments: read back, or built and kept."""
    path = entry_path(codebook)  # hashes the builders' source and the codebook: once per call
    cached = _read(path, codebook)
    if cached is not None:
        return cached
    start = time.perf_counter()
    matcher, arguments = build()
    if time.perf_counter() - start >= WORTH_KEEPING_S:
        _write(path, matcher, arguments)
    return matcher, arguments


def load(codebook: Codebook) -> tuple[Matcher, tuple[Any, ...]] | None:
    """The matcher and engine arguments built for this codebook by this code, or None."""
    return _read(entry_path(codebook), codebook)


def _read(path: Path, codebook: Codebook) -> tuple[Matcher, tuple[Any, ...]] | None:
    try:
        with path.open("rb") as f:
            matcher, arguments = pickle.load(f)
    # Missing, or damaged or foreign and failing to unpickle in one of many ways: build afresh.
    except Exception:
        return None
    if not isinstance(matcher, Matcher) or not isinstance(arguments, tuple):
        return None
    matcher.codebook = codebook
    return matcher, arguments


def _write(path: Path, matcher: Matcher, arguments: tuple[Any, ...]) -> None:
    """Write the entry atomically (a reader sees the old file or the new, never half of one)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".part")
        try:
            with os.fdopen(handle, "wb") as f:
                pickle.dump((matcher, arguments), f, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, path)
        finally:
            if os.path.exists(temporary):
                os.unlink(temporary)
        _prune(path)
    except OSError:
        return  # a read-only or full cache: the next run builds again


def _prune(newest: Path) -> None:
    """Keep the entry just written and the KEEP - 1 most recently written others; remove what
    a process that died while writing left behind."""
    others = [p for p in newest.parent.glob("*.pickle") if p != newest]
    others.sort(key=lambda p: p.stat().st_mtime_ns, reverse=True)
    for old in others[KEEP - 1 :]:
        old.unlink(missing_ok=True)
    for part in newest.parent.glob("*.part"):
        if time.time() - part.stat().st_mtime > STALE_PART_S:
            part.unlink(missing_ok=True)
