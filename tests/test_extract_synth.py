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
    assert not {"quote-not-text", "date-wrong-year", "date-guessed", "date-wrong", "place-wrong"} & set(fails), (
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
