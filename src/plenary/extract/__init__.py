"""Extraction: an Article in, the spec's facts out, each with span, quote and confidence.

A pipeline of small components, each with one job, registered by name and run in order over
a shared `Doc`: sentences → mentions → dates → people → meetings → one component per kind.
`PIPELINE` names the English order, `PIPELINES` the order for each language read (Russian
reports have components of their own: `russian/`); `extract(article, pipeline=...)` runs
another.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from plenary.extract import components
from plenary.extract.calibration import calibrate
from plenary.extract.doc import Doc
from plenary.extract.russian import components as russian_components  # noqa: F401 (registers)
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

PIPELINE_RU: tuple[str, ...] = (
    "sentences",
    "ru-mentions",
    "ru-dates",
    "ru-meetings",
    "ru-participants",
    "ru-documents",
    "ru-appointments",
    "ru-awards",
    "ru-chairmanships",
    "ru-statistics",
    "ru-initiatives",
)

PIPELINES: dict[str, tuple[str, ...]] = {"en": PIPELINE, "ru": PIPELINE_RU}
"""The pipeline for an article's language; articles in any other language (or none known) run
the English one."""

REGISTRY: dict[str, Callable[[Doc], None]] = components.REGISTRY


def extract(
    article: Article, pipeline: Sequence[str] | None = None, calibrated: bool = True
) -> list[Fact]:
    """All facts the pipeline (by default, that of the article's language) finds in one
    article, in text order; with `calibrated`, each confidence is the measured precision of
    the rule that produced it (else its raw score)."""
    doc = Doc(article=article, text=article.text)
    for name in pipeline or PIPELINES.get(article.language or "en", PIPELINE):
        REGISTRY[name](doc)
    doc.facts.sort(key=lambda f: (f.span or (0, 0))[0])
    if calibrated:
        calibrate(doc.facts)
    return doc.facts
