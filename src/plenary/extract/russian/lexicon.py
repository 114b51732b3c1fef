"""The Russian cue words (`lexicon.yaml`) as compiled patterns."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from typing import Any

import yaml


@cache
def lexicon() -> dict[str, Any]:
    text = resources.files("plenary.extract.russian").joinpath("lexicon.yaml").read_text("utf-8")
    data: dict[str, Any] = yaml.safe_load(text)
    return data


@cache
def pattern(name: str) -> re.Pattern[str]:
    """The lexicon's pattern `name`; a folded block's line breaks become spaces after its "|",
    which are dropped (spaces inside an alternative, "проходить будет", stay)."""
    return re.compile(re.sub(r"\s*\|\s*", "|", lexicon()[name].strip()), re.I)


@cache
def patterns(name: str) -> dict[str, re.Pattern[str]]:
    """A mapping of the lexicon's (`levels`, `formats`): each value's pattern by its key."""
    return {key: re.compile(value, re.I) for key, value in lexicon()[name].items()}
