"""Bytes to text: strict UTF-8, refusing binary data and oversized files before reading them."""

from __future__ import annotations

from pathlib import Path

import charset_normalizer

from plenary.ingest.errors import BadInput

MAX_BYTES = 10 * 1024 * 1024
"""Default size limit of one text or HTML file, and of one JSONL line."""

_BOM = b"\xef\xbb\xbf"
_SAMPLE = 8192
_TEXT_CONTROLS = frozenset(b"\t\n\r\f\b\x1b")


def read_bytes(path: Path, limit: int = MAX_BYTES) -> bytes:
    """The file's bytes; its size is checked with stat first so a huge file is never read."""
    size = path.stat().st_size
    if size > limit:
        raise BadInput(f"file too large: {size} bytes (limit {limit})")
    return path.read_bytes()


def decode(data: bytes) -> str:
    """Decode UTF-8 (a leading BOM is dropped), saying where and why when the bytes are not text."""
    refuse_binary(data)
    body = data[len(_BOM) :] if data.startswith(_BOM) else data
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as exc:
        offset = exc.start + (len(data) - len(body))
        raise BadInput(f"invalid UTF-8 at byte offset {offset}{_guess(data)}") from None


def refuse_binary(data: bytes) -> None:
    """Raise BadInput for bytes with a NUL, or mostly control characters in their first 8 KB."""
    nul = data.find(b"\x00")
    if nul >= 0:
        raise BadInput(f"binary file: NUL byte at offset {nul}")
    sample = data[:_SAMPLE]
    controls = sum(1 for b in sample if b < 32 and b not in _TEXT_CONTROLS)
    if sample and controls / len(sample) > 0.1:
        raise BadInput("binary file: mostly control characters")


def _guess(data: bytes) -> str:
    """A hint at the encoding the bytes are probably in, for the error message."""
    best = charset_normalizer.from_bytes(data[: 64 * 1024]).best()
    return f" (looks like {best.encoding}; convert it to UTF-8)" if best else ""
