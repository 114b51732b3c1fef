"""A screen in front of the prefilter: which lines of a chunk of raw JSONL might hold a term,
found for the whole chunk at once by Hyperscan (one compiled multi-pattern scan over its bytes,
at several hundred MB/s), so that the exact Aho-Corasick check (`prefilter.relevant_line`) only
reads those lines.

Each term is one pattern, compiled case-insensitive (which covers ASCII letters):
- a term without Cyrillic, over the raw bytes: each other character as a class per byte of the
  characters that lower to it (`ğ` and `Ğ`, C4 9F and C4 9E: `\\xc4[\\x9e\\x9f]`);
- a term in Cyrillic, over the bytes of its line folded by `FOLD`, which makes the two cases of
  a Cyrillic letter one byte sequence (so the pattern is a plain literal: classes for every
  Cyrillic letter made the database take seconds to compile). Only lines with a D0 or D1 byte
  can hold one; after the scan of the chunk, each such line is folded and scanned again.
A short term (up to `SHORT` bytes), which other words may hold (`cis` in `decision`, `гани` in
`организации`), must also stand at a word start and a word end: before it a byte that is not an
ASCII letter or digit nor the end of a Cyrillic letter (or a JSON escape such as `\\n`), after
it one that is not an ASCII letter or digit nor a Cyrillic lead byte.

It only ever keeps too much: a line the exact check would call relevant is always kept. Lines
with `\\u` escapes, or with the two characters whose lower case is ASCII but whose bytes differ
in length from it (`İ`, the Kelvin sign), are always kept.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import suppress
from dataclasses import dataclass
from functools import cache

import hyperscan
import numpy as np

from plenary.batch.terms import terms

SHORT = 10
"""Terms of up to this many bytes must stand at word boundaries to count."""
ALWAYS = (b"\\u", "İ".encode(), "\u212a".encode())
"""Lines with these are always kept: JSON escapes hide letters; İ and the Kelvin sign lower to
ASCII letters."""
_BEFORE = rb"(?:^|[^A-Za-z0-9\x80-\xbf]|[^\xd0\xd1][\x80-\xbf]|\\[ntrbf])"
_AFTER = rb"(?:[^A-Za-z0-9\xd0\xd1]|$)"


FOLD = bytes(
    0xD0 if c == 0xD1 else 0x80 | (c & 0x0F) if 0x80 <= c <= 0xBF else c for c in range(256)
)
"""bytes.translate table for lines in Cyrillic: lead bytes D0 and D1 made one, second bytes
reduced to their low four bits, so that the two cases of a letter of U+0400–U+045F fold alike
(`Р` D0 A0 and `р` D1 80 both to D0 80)."""
_CYRILLIC = (b"\xd0", b"\xd1")


@cache
def _upper_forms() -> dict[str, frozenset[str]]:
    """Lower-case character → the other characters of the BMP whose lower case it is."""
    forms: dict[str, set[str]] = {}
    for code in range(0x10000):
        char = chr(code)
        lower = char.lower()
        if len(lower) == 1 and lower != char:
            forms.setdefault(lower, set()).add(char)
    return {k: frozenset(v) for k, v in forms.items()}


def _hex(data: bytes) -> bytes:
    return b"".join(b"\\x%02x" % b for b in data)


def char_pattern(char: str, folded: bool) -> bytes:
    """The bytes of `char` or of any character that lowers to it (folded by FOLD where
    `folded`), as a Hyperscan pattern compiled case-insensitive (ASCII letters stand for
    themselves)."""
    code = char.encode("utf-8")
    if char.isascii():
        return code if char.isalnum() else _hex(code)
    others = (f.encode() for f in _upper_forms().get(char, ()) if not f.isascii())
    forms = sorted({code, *others})
    if folded:
        forms = sorted({f.translate(FOLD) for f in forms})
    if len({len(f) for f in forms}) > 1:
        return b"(?:" + b"|".join(_hex(f) for f in forms) + b")"
    classes = (bytes(sorted(set(column))) for column in zip(*forms, strict=True))
    return b"".join(_hex(c) if len(c) == 1 else b"[" + _hex(c) + b"]" for c in classes)


def term_pattern(text: str) -> bytes:
    """A term in Cyrillic as its folded bytes (it only ever stands in a line with D0 or D1
    bytes, which is folded and scanned again); any other as its raw bytes."""
    code = text.encode("utf-8")
    folded = any(lead in code for lead in _CYRILLIC)
    body = b"".join(char_pattern(c, folded) for c in text)
    return _BEFORE + body + _AFTER if len(code) <= SHORT else body


@dataclass(frozen=True)
class Screen:
    database: hyperscan.Database
    always: int
    """Patterns from this id on are ALWAYS' needles (each reported once a scan); below, terms."""


