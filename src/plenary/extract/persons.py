"""People in the text: gazetteer hits, unknown names, later bare family names, and their roles.

A person's state and role come from the words around the name ("Kazakh President", "Prime
Minister of Belarus,") and, failing those, from the post the gazetteer says they held then.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache

from plenary.extract.doc import Doc, Mention, lexicon, word_pattern
from plenary.reference import Person, load
from plenary.reference.names import name_key

_NAME_TOKEN = r"(?:[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?|[A-Z]\.)"
_WORD_CAPITAL = r"[A-Z](?<!\w[A-Z])"
"""A capital that begins a word, as `\\b(?=[A-Z])[A-Z]` matches it: where a pattern opens
with a letter class rather than a word boundary, `re` skips to those letters in C instead of
trying every position."""
_FIRST_NAME_TOKEN = rf"{_WORD_CAPITAL}(?:[a-z]+(?:[-'][A-Z]?[a-z]+)?|\.)"
"""`_NAME_TOKEN` at the start of a word."""
_NAME = re.compile(rf"{_FIRST_NAME_TOKEN}(?:\s?{_NAME_TOKEN}){{1,3}}\b")
_APPOSITIVE_TITLE = re.compile(
    r",\s+(?:the\s+)?(?:[A-Z][\w-]*|of|the|and|for)(?:\s+(?:[A-Z][\w-]*|of|the|and|for))*"
    r"\s+of\s+(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)*"
)
_CAPITALIZED_WORD = re.compile(r"\b(?=[A-Z])(?:[A-Z]\.\s?)?([A-Z][\w'’\-]*)\b")
_TITLE_HEAD = re.compile(
    r"\b(?:President|Prime Minister|Premier|Minister|Chairman|Chairwoman|Chair|Secretary|"
    r"Director|Commander|[Hh]ead|Ambassador|Speaker|Governor|Deputy|Vice|[Aa]ide|[Aa]ssistant|"
    r"diplomat|Spokes\w+|Mayor|Envoy|Representative|Chief|leader)\b"
)
_ORG_OFFICIAL = re.compile(
    r"(Secretary[- ]General|General Secretary|Deputy Secretary[- ]General|Chairman|Chairwoman|"
    r"Chair|Head|Director)",
    re.I,
)


@dataclass
class PersonRef:
    """One person of the article, with every place they are named."""

    name: str
    known: Person | None
    mentions: list[Mention] = field(default_factory=list)
    state: str | None = None
    org: str | None = None
    role: str | None = None


_NAMED_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:Presidential\s+|Memorial\s+|International\s+)?(?:Library|Cent(?:er|re)|"
    r"Airport|Avenue|Street|Square|University|Foundation|Prize|Museum|Institute|Stadium|Hall|"
    r"Park|Boulevard|Prospekt|Embankment)\b"
)
""" "the Boris Yeltsin Presidential Library", "Heydar Aliyev Center": a place named after a
person, not the person."""


def find_people(doc: Doc) -> list[PersonRef]:
    people: dict[str, PersonRef] = {}
    for mention in doc.mentions:
        if mention.type == "person" and not _NAMED_AFTER.match(doc.text, mention.end):
            known = _by_name().get(mention.key)
            ref = people.setdefault(mention.key, PersonRef(mention.key, known))
            ref.mentions.append(mention)
    reference_date = doc.context.get("reference_date")
    _add_initialed_names(doc, people, reference_date)
    _add_reversed_initials(doc, people)
    _add_unknown_people(doc, people)
    _add_family_names(doc, people)
    _add_office_holders(doc, people, reference_date)
    for ref in people.values():
        ref.mentions.sort(key=lambda m: m.start)
        _assign_role(doc, ref, reference_date)
    return sorted(people.values(), key=lambda r: r.mentions[0].start)


@cache
def _by_name() -> dict[str, Person]:
    """The gazetteer's people by name, indexed once rather than for every article."""
    return {person.name: person for person in load().people}


