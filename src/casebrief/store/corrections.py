"""SQL for analysts' corrections of review metadata. Corrections are stored apart from the
extracted values (with who, when and what extraction had said), written onto the review's
columns so that every list, filter and briefing uses them, and applied again whenever a file is
re-ingested or its metadata re-extracted."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from typing import Any

from sqlalchemy import Connection, insert, select, update

from casebrief.errors import ReviewNotFound, UsageError
from casebrief.model import Metadata
from casebrief.store.repository import Store
from casebrief.store.schema import coding_runs, metadata_corrections, reviews

NATIONS = ("England", "Wales", "Scotland", "Northern Ireland")
FIELDS = tuple(f.name for f in dataclasses.fields(Metadata))  # what extraction finds


def parse_value(field: str, raw: str) -> Any:
    """A user's text for a field as it is stored; an empty text blanks the field."""
    if field not in FIELDS:
        raise UsageError(f"Unknown metadata field {field!r}; fields: {', '.join(FIELDS)}.")
    text = raw.strip()
    if field == "child_pseudonyms":
        return [name.strip() for name in text.split(",") if name.strip()]
    if not text:
        return None
    if field == "year":
        if not text.isdigit() or not 1900 <= int(text) <= 2100:
            raise UsageError(f"year must be a year such as 2019, not {raw!r}.")
        return int(text)
    if field == "nation":
        match = [n for n in NATIONS if n.lower() == text.lower()]
        if not match:
            raise UsageError(f"nation is one of {', '.join(NATIONS)}, not {raw!r}.")
        return match[0]
    return text[:500]


def correct(store: Store, review_id: int, changes: dict[str, Any], user: str) -> dict[str, Any]:
    """Record corrections (field -> parsed value) and put them in force, in one transaction."""
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
    with store.transaction() as conn:
        row = conn.execute(select(reviews).where(reviews.c.id == review_id)).mappings().first()
        if row is None:
            raise ReviewNotFound(f"No review with id {review_id}.")
        for field, value in changes.items():
            earlier = _in_force(conn, review_id).get(field)
            extracted = earlier["extracted"] if earlier else _plain(row[field])
            conn.execute(
                insert(metadata_corrections).values(
                    review_id=review_id,
                    field=field,
                    value=value,
                    extracted=extracted,
                    corrected_by=user,
                    corrected_at=now,
                )
            )
        _write(conn, review_id, changes)
        if changes.keys() & {"child_pseudonyms", "child_age", "child_gender"}:
            # The learned coder's suggestions depend on the child (a theme's min_child_age; whose
            # phone "her phone" is; what is said of children in general): the next `casebrief
            # code` renews them.
            conn.execute(
                update(coding_runs).where(coding_runs.c.review_id == review_id).values(model=None)
            )
    return corrections(store, review_id)


def corrections(store: Store, review_id: int) -> dict[str, dict[str, Any]]:
    """The corrections in force for a review: field -> value, extracted value, who and when."""
    with store.engine.connect() as conn:
        return _in_force(conn, review_id)


def carry_over(conn: Connection, old_review_id: int, new_review_id: int) -> None:
    """A re-ingested file's new review takes the old one's corrections (history included)."""
    conn.execute(
        update(metadata_corrections)
        .where(metadata_corrections.c.review_id == old_review_id)
        .values(review_id=new_review_id)
    )
    reapply(conn, new_review_id)


def replace_extracted(
    store: Store, review_id: int, metadata: Metadata, sources: dict[str, Any]
) -> dict[str, Any]:
    """Store freshly extracted metadata for a review, then put its corrections back in force:
    what analysts corrected stays corrected. Returns the fields that changed."""
    values = metadata.to_dict()
    with store.transaction() as conn:
        row = conn.execute(select(reviews).where(reviews.c.id == review_id)).mappings().first()
        if row is None:
            raise ReviewNotFound(f"No review with id {review_id}.")
        in_force = _in_force(conn, review_id)
        before = {f: in_force[f]["value"] if f in in_force else _plain(row[f]) for f in FIELDS}
        conn.execute(
            update(reviews)
            .where(reviews.c.id == review_id)
            .values(**values, metadata_sources={k: v.to_dict() for k, v in sources.items()})
        )
        reapply(conn, review_id)
        after = dict(
            conn.execute(select(reviews).where(reviews.c.id == review_id)).mappings().one()
        )
    return {f: (before[f], _plain(after[f])) for f in FIELDS if before[f] != _plain(after[f])}


def reapply(conn: Connection, review_id: int) -> None:
    """Put the corrections in force again after the review's metadata was (re-)extracted."""
    in_force = _in_force(conn, review_id)
    if in_force:
        _write(conn, review_id, {f: c["value"] for f, c in in_force.items()})


def _in_force(conn: Connection, review_id: int) -> dict[str, dict[str, Any]]:
    rows = conn.execute(
        select(metadata_corrections)
        .where(metadata_corrections.c.review_id == review_id)
        .order_by(metadata_corrections.c.id)
    ).mappings()
    latest: dict[str, dict[str, Any]] = {}
    for r in rows:
        latest[r["field"]] = {
            "value": _plain(r["value"]),
            "extracted": _plain(r["extracted"]),
            "corrected_by": r["corrected_by"],
            "corrected_at": str(r["corrected_at"]),
        }
    return latest


def _write(conn: Connection, review_id: int, values: dict[str, Any]) -> None:
    if "child_pseudonyms" in values:
        values = values | {"child_pseudonyms": values["child_pseudonyms"] or []}
    conn.execute(update(reviews).where(reviews.c.id == review_id).values(**values))


def _plain(value: Any) -> Any:
    """JSON columns come back as text on some drivers."""
    if isinstance(value, str) and value[:1] in "[{":
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value
