"""Issue 2's acceptance list, end to end through the `plenary` command with the real extractor.

Items 3 and 4 (the registry the seeds give), 5 (re-ingest, rebuild, SQLite = PostgreSQL),
6 (bad input) and 2 (quotes at their spans; micro-F1 of `plenary evaluate`). No gold fact stands
in for the extractor here: what the registry holds is what the extractor read.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text
from typer.testing import CliRunner, Result

from plenary.cli import app
from plenary.ingest import IngestError, read_paths
from plenary.registry.documents import same_work

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"
SEED_GOLD = SHARED / "gold" / "seeds"
EXAMPLES = ROOT / "examples" / "reports"
EXAMPLE_GOLD = ROOT / "examples" / "gold"
LISTINGS = ("sessions", "documents", "people")

needs_seeds = pytest.mark.skipif(
    not SEEDS.is_dir() or not SEED_GOLD.is_dir(), reason=f"no seed corpus and gold under {SHARED}"
)
runner = CliRunner()


def run(*args: str) -> Result:
    return runner.invoke(app, list(args), catch_exceptions=False)


def as_json(*args: str) -> Any:
    result = run(*args, "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def ingest(url: str, *paths: Path) -> Result:
    return run("ingest", *map(str, paths), "--db", url)


def snapshot(url: str) -> dict[str, Any]:
    """The whole registry as the command prints it: each listing, and every award, appointment
    and initiative the people refer to, shown one by one."""
    data: dict[str, Any] = {name: as_json(name, "--db", url) for name in LISTINGS}
    refs = sorted(
        {
            ref
            for p in data["people"]
            for k in ("awards", "appointments", "initiatives")
            for ref in p[k]
        }
    )
    data["shown"] = {ref: as_json("show", ref, "--db", url) for ref in refs}
    return data


@pytest.fixture(scope="module")
def seed_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    if not SEEDS.is_dir():
        pytest.skip(f"no seed corpus at {SEEDS}")
    url = f"sqlite:///{tmp_path_factory.mktemp('seeds') / 'plenary.db'}"
    result = ingest(url, SEEDS)
    assert result.exit_code == 0, result.output
    assert "articles: 5 new, 0 duplicate, 0 failed" in result.output
    return url


# --- item 3: exactly nine sessions --------------------------------------------------------------

Check = Callable[[dict[str, Any]], bool]


Accepted = str | None | tuple[str | None, ...]


def session(body: str, status: str, date: Accepted, place: Accepted, **more: Any) -> Check:
    """A session as the acceptance list describes it; a tuple value lists what is accepted."""
    wanted = {"body": body, "status": status, "date": date, "place": place, **more}

    def fits(rec: dict[str, Any]) -> bool:
        for key, value in wanted.items():
            got = sorted(rec[key]) if key == "parties" else rec[key]
            if got not in (value if isinstance(value, tuple) else (value,)):
                return False
        return True

    fits.__name__ = f"{body} {status} {date} {place} {more}"
    return fits


HOS, HOG = "cis-heads-of-state", "cis-heads-of-government"
NINE = [
    session(HOG, "planned", None, "Ashgabat"),
    session(HOG, "held", "2025-06-05", "Dushanbe"),
    session(HOS, "held", "2023-10-13", "Bishkek", informal=False),
    session(HOS, "held", "2024-10-08", "Moscow", informal=False),
    session(HOS, "held", (None, "2024-10-07"), (None, "Moscow"), informal=True),
    session(HOS, "planned", "2024-12", "Saint Petersburg", informal=True),
    session(HOS, "planned", "2025-10-10", "Dushanbe"),
    session("bilateral", "planned", (None, "2024", "2024-10", "2024-10-08"), (None, "Moscow"),
            parties=["AZ", "RU"]),
    session("bilateral", "planned", (None, "2024", "2024-10", "2024-10-08"), (None, "Moscow"),
            parties=["AM", "RU"]),
]  # fmt: skip


@needs_seeds
def test_the_seeds_give_exactly_the_nine_sessions(seed_db: str) -> None:
    records = as_json("sessions", "--db", seed_db)
    brief = [(r["body"], r["status"], r["date"], r["place"], r["parties"]) for r in records]
    for check in NINE:
        fitting = [r["id"] for r in records if check(r)]
        assert len(fitting) == 1, f"{check.__name__}: {fitting} in {brief}"
    assert len(records) == 9, brief


# --- item 4: the IRLO agreement, Nematov, the deradicalization program --------------------------


def article_text(name: str) -> str:
    (article,) = [a for a in read_paths([SEEDS / name]) if not isinstance(a, IngestError)]
    return article.text


def assert_sourced(claims: list[dict[str, Any]]) -> None:
    """Each claim names a seed article and quotes it word for word."""
    assert claims
    for claim in claims:
        assert claim["quote"], claim
        assert claim["quote"] in article_text(claim["article"]), claim


@needs_seeds
def test_irlo_agreement_signed_in_bishkek_and_ratified_by_four(seed_db: str) -> None:
    doc = as_json("show", "International Russian Language Organization", "--db", seed_db)
    signed = [a for a in doc["actions"] if a["action"] == "signed" and not a["planned"]]
    assert len(signed) == 1
    assert signed[0]["date"].startswith("2023")
    assert signed[0]["session"].endswith("-bishkek")
    rows = {row["state"]: row for row in doc["state_status"]}
    ratified = {s for s, row in rows.items() if row["status"] == "ratified"}
    assert ratified == {"RU", "BY", "KG", "TJ"}
    others = set(rows) - ratified
    assert others >= {"KZ", "UZ", "AZ", "AM"}
    assert all(rows[s]["ratified"] is None for s in others)
    for row in rows.values():
        assert_sourced(row["claims"])
    for action in doc["actions"]:
        assert_sourced(action["claims"])


@needs_seeds
def test_irlo_agreement_shown_with_a_source_under_every_line(seed_db: str) -> None:
    result = run("show", "International Russian Language Organization", "--db", seed_db)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    state_lines = [i for i, line in enumerate(lines) if re.match(r" {4}[A-Z]{2}: ", line)]
    assert len(state_lines) >= 8
    action_lines = [
        i for i, line in enumerate(lines) if re.match(r" {4}(\d{4}[-\d]*|undated) ", line)
    ]
    assert len(action_lines) >= 2
    for i in state_lines + action_lines:
        assert re.match(r" +<- 00\d_\w+\.txt: \".+\"$", lines[i + 1]), lines[i : i + 2]


@needs_seeds
def test_nematov_is_one_person_with_one_order_of_friendship(seed_db: str) -> None:
    people = as_json("people", "--db", seed_db)
    nematov = [p for p in people if "nematov" in " ".join([p["name"], *p["names"]]).lower()]
    assert len(nematov) == 1, [p["id"] for p in nematov]
    (award_id,) = nematov[0]["awards"]
    award = as_json("show", award_id, "--db", seed_db)
    assert "Friendship" in award["award"]
    articles = {c["article"][:3] for c in award["claims"]}
    assert articles == {"001", "002"}, "the report and the preview both name the award"
    assert_sourced(award["claims"])


@needs_seeds
def test_the_deradicalization_program_is_one_document_adopted_on_the_summit_day(
    seed_db: str,
) -> None:
    documents = as_json("documents", "--db", seed_db)
    programs = [d for d in documents if "deradicali" in d["title"].lower()]
    assert len(programs) == 1, [d["id"] for d in programs]
    adopted = [a for a in programs[0]["actions"] if a["action"] == "adopted"]
    assert [(a["date"], a["planned"]) for a in adopted] == [("2024-10-08", False)]
    assert {c["article"][:3] for c in adopted[0]["claims"]} == {"001", "002"}


def test_a_treaty_and_an_agreement_on_one_subject_are_one_work() -> None:
    assert same_work(
        "Agreement to create the International Russian Language Organization",
        "Treaty to establish the International Russian Language Organization",
    )
    assert not same_work(
        "Kazan Declaration", "Tianjin Declaration of the Council of Heads of State"
    )
    assert not same_work("Program of cooperation for 2025-2027", "Program of cooperation for 2022")


# --- item 5: re-ingest, rebuild, PostgreSQL -----------------------------------------------------


def record_counts(output: str) -> dict[str, list[int]]:
    """The ingest/rebuild report's table: record type → inserted, updated, unchanged, deleted."""
    rows = re.findall(r"│ (\w+) +│ (\d+) +│ (\d+) +│ (\d+) +│ (\d+) +│", output)
    return {kind: [int(n) for n in numbers] for kind, *numbers in rows}


