"""Sessions: meeting facts, and the meetings participants and documents cite, merged.

Two mentions are one session when they name the same body, the same informal-ness (and for
bilateral meetings the same parties), compatible places and overlapping date intervals
(`text.fact_interval`), and not merely because a meeting known by its place alone meets a
session known by its date alone. Mentions are placed most specific first, in an order that
depends only on their content, so the same facts in any order give the same sessions. A
council's sessions in one city on consecutive days are one summit of several days.

A participant's or document's reference joins the session it names most specifically (a day
the session's meetings give beats a month or year that merely fits); among equals, the one its
own article names, then the one a meeting of its own sentence names, then a held one for what
was done and a formal one for a document; else it stays unattached and is listed as ambiguous.
"""

from __future__ import annotations

import datetime
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from plenary.reference import Gazetteer
from plenary.registry.model import Claim, Session, SessionParticipant, StoredFact, Votes
from plenary.registry.people import People
from plenary.registry.text import (
    Interval,
    compatible_dates,
    fact_interval,
    overlap,
    slug,
    span,
)
from plenary.spec import BODIES, FORMATS, Document, Meeting, MeetingRef, Participant


@dataclass(slots=True)
class Mention:
    """A meeting as one fact names it (slotted: one per meeting, participant and document
    fact, 120,000 in a 1M archive)."""

    sf: StoredFact
    body: str
    date: str | None
    place: str | None
    informal: bool | None
    """None for a reference, which does not say."""
    parties: tuple[str, ...] | None
    interval: Interval
    state: str | None = None
    """A participant's state: a reference to a bilateral meeting names one of its parties."""

    @property
    def order(self) -> tuple[int, bool, bool, str]:
        return (-len(self.date or ""), self.place is None, self.sf.fact.planned, self.sf.id)


@dataclass
class Cluster:
    body: str
    informal: bool
    parties: tuple[str, ...] | None
    place: str | None
    interval: Interval
    mentions: list[Mention] = field(default_factory=list)
    cited_places: Votes = field(default_factory=Votes)
    """The places its mentions give, by source."""

    def date(self) -> str | None:
        """The most specific date held mentions give, else planned ones; of a summit's days
        (`_join_consecutive_days`), the one most sources give, else the first."""
        held: set[str] = set()
        sources: dict[str, set[str]] = {}
        for m in self.mentions:
            if m.date:
                sources.setdefault(m.date, set()).add(m.sf.source)
                if not m.sf.fact.planned:
                    held.add(m.date)
        pool = held or sources.keys()
        return min(pool, key=lambda d: (-len(d), -len(sources[d]), d)) if pool else None

    def held(self) -> bool:
        return any(not m.sf.fact.planned for m in self.mentions)

    def days(self) -> set[str]:
        """The days its meetings are dated to."""
        return {m.date for m in self.mentions if m.date and len(m.date) == 10}

    def accepts(self, m: Mention) -> bool:
        return (
            m.body == self.body
            and (m.informal is None or m.informal == self.informal)
            and self._parties_fit(m)
            and (
                m.place is None or self.place is None or m.place == self.place or self._same_day(m)
            )
            and overlap(m.interval, self.interval)
            and not self._crossed(m)
        )

    def reports(self) -> int:
        """How many sources date it to the day: mentions dated to the day are placed before
        any other, so what a mention dated less precisely finds does not depend on the order
        in which the others joined."""
        return len({m.sf.source for m in self.mentions if m.date and len(m.date) == 10})

    def first_source(self) -> str:
        """The first source (by id) that tells of it: what tells apart sessions that nothing
        else does, the same in any store that holds the same reports."""
        return min(m.sf.source for m in self.mentions)

    def first_id(self) -> str:
        """Its first fact (by id): the last resort between sessions alike in all else."""
        return min(m.sf.id for m in self.mentions)

    def _most_cited_place(self) -> str | None:
        """The place most sources give (`Votes`): one report that places a session dated to
        the day elsewhere does not rename it, nor do its reprints."""
        place: str | None = self.cited_places.winner()
        return place

    def _same_day(self, m: Mention) -> bool:
        """A council meets once a day: a session dated to the day that one report places
        elsewhere (the video summit "in Moscow", "in Almaty") is the same session."""
        day = self.date()
        return (
            self.body != "bilateral" and m.date is not None and len(m.date) == 10 and m.date == day
        )

    def _crossed(self, m: Mention) -> bool:
        """A meeting known only by its place and a session known only by its date share
        nothing: one copy's "met in Saint Petersburg" is no evidence for a December 23 session."""
        if m.informal is None:
            return False  # a participant's or document's reference may name either alone
        dated = any(x.date for x in self.mentions)
        place_only = bool(m.place and not m.date and self.place is None and dated)
        date_only = bool(m.date and not m.place and self.place and not dated)
        return place_only or date_only

    def _parties_fit(self, m: Mention) -> bool:
        """Meetings need the same parties; a reference, which names none, fits a bilateral
        meeting its participant's state took part in."""
        if m.informal is not None or self.parties is None:
            return m.parties == self.parties
        return m.state is None or m.state in self.parties

    def add(self, m: Mention) -> None:
        self.mentions.append(m)
        if m.place:
            self.cited_places.add(m.sf, m.place)
        self.place = self._most_cited_place()
        self.interval = (max(self.interval[0], m.interval[0]), min(self.interval[1], m.interval[1]))

    def absorb(self, other: Cluster) -> None:
        """Take in the mentions of the same session's other day: its interval spans both."""
        for m in other.mentions:
            self.mentions.append(m)
            if m.place:
                self.cited_places.add(m.sf, m.place)
        self.place = self._most_cited_place()
        self.interval = (
            min(self.interval[0], other.interval[0]),
            max(self.interval[1], other.interval[1]),
        )


