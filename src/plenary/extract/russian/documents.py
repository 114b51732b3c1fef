"""Documents told in Russian: a title starts at a document's noun ("Соглашение", "Декларацию",
"Казанская декларация") and runs to the next title, a clause or the sentence's end; the act
nearest before it ("подписали", "утвердили", "ратифицировал") is what was done to it.

The title keeps its Russian words as the report writes them and gains an English gloss, word by
word from `glossary.yaml`, so that the registry can set it beside the same document told in
English."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

import yaml

from plenary.extract.doc import Doc, Sentence
from plenary.extract.russian.gazetteer import forms, key
from plenary.extract.russian.lexicon import lexicon, pattern, patterns
from plenary.extract.russian.sessions import Session, leaders_in
from plenary.reference import load
from plenary.spec import Document

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*|\d+(?:[–-]\d+)?")
_GENERIC_BEFORE = re.compile(
    r"(?:\bряд|\d+|\bнескольк\w*|\bвсе|\bэти|\bдругие|\bодн\w+\s+из(?:\s+[а-яё]+)?|"
    r"\b(?:два|две|двух|три|тр[её]х|четыре|четыр[её]х|пять|пяти|шесть|семь|восемь|девять|"
    r"десять|оба|обе|обоих)(?:\s+[а-яё]+(?:ых|их|ые|ие))?)\s+$",
    re.I,
)
"""Words before a noun that make it no title: "ряд соглашений", "одним из подписанных
решений", "два международных договора"."""
_MAX_WORDS = 25
_VERB_NOT_NOUN = re.compile(r"решен[оаы]?|решил[аи]?", re.I)
"""Verbs that share a document noun's stem: "решено вынести на рассмотрение" is no "решение"."""
_LOOSE_AFTER = re.compile(r"\s+(?:в|во|для|к|из|у|от|с|со)\s", re.I)
"""A noun followed by such a preposition and a few words is no title: "решения в ОДКБ"."""
_DANGLING = frozenset(
    ("и", "а", "в", "во", "на", "с", "со", "о", "об", "по", "для", "к", "до", "от")
)
"""Words a title does not end with: they belong to what follows it."""


def _noun_keys(word: str) -> list[str]:
    """A word's key, and for a noun in "-ие"/"-ия" also its stem with "и": its other cases
    ("соглашения", "развитии", "противодействием") keep that "и" where the key drops it."""
    return [key(word), word[:-1]] if word.endswith(("ие", "ия")) else [key(word)]


@cache
def _glossary() -> dict[str, str]:
    text = resources.files("plenary.extract.russian").joinpath("glossary.yaml").read_text("utf-8")
    found: dict[str, str] = {}
    for word, english in (yaml.safe_load(text) or {}).items():
        own, *stems = _noun_keys(word)
        found[own] = str(english)  # a later word of the same key wins
        for stem in stems:
            found.setdefault(stem, str(english))
    return found


@cache
def _heads() -> frozenset[str]:
    return frozenset(k for word in lexicon()["document_heads"] for k in _noun_keys(word))


def gloss(title: str) -> str:
    """The title's words in English where the glossary knows them, organizations and states
    by their English names, numbers as they are."""
    words = []
    names = _names()
    previous = ""
    for word in _WORD.findall(title):
        after_number, previous = previous[:1].isdigit(), word
        if word[0].isdigit():
            words.append(word)
            continue
        if after_number and "год" in forms(word):
            continue  # "до 2030 года": "until 2030"
        found = _gloss_word(word, names)
        if found is None and "-" in word:  # "кыргызско-таджикской": "Kyrgyz-Tajik"
            parts = [_gloss_word(part, names) for part in word.split("-") if part]
            found = "-".join(p for p in parts if p) or None
        if found:
            words.append(found)
    return " ".join(words)


_LINKING = frozenset(("о", "об", "в", "во", "и", "с", "со", "на", "по", "к", "между", "его"))


def _word_forms(text: str) -> list[frozenset[str]]:
    return [
        frozenset((*forms(w), key(w)))
        for w in _WORD.findall(text)
        if w.lower() not in _LINKING and not w[0].isdigit()
    ]


@cache
def _known() -> list[tuple[str, list[frozenset[str]]]]:
    return [
        (str(entry["title"]), _word_forms(alias))
        for entry in load().documents
        for alias in entry.get("aliases", [])
    ]


@cache
def _known_first() -> frozenset[str]:
    return frozenset(f for _, alias in _known() for f in alias[0])