_INITIALED = re.compile(
    rf"({_WORD_CAPITAL}[a-z]?)\.\s?(?:[A-Z][a-z]?\.\s?)?([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b"
)


@cache
def _by_family() -> dict[str, list[Person]]:
    index: dict[str, list[Person]] = {}
    for person in load().people:
        index.setdefault(person.name.split()[-1], []).append(person)
    return index


def _add_initialed_names(
    doc: Doc, people: dict[str, PersonRef], reference_date: str | None
) -> None:
    """ "Sh.Sharif", "K.Tokayev": an initial and a family name the gazetteer knows, taken as the
    one such person in post on the reference date (or the only one of that name)."""
    for match in _INITIALED.finditer(doc.text):
        if _overlaps(doc, match.start(), match.end()) and not _took_back_patronymic(
            doc, people, match
        ):
            continue
        initial, family = match.group(1), match.group(2)
        if family.lower() in _NOT_NAMES or family.lower() in _FUNCTION_WORDS:
            continue  # "Zhaparov A.U. The Armenian delegation": initials, then a new sentence
        if family in lexicon()["honorifics"]:
            continue  # "H.E. Mr. Shavkat Mirziyoyev": a form of address, then the name
        candidates = [p for p in _by_family().get(family, []) if p.name.startswith(initial)]
        in_post = [p for p in candidates if any(post.held_on(reference_date) for post in p.posts)]
        chosen = in_post if len(in_post) == 1 else candidates
        if len(chosen) == 1:
            person = chosen[0]
            mention = Mention("person", person.name, match.start(), match.end(), match.group())
            doc.mentions.append(mention)
            people.setdefault(person.name, PersonRef(person.name, person)).mentions.append(mention)
        elif not candidates and _TITLE_HEAD.search(
            doc.text, max(0, match.start() - 80), match.start()
        ):
            # "Deputy Prime Minister of the Republic of Uzbekistan J.Kuchkarov": someone the
            # gazetteer does not know, named the way official lists name everyone
            name = f"{initial}. {family}"
            mention = Mention("person", name, match.start(), match.end(), match.group())
            doc.mentions.append(mention)
            people.setdefault(name, PersonRef(name, None)).mentions.append(mention)


def _took_back_patronymic(doc: Doc, people: dict[str, PersonRef], match: re.Match[str]) -> bool:
    """ "S.G.Berdimuhamedov": the gazetteer read "G.Berdimuhamedov", the patronymic's initial,
    as the father; the first initial names the son. Such a mention is taken back (True) for
    the whole to be read again."""
    inside = [m for m in doc.mentions if m.start < match.end() and match.start() < m.end]
    if len(inside) != 1 or inside[0].type != "person" or inside[0].start <= match.start():
        return False
    mention = inside[0]
    if (
        mention.key.startswith(match.group(1))
        or not re.fullmatch(r"(?:[A-Z]|[CKSZ]h)\.\s?", doc.text[match.start() : mention.start])
        or not re.match(r"[A-Z][a-z]?\.\s?[A-Z]", mention.text)
    ):
        return False  # "Mr. Modi", "Kh. Geldimyradov": a title, or the family name alone
    doc.mentions.remove(mention)
    ref = people.get(mention.key)
    if ref is not None:
        ref.mentions.remove(mention)
        if not ref.mentions:
            del people[mention.key]
    return True


_FUNCTION_WORDS = {"the", "in", "on", "at", "and", "but", "it", "he", "she", "this", "that", "a"}
_REVERSED = re.compile(rf"({_WORD_CAPITAL}[a-z]+(?:-[A-Z][a-z]+)?)\s([A-Z])\.(?:\s?[A-Z]\.)?")


@cache
def _by_initialed_alias() -> dict[str, Person]:
    """People by the key of each "A. Family" form of their names and aliases."""
    index: dict[str, Person] = {}
    for person in load().people:
        for name in (person.name, *person.aliases):
            words = name.split()
            if len(words) >= 2 and words[0][0].isupper():
                index.setdefault(name_key(f"{words[0][0]}. {words[-1]}"), person)
    return index


