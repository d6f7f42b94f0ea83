"""Learned coder: trained models per codebook, which model coded each review, and claims on
background jobs (retraining) so that one process runs each.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "models",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("codebook_id", sa.String(64), nullable=False),
        sa.Column("codebook_version", sa.Integer, nullable=False),
        sa.Column("fingerprint", sa.String(32), nullable=False),
        sa.Column("trained_at", sa.DateTime, nullable=False),
        sa.Column("decisions_seen", sa.Integer, nullable=False),
        sa.Column("summary", sa.JSON, nullable=False),
        sa.Column("blob", sa.LargeBinary, nullable=False),
    )
    op.create_index("ix_models_codebook", "models", ["codebook_id", "id"])
    with op.batch_alter_table("coding_runs") as batch:
        batch.add_column(sa.Column("model", sa.String(32)))
    # One row per running background job: the primary key lets one process claim it.
    op.create_table(
        "background_jobs",
        sa.Column("name", sa.String(128), primary_key=True),
        sa.Column("owner", sa.Text, nullable=False),
        sa.Column("started_at", sa.DateTime, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("background_jobs")
    with op.batch_alter_table("coding_runs") as batch:
        batch.drop_column("model")
    op.drop_index("ix_models_codebook", "models")
    op.drop_table("models")
