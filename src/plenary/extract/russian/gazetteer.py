"""The reference data's names found in Russian text, whatever their case form.

An alias's word (written in the nominative) is keyed without its nominative ending; a report's
word is tried as written and without each case ending it may have (`lexicon.yaml`), so the
alias "Совет глав государств СНГ" matches "Совета глав государств СНГ" and "Путин" matches
"Путиным". Only endings go, never a suffix: a stemmer's "Бакиев" and "Баку" would be one word.
The longest alias wins at each word; proper names must be capitalized as written. People the
reference data does not know are found by a known given name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from plenary.extract.doc import Mention
from plenary.extract.russian.lexicon import lexicon
from plenary.reference import load

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*|\d+")
_CASE_SENSITIVE = {"person", "state", "place"}


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str
    forms: tuple[str, ...]
    """The word lower-cased, and without each case ending it may have."""


@cache
def _ending_pattern(name: str) -> re.Pattern[str]:
    endings = sorted(lexicon()[name], key=len, reverse=True)
    return re.compile(r"(?<=[а-я-]{3})(?:" + "|".join(endings) + ")$")  # "Чолпон-Ата"


_CENTRAL_ASIAN = str.maketrans("ёўҳқғәөүұіңһ", "еухкгаоууинх")
"""Letters of Uzbek and Kazakh Cyrillic read as their Russian neighbours: "«Дўстлик»" is the
"Дустлик" of the reference data, "ё" is "е"."""


def _lower(word: str) -> str:
    return word.lower().translate(_CENTRAL_ASIAN)


@lru_cache(maxsize=65536)  # bounded: an archive's vocabulary is not
def forms(word: str) -> tuple[str, ...]:
    """The word as written (lower case, "ё" read as "е") and as it is without each case
    ending it may have ("ильхамом": "ильхамом", "ильхам"; "ильхам": "ильхам", "ильх")."""
    lowered = _lower(word)
    found = [lowered]
    for ending in lexicon()["case_endings"]:
        if lowered.endswith(ending) and len(lowered) - len(ending) >= 3:
            found.append(lowered[: -len(ending)])
    return tuple(dict.fromkeys(found))


@lru_cache(maxsize=65536)
def key(word: str) -> str:
    """An alias's word (written in the nominative) without its nominative ending: the form its
    every case shares ("москва" → "москв", "совет" → "совет")."""
    return _ending_pattern("nominative_endings").sub("", _lower(word), count=1)


def tokenize(text: str) -> list[Token]:
    return [Token(m.start(), m.end(), m.group(), forms(m.group())) for m in _WORD.finditer(text)]


_END = ""
"""The trie's key under which the entries of the aliases that end at a node are kept."""


@cache
def _trie() -> dict[str, Any]:
    """Every alias as a path of its words' keys; each node's `_END` holds the aliases ending
    there."""
    gaz = load()
    root: dict[str, Any] = {}

    def add(alias: str, type: str, name: str) -> None:
        words = _WORD.findall(alias)
        if not words or len(alias) < 2:
            return
        node = root
        for word in words:
            node = node.setdefault(key(word), {})
        node.setdefault(_END, []).append((type, name, alias))

    for alias, type, name in gaz.names():
        add(alias, type, name)
    return root


def _case_ok(surface: str, alias: str) -> bool:
    """ "СНГ" only as capitals; "Путин", "Москва" only capitalized."""
    if alias.isupper() and len(alias) <= 5:
        return surface.isupper()
    return surface[:1].isupper() or not alias[:1].isupper()


def _longest(text: str, tokens: list[Token], position: int) -> Mention | None:
    """The longest alias that starts at the token, any of each word's forms fitting."""
    best: Mention | None = None
    frontier: list[dict[str, Any]] = [_trie()]
    for index in range(position, len(tokens)):
        token = tokens[index]
        frontier = [node[form] for node in frontier for form in token.forms if form in node]
        if not frontier:
            break
        start, end = tokens[position].start, token.end
        surface = text[start:end]
        for node in frontier:
            for type, name, alias in node.get(_END, ()):
                if type not in _CASE_SENSITIVE or _case_ok(surface, alias):
                    best = Mention(type, name, start, end, surface)
                    break
    return best


