"""Session 34 (issue 14): what the read round 2 of session 33 (set 83 and its real pages) and the blind round 1
of this session showed. Each case is one of a class; the sentences are invented (persons, towns and organizations
where a real one is not the point), dated in 2031 where a weekday matters (14 March 2031 is a Friday).
"""

from __future__ import annotations

import pytest

from tests.conftest import lead_events as _of
from tests.conftest import lead_meetings as _meetings

# --- bodies ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sitting", "body"),
    [
        (
            "The 4th meeting of Heads of Authorities of the Member States of the Xyz Cooperation Organisation "
            "(XYZ) for Emergency Prevention",
            "heads-of-emergency-authorities",
        ),
        (
            "The third meeting of the heads of customs services of the XYZ member states",
            "heads-of-customs-services",
        ),
        (
            "The second meeting of the heads of border agencies of Xyz member states' departments for disaster "
            "relief",
            "heads-of-border-agencies",
        ),
        (
            "The fifth meeting of the heads of regional agencies of the Xyz member states' departments for "
            "disaster prevention",
            "heads-of-regional-disaster-agencies",
        ),
    ],
)
def test_the_heads_of_a_sectors_agencies_sit_apart_from_the_heads_of_state(sitting: str, body: str) -> None:
    text = f"Pellavo, March 15 (Agency): {sitting} was held in Pellavo on Friday.\n"
    [meeting] = _meetings(text, "xyz")
    assert meeting["body"] == body
    assert meeting["date"] == "2031-03-14"


# --- meetings -------------------------------------------------------------------------------------------------


def test_a_declarations_signatories_at_the_sitting_they_name_tell_it_held() -> None:
    text = (
        "Declaration of the Third Xyz Transport Ministers Meeting\n\n"
        "We, the Ministers of Transport of Kazakhstan, Kyrgyzstan and Uzbekistan, on the 14th of March 2031 in "
        'Almaty, Kazakhstan, at the 3rd Xyz Ministers of Transport Meeting under the theme "Roads for All"\n\n'
        "Recalling our earlier commitments;\n\nHereby agree to deepen cooperation.\n"
    )
    [meeting] = _meetings(text, "xyz", None)
    assert (meeting["date"], meeting["place"]) == ("2031-03-14", "Almaty")
    assert "transport" in meeting["body"]


def test_a_declarations_signatories_at_a_sitting_still_to_come_tell_nothing_held() -> None:
    text = (
        "We, the Ministers of Transport of Ruritania, Borduria and Syldavia, who will gather next year, at the "
        "4th Xyz Ministers of Transport Meeting, shall review the plan.\n"
    )
    assert _meetings(text, "xyz", "2031-03-15") == []


def test_a_sittings_weekday_on_a_page_with_no_day_is_the_day_its_introduction_writes() -> None:
    # 15 March 2031 is a Saturday; the page gives no day of its own
    text = (
        "Xyz Extraordinary Summit on River Safety\n\n"
        "The heads of state of the Xyz will meet in Almaty on 15 March 2031 to agree on a charter.\n\n"
        "Leaders adopt the Almaty Charter\n\n"
        "Eleven states adopted a binding charter on river safety in Almaty on Saturday. The text was approved at "
        "an extraordinary summit of the Xyz.\n"
    )
    [meeting] = _meetings(text, "xyz", None)
    assert (meeting["date"], meeting["place"]) == ("2031-03-15", "Almaty")


def test_a_weekday_that_no_day_written_in_full_falls_on_leaves_the_sitting_undated() -> None:
    # 15 March 2031 is a Saturday, not a Friday: the day is not the one written
    text = (
        "The heads of state of the Xyz will meet in Almaty on 15 March 2031 to agree on a charter.\n\n"
        "Eleven states adopted a binding charter on river safety in Almaty on Friday. The text was approved at "
        "an extraordinary summit of the Xyz.\n"
    )
    assert _meetings(text, "xyz", None) == []


