"""Awards told in Russian: "наградил орденом Дружбы", "вручил орден «Достык»", "удостоен
звания": the honour the reference data names, its recipient the person the sentence names
after the verb, its giver the one before it."""

from __future__ import annotations

from plenary.extract.doc import Doc
from plenary.extract.russian.lexicon import pattern
from plenary.spec import Award


def add_awards(doc: Doc) -> None:
    for sent in doc.sentences:
        verb = pattern("award_verbs").search(sent.text)
        awards = doc.mentions_in(sent.start, sent.end, "award")
        if verb is None or not awards:
            continue
        at = sent.start + verb.start()
        people = doc.mentions_in(sent.start, sent.end, "person")
        givers = [p for p in people if p.end <= at]
        recipients = [p for p in people if p.start > at and p.key not in {g.key for g in givers}]
        planned = bool(pattern("future").search(sent.text))
        for recipient in recipients:
            for award in awards:
                doc.facts.append(
                    Award(
                        recipient=recipient.key,
                        award=award.key,
                        by=givers[-1].key if givers else None,
                        planned=planned,
                        span=(sent.start, sent.end),
                        quote=sent.text,
                        confidence=0.61,
                    )
                )
