"""casebrief: search, code and brief on child safeguarding case reviews, offline."""

__version__ = "0.1.0"