def known_title(russian: str) -> str | None:
    """The official English title of a landmark document (`reference/data/documents.yaml`)
    the Russian title names: its noun first, every word of one of its names, and no other
    document's noun ("Протокол о внесении изменений в Договор о ЕАЭС" is not the treaty)."""
    first = _WORD.search(russian)
    if first is None or not _known_first().intersection(
        (*forms(first.group()), key(first.group()))
    ):
        return None  # most titles begin with no landmark's noun: the rest need not be read
    words = _word_forms(russian)  # its first is the landmark noun just found
    best: tuple[int, str] | None = None
    for title, alias in _known():
        if not alias[0] & words[0]:
            continue
        rest = [w for w in words[1:] if not any(a & w for a in alias)]
        if any(not any(a & w for w in words) for a in alias[1:]):
            continue
        if any(any(f in _heads() for f in w) for w in rest):
            continue
        if best is None or len(alias) > best[0]:
            best = (len(alias), title)
    return best[1] if best else None


def _gloss_word(word: str, names: dict[str, str]) -> str | None:
    found = next((names[f] for f in forms(word) if f in names), None)
    return found or next((_glossary()[f] for f in forms(word) if f in _glossary()), None)


@cache
def _names() -> dict[str, str]:
    """One-word Russian names of states, organizations and places, by key: "снг" → "CIS
    (Commonwealth of Independent States)", as English titles write either; "Сочи" → "Sochi"."""
    gaz = load()
    found: dict[str, str] = {}
    for org in gaz.organizations.values():
        for alias in org.aliases:
            if " " not in alias and not alias.isascii():
                short = org.aliases[0] if org.aliases else org.id.upper()
                found.setdefault(key(alias), f"{short} {org.name}")
    for state in gaz.states.values():
        for alias in state.aliases:
            if " " not in alias and not alias.isascii():
                found.setdefault(key(alias), state.name)
    for place in gaz.places.values():
        for alias in place.aliases:
            if " " not in alias and not alias.isascii():
                found.setdefault(key(alias), place.name)
    return found


def _title_adjective(word: str) -> bool:
    """An adjective that belongs to the title after it: a place's ("Казанская"), or one the
    glossary knows ("Военную", "Основные", "модельный"); "важную" says nothing."""
    if not pattern("adjective_ending").search(word.lower()):
        return False
    return _place_adjective(word) or (
        any(f in _glossary() for f in forms(word)) and not _is_head(word)
    )


def _title_begins(words: list[re.Match[str]], index: int) -> bool:
    """Does a title's noun stand at `index`, or after one or two of its adjectives?"""
    for word in words[index : index + 3]:
        if _is_head(word.group()):
            return True
        if not _title_adjective(word.group()):
            return False
    return False


def _place_adjective(word: str) -> bool:
    return word[0].isupper() and pattern("title_adjective").search(word) is not None


def _is_head(word: str) -> bool:
    return any(f in _heads() for f in forms(word))


@cache
def _main_heads() -> frozenset[str]:
    return frozenset(k for word in lexicon()["main_heads"] for k in _noun_keys(word))


def _main_head(words: list[re.Match[str]], index: int) -> bool:
    """ "Основные направления ...", "Основные ориентиры ...": nouns that are titles only after
    "Основные" (else "по всем направлениям" would be one)."""
    return (
        index > 0
        and words[index - 1].group().lower().startswith("основн")
        and any(f in _main_heads() for f in forms(words[index].group()))
    )


def _inside_name(doc: Doc, sent: Sentence, start: int) -> bool:
    """ "Организация Договора о коллективной безопасности": a noun inside a name is no title."""
    at = sent.start + start
    return any(m.start <= at < m.end for m in doc.mentions_in(sent.start, sent.end))


