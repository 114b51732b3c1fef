"""Roles in the web app on real SQLite and PostgreSQL: login cookies (Secure, HttpOnly,
SameSite) with CSRF tokens on forms, Bearer tokens for the API, readers and strangers refused
(401/403) on the review queue and every write route, editors' decisions recorded and undone,
login rate-limited, bodies size-limited."""

from __future__ import annotations

import re
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from plenary.spec import Article, Fact
from plenary.store import Store, ingest_articles, open_store, registry
from plenary.store import schema as t
from plenary.store.decisions import audit_log
from plenary.store.users import add_user, create_token, disable_user, revoke_token
from plenary.web import create_app

PASSWORD = "a long enough password"


@pytest.fixture
def site(store_url: str, seeds: Any) -> tuple[Store, TestClient]:
    """The seeds, every award fact at confidence 0.3 (the queue's), a reader and an editor."""

    def extract(article: Article) -> list[Fact]:
        return [
            f.model_copy(update={"confidence": 0.3 if f.kind == "award" else 0.9})
            for f in seeds.extract(article)
        ]

    store = open_store(store_url)
    ingest_articles(store, seeds.articles, extract, "gold")
    add_user(store, "rita", "reader", PASSWORD)
    add_user(store, "ed", "editor", PASSWORD)
    return store, TestClient(create_app(store_url), base_url="https://testserver")


def log_in(client: TestClient, name: str) -> str:
    """Log in; returns the CSRF token the review page's forms carry."""
    done = client.post("/login", data={"name": name, "password": PASSWORD}, follow_redirects=False)
    assert done.status_code == 303, done.text
    cookie = done.headers["set-cookie"]
    assert "HttpOnly" in cookie and "Secure" in cookie and "SameSite=lax" in cookie
    page = client.get("/review")
    found = re.search(r'name="csrf" value="([^"]+)"', page.text)
    return found.group(1) if found else ""


def low_facts(store: Store) -> list[str]:
    with store.engine.connect() as conn:
        query = select(t.facts.c.id).where(t.facts.c.confidence < 0.5).order_by(t.facts.c.id)
        return list(conn.execute(query).scalars())


def claimed(store: Store, fact: str) -> bool:
    with store.engine.connect() as conn:
        return (
            conn.execute(select(t.claims.c.id).where(t.claims.c.fact_id == fact)).first()
            is not None
        )


def test_strangers_and_readers_reach_no_review_or_write_route(
    site: tuple[Store, TestClient],
) -> None:
    store, client = site
    fact = low_facts(store)[0]
    assert client.get("/review").status_code == 401
    assert client.get("/api/review").status_code == 401
    refused = client.post("/api/decisions", json={"action": "reject", "target": fact})
    assert refused.status_code == 401 and refused.headers["www-authenticate"] == "Bearer"
    assert client.get("/sessions").status_code == 200  # reading stays open
    log_in(client, "rita")
    assert client.get("/review").status_code == 403
    assert client.get("/api/review").status_code == 403
    form = {"action": "reject", "target": fact, "csrf": "x"}
    assert client.post("/review/decide", data=form).status_code == 403
    assert client.post("/review/undo", data={"decision": 1, "csrf": "x"}).status_code == 403
    _, read = create_token(store, "rita", "read")
    headers = {"Authorization": f"Bearer {read}"}
    body = {"action": "reject", "target": fact}
    assert client.post("/api/decisions", json=body, headers=headers).status_code == 403
    assert client.post("/api/decisions/1/undo", headers=headers).status_code == 403
    _, weak = create_token(store, "ed", "read")  # an editor's read token cannot write either
    weak_headers = {"Authorization": f"Bearer {weak}"}
    assert client.post("/api/decisions", json=body, headers=weak_headers).status_code == 403
    assert audit_log(store) == [] and claimed(store, fact)


