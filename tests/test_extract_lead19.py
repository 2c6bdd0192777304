"""The lead's changes of the nineteenth session, each a class read in blind round 1 (sets 52, 53 and real
pages of odd years) and checked on sets it was not written from.

- a body's name needs a head word: "a virtual summit of a little over two hours" names no body;
- the possessive's "s" ("the Council's eighteenth meeting") and "Ministers on Energy" read as names;
- a body named by who sits in it before its head ("the foreign ministers' council") is "council of ...";
- "X chaired a meeting of the council": the sitting its chair held;
- a weekday the written date right after it states is that date, never counted from the dateline;
- "held its session on 22 and 23 July, ahead of the summit": the words before the sitting to come date it;
- a status in force from a day before the telling was decided before it: no decision of this text;
- "took in X as its seventh member" admits; "accepted the chairmanship of X from Y" takes the chair;
- a next meeting's town with particles ("Rio de Janeiro") gives its host.

Every text is invented (organizations, towns of the gazetteer, persons).
"""

from __future__ import annotations

import datetime as dt

from extract_run import events, held

from igo_timeline.extract import extract
from igo_timeline.extract.dates import relative_days
from igo_timeline.extract.names import resolve_body

# --- bodies ------------------------------------------------------------------------------------------------


def test_a_phrase_without_a_head_word_names_no_body() -> None:
    text = (
        "The Presidential Council of the Varnic Community (VARCOM) met on Wednesday in a virtual summit of a "
        "little over two hours, during which the pro tempore presidency passed from one state to another."
    )
    body = held(text, "varcom", published="2031-07-09")["body"]
    assert body == "presidential-council", body


def test_a_meeting_of_the_states_is_the_organizations_meeting_not_a_body_of_the_states() -> None:
    text = (
        "TROMSO, Norway, May 7 - For the first time since the Polar Council was founded, a ministerial meeting of "
        "the eight polar states ended on Tuesday without a joint declaration."
    )
    assert held(text, "polar-council", published="2031-05-07")["body"] == "ministerial-meeting"


def test_ministers_on_a_sector_are_that_sectors_ministers() -> None:
    text = (
        "Kuching, 25 September 2031 - Energy ministers of the Xylo Yard Zone agreed on Thursday to extend their "
        "grid plan as the 12th XYZ Ministers on Energy Meeting (XMEM) got under way in Kuching."
    )
    assert held(text, "xyz", published="2031-09-25")["body"] == "energy-ministers-meeting"


def test_a_bodys_possessive_is_no_part_of_its_name() -> None:
    text = (
        "LIMA, 17 September 2031 - The Council of Ministers of the Varnic Community (VARCOM) today chose a new "
        "Secretary-General. The decision was taken at the Council's eighteenth meeting, in which all member "
        "countries took part."
    )
    words = held(text, "varcom", published="2031-09-17")["body"].split("-")
    assert words[0] == "council" and "s" not in words, words


def test_a_council_named_by_who_sits_in_it_first() -> None:
    for words in ("foreign ministers' council", "Foreign Ministers Council", "Council of Foreign Ministers"):
        assert resolve_body(words, {}, "cis") == "council-of-foreign-ministers", words
    assert resolve_body("Heads of State Council", {}, "cis") == "council-of-heads-of-state"
    assert resolve_body("the Security Council", {}, "cis") is None


def test_a_chair_who_chaired_a_meeting_tells_it_held() -> None:
    text = (
        "KUCHING, July 15 -- Foreign Minister Ana Ruiz on Tuesday chaired a meeting of the foreign ministers' "
        "council of the Commonwealth of Independent States (CIS) in Kuching."
    )
    found = held(text, "cis", published="2031-07-15")
    assert (found["body"], found["date"], found["place"]) == (
        "council-of-foreign-ministers",
        "2031-07-15",
        "Kuching",
    )


def test_a_chair_to_come_tells_no_meeting_held() -> None:
    text = (
        "KUCHING, July 15 -- Foreign Minister Ana Ruiz will chair a meeting of the foreign ministers' council of "
        "the Commonwealth of Independent States (CIS) in Kuching next month."
    )
    assert not [c for c in extract(text, "cis", "t", published="2031-07-15") if c.type == "MeetingHeld"]


# --- days --------------------------------------------------------------------------------------------------


def test_a_weekday_with_its_written_date_is_not_counted_from_the_anchor() -> None:
    anchor = dt.date(2031, 7, 30)
    assert relative_days("met on Thursday and Friday, 22 and 23 July 2031, in the capital", anchor) == []
    assert relative_days("opened on Monday 28 July", anchor) == []
    assert [d.edtf for d in relative_days("met on Friday in the capital", anchor)] == ["2031-07-25"]


