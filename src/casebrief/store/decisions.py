"""Analysts' decisions on codings: accept, reject, change the theme, add a coding.

Every decision is appended to `coding_decisions` and written onto the coding in one transaction,
which then rescores the review. The first statement of each transaction is a write, so two
analysts deciding at once queue on SQLite's write lock instead of failing; the later decision
wins, and the caller is told whose decision it replaced."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, insert, select, text, update

from casebrief.errors import CasebriefError, UsageError
from casebrief.store.codings import _rescore, lock_review, stored_codebook
from casebrief.store.repository import DriverSQL, Store
from casebrief.store.schema import coding_decisions, codings, sentences

DECISIONS = ("accept", "reject", "retheme")
STATUS_FOR = {"accept": "accepted", "reject": "rejected"}


class CodingNotFound(CasebriefError):
    exit_code = 1


@dataclass
class DecisionOutcome:
    coding_id: int  # the coding now carrying the decision (a new one when the theme changed)
    review_id: int
    status: str
    replaced: dict[str, Any] | None  # a decision made since the caller looked, now overridden
    key_factor: bool
    codebook_id: str = ""


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)


def seen_token(status: str, decided_by: str | None, decided_at: Any) -> str:
    """What a page shows of a coding's decision state, sent back with a decision to detect
    that someone else decided in between."""
    return f"{status}|{decided_by or ''}|{decided_at or ''}"


def decide(
    store: Store,
    coding_id: int,
    decision: str,
    *,
    user: str,
    note: str | None = None,
    theme: str | None = None,
    seen: str | None = None,
) -> DecisionOutcome:
    if decision not in DECISIONS:
        raise UsageError(f"Unknown decision {decision!r}; use one of {', '.join(DECISIONS)}.")
    if decision == "retheme" and not theme:
        raise UsageError("Changing a coding's theme needs the new theme.")
    note = (note or "").strip()[:2000] or None
    now = _now()
    with store.transaction() as conn:
        review_id = conn.execute(
            select(codings.c.review_id).where(codings.c.id == coding_id)
        ).scalar()
        if review_id is None:
            raise CodingNotFound(f"No coding with id {coding_id}; it may have been re-coded.")
        lock_review(conn, review_id)  # then the coding is either still there, or re-coded
        result = conn.execute(
            text(
                "INSERT INTO coding_decisions (coding_id, review_id, sentence_id, codebook_id, "
                "decision, theme, previous_status, previous_by, decided_by, decided_at, note) "
                "SELECT id, review_id, sentence_id, codebook_id, :decision, coalesce(:theme, theme), "
                "status, "
                "decided_by, :user, :now, :note FROM codings WHERE id = :id"
            ),
            {
                "decision": decision,
                "theme": theme,
                "user": user,
                "now": now,
                "note": note,
                "id": coding_id,
            },
        )
        if result.rowcount == 0:
            raise CodingNotFound(f"No coding with id {coding_id}; it may have been re-coded.")
        row = conn.execute(select(codings).where(codings.c.id == coding_id)).mappings().one()
        replaced = None
        if seen is not None and seen != seen_token(
            row["status"], row["decided_by"], row["decided_at"]
        ):
            replaced = {
                "status": row["status"],
                "decided_by": row["decided_by"],
                "decided_at": str(row["decided_at"] or ""),
            }
        codebook = stored_codebook(conn, row["codebook_id"])
        target = coding_id
        if decision == "retheme":
            new_theme = codebook.theme(theme or "")
            if new_theme.id == row["theme"]:
                raise UsageError(f"The coding already has theme {theme!r}.")
            _set_status(conn, coding_id, "rejected", user, now, note or f"theme changed to {theme}")
            target = _insert_analyst_coding(
                conn,
                row,
                new_theme.id,
                new_theme.category,
                row["start"],
                row["end"],
                user,
                now,
                note,
            )
            status = "accepted"
        else:
            status = STATUS_FOR[decision]
            _set_status(conn, coding_id, status, user, now, note)
        score = _rescore(conn, row["review_id"], codebook)
    return DecisionOutcome(
        target, row["review_id"], status, replaced, score.key_factor, row["codebook_id"]
    )


def add_coding(
    store: Store,
    sentence_id: int,
    start: int,
    end: int,
    *,
    codebook_id: str,
    theme: str,
    user: str,
    note: str | None = None,
) -> DecisionOutcome:
    """An analyst's own coding of part of a sentence: accepted from the start."""
    now = _now()
    note = (note or "").strip()[:2000] or None
    with store.transaction() as conn:
        sentence = (
            conn.execute(
                select(sentences.c.id, sentences.c.review_id, sentences.c.text).where(
                    sentences.c.id == sentence_id
                )
            )
            .mappings()
            .first()
        )
        if sentence is None:
            raise CodingNotFound(f"No sentence with id {sentence_id}.")
        lock_review(conn, sentence["review_id"])
        if not 0 <= start < end <= len(sentence["text"]):
            raise UsageError(
                f"The selection {start}-{end} is outside sentence {sentence_id} "
                f"({len(sentence['text'])} characters); select text within one sentence."
            )
        codebook = stored_codebook(conn, codebook_id)
        chosen = codebook.theme(theme)
        row = {
            "review_id": sentence["review_id"],
            "sentence_id": sentence_id,
            "codebook_id": codebook.id,
            "version": codebook.version,
            "matched": sentence["text"][start:end],
        }
        coding_id = _insert_analyst_coding(
            conn, row, chosen.id, chosen.category, start, end, user, now, note
        )
        conn.execute(
            insert(coding_decisions).values(
                coding_id=coding_id,
                review_id=row["review_id"],
                sentence_id=sentence_id,
                codebook_id=codebook.id,
                decision="add",
                theme=chosen.id,
                previous_status="none",
                decided_by=user,
                decided_at=now,
                note=note,
            )
        )
        score = _rescore(conn, row["review_id"], codebook)
    return DecisionOutcome(
        coding_id, row["review_id"], "accepted", None, score.key_factor, codebook.id
    )


