"""Attendance lists read to their end (helper `lines25`): a line of a state-headed list that the reader cannot read
ends no list; "wa" inside a name; a list line's participle of whose seat its person took; a verb told once and left
out after ("Premier Q attended for A and Premier R for B"). Every sentence is invented."""

from __future__ import annotations

import pytest

from tests.conftest import meeting_people

_SUMMIT = "GABORONE, 20 August 2031 -- The Summit of Heads of State and Government of the Southern Lakes Union was held in Gaborone on 19 and 20 August 2031.\n\n"


# -- a state-headed list in lines, one line unreadable ------------------------------------------------------


def _state_lines(middle: str) -> str:
    return (
        f"{_SUMMIT}Present at the Summit were these Heads of State and Government:\n"
        "Botswana: H.E. President Kagiso Molefe\n"
        f"{middle}\n"
        "Namibia: H.E. President Ndapewa Shikongo\n"
        "Zambia: H.E. President Chanda Mwale\n\n"
        "The Summit reviewed the regional food situation.\n"
    )


@pytest.mark.parametrize(
    "middle",
    [
        "Lesotho: The Right Honourable Prime Minister",  # a title and no name
        "Malawi: H.E. the Hon. Doctor",  # a style and no name
    ],
)
def test_an_unreadable_line_ends_no_state_headed_list(middle: str) -> None:
    people = meeting_people(_state_lines(middle), "sadc")
    assert ("Ndapewa Shikongo", "NAM") in people
    assert ("Chanda Mwale", "ZMB") in people
    assert ("Kagiso Molefe", "BWA") in people


def test_a_name_with_wa_inside() -> None:
    people = meeting_people(_state_lines("Malawi: H.E. President Kamau wa Njoroge"), "sadc")
    assert ("Kamau wa Njoroge", "MWI") in people
    assert ("Chanda Mwale", "ZMB") in people


def test_the_line_after_a_state_headed_list_is_no_item() -> None:
    people = {
        person
        for person, _ in meeting_people(_state_lines("Malawi: H.E. President Kamau wa Njoroge"), "sadc")
    }
    assert not any("food" in person.lower() for person in people)


# -- a participle after a list line's person ----------------------------------------------------------------

_RETREAT = (
    "VIENTIANE, 12 February 2032 -- The foreign ministers of the Mekong Rim Association met for their annual "
    "retreat in Vientiane on Monday.\n\nSeated at the table were:\n"
)


@pytest.mark.parametrize(
    ("line", "who"),
    [
        (
            "- Malaysian Foreign Minister Datuk Aziz Rahman, leading the Malaysian delegation;",
            ("Aziz Rahman", "MYS"),
        ),
        ("- Thai Foreign Minister Somchai Wongsa, heading his country's team;", ("Somchai Wongsa", "THA")),
        (
            "- Philippine Foreign Affairs Undersecretary Maria Santos, standing in for Secretary Jose Cruz, who was"
            " abroad with the President;",
            ("Maria Santos", "PHL"),
        ),
        (
            "- Vietnamese Deputy Foreign Minister Nguyen Van Hai, deputising for the minister;",
            ("Nguyen Van Hai", "VNM"),
        ),
    ],
)
def test_a_list_line_with_a_participle_after_its_person(line: str, who: tuple[str, str]) -> None:
    text = f"{_RETREAT}{line}\n- Indonesian Foreign Minister Dewi Lestari.\n\nThe ministers discussed the river.\n"
    people = meeting_people(text, "mrc")
    assert who in people
    assert ("Dewi Lestari", "IDN") in people  # the list goes on after the line


def test_the_one_whose_place_was_taken_is_no_participant() -> None:
    text = (
        f"{_RETREAT}- Philippine Foreign Affairs Undersecretary Maria Santos, standing in for Secretary Jose Cruz,"
        " who was abroad with the President;\n- Indonesian Foreign Minister Dewi Lestari.\n\nThe ministers met.\n"
    )
    assert "Jose Cruz" not in {person for person, _ in meeting_people(text, "mrc")}


# -- a verb told once and left out after ----------------------------------------------------------------------

_CONFERENCE = (
    "BRIDGETOWN, 6 July 2033 -- The Conference of Heads of Government of the Antilles Community opened in "
    "Bridgetown on Wednesday. "
)


@pytest.mark.parametrize(
    ("sentence", "whom"),
    [
        (
            "Premier Orlando Hodge attended for Anguilla and Premier Wayne Ebanks for the Cayman Islands.",
            {("Orlando Hodge", "AIA"), ("Wayne Ebanks", "CYM")},
        ),
        (
            "Among the associate members, Bermuda sent Deputy Premier Colin Trott, while Premier Joan Farrell attended"
            " for Montserrat and Premier Delano Gardiner for the Turks and Caicos Islands.",
            {("Colin Trott", "BMU"), ("Joan Farrell", "MSR"), ("Delano Gardiner", "TCA")},
        ),
        (
            "Foreign Minister Kwame Owusu took part on behalf of Ghana, Minister Ama Mensah on behalf of Togo and"
            " Ambassador Koffi Adjovi on behalf of Benin.",
            {("Kwame Owusu", "GHA"), ("Ama Mensah", "TGO"), ("Koffi Adjovi", "BEN")},
        ),
    ],
)
def test_a_verb_left_out_after_its_first_clause(sentence: str, whom: set[tuple[str, str]]) -> None:
    assert whom <= meeting_people(f"{_CONFERENCE}{sentence}", "caricom")


@pytest.mark.parametrize(
    "sentence",
    [
        # one clause only: nothing left out
        "Premier Orlando Hodge attended for the first time and spoke on trade.",
        # the second clause has its own verb: no gap to fill
        "Premier Orlando Hodge attended for Anguilla and Premier Wayne Ebanks spoke for the press.",
    ],
)
def test_no_gap_without_a_second_state(sentence: str) -> None:
    people = meeting_people(f"{_CONFERENCE}{sentence}", "caricom")
    assert ("Wayne Ebanks", "CYM") not in people
    assert not any(party == "AIA" and person != "Orlando Hodge" for person, party in people)
