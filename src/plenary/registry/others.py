"""Awards, appointments, chairmanships, statistics and initiatives: grouped by who and what.
Facts about someone who resolved to no person (text that is not a name) make no record."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from typing import TypeVar

from rapidfuzz import fuzz

from plenary.reference import Gazetteer
from plenary.registry.model import (
    Appointment,
    Award,
    Chairmanship,
    Claim,
    Initiative,
    Statistic,
    StoredFact,
)
from plenary.registry.people import People
from plenary.registry.text import components, longest, similar, slug, tokens
from plenary.spec import Appointment as AppointmentFact
from plenary.spec import Award as AwardFact
from plenary.spec import Chairmanship as ChairmanshipFact
from plenary.spec import Initiative as InitiativeFact
from plenary.spec import Statistic as StatisticFact

F = TypeVar("F")
SAME_INDICATOR = 85.0
"""token_sort_ratio above which two indicators are the same measure (stricter than "similar":
"GDP growth of CIS countries" is not "growth of mutual trade of CIS countries")."""


def _of(facts: list[StoredFact], kind: type[F]) -> list[tuple[StoredFact, F]]:
    return [(sf, sf.fact) for sf in facts if isinstance(sf.fact, kind)]


def _claims(field: str, sfs: Sequence[tuple[StoredFact, object]]) -> list[Claim]:
    return sorted({Claim(field, sf.id, sf.article, sf.fact.quote) for sf, _ in sfs})


class Ids:
    """Readable ids, numbered on collision, in a caller-sorted order."""

    def __init__(self) -> None:
        self.taken: set[str] = set()

    def __call__(self, base: str) -> str:
        rid, n = base, 2
        while rid in self.taken:
            rid, n = f"{base}-{n}", n + 1
        self.taken.add(rid)
        return rid


def _groups(
    pairs: list[tuple[StoredFact, F]],
    key: Callable[[F], tuple[object, ...]],
    same: Callable[[F, F], bool],
    label: Callable[[F], Hashable],
) -> list[list[tuple[StoredFact, F]]]:
    """Facts with equal `key` whose content `same` links, in an order independent of input;
    `label` is what `same` reads of a fact (facts alike in it are compared once)."""
    pairs = sorted(pairs, key=lambda p: p[0].id)
    by_key: dict[str, list[tuple[StoredFact, F]]] = {}
    for p in pairs:
        by_key.setdefault(repr(key(p[1])), []).append(p)
    out = []
    for k in sorted(by_key):
        out += components(by_key[k], lambda a, b: same(a[1], b[1]), lambda p: label(p[1]))
    return out


def award_name(name: str, gaz: Gazetteer) -> str:
    """The gazetteer's name of an honour, or the name as written."""
    low = name.casefold()
    for award in gaz.awards:
        if low in (str(s).casefold() for s in (award["name"], *award.get("aliases", []))):
            return str(award["name"])
    return name


def build_awards(facts: list[StoredFact], people: People, gaz: Gazetteer) -> list[Award]:
    def same(a: AwardFact, b: AwardFact) -> bool:
        na, nb = award_name(a.award, gaz), award_name(b.award, gaz)
        known = {str(x["name"]) for x in gaz.awards}
        return na == nb if na in known and nb in known else similar(na, nb)

    ids, out = Ids(), []
    awards = [(sf, f) for sf, f in _of(facts, AwardFact) if people.id_of(f.recipient)]
    groups = _groups(awards, lambda f: (people.id_of(f.recipient),), same, lambda f: f.award)
    for group in sorted(
        groups,
        key=lambda g: (
            people.id_of(g[0][1].recipient) or "",
            longest([award_name(f.award, gaz) for _, f in g]),
        ),
    ):
        recipient = people.id_of(group[0][1].recipient) or ""
        name = longest([award_name(f.award, gaz) for _, f in group])
        givers = sorted({people.id_of(f.by) or "" for _, f in group} - {""})
        out.append(
            Award(
                id=ids(f"award/{slug(recipient.removeprefix('person/'))}/{slug(name)}"),
                recipient=recipient,
                award=name,
                by=givers[0] if givers else None,
                planned=all(f.planned for _, f in group),
                claims=_claims("award", group),
            )
        )
    return out


