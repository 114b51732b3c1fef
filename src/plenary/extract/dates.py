"""Date expressions as reports write them, resolved against the publication date and tense.

Never invents a day: "in December" stays `YYYY-12`, a year-less date takes the year that puts
it on the right side of `published` (past for what happened, future for what is planned), and
without any reference year it stays null.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import zip_longest

from plenary.extract.doc import alternation, headline_label

MONTHS = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_M = r"(?=[JFMASONDjfmasond])(?P<month>" + alternation(MONTHS) + r")\.?"
_M2 = r"(?P<month2>" + alternation(MONTHS) + r")\.?"
_Y = r"(?P<year>(?:19|20)\d\d)"
_QUARTERS = {"first": (1, 3), "second": (4, 6), "third": (7, 9), "fourth": (10, 12)}
_HALVES = {"first": (1, 6), "second": (7, 12)}

_DAY_JOINER = r"(?:\s*[-–]\s*|\s+(?:to|through|and)\s+)"
"""Between the days of a range: "22-24", "from August 22 to 24", "on December 19 and 20"."""

_SAME_LINE = r"[^\S\n]+"
"""Spaces within a line: "This day in history: May 15" and a line "1992 — ..." below are no
one date."""
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)\b")),
    (
        "dotted",
        re.compile(
            r"\b(?=\d)(?P<day>[0-3]?\d)(?P<sep>[./])(?P<mnum>[01]\d)(?P=sep)(?P<year>(?:19|20)\d\d)\b"
        ),  # "15.05.1992", and a timestamp's "26/12/2024" (day first, as outside the US)
    ),
    (
        "period-months",
        re.compile(
            r"\b(?=[adfijmnos])(?:from\s+|in\s+|for\s+)?"
            + _M
            + r"\s*(?:to|through|until|-|–|—)\s*"
            + _M2
            + r"(?:\s+(?:of\s+)?"
            + _Y
            + r")?\b",
            re.I,
        ),
    ),
    (
        "quarter",
        re.compile(
            r"\b(?=[efst])(?:the\s+)?(?:end\s+of\s+the\s+)?(?P<ord>first|second|third|fourth)\s+quarter"
            r"(?:\s+of\s+" + _Y + r")?",
            re.I,
        ),
    ),
    (
        "half",
        re.compile(
            r"\b(?=[fst])(?:the\s+)?(?P<ord>first|second)\s+half(?:\s+of\s+(?:the\s+year\s+)?"
            + _Y
            + r")?",
            re.I,
        ),
    ),
    (
        "mdy",
        re.compile(
            r"\b"
            + _M
            + r"\s+(?P<day>[0-3]?\d)(?:"
            + _DAY_JOINER
            + r"(?P<day2>[0-3]?\d))?(?:st|nd|rd|th)?"
            r"(?:,?" + _SAME_LINE + _Y + r")?\b",
            re.I,
        ),
    ),
    (
        "dmy",
        re.compile(
            r"\b(?=\d)(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?:"
            + _DAY_JOINER
            + r"(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?)?"
            r"\s+(?:of\s+)?" + _M + r"(?:,?" + _SAME_LINE + _Y + r")?\b",
            re.I,
        ),
    ),
    ("my", re.compile(r"\b" + _M + r"(?:" + _SAME_LINE + r"(?:of\s+)?" + _Y + r")?\b", re.I)),
    (
        "years-ago",
        re.compile(
            r"\b(?P<count>\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|"
            r"twenty|twenty-five|thirty)\s+years?\s+ago(?P<today>\s+today)?\b",
            re.I,
        ),
    ),
    (
        "relative",
        re.compile(
            r"\b(?=[ytln])(?P<rel>yesterday|today|tomorrow|the day before yesterday"
            r"|the day after tomorrow|last year|this year|next year|last month|next month"
            r"|this month)\b",
            re.I,
        ),
    ),
    (
        "weekday",
        re.compile(
            r"\b(?=[flmnstw])(?P<which>last\s+|next\s+|this\s+)?(?P<weekday>"
            + alternation(WEEKDAYS)
            + r")\b",
            re.I,
        ),
    ),
    (
        "season",
        re.compile(
            r"\b(?=[lnt])(?P<which>this|next|last)\s+(?P<season>winter|spring|summer|autumn|fall)\b",
            re.I,
        ),
    ),
    ("that-year", re.compile(r"\b(?:of\s+)?(?:that|the\s+same)\s+year\b", re.I)),
    ("year", re.compile(r"(?<![\d\-–])" + _Y + r"(?![\d\-–]\d)")),
]


@dataclass
class DateExpr:
    start: int
    end: int
    text: str
    form: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    end_month: int | None = None
    range: bool = False
    relative: str | None = None
    year_shift: int | None = None
    """ "November 23 of last year": the year counted from the publication's (-1, 0, +1)."""
    ahead: bool | None = None
    """ "last October" (False), "next March" (True): which way from publication, whatever the
    sentence's tense."""

    @property
    def is_period(self) -> bool:
        return self.end_month is not None


