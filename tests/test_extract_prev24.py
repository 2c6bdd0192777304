"""Sittings to come of ``igo extract`` (fixer prev24): a sitting told by who will meet, where and when, in one
clause ("The Council of Ministers will meet in Kathmandu on 14-15 February"); a preview's sitting, which no
meeting held of the text's own day stands for; a sitting read as held whose first day comes after the text's
own day. Every sentence is invented for the test (the facts may be real): no sentence of a real text or of a
held-out set."""

from __future__ import annotations

from typing import Any

import pytest

from igo_timeline.extract import extract


def _events(text: str, org: str, published: str, kind: str) -> list[dict[str, Any]]:
    return [
        c.event
        for c in extract(text, org, "t", published=published)
        if c.type == kind and c.record == "event"
    ]


def _scheduled(text: str, org: str, published: str) -> list[tuple[str, str, str | None, str]]:
    return [
        (e["body"], e["host"], e.get("place"), e["date"])
        for e in _events(text, org, published, "MeetingScheduled")
    ]


# -- who will meet, where and when ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("org", "published", "text", "want"),
    [
        (
            "saarc",
            "2031-02-10",
            "KATHMANDU, 10 February 2031 - The SAARC Council of Ministers will meet in Kathmandu on 14-15 "
            "February for its regular session.",
            ("council-of-ministers", "NPL", "Kathmandu", "2031-02-14/2031-02-15"),
        ),
        (
            "sco",
            "2031-04-20",
            "BEIJING, 20 April 2031 - Foreign ministers of the Shanghai Cooperation Organization (SCO) will "
            "meet in Beijing next Tuesday to prepare the summit.",
            ("council-of-foreign-ministers", "CHN", "Beijing", "2031-04-22"),
        ),
        (
            "sco",
            "2031-05-14",
            "ALMATY, 14 May 2031 - The heads of state of the member countries are due to meet in the Kazakh "
            "capital, Astana, on June 15 for the anniversary session of the SCO Council of Heads of State.",
            ("council-of-heads-of-state", "KAZ", "Astana", "2031-06-15"),
        ),
        (
            "osce",
            "2031-01-01",
            "VIENNA, 1 January 2031 - The high point of the year will be the Ministerial Council, which is to "
            "meet in Vienna on 4 and 5 December 2031.",
            ("ministerial-council", "AUT", "Vienna", "2031-12-04/2031-12-05"),
        ),
        (
            "csto",
            "2031-04-06",
            "MINSK, 6 April 2031 - The foreign ministers met in Minsk today. The heads of state are due to "
            "gather for their session in Moscow on 15 May.",
            ("collective-security-council", "RUS", "Moscow", "2031-05-15"),
        ),
    ],
)
def test_members_will_meet(org: str, published: str, text: str, want: tuple[str, ...]) -> None:
    assert want in _scheduled(text, org, published)


@pytest.mark.parametrize(
    ("org", "text"),
    [
        # an object of "meet", not a place: no sitting
        ("sco", "BEIJING, 20 April 2031 - The presidents will meet their counterparts in Beijing on Friday."),
        (
            "sco",
            "BEIJING, 20 April 2031 - The presidents will meet with business leaders in Beijing on Friday.",
        ),
        # a habit, no day
        ("sco", "BEIJING, 20 April 2031 - The heads of state will meet once a year in Beijing."),
        # a condition
        ("sco", "BEIJING, 20 April 2031 - If the leaders meet in Beijing tomorrow, they will sign the plan."),
        # another organization's members
        ("brics", "LONDON, 20 April 2031 - G20 finance ministers are due to meet in London on Saturday."),
        # a day before the text's own: told of the past, no sitting to come
        ("sco", "BEIJING, 20 April 2031 - The heads of state were due to meet in Beijing on 2 April."),
        # the members of no body of the organization
        ("sco", "BEIJING, 20 April 2031 - Business leaders will meet in Beijing on Friday."),
    ],
)
def test_members_will_meet_not(org: str, text: str) -> None:
    assert _scheduled(text, org, "2031-04-20") == []


def test_no_day_of_the_text_no_sitting_to_come() -> None:
    # without the text's own day, "on 15 June" cannot be told to come
    assert _scheduled("The heads of state are due to meet in Astana on 15 June.", "sco", None) == []  # type: ignore[arg-type]


def test_one_sitting_told_twice_is_one() -> None:
    text = (
        "VIENNA, 28 November 2031 - The foreign ministers will meet in Vienna on 2 December for the "
        "Ministerial Council. The Ministerial Council will open on Tuesday in Vienna with a speech."
    )
    found = _scheduled(text, "osce", "2031-11-28")
    assert [f for f in found if f[0] == "ministerial-council"] == [
        ("ministerial-council", "AUT", "Vienna", "2031-12-02")
    ]


# -- a preview: the sitting to come, no meeting held ---------------------------------------------------


