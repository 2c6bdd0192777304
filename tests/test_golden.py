"""Stores written by an earlier release keep working: they open, verify, answer the same, take appends.

tests/data/golden-v1/ holds two SQLite stores written by igo-timeline 0.1.0
(``make_golden.py`` beside them shows how; it is never run again) and the
answers that release gave (``answers.json``, keyed by the command line after
``igo --store STORE``). Every later release must open a copy of each store,
``igo verify`` it, give every recorded answer again, and append to it.

When a later release answers differently **on purpose** (say, widened ``?``
dates), the answer's entry goes into :data:`CHANGED_ON_PURPOSE` with why, and
how the recorded answer becomes the new one: the test then holds the new
release to that, and still to everything else.
"""

from __future__ import annotations

import copy
import gzip
import json
import shlex
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from igo_timeline.cli import main

GOLDEN = Path(__file__).parent / "data" / "golden-v1"
RECORDED: dict[str, Any] = json.loads((GOLDEN / "answers.json").read_text(encoding="utf-8"))
TEST_KEYS: dict[str, str] = json.loads((GOLDEN / "TEST-KEYS.json").read_text(encoding="utf-8"))
STORES = sorted(RECORDED["stores"])


@dataclass(frozen=True)
class Change:
    """An answer a later release gives differently on purpose."""

    why: str  # the change, and the issue that made it
    expect: Callable[[Any], Any]  # the recorded answer -> the answer now expected


# "STORE COMMAND" (a key of answers.json, after its store's name) -> the change. Empty: today's
# release wrote the stores. Example:
#   "plain.sqlite state sco --as-of 2010-03-01 --json": Change(
#       "issue 11: a '?' date widens by a year", lambda old: {**old, "uncertain": [...]}),
def _with_links(old: Any) -> Any:
    return [{**row, "same_as": [], "succeeds": [], "succeeded_by": []} for row in old]


CHANGED_ON_PURPOSE: dict[str, Change] = {
    f"{store} orgs --json": Change(
        "issue 12: each organization names its links (same_as, succeeds, succeeded_by); none here",
        _with_links,
    )
    for store in ("plain.sqlite", "encrypted.sqlite")
}


def _recorded(old: Any) -> Any:
    # nothing recorded by known_at is the only way to have no name (an organization's first event
    # is its founding)
    return {**old, "recorded": old["name"] is not None or old["known_at"] is None}


CHANGED_ON_PURPOSE.update(
    {
        f"{store} {command}": Change(
            "issue 15: a state says whether anything about the organization had been recorded by "
            "known_at ('recorded'), so 'not founded' is never said of what was not recorded yet",
            _recorded,
        )
        for store, recorded_store in RECORDED["stores"].items()
        for command in recorded_store["answers"]
        if command.startswith("state ")
    }
)


def unpack(store: str, folder: Path) -> Path:
    """A fresh copy of a golden store in ``folder`` (the committed file is never opened)."""
    target = folder / store
    with gzip.open(GOLDEN / f"{store}.gz", "rb") as packed, target.open("wb") as out:
        shutil.copyfileobj(packed, out)
    return target


def env_of(store: str) -> dict[str, str]:
    """The store's keys (test keys, from TEST-KEYS.json); unset ones cleared, whatever the shell has."""
    wanted = RECORDED["stores"][store]["env"]
    base = {"IGO_CIPHER_KEY": "", "IGO_CHAIN_KEY": "", "IGO_STORE": ""}
    return {**base, **{name: TEST_KEYS[name] for name in wanted}}


def igo(path: Path, store: str, *args: str) -> Any:
    result = CliRunner().invoke(main, ["--store", str(path), *args], env=env_of(store))
    assert result.exit_code == 0, f"igo {shlex.join(args)}: {result.stderr}"
    return result


def answer(path: Path, store: str, command: str) -> Any:
    """What this release answers to a recorded command, reduced as make_golden.py reduced it."""
    args = shlex.split(command)
    out = json.loads(igo(path, store, *args).stdout)
    if args[0] == "history":  # the ids in force, with their record times and corrections
        return {"count": len(out), "events": [[e["id"], e["recorded_at"], e["corrected_by"]] for e in out]}
    return out


def recorded(store: str, command: str) -> Any:
    """The answer recorded for a command (an answer written as ``same_as`` another, resolved)."""
    value = RECORDED["stores"][store]["answers"][command]
    if isinstance(value, dict) and set(value) == {"same_as", "known_at"}:
        other_store, other = value["same_as"]
        return {**recorded(other_store, other), "known_at": value["known_at"]}
    return copy.deepcopy(value)


def expected(store: str, command: str) -> Any:
    change = CHANGED_ON_PURPOSE.get(f"{store} {command}")
    value = recorded(store, command)
    return change.expect(value) if change is not None else value


def _where(old: Any, new: Any, path: str = "") -> str:
    """The first place two JSON values differ, for a message a person can act on."""
    if isinstance(old, dict) and isinstance(new, dict):
        for key in sorted(set(old) | set(new)):
            if key not in new or key not in old:
                return f"{path}.{key}: {'missing now' if key not in new else 'new'}"
            if old[key] != new[key]:
                return _where(old[key], new[key], f"{path}.{key}")
    if isinstance(old, list) and isinstance(new, list) and len(old) == len(new):
        for i, (a, b) in enumerate(zip(old, new, strict=True)):
            if a != b:
                return _where(a, b, f"{path}[{i}]")
    return f"{path or '.'}: expected {json.dumps(old)[:200]}, now {json.dumps(new)[:200]}"