_GUARDS: dict[str, tuple[str, ...]] = {
    "quarter": ("quarter",),
    "half": ("half",),
    "years-ago": (" ago",),
    "relative": ("yesterday", "today", "tomorrow", "year", "month", "day"),
    "weekday": ("day",),
    "that-year": ("year",),
    "season": ("winter", "spring", "summer", "autumn", "fall"),
    "dotted": (".", "/"),
}
"""Words a pattern cannot match without: patterns whose words are absent are not run."""

_NUMERIC = frozenset(("iso", "dotted", "dmy", "year"))
"""Forms that begin with a number's first digit (after no word character or digit)."""
_NUMBER = re.compile(r"\d(?<!\d\d)")  # a number's first digit; a digit first scans fast


_MONTH_FORMS = frozenset(("period-months", "mdy", "my"))
"""Forms that begin at a month's name, or (a period) at "from", "in" or "for" before one."""


def _cased(letters: set[str]) -> str:
    """A character class of the letters in either case, and of the other characters `re.I`
    takes for them ("ſ" for "s", "ı" and "İ" for "i", the Kelvin sign for "k")."""
    folded = {"s": "ſ", "i": "ıİ", "k": "\u212a"}
    return "[" + "".join(c + c.upper() + folded.get(c, "") for c in sorted(letters)) + "]"


_MONTH_START = re.compile(
    _cased({m[0] for m in MONTHS})
    + r"(?<!\w.)(?i:"
    + "|".join(sorted({m[1:3] for m in MONTHS}))
    + ")"
)
"""A word's first three letters where a month's name may begin ("Jan", "Sep", also "man"):
with a letter class first, not a word boundary, `re` skips in C to the letters that can
begin one, which the month patterns themselves cannot."""
_DAY = re.compile("day", re.I)
"""The end of every weekday's name."""


def _period_starts(text: str, months: list[int]) -> list[int]:
    """Where the period pattern can begin (and more): at every word that may be a month's name
    and at the words of a period's lead before it ("in", "for", "from")."""
    starts = list(months)
    for start in months:
        starts.extend(_lead_starts(text, start, (2, 3, 4)))
    return sorted(set(starts))


def _weekday_starts(text: str) -> list[int]:
    """Where the weekday pattern can begin (and more): at every word that may be a weekday's
    name ending in "day", and at "last", "next" or "this" before it."""
    starts = []
    for match in _DAY.finditer(text):
        for length in (3, 4, 5, 6):  # monday, friday, sunday; tuesday; thursday; wednesday
            start = match.start() - length
            if start >= 0:
                starts.append(start)
                starts.extend(_lead_starts(text, start, (4,)))
    return sorted(set(starts))


