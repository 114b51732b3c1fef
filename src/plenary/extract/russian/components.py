"""The Russian pipeline's components, registered beside the English ones."""

from __future__ import annotations

import re

from plenary.extract.components import component
from plenary.extract.dates import context_year, parse_published, resolve
from plenary.extract.doc import Doc
from plenary.extract.russian import dates, gazetteer
from plenary.extract.russian.appointments import add_appointments
from plenary.extract.russian.awards import add_awards
from plenary.extract.russian.chairmanships import add_chairmanships
from plenary.extract.russian.documents import add_documents
from plenary.extract.russian.initiatives import add_initiatives
from plenary.extract.russian.participants import add_participants
from plenary.extract.russian.sessions import find_sessions, to_fact
from plenary.extract.russian.statistics import add_statistics


@component("ru-mentions")
def mentions(doc: Doc) -> None:
    tokens = gazetteer.tokenize(doc.text)
    known = gazetteer.find_mentions(doc.text, tokens)
    unknown = gazetteer.find_unknown_people(doc.text, tokens, known)
    doc.mentions = sorted(
        (
            m
            for m in known + unknown
            if m.type != "person"
            or not _NAMED_AFTER.search(doc.text, max(0, m.start - 20), m.start)
        ),
        key=lambda m: m.start,
    )


_NAMED_AFTER = re.compile(r"\b(?:имени|им\.)\s+(?:[А-ЯЁ]\.\s?){0,2}$")
"""A person a place is named after ("Президентская библиотека имени Б. Н. Ельцина") is no one
the report tells of."""


@component("ru-dates")
def dates_of_report(doc: Doc) -> None:
    """The publication date (without one, the dateline's full date or a timestamp line's
    above the headline; else the year the text suggests), and the dateline's place and date
    ("ДУШАНБЕ, 8 октября. /ТАСС/.")."""
    published = parse_published(doc.article.published)
    fallback_year = context_year(doc.text) if published is None else None
    line = dates.dateline(doc.text)
    place = None
    if line is not None:
        named = gazetteer.find_mentions(line[0].title(), gazetteer.tokenize(line[0].title()))
        # "Казань"; a readout's "Москва, Кремль" names the city first
        place = named[0].key if named and all(m.type == "place" for m in named) else None
        if place is None:
            line = None  # "Накануне, 22 октября, ..." opens a paragraph: no city, no dateline
    doc.context["dateline_place"] = place
    doc.context["dateline_date"] = (
        resolve(line[1], published, False, fallback_year)
        if line is not None and line[1] is not None
        else None
    )
    if published is None and doc.context["dateline_date"]:
        published = parse_published(doc.context["dateline_date"])
    stamp = dates.timestamp(doc.text) if published is None else None
    if stamp is not None:
        published = parse_published(resolve(stamp, None, False, None))
    doc.context["published"] = published
    doc.context["fallback_year"] = fallback_year
    doc.context["reference_date"] = doc.article.published or (
        str(fallback_year) if fallback_year else None
    )


@component("ru-meetings")
def meetings(doc: Doc) -> None:
    """Sessions as facts, those the report gives a day or a place (one with neither was wrong
    every time on the development reports: it is kept for its participants, not told)."""
    doc.context["ru_sessions"] = sessions = find_sessions(doc)
    doc.facts.extend(to_fact(s) for s in sessions if s.reported and (s.date or s.place))


@component("ru-participants")
def participants(doc: Doc) -> None:
    add_participants(doc, doc.context["ru_sessions"])


@component("ru-documents")
def documents(doc: Doc) -> None:
    add_documents(doc, doc.context["ru_sessions"])


component("ru-appointments")(add_appointments)
component("ru-awards")(add_awards)
component("ru-chairmanships")(add_chairmanships)
component("ru-statistics")(add_statistics)
component("ru-initiatives")(add_initiatives)
