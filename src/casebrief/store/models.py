"""SQL for learned coders: storing and loading trained models, and the analysts' decisions they
learn from."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import delete, func, insert, select, tuple_
from sqlalchemy.exc import IntegrityError

from casebrief.store.repository import Store
from casebrief.store.schema import (
    background_jobs,
    coding_decisions,
    codings,
    models,
    reviews,
    sections,
    sentences,
)

PLACES_CHUNK = 400  # (review, place) pairs per SELECT: two bound parameters each
KEEP = 3  # models kept per codebook: the newest, and two to go back to
STALE_JOB = dt.timedelta(hours=1)  # a claim older than this is taken to be from a dead process


def claim_job(store: Store, name: str, owner: str) -> bool:
    """Claim a background job for this process; False when another holds a fresh claim. The
    primary key decides, so two processes never both win."""
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    try:
        with store.transaction() as conn:
            conn.execute(
                delete(background_jobs).where(
                    background_jobs.c.name == name, background_jobs.c.started_at < now - STALE_JOB
                )
            )
            conn.execute(insert(background_jobs).values(name=name, owner=owner, started_at=now))
        return True
    except IntegrityError:
        return False


def release_job(store: Store, name: str, owner: str) -> None:
    with store.transaction() as conn:
        conn.execute(
            delete(background_jobs).where(
                background_jobs.c.name == name, background_jobs.c.owner == owner
            )
        )


def job_running(store: Store, name: str) -> bool:
    with store.engine.connect() as conn:
        return (
            conn.execute(
                select(background_jobs.c.name).where(background_jobs.c.name == name)
            ).first()
            is not None
        )


def save_model(
    store: Store,
    codebook_id: str,
    codebook_version: int,
    fingerprint: str,
    blob: bytes,
    *,
    decisions_seen: int,
    summary: dict[str, Any],
) -> int:
    with store.transaction() as conn:
        model_id = conn.execute(
            insert(models).values(
                codebook_id=codebook_id,
                codebook_version=codebook_version,
                fingerprint=fingerprint,
                trained_at=dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0),
                decisions_seen=decisions_seen,
                summary=summary,
                blob=blob,
            )
        ).inserted_primary_key[0]
        old = select(models.c.id).where(models.c.codebook_id == codebook_id)
        keep = old.order_by(models.c.id.desc()).limit(KEEP)
        conn.execute(
            delete(models).where(
                models.c.codebook_id == codebook_id, models.c.id.not_in(keep.scalar_subquery())
            )
        )
        return model_id


def trained_versions(store: Store, codebook_id: str) -> list[int]:
    """The codebook versions some model was trained for."""
    with store.engine.connect() as conn:
        return list(
            conn.execute(
                select(models.c.codebook_version)
                .where(models.c.codebook_id == codebook_id)
                .distinct()
            ).scalars()
        )


def latest_model(
    store: Store, codebook_id: str, version: int, fingerprint: str | None = None
) -> dict[str, Any] | None:
    """The newest model trained for this codebook version (blob included), or None; with a
    fingerprint, the newest that has it (a model saved since is not taken by mistake)."""
    query = _newest(select(models), codebook_id, version)
    if fingerprint is not None:
        query = query.where(models.c.fingerprint == fingerprint)
    with store.engine.connect() as conn:
        row = conn.execute(query).mappings().first()
        return dict(row) if row else None


def latest_fingerprint(store: Store, codebook_id: str, version: int) -> str | None:
    """The newest model's fingerprint, read without its blob: unpickling a model takes seconds,
    and a coding run with nothing to do needs only to know which model is current."""
    with store.engine.connect() as conn:
        return conn.execute(
            _newest(select(models.c.fingerprint), codebook_id, version)
        ).scalar_one_or_none()


def _newest(query: Any, codebook_id: str, version: int) -> Any:
    return (
        query.where(models.c.codebook_id == codebook_id, models.c.codebook_version == version)
        .order_by(models.c.id.desc())
        .limit(1)
    )


def model_summaries(store: Store, codebook_id: str) -> list[dict[str, Any]]:
    with store.engine.connect() as conn:
        return [
            dict(r)
            for r in conn.execute(
                select(
                    models.c.id,
                    models.c.codebook_version,
                    models.c.fingerprint,
                    models.c.trained_at,
                    models.c.decisions_seen,
                    models.c.summary,
                )
                .where(models.c.codebook_id == codebook_id)
                .order_by(models.c.id.desc())
            ).mappings()
        ]


def decision_count(store: Store, codebook_id: str) -> int:
    """Every decision ever made on this codebook's codings: grows by one per decision, so a
    model can tell how many it has not seen."""
    with store.engine.connect() as conn:
        return (
            conn.execute(
                select(func.count())
                .select_from(coding_decisions)
                .where(coding_decisions.c.codebook_id == codebook_id)
            ).scalar()
            or 0
        )


def decided_sentences(store: Store, codebook_id: str) -> list[dict[str, Any]]:
    """Each sentence an analyst decided on, with its theme labels: accepted (or added) codings
    say yes to their theme, rejected ones no; yes wins when both were said of one theme. In
    reading order, review by review, each with its place in the review (`ordinal`)."""
    query = (
        select(
            sentences.c.id,
            sentences.c.text,
            sentences.c.ordinal,
            reviews.c.filename,
            reviews.c.id,
            sections.c.kind,
            codings.c.theme,
            codings.c.status,
        )
        .select_from(
            _with_section(
                codings.join(sentences, sentences.c.id == codings.c.sentence_id).join(
                    reviews, reviews.c.id == codings.c.review_id
                )
            )
        )
        .where(codings.c.codebook_id == codebook_id, codings.c.status != "suggested")
        .order_by(reviews.c.filename, reviews.c.id, sentences.c.ordinal, codings.c.id)
    )
    out: dict[int, dict[str, Any]] = {}
    with store.engine.connect() as conn:
        for sid, text, ordinal, filename, review_id, kind, theme, status in conn.execute(query):
            entry = out.setdefault(
                sid, _place(text, filename, review_id, kind, ordinal) | {"labels": {}}
            )
            entry["labels"][theme] = entry["labels"].get(theme, False) or status == "accepted"
    return list(out.values())


def sentences_at(store: Store, places: list[tuple[int, int]]) -> list[dict[str, Any]]:
    """The sentences at the given (review id, place in the review), with the review's file name
    and the section kind; places no sentence holds are skipped."""
    query = select(
        sentences.c.text,
        sentences.c.ordinal,
        sentences.c.review_id,
        reviews.c.filename,
        sections.c.kind,
    ).select_from(_with_section(sentences.join(reviews, reviews.c.id == sentences.c.review_id)))
    out = []
    with store.engine.connect() as conn:
        for i in range(0, len(places), PLACES_CHUNK):
            chunk = places[i : i + PLACES_CHUNK]
            rows = conn.execute(
                query.where(tuple_(sentences.c.review_id, sentences.c.ordinal).in_(chunk))
            )
            out += [
                _place(text, filename, review_id, kind, ordinal)
                for text, ordinal, review_id, filename, kind in rows
            ]
    return out


def _with_section(joined: Any) -> Any:
    """The join, with each sentence's section (outer: a sentence outside any section keeps None)."""
    return joined.outerjoin(
        sections,
        (sections.c.review_id == sentences.c.review_id)
        & (sections.c.ordinal == sentences.c.section),
    )


def _place(text: str, filename: str, review_id: int, kind: str | None, ordinal: int) -> dict:
    """A sentence as learning reads it: its text, review and place, and its section's kind."""
    return {
        "text": text,
        "file": filename,
        "review": review_id,
        "section": kind,
        "ordinal": ordinal,
    }
