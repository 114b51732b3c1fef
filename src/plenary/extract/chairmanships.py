"""Chairmanships: a state chairs an organization (or one of its bodies) for a year."""

from __future__ import annotations

import re

from plenary.extract.dates import resolve
from plenary.extract.doc import Doc, Mention, Sentence, may_hold
from plenary.extract.tense import is_planned
from plenary.reference import load
from plenary.spec import Chairmanship

_CHAIR = re.compile(
    r"\b(?<!-)(?=[acdhpt])(chair(?:man)?ship|chairs?|chaired|chairing|presidency|presides|"
    r"presided|presiding|"
    r"take(?:s)? over|took over|taking over|hand(?:s|ed)? over|pass(?:es|ed)? to|head of|"
    r"(?<=\d )term|"
    r"assum(?:e|es|ed|ing)(?!\s+(?:office|his|her|the\s+post|power))|"
    r"(?:pass|hand)(?:es|s|ed)? (?:the |its )?(?:rotating )?chair(?:man)?ship to|at the helm)\b",
    re.I,
)
_CHAIR_WORDS = (
    "chair", "presidenc", "presides", "presided", "presiding", "take over", "takes over",
    "took over", "taking over", "hand", "pass", "head of", "term", "assum", "at the helm",
)  # fmt: skip
"""Words every `_CHAIR` holds, in any case: a sentence without any is not searched."""
_WILL_CHAIR = re.compile(r"\bwill chair|\bchairs the\b")
_AS_CHAIR = re.compile(r"\bas\s+(?:the\s+)?(?:[\w'’]+\s+){0,2}(?:current|rotating)\s+$")
_CURRENT = re.compile(r"\b(?:current|rotating|this year's)\s+$", re.I)
""" "as the organisation's current chair": the noun, the chairmanship held now."""
_POSSESSIVE_YEAR = re.compile(r"[A-Z]\w+['’]s\s+(?:20[0-4]\d\s+)(?:chair(?:man)?ship|presidency)\b")
_WHICH_WILL_CHAIR = re.compile(
    r"[\w ]{0,20},\s+which\s+will\s+(?:chair|preside over|head|host)\b[^.;,]{0,70}?"
    r"\bin\s+(20[0-4]\d)\b"
)
""" "passes to Kyrgyzstan, which will chair the CSTO in 2025", "... to India, which will host
the next meeting of the Council of Heads of State in 2023": the year the new chair's term
holds its session."""
_YEAR = re.compile(r"(?<![\d\-–])(20[0-4]\d)(?:\s*[-–]\s*(20[0-4]\d))?(?![\d])")


def _named_just_before(doc: Doc, sent: Sentence) -> str | None:
    """The organization the previous sentence of the paragraph names (its own or its
    council's) where it names one only: "the organization" a sentence goes on about ("The
    Samarkand Declaration was signed ... India took over the chairmanship of the organization
    for 2023" after a sentence on the SCO)."""
    if sent.index == 0:
        return None
    before = doc.sentences[sent.index - 1]
    if before.paragraph != sent.paragraph:
        return None
    gaz = load()
    orgs = {
        m.key if m.type == "org" else gaz.bodies[m.key].org
        for m in doc.mentions_in(before.start, before.end)
        if m.type == "org" or (m.type == "body" and gaz.bodies[m.key].org)
    }
    return next(iter(orgs)) if len(orgs) == 1 else None


def _org_of(doc: Doc, sent: Sentence) -> str | None:
    orgs = doc.mentions_in(sent.start, sent.end, "org")
    if orgs:
        return orgs[0].key
    bodies = doc.mentions_in(sent.start, sent.end, "body")
    gaz = load()
    session = doc.context.get("sentence_meetings", {}).get(sent.index)
    if bodies and session is not None and session.body in gaz.bodies:
        # the sentence's session, its council read in context: "the Council of Foreign
        # Ministers ... met under the chairmanship of Belarus" in a report on the CSTO
        return gaz.bodies[session.body].org or gaz.bodies[bodies[0].key].org
    if bodies and gaz.bodies[bodies[0].key].org:
        return gaz.bodies[bodies[0].key].org
    named = _named_just_before(doc, sent)
    if named is not None:
        return named
    primary = doc.context.get("primary_meeting")
    if primary is not None:
        return gaz.bodies[primary.body].org if primary.body in gaz.bodies else None
    counts: dict[str, int] = {}
    for mention in doc.mentions:
        if mention.type == "org":
            counts[mention.key] = counts.get(mention.key, 0) + 1
    return max(counts, key=lambda k: counts[k]) if counts else None


