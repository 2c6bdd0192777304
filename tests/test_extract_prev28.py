"""Sittings to come of ``igo extract`` (fixer prev28): a sitting named with its town and its days after a word
that tells it lies ahead ("preparations for the Xyz Summit in Lome on 3-4 May", "the forthcoming ... Meeting in
Minsk this October"); a numbered sitting whose first reading finds no day read again as a sitting to come ("The
44th Session of the Council will be held tomorrow in Lome"); the session of a body named with the organization
after it; a plan told as expected; a sitting announced inside a quotation; a preview's length told as "for two
days". Every sentence is invented for the test (the facts may be real): no sentence of a real text or of a
held-out set."""

from __future__ import annotations

import pytest

from igo_timeline.extract import extract


def _scheduled(text: str, org: str, published: str) -> list[tuple[str, str, str | None, str]]:
    return [
        (c.event["body"], c.event["host"], c.event.get("place"), c.event["date"])
        for c in extract(text, org, "t", published=published)
        if c.type == "MeetingScheduled" and c.record == "event"
    ]


def _held(text: str, org: str, published: str) -> list[str]:
    return [
        c.event["date"]
        for c in extract(text, org, "t", published=published)
        if c.type == "MeetingHeld" and c.record == "event"
    ]


# -- a sitting ahead, named with its town and days ------------------------------------------------------


@pytest.mark.parametrize(
    ("org", "published", "text", "want"),
    [
        (
            "sco",
            "2031-04-13",
            "ASTANA, 13 April 2031 - The ministers will also look at preparations for the summit of the "
            "organization on June 8-9 in Almaty.",
            ("council-of-heads-of-state", "KAZ", "Almaty", "2031-06-08/2031-06-09"),
        ),
        (
            "sco",
            "2031-04-29",
            "TASHKENT, 29 April 2031 - The coordinators went through the papers to be signed at the forthcoming "
            "SCO Heads of Government Council Meeting in Khujand this September.",
            ("council-of-heads-of-government", "TJK", "Khujand", "2031-09"),
        ),
        (
            "asean",
            "2031-06-27",
            "JAKARTA, 27 June 2031 - Senior officials met ahead of the 64th ASEAN Foreign Ministers' Meeting in "
            "Vientiane on 8 July.",
            ("foreign-ministers-meeting", "LAO", "Vientiane", "2031-07-08"),
        ),
        (
            "asean",
            "2031-06-27",
            "JAKARTA, 27 June 2031 - Senior officials met ahead of the upcoming ASEAN Summit in Vientiane, Laos, "
            "on 8 and 9 October.",
            ("asean-summit", "LAO", "Vientiane", "2031-10-08/2031-10-09"),
        ),
        (
            "asean",
            "2031-06-27",
            "JAKARTA, 27 June 2031 - The officials worked in preparation for the ASEAN Summit, in Vientiane on "
            "8 October, and went home.",
            ("asean-summit", "LAO", "Vientiane", "2031-10-08"),
        ),
    ],
)  # fmt: skip
def test_a_sitting_ahead_with_its_town_and_days(org: str, published: str, text: str, want: tuple) -> None:
    assert _scheduled(text, org, published) == [want]


@pytest.mark.parametrize(
    ("org", "text"),
    [
        # whose summit? a bare "leaders' summit" of another grouping
        ("brics", "LONDON, 27 June 2031 - BRICS finance ministers met ahead of the leaders' summit in Pittsburgh "
         "on 24 September."),
        # another organization's sitting
        ("brics", "LONDON, 27 June 2031 - BRICS finance ministers met ahead of the G20 Summit in Rome on 24 "
         "September."),
        # no day to come
        ("asean", "JAKARTA, 27 June 2031 - Officials met ahead of the ASEAN Summit in Vientiane, which was put "
         "off until later."),
        ("asean", "JAKARTA, 27 June 2031 - Officials looked back on the ASEAN Summit in Vientiane on 8 July "
         "2030."),
        # a wish
        ("asean", "JAKARTA, 27 June 2031 - Officials said they might meet again ahead of the ASEAN Summit in "
         "Vientiane on 8 October."),
    ],
)  # fmt: skip
def test_a_sitting_ahead_not(org: str, text: str) -> None:
    assert _scheduled(text, org, "2031-06-27") == []


