"""Twenty-seventh session (issue 14): the held-out scorer's settled conventions, and what round 1 showed.

The texts and organizations here are invented.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "heldout"))
from score import best_meeting, city_key, gold_place  # noqa: E402


@pytest.mark.parametrize(
    "place", ["online", "Online", "virtual", "videoconference", "video conference", "video link"]
)
def test_a_virtual_sittings_place_word_names_no_town(place: str) -> None:
    assert gold_place(place) is None
    gold = {"body": "summit", "date": "2021-03-05", "place": place}
    assert best_meeting(gold, [{"body": "summit", "date": "2021-03-05", "place": None}], set(), "eco") == (
        0,
        True,
        True,
    )


@pytest.mark.parametrize("place", ["Online Park", "Virtual City", "Lima", "Videoconference Hall 2"])
def test_a_town_is_a_town(place: str) -> None:
    assert gold_place(place) == place
    gold = {"body": "summit", "date": "2021-03-05", "place": place}
    assert best_meeting(gold, [{"body": "summit", "date": "2021-03-05", "place": None}], set(), "eco") == (
        0,
        True,
        False,
    )


@pytest.mark.parametrize(
    "a, b",
    [
        ("New York City", "New York"),
        ("Kuwait City", "Kuwait"),
        ("Mexico City", "mexico"),
        ("Nur-Sultan", "Astana"),
    ],
)
def test_one_town_written_with_or_without_city(a: str, b: str) -> None:
    assert city_key(a) == city_key(b)


@pytest.mark.parametrize(
    "a, b", [("Quezon City", "Manila"), ("Vatican City", "Rome"), ("Cityville", "Ville")]
)
def test_other_towns_stay_apart(a: str, b: str) -> None:
    assert city_key(a) != city_key(b)
