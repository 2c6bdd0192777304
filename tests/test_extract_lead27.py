"""Twenty-seventh session (issue 14): the held-out scorer's settled conventions, and what round 1 showed.

The texts and organizations here are invented.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parent / "heldout"))
from score import best_meeting, city_key, gold_place, office_key  # noqa: E402


@pytest.mark.parametrize(
    "place", ["online", "Online", "virtual", "videoconference", "video conference", "video link"]
)
def test_a_virtual_sittings_place_word_names_no_town(place: str) -> None:
    assert gold_place(place) is None
    gold = {"body": "summit", "date": "2021-03-05", "place": place}
    assert best_meeting(gold, [{"body": "summit", "date": "2021-03-05", "place": None}], set(), "eco") == (
        0,
        True,
        True,
    )


# (session 28: a venue such as "Videoconference Hall 2" is no town either, score._VENUE_PLACE)
@pytest.mark.parametrize("place", ["Online Park", "Virtual City", "Lima", "Videoconference Bay"])
def test_a_town_is_a_town(place: str) -> None:
    assert gold_place(place) == place
    gold = {"body": "summit", "date": "2021-03-05", "place": place}
    assert best_meeting(gold, [{"body": "summit", "date": "2021-03-05", "place": None}], set(), "eco") == (
        0,
        True,
        False,
    )


@pytest.mark.parametrize(
    "a, b",
    [
        ("New York City", "New York"),
        ("Kuwait City", "Kuwait"),
        ("Mexico City", "mexico"),
        ("Nur-Sultan", "Astana"),
        ("Ha Noi", "Hanoi"),
    ],
)
def test_one_town_written_with_or_without_city(a: str, b: str) -> None:
    assert city_key(a) == city_key(b)


@pytest.mark.parametrize(
    "a, b", [("Quezon City", "Manila"), ("Vatican City", "Rome"), ("Cityville", "Ville")]
)
def test_other_towns_stay_apart(a: str, b: str) -> None:
    assert city_key(a) != city_key(b)


@pytest.mark.parametrize(
    "a, b",
    [
        ("president-of-the-pan-african-parliament", "pan-african-parliament-president"),
        ("secretary-general", "secretary-general"),
        ("director-general-of-the-xyz", "xyz-director-general"),
    ],
)
def test_one_office_spelled_two_ways(a: str, b: str) -> None:
    assert office_key(a) == office_key(b)


@pytest.mark.parametrize(
    "a, b",
    [
        ("secretary-general", "deputy-secretary-general"),
        ("first-vice-president-of-the-xyz-parliament", "second-vice-president-of-the-xyz-parliament"),
        ("commission-chairperson", "commission-deputy-chairperson"),
    ],
)
def test_other_offices_stay_apart(a: str, b: str) -> None:
    assert office_key(a) != office_key(b)


# --- extraction (round 1 of session 27, read after its first-sight score): invented texts, each a class

from igo_timeline.extract import extract  # noqa: E402
from tests.extract_run import held  # noqa: E402

_SUMMIT = (
    "VORLAND, May 14 -- The leaders of the Xylo Yard Zone met today in Vorland for their annual summit.\n\n"
)
_COUNCIL = (
    "VORLAND, May 14 -- The Council of Foreign Ministers of the Xylo Yard Zone met today in Vorland.\n\n"
)


def _people(text: str, org: str = "xyz", published: str = "2031-05-14") -> set[str]:
    return {p["person"] for p in held(text, org, published).get("participants", [])}


@pytest.mark.parametrize(
    "sentence",
    [
        "The talks opened in restricted format with Kenyan President Amos Tembo, Ugandan President Rose Akello"
        " and Tanzanian Prime Minister Juma Mrisho around the table.",
        "Kenyan President Amos Tembo, Ugandan President Rose Akello and Tanzanian Prime Minister Juma Mrisho"
        " posed for the family photograph before the plenary.",
    ],
)
def test_a_heads_sitting_seats_the_heads_a_sentence_names_for_want_of_a_word_against(sentence: str) -> None:
    assert {"Amos Tembo", "Rose Akello", "Juma Mrisho"} <= _people(_SUMMIT + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Kenyan President Amos Tembo stayed away because of the floods at home.",
        "The host thanked Kenyan President Amos Tembo for his country's help.",
        "Kenyan President Amos Tembo is the incoming chairperson of the security organ.",
        "Kenyan President Amos Tembo had promised to come but could not travel.",
        "Kenyan President Amos Tembo held bilateral talks with the host on the eve of the summit.",
        "Kenyan President Amos Tembo will host the next summit.",
        "Former Kenyan President Amos Tembo was remembered in a minute of silence.",
        "The delegates said that Kenyan President Amos Tembo had backed the plan.",
        "Kenyan President Amos Tembo",
    ],
)
def test_a_word_against_keeps_a_named_head_off_the_sitting(sentence: str) -> None:
    assert "Amos Tembo" not in _people(_SUMMIT + sentence)


def test_a_ministers_sitting_does_not_seat_a_head_by_default() -> None:
    text = _COUNCIL + "Kenyan President Amos Tembo gave the ministers a warning about the drought."
    assert "Amos Tembo" not in _people(text)


@pytest.mark.parametrize(
    "title, seated",
    [
        ("Foreign Minister", True),
        ("Minister of Foreign Affairs", True),
        ("External Affairs Minister", True),
        ("Energy Minister", False),
        ("Deputy Foreign Minister", False),
    ],
)
def test_a_ministers_sitting_seats_the_ministers_of_its_sector(title: str, seated: bool) -> None:
    text = _COUNCIL + f"The drought worried Kenyan {title} Amos Tembo."
    assert ("Amos Tembo" in _people(text)) is seated


@pytest.mark.parametrize(
    "sentence, body",
    [
        (
            "The Tenth XYZ Energy Ministers (XEM) Meeting took place in Vorland on 14 May 2031.",
            "energy-ministers-meeting",
        ),
        (
            "The XYZ Ministers on Energy (XMEM) held their 10th Meeting today in Vorland.",
            "energy-ministers-meeting",
        ),
        (
            "The XYZ Ministers on Agriculture and Forestry held their 29th Meeting today in Vorland.",
            "agriculture-ministers-meeting",
        ),
        (
            "The XYZ Ministers on Agriculture and Forestry (XMAF) held their 29th Meeting today.",
            "agriculture-ministers-meeting",
        ),
        (
            "The Fifth XYZ Transport Ministers (XTM) Meeting took place in Vorland on 14 May 2031.",
            "transport-ministers-meeting",
        ),
    ],
)
def test_a_sectoral_sittings_initials_or_ministers_on_a_sector(sentence: str, body: str) -> None:
    assert held(f"Vorland, 14 May 2031\n\n1. {sentence}", "xyz", "2031-05-14")["body"] == body


def test_the_host_welcoming_his_counterparts_for_a_session_tells_it_held() -> None:
    text = (
        "NAIROBI - Kenyan Prime Minister Amos Tembo welcomed his counterparts from the Xylo Yard Zone (XYZ) to"
        " Mombasa on 30 January 2031 for a session of the Xylo Intergovernmental Council devoted to trade.\n\n"
        "Taking part were Ugandan Prime Minister Rose Akello and Tanzanian Prime Minister Juma Mrisho.\n"
    )
    event = held(text, "xyz", None)
    assert (event["date"], event["place"]) == ("2031-01-30", "Mombasa")


def test_welcoming_guests_to_a_dinner_tells_no_sitting() -> None:
    text = "NAIROBI - Kenyan Prime Minister Amos Tembo welcomed his guests to Mombasa on 30 January 2031 with a dinner.\n"
    assert [c for c in extract(text, "xyz", "t") if c.type == "MeetingHeld" and c.record == "event"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Vorland, 30 October 2031 - The 67th Session of the Xyz Council ended today in Vorland, after three days of"
        " debate. The session opened on Tuesday, 28 October.",
        "Vorland, 30 October 2031 - The 17th Xyz Plenipotentiary Conference wound up on Thursday evening. The"
        " Conference, which took place by the sea, met for three days, 28-30 October, at the convention centre.",
    ],
)
def test_a_sittings_first_day_told_after_its_close_widens_it(text: str) -> None:
    assert held(text, "xyz", "2031-10-30")["date"] == "2031-10-28/2031-10-30"


def test_a_span_that_holds_the_closing_day_however_long() -> None:
    text = (
        "Vorland, 30 October 2031 - The Xyz Plenipotentiary Conference wound up on Thursday evening.\n\n"
        "The Conference met for three weeks, 10-30 October, at the convention centre.\n"
    )
    assert held(text, "xyz", "2031-10-30")["date"] == "2031-10-10/2031-10-30"


@pytest.mark.parametrize("adjective", ["skilled ", "able ", ""])
def test_under_the_chairmanship_of_with_an_adjective(adjective: str) -> None:
    text = (
        "Vorland, 30 October 2031 - The Xyz Plenipotentiary Conference wound up on Thursday evening in Vorland, under"
        f" the {adjective}chairmanship of Dr Amos Tembo of Kenya.\n"
    )
    assert held(text, "xyz", "2031-10-30")["chair"]["person"] == "Amos Tembo"


def test_an_office_named_twice_in_other_words_is_one_appointment() -> None:
    text = (
        "VORLAND, May 14 -- Senator Amos Tembo has been elected President of the Xyz Parliament unopposed during"
        " elections held in Vorland on Wednesday.\n\n"
        "The members then chose Senator Amos Tembo as president of Xyz parliament, the clerk said.\n"
    )
    found = [
        c.event for c in extract(text, "xyz", "t", published="2031-05-14") if c.type == "OfficialAppointed"
    ]
    assert len(found) == 1 and found[0]["person"] == "Amos Tembo"


def test_two_offices_of_one_person_stay_two() -> None:
    from igo_timeline.extract.appointments import _one_office_each
    from igo_timeline.extract.records import Candidate

    def appointed(office: str) -> Candidate:
        event = {
            "type": "OfficialAppointed",
            "office": office,
            "person": "Amos Tembo",
            "term": "2031-05-14/..",
        }
        return Candidate("event", event)

    kept = _one_office_each([appointed("xyz-secretary-general"), appointed("xyz-treasurer")])
    assert [c.event["office"] for c in kept] == ["xyz-secretary-general", "xyz-treasurer"]
    kept = _one_office_each(
        [appointed("xyz-parliament-president"), appointed("president-of-the-xyz-parliament")]
    )
    assert [c.event["office"] for c in kept] == ["president-of-the-xyz-parliament"]


def test_a_list_the_segmenter_cut_at_each_items_period() -> None:
    text = (
        "XYZ COMMUNIQUE The 43rd sitting of the Xyz Authority of the Xylo Yard Zone (XYZ) was held 12th to"
        " 14th May 2031 in Vorland. Heads of Government present were: Hon. Amos Tembo, Prime Minister of"
        " Kenya. Hon. Dr. Rose Akello, Prime Minister of Uganda. Dr. Hon. Juma Mrisho, Prime Minister of"
        " Tanzania. OPENING The first day began with speeches.\n"
    )
    assert {"Amos Tembo", "Rose Akello", "Juma Mrisho"} <= _people(text)


def test_an_abbreviation_cut_at_its_period_is_no_town() -> None:
    text = (
        "The Meeting of the Authority of the Xylo Yard Zone (XYZ) was held 12th to 14th May 2031 at the Palm"
        " Resort in St. Kitts and Nevis.\n"
    )
    assert held(text, "xyz", "2031-05-14").get("place") != "St"


def _events(text: str, kind: str, org: str = "xyz", published: str | None = "2031-05-14") -> list[dict]:
    return [
        c.event
        for c in extract(text, org, "t", published=published)
        if c.type == kind and c.record == "event"
    ]


def test_the_capital_of_a_region_is_no_states_capital() -> None:
    text = (
        "On 12-13 May 2031, Hohhot, the regional capital of Inner Mongolia Autonomous Region in northern"
        " China, hosted the sixth session of the Xyz Disaster Relief Council.\n"
    )
    event = held(text, "xyz", "2031-05-13")
    assert (event.get("place"), event.get("host")) == ("Hohhot", "CHN")


def test_the_town_a_later_sentence_says_the_sitting_is_held_in() -> None:
    text = (
        "BISHKEK, May 14 - The Xyz Council of Border Commanders met today in Bishkek.\n\nNine delegations take"
        " part.\n\nThis event is being held in Tokmok town, by the border.\n"
    )
    assert held(text, "xyz", "2031-05-14").get("place") == "Tokmok"


def test_a_next_meetings_venue_is_no_venue_of_this_one() -> None:
    text = (
        "BISHKEK, May 14 - Bishkek is hosting today a sitting of the Xyz Council of Border Commanders.\n\nThe"
        " next meeting will be held in Tokmok.\n"
    )
    assert held(text, "xyz", "2031-05-14").get("place") == "Bishkek"


def test_an_aside_telling_a_states_standing_in_a_list_of_members() -> None:
    text = (
        "VORLAND, May 14 - The Xyz Interstate Council met today in Vorland.\n\nMeeting participants included"
        " President of Belarus Amos Tembo, President of Russia Rose Akello, President of Armenia Juma Mrisho"
        " (Armenia is a Xyz observer), and Xyz Secretary General Tom Odhiambo.\n"
    )
    cands = extract(text, "xyz", "t", published="2031-05-14")
    people = {p["person"]: p for c in cands if c.type == "MeetingHeld" for p in c.event["participants"]}
    assert people["Juma Mrisho"]["party"] == "ARM" and "observer" in people["Juma Mrisho"]["role"]
    assert "party" not in people["Tom Odhiambo"]
    attested = {
        (c.event["party"], c.event["status"])
        for c in cands
        if c.record == "attestation" and c.type == "StatusGranted"
    }
    assert ("ARM", "observer") in attested and ("ARM", "member") not in attested


@pytest.mark.parametrize(
    "sentence",
    [
        "Eritrea says it has suspended its own membership in the Xylo Yard Zone (XYZ).",
        "Eritrea has suspended its membership in the Xylo Yard Zone, its ministry said on Sunday.",
    ],
)
def test_a_member_suspending_its_own_membership(sentence: str) -> None:
    found = _events(f"ASMARA, May 14 - {sentence}\n", "ConditionImposed")
    assert [e["party"] for e in found] == ["ERI"]


def test_suspending_its_cooperation_suspends_no_membership() -> None:
    assert (
        _events(
            "ASMARA, May 14 - Eritrea has suspended its cooperation with the Xylo Yard Zone.\n",
            "ConditionImposed",
        )
        == []
    )


@pytest.mark.parametrize(
    "verb",
    ["has taken charge as the 13th", "took charge as", "started work as", "has started work as the new"],
)
def test_taking_charge_of_the_head_office(verb: str) -> None:
    text = f"VORLAND, 14 May 2031 - Amos Tembo {verb} Secretary General of the Xylo Yard Zone (XYZ), the ministry said.\n"
    assert [(e["office"], e["person"]) for e in _events(text, "OfficialAppointed")] == [
        ("secretary-general", "Amos Tembo")
    ]


@pytest.mark.parametrize(
    "words, to_party",
    [
        ("with Angola taking over the leadership of the regional bloc", "AGO"),
        ("with Angola taking over the chairmanship of the bloc", "AGO"),
    ],
)
def test_the_leadership_of_the_bloc_is_its_rotating_chair(words: str, to_party: str) -> None:
    text = f"LUANDA, May 14 - The 31st summit of the Xylo Yard Zone (XYZ) closed in Luanda on Wednesday, {words}.\n"
    assert [e["to_party"] for e in _events(text, "PresidencyHandedOver")] == [to_party]


def test_the_leadership_of_a_party_is_no_chair() -> None:
    text = "LUANDA, May 14 - The summit of the Xylo Yard Zone (XYZ) closed in Luanda on Wednesday, with Amos Tembo taking over the leadership of his party.\n"
    assert _events(text, "PresidencyHandedOver") == []


def test_harmonised_standards_a_council_endorsed_are_documents() -> None:
    text = (
        "Vorland, 14 May 2031\n\n1. The Xyz Ministers on Agriculture held their 29th Meeting today in Vorland.\n\n"
        "2. The Ministers endorsed the following outcomes:\n\n(1) the Xyz Harmonised Standards for Papaya;\n"
        "(2) the Xyz Standards for Live Vaccines;\n(3) the setting up of a Shrimp Alliance.\n"
    )
    titles = {e["title"] for e in _events(text, "DocumentAdopted")}
    assert titles == {"Xyz Harmonised Standards for Papaya", "Xyz Standards for Live Vaccines"}


def test_the_last_summits_attendance_is_not_this_meetings() -> None:
    text = (
        "COLOMBO, 14 May 2031 - The 17th Xyz Ministerial Meeting was held today by video link, chaired by Sri"
        " Lanka's Foreign Minister Amos Tembo.\n\nThe last Xyz summit took place in Kathmandu in 2029 and was"
        " attended by Indian Prime Minister Rose Akello among other leaders of the region.\n"
    )
    # a person the store knows is read from a list alone (the known persons' reader): still not at this sitting
    cands = extract(text, "xyz", "t", published="2031-05-14", known_persons=("Rose Akello",))
    people = {p["person"] for c in cands if c.type == "MeetingHeld" for p in c.event.get("participants", [])}
    assert "Amos Tembo" in people and "Rose Akello" not in people


def test_accompanied_by_a_minister_puts_him_at_the_sitting() -> None:
    text = (
        _SUMMIT
        + "Kenyan President Amos Tembo led his delegation from the palace, accompanied by Kenyan Foreign"
        " Minister Rose Akello.\n"
    )
    assert {"Amos Tembo", "Rose Akello"} <= _people(text)


@pytest.mark.parametrize(
    "name, org, body",
    [
        ("Meeting of Foreign Ministers of the Xylo Yard Treaty", "xyto", "foreign-ministers-meeting"),
        ("Meeting of Foreign Ministers of the Xylo Yard Zone", "xyz", "foreign-ministers-meeting"),
    ],
)
def test_the_organizations_name_short_of_a_word_after_the_body(name: str, org: str, body: str) -> None:
    text = f"VORLAND, May 14 - The XIV {name} was held today in Vorland.\n"
    assert held(text, org, "2031-05-14")["body"] == body


@given(st.integers(min_value=1990, max_value=2040), st.integers(min_value=1, max_value=52))
def test_an_iso_week_is_its_monday_to_its_sunday(year: int, week: int) -> None:
    import datetime as dt

    from igo_timeline.extract.dates import find_dates

    (found,) = find_dates(f"The next session will be held in week {week} of {year}.")
    first, last = (dt.date.fromisoformat(d) for d in found.edtf.split("/"))
    assert first.isocalendar()[:3] == (year, week, 1) and (last - first).days == 6


def test_the_next_session_in_a_week_of_a_year() -> None:
    text = (
        "Vorland, 30 October 2031 - The 67th Session of the Xyz Council ended today in Vorland. The members agreed"
        " to hold the next session in Copenhagen in week 44 of 2032.\n"
    )
    assert [e["date"] for e in _events(text, "MeetingScheduled", published="2031-10-30")] == [
        "2032-10-25/2032-10-31"
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The meeting was attended by the interior ministers of Azerbaijan (Amos Tembo), Belarus (Rose Akello),"
        " Kazakhstan (Juma Mrisho) and Uzbekistan (Ali Hassan), according to the ministry.",
        "Taking part were ministers from Azerbaijan (Amos Tembo), Belarus (Rose Akello), Kazakhstan (Juma Mrisho)"
        " and Uzbekistan (Ali Hassan).",
    ],
)
def test_states_each_with_its_persons_name_in_brackets(sentence: str) -> None:
    text = (
        "DUSHANBE, May 14 - The Xyz Council of Interior Ministers met today in Dushanbe. " + sentence + "\n"
    )
    people = {(p["person"], p.get("party")) for p in held(text, "xyz", "2031-05-14")["participants"]}
    assert people >= {
        ("Amos Tembo", "AZE"),
        ("Rose Akello", "BLR"),
        ("Juma Mrisho", "KAZ"),
        ("Ali Hassan", "UZB"),
    }


def test_a_bracket_that_is_no_persons_name_is_left_alone() -> None:
    from igo_timeline.extract.listitems import _state_then_name_in_brackets

    words = "the delegations of Azerbaijan (AZE) and Belarus (observer), with Amos Tembo of Kenya"
    assert _state_then_name_in_brackets(words) == words


def test_a_declarations_own_present_dated_tells_the_sitting() -> None:
    text = (
        "Vorland, 14 May 2031\nWe, the Heads of State of the Xylo Yard Zone"
        " (XYZ), are meeting in Vorland on May 14, 2031 to mark the tenth anniversary of the Zone.\n"
    )
    assert (held(text, "xyz", None)["date"]) == "2031-05-14"


def test_a_declarations_present_for_a_day_to_come_is_a_sitting_to_come() -> None:
    text = (
        "We, the Heads of State of the Xylo Yard Zone (XYZ), are meeting in"
        " Vorland on May 14, 2031 to mark the tenth anniversary of the Zone.\n"
    )
    found = extract(text, "xyz", "t", published="2031-05-10")
    assert not [c for c in found if c.type == "MeetingHeld" and c.record == "event"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Amos Tembo today became Chief Executive Officer of the Xylo Yard Zone (XYZ) Secretariat.",
        "Amos Tembo of Kenya has today assumed duty as Secretary-General of the Xylo Yard Zone (XYZ) in Vorland.",
    ],
)
def test_taking_office_today_in_other_words(sentence: str) -> None:
    found = _events(f"VORLAND, 14 May 2031 - {sentence}\n", "OfficialAppointed")
    assert [(e["person"], e["term"].split("/")[0]) for e in found] == [("Amos Tembo", "2031-05-14")]


def test_having_become_the_head_with_no_day_told_is_no_appointment_from_the_reports_day() -> None:
    # the day it began is not told: no event dated from the report's day (nor any other)
    text = "VORLAND, 14 May 2031 - Amos Tembo has become the Secretary-General of the Xylo Yard Zone (XYZ).\n"
    assert _events(text, "OfficialAppointed") == []


@pytest.mark.parametrize(
    "written, name",
    [
        ("Dato' Seri Dr. Amos Tembo", "Amos Tembo"),
        ("Pehin Dato Haji Amos Tembo", "Amos Tembo"),
        ("Tan Sri Amos Tembo", "Amos Tembo"),
        ("Datuk Amos Tembo", "Amos Tembo"),
        ("Tun Amos Tembo", "Amos Tembo"),
        # a style before a one-word name is left: it may be the name's own word
        ("Tun Abdul", "Tun Abdul"),
    ],
)
def test_malay_and_bruneian_styles_are_no_part_of_a_name(written: str, name: str) -> None:
    from igo_timeline.extract.names import strip_honorifics

    assert strip_honorifics(written) == name


@pytest.mark.parametrize(
    "name, party",
    [("British Virgin Islands", True), ("Kenya", True), ("Jordan Peterson", False), ("Chad Smith", False)],
)
def test_a_states_or_territorys_whole_name_is_no_participant(name: str, party: bool) -> None:
    from igo_timeline.extract.attendance import _a_party

    assert _a_party(name) is party


@pytest.mark.parametrize(
    "org, words",
    [("d8", "the D-8 Organization for Economic Cooperation"), ("g77", "the G-77 Group of Developing States")],
)
def test_the_head_office_of_an_organization_named_with_a_hyphened_number(org: str, words: str) -> None:
    text = f"ABUJA, 5 January 2031 - Amos Tembo has today assumed duty as Secretary-General of {words} at its seat.\n"
    found = _events(text, "OfficialAppointed", org=org, published=None)
    assert [(e["office"], e["person"], e["term"]) for e in found] == [
        ("secretary-general", "Amos Tembo", "2031-01-05/..")
    ]


def test_another_numbered_groups_office_stays_anothers() -> None:
    text = "ABUJA, 5 January 2031 - Amos Tembo has today assumed duty as Secretary-General of the G-77 at its seat.\n"
    offices = {e["office"] for e in _events(text, "OfficialAppointed", org="d8", published=None)}
    assert "secretary-general" not in offices  # (the G-77's office keeps its name: "g-77-secretary-general")


_IOC = (
    "PORT LOUIS, March 14 - The Council of Ministers of the Xanadu Ocean Commission (XOC) held its 36th ordinary"
    " session in Port Louis on Thursday.\n\n"
)


@pytest.mark.parametrize("org", ["xoc", "xocom"])
def test_the_rotating_presidency_of_an_organization_that_is_a_commission(org: str) -> None:
    text = (
        _IOC
        + "At the end of the session Mauritius passed the rotating presidency of the Commission to Seychelles.\n"
    )
    found = _events(text, "PresidencyHandedOver", org=org, published="2031-03-14")
    assert [(e["to_party"], e.get("chair")) for e in found] == [("SYC", None)]


def test_the_presidency_of_an_organizations_commission_is_no_presidency_of_the_organization() -> None:
    # the Xylo Yard Zone is no Commission: "the Commission" is one of its bodies, whose chair the text passes
    text = (
        "PORT LOUIS, March 14 - The Council of Ministers of the Xylo Yard Zone (XYZ) held its 36th ordinary session in"
        " Port Louis on Thursday.\n\nAt the end of the session Mauritius passed the rotating presidency of the"
        " Commission to Seychelles.\n"
    )
    found = [c for c in extract(text, "xyz", "t", published="2031-03-14") if c.type == "PresidencyHandedOver"]
    assert found == []


@pytest.mark.parametrize(
    "after",
    [
        " and agreed that the next session would be held in Victoria in 2032.",
        " and decided to meet again in Victoria in March 2032.",
        " and agreed that the next session will be held in Victoria in March 2032.",
        ".",
    ],
)
def test_a_document_adopted_and_a_next_clause_of_another_verb(after: str) -> None:
    text = _IOC + "The ministers adopted the Port Louis Declaration on Maritime Security" + after + "\n"
    titles = [e["title"] for e in _events(text, "DocumentAdopted", org="xoc", published="2031-03-14")]
    assert titles == ["Port Louis Declaration on Maritime Security"]


@pytest.mark.parametrize(
    "a, b, same",
    [
        ("Dato Ali Bakar", "Ali Bakar", True),
        ("Dato Paduka Lim Jock Seng", "Lim Jock Seng", True),
        ("Dr Amos Tembo", "Amos Tembo", True),
        ("Ali Bakar", "Ali Baba", False),
        ("Haji Bakar", "Bakar Haji", True),  # two words: no style taken off, the same words in another order
    ],
)
def test_the_scorer_compares_names_with_or_without_their_styles(a: str, b: str, same: bool) -> None:
    from score import same_person

    assert same_person(a, b) is same


def test_a_document_adopted_on_another_day_told_before_the_next_clause_stays_out() -> None:
    text = _IOC + "The ministers signed the Vorland Treaty on 29 May 2029 and agreed to ratify it soon.\n"
    assert _events(text, "AgreementSigned", org="xoc", published="2031-03-14") == []


@pytest.mark.parametrize("content", ["", "\n  \n\t\n"])
def test_an_empty_file_is_refused_with_one_line_and_nothing_applied(tmp_path: Path, content: str) -> None:
    from tests.cli_run import igo

    store = tmp_path / "s.sqlite"
    igo(store, "found", "xyz", "Xylo Yard Zone", "--on", "2009-10-03", "--statuses", "member",
        "--document", "charter", "--quote", "The Xylo Yard Zone is founded.")  # fmt: skip
    before = igo(store, "batches", "xyz").stdout
    text = tmp_path / "empty.txt"
    text.write_text(content, "utf-8")
    result = igo(store, "extract", str(text), "--org", "xyz", "--apply", code=1)
    assert result.stderr.strip().splitlines() == [f"Error: {text}: the file is empty: no text to read"]
    assert igo(store, "batches", "xyz").stdout == before


@pytest.mark.parametrize("when", ["yesterday", "on Tuesday"])
def test_the_town_that_hosted_with_a_day_between(when: str) -> None:
    text = f"NAIROBI, May 14 - Mombasa {when} hosted a regular meeting of the Xyz Council of Interior Ministers.\n"
    assert held(text, "xyz", "2031-05-14").get("place") == "Mombasa"


def test_the_resort_the_dateline_names_over_a_state_a_clause_names() -> None:
    from igo_timeline.extract import Context, Document, _names, find_anchor
    from igo_timeline.extract.meeting_place import _place

    text = (
        "MOMBASA, Kenya, 29 March 2031 - Xyz leaders agreed on Sunday to set up a joint force, closing a two-day summit"
        " at the coastal resort that was dominated by the war in Yemen.\n"
    )
    ctx = Context(Document(text), "xyz", "t", (), _names({}))
    ctx.anchor = find_anchor(text, "2031-03-29")
    assert _place(ctx, ctx.sentences[0].norm) == "Mombasa"


@pytest.mark.parametrize(
    "text, days",
    [
        (
            "NAIROBI, Kenya, 14 July 2031 - African foreign ministers today began the 43rd Ordinary Session of the Xyz"
            " Executive Council in the Kenyan capital. The sitting is scheduled to run until Wednesday.",
            "2031-07-14/2031-07-16",
        ),
        (
            "The 44th Ordinary Session of the Xyz Executive Council has commenced in Addis Ababa on 14 July 2031. Over"
            " the course of two days, the foreign ministers are convening to discuss peace and security.",
            "2031-07-14/2031-07-15",
        ),
    ],
)
def test_a_sitting_begun_today_and_its_close_or_length_told_after(text: str, days: str) -> None:
    assert held(text + "\n", "xyz", "2031-07-14")["date"] == days
