"""The prefilter's vocabulary: every name the reference data gives the tracked organizations,
their bodies, the people who sit in them and the honours they confer, in English and Russian.

States and places are left out on purpose: "Russia" or "Moscow" alone say nothing about the
bodies Plenary tracks, and most unrelated news names them.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from plenary.batch.inflect import case_forms
from plenary.reference import load


@dataclass(frozen=True)
class Term:
    text: str
    acronym: bool
    """Written in capitals ("CIS", "ОДКБ"): matched only where the text has it in capitals too,
    so that "cis" in "cis-trans" or "Sco" in a name does not count."""


def _is_acronym(name: str) -> bool:
    return name.isupper() and len(name.replace(" ", "")) <= 8


@cache
def _spellings() -> tuple[tuple[str, bool], ...]:
    """(spelling, of a person) for every name the reference data gives, whitespace normalized."""
    gaz = load()
    found: list[tuple[str, bool]] = []
    for org in gaz.organizations.values():
        found += [(n, False) for n in (org.name, *org.aliases)]
    for body in gaz.bodies.values():
        if body.org is not None:  # "the G20 summit" alone does not make a story relevant
            found += [(n, False) for n in (body.name, *body.aliases)]
    for person in gaz.people:
        found += [(n, True) for n in (person.name, *person.aliases)]
    for award in gaz.awards:
        found += [(str(n), False) for n in (award["name"], *(award.get("aliases") or ()))]
    return tuple((" ".join(n.split()), person) for n, person in found if len(n.strip()) >= 3)


@cache
def names() -> tuple[str, ...]:
    """Every spelling as the reference data writes it, unique, sorted."""
    return tuple(sorted({name for name, _ in _spellings()}))


@cache
def terms() -> tuple[Term, ...]:
    """Sorted, unique (by lower case) terms, a Russian name also in its other cases ("с
    Евразийским экономическим союзом", "Путиным"); a name written both ways counts as not an
    acronym."""
    by_key: dict[str, bool] = {}
    for name, person in _spellings():
        key = name.lower()
        by_key[key] = by_key.get(key, True) and _is_acronym(name)
        for form in case_forms(name, person=person):
            by_key.setdefault(form, False)
    return tuple(Term(key, acronym) for key, acronym in sorted(by_key.items()))


def terms_file_text() -> str:
    """The spellings one a line, as `grep -F -f TERMS` reads them (the benchmark's baseline)."""
    return "".join(f"{name}\n" for name in names())
