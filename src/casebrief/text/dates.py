"""Dates as reports write them, for the rules that must know a date when they see one: a cover's
publication line, a chronology's entry, a line that is nothing but a date."""

from __future__ import annotations

import re

MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
# "12 March 2025", "March 2025", "Sept. 2025", "2025"; the year is the pattern's one group.
DATE = (
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:(?:" + MONTHS + r"|jan|feb|mar|apr|jun|jul|aug|sept?|oct"
    r"|nov|dec)\.?,?\s+)?((?:19|20)\d\d)"
)
NUMERIC_DATE = r"\d{1,2}[/.]\d{1,2}[/.]((?:19|20)\d\d)"
_DAY_AND_MONTH = (
    r"\d{1,2}(?:st|nd|rd|th)?\s+(?:"
    + MONTHS
    + r"|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?"
)
_JUST_A_DATE = re.compile(
    r"^\s*(?:" + DATE + r"|" + NUMERIC_DATE + r"|" + _DAY_AND_MONTH + r")\s*$", re.I
)


def just_a_date(text: str) -> bool:
    """ "12 March 2025", "March 2025", "12/03/2025", "3 May": a date and nothing else."""
    return bool(_JUST_A_DATE.match(text))
