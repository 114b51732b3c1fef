"""Assemble an Article from raw text and metadata: the one place text is cleaned and titled."""

from __future__ import annotations

import re

from plenary.ingest.clean import clean_text
from plenary.ingest.errors import BadInput
from plenary.ingest.language import detect_language
from plenary.ingest.metadata import Meta
from plenary.spec import Article

_HEADLINE_MAX = 150
_NOT_A_HEADLINE = re.compile(r"[.,;:][\"'”’»)]*$")


def make_article(name: str, text: str, source: str, meta: Meta) -> Article:
    """Clean `text` and fill in what metadata leaves open: the title from a headline, the language.

    Raises BadInput when nothing but boilerplate is left.
    """
    clean = clean_text(text)
    if not clean.strip():
        raise BadInput("empty file" if not text.strip() else "no text left after cleaning")
    return Article(
        name=name,
        text=clean,
        source=source,
        title=meta.get("title") or headline(clean),
        published=meta.get("published"),
        outlet=meta.get("outlet"),
        url=meta.get("url"),
        language=meta.get("language") or detect_language(clean),
    )


def headline(text: str) -> str | None:
    """The first line when it reads as a headline: short, more text after it, no closing period.

    A Markdown heading's `#` marks are not part of the title.
    """
    first, _, rest = text.strip().partition("\n")
    first = first.lstrip("#").strip()
    if not rest.strip() or len(first) > _HEADLINE_MAX or _NOT_A_HEADLINE.search(first):
        return None
    return first