def test_a_sitting_held_before_the_one_it_prepares_keeps_its_written_days() -> None:
    text = (
        "Kuching, 30 July 2031\n\n"
        "Kestrel Union Executive Council holds 9th Ordinary Session in Kuching\n\n"
        "The Executive Council of the Kestrel Union (KU) held its Ninth Ordinary Session in Kuching, Malaysia, on "
        "Tuesday and Wednesday, 22 and 23 July 2031, ahead of the 5th Summit of the Union.\n\n"
        "The ministers considered the report of the Commission."
    )
    found = held(text, "ku")
    assert (found["body"], found["date"]) == ("executive-council", "2031-07-22/2031-07-23")


# --- statuses and chairs ------------------------------------------------------------------------------------


def test_a_status_in_force_before_the_telling_is_no_decision_of_it() -> None:
    text = (
        "VORLAND, April 29 - Foreign ministers of the Xylo Yard Zone wrapped up two days of talks in Vorland on "
        "Tuesday. According to the chair's statement, the ministers welcomed Indonesia as a member, and Belarus, "
        "Bolivia and Cuba as partner countries, from 1 January 2031."
    )
    assert events(text, "xyz", "StatusGranted", published="2031-04-29") == []


def test_a_status_in_force_since_a_month_before_the_telling_is_no_decision_of_it() -> None:
    for since in ("since January 2031", "with effect from 1 January 2031", "as of January 1, 2031"):
        text = (
            "VORLAND, April 29 - Foreign ministers of the Xylo Yard Zone met in Vorland on Tuesday and welcomed "
            f"Bolivia as a member {since}."
        )
        assert events(text, "xyz", "StatusGranted", published="2031-04-29") == [], since


def test_a_status_from_a_day_to_come_is_still_granted() -> None:
    text = (
        "VORLAND, April 29 - Foreign ministers of the Xylo Yard Zone met in Vorland on Tuesday and decided to "
        "admit Bolivia as a member of the XYZ from 1 July 2031."
    )
    assert [e["party"] for e in events(text, "xyz", "StatusGranted", published="2031-04-29")] == ["BOL"]


def test_taking_in_a_state_as_a_member_admits_it() -> None:
    text = (
        "VORLAND (XN): The Xylo Yard Zone took in Bhutan as its seventh member yesterday, twenty years after "
        "five states founded the grouping."
    )
    granted = events(text, "xyz", "StatusGranted", published="2031-07-29")
    assert [(e["party"], e.get("status")) for e in granted] == [("BTN", "member")]


def test_taking_in_refugees_admits_no_one() -> None:
    text = "VORLAND, July 29 - Ministers of the Xylo Yard Zone said Bhutan took in refugees from the floods."
    assert events(text, "xyz", "StatusGranted", published="2031-07-29") == []


def test_accepting_the_chairmanship_from_the_outgoing_chair_takes_it() -> None:
    text = (
        "Vorland - Botswana President Ana Ruiz on Monday accepted the chairmanship of the Xylo Yard Zone (XYZ) "
        "from her Zimbabwean counterpart at the summit held on 17 and 18 August 2031 in Gaborone."
    )
    handed = events(text, "xyz", "PresidencyHandedOver", published="2031-08-18")
    assert [e["to_party"] for e in handed] == ["BWA"]


def test_accepting_a_chairs_invitation_takes_no_chair() -> None:
    text = (
        "GABORONE, August 18 - Leaders of the Xylo Yard Zone (XYZ) met in Gaborone on Monday; Botswana accepted "
        "the chairmanship's invitation to a dinner."
    )
    assert events(text, "xyz", "PresidencyHandedOver", published="2031-08-18") == []


# --- next meetings -----------------------------------------------------------------------------------------


def test_a_next_meetings_town_with_particles_names_its_host() -> None:
    text = (
        "VORLAND, April 29 - Foreign ministers of the Xylo Yard Zone wrapped up two days of talks in Vorland on "
        "Tuesday. The meeting prepared the ground for the leaders' summit, which will be held in Rio de Janeiro "
        "on July 6 and 7."
    )
    scheduled = events(text, "xyz", "MeetingScheduled", published="2031-04-29")
    assert [(e.get("host"), e.get("place"), e.get("date")) for e in scheduled] == [
        ("BRA", "Rio de Janeiro", "2031-07-06/2031-07-07")
    ]


# --- persons -------------------------------------------------------------------------------------------------


def test_an_office_at_home_before_the_name_is_no_given_name() -> None:
    text = (
        "VORLAND, April 24 - Defence ministers of the Xylo Yard Zone met in Vorland on Tuesday. China's Defence "
        "Minister and State Councilor Wei Lanfang attended the meeting together with the defence ministers of "
        "India and Pakistan."
    )
    people = [p["person"] for p in held(text, "xyz", published="2031-04-24").get("participants", [])]
    assert "Wei Lanfang" in people, people
    assert not [p for p in people if p.startswith("Councilor")], people


# --- lines -------------------------------------------------------------------------------------------------


