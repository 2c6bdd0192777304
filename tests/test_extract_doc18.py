"""Documents of ``igo extract`` (sixteenth-session fixer doc18): several documents in one sentence, one
plural kind whose subjects each carry their own "on" ("the agreements on A and on B", "the decisions On A
and On B" as councils title their acts, "documents were signed on the X programme and on the Y plan"). Every
sentence is invented for the test (invented organization, places and subjects): no sentence of a real text
or of a held-out set."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from igo_timeline.extract import extract
from tests.extract_run import DOC_DAY, DOC_OPENING, DOC_TYPES, doc_events, doc_titles

_OPENING, _DAY, _DOCS = DOC_OPENING, DOC_DAY, DOC_TYPES
_events, _titles = doc_events, doc_titles


# -- a council's acts titled "On ...": the title as written, one per "On" -------------------------------


@pytest.mark.parametrize(
    ("sentence", "titles"),
    [
        (
            "The heads of state signed the decisions On the Joint Power Grid and On the Common Seed Register.",
            ["On the Common Seed Register", "On the Joint Power Grid"],
        ),
        (
            "The council adopted a Declaration on deeper union, as well as the decisions On the Joint Power Grid"
            " and On the Common Seed Register.",
            ["Declaration on deeper union", "On the Common Seed Register", "On the Joint Power Grid"],
        ),
        (
            "Ministers approved the resolutions On the Fisheries Fund, On the Ports Board and On the River Watch.",
            ["On the Fisheries Fund", "On the Ports Board", "On the River Watch"],
        ),
    ],
)
def test_acts_titled_on_are_one_document_each(sentence: str, titles: list[str]) -> None:
    assert _titles(sentence) == titles


def test_acts_titled_on_that_are_only_discussed_are_no_documents() -> None:
    assert (
        _titles("The ministers discussed the decisions On the Joint Power Grid and On the Seed Register.")
        == []
    )


# -- a plural instrument with its subjects: one instrument each -------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The heads of delegation signed the agreements on the exchange of flood data and on cooperation in schooling.",
        "The agreements on the exchange of flood data and on cooperation in schooling were signed.",
        "In addition, the agreements on the exchange of flood data, as well as on cooperation in schooling, were signed.",
    ],
)
def test_agreements_on_a_and_on_b_are_two_agreements(sentence: str) -> None:
    events = _events(sentence)
    assert sorted(e["title"] for e in events) == [
        "Agreement on cooperation in schooling",
        "Agreement on the exchange of flood data",
    ]
    assert {e["type"] for e in events} == {"AgreementSigned"}


# -- "documents on X and on Y": only subjects that are documents themselves -----------------------------


@pytest.mark.parametrize(
    ("sentence", "titles"),
    [
        (
            "In addition, documents were signed on the regional fisheries programme for 2031-2034, as well as on"
            " the coastal action plan for 2032.",
            ["Coastal action plan for 2032", "Regional fisheries programme for 2031-2034"],
        ),
        (
            "The ministers also signed documents on the fisheries programme for 2031-2034 and on the programme of"
            " water protection.",
            ["Fisheries programme for 2031-2034", "Programme of water protection"],
        ),
        (
            "Documents were signed on fisheries and on the programme of water protection.",
            ["Programme of water protection"],
        ),
    ],
)
def test_documents_on_documents_name_them(sentence: str, titles: list[str]) -> None:
    assert _titles(sentence) == titles


@pytest.mark.parametrize(
    "sentence",
    [
        "Documents were signed on fisheries, on transport and on water protection.",
        "The ministers also signed documents on fisheries and on water protection.",
        "Documents will be signed on the regional fisheries programme and on the coastal action plan.",
        "The ministers will sign documents on the fisheries programme for 2031-2034 and on the coastal plan.",
    ],
)
def test_documents_on_subjects_or_to_come_name_none(sentence: str) -> None:
    assert _titles(sentence) == []


# -- laws ---------------------------------------------------------------------------------------------------

_SUBJECT = st.sampled_from(
    ["the Joint Power Grid", "fisheries", "the coastal action plan for 2032", "the Seed Register", "ports"]
)


@settings(max_examples=25, deadline=None)
@given(
    kind=st.sampled_from(["decisions On", "agreements on", "documents on", "statements on"]),
    subjects=st.lists(_SUBJECT, min_size=1, max_size=3, unique=True),
    joint=st.sampled_from([" and on ", ", as well as on ", ", on "]),
)
def test_every_quote_is_the_text_and_nothing_raises(kind: str, subjects: list[str], joint: str) -> None:
    head, prep = kind.split()
    sentence = f"The ministers signed the {head} {prep} " + joint.replace("on", prep).join(subjects) + "."
    text = _OPENING + sentence
    found = extract(text, "xyz", "t", published=_DAY)
    for cand in found:
        src = cand.event.get("source") or {}
        if "start" in src:
            assert text[src["start"] : src["end"]] == src["quote"]
    assert len([c for c in found if c.type in _DOCS]) <= len(subjects) + 1


# -- where a title ends: the act's place, a relative clause, another organization's abbreviation -----------


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministers issued a joint communique in Bangkok on Friday, in which they affirmed freedom of navigation.",
        "The summit ended with a declaration in Jordan.",
        "The leaders released a joint statement in Nairobi after the talks.",
    ],
)
def test_the_place_of_the_act_is_no_part_of_a_title(sentence: str) -> None:
    assert not any(re.search(r"\bin\s+(?:Bangkok|Jordan|Nairobi)\b", t) for t in _titles(sentence))


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("The leaders adopted the Delta Declaration in Lima.", "Delta Declaration"),
        (
            "The ministers adopted a statement on the situation in Syria.",
            "Statement on the situation in Syria",
        ),
        ("The leaders adopted the Declaration in Support of Peace.", "Declaration in Support of Peace"),
    ],
)
def test_a_place_inside_a_title_stays(sentence: str, title: str) -> None:
    assert _titles(sentence) == [title]


@pytest.mark.parametrize(
    "sentence",
    [
        "The council endorsed the communique of ECOWAS by which the bloc suspended Mali.",
        "The council endorsed the final declaration of SADC, in which the bloc condemned the coup.",
        "The council endorsed the decision of IGAD through which the bloc sent observers.",
    ],
)
def test_another_organizations_document_is_not_the_meetings(sentence: str) -> None:
    assert _titles(sentence) == []


def test_the_organizations_own_abbreviation_names_its_document() -> None:
    assert _titles("The council adopted the Joint Statement of XYZ on ports.") == [
        "Joint Statement of XYZ on ports"
    ]


# -- lists of documents: "the following:" in prose, enumerators "(i)", "(b)", "(2)", quoted items ------------


def _block_titles(block: str) -> list[str]:
    return _titles(block)


@pytest.mark.parametrize(
    ("block", "titles"),
    [
        (
            "The council approved the following: the Work Programme for 2032; the Budget of the Zone for 2032.",
            ["Budget of the Zone for 2032", "Work Programme for 2032"],
        ),
        (
            "The summit adopted: (i) the Ten-Year Strategy of the Delta Programme and (ii) the Vorland Declaration.",
            ["Ten-Year Strategy of the Delta Programme", "Vorland Declaration"],
        ),
        (
            "The ministers approved the following: (a) the Work Programme for 2032; (b) the Budget of the Zone for 2032.",
            ["Budget of the Zone for 2032", "Work Programme for 2032"],
        ),
        (
            "The summit adopted:\n(i) the Ten-Year Strategy of the Delta Programme (2032-2041) and\n"
            "(ii) the 'Vorland Declaration'.",
            ["Ten-Year Strategy of the Delta Programme (2032-2041)", "Vorland Declaration"],
        ),
        (
            "The summit's outcome documents — the Vorland Declaration and the Plan of Action on Ports — were adopted"
            " by consensus.",
            ["Plan of Action on Ports", "Vorland Declaration"],
        ),
    ],
)
def test_lists_of_documents_name_one_each(block: str, titles: list[str]) -> None:
    assert _block_titles(block) == titles


@pytest.mark.parametrize(
    "block",
    [
        "The summit discussed: (i) the Ten-Year Strategy of the Delta Programme and (ii) the Vorland Declaration.",
        "The ministers will adopt the following: the Vorland Declaration and the Plan of Action on Ports.",
        "The council considered the following: the Work Programme for 2032; the Budget of the Zone for 2032.",
    ],
)
def test_lists_not_adopted_name_none(block: str) -> None:
    assert _block_titles(block) == []


# -- one item of a list each: ", a declaration on X, and ...", "; a document ...", "and 30 more documents" ----


@pytest.mark.parametrize(
    ("sentence", "titles"),
    [
        (
            "The summit concluded with the adoption of the Vorland Declaration, a declaration on the situation in"
            " the Delta, and a joint declaration on coastal states.",
            [
                "Declaration on the situation in the Delta",
                "Joint declaration on coastal states",
                "Vorland Declaration",
            ],
        ),
        (
            "The leaders adopted the Vorland Declaration, a statement on ports and a declaration on fisheries.",
            ["Declaration on fisheries", "Statement on ports", "Vorland Declaration"],
        ),
        (
            "The leaders signed the Vorland Declaration of the 20th anniversary of the Zone and 30 more documents.",
            ["Vorland Declaration of the 20th anniversary of the Zone"],
        ),
        (
            "The package of documents signed included the Vorland Declaration; a document approving the 2032-2033"
            " programme to counter smuggling; and a document launching the admission of Ruritania.",
            ["2032-2033 programme to counter smuggling", "Vorland Declaration"],
        ),
    ],
)
def test_each_item_of_a_list_is_its_own_title(sentence: str, titles: list[str]) -> None:
    assert _titles(sentence) == titles


@pytest.mark.parametrize(
    ("sentence", "titles"),
    [
        (
            "The leaders adopted the Vorland Declaration, a statement of principles on the Delta.",
            ["Vorland Declaration"],
        ),
        (
            "The ministers adopted the Vorland Declaration, which states that the members will cooperate.",
            ["Vorland Declaration"],
        ),
    ],
)
def test_an_appositive_or_a_verb_after_a_title_is_no_document(sentence: str, titles: list[str]) -> None:
    assert _titles(sentence) == titles
