"""Presidency decisions of ``igo extract`` (eighth-session fixer pres9): the year a chair passes in when the text
tells one (relatively, in the sentences around, for successive receivers), heads of state elected to the chair of
the organization or of one of its bodies, handovers told as a gerund or a noun, and what is no new handover
(history with its own dates, a chair of an officials' body, a person of a nationality, a meeting's own chair).
Every sentence is invented for the test (invented organizations, places and persons): no sentence of a real text
or of a held-out set."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from igo_timeline.extract import extract

OPENING = "KUMASI, 17 August 2030 -- The summit of the Xylo Yard Zone (XYZ) was held in Kumasi on Saturday, 17 August 2030. "


def _handovers(text: str, org: str = "xyz", published: str | None = None) -> list[dict[str, Any]]:
    return [
        c.event
        for c in extract(text, org, "t", published=published)
        if c.type == "PresidencyHandedOver" and c.record == "event"
    ]


def _to(text: str, **kw: Any) -> dict[str, str]:
    return {e["to_party"]: e["effective"] for e in _handovers(text, **kw)}


# -- (a) the year a chair passes in, told by the text ----------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # relatively, in the handover's own clause
        ("The leaders agreed that Kenya will hold the presidency of the XYZ next year.", {"KEN": "2031"}),
        ("Responsibility for the rotating presidency goes to Portugal next year, the ministers decided.",
         {"PRT": "2031"}),
        # successive receivers: the second a year after the first
        ("The leaders decided that Kenya will take over the rotating chairmanship the following year, "
         "and that Ghana will succeed it in the year after.", {"KEN": "2031", "GHA": "2032"}),
        ("Next year's presidency passes to Denmark.", {"DNK": "2031"}),
        ("Sweden holds the presidency of the Council in 2031.", {"SWE": "2031"}),
        ("Next year's chairmanship of the XYZ will go to Denmark, the leaders agreed.", {"DNK": "2031"}),
        ("The rotating presidency passes to Chile in 2031, to Peru in 2032 and to Brazil in 2033.",
         {"CHL": "2031", "PER": "2032", "BRA": "2033"}),
        ("Ghana will chair the XYZ in 2031 and Kenya in 2032.", {"GHA": "2031", "KEN": "2032"}),
        ("Kenya holds the rotating chairmanship of the XYZ this year and passes it to Ghana in 2031.",
         {"GHA": "2031"}),
        # the year in the handover's clause, after a list of bodies
        ("Kenya will preside over the Council, the Assembly and the Board of the Zone in 2031.", {"KEN": "2031"}),
        # the year told in the sentence before
        ("The Assembly elected Mr Jon Olafsen as its President for 2031. Norway thus takes over the presidency "
         "of the Assembly from Iceland.", {"NOR": "2031"}),
        # the year told about the receiver in the sentence after
        ("Outgoing chair Brazil formally handed the year-long chairmanship to Peru at the closing session. "
         "Peru will host the XYZ throughout 2031.", {"PER": "2031"}),
        # the first day told in the sentence after, the receiver named by its capital
        ("Ghana handed the rotating chairmanship of the Xylo Yard Zone over to Chile on Saturday. Santiago will "
         "formally assume the chairmanship on 1 January 2031.", {"CHL": "2031-01-01"}),
    ],
)  # fmt: skip
def test_the_year_a_chair_passes_in_is_the_one_the_text_tells(
    sentence: str, expected: dict[str, str]
) -> None:
    assert _to(OPENING + sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The Republic of Kenya assumes the chairmanship of the Zone for the coming year.",
        "Kenya takes over the rotating presidency of the XYZ for the next year.",
    ],
)
def test_a_length_from_now_is_no_later_year(sentence: str) -> None:
    """ "for the coming year" is how long the chair is held from the meeting, not the year after it."""
    assert _to(OPENING + sentence) == {"KEN": "2030-08-17"}


def test_a_chair_to_come_named_as_its_office_from_a_first_day() -> None:
    text = (
        OPENING
        + "The members take turns at the chair in alphabetical order, and Kenya will formally take over "
        "as chairman of the XYZ from 1 January 2031."
    )
    assert _to(text) == {"KEN": "2031-01-01"}


def test_a_year_is_never_guessed_without_the_texts_own_year() -> None:
    """No dateline, no meeting, no publication day: "next year" has no year to count from."""
    text = "The leaders agreed that Kenya will hold the presidency of the Xylo Yard Zone next year."
    assert all(e.get("effective") != "2031" for e in _handovers(text))
    assert _to(text, published="2030-08-17") == {"KEN": "2031"}


STATES = ["Ghana", "Kenya", "Norway", "Peru", "Chile", "Japan", "Brazil", "Mongolia", "Finland", "Portugal",
          "Senegal", "Zambia", "Tunisia", "Uruguay", "Nepal", "Austria", "Canada", "Egypt", "Jordan"]  # fmt: skip
CODES = {"Ghana": "GHA", "Kenya": "KEN", "Norway": "NOR", "Peru": "PER", "Chile": "CHL", "Japan": "JPN",
         "Brazil": "BRA", "Mongolia": "MNG", "Finland": "FIN", "Portugal": "PRT", "Senegal": "SEN",
         "Zambia": "ZMB", "Tunisia": "TUN", "Uruguay": "URY", "Nepal": "NPL", "Austria": "AUT",
         "Canada": "CAN", "Egypt": "EGY", "Jordan": "JOR"}  # fmt: skip


@settings(max_examples=40, deadline=None)
@given(
    state=st.sampled_from(STATES),
    year=st.integers(min_value=2001, max_value=2089),
    wording=st.sampled_from(
        [
            "{s} will chair the XYZ in {y}.",
            "The leaders agreed that {s} will hold the presidency of the XYZ next year.",
            "{s} will take over the rotating chairmanship of the Zone in {y}, the summit decided.",
        ]
    ),
)
def test_a_chair_to_come_in_a_later_year_is_dated_that_year_never_the_meeting_day(
    state: str, year: int, wording: str
) -> None:
    """For every state and year Y: a chair to come in Y told at a meeting of Y-1 passes in Y, not on the day."""
    text = (
        f"KUMASI, 17 August {year - 1} -- The summit of the Xylo Yard Zone (XYZ) was held in Kumasi on "
        f"Saturday, 17 August {year - 1}. " + wording.format(s=state, y=year)
    )
    found = _handovers(text)
    assert [(e["to_party"], e["effective"]) for e in found] == [(CODES[state], str(year))]


# -- (b) heads of state elected to the chair --------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "party", "chair"),
    [
        ("The summit elected President Amara Kone of Senegal as Chairperson of the XYZ.", "SEN", None),
        ("Kenya's President John Mwangi was on Saturday elected Chairman of the Authority of Heads of State of "
         "the Zone.", "KEN", None),
        ("Leaders also elected Ghana's President, Dr Kofi Mensah, as chairperson of the Organ on Politics and "
         "Defence, succeeding President Tomas Silva of Angola.", "GHA", "organ"),
        ("The Conference designated Prime Minister Lars Berg of Norway as its new chairman.", "NOR", None),
        # the electors named between the verb and the office
        ("President Ana Lopes of Uruguay has been elected by the 31st Ordinary Session of the Authority of Heads "
         "of State of the Zone as the new Chairman of the Authority.", "URY", None),
        ("The heads of state have elected President Ali Diop of Senegal as the chair of the XYZ for a one-year "
         "term.", "SEN", None),
        # the chair named bare, the incoming one named next
        ("The summit elected President of the Republic of Senegal, Amara Kone as chairperson and named Kenya's "
         "President as the incoming chairperson.", "SEN", None),
        # the head named after the name
        ("The summit has also elected Dr. Kofi Mensah, President of the Republic of Ghana, as chairperson of the "
         "Organ on Defence.", "GHA", "organ"),
        ("The Council named Zambian President Daniel Phiri to chair the Organ.", "ZMB", "organ"),
        # the act told as a gerund or a noun
        ("The Council congratulated the Emir of Qatar on assuming the presidency of the current session.",
         "QAT", None),
        ("The heads of state congratulated King Harald of Norway on the Kingdom's assumption of the "
         "chairmanship of the XYZ.", "NOR", None),
        ("The Kenyan leader opened the summit by handing over the chairmanship of the organisation to the "
         "Ugandan side.", "UGA", None),
        ("The summit closed with Japan formally assuming the presidency of the forum.", "JPN", None),
        ("The Republic of Austria is the new holder of the XYZ presidency.", "AUT", None),
    ],
)  # fmt: skip
def test_a_head_of_state_elected_to_the_chair_is_a_handover_on_the_meeting_day(
    sentence: str, party: str, chair: str | None
) -> None:
    found = _handovers(OPENING + sentence)
    assert [(e["to_party"], e.get("chair"), e["effective"]) for e in found] == [(party, chair, "2030-08-17")]


@pytest.mark.parametrize(
    "sentence",
    [
        # a former head elected to an officials' body: an appointment, no state's turn
        "The summit elected former President Amara Kone of Senegal as Chairperson of the Commission.",
        # the meeting's own chair, who presides over the sitting
        "Prime Minister Lars Berg of Norway was elected Chairman of the Summit.",
        # the chair of an officials' body
        "Armenia will take over the chairmanship of the Commission's Board on 1 February 2031.",
        # a person of a nationality
        "It is the first time a German will lead the XYZ.",
        # the chair as it stands, and the chair to come after the next one
        "Sweden holds the presidency of the Council this year.",
        "The summit elected President Amara Kone of Senegal as incoming Chairperson of the XYZ.",
        "The committee elected Ambassador Ana Lopes of Uruguay as chairperson.",
        "Kenya's President Paul Otieno was elected Deputy Chairperson of the XYZ.",
    ],
)
def test_what_is_no_states_turn_at_the_chair_is_no_handover(sentence: str) -> None:
    assert _handovers(OPENING + sentence) == []


# -- (c) the handover's day, not a day a relative clause tells ---------------------------------------------


def test_a_relative_clauses_day_is_its_own_not_the_handovers() -> None:
    text = (
        OPENING + "President Ama Owusu of Ghana was elected to chair the Organ on Defence, taking over from "
        "Kenya's President Paul Otieno, who had attended the troika meeting on Wednesday as its outgoing chair."
    )
    assert [(e["to_party"], e["effective"]) for e in _handovers(text)] == [("GHA", "2030-08-17")]


def test_one_handover_per_receiver_when_the_text_tells_it_twice() -> None:
    text = (
        OPENING
        + "Leaders elected the Chilean head of state as Chairperson of the XYZ, with Ghana handing over "
        "the rotating chairmanship to Chile for the 2030/2031 period."
    )
    assert [e["to_party"] for e in _handovers(text)] == ["CHL"]


# -- (d) history is no new handover ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("dateline", "sentence"),
    [
        ("ACCRA, 4 September 2030 -- ", "Chile, which took over the rotating chairmanship on 1 January, is ready "
         "to host next year's meeting, the minister said."),
        ("ACCRA, 15 June 2030 -- ", "Mongolia took over the chairmanship of the forum for 2028-2030 from Peru at "
         "a ministerial meeting held in September 2028."),
        ("ACCRA, 28 April 2030 -- ", "Chile chaired the Zone from 2010 to 2020 and Peru from 2020 to 2024; the "
         "chairmanship passed to Ghana for the period from 2024 to 2028."),
        ("ACCRA, 9 July 2030 -- ", "Ghana last held the chairmanship under its former president, who served "
         "from 2018 to 2019 before handing over to his counterpart of Niger."),
        ("ACCRA, 17 August 2030 -- ", "Ghana took over the chairmanship from Chile at the last summit in 2029."),
        ("ACCRA, 9 September 2030 -- ", "Kenya has had the presidency of the XYZ since Dec. 1, when it took over "
         "from Chile, and will keep it until Nov. 30."),
    ],
)  # fmt: skip
def test_a_handover_whose_own_dates_lie_well_before_the_text_is_history(dateline: str, sentence: str) -> None:
    assert _handovers(dateline + sentence) == []


def test_a_year_that_dates_no_act_does_not_make_a_handover_history() -> None:
    text = (
        OPENING + "The outgoing chairperson received the organisation's 2029 annual report, after which he "
        "passed the chair of the XYZ Authority to his Chilean counterpart."
    )
    assert [(e["to_party"], e["effective"]) for e in _handovers(text)] == [("CHL", "2030-08-17")]
