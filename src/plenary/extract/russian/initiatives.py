"""Initiatives told in Russian: "Токаев предложил создать ...", "выступил с инициативой ...":
the person named before the verb (or, where the sentence names none, the last one named), the
subject after it, told in English (its gloss) as document titles are."""

from __future__ import annotations

import re

from plenary.extract.doc import Doc, Mention, Sentence
from plenary.extract.russian.documents import TITLES_READ, gloss
from plenary.extract.russian.lexicon import pattern
from plenary.extract.russian.sessions import leaders_by_post, person_of
from plenary.spec import Initiative

_NAMED_BY = re.compile(r"\b(?:предложени|инициатив|иде)[а-я]*\s+(?:президента\s+[а-я]+\s+)?", re.I)
_IDEA_OF = re.compile(
    r"\b(?:иде[юяие]|инициатив[аеуы]|предложени[ея])\s+(?=создани|проведени|учреждени|формировани)",
    re.I,
)
_SUBJECT = re.compile(r"\s*(?:[^.;:!?«»]|«[^»]*»)*")
_CLAUSE = re.compile(
    r",\s*(?:а также|что|чтобы|котор\w*|однако|но|отметив|заявив|подчеркнув)\b|"
    r"\s(?:был[аио]?\s+)?(?:выдвинул|выдвинут|предложил|предложен|поддержал|поддержан|принадлеж)\w*\b"
)
"""Where the subject ends: a clause of its own, or the proposer's verb after it ("Идею
создания организации выдвинул Токаев", "Инициатива создания организации принадлежит
Токаеву")."""
_ADDRESSEE = re.compile(
    r"\s*(?:партн[её]рам|коллегам|странам|государствам|участникам|членам|лидерам|сторонам|"
    r"союзникам)\b(?:\s+(?!\w+(?:ть|ти|чь)(?:ся|сь)?\b)\w+){0,3}?\s+"
    r"(?=\w+(?:ть|ти|чь)(?:ся|сь)?\b)",
    re.I,
)
"""Whom the proposal is put to, before what it is: "предложил партнерам по ОДКБ запустить"."""


_APPEAL = re.compile(
    r"призвал[аи]?\s+(?:(?:[а-яё]+\s+){0,2}не\s|(?:всех|коллег|партн[её]ров|стран[ыу]?|государств[аоу]?|сторон[ыу]?|"
    r"участников|членов|лидеров|союзников|соотечественников|граждан|мировое\s+сообщество|"
    r"международное\s+сообщество|Запад)\b)|предлага\w*\s+считать\b",
    re.I,
)
"""An appeal to others ("призвал партнеров не откладывать ...", "призвал парламент не
затягивать", "призвал коллег
противостоять ..."), which urges, not a proposal of something new ("призвал к созданию ...")."""


_SEVERAL = re.compile(
    r"(?:выступил[аи]?\s+с|внес[лш]?[аи]?|выдвинул[аи]?)\s+(?:[а-яё]+\s+){0,3}?"
    r"(?:предложениями|инициативами|предложения|инициативы)\W*$",
    re.I,
)
"""Proposals announced, then told one by one: "выступил с двумя конкретными предложениями."."""
_ITEM = re.compile(
    r"\s*(?:Первое|Второе|Третье|Четв[её]ртое|Во-первых|Во-вторых|В-третьих)\s*(?:[—–:-]|,)\s*"
)


def add_initiatives(doc: Doc) -> None:
    last_person: Mention | None = None
    announced: Mention | None = None
    for sent in doc.sentences:
        people = doc.mentions_in(sent.start, sent.end, "person")
        item = _ITEM.match(sent.text) if announced is not None else None
        if item is not None and announced is not None:
            told = [(announced, _subject(sent.text, item.end()))]
        else:
            announced = None
            credited = _credited(doc, sent, people)
            told = [credited] if credited else _proposals(doc, sent, people, last_person)
            several = _SEVERAL.search(sent.text)
            if several is not None:
                before = [p for p in people if p.end - sent.start <= several.start()]
                announced = before[-1] if before else last_person
        for by, subject in told:
            if not subject:
                continue
            subject = _antecedent(doc, sent, subject) or subject
            person = person_of(by)
            post = person.post_on(doc.context.get("reference_date")) if person else None
            initiative = Initiative(
                by=by.key,
                state=post.state if post else None,
                subject=gloss(subject) or subject,
                span=(sent.start, sent.end),
                quote=sent.text,
                confidence=0.51,
            )
            doc.facts.append(initiative)
            doc.keep_read_from(initiative, subject)
        if people:
            last_person = people[-1]


_THIS_ONE = re.compile(
    r"^(?:(?:создани|учреждени)\w*\s+)?(?:так|эт|данн)(?:ой|ого|ую|ая|ие|их)\s+"
    r"(?:структур|организаци|инициатив|иде|механизм|площадк|документ|договор|соглашени)\w*\s*$",
    re.I,
)


_CREDITED = re.compile(
    r"\b(?:[Сс]\s+(?:этой|такой|данной)\s+(?:инициативой|идеей|предложением)|"
    r"[Ии]нициатор\w*\s+(?:(?:ее|её|его|их)\s+)?(?:(?:создания|учреждения)\s+)?)"
    r"(?:[^.;]{0,40}?\s)?(?:выступил|выступила|выступали|был|была|стал|стала)\b"
)


