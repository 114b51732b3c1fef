"""Sessions told in Russian: a candidate per sentence naming a council (or an organization
with a council's level, or its "саммит"), dated and placed from that sentence, merged with
the candidates that agree with it; bilateral talks of two leaders."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache

from plenary.extract.dates import DateExpr, resolve
from plenary.extract.doc import Doc, Mention, Sentence
from plenary.extract.russian.dates import find_dates
from plenary.extract.russian.lexicon import pattern, patterns
from plenary.reference import Person, load
from plenary.spec import Meeting, MeetingRef


@dataclass
class Session:
    body: str
    sentence: Sentence
    anchor: int
    date: str | None
    place: str | None
    planned: bool
    formats: set[str] = field(default_factory=set)
    parties: tuple[str, ...] | None = None
    sentences: list[Sentence] = field(default_factory=list)
    people: list[str] = field(default_factory=list)
    """Names of the people the session's own sentences name, for bilateral talks."""

    def ref(self) -> MeetingRef:
        return MeetingRef(body=self.body, date=self.date, place=self.place)

    @property
    def reported(self) -> bool:
        body = load().bodies.get(self.body)
        return self.body == "bilateral" or (body is not None and body.reported and bool(body.org))


_BEFORE_PLACE = re.compile(r"\b(?:в|во|на)\s+$", re.I)
_BILATERAL = re.compile(r"переговор|встретил|встрет(?:ится|ятся)\b|встреч[аиеу]|двусторонн", re.I)
_NOT_TALKS = re.compile(r"стол\w*\s+переговоров|встреч\w*\s+в\s+формате\s+«", re.I)
_SIDELINES = re.compile(r"на полях|в кулуарах", re.I)
_AFTER_SUMMIT = re.compile(
    r"\bпосле\s+(?:завершения\s+|окончания\s+)?(?:саммита|заседания|сессии)\b(?!\s+в\s)", re.I
)
_EVE = re.compile(r"\b(?:накануне|в преддверии)\s+(?:саммита|заседания|сессии|встречи)", re.I)


def find_sessions(doc: Doc) -> list[Session]:
    sessions: list[Session] = []
    last: Session | None = None
    for sent in doc.sentences:
        for body, anchor in _bodies_named(doc, sent):
            last = _add(doc, sessions, _candidate(doc, sent, body, anchor)) or last
        if (
            not any(sent in s.sentences for s in sessions)
            or _EVE.search(sent.text)
            or _SIDELINES.search(sent.text)
        ):
            # talks "накануне саммита ОДКБ" or "на полях саммита" are talks of their own, the
            # summit another session
            talks = _bilateral(doc, sent, sessions)
            for one in talks:
                last = _add(doc, sessions, one) or last
            if not talks and last is not None and pattern("continues_session").search(sent.text):
                # "В нем примет участие ...": the last one told, or in the past tense the last
                # one held ("В нем приняли участие" after the next summit's place was told)
                held = (s for s in reversed(sessions) if s.body == last.body and not s.planned)
                past = last.planned and pattern("past").search(sent.text)
                (next(held, last) if past else last).sentences.append(sent)
            elif not talks and (told := pattern("own_session_takes_part").search(sent.text)):
                to_come = bool(re.search(r"примут|примет", told.group()))
                own = next(
                    (
                        s
                        for s in sessions
                        if s.body != "bilateral" and s.reported and s.planned == to_come
                    ),
                    None,
                )
                if own is not None:  # "В заседании также участвовали ...": the report's own
                    own.sentences.append(sent)  # session of the sentence's tense
            listed = None if talks else _listed_session(doc, sent, sessions)
            if listed is not None:
                _add(doc, sessions, listed)
        _formats_of_sentence(sent, sessions)
    _same_day(doc, sessions)
    _lead_fills(doc, sessions)
    return sessions


_LIST_ITEM = re.compile(r"\s*(?:[—–•*-]|\d{1,2}[.)])\s")
_REMOTE = re.compile(r"видеоконференц|видеосвяз|онлайн", re.I)


