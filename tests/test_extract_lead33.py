"""Session 33 (issue 14): what the read round 2 of session 32 (set 81 and its real pages) and the blind round 1
of this session showed. Each case is one of a class; the sentences are invented (persons, towns and organizations
where a real one is not the point), dated in 2031 where a weekday matters (14 March 2031 is a Friday).
"""

from __future__ import annotations

import pytest

from tests.conftest import lead_events as _of
from tests.conftest import lead_meetings as _meetings

# --- appointments ---------------------------------------------------------------------------------------------


def test_a_ceremony_for_the_start_of_the_new_heads_term_names_the_appointment_and_its_term() -> None:
    text = (
        "Ruritanian diplomat takes up the Xyz's top post\n\n"
        "LUMBAYA, January 23 (Agency) - The Xyz held a ceremony at its Secretariat on Thursday to mark the start "
        "of the term of its new Secretary-General, Ruritania's Karel Vondrak.\n\n"
        "The chairman of the foreign ministers announced the appointment. Vondrak, until recently an ambassador, "
        "took up his post on January 1 for a three-year term.\n"
    )
    [event] = _of("OfficialAppointed", text, "xyz", "2031-01-23")
    assert (event["person"], event["office"]) == ("Karel Vondrak", "secretary-general")
    assert event["term"] == "2031-01-01/2033-12-31"


@pytest.mark.parametrize(
    "office", ["Secretary-General of the Xyz", "Secretary-General", "the new Secretary-General of the Xyz"]
)
def test_the_day_a_post_was_taken_up_as_an_office_is_the_terms_first_day(office: str) -> None:
    text = (
        f"LUMBAYA, January 23 (Agency) - Karel Vondrak of Ruritania took up his post as {office} on January 1 "
        "for a three-year term.\n"
    )
    [event] = _of("OfficialAppointed", text, "xyz", "2031-01-23")
    assert event["person"] == "Karel Vondrak"
    assert event["term"] == "2031-01-01/2033-12-31"


def test_a_new_head_told_only_in_passing_is_no_appointment() -> None:
    # no act and no term: the new head is named as the speaker of the day
    text = "LUMBAYA, January 23 (Agency) - The Xyz's new Secretary-General, Karel Vondrak, spoke on trade.\n"
    assert _of("OfficialAppointed", text, "xyz", "2031-01-23") == []


# --- presidencies ---------------------------------------------------------------------------------------------


def test_a_chair_taken_over_from_a_state_whose_past_is_told_after_is_todays_handover() -> None:
    text = (
        "LUMBAYA, Feb 25 (Agency) - The third summit of the Xyz was held in Cairo on Sunday. Egypt took over "
        "the rotating chairmanship of the group from Bangladesh, which had held it since the previous summit, in "
        "Dhaka two years earlier, in 2029.\n"
    )
    [event] = _of("PresidencyHandedOver", text, "xyz", "2031-02-26")
    assert (event["to_party"], event["from_party"]) == ("EGY", "BGD")
    assert event["effective"] == "2031-02-23"


def test_the_state_a_chair_was_taken_over_from_is_the_giver() -> None:
    text = (
        "LUMBAYA, Feb 25 (Agency) - The third summit of the Xyz was held in Cairo on Sunday. Egypt took over "
        "the chairmanship from Bangladesh.\n"
    )
    [event] = _of("PresidencyHandedOver", text, "xyz", "2031-02-26")
    assert (event["to_party"], event["from_party"]) == ("EGY", "BGD")


def test_a_relative_clause_s_place_and_time_do_not_stretch_to_a_handover_told_after_it() -> None:
    # "on 1 March" after the relative clause is the handover's own day, not the clause's
    text = (
        "LUMBAYA, Feb 25 (Agency) - Egypt will take over the chairmanship of the Xyz from Bangladesh, which has "
        "held it since 2029, on 1 March 2031.\n"
    )
    [event] = _of("PresidencyHandedOver", text, "xyz", "2031-02-26")
    assert event["to_party"] == "EGY"
    assert event["effective"] == "2031-03-01"


