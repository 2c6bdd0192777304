"""The lead's fixes of the sixth session (issue 14): a yearless dateline's year from the years a report names
as times of its own business, on the weekday its lede names. Invented sentences only."""

from __future__ import annotations

import datetime as dt

import pycountry
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from igo_timeline.extract import extract
from igo_timeline.extract.anchor import dateline_year


def _meeting(text: str, org: str = "xyz") -> dict:
    found = [c for c in extract(text, org, "t") if c.type == "MeetingHeld"]
    assert found, text
    return found[0].to_json()


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # a chair "for" a year, a period "throughout" the next
        (
            "LIMA, Oct 6 (Agency) - Ministers of the Andean Basin Forum (ABF) closed their annual council in Lima on "
            "Thursday. Chile, which chaired the forum for 2022, handed over to Peru, which will lead it "
            "throughout 2023.",
            "2022-10-06",
        ),
        # a term as a span of years that begins now
        (
            "HANOI, April 9 (Agency) -- The fifth summit of the Mekong Rivers Council (MRC) ended here on Tuesday, "
            "with Viet Nam taking the chair for the period from 2019 to 2021.",
            "2019-04-09",
        ),
        # a month with its year in news of the past year
        (
            "RABAT, March 14 /Agency/. The Council of Ministers of the Western Sahel Union (WSU) met in Rabat on "
            "Thursday. Its secretariat reported on the work done from March 2023 to March 2024.",
            "2024-03-14",
        ),
    ],
)
def test_a_yearless_dateline_takes_the_one_named_year_on_the_ledes_weekday(text: str, day: str) -> None:
    meeting = _meeting(text)
    assert meeting["record"] == "event", meeting
    assert meeting["event"]["date"] == day


@pytest.mark.parametrize(
    "text",
    [
        # the only year is the founding's: background, never the report's year
        "ACCRA, May 3 (Agency) -- The summit of the Coastal Gulf Union (CGU) was held in Accra on Tuesday. "
        "The union was founded in June 2005.",
        # held since a month of a past year: background
        "SOFIA, June 7 (Agency) -- The Council of the Danube Plain Forum (DPF) met in Sofia on Wednesday. "
        "Bulgaria has held the chair since July 2021.",
        # a bare "in 2011" of the past dates nothing
        "DAKAR, March 2 (Agency) -- Leaders of the Sahel Steppe Community (SSC) met in Dakar on Wednesday and "
        "admitted Gambia, which had applied for membership in 2011.",
    ],
)
def test_years_of_background_leave_the_year_unresolved(text: str) -> None:
    meeting = _meeting(text)
    assert meeting["record"] == "unresolved" and meeting["kind"] == "date-unresolved", meeting


def test_a_named_year_on_another_weekday_leaves_it_unresolved() -> None:
    # 6 October 2021 was a Wednesday, not the Thursday the lede names: no year is read
    assert dt.date(2021, 10, 6).weekday() == 2
    assert dateline_year("Oct 6", " -- The council met on Thursday. Chile chaired it for 2021.") == (None, "")


@pytest.mark.parametrize(
    "opening",
    [
        "Leaders of the Sahel Steppe Community (SSC) met in Dakar on Wednesday.",
        "Heads of state of the Sahel Steppe Community (SSC) gathered in Dakar on Wednesday.",
        "Presidents of the Sahel Steppe Community (SSC) convened in Dakar on Wednesday for talks.",
    ],
)
def test_leaders_of_an_organization_named_with_its_initials_met(opening: str) -> None:
    meeting = _meeting(f"DAKAR, March 2, 2011 (Agency) -- {opening}", "ssc")
    assert meeting["record"] == "event", meeting
    assert (meeting["event"]["body"], meeting["event"]["date"], meeting["event"]["place"]) == (
        "summit",
        "2011-03-02",
        "Dakar",
    )


@settings(max_examples=60, deadline=None)
@given(day=st.dates(dt.date(1995, 1, 1), dt.date(2039, 12, 28)))
def test_the_year_read_is_a_named_one_on_the_weekday(day: dt.date) -> None:
    written = f"{day:%B} {day.day}"
    weekday = f"{day:%A}"
    rest = f" (Agency) -- The council met here on {weekday}. It adopted its work plan for {day.year}."
    year, why = dateline_year(written, rest)
    assert year == day.year and "weekday" in why
    # the same report a year later names a year whose day is another weekday: nothing is read
    later = f" (Agency) -- The council met here on {weekday}. It adopted its work plan for {day.year + 1}."
    assert dateline_year(written, later)[0] in (None, day.year + 1)
    if (
        day.replace(year=day.year + 1) if not (day.month == 2 and day.day == 29) else day
    ).weekday() != day.weekday():
        assert dateline_year(written, later)[0] is None