def _same_day(doc: Doc, sessions: list[Session]) -> None:
    """ "В тот же день состоялись переговоры": undated, the last day the sentences before it
    name."""
    for session in sessions:
        if session.date is not None or not pattern("same_day").search(session.sentence.text):
            continue
        for sent in reversed(
            doc.sentences[max(0, session.sentence.index - 2) : session.sentence.index]
        ):
            days = [d for d in dates_in(sent) if d.day is not None]
            if days:
                session.date = resolve(
                    days[-1],
                    doc.context.get("published"),
                    session.planned,
                    doc.context.get("fallback_year"),
                )
                break


def _listed_session(doc: Doc, sent: Sentence, sessions: list[Session]) -> Session | None:
    """ "Заседания последних лет: — 11 октября 2017 года, Сочи;": an item of a list of sessions
    (a day and a place, or a video link) is a session of the article's council."""
    council = next((s for s in sessions if s.body != "bilateral"), None)
    if council is None or not _LIST_ITEM.match(sent.text):
        return None
    header = next(
        (s for s in reversed(doc.sentences[: sent.index]) if not _LIST_ITEM.match(s.text)), None
    )
    if header is None or not pattern("session_words").search(header.text):
        return None
    # the item's own dash is no range's ("— 11 октября 2017 года"): its dates are read as they are
    days = [d for d in find_dates(sent.text) if d.day is not None and d.year is not None]
    places = doc.mentions_in(sent.start, sent.end, "place")
    remote = bool(_REMOTE.search(sent.text))
    if not days or not (places or remote):
        return None
    published: date | None = doc.context.get("published")
    told = resolve(days[0], published, False, doc.context.get("fallback_year"))
    return Session(
        body=council.body,
        sentence=sent,
        anchor=sent.start,
        date=told,
        place=None if remote or not places else places[0].key,
        planned=bool(published and told and told > published.isoformat()),
        sentences=[sent],
    )


def _bodies_named(doc: Doc, sent: Sentence) -> list[tuple[str, int]]:
    """Councils the sentence names: by name, or as an organization and a level ("глав
    государств СНГ") or its summit ("саммит ШОС")."""
    gaz = load()
    orgs = doc.mentions_in(sent.start, sent.end, "org")
    named = [
        (_of_org_named_after(m, orgs, article_org(doc)), m.start)
        for m in doc.mentions_in(sent.start, sent.end, "body")
        if not pattern("body_chaired").search(doc.text, max(0, m.start - 30), m.start)
    ]
    if any(gaz.bodies[body].reported for body, _ in named):
        return named + _summits_apart(doc, sent, orgs, named)
    found = _org_bodies(doc, sent, orgs)
    return named + [(body, at) for body, at in found if all(body != b for b, _ in named)]


_SUMMIT_OF = re.compile(r"\bсаммит\w*\s+$", re.I)


def _summits_apart(
    doc: Doc, sent: Sentence, orgs: list[Mention], named: list[tuple[str, int]]
) -> list[tuple[str, int]]:
    """ "Следующее заседание Совета глав государств СНГ состоится в Ташкенте, решили участники
    саммита Содружества, прошедшего в пятницу": a summit of an organization told apart from
    the council the sentence names is a session of its own, anchored at its own words."""
    gaz = load()
    found: list[tuple[str, int]] = []
    for org in orgs:
        if not _SUMMIT_OF.search(doc.text, max(sent.start, org.start - 12), org.start):
            continue
        if any(abs(org.start - at) <= 60 for _, at in named):
            continue
        body = gaz.body_of(org.key, "heads-of-state")
        if body is not None:
            found.append((body, org.start))
    return found


def _org_bodies(doc: Doc, sent: Sentence, orgs: list[Mention]) -> list[tuple[str, int]]:
    """Councils the sentence names as an organization and a level, or as its summit."""
    gaz = load()
    if not orgs and (org := _next_summit_org(doc, sent)) is not None:
        orgs = [org]  # "Следующий саммит пройдет в КНР в 2025 году": the article's organization's
    if not orgs and (org := _dated_summit_org(doc, sent)) is not None:
        orgs = [org]  # "7 октября 2022 года неформальный саммит также прошел в Санкт-Петербурге"
    if not orgs or not pattern("session_words").search(sent.text):
        return []
    found: list[tuple[str, int]] = []
    word = pattern("session_words").search(sent.text)
    at = sent.start + word.start() if word else None
    for org in orgs:
        level = next(
            (lvl for lvl, regex in patterns("levels").items() if regex.search(sent.text)),
            "heads-of-state" if pattern("summit").search(sent.text) else None,
        )
        body = gaz.body_of(org.key, level)
        if body is not None and all(b != body for b, _ in found):
            # the session's word anchors its tense and date where it stands apart from the
            # organization ("направления Евразийского экономического союза ... очередной
            # ЕАЭС-саммит пройдет")
            found.append((body, at if at is not None and abs(at - org.start) > 60 else org.start))
    return found