# --- documents ------------------------------------------------------------------------------------------------


def test_a_joint_press_statement_is_the_sittings_own() -> None:
    text = (
        "LUMBAYA, Sept 21 - The Xyz foreign ministers met in Lumbaya on Thursday. At the close, the ministers "
        "adopted a joint press statement.\n"
    )
    [doc] = _of("DocumentAdopted", text, "xyz", "2031-03-15")
    assert doc["title"].lower().startswith("joint press statement")


def test_a_press_statement_of_one_ministry_is_no_document_of_the_meeting() -> None:
    text = (
        "LUMBAYA, Sept 21 - The Xyz foreign ministers met in Lumbaya on Thursday. The host's ministry issued a "
        "press statement.\n"
    )
    assert _of("DocumentAdopted", text, "xyz", "2031-03-15") == []


def test_a_joint_statement_read_out_is_issued() -> None:
    text = (
        "LUMBAYA, Feb 6 - The tourism ministers of the Xyz met in Lumbaya on Sunday. The joint statement was read "
        "out in the presence of the other heads of delegation.\n"
    )
    [doc] = _of("DocumentAdopted", text, "xyz", "2031-02-06")
    assert "statement" in doc["title"].lower()


# --- persons --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name", ["Jose Lucas do Carmo da Silva", "Maria dos Santos Lima", "Ana das Neves Costa"]
)
def test_a_portuguese_particle_inside_a_name_keeps_the_whole_name(name: str) -> None:
    text = (
        "LUMBAYA, March 14 - The Xyz economic ministers met in Bangkok on Friday. "
        f"{name}, Minister of Commerce of Timor Leste, joined the talks as well.\n"
    )
    [meeting] = _meetings(text, "xyz")
    [person] = [p for p in meeting["participants"] if p.get("party") == "TLS"]
    assert person["person"] == name


def test_a_chair_held_since_a_day_just_before_the_text_was_taken_that_day() -> None:
    text = (
        "Lumbaya, 4 January /Agency/ - The Republic of Moldova has held the chairmanship of the Xyz since "
        "1 January 2031, and its mandate will cover the whole year, the foreign ministry said today.\n"
    )
    [event] = _of("PresidencyHandedOver", text, "xyz", "2031-01-04")
    assert (event["to_party"], event["effective"]) == ("MDA", "2031-01-01")


def test_a_chair_held_since_a_month_long_ago_is_no_handover_of_the_text() -> None:
    text = (
        "Lumbaya, 4 March /Agency/ - Moldova, which has held the chairmanship of the Xyz since January 2029, "
        "presented its report today.\n"
    )
    assert _of("PresidencyHandedOver", text, "xyz", "2031-03-04") == []


@pytest.mark.parametrize(
    "act", ["took a decision to transfer", "adopted a decision to transfer", "decided to transfer"]
)
def test_a_decision_to_transfer_the_chair_hands_it_over(act: str) -> None:
    text = (
        "20 March 2031\n\nThe Council of Ministers of the Xyz held its 40th meeting today by videoconference. "
        f"The Council {act} the chairmanship of the Xyz to Ukraine.\n"
    )
    [event] = _of("PresidencyHandedOver", text, "xyz", "2031-03-20")
    assert event["to_party"] == "UKR"


# --- attendance -----------------------------------------------------------------------------------------------


