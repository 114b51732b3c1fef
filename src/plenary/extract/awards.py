"""Honours given to people: who receives which order, medal or title, and from whom."""

from __future__ import annotations

import re

from plenary.extract.doc import Doc, Mention, Sentence
from plenary.extract.persons import PersonRef
from plenary.extract.tense import is_planned
from plenary.spec import Award

_VERB = re.compile(
    r"\b(?=[abcdghprgw])"
    r"(award\w*|bestow\w*|present\w*|confer\w*|receiv\w*|decorat\w*|hand(?:ed|s)?(?: over)?|"
    r"given|granted|honou?red|goes to|went to)\b",
    re.I,
)
_AWARD_NAME = re.compile(
    r"\b(?=[BCHKMOPRTUst])"
    r"(?:(?:Russia's|Russian|Belarusian|Kazakh|CIS|Uzbek|Kyrgyz|Tajik|state)\s+)?"
    r"(?:Order|Medal|Certificate of Hono(?:u)?r|Prize|title of Hero|Hero)"
    r"(?:\s+(?:of|for|the|St\.|Saint|\"[^\"]{2,30}\"|“[^”]{2,30}”|[A-Z][\w\-]*))*"
)
_AWARD_WORDS = ("Order", "Medal", "Certificate of Hono", "Prize", "Hero")
"""Words every `_AWARD_NAME` holds (it tells case): a sentence without any is not searched."""
_NAMED_DECORATION = re.compile(
    r"(?<=the )[\"“]?([A-Z][\w-]+)[\"”]?(?: \([A-Z][\w-]+\))? (?:[Mm]edal|[Oo]rder)\b"
)
""" "the Sharaf (Glory) medal", "the Danaker order", "the Dostuk Order": a decoration's own
name before a common noun (not a state's adjective or any other name the gazetteer knows)."""
_DECORATION_WORDS = (" medal", " order", " Medal", " Order")
"""Words every `_NAMED_DECORATION` holds, as written."""
_PASSIVE_VERB = re.compile(
    r"\b(?:was|were|is|are|has been|had been|have been|will be|is to be)\s+(?:\w+\s+){0,4}\w*$"
)
_ON_HIM = re.compile(r"\s+(?:on|to|upon)\s+(?:him|her)\b")
""" "Putin holds the Order of Manas, conferred on him by Atambayev": the one named before."""
_PASSIVE_GIVER = re.compile(r"\b(?:by|from)\s+(?:[\w'’-]+\s+){0,4}$")


def _verb_for(sent: Sentence, award_start: int) -> re.Match[str] | None:
    """The verb of the award: the last one before the award's name, else the first after; not
    a noun ("the awards will continue")."""
    verbs = [
        v
        for v in _VERB.finditer(sent.text)
        if not re.search(r"\b(?:the|these|its|his|her)\s+$", sent.text[: v.start()], re.I)
    ]
    before = [v for v in verbs if sent.start + v.start() < award_start]
    if before:
        return before[-1]
    return verbs[0] if verbs else None


def _award_in(doc: Doc, sent: Sentence) -> tuple[str, int, int] | None:
    known = doc.mentions_in(sent.start, sent.end, "award")
    if known:
        m = known[0]
        return m.key, m.start, m.end
    if any(word in sent.text for word in _AWARD_WORDS):
        match = _AWARD_NAME.search(sent.text)
        if match and len(match.group().split()) >= 2:
            name = re.sub(r"^(?:Russia's|Russian|state)\s+", "", match.group()).strip()
            return name, sent.start + match.start(), sent.start + match.end()
    if any(word in sent.text for word in _DECORATION_WORDS):
        for named in _NAMED_DECORATION.finditer(sent.text):
            start = sent.start + named.start()
            if not doc.mentions_in(start, start + len(named.group(1))):
                return (
                    named.group().replace('"', "").replace("“", "").replace("”", ""),
                    start,
                    (sent.start + named.end()),
                )
    return None


def run(doc: Doc) -> None:
    people: list[PersonRef] = doc.context["people"]
    by_mention = {(m.start, m.end): p for p in people for m in p.mentions}
    seen: set[tuple[str, str]] = set()
    for sent in doc.sentences:
        award = _award_in(doc, sent)
        if award is None:
            continue
        name, award_start, _ = award
        verb = _verb_for(sent, award_start)
        if verb is None:
            continue
        verb_pos = sent.start + verb.start()
        persons = [
            m
            for m in doc.mentions_in(sent.start, sent.end, "person")
            if (m.start, m.end) in by_mention
        ]
        if not persons:
            for listed in _listed(doc, sent, by_mention):
                if (listed.name, name) not in seen:
                    seen.add((listed.name, name))
                    doc.facts.append(_listed_award(doc, sent, listed, name, by_mention))
            continue
        recipient, giver = _roles(doc, persons, verb, verb_pos, award_start, sent)
        if recipient is None:
            hosted = _guest(doc, people, persons, verb, verb_pos, by_mention)
            if hosted is not None:
                _add(doc, sent, verb, *hosted, name, seen)
            continue
        also = [  # "awarded to Anna Panasenko ..., and to Natalya Kochanova"
            m
            for m in persons
            if m.start > recipient.end
            and re.search(r",?\s+and\s+(?:to\s+)?$", doc.text[m.start - 10 : m.start])
        ]
        for person in [recipient, *also]:
            if person is not giver:
                by = (
                    by_mention[(giver.start, giver.end)]
                    if giver
                    else _signer(doc, sent, by_mention)
                )
                _add(doc, sent, verb, by_mention[(person.start, person.end)], by, name, seen)


