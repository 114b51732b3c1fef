"""A batch's output as Parquet rows, the same from the local runner and from Spark:

facts.parquet     one row a fact: line, article, source, cluster, reused, position (in the
                  article's list), kind, fact (its JSON as `plenary extract` prints it), span,
                  quote, confidence
articles.parquet  one row a relevant article: line, its fields as `plenary.ingest` reads them,
                  content hash, cluster, reused (what a bulk load stores)

`line` is the archive line (or Parquet row) number, so sorting by (line, position) gives the
archive's order back.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from plenary.spec import Article

pa.set_memory_pool(pa.system_memory_pool())
"""Arrow's buffers from the C heap Python's own large objects come from: what a batch's
Parquet writing and reading free is reused by the registry rebuild that follows (a 100k-article
archive's load peaked about 40 MB higher with Arrow's default mimalloc pool, whose arenas keep
what they once held). This sets pyarrow's own default; the Parquet writer's and reader's C++
default is set by the environment (`plenary.batch`), when pyarrow was not imported before."""

BATCH = 512
"""Rows converted to Python at a time when reading: a 1M archive's 20k articles read with
about 45 MB less at 512 than at 4,096, and no slower (0.41 s vs 0.68 s for its articles and
facts; its bulk load peaks 50 MB lower)."""
FACTS = "facts.parquet"
ARTICLES = "articles.parquet"

FACT_SCHEMA = pa.schema(
    [
        ("line", pa.int64()),
        ("article", pa.string()),
        ("source", pa.string()),
        ("cluster", pa.string()),
        ("reused", pa.bool_()),
        ("position", pa.int32()),
        ("kind", pa.string()),
        ("fact", pa.string()),
        ("span_start", pa.int32()),
        ("span_end", pa.int32()),
        ("quote", pa.string()),
        ("confidence", pa.float64()),
    ]
)
ARTICLE_SCHEMA = pa.schema(
    [
        ("line", pa.int64()),
        ("article", pa.string()),
        ("source", pa.string()),
        ("cluster", pa.string()),
        ("reused", pa.bool_()),
        ("content_hash", pa.string()),
        ("title", pa.string()),
        ("published", pa.string()),
        ("outlet", pa.string()),
        ("url", pa.string()),
        ("language", pa.string()),
        ("text", pa.string()),
    ]
)


def fact_rows(
    line: int,
    article: Article,
    cluster: str,
    reused: bool,
    facts: list[dict[str, Any]],
    encoded: list[str] | None = None,
) -> list[dict[str, Any]]:
    """One row per fact; `encoded`: the facts' JSON when the caller has it already."""
    if encoded is None:
        encoded = [json.dumps(fact, ensure_ascii=False) for fact in facts]
    rows = []
    for position, (fact, text) in enumerate(zip(facts, encoded, strict=True)):
        span = fact.get("span") or (None, None)
        rows.append(
            {
                "line": line,
                "article": article.name,
                "source": article.source,
                "cluster": cluster,
                "reused": reused,
                "position": position,
                "kind": fact.get("kind"),
                "fact": text,
                "span_start": span[0],
                "span_end": span[1],
                "quote": fact.get("quote"),
                "confidence": fact.get("confidence"),
            }
        )
    return rows


def article_row(line: int, article: Article, cluster: str, reused: bool) -> dict[str, Any]:
    return {
        "line": line,
        "article": article.name,
        "source": article.source,
        "cluster": cluster,
        "reused": reused,
        "content_hash": article.content_hash,
        "title": article.title,
        "published": article.published,
        "outlet": article.outlet,
        "url": article.url,
        "language": article.language,
        "text": article.text,
    }


def article_from_row(row: dict[str, Any]) -> Article:
    return Article(
        name=row["article"],
        text=row["text"],
        source=row["source"],
        title=row["title"],
        published=row["published"],
        outlet=row["outlet"],
        url=row["url"],
        language=row["language"],
    )


class ParquetSink:
    """Rows appended as they come, written a row group at a time (constant memory)."""

    GROUP = 2000
    """Rows a row group: a few MB of Python objects at most."""

    def __init__(self, path: Path, schema: pa.Schema) -> None:
        self.schema = schema
        self.writer = pq.ParquetWriter(path, schema, compression="zstd")
        self.pending: list[dict[str, Any]] = []

    def add(self, rows: Iterable[dict[str, Any]]) -> None:
        self.pending.extend(rows)
        if len(self.pending) >= self.GROUP:
            self.flush()

    def flush(self) -> None:
        if self.pending:
            self.writer.write_table(pa.Table.from_pylist(self.pending, schema=self.schema))
            self.pending = []

    def close(self) -> None:
        self.flush()
        self.writer.close()


def read_rows(path: Path, columns: list[str] | None = None) -> list[dict[str, Any]]:
    """Every row of a Parquet output (a file, or Spark's directory of parts), sorted by line and
    position: the archive's order."""
    return list(iter_rows(path, columns))


def iter_rows(path: Path, columns: list[str] | None = None) -> Iterator[dict[str, Any]]:
    """The same rows, streamed: a local runner's file, written in archive order, a row group
    at a time (constant memory; one thread, no read-ahead: each of Arrow's threads and
    buffers would hold memory of its own); Spark's parts, in no order, sorted in memory
    first."""
    if path.is_file():
        with pq.ParquetFile(path, pre_buffer=False) as parquet:
            for batch in parquet.iter_batches(batch_size=BATCH, columns=columns, use_threads=False):
                yield from batch.to_pylist()
        return
    table = pq.read_table(path, columns=columns)
    keys = [("line", "ascending")]
    if "position" in table.column_names:
        keys.append(("position", "ascending"))
    for batch in table.sort_by(keys).to_batches(max_chunksize=BATCH):
        yield from batch.to_pylist()
