"""Meetings, attendance and dates (helper `fix7m`, issue 14): state names whose inner article is left out,
attendance lines headed by their state, and more. Every sentence is written for the test (invented
organizations and invented persons: no sentence of a real text)."""

from __future__ import annotations

from typing import Any

import pytest

from igo_timeline.extract import extract
from igo_timeline.extract.anchor import find_anchor
from igo_timeline.extract.names import find_parties, lookup_party
from igo_timeline.extract.people import parse_item


def _meetings(text: str, org: str = "xyz") -> list[dict[str, Any]]:
    return [c.event for c in extract(text, org, "t") if c.type == "MeetingHeld" and c.record == "event"]


def _people(meeting: dict[str, Any]) -> set[tuple[str, str | None]]:
    return {(p["person"], p.get("party")) for p in meeting.get("participants", [])}


# -- a state's name with or without its inner article ------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("Democratic Republic of Congo", "COD"),
        ("Democratic Republic of the Congo", "COD"),
        ("DR Congo", "COD"),
        ("Republic of Congo", "COG"),
        ("Republic of the Congo", "COG"),
        ("Republic of Gambia", "GMB"),
        ("Democratic Republic of Congo's", "COD"),
    ],
)
def test_the_article_inside_a_state_name_is_optional(phrase: str, code: str) -> None:
    assert lookup_party(phrase) == code


@pytest.mark.parametrize(
    "sentence",
    [
        "The envoy of the Democratic Republic of Congo spoke first.",
        "Delegates from Democratic Republic of Congo: three ministers.",
        "Kinshasa, capital of the Democratic Republic of Congo, sent a minister.",
    ],
)
def test_a_longer_state_name_is_never_read_as_the_shorter_one_inside_it(sentence: str) -> None:
    assert [p.value for p in find_parties(sentence)] == ["COD"]


# -- a list line headed by its state ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "name", "role", "party"),
    [
        ("Ghana: President Kofi Amankwah Boateng", "Kofi Amankwah Boateng", "President", "GHA"),
        (
            "Democratic Republic of Congo: Prime Minister Lina Mbeki Kasongo",
            "Lina Mbeki Kasongo",
            "Prime Minister",
            "COD",
        ),
        ("Tonga: King Tupou IX", "Tupou IX", "King", "TON"),
        ("Peru – Foreign Minister Rosa Ticona Apaza", "Rosa Ticona Apaza", "Foreign Minister", "PER"),
        (
            "Chile: Matias Orrego Vial, Minister of Trade and Industry",
            "Matias Orrego Vial",
            "Minister of Trade and Industry",
            "CHL",
        ),
        (
            "Fiji: Ambassador Sereana Tuilagi, Special Envoy of the Prime Minister",
            "Sereana Tuilagi",
            "Ambassador, Special Envoy of the Prime Minister",
            "FJI",
        ),
    ],
)
def test_a_line_headed_by_its_state_gives_the_state_the_title_and_the_name(
    line: str, name: str, role: str, party: str
) -> None:
    person = parse_item(line, "xyz")
    assert person is not None
    assert (person.name, person.role, person.party) == (name, role, party)


@pytest.mark.parametrize("line", ["Ghana: the delegation of experts", "Agenda: Opening of the session"])
def test_a_headed_line_that_names_no_person_gives_none(line: str) -> None:
    person = parse_item(line, "xyz")
    assert person is None or person.party is None or not person.name.islower()


def test_an_attendance_list_of_state_headed_lines_gives_each_state_its_person() -> None:
    text = (
        "Lusaka, 3 March 2031\n\n"
        "The 9th Summit of the Xyz Union took place in Lusaka, Zambia, on 3 March 2031.\n\n"
        "The following leaders attended:\n"
        "Ghana: President Kofi Amankwah Boateng\n"
        "Tonga: King Tupou IX\n"
        "Democratic Republic of Congo: President Lina Mbeki Kasongo\n"
        "Chile: Matias Orrego Vial, Minister of Trade and Industry\n\n"
        "The Summit closed with a declaration.\n"
    )
    meetings = _meetings(text)
    assert meetings
    people = _people(meetings[0])
    assert ("Kofi Amankwah Boateng", "GHA") in people
    assert ("Lina Mbeki Kasongo", "COD") in people
    assert ("Matias Orrego Vial", "CHL") in people
    assert not any(party == "COG" for _, party in people)


