"""A screen in front of the prefilter: which lines of a chunk of raw JSONL might hold a term, found
for the whole chunk at once with numpy (a few passes over its bytes), so that the exact
Aho-Corasick check (`prefilter.relevant_line`) only reads those lines.

The chunk's bytes are folded: ASCII letters to lower case, digits kept, the lead bytes of
Cyrillic letters made one byte and their second bytes reduced to the low four bits (so that
upper and lower case fold alike), every other byte a space or, inside a multi-byte character, a
small value. A term folded the same way (up to 16 bytes of it, with a space after a shorter one)
must then stand at a word start: a byte that is a letter, digit or Cyrillic lead, after one that
is neither a letter or digit nor the end of a Cyrillic letter (or after a JSON escape such as
`\\n`). Each word start is looked up
twice: its first four bytes in a hashed table of the terms' first four, then its first 16 (as
many as the term has) in a hashed table of the terms of each length.

It only ever keeps too much: a line the exact check would call relevant is always kept. Terms
whose first letters fold to nothing usable (`Erdoğan`) are found by their non-ASCII letter
instead, and lines with `\\u` escapes, or with the two characters whose lower case is ASCII
(`İ`, the Kelvin sign), are always kept.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import numpy as np

from plenary.batch.terms import terms

KEY = 16
"""Bytes of a folded term compared."""
TABLE_BITS = 20
ALWAYS = (b"\\u", "İ".encode(), "\u212a".encode())
"""Lines with these are always kept: JSON escapes hide letters; İ and the Kelvin sign lower to
ASCII letters."""


def _fold_table() -> bytes:
    table = bytearray(b" " * 256)
    for c in range(256):
        if 65 <= c <= 90:
            table[c] = c + 32
        elif 97 <= c <= 122 or 48 <= c <= 57:
            table[c] = c
        elif c in (0xD0, 0xD1):
            table[c] = 0xD0
        elif 0x80 <= c <= 0xBF:
            table[c] = 1 + (c & 0x0F)
    return bytes(table)


FOLD = _fold_table()
WORD = 0x30
"""Folded bytes from here up are letters, digits and Cyrillic leads; below, spaces and the rest."""
_ESCAPES = np.zeros(256, dtype=bool)
_ESCAPES[[ord(c) for c in "ntrbf"]] = True
_LOW32 = np.uint64(0xFFFFFFFF)
_MIX = np.uint64(0x9E3779B97F4A7C15)
_MIX_HI = np.uint64(0xC2B2AE3D27D4EB4F)


def _clean(char: str) -> bool:
    return char.isascii() or "\u0400" <= char <= "\u045f"


def term_key(text: str) -> bytes | None:
    """The folded bytes a term's occurrence starts with (None: too few to be useful)."""
    clean = ""
    for char in text:
        if not _clean(char):
            break
        clean += char
    key = clean.encode("utf-8").translate(FOLD)
    if clean == text:
        key += b" "
    key = key[:KEY]
    return key if len(key) >= 4 and key[0] >= WORD else None


def _mask(n: int) -> np.uint64:
    return np.uint64((1 << (8 * n)) - 1) if n < 8 else np.uint64(0xFFFFFFFFFFFFFFFF)


