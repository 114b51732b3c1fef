"""JSONL articles: one JSON object a line, streamed so a file of any size is read line by line."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from plenary.ingest.article import make_article
from plenary.ingest.decode import MAX_BYTES, decode, refuse_binary
from plenary.ingest.errors import BadInput, IngestError
from plenary.ingest.html import html_article
from plenary.ingest.metadata import checked
from plenary.spec import Article


def read_jsonl(path: Path, limit: int = MAX_BYTES) -> Iterator[Article | IngestError]:
    """An Article or an IngestError for every non-blank line; `limit` applies to each line."""
    source = str(path)
    seen = False
    with path.open("rb") as handle:
        refuse_binary(handle.read(8192))
        handle.seek(0)
        for number, raw in enumerate(_lines(handle, limit), start=1):
            if raw is not None and not raw.strip():
                continue
            seen = True
            try:
                if raw is None:
                    raise BadInput(f"line too long: over {limit} bytes")
                yield _article(path, number, raw)
            except BadInput as exc:
                yield IngestError(source, exc.message, number)
    if not seen:
        yield IngestError(source, "empty file")


def _lines(handle: BinaryIO, limit: int) -> Iterator[bytes | None]:
    """The file's lines, None for a line over `limit` bytes, which is skipped without keeping it."""
    while line := handle.readline(limit + 2):
        if len(line.rstrip(b"\r\n")) <= limit:
            yield line
            continue
        while line and not line.endswith(b"\n"):
            line = handle.readline(64 * 1024)
        yield None


def article_from_line(path: Path, number: int, raw: bytes) -> Article | IngestError:
    """Line `number` of `path` as `read_jsonl` reads it, or the error it reports (for readers
    that split an archive themselves, as `plenary batch` does)."""
    try:
        return _article(path, number, raw)
    except BadInput as exc:
        return IngestError(str(path), exc.message, number)


def _article(path: Path, number: int, raw: bytes) -> Article:
    try:
        record = json.loads(decode(raw))
    except json.JSONDecodeError as exc:
        raise BadInput(f"not JSON: {exc}") from None
    if not isinstance(record, dict):
        raise BadInput("not a JSON object")
    ident = record.get("id")
    name = str(ident) if isinstance(ident, str | int) and str(ident) else f"{path.name}:{number}"
    meta = checked(record, "record")
    source = f"{path}:{number}"
    html, text = record.get("html"), record.get("text")
    if isinstance(text, str) and text.strip():
        return make_article(name, text, source, meta)
    if isinstance(html, str) and html.strip():
        return html_article(name, html, source, meta)
    raise BadInput("neither text nor html")
