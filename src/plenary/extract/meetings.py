"""Sessions of bodies: which body, when, where, in which formats, held or planned.

Each sentence that names a body (or an organization with the level of its council, or a
generic "summit" in an article about one body) yields a candidate; candidates that agree on
body, informality, tense, date and place merge into one meeting. The most-cited multilateral
meeting is the article's primary one, which later components link facts to.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from datetime import date as _date
from datetime import timedelta
from functools import cache, lru_cache

from plenary.extract.chronology import leads_line, line_date, line_place
from plenary.extract.dates import WEEKDAYS, DateExpr, resolve
from plenary.extract.doc import (
    Doc,
    Mention,
    Sentence,
    alternation,
    lexicon,
    source_citations,
    speech_verbs,
    word_pattern,
)
from plenary.extract.persons import PersonRef
from plenary.extract.tense import clause_bounds, has_present_verb, is_planned, tense_of
from plenary.reference import load
from plenary.spec import Meeting, MeetingRef

_GENERIC = re.compile(
    r"\b(?=[gms])(summit|meeting|session|sitting|gathering)s?\b|"
    r"\b(?=[abcfghlop])"
    r"(?:heads of state|heads of government|leaders|presidents|prime ministers|premiers|"
    r"foreign ministers|council|organi[sz]ation|bloc|grouping|alliance)\s+"
    r"(?:will\s+|is to\s+|are to\s+|is due to\s+|are due to\s+|last\s+)?(?:next\s+)?"
    r"(?:meet|met|gather)",
    re.I,
)
_GENERIC_WORDS = ("summit", "meet", "met", "session", "sitting", "gather")
"""A word every `_GENERIC` match contains."""
_ADJUNCT = re.compile(  # "the summit package", "summit documents": no session named
    r"\s+(?:package|documents|agenda|preparations|venue|declaration|decisions|communiqu[eé]|"
    r"papers|texts|drafts)\b",
    re.I,
)
_DEFERRED_TO = re.compile(  # "postponing the decision until an informal meeting": another one
    r"\b(?:until|till|before|pending)\s+(?:an?\s+|the\s+)?(?:\w+\s+)?$", re.I
)
_QUALIFIED = re.compile(
    r"\b(strategic|expert|working|government|cabinet|board|plenary|press|"
    r"business|investment|economic|academic|youth|joint)\s+$",
    re.I,
)


def _qualified(before: str, article_body: str | None) -> bool:
    """Does a word before "session" make it another kind ("a working meeting")? "Plenary"
    does, except in a report on an assembly of parliaments, whose sessions are plenary."""
    qualifier = _QUALIFIED.search(before)
    if qualifier is None:
        return False
    body = load().bodies.get(article_body or "")
    return not (qualifier.group(1).lower() == "plenary" and body and body.level == "parliaments")


_FOUNDED = re.compile(r"\b(?:established|founded|created|set up|formed)\s+in\s+$", re.I)
_OTHER_FORMAT = re.compile(
    r"\b[A-Z][a-z]+\s*[-–]\s*(?:Central\s+)?[A-Z][a-z]+\s+$|"
    r"\b(?=[ABCGSTt])(?:trilateral|tripartite|Trilateral|[A-Z]{3,6}\s*(?:Plus|\+|Outreach))"
    r"[\"'”’»]?\s+"
    r"(?:[\w-]+\s+){0,2}$"
)
""" "the first Russia - Central Asia summit", "the Russia-Africa summit", "the trilateral
meeting of the heads of state of Mongolia, Russia and China", "the SCO Plus meeting": another
format's."""
_NOT_A_GUEST = (
    r"\s+(?:the|a|an|this|that|his|her|its|their)\s+(?:[\w-]+\s+)?(?:proposals?|initiatives?|"
    r"ideas?|decisions?|statements?|offers?|steps?|moves?|news|results?|progress|readiness|"
    r"agreements?|efforts?|participation|adoption|signing|outcome)\b"
)
""" "welcomed the proposal of Prime Minister Aripov": no guest received."""
_OF_TWO = r"of(?=\s+(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,3}\s+and\s)"
""" "the meeting of Putin V.V. and Xi Jinping": two named people after "meeting of"."""
_BILATERAL = re.compile(
    r"\b(?=[abchimnoprstw])"
    r"(bilateral (?:meeting|talks|negotiations)s?|"
    r"(?:held|hold|holds|holding|had) (?:['‘\"]?[\w-]+['’\"]? )?talks|"
    r"(?:held|hold|holds|holding) (?:the |a )?(?:\d+\w* |\w+ ){0,2}(?:regular |annual )?"
    r"(?:negotiations|meeting of the heads of (?:state|government) of)|"
    r"(?:held|hold|holds|holding) (?:their|a|an|the) (?:[\w-]+ ){0,3}summit|"
    r"(?:held|had) (?:a|an) (?:separate |private |brief |bilateral |one-to-one |face-to-face )"
    r"(?:meeting|conversation)(?! of)|(?:held|had) a conversation with|"
    r"(?:took place|were held|was held) between|"
    r"talks (?:with|between)|negotiations (?:with|between|of)|met(?: with)?|meets?(?: with)?|"
    r"meetings? (?:with(?! the participation)|between|" + _OF_TWO + r")|sat down with|"
    r"(?<=, )meeting (?=[A-Z][a-z])(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday)\b)|"  # "Modi, meeting Putin on the sidelines on Friday, told him"
    r"one-on-one|tete-a-tete|"
    r"(?:the )?two (?:leaders|presidents|heads of state|sides|prime ministers) "
    r"(?:\w+ )?(?:held|met|had)|"
    rf"talks (?:were )?held|signed|(?:was )?received(?: by)?|welcomed(?!{_NOT_A_GUEST})|"
    r"(?:told|assured|informed|thanked) (?:his|her) (?:\w+ )?counterpart|"
    r"presented|awarded|conferred|handed)\b",
    re.I,
)
_BILATERAL_WORDS = (
    "talks", "negotiations", "held", "hold", "between", "met", "meet", "sat down with",
    "one-on-one", "tete-a-tete", "two ", "signed", "received", "welcomed", "counterpart",
    "presented", "awarded", "conferred", "handed", "had a",
)  # fmt: skip
"""A word every `_BILATERAL` trigger contains: a sentence with none of them (most) is not
searched for one."""


def _folded(text: str) -> str:
    """The text as `re.IGNORECASE` reads it, for keyword pre-checks: lower case, with the other
    letters it takes for "i" and "s" ("İ", "ı", "ſ") folded to them ("K" lowers to "k")."""
    return text.lower().replace("\u0307", "").replace("ı", "i").replace("ſ", "s")


def _says_any(doc: Doc, sent: Sentence, words: tuple[str, ...]) -> bool:
    """Does the sentence contain one of the (lower-case) words, as `re.IGNORECASE` reads it? A
    substring test, far cheaper than the search of a pattern whose every match holds one."""
    folded: list[str] | None = doc.context.get("meeting_folded_sentences")
    if folded is None:
        folded = doc.context["meeting_folded_sentences"] = [_folded(s.text) for s in doc.sentences]
    return any(map(folded[sent.index].__contains__, words))  # map: a generator costs more


_CEREMONY = re.compile(r"\b(?:awarded|presented|conferred|handed)\b", re.I)
_RECEPTION = re.compile(
    rf"(?:was )?received(?: by)?|welcomed(?!{_NOT_A_GUEST})|\w+ (?:his|her) (?:\w+ )?counterpart",
    re.I,
)
_IN_PERSON = re.compile(r"\b(?:visit|ceremony|talks|met|meeting|Kremlin|palace|residence)\b", re.I)
_REMOTE = re.compile(r"\b(?:phone|telephone|call|letter|message|decree)\b", re.I)
""" A call, a letter, a decree: no meeting. Talks by video link are one (as sessions are)."""
_BILATERAL_STRICT = re.compile(
    r"\b(?=[bmost])"
    r"(bilateral (?:meeting|talks|negotiations)s?|talks (?:with|between)|met with|meets with|"
    r"meeting (?:with(?! the participation)|between|" + _OF_TWO + r")|sat down with|"
    r"one-on-one|tete-a-tete)\b",
    re.I,
)
_TWO_LEADERS = re.compile(
    r"\b(?:the )?two (?:leaders|presidents|heads of state|prime ministers|sides)\b|"
    r"\btalks (?:were )?held\b",
    re.I,
)
_TALKS_HELD = re.compile(r"talks (?:were )?held", re.I)
_STATE_PAIR = re.compile(r"^\s?[-–]\s?$|^\s+and\s+$")
_RELATIVE = re.compile(r",\s+(?:which|who|whose)\b")
_SESSION_FORMAT = re.compile(
    r"\b(?:narrow|restricted|extended|expanded|limited|enlarged)\s+(?:format|circle|composition)\b",
    re.I,
)
_THREE_WAY = re.compile(r"\b(?:together|three-way|trilateral|tripartite|trio)\b", re.I)
"""Leaders who met "together for a three-way conversation" held no pairs of talks."""
_LEADER_ROLES = {"President", "Prime Minister", "Premier", "Chairman of State Affairs"}
_TITLE_OF = re.compile(
    r"\b(?:chairman|chairwoman|chair|head|secretary[- ]general|speaker|president|member|"
    r"secretariat|council|executive committee|director)\s+of\s+(?:the\s+)?(?:CIS\s+)?$",
    re.I,
)
_NO_MEETING = re.compile(
    r"\b(?=[cdnprw])"
    r"(?:not include|did not|does not|will not|won't|no (?:separate )?meeting|not planned|"
    r"no plans|ruled out|cancel\w*|postpon\w*|rounds? of (?:talks|negotiations))\b",
    re.I,
)
"""Talks that did not happen, and negotiators' rounds ("five rounds of talks were held in
Ulaanbaatar and Moscow"), which are no meeting of two leaders."""
_CHAIRED = re.compile(
    r"\b(?:presides? over|presiding over|chairs|chairing|chairmanship (?:of|in)|presidency of)"
    r"\s+(?:the\s+)?$",
    re.I,
)
""" "Kyrgyzstan presides over the SCO Council of Heads of Government in 2023": the body a state
chairs, not a session of it."""
_ADDRESSEE = re.compile(
    r"\b(?:submit\w*|forward\w*|refer\w*|sent|send)\s+(?:\w+\s+){0,2}?to\s+(?:the\s+)?$|"
    r"\bfor (?:consideration|approval|adoption|signing) (?:by|to|of)\s+(?:the\s+)?$|"
    r"\b(?:instructed|tasked|charged|asked)\s+(?:the\s+)?$",
    re.I,
)
_DOCUMENT_OF = re.compile(
    r"\b(?:Declaration|Decision|Statement|Communiqu[eé]|Resolution|Address|Appeal|Regulations?|"
    r"Rules|Programm?e?|Plan|Decree|Agreement|Treaty)\s+of\s+(?:the\s+)?$",
    re.I,
)
_OTHER_SESSION = re.compile(
    r"\b(?:next|previous|preceding|prior|the following|the subsequent)\s+(?:\w+\s+)?$"
    r"|\b(?:next|last)\s+year['’]s\s+$",
    re.I,
)
""" "the next summit", "next year's summit" (not "next week's": the report's own, to come)."""
_NEXT_OF = re.compile(r"\bnext\s+\w+\s+of\s+(?:the\s+)?$", re.I)
""" "the next meeting of the Council of Heads of State will be held in 2026": another session
where it is to come; "to participate in the next session of the Council, which took place on
October 8" tells the report's own."""
_NOT_EVENT_DATE = re.compile(
    r"\b(?:from|since|until|till|by|before|after|to)\s+(?:(?:taking|assuming|his|her|its|their|"
    r"office|power|post|the|last|next|this)\s+){0,3}(?:in\s+|on\s+)?$|"
    r"\bsince\s+(?:[\w-]+\s+){1,4}(?:in|on)\s+$|"  # "since the group expanded in January"
    r"\bsince\s+(?-i:[A-Z])[\w-]+\s+(?:last\s+)?$|"  # "first meeting since Kazan last October"
    # "became a full member on January 1": a membership's day, not a session's
    r"\b(?:became|becomes|become|joined|joins)\s+(?:[\w-]+\s+){0,4}(?:on|in|from)\s+$|"
    r"\b(?:term|mandate|tenure|powers)\s+(?:\w+\s+){0,2}(?:ends|expires|ended|expired|end|expire)"
    r"\s+(?:on|in)\s+$|"  # "whose three-year term ends on December 31"
    r"\b(?=[rc])(?:returned|returns|came back)(?:\s+home)?\s+(?:on|in)\s+$|"
    # "returned home on Saturday from Samarkand, where he attended the SCO summit"
    r"\b(?:told|briefed)\s+(?:reporters|journalists|the\s+press|the\s+media)\s+on\s+$|"
    # "Ushakov told reporters on Tuesday": the day of the briefing
    r"\bwho\s+(?:had\s+)?(?:arrived|flew|came|landed)\s+(?:[\w-]+\s+){0,3}(?:on|in)\s+$|"
    r"\b(?=[afl])(?:arrived|arrives|flew|landed)\s+(?:in\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+on\s+$",
    # "Modi, who arrived in Moscow on 23 December, ... held the summit", "Mishustin arrived in
    # Minsk on Monday to take part in a meeting": the journey's day
    re.I,
)
_TRIP_BEGINS = re.compile(
    r"\b(?:trip|visit|tour|journey)\b[^.;]{0,70}\b(?:begins?|starts?|will begin|will start)"
    r"\s+on\s+$|"
    r"\b(?:will\s+|is\s+to\s+|is\s+due\s+to\s+)(?:fly|travel|head|leave|depart)\s+(?:to|for)\s+"
    r"[^.;,]{1,40}?\s+on\s+$"
)
""" "the trip to China, which will begin on Sunday and include the SCO summit", "Putin will
fly to Tajikistan on Wednesday for two summits": the journey's first day."""
_CHAIR_YEAR = re.compile(
    r"\b(?:chair(?:man)?ship|presidency|chairs?)(?:\s+of)?(?:\s+the)?(?:\s+[\w-]+){0,2}\s+in\s+$"
)
""" "the chairmanship of the Commonwealth in 2026", "which will chair the CSTO in 2025": the
chairmanship's year, which dates only "the next summit" the chair will host."""
_ARRIVED_ON = re.compile(
    r"\b(?=[afl])(?:arrived|arrives|flew|landed)\s+(?:in\s+)?[A-Z][\w-]*\s+on\s"
)
""""arrived in Minsk on Monday to take part in a meeting": the day of the journey, not of the
session, which the dateline does not date either."""
_SAME_DAY = re.compile(r"\W*(?:on\s+)?(?:the\s+)?same\s+day\b", re.I)
_FRAMING = re.compile(
    r"\b(?=[adfo])(?:at the end of|at the close of|following|after|on the sidelines of|during)"
    r"\s+(?:the|this)\s+$",
    re.I,
)
_EVENT_AFTER = re.compile(r"\s+(?:summit|meeting|session|talks|declaration)\b", re.I)
_ELSEWHERE = re.compile(
    r"\b(?:found\w*|establish\w*|creat\w*|signed|born|based|headquartered|published|announced|"
    r"released|issued|reported|headquarters|seat)\s+in\s+(?:the\s+)?$",
    re.I,
)
_OTHER_BODY = re.compile(
    r"\b(?=[BCFSpc])(Security Council|Federation Council|State Duma|Cabinet|Board|Forum|parliament|"
    r"Supreme Court|commission|committee)\b"
)


