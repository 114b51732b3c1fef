"""Article metadata from a header block at the top of a text and from a `.meta.json` sidecar."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from pathlib import Path

from plenary.ingest.dates import normalize_published
from plenary.ingest.errors import BadInput

FIELDS = ("title", "published", "outlet", "url", "language")
"""The metadata an Article carries besides its text."""

SIDECAR_SUFFIX = ".meta.json"

Meta = dict[str, str]

_HEADER_LINE = re.compile(r"([A-Za-z][A-Za-z_-]*):[ \t]*(.*?)[ \t]*")
_SEPARATOR = re.compile(r"---+[ \t]*")


def split_header(text: str) -> tuple[Meta, str]:
    """Split a `KEY: value` header block ended by `---` from the text; no block, no change.

    Only a block that starts on the first line and is closed by `---` counts, so a report whose
    first line happens to contain a colon stays whole.
    """
    lines = text.split("\n")
    raw: Meta = {}
    for index, line in enumerate(lines):
        if _SEPARATOR.fullmatch(line):
            if not raw:
                return {}, text
            return checked(raw, "header block"), "\n".join(lines[index + 1 :])
        match = _HEADER_LINE.fullmatch(line)
        if not match:
            return {}, text
        raw[match[1].lower()] = match[2]
    return {}, text


def sidecar_path(path: Path) -> Path:
    return path.with_name(path.name + SIDECAR_SUFFIX)


def read_sidecar(path: Path) -> Meta:
    """The metadata of the sidecar beside `path`, or nothing when there is none."""
    sidecar = sidecar_path(path)
    if not sidecar.is_file():
        return {}
    try:
        data = json.loads(sidecar.read_bytes())
    except (ValueError, OSError) as exc:
        raise BadInput(f"malformed sidecar: {exc}", source=str(sidecar)) from None
    if not isinstance(data, dict):
        raise BadInput("malformed sidecar: not a JSON object", source=str(sidecar))
    try:
        return checked(data, "sidecar")
    except BadInput as exc:
        raise BadInput(exc.message, source=str(sidecar)) from None


def checked(data: Mapping[str, object], where: str) -> Meta:
    """Keep the known, non-empty fields; normalize `published` and `language` or refuse them."""
    meta: Meta = {}
    for key in FIELDS:
        value = data.get(key)
        if value is None or value == "":
            continue
        if not isinstance(value, str):
            raise BadInput(f"{where}: {key} must be a string, not {type(value).__name__}")
        meta[key] = value.strip()
    if "published" in meta:
        try:
            meta["published"] = normalize_published(meta["published"])
        except ValueError as exc:
            raise BadInput(f"{where}: published: {exc}") from None
    if "language" in meta:
        meta["language"] = meta["language"].lower()
    return meta
