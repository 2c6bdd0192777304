"""Fourteenth session, dec16: status words read against the organization's ladder; decisions by class.

The sentences are the tests' own (no third-party text). The ladder tests run
``igo extract`` against a real store (``igo found``, ``igo reform``), as a user
would: the store's ladder decides which status a word names.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from igo_timeline.cli import main
from igo_timeline.extract import extract
from igo_timeline.extract.ladder import on_ladder

SRC = ["--document", "charter", "--quote", "The parties establish the Zone."]


def igo(store: Path, *args: str, code: int = 0) -> Any:
    result = CliRunner().invoke(main, ["--store", str(store), *args])
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise AssertionError(f"igo {' '.join(args)} crashed: {result.exception!r}") from result.exception
    assert result.exit_code == code, f"exit {result.exit_code}\n{result.stdout}\n{result.stderr}"
    return result


def grants(store: Path, text: str, tmp_path: Path, *more: str) -> list[tuple[str, str]]:
    """(party, status) of every StatusGranted event ``igo extract`` gives for ``text``."""
    path = tmp_path / "report.txt"
    path.write_text(text, "utf-8")
    rows = [
        json.loads(line)
        for line in igo(store, "extract", str(path), "--org", "xyz", *more).stdout.splitlines()
    ]
    return [
        (r["event"]["party"], r["event"]["status"])
        for r in rows
        if r["record"] == "event" and r["event"]["type"] == "StatusGranted"
    ]


def founded(tmp_path: Path, statuses: str) -> Path:
    store = tmp_path / "s.sqlite"
    igo(store, "found", "xyz", "Xylo Yard Zone", "--on", "2001-01-01", "--statuses", statuses,
        "--body", "council-of-ministers=Council of Ministers", *SRC)  # fmt: skip
    return store


PARTNER = (
    "Oslo, 3 March 2024 - The Council of Ministers of the Xylo Yard Zone met in Oslo on 3 March 2024. "
    "The Council decided to grant Iceland the status of partner."
)
PARTNER_STATES = (
    "Bergen, 9 May 2024 - Ministers of the Xylo Yard Zone gathered in Bergen on 9 May 2024 for the Council of "
    "Ministers. Iceland and Ireland were admitted as partner states of the Zone."
)
ASSOCIATE = (
    "Oslo, 3 March 2024 - The Council of Ministers of the Xylo Yard Zone met in Oslo on 3 March 2024. "
    "The Council admitted Iceland as an associate member."
)


# ---- the rule, word against ladder ----


@pytest.mark.parametrize(
    ("word", "ladder", "expected"),
    [
        ("partner", ["member", "partner_country"], "partner_country"),  # the BRICS case
        ("partner_country", ["member", "observer", "partner"], "partner"),  # the other way round
        ("dialogue_partner", ["member", "observer", "dialogue_partner"], "dialogue_partner"),
        ("observer", ["member_state", "observer_state"], "observer_state"),
        ("member", ["member_state", "associate_member"], "member_state"),  # same telling words first
        ("partner", ["member", "dialogue_partner"], "dialogue_partner"),  # the one status it can name
        ("partner", ["member", "dialogue_partner", "sectoral_partner"], None),  # two: no guess
        ("associate_member", ["member", "observer"], None),  # more words than any status
        ("observer", ["member", "partner"], None),  # names none
        ("member", ["member", "associate_member"], "member"),  # the ladder's own word wins
    ],
)
def test_a_word_names_the_one_status_of_the_ladder(
    word: str, ladder: list[str], expected: str | None
) -> None:
    assert on_ladder(word, ladder) == expected


STATUSES = ["member", "observer", "partner", "dialogue_partner", "partner_country", "associate_member"]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.sampled_from(STATUSES), unique=True, min_size=1),
    st.sampled_from(["member", "observer", "partner", "dialogue_partner", "associate_member", "guest"]),
)
def test_the_status_named_is_always_one_of_the_ladder(ladder: list[str], word: str) -> None:
    found = on_ladder(word, ladder)
    assert found is None or found in ladder
    if word in ladder:
        assert found == word


# ---- through igo extract with a store ----


def test_the_store_ladder_turns_partner_into_partner_country(tmp_path: Path) -> None:
    store = founded(tmp_path, "member,partner_country")
    assert grants(store, PARTNER, tmp_path) == [("ISL", "partner_country")]
    assert grants(store, PARTNER_STATES, tmp_path) == [("ISL", "partner_country"), ("IRL", "partner_country")]
    # and the decision applies: the status is the ladder's
    igo(store, "extract", str(tmp_path / "report.txt"), "--org", "xyz", "--apply")


def test_without_the_word_in_the_ladder_the_words_stay_and_apply_refuses(tmp_path: Path) -> None:
    store = founded(tmp_path, "member,partner_country")
    assert grants(store, ASSOCIATE, tmp_path) == [("ISL", "associate_member")]
    out = igo(store, "extract", str(tmp_path / "report.txt"), "--org", "xyz", "--apply", code=1)
    assert "'associate_member' is not a status of 'xyz'" in out.stderr


def test_a_ladder_with_the_word_keeps_it(tmp_path: Path) -> None:
    store = founded(tmp_path, "member,partner,partner_country")
    assert grants(store, PARTNER, tmp_path) == [("ISL", "partner")]


def test_two_statuses_the_word_could_name_leave_it_as_written(tmp_path: Path) -> None:
    store = founded(tmp_path, "member,dialogue_partner,sectoral_partner")
    assert grants(store, PARTNER, tmp_path) == [("ISL", "partner")]


def test_the_ladder_in_force_on_the_decision_day_is_the_one_read(tmp_path: Path) -> None:
    """Before the reform that merges dialogue partners into partners, 'partner' names dialogue_partner;
    from the reform on, the ladder has partner itself."""
    store = founded(tmp_path, "member,observer,dialogue_partner")
    assert grants(store, PARTNER, tmp_path) == [("ISL", "dialogue_partner")]
    igo(store, "reform", "xyz", "--on", "2024-01-01", "--merge", "partner=observer,dialogue_partner", *SRC)
    assert grants(store, PARTNER, tmp_path) == [("ISL", "partner")]


def test_without_a_store_the_words_stay() -> None:
    found = extract(PARTNER, "xyz", "d")
    assert [(c.event["party"], c.event["status"]) for c in found if c.type == "StatusGranted"] == [
        ("ISL", "partner")
    ]
    mapped = extract(PARTNER, "xyz", "d", ladder=lambda day: ["member", "partner_country"])
    granted = [c for c in mapped if c.type == "StatusGranted"]
    assert [c.event["status"] for c in granted] == ["partner_country"]
    assert "partner_country" in granted[0].event["note"]
    src = granted[0].event["source"]
    assert PARTNER[src["start"] : src["end"]] == src["quote"]
