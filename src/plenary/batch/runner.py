"""`plenary batch`: read → prefilter → cluster → extract, streamed in constant memory across
N processes, facts written as JSONL (one object per relevant article, in archive order).

Two kinds of task go to the workers, chunk by chunk: *scan* (prefilter the raw lines, read the
relevant ones into Articles, sign them) and *extract* (the articles a chunk needs extracted).
Between them the main process assigns reprint clusters, in archive order, so the result does not
depend on the number of workers. At most a few chunks are in flight: memory stays flat.
"""

from __future__ import annotations

import json
import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from itertools import islice
from multiprocessing.pool import AsyncResult, Pool
from pathlib import Path
from typing import Any, TypeVar

import numpy as np

from plenary.batch.prefilter import relevant_line
from plenary.batch.reprints import Clusters, adds_text, move_facts, signature
from plenary.extract import extract
from plenary.ingest import IngestError
from plenary.ingest.jsonl import article_from_line
from plenary.spec import Article, fact_to_dict

CHUNK_LINES = 2000
K = TypeVar("K")
R = TypeVar("R")


@dataclass
class Scanned:
    lines: int = 0
    bytes: int = 0
    found: list[tuple[Article | IngestError, np.ndarray | None]] = field(default_factory=list)


@dataclass
class Decided:
    """A chunk's relevant articles in order, each with its cluster's original (None: itself)
    and whether it needs its own extraction."""

    scanned: Scanned
    rows: list[tuple[Article, str | None, bool]] = field(default_factory=list)
    errors: list[IngestError] = field(default_factory=list)


@dataclass
class Report:
    lines: int = 0
    bytes: int = 0
    relevant: int = 0
    failed: int = 0
    clusters: int = 0
    extracted: int = 0
    reused: int = 0
    facts: int = 0

    def to_dict(self) -> dict[str, int]:
        return asdict(self)


def scan(path: Path, first: int, lines: list[bytes]) -> Scanned:
    """Prefilter a chunk of raw lines (numbered from `first`); read and sign the relevant."""
    out = Scanned(lines=len(lines), bytes=sum(map(len, lines)))
    for number, raw in enumerate(lines, start=first):
        if not raw.strip() or not relevant_line(raw):
            continue
        item = article_from_line(path, number, raw)
        out.found.append((item, signature(item.text) if isinstance(item, Article) else None))
    return out


def extract_all(articles: list[Article]) -> list[list[dict[str, Any]]]:
    return [[fact_to_dict(f) for f in extract(a)] for a in articles]


def _chunks(path: Path) -> Iterator[tuple[Path, int, list[bytes]]]:
    with path.open("rb") as handle:
        number = 1
        while lines := list(islice(handle, CHUNK_LINES)):
            yield path, number, lines
            number += len(lines)


def _ordered(
    pool: Pool | None, fn: Callable[..., R], tasks: Iterable[tuple[K, tuple[Any, ...]]], ahead: int
) -> Iterator[tuple[K, R]]:
    """(key, fn(*args)) for each (key, args), in order, at most `ahead` tasks in flight; run
    inline when there is no pool."""
    if pool is None:
        for key, args in tasks:
            yield key, fn(*args)
        return
    flight: deque[tuple[K, AsyncResult[R]]] = deque()
    for key, args in tasks:
        flight.append((key, pool.apply_async(fn, args)))
        if len(flight) >= ahead:
            done, result = flight.popleft()
            yield done, result.get()
    while flight:
        done, result = flight.popleft()
        yield done, result.get()


def _decide(
    chunks: Iterable[tuple[None, Scanned]], clusters: Clusters
) -> Iterator[tuple[Decided, tuple[list[Article]]]]:
    """Assign clusters in archive order; each chunk goes on with the articles it must extract."""
    for _, scanned in chunks:
        decided = Decided(scanned)
        for item, values in scanned.found:
            if isinstance(item, IngestError) or values is None:
                assert isinstance(item, IngestError)
                decided.errors.append(item)
                continue
            original = clusters.assign(item.name, item.text, values)
            own = original is None or adds_text(item.text, clusters.texts[original])
            decided.rows.append((item, original, own))
        yield decided, ([a for a, _, own in decided.rows if own],)


@dataclass(frozen=True)
class Result:
    article: Article
    cluster: str
    reused: bool
    facts: list[dict[str, Any]]

    def to_json(self) -> str:
        return json.dumps(
            {
                "article": self.article.name,
                "source": self.article.source,
                "cluster": self.cluster,
                "reused": self.reused,
                "facts": self.facts,
            },
            ensure_ascii=False,
        )


def run(
    path: Path, workers: int = 1, report: Report | None = None
) -> Iterator[Result | IngestError]:
    """Every relevant article of the archive with its facts (and every unreadable record), in
    archive order; the same whatever `workers`."""
    report = report if report is not None else Report()
    clusters = Clusters()
    context = multiprocessing.get_context("fork")
    pool = context.Pool(workers) if workers > 1 else None
    ahead = 2 * workers
    try:
        scanned = _ordered(pool, scan, ((None, args) for args in _chunks(path)), ahead)
        decided = _decide(scanned, clusters)
        for chunk, extracted in _ordered(pool, extract_all, decided, ahead):
            report.lines += chunk.scanned.lines
            report.bytes += chunk.scanned.bytes
            report.failed += len(chunk.errors)
            yield from chunk.errors
            own = iter(extracted)
            for article, original, is_own in chunk.rows:
                facts = next(own) if is_own else _reused(clusters, original, article)
                reused = facts is not None and not is_own
                if facts is None:  # its original left the window meanwhile: extract it here
                    facts = extract_all([article])[0]
                report.relevant += 1
                report.extracted += not reused
                report.reused += reused
                if original is None:
                    report.clusters += 1
                    clusters.facts[article.name] = facts
                report.facts += len(facts)
                yield Result(article, original or article.name, reused, facts)
    finally:
        if pool is not None:
            pool.terminate()
            pool.join()


def _reused(
    clusters: Clusters, original: str | None, article: Article
) -> list[dict[str, Any]] | None:
    if original is None or original not in clusters.facts or original not in clusters.texts:
        return None
    return move_facts(clusters.facts[original], clusters.texts[original], article.text)