def _dated_summit_org(doc: Doc, sent: Sentence) -> Mention | None:
    """A summit the sentence dates to the day and places, naming no organization: one of the
    organization the article is about, named in it before."""
    word = pattern("summit").search(sent.text)
    if word is None or not doc.mentions_in(sent.start, sent.end, "place"):
        return None
    if _EVE.search(sent.text) or _SIDELINES.search(sent.text):
        return None  # "Накануне саммита, 3 июля, в Астане состоялась встреча": the talks' day
    if not any(d.day is not None or d.form == "weekday" for d in dates_in(sent)):
        return None  # "7 октября 2022 года", "в четверг"
    own = article_org(doc)
    return next((m for m in doc.mentions_in(0, sent.start, "org") if m.key == own), None)


_NEXT_SUMMIT = re.compile(r"\b(?:следующ|очередн)\w*\s+саммит\w*", re.I)


def _next_summit_org(doc: Doc, sent: Sentence) -> Mention | None:
    """The article's organization as the one whose "следующий саммит" a sentence names, at
    the session's word."""
    found = _NEXT_SUMMIT.search(sent.text)
    org = article_org(doc)
    if found is None or org is None:
        return None
    at = sent.start + found.start()
    return Mention("org", org, at, at + len(found.group()), found.group())


def article_org(doc: Doc) -> str | None:
    """The organization the article names most (its councils counting for it)."""
    if "ru_article_org" not in doc.context:
        counts: dict[str, int] = {}
        for mention in doc.mentions:
            org = mention.key if mention.type == "org" else None
            if mention.type == "body" and pattern("body_specific").search(mention.text):
                org = load().bodies[mention.key].org
            if org:
                counts[org] = counts.get(org, 0) + 1
        doc.context["ru_article_org"] = max(counts, key=lambda k: counts[k]) if counts else None
    found: str | None = doc.context["ru_article_org"]
    return found


def _of_org_named_after(body: Mention, orgs: list[Mention], article_org: str | None) -> str:
    """ "Совет глав государств – членов ШОС": a council named as every organization names
    its own is that of the organization named right after it, else that of the article's."""
    gaz = load()
    level = gaz.bodies[body.key].level
    if not gaz.bodies[body.key].reported:
        return body.key  # "Генеральная Ассамблея ООН", "саммит G20": the name says whose
    if not pattern("body_specific").search(body.text):
        after = [o.key for o in orgs if 0 <= o.start - body.end <= 60]
        owner = after[0] if after else article_org
        if owner is None:
            return body.key
        own = gaz.body_of(owner, level)
        return own or body.key
    for org in orgs:
        if 0 <= org.start - body.end <= 60 and org.key != gaz.bodies[body.key].org:
            own = gaz.body_of(org.key, level)
            return own or body.key
    return body.key


def _candidate(doc: Doc, sent: Sentence, body: str, anchor: int) -> Session:
    planned = _planned(doc, sent, anchor)
    return Session(
        body=body,
        sentence=sent,
        anchor=anchor,
        date=_date(doc, sent, anchor, planned),
        place=_place(doc, sent, anchor),
        planned=planned,
        sentences=[sent],
    )


def _planned(doc: Doc, sent: Sentence, anchor: int) -> bool:
    """A session dated with its year is planned if after the publication and held if before
    it, whatever the verb ("Устав был принят 22 января 1993 года"; "саммит 9 октября 2026
    года"); otherwise the nearest tense cue to its name decides, and with none its date's side
    of the publication."""
    published: date | None = doc.context.get("published")
    best = _best_date(sent, anchor)
    given = doc.article.published is not None  # not guessed from a dateline without a year
    if given and published is not None and best is not None and best.year is not None:
        told = _first_day(doc, sent, anchor)
        if told and told[:4] != str(published.year):
            return told > published.isoformat()
    cues = [
        (abs(m.start() + sent.start - anchor), True) for m in pattern("future").finditer(sent.text)
    ]
    cues += [
        (abs(m.start() + sent.start - anchor), False) for m in pattern("past").finditer(sent.text)
    ]
    if cues:
        return min(cues)[1]
    told = _first_day(doc, sent, anchor)
    return bool(published and told and told > published.isoformat()[: len(told)])