def _set_status(
    conn: Connection, coding_id: int, status: str, user: str, now: dt.datetime, note: str | None
) -> None:
    conn.execute(
        update(codings)
        .where(codings.c.id == coding_id)
        .values(status=status, decided_by=user, decided_at=now, note=note)
    )


def _insert_analyst_coding(
    conn: Connection,
    row: Any,
    theme: str,
    category: str,
    start: int,
    end: int,
    user: str,
    now: dt.datetime,
    note: str | None,
) -> int:
    return conn.execute(
        insert(codings).values(
            review_id=row["review_id"],
            sentence_id=row["sentence_id"],
            codebook_id=row["codebook_id"],
            version=row["version"],
            theme=theme,
            category=category,
            start=start,
            end=end,
            matched=row["matched"],
            pattern=None,
            negated=0,
            hedged=0,
            generic=0,
            practice=0,
            method="analyst",
            confidence=1.0,
            status="accepted",
            decided_by=user,
            decided_at=now,
            note=note,
        )
    ).inserted_primary_key[0]


# Queue orders: (SQL sort key, label). Both model queues hold the learned coder's suggestions
# nobody has decided on yet: the most probable first, or those nearest its 0.5 threshold first.
QUEUE_ORDERS = {
    "reading": ("", "in reading order"),
    "missed": ("-c.confidence", "most likely missed (model)"),
    "uncertain": ("abs(c.confidence - 0.5)", "most uncertain (model)"),
}


