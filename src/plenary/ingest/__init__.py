"""Readers that turn files into Articles: text, HTML, JSONL and feeds, cleaned, with metadata.

`read_paths` is the one entry point: a generator that yields an Article for every article it
finds and an IngestError for every input it cannot read, and goes on with the rest of the batch.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from plenary.ingest.decode import MAX_BYTES, decode, read_bytes
from plenary.ingest.errors import BadInput, IngestError
from plenary.ingest.feeds import read_feed
from plenary.ingest.html import html_article, looks_like_html
from plenary.ingest.jsonl import read_jsonl
from plenary.ingest.metadata import read_sidecar
from plenary.ingest.paths import kind_of, walk
from plenary.ingest.text import text_article
from plenary.spec import Article

__all__ = ["IngestError", "read_paths", "MAX_BYTES"]


def read_paths(
    paths: Iterable[str | Path], *, max_bytes: int = MAX_BYTES
) -> Iterator[Article | IngestError]:
    """Yield an Article or an IngestError for every input under `paths`, in a stable order.

    `max_bytes` limits a text or HTML file (checked before reading it), a JSONL line, a feed entry.
    """
    for path in walk(paths):
        try:
            yield from _read_file(path, max_bytes)
        except BadInput as exc:
            yield exc.to_error(str(path))
        except FileNotFoundError:
            yield IngestError(str(path), "no such file or directory")
        except OSError as exc:
            yield IngestError(str(path), exc.strerror or str(exc))


def _read_file(path: Path, limit: int) -> Iterator[Article | IngestError]:
    kind = kind_of(path)
    if kind == "jsonl":
        yield from read_jsonl(path, limit)
    elif kind == "feed":
        yield from read_feed(path, limit)
    else:
        text = decode(read_bytes(path, limit))
        if kind == "html" or (kind is None and looks_like_html(text)):
            yield html_article(path.name, text, str(path), read_sidecar(path))
        else:
            yield text_article(path, text)
