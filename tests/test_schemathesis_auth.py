"""Issue 5, item 3: schemathesis generates requests for every operation of the app's OpenAPI
(in-process, ASGI) on the seeds' database. With an editor's edit token no response is a server
error; without credentials every operation that is not a GET refuses (401), with a reader's
token too (403), and nothing was written."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from typer.testing import CliRunner

from plenary.cli import app as cli
from plenary.store import Store, open_store, registry
from plenary.store.decisions import list_decisions
from plenary.store.users import add_user, create_token
from plenary.web import create_app

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "seeds"
EXAMPLES = settings(max_examples=10, deadline=None, suppress_health_check=list(HealthCheck))


@dataclass
class Site:
    store: Store
    schema: Any
    edit: str
    read: str


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Site:
    if not SEEDS.is_dir():
        pytest.skip(f"no seed corpus at {SEEDS}")
    url = f"sqlite:///{tmp_path_factory.mktemp('schemathesis-auth') / 'plenary.db'}"
    result = CliRunner().invoke(cli, ["ingest", str(SEEDS), "--db", url])
    assert result.exit_code == 0, result.output
    store = open_store(url)
    add_user(store, "ed", "editor", "a long enough password")
    add_user(store, "rita", "reader", "a long enough password")
    edit, read = create_token(store, "ed", "edit")[1], create_token(store, "rita", "read")[1]
    schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(url))
    return Site(store, schema, edit, read)


def each_case(operation: Any, check: Callable[[Any], None]) -> None:
    """Run `check` on generated cases of one operation."""

    @given(case=operation.as_strategy())
    @EXAMPLES
    def run(case: Any) -> None:
        check(case)

    run()


def operations(site: Site) -> list[Any]:
    return [result.ok() for result in site.schema.get_all_operations()]


def writes(site: Site) -> list[Any]:
    return [op for op in operations(site) if op.method.upper() != "GET"]


def test_the_schema_has_the_write_operations(site: Site) -> None:
    found = {(op.method.upper(), op.path) for op in writes(site)}
    assert found >= {("POST", "/api/decisions"), ("POST", "/api/decisions/{decision_id}/undo")}
    assert len(operations(site)) > 30


def test_an_editor_token_meets_no_server_error(site: Site) -> None:
    headers = {"Authorization": f"Bearer {site.edit}"}
    statuses: set[int] = set()

    def check(case: Any) -> None:
        response = case.call_and_validate(headers=headers, checks=[not_a_server_error])
        if case.method.upper() != "GET":
            statuses.add(response.status_code)

    for operation in operations(site):
        each_case(operation, check)
    assert statuses and not statuses & {401, 403}, statuses  # the writes let the editor in


def test_no_operation_writes_without_authorization(site: Site) -> None:
    before = registry(site.store), list_decisions(site.store)
    seen: dict[str, set[int]] = {}

    def refused(expected: int, headers: dict[str, str]) -> Callable[[Any], None]:
        def check(case: Any) -> None:
            response = case.call(headers=headers)
            key = f"{case.method} {case.path}"
            seen.setdefault(key, set()).add(response.status_code)
            assert response.status_code == expected, (key, response.status_code, response.text)

        return check

    for operation in writes(site):
        each_case(operation, refused(401, {}))
        each_case(operation, refused(403, {"Authorization": f"Bearer {site.read}"}))
    assert len(seen) >= 2 and all(codes == {401, 403} for codes in seen.values()), seen
    assert (registry(site.store), list_decisions(site.store)) == before  # nothing written
