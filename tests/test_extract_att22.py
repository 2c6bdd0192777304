"""Attendance (helper `att22`): two classes of the back-off reader (``mentions.py``) read on the TRAIN sets and
checked against pages of other organizations. (1) The time of a clause is the time of its act: a relative clause
on a person ("X, who will host the next summit, attended", "... passed to Y, who holds it until the next meeting
in 2030") and an act for the person's own state ("spoke on behalf of his country") tell no other time and no
stand-in; an absence told anywhere still counts. (2) A person named once with a title and a state and later by
surname alone, as the subject of an act at the sitting ("Ruto told the leaders ..."), attended. Every sentence is
invented (invented persons; the states are real only where the party is what is tested): no sentence of a real
text."""

from __future__ import annotations

import pytest

from igo_timeline.extract.mentions import Mention, own_time, surname_mentions, took_part
from igo_timeline.extract.people import Person
from tests.conftest import meeting_people

_OPENING = "The 31st summit of the Lake Union was held in Kisumu, Kenya, on 4 June 2022.\n\n"


# -- (1) a relative clause on a person tells the person's own time, not the act's ------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Ugandan President Grace Nakato, who will host the next summit in 2024, took part in the summit.",
        "The chairmanship passed at this summit from Rwanda to Ugandan President Grace Nakato, who will hold it "
        "until the next summit, due in 2024.",
        "Ugandan President Grace Nakato, whose term ends next year, chaired the summit.",
    ],
    ids=["aside-future", "after-the-act", "whose-next-year"],
)
def test_future_in_a_persons_relative_clause_is_no_future_of_the_act(sentence: str) -> None:
    assert ("Grace Nakato", "UGA") in meeting_people(_OPENING + sentence + "\n")


@pytest.mark.parametrize(
    "sentence",
    [
        "Ugandan Vice President Grace Nakato also addressed the summit on behalf of her country.",
        "Ugandan Vice President Grace Nakato spoke, welcoming the new member on behalf of her government.",
    ],
    ids=["addressed", "spoke"],
)
def test_speaking_on_behalf_of_ones_own_country_is_being_there(sentence: str) -> None:
    assert ("Grace Nakato", "UGA") in meeting_people(_OPENING + sentence + "\n")


@pytest.mark.parametrize(
    "sentence",
    [
        # the absence is told in the relative clause: it still counts
        "Ugandan President Grace Nakato, who did not attend, sent a message to the summit.",
        # the future is the main clause's own, after the aside
        "Ugandan President Grace Nakato, who chairs the union, will take part in the next summit.",
    ],
    ids=["absent-in-aside", "future-main-clause"],
)
def test_absences_and_futures_of_the_act_still_keep_a_person_out(sentence: str) -> None:
    assert ("Grace Nakato", "UGA") not in meeting_people(_OPENING + sentence + "\n")


def test_the_one_a_stand_in_speaks_for_is_not_there() -> None:
    text = (
        _OPENING
        + "Ugandan Foreign Minister Grace Nakato addressed the summit on behalf of President Asha Mwinyi.\n"
    )
    assert not any(person == "Asha Mwinyi" for person, _ in meeting_people(text))


def test_own_time_cuts_the_relative_clause_after_the_act_only() -> None:
    clause = "The chair passed to Grace Nakato, who will hold it until the next summit"
    assert "will" not in own_time(clause, clause.index("passed") + 6)
    # before the act, a relative clause closed by a comma goes, the main clause's words stay
    assert "will" in own_time("Grace Nakato, who chairs the union, will attend")
    assert "next" not in own_time("Grace Nakato, who hosts the next summit, attended")


# -- (2) a person named again by surname alone, as the subject of an act at the sitting --------------------------


@pytest.mark.parametrize(
    "later",
    [
        "Nakato told the leaders that the region needed peace.",
        "During the summit Nakato handed the chairmanship to Tanzania's President Asha Mwinyi.",
        "At the close of the session, Nakato thanked the delegates.",
        "Mwinyi and Nakato addressed the summit.",
    ],
    ids=["told", "handed", "thanked", "coordinated"],
)
def test_a_titled_person_named_again_by_surname_attended(later: str) -> None:
    text = (
        _OPENING
        + "Ugandan President Grace Nakato is serving a second term at home. "
        + "Tanzania's President Asha Mwinyi is new in office.\n\n"
        + later
        + "\n"
    )
    assert ("Grace Nakato", "UGA") in meeting_people(text)


@pytest.mark.parametrize(
    "later",
    [
        # the surname as an object, or inside what someone else said
        "The leaders took up the matter with Nakato.",
        "In Kampala the opposition said Nakato told the leaders nothing.",
        # another time, a future, an absence
        "After the summit, Nakato told reporters it had gone well.",
        "Nakato will host the next summit.",
        "Nakato did not attend and sent a message.",
        # a longer name, someone of the person's
        "Nakato Obura told the leaders that the region needed peace.",
        "Nakato's envoy told the leaders that the region needed peace.",
        # the act of the sitting is another's, told in a relative clause: the surname's own verb is none
        "Nakato has long championed the charter, which the leaders signed at the summit.",
        "Nakato also had the support of the host, who repeated it in his opening speech.",
    ],
    ids=[
        "object",
        "reported",
        "after",
        "future",
        "absent",
        "longer-name",
        "possessive",
        "relative-act",
        "relative-speech",
    ],
)
def test_a_surname_that_puts_no_one_at_the_sitting(later: str) -> None:
    text = _OPENING + "Ugandan President Grace Nakato is serving a second term at home.\n\n" + later + "\n"
    assert ("Grace Nakato", "UGA") not in meeting_people(text)


def test_a_surname_two_titled_persons_share_reads_neither() -> None:
    text = (
        _OPENING
        + "Ugandan President Grace Nakato is serving a second term. Kenyan Foreign Minister Paul Nakato is new.\n\n"
        + "Nakato told the leaders that the region needed peace.\n"
    )
    people = meeting_people(text)
    assert ("Grace Nakato", "UGA") not in people and ("Paul Nakato", "KEN") not in people


def test_surname_mentions_reads_the_subject_only() -> None:
    person = Person("Grace Nakato", "Grace Nakato", False, (), "President", "UGA")
    titled = {"Nakato": person}
    assert [m.start for m in surname_mentions("Nakato told the leaders", titled)] == [0]
    assert surname_mentions("The leaders thanked Nakato", titled) == []
    clause = "On Friday, Nakato addressed the summit"
    (mention,) = surname_mentions(clause, titled)
    assert took_part(clause, Mention(mention.start, mention.end, person))


def test_a_list_of_the_states_persons_gives_their_surnames() -> None:
    text = (
        _OPENING
        + "The charter was signed by the presidents of the members: Grace Nakato of Uganda, Asha Mwinyi of "
        "Tanzania and Jean Habimana of Rwanda.\n\n"
        + "At the close of the summit, Habimana handed the chairmanship to Uganda.\n"
    )
    assert ("Jean Habimana", "RWA") in meeting_people(text)


@pytest.mark.parametrize(
    "earlier",
    [
        "The new head succeeds Director-General Jean Habimana of Rwanda, in office since 2015.",
        "The union's former Secretaries General were Jean Habimana of Rwanda and Asha Mwinyi of Tanzania.",
    ],
    ids=["one-official", "officials-listed"],
)
def test_an_organizations_official_named_by_surname_speaks_for_no_state(earlier: str) -> None:
    text = _OPENING + earlier + "\n\nIn his farewell address to the summit, Habimana thanked the delegates.\n"
    assert ("Jean Habimana", "RWA") not in meeting_people(text)
