"""The reprint cluster of each article: the id of the original a near-duplicate copies.

A cluster of reprints is one source: the registry's majority votes count it once. NULL for an
original, and for an article ingested alone (its own source).

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
    # a plain ALTER TABLE on both engines (SQLite since 3.35): the articles table is not
    # recreated, so the facts referring to it stay as they are
    op.add_column(
        "articles",
        sa.Column(
            "cluster",
            sa.String(length=64),
            nullable=True,
            comment="id of the original this article reprints (plenary batch's clusters)",
        ),
    )


def downgrade() -> None:
    op.drop_column("articles", "cluster")