def _year(doc: Doc, sent: Sentence, pos: int, state_pos: int, planned: bool) -> int | None:
    """The chairmanship's year: an explicit year near the trigger with no other state between
    it and the chairing state ("Russia's 2024 chairmanship", "passes to Tajikistan, which will
    preside ... in 2025"); else "this/next/last year" or a dated handover ("on January 1")."""
    lo, hi = max(sent.start, pos - 60), min(sent.end, pos + 90)
    handing = bool(re.match(r"(?:pass|hand)", doc.text[pos : pos + 4], re.I)) or bool(
        re.match(r"\w+(?:\s+of\s+(?:the\s+)?[\w ]{1,30}?)?\s+to\s", doc.text[pos : pos + 60])
    )
    published = doc.context.get("published")
    current = _session_year(doc, sent)
    if current and re.match(r"[^.;]{0,60}?\b(?:this|the current) year\b", doc.text[pos:hi]):
        return int(current)  # "holds the chairmanship this year for the third time after 2012"
    years = []
    for match in _YEAR.finditer(doc.text, lo, hi):
        a, b = sorted((state_pos, match.start()))
        others = [
            m
            for m in doc.mentions_in(a + 1, b, "state")
            if m.start != state_pos
            and not re.search(r"\bfrom\s+(?:the\s+)?$", doc.text[a : m.start])
        ]
        if not others:
            # a handover's year follows the state it goes to ("passed ... to Kyrgyzstan for 2019")
            behind = handing and match.start() < state_pos
            years.append((behind, abs(match.start() - pos), int(match.group(1))))
    if years:
        return min(years)[2]
    later = _WHICH_WILL_CHAIR.match(doc.text, state_pos, min(sent.end, state_pos + 130))
    if later:
        return int(later.group(1))  # "pass to Kyrgyzstan, which will chair the CSTO in 2025"
    if published is None:
        return int(current) if current and _HOLDS.search(doc.text, pos - 30, pos + 30) else None
    lowered = _clause(doc, sent, pos).lower()
    for phrase, offset in (
        ("this year", 0),
        ("current year", 0),
        ("next year", 1),
        ("last year", -1),
    ):
        if phrase in lowered:
            return int(published.year) + offset
    handover = re.search(
        r"\b(?:take|takes|took|taking|pass|passes|passed|hand|hands|handed|assum\w+|chairs)\b",
        sent.text,
        re.I,
    )
    # "from January, the chairmanship passes to Tajikistan": the coming January
    ahead = planned or bool(handover and not re.match(r"took|passed|handed|assumed", handover[0]))
    for expr in doc.context["dates"] if handover else []:
        if sent.start <= expr.start < sent.end and expr.month and expr.form != "year":
            resolved = resolve(expr, published, ahead, None)
            if resolved:
                return int(resolved[:4])
    if handover and re.search(
        r"\b(?:at the end of|at the close of|after) the (?:summit|session|meeting)", sent.text, re.I
    ):
        return int(published.year)  # handed over at the session the report is about
    owned = re.match(
        r"chair(?:man)?ship|presidency", doc.text[pos : pos + 12], re.I
    ) and _OWNED.search(
        doc.text, max(sent.start, pos - 40), pos
    )  # "China's chairmanship of the SCO ends with the summit", "the Russian chairmanship"
    if owned and _LOOKS_AHEAD.search(sent.text):
        owned = None  # "the priorities of Russia's chairmanship, which begins on January 1"
    if (
        owned or _HOLDS.search(doc.text, max(sent.start, pos - 30), min(sent.end, pos + 30))
    ) and not _quoted(doc.text[sent.start : pos]):
        # "under India's chairmanship", "whose country chairs": the year of the session the
        # sentence tells of, else of the report; quoted speech keeps its own time
        return int(current or published.year)
    return None


