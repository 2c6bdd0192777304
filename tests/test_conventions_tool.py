"""``tests/heldout/tools/conventions.py``: where the held-out golds disagree on a convention (invented golds)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

_PATH = Path(__file__).resolve().parent / "heldout" / "tools" / "conventions.py"
_spec = importlib.util.spec_from_file_location("conventions_tool", _PATH)
assert _spec and _spec.loader
conventions = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(conventions)


def _text(folder: Path, name: str, text: str, gold: str) -> None:
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    (folder / f"{name}.gold.yaml").write_text(gold, encoding="utf-8")


def _held(org: str, body: str, quote: str, place: str | None = None) -> str:
    where = f"\n  place: {place}" if place else ""
    return (
        f"- type: MeetingHeld\n  org: {org}\n  body: {body}\n  date: '2031-05-05'{where}\n"
        f"  source: {{document: t, quote: '{quote}'}}\n"
    )


def test_the_three_conventions_are_counted_with_their_texts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sets = tmp_path / "set1"
    sets.mkdir()
    _text(
        sets,
        "a",
        "The XYZ leaders met by videoconference.",
        _held("xyz", "summit", "met by videoconference", "online"),
    )
    _text(sets, "b", "The XYZ leaders met online.", _held("xyz", "council-of-heads-of-state", "met online"))
    _text(
        sets,
        "c",
        "The XYZ summit met. It was preceded by a meeting of the ministers on 3 May.",
        _held("xyz", "summit", "The XYZ summit met") + _held("xyz", "council-of-ministers", "preceded by"),
    )
    conventions.main([str(sets)])
    out = capsys.readouterr().out
    assert "virtual word      1  e.g. set1/a" in out and "none              1  e.g. set1/b" in out
    assert "xyz: council-of-heads-of-state 1; summit 2" in out and "(1 of 1 organizations)" in out
    assert "two or more sittings      1  e.g. set1/c" in out and "one sitting" not in out
