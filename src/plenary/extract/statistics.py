"""Numbers a report states about the economy or trade: value, unit, qualifier, subject, period.

The subject is the state the number is about: "for Belarus (52.7%)", "the share ... in the
trade turnover of Russia", "Kazakhstan's GDP"; failing those, the organization the article is
about when the sentence speaks of mutual trade or the association as a whole.
"""

from __future__ import annotations

import re
from functools import cache

from plenary.extract.dates import resolve
from plenary.extract.doc import (
    Doc,
    Mention,
    Sentence,
    alternation,
    lexicon,
    source_citations,
    speech_verbs,
)
from plenary.reference import load
from plenary.spec import Statistic


@cache
def _number_pattern() -> re.Pattern[str]:
    lex = lexicon()
    scales = "|".join(sorted(lex["scales"], key=len, reverse=True))
    units = [w for words in lex["units"].values() for w in words if w not in ("$", "€", "₽")]
    unit_alt = "|".join(re.escape(u) for u in sorted(units, key=len, reverse=True))
    return re.compile(
        r"(?:(?P<cur>[$€₽])|\b(?P<code>USD|EUR|RUB|US\$)\s)?\s?(?P<sign>(?<=\()[-−–])?"
        r"(?P<num>\d{1,3}(?:[,\s]\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?)"
        r"(?:[\s-]?(?P<scale>" + scales + r"|bn|tn|trn|mn)\b\.?|(?P<scale_m>m)\b)?"
        r"(?:\s?(?P<unit>%|(?:" + unit_alt + r")(?![\w])))?",
        re.I,
    )


_DECIMAL_COMMA = re.compile(r"\d+,\d{1,2}")


def _plain_number(written: str) -> str:
    """ "3,500" and "3 500" are thousands; "3,5" and "56,1" (one or two digits after the
    comma, as much of Europe writes them) are decimals."""
    if _DECIMAL_COMMA.fullmatch(written):
        return written.replace(",", ".")
    return written.replace(",", "").replace(" ", "")


def _unit_of(word: str | None, currency: str | None) -> str | None:
    if currency:
        return {"$": "USD", "€": "EUR", "₽": "RUB", "US$": "USD"}.get(currency, currency)
    if not word:
        return None
    return _units().get(word.lower())


@cache
def _units() -> dict[str, str]:
    """Each unit word (lower-cased) and the unit it names: the first that lists it."""
    found: dict[str, str] = {}
    for unit, words in lexicon()["units"].items():
        for word in words:
            found.setdefault(word.lower(), str(unit))
    return found


def _scale(word: str | None) -> float:
    if not word:
        return 1.0
    table: dict[str, int] = lexicon()["scales"]
    lowered = word.lower().rstrip(".")
    aliases = {
        "bn": "billion",
        "tn": "trillion",
        "trn": "trillion",
        "mn": "million",
        "m": "million",
    }
    return float(table.get(aliases.get(lowered, lowered), 1))


@cache
def _qualifier_patterns() -> list[tuple[str, re.Pattern[str]]]:
    patterns = []
    for qualifier, words in lexicon()["qualifiers"].items():
        alternatives = "|".join(re.escape(w.strip()) for w in sorted(words, key=len, reverse=True))
        pattern = re.compile(rf"\b(?:{alternatives})(?:\s+(?:by|to))?(?:\s*[$€])?\s*$")
        patterns.append((str(qualifier), pattern))
    return patterns


def _qualifier(before: str) -> str | None:
    tail = before[-30:].lower()
    for qualifier, pattern in _qualifier_patterns():
        if pattern.search(tail):
            return qualifier
    return None


def run(doc: Doc) -> None:
    before = len(doc.facts)
    _read(doc)
    doc.facts[before:] = _once([f for f in doc.facts[before:] if isinstance(f, Statistic)])


def _once(found: list[Statistic]) -> list[Statistic]:
    """A headline's figure that the body gives too ("$62.6 billion") is the body's, told
    again; two figures of the body alike in value stay two ("$100 billion" for each fund)."""
    body = {(f.value, f.unit, f.subject) for f in found if (f.span or (0, 0))[0] > 0}
    return [
        f for f in found if (f.span or (0, 0))[0] > 0 or (f.value, f.unit, f.subject) not in body
    ]


