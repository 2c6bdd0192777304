"""Issue 14, eighteenth session, fixer meet20: meetings found (body, place, days). Every sentence,
organization and person here is invented; the wordings follow classes that real pages of many organizations
show (the SCO, the G7, the EU, a WHO health network, ASEAN, BRICS ...), none of their sentences.

1. Sectoral ministers told as the subject of a sitting ("Defence ministers of the XYZ gathered ...", "The
   heads of the health ministries of the XYZ met ...", "Ministers of agriculture from the member states sat
   down for their first meeting"): their own ministers' body, not the summit and not nothing.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from igo_timeline.extract import extract
from igo_timeline.extract.context import Context
from igo_timeline.extract.meeting_body import _sector_ministers_body
from igo_timeline.extract.text import Document


def _meetings(text: str, org: str = "xyz") -> list[dict[str, Any]]:
    return [c.event for c in extract(text, org, "t") if c.type == "MeetingHeld" and c.record == "event"]


def _one(text: str, org: str = "xyz") -> dict[str, Any]:
    found = _meetings(text, org)
    assert found, "no meeting found"
    return found[0]


# -- 1. sectoral ministers as the subject of a sitting -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "body", "date", "place"),
    [
        (
            "TARNOW, 14 May 2031 - The heads of the defence ministries of the Xyz Cooperation Union (XYZ) "
            "gathered in Tarnow on Wednesday for their yearly meeting.",
            "defence-ministers-meeting",
            "2031-05-14",
            "Tarnow",
        ),
        (
            "TARNOW, 14 May 2031 - Defence ministers of the nine-member Xyz Cooperation Union (XYZ) sat down on "
            "Tuesday for their first Defence Ministers' Meeting, which officials called a milestone.",
            "defence-ministers-meeting",
            "2031-05-13",
            "Tarnow",
        ),
        (
            "OSLO, 9 June 2031 - Ministers of health from the member states of the Xyz Cooperation Union (XYZ) "
            "met in Oslo on Monday to compare their plans against a new fever.",
            "health-ministers-meeting",
            "2031-06-09",
            "Oslo",
        ),
        (
            "LIMA, 3 March 2031 - The foreign ministers of the XYZ countries began their meeting here on Monday "
            "morning with a photograph in the garden.",
            "foreign-ministers-meeting",
            "2031-03-03",
            "Lima",
        ),
        (
            "ACCRA, 20 April 2031 - XYZ agriculture ministers convened in Accra on Sunday and agreed on a seed "
            "bank.",
            "agriculture-ministers-meeting",
            "2031-04-20",
            "Accra",
        ),
    ],
)
def test_sectoral_ministers_subject_is_their_sitting(text: str, body: str, date: str, place: str) -> None:
    found = _one(text)
    assert (found["body"], found["date"], found.get("place")) == (body, date, place)


def _sectoral(subject: str, text: str = "", org: str = "xyz") -> str | None:
    ctx = Context(Document(text or subject), org, "t", (), {})
    return _sector_ministers_body(subject, ctx)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("The heads of the defence ministries of the XYZ", "defence-ministers-meeting"),
        ("Ministers of health from the member states", "health-ministers-meeting"),
        ("XYZ trade and energy ministers", "trade-ministers-meeting"),
        ("The ministers responsible for transport of the XYZ", "transport-ministers-meeting"),
        ("Defence chiefs of the member countries", "defence-ministers-meeting"),
    ],
)
def test_sectoral_subject_names_its_body(subject: str, body: str) -> None:
    assert _sectoral(subject) == body


@pytest.mark.parametrize(
    "subject",
    [
        "The foreign ministers of Norway and Sweden",  # two states' own talks
        "Defence ministers of Chile, Peru and Bolivia",
        "The defence ministers of the European Union",  # another organization's
        "The leaders of the XYZ",  # no sector: not this rule
        "Defence ministers who had flown in from the coast",  # no "of"/"from" of members: not the whole subject
    ],
)
def test_no_sectoral_body_for_others_ministers(subject: str) -> None:
    assert _sectoral(subject) is None


def test_ministers_who_wrapped_up_a_wider_event_leave_the_day_to_their_sitting() -> None:
    # the close of a three-day event is not the day the ministers' own meeting sat
    text = (
        "ACCRA, 19 April 2031 - Agriculture ministers of the XYZ countries wrapped up their yearly gathering "
        "here on Saturday. The ministers held the Fifth Meeting of XYZ Ministers of Agriculture in Accra on "
        "Friday, 18 April 2031, with Ghana as host."
    )
    found = _one(text)
    assert found["date"] == "2031-04-18"


def test_sat_down_without_a_sitting_is_no_meeting() -> None:
    text = "ACCRA, 20 April 2031 - XYZ agriculture ministers sat down in the front row as the film began."
    assert not [m for m in _meetings(text) if "agriculture" in m["body"]]


@settings(max_examples=40, deadline=None)
@given(
    sector=st.sampled_from(["defence", "health", "trade", "energy", "finance"]),
    verb=st.sampled_from(["met", "gathered", "convened"]),
)
def test_quote_is_the_text_and_body_names_the_sector(sector: str, verb: str) -> None:
    text = (
        f"OSLO, 9 June 2031 - The {sector} ministers of the XYZ {verb} in Oslo on Monday and adopted a plan."
    )
    for c in extract(text, "xyz", "t"):
        q = c.event["source"]
        assert text[q["start"] : q["end"]] == q["quote"]
    found = _one(text)
    assert sector in found["body"]
