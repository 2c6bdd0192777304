"""Fifteenth session, doc17: documents adopted at the meeting, read by the class of their telling.

The sentences are the tests' own (no third-party text). Each class has variants worded differently and a
negative: what must not be read as the meeting's document.
"""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from igo_timeline.extract import extract

LEDE = "OSLO, 3 March 2024 - The summit of the Xylo Yard Zone (XYZ) was held in Oslo on 3 March 2024. "


def documents(text: str, org: str = "xyz") -> list[dict[str, Any]]:
    """The documents the text yields as events: adopted or signed."""
    return [
        c.event
        for c in extract(text, org, "t")
        if c.record == "event" and c.type in ("DocumentAdopted", "AgreementSigned")
    ]


def titles(text: str, org: str = "xyz") -> list[str]:
    return [e["title"] for e in documents(text, org)]


# --- a sitting that closes with its document ------------------------------------------------------------


def test_closed_with_an_untitled_declaration_named_elsewhere() -> None:
    text = LEDE + (
        "The summit ended on Sunday with a joint declaration in which the members pledged closer ties. "
        "In the Oslo Declaration, the leaders also asked for a common fund."
    )
    assert titles(text) == ["Oslo Declaration"]


def test_closed_with_a_communique_titled_after_the_meeting() -> None:
    text = LEDE + "The talks concluded here on Sunday with a communique listing twelve areas of cooperation."
    found = documents(text)
    assert [e["kind"] for e in found] == ["communique"]
    assert found[0]["title"].startswith("Communique of the")
    assert found[0]["adopted_on"] == "2024-03-03"


def test_closed_with_a_titled_declaration_after_a_day() -> None:
    text = (
        LEDE + "The gathering wrapped up in Oslo late on Sunday with the Fjord Declaration on shared waters."
    )
    assert titles(text) == ["Fjord Declaration on shared waters"]


def test_closed_with_a_weekday_alone() -> None:
    text = LEDE + "The meeting closed Sunday with the adoption of a final declaration of twenty points."
    found = documents(text)
    assert len(found) == 1 and found[0]["title"].startswith("Final declaration")


def test_closed_without_a_declaration_is_none() -> None:
    for tail in (
        "The summit ended on Sunday without a joint declaration.",
        "The summit ended on Sunday with no declaration at all.",
        "The summit is expected to end on Sunday with a joint declaration.",
        "The summit ended on Sunday with a dinner hosted by the king.",
    ):
        assert documents(LEDE + tail) == [], tail


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet="abcdefghij ,.;:-ADSXwith", max_size=120))
def test_closing_never_raises_and_quotes_hold(tail: str) -> None:
    text = LEDE + "The summit ended on Sunday with " + tail
    for c in extract(text, "xyz", "t"):
        src = c.event.get("source") or {}
        if "start" in src:
            assert text[src["start"] : src["end"]] == src["quote"]


# --- a title set in quotes ------------------------------------------------------------------------------


def test_title_in_curly_quotes_is_the_title() -> None:
    text = LEDE + "The leaders adopted a joint resolution on fisheries and an ‘Oslo Declaration’."
    assert sorted(titles(text)) == ["Joint resolution on fisheries", "Oslo Declaration"]


def test_title_in_double_curly_quotes_listed() -> None:
    text = LEDE + "The summit approved the “Fjord Action Plan” and the “Oslo Declaration on Shipping”."
    assert sorted(titles(text)) == ["Fjord Action Plan", "Oslo Declaration on Shipping"]


def test_quoted_words_that_name_no_document_give_none() -> None:
    text = LEDE + "The leaders adopted what the host called ‘a new spirit’ of the Zone."
    assert documents(text) == []


# --- a group of documents, then its titles ----------------------------------------------------------------


def test_group_told_by_the_act_nearest_it() -> None:
    text = LEDE + (
        "The summit concluded on Svalbard island, in the far north of Norway, on 3 March, adopting three key declarations. "
        "They include the Oslo Declaration on Shipping and the Fjord Declaration on Fisheries."
    )
    assert sorted(titles(text)) == ["Fjord Declaration on Fisheries", "Oslo Declaration on Shipping"]


def test_group_in_a_headline_with_a_present_verb() -> None:
    text = (
        "Zone summit adopts two declarations\n"
        "The two-day twelfth ordinary summit of the Xylo Yard Zone concluded in the Norwegian capital of Oslo on 3 March 2024. "
        "They include the Oslo Declaration on Shipping and the Fjord Declaration on Fisheries."
    )
    assert sorted(titles(text)) == ["Fjord Declaration on Fisheries", "Oslo Declaration on Shipping"]


def test_group_to_be_adopted_is_none() -> None:
    text = LEDE + (
        "The summit is expected to conclude on Monday, adopting three declarations. "
        "They include the Oslo Declaration on Shipping and the Fjord Declaration on Fisheries."
    )
    assert documents(text) == []


def test_closed_with_a_decision_is_no_document() -> None:
    text = LEDE + "The summit ended in Oslo on Sunday with a decision by the leaders to rename the Zone."
    assert documents(text) == []


# --- a body's terms of reference ------------------------------------------------------------------------


def test_terms_of_reference_adopted_are_a_document() -> None:
    for tail in (
        "The ministers approved the Terms of Reference of the Zone Fisheries Commission.",
        "The Terms of Reference of the Zone Fisheries Commission were adopted by the ministers.",
    ):
        found = documents(LEDE + tail)
        assert [(e["title"], e["kind"]) for e in found] == [
            ("Terms of Reference of the Zone Fisheries Commission", "terms-of-reference")
        ], tail


def test_terms_of_reference_described_or_not_adopted_are_none() -> None:
    for tail in (
        "The ministers adopted the terms of reference of the grouping's new body on shipping.",
        "The ministers agreed that the terms of reference of the working party would expire in June.",
        "The ministers asked officials to draft the Terms of Reference of the Zone Fisheries Commission.",
    ):
        assert documents(LEDE + tail) == [], tail


def test_closed_with_a_described_declaration_takes_the_name_the_text_gives() -> None:
    text = LEDE + (
        "The summit concluded in Oslo on 3 March with a declaration calling for free passage at sea. "
        "The Oslo Declaration also asks for a fisheries fund."
    )
    assert titles(text) == ["Oslo Declaration"]


def test_closed_with_described_declarations_and_no_name_keep_their_description() -> None:
    text = LEDE + (
        "The summit concluded in Oslo on 3 March with a special declaration calling for free passage at sea."
    )
    assert titles(text) == ["Special declaration calling for free passage at sea"]