# --- attendance -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("style", ["Dato’ Seri", "Dato' Seri", "Tan Sri", "Datuk Seri"])
def test_a_chair_named_with_a_malay_style_and_a_patronymic_is_one_person(style: str) -> None:
    text = (
        "KUALA LUMPUR, 15 March 2031 - The Fifth Meeting of Xyz Tourism Ministers was held on 14 March in Kuala "
        "Lumpur, Malaysia.\n\n"
        f"The Meeting was chaired by {style} Ahmad Faizal bin Osman, Minister of Tourism of Malaysia, and "
        "Kyaw Min Thant, Union Minister of Hotels of Myanmar served as Vice Chair.\n"
    )
    [meeting] = _meetings(text, "xyz")
    names = [p["person"] for p in meeting["participants"]]
    assert names.count("Ahmad Faizal bin Osman") == 1
    assert not any("Seri" in n or "Sri" in n for n in names)
    faizal = next(p for p in meeting["participants"] if p["person"] == "Ahmad Faizal bin Osman")
    assert "chaired" not in faizal.get("role", "")
    assert meeting["chair"]["person"] == "Ahmad Faizal bin Osman"


# --- sittings to come -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("sitting", ["an Extraordinary Summit of Heads of State", "an Extraordinary Summit"])
def test_a_summit_the_organization_will_hold_named_in_full_is_scheduled(sitting: str) -> None:
    text = (
        f"LILONGWE, March 15 -- The Xyz Development Community (XYZ) will hold {sitting} in Maputo, Mozambique, on "
        "Wednesday, 19 March 2031, its Secretariat said on Friday.\n"
    )
    [planned] = _of("MeetingScheduled", text, "xyz")
    assert (planned["date"], planned["host"], planned.get("place")) == ("2031-03-19", "MOZ", "Maputo")
    assert _meetings(text, "xyz") == []


def test_a_council_that_meets_on_a_weekday_in_a_preview_sits_after_the_texts_day() -> None:
    # 15 March 2031 is a Saturday; the Tuesday to come is 18 March, the Tuesday before is 11 March
    text = (
        "LILONGWE, March 15 -- The Xyz will hold an Extraordinary Summit in Maputo, Mozambique, on 19 March 2031. "
        "The Council of Ministers meets on Tuesday to prepare it.\n"
    )
    assert _meetings(text, "xyz") == []
    planned = _of("MeetingScheduled", text, "xyz")
    assert "2031-03-11" not in [p["date"] for p in planned]


@pytest.mark.parametrize(
    "intro",
    [
        "The leaders or envoys named in the final communique were:",
        "The heads of state were:",
        "The participants listed in the communique were:",
    ],
)
def test_those_listed_after_a_colon_as_the_leaders_attend_and_are_not_appointed(intro: str) -> None:
    text = (
        "ABUJA, March 15 (Agency) -- ECOWAS leaders held the fiftieth ordinary session of their Authority "
        f"in Abuja on Friday. {intro} Alassane Ouattara, President of Côte d'Ivoire; "
        "John Dramani Mahama, President of Ghana; Alpha Barry, Minister of Foreign Affairs of Burkina Faso; and "
        "Cesar Monteiro, Ambassador of Cabo Verde in Senegal.\n"
    )
    [meeting] = _meetings(text, "ecowas")
    assert {(p["person"], p.get("party")) for p in meeting["participants"]} >= {
        ("Alassane Ouattara", "CIV"),
        ("John Dramani Mahama", "GHA"),
        ("Alpha Barry", "BFA"),
        ("Cesar Monteiro", "CPV"),
    }
    assert _of("OfficialAppointed", text, "ecowas") == []


@pytest.mark.parametrize("event", ["the presidential election of", "the referendum held on", "the coup of"])
def test_the_day_of_another_event_in_the_sittings_sentence_is_not_its_day(event: str) -> None:
    # no publication day: "on Saturday" cannot be placed, and the day written is the other event's
    text = (
        f"Leaders of West Africa meeting in Abuja on Saturday said that the result of {event} 1 March 2031 had "
        "to stand.\n\n"
        "It was the fiftieth ordinary session of the ECOWAS Authority, held in "
        "the Nigerian capital.\n"
    )
    assert [m.get("date") for m in _meetings(text, "ecowas", None)] == []


