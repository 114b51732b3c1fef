"""Actions on named documents: signed, ratified, adopted, reviewed, in force.

A title is a quoted name that contains a document noun, or a document noun ("agreement",
"Concept", "program") with the complement that names it ("on cooperation in ...", "to create
the International ... Organization"). The action is the nearest action word of the clause;
list items inherit the action of the line that introduces the list; "it" and "the agreement"
refer back to the last title. Documents named only generically ("several agreements") have no
complement and yield nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache

from rapidfuzz import fuzz

from plenary.extract.chronology import in_past_line
from plenary.extract.dates import MONTHS
from plenary.extract.doc import (
    ALSO,
    FOLDED_APART,
    Doc,
    Sentence,
    alternation,
    initials,
    lexicon,
)
from plenary.extract.meetings import MeetingCandidate
from plenary.extract.tense import tense_of
from plenary.reference import load
from plenary.spec import Document, MeetingRef

_QUOTE = re.compile(r"[\"“«„]([^\"”»“]{8,300}?)[\"”»“]")
_APPOSITIVE = re.compile(
    r",\s+(?:initiated|proposed|prepared|drafted|developed|put forward|suggested)\s+by\s+"
    r"[^,]{2,60},\s+(?=(?:on|of|for|to|in)\b)"
)
_GERUNDS = (
    r"(?:establishing|creating|granting|giving|amending|setting up|introducing|extending|"
    r"admitting|approving|launching|forming|recognizing|recognising)\b"
)
_DATE_COMPLEMENT = re.compile(
    r"(?:on|in|since|from|until|by)\s+(?:the\s+)?(?:\d{1,2}(?:\s+[A-Z][a-z]+|\b(?!st|nd|rd|th))|"
    r"(?:19|20)\d\d\b|(?:january|february|march|april|may|june|july|august|september|october|"
    r"november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)",
    re.I,
)
_NARROW_HEADS = {"plan", "forecast", "rules", "procedure"}
_LEGISLATORS = re.compile(
    r"\s+(?:parliament|senate|senators|lawmakers|deputies|legislators|MPs)\b", re.I
)
_CITED = re.compile(
    r"\b(?:in accordance with|in line with|consistent with|in conformity with|under|pursuant to|"
    r"based on|by)\s+(?:the\s+)?$|"  # "By the decision of the Council, the chairmanship .."
    r"\baccording to\s+(?:an?\s+|the\s+)?$",  # "according to a statement by the ministry"
    re.I,
)
_TAKEN = re.compile(r"\s+(?:was|were)\s+(?:" + ALSO + r"\s+)?(?:taken|made)\s+(?=on\b|to\b)")
_REFUSED = re.compile(
    r"\b(?:not ready to|refus\w+ (?:\w+ ){0,2}to|declin\w+ (?:\w+ ){0,2}to|did not|didn't|will not|"
    r"won't|failed to|"
    r"(?:has|have|had|was|were|is|are) not(?: yet)?|(?:hasn't|haven't|wasn't|weren't)"
    r"(?: yet)?|not yet|but not|nor|call(?:ed|s|ing)? for(?: the)?|urg(?:ed|es|ing)(?: the)?|"
    r"cannot|can't|could not|couldn't)\s+"
    r"(?:\w+\s+)?$",
    re.I,
)
_PROPOSED = re.compile(
    r"\b(?=[ps])(?:proposed|proposes|suggested|suggests)\s+"
    r"(?:to\b(?:[^.;]*?\bto\s+)?[^.;\s]*\s*)?$"
)
""" "proposed to adopt ...", "proposed adopting ...": a proposal, not an act on the document."""
_WHICH_ACTED = re.compile(
    r",?\s+(?:which|that)\s+(?:[\w'’-]+\s+){0,9}?(signed|adopted|approved|ratified)\b", re.I
)
_WHICH_ACTION = {
    "signed": "signed",
    "adopted": "adopted",
    "approved": "adopted",
    "ratified": "ratified",
}
"""A document's own relative clause tells one more act: "the Kazan Declaration, which we have
just adopted", "the agreement ..., which was signed at the session in Minsk"."""
_ANNIVERSARY = re.compile(r"\banniversary\s+of\s+(?:the\s+)?$", re.I)
_GENERIC = re.compile(
    r"^(?:several|some|many|a number of|various|key|important|other|"
    r"these|those|all|number of|both)\b",
    re.I,
)

_UNCOUNTED = re.compile(
    r"\b(?:several|some|many|number of|various|other|relevant|such|these|those)\s+"
    r"(?:[\w-]+\s+)?$",
    re.I,
)
_REFERRING = re.compile(
    r"(?:on|of|for)\s+(?:the\s+)?(?:relevant|respective|corresponding|these|those|such|this|that)"
    r"\s",
    re.I,
)


@dataclass
class TitleHit:
    title: str
    start: int
    end: int
    head: str
    quoted: bool = False
    sentence: Sentence | None = None


@dataclass
class DocAction:
    title: str
    action: str
    planned: bool
    states: list[str]
    meeting: MeetingRef | None
    sentence: Sentence
    quoted: bool
    confidence: float
    extra_sentences: list[Sentence] = field(default_factory=list)


@cache
def _words(name: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in lexicon()[name])


@cache
def _head_pattern() -> re.Pattern[str]:
    heads = lexicon()["document_heads"]
    capitalized = lexicon()["document_heads_capitalized"]
    # `alternation` joins a list with a word that is not ASCII ("communiqué") word by word:
    # the ASCII words share their prefixes apart from it (none is a prefix of the other)
    ascii_heads = [h for h in heads if h.isascii()]
    other_heads = [h for h in heads if not h.isascii()]
    any_head = alternation(ascii_heads) + (f"|{alternation(other_heads)}" if other_heads else "")
    return re.compile(
        rf"\b(?={initials(capitalized)}|(?i:{initials(heads)}))"
        rf"({alternation(capitalized, ignore_case=False)}|(?i:{any_head}))\b"
        r"(?!\s+(?:Centre|Center|Hall|Palace|Complex)\b)"  # "the Jinnah Convention Centre"
    )


def _stems(words: Iterable[str]) -> tuple[str, ...]:
    """The words, lowercase, less those that hold a shorter one: a text that holds none of
    these holds none of the words."""
    stems: list[str] = []
    for word in sorted({w.lower() for w in words}, key=len):
        if not any(stem in word for stem in stems):
            stems.append(word)
    return tuple(stems)


@cache
def _head_stems() -> tuple[str, ...]:
    return _stems([*lexicon()["document_heads"], *lexicon()["document_heads_capitalized"]])


