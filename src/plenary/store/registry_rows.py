"""Registry records ↔ rows of the typed tables, and the rebuild that swaps them in one
transaction."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, fields
from typing import Any

from sqlalchemy import Connection, delete, insert, select

from plenary.reference import Gazetteer
from plenary.reference import load as load_gazetteer
from plenary.registry import RECORD_TYPES, Registry, StoredFact, model
from plenary.spec import fact_from_dict
from plenary.store import schema as t
from plenary.store.lookups import write_lookups

Records = dict[str, list[dict[str, Any]]]
CHILDREN = {
    "session": ("participants", t.session_participants, "session_id"),
    "document": ("actions", t.document_actions, "document_id"),
}
"""Record type → (field, child table, foreign key) for lists stored as rows."""


def load_facts(conn: Connection) -> list[StoredFact]:
    query = select(t.facts.c.id, t.facts.c.payload, t.articles.c.name, t.articles.c.published)
    rows = conn.execute(query.join_from(t.facts, t.articles)).all()
    return [StoredFact(r.id, fact_from_dict(r.payload), r.name, r.published) for r in rows]


def _claim_rows(kind: str, rid: str, item: int | None, claims: list[dict[str, Any]]) -> list[dict]:
    return [
        {
            "record_type": kind,
            "record_id": rid,
            "item": item,
            "field": c["field"],
            "fact_id": c["fact"],
            "article": c["article"],
            "quote": c["quote"],
        }
        for c in claims
    ]


def write_registry(conn: Connection, records: Records) -> None:
    """Insert every record; parents before children, people before what cites them."""
    claim_rows: list[dict[str, Any]] = []
    for kind in ("person", "session", "document", *RECORD_TYPES[3:]):
        table = t.RECORD_TABLES[kind]
        rows, children = [], []
        for rec in records[kind]:
            rows.append({c.name: rec[c.name] for c in table.columns})
            claim_rows += _claim_rows(kind, rec["id"], None, rec["claims"])
            if kind in CHILDREN:
                name, child, fk = CHILDREN[kind]
                for pos, item in enumerate(rec[name]):
                    row = {c.name: item.get(c.name) for c in child.columns}
                    children.append(row | {fk: rec["id"], "position": pos})
                    claim_rows += _claim_rows(kind, rec["id"], pos, item["claims"])
            if kind == "person":
                children += [{"person_id": rec["id"], "name": n} for n in rec["names"]]
        if rows:
            conn.execute(insert(table), rows)
        child_table = t.person_names if kind == "person" else CHILDREN.get(kind, (0, None))[1]
        if children and child_table is not None:
            conn.execute(insert(child_table), children)
    if claim_rows:
        conn.execute(insert(t.claims), claim_rows)
    write_lookups(conn, records)


def read_registry(conn: Connection) -> Records:
    """All records in the JSON form `Registry.as_dict` gives, sorted by id."""
    claims: dict[tuple[str, str, int | None], list[dict[str, Any]]] = defaultdict(list)
    for c in conn.execute(select(t.claims)).mappings():
        claims[(c["record_type"], c["record_id"], c["item"])].append(
            {
                "field": c["field"],
                "fact": c["fact_id"],
                "article": c["article"],
                "quote": c["quote"],
            }
        )
    for values in claims.values():
        values.sort(key=lambda c: (c["field"], c["fact"], c["article"], c["quote"] or ""))
    names: dict[str, list[str]] = defaultdict(list)
    for person_id, name in conn.execute(select(t.person_names.c.person_id, t.person_names.c.name)):
        names[person_id].append(name)
    out: Records = {}
    for kind in RECORD_TYPES:
        table = t.RECORD_TABLES[kind]
        records = {}
        for mapping in conn.execute(select(table).order_by(table.c.id)).mappings():
            rec = dict(mapping)
            if kind == "person":
                rec["names"] = sorted(names[rec["id"]])
            rec["claims"] = claims[(kind, rec["id"], None)]
            records[rec["id"]] = rec
        if kind in CHILDREN:
            name, child, fk = CHILDREN[kind]
            for rec in records.values():
                rec[name] = []
            query = select(child).order_by(child.c[fk], child.c.position)
            for mapping in conn.execute(query).mappings():
                item = {k: v for k, v in mapping.items() if k not in (fk, "position")}
                item["claims"] = claims[(kind, mapping[fk], mapping["position"])]
                records[mapping[fk]][name].append(item)
        out[kind] = [_ordered(kind, r) for r in records.values()]
    return out


_FIELDS = {
    kind: [f.name for f in fields(getattr(model, kind.capitalize()))] for kind in RECORD_TYPES
}


def _ordered(kind: str, rec: dict[str, Any]) -> dict[str, Any]:
    """Keys in the record dataclass's order, so JSON reads the same from either side."""
    return {k: rec[k] for k in _FIELDS[kind]}


@dataclass
class Changes:
    """Per record type: ids inserted, updated, unchanged, deleted by one rebuild."""

    counts: dict[str, dict[str, int]] = field(default_factory=dict)
    unresolved: list[str] = field(default_factory=list)


def compare(before: Records, after: Records) -> dict[str, dict[str, int]]:
    counts = {}
    for kind in RECORD_TYPES:
        old = {r["id"]: r for r in before.get(kind, [])}
        new = {r["id"]: r for r in after.get(kind, [])}
        counts[kind] = {
            "inserted": len(new.keys() - old.keys()),
            "updated": sum(1 for k in new.keys() & old.keys() if new[k] != old[k]),
            "unchanged": sum(1 for k in new.keys() & old.keys() if new[k] == old[k]),
            "deleted": len(old.keys() - new.keys()),
        }
    return counts


def rebuild_in(conn: Connection, gazetteer: Gazetteer | None = None) -> Changes:
    """Derive the registry afresh from the stored facts on `conn` (the caller's transaction),
    with the editors' decisions applied."""
    from plenary.store.decisions import decided_registry, lock_registry, write_aliases

    lock_registry(conn)
    before = read_registry(conn)
    registry: Registry
    registry, outcome = decided_registry(conn, load_facts(conn), gazetteer or load_gazetteer())
    for table in t.REGISTRY_TABLES:
        conn.execute(delete(table))
    after = registry.as_dict()
    write_registry(conn, after)
    write_aliases(conn, outcome)
    return Changes(counts=compare(before, after), unresolved=registry.unresolved)
