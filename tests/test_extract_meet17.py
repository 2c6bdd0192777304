"""Issue 14, fifteenth session, fixer meet17: WHEN a reported sitting took place, from the words that govern
its days. Every sentence, organization and person here is invented; the wordings follow the classes real pages
of many organizations show (the SCO, the G20, the Arab League and the EU, SAARC, the G7, the Nordic Council),
none of their sentences.

1. A nominal start or close of a sitting of stated length: "at the start of the two-day summit on Friday" is
   its first day, "at the conclusion of the two-day session on Wednesday" its last.
2. A close in the opening and the length in another sentence of the same sitting ("the summit ended on
   Friday ... the two-day summit"): the days before the close.
3. A span of weekdays told in the present tense ("is hosting the meeting from Friday to Sunday", "runs from
   Tuesday to Thursday") holds the report's day; in the past tense it is the week before.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from igo_timeline.extract import extract
from igo_timeline.extract.dates import relative_days


def meetings(text: str, org: str = "xyz") -> list[tuple[str, str | None]]:
    return [
        (c.event["body"], c.event.get("date")) for c in extract(text, org, "t") if c.type == "MeetingHeld"
    ]


def dates(text: str, org: str = "xyz") -> list[str | None]:
    return [d for _, d in meetings(text, org)]


# --- 1. a nominal start or close governs the sitting's days ---------------------------------------------------


# 30 January 2032 is a Friday
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("ADDIS ABABA, 31 January 2032 -- President Dala Omenka took over the rotating chair of the XYZ on Friday, at the start of the two-day 30th Ordinary Session of the Assembly.", "2032-01-30/2032-01-31"),
        ("ADDIS ABABA, 31 January 2032 -- The Assembly of the XYZ elected a new chair on Friday at the beginning of its three-day summit in the city.", "2032-01-30/2032-02-01"),
        ("ADDIS ABABA, 31 January 2032 -- The Harar Declaration was adopted at the conclusion of the two-day 12th session of the XYZ Council of Ministers in Addis Ababa on Friday evening.", "2032-01-29/2032-01-30"),
        ("ADDIS ABABA, 31 January 2032 -- A final communique was issued at the end of the two-day XYZ summit on Friday.", "2032-01-29/2032-01-30"),
        ("ADDIS ABABA, 31 January 2032 -- The ministers of the XYZ agreed on a budget on Friday, on the final day of their three-day conference in Addis Ababa.", "2032-01-28/2032-01-30"),
    ],
)  # fmt: skip
def test_a_nominal_start_or_close_of_a_sitting_of_stated_length(text: str, want: str) -> None:
    assert dates(text) == [want]


def test_a_start_with_no_day_of_its_own_is_not_widened_from_the_dateline() -> None:
    # the report's day need not be the first day of the summit: the dateline's day alone, not a made-up span
    got = dates(
        "ADDIS ABABA, 31 January 2032 -- President Dala Omenka took over the chair of the XYZ at the start of a two-day summit in Addis Ababa."
    )
    assert got == ["2032-01-31"]


def test_the_end_of_a_month_is_no_close_of_a_sitting() -> None:
    # "at the end of January" names no sitting: the summit's own day stands, no span is made from "two-day"
    got = dates(
        "ADDIS ABABA, 31 January 2032 -- XYZ leaders met in Addis Ababa on Friday, at the end of January, and agreed on a two-day visit to the border next month."
    )
    assert got == ["2032-01-30"]


# --- 2. the close in the opening, the length of the same sitting in a later sentence -------------------------


@pytest.mark.parametrize(
    "later",
    [
        "It was the first time Kenya hosted the two-day summit.",
        "Leaders spent most of the two-day 13th summit on trade.",
    ],
)
def test_a_close_then_the_length_of_the_same_sitting(later: str) -> None:
    text = f"NAIROBI, 31 January 2032 -- The 13th XYZ summit in Nairobi ended on Friday with a declaration on trade. {later}"
    assert dates(text) == ["2032-01-29/2032-01-30"]


def test_a_later_length_of_something_else_leaves_the_day() -> None:
    # a two-day visit after the summit is not the summit's length
    text = "NAIROBI, 31 January 2032 -- The 13th XYZ summit in Nairobi ended on Friday with a declaration on trade. The host then began a two-day visit to Mombasa."
    assert dates(text) == ["2032-01-30"]


# --- 2b. the host "inaugurated" the sitting on its first day ----------------------------------------------------


@pytest.mark.parametrize(
    "middle",
    [
        "The Emir, who inaugurated the two-day gathering on Thursday, opened the second day of talks this morning.",
        "The prime minister inaugurated the summit on Thursday with a call for open trade.",
    ],
)
def test_the_inauguration_tells_the_first_day(middle: str) -> None:
    text = f"DOHA, 30 January 2032 -- The first XYZ summit ended here on Friday with a communique on energy. {middle}"
    assert dates(text) == ["2032-01-29/2032-01-30"]


def test_an_inaugurated_building_is_no_first_day() -> None:
    text = "DOHA, 30 January 2032 -- The first XYZ summit ended here on Friday with a communique on energy. The Emir inaugurated a new conference hall on Monday."
    assert dates(text) == ["2032-01-30"]


# --- 3. a span of weekdays in the present tense holds the report's day ------------------------------------------

SATURDAY = dt.date(2032, 1, 31)


@pytest.mark.parametrize(
    "clause",
    [
        "Kenya is hosting the summit from Friday to Sunday",
        "the summit, which runs from Friday to Sunday",
        "the summit is being held from Friday to Sunday",
        "the summit takes place from Friday to Sunday",
    ],
)
def test_a_present_span_of_weekdays_holds_the_report_day(clause: str) -> None:
    spans = [d.edtf for d in relative_days(clause, SATURDAY) if "/" in d.edtf]
    assert spans == ["2032-01-30/2032-02-01"]


@pytest.mark.parametrize(
    "clause",
    ["the leaders met from Friday to Sunday", "the summit was held from Friday to Sunday"],
)
def test_a_past_span_of_weekdays_is_the_week_before(clause: str) -> None:
    spans = [d.edtf for d in relative_days(clause, SATURDAY) if "/" in d.edtf]
    assert spans == ["2032-01-23/2032-01-25"]


def test_an_opening_that_runs_on_gives_the_whole_span() -> None:
    # 2 March 2032 is a Tuesday
    text = "OSLO, 2 March 2032 -- The XYZ Council's 80th Session opened today in the Storting in Oslo and runs from Tuesday to Thursday."
    assert dates(text) == ["2032-03-02/2032-03-04"]


def test_an_opening_with_no_running_on_keeps_its_day() -> None:
    # the span that runs on does not start on the opening's day: an exhibition beside it, not the session
    text = "OSLO, 2 March 2032 -- The XYZ Council's 80th Session opened today in Oslo, where a book fair runs from Wednesday to Friday."
    assert dates(text) == ["2032-03-02"]


# --- laws -------------------------------------------------------------------------------------------------------

WORDS = st.sampled_from(
    ["at the start of", "at the end of", "at the conclusion of", "the two-day", "summit", "session", "on Friday",
     "from Friday to Sunday", "is hosting", "runs", "ended", "opened", "XYZ", "in Nairobi", "January", ",", "."]
)  # fmt: skip


@settings(max_examples=60, deadline=None)
@given(st.lists(WORDS, min_size=1, max_size=25))
def test_never_raises_and_quotes_are_the_text(words: list[str]) -> None:
    text = "NAIROBI, 31 January 2032 -- " + " ".join(words)
    for c in extract(text, "xyz", "t"):
        src = c.event["source"]
        assert text[src["start"] : src["end"]] == src["quote"]


# --- 4. a dateline whose day follows a dash or a colon ---------------------------------------------------------


@pytest.mark.parametrize(
    "head",
    [
        "RIO DE JANEIRO, Brazil – April 29, 2031 —",
        "GENEVA - 29 April 2031 -",
        "Geneva: April 29, 2031.",
        "NAIROBI, Kenya — 29 April 2031 —",
    ],
)
def test_a_dateline_day_after_a_dash_anchors_the_weekday(head: str) -> None:
    # 29 April 2031 is a Tuesday: "on Monday" is the day before
    assert dates(f"{head} The XYZ Council met on Monday and adopted its budget.") == ["2031-04-28"]


def test_a_dash_after_the_town_with_no_day_is_no_dateline_day() -> None:
    # no day after the dash: no anchor, so "on Monday" has no date to resolve against
    assert dates("NAIROBI - The XYZ Council met on Monday and adopted its budget.") == [None]


# --- 5. an opening with no day of its own: the day a later (or earlier) sentence tells the sitting held --------


@pytest.mark.parametrize(
    "told",
    [
        "The leaders had gathered in Lome on 27 April 2031 for the summit, the bloc's 40th.",  # "had": no
        "XYZ leaders gathered in Lome on 27 April 2031 for the summit, the bloc's 40th.",
        "The summit was held on Sunday in the conference hall of the presidency.",
        "The April 27 summit was attended by the heads of state of all member states.",
        "Sunday's summit was attended by the heads of state of all member states.",
    ],
)
def test_the_day_another_sentence_tells_the_sitting_held(told: str) -> None:
    # 29 April 2031 is a Tuesday; the summit sat on Sunday 27 April; the lede gives no day of its own
    text = f"LOME, 29 April 2031 -- In the final communique of the XYZ summit, leaders called for a customs union. {told}"
    want = ["2031-04-29"] if "had gathered" in told else ["2031-04-27"]
    assert dates(text) == want


def test_a_day_of_another_body_or_to_come_is_not_the_sittings() -> None:
    for told in (
        "The host had welcomed the leaders at the airport on Sunday before the summit.",
        "The next summit will be held on 30 June 2031 in Accra.",
        "The bloc's first summit was held on 27 April 1991, the anniversary the leaders marked.",
    ):
        text = f"LOME, 29 April 2031 -- In the final communique of the XYZ summit, leaders called for a customs union. {told}"
        assert dates(text) == ["2031-04-29"], told


# --- 6. a day a reporting verb governs is the report's, not the sitting's ---------------------------------------


@pytest.mark.parametrize(
    "lede",
    [
        "Ms Ama Ofori was elected at the just concluded session of the XYZ Council of Ministers in Accra, said a statement published on Thursday.",
        "Ms Ama Ofori was elected at the session of the XYZ Council of Ministers in Accra, the foreign ministry said in a statement on Thursday.",
    ],
)
def test_a_reported_day_is_not_the_sittings(lede: str) -> None:
    # 8 October 2032 is a Friday; the statement came out on Thursday 7; the Council sat on Tuesday 5
    text = f"ACCRA, 8 October 2032 -- {lede} The Accra meeting, which was held on October 5, also adopted the budget."
    assert dates(text) == ["2032-10-05"]


def test_a_sitting_day_before_the_reporting_verb_stays() -> None:
    text = "ACCRA, 8 October 2032 -- The XYZ Council of Ministers met in Accra on Tuesday and elected Ms Ama Ofori, the ministry said on Thursday."
    assert dates(text) == ["2032-10-05"]
