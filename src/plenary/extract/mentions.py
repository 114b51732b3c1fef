"""Find the gazetteer's names in text: people, states, organizations, bodies, places, awards.

One Aho-Corasick automaton over every alias, built once per process; matches must sit on word
boundaries, and proper names must be capitalized as written, so "present" never hits a person.
"""

from __future__ import annotations

import re
from functools import cache

import ahocorasick

from plenary.extract.doc import Doc, Mention
from plenary.reference import load

_CASE_SENSITIVE = {"person", "state", "state-adj", "place", "org", "parliament"}


@cache
def _automaton() -> ahocorasick.Automaton:
    gaz = load()
    entries: dict[str, list[tuple[str, str, str]]] = {}

    def add(alias: str, type: str, key: str) -> None:
        alias = alias.strip()
        if len(alias) < 2:
            return
        entries.setdefault(alias.lower(), []).append((type, key, alias))

    for alias, type, key in gaz.names():
        add(alias, type, key)
        if type == "person" and ". " in alias:
            add(alias.replace(". ", "."), type, key)  # "M. Mishustin" also as "M.Mishustin"
    automaton = ahocorasick.Automaton()
    for lowered, values in entries.items():
        automaton.add_word(lowered, values)
    automaton.make_automaton()
    return automaton


def _word_boundary(text: str, start: int, end: int) -> bool:
    """Whole words only; a hyphen joins words ("Kazakhstan-based") except between two names
    ("Russia-India summit")."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    joined_before = before == "-" and not _name_before_hyphen(text, start)
    joined_after = after == "-" and not text[end + 1 : end + 2].isupper()
    return not (before.isalnum() or joined_before) and not (after.isalnum() or joined_after)


def find_mentions(text: str) -> list[Mention]:
    """Longest non-overlapping gazetteer matches, left to right."""
    lowered = text.lower()
    candidates: list[Mention] = []
    for end_index, values in _automaton().iter(lowered):
        for type, key, alias in values:
            end = end_index + 1
            start = end - len(alias)
            if not _word_boundary(text, start, end):
                continue
            surface = text[start:end]
            if type in _CASE_SENSITIVE and not _case_ok(surface, alias):
                continue
            candidates.append(Mention(type, key, start, end, surface))
    candidates.sort(key=lambda m: (m.start, -(m.end - m.start)))
    chosen: list[Mention] = []
    last_end = -1
    for mention in candidates:
        if mention.start >= last_end:
            chosen.append(mention)
            last_end = mention.end
        elif chosen and mention.start == chosen[-1].start and mention.end == chosen[-1].end:
            continue
    return chosen


def _name_before_hyphen(text: str, start: int) -> bool:
    """ "India-Russia": the word before the hyphen is a name, so the two are not one word."""
    word_before = re.search(r"(\w+)-$", text[max(0, start - 30) : start])
    return bool(word_before and word_before.group(1)[0].isupper())


def _case_ok(surface: str, alias: str) -> bool:
    """A proper name must start with a capital where the alias does (CIS, Putin, Moscow)."""
    if alias.isupper() and len(alias) <= 5:
        return surface == alias
    return surface[:1].isupper() or not alias[:1].isupper()


_CAPITAL_AFTER = re.compile(r"\s+capital\b")
_CAPITAL_BEFORE = re.compile(r"\bcapital\s+of\s+(?:the\s+)?$")


def capital_mentions(text: str, mentions: list[Mention], day: str | None = None) -> list[Mention]:
    """ "The Belarusian capital", "the capital of Tajikistan": the state's capital as a place,
    the one it had on `day` (the Kazakh capital was Almaty until 1997)."""
    states = load().states
    found = []
    for mention in mentions:
        if mention.type not in ("state", "state-adj") or mention.key not in states:
            continue
        capital = states[mention.key].capital_on(day)
        if capital is None or capital not in load().places:
            continue
        after = _CAPITAL_AFTER.match(text, mention.end)
        if mention.type == "state-adj" and after:
            found.append(
                Mention(
                    "place", capital, mention.start, after.end(), text[mention.start : after.end()]
                )
            )
        elif mention.type == "state" and _CAPITAL_BEFORE.search(
            text[max(0, mention.start - 20) : mention.start]
        ):
            found.append(Mention("place", capital, mention.start, mention.end, mention.text))
    return found


def tag_mentions(doc: Doc) -> None:
    mentions = find_mentions(doc.text)
    capitals = capital_mentions(doc.text, mentions, doc.article.published)
    kept = [m for m in mentions if not any(c.start <= m.start and m.end <= c.end for c in capitals)]
    doc.mentions = sorted(kept + capitals, key=lambda m: m.start)
