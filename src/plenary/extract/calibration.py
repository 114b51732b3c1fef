"""Confidence that means something: each rule's raw score mapped to its measured precision.

Components score a fact by the evidence path that produced it (a raw confidence); the table in
`calibration.yaml` maps each kind's raw score to a conservative estimate (Wilson lower bound)
of how often such facts were right on the development examples. `plenary calibrate` refits it.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from functools import cache
from importlib import resources
from pathlib import Path

import yaml

from plenary.spec import Fact, Meeting

TABLE = "calibration.yaml"


def table_path() -> Path:
    return Path(str(resources.files("plenary.extract").joinpath(TABLE)))


@cache
def table() -> dict[str, dict[float, float]]:
    path = table_path()
    if not path.exists():
        return {}
    data = yaml.safe_load(path.read_text("utf-8")) or {}
    return {
        kind: {round(float(raw), 2): float(value) for raw, value in rows.items()}
        for kind, rows in data.get("kinds", {}).items()
    }


def calibrate(facts: list[Fact]) -> None:
    """Replace each raw confidence by the measured precision of its kind and score; a fact
    that cites a meeting is no surer than that meeting (a wrong date makes both wrong)."""
    rows = table()
    for fact in facts:
        if fact.confidence is None:
            continue
        measured = rows.get(fact.kind, {}).get(round(fact.confidence, 2))
        if measured is not None:
            fact.confidence = measured
    meetings = {
        (f.body, f.date, f.place): f.confidence
        for f in facts
        if isinstance(f, Meeting) and f.confidence is not None
    }
    for fact in facts:
        ref = getattr(fact, "meeting", None)
        if fact.confidence is None or ref is None:
            continue
        cited = meetings.get((ref.body, ref.date, ref.place))
        if cited is not None:
            fact.confidence = min(fact.confidence, cited)


def wilson_lower(hits: int, total: int, z: float = 1.64) -> float:
    """A cautious precision: the lower bound of the Wilson interval (90% two-sided), since
    the development examples flatter the rules written against them."""
    if total == 0:
        return 0.0
    p = hits / total
    centre = p + z * z / (2 * total)
    margin = z * math.sqrt(p * (1 - p) / total + z * z / (4 * total * total))
    return max(0.0, (centre - margin) / (1 + z * z / total))


def fit(outcomes: Iterable[tuple[str, float, bool]]) -> dict[str, dict[float, float]]:
    """(kind, raw confidence, was it right) → the table `calibrate` applies."""
    counts: dict[tuple[str, float], list[int]] = {}
    for kind, raw, hit in outcomes:
        cell = counts.setdefault((kind, round(raw, 2)), [0, 0])
        cell[0] += int(hit)
        cell[1] += 1
    fitted: dict[str, dict[float, float]] = {}
    for (kind, raw), (hits, total) in sorted(counts.items()):
        fitted.setdefault(kind, {})[raw] = round(wilson_lower(hits, total), 3)
    return fitted


def write(fitted: dict[str, dict[float, float]], source: str, path: Path | None = None) -> Path:
    target = path or table_path()
    header = (
        "# Written by `plenary calibrate`: raw score of a rule -> measured precision (Wilson\n"
        f"# lower bound) on {source}. Do not edit by hand; refit after changing the rules.\n"
    )
    body = yaml.safe_dump({"kinds": fitted}, sort_keys=True)
    target.write_text(header + body, encoding="utf-8")
    table.cache_clear()
    return target