def _add_reversed_initials(doc: Doc, people: dict[str, PersonRef]) -> None:
    """ "Zhaparov A.U.", "Mishustin M.V.": the family name first, as Russian official lists
    write it; the initial tells two Japarovs apart."""
    for match in _REVERSED.finditer(doc.text):
        if _overlaps(doc, match.start(), match.end()):
            continue
        family, initial = match.group(1), match.group(2)
        person = _by_initialed_alias().get(name_key(f"{initial}. {family}"))
        if person is None:
            continue
        mention = Mention("person", person.name, match.start(), match.end(), match.group())
        doc.mentions.append(mention)
        people.setdefault(person.name, PersonRef(person.name, person)).mentions.append(mention)


_OFFICE = re.compile(
    r"\b(?=[A-Ztl])"
    r"(?:[Tt]he\s+)?(?:(?P<adj>[A-Z][a-z]+)\s+(?P<post1>[Pp]resident|[Pp]rime [Mm]inister|"
    r"[Ll]eader|[Pp]remier)|"
    r"(?P<post2>President|Prime Minister|Premier|[Ll]eader)\s+of\s+(?:the\s+)?"
    r"(?P<state>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?))\b(?!\s+[A-Z][a-z])"
)
_FORMER = re.compile(
    r"\b(?:former|formerly|ex-|previously|once|then|served as|had been|was)\s+(?:\w+\s+){0,2}$",
    re.I,
)
_POST_OF = {
    "president": "President",
    "leader": "President",
    "prime minister": "Prime Minister",
    "premier": "Prime Minister",
}


def _add_office_holders(doc: Doc, people: dict[str, PersonRef], reference_date: str | None) -> None:
    """ "The President of Uzbekistan proposed ...", "the Kazakh leader": the person the gazetteer
    says held that post then, where no name follows the title."""
    if reference_date is None:
        return
    for match in _OFFICE.finditer(doc.text):
        if _overlaps(doc, match.start(), match.end()) and not _only_states(doc, match):
            continue
        if _FORMER.search(doc.text[max(0, match.start() - 40) : match.start()]):
            continue  # "who previously served as Prime Minister of Kazakhstan": a past post
        state_mentions = [
            m
            for m in doc.mentions_in(match.start(), match.end())
            if m.type in ("state", "state-adj")
        ]
        if len(state_mentions) != 1:
            continue
        post = _POST_OF[(match.group("post1") or match.group("post2")).lower()]
        holder = _holder(state_mentions[0].key, post, reference_date)
        if holder is None:
            continue
        mention = Mention("person", holder.name, match.start(), match.end(), match.group())
        doc.mentions.append(mention)
        people.setdefault(holder.name, PersonRef(holder.name, holder)).mentions.append(mention)


def _only_states(doc: Doc, match: re.Match[str]) -> bool:
    return all(
        m.type in ("state", "state-adj") for m in doc.mentions_in(match.start(), match.end())
    ) and not any(
        m.type == "person" and m.start < match.end() and match.start() < m.end for m in doc.mentions
    )


@cache
def _holders() -> dict[tuple[str, str], list[Person]]:
    index: dict[tuple[str, str], list[Person]] = {}
    for person in load().people:
        for post in person.posts:
            holders = index.setdefault((post.state, post.title), []) if post.state else None
            if holders is not None and person not in holders:  # once, however many terms
                holders.append(person)
    return index


def _holder(state: str, post: str, on: str) -> Person | None:
    found = [
        person
        for person in _holders().get((state, post), [])
        if any(p.state == state and p.title == post and p.held_on(on) for p in person.posts)
    ]
    return found[0] if len(found) == 1 else None


def _overlaps(doc: Doc, start: int, end: int) -> bool:
    return any(m.start < end and start < m.end for m in doc.mentions)


