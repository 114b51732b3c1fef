"""Issue 5, item 1, on the real PostgreSQL: four `plenary ingest` processes on the same reports
into one fresh schema store each article once and give the registry a single ingest gives; the
same with two editors deciding through the API at the same time, every decision applied; an
ingest killed with SIGKILL in the middle of an article leaves no article without its facts, and
a rerun completes it. Processes are real (`multiprocessing`, fork), the extractor is the real
one, the reference registry is built sequentially on SQLite."""

from __future__ import annotations

import json
import multiprocessing
import os
import re
import signal
import traceback
from collections.abc import Callable, Iterator, Mapping
from functools import partial
from multiprocessing.synchronize import Barrier, Event
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner

from plenary.cli import app as cli
from plenary.extract import EXTRACTOR_VERSION, extract
from plenary.ingest import IngestError, read_paths
from plenary.spec import Article, Fact
from plenary.store import Store, fact_id, ingest_articles, open_store, read_registry
from plenary.store import schema as t
from plenary.store.decisions import decide, list_decisions
from plenary.store.users import add_user, create_token

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "corpus" / "seeds"
DEV = ROOT / "examples" / "reports" / "dev"
REPORTS = [*sorted(DEV.glob("*.txt"))[:16], *sorted(DEV.glob("*.html")), SEEDS]
"""Text, HTML with sidecar, and the seeds: 22 articles, enough to collide, few enough for CI."""
VERSION = f"extract-{EXTRACTOR_VERSION}"
"""The extractor version `plenary ingest` stores facts under."""
FORK = multiprocessing.get_context("fork")
WAIT = 600.0
"""Seconds a stuck child may take before the test gives up on it (a hang, not a measure)."""

pytestmark = pytest.mark.postgres

if not SEEDS.is_dir():
    pytest.skip(f"no seed corpus at {SEEDS}", allow_module_level=True)


def registry_json(store: Store) -> str:
    with store.engine.connect() as conn:
        return json.dumps(read_registry(conn), sort_keys=True, ensure_ascii=False)


def stored_facts(store: Store) -> dict[str, set[str]]:
    """Article id → the ids of its stored facts (articles without facts included)."""
    out: dict[str, set[str]] = {}
    with store.engine.connect() as conn:
        for (aid,) in conn.execute(select(t.articles.c.id)):
            out[aid] = set()
        for fid, aid in conn.execute(select(t.facts.c.id, t.facts.c.article_id)):
            out[aid].add(fid)
    return out


def expected_facts(paths: list[Path]) -> dict[str, set[str]]:
    """What a complete ingest stores: article id → the ids of every fact the extractor gives."""
    out: dict[str, set[str]] = {}
    for item in read_paths(paths):
        assert not isinstance(item, IngestError), item
        out[item.content_hash] = {fact_id(item.content_hash, VERSION, f) for f in extract(item)}
    return out


def ingest_cli(url: str, paths: list[Path]) -> tuple[int, int, int]:
    """`plenary ingest`; returns its counts of new, duplicate and failed articles."""
    result = CliRunner().invoke(cli, ["ingest", *map(str, paths), "--db", url])
    found = re.search(r"articles: (\d+) new, (\d+) duplicate, (\d+) failed", result.output)
    assert found, result.output + "".join(traceback.format_exception(result.exception))
    new, dup, failed = map(int, found.groups())
    return new, dup, failed


# the children: each runs one job after the barrier and puts (name, outcome or traceback)


def _child(
    name: str, job: Callable[[], Any], start: Barrier, out: multiprocessing.Queue[Any]
) -> None:
    try:
        start.wait()
        out.put((name, "ok", job()))
    except BaseException:  # noqa: BLE001 - the parent reports whatever happened
        out.put((name, "error", traceback.format_exc()))


def run_at_once(jobs: Mapping[str, Callable[[], Any]]) -> dict[str, Any]:
    """Start every job in its own process, released together by a barrier; their results."""
    start = FORK.Barrier(len(jobs))
    out: multiprocessing.Queue[Any] = FORK.Queue()
    procs = [FORK.Process(target=_child, args=(n, j, start, out)) for n, j in jobs.items()]
    for p in procs:
        p.start()
    results: dict[str, Any] = {}
    errors: dict[str, str] = {}
    try:
        for _ in procs:
            name, status, value = out.get(timeout=WAIT)
            (results if status == "ok" else errors)[name] = value
    finally:
        for p in procs:
            p.join(WAIT)
    assert errors == {}, "\n".join(errors.values())
    assert [p.exitcode for p in procs] == [0] * len(procs)
    return results


def api_decisions(url: str, token: str, bodies: list[dict[str, Any]]) -> list[int]:
    """An editor's session: each decision posted to the API in turn; the status codes."""
    from fastapi.testclient import TestClient

    from plenary.web import create_app

    client = TestClient(create_app(url), base_url="https://testserver")
    headers = {"Authorization": f"Bearer {token}"}
    return [client.post("/api/decisions", json=b, headers=headers).status_code for b in bodies]


# the tests


def test_four_ingests_at_once_into_a_fresh_schema(postgres_url: str, sqlite_url: str) -> None:
    paths = REPORTS
    jobs = {f"ingest-{i}": partial(ingest_cli, postgres_url, paths) for i in range(4)}
    counts = run_at_once(jobs)
    expected = expected_facts(paths)
    assert all(failed == 0 for _, _, failed in counts.values()), counts
    assert all(new + dup == len(expected) for new, dup, _ in counts.values()), counts
    assert sum(new for new, _, _ in counts.values()) == len(expected), counts
    store = open_store(postgres_url)
    assert stored_facts(store) == expected
    assert ingest_cli(sqlite_url, paths) == (len(expected), 0, 0)
    assert registry_json(store) == registry_json(open_store(sqlite_url))


