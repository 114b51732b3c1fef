"""Ingest: store new articles with their facts, one transaction per article, then rebuild the
registry and report what changed, as Open States' importer does."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import Connection, insert, select
from sqlalchemy.exc import IntegrityError

from plenary import __version__
from plenary.ingest import IngestError
from plenary.spec import Article, Fact, fact_to_dict
from plenary.store import schema as t
from plenary.store.db import Store
from plenary.store.registry_rows import Changes, rebuild_in
from plenary.store.retry import transaction

ExtractFn = Callable[[Article], Iterable[Fact]]
EXTRACTOR_VERSION = f"plenary-{__version__}"


@dataclass
class IngestReport:
    new: int = 0
    duplicate: int = 0
    failed: list[str] = field(default_factory=list)
    """One line per input that could not be stored, naming the file."""
    facts: int = 0
    records: dict[str, dict[str, int]] = field(default_factory=dict)
    """Record type → inserted / updated / unchanged / deleted."""
    unresolved: list[str] = field(default_factory=list)


def fact_id(article_id: str, extractor_version: str, fact: Fact) -> str:
    """Deterministic: the same fact from the same article by the same extractor, same id."""
    payload = json.dumps(fact_to_dict(fact), sort_keys=True, ensure_ascii=False)
    key = "\x1f".join((article_id, extractor_version, fact.kind, payload))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def _store_article(
    conn: Connection, article: Article, facts: Iterable[Fact], extractor_version: str
) -> int:
    aid = article.content_hash
    conn.execute(
        insert(t.articles).values(
            id=aid,
            name=article.name,
            source=article.source,
            title=article.title,
            published=article.published,
            outlet=article.outlet,
            url=article.url,
            language=article.language,
            text=article.text,
            first_seen=datetime.now(UTC).isoformat(timespec="seconds"),
        )
    )
    seen: set[str] = set()
    for fact in facts:
        fid = fact_id(aid, extractor_version, fact)
        if fid in seen:
            continue
        seen.add(fid)
        conn.execute(
            insert(t.facts).values(
                id=fid,
                article_id=aid,
                kind=fact.kind,
                payload=fact_to_dict(fact),
                span_start=fact.span[0] if fact.span else None,
                span_end=fact.span[1] if fact.span else None,
                quote=fact.quote,
                confidence=fact.confidence,
                extractor_version=extractor_version,
            )
        )
    return len(seen)


def ingest_articles(
    store: Store,
    items: Iterable[Article | IngestError],
    extract_fn: ExtractFn,
    extractor_version: str = EXTRACTOR_VERSION,
) -> IngestReport:
    """Store each new article and its facts atomically (a failure stores neither), count exact
    duplicates, then rebuild the registry once."""
    report = IngestReport()
    for item in items:
        if isinstance(item, IngestError):
            report.failed.append(str(item))
            continue
        if _stored(store, item.content_hash):
            report.duplicate += 1
            continue

        def store_it(conn: Connection, article: Article = item) -> int:
            # extracted inside the transaction, afresh on a retry
            return _store_article(conn, article, extract_fn(article), extractor_version)

        try:
            report.facts += transaction(store, store_it)
        except IntegrityError as exc:
            if _stored(store, item.content_hash):  # another process stored it meanwhile
                report.duplicate += 1
            else:
                report.failed.append(f"{item.source or item.name}: IntegrityError: {exc.orig}")
            continue
        except Exception as exc:  # one bad article must not stop the others
            report.failed.append(f"{item.source or item.name}: {type(exc).__name__}: {exc}")
            continue
        report.new += 1
    changes = rebuild(store)
    report.records, report.unresolved = changes.counts, changes.unresolved
    return report


def rebuild(store: Store) -> Changes:
    """Re-derive every registry table from the stored facts, in one transaction (retried on a
    serialization failure or deadlock)."""
    return transaction(store, rebuild_in)


def _stored(store: Store, article_id: str) -> bool:
    with store.engine.connect() as conn:
        query = select(t.articles.c.id).where(t.articles.c.id == article_id)
        return conn.execute(query).first() is not None
