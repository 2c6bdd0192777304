"""Sittings to come (helper `next27`): a host named by its town or by "the <adjective> capital", and a host
"will be hosting"; the body of the sitting to come read from the words after "of" when the organization's name
stands first or inside ("a meeting of the XO Council of Foreign Ministers", "the Council of the XO Foreign
Ministers"), an abbreviation in brackets inside that name; a decision told as a noun ("an agreement was reached
to hold the 12th meeting ..."); the words that tell a sitting's fate or nearness before its name ("the
forthcoming summit", "the twice-postponed summit conference") left out of its body; the committee of the
security councils' secretaries under a translation's "council". Every sentence is written for the test (no
sentence of a real text; organizations of the project's tables, invented days)."""

from __future__ import annotations

from typing import Any

import pytest

from igo_timeline.extract import extract


def _scheduled(text: str, org: str) -> list[dict[str, Any]]:
    return [c.event for c in extract(text, org, "t") if c.type == "MeetingScheduled" and c.record == "event"]


def _one(text: str, org: str) -> dict[str, Any]:
    found = _scheduled(text, org)
    assert len(found) == 1, found
    return found[0]


# -- a host named by its town, by its capital's adjective, or "will be hosting" ------------------------------


@pytest.mark.parametrize(
    ("org", "text", "body", "host", "date"),
    [
        (
            "sco",
            "BEIJING, 2 March 2031 - Bishkek will host a meeting of the SCO Council of Foreign Ministers on 14 May,"
            " a spokesman told reporters.",
            "council-of-foreign-ministers",
            "KGZ",
            "2031-05-14",
        ),
        (
            "sco",
            "BEIJING, 2 March 2031 - Tashkent is to host the summit of the SCO on 9-10 July.",
            "council-of-heads-of-state",
            "UZB",
            "2031-07-09/2031-07-10",
        ),
        (
            "sco",
            "MOSCOW, 2 March 2031 - The Kyrgyz capital will host a session of the SCO Council of Foreign Ministers"
            " on 20 April.",
            "council-of-foreign-ministers",
            "KGZ",
            "2031-04-20",
        ),
        (
            "saarc",
            "DHAKA, 1 July 2031 - Nepal will be hosting the 41st session of the Standing Committee in Kathmandu on"
            " 3-4 August.",
            "standing-committee",
            "NPL",
            "2031-08-03/2031-08-04",
        ),
        (  # an abbreviation in brackets inside the council's name
            "sco",
            "BEIJING, 2 March 2031 - Dushanbe will host a meeting of the Shanghai Cooperation Organisation (SCO)"
            " Council of Foreign Ministers on 11 May, an envoy said.",
            "council-of-foreign-ministers",
            "TJK",
            "2031-05-11",
        ),
    ],
)
def test_host_by_its_town(org: str, text: str, body: str, host: str, date: str) -> None:
    event = _one(text, org)
    assert (event["body"], event["host"], event["date"]) == (body, host, date)


@pytest.mark.parametrize(
    "text",
    [
        # a word that is only a small town's name is no host
        "BEIJING, 2 March 2031 - Summit will host a meeting of the SCO Council of Foreign Ministers on 14 May.",
        # a sitting gone by: no day to come
        "BEIJING, 2 March 2031 - Bishkek will host a meeting of the SCO Council of Foreign Ministers on 14"
        " February 2030.",
        # a wish
        "BEIJING, 2 March 2031 - Officials hope Bishkek would host a meeting of the SCO Council of Foreign"
        " Ministers on 14 May.",
    ],
)
def test_host_by_its_town_not(text: str) -> None:
    assert _scheduled(text, "sco") == []


# -- the body of the sitting to come: the organization's name first or inside ------------------------------------


@pytest.mark.parametrize(
    ("org", "text", "body", "host"),
    [
        (
            "cis",
            "MINSK, 3 February 2031 - The representatives drafted the agenda of the meeting of the Council of the"
            " CIS Foreign Ministers which will take place on 6 April 2031 in Baku.",
            "council-of-foreign-ministers",
            "AZE",
        ),
        (
            "cis",
            "MOSCOW, 10 June 2031 - The CIS Economic Council met on Friday. An agreement was reached to hold the"
            " 120th meeting of the CIS Economic Council in Minsk in September 2031.",
            "economic-council",
            "BLR",
        ),
        (
            "cis",
            "MOSCOW, 10 June 2031 - The ministers met on Friday. The decision was taken at the session to hold the"
            " 50th meeting of the Council of Foreign Ministers in Yerevan in October 2031.",
            "council-of-foreign-ministers",
            "ARM",
        ),
        (
            "csto",
            "MOSCOW, 10 June 2031 - The secretaries met on Friday. It was decided to hold the next meeting of the"
            " CSTO Council of the secretaries of the security councils in Minsk in May 2032.",
            "committee-of-secretaries-of-security-councils",
            "BLR",
        ),
        (
            "saarc",
            "COLOMBO, 1 July 2031 - Officials said the long-delayed 25th SAARC Summit Conference is now due to be"
            " held in Male in December.",
            "summit",
            "MDV",
        ),
        (
            "brics",
            "PRETORIA, 2 May 2031 - The ministers discussed the forthcoming BRICS Summit scheduled for 20-22 July in"
            " Durban.",
            "summit",
            "ZAF",
        ),
    ],
)
def test_body_to_come(org: str, text: str, body: str, host: str) -> None:
    event = _one(text, org)
    assert (event["body"], event["host"]) == (body, host)


def test_agreement_without_a_sitting_number_not() -> None:
    # a decision told as a noun of no numbered sitting of the organization: left to the other readers, and a
    # text on another matter gives none
    text = "MOSCOW, 10 June 2031 - An agreement was reached to hold consultations on trade in Minsk in September."
    assert _scheduled(text, "cis") == []
