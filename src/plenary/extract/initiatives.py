"""Initiatives: a proposal put forward by a person ("X proposed holding a conference on ...")."""

from __future__ import annotations

import re
from functools import cache

from plenary.extract.doc import (
    ALSO,
    Doc,
    Mention,
    Sentence,
    alternation,
    initials,
    lexicon,
    may_hold,
    source_citations,
    speech_verbs,
)
from plenary.extract.persons import PersonRef
from plenary.spec import Initiative

_FOR_INITIATING = re.compile(
    r"\b(?=f)for (?:initiating|proposing|putting forward)\s+(?P<subject>[^.;:]+)", re.I
)
_PRONOUN = re.compile(  # who "he" is, or "the Head of State", "the Kazakh leader"
    r"\b(?=[hst])(he|she|the head of (?:our )?state|the head of (?:the )?government|"
    r"the (?:\w+ )?(?:president|leader|prime minister|premier))\b",
    re.I,
)
_INCLUDING = re.compile(
    r"^[^.;]*?,?\s+including\s+(?:the\s+)?(?:proposals?|ideas?|initiatives?)\s+(?=to\b|of\b|on\b)",
    re.I,
)
_ANNOUNCED_LIST = re.compile(  # "put forward proposals: to build ..., to establish ..."
    r"\s*(?:a number of |several |three |two |new |the following )?"
    r"(?:proposals|initiatives|ideas)\s*(?::|,\s+including)\s*(?=to\s|[a-z]+ing\s)",
    re.I,
)
_LIST_FOLLOWS = re.compile(
    r"\s*(?:a number of |several |the following |a series of |\w+ )?(?:new )?"
    r"(?:proposals|initiatives|ideas)\s*:\s*$",
    re.I,
)
_NEXT_INFINITIVE = re.compile(r",?\s+and\s+(?=to\s)|;\s+(?=to\s)|,\s+(?=to\s+[a-z]+\s)", re.I)
_NEXT_GERUND = re.compile(r",?\s+(?:and|as well as)\s+(?=[a-z]+ing\s)")
_LISTED_GERUND = re.compile(
    r",\s+(?!including\s)(?=[a-z]+ing\s+(?:a|an|the|new|joint|common|national)\s)"
)
""" "creating X, establishing Y and launching Z": a comma parts gerunds only in such a list,
not "proposing X, saying that ..." """
_NEXT_ACTION = re.compile(
    r",?\s+(?:and|as well as)\s+(?=the\s+[a-z]+(?:ing|tion|ment|sion)\s+of\s)|"
    r"\s+and\s+(?=an?\s+(?:joint|common|new|single|unified)\s)"
)
"""Two actions or things proposed in one object: "support the construction of X and the
upgrading of Y", "proposed a programme on AI and a joint agro-food belt"."""
_CREDITED = re.compile(
    r"(?:,\s+(?:an?|the)\s+(?:idea|initiative|proposal|project)\s+(?:first\s+)?"
    r"(?:put forward|proposed|initiated|suggested|advanced|championed)\s+by"
    r"|\s+(?:was\s+|were\s+|has been\s+)?(?:prepared|drafted|developed|launched|put forward)?"
    r"\s*(?:at|on)\s+the\s+initiative\s+of"
    r"|\s+(?:was|were|has been|had been)\s+(?:first\s+)?"
    r"(?:put forward|proposed|suggested|initiated)\s+by)"
    r"\s+(?:the\s+)?(?:(?:[A-Z][\w'’-]*|of|the)\s+){0,4}$",
    re.I,
)
_VAGUE = re.compile(
    r"^(?:several|some|a number of|many|various|a few|new|further|other)\s+"
    r"(?:proposals|ideas|initiatives|suggestions|measures)\b|^approving the document\b",
    re.I,
)
_TRAILING_NAME = re.compile(r"((?:[A-Z][\w-]+\s)*[A-Z][\w-]+)\s*$")
_WHICH_HE = re.compile(r",\s+which\s+(?:he|she)\s+(?:had\s+|has\s+)?$", re.I)
_WHICH_PROPOSED = re.compile(r",\s+which\s+(?:had\s+)?$")
_PROPOSED_AFTER = re.compile(
    r"^\s+(?:had\s+|has\s+)?(?:put forward|proposed|initiated|suggested|advanced|championed)\b"
)
_LIST_MARK = re.compile(r"^\s*(?:--|[-•*–—]|\d+[.)])\s+")


