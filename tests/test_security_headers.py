"""Issue 5: security headers on every response of the real app (pages, API, exports, refusals,
errors): a Content-Security-Policy that allows no script on the pages and no framing, nosniff,
same-origin referrers; the API documentation's policy allows exactly its own inline script."""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Mapping
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from plenary.web import create_app
from plenary.web.security_headers import POLICY

PAGES = ("/", "/sessions", "/matrix", "/sources", "/login", "/static/style.css")
OTHERS = ("/api/sessions", "/api/sessions.csv", "/api/calendar.ics", "/openapi.json")


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    url = f"sqlite:///{tmp_path_factory.mktemp('headers') / 'plenary.db'}"
    return TestClient(create_app(url), base_url="https://testserver")


def directives(policy: str) -> dict[str, list[str]]:
    return {d.split()[0]: d.split()[1:] for d in policy.split(";") if d.strip()}


def assert_protected(headers: Mapping[str, str], policy: str = POLICY) -> None:
    """`headers`: a response's, looked up without regard to case."""
    assert headers["content-security-policy"] == policy
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "same-origin"
    assert headers["x-frame-options"] == "DENY"


def test_the_pages_policy_allows_no_script_and_no_framing() -> None:
    found = directives(POLICY)
    assert found["default-src"] == ["'none'"] and "script-src" not in found
    assert found["frame-ancestors"] == ["'none'"] and found["base-uri"] == ["'none'"]
    assert found["form-action"] == ["'self'"] and found["style-src"] == ["'self'"]
    assert not any("unsafe" in v for values in found.values() for v in values)


@pytest.mark.parametrize("path", PAGES + OTHERS)
def test_every_response_carries_the_headers(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 200, (path, response.text[:200])
    assert_protected(response.headers)


def test_refusals_and_errors_carry_them_too(client: TestClient) -> None:
    assert_protected(client.get("/sessions/no-such-session").headers)  # 404 page
    assert_protected(client.get("/review").headers)  # 401 page
    assert_protected(client.post("/api/decisions", json={}).headers)  # 401 API
    big = client.post("/login", content=b"x" * 70_000, headers={"content-type": "text/plain"})
    assert big.status_code == 413
    assert_protected(big.headers)


def test_no_template_has_inline_script_or_style() -> None:
    """What the policy refuses must not be what the pages need."""
    templates = Path(__file__).resolve().parents[1] / "src" / "plenary" / "web" / "templates"
    for page in templates.glob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert not re.search(r"<script|<style|\bstyle=|\son[a-z]+=|javascript:", html, re.I), page


def test_the_api_documentation_may_run_only_its_own_inline_script(client: TestClient) -> None:
    response = client.get("/docs")
    assert response.status_code == 200
    [script] = re.findall(rb"<script>(.*?)</script>", response.content, re.S)
    digest = base64.b64encode(hashlib.sha256(script).digest()).decode()
    found = directives(response.headers["content-security-policy"])
    assert found["script-src"] == ["https://cdn.jsdelivr.net", f"'sha256-{digest}'"]
    assert found["frame-ancestors"] == ["'none'"] and found["default-src"] == ["'none'"]
    assert response.headers["x-content-type-options"] == "nosniff"
    assert int(response.headers["content-length"]) == len(response.content)
