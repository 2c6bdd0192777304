"""The lead's work of the twenty-sixth session: a headline above the dateline read where no sentence below it tells
the sitting, and a clause of purpose in the present ("as they prepare for the summit"). Invented texts."""

from __future__ import annotations

import pytest

from igo_timeline.extract import extract, find_anchor


def _held(text: str, org: str = "xyz", published: str | None = "2031-05-05") -> list[tuple[str, str]]:
    return [
        (c.event["body"], c.event.get("date", ""))
        for c in extract(text, org, "t", published=published)
        if c.type == "MeetingHeld" and c.to_json()["record"] == "event"
    ]


# --- a headline above a date line: the only words that tell the sitting held
@pytest.mark.parametrize(
    "dateline",
    ["Ardentown, 5 May 2031", "5 May 2031, Ardentown", "May 5, 2031 - Ardentown", "ARDENTOWN, May 5, 2031"],
)
def test_a_headline_above_a_date_line_tells_the_sitting_the_text_reports(dateline: str) -> None:
    text = (
        "Extraordinary sitting of the XYZ Council of Heads of State was held at the Palace of Nations\n\n"
        f"{dateline}\n\n"
        "After the meeting, the heads of state signed a joint statement and a number of agreements.\n"
    )
    assert _held(text, published=None) == [("council-of-heads-of-state", "2031-05-05")]


def test_a_sentence_below_the_dateline_comes_before_the_headline() -> None:
    # the body's sentence tells the sitting with its own day: the headline's reading is not needed
    text = (
        "XYZ Council of Heads of State met in the Palace of Nations\n\n"
        "Ardentown, 6 May 2031\n\n"
        "The XYZ Council of Heads of State held its meeting in Ardentown on 5 May 2031.\n"
    )
    assert _held(text, published=None) == [("council-of-heads-of-state", "2031-05-05")]


@pytest.mark.parametrize(
    "headline",
    [
        "XYZ Council of Heads of State to meet in Ardentown next week",
        "XYZ Council of Heads of State will meet in Ardentown",
        "Ahead of the XYZ Council of Heads of State",
    ],
)
def test_a_headline_of_a_sitting_to_come_tells_none_held(headline: str) -> None:
    text = f"{headline}\n\nArdentown, 5 May 2031\n\nPreparations are under way in the capital.\n"
    assert _held(text, published=None) == []


# --- "as they prepare for": the sitting prepared is another one
@pytest.mark.parametrize(
    "purpose",
    [
        "as the officials prepare for the 12th XYZ Summit",
        "as the ministers prepare for the XYZ Summit",
        "as they get ready for the XYZ summit of heads of state",
    ],
)
def test_a_clause_of_purpose_in_the_present_names_the_sitting_to_come(purpose: str) -> None:
    text = f"XYZ foreign ministers gathered in Ardentown on Monday, {purpose}.\n"
    assert _held(text) == [("foreign-ministers-meeting", "2031-05-05")]


def _events(text: str, org: str = "xyz", published: str | None = "2031-11-05") -> list[dict[str, object]]:
    return [c.event for c in extract(text, org, "t", published=published) if c.to_json()["record"] == "event"]


# --- an abbreviation of letters and a number, spelled with a hyphen ("D-8" for d8, "G-77" for g77)
@pytest.mark.parametrize(
    ("org", "abbr", "body"),
    [
        # the D-8's Council is its foreign ministers' council (its body table's entry, from its own page)
        ("d8", "D-8", "council-of-ministers"),
        ("g77", "G-77", "council-of-foreign-ministers"),
        ("g15", "G-15", "council-of-foreign-ministers"),
    ],
)
def test_the_organizations_number_abbreviation_with_a_hyphen_is_its_own_name(
    org: str, abbr: str, body: str
) -> None:
    text = (
        f"Special Session of the {abbr} Council held on 23 September 2031\n\n"
        f"The second special session of the {abbr} Council of Foreign Ministers met in New York on "
        "23 September 2031.\n"
    )
    held = [e["body"] for e in _events(text, org, "2031-09-24") if e["type"] == "MeetingHeld"]
    assert held == [body]


# --- what a heading says before the body's name is no part of it
@pytest.mark.parametrize("lead", ["Outcome of", "Results of", "Report of"])
def test_a_headings_words_leave_no_particle_in_the_body(lead: str) -> None:
    text = f"{lead} Twelfth Session of the XYZ Council\n\nThe session was held in Ardentown on 15 October 2031.\n"
    bodies = [str(e["body"]) for e in _events(text) if e["type"] == "MeetingHeld"]
    assert bodies and not any(b.startswith(("of-", "the-", "and-")) for b in bodies)


@pytest.mark.parametrize("told", ["Talks to Media After", "Briefs Press After", "Meets Envoys During"])
def test_what_a_headline_tells_around_the_sitting_is_no_part_of_its_body(told: str) -> None:
    text = (
        f"President {told} XYZ Supreme Council Meeting\n"
        "The XYZ Supreme Council met in Ardentown on Thursday, 30 October 2031, and adopted its budget.\n"
    )
    assert [e["body"] for e in _events(text) if e["type"] == "MeetingHeld"] == ["supreme-council"]


# --- the days of a sitting held beside another are not widened to the other's
@pytest.mark.parametrize(
    "beside",
    ["held back to back with", "held in conjunction with", "held alongside", "preceded by"],
)
def test_the_days_of_the_sitting_beside_are_not_the_meetings(beside: str) -> None:
    text = (
        "XYZ foreign ministers met for their yearly session in Ardentown on 31 October 2031. "
        f"The session was {beside} the ABC trade talks, which ran from 29 to 31 October in Ardentown.\n"
    )
    held = [e["date"] for e in _events(text) if e["type"] == "MeetingHeld"]
    assert held == ["2031-10-31"]