@cache
def _action_stems() -> tuple[str, ...]:
    return _stems(w for words in lexicon()["document_actions"].values() for w in words)


def _stems_in(text: str, stems: tuple[str, ...]) -> tuple[str, ...] | None:
    """Those of the stems the text holds, in any case; None where it holds one of
    `FOLDED_APART`, whose matches a lowercase text does not show."""
    if any(char in text for char in FOLDED_APART):
        return None
    lowered = text.lower()
    return tuple(stem for stem in stems if stem in lowered)


def _may_hold(lowered: str, stems: tuple[str, ...] | None) -> bool:
    """Whether a sentence (its lowercase text) of an article whose `_stems_in` are `stems`
    may hold one of the words: the costly patterns run only where this is so (a quarter of
    the sentences)."""
    return stems is None or any(stem in lowered for stem in stems)


@cache
def _next_document() -> re.Pattern[str]:
    heads = "|".join(
        re.escape(h) for h in sorted(lexicon()["document_heads"], key=len, reverse=True)
    )
    actions = alternation(w for words in lexicon()["document_actions"].values() for w in words)
    return re.compile(
        rf"and\s+(?:{actions}\s+)?(?:a|an|the)\s+(?:[\w'-]+\s+){{0,3}}?(?:{heads})\b", re.I
    )  # "sign the Tianjin Declaration and approve the SCO Development Strategy"


@cache
def _action_pattern() -> re.Pattern[str]:
    table: dict[str, list[str]] = lexicon()["document_actions"]
    parts = []
    for action, words in table.items():
        parts.append(f"(?P<{action.replace('-', '_')}>{alternation(words)})")
    # the word boundaries of each action, shared: the same match, tested once per position
    every = [w for words in table.values() for w in words]
    return re.compile(rf"\b(?={initials(every)})(?:{'|'.join(parts)})\b", re.I)


_TOKEN = re.compile(r"[\w'’\-–]+|[^\w\s]")
_WORD_CHAR = re.compile(r"[\w]")


def _tokens(text: str) -> Iterator[tuple[str, int, int]]:
    """Tokens as they are read: a title's complement usually ends a few tokens in."""
    return ((m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text))


_AND_VERB = re.compile(
    r"\s+(?:" + ALSO + r"\s+)?(?:decided|agreed|instructed|submitted|sent|noted|took|called|"
    r"pointed\s+out|stressed|emphasi[sz]ed|underlined)\b"
    # "to approve the Strategic Directions ... and to discuss the gas market": a second aim
    r"|\s+to\s+(?!the\b|a\b|an\b|its\b|their\b)[a-z]+\b"
    # "the Main Directions ... until 2030 and some fifteen other documents": a count follows
    r"|\s+(?:some|around|nearly|almost|over|more\s+than|\d+)\s+(?:\d+|[a-z]+teen|[a-z]+ty|two|"
    r"three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen)\b"
)
_QUOTED_NAME = re.compile(r"[\"“][A-Z][^\"“”]{2,60}[\"”](?=\s+[a-z])")
_YEAR_OF_DAY = re.compile(r",\s*\d{4}\b")
_MONTH_DAY = re.compile(
    r"\bof\s+(?:"
    + "|".join(sorted((m.capitalize() for m in MONTHS), key=len, reverse=True))
    + r")\.?\s+\d{1,2}$"
)
_AT_EVENT = re.compile(
    r"\s+(?!(?:the|a|an|its|their|his|her|this|that|these|those|our|which|whose|least|once|noon|"
    r"midnight|all|both|each|every|today|today's|yesterday's|tomorrow's)\b)"
    r"(?!(?:[a-z-]+\s+){0,2}(?:summits?|sessions?|meetings?|talks|ceremony|sidelines|forum|"
    r"conference|council)\b)[a-z]"
)
"""After "at", a small word other than a determiner or an event's noun goes on naming the
work ("on accidents at electric power facilities"); "at the summit", "at Minsk" end it."""


def _title_after_head(text: str, head_start: int, head_end: int, limit: int) -> int:
    """End of the complement that follows a document noun."""
    end = head_end
    last_content = head_end
    skip_to = head_end
    for token, tok_start, tok_end in _tokens(text[head_end:limit]):
        word = token.lower()
        if head_end + tok_start < skip_to:
            continue
        at_work = word == "at" and _AT_EVENT.match(text, head_end + tok_end, limit)
        named = _QUOTED_NAME.match(text, head_end + tok_start, limit) if token in '"“' else None
        if named and end > head_end:  # 'for implementing the "Eurasian Economic Path" declaration'
            end = last_content = skip_to = named.end()
            continue
        if (
            token == ","
            and _YEAR_OF_DAY.match(text, head_end + tok_start, limit)
            and _MONTH_DAY.search(text, head_end, head_end + tok_start)
        ):
            continue  # "the Free Trade Area Treaty of October 18, 2011": the date names it
        if not _WORD_CHAR.match(token) or (word in _words("title_stop_words") and not at_work):
            break
        if word == "and" and _next_document().match(text, head_end + tok_start, limit):
            break  # "a Declaration on X and a statement on Y" names two documents
        if word == "and" and _AND_VERB.match(text, head_end + tok_end, limit):
            break  # "approved the draft Statement on X and decided to submit it"
        end = head_end + tok_end
        if word not in _words("title_joiners"):
            last_content = end
        if end - head_start > 220:
            break
    return last_content


def _premodifier_start(text: str, head_start: int, floor: int) -> int:
    start = head_start
    words = list(re.finditer(r"[\w\-]+", text[floor:head_start]))
    for match in reversed(words[-3:]):
        word = match.group()
        if re.search(r"[:;,.!?\"“”«»()]", text[floor + match.end() : start]):
            break  # "Ushakov: Declaration on ...": a speaker's label, not part of the title
        if word.lower() in _words("title_premodifiers") or (
            (word[0].isupper() or word[1:2].isupper())  # "Tianjin", "eThekwini"
            and word.lower() not in _words("title_stop_words")
            and word not in ("The", "A", "An", "In", "On")
        ):
            start = floor + match.start()
        else:
            break
    return start


_TITLED = re.compile(r"\b(?:titled|entitled|called|named)\s*$", re.I)


