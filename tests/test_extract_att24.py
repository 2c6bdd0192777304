"""Attendance (helper `att24`): a delegation led in the present tense of a report written while the meeting goes
on; the host who greets or receives the heads of delegation, or those present. Every sentence is invented."""

from __future__ import annotations

import pytest

from tests.conftest import meeting_people

_COUNCIL = "TASHKENT, 3 May 2029 -- The Council of Foreign Ministers of the Steppe Union opened its session in Tashkent today. "


# -- a delegation led, in the present tense -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        (
            f"{_COUNCIL}Kazakh Foreign Minister Murat Nurtleu leads his country's delegation.",
            ("Murat Nurtleu", "KAZ"),
        ),
        (f"{_COUNCIL}Foreign Minister Murat Nurtleu leads the Kazakh delegation.", ("Murat Nurtleu", "KAZ")),
        (
            f"{_COUNCIL}Deputy Minister Aida Balayeva is leading the Kazakh delegation to the session.",
            ("Aida Balayeva", "KAZ"),
        ),
        (f"{_COUNCIL}Deputy Minister Aida Balayeva is leading Kazakh delegation.", ("Aida Balayeva", "KAZ")),
        (
            f"{_COUNCIL}Deputy Minister Aida Balayeva was leading the Kazakh delegation.",
            ("Aida Balayeva", "KAZ"),
        ),
        (
            f"{_COUNCIL}The ministers heard Ambassador Ruslan Ibragimov, who heads the Tajik delegation.",
            ("Ruslan Ibragimov", "TJK"),
        ),
        (
            f"{_COUNCIL}Director General Bakhtiyor Saidov is representing Uzbekistan.",
            ("Bakhtiyor Saidov", "UZB"),
        ),
    ],
)
def test_a_delegation_led_in_the_present(sentence: str, who: tuple[str, str]) -> None:
    assert who in meeting_people(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # the heads of delegation as a noun: no one leads anything
        f"{_COUNCIL}The heads of delegation discussed transit fees. Ruslan Ibragimov spoke to reporters.",
        # a standing mission, not a delegation to this session
        f"{_COUNCIL}Ambassador Ruslan Ibragimov, who heads the permanent delegation of Tajikistan, spoke to reporters.",
        # a delegation someone will lead
        f"{_COUNCIL}Ruslan Ibragimov will lead the Tajik delegation to the next session in Dushanbe.",
    ],
)
def test_no_delegation_led_by_a_noun_a_standing_mission_or_a_future(sentence: str) -> None:
    assert "Ruslan Ibragimov" not in {person for person, _ in meeting_people(sentence)}


# -- the host who greets or receives the heads of delegation --------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        (
            f"{_COUNCIL}Uzbek Foreign Minister Bakhtiyor Saidov greeted the heads of delegations before the opening.",
            ("Bakhtiyor Saidov", "UZB"),
        ),
        (
            f"{_COUNCIL}Uzbek Foreign Minister Bakhtiyor Saidov received the heads of the member states' delegations "
            "at the Kuksaroy residence.",
            ("Bakhtiyor Saidov", "UZB"),
        ),
        (
            f"{_COUNCIL}Uzbek Foreign Minister Bakhtiyor Saidov welcomed the ministers and heads of delegation "
            "to Tashkent.",
            ("Bakhtiyor Saidov", "UZB"),
        ),
        (
            f"{_COUNCIL}Abdulla Aripov, Prime Minister of Uzbekistan, the host country, greeted those present.",
            ("Abdulla Aripov", "UZB"),
        ),
    ],
)
def test_the_host_who_greets_the_heads_of_delegation(sentence: str, who: tuple[str, str]) -> None:
    assert who in meeting_people(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a greeting still to come
        f"{_COUNCIL}Uzbek President Shavkat Mirziyoyev will receive the heads of delegation on Friday.",
        # the heads of delegation received by no one named
        f"{_COUNCIL}The heads of delegation were received at the airport. Shavkat Mirziyoyev is on a visit to Rome.",
    ],
)
def test_no_host_from_a_future_greeting(sentence: str) -> None:
    assert "Shavkat Mirziyoyev" not in {person for person, _ in meeting_people(sentence)}


# -- the state whose seat a person took: "attended for A", "took part on behalf of B" ---------------------------

_SUMMIT = "KINGSTOWN, 2 July 2029 -- The Conference of Heads of Government of the Windward Union met in Kingstown today. "


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        (f"{_SUMMIT}Premier Andrew Fahie attended for the British Virgin Islands.", ("Andrew Fahie", "VGB")),
        (f"{_SUMMIT}Ambassador Kofi Mensah took part on behalf of Ghana.", ("Kofi Mensah", "GHA")),
        (
            f"{_SUMMIT}Minister Ruth Baptiste participated for Grenada at the opening.",
            ("Ruth Baptiste", "GRD"),
        ),
    ],
)
def test_the_state_whose_seat_a_person_took(sentence: str, who: tuple[str, str]) -> None:
    assert who in meeting_people(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a time, not a state
        f"{_SUMMIT}Ambassador Kofi Mensah attended for the first time.",
        # the organization, not a state
        f"{_SUMMIT}Ambassador Kofi Mensah attended on behalf of the Secretariat.",
    ],
)
def test_no_state_from_a_time_or_the_organization(sentence: str) -> None:
    assert ("Kofi Mensah", None) in meeting_people(sentence)


# -- the office of the organization's secretariat, then the name in apposition ---------------------------------

_COMMUNITY = (
    "PORT LOUIS, 4 July 2031 -- The Conference of Heads of Government of the Lagoon Community opened its regular "
    "meeting in Port Louis today. "
)


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        (
            f"{_COMMUNITY}The Secretary-General of the Community, Dr Ana M. Reyes, welcomed delegates and guests to "
            "the opening ceremony.",
            "Ana M. Reyes",
        ),
        (
            f"{_COMMUNITY}In his statement to the Conference at the opening, the President of the Lagoon Commission, "
            "H.E. Omar Diallo thanked the members for attending.",
            "Omar Diallo",
        ),
        (
            f"{_COMMUNITY}The Director General of the Lagoon Secretariat, Paul Ngata, told the leaders that the budget "
            "was balanced.",
            "Paul Ngata",
        ),
    ],
)
def test_an_office_of_the_organization_then_the_name(sentence: str, who: str) -> None:
    assert (who, None) in meeting_people(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # what the official will do at a later sitting
        f"{_COMMUNITY}The Secretary-General of the Community, Dr Ana M. Reyes, will address the next meeting in June.",
        # an office of the organization named with no act at the sitting
        f"{_COMMUNITY}The Secretary-General of the Community, Dr Ana M. Reyes, was appointed in 2027.",
    ],
)
def test_no_official_without_an_act_at_the_sitting(sentence: str) -> None:
    assert "Ana M. Reyes" not in {person for person, _ in meeting_people(sentence)}


def test_a_head_of_state_receiving_the_ministers_gives_an_audience_outside_their_sitting() -> None:
    text = (
        "BISHKEK, 30 June 2030 -- The Council of Foreign Ministers of the Steppe Union met today in Bishkek. "
        "Kyrgyz President Sadyr Japarov received the heads of delegation. Kazakh Foreign Minister Murat Nurtleu attended."
    )
    people = meeting_people(text)
    assert ("Murat Nurtleu", "KAZ") in people
    assert "Sadyr Japarov" not in {person for person, _ in people}
    # at the heads of state's own sitting the host who receives the others is there
    summit = text.replace("Council of Foreign Ministers", "Council of Heads of State")
    assert ("Sadyr Japarov", "KGZ") in meeting_people(summit)
