"""Schemathesis over the OpenAPI document: GETs and POSTs (with the token), its default checks, no 500s.

The GETs run every phase (the document's examples, the coverage phase's
boundary and negative cases, then generated cases). The POST's body is any of
eighteen event types, where the coverage phase alone enumerates some 15,000
cases (a minute); it runs the examples and the generated cases, positive and
negative, bounded. The whole module stays well under a minute.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from click.testing import CliRunner
from hypothesis import HealthCheck, settings

from igo_timeline import Timeline
from igo_timeline.cli import main
from igo_timeline.web import create_app

TOKEN = "fuzz-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


def _load(path: Path, timeline: Timeline, *, coverage: bool) -> Any:
    loaded = schemathesis.openapi.from_asgi("/api/v1/openapi.json", create_app(timeline, write_token=TOKEN))
    # A schema-valid request may still name a party no one knows or a day past a month's
    # end (400), or break a rule that no schema expresses (422): those are documented
    # answers, so they count as accepted too. Everything else is schemathesis's default.
    accepted = loaded.config.checks.positive_data_acceptance
    accepted.expected_statuses = [*accepted.expected_statuses, "400", "422"]
    loaded.config.phases.coverage.enabled = coverage
    return loaded


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("fuzz") / "store.sqlite"
    assert CliRunner().invoke(main, ["--store", str(path), "import", "--bundled", "sco"]).exit_code == 0
    return path


@pytest.fixture(scope="module")
def reads(store: Path) -> Iterator[Any]:
    with Timeline(str(store)) as timeline:
        yield _load(store, timeline, coverage=True)


@pytest.fixture(scope="module")
def writes(store: Path) -> Iterator[Any]:
    with Timeline(str(store)) as timeline:
        yield _load(store, timeline, coverage=False)


read_schema = schemathesis.pytest.from_fixture("reads").include(method="GET")
write_schema = schemathesis.pytest.from_fixture("writes").include(method="POST")


@read_schema.parametrize()
@settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck))
def test_reads_conform_to_the_document(case: Any) -> None:
    case.call_and_validate()


@write_schema.parametrize()
@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
def test_writes_with_the_token_conform_to_the_document(case: Any) -> None:
    case.call_and_validate(headers=AUTH)
