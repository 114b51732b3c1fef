"""Editors' decisions on real SQLite and PostgreSQL: a correction survives rebuild and re-ingest,
a rejected fact feeds nothing, merges and splits of people and documents, undo restores, the
audit log, and the CLI."""

from __future__ import annotations

import json
from typing import Any

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from plenary.cli import app
from plenary.store import Store, ingest_articles, open_store, read_registry, rebuild, registry
from plenary.store import schema as t
from plenary.store.decisions import DecisionError, aliases, audit_log, decide, fact_status, undo


def dump(store: Store) -> str:
    with store.engine.connect() as conn:
        return json.dumps(read_registry(conn), sort_keys=True, ensure_ascii=False)


def facts_where(store: Store, **match: Any) -> list[str]:
    """Ids of stored facts whose payload has these values, in id order."""
    with store.engine.connect() as conn:
        rows = conn.execute(select(t.facts.c.id, t.facts.c.payload).order_by(t.facts.c.id)).all()
    return [r.id for r in rows if all(r.payload.get(k) == v for k, v in match.items())]


def record(store: Store, kind: str, rid: str) -> dict[str, Any] | None:
    return next((r for r in registry(store)[kind] if r["id"] == rid), None)


def claimed(store: Store, fact: str) -> int:
    with store.engine.connect() as conn:
        return len(conn.execute(select(t.claims.c.id).where(t.claims.c.fact_id == fact)).all())


@pytest.fixture
def store(store_url: str, seeds: Any) -> Store:
    s = open_store(store_url)
    ingest_articles(s, seeds.articles, seeds.extract, "gold")
    return s


AMENDMENTS = "amendments to the 2010 Agreement on interstate search"
CORRECT = "Protocol amending the 2010 Agreement on Interstate Search of Persons"


def test_a_correction_survives_rebuild_and_reingest(store_url: str, seeds: Any) -> None:
    store = open_store(store_url)
    article = next(
        a
        for a in seeds.articles
        if any(getattr(f, "title", None) == AMENDMENTS for f in seeds.gold[a.name].facts)
    )
    others = [a for a in seeds.articles if a is not article]
    ingest_articles(store, [article, *others[:2]], seeds.extract, "gold")
    (fid,) = facts_where(store, kind="document", title=AMENDMENTS)
    made = decide(store, "correct", fid[:12], author="ed", reason="the act's name", fields={
        "title": CORRECT
    })  # fmt: skip
    assert made.changes["document"]["inserted"] == ["document/protocol-amending-the-2010-agreement-"
                                                    "on-interstate-search-of-persons"]  # fmt: skip
    titles = {d["title"] for d in registry(store)["document"]}
    assert CORRECT in titles and AMENDMENTS not in titles
    corrected = dump(store)
    rebuild(store)
    assert dump(store) == corrected
    again = ingest_articles(open_store(store_url), [article, *others[:2]], seeds.extract, "gold")
    assert again.duplicate == 3 and dump(store) == corrected
    ingest_articles(store, seeds.articles, seeds.extract, "gold")  # new articles, a rebuild
    titles = {d["title"] for d in registry(store)["document"]}
    assert CORRECT in titles and AMENDMENTS not in titles
    assert fact_status(store) == {fid: "corrected"}


def test_a_rejected_fact_feeds_no_record(store: Store) -> None:
    (only,) = facts_where(store, kind="award", recipient="Andrey Kondrashov")
    assert record(store, "person", "person/andrey-kondrashov") is not None
    decide(store, "reject", only, author="ed", reason="not an award")
    assert record(store, "person", "person/andrey-kondrashov") is None
    assert claimed(store, only) == 0
    putin = facts_where(store, kind="participant", person="Vladimir Putin")
    assert putin and claimed(store, putin[0]) > 0
    decide(store, "reject", putin[0], author="ed")
    assert claimed(store, putin[0]) == 0
    assert record(store, "person", "person/vladimir-putin") is not None  # other facts remain
    rebuild(store)
    assert claimed(store, only) == 0 and claimed(store, putin[0]) == 0


def test_merge_people_keeps_the_absorbed_id_as_an_alias(store: Store) -> None:
    before = dump(store)
    gone = record(store, "person", "person/alexander-turchin")
    assert gone is not None
    made = decide(store, "merge", "person/alexei-overchuk", other="person/alexander-turchin",
                  author="ed", reason="test")  # fmt: skip
    assert made.changes["person"]["deleted"] == ["person/alexander-turchin"]
    kept = record(store, "person", "person/alexei-overchuk")
    assert kept is not None and "Alexander Turchin" in kept["names"]
    assert record(store, "person", "person/alexander-turchin") is None
    assert set(gone["sessions"]) <= set(kept["sessions"])
    people_in_sessions = {
        p["person"] for s in registry(store)["session"] for p in s["participants"]
    }
    assert "person/alexander-turchin" not in people_in_sessions
    assert aliases(store) == {"person/alexander-turchin": "person/alexei-overchuk"}
    merged = dump(store)
    rebuild(store)
    assert dump(store) == merged
    undo(store, made.id, author="ed", reason="wrong")
    assert dump(store) == before and aliases(store) == {}


def test_merge_documents_joins_titles_actions_and_session_links(store: Store) -> None:
    docs = {d["id"]: d for d in registry(store)["document"]}
    keep, gone = sorted(d for d in docs if docs[d]["actions"])[:2]
    decide(store, "merge", keep, other=gone, author="ed")
    merged = record(store, "document", keep)
    assert merged is not None and record(store, "document", gone) is None
    assert docs[gone]["title"] in merged["titles"]
    assert len(merged["actions"]) >= max(len(docs[keep]["actions"]), len(docs[gone]["actions"]))
    for s in registry(store)["session"]:
        assert gone not in s["documents"]
        if any(a["session"] == s["id"] for a in docs[gone]["actions"]):
            assert keep in s["documents"]