def _first_day(doc: Doc, sent: Sentence, anchor: int) -> str | None:
    """The session's date read as if it had happened, to its first day where the text gives
    one ("6 и 7 июля": the 6th), for the side of the publication it falls on."""
    best = _best_date(sent, anchor)
    if best is None:
        return None
    told = resolve(best, doc.context.get("published"), False, doc.context.get("fallback_year"))
    if told and best.range and best.day and best.month and len(told) == 7:
        return f"{told}-{best.day:02d}"
    return told


_FIRST_SESSION_YEAR = 1991
"""No council Plenary tracks met before the CIS was founded in December 1991."""


def dates_in(sent: Sentence) -> list[DateExpr]:
    """The sentence's dates that may date something, not those that bound it."""
    found = []
    for expr in find_dates(sent.text):
        before = sent.text[max(0, expr.start - 40) : expr.start]
        if (
            expr.form != "month-adjective"  # "на декабрьском заседании": at it, not by it
            and pattern("date_bounds").search(before[-6:])
            and not pattern("date_scheduled").search(before)
        ):
            continue  # "Концепция ... до 2030 года", "с 1 января": a bound, not a day
        if pattern("journey_after").match(sent.text, expr.end) or pattern("journey_before").search(
            sent.text, max(0, expr.start - 80), expr.start
        ):
            continue  # "Путин в среду вылетит в Душанбе, где ...": the journey's day
        if expr.day is None and pattern("chair_year_before").search(before):
            continue  # "Председательство в ОДКБ в 2024 году": the chair's year
        if expr.year is not None and expr.year < _FIRST_SESSION_YEAR:
            continue  # "в связи с 75-летием Победы ... 1941–1945 годов": history, no session
        found.append(expr)
    return found


def _best_date(sent: Sentence, anchor: int) -> DateExpr | None:
    """The sentence's date nearest the session's name, the most precise first."""
    found = dates_in(sent)
    if not found:
        return None
    local = anchor - sent.start
    return min(found, key=lambda d: (d.day is None and d.relative is None, abs(d.start - local)))


def _date(doc: Doc, sent: Sentence, anchor: int, planned: bool) -> str | None:
    """The session's date; a planned session's is never before the publication (the year
    before, named in its sentence, is another event's)."""
    best = _best_date(sent, anchor)
    if best is None:
        return None
    published: date | None = doc.context.get("published")
    told = resolve(best, published, planned, doc.context.get("fallback_year"))
    if planned and told and published and told < published.isoformat()[: len(told)]:
        return None
    return told


def _place(doc: Doc, sent: Sentence, anchor: int) -> str | None:
    places = [
        m
        for m in doc.mentions_in(sent.start, sent.end, "place")
        if (
            _BEFORE_PLACE.search(doc.text[max(0, m.start - 6) : m.start])
            or pattern("host_after_place").search(doc.text[m.end : m.end + 30])
        )
        and not pattern("departed_to").search(doc.text[max(sent.start, m.start - 40) : m.start])
    ]
    capitals = [
        (m.start, capital)
        for m in doc.mentions_in(sent.start, sent.end, "state")
        if _CAPITAL_OF.search(doc.text, max(sent.start, m.start - 12), m.start)
        and (capital := load().states[m.key].capital_on(doc.context.get("reference_date")))
    ]
    told = [(m.start, m.key) for m in places] + capitals
    if _SUMMIT_OF.search(doc.text, max(sent.start, anchor - 12), anchor):
        # "саммита Содружества, прошедшего в пятницу в столице Туркмении": the place its own
        # words go on to name
        told = [t for t in told if 0 <= t[0] - anchor <= 80] or told
    if not told:
        return None
    return min(told, key=lambda t: abs(t[0] - anchor))[1]


