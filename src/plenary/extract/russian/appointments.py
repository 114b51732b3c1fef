"""Appointments told in Russian: "Путин назначил Моргулова послом", "утвержден в должности",
"продлили полномочия", "освобожден от должности", "Сагинтаев сменит Мясниковича"."""

from __future__ import annotations

import re
from functools import cache

from plenary.extract.doc import Doc, Mention, Sentence
from plenary.extract.russian.lexicon import lexicon, pattern
from plenary.spec import Appointment

_POST_AFTER = re.compile(r"\s*(?:на\s+(?:должность|пост)\s+)?([^.,;:()«»]{3,120})")


@cache
def _acts() -> list[tuple[str, str, re.Pattern[str]]]:
    """(action, voice, pattern) for every act of the lexicon."""
    return [
        (action, voice, re.compile(regex, re.I))
        for action, voices in lexicon()["appointment_acts"].items()
        for voice, regex in voices.items()
    ]


def add_appointments(doc: Doc) -> None:
    told: dict[tuple[str, str], Appointment] = {}
    for sent in doc.sentences:
        people = doc.mentions_in(sent.start, sent.end, "person")
        if not people:
            continue
        planned = bool(pattern("future").search(sent.text))
        found: dict[str, tuple[str, bool]] = {}
        succession = pattern("appointment_succession").search(sent.text)
        if succession is not None:
            at = sent.start + succession.start()
            after = [p for p in people if p.start > at]
            before = [p for p in people if p.end <= at]
            if _HIM.search(sent.text, 0, succession.start()):
                # "его сменит Тасмагамбетов": the one after the verb comes
                if after:
                    found.setdefault(after[0].key, ("appointed", planned))
            else:
                if after:
                    found.setdefault(after[0].key, ("dismissed", planned))
                if before:
                    found.setdefault(before[-1].key, ("appointed", planned))
        lowered = sent.text.lower()
        for action, voice, regex in _acts():
            if voice == "decree" and "назначени" not in lowered and "продлени" not in lowered:
                continue  # the decree's noun is rare: its pattern, which opens with "о", is not
            act = regex.search(sent.text)
            if act is None:
                continue
            person = _appointee(sent, people, act, voice)
            if person is not None:
                found.setdefault(person.key, (action, planned or _to_come(act.group())))
        for name, (action, to_come) in found.items():
            post = _post(sent, action, [p for p in people if p.key == name])
            earlier = told.get((name, action))
            if earlier is not None:  # the headline's "возглавит" and the lead's "назначен"
                earlier.post = earlier.post or post
                continue
            told[(name, action)] = Appointment(
                person=name,
                post=post,
                action=action,
                planned=to_come,
                span=(sent.start, sent.end),
                quote=sent.text,
                confidence=0.61,
            )
            doc.facts.append(told[(name, action)])


_HIM = re.compile(r"\b(?:его|её|ее)\s+(?:\w+\s+)?$", re.I)
"""A pronoun object before "сменит": the person after the verb is its subject."""
_TO_COME = re.compile(
    r"кандидатур|истека|истекут|завершаются|завершатся|прекраща|прекратятся", re.I
)


def _to_come(act: str) -> bool:
    """A candidacy backed ("поддержали кандидатуру ... для назначения") and a term that
    "истекает 31 января" tell of a change still to come."""
    return _TO_COME.search(act) is not None


_NEAR = 110
"""How far after an active verb, in its clause, its appointee is named ("назначил замглавы
МИД Игоря Моргулова", "назначил новым Генеральным секретарем ШОС бывшего министра обороны
Казахстана Нурлана Ермекбаева"); past it the object is something else ("утвердили Концепцию
..., сообщил Лавров")."""


def _appointee(
    sent: Sentence, people: list[Mention], act: re.Match[str], voice: str
) -> Mention | None:
    if pattern("delegation").search(sent.text) and act.group().lower().startswith("возглав"):
        return None  # "возглавит делегацию": no post
    at = sent.start + act.start()
    if voice == "active":
        end = sent.start + act.end()
        after = [
            p
            for p in people
            if 0 <= p.start - end <= _NEAR
            and not re.search(r"[,.;:]", sent.text[act.end() : p.start - sent.start])
        ]
        return after[0] if after else None
    if voice == "decree":
        return _decreed(sent, people, act)
    if _ATTRIBUTIVE.fullmatch(act.group()):
        # "28 союзных программ, утвержденных в ноябре 2021 года": a participle told of what
        # precedes it; "вновь назначенный посол Иванов" of the person right after it, and
        # "Сагинтаев, назначенный на этот пост" of the one right before
        end = sent.start + act.end()
        before = [p for p in people if re.fullmatch(r",?\s*", _between(sent, p.end, at))]
        after = [p for p in people if 0 <= p.start - end <= _NEAR]
        gap = sent.text[act.end() : after[0].start - sent.start] if after else ","
        return before[-1] if before else after[0] if not re.search(r"[,.;:]", gap) else None
    return min(people, key=lambda m: abs(m.start - at))


def _between(sent: Sentence, start: int, end: int) -> str:
    """The sentence's text between two document offsets ("" where `end` comes first)."""
    return sent.text[max(0, start - sent.start) : max(0, end - sent.start)]


_ATTRIBUTIVE = re.compile(r"(?:назнач|утвержд|избр)[её]нн\w+", re.I)
_DECREE_REACH = 150
"""How far after "о назначении" its appointee may be named: the post often comes first ("о
назначении Генеральным секретарем ОДКБ с 1 января 2026 года ... Масадыкова")."""
_PRONOUN = re.compile(r"\b(?:его|её|ее)\b")
_SIGNS = re.compile(r"\s*(?:подписал|издал)", re.I)


def _decreed(sent: Sentence, people: list[Mention], act: re.Match[str]) -> Mention | None:
    """The person "указ о назначении" names after it; for "о назначении его" (or "о его
    назначении") the one named before it who does not sign the decree."""
    if _PRONOUN.search(act.group()) is None:
        after = [
            p
            for p in people
            if 0 <= p.start - sent.start - act.end() <= _DECREE_REACH
            and not re.search(r"[.;:]", sent.text[act.end() : p.start - sent.start])
        ]
        return after[0] if after else None
    before = [
        p
        for p in people
        if p.end <= sent.start + act.start() and not _SIGNS.match(sent.text, p.end - sent.start)
    ]
    return before[-1] if before else None


def _post(sent: Sentence, action: str, named: list[Mention]) -> str | None:
    """The words after the act ("послом в Китае"), for an appointment only; not the
    appointee's own name ("назначен бывший премьер-министр Бахытжан Сагинтаев")."""
    if action != "appointed":
        return None
    for _, _, regex in _acts():
        act = regex.search(sent.text)
        if act is not None:
            post = _POST_AFTER.match(sent.text, act.end())
            if post is None or any(
                post.start(1) <= m.start - sent.start < post.end(1) for m in named
            ):
                return None
            return post.group(1).strip()
    return None
