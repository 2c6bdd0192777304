"""Terms of office, next meetings and presidencies of ``igo extract`` (eighteenth-session fixer term20).

Every sentence here is invented for the test (invented organizations, places and persons), written in the
test's own words: no sentence of a real page or of a held-out set.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from igo_timeline.extract import extract
from igo_timeline.extract.terms import close_open_term, new_length

ORG = "tarvic-union"


def _appointed(text: str) -> list[dict[str, Any]]:
    return [c.event for c in extract(text, ORG, "t") if c.type == "OfficialAppointed" and c.record == "event"]


def _terms(text: str) -> dict[str, str]:
    return {e["person"]: e["term"] for e in _appointed(text)}


# -- a term's length or last year told apart from its first day ---------------------------------------


@pytest.mark.parametrize(
    ("text", "person", "term"),
    [
        # the length with the act, the first day in the next sentence
        (
            "BRELLAND, 4 May 2030 - The members of the Tarvic Union agreed on Thursday to reappoint Olan Vesk as"
            " Secretary-General for a second three-year term. His new mandate will begin on 1 October 2030, the"
            " Union said.",
            "Olan Vesk",
            "2030-10-01/2033-09-30",
        ),
        (
            "BRELLAND, 4 May 2030 - The Council of the Tarvic Union on Thursday elected Mira Tolland as"
            " Secretary-General for a four-year term. She will take up the post on 1 July 2030.",
            "Mira Tolland",
            "2030-07-01/2034-06-30",
        ),
        # the first day told, the length in a later sentence about the same person
        (
            "BRELLAND, 1 July 2030 - Pell Aumont took office on Monday as Secretary-General of the Tarvic Union."
            " Aumont, who was chosen by the summit last year, will lead the Union for the next four years.",
            "Pell Aumont",
            "2030-07-01/2034-06-30",
        ),
        # a last year with no day: from the decision, to that year
        (
            "BRELLAND, 4 May 2030 - The ministers approved the appointment of Dessa Orrin as the new"
            " Secretary-General of the Tarvic Union for a six-year term ending in 2036.",
            "Dessa Orrin",
            "2030-05-04/2036",
        ),
        (
            "BRELLAND, 4 May 2030 - The Tarvic Union's council named Ivo Sarrent Secretary-General on Saturday,"
            " for a mandate that expires in 2034.",
            "Ivo Sarrent",
            "2030-05-04/2034",
        ),
    ],
)
def test_term_closed_by_length_or_last_year(text: str, person: str, term: str) -> None:
    assert _terms(text).get(person) == term


@pytest.mark.parametrize(
    "text",
    [
        # a length of a time gone by ends nothing
        "BRELLAND, 1 July 2030 - Pell Aumont took office on Monday as Secretary-General of the Tarvic Union."
        " Aumont has lived in Brelland for five years.",
        # another term's length ends nothing
        "BRELLAND, 4 May 2030 - The Council of the Tarvic Union on Thursday elected Mira Tolland as"
        " Secretary-General. She will take up the post on 1 July 2030. She ended her first five-year term at"
        " the bank in 2028.",
    ],
)
def test_term_not_closed_by_another_length(text: str) -> None:
    terms = list(_terms(text).values())
    assert terms and all(t.endswith("/..") for t in terms)


def test_length_alone_does_not_guess_the_first_day() -> None:
    # no first day told: the term stays open from the decision (a length from the decision day is a guess)
    assert close_open_term("2030-05-04/..", "elected for a four-year term", [], start_told=False) is None
    assert close_open_term("2030-05-04/..", "elected for a four-year term", [], start_told=True) == (
        "2030-05-04/2034-05-03"
    )


def test_two_lengths_in_one_sentence_are_not_read() -> None:
    words = "A was elected President for two years and B Treasurer for a three-year term"
    assert close_open_term("2030-05-04/..", words, []) is None


def test_new_length_skips_past_and_other_terms() -> None:
    assert new_length("She has worked at the bank for five years") is None
    assert new_length("after his previous four-year term") is None
    m = new_length("He served four years as minister and will now serve a five-year term")
    assert m is not None and "five" in m.group()


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=120))
def test_close_open_term_never_raises(words: str) -> None:
    out = close_open_term("2030-05-04/..", words, [words])
    assert out is None or out.startswith("2030-05-04/")


# -- a next meeting told in a part of a year or in either of two months --------------------------------

_COUNCIL = (
    "VORSK, 12 May 2030 - The Council of Foreign Ministers of the Tarvic Union met in Vorsk on Monday. "
)


def _scheduled_dates(text: str) -> list[str | None]:
    return [c.event.get("date") for c in extract(text, ORG, "t") if c.type == "MeetingScheduled"]


@pytest.mark.parametrize(
    ("words", "date"),
    [
        (
            "The chair said that the council would hold its next meeting in Minsk in the second half of next year.",
            "2031-07/2031-12",
        ),
        ("Its next meeting will take place in Minsk in the first quarter of next year.", "2031-01/2031-03"),
        ("The ministers will hold their next meeting in Minsk in the first half of 2032.", "2032-01/2032-06"),
        (
            "The ministers agreed to hold their next meeting in Minsk in late March or early April next year.",
            "2031-03/2031-04",
        ),
        ("The next meeting will be held in Minsk in September or October.", "2030-09/2030-10"),
        # either month before the text's own month: the ones to come
        ("The next meeting will be held in Minsk in February or March.", "2031-02/2031-03"),
    ],
)
def test_next_meeting_in_part_of_year(words: str, date: str) -> None:
    assert _scheduled_dates(_COUNCIL + words) == [date]


def test_part_of_year_of_no_meeting_schedules_nothing() -> None:
    assert (
        _scheduled_dates(_COUNCIL + "Growth slowed in the second half of the year, the ministers noted.")
        == []
    )


# -- a presidency that passes when the chair in office ends with the year ---------------------------------

_EAEU = "MINSK, 3 October 2030 - The Council of Heads of Government of the Eurasian Economic Union met in Minsk today. "


def _handovers(text: str) -> list[tuple[str, Any, Any]]:
    return [
        (c.record, c.event.get("to_party"), c.event.get("effective"))
        for c in extract(text, "eaeu", "t")
        if c.type == "PresidencyHandedOver"
    ]


@pytest.mark.parametrize(
    "words",
    [
        "Belarus's chairmanship ends with the year, after which the presidency of the union's bodies passes to"
        " Kazakhstan.",
        "Belarus holds the chair until the end of this year; Kazakhstan then takes over the presidency.",
    ],
)
def test_presidency_after_the_year_in_office(words: str) -> None:
    assert _handovers(_EAEU + words) == [("event", "KAZ", "2031")]


def test_presidency_passed_at_the_meeting_keeps_its_day() -> None:
    assert _handovers(_EAEU + "The presidency passed to Kazakhstan at the meeting.") == [
        ("event", "KAZ", "2030-10-03")
    ]


# -- a renewal told of one whose office stands before the verb ------------------------------------------

_BRELLAND = "BRELLAND, 4 May 2030 - "


def _offices(text: str) -> list[tuple[Any, Any]]:
    return [(e.get("office"), e.get("person")) for e in _appointed(_BRELLAND + text)]


@pytest.mark.parametrize(
    "words",
    [
        # the office in the apposition, the renewal told by its term
        "Mara Ellwin, the incumbent Secretary-General of the Tarvic Union, was reappointed on Thursday for a"
        " second four-year term.",
        # the office as a title before the name, the renewal told by the verb
        "Tarvic Union Secretary-General Mara Ellwin was re-elected on Thursday by the member states.",
        "Secretary-General Mara Ellwin was elected on Thursday to another three-year mandate, the Union said.",
    ],
)
def test_renewal_with_the_office_before_the_verb(words: str) -> None:
    assert _offices(words) == [("secretary-general", "Mara Ellwin")]


@pytest.mark.parametrize(
    "words",
    [
        # a state's office in the apposition: a national re-election, no office of the organization
        "Jon Rask, the President of Velmar, was re-elected on Thursday for a second term.",
        # an office held, then a first election to something else: no renewal
        "Mara Ellwin, the Secretary-General of the Tarvic Union, was elected on Thursday to chair the pension"
        " board.",
    ],
)
def test_no_renewal_read_from_another_office_or_a_first_election(words: str) -> None:
    assert _offices(words) == []


# -- a length between the verb of taking office and the first day ------------------------------------


@pytest.mark.parametrize(
    ("words", "term"),
    [
        (
            "The Board of the Tarvic Union elected Ilse Maron as Secretary-General on Thursday. Nominated by"
            " Velmar, Maron will take office for a five-year term on 19 December 2030.",
            "2030-12-19/2035-12-18",
        ),
        (
            "The Board of the Tarvic Union elected Ilse Maron as Secretary-General on Thursday. She will assume"
            " office for a three-year mandate on 1 July 2030.",
            "2030-07-01/2033-06-30",
        ),
    ],
)
def test_take_office_for_a_length_on_a_day(words: str, term: str) -> None:
    assert _terms(_BRELLAND + words) == {"Ilse Maron": term}


# -- a term told once for several appointed together ----------------------------------------------------

_TWO = (
    "The Assembly of the Tarvic Union re-elected Ilse Maron of Chile as Secretary-General on Thursday."
    " The Assembly also re-elected Oren Tal of Ghana as Assistant Secretary-General, by acclamation. "
)


def test_joint_term_given_to_both() -> None:
    text = _BRELLAND + _TWO + "Both officials will serve a second four-year mandate starting on 1 June 2030."
    assert {(e["office"], e["person"], e["term"]) for e in _appointed(text)} == {
        ("secretary-general", "Ilse Maron", "2030-06-01/2034-05-31"),
        ("assistant-secretary-general", "Oren Tal", "2030-06-01/2034-05-31"),
    }


def test_joint_sentence_without_a_closed_term_changes_nothing() -> None:
    text = _BRELLAND + _TWO + "Both officials will serve with a smaller staff."
    assert {e["term"] for e in _appointed(text)} == {"2030-05-02/.."}