def mismatches(path: Path, store: str, commands: list[str]) -> list[str]:
    problems = []
    for command in commands:
        now, then = answer(path, store, command), expected(store, command)
        if now != then:
            problems.append(f"{store} {command}: {_where(then, now)}")
    return problems


HOW_TO = (
    "\nA store written by an earlier release answers differently. If that is on purpose, add the "
    "answer to CHANGED_ON_PURPOSE in tests/test_golden.py with why; never regenerate the golden stores."
)


@pytest.fixture(scope="module", params=STORES)
def golden(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path]:
    """One copy of a golden store per module, for the questions (they write nothing but the index)."""
    store: str = request.param
    return store, unpack(store, tmp_path_factory.mktemp("golden"))


def test_the_golden_stores_are_the_committed_files_small_and_never_regenerated() -> None:
    assert STORES == ["encrypted.sqlite", "plain.sqlite"]
    for store in STORES:
        packed = GOLDEN / f"{store}.gz"
        assert packed.stat().st_size < 300_000, f"{packed.name}: keep the golden stores small"
        with gzip.open(packed, "rb") as fh:
            assert fh.read(16) == b"SQLite format 3\x00"
    assert "TEST KEYS" in TEST_KEYS["WARNING"]
    assert RECORDED["written_by"].startswith("igo-timeline 0.1.0 ")


def test_every_change_on_purpose_names_a_recorded_answer_and_why() -> None:
    for name, change in CHANGED_ON_PURPOSE.items():
        store, _, command = name.partition(" ")
        assert command in RECORDED["stores"].get(store, {}).get("answers", {}), f"no recorded answer {name!r}"
        assert len(change.why.split()) >= 3, f"{name}: say why the answer changed"


def test_a_golden_store_verifies(golden: tuple[str, Path]) -> None:
    store, path = golden
    result = CliRunner().invoke(main, ["--store", str(path), "verify"], env=env_of(store))
    assert result.exit_code == 0, result.stderr
    assert "every chain intact" in result.stderr
    assert mismatches(path, store, ["verify --json", "head --json"]) == [], HOW_TO


def test_a_golden_store_gives_every_recorded_answer(golden: tuple[str, Path]) -> None:
    store, path = golden
    commands = list(RECORDED["stores"][store]["answers"])
    problems = mismatches(path, store, commands)
    assert not problems, "\n".join(problems) + HOW_TO


def test_the_encrypted_golden_store_needs_its_keys(golden: tuple[str, Path]) -> None:
    store, path = golden
    if not RECORDED["stores"][store]["env"]:
        assert "IGO_CIPHER_KEY" not in RECORDED["stores"][store]["env"]
        return
    without = {**env_of(store), "IGO_CIPHER_KEY": ""}
    result = CliRunner().invoke(
        main, ["--store", str(path), "state", "sco", "--as-of", "2013-03-01"], env=without
    )
    assert result.exit_code == 1 and "IGO_CIPHER_KEY" in result.stderr
    keyless = {**env_of(store), "IGO_CHAIN_KEY": ""}
    result = CliRunner().invoke(main, ["--store", str(path), "verify"], env=keyless)
    assert result.exit_code == 1 and "IGO_CHAIN_KEY" in result.stderr


UFA = ["--document", "sco-history-facts-2013-2025"]


@pytest.mark.parametrize("store", STORES)
def test_a_golden_store_takes_appends_and_keeps_what_it_knew(store: str, tmp_path: Path) -> None:
    path = unpack(store, tmp_path)
    heads = {h["org"]: h for h in recorded(store, "head --json")}
    igo(
        path,
        store,
        "meeting",
        "sco",
        "council-of-heads-of-state",
        "--date",
        "2015-07-09/2015-07-10",
        "--place",
        "Ufa",
        "--host",
        "Russia",
        "--name",
        "15th meeting",
        *UFA,
        "--locator",
        "§2 row 2.3",
        "--quote",
        "15th CHS. Ufa; host Russia (RUS). Chair not stated. Virtual: no.",
    )
    igo(
        path,
        store,
        "handover",
        "sco",
        "Uzbekistan",
        "--on",
        "2015-07-10",
        "--from",
        "Russia",
        *UFA,
        "--locator",
        "§3 row 3.4",
        "--quote",
        "Uzbekistan (UZB) takes over at the Ufa summit and holds the presidency until the Tashkent "
        "summit (2016-06-24).",
    )
    if "cow-sco" in heads:  # another organization of the COW excerpt, imported now
        igo(
            path,
            store,
            "import-cow",
            str(GOLDEN.parent / "cow" / "cow_igo_v3_igo_year_excerpt.csv"),
            "--orgs",
            "cow-eip,cow-acct",
        )

    verified = json.loads(igo(path, store, "verify", "--json").stdout)
    assert verified["ok"] and verified["problems"] == []
    now = {h["org"]: h for h in verified["heads"]}
    assert (
        now["sco"]["position"] == heads["sco"]["position"] + 2 and now["sco"]["head"] != heads["sco"]["head"]
    )
    for org, head in heads.items():
        if org != "sco":
            assert now[org] == head, f"{org}: an append elsewhere moved its head"
    assert set(now) - set(heads) == ({"cow-acct"} if "cow-sco" in heads else set())

    state = json.loads(igo(path, store, "state", "sco", "--as-of", "2015-07-10", "--json").stdout)
    assert state["presidency"]["party"] == "UZB"
    assert any(m["place"] == "Ufa" for m in state["meetings_held"])
    # what was known at the golden store's record times is what it was
    known = [c for c in RECORDED["stores"][store]["answers"] if "--known-at" in c]
    assert known and mismatches(path, store, known) == [], HOW_TO
