"""Full-text search over articles and registry records: SQLite FTS5 tables kept by triggers,
PostgreSQL generated `search_tsv` columns (`to_tsvector`, stored, so a prefix match rechecks
the stored vector instead of parsing the text again) with GIN indexes.

Words are what both engines take as words: runs of letters and digits, case folded; `/`, `-`
and `_` separate words (a session id `session/cis-heads-of-state/2024-10-08-moscow` is searched
by `moscow` or `heads state`). A query matches a row that has every query word as the start of
one of its words, so `rasul` finds Rasulzoda, on either engine.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    Table,
    and_,
    false,
    literal_column,
    select,
    text,
)

SEARCHED: dict[str, tuple[str, ...]] = {
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
"""Table → its searched columns. Migration 0002 creates the same (a test compares them)."""

CONFIG = "simple"
"""PostgreSQL text search configuration: no stemming, no stop words, as FTS5's unicode61."""

_WORD = re.compile(r"[^\W_]+")
MAX_WORDS = 12


def words(query: str) -> list[str]:
    """The query's words, case folded, at most MAX_WORDS."""
    return [w.casefold() for w in _WORD.findall(query)][:MAX_WORDS]


def pg_document(table: str) -> str:
    """The `to_tsvector` expression of a table's generated `search_tsv` column."""
    parts = [
        f"coalesce({c}::text, '')" if c == "titles" else f"coalesce({c}, '')"
        for c in SEARCHED[table]
    ]
    joined = " || ' ' || ".join(parts)
    return f"to_tsvector('{CONFIG}'::regconfig, translate({joined}, '/-_', '   '))"


def _fts5_query(ws: list[str]) -> str:
    return " ".join(f'"{w}"*' for w in ws)


def _pg_query(ws: list[str]) -> str:
    return " & ".join(f"'{w}':*" for w in ws)


def matches(conn: Connection, table: Table, query: str) -> ColumnElement[bool]:
    """A condition on `table`'s rows: its searched columns hold every word of query (a query
    without words matches nothing). On PostgreSQL the row's own `search_tsv`; on SQLite the
    row's rowid among the FTS5 table's matches (not its id: that would join the table again)."""
    ws = words(query)
    if not ws:
        return false()
    name = table.name
    if conn.dialect.name == "postgresql":
        return and_(
            text(f"{name}.search_tsv @@ to_tsquery('{CONFIG}'::regconfig, :fts_{name})").bindparams(
                **{f"fts_{name}": _pg_query(ws)}
            )
        )
    cond = text(f"{name}_fts MATCH :fts_{name}").bindparams(**{f"fts_{name}": _fts5_query(ws)})
    found: Select[Any] = (
        select(literal_column("rowid")).select_from(text(f"{name}_fts")).where(cond)
    )
    return literal_column(f"{name}.rowid").in_(found)
