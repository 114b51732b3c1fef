"""Chairmanships told in Russian: "председательство в СНГ в 2025 году перешло к Таджикистану",
"Казахстан председательствует в ОДКБ"."""

from __future__ import annotations

import re

from plenary.extract.doc import Doc, Mention, Sentence
from plenary.extract.russian.dates import find_dates
from plenary.extract.russian.lexicon import pattern
from plenary.reference import load
from plenary.spec import Chairmanship


def add_chairmanships(doc: Doc) -> None:
    seen: set[tuple[str, str, int | None]] = set()
    for sent in doc.sentences:
        cue = pattern("chair").search(sent.text)
        if cue is None:
            continue
        org = _org_of(doc, sent)
        state = _chair_state(doc, sent)
        if org is None or state is None:
            continue
        year = _year(doc, sent)
        if (org, state.key, year) in seen:
            continue
        seen.add((org, state.key, year))
        published = doc.context.get("published")
        doc.facts.append(
            Chairmanship(
                org=org,
                state=state.key,
                year=year,
                planned=bool(published and year and year > published.year),
                span=(sent.start, sent.end),
                quote=sent.text,
                confidence=0.71 if year is not None else 0.51,
            )
        )


def _org_of(doc: Doc, sent: Sentence) -> str | None:
    """The sentence's organization (or its council's), else the one the article names most."""
    for mention in doc.mentions_in(sent.start, sent.end):
        if mention.type == "org":
            return mention.key
        if mention.type == "body":
            return load().bodies[mention.key].org
    counts: dict[str, int] = {}
    for mention in doc.mentions:
        if mention.type == "org":
            counts[mention.key] = counts.get(mention.key, 0) + 1
    return max(counts, key=lambda k: counts[k]) if counts else None


def _chair_state(doc: Doc, sent: Sentence) -> Mention | None:
    """The state handed the chair ("к Таджикистану"), else the state nearest the cue."""
    states = [
        m
        for m in doc.mentions_in(sent.start, sent.end)
        if m.type in ("state", "state-adj") and m.key in load().states
    ]
    if not states:
        return None
    if pattern("chair_handover").search(sent.text):
        for mention in states:
            if pattern("chair_recipient").search(
                doc.text[max(0, mention.start - 4) : mention.start]
            ):
                return mention
        return states[-1]
    cue = pattern("chair").search(sent.text)
    at = sent.start + (cue.start() if cue else 0)
    return min(states, key=lambda m: abs(m.start - at))


_NEXT_YEAR = re.compile(r"следующ|будущ|предстоящ", re.I)


def _year(doc: Doc, sent: Sentence) -> int | None:
    """The year the sentence names, else the publication's (the next one where the chair is
    handed on, or "в следующем году")."""
    published = doc.context.get("published")
    for expr in find_dates(sent.text):
        if expr.year is not None:
            return expr.year
        if expr.relative in ("last year", "this year", "next year") and published:
            return (
                int(published.year)
                + {"last year": -1, "this year": 0, "next year": 1}[expr.relative]
            )
    if published is None:
        return None
    ahead = pattern("chair_handover").search(sent.text) or _NEXT_YEAR.search(sent.text)
    return int(published.year) + (1 if ahead else 0)
