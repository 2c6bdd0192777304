"""Decisions of ``igo extract`` (twenty-third-session fixer dec26): a head of state or government elected to the
organization's chair, told in the wordings news pages use ("has been re-elected chairman of the bloc XYZ",
"elected Acting President X as the new chairman of the Council of XYZ Heads of State", "decided to confirm
Y's President X as Chairman", "ended with the election of President X of Y, as its new Chairman"): the chair
passes to that state (``PresidencyHandedOver``), the state told in the clause, elsewhere in the text, or known
to the store. Every sentence is invented for the test (facts may be real): no sentence of a real page or of a
held-out set."""

from __future__ import annotations

from typing import Any

import pytest

from igo_timeline.extract import extract

HEAD = "ACCRA, 12 March 2010 - The leaders of the organization met in Accra on Friday.\n\n"


def _events(text: str, org: str, kind: str) -> list[dict[str, Any]]:
    return [
        c.event
        for c in extract(HEAD + text, org, "t", published="2010-03-12")
        if c.type == kind and c.record == "event"
    ]


@pytest.mark.parametrize(
    ("org", "text", "state"),
    [
        # a lowercase chair right after the participle, the organization by its initials
        ("ecowas", "President Amadou Kone of Mali was elected chairman of ECOWAS at the summit.", "MLI"),
        # the organization told by its kind and its initials after the capitalized words
        (
            "ecowas",
            "President Amadou Kone of Mali has been re-elected chairman of the Western regional bloc "
            "ECOWAS at a summit in Accra.",
            "MLI",
        ),
        # "as the new chairman of the Council of XYZ Heads of State", the state after the name
        (
            "cis",
            "The presidents also elected President Nurlan Abenov of Kazakhstan as the new chairman of the "
            "Council of CIS Heads of State.",
            "KAZ",
        ),
        # an acting head of state, the state told in another sentence of the text
        (
            "cis",
            "The presidents also elected Acting President Nurlan Abenov as the new chairman of the Council of "
            "CIS Heads of State. Earlier in the day Kazakh President Nurlan Abenov had met the host.",
            "KAZ",
        ),
        # a head of state the store knows, no state told in the text
        (
            "cis",
            "The presidents also elected Acting President Vladimir Putin to serve as the new chairman of the "
            "Council of CIS Heads of State.",
            "RUS",
        ),
        # "decided to confirm": the infinitive of the act after a decision
        (
            "cis",
            "The leaders decided to confirm Kazakhstan's President Nurlan Abenov as Chairman of the Council of "
            "Heads of State.",
            "KAZ",
        ),
        # the election told as a noun at the close of the summit
        (
            "ecowas",
            "The summit of ECOWAS ended in Accra on Friday with the election of President Amadou Kone of Mali, "
            "as its new Chairman.",
            "MLI",
        ),
        # the head's title in capitals, the state told later with the same name
        (
            "au",
            "PRESIDENT Amadou Kone has been elected chairman of the African Union at the summit. Malian "
            "President Amadou Kone thanked his peers.",
            "MLI",
        ),
    ],
)
def test_head_of_state_elected_to_the_chair(org: str, text: str, state: str) -> None:
    got = _events(text, org, "PresidencyHandedOver")
    assert [e["to_party"] for e in got] == [state]
    assert got[0]["effective"] == "2010-03-12"
    assert not _events(text, org, "OfficialAppointed")


@pytest.mark.parametrize(
    ("org", "text"),
    [
        # a head of state whose state is told nowhere: no state's turn, and no official's appointment either
        ("au", "PRESIDENT Amadou Kone has been elected chairman of the African Union at the summit."),
        # a former head of state is no state's turn
        ("au", "Former President Amadou Kone of Mali was elected chairman of the Peace Fund's board."),
    ],
)
def test_no_presidency_without_a_sitting_head_and_state(org: str, text: str) -> None:
    assert not _events(text, org, "PresidencyHandedOver")
    assert not [e for e in _events(text, org, "OfficialAppointed") if e.get("office") == "chairman"]


@pytest.mark.parametrize(
    ("text", "office"),
    [
        # a lowercase chair of another body, given to someone who heads no state: an official's appointment
        ("The Assembly elected Amadou Kone as chairman of the Peace Fund.", "peace-fund-chairman"),
        ("Amadou Kone, a Malian banker, was elected chairman of the Board of the Peace Fund.",
         "board-of-the-peace-fund-chairman"),
    ],
)  # fmt: skip
def test_lowercase_chair_of_a_body_is_an_appointment(text: str, office: str) -> None:
    assert [e["office"] for e in _events(text, "au", "OfficialAppointed")] == [office]
    assert not _events(text, "au", "PresidencyHandedOver")


@pytest.mark.parametrize(
    "text",
    [
        # "confirm" not after "to": a report's verb, no act
        "Officials confirm Amadou Kone will attend as chairman of the Peace Fund.",
        # a body the organization's initials only begin: not the organization's own chair
        "Kazakh Deputy Prime Minister Nurlan Abenov was named chairman of the XYZ interstate commission for "
        "transport.",
        # the election of someone as a member, no office after "as"
        "The meeting closed after the election of new members of the Peace Fund.",
    ],
)
def test_no_act_read(text: str) -> None:
    assert not _events(text, "au", "PresidencyHandedOver")
    assert not _events(text, "au", "OfficialAppointed")