def test_preview_tomorrow_two_day_gathering() -> None:
    text = (
        "VIENNA, 28 November 2031 - Foreign ministers of the participating States gather in Vienna tomorrow "
        "for the yearly Ministerial Council. Austria is hosting the two-day gathering.\n\n"
        '"The Council sits once a year," an official told reporters in Vienna on the eve of the session.'
    )
    assert _scheduled(text, "osce", "2031-11-28") == [
        ("ministerial-council", "AUT", "Vienna", "2031-11-29/2031-11-30")
    ]
    assert _events(text, "osce", "2031-11-28", "MeetingHeld") == []


def test_headline_glued_to_the_lede() -> None:
    # a headline with no full stop runs into the dateline's sentence: the lede after the dateline is read
    text = (
        "Ministers to meet in Vienna\nVIENNA, 28 November 2031 - Foreign ministers of the participating "
        "States gather in Vienna tomorrow for the annual Ministerial Council."
    )
    assert _scheduled(text, "osce", "2031-11-28") == [("ministerial-council", "AUT", "Vienna", "2031-11-29")]


def test_held_meeting_and_the_next_both_kept() -> None:
    text = (
        "MINSK, 6 April 2031 - The Council of Foreign Ministers held a session in Minsk today. The heads of "
        "state are due to gather in Moscow on 15 May."
    )
    held = _events(text, "csto", "2031-04-06", "MeetingHeld")
    assert [(e["body"], e["date"]) for e in held] == [("council-of-foreign-ministers", "2031-04-06")]
    assert ("collective-security-council", "RUS", "Moscow", "2031-05-15") in _scheduled(
        text, "csto", "2031-04-06"
    )


# -- a sitting read as held after the text's own day is to come ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Brussels, 12 December 2031 - The 110th Session of the ACP Council of Ministers is scheduled to begin "
        "tomorrow in Brussels.",
        "Brussels, 12 December 2031 - The 110th Session of the ACP Council of Ministers is set to start on "
        "13 December in Brussels.",
    ],
)
def test_not_yet_held(text: str) -> None:
    assert _events(text, "acp", "2031-12-12", "MeetingHeld") == []
    assert _scheduled(text, "acp", "2031-12-12") == [
        ("council-of-ministers", "BEL", "Brussels", "2031-12-13")
    ]


def test_held_today_stays_held() -> None:
    text = "Brussels, 12 December 2031 - The 110th Session of the ACP Council of Ministers opened today in Brussels."
    held = _events(text, "acp", "2031-12-12", "MeetingHeld")
    assert [(e["body"], e["date"]) for e in held] == [("council-of-ministers", "2031-12-12")]
    assert _scheduled(text, "acp", "2031-12-12") == []


def test_a_month_alone_is_left() -> None:
    # a sitting to come told by who will meet with a month only, in passing: not read by this rule
    text = "SUVA, 4 January 2031 - Forum leaders are due to meet in Fiji in March to talk about fisheries."
    assert _scheduled(text, "pif", "2031-01-04") == []


# -- a named sitting to come: an apposition's participle, a relative clause's present -------------------


@pytest.mark.parametrize(
    ("org", "published", "text", "want"),
    [
        (
            "au",
            "2031-06-28",
            "SHARM EL-SHEIKH, 28 June 2031 - Ministers prepared the agenda of the twelfth ordinary session of "
            "the Assembly of Heads of State and Government, due to meet in Sharm El-Sheikh on 30 June and 1 July "
            "2031.",
            ("assembly", "EGY", "Sharm El-Sheikh", "2031-06-30/2031-07-01"),
        ),
        (
            "iaea",
            "2031-06-13",
            "VIENNA, 13 June 2031 - The Board approved the budget, which goes to the IAEA General Conference, "
            "which opens in Vienna on 22 September 2031.",
            ("general-conference", "AUT", "Vienna", "2031-09-22"),
        ),
    ],
)
def test_named_sitting_to_come(org: str, published: str, text: str, want: tuple[str, ...]) -> None:
    assert want in _scheduled(text, org, published)


def test_named_sitting_opened_in_the_past_is_no_sitting_to_come() -> None:
    text = (
        "VIENNA, 13 June 2031 - The Board recalled the IAEA General Conference, which opens in Vienna every "
        "September, and the one that met on 20 September 2030."
    )
    assert _scheduled(text, "iaea", "2031-06-13") == []


def test_held_meeting_and_the_next_in_the_same_town_both_kept() -> None:
    text = (
        "YEREVAN, 8 June 2031 - The Council of Foreign Ministers met in Yerevan today. The ministers decided "
        "to hold their next session in Yerevan in October 2031."
    )
    held = _events(text, "csto", "2031-06-08", "MeetingHeld")
    assert [(e["body"], e["date"]) for e in held] == [("council-of-foreign-ministers", "2031-06-08")]