_LEVEL_OF_NAME = re.compile(
    r"\s+of\s+the\s+(?:heads?\s+of\s+(?:state|government)s?|leaders|presidents|prime ministers)"
    r"\s+of\s+(?:the\s+)?(?P<name>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,3})",
    re.I,
)


def _of_another_group(doc: Doc, sent: Sentence, trigger_end: int) -> bool:
    """ "the Consultative Meeting of the Heads of State of Central Asia": leaders of a group
    that names no organization Plenary tracks meet in a format of their own."""
    found = _LEVEL_OF_NAME.match(sent.text, trigger_end)
    if found is None or not found.group("name")[0].isupper():
        return False
    start = sent.start + found.start("name")
    return not doc.mentions_in(start, sent.start + found.end("name"), "org")


def _other_body(sent: Sentence) -> bool:
    """Does the sentence speak of a body the spec does not report ("the Federation Council
    ratified")? Not when it only names a post in it ("Speaker of the Federation Council")."""
    return any(
        not _TITLE_OF.search(sent.text[max(0, m.start() - 40) : m.start()])
        for m in _OTHER_BODY.finditer(sent.text)
    )


@dataclass
class MeetingCandidate:
    body: str
    start: int
    end: int
    sentence: Sentence
    planned: bool | None
    date: str | None = None
    place: str | None = None
    formats: set[str] = field(default_factory=set)
    parties: tuple[str, ...] | None = None
    references: int = 1
    generic: bool = False
    eve: str | None = None
    """ "the eve of", "a day before": how a sentence about another session names this one."""
    aside: bool = False
    """Named in passing in a clause of its own: the sentence speaks of its first session."""
    invited: bool = False
    """A visit one leader invited the other to pay: who will come is not yet told."""

    @property
    def informal(self) -> bool:
        return "informal" in self.formats

    @property
    def other_one(self) -> bool:
        """ "the next summit", "the previous meeting": another session than the one the
        article is about."""
        before = self.sentence.text[: self.start - self.sentence.start][-25:]
        return bool(_OTHER_SESSION.search(before) or self.planned and _NEXT_OF.search(before))

    @property
    def reported(self) -> bool:
        """A session of a council the spec reports, not one only known to keep them apart."""
        body = load().bodies.get(self.body)
        return body is None or body.reported

    def ref(self) -> MeetingRef:
        """The session as other facts name it: by body and day where the day is known (a
        council meets once a day; a venue read wrongly would break the link), else with the
        place too."""
        dated = self.date is not None and len(self.date) == 10
        return MeetingRef(body=self.body, date=self.date, place=None if dated else self.place)


def _compatible(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a.startswith(b) or b.startswith(a)


def _names_level(sent: Sentence, beside_guests: bool = True) -> bool:
    """Does the sentence say whose council it is ("CIS foreign ministers met")? Not by the
    people a session "was attended by", unless `beside_guests`."""
    levels: dict[str, list[str]] = lexicon()["level_words"]
    for level, words in levels.items():
        if level == "heads-of-state" or not sent.has(word_pattern(tuple(words))):
            continue
        if beside_guests:
            return True
        for m in word_pattern(tuple(words)).finditer(sent.text):
            if not _ATTENDED_BY.search(sent.text, max(0, m.start() - 35), m.start()):
                return True
    return False


@lru_cache(maxsize=4096)
def _level_body(org: str, sentence_text: str) -> str | None:
    gaz = load()
    lowered = sentence_text.lower()
    levels: dict[str, list[str]] = lexicon()["level_words"]
    for level, words in levels.items():
        if level == "heads-of-state":
            continue
        if word_pattern(tuple(words)).search(lowered):
            if level == "other-ministers":
                return None
            if (found := gaz.body_of(org, level)) is not None:
                return found
    return gaz.body_of(org, "heads-of-state")


_ATTENDED_BY = re.compile(
    r"\b(?:attended|joined|accompanied)\s+(?:\w+\s+)?by\s+(?:the\s+)?$|"
    r"\bparticipation\s+of\s+(?:the\s+)?$",
    re.I,
)
"""Words before a level's people that make them a session's guests, not its council."""
_LEVEL_PEOPLE = re.compile(
    r"\bheads? of (?:state|government)|leaders|presidents|prime ministers|premiers", re.I
)


_WEAK_LEVEL_WORDS = frozenset({"summit", "leaders"})
"""Heads-of-state words that do not outweigh another level's named beside them: "the SCO
summit of heads of government"."""


def _nearest_level_body(org: str, sentence_text: str, at: int) -> str | None:
    """The organization's council of the level whose words stand nearest its name (at `at`
    in the sentence): "The CIS heads of state will meet in Dushanbe in October, and the heads
    of government in June" is the heads of state's. Its top council where no level is named."""
    lowered = sentence_text.lower()
    levels: dict[str, list[str]] = lexicon()["level_words"]
    nearest: tuple[int, str] | None = None
    for level, words in levels.items():
        strong = tuple(w for w in words if w not in _WEAK_LEVEL_WORDS)
        for m in word_pattern(strong).finditer(lowered):
            distance = m.start() - at if m.start() >= at else at - m.end()
            if nearest is None or distance < nearest[0]:
                nearest = (distance, level)
    if nearest is not None and nearest[1] == "other-ministers":
        return None
    level = nearest[1] if nearest is not None else "heads-of-state"
    return load().body_of(org, level) or _level_body(org, "")


_HELD_REMOTELY = re.compile(
    r"\bheld\s+(?:\w+\s+){0,2}(?:via|by|through|in|as)\s+(?:an?\s+|the\s+)?"
    r"(?:video|videoconference|online|virtual)|\bheld\s+(?:online|virtually|remotely)\b|"
    r"\b(?:video|virtual|online)\s+(?:summit|meeting|session|talks)\b|"
    r"\b(?:talks|met|meeting|summit)\s+(?:via|by)\s+(?:a\s+)?video|"
    r"\bvideoconference format\b",
    re.I,
)
"""A session held by video link has no place, whatever city the report is filed from."""
_HELD_REMOTELY_WORDS = ("video", "online", "virtual", "remotely")
"""A word every `_HELD_REMOTELY` match contains."""


def _held_remotely(doc: Doc, sent: Sentence) -> bool:
    return _says_any(doc, sent, _HELD_REMOTELY_WORDS) and sent.has(_HELD_REMOTELY)


_CALLED_OFF = re.compile(
    r"\b(?:originally|initially|first)\s+(?:been\s+)?(?:planned|scheduled|set|due)\b|"
    r"\b(?:was|were) to have\b|\bhad been (?:planned|scheduled)\b",
    re.I,
)
_MOVED_TO = re.compile(
    r"\b(?:moved|postponed|rescheduled|shifted|put off|pushed back)\s+(?:to|until|till|for)\s+"
)
_CALLED_OFF_WORDS = ("originally", "initially", "first", "to have", "had been")
"""A word every `_CALLED_OFF` match contains."""
_DETACHED = re.compile(  # dates past these words belong to another event than the session
    r"\b(?:ahead of|on the eve of|in the run-up to|anniversary|since|following)\b|"
    r",\s+(?:the\s+)?next\s+(?:summit|session|meeting)\b|"  # "meet in Ashgabat, next session"
    # "The Summit was the culmination of the chairmanship, which India assumed at the Samarkand
    # Summit on 16 September 2022": the relative clause's session's
    r",\s+which\s+(?:\w+\s+){0,3}(?:assumed|took over|received|began|started)\b",
    re.I,
)


def _sentence_dates(doc: Doc, sent: Sentence) -> list[DateExpr]:
    """The article's dates inside the sentence, in the article's order: grouped by sentence
    once per article, since every trigger asks for those of its own."""
    grouped: dict[int, list[DateExpr]] | None = doc.context.get("meeting_sentence_dates")
    if grouped is None:
        grouped = doc.context["meeting_sentence_dates"] = {}
        starts = [s.start for s in doc.sentences]
        for expr in doc.context["dates"]:
            index = bisect_right(starts, expr.start) - 1
            if index >= 0 and expr.start < doc.sentences[index].end:
                grouped.setdefault(index, []).append(expr)
    return grouped.get(sent.index, [])


def _sentence_date(doc: Doc, sent: Sentence, anchor: int, planned: bool) -> str | None:
    """The session's date (see `_session_date_expr`), resolved as held or as planned."""
    expr = _session_date_expr(doc, sent, anchor)
    return _resolved(doc, expr, planned) if expr is not None else None


def _resolved(doc: Doc, expr: DateExpr, planned: bool) -> str | None:
    if expr.year is None and expr.month is not None and expr.relative is None:
        year = _clause_year(doc, expr) or _year_later(doc, expr)
        if year is not None:  # "In 2012 the fourth summit was held in New Delhi on March 29"
            expr = replace(expr, year=year)
    return resolve(expr, doc.context["published"], planned, doc.context["fallback_year"])


def _clause_year(doc: Doc, expr: DateExpr) -> int | None:
    """The year a clause opens with ("In 2012 ...", "in 2016 Goa hosted ... on October 15"),
    which a day or month of the clause without a year of its own belongs to."""
    sent = doc.sentence_at(expr.start)
    clause_start = max(doc.text.rfind(";", sent.start, expr.start) + 1, sent.start)
    opening = _YEAR_OPENS.match(doc.text, clause_start, expr.start)
    return int(opening.group(1)) if opening else None


def _year_later(doc: Doc, expr: DateExpr) -> int | None:
    """ "The following year, on October 16, the leaders met in Burabay", "the Dushanbe session
    of September 28 a year later": the year after the last one the sentences before name."""
    sent = doc.sentence_at(expr.start)
    if not _A_YEAR_LATER.search(sent.text):
        return None
    for before in reversed(doc.sentences[max(0, sent.index - 3) : sent.index + 1]):
        years = [
            d.year
            for d in _sentence_dates(doc, before)
            if d.year is not None and d.start < expr.start
        ]
        if years:
            return years[-1] + 1
    return None


_A_YEAR_LATER = re.compile(
    r"\b(?:the\s+(?:following|next)\s+year|(?:exactly\s+)?a\s+year\s+later)\b", re.I
)
_YEAR_OPENS = re.compile(r"\s*(?:and\s+)?[Ii]n\s+((?:19|20)\d\d)\b(?!\s*[-–—/])")


def _session_date_expr(doc: Doc, sent: Sentence, anchor: int) -> DateExpr | None:
    """The session's date: the most precise date of its clause (else of its sentence) that is
    not a bound ("from January 1") or a target year ("strategy to 2025")."""
    lo, hi = clause_bounds(sent, anchor, anchor + 1)
    next_one = re.search(r"\bnext\s+(?:\w+\s+){0,3}$", doc.text[max(0, anchor - 30) : anchor])
    usable = [
        d
        for d in _sentence_dates(doc, sent)
        if d.start != doc.context.get("dateline_at")
        and not d.is_period
        and d.form != "season"
        and not (
            _NOT_EVENT_DATE.search(doc.text[max(0, d.start - 40) : d.start])
            and not (d.range and doc.text[max(0, d.start - 5) : d.start].lower() == "from ")
            and not _OWN_DATE_GAP.fullmatch(doc.text, anchor, d.start)
        )  # a bound ("from January 1"), but "held from August 22 to 24" is the session's days,
        # and "since the Kazan summit in October 2024" the summit's
        and not _TRIP_BEGINS.search(doc.text[max(sent.start, d.start - 100) : d.start])
        and not _named_between(doc, anchor, d.start)
        and not (d.end <= anchor and _SUBORDINATE_TO.search(doc.text, d.end, anchor))
        and (next_one or not _CHAIR_YEAR.search(doc.text[max(0, d.start - 40) : d.start]))
        and not _dates_another_event(doc, d, anchor)
        and not (d.start > anchor and _said().search(doc.text, anchor, d.start))
        and (
            d.form != "year"
            or (
                re.search(r"\b(?:in|of)\s+$", doc.text[max(0, d.start - 4) : d.start])
                and (
                    0 <= d.start - anchor <= (100 if next_one else 60)
                    or (next_one and 0 <= anchor - d.end <= 40)  # "in 2025 and host the next"
                )
            )
            or re.match(r"['’]?s?\s+(?:summit|session|meeting)", doc.text[d.end : d.end + 12])
            or leads_line(doc.text, d)
        )
        and not (d.form == "year" and _FOUNDED.search(doc.text, max(0, d.start - 30), d.start))
    ]
    dates = [d for d in usable if lo <= d.start < hi] or [
        d
        for d in usable
        if (d.form != "year" or leads_line(doc.text, d))
        and not _DETACHED.search(doc.text[min(anchor, d.start) : max(anchor, d.start)])
    ]
    if not dates:
        return None
    own = [d for d in dates if _OWN_DATE_GAP.fullmatch(doc.text, anchor, d.start)]
    if own:  # "since the Kazan BRICS summit in October 2024": its own, however precise others
        return own[0]
    return min(dates, key=lambda d: (-_specificity(d), abs(d.start - anchor)))


_OWN_DATE_GAP = re.compile(r"\s+(?:in|of|on)\s+(?:the\s+)?")
_SUBORDINATE_TO = re.compile(r"\b(?:after|before)\b[^,;.:]*$")
"""A session told in a clause of its own after the date ("will double its membership next
year after its leaders agreed at the Johannesburg summit"): the date is the main clause's."""


def _named_between(doc: Doc, anchor: int, date_start: int) -> bool:
    """ "The session of the Supreme State Council was preceded by a meeting of the Council of
    Ministers, held in Minsk in late November": a date past another council's name is that
    council's."""
    if date_start <= anchor:
        return False
    named = doc.mentions_in(anchor, date_start, "body")
    own = next((m.key for m in named if m.start == anchor), None)
    return own is not None and any(m.key != own for m in named)


def _dates_another_event(doc: Doc, date: DateExpr, anchor: int) -> bool:
    """ "approve documents for December summit": the date names the summit after it, not the
    session the sentence's trigger speaks of."""
    event = re.match(r"\s+(?:summit|session|meeting)\b", doc.text[date.end : date.end + 12])
    if _INCIDENT.match(doc.text, date.end, date.end + 40) or _INCIDENT_VERB.search(
        doc.text, max(0, date.start - 70), date.start
    ):
        return True  # "the April 22 terror attack", "the plane that crashed on December 25"
    if _TITLE_DATED.search(doc.text, max(0, date.start - 160), date.start):
        return True  # "the Treaty on the Eurasian Economic Union of May 29, 2014": the treaty's
    if (
        anchor < date.start
        and _ANNIVERSARY_OF.search(doc.text, anchor, date.start)
        and (
            _ACT_ON.search(doc.text, max(anchor, date.start - 60), date.start)
            or doc.text[max(anchor, date.start - 2) : date.start].strip() == "("
        )
    ):
        return True  # "timed to the anniversary of the Treaty ..., signed on 8 December 1999",
        # "... of the signing of the Treaty on the Creation of the Union State (8 December 1999)"
    if anchor < date.start and _OTHER_ACT.search(
        doc.text, max(anchor, date.start - 90), date.start
    ):
        return True  # "the first summit following the accession of Egypt, ... on January 1":
        # the accession's day
    if anchor < date.start and _AFTER_THEY_MET.search(doc.text, anchor, date.start):
        return True  # "The Yerevan session came six months after the leaders met in Moscow on
        # May 16": the earlier meeting's day
    return event is not None and not date.end <= anchor <= date.end + event.end()


_AFTER_THEY_MET = re.compile(
    r"\b(?:after|before|since)\s+(?:\w+\s+){0,3}?(?:met|gathered|convened)\b[^.;]*$"
)
_OTHER_ACT = re.compile(
    r"\b(?:accession|admission|entry\s+into\s+force|joined|became\s+(?:full\s+)?members?)\b"
    r"(?:(?!summit|session|meeting)[^.;])*\s(?:on|in|from)\s+$"
)
"""Another act the date closes: "following the accession of Egypt ... on January 1" (not
"became members at the Astana summit on 9 June 2017", where the summit has the day)."""
_ANNIVERSARY_OF = re.compile(r"\banniversary\s+of\b")
_TITLE_DATED = re.compile(
    r"\b(?-i:Treaty|Agreement|Convention|Protocol|Charter|Memorandum)"
    r"(?:\s+(?:on|of|the|for|and|to|between|in|(?-i:[A-Z])[\w'’-]*))*\s+(?:of|dated)\s+$"
)
""" A date closing a document's title is the day the document was signed, not a session's."""
_ACT_ON = re.compile(
    r"\b(?:signed|adopted|founded|established|created|concluded)\b[^.;]{0,40}?\s+(?:on|in)\s+$"
)


_INCIDENT_VERB = re.compile(
    r"\b(?=[acdeksw])(?:crashed|exploded|died|killed|shot down|attacked|struck)\b[^.;,]{0,30}$|"
    r"\bcrash\s+of\b[^.;,]{0,50}$"
)
_INCIDENT = re.compile(
    r"(?:['’]s)?\s+(?:[\w-]+\s+)?(?=[abcdeimprstwf])(?:attacks?|bombings?|crash|downing|"
    r"earthquake|elections?|"
    r"explosion|inauguration|incident|massacre|parade|protests?|referendum|shooting|strikes?|"
    r"war|fire|flood)\b"
)


def _date_follows(doc: Doc, sent: Sentence, trigger_end: int) -> bool:
    """A date that qualifies the trigger itself: "the summit on October 9", "summit in 2026"."""
    return any(
        0 <= d.start - trigger_end <= 40
        and not re.search(r"[,;]|\b(?:to|and)\b", doc.text[trigger_end : d.start])
        for d in _sentence_dates(doc, sent)
    )


def _under_way(doc: Doc, expr: DateExpr) -> bool:
    """Is a session of several days ("from October 22 to 24") under way on a given
    publication day (its first day to three days after)?"""
    published = doc.context["published"]
    start = _resolved(doc, expr, False)
    if not (doc.article.published and published and start and expr.day):
        return False
    try:
        first = _date(int(start[:4]), expr.month or 1, expr.day)
    except ValueError:
        return False
    return 0 <= (published - first).days <= 3


def _dated_tense(
    doc: Doc, sent: Sentence, expr: DateExpr | None, planned: bool | None
) -> tuple[str | None, bool | None]:
    """The session's date (`expr`, one reading resolved either way), and its tense where no
    cue word gave one: a date after publication is planned, one before it happened (for a
    year-less date, the reading nearer publication)."""
    if expr is not None and expr.ahead is not None:
        planned = expr.ahead  # "the one in Kazan last October", whatever the verb
    published = doc.context["published"]
    if planned and expr is not None and expr.range and _under_way(doc, expr):
        planned = False  # "the summit, which Russia is hosting in Kazan from October 22 to 24"
    if planned is not None:
        date = _resolved(doc, expr, planned) if expr is not None else None
        if planned is False and date and len(date) == 10 and doc.article.published and published:
            # "submitted them to the Council of Heads of State on 14 October", reported on
            # the 13th: a day after a given publication date is still to come, whatever verb
            planned = _day(date) > published
        return date, planned
    if expr is not None and _OPENS_ON.search(
        doc.text, max(sent.start, expr.start - 30), expr.start
    ):
        return _resolved(doc, expr, True), True  # "the BRICS summit that opens on Sunday"
    held_date = _resolved(doc, expr, False) if expr is not None else None
    present = has_present_verb(sent) and sent.index > _headline_index(doc)
    if published is None and expr is not None and leads_line(doc.text, expr):
        present = False  # "January 10: The council holds ...": an undated chronology looks back
    if expr is None or published is None or held_date is None:
        return held_date, True if present else None
    if expr.year is None and expr.relative is None:
        planned_date = _resolved(doc, expr, True) or held_date
        gaps = {
            False: abs((_day(held_date) - published).days),
            True: abs((_day(planned_date) - published).days),
        }
        if planned_date == held_date:  # one reading: ahead of publication or not
            return held_date, _day(held_date) > published
        chosen = min(gaps, key=lambda k: gaps[k])
        return (planned_date if chosen else held_date), chosen
    if _day(held_date) > published:
        return _resolved(doc, expr, True), True
    if _day(held_date) < published:
        return held_date, False
    return held_date, True if present else None


def _headline_index(doc: Doc) -> int:
    """The headline's sentence: the first of six words or more, below any short header lines
    ("Ministry of External Affairs", "Press Release")."""
    index = doc.context.get("headline_index")
    if index is None:
        index = next((s.index for s in doc.sentences if len(s.text.split()) >= 6), 0)
        doc.context["headline_index"] = index
    return int(index)


_OPENS_ON = re.compile(r"\b(?:opens|begins|starts|convenes)\s+(?:on\s+)?$", re.I)
"""A session that "opens on Sunday" in a report without a tense of its own is still to come."""


def _day(value: str) -> _date:
    """The first day a partial date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) can mean."""
    parts = [int(p) for p in value[:10].split("-")]
    return _date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


_DAY_RELATIVES = ("yesterday", "today", "tomorrow", "years ago today")


def _specificity(expr: DateExpr) -> int:
    weekday = (expr.relative or "").split(":")[-1] in WEEKDAYS
    if expr.day is not None or weekday or expr.relative in _DAY_RELATIVES:
        return 3
    if expr.month is not None or (expr.relative or "").count(":"):
        return 2
    return 1


_WHERE_AFTER = re.compile(r",?\s+where\b")
""" "returned from Samarkand, where he attended the SCO summit": the place the clause is in."""
_RETURNED_FROM = re.compile(r"\b(?:returned|returns|came back)\b[^.;]{0,40}\bfrom\b")
""" "returned home on Saturday from Samarkand": a session before the dateline's day."""


def _sentence_place(doc: Doc, sent: Sentence, anchor: int) -> str | None:
    lo, hi = clause_bounds(sent, anchor, anchor + 1)

    def located(mention: Mention) -> bool:
        """ "in Dushanbe", "at the Kremlin", "to the Kazakh capital", "the Brasilia summit"."""
        before = doc.text[max(0, mention.start - 30) : mention.start]
        if _ELSEWHERE.search(before) or _REGION_AFTER.match(doc.text, mention.end):
            return False
        if _cited_before().search(before):
            return False  # "according to the Kremlin": the source, not "to the Kremlin"
        return bool(
            re.search(
                r"\b(?:in|at|near)\s+(?:the\s+)?$|\bto\s+the\s+$|"
                r"\b(?:in|at|to)\s+the\s+(?:[A-Z][\w-]+\s+)?(?:city|town|capital|resort)\s+of\s+$|"
                r"\b(?:visit|trip|travel\w*|came|"
                r"comes?|arriv\w+|fl[eiy]\w*|head\w*|went|go|goes|going)\s+to\s+$",
                before,
            )
            or _EVENT_AFTER.match(doc.text, mention.end)
            or _HOSTS_AFTER.match(doc.text, mention.end)
            or _WHERE_AFTER.match(doc.text, mention.end)
        )

    def dateline(mention: Mention) -> bool:
        return mention.start == sent.start and _is_dateline(doc, mention)

    # a capital names the place of a session only where something happens in it ("talks in
    # Beijing", a dateline), not as the government it stands for ("Bolsonaro warms to
    # Beijing", "a Kremlin aide said", "Moscow extends guarantees")
    if sent.index == 0 or sent.start < 600 and _DATELINE_PLACE.match(sent.text):
        lo = min(lo, sent.start)  # a dateline ("UFA: ...") stands before the clause break
    places = [
        m
        for m in doc.mentions_in(lo, hi, "place")
        if located(m)
        or dateline(m)
        or not _is_capital(m.key)
        and not m.text.startswith("Kremlin")
        and not _ELSEWHERE.search(doc.text[max(0, m.start - 30) : m.start])
    ]
    places = [
        m
        for m in places
        if not _of_another_time(doc, m, anchor)
        and not (m.start > anchor and _SINCE.search(doc.text, max(anchor, m.start - 60), m.start))
        and not (
            _SINCE_RIGHT.search(doc.text, max(0, m.start - 12), m.start)
            and not _EVENT_AFTER.match(doc.text, m.end)  # "since the Dushanbe summit": its own
        )
    ]  # "their first meeting since the informal summit in Mamallapuram": that one's place
    if not places:
        return None
    return min(
        places,
        key=lambda m: (
            not (located(m) or dateline(m)) or _apart(doc, m, anchor),
            not (m.start > anchor and _HELD_IN.search(doc.text, max(0, m.start - 30), m.start)),
            abs(m.start - anchor),
        ),
    ).key


@cache
def _cited_before() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(source_citations())})\s+(?:the\s+)?$", re.I)