def _lead_starts(text: str, word_start: int, lengths: tuple[int, ...]) -> list[int]:
    """Where a lead word of one of the lengths would begin, before the spaces before
    `word_start` (none where no space precedes it)."""
    end = word_start
    while end > 0 and text[end - 1].isspace():  # what `\s` matches
        end -= 1
    if end == word_start:
        return []
    return [end - length for length in lengths if end - length >= 0]


def find_dates(text: str) -> list[DateExpr]:
    """Every date expression, longest first, without overlaps. A pattern that can only begin
    at a number, a month's or a weekday's name is tried at those places alone, not at every
    character."""
    found: list[DateExpr] = []
    taken = bytearray(len(text) + 1)
    lowered = text.lower()
    numbers = [m.start() for m in _NUMBER.finditer(text)]
    months: list[int] | None = None  # listed when a month pattern first needs them
    for form, pattern in _PATTERNS:
        guard = _GUARDS.get(form)
        if guard and not any(word in lowered for word in guard):
            continue
        if form in _NUMERIC:
            matches = _starting_at(pattern, text, numbers)
        elif form in _MONTH_FORMS:
            if months is None:
                months = [m.start() for m in _MONTH_START.finditer(text)]
            starts = _period_starts(text, months) if form == "period-months" else months
            matches = _starting_at(pattern, text, starts)
        elif form == "weekday":
            matches = _starting_at(pattern, text, _weekday_starts(text))
        else:
            matches = pattern.finditer(text)
        for match in matches:
            start, end = match.span()
            if 1 in taken[start:end]:
                continue
            expr = _parse(form, match)
            if expr is None:
                continue
            found.append(expr)
            taken[start:end] = b"\x01" * (end - start)
    found.sort(key=lambda d: d.start)
    joined = _join_relative_years(text, _join_ranges(text, _drop_named_weekdays(text, found)))
    return _that_year(text, joined)


_THAT_YEAR_AFTER = re.compile(r",?\s*")
_THAT_YEAR_REACH = 400
"""How far back (in characters) the year "that year" refers to may stand."""


def _that_year(text: str, found: list[DateExpr]) -> list[DateExpr]:
    """ "India chairs the SCO in 2023 and will host the summit that year", "on August 12 the
    same year": the year last told before, which a yearless day just before takes too."""
    kept: list[DateExpr] = []
    for expr in found:
        if expr.form != "that-year":
            kept.append(expr)
            continue
        told = next(
            (
                d
                for d in reversed(kept)
                if d.year is not None
                and d.relative is None
                and expr.start - d.end < _THAT_YEAR_REACH
            ),
            None,
        )
        if told is None:
            continue
        last = kept[-1] if kept else None
        if (
            last is not None
            and last.year is None
            and last.month is not None
            and last.relative is None
            and _THAT_YEAR_AFTER.fullmatch(text, last.end, expr.start)
        ):
            last.year, last.end, last.text = told.year, expr.end, text[last.start : expr.end]
            continue
        expr.year, expr.form = told.year, "year"
        kept.append(expr)
    return kept


_SHIFTS = {"last": -1, "this": 0, "next": 1}
_COUNTS = {
    "a": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "fifteen": 15,
    "twenty": 20,
    "twenty-five": 25,
    "thirty": 30,
}
""" "ten years ago": the number words a look back counts in."""


def _join_relative_years(text: str, found: list[DateExpr]) -> list[DateExpr]:
    """ "November 23 of last year", "in June next year": one date, its year counted from the
    publication's."""
    joined: list[DateExpr] = []
    for expr in found:
        last = joined[-1] if joined else None
        if (
            last is not None
            and last.month is not None
            and last.year is None
            and expr.relative in ("last year", "next year", "this year")
            and re.fullmatch(r",?\s*(?:of\s+)?", text[last.end : expr.start])
        ):
            last.year_shift = _SHIFTS[expr.relative.split()[0]]
            last.end, last.text = expr.end, text[last.start : expr.end]
            continue
        told_year = (last.relative or "").lower() if last is not None else ""
        if (
            last is not None
            and told_year in ("last year", "next year", "this year")
            and expr.month is not None
            and expr.year is None
            and expr.relative is None
            and _YEARS_EVENT.fullmatch(text, last.end, expr.start)
        ):  # "next year's summit in Kazan in October": that October is next year's
            expr.year_shift = _SHIFTS[told_year.split()[0]]
            expr.start, expr.text = last.start, text[last.start : expr.end]
            joined[-1] = expr
            continue
        if expr.year is None and expr.month is not None and expr.relative is None:
            which = _LAST_OR_NEXT.search(text, max(0, expr.start - 6), expr.start)
            if which:  # "the one in Kazan last October"
                expr.ahead = which.group(1).lower() == "next"
        joined.append(expr)
    return joined


