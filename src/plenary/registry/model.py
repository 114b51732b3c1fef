"""Registry records: what reconciling the fact log yields, as plain data with claims.

Records are dataclasses so reconcile stays free of database code; `as_dict` gives the JSON form
that the store persists and the CLI prints.
"""

from __future__ import annotations

import copy
from dataclasses import asdict, dataclass, field, fields, is_dataclass
from fractions import Fraction
from typing import Any

from plenary.spec import Fact

RECORD_TYPES = (
    "session",
    "document",
    "person",
    "award",
    "appointment",
    "chairmanship",
    "statistic",
    "initiative",
)


@dataclass(frozen=True, slots=True)
class StoredFact:
    """A fact as the store keeps it: its id and the article it came from."""

    id: str
    fact: Fact
    article: str
    published: str | None = None
    cluster: str | None = None
    """The source its article belongs to: the original a reprint copies (`plenary batch`'s
    near-duplicate clusters) or the article itself; None: the article (by name) alone.
    Majority votes count a source once, however many copies of it the archive holds."""
    reprint: bool = False
    """Its article is a copy of its cluster's original (which has `reprint` False)."""

    @property
    def source(self) -> str:
        return self.cluster or self.article


@dataclass(frozen=True, order=True, slots=True)
class Claim:
    """One source a field rests on: the fact, its article and the quoted text. Slotted: a 1M
    archive's registry holds 370,000 (72 bytes each, not 112)."""

    field: str
    fact: str
    article: str
    quote: str | None = None


@dataclass
class SessionParticipant:
    person: str
    state: str | None
    org: str | None
    role: str | None
    planned: bool
    claims: list[Claim] = field(default_factory=list)


@dataclass
class Session:
    id: str
    body: str
    org: str | None
    date: str | None
    place: str | None
    formats: list[str]
    status: str
    informal: bool
    parties: list[str] | None
    participants: list[SessionParticipant] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)


@dataclass
class DocumentAction:
    action: str
    date: str | None
    session: str | None
    states: list[str]
    planned: bool
    claims: list[Claim] = field(default_factory=list)


@dataclass
class Document:
    id: str
    title: str
    titles: list[str]
    org: str | None
    as_of: str | None
    actions: list[DocumentAction] = field(default_factory=list)
    state_status: list[dict[str, Any]] = field(default_factory=list)
    """Per member state: status (ratified / signed / not yet) and the actions behind it."""
    claims: list[Claim] = field(default_factory=list)


@dataclass
class Person:
    id: str
    name: str
    names: list[str]
    known: bool
    """True when the gazetteer knows the person."""
    posts: list[dict[str, Any]] = field(default_factory=list)
    sessions: list[str] = field(default_factory=list)
    awards: list[str] = field(default_factory=list)
    appointments: list[str] = field(default_factory=list)
    initiatives: list[str] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)


@dataclass
class Award:
    id: str
    recipient: str
    award: str
    by: str | None
    planned: bool
    claims: list[Claim] = field(default_factory=list)


@dataclass
class Appointment:
    id: str
    person: str
    post: str | None
    action: str
    planned: bool
    claims: list[Claim] = field(default_factory=list)


@dataclass
class Chairmanship:
    id: str
    org: str
    state: str
    year: int | None
    planned: bool
    claims: list[Claim] = field(default_factory=list)


@dataclass
class Statistic:
    id: str
    indicator: str | None
    subject: str | None
    value: float
    unit: str | None
    qualifier: str | None
    period: str | None
    conflicts: list[str] = field(default_factory=list)
    """Ids of statistics that give another value for the same indicator, subject and period."""
    claims: list[Claim] = field(default_factory=list)


@dataclass
class Initiative:
    id: str
    by: str
    state: str | None
    subject: str
    claims: list[Claim] = field(default_factory=list)