# -- who opened or chaired the sitting, and an apposition that names the state --------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Ambassador Karin Veltholm, Norway's permanent representative to the Xyz and chair of the board for May, "
        "opened the session, and the Secretary General of the Xyz, Omar Daudi Kessy, addressed it.",
        "Karin Veltholm, Norway's permanent representative to the Xyz, chaired the meeting, and the Secretary "
        "General of the Xyz, Omar Daudi Kessy, attended.",
        "Ambassador Karin Veltholm, Norway's envoy to the Xyz, presided over the sitting, and the Secretary "
        "General of the Xyz, Omar Daudi Kessy, took part.",
    ],
)
def test_who_opened_the_sitting_attended_it_for_the_state_the_apposition_names(sentence: str) -> None:
    text = f"Addis Ababa, 4 May 2032\n\nThe Xyz Council met in Addis Ababa on 4 May 2032.\n\n{sentence}\n"
    meetings = _meetings(text)
    assert meetings
    people = _people(meetings[0])
    assert ("Karin Veltholm", "NOR") in people
    assert ("Omar Daudi Kessy", None) in people


@pytest.mark.parametrize(
    ("item", "party"),
    [
        ("Ambassador Karin Veltholm, Norway's permanent representative to the Xyz", "NOR"),
        ("Senator Ana Ruiz Oyarzun, Chile's special envoy and head of the delegation", "CHL"),
        ("Ambassador Tomas Berg Lind, Sweden's delegate and chairperson of the working group", "SWE"),
    ],
)
def test_a_title_then_a_name_and_an_apposition_takes_the_state_from_the_apposition(
    item: str, party: str
) -> None:
    person = parse_item(item, "xyz")
    assert person is not None and person.party == party


# -- a dateline without its year, read from a term that begins with the news ----------------------------------


@pytest.mark.parametrize(
    ("text", "year"),
    [
        (
            "SUVA, June 9 (Wire) -- The Xyz council met on Wednesday. At its close the chair passed from Fiji "
            "to Samoa for the next two years, 2032 to 2034.",
            2032,
        ),
        (
            "OSLO, March 3 (Wire) -- Ministers of the Xyz met on Wednesday, and Norway took over the "
            "presidency for 2027-2028.",
            2027,
        ),
        (
            "LIMA, October 14 (Wire) -- The Xyz board ended its sitting on Thursday; the chairmanship was "
            "handed over to Peru for the coming three years, 2038 to 2041.",
            2038,
        ),
    ],
)
def test_a_handover_for_a_term_gives_the_dateline_its_year(text: str, year: int) -> None:
    anchor = find_anchor(text)
    assert anchor.day is not None and anchor.day.year == year and anchor.year_inferred


def test_a_term_elected_in_advance_gives_no_year() -> None:
    text = (
        "ROME, May 2 (Wire) -- The Xyz assembly met on Friday and elected Chile to its board for 2040-2042."
    )
    anchor = find_anchor(text)
    assert anchor.day is None or anchor.day.year != 2040


# -- a meeting put off: the year it was first due plus the delay ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "year"),
    [
        (
            "KAUNAS (Lithuania), Oct 4 - The Xyz summit ended on Saturday. The summit, originally due in "
            "October 2034, had been put off by a year.",
            2035,
        ),
        (
            "MAPUTO, May 12 - The Xyz assembly closed on Monday. The session, initially planned for May 2041, "
            "was postponed by two years.",
            2043,
        ),
        (
            "TUNIS, 6 June - The Xyz congress opened on Tuesday; the meeting, first scheduled for 2029, was "
            "delayed one year.",
            2030,
        ),
    ],
)
def test_a_meeting_put_off_is_held_in_the_year_first_due_plus_the_delay(text: str, year: int) -> None:
    anchor = find_anchor(text)
    assert anchor.day is not None and anchor.day.year == year and anchor.year_inferred


def test_a_plan_given_up_is_no_bound_on_the_year() -> None:
    """ "originally due in November 2034" is not a day to come: it gives no 'latest year before' guess."""
    text = (
        "ROME, Nov 3 - The Xyz council met on Friday. Its meeting, originally due in November 2034, was held."
    )
    anchor = find_anchor(text)
    assert anchor.day is None or anchor.day.year != 2033


