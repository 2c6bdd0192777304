"""Session 30 (issue 14): what the blind round 1 of this session (set 76 and real pages) and the read pages of
session 29 showed. Each case is one of a class; the sentences are invented (persons, towns and organizations
where a real one is not the point), dated in 2031 where a weekday matters (14 March 2031 is a Friday).
"""

from __future__ import annotations

from typing import Any

import pytest

from igo_timeline.extract import extract
from igo_timeline.extract.dates import find_dates
from igo_timeline.extract.places import city


def _events(text: str, org: str, published: str | None = "2031-03-15") -> list[dict[str, Any]]:
    return [c.event for c in extract(text, org, "t", published=published) if c.to_json()["record"] == "event"]


def _meetings(text: str, org: str, published: str | None = "2031-03-15") -> list[dict[str, Any]]:
    return [e for e in _events(text, org, published) if e["type"] == "MeetingHeld"]


def _of(kind: str, text: str, org: str, published: str | None = "2031-03-15") -> list[dict[str, Any]]:
    return [e for e in _events(text, org, published) if e["type"] == kind]


# --- places -------------------------------------------------------------------------------------------------


def test_a_dateline_that_names_the_island_and_its_state_beats_a_namesake_town_of_another_state() -> None:
    # the gazetteer's Santa Cruz is a Bolivian city; the dateline names the island and Ecuador
    text = (
        "SANTA CRUZ ISLAND, Ecuador, March 14 -- The leaders of the Andean Forum opened their summit on the "
        "island of Santa Cruz on Friday.\n"
    )
    [meeting] = _meetings(text, "andean-forum")
    assert (meeting["place"], meeting["host"]) == ("Santa Cruz Island", "ECU")


def test_a_states_adjective_before_the_islands_descriptor_names_the_host() -> None:
    text = (
        "The leaders of the Andean Forum opened their summit on 14 March 2031 on the Ecuadorian island of "
        "Santa Cruz.\n"
    )
    [meeting] = _meetings(text, "andean-forum", None)
    assert meeting["host"] == "ECU"


@pytest.mark.parametrize("when", ["today", "this morning"])
def test_a_town_the_gazetteer_lacks_beside_the_days_word_after_a_chairs_verb(when: str) -> None:
    text = f"I chaired the Coastal Forum Foreign Ministers’ Retreat {when} in Lumbaya.\n"
    [meeting] = _meetings(text, "coastal-forum", "2031-03-14")
    assert meeting["place"] == "Lumbaya"


def test_a_town_the_gazetteer_lacks_named_once_without_the_days_word_stays_unread() -> None:
    text = "I chaired the Coastal Forum Foreign Ministers’ Retreat in Lumbaya.\n"
    assert all("place" not in m for m in _meetings(text, "coastal-forum", "2031-03-14"))


@pytest.mark.parametrize(
    ("written", "own"), [("Helsingor", "Helsingør"), ("Tromso", "Tromsø"), ("Lodz", "Łódź")]
)
def test_a_letter_without_a_decomposition_written_plain_finds_the_town(written: str, own: str) -> None:
    found = city(written)
    assert found is not None and found[0] == own


# --- days ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "edtf"),
    [
        ("on 29th october 2030 under", "2030-10-29"),
        ("on 3 may 2030", "2030-05-03"),
        ("on 1st june, 2030", "2030-06-01"),
    ],
)
def test_a_month_in_lower_case_between_a_day_and_its_year_is_read(text: str, edtf: str) -> None:
    assert [d.edtf for d in find_dates(text)] == [edtf]


def test_a_lower_case_may_without_a_day_stays_a_word() -> None:
    assert [d.kind for d in find_dates("leaders may 2030 meet")] == ["year"]


def test_a_treatys_history_in_an_aside_does_not_hide_the_sitting() -> None:
    text = (
        "A session of the collective council of the members of the Coastal Defence Treaty (CDT), signed in "
        "Lumbaya on May 15, 1999, was held in Minsk on March 13-14.\n"
    )
    [meeting] = _meetings(text, "cdt", "2031-03-20")
    assert (meeting["date"], meeting["place"]) == ("2031-03-13/2031-03-14", "Minsk")


