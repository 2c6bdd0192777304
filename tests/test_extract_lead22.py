"""The lead's changes of the twenty-second session, each a class read in blind round 1 (set 60 and real pages of
2013-2025) and checked on sets it was not written from.

- a communique in the first person ("We, the Xyz Ministers of Energy, held our 9th Meeting in ...") reports the
  sitting of the body the pronoun stands for;
- the present progressive of a dated report with no time of its own ("The capital is hosting a meeting of the
  Xyz Council of Defence Ministers."): the sitting under way on the report's day; not a plan ("on 25 May",
  "next week", "in June");
- "During the opening session of the Xyz Summit in Lome on Sunday, ...": the sitting as the scene of an act,
  like "At the summit in ..."; not when the clause tells the future ("next month", "will"), nor "at the 2015
  summit" in a later year's text (background);
- a presidency taken by a person the text names by one of their names in a relative clause ("X, who assumed the
  rotating chairmanship at this summit, ...") goes to the state the text gives X's full name ("Prime Minister X Y
  of Ruritania"); "on taking up the presidency" is the act told as a gerund;
- a heading in capitals with no verb of sitting is no opening (the lede after it tells the sitting);
- a chair named by a state's office in lower case, then by name ("chaired by Ruritania's foreign minister, X");
- a handover told in its own relative clause keeps that clause's day (found in the session's tryout).

Every text is invented (organizations, persons; towns of the gazetteer).
"""

from __future__ import annotations

import pytest
from extract_run import events, held, meetings

# --- the first person -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, body",
    [
        (
            "We, the XYZ Ministers responsible for Energy, held our 12th Meeting on 1 March 2031 in Vientiane, "
            "under the chairmanship of Dr Sova Lengsa, Minister of Energy of Lao PDR.",
            "energy-ministers-meeting",
        ),
        (
            "We the XYZ Economic Ministers held our 46th Meeting on 1 March 2031 in Jakarta.",
            "economic-ministers-meeting",
        ),
        (
            "We, the XYZ Economic Ministers, held our annual meeting on 1 March 2031 in Jakarta.",
            "economic-ministers-meeting",
        ),
    ],
)
def test_a_communique_in_the_first_person_reports_its_bodys_sitting(text: str, body: str) -> None:
    meeting = held(text, "xyz", published="2031-03-02")
    assert meeting["body"] == body
    assert meeting["date"] == "2031-03-01"


def test_a_first_person_meeting_of_our_assembly_is_the_assembly() -> None:
    meeting = held(
        "We, the Heads of State and Government of the Member States of the Xylo Yard Zone, meeting at the 22nd "
        "Ordinary Session of our Assembly in Addis Ababa, Ethiopia, on 30 and 31 January 2031, adopted this "
        "declaration.",
        "xyz",
        published="2031-02-01",
    )
    assert (meeting["body"], meeting["date"], meeting["place"]) == (
        "assembly",
        "2031-01-30/2031-01-31",
        "Addis Ababa",
    )


def test_a_first_person_plan_is_no_sitting_held() -> None:
    """Negative case (passes before and after): a plan in the first person."""
    assert not meetings(
        "We, the XYZ Ministers responsible for Energy, will hold our 13th Meeting in Manila in 2032.",
        "xyz",
        published="2031-03-02",
    )


# --- the present progressive ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Kazakhstan's capital Astana is hosting a meeting of the Council of Defence Ministers of the Xylo Yard "
        "Zone. The ministers discussed joint exercises.",
        "MOSCOW, May 14 - Astana is hosting a meeting of the XYZ Council of Defence Ministers. The ministers are "
        "discussing joint exercises.",
        "The XYZ Council of Defence Ministers is meeting in Astana. The ministers are discussing joint exercises.",
    ],
)
def test_a_sitting_under_way_in_a_dated_report_is_held_on_its_day(text: str) -> None:
    meeting = held(text, "xyz", published="2031-05-14")
    assert meeting["body"] == "council-of-defence-ministers"
    assert meeting["date"] == "2031-05-14"
    assert meeting["place"] == "Astana"


@pytest.mark.parametrize(
    "text",
    [
        "Astana will be hosting a meeting of the XYZ Council of Defence Ministers next week.",
        "Astana is hosting a meeting of the XYZ Council of Defence Ministers on 25 May.",
        "Astana is hosting a meeting of the XYZ Council of Defence Ministers in June.",
        "The ministers are meeting in Astana to prepare the summit in October.",
    ],
)
def test_a_progressive_with_a_time_of_its_own_is_no_sitting_of_the_reports_day(text: str) -> None:
    """Negative cases (pass before and after): a plan told in the present progressive."""
    assert not [m for m in meetings(text, "xyz", published="2031-05-14") if m.get("date") == "2031-05-14"]


# --- the scene of an act ----------------------------------------------------------------------------------------

DATELINE = "February 11, 2031 (ADDIS ABABA) - "