_name_key = lru_cache(maxsize=4096)(name_key)
"""`name_key`, remembered: the same people are keyed in article after article."""


_GIVEN_FORM = re.compile(r"[A-Z][a-z]{2,}(?:bek|bai|bay|jon|zhon)")
"""Kyrgyz, Kazakh, Uzbek and Tajik given names by their ending ("Ruslanbek", "Nurbek",
"Mukhtarjon"): the list of given names cannot hold them all."""


def _given(token: str) -> bool:
    """A given name the gazetteer lists, or a word of a given name's form."""
    return token in load().given_names or _GIVEN_FORM.fullmatch(token) is not None


def _add_unknown_people(doc: Doc, people: dict[str, PersonRef]) -> None:
    known_keys = {_name_key(n): n for n in people}
    done = 0
    for match in _NAME.finditer(doc.text):
        start, end = match.span()
        if start < done:
            continue
        titles = _LEADING_TITLES.match(doc.text, start, end)
        if titles:  # "Deputy Prime Minister Shahin Mustafayev": the name follows the title
            match = _NAME.match(doc.text, titles.end())  # type: ignore[assignment]
            if match is None:
                continue
            start, end = match.span()
        done = end
        overlapped = [m for m in doc.mentions if m.start < end and start < m.end]
        if overlapped:
            # "of Azerbaijan Oktay Asadov": the name may follow a state the match began with
            start = max(m.end for m in overlapped)
            rest = _NAME.fullmatch(doc.text, start + 1, end) if start < end else None
            if rest is None or any(m.start < end and start < m.end for m in overlapped):
                continue
            start = rest.start()
        tokens = doc.text[start:end].replace(".", ". ").split()
        before = doc.text[max(0, start - 80) : start]
        titled = bool(_TITLE_HEAD.search(before[-45:]))
        first_given = next((i for i, t in enumerate(tokens) if _given(t)), None)
        if first_given is not None and first_given > 0 and len(tokens) - first_given >= 2:
            start += match.group().index(tokens[first_given])
            tokens = tokens[first_given:]
        elif not _given(tokens[0]) and not (titled and len(tokens[0]) > 2):
            continue
        if not _given(tokens[0]) and _OF_BEFORE.search(before):
            continue
        cut = next((i for i, t in enumerate(tokens) if t.lower() in _NOT_NAMES), None)
        if cut is not None and cut >= 2 and _given(tokens[0]) and "." not in doc.text[start:end]:
            # "appointed Dauren Abayev Ambassador Extraordinary": the name, then the post
            end = start + list(re.finditer(r"\S+", doc.text[start:end]))[cut - 1].end()
            tokens = tokens[:cut]
        if tokens[-1].endswith(".") or any(t.lower() in _NOT_NAMES for t in tokens):
            continue
        if any(t.lower() in _FUNCTION_WORDS for t in tokens[1:]):
            continue  # a title-case headline's "Meeting With Xi On Agenda": no "Xi On"
        if len(tokens) == 2 and _PATRONYMIC.search(tokens[1]):
            continue  # "Vladimir Vladimirovich": a form of address, not a family name
        patronymic = _KYRGYZ_PATRONYMIC.match(doc.text, end)
        if patronymic:  # "Nurlanbek Turgunbek uulu": "son of Turgunbek" is part of the name
            tokens.append(patronymic.group(1))
            end = patronymic.end()
        name = " ".join(tokens)
        key = _name_key(name)
        canonical = known_keys.get(key, name)
        mention = Mention("person", canonical, start, end, doc.text[start:end])
        doc.mentions.append(mention)
        people.setdefault(canonical, PersonRef(canonical, None)).mentions.append(mention)
        known_keys[key] = canonical
    doc.mentions.sort(key=lambda m: m.start)