@needs_seeds
def test_reingest_changes_nothing_and_rebuild_is_identical(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'plenary.db'}"
    first = ingest(url, SEEDS)
    assert first.exit_code == 0, first.output
    before = snapshot(url)
    again = ingest(url, SEEDS)
    assert again.exit_code == 0, again.output
    assert "articles: 0 new, 5 duplicate, 0 failed" in again.output
    assert "facts: 0 stored" in again.output
    counts = record_counts(again.output)
    assert len(counts) >= 8
    assert all(c[0] == c[1] == c[3] == 0 and c[2] > 0 for c in counts.values()), counts
    assert snapshot(url) == before
    rebuilt = run("rebuild", "--db", url)
    assert rebuilt.exit_code == 0, rebuilt.output
    assert all(c[0] == c[1] == c[3] == 0 for c in record_counts(rebuilt.output).values())
    assert snapshot(url) == before


@needs_seeds
def test_postgresql_holds_the_same_registry_as_sqlite(postgres_url: str, seed_db: str) -> None:
    result = ingest(postgres_url, SEEDS)
    assert result.exit_code == 0, result.output
    assert snapshot(postgres_url) == snapshot(seed_db)


# --- item 6: bad input --------------------------------------------------------------------------

GOOD = "The CIS summit was held in Moscow on October 8, 2024. Putin welcomed the leaders.\n"


