"""What a review is stored without (pages left unread for want of OCR), kept on the review.

It was kept only on the record of the file that was read: a second path holding the same
content, linked to the review, carried no note, and the note was lost with the first path's
record. Stores written before this revision have it on their files' records; it is copied over.

Revision ID: 0011
Revises: 0010
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("reviews", sa.Column("unread", sa.Text))
    conn = op.get_bind()
    notes: dict[int, set[str]] = {}
    stored = conn.execute(
        sa.text(
            "SELECT path, message, review_id FROM files WHERE status = 'ingested' "
            "AND message IS NOT NULL AND review_id IS NOT NULL"
        )
    )
    for path, message, review_id in stored:
        notes.setdefault(review_id, set()).add(message.removeprefix(f"{path}: "))
    for review_id, lines in notes.items():
        conn.execute(
            sa.text("UPDATE reviews SET unread = :unread WHERE id = :id"),
            {"unread": "\n".join(sorted(lines)), "id": review_id},
        )


def downgrade() -> None:
    # Not in batch mode: on SQLite that copies the table, and dropping the old copy would set
    # every file's review to null (files.review_id is ON DELETE SET NULL). SQLite drops a
    # column in place from 3.35.
    op.drop_column("reviews", "unread")