_HELD_IN = re.compile(r"\b(?:held|take place|takes place|took place|convene|meet)\s+in\s+$")
""" "According to the decision taken in Sochi, the next meeting ... will be held in Dushanbe":
the place the session is held in, after it, outranks a nearer one of something else."""


def _apart(doc: Doc, place: Mention, anchor: int) -> bool:
    """ "He arrived in Durban after holding talks with Zuma in Pretoria": a place before
    "after" or "before" is where something else happened."""
    return place.end < anchor and bool(_SEQUENCE.search(doc.text, place.end, anchor))


def _of_another_time(doc: Doc, place: Mention, anchor: int) -> bool:
    """ "held talks with Putin ... after his July visit to Moscow": a place past "after" or
    "before" with a time of its own is another event's."""
    sequence = _SEQUENCE.search(doc.text, anchor, place.start) if anchor < place.start else None
    if sequence is None:
        return False
    until = place.start
    if _VISIT_TO.search(doc.text, max(0, place.start - 12), place.start):
        visit_time = _VISIT_TIME.match(doc.text, place.end)  # "his state visit to Beijing in May"
        until = visit_time.end() + 1 if visit_time else until
    return any(sequence.end() <= d.start < until for d in doc.context["dates"])


_VISIT_TIME = re.compile(r"\s+(?:in|on|last)\s+(?=[A-Z0-9])")
_VISIT_TO = re.compile(r"\bvisit\s+to\s+(?:the\s+)?$")


_SEQUENCE = re.compile(r"\b(?:after|before)\b")
_SINCE = re.compile(r"\bsince\b(?![^,;.]*\b(?:summit|session|meeting)\b)[^,;.]*$")
_SINCE_RIGHT = re.compile(r"\bsince\s+(?:the\s+)?$")


_HOSTS_AFTER = re.compile(r"\s+(?:hosts|hosted|will host|is hosting|to host)\b")
""" "Dushanbe hosts the 17th meeting": a capital as the host city, not the government."""


@cache
def _said() -> re.Pattern[str]:
    """ "Speaking at the meeting, Mamin noted that in 2019 trade grew": a date of what was said
    ("told reporters that": one word may stand between)."""
    words = (*speech_verbs(), "reported")
    return re.compile(rf"\b(?:{alternation(words)})(?:\s+\w+)?\s+that\b")


_REGION_AFTER = re.compile(r"\s+(?:Oblast|Region|region|Province|province|District|Krai)\b")
_DATELINE_PLACE = re.compile(r"[A-Z][A-Z .'\-]{1,30}(?:,|:|\s+\(|\s+[-–—])")


def _is_dateline(doc: Doc, mention: Mention) -> bool:
    """An agency's city in capitals opening a paragraph near the top ("UFA: Prime Minister
    ...", "ASTANA, July 4 (Reuters) -"), below a headline or not."""
    return (
        mention.start < 600
        and mention.text.isupper()
        and (mention.start == 0 or doc.text[mention.start - 1] == "\n")
    )


def _is_dateline_sentence(doc: Doc, sent: Sentence) -> bool:
    return sent.start < 600 and bool(
        _DATELINE_PLACE.match(sent.text)
        and any(_is_dateline(doc, m) for m in doc.mentions_in(sent.start, sent.start + 40, "place"))
    )


@cache
def _capitals() -> frozenset[str]:
    return frozenset(state.capital for state in load().states.values() if state.capital)


def _is_capital(place: str) -> bool:
    return place in _capitals()


_FORMAT_CONTEXT = re.compile(
    r"\b(format|formats|session|sessions|talks|meeting|composition|assembly|part)\b", re.I
)


@cache
def _format_words() -> list[tuple[str, tuple[str, ...], re.Pattern[str]]]:
    """Each format of the lexicon with its words, folded for a pre-check, and their pattern."""
    table: dict[str, list[str]] = lexicon()["formats"]
    return [
        (fmt, tuple(_folded(w) for w in words), word_pattern(tuple(words)))
        for fmt, words in table.items()
    ]


def _formats(doc: Doc, sent: Sentence) -> set[str]:
    found = {
        fmt
        for fmt, words, pattern in _format_words()
        if _says_any(doc, sent, words) and sent.has(pattern)
    }
    if found - {"informal"} and not sent.has(_FORMAT_CONTEXT):
        found &= {"informal"}
    if "informal" in found and sent.has(_INFORMAL_ASIDE):
        found.discard("informal")  # "had a brief informal conversation": not the session
    return found


_INFORMAL_ASIDE = re.compile(
    r"\binformal\s+(?:conversation|chat|exchange|dinner|lunch|breakfast|talk)\b", re.I
)


_RETRACTION = re.compile(
    r"\b(?:an?|the)\s+(?:earlier|previous|original)\s+version\s+of\s+(?:this|the)\s+"
    r"(?:story|report|article|item|dispatch)\b|"
    r"^(?:Correction:\s*)?An?\s+(?:article|report|story)\b[^.]{0,160}?\b(?:misstated|misidentified|"
    r"misspelled|incorrectly)\b",
    re.I,
)
"""A correction notice tells what the report wrongly said: its sessions are none."""
_RETRACTION_WORDS = ("version", "misstated", "misidentified", "misspelled", "incorrectly")
"""A word every `_RETRACTION` match holds."""