_OF_BEFORE = re.compile(r"\bof\s+(?:the\s+)?$")
_LEADING_TITLES = re.compile(
    r"(?:(?:Deputy|First|Prime|Minister|President|Vice|Chairman|Chairwoman|Foreign|Secretary|"
    r"General|Speaker|Ambassador|Acting|Premier|Crown|Prince|Sheikh|Emir|King)\s+)+"
)
_KYRGYZ_PATRONYMIC = re.compile(r"\s(uulu|kyzy)\b")
_PATRONYMIC = re.compile(r"(?:ovich|evich|yevich|ich|ovna|evna|yevna|ichna)$")
_NOT_NAMES = {
    "staff",
    "headquarters",
    "secretariat",
    "service",
    "services",
    "office",
    "president",
    "acting",
    "honorary",
    "chairman",
    "chairwoman",
    "minister",
    "deputy",
    "secretary",
    "general",
    "prime",
    "vice",
    "first",
    "foreign",
    "ambassador",
    "chief",
    "speaker",
    "director",
    "the",
    "of",
    "and",
    "council",
    "summit",
    "state",
    "states",
    "union",
    "republic",
    "federation",
    "government",
    "ministry",
    "committee",
    "organization",
    "organisation",
    "forces",
    "center",
    "centre",
    "bank",
    "assembly",
    "commonwealth",
    "program",
    "agreement",
    "conference",
    "international",
    "high-level",
    "institute",
    "forum",
    "year",
    "commission",
    "economic",
    "eurasian",
    "european",
    "integration",
    "affairs",
    "development",
    "cooperation",
    "relations",
    "board",
    "agency",
    "parliament",
    "museum",
    "university",
}


def _add_family_names(doc: Doc, people: dict[str, PersonRef]) -> None:
    """Later bare family names ("Japarov remarked") and initials ("M.Mishustin")."""
    families: dict[str, PersonRef | None] = {}
    family_first = set(lexicon()["family_name_first_states"])
    for ref in people.values():
        post = ref.known.post_on(None) if ref.known else None
        first = post is not None and post.state in family_first
        family = ref.name.split()[0 if first else -1]
        families[family] = None if family in families else ref
        if ref.known:
            for alias in ref.known.aliases:
                last = alias.split()[-1]
                if last.isalpha() and last[0].isupper() and last not in families:
                    families[last] = ref
    owners = {f: o for f, o in families.items() if o is not None and len(f) >= 2}
    addressed = _addressed_by_given_name(people)
    if not owners and not addressed:
        return
    for match in _CAPITALIZED_WORD.finditer(doc.text):
        owner = owners.get(match.group(1))
        if (
            owner is None
            and match.group(1) in addressed
            and _MR_BEFORE.search(doc.text, max(0, match.start() - 5), match.start())
        ):
            owner = addressed[match.group(1)]  # "Mr Shehbaz" for Shehbaz Sharif
        if owner is None or _overlaps(doc, match.start(), match.end()):
            continue
        mention = Mention("person", owner.name, match.start(), match.end(), match.group())
        doc.mentions.append(mention)
        owner.mentions.append(mention)
    doc.mentions.sort(key=lambda m: m.start)


_MR_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms)\.?\s+$")


def _addressed_by_given_name(people: dict[str, PersonRef]) -> dict[str, PersonRef]:
    """Given names by which the report may call a named person ("Mr Shehbaz"), where only
    one person named bears it."""
    given: dict[str, PersonRef | None] = {}
    for ref in people.values():
        parts = ref.name.split()
        if len(parts) >= 2 and ref.known is not None:
            given[parts[0]] = None if parts[0] in given else ref
    return {name: ref for name, ref in given.items() if ref is not None}


