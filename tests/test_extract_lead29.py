"""Session 29 (issue 14): what the blind round 1 of this session (set 74 and real pages) and the grown body
table showed. Each case is one of a class; the sentences are invented (persons, towns and organizations where a
real one is not the point), dated in 2031 where a weekday matters (14 March 2031 is a Friday).
"""

from __future__ import annotations

from typing import Any

import pytest

from igo_timeline.extract import extract


def _events(text: str, org: str, published: str | None = "2031-03-15") -> list[dict[str, Any]]:
    return [c.event for c in extract(text, org, "t", published=published) if c.to_json()["record"] == "event"]


def _meetings(text: str, org: str, published: str | None = "2031-03-15") -> list[dict[str, Any]]:
    return [e for e in _events(text, org, published) if e["type"] == "MeetingHeld"]


def _of(kind: str, text: str, org: str, published: str | None = "2031-03-15") -> list[dict[str, Any]]:
    return [e for e in _events(text, org, published) if e["type"] == kind]


# --- bodies -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("bracket", ["(XPA-12)", "(XPA 12)", "(XPA)"])
def test_the_organizations_name_with_its_sittings_number_in_brackets_is_no_part_of_the_body(
    bracket: str,
) -> None:
    text = (
        f"ORVALE, 14 March 2031 - The 12th General Assembly of the Coastal Inter-Parliamentary Assembly {bracket} "
        "closed today in Orvale.\n"
    )
    assert [m["body"] for m in _meetings(text, "xpa")] == ["general-assembly"]


def test_a_body_named_of_the_organization_keeps_its_own_word() -> None:
    # the Pacific Community's Conference: "of the Pacific Community" is its own name, left out
    text = "NOUMEA, 14 March 2031 - The Conference of the Pacific Community met in Noumea today.\n"
    assert [m["body"] for m in _meetings(text, "spc")] == ["conference"]


def test_a_session_the_table_names_stays_beside_a_joint_meeting_told_after_it() -> None:
    text = (
        "On Friday, 14 March 2031, Riga hosted the 50th Session of the Baltic Assembly.\n\n"
        "The 37th Baltic Council, the joint meeting of the Assembly and the Baltic Council of Ministers, was also "
        "held in Riga on Friday.\n"
    )
    assert sorted(m["body"] for m in _meetings(text, "baltic-assembly")) == ["baltic-council", "session"]


def test_heads_of_government_of_an_organization_whose_summit_is_its_heads_of_state_council() -> None:
    # GUAM's summit is its Council of Heads of State: its heads of government meet as no body its table has
    text = "KYIV, 14 March 2031 - The heads of government of GUAM met in Kyiv today.\n"
    assert [m["body"] for m in _meetings(text, "guam")] == ["council-of-heads-of-government"]


def test_a_body_the_sitting_chose_is_not_the_sitting() -> None:
    text = (
        "ORVALE, 14 March 2031 (AFP) - Member countries of Interpol on Friday chose a new Executive Committee at "
        "the closing session of the organization's 99th General Assembly in Orvale.\n"
    )
    assert [m["body"] for m in _meetings(text, "interpol")] == ["general-assembly"]


def test_another_body_with_the_same_head_noun_does_not_take_the_tables_body() -> None:
    text = (
        "CASTRIES, March 15 (CMC) - The 90th Meeting of the OECS Authority was held by video link on Friday.\n\n"
        "The ceremony was followed by the managing director of the Eastern Caribbean Telecommunications "
        "Authority, Mara Quill.\n"
    )
    assert [m["body"] for m in _meetings(text, "oecs")] == ["authority"]


def test_a_former_name_of_the_organization_names_its_body() -> None:
    # BRIC: the group's name until South Africa joined
    text = "NEW YORK, Sept. 21 (CRI) -- The BRIC foreign ministers met in New York on Tuesday.\n"
    assert [m["body"] for m in _meetings(text, "brics", "2010-09-21")] == ["foreign-ministers-meeting"]


# --- days and places ----------------------------------------------------------------------------------------


def test_a_summit_that_has_entered_its_second_day_began_the_day_before() -> None:
    text = (
        "News Desk\n14 Mar 2031, 10:33 UTC\n"
        "The annual Xyz summit in Valdoria has entered its second day Friday. About 30 heads of state are "
        "at the three-day gathering in Orvale, the Valdorian capital.\n"
    )
    (meeting,) = _meetings(text, "xyz", "2031-03-14")
    assert meeting["date"] == "2031-03-13/2031-03-15"