def test_split_a_person_by_spelling_and_undo(store: Store) -> None:
    before = dump(store)
    person = record(store, "person", "person/ilhom-nematov")
    assert person is not None and person["names"] == ["Ilkhom Nematov"]
    other = sorted(
        {
            f
            for k in ("person", "recipient", "by")
            for f in facts_where(store, **{k: "Ilkhom Nematov"})
        }
    )
    assert other
    made = decide(store, "split", "person/ilhom-nematov", facts=other, author="ed")
    new_id = f"person/ilhom-nematov-split-{made.id}"
    new = record(store, "person", new_id)
    old = record(store, "person", "person/ilhom-nematov")
    assert new is not None and old is not None
    assert new["name"] == "Ilkhom Nematov" and not new["known"]
    assert old["names"] == []
    assert {c["fact"] for c in new["claims"]} == set(other)
    assert not {c["fact"] for c in old["claims"]} & set(other)
    split = dump(store)
    rebuild(store)
    assert dump(store) == split
    undo(store, made.id, author="ed")
    assert dump(store) == before


def test_split_a_document_moves_its_actions(store: Store) -> None:
    doc = next(d for d in registry(store)["document"] if len({c["fact"] for c in d["claims"]}) > 1)
    facts = sorted({c["fact"] for c in doc["claims"]})
    made = decide(store, "split", doc["id"], facts=facts[:1], author="ed")
    new = record(store, "document", f"{doc['id']}-split-{made.id}")
    old = record(store, "document", doc["id"])
    assert new is not None and old is not None
    assert {c["fact"] for c in new["claims"]} == {facts[0]}
    moved = [c["fact"] for a in new["actions"] for c in a["claims"]]
    assert moved and set(moved) == {facts[0]}
    assert facts[0] not in {c["fact"] for a in old["actions"] for c in a["claims"]}


def test_decisions_are_validated(store: Store) -> None:
    (fid,) = facts_where(store, kind="document", title=AMENDMENTS)
    with pytest.raises(DecisionError, match="no such fact"):
        decide(store, "reject", "0" * 64, author="ed")
    with pytest.raises(DecisionError, match="invalid correction"):
        decide(store, "correct", fid, author="ed", fields={"title": None})
    with pytest.raises(DecisionError, match="kind"):
        decide(store, "correct", fid, author="ed", fields={"kind": "award"})
    with pytest.raises(DecisionError, match="no person"):
        decide(store, "merge", "person/vladimir-putin", other="person/nobody", author="ed")
    putin = record(store, "person", "person/vladimir-putin")
    assert putin is not None
    every = sorted({c["fact"] for c in putin["claims"]})
    with pytest.raises(DecisionError, match="some, not all"):
        decide(store, "split", "person/vladimir-putin", facts=every, author="ed")
    with pytest.raises(DecisionError, match="no decision"):
        undo(store, 99, author="ed")
    assert audit_log(store) == []


def test_undo_restores_and_the_audit_log_lists_every_change(store: Store) -> None:
    before = dump(store)
    (fid,) = facts_where(store, kind="document", title=AMENDMENTS)
    first = decide(store, "reject", fid, author="anna", reason="duplicate")
    second = decide(store, "accept", fid, author="boris", reason="it is right")
    assert dump(store) == before  # the later decision wins
    undo(store, second.id, author="anna", reason="keep it out")
    assert claimed(store, fid) == 0
    with pytest.raises(DecisionError, match="already undone"):
        undo(store, second.id, author="anna")
    undo(store, first.id, author="anna")
    assert dump(store) == before
    log = audit_log(store)
    assert [(e["decision"], e["event"], e["author"]) for e in log] == [
        (first.id, "reject", "anna"),
        (second.id, "accept", "boris"),
        (second.id, "undo", "anna"),
        (first.id, "undo", "anna"),
    ]
    assert log[0]["reason"] == "duplicate" and log[0]["changes"]["document"]["deleted"]


def test_the_cli_decides_lists_and_undoes(sqlite_url: str, seeds: Any) -> None:
    runner = CliRunner()
    store = open_store(sqlite_url)
    ingest_articles(store, seeds.articles, seeds.extract, "gold")
    (fid,) = facts_where(store, kind="document", title=AMENDMENTS)

    def run(*args: str) -> Any:
        return runner.invoke(app, [*args, "--db", sqlite_url], catch_exceptions=False)

    done = run("decide", "correct", fid[:10], "--set", f"title={CORRECT}", "--set",
               'states=["RU"]', "--reason", "name", "--author", "vera")  # fmt: skip
    assert done.exit_code == 0, done.output
    assert "decision 1: correct" in done.output
    assert CORRECT in {d["title"] for d in registry(store)["document"]}
    bad = run("decide", "merge", "person/vladimir-putin", "session/x", "--author", "vera")
    assert bad.exit_code == 2 and "only people and documents" in bad.output
    log = json.loads(run("decisions", "--json").output)
    assert [(e["decision"], e["event"], e["author"]) for e in log] == [(1, "correct", "vera")]
    assert run("undo", "1", "--author", "vera").exit_code == 0
    assert CORRECT not in {d["title"] for d in registry(store)["document"]}
    assert "undo" in run("decisions").output