def place_spellings(gaz: Gazetteer) -> dict[str, str]:
    """Every spelling of every known place, case-folded → the gazetteer's name (of the first
    place that lists it)."""
    out: dict[str, str] = {}
    for known in gaz.places.values():
        for spelling in (known.name, *known.aliases):
            out.setdefault(spelling.casefold(), known.name)
    return out


def place_name(place: str | None, known: dict[str, str], unresolved: list[str]) -> str | None:
    """The gazetteer's spelling of a place (`known`: `place_spellings`); unknown places are
    kept as written and reported."""
    if not place:
        return None
    name = known.get(place.casefold())
    if name is None:
        unresolved.append(f"place unknown: {place}")
    return name or place


def _mention(sf: StoredFact, places: dict[str, str], unresolved: list[str]) -> Mention | None:
    f = sf.fact
    ref: Meeting | MeetingRef | None
    if isinstance(f, Meeting):
        ref = f
    elif isinstance(f, Participant | Document):
        ref = f.meeting
    else:
        return None
    if ref is None or not ref.body:
        return None
    informal = ("informal" in f.formats) if isinstance(f, Meeting) else None
    parties = tuple(sorted(f.parties)) if isinstance(f, Meeting) and f.parties else None
    return Mention(
        sf=sf,
        body=ref.body,
        date=ref.date,
        place=place_name(ref.place, places, unresolved),
        informal=informal,
        parties=parties,
        interval=fact_interval(ref.date, sf.published, f.planned),
        state=f.state if isinstance(f, Participant) else None,
    )


WIDE = 60
"""Intervals spanning more months than this are filed by body alone, not by month."""


def _months(interval: Interval) -> range | None:
    lo, hi = (d.year * 12 + d.month for d in interval)
    return range(lo, hi + 1) if hi - lo <= WIDE else None


class Index:
    """Clusters in the order they were made, filed by body and by each month their interval
    covers, so that a mention is tried only against the clusters of its body whose dates it
    can overlap. A cluster's interval only narrows as mentions join it, so the months it was
    filed under stay a superset of those it covers."""

    def __init__(self, clusters: Iterable[Cluster] = ()) -> None:
        self.clusters: list[Cluster] = []
        self.by_body: dict[str, list[int]] = {}
        self.wide: dict[str, list[int]] = {}
        self.by_month: dict[tuple[str, int], list[int]] = {}
        for c in clusters:
            self.add(c)

    def add(self, c: Cluster) -> None:
        n = len(self.clusters)
        self.clusters.append(c)
        self.by_body.setdefault(c.body, []).append(n)
        months = _months(c.interval)
        if months is None:
            self.wide.setdefault(c.body, []).append(n)
        for month in months or ():
            self.by_month.setdefault((c.body, month), []).append(n)

    def accepting(self, m: Mention) -> Iterator[Cluster]:
        """The clusters that accept `m`, in the order they were made."""
        months = _months(m.interval)
        if months is None:
            found: Iterable[int] = self.by_body.get(m.body, [])
        else:
            near = (n for k in months for n in self.by_month.get((m.body, k), ()))
            found = sorted({*self.wide.get(m.body, ()), *near})
        return (self.clusters[n] for n in found if self.clusters[n].accepts(m))


