"""Resolve the names facts use to people: the gazetteer's where it knows them, else complete-link
clusters of spellings that `same_person` joins (every two spellings alike: no chains). Text the
extractor took for a name but that is none ("Prime Minister") is reported, not made a person."""

from __future__ import annotations

from dataclasses import dataclass, field

from rapidfuzz import fuzz

from plenary.reference import Gazetteer
from plenary.reference import Person as KnownPerson
from plenary.reference.names import name_key, name_tokens, same_person
from plenary.registry.model import Claim, Person, StoredFact
from plenary.registry.text import complete_clusters, longest, slug
from plenary.spec import Appointment, Award, Initiative, Participant

NOT_NAME_WORDS = frozenset(
    [
        "minister",
        "prime",
        "president",
        "vice",
        "deputy",
        "chairman",
        "chairwoman",
        "chair",
        "speaker",
        "secretary",
        "general",
        "head",
        "heads",
        "leader",
        "ambassador",
        "aide",
        "adviser",
        "advisor",
        "spokesman",
        "spokeswoman",
        "envoy",
        "director",
        "commissioner",
        "foreign",
        "affairs",
        "council",
        "assembly",
        "parliament",
        "kenesh",
        "majlis",
        "mazhilis",
        "senate",
        "duma",
        "kurultai",
        "oliy",
        "khural",
        "milli",
        "rada",
        "government",
        "ministry",
        "committee",
        "commission",
        "cabinet",
        "office",
        "kremlin",
        "state",
        "union",
        "republic",
        "federation",
        "organization",
        "organisation",
        "summit",
    ]
)
"""Words of offices and institutions, which the extractor can mistake for a person's name."""
SURNAME_ENDINGS = (
    "ov", "ev", "yev", "ova", "eva", "yeva", "in", "ina", "yn", "enko", "yan", "ian",
    "zoda", "zade", "uly", "kyzy", "ich", "sky", "skiy", "skaya", "dze", "shvili",
)  # fmt: skip
"""Endings of family names in the region's reports (Shakiyev, Mustafayev, Rasulzoda)."""


@dataclass
class People:
    """Name → person id, and the person records under construction."""

    by_name: dict[str, str] = field(default_factory=dict)
    records: dict[str, Person] = field(default_factory=dict)
    unresolved: list[str] = field(default_factory=list)

    def id_of(self, name: str | None) -> str | None:
        return None if name is None else self.by_name.get(name)


def names_in(sf: StoredFact) -> list[tuple[str, str]]:
    """(name, field) pairs for every person a fact names."""
    f = sf.fact
    if isinstance(f, Participant):
        return [(f.person, "name")]
    if isinstance(f, Award):
        return [(f.recipient, "name")] + ([(f.by, "name")] if f.by else [])
    if isinstance(f, Appointment):
        return [(f.person, "name")]
    if isinstance(f, Initiative):
        return [(f.by, "name")]
    return []


def _known(name: str, gaz: Gazetteer, by_key: dict[str, KnownPerson]) -> KnownPerson | None:
    """The gazetteer person a name denotes (`by_key`: `gaz.person_by_key()`); None when none or
    several match."""
    exact = by_key.get(name_key(name))
    if exact is not None:
        return exact
    found = {
        p.name: p for p in gaz.people if any(same_person(name, s) for s in (p.name, *p.aliases))
    }
    return next(iter(found.values())) if len(found) == 1 else None


def looks_like_name(name: str, gaz: Gazetteer) -> bool:
    """A name the gazetteer does not know is a person's when it has two words or more, none of
    them an office ("Prime Minister") or an institution ("Jogorku Kenesh"), and a given name
    the gazetteer lists or a family name of the region's usual form."""
    words = name_tokens(name)
    if len(words) < 2 or any(w in NOT_NAME_WORDS for w in words):
        return False
    given = {g.casefold() for g in gaz.given_names}
    has_given = any(w in given for w in words[:-1])
    return has_given or words[-1].endswith(SURNAME_ENDINGS)


def _unknown_score(a: str, b: str) -> float | None:
    """How alike two spellings of one unknown person are; None for two people."""
    return fuzz.ratio(name_key(a), name_key(b)) if same_person(a, b) else None


def resolve_people(facts: list[StoredFact], gaz: Gazetteer) -> People:
    """Every name in the facts, mapped to one person record; text that is not a name is
    reported and becomes no one."""
    people = People()
    seen: dict[str, list[tuple[StoredFact, str]]] = {}
    for sf in facts:
        for name, fld in names_in(sf):
            seen.setdefault(name, []).append((sf, fld))
    known: dict[str, list[str]] = {}
    unknown: list[str] = []
    by_key = gaz.person_by_key()
    for name in sorted(seen):
        person = _known(name, gaz, by_key)
        if person is None and not looks_like_name(name, gaz):
            people.unresolved.append(f"not a person's name: {name}")
        elif person is None:
            unknown.append(name)
        else:
            known.setdefault(person.name, []).append(name)
    groups = [(gaz_name, spellings, True) for gaz_name, spellings in known.items()]
    for cluster in complete_clusters(unknown, _unknown_score):
        groups.append((longest(cluster), cluster, False))
        people.unresolved.append(f"person not in the gazetteer: {longest(cluster)}")
    taken: set[str] = set()
    for canonical, spellings, is_known in sorted(groups, key=lambda g: (g[0], g[1])):
        pid = base = f"person/{slug(canonical)}"
        n = 2
        while pid in taken:
            pid, n = f"{base}-{n}", n + 1
        taken.add(pid)
        claims = sorted(
            {
                Claim("names", sf.id, sf.article, sf.fact.quote)
                for s in spellings
                for sf, _ in seen[s]
            }
        )
        people.records[pid] = Person(
            id=pid,
            name=canonical,
            names=sorted(set(spellings) - {canonical}),
            known=is_known,
            claims=claims,
        )
        for s in spellings:
            people.by_name[s] = pid
    for record in people.records.values():
        if record.known:
            person = next(p for p in gaz.people if p.name == record.name)
            record.posts = [
                {
                    "title": p.title,
                    "state": p.state,
                    "org": p.org,
                    "start": p.start,
                    "end": p.end,
                    "source": "gazetteer",
                }
                for p in person.posts
            ]
    return people


def add_roles(people: People, facts: list[StoredFact]) -> None:
    """Roles that facts report and the gazetteer lacks become posts with claims."""
    for sf in facts:
        f = sf.fact
        pid = people.id_of(f.person) if isinstance(f, Participant) else None
        if not isinstance(f, Participant) or not f.role or pid is None:
            continue
        record = people.records[pid]
        post = next(
            (
                p
                for p in record.posts
                if p["title"].lower() == f.role.lower()
                and p["state"] == f.state
                and p["org"] == (f.org if f.state is None else p["org"])
            ),
            None,
        )
        if post is None:
            post = {
                "title": f.role,
                "state": f.state,
                "org": f.org,
                "start": None,
                "end": None,
                "source": "reported",
            }
            record.posts.append(post)
        record.claims.append(Claim(f"post:{f.role}", sf.id, sf.article, f.quote))
    for record in people.records.values():
        record.posts.sort(key=lambda p: (p["start"] or "", p["title"], p["state"] or ""))
        record.claims = sorted(set(record.claims))