_CAPITAL_OF = re.compile(r"\bстолиц[аеуы]\s+$", re.I)
""" "в столице Туркмении": Ashgabat."""


def _bilateral(doc: Doc, sent: Sentence, sessions: list[Session]) -> list[Session]:
    """Talks of two states' leaders: "провел переговоры с", "встретился с"; one leader's talks
    with each of the leaders named right after "провел переговоры с"."""
    if not _BILATERAL.search(sent.text) or sent.is_question:
        return []  # "Возможна ли встреча Путина с Алиевым?" asks of talks, tells of none
    if _NOT_TALKS.search(sent.text):
        return []  # "за столом переговоров", "встреча в формате «ШОС плюс»": no two leaders'
    talks = _talks_with_each(doc, sent, sessions)
    if talks:
        return talks
    one = _talks_of_two(doc, sent, sessions)
    return [one] if one is not None else []


def _talks_with_each(doc: Doc, sent: Sentence, sessions: list[Session]) -> list[Session]:
    """ "Путин провел переговоры с Си Цзиньпином и Нарендрой Моди": the one leader before the
    verb met each leader its object lists, and the sentence names no other."""
    verb = _TALKS_WITH.search(sent.text)
    if verb is None:
        return []
    host = (
        leaders_in(doc, sent.start, sent.start + verb.start())
        or _named_by_post(doc, sent.start, sent.start + verb.start())
        or _own_leader(doc, sent.text[: verb.start()])
    )
    stop = _GUESTS_END.search(sent.text[verb.end() :])
    end = sent.start + verb.end() + (stop.start() if stop else len(sent.text))
    guests = leaders_in(doc, sent.start + verb.end(), end)
    if len(host) != 1 or not 2 <= len(guests) <= 4 or set(host) & set(guests):
        return []
    if len({**_leaders(doc, sent), **host}) != 1 + len(guests):
        return []
    found = []
    for state, name in guests.items():
        session = _candidate(doc, sent, "bilateral", sent.start + verb.start())
        session.parties = tuple(sorted((*host, state)))
        session.people = [*host.values(), name]
        _around_summit(doc, sent, session, sessions)
        found.append(session)
    return found


_GUESTS_END = re.compile(
    r"[.;:]|\s[—–]\s|,\s+(?:но|где|который|которая)\b|"
    r",\s+а\b(?!\s+также\s+(?:(?:встретил\w*|провел\w*\s+\w+|провёл\w*\s+\w+)\s+)?с\b)"
)
"""Where the leaders one met end: "..., а также (встретился) с Рамафосой" lists one more."""
_TALKS_WITH = re.compile(
    r"\b(?:(?:провел|провёл|проведет|проведёт|провела)\s+(?:(?:в|во)\s+\w+\s+)?"
    r"(?:серию\s+|ряд\s+)?"
    r"|запланирован[аы]?\s+)(?:двусторонни[ех]\s+)?(?:переговоры|встреч[иа]?)"
    r"(?:\s+[—–]\s+в\s+том\s+числе|,\s+в\s+том\s+числе)?\s+с\b"
    r"|\bвстрет(?:ится|ился|илась)\s+с\b",
    re.I,
)
""" "Путин провел переговоры с ...", "проведёт серию двусторонних встреч — в том числе с ...",
"у Путина запланированы переговоры с ...", "Путин встретится с ...": talks with each leader
listed after."""


_THE_TWO = re.compile(
    r"\b(?:президенты|лидеры|главы\s+государств|оба\s+лидера)\s+(?:[а-яё]+\s+){0,3}?"
    r"(?:провели|проведут)\s+(?:[а-яё]+\s+){0,3}?переговоры",
    re.I,
)
"""Talks of "the presidents" a sentence names no one of: the two the report named before."""
_TITLE_ALONE = re.compile(
    r"(?:^|[,:]\s+|\s)(?:(?P<state>Глава\s+государства|Президент)|(?P<government>Глава\s+"
    r"правительства|Премьер-министр))\s+(?:[а-яё]+\s+){0,2}$"
)
"""A leader named by his post alone ("Глава государства провел переговоры с"), no state or
name after it: the readout's own."""


