"""The extraction patterns that open with a first-character lookahead (`\\b(?=[abc])(...)`, a
speed guard) must let through every character their alternatives can start with: a word added
to an alternation without its first letter in the guard would silently never match."""

from __future__ import annotations

import importlib
import re
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as P  # type: ignore[attr-defined]

import pytest

MODULES = (
    "appointments",
    "awards",
    "chairmanships",
    "dates",
    "doc",
    "documents",
    "initiatives",
    "meetings",
    "mentions",
    "participants",
    "persons",
    "statistics",
    "tense",
)
ALPHABET = [chr(c) for c in range(0x250)]
"""Latin letters with their accented forms, digits and punctuation: what reports begin words
with."""


def _first(items: list[tuple[object, object]]) -> tuple[list[tuple[object, object]], bool]:
    """The items (parser nodes) that can match the first character, and whether the
    sequence can match the empty string."""
    found: list[tuple[object, object]] = []
    for op, av in items:
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue
        if op in (C.LITERAL, C.IN, C.NOT_LITERAL, C.ANY):
            return [*found, (op, av)], False
        if op is C.SUBPATTERN:
            sub, empty = _first(list(av[-1]))  # type: ignore[index]
            found += sub
            if not empty:
                return found, False
        elif op is C.BRANCH:
            empty = False
            for alternative in av[1]:  # type: ignore[index]
                sub, alt_empty = _first(list(alternative))
                found += sub
                empty |= alt_empty
            if not empty:
                return found, False
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT):
            low, _, sub_items = av  # type: ignore[misc]
            sub, empty = _first(list(sub_items))
            found += sub
            if low > 0 and not empty:
                return found, False
        else:
            return [*found, (C.ANY, None)], False
    return found, True


def _can_start(node: tuple[object, object], ch: str, flags: int) -> bool:
    op, av = node
    if op is C.IN:
        return re.compile(_class_source(av), flags).fullmatch(ch) is not None  # type: ignore[arg-type]
    if op is C.LITERAL:
        return re.fullmatch(re.escape(chr(av)), ch, flags & re.I) is not None  # type: ignore[arg-type]
    return True  # any character, or a node the check does not model: assume it can


def _class_source(items: list[tuple[object, object]]) -> str:
    parts = []
    negate = ""
    for op, av in items:
        if op is C.NEGATE:
            negate = "^"
        elif op is C.LITERAL:
            parts.append(re.escape(chr(av)))  # type: ignore[arg-type]
        elif op is C.RANGE:
            low, high = av  # type: ignore[misc]
            parts.append(f"{re.escape(chr(low))}-{re.escape(chr(high))}")
        elif op is C.CATEGORY:
            parts.append({C.CATEGORY_DIGIT: r"\d", C.CATEGORY_WORD: r"\w",
                          C.CATEGORY_SPACE: r"\s", C.CATEGORY_NOT_DIGIT: r"\D",
                          C.CATEGORY_NOT_WORD: r"\W", C.CATEGORY_NOT_SPACE: r"\S"}[av])  # fmt: skip
    return f"[{negate}{''.join(parts)}]"


def guarded_patterns() -> list[tuple[str, re.Pattern[str]]]:
    found = []
    for name in MODULES:
        module = importlib.import_module(f"plenary.extract.{name}")
        for attribute, value in vars(module).items():
            if isinstance(value, re.Pattern) and re.match(r"(?:\\b)?\(\?=\[", value.pattern):
                found.append((f"{name}.{attribute}", value))
    return found


def test_there_are_guarded_patterns_to_check() -> None:
    assert len(guarded_patterns()) >= 10


@pytest.mark.parametrize("name, pattern", guarded_patterns(), ids=lambda x: str(x)[:40])
def test_a_first_character_guard_lets_through_every_possible_start(
    name: str, pattern: re.Pattern[str]
) -> None:
    items = list(P.parse(pattern.pattern, pattern.flags).data)
    alternatives = (
        [list(alt) for alt in items[0][1][1]]
        if len(items) == 1 and items[0][0] is C.BRANCH
        else [items]
    )
    blocked: set[str] = set()
    for sequence in alternatives:
        at = next((i for i, (op, av) in enumerate(sequence) if op is C.ASSERT and av[0] == 1), None)
        if at is None:
            continue
        guard = re.compile(_source(sequence[at][1][1]), pattern.flags)
        starts, _ = _first(sequence[at + 1 :])
        blocked |= {
            ch
            for ch in ALPHABET
            if any(_can_start(node, ch, pattern.flags) for node in starts) and not guard.match(ch)
        }
    assert not blocked, f"{name}: the guard blocks {''.join(sorted(blocked))!r}"


def _source(lookahead: P.SubPattern) -> str:
    """The character class a lookahead tests, as pattern source."""
    ((op, av),) = list(lookahead)
    return _class_source(av) if op is C.IN else re.escape(chr(av))