def test_an_editor_reviews_with_forms_and_csrf(site: tuple[Store, TestClient]) -> None:
    store, client = site
    facts = low_facts(store)
    csrf = log_in(client, "ed")
    page = client.get("/review")
    assert page.status_code == 200 and f'value="{facts[0]}"' in page.text
    form = {"action": "reject", "target": facts[0], "reason": "misread"}
    assert client.post("/review/decide", data=form).status_code == 403  # no CSRF token
    bad_origin = {"Origin": "https://evil.example"}
    refused = client.post("/review/decide", data=form | {"csrf": csrf}, headers=bad_origin)
    assert refused.status_code == 403
    done = client.post("/review/decide", data=form | {"csrf": csrf}, follow_redirects=False)
    assert done.status_code == 303 and done.headers["location"] == "/review?done=1"
    assert not claimed(store, facts[0])
    assert f'value="{facts[0]}"' not in client.get("/review").text  # decided: off the queue
    [event] = audit_log(store)
    assert (event["author"], event["event"], event["reason"]) == ("ed", "reject", "misread")
    undone = client.post("/review/undo", data={"decision": 1, "csrf": csrf}, follow_redirects=False)
    assert undone.status_code == 303 and claimed(store, facts[0])
    wrong = client.post("/review/decide", data={"action": "merge", "target": "person/x",
                        "other": "person/y", "csrf": csrf}, follow_redirects=False)  # fmt: skip
    assert wrong.status_code == 303 and "error=" in wrong.headers["location"]
    client.post("/logout", data={"csrf": csrf})
    assert client.get("/review").status_code == 401


def test_the_api_takes_edit_tokens(site: tuple[Store, TestClient]) -> None:
    store, client = site
    fact = low_facts(store)[0]
    token, secret = create_token(store, "ed", "edit")
    headers = {"Authorization": f"Bearer {secret}"}
    queue = client.get("/api/review", headers=headers).json()
    assert fact in [f["id"] for f in queue["facts"]]
    body = {"action": "correct", "target": fact, "fields": {"award": "Order of Honour"},
            "reason": "the award's name"}  # fmt: skip
    made = client.post("/api/decisions", json=body, headers=headers)
    assert made.status_code == 201, made.text
    assert any(a["award"] == "Order of Honour" for a in registry(store)["award"])
    bad = client.post("/api/decisions", json=body | {"fields": {"kind": "x"}}, headers=headers)
    assert bad.status_code == 422
    extra = client.post("/api/decisions", json=body | {"admin": True}, headers=headers)
    assert extra.status_code == 422
    assert client.post("/api/decisions/1/undo", headers=headers).status_code == 200
    assert not any(a["award"] == "Order of Honour" for a in registry(store)["award"])
    assert client.post("/api/decisions/1/undo", headers=headers).status_code == 422
    log = client.get("/api/decisions").json()
    assert [(e["event"], e["author"]) for e in log] == [("correct", "ed"), ("undo", "ed")]
    revoke_token(store, token.id)
    assert client.post("/api/decisions", json=body, headers=headers).status_code == 401
    _, other = create_token(store, "ed", "edit")
    disable_user(store, "ed")
    headers = {"Authorization": f"Bearer {other}"}
    assert client.post("/api/decisions", json=body, headers=headers).status_code == 401


def test_login_is_rate_limited_and_bodies_size_limited(site: tuple[Store, TestClient]) -> None:
    store, client = site
    for _ in range(5):
        wrong = client.post("/login", data={"name": "ed", "password": "not it at all"})
        assert wrong.status_code == 401
    right = client.post("/login", data={"name": "ed", "password": PASSWORD})
    assert right.status_code == 429
    big = client.post("/login", content=b"x" * 100_000,
                      headers={"Content-Type": "application/x-www-form-urlencoded"})  # fmt: skip
    assert big.status_code == 413


def test_a_disabled_editor_loses_the_session(site: tuple[Store, TestClient]) -> None:
    store, client = site
    log_in(client, "ed")
    assert client.get("/review").status_code == 200
    disable_user(store, "ed")
    assert client.get("/review").status_code == 401
