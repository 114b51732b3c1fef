"""Editors' decisions in the store: recorded once with author, time and reason, applied by every
rebuild (`plenary.registry.decisions`), listed as the audit log, undone by flag, never deleted.

Each decision is written and the registry rebuilt in one transaction, under a lock on
PostgreSQL (retried on a serialization failure or deadlock), so two editors at once neither lose
a decision nor interleave two rebuilds.
"""

from __future__ import annotations

import getpass
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from pydantic import ValidationError
from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Connection,
    Integer,
    String,
    Table,
    Text,
    delete,
    insert,
    select,
    text,
    update,
)

from plenary.reference import Gazetteer
from plenary.registry import Registry, StoredFact
from plenary.registry.decisions import (
    ACTIONS,
    FACT_ACTIONS,
    MERGEABLE,
    Decision,
    Outcome,
    corrected,
    fact_anchor,
    next_status,
    reconcile_decided,
)
from plenary.spec import fact_from_dict
from plenary.store import schema as t
from plenary.store.db import Store
from plenary.store.retry import transaction

Records = dict[str, list[dict[str, Any]]]

decisions = Table(
    "decisions",
    t.metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("action", String(10), nullable=False),
    Column("record_type", String(20)),
    Column("target", String(300), nullable=False),
    Column("other", String(300)),
    Column("fields", JSON, nullable=False),
    Column("facts", JSON, nullable=False),
    Column("anchor", JSON, nullable=False),
    Column("author", String(200), nullable=False),
    Column("reason", Text),
    Column("made_at", String(32), nullable=False),
    Column("changes", JSON, comment="record ids this decision inserted, updated, deleted"),
    Column("undone", Boolean, nullable=False),
    Column("undone_by", String(200)),
    Column("undone_at", String(32)),
    Column("undo_reason", Text),
)

record_aliases = Table(
    "record_aliases",
    t.metadata,
    Column("old_id", t.ID, primary_key=True),
    Column("new_id", t.ID, nullable=False),
    comment="ids merged records absorbed (old → new), so links never break; derived",
)

LOCK_KEY = 0x706C656E  # "plen": one advisory lock for every rebuild on PostgreSQL


class DecisionError(ValueError):
    """A decision that cannot be made: unknown target, invalid correction, nothing to undo."""


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def default_author() -> str:
    return os.environ.get("PLENARY_USER") or getpass.getuser()


def authorize(store: Store, author: str, role: str) -> None:
    """Raise PermissionError unless `author` is an enabled user of at least `role`; a store
    without accounts lets everyone act (`plenary.store.users.require_role`)."""
    from plenary.store.users import require_role

    require_role(store, author, role)


def lock_registry(conn: Connection) -> None:
    """Serialize rebuilds on PostgreSQL (SQLite already allows one writer at a time)."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": LOCK_KEY})


def load_decisions(conn: Connection) -> list[Decision]:
    """Every decision in force (not undone), in the order they were made."""
    query = select(decisions).where(decisions.c.undone.is_(False)).order_by(decisions.c.id)
    return [
        Decision(
            id=r.id,
            action=r.action,
            target=r.target,
            record_type=r.record_type,
            other=r.other,
            fields=dict(r.fields or {}),
            facts=tuple(r.facts or ()),
            anchor=dict(r.anchor or {}),
        )
        for r in conn.execute(query).mappings()
    ]


def decided_registry(
    conn: Connection, facts: list[StoredFact], gazetteer: Gazetteer
) -> tuple[Registry, Outcome]:
    """The rebuild's registry: the facts reconciled with every decision in force."""
    return reconcile_decided(facts, gazetteer, load_decisions(conn))


def write_aliases(conn: Connection, outcome: Outcome) -> None:
    conn.execute(delete(record_aliases))
    rows = [{"old_id": old, "new_id": new} for old, new in sorted(outcome.moved.items())]
    if rows:
        conn.execute(insert(record_aliases), rows)


def aliases(store: Store) -> dict[str, str]:
    """Absorbed record id → the record it lives on in."""
    with store.engine.connect() as conn:
        return dict(conn.execute(select(record_aliases.c.old_id, record_aliases.c.new_id)).all())


# making decisions


