"""Chairmanships told in Russian: "председательство в СНГ в 2025 году перешло к Таджикистану",
"Россия, председательствовавшая в Содружестве в 2024 году, передала полномочия Таджикистану",
"Казахстан председательствует в ОДКБ"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from plenary.extract.doc import Doc, Mention, Sentence
from plenary.extract.russian.dates import find_dates
from plenary.extract.russian.lexicon import pattern
from plenary.extract.russian.sessions import article_org
from plenary.reference import load
from plenary.spec import Chairmanship

_NEXT_YEAR = re.compile(r"следующ|будущ|предстоящ", re.I)
_YEAR_SHIFTS = {"last year": -1, "this year": 0, "next year": 1}
"""A year told relative to the publication's ("в прошлом году", "в уходящем году")."""


@dataclass
class _Chair:
    org: str
    state: str
    year: int | None
    named: bool
    """Whether the sentence names the year (else it is the publication's, or the next)."""
    sent: Sentence


def add_chairmanships(doc: Doc) -> None:
    found: list[_Chair] = []
    for sent in doc.sentences:
        if not _chair_cue(sent):
            continue
        org = _org_of(doc, sent)
        if org is not None:
            found += _chairs(doc, sent, org)
    published = doc.context.get("published")
    kept: dict[tuple[str, str, int | None], _Chair] = {}
    for chair in found:
        named_elsewhere = any(
            c.named and (c.org, c.state) == (chair.org, chair.state) for c in found
        )
        if chair.named or not named_elsewhere:
            kept.setdefault((chair.org, chair.state, chair.year), chair)
    for chair in kept.values():
        doc.facts.append(
            Chairmanship(
                org=chair.org,
                state=chair.state,
                year=chair.year,
                planned=bool(published and chair.year and chair.year > published.year),
                span=(chair.sent.start, chair.sent.end),
                quote=chair.sent.text,
                confidence=0.71 if chair.named else 0.51,
            )
        )


def _chair_cue(sent: Sentence) -> bool:
    """Does the sentence say a state chairs, other than a person chairing its session ("под
    председательством президента ...")?"""
    sessions = [m.span() for m in pattern("chair_session").finditer(sent.text)]
    return any(
        not any(s <= cue.start() < e for s, e in sessions)
        for cue in pattern("chair").finditer(sent.text)
    )


def _chairs(doc: Doc, sent: Sentence, org: str) -> list[_Chair]:
    """The states the sentence says chair, with their years: in a handover the giver holds
    the year before the recipient's."""
    states = [
        m
        for m in doc.mentions_in(sent.start, sent.end)
        if m.type in ("state", "state-adj") and m.key in load().states
    ]
    if not states:
        return []
    by_year = _year_by_year(doc, sent, org, states)
    if by_year:
        return by_year
    year, named = _year(doc, sent)
    if not pattern("chair_handover").search(sent.text):
        cue = pattern("chair").search(sent.text)
        at = sent.start + (cue.start() if cue else 0)
        state = min(states, key=lambda m: abs(m.start - at))
        return [_Chair(org, state.key, year, named, sent)]
    recipient = next((m for m in states if _before(doc, m, "chair_recipient")), None)
    if recipient is None:  # "передать председательство ... Кыргызстану": the dative's
        recipient = next((m for m in states if m.text.lower().endswith(("у", "ю"))), None)
    giver = next((m for m in states if _before(doc, m, "chair_giver")), None)
    if recipient is None:
        others = [m for m in states if m is not giver]
        recipient = others[-1] if others else None
    if giver is None and recipient is not None:
        giver = next(
            (m for m in states if m.start < recipient.start and m.key != recipient.key), None
        )
    if year is not None and named and _givers_year(sent):
        year += 1  # "председательствовавшая в 2024 году, передала": the year is the giver's
    elif year is not None and not named and pattern("chair_handed").search(sent.text):
        year -= 1  # handed over already ("перешло"): the recipient chairs this year
    given_year = year - 1 if year is not None else None
    chairs = []
    if recipient is not None:
        chairs.append(_Chair(org, recipient.key, year, named, sent))
    if giver is not None and giver.key != (recipient.key if recipient else None):
        chairs.append(_Chair(org, giver.key, given_year, named, sent))
    return chairs


def _givers_year(sent: Sentence) -> bool:
    """Is the year the sentence names the one the giver held ("Россия, председательствовавшая
    в 2024 году, передала ...", "председательство России в 2024 году завершится ...")?"""
    if pattern("chair_holder").search(sent.text):
        return True
    ends = pattern("chair_term_ends")
    return any(d.year is not None and ends.match(sent.text, d.end) for d in find_dates(sent.text))


def _year_by_year(doc: Doc, sent: Sentence, org: str, states: list[Mention]) -> list[_Chair]:
    """ "В 2024 году председательствовала Россия, в 2025 году — Таджикистан, в 2026 году
    председательство перейдет к Туркменистану": each clause's state chairs in its year."""
    published = doc.context.get("published")
    years: list[tuple[int, int]] = []  # "в 2025 году", and "в уходящем году" of the publication
    for expr in find_dates(sent.text):
        if expr.month is not None:
            continue
        if expr.year is not None:
            years.append((expr.start, expr.year))
        elif published is not None and expr.relative in _YEAR_SHIFTS:
            years.append((expr.start, int(published.year) + _YEAR_SHIFTS[expr.relative]))
    if len({year for _, year in years}) < 2 or len({m.key for m in states}) < 2:
        return []
    chairs = []
    for clause in _CLAUSE.finditer(sent.text):
        lo, hi = sent.start + clause.start(), sent.start + clause.end()
        told = [year for at, year in years if clause.start() <= at < clause.end()]
        held = [m for m in states if lo <= m.start < hi]
        if len(told) == 1 and held:
            chairs.append(_Chair(org, held[-1].key, told[0], True, sent))
    return chairs if len(chairs) >= 2 else []


_CLAUSE = re.compile(r"[^,;]+")


def _before(doc: Doc, mention: Mention, name: str) -> bool:
    return bool(pattern(name).search(doc.text[max(0, mention.start - 4) : mention.start]))


def _org_of(doc: Doc, sent: Sentence) -> str | None:
    """The sentence's organization (or its council's), else the one the article names most."""
    for mention in doc.mentions_in(sent.start, sent.end):
        if mention.type == "org":
            return mention.key
        if mention.type == "body":
            return load().bodies[mention.key].org
    return article_org(doc)


def _year(doc: Doc, sent: Sentence) -> tuple[int | None, bool]:
    """The year the sentence names, else the publication's (the next one where the chair is
    handed on, or "в следующем году"), and whether the sentence named it."""
    published = doc.context.get("published")
    for expr in find_dates(sent.text):
        if expr.year is not None:
            return expr.year, True
        if expr.relative in _YEAR_SHIFTS and published:
            shift = _YEAR_SHIFTS[expr.relative]
            return int(published.year) + shift, True
    ahead = pattern("chair_handover").search(sent.text) or _NEXT_YEAR.search(sent.text)
    year = published.year if published else doc.context.get("fallback_year")
    if year is None:
        return None, False  # no metadata, and no year the report is about
    return int(year) + (1 if ahead else 0), False
