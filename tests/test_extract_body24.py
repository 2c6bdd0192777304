"""Meetings of ``igo extract`` (fixer body24): the town of a sitting in apposition after a descriptor of
several words ("in the southern coastal city <Town>", "in <State>'s new administrative capital <Town>", "in the
<Sea> resort town <Town>"). Every sentence is invented for the test: no sentence of a real text or of a
held-out set."""

from __future__ import annotations

from typing import Any

import pytest

from igo_timeline.extract import extract


def _held(text: str, org: str = "xyz") -> list[dict[str, Any]]:
    return [c.event for c in extract(text, org, "t") if c.type == "MeetingHeld" and c.record == "event"]


@pytest.mark.parametrize(
    ("sentence", "town"),
    [
        ("XYZ leaders met today in the southern Chinese coastal city Xiamen to talk about trade.", "Xiamen"),
        (
            "XYZ leaders met today in Malaysia's new administrative capital Putrajaya for their summit.",
            "Putrajaya",
        ),
        ("XYZ leaders met today in the country's administrative capital, Putrajaya.", "Putrajaya"),
        ("XYZ leaders held their summit today in the Russian Black Sea resort town Sochi.", "Sochi"),
        ("XYZ leaders held their summit today in Botswana's capital city, Gaborone.", "Gaborone"),
        ("XYZ leaders held their summit today in the Romanian capital Bucharest.", "Bucharest"),
    ],
)
def test_town_after_a_descriptor_of_several_words(sentence: str, town: str) -> None:
    held = _held(f"12 March 2031 - {sentence}")
    assert [m.get("place") for m in held] == [town]
    assert held[0]["date"] == "2031-03-12"


@pytest.mark.parametrize(
    "sentence",
    [
        # no town after the descriptor: the small words of another phrase are no descriptor
        "XYZ leaders met today in talks on the capital, which Kenya wants to move.",
        "XYZ leaders met today in a session on the future of the port, Geneva officials said.",
    ],
)
def test_no_town_from_another_phrase(sentence: str) -> None:
    held = _held(f"12 March 2031 - {sentence}")
    assert all(m.get("place") != "Geneva" and m.get("place") != "Kenya" for m in held)