def test_the_signatories_listed_in_lines_after_the_declaration_attend() -> None:
    text = (
        "LUMBAYA, 14 March 2031 - The foreign ministers of the Xyz today adopted a joint declaration on the "
        "Lumbaya Sea at their 25th Ministerial Meeting in Manila.\n\n"
        "The declaration was signed by the following:\n"
        "Ali Rahman, Minister of Foreign Affairs of Indonesia\n"
        "Siti Aminah, Minister for Foreign Affairs of Malaysia\n"
        "Karl Weiss, Minister of Foreign Affairs of Austria\n"
    )
    [meeting] = _meetings(text, "xyz")
    assert [(p["person"], p["party"]) for p in meeting["participants"]] == [
        ("Ali Rahman", "IDN"),
        ("Siti Aminah", "MYS"),
        ("Karl Weiss", "AUT"),
    ]
    [doc] = _of("DocumentAdopted", text, "xyz")
    assert doc["title"] == "Joint declaration on the Lumbaya Sea"


@pytest.mark.parametrize("title", ["Prime Ministers", "Foreign Ministers"])
def test_heads_listed_under_a_plural_title_with_their_states_in_brackets_who_met_attend(title: str) -> None:
    # (a list under "Presidents" that opens the text tells no sitting the meeting reader finds: not read here)
    text = (
        f"Xyz {title.lower()} meet in Brussels\n\nFebruary 3rd, 2031\n\n"
        f"{title} Karel Novak (Czech Republic), Janos Kiss (Hungary), Adam Nowak (Poland) and Eva Horvath "
        "(Slovakia) met in Brussels on Monday 27 January 2031 to coordinate their positions.\n"
    )
    [meeting] = _meetings(text, "xyz", "2031-02-03")
    assert [(p["person"], p["party"]) for p in meeting["participants"]] == [
        ("Karel Novak", "CZE"),
        ("Janos Kiss", "HUN"),
        ("Adam Nowak", "POL"),
        ("Eva Horvath", "SVK"),
    ]


def test_heads_listed_who_will_meet_are_not_there_yet() -> None:
    text = (
        "Xyz prime ministers to meet in Brussels\n\nFebruary 3rd, 2031\n\n"
        "The Xyz summit was held in Prague on Monday 27 January 2031. Prime Ministers Karel Novak (Czech "
        "Republic), Janos Kiss (Hungary) and Adam Nowak (Poland) will meet again in Brussels next month.\n"
    )
    for meeting in _meetings(text, "xyz", "2031-02-03"):
        assert meeting.get("participants", []) == []


def test_initials_in_square_brackets_read_as_in_round_ones() -> None:
    # a transcript's "[EAEC]" after the organization's name is its initials, no part of the body's name
    text = (
        "Transcript\n\n22 Jun 31\n\n[Presenter] Today in Moscow a sitting of the Eurasian Economic Community [EAEC]\n"
        "interstate council began.\n"
    )
    [meeting] = _meetings(text, "eurasec", "2031-06-22")
    assert meeting["body"] == "interstate-council"


@pytest.mark.parametrize(
    ("words", "there"),
    [
        ("was the first to take the floor", True),
        ("took the floor", True),
        ("will take the floor at the next session", False),
    ],
)
def test_who_took_the_floor_was_at_the_sitting(words: str, there: bool) -> None:
    text = (
        "LUMBAYA, 14 March 2031 - A meeting of the Xyz interstate council opened in Lumbaya today. "
        f"Kazakh President Nursultan Nazarbayev {words}.\n"
    )
    [meeting] = _meetings(text, "xyz", "2031-03-14")
    assert [p["person"] for p in meeting.get("participants", [])] == (
        ["Nursultan Nazarbayev"] if there else []
    )


def test_among_the_heads_of_delegation_were_names_some_who_came() -> None:
    text = (
        "LUMBAYA, 6 May 2031 - The Committee of Ministers of the Xyz held its 124th session today in Vienna. "
        "Among the heads of delegation were Albanian Foreign Minister Ardit Hoxha and Andorran Foreign Minister "
        "Gilbert Saboya Sunyé.\n"
    )
    [meeting] = _meetings(text, "xyz", "2031-05-06")
    assert [(p["person"], p["party"]) for p in meeting["participants"]] == [
        ("Ardit Hoxha", "ALB"),
        ("Gilbert Saboya Sunyé", "AND"),
    ]


# --- documents of the sitting ---------------------------------------------------------------------------------


