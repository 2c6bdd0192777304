"""The sitting's town read across the whole text (fixer sit28, ``sitting_choice``): every mention of a sitting
(headline, dateline, lede, body) collected with its town, body, days and tense cue; the mentions that co-refer
with the first reading merged; each town scored by one table of weights; a town chosen where the first reading
found none, or where a clearly stronger merged town contradicts it. Every sentence is invented for the test
(an invented organization; real towns only as the gazetteer's)."""

from __future__ import annotations

import itertools
from typing import Any

import pytest

from igo_timeline.extract import extract
from igo_timeline.extract.anchor import find_anchor
from igo_timeline.extract.context import Context
from igo_timeline.extract.sitting_choice import (
    OVERRIDE_MARGIN,
    WEIGHTS,
    Mention,
    choose_place,
    mentions,
    merged,
    scores,
)
from igo_timeline.extract.text import Document


def _meetings(text: str) -> list[tuple[Any, ...]]:
    return [
        (c.event.get("body"), c.event.get("date"), c.event.get("place"))
        for c in extract(text, "xyz", "t")
        if c.type == "MeetingHeld" and c.record == "event"
    ]


def _ctx(text: str) -> Context:
    ctx = Context(Document(text), "xyz", "t", (), {})
    ctx.anchor = find_anchor(text, None)
    return ctx


_DECISION = (
    "The leaders of the Xyz Community agreed to set up a joint fund\n\nMay 14, 2019\n\n"
    "The Presidents of Kenya, Tanzania and Uganda took the decision at {where}, which was chaired by "
    "the President of Zambia.{more}\n"
)


@pytest.mark.parametrize(
    ("where", "more", "place"),
    [
        # the town as the sitting's adjective
        ("the Lusaka session of the Xyz Council", "", "Lusaka"),
        # the town after the sitting, as the first reading already read it
        ("the session of the Xyz Council in Lusaka", "", "Lusaka"),
        # a sitting to come, in another sentence: no town of this one
        ("the session of the Xyz Council", " The next session of the Council will be held in Lusaka.", None),
        # a past sitting recalled by its year: background
        ("the session of the Xyz Council", " The Council first met at the Lusaka session in 1999.", None),
        # the town a sitting was moved from is not its town
        ("the session of the Xyz Council", " The session had been moved from Lusaka at short notice.", None),
    ],
)
def test_the_town_of_the_sitting_read_from_another_mention(where: str, more: str, place: str | None) -> None:
    found = _meetings(_DECISION.format(where=where, more=more))
    assert found == [("xyz-council", "2019-05-14", place)]


def test_a_later_sentence_names_the_town_of_the_summit_the_lede_tells_without_one() -> None:
    text = (
        "3 April 2019\n\nXyz decisions on enlargement\n\nThe Heads of State and Government of the Xyz member "
        "countries met today to enlarge the Community.\n\nXyz invites Ruritania to accession talks\n\nThe leaders "
        "decided to invite Ruritania to begin accession talks. Their decision was made public at the Summit meeting "
        "of Xyz Heads of State and Government in the Zambian capital Lusaka.\n"
    )
    assert _meetings(text) == [("summit", "2019-04-03", "Lusaka")]


def test_the_headline_and_the_dateline_are_mentions_of_the_sitting() -> None:
    text = (
        "Third Xyz summit held in Harare\n\nHARARE, May 29, 2003 - The heads of state of the Xyz Community met in "
        "the State House on Thursday for the third summit.\n\nThe talks ran late into the evening.\n"
    )
    found = mentions(_ctx(text))
    assert {(m.place, m.where, m.cue) for m in found} == {
        ("Harare", "title", "held"),
        ("Harare", "dateline", "held"),
    }


def test_a_mention_of_a_sitting_to_come_is_no_part_of_the_merge() -> None:
    text = (
        "MAPUTO, May 29, 2003 - The heads of state of the Xyz Community met on Thursday.\n\n"
        "The next summit will be held in Harare.\n"
    )
    ctx = _ctx(text)
    found = mentions(ctx)
    assert ("Harare", "ahead") in {(m.place, m.cue) for m in found}
    assert "Harare" not in {m.place for m in merged(ctx, found, "summit", None)}


def _m(index: int, place: str, where: str, body: str | None = None, cue: str = "held") -> Mention:
    return Mention(index, place, body, (), cue, where)


def test_a_clearly_stronger_merged_town_overrides_the_first_reading() -> None:
    ctx = _ctx("Nothing here.")
    found = [
        _m(0, "Harare", "title", "summit"),
        _m(-1, "Harare", "dateline"),
        _m(2, "Harare", "lede", "summit"),
        _m(7, "Lusaka", "body"),
    ]
    assert choose_place(ctx, found, "summit", None, "Lusaka") == "Harare"


def test_a_town_no_clearly_stronger_one_contradicts_is_kept() -> None:
    ctx = _ctx("Nothing here.")
    found = [_m(0, "Harare", "title"), _m(5, "Lusaka", "body", "summit")]
    assert choose_place(ctx, found, "summit", None, "Lusaka") == "Lusaka"
    # a lone body mention is too weak to fill an empty place against a rival of the same weight
    assert choose_place(ctx, [_m(5, "Lusaka", "body"), _m(6, "Harare", "body")], "summit", None, None) is None


