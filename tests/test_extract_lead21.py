"""The lead's changes of the twenty-first session, each a class read in blind round 1 (set 58 and real pages of
2013-2025) and checked on sets it was not written from.

- a person joined to a list "together with" or "along with" is one more item: a title left pending in the list
  before it (a plural one of states without names) is not the person's, and "X, Ruritania's commander-in-chief"
  names X's state;
- "A and B stayed away, while C turned up": the clause before the conjunction is no part of the verb's subject;
- "The host, Ruritanian President X, ...": the sitting's host was there;
- days a plan gave, told in the past ("announced that the Council would meet from 7 to 9 June"), are not the days
  the meeting sat;
- after the second reading of round 2: a pronoun of a clause of time ("as they ended their meeting") stands for
  those who open the sentence; "Xylo Yard Zone (XYZ) trade ministers"; commerce ministers are the trade ministers;
  a dateline's state with the article ("DENVER, the United States, May 3"); a person's style ends a body's name;
- the scorer: a gold's "# Published:" day followed by a note is the page's day; the kind of sitting
  ("extraordinary", "special") is no part of the organ's slug (tests/test_extract_lead16.py).

Every text is invented (organizations, persons; towns of the gazetteer).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from extract_run import events, held, meetings

from igo_timeline.extract.anchor import find_anchor
from igo_timeline.extract.dates import find_dates
from igo_timeline.extract.names import find_parties

sys.path.insert(0, str(Path(__file__).resolve().parent / "heldout"))
from score import page_day  # noqa: E402

OPENING = "VORLAND, 24 April 2031 - Leaders of the Xylo Yard Zone (XYZ) met on Saturday in Jakarta for their summit.\n\n"


def _who(text: str) -> dict[str, Any]:
    meeting = held(OPENING + text, "xyz", published="2031-04-26")
    return {p["person"]: p.get("party") for p in meeting.get("participants", [])}


# --- attendance --------------------------------------------------------------------------------------------


def test_a_person_joined_to_a_list_of_states_takes_no_state_of_the_list() -> None:
    who = _who(
        "The leaders of Laos, Cambodia, Indonesia and Viet Nam took part, together with General Tomas Ardelan, "
        "Myanmar's commander-in-chief of the armed forces."
    )
    assert who == {"Tomas Ardelan": "MMR"}


@pytest.mark.parametrize(
    "sentence, person, state",
    [
        (
            "President Anto Virelli of Indonesia and Prime Minister Hun Malet of Cambodia took part, along with "
            "Marshal Doro Kavanu, Thailand's prime minister.",
            "Doro Kavanu",
            "THA",
        ),
        (
            "Prime Minister Hun Malet of Cambodia attended, together with General Odo Prem, Nepal's army chief.",
            "Odo Prem",
            "NPL",
        ),
    ],
)
def test_an_apposition_with_a_states_office_gives_the_persons_state(
    sentence: str, person: str, state: str
) -> None:
    assert _who(sentence)[person] == state


def test_a_list_joined_along_with_keeps_every_person_and_state() -> None:
    who = _who(
        "President Anto Virelli of Indonesia and Prime Minister Hun Malet of Cambodia took part, along with "
        "Thai Foreign Minister Don Pravat."
    )
    assert who == {"Anto Virelli": "IDN", "Hun Malet": "KHM", "Don Pravat": "THA"}


def test_those_who_stayed_away_are_not_the_subject_of_the_next_clause() -> None:
    who = _who(
        "Kazakhstan's Talgat Omarov and Turkmenistan's Berdy Sarov stayed away, while Georgian President Levan "
        "Kadze, at first said to be ill, took part after all."
    )
    assert "Talgat Omarov" not in who and "Berdy Sarov" not in who
    assert who.get("Levan Kadze") == "GEO"


def test_a_clause_of_contrast_keeps_its_own_subject() -> None:
    """Control: the subject after "while" is still read (it passed before this session)."""
    who = _who("Ruritania sent no one, while President Ivo Tanner of Georgia took part.")
    assert who == {"Ivo Tanner": "GEO"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The host, Indonesian President Anto Virelli, did what he could to present the outcome well.",
        "The leaders thanked the host, President Anto Virelli of Indonesia, for his welcome.",
    ],
)
def test_the_sittings_host_in_apposition_was_there(sentence: str) -> None:
    assert _who(sentence) == {"Anto Virelli": "IDN"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The next host, Indonesian President Anto Virelli, promised a summit in the autumn.",
        "The host of the next summit, President Anto Virelli of Indonesia, promised it for the autumn.",
        "The host of the previous summit, President Anto Virelli of Indonesia, did not come.",
    ],
)
def test_the_host_of_another_sitting_is_not_put_there(sentence: str) -> None:
    assert "Anto Virelli" not in _who(sentence)


# --- the meeting's days --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "later",
    [
        "The dates were fixed long ago: in February the Secretariat announced that the Council would come "
        "together in Sochi from 7 to 9 June, with a fair alongside.",
        "The Council had been scheduled to meet in Sochi from 7 to 9 June.",
        "The session was due to run from 7 to 9 June, officials said in May.",
    ],
)
def test_days_a_plan_gave_are_not_the_days_the_meeting_sat(later: str) -> None:
    text = f"Vorland, 8 June 2031\n\nThe Xylo Council is meeting in Sochi today.\n\n{later}\n"
    assert held(text, "xyz")["date"] == "2031-06-08"


def test_the_days_it_ran_still_widen_the_meeting() -> None:
    """Control: a span told as the sitting's own ("ran from ... to ...") is its days."""
    text = "Vorland, 8 June 2031\n\nThe Xylo Council met in Sochi today.\n\nThe Council's session ran from 7 to 9 June.\n"
    assert held(text, "xyz")["date"] == "2031-06-07/2031-06-09"


