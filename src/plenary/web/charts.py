"""Indicators over time: each series (indicator, subject, unit) as an inline SVG chart drawn on
the server, with a title, a description and a table of the same values; values that conflict
for one period stand side by side, each with its sources."""

from __future__ import annotations

import re
from html import escape
from typing import Any

from markupsafe import Markup

Record = dict[str, Any]
WIDTH, HEIGHT = 640, 260
LEFT, RIGHT, TOP, BOTTOM = 72, 16, 16, 36
_DATE = re.compile(r"(\d{4})(?:-(\d{2}))?")


def period_span(period: str | None) -> tuple[float, float] | None:
    """A period as fractional years [start, end): `2023` → (2023, 2024), `2024-01/2024-03` →
    (2024.0, 2024.25); None when it names no year."""
    if not period:
        return None
    found = _DATE.findall(period)
    if not found:
        return None

    def start(y: str, m: str) -> float:
        return int(y) + (int(m) - 1) / 12 if m else float(y)

    def end(y: str, m: str) -> float:
        return int(y) + int(m) / 12 if m else int(y) + 1.0

    return start(*found[0]), end(*found[-1])


def amount(value: float, unit: str | None) -> str:
    """`240100000000, USD` → `240.1 bn USD`; `5.4, %` → `5.4%`."""
    for size, word in ((1e12, "tn"), (1e9, "bn"), (1e6, "m")):
        if abs(value) >= size:
            text = f"{value / size:.4g} {word}"
            break
    else:
        text = f"{value:g}"
    if unit == "%":
        return f"{text}%"
    return f"{text} {unit}" if unit and unit != "count" else text


def points(stats: list[Record]) -> list[Record]:
    """Periods in time order, each with its values; a period conflicts when its values differ
    or the registry says one of them conflicts with another. Periods naming no year come
    last."""
    by_period: dict[str, list[Record]] = {}
    for s in stats:
        by_period.setdefault(s["period"] or "", []).append(s)
    out = []
    for period, values in by_period.items():
        span = period_span(period)
        out.append(
            {
                "period": period or None,
                "x": (span[0] + span[1]) / 2 if span else None,
                "values": sorted(values, key=lambda s: (s["value"], s["id"])),
                "conflict": len({v["value"] for v in values}) > 1
                or any(v["conflicts"] for v in values),
            }
        )
    return sorted(out, key=lambda p: (p["x"] is None, p["x"] or 0.0, p["period"] or ""))


def _ticks(low: float, high: float, n: int = 4) -> list[float]:
    step = (high - low) / n if high > low else 1.0
    return [low + i * step for i in range(n + 1)]


def svg(title: str, unit: str | None, pts: list[Record], chart_id: str) -> Markup:
    """The chart: one dot per value at the middle of its period, conflicting values of one
    period side by side (marked), a line through each period's first value."""
    placed = [p for p in pts if p["x"] is not None]
    values = [v["value"] for p in placed for v in p["values"]]
    desc = "; ".join(
        f"{p['period']}: {' or '.join(amount(v['value'], unit) for v in p['values'])}"
        for p in placed
    )
    head = (
        f'<svg class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'aria-labelledby="{chart_id}-t {chart_id}-d" xmlns="http://www.w3.org/2000/svg">'
        f'<title id="{chart_id}-t">{escape(title)}</title>'
        f'<desc id="{chart_id}-d">{escape(desc or "No value with a dated period.")}</desc>'
    )
    if not placed:
        return Markup(head + "</svg>")
    x0 = min(p["x"] for p in placed) - 0.5
    x1 = max(p["x"] for p in placed) + 0.5
    y0, y1 = min(0.0, min(values)), max(0.0, max(values))
    if y1 == y0:
        y1 = y0 + 1.0

    def sx(x: float) -> float:
        return LEFT + (x - x0) / (x1 - x0) * (WIDTH - LEFT - RIGHT)

    def sy(y: float) -> float:
        return TOP + (y1 - y) / (y1 - y0) * (HEIGHT - TOP - BOTTOM)

    parts = [head, '<g class="axis" aria-hidden="true">']
    for tick in _ticks(y0, y1):
        y = sy(tick)
        parts.append(
            f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y:.1f}" y2="{y:.1f}"/>'
            f'<text x="{LEFT - 6}" y="{y + 4:.1f}" text-anchor="end">'
            f"{escape(amount(tick, unit))}</text>"
        )
    years = range(int(x0 + 0.5), int(x1 + 0.5) + 1)
    step = max(1, len(years) // 8)
    for year in list(years)[::step]:
        x = sx(year)
        parts.append(
            f'<text x="{x:.1f}" y="{HEIGHT - 12}" text-anchor="middle">{year}</text>'
            f'<line class="tick" x1="{x:.1f}" x2="{x:.1f}" y1="{HEIGHT - BOTTOM}" '
            f'y2="{HEIGHT - BOTTOM + 4}"/>'
        )
    parts.append("</g>")
    line = " ".join(f"{sx(p['x']):.1f},{sy(p['values'][0]['value']):.1f}" for p in placed)
    parts.append(f'<polyline class="series" points="{line}" aria-hidden="true"/>')
    for p in placed:
        n = len(p["values"])
        for i, v in enumerate(p["values"]):
            cx = sx(p["x"]) + (i - (n - 1) / 2) * 10
            label = f"{p['period']}: {amount(v['value'], unit)}"
            if p["conflict"]:
                label += f" (one of {n} values reported)"
            cls = "dot conflict" if p["conflict"] else "dot"
            parts.append(
                f'<circle class="{cls}" cx="{cx:.1f}" cy="{sy(v["value"]):.1f}" r="5">'
                f"<title>{escape(label)}</title></circle>"
            )
    parts.append("</svg>")
    return Markup("".join(parts))