def _fact(conn: Connection, ref: str) -> StoredFact:
    """A stored fact by id or by a unique prefix of at least 8 characters."""
    query = select(t.facts.c.id, t.facts.c.payload, t.articles.c.name, t.articles.c.published)
    query = query.join_from(t.facts, t.articles)
    if len(ref) < 64:
        if len(ref) < 8:
            raise DecisionError(f"fact id {ref!r}: give at least 8 characters")
        rows = conn.execute(query.where(t.facts.c.id.startswith(ref, autoescape=True))).all()
    else:
        rows = conn.execute(query.where(t.facts.c.id == ref)).all()
    if len(rows) != 1:
        raise DecisionError(f"fact {ref!r}: {'no such fact' if not rows else 'ambiguous prefix'}")
    r = rows[0]
    return StoredFact(r.id, fact_from_dict(r.payload), r.name, r.published)


def _record_type(record_id: str) -> str:
    kind = record_id.split("/", 1)[0]
    if kind not in MERGEABLE:
        raise DecisionError(f"{record_id!r}: only people and documents can be merged or split")
    return kind


def _record_facts(conn: Connection, kind: str, record_id: str) -> list[str]:
    c = t.claims.c
    query = select(c.fact_id).where(
        c.record_type == kind, c.record_id == record_id, c.item.is_(None)
    )
    found = sorted(set(conn.execute(query).scalars()))
    if not found:
        raise DecisionError(f"no {kind} {record_id!r} in the registry")
    return found


@dataclass(frozen=True)
class Made:
    id: int
    changes: dict[str, dict[str, list[str]]]
    unresolved: list[str]


def decide(
    store: Store,
    action: str,
    target: str,
    *,
    author: str,
    reason: str | None = None,
    other: str | None = None,
    fields: dict[str, Any] | None = None,
    facts: list[str] | None = None,
) -> Made:
    """Record one decision and rebuild the registry with it, in one transaction."""
    from plenary.store.registry_rows import read_registry, rebuild_in

    if action not in ACTIONS:
        raise DecisionError(f"unknown action {action!r}; one of {', '.join(ACTIONS)}")

    def work(conn: Connection) -> Made:
        lock_registry(conn)
        row = _validated(conn, action, target, other, fields or {}, facts or [])
        row |= {"author": author, "reason": reason, "made_at": now(), "undone": False}
        did = conn.execute(insert(decisions).values(**row).returning(decisions.c.id)).scalar_one()
        before = read_registry(conn)
        result = rebuild_in(conn)
        changes = diff(before, read_registry(conn))
        conn.execute(update(decisions).where(decisions.c.id == did).values(changes=changes))
        mine = [u for u in result.unresolved if u.startswith(f"decision {did} ")]
        return Made(did, changes, mine)

    return transaction(store, work)


def _validated(
    conn: Connection,
    action: str,
    target: str,
    other: str | None,
    fields: dict[str, Any],
    facts: list[str],
) -> dict[str, Any]:
    row: dict[str, Any] = {"action": action, "fields": {}, "facts": [], "other": None}
    if action in FACT_ACTIONS:
        sf = _fact(conn, target)
        if action == "correct":
            if not fields:
                raise DecisionError("a correction needs at least one field")
            if "kind" in fields:
                raise DecisionError("a correction cannot change a fact's kind")
            try:
                corrected(sf, fields)
            except ValidationError as exc:
                raise DecisionError(f"invalid correction: {exc}") from exc
            row["fields"] = fields
        return row | {"target": sf.id, "anchor": fact_anchor(sf), "record_type": None}
    kind = _record_type(target)
    anchor = {"target": _record_facts(conn, kind, target)}
    row |= {"target": target, "record_type": kind}
    if action == "merge":
        if other is None or other == target:
            raise DecisionError("a merge needs two different records")
        if _record_type(other) != kind:
            raise DecisionError("only two records of one type can be merged")
        anchor["other"] = _record_facts(conn, kind, other)
        return row | {"other": other, "anchor": anchor}
    moving = sorted({_fact(conn, f).id for f in facts})
    if not moving:
        raise DecisionError("a split needs the facts that go to the new record")
    if not set(moving) < set(anchor["target"]):
        raise DecisionError(
            f"a split moves some, not all, of the facts {target!r} rests on; "
            f"its facts: {', '.join(f[:12] for f in anchor['target'])}"
        )
    return row | {"facts": moving, "anchor": anchor}


def diff(before: Records, after: Records) -> dict[str, dict[str, list[str]]]:
    """Per record type, the ids one change inserted, updated and deleted (empty ones left out)."""
    out: dict[str, dict[str, list[str]]] = {}
    for kind in sorted(set(before) | set(after)):
        old = {r["id"]: r for r in before.get(kind, [])}
        new = {r["id"]: r for r in after.get(kind, [])}
        found = {
            "inserted": sorted(new.keys() - old.keys()),
            "updated": sorted(k for k in new.keys() & old.keys() if new[k] != old[k]),
            "deleted": sorted(old.keys() - new.keys()),
        }
        if any(found.values()):
            out[kind] = {what: ids for what, ids in found.items() if ids}
    return out


