"""Lookup tables derived from JSON columns of the registry, so that lists filter by an index
instead of matching the JSON text of every row: the states of a document's `state_status`
(`document_states`) and the state and organization of a person's `posts` (`person_posts`).

They are written with the registry (`write_lookups`, called by `write_registry`) and deleted
with it (they head `schema.REGISTRY_TABLES`); migration 0006 fills them for a store written
before they existed.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, insert

from plenary.store import schema as t


def lookup_rows(records: dict[str, list[dict[str, Any]]]) -> dict[str, list[dict[str, Any]]]:
    """Table name → rows, for the documents and people among `records`."""
    return {
        t.document_states.name: [
            {"state": state, "document_id": d["id"]}
            for d in records.get("document", [])
            for state in sorted({str(r["state"]) for r in d["state_status"] if r.get("state")})
        ],
        t.person_posts.name: [
            {
                "person_id": p["id"],
                "position": i,
                "state": post.get("state"),
                "org": post.get("org"),
            }
            for p in records.get("person", [])
            for i, post in enumerate(p["posts"])
            if post.get("state") or post.get("org")
        ],
    }


def write_lookups(conn: Connection, records: dict[str, list[dict[str, Any]]]) -> None:
    """Insert the lookup rows of the records `write_registry` has just written."""
    rows = lookup_rows(records)
    for table in t.LOOKUP_TABLES:
        if rows[table.name]:
            conn.execute(insert(table), rows[table.name])
