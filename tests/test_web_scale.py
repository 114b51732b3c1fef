"""What the web's speed at scale rests on (issue 4, item 3), on SQLite and PostgreSQL: the lookup
tables the state and organization filters read stay equal to the records' JSON after ingest,
rebuild, an editor's merge and migration 0006; a person's sessions are counted and linked, not
listed, in lists and on their page; the claims read per field are the first by fact id however
a record's claims are read."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Connection, inspect, select

from conftest import migrate_down
from plenary.store import Store, browse, ingest_articles, open_store, read_registry, rebuild
from plenary.store import schema as t
from plenary.store.decisions import decide
from plenary.web import create_app, views


@pytest.fixture
def store(store_url: str, seeds: Any) -> Store:
    store = open_store(store_url)
    ingest_articles(store, seeds.articles, seeds.extract, "gold")
    return store


def url(store: Store) -> str:
    return store.engine.url.render_as_string(hide_password=False)


def lookups(conn: Connection) -> dict[str, set[tuple[Any, ...]]]:
    return {
        "document_states": set(map(tuple, conn.execute(select(t.document_states)))),
        "person_posts": set(map(tuple, conn.execute(select(t.person_posts)))),
    }


def expected(conn: Connection) -> dict[str, set[tuple[Any, ...]]]:
    """The lookup rows as the records' JSON columns say."""
    records = read_registry(conn)
    return {
        "document_states": {
            (row["state"], d["id"]) for d in records["document"] for row in d["state_status"]
        },
        "person_posts": {
            (p["id"], i, post["state"], post["org"])
            for p in records["person"]
            for i, post in enumerate(p["posts"])
            if post["state"] or post["org"]
        },
    }


def test_lookup_tables_follow_ingest_rebuild_and_merge(store: Store) -> None:
    with store.engine.connect() as conn:
        first = lookups(conn)
        assert first == expected(conn)
    assert first["document_states"] and first["person_posts"]
    rebuild(store)
    with store.engine.connect() as conn:
        assert lookups(conn) == first
    decide(store, "merge", "person/alexei-overchuk", other="person/alexander-turchin",
           author="ed", reason="test")  # fmt: skip
    with store.engine.connect() as conn:
        after = lookups(conn)
        assert after == expected(conn)
    assert not any(row[0] == "person/alexander-turchin" for row in after["person_posts"])


def test_migration_0006_fills_the_lookup_tables_of_a_stored_registry(store: Store) -> None:
    with store.engine.connect() as conn:
        written = lookups(conn)
    with store.engine.begin() as conn:
        migrate_down(conn, "0005")
    with store.engine.connect() as conn:
        assert not {"document_states", "person_posts"} & set(inspect(conn).get_table_names())
    reopened = open_store(url(store))
    with reopened.engine.connect() as conn:
        assert lookups(conn) == written


def test_filters_by_state_and_organization_read_the_lookup_tables(store: Store) -> None:
    with store.engine.connect() as conn:
        records = read_registry(conn)
        for state in ("RU", "KZ", "AZ", "XX"):
            docs, total = browse.page(conn, "document", {"state": state}, 500, 0)
            assert {d["id"] for d in docs} == {
                d["id"]
                for d in records["document"]
                if state in {r["state"] for r in d["state_status"]}
            }
            assert total == len(docs)
            people, _ = browse.page(conn, "person", {"state": state}, 500, 0)
            assert {p["id"] for p in people} == {
                p["id"] for p in records["person"] if state in {x["state"] for x in p["posts"]}
            }
        cis, _ = browse.page(conn, "person", {"org": "cis"}, 500, 0)
        assert {p["id"] for p in cis} == {
            p["id"] for p in records["person"] if "cis" in {x["org"] for x in p["posts"]}
        }
        for kind in ("session", "document", "chairmanship"):
            for year in ("²⁰²⁴", "٢٠٢٤", "20x4", "9999"):  # not four ASCII digits: no match
                assert browse.page(conn, kind, {"year": year}, 50, 0) == ([], 0), (kind, year)
        ratifiable, total = browse.page(conn, "document", {"ratifiable": True}, 500, 0)
        assert {d["id"] for d in ratifiable} == {
            d["id"] for d in records["document"] if d["state_status"]
        }


def test_a_person_is_listed_with_a_count_and_link_to_their_sessions(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(views, "SESSIONS_SHOWN", 1)
    with store.engine.connect() as conn:
        full = {p["id"]: p for p in read_registry(conn)["person"]}
    client = TestClient(create_app(url(store)))
    listed = client.get("/api/people?limit=500").json()["items"]
    assert listed and all("sessions" not in p for p in listed)
    for p in listed:
        assert p["sessions_total"] == len(full[p["id"]]["sessions"])
        assert p["sessions_href"] == f"/sessions?person={p['id']}"
    busiest = max(listed, key=lambda p: p["sessions_total"])
    assert busiest["sessions_total"] > 1
    rest = busiest["id"].removeprefix("person/")
    one = client.get(f"/api/people/{rest}").json()
    assert "sessions" not in one["record"] and len(one["sessions"]) == 1
    assert one["sessions_total"] == one["record"]["sessions_total"] == busiest["sessions_total"]
    said = f"took part in {busiest['sessions_total']} sessions: "
    assert any(said in s["text"] for s in one["summary"])
    html = client.get(f"/people/{rest}").text
    assert f'href="/sessions?person={busiest["id"]}"' in html
    assert f"All {busiest['sessions_total']} sessions" in html
    every = client.get(f"/api/sessions?person={busiest['id']}&limit=500").json()
    assert every["total"] == busiest["sessions_total"]
    assert {s["id"] for s in every["items"]} == set(full[busiest["id"]]["sessions"])
    exported = {p["id"]: p for p in client.get("/api/people.json").json()}
    assert exported[busiest["id"]]["sessions"] == full[busiest["id"]]["sessions"]


@pytest.mark.parametrize("light", [0, 10_000])
def test_claims_are_the_first_of_each_field_by_fact_id(
    store: Store, monkeypatch: pytest.MonkeyPatch, light: int
) -> None:
    """With a cap of 2 claims per field, read as a heavy record (counted past LIGHT_CLAIMS:
    field by field) or a light one (all at once, capped in Python), the same claims."""
    monkeypatch.setattr(browse, "CLAIMS_PER_FIELD", 2)
    monkeypatch.setattr(browse, "LIGHT_CLAIMS", light)
    c = t.claims.c
    with store.engine.connect() as conn:
        for kind in ("person", "session", "document"):
            groups: dict[tuple[str, int | None, str], list[Any]] = defaultdict(list)
            rows = conn.execute(
                select(c.record_id, c.item, c.field, c.fact_id)
                .where(c.record_type == kind)
                .order_by(c.fact_id, c.id)
            )
            for rid, item, field, fact in rows:
                groups[(rid, item, field)].append(fact)
            ids = sorted({k[0] for k in groups})
            got: dict[tuple[str, int | None, str], list[str]] = defaultdict(list)
            for rec in browse.load(conn, kind, ids):
                for claim in rec["claims"]:
                    got[(rec["id"], None, claim["field"])].append(claim["fact"])
                for name in ("participants", "actions"):
                    for i, item in enumerate(rec.get(name, [])):
                        for claim in item["claims"]:
                            got[(rec["id"], i, claim["field"])].append(claim["fact"])
            assert {k: sorted(v) for k, v in got.items()} == {
                k: sorted(v[:2]) for k, v in groups.items()
            }, kind
