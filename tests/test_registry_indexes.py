"""The indexes that keep reconcile near linear find what comparing every pair finds: the
candidate pairs of titles include every pair of one work, clustering on candidate pairs equals
clustering on all pairs, facts compared once per label link as when compared one by one, and
the session index offers a mention exactly the sessions a scan would accept."""

from __future__ import annotations

import json
import random
from itertools import combinations
from pathlib import Path

import pytest

from plenary.reference import load
from plenary.registry import StoredFact
from plenary.registry.sessions import Cluster, Index, Mention, _mention, place_spellings
from plenary.registry.text import complete_clusters, components
from plenary.registry.titles import title, title_score
from plenary.registry.works import candidate_pairs
from plenary.spec import Meeting, MeetingRef, Participant

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "gold"
TRICKY = [
    "Kazan Declaration",
    "Astana Declaration",
    "Declaration",
    "Declaration of the Collective Security Council",
    "Program of cooperation for 2025-2027",
    "Program of cooperation for 2022-2024",
    "Program of cooperation",
    "Agreement on Veterinary Medicine, No. 1",
    "Agreement on Veterinary Medicine, No. 1 and 2",
    "Agreement on Veterinary Medicine, No. 2",
    "Agreement on Veterinary Medicine",
    "Treaty on Veterinary Medicine No. 12",
    "Agreement to create the International Russian Language Organization",
    "Treaty to establish the International Russian Language Organization",
    "Agreement on the Establishment of the International Organization for the Russian Language",
    "Treaty establishing the International Organization for the Russian Language",
    "Address of the Heads of State of the CIS to the Peoples of the Commonwealth on the 75th "
    "Anniversary of the Victory",
    "Address of the Heads of State of the CIS to the Peoples of the Commonwealth on the 80th "
    "Anniversary of the Victory",
    "Address on the 80th anniversary of the Victory in the Great Patriotic War of 1941-1945",
    "Memorandum of obligations of the Islamic Republic of Iran",
    "Memorandum of obligations of Belarus",
    "Memorandum of obligations",
]


def _gold_titles() -> list[str]:
    found = set()
    for path in EXAMPLES.glob("*/*.json"):
        for fact in json.loads(path.read_text(encoding="utf-8")).get("facts", []):
            if fact.get("kind") == "document":
                found.add(fact["title"])
    return sorted(found)


def _variants(titles: list[str]) -> list[str]:
    """Titles as the web benchmark's generator writes them: extended, numbered, shifted."""
    topics = ("Veterinary Medicine", "Customs Statistics", "Fire Safety")
    out = []
    for t in titles:
        for n, topic in enumerate(topics):
            out += [f"{t} and on {topic}, No. {n % 2 + 1}", f"{t} and on {topic}"]
    return out


def test_candidate_pairs_include_every_pair_of_one_work() -> None:
    gaz = load()
    texts = sorted({*TRICKY, *_gold_titles(), *_variants(TRICKY[:12])})
    titles = [title(t, gaz) for t in texts]
    scoring = {
        (i, j)
        for i, j in combinations(range(len(titles)), 2)
        if title_score(titles[i], titles[j]) is not None
    }
    candidates = candidate_pairs(titles)
    assert len(scoring) > 50  # the case is not trivial
    assert scoring <= set(candidates)
    assert all(i < j for i, j in candidates)
    assert len(candidates) < len(titles) * (len(titles) - 1) // 2 // 4


@pytest.mark.parametrize("seed", range(20))
def test_complete_clusters_on_candidate_pairs_equal_those_on_all_pairs(seed: int) -> None:
    rng = random.Random(seed)
    n = rng.randint(2, 40)
    scores = {
        (i, j): float(rng.choice([70, 80, 80, 90, 100]))
        for i, j in combinations(range(n), 2)
        if rng.random() < 0.25
    }
    extra = {(i, j) for i, j in combinations(range(n), 2) if rng.random() < 0.1}

    def score(a: int, b: int) -> float | None:
        return scores.get((min(a, b), max(a, b)))

    items = list(range(n))
    everything = complete_clusters(items, score)
    assert complete_clusters(items, score, sorted(scores.keys() | extra)) == everything


@pytest.mark.parametrize("seed", range(20))
def test_components_by_label_equal_components_item_by_item(seed: int) -> None:
    rng = random.Random(seed)
    labels = list(range(rng.randint(1, 8)))
    alike = {(a, b) for a in labels for b in labels if a <= b and rng.random() < 0.3}

    def same(x: tuple[int, int], y: tuple[int, int]) -> bool:
        return (min(x[0], y[0]), max(x[0], y[0])) in alike

    items = [(rng.choice(labels), n) for n in range(rng.randint(1, 30))]
    assert components(items, same, lambda x: x[0]) == components(items, same)


def _meeting_mentions() -> list[Mention]:
    """Meetings and references of one body and of two, dated by day, month, year or not at
    all, in articles with and without a publication date (an unbounded interval)."""
    rng = random.Random(7)
    places, unresolved = place_spellings(load()), []
    out = []
    for n in range(400):
        year = rng.choice([2010, 2011, 2012, 2020])
        date = rng.choice(
            [
                None,
                str(year),
                f"{year}-{rng.randint(1, 12):02d}",
                f"{year}-03-{rng.randint(1, 28):02d}",
            ]
        )
        place = rng.choice([None, "Moscow", "Minsk", "Nowhere-on-Sea"])
        body = rng.choice(["cis-heads-of-state", "eaeu-supreme-council"])
        planned = rng.random() < 0.3
        published = rng.choice([None, f"{year}-06-01", f"{year + 1}-01-15"])
        fact: Meeting | Participant
        if rng.random() < 0.5:
            fact = Meeting(body=body, date=date, place=place, planned=planned)
        else:
            ref = MeetingRef(body=body, date=date, place=place)
            fact = Participant(person="Someone", state="RU", meeting=ref, planned=planned)
        m = _mention(StoredFact(f"f{n:03d}", fact, f"a{n % 50}", published), places, unresolved)
        assert m is not None
        out.append(m)
    return sorted(out, key=lambda m: m.order)


def test_the_session_index_offers_what_a_scan_accepts() -> None:
    index, scanned = Index(), []
    for m in _meeting_mentions():
        expected = [c for c in scanned if c.accepts(m)]
        assert list(index.accepting(m)) == expected
        home = expected[0] if expected else None
        if home is None:
            home = Cluster(m.body, bool(m.informal), m.parties, m.place, m.interval)
            scanned.append(home)
            index.add(home)
        home.add(m)
    assert len(scanned) > 20
    assert any(len(c.mentions) > 3 for c in scanned)