def find_titles(doc: Doc, sent: Sentence, heads: bool = True) -> list[TitleHit]:
    """The titles the sentence names; `heads` False where it holds no document noun."""
    hits: list[TitleHit] = []
    named_heads: list[int] = []
    """Where a noun stands that a quoted title after it names ("the joint statement "...")."""
    text = doc.text
    for match in _QUOTE.finditer(sent.text):
        inner = match.group(1).strip(" ,.;:")
        start = sent.start + match.start(1)
        before = sent.text[max(0, match.start() - 25) : match.start()]
        head_before = _head_pattern().search(before)
        if _head_pattern().search(inner) and inner[:1].isupper():
            hits.append(TitleHit(inner, start, start + len(inner), "quoted", True, sent))
        elif head_before and inner[:1].isupper() and before.rstrip().endswith(head_before.group()):
            title = f"{head_before.group().capitalize()} {inner}"
            hits.append(TitleHit(title, start, start + len(inner), "quoted", True, sent))
            named_heads.append(sent.start + max(0, match.start() - 25) + head_before.start())
        elif (
            head_before
            and head_before.group().islower()
            and inner[:1].isupper()
            and _TITLED.search(before)
        ):
            # "a joint statement titled "India-Russia: ..."" (not "the Kazan Declaration,
            # entitled "...": a named document's subtitle)
            hits.append(TitleHit(inner, start, start + len(inner), "quoted", True, sent))
    quoted_spans = [(h.start - 1, h.end + 1) for h in hits]
    names: list[tuple[int, int]] | None = None  # where organizations and bodies are named
    for match in _head_pattern().finditer(sent.text) if heads else ():
        head_start, head_end = sent.start + match.start(), sent.start + match.end()
        if any(s <= head_start < e for s, e in quoted_spans):
            continue
        head = match.group()
        if names is None:
            names = [
                (m.start, m.end)
                for m in doc.mentions_in(sent.start, sent.end)
                if m.type in ("org", "body")
            ]
        if any(s <= head_start < e for s, e in names):
            continue  # "Collective Security Treaty Organization" is a name, not a treaty
        if head.lower() in _SPLITTABLE_PLURALS:
            hits.extend(_split_plural(text, head, head_end, sent))
            continue
        taken = _TAKEN.match(text, head_end, sent.end) if head.lower() == "decision" else None
        appositive = _APPOSITIVE.match(text, head_end, sent.end) or taken
        skip_to = appositive.end() if appositive else head_end
        authors = _BY_AUTHORS.match(text, skip_to) if head.lower() in _AUTHORED else None
        end = _title_after_head(text, head_start, authors.end() if authors else skip_to, sent.end)
        start = _premodifier_start(text, head_start, sent.start)
        end = _before_date(doc, skip_to, _before_place(doc, skip_to, end))
        complement = text[skip_to:end].strip()
        if _REFERRING.match(complement):
            continue  # "a decree on the relevant decisions" names no text of its own
        if _DATE_COMPLEMENT.match(complement):
            complement = ""
            end = head_end
        has_complement = bool(
            re.match(r"(?:on|of|for|to|between|in)\b", complement, re.I)
            or bool(re.match(_GERUNDS, complement, re.I))
            or (_is_list_item(sent.text) and re.match(r"\w+ing\b", complement))
            # "a free trade agreement with Iran": a premodified noun names its partner
            or (start < head_start and re.match(r"with\b", complement, re.I))
            # "Joint Statement by the President of ... on ...": a statement names its authors
            or (head.lower() in _AUTHORED and re.match(r"by\s+the\b", complement, re.I))
        ) and (len(complement.split()) >= 2)
        # "signed a joint communique": a joint text of the parties is a document unnamed
        joint = (
            head.lower() in _AUTHORED
            and text[start:head_start].strip().lower() == "joint"
            and head_start not in named_heads
            and _acted_on(text, start, head_end, sent)
        )
        if not has_complement and not (head[0].isupper() and start < head_start) and not joint:
            continue
        if not has_complement:
            complement = ""  # "the Kazan Declaration ran to ...": the name ends with its noun
        if (
            head.lower() in _NARROW_HEADS
            and not re.match(r"(?:of|for|on)\b", complement, re.I)
            and not taken  # "A decision was also taken to establish ...": it names what it does
        ):
            continue  # "a plan to develop ...", "the procedure to ..." are no titles
        if (
            head.lower() in ("decision", "statement", "plan", "address")
            and not has_complement
            and not joint
        ):
            continue
        plural = head.lower().endswith("s") and not head.lower().endswith("ss")
        if plural and head.lower() not in _PLURAL_TITLES and (not head[0].isupper()):
            continue
        before_words = text[max(sent.start, start - 25) : start]
        if _CITED.search(text[max(sent.start, start - 30) : start]):
            continue  # "in accordance with the UN Charter" is cited, not acted on
        if _GENERIC.search(text[start:end]) or re.search(
            r"\b(several|some|many|number of|key)\s+$", before_words, re.I
        ):
            continue
        title = f"{text[start:head_end]} {complement}".strip()
        title = re.sub(r"^(?:the|a|an|draft)\s+", "", title, flags=re.I)
        title = re.sub(r"^(?:draft|updated|revised|amended)\s+", "", title, flags=re.I)
        if len(title.split()) < 2:
            continue
        if not title[1:2].isupper():  # "eThekwini Declaration" keeps its own case
            title = title[0].upper() + title[1:]
        hits.append(TitleHit(title, start, end, head.lower(), False, sent))
    hits.sort(key=lambda h: h.start)
    return _drop_nested(hits)


_PASSIVE_ACTION = re.compile(
    r"\s+(?:was|were|is|are|will be|would be|to be)\s+(?:" + ALSO + r"\s+)?"
)


def _acted_on(text: str, start: int, end: int, sent: Sentence) -> bool:
    """Is an unnamed text the object of an action ("signed a joint communique", "a joint
    statement was adopted"), not merely quoted from ("a joint statement said")?"""
    before = _action_pattern().search(text, max(sent.start, start - 30), start)
    if before and re.search(r"\b(?:no|not|without)\b", text[before.end() : start]):
        before = None  # "produced no agreements or joint statement"
    after = _action_pattern().match(
        text, end + len(m.group()) if (m := _PASSIVE_ACTION.match(text, end)) else end
    )
    return bool(before) or bool(after)


_PLURAL_TITLES = {"amendments", "regulations", "main directions"}
"""Plural nouns that name one text ("the main directions of international activities for 2026")."""
_AUTHORED = {"statement", "declaration", "address", "appeal", "communique", "communiqué"}
_BY_AUTHORS = re.compile(r"\s+by(?=\s+the\s)")
_SPLITTABLE_PLURALS = {
    "statements": "Statement",
    "declarations": "Declaration",
    "decisions": "Decision",
    "agreements": "Agreement",
    "programmes": "Programme",
    "programs": "Program",
    "concepts": "Concept",
    "resolutions": "Resolution",
    "appeals": "Appeal",
    "addresses": "Address",
}
_PIECE = re.compile(r"(?:^|,\s*(?:and\s+)?|\s+and\s+)(?=(?:on|of)\s)", re.I)


