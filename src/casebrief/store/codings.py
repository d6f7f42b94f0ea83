"""SQL for thematic coding: codebooks, codings, analyst decisions carried over, review scores."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import Connection, and_, delete, func, insert, select, text, update

from casebrief.codebook import Codebook
from casebrief.coding.coder import CODING_RULES_REVISION, Coding, SentenceToCode
from casebrief.coding.matcher import mention_finder
from casebrief.coding.scoring import (
    MODEL_EVIDENCE,
    Evidence,
    ReviewScore,
    key_evidence_sentences,
    score_review,
)
from casebrief.errors import UsageError
from casebrief.store.repository import DriverSQL, Store
from casebrief.store.schema import (
    codebooks,
    coding_runs,
    codings,
    review_scores,
    reviews,
    sections,
    sentences,
)


def lock_review(conn: Connection, review_id: int) -> None:
    """Serialise writers of one review's codings and scores until the transaction ends: a
    re-coding and an analyst's decision on the same review never interleave (a row lock on
    PostgreSQL; SQLite lets one writer at a time into the whole database anyway)."""
    conn.execute(select(reviews.c.id).where(reviews.c.id == review_id).with_for_update())


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def register_codebook(store: Store, codebook: Codebook) -> str | None:
    """Record the codebook; returns a warning when its text changed but its version did not."""
    definition = codebook.model_dump(mode="json")
    with store.transaction() as conn:
        row = (
            conn.execute(select(codebooks).where(codebooks.c.id == codebook.id)).mappings().first()
        )
        values = dict(
            version=codebook.version,
            title=codebook.title,
            sha256=codebook.sha256,
            source=codebook.source,
            definition=definition,
            loaded_at=_now(),
        )
        if row is None:
            conn.execute(insert(codebooks).values(id=codebook.id, **values))
            return None
        if row["version"] == codebook.version and row["sha256"] != codebook.sha256:
            return (
                f"Codebook {codebook.id!r} changed since it was last used, but its version is still "
                f"{codebook.version}: reviews already coded keep their codings. Raise `version` to re-code them."
            )
        if row["version"] != codebook.version:
            conn.execute(update(codebooks).where(codebooks.c.id == codebook.id).values(**values))
    return None


def reviews_to_suggest(store: Store, codebook: Codebook, model: str | None) -> list[int]:
    """Reviews coded with this codebook version and the current coding rules whose model
    suggestions came from another learned model (or from none, when `model` is one; from one,
    when `model` is None)."""
    with store.engine.connect() as conn:
        return list(
            conn.execute(
                select(coding_runs.c.review_id)
                .where(
                    coding_runs.c.codebook_id == codebook.id,
                    coding_runs.c.version == codebook.version,
                    coding_runs.c.rules == CODING_RULES_REVISION,
                    coding_runs.c.model.is_not(None)
                    if model is None
                    else coding_runs.c.model.is_distinct_from(model),
                )
                .order_by(coding_runs.c.review_id)
            ).scalars()
        )


def child_age_and_gender(conn: Connection, review_id: int) -> tuple[str | None, str | None]:
    """The review's child age and gender, as read or as an analyst corrected them."""
    row = conn.execute(
        select(reviews.c.child_age, reviews.c.child_gender).where(reviews.c.id == review_id)
    ).one()
    return row.child_age, row.child_gender


def lexicon_keys(conn: Connection, review_id: int, codebook_id: str) -> set[tuple[int, str]]:
    """(sentence id, theme) of a review's codebook codings: the model does not suggest these."""
    return set(
        map(
            tuple,
            conn.execute(
                select(codings.c.sentence_id, codings.c.theme).where(
                    codings.c.review_id == review_id,
                    codings.c.codebook_id == codebook_id,
                    codings.c.method == "lexicon",
                )
            ),
        )
    )


def reviews_to_code(store: Store, codebook: Codebook) -> list[int]:
    """Reviews not yet coded with this codebook version under the current coding rules."""
    with store.engine.connect() as conn:
        coded = select(coding_runs.c.review_id).where(
            coding_runs.c.codebook_id == codebook.id,
            coding_runs.c.version == codebook.version,
            coding_runs.c.rules == CODING_RULES_REVISION,
        )
        return list(
            conn.execute(
                select(reviews.c.id).where(reviews.c.id.not_in(coded)).order_by(reviews.c.id)
            ).scalars()
        )


