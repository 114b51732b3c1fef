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
    `StoredFact.source`) quote the same sentence, and each article reads as many facts of a
    kind from it, but the articles read it differently (a copy extracted afresh, its dateline
    moved under an outlet's headline, dates "the summit" instead of placing it), the report's
    own reading of the sentence stands for every copy; without the report, the reading most
    copies give (among equals, the first fact's by id). A sentence naming two documents ("approved
    the Main Directions … and adopted a decision on …") is read as a whole: each copy's facts,
    in the order of their own readings, take the facts of the sentence's reading in theirs, so
    that a copy which placed both documents "in Saint Petersburg" where its report dated them
    does not adopt them at a session of its own. Each copy keeps its own fact ids, article,
    quote and span; a copy whose sentence differs (a correction) quotes another sentence and
    keeps its own reading, as does an article reading another number of facts from it.
    Articles ingested alone are sources of their own: nothing changes for them."""
    articles: dict[str, set[str]] = {}
    for sf in facts:
        articles.setdefault(sf.source, set()).add(sf.article)
    groups: dict[tuple[str, str, str], dict[str, list[StoredFact]]] = {}
    for sf in facts:
        if sf.fact.quote and len(articles[sf.source]) > 1:
            key = (sf.source, sf.fact.kind, sf.fact.quote)
            groups.setdefault(key, {}).setdefault(sf.article, []).append(sf)
    replaced: dict[str, StoredFact] = {}
    for by_article in groups.values():
        if len(by_article) < 2 or len({len(sfs) for sfs in by_article.values()}) > 1:
            continue  # one article, or articles reading different numbers of facts from it
        readings: dict[tuple[str, ...], list[list[StoredFact]]] = {}
        for sfs in by_article.values():
            ordered = sorted(sfs, key=lambda sf: (_reading(sf), sf.id))
            readings.setdefault(tuple(_reading(sf) for sf in ordered), []).append(ordered)
        if len(readings) < 2:
            continue
        originals = [r for r, arts in readings.items() if any(not a[0].reprint for a in arts)]
        if len(originals) == 1:
            best = originals[0]
        else:
            best = min(readings, key=lambda r: (-len(readings[r]), _first_id(readings[r])))
        model = readings[best][0]
        for reading, arts in readings.items():
            if reading == best:
                continue
            for ordered in arts:
                for sf, like in zip(ordered, model, strict=True):
                    own = like.fact.model_copy(
                        update={"span": sf.fact.span, "confidence": sf.fact.confidence}
                    )
                    replaced[sf.id] = replace(sf, fact=own)
    return [replaced.get(sf.id, sf) for sf in facts] if replaced else facts


def _first_id(articles: list[list[StoredFact]]) -> str:
    return min(sf.id for sfs in articles for sf in sfs)
