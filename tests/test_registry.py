"""reconcile on the seed reports' gold facts: the sessions, documents, people and awards the
issue names, and the same registry whatever the order of the facts."""

from __future__ import annotations

import random
from dataclasses import asdict
from typing import Any

import pytest

from plenary.reference import load
from plenary.registry import RECORD_TYPES, Registry, StoredFact, reconcile
from plenary.registry.model import plural
from plenary.spec import fact_from_dict
from plenary.store import fact_id

MOSCOW = "session/cis-heads-of-state/2024-10-08-moscow"


def stored(seeds: Any) -> list[StoredFact]:
    out = []
    for article in seeds.articles:
        for fact in seeds.extract(article):
            fid = fact_id(article.content_hash, "gold", fact)
            out.append(StoredFact(fid, fact, article.name, article.published))
    return out


@pytest.fixture(scope="module")
def facts(seeds: Any) -> list[StoredFact]:
    return stored(seeds)


@pytest.fixture(scope="module")
def registry(facts: list[StoredFact]) -> Registry:
    return reconcile(facts, load())


def test_the_nine_sessions_of_the_seeds(registry: Registry) -> None:
    found = {
        (s.body, s.date, s.place, s.status, s.informal, tuple(s.parties or ()))
        for s in registry.sessions
    }
    assert found == {
        ("cis-heads-of-government", None, "Ashgabat", "planned", False, ()),
        ("cis-heads-of-government", "2025-06-05", "Dushanbe", "held", False, ()),
        ("cis-heads-of-state", "2023-10-13", "Bishkek", "held", False, ()),
        ("cis-heads-of-state", "2024-10-08", "Moscow", "held", False, ()),
        ("cis-heads-of-state", None, None, "held", True, ()),
        ("cis-heads-of-state", "2024-12", "Saint Petersburg", "planned", True, ()),
        ("cis-heads-of-state", "2025-10-10", "Dushanbe", "planned", False, ()),
        ("bilateral", None, "Moscow", "planned", False, ("AZ", "RU")),
        ("bilateral", None, "Moscow", "planned", False, ("AM", "RU")),
    }
    assert len(registry.sessions) == 9


def test_preview_and_report_are_one_session(registry: Registry) -> None:
    moscow = next(s for s in registry.sessions if s.id == MOSCOW)
    assert {c.article for c in moscow.claims} == {
        "001_c647624496657154.txt",
        "002_961f185f0aa29333.txt",
    }
    assert moscow.formats == ["narrow", "extended"]
    people = {p.person for p in moscow.participants}
    assert {"person/vladimir-putin", "person/valentina-matviyenko"} <= people


def test_one_deradicalization_program_adopted_in_moscow(registry: Registry) -> None:
    docs = [d for d in registry.documents if "deradicalization" in d.title.lower()]
    assert len(docs) == 1
    (action,) = docs[0].actions
    assert (action.action, action.date, action.session, action.planned) == (
        "adopted",
        "2024-10-08",
        MOSCOW,
        False,
    )
    assert {c.article for c in action.claims} == {
        "001_c647624496657154.txt",
        "002_961f185f0aa29333.txt",
    }


def test_russian_language_organization_per_state_table(registry: Registry) -> None:
    (doc,) = [d for d in registry.documents if "Russian Language" in d.title]
    signed = next(a for a in doc.actions if a.action == "signed")
    assert signed.session == "session/cis-heads-of-state/2023-10-13-bishkek"
    status = {row["state"]: row["status"] for row in doc.state_status}
    assert {s for s, v in status.items() if v == "ratified"} == {"RU", "BY", "KG", "TJ"}
    others = {s for s, v in status.items() if v != "ratified"}
    assert others == {"KZ", "UZ", "AZ", "AM", "MD"}
    for row in doc.state_status:
        assert row["claims"], row
        if row["state"] in others:
            assert row["ratified"] is None and row["signed"]["date"] == "2023-10-13"


def test_nematov_is_one_person_with_one_order_of_friendship(registry: Registry) -> None:
    nematovs = [p for p in registry.people if "nematov" in p.name.lower()]
    assert len(nematovs) == 1
    person = nematovs[0]
    assert {"Ilhom Nematov", "Ilkhom Nematov"} <= {person.name, *person.names}
    awards = [a for a in registry.awards if a.recipient == person.id]
    assert len(awards) == 1
    assert awards[0].award == "Order of Friendship" and awards[0].planned is False
    assert len({c.article for c in awards[0].claims}) == 2
    assert person.awards == [awards[0].id]


def test_same_facts_in_any_order_give_the_same_registry(facts: list[StoredFact]) -> None:
    expected = reconcile(facts, load()).as_dict()
    for seed in range(5):
        shuffled = facts[:]
        random.Random(seed).shuffle(shuffled)
        assert reconcile(shuffled, load()).as_dict() == expected


def _stat(value: float, article: str) -> StoredFact:
    fact = fact_from_dict(
        {
            "kind": "statistic",
            "indicator": "mutual trade of CIS countries",
            "subject": "cis",
            "value": value,
            "unit": "RUB",
            "period": "2024",
        }
    )
    return StoredFact(fact_id(article, "test", fact), fact, article, "2025-06-06")


