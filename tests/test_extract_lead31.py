"""Session 31 (issue 14): what the blind round 1 of this session (set 78 and real pages) and the read round 2 of
session 30 (set 77 and real pages) showed. Each case is one of a class; the sentences are invented (persons, towns
and organizations where a real one is not the point), dated in 2031 where a weekday matters (14 March 2031 is a
Friday).
"""

from __future__ import annotations

from typing import Any

import pytest

from igo_timeline.extract.people import parse_item
from tests.conftest import lead_events as _of
from tests.conftest import lead_meetings as _meetings

# (the conftest's readers, dated 15 March 2031 unless a case says otherwise; the meetings' quotes checked)


def _persons(meeting: dict[str, Any]) -> list[str]:
    return [p["person"] for p in meeting.get("participants", [])]


# --- bodies -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("who", "slug"),
    [
        ("Sherpas and Sous Sherpas", "sherpas-meeting"),
        # a rank with a complement of its own is a body's whole name, kept (no bare rank's "chiefs-meeting")
        ("Chiefs of General Staff", "chiefs-of-general-staff"),
    ],
)
def test_a_meeting_named_by_the_rank_of_those_who_sit_is_their_meeting(who: str, slug: str) -> None:
    text = f"The first meeting of Xyz {who} was held from 9-10 March 2031 in Lumbaya under Ruritania's chairship.\n"
    [meeting] = _meetings(text, "xyz")
    assert meeting["body"] == slug


@pytest.mark.parametrize(
    "sentence",
    [
        "Xyz ministers of science, technology and innovation met today in Lumbaya.",
        "Ministers responsible for science, technology and innovation in Ruritania, Borduria and Syldavia are "
        "meeting today in Lumbaya for the seventh Xyz ministerial meeting in their field.",
    ],
)
def test_the_ministers_of_a_sector_named_in_several_words_sit_as_that_sectors_meeting(sentence: str) -> None:
    [meeting] = _meetings(f"LUMBAYA, 14 March 2031 - {sentence}\n", "xyz")
    assert meeting["body"] == "science-technology-innovation-ministers-meeting"


def test_ministers_of_two_sectors_sit_as_the_body_the_table_names_for_one_of_them() -> None:
    # the SCO's table names its ministers in charge of foreign trade and the economy one body
    text = (
        "Ninth Sitting of SCO Member States' Ministers for Economy and Foreign Trade\n\n"
        "The ministers gathered in Lumbaya on 14 March 2031 for their ninth sitting.\n"
    )
    [meeting] = _meetings(text, "sco")
    assert meeting["body"] == "economic-and-trade-ministers"


def test_a_town_and_its_state_as_the_subject_of_hosted_name_the_place() -> None:
    text = "A title line\n\nOn 14 March 2031, Kazan, Russia hosted a sitting of the SCO trade ministers.\n"
    [meeting] = _meetings(text, "sco")
    assert (meeting["place"], meeting["host"]) == ("Kazan", "RUS")


def test_the_councils_numbered_session_by_its_possessive_is_the_council_named_before() -> None:
    text = (
        "LUMBAYA, March 14 (XNA) -- Ruritania's foreign minister took over today the chairmanship of the Council "
        "of Foreign Ministers of the Xyz Organisation (XYZ), receiving it from Borduria.\n\n"
        "The handover took place at the opening of the Council's 42nd session, which Ruritania is hosting from "
        "14 to 15 March.\n"
    )
    [meeting] = _meetings(text, "xyz", "2031-03-14")
    assert meeting["body"] == "council-of-foreign-ministers"


def test_a_sectors_ministers_moot_is_their_meeting() -> None:
    text = "The Xyz interior ministers' moot met Wednesday with terrorism on the agenda.\n"
    [meeting] = _meetings(text, "xyz", "2031-03-13")
    assert (meeting["body"], meeting["date"]) == ("interior-ministers-meeting", "2031-03-12")


