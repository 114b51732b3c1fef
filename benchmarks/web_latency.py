"""Latency of every web page and API list on a large registry (issue 4, item 3).

Two steps, each usable alone:

    generate  fill a database with a registry of about 10,000 documents and 200,000 facts,
              built from the example reports' extracted facts (see `variants`);
    measure   p95 (and p50, max) latency of every page and API list, N requests each, through
              an in-process ASGI client (FastAPI's TestClient, no network).

Run `.venv/bin/python benchmarks/web_latency.py --help`; README.md says what is measured.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import platform
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
REPORTS = ROOT / "examples" / "reports"
TARGET_MS = 100.0
YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")


# --- the registry: variants of the example reports ---------------------------------------------


@dataclass(frozen=True)
class Template:
    """One example report with the facts the extractor finds in it (spans, quotes)."""

    name: str
    text: str
    title: str | None
    published: str
    outlet: str | None
    language: str | None
    facts: list[dict[str, Any]]


def templates() -> list[Template]:
    """The example reports (dev and test), each extracted once by the real extractor."""
    from plenary.extract import extract
    from plenary.ingest import IngestError, read_paths
    from plenary.spec import fact_to_dict

    out = []
    for art in read_paths([REPORTS]):
        if isinstance(art, IngestError) or not art.published:
            continue
        facts = [fact_to_dict(f) for f in extract(art)]
        out.append(
            Template(art.name, art.text, art.title, art.published, art.outlet, art.language, facts)
        )
    return sorted(out, key=lambda t: t.name)


def _shift_year(text: str, years: int) -> str:
    return YEAR.sub(lambda m: str(int(m.group()) + years), text)


def _shift_date(value: str, years: int, days: int) -> str:
    """A partial date `YYYY[-MM[-DD]]` moved by whole years, and a full one also by days."""
    if len(value) == 10:
        try:
            d = date.fromisoformat(value)
            d = d.replace(year=d.year + years) if not (d.month == 2 and d.day == 29) else d
            return (d + timedelta(days=days)).isoformat()
        except ValueError:
            return value
    return _shift_year(value, years)


class Rewrite:
    """Replace titles and years in a text in one pass, and map old offsets to new ones."""

    def __init__(self, text: str, titles: dict[str, str], years: int) -> None:
        alternatives = [re.escape(t) for t in sorted(titles, key=len, reverse=True)]
        pattern = re.compile("|".join([*alternatives, YEAR.pattern]))
        self.edits: list[tuple[int, int, int]] = []  # old start, old end, new length
        pieces, last = [], 0
        for m in pattern.finditer(text):
            old = m.group()
            new = titles[old] if old in titles else str(int(old) + years)
            pieces += [text[last : m.start()], new]
            self.edits.append((m.start(), m.end(), len(new)))
            last = m.end()
        pieces.append(text[last:])
        self.text = "".join(pieces)

    def at(self, pos: int) -> int:
        shift = 0
        for start, end, length in self.edits:
            if end <= pos:
                shift += length - (end - start)
            elif start < pos:
                return start + shift + min(pos - start, length)
            else:
                break
        return pos + shift


TOPICS = (
    "Veterinary Medicine", "Customs Statistics", "Seed Certification", "Migration Records",
    "Fire Safety", "Civil Aviation", "Seismic Monitoring", "Youth Exchanges", "Archives",
    "Pharmaceutical Inspection", "Radio Frequencies", "Museum Loans", "Water Resources",
    "Land Surveys", "Plant Quarantine", "Standard Samples", "Sports Doping Control",
    "Industrial Safety", "Tourism Statistics", "Hydrometeorology", "Geological Data",
    "Postal Services", "Forest Fires", "Electronic Signatures",
)  # fmt: skip
"""Subjects a varied document title is extended with."""


def _vary_title(title: str, group: int, years: int) -> str:
    """Another work of the same kind: its subject extended, numbered by the group."""
    topic = TOPICS[group % len(TOPICS)]
    return f"{_shift_year(title, years)} and on {topic}, No. {group // len(TOPICS) + 1}"


def _vary_payload(fact: dict[str, Any], titles: dict[str, str], years: int, days: int) -> None:
    for key in ("date", "start", "end"):
        if isinstance(fact.get(key), str):
            fact[key] = _shift_date(fact[key], years, days)
    meeting = fact.get("meeting")
    if isinstance(meeting, dict) and isinstance(meeting.get("date"), str):
        meeting["date"] = _shift_date(meeting["date"], years, days)
    if fact["kind"] == "document":
        fact["title"] = titles.get(fact["title"]) or _vary_title(fact["title"], 0, years)
    if fact["kind"] == "chairmanship" and isinstance(fact.get("year"), int):
        fact["year"] += years
    if fact["kind"] == "statistic" and isinstance(fact.get("period"), str):
        fact["period"] = _shift_year(fact["period"], years)


def variants(
    tpls: list[Template], per_group: int = 1
) -> Iterator[tuple[dict[str, Any], list[dict[str, Any]]]]:
    """Articles without end: round r rewrites every template; rounds of one group report the
    same events (same year shift, same document titles: one work cited by several articles),
    each group moves its dates by whole years and days and names different documents."""
    r = 0
    while True:
        group = r // per_group
        years = -(group % 25)
        days = 7 * (group // 25)
        outlet = f"Wire {r % per_group + 1}"
        for tpl in tpls:
            names = {f["title"] for f in tpl.facts if f["kind"] == "document"}
            titles = {t: _vary_title(t, group, years) for t in names}
            rw = Rewrite(tpl.text, {t: v for t, v in titles.items() if t in tpl.text}, years)
            text = f"{rw.text}\n\n({outlet}, archive copy {r}.)"
            aid = hashlib.sha256(text.encode("utf-8")).hexdigest()
            published = _shift_date(tpl.published, years, days)
            article = {
                "id": aid,
                "name": f"r{r:05d}-{tpl.name}",
                "source": f"generated/{tpl.name}",
                "title": _shift_year(tpl.title or tpl.name, years),
                "published": published,
                "outlet": outlet,
                "url": None,
                "language": tpl.language,
                "text": text,
            }
            facts = []
            for f in tpl.facts:
                payload = json.loads(json.dumps(f))
                _vary_payload(payload, titles, years, days)
                span = payload.get("span")
                if span:
                    start, end = rw.at(span[0]), rw.at(span[1])
                    payload["span"] = [start, end]
                    payload["quote"] = text[start:end]
                facts.append(payload)
            yield article, facts
        r += 1


# --- filling a store ---------------------------------------------------------------------------


@dataclass
class Generated:
    """Rows for the articles and facts tables, and the registry reconciled from the facts."""

    articles: list[dict[str, Any]]
    facts: list[dict[str, Any]]
    registry: dict[str, list[dict[str, Any]]]
    seconds: dict[str, float]


def generate(target_facts: int, per_group: int) -> Generated:
    """Variants of the example reports until `target_facts` facts: the rows `plenary ingest`
    would store (same article ids, fact ids and payload form), and the registry reconciled from
    those facts one group at a time (see `merge`)."""
    from plenary.reference import load as gazetteer
    from plenary.registry import StoredFact, reconcile
    from plenary.spec import fact_from_dict
    from plenary.store.bulk import fact_row
    from plenary.store.ingest import EXTRACTOR_VERSION, fact_id

    seconds = {}
    started = time.perf_counter()
    tpls = templates()
    seconds["extract templates"] = time.perf_counter() - started
    articles: list[dict[str, Any]] = []
    facts: list[dict[str, Any]] = []
    shard: list[StoredFact] = []
    registry: dict[str, dict[str, dict[str, Any]]] = {}
    gaz = gazetteer()
    reconciling = 0.0
    per_shard = per_group * len(tpls)

    def reconcile_shard() -> None:
        nonlocal reconciling
        begun = time.perf_counter()
        merge(registry, reconcile(shard, gaz).as_dict())
        reconciling += time.perf_counter() - begun
        shard.clear()

    started = time.perf_counter()
    for article, payloads in variants(tpls, per_group):
        if len(facts) >= target_facts:
            break
        if articles and len(articles) % per_shard == 0:
            reconcile_shard()
        articles.append(article | {"first_seen": "2026-01-01T00:00:00+00:00"})
        seen: set[str] = set()
        for payload in payloads:
            fact = fact_from_dict(payload)
            fid = fact_id(article["id"], EXTRACTOR_VERSION, fact)
            if fid in seen:
                continue
            seen.add(fid)
            shard.append(StoredFact(fid, fact, article["name"], article["published"]))
            facts.append(fact_row(fid, article["id"], fact, EXTRACTOR_VERSION))
    reconcile_shard()
    seconds["generate facts"] = time.perf_counter() - started - reconciling
    seconds["reconcile by group"] = reconciling
    records = {kind: [rs[k] for k in sorted(rs)] for kind, rs in registry.items()}
    return Generated(articles, facts, records, seconds)


LINKS = ("names", "sessions", "awards", "appointments", "initiatives")


def merge(into: dict[str, dict[str, dict[str, Any]]], part: dict[str, list[dict]]) -> None:
    """Add one group's registry to the whole. Groups name different sessions and documents
    (their dates and titles differ), but the same people, and may give the same id to an
    undated session or an award, chairmanship or statistic: such a record keeps its first
    form, and gains the other's claims (and, for a person, names and links)."""
    for kind, records in part.items():
        have = into.setdefault(kind, {})
        for rec in records:
            old = have.get(rec["id"])
            if old is None:
                have[rec["id"]] = rec
                continue
            seen = {json.dumps(c, sort_keys=True) for c in old["claims"]}
            old["claims"] += [c for c in rec["claims"] if json.dumps(c, sort_keys=True) not in seen]
            old["claims"].sort(
                key=lambda c: (c["field"], c["fact"], c["article"], c["quote"] or "")
            )
            if kind == "person":
                for key in LINKS:
                    old[key] = sorted(set(old[key]) | set(rec[key]))