def build_appointments(facts: list[StoredFact], people: People) -> list[Appointment]:
    def same(a: AppointmentFact, b: AppointmentFact) -> bool:
        return a.post is None or b.post is None or similar(a.post, b.post)

    ids, out = Ids(), []
    named = [(sf, f) for sf, f in _of(facts, AppointmentFact) if people.id_of(f.person)]
    groups = _groups(named, lambda f: (people.id_of(f.person), f.action), same, lambda f: f.post)
    for group in groups:
        person = people.id_of(group[0][1].person) or ""
        posts = [f.post for _, f in group if f.post]
        action = group[0][1].action
        out.append(
            Appointment(
                id=ids(f"appointment/{slug(person.removeprefix('person/'))}/{action}"),
                person=person,
                post=longest(posts) if posts else None,
                action=action,
                planned=all(f.planned for _, f in group),
                claims=_claims("appointment", group),
            )
        )
    return out


def build_chairmanships(facts: list[StoredFact]) -> list[Chairmanship]:
    groups = _groups(
        _of(facts, ChairmanshipFact),
        lambda f: (f.org, f.state, f.year),
        lambda a, b: True,
        lambda f: (),
    )
    out = []
    for group in groups:
        f = group[0][1]
        out.append(
            Chairmanship(
                id=f"chairmanship/{f.org}/{f.state.lower()}/{f.year or 'unknown'}",
                org=f.org,
                state=f.state,
                year=f.year,
                planned=all(g.planned for _, g in group),
                claims=_claims("chairmanship", group),
            )
        )
    return out


def _same_value(a: float, b: float) -> bool:
    return a == b or abs(a - b) <= 0.001 * max(abs(a), abs(b))


def same_indicator(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return a == b
    return fuzz.token_sort_ratio(" ".join(tokens(a)), " ".join(tokens(b))) >= SAME_INDICATOR


def build_statistics(facts: list[StoredFact]) -> list[Statistic]:
    """Reprints of one figure merge; different figures for one measure stay side by side,
    each listing the others as conflicts."""

    def same(a: StatisticFact, b: StatisticFact) -> bool:
        indicators = a.indicator is None or b.indicator is None or similar(a.indicator, b.indicator)
        return _same_value(a.value, b.value) and a.qualifier == b.qualifier and indicators

    groups = _groups(
        _of(facts, StatisticFact),
        lambda f: (f.subject, f.period, f.unit),
        same,
        lambda f: (f.value, f.qualifier, f.indicator),
    )
    ids, out = Ids(), []
    for group in sorted(
        groups,
        key=lambda g: (g[0][1].subject or "", g[0][1].period or "", g[0][1].value, g[0][0].id),
    ):
        f = group[0][1]
        indicators = [x.indicator for _, x in group if x.indicator]
        indicator = longest(indicators) if indicators else None
        period = (f.period or "undated").replace("/", "--")
        out.append(
            Statistic(
                id=ids(f"statistic/{(f.subject or 'none').lower()}/{period}/{slug(indicator)}"),
                indicator=indicator,
                subject=f.subject,
                value=f.value,
                unit=f.unit,
                qualifier=f.qualifier,
                period=f.period,
                claims=_claims("value", group),
            )
        )
    measures: dict[tuple[str | None, str | None, str | None], list[Statistic]] = {}
    for a in out:
        measures.setdefault((a.subject, a.period, a.unit), []).append(a)
    for a in out:
        a.conflicts = sorted(
            b.id
            for b in measures[a.subject, a.period, a.unit]
            if b is not a
            and same_indicator(a.indicator, b.indicator)
            and not _same_value(a.value, b.value)
        )
    return out


def build_initiatives(facts: list[StoredFact], people: People) -> list[Initiative]:
    groups = _groups(
        [(sf, f) for sf, f in _of(facts, InitiativeFact) if people.id_of(f.by)],
        lambda f: (people.id_of(f.by),),
        lambda a, b: similar(a.subject, b.subject),
        lambda f: f.subject,
    )
    ids, out = Ids(), []
    for group in sorted(
        groups, key=lambda g: (people.id_of(g[0][1].by) or "", longest([f.subject for _, f in g]))
    ):
        by = people.id_of(group[0][1].by) or ""
        subject = longest([f.subject for _, f in group])
        states = sorted({f.state for _, f in group if f.state})
        out.append(
            Initiative(
                id=ids(f"initiative/{slug(by.removeprefix('person/'))}/{slug(subject, 60)}"),
                by=by,
                state=states[0] if states else None,
                subject=subject,
                claims=_claims("subject", group),
            )
        )
    return out
