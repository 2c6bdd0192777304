"""The genre's laws over synthetic reports (helper `genre`): tests/genre_synth.py writes a report of a meeting
of an invented organization (its body at a sitting, a dateline in an agency's shape, an opening sentence in
one of many shapes, a real capital, an attendance list) with its truth; the extractor must find the meeting
with the right body, date and place, never guess a year, and quote only text[start:end]. Every sentence is
written for the test (invented organizations and persons)."""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from igo_timeline.extract import extract
from igo_timeline.extract.anchor import find_anchor

sys.path.insert(0, str(Path(__file__).parent))
from genre_synth import generate, judge  # noqa: E402


def _meeting(text: str, org: str) -> dict[str, Any]:
    found = [c.event for c in extract(text, org, "t") if c.type == "MeetingHeld" and c.record == "event"]
    assert found, "no meeting found"
    return found[0]


@settings(max_examples=150, deadline=None)
@given(st.integers(min_value=0, max_value=2**32))
def test_a_generated_meeting_never_gets_a_wrong_or_guessed_date_and_quotes_are_text(seed: int) -> None:
    """The laws that hold for every report: every quote is text[start:end]; a meeting's date is never a
    wrong year, never a date where no year is supported; the body and place are never wrong when found."""
    sample = generate(random.Random(seed))
    fails, _ = judge(sample)
    assert not {"quote-not-text", "date-wrong-year", "date-guessed", "date-wrong", "place-wrong"} & set(
        fails
    ), (
        sample.text,
        fails,
    )


def test_the_generator_s_meetings_are_found_right_nineteen_times_in_twenty() -> None:
    """Body, date and place all right in at least 95% of 400 reports (the rest are the failure classes the
    closing note lists: attendance, a participle opening without a dateline, a place named only by a host)."""
    rng = random.Random(2026)
    right = sum(not judge(generate(rng))[0] for _ in range(400))
    assert right >= 380, right