_CLAUSE_BREAK = re.compile(
    r";|,\s+(?:and|but|while|whereas)\s+|\s+and\s+(?=(?:will\s+)?(?:hand|pass|take|transfer)\w*\s)"
)


def _clause(doc: Doc, sent: Sentence, pos: int) -> str:
    """The clause of the sentence that holds `pos`: "Russia chairs the union this year;
    Armenia takes over on January 1" gives each state its own time."""
    start, end = sent.start, sent.end
    for match in _CLAUSE_BREAK.finditer(doc.text, sent.start, sent.end):
        if match.end() <= pos:
            start = match.end()
        elif match.start() >= pos:
            end = match.start()
            break
    return doc.text[start:end]


def _standing_chair(doc: Doc, sent: Sentence) -> bool:
    """Is the sentence about a council with a standing chairman (the Union State's), whose
    chair holds a post, not a year's chairmanship?"""
    gaz = load()
    bodies = [m.key for m in doc.mentions_in(sent.start, sent.end, "body")]
    meeting = doc.context.get("sentence_meetings", {}).get(sent.index)
    if not bodies and meeting is not None:
        bodies = [meeting.body]
    return any(b in gaz.bodies and not gaz.bodies[b].chaired_by_org_chair for b in bodies)


def _quoted(before: str) -> bool:
    return (before.count('"') + before.count("“") + before.count("”")) % 2 == 1


_STATE_IN_THE_CHAIR = re.compile(r"\b(?:with|had)\s+[A-Z][\w ]{2,25}\s+in the\s+$")
""" "with Armenia in the chair": the chair held now ("with Xi in the chair" chairs a session,
which the state mention before it tells apart)."""
_LOOKS_AHEAD = re.compile(
    r"\b(?:priorit\w*|concept|plan|begins?|will|would|upcoming|next|incoming|starts?)\b", re.I
)
_OWNED = re.compile(
    r"(?:[A-Z]\w+['’]s|\bthe\s+[A-Z]\w+)\s+(?:(?:rotating|successful|current)\s+)?$"
)
_HOLDS = re.compile(  # a state holding the chair now; "who chairs the council" is a post
    r"\bunder\s+(?:the\s+)?\w+(?:['’]s)?\s+(?:\w+\s+)?(?:chair(?:man)?ship|presidency)|"
    r"\bunder\s+(?:chair(?:man)?ship|presidency)\s+of\b|"
    r"\bwhose country (?:holds|chairs|presides)|"
    r"\bholds the (?:\w+\s+){0,2}(?:chair(?:man)?ship|presidency)|"
    r"\b(?:chairs|presides over|presides in) the (?:\w+\s+)?(?:bodies|organi[sz]ation|"
    r"commonwealth|union|bloc|group|grouping|alliance)|"
    r"\b(?:currently|now) (?:chairs|presides over) the [A-Z]{3,5}\b|"
    r"\bchair(?:man)?ship of the [\w ]{1,30}? is held by|"
    r"\byear at the (?:helm|head) of\b|\bin the chair\b",
    re.I,
)


def run(doc: Doc) -> None:
    before = len(doc.facts)
    _read(doc)
    _read_successions(doc)
    published = doc.context.get("published")
    for fact in doc.facts[before:]:
        if isinstance(fact, Chairmanship) and published is not None:
            # a year's chair is planned while the year is to come, whatever the verb's tense
            # ("the decision on Kazakhstan's chairmanship in 2022", read in 2021)
            fact.planned = fact.year > published.year