_LOCATED = re.compile(r"\s+(?:in|at)\s+(?:the\s+)?$")


def _before_place(doc: Doc, start: int, end: int) -> int:
    """Where a title's complement ends if it runs into a place: "a joint statement in Beijing"
    names the statement, not Beijing."""
    for mention in doc.mentions_in(start, end, "place"):
        located = _LOCATED.search(doc.text[start : mention.start])
        if located:
            return start + located.start()
    return end


_DATED = re.compile(r"\s+(?:on|in|since|from|last|this|by)\s+(?:the\s+)?$", re.I)


def _before_date(doc: Doc, start: int, end: int) -> int:
    """A date ends a title's complement: "the agreement on X on Tuesday" names the agreement
    on X. Years inside titles ("for 2025-2027", "until 2030") stay."""
    for expr in doc.context["dates"]:
        if start < expr.start < end and expr.form != "year":
            dated = _DATED.search(doc.text[start : expr.start])
            if dated:
                return start + dated.start()
    return end


def _split_plural(text: str, head: str, head_end: int, sent: Sentence) -> list[TitleHit]:
    """'statements on climate change, on food security and on energy security' names three
    statements: one title per 'on ...' piece."""
    if text.startswith(":", head_end):  # "three statements: on X, on Y and on Z"
        head_end += 1
    tail_end = min(
        [
            i
            for i in (text.find(";", head_end, sent.end), text.find(":", head_end, sent.end))
            if i >= 0
        ]
        + [sent.end]
    )
    tail = text[head_end:tail_end].rstrip(" .")
    if not re.match(r"\s+(?:on|of)\s", tail, re.I):
        return []
    if _UNCOUNTED.search(text, max(sent.start, head_end - len(head) - 25), head_end - len(head)):
        return []  # "a number of decisions on the functioning of the common market"
    singular = _SPLITTABLE_PLURALS[head.lower()]
    hits = []
    bounds = [m.end() for m in _PIECE.finditer(tail.lstrip())]
    offset = head_end + len(tail) - len(tail.lstrip())
    body = tail.lstrip()
    for i, begin in enumerate(bounds):
        finish = bounds[i + 1] if i + 1 < len(bounds) else len(body)
        piece = re.sub(r"(?:,\s*(?:and\s+)?|\s+and\s+)$", "", body[begin:finish]).strip()
        if len(piece.split()) < 3:
            continue
        start = offset + begin
        hits.append(
            TitleHit(
                f"{singular} {piece}", start, start + len(piece), singular.lower(), False, sent
            )
        )
    return hits


def _drop_nested(hits: list[TitleHit]) -> list[TitleHit]:
    kept: list[TitleHit] = []
    for hit in hits:
        if any(k.start <= hit.start and hit.end <= k.end for k in kept):
            continue
        kept = [k for k in kept if not (hit.start <= k.start and k.end <= hit.end)]
        kept.append(hit)
    return kept


def _actions_in(sent: Sentence) -> list[tuple[str, int, int]]:
    """Action words of a sentence with their offsets (computed once per sentence)."""
    if sent.actions is None:
        sent.actions = []
        for match in _action_pattern().finditer(sent.text):
            if _NO_DOCUMENTS_EXCHANGED.match(sent.text, match.start()):
                continue
            action = next(k for k, v in match.groupdict().items() if v).replace("_", "-")
            sent.actions.append((action, sent.start + match.start(), sent.start + match.end()))
    return sent.actions


_NO_DOCUMENTS_EXCHANGED = re.compile(
    r"exchanged\s+(?:their\s+|detailed\s+|frank\s+)?"
    r"(?:views|opinions|greetings|gifts|ideas|information|experience|assessments)\b",
    re.I,
)
"""Documents exchanged at a ceremony are signed; views exchanged are not documents."""
_FOR_PURPOSE = re.compile(r"\bfor\s+$")
""" "approved and recommended for signing": what is still to be done, not what was."""


def _nearest_action(
    sent: Sentence, hit: TitleHit, all_hits: list[TitleHit]
) -> tuple[str, int, int] | None:
    actions = _actions_in(sent)
    actions = [a for a in actions if not (hit.start <= a[1] < hit.end)]
    done = [a for a in actions if not _FOR_PURPOSE.search(sent.text, 0, a[1] - sent.start)]
    actions = done or actions
    if not actions:
        return None

    def distance(action: tuple[str, int, int]) -> int:
        if action[1] >= hit.end:
            between = [h for h in all_hits if hit.end <= h.start < action[1]]
            # "signed the Agreement on X and approved the Plan": the next verb has its own object
            # and "the signing of X and the adoption of Y", "to sign X and to discuss Y"
            joined = re.fullmatch(
                r"\s*,?\s*and\s+(?:" + ALSO + r"\s+)?(?:the\s+|to\s+)?",
                sent.local(hit.end, action[1]),
            )
            # "signed the Tianjin Declaration, adopted the Strategy": that verb has its object
            owned = [h for h in all_hits if h is not hit and 0 <= h.start - action[2] <= 6]
            return action[1] - hit.end + 200 * len(between + owned) + (100 if joined else 0)
        between = [h for h in all_hits if action[2] <= h.start < hit.start]
        return hit.start - action[2] + 200 * len(between) + 5

    return min(actions, key=distance)


def _states_for(doc: Doc, sent: Sentence, title: tuple[int, int]) -> list[str]:
    """The states a ratification sentence names outside the title ("Russia, Belarus ... have
    ratified it", "the State Duma ratified", "Kazakh senators ratified"; not the two that "the
    Treaty between the Russian Federation and the Republic of Belarus" names)."""
    return list(
        dict.fromkeys(
            m.key
            for m in doc.mentions_in(sent.start, sent.end)
            if (
                m.type in ("state", "parliament")
                or (m.type == "state-adj" and _LEGISLATORS.match(doc.text, m.end))
            )
            and not title[0] <= m.start < title[1]
        )
    )


