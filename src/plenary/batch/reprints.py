"""Reprint clusters: MinHash signatures of word 3-shingles, an LSH index at Jaccard ≈ 0.5 over a
sliding window of recent originals, and what a copy may take over from its original.

A copy whose body adds nothing to its original's (a new headline, a sentence trimmed) takes over
the original's facts, each moved to where its quote stands in the copy and dropped where the
copy lost it: every copy keeps its own provenance. A copy whose body says something new (a
reworded sentence, a corrected figure) is extracted itself, so no correction is lost.
"""

from __future__ import annotations

import json
import re
import zlib
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from datasketch import MinHash, MinHashLSH

NUM_PERM = 64
SCHEME = "affine32"
THRESHOLD = 0.5
WINDOW = 2000
"""Originals kept in the index (and their texts and facts in memory): reprints come within days
of their original, and this bounds memory whatever the archive's size."""

_WORD = re.compile(r"\w+")
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")


_PERMUTATIONS = MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME).permutations
"""Drawn once: MinHash would draw them again (about a millisecond) for every object."""


def signature(text: str) -> np.ndarray:
    """The MinHash values of the text's lower-cased word 3-shingles (64 × uint64)."""
    words = _WORD.findall(text.lower())
    shingles = {" ".join(words[i : i + 3]).encode() for i in range(max(1, len(words) - 2))}
    mh = MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME, permutations=_PERMUTATIONS)
    mh.update_batch(list(shingles))
    return mh.hashvalues


def _minhash(values: np.ndarray) -> MinHash:
    return MinHash(
        num_perm=NUM_PERM, seed=1, hashvalues=values, scheme=SCHEME, permutations=_PERMUTATIONS
    )


def sentences(text: str) -> set[str]:
    """A text's sentences (each line at least one), normalized."""
    return {" ".join(s.split()) for s in _SENTENCE.split(text) if s.strip()}


def body_sentences(text: str) -> set[str]:
    """The sentences after the headline (which outlets rewrite); a report that opens with its
    lead ("MOSCOW, August 28. /TASS/. Putin will travel ...") has none."""
    first, _, rest = text.partition("\n")
    headline = len(first) <= 160 and not re.search(r"[.!?]\s+\S", first.strip())
    return sentences(rest if headline else text)


def sentence_keys(sentences: set[str]) -> frozenset[int]:
    """Sentences as their hashes: a set of them to compare against is a tenth of the size of
    the sentences themselves, and two sentences that differ share a hash with odds of 2^-64."""
    return frozenset(map(hash, sentences))


def adds_text(copy: str, original: str) -> bool:
    """Does the copy's body have a sentence its original has nowhere? An outlet that puts its
    own headline over copy that had none keeps the original's first line in its body."""
    return adds_to(copy, sentence_keys(sentences(original)))


def adds_to(copy: str, original_keys: frozenset[int]) -> bool:
    """`adds_text` against the original's `sentence_keys`, computed once per original."""
    return not sentence_keys(body_sentences(copy)) <= original_keys


def move_facts(facts: list[dict[str, Any]], original: str, copy: str) -> list[dict[str, Any]]:
    """The original's facts as they stand in the copy: each span moved to its quote's nearest
    occurrence in the copy; a fact whose quote the copy does not have is dropped. A fact quoting
    the original's whole headline quotes the copy's headline (outlets rewrite headlines), unless
    the copy keeps that line under a headline of its own."""
    headline = original.partition("\n")[0]
    copy_headline, _, copy_body = copy.partition("\n")
    retitled = bool(copy_headline.strip()) and not copy_body.lstrip().startswith(headline)
    moved: list[dict[str, Any]] = []
    for fact in facts:
        quote, span = fact.get("quote"), fact.get("span")
        if not quote or not span:
            moved.append(fact)
            continue
        if span == [0, len(headline)] and quote == headline and retitled:
            moved.append({**fact, "span": [0, len(copy_headline)], "quote": copy_headline})
            continue
        start = _nearest(copy, quote, span[0] + len(copy) - len(original))
        if start is None:
            continue
        moved.append({**fact, "span": [start, start + len(quote)]})
    return moved


