"""Dates as Russian reports write them, read into the English reader's `DateExpr` so that one
`resolve` turns them into the spec's dates (a year-less day takes the publication's year, "в
пятницу" the nearest Friday on the report's side of it)."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from plenary.extract.dates import DateExpr
from plenary.extract.russian.lexicon import lexicon

_YEAR = r"(?P<year>(?:19|20)\d\d)\s*(?:года|году|г\.|г\b)?"


_EVE_ALONE = r"накануне(?![ \t]*,)(?!\s+[а-яё]+(?:а|я|ов|ев|ей|ий|ии|ия)\b)"
""" "накануне провели": the day before; not "накануне саммита" (the eve of an event) nor
"Накануне, 12 октября" (the day it names)."""


@cache
def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    months = "(?:" + "|".join(lexicon()["months"]) + ")" + lexicon()["month_endings"]
    weekdays = "|".join(lexicon()["weekdays"])
    days = "|".join(
        [d for d in sorted(lexicon()["relative_days"], key=len, reverse=True) if d != "накануне"]
        + [_EVE_ALONE]
    )
    years = "|".join(lexicon()["relative_years"])
    ordinals = "|".join(lexicon()["period_ordinals"])
    adjectives = "|".join(lexicon()["month_adjectives"])
    which = "|".join(lexicon()["weekday_which"])
    counts = "|".join(lexicon()["month_counts"])
    return [
        (
            "my-relative",
            re.compile(rf"\b(?P<month>{months})\s+(?P<rel>{years})\s+года", re.I),
        ),
        (
            "year-end",
            re.compile(rf"\bв\s+конце\s+(?:(?P<rel>{years})\s+)?(?P<month>года)\b", re.I),
        ),
        ("dotted", re.compile(r"\b(?P<day>\d{1,2})\.(?P<mnum>\d{2})\.(?P<year>(?:19|20)\d\d)\b")),
        (
            "dmy",
            re.compile(
                rf"\b(?P<day>\d{{1,2}})(?:\s*(?:[-–—]|и)\s*(?P<day2>\d{{1,2}}))?\s+(?P<month>{months})"
                rf"(?:\s+{_YEAR})?",
                re.I,
            ),
        ),
        (
            "period-months",
            re.compile(
                rf"\b(?P<month>{months})\s*[-–—]\s*(?P<month2>{months})(?:\s+{_YEAR})?", re.I
            ),
        ),
        ("my", re.compile(rf"\b(?P<month>{months})(?:\s+{_YEAR})?", re.I)),
        ("month-adjective", re.compile(rf"\b(?P<month>(?:{adjectives})[а-я]*)", re.I)),
        (
            "part-of-year",
            re.compile(
                rf"\b(?P<ord>{ordinals})\w*\s+(?P<part>полугоди|квартал)\w*(?:\s+{_YEAR})?", re.I
            ),
        ),
        (
            "months-count",
            re.compile(rf"\bза\s+(?P<count>\d{{1,2}}|{counts})\s+месяц\w*(?:\s+{_YEAR})?", re.I),
        ),
        ("year", re.compile(rf"\b{_YEAR}")),
        (
            "weekday",
            re.compile(rf"\bво?\s+(?:(?P<which>{which})[а-я]*\s+)?(?P<weekday>{weekdays})\b", re.I),
        ),
        ("relative", re.compile(rf"\b(?P<rel>{days})\b", re.I)),
        ("relative-year", re.compile(rf"\b(?P<rel>{years})\s+(?:году|года)\b", re.I)),
    ]


def _month(word: str) -> int:
    lowered = word.lower()
    for stem, number in lexicon()["months"].items():
        if re.match(stem, lowered):
            return int(number)
    raise ValueError(word)


def find_dates(text: str) -> list[DateExpr]:
    """Date expressions left to right; where two overlap, the one found by the earlier (more
    precise) pattern wins. Several components ask of each sentence: it is read once, and the
    expressions are shared between them, so no caller may change one."""
    return list(_find_dates(text))


@lru_cache(maxsize=256)
def _find_dates(text: str) -> tuple[DateExpr, ...]:
    found: list[DateExpr] = []
    taken: list[tuple[int, int]] = []
    for form, regex in _patterns():
        for match in regex.finditer(text):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            expr = _parse(form, match)
            if expr is not None:
                found.append(expr)
                taken.append(match.span())
    return tuple(sorted(found, key=lambda d: d.start))


def _parse(form: str, match: re.Match[str]) -> DateExpr | None:
    groups = match.groupdict()
    year = int(groups["year"]) if groups.get("year") else None
    expr = DateExpr(match.start(), match.end(), match.group(), form, year=year)
    if form == "dotted":
        expr.day, expr.month = int(groups["day"]), int(groups["mnum"])
        if not (1 <= expr.month <= 12 and 1 <= expr.day <= 31):
            return None
    elif form == "dmy":
        expr.day, expr.month = int(groups["day"]), _month(groups["month"])
        expr.range = bool(groups.get("day2"))
        if not 1 <= expr.day <= 31:
            return None
    elif form == "period-months":
        expr.month, expr.end_month = _month(groups["month"]), _month(groups["month2"])
    elif form == "my":
        expr.month = _month(groups["month"])
    elif form == "month-adjective":
        word = groups["month"].lower()
        expr.month = next(
            int(n) for stem, n in lexicon()["month_adjectives"].items() if word.startswith(stem)
        )
    elif form in ("my-relative", "year-end"):
        # "в октябре прошлого года"; "в конце (прошлого) года" is its December
        word = groups["month"].lower()
        expr.month = 12 if word == "года" else _month(word)
        shift = lexicon()["relative_years"][groups["rel"].lower()] if groups.get("rel") else ""
        expr.year_shift = {"last year": -1, "next year": 1}.get(shift, 0)
    elif form == "part-of-year":
        # "в первом полугодии", "в третьем квартале 2024 года"
        number = lexicon()["period_ordinals"][groups["ord"].lower()]
        size = 6 if groups["part"].lower().startswith("полугоди") else 3
        if number * size > 12:
            return None
        expr.month, expr.end_month = (number - 1) * size + 1, number * size
    elif form == "months-count":
        # "за девять месяцев 2024 года": January to September
        count = groups["count"].lower()
        expr.month = 1
        expr.end_month = int(count) if count.isdigit() else int(lexicon()["month_counts"][count])
        if not 1 <= expr.end_month <= 12:
            return None
    elif form == "weekday":
        # "в пятницу", "в минувшую пятницу" (last:friday), "в следующий вторник" (next:...)
        which = groups.get("which")
        side = lexicon()["weekday_which"][which.lower()] if which else ""
        expr.relative = side + ":" + lexicon()["weekdays"][groups["weekday"].lower()]
    elif form in ("relative", "relative-year"):
        table = lexicon()["relative_days" if form == "relative" else "relative_years"]
        expr.relative = table[groups["rel"].lower()]
    return expr


_DATELINE = re.compile(
    r"^\s*(?P<place>[А-ЯЁ][А-ЯЁа-яё -]{2,30})[,.]\s*(?P<date>\d{1,2}\s+[а-яё]+(?:\s+\d{4})?)",
    re.M,
)


_STAMP = re.compile(
    r"^\s*(?P<date>\d{1,2}\s+[а-яё]+\s+\d{4}|\d{1,2}\.\d{1,2}\.\d{4})(?:\s*г(?:\.|ода))?"
    r"(?:[,\s|]+\d{1,2}:\d{2})?\s*$",
    re.M,
)


def timestamp(text: str) -> DateExpr | None:
    """A line of the report's first ones that is its date and time alone ("26 декабря 2024,
    20:15"), as sites print above the headline: the day the report was filed."""
    for line in text[:300].splitlines()[:4]:
        match = _STAMP.match(line)
        if match is not None:
            found = find_dates(match.group("date"))
            if found and found[0].year and found[0].month and found[0].day:
                return found[0]
    return None


_READOUT_LINE = re.compile(
    r"^\s*(?P<date>\d{1,2}\s+[а-яё]+\s+\d{4})(?:\s*(?:года|г\.))?\s*,\s*"
    r"(?P<place>[А-ЯЁ][А-ЯЁа-яё ,-]{2,40}?)\.?[ \t]*$",
    re.M,
)


def dateline(text: str) -> tuple[str, DateExpr | None] | None:
    """An agency dateline in the first lines ("ДУШАНБЕ, 8 октября. /ТАСС/.", "Москва. 4 июля.
    INTERFAX.RU -"), or an official readout's line of its own ("23 октября 2024 года, Казань"):
    the city as written and its date."""
    found = [m for m in (_DATELINE.search(text[:600]), _READOUT_LINE.search(text[:300])) if m]
    if not found:
        return None
    match = min(found, key=lambda m: m.start())
    dates = find_dates(match.group("date"))
    return match.group("place").strip(), dates[0] if dates else None