def state_near(doc: Doc, start: int, end: int, window: int = 60) -> str | None:
    """The state an adjective or possessive right before a name gives ("Armenia's", "Kazakh")."""
    sent = doc.sentence_at(start)
    adjacent = [
        m
        for m in doc.mentions_in(max(sent.start, start - 40), start)
        if m.type in ("state", "state-adj")
        and start - m.end <= 2
        and not doc.text[m.end : start].strip()
    ]  # "of Azerbaijan Oktay Asadov", not "Lavrov of Russia, Sergei Martynov": the list's last
    if adjacent:  # "Speaker of the Milli Majlis of Azerbaijan Oktay Asadov", "Kazakh President X"
        return adjacent[-1].key
    appositive = _APPOSITIVE_TITLE.match(doc.text, end, min(sent.end, end + 110))
    if appositive:  # "Nurlanbek Shakiyev, Speaker of the Jogorku Kenesh of Kyrgyzstan;"
        titled = doc.mentions_in(end, appositive.end(), "state")
        if titled:
            return titled[-1].key
    tail = _OF_FROM.match(doc.text, end, min(sent.end, end + 25))
    if tail:  # "Sergei Martynov of Belarus": his own, whatever state the list named before
        for m in doc.mentions_in(tail.end(), min(sent.end, tail.end() + 40), "state"):
            if m.start == tail.end():
                return m.key
    lo = max(sent.start, start - window)
    candidates = [m for m in doc.mentions_in(lo, start) if m.type in ("state", "state-adj")]
    between_person = doc.mentions_in(lo, start, "person")
    if candidates:
        last = candidates[-1]
        if not any(p.start > last.end for p in between_person):
            return last.key
    return None


_OF_FROM = re.compile(r"\s+(?:of|from)\s+(?:the\s+)?")


def _assign_role(doc: Doc, ref: PersonRef, reference_date: str | None) -> None:
    post = ref.known.post_on(reference_date) if ref.known else None
    if post is not None:
        ref.role, ref.state, ref.org = post.title, post.state, post.org
    for mention in ref.mentions:
        role, state, org = _role_from_text(doc, mention)
        if role and not ref.role:
            ref.role = role
        if state and not ref.state and not ref.org:
            ref.state = state
        if org and not ref.state and not ref.org:
            ref.org = org
        if ref.role and (ref.state or ref.org):
            break


@cache
def _role_titles() -> tuple[re.Pattern[str], dict[str, str]]:
    """The role titles of the lexicon as one pattern, and the spec role each spelling means."""
    titles: dict[str, list[str]] = lexicon()["role_titles"]
    canonical_of = {w.lower(): canonical for canonical, words in titles.items() for w in words}
    return word_pattern(tuple(canonical_of)), canonical_of


_FOLLOWING = re.compile(r",?\s+(?:the\s+)?(.{0,45})")
_UNKNOWN_TITLE = re.compile(
    r"((?:Deputy |First Deputy |Vice )?(?:Minister|Chairman|Head|Director|Commander)"
    r"[A-Za-z ,]*?)\s*$"
)
_OF_STATE_END = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]\w+$")


def _role_from_text(doc: Doc, mention: Mention) -> tuple[str | None, str | None, str | None]:
    sent = doc.sentence_at(mention.start)
    before = doc.text[max(sent.start, mention.start - 90) : mention.start]
    after = doc.text[mention.end : min(sent.end, mention.end + 90)]
    role = None
    titles, canonical_of = _role_titles()
    last = None
    for match in titles.finditer(before):
        last = match
    if last is not None:
        role = canonical_of[last.group().lower()]
    following = _FOLLOWING.match(after)
    if role is None and following:
        title = titles.match(following.group(1))
        if title:
            role = canonical_of[title.group().lower()]
    if role is None:
        unknown = _UNKNOWN_TITLE.search(before)
        if unknown:
            role = _OF_STATE_END.sub("", unknown.group(1)).strip(" ,")
    state = state_near(doc, mention.start, mention.end, window=90 if role else 40)
    org = None
    if not before or state or not _ORG_OFFICIAL.search(before[-60:]):
        return role, state, org
    org_hit = [
        m
        for m in doc.mentions
        if m.type in ("org", "body") and mention.start - 90 <= m.start < mention.start
    ]
    if org_hit:
        org_mention = org_hit[-1]
        gaz = load()
        org = org_mention.key if org_mention.type == "org" else gaz.bodies[org_mention.key].org
    return role, state, org
