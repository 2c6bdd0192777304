"""A newcomer's frictions (issue 15), each as the class it stands for."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from igo_timeline.cli import main

ROOT = Path(__file__).resolve().parent.parent


def igo_process(*args: str, store: Path, stdin: bytes | None = None) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "IGO_STORE": str(store)}
    return subprocess.Popen(
        [sys.executable, "-m", "igo_timeline", *args],
        stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )


@pytest.fixture(scope="module")
def sco_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A store holding the bundled SCO chronicle (read-only for the tests that use it)."""
    store = tmp_path_factory.mktemp("sco") / "sco.sqlite"
    result = CliRunner().invoke(main, ["--store", str(store), "import", "--bundled", "sco"])
    assert result.exit_code == 0, result.output
    yield store


def run(store: Path, *args: str, input: str | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, ["--store", str(store), *args], input=input)


# -- 6: a closed stdout ends the command quietly ----------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ("state", "sco"),
        ("history", "sco"),
        ("state", "sco", "--json"),
        ("schema",),
        ("--help",),
        ("state", "--help"),
        ("export", "sco", "--to", "csv"),
    ],
    ids=lambda a: " ".join(a),
)
def test_a_closed_stdout_ends_quietly_with_141(sco_store: Path, args: tuple[str, ...]) -> None:
    """``igo state sco | head -1``: the reader is gone before the command writes (deterministic:
    the pipe's read end is closed before the first write), so every write meets EPIPE."""
    proc = igo_process(*args, store=sco_store)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()
    status = proc.wait(timeout=120)
    stderr = proc.stderr.read().decode()
    proc.stderr.close()
    assert status == 141, stderr
    assert stderr == ""
