"""SQL for exchanging work with other tools: codings with everything a row of a spreadsheet or a
REFI-QDA selection needs, review texts, and importing analyst-decided codings in one transaction."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from sqlalchemy import Connection, insert, select

from casebrief.codebook import Codebook
from casebrief.store.codings import _rescore
from casebrief.store.decisions import _insert_analyst_coding
from casebrief.store.repository import Store
from casebrief.store.schema import coding_decisions, codings, review_scores, reviews, sentences

# What `--status` offers. Rejected codings are never exported as codings: other tools have no
# way to say "an analyst decided this is not evidence".
STATUSES = {"accepted": ("accepted",), "all": ("accepted", "suggested")}


def coding_rows(
    store: Store, codebook_id: str, review_ids: list[int], status: str
) -> list[dict[str, Any]]:
    """One row per coding, in reading order, with its sentence's place in the review text."""
    wanted = STATUSES[status]
    query = (
        select(
            codings.c.id,
            codings.c.review_id,
            codings.c.sentence_id,
            codings.c.theme,
            codings.c.category,
            codings.c.start,
            codings.c.end,
            codings.c.matched,
            codings.c.negated,
            codings.c.hedged,
            codings.c.generic,
            codings.c.method,
            codings.c.confidence,
            codings.c.status,
            codings.c.decided_by,
            codings.c.decided_at,
            codings.c.note,
            sentences.c.text.label("sentence"),
            sentences.c.start.label("sentence_start"),
            sentences.c.end.label("sentence_end"),
            sentences.c.page,
            sentences.c.ordinal,
        )
        .join(sentences, sentences.c.id == codings.c.sentence_id)
        .where(codings.c.codebook_id == codebook_id, codings.c.status.in_(wanted))
    )
    rows: list[dict[str, Any]] = []
    with store.engine.connect() as conn:
        for chunk in _chunks(review_ids, 500):
            rows.extend(
                dict(r)
                for r in conn.execute(query.where(codings.c.review_id.in_(chunk))).mappings()
            )
    rows.sort(key=lambda r: (r["review_id"], r["ordinal"], r["start"], r["theme"]))
    return rows


def review_records(store: Store, review_ids: list[int], codebook_id: str | None) -> list[dict]:
    """Reviews' metadata (with key-factor verdicts for the codebook, when coded) in id order."""
    with store.engine.connect() as conn:
        key = {}
        if codebook_id:
            key = dict(
                conn.execute(
                    select(review_scores.c.review_id, review_scores.c.key_factor).where(
                        review_scores.c.codebook_id == codebook_id
                    )
                ).all()
            )
        out = []
        for chunk in _chunks(sorted(review_ids), 500):
            for r in conn.execute(
                select(
                    reviews.c.id,
                    reviews.c.title,
                    reviews.c.filename,
                    reviews.c.path,
                    reviews.c.partnership,
                    reviews.c.area,
                    reviews.c.nation,
                    reviews.c.review_type,
                    reviews.c.year,
                    reviews.c.child_pseudonyms,
                    reviews.c.sha256,
                ).where(reviews.c.id.in_(chunk))
            ).mappings():
                record = dict(r)
                record["key_factor"] = bool(key[record["id"]]) if record["id"] in key else None
                out.append(record)
    return out


def review_texts(store: Store, review_ids: list[int]) -> Iterator[tuple[int, str]]:
    """(id, full text) one review at a time: a national library's texts do not fit in memory."""
    with store.engine.connect() as conn:
        for review_id in review_ids:
            yield (
                review_id,
                conn.execute(select(reviews.c.text).where(reviews.c.id == review_id)).scalar_one(),
            )


def sentence_spans(conn: Connection, review_id: int) -> list[tuple[int, int, int, str]]:
    """(sentence id, start, end, text) of a review's sentences in reading order."""
    return [
        tuple(r)
        for r in conn.execute(
            select(sentences.c.id, sentences.c.start, sentences.c.end, sentences.c.text)
            .where(sentences.c.review_id == review_id)
            .order_by(sentences.c.ordinal)
        )
    ]


def insert_decided_codings(
    conn: Connection, codebook: Codebook, review_id: int, rows: list[dict[str, Any]]
) -> int:
    """Analyst-decided codings from another tool, each with its 'add' decision in the audit trail
    (so the learned coder trains on them like on any analyst's decision). Caller's transaction."""
    for row in rows:
        theme = codebook.theme(row["theme"])
        stored = {
            "review_id": review_id,
            "sentence_id": row["sentence_id"],
            "codebook_id": codebook.id,
            "version": codebook.version,
            "matched": row["matched"],
        }
        coding_id = _insert_analyst_coding(
            conn,
            stored,
            theme.id,
            theme.category,
            row["start"],
            row["end"],
            row["user"],
            row["at"],
            row["note"],
        )
        conn.execute(
            insert(coding_decisions).values(
                coding_id=coding_id,
                review_id=review_id,
                sentence_id=row["sentence_id"],
                codebook_id=codebook.id,
                decision="add",
                theme=theme.id,
                previous_status="none",
                decided_by=row["user"],
                decided_at=row["at"],
                note=row["note"],
            )
        )
    if rows:
        _rescore(conn, review_id, codebook)
    return len(rows)


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)


def _chunks(items: list[int], size: int) -> Iterator[list[int]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]
