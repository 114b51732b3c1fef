"""Articles per second of `plenary.extract.extract` on one core, over the project's own texts.

The texts (the seed corpus in ../shared/corpus/seeds when present, and examples/reports/**)
are read once with `plenary.ingest.read_paths`; reading is not timed. The first `extract` call
of the process builds the gazetteer automaton and loads the reference data and lexicon: that
cold start is timed and reported on its own. One untimed warm-up pass follows, then whole
passes over the texts are repeated until at least `--min-extractions` articles were extracted.

If spaCy is importable (the `bench` extra: `pip install -e .[bench]`, which `make bench` does;
no model is needed), its blank English tokenizer is timed on the same texts in the same run as
a point of comparison (issue 6: extraction at most 2 times the tokenizer's time); otherwise
that column is skipped with a note.

    .venv/bin/python benchmarks/extract_throughput.py            # a table
    .venv/bin/python benchmarks/extract_throughput.py --json     # one JSON object
    .venv/bin/python benchmarks/extract_throughput.py --components   # plus time per component
"""

from __future__ import annotations

import argparse
import gc
import json
import math
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from plenary.extract import PIPELINE, PIPELINES, REGISTRY, extract
from plenary.extract.doc import Doc
from plenary.ingest import IngestError, read_paths
from plenary.spec import Article

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_PATHS = (ROOT.parent / "shared" / "corpus" / "seeds", ROOT / "examples" / "reports")


@dataclass
class Measurement:
    """Throughput of one function over the corpus, after its cold start and a warm-up pass."""

    name: str
    cold_start_s: float
    passes: int
    extractions: int
    pass_seconds: list[float] = field(default_factory=list)
    cpu_seconds: float = 0.0
    characters: int = 0

    @property
    def wall_seconds(self) -> float:
        return sum(self.pass_seconds)

    @property
    def articles_per_s(self) -> float:
        return self.extractions / self.wall_seconds

    @property
    def best_pass_articles_per_s(self) -> float:
        return (self.extractions / self.passes) / min(self.pass_seconds)

    @property
    def median_pass_articles_per_s(self) -> float:
        return (self.extractions / self.passes) / statistics.median(self.pass_seconds)

    @property
    def ms_per_article(self) -> float:
        return 1000 * self.wall_seconds / self.extractions

    @property
    def chars_per_s(self) -> float:
        return self.characters / self.wall_seconds

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("pass_seconds")
        data.update(
            wall_seconds=round(self.wall_seconds, 4),
            cpu_seconds=round(self.cpu_seconds, 4),
            cold_start_s=round(self.cold_start_s, 4),
            articles_per_s=round(self.articles_per_s, 1),
            best_pass_articles_per_s=round(self.best_pass_articles_per_s, 1),
            median_pass_articles_per_s=round(self.median_pass_articles_per_s, 1),
            ms_per_article=round(self.ms_per_article, 3),
            chars_per_s=round(self.chars_per_s),
        )
        return data


def pin_to_one_core() -> int | None:
    """Run on a single CPU (the one we are on) where the OS allows it; its number, or None."""
    if not hasattr(os, "sched_setaffinity"):
        return None
    cpus = sorted(os.sched_getaffinity(0))
    cpu = cpus[-1]
    os.sched_setaffinity(0, {cpu})
    return cpu


def load_articles(paths: Sequence[Path]) -> tuple[list[Article], list[str]]:
    """Every readable article under `paths` (missing paths are skipped), and the errors."""
    existing = [p for p in paths if p.exists()]
    articles: list[Article] = []
    errors: list[str] = []
    for item in read_paths(existing):
        if isinstance(item, IngestError):
            errors.append(f"{item}")
        else:
            articles.append(item)
    return articles, errors


def measure(
    name: str,
    func: Callable[[Any], object],
    inputs: Sequence[Any],
    characters: int,
    min_extractions: int,
    setup: Callable[[], object] | None = None,
) -> Measurement:
    """Cold start (setup plus the first call), one warm-up pass, then timed whole passes."""
    started = time.perf_counter()
    if setup is not None:
        setup()
    func(inputs[0])
    cold = time.perf_counter() - started
    for item in inputs:  # warm-up pass
        func(item)
    passes = max(1, math.ceil(min_extractions / len(inputs)))
    result = Measurement(name, cold, passes, passes * len(inputs), characters=passes * characters)
    gc.collect()
    cpu_started = time.process_time()
    for _ in range(passes):
        pass_started = time.perf_counter()
        for item in inputs:
            func(item)
        result.pass_seconds.append(time.perf_counter() - pass_started)
    result.cpu_seconds = time.process_time() - cpu_started
    return result


def component_seconds(articles: Sequence[Article], repeats: int) -> dict[str, float]:
    """Seconds spent in each pipeline component over `repeats` passes (warm); each article
    runs its language's pipeline (`PIPELINES`), as `extract` does."""
    spent: dict[str, float] = {}
    for _ in range(repeats):
        for article in articles:
            doc = Doc(article=article, text=article.text)
            for name in PIPELINES.get(article.language or "en", PIPELINE):
                spent.setdefault(name, 0.0)
                started = time.perf_counter()
                REGISTRY[name](doc)
                spent[name] += time.perf_counter() - started
    return spent


