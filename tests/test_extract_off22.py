"""Appointments whose term is told by its years only ("for the 2031-2034 period", "from 2031 to 2035", "his term
covers 2031-2033"), decided later in that first year: the term begins with the decision, or with the first day
a later sentence tells of the person, never on a first of January the text does not write. Every sentence is
invented (invented organizations and persons)."""

from __future__ import annotations

import pytest

from igo_timeline.extract import extract


def _terms(text: str, org: str = "xyz") -> dict[str, str]:
    return {
        c.event["person"]: c.event.get("term")
        for c in extract(text, org, "t")
        if c.type == "OfficialAppointed" and c.record == "event"
    }


@pytest.mark.parametrize(
    ("text", "person", "term"),
    [
        (
            "VORLAND, 14 May 2031 - The Council of the Xylo Yard Zone today elected Marta Quillon of Portugal as "
            "the organization's Secretary-General for the 2031-2034 period.",
            "Marta Quillon",
            "2031-05-14/2034-12-31",
        ),
        (
            "VORLAND, 9 October 2031 - Delegates to the Xylo Yard Zone assembly on Thursday elected Tomas Brevik "
            "as the organization's President. Brevik was declared elected for a four-year term, from 2031 to "
            "2035.",
            "Tomas Brevik",
            "2031-10-09/2035-12-31",
        ),
        (
            "VORLAND, 3 March 2031 - The ministers of the Xylo Yard Zone today appointed Ilse Marnow as the "
            "organization's Secretary-General for the 2031-2033 period. The vote was unanimous. Marnow will "
            "take up her duties at the session of the Standing Committee on 20 March.",
            "Ilse Marnow",
            "2031-03-20/2033-12-31",
        ),
        (
            "VORLAND, 3 March 2031 - The ministers of the Xylo Yard Zone today appointed Ilse Marnow as the "
            "organization's Secretary-General for the 2031-2033 period. She will assume office on 1 April.",
            "Ilse Marnow",
            "2031-04-01/2033-12-31",
        ),
    ],
)
def test_a_years_term_begins_with_the_decision_or_the_day_told(text: str, person: str, term: str) -> None:
    assert _terms(text).get(person) == term


@pytest.mark.parametrize(
    ("text", "person", "term"),
    [
        # decided the year before the first year: the term begins with its year
        (
            "VORLAND, 20 November 2030 - The summit of the Xylo Yard Zone today named Marta Quillon the "
            "organization's next Secretary-General for 2031-2034.",
            "Marta Quillon",
            "2031-01-01/2034-12-31",
        ),
        # the first of January written: as written
        (
            "VORLAND, 14 May 2031 - The Council of the Xylo Yard Zone today elected Marta Quillon as the "
            "organization's Secretary-General for the 2031-2034 period, with effect from 1 January 2031.",
            "Marta Quillon",
            "2031-01-01/2034-12-31",
        ),
    ],
)
def test_a_years_term_keeps_its_first_year_when_told_or_to_come(text: str, person: str, term: str) -> None:
    assert _terms(text).get(person) == term


def test_a_later_day_of_another_person_is_not_the_first_day() -> None:
    text = (
        "VORLAND, 14 May 2031 - The Council of the Xylo Yard Zone today elected Marta Quillon as the "
        "organization's Secretary-General for the 2031-2034 period. Her deputy, Piet Oranjo, will take up his "
        "duties on 1 June."
    )
    assert _terms(text).get("Marta Quillon") == "2031-05-14/2034-12-31"


def test_a_reappointment_for_years_is_left_as_it_was() -> None:
    # a second term told by its years: it continues the first, the day of the vote is not its start
    text = (
        "VORLAND, 14 May 2031 - The Council of the Xylo Yard Zone today re-elected Marta Quillon of Portugal as "
        "the organization's Secretary-General for the 2031-2034 period."
    )
    assert _terms(text).get("Marta Quillon") == "2031-01-01/2034-12-31"
