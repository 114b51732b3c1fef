"""Who took part in which session.

A person takes part when the text says so (a participation cue in the sentence), or when they
hold the post the session's level implies (a president at a heads-of-state council, a prime
minister at a heads-of-government one) and are named in the article about it. People named
only as the object of an award or appointment, or in a sentence about another body, do not.
"""

from __future__ import annotations

import re
from functools import cache

from plenary.extract.dates import resolve
from plenary.extract.doc import (
    ALSO,
    Doc,
    Mention,
    Sentence,
    alternation,
    initials,
    lexicon,
    source_citations,
    speech_verbs,
)
from plenary.extract.meetings import MeetingCandidate
from plenary.extract.persons import PersonRef
from plenary.extract.tense import clause_bounds
from plenary.reference import load
from plenary.spec import Participant

LEVEL_ROLES = {
    "heads-of-state": {"President"},
    "heads-of-government": {
        "Prime Minister",
        "Chairman of the Cabinet of Ministers",
        "First Deputy Prime Minister",
        "Deputy Prime Minister",
    },
    "foreign-ministers": {"Foreign Minister", "Minister of Foreign Affairs"},
}
_OBJECT_CONTEXT = re.compile(
    r"\b(?=[abcdeghmnoprstw])"
    r"(award\w*|bestow\w*|decorat\w*|present(?:ed)? with|honou?r\w*|order of|appoint\w*|"
    r"mandate|relieved|dismiss\w*|nominat\w*|received by|was met by|greeted by|to head|"
    r"confirmed as|elected as|named as|replac\w*|succeed\w*|successor|takes? office|took office|"
    r"term|powers|candidac\w*|endorsed|becomes)\b",
    re.I,
)
_ON_BEHALF = re.compile(
    r"\b(?:greetings from|message from|on behalf of|in memory of|in honou?r of|named after|"
    r"monument to|bust of|stands? in for|stood in for|"
    r"standing in for|in place of|instead of|rather than|without)\s+(?:the\s+)?(?:[\w-]+\s+){0,5}$",
    re.I,
)
_CREDITED = re.compile(
    r"\b(?:(?:put forward|proposed|suggested|initiated) by|initiative of|death of|funeral of)\s+"
    r"(?:[\w.'’-]+\s+){0,6}$",
    re.I,
)
""" "The idea was proposed by Kassym-Jomart Tokayev", "the death of Islam Karimov": named as
the author of an idea, or in memory, not at the session."""
_OBJECT_AFTER = re.compile(
    r"(?:(?!\band\b)[\w.'’-]+\s){1,4}?(?:was|has been|will be)\s+(?:confirmed|appointed|elected|"
    r"re-elected|named|awarded|decorated|dismissed|relieved)\b"
)
_OTHER_EVENT = re.compile(
    r"\b(?=[abcegipswy])(?:strategic|expert|working|government|cabinet|board|business|investment|"
    r"economic|academic|youth|press)\s+(?:session|meeting|forum|conference)\b",
    re.I,
)
_OTHER_BODY = re.compile(
    r"\b(?=[BFS])"
    r"((?<!Collective )Security Council|Federation Council|State Duma|Board of Trustees|Forum)\b"
)
_STRONG_CUES = re.compile(
    r"\b(?=[abcdghijlmoprstvw])"
    r"(attend\w*|took part|take part|taking part|participat\w*|headed|heading|led the|"
    r"delegation|chair(?!manship)\w*|arrived|made the trip|travel\w*|represented|led by|headed by|"
    r"joined|joined by|were joined|was joined|around the table|in the hall|by video ?link|"
    r"brought together|were (?:" + ALSO + r" )?present|present were|in attendance|"
    r"among those|among them|"
    r"guests? of|guests? (?:included|were)|spoke at|"
    r"addressed the|speaking at|were represented by|was represented by|"
    r"via video|online)\b",
    re.I,
)
_GUEST_DELEGATION = re.compile(  # "the delegation of Iran took part as a guest, headed by"
    r"\b(?:delegation|as (?:a )?guests?|guests? of|observers?|invited)\b", re.I
)
_SENT = re.compile(
    r"\b(?:sent|sending|represented by)\s+(?:(?:his|her|its|their)\s+)?"
    r"(?:(?:deputy|vice|first|foreign|prime|minister|premier|[A-Z][\w'’.-]*)\s+){0,6}$"
)
_SENDS = re.compile(
    r"[^.;,]{0,40}?\b(?:has\s+|had\s+)?sent\s+(?:(?:his|her|its|their|a)\s+)?"
    r"(?:deputy|vice|first|foreign|prime|premier|minister|[A-Z])"
)
""""Armenia sent Deputy Prime Minister Mher Grigoryan", "Xi ... sent Premier Li Qiang in his
place", "Modi skipped the summit and was represented by External Affairs Minister S.
Jaishankar": the one sent takes part; the one who sends does not."""
_CAREER = re.compile(
    r"\b(?:has served|served as|has headed|has led|has worked|is led by|is headed by|"
    r"was born|a former|previously (?:served|worked|headed))\b",
    re.I,
)
_ACCOMPANIED = re.compile(r"\b(accompan\w+|members? of the delegation|delegation included)\b", re.I)
_REMOTE = re.compile(
    r"\b(?:by video|via video|video ?link|videoconference|online|remotely)\b", re.I
)
_ABSENT = re.compile(
    r"\b(?=[abcdeimnrstuw])(not (?:attend|take part|participate|travel|come|be present)|will not|"
    r"(?:refused|refuses|chose not) to (?:come|attend|travel|go|take part|participate|join)|"
    r"boycott\w*|"
    r"(?:incorrectly|erroneously|wrongly|mistakenly) (?:said|stated|reported|named|listed)|"
    r"won't|did not|"
    r"didn't|stayed (?:at )?home|stays? away|stayed away|staying away|skip\w*|absent|is busy|"
    r"unable to|declined|instead of|absence of|turned back)\b",
    re.I,
)