# --- the scorer ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line, day",
    [
        ("# Published: 2031-03-02", "2031-03-02"),
        ("# Published: 2031-03-02 (the page's stamp, 'Sunday 02, March')", "2031-03-02"),
        ("# Published:2031-03-02", "2031-03-02"),
        ("# Published: unknown (the address holds 2031-06-04)", None),
        ("# Published: unknown", None),
        ("# Published: 2031-03", None),
    ],
)
def test_the_scorer_reads_the_pages_day_with_a_note_after_it(line: str, day: str | None) -> None:
    assert page_day(f"# Source: x\n{line}\n- type: MeetingHeld\n") == day


# --- who headed a delegation, who welcomed the participants ----------------------------------------------------

COUNCIL = "CAIRO, 9 March 2031 - The Xylo Council at the level of foreign ministers held its 153rd session in Cairo today.\n\n"


def _council(text: str) -> dict[str, Any]:
    meeting = held(COUNCIL + text, "xyz")
    return {p["person"]: p.get("party") for p in meeting.get("participants", [])}


@pytest.mark.parametrize(
    "sentence, state",
    [
        (
            "The delegation of the Kingdom of Bahrain at this sitting was headed by Minister of State Ahmed bin "
            "Salem Qadri.",
            "BHR",
        ),
        ("The delegation of Oman at the meeting was led by Minister of State Ahmed bin Salem Qadri.", "OMN"),
    ],
)
def test_the_head_of_a_states_delegation_is_of_that_state(sentence: str, state: str) -> None:
    assert _council(sentence) == {"Ahmed bin Salem Qadri": state}


def test_who_welcomed_the_participants_to_the_meeting_was_there() -> None:
    """Control (passed before this session)."""
    who = _council(
        "While welcoming participants to the meeting, Egyptian Foreign Minister Sameh Fahdi said the session "
        "came at a hard time."
    )
    assert who == {"Sameh Fahdi": "EGY"}


def test_who_welcomed_a_decision_of_the_meeting_is_not_put_there_by_it() -> None:
    """Control: welcoming an outcome from afar is no seat at the table."""
    assert "Sameh Fahdi" not in _council(
        "In a statement from Lima, Egyptian Foreign Minister Sameh Fahdi welcomed the decisions of the session."
    )


# --- a day written in words --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "phrase, edtf, kind",
    [
        ("on the thirtieth of November 2031", "2031-11-30", "day"),
        ("done this twenty-first day of May, 2031", "2031-05-21", "day"),
        ("on the twenty first of May 2031", "2031-05-21", "day"),
        ("on the first of June 2031", "2031-06-01", "day"),
        ("on Friday, the twenty-sixth of May", "2031-05-26", "day?"),
        ("on the 30th of November 2031", "2031-11-30", "day"),
    ],
)
def test_a_day_written_as_an_ordinal_word_is_a_day(phrase: str, edtf: str, kind: str) -> None:
    found = find_dates(phrase, 2031)
    assert [(d.edtf, d.kind) for d in found] == [(edtf, kind)]
    # the offsets are the text's own
    assert phrase[found[0].start : found[0].end].split()[-1] in ("2031", "May", "November")


@pytest.mark.parametrize(
    "phrase", ["the first of the month", "for the second time in May 2031", "the third of them"]
)
def test_an_ordinal_word_that_is_no_day_of_a_month_stays_no_day(phrase: str) -> None:
    assert all(d.kind != "day" for d in find_dates(phrase, 2031))


def test_a_meeting_dated_in_words_is_dated() -> None:
    text = (
        "The Second Informal Sitting of the Xylo Yard Zone (XYZ) Heads of Government took place in Jakarta on "
        "the thirtieth of November 2031."
    )
    assert held(text, "xyz")["date"] == "2031-11-30"


# --- a presidency handed "him" -----------------------------------------------------------------------------------

SUMMIT = "VORLAND, March 11, 2031 - Leaders of the Xylo Yard Zone (XYZ) met in Tehran on Wednesday.\n\n"