def test_a_persons_future_in_a_relative_clause_does_not_hide_the_sittings_length() -> None:
    text = (
        "SINGAPORE (XX): Foreign ministers of the Coastal Forum wound up their annual meeting on Saturday.\n\n"
        "Singapore's Foreign Minister A. Tanaro, who closed the two-day meeting officially, passed the chair to "
        "his Thai counterpart, B. Sompit, who will host the next meeting in Bangkok next year.\n"
    )
    [meeting] = _meetings(text, "coastal-forum", "2031-03-16")
    assert meeting["date"] == "2031-03-14/2031-03-15"


# --- attendance ---------------------------------------------------------------------------------------------


def test_those_who_briefed_the_sitting_were_at_it() -> None:
    text = (
        "The Assembly of the Coastal Forum met in Nairobi on 14 March 2031. The Assembly was briefed by "
        "H.E. Arno Veltik, Deputy Chairperson of the Union Commission, and H.E. Maren Oldas, Special Envoy for "
        "the Coast.\n"
    )
    [meeting] = _meetings(text, "coastal-forum", None)
    assert {"Arno Veltik", "Maren Oldas"} <= {p["person"] for p in meeting["participants"]}


def test_an_infinitive_of_purpose_after_the_chairs_title_is_no_part_of_the_role() -> None:
    text = (
        "The Assembly of the Coastal Forum met in extraordinary session in Nairobi on 14 March 2031 under the "
        "chairmanship of H.E. Arno Veltik, Prime Minister of Ethiopia and Current Chairman of the Forum to "
        "consider the situation in the region.\n"
    )
    [meeting] = _meetings(text, "coastal-forum", None)
    assert "consider" not in meeting["chair"]["role"]
    assert meeting["chair"]["role"].endswith("Chairman of the Forum")


# --- bodies and documents -----------------------------------------------------------------------------------


@pytest.mark.parametrize("sector", ["economic and trade", "trade and economic", "economy and finance"])
def test_the_economy_beside_another_sector_is_that_sectors_ministers(sector: str) -> None:
    text = f"BEIJING, March 14 (XX) -- The {sector} ministers of the Coastal Forum met by video link on Friday.\n"
    [meeting] = _meetings(text, "coastal-forum")
    assert meeting["body"] == ("finance" if "finance" in sector else "trade") + "-ministers-meeting"


def test_the_economic_ministers_alone_keep_their_sector() -> None:
    text = (
        "BEIJING, March 14 (XX) -- The economic ministers of the Coastal Forum met by video link on Friday.\n"
    )
    assert [m["body"] for m in _meetings(text, "coastal-forum")] == ["economic-ministers-meeting"]


def test_what_a_communique_covers_is_no_part_of_its_title() -> None:
    text = (
        "MUSCAT, March 14 (XX) -- The leaders of the Coastal Forum closed their summit in Muscat on Friday. "
        "They issued a Final Communique covering many issues.\n"
    )
    assert [d["title"] for d in _of("DocumentAdopted", text, "coastal-forum")] == ["Final Communique"]


def test_an_untitled_joint_communique_of_a_sitting_named_as_a_meeting_says_meeting_once() -> None:
    text = (
        "BEIJING, March 14 (XX) -- Trade ministers of the Coastal Forum met by video link on Friday. "
        "The ministers approved a joint communique.\n"
    )
    [doc] = _of("DocumentAdopted", text, "coastal-forum")
    assert doc["title"].lower().count("meeting") == 1


# --- statuses -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "since",
    [
        "since it joined the organisation as its 40th member on 6 November 1996",
        "since Ruritania joined the Forum as a full member",
        "since becoming a member",
    ],
)
def test_an_admission_that_measures_time_since_is_history(since: str) -> None:
    text = (
        "ZAGREB, 14 March 2031 - The Council of the Coastal Forum met in Zagreb today. "
        f"It is Ruritania's first chairmanship {since}.\n"
    )
    assert _of("StatusGranted", text, "coastal-forum") == []


def test_an_admission_today_is_still_read() -> None:
    text = (
        "ZAGREB, 14 March 2031 - The Council of the Coastal Forum met in Zagreb today. "
        "Croatia joined the Forum as its 40th member today.\n"
    )
    assert [(s["party"], s["status"]) for s in _of("StatusGranted", text, "coastal-forum")] == [
        ("HRV", "member")
    ]