def test_a_fronted_participle_tells_the_sitting_held() -> None:
    text = (
        "Calls for UN Security Council reform dominated the Xyz Ministers of Foreign Affairs meeting on the "
        "sidelines of the forum.\n\n"
        "Held on Friday under Ghana's leadership, with Ghanaian Foreign Minister Ana Lobo presiding, the meeting "
        "saw unanimous support.\n"
    )
    [meeting] = _meetings(text, "xyz")
    assert (meeting["body"], meeting["date"]) == ("foreign-ministers-meeting", "2031-03-14")


# --- attendance ---------------------------------------------------------------------------------------------


def test_those_attending_the_sitting_were_a_list_of_states_and_names() -> None:
    text = (
        "LUMBAYA, 14 March 2031 -- The foreign ministers of the Xyz Council held an extraordinary meeting in "
        "Lumbaya today. Those attending the Conference were the ministers of Ruritania – Ana Lobo, Borduria – "
        "Piotr Vasko and Syldavia – Jan Hrubek.\n"
    )
    [meeting] = _meetings(text, "xyz")
    assert _persons(meeting) == ["Ana Lobo", "Piotr Vasko", "Jan Hrubek"]


@pytest.mark.parametrize(
    ("item", "name", "party"),
    [
        ("President Soeharto of Indonesia", "Soeharto", "IDN"),
        ("Indonesia's President Soeharto", "Soeharto", "IDN"),
        ("King Abdullah of Saudi Arabia", "King Abdullah", "SAU"),
    ],
)
def test_a_head_known_by_one_name_after_the_heads_title_and_with_the_state(
    item: str, name: str, party: str
) -> None:
    person = parse_item(item, "xyz")
    assert person is not None and (person.name, person.party) == (name, party)


@pytest.mark.parametrize(
    "item",
    [
        "President Sukarno",  # no state named
        "Minister Soeharto of Indonesia",  # no head's title
        "An opening ceremony was held at the Centre, where Prime Minister Mitchell of Montserrat",  # a clause
    ],
)
def test_one_word_is_no_person_without_a_heads_title_and_a_state(item: str) -> None:
    assert parse_item(item, "xyz") is None


def test_a_title_set_in_capitals_before_a_name_reads_as_the_title() -> None:
    text = (
        "LUMBAYA, 14 March 2031 - The Xyz summit opened today in Lumbaya. PRIME MINISTER Ana Lobo of Ghana and "
        "President Piotr Vasko of Kenya attended.\n"
    )
    [meeting] = _meetings(text, "xyz")
    # (read in capitals, the title was no head of government's: "head of state" by default)
    assert [(p["person"], p["role"]) for p in meeting["participants"]] == [
        ("Ana Lobo", "head of government"),
        ("Piotr Vasko", "head of state"),
    ]


@pytest.mark.parametrize(
    "tail",
    [
        ", confirming reports that her trip to Lumbaya would not be cancelled",
        ", and will hold the chair for the next twelve months",
    ],
)
def test_a_comment_or_a_future_predicate_after_the_act_leaves_the_act_past(tail: str) -> None:
    text = (
        "Xyz interior ministers met on Friday in Lumbaya. Ghanaian Home Minister Ana Lobo attended the "
        f"meeting{tail}.\n"
    )
    [meeting] = _meetings(text, "xyz")
    assert _persons(meeting) == ["Ana Lobo"]


def test_the_secretary_general_also_attends_in_the_present_with_no_object() -> None:
    text = (
        "Lumbaya, 14 March 2031 - The foreign ministers of the Xyz opened their 31st meeting in Lumbaya today. "
        "The Xyz Secretary-General, Ana Lobo, also attends.\n"
    )
    [meeting] = _meetings(text, "xyz")
    assert _persons(meeting) == ["Ana Lobo"]