def test_the_next_session_the_body_will_hold_is_scheduled_though_the_sittings_day_is_unknown() -> None:
    text = (
        "ECOWAS leaders held the fiftieth ordinary session of their Authority in Abuja on "
        "Saturday. The Authority will hold its next ordinary session in Monrovia in 2032.\n"
    )
    [planned] = _of("MeetingScheduled", text, "ecowas", None)
    assert (planned["body"], planned["host"], planned["date"]) == ("authority", "LBR", "2032")


def test_those_the_talks_involved_attend_with_the_state_told_before_the_first_title() -> None:
    text = (
        "Moscow, 14 March 2031 - The Council of Heads of State of the Xyz held its twentieth meeting in Moscow on "
        "Friday. The talks involved Kazakh First Deputy Prime Minister Karel Vondrak, Foreign Minister Ivo "
        "Maresh, Minister for Xyz Affairs Petr Sova and Interior Minister Jan Kolar.\n"
    )
    [meeting] = _meetings(text, "xyz")
    got = {(p["person"], p.get("party")) for p in meeting["participants"]}
    assert got >= {
        ("Karel Vondrak", "KAZ"),
        ("Ivo Maresh", "KAZ"),
        ("Petr Sova", "KAZ"),
        ("Jan Kolar", "KAZ"),
    }


def test_a_list_of_two_states_gives_no_state_to_a_title_without_one() -> None:
    text = (
        "Moscow, 14 March 2031 - The Council of Heads of State of the Xyz held its twentieth meeting in Moscow on "
        "Friday. The talks involved Kazakh Foreign Minister Ivo Maresh, Kyrgyz Foreign Minister Jan Kolar "
        "and Minister for Xyz Affairs Petr Sova.\n"
    )
    [meeting] = _meetings(text, "xyz")
    sova = next(p for p in meeting["participants"] if p["person"] == "Petr Sova")
    assert sova.get("party") is None


@pytest.mark.parametrize(
    "told",
    [
        "The summit closed on Friday after the election of President Karel Vondrak of Kazakhstan, as its new Chairman.",
        "The summit elected President Karel Vondrak of Kazakhstan as its new Chairman.",
    ],
)
def test_the_head_the_summit_elected_to_chair_it_attends(told: str) -> None:
    text = (
        "Almaty, 15 March 2031 - The Xyz's 31st regular summit of heads of state took place in "
        f"Almaty on Friday. {told}\n"
    )
    [meeting] = _meetings(text, "xyz")
    assert ("Karel Vondrak", "KAZ") in {(p["person"], p.get("party")) for p in meeting["participants"]}


def test_a_head_elected_to_chair_another_body_told_as_background_is_not_made_present() -> None:
    text = (
        "Almaty, 15 March 2031 - The Xyz's 31st regular summit of heads of state took place in "
        "Almaty on Friday. In 2029 the Abc Forum had elected President Karel Vondrak of Kazakhstan as its chairman.\n"
    )
    [meeting] = _meetings(text, "xyz")
    assert "Karel Vondrak" not in [p["person"] for p in meeting["participants"]]


def test_a_first_person_declarations_sitting_is_the_one_its_heading_names() -> None:
    text = (
        "Xyz-EU Ministerial Meeting\nFinal Declaration\n\n"
        "1. We, the Ministers of Foreign Affairs of the Xyz and of the European Union, meeting in Santo Domingo on "
        "13 and 14 March 2031 for our first Inter-Summit meeting, set out the following.\n\n"
        "2. We stress the value of the partnership between our two regions.\n"
    )
    [meeting] = _meetings(text, "xyz", None)
    assert (meeting["body"], meeting["date"], meeting["place"]) == (
        "eu-ministerial-meeting",
        "2031-03-13/2031-03-14",
        "Santo Domingo",
    )


