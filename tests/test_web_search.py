"""Full-text search (SQLite FTS5, PostgreSQL to_tsvector) over articles and registry records, on
both engines, with the seeds' gold facts: the same answers on either, word starts match, the
index follows ingest and rebuild, and PostgreSQL's queries can use the GIN indexes."""

from __future__ import annotations

import importlib.util
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text

from plenary.store import browse, fulltext, ingest_articles, open_store, rebuild
from plenary.store.db import MIGRATIONS
from plenary.web import create_app

IRLO = "document/agreement-on-the-establishment-of-the-international-russian-language-organization"
"""The agreement's id when the registry is built from the seeds' gold facts."""
MOSCOW = "session/cis-heads-of-state/2024-10-08-moscow"


@pytest.fixture
def seeded(store_url: str, seeds: Any) -> str:
    store = open_store(store_url)
    ingest_articles(store, seeds.articles, seeds.extract, "gold")
    store.engine.dispose()
    return store_url


def _ids(client: TestClient, path: str) -> list[str]:
    response = client.get(path)
    assert response.status_code == 200, response.text
    return [r["id"] for r in response.json()["items"]]


def test_words_are_letters_and_digits_case_folded() -> None:
    assert fulltext.words("Heads-of-State / 2024, Мирзиёев!") == [
        "heads",
        "of",
        "state",
        "2024",
        "мирзиёев",
    ]
    assert fulltext.words("' OR 1=1 --") == ["or", "1", "1"]
    assert fulltext.words("%%% ___") == []


def test_migration_indexes_what_the_queries_search() -> None:
    path = next((MIGRATIONS / "versions").glob("0002_*.py"))
    spec = importlib.util.spec_from_file_location("m0002", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.SEARCHED == fulltext.SEARCHED
    assert all(module._pg_document(t) == fulltext.pg_document(t) for t in fulltext.SEARCHED)


def test_records_and_articles_are_found_by_word_starts(seeded: str) -> None:
    client = TestClient(create_app(seeded))
    assert IRLO in _ids(client, "/api/documents?q=russian language")
    assert IRLO in _ids(client, "/api/documents?q=RUSSIAN+lang")
    assert _ids(client, "/api/documents?q=language russian organization") == _ids(
        client, "/api/documents?q=organization language russian"
    )
    assert MOSCOW in _ids(client, "/api/sessions?q=moscow")
    assert MOSCOW in _ids(client, "/api/sessions?q=heads state 2024")
    assert len(_ids(client, "/api/people?q=rasul")) == 1
    assert _ids(client, "/api/documents?q=russian zzzqqq") == []
    for odd in ("%25", "'", '"', "*", "NEAR(", "a' OR 1=1 --", "___"):
        assert client.get(f"/api/documents?q={odd}").status_code == 200
    found = client.get("/api/search", params={"q": "deradicalization"}).json()
    assert found["articles"], found
    for art in found["articles"]:
        assert "deradicali" in art["snippet"].casefold()
    assert any(r["kind"] == "document" for r in found["records"])
    html = client.get("/search", params={"q": "deradicalization"}).text
    assert f"/sources/{found['articles'][0]['id']}" in html


def test_both_engines_give_the_same_answers(sqlite_url: str, postgres_url: str, seeds: Any) -> None:
    answers = []
    for url in (sqlite_url, postgres_url):
        store = open_store(url)
        ingest_articles(store, seeds.articles, seeds.extract, "gold")
        with store.engine.connect() as conn:
            got = {}
            for q in ("moscow", "russian language", "rasul", "summit cis", "treaty"):
                for kind in browse.FILTERS:
                    got[(q, kind)] = browse.page(conn, kind, {"q": q}, 100, 0)[1]
                got[(q, "articles")] = [a["id"] for a in browse.search_articles(conn, q)]
        store.engine.dispose()
        answers.append(got)
    assert answers[0] == answers[1]
    assert sum(v if isinstance(v, int) else len(v) for v in answers[0].values()) > 10


def test_index_follows_ingest_and_rebuild(store_url: str, seeds: Any) -> None:
    store = open_store(store_url)
    first, rest = seeds.articles[:1], seeds.articles[1:]
    ingest_articles(store, first, seeds.extract, "gold")
    with store.engine.connect() as conn:
        before = {a["id"] for a in browse.search_articles(conn, "the", 100)}
    ingest_articles(store, rest, seeds.extract, "gold")
    rebuild(store)
    rebuild(store)
    with store.engine.connect() as conn:
        after = {a["id"] for a in browse.search_articles(conn, "the", 100)}
        documents = browse.page(conn, "document", {"q": "russian language"}, 100, 0)
        total = browse.count(conn, "document")
    assert before == {first[0].content_hash}
    assert after == {a.content_hash for a in seeds.articles}
    assert IRLO in [d["id"] for d in documents[0]]
    assert 0 < documents[1] < total


def test_postgres_queries_can_use_the_gin_indexes(postgres_url: str, seeds: Any) -> None:
    store = open_store(postgres_url)
    ingest_articles(store, seeds.articles, seeds.extract, "gold")
    with store.engine.connect() as conn:
        conn.execute(text("SET enable_seqscan = off"))
        for table in ("articles", "documents"):
            stored = conn.execute(
                text(
                    f"SELECT count(*) FROM {table} WHERE search_tsv = {fulltext.pg_document(table)}"
                )
            ).scalar_one()
            assert stored == conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
            query = (
                f"EXPLAIN SELECT id FROM {table} WHERE search_tsv "
                "@@ to_tsquery('simple'::regconfig, 'russian:*')"
            )
            plan = "\n".join(r[0] for r in conn.execute(text(query)))
            assert f"ix_{table}_fts" in plan, plan
    store.engine.dispose()
