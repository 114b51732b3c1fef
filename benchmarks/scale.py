"""Archive-scale figures of issue 6, each measured side by side in one run, on archives made by
`plenary corpus` (generated once into --dir and reused):

    prefilter  bytes/s of the prefilter vs `grep -F -c -f TERMS` on the same archive (TERMS
               written from the same reference data), file in the page cache for both
    extract    full extraction time of the archive's relevant articles (one core)
    workers    `plenary batch` wall time with 1 and 2 workers on the same archive
    memory     peak RSS of `plenary batch --workers 2` (largest process) at each size

    .venv/bin/python benchmarks/scale.py [--sizes 10000 100000] [--dir .bench] [--json]
"""

from __future__ import annotations

import argparse
import json
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from plenary.batch.prefilter import relevant_line
from plenary.batch.terms import terms_file_text
from plenary.extract import extract
from plenary.ingest.jsonl import article_from_line
from plenary.spec import Article

ROOT = Path(__file__).resolve().parents[1]
PLENARY = str(Path(sys.executable).with_name("plenary"))


def archive(folder: Path, size: int, seed: int) -> Path:
    path = folder / f"archive-{size}-{seed}.jsonl"
    if not path.exists():
        subprocess.run(
            [
                PLENARY,
                "corpus",
                "--articles",
                str(size),
                "--seed",
                str(seed),
                "--out",
                str(path),
                "--reports",
                str(ROOT / "examples/reports"),
                "--gold",
                str(ROOT / "examples/gold"),
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    return path


def bench_prefilter(path: Path, folder: Path) -> dict[str, Any]:
    terms = folder / "TERMS"
    terms.write_text(terms_file_text(), encoding="utf-8")
    size = path.stat().st_size
    path.read_bytes()  # into the page cache
    started = time.perf_counter()
    grep = subprocess.run(
        ["grep", "-F", "-c", "-f", str(terms), str(path)], capture_output=True, text=True
    )
    grep_s = time.perf_counter() - started
    started = time.perf_counter()
    ours = 0
    with path.open("rb") as handle:
        for raw in handle:
            ours += relevant_line(raw)
    ours_s = time.perf_counter() - started
    return {
        "bytes": size,
        "grep_lines": int(grep.stdout.strip() or 0),
        "grep_s": grep_s,
        "grep_MBps": size / grep_s / 1e6,
        "prefilter_lines": ours,
        "prefilter_s": ours_s,
        "prefilter_MBps": size / ours_s / 1e6,
        "ratio": grep_s / ours_s,
    }


def bench_extract(path: Path) -> dict[str, Any]:
    articles: list[Article] = []
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            if relevant_line(raw):
                item = article_from_line(path, number, raw)
                if isinstance(item, Article):
                    articles.append(item)
    extract(articles[0])  # cold start outside the timing
    started = time.perf_counter()
    facts = sum(len(extract(a)) for a in articles)
    seconds = time.perf_counter() - started
    row: dict[str, Any] = {
        "articles": len(articles),
        "facts": facts,
        "extract_s": seconds,
        "ms_per_article": 1000 * seconds / len(articles),
    }
    try:
        import spacy  # type: ignore[import-not-found]

        tokenizer = spacy.blank("en").tokenizer
        started = time.perf_counter()
        for a in articles:
            tokenizer(a.text)
        row["spacy_tokenizer_s"] = time.perf_counter() - started
    except ImportError:
        row["spacy_tokenizer_s"] = None  # spaCy is not installed: no floor to compare with
    return row


def run_batch(path: Path, out: Path, workers: int) -> dict[str, Any]:
    """`plenary batch` in a child process: wall time and the child's peak RSS (largest process
    of the run, workers included: ru_maxrss of RUSAGE_CHILDREN)."""
    script = (
        "import resource, subprocess, sys, time\n"
        "t = time.perf_counter()\n"
        "subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL)\n"
        "wall = time.perf_counter() - t\n"
        "print(wall, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    )
    shutil.rmtree(out, ignore_errors=True)
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            script,
            PLENARY,
            "batch",
            str(path),
            "--out",
            str(out),
            "--workers",
            str(workers),
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    wall, rss_kb = done.stdout.split()
    report = json.loads((out / "report.json").read_text())
    return {
        "workers": workers,
        "wall_s": float(wall),
        "peak_rss_MB": int(rss_kb) / 1024,
        **{k: report[k] for k in ("lines", "relevant", "clusters", "extracted", "reused")},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--dir", type=Path, default=ROOT / ".bench")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    args.dir.mkdir(parents=True, exist_ok=True)
    largest = archive(args.dir, max(args.sizes), args.seed)
    result: dict[str, Any] = {
        "machine": f"{platform.machine()}, {platform.python_implementation()} "
        f"{platform.python_version()}, {len(__import__('os').sched_getaffinity(0))} cores",
        "prefilter": bench_prefilter(largest, args.dir),
        "extract": bench_extract(largest),
        "workers": [run_batch(largest, args.dir / f"out-{w}", w) for w in (1, 2)],
        "memory": [
            run_batch(archive(args.dir, size, args.seed), args.dir / f"mem-{size}", 2)
            for size in sorted(args.sizes)
        ],
    }
    if args.json:
        print(json.dumps(result, indent=1))
        return
    p = result["prefilter"]
    print(f"archive {largest.name}: {p['bytes'] / 1e6:.1f} MB")
    print(f"prefilter  {p['prefilter_MBps']:8.1f} MB/s ({p['prefilter_lines']} lines kept)")
    print(
        f"grep -F -c {p['grep_MBps']:8.1f} MB/s ({p['grep_lines']} lines)   "
        f"prefilter/grep = {p['ratio']:.2f}"
    )
    e = result["extract"]
    print(
        f"extract    {e['articles']} relevant articles in {e['extract_s']:.2f} s "
        f"({e['ms_per_article']:.1f} ms/article); spaCy tokenizer: "
        f"{e['spacy_tokenizer_s'] if e['spacy_tokenizer_s'] is not None else 'not installed'}"
    )
    w1, w2 = result["workers"]
    print(
        f"batch      1 worker {w1['wall_s']:.1f} s, 2 workers {w2['wall_s']:.1f} s, "
        f"speed-up {w1['wall_s'] / w2['wall_s']:.2f}"
    )
    for m in result["memory"]:
        print(
            f"memory     {m['lines']:>9} articles: peak RSS {m['peak_rss_MB']:.0f} MB, "
            f"{m['wall_s']:.1f} s ({m['relevant']} relevant, {m['extracted']} extracted)"
        )


if __name__ == "__main__":
    main()