@pytest.mark.parametrize(
    "sentence",
    [
        "During the opening session of the Xylo Yard Zone Summit in Addis Ababa on Sunday, 30 leaders signed the "
        "declaration on migration.",
        "During the summit of the Xylo Yard Zone in Addis Ababa on Sunday, 30 leaders signed the declaration on "
        "migration.",
    ],
)
def test_a_sitting_during_which_an_act_was_done_is_held(sentence: str) -> None:
    meeting = held(DATELINE + sentence, "xyz", published="2031-02-11")
    assert (meeting["date"], meeting["place"]) == ("2031-02-09", "Addis Ababa")


@pytest.mark.parametrize(
    "sentence",
    [
        "During the Xylo Yard Zone Summit in Addis Ababa next month, leaders will sign the declaration on migration.",
        "At the Xylo Yard Zone Summit in Addis Ababa next month, leaders will sign the declaration on migration.",
        "During the 2025 summit in Johannesburg, leaders adopted the framework.",
        "At the 2025 summit in Johannesburg, leaders adopted the framework.",
    ],
)
def test_a_scene_to_come_or_of_an_earlier_year_is_no_sitting_held(sentence: str) -> None:
    """'next month'/'will' and 'At the 2025 summit' failed before (a meeting on the dateline's day)."""
    assert not meetings(DATELINE + sentence, "xyz", published="2031-02-11")


# --- presidencies ------------------------------------------------------------------------------------------------

SUMMIT = (
    "ARUSHA, 1 February 2031 - The 20th Ordinary Summit of the XYZ Heads of State was held in Arusha on Saturday. "
    "It was attended by President Paul Kavame of Rwanda, President Yoro Musevi of Uganda and Prime Minister "
    "Haile Deselo of Ethiopia. "
)


def test_a_relative_clause_of_a_person_named_in_part_gives_the_presidency_to_their_state() -> None:
    found = events(
        SUMMIT
        + "Haile, who assumed the rotating chairmanship of the Authority at this Summit, closed the meeting.",
        "xyz",
        "PresidencyHandedOver",
        published="2031-02-02",
    )
    assert [(e["to_party"], e["effective"]) for e in found] == [("ETH", "2031-02-01")]


def test_a_chair_taken_in_an_earlier_year_is_no_handover_of_this_summit() -> None:
    """Negative case (passes before and after): the relative clause tells history."""
    assert not events(
        SUMMIT + "Musevi, who took over the chairmanship in 2026, said the bloc was growing.",
        "xyz",
        "PresidencyHandedOver",
        published="2031-02-02",
    )


def test_a_presidency_taken_up_told_as_a_gerund() -> None:
    found = events(
        "MANAMA, 6 December 2031 - The 37th session of the XYZ Supreme Council opened in Manama on Saturday. The "
        "Supreme Council congratulated King Hamad Isa of Bahrain on taking up the presidency of the present "
        "session.",
        "xyz",
        "PresidencyHandedOver",
        published="2031-12-07",
    )
    assert [(e["to_party"], e["effective"]) for e in found] == [("BHR", "2031-12-06")]


# --- a heading in capitals --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "heading",
    [
        "FINAL COMMUNIQUE OF THE FORTY FIFTH ORDINARY SESSION OF THE XYZ AUTHORITY OF HEADS OF STATE AND GOVERNMENT",
        "Final Communique of the Forty Fifth Ordinary Session of the XYZ Authority of Heads of State and Government",
    ],
)
def test_a_heading_in_capitals_is_no_opening_the_lede_tells_the_sitting(heading: str) -> None:
    """The heading in capitals was read as the opening before, with the body 'of-the-session' (a first form
    that read the heading in title case took its day from the dateline and lost a validation set's meeting)."""
    meeting = held(
        f"PRESS RELEASE\n\n28 February 2031 [Lome - Togo]\n\n{heading}\n\n1. The Forty-Fifth Ordinary Session of the "
        "Authority of Heads of State and Government of the Xylo Yard Zone (XYZ) was held in Lome, Togo, on 27 and "
        "28 February 2031 under the chairmanship of H.E. Faure Gnasso, President of the Togolese Republic.\n",
        "xyz",
        published="2031-02-28",
    )
    assert (meeting["body"], meeting["place"]) == ("authority", "Lome")


# --- a chair named by a state's office in lower case, then by name -----------------------------------------------


def test_a_chair_named_by_a_states_office_in_lower_case_then_by_name() -> None:
    """'chaired by Ruritania's foreign minister, X' gave no chair before (only a capital 'Minister' was read)."""
    meeting = held(
        "LONDON, Oct 18 (AP) - XYZ foreign ministers suspended Pakistan on Saturday at an emergency meeting in "
        "London chaired by Zimbabwe's foreign minister, Stan Mudo.",
        "xyz",
        published="2031-10-18",
    )
    assert [(p["person"], p.get("party")) for p in meeting["participants"]] == [("Stan Mudo", "ZWE")]


