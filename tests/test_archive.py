"""`plenary dump` / `plenary restore`: an SQLite store with decisions and accounts, dumped and
restored into an empty PostgreSQL one (and SQLite), gives the identical registry; broken
archives and non-empty targets fail clearly, without writing anything."""

from __future__ import annotations

import io
import json
import tarfile
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner

from plenary.cli import app
from plenary.store import Store, ingest_articles, open_store, read_registry
from plenary.store import schema as t
from plenary.store.archive import ArchiveError, dump, restore
from plenary.store.decisions import aliases, decide, list_decisions
from plenary.store.users import add_user, create_token, list_users, login


def registry_json(store: Store) -> str:
    with store.engine.connect() as conn:
        return json.dumps(read_registry(conn), sort_keys=True, ensure_ascii=False)


def decided_store(url: str, seeds: Any) -> Store:
    """The seeds with a correction, a rejection, a merge (its aliases) and accounts."""
    store = open_store(url)
    ingest_articles(store, seeds.articles, seeds.extract, "gold")
    with store.engine.connect() as conn:
        facts = conn.execute(select(t.facts.c.id, t.facts.c.payload).order_by(t.facts.c.id)).all()
    docs = [f.id for f in facts if f.payload["kind"] == "document"]
    decide(store, "correct", docs[0], author="ed", reason="typo", fields={"title": "Edited title"})
    decide(store, "reject", docs[1], author="ed")
    decide(store, "merge", "person/alexei-overchuk", other="person/alexander-turchin", author="ed")
    add_user(store, "ed", "editor", "a long enough password")
    add_user(store, "rita", "reader")
    create_token(store, "ed", "edit")
    return store


def test_sqlite_dump_restores_into_postgres_identically(
    sqlite_url: str, postgres_url: str, seeds: Any, tmp_path: Path
) -> None:
    source = decided_store(sqlite_url, seeds)
    archive = tmp_path / "plenary.tar.gz"
    summary = dump(source, archive)
    assert summary.counts == {"articles": 5, "facts": summary.counts["facts"], "decisions": 3,
                              "users": 2}  # fmt: skip
    target = open_store(postgres_url)
    restore(target, archive)
    assert registry_json(target) == registry_json(source)
    assert (
        aliases(target) == aliases(source) == {"person/alexander-turchin": "person/alexei-overchuk"}
    )
    assert list_decisions(target) == list_decisions(source)
    assert [(u.name, u.role, u.has_password) for u in list_users(target)] == [
        ("ed", "editor", False),
        ("rita", "reader", False),
    ]
    assert login(target, "ed", "a long enough password") is None  # no secrets travel
    with target.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(t.articles)).scalar_one() == 5
    made = decide(target, "merge", "person/vladimir-putin", other="person/sergey-lebedev",
                  author="ed")  # fmt: skip
    assert made.id == 4  # the id sequence continues after the restored decisions
    add_user(target, "new", "reader")
    again = tmp_path / "again.tar.gz"
    dump(target, again)
    back = open_store(str(sqlite_url).replace("plenary.db", "back.db"))
    restore(back, again)
    assert registry_json(back) == registry_json(target)


def test_the_archive_holds_no_secret(sqlite_url: str, seeds: Any, tmp_path: Path) -> None:
    store = decided_store(sqlite_url, seeds)
    _, secret = create_token(store, "ed", "read")
    archive = tmp_path / "a.tar.gz"
    dump(store, archive)
    with tarfile.open(archive) as tar:
        names = tar.getnames()
        blob = b"".join(tar.extractfile(m).read() for m in tar.getmembers())  # type: ignore[union-attr]
    assert names == ["manifest.json", "articles.jsonl", "facts.jsonl", "decisions.jsonl",
                     "users.jsonl"]  # fmt: skip
    assert b"argon2" not in blob and secret.encode() not in blob and b"token" not in blob


def _tar(path: Path, members: dict[str, bytes]) -> Path:
    with tarfile.open(path, "w:gz") as tar:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return path