@cache
def _cue_pattern() -> re.Pattern[str]:
    words = lexicon()["participation_cues"]
    return re.compile(rf"\b(?={initials(words)}){alternation(words)}\b", re.I)


def _bilateral_participants(
    doc: Doc, meetings: list[MeetingCandidate], primary: MeetingCandidate | None
) -> None:
    """The two sides of each bilateral meeting; a summit preview's planned side meetings are
    too loosely announced to name their participants."""
    people: list[PersonRef] = doc.context["people"]
    for meeting in meetings:
        if meeting.body != "bilateral" or not meeting.parties:
            continue
        if meeting.planned and primary is not None or meeting.invited or meeting.aside:
            continue  # a visit invited to, or one a sentence about other talks recalls
        sent = meeting.sentence
        named = {m.key for m in doc.mentions_in(sent.start, sent.end, "person")}
        for person in people:
            if person.name not in named or person.state not in meeting.parties:
                continue
            if _non_participant_role(person.role):
                continue  # "Ushakov said that the presidents discussed ...
            doc.facts.append(
                Participant(
                    person=person.name,
                    state=person.state,
                    role=person.role,
                    meeting=meeting.ref(),
                    planned=bool(meeting.planned),
                    span=(sent.start, sent.end),
                    quote=sent.text,
                    confidence=0.8,
                )
            )


_STAYED_AWAY = re.compile(
    r"\b(?=[adgnsw])(?:skip\w*|stay\w* (?:away|home)|(?:will|did|does) not (?:attend|come|travel|"
    r"take part|participate)|absent|absence of|won't (?:attend|come|travel)|"
    r"(?:goes|went|go) ahead without|without (?:the )?(?:participation|presence) of)\b",
    re.I,
)
""" Words that keep a person away from the session however often the report names them."""


def _stayed_away(sent: Sentence, start: int) -> bool:
    return _in_own_clause(sent, start, _STAYED_AWAY)


def _in_own_clause(sent: Sentence, start: int, words: re.Pattern[str]) -> bool:
    """Do the words stand in the person's own clause (not where they joined by video link)?"""
    if not sent.has(words) or sent.has(_REMOTE):
        return False
    lo, hi = clause_bounds(sent, start, start + 1)
    return bool(words.search(sent.text, lo - sent.start, hi - sent.start))


_ABSENCES = re.compile(r"\babsences\s*:", re.I)


def _absent(sent: Sentence, start: int) -> bool:
    """'Stayed away', 'will not attend' — unless they joined by video link instead; said of
    the person's own clause ("India was represented by Jaishankar, as Modi did not join")."""
    if sent.has(_ABSENCES) and _ABSENCES.search(sent.text, 0, start - sent.start):
        return True  # "Notable absences: Xi Jinping, who has sent Premier Li Qiang"
    return _in_own_clause(sent, start, _ABSENT)


_POST_IN = re.compile(
    r"\b(?:chairman|chairwoman|chairperson|chair|speaker|head|member|deputy|secretary)\s+of\s+"
    r"(?:the\s+)?$",
    re.I,
)


def _names_other_body(sent: Sentence) -> bool:
    """Does the sentence speak of a body the session is not ("the State Duma ratified"), not
    merely of a post in one ("Chairman of the State Duma Vyacheslav Volodin")?"""
    return any(
        not _POST_IN.search(sent.text, max(0, start - 30), start)
        for start, _ in sent.spans(_OTHER_BODY)
    )