@cache
def screen() -> Screen:
    """The compiled patterns of every term (built once per process, before workers fork)."""
    texts = {t.text for t in terms()}
    # "the union state" is found by "union state"
    patterns = sorted({term_pattern(t) for t in texts if not (t[:4] == "the " and t[4:] in texts)})
    flags = [hyperscan.HS_FLAG_CASELESS] * len(patterns)
    patterns += [_hex(needle) for needle in ALWAYS]
    flags += [hyperscan.HS_FLAG_SINGLEMATCH] * len(ALWAYS)
    database = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
    database.compile(
        expressions=patterns, ids=list(range(len(patterns))), elements=len(patterns), flags=flags
    )
    return Screen(database, len(patterns) - len(ALWAYS))


def _cyrillic_lines(data: bytes) -> Iterator[tuple[int, int]]:
    """(start, end) of every line of `data` that holds a D0 or D1 byte."""
    upcoming = [data.find(lead) for lead in _CYRILLIC]
    while True:
        found = [at for at in upcoming if at >= 0]
        if not found:
            return
        at = min(found)
        start = data.rfind(b"\n", 0, at) + 1
        end = data.find(b"\n", at)
        end = len(data) if end < 0 else end
        yield start, end
        upcoming = [
            data.find(lead, end) if 0 <= next_at < end else next_at
            for lead, next_at in zip(_CYRILLIC, upcoming, strict=True)
        ]


def candidate_lines(data: bytes, lines: list[bytes] | None = None) -> np.ndarray:
    """Sorted indexes of the lines of `data` (split at b"\\n", as `lines` has it where given)
    that might hold a term."""
    s = screen()
    positions: list[int] = []
    needles: list[int] = []

    def hit(ident: int, _start: int, end: int, _flags: int, _context: object) -> None:
        if ident < s.always:
            positions.append(end - 1)  # the match's last byte: on the term's line
        else:
            needles.append(ident - s.always)

    s.database.scan(data, match_event_handler=hit)
    found: list[int] = []

    def first(_id: int, _start: int, end: int, _flags: int, _context: object) -> bool:
        found.append(end)
        return True  # one hit is enough: stop scanning the line

    for start, end in _cyrillic_lines(data):
        found.clear()
        with suppress(hyperscan.ScanTerminated):  # raised where `first` stopped the scan
            s.database.scan(data[start:end].translate(FOLD), match_event_handler=first)
        if found:
            positions.append(start)
    for needle in (ALWAYS[n] for n in needles):  # rare: a find per line that has one
        at = data.find(needle)
        while at >= 0:
            positions.append(at)
            newline = data.find(b"\n", at)
            at = data.find(needle, newline + 1) if newline >= 0 else -1
    if not positions:
        return np.zeros(0, dtype=np.intp)
    if lines is None:
        lines = data.split(b"\n")
    lengths = np.fromiter(map(len, lines), dtype=np.intp, count=len(lines))
    newlines = np.cumsum(lengths + 1) - 1
    return np.unique(np.searchsorted(newlines, positions))