# --- lists --------------------------------------------------------------------------------------------------


def test_a_marked_item_the_reader_cannot_read_does_not_end_the_list() -> None:
    text = (
        "The Supreme Council of the Coastal Forum held its 9th session in Muscat on 13-14 March 2031, in the "
        "presence of Their Majesties and Highnesses:\n\n"
        " - His Majesty King Arno Bin Issa Al-Veltik, King of the Kingdom of Bahrain.\n\n"
        " - The Keeper of the two Old Gates Arno Bin Saleh, Sovereign of the Realm of the Gates.\n\n"
        " - His Highness Sheikh Maren Bin Arno Al-Oldas, Emir of the State of Qatar.\n\n"
        " - His Highness Sheikh Tamar Al-Ahmed Al-Sabir, Emir of the State of Kuwait.\n"
    )
    [meeting] = _meetings(text, "coastal-forum", None)
    assert {("Maren Bin Arno Al-Oldas", "QAT"), ("Tamar Al-Ahmed Al-Sabir", "KWT")} <= {
        (p["person"], p.get("party")) for p in meeting["participants"]
    }


def test_a_marked_styled_name_line_and_its_title_on_the_next_line_are_one_item() -> None:
    text = (
        "The Supreme Council of the Coastal Forum held its 9th session in Muscat on 13-14 March 2031.\n\n"
        "The meeting was also attended by:\n"
        " - His Excellency Arno Bin Saleh Al-Veltik,\n"
        " The CF Secretary General.\n\n"
        " - His Highness Sheikh Maren Bin Arno Al-Oldas,\n"
        " Emir of the State of Qatar.\n"
    )
    [meeting] = _meetings(text, "coastal-forum", None)
    people = {p["person"]: p for p in meeting["participants"]}
    assert people["Maren Bin Arno Al-Oldas"].get("party") == "QAT"
    assert "Secretary General" in people["Arno Bin Saleh Al-Veltik"]["role"]


@pytest.mark.parametrize(
    "told",
    [
        "Two agreements were signed: one on trade in fish and fishery goods, and one on the exchange of weather data.",
        "The ministers signed two agreements: on trade in fish and fishery goods and on the exchange of weather data.",
        "Two agreements were signed: one on trade in fish and fishery goods and another on the exchange of weather "
        "data.",
    ],
)
def test_a_groups_documents_each_told_by_its_subject_take_the_groups_kind(told: str) -> None:
    text = f"The Council of Ministers of the Coastal Forum met in Minsk on 14 March 2031. {told}\n"
    titles = sorted(
        e["title"] for e in _events(text, "coastal-forum", None) if e["type"] == "AgreementSigned"
    )
    assert titles == [
        "Agreement on the exchange of weather data",
        "Agreement on trade in fish and fishery goods",
    ]


def test_one_subject_alone_names_no_list() -> None:
    text = (
        "The Council of Ministers of the Coastal Forum met in Minsk on 14 March 2031. Two agreements were "
        "signed: one on trade in fish.\n"
    )
    assert [e for e in _events(text, "coastal-forum", None) if e["type"] == "AgreementSigned"] == []


def test_words_said_as_the_sitting_closed_date_it_by_the_reports_day_word() -> None:
    text = (
        "Prague, 14 March 2031 (XX) -- The president of Ruritania says the latest summit of the Coastal Forum was "
        "hard for him. His country came under fire, he told reporters yesterday in a briefing held right after "
        "the close of the two-day summit of the Forum in the Moldovan capital Chisinau.\n"
    )
    [meeting] = _meetings(text, "coastal-forum", None)
    assert meeting["date"] == "2031-03-13"


def test_words_said_yesterday_of_a_sitting_elsewhere_do_not_date_it() -> None:
    text = (
        "Prague, 14 March 2031 (XX) -- Leaders of the Coastal Forum met in Chisinau on 10 March. His country came "
        "under fire there, the Ruritanian leader told reporters yesterday in Prague.\n"
    )
    [meeting] = _meetings(text, "coastal-forum", None)
    assert meeting["date"] == "2031-03-10"


