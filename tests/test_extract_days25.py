"""Meeting days (fixer days25): the weekday the verb of sitting governs across the town it names ("met in
Lisbon on Monday"), and the length of another sitting ("follows two days of talks") that does not widen.

Every sentence here is invented (wordings, numbers of sessions); organizations and states are real.
"""

from __future__ import annotations

import pytest

from igo_timeline.extract import extract


def meetings(text: str, org: str, published: str | None = None) -> list[tuple[str, str]]:
    return [
        (c.event["body"], c.event.get("date", ""))
        for c in extract(text, org, "t", published=published)
        if c.record == "event" and c.type == "MeetingHeld"
    ]


# the weekday the verb of sitting governs, the town (or hall) between them: that day, not a calendar day another
# clause of the sentence tells (a series before it, a programme around it)
WEEKDAY_ACROSS_THE_TOWN = [
    (
        "Bangkok, 9 June 2017 - The health ministers of the BRICS countries met in Bangkok on Friday for their "
        "annual meeting, ending a round of expert talks held since Tuesday, June 6.",
        "brics",
        "2017-06-09",
    ),
    (
        "Ankara, 14 June 2016 - The leaders of CICA met in the Turkish capital on Tuesday for the forum's "
        "summit, the centrepiece of a week of CICA events that runs from 12 to 16 June.",
        "cica",
        "2016-06-14",
    ),
    (
        "Moscow, 20 May 2016 - The heads of state of the CSTO member states met at the Kremlin on Thursday for a "
        "session of the Collective Security Council, recalling their declaration of 1 May.",
        "csto",
        "2016-05-19",
    ),
]


@pytest.mark.parametrize(("text", "org", "day"), WEEKDAY_ACROSS_THE_TOWN)
def test_the_weekday_the_verb_governs_across_the_town(text: str, org: str, day: str) -> None:
    found = meetings(text, org)
    assert found and found[0][1] == day, (text, found)


# not read: a weekday with its calendar day after it (the calendar day reads it), a weekday of another clause
NOT_THE_VERBS_WEEKDAY = [
    (
        "Lima, 8 May 2019 - The ministers met in Lima on Tuesday, 7 May 2019, for their annual meeting.",
        "2019-05-07",
    ),
]


@pytest.mark.parametrize(("text", "day"), NOT_THE_VERBS_WEEKDAY)
def test_a_weekday_with_its_calendar_day(text: str, day: str) -> None:
    found = meetings(text, "pa")
    assert all(d == day for _b, d in found), found


# the length of a sitting before or after this one ("follows two days of talks among officials", "was preceded by
# a two-day meeting of the ministers"): not this sitting's, which opened on the day the lede tells
OTHERS_LENGTH = [
    "Vientiane, 9 July 2019 - The ASEAN Regional Forum opened its annual talks in the Lao capital today. "
    "The meeting follows two days of talks among the ASEAN foreign ministers.",
    "Vientiane, 9 July 2019 - The ASEAN Regional Forum opened its annual talks in the Lao capital today. "
    "The session was preceded by a three-day meeting of senior officials.",
    "Vientiane, 9 July 2019 - The ASEAN Regional Forum opened its annual talks in the Lao capital today. "
    "The forum meets before the two-day summit of the leaders.",
]


@pytest.mark.parametrize("text", OTHERS_LENGTH)
def test_another_sittings_length_does_not_widen(text: str) -> None:
    found = meetings(text, "asean")
    assert found and all(d == "2019-07-09" for _b, d in found), (text, found)


# its own length still widens the opening's day: "the two-day forum", "after three days of talks"
OWN_LENGTH = [
    (
        "Vientiane, 9 July 2019 - The ASEAN Regional Forum opened its annual talks in the Lao capital today. "
        "The two-day meeting brings together foreign ministers from 27 countries.",
        "2019-07-09/2019-07-10",
    ),
]


@pytest.mark.parametrize(("text", "days"), OWN_LENGTH)
def test_its_own_length_widens(text: str, days: str) -> None:
    found = meetings(text, "asean")
    assert found and found[0][1] == days, (text, found)
