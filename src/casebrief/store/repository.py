"""Store: reviews, pages, sections and sentences, written one review per transaction."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, create_engine, delete, event, func, or_, select, update
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DatabaseError, OperationalError

from casebrief.errors import ReviewNotFound, UsageError
from casebrief.model import ParsedReview
from casebrief.store import schema
from casebrief.store.schema import files, pages, reviews, sections, sentences
from casebrief.store.search_sqlite import SqliteSearch

REVIEW_COLUMNS = [
    reviews.c.id,
    reviews.c.title,
    reviews.c.filename,
    reviews.c.path,
    reviews.c.format,
    reviews.c.partnership,
    reviews.c.area,
    reviews.c.nation,
    reviews.c.review_type,
    reviews.c.year,
    reviews.c.child_pseudonyms,
    reviews.c.child_age,
    reviews.c.child_gender,
    reviews.c.n_pages,
    reviews.c.n_sentences,
    reviews.c.n_chars,
    reviews.c.sha256,
    reviews.c.ingested_at,
]


# A file's record and what the review it holds is stored without (see ParsedReview.unread).
_FILE_RECORDS = select(files, reviews.c.unread).outerjoin(
    reviews, files.c.review_id == reviews.c.id
)


def run_sql(conn: Connection, sql: str, params: tuple | list = ()):
    """Plain SQL with '?' placeholders on either backend, as a SQLAlchemy result. For the few
    queries clearer (or faster) as SQL than as expressions; the SQL itself must be portable."""
    if conn.dialect.name == "postgresql":
        sql = sql.replace("%", "%%").replace("?", "%s")  # psycopg's placeholders; % is modulo
    return conn.exec_driver_sql(sql, tuple(params))


def json_value(value: Any, empty: Any = None) -> Any:
    """A JSON column read with plain SQL: text on SQLite, already decoded on PostgreSQL."""
    if value is None or value == "":
        return empty
    return json.loads(value) if isinstance(value, str | bytes) else value


class DriverSQL:
    """The DB-API connection under a SQLAlchemy one, with '?' placeholders on both backends: for
    bulk writes where SQLAlchemy's per-row processing would be the slowest step."""

    def __init__(self, conn: Connection) -> None:
        self.dbapi = conn.connection.driver_connection
        self.postgres = conn.dialect.name == "postgresql"

    def execute(self, sql: str, params: tuple | list = ()):
        if not self.postgres:
            return self.dbapi.execute(sql, params)
        cursor = self.dbapi.cursor()
        if params:
            cursor.execute(sql.replace("%", "%%").replace("?", "%s"), tuple(params))
        else:
            cursor.execute(sql)
        return cursor

    def executemany(self, sql: str, rows: list) -> None:
        if not self.postgres:
            self.dbapi.executemany(sql, rows)
            return
        with self.dbapi.cursor() as cursor:
            cursor.executemany(sql.replace("%", "%%").replace("?", "%s"), rows)