_LAST_OR_NEXT = re.compile(r"\b(last|next)\s+$", re.I)
_YEARS_EVENT = re.compile(r"['’]s\s+(?:[\w-]+\s+){1,6}?(?:in|on)\s+(?:the\s+)?")
""" "next year's summit in Kazan in ": a year's event, then the month it falls in."""


def _starting_at(pattern: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """What `pattern.finditer(text)` finds, for a pattern that can only begin at one of the
    (ascending) `starts`: tried there alone rather than at every character."""
    end = 0
    for start in starts:
        if start >= end and (match := pattern.match(text, start)):
            yield match
            end = match.end()


def _drop_named_weekdays(text: str, found: list[DateExpr]) -> list[DateExpr]:
    """ "on Friday, July 10" is one date: the weekday only names the day the date gives."""
    return [
        expr
        for expr, following in zip_longest(found, found[1:])
        if not (
            following is not None
            and following.day is not None
            and (expr.relative or "").split(":")[-1] in WEEKDAYS
            and re.fullmatch(r",?\s*(?:the\s+)?", text[expr.end : following.start])
        )
    ]


_RANGE_JOINER = re.compile(r"\s*(?:[-–—]|to|until|till)\s*")


def _join_ranges(text: str, found: list[DateExpr]) -> list[DateExpr]:
    """A span across months ("August 31–September 1", "from 30 November to 1 December")
    is one event: its first day, with the last's year where only the last names one."""
    joined: list[DateExpr] = []
    for expr in found:
        last = joined[-1] if joined else None
        if (
            last is not None
            and last.day is not None
            and expr.day is not None
            and (last.year is None or expr.year is None or last.year == expr.year)
            and _RANGE_JOINER.fullmatch(text[last.end : expr.start])
        ):
            last.end, last.text, last.range = expr.end, text[last.start : expr.end], True
            last.year = last.year or expr.year
            continue
        joined.append(expr)
    return joined


def _parse(form: str, match: re.Match[str]) -> DateExpr | None:
    groups = match.groupdict()
    year = int(groups["year"]) if groups.get("year") else None
    expr = DateExpr(match.start(), match.end(), match.group(), form, year=year)
    if form in ("iso", "dotted"):
        expr.month, expr.day = int(groups["mnum"]), int(groups["day"])
        if not (1 <= expr.month <= 12 and 1 <= expr.day <= 31):
            return None
    elif form in ("mdy", "dmy"):
        if form == "mdy" and groups["month"].lower() == "may" and not match.group()[0].isupper():
            return None
        expr.month, expr.day = MONTHS[groups["month"].lower()], int(groups["day"])
        if not 1 <= expr.day <= 31:
            return None
        expr.range = bool(groups.get("day2"))
    elif form == "my":
        word = groups["month"]
        if word.lower() == "may" and not word[0].isupper():
            return None
        if word[0].islower() and year is None:
            return None
        expr.month = MONTHS[word.lower()]
    elif form == "period-months":
        expr.month = MONTHS[groups["month"].lower()]
        expr.end_month = MONTHS[groups["month2"].lower()]
    elif form in ("quarter", "half"):
        table = _QUARTERS if form == "quarter" else _HALVES
        first, last = table[groups["ord"].lower()]
        expr.month, expr.end_month = first, last
        if "end of" in match.group().lower():
            expr.month = 1
    elif form == "years-ago":
        count = groups["count"].lower()
        expr.year_shift = -(int(count) if count.isdigit() else _COUNTS[count])
        expr.relative = "years ago today" if groups["today"] else "years ago"
        expr.ahead = False
    elif form == "relative":
        expr.relative = groups["rel"].lower()
    elif form == "weekday":
        expr.relative = (
            (groups.get("which") or "").strip().lower() + ":" + groups["weekday"].lower()
        )
    elif form == "season":
        expr.relative = groups["which"].lower() + ":" + groups["season"].lower()
    return expr


def parse_published(value: str | None) -> date | None:
    if not value:
        return None
    try:
        parts = [int(p) for p in value[:10].split("-")]
        return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except (ValueError, IndexError):
        return None


_TARGET_YEAR = re.compile(r"\b(?:until|till|to|by|through|up to|for the period until)\s+$", re.I)


def _report_years(text: str) -> list[int]:
    """Explicit years of a text that are not targets ("until 2030") or parts of ranges."""
    return [
        int(m.group(0))
        for m in re.finditer(r"(?<![\d\-–])20[0-3]\d(?![\d\-–]\d)", text)
        if not _TARGET_YEAR.search(text[max(0, m.start() - 25) : m.start()])
        and not _NAMED_YEAR.search(text[max(0, m.start() - 25) : m.start()])
    ]


_NAMED_YEAR = re.compile(
    r"\b(?!(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b)[A-Z][a-z]+\s+$"
)
""" "the Strategy for BRICS Economic Partnership 2025", "Vision 2030": a year in a name."""


def context_year(text: str) -> int | None:
    """The year a report is about when nothing else says: its most frequent explicit year,
    not counting targets ("until 2030", "to 2035") and ranges ("2025-2027"). A year named only
    as ahead ("will take office on January 1, 2023") points to the year before; one named as
    the previous session's ("the previous summit ... on July 4, 2023") is already past. A
    chairmanship named without looking ahead ("Russia's 2024 chairmanship") says it outright."""
    lead = _LEAD_DATE.search(text[:600]) or _REVIEW_YEAR.search(text[:300])
    if lead:
        # "On 10 October 2019, in Ashgabat, the meeting ... was held", "2022 in review"
        return int(lead.group(1) or lead.group(2))
    years = _report_years(text)
    if not years:
        return None
    counts = Counter(years)
    ahead = Counter(int(m.group(1) or m.group(2)) for m in _AHEAD_YEAR.finditer(text))
    chaired = Counter(
        int(next(g for g in m.groups() if g))
        for m in _CHAIR_YEAR.finditer(text)
        if not _CHAIR_CHANGES.search(
            text[max(0, m.start() - 40) : m.end()] + text[m.end() : m.end() + 30].split(".")[0]
        )
    )
    current = list(chaired)
    if current:  # "within the framework of Russia's chairmanship of the CIS in 2024"
        return max(current, key=lambda y: (chaired[y], counts[y]))
    # ties: the year the report looks back on ("January-October 2025"), not the one it looks
    # ahead to ("will chair in 2026"); then the later year, not a founding
    year = max(counts, key=lambda y: (counts[y], -ahead[y], y))
    if ahead[year] >= counts[year]:
        year -= 1
    past = [int(m.group(1)) for m in _PAST_YEAR.finditer(text)]
    if past and year <= max(past):
        year = max(past) + 1
    return year


_LEAD_DATE = re.compile(
    r"^(?:On\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}),?\s+"
    r"(20[0-3]\d)\b(?=,?\s+(?:in\s+|at\s+|the\s+)?[A-Za-z])",
    re.M,
)
"""A lead that opens with the day it tells of, in full: the report's year."""
_REVIEW_YEAR = re.compile(
    r"(?<![\d\-–])(20[0-3]\d)\s+in\s+(?:review|retrospect)\b|"
    r"\b(?:[Yy]ear\s+in\s+[Rr]eview|[Rr]eview\s+of\s+(?:the\s+)?[Yy]ear)\W{1,3}(20[0-3]\d)\b"
)
"""A review's headline names its year: "2022 in review", "The year in review: 2022"."""
_AHEAD_YEAR = re.compile(
    r"\b(?:will|would|next|is to|are to|due to|pass(?:es)? to|takes over|assumes|takes? office|"
    r"будет|будут|следующ\w*|перейд[её]т|вступит|займ[её]т|примет)(?!\w)"
    r"[^.;\n]{0,80}?\b(20[0-3]\d)\b|"
    r"\b(20[0-3]\d)\b[^.;\n]{0,60}?(?<!\w)(?:will|pass(?:es)? to|takes over|перейд[её]т|"
    r"будет|примет)(?!\w)"
)
_CHAIR_YEAR = re.compile(
    r"\b(20[0-3]\d)\s+chairmanship\b|\bchairmanship\b[^.;\n]{0,60}?\bin\s+(20[0-3]\d)\b(?![-–])|"
    r"\b(20[0-3]\d)\s+год\w*\s+председательств|"
    r"(?<!\w)председательств\w*[^.;\n]{0,60}?(?<!\w)в\s+(20[0-3]\d)\s+год"
)
_CHAIR_CHANGES = re.compile(  # the chairmanship changes hands: its year lies ahead
    r"\b(?:take|takes|taking|took|assume|assumes|pass|passes|passed|hand|hands|handing|"
    r"transfer\w*|next|will chair|will hold|to chair)\b|"
    r"(?<!\w)(?:перейд\w*|перешл\w*|переда\w*|прим[еу]т|принима\w*|следующ\w*|будет)(?!\w)",
    re.I,
)
_PAST_YEAR = re.compile(
    r"\b(?:previous|preceding|prior)\s+(?:\w+\s+){0,3}(?:summit|session|meeting)\b[^.;\n]{0,80}?"
    r"\b(20[0-3]\d)\b"
)


_DATELINE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Z .'\-]{2,30}|[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)"
    r"(?:\s*\([^)\n]{1,30}\))?(?:[,:]|(?<=[A-Z][A-Z])\.)\s+(?P<date>[^\n(/–—-]{3,30}?)\s*"
    r"(?:\([^)]{1,40}\)\s*)?(?:[-–—/]|\.\s*/|,\s+(?!(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.)"
    r"[A-Z][A-Za-z-]{2,}\.|(?<=\d)[ \t]*$|(?<=\))\.|(?<=\d)\.\s+[A-Z]{3,}\b|"
    r"(?P<sentence>(?<=\d)\.\s+[A-Z])|"
    r"(?<=\d),\s+[A-Z]{3,}[ \t]*$)",
    # "MOSCOW, Dec. 4, TASS." yes; "Russia, Nov. 22 (Xinhua)" reads on; "SOCHI, MAY 21" stands
    # on a line of its own; "Moscow, 12 December (UzA). Prime Minister ..." ends with its agency,
    # as "ASTANA. October 14. KAZINFORM - ..." does, and "Beijing, April 23, AZERTAC" on its line
    re.M,
)


