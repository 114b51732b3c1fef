"""Initial schema: articles, facts, the registry tables and claims.

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
        "articles",
        sa.Column("id", sa.String(length=64), nullable=False, comment="sha256 of the text"),
        sa.Column("name", sa.String(length=500), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("published", sa.String(length=10), nullable=True),
        sa.Column("outlet", sa.String(length=200), nullable=True),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("language", sa.String(length=10), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("first_seen", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_articles")),
    )
    op.create_table(
        "chairmanships",
        sa.Column("id", sa.String(length=300), nullable=False),
        sa.Column("org", sa.String(length=100), nullable=False),
        sa.Column("state", sa.String(length=10), nullable=False),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("planned", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_chairmanships")),
    )
    op.create_table(
        "documents",
        sa.Column("id", sa.String(length=300), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("titles", sa.JSON(), nullable=False),
        sa.Column("org", sa.String(length=100), nullable=True),
        sa.Column("as_of", sa.String(length=10), nullable=True),
        sa.Column("state_status", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_documents")),
    )
    op.create_table(
        "people",
        sa.Column("id", sa.String(length=300), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("known", sa.Boolean(), nullable=False),
        sa.Column("posts", sa.JSON(), nullable=False),
        sa.Column("sessions", sa.JSON(), nullable=False),
        sa.Column("awards", sa.JSON(), nullable=False),
        sa.Column("appointments", sa.JSON(), nullable=False),
        sa.Column("initiatives", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_people")),
    )
    op.create_table(
        "sessions",
        sa.Column("id", sa.String(length=300), nullable=False),
        sa.Column("body", sa.String(length=100), nullable=False),
        sa.Column("org", sa.String(length=100), nullable=True),
        sa.Column("date", sa.String(length=10), nullable=True),
        sa.Column("place", sa.String(length=200), nullable=True),
        sa.Column("formats", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("informal", sa.Boolean(), nullable=False),
        sa.Column("parties", sa.JSON(), nullable=True),
        sa.Column("documents", sa.JSON(), nullable=False),
        sa.Column("conflicts", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sessions")),
    )
    op.create_table(
        "statistics",
        sa.Column("id", sa.String(length=300), nullable=False),
        sa.Column("indicator", sa.Text(), nullable=True),
        sa.Column("subject", sa.String(length=100), nullable=True),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("unit", sa.String(length=10), nullable=True),
        sa.Column("qualifier", sa.String(length=10), nullable=True),
        sa.Column("period", sa.String(length=30), nullable=True),
        sa.Column("conflicts", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_statistics")),
    )
    op.create_table(
        "appointments",
        sa.Column("id", sa.String(length=300), nullable=False),
        sa.Column("person", sa.String(length=300), nullable=False),
        sa.Column("post", sa.Text(), nullable=True),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("planned", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person"], ["people.id"], name=op.f("fk_appointments_person_people")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_appointments")),
    )
    op.create_table(
        "awards",
        sa.Column("id", sa.String(length=300), nullable=False),
        sa.Column("recipient", sa.String(length=300), nullable=False),
        sa.Column("award", sa.Text(), nullable=False),
        sa.Column("by", sa.String(length=300), nullable=True),
        sa.Column("planned", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["by"], ["people.id"], name=op.f("fk_awards_by_people")),
        sa.ForeignKeyConstraint(
            ["recipient"], ["people.id"], name=op.f("fk_awards_recipient_people")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_awards")),
    )
    op.create_table(
        "document_actions",
        sa.Column("document_id", sa.String(length=300), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("date", sa.String(length=10), nullable=True),
        sa.Column("session", sa.String(length=300), nullable=True),
        sa.Column("states", sa.JSON(), nullable=False),
        sa.Column("planned", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_document_actions_document_id_documents"),
        ),
        sa.ForeignKeyConstraint(
            ["session"], ["sessions.id"], name=op.f("fk_document_actions_session_sessions")
        ),
        sa.PrimaryKeyConstraint("document_id", "position", name=op.f("pk_document_actions")),
    )
    op.create_table(
        "facts",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("article_id", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("span_start", sa.Integer(), nullable=True),
        sa.Column("span_end", sa.Integer(), nullable=True),
        sa.Column("quote", sa.Text(), nullable=True),
        sa.Column("confidence", sa.Float(), nullable=True),
        sa.Column("extractor_version", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name=op.f("fk_facts_article_id_articles"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_facts")),
    )
    op.create_index("ix_facts_article_id", "facts", ["article_id"], unique=False)
    op.create_table(
        "initiatives",
        sa.Column("id", sa.String(length=300), nullable=False),
        sa.Column("by", sa.String(length=300), nullable=False),
        sa.Column("state", sa.String(length=10), nullable=True),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["by"], ["people.id"], name=op.f("fk_initiatives_by_people")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_initiatives")),
    )
    op.create_table(
        "person_names",
        sa.Column("person_id", sa.String(length=300), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"], ["people.id"], name=op.f("fk_person_names_person_id_people")
        ),
        sa.PrimaryKeyConstraint("person_id", "name", name=op.f("pk_person_names")),
    )
    op.create_table(
        "session_participants",
        sa.Column("session_id", sa.String(length=300), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("person", sa.String(length=300), nullable=False),
        sa.Column("state", sa.String(length=10), nullable=True),
        sa.Column("org", sa.String(length=100), nullable=True),
        sa.Column("role", sa.Text(), nullable=True),
        sa.Column("planned", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person"], ["people.id"], name=op.f("fk_session_participants_person_people")
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["sessions.id"],
            name=op.f("fk_session_participants_session_id_sessions"),
        ),
        sa.PrimaryKeyConstraint("session_id", "position", name=op.f("pk_session_participants")),
    )
    op.create_table(
        "claims",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("record_type", sa.String(length=20), nullable=False),
        sa.Column("record_id", sa.String(length=300), nullable=False),
        sa.Column(
            "item",
            sa.Integer(),
            nullable=True,
            comment="position of the participant or action; null: the record",
        ),
        sa.Column("field", sa.String(length=300), nullable=False),
        sa.Column("fact_id", sa.String(length=64), nullable=False),
        sa.Column("article", sa.String(length=500), nullable=False),
        sa.Column("quote", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["fact_id"], ["facts.id"], name=op.f("fk_claims_fact_id_facts")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_claims")),
    )
    op.create_index("ix_claims_record", "claims", ["record_type", "record_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_claims_record", table_name="claims")
    op.drop_table("claims")
    op.drop_table("session_participants")
    op.drop_table("person_names")
    op.drop_table("initiatives")
    op.drop_index("ix_facts_article_id", table_name="facts")
    op.drop_table("facts")
    op.drop_table("document_actions")
    op.drop_table("awards")
    op.drop_table("appointments")
    op.drop_table("statistics")
    op.drop_table("sessions")
    op.drop_table("people")
    op.drop_table("documents")
    op.drop_table("chairmanships")
    op.drop_table("articles")