def fill(url: str, gen: Generated, batch: int = 2000) -> dict[str, Any]:
    """Bulk insert the articles and facts, then the registry through the store's own
    `write_registry` (what `rebuild` writes after reconciling) in one transaction."""
    from sqlalchemy import func, insert, select

    from plenary.store import open_store
    from plenary.store import schema as t
    from plenary.store.registry_rows import write_registry

    store = open_store(url)
    with store.engine.connect() as conn:
        if conn.execute(select(func.count()).select_from(t.articles)).scalar_one():
            raise SystemExit(f"{url} already holds articles: use an empty database or --reuse")
    started = time.perf_counter()
    for i in range(0, len(gen.articles), batch):
        with store.engine.begin() as conn:
            conn.execute(insert(t.articles), gen.articles[i : i + batch])
    for i in range(0, len(gen.facts), batch):
        with store.engine.begin() as conn:
            conn.execute(insert(t.facts), gen.facts[i : i + batch])
    inserted = time.perf_counter() - started
    started = time.perf_counter()
    with store.engine.begin() as conn:
        write_registry(conn, gen.registry)
    written = time.perf_counter() - started
    analyze(store.engine, vacuum=True)
    store.engine.dispose()
    return {
        "articles": len(gen.articles),
        "facts": len(gen.facts),
        "records": {k: len(v) for k, v in gen.registry.items()},
        "seconds": {k: round(v, 1) for k, v in gen.seconds.items()}
        | {"insert articles and facts": round(inserted, 1), "write registry": round(written, 1)},
    }