def dateline(text: str) -> tuple[str, DateExpr | None] | None:
    """An agency dateline in the first lines ("ASHGABAT, May 24 (Interfax) -"): the city and
    its date, which stand in for `published` when the article has none."""
    first = text[:600].partition("\n")[0]
    front, back = headline_label(first)  # "UPDATE 1-..." names no city: blanked, offsets kept
    text = " " * front + text[front : len(first) - back] + " " * back + text[len(first) : 600]
    for match in _DATELINE.finditer(text):
        date_text = match.group("date")
        dates = find_dates(date_text.title() if date_text.isupper() else date_text)
        if not match.group("place").isupper() and not (dates and dates[0].day):
            continue  # "Minsk, 23 November (BelTA) –" yes; "However, in May -" no
        if match.group("sentence") and not match.group("place").isupper():
            continue  # "KAZAN, October 22. Putin ..." yes; a list's "Ufa, 10 July 2015." no
        return match.group("place").strip().title(), dates[0] if dates else None
    for line in (line.lstrip() for line in text[:400].splitlines()[:5]):
        # an official readout's own line: "February 22, 2022, The Kremlin, Moscow", or a press
        # release's "Saint Petersburg, 19 April 2019." (its first sentence, the text running on)
        opening = re.match(r".{0,78}?\.(?=\s|$)", line)
        short = line if len(line) < 80 else opening.group() if opening else ""
        undated_year = _READOUT_LINE.fullmatch(line.strip())
        if "19" not in short and "20" not in short and not undated_year:
            continue  # no year (19xx, 20xx) for a date to have
        dates = find_dates(short)
        if not dates or not ((dates[0].year or undated_year) and dates[0].day):
            continue
        lead = short[: dates[0].start].strip(" ,")
        if dates[0].start <= 2:  # "November 23, 2022, Yerevan": the city after the date
            after = _PLACE_AFTER_DATE.fullmatch(short[dates[0].end :].strip())
            return (after.group(1) if after else ""), dates[0]
        if lead.lower() in WEEKDAYS:  # "Thursday, October 17, 2024 | World": no city
            return "", dates[0]
        if _READOUT_LEAD.fullmatch(lead):
            return re.sub(r",.*", "", lead), dates[0]
    return None


