"""Analysts' corrections of review metadata, kept apart from what extraction found.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "metadata_corrections",
        sa.Column("id", sa.Integer, primary_key=True),
        # No foreign key: a re-ingested file gets a new review, and its corrections move to it.
        sa.Column("review_id", sa.Integer, nullable=False),
        sa.Column("field", sa.String(32), nullable=False),
        sa.Column("value", sa.JSON),
        sa.Column("extracted", sa.JSON),
        sa.Column("corrected_by", sa.Text, nullable=False),
        sa.Column("corrected_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_metadata_corrections_review", "metadata_corrections", ["review_id"])


def downgrade() -> None:
    op.drop_index("ix_metadata_corrections_review", "metadata_corrections")
    op.drop_table("metadata_corrections")