@cache
def _cue_pattern() -> re.Pattern[str]:
    """Any statistic cue as a whole run of lower-case letters, as a sentence's words are read
    (cues of other characters are never such a run): one search of the lower-cased sentence
    rather than a set of all its words."""
    cues = [c for c in lexicon()["statistic_cues"] if re.fullmatch("[a-z]+", c)]
    return re.compile(rf"(?<![a-z])(?:{alternation(cues, ignore_case=False)})(?![a-z])")


def _read(doc: Doc) -> None:
    cues = _cue_pattern()
    article_org = _article_org(doc)
    date_spans = [(d.start, d.end) for d in doc.context["dates"]]
    for sent in doc.sentences:
        if not cues.search(sent.text.lower()):
            continue
        doc.facts.extend(_fractions(doc, sent, article_org))
        matches = list(_number_pattern().finditer(sent.text))
        for index, match in enumerate(matches):
            start = sent.start + match.start("num")
            if any(s <= start < e for s, e in date_spans):
                continue
            unit = _unit_of(match.group("unit"), match.group("cur") or match.group("code"))
            if unit is None and match.group("scale"):
                unit = _shared_unit(sent.text, match, matches[index + 1 : index + 2])
            if unit is None:
                continue
            raw = _plain_number(match.group("num"))
            try:
                # "$280m": a bare "m" right after the figure is millions
                value = float(raw) * _scale(match.group("scale") or match.group("scale_m"))
                if match.group("sign"):
                    value = -value  # "the lowest in Armenia (-0.6 percent)"
            except ValueError:
                continue
            if unit == "%" and (value > 1000 or _OF_POPULATION.match(sent.text, match.end())):
                continue  # a share of the world's population says nothing of the economy
            before = doc.text[sent.start : sent.start + match.start()]
            if _NOT_ECONOMY.search(before[-60:]):
                continue  # "turnout in the elections was 73 percent", "2,000 troops"
            doc.facts.append(
                Statistic(
                    indicator=_indicator(sent, match.start()),
                    subject=(unit == "count" and _host(doc, sent, start))
                    or _subject(doc, sent, start, article_org),
                    value=int(value) if value.is_integer() else round(value, 6),
                    unit=unit,
                    qualifier=_qualifier(before),
                    period=_period(doc, sent, start),
                    span=(sent.start, sent.end),
                    quote=sent.text,
                    confidence=0.8,
                )
            )


_RANGE_TO = re.compile(r"\s+(?:to|and)\s*(?:[$€₽]\s?)?")


def _shared_unit(text: str, match: re.Match[str], following: list[re.Match[str]]) -> str | None:
    """ "grew from 1.6 trillion to 2.5 trillion US dollars": the unit the next figure names
    is this one's too, when the two are told as a range of the same scale."""
    if not following:
        return None
    other = following[0]
    if not _RANGE_TO.fullmatch(text, match.end(), other.start("num")) or not other.group("scale"):
        return None
    return _unit_of(other.group("unit"), other.group("cur") or other.group("code"))


_NOT_ECONOMY = re.compile(
    r"\b(?:turnout|voters?|votes?|voted|ballots?|troops|servicemen|soldiers|casualties|"
    r"refugees)\b[^.;$€₽]{0,50}$",
    re.I,
)
"""A figure of an election or an army, told just before it, is no economic figure."""
_OF_POPULATION = re.compile(
    r"\s+of\s+(?:the\s+)?(?:world['’]s\s+|global\s+|planet['’]s\s+|earth['’]s\s+)?"
    r"(?:population|inhabitants|people|humanity)\b",
    re.I,
)
_COUNT_WORD = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4}


@cache
def _fraction_pattern() -> re.Pattern[str]:
    words = "|".join(sorted(lexicon()["fractions"], key=len, reverse=True))
    return re.compile(
        rf"(?<!first )(?<!second )\b(?:(?P<count>an?|one|two|three|four)[\s-]+)?(?P<part>{words})"
        r"\b",
        re.I,
    )