def find_mentions(text: str, tokens: list[Token]) -> list[Mention]:
    """Longest gazetteer matches, left to right, none overlapping."""
    found: list[Mention] = []
    position = 0
    while position < len(tokens):
        mention = _longest(text, tokens, position)
        if mention is None:
            position += 1
            continue
        found.append(mention)
        while position < len(tokens) and tokens[position].start < mention.end:
            position += 1
    return found


def _translit(word: str) -> str:
    table = lexicon()["transliteration"]
    latin = "".join(table.get(char, char) for char in _lower(word))
    return "-".join(part[:1].upper() + part[1:] for part in latin.split("-"))


@cache
def _given_names() -> frozenset[str]:
    return frozenset(load().given_names)


@lru_cache(maxsize=4096)
def _given_name(word: str) -> str | None:
    """The English given name a Cyrillic word is a case form of ("Игоря" → "Igor")."""
    if not word[:1].isupper():
        return None
    for form in forms(word):
        for ending in lexicon()["given_name_endings"]:
            name = _translit(form + ending)
            if name in _given_names():
                return name
    return None


def _family_name(word: str, female: bool) -> str:
    """The nominative of a family name in any case ("Моргулова" → "Моргулов", "Памфиловой" →
    "Памфилова" for a woman)."""
    finals = tuple(lexicon()["family_name_finals"])
    for form in forms(word):
        if form.endswith(finals):
            return _translit(
                form + ("а" if female and form.endswith(("ов", "ев", "ин", "ын")) else "")
            )
    return _translit(word)


def find_unknown_people(text: str, tokens: list[Token], known: list[Mention]) -> list[Mention]:
    """People the reference data does not know: a known given name, a patronymic perhaps, and
    a capitalized family name (or a decree's "КОБИЦКИЙ Дмитрий Фёдорович"), none of them
    inside a name already found."""
    taken = [(m.start, m.end) for m in known]
    found: list[Mention] = []
    index = 0
    while index < len(tokens) - 1:
        first = tokens[index]
        decreed = _decree_name(text, tokens, index)
        if decreed is not None and not any(decreed.end > s and decreed.start < e for s, e in taken):
            found.append(decreed)
            index += 3
            continue
        given = _given_name(first.text)
        if given is None or any(s <= first.start < e for s, e in taken):
            index += 1
            continue
        nxt = index + 1
        if re.search(lexicon()["patronymic"], _lower(tokens[nxt].text)) and nxt + 1 < len(tokens):
            nxt += 1
        family = tokens[nxt]
        gap = text[tokens[nxt - 1].end : family.start]
        if (
            not family.text[:1].isupper()
            or gap.strip()
            or any(s <= family.start < e for s, e in taken)
            or not re.search("[а-яё]", family.text.lower())
        ):
            index += 1
            continue
        female = given.endswith("a") and given not in lexicon()["male_given_names_in_a"]
        name = f"{given} {_family_name(family.text, female)}"
        found.append(
            Mention("person", name, first.start, family.end, text[first.start : family.end])
        )
        index = nxt + 1
    return found


def _decree_name(text: str, tokens: list[Token], index: int) -> Mention | None:
    """A decree's or a list's "САИДОВА Мавжуда Рахимовна": the family name in capitals, then
    a given name (known or not: the patronymic vouches for it) and a patronymic."""
    if index + 2 >= len(tokens):
        return None
    family, first, middle = tokens[index : index + 3]
    if (
        not re.fullmatch("[А-ЯЁ][а-яё]+", first.text)
        or len(family.text) < 4  # "ЕЭК Михаила Мясниковича": an abbreviation
        or not family.text.isupper()
        or not re.fullmatch("[А-ЯЁ-]+", family.text)
        or not re.search(lexicon()["patronymic"], _lower(middle.text))
        or text[family.end : first.start] != " "
        or text[first.end : middle.start] != " "
    ):
        return None
    female = _lower(middle.text).endswith(("вна", "чна"))
    given = _given_name(first.text) or _translit(first.text)  # the patronymic vouches for it
    name = f"{given} {_family_name(family.text.title(), female)}"
    return Mention("person", name, family.start, middle.end, text[family.start : middle.end])
