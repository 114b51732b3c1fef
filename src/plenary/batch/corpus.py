"""The benchmark archive: the project's example reports, reprints of them with small edits, and
unrelated stories, at a realistic ratio, deterministic for a seed, with its ground truth.

The archive is written line by line (constant memory whatever its size). Each original opens a
"story": its reprints follow within the next few stories' span, as agency copy spreads over a
news cycle. An original keeps its report's outlet (a press service's readout is the press
service's, as the extractor reads it); its reprints appear in other outlets. The truth file
beside it (`FILE.truth.json`) names the relevant ids, the original of every reprint and its
edits, and the sessions and documents the originals' gold files expect.
"""

from __future__ import annotations

import json
import math
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from plenary.batch.unrelated import unrelated_story
from plenary.batch.variants import Edit, correct_figure, drop_sentence, new_headline, reword
from plenary.ingest import IngestError, read_paths
from plenary.spec import Article, GoldFile

OUTLETS = (
    "Caspian Wire",
    "Steppe Daily",
    "Volga Courier",
    "Eurasia Desk",
    "Transit Times",
    "Silk Road Monitor",
    "Northern Herald",
    "Baltic Ledger",
    "Pamir Post",
    "Amur Bulletin",
)
STORY_SPREAD = 3.0
"""A story's reprints fall within this many stories after its original."""


@dataclass(frozen=True)
class Original:
    article: Article
    published: str | None
    expected: dict[str, list[dict[str, Any]]]


def load_originals(reports: Path, gold: Path) -> list[Original]:
    """Every example report under `reports`, its date filled from its gold file where the report
    has none, with the sessions and documents the gold file lists."""
    gold_files = {p.name.removesuffix(".json"): p for p in sorted(gold.rglob("*.json"))}
    found: list[Original] = []
    for item in read_paths([reports]):
        if isinstance(item, IngestError):
            raise ValueError(f"cannot read an example report: {item}")
        g = GoldFile.load(str(gold_files[item.name])) if item.name in gold_files else None
        found.append(Original(item, item.published or (g.published if g else None), _expected(g)))
    return found


def _expected(gold: GoldFile | None) -> dict[str, list[dict[str, Any]]]:
    sessions: list[dict[str, Any]] = []
    documents: list[dict[str, Any]] = []
    for fact in gold.facts if gold else ():
        if fact.kind == "meeting":
            sessions.append(
                {"body": fact.body, "date": fact.date, "place": fact.place, "planned": fact.planned}
            )
        elif fact.kind == "document":
            documents.append({"title": fact.title, "action": fact.action, "states": fact.states})
    return {"sessions": sessions, "documents": documents}


def plan(n_articles: int, n_examples: int, ratio: float, rng: random.Random) -> list[int]:
    """The relevant stream: a list of example indexes, an index's first appearance its original,
    the rest its reprints, each within STORY_SPREAD stories of the original."""
    relevant = min(n_articles, max(1, round(n_articles * ratio))) if n_articles else 0
    stories = min(n_examples, max(1, math.ceil(relevant / 3))) if relevant else 0
    chosen = rng.sample(range(n_examples), stories)
    keyed: list[tuple[float, int]] = []
    for story, example in enumerate(chosen):
        count = relevant // stories + (1 if story < relevant % stories else 0)
        keyed.append((float(story), example))
        keyed += [(story + rng.uniform(0.001, STORY_SPREAD), example) for _ in range(count - 1)]
    keyed.sort()
    return [example for _, example in keyed]


def _reprint(text: str, rng: random.Random) -> tuple[str, list[Edit]]:
    edits: list[Edit] = []
    if rng.random() < 0.7:
        text, edit = new_headline(text, rng)
        edits.append(edit)
    roll = rng.random()
    step = drop_sentence if roll < 0.25 else reword if roll < 0.45 else None
    if 0.45 <= roll < 0.6:
        step = correct_figure
    changed = step(text, rng) if step else None
    if changed is None and step is correct_figure:
        changed = reword(text, rng)
    if changed is not None:
        text, edit = changed
        edits.append(edit)
    return text, edits


def generate(
    n_articles: int, seed: int, originals: list[Original], ratio: float = 0.02
) -> Iterator[dict[str, Any] | dict[str, dict[str, Any]]]:
    """Yield the archive's records in order, then (last) {"truth": ...}."""
    rng = random.Random(seed)
    stream = plan(n_articles, len(originals), ratio, rng)
    positions = iter(sorted(rng.sample(range(n_articles), len(stream))))
    next_relevant = next(positions, -1)
    first_id: dict[int, str] = {}
    truth: dict[str, Any] = {
        "articles": n_articles,
        "seed": seed,
        "ratio": ratio,
        "relevant": [],
        "originals": {},
        "reprints": {},
        "edits": {},
        "expected": {},
    }
    relevant_index = 0
    epoch = date(2017, 1, 1)
    for position in range(n_articles):
        ident = f"a{position:07d}"
        outlet = rng.choice(OUTLETS)
        if position != next_relevant:
            title, text, language = unrelated_story(rng)
            published = (epoch + timedelta(days=rng.randrange(3285))).isoformat()
            yield {
                "id": ident,
                "title": title,
                "text": text,
                "published": published,
                "outlet": outlet,
                "url": _url(outlet, ident),
                "language": language,
            }
            continue
        example = stream[relevant_index]
        relevant_index += 1
        next_relevant = next(positions, -1)
        original = originals[example]
        article = original.article
        if example not in first_id:
            outlet = article.outlet or outlet
        record = {
            "id": ident,
            "title": article.title,
            "text": article.text,
            "published": original.published,
            "outlet": outlet,
            "url": _url(outlet, ident),
            "language": article.language,
        }
        truth["relevant"].append(ident)
        if example not in first_id:
            first_id[example] = ident
            truth["originals"][ident] = article.name
            truth["expected"][article.name] = original.expected
        else:
            text, edits = _reprint(article.text, rng)
            record["text"] = text
            if any(e.kind == "headline" for e in edits):
                record["title"] = next(e.new for e in edits if e.kind == "headline")
            truth["reprints"][ident] = first_id[example]
            truth["edits"][ident] = [{"kind": e.kind, "old": e.old, "new": e.new} for e in edits]
        yield {k: v for k, v in record.items() if v is not None}
    yield {"truth": truth}


def _url(outlet: str, ident: str) -> str:
    return f"https://{re.sub('[^a-z0-9]+', '-', outlet.lower()).strip('-')}.example/{ident}"


def write_corpus(
    out: Path, n_articles: int, seed: int, reports: Path, gold: Path, ratio: float = 0.02
) -> dict[str, Any]:
    """Write the archive to `out` and its truth to `out` with `.truth.json`; returns the truth."""
    originals = load_originals(reports, gold)
    out.parent.mkdir(parents=True, exist_ok=True)
    truth: dict[str, Any] = {}
    with out.open("w", encoding="utf-8") as handle:
        for record in generate(n_articles, seed, originals, ratio):
            if "truth" in record and len(record) == 1:
                truth = record["truth"]
                continue
            handle.write(json.dumps(record, ensure_ascii=False))
            handle.write("\n")
    truth_path(out).write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
    return truth


def truth_path(archive: Path) -> Path:
    return archive.with_name(archive.name.removesuffix(".jsonl") + ".truth.json")
