"""Editors' decisions applied to the fact log and the reconciled registry: pure and
deterministic, so every rebuild and every re-ingest keeps them.

Fact decisions (accept, reject, correct) act on the facts before `reconcile`; record decisions
(merge, split of people or documents) act on its records after. Decisions apply in id order, the
later one winning. A decision names its target by id and also by an anchor that outlives a new
extractor or a renamed record: a fact by (article, kind, span), a record by the facts it rests on.
One that finds no target is reported among the registry's unresolved references, not dropped.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from plenary.reference import Gazetteer
from plenary.registry.documents import _status
from plenary.registry.model import (
    Document,
    DocumentAction,
    Person,
    Registry,
    SessionParticipant,
    StoredFact,
)
from plenary.registry.people import names_in
from plenary.registry.reconcile import link_people, reconcile
from plenary.registry.text import longest
from plenary.spec import Document as DocumentFact
from plenary.spec import fact_from_dict, fact_to_dict

FACT_ACTIONS = ("accept", "reject", "correct")
RECORD_ACTIONS = ("merge", "split")
ACTIONS = FACT_ACTIONS + RECORD_ACTIONS
MERGEABLE = ("person", "document")
"""Record types an editor can merge or split."""


@dataclass(frozen=True)
class Decision:
    """One editor's decision as reconcile needs it (who, when and why live in the store)."""

    id: int
    action: str
    target: str
    """A fact id (accept / reject / correct), or the record kept (merge) or divided (split)."""
    record_type: str | None = None
    other: str | None = None
    """merge: the record absorbed into `target`."""
    fields: dict[str, Any] = field(default_factory=dict)
    """correct: the fact's corrected fields, as the spec writes them."""
    facts: tuple[str, ...] = ()
    """split: the facts that go to the new record."""
    anchor: dict[str, Any] = field(default_factory=dict)
    """A fact: {article, kind, span}; records: {"target": [fact ids], "other": [fact ids]}."""


@dataclass
class Outcome:
    """What the decisions did: the facts' review status and the decisions that found no target."""

    status: dict[str, str] = field(default_factory=dict)
    """Fact id → accepted / rejected / corrected."""
    unapplied: list[str] = field(default_factory=list)
    moved: dict[str, str] = field(default_factory=dict)
    """Absorbed record id → the id of the record it was merged into."""


def corrected(sf: StoredFact, fields: dict[str, Any]) -> StoredFact:
    """The fact with an editor's fields over the extracted ones (raises on an invalid fact)."""
    payload = fact_to_dict(sf.fact) | fields
    payload.setdefault("confidence", None)
    if "confidence" not in fields:
        payload["confidence"] = 1.0
    return replace(sf, fact=fact_from_dict(payload))


def _payload(sf: StoredFact) -> dict[str, Any]:
    """What a fact says, without how sure the extractor was."""
    return {k: v for k, v in fact_to_dict(sf.fact).items() if k != "confidence"}


def fact_anchor(sf: StoredFact) -> dict[str, Any]:
    """The anchor a fact decision stores: its article, kind, span and what it says."""
    return {
        "article": sf.article,
        "kind": sf.fact.kind,
        "span": list(sf.fact.span) if sf.fact.span else None,
        "payload": _payload(sf),
    }


def _find_fact(d: Decision, by_id: dict[str, StoredFact]) -> str | None:
    """The fact by id; else the one fact of the same article and kind that says the same;
    else the one at the same span (a new extractor's reading of the same words)."""
    if d.target in by_id:
        return d.target
    a = d.anchor
    same = [
        sf
        for sf in by_id.values()
        if sf.article == a.get("article") and sf.fact.kind == a.get("kind")
    ]
    found = [sf.id for sf in same if _payload(sf) == a.get("payload")]
    if len(found) != 1 and a.get("span"):
        found = [sf.id for sf in same if sf.fact.span and list(sf.fact.span) == a["span"]]
    return found[0] if len(found) == 1 else None


def decide_facts(
    facts: Iterable[StoredFact], decisions: Sequence[Decision], outcome: Outcome
) -> list[StoredFact]:
    """The fact log as the editors left it: rejected facts out, corrected ones rewritten."""
    by_id = {sf.id: sf for sf in facts}
    original = dict(by_id)
    for d in sorted(decisions, key=lambda d: d.id):
        if d.action not in FACT_ACTIONS:
            continue
        fid = _find_fact(d, original)
        if fid is None:
            outcome.unapplied.append(f"decision {d.id} ({d.action} {d.target}): fact not found")
            continue
        if d.action == "correct":
            by_id[fid] = corrected(by_id[fid], d.fields)
        outcome.status[fid] = next_status(by_id[fid] is not original[fid], d.action)
    return [sf for fid, sf in by_id.items() if outcome.status.get(fid) != "rejected"]


def next_status(was_corrected: bool, action: str) -> str:
    """A fact's review status after a decision: rejected, else corrected once an editor has
    corrected it, else accepted."""
    if action == "reject":
        return "rejected"
    return "corrected" if was_corrected or action == "correct" else "accepted"


