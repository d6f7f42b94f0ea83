"""Which revision of the coding rules coded each review, so that a release whose rules code
differently re-codes reviews already coded with the same codebook version.

Revision ID: 0010
Revises: 0009
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("coding_runs") as batch:
        batch.add_column(sa.Column("rules", sa.Integer))


def downgrade() -> None:
    with op.batch_alter_table("coding_runs") as batch:
        batch.drop_column("rules")
