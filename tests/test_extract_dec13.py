"""Decisions of ``igo extract`` (eleventh-session fixer dec13). Every sentence is invented for the test (an
invented organization, real towns as hosts): no sentence of a real text or of a held-out set.

(a) The object list of a sitting's verb of adoption, read item by item: a document described by its length or
standing ("a 20-point X Declaration", "the eight-page X Declaration", "a separate statement on Y", "a landmark
declaration on Z", "the first ever Joint Declaration on ...") is that document, titled without the
description; a list "A, a joint declaration on Y and a statement on Z" gives each item; a draft among the
items is not adopted, and it no longer hides the other items of its list.

(b) A kind with its name in quotes right after it ("adopted the resolution "X Y"", "a special resolution "X""):
the name is the title; "by consensus" is how it was adopted, not a document ("consensus" is a kind).

(c) A title that is a name with a statement-like head ("the Kumasi Initiative", "the Leaders' Statement on ...")
is a document like "X Statement".

(d) Documents told as a group adopted ("adopted 14 documents", "eleven documents were signed", "the documents
adopted at the summit include") and then named: by a listing word in the same sentence ("including", "among
them", "include") or in the next ("He named three of them:", "They include"): each title named. Not when the
group is to come, discussed, a draft, or of another year.

(e) A sitting to come told with "next year" as its only time ("the 9th summit would take place next year in
Lome"), or hosted by a subject with a first verb of chairing ("Togo will take over the chair next year and host
the 9th summit in Lome"): the year after the text's own.

(f) A sitting that ends with its document ("the summit ended with the X Declaration", "wrapped up with",
"Summit ends with X Declaration" in a headline, "agreed on the X Declaration"): adopted; an instrument told so
is not (it is signed, told by its own verb). A title never starts with a preposition ("In the X Declaration
adopted on Friday, ..."). An agreement "signed by A and B on the sidelines" in the passive is the two states'
own, as in the active voice. A chair's statement or summary is the chair's own.

(g) An item that names its kind by the item before ("a statement on A, another on B and a third on C", "a
declaration calling for X and another supporting Y"): one document each, of the first item's kind.

(h) More verbs of the act: an adverb in the passive ("was unanimously adopted"), "gave the green light to",
"gave its approval to"; a plural kind with its subjects inside a list ("the X Declaration as well as statements
on A and on B").
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from igo_timeline.extract import extract
from tests.conftest import XYZ_OPENING as OPENING
from tests.conftest import events_of as _events


def _titles(sentence: str) -> list[str]:
    text = OPENING + sentence
    return sorted(e["title"] for kind in ("DocumentAdopted", "AgreementSigned") for e in _events(text, kind))


# -- (a) the object list of a verb of adoption ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "titles"),
    [
        # a length before the title: no part of it
        ("The summit ended with the adoption of a 14-point Kumasi Declaration.", ["Kumasi Declaration"]),
        ("The heads of state adopted the nine-page Kumasi Declaration on Tuesday.", ["Kumasi Declaration"]),
        # a standing before it
        ("The leaders issued a separate statement on water security.", ["Statement on water security"]),
        ("Leaders endorsed a landmark declaration on ocean protection.", ["Declaration on ocean protection"]),
        (
            "The ministers adopted the first ever Joint Declaration on Rural Roads.",
            ["Joint Declaration on Rural Roads"],
        ),
        # a list whose middle item is a lowercase phrase after a comma; the last "and" tells it is a list
        (
            "They approved the Kumasi Declaration, a joint statement on river transport and a programme of "
            "cooperation for 2031-2033.",
            [
                "Joint statement on river transport",
                "Kumasi Declaration",
                "Programme of cooperation for 2031-2033",
            ],
        ),
    ],
)
def test_described_and_listed_documents(sentence: str, titles: list[str]) -> None:
    assert _titles(sentence) == titles


def test_a_draft_item_alone_is_left_out() -> None:
    # the draft is not adopted; the items after it are
    assert _titles(
        "The leaders approved a draft Concept of market integration, a joint declaration on sport and a joint "
        "statement on the jubilee of the Zone."
    ) == ["Joint declaration on sport", "Joint statement on the jubilee of the Zone"]


@pytest.mark.parametrize(
    "sentence",
    [
        # a draft told before the verb, or the object itself a draft: nothing
        "The leaders approved the draft Charter of the Zone.",
        "The draft declaration on roads was discussed and will be adopted next year.",
        # an appositive after the title, not a second item
        "The leaders adopted the Kumasi Declaration, a statement of principles on security.",
        # a length with no document adopted: a plan discussed
        "The ministers discussed a 10-point plan proposed by the host.",
        # a described statement with no subject is untitled
        "The leaders issued a brief statement after the talks.",
    ],
)
def test_not_a_further_document(sentence: str) -> None:
    titles = _titles(sentence)
    assert not any(
        t.lower().startswith(("draft", "statement of principles", "10-point", "plan")) for t in titles
    )
    assert len(titles) <= 1
    if "Kumasi Declaration" not in sentence:
        assert titles == []


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "a 12-point",
                "the separate",
                "a landmark",
                "a draft",
                "the first ever",
                "a",
                "the",
                "and",
                ",",
                "Kumasi",
            ]
        )
        | st.sampled_from(
            ["Declaration", "declaration on trade", "statement on roads", "Concept of XYZ", "adopted"]
        ),
        max_size=12,
    )
)
def test_quotes_are_text_slices(words: list[str]) -> None:
    text = OPENING + "The leaders adopted " + " ".join(words) + "."
    for c in extract(text, "xyz", "t"):
        src = c.event.get("source") or {}
        if "start" in src:
            assert text[src["start"] : src["end"]] == src["quote"]


# -- (b) a name in quotes after the kind ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "titles"),
    [
        (
            'By 30 votes to 4, the Assembly adopted the resolution "Roads for the Coast".',
            ["Roads for the Coast"],
        ),
        (
            "The Assembly adopted by consensus a special resolution \u201cSchools and Tolerance\u201d proposed by Ghana.",
            ["Schools and Tolerance"],
        ),
        (
            'The Assembly adopted the Ghanaian resolution "Rails and Ports" without a vote.',
            ["Rails and Ports"],
        ),
    ],
)
def test_quoted_name_after_the_kind(sentence: str, titles: list[str]) -> None:
    assert _titles(sentence) == titles


def test_quoted_draft_only_considered_is_not_adopted() -> None:
    assert _titles('The Assembly considered the draft resolution "Rails and Ports".') == []
    assert _titles("The leaders reached a consensus on trade.") == []


# -- (c) a named initiative, a possessive statement -----------------------------------------------------------


def test_named_initiative_and_leaders_statement() -> None:
    assert _titles("The summit adopted the Action Plan for 2031-2033 and the Kumasi Initiative.") == [
        "Action Plan for 2031-2033",
        "Kumasi Initiative",
    ]
    assert _titles("The leaders welcomed Ghana's Coastal Roads Initiative.") == []
    # the chair's own statement is not adopted by the sitting
    assert _titles("The host president released the Chairman's Statement of the 9th Summit.") == []
    assert _titles("The chair issued a Chair's Summary of the talks.") == []


# -- (d) documents told as a group, then named ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "titles"),
    [
        (
            "The leaders adopted documents on the year's goals. The chair named two of them: the Kumasi Vision for "
            "a Green Coast and the Leaders' Statement on Port Security.",
            ["Kumasi Vision for a Green Coast", "Leaders' Statement on Port Security"],
        ),
        (
            "The heads of state adopted 12 documents, including the Kumasi Declaration and the Programme of "
            "Cooperation for 2031-2035.",
            ["Kumasi Declaration", "Programme of Cooperation for 2031-2035"],
        ),
        (
            "Nine documents were signed, among them the Kumasi Declaration and the Agreement on Border Posts.",
            ["Agreement on Border Posts", "Kumasi Declaration"],
        ),
        (
            "The documents approved at the summit include the Kumasi Declaration and the Statement on Fisheries.",
            ["Kumasi Declaration", "Statement on Fisheries"],
        ),
    ],
)
def test_documents_named_after_their_group(sentence: str, titles: list[str]) -> None:
    assert _titles(sentence) == titles


@pytest.mark.parametrize(
    "sentence",
    [
        "Documents to be signed at the next summit include the Kumasi Declaration and the Statement on Fisheries.",
        "The documents adopted at the 2012 summit include the Lome Declaration.",
        "The leaders discussed documents, including the Kumasi Declaration.",
        "The draft documents include the Kumasi Declaration.",
    ],
)
def test_documents_of_a_group_not_adopted_now(sentence: str) -> None:
    assert _titles(sentence) == []


# -- (e) a sitting to come "next year" ------------------------------------------------------------------------


def _scheduled(sentence: str) -> list[tuple[str | None, str | None]]:
    return [(e.get("host"), e.get("date")) for e in _events(OPENING + sentence, "MeetingScheduled")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The chair said the 9th summit would take place next year in Lome, Togo.", [("TGO", "2031")]),
        (
            "The chair said that Togo will take over the chairmanship next year and host the 9th summit in Lome.",
            [("TGO", "2031")],
        ),
        # a date stated wins over "next year"
        ("Togo will take over the chair and host the 9th summit in Lome in May 2032.", [("TGO", "2032-05")]),
    ],
)
def test_next_year_sitting(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _scheduled(sentence) == expected


def test_a_past_sitting_is_not_scheduled() -> None:
    assert _scheduled("The 7th summit was held last year in Lome, Togo.") == []


# -- (f) a sitting that ends with its document -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "titles"),
    [
        (
            "The summit wrapped up with the Kumasi Declaration, which calls for open roads.",
            ["Kumasi Declaration"],
        ),
        ("The two-day meeting ended with a 9-point Kumasi Declaration.", ["Kumasi Declaration"]),
        (
            "The heads of state agreed on the Kumasi Programme for Fisheries.",
            ["Kumasi Programme for Fisheries"],
        ),
        (
            "In the Kumasi Declaration adopted on Saturday, the leaders called for calm.",
            ["Kumasi Declaration"],
        ),
    ],
)
def test_ended_with_its_document(sentence: str, titles: list[str]) -> None:
    assert _titles(sentence) == titles


@pytest.mark.parametrize(
    "sentence",
    [
        "The meeting ended with a call for calm on the border.",
        "The session closed with the singing of the anthem.",
        # an instrument is told by its own verb of signing, and this one is two states' own
        "The summit closed with the Kumasi Agreement on Fishing signed by Ghana and Togo on the sidelines.",
        "The Agreement on Fishing was signed by Ghana and Togo on the sidelines of the summit.",
    ],
)
def test_ended_with_no_document_of_the_sitting(sentence: str) -> None:
    assert _titles(sentence) == []


# -- (g) an elided kind -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "titles"),
    [
        (
            "The ministers approved a statement on fisheries, another on roads and a third on drought.",
            ["Statement on drought", "Statement on fisheries", "Statement on roads"],
        ),
        (
            "The leaders adopted a resolution condemning the raids and another urging restraint.",
            ["Resolution condemning the raids", "Resolution urging restraint"],
        ),
        (
            "The approved texts include a declaration calling for open borders and another supporting Togo's bid.",
            ["Declaration calling for open borders", "Declaration supporting Togo's bid"],
        ),
    ],
)
def test_elided_kind(sentence: str, titles: list[str]) -> None:
    assert _titles(sentence) == titles


@pytest.mark.parametrize(
    "sentence",
    [
        "The leaders adopted the Kumasi Declaration and the other members agreed.",
        "The leaders discussed a statement calling for calm and another urging restraint.",
    ],
)
def test_no_elided_item(sentence: str) -> None:
    assert _titles(sentence) in ([], ["Kumasi Declaration"])


# -- (h) more verbs of the act ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "titles"),
    [
        ("The Kumasi Declaration was unanimously adopted.", ["Kumasi Declaration"]),
        ("The leaders gave the green light to the Kumasi Roadmap on Rail.", ["Kumasi Roadmap on Rail"]),
        ("The council gave its approval to the Programme of Work for 2031.", ["Programme of Work for 2031"]),
        ("The Assembly passed the Kumasi Resolution on Rivers.", ["Kumasi Resolution on Rivers"]),
        ("The heads of state okayed the Kumasi Programme on Rail.", ["Kumasi Programme on Rail"]),
        (
            "The council approved the main directions of the Zone's external work for 2031.",
            ["Main directions of the Zone's external work for 2031"],
        ),
        (
            "The ministers adopted the Kumasi Declaration as well as statements on fisheries and on drought.",
            ["Kumasi Declaration", "Statement on drought", "Statement on fisheries"],
        ),
    ],
)
def test_more_verbs(sentence: str, titles: list[str]) -> None:
    assert _titles(sentence) == titles


@pytest.mark.parametrize(
    "sentence",
    [
        "The Kumasi Declaration will be unanimously adopted next year.",
        "The leaders gave the green light to talks on a free trade deal.",
        "The Kumasi Declaration was widely praised.",
        "The outgoing chair passed the chairmanship to Togo.",
        "The ministers passed the test of unity.",
    ],
)
def test_no_act_told(sentence: str) -> None:
    assert _titles(sentence) == []
