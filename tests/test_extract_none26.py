"""Meetings of ``igo extract`` (twenty-sixth-session fixer none26): a sitting told by those who met, their
subject carrying an abbreviation in brackets ("The Xyz Transport Ministers (XTM) met in ..."), and a
communique's first-person opening in its other forms (the pronoun in capitals, the apposition without its
article, the opening read together with a heading above it). Every sentence is invented for the test: no
sentence of a real text or of a held-out set."""

from __future__ import annotations

from typing import Any

import pytest

from igo_timeline.extract import extract
from igo_timeline.extract.meeting import third_person


def _held(text: str, org: str) -> list[tuple[Any, Any, Any]]:
    return [
        (c.event.get("body"), c.event.get("date"), c.event.get("place"))
        for c in extract(text, org, "t")
        if c.record == "event" and c.type == "MeetingHeld"
    ]


@pytest.mark.parametrize(
    ("org", "text", "body", "date", "place"),
    [
        (
            "sco",
            "The SCO agriculture ministers (SCO-AM) met in Tashkent on 6 October 2031.",
            "agriculture-ministers-meeting",
            "2031-10-06",
            "Tashkent",
        ),
        (
            "asean",
            "The ASEAN Defence Ministers (ADMM) met in Hanoi on 6 October 2031.",
            "defence-ministers-meeting",
            "2031-10-06",
            "Hanoi",
        ),
        (
            "asean",
            "The ASEAN Economic Ministers (AEM) gathered in Hue, Viet Nam, on 12 May 2031.",
            "economic-ministers-meeting",
            "2031-05-12",
            "Hue",
        ),
    ],
)
def test_subject_with_its_abbreviation(org: str, text: str, body: str, date: str, place: str) -> None:
    assert _held(text, org) == [(body, date, place)]


@pytest.mark.parametrize(
    ("org", "text", "body", "date", "place"),
    [
        (
            "au",
            "We, Heads of State and Government of the African Union, met in Kigali on 3 and 4 July 2031.",
            "assembly",
            "2031-07-03/2031-07-04",
            "Kigali",
        ),
        (
            "au",
            "WE, the Heads of State and Government of the African Union, met in Kigali on 3 and 4 July 2031.",
            "assembly",
            "2031-07-03/2031-07-04",
            "Kigali",
        ),
        (
            "asean",
            "We, ASEAN Leaders, gathered in Hue on 12 May 2031 for the 60th ASEAN Summit.",
            "asean-summit",
            "2031-05-12",
            "Hue",
        ),
        (
            "asean",
            "WE, the ASEAN Economic Ministers (AEM), gathered in Hue, Viet Nam, on 12 May 2031 for our retreat:",
            "economic-ministers-meeting",
            "2031-05-12",
            "Hue",
        ),
        # the opening read together with the heading lines above it
        (
            "asean",
            "Statement of the ASEAN Economic Ministers on Digital Trade\nWE, the ASEAN Economic Ministers, "
            "met in Hue on 12 May 2031:\nNOTE the progress made on the digital agreement;",
            "economic-ministers-meeting",
            "2031-05-12",
            "Hue",
        ),
    ],
)
def test_first_person_opening(org: str, text: str, body: str, date: str, place: str) -> None:
    assert _held(text, org) == [(body, date, place)]


@pytest.mark.parametrize(
    ("org", "text"),
    [
        # no people who sit: the people of the region, a welcome of someone else's meeting
        ("asean", "We, the people of ASEAN, met in Hue on 12 May 2031."),
        ("asean", "We welcome the workshop held in Hue on 12 May 2031."),
        # a pronoun inside a quotation after a colon is no communique's opening
        ("asean", "He told the crowd: We, the farmers, met in Hue on 12 May 2031."),
    ],
)
def test_no_sitting(org: str, text: str) -> None:
    assert _held(text, org) == []


def test_third_person_keeps_offsets() -> None:
    text = "Title Line WE, the Xyz Ministers, held our first meeting"
    read = third_person(text)
    assert len(read) == len(text)
    assert read.lstrip() == "the Xyz Ministers, held its first meeting"
    # a sentence the pronoun does not open in apposition is left as it is
    assert third_person("We welcome the meeting in Hue.") == "We welcome the meeting in Hue."
    assert third_person("We, on Friday, met.") == "We, on Friday, met."