@cache
def _end() -> re.Pattern[str]:
    """Where a proposal's words end: a clause of its own, an aside, the next verb of its
    proposer (", and invited SCO countries to", "and said China is ready"), its source."""
    return re.compile(
        r"[.;:!?]|,\s+(?:which|who|that|while|but|and\s+(?:he|she|it|the)|\w+ing)\b|\s[—–]\s|\(|"
        r",?\s+and\s+(?:" + ALSO + r"\s+)?"
        r"(?=proposed|suggested|called for|put forward|offered)\b|"
        r",\s+and\s+(?:" + ALSO + r"\s+)?[a-z]+ed\s|\s+and\s+(?:called on|urged|invited)\s|"
        rf",?\s+and\s+(?:{ALSO}\s+)?(?:{alternation(speech_verbs())})\b|"
        rf",\s+(?:{alternation(speech_verbs())})\b|"
        rf",\s+(?:{alternation(source_citations())})\s"
    )


_ASKED = (
    r"asked\s+(?:(?:his|her)\s+(?:[A-Z][\w-]*\s+)?(?:counterpart|colleague)"
    r"|(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)?)(?=\s+to\s)"
)
""" "Lukashenko asked his Russian counterpart to deploy ...": a request made to another leader
is put forward as a proposal is."""


@cache
def _verb_pattern() -> re.Pattern[str]:
    verbs = lexicon()["initiative_verbs"]
    return re.compile(rf"\b(?:(?={initials(verbs)}){alternation(verbs)}|{_ASKED})\b", re.I)


@cache
def _verbs() -> tuple[str, ...]:
    return (*(str(verb).lower() for verb in lexicon()["initiative_verbs"]), "asked")


_CREDITED_WORDS = ("put forward", "propos", "initiat", "suggest", "advanced", "championed")
"""Words every `_CREDITED` holds, in any case."""


def _subject_text(text: str) -> str | None:
    end = _end().search(text)
    phrase = text[: end.start()] if end else text
    phrase = re.sub(
        r"^\s*(?:that|to|on|the idea of|an idea of|an initiative (?:to|on))\s+", "", phrase
    )
    phrase = phrase.strip(" ,\"“”«»'")
    phrase = re.sub(r"[\"“”«»]", "", phrase)
    words = phrase.split()
    if len(words) < 2 or re.match(r"^(?:the|an|this|that)\s+initiative$", phrase, re.I):
        return None
    if _VAGUE.match(phrase):
        return None  # "several proposals for improving joint work" names no initiative
    if re.match(r"(?:it|this|that|they|these|those)\s+(?:be|is|are|should|would|will)\b", phrase):
        return None  # "proposed that it be finalized later": a word on something named before
    return " ".join(words[:25])


def _subjects(after_verb: str) -> list[str]:
    """What was proposed: "to develop X, and to hold Y" is two proposals; "a number of
    initiatives, including the proposal to hold X" names X."""
    if re.match(r"\s*(?:at|in|during|last|earlier|back|then|there)\b", after_verb):
        return []  # "which Berdimuhamedov proposed at the Sochi summit": the object came before
    including = _INCLUDING.match(after_verb) or _ANNOUNCED_LIST.match(after_verb)
    if including:
        after_verb = after_verb[including.end() :]
    if re.match(r"\s*[a-z]+ing\s", after_verb):  # "proposed creating X and holding Y"
        clause = re.split(r"[.;:!?]|,\s+(?:which|who|that)\b", after_verb, maxsplit=1)[0]
        pieces = _NEXT_GERUND.split(clause)  # not "X, which would help preserving and promoting Y"
        if len(pieces) > 1:
            pieces = [part for piece in pieces[:-1] for part in _LISTED_GERUND.split(piece)] + [
                pieces[-1]
            ]
        return [subject for piece in pieces if (subject := _subject_text(piece))]
    if not re.match(r"\s*to\s", after_verb):
        end = _end().search(after_verb)
        clause = after_verb[: end.start()] if end else after_verb
        return [
            subject for piece in _NEXT_ACTION.split(clause) if (subject := _subject_text(piece))
        ]
    clause = (
        after_verb[: m.start()]
        if (m := re.search(r"[.;:!?](?!\s+to\s)", after_verb))
        else after_verb
    )
    pieces = _NEXT_INFINITIVE.split(clause)
    return [subject for piece in pieces if (subject := _subject_text(piece))]


