"""The README's examples run as written, in the test suite.

Every console example (``$ igo ...`` and the output it prints) and every Python
example (``>>>``) of the README is run by byexample, a maintained tool for
executable documentation, in a real shell and a real interpreter: the output
shown is the output checked (``<...>`` stands for output left out). The
examples run in order, in a scratch folder, after the Quick start's import
into a scratch default store (``IGO_STORE``); the README's recording examples
write to their own ``--store scratch.sqlite`` there. This file is only the thin
adapter that sets up that folder and calls byexample.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"


def _blocks(kind: str, text: str) -> list[str]:
    return re.findall(rf"^```{kind}\n(.*?)^```", text, re.M | re.S)


@pytest.fixture
def readme() -> str:
    return README.read_text(encoding="utf-8")


def test_the_readme_has_examples_that_show_their_output(readme: str) -> None:
    commands = [
        line
        for block in _blocks("console", readme)
        for line in block.splitlines()
        if line.startswith("$ igo")
    ]
    assert len(commands) >= 30
    assert any(
        line.startswith("Error:") for block in _blocks("console", readme) for line in block.splitlines()
    )
    assert ">>> " in "".join(_blocks("python", readme))
    # a decision written by hand (a typed verb, an event given inline) is an illustration: it goes
    # to a scratch store, never to the reader's real one (imports of sourced files may)
    # the recording verbs, as the CLI's table of commands has them (a verb added later is held
    # to the rule too): every command of the write module but import, and extract-withdraw
    from igo_timeline.cli import COMMANDS

    verbs = {name for name, (target, _) in COMMANDS.items() if target.startswith("write:")} - {"import"}
    verbs |= {"extract-withdraw"}
    assert {"grant", "correct", "retract", "append", "suspend", "coverage"} <= verbs
    for line in commands:
        words = line.split()
        command = next(
            (w for w in words[2:] if not w.startswith("-") and words[words.index(w) - 1] != "--store"), ""
        )
        if command in verbs or (command == "extract" and "--apply" in words):
            assert "--store" in words, line


def test_the_readme_says_where_the_default_store_lives(readme: str) -> None:
    from click.testing import CliRunner

    from igo_timeline.cli import main

    assert "default store" in readme
    help_text = CliRunner().invoke(main, ["--help"]).stdout
    assert "default:" in help_text and "timeline.sqlite" in help_text


def test_the_readme_runs_as_written(tmp_path: Path) -> None:
    """byexample runs every example of the README, in order, in a scratch folder."""
    folder = tmp_path / "readme"
    folder.mkdir()
    for name in ("tests", "igo_timeline", "docs"):  # what the examples read, by relative path
        (folder / name).symlink_to(ROOT / name)
    env = {
        **os.environ,
        "IGO_STORE": str(folder / "default.sqlite"),
        "PYTHONPATH": str(ROOT),
        "NO_COLOR": "1",  # the README shows the plain tables of a pipe, not rich's
        "IGO_CIPHER_KEY": "",
        "IGO_CHAIN_KEY": "",
    }
    # the Quick start, as a reader runs it first
    quick = subprocess.run(
        [sys.executable, "-m", "igo_timeline", "import", "--bundled", "sco"],
        env=env, cwd=folder, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert quick.returncode == 0, quick.stderr
    byexample = shutil.which("byexample")
    assert byexample, "byexample is not installed (pip install '.[test]')"
    result = subprocess.run(
        [byexample, "-l", "shell,python", "--timeout", "120", "-o", "+norm-ws", str(README)],
        env=env, cwd=folder, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout[-20000:] + result.stderr[-5000:]


def test_quick_start_is_two_commands(readme: str) -> None:
    section = re.search(r"^## Quick start\n(.*?)^## ", readme, re.M | re.S)
    assert section, "no Quick start section"
    blocks = _blocks("sh", section[1])
    assert len(blocks) == 1
    commands = [line for line in blocks[0].splitlines() if line.strip() and not line.lstrip().startswith("#")]
    assert len(commands) == 2
    assert sum("igo state" in c for c in commands) == 1
    assert sum("pytest" in c for c in commands) == 1
    assert "igo import --bundled sco" in next(c for c in commands if "igo state" in c)