def find_meetings(doc: Doc, people: list[PersonRef]) -> list[MeetingCandidate]:
    candidates: list[MeetingCandidate] = []
    article_body = _article_body(doc)
    for sent in doc.sentences:
        if any(w in sent.text for w in _RETRACTION_WORDS) and _RETRACTION.search(sent.text):
            continue  # "An earlier version of this story misstated the date as December 8"
        found = _sentence_candidates(doc, sent, article_body)
        for cand in found:
            _take_antecedent_body(cand, candidates)
            _take_same_day(cand, candidates)
            _take_sidelines(cand, candidates)
        candidates.extend(found)
    meetings, by_sentence = _merge(candidates)
    for meeting in meetings:
        if meeting.planned is None:
            meeting.planned = doc.context["default_planned"]
    primary = _primary(meetings)
    _date_from_dateline(doc, meetings)
    _date_day_before(meetings, primary)
    _date_from_lead(doc, meetings)
    for index, meeting in enumerate(meetings):  # "The same day" as a session just dated
        _take_same_day(meeting, meetings[:index])
    _opening_day(doc, by_sentence)
    doc.context["sentence_meetings"] = by_sentence
    doc.context["primary_meeting"] = primary
    bilaterals = _bilaterals(doc, people, primary)
    _add_visits(doc, people, bilaterals)
    _add_invited_visits(doc, people, bilaterals)
    _date_from_dateline(doc, bilaterals)  # a readout of talks, dated only by its dateline
    meetings.extend(bilaterals)
    _formats_told_alone(doc, meetings, by_sentence)
    _chronology_sessions(doc, meetings, by_sentence, article_body)
    _chronology_lines(doc, by_sentence)
    _after_publication(doc, meetings)
    doc.context["meetings"] = meetings
    return meetings


def _after_publication(doc: Doc, meetings: list[MeetingCandidate]) -> None:
    """A session dated to a later month than the one the report's metadata says it was
    published in is still to come, whatever the verb near it ("accepted his proposal to hold
    an anniversary summit in Moscow in May 2024", published in December 2023). Only months
    compare: a report's own day may be off by one or two (time zones, a late upload), and a
    publication date read from the text is no metadata."""
    published = doc.article.published
    if not published or len(published) < 7:
        return
    for meeting in meetings:
        told = (meeting.date or "")[:7]
        if not meeting.planned and told and told > published[: len(told)]:
            meeting.planned = True


def _chronology_lines(doc: Doc, by_sentence: dict[int, MeetingCandidate]) -> None:
    """A chronology's line tells one session: its later sentences speak of the one its first
    names ("1992 — In Tashkent, six states sign the Treaty at a CIS summit. Uzbek President
    Islam Karimov hosts the gathering.")."""
    line_start, told = -1, None
    for sent in doc.sentences:
        if line_date(doc, sent) is None:
            continue
        start = doc.text.rfind("\n", 0, sent.start) + 1
        if start != line_start:  # a new line
            line_start, told = start, None
        told = told or by_sentence.get(sent.index)
        if told is not None:  # "the gathering" in a later sentence is the line's session too
            by_sentence[sent.index] = told


_LEADERS_ACT = re.compile(r"\b(?:signed|adopted|approved)\b")
_COUNCIL_OR_LEADERS = re.compile(r"\b[Tt]he (?:Council|leaders|heads of state|presidents)\b")


def _chronology_sessions(
    doc: Doc,
    meetings: list[MeetingCandidate],
    by_sentence: dict[int, MeetingCandidate],
    article_body: str | None,
) -> None:
    """ "Astana, 29 May 2014. ... Nazarbayev, Putin and Lukashenko signed the Treaty on the
    Eurasian Economic Union": a chronology's line that names no session, where a leader it
    names (or "the Council") signs or adopts, tells a session of the council the report is
    about, on the line's day and at its place."""
    if article_body is None or article_body == "bilateral":
        return
    lines: dict[int, list[Sentence]] = {}
    for sent in doc.sentences:
        if line_date(doc, sent) is not None or line_date(doc, sent, before=True) is not None:
            lines.setdefault(doc.text.rfind("\n", 0, sent.start) + 1, []).append(sent)
    for start, sents in lines.items():
        if any(s.index in by_sentence for s in sents):
            continue
        text = " ".join(s.text for s in sents)
        named = {m.key for s in sents for m in doc.mentions_in(s.start, s.end, "person")}
        if not _LEADERS_ACT.search(text) or not (named or _COUNCIL_OR_LEADERS.search(text)):
            continue
        expr = line_date(doc, sents[0])
        date = _resolved(doc, expr, False) if expr is not None else None
        if expr is None or date is None or len(date) < 7:
            continue
        before = doc.mentions_in(start, expr.start, "place")  # "Astana, 29 May 2014."
        place = before[0].key if before else line_place(doc, sents[0])
        published = doc.context.get("published")
        meeting = next(
            (m for m in meetings if (m.body, m.date, m.place) == (article_body, date, place)),
            None,
        )  # the same session told before (a dateline may have dated the headline's)
        if meeting is None:
            meeting = MeetingCandidate(
                body=article_body,
                start=sents[0].start,
                end=sents[0].start,
                sentence=sents[0],
                planned=bool(published and date > published.isoformat()[: len(date)]),
                date=date,
                place=place,
            )
            meetings.append(meeting)
        for sent in sents:
            by_sentence[sent.index] = meeting


def _formats_told_alone(
    doc: Doc, meetings: list[MeetingCandidate], by_sentence: dict[int, MeetingCandidate]
) -> None:
    """ "The leaders first met in a narrow format and then continued in an extended one": a
    sentence that names no session tells the formats of the one told last before it."""
    told = dict(by_sentence)
    for meeting in meetings:
        told.setdefault(meeting.sentence.index, meeting)
    last: MeetingCandidate | None = None
    for sent in doc.sentences:
        if sent.index in told:
            last = told[sent.index]
        elif last is not None:
            last.formats |= _formats(doc, sent) - {"informal"}


def _take_same_day(cand: MeetingCandidate, earlier: list[MeetingCandidate]) -> None:
    """ "On the same day, the leaders will hold their informal summit": the day of the last
    session dated to the day."""
    if cand.date is not None or cand.generic or not _SAME_DAY.match(cand.sentence.text):
        return
    dated = [c for c in earlier if c.date and len(c.date) == 10]
    if dated:
        cand.date = dated[-1].date


_SIDELINES_OF_IT = re.compile(
    r"\b(?:on|at)\s+the\s+(?:sidelines|margins)\s+of\s+(?:the|this|that)\s+"
    r"(?:summit|session|meeting)\b[^.;]*$",
    re.I,
)


def _take_sidelines(cand: MeetingCandidate, earlier: list[MeetingCandidate]) -> None:
    """ "On the sidelines of the summit, the Collective Security Council held a session":
    another council's session, at the day and place of the summit last told."""
    if cand.date or cand.place or cand.generic:
        return
    before = cand.sentence.text[: cand.start - cand.sentence.start]
    if not ("sidelines" in before or "margins" in before) or not _SIDELINES_OF_IT.search(before):
        return
    summit = next((c for c in reversed(earlier) if c.date and c.body != cand.body), None)
    if summit is not None:
        cand.date, cand.place = summit.date, summit.place


def _take_antecedent_body(cand: MeetingCandidate, earlier: list[MeetingCandidate]) -> None:
    """ "The session was chaired by Muhriddin, whose country holds the CIS chairmanship":
    an undated "the session" opening its sentence is the session just named, whatever
    organization the rest of the sentence mentions."""
    if not cand.generic or cand.date or cand.place or cand.start - cand.sentence.start > 4:
        return
    recent = [
        c for c in earlier if 0 < cand.sentence.index - c.sentence.index <= 2 and _tracked(c.body)
    ]
    if recent:
        cand.body = recent[-1].body


def _tracked(body: str) -> bool:
    """A council of a tracked organization ("the UN General Assembly last year" is none,
    nor are two leaders' talks)."""
    known = load().bodies.get(body)
    return known is not None and known.org is not None


def _date_from_dateline(doc: Doc, meetings: list[MeetingCandidate]) -> None:
    """A held session told of in the lead, undated there, took place on the dateline's day
    ("MINSK, Dec 6 - ... signed a treaty", "February 22, 2022, The Kremlin")."""
    dated = doc.context.get("dateline_date")
    if dated and not doc.context.get("dateline_place"):
        dated = _lead_weekday(doc, dated) or dated
    readout = dated is None and _is_readout(doc)
    if readout:
        dated = doc.article.published
    if not dated or len(dated) != 10:
        return
    at = doc.context.get("dateline_at")
    # "Moscow, December 23 /Kabar/." may stand as a sentence of its own before the lead
    alone = at is not None and len(doc.sentence_at(at).text) < 60
    last = 3 if alone else 2
    other_day = _lead_tells_other_day(doc, doc.sentences[min(last, len(doc.sentences) - 1)], dated)
    for meeting in meetings:
        if (
            (meeting.date is None or (len(meeting.date) == 4 and dated.startswith(meeting.date)))
            and meeting.planned is False
            and meeting.sentence.index <= last
            and not other_day
            and not _ARRIVED_ON.search(meeting.sentence.text)
            and not _RETURNED_FROM.search(meeting.sentence.text)
        ):
            meeting.date = dated
            if meeting.place is None and not readout and not _held_remotely(doc, meeting.sentence):
                meeting.place = _dateline_place(doc)


def _lead_tells_other_day(doc: Doc, upto: Sentence, dated: str) -> bool:
    """ "ASTANA, May 30. Yesterday the presidents signed ...": the lead (to `upto`) tells a day
    of its own ("yesterday", "on Thursday"), and not the dateline's."""
    published, fallback = doc.context["published"], doc.context.get("fallback_year")
    told = {
        resolve(d, published, False, fallback)
        for d in doc.context["dates"]
        if d.relative is not None and d.start < upto.end
    }
    told = {day for day in told if day and len(day) == 10}
    return bool(told) and dated not in told


_OTHER_EVENT = re.compile(
    r"\b(?:meeting|meets|met|talks|summit|session|visit|crash\w*|killed)\b", re.I
)


def _lead_weekday(doc: Doc, issued: str) -> str | None:
    """ "Thursday, October 17, 2024 | World" over "... flew out of Islamabad on Wednesday
    evening after leading India's delegation at the meeting": a masthead's date line (no
    city) dates the issue; the one weekday of the lead, in the week before it, the session."""
    lead_index = _headline_index(doc) + 1
    long = [s for s in doc.sentences if s.index >= lead_index and len(s.text) > 60][:2]
    if not long:
        return None  # the first two long ones: a headline may stand between the date and lead
    days = [
        d
        for d in doc.context["dates"]
        if long[0].start <= d.start < long[-1].end and (d.relative or "").split(":")[-1] in WEEKDAYS
    ]
    if len(days) != 1:
        return None
    told = resolve(days[0], doc.context["published"], False, doc.context.get("fallback_year"))
    if not told or len(told) != 10 or len(issued) != 10:
        return None
    return told if 0 < (_date.fromisoformat(issued) - _date.fromisoformat(told)).days < 7 else None


def _date_from_lead(doc: Doc, meetings: list[MeetingCandidate]) -> None:
    """ "BURABAY - The union signed its first free-trade deal on May 29, when ... . The
    agreement was signed after a meeting of the Supreme Council": the one held session a
    report names without day or place met on the day its lead tells, where the dateline is."""
    undated = [m for m in meetings if m.reported and m.planned is False and not m.date]
    if len(undated) != 1 or undated[0].place or undated[0].sentence.index > 6:
        return
    lead_index = _headline_index(doc) + 1
    lead = next((s for s in doc.sentences if s.index >= lead_index and len(s.text) > 60), None)
    if lead is None or _OTHER_EVENT.search(lead.text):
        return  # "Putin tells Aliyev at their meeting that the plane crashed on December 25"
    days = [
        d
        for d in doc.context["dates"]
        if lead.start <= d.start < lead.end
        and (
            d.day is not None
            or d.relative in ("today", "yesterday")
            or (d.relative or "").split(":")[-1] in WEEKDAYS
        )
        and not d.range
        and not _TITLE_DATED.search(doc.text, max(0, d.start - 160), d.start)
    ]
    if len(days) != 1:
        return
    told = resolve(days[0], doc.context["published"], False, doc.context.get("fallback_year"))
    published = doc.article.published
    if told and len(told) == 10 and (published is None or told <= published):
        undated[0].date = told
        if not _held_remotely(doc, undated[0].sentence):
            undated[0].place = _dateline_place(doc) or _sentence_place(doc, lead, days[0].start)


_DAYS_LONG = re.compile(
    r"\b(?P<days>two|three|four|[2-4])-day\s+(?:[\w-]+\s+){0,4}?"
    r"(?:summit|meeting|session|conclave|gathering|council)\b",
    re.I,
)
_DAYS = {"two": 2, "three": 3, "four": 4}
_CLOSED = re.compile(
    r"\b(?:ended|closed|concluded|wrapped up|came to a close|drew to a close|ends|closes|"
    r"concludes|wraps up)\b"
)
_OPENED = re.compile(r"\b(?:opened|opens|began|begins|kicked off|started|starts)\b")


def _opening_day(doc: Doc, by_sentence: dict[int, MeetingCandidate]) -> None:
    """ "Leaders ended their two-day summit on Monday": a session of several days is dated
    by its first, which a report of its close names only by the last."""
    shifted: list[MeetingCandidate] = []
    for sent in doc.sentences:
        meeting = by_sentence.get(sent.index)
        if meeting is None or meeting.planned or not meeting.date or len(meeting.date) != 10:
            continue
        if any(meeting is done for done in shifted):
            continue  # a second sentence of its close: already its first day
        long = _DAYS_LONG.search(sent.text)
        if long is None or not _CLOSED.search(sent.text) or _OPENED.search(sent.text):
            continue
        told = (
            resolve(d, doc.context["published"], False, doc.context.get("fallback_year"))
            for d in doc.context["dates"]
            if sent.start <= d.start < sent.end
        )
        if meeting.date not in told:
            continue  # the day came from elsewhere: perhaps the first one already
        days = _DAYS.get(long["days"].lower()) or int(long["days"])
        meeting.date = (_date.fromisoformat(meeting.date) - timedelta(days=days - 1)).isoformat()
        shifted.append(meeting)


def _dateline_place(doc: Doc) -> str | None:
    """The known city a dateline names, in the gazetteer's spelling."""
    name = str(doc.context.get("dateline_place") or "").lower()
    return next(
        (
            m.key
            for m in doc.mentions_in(0, 600, "place")
            if m.text.lower() == name
            and (m.start == 0 or doc.text[m.start - 1] == "\n" or _after_dateline_date(doc, m))
        ),
        None,
    )


_DATE_BEFORE_PLACE = re.compile(r"[\w ,.]+?\d{4},\s*(?:The Kremlin,\s*)?")


def _after_dateline_date(doc: Doc, mention: Mention) -> bool:
    """A city after the date on a line of its own: "November 23, 2022, Yerevan"."""
    line_start = doc.text.rfind("\n", 0, mention.start) + 1
    return bool(_DATE_BEFORE_PLACE.fullmatch(doc.text, line_start, mention.start))


def _is_readout(doc: Doc) -> bool:
    """An official readout (no dateline, its lead undated) is posted the day the session
    meets: "Vladimir Putin chaired a meeting in the BRICS Plus/Outreach format"."""
    outlet = (doc.article.outlet or "").lower()
    return any(word in outlet for word in ("readout", "press service", "kremlin", "president"))