def _add(
    doc: Doc,
    sent: Sentence,
    verb: re.Match[str],
    recipient: PersonRef,
    giver: PersonRef | None,
    name: str,
    seen: set[tuple[str, str]],
) -> None:
    """An award, once per recipient and award name."""
    if (recipient.name, name) in seen:
        return
    seen.add((recipient.name, name))
    verb_pos = sent.start + verb.start()
    doc.facts.append(
        Award(
            recipient=recipient.name,
            award=name,
            by=giver.name if giver else None,
            planned=is_planned(sent, verb_pos, verb_pos + len(verb.group())),
            span=(sent.start, sent.end),
            quote=sent.text,
            confidence=0.85,
        )
    )


def _listed(
    doc: Doc, sent: Sentence, by_mention: dict[tuple[int, int], PersonRef]
) -> list[PersonRef]:
    """ "The Order of Friendship of Peoples was conferred on:" and a line per recipient."""
    if not sent.text.rstrip().endswith(":"):
        return []
    block_end = doc.text.find("\n\n", sent.end)
    block_end = len(doc.text) if block_end < 0 else block_end
    found = []
    offset = sent.end
    for line in doc.text[sent.end : block_end].split("\n"):
        first = doc.mentions_in(offset, offset + len(line), "person")
        if first and (first[0].start, first[0].end) in by_mention:
            found.append(by_mention[(first[0].start, first[0].end)])
        offset += len(line) + 1
    return found


def _listed_award(
    doc: Doc,
    sent: Sentence,
    recipient: PersonRef,
    name: str,
    by_mention: dict[tuple[int, int], PersonRef],
) -> Award:
    """An award of a list: given by whoever signed the decree the report names, if any."""
    signer = _signer(doc, sent, by_mention, heading=False)
    return Award(
        recipient=recipient.name,
        award=name,
        by=signer.name if signer else None,
        span=(sent.start, sent.end),
        quote=sent.text,
        confidence=0.8,
    )


def _signer(
    doc: Doc, sent: Sentence, by_mention: dict[tuple[int, int], PersonRef], heading: bool = True
) -> PersonRef | None:
    """Who signed the decree the awards stand under: the first person of an earlier sentence
    naming a decree (with `heading`, one that introduces what follows: "By decree of President
    Sadyr Zhaparov:")."""
    for s in doc.sentences:
        if s.start >= sent.start:
            break
        if heading and not s.text.rstrip().endswith(":"):
            continue
        if re.search(r"\bdecree\b", s.text, re.I):
            for m in doc.mentions_in(s.start, s.end, "person"):
                if (m.start, m.end) in by_mention:
                    return by_mention[(m.start, m.end)]
    return None


_GUEST = re.compile(r"\s+(?:his|her|the)\s+(?:\w+\s+)?(?:guest|counterpart|visitor)\b", re.I)


def _guest(
    doc: Doc,
    people: list[PersonRef],
    persons: list[Mention],
    verb: re.Match[str],
    verb_pos: int,
    by_mention: dict[tuple[int, int], PersonRef],
) -> tuple[PersonRef, PersonRef] | None:
    """ "Zhaparov presented his guest with the Order of Manas": (the leader of another state
    named last before, the giver whose guest he is)."""
    before = [m for m in persons if m.end <= verb_pos]
    if not before or not _GUEST.match(doc.text, verb_pos + len(verb.group())):
        return None
    giver = by_mention[(before[-1].start, before[-1].end)]
    others = [
        (m.start, p)
        for p in people
        for m in p.mentions
        if m.end <= verb_pos and p.state and giver.state and p.state != giver.state
    ]
    return (max(others, key=lambda sp: sp[0])[1], giver) if others else None


def _roles(
    doc: Doc,
    persons: list[Mention],
    verb: re.Match[str],
    verb_pos: int,
    award_start: int,
    sent: Sentence,
) -> tuple[Mention | None, Mention | None]:
    """(recipient, giver): "X will receive", "Putin awarded X", "award ... to X", "by X"."""
    word = verb.group().lower()
    before = [m for m in persons if m.end <= verb_pos]
    after = [m for m in persons if m.start > verb_pos]
    if word.startswith("receiv") and before:
        giver = next(
            (m for m in after if _PASSIVE_GIVER.search(doc.text[sent.start : m.start])), None
        )
        return before[-1], giver
    to_recipient = [
        m for m in after if re.search(r"\bto\s+(?:\w+\s+){0,6}$", doc.text[award_start : m.start])
    ]
    on_him = _ON_HIM.match(doc.text, verb_pos + len(verb.group()))
    if on_him and before and not doc.text[before[-1].end : verb_pos].strip():
        # "Mr. Putin conferred on him the Order": the giver acts; "him" is named earlier
        earlier = [
            m
            for m in doc.mentions
            if m.type == "person" and m.end <= before[-1].start and m.key != before[-1].key
        ]
        return (earlier[-1] if earlier else None), before[-1]
    passive = before and (_PASSIVE_VERB.search(doc.text[before[-1].end : verb_pos]) or on_him)
    if passive and not to_recipient:  # "Modi was on Tuesday conferred with ... by Putin"
        giver = next(
            (
                m
                for m in after
                if _PASSIVE_GIVER.search(doc.text[max(sent.start, m.start - 30) : m.start])
            ),
            None,
        )
        return before[-1], giver
    if after:
        recipient = to_recipient[0] if to_recipient else after[0]
        giver = before[-1] if before else None
        if giver is None:
            giver = next(
                (
                    m
                    for m in after
                    if m is not recipient
                    and _PASSIVE_GIVER.search(doc.text[max(sent.start, m.start - 6) : m.start])
                ),
                None,
            )
        return recipient, giver
    if before and _PASSIVE_VERB.search(doc.text[before[-1].end : verb_pos]):
        return before[-1], None
    return None, None
