"""Drop exact duplicates within one batch, as `plenary extract` sees them (the store dedups too)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TypeVar

from plenary.spec import Article

T = TypeVar("T")


def unique(items: Iterable[T]) -> Iterator[T]:
    """Each Article whose content hash is new; anything else (an IngestError) passes through."""
    seen: set[str] = set()
    for item in items:
        if isinstance(item, Article):
            if item.content_hash in seen:
                continue
            seen.add(item.content_hash)
        yield item