def test_a_joint_ministerial_meeting_with_another_organization_is_named_by_it() -> None:
    text = (
        "CAIRO, 14 March 2031 - The Xyz's foreign ministers and those of the European Union held their third "
        "joint ministerial meeting today in Cairo and adopted a declaration.\n"
    )
    [meeting] = _meetings(text, "xyz")
    assert (meeting["body"], meeting["date"], meeting["place"]) == (
        "eu-ministerial-meeting",
        "2031-03-14",
        "Cairo",
    )


@pytest.mark.parametrize("dateline", ["PANAMA CITY, Panama—", "PANAMA CITY, March 14 - "])
def test_a_body_acting_in_its_session_tells_the_session_held(dateline: str) -> None:
    text = (
        f"March 14, 2031\n\n{dateline}In its closing plenary sitting, the General Assembly of the OAS approved "
        "several resolutions.\n"
    )
    [meeting] = _meetings(text, "oas", "2031-03-14")
    assert (meeting["body"], meeting["date"]) == ("general-assembly", "2031-03-14")


def test_a_body_acting_in_its_next_session_tells_no_session_held() -> None:
    text = "PANAMA CITY, March 14 - In its next session, the General Assembly of the OAS will consider the draft.\n"
    assert _meetings(text, "oas", "2031-03-14") == []


def test_a_dateline_that_opens_with_the_united_nations_is_placed_in_its_town() -> None:
    text = (
        "United Nations, New York, 14 March 2031\n\n"
        "Xyz foreign ministers gathered today at United Nations Headquarters for their annual meeting and "
        "adopted a declaration.\n"
    )
    [meeting] = _meetings(text, "xyz", None)
    assert (meeting["date"], meeting["place"]) == ("2031-03-14", "New York")


def test_a_state_that_will_organise_a_summit_hosts_it() -> None:
    text = (
        "ALMATY, March 15 - The 16th Summit of the Xyz ended on Friday. The leaders' choice became known: "
        "Armenia will organise the 17th Summit in 2033.\n"
    )
    [planned] = _of("MeetingScheduled", text, "xyz")
    assert (planned["body"], planned["host"], planned["date"]) == ("summit", "ARM", "2033")


def test_a_presidency_handover_told_as_a_noun_hands_it_over() -> None:
    # 15 March 2031 is a Saturday
    text = (
        "ALMATY, March 16 - The 16th Summit of the Xyz ended on Sunday. Kazakhstan's President chaired the summit, "
        "which opened on Saturday with the handover of the Xyz presidency from Senegal to Kazakhstan.\n"
    )
    [handover] = _of("PresidencyHandedOver", text, "xyz", "2031-03-16")
    assert (handover["from_party"], handover["to_party"], handover["effective"]) == (
        "SEN",
        "KAZ",
        "2031-03-15",
    )


@pytest.mark.parametrize(
    ("org", "members"),
    [("xyz", ""), ("csto", " of the member states of the CSTO")],
)
def test_a_numbered_sitting_of_a_council_named_in_full_is_scheduled(org: str, members: str) -> None:
    text = (
        f"ASTANA, March 8 - The eleventh sitting of the Coordination Council for Emergency Situations{members} is "
        "to be held in Almaty on March 12, the press service said.\n"
    )
    [planned] = _of("MeetingScheduled", text, org, "2031-03-08")
    assert (planned["body"], planned["host"], planned["date"], planned.get("place")) == (
        "coordination-council-for-emergency-situations",
        "KAZ",
        "2031-03-12",
        "Almaty",
    )


def test_the_session_the_heads_will_hold_days_after_the_dateline_sits_in_its_town() -> None:
    text = (
        "ADDIS ABABA, 12 March 2031 (ENA) - The Twentieth Ordinary Session of the Executive Council of the African "
        "Union opened today.\n\n"
        "The Heads of State and Government will hold the 18th Session of the Assembly of the Union on 15 "
        "and 16 March under the theme of trade.\n"
    )
    [planned] = _of("MeetingScheduled", text, "au", "2031-03-12")
    assert (planned["body"], planned["host"], planned["date"], planned.get("place")) == (
        "assembly",
        "ETH",
        "2031-03-15/2031-03-16",
        "Addis Ababa",
    )