def _date_day_before(meetings: list[MeetingCandidate], primary: MeetingCandidate | None) -> None:
    """ "The informal meeting held the day before" is dated from the session it precedes."""
    if primary is None or primary.date is None or len(primary.date) != 10:
        return
    for meeting in meetings:
        if meeting is primary or meeting.date is not None:
            continue
        if re.search(
            r"\b(the day before|the previous day|the eve of)\b", meeting.sentence.text, re.I
        ):
            meeting.date = (_date.fromisoformat(primary.date) - timedelta(days=1)).isoformat()
            meeting.place = meeting.place or primary.place


def _body_in_context(doc: Doc, sent: Sentence, mention: Mention) -> str:
    """A council named without its organization ("the Council of Heads of State") belongs to
    the organization the sentence, else the article, is about."""
    gaz = load()
    body = gaz.bodies[mention.key]
    org_names = (
        [body.org or ""] + [a.lower() for a in gaz.organizations[body.org].aliases]
        if (body.org in gaz.organizations)
        else []
    )
    if any(name and name.lower() in mention.text.lower() for name in org_names):
        return mention.key
    generic: list[str] = lexicon()["generic_body_words"]
    if any(w.lower() not in generic for w in re.findall(r"[\w-]+", mention.text)):
        return mention.key  # "Eurasian Intergovernmental Council" names its union itself
    orgs = doc.mentions_in(sent.start, sent.end, "org") or [
        m for m in doc.mentions if m.type == "org"
    ]
    counts: dict[str, int] = {}
    for org_mention in orgs:
        counts[org_mention.key] = counts.get(org_mention.key, 0) + 1
    if not counts:
        return mention.key
    org = max(counts, key=lambda k: counts[k])
    return gaz.body_of(org, body.level) or mention.key


def _summit_body(article_body: str) -> str:
    """ "The Tianjin summit" in a report on the SCO prime ministers is the heads of state's."""
    gaz = load()
    org = gaz.bodies[article_body].org if article_body in gaz.bodies else None
    return gaz.body_of(org, "heads-of-state") or article_body


_LEADERS_OF = re.compile(
    r"\bleaders of (?:the\s+)?(?:[\w-]+-(?:led|nation|member|country|state)\s+)?$", re.I
)  # "Leaders of the Russia-led Eurasian Economic Union", "of the 10-nation SCO"


def _leaders_of_org(doc: Doc, sent: Sentence, orgs: list[Mention]) -> re.Match[str] | None:
    """ "Leaders of the BRICS group ... adopted a declaration", "SCO leaders signed": the
    leaders of an organization acting together sit in its top council."""
    for org in orgs:
        before = doc.text[max(sent.start, org.start - 40) : org.start]
        if _LEADERS_OF.search(before) or re.match(
            r"\s+leaders\b", doc.text[org.end : org.end + 12]
        ):
            acted = _ACTED.search(sent.text)
            if acted:
                return acted
    return None


_ACTED = re.compile(
    r"\b(?:adopted|signed|approved|endorsed|agreed|gathered|convened|opened|closed|met|"
    r"sat down|will meet|are to meet|meet|"
    r"will adopt|will sign|will approve|are to adopt|are to sign)\b",
    re.I,
)


_AND_OF = re.compile(
    r"(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w-]*\s*){1,6})?"  # "... of the CIS"
    r"\s*,?\s*(?:and|as well as)\s+(?:of\s+)?(?:the\s+)?"
    r"(?:(?:meeting|session)s?\s+of\s+(?:the\s+)?)?"
)


_NAME_TO_CLAUSE = r"\w*(?:\s+(?:of|in)\s[^,.;]{0,60}?)?,?\s+"
"""What may stand between a session's name (or the first letter of "summit", where that is the
trigger) and a clause of its own: "the summit [of the Shanghai Cooperation Organization][,]
to be held in July"."""
_OWN_FUTURE = re.compile(
    _NAME_TO_CLAUSE + r"(?:to be held|which (?:will be held|will take place|is (?:scheduled|due))|"
    r"(?:scheduled|due) to (?:be held|take place)|set to take place)\b",
    re.I,
)
"""A session's own clause that looks forward, whatever the verb its sentence hangs it on
("agreed to continue the dialogue at the summit, to be held in Astana in July")."""
_OWN_DATED = re.compile(
    _NAME_TO_CLAUSE + r"(?:(?:which|that)\s+(?:will be|was|is to be)\s+held|to be held|"
    r"(?:scheduled|due) (?:for|to be held))\b",
    re.I,
)
"""A clause that dates the session itself: "on the eve of the summit, which will be held on
July 4" dates the summit, not its eve."""


_PREPARED_FOR = re.compile(
    r"\b(?:preparations?|preparing|prepare|ready|readiness)\s+(?:for|of)\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,3}$",
    re.I,
)
"""A session being prepared for is still to come, whatever tense tells of the preparing."""


def _next_session(sent: Sentence, start: int, end: int) -> bool:
    """ "the next meeting ..." is still to come unless the text says it took place ("at the
    next meeting of the Supreme Council, held in Moscow on 8 May")."""
    before = sent.text[: start - sent.start][-40:]
    after = sent.text[end - sent.start :][:80]
    return bool(re.search(r"\bnext\s+(?:\w+\s+){0,4}$", before, re.I)) and not re.search(
        r"^[^.;]{0,60}?(?:\b(?:took place|was held|were held|met|convened|opened)\b|,\s+held\b)",
        after,
        re.I,
    )


def _coordinated_bodies(
    doc: Doc, sent: Sentence, found: list[tuple[str, int, int, bool]]
) -> list[tuple[str, int, int, bool]]:
    """ "the meetings of the CIS Council of Heads of Government and of the Eurasian
    Intergovernmental Council": each council joined to the first is a session too."""
    joined = []
    for previous, current in zip(found, found[1:], strict=False):
        if current[0] == found[0][0] or not _AND_OF.fullmatch(doc.text, previous[2], current[1]):
            break
        joined.append(current)
    for current in found[1 + len(joined) :]:
        if current[0] != found[0][0] and _OWN_CLAUSE.match(doc.text, current[2]):
            joined.append(current)  # "... submitted to the Council of Heads of State, which
            # will meet in Bishkek on October 13": the council's own session, dated there
    return joined + _sessions_ahead(doc, sent, found)


_SESSION_OF_LEVEL = re.compile(
    r"\b(?:meeting|summit|session)\s+of\s+the\s+(?:[A-Z][\w-]+\s+){1,2}"
    r"(?:heads of (?:state|government)|prime ministers|presidents|leaders)\b"
)


def _sessions_ahead(
    doc: Doc, sent: Sentence, found: list[tuple[str, int, int, bool]]
) -> list[tuple[str, int, int, bool]]:
    """ "The foreign ministers met to prepare the meeting of the Commonwealth heads of state
    scheduled for Friday": a session of another level, named with its own date."""
    if not found:
        return []
    ahead = []
    for match in _SESSION_OF_LEVEL.finditer(doc.text, found[0][2], sent.end):
        orgs = doc.mentions_in(match.start(), match.end(), "org")
        if not orgs or not _OWN_CLAUSE.match(doc.text, match.end()):
            continue
        body = _level_body(orgs[0].key, match.group())
        if body and body != found[0][0]:
            ahead.append((body, match.start(), match.end(), False))
    return ahead


_OWN_CLAUSE = re.compile(
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,3})?"
    r"(?:,\s+which\s+(?:will\s+(?:meet|be\s+held|take\s+place|convene)|is\s+(?:scheduled|due|set))|"
    r"\s+(?:scheduled|set|due)\s+(?:for|to)\b|"
    r"\s+on\s+(?:[A-Z][a-z]+day\b|\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}\b))"
)


def _article_body(doc: Doc) -> str | None:
    """The council a report is about, which its unqualified "summit" and "meeting" name; none
    for the report of two leaders' talks whose lead names no organization."""
    if _bilateral_lead(doc):
        return None
    counts: dict[str, int] = {}
    for mention in doc.mentions:
        if mention.type == "body" and mention.key != "bilateral":
            sent = doc.sentence_at(mention.start)
            body = _body_in_context(doc, sent, mention)
            counts[body] = counts.get(body, 0) + 2 * _lead_weight(sent)
    for sent in doc.sentences:
        orgs = {m.key for m in doc.mentions_in(sent.start, sent.end, "org")}
        # a headline names what the report is about, with or without its session ("a short
        # history of BRICS")
        if not orgs or not (sent.index == 0 or _names_session_or_leaders(doc, sent)):
            continue
        for org in orgs:
            level_body = _level_body(org, sent.text)
            if level_body:
                counts[level_body] = counts.get(level_body, 0) + _lead_weight(sent)
    return max(counts, key=lambda b: counts[b]) if counts else None


_LEADERS = re.compile(r"\b(?=[hlp])(?:heads? of|leaders|prime ministers)", re.I)
_LEADERS_WORDS = ("head", "leaders", "prime ministers")
"""A word every `_LEADERS` match contains."""


def _names_session_or_leaders(doc: Doc, sent: Sentence) -> bool:
    """ "The SCO summit", "SCO leaders": a sentence that can name an organization's council
    (the words tested first are those every match of the patterns holds)."""
    return (_says_any(doc, sent, _GENERIC_WORDS) and sent.has(_GENERIC)) or (
        _says_any(doc, sent, _LEADERS_WORDS) and sent.has(_LEADERS)
    )


def _named_states(doc: Doc, start: int, end: int) -> set[tuple[int, str]]:
    """(where, state) of each mention of a person of known state in [start, end)."""
    return {
        (m.start, p.state)
        for p in doc.context.get("people", [])
        for m in p.mentions
        if p.state and start <= m.start < end
    }


def _bilateral_lead(doc: Doc) -> bool:
    """Do the headline and lead tell of two leaders' talks, naming no organization or council
    ("Modi, Putin hold talks in Sochi" / "Modi and Putin held their first informal summit")?"""
    lead = [s for s in doc.sentences[:3] if not _is_dateline_sentence(doc, s)]
    if not lead or any(
        doc.mentions_in(s.start, s.end, "org") or doc.mentions_in(s.start, s.end, "body")
        for s in lead
    ):
        return False
    for sent in lead:
        states = {state for _, state in _named_states(doc, sent.start, sent.end)}
        if len(states) == 2 and (
            _BILATERAL.search(sent.text) or re.search(r"\btheir\s+(?:\w+\s+){0,3}summit", sent.text)
        ):
            return True
    return False


def _lead_weight(sent: Sentence) -> int:
    """The headline and lead say what a report is about; later sentences name other councils
    in passing ("on the eve of the summit of the heads of state")."""
    return 3 if sent.index <= 2 else 1


_QUOTED = re.compile(r"[\"“«][^\"”»“«]{3,200}[\"”»]")


_LEVEL_NAMED = re.compile(r"\bheads of (state|government)|prime ministers|premiers", re.I)
"""The members of a council, named in the plural: "a head of state" is one person."""


def _level_named(sent: Sentence) -> re.Match[str] | None:
    """ "The heads of state of the SCO met": the council's level, but not where it names a
    document's authors ("the draft Statement of the Heads of State of the CIS") or whom a
    draft goes to ("to submit it to the Council of Heads of State")."""
    for match in _LEVEL_NAMED.finditer(sent.text):
        before = sent.text[max(0, match.start() - 60) : match.start()]
        council = re.search(r"\bcouncil\s+of\s+$", before, re.I)
        if not _DOCUMENT_OF.search(before) and not (
            council and _ADDRESSEE.search(before[: council.start()])
        ):
            return match
    return None


def _session_without_body(
    doc: Doc, sent: Sentence, article_body: str | None
) -> tuple[str, int, int, bool] | None:
    """A session the sentence names without naming its council: by its organization and level
    ("SCO heads of state"), or as "the summit" of the council the article is about."""
    orgs = doc.mentions_in(sent.start, sent.end, "org")
    if orgs:  # "signed the law "On ratification of the Treaty on the EAEU"": no session
        quoted = [
            (sent.start + q.start(), sent.start + q.end()) for q in _QUOTED.finditer(sent.text)
        ]
        orgs = [o for o in orgs if not any(a <= o.start < b for a, b in quoted)]
    if not orgs and article_body is None:
        return None  # no organization, nor an article's council a "summit" could be
    generic = _GENERIC.finditer(sent.text) if _says_any(doc, sent, _GENERIC_WORDS) else ()
    trigger = next(
        (
            t
            for t in generic
            if not _qualified(sent.text[: t.start()], article_body)
            and not _OTHER_FORMAT.search(sent.text, 0, t.start())
            and not _ADJUNCT.match(sent.text, t.end())
            and not _DEFERRED_TO.search(sent.text[max(0, t.start() - 30) : t.start()])
            and not _of_another_group(doc, sent, t.end())
        ),
        None,
    )
    if trigger and orgs and min(abs(sent.start + trigger.start() - o.start) for o in orgs) > 120:
        orgs = []
    strict = _BILATERAL_STRICT.search(sent.text) if trigger else None
    if strict and trigger and trigger.start() >= strict.start() - 5:
        trigger = None
    if trigger and re.search(
        r"\btwo\s+(?:leaders|presidents|prime ministers|sides)\b",
        sent.text[max(0, trigger.start() - 20) : trigger.end()],
        re.I,
    ):
        trigger = None  # "the two presidents last met": a bilateral meeting
    level_hit = (  # needed only with an organization named
        _level_named(sent) or _leaders_of_org(doc, sent, orgs) if orgs else None
    )
    if orgs and (trigger or level_hit):
        level_body = (
            _level_body(orgs[0].key, "")  # its top council
            if _LEADERS_OF.search(doc.text[max(sent.start, orgs[0].start - 40) : orgs[0].start])
            else _nearest_level_body(orgs[0].key, sent.text, orgs[0].start - sent.start)
        )
        if (
            article_body
            and load().bodies[article_body].org == orgs[0].key
            and not any(
                not _ATTENDED_BY.search(sent.text, max(0, m.start() - 35), m.start())
                for m in _LEVEL_PEOPLE.finditer(sent.text)
            )
            and not _names_level(sent, beside_guests=False)
        ):  # "the extended session, attended by Prime Ministers ...": the article's council
            level_body = article_body
        anchor = sent.start + (trigger or level_hit).start()  # type: ignore[union-attr]
        summit = trigger is not None and trigger.group(1) == "summit"
        if summit and level_body and level_body != _summit_body(level_body):
            anchor = orgs[0].start  # "CIS foreign ministers ... clear documents for October
            # summit": the ministers' session, told by its organization, not the summit
        return (level_body, anchor, anchor + 1, False) if level_body else None
    if trigger and article_body and not _other_body(sent) and not _pair_summit(doc, sent, trigger):
        anchor = sent.start + trigger.start()
        body = _summit_body(article_body) if trigger.group(1) == "summit" else article_body
        if _OF_LEVEL.match(sent.text, trigger.end()):  # "the meeting of the heads of state"
            org = load().bodies[article_body].org
            at_level = _nearest_level_body(org, sent.text, trigger.end()) if org else None
            body = at_level or body
        return (body, anchor, sent.start + trigger.end(), True)
    return None


_OF_LEVEL = re.compile(
    r"\s+of\s+(?:the\s+)?(?:heads?\s+of\s+(?:state|government)|foreign\s+ministers|"
    r"prime\s+ministers|presidents)\b",
    re.I,
)