_SIGNED_LAW = re.compile(r"\bsign(?:ed|s|ing)?\s+(?:the\s+|a\s+)?(?:federal\s+)?law\b", re.I)


def _excluded(sent: Sentence, start: int) -> bool:
    """Named as the object of an award/appointment, signing a law (a ratification is no
    session), or in a sentence about another body or another event ("speaking at a strategic
    session in April")."""
    if sent.has(_SIGNED_LAW):
        return True
    if (_names_other_body(sent) or sent.has(_OTHER_EVENT)) and not _STRONG_CUES.match(
        sent.text.lstrip()
    ):
        return True  # but "Taking part were ... State Duma Speaker Vyacheslav Volodin" lists
    head = sent.text[: start - sent.start]
    if _ON_BEHALF.search(head[-60:]) or _CREDITED.search(head[-80:]):
        return True  # "passed on greetings from President Putin", "in memory of Islam Karimov"
    if _OBJECT_AFTER.match(sent.text, start - sent.start):
        return True  # "Denis Manturov was confirmed as chairman of the commission"
    return bool(_OBJECT_CONTEXT.search(head)) and not _STRONG_CUES.search(head)


def _leads_delegation(person: PersonRef, level: str | None) -> bool:
    """A guest state's delegation at a council is led by the post of the council's level; at a
    summit, by whoever leads the state there (a prime minister, a crown prince)."""
    if level is None:
        return False
    if person.role in LEVEL_ROLES.get(level, set()):
        return True
    state = load().states.get(person.state or "")
    leaders = set(lexicon()["guest_leader_roles"]) | ({state.leader} if state else set())
    return level == "heads-of-state" and person.role in leaders


_AS_A_TIME = re.compile(
    r"\b(?:after|before|ahead of|until|since)\s+(?:the\s+)?(?:[A-Z][\w-]+\s+){0,2}"
    r"(?:summit|meeting|session)\b"
)
_SESSION_WORD = re.compile(r"\b(?:summit|meeting|session|council)\b", re.I)


def _dated_otherwise(
    doc: Doc, sent: Sentence, meeting: MeetingCandidate, meetings: list[MeetingCandidate]
) -> bool:
    """Does a sentence that names no session tell of another time, dated with a year the
    session's date is not in ("The treaty was signed on December 8, 1999, by Boris Yeltsin
    and ..." in a report of a later session)? A date of a session it names in passing ("-
    admitted at the Astana summit in July 2024 -") is not such a time."""
    if not meeting.date or any(m.sentence is sent for m in meetings):
        return False
    for expr in doc.context.get("dates", []):
        if expr.year is None or expr.month is None or not sent.start <= expr.start < sent.end:
            continue
        told = resolve(expr, doc.context.get("published"), bool(meeting.planned))
        if told and not (told.startswith(meeting.date[:4]) or meeting.date.startswith(told[:4])):
            return True
    return False


def _as_a_time(sent: Sentence) -> bool:
    """ "China's chairmanship, which will begin after the Astana summit": the session only
    dates something else the sentence tells of."""
    timed = sent.spans(_AS_A_TIME)
    return bool(timed) and len(sent.spans(_SESSION_WORD)) == len(timed)


_SPOKE_TOO = (
    "announced",
    "informed",
    "reminded",
    "invited",
    "expects",
    "expect",
    "expected",
    "hopes",
    "hope",
    "hoped",
)
"""Verbs besides the speech verbs by which someone speaks of a session rather than attends it."""


@cache
def _spoke() -> re.Pattern[str]:
    words = (*speech_verbs(), *_SPOKE_TOO)
    return re.compile(rf"\b(?={initials(words)}){alternation(words)}\b", re.I)


_LABEL = re.compile(r"[A-Z][\w.\- ]{1,40}:\s")  # "Mezentsev: I am sure that ..."


def _spoken_of(sent: Sentence, meeting: MeetingCandidate) -> bool:
    """ "Rahmon said Dushanbe was ready to host the next meeting", "Putin recalled the summit
    in Moscow": a session someone speaks of, not one the sentence shows them at."""
    if meeting.sentence is not sent or not (meeting.planned or meeting.other_one):
        return False
    spoke = sent.spans(_spoke()) or ([(0, 0)] if _LABEL.match(sent.text) else [])
    return bool(spoke) and spoke[0][0] < meeting.start - sent.start and not sent.has(_STRONG_CUES)


