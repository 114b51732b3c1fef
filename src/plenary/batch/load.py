"""Where a batch's results go: a facts JSONL file in the output directory, and optionally the
store, through `plenary.store.ingest_articles` (the facts handed over as they are, not
re-extracted), one article at a time."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TextIO

from plenary.batch.runner import Report, Result
from plenary.extract import EXTRACTOR_VERSION
from plenary.ingest import IngestError
from plenary.spec import Article, Fact, fact_from_dict
from plenary.store import IngestReport, Store, ingest_articles

FACTS_FILE = "facts.jsonl"
ERRORS_FILE = "errors.txt"
REPORT_FILE = "report.json"


def written(results: Iterable[Result | IngestError], out: Path) -> Iterator[Result | IngestError]:
    """Pass every result through, writing it to `out`/facts.jsonl (errors to errors.txt)."""
    out.mkdir(parents=True, exist_ok=True)
    with (
        (out / FACTS_FILE).open("w", encoding="utf-8") as facts,
        (out / ERRORS_FILE).open("w", encoding="utf-8") as errors,
    ):
        for item in results:
            _write(item, facts, errors)
            yield item


def _write(item: Result | IngestError, facts: TextIO, errors: TextIO) -> None:
    if isinstance(item, IngestError):
        errors.write(f"{item}\n")
    else:
        facts.write(item.to_json())
        facts.write("\n")


def write_report(report: Report, out: Path, seconds: float) -> None:
    data = {**report.to_dict(), "seconds": round(seconds, 3)}
    (out / REPORT_FILE).write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")


class _Handover:
    """Articles for `ingest_articles`, with an extract function that returns the facts the batch
    found for the article it was just given."""

    def __init__(self, results: Iterable[Result | IngestError]) -> None:
        self.results = results
        self.current: dict[str, list[Fact]] = {}

    def items(self) -> Iterator[Article | IngestError]:
        for item in self.results:
            if isinstance(item, IngestError):
                yield item
                continue
            self.current = {item.article.content_hash: [fact_from_dict(f) for f in item.facts]}
            yield item.article

    def facts(self, article: Article) -> list[Fact]:
        return self.current.get(article.content_hash, [])


def into_store(store: Store, results: Iterable[Result | IngestError]) -> IngestReport:
    """Store every relevant article with its facts, then rebuild the registry once."""
    handover = _Handover(results)
    return ingest_articles(store, handover.items(), handover.facts, f"extract-{EXTRACTOR_VERSION}")


def drain(results: Iterable[Result | IngestError]) -> None:
    for _ in results:
        pass
