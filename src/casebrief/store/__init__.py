"""The store: the only part of casebrief that knows SQL."""

from casebrief.store.repository import DriverSQL, Store, run_sql

__all__ = ["DriverSQL", "Store", "run_sql"]
