"""Figures told in Russian: "товарооборот вырос на 7,2%", "составил 68,7 млрд долларов",
"$244,8 млрд", "более 1 трлн рублей", with the period the sentence names and the state it is
about."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache

from plenary.extract.dates import resolve
from plenary.extract.doc import Doc, Sentence
from plenary.extract.russian.dates import find_dates
from plenary.extract.russian.lexicon import lexicon, pattern, patterns
from plenary.extract.russian.sessions import article_org
from plenary.reference import load
from plenary.spec import Statistic


@cache
def _number() -> re.Pattern[str]:
    scales = "|".join(sorted(lexicon()["number_scales"], key=len, reverse=True))
    units = "|".join(re.escape(u) for u in sorted(lexicon()["number_units"], key=len, reverse=True))
    return re.compile(
        r"(?<![\d.,])(?:(?P<sign>[$€])\s?)?(?P<num>\d{1,3}(?:[\s\u00a0]\d{3})+(?:,\d+)?|\d+(?:,\d+)?)"
        rf"(?:\s*(?P<scale>{scales})\w*\.?)?"
        rf"(?:\s*(?P<unit>{units})\w*)?",
        re.I,
    )


def _value(match: re.Match[str]) -> float:
    number = Decimal(re.sub(r"[\s\u00a0]", "", match.group("num")).replace(",", "."))
    scale = match.group("scale")
    return float(number * (lexicon()["number_scales"][scale.lower()] if scale else 1))


def _unit(match: re.Match[str]) -> str | None:
    """The unit after the figure ("68,7 млрд долларов"), or the sign before it ("$244,8 млрд")."""
    unit = match.group("unit") or match.group("sign")
    return str(lexicon()["number_units"][unit.lower()]) if unit else None


_RANGE_TO = re.compile(r"\s+(?:до|и)\s+")


def _range_unit(text: str, match: re.Match[str], following: list[re.Match[str]]) -> str | None:
    """ "вырос с 1,6 трлн до 2,5 трлн долларов": the unit after the range's second figure is
    its first one's too, when both have a scale."""
    if not following or not match.group("scale") or not following[0].group("scale"):
        return None
    if not _RANGE_TO.fullmatch(text, match.end(), following[0].start()):
        return None
    return _unit(following[0])


def add_statistics(doc: Doc) -> None:
    for sent in doc.sentences:
        numbers = list(_number().finditer(sent.text))
        figures = [
            (m, _unit(m) or _range_unit(sent.text, m, numbers[i + 1 : i + 2]))
            for i, m in enumerate(numbers)
        ]
        figures = [(m, unit) for m, unit in figures if unit is not None]
        if not figures:
            continue
        economy = pattern("economy").search(sent.text) is not None
        dates = find_dates(sent.text)
        for match, unit in figures:
            if any(d.start <= match.start() < d.end for d in dates):
                continue
            if unit == "%" and not economy:
                continue  # a share of votes or of a population; money is always the economy
            doc.facts.append(
                Statistic(
                    indicator=_indicator(sent, match.start()),
                    subject=_subject(doc, sent, match.start()),
                    value=round(_value(match), 6),
                    unit=unit,
                    qualifier=_qualifier(sent, match.start()),
                    period=_period(doc, sent, match.start()),
                    span=(sent.start, sent.end),
                    quote=sent.text,
                    confidence=0.61,
                )
            )


def _qualifier(sent: Sentence, at: int) -> str | None:
    before = sent.text[max(0, at - 25) : at]
    for name, regex in patterns("number_qualifiers").items():
        if re.search(rf"(?:{regex.pattern})\s*(?:на\s*)?$", before, re.I):
            return name
    return None


def _indicator(sent: Sentence, at: int) -> str | None:
    """The words before the figure back to its clause's start: "товарооборот ... составил"."""
    clause = re.split(r"[,;:]\s", sent.text[:at])[-1].strip()
    return " ".join(clause.split()[-8:]) or None