def test_two_offices_joined_before_the_name_are_one_persons() -> None:
    text = (
        "Lumbaya, 14 March 2031 - The foreign ministers of the Xyz opened their 31st meeting in Lumbaya today. "
        "Vietnam's Deputy Prime Minister and Foreign Minister, Tran Van Minh, told the opening session that the "
        "times were hard.\n"
    )
    [meeting] = _meetings(text, "xyz")
    [person] = meeting["participants"]
    assert (person["person"], person["party"]) == ("Tran Van Minh", "VNM")


def test_opening_the_forum_and_thanks_over_a_span_counted_back_put_both_heads_there() -> None:
    text = (
        "Pacific leaders wrap up their Forum in Fiji\n\n"
        "SUVA, Fiji - Pacific Islands Forum leaders ended their annual meeting on Thursday, 13 March 2031, after "
        "three days of talks held in Suva from 11 to 13 March.\n\n"
        "Opening the Forum, the Ghanaian Prime Minister, Ana Lobo, spoke as incoming chair and thanked "
        "Kenya's Prime Minister Piotr Vasko for his work as chair over the previous eleven months.\n"
    )
    [meeting] = _meetings(text, "pif")
    assert _persons(meeting) == ["Ana Lobo", "Piotr Vasko"]


# --- decisions ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("sitting", ["the 31st XMM", "the meeting", "this session"])
def test_the_chair_of_a_sitting_is_no_office_of_the_organization(sitting: str) -> None:
    text = f"The ministers elected Ana Lobo as Chairman of {sitting} on 14 March 2031.\n"
    assert _of("OfficialAppointed", text, "xyz") == []


def test_the_chair_of_a_standing_body_stays_an_appointment() -> None:
    text = "The ministers elected Ana Lobo as Chairman of the Standing Committee on 14 March 2031.\n"
    [appointment] = _of("OfficialAppointed", text, "xyz")
    assert appointment["person"] == "Ana Lobo"


def test_an_amendment_to_a_protocol_in_a_list_of_instruments_is_a_document() -> None:
    text = (
        "LUMBAYA, 14 March 2031 - The Xyz summit ended today in Lumbaya.\n\n"
        "The heads of state signed the following instruments:\n"
        "1. the protocol on extradition;\n"
        "2. the amendment to the Protocol on the Xyz Tribunal.\n"
    )
    titles = [e["title"] for kind in ("DocumentAdopted", "AgreementSigned") for e in _of(kind, text, "xyz")]
    assert "Amendment to the Protocol on the Xyz Tribunal" in titles


def test_the_meetings_own_declaration_by_its_town_as_the_subject_of_a_past_content_verb() -> None:
    text = (
        "LUMBAYA, 14th March, 2031 (XNA) - The Xyz leaders stressed today at the close of the Lumbaya Summit their "
        "commitment to fight terrorism.\n\n"
        "The Lumbaya Declaration emphasised the centrality of the water issue.\n"
    )
    titles = [e["title"] for e in _of("DocumentAdopted", text, "xyz")]
    assert titles == ["Lumbaya Declaration"]


def test_an_office_taken_up_in_a_month_told_as_done_is_the_last_such_month() -> None:
    # under a February dateline, "has become ..., taking charge ... in January": the January just gone
    text = (
        "LUMBAYA -- Ana Lobo of Ghana has become the third Secretary General of the Xyz Organization, taking "
        "charge of its secretariat in January for a three-year term.\n"
    )
    [appointment] = _of("OfficialAppointed", text, "xyz", "2031-02-04")
    assert appointment["term"] == "2031-01/2033-12"


def test_an_office_to_be_taken_up_in_a_month_is_the_next_such_month() -> None:
    text = (
        "LUMBAYA -- The Xyz Council appointed Ana Lobo of Ghana as Secretary General on Tuesday. She will take "
        "office in January for a three-year term.\n"
    )
    [appointment] = _of("OfficialAppointed", text, "xyz", "2031-02-04")
    assert appointment["term"].startswith("2032-01")