# --- documents ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    ["proposed by Argentina's delegation for the plenary's consideration", "submitted by Chile"],
)
def test_a_document_approved_after_it_was_proposed_for_consideration_is_adopted(path: str) -> None:
    text = (
        "PANAMA CITY, March 14, 2031 - The General Assembly of the OAS held its final plenary session in Panama "
        f"City today. The Assembly then approved a Declaration on the Status of the Islands, {path}.\n"
    )
    [document] = _of("DocumentAdopted", text, "oas", "2031-03-14")
    assert document["title"] == "Declaration on the Status of the Islands"


def test_a_document_proposed_for_consideration_at_a_later_sitting_is_not_adopted() -> None:
    text = (
        "PANAMA CITY, March 14, 2031 - The General Assembly of the OAS held its final plenary session in Panama "
        "City today. A Declaration on the Islands was proposed for consideration at the next session.\n"
    )
    assert _of("DocumentAdopted", text, "oas", "2031-03-14") == []


@pytest.mark.parametrize("aside", ["at the urging of Colombia's government", "at the request of Chile"])
def test_an_aside_between_the_verb_and_the_document_keeps_the_adoption(aside: str) -> None:
    text = (
        "PANAMA CITY, March 14, 2031 - The General Assembly of the OAS held its final plenary session in Panama "
        f"City today. The members further approved, {aside}, a Declaration on Peace Talks in Colombia.\n"
    )
    [document] = _of("DocumentAdopted", text, "oas", "2031-03-14")
    assert document["title"] == "Declaration on Peace Talks in Colombia"


# --- statuses -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("rank", ["seventeenth", "17th", "twenty-first"])
def test_a_state_admitted_as_the_nth_member_is_granted_membership(rank: str) -> None:
    text = (
        "ALMATY, March 15 - Xyz foreign ministers met for the second time in Almaty on March 14, "
        f"2031. Thailand was admitted as the {rank} member of the Xyz.\n"
    )
    [grant] = _of("StatusGranted", text, "xyz")
    assert (grant["party"], grant["status"], grant["effective"]) == ("THA", "member", "2031-03-14")


def test_the_regions_a_declaration_assessed_are_no_one_present() -> None:
    text = (
        "ALMATY, March 15 - Xyz foreign ministers met for the second time in Almaty on March 14, "
        "2031. The meeting's Declaration included a review of the state of affairs, including Libya, "
        "Yemen, Middle East, Central Asia, and Sahel.\n"
    )
    [meeting] = _meetings(text, "xyz")
    assert [p["person"] for p in meeting["participants"]] == []


def test_a_speech_named_by_its_speakers_possessive_gives_the_speakers_name() -> None:
    text = (
        "BUCHAREST, March 14 - The Xyz summit opened in Bucharest today with speeches of welcome. Their speech "
        "was followed shortly by French President Karel Vondrak’s, who thanked Kazakh authorities for hosting this summit.\n\n"
        "Top participants include French President Karel Vondrak and Canadian PM Ivo Maresh.\n"
    )
    [meeting] = _meetings(text, "xyz", "2031-03-14")
    assert [p["person"] for p in meeting["participants"] if "Vondrak" in p["person"]] == ["Karel Vondrak"]


def test_a_numbered_session_of_the_organization_itself_stays_its_session() -> None:
    text = (
        "Oslo to host the 80th Session of the Nordic Council\n\n19.03.31 | News\n\n"
        "The 80th Session of the Nordic Council will be held in Oslo from 28 to 30 October 2031.\n"
    )
    [planned] = _of("MeetingScheduled", text, "nordic-council", "2031-03-19")
    assert (planned["body"], planned["host"]) == ("session", "NOR")


@pytest.mark.parametrize(
    ("who", "body"), [("customs chiefs", "customs-chiefs-meeting"), ("leaders", "summit")]
)
def test_a_sectors_chiefs_after_the_organizations_name_are_no_summit(who: str, body: str) -> None:
    text = f"The 11th meeting of Xyz {who} was held on 12-13 March 2031 in New Delhi, India.\n"
    [meeting] = _meetings(text, "xyz", "2031-03-15")
    assert meeting["body"] == body


