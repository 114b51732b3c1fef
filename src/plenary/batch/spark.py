"""`plenary batch --spark`: the batch pipeline as an Apache Spark job (pyspark), over a JSONL or
Parquet archive, facts and articles written as Parquet (`plenary.batch.rows`).

The steps are the local runner's, with the same functions:

1. scan, in parallel: number the archive's lines, prefilter them, read the relevant ones into
   Articles and sign them (MinHash); kept (memory and disk) for the later steps;
2. cluster, on the driver: the relevant articles stream to it in archive order (2% of the
   archive) and `Clusters.decide` assigns each its reprint cluster and whether it needs its own
   extraction, exactly as the local runner does, so both give the same facts;
3. extract, in parallel: the articles that need it; every other copy takes its original's facts
   moved to its own text (a join on the original's line);
4. write facts.parquet and articles.parquet (Spark's directories of parts), errors.txt and
   report.json beside them when the output is a local directory.

Run it with `plenary batch ARCHIVE --out DIR --spark` (local mode), or submit
`plenary/batch/spark_main.py` to a cluster (README: "Batch and Spark").
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from plenary.batch.archive import is_parquet, record_line
from plenary.batch.prefilter import relevant_lines
from plenary.batch.reprints import WINDOW, Clusters, move_facts, signature
from plenary.batch.rows import (
    ARTICLE_SCHEMA,
    ARTICLES,
    FACT_SCHEMA,
    FACTS,
    article_row,
    fact_rows,
)
from plenary.batch.runner import Report, extract_all
from plenary.ingest import IngestError
from plenary.ingest.jsonl import article_from_line
from plenary.spec import Article

if TYPE_CHECKING:
    from pyspark import RDD
    from pyspark.sql import SparkSession
    from pyspark.sql.types import StructType

Found = tuple[int, Article | IngestError, Any]
"""(line, the article or why it could not be read, its MinHash values)."""
Decision = tuple[int, tuple[str, int, bool, bool]]
"""(line, (cluster, the original's line, is an original, needs its own extraction))."""


def session(master: str | None = None, app: str = "plenary-batch") -> SparkSession:
    """A SparkSession; in local mode `master` is `local[N]`. Under spark-submit leave `master`
    out, so the cluster's is used. Python workers run this interpreter unless PYSPARK_PYTHON
    says otherwise."""
    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    if master and master.startswith("local"):
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")  # offline: bind to loopback
    builder = (
        SparkSession.builder.appName(app)
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.shuffle.partitions", "8")
    )
    if master:
        builder = builder.master(master)
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def _lines(spark: SparkSession, path: Path) -> RDD[bytes]:
    """The archive's lines as the local runner sees them (`plenary.batch.archive`)."""
    if is_parquet(path):
        return spark.read.parquet(str(path)).rdd.map(lambda row: record_line(row.asDict()))
    return spark.sparkContext.textFile(str(path)).map(lambda line: line.encode("utf-8"))


def _scan(path: Path, numbered: Iterable[tuple[bytes, int]]) -> Iterator[Found]:
    """A partition's relevant lines, read and signed (`runner.scan`, over numbered lines)."""
    batch: list[tuple[bytes, int]] = []
    for pair in numbered:
        batch.append(pair)
        if len(batch) >= 2000:
            yield from _scan_batch(path, batch)
            batch = []
    yield from _scan_batch(path, batch)


def _scan_batch(path: Path, batch: list[tuple[bytes, int]]) -> Iterator[Found]:
    lines = [raw for raw, _ in batch]
    for index in relevant_lines(b"\n".join(lines) + b"\n", lines):
        raw, zero_based = batch[index]
        item = article_from_line(path, zero_based + 1, raw)
        yield zero_based + 1, item, signature(item.text) if isinstance(item, Article) else None


def _decisions(
    found: Iterable[Found], errors: list[IngestError], reuse: bool = True
) -> list[Decision]:
    """Cluster assignment in archive order, on the driver (`runner._decide`)."""
    clusters = Clusters()
    first_line: dict[str, int] = {}
    decided: list[Decision] = []
    for number, item, values in found:
        if isinstance(item, IngestError):
            errors.append(item)
            continue
        original, own = clusters.decide(item.name, item.text, values, reuse)
        if original is None:
            first_line[item.name] = number
            if len(first_line) > 2 * WINDOW:
                first_line = {n: first_line[n] for n in clusters.texts}
            decided.append((number, (item.name, number, True, True)))
        else:
            decided.append((number, (original, first_line[original], False, own)))
    return decided


Decided = tuple[int, tuple[Article, tuple[str, int, bool, bool], list[dict[str, Any]]]]
"""(line, (article, its decision, its facts))."""


def _extract(
    rows: Iterable[tuple[int, tuple[Article, tuple[str, int, bool, bool]]]],
) -> Iterator[Decided]:
    batch = list(rows)
    facts = extract_all([article for _, (article, _) in batch])
    for (number, (article, decision)), found in zip(batch, facts, strict=True):
        yield number, (article, decision, found)


def _reuse(pair: tuple[int, tuple[Any, Any]]) -> Decided:
    _, ((number, article, decision), (text, facts)) = pair
    return number, (article, decision, move_facts(facts, text, article.text))


def _rows(kind: str, result: Decided) -> list[dict[str, Any]]:
    number, (article, (cluster, _, _, own), facts) = result
    if kind == "facts":
        return fact_rows(number, article, cluster, not own, facts)
    return [article_row(number, article, cluster, not own)]


def _spark_schema(kind: str) -> StructType:
    """The Spark schema of `rows.FACT_SCHEMA` or `rows.ARTICLE_SCHEMA` (the same columns)."""
    import pyarrow as pa
    from pyspark.sql import types as T

    spark_type = {
        pa.int64(): T.LongType(),
        pa.int32(): T.IntegerType(),
        pa.bool_(): T.BooleanType(),
        pa.float64(): T.DoubleType(),
        pa.string(): T.StringType(),
    }
    schema = FACT_SCHEMA if kind == "facts" else ARTICLE_SCHEMA
    return T.StructType([T.StructField(f.name, spark_type[f.type], True) for f in schema])


def run(spark: SparkSession, path: Path, out: str, reuse: bool = True) -> Report:
    """Run the job; `out` is a directory (a local path, or a URI the cluster can write);
    `reuse` as the local runner's."""
    from pyspark import StorageLevel

    sc = spark.sparkContext
    report = Report()
    lines, size = sc.accumulator(0), sc.accumulator(0)

    def count(numbered: Iterable[tuple[bytes, int]]) -> Iterator[tuple[bytes, int]]:
        for raw, number in numbered:
            lines.add(1)
            size.add(len(raw) + 1)
            yield raw, number

    numbered: Any = _lines(spark, path).zipWithIndex()
    found: Any = numbered.mapPartitions(lambda part: _scan(path, count(part)))
    found = found.persist(StorageLevel.MEMORY_AND_DISK)
    errors: list[IngestError] = []
    # zipWithIndex keeps the archive's order, partition after partition: no sort needed.
    decided = _decisions(found.toLocalIterator(), errors, reuse)
    report.lines, report.bytes, report.failed = lines.value, size.value, len(errors)

    plan = sc.broadcast(dict(decided))
    articles: Any = found.filter(lambda f: isinstance(f[1], Article))
    articles = articles.map(lambda f: (f[0], (f[1], plan.value[f[0]])))
    own: Any = articles.filter(lambda kv: kv[1][1][3]).mapPartitions(_extract)
    own = own.persist(StorageLevel.MEMORY_AND_DISK)
    originals = own.filter(lambda kv: kv[1][1][2]).map(
        lambda kv: (kv[0], (kv[1][0].text, kv[1][2]))
    )
    copies = articles.filter(lambda kv: not kv[1][1][3])
    by_original = copies.map(lambda kv: (kv[1][1][1], (kv[0], kv[1][0], kv[1][1])))
    results: Any = own.union(by_original.join(originals).map(_reuse))
    results = results.persist(StorageLevel.MEMORY_AND_DISK)

    base = out.rstrip("/")
    for kind, name in (("facts", FACTS), ("articles", ARTICLES)):
        table = results.flatMap(lambda result, kind=kind: _rows(kind, result))
        frame = spark.createDataFrame(table, _spark_schema(kind))
        frame.write.mode("overwrite").parquet(f"{base}/{name}")

    report.relevant = len(decided)
    report.clusters = sum(1 for _, d in decided if d[2])
    report.extracted = sum(1 for _, d in decided if d[3])
    report.reused = report.relevant - report.extracted
    report.facts = results.map(lambda kv: len(kv[1][2])).sum()
    for rdd in (found, own, results):
        rdd.unpersist()
    plan.unpersist()
    _write_local(out, report, errors)
    return report


def _write_local(out: str, report: Report, errors: list[IngestError]) -> None:
    """errors.txt and report.json beside the Parquet, where the output is a local directory."""
    if "://" in out and not out.startswith("file://"):
        return
    folder = Path(out.removeprefix("file://"))
    (folder / "errors.txt").write_text("".join(f"{e}\n" for e in errors), encoding="utf-8")
    (folder / "report.json").write_text(json.dumps(report.to_dict(), indent=1) + "\n")


def main(argv: list[str] | None = None) -> None:
    """spark-submit's entry point (`spark_main.py ARCHIVE --out DIR`)."""
    parser = argparse.ArgumentParser(
        prog="plenary-batch-spark", description=__doc__.splitlines()[0]
    )
    parser.add_argument("archive", type=Path, help="a JSONL or Parquet archive")
    parser.add_argument("--out", required=True, help="output directory (path or URI)")
    parser.add_argument("--master", help="e.g. local[4]; leave out under spark-submit")
    parser.add_argument("--no-reuse", action="store_true", help="extract every copy itself")
    args = parser.parse_args(argv)
    spark = session(args.master)
    try:
        report = run(spark, args.archive, args.out, reuse=not args.no_reuse)
    finally:
        spark.stop()
    print(json.dumps(report.to_dict()))
