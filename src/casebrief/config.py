"""Settings: command-line flags win over the environment, which wins over defaults."""

from __future__ import annotations

import os
from pathlib import Path

DEFAULT_DB_NAME = "casebrief.db"


def database_url(db: str | Path | None = None) -> str:
    """SQLAlchemy URL for the store: a path or URL from `db`, else $CASEBRIEF_DB, else ./casebrief.db."""
    value = str(db) if db else os.environ.get("CASEBRIEF_DB", DEFAULT_DB_NAME)
    if "://" in value:
        return value
    return f"sqlite:///{Path(value).expanduser().resolve()}"


def default_workers() -> int:
    return max(1, os.cpu_count() or 1)


def max_file_bytes() -> int:
    """Largest report file accepted: $CASEBRIEF_MAX_FILE_MB megabytes (default 300)."""
    try:
        megabytes = float(os.environ.get("CASEBRIEF_MAX_FILE_MB", "300"))
    except ValueError:
        megabytes = 300.0
    return int(megabytes * 1024 * 1024)


def cache_dir() -> Path:
    """Files casebrief unpacks once and reuses (the sentence encoder): $CASEBRIEF_CACHE, else
    $XDG_CACHE_HOME/casebrief, else ~/.cache/casebrief."""
    configured = os.environ.get("CASEBRIEF_CACHE")
    if configured:
        return Path(configured).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "casebrief"
