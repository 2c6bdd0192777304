"""Attendance (helper `att15`, issue 14): classes of attendance wording read on the TRAIN sets (26, 27 and real12
first) and checked against pages of other organizations: heads who arrived "to take part in" or "for participation
in" the sitting, a list introduced by those "who gathered for the summit", officials "also in the hall", the chair
who "presided over" the sitting (its day or a name's possessive between), the sitting's own guests ("Guests of the
summit include"), a former head of a state who speaks for no state, what only someone in the room does (address
the closing ceremony, speak at the opening, tell the delegates) and the heads a host "is hosting". Every sentence is
invented (invented persons; the states are real only where the party is what is tested): no sentence of a real
text."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from igo_timeline.extract import extract
from igo_timeline.extract.people import parse_item
from tests.conftest import first_meeting, meeting_people

_OPENING = (
    "The 50th session of the Supreme Council of the Lake Union was held in Kisumu, Kenya, on 4 June 2022.\n\n"
)


def _entries(text: str) -> list[dict[str, Any]]:
    """The participants' entries of the first meeting of ``text``."""
    return list(first_meeting(text).get("participants", []))


# -- heads who came to take part: "arrived in X for participation in the session" ------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "President of the Republic of Uganda Grace Nakato, President of the United Republic of Tanzania Asha "
        "Mwinyi and President of the Republic of Rwanda Jean Habimana arrived in Kisumu for participation in the "
        "session.",
        "President Grace Nakato of Uganda, President Asha Mwinyi of Tanzania and President Jean Habimana of Rwanda "
        "arrived in Kisumu to take part in the session.",
        "President Grace Nakato of Uganda, President Asha Mwinyi of Tanzania and President Jean Habimana of Rwanda "
        "arrived to participate in the 50th session.",
    ],
    ids=["for-participation", "to-take-part", "to-participate"],
)
def test_heads_who_arrived_to_take_part_attended(sentence: str) -> None:
    people = meeting_people(_OPENING + sentence + "\n")
    assert {("Grace Nakato", "UGA"), ("Asha Mwinyi", "TZA"), ("Jean Habimana", "RWA")} <= people


def test_heads_expected_to_arrive_did_not_attend_yet() -> None:
    text = (
        _OPENING
        + "President Grace Nakato of Uganda and President Asha Mwinyi of Tanzania are expected to arrive "
        "in Kisumu next week to take part in the next session.\n"
    )
    people = meeting_people(text)
    assert ("Grace Nakato", "UGA") not in people and ("Asha Mwinyi", "TZA") not in people


def test_a_state_represented_by_its_head_keeps_his_own_title() -> None:
    text = (
        _OPENING
        + "President Grace Nakato of Uganda and President Asha Mwinyi of Tanzania arrived in Kisumu for "
        "participation in the session. The Republic of Rwanda is represented by Prime Minister Jean Habimana.\n"
    )
    entry = next(e for e in _entries(text) if e["person"] == "Jean Habimana")
    assert (entry.get("party"), entry["role"]) == ("RWA", "Prime Minister")


# -- a list introduced by those "who gathered for the summit" ---------------------------------------------------


@pytest.mark.parametrize(
    "intro",
    [
        "The leaders who gathered for the session were:",
        "The heads of state who met in Kisumu for the session were:",
        "Presidents who assembled at the session included:",
    ],
    ids=["gathered", "met-in", "assembled-included"],
)
def test_a_list_after_those_who_gathered_is_of_who_attended(intro: str) -> None:
    lines = "- President Grace Nakato of Uganda;\n- Prime Minister Asha Mwinyi of Tanzania; and\n- President Jean Habimana of Rwanda.\n"
    people = meeting_people(_OPENING + intro + "\n" + lines)
    assert {("Grace Nakato", "UGA"), ("Asha Mwinyi", "TZA"), ("Jean Habimana", "RWA")} <= people


def test_a_list_of_what_the_gathered_leaders_discussed_names_no_one() -> None:
    text = (
        _OPENING + "The leaders who gathered for the session discussed:\n- the Lake Basin Water Plan;\n"
        "- the Kisumu Port Agreement.\n"
    )
    assert meeting_people(text) == set()


# -- "were also in the hall" --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Lake Union Secretary-General Miriam Odhiambo and Peter Kamau, Director of the Lake Union Fisheries Office, "
        "were also in the hall.",
        "Lake Union Secretary-General Miriam Odhiambo was in the room.",
    ],
    ids=["also-hall", "room"],
)
def test_officials_in_the_hall_attended(sentence: str) -> None:
    names = {e["person"] for e in _entries(_OPENING + sentence + "\n")}
    assert "Miriam Odhiambo" in names


