"""The fact kinds of `spec/facts.md` as typed records, and their JSON form.

Every stage speaks these types: the extractor produces them, gold files are parsed into them,
the store keeps them as JSON, the registry reconciles them.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter

BODIES: dict[str, str | None] = {
    "cis-heads-of-state": "cis",
    "cis-heads-of-government": "cis",
    "cis-foreign-ministers": "cis",
    "cis-interparliamentary-assembly": "cis",
    "eaeu-supreme-council": "eaeu",
    "eaeu-intergovernmental-council": "eaeu",
    "csto-collective-security-council": "csto",
    "sco-heads-of-state": "sco",
    "sco-heads-of-government": "sco",
    "brics-summit": "brics",
    "union-state-supreme-council": "union-state",
    "bilateral": None,
}
"""Body id → organization id: the controlled vocabulary gold uses."""

FORMATS = ("narrow", "extended", "informal")
DOCUMENT_ACTIONS = ("signed", "ratified", "adopted", "reviewed", "in-force")
APPOINTMENT_ACTIONS = ("appointed", "extended", "dismissed")
UNITS = ("%", "RUB", "USD", "EUR", "count")
QUALIFIERS = ("over", "under", "about")


class MeetingRef(BaseModel):
    """A meeting named by body and date and/or place, as participants and documents cite it."""

    model_config = ConfigDict(extra="ignore")
    body: str | None = None
    date: str | None = None
    place: str | None = None


class FactBase(BaseModel):
    """Fields every fact may carry: tense, provenance and, in gold only, `optional`."""

    model_config = ConfigDict(extra="ignore")
    planned: bool = False
    optional: bool = False
    span: tuple[int, int] | None = None
    quote: str | None = None
    confidence: float | None = None


class Meeting(FactBase):
    kind: Literal["meeting"] = "meeting"
    body: str
    date: str | None = None
    place: str | None = None
    formats: list[str] = Field(default_factory=list)
    parties: list[str] | None = None


class Participant(FactBase):
    kind: Literal["participant"] = "participant"
    person: str
    state: str | None = None
    org: str | None = None
    role: str | None = None
    meeting: MeetingRef | None = None


class Document(FactBase):
    kind: Literal["document"] = "document"
    title: str
    action: str
    states: list[str] = Field(default_factory=list)
    meeting: MeetingRef | None = None


class Appointment(FactBase):
    kind: Literal["appointment"] = "appointment"
    person: str
    post: str | None = None
    action: str = "appointed"


class Award(FactBase):
    kind: Literal["award"] = "award"
    recipient: str
    award: str
    by: str | None = None


class Chairmanship(FactBase):
    kind: Literal["chairmanship"] = "chairmanship"
    org: str
    state: str
    year: int | None = None


class Statistic(FactBase):
    kind: Literal["statistic"] = "statistic"
    indicator: str | None = None
    subject: str | None = None
    value: float
    unit: str | None = None
    qualifier: str | None = None
    period: str | None = None


class Initiative(FactBase):
    kind: Literal["initiative"] = "initiative"
    by: str
    state: str | None = None
    subject: str


Fact = Annotated[
    Meeting | Participant | Document | Appointment | Award | Chairmanship | Statistic | Initiative,
    Field(discriminator="kind"),
]
KINDS = (
    "meeting",
    "participant",
    "document",
    "appointment",
    "award",
    "chairmanship",
    "statistic",
    "initiative",
)

_FACT_ADAPTER: TypeAdapter[Fact] = TypeAdapter(Fact)


def fact_from_dict(data: dict[str, Any]) -> Fact:
    """Parse one fact as the spec writes it; raises pydantic.ValidationError on bad input."""
    return _FACT_ADAPTER.validate_python(data)


def fact_to_dict(fact: FactBase) -> dict[str, Any]:
    """The spec's JSON form: kind first, no `optional` unless set, span as a list."""
    data = fact.model_dump(mode="json", exclude={"optional"} if not fact.optional else set())
    if data.get("parties") is None and data.get("kind") == "meeting":
        data.pop("parties", None)
    ordered = {"kind": data.pop("kind")}
    ordered.update(data)
    return ordered


@dataclass(frozen=True)
class Article:
    """One article as ingested: clean text (spans index into it) plus metadata."""

    name: str
    """File name (or `FILE:LINE` for JSONL): the `article` key of extract output and gold."""
    text: str
    source: str = ""
    title: str | None = None
    published: str | None = None
    outlet: str | None = None
    url: str | None = None
    language: str | None = None

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass
class GoldFile:
    """A gold file: the facts an analyst extracts from one article."""

    article: str
    published: str | None
    facts: list[Fact] = field(default_factory=list)

    @classmethod
    def load(cls, path: str) -> GoldFile:
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
        return cls(
            article=data["article"],
            published=data.get("published"),
            facts=[fact_from_dict(f) for f in data.get("facts", [])],
        )