def analyze(engine: Any, vacuum: bool = False) -> None:
    """Refresh the planner's statistics: `ANALYZE` (SQLite), `[VACUUM] ANALYZE` (PostgreSQL)."""
    if engine.dialect.name == "postgresql":
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM ANALYZE" if vacuum else "ANALYZE")
    else:
        with engine.begin() as conn:
            conn.exec_driver_sql("ANALYZE")


def upgrade(url: str) -> dict[str, Any]:
    """Bring a kept database to the code's schema (the Alembic migrations `open_store` runs,
    which fill new derived tables from the stored registry), then refresh the planner's
    statistics if it changed."""
    from sqlalchemy import create_engine, text

    from plenary.store import open_store

    def version() -> str | None:
        engine = create_engine(url)
        with engine.connect() as conn:
            found = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        engine.dispose()
        return None if found is None else str(found)

    before = version()
    started = time.perf_counter()
    store = open_store(url)
    after = version()
    if after != before:
        analyze(store.engine)
    store.engine.dispose()
    return {"from": before, "to": after, "seconds": round(time.perf_counter() - started, 1)}


# --- measuring ---------------------------------------------------------------------------------


def _one(conn: Any, sql: str) -> str:
    from sqlalchemy import text

    value = conn.execute(text(sql)).scalar()
    if value is None:
        raise SystemExit(f"the database has nothing for: {sql}")
    return str(value)


