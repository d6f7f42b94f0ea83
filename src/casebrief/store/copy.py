"""Copying a library from one store to another (SQLite to PostgreSQL, or back), in batches, each
in its own transaction, so an interrupted copy resumes where it stopped; counts are compared at
the end."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from sqlalchemy import Connection, Table, func, select, text, tuple_
from sqlalchemy.dialects import postgresql, sqlite

from casebrief.store.repository import Store
from casebrief.store.schema import (
    codebooks,
    coding_decisions,
    coding_runs,
    codings,
    files,
    metadata_corrections,
    models,
    pages,
    review_scores,
    reviews,
    sections,
    sentences,
    text_vectors,
    users,
)

BATCH_ROWS = 5000
REVIEWS_PER_BATCH = 50
SMALLER_BATCHES = {"reviews": 100, "models": 2}  # rows with whole texts or pickled models

# In dependency order. How each is resumed: by its integer id, by review (tables keyed by
# review and something else), by primary key in order (large tables keyed by text), or whole
# (small tables keyed by text). Rows already there are kept in the last two.
TABLES: list[tuple[Table, str]] = [
    (users, "whole"),
    (codebooks, "whole"),
    (reviews, "id"),
    (files, "whole"),
    (pages, "review"),
    (sections, "review"),
    (sentences, "id"),
    (coding_runs, "review"),
    (codings, "id"),
    (review_scores, "review"),
    (coding_decisions, "id"),
    (metadata_corrections, "id"),
    (models, "id"),
    # Sentence-encoder vectors: a cache, but hours of encoding at national scale.
    (text_vectors, "key"),
]


@dataclass
class TableCopy:
    table: str
    source: int
    copied: int
    target: int

    @property
    def complete(self) -> bool:
        return self.source == self.target


def copy_store(
    source: Store, target: Store, on_progress: Callable[[str, int, int], None] | None = None
) -> list[TableCopy]:
    """Copy every table; `on_progress(table, rows done, rows in table)` after each batch."""
    results = []
    for table, mode in TABLES:
        total = _count(source, table)
        done = _count(target, table)
        copied = 0
        for batch in _batches(source, target, table, mode):
            with target.transaction() as conn:
                _insert(conn, table, batch, skip_existing=mode in {"whole", "key"})
            copied += len(batch)
            if on_progress:
                on_progress(table.name, min(total, done + copied), total)
        results.append(TableCopy(table.name, total, copied, _count(target, table)))
    _finish(target)
    return results


def _batches(source: Store, target: Store, table: Table, mode: str) -> Iterator[list[dict]]:
    with source.engine.connect() as src:
        if mode == "whole":
            rows = [dict(r) for r in src.execute(select(table)).mappings()]
            for i in range(0, len(rows), BATCH_ROWS):
                yield rows[i : i + BATCH_ROWS]
            return
        if mode == "key":
            key = tuple_(*table.primary_key.columns)
            position = None
            while True:
                query = select(table).order_by(*table.primary_key.columns).limit(BATCH_ROWS)
                if position is not None:
                    query = query.where(key > tuple_(*position))
                rows = [dict(r) for r in src.execute(query).mappings()]
                if not rows:
                    return
                position = [rows[-1][c.name] for c in table.primary_key.columns]
                yield rows
        if mode == "id":
            last = _max(target, table.c.id) or 0
            size = SMALLER_BATCHES.get(table.name, BATCH_ROWS)
            while True:
                rows = [
                    dict(r)
                    for r in src.execute(
                        select(table).where(table.c.id > last).order_by(table.c.id).limit(size)
                    ).mappings()
                ]
                if not rows:
                    return
                last = rows[-1]["id"]
                yield rows
        # by review: all rows of a group of reviews in one batch, so a review is never half-copied
        last = _max(target, table.c.review_id) or 0
        review_ids = list(
            src.execute(
                select(table.c.review_id)
                .where(table.c.review_id > last)
                .distinct()
                .order_by(table.c.review_id)
            ).scalars()
        )
        for i in range(0, len(review_ids), REVIEWS_PER_BATCH):
            chunk = review_ids[i : i + REVIEWS_PER_BATCH]
            yield [
                dict(r)
                for r in src.execute(select(table).where(table.c.review_id.in_(chunk))).mappings()
            ]


def _insert(conn: Connection, table: Table, rows: list[dict], skip_existing: bool) -> None:
    if not rows:
        return
    if skip_existing:
        dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
        conn.execute(dialect.insert(table).on_conflict_do_nothing(), rows)
    else:
        conn.execute(table.insert(), rows)


def _finish(target: Store) -> None:
    """What the target's engine keeps beside the rows: SQLite's search index; PostgreSQL's id
    sequences (rows came with their ids), lexeme counts and planner statistics."""
    with target.transaction() as conn:
        if conn.dialect.name == "postgresql":
            target.search_backend.reindex_all(conn)
            for table, mode in TABLES:
                if mode == "id":
                    conn.execute(
                        text(
                            f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                            f"coalesce((SELECT max(id) FROM {table.name}), 0) + 1, false)"
                        )
                    )
        else:
            conn.exec_driver_sql("INSERT INTO sentences_fts(sentences_fts) VALUES('rebuild')")
    if target.backend == "postgresql":
        # Fresh statistics and visibility for the planner: searches on a just-copied library
        # are otherwise slow until autovacuum gets to it.
        with target.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM ANALYZE")


def _count(store: Store, table: Table) -> int:
    with store.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(table)).scalar() or 0


def _max(store: Store, column) -> int | None:
    with store.engine.connect() as conn:
        return conn.execute(select(func.max(column))).scalar()
