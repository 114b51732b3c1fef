"""The prefilter's vocabulary: every name the reference data gives the tracked organizations,
their bodies, the people who sit in them and the honours they confer, in English and Russian.

States and places are left out on purpose: "Russia" or "Moscow" alone say nothing about the
bodies Plenary tracks, and most unrelated news names them.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

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
def names() -> tuple[str, ...]:
    """Every spelling as the reference data writes it, whitespace normalized, unique, sorted."""
    gaz = load()
    found: list[str] = []
    for org in gaz.organizations.values():
        found += [org.name, *org.aliases]
    for body in gaz.bodies.values():
        if body.org is not None:  # "the G20 summit" alone does not make a story relevant
            found += [body.name, *body.aliases]
    for person in gaz.people:
        found += [person.name, *person.aliases]
    for award in gaz.awards:
        found += [str(award["name"]), *(str(a) for a in award.get("aliases") or ())]
    return tuple(sorted({" ".join(n.split()) for n in found if len(n.strip()) >= 3}))


@cache
def terms() -> tuple[Term, ...]:
    """Sorted, unique (by lower case) terms; a name written both ways counts as not an acronym."""
    by_key: dict[str, bool] = {}
    for name in names():
        key = name.lower()
        by_key[key] = by_key.get(key, True) and _is_acronym(name)
    return tuple(Term(key, acronym) for key, acronym in sorted(by_key.items()))


def terms_file_text() -> str:
    """The spellings one a line, as `grep -F -f TERMS` reads them (the benchmark's baseline)."""
    return "".join(f"{name}\n" for name in names())
