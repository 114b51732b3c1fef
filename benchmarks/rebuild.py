"""Reconciling a large fact log at once, as `plenary rebuild` does (issue 4, item 1; issue 6).

    reconcile  CPU and wall seconds of `plenary.registry.reconcile` on the first N facts of the
               generated log, for each N of --sizes (how the time grows with the facts)
    rebuild    `plenary rebuild --db URL` in a child process: wall time, CPU time and peak RSS;
               with --fill N, first an empty store filled with N generated facts (no registry)

The fact log is the one `web_latency.py` generates (variants of the example reports, `--per-group`
articles per reported event), made once and kept in --cache. `--digest` prints a hash of each
registry (`Registry.as_dict` as JSON) to compare two versions of the code on the same facts.

    .venv/bin/python benchmarks/rebuild.py --sizes 20000 200000 --cache /tmp/facts.pkl
    .venv/bin/python benchmarks/rebuild.py --sizes 20000 --profile 25
    .venv/bin/python benchmarks/rebuild.py --db sqlite:///registry.db   # rebuild alone
    .venv/bin/python benchmarks/rebuild.py --sizes --fill 200000 --db sqlite:////tmp/r.db
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import importlib.util
import json
import pickle
import pstats
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
PLENARY = str(Path(sys.executable).with_name("plenary"))


def _web_latency() -> Any:
    spec = importlib.util.spec_from_file_location("web_latency", ROOT / "benchmarks/web_latency.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["web_latency"] = module
    spec.loader.exec_module(module)
    return module


def generate(target: int, per_group: int) -> list[Any]:
    """StoredFacts of the generated articles (the ids `plenary ingest` gives), in log order."""
    from plenary.registry import StoredFact
    from plenary.spec import fact_from_dict
    from plenary.store.ingest import EXTRACTOR_VERSION, fact_id

    web = _web_latency()
    facts: list[StoredFact] = []
    for article, payloads in web.variants(web.templates(), per_group):
        if len(facts) >= target:
            break
        seen: set[str] = set()
        for payload in payloads:
            fact = fact_from_dict(payload)
            fid = fact_id(article["id"], EXTRACTOR_VERSION, fact)
            if fid not in seen:
                seen.add(fid)
                facts.append(StoredFact(fid, fact, article["name"], article["published"]))
    return facts


def facts_for(target: int, per_group: int, cache: str | None) -> list[Any]:
    """At least `target` facts: from `cache` when it holds enough, else generated (and kept)."""
    path = Path(cache) if cache else None
    facts: list[Any] = pickle.loads(path.read_bytes()) if path and path.exists() else []
    if len(facts) < target:
        facts = generate(target, per_group)
        if path:
            path.write_bytes(pickle.dumps(facts))
    return facts


def digest(registry: Any) -> str:
    text = json.dumps(registry.as_dict(), sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def bench_reconcile(facts: list[Any], size: int, profile: int, want_digest: bool) -> dict:
    from plenary.reference import load
    from plenary.registry import reconcile

    gaz = load()
    part = facts[:size]
    profiler = cProfile.Profile() if profile else None
    cpu, wall = time.process_time(), time.perf_counter()
    if profiler:
        profiler.enable()
    registry = reconcile(part, gaz)
    if profiler:
        profiler.disable()
    row: dict[str, Any] = {
        "facts": len(part),
        "cpu_s": round(time.process_time() - cpu, 2),
        "wall_s": round(time.perf_counter() - wall, 2),
        "sessions": len(registry.sessions),
        "documents": len(registry.documents),
        "people": len(registry.people),
    }
    if want_digest:
        row["digest"] = digest(registry)
    if profiler:
        pstats.Stats(profiler, stream=sys.stderr).sort_stats("cumulative").print_stats(profile)
    return row


def fill(url: str, target: int, per_group: int) -> dict[str, Any]:
    """An empty store at `url` filled with the generated articles and facts (the rows
    `plenary ingest` stores), no registry: web_latency's generator and filler, its per-group
    reconcile replaced by an empty registry (the rebuild is what is measured here)."""
    import plenary.registry
    from plenary.registry import RECORD_TYPES, Registry

    web = _web_latency()
    reconcile = plenary.registry.reconcile
    plenary.registry.reconcile = lambda facts, gaz: Registry()  # type: ignore[assignment]
    try:
        gen = web.generate(target, per_group)
    finally:
        plenary.registry.reconcile = reconcile
    gen.registry = {kind: [] for kind in RECORD_TYPES}
    return dict(web.fill(url, gen))


def bench_rebuild(url: str) -> dict[str, Any]:
    """`plenary rebuild` in a child process: wall time and the child's peak RSS."""
    script = (
        "import resource, subprocess, sys, time\n"
        "t = time.perf_counter()\n"
        "subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL)\n"
        "wall = time.perf_counter() - t\n"
        "usage = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
        "print(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, PLENARY, "rebuild", "--db", url],
        check=True,
        capture_output=True,
        text=True,
    )
    wall, cpu, rss_kb = done.stdout.split()[-3:]
    return {
        "wall_s": round(float(wall), 1),
        "cpu_s": round(float(cpu), 1),
        "peak_rss_MB": round(int(rss_kb) / 1024),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[20_000, 200_000])
    parser.add_argument("--per-group", type=int, default=1, help="articles per reported event")
    parser.add_argument("--cache", help="pickle of the generated facts, reused")
    parser.add_argument("--profile", type=int, default=0, help="print the top N functions")
    parser.add_argument("--digest", action="store_true", help="a hash of each registry")
    parser.add_argument("--db", help="also time `plenary rebuild` on this database")
    parser.add_argument(
        "--fill", type=int, metavar="N", help="first fill the empty --db with N generated facts"
    )
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    rows: dict[str, Any] = {"reconcile": [], "date": time.strftime("%c UTC", time.gmtime())}
    if args.sizes:
        facts = facts_for(max(args.sizes), args.per_group, args.cache)
        for size in sorted(args.sizes):
            rows["reconcile"].append(bench_reconcile(facts, size, args.profile, args.digest))
            if not args.json:
                print(json.dumps(rows["reconcile"][-1]), flush=True)
    if args.db and args.fill:
        rows["fill"] = fill(args.db, args.fill, args.per_group)
        if not args.json:
            print(f"filled: {json.dumps(rows['fill'])}", flush=True)
    if args.db:
        rows["rebuild"] = bench_rebuild(args.db)
        if not args.json:
            print(f"rebuild {args.db.split('@')[-1]}: {json.dumps(rows['rebuild'])}")
    if args.json:
        print(json.dumps(rows, indent=1))


if __name__ == "__main__":
    main()
