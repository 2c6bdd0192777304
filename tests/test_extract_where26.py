"""Meetings, the sitting's place and days (helper `where26`): a dateline at the head of a sentence after a page's
own date line ("Lusaka, 8 May 2031 - The summit, held in Kitwe from 5 to 7 May, ...") dates the report, not the
sitting; and a place line in a text's title block ("Kitwe, Zambia, 5 - 6 May 2031", "8 May 2031 [Ndola -
Zambia]", "Date | 8, May 2031" over "Ndola, Zambia", "8 May, Ndola: The ...") names the town when no dateline
does. Every sentence is written for the test (invented organization `xyz`, invented persons: no sentence of a
real text)."""

from __future__ import annotations

from typing import Any

import pytest

from igo_timeline.extract import extract
from igo_timeline.extract.anchor import find_anchor
from igo_timeline.extract.dates import find_dates
from igo_timeline.extract.meeting_days import _after_dateline


def _meetings(text: str, org: str = "xyz", published: str | None = None) -> list[dict[str, Any]]:
    return [
        c.event
        for c in extract(text, org, "t", published=published)
        if c.type == "MeetingHeld" and c.record == "event"
    ]


def _meeting(text: str, org: str = "xyz", published: str | None = None) -> dict[str, Any]:
    found = _meetings(text, org, published)
    assert found, "no meeting found"
    return found[0]


# -- a dateline at a sentence's head: the report's day, not the sitting's ---------------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (  # a page's date line, a release heading, then the release's own dateline and the sitting's span
            "Friday, 9 May 2031\n\nDECISIONS OF THE 12th XYZ SUMMIT\n\nPRESS RELEASE No. 17\n"
            "Lusaka, 8 May 2031 - The 12th XYZ Summit held in Kitwe, Zambia, from 5 to 7 May has adopted the "
            "following decisions on trade and transport.\n",
            "2031-05-05/2031-05-07",
        ),
        (  # an agency's dateline with the state in brackets, a colon, then the days written with a hyphen
            "First XYZ Senior Officials' Meeting Held in Kitwe\n\nUpdated: 10:15 AM May 8, 2031\n"
            "Kitwe [Zambia], May 8 (ZNA): The first meeting of XYZ senior officials under Zambia's chairship "
            "was held from 6-7 May 2031 in Kitwe.\n\nThe meeting was chaired by Ambassador Mwila Banda.\n",
            "2031-05-06/2031-05-07",
        ),
        (  # the day first, the town after it, and a day a verb of sitting governs
            "Saturday, 10 May 2031\n\nXYZ ministers agree on a road plan\n\n"
            "9 May 2031 - Ndola - The XYZ Council of Ministers met in Ndola on 7 May and agreed on a plan for a "
            "regional road network.\n",
            "2031-05-07",
        ),
    ],
)
def test_a_datelines_day_gives_way_to_the_sittings(text: str, date: str) -> None:
    assert _meeting(text)["date"] == date


@pytest.mark.parametrize(
    ("text", "other"),
    [
        (  # a day after the dateline that no verb of sitting governs (a deadline)
            "Friday, 9 May 2031\n\nXYZ council sets a deadline\n\n"
            "Lusaka, 8 May 2031 - The XYZ Council of Ministers met in Lusaka today and set 12 May as the "
            "deadline for the members' replies.\n",
            "2031-05-12",
        ),
    ],
)
def test_a_datelines_day_not_dropped_for_another_day(text: str, other: str) -> None:
    assert _meeting(text)["date"] not in (other, other.split("/")[0])


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        # a sitting to come after the dateline: every day kept, the dateline's first
        (
            "Lusaka, 8 May 2031 - The council decided that its next session will be held from 20 to 21 May.",
            ["2031-05-08", "2031-05-20/2031-05-21"],
        ),
        # no dateline at the head: a day in the sentence's own words
        ("The council met on 8 May 2031 - the day the road opened - and met again from 9 to 10 May.", None),
        # a dateline, then the sitting's span: the span alone
        ("Lusaka, 8 May 2031 - The summit, held in Kitwe from 5 to 7 May, ended.", ["2031-05-05/2031-05-07"]),
    ],
)
def test_after_dateline(sentence: str, kept: list[str] | None) -> None:
    dates = [d for d in find_dates(sentence, 2031) if d.kind.rstrip("?") in ("day", "days")]
    assert [d.edtf for d in _after_dateline(dates, sentence)] == (kept or [d.edtf for d in dates])


# -- a place line in the title block ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (  # a title, then a line of the town, its state and the span
            "Fourteenth Summit of the XYZ and the Annual Session of its Parliamentary Assembly\n\n"
            "Kitwe, Zambia, May 5 - 6, 2031\n\n"
            "Ten years after their last summit, the heads of state and government of the XYZ met for their "
            "fourteenth summit on May 5-6, 2031. They adopted a declaration on regional trade.\n",
            "Kitwe",
        ),
        (  # a release's day, then the town and its state in brackets
            "PRESS RELEASE\n\nNo. 041/2031\n8 May 2031 [Ndola - Zambia]\n\n"
            "FINAL COMMUNIQUE OF THE TWELFTH ORDINARY SESSION OF THE XYZ SUMMIT\n\n"
            "1. The Twelfth Ordinary Session of the XYZ Summit took place on 7 and 8 May 2031 under the "
            "chairmanship of President Chanda Mulenga.\n",
            "Ndola",
        ),
        (  # a labelled date line, then the town and its state on a line of their own
            "XYZ COUNCIL 40TH MEETING\n\nDate | 8, May 2031\nNdola, Zambia\n\nCOMMUNIQUE\n\n"
            "The Council of the XYZ, at its 40th meeting held on 8 May 2031, adopted the following decision on "
            "the situation in the region.\n",
            "Ndola",
        ),
        (  # the day and the town before the lede's colon, the town in capitals
            "8 May, NDOLA: The 18th session of the XYZ Senior Officials' Meeting opened today. The two-day "
            "meeting will prepare the XYZ Ministerial Meeting due on 10 May.\n",
            "Ndola",
        ),
    ],
)
def test_a_place_line_of_the_title_block_names_the_town(text: str, place: str) -> None:
    assert _meeting(text, published="2031-05-08").get("place") == place


@pytest.mark.parametrize(
    "text",
    [
        # an address under a release's heading: no place line
        "XYZ COUNCIL 40TH MEETING\n\nDate | 8 May 2031\nNdola, P.O. Box 3243\n\n"
        "The Council of the XYZ met on 8 May 2031 and adopted a decision on trade.\n",
        # a town the text names nowhere else and no state beside it: the gazetteer's namesakes are many
        "XYZ COUNCIL 40TH MEETING\n\n8 May 2031 [River]\n\nThe Council of the XYZ met on 8 May 2031 and adopted a "
        "decision on trade.\n",
        # the prose has begun: a place line after the first paragraph is no part of the title block
        "The Council of the XYZ met on 8 May 2031 and adopted a decision on trade, the chairman of the "
        "council told reporters after the sitting.\nNdola, Zambia\n",
    ],
)
def test_no_place_line(text: str) -> None:
    assert find_anchor(text, "2031-05-08").place is None


def test_a_dateline_naming_its_town_is_read_first() -> None:
    # a dateline of its own keeps its town: the place line is only a fallback
    text = (
        "NDOLA, 8 May 2031 - The XYZ Council met today.\n\nKitwe, Zambia, 8 May 2031\n\n"
        "It adopted a decision on trade.\n"
    )
    assert find_anchor(text, "2031-05-08").place == "Ndola"