def test_a_summit_ended_with_a_final_declaration_after_its_town_and_the_towns_apposition() -> None:
    text = (
        "PORT LOUIS (Agency) - Heads of state of the Xyz ended their fourth summit in Moroni, the capital of the "
        "Comoros, on Saturday with a final declaration that maps out the challenges of the region.\n"
    )
    [doc] = _of("DocumentAdopted", text, "xyz", "2031-03-16")
    assert doc["title"].startswith("Final declaration of the")


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        ("At the close the chairman issued a statement that called the meeting a historic event.", True),
        ("The chair released a statement summing up the talks.", True),
        ("The chairman issued a statement condemning the attack.", False),
        ("The chairman will issue a statement at the close.", False),
    ],
)
def test_the_chairs_statement_is_the_sittings_document(sentence: str, told: bool) -> None:
    text = (
        "BANGKOK (Agency) - Foreign ministers of the Xyz met in Bangkok on Friday for the first meeting of the "
        f"Xyz Regional Forum. {sentence}\n"
    )
    docs = [
        d for d in _of("DocumentAdopted", text, "xyz", "2031-03-15") if "Chairman's Statement" in d["title"]
    ]
    assert len(docs) == (1 if told else 0)


# --- chairs ---------------------------------------------------------------------------------------------------


def test_who_chaired_is_named_by_chaired_not_by_who_opened_an_earlier_sentence() -> None:
    text = (
        "1. Ministers of the Xyz met in Manila on 22-23 November 2030 for the Eighth Xyz Ministerial Meeting.\n\n"
        "2. The President of the Philippines, H.E. Ramon T. Reyes, opened the session with a welcome to all.\n\n"
        "3. The session was chaired by H.E. Mr. Tomas R. Dela Cruz Jr., the Philippine Secretary of Foreign "
        "Affairs.\n"
    )
    [meeting] = _meetings(text, "xyz", "2030-11-23")
    assert meeting["chair"]["person"] == "Tomas R. Dela Cruz Jr"


def test_chinese_taipei_in_a_list_of_economies_is_no_person() -> None:
    text = (
        "Ministers from Canada, Chinese Taipei, Peru and Chile took part in the Eighth Xyz Ministerial Meeting, "
        "held in Manila from 22 to 23 November 2030.\n"
    )
    [meeting] = _meetings(text, "xyz", "2030-11-23")
    assert "Chinese Taipei" not in [p["person"] for p in meeting.get("participants", [])]


@pytest.mark.parametrize(
    ("org", "expected"),
    [
        ("arab-league", "Final communique of the Arab League Summit"),
        ("xyz", "Final communique of the XYZ Summit"),
    ],
)
def test_a_final_communique_the_leaders_released_is_the_summits_own(org: str, expected: str) -> None:
    text = (
        "CAIRO, Egypt (Agency) -- The summit closed on Sunday after two days of talks.\n\n"
        "The host praised the final communique the heads of state issued.\n"
    )
    [doc] = _of("DocumentAdopted", text, org, "2031-03-17")
    assert doc["title"] == expected


@pytest.mark.parametrize("when", ["Last year, ", ""])
def test_a_handover_told_of_last_year_puts_no_one_at_this_sitting(when: str) -> None:
    text = (
        "ARUSHA, March 14 - The Xyz heads of state held their 11th summit in Arusha on Friday. "
        f"{when}President Jean Mugabo took over the chairmanship from Ugandan President Yoweri Museveni"
        f"{'' if when else ' last year'}.\n"
    )
    [meeting] = _meetings(text, "xyz")
    assert "Yoweri Museveni" not in [p["person"] for p in meeting.get("participants", [])]


def test_a_handover_at_this_sitting_puts_the_giver_there() -> None:
    text = (
        "ARUSHA, March 14 - The Xyz heads of state held their 11th summit in Arusha on Friday. "
        "President Jean Mugabo took over the chairmanship from Ugandan President Yoweri Museveni.\n"
    )
    [meeting] = _meetings(text, "xyz")
    assert "Yoweri Museveni" in [p["person"] for p in meeting.get("participants", [])]


