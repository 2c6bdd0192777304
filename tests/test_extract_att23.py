"""Attendance (helper `att23`): a chair named by an office of a state and then by name in apposition; a group
named before the verb is no role of those "together with" it. Every sentence is invented."""

from __future__ import annotations

import pytest

from tests.conftest import first_meeting, meeting_people

_MINISTERS = "NAIROBI, 4 June 2022 -- The Council of Foreign Ministers of the Lake Union met in Nairobi today"


def _chair(text: str) -> tuple[str, str | None] | None:
    chair = first_meeting(text).get("chair")
    return (chair["person"], chair.get("party")) if chair else None


# -- a chair named by an office of a state, then by name in apposition --------------------------------------


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        (
            f"{_MINISTERS} under the chairmanship of Kenya's Minister of Foreign Affairs, Alfred Mutua.",
            "Alfred Mutua",
        ),
        (
            f"{_MINISTERS} under the chairmanship of the Minister for Foreign Affairs of Kenya, Mr. A. C. Mutua.",
            "A. C. Mutua",
        ),
        (
            f"{_MINISTERS}. The meeting was chaired by the Minister for Foreign Affairs of Kenya, Mr. A. C. Mutua.",
            "A. C. Mutua",
        ),
        (f"{_MINISTERS}. The meeting was chaired by Kenya's Foreign Minister, Alfred Mutua.", "Alfred Mutua"),
        (
            "NAIROBI, 4 June 2022 -- The Council of Defence Ministers of the Lake Union met in Nairobi today under the "
            "chairmanship of Kenya's Minister of Defence, Aden Duale, and discussed border security.",
            "Aden Duale",
        ),
    ],
)
def test_a_chair_named_by_a_state_office_then_by_name(sentence: str, who: str) -> None:
    assert _chair(sentence) == (who, "KEN")
    assert (who, "KEN") in meeting_people(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a state alone chairs: no person
        f"{_MINISTERS} under the chairmanship of Kenya, which holds the rotating presidency.",
        # an office of the organization: no state's chair
        f"{_MINISTERS} under the chairmanship of the Union's Secretary General, Alfred Mutua.",
    ],
)
def test_no_state_chair_from_a_state_or_an_organization_office(sentence: str) -> None:
    chair = first_meeting(sentence).get("chair")
    assert chair is None or chair.get("party") is None


# -- "A group of states ... took part, together with Z": the group is no role of Z ---------------------------


_SUMMIT = "The Fifth Summit of the Lake Union was held in Kisumu, Kenya, on 4 June 2022. "


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        (
            "Delegations of Kenya, Uganda, Rwanda and Tanzania took part in the session, together with Union Secretary "
            "General Peter Mathuki.",
            "Peter Mathuki",
        ),
        (
            "The defence ministers of Kenya, Uganda and Tanzania attended, together with Secretary General Peter "
            "Mathuki and officials of the Secretariat.",
            "Peter Mathuki",
        ),
        (
            "Ministers of all the member states were present, along with Secretary General Peter Mathuki.",
            "Peter Mathuki",
        ),
    ],
)
def test_an_official_together_with_a_group_of_states_takes_no_state(sentence: str, who: str) -> None:
    people = first_meeting(_SUMMIT + sentence).get("participants", [])
    entry = next(p for p in people if p["person"] == who)
    assert entry.get("party") is None
    assert "Kenya" not in entry.get("role", "") and "member states" not in entry.get("role", "")


def test_persons_before_together_with_are_still_read() -> None:
    people = meeting_people(
        _SUMMIT + "President William Ruto of Kenya and President Paul Kagame of Rwanda took part, along with "
        "Secretary General Peter Mathuki."
    )
    assert {("William Ruto", "KEN"), ("Paul Kagame", "RWA"), ("Peter Mathuki", None)} <= people


# -- the chair told by "with X as (host and) chair" or "X conducted the session" ------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        f"{_MINISTERS}, with Kenyan Foreign Minister Alfred Mutua as host and chair.",
        f"{_MINISTERS}, with Kenyan Foreign Minister Alfred Mutua as chairman, and adopted a statement.",
        f"{_MINISTERS}. Kenyan Foreign Minister Alfred Mutua, whose country holds the chairmanship, conducted the session.",
        f"{_MINISTERS}. Kenyan Foreign Minister Alfred Mutua conducted the meeting.",
    ],
)
def test_a_chair_told_by_as_chair_or_conducted(sentence: str) -> None:
    assert _chair(sentence) == ("Alfred Mutua", "KEN")


@pytest.mark.parametrize(
    "sentence",
    [
        f"{_MINISTERS}, with Kenya as chair.",  # a state, no person
        f"{_MINISTERS}. Kenyan Foreign Minister Alfred Mutua conducted the previous session in Kampala.",
        f"{_MINISTERS}. Kenyan Foreign Minister Alfred Mutua conducted talks with the Ugandan delegation.",
    ],
)
def test_no_chair_from_a_state_as_chair_or_another_sitting_conducted(sentence: str) -> None:
    assert _chair(sentence) is None