def _slot(lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
    with np.errstate(over="ignore"):
        mixed: np.ndarray = lo * _MIX + hi * _MIX_HI
    return np.right_shift(mixed, np.uint64(64 - TABLE_BITS)).astype(np.intp)


def _first4(lo: np.ndarray) -> np.ndarray:
    with np.errstate(over="ignore"):
        mixed = ((lo & _LOW32) * np.uint64(0x9E3779B1)) & _LOW32
    return (mixed >> np.uint64(8)).astype(np.intp)


@dataclass(frozen=True)
class Screen:
    prefixes: np.ndarray
    """bool, 2**24: the hashed first four folded bytes of some term."""
    lengths: dict[int, np.ndarray]
    """key length → bool, 2**TABLE_BITS: hashed keys of the terms of that length."""
    long: np.ndarray
    """bool, 2**TABLE_BITS: the hashed first eight bytes of the keys of eight bytes or more."""
    markers: tuple[bytes, ...]
    """Letters (both cases) of terms without a useful key."""


@cache
def screen() -> Screen:
    texts = {t.text for t in terms()}
    keys: set[bytes] = set()
    markers: set[bytes] = set()
    for text in texts:
        if text.startswith("the ") and text[4:] in texts:
            continue  # "the union state" is found by "union state"
        key = term_key(text)
        if key is not None:
            keys.add(key)
            continue
        letter = next((c for c in text if not _clean(c)), None)
        if letter is None:
            raise ValueError(f"prefilter term too short to screen: {text!r}")
        markers |= {letter.encode(), letter.upper().encode(), letter.lower().encode()}
    prefixes = np.zeros(1 << 24, dtype=bool)
    lengths: dict[int, np.ndarray] = {}
    long = np.zeros(1 << TABLE_BITS, dtype=bool)
    for key in keys:
        padded = key.ljust(KEY, b"\0")
        lo = np.array([int.from_bytes(padded[:8], "little")], dtype=np.uint64)
        hi = np.array([int.from_bytes(padded[8:], "little")], dtype=np.uint64)
        prefixes[_first4(lo)] = True
        table = lengths.setdefault(len(key), np.zeros(1 << TABLE_BITS, dtype=bool))
        table[_slot(lo, hi)] = True
        if len(key) >= 8:
            long[_slot(lo, hi * 0)] = True
    return Screen(prefixes, dict(sorted(lengths.items())), long, tuple(sorted(markers)))


def candidate_lines(data: bytes) -> np.ndarray:
    """Sorted indexes of the lines of `data` (split at b"\\n") that might hold a term."""
    s = screen()
    size = len(data)
    # Two spaces in front, so that byte[p + 2] is the folded byte at p of `data`.
    folded = b"  " + data.translate(FOLD) + b"\0" * (KEY + 8)
    byte = np.frombuffer(folded, dtype=np.uint8)
    word = byte >= WORD
    # A word start: a word byte after a non-word byte which does not end a Cyrillic letter.
    starts = np.flatnonzero(word[2 : size + 2] & ~word[1 : size + 1] & (byte[:size] != 0xD0))
    raw = np.frombuffer(data, dtype=np.uint8)
    slashes = np.flatnonzero(raw[: max(0, size - 2)] == 92)
    if len(slashes):  # a word right after a JSON escape such as \n
        after = slashes[_ESCAPES[raw[slashes + 1]] & word[slashes + 4]] + 2
        starts = np.concatenate([starts, after])
    words = np.ndarray(shape=(size + KEY,), dtype="<u8", buffer=folded, strides=(1,))
    lo = words[starts + 2]
    keep = s.prefixes[_first4(lo)]
    starts, lo = starts[keep], lo[keep]
    zero = np.zeros(len(starts), dtype=np.uint64)
    hit = np.zeros(len(starts), dtype=bool)
    for n in range(4, 8):  # short keys: their first n bytes
        if n in s.lengths:
            hit |= s.lengths[n][_slot(lo & _mask(n), zero)]
    longer = np.flatnonzero(s.long[_slot(lo, zero)])  # long keys: 8 bytes, then the rest
    lo, hi = lo[longer], words[starts[longer] + 10]
    for n in range(8, KEY + 1):
        if n in s.lengths:
            hit[longer] |= s.lengths[n][_slot(lo, hi & _mask(n - 8) if n > 8 else hi * 0)]
    found = [starts[hit]]
    found.append(slashes[raw[slashes + 1] == ord("u")])  # \u escapes
    found += _marked(data, raw, s.markers)
    newlines = np.flatnonzero(raw == 10)
    return np.unique(np.searchsorted(newlines, np.concatenate(found)))


def _marked(data: bytes, raw: np.ndarray, markers: tuple[bytes, ...]) -> list[np.ndarray]:
    """Where a marker letter or one of ALWAYS' characters stands (their first two bytes, found
    among the positions of their lead bytes in one pass)."""
    leads, wanted = _needles(markers)
    at = np.flatnonzero(np.frombuffer(data.translate(leads), dtype=np.uint8))
    at = at[at + 1 < len(data)]
    pairs = (raw[at].astype(np.uint16) << 8) | raw[at + 1]
    return [at[np.isin(pairs, wanted)]]


@cache
def _needles(markers: tuple[bytes, ...]) -> tuple[bytes, np.ndarray]:
    """A translate table marking the needles' lead bytes, and their first two bytes."""
    needles = ALWAYS[1:] + markers
    leads = bytes(1 if any(n[0] == c for n in needles) else 0 for c in range(256))
    return leads, np.array(sorted({(n[0] << 8) | n[1] for n in needles}), dtype=np.uint16)
