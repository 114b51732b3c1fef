"""Scoring extracted facts against gold files, exactly as the Scoring section of spec/facts.md says.

The scoring functions are pure (facts in, scores out) so that tests, benchmarks and the CLI
share one definition of a match; `evaluate_paths` adds the reading, extracting and printing.
"""

from __future__ import annotations

import calendar
import math
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz
from rich.console import Console
from rich.table import Table
from unidecode import unidecode

from plenary.reference.names import name_key, same_person
from plenary.spec import (
    KINDS,
    Appointment,
    Article,
    Award,
    Chairmanship,
    Document,
    Fact,
    GoldFile,
    Initiative,
    Meeting,
    MeetingRef,
    Participant,
    Statistic,
    fact_to_dict,
)

SIMILAR = 70.0
"""Token-set similarity (0-100) at or above which titles, awards and subjects are the same."""

VALUE_TOLERANCE = 0.001
"""Statistics match when their values differ by less than 0.1% of the gold value."""

STOP_WORDS = frozenset(
    {
        "a", "an", "the", "of", "in", "on", "at", "for", "to", "from", "by", "with", "and",
        "or", "as", "into", "about", "this", "that", "these", "those", "its", "it", "is",
        "are", "was", "were", "be", "been",
    }
)  # fmt: skip
"""Words that say nothing about which document, award or subject is meant."""

CALIBRATION_BINS: tuple[tuple[float, float], ...] = ((0.0, 0.5), (0.5, 0.7), (0.7, 0.9), (0.9, 1.0))
"""Confidence bins, each [low, high) except the last, which includes 1.0."""

_WORD = re.compile(r"[a-z0-9]+(?:[.,][0-9]+)*")
_SENTENCE_END = re.compile(
    r"(?<=[.!?])(?<!\b[A-Z]\.)(?<!\bSt\.)(?<!\bMr\.)(?<!\bDr\.)\s+(?=[\"'“«(]?[A-Z0-9])|\n+"
)
"""A sentence ends at . ! ? before a capital, but not after an initial or "St." of a name."""


# --- comparisons the keys are made of -------------------------------------------------------


def content_words(text: str) -> list[str]:
    """Lower-cased ASCII words of `text` without stop words: what similarity compares."""
    return [w for w in _WORD.findall(unidecode(text).lower()) if w not in STOP_WORDS]


def similarity(a: str, b: str) -> float:
    """The spec's "similar": token-set similarity after lower-casing and dropping stop words."""
    return float(fuzz.token_set_ratio(" ".join(content_words(a)), " ".join(content_words(b))))


def name_similarity(a: str, b: str) -> float:
    """How close two person names are on their given+family keys; ranks same-person pairs."""
    return float(fuzz.ratio(name_key(a), name_key(b)))


def dates_compatible(a: str | None, b: str | None) -> bool:
    """Either date unknown, or one is a prefix of the other (`2024-10` ~ `2024-10-08`)."""
    return a is None or b is None or a.startswith(b) or b.startswith(a)


def places_compatible(a: str | None, b: str | None) -> bool:
    """Either place unknown, or equal after case-folding."""
    return a is None or b is None or a.casefold() == b.casefold()


def refs_compatible(a: MeetingRef | None, b: MeetingRef | None) -> bool:
    """Meeting links agree where both name one: same body, dates and places compatible."""
    if a is None or b is None:
        return True
    return (
        a.body == b.body
        and dates_compatible(a.date, b.date)
        and places_compatible(a.place, b.place)
    )


def values_close(gold: float, predicted: float) -> bool:
    """Relative difference to the gold value under 0.1% (exact where gold is zero)."""
    if gold == 0:
        return predicted == 0
    return abs(predicted - gold) < VALUE_TOLERANCE * abs(gold)


# --- keys: None where the key does not match, else a similarity that ranks the pair ---------


def _meeting_key(gold: Meeting, pred: Meeting) -> float | None:
    if pred.date is None and pred.place is None and not (gold.date is None and gold.place is None):
        return None
    if gold.body == "bilateral" and set(gold.parties or []) != set(pred.parties or []):
        return None
    ok = (
        gold.body == pred.body
        and gold.planned == pred.planned
        and dates_compatible(gold.date, pred.date)
        and places_compatible(gold.place, pred.place)
    )
    # Exact dates and named places rank above mere compatibility.
    return 98.0 + (gold.date == pred.date) + (gold.place == pred.place) if ok else None