def test_broken_archives_and_full_targets_fail_clearly(
    store_url: str, sqlite_url: str, seeds: Any, tmp_path: Path
) -> None:
    store = open_store(store_url)
    good = tmp_path / "good.tar.gz"
    dump(decided_store(sqlite_url.replace("plenary.db", "src.db"), seeds), good)
    with tarfile.open(good) as tar:
        members = {m.name: tar.extractfile(m).read() for m in tar.getmembers()}  # type: ignore[union-attr]
    garbage = tmp_path / "garbage.tar.gz"
    garbage.write_bytes(b"\x1f\x8bnot really gzip")
    with pytest.raises(ArchiveError, match="not a readable archive"):
        restore(store, garbage)
    with pytest.raises(ArchiveError, match="missing"):
        restore(store, _tar(tmp_path / "m.tar.gz", {k: v for k, v in members.items()
                                                     if k != "facts.jsonl"}))  # fmt: skip
    bad_line = members | {"facts.jsonl": members["facts.jsonl"] + b"{not json\n"}
    with pytest.raises(ArchiveError, match=r"facts.jsonl:\d+: not JSON"):
        restore(store, _tar(tmp_path / "b.tar.gz", bad_line))
    extra = members | {"users.jsonl": b'{"id": 1, "name": "x", "password_hash": "$argon2id$"}\n'}
    with pytest.raises(ArchiveError, match="expected the fields"):
        restore(store, _tar(tmp_path / "e.tar.gz", extra))
    other = members | {"manifest.json": b'{"format": "something else"}'}
    with pytest.raises(ArchiveError, match="not a plenary-archive"):
        restore(store, _tar(tmp_path / "o.tar.gz", other))
    assert registry_json(store) == registry_json(open_store(store_url))
    with store.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(t.articles)).scalar_one() == 0
    restore(store, good)
    with pytest.raises(ArchiveError, match="already holds"):
        restore(store, good)


def test_the_cli_dumps_and_restores(sqlite_url: str, seeds: Any, tmp_path: Path) -> None:
    runner = CliRunner()
    source = decided_store(sqlite_url, seeds)
    archive = tmp_path / "x.tar.gz"
    target = f"sqlite:///{tmp_path / 'target.db'}"
    done = runner.invoke(app, ["dump", str(archive), "--db", sqlite_url])
    assert done.exit_code == 0 and "5 articles" in done.output
    done = runner.invoke(app, ["restore", str(archive), "--db", target])
    assert done.exit_code == 0, done.output
    assert registry_json(open_store(target)) == registry_json(source)
    again = runner.invoke(app, ["restore", str(archive), "--db", target])
    assert again.exit_code == 2 and "already holds" in again.output
    pw = runner.invoke(app, ["user", "password", "ed", "--password-stdin", "--db", target],
                       input="a new long password\n")  # fmt: skip
    assert pw.exit_code == 0 and login(open_store(target), "ed", "a new long password")


def test_clusters_survive_a_dump_and_a_dump_without_them_restores(
    sqlite_url: str, seeds: Any, tmp_path: Path
) -> None:
    """An article's reprint cluster is dumped and restored; a dump made before stores kept
    clusters (no such field) restores with none."""
    source = decided_store(sqlite_url, seeds)
    with source.engine.begin() as conn:
        first, second = conn.execute(select(t.articles.c.id).order_by("id").limit(2)).scalars()
        conn.execute(t.articles.update().where(t.articles.c.id == second).values(cluster=first))
    good = tmp_path / "good.tar.gz"
    dump(source, good)
    target = open_store(f"sqlite:///{tmp_path / 'target.db'}")
    restore(target, good)
    with target.engine.connect() as conn:
        kept = dict(conn.execute(select(t.articles.c.id, t.articles.c.cluster)).all())
    assert kept[second] == first and sum(v is not None for v in kept.values()) == 1
    assert registry_json(target) == registry_json(source)
    with tarfile.open(good) as tar:
        members = {m.name: tar.extractfile(m).read() for m in tar.getmembers()}  # type: ignore[union-attr]
    rows = [json.loads(line) for line in members["articles.jsonl"].splitlines()]
    old = b"".join(
        json.dumps({k: v for k, v in r.items() if k != "cluster"}).encode() + b"\n" for r in rows
    )
    older = open_store(f"sqlite:///{tmp_path / 'older.db'}")
    restore(older, _tar(tmp_path / "old.tar.gz", members | {"articles.jsonl": old}))
    with older.engine.connect() as conn:
        assert set(conn.execute(select(t.articles.c.cluster)).scalars()) == {None}