# -- the chair who "presided over" the sitting ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        (
            "Prime Minister Otieno Wafula, the current chair of the council, presided over the sessions at the "
            "Kisumu Lakeside Hall.",
            "Prime Minister",
        ),
        (
            "Minister of Foreign Affairs Otieno Wafula today presided over the 50th Lake Union Foreign Ministers' "
            "Meeting in Kisumu.",
            "Minister of Foreign Affairs",
        ),
    ],
    ids=["apposition-plural", "dateline-today-possessive"],
)
def test_who_presided_over_the_sitting_is_its_chair_of_the_host(sentence: str, role: str) -> None:
    text = (
        "The 50th session of the Supreme Council of the Lake Union was held in Kisumu, Kenya, on 4 June 2022. "
        + sentence
        + "\n"
    )
    chair = first_meeting(text).get("chair") or {}
    assert (chair.get("person"), chair.get("party"), chair.get("role")) == ("Otieno Wafula", "KEN", role)


def test_a_dateline_is_no_part_of_the_chair() -> None:
    text = (
        "KISUMU, Kenya, 4 June 2022 (Lake News) - Minister of Foreign Affairs Otieno Wafula today presided over "
        "the 50th Lake Union Foreign Ministers' Meeting at the Kisumu Lakeside Hall.\n"
    )
    chair = first_meeting(text).get("chair") or {}
    assert (chair.get("person"), chair.get("party"), chair.get("role")) == (
        "Otieno Wafula",
        "KEN",
        "Minister of Foreign Affairs",
    )


def test_who_presided_over_the_previous_session_is_no_chair() -> None:
    text = _OPENING + "President Grace Nakato of Uganda presided over the previous session in Kampala.\n"
    chair = first_meeting(text).get("chair") or {}
    assert chair.get("person") != "Grace Nakato"


# -- the sitting's own guests, and a former head who speaks for no state --------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Guests of the session include President Jean Habimana of Rwanda and Prime Minister Asha Mwinyi of Tanzania.",
        "Guests at the session were President Jean Habimana of Rwanda and Prime Minister Asha Mwinyi of Tanzania.",
    ],
    ids=["of-include", "at-were"],
)
def test_the_sittings_guests_are_guests_never_observers(sentence: str) -> None:
    text = _OPENING + sentence + "\n"
    entries = {e["person"]: e for e in _entries(text)}
    assert entries["Jean Habimana"].get("party") == "RWA"
    assert all("guest" in entries[n]["role"] for n in ("Jean Habimana", "Asha Mwinyi"))
    attested = [c for c in extract(text, "xyz", "t") if c.type not in ("MeetingHeld",)]
    assert not any(c.event.get("status") == "observer" for c in attested)


@pytest.mark.parametrize(
    ("item", "party"),
    [
        ("the head of the Lake Development Bank, former Ugandan President Grace Nakato", None),
        ("Grace Nakato, former President of Uganda", None),
        ("Ugandan President Grace Nakato", "UGA"),
        ("Grace Nakato, former Foreign Minister, now President of Uganda", "UGA"),
    ],
    ids=["former-adjective", "former-of", "serving", "former-other-office"],
)
def test_a_former_head_speaks_for_no_state(item: str, party: str | None) -> None:
    person = parse_item(item, "xyz")
    assert person is not None and person.party == party


# -- what only someone in the room does -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        (
            '"We have done a great deal," Ugandan President Grace Nakato said while addressing the closing '
            "ceremony of the session.",
            ("Grace Nakato", "UGA"),
        ),
        (
            "Tanzania's Prime Minister Asha Mwinyi spoke at the opening, stressing her country's support.",
            ("Asha Mwinyi", "TZA"),
        ),
        (
            "Miriam Odhiambo, Chairperson of the Lake Union Commission, told the delegates that the basin was at risk.",
            ("Miriam Odhiambo", None),
        ),
        (
            "Lake Union Secretary General, Dr Miriam N Odhiambo, welcomed the delegates and guests to the opening "
            "ceremony.",
            ("Miriam N Odhiambo", None),
        ),
    ],
    ids=["addressing-closing", "spoke-at-opening", "told-delegates", "official-initial"],
)
def test_an_act_in_the_room_puts_its_doer_at_the_sitting(sentence: str, who: tuple[str, str | None]) -> None:
    assert who in meeting_people(_OPENING + sentence + "\n")


@pytest.mark.parametrize(
    "sentence",
    [
        "Ugandan President Grace Nakato will address the closing ceremony of the next session.",
        "Ugandan President Grace Nakato spoke at the opening of a new hospital in Kampala in 2019.",
        "Ugandan President Grace Nakato addressed the closing ceremony in a recorded video message.",
    ],
    ids=["future", "other-opening", "by-message"],
)
def test_an_act_elsewhere_or_by_message_puts_no_one_there(sentence: str) -> None:
    assert ("Grace Nakato", "UGA") not in meeting_people(_OPENING + sentence + "\n")


# -- laws ---------------------------------------------------------------------------------------------------------


@settings(max_examples=30, deadline=None)
@given(
    verb=st.sampled_from(
        ["arrived in Kisumu for participation in", "arrived to take part in", "presided over", "addressing"]
    ),
    tail=st.sampled_from(
        ["the session.", "the closing ceremony of the session.", "the sessions at the hall."]
    ),
    lead=st.sampled_from(["", "KISUMU, 4 June 2022 (Lake News) - ", "Guests of the session include "]),
)
def test_every_quote_is_the_text_and_nothing_raises(verb: str, tail: str, lead: str) -> None:
    text = _OPENING + f"{lead}President Grace Nakato of Uganda {verb} {tail}\n"
    for candidate in extract(text, "xyz", "t"):
        for source in [candidate.event.get("source"), *candidate.event.get("more_sources", [])]:
            if isinstance(source, dict) and "start" in source:
                assert text[source["start"] : source["end"]] == source["quote"]