def _timestamp() -> str:
    """UTC now, in the text form SQLAlchemy's SQLite DateTime type reads back."""
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def engine_url(url: str) -> str:
    """The SQLAlchemy URL for a user's store URL: SQLite files, or PostgreSQL through psycopg 3."""
    for prefix in ("postgresql://", "postgres://", "postgresql+psycopg2://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    if url.startswith(("sqlite", "postgresql+psycopg://")):
        return url
    raise UsageError(
        f"Unsupported database URL {redact(url)!r}: give a SQLite file path, or "
        "postgresql://user@host/database, with --db or CASEBRIEF_DB."
    )


def redact(url: str) -> str:
    """A URL fit for messages: without its password."""
    return re.sub(r"(://[^:/@]+):[^@]*@", r"\1:***@", url)


class Store:
    """Open (and create or check) the database at `url`: SQLite by default, PostgreSQL for a team."""

    def __init__(self, url: str) -> None:
        self.url = engine_url(url)
        self.backend = "postgresql" if self.url.startswith("postgresql") else "sqlite"
        if self.backend == "postgresql":
            from casebrief.store.search_postgres import PostgresSearch

            # A pool per process: web workers and CLI runs each keep a few connections open.
            self.engine: Engine = create_engine(
                self.url, pool_size=5, max_overflow=10, pool_pre_ping=True
            )
            self.search_backend = PostgresSearch()
        else:
            self.engine = create_engine(self.url)
            event.listen(self.engine, "connect", _sqlite_pragmas)
            self.search_backend = SqliteSearch()
        try:
            self._prepare()
        except OperationalError as exc:
            if self.backend == "postgresql":
                raise UsageError(
                    f"Cannot use the PostgreSQL store {redact(url)}: {str(exc.orig).strip()}. "
                    "Is the server running, and does the database exist (createdb)?"
                ) from exc
            raise UsageError(f"{self.where}: cannot be opened ({exc.orig}).") from exc
        except DatabaseError as exc:
            raise UsageError(f"{self.where}: not a casebrief database ({exc.orig}).") from exc

    @property
    def where(self) -> str:
        """The store as users name it: a file path, or the URL without its password."""
        return redact(self.url.removeprefix("sqlite:///").replace("+psycopg", ""))

    def _prepare(self) -> None:
        """Create or upgrade the database to this version's schema, safely when several
        processes open a new store at the same moment (see migrate.upgrade)."""
        from casebrief.store.migrate import upgrade

        upgrade(self.engine, self.where)

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        with self.engine.begin() as conn:
            yield conn

    # -- files ---------------------------------------------------------------------------
    def file_record(self, path: str) -> dict[str, Any] | None:
        """A file's record, with `unread`: what the review it holds is stored without."""
        with self.engine.connect() as conn:
            row = conn.execute(_FILE_RECORDS.where(files.c.path == path)).mappings().first()
            return dict(row) if row else None

    def file_records(self) -> dict[str, dict[str, Any]]:
        with self.engine.connect() as conn:
            return {r["path"]: dict(r) for r in conn.execute(_FILE_RECORDS).mappings()}

    def review_id_for_hash(self, sha256: str) -> int | None:
        with self.engine.connect() as conn:
            return conn.execute(select(reviews.c.id).where(reviews.c.sha256 == sha256)).scalar()

    def sha_for_review(self, review_id: int) -> str | None:
        with self.engine.connect() as conn:
            return conn.execute(select(reviews.c.sha256).where(reviews.c.id == review_id)).scalar()

    def record_file(
        self,
        conn: Connection,
        path: str,
        *,
        sha256: str | None,
        size: int,
        mtime_ns: int,
        status: str,
        message: str | None,
        review_id: int | None,
    ) -> None:
        DriverSQL(conn).execute(
            "INSERT INTO files (path, sha256, size, mtime_ns, status, message, review_id, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (path) DO UPDATE SET sha256 = excluded.sha256, "
            "size = excluded.size, mtime_ns = excluded.mtime_ns, status = excluded.status, "
            "message = excluded.message, review_id = excluded.review_id, updated_at = excluded.updated_at",
            (path, sha256, size, mtime_ns, status, message, review_id, _timestamp()),
        )

    def record_failure(
        self, path: str, *, size: int, mtime_ns: int, status: str, message: str
    ) -> None:
        """Remember a failed file without touching any review already stored for that path. A
        review stored with pages left unread keeps its record as it is, so the next run that can
        read them tries again (a failed re-read, such as an OCR timeout, must not lose that)."""
        with self.transaction() as conn:
            row = conn.execute(_FILE_RECORDS.where(files.c.path == path)).first()
            if row and row.status == "ingested" and row.unread:
                return
            old = row.review_id if row else None
            self.record_file(
                conn,
                path,
                sha256=None,
                size=size,
                mtime_ns=mtime_ns,
                status=status,
                message=message,
                review_id=old,
            )

    # -- reviews -------------------------------------------------------------------------
    def save_review(self, parsed: ParsedReview, path: str, mtime_ns: int) -> tuple[int, bool]:
        """Store a parsed review for `path` in one transaction, replacing the review the path held
        before. Returns (review id, replaced an older version)."""
        with self.transaction() as conn:
            old = conn.execute(_FILE_RECORDS.where(files.c.path == path)).first()
            old_id = old.review_id if old else None
            review_id = conn.execute(
                select(reviews.c.id).where(reviews.c.sha256 == parsed.sha256)
            ).scalar()
            # The same file read again after pages were left unread (see Document.warnings): the
            # new reading replaces the stored one, for every path that holds it.
            reread = (
                review_id is not None
                and review_id == old_id
                and (old.status, bool(old.unread)) == ("ingested", True)
            )
            if reread:
                conn.execute(
                    update(reviews).where(reviews.c.id == old_id).values(sha256=f"re-read:{old_id}")
                )
            if review_id is None or reread:
                review_id = self._insert_review(conn, parsed)
            if reread:
                conn.execute(
                    update(files).where(files.c.review_id == old_id).values(review_id=review_id)
                )
            self.record_file(
                conn,
                path,
                sha256=parsed.sha256,
                size=parsed.size,
                mtime_ns=mtime_ns,
                status="ingested",
                message="\n".join(parsed.warnings) or None,
                review_id=review_id,
            )
            replaced = old_id is not None and old_id != review_id
            if replaced:
                from casebrief.store.corrections import carry_over

                carry_over(conn, old_id, review_id)  # analysts' corrections outlive the file
                self._delete_if_orphan(conn, old_id)
            return review_id, replaced

    def link_file(self, path: str, review_id: int, sha256: str, size: int, mtime_ns: int) -> None:
        with self.transaction() as conn:
            old_id = conn.execute(select(files.c.review_id).where(files.c.path == path)).scalar()
            self.record_file(
                conn,
                path,
                sha256=sha256,
                size=size,
                mtime_ns=mtime_ns,
                status="ingested",
                message=None,
                review_id=review_id,
            )
            if old_id is not None and old_id != review_id:
                self._delete_if_orphan(conn, old_id)

    def _insert_review(self, conn: Connection, parsed: ParsedReview) -> int:
        # The DB-API directly: SQLAlchemy's per-statement and per-row processing would be the
        # slowest step of ingesting (measured in bench/ingest.py).
        raw = DriverSQL(conn)
        m = parsed.metadata
        cursor = raw.execute(
            "INSERT INTO reviews (sha256, path, filename, format, size, title, partnership, area, "
            "nation, review_type, year, child_pseudonyms, child_age, child_gender, metadata_sources, "
            "n_pages, n_sentences, n_chars, text, unread, ingested_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
            (
                parsed.sha256,
                parsed.path,
                parsed.path.rsplit("/", 1)[-1],
                parsed.format,
                parsed.size,
                m.title,
                m.partnership,
                m.area,
                m.nation,
                m.review_type,
                m.year,
                json.dumps(m.child_pseudonyms),
                m.child_age,
                m.child_gender,
                json.dumps({k: v.to_dict() for k, v in parsed.metadata_sources.items()}),
                len(parsed.pages),
                len(parsed.sentences),
                len(parsed.text),
                parsed.text,
                parsed.unread,
                _timestamp(),
            ),
        )
        review_id = cursor.fetchone()[0]
        raw.executemany(
            'INSERT INTO pages (review_id, number, start, "end", ocr_confidence) VALUES (?, ?, ?, ?, ?)',
            [(review_id, p.number, p.start, p.end, p.ocr_confidence) for p in parsed.pages],
        )
        raw.executemany(
            'INSERT INTO sections (review_id, ordinal, kind, heading, start, "end", page_start, '
            "page_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (review_id, s.ordinal, s.kind, s.heading, s.start, s.end, s.page_start, s.page_end)
                for s in parsed.sections
            ],
        )
        if parsed.sentences:
            if raw.postgres:  # a review's sentence ids must be consecutive (see search)
                raw.execute("LOCK TABLE sentences IN SHARE ROW EXCLUSIVE MODE")
            first_id = (raw.execute("SELECT max(id) FROM sentences").fetchone()[0] or 0) + 1
            raw.executemany(
                'INSERT INTO sentences (id, review_id, ordinal, section, page, start, "end", text) '
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (first_id + i, review_id, i, s.section, s.page, s.start, s.end, s.text)
                    for i, s in enumerate(parsed.sentences)
                ],
            )
            self.search_backend.index_review(conn, review_id)
        return review_id

    def _delete_if_orphan(self, conn: Connection, review_id: int) -> None:
        still_used = conn.execute(
            select(func.count()).select_from(files).where(files.c.review_id == review_id)
        ).scalar()
        if still_used:
            return
        self.search_backend.unindex_review(conn, review_id)
        for table in (sentences, sections, pages):
            conn.execute(delete(table).where(table.c.review_id == review_id))
        conn.execute(delete(reviews).where(reviews.c.id == review_id))

    def list_reviews(
        self,
        *,
        year: tuple[int, int] | None = None,
        review_type: str | None = None,
        area: str | None = None,
    ) -> list[dict[str, Any]]:
        query = select(*REVIEW_COLUMNS).order_by(
            reviews.c.year.desc().nulls_last(), reviews.c.title
        )
        for clause in review_filters(year, review_type, area):
            query = query.where(clause)
        with self.engine.connect() as conn:
            return [dict(r) for r in conn.execute(query).mappings()]

    def get_review(self, review_id: int) -> dict[str, Any]:
        with self.engine.connect() as conn:
            row = (
                conn.execute(
                    select(*REVIEW_COLUMNS, reviews.c.metadata_sources, reviews.c.unread).where(
                        reviews.c.id == review_id
                    )
                )
                .mappings()
                .first()
            )
            if row is None:
                raise ReviewNotFound(
                    f"No review with id {review_id}; `casebrief list` shows the ids."
                )
            review = dict(row)
            review["metadata_sources"] = review["metadata_sources"] or {}
            review["sections"] = [
                dict(r)
                for r in conn.execute(
                    select(
                        sections.c.ordinal,
                        sections.c.kind,
                        sections.c.heading,
                        sections.c.page_start,
                        sections.c.page_end,
                        sections.c.start,
                        sections.c.end,
                    )
                    .where(sections.c.review_id == review_id)
                    .order_by(sections.c.ordinal)
                ).mappings()
            ]
            review["files"] = list(
                conn.execute(
                    select(files.c.path)
                    .where(files.c.review_id == review_id)
                    .order_by(files.c.path)
                ).scalars()
            )
            # What was left unread (pages that needed OCR), as `ingest` said it.
            review["unread"] = (review["unread"] or "").splitlines()
            return review

    def resolve_review(self, ref: str) -> int:
        """A review id from its id, or a unique part of its title, pseudonym or file name."""
        ref = ref.strip()
        with self.engine.connect() as conn:
            if (
                ref.isdigit()
                and conn.execute(select(reviews.c.id).where(reviews.c.id == int(ref))).scalar()
            ):
                return int(ref)
            like = f"%{ref.lower()}%"
            rows = conn.execute(
                select(
                    reviews.c.id, reviews.c.title, reviews.c.filename, reviews.c.child_pseudonyms
                )
                .where(
                    or_(
                        func.lower(reviews.c.title).like(like),
                        func.lower(reviews.c.filename).like(like),
                        func.lower(func.cast(reviews.c.child_pseudonyms, schema.Text)).like(like),
                    )
                )
                .order_by(reviews.c.id)
            ).all()
        if not rows:
            raise ReviewNotFound(
                f"No review matches {ref!r}; `casebrief list` shows ids and titles."
            )
        exact = [
            r for r in rows if any(p.lower() == ref.lower() for p in (r.child_pseudonyms or []))
        ]
        if len(exact) == 1:
            return exact[0].id
        if len(rows) > 1:
            names = "; ".join(f"{r.id}: {r.title or r.filename}" for r in rows[:8])
            raise ReviewNotFound(
                f"{ref!r} matches {len(rows)} reviews ({names}{' ...' if len(rows) > 8 else ''}); "
                "use the id or a longer part of the title."
            )
        return rows[0].id

    def sentence_section(self, review_id: int, sentence_id: int) -> int | None:
        """The section a sentence of the review is in (None if it is not the review's)."""
        with self.engine.connect() as conn:
            return conn.execute(
                select(sentences.c.section).where(
                    sentences.c.id == sentence_id, sentences.c.review_id == review_id
                )
            ).scalar()

    def review_text(self, review_id: int) -> str:
        with self.engine.connect() as conn:
            return (
                conn.execute(select(reviews.c.text).where(reviews.c.id == review_id)).scalar() or ""
            )

    @staticmethod
    def generation(conn: Connection) -> tuple:
        """Changes whenever reviews, coding runs, analyst decisions or metadata corrections change, for caches of
        library-wide views. A replaced review gets a new id, so (count, max id) notices it."""
        return (
            str(conn.engine.url),
            *run_sql(
                conn,
                "SELECT (SELECT count(*) FROM reviews), (SELECT max(id) FROM reviews), "
                "(SELECT max(coded_at) FROM coding_runs), (SELECT max(id) FROM coding_decisions), "
                "(SELECT max(id) FROM metadata_corrections)",
            ).one(),
        )

    def counts(self) -> dict[str, int]:
        with self.engine.connect() as conn:
            return {
                "reviews": conn.execute(select(func.count()).select_from(reviews)).scalar() or 0,
                "sentences": conn.execute(select(func.count()).select_from(sentences)).scalar()
                or 0,
                "pages": conn.execute(select(func.count()).select_from(pages)).scalar() or 0,
            }

    def search(
        self,
        query: str,
        *,
        limit: int = 20,
        year: tuple[int, int] | None = None,
        review_type: str | None = None,
        area: str | None = None,
    ) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            try:
                return self.search_backend.search(
                    conn, query, limit=limit, filters=review_filters(year, review_type, area)
                )
            except OperationalError as exc:
                self.search_backend.raise_query_error(query, exc)
                raise


def review_filters(year: tuple[int, int] | None, review_type: str | None, area: str | None) -> list:
    from casebrief.metadata import REVIEW_TYPE_ALIASES

    clauses = []
    if year:
        clauses.append(reviews.c.year.between(year[0], year[1]))
    if review_type:
        wanted = REVIEW_TYPE_ALIASES.get(review_type.lower().strip(), review_type.lower().strip())
        clauses.append(func.lower(reviews.c.review_type).like(f"%{wanted}%"))
    if area:
        needle = f"%{area.lower().strip()}%"
        clauses.append(
            or_(
                func.lower(reviews.c.area).like(needle),
                func.lower(reviews.c.partnership).like(needle),
            )
        )
    return clauses


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()