def _cluster(mentions: list[Mention]) -> list[Cluster]:
    index = Index()
    for m in sorted(mentions, key=lambda m: m.order):
        home = _home(list(index.accepting(m)), m)
        if home is None:
            home = Cluster(m.body, bool(m.informal), m.parties, m.place, m.interval)
            index.add(home)
        home.add(m)
    return index.clusters


def _join_consecutive_days(clusters: list[Cluster]) -> list[Cluster]:
    """A summit of two or three days ("3–4 July", the SCO's in Astana), or one that reports
    date a day apart, is one session: sessions of one council and informal-ness, placed in one
    city and dated to consecutive days, are joined into the first made. Bilateral talks are
    not: leaders may meet on each day of a visit."""
    by_day: list[tuple[str, int, Cluster]] = []
    for n, c in enumerate(clusters):
        day = c.date()
        if day and len(day) == 10 and c.place and c.body != "bilateral":
            by_day.append((day, n, c))
    runs: dict[tuple[str, bool, str], tuple[Cluster, datetime.date]] = {}
    absorbed: set[int] = set()
    for day, _, c in sorted(by_day, key=lambda dnc: dnc[:2]):
        key = (c.body, c.informal, c.place or "")
        this = datetime.date.fromisoformat(day)
        run = runs.get(key)
        if run is not None and (this - run[1]).days <= 1:
            run[0].absorb(c)
            absorbed.add(id(c))
            runs[key] = (run[0], this)
        else:
            runs[key] = (c, this)
    return [c for c in clusters if id(c) not in absorbed]


def _join_informal_twins(clusters: list[Cluster]) -> list[Cluster]:
    """A council meets once a day: its informal and its formal session dated to the same day,
    in one place or one of them unplaced, are one session (a report that calls the summit
    "informal", or dates the informal meeting of its eve to the summit's day). It keeps the
    kind more sources tell, the formal one among equals."""
    by_day: dict[tuple[str, str], list[Cluster]] = {}
    for c in clusters:
        day = c.date()
        if day and len(day) == 10 and c.body != "bilateral":
            by_day.setdefault((c.body, day), []).append(c)
    absorbed: set[int] = set()
    for group in by_day.values():
        for informal in (c for c in group if c.informal):
            for formal in (c for c in group if not c.informal):
                if id(formal) in absorbed or id(informal) in absorbed:
                    continue
                if informal.place and formal.place and informal.place != formal.place:
                    continue
                keep, gone = (
                    (informal, formal)
                    if _source_count(informal) > _source_count(formal)
                    else (formal, informal)
                )
                keep.absorb(gone)
                absorbed.add(id(gone))
    return [c for c in clusters if id(c) not in absorbed]


def _source_count(c: Cluster) -> int:
    return len({m.sf.source for m in c.mentions})


def _home(fits: list[Cluster], m: Mention) -> Cluster | None:
    """The cluster that accepts a meeting; where several sessions accept it, not whichever
    the order of fact ids made first (an archive's store gives the same facts other ids, and
    that moved an undated report's "summit in Astana" to another year's; more copies of other
    reports must not move it either), but by content: an undated meeting joins the session
    nearest its article's publication (a report's "met in Kazan" is the Kazan session of its
    days); then, and for one dated to its month or year ("at the end of August in Tianjin"),
    the session of its place, else the one most reports date to the day, else the earliest."""
    if len(fits) < 2:
        return fits[0] if fits else None
    published = span(m.sf.published)[0] if m.date is None and m.sf.published else None
    return min(
        fits,
        key=lambda c: (
            0 if published is None else _days_from(c.date(), published),
            m.place is not None and c.place is not None and c.place != m.place,
            -c.reports(),
            c.date() or "",
            c.place or "",
            c.first_source(),
        ),
    )