def _chosen(store: Store) -> tuple[list[str], list[str]]:
    """Three claimed facts that are not statistics to reject, three statistics to correct."""
    with store.engine.connect() as conn:
        claimed = set(conn.execute(select(t.claims.c.fact_id)).scalars())
        rows = conn.execute(select(t.facts.c.id, t.facts.c.kind).order_by(t.facts.c.id)).all()
    reject = [r.id for r in rows if r.id in claimed and r.kind != "statistic"][:3]
    correct = [r.id for r in rows if r.id in claimed and r.kind == "statistic"][:3]
    assert len(reject) == len(correct) == 3
    return reject, correct


def _corrected(i: int) -> float:
    """Corrected values far enough apart (more than the registry's 0.1% for "the same figure")
    that two corrections of one measure stay two records."""
    return 1_000_001.0 * (i + 1)


def _decisions(reject: list[str], correct: list[str]) -> tuple[list[dict[str, Any]], ...]:
    first = [{"action": "reject", "target": f, "reason": "misread"} for f in reject]
    second = [
        {"action": "correct", "target": f, "fields": {"value": _corrected(i)}, "reason": "typo"}
        for i, f in enumerate(correct)
    ]
    return first, second


def test_four_ingests_and_two_editors_at_once(postgres_url: str, sqlite_url: str) -> None:
    store = open_store(postgres_url)
    assert ingest_cli(postgres_url, [SEEDS]) == (5, 0, 0)
    reject, correct = _chosen(store)
    first, second = _decisions(reject, correct)
    tokens = {}
    for name in ("ann", "bob"):
        add_user(store, name, "editor", "a long enough password")
        tokens[name] = create_token(store, name, "edit")[1]
    paths = REPORTS
    jobs: dict[str, Callable[[], Any]] = {
        f"ingest-{i}": partial(ingest_cli, postgres_url, paths) for i in range(4)
    }
    jobs["ann"] = partial(api_decisions, postgres_url, tokens["ann"], first)
    jobs["bob"] = partial(api_decisions, postgres_url, tokens["bob"], second)
    results = run_at_once(jobs)

    assert results["ann"] == results["bob"] == [201, 201, 201]
    expected = expected_facts(paths)
    assert all(results[f"ingest-{i}"][2] == 0 for i in range(4)), results
    assert sum(results[f"ingest-{i}"][0] for i in range(4)) == len(expected) - 5
    assert stored_facts(store) == expected
    made = list_decisions(store)
    assert sorted((d["author"], d["target"], d["undone"]) for d in made) == sorted(
        [("ann", f, False) for f in reject] + [("bob", f, False) for f in correct]
    )
    after = json.loads(registry_json(store))
    cited = {c["fact"] for recs in after.values() for r in recs for c in r["claims"]}
    assert not cited & set(reject)  # every rejection applied
    stats = after["statistic"]
    values = {c["fact"]: r["value"] for r in stats for c in r["claims"] if c["fact"] in correct}
    assert values == {f: _corrected(i) for i, f in enumerate(correct)}  # every correction
    # no duplicate record, nothing lost: the registry a sequential run gives
    reference = open_store(sqlite_url)
    ingest_cli(sqlite_url, [SEEDS])
    for body in first + second:
        decide(reference, body["action"], body["target"], author="x", fields=body.get("fields"))
    ingest_cli(sqlite_url, paths)
    assert registry_json(store) == registry_json(reference)


def stalling_extract(target: str, stalled: Event, article: Article) -> Iterator[Fact]:
    """The real extractor's facts, one by one; in the middle of `target`'s facts (its article
    row and half its facts written, the transaction open) it tells the parent and waits to be
    killed."""
    facts = extract(article)
    for i, fact in enumerate(facts):
        if article.name == target and i == len(facts) // 2:
            stalled.set()
            signal.pause()
        yield fact


def _killed_ingest(url: str, paths: list[Path], target: str, stalled: Event) -> None:
    store = open_store(url)
    ingest_articles(store, read_paths(paths), partial(stalling_extract, target, stalled), VERSION)


def test_an_ingest_killed_mid_article_leaves_no_half_article(
    postgres_url: str, sqlite_url: str
) -> None:
    paths = [SEEDS]
    expected = expected_facts(paths)
    items = [a for a in read_paths(paths) if isinstance(a, Article)]
    target = items[2]
    assert len(expected[target.content_hash]) >= 2
    stalled = FORK.Event()
    proc = FORK.Process(target=_killed_ingest, args=(postgres_url, paths, target.name, stalled))
    proc.start()
    try:
        assert stalled.wait(WAIT), "the ingest never reached the middle of the article"
        os.kill(proc.pid or 0, signal.SIGKILL)
    finally:
        proc.join(WAIT)
    assert proc.exitcode == -signal.SIGKILL
    store = open_store(postgres_url)
    found = stored_facts(store)
    # the articles before the killed one are complete; the killed one is not there at all
    assert found == {a.content_hash: expected[a.content_hash] for a in items[:2]}
    with store.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(t.facts)).scalar_one() == sum(
            len(expected[a.content_hash]) for a in items[:2]
        )
    assert ingest_cli(postgres_url, paths) == (len(items) - 2, 2, 0)
    assert stored_facts(store) == expected
    ingest_cli(sqlite_url, paths)
    assert registry_json(store) == registry_json(open_store(sqlite_url))
