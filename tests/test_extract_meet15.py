"""Meetings, thirteenth session (helper `meet15`): a sitting's days told after its opening, by a close
still to come ("is scheduled to close on Friday", "the two-day session, which closes on Friday", "the
conference ends on 19 September") or by a length its own verb tells ("runs for five days", "lasts four
days"), and an opening told "got under way". Every sentence is written for the test (invented
organization `xyz`, invented towns and persons: no sentence of a real text)."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from igo_timeline.extract import extract


def _meetings(text: str, org: str = "xyz") -> list[dict[str, Any]]:
    return [c.event for c in extract(text, org, "t") if c.type == "MeetingHeld" and c.record == "event"]


def _meeting(text: str, org: str = "xyz") -> dict[str, Any]:
    found = _meetings(text, org)
    assert found, "no meeting found"
    return found[0]


# -- the days of a sitting told after its opening ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (  # a schedule of the close, with a length told by the sitting's verb
            "TARNOW, 15 September 2031 - Delegates of the member states met in Tarnow today for the opening of the "
            "12th session of the XYZ General Conference. The session runs for five days and is scheduled to "
            "close on Friday, 19 September.",
            "2031-09-15/2031-09-19",
        ),
        (  # "got under way", then a present tense of the close in a relative clause of the sitting
            "Tarnow - The 20th session of the XYZ General Conference got under way on Thursday, 4 September "
            "2031, in Tarnow. The two-day session, which closes on Friday, is devoted to the budget.",
            "2031-09-04/2031-09-05",
        ),
        (  # the sitting's own present tense of its close, a day written in full
            "TARNOW, 15 September 2031 - The XYZ General Conference opened in Tarnow today. The conference ends "
            "on 18 September with the election of its bureau.",
            "2031-09-15/2031-09-18",
        ),
        (  # a length alone, told by "lasts ... days" after an opening
            "TARNOW, 15 September 2031 - The XYZ General Conference opened in Tarnow today under the chairmanship "
            "of Ilse Vartan. The conference lasts for four days.",
            "2031-09-15/2031-09-18",
        ),
    ],
)
def test_days_told_after_the_opening(text: str, date: str) -> None:
    found = _meeting(text)
    assert found["body"] == "general-conference"
    assert found["date"] == date


@pytest.mark.parametrize(
    "later",
    [
        # another thing's close, not the sitting's: a mandate, an exhibition beside it
        "The mandate of the working group ends on 18 September.",
        "An exhibition at the conference venue, which closes on Thursday, shows the work of the member states.",
        # a length of something else
        "The delegates' tour of the region runs for three weeks.",
    ],
)
def test_another_things_close_leaves_one_day(later: str) -> None:
    text = f"TARNOW, 15 September 2031 - The XYZ General Conference was held in Tarnow today. {later}"
    assert _meeting(text)["date"] == "2031-09-15"


def test_a_close_before_the_opening_is_not_taken() -> None:
    """A close that would come before the sitting's first day tells another sitting (a preparatory one)."""
    text = (
        "TARNOW, 15 September 2031 - The XYZ General Conference opened in Tarnow today. The preparatory "
        "meeting of senior officials, which closed on 13 September, had agreed on the agenda."
    )
    assert _meeting(text)["date"] == "2031-09-15"


@settings(max_examples=40, deadline=None)
@given(
    n=st.sampled_from(["two", "three", "four", "five"]),
    verb=st.sampled_from(["runs for", "lasts for", "runs for", "continues for"]),
)
def test_a_told_length_widens_from_the_opening(n: str, verb: str) -> None:
    """Law: a sitting opened on a day and told to run N days ends N-1 days later, whatever the verb."""
    text = (
        f"TARNOW, 15 September 2031 - The XYZ General Conference opened in Tarnow today. The session {verb} "
        f"{n} days."
    )
    count = {"two": 2, "three": 3, "four": 4, "five": 5}[n]
    assert _meeting(text)["date"] == f"2031-09-15/2031-09-{14 + count}"