def _sentence_candidates(
    doc: Doc, sent: Sentence, article_body: str | None
) -> list[MeetingCandidate]:
    found: list[tuple[str, int, int, bool]] = []
    for mention in doc.mentions_in(sent.start, sent.end, "body"):
        before = doc.text[max(sent.start, mention.start - 40) : mention.start]
        addressed = (
            _ADDRESSEE.search(before)
            and not re.match(
                r"\W*(?:which|that|at its|at the|in\b|on\b)",
                doc.text[mention.end : mention.end + 20],
            )
            and not _OWN_CLAUSE.match(doc.text, mention.end)
        )  # "submitted to the Council of Heads of State": an addressee, not a session
        if (
            not _TITLE_OF.search(before)
            and not _DOCUMENT_OF.search(before)
            and not _CHAIRED.search(before)
            and not addressed
        ):
            body = _body_in_context(doc, sent, mention)
            found.append((body, mention.start, mention.end, False))
    if not found:
        unnamed = _session_without_body(doc, sent, article_body)
        if unnamed is None:
            return []  # no session, nor "the eve of" one
        found.append(unnamed)
    result = _eve_of(doc, sent, found, article_body)
    named = found[:1] + _coordinated_bodies(doc, sent, found)
    further = _further_sessions(doc, sent, article_body, max(f[2] for f in named))
    for body, start, end, generic in named + further:
        planned = tense_of(sent, start, end)
        if planned and _FRAMING.search(doc.text, max(sent.start, start - 25), start):
            planned = None  # "at the end of the session the chairmanship will pass": the
            # handover's tense, not the session's
        prepared = _PREPARED_FOR.search(doc.text, max(sent.start, start - 50), start)
        if planned is False and (
            _next_session(sent, start, end)
            or _OWN_FUTURE.match(doc.text, end, sent.end)
            or prepared
        ):
            planned = True  # "We agreed that the next meeting will be held in Minsk in May"
        if planned is None and _planned_list(doc, sent):
            planned = True  # "The plan of events includes:" and an item per session
        anchor = end if _date_follows(doc, sent, end) else start  # "the summit on October 9"
        expr = _session_date_expr(doc, sent, anchor) or _line_or_heading_date(doc, sent, planned)
        parenthesis = _parenthesis(sent, start, end)
        aside = (body, start, end, generic) in further or parenthesis is not None
        if aside:  # a session named in passing: only its own words date and place it
            stop = _NEW_CLAUSE.search(doc.text, end, sent.end)
            segment = parenthesis or (start, stop.start() if stop else sent.end)
            if expr is not None and not segment[0] <= expr.start < segment[1]:
                expr = None
        if expr is not None and leads_line(doc.text, expr):
            planned = None  # "10 October 2014 — In Minsk, the council meets": the date tells
        date, planned = _dated_tense(doc, sent, expr, planned)
        if prepared and expr is not None and expr.start < start:
            date = None  # "On Monday, Tokayev discussed the preparations for the summit"
        if not _OWN_DATED.match(doc.text, end, sent.end):
            date = _eve_object_date(doc, sent, start, date)
        place = None if _held_remotely(doc, sent) else _sentence_place(doc, sent, start)
        place = place or line_place(doc, sent)
        if aside and place is not None:
            place = next(
                (m.key for m in doc.mentions_in(*segment, "place") if m.key == place), None
            )
        if _says_any(doc, sent, _CALLED_OFF_WORDS) and sent.has(_CALLED_OFF):
            date, place = None, None  # "was originally planned for July in Saint Petersburg"
            moved = _MOVED_TO.search(sent.text)
            new_day = next(
                (
                    d
                    for d in _sentence_dates(doc, sent)
                    if moved and d.start == sent.start + moved.end()
                ),
                None,
            )
            if new_day is not None:  # "... has been moved to 18 December": the day it keeps
                date, planned = _dated_tense(doc, sent, new_day, None)  # by the day itself
        formats = _formats(doc, sent)
        if len(found) > 1 and not re.search(
            r"\binformal\b[^,.;]{0,25}$", doc.text[sent.start : start]
        ):
            formats -= {"informal"}  # "the SEEC and the informal CIS summit": the second's
        if aside and not (date and place):
            continue  # a further session of the sentence counts only with its own time and place
        if generic and _SIDELINES_OF.search(doc.text, max(sent.start, start - 30), start):
            date = place = None  # "On 3 July, on the sidelines of the summit, ... held talks"
        verbal = generic and bool(re.search(r"\b(?:meet|met|gather)\b", doc.text[start:end]))
        remote = _held_remotely(doc, sent)
        if generic and not (formats & {"informal"} or (date and (place or verbal or remote))):
            # a mention of "the summit" dated right after it may name another session, as
            # "the next meeting of the council ... in October 2026" does wherever its date is
            follows = _date_follows(doc, sent, end) or (
                planned and _OTHER_SESSION.search(doc.text, max(sent.start, start - 20), start)
            )
            dated = date if date and follows else None
            result.append(
                MeetingCandidate(
                    body, start, end, sent, planned, dated, None, formats, generic=True
                )
            )
            continue
        result.append(
            MeetingCandidate(
                body, start, end, sent, planned, date, place, formats, generic=generic, aside=aside
            )
        )
    result.extend(_enumerated(doc, sent, result))
    return _dated_eves(result)


_IN_TIME = re.compile(r"\s+in\s+")
_AND_TIME = re.compile(r"\s+and\s+(?:in\s+)?")


def _enumerated(doc: Doc, sent: Sentence, found: list[MeetingCandidate]) -> list[MeetingCandidate]:
    """ "after Shanghai in 2001 and 2006, Beijing in 2012 and Qingdao in 2018", "in New Delhi
    in March 2012, in Goa in October 2016": past sessions of the sentence's council listed as
    places with their times, each a session of its own (two at least make a list)."""
    if not found or not _tracked(found[0].body) or found[0].planned:
        return []
    starts = {d.start: d for d in _sentence_dates(doc, sent)}
    told = {(c.place, c.date) for c in found}
    listed: list[MeetingCandidate] = []
    for mention in doc.mentions_in(sent.start, sent.end, "place"):
        at = _IN_TIME.match(doc.text, mention.end)
        times = []
        while at is not None and at.end() in starts:
            times.append(starts[at.end()])
            at = _AND_TIME.match(doc.text, starts[at.end()].end)
        for time in times:
            date, planned = _dated_tense(doc, sent, time, False)
            if date and planned is False and (mention.key, date) not in told:
                listed.append(
                    MeetingCandidate(
                        found[0].body,
                        mention.start,
                        mention.end,
                        sent,
                        False,
                        date,
                        mention.key,
                        set(),
                        aside=True,
                    )
                )
    return listed if len(listed) >= 2 else []


_NEW_CLAUSE = re.compile(r";|,\s+(?:and|while|but|whereas|which)\s|\bsince\b|\bafter\b|\bthan\b")


_PARENTHESIS = re.compile(r"\s[-–—]\s[^-–—]{3,80}?\s[-–—]\s|\([^()]{3,80}\)")
""" "Belarus - the newest member, admitted at the Astana summit in July 2024 - by President
Lukashenko": what stands between dashes or in brackets is said in passing."""


def _parenthesis(sent: Sentence, start: int, end: int) -> tuple[int, int] | None:
    """The span of the dashes or brackets around a session's words, if any."""
    return next(
        (
            (sent.start + p.start(), sent.start + p.end())
            for p in _PARENTHESIS.finditer(sent.text)
            if sent.start + p.start() <= start and end <= sent.start + p.end()
        ),
        None,
    )


def _line_or_heading_date(doc: Doc, sent: Sentence, planned: bool | None) -> DateExpr | None:
    """The date a chronology's line or a section's heading gives the sentence. A heading of a
    day without its year ("Tuesday, 22 October") is a day of the report's own session, which
    its lead dates, not a session of its own; a session to come is not dated by the day the
    section tells of ("Tuesday: ... Aliyev is expected to attend the Kazan summit")."""
    found = line_date(doc, sent, before=True)
    if found is None or leads_line(doc.text, found) and not planned:
        return found
    return None if planned or found.year is None else found


def _further_sessions(
    doc: Doc, sent: Sentence, article_body: str | None, after: int
) -> list[tuple[str, int, int, bool]]:
    """Sessions of the article's council the sentence names again in a clause of its own
    ("the anniversary session in Moscow in May produced a declaration; the December session
    in St. Petersburg granted Iran observer status", "the first summit since the stormy
    session in Yerevan in November 2022")."""
    if article_body is None or not _says_any(doc, sent, _GENERIC_WORDS):
        return []
    found: list[tuple[str, int, int, bool]] = []
    for trigger in _GENERIC.finditer(sent.text, after - sent.start):
        if trigger.group(1) is None:
            continue  # a noun names a session; "leaders met" is the sentence's own
        start, end = sent.start + trigger.start(), sent.start + trigger.end()
        if not _NEW_CLAUSE.search(doc.text, found[-1][2] if found else after, start) or (
            _foreign_name_before(doc, start)
            or _qualified(sent.text[: trigger.start()], article_body)
            or _OTHER_FORMAT.search(sent.text, 0, trigger.start())
            or _ADJUNCT.match(sent.text, trigger.end())
            or _of_another_group(doc, sent, trigger.end())
        ):
            continue
        body = _summit_body(article_body) if trigger.group(1).lower() == "summit" else article_body
        found.append((body, start, end, True))
    return found


def _foreign_name_before(doc: Doc, start: int) -> bool:
    """ "the G20 summit of 2013", "a NATO summit": a name the gazetteer does not know, right
    before the word, makes the session another group's."""
    word = re.search(r"\b([A-Z][\w-]*)\s+$", doc.text[max(0, start - 30) : start])
    return word is not None and not doc.mentions_in(start - len(word.group()), start)


def _pair_summit(doc: Doc, sent: Sentence, trigger: re.Match[str]) -> bool:
    """ "Modi and Putin held their first informal summit", "Modi's informal summit with Xi
    Jinping": two leaders' own summit is their bilateral meeting, not a session of the
    organization the article is about."""
    before = sent.text[: trigger.start()]
    states = _named_states(doc, sent.start, sent.end)
    at = sent.start + trigger.start()
    if re.search(r"\btheir\s+(?:[\w-]+\s+){0,3}$", before):
        return len({state for start, state in states if start < at}) == 2
    named = [
        m for m in doc.mentions_in(max(sent.start, at - 45), at) if m.type in ("state", "state-adj")
    ]
    if (
        len(named) >= 2
        and named[-2].key != named[-1].key
        and _STATE_PAIR.match(doc.text[named[-2].end : named[-1].start])
        and re.fullmatch(r"\s+(?:[A-Z]?[a-z]+\s+){0,2}", doc.text[named[-1].end : at])
    ):
        return True  # "the 22nd India-Russia Annual Summit": the two states' own
    with_whom = re.match(r"s?\s+with\s+(?:[\w.-]+\s+){0,3}", sent.text[trigger.end() :])
    owner = re.search(r"['’]s\s+(?:[\w-]+\s+){0,2}$", before)
    if not (with_whom and owner):
        return False
    host = {state for start, state in states if at - 40 < start < at}
    guest = {
        state
        for start, state in states
        if sent.start + trigger.end() <= start <= sent.start + trigger.end() + with_whom.end()
    }
    return bool(host) and bool(guest) and host != guest


_LIST_ITEM = re.compile(r"\s*(?:[-–—•*]|\d+[.)])\s")
_PLANNING = re.compile(
    r"\b(?=[aefpsuw])(?:plan\w*|will|schedul\w*|upcoming|forthcoming|expected|agenda|"
    r"events? (?:of|for) the (?:year|chairmanship))\b",
    re.I,
)


def _planned_list(doc: Doc, sent: Sentence) -> bool:
    """Is the sentence an item of a list whose lead-in looks ahead ("The plan of events
    includes:", "The following meetings are scheduled:")?"""
    if not _LIST_ITEM.match(sent.text):
        return False
    lead = [s for s in doc.sentences[: sent.index] if not _LIST_ITEM.match(s.text)][-2:]
    return (
        bool(lead)
        and lead[-1].text.rstrip().endswith(":")
        and not _DECIDED.search(lead[-1].text)  # "The Council decided: 1) to approve ..."
        and any(_PLANNING.search(s.text) for s in lead)
    )  # "The plan of events includes more than 150. The key ones are:"


_DECIDED = re.compile(r"\b(?:decided|agreed|adopted|approved|signed|resolved)\b", re.I)


_EVE = re.compile(
    r"\b(?=[aiot])(?P<eve>on the eve of|a day before|the day before|one day before|ahead of|"
    r"in the run-up to)\s+(?:the\s+)?",
    re.I,
)

_EVE_BEFORE = re.compile(_EVE.pattern.replace(r"(?:the\s+)?", r"(?:the\s+)?$"), re.I)
"""The eve words right before a session's trigger: "on the eve of [the summit]"."""


def _eve_of(
    doc: Doc, sent: Sentence, found: list[tuple[str, int, int, bool]], article_body: str | None
) -> list[MeetingCandidate]:
    """ "met on Thursday, a day before the CIS summit", "on the eve of the summit of the CIS
    heads of state": the session named after "the eve of" is another one, still to come."""
    if not found:  # no session of the sentence's own to tell it from
        return []
    eve = _EVE.search(sent.text)
    if eve is None:
        return []
    start = sent.start + eve.end()
    window = doc.text[start : min(sent.end, start + 70)]
    body = next((b for b, s, _, _ in found if start <= s < start + 70), None)
    if body is None:
        orgs = doc.mentions_in(start, start + 70, "org")
        if orgs and re.search(r"\bsummit\b", window, re.I):
            body = _level_body(orgs[0].key, window)
    if body is None or not found or body == found[0][0]:
        return []
    candidate = MeetingCandidate(body, start, start + 1, sent, True, None, None, set())
    candidate.eve = eve.group("eve").lower()
    return [candidate]


def _eve_object_date(doc: Doc, sent: Sentence, start: int, date: str | None) -> str | None:
    """ "On the eve of the summit, on Thursday, Putin met Aliyev": the sentence's date is the
    eve's, so the summit itself is a day later (and undated after "ahead of")."""
    eve = _EVE_BEFORE.search(doc.text, max(sent.start, start - 30), start)
    if eve is None or date is None:
        return date
    if len(date) != 10 or eve.group("eve").lower() in ("ahead of", "in the run-up to"):
        return None
    return (_date.fromisoformat(date) + timedelta(days=1)).isoformat()


def _dated_eves(result: list[MeetingCandidate]) -> list[MeetingCandidate]:
    """The session of "a day before X" is dated the day after the one the sentence dates."""
    eves = [c for c in result if c.eve]
    held = [c for c in result if not c.eve and c.date and len(c.date) == 10]
    for candidate in eves:
        if held and candidate.eve not in ("ahead of", "in the run-up to"):
            day = _date.fromisoformat(held[0].date or "") + timedelta(days=1)
            candidate.date, candidate.place = day.isoformat(), held[0].place
    return [c for c in result if not c.eve] + eves