def test_another_bodys_mention_is_not_merged() -> None:
    ctx = _ctx("Nothing here.")
    found = [_m(0, "Harare", "title", "council-of-foreign-ministers")]
    assert merged(ctx, found, "summit", None) == []
    assert choose_place(ctx, found, "summit", None, None) is None


def test_the_weights_are_one_table() -> None:
    found = [_m(0, "Harare", "title", "summit"), _m(-1, "Harare", "dateline")]
    assert scores(found, "summit") == {
        "harare": WEIGHTS["title"] + WEIGHTS["held"] + WEIGHTS["names_body"] + WEIGHTS["dateline"]
    }
    assert OVERRIDE_MARGIN > WEIGHTS["title"]  # no headline alone overrides the first reading


_POOL = [
    _m(0, "Harare", "title", "summit"),
    _m(-1, "Harare", "dateline"),
    _m(2, "Lusaka", "lede", "summit"),
    _m(4, "Lusaka", "body"),
    _m(6, "Nairobi", "body", cue="ahead"),
    _m(8, "Maputo", "body", "council-of-ministers"),
]


@pytest.mark.parametrize("first", [None, "Lusaka", "Harare", "Maputo"])
def test_the_choice_does_not_depend_on_the_order_of_the_mentions(first: str | None) -> None:
    ctx = _ctx("Nothing here.")
    chosen = {
        choose_place(ctx, list(order), "summit", None, first) for order in itertools.permutations(_POOL)
    }
    assert len(chosen) == 1


@pytest.mark.parametrize(
    "extra", [[], [_m(9, "Nairobi", "body", cue="ahead")], [_m(9, "Nairobi", "title", cue="background")]]
)
def test_mentions_not_told_held_never_change_the_choice(extra: list[Mention]) -> None:
    ctx = _ctx("Nothing here.")
    base = _POOL[:4]
    for first in (None, "Lusaka", "Harare"):
        assert choose_place(ctx, [*base, *extra], "summit", None, first) == choose_place(
            ctx, base, "summit", None, first
        )


# the headline and the lede read together, where no pattern reads the sitting (``structural_sitting``)
@pytest.mark.parametrize(
    ("text", "meeting"),
    [
        (
            "Xyz summit in Lusaka begins\n\nLUSAKA, Sept 13, 2019: Zambia took over the chairmanship of the Xyz "
            "Community from Kenya on Friday, and its President gave a long inaugural speech.\n\nMeanwhile, leaders "
            "from the twelve member states on Friday began two days of talks here.\n",
            ("summit", "2019-09-13/2019-09-14", "Lusaka"),
        ),
        (
            "Press Release\n\nXyz Community\n\n19 November 2019\nXyz Summit Adopts Charter on Water\n\nLusaka, 19 "
            "November 2019 - At a signing ceremony in Lusaka today, the Xyz Heads of State and Government adopted "
            "a new charter, the Charter on Water.\n",
            ("summit", "2019-11-19", "Lusaka"),
        ),
    ],
)
def test_the_headline_names_the_sitting_and_the_lede_tells_it_held(
    text: str, meeting: tuple[Any, ...]
) -> None:
    assert _meetings(text) == [meeting]


@pytest.mark.parametrize(
    "text",
    [
        # a sitting to come
        "Xyz summit to open in Lusaka\n\nLUSAKA, Sept 15, 2019: Zambia will take over the chairmanship of the Xyz "
        "Community from Kenya on Friday.\n\nLeaders from the twelve member states will start two days of talks "
        "here.\n",
        # another organization's sitting
        "UN General Assembly adopts resolution\n\nNEW YORK, Sept 15, 2019: The Xyz Community welcomed a "
        "resolution which the member states adopted today in New York.\n",
        # a headline with no sitting told under way, a lede with no one who sits
        "Xyz budget approved\n\nLUSAKA, Sept 15, 2019: The secretariat said today that the budget was approved.\n",
    ],
)
def test_no_sitting_read_from_a_headline_and_a_lede_that_tell_none(text: str) -> None:
    assert _meetings(text) == []


def test_two_towns_in_the_headline_and_the_lede_give_no_structural_sitting() -> None:
    from igo_timeline.extract.sitting_choice import structural_sitting

    text = (
        "Xyz summit in Lusaka begins\n\nHARARE, Sept 13, 2019: Leaders of the member states on Friday started "
        "two days of talks in Harare.\n"
    )
    assert structural_sitting(_ctx(text)) is None


def test_the_rank_of_who_sat_names_the_body_when_none_is_named() -> None:
    text = (
        "Xyz leaders hand the dispute to a panel as Lusaka meeting ends\n\nLUSAKA, Zambia - Xyz leaders ended "
        "three days of talks at the lakeside hotel on Tuesday, 5 March 2019, after handing the dispute to a panel.\n"
    )
    assert _meetings(text) == [("summit", "2019-03-03/2019-03-05", "Lusaka")]


def test_leaders_who_will_end_their_talks_hold_no_sitting_yet() -> None:
    text = (
        "Xyz leaders to hand the dispute to a panel\n\nLUSAKA, Zambia - Xyz leaders will end three days of talks "
        "at the lakeside hotel on Tuesday, 5 March 2019.\n"
    )
    assert _meetings(text) == []