def _handovers(sentence: str) -> list[tuple[str, str | None]]:
    return [
        (e["to_party"], e.get("from_party")) for e in events(SUMMIT + sentence, "xyz", "PresidencyHandedOver")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Iranian President Omid Rahavi opened the meeting after President Elchin Karayev of Azerbaijan handed him "
        "the organisation's rotating chairmanship.",
        "Iran's President Omid Rahavi spoke first, once Azerbaijan's President Elchin Karayev handed him the "
        "chairmanship.",
    ],
)
def test_a_chair_handed_him_goes_to_the_state_of_the_person_named_before(sentence: str) -> None:
    assert _handovers(sentence) == [("IRN", "AZE")]


def test_the_giver_of_a_chair_handed_to_a_state_is_the_state_before_the_verb() -> None:
    assert _handovers("Outgoing chair Azerbaijan today handed Iran the chairmanship of the XYZ.") == [
        ("IRN", "AZE")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Iranian President Omid Rahavi said Azerbaijan handed Iran the chairmanship last year.",
        "President Elchin Karayev of Azerbaijan handed him the chairmanship.",
    ],
)
def test_no_handover_without_a_receiver_or_in_another_year(sentence: str) -> None:
    assert _handovers(sentence) == []


# --- an organization of the Correlates of War data ------------------------------------------------------------


def test_an_organization_loaded_from_cow_is_read_by_its_abbreviation() -> None:
    """``igo import-cow`` names ECO "cow-eco": its texts say "ECO", and its events are cow-eco's."""
    text = (
        "VORLAND, 11 March 2031 - The tenth summit of the Xylo Yard Zone (XYZ) ended in Vorland today with a joint "
        "declaration.\n\nIn the declaration, the leaders called for a free trade area by 2035.\n"
    )
    docs = events(text, "cow-xyz", "DocumentAdopted")
    assert [d["title"] for d in docs] == ["Declaration of the XYZ Summit"]
    assert {d["org"] for d in docs} == {"cow-xyz"}
    assert held(text, "cow-xyz")["org"] == "cow-xyz"


# --- after the second reading (blind round 2 read once the code was final) -----------------------------------


@pytest.mark.parametrize(
    "text, body",
    [
        (
            "VORLAND, May 26 (Newswire) -- Xylo Yard Zone (XYZ) trade ministers pledged lower tariffs as they wound "
            "up their three-day meeting in the city on Friday.",
            "trade-ministers-meeting",
        ),
        (
            "VORLAND, May 26 -- Leaders of the Xylo Yard Zone (XYZ) pledged more aid as they closed their summit "
            "here on Friday.",
            "summit",
        ),
    ],
)
def test_a_pronoun_of_a_clause_of_time_stands_for_those_who_open_the_sentence(text: str, body: str) -> None:
    meeting = held(text, "xyz", published="2031-05-27")
    assert (meeting["body"], meeting["date"].split("/")[-1]) == (body, "2031-05-23")


def test_the_organizations_name_and_abbreviation_before_sectoral_ministers() -> None:
    """Control (passed before: "met" reads it another way); the pronoun test above needs the new reading."""
    text = "VORLAND, May 26 -- Xylo Yard Zone (XYZ) health ministers met here on Friday."
    assert held(text, "xyz", published="2031-05-27")["body"] == "health-ministers-meeting"


def test_commerce_ministers_are_the_trade_ministers() -> None:
    text = "VORLAND, March 28 (Newswire) -- The second XYZ commerce ministers' meeting was held here on March 28."
    assert held(text, "xyz", published="2031-03-29")["body"] == "trade-ministers-meeting"


@pytest.mark.parametrize(
    "line, place, region",
    [
        (
            "DENVER, the United States, May 26 (Newswire) -- The XYZ trade ministers met.",
            "Denver",
            "United States",
        ),
        ("THE HAGUE, the Netherlands, June 3 (Newswire) -- The XYZ council met.", "The Hague", "Netherlands"),
        ("MANILA, Philippines, June 3 -- The XYZ council met.", "Manila", "Philippines"),
    ],
)
def test_a_datelines_state_may_take_the_article(line: str, place: str, region: str) -> None:
    anchor = find_anchor(line, "2031-06-04")
    assert (anchor.place, anchor.region) == (place, region)


def test_a_persons_style_ends_a_bodys_name() -> None:
    text = (
        "Vorland, 13 January 2031\n\nThe outgoing chair of the Xylo Yard Zone (XYZ) opened the ceremonial meeting, "
        "at which the Speaker of the Assembly His Excellency Piet Thornton spoke."
    )
    bodies = [m.event.get("body", "") for m in meetings(text, "xyz")]
    assert bodies and all("excellency" not in b and "thornton" not in b for b in bodies)


# --- review: an organization's own abbreviation is no party of that name (one place: ``find_parties``) ------


@pytest.mark.parametrize(
    "text, org, expected",
    [
        ("The GUAM Council of Foreign Ministers met in Kyiv.", "guam", []),
        ("The CAN council of ministers met in Lima.", "can", []),
        ("Ministers of Guam and Canada met the CAN council.", "can", ["GUM", "CAN"]),
    ],
)
def test_an_organizations_abbreviation_in_capitals_is_no_party_of_that_name(
    text: str, org: str, expected: list[str]
) -> None:
    assert [p.value for p in find_parties(text, exclude=[org])] == expected
