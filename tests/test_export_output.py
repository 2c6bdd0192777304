"""The one output option of the queries: ``--format table|json|jsonl`` (``--json`` = ``--format json``).

Tables are drawn with rich only on a terminal without NO_COLOR; piped, they are
the plain text they always were. Exports and charts print nothing on stderr
but their one line when stderr is not a terminal (no progress bar).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from igo_timeline.cli import common, main

QUERIES = [
    ("state", ["state", "sco", "--as-of", "2013-03-01"]),
    ("history", ["history", "sco", "--party", "AFG"]),
    ("diff", ["diff", "sco", "2012-06-01", "2013-01-01"]),
    ("orgs", ["orgs"]),
    ("replay", ["replay", "sco", "--from", "2012-06-07", "--to", "2012-06-07"]),
    ("why", ["why", "sco", "--as-of", "2013-03-01", "--presidency"]),
]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("output") / "store.sqlite"
    result = CliRunner().invoke(main, ["--store", str(path), "import", "--bundled", "sco"])
    assert result.exit_code == 0, result.output
    return path


def run(store: Path, *args: str, code: int = 0) -> str:
    result = CliRunner().invoke(main, ["--store", str(store), *args])
    assert result.exit_code == code, result.output
    return result.stdout


@pytest.mark.parametrize("argv", [q[1] for q in QUERIES], ids=[q[0] for q in QUERIES])
def test_format_json_is_exactly_what_json_prints(store: Path, argv: list[str]) -> None:
    assert run(store, *argv, "--format", "json") == run(store, *argv, "--json")


def test_jsonl_prints_one_record_per_line_where_the_answer_is_a_list(store: Path) -> None:
    events = json.loads(run(store, "history", "sco", "--json"))
    lines = run(store, "history", "sco", "--format", "jsonl").splitlines()
    assert [json.loads(line) for line in lines] == events and len(lines) == len(events) > 1
    state = run(store, "state", "sco", "--as-of", "2013-03-01", "--format", "jsonl").splitlines()
    assert len(state) == 1
    assert json.loads(state[0]) == json.loads(run(store, "state", "sco", "--as-of", "2013-03-01", "--json"))


def test_json_and_another_format_together_is_a_usage_error(store: Path) -> None:
    result = CliRunner().invoke(
        main, ["--store", str(store), "history", "sco", "--json", "--format", "table"]
    )
    assert result.exit_code == 2 and "--json and --format table disagree" in result.stderr


def test_tables_use_rich_on_a_terminal(store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    plain = run(store, "history", "sco", "--party", "AFG")
    monkeypatch.setattr(common, "_terminal", lambda: True)
    drawn = run(store, "history", "sco", "--party", "AFG")
    assert drawn != plain
    assert "valid time" in drawn and "─" in drawn and "StatusGranted" in drawn
    assert "org" in run(store, "orgs").splitlines()[0]


@pytest.mark.parametrize("value", ["1", ""], ids=["set", "empty"])
def test_no_color_any_value_keeps_plain_text_on_a_terminal(
    store: Path, monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    plain = run(store, "history", "sco", "--party", "AFG")
    assert "─" not in plain and "\x1b[" not in plain
    monkeypatch.setattr(common, "_terminal", lambda: True)
    monkeypatch.setenv("NO_COLOR", value)
    assert run(store, "history", "sco", "--party", "AFG") == plain


def test_export_to_a_pipe_shows_no_progress(store: Path) -> None:
    result = CliRunner().invoke(main, ["--store", str(store), "export", "sco", "--to", "csv"])
    assert result.exit_code == 0 and result.stderr == ""
