"""The gazetteer: states, organizations and their bodies, places and people with dated posts.

All knowledge lives in the YAML files of `data/`; this module only loads and indexes it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

import yaml

from plenary.reference.names import name_key


@dataclass(frozen=True)
class State:
    code: str
    name: str
    aliases: tuple[str, ...] = ()
    """Other English names ("Russian Federation") and Russian forms ("Россия")."""
    adjectives: tuple[str, ...] = ()
    """Adjectives and demonyms: "Russian", "Kyrgyz", "Kyrgyzstani"."""
    capital: str | None = None
    former_capitals: tuple[tuple[str, str], ...] = ()
    """(city, last day) of capitals before the present one: Almaty until 1997-12-09."""
    leader: str = "President"
    """The post that speaks for the state at heads-of-state summits."""
    parliament: tuple[str, ...] = ()
    """Names of its parliament and chambers: what they ratify, the state ratifies."""

    def capital_on(self, day: str | None) -> str | None:
        """The capital on `day` (`YYYY[-MM[-DD]]`), the present one when no day is known."""
        for city, last_day in self.former_capitals:
            if day and day[: len(last_day)] <= last_day[: len(day)]:
                return city
        return self.capital


@dataclass(frozen=True)
class Membership:
    state: str
    status: str  # member, associate, observer, dialogue-partner, partner, withdrawn
    start: str | None = None
    end: str | None = None


@dataclass(frozen=True)
class Body:
    id: str
    org: str | None
    """None for a summit of an organization not tracked ("the G20 summit"): never reported."""
    name: str
    aliases: tuple[str, ...] = ()
    level: str | None = None
    """Whose council it is: heads-of-state, heads-of-government, foreign-ministers, ..."""
    reported: bool = True
    """False for a council the spec does not report (the CSTO's foreign ministers): known so
    that what is said of its sessions is not given to another council's."""
    chaired_by_org_chair: bool = True
    """False where the council's chair is not the state chairing the organization that year:
    the Union State's councils have standing chairmen, whose chairing is a post."""


@dataclass(frozen=True)
class Organization:
    id: str
    name: str
    aliases: tuple[str, ...] = ()
    memberships: tuple[Membership, ...] = ()

    def members(self, on: str | None = None) -> list[str]:
        """Codes of full member states on a date (`YYYY[-MM[-DD]]`), or ever if none given."""
        return self.associated(on, statuses=("member",))

    def associated(
        self, on: str | None = None, statuses: tuple[str, ...] | None = None
    ) -> list[str]:
        """Codes of states in any status (or in `statuses`) on a date, or ever if none given."""
        key = (self.id, on, statuses)
        found = _ASSOCIATED.get(key)
        if found is None:
            found = _ASSOCIATED[key] = _associated(self, on, statuses)
        return list(found)


_ASSOCIATED: dict[tuple[str, str | None, tuple[str, ...] | None], tuple[str, ...]] = {}
"""Asked for every person of every session: computed once per organization and date (keyed
by the organization's id, since hashing its memberships would cost what it saves)."""


def _associated(
    organization: Organization, on: str | None, statuses: tuple[str, ...] | None
) -> tuple[str, ...]:
    found: list[str] = []
    for m in organization.memberships:
        if statuses is not None and m.status not in statuses:
            continue
        if on is not None and (
            (m.start and m.start[: len(on)] > on) or (m.end and m.end[: len(on)] < on)
        ):
            continue
        if m.state not in found:
            found.append(m.state)
    return tuple(found)


@dataclass(frozen=True)
class Place:
    name: str
    state: str | None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Post:
    title: str
    """The post as the spec's `role` writes it: "President", "Prime Minister", ..."""
    state: str | None = None
    org: str | None = None
    start: str | None = None
    end: str | None = None

    def held_on(self, on: str | None) -> bool:
        if on is None:
            return self.end is None
        return (self.start is None or self.start[: len(on)] <= on) and (
            self.end is None or self.end[: len(on)] >= on[: len(self.end)]
        )  # an end given as a month or a year runs to the end of it


@dataclass(frozen=True)
class Person:
    name: str
    aliases: tuple[str, ...] = ()
    posts: tuple[Post, ...] = ()

    @property
    def key(self) -> str:
        return name_key(self.name)

    def post_on(self, on: str | None) -> Post | None:
        """The post held on a date; the latest if none matches or no date is given, but none
        before the first began (Norov in 2008 was not yet the SCO's Secretary General)."""
        for post in sorted(self.posts, key=lambda p: p.start or "", reverse=True):
            if post.held_on(on):
                return post
        if on and self.posts and all(p.start and on[: len(p.start)] < p.start for p in self.posts):
            return None
        return max(self.posts, key=lambda p: p.start or "", default=None)


@dataclass
class Gazetteer:
    states: dict[str, State] = field(default_factory=dict)
    organizations: dict[str, Organization] = field(default_factory=dict)
    bodies: dict[str, Body] = field(default_factory=dict)
    places: dict[str, Place] = field(default_factory=dict)
    people: list[Person] = field(default_factory=list)
    awards: list[dict[str, Any]] = field(default_factory=list)
    documents: list[dict[str, Any]] = field(default_factory=list)
    """Landmark documents by official English title, with the names other languages give them."""
    given_names: frozenset[str] = frozenset()

    def names(self) -> Iterator[tuple[str, str, str]]:
        """Every name of every entry as (name, type, key): the type is what the entry is
        (person, state, state-adj, parliament, org, body, place, award), the key which one it
        is (a person's or place's name, a state's code, an organization's or body's id, an
        award's name). The mention finders of each language index these."""
        for person in self.people:
            for alias in (person.name, *person.aliases):
                yield alias, "person", person.name
        for state in self.states.values():
            for alias in (state.name, *state.aliases):
                yield alias, "state", state.code
            for adjective in state.adjectives:
                yield adjective, "state-adj", state.code
            for chamber in state.parliament:
                yield chamber, "parliament", state.code
        for org in self.organizations.values():
            for alias in (org.name, *org.aliases):
                yield alias, "org", org.id
        for body in self.bodies.values():
            for alias in (body.name, *body.aliases):
                yield alias, "body", body.id
        for place in self.places.values():
            for alias in (place.name, *place.aliases):
                yield alias, "place", place.name
        for award in self.awards:
            for alias in (award["name"], *award.get("aliases", [])):
                yield alias, "award", award["name"]

    def body_of(self, org: str | None, level: str | None) -> str | None:
        """The organization's council at that level ("sco", "heads-of-state": the SCO Council
        of Heads of State), if it has one."""
        return next((b.id for b in self.bodies.values() if b.org == org and b.level == level), None)

    def person_by_key(self) -> dict[str, Person]:
        """Every spelling of every person, by transliteration-tolerant key."""
        index: dict[str, Person] = {}
        for person in self.people:
            for spelling in (person.name, *person.aliases):
                index.setdefault(name_key(spelling), person)
        return index


def _tuple(values: Any) -> tuple[str, ...]:
    return tuple(str(v) for v in (values or ()))


def _date(value: Any) -> str | None:
    return None if value is None else str(value)


def _load_yaml(name: str) -> Any:
    text = resources.files("plenary.reference").joinpath("data", name).read_text("utf-8")
    return yaml.safe_load(text) or []


@cache
def load() -> Gazetteer:
    """The packaged reference data, loaded once per process."""
    gaz = Gazetteer()
    for row in _load_yaml("states.yaml"):
        gaz.states[row["code"]] = State(
            code=row["code"],
            name=row["name"],
            aliases=_tuple(row.get("aliases")),
            adjectives=_tuple(row.get("adjectives")),
            capital=row.get("capital"),
            former_capitals=tuple(
                (str(c["name"]), str(c["until"])) for c in row.get("former_capitals") or ()
            ),
            leader=row.get("leader", "President"),
            parliament=_tuple(row.get("parliament")),
        )
    for row in _load_yaml("organizations.yaml"):
        tracked = row.get("tracked", True)
        if tracked:
            gaz.organizations[row["id"]] = Organization(
                id=row["id"],
                name=row["name"],
                aliases=_tuple(row.get("aliases")),
                memberships=tuple(
                    Membership(
                        state=m["state"],
                        status=m.get("status", "member"),
                        start=_date(m.get("from")),
                        end=_date(m.get("to")),
                    )
                    for m in row.get("members", [])
                ),
            )
        for body in row.get("bodies", []):
            gaz.bodies[body["id"]] = Body(
                id=body["id"],
                org=row["id"] if tracked else None,
                name=body["name"],
                aliases=_tuple(body.get("aliases")),
                level=body.get("level"),
                reported=body.get("reported", True),
                chaired_by_org_chair=body.get("chaired_by_org_chair", True),
            )
    for row in _load_yaml("places.yaml"):
        gaz.places[row["name"]] = Place(
            name=row["name"], state=row.get("state"), aliases=_tuple(row.get("aliases"))
        )
    for row in _load_yaml("people.yaml"):
        gaz.people.append(
            Person(
                name=row["name"],
                aliases=_tuple(row.get("aliases")),
                posts=tuple(
                    Post(
                        title=p["post"],
                        state=p.get("state"),
                        org=p.get("org"),
                        start=_date(p.get("from")),
                        end=_date(p.get("to")),
                    )
                    for p in row.get("posts", [])
                ),
            )
        )
    gaz.awards = list(_load_yaml("awards.yaml"))
    gaz.documents = list(_load_yaml("documents.yaml"))
    gaz.given_names = frozenset(str(n) for n in _load_yaml("given_names.yaml"))
    return gaz
