"""Confidence that means something: each rule's raw score mapped to its measured precision.

Components score a fact by the evidence path that produced it (a raw confidence); the table in
`calibration.yaml` maps each kind's raw score, and how precisely the session the fact is about
is dated, to a conservative estimate (Wilson lower bound) of how often such facts were right on
the development examples. `plenary calibrate` refits it.
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


def cells(fact: Fact) -> tuple[str, str]:
    """The table cells a fact's confidence is read from, the finer first: its rule's raw score
    with the precision of its session's date (a session dated to the day was read from the
    text; one dated to a year or not at all was guessed or is vague), then the raw score alone.
    """
    raw = f"{round(fact.confidence or 0.0, 2):.2f}"
    if isinstance(fact, Meeting):
        date: str | None = fact.date
    else:
        ref = getattr(fact, "meeting", None)
        if ref is None:
            return raw, raw
        date = ref.date
    precision = "none" if not date else {10: "day", 7: "month"}.get(len(date), "year")
    return f"{raw} {precision}", raw


def table_path() -> Path:
    return Path(str(resources.files("plenary.extract").joinpath(TABLE)))


@cache
def table() -> dict[str, dict[str, float]]:
    path = table_path()
    if not path.exists():
        return {}
    data = yaml.safe_load(path.read_text("utf-8")) or {}
    return {
        kind: {str(cell): float(value) for cell, value in rows.items()}
        for kind, rows in data.get("kinds", {}).items()
    }


def calibrate(facts: list[Fact]) -> None:
    """Replace each raw confidence by the measured precision of its cell; a fact that cites
    a meeting is no surer than that meeting (a wrong date makes both wrong)."""
    rows = table()
    for fact in facts:
        if fact.confidence is None:
            continue
        measured = rows.get(fact.kind, {})
        found = next((measured[c] for c in cells(fact) if c in measured), None)
        if found is not None:
            fact.confidence = found
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


def fit(outcomes: Iterable[tuple[Fact, bool]]) -> dict[str, dict[str, float]]:
    """(uncalibrated fact, was it right) → the table `calibrate` applies: every cell of
    every fact, so that a combination unseen in fitting falls back to the raw score alone."""
    counts: dict[tuple[str, str], list[int]] = {}
    for fact, hit in outcomes:
        for name in set(cells(fact)):
            cell = counts.setdefault((fact.kind, name), [0, 0])
            cell[0] += int(hit)
            cell[1] += 1
    fitted: dict[str, dict[str, float]] = {}
    for (kind, name), (hits, total) in sorted(counts.items()):
        fitted.setdefault(kind, {})[name] = round(wilson_lower(hits, total), 3)
    return fitted


def write(fitted: dict[str, dict[str, float]], source: str, path: Path | None = None) -> Path:
    target = path or table_path()
    header = (
        "# Written by `plenary calibrate`: raw score of a rule -> measured precision (Wilson\n"
        f"# lower bound) on {source}. Do not edit by hand; refit after changing the rules.\n"
    )
    body = yaml.safe_dump({"kinds": fitted}, sort_keys=True)
    target.write_text(header + body, encoding="utf-8")
    table.cache_clear()
    return target