def test_a_clause_about_the_venues_history_does_not_date_the_sitting() -> None:
    text = (
        "ORVALE, March 14 (Agency) - The third summit of the bloc was held today in Orvale, where the first "
        "charter of the city was signed on 10 August 1809.\n"
    )
    (meeting,) = _meetings(text, "xyz", "2031-03-14")
    assert (meeting["body"], meeting["date"]) == ("summit", "2031-03-14")


# --- attendance ---------------------------------------------------------------------------------------------


def test_leaders_who_failed_to_turn_up_did_not_attend() -> None:
    text = (
        "ORVALE, March 15 - The Xyz summit opened in Orvale on Friday without two leaders. Valdorian President "
        "Ivo Marten and Ruritanian President Ana Sorel failed to turn up; envoys came in their place.\n"
    )
    (meeting,) = _meetings(text, "xyz")
    assert meeting["participants"] == []


def test_the_ones_states_sent_attended() -> None:
    text = (
        "ORVALE, March 15 - The Xyz summit opened in Orvale on Friday. Chilean President Ana Sorel took part, "
        "while Peru and Bolivia sent their deputy foreign ministers, Ivo Marten and Tomas Reyna.\n"
    )
    (meeting,) = _meetings(text, "xyz")
    assert {p["person"] for p in meeting["participants"]} >= {"Ivo Marten", "Tomas Reyna"}


@pytest.mark.parametrize("style", ["the Rt. Hon.", "the Hon.", "the Right Honourable"])
def test_a_chair_named_after_his_title_with_a_style_and_its_article(style: str) -> None:
    text = (
        "Heads of Government of the Xyz met in Orvale from 11-14 March 2031. The Meeting was chaired by the "
        f"Maltese Prime Minister, {style} Ivo Marten.\n"
    )
    (meeting,) = _meetings(text, "xyz")
    assert meeting["chair"]["person"] == "Ivo Marten"


# --- decisions ----------------------------------------------------------------------------------------------


def test_an_admission_agreed_with_its_timing_left_open_is_no_grant() -> None:
    text = (
        "ORVALE (XP): The Xyz agreed here yesterday to admit Valdoria and Ruritania as full members, but "
        "differed on the timing.\n"
    )
    assert _of("StatusGranted", text, "xyz") == []


def test_an_admission_talked_of_as_a_clauses_subject_is_no_grant() -> None:
    text = "ORVALE (XP): Critics have said that accepting Valdoria's application for membership would be wrong.\n"
    assert _of("StatusGranted", text, "xyz") == []
    done = "ORVALE (XP): The ministers accepted Malta's application for membership on Friday.\n"
    assert [e["party"] for e in _of("StatusGranted", done, "xyz")] == ["MLT"]


def test_the_day_an_official_was_elected_is_no_part_of_the_office() -> None:
    text = "ORVALE, March 15 - Ivo Marten was elected chairperson of the Xyz Commission Friday.\n"
    assert [e["office"] for e in _of("OfficialAppointed", text, "xyz")] == ["commission-chairperson"]


def test_a_chair_given_to_a_head_in_the_passive() -> None:
    text = (
        "DAKAR, March 15 - The Xyz summit opened in Dakar on Friday. At the opening ceremony, Senegal's "
        "President Ivo Marten was formally given the chairmanship from Kenya.\n"
    )
    (handover,) = _of("PresidencyHandedOver", text, "xyz")
    assert (handover["to_party"], handover.get("from_party")) == ("SEN", "KEN")


def test_a_chair_elected_for_the_next_year_holds_it_from_that_year() -> None:
    text = (
        "Abuja, Nigeria - The 60th Summit of the Xyz ended in Abuja on Friday, 19 December 2031, with the "
        "election of Nigeria's President Ivo Marten as Chairman of the Authority for 2032.\n"
    )
    (handover,) = _of("PresidencyHandedOver", text, "xyz", "2031-12-20")
    assert (handover["to_party"], handover["effective"], handover.get("decided_on")) == (
        "NGA",
        "2032",
        "2031-12-19",
    )


def test_a_head_named_after_his_title_and_a_comma_is_the_new_chair() -> None:
    text = (
        "CASTRIES, March 15 (CMC) - Grenada's Prime Minister, Dr Ivo Marten, is the new Chairman of the OECS "
        "Authority. The heads of government met by video link on Friday.\n"
    )
    (handover,) = _of("PresidencyHandedOver", text, "oecs")
    assert handover["to_party"] == "GRD"
    assert _of("OfficialAppointed", text, "oecs") == []