# -- the host's head "is hosting" a list of heads --------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Along with the Kenyan leader, Tanzanian President Asha Mwinyi is hosting Ugandan President Grace Nakato, "
        "President of Rwanda Jean Habimana, and President of Burundi Pierre Ndayishimiye.",
        "Tanzanian President Asha Mwinyi hosted Ugandan President Grace Nakato, Rwandan President Jean Habimana and "
        "Burundian President Pierre Ndayishimiye.",
    ],
    ids=["is-hosting-along-with", "hosted"],
)
def test_the_heads_a_host_hosts_attended(sentence: str) -> None:
    people = meeting_people(_OPENING + sentence + "\n")
    assert {("Grace Nakato", "UGA"), ("Jean Habimana", "RWA"), ("Pierre Ndayishimiye", "BDI")} <= people
    assert ("Asha Mwinyi", "TZA") in people


def test_one_head_hosted_on_a_visit_is_no_list() -> None:
    text = (
        _OPENING
        + "In March, Tanzanian President Asha Mwinyi hosted Ugandan President Grace Nakato for talks in 2019.\n"
    )
    assert ("Grace Nakato", "UGA") not in meeting_people(text)


# -- a delegation "is led by" its head; the chair who "took over the presidency of the session" -------------------


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        (
            "Uganda's delegation is led by Grace Nakato, Director General for Regional Affairs at the Ugandan Foreign "
            "Ministry, who spoke on trade.",
            ("Grace Nakato", "UGA"),
        ),
        (
            "The Rwandan delegation was headed by Jean Habimana, Permanent Secretary of the Ministry of Foreign Affairs.",
            ("Jean Habimana", "RWA"),
        ),
    ],
    ids=["is-led-by", "was-headed-by"],
)
def test_who_leads_a_delegation_attended_but_heads_no_state(sentence: str, who: tuple[str, str]) -> None:
    entry = next(e for e in _entries(_OPENING + sentence + "\n") if e["person"] == who[0])
    assert entry.get("party") == who[1] and entry["role"] != "head of state"


def test_who_will_lead_a_delegation_did_not_attend() -> None:
    assert (
        meeting_people(_OPENING + "Uganda's delegation will be led by Grace Nakato at the next session.\n")
        == set()
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Minister of External Relations Otieno Wafula then took over the presidency of the session from the Minister "
        "of Foreign Affairs of Uganda, Grace Nakato.",
        "Foreign Minister Otieno Wafula assumed the chairmanship of the session.",
    ],
    ids=["took-over-presidency", "assumed-chairmanship"],
)
def test_who_took_over_the_chair_of_the_sitting_chairs_it(sentence: str) -> None:
    chair = first_meeting(_OPENING + sentence + "\n").get("chair") or {}
    assert (chair.get("person"), chair.get("party")) == ("Otieno Wafula", "KEN")


# -- "the first summit to bring together the presidents of the members: A, B and C" -------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The session was the first since 2019 to bring together in person the presidents of the members: Ugandan "
        "President Grace Nakato, Rwanda's Jean Habimana and Burundi's Pierre Ndayishimiye, who was attending his last "
        "session.",
        "The session brought together the heads of state of the members: Ugandan President Grace Nakato, Rwanda's Jean "
        "Habimana and Burundi's Pierre Ndayishimiye.",
    ],
    ids=["to-bring-together-last", "brought-together-colon"],
)
def test_a_list_of_those_the_sitting_brought_together(sentence: str) -> None:
    people = meeting_people(_OPENING + sentence + "\n")
    assert {("Grace Nakato", "UGA"), ("Jean Habimana", "RWA"), ("Pierre Ndayishimiye", "BDI")} <= people


def test_a_summit_that_will_bring_together_names_no_participant() -> None:
    text = (
        _OPENING
        + "The next session, which will bring together the presidents of the members: Ugandan President "
        "Grace Nakato and Rwanda's Jean Habimana, is due in Kigali.\n"
    )
    assert ("Grace Nakato", "UGA") not in meeting_people(text)


def test_a_short_name_in_a_list_takes_the_full_name_told_elsewhere() -> None:
    text = (
        "KISUMU, 4 June 2022 - Kenyan President Otieno Wafula handed the chair to Uganda's Grace Nakato da Costa on "
        "Saturday, at the close of the 50th session of the Supreme Council of the Lake Union in Kisumu.\n\n"
        "The session was the first to bring together the presidents of the members: Wafula, Nakato, Rwanda's Jean "
        "Habimana and Burundi's Pierre Ndayishimiye.\n"
    )
    names = {e["person"] for e in _entries(text)}
    assert "Grace Nakato da Costa" in names and not names & {"Nakato", "Grace Nakato"}
