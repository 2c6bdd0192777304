"""Attendance (helper `att11`, issue 14): classes of attendance wording read on sets 1-19 and checked against
pages of other organizations: list intros named by an attendance noun, the host who hosted the meeting, the
present tense of live reports, honorifics before a name, the adverbial that opens a guest's sentence, a
head's state told by another mention. Every sentence is invented (invented persons; the states are real only
where the party is what is tested): no sentence of a real text."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from igo_timeline.extract import extract
from igo_timeline.extract.people import parse_item


def _meeting(text: str, org: str = "xyz") -> dict[str, Any]:
    found = [c.event for c in extract(text, org, "t") if c.type == "MeetingHeld" and c.record == "event"]
    assert found, "no meeting"
    return found[0]


def _people(text: str, org: str = "xyz") -> set[tuple[str, str | None]]:
    return {(p["person"], p.get("party")) for p in _meeting(text, org).get("participants", [])}


_OPENING = (
    "The Fifth Summit of the Heads of State of the Lake Union was held in Kisumu, Kenya, on 4 June 2022.\n\n"
)


# -- a list whose intro names it by an attendance noun -------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Attendance was as follows:\n- Otieno Wafula, President of Kenya;\n- Grace Nakato, Prime Minister of "
        "Uganda;\n- Asha Mwinyi, Vice President of Tanzania.\n",
        "The attendance at the summit:\n- Otieno Wafula, President of Kenya;\n- Grace Nakato, Prime Minister of "
        "Uganda;\n- Asha Mwinyi, Vice President of Tanzania.\n",
        "Other representatives were: President Otieno Wafula of Kenya, Prime Minister Grace Nakato of Uganda and "
        "Vice President Asha Mwinyi of Tanzania.\n",
        "The delegates were:\n- Otieno Wafula, President of Kenya;\n- Grace Nakato, Prime Minister of Uganda;\n"
        "- Asha Mwinyi, Vice President of Tanzania.\n",
    ],
    ids=["attendance-as-follows", "the-attendance", "representatives-were-inline", "delegates-were"],
)
def test_a_list_named_by_an_attendance_noun_is_read(body: str) -> None:
    assert {("Otieno Wafula", "KEN"), ("Grace Nakato", "UGA"), ("Asha Mwinyi", "TZA")} <= _people(
        _OPENING + body
    )


def test_an_intro_of_topics_is_no_list_of_persons() -> None:
    body = (
        "The representatives discussed the following:\n- Trade and Transport;\n- Energy Security;\n"
        "- Water Resources of the Basin.\n"
    )
    assert _people(_OPENING + body) == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "Ugandan President Grace Nakato hosted the meeting.",
        "Ugandan President Grace Nakato hosted the session at the lakeside palace.",
        "Ugandan President Grace Nakato hosted the talks.",
    ],
)
def test_who_hosted_the_meeting_attended_it(sentence: str) -> None:
    assert ("Grace Nakato", "UGA") in _people(_OPENING + sentence + "\n")


def test_who_will_host_the_next_meeting_did_not_attend_this_one() -> None:
    body = "Ugandan President Grace Nakato will host the next meeting in 2023.\n"
    assert ("Grace Nakato", "UGA") not in _people(_OPENING + body)


# -- the present tense of a report written while the meeting goes on ----------------------------------------


@pytest.mark.parametrize(
    ("body", "who"),
    [
        (
            "The Secretary General of the Union, Amani Kiprono, and the President of the Lake Bank, Halima "
            "Odhiambo, are also attending.",
            {("Amani Kiprono", None), ("Halima Odhiambo", None)},
        ),
        (
            "Ugandan President Grace Nakato and Kenyan President Otieno Wafula also attend the summit.",
            {("Grace Nakato", "UGA"), ("Otieno Wafula", "KEN")},
        ),
        ("Tanzanian Vice President Asha Mwinyi is among the leaders at the table.", {("Asha Mwinyi", "TZA")}),
        ("Ugandan President Grace Nakato is attending as guest of honour.", {("Grace Nakato", "UGA")}),
        ("Ugandan President Grace Nakato participates in the summit for the first time.", {("Grace Nakato", "UGA")}),
    ],
    ids=["are-also-attending", "also-attend-the-summit", "is-among-the-leaders", "is-attending-as", "participates-in"],
)
def test_the_present_tense_tells_who_attends(body: str, who: set[tuple[str, str | None]]) -> None:
    assert who <= _people(_OPENING + body + "\n")


@pytest.mark.parametrize(
    "body",
    [
        "Ugandan President Grace Nakato did not attend the summit.",
        "Ugandan President Grace Nakato declined to attend the summit.",
        "Ugandan President Grace Nakato hopes to participate in the summit next year.",
        "Ugandan President Grace Nakato is expected to attend the summit.",
    ],
)
def test_who_does_not_or_may_later_attend_is_no_participant(body: str) -> None:
    assert ("Grace Nakato", "UGA") not in _people(_OPENING + body + "\n")