_PLACE_AFTER_DATE = re.compile(r",\s*(?:The Kremlin,\s*)?([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)\.?")
"""The city of a readout's line after its date: "…, Yerevan", "…, The Kremlin, Moscow"."""
_READOUT_LINE = re.compile(
    r"(?:[A-Z][a-z]+\.? \d{1,2}|\d{1,2} [A-Z][a-z]+),(?: The Kremlin,)? [A-Z][\w'’ -]{2,30}"
)
"""A readout's line of its own without a year: "February 24, The Kremlin, Moscow"."""
_READOUT_LEAD = re.compile(
    r"[A-Z][\w .'|-]{1,30}(?:,\s*(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))?",
    re.I,
)


def resolve(
    expr: DateExpr, published: date | None, planned: bool, fallback_year: int | None = None
) -> str | None:
    """The expression as `YYYY[-MM[-DD]]` (or `start/end` for periods), or None."""
    if expr.relative is not None:
        return _resolve_relative(expr, published, planned)
    if expr.form == "year":
        return str(expr.year)
    year = expr.year
    if year is None and expr.year_shift is not None and published is not None:
        year = published.year + expr.year_shift
    if year is None and expr.month is not None:
        ahead = planned if expr.ahead is None else expr.ahead
        year = _infer_year(expr.month, expr.day or 1, published, ahead, fallback_year)
        if (
            expr.ahead is not None
            and expr.day is None
            and published is not None
            and year is not None
            and (year, expr.month) == (published.year, published.month)
        ):
            year += 1 if expr.ahead else -1  # "last October" written in October: a year ago
    if year is None:
        return None
    if expr.is_period:
        return f"{year}-{expr.month:02d}/{year}-{expr.end_month:02d}"
    if expr.day is not None and not expr.range:
        try:
            return date(year, expr.month or 1, expr.day).isoformat()
        except ValueError:
            return None
    if expr.month is not None:
        return f"{year}-{expr.month:02d}"
    return str(year)