def find_titles(doc: Doc, sent: Sentence) -> list[tuple[int, int]]:
    """Spans (in the sentence) of the document titles it names."""
    text = sent.text
    words = list(_WORD.finditer(text))
    titles: list[tuple[int, int]] = []
    index = 0
    while index < len(words):
        word = words[index]
        if (
            not (_is_head(word.group()) or _main_head(words, index))
            or _VERB_NOT_NOUN.fullmatch(word.group())
            or _GENERIC_BEFORE.search(text[: word.start()])
            or pattern("title_empty").match(text, word.end())
            or _inside_name(doc, sent, word.start())
        ):
            index += 1
            continue
        start, by_place = word.start(), False
        for previous in reversed(words[max(0, index - 2) : index]):
            if previous.end() + 1 != start or not _title_adjective(previous.group()):
                break
            start = previous.start()  # "Казанская декларация", "Военную доктрину"
            by_place = by_place or _place_adjective(previous.group())
        last = index
        stop = pattern("title_stops").search(text, word.end())
        limit = stop.start() if stop else len(text)
        nxt = index + 1
        while nxt < len(words) and words[nxt].start() < limit and nxt - index < _MAX_WORDS:
            between = text[words[nxt - 1].end() : words[nxt].start()]
            if _is_head(words[nxt].group()) and "," in between:
                break
            if words[nxt].group().lower() == "и" and _title_begins(words, nxt + 1):
                break  # "... и проект решения о ...", "... и Военную доктрину": the next title
            last = nxt
            nxt += 1
        while last > index and words[last].group().lower() in _DANGLING:
            last -= 1  # "... до 2030 года и" before the next act
        end = words[last].end()
        if _LOOSE_AFTER.match(text, word.end()) and last - index <= 4 and not by_place:
            index = nxt
            continue  # "договора в силу", "решения в ОДКБ", "соглашения с ОАЭ": no title
        if _council_s_decisions(doc, sent, word, end):
            index = nxt
            continue
        if last > index or by_place:
            # a noun alone ("подписали соглашение", "совместное заявление") is generic, one
            # named by its place is not ("Казанская декларация")
            closing = text[end : end + 1]
            titles.append((start, end + (1 if closing in '»"' else 0)))
        index = nxt
    return titles


def _council_s_decisions(doc: Doc, sent: Sentence, head: re.Match[str], end: int) -> bool:
    """ "решения Совета глав государств СНГ": a council's decisions, told by whose they are
    and not what they say, are no title ("Устав СНГ" is: only "решение" is so read)."""
    if not head.group().lower().startswith("решени"):
        return False
    rest = [(m.start(), m.end()) for m in _WORD.finditer(sent.text, head.end(), end)]
    named = doc.mentions_in(sent.start + head.end(), sent.start + end)
    return bool(rest) and all(
        any(
            m.type in ("body", "org") and m.start <= sent.start + a and sent.start + b <= m.end
            for m in named
        )
        for a, b in rest
    )


_PRIORITY = {"reviewed": 1}
"""Of two acts ending together ("отказался подписать"), the one that says more wins."""


def _action(sent: Sentence, start: int) -> tuple[str, int] | None:
    """The act nearest before the title, else the nearest after it."""
    found = [
        (m.end(), _PRIORITY.get(name, 0), m.start(), name)
        for name, regex in patterns("document_acts").items()
        for m in regex.finditer(sent.text)
    ]
    before = [f for f in found if f[0] <= start]
    if before:
        _, _, at, name = max(before)
        return name, at
    if found:
        _, _, at, name = min(found, key=lambda f: (f[2], -f[1]))
        return name, at
    return None


def add_documents(doc: Doc, sessions: list[Session]) -> None:
    own = next((s for s in sessions if s.reported and s.body != "bilateral"), None)
    told: list[tuple[Sentence, str]] = []  # every title read so far, acted on or not
    doc.context[TITLES_READ] = told
    for sent in doc.sentences:
        titles = find_titles(doc, sent)
        if not titles:
            _ratified_again(doc, sent)
            _several_acted_on(doc, sent, sessions, own, told)
            continue
        session = _session_of(doc, sent, sessions, own)
        for start, end in titles:
            if _CALLED.search(sent.text, max(0, start - 40), start):
                continue  # "назвал подписанный договор прорывным документом": said of one told
            told.append((sent, _fuller_title(doc, sent.text[start:end].strip(' «»"'))))
            act = _action(sent, start)
            lead = _list_lead(doc, sent) if act is None else None
            if lead is None and act is None:
                lead = _counted_before(doc, sent)
            if lead is not None:
                act = _action(lead, len(lead.text))
                planned_by = lead
            else:
                planned_by = sent
            if act is None:
                continue
            action, at = act
            russian = told[-1][1]
            if action == "ratified" and lead is not None and not _LIST_ITEM.match(sent.text):
                states = _acting_states(doc, lead)  # "Палата ратифицировала два договора"
            elif action == "ratified":
                states = _acting_states(doc, sent, (sent.start + start, sent.start + end))
            else:
                states = []
            same = _told_already(doc, russian, action)
            if same is not None:
                same.states = sorted(set(same.states) | set(states))
                continue
            states = states or _signers(doc, sent, session)
            planned = _planned(planned_by, at, session)
            _tell(doc, sent, russian, action, states, session, planned, 0.61)