def _fractions(doc: Doc, sent: Sentence, article_org: str | None) -> list[Statistic]:
    """ "About a quarter of global output", "roughly half of Belarus's foreign trade": a share
    in words is a percentage (a bare "half of" needs a qualifier or "accounts for" before it)."""
    found = []
    for match in _fraction_pattern().finditer(sent.text):
        part, count = match.group("part").lower(), (match.group("count") or "").lower()
        before = sent.text[: match.start()]
        if _OF_POPULATION.match(sent.text, match.end()):
            continue
        by = re.search(r"\bby\s+(?:\w+\s+)?$", before)
        if not (by or re.match(r"\s+of\b", sent.text[match.end() :])):
            continue  # "a quarter of ...", "grew by almost a quarter"; not "half an hour"
        if not count and not (
            _qualifier(before) or re.search(r"\b(?:for|by)\s+(?:\w+\s+)?$", before)
        ):
            continue
        if part != "half" and not count:
            continue
        value = lexicon()["fractions"][part] * _COUNT_WORD.get(count, 1)
        start = sent.start + match.start()
        found.append(
            Statistic(
                indicator=_indicator(sent, match.start()),
                subject=_subject(doc, sent, start, article_org),
                value=value,
                unit="%",
                qualifier=_qualifier(before),
                period=_period(doc, sent, start),
                span=(sent.start, sent.end),
                quote=sent.text,
                confidence=0.7,
            )
        )
    return found


def _article_org(doc: Doc) -> str | None:
    counts: dict[str, int] = {}
    for mention in doc.mentions:
        if mention.type == "org":
            counts[mention.key] = counts.get(mention.key, 0) + 1
    return max(counts, key=lambda k: counts[k]) if counts else None


_STATE_AND_GROUP = re.compile(
    r"\b(?:between|of)\s+(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?\s+(?:and|with)\s+"
    r"(?:the\s+|its\s+)?(?:other\s+)?(?:(?:[A-Z]{2,5}|Commonwealth|Union)\s+"
    r"(?:countries|states|member states|partners)\b|"
    r"(?:[Uu]nion|EAEU|CIS|SCO|BRICS|Commonwealth|[Bb]loc)\b(?!\s+(?:countries|states|member)))"
)
""" "trade between Kazakhstan and the CIS countries", "between Iran and the union": the state's."""
_OURS = re.compile(
    r"(?<!head of )(?<!leader of )(?<!president of )"
    r"\b(?:our (?:country|republic|state)|the republic)(?:['’]s)?\b|"
    r"\bour\s+(?:GDP|economy)\b|"
    r"\bour\s+(?:\w+\s+)?(?:settlements|trade|exports|imports|turnover)\s+with\b"
    r"(?!\s+the\s+(?:rest\s+of\s+the\s+)?world)",
    re.I,
)  # "our settlements with CIS partners": the speaker's side of a flow
"""The speaker's own state, not its leader: "the head of our state noted" names no owner."""
_THE_UNION = re.compile(r"\b(?:the\s+)?union(?:['’]s)?\b", re.I)
_ITS = re.compile(r"\bits\s+(?:\w+\s+)?(?:share|exports?|imports?|trade|turnover|GDP)\b", re.I)
_OF_STATE_AFTER = re.compile(r"^[^.;,]{0,40}?\bof\s+(?:the\s+)?$")
_ADJECTIVE_TRADE = re.compile(r"\b[A-Z]\w+\s+(?:exports?|imports?|GDP|economy)\b[^.;]{0,60}$")
_ADJECTIVE_TRADE_FAR = re.compile(
    r"\b[A-Z]\w+\s+(?:exports?|imports?|GDP|economy)\b(?:[^.;]|\.(?=\d)){0,140}$"
)
_OF_GROUP = re.compile(r"\b(?:of|among|in|between)\s+(?:the\s+)?$", re.I)
_GROUP_MEMBERS = re.compile(r"\s+(?:countries|member\s+states|states|members|nations)\b", re.I)
"""An organization's countries a figure is about: "the combined GDP of CIS countries"."""
_SHARE_OF = re.compile(
    r"\s*(?:(?:accounts?|accounted)\s+)?for\s+(?:about\s+|almost\s+|nearly\s+)?(?=\S*$)"
)
_BY_FIGURE = re.compile(r"\s+(?:by|at)\s+(?:about\s+|almost\s+|nearly\s+|over\s+)?")
_LIST_ITEM_BEFORE = re.compile(r"(?:[,:;]|\band)\s+$")
"""A list of states and their figures: "Armenia by 31.5%, Belarus by 3.4% and Russia by 6.9%"."""
_GREW_BY = re.compile(
    r"(?:['’]s)?\s+(?:economy\s+|GDP\s+)?(?:grew|expanded|rose|increased|fell|declined|"
    r"contracted)\s+(?:by\s+)?(?:about\s+|around\s+|almost\s+|nearly\s+|more than\s+)?(?=\S*$)"
)
"""'while Russia grew by 5.4%': the state that grew owns the figure."""
_WITHIN_UNION = re.compile(
    r"\bwithin the union\b|"
    r"\b(?:GDP|economy|output|trade|turnover|exports?|imports?)\s+of\s+the\s+union\b[^.;]{0,40}$",
    re.I,
)  # "trade within the Union", "the aggregate GDP of the union had grown by 3.6%"
_CURRENCY_AFTER = re.compile(r"\s*dollars?\b", re.I)
""" "245.5 billion U.S. dollars": a currency, not the state the figure is about."""


