"""Meetings as a general recognizer, sixth session (helper `meet7`): a sitting told by what a body decided
(its agent in a passive, an act done at a named sitting), the organization's own sitting that is no summit,
a body's meeting told in a relative clause, the organization's name left out of a body's name. Every
sentence is written for the test (invented organizations `xyz`, `nrc`, `tcf`, `wpu` and invented persons:
no sentence of a real text)."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from igo_timeline.extract import extract


def _all(text: str, org: str = "xyz") -> list[Any]:
    return [c for c in extract(text, org, "t") if c.type == "MeetingHeld"]


def _meetings(text: str, org: str = "xyz") -> list[dict[str, Any]]:
    return [c.event for c in _all(text, org) if c.record == "event"]


def _meeting(text: str, org: str = "xyz") -> dict[str, Any]:
    found = _meetings(text, org)
    assert found, "no meeting found"
    return found[0]


# -- a sitting told by what a body decided -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "body", "date"),
    [
        (
            "TARNOW, 4 May 2031 - Ilse Vartan was elected by the XYZ Governing Body at its meeting in Tarnow on Friday.",
            "governing-body",
            "2031-05-02",
        ),
        (
            "LIMA, 4 May 2031 - Mr Osk Tarn was appointed by the Board of Governors of the XYZ on Friday.",
            "board-of-governors",
            "2031-05-02",
        ),
        (
            "OSLO, 9 June 2031 - The budget has been unanimously approved by the XYZ Executive Council, sitting "
            "in Oslo on 8 June.",
            "executive-council",
            "2031-06-08",
        ),
        (
            "ACCRA, 12 March 2031 - The new statute was adopted by the Assembly of the XYZ in Accra yesterday.",
            "assembly",
            "2031-03-11",
        ),
    ],
)
def test_a_decision_whose_agent_is_a_named_body_tells_its_sitting(text: str, body: str, date: str) -> None:
    found = _meeting(text)
    assert (found["body"], found["date"]) == (body, date)


@pytest.mark.parametrize(
    ("text", "body", "date"),
    [
        (
            "Cairo, Saturday 10 March 2029\n\nThe choice was taken at the Senior Officials' Meeting of the Union "
            "on 6 March, by consensus of its members.",
            "senior-officials-meeting",
            "2029-03-06",
        ),
        (
            "LIMA, 4 May 2031 - The work plan was adopted at the Second Ministerial Meeting of the Organization on "
            "Monday.",
            "ministerial-meeting",
            "2031-04-28",
        ),
        (
            "RIGA, 20 October 2030 - The accord was reached during the Annual Conference of the XYZ on 18 October.",
            "conference",  # "Annual" is the sitting's kind, no part of the name
            "2030-10-18",
        ),
    ],
)
def test_an_act_done_at_a_named_sitting_tells_the_sitting(text: str, body: str, date: str) -> None:
    found = _meeting(text)
    assert (found["body"], found["date"]) == (body, date)


@pytest.mark.parametrize(
    "text",
    [
        # a person, not a body, as the agent
        "LIMA, 4 May 2031 - Mr Osk Tarn was appointed by the Secretary-General of the XYZ on Friday.",
        # another organization's parliament deciding
        "LIMA, 4 May 2031 - The treaty was approved by the Peruvian Congress on Friday.",
        # a sitting that is only to come
        "LIMA, 4 May 2031 - The plan will be adopted at the Ministerial Meeting of the XYZ next week.",
    ],
)
def test_no_sitting_from_a_person_a_national_parliament_or_a_future(text: str) -> None:
    assert _meetings(text) == []


# -- the organization that is itself a council sits as the text calls it -------------------------------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "BERGEN, 3 November 2031 - The session was held in the Norwegian city because Norway holds the "
            "presidency of the Boreal Council this year.",
            "session",
        ),
        (
            "TROMSO, 12 May 2031 - The chair passed to Iceland at the 14th meeting of the Boreal Council, held in "
            "Tromso, where representatives of the eight states took part.",
            "ministerial-meeting",  # a council of states meets at ministers' level (meet11; golds of sets 7, 19)
        ),
        (
            "TROMSO, 12 May 2031 - Foreign ministers gathered in Tromso on Friday for the Ministerial meeting of "
            "the Boreal Council.",
            "ministerial-meeting",
        ),
    ],
)
def test_a_council_organization_s_own_sitting_is_no_summit(text: str, body: str) -> None:
    assert _meeting(text, "boreal-council")["body"] == body


def test_a_council_organization_s_leaders_meet_at_its_summit() -> None:
    text = (
        "TROMSO, 12 May 2031 - The leaders of the eight states met in Tromso on Friday for the first summit of "
        "the Boreal Council."
    )
    assert _meeting(text, "boreal-council")["body"] == "summit"


# -- a body's sitting told in a relative clause -----------------------------------------------------------

_SUMMIT = (
    "VARNA, 12 March 2031 -- The 9th summit of the XYZ closed in Varna on Wednesday, 12 March 2031, with a "
    "declaration.\n\n"
)


@pytest.mark.parametrize(
    ("sentence", "body", "date", "place"),
    [
        (
            "The declaration had been drafted by the XYZ Council of Foreign Ministers, which met in Burgas on 10 "
            "March and sent it to the leaders.",
            "council-of-foreign-ministers",
            "2031-03-10",
            "Burgas",
        ),
        (
            "Its text came from the Permanent Committee of the XYZ, which convened in Ruse on 8 March.",
            "permanent-committee",
            "2031-03-08",
            "Ruse",
        ),
        (
            "The leaders endorsed a budget put forward by the Executive Board, which had gathered in Plovdiv on 11 "
            "March.",
            "executive-board",
            "2031-03-11",
            "Plovdiv",
        ),
    ],
)
def test_a_body_which_met_in_a_place_on_a_day_is_a_meeting_of_its_own(
    sentence: str, body: str, date: str, place: str
) -> None:
    found = {m["body"]: m for m in _meetings(_SUMMIT + sentence)}
    assert found["summit"]["date"] == "2031-03-12"
    assert (found[body]["date"], found[body]["place"]) == (date, place)


@pytest.mark.parametrize(
    "sentence",
    [
        # no place of its own: only situates the preparation
        "The declaration had been drafted by the XYZ Council of Foreign Ministers, which met on Monday.",
        # weeks before the summit: history, not a sitting of these days
        "The declaration had been drafted by the XYZ Council of Foreign Ministers, which met in Burgas on 10 "
        "January.",
    ],
)
def test_no_second_meeting_without_its_place_or_weeks_away(sentence: str) -> None:
    assert [m["body"] for m in _meetings(_SUMMIT + sentence)] == ["summit"]


# -- a day a verb of sitting governs, up to a month before the report ---------------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Geneva, Tuesday 14 October 2031 - The change took effect today. It was approved by the member states "
            "at the second special session of the General Conference, held on 30 September and 1 October.",
            "2031-09-30/2031-10-01",
        ),
        (
            "TUNIS, 20 May 2031 - The XYZ Assembly met on 2 May in Tunis and admitted Malta; its instrument "
            "arrived this week.",
            "2031-05-02",
        ),
        (
            "LIMA, 28 February 2031 - The XYZ Conference convened on Monday, 9 February, and chose a new head, the "
            "secretariat said in a statement released today.",
            "2031-02-09",
        ),
    ],
)
def test_a_day_a_verb_of_sitting_governs_dates_the_sitting_weeks_before_the_report(
    text: str, date: str
) -> None:
    assert _meeting(text)["date"] == date


def test_a_day_weeks_off_that_no_verb_of_sitting_governs_is_not_the_meeting_s() -> None:
    text = (
        "LIMA, 28 February 2031 - The XYZ Conference met in Lima today and agreed that the rules apply from 1 "
        "February."
    )
    assert _meeting(text)["date"] == "2031-02-28"


# -- attendance: what an attendee said is another clause; a title word that is a surname ------------------

_SITTING = "LONDON, 18 July 2031 - The XYZ Council met in London today.\n\n"


@pytest.mark.parametrize(
    ("sentence", "person", "party"),
    [
        (
            "Norway's trade minister, Kari Lind, who represented her country at the session, said the choice "
            "would help the secretariat.",
            "Kari Lind",
            "NOR",
        ),
        (
            "Foreign Minister Pablo Rusk of Chile attended the session and told reporters that talks will resume "
            "in May.",
            "Pablo Rusk",
            "CHL",
        ),
        (
            "Minister Jonas Hale of Estonia took part, and added that his government would sign next year.",
            "Jonas Hale",
            "EST",
        ),
    ],
)
def test_a_modal_in_what_an_attendee_said_does_not_undo_the_attendance(
    sentence: str, person: str, party: str
) -> None:
    people = {(p["person"], p.get("party")) for p in _meeting(_SITTING + sentence)["participants"]}
    assert (person, party) in people


def test_who_will_attend_still_attends_nothing() -> None:
    text = _SITTING + "Foreign Minister Pablo Rusk of Chile will attend the next session, the ministry said."
    assert _meeting(text)["participants"] == []


@pytest.mark.parametrize(
    ("sentence", "person", "party"),
    [
        (
            "Australia's transport minister, Helen King, represented her country at the session.",
            "Helen King",
            "AUS",
        ),
        ("Minister Omar Prince of Ghana attended the session.", "Omar Prince", "GHA"),
        ("President Anna Marshal of Chile took part in the session.", "Anna Marshal", "CHL"),
    ],
)
def test_a_title_word_after_a_given_name_is_a_surname(sentence: str, person: str, party: str) -> None:
    people = {(p["person"], p.get("party")) for p in _meeting(_SITTING + sentence)["participants"]}
    assert (person, party) in people


@pytest.mark.parametrize("item", ["the Saudi King", "Jordan's King", "Bahraini Crown Prince", "King"])
def test_a_title_alone_or_after_a_state_word_is_no_person(item: str) -> None:
    from igo_timeline.extract.people import parse_item

    assert parse_item(item, "xyz", ()) is None


_SUMMIT_OPENED = "RIGA, 9 May 2031 - The XYZ summit opened in Riga today.\n\n"


@pytest.mark.parametrize(
    ("sentence", "person", "party"),
    [
        (
            "The President of Estonia, Jaan Tamm, was greeted by the host on his arrival to attend.",
            "Jaan Tamm",
            "EST",
        ),
        ("Prime Minister Ola Berg of Norway arrived in Riga for the summit on Sunday.", "Ola Berg", "NOR"),
        (
            "Chile's foreign minister, Ines Roble, arrived at the venue to attend the talks.",
            "Ines Roble",
            "CHL",
        ),
    ],
)
def test_who_arrived_to_attend_attended(sentence: str, person: str, party: str) -> None:
    people = {(p["person"], p.get("party")) for p in _meeting(_SUMMIT_OPENED + sentence)["participants"]}
    assert (person, party) in people


@pytest.mark.parametrize(
    "sentence",
    [
        "Prime Minister Ola Berg of Norway will arrive in Riga for the summit on Sunday.",
        "Prime Minister Ola Berg of Norway is expected to arrive to attend on Sunday.",
    ],
)
def test_who_is_yet_to_arrive_did_not_attend(sentence: str) -> None:
    assert _meeting(_SUMMIT_OPENED + sentence)["participants"] == []


# -- a "since ... ago" phrase dates a founding, not the meeting ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "NIAMEY, 7 July 2031 -- The leaders of the three states signed a treaty on Saturday, at the first summit "
        "they have held since forming the XYZ ten months ago.",
        "DAKAR, 3 March 2031 -- The XYZ summit opened in Dakar today, the first since the bloc was set up two "
        "years ago.",
        "LOME, 14 May 2031 -- Heads of state met in Lome on Tuesday for their second summit since the crisis "
        "began three years earlier.",
    ],
)
def test_a_since_phrase_of_the_past_does_not_make_the_meeting_history(text: str) -> None:
    assert _meetings(text), "the meeting reported is not history"


def test_a_meeting_told_as_the_past_is_still_history() -> None:
    text = "DAKAR, 3 March 2031 -- The leaders first met at a summit in Dakar two years ago. Talks go on."
    assert _meetings(text) == []


# -- the summit is the text's own "College/Conference of Heads of State" -----------------------------------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "BAMAKO, 2 June 2031 -- The XYZ summit opened in Bamako on Monday. The leaders adopted the rules of "
            "procedure of the College of Heads of State of the confederation.",
            "college-of-heads-of-state",
        ),
        (
            "LOME, 5 May 2031 -- An extraordinary session of the Conference of Heads of State of the XYZ met on "
            "Saturday in Lome.",
            "conference-of-heads-of-state",
        ),
        (
            "ACCRA, 8 May 2031 -- The 12th XYZ summit closed in Accra on Friday. Delegates said the Conference of "
            "Heads of State and Government had adopted the budget.",
            "conference-of-heads-of-state-and-government",
        ),
        (
            "ACCRA, 8 May 2031 -- The XYZ summit closed in Accra on Friday, the Assembly of Heads of State and "
            "Government having adopted its budget.",
            "assembly",
        ),
    ],
)
def test_the_summit_is_the_body_of_heads_of_state_the_text_names(text: str, body: str) -> None:
    assert _meeting(text)["body"] == body


# -- "received his peers, A of X and B of Y, at ..." ---------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "people"),
    [
        (
            "General Ado Kane of Niger received his peers, Colonel Sidi Bara of Mali and Captain Issa Dao of "
            "Burkina Faso, at the conference centre on 6 July 2031.",
            {("Ado Kane", "NER"), ("Sidi Bara", "MLI"), ("Issa Dao", "BFA")},
        ),
        (
            "President Lena Ruiz of Peru welcomed her counterparts, President Tom Vidal of Chile and President "
            "Ana Soto of Colombia, in the capital on 6 July 2031.",
            {("Lena Ruiz", "PER"), ("Tom Vidal", "CHL"), ("Ana Soto", "COL")},
        ),
        (
            "King Olav Rune of Norway greeted his guests, Prime Minister Eva Holm of Sweden and Prime Minister "
            "Mats Berg of Finland.",
            {("Olav Rune", "NOR"), ("Eva Holm", "SWE"), ("Mats Berg", "FIN")},
        ),
    ],
)
def test_the_host_and_the_peers_he_received_attended(sentence: str, people: set[tuple[str, str]]) -> None:
    text = "LIMA, 7 July 2031 -- The XYZ summit was held on Saturday, 6 July 2031.\n\n" + sentence
    got = {(p["person"], p.get("party")) for p in _meeting(text)["participants"]}
    assert people <= got


# -- synthetic reports of a sitting told by what it did (tests/genre_synth_sittings.py) ----------------------


def _sittings() -> Any:
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent))
    import genre_synth_sittings

    return genre_synth_sittings


@settings(max_examples=80, deadline=None)
@given(st.integers(min_value=0, max_value=2**32))
def test_a_generated_sitting_is_never_dated_wrong_and_quotes_are_text(seed: int) -> None:
    """For every generated report: no wrong or guessed date, no quote that is not text[start:end]."""
    import random

    mod = _sittings()
    sample = mod.generate_sitting(random.Random(seed))
    fails = mod.judge_sitting(sample)
    assert not {"quote-not-text", "date-wrong-year", "date-guessed", "date-wrong", "place-wrong"} & set(
        fails
    ), (
        sample.text,
        fails,
    )


def test_generated_sittings_are_found_right_nineteen_times_in_twenty() -> None:
    import random

    mod = _sittings()
    rng = random.Random(2031)
    right = sum(not mod.judge_sitting(mod.generate_sitting(rng)) for _ in range(300))
    assert right >= 285, right


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "SUCRE, 3 December 2030 -- At its 17th session in Sucre on 3 December, the NRC General Assembly "
            "adopted a plan of action.",
            "general-assembly",
        ),
        (
            "MACAU, 17 December 2029 -- Ana Lobo was elected Director-General of the NRC by the NRC Executive "
            "Board in Macau on 17 December.",
            "executive-board",
        ),
        (
            "MOGADISHU, 26 January 2032 -- The Governing Body of the Northern Rivers Council (NRC), meeting in "
            "Mogadishu, today adopted a plan of action.",
            "governing-body",
        ),
    ],
)
def test_a_body_the_subject_or_agent_names_is_the_sitting_s(text: str, body: str) -> None:
    assert _meeting(text, "nrc")["body"] == body


# -- an act at the meeting's own ceremony -------------------------------------------------------------------

_CLOSED = "TALLINN, 9 May 2031 - The XYZ summit closed in Tallinn today.\n\n"


@pytest.mark.parametrize(
    ("sentence", "person", "party"),
    [
        (
            "Latvian Prime Minister Ivo Kalns shook hands with the host on stage at the closing ceremony.",
            "Ivo Kalns",
            "LVA",
        ),
        ("President Ona Rute of Lithuania spoke briefly during the opening session.", "Ona Rute", "LTU"),
        (
            "Finnish President Aki Salo posed for photographs at the summit's opening ceremony.",
            "Aki Salo",
            "FIN",
        ),
    ],
)
def test_an_act_at_the_meeting_s_ceremony_tells_the_head_was_there(
    sentence: str, person: str, party: str
) -> None:
    people = {(p["person"], p.get("party")) for p in _meeting(_CLOSED + sentence)["participants"]}
    assert (person, party) in people


def test_a_ceremony_to_come_tells_nothing() -> None:
    text = _CLOSED + "Latvian Prime Minister Ivo Kalns will speak at the opening session of the next summit."
    assert ("Ivo Kalns", "LVA") not in {(p["person"], p.get("party")) for p in _meeting(text)["participants"]}


# -- "among them", the chair in apposition, a foreign minister acting at a ministerial sitting -----------------

_MET = "DJERBA, 19 November 2031 - The XYZ summit opened in Djerba today.\n\n"


@pytest.mark.parametrize(
    ("sentence", "people"),
    [
        (
            "Tunisian President Amel Ben Ali hosted the leaders, among them French President Luc Morel and "
            "Gabonese President Paul Ndong.",
            {("Amel Ben Ali", "TUN"), ("Luc Morel", "FRA"), ("Paul Ndong", "GAB")},
        ),
        (
            "Five heads of state were present in the city, among them President Kofi Asare of Ghana.",
            {("Kofi Asare", "GHA")},
        ),
        (
            "Delegations of 40 states took part, among them Prime Minister Rui Sousa of Portugal and Prime "
            "Minister Ana Vidal of Spain.",
            {("Rui Sousa", "PRT"), ("Ana Vidal", "ESP")},
        ),
    ],
)
def test_among_them_after_who_was_at_the_meeting_lists_attendees(
    sentence: str, people: set[tuple[str, str]]
) -> None:
    got = {(p["person"], p.get("party")) for p in _meeting(_MET + sentence)["participants"]}
    assert people <= got


def test_among_them_of_the_dead_lists_no_attendee() -> None:
    text = _MET + (
        "The summit mourned the deaths of prominent leaders, among them Namibia's late President Tom Haufiku."
    )
    assert ("Tom Haufiku", "NAM") not in {
        (p["person"], p.get("party")) for p in _meeting(text)["participants"]
    }


@pytest.mark.parametrize(
    ("sentence", "person", "party"),
    [
        (
            "The summit met under the chairmanship of the Chadian head of state, Abakar Mahamat, current "
            "President of the XYZ.",
            "Abakar Mahamat",
            "TCD",
        ),
        ("The session met under the presidency of the Malian president, Oumar Keita.", "Oumar Keita", "MLI"),
        ("It sat under the chairmanship of the Senegalese prime minister, Awa Ndiaye.", "Awa Ndiaye", "SEN"),
    ],
)
def test_a_chair_named_in_apposition_to_a_state_title(sentence: str, person: str, party: str) -> None:
    chair = _meeting(_MET + sentence)["chair"]
    assert (chair["person"], chair.get("party")) == (person, party)


@pytest.mark.parametrize(
    "sentence",
    [
        "Icelandic Foreign Minister Jon Arnason handed the chairmanship gavel to the Russian side.",
        "Foreign Minister Jon Arnason of Iceland opened the ministerial meeting.",
        "Iceland's Foreign Minister, Jon Arnason, delivered a speech on the Arctic.",
    ],
)
def test_a_foreign_minister_acting_at_the_sitting_attended(sentence: str) -> None:
    text = "REYKJAVIK, 20 May 2031 - Foreign ministers of the XYZ met in Reykjavik today.\n\n" + sentence
    assert ("Jon Arnason", "ISL") in {(p["person"], p.get("party")) for p in _meeting(text)["participants"]}


@pytest.mark.parametrize(
    ("sentence", "person", "party"),
    [
        (
            "Cameroon's President Jean Atangana, the outgoing chairman of the Conference, presided over the "
            "proceedings.",
            "Jean Atangana",
            "CMR",
        ),
        ("President Ana Lobo of Peru, the host, chaired the session.", "Ana Lobo", "PER"),
        (
            "Kenya's President Otieno Kamau, a veteran of the bloc, opened the summit.",
            "Otieno Kamau",
            "KEN",
        ),
    ],
)
def test_a_chair_with_an_apposition_is_the_person_before_it(sentence: str, person: str, party: str) -> None:
    found = _meeting(_MET + sentence)
    chair = found["chair"]
    assert (chair["person"], chair.get("party")) == (person, party)
    assert (person, party) in {(p["person"], p.get("party")) for p in found["participants"]}


# -- a sitting told as it closes, or by a body deciding on a day ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "body", "date"),
    [
        (
            "PARIS, 12 November 2031 - Closing its 46th session in Paris on Friday, the XYZ General Conference "
            "elected a new Director-General.",
            "general-conference",
            "2031-11-07",
        ),
        (
            "BRUSSELS, 12 July 2031 - Wrapping up a two-day summit in Brussels on Wednesday, XYZ leaders agreed "
            "to admit Finland.",
            "summit",
            "2031-07-08/2031-07-09",
        ),
        (
            "KINGSTON, 2 August 2031 - On the last day of its 29th session, on Friday, the XYZ Assembly elected "
            "a new Secretary-General.",
            "assembly",
            "2031-08-01",
        ),
        (
            "BERNE, 27 August 2031 - Delegates to the three-week XYZ Congress, which ends today in Berne, "
            "elected a new Director General on Wednesday.",
            "congress",
            "2031-08-27",
        ),
    ],
)
def test_a_sitting_told_as_it_closes(text: str, body: str, date: str) -> None:
    found = _meeting(text)
    assert (found["body"], found["date"]) == (body, date)


@pytest.mark.parametrize(
    ("text", "body", "date"),
    [
        (
            "GENEVA, 3 June 2031 - The XYZ Governing Body elected Ana Lobo as Director-General on Friday.",
            "governing-body",
            "2031-05-30",
        ),
        (
            "LIMA, 9 May 2031 - The Board of Governors of the XYZ approved the new budget on 8 May.",
            "board-of-governors",
            "2031-05-08",
        ),
        (
            "DAKAR, 2 March 2031 - The XYZ Conference unanimously admitted Cape Verde today.",
            "conference",
            "2031-03-02",
        ),
    ],
)
def test_a_body_deciding_on_a_day_sat_that_day(text: str, body: str, date: str) -> None:
    found = _meeting(text)
    assert (found["body"], found["date"]) == (body, date)


@pytest.mark.parametrize(
    "text",
    [
        # a standing council decides between sittings (the golds' AU PSC): no sitting told
        "ADDIS ABABA, 10 September 2031 - The XYZ Peace Council decided on Friday to suspend Guinea.",
        # no day: no sitting told
        "GENEVA, 3 June 2031 - The XYZ Governing Body has long elected its officers by consensus.",
    ],
)
def test_a_council_deciding_or_a_body_without_a_day_tells_no_sitting(text: str) -> None:
    assert _meetings(text) == []


# -- senior officials' meetings; a participle of attending ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "SINGAPORE, 3 June 2031 - Senior officials of the XYZ met in Singapore on Monday to prepare the summit.",
        "SINGAPORE, 3 June 2031 - The Senior Officials' Meeting of the XYZ opened in Singapore on Monday.",
        "SINGAPORE, 3 June 2031 - The XYZ senior officials' meeting, held in Singapore today, drafted the "
        "declaration for the leaders.",
    ],
)
def test_senior_officials_meet_at_their_own_meeting_not_the_summit(text: str) -> None:
    assert _meeting(text)["body"] == "senior-officials-meeting"


@pytest.mark.parametrize(
    ("text", "body", "date"),
    [
        (
            "GENEVA, 30 May 2031 - Member states attending the 84th Northern Health Assembly in Geneva adopted a "
            "treaty on Tuesday.",
            "northern-health-assembly",
            "2031-05-27",
        ),
        (
            "LIMA, 9 May 2031 - Ministers taking part in the XYZ Council in Lima on Friday agreed on a budget.",
            "council",
            "2031-05-09",
        ),
        (
            "DAKAR, 2 March 2031 - Delegations participating in the 12th XYZ Conference in Dakar today chose a "
            "new chair.",
            "conference",
            "2031-03-02",
        ),
    ],
)
def test_those_attending_a_named_sitting_tell_it(text: str, body: str, date: str) -> None:
    found = _meeting(text)
    assert (found["body"], found["date"]) == (body, date)


# -- a sitting's span: "opened on D1 and closes on D2", a span ending near the report --------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "ABIDJAN, 26 August 2031 - The 28th XYZ Congress, meeting in Abidjan, has chosen Ana Lobo as Director "
            "General. The Congress opened on 9 August and closes on 27 August.",
            "2031-08-09/2031-08-27",
        ),
        (
            "MONTREAL, 8 October 2031 - The 41st XYZ Assembly, which ran from 23 September to 3 October in "
            "Montreal, elected the Council.",
            "2031-09-23/2031-10-03",
        ),
        (
            "PARIS, 25 November 2031 - The XYZ General Conference, which met from 9 to 24 November in Paris, "
            "approved the budget.",
            "2031-11-09/2031-11-24",
        ),
        (
            "LIMA, 20 May 2031 - The XYZ Assembly met in Lima. It began on 12 May and ended on 19 May with a "
            "declaration.",
            "2031-05-12/2031-05-19",
        ),
    ],
)
def test_a_sitting_s_span_weeks_long_is_its_dates(text: str, date: str) -> None:
    assert _meeting(text)["date"] == date


def test_a_span_far_from_the_report_is_no_sitting_s() -> None:
    text = (
        "LIMA, 20 May 2031 - The XYZ Assembly met in Lima today. The treaty it adopted was negotiated from 3 "
        "January to 28 February."
    )
    assert _meeting(text)["date"] == "2031-05-20"


@given(st.integers(min_value=1, max_value=20), st.integers(min_value=0, max_value=6))
@settings(max_examples=40, deadline=None)
def test_opened_and_closes_is_always_the_span_of_its_two_days(first: int, length: int) -> None:
    """For any two days of a month, "opened on D1 and closes on D2" is D1/D2 when D2 is the report's day."""
    last = first + length + 1
    text = (
        f"LIMA, {last} March 2031 - The 9th XYZ Congress, meeting in Lima, elected a chair. The Congress opened "
        f"on {first} March and closes on {last} March."
    )
    assert _meeting(text)["date"] == f"2031-03-{first:02d}/2031-03-{last:02d}"


