"""Appointments told in Russian: "назначен Генеральным секретарем", "продлили полномочия",
"освобожден от должности": the person the sentence names nearest the act."""

from __future__ import annotations

import re

from plenary.extract.doc import Doc
from plenary.extract.russian.lexicon import pattern, patterns
from plenary.spec import Appointment

_POST_AFTER = re.compile(r"\s*(?:на\s+(?:должность|пост)\s+)?([^.,;:()]{3,120})")


def add_appointments(doc: Doc) -> None:
    for sent in doc.sentences:
        for action, regex in patterns("appointment_acts").items():
            act = regex.search(sent.text)
            if act is None:
                continue
            people = doc.mentions_in(sent.start, sent.end, "person")
            if not people:
                continue
            at = sent.start + act.start()
            person = min(people, key=lambda m: abs(m.start - at))
            post = _POST_AFTER.match(sent.text, act.end())
            doc.facts.append(
                Appointment(
                    person=person.key,
                    post=post.group(1).strip() if post and action == "appointed" else None,
                    action=action,
                    planned=bool(pattern("future").search(sent.text)),
                    span=(sent.start, sent.end),
                    quote=sent.text,
                    confidence=0.61,
                )
            )
            break
