"""The lead's changes of the twentieth session, each a class read in blind round 1 (set 56 and real pages of
2013-2025) and checked on sets it was not written from.

- a numbered paragraph's mark ("1. Heads of Government met in ...", "1.The session") is no part of the subject;
- a day glued to its month by a page's copy ("on 10July 2031", "July10, 2031") is a day;
- a sentence that states other days than the meeting's tells another sitting: its town is not the meeting's;
- a sitting told while it sits ("are meeting today", "is holding its summit here today"), never one to come;
- a body the subject is likened to ("modelled on the UN Security Council") is not the meeting's body;
- "The decision was taken at a meeting of the X Council" tells the sitting;
- a date alone before the lede ("Dec 11, 2031 (Outlet) --") is the dateline: the lede's own day dates the meeting;
- the chair's office of a state in apposition ("X, First Vice President and Foreign Minister of A") gives its
  state; "with X, Minister ... of A, in the Chair"; an office in lower case is no head of state;
- "since it took the chair" tells a handover before the text, no act of it;
- "X said at the meeting" puts a titled person of a state at the sitting (the rule that read it was already
  there: this is a regression test; not "at a press conference after the meeting");
- a title in quote marks: straight ones, no article before them, words in any case inside them, its end at the
  closing mark; "adopted ... in a meeting"; a numbered title ("Protocol No. 15 to ...");
- the presidency of the committee of the states' ministers, handed to a state, is the organization's;
  "A handed B the presidency" gives it to B.

Every text is invented (organizations, towns of the gazetteer, persons).
"""

from __future__ import annotations

from extract_run import events, held

from igo_timeline.extract.dates import find_dates

# --- meetings ----------------------------------------------------------------------------------------------


def test_a_numbered_paragraphs_mark_is_no_part_of_the_subject() -> None:
    for text in (
        "1. Varnic Heads of Government met in Kuching from 12-14 March 2031. Of the 20 states present, 14 sent "
        "their heads of government.",
        "FINAL COMMUNIQUE\n\n1.The Twelfth Ordinary Session of the VARCOM Assembly opened in Kumasi, Ghana, on 10 "
        "July 2031.",
    ):
        meeting = held(text, "varcom")
        assert meeting["date"].startswith("2031-07-10" if "Kumasi" in text else "2031-03-12"), meeting


def test_a_day_glued_to_its_month_is_a_day() -> None:
    assert [d.edtf for d in find_dates("convened on 10July 2031")] == ["2031-07-10"]
    assert [d.edtf for d in find_dates("convened on July10, 2031")] == ["2031-07-10"]
    assert [d.edtf for d in find_dates("held on 10-11July 2031")] == ["2031-07-10/2031-07-11"]
    # no day read inside a word: "G20July" has none
    assert [d.kind for d in find_dates("the G20July 2031 round")] == ["year"]


def test_a_town_told_with_another_sittings_days_is_not_the_meetings() -> None:
    text = (
        "COUNCIL OF THE VARNIC COMMUNITY 512TH MEETING\n\nCOMMUNIQUE\n\nThe Council of the Varnic Community, at "
        "its 512th meeting held on 25 November 2031, adopted the following decision:\n\n1. Takes note of the "
        "report of the Commission.\n\n2. Recalls what the Assembly decided at its 40th session, which was held "
        "in Malabo on 27 and 28 June 2031;"
    )
    meeting = held(text, "varcom", published="2031-11-25")
    assert meeting["date"] == "2031-11-25"
    assert meeting.get("place") != "Malabo", meeting


def test_a_sitting_told_while_it_sits_is_held() -> None:
    for text in (
        "KUCHING, 19 September 2031 - Presidents of the Varnic Community are meeting today in Kuching for a "
        "session of the Council of Heads of State.",
        "KUCHING, 19 September 2031 - VARCOM leaders are holding their summit here today.",
        "KUCHING, 19 September 2031 - The VARCOM Council of Heads of State is in session here this morning.",
    ):
        meeting = held(text, "varcom")
        assert meeting["date"] == "2031-09-19" and meeting["place"] == "Kuching", meeting


def test_a_sitting_to_come_told_in_the_progressive_is_not_held() -> None:
    for text in (
        "ACCRA, 19 September 2031 - VARCOM leaders are meeting next week in Kuching.",
        "ACCRA, 19 September 2031 - VARCOM heads of state are holding a summit in Kuching on 25 September.",
    ):
        assert events(text, "varcom", "MeetingHeld") == [], text


