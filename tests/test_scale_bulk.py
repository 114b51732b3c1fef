"""Bulk load of a batch's Parquet output (`plenary.store.bulk`: COPY on PostgreSQL), then one
rebuild, on SQLite and PostgreSQL: with every copy extracted (`--no-reuse`), the same rows and
registry as `plenary ingest` of the same articles. (With reprints taking their original's facts,
test_scale.py checks the registry against the originals ingested alone.)"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from plenary import store as st
from plenary.batch import load
from plenary.batch.corpus import write_corpus
from plenary.batch.rows import read_rows
from plenary.batch.runner import run
from plenary.cli import app
from plenary.store import schema as t

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, dict[str, Any]]:
    """An archive, its batch output (out: reprints reuse facts; own: every copy extracted), and
    a JSONL file of just its relevant lines."""
    folder = tmp_path_factory.mktemp("bulk")
    archive = folder / "archive.jsonl"
    truth = write_corpus(archive, 1500, 4, ROOT / "examples/reports", ROOT / "examples/gold")
    load.drain(load.written(run(archive, workers=1), folder / "out"))
    load.drain(load.written(run(archive, workers=1, reuse=False), folder / "own"))
    relevant = set(truth["relevant"])
    lines = archive.read_text(encoding="utf-8").splitlines(keepends=True)
    kept = [line for line in lines if json.loads(line)["id"] in relevant]
    # An exact repeat of an article: stored once, counted as a duplicate, both ways.
    (folder / "relevant.jsonl").write_text("".join(kept + kept[:1]), encoding="utf-8")
    return folder / "out", folder / "relevant.jsonl", truth


def _ingest(path: Path, url: str) -> str:
    result = CliRunner().invoke(app, ["ingest", str(path), "--db", url])
    assert result.exit_code == 0, result.output
    return result.output


def _as_ingested(url: str) -> dict[str, Any]:
    """The registry of a bulk-loaded store as `plenary ingest` derives it, which finds no
    reprint clusters: the copies' clusters forgotten, then rebuilt. (With them, a report and
    its copies are one source, and the registry counts them once.)"""
    store = st.open_store(url)
    with store.engine.begin() as conn:
        assert conn.execute(
            select(t.articles.c.id).where(t.articles.c.cluster.is_not(None))
        ).first()
        conn.execute(t.articles.update().values(cluster=None))
    st.rebuild(store)
    return st.registry(store)


def _rows(url: str) -> dict[str, list[tuple[Any, ...]]]:
    """Articles (without where they were read from, or when) and facts as stored."""
    store = st.open_store(url)
    with store.engine.connect() as conn:
        articles = conn.execute(
            select(t.articles.c.id, t.articles.c.name, t.articles.c.text).order_by("id")
        ).all()
        facts = conn.execute(
            select(t.facts.c.id, t.facts.c.article_id, t.facts.c.kind, t.facts.c.payload).order_by(
                "id"
            )
        ).all()
    return {"articles": [tuple(r) for r in articles], "facts": [tuple(r) for r in facts]}


@pytest.mark.parametrize("engine", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def test_bulk_load_gives_the_registry_ingest_gives(
    engine: str,
    batch: tuple[Path, Path, dict[str, Any]],
    request: pytest.FixtureRequest,
    tmp_path: Path,
) -> None:
    out, relevant, truth = batch
    bulk_url = request.getfixturevalue(f"{engine}_url")
    ingest_url = f"sqlite:///{tmp_path / 'ingest.db'}"
    report = load.into_store(st.open_store(bulk_url), out.with_name("own"))
    _ingest(relevant, ingest_url)
    assert report.new == len(truth["relevant"]) - report.duplicate
    assert report.facts > 0
    assert _rows(bulk_url) == _rows(ingest_url)
    bulk = _as_ingested(bulk_url)
    assert bulk["session"] and bulk == st.registry(st.open_store(ingest_url))
    # Loading the same articles again stores nothing new and leaves the registry as it was.
    again = load.into_store(st.open_store(bulk_url), out)
    assert (again.new, again.facts) == (0, 0)
    assert st.registry(st.open_store(bulk_url)) == bulk


def test_batch_db_option_loads_the_store(
    batch: tuple[Path, Path, dict[str, Any]], tmp_path: Path
) -> None:
    _, relevant, _ = batch
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    args = ["batch", str(relevant), "--out", str(tmp_path / "o"), "--no-reuse", "--db", url]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    ingest_url = f"sqlite:///{tmp_path / 'ingest.db'}"
    ingested = re.search(r"articles: (\d+) new, (\d+) duplicate", _ingest(relevant, ingest_url))
    assert ingested is not None
    new, duplicate = ingested.groups()
    assert f"stored: {new} new, {duplicate} duplicate articles" in result.output
    assert _as_ingested(url) == st.registry(st.open_store(ingest_url))


def test_parquet_buffers_come_from_the_c_heap() -> None:
    """A batch's Parquet writing and reading allocate from the heap Python allocates its own
    large objects from, so the registry rebuild after a bulk load reuses that memory rather
    than stacking on an Arrow pool's arenas; and rows are read with one thread."""
    import pyarrow as pa

    import plenary.batch.rows  # noqa: F401

    assert pa.default_memory_pool().backend_name == "system"


def test_the_store_keeps_each_copys_cluster(
    batch: tuple[Path, Path, dict[str, Any]], tmp_path: Path
) -> None:
    """A bulk load stores, for each copy, the id of the original its cluster grew from (the
    truth's original, for the copies the clustering found) and none for an original; the
    rebuild reads it as each fact's source."""
    out, _, truth = batch
    store = st.open_store(f"sqlite:///{tmp_path / 'clusters.db'}")
    load.into_store(store, out)
    lines = {r["article"]: r for r in read_rows(out / "articles.parquet")}
    with store.engine.connect() as conn:
        rows = conn.execute(select(t.articles.c.id, t.articles.c.name, t.articles.c.cluster))
        cluster = {r.name: r.cluster for r in rows}
        ids = {r.name: r.id for r in conn.execute(select(t.articles.c.id, t.articles.c.name))}
        facts = st.load_facts(conn)
        sources = {sf.article: sf.source for sf in facts}
    copies = [name for name in cluster if lines[name]["cluster"] != name]
    assert copies and all(cluster[n] == ids[lines[n]["cluster"]] for n in copies)
    assert all(cluster[n] is None for n in cluster if n not in copies)
    assert any(truth["reprints"].get(n) == lines[n]["cluster"] for n in copies)
    assert all(sources[n] == (cluster[n] or ids[n]) for n in sources)
    assert all(sf.reprint == (cluster[sf.article] is not None) for sf in facts)
