"""What a report tells that is no decision of the organization (fixer neg8, issue 14).

Every sentence here is invented (organizations, persons and wordings); states and capitals are real. Each
class has at least three wordings and a real decision beside them that must stay found.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from igo_timeline.extract import extract
from igo_timeline.extract.procedure import body_chair

HEAD = (
    "WINDHOEK, 12 March 2024 -- The Summit of the Boreal Lakes Forum (BLF) was held in Windhoek on "
    "12 March 2024. "
)


def events(sentences: str, org: str = "blf") -> list[dict]:
    return [
        c.event
        for c in extract(HEAD + sentences, org, "t")
        if c.record == "event" and c.type != "MeetingHeld"
    ]


def kinds(sentences: str) -> list[tuple[str, str | None]]:
    return [(e["type"], e.get("party") or e.get("to_party") or e.get("person")) for e in events(sentences)]


NOT_TAKEN = [
    "The leaders did not grant observer status to Peru.",
    "The summit deferred consideration of Chile's request for observer status to its next session.",
    "The heads of state postponed their decision on the suspension of Mali.",
    "The Summit declined to lift the suspension of Guinea.",
    "The ministers refrained from suspending Niger despite the coup.",
    "A ruling on the admission of Nepal was put off until the next summit.",
    "The leaders have yet to decide on the application of Fiji for membership.",
]


@pytest.mark.parametrize("sentence", NOT_TAKEN)
def test_a_decision_not_taken_is_none(sentence: str) -> None:
    assert kinds(sentence) == []


SAYS_IT_WILL = [
    "Ghana said it would leave the BLF within a year.",
    "Togo announced that it intends to resume its participation in the BLF's activities.",
    "Benin declared its intention to quit the BLF by the end of 2025.",
    "Officials in Gabon indicated that the country is to rejoin the BLF next year.",
    "Chad signalled its readiness to return to the BLF once elections are held.",
]


@pytest.mark.parametrize("sentence", SAYS_IT_WILL)
def test_a_state_telling_what_it_will_do_is_no_lift_or_withdrawal(sentence: str) -> None:
    assert kinds(sentence) == []


def test_a_notice_of_withdrawal_stays() -> None:
    assert kinds("The government of Ghana announced its withdrawal from the BLF.") == [
        ("WithdrawalNotified", "GHA")
    ]


OTHER_ORG = [
    "The UN Security Council suspended Mali after the coup.",
    "The European Commission granted Albania candidate status for EU membership.",
    "The leaders welcomed the decision of the African Union to readmit Sudan.",
    "Last week the United Nations Security Council lifted the sanctions on Eritrea.",
    "Maro Teneli was appointed Director-General of the World Health Organization in 2022.",
]


@pytest.mark.parametrize("sentence", OTHER_ORG)
def test_another_organizations_act_is_not_this_ones(sentence: str) -> None:
    assert kinds(sentence) == []


def test_the_organizations_own_organ_acts_for_it() -> None:
    # the act of the organization's own organ, and an organization that is itself the party, stay
    found = kinds("The Union's Council of Ministers suspended Mali with immediate effect.")
    assert found == [("ConditionImposed", "MLI")]


QUOTED = [
    '"We have decided to admit Chile as a full member," said Tarno Belveli.',
    "“Bolivia is now part of our family,” Anika Surel declared at the closing ceremony.",
    'Seru Vanta said: "The suspension of Guinea will be lifted soon."',
    '"I hand over the chairmanship of this organisation to Kenya," said Lomi Dasse.',
]


@pytest.mark.parametrize("sentence", QUOTED)
def test_words_inside_a_quotation_are_no_decision(sentence: str) -> None:
    assert kinds(sentence) == []


CONDITIONAL = [
    "Niger stands to be suspended from the BLF in the event of another coup.",
    "Unless constitutional order is restored by June, Mali faces suspension from the BLF.",
    "Provided the reforms are completed, Fiji could join the BLF as a full member in 2026.",
    "If the junta fails to hand over power, Guinea would be suspended from the BLF.",
]


@pytest.mark.parametrize("sentence", CONDITIONAL)
def test_what_would_follow_on_a_condition_is_none(sentence: str) -> None:
    assert kinds(sentence) == []


BODY_CHAIR = [
    ("Zambia assumed the chairmanship of the Organ on Politics, Defence and Security Cooperation.", "organ"),
    ("Kenya took over the chair of the Peace and Security Council for the month of April.", None),
    ("Ireland will chair the Standing Committee on Trade for the next two years.", None),
    ("Tonga took over from Samoa as chair of the Council of Ministers.", None),
]


@pytest.mark.parametrize(("sentence", "chair"), BODY_CHAIR)
def test_a_bodys_chair_is_not_the_presidency(sentence: str, chair: str | None) -> None:
    for e in events(sentence):
        assert e["type"] != "PresidencyHandedOver" or e.get("chair") not in (None, "presidency")
    if chair:
        assert [e.get("chair") for e in events(sentence) if e["type"] == "PresidencyHandedOver"] in (
            [],
            [chair],
        )


def test_the_organizations_own_chair_stays_the_presidency() -> None:
    for sentence in (
        "Namibia handed over the rotating chairmanship of the BLF to Angola.",
        "Angola assumed the chairmanship of the BLF at the meeting.",
        "The presidency of the BLF passed from Namibia to Angola.",
    ):
        found = [e for e in events(sentence) if e["type"] == "PresidencyHandedOver"]
        assert [(e["to_party"], e.get("chair")) for e in found] == [("AGO", None)], sentence


def test_body_chair_slugs() -> None:
    assert body_chair("took over the chairmanship of the Organ on Politics") == "organ"
    assert body_chair("became chair of the Council of Ministers") == "council-of-ministers"
    assert body_chair("the chair of the Peace and Security Council for the month of May") == "peace"
    assert body_chair("held the chair for the month of May") is None


DECISIONS = [
    ("The leaders granted observer status to Peru.", ("StatusGranted", "PER")),
    ("The Summit suspended Mali from all activities of the BLF.", ("ConditionImposed", "MLI")),
    ("The heads of state lifted the suspension of Guinea.", ("ConditionLifted", "GIN")),
    ("Namibia handed over the chairmanship of the BLF to Angola.", ("PresidencyHandedOver", "AGO")),
]
NOISE = NOT_TAKEN[:3] + SAYS_IT_WILL[:2] + OTHER_ORG[:2] + QUOTED[:2] + CONDITIONAL[:2]


@settings(max_examples=25, deadline=None)
@given(
    st.sampled_from(DECISIONS),
    st.lists(st.sampled_from(NOISE), min_size=1, max_size=3, unique=True),
    st.integers(min_value=0, max_value=3),
)
def test_non_decisions_around_a_decision_change_nothing(
    decision: tuple[str, tuple[str, str]], noise: list[str], at: int
) -> None:
    """A decision among sentences that decide nothing is found alone, wherever it stands."""
    sentences = list(noise)
    sentences.insert(min(at, len(sentences)), decision[0])
    assert kinds(" ".join(sentences)) == [decision[1]]


AGENT_OR_CHAIR_OF_OTHER = [
    "Mali was suspended by the African Union after the coup.",
    "Guinea has been suspended by the Economic Community of West African States.",
    "The Commonwealth suspended Fiji from its councils.",
    "India took over the rotating presidency of the UN Security Council for August.",
    "The leaders congratulated Senegal on assuming the rotating chairmanship of the African Union.",
    "Ghana assumed the presidency of the European Union on 1 January.",
]


@pytest.mark.parametrize("sentence", AGENT_OR_CHAIR_OF_OTHER)
def test_another_organizations_agent_or_chair_is_not_this_ones(sentence: str) -> None:
    assert kinds(sentence) == []


def test_the_organizations_own_agent_and_chair_stay() -> None:
    assert kinds("Sudan was readmitted by the Boreal Lakes Forum.") == [("StatusGranted", "SDN")]
    assert kinds("Mali was suspended by the Summit with immediate effect.") == [("ConditionImposed", "MLI")]
    assert kinds("Ghana took over the chairmanship of the Boreal Lakes Forum from Togo.") == [
        ("PresidencyHandedOver", "GHA")
    ]


def test_an_organization_named_commonwealth_acts_for_itself() -> None:
    text = (
        "LONDON, 12 March 2024 -- The Commonwealth Heads of Government Meeting was held in London on "
        "12 March 2024. The Commonwealth suspended Fiji from its councils."
    )
    found = [
        (c.type, c.event.get("party")) for c in extract(text, "commonwealth", "t") if c.type != "MeetingHeld"
    ]
    assert found == [("ConditionImposed", "FJI")]


STILL_TO_COME = [
    "A decision on granting Sudan observer status is anticipated at the 2025 summit.",
    "The admission of Nepal as a full member is slated for the next ordinary session.",
    "The leaders voiced hope that Fiji would soon take its seat as a full member.",
    "The Council rejected calls to suspend Mali.",
    "The heads of state ruled out lifting the suspension of Guinea this year.",
]


@pytest.mark.parametrize("sentence", STILL_TO_COME)
def test_what_is_still_to_come_or_refused_is_none(sentence: str) -> None:
    assert kinds(sentence) == []


QUOTED_INSIDE = [
    "'Mali has been suspended,' the spokesperson of the government of Mali denied.",
    "‘Chile is now an observer,’ Tarno Belveli told reporters.",
    'In his speech, Seru Vanta said that "Fiji is now a member of our community".',
    "Separately, the Organization of American States suspended Chad.",
    "The League of Arab States readmitted Syria.",
]


@pytest.mark.parametrize("sentence", QUOTED_INSIDE)
def test_quoted_words_and_named_other_organizations_decide_nothing_here(sentence: str) -> None:
    assert kinds(sentence) == []


NOT_THE_CHAIR_YET = [
    "Malawi was elected incoming chair of the BLF and will assume the chairmanship in August 2025.",
    "Tanzania was named deputy chairperson of the BLF for the coming year.",
    "Kenya became the vice-chair of the BLF at the summit.",
    "The summit endorsed Rwanda as the next chair of the BLF.",
]


@pytest.mark.parametrize("sentence", NOT_THE_CHAIR_YET)
def test_an_incoming_or_deputy_chair_is_no_handover(sentence: str) -> None:
    assert [k for k in kinds(sentence) if k[0] == "PresidencyHandedOver"] == []


ON_A_CONDITION_OR_KEPT = [
    "The leaders agreed to accept Nepal as the 12th member at the next Summit, subject to the remaining requirements.",
    "The leaders agreed to admit Nepal as a member, pending ratification of the Charter by its parliament.",
    "The Summit decided to keep the suspension of Gabon in place.",
    "The heads of state decided to maintain the suspension of Gabon until elections are held.",
    "The Summit decided that Gabon remains suspended from all activities of the BLF.",
]


@pytest.mark.parametrize("sentence", ON_A_CONDITION_OR_KEPT)
def test_a_grant_on_a_condition_or_a_suspension_kept_is_no_new_act(sentence: str) -> None:
    assert [k for k in kinds(sentence) if k[0] in ("StatusGranted", "ConditionImposed")] == []


LEFT_OPEN_OR_UNNOTIFIED = [
    "The junta in Chad announced it was pulling out of the BLF, though no notice has been received.",
    "Chad said it had left the BLF; the secretariat is yet to receive any notification.",
    "The question of lifting the suspension of Chad was left open.",
    "The admission of Nepal remains pending.",
]


@pytest.mark.parametrize("sentence", LEFT_OPEN_OR_UNNOTIFIED)
def test_what_is_left_open_or_never_notified_is_none(sentence: str) -> None:
    assert kinds(sentence) == []


def test_a_parenthesis_does_not_hide_the_body_whose_chair_it_is() -> None:
    found = [
        e for e in events("Tamo Zenu (Chad) took the chair of the Committee of Permanent Representatives.")
    ]
    assert all(
        e.get("chair") not in (None, "presidency") for e in found if e["type"] == "PresidencyHandedOver"
    )