# --- dates and histories --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("when", "date"),
    [
        ("in January", "2031-01"),
        ("at the end of January", "2031-01"),
        ("in late January", "2031-01"),
        ("on 30 January", "2031-01-30"),
        ("in March", "2031-02-06"),  # a month after the report's is no sitting's time: the dateline's day
    ],
)
def test_a_sitting_told_by_its_month_before_the_reports_month_is_dated_to_the_month(
    when: str, date: str
) -> None:
    text = (
        "HARARE, 6 February 2031 - An extraordinary summit of Xyz heads of state and government met in Addis "
        f"Ababa {when}.\n"
    )
    [meeting] = _meetings(text, "xyz", "2031-02-06")
    assert meeting["date"] == date


@pytest.mark.parametrize(
    "sentence",
    [
        "Xyz leaders lifted the suspension imposed on Madagascar almost five years ago.",
        "Madagascar is once again a full participant in the Xyz after the bloc's leaders lifted the suspension "
        "imposed on the island almost five years ago.",
    ],
)
def test_a_suspension_lifted_now_that_was_imposed_long_ago(sentence: str) -> None:
    text = f"HARARE, 6 February 2031 - {sentence}\n"
    [event] = _of("ConditionLifted", text, "xyz", "2031-02-06")
    assert event["party"] == "MDG"


def test_a_suspension_lifted_years_ago_is_history() -> None:
    text = "HARARE, 6 February 2031 - Xyz leaders lifted the suspension of Madagascar five years ago.\n"
    assert _of("ConditionLifted", text, "xyz", "2031-02-06") == []


@pytest.mark.parametrize(("annual", "effective"), [(True, "2031-01-01"), (False, "2030-12-20")])
def test_a_chair_passed_in_a_calendar_year_rotation_begins_on_the_next_first_of_january(
    annual: bool, effective: str
) -> None:
    text = (
        "20 December 2030\n\nThe Council of Ministers of the Xyz held its 40th meeting today by videoconference, "
        "under the chairmanship of Moldova.\n\nThe Council took a decision to transfer the chairmanship of the "
        "Xyz to Ukraine. Moldova had taken over the "
        + ("annual chairmanship" if annual else "chairmanship")
        + " on 1 January 2030.\n"
    )
    [event] = _of("PresidencyHandedOver", text, "xyz", "2030-12-20")
    assert (event["to_party"], event["effective"]) == ("UKR", effective)


@pytest.mark.parametrize(
    ("sentence", "there"),
    [
        ("It was joined by the Presidents of Armenia, Kazakhstan and Tajikistan.", True),
        ("Leaders of Armenia, Kazakhstan and Tajikistan took part in the event.", True),
        (
            "Next year's summit will be joined by the Presidents of Armenia, Kazakhstan and Tajikistan.",
            False,
        ),
    ],
)
def test_a_head_listed_by_state_and_named_elsewhere_attends(sentence: str, there: bool) -> None:
    text = (
        "LUMBAYA, 14 March 2031 - The informal summit of the Xyz heads of state opened near Astana on Friday. "
        "Kazakhstan's President Aidos Serikbayev had invited his Armenian peer.\n\n"
        f"{sentence}\n"
    )
    [meeting] = _meetings(text, "xyz")
    assert ("Aidos Serikbayev" in [p["person"] for p in meeting.get("participants", [])]) is there


@pytest.mark.parametrize(
    "sentence",
    [
        "The order of business and the agenda had been approved at the first plenary on 4 June.",
        "The heads of state should adopt a decision on the development of the organisation.",
        "The leaders must sign the Lumbaya Declaration before the year ends.",
    ],
)
def test_what_is_procedure_or_still_to_do_is_no_document_adopted(sentence: str) -> None:
    text = f"LUMBAYA, June 5, 2031 - The regular session of the Xyz Assembly closed today in Lumbaya. {sentence}\n"
    assert _of("DocumentAdopted", text, "xyz", "2031-06-05") == []


