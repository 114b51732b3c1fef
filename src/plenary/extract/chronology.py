"""Chronologies: lines that open with a date ("1992 — In Tashkent, the leaders sign ...",
"15.05.1992 — Tashkent. The Council meets ..."). The date dates the line, whose verbs are in
the historical present, and a place right after it places the line."""

from __future__ import annotations

import re

from plenary.extract.dates import DateExpr, resolve
from plenary.extract.doc import Doc, Sentence

_LINE_DATE = re.compile(r"\s*(?:[—–-]|:|\.)\s")


def leads_line(text: str, date: DateExpr) -> bool:
    """Does the date open its line (after a weekday at most), followed by a dash, a colon or
    a full stop?"""
    line_start = text.rfind("\n", 0, date.start) + 1
    before = text[line_start : date.start].strip(" •*-–—\t")
    return (not before or _WEEKDAY_BEFORE.fullmatch(before) is not None) and _LINE_DATE.match(
        text, date.end
    ) is not None


_WEEKDAY_BEFORE = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?")
""" "Friday, June 27. The council meets in Minsk": an agenda's day, its weekday first."""


def line_date(doc: Doc, sent: Sentence, before: bool = False) -> DateExpr | None:
    """The date opening the sentence's line, if any; with `before`, only where an earlier
    sentence of the line holds it ("07.10.2002 — Chisinau. The Council meets ...")."""
    leading = _leading_dates(doc)
    if not leading:
        return None  # most reports hold no chronology
    line_start = doc.text.rfind("\n", 0, sent.start) + 1
    if before and line_start == sent.start:
        return None
    end = sent.start if before else sent.end
    return next((d for d in leading if line_start <= d.start < end), None)


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
    return next((m.key for m in doc.mentions_in(at, at + 40, "place") if m.start == at), None)


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
