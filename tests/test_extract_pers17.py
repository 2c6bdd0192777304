"""Persons at a found meeting (helper `pers17`, issue 14): classes of attendance read from how many pages of many
organizations word them, checked on the TRAIN sets. First class: a state's own press names its own officials
bare ("NEW DELHI: External Affairs Minister X ...", "ISLAMABAD: Prime Minister Y ...", a capital's agency on its
prime minister) while every foreign one gets a state: a bare national office in a text filed from a state's
capital is that state's. Every sentence is invented (invented persons and organizations; the states are real
only where the party is what is tested): no sentence of a real text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from igo_timeline.extract import extract
from tests.conftest import meeting_people

# -- a bare national office in a text filed from a capital: that state's official ---------------------------


@pytest.mark.parametrize(
    ("text", "who", "state"),
    [
        (
            "NEW DELHI: The foreign ministers of the Lake Union met by video link on Thursday, 2 June 2022. "
            "External Affairs Minister Ravi Menon took part in the meeting of the Lake Union Council of Ministers.",
            "Ravi Menon",
            "IND",
        ),
        (
            "YEREVAN, JUNE 3, LAKEPRESS. The Supreme Council of the Lake Union met in Minsk on Friday, 3 June 2022. "
            "Prime Minister Aram Sargsyan attended the session.",
            "Aram Sargsyan",
            "ARM",
        ),
        (
            "Islamabad (LPA) - The Lake Union summit was held in Tashkent on 4 June 2022. Prime Minister Imran "
            "Baig attended the summit and addressed the leaders.",
            "Imran Baig",
            "PAK",
        ),
    ],
)
def test_bare_office_filed_from_a_capital_is_that_states(text: str, who: str, state: str) -> None:
    assert (who, state) in meeting_people(text)


def test_foreign_officials_keep_their_own_state() -> None:
    # the capital gives its state to the bare office only: the Chinese minister stays China's
    text = (
        "NEW DELHI: The foreign ministers of the Lake Union met by video link on Thursday, 2 June 2022. "
        "External Affairs Minister Ravi Menon and Chinese Foreign Minister Li Wen took part in the meeting of the "
        "Lake Union Council of Ministers."
    )
    people = meeting_people(text)
    assert ("Li Wen", "CHN") in people
    assert ("Li Wen", "IND") not in people


def test_another_state_in_the_persons_sentence_gives_no_state() -> None:
    # "represented ... at the head of a Moroccan delegation": the person may be that state's; the capital says nothing
    text = (
        "MANAMA, May 3 (LPA) - The 12th summit of the Lake Union was held in Manama on Friday, 3 May 2024. "
        "King Hassan was represented at the summit by Head of Government Karim Alaoui, at the head of a Moroccan "
        "delegation."
    )
    assert ("Karim Alaoui", "BHR") not in meeting_people(text)


def test_an_organizations_official_has_no_state_from_the_capital() -> None:
    # "President of the Lake Commission" names a body: the organization's own office, no state's
    text = (
        "NEW DELHI: The foreign ministers of the Lake Union met in New Delhi on Thursday, 2 June 2022. "
        "President of the Lake Commission Tomas Berg and External Affairs Minister Ravi Menon attended the meeting."
    )
    people = meeting_people(text)
    assert ("Tomas Berg", "IND") not in people
    assert ("Ravi Menon", "IND") in people


def test_a_venue_town_that_is_no_capital_gives_no_state() -> None:
    # a dateline of the sitting's own town (no capital) is where the reporter went, not a publisher's state
    text = (
        "GOA, May 5 (LPA) - The foreign ministers of the Lake Union met in Goa on Friday, 5 May 2023. "
        "Foreign Minister Lena Fisk attended the meeting."
    )
    assert not [p for who, p in meeting_people(text) if who == "Lena Fisk" and p is not None]


def test_no_dateline_gives_no_state() -> None:
    text = (
        "The foreign ministers of the Lake Union met in Minsk on Friday, 3 June 2022. Foreign Minister Lena Fisk "
        "attended the meeting."
    )
    assert not [p for who, p in meeting_people(text) if who == "Lena Fisk" and p is not None]


@settings(max_examples=25, deadline=None)
@given(
    capital=st.sampled_from(
        ["NEW DELHI:", "Yerevan, June 3 -", "ISLAMABAD (LPA) -", "Goa:", "Lakeside:", ""]
    ),
    office=st.sampled_from(["Prime Minister", "Foreign Secretary", "Secretary General", "President", "Dr."]),
)
def test_quotes_are_the_texts_and_nothing_raises(capital: str, office: str) -> None:
    text = (
        f"{capital} The Lake Union summit was held in Minsk on 3 June 2022. {office} Lena Fisk attended the "
        "summit and spoke."
    )
    for cand in extract(text, "xyz", "t"):
        src = cand.event.get("source") or {}
        if "start" in src:
            assert text[src["start"] : src["end"]] == src["quote"]


# -- the handover's other side and the host's counterparts at the table ---------------------------------------


@pytest.mark.parametrize(
    ("sentence", "who", "state"),
    [
        (
            "Kenyan President Otieno Wafula formally handed it to his Ugandan counterpart Grace Nakato at the end "
            "of the summit.",
            "Grace Nakato",
            "UGA",
        ),
        (
            "Tanzanian President Asha Mwinyi assumed the rotating chairmanship of the union, receiving it from her "
            "Rwandan counterpart, Jean Habimana, at a short ceremony.",
            "Jean Habimana",
            "RWA",
        ),
        (
            "Ugandan President Grace Nakato received the ceremonial gavel from his Kenyan counterpart Otieno Wafula "
            "and thanked him for his year at the helm.",
            "Otieno Wafula",
            "KEN",
        ),
    ],
)
def test_the_handovers_other_side_was_there(sentence: str, who: str, state: str) -> None:
    text = "The 50th summit of the Lake Union was held in Kisumu, Kenya, on 4 June 2022. " + sentence
    assert (who, state) in meeting_people(text)


def test_a_handover_to_come_puts_no_counterpart_there() -> None:
    text = (
        "The 50th summit of the Lake Union was held in Kisumu, Kenya, on 4 June 2022. Kenyan President Otieno "
        "Wafula will hand it to his Ugandan counterpart Grace Nakato at the next summit."
    )
    assert "Grace Nakato" not in {who for who, _ in meeting_people(text)}


def test_a_phone_call_with_a_counterpart_puts_no_one_there() -> None:
    text = (
        "The 50th summit of the Lake Union was held in Kisumu, Kenya, on 4 June 2022. Kenyan President Otieno "
        "Wafula later spoke by phone with his Ugandan counterpart Grace Nakato about the border."
    )
    assert "Grace Nakato" not in {who for who, _ in meeting_people(text)}


def test_counterparts_at_the_table_were_there() -> None:
    text = (
        "The 50th summit of the Lake Union was held in Kisumu, Kenya, on 4 June 2022. Kenyan President Otieno "
        "Wafula sat down at the table of the union's Supreme Council with his counterparts Grace Nakato of "
        "Uganda, Asha Mwinyi of Tanzania and Jean Habimana of Rwanda."
    )
    people = meeting_people(text)
    assert {("Grace Nakato", "UGA"), ("Asha Mwinyi", "TZA"), ("Jean Habimana", "RWA")} <= people


@pytest.mark.parametrize(
    "intro",
    [
        "Kenyan President Otieno Wafula, the host, welcomed four of his counterparts to Kisumu for the summit:",
        "Kenyan President Otieno Wafula welcomed all of his counterparts at the lakeside hall:",
        "Kenyan President Otieno Wafula welcomed his counterparts:",
    ],
)
def test_counterparts_welcomed_then_listed_were_there(intro: str) -> None:
    text = (
        "The 50th summit of the Lake Union was held in Kisumu, Kenya, on 4 June 2022.\n\n"
        f"{intro}\n- Grace Nakato of Uganda,\n- Asha Mwinyi of Tanzania,\n- Jean Habimana of Rwanda.\n"
    )
    people = meeting_people(text)
    assert {("Grace Nakato", "UGA"), ("Asha Mwinyi", "TZA"), ("Jean Habimana", "RWA")} <= people


def test_counterparts_thanked_in_a_speech_are_no_list_of_those_there() -> None:
    text = (
        "The 50th summit of the Lake Union was held in Kisumu, Kenya, on 4 June 2022.\n\n"
        "Kenyan President Otieno Wafula thanked his predecessors in a speech that named three of them:\n"
        "- Grace Nakato of Uganda,\n- Asha Mwinyi of Tanzania,\n- Jean Habimana of Rwanda.\n"
    )
    assert "Grace Nakato" not in {who for who, _ in meeting_people(text)}
