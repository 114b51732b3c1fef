"""`plenary batch`: read → prefilter → cluster → extract, streamed in constant memory across
N processes, results in archive order.

Two kinds of task go to the workers: *scan* (prefilter a chunk of raw lines, read the relevant
ones into Articles, sign them) and *extract* (the articles a chunk needs extracted). Between them
the main process assigns reprint clusters in archive order, so the result does not depend on
the number of workers. A worker reads its chunk of a JSONL archive itself, by byte range (a
Parquet archive's chunk travels as one bytes object), and at most a few chunks are in flight:
memory stays flat. The reference data, the prefilter's automata and the extractor are loaded
before the workers fork, once.
"""

from __future__ import annotations

import ctypes
import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from multiprocessing.pool import AsyncResult, Pool
from pathlib import Path
from typing import Any, TypeVar

import numpy as np

from plenary.batch.archive import chunks, is_parquet, read_span, spans
from plenary.batch.prefilter import relevant_lines, warm_up
from plenary.batch.reprints import Clusters, Extracted, signature
from plenary.extract import extract
from plenary.ingest import IngestError
from plenary.ingest.jsonl import article_from_line
from plenary.spec import Article, fact_to_dict

K = TypeVar("K")
R = TypeVar("R")

M_MMAP_THRESHOLD = -3
"""glibc's `mallopt` parameter for the size from which blocks are mapped on their own."""
MMAP_THRESHOLD = 128 * 1024
"""glibc's default for it."""
TASK_BYTES = 8 * 1024 * 1024
"""Archive bytes a task: each task costs the pool a few milliseconds beyond its work (results
through the pipe, a worker waiting for the next task, the main process's bookkeeping). At 2 MB
(about 13 ms of scanning, 27 ms of extraction) a 1M archive's 821 chunks left each of two
workers idle 1.7-2.7 s between tasks and the main process took 9.0-9.5 s of CPU; at 8 MB,
0.8-0.9 s idle and 7.9 s. The chunks in flight stay a few tens of MB."""


@dataclass
class Scanned:
    lines: int = 0
    bytes: int = 0
    found: list[tuple[int, Article | IngestError, np.ndarray | None]] = field(default_factory=list)


@dataclass
class Decided:
    """A chunk's relevant articles in order: (line, article, its cluster's original or None,
    whether it needs its own extraction)."""

    scanned: Scanned
    rows: list[tuple[int, Article, str | None, bool]] = field(default_factory=list)
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


@dataclass(frozen=True)
class Result:
    line: int
    article: Article
    cluster: str
    reused: bool
    facts: list[dict[str, Any]]

    def to_dict(self) -> dict[str, Any]:
        return {
            "article": self.article.name,
            "source": self.article.source,
            "cluster": self.cluster,
            "reused": self.reused,
            "facts": self.facts,
        }


def split_lines(data: bytes) -> list[bytes]:
    """A chunk's lines (a last line may lack its newline)."""
    lines = data.split(b"\n")
    if lines and not lines[-1]:
        lines.pop()
    return lines


def scan(path: Path, first: int, data: bytes) -> Scanned:
    """Prefilter a chunk of raw lines (numbered from `first`); read and sign the relevant."""
    lines = split_lines(data)
    out = Scanned(lines=len(lines), bytes=len(data))
    for index in relevant_lines(data, lines):
        number = first + index
        item = article_from_line(path, number, lines[index])
        values = signature(item.text) if isinstance(item, Article) else None
        out.found.append((number, item, values))
    return out


def extract_all(articles: list[Article]) -> list[list[dict[str, Any]]]:
    return [[fact_to_dict(f) for f in extract(a)] for a in articles]


def scan_span(path: Path, first: int, start: int, end: int) -> Scanned:
    """`scan` of a JSONL archive's byte range, read by the worker itself."""
    return scan(path, first, read_span(path, start, end))


def _tasks(
    path: Path, pool: Pool | None
) -> Iterator[tuple[None, tuple[Path, int, bytes] | tuple[Path, int, int, int]]]:
    """Chunks of raw lines; for workers of a JSONL archive, their byte ranges instead, which
    each worker reads: the main process sends no archive through the pipes."""
    if pool is not None and not is_parquet(path):
        for first, start, end in spans(path, TASK_BYTES):
            yield None, (path, first, start, end)
        return
    for first, data in chunks(path, TASK_BYTES):
        yield None, (path, first, data)


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
    chunks: Iterable[tuple[None, Scanned]], clusters: Clusters, reuse: bool
) -> Iterator[tuple[Decided, tuple[list[Article]]]]:
    """Assign clusters in archive order; each chunk goes on with the articles it must extract."""
    for _, scanned in chunks:
        decided = Decided(scanned)
        for number, item, values in scanned.found:
            if isinstance(item, IngestError) or values is None:
                assert isinstance(item, IngestError)
                decided.errors.append(item)
                continue
            original, own = clusters.decide(item.name, item.text, values, reuse)
            decided.rows.append((number, item, original, own))
        yield decided, ([a for _, a, _, own in decided.rows if own],)


def fix_mmap_threshold() -> None:
    """Hold glibc's mmap threshold at its default. glibc raises it to the size of each mapped
    block freed, after which the chunks (2 MB) and the results coming back are carved from the
    heap, which fragments: the main process crept from 211 to 249 MB through a 1M-article
    archive, and stays at 226 MB with the threshold fixed (workers fork with it). Elsewhere
    than glibc there is no `mallopt` and nothing to do."""
    mallopt = getattr(ctypes.CDLL(None), "mallopt", None)
    if mallopt is not None:
        mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD)


def run(
    path: Path, workers: int = 1, report: Report | None = None, reuse: bool = True
) -> Iterator[Result | IngestError]:
    """Every relevant article of the archive with its facts (and every unreadable record), in
    archive order; the same whatever `workers`. Without `reuse` every copy is extracted itself
    (as `plenary ingest` would), clusters still assigned."""
    report = report if report is not None else Report()
    clusters, extracted = Clusters(), Extracted()
    fix_mmap_threshold()
    warm_up()
    extract(Article(name="warm-up", text="The CIS Council of Heads of State met in Minsk."))
    context = multiprocessing.get_context("fork")
    pool = context.Pool(workers) if workers > 1 else None
    ahead = 2 * workers
    try:
        scanner = scan_span if pool is not None and not is_parquet(path) else scan
        scanned = _ordered(pool, scanner, _tasks(path, pool), ahead)
        decided = _decide(scanned, clusters, reuse)
        for chunk, own_facts in _ordered(pool, extract_all, decided, ahead):
            report.lines += chunk.scanned.lines
            report.bytes += chunk.scanned.bytes
            report.failed += len(chunk.errors)
            yield from chunk.errors
            own = iter(own_facts)
            for number, article, original, is_own in chunk.rows:
                if is_own:
                    facts = next(own)
                else:
                    assert original is not None
                    facts = extracted.reuse(original, article.text)
                if original is None:
                    report.clusters += 1
                    extracted.add(article.name, article.text, facts)
                report.relevant += 1
                report.extracted += is_own
                report.reused += not is_own
                report.facts += len(facts)
                yield Result(number, article, original or article.name, not is_own, facts)
    finally:
        if pool is not None:
            pool.terminate()
            pool.join()