def test_a_bracketed_state_after_the_dateline_city_is_its_region() -> None:
    anchor = find_anchor("KAUNAS (Lithuania), 4 October 2035 - The Xyz summit ended today.")
    assert anchor.place == "Kaunas" and anchor.region == "Lithuania"


# -- a meeting's length told as days of talks; a place named as an island or resort of the dateline ---------------


@pytest.mark.parametrize(
    ("sentence", "days"),
    [
        ("The 7th Summit of the Xyz ended on 14 May 2036 after two days of talks.", "2036-05-13/2036-05-14"),
        (
            "The Xyz Council closed on 9 March 2037 after three days of deliberations.",
            "2037-03-07/2037-03-09",
        ),
        (
            "The General Assembly of the Xyz concluded on 2 July 2038 following four days of debate.",
            "2038-06-29/2038-07-02",
        ),
    ],
)
def test_a_meeting_that_ended_after_n_days_of_talks_spans_them(sentence: str, days: str) -> None:
    meetings = _meetings(sentence)
    assert meetings and meetings[0]["date"] == days


@pytest.mark.parametrize(
    "where",
    ["on the Greek island of Kalymnos", "in the seaside resort of Kalymnos", "on the isle of Kalymnos"],
)
def test_an_island_or_resort_named_as_the_dateline_place_is_the_meeting_place(where: str) -> None:
    text = f"KALYMNOS (Greece), 5 June 2039 - The 3rd Summit of the Xyz was held {where} on 5 June 2039."
    meetings = _meetings(text)
    assert meetings and meetings[0].get("place") == "Kalymnos"


# -- a sitting told by what it did ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The World Weather Congress today appointed Dr Lena Ostrova of Ukraine as Secretary-General.",
        "A special session of the General Assembly of the Xyz on Monday approved the budget for the next biennium.",
        "The Xyz Conference of the Parties today elected Chile to chair its bureau.",
    ],
)
def test_a_body_that_sits_acting_on_a_day_is_a_meeting_held_that_day(sentence: str) -> None:
    text = f"Geneva, 7 June 2033 (Xyz) - {sentence}"
    meetings = _meetings(text)
    assert meetings and meetings[0]["date"].startswith("2033-06")


@pytest.mark.parametrize(
    "sentence",
    [
        "Member states voted during the closing session of the Xyz Plenipotentiary Conference, held in Accra.",
        "Delegates elected her at the morning session of the Xyz General Assembly in Accra.",
        "The decision was made today at the session of the Xyz Council in Accra.",
    ],
)
def test_an_act_done_at_a_sitting_tells_the_sitting(sentence: str) -> None:
    text = f"ACCRA, 12 October 2034 - Kwame Ofori Mensah was chosen as the next head of the Xyz. {sentence}"
    meetings = _meetings(text)
    assert meetings and meetings[0]["date"] == "2034-10-12"


def test_a_body_that_acts_without_a_day_named_is_no_meeting() -> None:
    text = "Geneva, 7 June 2033 (Xyz) - The Xyz Conference has long appointed its officers by consensus."
    assert not _meetings(text)


# -- each state then its own leader ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The presidents of Ghana, Kofi Amankwah Boateng, Chile, Matias Orrego Vial, and Peru, Rosa Ticona Apaza, headed the other delegations.",
        "The prime ministers of Ghana, Kofi Amankwah Boateng, Chile, Matias Orrego Vial and Peru, Rosa Ticona Apaza attended the summit.",
        "The leaders of Ghana, Kofi Amankwah Boateng, Chile, Matias Orrego Vial, and Peru, Rosa Ticona Apaza, led their respective delegations.",
    ],
)
def test_each_state_then_its_own_leader_pairs_them(sentence: str) -> None:
    text = f"LIMA, 6 July 2035 - The 20th Summit of the Xyz was held in Lima on 6 July 2035. {sentence}"
    meetings = _meetings(text)
    assert meetings
    people = _people(meetings[0])
    assert {
        ("Kofi Amankwah Boateng", "GHA"),
        ("Matias Orrego Vial", "CHL"),
        ("Rosa Ticona Apaza", "PER"),
    } <= people


