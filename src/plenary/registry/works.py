"""Which document facts name one work.

1. Units: a title, and the session where it was adopted or signed as a whole (held, by no named
   states), if any. A work is adopted once: units adopted at two different sessions are two
   works, even under one title (the Astana Declarations of 2017 and 2024).
2. Complete linkage over units (`titles.title_score`): every two titles of a work are alike, so
   no chain of near titles joins distinct documents. Titles that differ in a figure are
   different works, save where copies of one report give them, no article two of them
   (`corrections`): a copy corrected the figure, and the correction is one of the work's
   titles.
3. Across wordings: a preview's "special address to the peoples of the Commonwealth" and a
   report's "Address of the Heads of State of the CIS to the Peoples of the Commonwealth" are one
   work when both are the same act at the same session, of one type, with no contradicting
   names, sharing distinctive words, and each is the other's only such match.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from plenary.reference import Gazetteer
from plenary.registry.model import StoredFact
from plenary.registry.text import complete_clusters
from plenary.registry.titles import (
    SHARED_WORDS,
    Title,
    kind,
    names,
    title,
    title_score,
    without_figures,
)
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


def group_works(
    docs: list[StoredFact], of_fact: dict[str, str], gaz: Gazetteer
) -> list[list[StoredFact]]:
    """Document facts grouped into works; the result depends only on the set of facts."""
    by_unit: dict[Unit, list[StoredFact]] = {}
    for sf in docs:
        by_unit.setdefault(_unit(sf, of_fact), []).append(sf)
    units = sorted(by_unit)
    read = {text: title(text, gaz) for text in {t for t, _ in units}}
    titles = [read[t] for t, _ in units]

    def score(a: int, b: int) -> float | None:
        sa, sb = units[a][1], units[b][1]
        if sa and sb and sa != sb:
            return None
        return title_score(titles[a], titles[b])

    corrected = corrections(units, by_unit)

    def score_or_corrected(a: int, b: int) -> float | None:
        if (a, b) in corrected and not (units[a][1] and units[b][1] and units[a][1] != units[b][1]):
            return float(fuzz.token_set_ratio(titles[a].words, titles[b].words))
        return score(a, b)

    indexes = list(range(len(units)))
    pairs = sorted(set(candidate_pairs(titles)) | corrected)
    clusters = complete_clusters(indexes, score_or_corrected, pairs)
    works = [
        Work([units[i] for i in c], [sf for i in c for sf in by_unit[units[i]]]) for c in clusters
    ]
    return [w.facts for w in _merge_wordings(works, of_fact, gaz)]


def corrections(units: list[Unit], by_unit: dict[Unit, list[StoredFact]]) -> set[tuple[int, int]]:
    """Pairs (i < j) of units whose titles differ only in figures and that copies of one
    report (one source, different articles) give: a copy's corrected figure, whatever else
    the copy changed in its sentence (an outlet's tag before a headline, a reworded phrase).
    Never two units one article gives (a list of the 75th and the 80th anniversary addresses
    names two works)."""
    at: dict[tuple[str, str], dict[str, set[int]]] = {}
    for i, unit in enumerate(units):
        for sf in by_unit[unit]:
            key = (sf.source, without_figures(unit[0]))
            at.setdefault(key, {}).setdefault(sf.article, set()).add(i)
    pairs: set[tuple[int, int]] = set()
    for articles in at.values():
        if len(articles) < 2 or any(len(found) > 1 for found in articles.values()):
            continue
        found = sorted({i for a in articles.values() for i in a})
        pairs |= {(i, j) for n, i in enumerate(found) for j in found[n + 1 :]}
    return pairs


def candidate_pairs(titles: Sequence[Title]) -> list[tuple[int, int]]:
    """Every pair (i < j) of titles that can be one work (`title_score`), and some that
    cannot: titles of one type, whose numbers and years do not conflict, that share enough
    distinctive words.

    Titles without distinctive words pair only with each other. Of two titles with some, the
    one with fewer (m) shares at least `_needed(m)` with the other, so any m - needed + 1 of
    its words include one of the other's: each title looks up only that many of its words, the
    rarest, in an index of every title's words by the numbers the title gives (prefix
    filtering), and pairs with the titles found there under numbers that fit its own and with
    at least as many words.
    """
    by_kind: dict[str | None, list[int]] = {}
    for i, t in enumerate(titles):
        by_kind.setdefault(t.kind, []).append(i)
    pairs: set[tuple[int, int]] = set()
    for members in by_kind.values():
        pairs |= _pairs_of_kind(titles, members)
    return sorted(pairs)


def _pairs_of_kind(titles: Sequence[Title], members: list[int]) -> set[tuple[int, int]]:
    words = {i: titles[i].names.words or frozenset([""]) for i in members}
    frequency = Counter(w for i in members for w in words[i])
    numbers = {i: titles[i].names.number for i in members}
    fits = _fitting_numbers(set(numbers.values()))
    anywhere: dict[str, list[int]] = {}
    by_numbers: dict[tuple[str, frozenset[str]], list[int]] = {}
    for i in members:
        for w in words[i]:
            anywhere.setdefault(w, []).append(i)
            by_numbers.setdefault((w, numbers[i]), []).append(i)
    pairs: set[tuple[int, int]] = set()
    for i in members:
        size, years = len(titles[i].names.words), titles[i].years
        rarest = sorted(words[i], key=lambda w: (frequency[w], w))
        for w in rarest[: len(rarest) - _needed(len(rarest)) + 1]:
            if numbers[i]:
                found = [j for n in fits[numbers[i]] for j in by_numbers.get((w, n), ())]
            else:
                found = anywhere[w]
            for j in found:
                t = titles[j]
                fits_years = not (years and t.years and years != t.years)
                if j != i and len(t.names.words) >= size and fits_years:
                    pairs.add((i, j) if i < j else (j, i))
    return pairs


def _fitting_numbers(sets: set[frozenset[str]]) -> dict[frozenset[str], list[frozenset[str]]]:
    """For each set of numbers that titles give, the sets another title may give without a
    conflict (`Names.conflicts`): none, or one of the two sets including the other."""
    having: dict[str, list[frozenset[str]]] = {}
    for s in sets:
        for n in s:
            having.setdefault(n, []).append(s)
    empty = [frozenset[str]()] if frozenset() in sets else []
    return {s: empty + list({t for n in s for t in having[n] if t <= s or s <= t}) for s in sets}


def _needed(size: int) -> int:
    """The fewest words two titles share, the smaller having `size` distinctive words, for
    `shared_words` to reach SHARED_WORDS."""
    return next(k for k in range(1, size + 1) if k / size >= SHARED_WORDS)


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
    """Merge the pairs of works that match across wordings and match nothing else (only works
    that share an act can match: each is compared with those alone)."""
    by_act: dict[tuple[str, str], list[int]] = {}
    for i, work in enumerate(works):
        for act in work.acts(of_fact):
            by_act.setdefault(act, []).append(i)
    pairs = sorted({(i, j) for same in by_act.values() for i in same for j in same if i < j})
    matches: dict[int, list[int]] = {i: [] for i in range(len(works))}
    for i, j in pairs:
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
