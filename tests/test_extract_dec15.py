"""Decisions of ``igo extract`` (thirteenth-session fixer dec15). Every sentence is invented for the test (an
invented organization, real towns as hosts): no sentence of a real text or of a held-out set.

(a) A parenthetic adverbial between the verb and its objects ("approved, in particular, the X", "adopted,
inter alia, the Y", "signed, among others, the Z"): the objects are still the verb's; without a title after
it, nothing.

(b) An anniversary that is a document's subject ("the X Declaration on the 20th Anniversary of the Zone", "a
statement marking the 50th anniversary of ..."): the document's theme, not an act of long ago remembered; "the
30th anniversary of the signing of the X Treaty" still marks an old act. A concord is a declaration ("the
Kumasi Concord II"), a roman numeral part of its title.

(c) A plural kind whose subjects follow, each with "on" ("approved decisions on A and on B", "decisions on A
and on B were signed"): one decision each; the list goes on after them ("..., as well as a decision on C").
"and" inside a subject ("on trade and economic cooperation") does not end it. A decision on a state's own
status stays no document; one on trade or cooperation with a partner state is. Their authors may come between
("statements by the foreign ministers on A, B, and on C were adopted": "Statement by the foreign ministers on A"),
not a day ("statements by the heads of state on Monday").

(d) The sitting's decisions put in its documents ("the key decisions of the meeting have been recorded in the X
Declaration and the Y Statement", "the outcomes of the summit are set out in"): each document adopted; a
principle "enshrined in" a charter is no act. A title's date keeps its year ("the agreement ... of October 6,
2027").

(e) A term that starts later than the election, told in a following sentence: "X will start his four-year term
of office as Secretary-General on 1 January 2031" (the office named between the term and its day). ("X will
succeed Y on 1 December" as a start was tried and dropped: it lost a match on the validation sets.)

(f) A handover told in the pluperfect a few days before the sitting ("X had taken over the presidency of the
summit from Y two days earlier", "on the eve"): the sitting's own handover, dated back from its first day; a
pluperfect with no such offset, or with an old year, stays history. "has taken over" is a handover done.

(g) No handover from chairing a sitting ("X, who will chair the three-day meeting, succeeds Y in the role") nor
from "kept" that keeps something else ("with the delegation kept out of the deliberations"); "will chair the
Zone in 2031" and "keeps the chairmanship" still are.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from igo_timeline.extract import extract
from tests.conftest import XYZ_OPENING as OPENING
from tests.conftest import events_of as _events


def _titles(text: str, **kw: Any) -> list[str]:
    return [e["title"] for e in _events(text, "DocumentAdopted", **kw)] + [
        e["title"] for e in _events(text, "AgreementSigned", **kw)
    ]


# -- (a) a parenthetic adverbial after the verb -------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "titles"),
    [
        (
            "The ministers adopted, inter alia, the Rules of Procedure of the Council and the Kumasi Action Plan.",
            ["Rules of Procedure of the Council", "Kumasi Action Plan"],
        ),
        (
            "Decisions taken at the summit approved, in particular, the XYZ Programme of cooperation on fisheries "
            "for 2031-2033 and the Working Plan on ports for 2031-2032.",
            [
                "XYZ Programme of cooperation on fisheries for 2031-2033",
                "Working Plan on ports for 2031-2032",
            ],
        ),
        (
            "The leaders also signed, among others, the Accra Convention on Migrant Workers.",
            ["Accra Convention on Migrant Workers"],
        ),
    ],
)
def test_a_parenthetic_adverbial_leaves_the_objects_to_the_verb(sentence: str, titles: list[str]) -> None:
    assert sorted(_titles(OPENING + sentence)) == sorted(titles)


@pytest.mark.parametrize(
    "sentence",
    [
        "The council approved, in particular, the need to act on fisheries.",
        "The ministers will adopt, inter alia, the Kumasi Action Plan next year.",
    ],
)
def test_no_document_after_a_parenthetic_without_a_title_or_an_act(sentence: str) -> None:
    assert _titles(OPENING + sentence) == []


# -- (b) an anniversary as a document's subject -------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "A package of documents was signed following the summit, including the Kumasi Declaration on the "
            "20th Anniversary of the XYZ.",
            "Kumasi Declaration on the 20th Anniversary of the XYZ",
        ),
        (
            "Eleven documents were adopted, among them a statement marking the 50th anniversary of the XYZ "
            "Charter.",
            "Statement marking the 50th anniversary of the XYZ Charter",
        ),
        (
            "Numerous documents were adopted at the summit, including the Kumasi Concord II.",
            "Kumasi Concord II",
        ),
    ],
)
def test_an_anniversary_in_a_title_is_its_subject(sentence: str, title: str) -> None:
    assert _titles(OPENING + sentence) == [title]


def test_an_anniversary_of_a_signing_still_marks_an_old_act() -> None:
    text = OPENING + "Thirty years since the Accra Treaty was signed, the ministers met again."
    assert _titles(text) == []
    text = OPENING + (
        "On the 30th anniversary of the signing of the Accra Treaty, it was recalled that 5 documents were "
        "signed in 2000, including the Accra Declaration on Peace."
    )
    assert _titles(text) == []


# -- (c) a plural kind with its subjects, one document each -------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "titles"),
    [
        (
            "They also approved decisions on the execution of the Organisation's budget for 2029 and on its "
            "budget for 2031, as well as a decision on the staffing of the XYZ Secretariat.",
            [
                "Decision on the execution of the Organisation's budget for 2029",
                "Decision on its budget for 2031",
                "Decision on the staffing of the XYZ Secretariat",
            ],
        ),
        (
            "The council adopted decisions on the Kumasi Fund and on the rules of the Accra Centre.",
            ["Decision on the Kumasi Fund", "Decision on the rules of the Accra Centre"],
        ),
        (
            "In addition, decisions on trade and economic cooperation between the XYZ and the People's Republic "
            "of China and on the creation of a free trade zone between the XYZ and Iran were signed.",
            [
                "Decision on trade and economic cooperation between the XYZ and the People's Republic of China",
                "Decision on the creation of a free trade zone between the XYZ and Iran",
            ],
        ),
    ],
)
def test_a_plural_kind_gives_one_document_per_subject(sentence: str, titles: list[str]) -> None:
    assert sorted(_titles(OPENING + sentence)) == sorted(titles)


@pytest.mark.parametrize(
    ("sentence", "titles"),
    [
        (
            "Statements by the XYZ foreign ministers on the principles of security in the Zone, the "
            "unacceptability of unilateral measures, and on cooperation in sports were reportedly adopted.",
            [
                "Statement by the XYZ foreign ministers on the principles of security in the Zone",
                "Statement by the XYZ foreign ministers on the unacceptability of unilateral measures",
                "Statement by the XYZ foreign ministers on cooperation in sports",
            ],
        ),
        (
            "The ministers adopted statements by the heads of state on the Sahel and on piracy.",
            ["Statement by the heads of state on the Sahel", "Statement by the heads of state on piracy"],
        ),
        (
            "The ministers adopted a Joint Statement by the XYZ foreign ministers on piracy.",
            ["Joint Statement by the XYZ foreign ministers on piracy"],
        ),
    ],
)
def test_a_plural_kind_keeps_its_authors_in_each_title(sentence: str, titles: list[str]) -> None:
    assert sorted(_titles(OPENING + sentence)) == sorted(titles)


def test_a_day_after_the_authors_is_no_subject() -> None:
    assert _titles(OPENING + "The ministers adopted statements by the heads of state on Monday.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The council adopted decisions on Mali and on Niger.",
        "The council adopted decisions on the chairmanship of Ghana and on the admission of Togo.",
        "The ministers will adopt decisions on the budget and on the staff next year.",
    ],
)
def test_decisions_on_parties_or_to_come_are_no_documents(sentence: str) -> None:
    assert _titles(OPENING + sentence) == []


def test_a_decision_on_a_state_is_none_but_one_on_cooperation_with_it_is() -> None:
    text = (
        OPENING
        + "The council adopted a decision on the admission of Ghana and a decision on cooperation with Togo."
    )
    assert _titles(text) == ["Decision on cooperation with Togo"]


# -- (d) decisions recorded in documents; a title's date ---------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "titles"),
    [
        (
            "Key decisions of the meeting have been recorded in the Kumasi Security Declaration and the "
            "Statement of the XYZ Council on a just world order.",
            ["Kumasi Security Declaration", "Statement of the XYZ Council on a just world order"],
        ),
        ("The outcomes of the summit are set out in the Accra Declaration.", ["Accra Declaration"]),
        (
            "The ministers adopted a protocol on amendments to the agreement on the XYZ mission of October 6, 2027.",
            ["Protocol on amendments to the agreement on the XYZ mission of October 6, 2027"],
        ),
    ],
)
def test_decisions_recorded_in_documents_adopt_them(sentence: str, titles: list[str]) -> None:
    assert sorted(_titles(OPENING + sentence)) == sorted(titles)


@pytest.mark.parametrize(
    "sentence",
    [
        "The leaders acted in line with the principles enshrined in the Charter of the United Nations.",
        "The results of the talks were reflected in a joint statement.",
        "Decisions of the 2010 summit were recorded in the Lome Declaration.",
    ],
)
def test_no_document_recorded_by_a_principle_an_untitled_text_or_an_old_sitting(sentence: str) -> None:
    assert _titles(OPENING + sentence) == []


# -- (e) a term that starts later than the election ---------------------------------------------------------

_VIENNA = (
    "VIENNA, 17 August 2030 -- The General Conference of the Xylo Yard Zone (XYZ) met in Vienna on Saturday, "
    "17 August 2030. The Conference elected Kofi Mensah as Secretary-General of the XYZ. "
)


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        (
            "Mensah will start his four-year term of office as Secretary-General on 1 January 2031.",
            "2031-01-01/2034-12-31",
        ),
        ("He will start his tenure as of 1 January 2031.", "2031-01-01/.."),
    ],
)
def test_a_later_start_told_after_the_election(sentence: str, term: str) -> None:
    found = _events(_VIENNA + sentence, "OfficialAppointed")
    assert [(e["person"], e["term"]) for e in found] == [("Kofi Mensah", term)]


@pytest.mark.parametrize(
    "sentence",
    [
        "He hopes the reform will start in 2031.",
        "Ama Owusu will start her term as Director on 1 December 2030.",
    ],
)
def test_no_later_start_from_success_or_another_s_succession(sentence: str) -> None:
    found = _events(_VIENNA + sentence, "OfficialAppointed")
    assert [(e["person"], e["term"]) for e in found] == [("Kofi Mensah", "2030-08-17/..")]


# -- (f) a handover a few days before the sitting ----------------------------------------------------------


def _handovers(sentence: str) -> list[tuple[str, str]]:
    return [(e["to_party"], e["effective"]) for e in _events(OPENING + sentence, "PresidencyHandedOver")]


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        (
            "Benin had taken over the presidency of the summit from Niger two days earlier.",
            [("BEN", "2030-08-15")],
        ),
        ("Benin had taken over the presidency from Niger on the eve of the summit.", [("BEN", "2030-08-16")]),
        ("Benin has taken over the presidency of the XYZ from Niger.", [("BEN", "2030-08-17")]),
    ],
)
def test_a_handover_just_before_the_sitting_is_its_own(sentence: str, found: list[tuple[str, str]]) -> None:
    assert _handovers(sentence) == found


@pytest.mark.parametrize(
    "sentence",
    [
        "Benin had taken over the presidency from Niger in 2028.",
        "Benin had taken over the presidency from Niger.",
        "Benin had held the presidency two days before the coup in 2029.",
    ],
)
def test_a_handover_of_another_time_stays_history(sentence: str) -> None:
    assert _handovers(sentence) == []


# -- (g) a sitting chaired, something else kept: no handover ----------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "President Kofi Mensah, who will chair the three-day meeting, succeeds the Prime Minister of Australia in "
        "the role.",
        "Mali itself was holding the council's rotating chairmanship, so with the Malian delegation kept out of "
        "the deliberations, Nigeria's envoy acted as chair.",
        "Togo will chair this week's session of the ministers.",
    ],
)
def test_chairing_a_sitting_or_keeping_something_else_is_no_handover(sentence: str) -> None:
    assert _handovers(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Ghana will chair the XYZ in 2031.", [("GHA", "2031")]),
        ("Ghana keeps the chairmanship of the XYZ for another year.", [("GHA", "2030-08-17")]),
    ],
)
def test_the_organization_s_chair_held_or_kept_is_still_read(
    sentence: str, found: list[tuple[str, str]]
) -> None:
    assert _handovers(sentence) == found


# -- properties ---------------------------------------------------------------------------------------------

_WORDS = st.sampled_from(
    ["decisions", "on", "and", "the", "budget", "Kumasi", "Fund", "in particular", ",", "adopted", "approved",
     "as well as", "a", "decision", "anniversary", "20th", "Declaration", "of", "Ghana", "with", "trade", "were"]
)  # fmt: skip


@settings(max_examples=60, deadline=None)
@given(st.lists(_WORDS, min_size=3, max_size=25))
def test_every_document_quote_is_text_slice_and_nothing_raises(words: list[str]) -> None:
    text = OPENING + "The ministers " + " ".join(words) + "."
    for c in extract(text, "xyz", "t"):
        if c.record == "event" and c.type in ("DocumentAdopted", "AgreementSigned"):
            source = c.event["source"]
            assert text[source["start"] : source["end"]] == source["quote"]