def _subject(doc: Doc, sent: Sentence, at: int) -> str | None:
    """The state named right after the figure's noun ("во внешней торговле России"), else the
    organization whose members' figure it is ("взаимная торговля стран союза"), else the state
    the sentence names first that is no trade partner ("товарооборот России со странами СНГ"),
    else its organization, else (a sentence that says "он увеличился") the last figure's."""
    clause = re.split(r"[,;:]\s", sent.text[:at])[-1]
    head = sent.text[:at]
    after = re.split(r"[,;:]\s", sent.text[at:])[0]
    if (_OWN_COUNTRY.search(clause) or _OWN_COUNTRY.search(after)) and (home := _home_state(doc)):
        return home  # "товарооборот республики", "... процентов оборота нашей страны"
    for mention in doc.mentions_in(sent.start, sent.start + at + len(after), "state"):
        if _OWNER_BEFORE.search(doc.text, max(sent.start, mention.start - 30), mention.start):
            # "доля стран Содружества во внешней торговле России", "на страны СНГ приходится
            # 60 процентов товарооборота Беларуси": Russia's, Belarus's
            return mention.key
    if pattern("members_figure").search(clause) or (
        pattern("members_figure").search(head)
        and not any(
            m.type in ("state", "state-adj") for m in doc.mentions_in(sent.start, sent.start + at)
        )
    ):  # "совокупный ВВП стран союза, по оценкам, вырос": the union's
        orgs = doc.mentions_in(max(0, sent.start - 400), sent.start + at, "org")
        return orgs[-1].key if orgs else article_org(doc)
    named = [
        m
        for m in doc.mentions_in(sent.start, sent.end)
        if m.type in ("state", "state-adj") and m.key in load().states
    ]
    states = [
        m for m in named if not _PARTNER_BEFORE.search(doc.text, max(0, m.start - 12), m.start)
    ]
    if states:
        return states[0].key
    orgs = [
        m
        for m in doc.mentions_in(sent.start, sent.end, "org")
        if not _UNION_PARTNER_BEFORE.search(doc.text, max(0, m.start - 24), m.start)
    ]
    if orgs:
        return orgs[0].key
    earlier = [f for f in doc.facts if isinstance(f, Statistic) and f.span]
    if earlier and earlier[-1].span and sent.start - earlier[-1].span[1] < 400:
        return earlier[-1].subject
    return None


_OWN_COUNTRY = re.compile(
    r"(?:торговл|оборот|экспорт|импорт|ВВП|экономик)\w*\s+(?:нашей\s+страны|республики)\b", re.I
)
"""The figure of the country the report is from: "внешнеторгового оборота нашей страны"."""


def _home_state(doc: Doc) -> str | None:
    """The state the report's headline names first, else the one it is filed from (its
    dateline's city: the summit's host where the headline names none)."""
    headline = doc.sentences[0] if doc.sentences else None
    named = doc.mentions_in(headline.start, headline.end, "state") if headline else []
    if named:
        return named[0].key
    place = load().places.get(doc.context.get("dateline_place") or "")
    return place.state if place is not None else None


_OWNER_BEFORE = re.compile(r"(?:торговл|оборот|экспорт|импорт|ВВП|экономик|бюджет)\w*\s+$", re.I)
"""A state named right after the figure's noun owns it: "во внешней торговле России"."""
_PARTNERS = r"\s+(?:(?:государств|стран|партнер|партнёр)\w*\s+(?:по\s+)?)?$"
_PARTNER_BEFORE = re.compile(r"\b(?:с|со|в|во|из)" + _PARTNERS, re.I)
"""A state traded with ("торговля с Россией", "экспорт в Китай") is the figure's partner, not
whose figure it is."""
_UNION_PARTNER_BEFORE = re.compile(r"\b(?:с|со)" + _PARTNERS, re.I)
"""A union traded with ("торговля со странами ЕАЭС"); "в ЕАЭС" is within it."""


def _period(doc: Doc, sent: Sentence, at: int) -> str | None:
    found = [d for d in find_dates(sent.text) if d.relative is None or d.year_shift is not None]
    if not found:
        return None
    best = min(found, key=lambda d: (not d.is_period and d.form != "year", abs(d.start - at)))
    return resolve(best, doc.context.get("published"), False, doc.context.get("fallback_year"))
