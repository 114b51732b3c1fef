"""Which document facts name one work.

1. Units: a title, and the session where it was adopted or signed as a whole (held, by no named
   states), if any. A work is adopted once: units adopted at two different sessions are two
   works, even under one title (the Astana Declarations of 2017 and 2024).
2. Complete linkage over units (`titles.work_score`): every two titles of a work are alike, so
   no chain of near titles joins distinct documents.
3. Across wordings: a preview's "special address to the peoples of the Commonwealth" and a
   report's "Address of the Heads of State of the CIS to the Peoples of the Commonwealth" are one
   work when both are the same act at the same session, of one type, with no contradicting
   names, sharing distinctive words, and each is the other's only such match.
"""

from __future__ import annotations

from dataclasses import dataclass

from plenary.reference import Gazetteer
from plenary.registry.model import StoredFact
from plenary.registry.text import complete_clusters
from plenary.registry.titles import kind, names, work_score
from plenary.spec import Document as DocumentFact

ADOPTIONS = ("adopted", "signed")
SHARED_ACROSS_WORDINGS = 2
"""Distinctive words two wordings of one document at one session must share."""

Unit = tuple[str, str]
"""(title, session of its adoption or "")."""


@dataclass
class Work:
    units: list[Unit]
    facts: list[StoredFact]

    @property
    def titles(self) -> list[str]:
        return sorted({title for title, _ in self.units})

    def acts(self, of_fact: dict[str, str]) -> set[tuple[str, str]]:
        """(action, session) of every fact that names a session."""
        out = set()
        for sf in self.facts:
            assert isinstance(sf.fact, DocumentFact)
            if sf.id in of_fact:
                out.add((sf.fact.action, of_fact[sf.id]))
        return out

    def adopted_at(self) -> set[str]:
        return {session for _, session in self.units if session}


def _unit(sf: StoredFact, of_fact: dict[str, str]) -> Unit:
    f = sf.fact
    assert isinstance(f, DocumentFact)
    adoption = f.action in ADOPTIONS and not f.planned and not f.states
    return f.title, (of_fact.get(sf.id, "") if adoption else "")


def _unit_score(a: Unit, b: Unit, gaz: Gazetteer) -> float | None:
    if a[1] and b[1] and a[1] != b[1]:
        return None
    return work_score(a[0], b[0], gaz)


def group_works(
    docs: list[StoredFact], of_fact: dict[str, str], gaz: Gazetteer
) -> list[list[StoredFact]]:
    """Document facts grouped into works; the result depends only on the set of facts."""
    by_unit: dict[Unit, list[StoredFact]] = {}
    for sf in docs:
        by_unit.setdefault(_unit(sf, of_fact), []).append(sf)
    units = sorted(by_unit)
    clusters = complete_clusters(units, lambda a, b: _unit_score(a, b, gaz))
    works = [Work(c, [sf for u in c for sf in by_unit[u]]) for c in clusters]
    return [w.facts for w in _merge_wordings(works, of_fact, gaz)]


def _wordings_match(a: Work, b: Work, of_fact: dict[str, str], gaz: Gazetteer) -> bool:
    """Two works that one session acted on alike, plausibly under two wordings."""
    if not a.acts(of_fact) & b.acts(of_fact):
        return False
    if len(a.adopted_at() | b.adopted_at()) > 1:
        return False
    if {kind(t) for t in a.titles} != {kind(t) for t in b.titles}:
        return False
    na, nb = [names(t, gaz) for t in a.titles], [names(t, gaz) for t in b.titles]
    if any(x.conflicts(y) for x in na for y in nb):
        return False
    shared = {w for x in na for w in x.words} & {w for y in nb for w in y.words}
    return len(shared) >= SHARED_ACROSS_WORDINGS


def _merge_wordings(works: list[Work], of_fact: dict[str, str], gaz: Gazetteer) -> list[Work]:
    """Merge the pairs of works that match across wordings and match nothing else."""
    matches: dict[int, list[int]] = {i: [] for i in range(len(works))}
    for i in range(len(works)):
        for j in range(i + 1, len(works)):
            if _wordings_match(works[i], works[j], of_fact, gaz):
                matches[i].append(j)
                matches[j].append(i)
    out: list[Work] = []
    for i, work in enumerate(works):
        partners = matches[i]
        if len(partners) == 1 and matches[partners[0]] == [i]:
            if partners[0] < i:
                continue
            other = works[partners[0]]
            work = Work(work.units + other.units, work.facts + other.facts)
        out.append(work)
    return out