def test_the_pilgrims_honorific_is_no_part_of_the_name() -> None:
    from igo_timeline.extract.people import parse_item

    person = parse_item("Alhaji Umaru Bello Danjuma, President of Nigeria", "coastal-forum")
    assert person is not None and (person.name, person.party) == ("Umaru Bello Danjuma", "NGA")


def test_a_news_reports_title_in_lower_case_puts_the_speaker_at_the_opening() -> None:
    text = (
        "BLANTYRE, 14 March 2031 (XX) - The Coastal Forum's summit opened in Blantyre on Friday. Addressing the "
        "delegates as the conference opened, Samuel Hango, president of Namibia and chairman of the "
        "Forum, said that the region's economy grew by 3.4 percent in 2030 against 1.8 percent in 2029.\n"
    )
    [meeting] = _meetings(text, "coastal-forum", None)
    assert [(p["person"], p.get("party")) for p in meeting["participants"]] == [("Samuel Hango", "NAM")]


def test_a_lower_case_title_alone_puts_no_one_at_the_sitting() -> None:
    text = (
        "BLANTYRE, 14 March 2031 (XX) - The Coastal Forum's summit opened in Blantyre on Friday. Samuel Hango, "
        "president of Namibia, said on Friday that he would not run again.\n"
    )
    [meeting] = _meetings(text, "coastal-forum", None)
    assert meeting["participants"] == []


# --- next meetings ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "edtf"),
    [
        ("The presidents agreed today to meet again next May in Khujand.", "2032-05"),
        ("The leaders agreed to meet again next May in Khujand.", "2032-05"),
        ("The leaders agreed to meet again next November in Khujand.", "2031-11"),
    ],
)
def test_next_month_is_the_first_such_month_after_the_texts_day(said: str, edtf: str) -> None:
    text = f"BISHKEK, 14 August 2031 (XX) -- The leaders of the Coastal Forum met in Bishkek today. {said}\n"
    [scheduled] = _of("MeetingScheduled", text, "coastal-forum", None)
    assert (scheduled["date"], scheduled["host"]) == (edtf, "TJK")


@pytest.mark.parametrize(
    "said",
    [
        "Kenyan Minister of Foreign Affairs Arno Veltik told reporters at the close of the two-day "
        "informal summit of the Coastal Forum that the three states would join together.",
        "Addressing today's summit, Kenyan President Arno Veltik said the merger would help the region.",
    ],
)
def test_the_speaker_at_the_sittings_close_or_addressing_it_was_there(said: str) -> None:
    text = f"JAKARTA, 14 March 2031 (XX) - The leaders of the Coastal Forum met in Jakarta today. {said}\n"
    [meeting] = _meetings(text, "coastal-forum", None)
    assert [(p["person"], p.get("party")) for p in meeting["participants"]] == [("Arno Veltik", "KEN")]


def test_a_states_possessive_and_a_lower_case_title_in_apposition_name_a_head_at_the_sitting() -> None:
    text = (
        "MAPUTO, 14 March 2031 (XX) - The summit of the Coastal Forum opened in Maputo today. A new presence at "
        "the meeting is Madagascar's president, Marc Andoniaina.\n"
    )
    [meeting] = _meetings(text, "coastal-forum", None)
    assert [(p["person"], p.get("party"), p["role"]) for p in meeting["participants"]] == [
        ("Marc Andoniaina", "MDG", "head of state")
    ]


def test_a_minister_who_told_reporters_after_the_sitting_is_not_put_at_it() -> None:
    text = (
        "LIBREVILLE, 14 March 2031 (XX) - Heads of state decided at the extraordinary session of the Coastal Forum, "
        "held in Malabo, to suspend the country from the Forum's proceedings, Angolan Foreign Minister Tete Amaro "
        "told reporters after the meeting.\n"
    )
    assert all(
        p["person"] != "Tete Amaro" for m in _meetings(text, "coastal-forum", None) for p in m["participants"]
    )


