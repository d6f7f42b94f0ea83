"""The library: reviews, files, pages, sections, sentences and their full-text index.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "reviews",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("sha256", sa.String(64), nullable=False, unique=True),
        sa.Column("path", sa.Text, nullable=False),
        sa.Column("filename", sa.Text, nullable=False),
        sa.Column("format", sa.String(8), nullable=False),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("partnership", sa.Text),
        sa.Column("area", sa.Text),
        sa.Column("nation", sa.String(32)),
        sa.Column("review_type", sa.String(64)),
        sa.Column("year", sa.Integer),
        sa.Column("child_pseudonyms", sa.JSON, nullable=False),
        sa.Column("child_age", sa.String(32)),
        sa.Column("child_gender", sa.String(16)),
        sa.Column("n_pages", sa.Integer, nullable=False),
        sa.Column("n_sentences", sa.Integer, nullable=False),
        sa.Column("n_chars", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("ingested_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_reviews_year", "reviews", ["year"])
    op.create_table(
        "files",
        sa.Column("path", sa.Text, primary_key=True),
        sa.Column("sha256", sa.String(64)),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("mtime_ns", sa.BigInteger, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("message", sa.Text),
        sa.Column("review_id", sa.Integer, sa.ForeignKey("reviews.id", ondelete="SET NULL")),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "pages",
        sa.Column(
            "review_id",
            sa.Integer,
            sa.ForeignKey("reviews.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("number", sa.Integer, primary_key=True),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
    )
    op.create_table(
        "sections",
        sa.Column(
            "review_id",
            sa.Integer,
            sa.ForeignKey("reviews.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("ordinal", sa.Integer, primary_key=True),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("heading", sa.Text, nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("page_start", sa.Integer, nullable=False),
        sa.Column("page_end", sa.Integer, nullable=False),
    )
    op.create_table(
        "sentences",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "review_id", sa.Integer, sa.ForeignKey("reviews.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("ordinal", sa.Integer, nullable=False),
        sa.Column("section", sa.Integer, nullable=False),
        sa.Column("page", sa.Integer, nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
    )
    op.create_index("ix_sentences_review", "sentences", ["review_id", "ordinal"])
    if op.get_bind().dialect.name == "postgresql":
        # Full-text search on PostgreSQL: a stored tsvector (English stemming) with a GIN index.
        op.execute(
            "ALTER TABLE sentences ADD COLUMN tsv tsvector "
            "GENERATED ALWAYS AS (to_tsvector('english', text)) STORED"
        )
        op.execute("CREATE INDEX ix_sentences_tsv ON sentences USING gin (tsv)")
    else:
        op.execute(
            "CREATE VIRTUAL TABLE sentences_fts USING fts5(text, content='sentences', "
            "content_rowid='id', tokenize='porter unicode61 remove_diacritics 2')"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        op.execute("DROP TABLE sentences_fts")
    for table in ("sentences", "sections", "pages", "files", "reviews"):
        op.drop_table(table)
