"""RSS and Atom feeds, streamed: each entry is cut from the XML as it is parsed, then read by
feedparser on its own, so a feed of any length is never held whole in memory."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import feedparser
from lxml import etree

from plenary.ingest.article import make_article
from plenary.ingest.dates import normalize_published
from plenary.ingest.decode import MAX_BYTES
from plenary.ingest.errors import BadInput, IngestError
from plenary.ingest.html import fragment_text
from plenary.ingest.metadata import Meta
from plenary.spec import Article

_ATOM = "http://www.w3.org/2005/Atom"
_RSS1 = "http://purl.org/rss/1.0/"
_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_WRAPPERS = {
    _ATOM: (f'<feed xmlns="{_ATOM}">'.encode(), b"</feed>"),
    _RSS1: (f'<rdf:RDF xmlns:rdf="{_RDF}" xmlns="{_RSS1}">'.encode(), b"</rdf:RDF>"),
    "": (b'<rss version="2.0"><channel>', b"</channel></rss>"),
}
"""The document around one entry that lets feedparser read it as the feed it came from."""


def read_feed(path: Path, limit: int = MAX_BYTES) -> Iterator[Article | IngestError]:
    """An Article or an IngestError for every entry; `limit` applies to each entry's XML."""
    source = str(path)
    if path.stat().st_size == 0:
        yield IngestError(source, "empty file")
        return
    try:
        yield from _entries(path, limit)
    except etree.XMLSyntaxError as exc:
        yield IngestError(source, f"malformed feed: {exc.msg}", exc.lineno)


def _entries(path: Path, limit: int) -> Iterator[Article | IngestError]:
    source = str(path)
    outlet: str | None = None
    count = 0
    for _, element in etree.iterparse(
        str(path), events=("end",), recover=True, resolve_entities=False, no_network=True
    ):
        if not isinstance(element.tag, str):
            continue
        namespace, localname = _name(element.tag)
        parent = element.getparent()
        if localname == "title" and parent is not None:
            if _name(parent.tag)[1] in ("channel", "feed"):
                outlet = (element.text or "").strip() or None
            continue
        if localname not in ("item", "entry") or namespace not in _WRAPPERS:
            continue
        count += 1
        line = element.sourceline
        try:
            yield _article(path, count, _entry(element, namespace, limit), outlet)
        except BadInput as exc:
            yield IngestError(source, exc.message, line)
        element.clear()
        while parent is not None and element.getprevious() is not None:  # an entry as the
            del parent[0]  # root has a comment or PI before it, and no parent to free
    if not count:
        yield IngestError(source, "no feed entries found (not an RSS or Atom feed?)")


def _name(tag: str) -> tuple[str, str]:
    """Namespace and local name of a parsed tag. Not `etree.QName`: a broken feed's recovered
    tags (`content:encoded` with its prefix undeclared) are names it refuses."""
    if tag.startswith("{"):
        namespace, _, localname = tag[1:].partition("}")
        return namespace, localname
    return "", tag


def _entry(element: Any, namespace: str, limit: int) -> Any:
    """Parse one entry's XML with feedparser, wrapped in the feed type it came from."""
    xml = etree.tostring(element)
    if len(xml) > limit:
        raise BadInput(f"entry too large: {len(xml)} bytes (limit {limit})")
    head, tail = _WRAPPERS[namespace]
    parsed = feedparser.parse(head + xml + tail)
    if not parsed.entries:
        raise BadInput("unreadable feed entry")
    return parsed.entries[0]


def _article(path: Path, number: int, entry: Any, outlet: str | None) -> Article:
    name = entry.get("id") or entry.get("link") or f"{path.name}#{number}"
    body, html = _content(entry)
    text = fragment_text(body) if html else body
    if not text.strip():
        raise BadInput(f"entry {name}: no text")
    meta: Meta = {}
    for key, value in (
        ("title", entry.get("title")),
        ("url", entry.get("link")),
        ("outlet", outlet),
        ("published", _published(entry)),
    ):
        if value:
            meta[key] = value
    try:
        return make_article(name, text, str(path), meta)
    except BadInput as exc:
        raise BadInput(f"entry {name}: {exc.message}") from None


def _content(entry: Any) -> tuple[str, bool]:
    """The entry's fullest text, and whether it is HTML."""
    for detail in (*entry.get("content", []), entry.get("summary_detail")):
        if detail and detail.get("value", "").strip():
            return detail["value"], "html" in detail.get("type", "text/html")
    return "", False


def _published(entry: Any) -> str | None:
    """The date as the feed writes it (local to the publisher), else feedparser's UTC reading."""
    for key in ("published", "updated"):
        try:
            return normalize_published(entry[key])
        except (KeyError, ValueError):
            parsed = entry.get(f"{key}_parsed")
            if parsed:
                return f"{parsed.tm_year:04d}-{parsed.tm_mon:02d}-{parsed.tm_mday:02d}"
    return None