def _days_from(when: str | None, day: datetime.date) -> int:
    return abs((span(when)[0] - day).days) if when else sys.maxsize


def _score(c: Cluster, m: Mention, date: str | None, days: set[str]) -> int:
    """How specifically a reference names a cluster (whose date is `date`, on `days`): by
    place, and by date; a day the session's meetings give counts twice, so that "June 14"
    names the summit of June 14, not a session dated "2019" that a preview announced."""
    by_place = m.place is not None and m.place == c.place
    if m.date is not None and m.date in days:
        by_date = 2
    else:
        by_date = int(m.date is not None and date is not None and compatible_dates(m.date, date))
    return int(by_place) + by_date


def _named_alike_in_article(clusters: list[Cluster], m: Mention) -> list[Cluster]:
    """Resolution within scope: of equally fitting sessions, those that the reference's own
    article names with the same date and place (a preview's "the summit" of 2024 is the summit
    that preview announces, not another 2024 summit it mentions in passing)."""
    return [
        c
        for c in clusters
        if any(
            isinstance(x.sf.fact, Meeting)
            and x.sf.article == m.sf.article
            and x.date == m.date
            and m.place in (None, x.place)
            for x in c.mentions
        )
    ]


def _named_in_its_sentence(clusters: list[Cluster], m: Mention) -> list[Cluster]:
    """Of equally fitting sessions, those a meeting read from the reference's own sentence
    names: "Modi met Xi on the sidelines" takes Modi to that talk, not to his other one that
    day."""
    return [
        c
        for c in clusters
        if any(
            isinstance(x.sf.fact, Meeting)
            and x.sf.article == m.sf.article
            and x.sf.fact.span is not None
            and x.sf.fact.span == m.sf.fact.span
            for x in c.mentions
        )
    ]


def _likeliest(clusters: list[Cluster], m: Mention) -> list[Cluster]:
    """Of sessions that fit a reference equally, a held one for what was done (a preview's
    session of the same day, announced and never reported, is not where a document was
    adopted or a leader took part), and a formal one for a document, which informal meetings
    do not adopt."""
    if not m.sf.fact.planned:
        clusters = [c for c in clusters if c.held()] or clusters
    if isinstance(m.sf.fact, Document):
        clusters = [c for c in clusters if not c.informal] or clusters
    return clusters


def _takes_part_in_each(clusters: list[Cluster], m: Mention) -> bool:
    """A participant of every meeting its own sentence names: "Putin held separate talks with
    Xi, Erdogan and Sharif" makes Putin a participant of three bilateral meetings."""
    return isinstance(m.sf.fact, Participant) and all(
        any(
            isinstance(x.sf.fact, Meeting)
            and x.sf.article == m.sf.article
            and x.sf.fact.span is not None
            and x.sf.fact.span == m.sf.fact.span
            for x in c.mentions
        )
        for c in clusters
    )


@dataclass
class Sessions:
    records: list[Session]
    of_fact: dict[str, str]
    """Fact id → the session its meeting (or reference) resolved to."""


def build_sessions(
    facts: list[StoredFact], gaz: Gazetteer, people: People, unresolved: list[str]
) -> Sessions:
    places = place_spellings(gaz)
    mentions = [m for sf in facts if (m := _mention(sf, places, unresolved)) is not None]
    clusters = _join_informal_twins(
        _join_consecutive_days(_cluster([m for m in mentions if isinstance(m.sf.fact, Meeting)]))
    )
    index = Index(clusters)
    dates = {id(c): c.date() for c in clusters}
    days = {id(c): c.days() for c in clusters}
    orphans: list[Mention] = []
    resolved: list[tuple[Cluster, Mention]] = []
    for m in sorted(
        (m for m in mentions if not isinstance(m.sf.fact, Meeting)), key=lambda m: m.order
    ):
        scored = [(c, _score(c, m, dates[id(c)], days[id(c)])) for c in index.accepting(m)]
        if not scored:
            orphans.append(m)
            continue
        best = max(score for _, score in scored)
        top = [c for c, score in scored if score == best]
        if len(top) > 1:
            top = _named_alike_in_article(top, m) or top
        if len(top) > 1:
            top = _named_in_its_sentence(top, m) or top
        if len(top) > 1:
            top = _likeliest(top, m)
        if len(top) == 1 or _takes_part_in_each(top, m):
            resolved += [(c, m) for c in top]
        else:
            what = " ".join(x for x in (m.body, m.date, m.place) if x)
            unresolved.append(f"meeting reference ambiguous: {what} in {m.sf.article}")
    for cluster, m in resolved:
        cluster.mentions.append(m)
    clusters += _cluster(orphans)
    return _records(clusters, people)