def _credited(doc: Doc, sent: Sentence, people: list[Mention]) -> tuple[Mention, str] | None:
    """ "С этой инициативой в свое время выступил Токаев", "Инициатором ее создания выступил
    Токаев": the person named after, and the document the sentences before told of."""
    credited = _CREDITED.search(sent.text)
    if credited is None:
        return None
    after = [p for p in people if p.start - sent.start >= credited.end()]
    title = _last_title(doc, sent)
    return (after[0], title) if after and title else None


def _antecedent(doc: Doc, sent: Sentence, subject: str) -> str | None:
    """ "Идею создания такой структуры выдвинул Токаев" after a sentence telling of the
    "Договор об учреждении Международной организации по русскому языку": that title."""
    return _last_title(doc, sent) if _THIS_ONE.match(subject) else None


def _last_title(doc: Doc, sent: Sentence) -> str | None:
    """The last document title the sentence or the two before it name."""
    titles = [
        russian
        for told, russian in doc.context.get(TITLES_READ, [])
        if sent.index - 2 <= told.index <= sent.index
    ]
    return titles[-1] if titles else None


def _proposals(
    doc: Doc, sent: Sentence, people: list[Mention], last_person: Mention | None
) -> list[tuple[Mention, str]]:
    """Who proposed what: "поддержали выдвинутую Токаевым Инициативу ШОС о ..." (the agent
    before the noun), "предложение Касым-Жомарта Токаева о создании ..." (the person after
    it), else each proposal's verb ("Си выдвинул Инициативу по глобальному управлению, а
    также предложил учредить Банк развития ШОС") with the person before it, one named by post
    there ("Председатель КНР"), or the last one named."""
    text, offset = sent.text, sent.start
    for person in people:
        if _ADVANCED_BY.search(text, 0, person.start - offset) and (
            idea := _IDEA_NOUN.match(text, person.end - offset)
        ):
            subject = _subject(text, idea.end())
            return [(person, subject)] if subject else []
    named = _NAMED_BY.search(text)
    owner = next((p for p in people if named and p.start - offset == named.end()), None)
    if owner is not None:
        subject = _subject(text, owner.end - offset)
        return [(owner, subject)] if subject else []
    idea = _IDEA_OF.search(text)
    if idea is not None and people and pattern("idea_owner").search(text):
        # "выдвинутую Владимиром Путиным идею создания биржи", "Идею создания такой
        # структуры выдвинул Токаев": the person the sentence names nearest the idea
        at = offset + idea.start()
        nearest = min(people, key=lambda p: abs(p.start - at))
        subject = _subject(text, idea.end())
        return [(nearest, subject)] if subject else []
    found: list[tuple[Mention, str]] = []
    for verb in pattern("initiative_verbs").finditer(text):
        if _APPEAL.match(text, verb.start()):
            continue  # "призвал коллег ускорить ..., и предложил шире использовать ...": the
            # appeal urges; the proposal after it is one
        before = [p for p in people if p.end - offset <= verb.start()]
        by_post = [
            Mention("person", name, m.start, m.end, m.text)
            for m, name in leaders_by_post(doc, offset, offset + verb.start())
        ]
        by = max(before + by_post, key=lambda p: p.start) if before or by_post else last_person
        subject = _subject(text, verb.end())
        if by is None or not subject:
            break
        found.append((by, subject))
        if not _ALSO_PROPOSED.match(text, verb.end()):
            break  # one proposal, unless "..., а также предложил ..." tells another
    return found


_ADVANCED_BY = re.compile(r"\b(?:выдвинут|предложенн)\w*\s+$", re.I)
_IDEA_NOUN = re.compile(r"\s*(?:инициатив|иде|предложени)\w*\s+", re.I)
_ALSO_PROPOSED = re.compile(r"[^.;]*?,\s*(?:а\s+)?также\s+(?:предложил|выдвинул)", re.I)


_PROCEDURE = re.compile(
    r"\s*(?:вернуться|продолжить\s+(?:доработку|работу\s+над|обсуждение)|начать\s+(?:разговор|"
    r"обсуждение|заседание)|почтить|сделать\s+перерыв|перенести|отложить|завершить\s+"
    r"(?:обсуждение|заседание)|перейти\s+к)\b",
    re.I,
)
"""The chair's motions on the meeting's own course ("вернуться к доработке текстов позднее",
"почтить память минутой молчания"), which propose nothing new."""


def _subject(text: str, start: int) -> str:
    """The words after the verb (and its addressee) to the clause's end, at most twenty."""
    addressee = _ADDRESSEE.match(text, start)
    if addressee:
        start = addressee.end()
    match = _SUBJECT.match(text, start)
    found = match.group() if match else ""
    clause = _CLAUSE.search(found)
    if clause:
        found = found[: clause.start()]
    words = found.split()
    if len(words) < 2 or _PROCEDURE.match(found):
        return ""
    return " ".join(words[:20]).strip(' ,«»"')