def _subject(doc: Doc, sent: Sentence, start: int, article_org: str | None) -> str | None:
    states = [
        m
        for m in doc.mentions_in(sent.start, sent.end)
        if m.type == "state" and not _CURRENCY_AFTER.match(doc.text, m.end)
    ]
    before = doc.text[sent.start : start]
    after = [m for m in states if start < m.start <= start + 40]
    if after and _OF_STATE_AFTER.match(doc.text[start : after[0].start]):
        return after[0].key  # "60 percent of Belarus's foreign trade"
    listed = [
        m
        for m in states
        if m.end <= start
        and _BY_FIGURE.fullmatch(doc.text, m.end, start)
        and _LIST_ITEM_BEFORE.search(doc.text, max(sent.start, m.start - 6), m.start)
    ]
    if listed:
        return listed[-1].key  # "grew in all member states: Armenia by 31.5%, Belarus by 3.4%"
    if _OURS.search(sent.text):
        speaker = _speaker_state(doc, sent)
        if speaker:
            return speaker  # "the foreign trade of our country", said by its premier
    lead = [m for m in states if m.end <= start]
    if lead and _ITS.search(before):
        return lead[0].key  # "Russia ...: its share in the mutual trade of the CIS"
    trader = _ADJECTIVE_TRADE.search(before)
    if trader:
        adjective = doc.mentions_in(
            sent.start + trader.start(), sent.start + trader.end(), "state-adj"
        )
        if adjective:
            return adjective[0].key  # "Belarusian exports to Russia amounted to"
    if _WITHIN_UNION.search(before) and (union := _union_of(doc)):
        return union  # "trade within the Union had grown"
    paren = re.search(r"\(\s*$", before)
    if paren:
        owner = [
            m
            for m in states
            if m.end <= sent.start + paren.start() and sent.start + paren.start() - m.end <= 2
        ]
        if owner:
            return owner[-1].key
    stops = [m.start() for m in _CLAUSE_STOP.finditer(before)]  # not "U.S. dollars"
    clause_start = max(before.rfind(";"), stops[-1] if stops else 0, 0)
    candidates = [
        m
        for m in states
        if sent.start + clause_start <= m.start and m.end <= start and not _partner(doc, m)
    ]
    group = [
        m
        for m in doc.mentions_in(sent.start + clause_start, start, "org")
        if _OF_GROUP.search(doc.text, max(sent.start, m.start - 12), m.start)
        and _GROUP_MEMBERS.match(doc.text, m.end)
    ]
    if group and not [m for m in candidates if m.start > group[-1].end]:
        return group[-1].key  # "Russia's chairmanship ...: the GDP of CIS countries grew by"
    share = [
        m
        for m in candidates
        if _SHARE_OF.match(doc.text, m.end, start) or _GREW_BY.match(doc.text, m.end, start)
    ]
    if share:
        return share[-1].key  # "Russia accounted for 64.7% ..., Belarus for 20.4%"
    owners = [
        m
        for m in candidates
        if doc.text[m.end : m.end + 2] in ("'s", "’s")
        or re.search(
            r"\b(?:of|in|for)\s+(?:the\s+)?$", doc.text[max(sent.start, m.start - 8) : m.start]
        )
    ]
    if owners:
        return owners[-1].key
    trader = _ADJECTIVE_TRADE_FAR.search(before)
    if trader and not candidates:
        adjective = doc.mentions_in(
            sent.start + trader.start(), sent.start + trader.end(), "state-adj"
        )
        if adjective:
            return adjective[0].key  # "Belarusian exports to Russia ..., while imports from Russia"
    if candidates and not re.search(r"\bmutual|between|among|within\b", before, re.I):
        return candidates[-1].key
    pair = _BETWEEN_TWO.search(before)
    if pair and len(candidates) >= 2 and sent.start + pair.start() < candidates[0].start:
        # "trade between China and Russia reached": the side named first (gold files name it,
        # or no side)
        return candidates[0].key
    if not candidates and re.search(r"\bthe country['’]s\b", before, re.I):
        return _speaker_state(doc, sent)  # "the country's trade with CIS countries"
    with_group = _STATE_AND_GROUP.search(before)
    if with_group and len(candidates) == 1:
        return candidates[0].key  # "trade between Kazakhstan and the CIS countries"
    lowered = sent.text.lower()
    in_sentence = doc.mentions_in(sent.start, sent.end, "org")
    headline_owner = _report_owner(doc)
    if headline_owner and not [m for m in states + in_sentence if not _partner(doc, m)]:
        return (
            headline_owner  # "Exports reached $24.4 billion" under "Uzbekistan's foreign trade ..."
        )
    if _THE_UNION.search(sent.text) and not in_sentence and (union := _union_of(doc)):
        return union  # "the union's mutual trade"
    if article_org and (
        doc.mentions_in(sent.start, sent.end, "org")
        or re.search(
            r"\b(mutual|association|commonwealth|union|member states|in general)\b", lowered
        )
        or not states
    ):
        return article_org
    return None


