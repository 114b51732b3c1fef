"""Registry records ↔ rows of the typed tables, and the rebuild that swaps them in one
transaction."""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, fields
from typing import Any

from pydantic import BaseModel
from sqlalchemy import Connection, Table, Text, cast, delete, func, insert, select

from plenary.reference import Gazetteer
from plenary.reference import load as load_gazetteer
from plenary.registry import RECORD_TYPES, Registry, StoredFact, model
from plenary.registry.model import plural
from plenary.spec import Fact, fact_from_dict
from plenary.store import schema as t
from plenary.store.lookups import write_lookups

Records = dict[str, list[dict[str, Any]]]
CHILDREN = {
    "session": ("participants", t.session_participants, "session_id"),
    "document": ("actions", t.document_actions, "document_id"),
}
"""Record type → (field, child table, foreign key) for lists stored as rows."""


LOAD_BATCH = 5000
"""Fact rows fetched from the store at a time by `load_facts`."""


def load_facts(conn: Connection) -> list[StoredFact]:
    """Every stored fact with its article's name and publication date, streamed from the store
    in batches. An archive's facts are mostly its reprints' copies of a few originals' facts,
    so they are kept small: facts of one payload share one parsed record; the strings of
    different payloads (a copy's quote, title or place: only its span moved) one string each;
    and facts of one kind that set the same fields one pydantic fields-set (a set per record
    weighs more than the record's values). Articles share one name and date string. A fact's
    source (`StoredFact.source`) is its article's reprint cluster, else the article's id."""
    payload = cast(t.facts.c.payload, Text).label("payload")
    a = t.articles.c
    source = func.coalesce(a.cluster, a.id)
    query = select(t.facts.c.id, payload, a.name, a.published, source, a.cluster.is_not(None))
    query = query.join_from(t.facts, t.articles).execution_options(yield_per=LOAD_BATCH)
    # payload digest → its fact: the payloads' own text (a 1M archive has 66,000 distinct ones)
    # kept as keys until the end made the load peak 20 MB higher
    parsed: dict[bytes, Fact] = {}
    shared = _Shared()
    out: list[StoredFact] = []
    for r in conn.execute(query):
        key = hashlib.blake2b(r.payload.encode(), digest_size=16).digest()
        fact = parsed.get(key)
        if fact is None:
            fact = parsed[key] = shared.fact(json.loads(r.payload))
        name = shared.string(r.name)
        published = r.published and shared.string(r.published)
        out.append(StoredFact(r.id, fact, name, published, shared.string(r[4]), bool(r[5])))
    return out


class _Shared:
    """One object for equal strings and equal pydantic fields-sets across parsed facts."""

    def __init__(self) -> None:
        self.strings: dict[str, str] = {}
        self.field_sets: dict[frozenset[str], set[str]] = {}

    def string(self, text: str) -> str:
        return self.strings.setdefault(text, text)

    def fact(self, data: dict[str, Any]) -> Fact:
        fact = fact_from_dict(self._strings(data))
        self._fields_set(fact)
        meeting = getattr(fact, "meeting", None)
        if meeting is not None:
            self._fields_set(meeting)
        return fact

    def _strings(self, value: Any) -> Any:
        if type(value) is str:
            return self.strings.setdefault(value, value)
        if type(value) is list:
            return [self._strings(v) for v in value]
        if type(value) is dict:
            return {k: self._strings(v) for k, v in value.items()}
        return value

    def _fields_set(self, model: BaseModel) -> None:
        """Share the model's set of explicitly set fields (pydantic reads it for
        `exclude_unset`; the registry never assigns to a fact, which would add to it)."""
        own = model.__pydantic_fields_set__
        object.__setattr__(
            model, "__pydantic_fields_set__", self.field_sets.setdefault(frozenset(own), own)
        )


def _claim_rows(
    kind: str, rid: str, item: int | None, claims: list[dict[str, Any]]
) -> Iterator[dict[str, Any]]:
    for c in claims:
        yield {
            "record_type": kind,
            "record_id": rid,
            "item": item,
            "field": c["field"],
            "fact_id": c["fact"],
            "article": c["article"],
            "quote": c["quote"],
        }


WRITE_ORDER = ("person", "session", "document", *RECORD_TYPES[3:])
"""Parents before children, people before what cites them."""
WRITE_ROWS = 5000
"""Rows (records, their children and claims) inserted at a time, not records: one record may
cite thousands of facts (a 1M archive's 193 people cite 145,000), and a thousand records' claim
rows at once took 70 MB."""


class _Rows:
    """Rows of a few tables, inserted a few thousand at a time, table by table in the order
    given: a parent's row is always inserted before (or with) its children's."""

    def __init__(self, conn: Connection, tables: Iterable[Table]) -> None:
        self.conn = conn
        self.pending: dict[Table, list[dict[str, Any]]] = {table: [] for table in tables}
        self.count = 0

    def add(self, table: Table, rows: Iterable[dict[str, Any]]) -> None:
        for row in rows:
            self.pending[table].append(row)
            self.count += 1
            if self.count >= WRITE_ROWS:
                self.flush()

    def flush(self) -> None:
        for table, rows in self.pending.items():
            if rows:
                self.conn.execute(insert(table), rows)
                self.pending[table] = []
        self.count = 0


