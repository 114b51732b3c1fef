"""Editors' decisions (the log of accept / reject / correct / merge / split, with undo) and the
aliases merged records leave behind.

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
        "decisions",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("action", sa.String(length=10), nullable=False),
        sa.Column("record_type", sa.String(length=20), nullable=True),
        sa.Column("target", sa.String(length=300), nullable=False),
        sa.Column("other", sa.String(length=300), nullable=True),
        sa.Column("fields", sa.JSON(), nullable=False),
        sa.Column("facts", sa.JSON(), nullable=False),
        sa.Column("anchor", sa.JSON(), nullable=False),
        sa.Column("author", sa.String(length=200), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("made_at", sa.String(length=32), nullable=False),
        sa.Column(
            "changes",
            sa.JSON(),
            nullable=True,
            comment="record ids this decision inserted, updated, deleted",
        ),
        sa.Column("undone", sa.Boolean(), nullable=False),
        sa.Column("undone_by", sa.String(length=200), nullable=True),
        sa.Column("undone_at", sa.String(length=32), nullable=True),
        sa.Column("undo_reason", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_decisions")),
    )
    op.create_table(
        "record_aliases",
        sa.Column("old_id", sa.String(length=300), nullable=False),
        sa.Column("new_id", sa.String(length=300), nullable=False),
        sa.PrimaryKeyConstraint("old_id", name=op.f("pk_record_aliases")),
        comment="ids merged records absorbed (old → new), so links never break; derived",
    )


def downgrade() -> None:
    op.drop_table("record_aliases")
    op.drop_table("decisions")