_BETWEEN_TWO = re.compile(r"\bbetween\b", re.I)
_CLAUSE_STOP = re.compile(r"(?<!\b[A-Z])\. ")
_OWNED_TRADE = re.compile(
    r"^['’]s\s+(?:\w+\s+){0,2}?(?:trade|exports?|imports?|GDP|economy|turnover)\b", re.I
)

_TRADE_OF = re.compile(r"\b(?:trade|exports?|imports?|GDP|economy|turnover)\s+of\s+$", re.I)


def _report_owner(doc: Doc) -> str | None:
    """The state whose economy the headline is about ("Uzbekistan's foreign trade turnover
    reaches $62.6 billion"): the owner of the figures its sentences give without one."""
    if not doc.sentences:
        return None
    first = doc.sentences[0]
    for mention in doc.mentions_in(first.start, first.end, "state"):
        if _OWNED_TRADE.match(doc.text[mention.end : mention.end + 40]) or _TRADE_OF.search(
            doc.text[max(first.start, mention.start - 30) : mention.start]
        ):
            return mention.key
    return None


_TOWARDS = re.compile(r"\b(?:to|from)\s+(?:the\s+)?$")
_TRADING_WITH = re.compile(
    r"\b(?:trade|turnover|exports?|imports?|cooperation)\b[^.;,]{0,40}\bwith\s+(?:the\s+)?$", re.I
)


def _partner(doc: Doc, mention: Mention) -> bool:
    """ "Trade with the CIS countries", "exports to Russia", "remittances from Russia": the
    other side of a flow, not its owner ("with Kazakhstan's share of 7.11 percent" is one,
    as are "remittances to Kyrgyzstan": their receiver's)."""
    if doc.text[mention.end : mention.end + 2] in ("'s", "’s"):
        return False
    if _RECEIVED.search(doc.text, max(0, mention.start - 30), mention.start):
        return False
    before = doc.text[max(0, mention.start - 60) : mention.start]
    return bool(_TOWARDS.search(before[-12:]) or _TRADING_WITH.search(before))


_RECEIVED = re.compile(
    r"\b(?:remittances|transfers)\s+(?:\w+\s+){0,2}?(?:to|into)\s+(?:the\s+)?$", re.I
)
_OPERATING_IN = re.compile(
    r"[^.;]{0,80}?\b(?:operat\w*|work\w*|registered|active|present)\s+(?:"
    r"(?P<here>here|in the republic|in the country)|(?:in|on the territory of)\s+"
    r"(?:(?P<ours>our country|our republic)|(?:the\s+)?(?=[A-Z])))"
)