def _own_leader(doc: Doc, before: str) -> dict[str, str]:
    """The leader a readout names by post alone: of the leaders holding such a post, the one
    the report names most."""
    titled = _TITLE_ALONE.search(before)
    if titled is None:
        return {}
    titles = (
        {"President", "King", "Emir"}
        if titled.group("state")
        else {"Prime Minister", "Premier", "Chairman of the Cabinet of Ministers"}
    )
    on = doc.context.get("reference_date")
    counts: dict[tuple[str, str], int] = {}
    for mention in doc.mentions_in(0, len(doc.text), "person"):
        person = person_of(mention)
        post = person.post_on(on) if person is not None else None
        if post is not None and post.state and post.title in titles:
            key = (post.state, mention.key)
            counts[key] = counts.get(key, 0) + 1
    if not counts:
        return {}
    state, name = max(counts, key=lambda k: counts[k])
    return {state: name}


_HE = re.compile(r"(?:^|[:,]\s+)(?:он|она)\s+(?:\w+\s+)?(?:провел|провёл|провела|встретил)", re.I)


def _talks_of_two(doc: Doc, sent: Sentence, sessions: list[Session]) -> Session | None:
    people = _leaders(doc, sent)
    if len(people) < 2 and _TALKS_HELD.search(sent.text):
        # "Путин прибыл в Астану. Его встретил Токаев. Переговоры прошли в узком составе":
        # the leaders the two sentences before name, where none of them names a council
        before = doc.sentences[max(0, sent.index - 2) : sent.index]
        if before and not doc.mentions_in(before[0].start, sent.end, "body"):
            for previous in reversed(before):
                people = {**_leaders(doc, previous), **people}
    if not people and _THE_TWO.search(sent.text):
        # "Путин вручил Лукашенко орден ... Перед церемонией президенты провели переговоры":
        # the two leaders the sentences before name, nearest first
        for previous in reversed(doc.sentences[: sent.index]):
            people = {**_leaders(doc, previous), **people}
            if len(people) >= 2:
                break
    told_before: Sentence | None = None
    if len(people) == 1 and sent.index > 0 and _HE.search(sent.text[:40]):
        # "12 октября Путин прибыл в Кыргызстан. Он провел переговоры с Садыром Жапаровым":
        # the leader, and the day, of the sentence before
        subject = _leaders(doc, doc.sentences[sent.index - 1])
        if len(subject) == 1 and not set(subject) & set(people):
            people = {**subject, **people}
            told_before = doc.sentences[sent.index - 1]
    talks = _BILATERAL.search(sent.text)
    if len(people) == 1 and talks is not None:
        # "Затем Президент встретился с Президентом России Владимиром Путиным": a readout's
        # own leader, named by his post alone
        own = _own_leader(doc, sent.text[: talks.start()])
        if own and not set(own) & set(people):
            people = {**own, **people}
    parties = tuple(sorted(people)) if len(people) == 2 else _leaders_of_two(doc, sent)
    if parties is None:
        return None
    anchor = _BILATERAL.search(sent.text)
    start = sent.start + (anchor.start() if anchor else 0)
    session = _candidate(doc, sent, "bilateral", start)
    if session.date is None and told_before is not None:
        session.date = _date(doc, told_before, told_before.start, session.planned)
    session.parties = parties
    session.people = list(people.values()) if len(people) == 2 else []
    _around_summit(doc, sent, session, sessions)
    return session


def _around_summit(doc: Doc, sent: Sentence, session: Session, sessions: list[Session]) -> None:
    """Talks in a report of a summit take its place, and on its sidelines its day."""
    if not _SIDELINES.search(sent.text) and _SIDELINES.search(doc.text):
        # a report of talks on a summit's sidelines: the summit's place (the talks may fall on
        # the day before it)
        summit = next((s for s in sessions if s.body != "bilateral" and s.reported), None)
        if summit is not None and session.place is None:
            session.place = summit.place
    if _SIDELINES.search(sent.text) or _AFTER_SUMMIT.search(sent.text):
        # "на полях саммита", "после завершения саммита": the day and place of the summit the
        # article is about
        summit = next((s for s in sessions if s.body != "bilateral" and s.reported), None)
        if summit is not None:
            session.date = session.date or summit.date
            session.place = session.place or summit.place
    lead = next((s for s in sessions if s.body != "bilateral" and s.reported), None)
    if session.place is None and lead is not None and lead.sentence.index <= 3:
        session.place = lead.place  # talks in a report of a summit: in the summit's city


