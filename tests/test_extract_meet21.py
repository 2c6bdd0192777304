"""Meetings, twenty-first fixer (helper `meet21`): the days of a series of meetings around a sitting ("the
meetings, which ran from 8 to 10 May", "a week of meetings that began on 5 May", "after preparatory meetings of
senior officials on 8-9 May") are not the sitting's own days when its opening dates it to one day. Every
sentence is written for the test (an invented organization `xyz`, invented places and persons: no sentence
of a real text)."""

from __future__ import annotations

from typing import Any

import pytest

from igo_timeline.extract import extract


def _meetings(text: str, org: str = "xyz") -> list[dict[str, Any]]:
    return [c.event for c in extract(text, org, "t") if c.type == "MeetingHeld" and c.record == "event"]


def _summit_date(text: str) -> str:
    found = [e for e in _meetings(text) if e.get("body") == "summit"]
    assert found, "no summit found"
    return str(found[0]["date"])


_OPENING = (
    "PORTO NOVO, 10 May 2031 - Leaders of the XYZ signed the Porto Novo Declaration on Saturday at the close "
    "of the group's ninth summit in the city. "
)


@pytest.mark.parametrize(
    "later",
    [
        # the plural noun heads the span's clause, in several wordings
        "The host, which chairs the XYZ Council, drew delegations from all members to the meetings, which ran "
        "from 7 to 10 May.",
        "The summit closed a week of meetings that began on 5 May, among them a session of the ministers.",
        "Porto Novo hosted the summit on Saturday after preparatory meetings of senior officials and of the "
        "Council of Ministers on 8-10 May.",
        "The summit capped a round of meetings, which also brought the leaders together with partners and began "
        "on 7 May.",
        "The Council's programme of related meetings in the capital lasted from 7 to 10 May.",
    ],
)
def test_a_series_of_meetings_does_not_widen_the_sitting(later: str) -> None:
    assert _summit_date(_OPENING + later) == "2031-05-10"


@pytest.mark.parametrize(
    ("later", "date"),
    [
        # the sitting's own length, told as days of meetings: still its days
        ("The summit ended after two days of meetings on 9 and 10 May.", "2031-05-09/2031-05-10"),
        # the sitting itself ran over the days
        ("The summit ran from 9 to 10 May.", "2031-05-09/2031-05-10"),
        # a sitting named after the plural noun, not in an 'of' phrase: the sitting's own days
        ("After the meetings, the summit ran from 9 to 10 May.", "2031-05-09/2031-05-10"),
    ],
)
def test_the_sittings_own_days_still_widen(later: str, date: str) -> None:
    assert _summit_date(_OPENING + later) == date


def test_the_sitting_with_its_related_meetings_keeps_their_days() -> None:
    # the sitting and the meetings one subject: the span is the sitting's too
    text = _OPENING + "The summit and its related meetings with partners run from 8 to 10 May."
    assert _summit_date(text) == "2031-05-08/2031-05-10"


# -- a long sitting: its close or opening weeks from the day first told ---------------------------------------

_LONG = "GENEVA, 12 October 2031 - The member states of the XYZ elected Ilse Vartan as Director-General on Sunday at the 30th session of its General Conference. "


@pytest.mark.parametrize(
    ("later", "date"),
    [
        (
            "The session, attended by delegates of all members, runs until 30 October.",
            "2031-10-12/2031-10-30",
        ),
        ("The General Conference opened on 29 September and closes on 15 October.", "2031-09-29/2031-10-15"),
        (
            "The Conference ended on 14 October after three weeks of work, having opened on 24 September.",
            "2031-09-24/2031-10-14",
        ),
        ("The session opened on 8 October and will convene until 31 October.", "2031-10-08/2031-10-31"),
    ],
)
def test_a_long_sitting_reads_its_days_weeks_apart(later: str, date: str) -> None:
    found = [e for e in _meetings(_LONG + later) if e.get("body") == "general-conference"]
    assert found and found[0]["date"] == date


@pytest.mark.parametrize(
    "later",
    [
        # a term, not the sitting: its day stays
        "The Conference's chairmanship runs until 30 October.",
        # not the sitting as subject: a week at most
        "Delegates said that the talks on the budget would go on until 30 October.",
        # a relative day far away is no close
        "The session opened on Sunday and a vote on the budget follows on 30 October.",
    ],
)
def test_a_long_window_needs_the_sitting_and_a_full_day(later: str) -> None:
    found = [e for e in _meetings(_LONG + later) if e.get("body") == "general-conference"]
    assert found and found[0]["date"] == "2031-10-12"


def test_annual_meetings_are_a_sitting_not_a_series() -> None:
    # "Annual Meetings" names the governors' sitting itself: its days widen it
    text = (
        "LIMA, 14 October 2031 - The XYZ Board of Governors adopted the budget on Saturday at its Annual Meetings "
        "in Lima. The Annual Meetings of the Board of Governors ran from 9 to 14 October."
    )
    found = [e for e in _meetings(text) if e.get("body") == "board-of-governors"]
    assert found and found[0]["date"] == "2031-10-09/2031-10-14"