_LIST_ITEM = re.compile(r"\s*(?:\d{1,2}[.)]|[-–—•*])\s")
_CALLED = re.compile(r"\bназвал[аи]?\s+(?:[а-яё]+\s+){0,2}$", re.I)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _session_of(
    doc: Doc, sent: Sentence, sessions: list[Session], own: Session | None
) -> Session | None:
    """The session whose act the sentence tells: the council it is told of, else the talks it
    is told of; where it names two leaders signing ("Рахмон и Путин подписали"), their talks
    or none; else the article's own council, unless the sentence dates the act to an
    earlier year than that council's ("В 1992 году стороны подписали Договор о дружбе")."""
    told = [s for s in sessions if s.reported and sent in s.sentences]
    council = next((s for s in told if s.body != "bilateral"), None)
    talks = next((s for s in told if s.body == "bilateral" and not s.planned), None)
    if council is not None or talks is not None:
        return council or talks
    leaders = set(leaders_in(doc, sent.start, sent.end))
    if len(leaders) == 2:
        return next(
            (s for s in sessions if s.body == "bilateral" and set(s.parties or ()) == leaders), None
        )
    years = [int(y) for y in _YEAR.findall(sent.text)]
    if own is not None and own.date and years and max(years) < int(own.date[:4]):
        return None
    return own


def _signers(doc: Doc, sent: Sentence, session: Session | None) -> list[str]:
    """The states of bilateral talks' documents: the talks' parties, or the two leaders the
    sentence names when no talks are told."""
    if session is not None and session.body == "bilateral":
        return sorted(session.parties or ())
    leaders = leaders_in(doc, sent.start, sent.end)
    return sorted(leaders) if session is None and len(leaders) == 2 else []


TITLES_READ = "ru_titles_read"
"""doc.context's key: every (sentence, Russian title) the documents component read, in text
order, whether or not the sentence acts on it."""


def _tell(
    doc: Doc,
    sent: Sentence,
    russian: str,
    action: str,
    states: list[str],
    session: Session | None,
    planned: bool,
    confidence: float,
) -> None:
    """The sentence's act on the Russian title, told by the English title (the reference
    data's, else the glossary's gloss); a ratification names no session."""
    _tell_fact(
        doc,
        Document(
            title=known_title(russian) or gloss(russian) or russian,
            action=action,
            states=states,
            meeting=session.ref() if session is not None and action != "ratified" else None,
            planned=planned,
            span=(sent.start, sent.end),
            quote=sent.text,
            confidence=confidence,
        ),
        russian,
    )


def _tell_fact(doc: Doc, fact: Document, russian: str) -> None:
    """Tell the fact, keeping the Russian title it was read from (its `title` is the English
    one, which reports in either language share and the registry merges on)."""
    doc.facts.append(fact)
    doc.keep_read_from(fact, russian)


def _fuller_title(doc: Doc, russian: str) -> str:
    """The title as told in full earlier in the report, where this one is its shortening:
    "Договор о присоединении был подписан" after "Договор о присоединении Кыргызской
    Республики к Договору о ЕАЭС" is that treaty. Both begin with the same noun and this
    one's words (two or more beside prepositions) are all among the earlier one's."""
    words = [key(w) for w in _WORD.findall(russian) if w.lower() not in _DANGLING]
    if len(words) < 2:
        return russian
    for fact in doc.facts:
        if not isinstance(fact, Document):
            continue
        earlier = doc.read_from(fact)
        keys = [key(w) for w in _WORD.findall(earlier) if w.lower() not in _DANGLING]
        if keys and keys[0] == words[0] and set(words) < set(keys):
            return earlier
    return russian


def _told_already(doc: Doc, russian: str, action: str) -> Document | None:
    """The fact of the same act on the same document, if told already ("подписан договор о
    гарантиях безопасности" in the headline, "Договор о гарантиях безопасности" in the
    text): titles compare by their words' keys, the shorter's within the longer's, and the
    longer title stays."""
    words = {key(w) for w in _WORD.findall(russian)}
    for fact in doc.facts:
        if not isinstance(fact, Document) or fact.action != action:
            continue
        other = {key(w) for w in _WORD.findall(doc.read_from(fact))}
        if words <= other:
            return fact
        if other < words:
            doc.facts.remove(fact)  # the longer title says more: it replaces the shorter
            return None
    return None


