"""Accounts and API tokens: users with a role (reader < editor < admin) and a disabled flag,
passwords hashed with argon2id, tokens scoped read or edit and stored only as their SHA-256.

A token's secret is shown once, at creation; the store keeps its hash and a short prefix to
name it. A disabled user's password and tokens stop working at once; a revoked token stays
listed with the time it was revoked.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import (
    Boolean,
    Column,
    Connection,
    ForeignKey,
    Integer,
    String,
    Table,
    Text,
    delete,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.exc import IntegrityError

from plenary.store import schema as t
from plenary.store.db import Store

ROLES = ("reader", "editor", "admin")
SCOPES = ("read", "edit")
SCOPE_ROLE = {"read": "reader", "edit": "editor"}
"""The least role a token's scope needs."""
MIN_PASSWORD = 10
TOKEN_PREFIX = "pln_"

users = Table(
    "users",
    t.metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", String(100), nullable=False, unique=True),
    Column("role", String(10), nullable=False),
    Column("password_hash", Text, comment="argon2id; null: no password login"),
    Column("disabled", Boolean, nullable=False),
    Column("created_at", String(32), nullable=False),
)

tokens = Table(
    "tokens",
    t.metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("user_id", Integer, ForeignKey("users.id"), nullable=False),
    Column("label", String(100)),
    Column("scope", String(10), nullable=False),
    Column("token_hash", String(64), nullable=False, unique=True, comment="sha256 of the secret"),
    Column("prefix", String(16), nullable=False),
    Column("created_at", String(32), nullable=False),
    Column("revoked_at", String(32)),
    Column("last_used_at", String(32)),
)

_hasher = PasswordHasher()
_DUMMY = _hasher.hash("not a password of anyone's")


class AccountError(ValueError):
    """A user or token operation that cannot be done, said plainly."""


@dataclass(frozen=True)
class User:
    id: int
    name: str
    role: str
    disabled: bool
    created_at: str
    has_password: bool

    def can(self, role: str) -> bool:
        """True when this user is enabled and at least `role`."""
        return not self.disabled and ROLES.index(self.role) >= ROLES.index(role)


@dataclass(frozen=True)
class Token:
    id: int
    user: str
    label: str | None
    scope: str
    prefix: str
    created_at: str
    revoked_at: str | None
    last_used_at: str | None


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


# passwords: argon2id behind two functions, so the scheme can change in one place


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(stored: str | None, password: str) -> bool:
    """Constant work whether or not there is a stored hash, so timing tells nothing."""
    try:
        return _hasher.verify(stored or _DUMMY, password) and stored is not None
    except (VerificationError, InvalidHashError):
        return False