def _participant_key(gold: Participant, pred: Participant) -> float | None:
    same_side = gold.state == pred.state and (gold.state is not None or gold.org == pred.org)
    if not (same_side and same_person(gold.person, pred.person)):
        return None
    if not refs_compatible(gold.meeting, pred.meeting):
        return None
    return name_similarity(gold.person, pred.person)


def _document_key(gold: Document, pred: Document) -> float | None:
    if gold.action != pred.action:
        return None
    score = similarity(gold.title, pred.title)
    return score if score >= SIMILAR else None


def _appointment_key(gold: Appointment, pred: Appointment) -> float | None:
    if gold.action != pred.action or not same_person(gold.person, pred.person):
        return None
    return name_similarity(gold.person, pred.person)


def _award_key(gold: Award, pred: Award) -> float | None:
    if not same_person(gold.recipient, pred.recipient):
        return None
    score = similarity(gold.award, pred.award)
    if score < SIMILAR:
        return None
    return (score + name_similarity(gold.recipient, pred.recipient)) / 2


def _chairmanship_key(gold: Chairmanship, pred: Chairmanship) -> float | None:
    same = (gold.org, gold.state, gold.year) == (pred.org, pred.state, pred.year)
    return 100.0 if same else None


def _statistic_key(gold: Statistic, pred: Statistic) -> float | None:
    if gold.unit != pred.unit or not values_close(gold.value, pred.value):
        return None
    if gold.subject is not None and gold.subject != pred.subject:
        return None
    # Two numbers of the same value are told apart by what they measure.
    return similarity(gold.indicator or "", pred.indicator or "")


def _initiative_key(gold: Initiative, pred: Initiative) -> float | None:
    if not same_person(gold.by, pred.by):
        return None
    score = similarity(gold.subject, pred.subject)
    if score < SIMILAR:
        return None
    return (score + name_similarity(gold.by, pred.by)) / 2


_KEYS: dict[str, Callable[[Any, Any], float | None]] = {
    "meeting": _meeting_key,
    "participant": _participant_key,
    "document": _document_key,
    "appointment": _appointment_key,
    "award": _award_key,
    "chairmanship": _chairmanship_key,
    "statistic": _statistic_key,
    "initiative": _initiative_key,
}


def key_match(gold: Fact, pred: Fact) -> float | None:
    """The spec's key match: None where `pred` is not `gold`, else how close the pair is."""
    if gold.kind != pred.kind:
        return None
    return _KEYS[gold.kind](gold, pred)


# --- attributes outside the key ---------------------------------------------------------------


def _same_text(a: str | None, b: str | None) -> bool:
    return (a or "").casefold().strip() == (b or "").casefold().strip()


def _links_agree(gold: MeetingRef | None, pred: MeetingRef | None) -> bool:
    """A meeting link is right when both name a compatible meeting, or neither names one."""
    return (gold is None) == (pred is None) and refs_compatible(gold, pred)


_ATTRIBUTES: dict[str, dict[str, Callable[[Any, Any], bool]]] = {
    "meeting": {"formats": lambda g, p: set(g.formats) == set(p.formats)},
    "participant": {
        "role": lambda g, p: _same_text(g.role, p.role),
        "meeting": lambda g, p: _links_agree(g.meeting, p.meeting),
    },
    "document": {
        "states": lambda g, p: set(g.states) == set(p.states),
        "meeting": lambda g, p: _links_agree(g.meeting, p.meeting),
    },
    "statistic": {
        "period": lambda g, p: g.period == p.period,
        "qualifier": lambda g, p: g.qualifier == p.qualifier,
    },
}


def attribute_checks(gold: Fact, pred: Fact) -> dict[str, bool]:
    """For a matched pair, whether each field outside the key agrees (field → correct)."""
    checks = {name: check(gold, pred) for name, check in _ATTRIBUTES.get(gold.kind, {}).items()}
    if gold.kind != "meeting":
        checks["planned"] = gold.planned == pred.planned
    return checks