def _antecedent(meetings: list[MeetingCandidate], ref: MeetingCandidate) -> MeetingCandidate | None:
    """The session an undated "the session" speaks of: where it opens a sentence, one of its
    body named in the two sentences before; else the first."""
    same = [m for m in meetings if m.body == ref.body and not m.informal]
    opening = ref.start - ref.sentence.start <= 12  # "The session, which ..." opens its sentence
    recent = [
        m
        for m in same
        if opening
        and 0 < ref.sentence.index - m.sentence.index <= 2
        and m is not same[0]
        and (m.planned is None or ref.planned is None or m.planned == ref.planned)
    ]  # "the next meeting will be held ... The summit brought together": not the next one
    if recent:
        return recent[-1]
    first = next((m for m in meetings if m.body == ref.body), None)
    if first is not None and first.informal and first.sentence.index < ref.sentence.index:
        return first  # "... arrived for the meeting" right after the informal summit's lead
    return same[0] if same else None


def _claim(
    by_sentence: dict[int, MeetingCandidate], cand: MeetingCandidate, meeting: MeetingCandidate
) -> None:
    """The candidate's sentence speaks of the meeting; not so for "on the eve of" another,
    nor for one named in passing after the sentence's own."""
    if not cand.eve and not cand.aside:
        by_sentence[cand.sentence.index] = meeting


def _merge(
    candidates: list[MeetingCandidate],
) -> tuple[list[MeetingCandidate], dict[int, MeetingCandidate]]:
    """Merge agreeing candidates; also say which meeting each sentence speaks of."""
    meetings: list[MeetingCandidate] = []
    references: list[MeetingCandidate] = []
    by_sentence: dict[int, MeetingCandidate] = {}
    dated_mentions: list[MeetingCandidate] = []
    for cand in candidates:
        if cand.generic and not cand.informal and cand.place is None:
            (dated_mentions if cand.date else references).append(cand)
            continue
        target = next(
            (
                m
                for m in meetings
                if m.body == cand.body
                and m.informal == cand.informal
                and (m.other_one == cand.other_one or bool(m.date and cand.date))
                and _compatible(m.date, cand.date)
                and _compatible(m.place, cand.place)
                and (m.planned is None or cand.planned is None or m.planned == cand.planned)
            ),
            None,
        )
        if target is None and cand.date is None and cand.place is None and not cand.informal:
            target = _antecedent(meetings, cand)
            if target is not None:
                _claim(by_sentence, cand, target)
                target.references += 1
                continue
        if target is None:
            meetings.append(cand)
            _claim(by_sentence, cand, cand)
            continue
        _claim(by_sentence, cand, target)
        target.references += 1
        target.formats |= cand.formats
        if cand.date and (target.date is None or len(cand.date) > len(target.date)):
            target.date = cand.date
            target.planned = cand.planned if cand.planned is not None else target.planned
        if target.planned is None:
            target.planned = cand.planned
        target.place = target.place or cand.place
    for mention in dated_mentions:
        same = [
            m
            for m in meetings
            if m.body == mention.body
            and not m.informal
            and (m.planned is None or mention.planned is None or m.planned == mention.planned)
        ]
        if any(_compatible(m.date, mention.date) for m in same) or not (
            mention.planned or len(mention.date or "") == 10
        ):
            _date_antecedent(meetings, mention)
            references.append(mention)
            continue
        mention.generic = False
        meetings.append(mention)
        by_sentence[mention.sentence.index] = mention
    for ref in references:
        target = _antecedent(meetings, ref)
        if target is None and not ref.generic:
            meetings.append(ref)
            by_sentence[ref.sentence.index] = ref
        elif target is not None:
            target.references += 1
            target.formats |= ref.formats - {"informal"}
            by_sentence.setdefault(ref.sentence.index, target)
    return meetings, by_sentence


def _date_antecedent(meetings: list[MeetingCandidate], mention: MeetingCandidate) -> None:
    """ "Mishustin arrived in Minsk on Monday to take part in a meeting of the Council. The
    meeting will be held on Tuesday": the session named with the journey's day takes the date
    and tense of the sentence that dates it; so does one the lead names with neither day nor
    place ("Two days of BRICS summitry ended ... Lula opened the summit on Sunday")."""
    target = _antecedent(meetings, mention)
    if target is None or target.date is not None or mention.other_one:
        return
    vague_lead = target.place is None and target.sentence.index <= 2
    if not _ARRIVED_ON.search(target.sentence.text) and not vague_lead:
        return  # only a session whose sentence gave the journey's day, not its own
    if len(mention.date or "") != 10:
        return
    target.date = mention.date
    if mention.planned is not None:
        target.planned = mention.planned


def _primary(meetings: list[MeetingCandidate]) -> MeetingCandidate | None:
    """The session the article is about: one its headline or lead names, else the most cited."""
    multilateral = [m for m in meetings if m.body != "bilateral"]
    if not multilateral:
        return None
    lead = [m for m in multilateral if m.sentence.index <= 1 and not m.aside]
    # a council the lead names outranks a "summit" it mentions in passing
    # and "the next summit" is never the one the article is about
    return max(
        lead or multilateral,
        key=lambda m: (not m.other_one, not m.aside, not m.generic, m.references, -m.start),
    )


def _bilaterals(
    doc: Doc, people: list[PersonRef], primary: MeetingCandidate | None
) -> list[MeetingCandidate]:
    """Meetings of two states' leaders: "X held talks with Y", "talks between X and Y", "X and
    Y met", "the two leaders held talks", "the Russia-India summit"."""
    by_mention = {(m.start, m.end): p for p in people for m in p.mentions}
    principals = {span: p for span, p in by_mention.items() if p.state and not _aide(p)}
    leaders = _article_leaders(people)
    visit = _visit_parties(doc, people)
    found: list[MeetingCandidate] = []
    last_person: PersonRef | None = None
    for sent in doc.sentences:
        in_sentence = [
            (m, principals[(m.start, m.end)])
            for m in doc.mentions_in(sent.start, sent.end, "person")
            if (m.start, m.end) in principals
        ]
        previous, last_person = (  # "Xi held talks with Putin. He also met Tokayev": Xi
            last_person,
            next(
                (
                    p
                    for m, p in in_sentence
                    if not _OBJECT_BEFORE.search(doc.text, max(0, m.start - 60), m.start)
                ),
                None,
            )
            or next((p for _, p in in_sentence), last_person),
        )
        if not _says_any(doc, sent, _BILATERAL_WORDS):
            continue
        triggers = list(_BILATERAL.finditer(sent.text))
        if not triggers or _NO_MEETING.search(sent.text) or sent.is_question:
            continue  # "Will Xi meet Modi on the sidelines?" asks; it tells of no talks
        for trigger in triggers:
            pos = sent.start + trigger.start()
            pairs = _sides(doc, sent, trigger, pos, in_sentence, previous, leaders, visit)
            if trigger.group().lower() == "signed" and (
                primary is not None or _whole_org(doc, pairs)
            ):
                continue  # a signing at a summit, or by all members of a union, is its session
            if (
                primary is not None
                and _TALKS_HELD.fullmatch(trigger.group())
                and not in_sentence
                and visit is None
                and _state_pair(doc, sent) is None
            ):
                continue  # "The talks were held in a narrow format" in a summit's report: its own
            if not pairs or (len(pairs) > 1 and _THREE_WAY.search(sent.text)):
                continue  # "met Aliyev and Pashinyan together for a three-way conversation"
            if (
                primary is not None
                and trigger.group().lower().startswith(("met", "meet"))
                and _SESSION_FORMAT.search(sent.text)
            ):
                continue  # "Lukashenko and Putin met in the narrow format": the session's
            if trigger.group().lower().startswith(("met", "meet")) and _FOR_SESSION.match(
                sent.text, trigger.end()
            ):
                continue  # "Putin and Lukashenko met in St Petersburg for a session of the
                # Supreme State Council": that session, not talks of their own
            if trigger.group().lower().endswith("summit") and (
                doc.mentions_in(sent.start, sent.end, "org")
                or doc.mentions_in(sent.start, sent.end, "body")
            ):
                continue  # "the leaders held a summit of the SCO": the organization's session
            if _REMOTE.search(sent.text) and not _TWO_LEADERS.search(trigger.group()):
                continue  # a call, a letter, an award by decree: no meeting
            if (_RECEPTION.fullmatch(trigger.group()) or _CEREMONY.fullmatch(trigger.group())) and (
                not _one_to_one(in_sentence, pos, previous, sent)
                or _GROUP_AFTER.match(sent.text, trigger.end())
            ):
                continue  # a host greeting a summit's guests, or an aide meeting a plane
            if (
                _RECEPTION.fullmatch(trigger.group())
                and sent.index in doc.context.get("sentence_meetings", {})
                and not _EVE.search(sent.text)
            ):
                continue  # "Opening the session, Tokayev welcomed Berdimuhamedov": its guest
            if _CEREMONY.fullmatch(trigger.group()) and not (
                _IN_PERSON.search(sent.text) or _is_dateline_sentence(doc, sent)
            ):
                continue  # an award handed over in person is a meeting; one conferred is not
            planned = is_planned(
                sent, pos, pos + len(trigger.group()), doc.context["default_planned"]
            )
            date = _sentence_date(doc, sent, pos, planned)
            if date is None and (heading := line_date(doc, sent, before=True)) is not None:
                date = _resolved(doc, heading, planned)  # "Tuesday, 22 October" heads the day
            place = None if _held_remotely(doc, sent) else _sentence_place(doc, sent, pos)
            untold = date is None and place is None
            if (
                place is None
                and not planned
                and sent.index <= 2
                and not _held_remotely(doc, sent)
                and not re.search(r"\b(?:sidelines|margins)\b", sent.text)
            ):  # "Beijing, April 23, AZERTAC" over the talks, not talks on a summit's sidelines
                place = _dateline_place(doc)
            two_leaders = bool(_TWO_LEADERS.search(trigger.group()))
            if two_leaders and visit is not None and pairs == [visit[:2]] and visit[2] is not sent:
                visit_sentence = visit[2]
                date = date or _sentence_date(doc, visit_sentence, visit_sentence.start, planned)
                place = place or _sentence_place(doc, visit_sentence, visit_sentence.start)
            headline = doc.sentences[0]  # "Talks between the Presidents ... held in Tashkent"
            if (
                place is None
                and not planned
                and sent.index <= 2
                and headline is not sent
                and not _held_remotely(doc, sent)
                and not _is_dateline_sentence(doc, headline)
            ):
                place = _sentence_place(doc, headline, headline.start)
            if primary is not None and (
                primary.sentence.index <= 2 or _AROUND_SUMMIT.search(sent.text)
            ):  # not a summit a readout of talks names in passing
                eve = re.search(r"\b(the eve of|the day before)\b", sent.text, re.I)
                if date is None and eve and primary.date and len(primary.date) == 10:
                    date = (_date.fromisoformat(primary.date) - timedelta(days=1)).isoformat()
                place = place or primary.place
                if date is None and place is None:
                    date = primary.date
            for parties in pairs:
                if untold and any(
                    set(f.parties or ()) == set(parties) and sent.index - f.sentence.index <= 2
                    for f in found
                ):
                    continue  # "At a ceremony, Xi presented Putin with ...": the talks just told
                twin = _twin(found, parties, date, place)
                if twin is not None:  # a later mention fills in what an earlier one left open
                    twin.date = twin.date or date
                    twin.place = twin.place or place
                    continue
                span = (pos, pos + len(trigger.group()))
                found.append(
                    MeetingCandidate("bilateral", *span, sent, planned, date, place, set(), parties)
                )
    return found


_FOR_SESSION = re.compile(
    r"[^.;]{0,60}?\bfor\s+(?:a|an|the|their)\s+(?:[\w-]+\s+){0,2}(?:session|meeting|summit|"
    r"sitting)\s+of\s+(?:the\s+)?(?-i:[A-Z])",
    re.I,
)
_AROUND_SUMMIT = re.compile(
    r"\b(?:sidelines|margins|on the eve of|the day before|summit|session|meeting of the|"
    r"bilateral)\b",
    re.I,
)


def _twin(
    found: list[MeetingCandidate], parties: tuple[str, ...], date: str | None, place: str | None
) -> MeetingCandidate | None:
    """The meeting already found of the same two states on a compatible day and place."""
    return next(
        (
            f
            for f in found
            if set(f.parties or ()) == set(parties)
            and _compatible(f.date, date)
            and _compatible(f.place, place)
        ),
        None,
    )


_OBJECT_BEFORE = re.compile(r"\b(?:with|to|by|of|from|and|for)\s+(?:[A-Z][\w.'’-]*\s+){0,4}$")
"""A person named after a preposition ("The talks with Mr. Lavrov covered ...") is no subject
a later sentence's "he" stands for."""


_GROUP_AFTER = re.compile(
    r"\s+(?:(?:his|her|their|the|all|fellow)\s+)*(?:\w+\s+)?(?:colleagues|counterparts|"
    r"leaders|guests|participants|delegations|heads|delegates)\b",
    re.I,
)


def _one_to_one(
    in_sentence: list[tuple[Mention, PersonRef]],
    pos: int,
    previous: PersonRef | None,
    sent: Sentence,
) -> bool:
    """Two principals, one on each side of the verb, of equal rank (leaders, or ministers:
    "Wang Yi told his Russian counterpart Sergei Lavrov"), or a leader receiving a minister
    ("Lukashenko received Russian Foreign Minister Sergei Lavrov"); "he" is the last one
    named."""
    before = [p for m, p in in_sentence if m.end <= pos]
    pronoun = re.search(r"\b(?:he|she)\b", sent.text[: pos - sent.start], re.I)
    if not before and previous and pronoun:
        before = [previous]
    after = [p for m, p in in_sentence if m.start > pos]
    if not before or len({p.state for p in after}) != 1:
        return False
    host, guest = _rank(before[-1].role), _rank(after[0].role)
    return host is not None and guest is not None and (host == guest or host == "leader")


def _rank(role: str | None) -> str | None:
    if role in _LEADER_ROLES:
        return "leader"
    return "minister" if role and "minister" in role.lower() else None


_VISIT_WORDS = ("visit",)
"""A word every `_VISIT`, `_STATE_VISIT` and `_VISITED` match contains."""
_VISIT = re.compile(
    r"\b(?=[fostvw])(?:(?:state|official|working|first|two-day|three-day)\s+)?visit(?:s|ed|ing)?\b",
    re.I,
)


def _visit_parties(doc: Doc, people: list[PersonRef]) -> tuple[str, str, Sentence] | None:
    """A visit names a bilateral meeting: the visitor's state and the host's ("Tokayev arrived
    in Moscow on a state visit", "Pezeshkian's official visit to Russia")."""
    by_mention = {(m.start, m.end): p for p in people for m in p.mentions}
    for sent in doc.sentences[:6]:
        if not _says_any(doc, sent, _VISIT_WORDS) or not _VISIT.search(sent.text):
            continue
        visitors = [
            by_mention[(m.start, m.end)]
            for m in doc.mentions_in(sent.start, sent.end, "person")
            if (m.start, m.end) in by_mention and by_mention[(m.start, m.end)].state
        ]
        if not visitors:
            continue
        visitor = visitors[0].state
        hosts = [
            _host_state(m)
            for m in doc.mentions_in(sent.start, sent.end)
            if m.type in ("state", "place")
            and re.search(r"\b(?:to|in)\s+(?:the\s+)?$", doc.text[max(0, m.start - 8) : m.start])
        ]
        host = next((h for h in hosts if h and h != visitor), None)
        if visitor and host:
            return visitor, host, sent
    return None


