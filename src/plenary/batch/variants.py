"""Reprints with small edits, as agencies' copy reappears in other outlets: a new headline,
a sentence dropped, a phrase reworded, a figure corrected. Each edit returns the new text and
what it changed, or None when the text offers nothing to edit that way."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from plenary.ingest.article import headline

_HEADLINE_FORMS = (
    "UPDATE: {h}",
    "{h} (updated)",
    "Analysis: {h}",
    "{h} - agency report",
    "In brief: {h}",
    "{h}, officials say",
    "WRAP: {h}",
)
_REWORDINGS = (
    (" said ", " stated "),
    (" told reporters", " told journalists"),
    (" also ", " additionally "),
    (" held talks ", " had talks "),
    (" discussed ", " talked over "),
    (" important ", " significant "),
    (" according to ", " as reported by "),
    (" noted ", " pointed out "),
    (" issues ", " matters "),
)
_FIGURE = re.compile(
    r"\b(\d+(?:[.,]\d+)?)(?=\s?(?:%|percent|per cent|billion|million|trillion|tonnes|"
    r"countries|documents|agreements|delegations)\b)"
)
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")


@dataclass(frozen=True)
class Edit:
    kind: str
    """headline, drop, reword or correction."""
    old: str
    new: str


def new_headline(text: str, rng: random.Random) -> tuple[str, Edit]:
    """Another outlet's headline over the same copy (a headline is added where there is none)."""
    first, _, rest = text.partition("\n")
    if headline(text) is not None:
        new = rng.choice(_HEADLINE_FORMS).format(h=first.strip())
        return f"{new}\n{rest}", Edit("headline", first, new)
    new = "Agency report"
    return f"{new}\n\n{text}", Edit("headline", "", new)


def drop_sentence(text: str, rng: random.Random) -> tuple[str, Edit] | None:
    """One sentence of the last paragraphs gone, as a sub-editor trims copy to fit: never a
    fifth of the text or more (a brief cut in half is another story, not a trimmed copy)."""
    paragraphs = text.split("\n")
    candidates = [
        (i, s)
        for i, p in enumerate(paragraphs[1:], start=1)
        for s in (_SENTENCE.split(p) if p.strip() else ())
        if len(_SENTENCE.split(p)) > 1
    ]
    if len(candidates) < 3:
        return None
    trimmable = [(i, s) for i, s in candidates[len(candidates) // 2 :] if len(s) < len(text) / 5]
    if not trimmable:
        return None
    index, sentence = rng.choice(trimmable)
    kept = [s for s in _SENTENCE.split(paragraphs[index]) if s != sentence]
    paragraphs[index] = " ".join(kept)
    return "\n".join(paragraphs), Edit("drop", sentence, "")


def reword(text: str, rng: random.Random) -> tuple[str, Edit] | None:
    """One everyday phrase said another way, once."""
    found = [(old, new) for old, new in _REWORDINGS if old in text]
    if not found:
        return None
    old, new = rng.choice(found)
    return text.replace(old, new, 1), Edit("reword", old.strip(), new.strip())


def correct_figure(text: str, rng: random.Random) -> tuple[str, Edit] | None:
    """A figure (a percentage, an amount, a count; never a date) corrected, with the agency's
    note at the end, as a corrected story is re-sent."""
    matches = list(_FIGURE.finditer(text))
    if not matches:
        return None
    match = rng.choice(matches)
    old = match[1]
    digits = [i for i, c in enumerate(old) if c.isdigit()]
    position = digits[-1]
    bumped = str((int(old[position]) + rng.randint(1, 8)) % 10)
    new = old[:position] + bumped + old[position + 1 :]
    if new == old or new.lstrip("0") == "":
        return None
    body = text[: match.start(1)] + new + text[match.end(1) :]
    note = f"(Corrects figure to {new} from {old}.)"
    return f"{body}\n\n{note}", Edit("correction", old, new)
