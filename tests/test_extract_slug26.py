"""The body a meeting is given, in one spelling (fixer slug26): what a heading or a headline runs into a body's
name left out (the course verb, a document's genre, how the sitting met, the organ's sitting noun), a sector's
sitting spelled as its ministers' meeting, the organization's abbreviation inside a body's name left out and the
name run on after it. Every sentence is invented for the test (invented organizations, places, persons)."""

from __future__ import annotations

from typing import Any

import pytest

from igo_timeline.extract import extract
from igo_timeline.extract.context import Context
from igo_timeline.extract.meeting_canon import canon_body
from igo_timeline.extract.text import Document


def _bodies(text: str, org: str = "xyz") -> list[Any]:
    return [c.event.get("body") for c in extract(text, org, "t") if c.type == "MeetingHeld"]


def _canon(slug: str, org: str = "xyz") -> str | None:
    return canon_body(slug, Context(Document("Nothing here."), org, "t", (), {}))


@pytest.mark.parametrize(
    ("slug", "canon"),
    [
        ("council-of-national-coordinators-meeting-ends", "council-of-national-coordinators"),
        (
            "council-of-permanent-representatives-session-opens-in-lomar",
            "council-of-permanent-representatives",
        ),
        ("committee-of-senior-officials-meeting-kicks-off", "committee-of-senior-officials"),
        ("board-of-trustees-meeting-concludes", "board-of-trustees"),
        ("press-statement-the-first-informal-summit", "summit"),
        ("joint-communique-the-ninth-summit", "summit"),
        ("virtual-meeting", "meeting"),
        ("online-summit", "summit"),
        ("defence-meeting", "defence-ministers-meeting"),
        ("defense-ministerial-meeting", "defence-ministers-meeting"),
        ("transportation-meeting", "transport-ministers-meeting"),
        ("agricultural-meeting", "agriculture-ministers-meeting"),
        ("council-of-heads-of-governments", "council-of-heads-of-government"),
    ],
)
def test_run_on_words_left_out(slug: str, canon: str) -> None:
    assert _canon(slug) == canon


@pytest.mark.parametrize(
    "slug",
    [
        "youth-meeting",  # young people may be who sat
        "security-meeting",
        "executive-council",
        "council-of-ministers",
        "foreign-ministers-meeting",
        "collective-security-council",
        "general-assembly",
        "committee-on-trade-and-development",
    ],
)
def test_names_kept(slug: str) -> None:
    assert _canon(slug) == slug


@pytest.mark.parametrize(
    "text",
    [
        "LOMAR, 4 May 2031 -- A meeting of the council of heads of XYZ governments was held in Lomar on Tuesday.",
        "LOMAR, 4 May 2031 -- The Council of Heads of XYZ Governments met in Lomar on 4 May 2031.",
    ],
)
def test_abbreviation_inside_a_name(text: str) -> None:
    assert _bodies(text) == ["council-of-heads-of-government"]


def test_lower_case_sitters_end_the_name() -> None:
    text = (
        "LOMAR, 4 May 2031 -- The fifth meeting of the Committee of Security Council secretaries of the Xyz "
        "Treaty Organisation (XYZ) member states was held in Lomar on Tuesday."
    )
    assert _bodies(text) == ["committee-of-security-council-secretaries"]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Online Meeting\n\nThe 2031 Xyz Trade Ministers Meeting was convened by video link on 4 May 2031.",
            "trade-ministers-meeting",
        ),
        (
            "Virtual Meeting\n\nThe Xyz Health Ministers Meeting was held by videoconference on 4 May 2031.",
            "health-ministers-meeting",
        ),
    ],
)
def test_mode_heading_then_the_body(text: str, body: str) -> None:
    assert body in _bodies(text)


def test_sector_sitting_in_a_sentence() -> None:
    text = "LOMAR, 4 May 2031 -- The 9th XYZ Defence Meeting was held in Lomar on 4 May 2031."
    assert _bodies(text) == ["defence-ministers-meeting"]