@pytest.mark.parametrize(
    ("name", "person"),
    [
        ("Tavo Renmila", True),
        ("N. Kalodar", True),
        ("Ama de la Torre", True),
        ("Central African Republic", False),  # a state is no appointee
        ("the Republic of Kiribati", False),
        ("Fund's Managing", False),  # an office's words, not a name
        ("Bank President", False),
        ("", False),
    ],
)
def test_an_appointee_must_read_as_a_person(name: str, person: bool) -> None:
    from igo_timeline.extract import _looks_like_a_person

    assert _looks_like_a_person(name) is person


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(sorted(c.name for c in pycountry.countries)))
def test_no_state_is_ever_an_appointee(name: str) -> None:
    from igo_timeline.extract import _looks_like_a_person

    assert not _looks_like_a_person(name)


@pytest.mark.parametrize(
    ("dateline", "day"),
    [
        ("HA NOI, 26/06/2020 -", "2020-06-26"),  # day first: 26 is no month
        ("MANILA, 11/15/2019 -", "2019-11-15"),  # month first: 15 is no month
        ("VIENTIANE, 4/4/2021 -", "2021-04-04"),  # the same either way
        ("PARIS, 06/07/2020 -", None),  # 6 July or 7 June: unread, never guessed
    ],
)
def test_a_dateline_with_slashes_is_read_only_when_its_order_is_plain(dateline: str, day: str | None) -> None:
    meeting = _meeting(
        f"{dateline} The Council of Ministers of the Coastal Gulf Union (CGU) met here today.", "cgu"
    )
    if day is None:
        assert meeting["record"] == "unresolved" and meeting["kind"] == "date-unresolved", meeting
    else:
        assert meeting["record"] == "event" and meeting["event"]["date"] == day, meeting


@pytest.mark.parametrize(
    ("sentence", "party"),
    [
        ("The ministers suspended New Zealand from all activities of the CGU.", "NZL"),
        ("New Zealand notified the CGU of its withdrawal from the organization.", "NZL"),
        ("The council granted observer status to New Zealand.", "NZL"),
    ],
)
def test_a_state_whose_adjective_is_its_name_is_a_party(sentence: str, party: str) -> None:
    text = f"ACCRA, 3 May 2016 -- The summit of the Coastal Gulf Union (CGU) was held in Accra on 3 May 2016. {sentence}"
    acts = [c for c in extract(text, "cgu", "t") if c.type != "MeetingHeld"]
    assert [(c.record, c.event.get("party")) for c in acts] == [("event", party)]


def test_the_adjective_before_a_noun_or_a_title_names_no_party() -> None:
    text = (
        "ACCRA, 3 May 2016 -- The summit of the Coastal Gulf Union (CGU) was held in Accra on 3 May 2016. "
        "New Zealand Prime Minister Tavo Renmila said the New Zealand government welcomed the decision to "
        "grant observer status to Peru."
    )
    acts = [c for c in extract(text, "cgu", "t") if c.type != "MeetingHeld"]
    assert [c.event.get("party") for c in acts] == ["PER"]


@pytest.mark.parametrize(
    "rest",
    [
        " -- The council met on Thursday and adopted the Strategy 2021-2030.",
        " -- The council met on Thursday and adopted its Plan of Action for 2022-2030.",
        " -- The council met on Thursday. It backs the 2030 Agenda for Sustainable Development.",
    ],
)
def test_a_year_in_a_name_dates_nothing(rest: str) -> None:
    # 6 October was a Thursday in 2022 (and 2016, 2033): a plan's or an agenda's years are no report's year
    assert dateline_year("Oct 6", rest) == (None, "")


@pytest.mark.parametrize(
    ("written", "rest", "year"),
    [
        ("18 December", " (Agency) - The council met by videoconference on Friday and decided that Belarus will "
         "chair the union in 2021.", 2020),
        ("Oct 6", " -- The ministers met on Thursday; Peru will host the next summit in 2023.", 2022),
        ("June 3", " (Agency) -- Leaders met on Friday. The next session is to be held in Quito in 2017, the "
         "host said.", 2016),
    ],
)  # fmt: skip
def test_the_next_turns_year_bounds_the_reports_year_on_its_weekday(
    written: str, rest: str, year: int
) -> None:
    assert dateline_year(written, rest)[0] == year


def test_a_far_event_to_come_is_no_turn_of_the_organization() -> None:
    from igo_timeline.extract.anchor import _next_turn_on_weekday

    rest = " -- The council met on Thursday. Peru will host the World Cup in 2030."
    assert _next_turn_on_weekday("Oct 6", rest, 3) == (None, "")
