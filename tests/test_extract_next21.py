"""Next meetings (MeetingScheduled) in ``igo extract`` (fixer next21). Every sentence is invented for the test
(an invented organization, real states and towns): no sentence of a real text or of a held-out set.

(a) A sitting named, then its host in a relative clause: "the 12th Zone Summit that Togo is to host in Lome on
3-4 May", "the Zone summit, which Benin is due to host next year" (the sitting's word in any case, the host's
verb "will", "would", "is (due/set) to").

(b) "would next meet" / "would meet again": the reported future of "will meet next".

(c) A sitting to come told after another clause's modal ("X would open the talks, and that the summit would take
place in ...") or in an apposition or a reduced relative ("at the Fifth Summit, to be held in ...", "the summit
scheduled for ...", "the summit, which is due in ..."): the wish or modal of the rest of the sentence is not the
sitting's.

(d) The host of a sitting "held in <town> ... to examine the situation in <state>": whichever the words after
the verb name first, the town (its state) or a state.

(e) A host after "be hosted by": "the Ninth Summit will be hosted by the Government of Benin in 2031"; a sitting
told after "The ministers said ..." is the sitting's words only.

(f) A host chosen: "chose Cabo Verde by acclamation to host the 31st regular session in June 2031".

(g) A summit named by who sits at it ("the next Presidential Summit", "the Third Summit of XYZ Heads of State and
Government", "the next summit of heads of state") is the organization's summit, as "the summit" is (the AU's
assembly); not a body of its own.
"""

from __future__ import annotations

import pytest

from tests.conftest import XYZ_OPENING as OPENING
from tests.conftest import events_of as _events


def _next(sentence: str) -> list[tuple[str | None, str | None]]:
    return [(e.get("host"), e.get("date")) for e in _events(OPENING + sentence, "MeetingScheduled")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # (a) the host in a relative clause
        (
            "The leaders looked ahead to the 12th Zone Summit that Togo is to host in Lome on 3-4 May 2031.",
            [("TGO", "2031-05-03/2031-05-04")],
        ),
        ("Work began on the Zone summit, which Benin is due to host next year.", [("BEN", "2031")]),
        ("Papers are being drafted for the Summit that Senegal will host in November.", [("SEN", "2030-11")]),
        # (b) "would next meet"
        ("The chair said the council would next meet in Niger in 2031.", [("NER", "2031")]),
        # (c) a modal of another clause; an apposition; a reduced relative
        (
            "Officials said the president would open the talks, and that the group's full summit would take place "
            "in October in the port city of Takoradi.",
            [("GHA", "2030-10")],
        ),
        (
            "Delegates hoped that every member would attend the Fifth Summit, to be held in Togo next year.",
            [("TGO", "2031")],
        ),
        ("The ministers met ahead of the Zone summit scheduled for November in Dakar.", [("SEN", "2030-11")]),
        (
            "They prepared the session of the Zone Assembly scheduled for 9 December 2030 in Abuja.",
            [("NGA", "2030-12-09")],
        ),
        (
            "They prepared the organization's summit, which is due in Kano, Nigeria, in November.",
            [("NGA", "2030-11")],
        ),
        # (d) the town first
        (
            "An extraordinary summit will be held in Accra on 3 September 2030 to examine the situation in Mali.",
            [("GHA", "2030-09-03")],
        ),
        # (e) "be hosted by"
        (
            "It was agreed that the Ninth Summit will be hosted by the Government of Benin in 2031.",
            [("BEN", "2031")],
        ),
        (
            "The ministers said the summit will be hosted by Togo in Lome on 4 October.",
            [("TGO", "2030-10-04")],
        ),
        # (f) a host chosen
        (
            "Delegates chose Cabo Verde by acclamation to host the 31st regular session in June 2031.",
            [("CPV", "2031-06")],
        ),
    ],
)
def test_a_sitting_to_come_and_its_host(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _next(sentence) == expected


def test_a_sitting_told_after_the_ministers_said_is_named_by_its_own_words() -> None:
    found = _events(
        OPENING + "The ministers said the summit will be hosted by Togo in Lome on 4 October.",
        "MeetingScheduled",
    )
    assert [e["body"] for e in found] == ["summit"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The leaders hoped that the summit would take place in Lome in October.",  # a hope, in its own clause
        "The Zone summit scheduled for May 2030 in Dakar was postponed.",  # a day before the text's
        "Togo said the summit that Ghana hosted in 2029 had been a success.",  # hosted, not to host
        "The session of the UN Security Council scheduled for 9 December 2030 in New York was noted.",  # another's
        "The summit that the country will host in May was discussed.",  # no host named
    ],
)
def test_no_sitting_to_come(sentence: str) -> None:
    assert _next(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The next Presidential Summit will take place in Accra on 5 May 2031.",
        "The Third Summit of XYZ Heads of State and Government will be held in Ghana in May 2031.",
        "The next summit of heads of state and government will be held in Accra in May 2031.",
        "The leaders' summit, which Ghana is due to host in May 2031, was discussed.",
    ],
)
def test_a_summit_named_by_who_sits_is_the_summit(sentence: str) -> None:
    for org, body in (("xyz", "summit"), ("au", "assembly")):
        found = _events(OPENING + sentence, "MeetingScheduled", org=org)
        assert [(e["body"], e["host"]) for e in found] == [(body, "GHA")]


def test_a_summit_of_ministers_keeps_its_own_body() -> None:
    found = _events(
        OPENING + "The next Summit of Energy Ministers will be held in Accra on 5 May 2031.",
        "MeetingScheduled",
    )
    assert [e["body"] for e in found] == ["energy-ministers-meeting"]