@dataclass
class Registry:
    sessions: list[Session] = field(default_factory=list)
    documents: list[Document] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    awards: list[Award] = field(default_factory=list)
    appointments: list[Appointment] = field(default_factory=list)
    chairmanships: list[Chairmanship] = field(default_factory=list)
    statistics: list[Statistic] = field(default_factory=list)
    initiatives: list[Initiative] = field(default_factory=list)
    unresolved: list[str] = field(default_factory=list)
    """References reconcile could not resolve: unknown people, places, ambiguous meetings."""

    def as_dict(self) -> dict[str, list[dict[str, Any]]]:
        """Every record type → its records as JSON-ready dicts, sorted by id."""
        return {kind: self.records(kind) for kind in RECORD_TYPES}

    def records(self, kind: str) -> list[dict[str, Any]]:
        """The records of one type as JSON-ready dicts, sorted by id."""
        return sorted((plain(r) for r in getattr(self, plural(kind))), key=lambda r: r["id"])


def plain(value: Any) -> Any:
    """`dataclasses.asdict` of a record, several times faster on the registry's records:
    dataclasses become dicts, lists and dicts are copied, immutable values stay as they are."""
    kind = type(value)
    if kind in _ATOMS:
        return value
    if kind is list:
        return [plain(v) for v in value]
    if kind is dict:
        return {plain(k): plain(v) for k, v in value.items()}
    names = _FIELD_NAMES.get(kind)
    if names is None:
        return (
            asdict(value) if is_dataclass(value) and not isinstance(value, type) else _copy(value)
        )
    return {name: plain(getattr(value, name)) for name in names}


def _copy(value: Any) -> Any:
    """What `asdict` makes of a value that is no dataclass, list or dict."""
    if type(value) is tuple:
        return tuple(plain(v) for v in value)
    return copy.deepcopy(value)


_ATOMS = frozenset([str, int, float, bool, type(None)])
_FIELD_NAMES = {
    cls: tuple(f.name for f in fields(cls))
    for cls in (
        Claim,
        SessionParticipant,
        Session,
        DocumentAction,
        Document,
        Person,
        Award,
        Appointment,
        Chairmanship,
        Statistic,
        Initiative,
    )
}


def plural(kind: str) -> str:
    return "people" if kind == "person" else f"{kind}s"


class Votes:
    """Values given by facts, weighed by source: a report with all its reprints
    (`StoredFact.source`) counts once, its weight shared evenly among its articles that vote;
    an article votes for each value it gives. Ingested alone, every article is a source of
    weight one; in an archive, the copies of one report cannot outvote another report, and a
    copy's edit weighs against its original and the other copies as one article of them."""

    def __init__(self) -> None:
        self.articles: dict[str, set[str]] = {}
        self.giving: dict[Any, dict[str, set[str]]] = {}
        """Value → source → its articles giving it, values in the order first given."""
        self.values: dict[str, list[Any]] = {}
        """Source → the values it gives."""
        self.supports: dict[Any, Fraction] = {}

    def add(self, sf: StoredFact, value: Any) -> None:
        """Count a fact's value; only the shares of the fact's source change."""
        source = sf.source
        articles = self.articles.setdefault(source, set())
        by = self.giving.setdefault(value, {})
        if sf.article in articles and sf.article in by.get(source, ()):
            return
        values = self.values.setdefault(source, [])
        self.supports.setdefault(value, Fraction(0))
        if source not in by:
            by[source] = set()
            values.append(value)
        for v in values:
            self.supports[v] -= self._share(v, source)
        articles.add(sf.article)
        by[source].add(sf.article)
        for v in values:
            self.supports[v] += self._share(v, source)

    def _share(self, value: Any, source: str) -> Fraction:
        n = len(self.articles[source])
        return Fraction(len(self.giving[value][source]), n) if n else Fraction(0)

    def support(self, value: Any) -> Fraction:
        return self.supports.get(value, Fraction(0))

    def winner(self) -> Any:
        """The best supported value; among equals, the one its first source (by id) gives:
        not the first copy's, so the winner does not depend on how many copies there are;
        and between values one source gives alike, the first by value, not by the order its
        facts were read in (which an archive's copies change)."""
        if not self.giving:
            return None
        return min(self.giving, key=lambda v: (-self.supports[v], min(self.giving[v]), str(v)))