_STATE_VISIT = re.compile(r"\b(?=[osw])(?:state|official|working)\s+visit\b", re.I)
_VISITED = re.compile(r"\b(?=[flp])(?:last|first|previously)\s+visited\b")
"""A visit told as past: "Erdogan last visited Sochi in August 2022"."""
_VISITOR_OF = re.compile(r"\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,6}?$")


def _add_visits(doc: Doc, people: list[PersonRef], found: list[MeetingCandidate]) -> None:
    """A state or official visit is a meeting of the visitor's state and the host's:
    "Putin's state visit to Beijing in May", "the official visit of Vladimir Putin to
    Kazakhstan in November", "Mirziyoyev, who is in Tajikistan on a state visit"."""
    by_mention = {(m.start, m.end): p for p in people for m in p.mentions}
    for sent in doc.sentences:
        if sent.index in doc.context["sentence_meetings"]:
            continue  # "on a working visit to Dushanbe, took part in the CIS summit"
        if not _says_any(doc, sent, _VISIT_WORDS):
            continue  # neither a visit nor "visited": most sentences
        visits = list(_STATE_VISIT.finditer(sent.text)) + list(_VISITED.finditer(sent.text))
        for visit in visits:
            pos = sent.start + visit.start()
            visited = visit.group().lower().endswith("visited")
            hosts = [
                m
                for m in doc.mentions_in(sent.start, sent.end)
                if m.type in ("state", "place")
                and (
                    pos < m.start <= pos + 90
                    and re.search(r"\bto\s+(?:the\s+)?$", doc.text[m.start - 8 : m.start])
                    or m.end < pos
                    and re.fullmatch(r"\s+(?:on|for)\s+(?:an?|his|her)\s+", doc.text[m.end : pos])
                    or visited  # "Erdogan last visited Sochi in August 2022"
                    and m.start - (pos + len(visit.group())) in (1, 5)
                )
            ]
            persons = [
                (m, by_mention[(m.start, m.end)])
                for m in doc.mentions_in(sent.start, sent.end, "person")
                if (m.start, m.end) in by_mention and by_mention[(m.start, m.end)].state
            ]
            visitor = next(
                (
                    p
                    for m, p in persons
                    if m.end <= pos
                    and re.fullmatch(
                        r"['’]s\s+(?:\w+\s+)?" if not visited else r"\s+(?:\w+\s+)?",
                        doc.text[m.end : pos],
                    )
                    or m.start > pos
                    and _VISITOR_OF.fullmatch(doc.text[pos + len(visit.group()) : m.start])
                ),
                persons[0][1] if len(persons) == 1 else None,
            )
            host = next((_host_state(m) for m in hosts), None)
            planned = is_planned(
                sent, pos, pos + len(visit.group()), doc.context["default_planned"]
            )
            if visitor is None or host is None or visitor.state == host or _aide(visitor):
                continue
            own = _own_visit_time(doc, hosts)  # "after Putin's state visit to Beijing in May"
            date = _resolved(doc, own, planned) if own else _sentence_date(doc, sent, pos, planned)
            place = next((m.key for m in hosts if m.type == "place"), None)
            parties = (str(visitor.state), host)
            if _twin(found, parties, date, place) is None:
                span = (pos, pos + len(visit.group()))
                told = MeetingCandidate("bilateral", *span, sent, planned, date, place)
                told.parties = parties
                told.aside = own is not None and bool(
                    _SEQUENCE.search(sent.text, 0, span[0] - sent.start)
                )
                found.append(told)


_INVITED_TO_VISIT = re.compile(
    r"\binvited\s+(?P<invitee>[^.;]{2,60}?)\s+to\s+|"
    r"\baccepted\s+(?:an|the|his|her)\s+(?:\w+\s+)?invitation\s+to\s+"
)
_TO_VISIT = re.compile(
    r"(?:pay|make)\s+(?:an?\s+)?(?:(?:state|official|working|return)\s+)?visit\s+to\s+"
    r"(?:the\s+)?|visit\s+(?:the\s+)?"
)


def _add_invited_visits(doc: Doc, people: list[PersonRef], found: list[MeetingCandidate]) -> None:
    """An invitation to visit at a time it names is a planned meeting of the two states:
    "Mirziyoyev invited Tokayev to pay a state visit to Uzbekistan next year", "Aliyev
    accepted an invitation to visit Kazakhstan in 2023"; one "at a convenient time" is none."""
    by_mention = {(m.start, m.end): p for p in people for m in p.mentions}
    for sent in doc.sentences:
        if "invit" not in sent.text:
            continue
        for invitation in _INVITED_TO_VISIT.finditer(sent.text):
            visit = _TO_VISIT.match(sent.text, invitation.end())
            if visit is None:
                continue
            at = sent.start + visit.end()
            host_mention = next(
                (
                    m
                    for m in doc.mentions_in(at, at + 40)
                    if m.start == at and m.type in ("state", "place")
                ),
                None,
            )
            persons = [
                (m, by_mention[(m.start, m.end)])
                for m in doc.mentions_in(sent.start, sent.end, "person")
                if (m.start, m.end) in by_mention and by_mention[(m.start, m.end)].state
            ]
            start = sent.start + invitation.start()
            if invitation.group("invitee"):
                end = sent.start + invitation.end("invitee")
                visitor = next((p for m, p in persons if start < m.start < end), None)
            else:
                visitor = next((p for m, p in reversed(persons) if m.end <= start), None)
            times = [
                d
                for d in doc.context["dates"]
                if at <= d.start < sent.end and d.day is None and not d.is_period
            ]
            host = _host_state(host_mention) if host_mention else None
            if visitor is None or host is None or visitor.state == host or not times:
                continue
            date = resolve(
                times[0], doc.context["published"], True, doc.context.get("fallback_year")
            )
            place = host_mention.key if host_mention and host_mention.type == "place" else None
            parties = (str(visitor.state), host)
            if date and _twin(found, parties, date, place) is None:
                invited = MeetingCandidate("bilateral", start, at, sent, True, date, place)
                invited.parties, invited.invited = parties, True
                found.append(invited)


def _own_visit_time(doc: Doc, hosts: list[Mention]) -> DateExpr | None:
    """The time told right after a visit's host ("a state visit to Beijing in May")."""
    for host in hosts:
        told = _VISIT_TIME.match(doc.text, host.end)
        if told:
            return next((d for d in doc.context["dates"] if d.start == told.end()), None)
    return None


def _host_state(mention: Mention) -> str | None:
    if mention.type == "state":
        return mention.key
    place = load().places.get(mention.key)
    return place.state if place else None


def _whole_org(doc: Doc, pairs: list[tuple[str, str]]) -> bool:
    """Do the two states make up every member of an organization the article names?"""
    gaz = load()
    for mention in doc.mentions:
        if mention.type == "org" and mention.key in gaz.organizations:
            members = set(gaz.organizations[mention.key].members())
            if any(set(pair) == members for pair in pairs):
                return True
    return False


def _aide(person: PersonRef) -> bool:
    role = (person.role or "").lower()
    return any(word in role for word in lexicon()["non_participant_roles"])


def _article_leaders(people: list[PersonRef]) -> list[PersonRef]:
    """The two most-named leaders of different states: who "the two leaders" are."""
    ranked = sorted(
        (p for p in people if p.state and not _aide(p)),
        key=lambda p: (-len(p.mentions), p.mentions[0].start),
    )
    chosen: list[PersonRef] = []
    for person in ranked:
        if all(person.state != c.state for c in chosen):
            chosen.append(person)
        if len(chosen) == 2:
            break
    return chosen


def _sides(
    doc: Doc,
    sent: Sentence,
    trigger: re.Match[str],
    pos: int,
    in_sentence: list[tuple[Mention, PersonRef]],
    previous: PersonRef | None,
    leaders: list[PersonRef],
    visit: tuple[str, str, Sentence] | None,
) -> list[tuple[str, str]]:
    """The pairs of states a bilateral trigger joins."""
    word = trigger.group().lower()
    end = sent.start + trigger.end()
    before = [p for m, p in in_sentence if m.end <= pos]
    after = [p for m, p in in_sentence if m.start >= end]
    if _TWO_LEADERS.search(word):
        pair = (
            _state_pair(doc, sent)
            or (visit[:2] if visit else None)
            or ((leaders[0].state, leaders[1].state) if len(leaders) == 2 else None)
        )
        return [pair] if pair and pair[0] and pair[1] else []  # type: ignore[list-item]
    if word == "signed":
        # "X and Y signed ...", "... was signed in Pyongyang by X and Y": two leaders meeting
        signers = before[-2:] if len(before) >= 2 else after[:2]
        sides = {p.state for p in before + after if p.state and p.role in _LEADER_ROLES}
        if len(sides) > 2:
            return []  # "signed by the presidents of the three countries": not a two-sided meeting
        states = [p.state for p in signers if p.state and p.role in _LEADER_ROLES]
        return [(states[0], states[1])] if len(states) == 2 and states[0] != states[1] else []
    if word.startswith(
        ("talks between", "negotiations between", "meeting between", "meeting of")
    ) or (
        word.endswith(" between") or word == "negotiations of"  # "the negotiations of X and Y"
    ):
        states = [p.state for p in after if p.state]
        return [(states[0], states[1])] if len(states) >= 2 and states[0] != states[1] else []
    pair = _pair_before(doc, in_sentence, pos, end)
    if pair is not None:
        return [pair]
    if not after and len(before) >= 2 and before[-1].state != before[-2].state:
        if len({p.state for p in before}) > 2:
            return []  # "Putin, Lukashenko, Nazarbayev ... met informally": a group, not two
        return [(before[-2].state or "", before[-1].state or "")]
    clause = max((m.end() for m in _CLAUSE_JOIN.finditer(doc.text, sent.start, pos)), default=0)
    # "Putin also met Bolsonaro, while Modi held separate meetings with Xi": Modi's clause
    in_clause = [p for m, p in in_sentence if clause <= m.start and m.end <= pos]
    host = next(iter(in_clause or before), None)
    if host is None:
        adjective = re.search(
            r"\b(\w+)\s+(?:leader|president|prime minister)\s*$",
            sent.text[: trigger.start()].strip() + " ",
            re.I,
        )
        host_state = _adjective_state(doc, sent, trigger.start()) if adjective else None
        if (
            host_state is None
            and previous
            and re.search(r"\b(?:he|she)\b", sent.text[: trigger.start()], re.I)
        ):
            host_state = previous.state
        titled = _HEAD_OF_STATE.search(sent.text[: trigger.start()])
        if host_state is None and leaders and titled:
            # a press service's "the Head of State", "the Prime Minister met President Putin":
            # its own leader, the one of the report's two most named who holds that post
            title = titled.group(1)
            host_state = next(
                (p.state for p in leaders if title and (p.role or "").startswith(title)),
                leaders[0].state,
            )
        if host_state is None and _OPENING_TALKS.match(sent.text[: trigger.start()]):
            # "At talks with Xi Jinping in Beijing on May 16, Putin said ...": the subject after
            listed = _listed_after(doc, in_sentence, end)
            rest = [p for p in after if p not in listed and p.state]
            if listed and rest and listed[0].state and rest[0].state != listed[0].state:
                return [(rest[0].state or "", listed[0].state)]
    else:
        host_state = host.state
    if host_state is None:
        return []
    return [
        (host_state, guest.state)
        for guest in _listed_after(doc, in_sentence, end)
        if guest.state and guest.state != host_state
    ][:4]


_LIST_BREAK = re.compile(
    r"[;:()]|\b(?=[iobwas])(?:in|on|at|by|were|was|who|which|where|while|after|before|said)\b"
)


def _listed_after(
    doc: Doc, in_sentence: list[tuple[Mention, PersonRef]], end: int
) -> list[PersonRef]:
    """The people a trigger's list names after it, up to a break in the list: "talks with
    Ramaphosa in Pretoria on Tuesday, and Indian Prime Minister Narendra Modi were ...": the
    talks were with Ramaphosa alone."""
    listed: list[PersonRef] = []
    last = end
    for mention, person in in_sentence:
        if mention.start < end:
            continue
        if listed and _LIST_BREAK.search(doc.text, last, mention.start):
            break
        listed.append(person)
        last = mention.end
    return listed


_SIDELINES_OF = re.compile(r"\b(?:sidelines|margins)\s+of\s+(?:the\s+)?$", re.I)
_OPENING_TALKS = re.compile(r"\s*(?:At|During|After|Following|In)\s+(?:the\s+|his\s+|her\s+)?$")
_CLAUSE_JOIN = re.compile(r";|,\s+(?:while|whereas|but)\b")
_HEAD_OF_STATE = re.compile(
    r"\b[Tt]he (?:Head of (?:State|Government)|(President|Prime Minister)\b(?!\s+(?:of\b|[A-Z])))"
)


def _pair_before(
    doc: Doc, in_sentence: list[tuple[Mention, PersonRef]], pos: int, end: int
) -> tuple[str, str] | None:
    """ "Presidents Tokayev and Mirziyoyev met in Dushanbe on the sidelines of a meeting hosted
    by Rahmon": two leaders of two states joined by "and" as the trigger's subject are its
    sides, whoever the sentence names after it."""
    before = [(m, p) for m, p in in_sentence if m.end <= pos]
    if len(before) < 2 or re.match(r"\s*with\b", doc.text[end : end + 8]):
        return None
    (first, one), (second, other) = before[-2:]
    if (
        one.state
        and other.state
        and one.state != other.state
        and len({p.state for _, p in before}) == 2
        and re.fullmatch(r"\s+and\s+(?:[\w.-]+\s+){0,4}", doc.text[first.end : second.start])
        and not re.search(r"[,;:()]", doc.text[second.end : pos])
    ):
        return one.state, other.state
    return None


def _adjective_state(doc: Doc, sent: Sentence, offset: int) -> str | None:
    """'the Russian leader sat down with ...': the state of the adjective before the trigger."""
    hits = [
        m
        for m in doc.mentions_in(sent.start, sent.start + offset)
        if m.type in ("state", "state-adj")
    ]
    return hits[-1].key if hits else None


def _state_pair(doc: Doc, sent: Sentence) -> tuple[str, str] | None:
    """ "the Russia-India summit", "Russian-Chinese talks": two states joined in one word; not
    in a relative clause ("the SCO summit, which admitted India and Pakistan")."""
    relative = _RELATIVE.search(sent.text)
    end = sent.start + relative.start() if relative else sent.end
    states = [m for m in doc.mentions_in(sent.start, end) if m.type in ("state", "state-adj")]
    for first, second in zip(states, states[1:], strict=False):
        if first.key != second.key and _STATE_PAIR.match(doc.text[first.end : second.start]):
            return first.key, second.key
    return None


def to_fact(meeting: MeetingCandidate) -> Meeting:
    sent = meeting.sentence
    confidence = 0.9 if not meeting.generic else 0.6
    if meeting.body == "bilateral":
        confidence = 0.8
    elif not meeting.generic and meeting.place and meeting.date and len(meeting.date) == 10:
        confidence = 0.95
    if meeting.date is None and meeting.place is None:
        confidence -= 0.25
    return Meeting(
        body=meeting.body,
        date=meeting.date,
        place=meeting.place,
        formats=sorted(meeting.formats),
        parties=list(meeting.parties) if meeting.parties else None,
        planned=bool(meeting.planned),
        span=(sent.start, sent.end),
        quote=sent.text,
        confidence=round(confidence, 2),
    )