@pytest.mark.parametrize(
    ("text", "body", "date"),
    [
        (
            "MECCA, 16 August 2031 - Leaders of the XYZ suspended Syria early on Thursday, at the close of an "
            "extraordinary summit in the holy city.",
            "summit",
            "2031-08-14",
        ),
        (
            "LIMA, 9 May 2031 - Peru took over the chair on Friday at the end of the 12th session of the XYZ "
            "Council of Ministers in Lima.",
            "council-of-ministers",
            "2031-05-09",
        ),
        (
            "DAKAR, 2 March 2031 - A new flag was unveiled today at the opening of the XYZ Congress in Dakar.",
            "congress",
            "2031-03-02",
        ),
    ],
)
def test_an_act_at_the_close_or_opening_of_a_sitting_tells_it(text: str, body: str, date: str) -> None:
    found = _meeting(text)
    assert (found["body"], found["date"]) == (body, date)


@pytest.mark.parametrize(
    "text",
    [
        "KINGSTON, 2 August 2031 - The XYZ was created under a convention that was adopted by the General "
        "Assembly of the United Nations.",
        "KINGSTON, 2 August 2031 - The XYZ was set up under a statute approved by the XYZ Assembly in 1999.",
        "KINGSTON, 2 August 2031 - Ana Lobo leads the XYZ secretariat. She was first elected by the XYZ Assembly "
        "in 2023.",
        "KINGSTON, 2 August 2031 - The XYZ Board of Governors will elect a new head on Friday.",
    ],
)
def test_a_decision_of_the_past_or_in_a_relative_clause_tells_no_sitting(text: str) -> None:
    assert _meetings(text) == []