def test_a_delegation_of_a_state_led_by_a_minister_titled_mr_is_that_states() -> None:
    text = (
        "The foreign ministers' council of the BSEC met on March 14, 2031 in Thessaloniki, Greece.\n\n"
        "Delegation of the Republic of Kazakhstan was led by the Deputy Foreign Minister Mr. Karel Vondrak.\n"
    )
    [meeting] = _meetings(text, "bsec")
    assert ("Karel Vondrak", "KAZ") in {(p["person"], p.get("party")) for p in meeting["participants"]}


def test_those_leading_the_delegations_named_with_their_states_possessives_attend() -> None:
    text = (
        "MOSCOW, March 15 - The eighth meeting of SCO education ministers was held in Moscow on Friday. Delegations "
        "came from the ministries of India, Kazakhstan, China and Tajikistan. Among those leading them were "
        "China's Minister of Education Li Wen, Kazakhstan's Minister of Science Karel Vondrak and Ivo Maresh of "
        "Tajikistan.\n"
    )
    [meeting] = _meetings(text, "sco")
    assert {(p["person"], p.get("party")) for p in meeting["participants"]} == {
        ("Li Wen", "CHN"),
        ("Karel Vondrak", "KAZ"),
        ("Ivo Maresh", "TJK"),
    }


def test_three_co_chairs_one_told_by_a_title_with_its_article_all_attend() -> None:
    text = (
        "CAIRO, 14 March 2031 - Xyz and EU foreign ministers held their joint ministerial meeting today in Cairo. "
        "The meeting was chaired jointly by Tunisian Foreign Minister Karel Vondrak, the EU High Representative "
        "for Foreign Affairs, Ivo Maresh, and Xyz Secretary General Jan Kolar.\n"
    )
    [meeting] = _meetings(text, "xyz")
    assert meeting["chair"]["person"] == "Karel Vondrak"
    assert {p["person"]: p.get("party") for p in meeting["participants"]} == {
        "Karel Vondrak": "TUN",
        "Ivo Maresh": None,
        "Jan Kolar": None,
    }


def test_a_state_that_hosted_the_summit_hosts_it_on_its_own_days() -> None:
    text = (
        "The Republic of Kazakhstan, under the chairmanship of President Karel Vondrak, successfully hosted the 9th "
        "Xyz Summit on March 13 and 14, 2031, in Lumbaya, showing its commitment to the region.\n\n"
        "The summit concluded the Xyz Week, held from March 10 to 14, 2031, across several cities of the region.\n"
    )
    [meeting] = _meetings(text, "xyz", "2031-03-15")
    # (a town the gazetteer lacks, named once, is no place: the guard of test_extract_meet15, kept)
    assert (meeting["date"], meeting.get("place"), meeting.get("host")) == (
        "2031-03-13/2031-03-14",
        None,
        "KAZ",
    )


def test_a_ministrys_statement_on_the_summits_communique_is_no_document_of_the_summit() -> None:
    text = (
        "Kazakhstan's Foreign Ministry has issued a statement regarding the "
        '"Lumbaya Communique", adopted following the 9th Xyz Summit.\n\n'
        "The 9th Xyz Summit was held on 13-14 March 2031 in Almaty, Kazakhstan. The summit ended with the "
        "adoption of the Almaty Communique.\n"
    )
    titles = [d["title"] for d in _of("DocumentAdopted", text, "xyz", "2031-03-16")]
    assert not any(t.lower().startswith("statement") for t in titles)
    assert "Almaty Communique" in titles


@pytest.mark.parametrize("joined", [", involving", ", bringing together", " with the participation of"])
def test_a_meeting_told_by_whom_it_involved_is_of_those_heads(joined: str) -> None:
    text = (
        f"On March 14, 2031, the Xyz Secretariat in Kyiv hosted a meeting{joined} the heads of customs services of "
        "Xyz member states.\n"
    )
    [meeting] = _meetings(text, "xyz")
    assert (meeting["body"], meeting["date"], meeting.get("place")) == (
        "heads-of-customs-services",
        "2031-03-14",
        "Kyiv",
    )


