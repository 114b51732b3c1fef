"""Is an article about the tracked bodies? One Aho-Corasick automaton over the lower-cased text,
a hit counting only at word boundaries (and, for an acronym, only in capitals).

`relevant_text` looks at an article's text; `relevant_line` looks at a raw JSONL line without
parsing it (JSON's own escapes `\\n`, `\\t`, `\\"` count as boundaries), which is what makes the
prefilter cheap: the 98% of an archive it drops is never decoded from JSON.

In front of them, for a chunk of lines at once, `plenary.batch.screen` picks the few lines that
might hold a term (one Hyperscan scan of the chunk's bytes); `relevant_lines` checks only those
exactly.

A gate in front of the automaton, line by line: the line's bytes with every ASCII
non-alphanumeric byte made a space, searched for the terms written the same way and padded with
spaces (a second, ASCII-only automaton that only ever leaves its root at a space, so about three
times faster). A line without such a hit cannot hold a term and is dropped. The gate only drops
what the automaton would drop; lines in Cyrillic or with `\\u` escapes always go to the
automaton.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import ahocorasick

from plenary.batch.screen import candidate_lines, screen
from plenary.batch.terms import terms

_ASCII_WORDS = bytes(
    c + 32 if 65 <= c <= 90 else c if (48 <= c <= 57 or 97 <= c <= 122) else 32 for c in range(256)
)
"""bytes.translate table: ASCII letters to lower case, digits kept, everything else a space."""
_JSON_SPACES = (b"\\n", b"\\t", b"\\r")
_CYRILLIC = (b"\xd0", b"\xd1")


def _words(raw: bytes) -> list[bytes]:
    for escape in _JSON_SPACES:
        raw = raw.replace(escape, b"  ")
    return raw.translate(_ASCII_WORDS).split()


@cache
def gate() -> ahocorasick.Automaton:
    """Every term without Cyrillic as its translated bytes padded with spaces (a term JSON would
    escape, by its longest word), over latin-1 text: matched at word starts only, so fast."""
    auto = ahocorasick.Automaton()
    for term in terms():
        raw = term.text.encode("utf-8")
        if any(lead in raw for lead in _CYRILLIC) or not _words(raw):
            continue
        key = raw.translate(_ASCII_WORDS) if b'"' not in raw else max(_words(raw), key=len)
        auto.add_word(f" {key.decode('latin-1')} ", 0)
    auto.make_automaton()
    return auto


def _gate(raw: bytes) -> bool:
    """False where the line certainly holds no term; True where the automaton must look."""
    if b"\\u" in raw or any(lead in raw for lead in _CYRILLIC):
        return True
    for escape in _JSON_SPACES:
        raw = raw.replace(escape, b" ")
    text = raw.translate(_ASCII_WORDS).decode("latin-1")
    return next(gate().iter(f" {text} "), None) is not None


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
    if isinstance(raw, str):
        raw = raw.encode("utf-8")
    if not _gate(raw):
        return False
    line = raw.decode("utf-8", "replace")
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
    """The id of every relevant record of a JSONL (or Parquet) archive (`FILE:LINE` where it
    has none), streamed a chunk at a time: constant memory whatever the file's size."""
    from plenary.batch.archive import chunks

    for first, data in chunks(path):
        lines = data.split(b"\n")
        for index in relevant_lines(data, lines):
            yield record_id(path, first + index, lines[index])


def record_id(path: Path, number: int, raw: bytes) -> str:
    """The name `plenary.ingest` gives the record: its `id`, else `FILE:LINE`."""
    try:
        ident = json.loads(raw).get("id")
    except (ValueError, AttributeError):
        ident = None
    return str(ident) if isinstance(ident, str | int) and str(ident) else f"{path.name}:{number}"


def relevant_lines(data: bytes, lines: list[bytes]) -> list[int]:
    """Indexes of the relevant lines of a chunk (`lines` is `data` split at newlines): the
    screen over the whole chunk, then the exact check on the few lines it keeps."""
    return [
        int(i) for i in candidate_lines(data, lines) if i < len(lines) and relevant_line(lines[i])
    ]


def warm_up() -> None:
    """Build the screen and the automata now (before worker processes fork, so they share
    them)."""
    screen()
    gate()
    automaton()