def test_one_sitting_with_two_cues_is_one() -> None:
    text = (
        "JAKARTA, 27 June 2031 - Officials met ahead of the upcoming ASEAN Summit in Vientiane on 8 October. "
        "They also prepared for the ASEAN Summit in Vientiane on 8 October."
    )
    assert len(_scheduled(text, "asean", "2031-06-27")) == 1


# -- a numbered sitting read again; the session of a body named with its organization ----------------------


@pytest.mark.parametrize(
    "text",
    [
        "ADDIS ABABA, 14 February 2031 - The 50th Ordinary Session of the Executive Council of the African Union "
        "will be held in Addis Ababa tomorrow.",
        "Addis Ababa (ENA) February 14/2031 The 50th Ordinary Session of the Executive Council of the African "
        "Union will be held in Addis Ababa tomorrow.",
        "ADDIS ABABA, 14 February 2031 - The 50th Session of the Executive Council is due to open tomorrow in "
        "Addis Ababa.",
    ],
)
def test_a_numbered_session_tomorrow(text: str) -> None:
    assert _scheduled(text, "au", "2031-02-14") == [("executive-council", "ETH", "Addis Ababa", "2031-02-15")]


def test_a_preview_told_for_two_days() -> None:
    text = (
        "ADDIS ABABA, 14 February 2031 - The 50th Ordinary Session of the Executive Council of the African Union "
        "will be held in Addis Ababa tomorrow. For two days, the foreign ministers will deliberate on the "
        "agenda."
    )
    assert _scheduled(text, "au", "2031-02-14") == [
        ("executive-council", "ETH", "Addis Ababa", "2031-02-15/2031-02-16")
    ]
    assert _held(text, "au", "2031-02-14") == []


def test_two_days_of_the_past_widen_nothing() -> None:
    text = (
        "ADDIS ABABA, 14 February 2031 - The 50th Ordinary Session of the Executive Council of the African Union "
        "will be held in Addis Ababa tomorrow. Last year the ministers talked for two days."
    )
    assert _scheduled(text, "au", "2031-02-14") == [("executive-council", "ETH", "Addis Ababa", "2031-02-15")]


# -- a plan told as expected -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "JAKARTA, 2 September 2031 - The ASEAN Summit is expected to take place in Vientiane on 8 October.",
        "JAKARTA, 2 September 2031 - The ASEAN Summit is slated to be held in Vientiane on 8 October.",
    ],
)
def test_expected_to_take_place(text: str) -> None:
    assert _scheduled(text, "asean", "2031-09-02") == [("asean-summit", "LAO", "Vientiane", "2031-10-08")]


def test_expected_of_the_past_not() -> None:
    text = (
        "JAKARTA, 2 September 2031 - The ASEAN Summit had been expected to take place in Vientiane in 2029."
    )
    assert _scheduled(text, "asean", "2031-09-02") == []


# -- a sitting announced inside a quotation ----------------------------------------------------------------


def test_a_sitting_announced_in_a_quotation() -> None:
    text = (
        'KATHMANDU, 3 July 2031 - "As the current chair, Nepal will be hosting the 40th session of the Standing '
        'Committee of SAARC foreign secretaries in Kathmandu on 17-18 August 2031," the ministry announced.'
    )
    assert _scheduled(text, "saarc", "2031-07-03") == [
        ("standing-committee", "NPL", None, "2031-08-17/2031-08-18")
    ]


# -- a headline's sitting to come, its days in the lede ----------------------------------------------------


@pytest.mark.parametrize(
    ("org", "published", "text", "want"),
    [
        (
            "sco",
            "2031-06-01",
            "SCO leaders to meet in Astana on 3-4 July\n\nASTANA, 1 June 2031 - The leaders will talk about "
            "security and trade.",
            ("council-of-heads-of-state", "KAZ", "Astana", "2031-07-03/2031-07-04"),
        ),
        (
            "sco",
            "2031-06-01",
            "Kazakhstan to host SCO summit on 3-4 June\n\nASTANA, 1 June 2031 - The leaders will talk about "
            "security at the summit in Astana.",
            ("council-of-heads-of-state", "KAZ", None, "2031-06-03/2031-06-04"),
        ),
        (
            "commonwealth",
            "2031-04-24",
            "Commonwealth Ministerial Action Group to meet in Nairobi\n\n24 April 2031\n\nNews 25 April 2031 - The "
            "group of eight foreign ministers will meet at the State House on Friday 26 April 2031.",
            ("ministerial-action-group", "KEN", "Nairobi", "2031-04-26"),
        ),
        (
            "colombo-plan",
            "2031-04-24",
            "Mongolia to host 50th Colombo Plan Consultative Committee Meeting\n\nULAANBAATAR, 24 April 2031 - "
            "The meeting will take place from 10 to 12 June.",
            ("consultative-committee", "MNG", None, "2031-06-10/2031-06-12"),
        ),
    ],
)  # fmt: skip
def test_a_headline_sitting_to_come(org: str, published: str, text: str, want: tuple) -> None:
    assert _scheduled(text, org, published) == [want]
    assert _held(text, org, published) == []


