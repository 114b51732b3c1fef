"""The document the components share: text, sentences, mentions and resolved context."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

import yaml

from plenary.spec import Article, Fact


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass
class Sentence:
    start: int
    end: int
    text: str
    index: int
    paragraph: int
    actions: list[tuple[str, int, int]] | None = None
    """Document-action words, filled on first use by the documents component."""
    _found: dict[re.Pattern[str], bool] = field(default_factory=dict, repr=False)
    _spans: dict[re.Pattern[str], list[tuple[int, int]]] = field(default_factory=dict, repr=False)

    def local(self, start: int, end: int) -> str:
        return self.text[start - self.start : end - self.start]

    @property
    def is_question(self) -> bool:
        """A question ("Will Pashinyan take part?") asks; it tells of nothing that happened."""
        return self.text.rstrip(" \"'”»)").endswith("?")

    def spans(self, pattern: re.Pattern[str]) -> list[tuple[int, int]]:
        """Where the pattern occurs in the sentence (offsets in it), found once per pattern."""
        found = self._spans.get(pattern)
        if found is None:
            found = self._spans[pattern] = [m.span() for m in pattern.finditer(self.text)]
        return found

    def has(self, pattern: re.Pattern[str]) -> bool:
        """Whether the pattern occurs in the sentence: searched once per pattern, since
        several components ask the same of every mention in it."""
        found = self._found.get(pattern)
        if found is None:
            found = self._found[pattern] = pattern.search(self.text) is not None
        return found


@dataclass
class Mention:
    """A gazetteer hit: what it is (`type`), which entry (`key`), where."""

    type: str  # person, state, state-adj, org, body, place, award
    key: str
    start: int
    end: int
    text: str


_Index = tuple[list[int], list[Mention], list[int]]
"""Mentions in order of start, their starts, and the furthest end up to each of them."""
_NO_MENTIONS: _Index = ([], [], [])


@dataclass
class Doc:
    article: Article
    text: str
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    context: dict[str, Any] = field(default_factory=dict)
    _all: _Index = field(default=_NO_MENTIONS, repr=False)
    _typed: dict[str, _Index] = field(default_factory=dict, repr=False)
    _indexed: int = field(default=-1, repr=False)
    _sentence_starts: tuple[list[Sentence], int, list[int]] | None = field(default=None, repr=False)

    def keep_read_from(self, fact: Fact, words: str) -> None:
        """Keep the report's own words a fact's free text was told from (a Russian title or
        subject, told in English) for later rules of the run to compare."""
        self.context.setdefault("read_from", {})[id(fact)] = (fact, words)

    def read_from(self, fact: Fact) -> str:
        """The report's own words `keep_read_from` kept for the fact."""
        return str(self.context["read_from"][id(fact)][1])

    def sentence_at(self, pos: int) -> Sentence:
        index = bisect_right(self._starts_of_sentences(), pos) - 1
        if 0 <= index < len(self.sentences) and pos < self.sentences[index].end:
            return self.sentences[index]
        for sent in self.sentences:  # between sentences: the next one that holds it, as before
            if sent.start <= pos < sent.end:
                return sent
        return self.sentences[-1]

    def _starts_of_sentences(self) -> list[int]:
        """The sentences' starts, listed once per list of sentences rather than on every call."""
        cached = self._sentence_starts
        if cached is None or cached[0] is not self.sentences or cached[1] != len(self.sentences):
            starts = [s.start for s in self.sentences]
            cached = self._sentence_starts = (self.sentences, len(self.sentences), starts)
        return cached[2]

    def mentions_in(self, start: int, end: int, type: str | None = None) -> list[Mention]:
        """Mentions inside [start, end), found by bisection over the sorted mention starts (of
        the type's mentions alone, where a type is asked for). Where no mention up to the last
        found reaches past `end`, they are all inside and need no test one by one."""
        if self._indexed != len(self.mentions):
            self._index_mentions()
        starts, mentions, reach = self._all if type is None else self._typed.get(type, _NO_MENTIONS)
        lo = bisect_left(starts, start)
        hi = bisect_left(starts, end, lo)
        if lo == hi:
            return []
        if reach[hi - 1] <= end:
            return mentions[lo:hi]
        return [m for m in mentions[lo:hi] if m.end <= end]

    def _index_mentions(self) -> None:
        self.mentions.sort(key=lambda m: m.start)
        self._all = _index(self.mentions)
        by_type: dict[str, list[Mention]] = {}
        for mention in self.mentions:
            by_type.setdefault(mention.type, []).append(mention)
        self._typed = {type: _index(typed) for type, typed in by_type.items()}
        self._indexed = len(self.mentions)


def _index(mentions: list[Mention]) -> _Index:
    reach: list[int] = []
    furthest = -1
    for mention in mentions:
        furthest = max(furthest, mention.end)
        reach.append(furthest)
    return [m.start for m in mentions], mentions, reach


FOLDED_APART = ("İ", "ı", "ſ")
"""The only characters that `re.I` takes for an ASCII letter and `str.lower` does not."""
_FOLDED_APART_CHAR = re.compile("[" + "".join(FOLDED_APART) + "]")


def may_hold(text: str, words: tuple[str, ...]) -> bool:
    """Whether the text may hold one of the (lower-case) words in any case, as `re.I`
    compares them: substring tests on its lowercase text, far cheaper than the search of a
    pattern whose every match holds one (True wherever it holds one of `FOLDED_APART`)."""
    if _FOLDED_APART_CHAR.search(text):
        return True
    return any(map(text.lower().__contains__, words))  # map: a generator costs more