def _leaders_of_two(doc: Doc, sent: Sentence) -> tuple[str, ...] | None:
    """ "президенты России и Казахстана провели переговоры": the two states whose leaders the
    sentence names by their posts."""
    if not _TALKS_HELD.search(sent.text) and not re.search(r"провел\w*\s+переговоры", sent.text):
        return None
    states = [m for m in doc.mentions_in(sent.start, sent.end) if m.type == "state"]
    for one, other in zip(states, states[1:], strict=False):
        joined = re.fullmatch(r"\s+и\s+", doc.text[one.end : other.start])
        posts = pattern("leaders_of").search(doc.text[max(sent.start, one.start - 25) : one.start])
        if joined and posts and one.key != other.key:
            return tuple(sorted((one.key, other.key)))
    return None


_LEADERS = {
    "President",
    "Prime Minister",
    "Chairman of the Cabinet of Ministers",
    "King",
    "Emir",
    "Premier",
    "Chancellor",
}
_TALKS_HELD = re.compile(r"\bпереговоры\b[^.;]{0,60}?\b(?:прошли|состоялись|начались)", re.I)


def _leaders(doc: Doc, sent: Sentence) -> dict[str, str]:
    """The states' leaders the sentence names, by state."""
    return leaders_in(doc, sent.start, sent.end)


def leaders_in(doc: Doc, start: int, end: int) -> dict[str, str]:
    """The states' leaders named between `start` and `end`, by state."""
    people: dict[str, str] = {}
    on = doc.context.get("reference_date")
    for mention in doc.mentions_in(start, end, "person"):
        person = person_of(mention)
        post = person.post_on(on) if person is not None else None
        if post is not None and post.state and post.title in _LEADERS:
            people.setdefault(post.state, mention.key)
    return people


_HEAD_OF_STATE = re.compile(r"(?:президент|председател|лидер|глав)\w*\s+$", re.I)
_HEAD_OF_GOVERNMENT = re.compile(r"(?:премьер|председател\w*\s+правительств)\w*\s+$", re.I)
_POST_AFTER_ADJECTIVE = re.compile(r"\s+(президент|лидер|премьер)", re.I)


def _named_by_post(doc: Doc, start: int, end: int) -> dict[str, str]:
    """ "Президент России", "российский лидер" between `start` and `end`: by state, the
    person the reference data has in that post on the report's day."""
    found: dict[str, str] = {}
    for mention, holder in leaders_by_post(doc, start, end):
        found.setdefault(mention.key, holder)
    return found


def leaders_by_post(doc: Doc, start: int, end: int) -> list[tuple[Mention, str]]:
    """Each state mention between `start` and `end` that a leader's post names ("Президент
    России", "китайскому лидеру"), with the person the reference data has in that post on
    the report's day."""
    found: list[tuple[Mention, str]] = []
    on = doc.context.get("reference_date")
    for mention in doc.mentions_in(start, end):
        before = doc.text[max(start, mention.start - 30) : mention.start]
        after = _POST_AFTER_ADJECTIVE.match(doc.text, mention.end)
        if mention.type == "state" and _HEAD_OF_GOVERNMENT.search(before):
            titles = {"Prime Minister", "Premier", "Chairman of the Cabinet of Ministers"}
        elif mention.type == "state" and _HEAD_OF_STATE.search(before):
            titles = {"President", "King", "Emir"}
        elif mention.type == "state-adj" and after:
            premier = after.group(1).lower() == "премьер"
            titles = {"Prime Minister", "Premier"} if premier else {"President", "King", "Emir"}
        else:
            continue
        holder = next(
            (
                p.name
                for p in _people_by_name().values()
                if (post := p.post_on(on)) is not None
                and post.held_on(on)
                and post.state == mention.key
                and post.title in titles
            ),
            None,
        )
        if holder is not None:
            found.append((mention, holder))
    return found


def person_of(mention: Mention) -> Person | None:
    """The reference data's person a mention names; None for one it does not know."""
    return _people_by_name().get(mention.key)


@cache
def _people_by_name() -> dict[str, Person]:
    return {p.name: p for p in load().people}


