"""The store: the only part of casebrief that knows SQL."""

from casebrief.store.repository import Store

__all__ = ["Store"]
