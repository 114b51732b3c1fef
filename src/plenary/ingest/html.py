"""HTML articles: the main text and metadata trafilatura finds, without navigation and footers."""

from __future__ import annotations

import re

import lxml.html
import trafilatura
from lxml.etree import ParserError
from trafilatura.settings import Document

from plenary.ingest.article import make_article
from plenary.ingest.dates import normalize_published
from plenary.ingest.errors import BadInput
from plenary.ingest.metadata import Meta
from plenary.spec import Article

_HTML_START = re.compile(r"\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)\b", re.I | re.S)

_DATE_PARAMS = {"extensive_search": False, "original_date": True}
"""Only dates the page declares: a date guessed from the body would skew every relative date."""


def looks_like_html(text: str) -> bool:
    return bool(_HTML_START.match(text[:4096]))


def html_article(name: str, html: str, source: str, meta: Meta) -> Article:
    """An Article from a whole page; `meta` overrides the page's own metadata."""
    try:
        document = trafilatura.bare_extraction(
            html, include_comments=False, with_metadata=True, date_extraction_params=_DATE_PARAMS
        )
    except (AssertionError, ValueError, ParserError):
        # htmldate's cleaning trips over some broken trees (an lxml assertion): the text
        # without the page's own metadata is still the article
        document = trafilatura.bare_extraction(html, include_comments=False, with_metadata=False)
    if not isinstance(document, Document) or not document.text or not document.text.strip():
        raise BadInput("no article text found in the HTML")
    found: Meta = {}
    for key, value in (
        ("title", document.title),
        ("outlet", document.sitename),
        ("url", document.url),
        ("published", _date(document.date)),
    ):
        if value:
            found[key] = value
    return make_article(name, document.text, source, {**found, **meta})


def fragment_text(fragment: str) -> str:
    """The text of an HTML fragment (a feed entry's content), paragraphs on their own lines."""
    text = trafilatura.extract(fragment, include_comments=False)
    if text:
        return text
    try:
        return str(lxml.html.fragment_fromstring(fragment, create_parent="div").text_content())
    except ParserError:
        return fragment


def _date(value: str | None) -> str | None:
    if not value:
        return None
    try:
        return normalize_published(value)
    except ValueError:
        return None
