"""Issue 4, item 2: schemathesis generates requests from the app's OpenAPI (in-process, ASGI)
and no response is a server error. The database is the one the five seeds give."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from typer.testing import CliRunner

from plenary.cli import app as cli
from plenary.web import create_app

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "seeds"


@pytest.fixture(scope="module")
def api_schema(tmp_path_factory: pytest.TempPathFactory) -> Any:
    if not SEEDS.is_dir():
        pytest.skip(f"no seed corpus at {SEEDS}")
    url = f"sqlite:///{tmp_path_factory.mktemp('schemathesis') / 'plenary.db'}"
    result = CliRunner().invoke(cli, ["ingest", str(SEEDS), "--db", url])
    assert result.exit_code == 0, result.output
    return schemathesis.openapi.from_asgi("/openapi.json", create_app(url))


def test_no_operation_answers_with_a_server_error(api_schema: Any) -> None:
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert len(operations) > 30
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
        def run(case: Any) -> None:
            case.call_and_validate(checks=[not_a_server_error])

        run()
