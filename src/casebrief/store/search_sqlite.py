"""Full-text search on SQLite FTS5: an external-content index over the sentences table."""

from __future__ import annotations

from typing import Any, NoReturn

from sqlalchemy import Connection, text

from casebrief import query as query_language
from casebrief.errors import QueryError

# Snippet markers from the Unicode private-use area: they cannot occur in report text, and
# renderers turn them into bold (terminal) or <mark> (HTML).
MARK_START = "\ue000"
MARK_END = "\ue001"


class SqliteSearch:
    def create(self, conn: Connection) -> None:
        conn.exec_driver_sql(
            "CREATE VIRTUAL TABLE IF NOT EXISTS sentences_fts USING fts5("
            "text, content='sentences', content_rowid='id', "
            "tokenize='porter unicode61 remove_diacritics 2')"
        )

    def index_review(self, conn: Connection, review_id: int) -> None:
        conn.execute(
            text(
                "INSERT INTO sentences_fts(rowid, text) SELECT id, text FROM sentences WHERE review_id = :r"
            ),
            {"r": review_id},
        )

    def unindex_review(self, conn: Connection, review_id: int) -> None:
        conn.execute(
            text(
                "INSERT INTO sentences_fts(sentences_fts, rowid, text) "
                "SELECT 'delete', id, text FROM sentences WHERE review_id = :r"
            ),
            {"r": review_id},
        )

    def search(
        self, conn: Connection, query: str, *, limit: int, filters: list
    ) -> list[dict[str, Any]]:
        """Rank first, then build snippets for the winners only: snippet() on every matching
        row would cost more than the ranking itself for common words."""
        match = query_language.to_fts5(query_language.parse(query))
        params: dict[str, Any] = {"match": match, "limit": max(1, min(limit, 1000))}
        if filters:
            compiled = [
                f.compile(dialect=conn.dialect, compile_kwargs={"literal_binds": True})
                for f in filters
            ]
            ranking = text(
                "SELECT sentences_fts.rowid AS id, bm25(sentences_fts) AS score "
                "FROM sentences_fts JOIN sentences AS s ON s.id = sentences_fts.rowid "
                "JOIN reviews ON reviews.id = s.review_id "
                "WHERE sentences_fts MATCH :match AND "
                + " AND ".join(f"({c})" for c in compiled)
                + " ORDER BY score LIMIT :limit"
            )
        else:
            ranking = text(
                "SELECT rowid AS id, bm25(sentences_fts) AS score FROM sentences_fts "
                "WHERE sentences_fts MATCH :match ORDER BY score LIMIT :limit"
            )
        scores = {row.id: row.score for row in conn.execute(ranking, params)}
        if not scores:
            return []
        details = text(
            "SELECT s.id AS sentence_id, s.review_id, s.page, s.text, "
            f"snippet(sentences_fts, 0, '{MARK_START}', '{MARK_END}', '\u2026', 32) AS snippet, "
            "reviews.title, reviews.filename, reviews.year, reviews.review_type, reviews.area "
            "FROM sentences_fts JOIN sentences AS s ON s.id = sentences_fts.rowid "
            "JOIN reviews ON reviews.id = s.review_id "
            "WHERE sentences_fts MATCH :match AND sentences_fts.rowid IN ("
            + ",".join(str(int(i)) for i in scores)
            + ")"
        )
        hits = [dict(row) for row in conn.execute(details, {"match": match}).mappings()]
        for hit in hits:
            hit["score"] = scores[hit["sentence_id"]]
        hits.sort(key=lambda h: (h["score"], h["sentence_id"]))
        return hits

    def raise_query_error(self, query: str, exc: Exception) -> NoReturn:
        detail = str(getattr(exc, "orig", exc))
        raise QueryError(
            f"The search engine could not run {query!r} ({detail}); simplify the query."
        ) from exc
