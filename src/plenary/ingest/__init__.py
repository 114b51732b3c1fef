"""Readers that turn files into Articles: text, HTML, JSONL, feeds (stub until the readers land)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from plenary.spec import Article


@dataclass(frozen=True)
class IngestError:
    """One input that could not be read: the file (and line), and what is wrong with it."""

    source: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line is not None else self.source
        return f"{where}: {self.message}"


def read_paths(paths: Iterable[str | Path]) -> Iterator[Article | IngestError]:
    """Yield an Article or an IngestError for every input under `paths`, in a stable order."""
    for path in paths:
        p = Path(path)
        files = sorted(f for f in p.rglob("*") if f.is_file()) if p.is_dir() else [p]
        for f in files:
            if f.name.endswith(".meta.json"):
                continue
            yield Article(name=f.name, text=f.read_text(encoding="utf-8"), source=str(f))
