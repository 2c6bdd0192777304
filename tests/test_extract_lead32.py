"""Session 32 (issue 14): what the read rounds of session 31 (set 79 and its real pages) and the blind round 1 of
this session showed. Each case is one of a class; the sentences are invented (persons, towns and organizations
where a real one is not the point), dated in 2031 where a weekday matters (14 March 2031 is a Friday).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import lead_events as _of
from tests.conftest import lead_meetings as _meetings

# (the conftest's readers, dated 15 March 2031 unless a case says otherwise; the meetings' quotes checked)


def _persons(meeting: dict[str, Any]) -> list[str]:
    return [p["person"] for p in meeting.get("participants", [])]


# --- bodies -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("org", ["mercosur", "xyz"])
@pytest.mark.parametrize("name", ["31st Presidential Summit Meeting", "Summit Meeting"])
def test_the_summit_under_a_longer_name_is_the_summit(org: str, name: str) -> None:
    text = f"Final note\n\nThe {name} of {org.upper()} took place in Lumbaya on 14 March 2031.\n"
    [meeting] = _meetings(text, org)
    assert meeting["body"] == "summit"


def test_a_table_that_names_the_foreign_ministers_meeting_gives_one_sitting_not_two() -> None:
    # the headline's "Foreign Ministers meeting" and the lede's "Ministerial Council" are one sitting of the OSCE
    text = (
        "OSCE Foreign Ministers meeting opens in Lumbaya\n\n"
        "The 38th Ministerial Council of the OSCE opened this morning in Lumbaya. Ruritania's Foreign Minister "
        "Anna Kovar welcomed the ministers.\n"
    )
    meetings = _meetings(text, "osce", "2031-12-04")
    assert [m["body"] for m in meetings] == ["ministerial-council"]
    assert meetings[0]["date"] == "2031-12-04"


# --- other meetings -----------------------------------------------------------------------------------------


def test_a_meeting_preceded_on_a_day_by_another_bodys_meeting_tells_both() -> None:
    text = (
        "Communique\n\nThe 31st Presidential Summit Meeting of MERCOSUR took place in Lumbaya on 14 March 2031. "
        "It was preceded on March 13 by the sixtieth sitting of the Common Market Council.\n"
    )
    meetings = {m["body"]: m for m in _meetings(text, "mercosur")}
    assert meetings["summit"]["date"] == "2031-03-14"
    assert meetings["common-market-council"]["date"] == "2031-03-13"


# --- attendance ---------------------------------------------------------------------------------------------


def test_who_heads_a_capitals_delegation_attends() -> None:
    text = (
        "Summit opens\n\nThe 40th Summit of the XYZ opened in Lumbaya on Friday. The prime minister of Niger, "
        "Omar Tandja, is heading Niamey's delegation.\n"
    )
    [meeting] = _meetings(text, "xyz")
    assert meeting["participants"] == [
        {"person": "Omar Tandja", "role": "head of government", "party": "NER"}
    ]


@pytest.mark.parametrize(
    ("title", "role"), [("prime minister", "head of government"), ("president", "head of state")]
)
def test_a_heads_title_in_lower_case_gives_the_same_role(title: str, role: str) -> None:
    text = (
        "Summit opens\n\nThe 40th Summit of the XYZ opened in Lumbaya on Friday. The "
        f"{title} of Niger, Omar Tandja, attended the summit.\n"
    )
    [meeting] = _meetings(text, "xyz")
    assert meeting["participants"] == [{"person": "Omar Tandja", "role": role, "party": "NER"}]


# --- persons in lists ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("item", "name", "party"),
    [
        ("His Excellency General Amadou KOLLO, President of the Republic of NIGER", "Amadou Kollo", "NER"),
        ("H.E. Flt-Lt Kofi Ama MENSAH (Rtd), Head of State, GHANA", "Kofi Ama Mensah", "GHA"),
        ("H.E. General Joao Pedro SILVA, Head of State, GUINEA BISSAU", "Joao Pedro Silva", "GNB"),
        ("H.E. Brigadier-General Tan Wee Kiat, Minister of Information of Singapore", "Tan Wee Kiat", "SGP"),
        ("H.E. Mr. Sudarmo, Minister of Information of Indonesia", "Sudarmo", "IDN"),
        ("His Highness Sheikh Khalid Bin Sultan Al Nuaimi, Ruler, United Arab Emirates",
         "Khalid Bin Sultan Al Nuaimi", "ARE"),
        ("His Royal Highness Prince Faisal Bin Turki Al Saud, Heir Apparent, Minister of Defence, Saudi Arabia",
         "Faisal Bin Turki Al Saud", "SAU"),
    ],
)  # fmt: skip
def test_a_list_items_rank_style_and_state_in_capitals_leave_the_name(
    item: str, name: str, party: str
) -> None:
    from igo_timeline.extract.people import parse_item

    person = parse_item(item, "xyz")
    assert person is not None
    assert (person.name, person.party) == (name, party)


def test_a_general_secretary_keeps_the_title_and_one_word_alone_is_no_person() -> None:
    from igo_timeline.extract.people import parse_item

    person = parse_item("General Secretary Li Wenhua", "xyz")
    assert person is not None and person.name == "Li Wenhua" and person.role == "General Secretary"
    assert parse_item("Mr. Sudarmo", "xyz") is None  # a courtesy title and one word, no office nor state


def test_a_list_a_full_stop_cuts_goes_on_in_the_next_sentence() -> None:
    text = (
        "Communique\n\nThe XYZ Conference of Heads of Government held its ninth meeting in Lumbaya on "
        "14 March 2031.\n\nHeads of Government in attendance were:\n\n"
        "The Hon. Ann Roe, Prime Minister of Barbados; The Hon. Ben Poe, Prime Minister of Jamaica; Hon. Cy Doe, "
        "Prime Minister of Grenada. The Rt. Hon. Dan Moe, Prime Minister and Minister of Finance, Saint Lucia; "
        "Hon. Eve Loe, Prime Minister of Trinidad and Tobago.\n"
    )
    [meeting] = _meetings(text, "xyz")
    assert {p["person"]: (p["party"], p["role"]) for p in meeting["participants"]} == {
        "Ann Roe": ("BRB", "head of government"),
        "Ben Poe": ("JAM", "head of government"),
        "Cy Doe": ("GRD", "head of government"),
        "Dan Moe": ("LCA", "head of government"),
        "Eve Loe": ("TTO", "head of government"),
    }


def test_a_sentence_after_a_list_that_tells_who_else_was_there_is_read_as_its_own() -> None:
    # "Also present were A; B" after a list: a sentence with its own verb, each item's own title (no head's role)
    text = (
        "Communique\n\nThe XYZ Conference of Heads of Government held its ninth meeting in Lumbaya on "
        "14 March 2031.\n\nAttending were: Hon. Ann Roe, Prime Minister of Barbados; Hon. Ben Poe, Prime Minister "
        "of Jamaica.\nAlso present were Dr. Cy Doe, Ambassador of Italy to Jamaica; Dr. Dee Foe, Ambassador of "
        "Spain to Jamaica.\n"
    )
    [meeting] = _meetings(text, "xyz")
    roles = {p["person"]: p["role"] for p in meeting["participants"]}
    assert roles["Ann Roe"] == "head of government"
    assert roles["Cy Doe"] == roles["Dee Foe"] == "Ambassador to Jamaica"


def test_one_kept_away_from_the_sitting_is_not_there() -> None:
    text = (
        "Communique\n\nThe XYZ Conference of Heads of Government held its ninth meeting in Lumbaya on "
        "14 March 2031.\n\nThe Heads regretted the illness which kept Dame Ann Roe, Prime Minister of Barbados, away "
        "from the Conference.\n"
    )
    [meeting] = _meetings(text, "xyz")
    assert _persons(meeting) == []


def test_who_attended_among_those_in_whose_presence_the_sitting_closed() -> None:
    text = (
        "Summit closes\n\nLUMBAYA, March 14 (AFP) - The 40th XYZ summit closed Friday in Lumbaya.\nThe closing "
        "sitting was held in the presence of some forty leaders, among them President Omar Tandja "
        "of Niger, who first proposed the plan.\n"
    )
    [meeting] = _meetings(text, "xyz")
    assert meeting["participants"] == [{"person": "Omar Tandja", "role": "head of state", "party": "NER"}]


def test_the_delegation_a_minister_headed_after_a_semicolon_is_his_states() -> None:
    text = (
        "Summit closes\n\nLUMBAYA, 14 March 2031 - The XYZ closed its ninth summit here on Friday.\nPresident Omar "
        "Tandja did not make the trip; Foreign Minister Ali Sane headed the Nigerien delegation on his behalf.\n"
    )
    [meeting] = _meetings(text, "xyz")
    assert meeting["participants"] == [{"person": "Ali Sane", "role": "Foreign Minister", "party": "NER"}]


def test_who_took_the_chair_at_the_sitting_was_there() -> None:
    text = (
        "Summit closes\n\nLUMBAYA, 14 March 2031 - The XYZ closed its ninth summit here on Friday.\nNigerien "
        "President Omar Tandja then took the chair.\n"
    )
    [meeting] = _meetings(text, "xyz")
    assert _persons(meeting) == ["Omar Tandja"]


# --- places, chairs, bodies ---------------------------------------------------------------------------------


def test_the_town_a_head_came_back_from_is_where_the_sitting_was() -> None:
    text = (
        "ASHGABAT, 14 March 2031 - President Ali Sane has returned home from Kazan, where he attended an informal "
        "CIS summit yesterday.\n"
    )
    [meeting] = _meetings(text, "cis")
    assert (meeting["place"], meeting["date"]) == ("Kazan", "2031-03-13")


def test_the_chair_named_in_a_where_clause_has_his_own_title() -> None:
    text = (
        "MINSK, 14 March 2031 - An informal summit of the CIS heads of state was held in Minsk yesterday.\nThe "
        "motorcade went to the library, where Belarusian President Ivan Petrov chaired the meeting.\n"
    )
    [meeting] = _meetings(text, "cis")
    assert meeting["chair"] == {"person": "Ivan Petrov", "role": "President", "party": "BLR"}


def test_a_conference_of_ministers_is_their_sitting_and_its_officials_meeting_before_is_told() -> None:
    text = (
        "Joint Press Statement\n\nThe Fifth Conference of XYZ Ministers Responsible for Culture was convened in "
        "Lumbaya from 16 to 17 March 2031. The Conference was preceded by the Fifth Meeting of XYZ Senior Officials "
        "for Culture held from 13 to 14 March 2031.\n"
    )
    meetings = {m["body"]: m["date"] for m in _meetings(text, "xyz", "2031-03-17")}
    assert meetings == {
        "culture-ministers-meeting": "2031-03-16/2031-03-17",  # (a sector's ministers, as their meeting is)
        "senior-officials-for-culture": "2031-03-13/2031-03-14",
    }


def test_a_body_with_its_initials_which_sat_in_the_same_city_is_a_meeting_of_its_own() -> None:
    text = (
        "LUMBAYA, 15 March 2031 - The XYZ closed its ninth summit here on Friday.\nThe summit was prepared by the "
        "Council of Foreign Ministers (CFM), which sat in the same city on 11 and 12 March.\n"
    )
    meetings = {m["body"]: m for m in _meetings(text, "xyz")}
    assert meetings["council-of-foreign-ministers"]["date"] == "2031-03-11/2031-03-12"


def test_next_years_summit_is_the_next_year() -> None:
    text = (
        "Summit closes\n\nLUMBAYA, March 14 (AFP) - The 40th XYZ summit closed Friday in Lumbaya.\nThe secretary "
        "general said next year's XYZ summit would be held in Zambia.\n"
    )
    [scheduled] = _of("MeetingScheduled", text, "xyz")
    assert (scheduled["host"], scheduled["date"]) == ("ZMB", "2032")


# --- documents ----------------------------------------------------------------------------------------------


_CLOSED = "LUMBAYA, 15 March 2031 - The ninth XYZ summit closed in Lumbaya on Friday.\n"


def test_the_summits_final_document_and_the_titled_ones_along_with_it_are_adopted() -> None:
    text = (
        f"{_CLOSED}At the last sitting the members unanimously approved the summit's final document, along "
        "with the Lumbaya Declaration.\n"
    )
    titles = [d["title"] for d in _of("DocumentAdopted", text, "xyz")]
    assert titles == ["Final document of the XYZ Summit", "Lumbaya Declaration"]


def test_a_joint_statement_on_the_outcome_of_the_meeting_is_its_own() -> None:
    text = f"{_CLOSED}In the evening the leaders issued a joint ministerial statement on the outcome of their meeting.\n"
    [document] = _of("DocumentAdopted", text, "xyz")
    assert document["title"].startswith("Joint Ministerial Statement")
    # (a statement on a subject of its own is titled by it)
    other = f"{_CLOSED}The leaders issued a joint statement on ocean shipping.\n"
    assert [d["title"] for d in _of("DocumentAdopted", other, "xyz")] == ["Joint statement on ocean shipping"]


def test_who_takes_over_as_the_organizations_chair_takes_its_chairmanship() -> None:
    text = (
        "NADI, 14 March 2031 - Pacific Islands Forum leaders ended their annual meeting here today, and Fiji's "
        "Prime Minister Ana Vula now takes over as Forum Chair from Tonga's Prime Minister, Sione Lata.\n"
    )
    [handover] = _of("PresidencyHandedOver", text, "pif")
    assert (handover["to_party"], handover["effective"]) == ("FJI", "2031-03-14")
    # (a chair named by no word of the organization's name is some body's)
    other = text.replace("Forum Chair", "Committee Chair")
    assert _of("PresidencyHandedOver", other, "pif") == []


def test_a_union_named_after_the_united_states_is_no_state() -> None:
    from igo_timeline.extract.names import find_parties

    assert find_parties("the dream of a United States of Africa") == []
    assert [f.value for f in find_parties("the United States of America")] == ["USA"]


def test_a_headlines_short_name_with_its_town_and_the_ledes_full_name_are_one_sitting() -> None:
    text = (
        "Review\n\nThe 40th Meeting of the BSEC Council of Ministers Accra/Ghana\n\nThe 40th Meeting of the "
        "Council of Ministers of Foreign Affairs of the BSEC took place in Accra, Ghana on 14 March 2031, "
        "preceded by a sitting of the Committee of Senior Officials held on March 12-13.\n"
    )
    meetings = {m["body"]: m["date"] for m in _meetings(text, "bsec")}
    assert meetings == {
        "council-of-ministers-of-foreign-affairs": "2031-03-14",
        "committee-of-senior-officials": "2031-03-12/2031-03-13",
    }


def test_a_state_named_for_what_happens_there_is_no_place_of_the_sitting() -> None:
    text = (
        "ACCRA, Ghana — XYZ leaders closed their summit yesterday.\n\nThe 20 resolutions of the ninth summit of "
        "the XYZ say nothing new about the foreign troop presence in Iraq.\n"
    )
    [meeting] = _meetings(text, "xyz", "2031-03-15")
    assert (meeting.get("place"), meeting.get("host")) == ("Accra", "GHA")


def test_a_chair_whose_office_is_of_state_and_then_of_his_state_has_that_state() -> None:
    text = (
        "ABU DHABI, 14 March 2031 - The 30th meeting of the XYZ Council of Ministers was held by videoconference "
        "on Friday.\n\nThe meeting was chaired by Omar Al Hammadi, Minister of State of the United Arab Emirates, "
        "which has held the chair since 2029.\n"
    )
    [meeting] = _meetings(text, "xyz")
    assert meeting["chair"] == {"person": "Omar Al Hammadi", "role": "Minister of State", "party": "ARE"}


def test_an_admission_told_as_what_a_meeting_came_after_is_no_decision_of_it() -> None:
    text = (
        "BEIJING, 14 March 2031 - The security council secretaries of the SCO met in Beijing today. It was the "
        "first such meeting since the organisation took in Laos and Nepal as full members.\n"
    )
    assert _of("StatusGranted", text, "sco") == []


def test_a_month_and_its_year_with_a_comma_between_is_that_month() -> None:
    from igo_timeline.extract.dates import find_dates

    assert [(d.edtf, d.kind) for d in find_dates("at the next summit in June, 2031", 2031)] == [
        ("2031-06", "month")
    ]


def test_states_that_became_observers_of_the_organization_named_with_its_initials_are_granted() -> None:
    text = (
        "Havana, 13 March 2031 - Japan and Palestine have become observer countries of the Association of "
        "Caribbean States (ACS) following a decision of its Ministerial Council, which met in the Cuban capital "
        "on Friday, 7 March.\n"
    )
    granted = {(g["party"], g["status"]) for g in _of("StatusGranted", text, "acs")}
    assert granted == {("JPN", "observer"), ("PSE", "observer")}


def test_a_list_whose_first_item_is_glued_on_its_intro_line_goes_on_in_the_lines_after() -> None:
    text = (
        "1. The Authority of the XYZ held its 70th Ordinary Session on 14 March 2031 in Accra.\n\n"
        "2. The following Heads of State or their representatives took part in the Summit:H.E. Ama Boadu, "
        "President of the Republic of Ghana\n\n"
        "H.E. General Kofi Tandja, President of the Republic of Guinea Bissau\n\n"
        "H.E. Sali Diop, Minister of Foreign Affairs of the Republic of Senegal\n"
    )
    [meeting] = _meetings(text, "xyz")
    assert {p["person"]: p["party"] for p in meeting["participants"]} == {
        "Ama Boadu": "GHA",
        "Kofi Tandja": "GNB",
        "Sali Diop": "SEN",
    }
