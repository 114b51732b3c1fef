"""Chronologies: lines that open with a date ("1992 — In Tashkent, the leaders sign ...",
"15.05.1992 — Tashkent. The Council meets ..."). The date dates the line, whose verbs are in
the historical present, and a place right after it places the line. Sections: a dated heading
line ("29 January 2024: a new plan", "Tuesday, 22 October") dates the lines below it."""

from __future__ import annotations

import re

from plenary.extract.dates import DateExpr, resolve
from plenary.extract.doc import Doc, Sentence

_LINE_DATE = re.compile(r"\s*(?:[—–-]|:|\.)\s")


def leads_line(text: str, date: DateExpr) -> bool:
    """Does the date open its line (after a weekday, or a place below the report's opening
    lines, at most), followed by a dash, a colon or a full stop?"""
    line_start = text.rfind("\n", 0, date.start) + 1
    before = text[line_start : date.start].strip(" •*-–—\t")
    opening = before and _PLACE_BEFORE.fullmatch(before) and _below_opening(text, line_start)
    return (
        not before or _WEEKDAY_BEFORE.fullmatch(before) is not None or bool(opening)
    ) and _LINE_DATE.match(text, date.end) is not None


_PLACE_BEFORE = re.compile(r"[A-Z][a-z'’]+(?:[ -][A-Za-z][a-z'’]+){0,2},")
""" "Ufa, 10 July 2015. At the summit ...", "Moscow, May 16, 2022: the anniversary meeting":
an explainer's paragraph or section that a place and a day open."""


def _below_opening(text: str, line_start: int) -> bool:
    """Is the line below the headline and the lead, where an agency's dateline stands?"""
    return sum(1 for line in text[:line_start].splitlines() if line.strip()) >= 2


def _heading_date(doc: Doc, sent: Sentence) -> DateExpr | None:
    """The date of the section the sentence is in: that of the nearest heading line above it
    ("Moscow, May 16, 2022: the anniversary meeting", "4 November 2021: the 28 programmes"),
    if that heading is dated."""
    end = doc.text.find("\n", sent.start)
    if _is_heading(doc.text[sent.start : len(doc.text) if end == -1 else end]):
        return None  # a heading dates itself or nothing
    above = [date for start, date in _headings(doc) if start < sent.start]
    return above[-1] if above else None


def _headings(doc: Doc) -> list[tuple[int, DateExpr | None]]:
    """The report's heading lines below its opening, in order, each with its date (if any),
    found once. The headline, or the date line under it, heads no section."""
    found: list[tuple[int, DateExpr | None]] | None = doc.context.get("headings")
    if found is None:
        found = doc.context["headings"] = []
        leading = _leading_dates(doc)
        start, lines_above = 0, 0
        for line in doc.text.splitlines(keepends=True):
            end = start + len(line.rstrip("\n"))
            if _is_heading(line) and lines_above >= 2:  # below the headline and the lead
                date = next((d for d in leading if start <= d.start < end), None) or next(
                    (d for d in doc.context["dates"] if _is_whole_line(doc.text, d, start, end)),
                    None,
                )
                found.append((start, date))
            lines_above += bool(line.strip())
            start += len(line)
    return found


def _is_whole_line(text: str, date: DateExpr, start: int, end: int) -> bool:
    """Is the line the date and nothing else, a weekday at most ("Tuesday, 22 October")?"""
    if not start <= date.start < end or text[date.end : end].strip(" .:"):
        return False
    before = text[start : date.start].strip(" •*-–—\t")
    return not before or _WEEKDAY_BEFORE.fullmatch(before) is not None


def _is_heading(line: str) -> bool:
    line = line.strip()
    return bool(line) and len(line) < 100 and line[-1] not in '.!?"”»'


_WEEKDAY_BEFORE = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?")
""" "Friday, June 27. The council meets in Minsk": an agenda's day, its weekday first."""


def line_date(doc: Doc, sent: Sentence, before: bool = False) -> DateExpr | None:
    """The date opening the sentence's line, if any; with `before`, only where an earlier
    sentence of the line holds it ("07.10.2002 — Chisinau. The Council meets ..."), else the
    date of the section's heading."""
    leading = _leading_dates(doc)
    line_start = doc.text.rfind("\n", 0, sent.start) + 1
    end = sent.start if before else sent.end
    found = next((d for d in leading if line_start <= d.start < end), None)
    return _heading_date(doc, sent) if found is None and before else found


def _leading_dates(doc: Doc) -> list[DateExpr]:
    """The report's dates that open a line, found once."""
    found: list[DateExpr] | None = doc.context.get("line_dates")
    if found is None:
        dates: list[DateExpr] = doc.context["dates"]
        found = doc.context["line_dates"] = [d for d in dates if leads_line(doc.text, d)]
    return found


def line_place(doc: Doc, sent: Sentence) -> str | None:
    """The place a chronology's line names right after its date ("07.10.2002 — Chisinau.")."""
    heading = line_date(doc, sent, before=True)
    if heading is None:
        return None
    dash = _LINE_DATE.match(doc.text, heading.end)
    at = dash.end() if dash else heading.end
    line_start = doc.text.rfind("\n", 0, heading.start) + 1
    before = doc.mentions_in(line_start, heading.start, "place")  # "Ufa, 10 July 2015."
    after = (m.key for m in doc.mentions_in(at, at + 40, "place") if m.start == at)
    return before[0].key if before else next(after, None)


def in_past_line(doc: Doc, sent: Sentence) -> bool:
    """Is the sentence on a chronology's line dated before publication (or in a report without
    a date, whose chronology looks back)? Its present tense tells what happened."""
    date = line_date(doc, sent)
    if date is None:
        return False
    published = doc.context["published"]
    if published is None:
        return True
    told = resolve(date, published, False, doc.context.get("fallback_year"))
    return told is not None and told[:10] < published.isoformat()[: len(told[:10])]