def test_the_protocol_the_sittings_members_signed_is_its_own_record() -> None:
    text = (
        "MOSCOW, March 15 - The 10th meeting of heads of SCO emergency agencies was held in Moscow on Friday. "
        "At its close the heads of the agencies signed a protocol.\n"
    )
    [meeting] = _meetings(text, "sco")
    assert meeting["body"] == "heads-of-emergency-departments"
    [document] = _of("DocumentAdopted", text, "sco")
    assert (document["title"], document["adopted_on"]) == ("Protocol of the meeting", "2031-03-14")


def test_a_protocol_on_a_subject_signed_at_the_sitting_is_not_its_record() -> None:
    text = (
        "MOSCOW, March 15 - The 10th meeting of heads of SCO emergency agencies was held in Moscow on Friday. "
        "The heads signed a protocol on joint exercises.\n"
    )
    assert "Protocol of the meeting" not in [d["title"] for d in _of("DocumentAdopted", text, "sco")]


def test_a_plan_adopted_as_a_ministry_reports_is_the_sittings() -> None:
    text = (
        "BISHKEK, March 15 - The Xyz defence ministers' council met in Bishkek on Friday. According to the Kyrgyz "
        "Defence Ministry, the council considered and adopted a Plan of Defence Cooperation for 2032-2036.\n"
    )
    titles = [d["title"] for d in _of("DocumentAdopted", text, "xyz")]
    assert titles == ["Plan of Defence Cooperation for 2032-2036"]


# --- after round 2 was scored and read ------------------------------------------------------------------------


def test_a_sitting_held_by_video_conference_takes_no_town_from_the_lede() -> None:
    text = (
        "CAIRO, 14 March 2031 - Xyz foreign ministers on Friday condemned the shelling in Jerusalem and urged "
        "an end to the fighting.\n\n"
        "The ministers met in an emergency session of the Xyz Council, held by video conference at the request "
        "of Jordan.\n"
    )
    [meeting] = _meetings(text, "xyz")
    assert meeting["date"] == "2031-03-14"
    assert "place" not in meeting and meeting.get("host") != "ISR"


def test_a_council_of_the_heads_named_with_the_organizations_member_states_keeps_its_own_name() -> None:
    text = (
        "Dushanbe, 14 March 2031 - Dushanbe hosted the 80th sitting of the Council of Heads of Customs Services "
        "of the CIS Member States on Friday.\n"
    )
    [meeting] = _meetings(text, "cis")
    assert meeting["body"] == "council-of-heads-of-customs-services"


def test_a_hybrid_summit_one_leader_travelled_to_keeps_its_town() -> None:
    text = (
        "SANTIAGO, March 14 -- Chilean President Karel Vondrak chaired the 16th Summit of the Xyz on Friday from "
        "the presidential palace.\n\n"
        "The summit was held by videoconference. Colombian President Ivo Maresh was the only leader who travelled "
        "to Santiago, while the others took part by video link.\n"
    )
    [meeting] = _meetings(text, "xyz", "2031-03-14")
    assert (meeting["date"], meeting.get("place")) == ("2031-03-14", "Santiago")


def test_a_sitting_told_in_the_clause_of_the_town_where_it_was_held_is_held_there() -> None:
    text = (
        "ASTANA, March 14 - The prosecutors general of the SCO member states chose China on Friday as the venue "
        "of their next session, to be held in 2032.\n\n"
        "Kazakhstan's Prosecutor General Karel Vondrak announced the choice in Astana, where the prosecutors general "
        "held their 15th session.\n"
    )
    [meeting] = _meetings(text, "sco", "2031-03-14")
    assert (meeting["body"], meeting["date"], meeting.get("place")) == (
        "prosecutors-general-conference",
        "2031-03-14",
        "Astana",
    )


def test_a_sitting_told_in_the_past_perfect_of_the_town_is_no_sitting_held() -> None:
    text = (
        "ASTANA, March 14 - Karel Vondrak spoke in Astana, where the prosecutors general had held their 14th "
        "session in 2029.\n"
    )
    assert _meetings(text, "sco", "2031-03-14") == []
