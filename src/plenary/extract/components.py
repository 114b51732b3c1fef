"""The registry of pipeline components: each takes the shared Doc and adds to it."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from plenary.extract import (
    appointments,
    awards,
    chairmanships,
    documents,
    initiatives,
    participants,
    statistics,
)
from plenary.extract.dates import (
    DateExpr,
    context_year,
    dateline,
    find_dates,
    lead_weekday,
    parse_published,
    resolve,
    weekday_year,
)
from plenary.extract.doc import Doc, split_sentences
from plenary.extract.meetings import find_meetings, to_fact
from plenary.extract.mentions import tag_mentions
from plenary.extract.persons import find_people
from plenary.extract.tenure import tenure_years

REGISTRY: dict[str, Callable[[Doc], None]] = {}


def component(name: str) -> Callable[[Callable[[Doc], None]], Callable[[Doc], None]]:
    def register(func: Callable[[Doc], None]) -> Callable[[Doc], None]:
        REGISTRY[name] = func
        return func

    return register


@component("sentences")
def sentences(doc: Doc) -> None:
    doc.sentences = split_sentences(doc.text)


@component("mentions")
def mentions(doc: Doc) -> None:
    tag_mentions(doc)


@component("dates")
def dates(doc: Doc) -> None:
    published = parse_published(doc.article.published)
    fallback_year = context_year(doc.text) if published is None else None
    line = dateline(doc.text)
    doc.context["dateline_date"] = None
    doc.context["dateline_place"] = line[0] if line is not None and line[0] else None
    if line is not None and line[1] is not None:
        if line[1].year is None and line[1].month and line[1].day:
            year = fallback_year or (published.year if published else None)
            fallback_year = weekday_year(doc.text, line[1].month, line[1].day, year)
            if published is None:
                fallback_year = _in_office(doc, line[1].month, line[1].day, fallback_year)
        doc.context["dateline_date"] = resolve(line[1], published, False, fallback_year)
        filed = parse_published(doc.context["dateline_date"])
        if (
            filed is not None
            and len(doc.context["dateline_date"] or "") == 10
            and (published is None or 0 < (published - filed).days <= 3)
        ):
            published = filed  # "BISHKEK, January 26 (Kabar) - ... held talks today", posted later
    doc.context["dates"] = find_dates(doc.text)
    _date_told_after(doc.text, doc.context["dates"], published)
    if published is None and fallback_year is not None:
        named = next((d for d in doc.context["dates"] if _after_weekday(doc.text, d)), None)
        if named is not None and named.month and named.day:
            # "on Friday, December 11": the year in which that day is a Friday
            fallback_year = weekday_year(
                doc.text[max(0, named.start - 12) :],
                named.month,
                named.day,
                fallback_year,
                dated=True,
            )
    doc.context["published"] = published
    doc.context["fallback_year"] = fallback_year
    # the dateline's own date says when the report was filed, not when a session met
    doc.context["dateline_at"] = next(
        (
            d.start
            for d in doc.context["dates"]
            if line is not None and line[1] is not None and d.start < 600 and d.text == line[1].text
        ),
        None,
    )
    doc.context["reference_date"] = doc.article.published or (
        str(doc.context["fallback_year"]) if doc.context["fallback_year"] else None
    )
    doc.context["default_planned"] = False


_LATER = re.compile(
    r"\b(?:\w+\s+)?(?:days?|weeks?|months?|a\s+year|the\s+following\s+\w+)\s+later,?\s+"
    r"(?:on\s+|in\s+)?$",
    re.I,
)


def _date_told_after(text: str, found: list[DateExpr], published: date | None) -> None:
    """ "Four months later, on May 16": a timeline's yearless date follows the dated event
    told before it, in its year (or the next, where the day comes round again); "in January
    2022. At a session on January 10" is in the month just named."""
    for index, expr in enumerate(found):
        if expr.year is not None or expr.relative or not expr.month:
            continue
        earlier = next((d for d in reversed(found[:index]) if d.year and d.month), None)
        if earlier is None or earlier.month is None or earlier.year is None:
            continue
        same_month = (
            earlier.month == expr.month
            and earlier.day is None
            and expr.start - earlier.end < 250
            and published is not None
            and earlier.year < published.year  # a past year told of, not the next session's
        )
        if not (same_month or _LATER.search(text, max(0, expr.start - 40), expr.start)):
            continue
        behind = (expr.month, expr.day or 1) < (earlier.month, earlier.day or 1)
        expr.year = earlier.year + 1 if behind else earlier.year


_WEEKDAY_BEFORE = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+(?:the\s+)?$", re.I
)


def _after_weekday(text: str, date: DateExpr) -> bool:
    return date.year is None and bool(
        _WEEKDAY_BEFORE.search(text, max(0, date.start - 12), date.start)
    )


_TITLE_BEFORE = re.compile(
    r"\b(President|Prime Minister)\b(?:\s+of\s+(?:the\s+)?[A-Z][\w ]{2,30}?)?\s+$"
)


def _in_office(doc: Doc, month: int, day: int, year: int | None) -> int | None:
    """The dateline's year among those in which the people the report names held their posts:
    the year the text suggests if it is one of them, else the nearest."""
    named = [
        (
            m.key,
            title[1]
            if (title := _TITLE_BEFORE.search(doc.text, max(0, m.start - 45), m.start))
            else None,
        )
        for m in doc.mentions
        if m.type == "person"
    ]
    # "MINSK, 6 December - ... on Friday": a year in which 6 December is a Friday
    candidates = tenure_years(named, month, day, lead_weekday(doc.text)) or tenure_years(
        named, month, day
    )
    if not candidates or year in candidates:
        return year
    if year is None:  # nothing else to go on: only a single possible year is a reading
        return next(iter(candidates)) if len(candidates) == 1 else None
    return min(candidates, key=lambda y: (abs(y - year), -y))


@component("people")
def people(doc: Doc) -> None:
    doc.context["people"] = find_people(doc)


@component("meetings")
def meetings(doc: Doc) -> None:
    """Sessions as facts. One with neither day nor place was wrong three times in four on the
    development reports (an anaphor taken for a session, a council named in passing): it is
    kept for its participants, not told, unless it is an informal meeting ("the informal
    meeting held the day before"), a session of its own however little the report says."""
    for meeting in find_meetings(doc, doc.context["people"]):
        if meeting.reported and (meeting.date or meeting.place or meeting.informal):
            doc.facts.append(to_fact(meeting))


component("participants")(participants.run)
component("documents")(documents.run)
component("appointments")(appointments.run)
component("awards")(awards.run)
component("chairmanships")(chairmanships.run)
component("statistics")(statistics.run)
component("initiatives")(initiatives.run)