def _agreement(gold: Fact, pred: Fact) -> float:
    """Share of attributes that agree: breaks ties between equally similar candidates."""
    checks = attribute_checks(gold, pred)
    return sum(checks.values()) / len(checks) if checks else 0.0


# --- matching one article ---------------------------------------------------------------------


@dataclass(frozen=True)
class Match:
    """A gold fact and the predicted fact assigned to it."""

    gold: Fact
    predicted: Fact


@dataclass
class ArticleScore:
    """The outcome of one article: which facts matched, which gold was missed, which was false."""

    matches: list[Match] = field(default_factory=list)
    optional_matches: list[Match] = field(default_factory=list)
    """Optional gold found: neither a hit nor a false alarm."""
    missed: list[Fact] = field(default_factory=list)
    false: list[Fact] = field(default_factory=list)


def score_article(gold: Sequence[Fact], predicted: Sequence[Fact]) -> ArticleScore:
    """Match predicted facts to gold one-to-one, greedily, best pair first.

    Required gold is served before optional gold, so that a prediction which fits both counts
    as a hit; among pairs of equal rank, the closer key, then more agreeing attributes, then the
    closer wording overall win (token-set similarity calls a title and its superset equal).
    """
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            score = key_match(g, p)
            if score is not None:
                wording = fuzz.token_sort_ratio(describe(g), describe(p))
                candidates.append((not g.optional, score, _agreement(g, p), wording, -gi, -pi))
    candidates.sort(reverse=True)
    taken_gold: set[int] = set()
    taken_pred: set[int] = set()
    result = ArticleScore()
    for *_, neg_gi, neg_pi in candidates:
        gi, pi = -neg_gi, -neg_pi
        if gi in taken_gold or pi in taken_pred:
            continue
        taken_gold.add(gi)
        taken_pred.add(pi)
        match = Match(gold[gi], predicted[pi])
        (result.optional_matches if gold[gi].optional else result.matches).append(match)
    result.missed = [g for i, g in enumerate(gold) if i not in taken_gold and not g.optional]
    result.false = [p for i, p in enumerate(predicted) if i not in taken_pred]
    return result


# --- aggregation ------------------------------------------------------------------------------


def _ratio(num: int, den: int) -> float:
    return num / den if den else 0.0


@dataclass
class Counts:
    """Hits, false alarms and misses of one kind (or all kinds), and the rates they give."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    optional: int = 0

    @property
    def gold(self) -> int:
        """Required gold facts: the ones recall is measured on."""
        return self.tp + self.fn

    @property
    def predicted(self) -> int:
        return self.tp + self.fp + self.optional

    @property
    def precision(self) -> float:
        return _ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float:
        return _ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.optional += other.optional

    def to_dict(self) -> dict[str, Any]:
        return {
            "gold": self.gold,
            "predicted": self.predicted,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "optional": self.optional,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


def kind_counts(scores: Iterable[ArticleScore]) -> dict[str, Counts]:
    """Per-kind counts over all articles, in the spec's order of kinds, seen kinds only."""
    counts: dict[str, Counts] = defaultdict(Counts)
    for s in scores:
        for m in s.matches:
            counts[m.gold.kind].tp += 1
        for m in s.optional_matches:
            counts[m.gold.kind].optional += 1
        for f in s.false:
            counts[f.kind].fp += 1
        for f in s.missed:
            counts[f.kind].fn += 1
    return {k: counts[k] for k in KINDS if k in counts}


def micro(counts: dict[str, Counts]) -> Counts:
    """Micro-average: the kinds' counts summed, so every fact weighs the same."""
    total = Counts()
    for c in counts.values():
        total.add(c)
    return total


@dataclass
class Tally:
    correct: int = 0
    total: int = 0

    @property
    def accuracy(self) -> float:
        return _ratio(self.correct, self.total)


def attribute_accuracy(scores: Iterable[ArticleScore]) -> dict[str, Tally]:
    """`kind.field` → how often matched facts got that non-key field right."""
    tallies: dict[str, Tally] = defaultdict(Tally)
    for s in scores:
        for m in s.matches:
            for name, ok in attribute_checks(m.gold, m.predicted).items():
                tally = tallies[f"{m.gold.kind}.{name}"]
                tally.total += 1
                tally.correct += ok
    return dict(sorted(tallies.items(), key=lambda kv: (KINDS.index(kv[0].split(".")[0]), kv[0])))


