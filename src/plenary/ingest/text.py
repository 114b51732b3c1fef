"""Plain-text articles: an optional header block, the text, an optional sidecar."""

from __future__ import annotations

from pathlib import Path

from plenary.ingest.article import make_article
from plenary.ingest.metadata import read_sidecar, split_header
from plenary.spec import Article


def text_article(path: Path, text: str) -> Article:
    """An Article from a text file's contents; the sidecar overrides the header block."""
    header, body = split_header(text)
    return make_article(path.name, body, str(path), {**header, **read_sidecar(path)})
