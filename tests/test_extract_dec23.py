"""Decisions of ``igo extract`` (fixer dec23): a numbered sitting to come named by its body ("the 9th General
Assembly", "the 28th Universal Postal Congress") or by its initials ("the 12th XFMM will be held in Accra"), and
its host told before "which" ("Peru, which will host the 9th Congress in 2031, ..."). Every sentence is
invented for the test (invented organizations, places and persons): no sentence of a real text or of a
held-out set."""

from __future__ import annotations

from typing import Any

import pytest

from igo_timeline.extract import extract


def _scheduled(text: str, org: str = "xyz", published: str = "2030-05-05") -> list[dict[str, Any]]:
    return [c.event for c in extract(text, org, "t", published=published) if c.type == "MeetingScheduled"]


def _events(text: str, org: str = "xyz", published: str = "2030-05-05") -> list[dict[str, Any]]:
    return [
        c.event
        for c in extract(text, org, "t", published=published)
        if c.type == "MeetingScheduled" and c.record == "event"
    ]


# -- a numbered sitting named by its body: Assembly, Congress ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "body", "host", "date"),
    [
        ("The 9th Congress will take place in Lima in May 2031.", "congress", "PER", "2031-05"),
        ("Ghana will host the 14th General Assembly in 2031.", "general-assembly", "GHA", "2031"),
        ("The 31st General Assembly will be held in Accra on 3-5 June 2031.", "general-assembly", "GHA",
         "2031-06-03/2031-06-05"),
        ("The ministers agreed that the 12th General Assembly would take place in Quito in 2031.",
         "general-assembly", "ECU", "2031"),
        ("Chile will host the 28th Universal Postal Congress in 2032.", "universal-postal-congress", "CHL", "2032"),
    ],
)  # fmt: skip
def test_a_numbered_assembly_or_congress_to_come_is_scheduled(
    text: str, body: str, host: str, date: str
) -> None:
    found = _events(text)
    assert [(e["body"], e["host"], e["date"]) for e in found] == [(body, host, date)]


@pytest.mark.parametrize(
    ("text", "host"),
    [
        ("Peru, which will host the 9th Congress in May 2031, thanked the members.", "PER"),
        ("The delegates applauded Ghana, which is to host the 14th General Assembly in 2031.", "GHA"),
        ("Closing the session, the chair thanked Chile, which will host the 28th Congress in 2032.", "CHL"),
    ],
)
def test_the_host_before_which_hosts_the_sitting(text: str, host: str) -> None:
    assert [e["host"] for e in _events(text)] == [host]


@pytest.mark.parametrize(
    "text",
    [
        # a sitting held, not to come
        "Peru, which hosted the 8th Congress in May 2027, thanked the members.",
        "The 8th General Assembly was held in Lima in May 2027.",
        # another organization's assembly
        "Ghana will host the 14th General Assembly of the Other Union in 2031.",
        # a body, not a sitting: no number
        "The General Assembly will take place in Lima in May 2031 and the Congress met yesterday.",
    ],
)
def test_no_sitting_to_come_of_the_organization(text: str) -> None:
    found = _events(text)
    assert not [e for e in found if e.get("body") in ("general-assembly", "congress")], found


# -- a numbered sitting named by its initials ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "host", "date"),
    [
        ("The 11th Zone Foreign Ministers Meeting (XFMM) opened in Lome on 4 May 2030. "
         "The ministers agreed that the 12th XFMM will be held in Accra in 2031.", "GHA", "2031"),
        ("The 11th Zone Foreign Ministers Meeting (XFMM) opened in Lome on 4 May 2030. "
         "The 12th XFMM will be hosted by Ghana in 2031.", "GHA", "2031"),
        ("The 11th Zone Foreign Ministers Meeting (XFMM) opened in Lome on 4 May 2030. "
         "The 12th XFMM is to take place in Abuja in March 2031.", "NGA", "2031-03"),
    ],
)  # fmt: skip
def test_a_sitting_named_by_initials_the_text_spells_out(text: str, host: str, date: str) -> None:
    found = _events(text)
    assert [(e["body"], e["host"], e["date"]) for e in found] == [
        ("zone-foreign-ministers-meeting", host, date)
    ]


def test_initials_of_the_reported_series_give_its_body() -> None:
    text = (
        "The foreign ministers of the Zone held their 11th XFMM in Lome on 4 May 2030. "
        "The 12th XFMM will be hosted by Ghana in 2031."
    )
    held = [c.event for c in extract(text, "xyz", "t", published="2030-05-05") if c.type == "MeetingHeld"]
    found = _events(text)
    assert held and [e["body"] for e in found] == [held[0]["body"]]


@pytest.mark.parametrize(
    "text",
    [
        # initials nobody spells out, no reported sitting of that name: no body guessed
        "The ministers agreed that the 12th QRST will be held in Accra in 2031.",
        # initials before a noun: the noun names the sitting
        "The 12th XYZ Summit will be held in Accra in 2031 and the 13th XYZ Summit in Lome.",
    ],
)
def test_initials_never_guess_a_summit(text: str) -> None:
    assert not [e for e in _events(text) if e.get("body") == "summit" and "QRST" in text]
    assert all(e.get("body") != "qrst" for e in _scheduled(text))
