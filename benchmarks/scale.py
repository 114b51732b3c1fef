"""Archive-scale figures of issue 6, each measured side by side in one run, on archives made by
`plenary corpus` (generated once into --dir and reused):

    prefilter  bytes/s of the prefilter vs `grep -F -c -f TERMS` on the same archive (TERMS
               written from the same reference data), file in the page cache for both
    extract    full extraction time of the archive's relevant articles (one core)
    workers    `plenary batch` wall time with 1 and 2 workers on the same archive
    memory     peak RSS of `plenary batch --workers 2` (largest process) at each size
    registry   `plenary batch --workers 2 --db sqlite:///…` on --registry-size (prefilter to
               registry): wall time, peak RSS, and the registry against the truth file (one
               session and document per real one: the same ids as the originals ingested alone)

    .venv/bin/python benchmarks/scale.py [--sizes 10000 100000] [--registry-size N] [--dir .bench]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

from plenary import store as st
from plenary.batch.archive import chunks
from plenary.batch.corpus import load_originals, truth_path
from plenary.batch.prefilter import relevant_line, relevant_lines, warm_up
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
    """Wall and CPU seconds of grep and of the prefilter (`relevant_lines` over the archive's
    chunks, as `plenary batch` and `plenary filter` run it), the file in the page cache."""
    terms = folder / "TERMS"
    terms.write_text(terms_file_text(), encoding="utf-8")
    size = path.stat().st_size
    path.read_bytes()  # into the page cache
    warm_up()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    grep = subprocess.run(
        ["grep", "-F", "-c", "-f", str(terms), str(path)], capture_output=True, text=True
    )
    grep_s = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    grep_cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    cpu, started = time.process_time(), time.perf_counter()
    ours = 0
    for _, data in chunks(path):
        ours += len(relevant_lines(data, data.split(b"\n")))
    ours_s, ours_cpu = time.perf_counter() - started, time.process_time() - cpu
    return {
        "bytes": size,
        "grep_lines": int(grep.stdout.strip() or 0),
        "grep_s": grep_s,
        "grep_cpu_s": grep_cpu,
        "grep_MBps": size / grep_s / 1e6,
        "prefilter_lines": ours,
        "prefilter_s": ours_s,
        "prefilter_cpu_s": ours_cpu,
        "prefilter_MBps": size / ours_s / 1e6,
        "ratio": grep_s / ours_s,
        "ratio_cpu": grep_cpu / ours_cpu,
    }


def bench_extract(path: Path) -> dict[str, Any]:
    """Extraction of every relevant article of the archive, one core, and spaCy's blank English
    tokenizer on the same texts in the same run (before and after it: the machine's load moves)
    where spaCy is importable (`pip install -e .[bench]`)."""
    articles: list[Article] = []
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            if relevant_line(raw):
                item = article_from_line(path, number, raw)
                if isinstance(item, Article):
                    articles.append(item)
    texts = [a.text for a in articles]
    tokenize = _spacy_tokenizer(texts[0])
    row: dict[str, Any] = {"articles": len(articles), "chars": sum(map(len, texts))}
    if tokenize is not None:
        row["spacy_tokenizer_s"], row["spacy_tokenizer_cpu_s"], row["tokens"] = _time_tokenizer(
            tokenize, texts
        )
    extract(articles[0])  # cold start outside the timing
    cpu, started = time.process_time(), time.perf_counter()
    facts = sum(len(extract(a)) for a in articles)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    row |= {
        "facts": facts,
        "extract_s": seconds,
        "extract_cpu_s": cpu,
        "ms_per_article": 1000 * seconds / len(articles),
    }
    if tokenize is None:
        row["spacy_tokenizer_s"] = None  # spaCy is not installed: no floor to compare with
        return row
    after, after_cpu, _ = _time_tokenizer(tokenize, texts)
    row["spacy_tokenizer_after_s"] = after
    row["spacy_tokenizer_after_cpu_s"] = after_cpu
    row["extract_per_spacy"] = seconds / ((row["spacy_tokenizer_s"] + after) / 2)
    row["extract_per_spacy_cpu"] = cpu / ((row["spacy_tokenizer_cpu_s"] + after_cpu) / 2)
    return row


def _spacy_tokenizer(first: str) -> Any:
    """spaCy's blank English tokenizer, built and called once (its cold start), or None."""
    try:
        import spacy  # type: ignore[import-not-found]
    except ImportError:
        return None
    tokenizer = spacy.blank("en").tokenizer
    tokenizer(first)
    return tokenizer


def _time_tokenizer(tokenize: Any, texts: list[str]) -> tuple[float, float, int]:
    """Wall and CPU seconds of the tokenizer over the texts, and the tokens it made."""
    cpu, started = time.process_time(), time.perf_counter()
    tokens = sum(len(tokenize(text)) for text in texts)
    return time.perf_counter() - started, time.process_time() - cpu, tokens


def run_batch(path: Path, out: Path, workers: int, *extra: str) -> dict[str, Any]:
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
            *extra,
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    wall, rss_kb = done.stdout.split()[-2:]
    report = json.loads((out / "report.json").read_text())
    return {
        "workers": workers,
        "wall_s": float(wall),
        "peak_rss_MB": int(rss_kb) / 1024,
        **{k: report[k] for k in ("lines", "relevant", "clusters", "extracted", "reused")},
    }


def bench_registry(path: Path, folder: Path) -> dict[str, Any]:
    """Prefilter to registry on SQLite, then the registry against the truth file."""
    db = folder / "registry.db"
    db.unlink(missing_ok=True)
    url = f"sqlite:///{db}"
    row = run_batch(path, folder / "registry-out", 2, "--db", url)
    truth = json.loads(truth_path(path).read_text(encoding="utf-8"))
    names = set(truth["originals"].values())
    built = st.registry(st.open_store(url))
    originals = [
        replace(o.article, published=o.published)
        for o in load_originals(ROOT / "examples/reports", ROOT / "examples/gold")
        if o.article.name in names
    ]
    alone_db = folder / "originals.db"
    alone_db.unlink(missing_ok=True)
    alone = st.open_store(f"sqlite:///{alone_db}")
    st.ingest_articles(alone, originals, extract)
    once = st.registry(alone)
    expected = {
        (s["body"], s["date"])
        for name in names
        for s in truth["expected"][name]["sessions"]
        if s["date"] and s["body"] != "bilateral"
    }
    keys = [(s.get("body"), s.get("date")) for s in built["session"]]
    for kind in ("session", "document"):
        ids, alone_ids = {r["id"] for r in built[kind]}, {r["id"] for r in once[kind]}
        row[f"{kind}s"] = len(ids)
        row[f"{kind}s_as_originals_alone"] = ids == alone_ids
        row[f"{kind}s_differing_from_originals_alone"] = sorted(ids ^ alone_ids)
    row["expected_sessions"] = len(expected)
    row["expected_sessions_found"] = sum(1 for k in expected if k in keys)
    row["expected_sessions_duplicated"] = [k for k in expected if keys.count(k) > 1]
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--dir", type=Path, default=ROOT / ".bench")
    parser.add_argument("--registry-size", type=int, default=None)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    args.dir.mkdir(parents=True, exist_ok=True)
    largest = archive(args.dir, max(args.sizes), args.seed)
    result: dict[str, Any] = {
        "load_at_start": [round(x, 2) for x in os.getloadavg()],
        "machine": f"{platform.machine()}, {platform.python_implementation()} "
        f"{platform.python_version()}, {len(os.sched_getaffinity(0))} cores",
        "prefilter": bench_prefilter(largest, args.dir),
        "extract": bench_extract(largest),
        "workers": [run_batch(largest, args.dir / f"out-{w}", w) for w in (1, 2)],
        "memory": [
            run_batch(archive(args.dir, size, args.seed), args.dir / f"mem-{size}", 2)
            for size in sorted(args.sizes)
        ],
    }
    result["load_at_end"] = [round(x, 2) for x in os.getloadavg()]
    if args.registry_size:
        registry_archive = archive(args.dir, args.registry_size, args.seed)
        result["registry"] = bench_registry(registry_archive, args.dir)
    if args.json:
        print(json.dumps(result, indent=1))
        return
    p = result["prefilter"]
    print(f"machine {result['machine']}; load average at start {result['load_at_start']}")
    print(f"archive {largest.name}: {p['bytes'] / 1e6:.1f} MB")
    print(f"prefilter  {p['prefilter_MBps']:8.1f} MB/s ({p['prefilter_lines']} lines kept)")
    print(
        f"grep -F -c {p['grep_MBps']:8.1f} MB/s ({p['grep_lines']} lines)   "
        f"prefilter/grep = {p['ratio']:.2f} (wall), {p['ratio_cpu']:.2f} (CPU: "
        f"{p['prefilter_cpu_s']:.2f} s vs grep {p['grep_cpu_s']:.2f} s)"
    )
    e = result["extract"]
    print(
        f"extract    {e['articles']} relevant articles in {e['extract_s']:.2f} s "
        f"({e['ms_per_article']:.1f} ms/article, CPU {e['extract_cpu_s']:.2f} s)"
    )
    if e["spacy_tokenizer_s"] is None:
        print("spaCy      not installed (pip install -e .[bench]): no tokenizer to compare with")
    else:
        print(
            f"spaCy      blank('en') tokenizer on the same texts: {e['spacy_tokenizer_s']:.2f} s "
            f"before, {e['spacy_tokenizer_after_s']:.2f} s after ({e['tokens']} tokens); "
            f"extraction/tokenizer = {e['extract_per_spacy']:.1f} (wall), "
            f"{e['extract_per_spacy_cpu']:.1f} (CPU) (target <= 2)"
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

    print(f"load average at the end of the batch runs {result['load_at_end']}")
    if "registry" in result:
        r = result["registry"]
        print(
            f"registry   {r['lines']} articles to SQLite: {r['wall_s']:.0f} s, peak RSS "
            f"{r['peak_rss_MB']:.0f} MB; {r['sessions']} sessions, {r['documents']} documents; "
            f"same ids as the originals alone: sessions {r['sessions_as_originals_alone']}, "
            f"documents {r['documents_as_originals_alone']}; expected sessions found "
            f"{r['expected_sessions_found']}/{r['expected_sessions']}, duplicated "
            f"{len(r['expected_sessions_duplicated'])}"
        )


if __name__ == "__main__":
    main()