@cache
def _said_after() -> re.Pattern[str]:
    """ "..., Putin said", "Mezentsev: ...": a speech verb right after the name, or a colon."""
    words = (*speech_verbs(), "announced", "informed")
    return re.compile(rf"^\s*(?:{alternation(words, ignore_case=False)})\b|^:\s")


@cache
def _said_before() -> re.Pattern[str]:
    """ "according to S.Lebedev", "said Deputy Prime Minister ...": the source named last."""
    words = (*source_citations(), *speech_verbs())
    return re.compile(rf"\b(?:{alternation(words)})\s+(?:\w+\s+){{0,3}}$", re.I)


def _sayer(doc: Doc, sent: Sentence, mention: Mention) -> bool:
    """Is the person named as the one who tells of the session ("..., Putin said",
    "Mezentsev: ...", "according to S.Lebedev")?"""
    return bool(
        _said_after().match(doc.text[mention.end : mention.end + 20])
        or _said_before().search(doc.text[max(sent.start, mention.start - 30) : mention.start])
    )


def _non_participant_role(role: str | None) -> bool:
    if not role:
        return False
    lowered = role.lower()
    return any(word in lowered for word in lexicon()["non_participant_roles"])


def run(doc: Doc) -> None:
    primary: MeetingCandidate | None = doc.context.get("primary_meeting")
    meetings: list[MeetingCandidate] = doc.context.get("meetings", [])
    by_sentence = doc.context.get("sentence_meetings", {})
    seen: set[tuple[str, int]] = set()
    _bilateral_participants(doc, meetings, primary)
    side_meetings = {
        (m.sentence.index, state)
        for m in meetings
        if m.body == "bilateral"
        for state in m.parties or ()
    }
    # a readout of talks that mentions a summit in passing is not about the summit: there only
    # the sentences that name it link people to it
    about_talks = any(m.body == "bilateral" and m.sentence.index <= 2 for m in meetings) and (
        primary is None or primary.sentence.index > 2
    )
    # nor is a report of a law, an award or an appointment whose lead names no session
    aside = primary is not None and primary.sentence.index > 3
    default = None if about_talks or aside else primary
    sentence_of = {  # looked up once per mention
        mention.start: doc.sentence_at(mention.start)
        for person in doc.context["people"]
        for mention in person.mentions
    }
    absent = {  # "after Prime Minister Modi decided to skip the meeting": not in another line
        (person.name, id(by_sentence[sentence_of[mention.start].index]))
        for person in doc.context["people"]
        for mention in person.mentions
        if sentence_of[mention.start].index in by_sentence
        and _stayed_away(sentence_of[mention.start], mention.start)
    }
    for person in doc.context["people"]:
        for mention in person.mentions:
            sent = sentence_of[mention.start]
            if (sent.index, person.state) in side_meetings and sent.index not in by_sentence:
                continue  # a side of a bilateral meeting, not of the summit around it
            meeting = by_sentence.get(sent.index, default)
            if meeting is not None and sent.index not in by_sentence:
                meeting = _fitting_session(
                    person, meeting, meetings, by_sentence.get(sent.index - 1)
                )
                if _dated_otherwise(doc, sent, meeting, meetings):
                    continue  # "signed on December 8, 1999, by Boris Yeltsin": another time
            if meeting is None or not meeting.reported or _as_a_time(sent) or sent.is_question:
                continue  # "Will Pashinyan take part?": a question tells no one is there
            if meeting is not primary and _spoken_of(sent, meeting):
                continue
            if meeting.planned and _sayer(doc, sent, mention) and not sent.has(_STRONG_CUES):
                continue  # "The next summit will be held in Kazan, Putin said": its announcer
            sent_in = bool(
                _SENT.search(doc.text, max(sent.start, mention.start - 60), mention.start)
            )
            if _excluded(sent, mention.start) or (not sent_in and _absent(sent, mention.start)):
                continue  # but "skipped the summit and sent Premier Li Qiang": Li is there
            if _SENDS.match(doc.text, mention.end, sent.end):
                continue  # "al-Sisi sent Prime Minister Mostafa Madbouly": not there himself
            if (person.name, id(meeting)) in absent and not (sent_in or sent.has(_STRONG_CUES)):
                continue
            confidence = _participation(
                person, meeting, sent, sent_in or _listed_as_taking_part(doc, sent)
            )
            if confidence is None:
                continue
            key = (person.name, id(meeting))
            if key in seen:
                continue
            seen.add(key)
            doc.facts.append(
                Participant(
                    person=person.name,
                    state=person.state,
                    org=None if person.state else person.org,
                    role=person.role,
                    meeting=meeting.ref(),
                    planned=bool(meeting.planned),
                    span=(sent.start, sent.end),
                    quote=sent.text,
                    confidence=confidence,
                )
            )


