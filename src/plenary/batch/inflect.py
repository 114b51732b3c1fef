"""The case forms of the reference data's Russian names, so that the prefilter's fixed strings
find "Евразийским экономическим союзом" and "Путиным" as well as the nominative."""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml

_VOWELS = set("аеёиоуыэюяь")
_CASES = 5
"""Genitive, dative, instrumental, prepositional, accusative: the lists' order."""


@cache
def _table() -> dict[str, Any]:
    text = resources.files("plenary.batch").joinpath("russian_cases.yaml").read_text("utf-8")
    data: dict[str, Any] = yaml.safe_load(text)
    return data


def _noun_forms(word: str) -> list[str]:
    """The noun in the five cases (or none, for one whose ending the table does not know)."""
    table = _table()
    ending = next((e for e in table["nouns"] if e and word.endswith(e)), None)
    if ending is None and (not word[-1:].isalpha() or word[-1] in _VOWELS):
        return []
    ending = ending or ""
    stem = word[: len(word) - len(ending)]
    forms = []
    for other in table["nouns"][ending]:
        if other == "=":
            forms.append(word)
            continue
        if other == "ы" and stem[-1:] in table["velar_or_hushing"]:
            other = "и"
        if other in ("ом", "ой") and stem[-1:] in table["hushing"]:
            other = "е" + other[1:]
        forms.append(stem + other)
    return forms


def _family_forms(word: str) -> list[str]:
    if not word.endswith(tuple(_table()["family_finals"])):
        return []
    return [word + ending for ending in _table()["family_endings"]]


def _gender(noun: str) -> str:
    if noun.endswith(("а", "я")):
        return "feminine"
    if noun.endswith(("о", "е")):
        return "neuter"
    return "masculine"


def _adjective_ending(word: str) -> str | None:
    return next(
        (e for e in _table()["adjective_endings"] if word.endswith(e) and len(word) > len(e) + 2),
        None,
    )


def _adjective_forms(word: str, ending: str, gender: str) -> list[str]:
    stem = word[: -len(ending)]
    last = stem[-1:]
    kind = (
        "velar"
        if last in "кгх"
        else "hushing"
        if last in "жшчщ"
        else "soft"
        if ending in ("ий", "яя", "ее")
        else "hard"
    )
    return [word if e == "=" else stem + e for e in _table()["adjectives"][gender][kind]]


def case_forms(name: str, person: bool = False) -> list[str]:
    """The name in the other cases, lower-cased: each word of a person's name; else the
    leading adjectives and the first noun, in the same case ("евразийским экономическим
    союзом"). A name with no Cyrillic has none."""
    words = name.lower().split()
    if not any("а" <= c <= "я" or c == "ё" for c in "".join(words)):
        return []
    if person:  # every word in the same case: "Владимира Путина", "Касым-Жомартом Токаевым"
        forms = [_family_forms(w) or _noun_forms(w) or [w] * _CASES for w in words]
        cases = {" ".join(f[case] for f in forms) for case in range(_CASES)}
        return sorted(cases - {" ".join(words)})
    head = next((i for i, w in enumerate(words) if _adjective_ending(w) is None), None)
    if head is None:
        return []
    nouns = _noun_forms(words[head])
    if not nouns:
        return []
    gender = _gender(words[head])
    adjectives = [
        _adjective_forms(word, _adjective_ending(word) or "", gender) for word in words[:head]
    ]
    found = {
        " ".join([*(forms[case] for forms in adjectives), nouns[case], *words[head + 1 :]])
        for case in range(_CASES)
    }
    return sorted(found - {" ".join(words)})