def _infer_year(
    month: int, day: int, published: date | None, planned: bool, fallback: int | None
) -> int | None:
    if published is None:
        return fallback
    for year in (published.year, published.year - 1, published.year + 1):
        try:
            candidate = date(year, month, min(day, 28))
        except ValueError:
            continue
        delta = (candidate - published).days
        if planned and -2 <= delta <= 366:
            return year
        if not planned and -366 <= delta <= 2:
            return year
    return published.year


def _resolve_relative(expr: DateExpr, published: date | None, planned: bool) -> str | None:
    if published is None or expr.relative is None:
        return None
    rel = expr.relative
    offsets = {
        "yesterday": -1,
        "today": 0,
        "tomorrow": 1,
        "the day before yesterday": -2,
        "the day after tomorrow": 2,
    }
    if rel in offsets:
        return (published + timedelta(days=offsets[rel])).isoformat()
    if rel.startswith("years ago") and expr.year_shift is not None:
        year = published.year + expr.year_shift
        if rel == "years ago":
            return str(year)
        try:
            return published.replace(year=year).isoformat()
        except ValueError:  # February 29 in a year without one
            return published.replace(year=year, day=28).isoformat()
    if rel in ("last year", "this year", "next year"):
        return str(published.year + {"last year": -1, "this year": 0, "next year": 1}[rel])
    if rel in ("last month", "this month", "next month"):
        month = published.month + {"last month": -1, "this month": 0, "next month": 1}[rel]
        year = published.year + (month - 1) // 12
        return f"{year}-{(month - 1) % 12 + 1:02d}"
    which, _, name = rel.partition(":")
    if name in WEEKDAYS:
        target = WEEKDAYS.index(name)
        forward = which == "next" or (which != "last" and planned)
        if forward:
            days = (target - published.weekday()) % 7 or (7 if which == "next" else 0)
            return (published + timedelta(days=days)).isoformat()
        days = (published.weekday() - target) % 7
        return (published - timedelta(days=days)).isoformat()
    season_month = {"winter": 12, "spring": 3, "summer": 6, "autumn": 9, "fall": 9}.get(name)
    if season_month is not None:
        year = published.year + (1 if which == "next" else -1 if which == "last" else 0)
        return str(year)
    return None


