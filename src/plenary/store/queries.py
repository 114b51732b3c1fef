"""Reading the registry back: all records of a type, and finding one by id or by name."""

from __future__ import annotations

from typing import Any

from plenary.store.db import Store
from plenary.store.registry_rows import Records, read_registry

NAMES = ("title", "name", "titles", "names")
"""Fields a `show` query matches first: titles and names, other spellings included."""
LABELS = ("title", "name", "subject", "award", "indicator", "post", "id")
"""Fields that label a record; matched when no title or name matches."""


def registry(store: Store) -> Records:
    with store.engine.connect() as conn:
        return read_registry(conn)


def label(record: dict[str, Any]) -> str:
    return next(str(record[k]) for k in LABELS if record.get(k))


def _texts(record: dict[str, Any], fields: tuple[str, ...]) -> list[str]:
    values = [record.get(k) for k in fields]
    return [str(t) for v in values for t in (v if isinstance(v, list) else [v]) if t]


def lookup(records: Records, query: str) -> list[tuple[str, dict[str, Any]]]:
    """The record with this exact id; else the records whose title or name (else subject,
    award, indicator or post) contains `query`, case-insensitively."""
    for kind, rows in records.items():
        for rec in rows:
            if rec["id"] == query:
                return [(kind, rec)]
    needle = query.casefold()
    for fields in (NAMES, LABELS):
        found = [
            (kind, rec)
            for kind, rows in records.items()
            for rec in rows
            if any(needle in t.casefold() for t in _texts(rec, fields))
        ]
        if found:
            return found
    return []