@pytest.mark.parametrize(
    "text",
    [
        # the lede tells no sitting to come
        "SAARC leaders to meet\n\nKATHMANDU, 13 July 2031 - The leaders met in 2029 and agreed on trade.",
        # another organization's sitting
        "G20 leaders to meet in Rome\n\nKATHMANDU, 13 July 2031 - The leaders will meet on 17-18 August.",
        # a wish
        "SAARC leaders hope to meet in Male\n\nKATHMANDU, 13 July 2031 - The leaders will meet on 17-18 August.",
        # no headline: the infinitive inside the body
        "KATHMANDU, 13 July 2031 - The ministers agreed to meet in Male, and the leaders will meet on 17-18 "
        "August.",
    ],
)
def test_a_headline_sitting_to_come_not(text: str) -> None:
    assert _scheduled(text, "saarc", "2031-07-13") == []


# -- a weekday of a sitting to come; the sitting as the object of "hold"; a capital left unnamed --------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # 25 November 2031 is a Tuesday: a weekday told with a future is the one after it
        ("KATHMANDU, 25 November 2031 - SAARC leaders are due to gather in Kathmandu on Monday.", ["2031-12-01"]),
        ("KATHMANDU, 25 November 2031 - SAARC leaders will meet in Kathmandu on Friday.", ["2031-11-28"]),
        # a weekday read as past is no sitting to come, never one a year on
        ("KATHMANDU, 25 November 2031 - The SAARC summit, which opened on Monday, is due to end in Kathmandu.",
         []),
    ],
)  # fmt: skip
def test_a_weekday_is_never_a_year_on(text: str, want: list[str]) -> None:
    assert [s[3] for s in _scheduled(text, "saarc", "2031-11-25")] == want


@pytest.mark.parametrize(
    ("org", "text", "want"),
    [
        ("ecowas", "ABUJA, 4 June 2031 - ECOWAS will hold an extraordinary summit in Abuja on 8 June.",
         ("authority", "NGA", "Abuja", "2031-06-08")),
        ("cis", "ABUJA, 4 June 2031 - The CIS Council of Heads of State is to hold its 60th session in Dushanbe "
         "on 8 October.", ("council-of-heads-of-state", "TJK", "Dushanbe", "2031-10-08")),
        ("cis", "MOSCOW, 4 June 2031 - The CIS heads of state will meet on 8 October in the Tajik capital.",
         ("council-of-heads-of-state", "TJK", None, "2031-10-08")),
    ],
)  # fmt: skip
def test_hold_a_sitting_and_a_capital(org: str, text: str, want: tuple) -> None:
    assert _scheduled(text, org, "2031-06-04") == [want]


@pytest.mark.parametrize(
    "text",
    [
        "MOSCOW, 4 June 2031 - The CIS Council of Heads of State will hold a meeting with the Chinese leader.",
        "MOSCOW, 4 June 2031 - Russia will hold a summit with China in Moscow on 8 October.",
        "MOSCOW, 4 June 2031 - The ministers said they would hold a meeting in Dushanbe on 8 October.",
        "MOSCOW, 4 June 2031 - The CIS heads of state held a meeting in Dushanbe on 2 June.",
        "MOSCOW, 4 June 2031 - Central Asian leaders are to hold a summit in Dushanbe on 8 October.",
    ],
)
def test_hold_a_sitting_not(text: str) -> None:
    assert _scheduled(text, "cis", "2031-06-04") == []


def test_a_weekday_before_the_sitting_is_the_reports_day() -> None:
    text = "KATHMANDU, 25 November 2031 - On Monday, officials said the SAARC summit is due to take place in Kathmandu."
    assert _scheduled(text, "saarc", "2031-11-25") == []
