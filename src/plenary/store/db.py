"""Opening a store: the URL (flag, PLENARY_DB, or a file in the user's data dir), SQLite
pragmas, and the Alembic migrations applied programmatically on every open."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from platformdirs import user_data_dir
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url

MIGRATIONS = Path(__file__).parent / "migrations"
MIGRATE_LOCK = 0x706C6D67  # "plmg": processes opening one PostgreSQL database migrate in turn


@dataclass(frozen=True)
class Store:
    engine: Engine

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)


def default_url() -> str:
    """PLENARY_DB, else an SQLite file in the user's data directory."""
    env = os.environ.get("PLENARY_DB")
    if env:
        return env
    return f"sqlite:///{Path(user_data_dir('plenary')) / 'plenary.db'}"


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.close()


def open_store(url: str | None = None) -> Store:
    """Connect and bring the schema to the latest migration."""
    url = url or default_url()
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url)
    if parsed.get_backend_name() == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            # four `plenary ingest` on a fresh database would otherwise all create the tables
            connection.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": MIGRATE_LOCK})
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return Store(engine)
