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
4. Reports before their copies: steps 2 and 3 group the units that reports give (or copies of
   a report the store does not hold); a unit only copies give (a copy's reworded or corrected
   title, or one read afresh otherwise) then joins the work all of whose units it fits best,
   each on its own, else makes works with the other such units. So copies, however many
   and in whatever order, neither split nor join works their reports give, save through a
   corrected figure (`corrections`), which joins a copy's title to its report's.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
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

    pairs = sorted(set(candidate_pairs(titles)) | corrected)
    stored = {sf.source for sf in docs if not sf.reprint}
    own = {i for i, u in enumerate(units) if any(_reports(sf, stored) for sf in by_unit[u])}

    def clusters_of(members: list[int]) -> list[list[int]]:
        at = {u: k for k, u in enumerate(members)}
        inside = [(at[i], at[j]) for i, j in pairs if i in at and j in at]
        return complete_clusters(members, score_or_corrected, inside)

    def work(c: list[int], reported: bool = False) -> Work:
        facts = [sf for i in c for sf in by_unit[units[i]]]
        return Work(
            [units[i] for i in c],
            [sf for sf in facts if _reports(sf, stored)] if reported else facts,
        )

    reports = clusters_of(sorted(own))
    copied = [i for i in range(len(units)) if i not in own]
    joined, apart = _join_copies(reports, copied, pairs, score_or_corrected)
    own_works = [work(c, reported=True) for c in reports]
    groups = _wording_groups(own_works, of_fact, gaz)
    copy_works = [work(c) for c in clusters_of(apart)]
    extra = _join_copy_wordings(own_works, copy_works, of_fact, gaz)
    out: list[list[StoredFact]] = []
    for group in groups:
        facts = [sf for n in group for sf in work(reports[n] + joined[n]).facts]
        out.append(facts + [sf for n in group for w in extra.get(n, []) for sf in w.facts])
    taken = {id(w) for ws in extra.values() for w in ws}
    return out + [w.facts for w in copy_works if id(w) not in taken]


def _reports(sf: StoredFact, stored: set[str]) -> bool:
    """Does a report give the fact itself, or a copy of a report the store does not hold (the
    copies stand for it)? Not a copy of a stored report (`stored`: their sources)."""
    return not sf.reprint or sf.source not in stored


def _join_copies(
    reports: list[list[int]],
    copied: list[int],
    pairs: list[tuple[int, int]],
    score: Callable[[int, int], float | None],
) -> tuple[list[list[int]], list[int]]:
    """Each unit only copies give joins the reports' work every unit of which it fits
    (`score`), the one it fits best by its weakest fit (the first among equals), each on its
    own: (the units each work takes, the units none takes)."""
    work_of = {i: n for n, c in enumerate(reports) for i in c}
    near: dict[int, set[int]] = {}
    for i, j in pairs:
        if (i in work_of) != (j in work_of):
            copy, report = (j, i) if i in work_of else (i, j)
            near.setdefault(copy, set()).add(work_of[report])
    joined: list[list[int]] = [[] for _ in reports]
    apart: list[int] = []
    for i in copied:
        best: tuple[float, int] | None = None
        for n in sorted(near.get(i, ())):
            fits = [score(min(i, j), max(i, j)) for j in reports[n]]
            weakest = min((f for f in fits if f is not None), default=None)
            if weakest is not None and None not in fits and (best is None or weakest > best[0]):
                best = (weakest, n)
        if best is None:
            apart.append(i)
        else:
            joined[best[1]].append(i)
    return joined, apart


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


def _by_act(works: list[Work], of_fact: dict[str, str]) -> dict[tuple[str, str], list[int]]:
    by_act: dict[tuple[str, str], list[int]] = {}
    for i, work in enumerate(works):
        for act in work.acts(of_fact):
            by_act.setdefault(act, []).append(i)
    return by_act


def _wording_groups(works: list[Work], of_fact: dict[str, str], gaz: Gazetteer) -> list[list[int]]:
    """The works (by index) with the pairs that match across wordings and match nothing else
    merged (only works that share an act can match: each is compared with those alone)."""
    by_act = _by_act(works, of_fact)
    pairs = sorted({(i, j) for same in by_act.values() for i in same for j in same if i < j})
    matches: dict[int, list[int]] = {i: [] for i in range(len(works))}
    for i, j in pairs:
        if _wordings_match(works[i], works[j], of_fact, gaz):
            matches[i].append(j)
            matches[j].append(i)
    out: list[list[int]] = []
    for i in range(len(works)):
        partners = matches[i]
        if len(partners) == 1 and matches[partners[0]] == [i]:
            if partners[0] > i:
                out.append([i, partners[0]])
        else:
            out.append([i])
    return out


def _join_copy_wordings(
    works: list[Work], copies: list[Work], of_fact: dict[str, str], gaz: Gazetteer
) -> dict[int, list[Work]]:
    """The works only copies give that match one work of reports across wordings, and only
    it, by that work's index: each judged on its own, so that copies do not keep apart two
    wordings of the reports (`_wording_groups`) nor join them."""
    by_act = _by_act(works, of_fact)
    out: dict[int, list[Work]] = {}
    for copy in copies:
        near = sorted({i for act in copy.acts(of_fact) for i in by_act.get(act, ())})
        found = [i for i in near if _wordings_match(copy, works[i], of_fact, gaz)]
        if len(found) == 1:
            out.setdefault(found[0], []).append(copy)
    return out
