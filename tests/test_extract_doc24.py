"""Documents of ``igo extract`` (fixer doc24): the meeting's own statement named only by its kind and the words
that make it the sitting's ("the ministers adopted a joint statement", "a final statement was issued"), titled
by those words; the day of the act, not the day it was reported. Every sentence is invented for the test
(invented organizations, places and persons): no sentence of a real text or of a held-out set."""

from __future__ import annotations

import re
from typing import Any

import pytest

from igo_timeline.extract import extract

SITTING = (
    "Oslo, 3 March 2031 - The foreign ministers of the Xylo Yard Zone met in Oslo on 3 March 2031 for the 12th "
    "meeting of the Council of Foreign Ministers. "
)


def _docs(sentence: str, head: str = SITTING, org: str = "xyz", **kw: Any) -> list[dict[str, Any]]:
    text = head + sentence
    out = []
    for c in extract(text, org, "d", **kw):
        if c.type in ("DocumentAdopted", "AgreementSigned") and c.record == "event":
            src = c.event["source"]
            assert text[src["start"] : src["end"]] == src["quote"]
            out.append(c.event)
    return out


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("The ministers closed their talks by adopting a joint statement.", "Joint Statement of the XYZ ministers"),
        ("At the end of the meeting the leaders released a joint statement.", "Joint Statement of the XYZ leaders"),
        ("The council approved a political statement and elected a new chair.", "Political Statement"),
        ("The trade ministers wound up the session by adopting a joint ministerial statement.",
         "Joint Ministerial Statement of the XYZ trade ministers"),
        ("The presidents issued a twelve-point joint statement in which they pledged closer ties.",
         "Joint Statement of the XYZ presidents"),
        ("A final statement was adopted at the close of the sitting.", "Final Statement"),
        ("Their joint statement was issued after the talks by the ministers.", "Joint Statement of the XYZ ministers"),
    ],
)  # fmt: skip
def test_the_meetings_own_statement_named_by_its_kind_is_adopted(sentence: str, title: str) -> None:
    found = _docs(sentence)
    assert [(e["title"], e["kind"], e["adopted_on"]) for e in found] == [(title, "statement", "2031-03-03")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministers were unable to adopt a joint statement.",  # not done
        "The ministers are expected to issue a joint statement on Friday.",  # not yet
        "The ministers did not adopt a joint statement this time.",  # negated
        "The ministers welcomed the joint statement issued by the river commission.",  # another's, welcomed
        "The ministers endorsed the joint statement reached at the earlier round of talks.",  # another sitting's
        "On the sidelines, the two ministers signed a joint statement on fisheries.",  # its own title, bilateral
        "On the sidelines, the two presidents issued a joint statement.",  # two parties, not the meeting
        "The spokesman of the ministry issued a statement.",  # one speaker's statement
        "In 2019 the ministers had adopted a joint statement at their first meeting.",  # long ago
        "A joint statement was adopted on the situation in the delta.",  # its subject follows: titled by it
    ],
)
def test_no_own_statement_without_the_meetings_act(sentence: str) -> None:
    assert not any(
        re.match(r"(?:Joint|Political|Final) Statement(?: of the|$)", e["title"]) for e in _docs(sentence)
    )


def test_a_kind_only_mention_in_a_text_that_titles_a_statement_is_left_to_the_titled_readers() -> None:
    found = _docs(
        "The ministers closed the talks by approving a joint statement. "
        "The Joint Statement of the Zone Ministers calls for open sea lanes."
    )
    assert not any(t.startswith("Joint Statement of the XYZ") for t in [e["title"] for e in found])


def test_the_acts_day_not_the_day_it_was_reported() -> None:
    head = (
        "HALDEN. May 6 (Zonepress) - The presidents of the Xylo Yard Zone (XYZ), meeting in Oslo on Monday, "
        "named a new secretary and adopted a political statement, an official said on Tuesday. "
    )
    found = _docs("", head=head + "The Zone was set up in 2021.", published="2031-05-06")  # a Tuesday
    assert [e["adopted_on"] for e in found if e["kind"] == "statement"] == ["2031-05-05"]