_SIGNER = "\x00"
"""Stands for a state's name in `_SIGNERS_BEFORE` and `_SIGNERS_AFTER`."""
_SIGNER_GROUP = (
    r"(?:(?:the\s+)?(?:presidents|leaders|heads\s+of\s+(?:state|government)|prime\s+ministers|"
    r"foreign\s+ministers|representatives|delegations|governments)\s+of\s+)?(?:the\s+)?"
    + _SIGNER
    + r"(?:\s*(?:,|and|,\s*and)\s*(?:the\s+)?"
    + _SIGNER
    + r")*"
)
_SIGNERS_BEFORE = re.compile(
    r"(?:^|[,;]\s*)(?:the\s+)?" + _SIGNER_GROUP + r"(?:\s*[-–—(][^-–—()]{3,200}[-–—)])?"
    r"\s*(?:(?:have|has|had|" + ALSO + r"|jointly|then|formally|today|later)\s+)*$",
    re.I,
)
"""Who signed, told before the verb: "Russia, Belarus and Kazakhstan signed", "The presidents
of Armenia, ... and Tajikistan - Kocharyan, ..., Rakhmonov - signed"."""
_SIGNERS_AFTER = re.compile(r"\s+by\s+" + _SIGNER_GROUP, re.I)
""" "was signed by the leaders of Brazil, Russia, India, China and South Africa"."""


def _signers(doc: Doc, sent: Sentence, verb_start: int) -> list[str]:
    """The states a sentence names as the signers of a document: its subject, or the agent of
    its passive, where it is a list of states and nothing else."""
    states = doc.mentions_in(sent.start, sent.end, "state")
    if not states:
        return []
    verb_end = verb_start + len(re.findall(r"^\w*", doc.text[verb_start : sent.end])[0])

    def masked(start: int, end: int) -> tuple[str, list[str]]:
        inside = [m for m in states if start <= m.start and m.end <= end]
        text, keys, at = "", [], start
        for mention in inside:
            text += doc.text[at : mention.start] + _SIGNER
            keys.append(mention.key)
            at = mention.end
        return text + doc.text[at:end], keys

    before, before_keys = masked(sent.start, verb_start)
    if before_keys and _SIGNERS_BEFORE.search(before):
        return list(dict.fromkeys(before_keys))
    after, after_keys = masked(verb_end, sent.end)
    agent = _SIGNERS_AFTER.match(after)
    if agent:
        return list(dict.fromkeys(after_keys[: agent.group(0).count(_SIGNER)]))
    return []


def _parties(session: MeetingCandidate | None) -> list[str]:
    """The two states of the talks a document was acted on at: they are the ones that acted."""
    if session is None or session.body != "bilateral":
        return []
    return list(session.parties or ())


_THE_TALKS = re.compile(
    r"\b(?:following|after|during|at|in\s+the\s+course\s+of|upon\s+completion\s+of|"
    r"on\s+the\s+results\s+of|as\s+a\s+result\s+of)\s+(?:the|their|these|today's)\s+"
    r"(?:\w+\s+){0,3}?(?:talks|negotiations)\b",
    re.I,
)
"""A document signed "following the talks" was signed at the talks the report last told."""
_TALKS = re.compile(r"\b(?:talks|negotiations)\b", re.I)


def _session_for(doc: Doc, sent: Sentence, action: str) -> MeetingCandidate | None:
    if action == "ratified" or action == "in-force":
        return None
    meetings = [m for m in doc.context.get("meetings", []) if not m.invited]
    by_sentence = doc.context.get("sentence_meetings", {})
    if sent.index in by_sentence:
        return by_sentence[sent.index]
    for meeting in meetings:
        if meeting.body == "bilateral" and meeting.sentence is sent:
            return meeting  # "Putin and Pezeshkian signed the treaty in the Kremlin"
    if action == "signed" and ("talks" in sent.text or "negotiations" in sent.text):
        talks_before = [
            m for m in meetings if m.body == "bilateral" and m.sentence.index <= sent.index
        ]
        if talks_before and sent.has(_THE_TALKS):
            # "Following the talks, the Presidents signed ...": the talks last told, told as
            # talks rather than as a dinner the evening before
            return max(
                talks_before,
                key=lambda m: (_TALKS.search(m.sentence.text) is not None, m.sentence.index),
            )
    places = {m.key for m in doc.mentions_in(sent.start, sent.end, "place")}
    for meeting in meetings:
        if meeting.place and meeting.place in places and meeting.body != "bilateral":
            return meeting
    primary: MeetingCandidate | None = doc.context.get("primary_meeting")
    talks = {(m.parties, m.date): m for m in meetings if m.body == "bilateral" and m.reported}
    if len(talks) == 1:
        # "Documents signed following the talks:" where the talks are all the article reports,
        # or what its lead tells before any council it names
        only = next(iter(talks.values()))
        if primary is None or (only.sentence.index <= 1 and primary.sentence.index > 1):
            return only
    return primary


_PRONOUN = re.compile(
    r"\b(?=[ars])(?:ratif\w+|sign\w*|adopt\w*|approv\w*)\s+(it|them)\b|"
    r"\b(?=t)(?:the|this)\s+((?:[a-z]+(?:-[a-z]+)?\s+){0,2}?)"
    r"(agreement|treaty|document|program|programme|concept|declaration|"
    r"convention|protocol)\b(?!\s+(?:of|for|to|between)\b|\s+on\s+(?!(?:monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday|\d|january|february|march|april|may|june|july|"
    r"august|september|october|november|december)))",
    re.I,
)


