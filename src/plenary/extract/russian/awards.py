"""Awards told in Russian: "наградил орденом Дружбы", "вручил ему орден «Достык»", "Указом
Токаева она удостоена ордена": the honour the reference data names; after an active verb its
recipient follows and its giver precedes, after a passive one its recipient is the subject
and its giver the person after "указом"; a pronoun stands for the last person named."""

from __future__ import annotations

import re
from collections import Counter

from plenary.extract.doc import Doc, Mention, Sentence
from plenary.extract.russian.lexicon import lexicon, pattern
from plenary.extract.russian.sessions import leaders_by_post
from plenary.spec import Award


def add_awards(doc: Doc) -> None:
    seen: set[tuple[str, str]] = set()
    last_person: Mention | None = None
    for sent in doc.sentences:
        people = doc.mentions_in(sent.start, sent.end, "person")
        awards = doc.mentions_in(sent.start, sent.end, "award")
        verb = _HOLDER.match(sent.text) or pattern("award_verbs").search(sent.text)
        if verb is not None and awards:
            last = _last_named(doc, sent) or last_person
            for recipient, giver in _who(doc, sent, people, verb.start(), last):
                for award in _own_awards(sent, recipient, awards):
                    if (recipient.key, award.key) in seen:
                        continue  # the headline's award told again
                    seen.add((recipient.key, award.key))
                    doc.facts.append(
                        Award(
                            recipient=recipient.key,
                            award=award.key,
                            by=giver.key if giver else None,
                            planned=_planned(sent, verb.start()),
                            span=(sent.start, sent.end),
                            quote=sent.text,
                            confidence=0.61,
                        )
                    )
        if people:
            last_person = people[-1]


def _who(
    doc: Doc, sent: Sentence, people: list[Mention], verb: int, last: Mention | None
) -> list[tuple[Mention, Mention | None]]:
    """(recipient, giver) pairs the sentence tells."""
    at = sent.start + verb
    givers = [p for p in people if _after_giver_word(doc, p)]
    if pattern("award_passive").match(sent.text, verb):
        recipients = [p for p in people if p not in givers and not _SPEAKER.match(doc.text, p.end)]
        if not recipients and not sent.text[:verb].strip():
            main = _main_person(doc, sent)  # "Награждён также орденом Дружбы": a profile's
            recipients = [main] if main is not None else []  # subject, unnamed
        if not recipients and last is not None and pattern("person_pronoun").search(sent.text):
            recipients = [last]
        return [(r, givers[0] if givers else None) for r in recipients]
    before = [p for p in people if p.end <= at]
    recipients = [p for p in people if p.start > at and p.key not in {b.key for b in before}]
    if not recipients:  # "вручил китайскому лидеру орден «Манас»": the leader in that post
        recipients = [
            Mention("person", name, m.start, m.end, m.text)
            for m, name in leaders_by_post(doc, at, sent.end)
        ]
    if not recipients and len(before) >= 2 and _TO_HIM.match(doc.text, at):
        recipients = [before[0]]  # "Си совершил визит в Казахстан, где Токаев вручил ему орден"
    if not recipients and last is not None and pattern("person_pronoun").search(sent.text, verb):
        recipients = [last]
    giver = before[-1] if before else (givers[0] if givers else None)
    return [(r, giver) for r in recipients if giver is None or r.key != giver.key]


_TO_HIM = re.compile(r"\w+\s+(?:ему|ей)\b", re.I)
"""The verb's dative pronoun: "вручил ему"."""
_CLAUSE = re.compile(r",\s+(?:а\s+)?|;\s+")


def _own_awards(sent: Sentence, recipient: Mention, awards: list[Mention]) -> list[Mention]:
    """The awards of the recipient's own clause where it names any ("вручил Почетную грамоту
    Кондрашову, а Нематову — орден Дружбы"; "Орденом «Содружество» отмечены X и Y, почетной
    грамотой — сотрудники"), else all the sentence's."""
    cuts = [sent.start] + [sent.start + m.end() for m in _CLAUSE.finditer(sent.text)] + [sent.end]
    for lo, hi in zip(cuts, cuts[1:], strict=False):
        if lo <= recipient.start < hi:
            own = [a for a in awards if lo <= a.start < hi]
            return own or awards
    return awards


def _last_named(doc: Doc, sent: Sentence) -> Mention | None:
    """The last person the sentence before names, by name or by post ("Российский лидер не
    впервые посещает Кыргызстан. ... вручил ему орден «Манас»")."""
    if sent.index == 0:
        return None
    before = doc.sentences[sent.index - 1]
    named = doc.mentions_in(before.start, before.end, "person") + [
        Mention("person", name, m.start, m.end, m.text)
        for m, name in leaders_by_post(doc, before.start, before.end)
    ]
    return max(named, key=lambda m: m.start) if named else None


_FUTURE_AWARD = re.compile(r"вручат|вручит|присвоят|наградят|наградит", re.I)
_WILL_BE = re.compile(r"\b(?:будет|будут)\s+(?:\w+\s+)?$", re.I)
_DONE_FORM = re.compile(r"\w*?(?:ил[аио]?|ли|[её]н[аоы]?)\b", re.I)


def _planned(sent: Sentence, verb: int) -> bool:
    """An award still to be given: the verb's own future ("вручат", "будет награждён"); its
    past ("вручил", "награждён") is given; else the tense word nearest it. "За подготовку
    саммита ... награждён" is no tense of the award's."""
    if _FUTURE_AWARD.match(sent.text, verb) or _WILL_BE.search(sent.text[max(0, verb - 30) : verb]):
        return True
    if _DONE_FORM.match(sent.text, verb):
        return False
    cues = [(abs(m.start() - verb), True) for m in pattern("future").finditer(sent.text)]
    cues += [(abs(m.start() - verb), False) for m in pattern("past").finditer(sent.text)]
    return min(cues)[1] if cues else False


_SPEAKER = re.compile(rf"\s*,?\s*(?:{lexicon()['speech_verbs']})", re.I)
""" "Ушаков напомнил, что ... Лебедев награждён": who tells of the award is not its recipient."""
_HOLDER = re.compile(r"\s*(?=К)Кавалер\w*")
"""A profile's line "Кавалер ордена «Отан»": its subject holds the order."""


def _main_person(doc: Doc, sent: Sentence) -> Mention | None:
    """The person the report has named most before the sentence: a profile's subject."""
    named = doc.mentions_in(0, sent.start, "person")
    if not named:
        return None
    counts = Counter(m.key for m in named)
    return max(named, key=lambda m: counts[m.key])


def _after_giver_word(doc: Doc, person: Mention) -> bool:
    return bool(pattern("award_giver").search(doc.text[max(0, person.start - 40) : person.start]))