def test_the_meetings_own_span_still_widens_it() -> None:
    text = (
        "XYZ foreign ministers met for their yearly session in Ardentown on 31 October 2031. "
        "The meeting ran from 30 to 31 October.\n"
    )
    assert [e["date"] for e in _events(text) if e["type"] == "MeetingHeld"] == ["2031-10-30/2031-10-31"]


# --- a sitting's days after "from" are no term of an appointment made there
@pytest.mark.parametrize("verb", ["was held", "met", "took place", "convened"])
def test_a_sittings_span_is_no_term(verb: str) -> None:
    text = (
        "Monday, 18 August 2031\n\n"
        "XYZ leaders have chosen Ann Lee as the next Secretary General of the XYZ. The appointment was made at "
        f"the weekend in Ardentown, where the 34th XYZ summit {verb} from 14 to 16 August.\n"
    )
    terms = [e.get("term") for e in _events(text, published=None) if e["type"] == "OfficialAppointed"]
    assert terms == ["2031-08-16/.."]


def test_a_span_after_a_start_cue_is_still_a_term() -> None:
    text = "The XYZ summit decided on 5 May 2031 that Kenya will chair the organization from January to June 2032.\n"
    handed = [e for e in _events(text) if e["type"] == "PresidencyHandedOver"]
    assert [e.get("term") for e in handed] == ["2032-01/2032-06"]


# --- "the Red Sea resort": a sea names no town; the town is the one after "of", else the dateline's
@pytest.mark.parametrize(
    "region", ["Red Sea", "Black Sea", "Caspian Sea", "Adriatic Coast", "Issyk-Kul Lake"]
)
def test_a_sea_or_a_coast_before_resort_is_no_town(region: str) -> None:
    text = f"SHARM EL-SHEIKH, Egypt, 29 March 2031 - XYZ leaders closed a two-day summit at the {region} resort.\n"
    places = [e.get("place") for e in _events(text, published=None) if e["type"] == "MeetingHeld"]
    assert places == ["Sharm el-Sheikh"]


@pytest.mark.parametrize("town", ["Sharm el-Sheikh", "Ras al-Khaimah"])
def test_a_town_with_a_hyphenated_particle_is_read_whole(town: str) -> None:
    text = f"XYZ leaders closed a two-day summit at the seaside resort of {town} on 29 March 2031.\n"
    places = [str(e.get("place")) for e in _events(text, published=None) if e["type"] == "MeetingHeld"]
    assert len(places) == 1 and places[0].casefold().replace(" ", "-") == town.casefold().replace(" ", "-")


# --- an anniversary counts from its origin, not from the start of a state "since" a day
def test_an_anniversary_beside_a_since_date_gives_no_year() -> None:
    text = (
        "Ardentown, June 1 (XNA) - The XYZ summit concluded here on Wednesday. The forum marked the XYZ's 20th "
        "anniversary, the end of the chairmanship which Kenya has held since July 2031, and its handover to Ghana.\n"
    )
    assert find_anchor(text, None).day is None


def test_an_anniversary_of_a_founding_still_gives_the_year() -> None:
    text = (
        "Ardentown, June 1 (XNA) - The XYZ summit concluded here on Wednesday. The forum marked the 20th "
        "anniversary of the XYZ, founded in 2011.\n"
    )
    day = find_anchor(text, None).day
    assert day is not None and day.year == 2031


# --- the items of a list dated by the day its lead-in states
@pytest.mark.parametrize(
    "lead", ["On Sunday the leaders approved the following:", "On 4 May 2031 they adopted:"]
)
def test_a_lists_items_take_the_day_of_its_lead_in(lead: str) -> None:
    text = (
        "ARDENTOWN, 5 May 2031 - The XYZ summit ended today in Ardentown. The leaders opened the summit on "
        f"Sunday, 4 May.\n\n{lead}\n- a resolution on regional trade;\n- a declaration on water security.\n"
    )
    days = [e.get("adopted_on") for e in _events(text, published=None) if e["type"] == "DocumentAdopted"]
    assert days == ["2031-05-04", "2031-05-04"]


def test_a_list_whose_lead_in_states_no_day_takes_the_meetings_last_day() -> None:
    text = (
        "ARDENTOWN, 5 May 2031 - The XYZ summit ended today in Ardentown. The leaders opened the summit on "
        "Sunday, 4 May.\n\nThe leaders adopted the following:\n- a resolution on regional trade;\n"
        "- a declaration on water security.\n"
    )
    days = [e.get("adopted_on") for e in _events(text, published=None) if e["type"] == "DocumentAdopted"]
    assert days == ["2031-05-05", "2031-05-05"]


# --- "gathered today for the meeting, which is being held on 25 and 26 August": the span the sentence tells
@pytest.mark.parametrize(
    "verb", ["which is being held on", "which takes place on", "which is taking place on"]
)
def test_today_within_the_span_the_opening_tells_gives_the_span(verb: str) -> None:
    text = (
        "ARDENTOWN, 5 May 2031 - The heads of government of the XYZ are gathered today in Ardentown for a "
        f"regular meeting of the XYZ Intergovernmental Council, {verb} 5 and 6 May.\n"
    )
    dates = [e["date"] for e in _events(text, published=None) if e["type"] == "MeetingHeld"]
    assert dates == ["2031-05-05/2031-05-06"]