def _href(record_id: str) -> str:
    kind, _, rest = record_id.partition("/")
    return f"/{'people' if kind == 'person' else kind + 's'}/{rest}"


def routes(url: str) -> list[tuple[str, str]]:
    """(group, path) for every page and API list, with records picked from the database: the
    largest session, document, person and article (the slowest pages) and a typical one."""
    from urllib.parse import urlencode

    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.connect() as conn:
        largest_session = _one(
            conn,
            "SELECT session_id FROM session_participants GROUP BY session_id "
            "ORDER BY count(*) DESC, session_id LIMIT 1",
        )
        some_session = _one(
            conn,
            "SELECT id FROM sessions ORDER BY id LIMIT 1 "
            "OFFSET (SELECT count(*) / 2 FROM sessions)",
        )
        largest_document = _one(
            conn,
            "SELECT document_id FROM document_actions GROUP BY document_id "
            "ORDER BY count(*) DESC, document_id LIMIT 1",
        )
        some_document = _one(
            conn,
            "SELECT id FROM documents ORDER BY id LIMIT 1 "
            "OFFSET (SELECT count(*) / 2 FROM documents)",
        )
        busiest_person = _one(
            conn,
            "SELECT person FROM session_participants GROUP BY person "
            "ORDER BY count(*) DESC, person LIMIT 1",
        )
        statistic = _one(
            conn, "SELECT id FROM statistics ORDER BY CAST(conflicts AS TEXT) = '[]', id LIMIT 1"
        )
        largest_article = _one(
            conn,
            "SELECT article_id FROM facts GROUP BY article_id "
            "ORDER BY count(*) DESC, article_id LIMIT 1",
        )
        year = _one(
            conn,
            "SELECT substr(date, 1, 4) FROM sessions WHERE date IS NOT NULL ORDER BY date DESC "
            "LIMIT 1 OFFSET (SELECT count(*) / 4 FROM sessions)",
        )
        series = conn.execute(
            text(
                "SELECT indicator, subject, unit FROM statistics GROUP BY indicator, subject, unit "
                "ORDER BY count(*) DESC, indicator LIMIT 1"
            )
        ).one()
        word = "Veterinary"
    engine.dispose()
    lists = [
        "sessions", "documents", "people", "awards", "appointments", "chairmanships",
        "statistics", "initiatives",
    ]  # fmt: skip
    filtered = [
        "sessions?offset=1000",
        f"sessions?status=held&year={year}",
        "sessions?body=cis-heads-of-state&state=KZ",
        "documents?offset=9000",
        f"documents?q={word}",
        f"documents?org=cis&year={year}",
        "documents?state=KZ&body=cis-heads-of-state",
        "people?state=RU",
        f"statistics?year={year}",
    ]
    out: list[tuple[str, str]] = [("page", "/"), ("api", "/api/home")]
    for name in lists + filtered:
        out += [("page", f"/{name}"), ("api", f"/api/{name}")]
    for path in (
        "matrix", "matrix?offset=5000", f"matrix?org=cis&year={year}", "calendar",
        "sources", "sources?offset=10000",
    ):  # fmt: skip
        out += [("page", f"/{path}"), ("api", f"/api/{path}")]
    chart = urlencode({k: v for k, v in zip(("name", "subject", "unit"), series, strict=True) if v})
    for path in ("indicators", f"indicators/chart?{chart}"):
        out += [("page", f"/{path}"), ("api", f"/api/{path}")]
    out += [("page", f"/search?q={word}"), ("api", f"/api/search?q={word}")]
    out += [("page", "/search?q=Moscow+summit"), ("api", "/api/search?q=Moscow+summit")]
    for rid in (
        largest_session, some_session, largest_document, some_document, busiest_person, statistic,
    ):  # fmt: skip
        out += [("page", _href(rid)), ("api", "/api" + _href(rid))]
    out += [("page", f"/sources/{largest_article}"), ("api", f"/api/sources/{largest_article}")]
    return out