@pytest.mark.parametrize(
    "text",
    [
        "KANDOR, 3 March 2021 -- The Second Extraordinary Authority of Heads of State and Government of the NQA got under way in Kandor on 3 March.",
        "KANDOR, 3 March 2021 -- An Extraordinary NQA Authority of Heads of State and Government, hosted by the Government of the host, was held in Kandor today.",
        "KANDOR, 3 March 2021 -- Leaders gathered in Kandor today for the 5th Ordinary Authority of Heads of State and Government of the NQA.",
    ],
)  # fmt: skip
def test_a_body_name_ends_before_the_verb_and_the_sitting_is_no_part_of_it(text: str) -> None:
    assert _meeting(text, "nqa")["body"] == "authority"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("PERTH, 2 June 2015 -- An Extraordinary Council of Ministers of the NQA met in Perth from 1 to 2 June 2015.", "council-of-ministers"),
        ("PERTH, 2 June 2015 -- The NQA Council of Foreign Ministers wrapped up its work in Perth today.", "council-of-foreign-ministers"),
        ("PERTH, 2 June 2015 -- Australia hosted an Extraordinary Summit of the NQA from June 1 to 2, 2015 in Perth.", "summit"),
        ("PERTH, 2 June 2015 -- The Special Meeting of the NQA Executive Council hosted by Australia closed in Perth today.", "executive-council"),
    ],
)  # fmt: skip
def test_a_lowercase_word_after_a_name_ends_it(text: str, body: str) -> None:
    assert _meeting(text, "nqa")["body"] == body


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("NOUMÉA, 8 August 2025 (Xinhua) -- The summit opened.", "Nouméa"),
        ("Asunción, 8 August 2025: The summit opened.", "Asunción"),
        ("TÓRSHAVN (AFP) -- The summit opened on Friday.", "Tórshavn"),
        ("REYKJAVÍK, Friday (Reuters) -- The summit opened.", "Reykjavík"),
    ],
)
def test_a_dateline_city_may_be_written_in_any_latin_letters(line: str, place: str) -> None:
    assert find_anchor(line).place == place


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("ACCRA, 6 June 2022 -- A Ministerial meeting of the NQA was held in Accra today.", "ministerial-meeting"),
        ("ACCRA, 6 June 2022 -- The NQA ministerial meeting wrapped up in Accra today.", "ministerial-meeting"),
        ("ACCRA, 6 June 2022 -- Meeting in Accra today for an extraordinary council of ministers of the NQA, the ministers agreed on a budget.", "council-of-ministers"),
        ("ACCRA, 6 June 2022 -- The annual NQA council of foreign ministers convened in Accra today.", "council-of-foreign-ministers"),
    ],
)  # fmt: skip
def test_a_body_named_in_lower_case_is_that_body_not_the_summit(text: str, body: str) -> None:
    assert _meeting(text, "nqa")["body"] == body


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("LIMA, 9 May 2019 -- At the 12th Executive Council of the Northern Quay Alliance (NQA) in Lima on 9 May 2019, ministers adopted a budget.", "executive-council"),
        ("LIMA, 9 May 2019 -- At a special leaders' summit of the NQA in Lima today, the leaders adopted a plan.", "summit"),
        ("LIMA, 9 May 2019 -- Delegations of twelve states attended the NQA Joint Ministerial Committee in Lima today.", "joint-ministerial-committee"),
        ("LIMA, 9 May 2019 -- Peru played host to the 21st Ordinary NQA Joint Ministerial Committee on 9 May.", "joint-ministerial-committee"),
    ],
)  # fmt: skip
def test_a_meeting_told_as_a_scene_or_as_attended_is_held(text: str, body: str) -> None:
    found = _meeting(text, "nqa")
    assert (found["body"], found["date"], found["place"]) == (body, "2019-05-09", "Lima")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("MALABO, 4 March 2021 -- The NQA summit was held in Ciudad de la Paz today.", "Ciudad de la Paz"),
        ("Andorra la Vella, 4 March 2021 -- The NQA summit opened today.", "Andorra la Vella"),
        ("JUBA, 4 March 2021 -- The NQA summit opened in the South Sudanese capital, Juba, today.", "Juba"),
        (
            "ABIDJAN, 4 March 2021 -- The NQA summit opened in the Ivorian capital, Yamoussoukro, today.",
            "Yamoussoukro",
        ),
    ],
)
def test_a_place_of_several_words_or_named_after_its_capital_is_read_whole(text: str, place: str) -> None:
    assert _meeting(text, "nqa")["place"] == place


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("YAREN, Nauru, 6th February 2011 -- The summit opened.", "2011-02-06"),
        ("YAMOUSSOUKRO, Côte d'Ivoire, 6 January 2027 -- The summit opened.", "2027-01-06"),
        ("Willemstad, Curaçao, 8 May 2020 (AFP) — The summit opened.", "2020-05-08"),
    ],
)
def test_a_dateline_with_an_ordinal_day_or_a_country_in_any_latin_letters(line: str, day: str) -> None:
    anchor = find_anchor(line)
    assert anchor.day is not None and anchor.day.isoformat() == day


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("LOME, 2 May 2019 -- The NQA summit opened in Lome today. Attending were President Kofi Amadu of Côte d'Ivoire and President Esi Mensa of Togo.", "CIV"),
        ("LOME, 2 May 2019 -- The NQA summit opened in Lome today. Present were Prime Minister Lars Eken of Åland Islands and President Esi Mensa of Togo.", "ALA"),
    ],
)  # fmt: skip
def test_a_state_named_in_any_latin_letters_or_with_an_elision_is_a_party(text: str, party: str) -> None:
    assert party in {p.get("party") for p in _meeting(text, "nqa").get("participants", [])}


@pytest.mark.parametrize(
    "text",
    [
        "SUVA, 7 May 2024 -- Ministers assembled in Suva today for the NQA Council of Ministers.",
        "SUVA, 7 May 2024 -- Delegates of the NQA came together in Suva today for an extraordinary council of ministers.",
        "SUVA, 7 May 2024 -- At a special council of ministers of the NQA in Suva today, ministers adopted a budget.",
    ],
)
def test_gathering_verbs_and_lower_case_scenes_open_a_meeting(text: str) -> None:
    found = _meeting(text, "nqa")
    assert (found["body"], found["date"], found["place"]) == ("council-of-ministers", "2024-05-07", "Suva")


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("SUVA, 7 May 2024 -- The NQA agreed on Monday to open a fund. The decision was taken at the NQA Council of Ministers, held in Suva.", "2024-05-06"),
        ("SUVA (AFP) -- The NQA agreed on 5-6 May 2024 to open a fund. It was the work of the NQA Council of Ministers, which met in Suva.", "2024-05-05/2024-05-06"),
    ],
)  # fmt: skip
def test_a_meeting_sentence_without_a_day_takes_the_lede_s_day(text: str, date: str) -> None:
    assert _meeting(text, "nqa")["date"] == date


def test_a_lede_without_a_year_under_a_dateline_without_a_day_dates_nothing() -> None:
    text = "SUVA (AFP) -- The NQA agreed on 6 May to open a fund. The decision was taken at the NQA Council of Ministers, held in Suva."
    assert not [c for c in extract(text, "nqa", "t") if c.type == "MeetingHeld" and c.record == "event"]
