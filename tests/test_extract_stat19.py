"""Statuses and chairs of ``igo extract`` (seventeenth-session fixer stat19, issue 14), written from the genre as
many organizations word it, not from one text: a bureau elected "respectively" (only the person at the bare
chair's place takes the chair; a deputy, vice or incoming chair or a rapporteur never does); a state's own
announcement that it will leave an organization (the announcement is its notice, in whatever tense the leaving is
told; a threat, a hedge, a condition or a denial is none); an admission told by its noun with the status taken
("the admittance of X as the newest member of the ORG"; not when talked of, backed or to come); a suspension
"pending the restoration of democracy" (how long it lasts, not a condition); a chair to come decided with its year
("will exercise the function of the Chairmanship in the year 2031", "will take up the chairmanship in 2031"); a
chair taken months before the meeting, told in its own clause with its full day ("assumed the presidency on
Jan. 1, 2031"); an apposition between a new member and its verb names no member ("X, one of Y's
neighbours, has become a full member"); no grant from a procedure's completion under discussion, an earlier
meeting's admission ("that summit also admitted X") or "fellow member states"; a chair held "since last
September" is no handover. Every sentence is
invented (invented persons and organizations; the states are real only where the party is what is tested): no
sentence of a real text or of a held-out set."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from igo_timeline.extract import extract
from igo_timeline.extract.chairs import respective_chair

_OPENING = (
    "The 20th ordinary summit of the Heads of State and Government of the Lake Union was held in Kisumu, Kenya, "
    "on 4 and 5 June 2022.\n\n"
)


def _chairs(sentence: str, org: str = "lu") -> list[tuple[str, str | None]]:
    text = _OPENING + sentence + "\n"
    return [
        (c.event["to_party"], c.event.get("chair"))
        for c in extract(text, org, "t")
        if c.type == "PresidencyHandedOver" and c.record == "event"
    ]


# -- a bureau elected "respectively": the chair is the person at the chair's place ---------------------------


@pytest.mark.parametrize(
    ("sentence", "chair"),
    [
        (
            "The Summit elected H.E. Grace Nakato, President of the Republic of Uganda, and H.E. Amani Wekesa, "
            "President of the United Republic of Tanzania as Chairperson and Deputy Chairperson of the Union's "
            "Organ on Peace and Security, respectively.",
            ("UGA", "organ"),
        ),
        (
            "Leaders also elected His Excellency Amani Wekesa President of the United Republic of Tanzania, and "
            "the Right Honourable Tomas Aleko, Prime Minister of the Kingdom of Lesotho as Chair and Vice-Chair "
            "of the Lake Union respectively.",
            ("TZA", None),
        ),
        (
            "The heads of state elected President Grace Nakato of Uganda, President Amani Wekesa of Tanzania and "
            "President Omar Said of Djibouti as Chairman, First Vice-Chairman and Rapporteur, respectively.",
            ("UGA", None),
        ),
    ],
    ids=["organ-of-the-union", "no-comma-apposition", "three-offices"],
)
def test_a_bureau_elected_respectively_gives_the_chair_to_the_first_person(
    sentence: str, chair: tuple[str, str | None]
) -> None:
    found = _chairs(sentence)
    assert chair in found
    assert {party for party, _ in found} == {chair[0]}  # the deputy, the vice-chair, the rapporteur: no chair


@pytest.mark.parametrize(
    "sentence",
    [
        # persons and offices do not pair up: no chair is read from a list read wrong
        "The Summit elected H.E. Grace Nakato, President of the Republic of Uganda, H.E. Amani Wekesa, President "
        "of the United Republic of Tanzania, and H.E. Omar Said, President of Djibouti as Chairperson and Deputy "
        "Chairperson, respectively.",
        # only deputies elected
        "The Summit elected H.E. Grace Nakato, President of the Republic of Uganda, and H.E. Amani Wekesa, "
        "President of the United Republic of Tanzania as First Vice-Chairperson and Second Vice-Chairperson, "
        "respectively.",
    ],
    ids=["three-persons-two-offices", "deputies-only"],
)
def test_a_list_that_does_not_pair_gives_no_chair(sentence: str) -> None:
    assert _chairs(sentence) == []


def test_a_deputy_vice_president_is_not_read_as_a_president_of_his_state() -> None:
    sentence = (
        "The Summit elected H.E. Grace Nakato, President of the Republic of Uganda, and H.E. Amani Wekesa, "
        "Vice President of the United Republic of Tanzania as Chairperson and Deputy Chairperson, respectively."
    )
    assert _chairs(sentence) == [("UGA", None)]


def test_respective_chair_reads_the_list_only_when_it_closes_with_respectively() -> None:
    words = "H.E. Grace Nakato, President of Uganda, and H.E. Amani Wekesa, President of Tanzania"
    text = f"The Summit elected {words} as Chairperson and Deputy Chairperson of the Organ, respectively."
    o_end = text.index(" and Deputy")
    assert respective_chair(text, words, o_end) == ("H.E. Grace Nakato, President of Uganda", "the Organ")
    plain = f"The Summit elected {words} as Chairperson and Deputy Chairperson of the Organ."
    assert respective_chair(plain, words, o_end) is None


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("abcAB ,.-andrespectivelyChairDeputy")), max_size=120))
def test_respective_chair_never_raises_and_returns_a_part_of_the_words(noise: str) -> None:
    words = "H.E. Grace Nakato, President of Uganda, and H.E. Amani Wekesa, President of Tanzania"
    text = f"elected {words} as Chairperson{noise}"
    got: Any = respective_chair(text, words, len(f"elected {words} as Chairperson"))
    assert got is None or words.startswith(got[0])


# -- a state's own announcement that it will leave: the notice -------------------------------------------------

_HEADLINE = "Ruritania and the Health Body\n\n"


def _withdrawals(sentence: str) -> list[tuple[str, str]]:
    text = _HEADLINE + sentence + "\n"
    return [
        (c.event["party"], c.event["effective"])
        for c in extract(text, "who", "t", published="2025-02-06")
        if c.type == "WithdrawalNotified" and c.record == "event"
    ]


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("Buenos Aires, February 6: Argentina has announced it will leave the World Health Organization (WHO).",
         "2025-02-06"),
        ("Buenos Aires, February 6: Argentina's government announced that it would quit the World Health "
         "Organization, citing deep differences over its handling of the pandemic.", "2025-02-06"),
        ("Buenos Aires, February 6: Argentina is to leave the World Health Organization next month, its health "
         "minister announced on Monday.", "2025-02-03"),
        ("Buenos Aires, February 6: Argentina declared that it will withdraw from the World Health Organization.",
         "2025-02-06"),
    ],
    ids=["announced-it-will", "announced-that-it-would", "is-to-then-announced", "declared-that-it-will"],
)  # fmt: skip
def test_a_state_announcing_it_will_leave_gives_notice(sentence: str, day: str) -> None:
    assert _withdrawals(sentence) == [("ARG", day)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Buenos Aires, February 6: Argentina said on Thursday it would not leave the World Health Organization.",
        "Buenos Aires, February 6: Argentina's minister said it could leave the World Health Organization.",
        "Buenos Aires, February 6: Argentina's president has threatened that it will leave the World Health "
        "Organization.",
        "Buenos Aires, February 6: Argentina announced it would leave the World Health Organization unless the "
        "rules change.",
        "Buenos Aires, February 6: Argentina said it would leave the World Health Organization within a year.",
        "Buenos Aires, February 6: The minister denied reports that Argentina will leave the World Health "
        "Organization.",
        "Buenos Aires, February 6: Argentina will leave the World Health Organization if funding is cut, the "
        "minister said.",
    ],
    ids=["negated", "could", "threatened", "unless", "said-it-would", "denied", "if"],
)
def test_a_leaving_hedged_threatened_or_denied_is_no_notice(sentence: str) -> None:
    assert _withdrawals(sentence) == []


# -- an admission told by its noun, with the status taken ---------------------------------------------------------


def _grants(sentence: str) -> list[tuple[str, str]]:
    text = "Lagoon news\n\n" + sentence + "\n"
    return sorted(
        (c.event["party"], c.event["status"])
        for c in extract(text, "pif", "t")
        if c.type == "StatusGranted" and c.record == "event"
    )


@pytest.mark.parametrize(
    ("sentence", "grants"),
    [
        ("Apia, 9 September 2031: The main outcome was the admittance of Tonga and Fiji as the newest members of "
         "the Pacific Islands Forum.", [("FJI", "member"), ("TON", "member")]),
        ("Apia, 9 September 2031: The leaders' retreat opened with the admission of Tonga as its newest member.",
         [("TON", "member")]),
        ("Apia, 9 September 2031: Leaders celebrated the inclusion of Tonga as the Forum's 19th member.",
         [("TON", "member")]),
        ("Apia, 9 September 2031: The meeting also saw the admittance of Fiji as an associate member of the "
         "Pacific Islands Forum.", [("FJI", "associate_member")]),
    ],
    ids=["admittance-two-states", "admission-its", "inclusion-possessive", "associate"],
)  # fmt: skip
def test_an_admission_told_by_its_noun_grants_the_status(
    sentence: str, grants: list[tuple[str, str]]
) -> None:
    assert _grants(sentence) == grants


@pytest.mark.parametrize(
    "sentence",
    [
        "Apia, 9 September 2031: The leaders discussed the admission of Tonga as a full member of the Pacific "
        "Islands Forum.",
        "Apia, 9 September 2031: Fiji backed the admittance of Tonga as the newest member of the Pacific Islands "
        "Forum.",
        "Apia, 9 September 2031: The admission of Tonga as a member of the Pacific Islands Forum is expected next "
        "year.",
        "Apia, 9 September 2031: The admittance of Tonga as an observer of the Alpine Forum was the other news.",
    ],
    ids=["discussed", "backed", "expected", "another-organization"],
)
def test_an_admission_talked_of_backed_or_to_come_grants_nothing(sentence: str) -> None:
    assert _grants(sentence) == []


# -- a suspension and how long it lasts ----------------------------------------------------------------------------


def _suspended(sentence: str, org: str = "commonwealth") -> list[str]:
    text = "Bloc news\n\n" + sentence + "\n"
    return [
        c.event["party"]
        for c in extract(text, org, "t")
        if c.type == "ConditionImposed" and c.record == "event"
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "London, 18 September 2031: The Ministers decided to partially suspend Gabon from the Commonwealth pending "
        "the restoration of democracy.",
        "London, 18 September 2031: The Group suspended Gabon from the Councils of the Commonwealth pending the "
        "full and effective restoration of constitutional order.",
        "London, 18 September 2031: The Ministers suspended Gabon from the Commonwealth until the return of "
        "civilian rule.",
        "London, 18 September 2031: Gabon suspended from the Commonwealth after the coup, the ministers' "
        "statement said.",
        "London, 18 September 2031: In accordance with the Lomond Commonwealth Action Programme, "
        "the Ministers decided to suspend Gabon from the Commonwealth.",
    ],
    ids=[
        "partially-pending",
        "pending-full-and-effective",
        "until-the-return",
        "headline-participle",
        "legal-basis",
    ],
)
def test_a_suspension_with_its_duration_is_imposed(sentence: str) -> None:
    assert _suspended(sentence) == ["GAB"]


@pytest.mark.parametrize(
    "sentence",
    [
        "London, 18 September 2031: Gabon faces suspension from the Commonwealth pending the restoration of "
        "democracy.",
        "London, 18 September 2031: The Ministers will suspend Gabon from the Commonwealth unless democracy is "
        "restored.",
        "London, 18 September 2031: The talks with Gabon were suspended from Monday.",
        "London, 18 September 2031: Gabon and Fiji, suspended from the Commonwealth since their coups, were absent.",
    ],
    ids=["faces", "unless", "talks-suspended", "apposition-since"],
)
def test_a_suspension_threatened_or_of_something_else_is_none(sentence: str) -> None:
    assert _suspended(sentence) == []


# -- a chair to come, decided with its year ----------------------------------------------------------------------


def _chair_years(sentence: str) -> list[tuple[str, str]]:
    text = "Zone news\n\n" + sentence + "\n"
    return [
        (c.event["to_party"], c.event["effective"])
        for c in extract(text, "osce", "t")
        if c.type == "PresidencyHandedOver" and c.record == "event"
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Vienna, 3 December 2028: The Ministerial Council decides that Finland will exercise the function of the "
        "Chairmanship in the year 2031.",
        "Vienna, 3 December 2028: The ministers agreed that Finland will take up the chairmanship of the OSCE in "
        "2031.",
        "Vienna, 3 December 2028: It was decided that Finland will take on the Chairmanship in 2031.",
    ],
    ids=["exercise-the-function", "take-up", "take-on"],
)
def test_a_chair_to_come_decided_with_its_year(sentence: str) -> None:
    assert _chair_years(sentence) == [("FIN", "2031")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Vienna, 3 December 2028: The ministers noted that Finland would take on the Chairmanship in 2031 if "
        "elected.",
        "Vienna, 3 December 2028: Finland exercised the function of the Chairmanship in the year 2025.",
    ],
    ids=["would-if", "past"],
)
def test_a_chair_hoped_for_or_held_before_is_no_handover(sentence: str) -> None:
    assert _chair_years(sentence) == []


# -- a chair taken before the meeting, told with its full day in its own clause ------------------------------------


def _handovers(text: str) -> list[dict[str, Any]]:
    return [
        {k: c.event.get(k) for k in ("to_party", "effective", "decided_on")}
        for c in extract(text, "brics", "t")
        if c.type == "PresidencyHandedOver" and c.record == "event"
    ]


_MET = "Bloc news\n\nPretoria, June 1, 2031: The foreign ministers met in Pretoria on Thursday. "


@pytest.mark.parametrize(
    "sentence",
    [
        "South Africa assumed the rotating presidency of the bloc on Jan. 1, 2031, taking over from China.",
        "South Africa took over the chairmanship of BRICS on January 1, 2031.",
    ],
    ids=["abbreviated-month", "full-month"],
)
def test_a_chair_taken_months_before_with_its_full_day_is_an_event(sentence: str) -> None:
    assert _handovers(_MET + sentence) == [{"to_party": "ZAF", "effective": "2031-01-01", "decided_on": None}]


def test_a_chair_taken_months_before_told_in_passing_is_history() -> None:
    text = _MET + "China, which took over the chairmanship on Jan. 1, is ready to help."
    assert _handovers(text) == []


# -- an apposition between the new member and its verb ---------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "members"),
    [
        ("Iran, a western neighbour of India, has now become a full member of the Shanghai "
         "Cooperation Organization.", ["IRN"]),
        ("Iran, a neighbour of Pakistan, became a full member of the Shanghai Cooperation Organization.", ["IRN"]),
        ("India, Pakistan and Iran became full members of the Shanghai Cooperation Organization.",
         ["IND", "IRN", "PAK"]),
    ],
    ids=["one-of", "a-neighbour-of", "a-plain-list"],
)  # fmt: skip
def test_an_apposition_names_no_new_member(sentence: str, members: list[str]) -> None:
    text = "Bloc news\n\nNew Delhi, July 4, 2031: " + sentence + "\n"
    found = sorted(
        {
            c.event["party"]
            for c in extract(text, "sco", "t")
            if c.type == "StatusGranted" and c.record == "event"
        }
    )
    assert found == members


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministers discussed the draft declaration and decisions on completing the procedure for admitting "
        "Iran into the Shanghai Cooperation Organization.",
        "The first summit was held in 2002; that summit also admitted Iran and Belarus.",
        "The Iranian envoy thanked fellow member states and said the organization had become more open since the "
        "crisis in Libya.",
        "The ministers welcomed Iran's plan for a new fund and urged member states to support it.",
        "The ministers welcomed the presence of two members on the Security Council, with India and Iran serving "
        "as members for the 2030-2031 term.",
    ],
    ids=["procedure-discussed", "that-summit", "fellow-member-states", "urged-member-states", "serving-as"],
)
def test_no_grant_from_talk_history_or_the_members_as_a_group(sentence: str) -> None:
    text = "Bloc news\n\nAstana, April 21, 2031: The foreign ministers met on Friday. " + sentence + "\n"
    assert [c.event["party"] for c in extract(text, "sco", "t") if c.type == "StatusGranted"] == []


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Armenia has been in the chair since last September and will host the summit in October.", []),
        ("Armenia has held the chairmanship of the bloc since January.", []),
        ("Armenia assumed the rotating chairmanship of the bloc on Monday.", [("ARM", "2031-07-07")]),
        ("President Ivo Petrosyan of Georgia, who had led the bloc since October 2029, passed the chairmanship to "
         "Armenia on Monday.", [("ARM", "2031-07-07")]),
    ],
    ids=["since-last-september", "held-since-january", "assumed-on-monday", "since-in-the-giver-s-clause"],
)  # fmt: skip
def test_a_chair_held_since_an_earlier_time_is_no_handover(
    sentence: str, found: list[tuple[str, str]]
) -> None:
    text = (
        "Bloc news\n\nYerevan, 7 July 2031: The foreign ministers met in Yerevan on Monday. "
        + sentence
        + "\n"
    )
    got = [
        (c.event["to_party"], c.event["effective"])
        for c in extract(text, "csto", "t")
        if c.type == "PresidencyHandedOver" and c.record == "event"
    ]
    assert got == found