def run(doc: Doc) -> None:
    before = len(doc.facts)
    _read(doc)
    doc.facts[before:] = _once([f for f in doc.facts[before:] if isinstance(f, Initiative)])


def _once(found: list[Initiative]) -> list[Initiative]:
    """A headline's proposal is the body's told short ("Saidov proposes CIS conference on
    Afghan transit"): where the body gives its author's proposals, it gives them."""
    in_body = {f.by for f in found if (f.span or (0, 0))[0] > 0}
    return [f for f in found if (f.span or (0, 0))[0] > 0 or f.by not in in_body]


def _read(doc: Doc) -> None:
    people: list[PersonRef] = doc.context["people"]
    by_mention = {(m.start, m.end): p for p in people for m in p.mentions}
    last_person: PersonRef | None = None
    seen: set[tuple[str, str]] = set()
    list_author: PersonRef | None = None  # "put forward a number of proposals:" then items
    for sent in doc.sentences:
        item = _LIST_MARK.match(sent.text)
        if list_author is not None and item:
            listed = [(list_author, p) for p in _subjects(" " + sent.text[item.end() :])]
            _add(doc, sent, listed, seen)
            continue
        list_author = None
        persons = [
            m
            for m in doc.mentions_in(sent.start, sent.end, "person")
            if (m.start, m.end) in by_mention
        ]
        found: list[tuple[PersonRef, str]] = []
        sentence_author: PersonRef | None = None
        verbs = _verb_pattern().finditer(sent.text) if may_hold(sent.text, _verbs()) else ()
        for verb in verbs:
            pos = sent.start + verb.start()
            if re.match(r"\s+by\b", sent.text[verb.end() :]):
                continue
            author = _author(doc, persons, pos, last_person, by_mention)
            if (
                author is None
                and sentence_author
                and re.search(r"\band\s+$", sent.text[: verb.start()])
            ):
                author = sentence_author  # "he proposed X, and called for Y"
            if author is None:
                continue
            sentence_author = author
            if _LIST_FOLLOWS.match(sent.text, verb.end()):
                list_author = author  # the items on the lines below are the proposals
            found.extend((author, proposal) for proposal in _subjects(sent.text[verb.end() :]))
            # "the Global Development Initiative, which he proposed": the name before "which"
            which = _WHICH_HE.search(sent.text, 0, verb.start())
            name = _TRAILING_NAME.search(sent.text, 0, which.start()) if which else None
            if name and len(name.group(1).split()) >= 2:
                found.append((author, name.group(1)))
        credits = may_hold(sent.text, _CREDITED_WORDS)
        for mention in persons:
            head = sent.text[: mention.start - sent.start]
            which = _WHICH_PROPOSED.search(head)
            if which and _PROPOSED_AFTER.match(doc.text[mention.end : sent.end]):
                subject = _credited_subject(head[: which.start()])
                if subject:  # "the Declaration on X, which Berdimuhamedov proposed"
                    found.append((by_mention[(mention.start, mention.end)], subject))
                continue
            credited = _CREDITED.search(head) if credits else None
            if credited is None:
                continue
            subject = _credited_subject(head[: credited.start()])
            if subject and _BARE_IDEA.match(subject):
                subject = _named_before(doc, sent)  # "The idea was put forward by Rahmon"
            if subject:
                found.append((by_mention[(mention.start, mention.end)], subject))
        found += _named_and_credited(sent, persons, by_mention)
        found += _owned_proposals(sent, persons, by_mention)
        thanked = _FOR_INITIATING.search(sent.text)
        if thanked:
            pos = sent.start + thanked.start()
            before = [m for m in persons if m.end <= pos]
            subject = _subject_text(thanked.group("subject"))
            if before and subject:
                found.append((by_mention[(before[-1].start, before[-1].end)], subject))
        found = [(author, _named_organization(doc, sent, subject)) for author, subject in found]
        _add(doc, sent, found, seen)
        if persons:
            last_person = by_mention[(persons[-1].start, persons[-1].end)]