def _read(doc: Doc) -> None:
    people_states = {
        (m.start, m.end): p.state for p in doc.context["people"] for m in p.mentions if p.state
    }
    seen: set[tuple[str, str, int]] = set()
    for sent in doc.sentences:
        stated: set[str] = set()  # one year per state and sentence: the first trigger's
        for trigger in _CHAIR.finditer(sent.text) if may_hold(sent.text, _CHAIR_WORDS) else ():
            pos = sent.start + trigger.start()
            word = trigger.group().lower().replace("chairship", "chairmanship")
            if word == "head of" and not doc.mentions_in(pos, pos + 40, "org"):
                continue
            current = word == "chair" and (
                _CURRENT.search(doc.text, max(sent.start, pos - 30), pos)
                or (
                    _STATE_IN_THE_CHAIR.search(doc.text, max(sent.start, pos - 30), pos)
                    and doc.mentions_in(max(sent.start, pos - 30), pos, "state")
                )
            )
            if word in ("chairs", "chair") and not (_WILL_CHAIR.search(sent.text) or current):
                continue
            if word in _TAKE_OVER and _FROM_PERSON.match(doc.text, pos + len(word)):
                person = doc.mentions_in(pos, min(sent.end, pos + len(word) + 40), "person")
                if person:
                    continue  # "takes over from Mikhail Myasnikovich": a post, not a year's chair
            found = _state_for(doc, sent, pos, people_states, word)
            if found is None or _standing_chair(doc, sent):
                continue
            state, state_pos = found
            planned = is_planned(sent, pos, pos + len(trigger.group())) or word in (
                "take over",
                "takes over",
                "assume",
                "assumes",
            )
            org = _org_of(doc, sent)
            year = _clause_year(doc, sent, state_pos) or _year(doc, sent, pos, state_pos, planned)
            if current:  # "hosting it as the current chair": held now, whatever the session's tense
                planned = False
                year = year or _session_year(doc, sent)
            if org is None:
                continue
            if year is not None and (org, state, year) not in seen and state not in stated:
                seen.add((org, state, year))
                stated.add(state)
                doc.facts.append(
                    Chairmanship(
                        org=org,
                        state=state,
                        year=year,
                        planned=planned,
                        span=(sent.start, sent.end),
                        quote=sent.text,
                        confidence=0.95 if _POSSESSIVE_YEAR.search(sent.text) else 0.8,
                    )
                )
            if year is None and word.startswith("handed"):
                year = _session_year(doc, sent)  # handed over at the session: its year
            if year is None:
                continue
            giver = _taken_from(doc, sent, pos, word, year)
            if giver is not None and (org, giver[0], giver[1]) not in seen:
                seen.add((org, giver[0], giver[1]))
                doc.facts.append(
                    Chairmanship(
                        org=org,
                        state=giver[0],
                        year=giver[1],
                        span=(sent.start, sent.end),
                        quote=sent.text,
                        confidence=0.8,
                    )
                )


_OPENS_WITH_YEAR = re.compile(r"\s*(?:and\s+)?(?:[Ii]n|for)\s+((?:19|20)\d\d)\b(?![-–]\d)")
_ANY_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _clause_year(doc: Doc, sent: Sentence, state_pos: int) -> int | None:
    """ "In 2024 the Commonwealth was chaired by Russia, in 2025 by Tajikistan, and in 2026
    the chairmanship will pass to Turkmenistan": where clauses open with a year each, a state
    chairs in its own clause's year."""
    dated = [
        (sent.start + clause.start(), sent.start + clause.end(), int(opening.group(1)))
        for clause in re.finditer(r"[^,;]+", sent.text)
        if (opening := _OPENS_WITH_YEAR.match(clause.group()))
        and len(_ANY_YEAR.findall(clause.group())) == 1
    ]
    if len({year for _, _, year in dated}) < 2:
        return None
    return next((year for lo, hi, year in dated if lo <= state_pos < hi), None)


_SUCCESSION_WORDS = ("chair", "presidenc", "helm", "rotat")
_STATE_YEAR = re.compile(r"\s*\((20[0-4]\d)\)|\s+(?:in|for)\s+(20[0-4]\d)\b(?![-–]\d)")
""" "Kazakhstan (2022)", "Kazakhstan in 2016": a state and the year it chaired."""
_FROM_TO = re.compile(
    r"\bchair(?:man)?ship\s+(?:of\s+(?:the\s+)?[\w ]{2,40}?\s+)?pass(?:es|ed)?\s+from\s+$"
)
""" "The chairmanship passes from Armenia to Belarus for 2025": who gives and who takes."""