@pytest.mark.parametrize(
    ("host", "role"), [("Russian President Ivan Petrov", "head of state"), ("The host", "head of delegation")]
)
def test_the_hosts_counterparts_by_adjective_and_name_pair_up(host: str, role: str) -> None:
    text = (
        "LUMBAYA, March 14 (Agency) - The Xyz Supreme Council met in Sochi on Friday. "
        f"{host} welcomed his Armenian, Belarusian and Kazakh counterparts, Aram Petrosyan, Ales Kovalenko and "
        "Serik Akhmetov, to the talks.\n"
    )
    [meeting] = _meetings(text, "xyz")
    got = {p["person"]: (p["party"], p["role"]) for p in meeting["participants"]}
    assert got["Aram Petrosyan"] == ("ARM", role)
    assert got["Ales Kovalenko"] == ("BLR", role)
    assert got["Serik Akhmetov"] == ("KAZ", role)


def test_counterparts_to_be_welcomed_are_not_there_yet() -> None:
    text = (
        "LUMBAYA, March 14 (Agency) - The Xyz Supreme Council met in Sochi on Friday. Next month the host will "
        "welcome his Armenian and Kazakh counterparts, Aram Petrosyan and Serik Akhmetov, in Yerevan.\n"
    )
    [meeting] = _meetings(text, "xyz")
    assert meeting.get("participants", []) == []


def test_a_days_month_abbreviated_keeps_its_day_in_the_sentence_that_names_the_year() -> None:
    # no dateline day: the year the sentence names for its meeting dates "Dec. 12"
    text = "LUMBAYA - The Xyz Senior Officials Committee convened for its final meeting of 2031 in Astana on Dec. 12.\n"
    [meeting] = _meetings(text, "xyz", None)
    assert meeting["date"] == "2031-12-12"


def test_the_only_absentee_is_not_there() -> None:
    text = (
        "MINSK, June 1 (Agency) - Presidents of the Xyz are meeting in Minsk today for a session of the Xyz "
        "Council of Heads of State. The only absentee is Turkmen President Saparmurat Niyazov.\n"
    )
    [meeting] = _meetings(text, "xyz", "2031-06-01")
    assert "Saparmurat Niyazov" not in [p["person"] for p in meeting.get("participants", [])]


@pytest.mark.parametrize("opening", ["Also on Thursday, ", "Later, ", "On Friday, "])
def test_a_time_opening_a_sentence_is_no_title_of_the_name_after_it(opening: str) -> None:
    from igo_timeline.extract.people import parse_item

    person = parse_item(f"{opening}Karel Novak", "xyz")
    assert person is not None
    assert (person.name, person.role) == ("Karel Novak", "")


def test_an_official_along_with_the_delegates_is_an_item_of_his_own() -> None:
    text = (
        "TASHKENT, April 11 (Agency) - The 105th meeting of the Xyz Economic Council was held in Tashkent on "
        "Friday. Deputy Prime Ministers from Kazakhstan, Kyrgyzstan and Russia, along with Xyz Secretary General "
        "Karel Novak, also took part in the discussions.\n"
    )
    [meeting] = _meetings(text, "xyz")
    [novak] = [p for p in meeting["participants"] if p["person"] == "Karel Novak"]
    assert novak.get("party") is None
    assert novak["role"] == "Xyz Secretary General"


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        ("The final communique asked the board to take the steps needed for a single currency.", True),
        ("The closing declaration called for a ceasefire.", True),
        ("A communique asked the board to act.", False),
    ],
)
def test_the_sittings_final_communique_told_by_what_it_says(sentence: str, told: bool) -> None:
    text = f"KUWAIT, Dec 15 (Agency) - The 30th summit of the Xyz closed in Kuwait on Tuesday. {sentence}\n"
    docs = _of("DocumentAdopted", text, "xyz", "2031-12-16")
    assert len(docs) == (1 if told else 0)


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "The council approved a set of measures on mutual investment.",
            "Set of measures on mutual investment",
        ),
        (
            "The council approved a comprehensive list of measures to stimulate mutual investment.",
            "Comprehensive list of measures to stimulate mutual investment",
        ),
    ],
)
def test_measures_approved_as_one_document(sentence: str, title: str) -> None:
    text = f"MOSCOW, Dec 4 - The Xyz Intergovernmental Council met by videoconference on Friday. {sentence}\n"
    [doc] = _of("DocumentAdopted", text, "xyz", "2031-12-05")
    assert doc["title"] == title


