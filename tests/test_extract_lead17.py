"""Seventeenth session (issue 14): the slots of a meeting a real page fills in its own way.

The meetings of the real pages of earlier rounds were often found with their place missing: a town after a
descriptor ("the resort village of X in <state>"), a town whose name holds the article written with a small
"the" ("at the Hague"), a capital in apposition ("in the Ghanaian capital, Accra"). The texts and
organizations here are invented; the towns are real towns of the gazetteer.
"""

from __future__ import annotations

from typing import Any

import pytest

from igo_timeline.extract import extract


def meetings(text: str, org: str, published: str | None = None) -> list[Any]:
    return [c for c in extract(text, org, "t", published=published) if c.type == "MeetingHeld"]


def held(text: str, org: str, published: str | None = None) -> dict[str, Any]:
    found = [c for c in meetings(text, org, published) if c.record == "event"]
    assert len(found) == 1, [(c.record, c.event.get("body"), c.note) for c in meetings(text, org, published)]
    return found[0].event


@pytest.mark.parametrize(
    "where, town",
    [
        ("in the resort village of Burabay in Kazakhstan", "Burabay"),
        ("in the mountain town of Cholpon-Ata in Kyrgyzstan", "Cholpon-Ata"),
        ("at the Hague in the Netherlands", "The Hague"),
        ("at the Hague", "The Hague"),
        ("in the Ghanian capital, Accra", "Accra"),  # the adjective misspelt: the town in apposition tells it
        ("in the Kenyan capital, Nairobi", "Nairobi"),
    ],
)
def test_the_town_of_a_sitting_after_its_descriptor_or_with_its_article(where: str, town: str) -> None:
    text = (
        f"The Council of Foreign Ministers of the Steppe Union met {where} on 12 May 2031. "
        "The ministers discussed trade and transit."
    )
    assert held(text, "stu")["place"] == town


def test_a_town_the_gazetteer_lacks_after_its_descriptor_and_its_state() -> None:
    text = (
        "The Council of Foreign Ministers of the Steppe Union met in the resort village of Nowhereville "
        "in Kazakhstan on 12 May 2031. The ministers discussed trade."
    )
    event = held(text, "stu")
    assert event["place"] == "Nowhereville"
    assert event["host"] == "KAZ"


def test_a_building_after_the_article_is_no_town() -> None:
    text = "The Council of Foreign Ministers of the Steppe Union met at the Kremlin on 12 May 2031."
    assert held(text, "stu").get("place") is None
