"""Extraction: an Article in, the spec's facts out, each with span, quote and confidence.

A pipeline of small components, each with one job, registered by name and run in order over
a shared `Doc`: sentences → mentions → dates → people → meetings → one component per kind.
`PIPELINE` names the default order; `extract(article, pipeline=...)` runs another.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from plenary.extract import components
from plenary.extract.calibration import calibrate
from plenary.extract.doc import Doc
from plenary.spec import Article, Fact

EXTRACTOR_VERSION = "0.1.0"

PIPELINE: tuple[str, ...] = (
    "sentences",
    "mentions",
    "dates",
    "people",
    "meetings",
    "participants",
    "documents",
    "appointments",
    "awards",
    "chairmanships",
    "statistics",
    "initiatives",
)

REGISTRY: dict[str, Callable[[Doc], None]] = components.REGISTRY


def extract(
    article: Article, pipeline: Sequence[str] = PIPELINE, calibrated: bool = True
) -> list[Fact]:
    """All facts the pipeline finds in one article, in text order; with `calibrated`, each
    confidence is the measured precision of the rule that produced it (else its raw score)."""
    doc = Doc(article=article, text=article.text)
    for name in pipeline:
        REGISTRY[name](doc)
    doc.facts.sort(key=lambda f: (f.span or (0, 0))[0])
    if calibrated:
        calibrate(doc.facts)
    return doc.facts
