"""The store on real SQLite and real PostgreSQL: ingest of the seeds with their gold facts,
re-ingest and rebuild identity, one transaction per article, and the same registry on both."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import func, inspect, select

from conftest import migrate_down
from plenary.extract import extract
from plenary.ingest import IngestError
from plenary.reference import load
from plenary.registry import reconcile
from plenary.spec import Article, Fact
from plenary.store import (
    Store,
    ingest_articles,
    load_facts,
    open_store,
    read_registry,
    rebuild,
    registry_rows,
)
from plenary.store import schema as t
from plenary.store.db import MIGRATIONS

_config = Config()
_config.set_main_option("script_location", str(MIGRATIONS))
EXAMPLES = Path(__file__).resolve().parents[1] / "examples/reports/dev"
HEAD = ScriptDirectory.from_config(_config).get_current_head()


def dump(store: Store) -> str:
    with store.engine.connect() as conn:
        return json.dumps(read_registry(conn), sort_keys=True, ensure_ascii=False)


def counts(store: Store) -> dict[str, int]:
    tables = [t.articles, t.facts, *t.REGISTRY_TABLES]
    with store.engine.connect() as conn:
        return {
            tb.name: conn.execute(select(func.count()).select_from(tb)).scalar_one()
            for tb in tables
        }


def test_seed_gold_ingest_yields_the_reconciled_registry(store_url: str, seeds: Any) -> None:
    store = open_store(store_url)
    report = ingest_articles(store, seeds.articles, seeds.extract, "gold")
    assert (report.new, report.duplicate, report.failed) == (5, 0, [])
    assert report.records["session"]["inserted"] == 9
    with store.engine.connect() as conn:
        stored = read_registry(conn)
        assert stored == reconcile(load_facts(conn), load()).as_dict()
    assert len(stored["session"]) == 9


def test_reingest_changes_no_count(store_url: str, seeds: Any) -> None:
    store = open_store(store_url)
    ingest_articles(store, seeds.articles, seeds.extract, "gold")
    before, registry = counts(store), dump(store)
    again = ingest_articles(open_store(store_url), seeds.articles, seeds.extract, "gold")
    assert (again.new, again.duplicate, again.facts, again.failed) == (0, 5, 0, [])
    assert all(c["inserted"] == c["updated"] == c["deleted"] == 0 for c in again.records.values())
    assert counts(store) == before
    assert dump(store) == registry


def test_rebuild_twice_gives_an_identical_registry(store_url: str, seeds: Any) -> None:
    store = open_store(store_url)
    ingest_articles(store, seeds.articles, seeds.extract, "gold")
    first = dump(store)
    changes = rebuild(store)
    assert dump(store) == first
    rebuild(store)
    assert dump(store) == first
    assert all(c["unchanged"] > 0 or c == dict.fromkeys(c, 0) for c in changes.counts.values())
    assert not any(c["inserted"] or c["updated"] or c["deleted"] for c in changes.counts.values())


def test_a_registry_written_a_few_rows_at_a_time_is_the_same(
    store_url: str, seeds: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The rebuild inserts a few thousand rows at a time, flushing in the middle of a record's
    claims or children: three rows at a time, every record split, give the registry and the
    order of its claims that one insert per table gives."""
    store = open_store(store_url)
    ingest_articles(store, seeds.articles, seeds.extract, "gold")
    whole = dump(store), claim_order(store)
    monkeypatch.setattr(registry_rows, "WRITE_ROWS", 3)
    rebuild(store)
    assert (dump(store), claim_order(store)) == whole


def claim_order(store: Store) -> list[tuple[Any, ...]]:
    c = t.claims.c
    query = select(c.record_type, c.record_id, c.item, c.field, c.fact_id).order_by(c.id)
    with store.engine.connect() as conn:
        return [tuple(row) for row in conn.execute(query)]


def test_reprints_facts_load_as_one_record_each(store_url: str, seeds: Any) -> None:
    """A reprint's facts with its original's payloads are loaded once (streamed, shared):
    same facts, same registry, one parsed record per payload."""
    store = open_store(store_url)
    original = seeds.articles[0]
    reprint = replace(original, text=original.text + "\n(reprinted)", name="reprint.txt")
    ingest_articles(store, [original, reprint], lambda _: seeds.extract(original), "gold")
    with store.engine.connect() as conn:
        facts = load_facts(conn)
    by_article: dict[str, list[Any]] = {}
    for sf in sorted(facts, key=lambda sf: sf.fact.span or (0, 0)):
        by_article.setdefault(sf.article, []).append(sf.fact)
    mine, theirs = by_article[original.name], by_article["reprint.txt"]
    assert len(mine) == len(theirs) == len(seeds.extract(original))
    assert {id(f) for f in mine} == {id(f) for f in theirs}
    assert sorted(map(repr, mine)) == sorted(map(repr, seeds.extract(original)))