def lead_weekday(text: str, dated: bool = False) -> int | None:
    """The weekday the lead names ("met on Friday"), Monday being 0; one that names the day of
    a date ("on Friday, October 13") only where `dated` (it is that date's weekday then), since
    it is not the dateline's."""
    for named in re.finditer(r"\b(?:on\s+)?(" + "|".join(WEEKDAYS) + r")\b", text[:800], re.I):
        if dated:
            return WEEKDAYS.index(named.group(1).lower())
        ahead = _AHEAD_OF_WEEKDAY.search(text, max(0, named.start() - 60), named.start())
        if not _DATE_AFTER_WEEKDAY.match(text, named.end()) and not ahead:
            return WEEKDAYS.index(named.group(1).lower())
    return None


_AHEAD_OF_WEEKDAY = re.compile(
    r"\b(?:will|to|shall|opens|begins|starts)\s+(?:[\w'’-]+\s+){0,5}$", re.I
)
""" "The Council will meet in Minsk on Friday", "the summit that opens on Sunday": a day still
to come, not the dateline's."""


_DATE_AFTER_WEEKDAY = re.compile(
    r",?\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:january|february|march|april|may|june|july|august|"
    r"september|october|november|december)\b",
    re.I,
)


def weekday_year(
    text: str, month: int, day: int, around: int | None, dated: bool = False
) -> int | None:
    """The year in which a dateline's day (or, `dated`, the day of "Friday, December 11" at
    the start of `text`) falls on the weekday the lead names ("BISHKEK, Oct. 13 - ... met on
    Friday"): among the years next to those the text names, the latest such (a report looks
    back at its founding, not forward past its own year)."""
    weekday = lead_weekday(text, dated)
    if weekday is None or around is None:
        return around
    mentioned = set(_report_years(text))
    candidates = {y + offset for y in mentioned | {around} for offset in (-1, 0, 1)}
    matching = []
    for year in candidates:
        try:
            if date(year, month, day).weekday() == weekday:
                matching.append(year)
        except ValueError:
            continue
    if not matching:
        return around
    latest = max(mentioned | {around})
    return min(matching, key=lambda y: (abs(y - latest), -y))
