"""Web app: user accounts and the log of every analyst decision on a coding.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("name", sa.String(64), primary_key=True),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("password_hash", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "coding_decisions",
        sa.Column("id", sa.Integer, primary_key=True),
        # No foreign key to codings: re-coding replaces coding rows, and the history must stay.
        sa.Column("coding_id", sa.Integer, nullable=False),
        sa.Column(
            "review_id", sa.Integer, sa.ForeignKey("reviews.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("sentence_id", sa.Integer, nullable=False),
        sa.Column("codebook_id", sa.String(64), nullable=False),
        sa.Column("decision", sa.String(16), nullable=False),
        sa.Column("theme", sa.String(64)),
        sa.Column("previous_status", sa.String(16), nullable=False),
        sa.Column("previous_by", sa.Text),
        sa.Column("decided_by", sa.Text, nullable=False),
        sa.Column("decided_at", sa.DateTime, nullable=False),
        sa.Column("note", sa.Text),
    )
    op.create_index("ix_coding_decisions_coding", "coding_decisions", ["coding_id"])
    # Covers the themes page's count of codings per theme and status.
    op.drop_index("ix_codings_theme", "codings")
    op.create_index("ix_codings_theme_status", "codings", ["codebook_id", "theme", "status"])


def downgrade() -> None:
    op.drop_index("ix_codings_theme_status", "codings")
    op.create_index("ix_codings_theme", "codings", ["codebook_id", "theme"])
    op.drop_index("ix_coding_decisions_coding", "coding_decisions")
    op.drop_table("coding_decisions")
    op.drop_table("users")
