"""A JSONL record → the Article `plenary.ingest` makes of it (same name, source, cleaning)."""

from __future__ import annotations

import json
from pathlib import Path

from plenary.ingest.article import make_article
from plenary.ingest.decode import decode
from plenary.ingest.errors import BadInput, IngestError
from plenary.ingest.html import html_article
from plenary.ingest.metadata import checked
from plenary.spec import Article


def article_from_line(path: Path, number: int, raw: bytes) -> Article | IngestError:
    """As `plenary.ingest.read_paths` reads line `number` of `path`, or the error it reports."""
    try:
        record = json.loads(decode(raw))
        if not isinstance(record, dict):
            raise BadInput("not a JSON object")
        ident = record.get("id")
        name = (
            str(ident) if isinstance(ident, str | int) and str(ident) else f"{path.name}:{number}"
        )
        meta = checked(record, "record")
        source = f"{path}:{number}"
        html, text = record.get("html"), record.get("text")
        if isinstance(text, str) and text.strip():
            return make_article(name, text, source, meta)
        if isinstance(html, str) and html.strip():
            return html_article(name, html, source, meta)
        raise BadInput("neither text nor html")
    except json.JSONDecodeError as exc:
        return IngestError(str(path), f"not JSON: {exc}", number)
    except BadInput as exc:
        return IngestError(str(path), exc.message, number)