def _read_successions(doc: Doc) -> None:
    """Chairs told as a succession: "it passed from Kazakhstan (2022) to Kyrgyzstan (2023),
    Russia (2024) and Tajikistan (2025)", "Belarus held the first chairmanship in 2015,
    followed by Kazakhstan in 2016", "the chairmanship passes from Armenia to Belarus for
    2025" (the giver chaired the year before)."""
    known = {(f.org, f.state, f.year) for f in doc.facts if isinstance(f, Chairmanship)}
    for sent in doc.sentences:
        if not may_hold(sent.text, _SUCCESSION_WORDS):
            continue
        states = doc.mentions_in(sent.start, sent.end, "state")
        told: list[tuple[str, int]] = []
        for mention in states:
            said = _STATE_YEAR.match(doc.text, mention.end, sent.end)
            if said:
                told.append((mention.key, int(said.group(1) or said.group(2))))
        if len(told) < 2:
            told = _passed_from(doc, sent, states)
        org = _org_of(doc, sent) if told else None
        if org is None:
            continue
        for state, year in told:
            if (org, state, year) not in known:
                known.add((org, state, year))
                doc.facts.append(
                    Chairmanship(
                        org=org,
                        state=state,
                        year=year,
                        span=(sent.start, sent.end),
                        quote=sent.text,
                        confidence=0.8,
                    )
                )


def _passed_from(doc: Doc, sent: Sentence, states: list[Mention]) -> list[tuple[str, int]]:
    """ "passes from Armenia to Belarus for 2025": Belarus in 2025, Armenia in 2024."""
    for giver, taker in zip(states, states[1:], strict=False):
        if not _FROM_TO.search(doc.text, max(sent.start, giver.start - 80), giver.start):
            continue
        if not re.fullmatch(r"\s+to\s+(?:the\s+)?", doc.text[giver.end : taker.start]):
            continue
        year = _STATE_YEAR.match(doc.text, taker.end, sent.end)
        if year:
            taken = int(year.group(1) or year.group(2))
            return [(taker.key, taken), (giver.key, taken - 1)]
    return []


def _session_year(doc: Doc, sent: Sentence) -> int | None:
    """The year of the held session the sentence tells of ("met on October 26, 2023, ...
    this year"), else of the report."""
    meeting = doc.context.get("sentence_meetings", {}).get(sent.index)
    if meeting is not None and meeting.date and not meeting.planned:
        return int(meeting.date[:4])
    published = doc.context.get("published")
    return int(published.year) if published else doc.context.get("fallback_year")


_TAKE_OVER = ("take over", "takes over", "took over", "taking over")
_FROM_PERSON = re.compile(r"\s+from\s+(?:[A-Z][\w.'’-]*\s+){0,2}[A-Z]")


def _taken_from(doc: Doc, sent: Sentence, pos: int, word: str, year: int) -> tuple[str, int] | None:
    """ "Kyrgyzstan will take over the chairmanship of the CSTO from Kazakhstan in 2025",
    "Kazakhstan handed over the chairmanship to China":
    the state it is taken from chaired the year before a yearly handover (dated by its year,
    "on January 1", "next year"), else the same year (a handover at a summit)."""
    yearly = re.search(rf"\b(?:{year}|January|next year)\b", sent.text) is not None
    if word.startswith("hand"):
        # "Kazakhstan handed over the chairmanship to China": the state before the verb, in
        # the year it held the chair ("which it held in 2022") or else the handover's
        giver = [m for m in doc.mentions_in(sent.start, pos, "state") if pos - m.end <= 25]
        held = re.search(r"\bwhich it held in (20[0-4]\d)\b", sent.text)
        if giver:
            return giver[-1].key, int(held.group(1)) if held else year - 1 if yearly else year
    if word not in _TAKE_OVER:
        return None
    for mention in doc.mentions_in(pos, sent.end, "state"):
        if re.search(
            r"\bfrom\s+(?:the\s+)?$", doc.text[max(pos, mention.start - 10) : mention.start]
        ):
            return mention.key, year - 1 if yearly else year
    return None


_FRIENDS = re.compile(r"\s+(?:friends|colleagues|partners|side)\b")
""" "passes to our Kyrgyz friends": a state named by its adjective."""
_HANDED_TO = re.compile(
    r"\w+(?:\s+of\s+(?:the\s+)?[\w ]{1,50}?)?\s+(?:to|(?:is|was|will be) held by|belongs to|"
    r"belonged to|rests with)\s+(?:the\s+)?"
)


