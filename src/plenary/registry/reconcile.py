"""reconcile(facts) → Registry: pure and deterministic; the same facts in any order give the
same records with the same ids."""

from __future__ import annotations

from dataclasses import replace

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
    facts = one_reading_per_source(facts)
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


def _reading(sf: StoredFact) -> str:
    """A fact's content: its JSON without where it stands (span) or how sure it is."""
    return sf.fact.model_dump_json(exclude={"span", "confidence", "optional"})


def one_reading_per_source(facts: list[StoredFact]) -> list[StoredFact]:
    """One source's one sentence says one thing: where the copies of a report (one source,
    `StoredFact.source`) quote the same sentence, and each article reads one fact of a kind
    from it, but the articles read it differently (a copy extracted afresh, its dateline moved
    under an outlet's headline, dates "the summit" instead of placing it), the report's own
    reading stands for every copy; without the report, the reading most copies give (among
    equals, the first fact's by id). Each copy
    keeps its own fact id, article, quote and span; a copy whose sentence differs (a
    correction) quotes another sentence and keeps its own reading. Articles ingested alone
    are sources of their own: nothing changes for them."""
    articles: dict[str, set[str]] = {}
    for sf in facts:
        articles.setdefault(sf.source, set()).add(sf.article)
    groups: dict[tuple[str, str, str], list[StoredFact]] = {}
    for sf in facts:
        if sf.fact.quote and len(articles[sf.source]) > 1:
            groups.setdefault((sf.source, sf.fact.kind, sf.fact.quote), []).append(sf)
    replaced: dict[str, StoredFact] = {}
    for group in groups.values():
        if len({sf.article for sf in group}) != len(group) or len(group) < 2:
            continue  # one article, or an article reading two facts of a kind from the sentence
        readings: dict[str, list[StoredFact]] = {}
        for sf in group:
            readings.setdefault(_reading(sf), []).append(sf)
        if len(readings) < 2:
            continue
        originals = [r for r, sfs in readings.items() if any(not sf.reprint for sf in sfs)]
        if len(originals) == 1:
            best = originals[0]
        else:
            best = min(readings, key=lambda r: (-len(readings[r]), readings[r][0].id))
        fact = readings[best][0].fact
        for reading, sfs in readings.items():
            if reading == best:
                continue
            for sf in sfs:
                own = fact.model_copy(
                    update={"span": sf.fact.span, "confidence": sf.fact.confidence}
                )
                replaced[sf.id] = replace(sf, fact=own)
    return [replaced.get(sf.id, sf) for sf in facts] if replaced else facts