def test_a_copys_moved_facts_share_their_strings_and_fields_sets(store_url: str) -> None:
    """A copy under a headline of its own: every span moved, so no payload is shared; its
    facts still share their originals' quotes and titles (one string each) and one pydantic
    fields-set per set of fields: an archive's facts load in a fraction of the memory, as the
    same facts and the same registry."""
    store = open_store(store_url)
    path = EXAMPLES / "100_dushanbe_cis_summit.txt"
    original = Article(name=path.name, text=path.read_text(encoding="utf-8"))
    found = extract(original)
    shift = "Agency report\n"
    reprint = replace(original, text=shift + original.text, name="reprint.txt")

    def moved(article: Article) -> list[Fact]:
        if article.name != "reprint.txt":
            return found
        return [
            f.model_copy(update={"span": (f.span[0] + len(shift), f.span[1] + len(shift))})
            if f.span
            else f
            for f in found
        ]

    ingest_articles(store, [original, reprint], moved, "gold")
    with store.engine.connect() as conn:
        facts = load_facts(conn)
        expected = reconcile(facts, load()).as_dict()
    assert read_registry_of(store) == expected
    by_article: dict[str, dict[str | None, Any]] = {}
    for sf in facts:
        if sf.fact.span:
            by_article.setdefault(sf.article, {})[sf.fact.quote] = sf.fact
    mine, theirs = by_article[original.name], by_article["reprint.txt"]
    assert mine.keys() == theirs.keys() and len(mine) > 1
    for quote, fact in mine.items():
        copy = theirs[quote]
        assert copy is not fact and copy.span != fact.span
        assert copy.quote is fact.quote
        assert copy.__pydantic_fields_set__ is fact.__pydantic_fields_set__
        assert copy.model_dump() == {**fact.model_dump(), "span": copy.span}


def read_registry_of(store: Store) -> dict[str, Any]:
    with store.engine.connect() as conn:
        return read_registry(conn)


def test_a_failure_midway_leaves_no_article_without_its_facts(store_url: str, seeds: Any) -> None:
    broken = seeds.articles[1].name

    def extract(article: Article) -> Iterator[Fact]:
        for i, fact in enumerate(seeds.extract(article)):
            if article.name == broken and i == 3:
                raise RuntimeError("extractor crashed")
            yield fact

    store = open_store(store_url)
    items: list[Article | IngestError] = [
        *seeds.articles,
        IngestError(source="bad.txt", message="binary file"),
    ]
    report = ingest_articles(store, items, extract, "gold")
    assert report.new == 4
    assert len(report.failed) == 2
    assert any(broken in line and "extractor crashed" in line for line in report.failed)
    assert "bad.txt: binary file" in report.failed
    with store.engine.connect() as conn:
        names = set(conn.execute(select(t.articles.c.name)).scalars())
        assert broken not in names and len(names) == 4
        orphans = (
            conn.execute(
                select(t.articles.c.name).where(
                    ~select(t.facts.c.id).where(t.facts.c.article_id == t.articles.c.id).exists()
                )
            )
            .scalars()
            .all()
        )
    with_facts = {a.name for a in seeds.articles if seeds.extract(a)}
    assert not set(orphans) & with_facts


def test_sqlite_and_postgres_hold_the_same_registry(
    sqlite_url: str, postgres_url: str, seeds: Any
) -> None:
    dumps = []
    for url in (sqlite_url, postgres_url):
        store = open_store(url)
        ingest_articles(store, seeds.articles, seeds.extract, "gold")
        dumps.append(dump(store))
    assert dumps[0] == dumps[1]


def test_open_store_migrates_once_and_reopens(sqlite_url: str) -> None:
    open_store(sqlite_url)
    store = open_store(sqlite_url)
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == HEAD


def test_migration_0007_adds_the_cluster_column_to_a_filled_store(sqlite_url: str) -> None:
    """An older store's articles and facts stay as they were: no article reprints another
    until a batch says so; and the migration goes back down."""
    store = open_store(sqlite_url)
    path = EXAMPLES / "100_dushanbe_cis_summit.txt"
    ingest_articles(
        store, [Article(name=path.name, text=path.read_text(encoding="utf-8"))], extract
    )
    before = dump(store)
    with store.engine.begin() as conn:
        migrate_down(conn, "0006")
        assert "cluster" not in {c["name"] for c in inspect(conn).get_columns("articles")}
    reopened = open_store(sqlite_url)
    with reopened.engine.connect() as conn:
        assert set(conn.execute(select(t.articles.c.cluster)).scalars()) == {None}
    assert dump(reopened) == before