_TITLE_OF = re.compile(
    r"(?:the\s+)?(?:President|Prime\s+Minister|Premier|Chairman|Head)\s+of\s+(?:the\s+)?"
    r"(?:Republic\s+of\s+|Government\s+of\s+(?:the\s+)?)?",
    re.I,
)


def _chair_named(
    doc: Doc, at: int, end: int, people_states: dict[tuple[int, int], str]
) -> tuple[str, int] | None:
    """The state of a chair named by title or name right at `at` ("President of the Republic
    of Tajikistan ...", "Kassym-Jomart Tokayev")."""
    title = _TITLE_OF.match(doc.text, at, end)
    start = title.end() if title else at
    for mention in doc.mentions_in(at, min(end, start + 40)):
        if mention.start != start and not (mention.type == "person" and mention.start - at <= 45):
            continue
        if mention.type == "state":
            return mention.key, mention.start
        if mention.type == "person" and (state := people_states.get((mention.start, mention.end))):
            return state, mention.start
    return None


def _state_for(
    doc: Doc, sent: Sentence, pos: int, people_states: dict[tuple[int, int], str], word: str
) -> tuple[str, int] | None:
    """The chairing state: "Russia's chairmanship", "chairmanship of Tajikistan", "Putin, head
    of the CIS", "Tajikistan is set to take over"."""
    window_after = doc.text[pos : min(sent.end, pos + 90)]
    chaired_by = re.match(r"\w+\s+by\s+", window_after)
    if chaired_by and word in ("chaired", "presided"):  # "the CIS will be chaired by Kyrgyzstan"
        by = [
            m for m in doc.mentions_in(pos, pos + 60, "state") if m.start == pos + chaired_by.end()
        ]
        if by:
            return by[0].key, by[0].start
    of = re.match(r"chair(?:man)?ship\s+of\s+", window_after, re.I)
    if of and word == "chairmanship":
        chair = _chair_named(doc, pos + of.end(), sent.end, people_states)
        if chair is not None:  # "under the chairmanship of President of Belarus A.Lukashenko"
            return chair
    if word in ("chairmanship", "presidency"):
        # "passed the chairmanship of the union to Belarus", "the chairmanship of the EAEU
        # bodies is held by the Republic of Armenia"
        verb_before = re.search(
            r"\bhand\w*\s+over\s+(?:the\s+)?(?:\w+\s+)?$", doc.text[pos - 40 : pos]
        )  # "handed over the SCO chairmanship to": the verb's own trigger reads it
        handed = None if verb_before else _HANDED_TO.match(window_after)
        taker = [
            m
            for m in doc.mentions_in(pos, pos + 90, "state")
            if handed and -4 <= m.start - (pos + handed.end()) <= 12  # "the Republic of"
        ]
        if taker:
            return taker[0].key, taker[0].start
    after_of = re.match(r"\w+\s+of\s+(?:the\s+)?", window_after)
    if after_of and word in ("chairmanship", "presidency"):
        for mention in doc.mentions_in(pos, pos + 60):
            if mention.type == "state" and mention.start == pos + after_of.end():
                return mention.key, mention.start
    before = [
        m
        for m in doc.mentions
        if sent.start <= m.start and m.end <= pos and m.type in ("state", "state-adj", "person")
    ]
    if word.startswith(("hand", "pass")):
        after = [
            m
            for m in doc.mentions_in(pos, sent.end)
            if m.type == "state" or m.type == "state-adj" and _FRIENDS.match(doc.text, m.end)
        ]
        return (after[0].key, after[0].start) if after else None
    if before:
        last = before[-1]
        if last.type == "person":
            state = people_states.get((last.start, last.end))
            return (state, last.start) if state else None
        gap = doc.text[last.end : pos]
        if len(gap) <= 90 and _AS_CHAIR.search(gap):
            return last.key, last.start  # "which Kazakhstan is hosting in Astana as the current"
        if len(gap) <= 40 and not re.match(r"\s+and\s+the\b", gap):
            # not "the situation in Afghanistan and the chairmanship of the CIS in 2020"
            return last.key, last.start
    return None
