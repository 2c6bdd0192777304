"""The README's examples run, in order, against one fresh store.

Every ```console block is read: a line ``$ igo ...`` is a command (split as a
shell would); the lines after it that do not start with ``$ `` are output it
must print (on stdout or stderr). A command whose expected output is an
``Error:`` line must exit 1; every other command must exit 0.
"""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path

import pytest
from click.testing import CliRunner

from igo_timeline.cli import main

README = Path(__file__).resolve().parent.parent / "README.md"


def _blocks(kind: str, text: str) -> list[str]:
    return re.findall(rf"^```{kind}\n(.*?)^```", text, re.M | re.S)


def console_examples(text: str) -> list[tuple[str, list[str]]]:
    """(command line, expected output lines) for every ``$ igo`` line of the console blocks."""
    examples: list[tuple[str, list[str]]] = []
    for block in _blocks("console", text):
        current: tuple[str, list[str]] | None = None
        for line in block.splitlines():
            if line.startswith("$ "):
                current = (line[2:], []) if line.startswith("$ igo ") else None
                if current is not None:
                    examples.append(current)
            elif current is not None and line.strip():
                current[1].append(line)
    return examples


@pytest.fixture
def readme() -> str:
    return README.read_text(encoding="utf-8")


def test_the_readme_has_console_examples(readme: str) -> None:
    examples = console_examples(readme)
    assert len(examples) >= 10
    assert examples[0][0] == "igo import --bundled sco"
    assert any(expected for _, expected in examples), "no example shows its output"
    assert any(line.startswith("Error:") for _, expected in examples for line in expected)


def test_the_readme_console_examples_run(readme: str, tmp_path: Path) -> None:
    runner = CliRunner(env={"IGO_STORE": str(tmp_path / "readme.sqlite")})
    # run from a folder of its own, so that a scratch store (--store FILE) lands there, with the
    # repository's files (igo_timeline/data/sources/..., tests/...) where the examples name them
    with runner.isolated_filesystem(temp_dir=tmp_path) as here:
        for entry in README.parent.iterdir():
            if not entry.name.startswith("."):
                (Path(here) / entry.name).symlink_to(entry)
        _run_examples(runner, console_examples(readme))


def _run_examples(runner: CliRunner, examples: list[tuple[str, list[str]]]) -> None:
    for command, expected in examples:
        argv = shlex.split(command)
        assert argv[0] == "igo"
        result = runner.invoke(main, argv[1:])
        where = f"$ {command}\nexit {result.exit_code}\nstdout: {result.stdout}\nstderr: {result.stderr}"
        if result.exception is not None and not isinstance(result.exception, SystemExit):
            raise AssertionError(f"crashed: {where}") from result.exception
        wants_error = any(line.startswith("Error:") for line in expected)
        assert result.exit_code == (1 if wants_error else 0), where
        if expected:
            assert "\n".join(expected) in result.stdout + result.stderr, where
        if wants_error:
            assert result.stdout == "", where
            assert result.stderr.strip() == "\n".join(expected), where


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


RECORDING = {"grant", "withdraw", "unknown", "appoint", "vacate", "handover", "meeting", "schedule", "append"}


def test_recording_examples_use_a_scratch_store(readme: str) -> None:
    """Following the README never changes the bundled record: each example that records a
    decision of the bundled organization (sco) does it on a scratch store (--store), or shows
    the refusal of one. (Examples on an organization of their own may use the default store.)"""
    recording = 0
    for command, expected in console_examples(readme):
        argv = shlex.split(command)[1:]
        scratch = argv[:1] == ["--store"]
        verb, *rest = argv[2:] if scratch else argv
        if verb not in RECORDING or any(line.startswith("Error:") for line in expected):
            continue
        org = json.loads(rest[0]).get("org") if verb == "append" and rest[0] != "-" else rest[0]
        if org == "sco":
            assert scratch, command
            recording += 1
    assert recording >= 3