def _nearest(text: str, quote: str, around: int) -> int | None:
    best: int | None = None
    at = text.find(quote)
    while at != -1:
        if best is None or abs(at - around) < abs(best - around):
            best = at
        at = text.find(quote, at + 1)
    return best


@dataclass
class Clusters:
    """Originals seen lately, by name: their LSH entries and texts."""

    threshold: float = THRESHOLD
    window: int = WINDOW
    lsh: MinHashLSH = field(init=False)
    texts: OrderedDict[str, bytes] = field(default_factory=OrderedDict)
    """An original's text, compressed: read again only when a copy of it comes."""
    signatures: dict[str, MinHash] = field(default_factory=dict)
    sentences: dict[str, frozenset[int]] = field(default_factory=dict)
    """An original's sentences (their `sentence_keys`), for `adds_text`, computed once."""
    seen: dict[str, int] = field(default_factory=dict)
    """An original's place among those indexed: ties go to the first."""
    indexed: int = 0

    def __post_init__(self) -> None:
        self.lsh = MinHashLSH(threshold=self.threshold, num_perm=NUM_PERM)

    def assign(self, name: str, text: str, values: np.ndarray) -> str | None:
        """The original this article reprints (the most similar one above the threshold), or
        None, when it becomes an original itself."""
        mh = _minhash(values)
        best, best_score = None, self.threshold
        # the index answers in no set order: of equally similar originals, the first seen
        for candidate in sorted(self.lsh.query(mh), key=self.seen.__getitem__):
            score = mh.jaccard(self.signatures[candidate])
            if score > best_score or (best is None and score == best_score):
                best, best_score = candidate, score
        if best is not None:
            return str(best)
        if name in self.texts:  # the same name twice: an exact repeat keeps its first entry
            return name
        self.lsh.insert(name, mh)
        self.texts[name] = zlib.compress(text.encode("utf-8"), 1)
        self.signatures[name] = mh
        self.seen[name] = self.indexed
        self.indexed += 1
        while len(self.texts) > self.window:
            old, _ = self.texts.popitem(last=False)
            self.lsh.remove(old)
            del self.signatures[old]
            del self.seen[old]
            self.sentences.pop(old, None)
        return None

    def decide(
        self, name: str, text: str, values: np.ndarray, reuse: bool = True
    ) -> tuple[str | None, bool]:
        """(the original this article reprints or None, whether it needs its own extraction):
        a reprint is extracted itself when its body says something its original's does not, or
        always when not `reuse`."""
        original = self.assign(name, text, values)
        if original is None or not reuse:
            return original, True
        if original not in self.sentences:
            text_of_original = zlib.decompress(self.texts[original]).decode("utf-8")
            self.sentences[original] = sentence_keys(sentences(text_of_original))
        return original, adds_to(text, self.sentences[original])


@dataclass
class Extracted:
    """The latest originals' texts and facts, in archive order, as many as `Clusters` keeps:
    at a reprint's place in the archive its original is always among them, so what a copy
    takes over does not depend on how far ahead the clustering ran."""

    window: int = WINDOW
    originals: OrderedDict[str, bytes] = field(default_factory=OrderedDict)
    """An original's text and facts as compressed JSON: a tenth of the text and the dicts, so
    that a full window costs a few MB."""

    def add(self, name: str, text: str, facts: list[dict[str, Any]]) -> None:
        if name in self.originals:
            return
        packed = json.dumps([text, facts], separators=(",", ":"), ensure_ascii=False)
        self.originals[name] = zlib.compress(packed.encode("utf-8"), 1)
        while len(self.originals) > self.window:
            self.originals.popitem(last=False)

    def reuse(self, original: str, copy: str) -> list[dict[str, Any]]:
        text, facts = json.loads(zlib.decompress(self.originals[original]))
        return move_facts(facts, text, copy)
