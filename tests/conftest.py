"""Shared fixtures: the seed reports with their gold facts as real input, and stores on SQLite
and on PostgreSQL (a fresh schema per test; skipped with a reason when the server is down,
never skipped under CI=true)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, create_engine, text
from sqlalchemy.exc import OperationalError

from plenary.ingest import IngestError, read_paths
from plenary.spec import Article, Fact, GoldFile
from plenary.store.db import MIGRATIONS

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"
GOLD = SHARED / "gold" / "seeds"
PG_SERVER = os.environ.get("PLENARY_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


class Seeds:
    """The five seed reports, each with the facts its gold file lists."""

    folder = SEEDS

    def __init__(self) -> None:
        self.gold = {
            g.article: g for g in map(GoldFile.load, map(str, sorted(GOLD.glob("*.json"))))
        }
        self.articles: list[Article] = []
        for item in read_paths([SEEDS]):
            assert not isinstance(item, IngestError), item
            gold = self.gold[item.name]
            self.articles.append(replace(item, published=item.published or gold.published))

    def extract(self, article: Article) -> list[Fact]:
        """The analyst's facts for an article: real fact records standing in for the
        extractor, which is not ready."""
        return list(self.gold[article.name].facts)


@pytest.fixture(scope="session")
def seeds() -> Seeds:
    if not SEEDS.is_dir() or not GOLD.is_dir():
        pytest.skip(f"seed corpus or gold not found under {SHARED}")
    return Seeds()


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'plenary.db'}"


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A URL whose search_path is a schema made for this test and dropped after it."""
    engine = create_engine(PG_SERVER)
    try:
        with engine.connect():
            pass
    except OperationalError as exc:
        engine.dispose()
        if os.environ.get("CI") == "true":
            pytest.fail(f"PostgreSQL unreachable at {PG_SERVER} under CI=true: {exc}")
        pytest.skip(f"PostgreSQL unreachable at {PG_SERVER}")
    schema = f"test_{uuid.uuid4().hex[:12]}"
    with engine.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield f"{PG_SERVER}?options=-csearch_path%3D{schema}"
    finally:
        with engine.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        engine.dispose()


@pytest.fixture(params=["sqlite", "postgres"])
def store_url(request: pytest.FixtureRequest) -> str:
    """Each store test runs on both engines."""
    name = "sqlite_url" if request.param == "sqlite" else "postgres_url"
    return str(request.getfixturevalue(name))


def migrate_down(conn: Connection, revision: str) -> None:
    """Step a store's schema down to `revision` on an open connection, as an operator would."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = conn
    command.downgrade(config, revision)