def test_a_participle_set_off_by_commas_names_no_body_of_the_subject() -> None:
    text = (
        "ACCRA, Feb 25, 2031 - The decision was taken at a meeting of the VARCOM Peace Council in the Ghanaian "
        "capital. The 15-member council, modelled on the United Nations Security Council, met at the level of "
        "ambassadors."
    )
    assert held(text, "varcom")["body"] == "peace-council"
    alone = (
        "ACCRA, Feb 25, 2031 - The 15-member council, modelled on the United Nations Security Council, met."
    )
    # the likened body is never the meeting's (the first code read "security-council" here): a council with no
    # name of its own gives no meeting
    assert [e["body"] for e in events(alone, "varcom", "MeetingHeld")] == []
    assert (
        held(alone.replace("The 15-member council", "The VARCOM Peace Council"), "varcom")["body"]
        == "peace-council"
    )


def test_a_decision_taken_at_a_meeting_tells_the_sitting() -> None:
    text = "ACCRA, Feb 25, 2031 - The decision was taken at a meeting of the VARCOM Peace Council in Accra."
    meeting = held(text, "varcom")
    assert (meeting["body"], meeting["date"], meeting["place"]) == ("peace-council", "2031-02-25", "Accra")


def test_a_date_alone_before_the_lede_is_the_dateline() -> None:
    text = (
        "Dec 11, 2031(Varnic Post) —— The VARCOM Assembly held its 29th Extraordinary Summit on 9th December "
        "2031 in Accra, Ghana."
    )
    assert held(text, "varcom")["date"] == "2031-12-09"
    weekday = "May 8, 2031 - Leaders of VARCOM met on Tuesday in Accra."
    assert held(weekday, "varcom")["date"] == "2031-05-06"


# --- chairs and attendance ---------------------------------------------------------------------------------


def test_an_office_of_a_state_in_apposition_gives_the_chairs_state() -> None:
    text = (
        "WASHINGTON, May 26, 2031 - The Permanent Council of VARCOM held a special meeting today. The session "
        "was presided over by Ana Ruiz Soto, First Vice President and Foreign Minister of Panama."
    )
    meeting = held(text, "varcom")
    assert meeting["chair"]["party"] == "PAN", meeting["chair"]
    assert {"person": "Ana Ruiz Soto", "party": "PAN"}.items() <= meeting["participants"][0].items()


def test_a_chair_told_by_with_and_in_the_chair() -> None:
    text = (
        "Strasbourg, 16 May 2031 - The 150th session of the Committee of Ministers of VARCOM was held today in "
        "Strasbourg with Pere Vidal Roca, Foreign Minister of Andorra, in the Chair."
    )
    chair = held(text, "varcom")["chair"]
    assert (chair["person"], chair["party"]) == ("Pere Vidal Roca", "AND"), chair


def test_a_chair_whose_office_is_written_in_lower_case_is_no_head_of_state() -> None:
    text = (
        "Strasbourg, 16 May 2031 - The 150th session of the Committee of Ministers of VARCOM was held today in "
        "Strasbourg with the Andorran minister Pere Vidal in the chair."
    )
    entry = held(text, "varcom")["participants"][0]
    assert entry["person"] == "Pere Vidal" and entry["role"] != "head of state", entry


def test_who_said_something_at_the_meeting_attended_it() -> None:
    base = "MOSCOW, 19 November 2031 - The Varnic Intergovernmental Council met in extended format today. "
    for said in (
        "Our region faces new tension, Belarusian Prime Minister Ivan Petrovich Sidorov said at the meeting.",
        "“We agreed,” Belarusian Prime Minister Ivan Petrovich Sidorov said at the enlarged session of the Council.",
    ):
        people = [p["person"] for p in held(base + said, "varcom")["participants"]]
        assert people == ["Ivan Petrovich Sidorov"], people
    for not_there in (
        "Belarusian Prime Minister Ivan Petrovich Sidorov said at a press conference after the meeting that "
        "all went well.",
        "Belarusian Prime Minister Ivan Petrovich Sidorov said at the next meeting the bloc would decide.",
    ):
        assert held(base + not_there, "varcom").get("participants", []) == [], not_there


# --- documents ---------------------------------------------------------------------------------------------


def _titles(text: str, org: str = "varcom") -> list[str]:
    return [e["title"] for e in events(text, org, "DocumentAdopted")]