def token_hash(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


# users


def _user(row: object) -> User:
    r = row._mapping  # type: ignore[attr-defined]
    return User(
        r["id"],
        r["name"],
        r["role"],
        r["disabled"],
        r["created_at"],
        r["password_hash"] is not None,
    )


def _check_role(role: str) -> None:
    if role not in ROLES:
        raise AccountError(f"unknown role {role!r}; one of {', '.join(ROLES)}")


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise AccountError(f"a password needs at least {MIN_PASSWORD} characters")


def add_user(store: Store, name: str, role: str, password: str | None = None) -> User:
    _check_role(role)
    name = name.strip()
    if not name or len(name) > 100 or any(c.isspace() for c in name):
        raise AccountError("a user name is 1 to 100 characters without spaces")
    if password is not None:
        _check_password(password)
    values = {
        "name": name,
        "role": role,
        "password_hash": hash_password(password) if password is not None else None,
        "disabled": False,
        "created_at": _now(),
    }
    try:
        with store.engine.begin() as conn:
            conn.execute(insert(users).values(**values))
    except IntegrityError as exc:
        raise AccountError(f"user {name!r} exists") from exc
    return get_user(store, name)


def get_user(store: Store, name: str) -> User:
    with store.engine.connect() as conn:
        row = conn.execute(select(users).where(users.c.name == name)).first()
    if row is None:
        raise AccountError(f"no user {name!r}")
    return _user(row)


def list_users(store: Store) -> list[User]:
    with store.engine.connect() as conn:
        return [_user(r) for r in conn.execute(select(users).order_by(users.c.name))]


def _set(store: Store, name: str, **values: object) -> User:
    with store.engine.begin() as conn:
        done = conn.execute(update(users).where(users.c.name == name).values(**values))
    if done.rowcount == 0:
        raise AccountError(f"no user {name!r}")
    return get_user(store, name)


def disable_user(store: Store, name: str) -> User:
    """The user can no longer log in or use any token; the account and its history stay."""
    return _set(store, name, disabled=True)


def enable_user(store: Store, name: str) -> User:
    return _set(store, name, disabled=False)


def set_role(store: Store, name: str, role: str) -> User:
    _check_role(role)
    return _set(store, name, role=role)


def set_password(store: Store, name: str, password: str) -> User:
    _check_password(password)
    return _set(store, name, password_hash=hash_password(password))


def login(store: Store, name: str, password: str) -> User | None:
    """The enabled user with this name and password, else None (same work either way)."""
    with store.engine.connect() as conn:
        row = conn.execute(select(users).where(users.c.name == name)).first()
    stored = row._mapping["password_hash"] if row is not None else None
    ok = verify_password(stored, password)
    if not ok or row is None:
        return None
    user = _user(row)
    return None if user.disabled else user


def require_role(store: Store, name: str, role: str) -> User | None:
    """Raise PermissionError unless `name` is an enabled user of at least `role`. A store
    without any account yet (a single-user install) lets everyone act; None then."""
    with store.engine.connect() as conn:
        if conn.execute(select(func.count()).select_from(users)).scalar_one() == 0:
            return None
    try:
        user = get_user(store, name)
    except AccountError as exc:
        raise PermissionError(f"{name!r} has no account here") from exc
    if user.disabled:
        raise PermissionError(f"{name!r} is disabled")
    if not user.can(role):
        raise PermissionError(f"{name!r} is a {user.role}; this needs an {role} or above")
    return user


# tokens


def create_token(
    store: Store, name: str, scope: str, label: str | None = None
) -> tuple[Token, str]:
    """A new token for the user; returns it and its secret, which is never stored or shown
    again."""
    if scope not in SCOPES:
        raise AccountError(f"unknown scope {scope!r}; one of {', '.join(SCOPES)}")
    user = get_user(store, name)
    if user.disabled:
        raise AccountError(f"{name!r} is disabled")
    if not user.can(SCOPE_ROLE[scope]):
        raise AccountError(f"a {user.role} cannot hold an {scope} token")
    secret = TOKEN_PREFIX + secrets.token_urlsafe(32)
    with store.engine.begin() as conn:
        tid = conn.execute(
            insert(tokens)
            .values(
                user_id=user.id,
                label=label,
                scope=scope,
                token_hash=token_hash(secret),
                prefix=secret[:12],
                created_at=_now(),
            )
            .returning(tokens.c.id)
        ).scalar_one()
    return _token_by_id(store, tid), secret


def _tokens_query():  # type: ignore[no-untyped-def]
    return select(tokens, users.c.name.label("user")).join_from(tokens, users)


def _token(row: object) -> Token:
    r = row._mapping  # type: ignore[attr-defined]
    return Token(
        r["id"],
        r["user"],
        r["label"],
        r["scope"],
        r["prefix"],
        r["created_at"],
        r["revoked_at"],
        r["last_used_at"],
    )


def _token_by_id(store: Store, tid: int) -> Token:
    with store.engine.connect() as conn:
        row = conn.execute(_tokens_query().where(tokens.c.id == tid)).first()
    if row is None:
        raise AccountError(f"no token {tid}")
    return _token(row)


def list_tokens(store: Store, name: str | None = None) -> list[Token]:
    query = _tokens_query().order_by(tokens.c.id)
    if name is not None:
        query = query.where(users.c.name == name)
    with store.engine.connect() as conn:
        return [_token(r) for r in conn.execute(query)]


def revoke_token(store: Store, tid: int) -> Token:
    with store.engine.begin() as conn:
        done = conn.execute(
            update(tokens)
            .where(tokens.c.id == tid, tokens.c.revoked_at.is_(None))
            .values(revoked_at=_now())
        )
    token = _token_by_id(store, tid)
    if done.rowcount == 0:
        raise AccountError(f"token {tid} was already revoked at {token.revoked_at}")
    return token


@dataclass(frozen=True)
class Bearer:
    """Who a token speaks for and what it allows."""

    user: User
    scope: str

    def can(self, role: str) -> bool:
        """The user's role and the token's scope both allow `role`."""
        return self.user.can(role) and ROLES.index(SCOPE_ROLE[self.scope]) >= ROLES.index(role)


def authenticate_token(store: Store, secret: str) -> Bearer | None:
    """The bearer of a live token (not revoked, user enabled), else None."""
    if not secret.startswith(TOKEN_PREFIX) or len(secret) > 200:
        return None
    digest = token_hash(secret)
    with store.engine.begin() as conn:
        row = conn.execute(
            select(tokens, users)
            .join_from(tokens, users)
            .where(tokens.c.token_hash == digest, tokens.c.revoked_at.is_(None))
        ).first()
        if row is None or not hmac.compare_digest(row._mapping["token_hash"], digest):
            return None
        _touch(conn, row._mapping[tokens.c.id])
    m = row._mapping
    user = User(
        m[users.c.id],
        m[users.c.name],
        m[users.c.role],
        m[users.c.disabled],
        m[users.c.created_at],
        m[users.c.password_hash] is not None,
    )
    return None if user.disabled else Bearer(user, m[tokens.c.scope])


def _touch(conn: Connection, tid: int) -> None:
    conn.execute(update(tokens).where(tokens.c.id == tid).values(last_used_at=_now()))


# login sessions: the cookie holds a random id, the store its SHA-256 and the CSRF token

login_sessions = Table(
    "login_sessions",
    t.metadata,
    Column("id_hash", String(64), primary_key=True, comment="sha256 of the cookie's id"),
    Column("user_id", Integer, ForeignKey("users.id"), nullable=False),
    Column("csrf", String(64), nullable=False),
    Column("created_at", String(32), nullable=False),
    Column("expires_at", String(32), nullable=False),
)
SESSION_HOURS = 8


def start_session(store: Store, user: User) -> tuple[str, str]:
    """A new login session: (the cookie's secret id, its CSRF token)."""
    sid, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
    now = datetime.now(UTC)
    with store.engine.begin() as conn:
        conn.execute(
            insert(login_sessions).values(
                id_hash=token_hash(sid),
                user_id=user.id,
                csrf=csrf,
                created_at=now.isoformat(timespec="seconds"),
                expires_at=(now + timedelta(hours=SESSION_HOURS)).isoformat(timespec="seconds"),
            )
        )
    return sid, csrf


def session_user(store: Store, sid: str) -> tuple[User, str] | None:
    """The enabled user of a live session and its CSRF token, else None."""
    if not sid or len(sid) > 200:
        return None
    with store.engine.connect() as conn:
        row = conn.execute(
            select(users, login_sessions.c.csrf)
            .join_from(login_sessions, users)
            .where(
                login_sessions.c.id_hash == token_hash(sid), login_sessions.c.expires_at > _now()
            )
        ).first()
    if row is None:
        return None
    user = _user(row)
    return None if user.disabled else (user, row._mapping["csrf"])


def end_session(store: Store, sid: str) -> None:
    with store.engine.begin() as conn:
        conn.execute(delete(login_sessions).where(login_sessions.c.id_hash == token_hash(sid)))