def _fits(person: PersonRef, meeting: MeetingCandidate) -> bool:
    """Does the person hold the post the session's level implies, for a state of its
    organization ("the President of Azerbaijan" at the CIS summit, not at the EAEU council)?"""
    body = load().bodies.get(meeting.body)
    organization = load().organizations.get(body.org or "") if body else None
    if body is None or organization is None or person.state is None:
        return False
    on = meeting.date
    if person.state not in organization.associated(on):  # members or any other status
        return False
    state = load().states.get(person.state)
    return person.role in LEVEL_ROLES.get(body.level or "", set()) or (
        body.level == "heads-of-state" and state is not None and person.role == state.leader
    )


def _fitting_session(
    person: PersonRef,
    default: MeetingCandidate,
    meetings: list[MeetingCandidate],
    just_told: MeetingCandidate | None = None,
) -> MeetingCandidate:
    """A sentence naming no session speaks of the article's own; but of two sessions a report
    covers (the foreign ministers, then the heads of state; the EAEU council, then the CIS
    summit), a president of a state of one of them took part in the one he fits: the one the
    sentence before told of, or the only other one the report dates to the day."""
    if _fits(person, default):
        return default
    if (
        just_told is not None
        and just_told.body != "bilateral"
        and just_told.reported
        and not just_told.other_one
        and _fits(person, just_told)
    ):
        return just_told  # "... the Council of Heads of Government in Zhengzhou. Russia was
        # represented by Prime Minister Dmitry Medvedev, ..."
    fitting = [
        m
        for m in meetings
        if m is not default
        and m.body != "bilateral"
        and m.reported
        and m.planned == default.planned
        and not m.other_one
        and len(m.date or "") == 10  # a session the report dates to the day
        and _fits(person, m)
    ]
    return fitting[0] if len(fitting) == 1 else default


_POST_CHANGE = re.compile(
    r"\b(?=[bhrtvw])(?:will (?:chair|head|lead)|to head|will be (?:chaired|headed|led) by|"
    r"be headed by|recalled|re-?elected|vacant|takes? over|took over)\b",
    re.I,
)


_LIST_ITEM = re.compile(r"\s*(?:[-–—•*]|\d+[.)])\s")


def _listed_as_taking_part(doc: Doc, sent: Sentence) -> bool:
    """Is the sentence an item of a list that "Attending the meeting were:" introduces?"""
    if not _LIST_ITEM.match(sent.text):
        return False
    for earlier in reversed(doc.sentences[: sent.index]):
        if _LIST_ITEM.match(earlier.text):
            continue
        return earlier.text.rstrip().endswith(":") and earlier.has(_STRONG_CUES)
    return False


def _participation(
    person: PersonRef, meeting: MeetingCandidate, sent: Sentence, listed: bool = False
) -> float | None:
    """Confidence that the person took part, or None when nothing says so."""
    if person.state is None and person.org is None:
        return None
    body = load().bodies.get(meeting.body)
    level = body.level if body else None
    cue = sent.has(_cue_pattern())
    strong = sent.has(_STRONG_CUES) or listed
    org = body.org if body else None
    if person.org is not None:
        if person.org != org or sent.has(_POST_CHANGE):
            return None  # "Sargsyan will chair the Board from February 1": the post, not a seat
        if cue or meeting.sentence is sent:
            return 0.8
        if _OBJECT_CONTEXT.search(sent.text) or _CAREER.search(sent.text):
            return None  # "Lebedev has headed the Executive Committee since 2007": a career
        return 0.7
    organization = load().organizations.get(org or "")
    on = meeting.date  # Belarus became a BRICS partner in 2025, not at Ufa in 2015
    members = organization.members(on) if organization else []
    associated = organization.associated(on) if organization else []
    if person.state not in members and person.state not in associated:
        guest = _leads_delegation(person, level) or (
            _GUEST_DELEGATION.search(sent.text) and not _non_participant_role(person.role)
        )
        return 0.7 if strong and guest else None
    if level and person.role in LEVEL_ROLES.get(level, set()):
        if person.known is not None and (strong or meeting.sentence is sent):
            return 0.95
        return 0.9 if cue else 0.8
    state = load().states.get(person.state or "")
    if level == "heads-of-state" and state is not None and person.role == state.leader:
        return 0.9 if cue else 0.8
    if _non_participant_role(person.role) and not _ACCOMPANIED.search(sent.text):
        return None  # aides and spokesmen speak about sessions; they take part only in a suite
    if strong:
        return 0.75
    return None
