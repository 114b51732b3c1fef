"""Persistence: articles and facts (the log) and the registry derived from them, on SQLite or
PostgreSQL through SQLAlchemy, schema by Alembic. Imports the registry, never the reverse."""

from plenary.store.db import Store, default_url, open_store
from plenary.store.ingest import IngestReport, fact_id, ingest_articles, rebuild
from plenary.store.queries import label, lookup, registry
from plenary.store.registry_rows import Changes, load_facts, read_registry

__all__ = [
    "Changes",
    "IngestReport",
    "Store",
    "default_url",
    "fact_id",
    "ingest_articles",
    "label",
    "load_facts",
    "lookup",
    "open_store",
    "read_registry",
    "rebuild",
    "registry",
]
