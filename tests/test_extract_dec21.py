"""Fixer dec21: a dateline with its month in capitals written first, a handover placed at a meeting's opening,
and the office's rule of a term's length closing a stated first day. Sentences invented; facts may be real."""

from __future__ import annotations

import pytest
from extract_run import events

# ---- a dateline in capitals, month first: its day is the text's, not the act's ----

_SUMMIT_AFTER = "\n\nThe summit of the Southern African Development Community was held in Windhoek on 13 May."


@pytest.mark.parametrize(
    "dateline",
    [
        "WINDHOEK, MAY 14, 2031 (STAR) -",
        "WINDHOEK, MAY 14, 2031 -",
        "WINDHOEK, MAY 14, ARMENPRESS.",
        "WINDHOEK, MAY 14 (NAMPA) --",
    ],
)
def test_caps_month_first_dateline_leaves_yesterday_to_the_act(dateline: str) -> None:
    text = f"{dateline} SADC leaders signed the Windhoek Protocol on Energy here yesterday.{_SUMMIT_AFTER}"
    signed = events(text, "sadc", "AgreementSigned", "2031-05-14")
    assert [(e["title"], e["signed_on"]) for e in signed] == [("Windhoek Protocol on Energy", "2031-05-13")]


def test_mixed_case_dateline_still_read() -> None:
    text = f"WINDHOEK, May 14, 2031 (STAR) - SADC leaders signed the Windhoek Protocol on Energy yesterday.{_SUMMIT_AFTER}"
    assert [e["signed_on"] for e in events(text, "sadc", "AgreementSigned", "2031-05-14")] == ["2031-05-13"]


def test_caps_month_dateline_with_act_of_the_day() -> None:
    # no relative word: the act is the day's own (the dateline's)
    text = "WINDHOEK, MAY 14, 2031 (STAR) - SADC leaders today signed the Windhoek Protocol on Energy."
    assert [e["signed_on"] for e in events(text, "sadc", "AgreementSigned", None)] == ["2031-05-14"]


# ---- a handover at the opening of a meeting of two days: its first day ----

_TWO_DAYS = "WINDHOEK, May 14 (XYZ) -- The SADC Summit was held in Windhoek on 13 and 14 May.\n\n"


def _handovers(sentences: str) -> list[tuple[str, str]]:
    return [
        (e["to_party"], e["effective"])
        for e in events(_TWO_DAYS + sentences, "sadc", "PresidencyHandedOver", "2031-05-14")
    ]


@pytest.mark.parametrize(
    "sentences",
    [
        "Namibian President Nangolo Mbumba took over the chairmanship of SADC at the inaugural session.",
        "Angolan President Joao Lourenco declared the summit open and handed the chairmanship to Namibian"
        " President Nangolo Mbumba.",
        "Angolan President Joao Lourenco opened the meeting by handing the chairmanship of SADC to Namibia.",
        "Namibia took over the chairmanship of SADC from Angola at the opening plenary.",
        # the act, then a sentence telling when it happened
        "Namibia took over the chairmanship of SADC from Angola. The handover took place at the opening ceremony.",
        # a sentence on the opening, then the act that follows from it
        "At the opening session the Angolan president gave his Namibian counterpart the flag of the Community."
        " With that, Namibia took over the chairmanship of SADC from Angola.",
    ],
)
def test_handover_at_the_opening_is_the_first_day(sentences: str) -> None:
    assert _handovers(sentences) == [("NAM", "2031-05-13")]


@pytest.mark.parametrize(
    "sentences",
    [
        "Namibia took over the chairmanship of SADC from Angola.",
        "Namibia took over the chairmanship of SADC from Angola at the closing session.",
        # the opening told of something else, the act not referring to it
        "The opening ceremony featured a choir from Rundu. Namibia took over the chairmanship of SADC from Angola.",
        # a back-reference that places the act at the close
        "Namibia took over the chairmanship of SADC from Angola. The handover took place at the closing ceremony.",
    ],
)
def test_handover_not_at_the_opening_stays_on_the_last_day(sentences: str) -> None:
    assert _handovers(sentences) == [("NAM", "2031-05-14")]


def test_start_of_next_year_is_no_opening() -> None:
    assert _handovers("Namibia will take over the chairmanship of SADC at the beginning of next year.") == [
        ("NAM", "2032")
    ]


# ---- the office's rule of a term's length closes a first day told after the appointment ----

_ELECTED = (
    "ROME, March 14 (XYZ) -- The Governing Council of the International Fund for Agricultural Development"
    " elected Ana Souza of Brazil as its President on Thursday.\n\n"
)


def _terms(after: str) -> list[tuple[str, str]]:
    return [
        (e["person"], e["term"]) for e in events(_ELECTED + after, "ifad", "OfficialAppointed", "2031-03-14")
    ]


@pytest.mark.parametrize(
    "after",
    [
        "She won in the third round.\n\nSouza will take office on 1 April 2031. Under the fund's rules the"
        " president serves a four-year term that can be renewed once.",
        "Souza will take office on 1 April 2031. The President is elected by the Governing Council and serves a"
        " 4-year term.",
        "Souza will take office on 1 April 2031. According to the founding agreement, the President serves a term"
        " of four years.",
        "Souza will take office on 1 April 2031. She is appointed for four years on the proposal of the Board.",
    ],
)
def test_office_rule_closes_a_stated_first_day(after: str) -> None:
    assert _terms(after) == [("Ana Souza", "2031-04-01/2035-03-31")]


@pytest.mark.parametrize(
    "after",
    [
        # a bound, not a length
        "Souza will take office on 1 April 2031. By custom, a president serves no more than two four-year terms.",
        # another office's rule
        "Souza will take office on 1 April 2031. The chairman of the council serves a two-year term.",
    ],
)
def test_office_rule_not_read(after: str) -> None:
    assert _terms(after) == [("Ana Souza", "2031-04-01/..")]


def test_office_rule_without_a_first_day_leaves_the_term_open() -> None:
    # the first day not told: the decision's day begins an open term, no length guessed from it
    terms = _terms("Under the fund's rules the president serves a four-year term that can be renewed once.")
    assert len(terms) == 1 and terms[0][1].endswith("/..")