def test_a_pages_stamp_on_its_first_line_is_a_sentence_of_its_own() -> None:
    from igo_timeline.extract.text import Document

    text = (
        "Page last changed at: (local time) Thursday, October 09, 2031\n"
        "Ninth XYZ Summit closes in Vorland\n"
        "The Xylo Yard Zone concluded Wednesday its ninth summit, held in Vorland on Oct. 7-8."
    )
    sentences = [s.quote for s in Document(text).sentences]
    assert sentences[0] == "Page last changed at: (local time) Thursday, October 09, 2031", sentences
    assert sentences[1].startswith("Ninth XYZ Summit closes in Vorland"), sentences


def test_prose_wrapped_at_its_margin_stays_one_sentence() -> None:
    from igo_timeline.extract.text import Document

    text = (
        "The heads of state of the Xylo Yard Zone met in Vorland on Friday and agreed to set up\n"
        "a fund for the region, the chair said.\n"
        "The heads of state of the Xylo Yard Zone welcomed the report of the\n"
        "Council of Ministers on the budget."
    )
    assert len(Document(text).sentences) == 2, [s.quote for s in Document(text).sentences]


def test_a_summit_taking_place_is_the_sitting_under_way() -> None:
    text = (
        "Ana Ruiz named as new XYZ chief\n\n"
        "The current Secretary General announced the nomination on Saturday, April 4, as part of the two-day "
        "XYZ summit taking place in Vorland."
    )
    found = held(text, "xyz", published="2031-04-04")
    assert (found["body"], found["date"]) == ("summit", "2031-04-04")


def test_a_summit_taking_place_next_month_is_no_sitting_held() -> None:
    text = (
        "Ana Ruiz said on Saturday, April 4, that the XYZ summit taking place in May would name a new chief."
    )
    assert not [
        c
        for c in extract(text, "xyz", "t", published="2031-04-04")
        if c.type == "MeetingHeld" and c.record == "event"
    ]


def test_an_abbreviation_in_mixed_case_is_the_organizations_own() -> None:
    for org, text in (
        (
            "isdb",
            "JEDDAH, July 18 -- Ana Ruiz was elected President of the Islamic Development Bank (IsDB) on Sunday.",
        ),
        (
            "afdb",
            "ABIDJAN, July 18 -- Ana Ruiz was elected President of the African Development Bank (AfDB) on Sunday.",
        ),
    ):
        appointed = events(text, org, "OfficialAppointed", published="2031-07-18")
        assert [(e["person"], e["office"]) for e in appointed] == [("Ana Ruiz", "president")], org
    text = (
        "ABIDJAN, July 18 -- Ana Ruiz was elected President of the Asian Development Bank (AsDB) on Sunday."
    )
    assert events(text, "afdb", "OfficialAppointed", published="2031-07-18") == []  # another bank's president


def test_a_towns_apposition_that_ends_in_its_state_names_the_host() -> None:
    text = (
        "The XYZ Foreign Ministers met for their annual retreat on Friday, 17 January 2031, in Bagan, the ancient "
        "city of temples on the Irrawaddy River in north-central Myanmar."
    )
    found = held(text, "xyz")
    assert (found["place"], found.get("host")) == ("Bagan", "MMR")


# --- check -------------------------------------------------------------------------------------------------


def test_check_says_when_a_new_grant_changes_a_partys_status(tmp_path) -> None:
    """A grant is "new" either way; when its party held another status the day before, the check says which
    (a step up or down the ladder a reviewer wants to see before --apply)."""
    import json

    from cli_run import igo

    store = tmp_path / "s.sqlite"
    igo(store, "import", "--bundled", "sco", "--until", "2012-06-07")
    text = tmp_path / "sco-2031.txt"
    text.write_text(
        "BISHKEK, July 15 -- Foreign ministers of the Shanghai Cooperation Organisation (SCO) met in Bishkek on "
        "Tuesday. They decided to grant Mongolia the status of a dialogue partner and to grant Nepal the status "
        "of a dialogue partner.\n",
        "utf-8",
    )
    out = igo(store, "extract", str(text), "--org", "sco", "--check", "--published", "2031-07-15").stdout
    grants = {
        r["event"]["party"]: r
        for r in map(json.loads, out.splitlines())
        if r["event"]["type"] == "StatusGranted" and r["record"] == "event"
    }
    assert grants["MNG"]["check"] == "new"
    assert grants["MNG"]["detail"] == "changes MNG's status: observer -> dialogue_partner"
    assert (
        grants["NPL"]["check"] == "new" and grants["NPL"]["detail"] is None
    )  # a first status: nothing changes
    table = igo(store, "extract", str(text), "--org", "sco", "--check", "--published", "2031-07-15",
                "--format", "table").stdout  # fmt: skip
    assert "new (changes MNG's status: observer -> dialogue_partner)" in table