def _host(doc: Doc, sent: Sentence, start: int) -> str | None:
    """ "20 thousand enterprises with Russian participation operate in Kazakhstan": companies
    are counted for the state they work in, not the one whose capital they carry."""
    found = _OPERATING_IN.match(doc.text, start, sent.end)
    if found is None:
        return None
    if found.group("ours"):
        return _speaker_state(doc, sent)
    if found.group("here"):  # the state the report is filed from or the talks were held in
        places = [m for m in doc.mentions if m.type == "place"]
        place = load().places.get(places[0].key) if places else None
        return place.state if place else None
    states = doc.mentions_in(found.end(), sent.end, "state")
    return states[0].key if states and states[0].start == found.end() else None


def _union_of(doc: Doc) -> str | None:
    """The union a report's "the Union" stands for: of the organizations it names whose name
    says "Union" (the EAEU, the Union State), the most named, the first named among equals."""
    counts: dict[str, int] = {}
    for m in doc.mentions:
        if m.type == "org" and "Union" in load().organizations[m.key].name:
            counts[m.key] = counts.get(m.key, 0) + 1
    return max(counts, key=lambda k: counts[k]) if counts else None


_LEADER_BEFORE = re.compile(
    r"\b(?:head|leader|president|prime minister|premier|chairman)\s+of\s+(?:the\s+)?$", re.I
)
_LEADER_AFTER = re.compile(
    r"^\s+(?:president|leader|prime minister|premier|head of state|government|side)\b", re.I
)


def _speaker_state(doc: Doc, sent: Sentence) -> str | None:
    """The state of the speaker last named up to this sentence, by name or by title ("the
    head of the Uzbek government noted"): whose "our country" it is."""
    people = doc.context.get("people", [])
    named = [
        (m.start, p.state) for p in people if p.state for m in p.mentions if m.start < sent.end
    ]
    named += [
        (m.start, m.key)
        for m in doc.mentions
        if m.type in ("state", "state-adj")
        and m.start < sent.end
        and (
            _LEADER_BEFORE.search(doc.text[max(0, m.start - 30) : m.start])
            or _LEADER_AFTER.match(doc.text[m.end : m.end + 20])
        )
    ]
    if named:
        return max(named)[1]
    counts: dict[str, int] = {}
    for mention in doc.mentions:  # a statistics office's report: the state it is about
        if mention.type == "state":
            counts[mention.key] = counts.get(mention.key, 0) + 1
    return max(counts, key=lambda k: counts[k]) if counts else None


@cache
def _source_before() -> re.Pattern[str]:
    """What an indicator's words begin after: "according to Rosstat,", "Putin said that"."""
    citations, verbs = alternation(source_citations()), alternation(speech_verbs())
    return re.compile(rf"^.*?\b(?:(?:{citations}) [^,]+,|(?:{verbs}) that)\s*", re.I)


def _indicator(sent: Sentence, number_offset: int) -> str:
    text = sent.text[:number_offset]
    text = _source_before().sub("", text)
    words = re.findall(r"[\w'’\-]+", text)
    return " ".join(words[-10:])


_BASE_BEFORE = re.compile(
    r"\b(?:on|over|against|versus|vs\.?|compared\s+(?:with|to)|than(?:\s+in)?|"
    r"relative\s+to|in\s+comparison\s+with)\s+(?:the\s+same\s+period\s+(?:of|in)\s+)?$",
    re.I,
)
""" "up 9.1% on 2023", "compared with 2022": the year compared with, not the figure's."""


def _period(doc: Doc, sent: Sentence, pos: int) -> str | None:
    dates = [d for d in doc.context["dates"] if sent.start <= d.start < sent.end]
    if not dates:
        return None
    periods = [d for d in dates if d.is_period]
    if not periods:
        told = [
            d for d in dates if not _BASE_BEFORE.search(doc.text, max(0, d.start - 40), d.start)
        ]
        dates = told or dates
    chosen = periods[0] if periods else min(dates, key=lambda d: abs(d.start - pos))
    return resolve(
        chosen, doc.context["published"], False, doc.context.get("fallback_year") or _any_year(doc)
    )


def _any_year(doc: Doc) -> int | None:
    published = doc.context.get("published")
    return int(published.year) if published is not None else None