@dataclass(frozen=True)
class CalibrationBin:
    low: float
    high: float
    count: int
    correct: int

    @property
    def precision(self) -> float:
        return _ratio(self.correct, self.count)

    @property
    def label(self) -> str:
        closing = "]" if self.high >= 1.0 else ")"
        return f"[{self.low:.1f}, {self.high:.1f}{closing}"


def _bin_index(confidence: float) -> int:
    for i, (low, high) in enumerate(CALIBRATION_BINS):
        if low <= confidence < high:
            return i
    return len(CALIBRATION_BINS) - 1 if confidence >= 1.0 else 0


def calibration(scores: Iterable[ArticleScore]) -> list[CalibrationBin]:
    """Share of predictions that hit gold, per confidence bin: is confidence 0.9 right 90%?

    Predictions consumed by optional gold are neither right nor wrong and stay out.
    """
    counts = [0] * len(CALIBRATION_BINS)
    correct = [0] * len(CALIBRATION_BINS)
    for s in scores:
        outcomes = [(m.predicted, True) for m in s.matches] + [(f, False) for f in s.false]
        for fact, hit in outcomes:
            if fact.confidence is not None:
                i = _bin_index(fact.confidence)
                counts[i] += 1
                correct[i] += hit
    return [
        CalibrationBin(low, high, counts[i], correct[i])
        for i, (low, high) in enumerate(CALIBRATION_BINS)
    ]


# --- finding the sentence a fact comes from ---------------------------------------------------


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of `text`: a plain split, good enough to show context."""
    spans, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        if text[start : m.start()].strip():
            spans.append((start, m.start()))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


def _format_value(value: float) -> str:
    """16.0 as a report writes it: 16."""
    return str(int(value)) if float(value).is_integer() else str(value)


def _date_words(date: str | None) -> str:
    """`2023-10-13` as a report writes it: `2023 October 13`."""
    parts = (date or "").split("-")
    if len(parts) > 1 and parts[1].isdigit() and 1 <= int(parts[1]) <= 12:
        parts[1] = calendar.month_name[int(parts[1])]
    if len(parts) > 2 and parts[2].isdigit():
        parts[2] = str(int(parts[2]))
    return " ".join(parts)


def fact_words(fact: Fact) -> str:
    """The words of a fact that its sentence would contain: names, titles, places, numbers."""
    if isinstance(fact, Meeting):
        return " ".join([fact.body.replace("-", " "), fact.place or "", _date_words(fact.date)])
    if isinstance(fact, Participant):
        return f"{fact.person} {fact.role or ''}"
    if isinstance(fact, Document):
        return fact.title
    if isinstance(fact, Appointment):
        return f"{fact.person} {fact.post or ''}"
    if isinstance(fact, Award):
        return f"{fact.recipient} {fact.award}"
    if isinstance(fact, Chairmanship):
        return f"{fact.org} chairmanship {fact.year or ''}"
    if isinstance(fact, Statistic):
        return f"{_format_value(fact.value)} {fact.indicator or ''}"
    return f"{fact.by} {fact.subject}"


def _contains(sentence: set[str], word: str) -> bool:
    """A word is in a sentence, spellings tolerated (Ilhom ~ Ilkhom)."""
    return word in sentence or any(fuzz.ratio(word, s) >= 80 for s in sentence)


def _rarity(word: str) -> float:
    """Numbers name a statistic or a date far more surely than words do."""
    return 3.0 if any(c.isdigit() for c in word) else 1.0


def best_sentence(text: str, fact: Fact) -> str | None:
    """The sentence that best contains a fact: around its span if it has one, else by search.

    The search weighs each word of the fact by how few sentences contain it, so a place or a
    name outweighs words every sentence of a summit report has ("CIS", "heads", "state").
    """
    spans = sentence_spans(text)
    if fact.span is not None:
        for start, end in spans:
            if start <= fact.span[0] < end:
                return text[start:end].strip()
    needle = {w for w in content_words(fact.quote or fact_words(fact)) if len(w) > 1}
    if not needle or not spans:
        return None
    sentences = [set(content_words(text[a:b])) for a, b in spans]
    hits = [{w for w in needle if _contains(sentence, w)} for sentence in sentences]
    df = Counter(w for found in hits for w in found)

    def weight(i: int) -> float:
        return sum(_rarity(w) * math.log(1 + len(spans) / df[w]) for w in hits[i])

    best = max(range(len(spans)), key=weight)
    return text[spans[best][0] : spans[best][1]].strip() if hits[best] else None


def describe(fact: Fact) -> str:
    """A fact's key fields, compactly, for an error listing."""
    data = fact_to_dict(fact)
    skip = {"kind", "span", "quote", "confidence", "optional", "formats", "role", "period"}
    parts = []
    for name, value in data.items():
        if name in skip or value in (None, [], False):
            continue
        if isinstance(value, float):
            value = _format_value(value)
        elif isinstance(value, dict):
            value = "/".join(str(v) for v in value.values() if v)
        elif isinstance(value, list):
            value = ",".join(str(v) for v in value)
        parts.append(f"{name}={value}")
    return " ".join(parts)


