"""Decisions of ``igo extract`` (tenth-session fixer dec12, round two). Every sentence is invented for the test
(an invented organization, real towns only as hosts): no sentence of a real text or of a held-out set.

(a) A list whose intro names the kind of its items and whose items name only a subject: "adopted the following
statements of the ministers of the Zone:" then "1) on A;", "2) concerning B;": one document each, titled by
the intro's kind and authors with the item's subject ("Statement of the ministers of the Zone on A"). The same
run in a sentence: "endorsed political statements concerning A, B, C, and D" (a serial list of three or more
with the serial comma; "statements on peace, security and stability" is not cut).

(b) A state named as the host of a year to come with no sitting named ("China will host the forum in 2031",
"Chile is next in line to host in 2031 and Peru in 2032", "Benin has been chosen to host the summit in 2033"):
a MeetingScheduled of the organization's summit body that year, one per host. Not: an offer ("Togo's offer to
host in 2031 was welcomed"), another event ("will host the World Cup in 2031"), a year gone ("hosted in
2020")."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from igo_timeline.extract import extract

OPENING = "KUMASI, 17 August 2030 -- The Council of Ministers of the Xylo Yard Zone (XYZ) met in Kumasi on Saturday, 17 August 2030. "


def _titles(text: str) -> list[str]:
    return sorted(
        c.event["title"]
        for c in extract(text, "xyz", "t")
        if c.type in ("DocumentAdopted", "AgreementSigned") and c.record == "event"
    )


# -- (a) a list's kind completed by its items' subjects ------------------------------------------------------


@pytest.mark.parametrize(
    ("listing", "expected"),
    [
        (
            "The council adopted the following statements of the ministers of the XYZ member states:\n"
            "1) on water sharing along the Volta basin;\n2) on the twentieth anniversary of the Zone;\n"
            "3) on road safety in border towns.",
            [
                "Statement of the ministers of the XYZ member states on road safety in border towns",
                "Statement of the ministers of the XYZ member states on the twentieth anniversary of the Zone",
                "Statement of the ministers of the XYZ member states on water sharing along the Volta basin",
            ],
        ),
        (
            "The ministers approved three declarations:\n- concerning fisheries in the gulf;\n"
            "- regarding cross-border trade in grain; and\n- on rural electricity grids.",
            [
                "Declaration concerning fisheries in the gulf",
                "Declaration on rural electricity grids",
                "Declaration regarding cross-border trade in grain",
            ],
        ),
        (
            "At the close, the council adopted the following appeals by the heads of delegation:\n"
            "a) on the protection of migrant herders;\nb) on malaria control in the region.",
            [
                "Appeal by the heads of delegation on malaria control in the region",
                "Appeal by the heads of delegation on the protection of migrant herders",
            ],
        ),
    ],
)
def test_list_items_complete_the_kind_of_the_intro(listing: str, expected: list[str]) -> None:
    assert _titles(OPENING + "\n\n" + listing) == expected


@pytest.mark.parametrize(
    "listing",
    [
        # a list of drafts to be considered, not adopted
        "The ministers will consider the following statements of the council:\n1) on water sharing;\n"
        "2) on road safety.",
        # the items carry no subject of their own: topics discussed, no kind named by the intro
        "The ministers discussed the following issues:\n1) on water sharing along the basin;\n"
        "2) on road safety in border towns.",
    ],
)
def test_list_of_subjects_without_an_adopted_kind_gives_nothing(listing: str) -> None:
    assert _titles(OPENING + "\n\n" + listing) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The Council also endorsed political statements concerning Ghana's northern border, the peaceful "
            "use of outer space, and regional food security.",
            [
                "Statement concerning Ghana's northern border",
                "Statement concerning regional food security",
                "Statement concerning the peaceful use of outer space",
            ],
        ),
        (
            "The ministers adopted statements on the situation in the Sahel, the fight against piracy, and "
            "cooperation in higher education.",
            [
                "Statement on cooperation in higher education",
                "Statement on the fight against piracy",
                "Statement on the situation in the Sahel",
            ],
        ),
    ],
)
def test_serial_list_of_subjects_after_a_plural_kind(sentence: str, expected: list[str]) -> None:
    assert _titles(OPENING + sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # no serial comma: one text on several themes may be meant, no cut
        "The ministers adopted statements on peace, security and stability in the Zone.",
        # statements to come
        "The ministers will adopt statements on the Sahel, on piracy, and on education next year.",
    ],
)
def test_plural_kind_without_a_serial_list_is_not_cut(sentence: str) -> None:
    assert len(_titles(OPENING + sentence)) <= 1


# -- (b) hosts of years to come -----------------------------------------------------------------------------


def _scheduled(text: str) -> list[tuple[str, str]]:
    return sorted(
        (c.event["host"], c.event["date"])
        for c in extract(text, "xyz", "t")
        if c.type == "MeetingScheduled" and c.record == "event"
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The chair said Ghana will host the forum in 2031.", [("GHA", "2031")]),
        (
            "Chile is next in line to host in 2031 and Peru in 2032, the ministers noted.",
            [("CHL", "2031"), ("PER", "2032")],
        ),
        ("Benin has been chosen to host the summit in 2033.", [("BEN", "2033")]),
    ],
)
def test_host_of_a_year_to_come_is_a_meeting_scheduled(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert _scheduled(OPENING + sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Togo's offer to host the forum in 2031 was welcomed.",
        "Ghana will host the World Cup qualifiers in 2031.",
        "Ghana hosted the forum in 2020 and in 2024.",
    ],
)
def test_offers_other_events_and_years_gone_schedule_nothing(sentence: str) -> None:
    assert _scheduled(OPENING + sentence) == []


SENTENCES = [
    "Chile is next in line to host in 2031 and Peru in 2032.",
    "The council adopted the following statements of the ministers:",
    "1) on water sharing;",
    "2) on road safety.",
    "The Council also endorsed political statements concerning A, the B of C, and D.",
    "The ministers adopted statements on peace, security and stability.",
    "- concerning fisheries;",
]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=5), st.booleans())
def test_quotes_are_the_text_and_nothing_raises(parts: list[str], dated: bool) -> None:
    text = (OPENING if dated else "") + "\n".join(parts)
    for c in extract(text, "xyz", "t"):
        src = c.event.get("source") or {}
        if "start" in src:
            assert text[src["start"] : src["end"]] == src["quote"]
