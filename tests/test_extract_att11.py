"""Attendance (helper `att11`, issue 14): classes of attendance wording read on sets 1-19 and checked against
pages of other organizations: list intros named by an attendance noun, the host who hosted the meeting, the
present tense of live reports, honorifics before a name, the adverbial that opens a guest's sentence, a
head's state told by another mention. Every sentence is invented (invented persons; the states are real only
where the party is what is tested): no sentence of a real text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from igo_timeline.extract import extract
from igo_timeline.extract.people import parse_item
from tests.conftest import first_meeting, meeting_people

_OPENING = (
    "The Fifth Summit of the Heads of State of the Lake Union was held in Kisumu, Kenya, on 4 June 2022.\n\n"
)


# -- a list whose intro names it by an attendance noun -------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Attendance was as follows:\n- Otieno Wafula, President of Kenya;\n- Grace Nakato, Prime Minister of "
        "Uganda;\n- Asha Mwinyi, Vice President of Tanzania.\n",
        "The attendance at the summit:\n- Otieno Wafula, President of Kenya;\n- Grace Nakato, Prime Minister of "
        "Uganda;\n- Asha Mwinyi, Vice President of Tanzania.\n",
        "Other representatives were: President Otieno Wafula of Kenya, Prime Minister Grace Nakato of Uganda and "
        "Vice President Asha Mwinyi of Tanzania.\n",
        "The delegates were:\n- Otieno Wafula, President of Kenya;\n- Grace Nakato, Prime Minister of Uganda;\n"
        "- Asha Mwinyi, Vice President of Tanzania.\n",
    ],
    ids=["attendance-as-follows", "the-attendance", "representatives-were-inline", "delegates-were"],
)
def test_a_list_named_by_an_attendance_noun_is_read(body: str) -> None:
    assert {("Otieno Wafula", "KEN"), ("Grace Nakato", "UGA"), ("Asha Mwinyi", "TZA")} <= meeting_people(
        _OPENING + body
    )


def test_an_intro_of_topics_is_no_list_of_persons() -> None:
    body = (
        "The representatives discussed the following:\n- Trade and Transport;\n- Energy Security;\n"
        "- Water Resources of the Basin.\n"
    )
    assert meeting_people(_OPENING + body) == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "Ugandan President Grace Nakato hosted the meeting.",
        "Ugandan President Grace Nakato hosted the session at the lakeside palace.",
        "Ugandan President Grace Nakato hosted the talks.",
    ],
)
def test_who_hosted_the_meeting_attended_it(sentence: str) -> None:
    assert ("Grace Nakato", "UGA") in meeting_people(_OPENING + sentence + "\n")


def test_who_will_host_the_next_meeting_did_not_attend_this_one() -> None:
    body = "Ugandan President Grace Nakato will host the next meeting in 2023.\n"
    assert ("Grace Nakato", "UGA") not in meeting_people(_OPENING + body)


# -- the present tense of a report written while the meeting goes on ----------------------------------------


@pytest.mark.parametrize(
    ("body", "who"),
    [
        (
            "The Secretary General of the Union, Amani Kiprono, and the President of the Lake Bank, Halima "
            "Odhiambo, are also attending.",
            {("Amani Kiprono", None), ("Halima Odhiambo", None)},
        ),
        (
            "Ugandan President Grace Nakato and Kenyan President Otieno Wafula also attend the summit.",
            {("Grace Nakato", "UGA"), ("Otieno Wafula", "KEN")},
        ),
        ("Tanzanian Vice President Asha Mwinyi is among the leaders at the table.", {("Asha Mwinyi", "TZA")}),
        ("Ugandan President Grace Nakato is attending as guest of honour.", {("Grace Nakato", "UGA")}),
        (
            "Ugandan President Grace Nakato participates in the summit for the first time.",
            {("Grace Nakato", "UGA")},
        ),
    ],
    ids=[
        "are-also-attending",
        "also-attend-the-summit",
        "is-among-the-leaders",
        "is-attending-as",
        "participates-in",
    ],
)
def test_the_present_tense_tells_who_attends(body: str, who: set[tuple[str, str | None]]) -> None:
    assert who <= meeting_people(_OPENING + body + "\n")


@pytest.mark.parametrize(
    "body",
    [
        "Ugandan President Grace Nakato did not attend the summit.",
        "Ugandan President Grace Nakato declined to attend the summit.",
        "Ugandan President Grace Nakato hopes to participate in the summit next year.",
        "Ugandan President Grace Nakato is expected to attend the summit.",
    ],
)
def test_who_does_not_or_may_later_attend_is_no_participant(body: str) -> None:
    assert ("Grace Nakato", "UGA") not in meeting_people(_OPENING + body + "\n")


# -- styles and honours before a name that are no part of it ------------------------------------------------


@pytest.mark.parametrize(
    ("item", "name", "role"),
    [
        ("Prime Minister Datuk Seri Rahim Salleh", "Rahim Salleh", "Prime Minister"),
        ("Foreign Minister Dato' Sri Aziz Kamal of Malaysia", "Aziz Kamal", "Foreign Minister"),
        (
            "Tan Sri Rahim Salleh, President of the Dewan Negara",
            "Rahim Salleh",
            "President of the Dewan Negara",
        ),
        ("His Majesty Sultan Haji Omar Saifuddin", "Omar Saifuddin", "Sultan"),
        ("Chief Adviser, Professor Karim Uddin", "Karim Uddin", "Chief Adviser"),
        ("Tun Dr Aziz Kamal, Prime Minister of Malaysia", "Aziz Kamal", "Prime Minister"),
    ],
)
def test_an_honour_before_the_name_is_no_part_of_it(item: str, name: str, role: str) -> None:
    person = parse_item(item, "xyz")
    assert person is not None
    assert (person.name, person.role) == (name, role)


@pytest.mark.parametrize(
    ("item", "name"),
    [
        (
            "Rahim Tun Salleh, Prime Minister of Malaysia",
            "Rahim Tun Salleh",
        ),  # inside the name: a father's honour
        ("Prime Minister Haji Omar of Brunei", "Haji Omar"),  # one word would be left: the name keeps it
    ],
)
def test_an_honour_inside_a_name_or_before_one_word_stays(item: str, name: str) -> None:
    person = parse_item(item, "xyz")
    assert person is not None and person.name == name


def test_the_envoy_of_an_absent_head_is_no_participant() -> None:
    body = (
        "Malaysia is represented by Tan Sri Rahim Salleh, Speaker of the Senate, who stands in as the special "
        "envoy of Prime Minister Karim Osman.\n"
    )
    people = meeting_people(_OPENING + body)
    assert ("Rahim Salleh", "MYS") in people
    assert not any(name == "Karim Osman" for name, _ in people)


# -- who invited is an adverbial before the subject, no item of the list ---------------------------------------


@pytest.mark.parametrize(
    ("body", "who", "role"),
    [
        (
            "At the invitation of the Kenyan chairmanship of the Union, the Secretary General of the Basin "
            "Authority, Ambassador Amani Kiprono, took part in the summit.",
            ("Amani Kiprono", None),
            "Secretary General of the Basin Authority",
        ),
        (
            "Following an invitation from the chair, the Executive Director of the Lake Bank, Halima Odhiambo, "
            "attended the summit.",
            ("Halima Odhiambo", None),
            "Executive Director of the Lake Bank",
        ),
        (
            "Upon the invitation of President Otieno Wafula of Kenya, Ugandan President Grace Nakato attended the "
            "summit as a guest.",
            ("Grace Nakato", "UGA"),
            "guest of the host state",
        ),
    ],
    ids=["at-the-invitation-of", "following-an-invitation-from", "upon-the-invitation-of"],
)
def test_who_invited_gives_the_invited_no_state_and_no_words(
    body: str, who: tuple[str, str | None], role: str
) -> None:
    meeting = first_meeting(_OPENING + body + "\n")
    found = {(p["person"], p.get("party")): p["role"] for p in meeting.get("participants", [])}
    assert found.get(who) == role
    assert ("Otieno Wafula", "KEN") not in found  # who invited is not said to be there


# -- a state's office written bare: the state another mention of the same person tells ------------------------


@pytest.mark.parametrize(
    ("body", "who"),
    [
        (
            "Ugandan President Grace Akello Nakato took the chair. Attending were Presidents Akello Nakato, "
            "Otieno Wafula of Kenya and Asha Mwinyi of Tanzania.",
            ("Grace Akello Nakato", "UGA"),
        ),
        (
            "President Grace Nakato of Uganda opened the talks. The leaders present were President Grace Nakato, "
            "President Otieno Wafula of Kenya and President Asha Mwinyi of Tanzania.",
            ("Grace Nakato", "UGA"),
        ),
        (
            "Grace Nakato, Prime Minister of Uganda, arrived on Sunday. Prime Minister Grace Nakato and "
            "President Otieno Wafula of Kenya attended the summit.",
            ("Grace Nakato", "UGA"),
        ),
    ],
    ids=["possessive-adjective", "of-state-after", "apposition"],
)
def test_a_bare_office_takes_the_state_another_mention_tells(body: str, who: tuple[str, str]) -> None:
    assert who in meeting_people(_OPENING + body + "\n")


def test_two_states_told_for_one_name_give_none() -> None:
    body = (
        "Ugandan President Grace Nakato is a lawyer; a namesake, Kenya's President Grace Nakato, was absent. "
        "Attending were Presidents Grace Nakato, Otieno Wafula of Kenya and Asha Mwinyi of Tanzania.\n"
    )
    assert ("Grace Nakato", None) in meeting_people(_OPENING + body)


def test_an_official_of_the_organization_takes_no_state_from_a_demonym() -> None:
    body = (
        "The Kenyan diplomat Amani Kiprono took office in March. Secretary General Amani Kiprono and President "
        "Otieno Wafula of Kenya attended the summit.\n"
    )
    assert ("Amani Kiprono", None) in meeting_people(_OPENING + body)


@pytest.mark.parametrize("line", ["DRC: H.E. President Kofi Mbala", "D.R.C.: H.E. President Kofi Mbala"])
def test_the_congo_s_initials_head_a_list_line(line: str) -> None:
    body = (
        "The following Heads of State attended the Summit:\nKenya: H.E. President Otieno Wafula\n"
        + line
        + "\n"
    )
    assert ("Kofi Mbala", "COD") in meeting_people(_OPENING + body)


# -- what is done in the room at the sitting tells who was there -----------------------------------------------


@pytest.mark.parametrize(
    ("body", "who"),
    [
        (
            "Secretary General Amani Kiprono reported to the Council on the Union's work over the year.",
            {("Amani Kiprono", None)},
        ),
        (
            "The opening session also heard addresses by Union Secretary General Amani Kiprono and by the head of "
            "the Ugandan delegation, Deputy Prime Minister Grace Nakato.",
            {("Amani Kiprono", None), ("Grace Nakato", "UGA")},
        ),
        ("Kenyan Foreign Minister Otieno Wafula took the floor to ask for a recorded vote.", {("Otieno Wafula", "KEN")}),
        ("Ugandan President Grace Nakato spoke to the summit by videoconference.", {("Grace Nakato", "UGA")}),
        (
            "Closing the Fifth Ordinary Session of the Union Authority at the lakeside palace in Kisumu on Sunday, "
            "the President of the Union Commission, Amani Kiprono, said the leaders had agreed.",
            {("Amani Kiprono", None)},
        ),
        (
            "Speaking to the expanded session, Amani Kiprono, Chairman of the Union Executive Committee, said that "
            "the heads had met in narrow format first.",
            {("Amani Kiprono", None)},
        ),
    ],
    ids=["reported-to-the-council", "heard-addresses-by", "took-the-floor", "spoke-to-the-summit",
         "closing-the-session-said", "speaking-to-the-session"],
)  # fmt: skip
def test_an_act_done_in_the_room_tells_who_was_there(body: str, who: set[tuple[str, str | None]]) -> None:
    assert who <= meeting_people(_OPENING + body + "\n")


@pytest.mark.parametrize(
    "body",
    [
        "Ugandan President Grace Nakato will take the floor at the next summit.",
        "Ugandan President Grace Nakato spoke to reporters in Kampala before leaving.",
        "Ugandan President Grace Nakato addressed the summit in a recorded video message.",
    ],
)
def test_an_act_elsewhere_or_later_tells_no_one(body: str) -> None:
    assert ("Grace Nakato", "UGA") not in meeting_people(_OPENING + body + "\n")


@given(st.text(alphabet=st.sampled_from(list("AaBb ,.;:'-\nofthePresidentMinister")), max_size=200))
@settings(max_examples=60, deadline=None)
def test_attendance_never_raises_and_its_quotes_are_the_text(tail: str) -> None:
    text = _OPENING + "Attending were President Otieno Wafula of Kenya and " + tail
    for cand in extract(text, "xyz", "t"):
        event = cand.event
        for src in [event.get("source") or {}, *event.get("more_sources", [])]:
            if "start" in src:
                assert text[src["start"] : src["end"]] == src["quote"]


# -- a sentence set in capitals; a deputy who stood in for an absent head ---------------------------------------


def test_a_list_set_in_capitals_reads_as_any_other() -> None:
    body = (
        "IN ATTENDANCE WERE THEIR EXCELLENCIES PRESIDENT OTIENO WAFULA OF THE REPUBLIC OF KENYA; PRESIDENT GRACE "
        "NAKATO OF THE REPUBLIC OF UGANDA; AND H.E. ASHA MWINYI, VICE PRESIDENT OF THE UNITED REPUBLIC OF TANZANIA.\n"
    )
    assert {("Otieno Wafula", "KEN"), ("Grace Nakato", "UGA"), ("Asha Mwinyi", "TZA")} <= meeting_people(
        _OPENING + body
    )


def test_a_sentence_in_lower_case_is_read_as_written() -> None:
    from igo_timeline.extract.attendance import _uncapped

    sentence = "Attending were President Otieno Wafula of Kenya and the EAC Secretary General."
    assert _uncapped(sentence) == sentence
    shouted = "PRESIDENT OTIENO WAFULA OF THE REPUBLIC OF KENYA ATTENDED THE EAC SUMMIT IN ARUSHA."
    assert (
        _uncapped(shouted)
        == "President Otieno Wafula of the Republic of Kenya attended the EAC Summit in Arusha."
    )
    assert len(_uncapped(shouted)) == len(shouted)


@pytest.mark.parametrize(
    ("body", "who", "absent"),
    [
        (
            "Attending were President Otieno Wafula of Kenya; President Asha Mwinyi of Tanzania; and Hon. Grace "
            "Nakato, Minister of Trade, who represented President Amani Kiprono of the Republic of Uganda.",
            ("Grace Nakato", "UGA"),
            "Amani Kiprono",
        ),
        (
            "Attending were President Otieno Wafula of Kenya; President Asha Mwinyi of Tanzania; and H.E. Halima "
            "Odhiambo, Vice President of Rwanda, who represented President Kofi Mbala.",
            ("Halima Odhiambo", "RWA"),
            "Kofi Mbala",
        ),
    ],
    ids=["who-represented-the-head-of-a-state", "who-represented-a-head-named-bare"],
)
def test_a_deputy_is_there_for_the_state_of_the_absent_head(
    body: str, who: tuple[str, str], absent: str
) -> None:
    people = meeting_people(_OPENING + body + "\n")
    assert who in people
    assert not any(name == absent for name, _ in people)