def bad_inputs(folder: Path) -> dict[str, str]:
    """Writes one good article and each kind of bad input; returns file → the error it gets."""
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.bin").write_bytes(bytes(range(256)) * 8)
    (folder / "latin.txt").write_bytes("Summit in Moscow, caf\xe9 talk \xff.\n".encode("latin-1"))
    line = GOOD.replace("\n", " ")
    with (folder / "huge.txt").open("w") as f:
        for _ in range(50 * 1024 * 1024 // len(line) + 1):
            f.write(line)
    (folder / "sidecar.txt").write_text(GOOD.replace("Moscow", "Minsk"))
    (folder / "sidecar.txt.meta.json").write_text('{"published": "2024-10-09",')
    lines = [
        json.dumps({"text": GOOD.replace("Moscow", "Astana"), "url": "https://a/1"}),
        "{not json",
        json.dumps({"text": GOOD.replace("Moscow", "Bishkek"), "url": "https://a/3"}),
    ]
    (folder / "feed.jsonl").write_text("\n".join(lines) + "\n")
    return {
        "empty.txt": "empty",
        "binary.bin": "binary",
        "latin.txt": "UTF-8",
        "huge.txt": "too large",
        "sidecar.txt.meta.json": "sidecar",
        "feed.jsonl:2": "JSON",
    }


def stored(url: str) -> tuple[list[str], int, int]:
    """Article names, facts, and facts without their article, straight from the database."""
    engine = create_engine(url)
    with engine.connect() as conn:
        names = sorted(conn.execute(text("SELECT name FROM articles")).scalars())
        facts = conn.execute(text("SELECT count(*) FROM facts")).scalar_one()
        orphans = conn.execute(
            text("SELECT count(*) FROM facts WHERE article_id NOT IN (SELECT id FROM articles)")
        ).scalar_one()
    engine.dispose()
    return names, facts, orphans


def test_each_bad_input_gets_one_error_line_and_the_rest_is_ingested(tmp_path: Path) -> None:
    expected = bad_inputs(tmp_path / "in")
    url = f"sqlite:///{tmp_path / 'plenary.db'}"
    result = ingest(url, tmp_path / "in")
    assert result.exit_code == 1, result.output
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == len(expected), errors
    for name, words in expected.items():
        (line,) = [e for e in errors if f"{name}:" in e]
        assert words.lower() in line.lower(), line
    assert f"articles: 3 new, 0 duplicate, {len(expected)} failed" in result.stdout
    names, facts, orphans = stored(url)
    assert names == ["feed.jsonl:1", "feed.jsonl:3", "good.txt"]
    assert f"facts: {facts} stored" in result.stdout
    assert facts > 0 and orphans == 0
    assert as_json("sessions", "--db", url), "the good articles reached the registry"


# --- item 2: quotes at their spans, micro-F1 ---------------------------------------------------


def corpus_paths() -> list[Path]:
    """All sample reports, and the seeds where they are beside the project."""
    return [EXAMPLES / "dev", EXAMPLES / "test"] + ([SEEDS] if SEEDS.is_dir() else [])


def test_every_quote_is_the_article_text_at_its_span() -> None:
    texts: dict[str, str] = {}
    for item in read_paths(corpus_paths()):
        assert not isinstance(item, IngestError), item
        assert item.name not in texts, f"two articles named {item.name}"
        texts[item.name] = item.text
    assert len(texts) >= 36 + (5 if SEEDS.is_dir() else 0)
    result = run("extract", *map(str, corpus_paths()))
    assert result.exit_code == 0, result.stderr
    seen, checked = set(), 0
    for line in result.stdout.splitlines():
        record = json.loads(line)
        seen.add(record["article"])
        body = texts[record["article"]]
        for fact in record["facts"]:
            start, end = fact["span"]
            assert fact["quote"] == body[start:end], (record["article"], fact)
            checked += 1
    assert seen == set(texts)
    assert checked > 300


def evaluate(
    gold: Path, *paths: Path, options: tuple[str, ...] = ()
) -> tuple[float, dict[str, Any]]:
    printed = run("evaluate", "--gold", str(gold), *options, *map(str, paths))
    assert printed.exit_code == 0, printed.output
    last = printed.stdout.splitlines()[-1]
    assert re.fullmatch(r"micro-F1 [01]\.\d{3}", last), last
    report = as_json("evaluate", "--gold", str(gold), *options, *map(str, paths))
    return float(last.split()[1]), report["kinds"]


@needs_seeds
def test_evaluate_on_the_seeds_reaches_085_and_no_kind_is_below_070() -> None:
    micro_f1, kinds = evaluate(SEED_GOLD, SEEDS)
    assert micro_f1 >= 0.85
    assert {k: round(c["f1"], 3) for k, c in kinds.items() if c["f1"] < 0.70} == {}


def test_evaluate_on_the_english_examples_reaches_085() -> None:
    micro_f1, _ = evaluate(EXAMPLE_GOLD, EXAMPLES, options=("--language", "en"))
    assert micro_f1 >= 0.85


def test_evaluate_on_the_russian_examples_reaches_070() -> None:
    """The Russian pipeline is younger: its bar is lower, and measured apart from English."""
    micro_f1, _ = evaluate(EXAMPLE_GOLD, EXAMPLES, options=("--language", "ru"))
    assert micro_f1 >= 0.70