def record_facts(record: Person | Document) -> list[str]:
    """The facts a record rests on: its anchor for merge and split decisions."""
    return sorted({c.fact for c in record.claims})


def _find_record(records: Sequence[Any], rid: str, anchor: Sequence[str]) -> Any | None:
    """The record with this id if it still rests on one of its anchor facts (or has none);
    else the record sharing the most anchor facts."""
    wanted = set(anchor)
    for r in records:
        if r.id == rid and (not wanted or wanted & set(record_facts(r))):
            return r
    scored = sorted(
        ((len(wanted & set(record_facts(r))), r) for r in records), key=lambda s: (-s[0], s[1].id)
    )
    return scored[0][1] if scored and scored[0][0] else None


def reconcile_decided(
    facts: list[StoredFact], gazetteer: Gazetteer, decisions: Sequence[Decision]
) -> tuple[Registry, Outcome]:
    """reconcile(facts) with every decision applied; unapplied ones join `unresolved`."""
    outcome = Outcome()
    registry = reconcile(decide_facts(facts, decisions, outcome), gazetteer)
    by_fact = {sf.id: sf for sf in facts}
    for d in sorted(decisions, key=lambda d: d.id):
        if d.action in RECORD_ACTIONS:
            _apply_record(registry, d, gazetteer, by_fact, outcome)
    if outcome.unapplied:
        registry.unresolved = sorted(set(registry.unresolved) | set(outcome.unapplied))
    return registry, outcome


def _apply_record(
    reg: Registry, d: Decision, gaz: Gazetteer, by_fact: dict[str, StoredFact], outcome: Outcome
) -> None:
    records: list[Any] = reg.people if d.record_type == "person" else reg.documents
    target = _find_record(records, d.target, d.anchor.get("target", []))
    if d.action == "merge":
        other = _find_record(records, d.other or "", d.anchor.get("other", []))
        if target is None or other is None or target is other:
            outcome.unapplied.append(
                f"decision {d.id} (merge {d.target} {d.other}): record not found"
            )
            return
        if d.record_type == "person":
            _merge_people(reg, target, other)
        else:
            _merge_documents(reg, target, other, gaz)
        outcome.moved[other.id] = target.id
        for old, new in list(outcome.moved.items()):
            if new == other.id:
                outcome.moved[old] = target.id
        return
    moving = set(d.facts) & set(record_facts(target)) if target is not None else set()
    if target is None or not moving or moving == set(record_facts(target)):
        outcome.unapplied.append(f"decision {d.id} (split {d.target}): nothing to split off")
        return
    new_id = f"{target.id}-split-{d.id}"
    if d.record_type == "person":
        _split_person(reg, target, moving, new_id, by_fact)
    else:
        _split_document(reg, target, moving, new_id, by_fact, gaz)


# people


def _merge_people(reg: Registry, keep: Person, gone: Person) -> None:
    keep.names = sorted(({gone.name} | set(gone.names) | set(keep.names)) - {keep.name})
    keep.known = keep.known or gone.known
    keep.posts += [p for p in gone.posts if p not in keep.posts]
    keep.posts.sort(key=lambda p: (p["start"] or "", p["title"], p["state"] or ""))
    keep.claims = sorted(set(keep.claims) | set(gone.claims))
    reg.people.remove(gone)
    _repoint(reg, gone.id, keep.id, lambda claims: True)
    _dedupe_participants(reg)
    link_people(reg)


def _split_person(
    reg: Registry, person: Person, moving: set[str], new_id: str, by_fact: dict[str, StoredFact]
) -> None:
    own = {person.name, *person.names}

    def spellings(fids: Iterable[str]) -> set[str]:
        return {n for f in fids if f in by_fact for n, _ in names_in(by_fact[f]) if n in own}

    staying = set(record_facts(person)) - moving
    moved_names, kept_names = spellings(moving), spellings(staying)
    claims = [c for c in person.claims if c.fact in moving]
    roles = {c.field.removeprefix("post:") for c in claims if c.field.startswith("post:")}
    new = Person(
        id=new_id,
        name=longest(sorted(moved_names)) if moved_names else person.name,
        names=[],
        known=False,
        posts=[p for p in person.posts if p["source"] == "reported" and p["title"] in roles],
        claims=claims,
    )
    new.names = sorted(moved_names - {new.name})
    person.claims = [c for c in person.claims if c.fact not in moving]
    left = {c.field.removeprefix("post:") for c in person.claims if c.field.startswith("post:")}
    person.posts = [p for p in person.posts if p["source"] != "reported" or p["title"] in left]
    person.names = sorted(kept_names - {person.name})
    reg.people = sorted([*reg.people, new], key=lambda p: p.id)
    _repoint(reg, person.id, new_id, lambda cs: any(c.fact in moving for c in cs))
    link_people(reg)