def measure(
    url: str, requests: int, only: str | None = None, warmup: int = 2
) -> list[dict[str, Any]]:
    """Each route `warmup` times untimed, then `requests` times; milliseconds per request."""
    from fastapi.testclient import TestClient

    from plenary.web import create_app

    client = TestClient(create_app(url))
    results = []
    for group, path in routes(url):
        if only and only not in path:
            continue
        for _ in range(warmup):
            response = client.get(path)
            if response.status_code != 200:
                raise SystemExit(f"{path}: HTTP {response.status_code} {response.text[:200]}")
        times = []
        for _ in range(requests):
            start = time.perf_counter()
            client.get(path)
            times.append((time.perf_counter() - start) * 1000)
        times.sort()
        results.append(
            {
                "group": group,
                "path": path,
                "bytes": len(response.content),
                "p50": statistics.median(times),
                "p95": times[max(0, round(0.95 * len(times)) - 1)],
                "max": times[-1],
            }
        )
    return results


# --- the command -------------------------------------------------------------------------------


def machine() -> dict[str, str]:
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    mem = next(
        line.split(":", 1)[1].strip()
        for line in Path("/proc/meminfo").read_text().splitlines()
        if line.startswith("MemTotal")
    )
    nproc = subprocess.run(["nproc"], capture_output=True, text=True).stdout.strip()
    return {"nproc": nproc, "cpu": cpu, "memory": mem, "python": platform.python_version()}


