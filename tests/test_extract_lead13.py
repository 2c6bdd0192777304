"""The lead's fixes of the thirteenth session, read in the blind sets' misses after the fixers' merge.

Every sentence here is written for the test (no third-party text). Each class has a variant worded
differently from the misses it came from, and a negative where one exists.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from igo_timeline.extract import extract

sys.path.insert(0, str(Path(__file__).parent))
from genre_synth import generate, judge  # noqa: E402


def _events(text: str, org: str, published: str | None = None, kind: str | None = None) -> list[dict]:
    return [
        c.event
        for c in extract(text, org, "t", published=published)
        if c.record == "event" and kind in (None, c.type)
    ]


def _meeting(text: str, org: str, published: str | None = None) -> dict:
    (meeting,) = _events(text, org, published, "MeetingHeld")
    return meeting


# -- a body's name keeps a single word it shares with the organization's name ------------------------


def test_a_body_keeps_a_word_of_the_organizations_name_when_the_name_is_spelled_in_full_after_it() -> None:
    text = (
        "The Committee of Secretaries of Security Councils of the Collective Security Treaty Organization (CSTO)"
        " held its session in Minsk on 12 May 2019."
    )
    assert _meeting(text, "csto", "2019-05-13")["body"] == "committee-of-secretaries-of-security-councils"


def test_a_run_of_the_organizations_own_words_still_leaves_the_body_name() -> None:
    text = "The Supreme Eurasian Economic Council met in Minsk on 6 December 2022."
    assert _meeting(text, "eaeu", "2022-12-07")["body"] == "supreme-council"


# -- a common noun after "meeting of the" names no body ---------------------------------------------


def test_the_first_meeting_of_the_year_names_no_body_called_year() -> None:
    text = (
        "VIENTIANE, March 3 (Xinhua) -- Foreign ministers of the Association of Southeast Asian Nations (ASEAN)"
        " met in the Lao capital today, the first ASEAN meeting of the year."
    )
    bodies = [e["body"] for e in _events(text, "asean", "2024-03-03", "MeetingHeld")]
    assert bodies and "year" not in bodies


# -- an agency's own date line is no dateline ----------------------------------------------------------


def test_an_agency_date_line_above_the_dateline_gives_no_place() -> None:
    text = (
        "Ministers meet in Kuala Lumpur\n\nBernama, 3 May 2022\n\nKUALA LUMPUR, May 2 (Bernama) -- The Council of"
        " Foreign Ministers of the Commonwealth of Independent States (CIS) met here on Monday.\n"
    )
    meeting = _meeting(text, "cis")
    assert meeting["place"] == "Kuala Lumpur"
    assert meeting["date"] == "2022-05-02"


def test_a_town_date_line_of_its_own_still_places_the_text() -> None:
    text = "Minsk, 3 May 2022\n\nThe Council of Foreign Ministers of the CIS met in the city today.\n"
    assert _meeting(text, "cis")["place"] == "Minsk"


# -- "the organization's 85th General Assembly" ------------------------------------------------------


def test_the_organizations_possessive_and_ordinal_are_no_part_of_the_body() -> None:
    text = (
        "Santiago, 20 November 2019 (AFP) - Member countries of the International Criminal Police Organization"
        " (Interpol) on Wednesday chose a new Executive Committee at the closing session of the organization's"
        " 88th General Assembly in Santiago, held at the city's convention centre."
    )
    assert _meeting(text, "interpol", "2019-11-20")["body"] == "general-assembly"


# -- a status decided with the day it starts ---------------------------------------------------------


def test_states_that_will_become_partners_from_a_day_are_granted_from_that_day() -> None:
    text = "Nepal, Peru and Ghana will become BRICS partner countries as of 1 March 2026, the ministry said."
    grants = _events(text, "brics", "2026-02-10", "StatusGranted")
    assert sorted(g["party"] for g in grants) == ["GHA", "NPL", "PER"]
    assert {g["status"] for g in grants} == {"partner_country"}
    assert {g["effective"] for g in grants} == {"2026-03-01"}


def test_a_member_of_the_organization_named_after_the_status_from_a_day() -> None:
    text = "Ghana will become a full member of the BRICS from 1 July 2026."
    (grant,) = _events(text, "brics", "2026-06-01", "StatusGranted")
    assert (grant["party"], grant["status"], grant["effective"]) == ("GHA", "member", "2026-07-01")
    assert grant["decided_on"] == "2026-06-01"  # the day the text tells it, and its note says so
    assert "decided_on is the day" in grant["source"]["note"]


def test_a_status_with_its_rank_or_ordinal_from_a_day() -> None:
    (grant,) = _events(
        "Laos will become an associate member of the Mekong River Commission as of 1 May 2027.",
        "mrc",
        "2027-03-01",
        "StatusGranted",
    )
    assert (grant["party"], grant["status"], grant["effective"]) == ("LAO", "associate_member", "2027-05-01")
    (grant,) = _events(
        "Fiji will become BRICS's 12th member on 1 March 2027.", "brics", "2027-02-01", "StatusGranted"
    )
    assert (grant["party"], grant["status"], grant["effective"]) == ("FJI", "member", "2027-03-01")


def test_a_future_status_with_no_day_or_on_a_condition_is_no_grant() -> None:
    for text in (
        "Ghana will become a BRICS partner country.",
        "Ghana will become a member of the BRICS once it ratifies the charter on 1 July 2026.",
        "If the summit agrees, Ghana will become a BRICS partner country from 1 July 2026.",
        "Ghana will become a member of the African Union from 1 July 2026.",
    ):
        assert _events(text, "brics", "2026-06-01", "StatusGranted") == [], text


# -- a document's title ends before "at the conclusion of" -------------------------------------------


def test_a_title_ends_before_the_close_of_the_session() -> None:
    text = (
        "Cairo, 4 May 2021 - The ministers adopted the Cairo Declaration at the close of the Forty-Eighth Session"
        " of the Council of Foreign Ministers of the OIC held in Cairo on 3-4 May 2021."
    )
    titles = [e["title"] for e in _events(text, "oic", "2021-05-04", "DocumentAdopted")]
    assert titles == ["Cairo Declaration"]


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.sampled_from(["Nepal", "Peru", "Ghana", "Chile", "Laos"]), min_size=1, max_size=4, unique=True
    ),
    st.sampled_from(["from", "as of", "starting", "with effect from"]),
)
def test_every_grant_quote_is_the_text_and_every_named_state_is_granted(states: list[str], word: str) -> None:
    subject = states[0] if len(states) == 1 else ", ".join(states[:-1]) + " and " + states[-1]
    text = f"{subject} will become BRICS partner countries {word} 1 March 2026."
    found = [c for c in extract(text, "brics", "t", published="2026-02-10") if c.type == "StatusGranted"]
    assert len(found) == len(states)
    for c in found:
        src = c.event["source"]
        assert text[src["start"] : src["end"]] == src["quote"]


# -- a state that became the chair of the organization's summit body ---------------------------------


def test_a_state_that_became_chair_of_the_organizations_authority_takes_the_chair() -> None:
    text = (
        "Zambia has become the new Chair of the Authority of Heads of State and Government of the Common Market"
        " for Eastern and Southern Africa (COMESA), taking over from Egypt."
    )
    (handover,) = _events(text, "comesa", "2023-06-08", "PresidencyHandedOver")
    assert (handover["to_party"], handover.get("from_party")) == ("ZMB", "EGY")


def test_a_chair_of_another_organizations_body_is_no_handover() -> None:
    text = "Zambia has become the new Chair of the Council of the Southern African Development Community."
    assert _events(text, "comesa", "2023-06-08", "PresidencyHandedOver") == []


def test_a_councils_meeting_named_after_it_is_the_council() -> None:
    text = (
        "ASTANA, 11 May 2023 - The Council of Foreign Ministers Meeting of the Xylo Yard Zone (XYZ) was held in"
        " Astana today."
    )
    assert _meeting(text, "xyz")["body"] == "council-of-foreign-ministers"


# -- a sentence of history between the dated act and the attendance -----------------------------------


def test_a_history_sentence_between_the_dated_summit_and_its_attendance_is_passed_over() -> None:
    text = (
        "Kandor leaders meet\n\nKandor, 5 May (AP) — At a special summit of heads of state of the NQA in Kandor on"
        " 4 and 5 May 2021, leaders adopted a road map. The Northern Quay Alliance (NQA) was set up 20 years ago."
        " The meeting was attended by President Ama Ruvo of Ghana and President Tolo Beni of Senegal."
    )
    assert _meeting(text, "nqa")["date"] == "2021-05-04/2021-05-05"
    random_seed_14331 = generate(random.Random(14331))  # the generated report a property test had drawn
    assert "date-wrong" not in judge(random_seed_14331)[0]
