"""Tables on a terminal (rich) say the same as the plain text: ids in brackets are not markup."""

import json
import re

import pytest
from click.testing import CliRunner

from igo_timeline.cli import common, main


@pytest.fixture
def store(tmp_path):
    path = str(tmp_path / "s.sqlite")
    result = CliRunner().invoke(main, ["--store", path, "import", "--bundled", "sco"])
    assert result.exit_code == 0, result.output
    return path


@pytest.mark.parametrize(
    "args",
    [["state", "sco", "--as-of", "2013-03-01"], ["history", "sco", "--party", "AFG"]],
    ids=["state", "history"],
)
def test_rich_tables_keep_every_event_id(store, monkeypatch, args):
    runner = CliRunner()
    plain = runner.invoke(main, ["--store", store, *args])
    monkeypatch.setattr(common, "_terminal", lambda: True)
    monkeypatch.delenv("NO_COLOR", raising=False)
    rich = runner.invoke(main, ["--store", store, *args])
    assert plain.exit_code == rich.exit_code == 0
    assert rich.stdout != plain.stdout  # it did draw with rich
    ids = set(re.findall(r"[0-9a-f]{8}", plain.stdout))
    assert ids and ids <= set(re.findall(r"[0-9a-f]{8}", rich.stdout))


def test_state_json_is_the_same_on_a_terminal(store, monkeypatch):
    runner = CliRunner()
    plain = runner.invoke(main, ["--store", store, "state", "sco", "--as-of", "2013-03-01", "--json"])
    monkeypatch.setattr(common, "_terminal", lambda: True)
    rich = runner.invoke(main, ["--store", store, "state", "sco", "--as-of", "2013-03-01", "--json"])
    assert json.loads(plain.stdout) == json.loads(rich.stdout)
