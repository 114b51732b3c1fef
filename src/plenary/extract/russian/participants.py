"""Who took part in the sessions a Russian report tells: the leaders its sentences about a
session name, and in the article's own session every leader of a member state it names whose
post fits the council's level; the two leaders of bilateral talks."""

from __future__ import annotations

import re

from plenary.extract.dates import resolve
from plenary.extract.doc import Doc, Mention, Sentence
from plenary.extract.participants import LEVEL_ROLES
from plenary.extract.russian.lexicon import lexicon, pattern
from plenary.extract.russian.sessions import Session, dates_in, person_of
from plenary.reference import Post, load
from plenary.spec import Participant


def add_participants(doc: Doc, sessions: list[Session]) -> None:
    reported = [s for s in sessions if s.reported]
    councils = [s for s in reported if s.body != "bilateral"]
    own = next(iter(councils), None)
    held = next((s for s in councils if not s.planned and s.sentence.index <= 3), None)
    if own is not None and own.planned and own.sentence.index == 0 and held is not None:
        own = held  # "... саммит в 2026 году пройдет в Бишкеке" heads a report of Tianjin's
    elif own is not None and own.planned:
        # "договорились провести следующее заседание в мае в Астане. Об этом стало известно
        # по итогам саммита, который состоялся в четверг": the lead's held one right after
        own = next(
            (
                s
                for s in councils
                if s.body == own.body
                and not s.planned
                and 0 < s.sentence.index - own.sentence.index <= 2
            ),
            own,
        )
    told_elsewhere = {sent.index for s in reported if s is not own for sent in s.sentences}
    absent = {
        m.key
        for sent in doc.sentences
        if pattern("absent").search(sent.text)
        for m in doc.mentions_in(sent.start, sent.end, "person")
    }
    for session in reported:
        if session.body == "bilateral" and session.planned:
            continue  # a preview's side meetings, as the seeds' gold has them: no participants
        seen: set[str] = set()
        for mention in _people_of(doc, session, session is own, told_elsewhere):
            if mention.key in seen or mention.key in absent:
                continue
            sent = doc.sentence_at(mention.start)
            if sent.is_question:
                continue  # "Примет ли участие Пашинян?" asks; it tells no one is there
            post = _fitting_post(
                mention,
                session,
                doc.context.get("reference_date"),
                seated=(sent in session.sentences or session is own)
                and bool(pattern("takes_part").search(sent.text))
                and not _SPEAKER_BEFORE.search(doc.text, sent.start, mention.start),
            )
            if post is None:
                continue
            if (
                post.org is not None
                and pattern("post_change").search(sent.text)
                and not pattern("takes_part").search(sent.text)
            ):
                continue  # "этот пост займет Масадыков": named for his post, not as one there
            seen.add(mention.key)
            doc.facts.append(
                Participant(
                    person=mention.key,
                    state=post.state,
                    org=None if post.state else post.org,
                    role=post.title,
                    meeting=session.ref(),
                    planned=session.planned,
                    span=(sent.start, sent.end),
                    quote=sent.text,
                    confidence=0.71 if sent in session.sentences else 0.51,
                )
            )


_SPEAKER_BEFORE = re.compile(
    rf"(?:{lexicon()['speech_verbs']}|словам)\w*\s+(?:[а-яё-]+\s+){{0,9}}$", re.I
)
"""The one who tells that others take part ("примет участие Путин, сообщил помощник
президента Юрий Ушаков") is not thereby one of them."""


def _people_of(doc: Doc, session: Session, own: bool, told_elsewhere: set[int]) -> list[Mention]:
    if session.body == "bilateral":
        return [
            m
            for sent in session.sentences
            for m in doc.mentions_in(sent.start, sent.end, "person")
            if m.key in session.people
        ]
    if own:
        return [
            m
            for m in doc.mentions
            if m.type == "person"
            and doc.sentence_at(m.start).index not in told_elsewhere
            and not _dated_otherwise(doc, doc.sentence_at(m.start), session)
        ]
    return [
        m for sent in session.sentences for m in doc.mentions_in(sent.start, sent.end, "person")
    ]


def _dated_otherwise(doc: Doc, sent: Sentence, session: Session) -> bool:
    """Does the sentence tell of another time, dated with a year the session's date is not
    ("8 декабря 1991 года ... Борис Ельцин" in a report of a later session)?"""
    for expr in dates_in(sent):  # a bound ("до 2030 года") is no other time
        if expr.year is None:
            continue
        told = resolve(expr, doc.context.get("published"), session.planned)
        if (
            told
            and session.date
            and not (told.startswith(session.date) or session.date.startswith(told[:7]))
        ):
            return True
    return False


def _fitting_post(
    mention: Mention, session: Session, reference: str | None, seated: bool = False
) -> Post | None:
    """The person's post on the session's day that seats him at the session, of those he
    holds then (Matviyenko chairs the Federation Council and the CIS assembly): a leader of an
    associated state at the level's council (acting or not), anyone of such a state the
    session's own sentence says takes part (`seated`), or an official of its organization."""
    person = person_of(mention)
    if person is None:
        return None  # no post known: the text alone does not seat him
    on = session.date or reference
    held = [p for p in person.posts if p.held_on(on)]
    latest = person.post_on(on)
    for post in held or ([latest] if latest else []):
        if _seats(post, session, seated):
            return post
    return None


def _seats(post: Post, session: Session, seated: bool) -> bool:
    if session.body == "bilateral":
        return post.state in (session.parties or ())
    body = load().bodies[session.body]
    organization = load().organizations.get(body.org or "")
    if organization is None:
        return False
    if post.org is not None:
        return post.org == organization.id
    if post.state not in organization.associated(session.date):
        return False
    state = load().states.get(post.state or "")
    title = post.title.removeprefix("Acting ")
    fits = title in LEVEL_ROLES.get(body.level or "", set()) or (
        body.level == "heads-of-state" and state is not None and title == state.leader
    )
    return fits or seated
