"""Small values people type, parsed the same way by the CLI and the web app."""

from __future__ import annotations

import re

from casebrief.errors import UsageError


def year_range(value: str | None, option: str = "--year") -> tuple[int, int] | None:
    """'2019' or '2015-2022' as (first, last); None when not given."""
    if not value or not value.strip():
        return None
    m = re.fullmatch(r"\s*(\d{4})\s*(?:[-:]\s*(\d{4})\s*)?", value)
    if not m:
        raise UsageError(f"{option} {value!r} is not a year or range; use e.g. 2019 or 2015-2022.")
    low, high = int(m.group(1)), int(m.group(2) or m.group(1))
    return (min(low, high), max(low, high))


def id_list(value: str | None, option: str) -> tuple[int, ...]:
    """'3,7,12' as (3, 7, 12); () when not given."""
    if not value or not value.strip():
        return ()
    if not re.fullmatch(r"\s*\d+(\s*,\s*\d+)*\s*", value):
        raise UsageError(f"{option} takes review ids separated by commas, e.g. {option} 3,7,12.")
    return tuple(int(v) for v in value.split(","))
