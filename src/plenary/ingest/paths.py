"""Which files a list of paths stands for, in a stable order, and what kind each file is."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from plenary.ingest.metadata import SIDECAR_SUFFIX

KINDS = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".html": "html",
    ".htm": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".xml": "feed",
    ".rss": "feed",
    ".atom": "feed",
}
"""File extension → reader; any other file is sniffed (HTML if it looks like HTML, else text)."""


def walk(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Each path in turn; a directory's files recursively, sorted, without hidden files or sidecars.

    A missing path is yielded as it is, so that reading it reports the error in its place.
    """
    for item in paths:
        path = Path(item)
        if not path.is_dir():
            yield path
            continue
        for file in sorted(path.rglob("*"), key=lambda f: f.relative_to(path).parts):
            parts = file.relative_to(path).parts
            if any(part.startswith(".") for part in parts) or file.name.endswith(SIDECAR_SUFFIX):
                continue
            if file.is_file():
                yield file


def kind_of(path: Path) -> str | None:
    """The reader a file's extension selects, or None where its content must decide."""
    return KINDS.get(path.suffix.lower())