def run(doc: Doc) -> None:
    found: list[DocAction] = []
    last_title: TitleHit | None = None
    titles: list[TitleHit] = []
    list_action: tuple[str, bool] | None = None
    head_stems = _stems_in(doc.text, _head_stems())
    action_stems = _stems_in(doc.text, _action_stems())
    for sent in doc.sentences:
        lowered = sent.text.lower()
        if not _may_hold(lowered, action_stems):
            sent.actions = []  # no action word: none to look for
        in_sentence = find_titles(doc, sent, _may_hold(lowered, head_stems))
        laws = [_ratification_law(doc, hit) for hit in in_sentence]
        hits = [law or hit for law, hit in zip(laws, in_sentence, strict=True)]
        ratifying = {id(law) for law in laws if law is not None}
        titles.extend(hits)
        sentence_actions = _actions_in(sent)
        if not hits and last_title and sentence_actions:  # what a pronoun would need
            pronoun = _PRONOUN.search(sent.text)
            group = 1 if pronoun and pronoun.group(1) else 3
            named = (
                _named_antecedent(titles, pronoun.group(group), pronoun.group(2) or "")
                if pronoun
                else None
            )
            antecedent = named if isinstance(named, TitleHit) else last_title
            reach = _NOUN_REACH if isinstance(named, TitleHit) else 2
            if (
                pronoun
                and named is not None
                and sent.index - (antecedent.sentence.index if antecedent.sentence else 0) <= reach
            ):
                hits = [
                    TitleHit(
                        antecedent.title,
                        sent.start + pronoun.start(group),
                        sent.start + pronoun.end(group),
                        antecedent.head,
                        antecedent.quoted,
                        sent,
                    )
                ]
        if not hits and sentence_actions and (several := _SEVERAL.search(sent.text)):
            hits = _the_several(titles, sent, several)
        if sent.text.rstrip().endswith(":"):
            intro = sent if sentence_actions else _previous(doc, sent)
            intro_actions = _actions_in(intro) if intro else []
            if intro and intro_actions:
                action, verb_start, verb_end = intro_actions[-1]
                list_action = (action, bool(tense_of(intro, verb_start, verb_end)))
                if not hits:
                    continue
        if not _is_list_item(sent.text) and not hits:
            list_action = None
        following = doc.sentences[sent.index + 1] if sent.index + 1 < len(doc.sentences) else None
        if sentence_actions and following is not None and _is_list_item(following.text):
            action, verb_start, verb_end = sentence_actions[-1]
            list_action = (action, bool(tense_of(sent, verb_start, verb_end)))
        inherited = _inherited_action(doc, sent) if hits and not sentence_actions else None
        for hit in hits:
            nearest = _nearest_action(sent, hit, hits)
            if nearest is not None and _REFUSED.search(doc.text[sent.start : nearest[1]][-40:]):
                continue  # "was not ready to sign the draft declaration"
            if nearest is not None and _PROPOSED.search(doc.text, sent.start, nearest[1]):
                continue  # "he proposed to launch an initiative ... and to adopt a program"
            if nearest is not None and _ANNIVERSARY.search(doc.text, sent.start, nearest[1]):
                last_title = hit  # "the anniversary of the signing of the Treaty": long done,
                continue  # but "The Treaty was signed in Astana" may follow
            if nearest is not None:
                action, verb_start, verb_end = nearest
                planned = tense_of(sent, verb_start, verb_end)
                if planned is None:
                    planned = _verb_form_planned(sent, verb_start)
                confidence = 0.95 if hit.quoted else 0.85 if hit.title[:1].isupper() else 0.7
            elif list_action is not None and (
                _is_list_item(sent.text) or _bare_item(doc, sent, hit)
            ):
                action, planned = list_action
                action = _item_action(doc, sent, hit, action)
                verb_start = hit.start
                confidence = 0.8
            elif inherited is not None:
                action, planned = inherited
                verb_start = hit.start
                confidence = 0.8
            elif (
                id(hit) in ratifying
                and hit.quoted
                and _LAW_ENACTED.search(sent.text, 0, hit.start - sent.start)
                and not _DRAFT_LAW.search(sent.text, 0, hit.start - sent.start)
            ):
                action, planned = "ratified", False
                verb_start = hit.start
                confidence = 0.7
            elif _summit_declaration(doc, hit) or (
                hit.head == "decision" and _TAKEN.match(doc.text, hit.start + len(hit.head))
            ):  # "A decision was also taken to establish ..."
                action, planned = "adopted", False
                verb_start = hit.start
                confidence = 0.7
            else:
                last_title = hit if not hit.head.startswith("it") else last_title
                continue
            if planned and in_past_line(doc, sent):
                planned = False  # "27 Nov. 2009 — In Minsk, the three presidents sign ..."
            acts = [(action, bool(planned), confidence)]
            if id(hit) in ratifying:
                acts = [("ratified", bool(planned), confidence)]  # the law ratifies what it names
            elif action == "adopted" and _for_another_body(doc, sent, hit):
                acts = [("reviewed", bool(planned), confidence), (action, bool(planned), 0.6)]
            acts += [
                (more, bool(tense_of(sent, start, start + 1)), confidence)
                for more, start in _coordinated(sent, hits, nearest)
            ]
            which = _WHICH_ACTED.match(doc.text, hit.end, sent.end)
            if which and all(_WHICH_ACTION[which.group(1).lower()] != a for a, _, _ in acts):
                # "ratified the agreement ..., which the leaders signed at their summit"
                verb_at = which.start(1)
                planned = tense_of(sent, verb_at, which.end(1))
                acts.append((_WHICH_ACTION[which.group(1).lower()], bool(planned), confidence))
            for action, planned, confidence in acts:
                session = _session_for(doc, sent, action)
                if session is not None and not session.reported:
                    session = None
                counted = _previous(doc, sent) if inherited is not None else None
                if action == "ratified" and counted is not None:
                    states = _states_for(doc, counted, (0, 0))  # "Belarus ratified two ..."
                elif action == "ratified":
                    states = _states_for(doc, sent, (hit.start, hit.end))
                else:
                    states = _parties(session)
                    if not states and action == "signed" and verb_start != hit.start:
                        states = _signers(doc, sent, verb_start)
                found.append(
                    DocAction(
                        hit.title,
                        action,
                        bool(planned),
                        states,
                        session.ref() if session is not None else None,
                        sent,
                        hit.quoted,
                        confidence,
                    )
                )
            last_title = hit
    for item in _dedupe(found):
        doc.facts.append(
            Document(
                title=item.title,
                action=item.action,
                states=item.states,
                meeting=item.meeting,
                planned=item.planned,
                span=(item.sentence.start, item.sentence.end),
                quote=item.sentence.text,
                confidence=item.confidence,
            )
        )


_DRAFT = re.compile(r"\bdrafts?\s+$", re.I)
_SUBMITTED = re.compile(
    r"\b(?:submi(?:t\w*|ssions?)|forward\w*|"
    r"for (?:consideration|approval|adoption|signing) (?:by|at)|"
    r"to be (?:considered|approved|adopted|signed) (?:by|at))\b",
    re.I,
)


def _for_another_body(doc: Doc, sent: Sentence, hit: TitleHit) -> bool:
    """A draft agreed on to be submitted to a higher council: reviewed, and adopted as a
    draft, which reports and readers call it alike ("approved the draft ... and submitted
    it to the Council of Heads of State"); both are kept, the adoption less sure."""
    draft = _DRAFT.search(doc.text[max(0, hit.start - 12) : hit.start])
    return bool(draft) and sent.has(_SUBMITTED)