def _acting_states(doc: Doc, sent: Sentence, title: tuple[int, int] | None = None) -> list[str]:
    """The states (or their parliaments) the sentence names outside the title: those that
    ratified ("Госдума ратифицировала Договор между Российской Федерацией и Республикой
    Беларусь ...": Russia)."""
    return sorted(
        {
            m.key
            for m in doc.mentions_in(sent.start, sent.end)
            if m.type in ("state", "state-adj", "parliament")
            and not (title and title[0] <= m.start < title[1])
        }
    )


_DOCUMENT_WORD = re.compile(r"\b(?:договор|соглашени|документ|конвенци|протокол)\w*", re.I)


def _ratified_again(doc: Doc, sent: Sentence) -> None:
    """ "В Беларуси договор ратифицировала Палата представителей": a ratification of the
    document told last, by the states this sentence names, joins that document's
    ratification."""
    ratified = patterns("document_acts")["ratified"].search(sent.text)
    states = _acting_states(doc, sent)
    if ratified is None or not states or not _DOCUMENT_WORD.search(sent.text):
        return
    told = [f for f in doc.facts if isinstance(f, Document)]
    if not told:
        return
    title = told[-1].title
    same = next((f for f in told if f.action == "ratified" and f.title == title), None)
    if same is not None:
        same.states = sorted(set(same.states) | set(states))
        return
    _tell_fact(
        doc,
        Document(
            title=title,
            action="ratified",
            states=states,
            planned=bool(pattern("future").search(sent.text)),
            span=(sent.start, sent.end),
            quote=sent.text,
            confidence=0.51,
        ),
        doc.read_from(told[-1]),
    )


_NAMED_AFTER_COUNT = re.compile(
    r"\s*(?:речь\s+ид[её]т\s+о|имеются\s+в\s+виду|это|среди\s+них|в\s+их\s+числе)\b", re.I
)


def _counted_before(doc: Doc, sent: Sentence) -> Sentence | None:
    """ "Депутаты ратифицировали два договора. Речь идёт о Соглашении ...": the sentence
    before, which acted on the documents this one names."""
    if sent.index == 0 or not _NAMED_AFTER_COUNT.match(sent.text):
        return None
    before = doc.sentences[sent.index - 1]
    return before if _action(before, len(before.text)) is not None else None


_SEVERAL = re.compile(
    r"\b(?:(?:оба|обоих)|(?:все|всех)\s+(три|тр[её]х|четыре|четыр[её]х))\s+"
    r"(?:документ|договор|соглашени|протокол)\w*",
    re.I,
)


def _several_acted_on(
    doc: Doc,
    sent: Sentence,
    sessions: list[Session],
    own: Session | None,
    told: list[tuple[Sentence, str]],
) -> None:
    """ "Оба документа были подписаны 27 июня в Минске": the two titles told last, in the
    sentences just before, each acted on as this sentence tells."""
    several = _SEVERAL.search(sent.text)
    act = _action(sent, several.end()) if several else None
    if several is None or act is None:
        return
    wanted = 2 if several.group(1) is None else 3 if several.group(1).startswith("тр") else 4
    recent = list(dict.fromkeys(t for s, t in reversed(told) if sent.index - s.index <= 2))[:wanted]
    if len(recent) != wanted:
        return
    action, at = act
    session = _session_of(doc, sent, sessions, own)
    for russian in reversed(recent):
        if _told_already(doc, russian, action) is not None:
            continue
        states = _acting_states(doc, sent) if action == "ratified" else []
        _tell(doc, sent, russian, action, states, session, _planned(sent, at, session), 0.51)


def _list_lead(doc: Doc, sent: Sentence) -> Sentence | None:
    """The line a list item's title hangs on ("По итогам заседания подписаны:"), whose act
    is the item's."""
    if not _LIST_ITEM.match(sent.text):
        return None
    for earlier in reversed(doc.sentences[: sent.index]):
        if _LIST_ITEM.match(earlier.text):
            continue
        return earlier if earlier.text.rstrip().endswith(":") else None
    return None


def _planned(sent: Sentence, at: int, session: Session | None) -> bool:
    """The tense cue nearest the act; with none, that of the session."""
    cues = [(abs(m.start() - at), True) for m in pattern("future").finditer(sent.text)]
    cues += [(abs(m.start() - at), False) for m in pattern("past").finditer(sent.text)]
    if cues:
        return min(cues)[1]
    return bool(session and session.planned)