# --- reading, extracting, reporting -----------------------------------------------------------


@dataclass
class ArticleResult:
    """One scored article, kept with its text so errors can be shown in context."""

    article: Article
    score: ArticleScore


@dataclass
class EvaluationReport:
    """The scores of a run over many articles, printable for people and as a dict for tools."""

    results: list[ArticleResult]
    warnings: list[str] = field(default_factory=list)

    @property
    def scores(self) -> list[ArticleScore]:
        return [r.score for r in self.results]

    @property
    def counts(self) -> dict[str, Counts]:
        return kind_counts(self.scores)

    @property
    def micro(self) -> Counts:
        return micro(self.counts)

    def to_dict(self) -> dict[str, Any]:
        """Everything the printed report says, as plain JSON-able data."""
        return {
            "articles": [_article_dict(r) for r in self.results],
            "kinds": {kind: c.to_dict() for kind, c in self.counts.items()},
            "micro": self.micro.to_dict(),
            "attributes": {
                name: {"correct": t.correct, "total": t.total, "accuracy": round(t.accuracy, 4)}
                for name, t in attribute_accuracy(self.scores).items()
            },
            "calibration": [
                {
                    "bin": b.label,
                    "low": b.low,
                    "high": b.high,
                    "count": b.count,
                    "precision": round(b.precision, 4),
                }
                for b in calibration(self.scores)
            ],
            "warnings": self.warnings,
        }

    def print(self, errors: bool = False, console: Console | None = None) -> None:
        """Tables for people; the very last line is `micro-F1 0.xxx` for tools."""
        console = console or Console(highlight=False)
        if errors:
            for result in self.results:
                _print_errors(console, result)
        console.print(_kinds_table(self.counts, self.micro))
        attributes = attribute_accuracy(self.scores)
        if attributes:
            console.print(_attributes_table(attributes))
        bins = calibration(self.scores)
        if any(b.count for b in bins):
            console.print(_calibration_table(bins))
        console.file.write(f"micro-F1 {self.micro.f1:.3f}\n")
        console.file.flush()


def _article_dict(result: ArticleResult) -> dict[str, Any]:
    score = result.score
    return {
        "article": result.article.name,
        "matched": len(score.matches),
        "optional_matched": len(score.optional_matches),
        "missed": [fact_to_dict(f) for f in score.missed],
        "false": [fact_to_dict(f) for f in score.false],
    }


def _print_errors(console: Console, result: ArticleResult) -> None:
    score = result.score
    if not (score.missed or score.false):
        return
    console.rule(result.article.name)
    for label, facts in (("missed", score.missed), ("false", score.false)):
        for fact in facts:
            console.print(f"{label} {fact.kind}: {describe(fact)}", markup=False)
            sentence = best_sentence(result.article.text, fact)
            if sentence:
                console.print(f"    “{sentence}”", markup=False, style="dim")