def test_an_officer_of_the_organization_in_lower_case_is_no_states_chair() -> None:
    """Negative case (passes before and after): the organization's own officer has no state."""
    meeting = held(
        "LONDON, Oct 18 (AP) - XYZ foreign ministers suspended Pakistan on Saturday at an emergency meeting in "
        "London chaired by the organization's secretary-general, Don Makin.",
        "xyz",
        published="2031-10-18",
    )
    assert not [p for p in meeting["participants"] if p.get("party")]


# --- the day of a handover told in its own relative clause -------------------------------------------------------

CLOSED = (
    "KATHMANDU, 27 November 2031 - The 18th Summit of the Xylo Yard Zone (XYZ) ended in Kathmandu on Thursday.\n\n"
    "The summit was attended by Indian Prime Minister Narendra Modo and Nepali Prime Minister Sushil Koiro.\n\n"
)


def test_a_handover_told_in_its_own_relative_clause_keeps_the_clauses_day() -> None:
    """Found in the tryout of this session: the relative clause's day was blanked with the clause, so the
    handover took the summit's last day (27) instead of the Wednesday of its opening (26)."""
    found = events(
        CLOSED
        + "Koiro, who took over the chairmanship at the opening session on Wednesday, closed the summit.",
        "xyz",
        "PresidencyHandedOver",
        published="2031-11-27",
    )
    assert [(e["to_party"], e["effective"]) for e in found] == [("NPL", "2031-11-26")]


def test_another_relative_clauses_day_still_dates_no_handover() -> None:
    """Negative case (passes before and after): the day of what else the person did is not the handover's."""
    found = events(
        CLOSED + "Koiro, who met Modo on Tuesday, took over the chairmanship of the association.",
        "xyz",
        "PresidencyHandedOver",
        published="2031-11-27",
    )
    assert [(e["to_party"], e["effective"]) for e in found] == [("NPL", "2031-11-27")]


def test_a_heading_in_capitals_names_the_body_when_no_sentence_tells_the_sitting() -> None:
    """The back-off stage (the lede's evidence) read the heading in capitals as 'of-the-session' before; the
    paragraph's own year (a year before the dateline's) dates no sitting of this release."""
    meeting = held(
        "PRESS RELEASE\n\n28 February 2031 [Lome - Togo]\n\nFINAL COMMUNIQUE OF THE FORTY FIFTH ORDINARY SESSION OF "
        "THE XYZ AUTHORITY OF HEADS OF STATE AND GOVERNMENT\n\n1. The Forty-Fifth Ordinary Session of the Authority "
        "of Heads of State and Government of the Xylo Yard Zone (XYZ) was held in Lome, Togo, on 27 and 28 February "
        "2030 under the chairmanship of H.E. Faure Gnasso, President of the Togolese Republic.\n",
        "xyz",
        published="2031-02-28",
    )
    assert meeting["body"] == "authority"


# --- after the second reading of round 2 -------------------------------------------------------------------------


def test_a_sitting_named_with_its_day_after_the_one_held_does_not_date_the_sentence_away() -> None:
    """A far day in the sentence blocked the sitting held before: here it is another sitting's, named after the
    day of the one held (and what the committee met to discuss names no body of its own)."""
    meeting = held(
        "The XYZ Senior Officials Committee met in Astana on 27 June 2031 to discuss the roadmap and the Ministerial "
        "Council Meeting in Baku on 11 November 2031.",
        "xyz",
        published="2031-06-29",
    )
    assert (meeting["body"], meeting["date"], meeting["place"]) == (
        "senior-officials-committee",
        "2031-06-27",
        "Astana",
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "The XYZ Senior Officials Committee met in Astana on 11 November 2030 and on 27 June 2031.",
        "The XYZ Senior Officials Committee, which met in Astana on 27 June 2031, decided that the treaty signed on "
        "11 November 2020 stays in force.",
    ],
)
def test_a_far_day_that_is_no_other_sittings_still_dates_the_sentence_away(sentence: str) -> None:
    """Negative cases (pass before and after)."""
    assert not meetings(sentence, "xyz", published="2031-06-29")


# --- the review: a case no test named, a real page read through the search tool ----------------------------------


def test_the_sitting_that_set_up_the_body_which_met_is_not_its_body() -> None:
    """Tried on a real page (an Arab League ministerial committee meeting a head of state abroad): the meeting was
    read as the summit that had mandated the committee."""
    meeting = held(
        "The Ministerial Committee mandated by the Joint Extraordinary Summit of the Xylo Yard Zone, chaired by "
        "Foreign Minister Amal Rasheed of Jordan, held an official meeting with President Jean Morel of France on "
        "22 November 2031 in the French capital, Paris.",
        "xyz",
        published="2031-11-23",
    )
    assert (meeting["body"], meeting["date"], meeting["place"]) == (
        "ministerial-committee",
        "2031-11-22",
        "Paris",
    )