_RATIFICATION_OF = re.compile(
    r"^(?:the\s+)?(?:law\s+)?on\s+(?:the\s+)?ratification\s+of\s+(?:the\s+)?", re.I
)
_SIGNED_WHEN = re.compile(r",\s+(?:signed|done|concluded)\s+(?:on|in|at)\b")
_LAW_ENACTED = re.compile(r"\b(?:law|act)\b(?![^.]{0,40}\b(?:draft|bill)\b)", re.I)
_DRAFT_LAW = re.compile(r"\b(?:draft|bill|bills)\b", re.I)
""" "Law of the Kyrgyz Republic of 23 May 2025 No. 98 "On ratification of ..."": the law names
what it ratified; "the draft law "On ratification ..."" only what is to be."""
_RATIFYING = re.compile(r"\bratification\s+of\s+(?:the\s+)?$", re.I)


def _ratification_law(doc: Doc, hit: TitleHit) -> TitleHit | None:
    """The law "On ratification of the Agreement on ..." (or "the bill on the ratification of
    the Protocol ..."): whatever is done to the law, the document it names is ratified."""
    law = _RATIFICATION_OF.match(hit.title)
    if law and len(hit.title) > law.end() + 8:
        # "On ratification of the Agreement on X, signed on 25 May 2023 in the city of Moscow"
        named = _SIGNED_WHEN.split(hit.title[law.end() :], maxsplit=1)[0]
        return TitleHit(named, hit.start, hit.end, hit.head, hit.quoted, hit.sentence)
    if _RATIFYING.search(doc.text[max(0, hit.start - 40) : hit.start]):
        return TitleHit(hit.title, hit.start, hit.end, hit.head, hit.quoted, hit.sentence)
    return None


_AND_THEN = re.compile(
    r"[^;:.]{0,70}?\band\s+(?:(?:was|were|has|have|had|then|later|subsequently|"
    + ALSO
    + r")\s+)*$",
    re.I,
)


def _coordinated(
    sent: Sentence, hits: list[TitleHit], nearest: tuple[str, int, int] | None
) -> list[tuple[str, int]]:
    """Further actions joined to the first after the title: "the Treaty ..., which was signed
    in Astana on May 29, 2014 and entered into force on January 1, 2015"."""
    if nearest is None:
        return []
    more: list[tuple[str, int]] = []
    last_end = nearest[2]
    for action, start, end in _actions_in(sent):
        if start < last_end or action == nearest[0]:
            continue
        gap = sent.text[last_end - sent.start : start - sent.start]
        if any(last_end <= h.start < start for h in hits) or not _AND_THEN.fullmatch(gap):
            break
        more.append((action, start))
        last_end = end
    return more


_NOUN_REACH = 5
"""How many sentences back "the treaty" finds the last title with that noun; "it" and "the
document" reach two."""


def _named_antecedent(
    titles: list[TitleHit], word: str, modifiers: str = ""
) -> TitleHit | bool | None:
    """What "the convention" refers back to: the last title with that noun; "it" and "the
    document" to the last title of all (True); None where no title has that noun. Words
    before the noun must be in the title too: "the accession treaty" is the "Treaty on the
    Accession of ...", "the new treaty" is none told."""
    noun = word.lower()
    stems = [w[:5] for w in modifiers.lower().split()]
    if noun in ("it", "them", "document") and not stems:
        return True
    stem = noun.rstrip("e")  # programme / program
    return next(
        (
            t
            for t in reversed(titles)
            if (stem in t.title.lower() or noun == "document")
            and all(s in t.title.lower() for s in stems)
        ),
        None,
    )


_SEVERAL = re.compile(
    r"\b(?:both|the two|all (three|four|five))\s+(?:[a-z]+\s+)?"
    r"(?:documents|agreements|treaties|conventions|protocols|declarations)\b",
    re.I,
)
_HOW_MANY = {None: 2, "three": 3, "four": 4, "five": 5}


def _the_several(titles: list[TitleHit], sent: Sentence, several: re.Match[str]) -> list[TitleHit]:
    """ "Both documents were signed on 27 June": the last two titles told, in the sentences
    just before, each acted on where the words stand."""
    wanted = _HOW_MANY[several.group(1) and several.group(1).lower()]
    recent: dict[str, TitleHit] = {}
    for hit in reversed(titles):
        if hit.sentence is None or sent.index - hit.sentence.index > 2:
            break
        recent.setdefault(hit.title, hit)
    if len(recent) != wanted:
        return []
    start, end = sent.start + several.start(), sent.start + several.end()
    return [
        TitleHit(t.title, start, end, t.head, t.quoted, sent) for t in reversed(recent.values())
    ]


def _summit_declaration(doc: Doc, hit: TitleHit) -> bool:
    """ "The Kazan Declaration ran to a hundred points": a declaration named after the place of
    the held session the article is about was adopted there."""
    primary = doc.context.get("primary_meeting")
    if primary is None or primary.planned or not primary.place or hit.head != "declaration":
        return False
    return bool(re.match(rf"(?:the\s+)?{re.escape(primary.place)}\s+Declaration\b", hit.title))


def _previous(doc: Doc, sent: Sentence) -> Sentence | None:
    return doc.sentences[sent.index - 1] if sent.index > 0 else None


_SIGNED_HEADS = frozenset(
    {"agreement", "treaty", "convention", "memorandum", "protocol", "declaration", "charter"}
)


def _item_action(doc: Doc, sent: Sentence, hit: TitleHit, action: str) -> str:
    """Under "signed or approved:", treaties, agreements, conventions and the like were signed,
    statements, plans and decisions approved."""
    intro = next(
        (s for s in reversed(doc.sentences[: sent.index]) if s.text.rstrip().endswith(":")), None
    )
    if intro is not None and re.search(r"\b(?:produced|resulted in)\b", intro.text):
        return "signed" if hit.head in _SIGNED_HEADS else "adopted"  # "The summit produced:"
    if intro is None or not {"signed", "adopted"} <= {a for a, _, _ in _actions_in(intro)}:
        return action  # "were considered; ... to continue work on them and to submit them:"
    if not re.search(r"\b(?:or|and)\b", intro.text):
        return action
    return "signed" if hit.head in _SIGNED_HEADS else "adopted"


_AMONG_THEM = re.compile(
    r"\s*(?:among them (?:are|were)|they include|these include|they included|these included|"
    r"(?:they|these|those) (?:are|were)(?= the\b)|"
    r"among the documents (?:are|were)|"
    r"(?:those|the documents)\b[^.:;]{0,60}?\binclud(?:e|es|ed))\b",
    re.I,
)