_THE_ORGANIZATION = re.compile(
    r"^(?:(?:the|an?)\s+(?:initiative|idea|proposal)\s+to\s+(?P<verb>[a-z]+)\s+"
    r"(?:the|such\s+an?|this|a\s+new)\s+(?:organi[sz]ation|body|structure)|it)\b",
    re.I,
)
_ORGANIZATION_NAME = re.compile(
    r"\b(?:[A-Z][\w-]*\s+)+Organi[sz]ation(?:\s+(?:for|of|on)\s+the(?:\s+[A-Z][\w-]*)+)?"
)


def _named_organization(doc: Doc, sent: Sentence, subject: str) -> str:
    """ "The initiative to create the organization was put forward by Tokayev", "who proposed
    it in 2021": the organization the sentence or the three before name ("the International
    Organization for the Russian Language")."""
    told = _THE_ORGANIZATION.match(subject)
    if told is None:
        return subject
    for before in reversed(doc.sentences[max(0, sent.index - 3) : sent.index + 1]):
        names = _ORGANIZATION_NAME.findall(before.text)
        if names:
            name = names[-1]
            return f"{told.group('verb')} the {name}" if told.group("verb") else name
    return subject


def _add(
    doc: Doc, sent: Sentence, found: list[tuple[PersonRef, str]], seen: set[tuple[str, str]]
) -> None:
    """One fact per author and proposal, quoting the sentence that puts it forward."""
    for author, subject in found:
        if (author.name, subject) in seen:
            continue
        seen.add((author.name, subject))
        doc.facts.append(
            Initiative(
                by=author.name,
                state=author.state,
                subject=subject,
                span=(sent.start, sent.end),
                quote=sent.text,
                confidence=0.8,
            )
        )


def _author(
    doc: Doc,
    persons: list[Mention],
    pos: int,
    last_person: PersonRef | None,
    by_mention: dict[tuple[int, int], PersonRef],
) -> PersonRef | None:
    """The proposer: the nearest person before the verb, "he"/"she" for the last one named, or
    "I"/"we" for the speaker."""
    before = [m for m in persons if m.end <= pos]
    sent = doc.sentence_at(pos)
    if _FIRST_PERSON.search(doc.text[max(sent.start, pos - 30) : pos]):
        return _speaker(doc, sent, by_mention) or last_person
    if _THE_PRESIDENT.search(doc.text[max(sent.start, pos - 40) : pos]):
        president = _last_president(doc, pos, by_mention)
        if president is not None:
            return president  # "Smadiyarov: The President has already proposed ..."
    if before:
        nearest = before[-1]
        between = doc.text[nearest.end : pos]
        pronoun = _PRONOUN.search(between)
        subject_of_both = nearest.start - sent.start <= 4 and _AND_THEN.search(between)
        if len(between) < 120 or pronoun or (subject_of_both and len(between) < 300):
            return by_mention[(nearest.start, nearest.end)]  # "Putin ... said X, and proposed"
    if _PRONOUN.search(doc.text[max(sent.start, pos - 30) : pos]) and last_person:
        return last_person
    if _IMPERSONAL.search(doc.text[max(sent.start, pos - 30) : pos]):
        return last_person  # "It was proposed to ...", in a report of someone's speech
    return None


_AND_THEN = re.compile(r",?\s+and\s+(?:" + ALSO + r"\s+)?$")
"""The sentence's subject's second verb: "Putin, in his opening remarks, said ..., and"."""
_IMPERSONAL = re.compile(r"\b(?:it|this)\s+(?:was|has been)\s+(?:" + ALSO + r"\s+)?$", re.I)


_THE_PRESIDENT = re.compile(
    r"\b(?:[Tt]he|[Oo]ur) (?:\w+ )?(?:President|Head of State|head of state)\s+(?:\w+\s+){0,3}$"
)


