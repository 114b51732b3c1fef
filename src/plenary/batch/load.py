"""Where a batch's results go: facts.jsonl (one object per relevant article, in archive order),
facts.parquet and articles.parquet (`plenary.batch.rows`) and errors.txt in the output
directory; and, from the Parquet, the store (`plenary.store.bulk`: the facts handed over as they
are, not re-extracted)."""

from __future__ import annotations

import json
import multiprocessing
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

from plenary.batch.rows import (
    ARTICLE_SCHEMA,
    ARTICLES,
    FACT_SCHEMA,
    FACTS,
    ParquetSink,
    article_from_row,
    article_row,
    fact_rows,
    iter_rows,
)
from plenary.extract import EXTRACTOR_VERSION
from plenary.ingest import IngestError
from plenary.spec import Article, Fact, fact_from_dict

if TYPE_CHECKING:
    from plenary.batch.runner import Report, Result
    from plenary.store import IngestReport, Store

FACTS_FILE = "facts.jsonl"
ERRORS_FILE = "errors.txt"
REPORT_FILE = "report.json"


def written(results: Iterable[Result | IngestError], out: Path) -> Iterator[Result | IngestError]:
    """Pass every result through, writing it to `out` (facts.jsonl, facts.parquet,
    articles.parquet; errors to errors.txt)."""
    out.mkdir(parents=True, exist_ok=True)
    fact_sink = ParquetSink(out / FACTS, FACT_SCHEMA)
    article_sink = ParquetSink(out / ARTICLES, ARTICLE_SCHEMA)
    try:
        with (
            (out / FACTS_FILE).open("w", encoding="utf-8") as facts,
            (out / ERRORS_FILE).open("w", encoding="utf-8") as errors,
        ):
            for item in results:
                if isinstance(item, IngestError):
                    errors.write(f"{item}\n")
                    yield item
                    continue
                encoded = [json.dumps(fact, ensure_ascii=False) for fact in item.facts]
                facts.write(_jsonl(item, encoded))
                fact_sink.add(
                    fact_rows(
                        item.line, item.article, item.cluster, item.reused, item.facts, encoded
                    )
                )
                article_sink.add([article_row(item.line, item.article, item.cluster, item.reused)])
                yield item
    finally:
        fact_sink.close()
        article_sink.close()


def _jsonl(item: Result, encoded: list[str]) -> str:
    """The facts.jsonl line of a result, `json.dumps` of `item.to_dict()`, with the facts'
    JSON (already made for the Parquet) spliced in rather than made again."""
    head = {k: v for k, v in item.to_dict().items() if k != "facts"}
    return json.dumps(head, ensure_ascii=False)[:-1] + ', "facts": [' + ", ".join(encoded) + "]}\n"


def write_report(report: Report, out: Path, seconds: float) -> None:
    data = {**report.to_dict(), "seconds": round(seconds, 3)}
    (out / REPORT_FILE).write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")


def stored_items(out: Path) -> Iterator[tuple[Article, list[Fact], str | None]]:
    """A batch's relevant articles with their facts and the id (content hash) of the original
    each reprints (None for an original), in archive order, from its Parquet output (the local
    runner's files or Spark's directories of parts). An original comes before its copies."""
    articles = iter_rows(out / ARTICLES)
    facts = iter_rows(out / FACTS, ["line", "position", "fact"])
    pending = next(facts, None)
    originals: dict[str, str] = {}
    """Original's name → its id: one entry per cluster."""
    for row in articles:
        found: list[Fact] = []
        while pending is not None and pending["line"] == row["line"]:
            found.append(fact_from_dict(json.loads(pending["fact"])))
            pending = next(facts, None)
        if row["cluster"] == row["article"]:
            originals.setdefault(row["article"], row["content_hash"])
        yield article_from_row(row), found, originals.get(row["cluster"])


def into_store(store: Store, out: Path) -> IngestReport:
    """Bulk-load a batch's output into the store (COPY on PostgreSQL), then rebuild the
    registry once: the same rows `plenary ingest` would store for these articles and facts.
    The store's stack (SQLAlchemy, Alembic) is imported here, only for `--db`: it added a
    tenth of a second or more to every batch's serial start."""
    from plenary.store.bulk import bulk_load

    return bulk_load(store, stored_items(out), f"extract-{EXTRACTOR_VERSION}")


def into_store_apart(url: str, out: Path) -> IngestReport:
    """`into_store` in a process of its own, started afresh: it loads the store's stack and
    the registry, not the batch's (MinHash and its SciPy, the prefilter's automata, what the
    run left behind), so a 1M-line archive's load peaks some 60 MB lower than in the batch's
    own process."""
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
        return pool.submit(_into_store_at, url, out).result()


def _into_store_at(url: str, out: Path) -> IngestReport:
    from plenary.store import open_store

    return into_store(open_store(url), out)


def drain(results: Iterable[Result | IngestError]) -> None:
    for _ in results:
        pass