def coded_under_older_rules(store: Store, codebook: Codebook) -> int:
    """Reviews coded with this codebook version under an earlier revision of the coding rules:
    `reviews_to_code` returns them, and the user is told why they are coded again."""
    with store.engine.connect() as conn:
        return conn.execute(
            select(func.count())
            .select_from(coding_runs)
            .where(
                coding_runs.c.codebook_id == codebook.id,
                coding_runs.c.version == codebook.version,
                coding_runs.c.rules.is_distinct_from(CODING_RULES_REVISION),
            )
        ).scalar_one()


def sentences_for_coding(
    conn: Connection, review_id: int
) -> tuple[list[str], list[SentenceToCode]]:
    names = (
        conn.execute(select(reviews.c.child_pseudonyms).where(reviews.c.id == review_id)).scalar()
        or []
    )
    rows = conn.execute(
        text(
            "SELECT s.id, s.text, coalesce(sec.kind, 'other') FROM sentences s "
            "LEFT JOIN sections sec ON sec.review_id = s.review_id AND sec.ordinal = s.section "
            "WHERE s.review_id = :r ORDER BY s.ordinal"
        ),
        {"r": review_id},
    ).all()
    return list(names), [SentenceToCode(*r) for r in rows]


def save_review_codings(
    store: Store,
    review_id: int,
    codebook: Codebook,
    found: list[Coding],
    suggested: list[Coding] = (),  # type: ignore[assignment]
    *,
    model: str | None = None,
) -> ReviewScore:
    """Replace a review's machine codings for a codebook in one transaction: `found` from the
    codebook, `suggested` from the learned model. Analyst decisions on a codebook coding carry
    over to the same sentence and theme; model codings an analyst decided on are kept as they
    are (a retrained model never undoes a decision); codings analysts added are kept."""
    with store.transaction() as conn:
        lock_review(conn, review_id)
        kept_model = set(
            map(
                tuple,
                conn.execute(
                    select(codings.c.sentence_id, codings.c.theme).where(
                        codings.c.review_id == review_id,
                        codings.c.codebook_id == codebook.id,
                        codings.c.method == "model",
                        codings.c.status != "suggested",
                    )
                ),
            )
        )
        decisions = {
            (r.sentence_id, r.theme): r
            for r in conn.execute(
                select(
                    codings.c.sentence_id,
                    codings.c.theme,
                    codings.c.status,
                    codings.c.decided_by,
                    codings.c.decided_at,
                    codings.c.note,
                ).where(
                    codings.c.review_id == review_id,
                    codings.c.codebook_id == codebook.id,
                    codings.c.method == "lexicon",
                    codings.c.status != "suggested",
                )
            )
        }
        conn.execute(
            delete(codings).where(
                codings.c.review_id == review_id,
                codings.c.codebook_id == codebook.id,
                (codings.c.method == "lexicon")
                | ((codings.c.method == "model") & (codings.c.status == "suggested")),
            )
        )
        rows = []
        machine = [(c, "lexicon") for c in found] + [
            (c, "model") for c in suggested if (c.sentence_id, c.theme) not in kept_model
        ]
        for c, method in machine:
            decided = decisions.get((c.sentence_id, c.theme)) if method == "lexicon" else None
            rows.append(
                (
                    review_id,
                    c.sentence_id,
                    codebook.id,
                    codebook.version,
                    c.theme,
                    c.category,
                    c.start,
                    c.end,
                    c.matched,
                    c.pattern,
                    int(c.negated),
                    int(c.hedged),
                    int(c.generic),
                    int(c.practice),
                    method,
                    c.confidence,
                    decided.status if decided else "suggested",
                    decided.decided_by if decided else None,
                    str(decided.decided_at) if decided and decided.decided_at else None,
                    decided.note if decided else None,
                )
            )
        if rows:
            DriverSQL(conn).executemany(
                'INSERT INTO codings (review_id, sentence_id, codebook_id, version, theme, category, start, "end", '
                "matched, pattern, negated, hedged, generic, practice, method, confidence, status, decided_by, "
                "decided_at, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
        score = _rescore(conn, review_id, codebook)
        _replace_row(
            conn,
            coding_runs,
            review_id,
            codebook.id,
            version=codebook.version,
            sha256=codebook.sha256,
            coded_at=_now(),
            model=model,
            rules=CODING_RULES_REVISION,
        )
        return score


def save_model_suggestions(
    store: Store,
    review_id: int,
    codebook: Codebook,
    suggested: list[Coding],
    *,
    model: str | None,
) -> ReviewScore:
    """A new model's suggestions for a review coded with this codebook version: suggestions it
    makes again keep their row (and id) with the new probability, others go, new ones come;
    decided codings stay as they are."""
    with store.transaction() as conn:
        lock_review(conn, review_id)
        rows = conn.execute(
            select(codings.c.id, codings.c.sentence_id, codings.c.theme, codings.c.status).where(
                codings.c.review_id == review_id,
                codings.c.codebook_id == codebook.id,
                codings.c.method == "model",
            )
        ).all()
        existing = {(r.sentence_id, r.theme): r for r in rows}
        wanted = {(c.sentence_id, c.theme): c for c in suggested}
        stale = [
            r.id for key, r in existing.items() if r.status == "suggested" and key not in wanted
        ]
        if stale:
            conn.execute(delete(codings).where(codings.c.id.in_(stale)))
        for key, c in wanted.items():
            row = existing.get(key)
            values = dict(
                start=c.start,
                end=c.end,
                matched=c.matched,
                negated=int(c.negated),
                hedged=int(c.hedged),
                generic=int(c.generic),
                practice=int(c.practice),
                confidence=c.confidence,
            )
            if row is None:
                conn.execute(
                    insert(codings).values(
                        review_id=review_id,
                        sentence_id=c.sentence_id,
                        codebook_id=codebook.id,
                        version=codebook.version,
                        theme=c.theme,
                        category=c.category,
                        pattern=c.pattern,
                        method="model",
                        status="suggested",
                        **values,
                    )
                )
            elif row.status == "suggested":
                conn.execute(update(codings).where(codings.c.id == row.id).values(**values))
        conn.execute(
            update(coding_runs)
            .where(coding_runs.c.review_id == review_id, coding_runs.c.codebook_id == codebook.id)
            .values(model=model, coded_at=_now())  # coded_at: library-wide caches notice
        )
        return _rescore(conn, review_id, codebook)


def _replace_row(conn: Connection, table, review_id: int, codebook_id: str, **values: Any) -> None:
    """The one row per (review, codebook) of `table`, written anew."""
    key = (table.c.review_id == review_id, table.c.codebook_id == codebook_id)
    conn.execute(delete(table).where(*key))
    conn.execute(insert(table).values(review_id=review_id, codebook_id=codebook_id, **values))


def rescore(store: Store, review_id: int, codebook: Codebook) -> ReviewScore:
    with store.transaction() as conn:
        return _rescore(conn, review_id, codebook)


def _mentioning(conn: Connection, codebook: Codebook, evidence: list[Evidence]) -> set[int] | None:
    """The key-factor evidence sentences that name what the rule requires (None if nothing is
    required): only those sentences' text is read. A sentence an analyst accepted evidence in
    stands for itself."""
    if not codebook.key_factor.requires_mention:
        return None
    candidates = key_evidence_sentences(codebook, evidence)
    accepted = key_evidence_sentences(codebook, (e for e in evidence if e.status == "accepted"))
    unread = candidates - accepted
    if not unread:
        return accepted
    mentions = mention_finder(codebook)
    rows = conn.execute(select(sentences.c.id, sentences.c.text).where(sentences.c.id.in_(unread)))
    return accepted | {sid for sid, text in rows if mentions(text)}


def _rescore(conn: Connection, review_id: int, codebook: Codebook) -> ReviewScore:
    theme_ids = {t.id for t in codebook.themes}
    evidence = [
        Evidence(
            sentence_id,
            theme,
            category,
            kind or "other",
            bool(negated),
            bool(hedged),
            bool(generic),
            status,
            method,
            confidence,
        )
        # Unpacked rather than read by attribute: a national store re-scores 470,000 codings.
        for (
            sentence_id,
            theme,
            category,
            negated,
            hedged,
            generic,
            status,
            kind,
            method,
            confidence,
        ) in conn.execute(
            select(
                codings.c.sentence_id,
                codings.c.theme,
                codings.c.category,
                codings.c.negated,
                codings.c.hedged,
                codings.c.generic,
                codings.c.status,
                sections.c.kind,
                codings.c.method,
                codings.c.confidence,
            )
            .select_from(
                codings.join(sentences, sentences.c.id == codings.c.sentence_id).outerjoin(
                    sections,
                    and_(
                        sections.c.review_id == sentences.c.review_id,
                        sections.c.ordinal == sentences.c.section,
                    ),
                )
            )
            .where(codings.c.review_id == review_id, codings.c.codebook_id == codebook.id)
        )
        if theme in theme_ids
    ]
    kinds = conn.execute(
        select(sections.c.kind).where(sections.c.review_id == review_id).distinct()
    ).scalars()
    sentence_count = conn.execute(
        select(func.count()).select_from(sentences).where(sentences.c.review_id == review_id)
    ).scalar_one()
    score = score_review(
        codebook,
        evidence,
        {kind or "other" for kind in kinds},
        sentence_count,
        _mentioning(conn, codebook, evidence),
    )
    _replace_row(
        conn,
        review_scores,
        review_id,
        codebook.id,
        version=codebook.version,
        key_factor=int(score.key_factor),
        score=score.score,
        reasons=score.reasons,
        theme_counts=score.theme_counts,
    )
    return score


def screening(store: Store, codebook_id: str) -> list[dict[str, Any]]:
    with store.engine.connect() as conn:
        rows = conn.execute(
            select(
                reviews.c.id,
                reviews.c.title,
                reviews.c.filename,
                reviews.c.year,
                reviews.c.review_type,
                reviews.c.area,
                review_scores.c.key_factor,
                review_scores.c.score,
                review_scores.c.reasons,
                review_scores.c.theme_counts,
                review_scores.c.version,
            )
            .join(review_scores, review_scores.c.review_id == reviews.c.id)
            .where(review_scores.c.codebook_id == codebook_id)
            .order_by(review_scores.c.key_factor.desc(), review_scores.c.score.desc(), reviews.c.id)
        ).mappings()
        return [dict(r) | {"key_factor": bool(r["key_factor"])} for r in rows]


def review_score(store: Store, review_id: int, codebook_id: str) -> dict[str, Any] | None:
    with store.engine.connect() as conn:
        row = (
            conn.execute(
                select(review_scores).where(
                    review_scores.c.review_id == review_id,
                    review_scores.c.codebook_id == codebook_id,
                )
            )
            .mappings()
            .first()
        )
    return dict(row) | {"key_factor": bool(row["key_factor"])} if row else None


def review_codings(
    store: Store, review_id: int, codebook_id: str, theme: str | None = None
) -> list[dict[str, Any]]:
    query = (
        select(
            codings.c.id,
            codings.c.sentence_id,
            codings.c.theme,
            codings.c.category,
            codings.c.start,
            codings.c.end,
            codings.c.matched,
            codings.c.pattern,
            codings.c.negated,
            codings.c.hedged,
            codings.c.generic,
            codings.c.practice,
            codings.c.method,
            codings.c.confidence,
            codings.c.status,
            codings.c.decided_by,
            codings.c.note,
            sentences.c.text,
            sentences.c.page,
            sentences.c.ordinal,
            sentences.c.section.label("section_ordinal"),
            sections.c.kind.label("section_kind"),
            sections.c.heading.label("section"),
        )
        .select_from(
            codings.join(sentences, sentences.c.id == codings.c.sentence_id).outerjoin(
                sections,
                and_(
                    sections.c.review_id == sentences.c.review_id,
                    sections.c.ordinal == sentences.c.section,
                ),
            )
        )
        .where(codings.c.review_id == review_id, codings.c.codebook_id == codebook_id)
        .order_by(sentences.c.ordinal, codings.c.start, codings.c.theme)
    )
    if theme:
        query = query.where(codings.c.theme == theme)
    with store.engine.connect() as conn:
        out = []
        for r in conn.execute(query).mappings():
            row = dict(r)
            for flag in ("negated", "hedged", "generic", "practice"):
                row[flag] = bool(row[flag])
            out.append(row)
        return out


def codebook_definition(store: Store, codebook_id: str) -> dict[str, Any] | None:
    with store.engine.connect() as conn:
        value = conn.execute(
            select(codebooks.c.definition).where(codebooks.c.id == codebook_id)
        ).scalar()
        return json.loads(value) if isinstance(value, str) else value


def stored_codebook(conn: Connection, codebook_id: str) -> Codebook:
    """The codebook as it was when the store was coded, for rescoring without its YAML file."""
    value = conn.execute(
        select(codebooks.c.definition).where(codebooks.c.id == codebook_id)
    ).scalar()
    if value is None:
        raise UsageError(
            f"No reviews are coded with codebook {codebook_id!r}; run `casebrief code --codebook {codebook_id}`."
        )
    return Codebook.model_validate(json.loads(value) if isinstance(value, str) else value)


def coded_codebooks(store: Store) -> list[dict[str, Any]]:
    """Codebooks the store has been coded with, the shipped online-harm one first."""
    with store.engine.connect() as conn:
        rows = [
            dict(r)
            for r in conn.execute(
                select(codebooks.c.id, codebooks.c.title, codebooks.c.version)
            ).mappings()
        ]
    return sorted(rows, key=lambda r: (r["id"] != "online-harm", r["id"]))


def choose_codebook(store: Store, wanted: str | None) -> dict[str, Any] | None:
    """The codebook a view shows: the one asked for, else online-harm, else the first coded;
    None when nothing is coded."""
    coded = coded_codebooks(store)
    if wanted:
        for book in coded:
            if book["id"] == wanted:
                return book
        raise UsageError(
            f"No reviews are coded with codebook {wanted!r}; coded: "
            f"{', '.join(b['id'] for b in coded) or 'none'}."
        )
    return coded[0] if coded else None


def sentence_sections(store: Store) -> dict[tuple[str, str], str]:
    """(file name, sentence text) -> section kind, to code gold sentences as they were ingested."""
    with store.engine.connect() as conn:
        rows = conn.execute(
            select(reviews.c.filename, sentences.c.text, sections.c.kind).select_from(
                sentences.join(reviews, reviews.c.id == sentences.c.review_id).outerjoin(
                    sections,
                    and_(
                        sections.c.review_id == sentences.c.review_id,
                        sections.c.ordinal == sentences.c.section,
                    ),
                )
            )
        )
        return {(f, t): k or "other" for f, t, k in rows}


def count_codings(store: Store, codebook_id: str) -> int:
    with store.engine.connect() as conn:
        return (
            conn.execute(
                select(func.count())
                .select_from(codings)
                .where(codings.c.codebook_id == codebook_id)
            ).scalar()
            or 0
        )


def codings_for_reviews(
    store: Store, codebook_id: str, review_ids: list[int]
) -> list[dict[str, Any]]:
    """Every coding of the given reviews that could count as evidence (not rejected; negated ones
    and the model's mere possibilities only if an analyst accepted them), with its sentence, page, section and review, in a stable
    order. What briefings are built from; read with the DB-API directly, since a national-scale
    selection has hundreds of thousands of rows."""
    if not review_ids:
        return []
    columns = (
        "review_id",
        "sentence_id",
        "theme",
        "category",
        "start",
        "end",
        "negated",
        "hedged",
        "generic",
        "practice",
        "confidence",
        "status",
        "text",
        "page",
        "ordinal",
        "section_kind",
    )
    ids = ",".join(str(int(i)) for i in review_ids)
    sql = (
        'SELECT c.review_id, c.sentence_id, c.theme, c.category, c.start, c."end", c.negated, c.hedged, '
        "c.generic, c.practice, c.confidence, c.status, s.text, s.page, s.ordinal, sec.kind "
        "FROM codings c JOIN sentences s ON s.id = c.sentence_id "
        "LEFT JOIN sections sec ON sec.review_id = s.review_id AND sec.ordinal = s.section "
        f"WHERE c.codebook_id = ? AND c.review_id IN ({ids}) AND c.status != 'rejected' "
        "AND (c.negated = 0 OR c.status = 'accepted') "
        # not a possibility: coding.scoring.is_possible, in SQL (a test holds the two together)
        "AND NOT (c.method = 'model' AND c.status = 'suggested' AND c.confidence < ?)"
    )
    with store.engine.connect() as conn:
        rows = DriverSQL(conn).execute(sql, (codebook_id, MODEL_EVIDENCE)).fetchall()
    rows.sort(
        key=lambda r: (r[0], r[14], r[4], r[2])
    )  # review, sentence, span, theme: cheaper than ORDER BY
    return [dict(zip(columns, row, strict=True)) for row in rows]


def last_coded(store: Store, codebook_id: str) -> dt.datetime | None:
    with store.engine.connect() as conn:
        return conn.execute(
            select(func.max(coding_runs.c.coded_at)).where(coding_runs.c.codebook_id == codebook_id)
        ).scalar()


def opening_sentences(store: Store, review_ids: list[int], limit: int = 3) -> dict[int, list[str]]:
    """The first sentences of each review's introduction: why the review was commissioned."""
    if not review_ids:
        return {}
    ids = ",".join(str(int(i)) for i in review_ids)
    sql = (
        "SELECT review_id, text FROM (SELECT s.review_id, s.text, ROW_NUMBER() OVER "
        "(PARTITION BY s.review_id ORDER BY s.ordinal) AS n FROM sentences s JOIN sections sec "
        "ON sec.review_id = s.review_id AND sec.ordinal = s.section "
        f"WHERE s.review_id IN ({ids}) AND sec.kind IN ('introduction', 'summary')) "
        "AS ranked WHERE n <= ? ORDER BY review_id, n"
    )
    out: dict[int, list[str]] = {int(i): [] for i in review_ids}
    with store.engine.connect() as conn:
        for review_id, text in DriverSQL(conn).execute(sql, (limit,)):
            out[review_id].append(text)
    return out
