"""Appointments (fixer appt24): a renewal given the term held before it, ...

Every sentence here is invented (organizations, persons and wordings); states are real.
"""

from __future__ import annotations

import pytest

from igo_timeline.extract import extract


def appointed(text: str, org: str = "blf") -> list[tuple[str, str, str]]:
    return [
        (c.event["person"], c.event["office"], c.event.get("term", ""))
        for c in extract(text, org, "t")
        if c.record == "event" and c.type == "OfficialAppointed"
    ]


# a renewal told with the first term's start in a later sentence: that start is the old term's, not the new one's
RENEWED_WITH_THE_OLD_DAY = [
    "OSLO, 9 May 2023 -- The members of the Boreal Lakes Forum on Tuesday re-elected Marta Okonjo of Kenya as "
    "Secretary General of the Forum for a second four-year term. Okonjo took office on 1 June 2019, succeeding "
    "a Danish diplomat.",
    "OSLO, 9 May 2023 -- The Council of the Boreal Lakes Forum today reappointed Marta Okonjo of Kenya as "
    "Secretary General. Okonjo, who assumed her duties on 1 June 2019, was the only candidate.",
    "OSLO, 9 May 2023 -- The Boreal Lakes Forum on Tuesday gave Marta Okonjo of Kenya a second term as its "
    "Secretary General, re-electing her by acclamation. Okonjo took up her post in June 2019.",
]


@pytest.mark.parametrize("text", RENEWED_WITH_THE_OLD_DAY)
def test_a_renewal_is_not_given_the_first_terms_start(text: str) -> None:
    found = appointed(text)
    assert found, text
    for _person, _office, term in found:
        assert not term.startswith("2019"), (text, found)


# the new term's own start, told after the renewal, stays hers
RENEWED_WITH_THE_NEW_DAY = [
    (
        "OSLO, 9 May 2023 -- The members of the Boreal Lakes Forum on Tuesday re-elected Marta Okonjo of Kenya as "
        "Secretary General for a second four-year term. Her new term will begin on 1 June 2023.",
        "2023-06-01",
    ),
    (
        "OSLO, 9 May 2023 -- The Council of the Boreal Lakes Forum today reappointed Marta Okonjo of Kenya as "
        "Secretary General for a second term, which starts on 1 June 2023.",
        "2023-06-01",
    ),
]


@pytest.mark.parametrize(("text", "first"), RENEWED_WITH_THE_NEW_DAY)
def test_a_renewals_own_start_stays(text: str, first: str) -> None:
    found = appointed(text)
    assert found and found[0][2].startswith(first), found


# a first appointment whose term is told after it keeps that term (no renewal: the guard does not apply)
def test_a_first_appointment_keeps_a_later_told_start() -> None:
    text = (
        "OSLO, 9 May 2023 -- The Council of the Boreal Lakes Forum today appointed Marta Okonjo of Kenya as "
        "Secretary General. Okonjo will take office on 1 June 2023."
    )
    found = appointed(text)
    assert found and found[0][2].startswith("2023-06-01"), found


def decisions(text: str, org: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (c.type, c.event.get("person") or c.event.get("to_party"), c.event.get("office"))
        for c in extract(text, org, "t")
        if c.record == "event" and c.type in ("OfficialAppointed", "PresidencyHandedOver")
    ]


# an office the person holds at home, told in an apposition between the person and "as": the office given is
# the one after "as"
OFFICE_IN_APPOSITION = [
    "GENEVA, 3 May 2023 -- The Congress elected Marta Okonjo of Kenya, President of the Kenya Meteorological "
    "Department since 2015, as President of WMO for four years.",
    "GENEVA, 3 May 2023 -- The Congress elected Marta Okonjo, President of the Kenya Meteorological Department, "
    "as its President.",
    "GENEVA, 3 May 2023 -- The Congress elected Marta Okonjo, the head of the Kenya Meteorological Department, "
    "as President of WMO.",
]