def test_a_title_in_straight_quotes_is_read() -> None:
    head = "KUCHING, 5 July 2031 - "
    for text in (
        head + 'The summit in Kuching adopted the "Kuching Declaration".',
        head + 'The summit in Kuching adopted the "Kuching Declaration" on Sunday.',
        head + 'VARCOM ministers adopted "Kuching Declaration on Schools" today.',
        head + "VARCOM ministers adopted 'Kuching Declaration on Schools' in a meeting held this morning.",
        head + "VARCOM ministers adopted “Kuching Declaration on Schools” today.",
    ):
        assert len(_titles(text)) == 1 and _titles(text)[0].startswith("Kuching Declaration"), text


def test_a_quoted_title_keeps_its_lower_case_words() -> None:
    text = (
        "NAIROBI, Kenya, 10 December 2031 - The 12th Summit of VARCOM closed today with the adoption of the "
        '"Nairobi Umoja wa Pamoja Declaration".'
    )
    assert _titles(text) == ["Nairobi Umoja wa Pamoja Declaration"]


def test_a_speakers_quotation_is_still_no_document_adopted() -> None:
    text = (
        'KUCHING, 5 July 2031 - "We adopted the Kuching Declaration on Education today," the minister said.'
    )
    assert _titles(text) == []


def test_adopted_in_a_meeting_tells_the_sitting_and_ends_the_title() -> None:
    text = (
        "New Delhi, 5 July 2031: VARCOM ministers of education adopted the Kuching Declaration on Schools in a "
        "meeting held this morning in Kuching."
    )
    assert _titles(text) == ["Kuching Declaration on Schools"]
    assert held(text, "varcom")["place"] == "Kuching"


def test_a_numbered_title_is_read_whole() -> None:
    text = (
        "Strasbourg, 16 May 2031 - The Committee of Ministers of VARCOM met today. At its session the Committee "
        "approved Protocol No. 17 to the Convention on Regional Waters."
    )
    assert _titles(text) == ["Protocol No. 17 to the Convention on Regional Waters"]


# --- presidencies ------------------------------------------------------------------------------------------


def _handovers(text: str) -> list[str]:
    return [e["to_party"] for e in events(text, "varcom", "PresidencyHandedOver")]


def test_a_handover_told_as_history_in_a_since_clause_is_no_act() -> None:
    head = "DUSHANBE, 20.05.2031 - The Council of Foreign Ministers of VARCOM met in Dushanbe on 19 May. "
    assert (
        _handovers(
            head
            + "Minister Rustam Nazarov told his colleagues that Tajikistan had been pursuing the agenda consistently since "
            "it took the chair."
        )
        == []
    )
    assert _handovers(head + "Tajikistan took the chair.") == ["TJK"]


def test_the_chair_of_the_ministers_committee_handed_to_a_state_is_the_presidency() -> None:
    head = "Strasbourg, 21 May 2031 - "
    for text in (
        "Hungary today took over the presidency of the Committee of Ministers from Germany.",
        "Germany today handed over the presidency of the Committee of Ministers to Hungary.",
        "Germany today handed Hungary the presidency of the VARCOM Committee of Ministers at its 150th session.",
    ):
        assert _handovers(head + text) == ["HUN"], text


def test_handed_with_two_objects_gives_the_presidency_to_the_first() -> None:
    assert _handovers("Abuja, 21 May 2031 - Nigeria handed Ghana the rotating chairmanship of VARCOM.") == [
        "GHA"
    ]


# --- other meetings ------------------------------------------------------------------------------------------


def _meetings(text: str, org: str) -> list[tuple[str, str]]:
    return [(e["body"], e["date"]) for e in events(text, org, "MeetingHeld")]


def test_a_council_which_held_its_meeting_on_the_eve_of_the_summit() -> None:
    head = "CHISINAU, 22 April 2033 - The heads of state of the VARCOM group held a summit in the Moldovan capital on Friday. "
    for told in (
        "The texts had been agreed in draft by the VARCOM Council of Ministers of Foreign Affairs, which held its "
        "ninth meeting in Chisinau on the eve of the summit.",
        "The texts were agreed by the VARCOM Council of Foreign Ministers, which met in Chisinau on Thursday.",
    ):
        assert _meetings(head + told, "varcom") == [
            ("summit", "2033-04-22"),
            ("council-of-foreign-ministers", "2033-04-21"),
        ], told


