"""Appointments: a person appointed to a post, their mandate extended, or dismissed."""

from __future__ import annotations

import re

from plenary.extract.doc import Doc, Mention, Sentence, may_hold
from plenary.extract.persons import PersonRef
from plenary.extract.tense import is_planned
from plenary.spec import Appointment

_ACTIONS = [
    (
        "extended",
        re.compile(
            r"\b(mandate|term|powers|tenure)\s+(?:[\w.'’-]+\s+){0,12}?(extended|prolonged|renewed)|"
            r"\b(extend\w*|prolong\w*|renew\w*)\s+(?:the\s+)?(?:mandate|term|powers|tenure)|"
            r"\b(re-?appoint\w*|re-?elect\w*)\b",
            re.I,
        ),
    ),
    (
        "dismissed",
        re.compile(
            r"\b(accepted the resignation of|"
            r"dismiss\w*(?!\s+(?:the\s+|a\s+|as\s+)?(?:[\w-]+\s+)?(?:speculation|reports?|rumou?rs?|"
            r"claims?|suggestions?|criticism|concerns?|allegations?|fears|idea|notion)\b)|"
            r"relieved\s+\w*\s*of|removed from|sacked|"
            r"fired(?!\s+(?:at|on|upon|into|over|toward|towards|from)\b)|resign\w*|"
            r"stepped down|step down|"
            r"recalled(?=\s+(?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w'’-]*(?:\s+from\b|,\s+who\b|\.)))\b",
            re.I,
        ),
    ),
    (
        "appointed",
        re.compile(
            r"\b(appoint\w*|nominat\w*|(?:was|were|been|be) (?:named|elected)|named as|designated|"
            r"approved the candidacy|confirm\w* (?:the candidacy|[^,.;]{0,60}?\bas\b)|"
            r"(?:approved|elected|chose|picked|named(?=\s+(?-i:[A-Z])))\s+"
            r"(?=[^,.;]{0,80}?\bas\s+(?:the\s+)?(?:next\s+|new\s+)?"
            r"[A-Z])|endorsed\s+(?=[^.;]{0,100}?\bas\s+(?:the\s+)?(?:next\s+|new\s+)?"
            r"[A-Z])|grant\w* [^,.;]{0,60}?\bthe (?:status|title) of|"
            r"take(?:s)? (?:up )?the post|took (?:up )?the post|t(?:ook|akes|ake) office|"
            r"assum(?:ed|es|e) (?:office|the post|his post|her post)|took up (?:his|her) duties|"
            r"(?:began|begins|started|starts) (?:his |her )?(?:work|duties) as|"
            r"t(?:ook|akes|ake) over as|succeed(?:ed|s)? (?=[^,.;]{0,60}?\bas\s+(?-i:[A-Z]))|"
            r"became (?:the )?(?:new )?(?-i:(?=[A-Z]))|"
            r"(?:will|to) (?-i:head) (?:the )?(?-i:(?=[A-Z]))(?![\w-]+ delegation))\b",
            re.I,
        ),
    ),
]
_CUE_STEMS = (
    "appoint", "nominat", "elect", "named", "designat", "candidacy", "confirm", "mandate", "term",
    "powers", "tenure", "prolong", "office", "assum", "duties", "renew", "approv", "chose",
    "picked", "grant", "dismiss", "relieved", "removed", "sacked", "fired", "resign", "step",
    "post", "recalled", "replac", "succeed", "in place of", "took over from", "takes over from",
    "work as", "duties as", "over as", "became", "to head", "will head", "endorsed",
)  # fmt: skip
"""Stems of the words of appointing: a sentence without any skips the costly patterns."""


_POST_NOUN = (
    r"((?:[A-Z]{2,5}\s+)?(?:[Hh]ead|[Cc]hairman|[Cc]hair|[Ss]ecretary[- ][Gg]eneral|[Dd]eputy|"
    r"[Dd]irector|[Cc]ommander|[Mm]inister|[Aa]mbassador|[Pp]resident|[Pp]rime [Mm]inister|"
    r"[Cc]hief|[Hh]onorary|[Ss]peaker|(?:[Pp]lenipotentiary |[Pp]ermanent |[Ss]pecial )?"
    r"[Rr]epresentative|[Ee]nvoy|(?:[Ss]tate |[Ee]xecutive )?[Ss]ecretary)"
    r"[^,;.()]{0,90})"
)
_POST = re.compile(
    r"\b(?:as|to the post of|to the position of|the new|new|the status of|the title of|"
    r"to (?:lead|head)|(?:re-?)?appointed|(?:re-?)?elected)\s+(?:the\s+|its\s+|his\s+|her\s+)?"
    r"(?:next\s+)?" + _POST_NOUN
)
_POST_RIGHT_AFTER = re.compile(r"\s+(?=[A-Z])" + _POST_NOUN)
""" "appointed Dauren Abayev Ambassador of Kazakhstan to Russia": the post after the name."""


