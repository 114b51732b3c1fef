"""awards (placeholder until its rules land)."""

from __future__ import annotations

from plenary.extract.doc import Doc


def run(doc: Doc) -> None:
    return None