def test_a_year_after_since_does_not_make_the_sitting_history() -> None:
    text = (
        "DJERBA, 20 November 2031 - The 19th XYZ Summit ended on Sunday in Djerba, the first meeting of the "
        "leaders since 2027."
    )
    assert _meeting(text)["date"] == "2031-11-16"


@pytest.mark.parametrize(
    ("text", "body", "date"),
    [
        (
            "LIMA, 20 November 2031 - The XYZ Assembly, held in Lima over three days from 17 November, adopted "
            "five decisions.",
            "assembly",
            "2031-11-17/2031-11-19",
        ),
        (
            "LIMA, 20 November 2031 - The XYZ Council met for two days starting on 19 November in Lima.",
            "council",
            "2031-11-19/2031-11-20",
        ),
        (
            "LIMA, 20 November 2031 - Delegates wrapped up the week-long XYZ Conference in Lima today.",
            "conference",
            "2031-11-20",
        ),
    ],
)
def test_a_sitting_s_length_from_its_first_day(text: str, body: str, date: str) -> None:
    found = _meeting(text)
    assert (found["body"], found["date"]) == (body, date)


@pytest.mark.parametrize(
    ("text", "body", "date"),
    [
        (
            "GENEVA, 7 March 2031 - The XYZ Coordination Committee nominated Ana Lobo as Director General on "
            "Wednesday.",
            "coordination-committee",
            "2031-03-05",
        ),
        (
            "GENEVA, 7 March 2031 - Ana Lobo was nominated for the post of Director General by the XYZ "
            "Coordination Committee on Wednesday.",
            "coordination-committee",
            "2031-03-05",
        ),
        (
            "WASHINGTON, 3 May 2031 - The Board of Executive Directors of the XYZ selected Tom Vidal as President "
            "today.",
            "board-of-executive-directors",
            "2031-05-03",
        ),
        (
            "WASHINGTON, 3 May 2031 - Tom Vidal was named chief economist by its Board of Directors on 2 May.",
            "board-of-directors",
            "2031-05-02",
        ),
    ],
)
def test_nominated_selected_named_by_a_committee_or_board(text: str, body: str, date: str) -> None:
    found = _meeting(text)
    assert (found["body"], found["date"]) == (body, date)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "WASHINGTON, 3 May 2031 - Tom Vidal was selected as the XYZ's next President by its Board of "
            "Directors on Wednesday.",
            "2031-04-30",
        ),
        (
            "GENEVA, 7 March 2031 - Ana Lobo was chosen as the next Director-General by the XYZ Assembly on "
            "Tuesday.",
            "2031-03-04",
        ),
        (
            "LIMA, 9 May 2031 - The XYZ Congress elected the next Secretary General of the union on Monday.",
            "2031-05-05",
        ),
    ],
)
def test_next_of_a_role_is_no_mark_of_the_future(text: str, date: str) -> None:
    """ "the next President" names a role; the act on a weekday is the last such day before the report."""
    assert _meeting(text)["date"] == date