@pytest.mark.parametrize(
    "sentence",
    [
        "Among the guests were President Kofi Amankwah Boateng of Ghana and President Rosa Ticona Apaza of Peru.",
        "Among its invitees were President Kofi Amankwah Boateng of Ghana and President Rosa Ticona Apaza of Peru.",
        "Among the special guests was President Kofi Amankwah Boateng of Ghana, with President Rosa Ticona Apaza of Peru.",
    ],
)
def test_among_the_guests_were_tells_guests_who_attended(sentence: str) -> None:
    text = f"OSLO, 2 May 2036 - The 9th Summit of the Xyz was held in Oslo on 2 May 2036. {sentence}"
    meetings = _meetings(text)
    assert meetings
    people = _people(meetings[0])
    assert ("Kofi Amankwah Boateng", "GHA") in people


# -- honorifics inside an item; speakers who attended ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("item", "name", "party"),
    [
        ("Prime Minister of Barbados the Rt Hon. Mia Amor Mottley", "Mia Amor Mottley", "BRB"),
        ("Foreign Minister of Ghana the Honourable Kofi Boateng", "Kofi Boateng", "GHA"),
        (
            "the Chair of the Xyz, Prime Minister of Fiji Dr the Hon. Ratu Josefa Vula",
            "Ratu Josefa Vula",
            "FJI",
        ),
    ],
)
def test_an_honorific_before_the_name_is_no_part_of_it(item: str, name: str, party: str) -> None:
    person = parse_item(item, "xyz")
    assert person is not None and (person.name, person.party) == (name, party)


@pytest.mark.parametrize(
    "sentence",
    [
        "Speakers included the Prime Minister of Barbados, the Rt. Hon. Mia Amor Mottley, and the Foreign Minister of Ghana, Kofi Boateng.",
        "Attendees included Prime Minister Mia Amor Mottley of Barbados and Foreign Minister Kofi Boateng of Ghana.",
        "Invitees included Prime Minister of Barbados the Hon. Mia Amor Mottley and Foreign Minister of Ghana Kofi Boateng.",
    ],
)
def test_speakers_or_attendees_included_tells_who_attended(sentence: str) -> None:
    text = f"CASTRIES, 3 April 2037 - The 70th Meeting of the Xyz Authority was held in Castries on 3 April 2037. {sentence}"
    meetings = _meetings(text)
    assert meetings
    people = _people(meetings[0])
    assert ("Mia Amor Mottley", "BRB") in people and ("Kofi Boateng", "GHA") in people


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        (
            "Chilean Foreign Minister Matias Orrego Vial was among the ministers at the table.",
            ("Matias Orrego Vial", "CHL"),
        ),
        (
            "The Xyz Bank was represented at the highest level, by its President Rosa Ticona Apaza.",
            ("Rosa Ticona Apaza", None),
        ),
        (
            "Ghana was represented at ministerial level by Foreign Minister Kofi Boateng.",
            ("Kofi Boateng", "GHA"),
        ),
    ],
)
def test_among_the_ministers_and_represented_at_a_level_tell_attendance(
    sentence: str, who: tuple[str, str | None]
) -> None:
    text = f"CASTRIES, 3 April 2037 - The 70th Meeting of the Xyz Council was held in Castries on 3 April 2037. {sentence}"
    meetings = _meetings(text)
    assert meetings
    names = {name for name, _ in _people(meetings[0])}
    assert who[0] in names


@pytest.mark.parametrize(
    "sentence",
    [
        "Chilean President Matias Orrego Vial addressed the delegates in a video message at the opening.",
        "Chilean President Matias Orrego Vial addressed the session by pre-recorded video message.",
        "Chilean President Matias Orrego Vial addressed the assembly in a written statement read by his envoy.",
    ],
)
def test_a_message_sent_to_the_meeting_is_no_attendance(sentence: str) -> None:
    text = f"CASTRIES, 3 April 2037 - The 70th Meeting of the Xyz Council was held in Castries on 3 April 2037. {sentence}"
    meetings = _meetings(text)
    assert meetings
    assert "Matias Orrego Vial" not in {name for name, _ in _people(meetings[0])}
