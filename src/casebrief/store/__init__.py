"""The store: the only part of casebrief that knows SQL."""

from casebrief.store.repository import DriverSQL, Store, json_value, run_sql

__all__ = ["DriverSQL", "Store", "json_value", "run_sql"]
