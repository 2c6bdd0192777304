"""Sixteenth session (issue 14): the body a text names for its sitting, a slashed dateline, and the scorer's
comparison of bodies.

Round 1's blind sets lost most meetings to the body: the organization's own name or a lower-case
descriptor of it read as a body ("the summit of the Developing Eight (D-8)", "the 12th summit of the
regional trade bloc"), ministers who met put in the organization's summit because its name holds
"Conference", and one body spelled several ways by the golds and the store. The texts and organizations
here are invented.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from igo_timeline.extract import extract

sys.path.insert(0, str(Path(__file__).resolve().parent / "heldout"))
from score import body_key  # noqa: E402


def meetings(text: str, org: str, published: str | None = None) -> list[Any]:
    return [c for c in extract(text, org, "t", published=published) if c.type == "MeetingHeld"]


def held(text: str, org: str, published: str | None = None) -> dict[str, Any]:
    found = [c for c in meetings(text, org, published) if c.record == "event"]
    assert len(found) == 1, [(c.record, c.event.get("body"), c.note) for c in meetings(text, org, published)]
    return found[0].event


@pytest.mark.parametrize(
    "who, body",
    [
        ("Foreign ministers", "foreign-ministers"),
        ("The foreign ministers", "foreign-ministers"),
        ("Defence ministers", "defence-ministers"),
    ],
)
def test_ministers_who_met_sit_in_their_body_not_in_the_organizations_name(who: str, body: str) -> None:
    text = (
        "ORAN, 25 September 2031 -- "
        f"{who} of the member states of the Conference on Steppe Trade and Transit (CSTT) held an informal "
        "meeting here today. The meeting was chaired by the minister of the host state."
    )
    event = held(text, "cstt")
    assert event["body"] != "summit"
    assert body in event["body"]
    assert event["date"] == "2031-09-25"


def test_a_summit_of_the_organization_by_its_name_is_its_summit_not_a_body_of_that_name() -> None:
    text = (
        "LAHORE, 23 November 2031 -- The ninth summit of the Developing Nine (D-9) concluded on Thursday with "
        "the member states signing a charter on trade."
    )
    event = held(text, "d9")
    assert event["body"] == "summit"
    assert event["date"] == "2031-11-20"


@pytest.mark.parametrize("descriptor", ["regional trade bloc", "economic grouping", "Andean alliance"])
def test_a_summit_of_the_organization_by_a_descriptor_is_its_summit(descriptor: str) -> None:
    text = (
        "CALI, 30 June 2031 -- The four presidents of the Steppe Alliance wrapped up the 14th summit of the "
        f"{descriptor} on Friday by approving a declaration on trade."
    )
    event = held(text, "steppe-alliance")
    assert event["body"] == "summit"  # a head noun in lower case describes the organization
    assert event["date"] == "2031-06-27"


SLASHED = (
    "Dushanbe, 08/10/2031\n\n"
    "Leaders of the Steppe Treaty Organisation (STO) held a session of the Collective Council in the Tajik "
    "capital on Saturday.\n"
)


def test_a_slashed_dateline_is_read_by_the_known_day() -> None:
    # 8 October 2031 is a Wednesday; the Saturday before it is 4 October (read as 10 August, a Sunday, the
    # Saturday before would be 9 August: the known day tells which)
    event = held(SLASHED, "sto", published="2031-10-08")
    assert event["date"] == "2031-10-04"


def test_a_slashed_dateline_no_known_day_reads_is_no_day() -> None:
    found = meetings(SLASHED, "sto")
    assert found, "the meeting itself is still read"
    assert all(c.record != "event" for c in found)  # day and month cannot be told apart: held back
    assert any(c.kind == "date-unresolved" for c in found)


@pytest.mark.parametrize(
    "a, b, org",
    [
        ("council-of-defence-ministers", "defense-ministers", "sco"),
        ("defence-ministers-meeting", "defense-ministers", "sco"),
        ("asean-regional-forum", "regional-forum", "asean"),
        ("secretaries-of-security-councils", "security-council-secretaries-meeting", "sco"),
        ("heads-of-state-council", "council-of-heads-of-state", "sco"),
        ("council-of-energy-ministers", "energy-ministers-meeting", "sco"),
        ("council-of-foreign-ministers", "foreign-ministers-meeting", "csto"),
    ],
)
def test_the_scorer_compares_one_body_spelled_several_ways_as_one(a: str, b: str, org: str) -> None:
    assert body_key(a, org) == body_key(b, org)


@pytest.mark.parametrize(
    "a, b, org",
    [
        ("council", "meeting", "imo"),
        ("executive-council", "assembly", "au"),
        ("summit", "council-of-heads-of-state", "cis"),
        ("general-assembly", "assembly", "oas"),
        ("foreign-ministers-meeting", "defence-ministers-meeting", "sco"),
        ("council-of-heads-of-state", "council-of-heads-of-government", "cis"),
    ],
)
def test_the_scorer_keeps_different_bodies_apart(a: str, b: str, org: str) -> None:
    assert body_key(a, org) != body_key(b, org)


_WORD = st.sampled_from(
    ["council", "of", "the", "heads", "state", "foreign", "ministers", "meeting", "summit"]
)


@given(st.lists(_WORD, min_size=1, max_size=6), st.randoms())
def test_a_bodys_key_is_that_of_its_words_in_any_order(words: list[str], rnd: Any) -> None:
    shuffled = list(words)
    rnd.shuffle(shuffled)
    assert body_key("-".join(words), "xyz") == body_key("-".join(shuffled), "xyz")
    assert body_key("-".join(words), "xyz")  # never empty: a body of sitting words alone keeps them