def test_a_stray_semicolon_between_a_states_title_and_its_name_and_two_titled_persons_in_the_last_item() -> (
    None
):
    text = (
        "The Conference of Heads of Government of the Coastal Forum met in Grand Anse from 4 to 7 March 2031. "
        "Also present were: the Prime Minister of Barbados, Hon. Owen Carter; the Prime Minister of Saint Kitts "
        "and Nevis; Dr. the Hon. Denzil Morris; the Prime Minister of Saint Lucia, Hon. Kenny Alleyne; the "
        "President of Suriname, H.E. Ronald R. Vanterpool and Prime Minister of Jamaica, the Hon. "
        "Patrick Mannix.\n"
    )
    [meeting] = _meetings(text, "coastal-forum", None)
    seats = {(p["person"], p.get("party"), p["role"]) for p in meeting["participants"]}
    assert {
        ("Denzil Morris", "KNA", "head of government"),
        ("Ronald R. Vanterpool", "SUR", "head of state"),
        ("Patrick Mannix", "JAM", "head of government"),
    } <= seats


def test_a_head_not_allowed_to_attend_is_not_put_at_the_sitting() -> None:
    text = (
        "MENDOZA, 14 March 2031 (XX) - The leaders of the Coastal Forum met in Mendoza today. Paraguay's interim "
        "president, Federico Francia, had not been allowed to attend.\n"
    )
    assert [p for m in _meetings(text, "coastal-forum", None) for p in m["participants"]] == []


@pytest.mark.parametrize(
    ("said", "status"),
    [
        ("The heads of state admitted five new observer states: Bosnia and Herzegovina, the Dominican Republic, the "
         "United Arab Emirates, Estonia and Montenegro.", "observer"),
        ("The summit welcomed five new members: Bosnia and Herzegovina, the Dominican Republic, the United Arab "
         "Emirates, Estonia and Montenegro.", "member"),
    ],
)  # fmt: skip
def test_a_number_of_new_statuses_then_the_list_after_a_colon(said: str, status: str) -> None:
    text = f"MONTREUX, 14 March 2031 - The Summit of the Coastal Forum closed in Montreux today. {said}\n"
    grants = [(s["party"], s["status"]) for s in _of("StatusGranted", text, "coastal-forum", None)]
    assert grants == [(p, status) for p in ("BIH", "DOM", "ARE", "EST", "MNE")]


def test_the_member_states_before_a_colon_are_granted_nothing() -> None:
    text = (
        "MONTREUX, 14 March 2031 - The Summit of the Coastal Forum closed in Montreux today. The leaders of the "
        "member states: Estonia and Montenegro, met.\n"
    )
    assert _of("StatusGranted", text, "coastal-forum", None) == []


@pytest.mark.parametrize("published", ["9999-12-26", "9999-12-31", "0001-01-02"])
def test_a_day_at_the_calendars_edge_names_no_weekday_around_it(published: str) -> None:
    text = (
        "The Council of Ministers of the Coastal Forum met in Valletta until Saturday, and again yesterday.\n"
    )
    candidates = extract(text, "coastal-forum", "t", published=published)  # no overflow past the calendar
    days = [c.event.get("date", "") for c in candidates if c.event["type"] == "MeetingHeld"]
    assert all(not d or d[:4] in (published[:4], str(int(published[:4]) - 1)) for d in days)


@pytest.mark.parametrize(
    "told",
    [
        "The International Organisation of La Francophonie said on Friday that it had suspended Ruritania's "
        "neighbour Mali from its bodies.",
        "The International Organisation of La Francophonie suspended Mali from its bodies on Friday.",
    ],
)
def test_the_organizations_full_name_in_the_tables_names_is_its_own_subject(told: str) -> None:
    text = f"PARIS, March 14 -- {told}\n"
    assert [(e["party"], e["effective"]) for e in _of("ConditionImposed", text, "oif")] == [
        ("MLI", "2031-03-14")
    ]


def test_another_organizations_full_name_suspends_for_itself() -> None:
    text = "PARIS, March 14 -- The Economic Community of West African States suspended Mali on Friday.\n"
    assert _of("ConditionImposed", text, "oif") == []


# --- appointments -------------------------------------------------------------------------------------------


def test_a_term_of_years_closes_a_term_that_starts_in_a_month() -> None:
    text = (
        "NOUMEA, 14 March 2031 - The Conference of the Coastal Forum today appointed Dr Arno Veltik as its new "
        "Director-General. Dr Veltik will serve a first term of two years and is due to take up the post in "
        "January 2032.\n"
    )
    [appointed] = _of("OfficialAppointed", text, "coastal-forum", None)
    assert appointed["term"] == "2032-01/2033-12"


