"""Document identity from titles: when two titles can name one work.

Titles are similar (the spec's token-set similarity) and of one type family; and they do not
name different places, states, organizations or numbers: the Astana Declaration is not the
Tianjin Declaration, Iran's memorandum of obligations is not Belarus's, the address on the 75th
anniversary is not the one on the 80th. A title that names none of a kind is silent on it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from plenary.reference import Gazetteer, load
from plenary.registry.text import SIMILAR, STOP_WORDS, tokens, years

DOCUMENT_TYPES = frozenset(
    [
        "address",
        "agreement",
        "amendment",
        "amendments",
        "appeal",
        "communique",
        "concept",
        "convention",
        "decision",
        "declaration",
        "decree",
        "memorandum",
        "plan",
        "program",
        "programme",
        "protocol",
        "resolution",
        "statement",
        "strategy",
        "treaty",
    ]
)
FAMILIES = {"agreement": "treaty", "convention": "treaty", "programme": "program"}
"""Types that name one kind of work: "the treaty to establish X" is "the agreement to create X"
(international law calls every agreement between states a treaty)."""
LINK_WORDS = frozenset(
    [
        "of",
        "on",
        "for",
        "to",
        "between",
        "in",
        "with",
        "within",
        "amending",
        "establishing",
        "creating",
        "granting",
        "giving",
    ]
)
SHARED_WORDS = 0.6
_PLURAL = re.compile(r"s$")
_NUMBER = re.compile(r"\d+")

GENERIC = frozenset(
    [
        "about",
        "among",
        "area",
        "areas",
        "basic",
        "between",
        "council",
        "cooperation",
        "countries",
        "create",
        "creating",
        "creation",
        "development",
        "direction",
        "directions",
        "documents",
        "draft",
        "establish",
        "established",
        "establishing",
        "establishment",
        "field",
        "fields",
        "further",
        "general",
        "government",
        "heads",
        "implementation",
        "implementing",
        "joint",
        "main",
        "member",
        "members",
        "new",
        "on",
        "period",
        "provisions",
        "sphere",
        "spheres",
        "state",
        "states",
        "their",
        "two",
        "until",
        "up",
        "upon",
        "within",
        "year",
        "years",
    ]
)
"""Words most titles share: they say nothing about which work a title names."""
STEM = 6
"""Words compare by their first letters: "industrial" and "industry" are one word."""


@dataclass(frozen=True)
class Names:
    """What a title names, by kind: place, state, org (gazetteer ids) and number (digits);
    and its distinctive words (stems), which are neither names nor type, stop or generic
    words."""

    place: frozenset[str]
    state: frozenset[str]
    org: frozenset[str]
    number: frozenset[str]
    words: frozenset[str]

    def conflicts(self, other: Names) -> bool:
        """Both name places (states, organizations) and not the same ones; or both give
        numbers and neither's include the other's (the 80th anniversary "of 1941-1945" is the
        80th anniversary; the 75th is not)."""
        pairs = ((self.place, other.place), (self.state, other.state), (self.org, other.org))
        if any(a and b and a != b for a, b in pairs):
            return True
        a, b = self.number, other.number
        return bool(a and b and not (a <= b or b <= a))


def _key(text: str) -> tuple[str, ...]:
    words = tokens(text, stop=False)
    return tuple(words[1:] if words[:1] == ["the"] else words)


class NameIndex:
    """The gazetteer's places, states (names and adjectives) and organizations by their words;
    the names of a title are found by longest match, and remembered."""

    def __init__(self, gaz: Gazetteer) -> None:
        self.gaz = gaz
        self.index: dict[tuple[str, ...], tuple[str, str]] = {}
        for place in gaz.places.values():
            self._add("place", place.name, (place.name, *place.aliases))
        for state in gaz.states.values():
            self._add("state", state.code, (state.name, *state.aliases, *state.adjectives))
        for org in gaz.organizations.values():
            if org.id != "bilateral":
                self._add("org", org.id, (org.name, *org.aliases))
        self.index.pop((), None)
        self.longest = max((len(k) for k in self.index), default=0)
        self.seen: dict[str, Names] = {}

    def _add(self, kind: str, ident: str, spellings: tuple[str, ...]) -> None:
        for spelling in spellings:
            self.index.setdefault(_key(spelling), (kind, ident))

    def names(self, title: str) -> Names:
        if title not in self.seen:
            self.seen[title] = self._find(title)
        return self.seen[title]

    def _find(self, title: str) -> Names:
        words = tokens(title, stop=False)
        found: dict[str, set[str]] = {"place": set(), "state": set(), "org": set()}
        rest: set[str] = set()
        i = 0
        while i < len(words):
            hit, n = self._match(words, i)
            if hit is not None:
                found[hit[0]].add(hit[1])
            elif _distinctive(words[i]):
                rest.add(words[i][:STEM])
            i += n
        return Names(
            place=frozenset(found["place"]),
            state=frozenset(found["state"]),
            org=frozenset(found["org"]),
            number=frozenset(str(int(n)) for n in _NUMBER.findall(title)),
            words=frozenset(rest),
        )

    def _match(self, words: list[str], i: int) -> tuple[tuple[str, str] | None, int]:
        """The longest gazetteer name starting at word i, and how many words it takes."""
        for n in range(min(self.longest, len(words) - i), 0, -1):
            hit = self.index.get(tuple(words[i : i + n]))
            if hit is not None:
                return hit, n
        return None, 1


def _distinctive(word: str) -> bool:
    return not (
        word in STOP_WORDS
        or word in DOCUMENT_TYPES
        or word in GENERIC
        or _NUMBER.search(word) is not None
    )


_INDEXES: list[NameIndex] = []


def name_index(gaz: Gazetteer | None = None) -> NameIndex:
    """The index of a gazetteer (the packaged one by default), built once per gazetteer."""
    gaz = gaz if gaz is not None else load()
    found = next((ix for ix in _INDEXES if ix.gaz is gaz), None)
    if found is None:
        found = NameIndex(gaz)
        _INDEXES[:] = [*_INDEXES[-3:], found]
    return found


def names(title: str, gaz: Gazetteer | None = None) -> Names:
    """The places, states, organizations and numbers a title names."""
    return name_index(gaz).names(title)


def kind(title: str) -> str | None:
    """The document type the title leads with ("Cooperation Program of ..." → program); None
    when a link word comes first ("Guidelines for implementing the Treaty ..." is no treaty)."""
    for t in tokens(title, stop=False):
        if t in DOCUMENT_TYPES:
            k = _PLURAL.sub("", t)
            return FAMILIES.get(k, k)
        if t in LINK_WORDS:
            return None
    return None


def shared_words(a: Names, b: Names) -> float:
    """The share of the smaller set of distinctive words that the other title has too; a title
    with none ("Kazan Declaration") is told apart by its names alone, and differs from one
    with some."""
    if not a.words or not b.words:
        return 1.0 if a.words == b.words else 0.0
    return len(a.words & b.words) / min(len(a.words), len(b.words))


@dataclass(frozen=True)
class Title:
    """What work identity reads from a title, computed once: its type, years, words (for
    the token-set similarity) and names."""

    text: str
    kind: str | None
    years: frozenset[str]
    words: str
    names: Names


def title(text: str, gaz: Gazetteer | None = None) -> Title:
    return Title(
        text=text,
        kind=kind(text),
        years=years(text),
        words=" ".join(tokens(text)),
        names=names(text, gaz),
    )


def title_score(a: Title, b: Title) -> float | None:
    """`work_score` of two titles read once: the token-set similarity of titles of one type,
    the same years (if both give any), no contradicting name and mostly the same distinctive
    words; None if they are not one work."""
    if a.kind != b.kind or (a.years and b.years and a.years != b.years):
        return None
    if a.names.conflicts(b.names) or shared_words(a.names, b.names) < SHARED_WORDS:
        return None
    ratio = float(fuzz.token_set_ratio(a.words, b.words))
    return ratio if ratio >= SIMILAR else None


def without_figures(text: str) -> str:
    """The text with every number replaced by one mark: what a corrected figure leaves."""
    return _NUMBER.sub("#", text)


def same_work(a: str, b: str, gaz: Gazetteer | None = None) -> bool:
    """One type, similar titles, mostly the same distinctive words, and no place, state,
    organization or number that one names and the other contradicts."""
    return work_score(a, b, gaz) is not None


def work_score(a: str, b: str, gaz: Gazetteer | None = None) -> float | None:
    """How alike two titles of one work are (token-set similarity), None if not one work."""
    return title_score(title(a, gaz), title(b, gaz))
