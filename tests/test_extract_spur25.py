"""Meetings of ``igo extract`` (fixer spur25): a verb of holding, beginning or ending whose subject is no
sitting (a vote, an election, a war, a term) or whose object is an office ("held senior posts") tells no
meeting; the sentence's next verb, or the next sentence, is read instead. Every sentence is invented for the
test (invented organizations and persons): no sentence of a real text or of a held-out set."""

from __future__ import annotations

import re

import pytest

from igo_timeline.extract import extract
from igo_timeline.extract.meeting_held import _HELD, not_a_sitting_held


def _meetings(text: str, org: str = "xyz") -> list[dict]:
    return [c.event for c in extract(text, org, "t") if c.type == "MeetingHeld" and c.record == "event"]


def _first_verb_blocked(text: str) -> bool:
    verb = _HELD.search(text)
    assert verb is not None
    return not_a_sitting_held(text, verb)


@pytest.mark.parametrize(
    "text",
    [
        "She won 41 of the 52 votes cast in a vote held at the agency's seat in Lisbon.",
        "The ballot took place on Friday, the agency said.",
        "Relations were cut soon after the war began in the north.",
        "He was first chosen in 2020, for a term that began on 1 March 2021.",
        "The council welcomed the general elections held in May and the calm that followed.",
        "Before that he held a range of senior posts in the finance ministry.",
        "Ruritania, which held the rotating chairmanship, hosted the talks.",
        "The referendum was held on 3 April, two weeks late.",
        "When nominations closed on 2 May, no rival had come forward.",
        "The handover was marked by a short ceremony held in the garden of the secretariat.",
    ],
)
def test_something_held_that_is_no_sitting(text: str) -> None:
    assert _first_verb_blocked(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Xyz Council was held in Lisbon on Friday.",
        "The session began on Monday in the capital.",
        "The summit took place at the head office of the bank.",
        "The meeting was held in the main office building.",
        # the vote at a sitting the clause names: the sitting is the scene
        "The vote was held during the Assembly's ninth session in Porto.",
        "The foreign ministers held talks in Lisbon on Friday.",
        "The summit's opening ceremony was held in Porto on Sunday.",
    ],
)
def test_a_sitting_held_stays(text: str) -> None:
    assert not _first_verb_blocked(text)


def test_an_election_text_with_no_sitting_has_no_meeting() -> None:
    text = (
        "LISBON, 14 March 2031 -- Ana Lobo was re-elected head of the Xyz Agency on Thursday.\n\n"
        "She received 40 of the 44 votes cast in a vote held at the agency's seat in Lisbon, the agency said. "
        "Her new term begins on 1 July 2031."
    )
    assert _meetings(text) == []


def test_the_next_verb_of_the_sentence_is_read() -> None:
    text = (
        "LISBON, 14 March 2031 -- A week after the general election held in the host country, the Xyz "
        "Council met in Lisbon on Thursday and adopted its budget."
    )
    found = _meetings(text)
    assert len(found) == 1
    assert found[0]["date"] == "2031-03-13"
    assert re.search("Lisbon", found[0].get("place", ""))


def test_a_career_told_in_a_profile_is_no_summit() -> None:
    text = (
        "LISBON, 14 March 2031 -- The Xyz Bank's governors elected Ana Lobo as president, the bank said on "
        "Thursday.\n\nIn her career she held senior posts at the treasury, and she was the finance deputy for "
        "the 2029 Xyz summit in Porto."
    )
    assert not [m for m in _meetings(text) if m["body"] == "summit"]
