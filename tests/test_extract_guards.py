"""Word pre-checks: a pattern searched only in sentences holding one of its words (a substring
test costs far less than the search) must never match a sentence that holds none of them, or
a word added to the pattern without its pre-check word would silently never match. Checked on
every sentence of the seeds and the example reports, and on sentences written to reach each
pattern's alternatives."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from plenary.extract import REGISTRY
from plenary.extract import meetings as M
from plenary.extract.doc import Doc
from plenary.ingest import read_paths
from plenary.spec import Article

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "corpus" / "seeds"

GUARDED: list[tuple[str, tuple[str, ...], re.Pattern[str]]] = [
    ("generic session", M._GENERIC_WORDS, M._GENERIC),
    ("bilateral talks", M._BILATERAL_WORDS, M._BILATERAL),
    ("held remotely", M._HELD_REMOTELY_WORDS, M._HELD_REMOTELY),
    ("called off", M._CALLED_OFF_WORDS, M._CALLED_OFF),
    ("leaders", M._LEADERS_WORDS, M._LEADERS),
    ("visit", M._VISIT_WORDS, M._VISIT),
    ("state visit", M._VISIT_WORDS, M._STATE_VISIT),
    ("visited", M._VISIT_WORDS, M._VISITED),
    *((f"format {name}", words, pattern) for name, words, pattern in M._format_words()),
]

WRITTEN = [
    "The leaders met in Astana; the summit session was held by video link.",
    "The Heads of State gathered for a sitting; Prime Ministers of the CIS will meet online.",
    "Putin held talks with Tokayev, and the two presidents sat down with their delegations.",
    "The meeting, originally planned for May, was to have been held in Minsk.",
    "He paid a state visit to Baku in 2023, having last visited it in 2019.",
    "Talks in narrow and extended formats; an informal meeting in the expanded format.",
    "THE PRESIDENTS MET İN ASTANA; ſUMMIT TALKS WERE HELD VİRTUALLY.",
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


@pytest.fixture(scope="module")
def sentences() -> list[tuple[Doc, int]]:
    return _sentences()


@pytest.mark.parametrize(("name", "words", "pattern"), GUARDED, ids=[g[0] for g in GUARDED])
def test_a_pattern_matches_only_where_its_precheck_words_stand(
    sentences: list[tuple[Doc, int]], name: str, words: tuple[str, ...], pattern: re.Pattern[str]
) -> None:
    matched = 0
    for doc, n in sentences:
        sent = doc.sentences[n]
        if pattern.search(sent.text):
            matched += 1
            assert M._says_any(doc, sent, words), f"{name}: {sent.text!r} holds none of {words}"
    assert matched  # the corpus reaches every guarded pattern