def _inherited_action(doc: Doc, sent: Sentence) -> tuple[str, bool] | None:
    """ "The heads of government signed 14 documents. Among them are the Agreement on ...",
    "... ratified two treaties. They are the Agreement on ...": the documents listed take the
    action of the sentence that counted them."""
    previous = _previous(doc, sent)
    if previous is None or not _AMONG_THEM.match(sent.text) or not _actions_in(previous):
        return None
    action, verb_start, verb_end = _actions_in(previous)[-1]
    return action, bool(tense_of(previous, verb_start, verb_end))


def _bare_item(doc: Doc, sent: Sentence, hit: TitleHit) -> bool:
    """A list item without a bullet, as official readouts print them: a paragraph of its own
    that is a title ("Memorandum of understanding on ...;")."""
    before = doc.sentences[sent.index - 1] if sent.index > 0 else None
    after = doc.sentences[sent.index + 1] if sent.index + 1 < len(doc.sentences) else None
    return (
        hit.start - sent.start <= 4
        and (before is None or before.paragraph != sent.paragraph)
        and (after is None or after.paragraph != sent.paragraph)
    )


_LIST_ITEM = re.compile(r"^\s*(?:--|[-•*–—]|\d+[.)]|[a-z][.)])\s+")


def _is_list_item(text: str) -> bool:
    return bool(_LIST_ITEM.match(text))


def _verb_form_planned(sent: Sentence, verb_start: int) -> bool:
    word = re.match(r"\w+", sent.text[verb_start - sent.start :])
    if word is None:
        return False
    return not word.group().lower().endswith(("ed", "ion"))


_KEY_WORD = re.compile(r"[a-z0-9\-]+")


def _title_key(title: str) -> str:
    left_out = _words("title_joiners") | {"draft"}
    return " ".join(w for w in _KEY_WORD.findall(title.lower()) if w not in left_out)


@cache
def _org_names() -> tuple[re.Pattern[str], dict[str, str]]:
    """Every organization's names and abbreviations (the gazetteer's), longest first, and the
    organization each names."""
    named = {
        re.sub(r"^the\s+", "", name): org.id
        for org in load().organizations.values()
        for name in (org.name, *org.aliases)
    }
    names = sorted(named, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, names)) + r")\b"), named


def _proper_words(title: str) -> set[str]:
    """A title's capitalized words but its type ("Treaty", "Agreement": reports call one
    document either), an organization's name and its abbreviation one word (its id)."""
    pattern, named = _org_names()
    title = pattern.sub(lambda m: named[m.group()], title)
    heads = _words("document_heads")
    ids = set(named.values())
    return {
        w
        for w in re.findall(r"[\w'’-]+", title)
        if (w[:1].isupper() or w in ids) and w.lower() not in heads
    }


def _each_names_its_own(a: str, b: str) -> bool:
    """Two titles that each name something the other does not ("the Treaty on the Eurasian
    Economic Commission" and "the Treaty on the Eurasian Economic Union") are two documents;
    a title inside a longer one, or told in other common words, is one."""
    words_a, words_b = _proper_words(a), _proper_words(b)
    return bool(words_a - words_b) and bool(words_b - words_a)


def _listed_apart(a: DocAction, b: DocAction) -> bool:
    """Items of a list name different documents, however alike ("the SCO Development Strategy
    until 2035", "the Energy Cooperation Development Strategy ... until 2030")."""
    return (
        a.sentence is not b.sentence
        and _is_list_item(a.sentence.text)
        and _is_list_item(b.sentence.text)
    )


def _other_kinds(a: str, b: str) -> bool:
    """ "the Declaration of the Collective Security Council and the Statement of the Collective
    Security Council on ...": a declaration and a statement are two texts, however alike."""
    first, second = (_head_pattern().search(title) for title in (a, b))
    if first is None or second is None:
        return False
    heads = {first.group().lower(), second.group().lower()}
    return len(heads) == 2 and heads <= _AUTHORED


def _told_apart(a: DocAction, b: DocAction) -> bool:
    """ "signed the Charter of the CSTO and the Agreement on the Legal Status of the CSTO": two
    titles of different heads, joined in one sentence, are two texts, however many words they
    share."""
    if a.sentence is not b.sentence:
        return False
    head_a, head_b = (_head_pattern().search(title) for title in (a.title, b.title))
    if head_a is None or head_b is None or head_a.group().lower() == head_b.group().lower():
        return False
    told = a.sentence.text.lower()
    at_a, at_b = told.find(a.title.lower()), told.find(b.title.lower())
    if at_a < 0 or at_b < 0:
        return False  # a title read out of other words ("decisions on X and on Y")
    (first_at, first), (second_at, _) = sorted(((at_a, a.title), (at_b, b.title)))
    first_end = first_at + len(first)
    return (
        second_at >= first_end and _JOINED_TITLES.fullmatch(told[first_end:second_at]) is not None
    )


_JOINED_TITLES = re.compile(r"\s*(?:,|,?\s*and|;)\s*(?:" + ALSO + r"\s+)?(?:the\s+)?")


def _other_states(a: list[str], b: list[str]) -> bool:
    return bool(a) and bool(b) and not set(a) & set(b)


def _refers_to(a: str, b: str) -> bool:
    """Does one title name the other inside it, after its own head ("the Treaty on Armenia's
    accession to the Treaty on the Eurasian Economic Union")? Then they are two texts."""
    short, long = sorted((_title_key(a), _title_key(b)), key=len)
    return long.find(short) > 0


def _dedupe(found: list[DocAction]) -> list[DocAction]:
    """One fact per document and action: the most title-like name, the held tense, all states;
    but ratifications by different states ("Kazakhstan ratified ...; Russia and Belarus have
    already ratified it") are separate acts."""
    kept: list[DocAction] = []
    for item in found:
        twin = next(
            (
                k
                for k in kept
                if k.action == item.action
                and fuzz.token_set_ratio(_title_key(k.title), _title_key(item.title)) >= 80
                and not _refers_to(k.title, item.title)
                and not _listed_apart(k, item)
                and not _other_kinds(k.title, item.title)
                and not _told_apart(k, item)
                and not (k.action == "ratified" and _other_states(k.states, item.states))
                and not _each_names_its_own(k.title, item.title)
            ),
            None,
        )
        if twin is None:
            kept.append(item)
            continue
        if (item.quoted, len(item.title)) > (twin.quoted, len(twin.title)):
            twin.title = item.title
            twin.quoted = item.quoted
        twin.states = list(dict.fromkeys(twin.states + item.states))
        if twin.planned and not item.planned:
            twin.planned = False
            twin.sentence = item.sentence
        twin.confidence = max(twin.confidence, item.confidence)
        twin.meeting = twin.meeting or item.meeting
    return kept