def _last_president(
    doc: Doc, pos: int, by_mention: dict[tuple[int, int], PersonRef]
) -> PersonRef | None:
    """The last president named before `pos`: whom "the President" stands for."""
    named = [
        person
        for (start, _), person in sorted(by_mention.items())
        if start < pos and person.role == "President"
    ]
    return named[-1] if named else None


_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e)\b(?:\s+\w+){0,3}\s*$")


def _speaker(
    doc: Doc, sent: Sentence, by_mention: dict[tuple[int, int], PersonRef]
) -> PersonRef | None:
    """Who says "I propose": the last transcript label ("Vladimir Putin: ...") opening a
    paragraph, else the person the quote is attributed to in its sentence ("..., Putin said"),
    else the author an op-ed's byline names ("By Sirojiddin Muhriddin, Minister of ...")."""
    for earlier in reversed(doc.sentences[: sent.index + 1]):  # the speech's last label
        label = re.match(r"[A-Z][^:\n.]{2,60}:", earlier.text)
        if label and (earlier.index == 0 or doc.text[earlier.start - 1] == "\n"):
            named = doc.mentions_in(earlier.start, earlier.start + label.end(), "person")
            if named and (named[0].start, named[0].end) in by_mention:
                return by_mention[(named[0].start, named[0].end)]
        if _SPEECH_HEADING.search(earlier.text) and doc.text[earlier.start - 1 : earlier.start] in (
            "\n",
            "",
        ):  # "Excerpts from Mikhail Mishustin's remarks at the meeting:"
            named = doc.mentions_in(earlier.start, earlier.end, "person")
            if len(named) == 1 and (named[0].start, named[0].end) in by_mention:
                return by_mention[(named[0].start, named[0].end)]
        if _SPEECH_DELIVERED.search(earlier.text):
            # "... the speech President Shavkat Mirziyoev delivered at the meeting": its speaker
            named = doc.mentions_in(earlier.start, earlier.end, "person")
            if len(named) == 1 and (named[0].start, named[0].end) in by_mention:
                return by_mention[(named[0].start, named[0].end)]
    quote_end = max(sent.text.rfind("”"), sent.text.rfind('"'))
    if quote_end > 0:
        said = doc.mentions_in(sent.start + quote_end, sent.end, "person")
        if said and (said[0].start, said[0].end) in by_mention:
            return by_mention[(said[0].start, said[0].end)]
        return None
    byline = _BYLINE.search(doc.text[:400])  # an op-ed's "We propose": its author's
    if byline:
        named = doc.mentions_in(byline.end(), byline.end() + 60, "person")
        if named and (named[0].start, named[0].end) in by_mention:
            return by_mention[(named[0].start, named[0].end)]
    return None


_SPEECH_HEADING = re.compile(
    r"^(?:(?:Excerpts?|Extracts?|Full text) (?:from|of) )?[^.\n]{0,60}\b(?:remarks|speech|"
    r"statement|address|opening words)\b[^.\n]{0,60}:?\s*$",
    re.I,
)
_SPEECH_DELIVERED = re.compile(
    r"\b(?:speech|address|remarks|statement)\b[^.\n]{0,80}?\b(?:delivered|gave|made)\b", re.I
)
_BYLINE = re.compile(r"^(?:By|Author:)\s+", re.M)


