"""Appointments' terms in ``igo extract`` (twelfth-session fixer dec14). Every sentence is invented for the test
(an invented organization and invented persons, real towns): no sentence of a real text or of a held-out set.

(a) A term a quotation states ("... has been appointed ... for the term of office beginning ... and ending
...", the presiding officer's words) closes the open term of the same appointment told outside the quotes;
the quoted words are no act of their own, and a quotation recalling an earlier term dates nothing.

(b) A term's end told in a sentence of its own about the person, after the first day ("He will serve out the
rest of his predecessor's term, which runs until ..."; "Her mandate expires on ..."; "X will stay in the post
until the end of 2034"); not the end of a current or other term, not of something else.

(c) A length with "the next" or "another" ("for the next three years", "for another four years") and a first
day told with the place before it ("will take up his post at the secretariat in Kumasi on 1 October").

(d) An appointment with no day of its decision anywhere, whose first day is written in full, is importable
(its ``decided_on`` left out); the office's own rule gives the length ("the Executive Secretary's term is
three years", "is appointed for a term of five years").

(e) A name written surname first with a patronymic last, as official lists of the CIS write it ("Orlov Pavel
Andreyevich"), is the person "Pavel Andreyevich Orlov"; other three-word names keep their order.

(f) A next meeting told by "decided/agreed to meet again in X in <month>" or "the next meeting ... is planned for
<days> in X" / "is expected to take place in X in <year>": the body's own next sitting; not a meeting held again,
one planned in the past, or a wish without a place or time.

(g) Documents told as a group then named: "Texts adopted at the summit included A" (the listing word
"included" read whole), "Two texts came out of the meeting: A and B", "Three documents emerged from the summit,
among them A"; not texts to be adopted or adopted in another year.

(h) "X has been announced as the Secretary General": an appointment made public (not "announced as the
Council closed", not a place "announced as the host"); a surname told later ("Previously Mensah served ...", "agreed
to appoint Mensah") is the fuller name told before, so the act is told once.

(i) The term grammar never raises and gives ordered EDTF intervals ("for a year" is one year).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from igo_timeline.extract import extract
from igo_timeline.extract.terms import _term, end_told_later, term_grammar
from tests.conftest import XYZ_OPENING as OPENING
from tests.conftest import events_of as _events


def _terms(text: str, **kw: Any) -> dict[str, str]:
    return {e["person"]: e.get("term", "") for e in _events(text, "OfficialAppointed", **kw)}


# -- (a) a term stated inside a quotation of the same act -----------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "person", "term"),
    [
        (
            'The Assembly on Saturday appointed Lena Marsh Secretary General for a second term. "I am pleased to '
            "declare that Ms Lena Marsh has been appointed Secretary General of the Zone for the term of office "
            'beginning on 1 January 2031 and ending on 31 December 2035," the chair said.',
            "Lena Marsh",
            "2031-01-01/2035-12-31",
        ),
        (
            "The Council elected Piet Amundsen as Director-General. \u201cMr Piet Amundsen has been elected "
            "Director-General for a term from 1 March 2031 to 28 February 2035,\u201d the President announced.",
            "Piet Amundsen",
            "2031-03-01/2035-02-28",
        ),
    ],
)
def test_a_quoted_term_closes_the_open_term_told_outside(sentence: str, person: str, term: str) -> None:
    found = _events(OPENING + sentence, "OfficialAppointed")
    assert [(e["person"], e["term"]) for e in found] == [(person, term)]
    # the quotation is a further source of the one act, its words text[start:end]
    text = OPENING + sentence
    quoted = [s for s in found[0].get("more_sources", []) if person in s["quote"] and "been" in s["quote"]]
    assert quoted
    assert all(text[s["start"] : s["end"]] == s["quote"] for s in quoted)


def test_a_quotation_recalling_an_earlier_term_dates_nothing() -> None:
    text = (
        OPENING + 'The Council re-elected Piet Amundsen as Director-General on Saturday. "In 2026 Mr Piet '
        'Amundsen was elected Director-General for the term from 1 March 2026 to 28 February 2030," the '
        "President recalled."
    )
    assert _terms(text) == {"Piet Amundsen": "2030-08-17/.."}


def test_a_quoted_appointment_alone_is_no_event() -> None:
    text = (
        OPENING
        + '"Ms Lena Marsh has been appointed Secretary General for the term beginning 1 January 2031 and '
        'ending 31 December 2035," a delegate claimed.'
    )
    assert _terms(text) == {}


# -- (b) the end of a term told in a later sentence ------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "person", "term"),
    [
        (
            "The Board elected Dana Kirk as President. She will take office on 1 October 2030. She will serve out "
            "the remainder of her predecessor's term, which runs until 30 June 2033.",
            "Dana Kirk",
            "2030-10-01/2033-06-30",
        ),
        (
            "The Council appointed Omar Heid as Executive Secretary. He takes up his post on 1 September 2030. "
            "His mandate expires on 31 August 2034.",
            "Omar Heid",
            "2030-09-01/2034-08-31",
        ),
        (
            "The Council appointed Omar Heid as Executive Secretary. He takes up his post on 1 September 2030. "
            "Heid will stay in the post until the end of 2034.",
            "Omar Heid",
            "2030-09-01/2034-12-31",
        ),
    ],
)
def test_an_end_told_after_the_first_day(sentence: str, person: str, term: str) -> None:
    assert _terms(OPENING + sentence) == {person: term}


@pytest.mark.parametrize(
    "after",
    [
        "Her current term as ambassador runs until 31 December 2031.",  # another term of hers
        "The talks on the budget will run until 20 November 2030.",  # not the person, not a term
        "She will serve until 2033.",  # a bare year is no last day
    ],
)
def test_no_end_from_another_term_or_thing(after: str) -> None:
    text = (
        OPENING + "The Board elected Dana Kirk as President. She will take office on 1 October 2030. " + after
    )
    assert _terms(text) == {"Dana Kirk": "2030-10-01/.."}


def test_end_told_later_law() -> None:
    assert end_told_later("2030-10-01/..", "She will serve until 30 June 2033.") == "2030-10-01/2033-06-30"
    assert end_told_later("2030-10-01/..", "She will serve until 30 June 2029.") is None  # before the start
    assert end_told_later("2030-10-01/..", "She will serve until 30 June 2045.") is None  # over ten years
    assert end_told_later("2030-10-01/2032-09-30", "She will serve until 30 June 2033.") is None  # closed


# -- (c) a length with "the next"/"another"; a first day after a place ----------------------------------------


@pytest.mark.parametrize(
    ("text", "person", "term"),
    [
        (
            "NAIROBI, 17 August 2030 -- Jonas Pell has been appointed Secretary General of the Xylo Yard Zone (XYZ) "
            "for the next three years. Pell will take up his post at the secretariat in Kumasi on 1 October 2030.",
            "Jonas Pell",
            "2030-10-01/2033-09-30",
        ),
        (
            OPENING
            + "The summit appointed Rea Tamm as Secretary General for another four years. She will assume "
            "her duties in Accra on 1 January 2031.",
            "Rea Tamm",
            "2031-01-01/2034-12-31",
        ),
    ],
)
def test_a_length_then_a_first_day_after_a_place(text: str, person: str, term: str) -> None:
    assert _terms(text) == {person: term}


def test_a_first_day_after_a_place_without_a_length_stays_open() -> None:
    assert _term("She will take up her post at the secretariat in Kumasi on 1 October 2030.", 0) == (
        "2030-10-01/..",
        None,
    )


# -- (d) no day of the decision, the first day written -----------------------------------------------------------


@pytest.mark.parametrize(
    ("rule", "term"),
    [
        ("Under the Zone's charter, the Executive Secretary's term is three years.", "2031-01-01/2033-12-31"),
        ("The Executive Secretary is appointed for a term of five years.", "2031-01-01/2035-12-31"),
        (
            "The Executive Secretary is appointed for a non-renewable period of four years.",
            "2031-01-01/2034-12-31",
        ),
        ("", "2031-01-01/.."),
    ],
)
def test_an_undated_appointment_known_by_its_term(rule: str, term: str) -> None:
    text = (
        "Kito Barr has been appointed the new Executive Secretary of the Xylo Yard Zone (XYZ). He will assume his "
        "duties on 1 January 2031. " + rule
    )
    found = _events(text, "OfficialAppointed")
    assert [(e["person"], e["term"]) for e in found] == [("Kito Barr", term)]
    assert "decided_on" not in found[0]


def test_an_undated_appointment_without_a_first_day_stays_unresolved() -> None:
    text = "Kito Barr has been appointed the new Executive Secretary of the Xylo Yard Zone (XYZ)."
    assert _events(text, "OfficialAppointed") == []
    assert [c.record for c in extract(text, "xyz", "t") if c.type == "OfficialAppointed"] == ["unresolved"]


# -- (e) a name written surname first ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "person"),
    [
        ("Major-General Orlov Pavel Andreyevich", "Pavel Andreyevich Orlov"),
        ("Pavel Andreyevich Orlov", "Pavel Andreyevich Orlov"),  # already so ordered
        ("Belova Irina Sergeyevna", "Irina Sergeyevna Belova"),
        ("Maria Elena Cortez", "Maria Elena Cortez"),  # no patronymic
    ],
)
def test_a_name_written_surname_first(written: str, person: str) -> None:
    text = OPENING + f"{written} was appointed Secretary General of the Zone on Saturday."
    assert [e["person"] for e in _events(text, "OfficialAppointed")] == [person]


# -- (f) a next meeting: "meet again", "planned for", "expected to take place" ----------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The heads of state decided to meet again in Ghana in November 2031.",
            {"body": "summit", "host": "GHA", "date": "2031-11"},
        ),
        (
            "The ministers agreed to meet again in Lome in March 2031.",
            {"body": "summit", "host": "TGO", "place": "Lome", "date": "2031-03"},
        ),
        (
            "The next meeting of the council is planned for 7-9 June 2031 in Accra.",
            {"body": "summit", "host": "GHA", "place": "Accra", "date": "2031-06-07/2031-06-09"},
        ),
        (
            "The next summit is expected to take place in Dakar in 2032.",
            {"body": "summit", "host": "SEN", "place": "Dakar", "date": "2032"},
        ),
    ],
)
def test_a_next_meeting_met_again_or_planned(sentence: str, expected: dict[str, str]) -> None:
    found = _events(OPENING + sentence, "MeetingScheduled")
    assert [{k: e[k] for k in ("body", "host", "place", "date") if k in e} for e in found] == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministers met again in Accra in March 2030 to review progress.",  # held, not planned
        "The next meeting of the council was planned for June 2030 but was postponed.",  # a past plan
        "They could not agree when to meet again.",
        "The leaders said they would meet again soon.",  # no place, no time
    ],
)
def test_no_next_meeting_from_a_sitting_held_or_a_wish(sentence: str) -> None:
    assert _events(OPENING + sentence, "MeetingScheduled") == []


# -- (g) documents told as a group, then named -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "titles"),
    [
        (
            "Texts adopted at the summit included the Kumasi Ministerial Declaration.",
            ["Kumasi Ministerial Declaration"],
        ),
        (
            "Other documents approved during the session included the Accra Action Plan and the Lome Charter.",
            ["Accra Action Plan", "Lome Charter"],
        ),
        (
            "Two texts came out of the meeting: the Joint Statement of the XYZ Leaders and a Joint Statement on "
            "Water Security.",
            ["Joint Statement of the XYZ Leaders", "Joint Statement on Water Security"],
        ),
        ("Three documents emerged from the summit, among them the Accra Action Plan.", ["Accra Action Plan"]),
    ],
)
def test_documents_told_as_a_group_then_named(sentence: str, titles: list[str]) -> None:
    assert sorted(e["title"] for e in _events(OPENING + sentence, "DocumentAdopted")) == titles


@pytest.mark.parametrize(
    "sentence",
    [
        "Texts to be adopted at the next summit include the Kumasi Ministerial Declaration.",
        "Documents adopted in 2019 included the Lome Charter.",
    ],
)
def test_no_documents_from_a_group_to_come_or_of_another_year(sentence: str) -> None:
    assert _events(OPENING + sentence, "DocumentAdopted") == []


# -- (h) "announced as"; a surname after a sentence's first adverb -----------------------------------------------


def test_announced_as_and_told_again_by_surname() -> None:
    text = OPENING + (
        "Ghana's Ama Mensah has been announced as the Secretary General of the Zone. She will begin her "
        "three-year term on 1 January 2031. Previously Mensah served as Ghana's ambassador to Togo. The leaders "
        "agreed to appoint Mensah as the new Secretary General."
    )
    assert _terms(text) == {"Ama Mensah": "2031-01-01/2033-12-31"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The results were announced as the Council closed.",
        "Kumasi was announced as the host of the next summit.",
        "The prize winner, Ama Mensah, was announced as the Ceremony opened.",
    ],
)
def test_announced_as_without_an_office_is_no_appointment(sentence: str) -> None:
    assert _terms(OPENING + sentence) == {}


# -- (i) laws of the term grammar --------------------------------------------------------------------------------

_PARTS = [
    "from 1 May 2030",
    "for a year",
    "for the next three years",
    "for another four years",
    "until the end of 2031",
    "which runs until 30 June 2033",
    "will take up her post at the secretariat in Kumasi on 1 October",
    "beginning 1st of January 2031 and ending on 31 of December 2035",
    "a five-year term",
    "His mandate expires on 31 August 2034.",
    "in Accra",
    ",",
    ".",
]
_EDTF = re.compile(r"\d{4}(?:-\d{2}){0,2}/(?:\d{4}(?:-\d{2}){0,2}|\.\.)")


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_PARTS), max_size=6), st.dates(dt.date(2000, 1, 1), dt.date(2040, 12, 31)))
def test_terms_never_raise_and_are_ordered(parts: list[str], near: dt.date) -> None:
    words = " ".join(parts)
    for got in (
        _term(words, 0, near)[0],
        term_grammar(words, near)[0],
        end_told_later("2030-05-01/..", words, near),
    ):
        if got is not None:
            assert _EDTF.fullmatch(got), got
            first, _, last = got.partition("/")
            assert last == ".." or last >= first
