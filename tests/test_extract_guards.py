"""Word pre-checks: a pattern searched only in sentences holding one of its words (a substring
test costs far less than the search) must never match a sentence that holds none of them, or
a word added to the pattern without its pre-check word would silently never match. Checked on
every sentence of the seeds and the example reports, and on sentences written to reach each
pattern's alternatives."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from plenary.extract import REGISTRY, appointments, awards, chairmanships, initiatives, tense
from plenary.extract import meetings as M
from plenary.extract.doc import Doc, may_hold
from plenary.ingest import read_paths
from plenary.spec import Article

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "corpus" / "seeds"

GUARDED: list[tuple[str, tuple[str, ...], re.Pattern[str]]] = [
    ("generic session", M._GENERIC_WORDS, M._GENERIC),
    ("bilateral talks", M._BILATERAL_WORDS, M._BILATERAL),
    ("held remotely", M._HELD_REMOTELY_WORDS, M._HELD_REMOTELY),
    ("called off", M._CALLED_OFF_WORDS, M._CALLED_OFF),
    ("retraction", M._RETRACTION_WORDS, M._RETRACTION),
    ("leaders", M._LEADERS_WORDS, M._LEADERS),
    ("visit", M._VISIT_WORDS, M._VISIT),
    ("state visit", M._VISIT_WORDS, M._STATE_VISIT),
    ("visited", M._VISIT_WORDS, M._VISITED),
    *((f"format {name}", words, pattern) for name, words, pattern in M._format_words()),
    ("chairmanship", chairmanships._CHAIR_WORDS, chairmanships._CHAIR),
    ("initiative verb", initiatives._verbs(), initiatives._verb_pattern()),
    ("initiative credited", initiatives._CREDITED_WORDS, initiatives._CREDITED),
]
"""Patterns searched only where `may_hold` finds one of their words in any case."""

CASED: list[tuple[str, tuple[str, ...], re.Pattern[str]]] = [
    ("award name", awards._AWARD_WORDS, awards._AWARD_NAME),
    ("named decoration", awards._DECORATION_WORDS, awards._NAMED_DECORATION),
    ("predecessor", appointments._SUCCEEDED_WORDS, appointments._SUCCEEDED),
    ("attribution", tense._ATTRIBUTION_WORDS, tense._attribution()),
    ("modal passive", tense._MODAL_WORDS, tense._MODAL_PASSIVE),
]
"""Patterns searched only where one of their words stands as written."""

WRITTEN = [
    "The leaders met in Astana; the summit session was held by video link.",
    "The Heads of State gathered for a sitting; Prime Ministers of the CIS will meet online.",
    "Putin held talks with Tokayev, and the two presidents sat down with their delegations.",
    "The meeting, originally planned for May, was to have been held in Minsk.",
    "He paid a state visit to Baku in 2023, having last visited it in 2019.",
    "Talks in narrow and extended formats; an informal meeting in the expanded format.",
    "THE PRESIDENTS MET İN ASTANA; ſUMMIT TALKS WERE HELD VİRTUALLY.",
    "Kazakhstan took over the chairmanship; Mirziyoyev proposed a forum, an idea put forward by "
    "Tokayev, who was awarded the Order of Friendship, replacing Myasnikovich.",
    "The treaty could be signed in May, the ministry said.",
    "The summit will be held in Kazan in October, the minister pointed out.",
    "Yelena Sorokina was awarded the Sharaf (Glory) medal.",
]


def _sentences() -> list[tuple[Doc, int]]:
    texts = [Article(name=f"written-{n}", text=t) for n, t in enumerate(WRITTEN)]
    texts += [
        a for a in read_paths([SEEDS, ROOT / "examples" / "reports"]) if isinstance(a, Article)
    ]
    found = []
    for article in texts:
        doc = Doc(article=article, text=article.text)
        REGISTRY["sentences"](doc)
        found += [(doc, n) for n in range(len(doc.sentences))]
    return found


def _matches(pattern: re.Pattern[str], text: str) -> bool:
    """Does the pattern match the text, or, for one anchored at its end (it reads the words
    before a name), any part of it that ends where a capitalized word begins?"""
    if not pattern.pattern.endswith("$"):
        return bool(pattern.search(text))
    return any(pattern.search(text, 0, word.start()) for word in re.finditer(r"\b[A-Z]", text))


@pytest.fixture(scope="module")
def sentences() -> list[tuple[Doc, int]]:
    return _sentences()


def _holds_as_written(doc: Doc, n: int, words: tuple[str, ...]) -> bool:
    return any(word in doc.sentences[n].text for word in words)


def _holds_in_any_case(doc: Doc, n: int, words: tuple[str, ...]) -> bool:
    sent = doc.sentences[n]
    return M._says_any(doc, sent, words) and may_hold(sent.text, words)


CASES = [(*g, _holds_in_any_case) for g in GUARDED] + [(*g, _holds_as_written) for g in CASED]


@pytest.mark.parametrize(("name", "words", "pattern", "holds"), CASES, ids=[c[0] for c in CASES])
def test_a_pattern_matches_only_where_its_precheck_words_stand(
    sentences: list[tuple[Doc, int]],
    name: str,
    words: tuple[str, ...],
    pattern: re.Pattern[str],
    holds: Callable[[Doc, int, tuple[str, ...]], bool],
) -> None:
    matched = 0
    for doc, n in sentences:
        text = doc.sentences[n].text
        if _matches(pattern, text):
            matched += 1
            assert holds(doc, n, words), f"{name}: {text!r} holds none of {words}"
    assert matched  # the corpus reaches every guarded pattern
