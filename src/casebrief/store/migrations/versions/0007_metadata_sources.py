"""Where each extracted metadata field was read (page, line, confidence).

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("reviews") as batch:
        batch.add_column(sa.Column("metadata_sources", sa.JSON))


def downgrade() -> None:
    # In place, not in batch mode: see 0011's downgrade (a copied reviews table would take every
    # review's pages, sections and sentences with it when the old copy is dropped).
    op.drop_column("reviews", "metadata_sources")