def _pg_database(server: str, name: str, action: str) -> str:
    """The URL of database `name` on the server, after `create` (drop and create it again),
    `drop`, or `use` (leave it as it is)."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    if action in ("create", "drop"):
        admin = create_engine(server, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            if action == "create":
                conn.execute(text(f'CREATE DATABASE "{name}"'))
        admin.dispose()
    return make_url(server).set(database=name).render_as_string(hide_password=False)


def counts(url: str) -> dict[str, int]:
    """Rows of the log and records of the registry in the database at `url`."""
    from sqlalchemy import create_engine, func, select

    from plenary.store import schema as t

    engine = create_engine(url)
    tables = {"articles": t.articles, "facts": t.facts} | {k: v for k, v in t.RECORD_TABLES.items()}
    with engine.connect() as conn:
        out = {
            k: int(conn.execute(select(func.count()).select_from(v)).scalar_one())
            for k, v in tables.items()
        }
    engine.dispose()
    return out


def _generated(cache: str | None, facts: int, per_group: int) -> Generated:
    """Generated rows, from `cache` when it exists (written there otherwise)."""
    if cache and Path(cache).exists():
        with open(cache, "rb") as handle:
            gen: Generated = pickle.load(handle)
        if len(gen.facts) >= facts:
            return gen
    gen = generate(facts, per_group)
    if cache:
        with open(cache, "wb") as handle:
            pickle.dump(gen, handle)
    return gen


def _table(results: list[dict[str, Any]]) -> str:
    lines = ["| route | p50 ms | p95 ms | max ms | KiB |", "|---|---:|---:|---:|---:|"]
    for r in results:
        mark = "" if r["p95"] < TARGET_MS else " **over**"
        lines.append(
            f"| `{r['path']}` | {r['p50']:.1f} | {r['p95']:.1f}{mark} | {r['max']:.1f} "
            f"| {r['bytes'] / 1024:.0f} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--engine", choices=("sqlite", "postgresql", "both"), default="both")
    parser.add_argument("--sqlite", default="/tmp/plenary-bench-web.db", help="SQLite file")
    parser.add_argument(
        "--pg-server",
        default="postgresql+psycopg://postgres@127.0.0.1:5432/test",
        help="a PostgreSQL server to create the benchmark database on",
    )
    parser.add_argument("--pg-database", default="plenary_bench_web")
    parser.add_argument("--facts", type=int, default=200_000)
    parser.add_argument("--per-group", type=int, default=1, help="articles per reported event")
    parser.add_argument("--requests", "-n", type=int, default=50, help="timed requests per route")
    parser.add_argument("--cache", help="pickle of the generated rows and registry, reused")
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="measure an already filled database (migrated to the code's schema first)",
    )
    parser.add_argument("--keep", action="store_true", help="keep the databases afterwards")
    parser.add_argument("--only", help="measure only routes containing this text")
    parser.add_argument("--json", action="store_true", help="one JSON object instead of tables")
    args = parser.parse_args(argv)
    report: dict[str, Any] = {
        "date": datetime.now(UTC).strftime("%a %b %d %H:%M:%S UTC %Y"),
        "machine": machine(),
        "engines": {},
    }
    gen: Generated | None = None
    engines = ["sqlite", "postgresql"] if args.engine == "both" else [args.engine]
    if not args.json:
        print(f"{report['date']}; {json.dumps(report['machine'])}")
    for engine in engines:
        if engine == "sqlite":
            path = Path(args.sqlite)
            if not args.reuse:
                for suffix in ("", "-wal", "-shm"):
                    Path(f"{path}{suffix}").unlink(missing_ok=True)
            url = f"sqlite:///{path}"
        else:
            action = "use" if args.reuse else "create"
            url = _pg_database(args.pg_server, args.pg_database, action)
        entry: dict[str, Any] = {"url": url.split("@")[-1]}
        if not args.reuse:
            if gen is None:
                gen = _generated(args.cache, args.facts, args.per_group)
            entry["generated"] = fill(url, gen)
            print(f"{engine}: {json.dumps(entry['generated'])}", file=sys.stderr)
        else:
            entry["schema"] = upgrade(url)
            print(f"{engine}: schema {json.dumps(entry['schema'])}", file=sys.stderr)
        entry["counts"] = counts(url)
        results = measure(url, args.requests, args.only)
        entry["results"] = results
        entry["over_target"] = [r["path"] for r in results if r["p95"] >= TARGET_MS]
        report["engines"][engine] = entry
        if engine == "sqlite" and not args.keep:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{args.sqlite}{suffix}").unlink(missing_ok=True)
        if engine == "postgresql" and not args.keep:
            _pg_database(args.pg_server, args.pg_database, "drop")
        if not args.json:
            print(f"\n## {engine} ({args.requests} requests per route, {len(results)} routes)\n")
            if "generated" in entry:
                print(f"generated: {json.dumps(entry['generated'])}\n")
            if "schema" in entry:
                print(f"schema: {json.dumps(entry['schema'])}\n")
            print(f"counts: {json.dumps(entry['counts'])}\n")
            print(_table(results))
            over = entry["over_target"]
            print(f"\np95 < {TARGET_MS:g} ms: {'all' if not over else f'{len(over)} over'}")
            sys.stdout.flush()
    if args.json:
        print(json.dumps(report, indent=2))
    return 0 if all(not e["over_target"] for e in report["engines"].values()) else 1


if __name__ == "__main__":
    sys.exit(main())