@cache
def lexicon() -> dict[str, Any]:
    text = resources.files("plenary.extract").joinpath("lexicon.yaml").read_text("utf-8")
    data: dict[str, Any] = yaml.safe_load(text)
    return data


def initials(words: Iterable[str]) -> str:
    """A character class of the words' first characters. `re` tries an alternation at every
    position, comparing each word in turn: a lookahead for this class in front of it rejects
    most positions with one test, and matches exactly as before."""
    return "[" + "".join(sorted({re.escape(w[0]) for w in words})) + "]"


def alternation(words: Iterable[str], ignore_case: bool = True) -> str:
    """Any of the words, longest first, as a pattern whose words share their common prefixes
    ("ha(?:s been|d been|d)"): `re` compares each prefix once, not once per word. It matches
    exactly as the words joined by "|" from longest to shortest, since two words can match
    at one position only where one is a prefix of the other, and the longer is tried first.
    Words that are not ASCII are joined as they are (their case folding is no simple map)."""
    ordered = sorted(words, key=len, reverse=True)
    if not all(w.isascii() for w in ordered):
        return "(?:" + "|".join(re.escape(w) for w in ordered) + ")"
    root: dict[str, Any] = {}
    for word in ordered:
        node = root
        for char in word.lower() if ignore_case else word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here: tried after the longer words that go on

    def pattern(node: dict[str, Any]) -> str:
        parts = [re.escape(char) + pattern(rest) if char else "" for char, rest in node.items()]
        parts.sort(key=lambda part: part == "")
        return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"

    return pattern(root)


@cache
def word_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """One case-insensitive pattern for any of the words, on word boundaries (compiled once)."""
    return re.compile(rf"\b(?={initials(words)}){alternation(words)}\b", re.I)


ALSO = r"(?:also|additionally)"
"""The adverbs that add one more act ("also signed", "additionally adopted"): every rule that
steps over them reads this one pattern."""


@cache
def speech_verbs() -> tuple[str, ...]:
    """ "said", "stated", "pointed out", ...: one list for every rule that asks who speaks."""
    return tuple(str(w) for w in lexicon()["speech_verbs"])


@cache
def source_citations() -> tuple[str, ...]:
    """ "according to", "as reported by", ...: the words before a statement's source."""
    return tuple(str(w) for w in lexicon()["source_citations"])


@cache
def _headline_labels() -> tuple[re.Pattern[str], re.Pattern[str]]:
    labels = alternation(str(w) for w in lexicon()["headline_labels"])
    return (
        re.compile(rf"^(?:\s*{labels}(?:\s*\d+)?\s*(?::|\||(?<=\d)\s*[-–—])\s*)+", re.I),
        re.compile(rf"\s*[(\[]{labels}[)\]]\s*$", re.I),
    )


def headline_label(line: str) -> tuple[int, int]:
    """How many characters a desk label takes at the start and at the end of a headline
    ("UPDATE 2-Putin ...", "Analysis: ...", "... (updated)"); (0, 0) when it has none."""
    leading, trailing = _headline_labels()
    before, after = leading.match(line), trailing.search(line)
    front = before.end() if before and before.end() < len(line) else 0
    back = len(line) - after.start() if after and after.start() > front else 0
    return front, back


@cache
def _abbreviations() -> frozenset[str]:
    return frozenset(str(a) for a in lexicon()["abbreviations"])


_INITIALS = re.compile(r"(?:[A-ZА-ЯЁ][a-zа-яё]?\.)*[A-ZА-ЯЁ][a-zа-яё]?")
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’»)]*(?=\s+[\"'“‘«(]?[A-ZА-ЯЁ0-9])|\n+")


def split_sentences(text: str) -> list[Sentence]:
    """Sentences with character offsets; line breaks always end one (headlines, list items)."""
    sentences: list[Sentence] = []
    start = 0
    paragraph = 0
    for match in _BOUNDARY.finditer(text):
        end = match.end() if not match.group().startswith("\n") else match.start()
        if match.group() and match.group()[0] in ".":
            line_start = text.rfind("\n", 0, match.start()) + 1
            if re.fullmatch(r"\s*(?:\d{1,2}|[a-z])", text[line_start : match.start()]):
                continue
            word = _word_before(text, start, match.start())
            if word:
                token = word.lower()
                if token in _abbreviations() or _INITIALS.fullmatch(word):
                    continue  # "St.", an initial ("M.", "Sh.") or initials ("M.V.")
        _add(sentences, text, start, end, paragraph)
        if "\n" in match.group():
            paragraph += 1
        start = match.end()
    _add(sentences, text, start, len(text), paragraph)
    return sentences


def _word_before(text: str, start: int, stop: int) -> str:
    """The word (and its dots: "M.V") right before the full stop at `stop`, not before `start`.
    Read backwards from the stop: a search for it from `start` would try every word of the
    sentence. `isalnum` or "_" is exactly what `\\w` matches."""
    begin = stop
    while begin > start and (text[begin - 1].isalnum() or text[begin - 1] in "_."):
        begin -= 1
    return text[begin:stop]


def _add(sentences: list[Sentence], text: str, start: int, end: int, paragraph: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if not sentences and text[end:].lstrip(" \t")[:1] in ("", "\n"):
        front, back = headline_label(text[start:end])  # the headline's label, if any
        start, end = start + front, end - back
    if end > start:
        sentences.append(Sentence(start, end, text[start:end], len(sentences), paragraph))
