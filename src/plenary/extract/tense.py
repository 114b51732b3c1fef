"""Did it happen, or is it planned? Decided by the tense cues nearest an event's trigger."""

from __future__ import annotations

import re
from functools import cache

from plenary.extract.doc import Sentence, alternation, initials, lexicon, speech_verbs

_CLAUSE_BREAK = re.compile(
    r"(?=[;:—–,.\s])"  # every break begins with one of these: other characters fail at once
    r"(?:[;:—–]|,\s+(?:while|but|and|whereas|as|since|because)\s|(?<!St)(?<!\b[A-Z])\.\s|"
    r"\s+and\s+(?=(?:will|is to|are to|would|then)\s)|"  # "take over on January 1 and will host"
    r",\s+(?=(?:the\s+)?next\s+(?:summit|session|meeting)\b)|"  # "in Ashgabat, next session"
    r"\s(?=since\s+(?!then\b)(?:\w+\s+){1,6}?(?:became|joined|took|was|were|had)\b)|"
    r",\s+(?:\w+\s+)?(?:hours|days|weeks|a day|a week|shortly|just|the day|on the eve)\s+"
    r"(?:before|after|ahead|of)\b|\s(?:ahead of|on the eve of|before the opening of)\s|"
    r",\s+which\s+(?!took place|was held|were held|will be held|will take place|is scheduled|"
    r"(?:will\s+|is\s+(?:set|expected|due)\s+to\s+)?(?:convene|open|begin|start|meet|gather)\b|"
    r"convenes|convened|opened|opens|begins|starts|met|meets|gathers|gathered|is due|"
    r"(?:\w+\s+){0,2}(?:will\s+)?host))"
)


_ATTRIBUTION_WORDS = (*speech_verbs(), "reported", "announced")


@cache
def _attribution() -> re.Pattern[str]:
    """ ", the ministry said", ", Lavrov pointed out on Monday": who told it, at clause end."""
    return re.compile(
        rf"(?<=,)\s+(?:the\s+)?(?:[\w'’.-]+\s+){{0,8}}?(?:{alternation(_ATTRIBUTION_WORDS)})\b"
        r"(?:\s+[\w'’.-]+){0,6}\W*$"
    )


_MODAL_PASSIVE = re.compile(r"\b(?=[cmsw])(?:could|may|might|should|would|must)\s+be\s+\w+ed\b")
""""could be signed at the next meeting": a possibility, ahead."""
_MODAL_WORDS = ("could", "may", "might", "should", "would", "must")
_ASIDE = re.compile(r",\s(?:ahead of|on the eve of|on the (?:sidelines|margins) of)\s[^,;.]{3,80},")
"""A time set off by commas before the clause's verb: an aside, not a clause of its own."""
_SPAN_AHEAD = re.compile(
    r"next\s+(?:decade|century|generation|chapter|phase|stages?|steps?|"
    r"(?:few|two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+(?:years|decades))\b",
    re.I,
)
_JUDGED = re.compile(
    r"will\s+(?:\w+ly\s+)?(?:be\s+remembered|go\s+down\s+in\s+history|be\s+recalled)\b", re.I
)
_HOSTED_BY = re.compile(r"(?:hosted|chaired|convened|organi[sz]ed) by\b")
_SESSION_BEFORE = re.compile(r"\b(?:summit|meeting|session|council|forum)\s$", re.I)


def _modifies_session(text: str, start: int) -> bool:
    """A past participle that modifies a session tells no tense of its own: ", held within
    the summit", "the SCO summit hosted by China"; but "the talks held in Beijing in April"
    are past."""
    if text.startswith("held", start):
        return text[:start].endswith(", ")
    return bool(
        _HOSTED_BY.match(text, start) and _SESSION_BEFORE.search(text, max(0, start - 12), start)
    )


_PAST_GOVERNOR = re.compile(
    r"\b(?:was|were|had|did|failed|came|arrived|flew|departed|went|travell?ed|could not|"
    r"couldn't)\b[^.,;]{0,25}$",
    re.I,
)


