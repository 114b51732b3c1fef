"""reconcile(facts) → Registry: pure and deterministic; the same facts in any order give the
same records with the same ids."""

from __future__ import annotations

from plenary.reference import Gazetteer
from plenary.registry.documents import build_documents
from plenary.registry.model import Registry, StoredFact
from plenary.registry.others import (
    build_appointments,
    build_awards,
    build_chairmanships,
    build_initiatives,
    build_statistics,
)
from plenary.registry.people import add_roles, resolve_people
from plenary.registry.sessions import build_sessions


def reconcile(facts: list[StoredFact], gazetteer: Gazetteer) -> Registry:
    facts = sorted({sf.id: sf for sf in facts}.values(), key=lambda sf: sf.id)
    people = resolve_people(facts, gazetteer)
    add_roles(people, facts)
    unresolved = list(people.unresolved)
    sessions = build_sessions(facts, gazetteer, people, unresolved)
    by_id = {s.id: s for s in sessions.records}
    registry = Registry(
        sessions=sessions.records,
        documents=build_documents(facts, by_id, sessions.of_fact, gazetteer),
        people=sorted(people.records.values(), key=lambda p: p.id),
        awards=build_awards(facts, people, gazetteer),
        appointments=build_appointments(facts, people),
        chairmanships=build_chairmanships(facts),
        statistics=build_statistics(facts),
        initiatives=build_initiatives(facts, people),
        unresolved=sorted(set(unresolved)),
    )
    link_people(registry)
    return registry


def link_people(registry: Registry) -> None:
    """Each person lists the sessions, awards, appointments and initiatives naming them (anew:
    editors' merges and splits call this again after moving records)."""
    people = {p.id: p for p in registry.people}
    for p in registry.people:
        p.sessions, p.awards, p.appointments, p.initiatives = [], [], [], []
    for s in registry.sessions:
        for part in s.participants:
            people[part.person].sessions.append(s.id)
    for a in registry.awards:
        people[a.recipient].awards.append(a.id)
    for ap in registry.appointments:
        people[ap.person].appointments.append(ap.id)
    for i in registry.initiatives:
        people[i.by].initiatives.append(i.id)
    for p in registry.people:
        for links in (p.sessions, p.awards, p.appointments, p.initiatives):
            links[:] = sorted(set(links))