def review_queue(
    store: Store,
    codebook_id: str,
    *,
    theme: str | None = None,
    review_id: int | None = None,
    after: int | None = None,
    status: str = "suggested",
    order: str = "reading",
) -> dict[str, Any]:
    """The next coding to decide on after coding `after`, with its neighbouring sentences, and
    how many are left. `order`: reading (by review, then reading order), missed or uncertain
    (the learned coder's undecided suggestions, most probable or least certain first)."""
    if order not in QUEUE_ORDERS:
        raise UsageError(f"Unknown queue {order!r}; use one of {', '.join(QUEUE_ORDERS)}.")
    where = ["c.codebook_id = ?", "c.status = ?"]
    params: list[Any] = [codebook_id, status]
    if order != "reading":
        where[1] = "c.status = 'suggested' AND c.method = 'model'"
        params = [codebook_id]
    if theme:
        where.append("c.theme = ?")
        params.append(theme)
    if review_id:
        where.append("c.review_id = ?")
        params.append(review_id)
    base = " AND ".join(where)
    with store.engine.connect() as conn:
        raw = DriverSQL(conn)
        remaining = raw.execute(f"SELECT count(*) FROM codings c WHERE {base}", params).fetchone()[
            0
        ]
        key = QUEUE_ORDERS[order][0]
        columns = f"{key}, c.id" if key else "c.review_id, s.ordinal, c.id"
        position: list[Any] = []
        if after:
            position = list(
                raw.execute(
                    f"SELECT {columns} FROM codings c JOIN sentences s "
                    "ON s.id = c.sentence_id WHERE c.id = ?",
                    (after,),
                ).fetchone()
                or []
            )
        marks = ", ".join("?" * len(position))
        order_filter = f" AND ({columns}) > ({marks})" if position else ""
        row = raw.execute(
            "SELECT c.id FROM codings c JOIN sentences s ON s.id = c.sentence_id "
            f"WHERE {base}{order_filter} ORDER BY {columns} LIMIT 1",
            params + position,
        ).fetchone()
        if row is None:
            return {"remaining": remaining, "coding": None}
        coding = coding_detail(conn, row[0])
    return {"remaining": remaining, "coding": coding}


def coding_detail(conn: Connection, coding_id: int) -> dict[str, Any] | None:
    """One coding with its sentence, the sentences either side, its review and its history."""
    raw = DriverSQL(conn)
    row = raw.execute(
        "SELECT c.id, c.review_id, c.sentence_id, c.codebook_id, c.theme, c.category, c.start, "
        'c."end", c.matched, c.negated, c.hedged, c.generic, c.practice, c.method, c.confidence, '
        "c.status, c.decided_by, c.decided_at, c.note, s.text, s.page, s.ordinal, "
        "r.title, r.filename, r.year FROM codings c JOIN sentences s ON s.id = c.sentence_id "
        "JOIN reviews r ON r.id = c.review_id WHERE c.id = ?",
        (coding_id,),
    ).fetchone()
    if row is None:
        return None
    keys = [
        "id",
        "review_id",
        "sentence_id",
        "codebook_id",
        "theme",
        "category",
        "start",
        "end",
        "matched",
        "negated",
        "hedged",
        "generic",
        "practice",
        "method",
        "confidence",
        "status",
        "decided_by",
        "decided_at",
        "note",
        "text",
        "page",
        "ordinal",
        "title",
        "filename",
        "year",
    ]
    coding = dict(zip(keys, row, strict=True))
    for flag in ("negated", "hedged", "generic", "practice"):
        coding[flag] = bool(coding[flag])
    coding["seen"] = seen_token(coding["status"], coding["decided_by"], coding["decided_at"])
    context = raw.execute(
        "SELECT ordinal, text FROM sentences WHERE review_id = ? AND ordinal BETWEEN ? AND ? "
        "ORDER BY ordinal",
        (coding["review_id"], coding["ordinal"] - 1, coding["ordinal"] + 1),
    ).fetchall()
    coding["before"] = next((t for o, t in context if o == coding["ordinal"] - 1), None)
    coding["after"] = next((t for o, t in context if o == coding["ordinal"] + 1), None)
    coding["history"] = [
        dict(r)
        for r in conn.execute(
            select(coding_decisions)
            .where(coding_decisions.c.coding_id == coding_id)
            .order_by(coding_decisions.c.id)
        ).mappings()
    ]
    return coding