def test_a_chair_handed_over_now_and_taken_up_on_a_later_day() -> None:
    text = (
        "VALLETTA, Dec. 20 - Malta was formally handed the chairmanship of the Xyz on Friday, at the close of "
        "the ministerial council. It will lead the organization throughout 2032, taking over from Cyprus on "
        "January 1.\n"
    )
    (handover,) = _of("PresidencyHandedOver", text, "xyz", "2031-12-20")
    assert (handover["to_party"], handover["effective"]) == ("MLT", "2032-01-01")


def test_those_who_did_after_a_sentence_of_who_came_are_present() -> None:
    text = (
        "ORVALE, March 14 (Agency) - The Council of Ministers of the Xyz held its 20th meeting in Orvale today. "
        "Not all members sent ministers. Among those who did were Australian Foreign Minister Ivo Marten; "
        "Ana Sorel, Malta's Minister of Foreign Affairs; and Chile's Deputy Foreign Minister Tomas Reyna.\n"
    )
    (meeting,) = _meetings(text, "xyz", "2031-03-14")
    assert [p["person"] for p in meeting["participants"]] == ["Ivo Marten", "Ana Sorel", "Tomas Reyna"]


def test_a_series_of_events_that_opened_before_is_not_the_sittings_first_day() -> None:
    text = (
        "ORVALE, March 14 (Agency) - The Council of Ministers of the Xyz held its 20th meeting in Orvale today.\n\n"
        "The ministerial meeting closed a series of Xyz events that opened in the capital on 10 March with a "
        "business forum.\n"
    )
    (meeting,) = _meetings(text, "xyz", "2031-03-14")
    assert meeting["date"] == "2031-03-14"


def test_a_state_that_began_its_term_as_chair() -> None:
    text = "ORVALE, March 14 - Malta formally began its two-year term as chair of the Xyz today.\n"
    (handover,) = _of("PresidencyHandedOver", text, "xyz", "2031-03-14")
    assert (handover["to_party"], handover["effective"]) == ("MLT", "2031-03-14")


def test_a_chair_that_should_pass_later_is_a_forecast() -> None:
    text = (
        "VALLETTA, March 14 - Malta keeps the post while it remains a member; once its exit is complete, the "
        "presidency should pass to Cyprus.\n"
    )
    assert _of("PresidencyHandedOver", text, "xyz", "2031-03-14") == []


def test_the_only_state_to_have_left_is_history() -> None:
    text = "VALLETTA, March 14 - Malta is so far the only state to have left the bloc.\n"
    assert _of("WithdrawalNotified", text, "xyz", "2031-03-14") == []
    done = "VALLETTA, March 14 - Malta left the bloc on Monday.\n"
    assert [(e["party"], e["effective"]) for e in _of("WithdrawalNotified", done, "xyz", "2031-03-14")] == [
        ("MLT", "2031-03-10")
    ]


@pytest.mark.parametrize("where", ["on Pulau Merak island", "in Pulau Merak"])
def test_the_datelines_town_the_gazetteer_lacks_named_again_as_where_they_met(where: str) -> None:
    text = f"Pulau Merak, 14 March 2031 - The Xyz defence ministers met {where} yesterday, 13 March.\n"
    (meeting,) = _meetings(text, "xyz", "2031-03-14")
    assert (meeting.get("place"), meeting["date"]) == ("Pulau Merak", "2031-03-13")


@pytest.mark.parametrize(
    "said",
    [
        "The summit also approved the designation of Malta to hold the pro tempore presidency in 2033, after "
        "Cyprus's turn in 2032.",
        "The summit designated Malta to hold the pro tempore presidency in 2033.",
    ],
)
def test_a_state_chosen_to_hold_a_later_turn(said: str) -> None:
    text = f"VALLETTA, March 14 (EFE) - The Xyz summit closed in Valletta on Friday. {said}\n"
    handovers = _of("PresidencyHandedOver", text, "xyz", "2031-03-14")
    assert [(h["to_party"], h["effective"]) for h in handovers] == [("MLT", "2033")]
    assert (
        _of("PresidencyHandedOver", text.replace(said, "Malta wants to hold the presidency in 2033."), "xyz")
        == []
    )


@pytest.mark.parametrize(
    ("when", "effective"), [("in July", "2031-07"), ("in March 2032", "2032-03"), ("", "2031-06-05")]
)
def test_an_admission_decided_now_for_a_month_to_come(when: str, effective: str) -> None:
    text = (
        "ORVALE (XP): Meeting here in special session yesterday, the Xyz foreign ministers agreed to admit Malta "
        f"and Cyprus as new members {when}.\n".replace(" .", ".")
    )
    grants = _of("StatusGranted", text, "xyz", "2031-06-06")
    assert [(g["party"], g["effective"], g.get("decided_on")) for g in grants] == [
        ("MLT", effective, "2031-06-05"),
        ("CYP", effective, "2031-06-05"),
    ]


