"""Presence implied by the text (helper `pres16`, issue 14): a titled person who is the subject of what was said or
done to the sitting ("voiced concern", "reported that", "described the launch as", "supported the step in her
address") is at the sitting the text reports; a reaction to its outcome ("hailed the outcome", "welcomed the
decision"), words told to reporters or in an interview, a day of its own or the speaker's own absence in what was
said put no one there. The organization's own officials are read the same way. Every sentence is invented
(invented persons; the states are real only where the party is what is tested): no sentence of a real text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from igo_timeline.extract import extract
from igo_timeline.extract.mentions import spoke_there, titled_mentions
from tests.conftest import first_meeting, meeting_people

_OPENING = (
    "The 12th summit of the Lake Union was held in Kisumu, Kenya, on 4 June 2022, the heads of state of the "
    "member states taking part.\n\n"
)


def _people(sentence: str) -> set[tuple[str, str | None]]:
    return meeting_people(_OPENING + sentence + "\n")


# -- a state's leader or minister as the subject of a verb of speaking to the sitting ----------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Ugandan President Grace Nakato voiced concern over the drought in the north.",
        "Uganda's President Grace Nakato described the new fund as a turning point for the region.",
        "President Grace Nakato of Uganda, whose country chairs the Union, stressed that the fund must serve "
        "every member.",
        "Ugandan President Grace Nakato backed the new fund in her address, saying she hoped it would be running "
        "soon.",
        "Ugandan Foreign Minister Grace Nakato said the leaders had approved the budget.",
        "Ugandan President Grace Nakato also thanked Kenya for its year at the helm.",
    ],
    ids=["voiced", "described", "apposition-stressed", "future-in-what-was-said", "said-content", "thanked"],
)
def test_a_leader_who_spoke_at_the_sitting_attended(sentence: str) -> None:
    assert ("Grace Nakato", "UGA") in _people(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a reaction to the outcome: anyone anywhere reacts so
        "Ugandan President Grace Nakato hailed the outcome as a victory for the region.",
        "Ugandan President Grace Nakato said Kampala regretted the decision but would respect it.",
        # another occasion named next to the verb
        "Ugandan President Grace Nakato told reporters in Kampala that the fund was a good idea.",
        "Ugandan President Grace Nakato said in an interview that the fund was a good idea.",
        # a day of its own, the speaker's own absence, a future
        "In March, Ugandan President Grace Nakato announced that Kampala would back the fund.",
        "Ugandan President Grace Nakato announced that she would not attend the summit.",
        "Ugandan President Grace Nakato will present the report to the next summit.",
        "Ugandan President Grace Nakato announced that Uganda would take part in the next session.",
        # the person is no subject: the object of a speech verb
        "The leaders thanked Ugandan President Grace Nakato for her work.",
    ],
    ids=[
        "hailed-outcome",
        "regretted-decision",
        "reporters",
        "interview",
        "month",
        "absence",
        "future",
        "future-in-what-was-said",
        "object",
    ],
)
def test_a_leader_who_reacted_elsewhere_did_not_attend(sentence: str) -> None:
    assert "Grace Nakato" not in {name for name, _ in _people(sentence)}


def test_the_speech_verb_must_follow_its_subject() -> None:
    sentence = "The host welcomed Ugandan President Grace Nakato, and the leaders discussed the fund."
    mentions = titled_mentions(sentence, "xyz")
    assert mentions and not any(spoke_there(sentence, m.start, m.end) for m in mentions)


# -- the organization's own officials, the same reading ----------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Secretary General Amani Odhiambo reported that trade between the members had grown.",
        "Executive Secretary Amani Odhiambo paid tribute to the outgoing chair.",
        "The Union's Director-General, Amani Odhiambo, called on the members to pay their dues.",
    ],
    ids=["reported", "paid-tribute", "called-on"],
)
def test_an_official_who_spoke_at_the_sitting_attended(sentence: str) -> None:
    names = {
        p["person"]: p.get("party") for p in first_meeting(_OPENING + sentence + "\n").get("participants", [])
    }
    assert "Amani Odhiambo" in names and names["Amani Odhiambo"] is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Secretary General Amani Odhiambo told journalists after the summit that trade had grown.",
        "Secretary General Amani Odhiambo welcomed the decision in a statement issued in Nairobi.",
    ],
    ids=["journalists", "statement"],
)
def test_an_official_who_spoke_elsewhere_did_not_attend(sentence: str) -> None:
    names = {p["person"] for p in first_meeting(_OPENING + sentence + "\n").get("participants", [])}
    assert "Amani Odhiambo" not in names


# -- laws: never raises, every quote is the text's own words -----------------------------------------------------

_WORDS = st.sampled_from(
    [
        "Ugandan",
        "President",
        "Grace",
        "Nakato",
        "said",
        "told",
        "reporters",
        "the",
        "decision",
        "outcome",
        ",",
        "that",
        "summit",
        "Secretary",
        "General",
        "reported",
        "would",
        "not",
        "attend",
        "in",
        "March",
        "also",
        ".",
    ]
)


@settings(max_examples=40, deadline=None)
@given(st.lists(_WORDS, min_size=1, max_size=25))
def test_spoke_there_never_raises_and_quotes_hold(words: list[str]) -> None:
    sentence = " ".join(words)
    for m in titled_mentions(sentence, "xyz"):
        assert isinstance(spoke_there(sentence, m.start, m.end), bool)
    text = _OPENING + sentence + "\n"
    for c in extract(text, "xyz", "t"):
        for src in [c.event.get("source") or {}, *c.event.get("more_sources", [])]:
            if "start" in src:
                assert text[src["start"] : src["end"]] == src["quote"]


# -- two parallel lists, states then persons, read in order ------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Chile and Peru were represented by their vice presidents, Daniel Soto and Federico Lima.",
        "Chile and Peru sent their deputy foreign ministers, Daniel Soto and Federico Lima.",
        "Chile and Peru were represented by Daniel Soto and Federico Lima, respectively.",
        "Chile and Peru were represented by their Ministers of Trade, Daniel Soto and Federico Lima, respectively.",
    ],
    ids=["their-plural-title", "sent-their", "respectively", "title-and-respectively"],
)
def test_parallel_lists_pair_each_person_with_the_state_in_the_same_place(sentence: str) -> None:
    people = _people(sentence)
    assert {("Daniel Soto", "CHL"), ("Federico Lima", "PER")} <= people
    assert ("Daniel Soto", "PER") not in people and ("Federico Lima", None) not in people


def test_three_parallel_states_and_a_state_of_several_words() -> None:
    sentence = (
        "Trinidad and Tobago, Chile and Peru were represented by their foreign ministers, Ana Rojas, "
        "Daniel Soto and Federico Lima."
    )
    assert {("Ana Rojas", "TTO"), ("Daniel Soto", "CHL"), ("Federico Lima", "PER")} <= _people(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a future: a preview of who will come
        "Chile and Peru will be represented by Daniel Soto and Federico Lima, respectively.",
        # lists of unequal length: no order to read
        "Chile, Peru and Bolivia were represented by their vice presidents, Daniel Soto and Federico Lima.",
        # neither a plural title nor "respectively": nothing says the order is the states'
        "Chile and Peru were represented by Daniel Soto and Federico Lima.",
    ],
    ids=["future", "unequal", "no-order"],
)
def test_parallel_lists_without_an_order_or_in_the_future_pair_nobody(sentence: str) -> None:
    from igo_timeline.extract.mentions import parallel_pairs

    assert parallel_pairs(sentence, "xyz") == []