@cache
def _cue_patterns() -> dict[str, re.Pattern[str]]:
    tense = lexicon()["tense"]
    patterns = {}
    for group, words in tense.items():
        patterns[group] = re.compile(
            rf"(?<![\w'])(?={initials(words)}){alternation(words)}(?!\w)", re.I
        )
    return patterns


def _spans_with(
    sent: Sentence, pattern: re.Pattern[str], words: tuple[str, ...]
) -> list[tuple[int, int]]:
    """The pattern's spans in the sentence, which hold one of the words (in this case) if
    any: a sentence without them is not searched."""
    return sent.spans(pattern) if any(word in sent.text for word in words) else []


def _held_exceptions(sent: Sentence) -> list[tuple[int, int]]:
    """Where a held verb tells of no past event: "adopted" in "to be adopted" looks forward
    with it; ", the ministry said" says when it was told, not when it happens."""
    return (
        sent.spans(_cue_patterns()["planned_verbs"])
        + _spans_with(sent, _attribution(), _ATTRIBUTION_WORDS)
        + _spans_with(sent, _MODAL_PASSIVE, _MODAL_WORDS)
    )


def _nearest(sent: Sentence, lo: int, hi: int, anchor: int, group: str) -> int | None:
    best: int | None = None
    offset = lo - sent.start
    modal = sent.spans(_cue_patterns()["planned_verbs"]) if group == "held_verbs" else []
    inside: list[tuple[int, int]] | None = None  # _held_exceptions, found for a held verb
    for start, end in sent.spans(_cue_patterns()[group]):
        if start < offset or end > hi - sent.start:
            continue
        if group == "held_verbs":
            inside = _held_exceptions(sent) if inside is None else inside
            if any(a <= start and end <= b for a, b in inside):
                continue
            if any(0 <= start - b <= 1 for _, b in modal):
                continue  # "will be held", "is to be signed": the participle of a future
            if any(b <= start for _, b in modal) and _modifies_session(sent.text, start):
                continue  # "will attend the meeting on September 1, held within the summit"
        if group == "planned_verbs" and _PAST_GOVERNOR.search(sent.text, offset, start):
            continue  # "was unable to attend", "flew there to attend": a past infinitive
        if group == "planned_verbs" and _JUDGED.match(sent.text, start):
            continue  # "the summit will be remembered for ...": a judgement, not a plan
        if group == "planned_adverbs" and _SPAN_AHEAD.match(sent.text, start):
            continue  # "the summit charts the next decade": a span ahead, not an event's time
        position = sent.start + start
        distance = abs(position - anchor)
        if best is None or distance < best:
            best = distance
    return best


def clause_bounds(sent: Sentence, start: int, end: int) -> tuple[int, int]:
    """The clause around [start, end): split at semicolons, dashes and contrastive commas."""
    lo, hi = sent.start, sent.end
    for break_start, break_end in sent.spans(_CLAUSE_BREAK):  # found once per sentence
        position = sent.start + break_start
        comma = break_start if sent.text[break_start] == "," else break_start - 1
        if position < start and _ASIDE.match(sent.text, comma, start - sent.start):
            continue  # "On 15 September, on the eve of the summit, the two held talks"
        if position < start:
            lo = sent.start + break_end
        elif position >= end and position < hi:
            hi = position
            break
    return lo, hi


def tense_of(sent: Sentence, start: int, end: int) -> bool | None:
    """True when the nearest verb cue (else adverb cue) of the clause looks forward, False
    when it looks back, None when the clause has no cue (a headline, say)."""
    lo, hi = clause_bounds(sent, start, end)
    anchor = (start + end) // 2
    for planned_group, held_group in (  # present_verbs are left to the caller
        ("planned_verbs", "held_verbs"),
        ("planned_adverbs", "held_adverbs"),
    ):
        planned = _nearest(sent, lo, hi, anchor, planned_group)
        held = _nearest(sent, lo, hi, anchor, held_group)
        if planned is None and held is None:
            continue
        if held is None:
            return True
        if planned is None:
            return False
        return planned < held
    return None


def is_planned(sent: Sentence, start: int, end: int, default: bool = False) -> bool:
    found = tense_of(sent, start, end)
    return default if found is None else found


def has_present_verb(sent: Sentence) -> bool:
    return bool(_cue_patterns()["present_verbs"].search(sent.text))