@pytest.mark.parametrize("text", OFFICE_IN_APPOSITION)
def test_an_office_in_apposition_is_not_the_one_given(text: str) -> None:
    assert decisions(text, "wmo") == [("OfficialAppointed", "Marta Okonjo", "president")]


# a head of state in the apposition still hands the chair to the state
HEAD_OF_STATE_IN_APPOSITION = [
    ("ADDIS ABABA, 3 Feb 2023 -- The Assembly elected Macky Sall, President of Senegal, as Chairperson of the "
     "Union for 2022.", "SEN"),
    ("ADDIS ABABA, 3 Feb 2023 -- The Assembly elected Azali Assoumani, President of the Union of the Comoros, as "
     "Chairperson of the African Union for 2023.", "COM"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "state"), HEAD_OF_STATE_IN_APPOSITION)
def test_a_head_of_state_in_apposition_still_hands_over_the_chair(text: str, state: str) -> None:
    assert ("PresidencyHandedOver", state, None) in decisions(text, "au")


# the person before the verb, with a title of another body in apposition: the name, not the body's words
NAME_WITH_A_TITLE = [
    "GENEVA, 3 May 2023 -- Petteri Valkonen, Director-General of the Finnish Forest Institute, has been elected "
    "Secretary-General of the Boreal Lakes Forum.",
    "GENEVA, 3 May 2023 -- Marta Okonjo, Director of the Kenya Wildlife Service, was appointed Secretary General "
    "of the Boreal Lakes Forum.",
    "GENEVA, 3 May 2023 -- Marta Okonjo, Chief Executive Officer of Kenya Airways, was appointed Secretary "
    "General of the Boreal Lakes Forum.",
]


@pytest.mark.parametrize("text", NAME_WITH_A_TITLE)
def test_a_title_in_apposition_is_no_name(text: str) -> None:
    found = appointed(text)
    assert [p for p, _o, _t in found] in (["Petteri Valkonen"], ["Marta Okonjo"]), found


# a pronoun alone is no one's name
PRONOUNS = [
    "MONTREAL, 3 May 2023 -- The Council of the Boreal Lakes Forum chose Marta Okonjo to lead it. She becomes "
    "the fourth President of the Council.",
    "MONTREAL, 3 May 2023 -- He was appointed Secretary General of the Boreal Lakes Forum.",
]


@pytest.mark.parametrize("text", PRONOUNS)
def test_a_pronoun_is_no_appointed_person(text: str) -> None:
    assert all(p not in ("He", "She") for p, _o, _t in appointed(text))


# the successor's first day told after the choice: "will succeed X on D", "will take over on D (from X)"
SUCCESSOR_DAY = [
    "VIENNA, 21 Sep 2023 -- The Conference of the Boreal Lakes Forum today approved the nomination of Marta "
    "Okonjo of Kenya as its next Secretary General. Ms Okonjo will succeed Lars Berg of Norway on 1 December 2023.",
    "VIENNA, 21 Sep 2023 -- The Conference of the Boreal Lakes Forum today chose Marta Okonjo of Kenya as its "
    "next Secretary General. She will take over on 1 December 2023 from Lars Berg of Norway.",
    "VIENNA, 21 Sep 2023 -- The Conference of the Boreal Lakes Forum today elected Marta Okonjo of Kenya as its "
    "next Secretary General. Okonjo is to succeed Lars Berg on 1 December 2023.",
]


@pytest.mark.parametrize("text", SUCCESSOR_DAY)
def test_a_successors_first_day_is_the_terms(text: str) -> None:
    found = appointed(text)
    assert found and found[0][2].startswith("2023-12-01"), found


def test_a_successor_told_without_a_day_keeps_the_decision() -> None:
    text = (
        "VIENNA, 21 Sep 2023 -- The Conference of the Boreal Lakes Forum today elected Marta Okonjo of Kenya as "
        "its next Secretary General. She will succeed Lars Berg, who steps down after two terms."
    )
    found = appointed(text)
    assert found and found[0][2].startswith("2023-09-21"), found