def test_conflicting_statistics_stay_side_by_side_and_reprints_merge() -> None:
    registry = reconcile(
        [_stat(10e12, "a.txt"), _stat(10e12, "reprint.txt"), _stat(9.8e12, "b.txt")], load()
    )
    assert sorted(s.value for s in registry.statistics) == [9.8e12, 10e12]
    ten = next(s for s in registry.statistics if s.value == 10e12)
    other = next(s for s in registry.statistics if s.value == 9.8e12)
    assert {c.article for c in ten.claims} == {"a.txt", "reprint.txt"}
    assert ten.conflicts == [other.id] and other.conflicts == [ten.id]


def test_unknown_places_and_people_are_reported() -> None:
    fact = fact_from_dict(
        {
            "kind": "participant",
            "person": "Timur Nobodyev",
            "state": "RU",
            "meeting": {"body": "cis-heads-of-state", "place": "Atlantis"},
        }
    )
    registry = reconcile([StoredFact("f1", fact, "x.txt", "2024-01-01")], load())
    assert "place unknown: Atlantis" in registry.unresolved
    assert "person not in the gazetteer: Timur Nobodyev" in registry.unresolved
    assert registry.sessions[0].place == "Atlantis"


def test_records_as_dicts_are_what_asdict_gives(registry: Registry) -> None:
    for kind in RECORD_TYPES:
        records = sorted(getattr(registry, plural(kind)), key=lambda r: r.id)
        assert registry.records(kind) == [asdict(r) for r in records]
        assert registry.records(kind)  # every type has records on the seeds


def test_a_session_known_by_place_alone_and_one_known_by_date_alone_stay_apart() -> None:
    # An archive copy without `published` says only "met in Saint Petersburg"; another report
    # says only that a treaty was signed at a session on December 23, 2014: nothing joins them.
    def meeting(ident: str, **fields: Any) -> StoredFact:
        fact = fact_from_dict({"kind": "meeting", "body": "eaeu-supreme-council", **fields})
        return StoredFact(ident, fact, f"{ident}.txt", None)

    registry = reconcile(
        [meeting("a", place="Saint Petersburg"), meeting("b", date="2014-12-23")], load()
    )
    assert sorted((s.date or "", s.place or "") for s in registry.sessions) == [
        ("", "Saint Petersburg"),
        ("2014-12-23", ""),
    ]


@pytest.mark.parametrize("first", ["2023-10-23", "2024-10-24"])
def test_an_undated_meeting_joins_the_session_nearest_its_report(first: str) -> None:
    """Two dated BRICS sessions in Kazan, a year apart, both fit a copy's undated "met in
    Kazan": it joins the one nearest its report's publication, whichever session's facts sort
    first (more copies of other reports change that order), and so does the declaration its
    report adopts there."""
    meeting = {"kind": "meeting", "body": "brics-summit", "place": "Kazan"}
    ids = {first: "a", "2023-10-23" if first == "2024-10-24" else "2024-10-24": "b"}
    facts = [
        StoredFact(ids[d], fact_from_dict({**meeting, "date": d}), f"{ids[d]}.txt", d)
        for d in ("2023-10-23", "2024-10-24")
    ]
    adopted = {"kind": "document", "title": "Kazan Declaration", "action": "adopted",
               "states": [], "meeting": {"body": "brics-summit", "place": "Kazan"}}  # fmt: skip
    facts += [
        StoredFact("c1", fact_from_dict(meeting), "c.txt", "2024-10-24"),
        StoredFact("c2", fact_from_dict(adopted), "c.txt", "2024-10-24"),
    ]
    registry = reconcile(facts, load())
    held = {s.id: sorted(c.fact for c in s.claims) for s in registry.sessions}
    assert held == {
        "session/brics-summit/2023-10-23-kazan": [ids["2023-10-23"]] * 3,
        "session/brics-summit/2024-10-24-kazan": sorted([ids["2024-10-24"]] * 3 + ["c1", "c1"]),
    }
    assert [a.session for d in registry.documents for a in d.actions] == [
        "session/brics-summit/2024-10-24-kazan"
    ]


@pytest.mark.parametrize("order", [("a", "b"), ("b", "a")])
def test_a_council_s_session_on_one_day_is_one_however_its_place_is_read(
    order: tuple[str, str],
) -> None:
    """One report places the CSTO's video session of January 10, 2022 in Moscow, another in
    Almaty: a council meets once a day, so they are one session, in either order."""
    places = {"a": "Moscow", "b": "Almaty"}
    facts = [
        StoredFact(
            ident,
            fact_from_dict(
                {
                    "kind": "meeting",
                    "body": "csto-collective-security-council",
                    "date": "2022-01-10",
                    "place": places[ident],
                }  # fmt: skip
            ),
            f"{ident}.txt",
            "2022-01-11",
        )
        for ident in order
    ]
    registry = reconcile(facts, load())
    assert [sorted({c.fact for c in s.claims}) for s in registry.sessions] == [["a", "b"]]


def test_a_session_is_named_by_the_place_most_reports_give() -> None:
    places = {"a": "Tianjin", "b": "Moscow", "c": "Moscow"}  # "a" sorts first
    facts = [
        StoredFact(
            ident,
            fact_from_dict(
                {
                    "kind": "meeting",
                    "body": "sco-heads-of-government",
                    "date": "2025-11-18",
                    "place": place,
                }  # fmt: skip
            ),
            f"{ident}.txt",
            "2025-11-18",
        )
        for ident, place in places.items()
    ]
    registry = reconcile(facts, load())
    assert [(s.id, s.place) for s in registry.sessions] == [
        ("session/sco-heads-of-government/2025-11-18-moscow", "Moscow")
    ]
