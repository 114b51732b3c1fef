"""Small text and date helpers reconcile shares: slugs, similarity, date intervals."""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Hashable, Iterable, Sequence
from datetime import date, timedelta
from functools import cache
from typing import TypeVar

from rapidfuzz import fuzz
from unidecode import unidecode

T = TypeVar("T")

SIMILAR = 70.0
STOP_WORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "at",
        "by",
        "for",
        "from",
        "in",
        "into",
        "its",
        "of",
        "on",
        "the",
        "their",
        "to",
        "with",
    ]
)
_YEARS = re.compile(r"\b\d{4}(?:-\d{4})?\b")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_WORD = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")

Interval = tuple[date, date]
UNBOUNDED: Interval = (date.min, date.max)


def slug(text: str | None, limit: int = 80) -> str:
    """A readable id part: ASCII, lower-case, hyphens; cut at a word boundary."""
    out = _NON_ALNUM.sub("-", unidecode(text or "").lower()).strip("-")
    if len(out) > limit:
        out = out[:limit].rsplit("-", 1)[0]
    return out


def tokens(text: str, stop: bool = True) -> list[str]:
    """Lower-cased words, without stop words unless `stop` is False;
    "Commonwealth of Independent States" → "cis"."""
    low = unidecode(text).lower().replace("commonwealth of independent states", "cis")
    return [t for t in _WORD.findall(low) if not (stop and t in STOP_WORDS)]


def years(text: str) -> frozenset[str]:
    """The years and year ranges a text names ("2025-2027")."""
    return frozenset(_YEARS.findall(text))


def similar(a: str, b: str) -> bool:
    """The spec's "similar": token-set similarity of at least 70, and the same years if both
    name any (a 2025-2027 program is not the 2022-2024 one)."""
    ya, yb = years(a), years(b)
    if ya and yb and ya != yb:
        return False
    return fuzz.token_set_ratio(" ".join(tokens(a)), " ".join(tokens(b))) >= SIMILAR


def components(
    items: Sequence[T], same: Callable[[T, T], bool], label: Callable[[T], Hashable] | None = None
) -> list[list[T]]:
    """Single-link clusters: the same partition whatever the order of `items`.

    Each cluster keeps the order of `items`; clusters come in the order of their first item.
    `label`, when given, is all that `same` (symmetric) reads of an item: items of one label
    are compared with the others once, through the first of them.
    """
    groups: dict[Hashable, list[int]] = {}
    for i, item in enumerate(items):
        groups.setdefault(i if label is None else label(item), []).append(i)
    members = list(groups.values())
    parent = list(range(len(members)))
    for a in range(len(members)):
        for b in range(a + 1, len(members)):
            if _root(parent, a) != _root(parent, b) and same(
                items[members[a][0]], items[members[b][0]]
            ):
                parent[_root(parent, b)] = _root(parent, a)
    roots = [_root(parent, a) for a in range(len(members))]
    linked = {r for a, r in enumerate(roots) if r != a}
    cluster = [(0, 0)] * len(items)
    for a, group in enumerate(members):
        first = items[group[0]]
        together = len(group) == 1 or roots[a] in linked or same(first, first)
        for i in group:
            cluster[i] = (roots[a], -1 if together else i)
    out: dict[tuple[int, int], list[T]] = {}
    for i, item in enumerate(items):
        out.setdefault(cluster[i], []).append(item)
    return list(out.values())


def complete_clusters(
    items: Sequence[T],
    score: Callable[[T, T], float | None],
    pairs: Iterable[tuple[int, int]] | None = None,
) -> list[list[T]]:
    """Complete-link clusters: every two items in a cluster score (`score` is not None).

    Agglomerative: the two clusters whose weakest pair scores highest merge first, ties to the
    earlier clusters, so the result depends only on `items` as given (callers sort them).
    Clusters keep the order of `items` and come in the order of their first item.

    `pairs` (i < j), when given, are the only pairs scored: the caller's index of candidates,
    which must include every pair that scores. Items no scoring pair joins never merge, so
    each connected group of scoring pairs is clustered on its own, with the same result as
    over all items at once.
    """
    n = len(items)
    if pairs is None:
        pairs = ((i, j) for i in range(n) for j in range(i + 1, n))
    link: dict[tuple[int, int], float] = {}
    for i, j in pairs:
        s = score(items[i], items[j])
        if s is not None:
            link[i, j] = s
    parent = list(range(n))
    for i, j in link:
        parent[_root(parent, j)] = _root(parent, i)
    groups: dict[int, dict[tuple[int, int], float]] = {}
    for (i, j), s in link.items():
        groups.setdefault(_root(parent, i), {})[i, j] = s
    clusters: list[list[int]] = [[i] for i in range(n) if i == _root(parent, i) and i not in groups]
    for group in groups.values():
        clusters += _agglomerate(group)
    return [[items[m] for m in members] for members in sorted(clusters)]


def _root(parent: list[int], i: int) -> int:
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def _agglomerate(link: dict[tuple[int, int], float]) -> list[list[int]]:
    """Complete-link merging of the items of one connected group of scoring pairs."""
    clusters: dict[int, list[int]] = {i: [i] for pair in link for i in pair}
    while link:
        (i, j), _ = max(link.items(), key=lambda kv: (kv[1], -kv[0][0], -kv[0][1]))
        clusters[i] += clusters.pop(j)
        for k in clusters:
            if k == i:
                continue
            a, b = link.pop((min(i, k), max(i, k)), None), link.pop((min(j, k), max(j, k)), None)
            if a is not None and b is not None:
                link[min(i, k), max(i, k)] = min(a, b)
        link.pop((i, j), None)
    return [sorted(members) for members in clusters.values()]


def longest(values: Sequence[str]) -> str:
    """The canonical variant: the longest, ties broken alphabetically."""
    return min(values, key=lambda v: (-len(v), v))


def span(partial: str) -> Interval:
    """The days a partial date `YYYY[-MM[-DD]]` covers."""
    parts = [int(p) for p in partial.split("-")[:3]]
    if len(parts) == 3:
        day = date(*parts)
        return day, day
    if len(parts) == 2:
        year, month = parts
        return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
    return date(parts[0], 1, 1), date(parts[0], 12, 31)


@cache
def fact_interval(when: str | None, published: str | None, planned: bool) -> Interval:
    """When a fact's event can be: its date, else a year after (planned) or before (held)
    its article's publication, else any time. Cached: an archive's 120,000 meetings and
    references give a few thousand intervals, one tuple of dates each, not one per fact."""
    if when:
        return span(when)
    if not published:
        return UNBOUNDED
    lo, hi = span(published)
    year = timedelta(days=366)
    return (lo, hi + year) if planned else (lo - year, hi)


def overlap(a: Interval, b: Interval) -> bool:
    return max(a[0], b[0]) <= min(a[1], b[1])


def compatible_dates(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a.startswith(b) or b.startswith(a)
