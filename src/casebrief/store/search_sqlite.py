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

    def hits_per_review(self, conn: Connection, query: str) -> tuple[dict[int, int], Any]:
        """How many sentences of each review match, and the matching sentence ids (sorted; None
        on the slow path). A review's sentences have consecutive ids (each is written in one
        transaction), so matching ids map to reviews by a sorted search instead of a join per
        hit: 8x faster for common words on a national-scale store."""
        import numpy as np

        match = query_language.to_fts5(query_language.parse(query))
        ids_text = conn.exec_driver_sql(
            "SELECT group_concat(rowid) FROM sentences_fts WHERE sentences_fts MATCH ?", (match,)
        ).scalar()
        if not ids_text:
            return {}, None
        ranges = _review_ranges(conn)
        if ranges is None:  # not consecutive (should not happen): the plain join
            rows = conn.exec_driver_sql(
                "SELECT s.review_id, count(*) FROM sentences_fts JOIN sentences s "
                "ON s.id = sentences_fts.rowid WHERE sentences_fts MATCH ? GROUP BY s.review_id",
                (match,),
            )
            return {r: n for r, n in rows}, None
        starts, review_ids, _bounds = ranges
        ids = np.sort(np.array(ids_text.split(","), dtype=np.int64))
        position = np.searchsorted(starts, ids, side="right") - 1
        counts = np.bincount(position, minlength=len(starts))
        return {int(review_ids[i]): int(counts[i]) for i in np.flatnonzero(counts)}, ids

    def first_hits(
        self,
        conn: Connection,
        query: str,
        review_ids: list[int],
        matched: Any = None,
        per_review: int = 3,
    ) -> dict[int, list[dict[str, Any]]]:
        """The first matching sentences of each review, in reading order, with snippets.
        `matched` (from hits_per_review) saves a search per review."""
        import numpy as np

        match = query_language.to_fts5(query_language.parse(query))
        ranges = _review_ranges(conn) if matched is not None else None
        chosen: list[int] = []
        for review_id in review_ids:
            if ranges is not None and review_id in ranges[2]:
                low, high = ranges[2][review_id]
                first = int(np.searchsorted(matched, low))
                chosen += [int(i) for i in matched[first : first + per_review] if i <= high]
                continue
            low, high = conn.exec_driver_sql(
                "SELECT min(id), max(id) FROM sentences WHERE review_id = ?", (review_id,)
            ).one()
            if low is None:
                continue
            chosen += [
                r[0]
                for r in conn.exec_driver_sql(
                    "SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ? "
                    "AND rowid BETWEEN ? AND ? ORDER BY rowid LIMIT ?",
                    (match, low, high, per_review),
                )
            ]
        out: dict[int, list[dict[str, Any]]] = {r: [] for r in review_ids}
        if not chosen:
            return out
        pattern = query_language.highlighter(query)
        rows = conn.exec_driver_sql(
            "SELECT review_id, id, page, text FROM sentences WHERE id IN ("
            + ",".join(str(int(i)) for i in chosen)
            + ") ORDER BY id"
        )
        for review_id, sentence_id, page, sentence in rows:
            snippet = query_language.mark(sentence, pattern, MARK_START, MARK_END)
            out[review_id].append({"sentence_id": sentence_id, "page": page, "snippet": snippet})
        return out

    def raise_query_error(self, query: str, exc: Exception) -> NoReturn:
        detail = str(getattr(exc, "orig", exc))
        raise QueryError(
            f"The search engine could not run {query!r} ({detail}); simplify the query."
        ) from exc


_ranges_cache: dict[tuple, tuple | None] = {}


def _review_ranges(conn: Connection) -> tuple | None:
    """(first sentence ids in ascending order, their review ids, each review's id range), or
    None when some review's
    sentence ids are not consecutive. Cached until the set of reviews changes."""
    import numpy as np

    key = (
        str(conn.engine.url),
        *conn.exec_driver_sql("SELECT count(*), max(id) FROM reviews").one(),
    )
    if key not in _ranges_cache:
        rows = conn.exec_driver_sql(
            "SELECT r.id, r.n_sentences, "
            "(SELECT s.id FROM sentences s WHERE s.review_id = r.id AND s.ordinal = 0), "
            "(SELECT s.id FROM sentences s WHERE s.review_id = r.id AND s.ordinal = r.n_sentences - 1) "
            "FROM reviews r WHERE r.n_sentences > 0"
        ).all()
        value = None
        if all(first is not None and last - first + 1 == n for _, n, first, last in rows):
            rows.sort(key=lambda r: r[2])
            value = (
                np.array([r[2] for r in rows], dtype=np.int64),
                np.array([r[0] for r in rows], dtype=np.int64),
                {r[0]: (r[2], r[3]) for r in rows},  # review id -> first, last sentence id
            )
        _ranges_cache.clear()
        _ranges_cache[key] = value
    return _ranges_cache[key]
