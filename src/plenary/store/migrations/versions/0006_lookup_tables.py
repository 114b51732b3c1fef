"""Lookup tables for the lists' state and organization filters: `document_states` (the states
of a document's `state_status`) and `person_posts` (the state and organization of each of a
person's posts), filled here from the stored registry and afterwards by `write_registry`; so
`/documents?state=KZ`, `/people?state=RU` and the ratification matrix read an index instead of
the JSON text of every row. Also indexes for a person's and a state's sessions (person or state,
session), a body's (body, newest first), an organization's documents (org, title), and the
conflicted sessions and statistics and the matrix's documents (partial).

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

ID = sa.String(length=300)


def upgrade() -> None:
    op.create_table(
        "document_states",
        sa.Column("state", sa.String(length=10), nullable=False),
        sa.Column("document_id", ID, nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"], ["documents.id"], name=op.f("fk_document_states_document_id_documents")
        ),
        sa.PrimaryKeyConstraint("state", "document_id", name=op.f("pk_document_states")),
        comment="the states of each document's state_status, for filtering by state; derived",
    )
    op.create_index("ix_document_states_document_id", "document_states", ["document_id"])
    op.create_table(
        "person_posts",
        sa.Column("person_id", ID, nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(length=10), nullable=True),
        sa.Column("org", sa.String(length=100), nullable=True),
        sa.ForeignKeyConstraint(
            ["person_id"], ["people.id"], name=op.f("fk_person_posts_person_id_people")
        ),
        sa.PrimaryKeyConstraint("person_id", "position", name=op.f("pk_person_posts")),
        comment="the state and organization of each of a person's posts, for filtering; derived",
    )
    op.create_index("ix_person_posts_state", "person_posts", ["state", "person_id"])
    op.create_index("ix_person_posts_org", "person_posts", ["org", "person_id"])
    conn = op.get_bind()
    _fill(conn)
    # a person's sessions, and the sessions a state took part in, from the index alone
    for column in ("person", "state"):
        op.drop_index(f"ix_session_participants_{column}", table_name="session_participants")
        op.create_index(
            f"ix_session_participants_{column}_session",
            "session_participants",
            [column, "session_id"],
        )
    # a body's sessions newest first, and the documents acted on at them
    nulls = " NULLS LAST" if conn.dialect.name == "postgresql" else ""
    op.execute(
        sa.text(f"CREATE INDEX ix_sessions_body_date ON sessions (body, date DESC{nulls}, id)")
    )
    # an organization's documents by title (and the documents of its bodies' sessions)
    op.create_index("ix_documents_org", "documents", ["org", "title", "id"])
    # the home page's sessions with conflicting reports, newest first (a few, or none), and
    # the matrix's documents with a state status, by title
    for name, table, order, column in (
        ("ix_sessions_conflicted", "sessions", f"date DESC{nulls}, id", "conflicts"),
        ("ix_statistics_conflicted", "statistics", "id", "conflicts"),
        ("ix_documents_ratifiable", "documents", "title, id", "state_status"),
    ):
        op.execute(
            sa.text(
                f"CREATE INDEX {name} ON {table} ({order}) WHERE CAST({column} AS VARCHAR) != '[]'"
            )
        )


def _fill(conn: sa.Connection) -> None:
    """The rows `plenary.store.lookups` derives, as it derived them when this was written."""
    documents = sa.table("documents", sa.column("id", ID), sa.column("state_status", sa.JSON))
    people = sa.table("people", sa.column("id", ID), sa.column("posts", sa.JSON))
    states = [
        {"state": s, "document_id": d}
        for d, status in conn.execute(sa.select(documents.c.id, documents.c.state_status))
        for s in sorted({str(r["state"]) for r in status if r.get("state")})
    ]
    posts = [
        {"person_id": p, "position": i, "state": post.get("state"), "org": post.get("org")}
        for p, person_posts in conn.execute(sa.select(people.c.id, people.c.posts))
        for i, post in enumerate(person_posts)
        if post.get("state") or post.get("org")
    ]
    for name, rows in (("document_states", states), ("person_posts", posts)):
        table = sa.table(name, *(sa.column(c) for c in (rows[0] if rows else ())))
        for start in range(0, len(rows), 5000):
            conn.execute(sa.insert(table), rows[start : start + 5000])


def downgrade() -> None:
    op.drop_index("ix_documents_ratifiable", table_name="documents")
    op.drop_index("ix_statistics_conflicted", table_name="statistics")
    op.drop_index("ix_sessions_conflicted", table_name="sessions")
    op.drop_index("ix_documents_org", table_name="documents")
    op.drop_index("ix_sessions_body_date", table_name="sessions")
    for column in ("person", "state"):
        op.drop_index(
            f"ix_session_participants_{column}_session", table_name="session_participants"
        )
        op.create_index(f"ix_session_participants_{column}", "session_participants", [column])
    op.drop_table("person_posts")
    op.drop_table("document_states")
