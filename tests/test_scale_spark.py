"""`plenary batch --spark` (issue 6): the Spark job in local mode gives the local runner's facts,
row for row, on a JSONL archive and on the same archive as Parquet. One SparkSession for the
module, a tiny archive."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from plenary.batch import load
from plenary.batch.corpus import write_corpus
from plenary.batch.rows import ARTICLES, FACTS, read_rows
from plenary.batch.runner import Report, run

pyspark = pytest.importorskip("pyspark", reason="pyspark is the 'spark' extra")

from plenary.batch import spark as job  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    session = job.session("local[2]", app="plenary-tests")
    yield session
    session.stop()


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    path = tmp_path_factory.mktemp("spark") / "archive.jsonl"
    truth = write_corpus(path, 400, 11, ROOT / "examples/reports", ROOT / "examples/gold")
    return path, truth


def _local(path: Path, out: Path) -> Report:
    report = Report()
    load.drain(load.written(run(path, workers=1, report=report), out))
    return report


def _without_source(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{k: v for k, v in row.items() if k != "source"} for row in rows]


def test_spark_gives_the_local_runners_facts(
    spark: Any, archive: tuple[Path, dict[str, Any]], tmp_path: Path
) -> None:
    path, truth = archive
    local = _local(path, tmp_path / "local")
    remote = job.run(spark, path, str(tmp_path / "spark"))
    assert remote == local
    assert local.clusters == len(truth["originals"]) and local.reused and local.extracted
    facts = read_rows(tmp_path / "local" / FACTS)
    assert facts and read_rows(tmp_path / "spark" / FACTS) == facts
    articles = read_rows(tmp_path / "spark" / ARTICLES)
    assert articles == read_rows(tmp_path / "local" / ARTICLES)
    assert [a["article"] for a in articles] == truth["relevant"]
    # The Parquet facts are the JSONL's, one row per fact, in the article's order.
    by_article: dict[str, list[dict[str, Any]]] = {}
    for row in facts:
        by_article.setdefault(row["article"], []).append(json.loads(row["fact"]))
    lines = (tmp_path / "local" / "facts.jsonl").read_text().splitlines()
    assert {r["article"]: r["facts"] for r in map(json.loads, lines) if r["facts"]} == by_article
    report = json.loads((tmp_path / "spark" / "report.json").read_text())
    assert report["facts"] == len(facts)


def test_a_parquet_archive_gives_the_same_facts(
    spark: Any, archive: tuple[Path, dict[str, Any]], tmp_path: Path
) -> None:
    path, _ = archive
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    columns = ["id", "title", "text", "published", "outlet", "url", "language"]
    table = pa.table({c: [r.get(c) for r in records] for c in columns})
    parquet = tmp_path / "archive.parquet"
    pq.write_table(table, parquet, row_group_size=150)
    _local(path, tmp_path / "jsonl")
    _local(parquet, tmp_path / "local")
    job.run(spark, parquet, str(tmp_path / "spark"))
    for name in (FACTS, ARTICLES):
        local = read_rows(tmp_path / "local" / name)
        assert local and read_rows(tmp_path / "spark" / name) == local
        assert _without_source(local) == _without_source(read_rows(tmp_path / "jsonl" / name))
    assert read_rows(tmp_path / "local" / ARTICLES)[0]["source"].startswith(f"{parquet}:")
