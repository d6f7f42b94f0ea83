"""Errors a user can act on. The CLI prints `message` and never a stack trace."""

from __future__ import annotations


class CasebriefError(Exception):
    """Base class: `str(err)` is a complete sentence telling the user what to do next."""

    exit_code = 1


class UsageError(CasebriefError):
    """Bad options or configuration (exit code 2)."""

    exit_code = 2


class ReadError(CasebriefError):
    """A file could not be read into a Document; `status` says how ingestion records it."""

    def __init__(self, message: str, status: str = "failed") -> None:
        super().__init__(message)
        self.status = status


class QueryError(UsageError):
    """A search query the engine cannot parse."""


class ReviewNotFound(UsageError):
    """A REVIEW argument matched no review, or more than one."""
