"""Running the ``igo`` command in-process for the tests, as a user's shell would."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner, Result

from igo_timeline.cli import main


def igo(store: Path | str, *args: str, code: int = 0, input: str | None = None) -> Result:
    """``igo --store STORE ARGS``: fails the test on a crash (an exception that is not the command's own exit)
    or on an exit code other than ``code``, with the command's output in the message."""
    result = CliRunner().invoke(main, ["--store", str(store), *args], input=input)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise AssertionError(f"igo {' '.join(args)} crashed: {result.exception!r}") from result.exception
    assert result.exit_code == code, (
        f"igo {' '.join(args)}: exit {result.exit_code}, expected {code}\n"
        f"stdout: {result.stdout}\nstderr: {result.stderr}"
    )
    return result