_BARE_IDEA = re.compile(
    r"^(?:the|this|that|its)\s+(?:idea|initiative|proposal)(?:\s+of\s+\w+ing\s+(?:it|them))?$|"
    r"^the\s+(?:last|latter)(?:\s+one)?$",  # "The last one was proposed by Tokayev"
    re.I,
)
_TITLED_RUN = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:(?:of|for|the|and|on|in)\s+)*[A-Z][\w'’-]*)+")


def _named_before(doc: Doc, sent: Sentence) -> str | None:
    """What "the idea" refers back to: the longest name the sentence before gives ("The
    UN-declared International Year of Glaciers' Preservation has begun."), if any."""
    if sent.index == 0:
        return None
    previous = doc.sentences[sent.index - 1].text
    names = [re.sub(r"^(?:The|A|An)\s+", "", m.group()) for m in _TITLED_RUN.finditer(previous)]
    names = [n for n in names if len(re.findall(r"\b[A-Z]", n)) >= 3]
    return max(names, key=len) if names else None


_PARTICIPLE_BY = re.compile(
    r"\s+(?:proposed|put forward|advanced|initiated)\s+by\s+(?:the\s+)?"
    r"(?:(?:[A-Z][\w'’-]*|of|the)\s+){0,4}$"
)
_INITIATIVE_NOUN = re.compile(r"\b(?:Initiatives?|Concept|Programme|Program|Project)\b")
_LIST_JOIN = re.compile(r"^(?:,\s+(?:and\s+)?|\s+and\s+)(?:the\s+)?$")
_NEXT_NAMED = re.compile(
    r"(?:(?<=Initiative)|(?<=Concept)|(?<=Programme)|(?<=Program)|(?<=Project))"
    r"(?:,\s+(?:and\s+)?|\s+and\s+)(?:the\s+)?(?=[A-Z])"
)


def _named_and_credited(
    sent: Sentence, persons: list[Mention], by_mention: dict[tuple[int, int], PersonRef]
) -> list[tuple[PersonRef, str]]:
    """ "the Global Development Initiative, the Global Security Initiative and the Global
    Civilization Initiative proposed by President Xi Jinping": each named initiative right
    before "proposed by" is its author's."""
    found: list[tuple[PersonRef, str]] = []
    for mention in persons:
        head = sent.text[: mention.start - sent.start]
        credited = _PARTICIPLE_BY.search(head)
        if credited is None:
            continue
        start = end = credited.start()
        for run in reversed(list(_TITLED_RUN.finditer(head, 0, end))):
            if run.end() != start and not _LIST_JOIN.match(head[run.end() : start]):
                break
            start = run.start()
        named = re.sub(r"^(?:The|A|An)\s+", "", head[start:end])
        if not _INITIATIVE_NOUN.search(named):
            continue
        author = by_mention[(mention.start, mention.end)]
        found += [(author, item) for item in _NEXT_NAMED.split(named) if len(item.split()) >= 2]
    return found


_PROPOSAL_BY = re.compile(
    r"\b(?:proposal|initiative|idea|suggestion|offer)\s+(?:by|of|from)\s+(?:the\s+)?"
    r"(?:(?:[A-Z][\w'’.-]*|of|the)\s+){0,5}$"
)
_PROPOSAL_OWN = re.compile(
    r"['’]s?\s+(?:[a-z-]+\s+)?(?:proposal|initiative|idea|suggestion|offer)(?=\s+to\s+[a-z])"
)


def _owned_proposals(
    sent: Sentence, persons: list[Mention], by_mention: dict[tuple[int, int], PersonRef]
) -> list[tuple[PersonRef, str]]:
    """ "welcomed the proposal by Prime Minister Mishustin to establish ...", "Tokayev's
    initiative to hold ...": a proposal told as a noun, with its author and what it would do."""
    found: list[tuple[PersonRef, str]] = []
    for mention in persons:
        head = sent.text[: mention.start - sent.start]
        tail = sent.text[mention.end - sent.start :]
        own = _PROPOSAL_OWN.match(tail)
        if own is not None:
            tail = tail[own.end() :]
        elif not (_PROPOSAL_BY.search(head) and re.match(r"\s+to\s+[a-z]", tail)):
            continue
        author = by_mention[(mention.start, mention.end)]
        found += [(author, subject) for subject in _subjects(tail)]
    return found


def _credited_subject(before: str) -> str | None:
    """What an "idea put forward by X" names: the phrase the appositive follows, without the
    document noun that carries it ("a decision establishing the "CIS Plus" format")."""
    phrase = _LIST_MARK.sub("", before)
    phrase = re.sub(
        r"^(?:the|a|an)\s+(?:decision|resolution|agreement)\s+(?:on|establishing|creating|"
        r"to create|to establish)\s+(?:the\s+)?",
        "",
        phrase,
        flags=re.I,
    )
    phrase = re.split(r"[;:]|,\s+(?=\w+\s)", phrase)[-1] if ";" in phrase else phrase
    phrase = re.sub(r"^.*?\b(?:of|on|for)\s+(?=the\s+\"|\")", "", phrase)
    words = re.sub(r"[\"“”«»]", "", phrase).split()
    return " ".join(words[-14:]) if len(words) >= 2 else None