def test_another_organizations_summit_last_week_is_no_sitting_of_the_text() -> None:
    text = (
        "Minister praises the Xyz\n\nASTANA - Kazakh Foreign Minister Aidos Serikbayev spoke on Oct. 17 at an "
        "informal meeting of the Xyz Council of Foreign Ministers in Istanbul, Turkey.\n\n"
        "He thanked the Xyz delegations for taking part in the CICA's anniversary summit last week in Astana.\n"
    )
    [meeting] = _meetings(text, "xyz", "2031-10-17")
    assert (meeting["body"], meeting["place"]) == ("council-of-foreign-ministers", "Istanbul")


@pytest.mark.parametrize(("when", "date"), [("today", "2031-03-14"), ("on Thursday", "2031-03-13")])
def test_a_sentence_set_at_the_named_sitting_on_a_day_tells_it_held(when: str, date: str) -> None:
    text = (
        "Forum ministers conclude\n\n5.30pm (Lumbaya) Friday 14 March 2031\n\n"
        f"At the Xyz Foreign Ministers Meeting (XFMM) {when}, ministers discussed a range of issues.\n"
    )
    [meeting] = _meetings(text, "xyz", "2031-03-14")
    assert (meeting["body"], meeting["date"]) == ("foreign-ministers-meeting", date)


@pytest.mark.parametrize("heading", ["Leaders meet in Lima", "Ministers discuss the Lumbaya Declaration"])
def test_a_headline_is_no_document(heading: str) -> None:
    text = (
        f"{heading}\n\nLima, July 12, 2031\n\n1. Ministers from Peru, Chile and Canada participated in the Eighth "
        "Xyz Ministerial Meeting convened in Lima on 11-12 July 2031.\n"
    )
    assert _of("DocumentAdopted", text, "xyz", "2031-07-12") == []


@pytest.mark.parametrize(
    ("tail", "date"),
    [
        ("in conjunction with the Xyz Tourism Forum 2031 (XTF 2031).", "2031-01-19"),
        ("the first time since the Xyz Tourism Forum 2019.", None),
    ],
)
def test_the_forum_a_meeting_is_held_with_names_its_year(tail: str, date: str | None) -> None:
    # no publication day, no dateline: the year of the day "19 January" comes from the forum the meeting is held with
    text = (
        "XTF: The 17th Meeting of Xyz Tourism Ministers\n\nKuching - The Seventeenth Meeting of Xyz Tourism Ministers "
        f"took place in Kuching, Malaysia, on 19 January {tail}\n"
    )
    meetings = _meetings(text, "xyz", None)
    assert [m.get("date") for m in meetings] == ([date] if date else [])


@pytest.mark.parametrize("end", [".", " on Friday."])
def test_a_town_named_after_its_states_possessive_at_a_sentences_end_keeps_no_full_stop(end: str) -> None:
    # (found trying a real page of 2015 no set holds: the town came out as "Burabay.")
    text = (
        f"On 16 October 2031 the session of the Xyz Supreme Council took place in Kazakhstan's Burabay{end}\n"
    )
    [meeting] = _meetings(text, "xyz", "2031-10-17")
    assert meeting["place"] == "Burabay"