def test_an_act_done_under_an_article_of_the_organizations_statute_adopts_no_statute() -> None:
    text = (
        "STRASBOURG, 14 March 2031 - The Council of the Coastal Forum today suspended Ruritania's rights of "
        "representation. The decision was adopted at an extraordinary meeting of the ministers' deputies under "
        "Article 8 of the organization's Statute.\n"
    )
    assert [e for e in _of("DocumentAdopted", text, "coastal-forum", None) if "Statute" in e["title"]] == []


@pytest.mark.parametrize("body", ["Commission", "Secretariat", "Authority"])
def test_the_secretary_of_an_organs_name_is_an_office(body: str) -> None:
    text = (
        "BRCKO, March 14 (Agency) - The Meeting of the Parties of the Coastal Forum was held in Brcko on Friday. "
        f"They appointed Tamara Horvat of Croatia as Secretary of the {body} for a four-year term starting on "
        "1 June 2031.\n"
    )
    [appointed] = _of("OfficialAppointed", text, "coastal-forum", "2031-03-14")
    assert (appointed["person"], appointed["term"]) == ("Tamara Horvat", "2031-06-01/2035-05-31")


def test_a_secretary_of_state_is_no_office_of_the_organization() -> None:
    text = (
        "BRCKO, March 14 (Agency) - The Meeting of the Parties of the Coastal Forum was held in Brcko on Friday. "
        "They welcomed Tamara Horvat as Secretary of State of Croatia.\n"
    )
    assert _of("OfficialAppointed", text, "coastal-forum", "2031-03-14") == []


@pytest.mark.parametrize(
    ("told", "body"),
    [
        ("The Meeting of the Parties to the Framework Agreement on the Lumbaya River Basin was held in Brcko on "
         "14 March 2031.", "meeting-of-the-parties"),
        ("The Conference of the Parties to the Coastal Convention opened in Lima on 14 March 2031.",
         "conference-of-the-parties"),
    ],
)  # fmt: skip
def test_a_treatys_parties_sit_as_the_meeting_or_conference_of_the_parties(told: str, body: str) -> None:
    assert [m["body"] for m in _meetings(f"{told}\n", "coastal-forum", None)] == [body]


def test_a_title_with_a_name_of_its_own_after_a_surname_is_the_next_persons() -> None:
    text = (
        "NUSA DUA, Bali, March 14 (XX) - The summit of the Coastal Forum opened in Nusa Dua on Friday, when Iranian "
        "President Darius Tabari handed the chair to the host.\n\n"
        "Around the table with the host sat Tabari, Malaysian Prime Minister Abdullah Ahmad Karim, Nigerian "
        "President Olu Bankole and Turkish Prime Minister Recep Aydin.\n"
    )
    [meeting] = _meetings(text, "coastal-forum")
    seats = {(p["person"], p.get("party")) for p in meeting["participants"]}
    assert ("Abdullah Ahmad Karim", "MYS") in seats
    assert all(not (person.endswith("Tabari") and party == "MYS") for person, party in seats)


@pytest.mark.parametrize(
    "told",
    [
        "The leaders admitted seven countries as observers: Ecuador, France, Honduras, Portugal, Paraguay, the "
        "Dominican Republic and El Salvador.",
        "The leaders accepted a request by Costa Rica to start the procedure for joining the Forum as a full "
        "member, and they admitted seven countries as observers: Ecuador, France, Honduras, Portugal, Paraguay, "
        "the Dominican Republic and El Salvador.",
    ],
)
def test_observers_admitted_in_a_list_after_a_colon_beside_a_procedure(told: str) -> None:
    text = f"CALI, 14 March 2031 -- The summit of the Coastal Forum closed in Cali today. {told}\n"
    grants = [(s["party"], s["status"]) for s in _of("StatusGranted", text, "coastal-forum", None)]
    assert grants == [(p, "observer") for p in ("ECU", "FRA", "HND", "PRT", "PRY", "DOM", "SLV")]
    procedures = [(s["party"], s["status"]) for s in _of("ProcedureLaunched", text, "coastal-forum", None)]
    assert procedures == ([("CRI", "member")] if "Costa Rica" in told else [])
