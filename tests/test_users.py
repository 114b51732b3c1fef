"""Accounts and API tokens on real SQLite and PostgreSQL: argon2 hashes, roles, disabling,
scoped tokens stored hashed and revocable, decisions gated by role once accounts exist; the CLI."""

from __future__ import annotations

import hashlib
import json
from typing import Any

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from plenary.cli import app
from plenary.store import open_store
from plenary.store.users import (
    AccountError,
    add_user,
    authenticate_token,
    create_token,
    disable_user,
    list_tokens,
    list_users,
    login,
    require_role,
    revoke_token,
    set_password,
    tokens,
    users,
)

PASSWORD = "correct horse battery"


def test_passwords_are_argon2_and_login_checks_them(store_url: str) -> None:
    store = open_store(store_url)
    add_user(store, "anna", "editor", PASSWORD)
    with store.engine.connect() as conn:
        stored = conn.execute(select(users.c.password_hash)).scalar_one()
    assert stored.startswith("$argon2id$") and PASSWORD not in stored
    assert login(store, "anna", PASSWORD) is not None
    assert login(store, "anna", "wrong password") is None
    assert login(store, "nobody", PASSWORD) is None
    set_password(store, "anna", "another long one")
    assert login(store, "anna", PASSWORD) is None
    assert login(store, "anna", "another long one") is not None
    with pytest.raises(AccountError, match="at least"):
        add_user(store, "boris", "reader", "short")
    with pytest.raises(AccountError, match="exists"):
        add_user(store, "anna", "reader", PASSWORD)
    with pytest.raises(AccountError, match="unknown role"):
        add_user(store, "carl", "god", PASSWORD)


def test_roles_and_disabling(store_url: str) -> None:
    store = open_store(store_url)
    assert require_role(store, "anyone", "admin") is None  # no accounts yet: single user
    add_user(store, "rita", "reader", PASSWORD)
    add_user(store, "ed", "editor", PASSWORD)
    add_user(store, "ada", "admin")
    assert [(u.name, u.role, u.has_password) for u in list_users(store)] == [
        ("ada", "admin", False),
        ("ed", "editor", True),
        ("rita", "reader", True),
    ]
    assert require_role(store, "ed", "editor") is not None
    assert require_role(store, "ada", "editor") is not None
    with pytest.raises(PermissionError, match="reader"):
        require_role(store, "rita", "editor")
    with pytest.raises(PermissionError, match="no account"):
        require_role(store, "mallory", "reader")
    disable_user(store, "ed")
    with pytest.raises(PermissionError, match="disabled"):
        require_role(store, "ed", "editor")
    assert login(store, "ed", PASSWORD) is None
    assert login(store, "ada", "") is None  # no password: no password login


def test_tokens_are_scoped_hashed_and_revocable(store_url: str) -> None:
    store = open_store(store_url)
    add_user(store, "rita", "reader", PASSWORD)
    add_user(store, "ed", "editor", PASSWORD)
    with pytest.raises(AccountError, match="cannot hold an edit token"):
        create_token(store, "rita", "edit")
    read, read_secret = create_token(store, "rita", "read", "laptop")
    edit, edit_secret = create_token(store, "ed", "edit")
    with store.engine.connect() as conn:
        hashes = set(conn.execute(select(tokens.c.token_hash)).scalars())
    assert hashes == {hashlib.sha256(s.encode()).hexdigest() for s in (read_secret, edit_secret)}
    bearer = authenticate_token(store, edit_secret)
    assert bearer is not None and bearer.user.name == "ed"
    assert bearer.can("editor") and bearer.can("reader") and not bearer.can("admin")
    reader = authenticate_token(store, read_secret)
    assert reader is not None and reader.can("reader") and not reader.can("editor")
    assert authenticate_token(store, edit_secret[:-1] + "x") is None
    assert authenticate_token(store, "not a token") is None
    assert list_tokens(store, "ed")[0].last_used_at is not None
    revoke_token(store, edit.id)
    assert authenticate_token(store, edit_secret) is None
    with pytest.raises(AccountError, match="already revoked"):
        revoke_token(store, edit.id)
    disable_user(store, "rita")
    assert authenticate_token(store, read_secret) is None
    assert read.prefix == read_secret[:12] and read.label == "laptop"


def test_the_cli_manages_users_and_tokens_and_gates_decisions(sqlite_url: str, seeds: Any) -> None:
    runner = CliRunner()

    def run(*args: str, stdin: str | None = None) -> Any:
        return runner.invoke(app, [*args, "--db", sqlite_url], input=stdin)

    added = run("user", "add", "vera", "--role", "editor", "--password-stdin", stdin=PASSWORD)
    assert added.exit_code == 0, added.output
    assert run("user", "add", "rita", "--password-stdin", stdin=PASSWORD).exit_code == 0
    assert run("user", "add", "rita", "--no-password").exit_code == 2
    listed = json.loads(run("user", "list", "--json").output)
    assert [(u["name"], u["role"]) for u in listed] == [("rita", "reader"), ("vera", "editor")]
    assert "password_hash" not in json.dumps(listed) and PASSWORD not in json.dumps(listed)
    created = run("token", "create", "vera", "--scope", "edit", "--label", "ci")
    assert created.exit_code == 0, created.output
    secret = created.stdout.strip().splitlines()[-1]
    store = open_store(sqlite_url)
    assert secret.startswith("pln_") and authenticate_token(store, secret) is not None
    assert secret not in run("token", "list").output
    assert run("token", "revoke", "1").exit_code == 0
    assert authenticate_token(store, secret) is None
    assert run("token", "revoke", "1").exit_code == 2
    denied = run("decide", "reject", "0123456789abcdef", "--author", "rita")
    assert denied.exit_code == 2 and "reader" in denied.output
    assert run("user", "disable", "vera").exit_code == 0
    denied = run("decide", "reject", "0123456789abcdef", "--author", "vera")
    assert denied.exit_code == 2 and "disabled" in denied.output
    assert login(store, "vera", PASSWORD) is None