def test_next_of_a_time_still_marks_the_future() -> None:
    from igo_timeline.extract.dates import clause_tense

    s = "The leaders will meet again next Wednesday."
    assert clause_tense(s, s.index("Wednesday"), len(s) - 1) == "future"


@pytest.mark.parametrize(
    ("text", "body", "date"),
    [
        (
            "GENEVA, 8 May 2031 - Member States of the XYZ today appointed Ana Lobo as Director General, at an "
            "extraordinary session of the XYZ General Assembly.",
            "general-assembly",
            "2031-05-08",
        ),
        (
            "NEW YORK, 10 June 2031 - The XYZ General Assembly elected five non-permanent members of the Council "
            "on Thursday.",
            "general-assembly",
            "2031-06-05",
        ),
        (
            "ROME, 4 July 2031 - The XYZ Conference admitted two members of the Commission today.",
            "conference",
            "2031-07-04",
        ),
    ],
)
def test_the_deciding_body_is_the_subject_s_not_another_named_in_the_object(
    text: str, body: str, date: str
) -> None:
    found = _meeting(text)
    assert (found["body"], found["date"]) == (body, date)


def test_a_body_s_act_in_another_clause_is_not_dated_by_this_one() -> None:
    text = (
        "GENEVA, 8 May 2031 - The XYZ Executive Board nominated Ana Lobo in January, and her appointment "
        "is now due today."
    )
    assert [m["body"] for m in _meetings(text)] != ["executive-board"]