def _repoint(reg: Registry, old: str, new: str, take: Any) -> None:
    """Every reference to person `old` whose claims `take` accepts now names `new`."""
    for s in reg.sessions:
        for part in s.participants:
            if part.person == old and take(part.claims):
                part.person = new
    for a in reg.awards:
        if take(a.claims):
            a.recipient = new if a.recipient == old else a.recipient
            a.by = new if a.by == old else a.by
    for ap in reg.appointments:
        if ap.person == old and take(ap.claims):
            ap.person = new
    for i in reg.initiatives:
        if i.by == old and take(i.claims):
            i.by = new


def _dedupe_participants(reg: Registry) -> None:
    """Two entries for one person in one role after a merge become one, with both claims."""
    for s in reg.sessions:
        seen: dict[tuple[Any, ...], SessionParticipant] = {}
        kept = []
        for part in s.participants:
            key = (part.person, part.state, part.org, part.role, part.planned)
            if key in seen:
                seen[key].claims = sorted(set(seen[key].claims) | set(part.claims))
            else:
                seen[key] = part
                kept.append(part)
        s.participants = kept


# documents


def _action_key(a: DocumentAction) -> tuple[str, str | None, tuple[str, ...]]:
    return (a.action, a.session, tuple(a.states))


def _join_actions(actions: Iterable[DocumentAction]) -> list[DocumentAction]:
    groups: dict[tuple[str, str | None, tuple[str, ...]], DocumentAction] = {}
    for a in actions:
        key = _action_key(a)
        if key in groups:
            g = groups[key]
            g.claims = sorted(set(g.claims) | set(a.claims))
            g.planned = g.planned and a.planned
            g.date = g.date or a.date
        else:
            groups[key] = replace(a, claims=list(a.claims))
    return sorted(
        groups.values(), key=lambda a: (a.date or "9999", a.action, a.session or "", a.states)
    )


def _merge_documents(reg: Registry, keep: Document, gone: Document, gaz: Gazetteer) -> None:
    keep.titles = sorted(({gone.title} | set(gone.titles) | set(keep.titles)) - {keep.title})
    keep.actions = _join_actions([*keep.actions, *gone.actions])
    keep.org = keep.org or gone.org
    keep.as_of = max([d for d in (keep.as_of, gone.as_of) if d], default=None)
    keep.state_status = _status(keep.actions, keep.org, keep.as_of, gaz)
    keep.claims = sorted(set(keep.claims) | set(gone.claims))
    reg.documents.remove(gone)
    for s in reg.sessions:
        if gone.id in s.documents:
            s.documents = sorted((set(s.documents) - {gone.id}) | {keep.id})


def _titles(fids: Iterable[str], by_fact: dict[str, StoredFact]) -> list[str]:
    facts = [by_fact[f].fact for f in fids if f in by_fact]
    return sorted({f.title for f in facts if isinstance(f, DocumentFact)})


def _split_document(
    reg: Registry,
    doc: Document,
    moving: set[str],
    new_id: str,
    by_fact: dict[str, StoredFact],
    gaz: Gazetteer,
) -> None:
    kept_actions: list[DocumentAction] = []
    new_actions: list[DocumentAction] = []
    for a in doc.actions:
        out = [c for c in a.claims if c.fact in moving]
        stay = [c for c in a.claims if c.fact not in moving]
        if out:
            new_actions.append(replace(a, claims=out))
        if stay:
            kept_actions.append(replace(a, claims=stay))
    claims = [c for c in doc.claims if c.fact in moving]
    doc.claims = [c for c in doc.claims if c.fact not in moving]
    new_titles = _titles(moving, by_fact) or [doc.title]
    old_titles = _titles(record_facts(doc), by_fact) or [doc.title]
    doc.title, doc.titles = _canonical(old_titles)
    doc.actions = kept_actions
    doc.state_status = _status(doc.actions, doc.org, doc.as_of, gaz)
    title, titles = _canonical(new_titles)
    dates = [a.date for a in new_actions if a.date]
    new = Document(
        id=new_id,
        title=title,
        titles=titles,
        org=doc.org,
        as_of=max(dates) if dates else doc.as_of,
        actions=new_actions,
        claims=claims,
    )
    new.state_status = _status(new.actions, new.org, new.as_of, gaz)
    reg.documents = sorted([*reg.documents, new], key=lambda r: r.id)
    for s in reg.sessions:
        ids = set(s.documents)
        if doc.id in ids and not any(a.session == s.id for a in doc.actions):
            ids.discard(doc.id)
        if any(a.session == s.id for a in new.actions):
            ids.add(new.id)
        s.documents = sorted(ids)


def _canonical(titles: list[str]) -> tuple[str, list[str]]:
    title = longest(titles)
    return title, sorted(set(titles) - {title})


__all__ = [
    "ACTIONS",
    "FACT_ACTIONS",
    "MERGEABLE",
    "RECORD_ACTIONS",
    "Decision",
    "Outcome",
    "corrected",
    "decide_facts",
    "fact_anchor",
    "next_status",
    "reconcile_decided",
    "record_facts",
]