def test_ministers_who_met_on_the_eve_of_the_summit_held_their_own_meeting() -> None:
    text = (
        "ASHGABAT, 5 December 2031 - The leaders of the Commonwealth took the decision at the session of the CIS "
        "Council of Heads of State in Ashgabat on Friday. Foreign ministers met in Ashgabat on the eve of the "
        "session to prepare it."
    )
    assert _meetings(text, "cis") == [
        ("council-of-heads-of-state", "2031-12-05"),
        ("council-of-foreign-ministers", "2031-12-04"),
    ]


def test_an_organization_named_as_a_territory_is_no_other_party() -> None:
    text = (
        "CHISINAU, 22 April 2033 - The heads of state of the GUAM group held a summit in the Moldovan capital on "
        "Friday. The texts were agreed by the GUAM Council of Ministers of Foreign Affairs, which held its ninth "
        "meeting in Chisinau on Thursday."
    )
    assert ("council-of-foreign-ministers", "2033-04-21") in _meetings(text, "guam")


def test_those_who_gathered_for_a_named_body_sat_as_it() -> None:
    text = (
        "KUCHING, Malaysia, 27 July 2031 - Foreign ministers of the Asia-Pacific region gathered here today for the "
        "Fourth VARCOM Regional Forum (VRF), their annual dialogue on security."
    )
    assert held(text, "varcom")["body"] == "regional-forum"
    plain = "KUCHING, Malaysia, 27 July 2031 - Foreign ministers of VARCOM met here today for talks."
    assert held(plain, "varcom")["body"] == "foreign-ministers-meeting"


def test_a_handover_refused_is_no_act() -> None:
    text = (
        "LIMA, 28 June 2031 - Chile took up the rotating presidency of VARCOM on Wednesday. The move came after "
        "Mexico refused to hand over the bloc's rotating presidency to Peru."
    )
    assert _handovers(text) == ["CHL"]


def test_a_sitting_on_a_state_suspended_suspends_no_state() -> None:
    text = (
        "WASHINGTON, June 16, 2031 - Ministers will reopen the Consultation Meeting on Nicaragua that was "
        "suspended on 31 May 2031."
    )
    assert events(text, "varcom", "ConditionImposed") == []
    told_first = "ACCRA, 2 May 2031 - The Consultation Meeting on Mali was suspended on Friday."
    assert events(told_first, "varcom", "ConditionImposed") == []
    member = "ACCRA, 2 May 2031 - Mali was suspended from VARCOM on Friday."
    assert [e["party"] for e in events(member, "varcom", "ConditionImposed")] == ["MLI"]


def test_the_day_a_verb_of_sitting_governs_dates_the_meeting() -> None:
    text = (
        "19 February 2031 - In a communique issued after its 216th meeting, held today, the Peace Council of VARCOM "
        "condemned the forcible takeover of power in Niger on 18 February 2031."
    )
    assert held(text, "varcom")["date"] == "2031-02-19"
    dated = (
        "NIAMEY, 19 February 2031 - The Peace Council of VARCOM met on Tuesday, 18 February 2031, in Niamey."
    )
    assert held(dated, "varcom")["date"] == "2031-02-18"


def test_a_title_ends_before_the_town_it_was_approved_in() -> None:
    head = "BRASILIA, May 21, 2031 (Wire) -- Trade ministers of VARCOM approved "
    assert _titles(head + "the Brasilia Declaration in the Brazilian capital on Wednesday.") == [
        "Brasilia Declaration"
    ]
    assert _titles(head + "a joint declaration in the Brazilian capital on Wednesday.") == []
    assert _titles("BRASILIA, May 21, 2031 - VARCOM approved the Declaration on the City of the Future.") == [
        "Declaration on the City of the Future"
    ]


def test_ministers_of_the_member_states_sit_in_their_own_body() -> None:
    text = (
        "ATHENS, December 2, 2031 - An informal meeting of foreign ministers of member nations of VARCOM was held "
        "in Athens on Tuesday."
    )
    # the foreign ministers' body, as the organization's own ("foreign-ministers-meeting" where no table names it),
    # not "foreign-ministers-of-member-nations"
    assert held(text, "varcom")["body"] == "foreign-ministers-meeting"
    assert held(text.replace("VARCOM", "the CSTO"), "csto")["body"] == "council-of-foreign-ministers"
