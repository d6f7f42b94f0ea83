"""PostgreSQL: how many sentences of each review hold each lexeme, so that the library's
per-review match counts for a single word never list the sentences (a word like "school" is in
tens of thousands of them). SQLite's FTS5 index answers that itself; nothing to do there.

Revision ID: 0008
Revises: 0007
"""

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        "CREATE TABLE review_lexemes (lexeme text NOT NULL, review_id integer NOT NULL "
        "REFERENCES reviews (id) ON DELETE CASCADE, sentences integer NOT NULL, "
        "PRIMARY KEY (lexeme, review_id))"
    )
    op.execute(
        "INSERT INTO review_lexemes (lexeme, review_id, sentences) "
        "SELECT lexeme, review_id, count(*) FROM sentences, unnest(tsvector_to_array(tsv)) AS "
        "lexeme GROUP BY lexeme, review_id"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TABLE review_lexemes")
