"""Transliteration-tolerant person-name keys, as the spec scores names.

"Ilhom Toychievich Nematov" and "Ilkhom Nematov" both reduce to a given+family key that a
fuzzy ratio of at least 85 joins; the evaluation, the reconciler and the gazetteer share this.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz
from unidecode import unidecode

_NON_WORD = re.compile(r"[^a-z\- ]+")
_SPACES = re.compile(r"\s+")
SAME_PERSON_RATIO = 85.0


def name_tokens(name: str) -> list[str]:
    """Lower-cased ASCII tokens of a name; initials ("M.") stay as single letters."""
    ascii_name = unidecode(name).lower().replace(".", ". ")
    ascii_name = _NON_WORD.sub(" ", ascii_name)
    return [t.strip("-") for t in _SPACES.split(ascii_name) if t.strip("-")]


def name_key(name: str) -> str:
    """Given + family name, lower-cased ASCII, middle names and patronymics dropped."""
    tokens = name_tokens(name)
    if len(tokens) <= 2:
        return " ".join(tokens)
    return f"{tokens[0]} {tokens[-1]}"


def same_person(a: str, b: str) -> bool:
    """The spec's person match: equal keys or a fuzzy ratio of at least 85 on them.

    An initial ("M. Mishustin") matches any given name with that first letter.
    """
    ka, kb = name_key(a), name_key(b)
    if ka == kb:
        return True
    ta, tb = ka.split(" "), kb.split(" ")
    if len(ta) == 2 and len(tb) == 2 and (len(ta[0]) == 1 or len(tb[0]) == 1):
        return ta[0][0] == tb[0][0] and fuzz.ratio(ta[1], tb[1]) >= SAME_PERSON_RATIO
    return fuzz.ratio(ka, kb) >= SAME_PERSON_RATIO