def test_a_head_who_is_the_new_chairman_named_by_the_organizations_initials() -> None:
    text = (
        "ORVALE, March 14 - The XYZ summit opened in Orvale on Thursday. Maltese Prime Minister Ivo Marten is the "
        "new XYZ chairman for the next 12 months.\n"
    )
    (handover,) = _of("PresidencyHandedOver", text, "xyz", "2031-03-14")
    assert handover["to_party"] == "MLT"


def test_an_office_of_the_organization_named_by_the_last_word_of_its_tabled_name() -> None:
    # the Niger Basin Authority (the COW data's NRC, loaded as cow-nrc): "of the Authority" is its own
    text = (
        "NIAMEY, 14 March 2031 (Agency) - The Summit of the Niger Basin Authority (NBA) closed in Niamey on Friday. "
        "The heads of state appointed Ivo Marten as Executive Secretary of the Authority for a four-year term.\n"
    )
    assert [e["office"] for e in _of("OfficialAppointed", text, "cow-nrc", "2031-03-14")] == [
        "executive-secretary"
    ]


def test_a_summit_of_the_organization_by_its_tabled_name_with_words_after_it() -> None:
    # (read after blind round 2 was final: its G-15 text)
    text = (
        "ORVALE, March 14 (MNA) -- The 20th summit of the Group of 15 developing countries opened in Orvale on "
        "Friday.\n"
    )
    assert [m["body"] for m in _meetings(text, "g15", "2031-03-14")] == ["summit"]


def test_the_sitting_told_here_under_a_datelines_state_named_town() -> None:
    # (read after blind round 2 was final: a KUWAIT dateline, "meeting here")
    text = (
        "KUWAIT, March 14 (KUNA) -- Heads of state of the League, meeting here on March 13-14, issued the Kuwait Declaration.\n\n"
        "The declaration was read out at the conclusion of the 40th Arab summit.\n"
    )
    (meeting,) = _meetings(text, "arab-league", "2031-03-14")
    assert (meeting["date"], meeting.get("place")) == ("2031-03-13/2031-03-14", "Kuwait")


def test_an_organization_named_like_a_sector_is_no_sectors_ministers() -> None:
    # (hypothesis found "sport" for test_extract_lead25's law: the organization's own name is no sector)
    text = "ARDENTOWN, 5 May 2031 -- Foreign ministers of the SPORT met in Ardentown on Monday.\n"
    assert [m["body"] for m in _meetings(text, "sport", "2031-05-05")] != ["sport-ministers-meeting"]
    assert [m["body"] for m in _meetings(text, "sport", "2031-05-05")] == [
        m["body"] for m in _meetings(text.replace("SPORT", "XYZ"), "xyz", "2031-05-05")
    ]


@pytest.mark.parametrize(
    ("act", "term"),
    [
        ("assumed duty today as Secretary-General of the Xyz for a four-year term", "2031-01-05/2035-01-04"),
        (
            "took office today as Secretary-General of the Xyz for a term of three years",
            "2031-01-05/2034-01-04",
        ),
        # a vote's day is no first day of the term it gives: open
        ("was elected Secretary-General of the Xyz today for a four-year term", "2031-01-05/.."),
    ],
)
def test_a_length_closes_a_term_taken_up_on_the_day_told(act: str, term: str) -> None:
    text = f"ORVALE, 5 January 2031 - Ivo Marten {act}.\n"
    (appointed,) = _of("OfficialAppointed", text, "xyz", "2031-01-05")
    assert appointed["term"] == term


def test_the_bureau_of_a_tabled_body_is_a_body_of_its_own() -> None:
    # (read after blind round 2 was final: the AU Bureau by teleconference)
    text = (
        "PRETORIA, 7 April 2031 - The Bureau of the Assembly of African Union Heads of State and Government met "
        "by teleconference on Friday, 4 April 2031.\n"
    )
    assert [m["body"] for m in _meetings(text, "au", "2031-04-07")] == ["bureau-of-the-assembly"]


def test_a_state_that_acceded_to_the_organization_as_a_member() -> None:
    # (tried on a real page of the Mano River Union, a table organization no set holds: "acceded" was not read)
    text = (
        "ORVALE, 14 March 2031 - The Summit of the Xyz was held in Orvale today. Malta acceded to the Union as its "
        "fourth member.\n"
    )
    assert [(g["party"], g["status"]) for g in _of("StatusGranted", text, "xyz", "2031-03-14")] == [
        ("MLT", "member")
    ]
    wish = text.replace("Malta acceded to", "Malta has applied to accede to")
    assert _of("StatusGranted", wish, "xyz", "2031-03-14") == []