def _session_id(c: Cluster, date: str | None) -> str:
    parts = [c.body]
    if c.parties:
        parts.append("-".join(p.lower() for p in c.parties))
    tail = f"{date or 'undated'}-{slug(c.place) or 'unknown-place'}"
    return "/".join(["session", *parts, tail + ("-informal" if c.informal else "")])


def _records(clusters: list[Cluster], people: People) -> Sessions:
    of_fact: dict[str, str] = {}
    records: list[Session] = []
    taken: set[str] = set()
    named = [(_session_id(c, c.date()), c) for c in clusters]
    # two sessions under one name (undated, unplaced) numbered by the reports that tell of
    # them, not by fact ids, which follow the names a store gives its articles
    for base, c in sorted(named, key=lambda n: (n[0], n[1].first_source(), n[1].first_id())):
        date = c.date()
        sid = base
        n = 2
        while sid in taken:
            sid, n = f"{base}-{n}", n + 1
        taken.add(sid)
        meetings = [m for m in c.mentions if isinstance(m.sf.fact, Meeting)]
        formats = {f for m in meetings if isinstance(m.sf.fact, Meeting) for f in m.sf.fact.formats}
        held_dates = {m.date for m in c.mentions if m.date and not m.sf.fact.planned}
        conflicts = sorted(
            f"date: {a} vs {b}"
            for a in held_dates
            for b in held_dates
            if a < b and not compatible_dates(a, b)
        )
        claims: set[Claim] = set()
        for m in c.mentions:
            sf = m.sf
            of_fact[sf.id] = sid
            if isinstance(sf.fact, Meeting):
                claims.add(Claim("status", sf.id, sf.article, sf.fact.quote))
                if m.date:
                    claims.add(Claim("date", sf.id, sf.article, sf.fact.quote))
                if m.place:
                    claims.add(Claim("place", sf.id, sf.article, sf.fact.quote))
                if sf.fact.formats:
                    claims.add(Claim("formats", sf.id, sf.article, sf.fact.quote))
        records.append(
            Session(
                id=sid,
                body=c.body,
                org=BODIES.get(c.body),
                date=date,
                place=c.place,
                formats=[f for f in FORMATS if f in formats],
                status="held" if c.held() else "planned",
                informal=c.informal,
                parties=list(c.parties) if c.parties else None,
                participants=_participants(c, people),
                conflicts=conflicts,
                claims=sorted(claims),
            )
        )
    return Sessions(records=sorted(records, key=lambda s: s.id), of_fact=of_fact)


def _participants(c: Cluster, people: People) -> list[SessionParticipant]:
    rows: dict[tuple[str, str | None, str | None], list[StoredFact]] = {}
    for m in c.mentions:
        f = m.sf.fact
        pid = people.id_of(f.person) if isinstance(f, Participant) else None
        if isinstance(f, Participant) and pid is not None:
            rows.setdefault((pid, f.state, f.org if f.state is None else None), []).append(m.sf)
    out = []
    for (pid, state, org), sfs in sorted(rows.items(), key=lambda kv: str(kv[0])):
        roles = [sf.fact.role for sf in sfs if isinstance(sf.fact, Participant) and sf.fact.role]
        held_roles = [
            sf.fact.role
            for sf in sfs
            if isinstance(sf.fact, Participant) and sf.fact.role and not sf.fact.planned
        ]
        pool = held_roles or roles
        out.append(
            SessionParticipant(
                person=pid,
                state=state,
                org=org,
                role=min(pool, key=lambda r: (-pool.count(r), r)) if pool else None,
                planned=all(sf.fact.planned for sf in sfs),
                claims=sorted(
                    {Claim("participant", sf.id, sf.article, sf.fact.quote) for sf in sfs}
                ),
            )
        )
    return out