def _add(doc: Doc, sessions: list[Session], new: Session) -> Session | None:
    """Merge the candidate into a session it agrees with, or keep it as one of its own. One
    naming neither date nor place that is "the next" or "the previous" session is dropped: it
    says nothing of one."""
    before = doc.text[max(0, new.anchor - 40) : new.anchor]
    other = pattern("next_session").search(before) or pattern("previous_session").search(before)
    for session in sessions:
        if session.body != new.body or session.parties != new.parties:
            continue
        vague = new.date is None and new.place is None
        headline = session.sentence.index == 0 and _compatible(session.place, new.place)
        # told again in the lead, it is the report's: a year's session to come is another
        next_year = len(session.sentences) > 1 and new.planned and len(new.date or "") == 4
        if (
            session.date is None
            and (session.place is None or headline)
            and not other
            and not next_year
        ):
            # a headline's session ("... саммита СНГ в Душанбе"), told again with its day or
            # place: the lead's tense is the session's
            session.date, session.planned = new.date, new.planned
            session.place = new.place or session.place  # the lead's place is the more exact
            session.sentences.append(new.sentence)
            return session
        if (vague and not other) or (
            session.planned == new.planned
            and _compatible(session.date, new.date)
            and _compatible(session.place, new.place)
        ):
            session.date = session.date or new.date
            session.place = session.place or new.place
            session.sentences.append(new.sentence)
            return session
    if other and new.date is None and new.place is None:
        return None
    sessions.append(new)
    return new


def _compatible(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a.startswith(b) or b.startswith(a)


def _formats_of_sentence(sent: Sentence, sessions: list[Session]) -> None:
    """ "в узком составе": the format of the sentence's session, else of the last one told."""
    found = {name for name, regex in patterns("formats").items() if regex.search(sent.text)}
    if not found:
        return
    own = [s for s in sessions if sent in s.sentences and s.body != "bilateral"]
    target = own or [s for s in sessions if s.body != "bilateral"][-1:]
    for session in target:
        session.formats |= found


def _lead_fills(doc: Doc, sessions: list[Session]) -> None:
    """The article's first session, held and named in its lead without a place or a day,
    takes the dateline's (and so do the other talks its sentence tells); so do held talks told
    without a place, unless on a summit's sidelines (the summit's city, which a later report
    may be filed from elsewhere)."""
    for talks in sessions:
        if talks.body != "bilateral" or talks.planned or talks.place is not None:
            continue
        if not any(_SIDELINES.search(sent.text) for sent in talks.sentences):
            talks.place = doc.context.get("dateline_place")  # not those beside a summit
    first = next((s for s in sessions if s.reported), None)
    if first is None or first.sentence.index > 3:
        return
    if first.place is None and not first.planned:
        first.place = doc.context.get("dateline_place")
    if first.date is None and not first.planned:
        day = _lead_day(doc) or doc.context.get("dateline_date")
        # "провел переговоры с Моди, Рамафосой и Си": so do the lead's other talks
        for session in sessions:
            if session is first or (
                session.body == first.body == "bilateral"
                and session.sentence is first.sentence
                and session.date is None
            ):
                session.date = day


def _lead_day(doc: Doc) -> str | None:
    """ "Казань, 23 октября. Во вторник, в первый день саммита, Путин провел ...": the one
    day the headline and lead tell by its weekday alone ("в понедельник, 22 декабря" is told by
    its date), not the dateline's."""
    told = set()
    for sent in doc.sentences[:4]:
        found = dates_in(sent)
        if not any(d.day is not None for d in found):
            told |= {
                resolve(d, doc.context.get("published"), False, None)
                for d in found
                if d.form == "weekday"
            }
    return told.pop() if len(told) == 1 else None


def to_fact(session: Session) -> Meeting:
    sent = session.sentence
    confidence = 0.71 if session.body != "bilateral" else 0.61
    if session.date is None and session.place is None:
        confidence -= 0.2
    return Meeting(
        body=session.body,
        date=session.date,
        place=session.place,
        formats=sorted(session.formats),
        parties=list(session.parties) if session.parties else None,
        planned=session.planned,
        span=(sent.start, sent.end),
        quote=sent.text,
        confidence=round(confidence, 2),
    )
