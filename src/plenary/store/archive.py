"""A portable archive of what the registry is made from: articles, facts, editors' decisions and
accounts without secrets, as JSON lines in a gzipped tar. Restoring it into an empty store of
either engine and rebuilding gives the identical registry (the registry is never archived: it is
derived).

Members are read by name and never extracted to disk; each line is checked against the table's
columns before anything is written, and a restore is one transaction.
"""

from __future__ import annotations

import io
import json
import tarfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Table, func, insert, select, text

from plenary.store import schema as t
from plenary.store.db import Store
from plenary.store.decisions import decisions
from plenary.store.users import users

FORMAT = "plenary-archive"
VERSION = 1
USER_COLUMNS = ("id", "name", "role", "disabled", "created_at")
"""Accounts travel without password hashes and tokens: secrets stay where they were made."""
TABLES: dict[str, tuple[Table, tuple[str, ...]]] = {
    "articles": (t.articles, tuple(c.name for c in t.articles.columns)),
    "facts": (t.facts, tuple(c.name for c in t.facts.columns)),
    "decisions": (decisions, tuple(c.name for c in decisions.columns)),
    "users": (users, USER_COLUMNS),
}
"""Member name → (table, the columns archived), in the order to restore (parents first)."""
OPTIONAL = frozenset(["cluster"])
"""Columns a dump made before they existed lacks (an article's reprint cluster: none)."""
MAX_LINE = 50_000_000


class ArchiveError(ValueError):
    """An archive that cannot be written or restored, naming the member and line."""


@dataclass(frozen=True)
class Summary:
    counts: dict[str, int]
    created_at: str


def _rows(conn: Connection, table: Table, columns: tuple[str, ...]) -> Iterator[dict[str, Any]]:
    query = select(*(table.c[c] for c in columns)).order_by(*table.primary_key.columns)
    for row in conn.execute(query).mappings():
        yield dict(row)


def dump(store: Store, path: Path) -> Summary:
    """Write the archive to `path` from one consistent read of the store."""
    counts: dict[str, int] = {}
    created = datetime.now(UTC).isoformat(timespec="seconds")
    with store.engine.connect() as conn:
        if conn.dialect.name == "postgresql":  # one snapshot while others write
            conn.execution_options(isolation_level="REPEATABLE READ")
        with conn.begin():
            members = _members(conn, counts)
    manifest = {"format": FORMAT, "version": VERSION, "created_at": created, "counts": counts}
    members = {"manifest.json": json.dumps(manifest, indent=2).encode("utf-8")} | members
    with tarfile.open(path, "w:gz") as tar:
        for member, data in members.items():
            info = tarfile.TarInfo(member)
            info.size, info.mode = len(data), 0o644
            tar.addfile(info, io.BytesIO(data))
    return Summary(counts, created)


def _members(conn: Connection, counts: dict[str, int]) -> dict[str, bytes]:
    members: dict[str, bytes] = {}
    for name, (table, columns) in TABLES.items():
        buf = io.BytesIO()
        n = 0
        for row in _rows(conn, table, columns):
            buf.write(json.dumps(row, ensure_ascii=False, sort_keys=True).encode("utf-8"))
            buf.write(b"\n")
            n += 1
        members[f"{name}.jsonl"], counts[name] = buf.getvalue(), n
    return members


def _read(tar: tarfile.TarFile, member: str) -> bytes:
    try:
        info = tar.getmember(member)
    except KeyError as exc:
        raise ArchiveError(f"{member}: missing from the archive") from exc
    if not info.isfile():
        raise ArchiveError(f"{member}: not a regular file")
    handle = tar.extractfile(info)
    assert handle is not None
    return handle.read()


def _parse(member: str, data: bytes, columns: tuple[str, ...]) -> list[dict[str, Any]]:
    rows = []
    for n, line in enumerate(data.splitlines(), 1):
        if not line.strip():
            continue
        if len(line) > MAX_LINE:
            raise ArchiveError(f"{member}:{n}: line too long")
        try:
            row = json.loads(line)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise ArchiveError(f"{member}:{n}: not JSON: {exc}") from exc
        if not isinstance(row, dict) or not set(columns) - OPTIONAL <= set(row) <= set(columns):
            raise ArchiveError(f"{member}:{n}: expected the fields {', '.join(columns)}")
        rows.append({c: row.get(c) for c in columns})
    return rows


def _empty(conn: Connection) -> bool:
    return all(
        conn.execute(select(func.count()).select_from(table)).scalar_one() == 0
        for table, _ in TABLES.values()
    )


def _reset_sequences(conn: Connection) -> None:
    """PostgreSQL: identity sequences continue after the restored ids."""
    if conn.dialect.name != "postgresql":
        return
    for table in (decisions, users):
        conn.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                f"COALESCE((SELECT MAX(id) FROM {table.name}), 0) + 1, false)"
            )
        )


def _load(tar: tarfile.TarFile) -> tuple[dict[str, Any], dict[str, list[dict[str, Any]]]]:
    try:
        manifest = json.loads(_read(tar, "manifest.json"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ArchiveError(f"manifest.json: not JSON: {exc}") from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise ArchiveError(f"not a {FORMAT}: manifest.json says otherwise")
    if manifest.get("version") != VERSION:
        raise ArchiveError(f"{FORMAT} version {manifest.get('version')!r}; this reads {VERSION}")
    loaded = {
        name: _parse(f"{name}.jsonl", _read(tar, f"{name}.jsonl"), columns)
        for name, (_, columns) in TABLES.items()
    }
    return manifest, loaded


def restore(store: Store, path: Path) -> Summary:
    """Load an archive into an empty store and rebuild the registry, all or nothing."""
    from plenary.store.registry_rows import rebuild_in

    try:
        with tarfile.open(path, "r:*") as tar:
            manifest, loaded = _load(tar)
    except (tarfile.TarError, OSError, EOFError, zlib.error) as exc:
        raise ArchiveError(f"{path}: not a readable archive: {exc}") from exc
    counts = {name: len(rows) for name, rows in loaded.items()}
    if counts != manifest.get("counts"):
        raise ArchiveError(f"the members hold {counts}, the manifest says {manifest.get('counts')}")
    with store.engine.begin() as conn:
        if not _empty(conn):
            raise ArchiveError(f"{store.url} already holds articles, facts, decisions or users")
        for name, (table, _) in TABLES.items():
            rows = loaded[name]
            if name == "users":
                rows = [r | {"password_hash": None} for r in rows]
            for start in range(0, len(rows), 500):
                conn.execute(insert(table), rows[start : start + 500])
        _reset_sequences(conn)
        rebuild_in(conn)
    return Summary(counts, manifest.get("created_at", ""))
