"""Clean article text: drop site boilerplate, normalize whitespace, never reword content.

Facts carry character spans into the cleaned text, so cleaning removes whole lines (or a counter
glued to a line's start) and never edits the words of what remains. What counts as boilerplate
is data: `boilerplate.yaml` beside this module.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

_SENTENCE_END = re.compile(r"[.!?…:;][\"'”’»)\]]*$")
_TEASER_MAX = 150
"""A line after a tail marker longer than this is a paragraph, not a teaser headline."""


@dataclass(frozen=True)
class Boilerplate:
    """The compiled patterns of `boilerplate.yaml`."""

    lines: re.Pattern[str]
    prefixes: re.Pattern[str]
    tail: re.Pattern[str]
    trailing_fragment_max: int


@cache
def boilerplate() -> Boilerplate:
    data = yaml.safe_load(resources.files(__package__).joinpath("boilerplate.yaml").read_text())
    return Boilerplate(
        lines=_union(data["lines"]),
        prefixes=re.compile("|".join(f"(?:{p})" for p in data["prefixes"])),
        tail=_union(data["tail"]),
        trailing_fragment_max=int(data["trailing_fragment_max"]),
    )


def _union(patterns: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


def clean_text(text: str) -> str:
    """The article text without boilerplate lines, teaser tails and surplus blank lines."""
    rules = boilerplate()
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    lines = [rules.prefixes.sub("", line, count=1) for line in lines]
    lines = [line for line in lines if not rules.lines.fullmatch(line.strip())]
    lines = _cut_tail(lines, rules.tail)
    lines = _drop_trailing_fragments(lines, rules.trailing_fragment_max)
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")


def _cut_tail(lines: list[str], tail: re.Pattern[str]) -> list[str]:
    """Cut the page from the first tail marker followed only by teasers; drop other markers."""
    kept: list[str] = []
    for index, line in enumerate(lines):
        if tail.fullmatch(line.strip()):
            if all(len(rest.strip()) <= _TEASER_MAX for rest in lines[index + 1 :]):
                break
            continue
        kept.append(line)
    return kept


def _drop_trailing_fragments(lines: list[str], max_length: int) -> list[str]:
    """Drop short lines at the end that do not close a sentence; the first line (title) stays."""
    first = next((i for i, line in enumerate(lines) if line.strip()), len(lines))
    end = len(lines)
    while end > first + 1:
        line = lines[end - 1].strip()
        if line and (len(line) > max_length or _SENTENCE_END.search(line)):
            break
        end -= 1
    return lines[:end]