def run(doc: Doc) -> None:
    people: list[PersonRef] = doc.context["people"]
    by_mention = {(m.start, m.end): p for p in people for m in p.mentions}
    seen: set[str] = set()
    for sent in doc.sentences:
        if not doc.mentions_in(sent.start, sent.end, "person") or not may_hold(
            sent.text, _CUE_STEMS
        ):
            continue  # no one named, or no word of appointing: skip the costly patterns
        for action, pattern in _ACTIONS:
            verb = pattern.search(sent.text)
            if not verb:
                continue
            verb_pos = sent.start + verb.start()
            persons = [
                m
                for m in doc.mentions_in(sent.start, sent.end, "person")
                if (m.start, m.end) in by_mention
            ]
            predecessors = [m for m in persons if _succeeded(doc, sent, m)]
            subject = _subject(
                [m for m in persons if m not in predecessors],
                verb_pos,
                verb,
                doc.text[sent.start : verb_pos],
            )
            if subject is None:
                continue
            if re.search(
                r"\b(?:since|after|before|when)\s+(?:his|her|their|he|she|they)\s+$",
                sent.text[: verb_pos - sent.start],
            ):
                continue
            word = verb.group().lower()
            # "appointed A as Secretary-General and B as Director": each with the post after it
            subjects = [subject] + [
                m
                for m in persons
                if m.start > subject.end
                and _POST_AFTER.match(doc.text, m.end)
                and m not in predecessors
            ]
            for person in subjects:
                ref = by_mention[(person.start, person.end)]
                post_text = _post(sent.text, person.end - sent.start)
                if ref.name in seen:
                    continue
                if re.match(r"re-?(?:elect|appoint)", word) and not post_text:
                    continue  # "since he was re-elected in March": a career, not an appointment
                seen.add(ref.name)
                doc.facts.append(
                    Appointment(
                        person=ref.name,
                        post=post_text or ref.role,
                        action=action,
                        planned=is_planned(sent, verb_pos, verb_pos + len(verb.group())),
                        span=(sent.start, sent.end),
                        quote=sent.text,
                        confidence=0.8 if post_text else 0.65,
                    )
                )
    for fact in _predecessors(doc, by_mention):
        if fact.person not in seen:
            seen.add(fact.person)
            doc.facts.append(fact)


_SUCCEEDED = re.compile(
    r"\b(?:replac\w*|succeed\w*|in place of|took over from|takes over from|taking over from)"
    r"\s+(?:(?:the\s+)?(?:outgoing|former|incumbent)\s+)?(?:[A-Z][\w.'’-]*\s+){0,6}$"
)


_SUCCEEDED_WORDS = ("replac", "succeed", "in place of", "over from")
"""Words every `_SUCCEEDED` holds (it tells case): a sentence without any names no one left."""


def _succeeded(doc: Doc, sent: Sentence, person: Mention) -> bool:
    """ "replaces Mikhail Myasnikovich", "succeeding Stanislav Zas": the one who leaves."""
    if not any(word in sent.text for word in _SUCCEEDED_WORDS):
        return False
    return bool(_SUCCEEDED.search(doc.text[max(sent.start, person.start - 60) : person.start]))


def _predecessors(doc: Doc, by_mention: dict[tuple[int, int], PersonRef]) -> list[Appointment]:
    """The ones a new holder replaces leave the post: dismissed, when the successor comes."""
    found = []
    for sent in doc.sentences:
        for person in doc.mentions_in(sent.start, sent.end, "person"):
            ref = by_mention.get((person.start, person.end))
            if ref is None or not _succeeded(doc, sent, person):
                continue
            found.append(
                Appointment(
                    person=ref.name,
                    post=ref.role,
                    action="dismissed",
                    planned=is_planned(sent, person.start, person.end),
                    span=(sent.start, sent.end),
                    quote=sent.text,
                    confidence=0.6,
                )
            )
    return found


_POST_AFTER = re.compile(r"(?:\s+of\s+[A-Z]\w+)?,?\s+as\s+(?:the\s+)?(?:new\s+)?[A-Za-z]")


def _post(text: str, offset: int) -> str | None:
    """The post named after the appointee ("... Sagintayev as Chairman of the Board")."""
    found = _POST_RIGHT_AFTER.match(text, offset) or _POST.search(text, offset)
    if not found:
        return None
    post = re.sub(
        r"\s+(?:was|were|is|are|will|has|have|had|for|until|on|at|and(?! Plenipotentiary))\b.*$",
        "",
        found.group(1).strip(),
    )
    return post[0].upper() + post[1:] if post else None


_ACTIVE_VERBS = frozenset(
    ("appointing", "nominating", "appointed", "nominated", "appoints", "nominates")
)
_PASSIVE = re.compile(r"\b(?:was|were|been|be|is|are|being)\s+(?:\w+\s+)?$", re.I)


def _subject(
    persons: list[Mention], verb_pos: int, verb: re.Match[str], before_verb: str
) -> Mention | None:
    """The person appointed: right after "appointment of" or an active verb ("signed a decree
    appointing X", "Putin appointed X"), else nearest to the verb."""
    word = verb.group().lower()
    after = [m for m in persons if m.start > verb_pos]
    before = [m for m in persons if m.end <= verb_pos]
    if word.startswith(("appointment", "nomination", "candidacy", "accepted the")) and after:
        return after[0]  # "accepted the resignation of the government headed by Smailov"
    active = word in _ACTIVE_VERBS and not _PASSIVE.search(before_verb)
    if active and re.match(r"\s+(?:him|her)\b", verb.string[verb.end() :]):
        return before[-2] if len(before) > 1 else None  # "X, since Aliyev appointed him"
    if active and after and after[0].start - (verb_pos + len(word)) < 5:
        return after[0]
    if active and before and before_verb.endswith(before[-1].text + " "):
        return None  # "Tokayev appointed Dauren Abayev": the one who appoints, not the appointee
    if before and (not after or verb_pos - before[-1].end < 60):
        return before[-1]
    return after[0] if after else None
