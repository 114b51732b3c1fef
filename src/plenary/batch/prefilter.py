"""Is an article about the tracked bodies? One Aho-Corasick automaton over the lower-cased text,
a hit counting only at word boundaries (and, for an acronym, only in capitals).

`relevant_text` looks at an article's text; `relevant_line` looks at a raw JSONL line without
parsing it (JSON's own escapes `\\n`, `\\t`, `\\"` count as boundaries), which is what makes the
prefilter cheap: the 98% of an archive it drops is never decoded from JSON.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import ahocorasick

from plenary.batch.terms import terms

_JSON_ESCAPES = 'ntrbf"/\\'


@cache
def automaton() -> ahocorasick.Automaton:
    """Built once per process from the reference data: key → (length, acronym)."""
    auto = ahocorasick.Automaton()
    for term in terms():
        auto.add_word(term.text, (len(term.text), term.acronym))
    auto.make_automaton()
    return auto


def _boundary_before(lower: str, start: int, json_escaped: bool) -> bool:
    if start == 0 or not lower[start - 1].isalnum():
        return True
    # In raw JSON, "\nCIS" is a backslash, an `n`, then the name: a boundary all the same.
    return json_escaped and start >= 2 and lower[start - 2] == "\\" and lower[start - 1] in "ntrbf"


def _hits(original: str, json_escaped: bool) -> bool:
    lower = original.lower()
    same_length = len(lower) == len(original)
    end_of_text = len(lower)
    for end, (length, acronym) in automaton().iter(lower):
        start = end - length + 1
        if end + 1 < end_of_text and lower[end + 1].isalnum():
            continue
        if not _boundary_before(lower, start, json_escaped):
            continue
        if acronym and same_length and not original[start : end + 1].isupper():
            continue
        return True
    return False


def relevant_text(text: str) -> bool:
    """Does the text name a tracked organization, body, person in them or honour they confer?"""
    return _hits(text, json_escaped=False)


def relevant_line(raw: bytes | str) -> bool:
    """The same question about one JSONL record, asked of the raw line.

    A line with `\\u` escapes (non-ASCII written as escapes) is decoded first, so that Russian
    names are found however the archive was written.
    """
    line = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else raw
    if "\\u" in line:
        try:
            record = json.loads(line)
        except ValueError:
            return _hits(line, json_escaped=True)
        if isinstance(record, dict):
            fields = (record.get(k) for k in ("title", "text", "html"))
            return any(isinstance(v, str) and relevant_text(v) for v in fields)
    return _hits(line, json_escaped=True)


def relevant_ids(path: Path) -> Iterator[str]:
    """The id of every relevant record of a JSONL file (`FILE:LINE` where it has none), streamed
    line by line: constant memory whatever the file's size."""
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            if not raw.strip() or not relevant_line(raw):
                continue
            yield record_id(path, number, raw)


def record_id(path: Path, number: int, raw: bytes) -> str:
    """The name `plenary.ingest` gives the record: its `id`, else `FILE:LINE`."""
    try:
        ident = json.loads(raw).get("id")
    except (ValueError, AttributeError):
        ident = None
    return str(ident) if isinstance(ident, str | int) and str(ident) else f"{path.name}:{number}"