@pytest.mark.parametrize(
    "text",
    [
        "PARIS, 3 June 2031 - The French National Assembly approved the XYZ treaty on Tuesday.",
        "PARIS, 3 June 2031 - The UN General Assembly adopted a resolution on the XYZ on Monday.",
        "PARIS, 3 June 2031 - The Brazilian Congress ratified the XYZ charter on Monday.",
    ],
)
def test_a_state_s_or_another_organization_s_body_deciding_is_no_sitting_of_this_one(text: str) -> None:
    assert _meetings(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "PARIS, 3 June 2031 - A resolution on the XYZ was adopted by the UN General Assembly on Monday.",
        "PARIS, 3 June 2031 - The accession was endorsed by the Council of the European Union on Monday.",
        "PARIS, 3 June 2031 - The XYZ treaty was approved by the French National Assembly on Tuesday.",
    ],
)
def test_another_s_body_as_the_agent_is_no_sitting_of_this_one(text: str) -> None:
    assert _meetings(text) == []


def test_another_organization_s_body_which_met_is_no_meeting_of_this_one() -> None:
    text = _SUMMIT + (
        "The plan had been welcomed by the Council of the European Union, which met in Brussels on 10 March."
    )
    assert [m["body"] for m in _meetings(text)] == ["summit"]


@pytest.mark.parametrize(
    ("text", "body", "date"),
    [
        (
            "LIMA, 20 November 2031 - The XYZ Council sat for two days starting on 19 November in Lima.",
            "council",
            "2031-11-19/2031-11-20",
        ),
        ("LIMA, 20 November 2031 - The XYZ Assembly sat in plenary in Lima today.", "assembly", "2031-11-20"),
        (
            "LIMA, 20 November 2031 - The XYZ Congress sat in session in Lima on Tuesday.",
            "congress",
            "2031-11-18",
        ),
    ],
)
def test_a_body_that_sat_held_a_sitting(text: str, body: str, date: str) -> None:
    found = _meeting(text)
    assert (found["body"], found["date"].split("/")[0]) == (body, date.split("/")[0])


def test_a_person_who_sat_next_to_someone_tells_no_sitting() -> None:
    assert (
        _meetings("LIMA, 20 November 2031 - Ana Lobo sat next to the XYZ Council chair in Lima today.") == []
    )