def test_a_later_sentences_mandate_closes_the_term_of_the_one_who_took_up_the_post() -> None:
    text = (
        "LUMBAYA, March 14, 2031 (XNA) -- Ana Lobo of Ghana on Thursday officially took up her duties as Secretary "
        "General of the Xyz Commission at a ceremony in the capital.\n\n"
        "She begins a four-year mandate, the length the rules set for the post.\n"
    )
    [appointment] = _of("OfficialAppointed", text, "xyz")
    assert appointment["term"] == "2031-03-13/2035-03-12"


def test_the_sitting_named_after_another_organizations_body_in_the_same_sentence() -> None:
    # the UN body named first is another's; the sentence read on names the ministers' own meeting (it was read as a
    # "council of defence ministers" joined from the two names)
    text = (
        "Calls for United Nations Security Council reform dominated the Xyz Defence Ministers' Meeting, which was "
        "held in Accra on 14 March 2031.\n"
    )
    [meeting] = _meetings(text, "xyz")
    assert meeting["body"] == "defence-ministers-meeting"


def test_the_ministers_meeting_named_in_lower_case_and_in_a_town_is_held_there() -> None:
    text = (
        "Calls for United Nations Security Council reform dominated the Xyz Ministers of Foreign Affairs meeting "
        "in Accra on 14 March 2031.\n"
    )
    [meeting] = _meetings(text, "xyz")
    assert (meeting["body"], meeting["place"], meeting["date"]) == (
        "foreign-ministers-meeting",
        "Accra",
        "2031-03-14",
    )


def test_ministers_on_a_named_group_sit_as_that_group() -> None:
    text = "Foreign ministers on the Xyz Ministerial Action Group (XMAG) met in Accra on 14 March 2031.\n"
    [meeting] = _meetings(text, "xyz")
    assert (meeting["body"], meeting["place"]) == ("ministerial-action-group", "Accra")


def test_the_groups_numbered_meeting_as_the_scene_tells_the_sitting() -> None:
    text = (
        "Foreign ministers on the Xyz Ministerial Action Group (XMAG) have stressed the value of dialogue, at the "
        "group's fiftieth meeting.\n"
    )
    [meeting] = _meetings(text, "xyz", "2031-03-14")
    assert (meeting["body"], meeting["date"]) == ("ministerial-action-group", "2031-03-14")


def test_a_withdrawal_told_in_a_since_clause_is_no_notice_of_the_day() -> None:
    text = (
        "ACCRA, 14 March 2031 - The Xyz Ministerial Action Group met today. It was the group's first sitting "
        "since Ghana's government decided to withdraw from the Xyz.\n"
    )
    assert _of("WithdrawalNotified", text, "xyz") == []


def test_the_first_pair_of_a_state_name_list_takes_the_rank_of_the_lists_intro() -> None:
    person = parse_item("the heads of state of Cameroon – Ana Lobo", "xyz")
    assert person is not None and (person.name, person.role, person.party) == (
        "Ana Lobo",
        "head of state",
        "CMR",
    )


# --- after round 2 was final (session 31): its largest classes --------------------------------------------


def test_a_meeting_of_the_five_heads_of_state_is_the_heads_sitting_and_its_signers_list_attends() -> None:
    text = (
        "LUMBAYA, 14 March 2031 -- The five states signed an accord on Friday at a meeting of the five heads of "
        "state in the Ghanaian capital.\n\n"
        "The document was signed by:\n\n"
        "- President of the Republic of Ghana Ana Lobo;\n"
        "- President of the Republic of Kenya Piotr Vasko;\n"
        "- President of the Republic of Uganda Jan Hrubek.\n"
    )
    [meeting] = _meetings(text, "sco")
    assert meeting["body"] == "council-of-heads-of-state"
    assert _persons(meeting) == ["Ana Lobo", "Piotr Vasko", "Jan Hrubek"]


