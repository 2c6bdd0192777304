"""Twenty-eighth session (issue 14): classes the sessions' read sets showed, measured on every set.

The texts and organizations here are invented (three real organizations are named for their body tables).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.extract_run import events, held

sys.path.insert(0, str(Path(__file__).resolve().parent / "heldout"))
from score import body_key, gold_place  # noqa: E402

# --- the heads as people: a summit of Prime Ministers of Xyz Group countries


@pytest.mark.parametrize(
    "sentence",
    [
        "The summit of Prime Ministers of Xylo Group countries was held on 13 May 2031 in Lima, Peru.",
        "A summit of presidents of Peru, Chile and Bolivia was held in Lima on 13 May 2031.",
        "A summit of Heads of State of Xylo Group countries took place in Lima on 13 May 2031.",
    ],
)
def test_a_summit_of_heads_named_as_people_is_the_summit(sentence: str) -> None:
    assert held(sentence + "\n", "xyz", "2031-05-14")["body"] == "summit"


def test_the_prime_ministers_of_an_organization_with_a_heads_of_government_council_sit_in_it() -> None:
    text = "A meeting of the Prime Ministers of the Commonwealth of Independent States was held in Minsk on 13 May 2031.\n"
    assert held(text, "cis", "2031-05-14")["body"] == "council-of-heads-of-government"


@pytest.mark.parametrize(
    "sentence, body",
    [
        (
            "The ministers signed two agreements at the 4th meeting of the XYZ member countries' transport"
            " ministers in Lima on 13 May 2031.",
            "transport-ministers-meeting",
        ),
        ("The Xylo Group foreign ministers met in Lima on 13 May 2031.", "foreign-ministers-meeting"),
    ],
)
def test_ministers_still_sit_as_ministers(sentence: str, body: str) -> None:
    assert held(sentence + "\n", "xyz", "2031-05-14")["body"] == body


def test_a_former_name_of_the_organization_is_its_own() -> None:
    text = "The 62nd South Pacific Forum meeting was held in Apia, Samoa, from 13 to 15 May 2031.\n"
    assert held(text, "pif", "2031-05-16")["body"] == "leaders-meeting"


# --- a participant told as to attend a sitting to come


def test_a_minister_who_will_take_part_in_a_sitting_tells_it_to_come() -> None:
    text = (
        "Foreign Minister Ana Ruiz will take part in the ninth session of the XYZ Council of Ministers in Lima on"
        " October 23.\n"
    )
    found = events(text, "xyz", "MeetingScheduled", "2031-10-19")
    assert [(e["body"], e["date"], e.get("place")) for e in found] == [
        ("council-of-ministers", "2031-10-23", "Lima")
    ]
    assert not events(text, "xyz", "MeetingHeld", "2031-10-19")


def test_a_minister_arrived_to_take_part_in_a_sitting_scheduled_for_a_weekday() -> None:
    text = (
        "LIMA, October 15. Defence Minister Ana Ruiz has arrived in Lima to attend the session of the"
        " Council of the Xyz defence ministers scheduled for Thursday.\n"
    )
    found = events(text, "xyz", "MeetingScheduled", "2031-10-15")
    assert [(e["body"], e["date"], e.get("place")) for e in found] == [
        ("council-of-defence-ministers", "2031-10-16", "Lima")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Foreign Minister Ana Ruiz took part in the ninth session of the XYZ Council of Ministers in Lima on"
        " October 13.",
        "Foreign Minister Ana Ruiz will not take part in the ninth session of the XYZ Council of Ministers in"
        " Lima on October 23.",
        "Foreign Minister Ana Ruiz would take part in the ninth session of the XYZ Council of Ministers in Lima"
        " on October 23 if the talks went well.",
    ],
)
def test_no_sitting_to_come_from_a_past_a_refusal_or_a_condition(sentence: str) -> None:
    assert not events(sentence + "\n", "xyz", "MeetingScheduled", "2031-10-19")


# --- the scorer: the organization's body table says which body its summit is


@pytest.mark.parametrize(
    "org, a, b, same",
    [
        ("comesa", "summit", "authority", True),
        ("cis", "summit", "council-of-heads-of-state", True),
        ("cis", "summit", "council-of-heads-of-government", False),
        ("comesa", "summit", "council-of-ministers", False),
        ("xyz", "summit", "council-of-heads-of-state", False),  # no table: its words
        ("xyz", "economy-ministers-meeting", "economic-ministers-meeting", True),
        ("xyz", "economy-ministers-meeting", "energy-ministers-meeting", False),
        ("sco", "prosecutors-general-meeting", "prosecutors-general-conference", True),
        ("sco", "prosecutors-general-meeting", "justice-ministers-meeting", False),
    ],
)
def test_bodies_compared_through_the_organizations_table(org: str, a: str, b: str, same: bool) -> None:
    assert (body_key(a, org) == body_key(b, org)) is same


# --- a date line under a headline; a party's own gain of a status; the organization's name is no organ


def test_a_date_line_under_a_headline_is_the_dateline() -> None:
    text = (
        "Xyz transport ministers meet in Lima, agree on a road plan\n\n"
        "14 May 2031 - Transport ministers of the XYZ member states held their fifth XYZ Transport Ministers"
        " Meeting on Tuesday, 13 May.\n"
    )
    event = held(text, "xyz", "2031-05-14")
    assert (event["date"], event.get("place")) == ("2031-05-13", "Lima")


@pytest.mark.parametrize(
    "sentence, day",
    [
        ("Peru has obtained observer status at the XYZ.", "2031-05-14"),
        ("Peru gained the status of an observer in the XYZ on Tuesday.", "2031-05-13"),
    ],
)
def test_a_party_that_obtained_a_status_was_granted_it(sentence: str, day: str) -> None:
    found = events(f"LIMA, May 14 - {sentence}\n", "xyz", "StatusGranted", "2031-05-14")
    assert [(e["party"], e["status"], e["effective"]) for e in found] == [("PER", "observer", day)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Peru hopes to obtain observer status at the XYZ next year.",
        "Peru has obtained observer status at the United Nations General Assembly.",
        "Peru obtained observer status at the XYZ in 2009, and now seeks membership.",
    ],
)
def test_no_status_gained_from_a_hope_another_body_or_history(sentence: str) -> None:
    assert not events(f"LIMA, May 14 - {sentence}\n", "xyz", "StatusGranted", "2031-05-14")


def test_ministers_of_an_organization_named_council_sit_in_its_council_of_ministers() -> None:
    text = (
        "Lima, 14 May 2031 - Ministers and senior representatives of the member states of the Council of the"
        " Andean Lake States (XYZ) held a video conference on Tuesday, 13 May.\n"
    )
    assert held(text, "xyz", "2031-05-14")["body"] == "council-of-ministers"


# --- a list of heads with their portfolios and a style in lower case; a pronoun's predecessor


def test_heads_with_a_portfolio_and_a_lower_case_style_sit_as_heads() -> None:
    text = (
        "The XYZ Heads of Government held their Ninth Regular Meeting in Lima, Peru on 12 - 13 May, 2031.\n\n"
        "The Heads of Government attending were: Hon. Ana Ruiz, Prime Minister and Minister of"
        " Foreign Affairs, Antigua and Barbuda; His Excellency dr. Pedro Soto, President of the Cooperative"
        " Republic of Guyana; Rt. Hon. Juan Vega, Prime Minister of Jamaica; Hon. Rosa Diaz, Prime Minister and"
        " Minister of finance and Tourism, Saint Lucia.\n"
    )
    people = {(p["person"], p["party"], p["role"]) for p in held(text, "xyz", "2031-05-14")["participants"]}
    assert people == {
        ("Ana Ruiz", "ATG", "head of government"),
        ("Pedro Soto", "GUY", "head of state"),
        ("Juan Vega", "JAM", "head of government"),
        ("Rosa Diaz", "LCA", "head of government"),
    }


def test_the_predecessor_a_pronoun_succeeds_is_no_new_chair() -> None:
    text = (
        "LIMA, May 14 - The XYZ summit was held by video link on Tuesday. She succeeds Chile's President Juan"
        " Vega, the outgoing chair, and will hold the post for two years.\n"
    )
    assert not events(text, "xyz", "PresidencyHandedOver", "2031-05-14")


def test_a_head_named_by_a_pronoun_with_his_state_holds_the_chair() -> None:
    text = (
        "LIMA, May 14 - The XYZ summit was held in Lima on Tuesday. He, as President of Peru, will hold the"
        " chairmanship for two years.\n"
    )
    assert [e["to_party"] for e in events(text, "xyz", "PresidencyHandedOver", "2031-05-14")] == ["PER"]


# --- a town named only in the headline above a dateline; a region and a state after "in"


def test_a_sitting_to_come_in_the_town_its_headline_names() -> None:
    text = (
        "Xyz prime ministers to meet in Quito on 5 June\n\n14 May 2031 - The heads of government of the XYZ will"
        " hold their next council on 5 June in the Ecuadorian city.\n"
    )
    found = events(text, "xyz", "MeetingScheduled", "2031-05-14")
    assert [(e["date"], e.get("place"), e.get("host")) for e in found] == [("2031-06-05", "Quito", "ECU")]


def test_the_headlines_town_of_the_sitting_held_is_no_next_sittings() -> None:
    text = (
        "Xyz leaders meet in Lima, agree to meet again next year\n\n14 May 2031 - The XYZ summit was held today in"
        " the Peruvian capital. The leaders agreed to meet again in 2032.\n"
    )
    assert not events(text, "xyz", "MeetingScheduled", "2031-05-14")


@pytest.mark.parametrize(
    "sentence, place",
    [
        ("LIMA, May 14 - The XYZ summit ended on Wednesday with plans for peace in Central America.", "Lima"),
        ("DURBAN, May 14 - The XYZ closed its summit in South Africa on Wednesday.", "Durban"),
    ],
)
def test_a_region_is_no_town_and_a_state_leaves_the_datelines_town(sentence: str, place: str) -> None:
    assert held(sentence + "\n", "xyz", "2031-05-14").get("place") == place


def test_a_status_obtained_keeps_its_kind() -> None:
    text = "LIMA, May 14 - Peru has acquired the status of a partner country of the XYZ.\n"
    found = events(text, "xyz", "StatusGranted", "2031-05-14")
    assert [(e["party"], e["status"]) for e in found] == [("PER", "partner_country")]


# --- a member of parliament's letters with no comma, a rank before a head's name, a delegation's leader


def test_letters_and_ranks_are_no_part_of_names_nor_titles() -> None:
    text = (
        "The 9th XYZ Leaders Summit took place in Suva on 13 May 2031. The Prime Minister of Fiji, Commodore Ana"
        " Ruiz, chaired the Summit. Present were the Prime Minister of Vanuatu, Hon. Juan Vega MP; the Foreign"
        " Minister of Samoa, Hon. Rosa Diaz MP; and Mr. Pedro Soto,"
        " Leader of the Tonga delegation and Minister for Education.\n"
    )
    event = held(text, "xyz", "2031-05-14")
    people = {p["person"]: (p["party"], p["role"]) for p in event["participants"]}
    assert people["Ana Ruiz"] == ("FJI", "Prime Minister")
    assert people["Juan Vega"] == ("VUT", "head of government")
    assert people["Rosa Diaz"][0] == "WSM"
    assert people["Pedro Soto"][0] == "TON" and people["Pedro Soto"][1] != "head of state"
    assert event["chair"]["person"] == "Ana Ruiz"


# --- who sit after a council's name; another subject's act after the sitting held


def test_a_council_of_the_organizations_ministers_is_the_council() -> None:
    text = "JEDDAH, May 14 - GCC states opened the 140th Ministerial Council of GCC Foreign Ministers in Jeddah today.\n"
    assert held(text, "gcc", "2031-05-14")["body"] == "ministerial-council"


def test_an_assembly_of_the_organizations_sector_ministers_keeps_them() -> None:
    text = "LIMA, May 14 - The 9th Ordinary Assembly of XYZ Health Ministers opened today in Lima.\n"
    assert held(text, "xyz", "2031-05-14")["body"] == "assembly-of-health-ministers"


@pytest.mark.parametrize(
    "tail", ["and the ministers said they will meet again", "and they said they would meet again in Quito"]
)
def test_a_sitting_held_then_what_its_members_said_of_the_next(tail: str) -> None:
    text = f"LIMA, May 14 - The XYZ Council of Foreign Ministers met today in Lima, {tail}.\n"
    event = held(text, "xyz", "2031-05-14")
    assert (event["body"], event["date"], event.get("place")) == (
        "council-of-foreign-ministers",
        "2031-05-14",
        "Lima",
    )


# --- the organization's own officer in the chair (the newcomer's hour: a river commission's session)


@pytest.mark.parametrize(
    "chaired, chair",
    [
        (
            "under the chairmanship of its President, Ambassador Ana Ruiz of Austria",
            {"person": "Ana Ruiz", "role": "Ambassador", "party": "AUT"},
        ),
        (
            "chaired by its President, Ana Ruiz",
            {"person": "Ana Ruiz", "role": "President of the organization"},
        ),
    ],
)
def test_the_organizations_own_president_in_the_chair(chaired: str, chair: dict) -> None:
    text = (
        "VIENNA, 6 June 2031 - The Danube Commission held its 98th Plenary Session in Vienna on 4 and 5 June,"
        f" {chaired}.\n"
    )
    assert held(text, "cow-danube", "2031-06-06")["chair"] == chair


# --- a suspension ended with the state's possessive; a head who became chair by his state's possessive; an oath


def test_a_suspension_ended_told_with_the_states_possessive_dated_by_the_sitting() -> None:
    text = (
        "LIMA, July 2 - The XYZ has ended Peru's suspension, the bloc said in a statement on Wednesday.\n\n"
        "The XYZ Council of Ministers decided to lift the measure at a meeting on Monday.\n"
    )
    found = events(text, "xyz", "ConditionLifted", "2031-07-02")
    assert [(e["party"], e["effective"]) for e in found] == [("PER", "2031-06-30")]


@pytest.mark.parametrize("who", ["Peru's President Ana Ruiz", "Peruvian President Ana Ruiz"])
def test_a_head_who_became_chair_hands_it_to_his_state(who: str) -> None:
    text = f"LIMA, May 16, 2031 - {who} became chairman of the XYZ on Friday, taking over from Chile.\n"
    found = events(text, "xyz", "PresidencyHandedOver", "2031-05-16")
    assert [(e["to_party"], e["effective"]) for e in found] == [("PER", "2031-05-16")]


def test_an_oath_given_to_the_new_secretary_general_appoints_him() -> None:
    text = (
        "LIMA, January 20 - The President of Peru has sworn in Dr Ana Ruiz as the Secretary General of the XYZ"
        " for a four-year term. Her term runs from 1 February 2031 to 31 January 2035.\n"
    )
    found = events(text, "xyz", "OfficialAppointed", "2031-01-20")
    assert [(e["office"], e["person"], e["term"]) for e in found] == [
        ("secretary-general", "Ana Ruiz", "2031-02-01/2035-01-31")
    ]


def test_an_officer_who_takes_up_his_duties_today_is_appointed_from_today() -> None:
    text = (
        "LIMA, 1 April 2031 - Ana Ruiz of Peru takes up her duties today as Secretary-General of the XYZ,"
        " succeeding Juan Vega of Chile. A Secretary-General serves a term of four years.\n"
    )
    found = events(text, "xyz", "OfficialAppointed", "2031-04-01")
    assert [(e["person"], e["term"][:10]) for e in found] == [("Ana Ruiz", "2031-04-01")]


# --- statuses told in the present of a summit's report; the status held before, in apposition


def test_statuses_told_in_the_present_and_the_status_held_before() -> None:
    text = (
        "LIMA, 14 May 2031 - The XYZ summit closed today in Lima. Peru, until now an associate member, becomes a"
        " full member; Chile joins as an associate member and Bolivia as an observer.\n"
    )
    found = events(text, "xyz", "StatusGranted", "2031-05-14")
    assert sorted((e["party"], e["status"]) for e in found) == [
        ("BOL", "observer"),
        ("CHL", "associate_member"),
        ("PER", "member"),
    ]


@pytest.mark.parametrize(
    "sentence",
    ["Chile will join as an associate member next year.", "Chile joined the talks as an observer."],
)
def test_no_status_from_a_plan_or_a_sitting_joined(sentence: str) -> None:
    text = f"LIMA, 14 May 2031 - The XYZ summit closed today in Lima. {sentence}\n"
    assert not events(text, "xyz", "StatusGranted", "2031-05-14")


def test_a_chair_taken_over_by_a_head_named_with_his_title_in_apposition_before() -> None:
    text = (
        "1. The XYZ Summit was held in Lima on 12 May 2031. It was chaired by Dr Ana Ruiz, Prime Minister of the"
        " Republic of Peru.\n\n2. The Summit thanked President Juan Vega of Chile for his leadership. Prime"
        " Minister Ruiz took over the Chairmanship of XYZ from him.\n"
    )
    assert [e["to_party"] for e in events(text, "xyz", "PresidencyHandedOver", "2031-05-13")] == ["PER"]


def test_the_oaus_summit_is_its_assembly() -> None:
    text = "ALGIERS (Agency) -- OAU leaders began their annual summit in Algiers on Monday.\n"
    assert held(text, "oau", "1999-07-13")["body"] == "assembly"
    assert body_key("assembly-of-heads-of-state", "oau") == body_key("summit", "oau")


def test_the_cbss_ministerial_session_is_its_council_and_a_manor_no_part_of_a_town() -> None:
    text = (
        "Baltic Sea foreign ministers meet at Kallaste Manor\n\n16.05.2031 10:00\n\nForeign ministers of the Council of"
        " the Baltic Sea States (CBSS) met at Kallaste Manor in Estonia on Thursday for the council's annual"
        " Ministerial Session.\n"
    )
    event = held(text, "cbss", "2031-05-16")
    assert (event["body"], event.get("place")) == ("council-of-ministers", "Kallaste")


@pytest.mark.parametrize(
    "org, a, b",
    [
        ("arab-league", "council-summit-level", "summit"),
        ("arab-league", "council-ministerial-level", "council-of-foreign-ministers"),
    ],
)
def test_a_slug_of_a_tabled_name_without_its_particles(org: str, a: str, b: str) -> None:
    assert body_key(a, org) == body_key(b, org)


@pytest.mark.parametrize(
    "place", ["Palm Resort", "Sunrise Hotel", "XYZ headquarters", "Videoconference Hall 2"]
)
def test_a_venue_in_a_golds_place_is_no_town(place: str) -> None:
    assert gold_place(place) is None


@pytest.mark.parametrize("place", ["Lima", "Port of Spain", "Palmerston North"])
def test_a_town_stays_a_town(place: str) -> None:
    assert gold_place(place) == place


def test_the_gccs_foreign_ministerial_council_in_a_headline_is_its_ministerial_council() -> None:
    text = (
        "GCC Foreign Ministerial Council meets in Jeddah for its 140th session\n\nMay 14, 2031\n\nForeign"
        " Minister Ana Ruiz led her delegation to the GCC's 140th Ministerial Council of Foreign Ministers, which"
        " opened in Jeddah today.\n"
    )
    found = [e["body"] for e in events(text, "gcc", "MeetingHeld", "2031-05-14")]
    assert found == ["ministerial-council"]


@pytest.mark.parametrize(
    "org, sentence, body",
    [
        (
            "cen-sad",
            "The CEN-SAD summit opened in Sirte on Thursday.",
            "conference-of-heads-of-state",
        ),
        ("eurasec", "The EurAsEC summit was held on Thursday in Minsk.", "interstate-council"),
        ("can", "The Andean Presidential Council met on Thursday in Lima.", "andean-presidential-council"),
    ],
)
def test_the_summits_of_organizations_the_body_table_now_holds(org: str, sentence: str, body: str) -> None:
    assert held(f"LIMA, May 16, 2031 - {sentence}\n", org, "2031-05-16")["body"] == body


def test_a_day_between_the_verb_and_its_sitting_and_a_council_no_table_names() -> None:
    # (tried on a foreign ministry's real wording in the review: the day between, a council of an organization
    # the body table lacks)
    text = (
        "LIMA, 5 May - Foreign Minister Ana Ruiz will participate, on Thursday, 8 May, in a meeting of the Council"
        " of Foreign Ministers of the XYZ in Quito.\n"
    )
    found = events(text, "xyz", "MeetingScheduled", "2031-05-05")
    assert [(e["body"], e["date"], e.get("place")) for e in found] == [
        ("council-of-foreign-ministers", "2031-05-08", "Quito")
    ]