def undo(store: Store, decision_id: int, *, author: str, reason: str | None = None) -> Made:
    """Take a decision out of force (it stays in the log) and rebuild."""
    from plenary.store.registry_rows import read_registry, rebuild_in

    def work(conn: Connection) -> Made:
        lock_registry(conn)
        found = conn.execute(
            select(decisions.c.undone).where(decisions.c.id == decision_id)
        ).first()
        if found is None:
            raise DecisionError(f"no decision {decision_id}")
        if found.undone:
            raise DecisionError(f"decision {decision_id} is already undone")
        conn.execute(
            update(decisions)
            .where(decisions.c.id == decision_id)
            .values(undone=True, undone_by=author, undone_at=now(), undo_reason=reason)
        )
        before = read_registry(conn)
        rebuild_in(conn)
        return Made(decision_id, diff(before, read_registry(conn)), [])

    return transaction(store, work)


# reading


def list_decisions(store: Store, include_undone: bool = True) -> list[dict[str, Any]]:
    """Every decision, oldest first, as JSON-ready dicts."""
    query = select(decisions).order_by(decisions.c.id)
    if not include_undone:
        query = query.where(decisions.c.undone.is_(False))
    with store.engine.connect() as conn:
        return [dict(r) for r in conn.execute(query).mappings()]


def audit_log(store: Store) -> list[dict[str, Any]]:
    """Every change editors made, in time order: each decision and each undo, with its author,
    reason and the records it changed."""
    events = []
    for d in list_decisions(store):
        events.append(
            {
                "at": d["made_at"],
                "decision": d["id"],
                "event": d["action"],
                "author": d["author"],
                "reason": d["reason"],
                "target": d["target"],
                "other": d["other"],
                "changes": d["changes"] or {},
            }
        )
        if d["undone"]:
            events.append(
                {
                    "at": d["undone_at"],
                    "decision": d["id"],
                    "event": "undo",
                    "author": d["undone_by"],
                    "reason": d["undo_reason"],
                    "target": d["target"],
                    "other": d["other"],
                    "changes": {},
                }
            )
    return sorted(events, key=lambda e: (e["at"] or "", e["decision"], e["event"] == "undo"))


def fact_status(store: Store) -> dict[str, str]:
    """Fact id → accepted / rejected / corrected, by the decisions in force."""
    status: dict[str, str] = {}
    fixed: set[str] = set()
    with store.engine.connect() as conn:
        for d in load_decisions(conn):
            if d.action in FACT_ACTIONS:
                fixed |= {d.target} if d.action == "correct" else set()
                status[d.target] = next_status(d.target in fixed, d.action)
    return status


def review_queue(store: Store, below: float = 0.6, limit: int = 200) -> dict[str, list[Any]]:
    """What editors should look at: facts under the confidence threshold that no decision
    covers yet (lowest first), records whose sources conflict, and people the reference data
    does not know."""
    status = fact_status(store)
    f, a, c = t.facts.c, t.articles.c, t.claims.c
    with store.engine.connect() as conn:
        query = (
            select(f.id, f.kind, f.payload, f.quote, f.confidence, a.id.label("article_id"), a.name)
            .join_from(t.facts, t.articles)
            .where(f.confidence < below)
            .order_by(f.confidence, f.id)
        )
        low = [dict(r) for r in conn.execute(query).mappings() if r["id"] not in status][:limit]
        feeds: dict[str, set[tuple[str, str]]] = {r["id"]: set() for r in low}
        if feeds:
            rows = conn.execute(
                select(c.fact_id, c.record_type, c.record_id).where(c.fact_id.in_(list(feeds)))
            )
            for fid, kind, rid in rows:
                feeds[fid].add((kind, rid))
        for r in low:
            r["records"] = sorted(feeds[r["id"]])
        conflicts = [
            {"kind": kind, "id": rid, "conflicts": list(found)}
            for kind, table in (("session", t.sessions), ("statistic", t.statistics))
            for rid, found in conn.execute(select(table.c.id, table.c.conflicts))
            if found
        ]
        people = conn.execute(
            select(t.people.c.id, t.people.c.name)
            .where(t.people.c.known.is_(False))
            .order_by(t.people.c.id)
        )
        new_people = [{"id": pid, "name": name} for pid, name in people]
    return {"facts": low, "conflicts": conflicts, "people": new_people}