def write_registry(conn: Connection, records: Records) -> None:
    """Insert every record; parents before children, people before what cites them."""
    for kind in WRITE_ORDER:
        write_records(conn, kind, records[kind])


def write_records(conn: Connection, kind: str, records: list[dict[str, Any]]) -> None:
    """Insert the records of one type: their rows, their children's rows and their claims
    (claims in the order `write_registry` always gave them)."""
    table = t.RECORD_TABLES[kind]
    out = _Rows(conn, (table, *_child_tables(kind), t.claims))
    for rec in records:
        out.add(table, [{c.name: rec[c.name] for c in table.columns}])
        out.add(t.claims, _claim_rows(kind, rec["id"], None, rec["claims"]))
        if kind in CHILDREN:
            name, child, fk = CHILDREN[kind]
            for pos, item in enumerate(rec[name]):
                row = {c.name: item.get(c.name) for c in child.columns}
                out.add(child, [row | {fk: rec["id"], "position": pos}])
                out.add(t.claims, _claim_rows(kind, rec["id"], pos, item["claims"]))
        if kind == "person":
            out.add(t.person_names, ({"person_id": rec["id"], "name": n} for n in rec["names"]))
    out.flush()
    write_lookups(conn, {kind: records})


def _child_tables(kind: str) -> tuple[Table, ...]:
    """The table of a record type's child rows, if it has one."""
    if kind == "person":
        return (t.person_names,)
    return (CHILDREN[kind][1],) if kind in CHILDREN else ()


def read_registry(conn: Connection) -> Records:
    """All records in the JSON form `Registry.as_dict` gives, sorted by id."""
    return {kind: read_records(conn, kind) for kind in RECORD_TYPES}


def read_records(conn: Connection, kind: str) -> list[dict[str, Any]]:
    """The records of one type in the JSON form `Registry.records` gives, sorted by id."""
    claims: dict[tuple[str, int | None], list[dict[str, Any]]] = defaultdict(list)
    for c in conn.execute(select(t.claims).where(t.claims.c.record_type == kind)).mappings():
        claims[(c["record_id"], c["item"])].append(
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
    if kind == "person":
        query = select(t.person_names.c.person_id, t.person_names.c.name)
        for person_id, name in conn.execute(query):
            names[person_id].append(name)
    table = t.RECORD_TABLES[kind]
    records = {}
    for mapping in conn.execute(select(table).order_by(table.c.id)).mappings():
        rec = dict(mapping)
        if kind == "person":
            rec["names"] = sorted(names[rec["id"]])
        rec["claims"] = claims[(rec["id"], None)]
        records[rec["id"]] = rec
    if kind in CHILDREN:
        name, child, fk = CHILDREN[kind]
        for rec in records.values():
            rec[name] = []
        query = select(child).order_by(child.c[fk], child.c.position)
        for mapping in conn.execute(query).mappings():
            item = {k: v for k, v in mapping.items() if k not in (fk, "position")}
            item["claims"] = claims[(mapping[fk], mapping["position"])]
            records[mapping[fk]][name].append(item)
    return [_ordered(kind, r) for r in records.values()]


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
    return {
        kind: compare_records(before.get(kind, []), after.get(kind, [])) for kind in RECORD_TYPES
    }


def compare_records(before: list[dict[str, Any]], after: list[dict[str, Any]]) -> dict[str, int]:
    """Ids of one record type inserted, updated, unchanged and deleted."""
    old = {r["id"]: r for r in before}
    new = {r["id"]: r for r in after}
    return {
        "inserted": len(new.keys() - old.keys()),
        "updated": sum(1 for k in new.keys() & old.keys() if new[k] != old[k]),
        "unchanged": sum(1 for k in new.keys() & old.keys() if new[k] == old[k]),
        "deleted": len(old.keys() - new.keys()),
    }


def rebuild_in(conn: Connection, gazetteer: Gazetteer | None = None) -> Changes:
    """Derive the registry afresh from the stored facts on `conn` (the caller's transaction),
    with the editors' decisions applied.

    Memory: the facts are let go once reconciled; records become rows one type at a time, once
    to compare them with the stored ones (read one type at a time) and once to write them, a
    few thousand rows at a time, each type let go of once written: the JSON form of a type's
    records weighs more than the records (a 1M archive's registry has 370,000 claims), and
    with every type's at once, and a thousand records' rows, the rebuild peaked 60 MB higher."""
    from plenary.store.decisions import decided_registry, lock_registry, write_aliases

    lock_registry(conn)
    registry: Registry
    registry, outcome = decided_registry(conn, load_facts(conn), gazetteer or load_gazetteer())
    counts = {
        kind: compare_records(read_records(conn, kind), registry.records(kind))
        for kind in RECORD_TYPES
    }
    for table in t.REGISTRY_TABLES:
        conn.execute(delete(table))
    for kind in WRITE_ORDER:
        write_records(conn, kind, registry.records(kind))
        setattr(registry, plural(kind), [])
    write_aliases(conn, outcome)
    return Changes(counts=counts, unresolved=registry.unresolved)