def _kinds_table(counts: dict[str, Counts], total: Counts) -> Table:
    table = Table(title="Facts per kind", caption="opt: optional gold found, not counted")
    for name in ("kind", "gold", "predicted", "TP", "FP", "FN", "opt", "P", "R", "F1"):
        table.add_column(name, justify="left" if name == "kind" else "right")
    rows = [*counts.items(), ("micro", total)]
    for kind, c in rows:
        table.add_row(
            kind,
            *(str(n) for n in (c.gold, c.predicted, c.tp, c.fp, c.fn, c.optional)),
            *(f"{x:.3f}" for x in (c.precision, c.recall, c.f1)),
            end_section=kind == rows[-2][0] if len(rows) > 1 else False,
        )
    return table


def _attributes_table(tallies: dict[str, Tally]) -> Table:
    table = Table(title="Attribute accuracy of matched facts")
    for name in ("field", "correct", "total", "accuracy"):
        table.add_column(name, justify="left" if name == "field" else "right")
    for name, t in tallies.items():
        table.add_row(name, str(t.correct), str(t.total), f"{t.accuracy:.3f}")
    return table


def _calibration_table(bins: list[CalibrationBin]) -> Table:
    table = Table(title="Calibration by confidence")
    for name in ("confidence", "count", "precision"):
        table.add_column(name, justify="left" if name == "confidence" else "right")
    for b in bins:
        table.add_row(b.label, str(b.count), f"{b.precision:.3f}" if b.count else "-")
    return table


class GoldError(ValueError):
    """A gold file that cannot be read: scoring without it would silently change the score."""


def load_gold(gold_dir: Path) -> dict[str, GoldFile]:
    """Every gold file under `gold_dir`, by article name; a duplicate article is an error."""
    gold: dict[str, GoldFile] = {}
    for path in sorted(gold_dir.rglob("*.json")):
        if path.name.endswith(".meta.json"):
            continue
        try:
            gold_file = GoldFile.load(str(path))
        except (ValueError, KeyError) as exc:
            raise GoldError(f"{path}: not a gold file: {exc}") from exc
        if gold_file.article in gold:
            raise GoldError(f"{path}: a second gold file for {gold_file.article}")
        gold[gold_file.article] = gold_file
    return gold


def evaluate_paths(
    gold_dir: Path, paths: Sequence[Path], language: str | None = None
) -> EvaluationReport:
    """Extract every article under `paths` and score those that have a gold file.

    With `language` (an ISO 639-1 code), only articles in that language are scored, so that
    each language's pipeline is measured on its own; their gold files are not missed.
    Articles without gold, gold without an article and unreadable inputs are warned about on
    stderr and kept in `report.warnings`.
    """
    from plenary.extract import extract
    from plenary.ingest import IngestError, read_paths

    gold = load_gold(gold_dir)
    report = EvaluationReport(results=[])
    seen: set[str] = set()
    for item in read_paths(paths):
        if isinstance(item, IngestError):
            report.warnings.append(f"unreadable: {item}")
        elif language is not None and item.language != language:
            seen.add(item.name)
        elif item.name not in gold:
            report.warnings.append(f"no gold file for article {item.name}")
        else:
            seen.add(item.name)
            score = score_article(gold[item.name].facts, extract(item))
            report.results.append(ArticleResult(item, score))
    report.warnings += [f"no article for gold file of {name}" for name in gold if name not in seen]
    for warning in report.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    return report


def calibration_outcomes(
    gold_dirs: Sequence[Path], paths: Sequence[Path]
) -> list[tuple[Fact, bool]]:
    """(uncalibrated prediction, matched gold) for every prediction with a confidence."""
    from plenary.extract import extract
    from plenary.ingest import IngestError, read_paths

    gold: dict[str, GoldFile] = {}
    for gold_dir in gold_dirs:
        found = load_gold(gold_dir)
        if twice := sorted(set(found) & set(gold)):
            raise GoldError(f"{gold_dir}: gold files given twice: {', '.join(twice[:3])}")
        gold.update(found)
    outcomes: list[tuple[Fact, bool]] = []
    for item in read_paths(paths):
        if isinstance(item, IngestError) or item.name not in gold:
            continue
        score = score_article(gold[item.name].facts, extract(item, calibrated=False))
        for fact, hit in [(m.predicted, True) for m in score.matches] + [
            (f, False) for f in score.false
        ]:
            if fact.confidence is not None:
                outcomes.append((fact, hit))
    return outcomes
