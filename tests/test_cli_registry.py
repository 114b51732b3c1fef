"""The registry commands end to end: ingest, sessions/documents/people, show, rebuild."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from plenary.cli import app
from plenary.store import ingest_articles, open_store

runner = CliRunner()


def run(*args: str) -> Any:
    return runner.invoke(app, list(args), catch_exceptions=False)


@pytest.fixture
def gold_db(sqlite_url: str, seeds: Any) -> str:
    """A store holding the seeds with their gold facts."""
    ingest_articles(open_store(sqlite_url), seeds.articles, seeds.extract, "gold")
    return sqlite_url


def test_ingest_reports_and_reingest_changes_nothing(sqlite_url: str, seeds: Any) -> None:
    first = run("ingest", str(seeds.folder), "--db", sqlite_url)
    assert first.exit_code == 0, first.output
    assert "articles: 5 new, 0 duplicate, 0 failed" in first.output
    sessions = run("sessions", "--json", "--db", sqlite_url).output
    second = run("ingest", str(seeds.folder), "--db", sqlite_url)
    assert "articles: 0 new, 5 duplicate, 0 failed" in second.output
    assert "facts: 0 stored" in second.output
    assert run("sessions", "--json", "--db", sqlite_url).output == sessions
    assert run("rebuild", "--db", sqlite_url).exit_code == 0
    assert run("sessions", "--json", "--db", sqlite_url).output == sessions


def test_a_bad_file_is_named_and_fails_the_run(sqlite_url: str, tmp_path: Path, seeds: Any) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(seeds.folder / "003_145b0f462b2f860c.txt", folder)
    (folder / "broken.txt").write_bytes(b"\xff\xfe\x00\x01 not text")
    result = run("ingest", str(folder), "--db", sqlite_url)
    assert result.exit_code == 1
    errors = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "broken.txt" in errors[0]
    assert "articles: 1 new, 0 duplicate, 1 failed" in result.output


def test_listings_as_json(gold_db: str) -> None:
    sessions = json.loads(run("sessions", "--json", "--db", gold_db).output)
    assert len(sessions) == 9
    documents = json.loads(run("documents", "--json", "--db", gold_db).output)
    assert any("Deradicalization" in d["title"] for d in documents)
    people = json.loads(run("people", "--json", "--db", gold_db).output)
    assert len([p for p in people if "Nematov" in p["name"]]) == 1
    table = run("people", "--db", gold_db)
    assert table.exit_code == 0 and "Nematov" in table.output


def test_show_document_lifecycle_and_state_table(gold_db: str) -> None:
    result = run("show", "international russian language organization", "--db", gold_db)
    assert result.exit_code == 0, result.output
    out = result.output
    assert "2023-10-13 signed at session/cis-heads-of-state/2023-10-13-bishkek" in out
    assert "ratified by BY, KG, RU, TJ" in out
    for state in ("RU", "BY", "KG", "TJ"):
        assert f"    {state}: ratified" in out
    for state in ("KZ", "UZ", "AZ", "AM", "MD"):
        assert f"    {state}: signed (signed 2023-10-13, ratified: not yet" in out
    assert "<- 001_c647624496657154.txt" in out


def test_show_accepts_an_id_and_lists_candidates_when_ambiguous(gold_db: str) -> None:
    exact = run("show", "session/cis-heads-of-state/2024-10-08-moscow", "--json", "--db", gold_db)
    record = json.loads(exact.output)
    assert record["status"] == "held" and record["place"] == "Moscow"
    ambiguous = run("show", "agreement", "--db", gold_db)
    assert ambiguous.exit_code == 1
    assert "document/agreement-on-the-establishment" in ambiguous.output
    assert run("show", "no such thing", "--db", gold_db).exit_code == 1