def test_a_guests_state_visit_begun_days_before_is_no_day_of_the_sitting() -> None:
    text = (
        "ACCRA, 14 March 2031 -- The Xyz summit closed on Friday in Accra. The signing followed talks on Thursday "
        "between the two presidents, whose five-day state visit began on Tuesday.\n"
    )
    [meeting] = _meetings(text, "xyz")
    assert meeting["date"] == "2031-03-14"


def test_two_heads_who_co_chaired_the_session_the_first_in_the_chair() -> None:
    text = (
        "Accra, 14 March 2031\n\n"
        "The foreign ministers of the Xyz held their tenth meeting in Accra on Friday.\n\n"
        "Viet Nam's Deputy Prime Minister and Foreign Minister Tran Van Minh and India's External Affairs Minister "
        "Ravi Kumar co-chaired the session.\n"
    )
    [meeting] = _meetings(text, "xyz")
    assert (meeting["chair"]["person"], meeting["chair"]["party"]) == ("Tran Van Minh", "VNM")


def test_partner_countries_named_after_the_first_on_the_same_date_and_a_trailing_clause_of_another_year() -> (
    None
):
    text = (
        "KUALA LUMPUR, Jan 1 -- Malaysia became a partner country of BRICS on Wednesday, entering the tier of "
        "partners that the bloc created in 2024. Belarus, Bolivia and Cuba became partner countries on the same "
        "date.\n"
    )
    granted = _of("StatusGranted", text, "brics", "2025-01-01")
    assert [(g["party"], g["status"], g["effective"]) for g in granted] == [
        ("MYS", "partner_country", "2025-01-01"),
        ("BLR", "partner_country", "2025-01-01"),
        ("BOL", "partner_country", "2025-01-01"),
        ("CUB", "partner_country", "2025-01-01"),
    ]


def test_a_kind_inside_a_longer_title_that_a_second_kind_and_its_years_end() -> None:
    text = (
        "ACCRA, 14 March 2031 - The Xyz summit ended today in Accra. The leaders adopted the Xyz Water Charter "
        "Implementation Plan 2031-2035 and the Final Communique.\n"
    )
    kinds = {e["title"]: e["kind"] for e in _of("DocumentAdopted", text, "xyz")}
    assert kinds.get("Xyz Water Charter Implementation Plan 2031-2035") == "plan"
    assert "Xyz Water Charter" not in kinds


@pytest.mark.parametrize(
    "opening",
    [
        "The third Xyz Sherpa Meeting was held in Accra on 14 March 2031.",
        "The third meeting of Xyz Sherpas was held in Accra on 14 March 2031.",
    ],
)
def test_one_body_of_sherpas_however_the_text_words_its_rank(opening: str) -> None:
    # (tried on real G20 pages: "the third G20 Sherpa Meeting" and "the meeting of Sherpas" gave two bodies)
    [meeting] = _meetings(opening + "\n", "xyz")
    assert meeting["body"] == "sherpas-meeting"


def test_a_list_line_that_ends_inside_its_title_runs_on_to_the_next() -> None:
    # (tried on a real ECOWAS communique: "President of the Republic of" / "Ghana." read as two persons)
    text = (
        "1. The Authority of Heads of State and Government of the Xyz convened an Extraordinary Session in Accra, "
        "Republic of Ghana, on 4th June 2031.\n"
        "2. Present at the Summit were the under-listed Heads of State and Government:\n"
        "H.E. Ana LOBO, President of the Republic of Benin.\n"
        "H.E. Kofi Mensah ASANTE, President of the Republic of\n"
        "Ghana.\n"
        "H.E. Jan HRUBEK, President of the Republic of Liberia.\n"
    )
    [meeting] = _meetings(text, "xyz", "2031-06-05")
    assert [(p["person"], p.get("party")) for p in meeting["participants"]] == [
        ("Ana Lobo", "BEN"),
        ("Kofi Mensah Asante", "GHA"),
        ("Jan Hrubek", "LBR"),
    ]
