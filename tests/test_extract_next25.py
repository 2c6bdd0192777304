"""Fixer next25: next meetings found with the wrong body, host or date. Every sentence, organization and person
here is invented; the wordings follow what real pages of several organizations show (the Arab League's
preparatory ministers' meetings days before its summit, the CIS, the CSTO, the G20), none of their sentences.

1. A sitting to come that names no place of its own and opens within a week after the text's day sits where
   the text was written (a preparatory sitting and the one it prepares meet at one venue days apart).
2. Two weekdays of a plan ("scheduled for Saturday and Sunday") are one span of days.
3. A quarter by its short name ("in Q4 2031", "3Q 2030") is the span of its months.
4. "their next meeting" of members who decide it ("the heads of state agreed to hold their next meeting") is
   the members' body, when no other body is named.
"""

from __future__ import annotations

import datetime as dt

from igo_timeline.extract import extract
from igo_timeline.extract.dates import relative_days


def scheduled(text: str, org: str = "xyz") -> list[tuple[str, str | None, str | None]]:
    return [
        (c.event.get("body"), c.event.get("host"), c.event.get("date"))
        for c in extract(text, org, "t")
        if c.type == "MeetingScheduled" and c.record == "event"
    ]


# --- 1. a sitting days after the text's day, with no place of its own: the dateline's town ----------------------

# 4 February 2032 is a Wednesday


def test_a_summit_days_after_a_ministers_meeting_sits_in_the_dateline_town() -> None:
    got = scheduled(
        "ACCRA, 4 February 2032 - The foreign ministers of the XYZ opened their 20th session in Accra on "
        "Wednesday. The 14th Ordinary Summit is scheduled for 7 February."
    )
    assert got == [("summit", "GHA", "2032-02-07")]


def test_a_sitting_weeks_later_takes_no_host_from_the_dateline() -> None:
    got = scheduled(
        "ACCRA, 4 February 2032 - The foreign ministers of the XYZ opened their 20th session in Accra on "
        "Wednesday. The 14th Ordinary Summit is scheduled for 20 March."
    )
    assert not any(h == "GHA" for _, h, _ in got)


def test_a_sitting_that_names_its_own_town_keeps_it() -> None:
    got = scheduled(
        "ACCRA, 4 February 2032 - The foreign ministers of the XYZ met in Accra on Wednesday. The 14th "
        "Ordinary Summit is scheduled to take place in Lome on 7 February."
    )
    assert any(h == "TGO" for _, h, _ in got) and not any(h == "GHA" for _, h, _ in got)


# --- 2. two weekdays of a plan: one span --------------------------------------------------------------------------


def test_two_weekdays_of_a_plan_are_one_span() -> None:
    day = dt.date(2032, 2, 4)
    for text in (
        "The summit is scheduled for the coming Saturday and Sunday.",
        "The leaders' session is planned for Saturday and Sunday in the capital.",
    ):
        assert [d.edtf for d in relative_days(text, day)] == ["2032-02-07/2032-02-08"]


def test_two_weekdays_told_of_the_past_stay_in_the_past() -> None:
    day = dt.date(2032, 2, 4)
    assert [d.edtf for d in relative_days("The ministers met on Monday and Tuesday.", day)] == [
        "2032-02-02/2032-02-03"
    ]


def test_a_summit_for_saturday_and_sunday_after_the_ministers() -> None:
    got = scheduled(
        "ACCRA, 4 February 2032 - The foreign ministers of the XYZ opened their 20th session in Accra on "
        "Wednesday, while the 14th Ordinary Summit is scheduled for the coming Saturday and Sunday."
    )
    assert any(h == "GHA" and d == "2032-02-07/2032-02-08" for _, h, d in got)


# --- 3. a quarter by its short name -------------------------------------------------------------------------------


def test_a_quarter_by_its_short_name() -> None:
    for words, want in (
        ("in Q4 2031 in Ghana", "2031-10/2031-12"),
        ("in Ghana in Q1 of 2032", "2032-01/2032-03"),
        ("in Ghana in 3Q 2031", "2031-07/2031-09"),
    ):
        got = scheduled(
            f"LOME, 10 May 2031 - The XYZ Council of Ministers met in Lome on Saturday. The next meeting of the "
            f"Council of Ministers was decided to be held {words}."
        )
        assert any(h == "GHA" and d == want for _, h, d in got), (words, got)


def test_a_quarter_of_a_report_is_no_sitting() -> None:
    got = scheduled(
        "LOME, 10 May 2031 - The XYZ Council of Ministers met in Lome on Saturday and reviewed the trade "
        "figures of Q4 2030."
    )
    assert got == []


# --- 4. "their next meeting" of the members who decide it ------------------------------------------------------


def test_their_next_meeting_of_the_heads_of_state() -> None:
    for text in (
        "On the proposal of Ghana, the heads of state agreed to hold their next meeting in Accra on 15 October 2032.",
        "The foreign ministers decided to hold their next meeting in Accra on 15 October 2032.",
    ):
        got = scheduled(text)
        assert len(got) == 1 and got[0][1:] == ("GHA", "2032-10-15"), (text, got)
        assert got[0][0], got


def test_a_next_meeting_of_no_members_keeps_no_body_of_theirs() -> None:
    # a subject that names no members: no body guessed from it
    got = scheduled("The delegations agreed to hold their next meeting in Accra on 15 October 2032.")
    assert all(b not in ("council-of-heads-of-state", "council-of-foreign-ministers") for b, _, _ in got)