def spacy_tokenizer() -> tuple[Callable[[str], object], Callable[[], object]] | None:
    """spaCy's blank English tokenizer (built on first use), or None where spaCy is absent."""
    try:
        import spacy
    except ImportError:
        return None
    holder: dict[str, Callable[[str], object]] = {}

    def setup() -> None:
        holder["tokenizer"] = spacy.blank("en").tokenizer

    def tokenize(text: str) -> object:
        return holder["tokenizer"](text)

    return tokenize, setup


def machine() -> dict[str, Any]:
    return {
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "platform": platform.platform(),
        "cpu_count": os.cpu_count(),
    }


def run(args: argparse.Namespace) -> dict[str, Any]:
    pinned = None if args.no_pin else pin_to_one_core()
    paths = [Path(p) for p in args.paths] if args.paths else list(DEFAULT_PATHS)
    read_started = time.perf_counter()
    articles, errors = load_articles(paths)
    read_seconds = time.perf_counter() - read_started
    if not articles:
        raise SystemExit(f"no articles found under {', '.join(map(str, paths))}")
    characters = sum(len(a.text) for a in articles)
    texts = [a.text for a in articles]

    results = [measure("plenary extract", extract, articles, characters, args.min_extractions)]
    notes: list[str] = []
    spacy = spacy_tokenizer()
    if spacy is None:
        notes.append("spaCy is not installed: its tokenizer column is skipped")
    else:
        tokenize, setup = spacy
        results.append(
            measure(
                "spaCy blank('en') tokenizer",
                tokenize,
                texts,
                characters,
                args.min_extractions,
                setup,
            )
        )
    report: dict[str, Any] = {
        "corpus": {
            "paths": [str(p) for p in paths if p.exists()],
            "missing_paths": [str(p) for p in paths if not p.exists()],
            "articles": len(articles),
            "characters": characters,
            "read_errors": errors,
            "read_seconds": round(read_seconds, 4),
        },
        "pinned_cpu": pinned,
        "machine": machine(),
        "results": [r.as_dict() for r in results],
        "target_articles_per_s": args.target,
        "meets_target": results[0].articles_per_s >= args.target,
        "notes": notes,
    }
    if len(results) > 1:  # seconds per article of the extraction over the tokenizer's
        report["extract_per_spacy"] = results[1].articles_per_s / results[0].articles_per_s
    if args.components:
        spent = component_seconds(articles, args.component_repeats)
        total = sum(spent.values())
        report["components"] = {
            name: {
                "ms_per_article": round(1000 * s / (len(articles) * args.component_repeats), 3),
                "share": round(s / total, 3),
            }
            for name, s in spent.items()
        }
    return report


def print_table(report: dict[str, Any]) -> None:
    corpus = report["corpus"]
    print(
        f"corpus: {corpus['articles']} articles, {corpus['characters']:,} characters "
        f"({corpus['characters'] / corpus['articles']:,.0f} per article), "
        f"read in {corpus['read_seconds']:.2f} s"
    )
    for path in corpus["missing_paths"]:
        print(f"  (not found, skipped: {path})")
    pinned = report["pinned_cpu"]
    print(f"pinned to CPU {pinned}" if pinned is not None else "not pinned to one CPU")
    header = (
        f"{'':30} {'cold start s':>12} {'extractions':>11} {'articles/s':>10} "
        f"{'best pass/s':>11} {'ms/article':>10} {'chars/s':>11}"
    )
    print(header)
    print("-" * len(header))
    for r in report["results"]:
        print(
            f"{r['name']:30} {r['cold_start_s']:>12.3f} {r['extractions']:>11} "
            f"{r['articles_per_s']:>10.1f} {r['best_pass_articles_per_s']:>11.1f} "
            f"{r['ms_per_article']:>10.3f} {r['chars_per_s']:>11,}"
        )
    for note in report["notes"]:
        print(f"note: {note}")
    if "extract_per_spacy" in report:
        print(
            f"extraction takes {report['extract_per_spacy']:.1f} times the spaCy tokenizer's "
            "time on the same texts (issue 6 target: at most 2)"
        )
    verdict = "meets" if report["meets_target"] else "does NOT meet"
    print(
        f"plenary extract {verdict} the target of {report['target_articles_per_s']:.0f} "
        "articles/s on one core"
    )
    if "components" in report:
        print("\ntime per component (warm):")
        for name, value in sorted(report["components"].items(), key=lambda kv: -kv[1]["share"]):
            print(f"  {name:14} {value['ms_per_article']:>8.3f} ms/article {value['share']:>7.1%}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("paths", nargs="*", help="texts to extract (default: seeds + examples)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--min-extractions", type=int, default=2000)
    parser.add_argument("--target", type=float, default=200.0, help="articles/s to compare to")
    parser.add_argument("--components", action="store_true", help="also time each component")
    parser.add_argument("--component-repeats", type=int, default=10)
    parser.add_argument("--no-pin", action="store_true", help="do not pin to one CPU")
    args = parser.parse_args(argv)
    report = run(args)
    if args.json:
        json.dump(report, sys.stdout, indent=2)
        print()
    else:
        print_table(report)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
