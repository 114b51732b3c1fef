"""Indexes the web pages' queries need (claims by fact, participants by person, sessions by
date, actions by session and date, articles by name and date, lists by label), and full-text
search: SQLite FTS5 tables over articles and the registry, kept current by triggers, or
PostgreSQL generated `search_tsv` columns (to_tsvector) with GIN indexes.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

INDEXES = (
    ("ix_claims_fact_id", "claims", ("fact_id",)),
    ("ix_claims_group", "claims", ("record_type", "record_id", "item", "field", "fact_id")),
    ("ix_session_participants_person", "session_participants", ("person",)),
    ("ix_session_participants_state", "session_participants", ("state",)),
    ("ix_document_actions_session", "document_actions", ("session",)),
    ("ix_document_actions_date", "document_actions", ("date",)),
    ("ix_documents_title", "documents", ("title", "id")),
    ("ix_people_name", "people", ("name", "id")),
    ("ix_articles_name", "articles", ("name",)),
    ("ix_chairmanships_year", "chairmanships", ("year", "id")),
    ("ix_statistics_indicator", "statistics", ("indicator", "subject")),
)

SEARCHED = {
    "articles": ("title", "text"),
    "sessions": ("id", "place", "body"),
    "documents": ("title", "titles"),
    "people": ("name",),
    "person_names": ("name",),
    "awards": ("award",),
    "appointments": ("post",),
    "chairmanships": ("id", "org", "state"),
    "statistics": ("indicator",),
    "initiatives": ("subject",),
}
"""As plenary.store.fulltext.SEARCHED when this revision was written."""


NEWEST_FIRST = (
    ("ix_sessions_date", "sessions", (), "date", ("id",)),
    ("ix_sessions_status_date", "sessions", ("status",), "date", ("id",)),
    ("ix_articles_published", "articles", (), "published", ("name",)),
    ("ix_document_actions_newest", "document_actions", (), "date", ("document_id", "position")),
)
"""Indexes in the order lists read: newest first, undated last, then by id or name (SQLite
puts NULL first ascending, so last descending; PostgreSQL is told)."""


def _newest_first(dialect: str) -> None:
    nulls = " NULLS LAST" if dialect == "postgresql" else ""
    for name, table, before, column, after in NEWEST_FIRST:
        cols = [*before, f"{column} DESC{nulls}", *after]
        op.execute(sa.text(f"CREATE INDEX {name} ON {table} ({', '.join(cols)})"))


def _pg_document(table: str) -> str:
    parts = [
        f"coalesce({c}::text, '')" if c == "titles" else f"coalesce({c}, '')"
        for c in SEARCHED[table]
    ]
    joined = " || ' ' || ".join(parts)
    return f"to_tsvector('simple'::regconfig, translate({joined}, '/-_', '   '))"


def _sqlite_fts(table: str) -> list[str]:
    cols = SEARCHED[table]
    fts = f"{table}_fts"
    new = ", ".join(f"new.{c}" for c in cols)
    old = ", ".join(f"old.{c}" for c in cols)
    names = ", ".join(cols)
    return [
        f"CREATE VIRTUAL TABLE {fts} USING fts5({names}, content='{table}', "
        "content_rowid='rowid', tokenize='unicode61 remove_diacritics 2 separators ''/-_''')",
        f"CREATE TRIGGER {fts}_ai AFTER INSERT ON {table} BEGIN "
        f"INSERT INTO {fts}(rowid, {names}) VALUES (new.rowid, {new}); END",
        f"CREATE TRIGGER {fts}_ad AFTER DELETE ON {table} BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, {names}) VALUES ('delete', old.rowid, {old}); END",
        f"CREATE TRIGGER {fts}_au AFTER UPDATE ON {table} BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, {names}) VALUES ('delete', old.rowid, {old}); "
        f"INSERT INTO {fts}(rowid, {names}) VALUES (new.rowid, {new}); END",
        f"INSERT INTO {fts}({fts}) VALUES ('rebuild')",
    ]


def upgrade() -> None:
    for name, table, columns in INDEXES:
        op.create_index(name, table, list(columns))
    dialect = op.get_bind().dialect.name
    for table in SEARCHED:
        if dialect == "sqlite":
            for statement in _sqlite_fts(table):
                op.execute(sa.text(statement))
        elif dialect == "postgresql":
            op.execute(
                sa.text(
                    f"ALTER TABLE {table} ADD COLUMN search_tsv tsvector "
                    f"GENERATED ALWAYS AS ({_pg_document(table)}) STORED"
                )
            )
            op.execute(sa.text(f"CREATE INDEX ix_{table}_fts ON {table} USING gin (search_tsv)"))
    _newest_first(dialect)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for table in SEARCHED:
        if dialect == "sqlite":
            for suffix in ("ai", "ad", "au"):
                op.execute(sa.text(f"DROP TRIGGER IF EXISTS {table}_fts_{suffix}"))
            op.execute(sa.text(f"DROP TABLE IF EXISTS {table}_fts"))
        elif dialect == "postgresql":
            op.execute(sa.text(f"DROP INDEX IF EXISTS ix_{table}_fts"))
            op.execute(sa.text(f"ALTER TABLE {table} DROP COLUMN search_tsv"))
    for name, table, *_ in NEWEST_FIRST:
        op.drop_index(name, table_name=table)
    for name, table, _ in reversed(INDEXES):
        op.drop_index(name, table_name=table)
