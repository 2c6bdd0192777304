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


# -- the town of a sitting: a host state's town the gazetteer lacks; a town told before a late opening -----------


@pytest.mark.parametrize(
    ("text", "place", "host"),
    [
        (  # a host state, the sitting's whole name, then a town the gazetteer lacks, named again in a title
            "The Republic of Moldova hosted the 9th Summit of the Xylo Yard Zone (XYZ) in Velkarn on 3-4 July "
            "2031, with President Ana Petric in the chair. The leaders adopted the Velkarn Declaration.",
            "Velkarn",
            "MDA",
        ),
        (  # "played host to", under a dateline of another town: the town the sentence names, not the dateline's
            "NAIROBI, 6 June 2031 - Kenya played host to the annual session of the XYZ Council of Ministers in "
            "Tarnowa on Friday, under the chairmanship of Ms Wanjiru Kamau. The Tarnowa session agreed on the "
            "budget.",
            "Tarnowa",
            "KEN",
        ),
    ],
)
def test_a_host_states_town_the_gazetteer_lacks(text: str, place: str, host: str) -> None:
    found = _meeting(text)
    assert (found.get("place"), found.get("host")) == (place, host)


def test_an_unlisted_town_named_once_is_no_place() -> None:
    """The guard of every unlisted town: named once, with no document or sitting named after it, it may be a
    word of anything else."""
    text = (
        "The Republic of Moldova hosted the 9th Summit of the Xylo Yard Zone (XYZ) in Velkarn on 3-4 July 2031, "
        "with President Ana Petric in the chair."
    )
    found = _meeting(text)
    assert "place" not in found and found["host"] == "MDA"


_REMOTE = (
    "Meeting of the XYZ Council of Heads of State\n\nSeptember 17, 2031, Novo-Lipki\n\nThe President of Moldova "
    "took part, via videoconference, in a meeting of the XYZ Council of Heads of State.\n\n{held}\n\nThe leaders "
    "discussed trade and security.\n\nA number of documents were signed. Decisions adopted at the summit approved "
    "the budget of the XYZ for 2032."
)


def test_the_town_told_before_a_late_opening() -> None:
    """A head of state's office reports its head taking part by video link; the sentence after tells where the
    sitting was held, before the sentence the meeting is read from."""
    held = "The meeting was held in Nairobi under the chairmanship of President Ana Petric of Kenya."
    found = [
        c.event
        for c in extract(_REMOTE.format(held=held), "xyz", "t", published="2031-09-17")
        if c.type == "MeetingHeld"
    ]
    assert [(e["date"], e.get("place")) for e in found] == [("2031-09-17", "Nairobi")]


def test_a_town_of_an_earlier_sitting_told_before_is_not_taken() -> None:
    held = "The previous meeting was held in Nairobi in 2030 under the chairmanship of President Ana Petric of Kenya."
    found = [
        c.event
        for c in extract(_REMOTE.format(held=held), "xyz", "t", published="2031-09-17")
        if c.type == "MeetingHeld"
    ]
    assert [e.get("place") for e in found] == [None]


# -- no sitting held: a career's closed span of years, a sitting still to come or a habit told in the present ----

_ELECTED = "TARNOW, 25 July 2031 - The XYZ Council elected Ilse Vartan as Secretary-General on Thursday. "


@pytest.mark.parametrize(
    "text",
    [
        # a career told by a closed span of years before the text's own
        "TARNOW, 25 July 2031 - Ilse Vartan took office today as Director-General of the XYZ. She was her "
        "country's ambassador in Geneva from 2022 to 2024, serving as vice-president of the 80th session of the "
        "XYZ General Conference.",
        "TARNOW, 25 July 2031 - Ilse Vartan took office today as Director-General of the XYZ. In 2021-2023 she "
        "was vice-president of the 78th session of the XYZ General Conference in Geneva.",
        # a sitting to come, told by a present tense and a time ahead, or by "is due to"
        _ELECTED
        + "The decision still has to be approved by the XYZ Assembly, which meets in December next year.",
        _ELECTED + "The XYZ Summit is due to be held in Vienna in October.",
        _ELECTED + "The XYZ Assembly, which convenes every two years, will confirm her.",
    ],
)
def test_no_sitting_held(text: str) -> None:
    assert _meetings(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a term named by "for", a span reaching the text's year, a present tense of the day itself
        "TARNOW, 25 July 2031 - The XYZ Executive Council met in Tarnow today and adopted the budget for 2029-2030.",
        "TARNOW, 25 July 2031 - The XYZ Executive Council, which meets today in Tarnow, adopted the work plan "
        "for 2032-2034.",
        "TARNOW, 25 July 2031 - The XYZ Executive Council met in Tarnow today, its first session since the reform "
        "of 2029-2031.",
    ],
)
def test_the_sitting_held_with_a_span_of_years_stays(text: str) -> None:
    found = _meeting(text)
    assert (found["body"], found["date"], found.get("place")) == ("executive-council", "2031-07-25", "Tarnow")


# -- another meeting of another time, in a text with no day of its own ------------------------------------------


def test_a_meeting_years_before_the_sitting_is_history() -> None:
    """No dateline, no day of the text: a meeting the text dates years before the sitting it reports is the
    organization's history, not another stage of the sitting."""
    text = (
        "The Second Summit of the XYZ was held in Tarnow from 8 to 10 October 2031. The XYZ was launched on 18 "
        "June 2017 in Velkarn, when the XYZ Council of Foreign Ministers met for the first time."
    )
    assert [(e["body"], e["date"]) for e in _meetings(text)] == [("summit", "2031-10-08/2031-10-10")]


def test_a_meeting_days_before_the_sitting_stays() -> None:
    text = (
        "The Second Summit of the XYZ was held in Tarnow on 10 October 2031. The XYZ Council of Foreign Ministers "
        "met on 8 October 2031 to prepare it."
    )
    assert [(e["body"], e["date"]) for e in _meetings(text)] == [
        ("summit", "2031-10-10"),
        ("council-of-foreign-ministers", "2031-10-08"),
    ]


# -- a law of every text ----------------------------------------------------------------------------------------


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="ABCSTHONDRMEJ .,-\n", max_size=120))
def test_quotes_are_the_texts_words(text: str) -> None:
    """Law: whatever the capitals and full stops, every quote the extractor gives is text[start:end]."""
    full = f"XYZ Council. {text}"
    for c in extract(full, "xyz", "t"):
        source = c.event.get("source") or {}
        if "start" in source:
            assert full[source["start"] : source["end"]] == source["quote"]
