"""The lead's tryout of the fifth session (invented organization, invented sentences): a handover and a term
start told without their year are read around the text's own day; an associate membership is its own status,
never plain membership."""

from __future__ import annotations

import pytest

from igo_timeline.extract import extract

OPENING = (
    "OSLO, 12 March 2026 -- Leaders of the Northern Rivers Council met in Oslo on Thursday for the council's "
    "ninth summit. "
)


def _events(sentence: str, kind: str) -> list[dict]:
    return [c.event for c in extract(OPENING + sentence, "nrc", "x") if c.event["type"] == kind]


@pytest.mark.parametrize(
    "sentence",
    [
        "Sweden will take over the rotating chairmanship from Norway on 1 July.",
        "Sweden will take over the rotating chairmanship on 1 July.",
        "On 1 July Sweden will take over the chairmanship from Norway.",
        "Sweden assumes the presidency of the council from July 1.",
    ],
)
def test_a_handover_on_a_day_without_its_year_is_that_day_of_the_text_s_year(sentence: str) -> None:
    (event,) = _events(sentence, "PresidencyHandedOver")
    assert event["to_party"] == "SWE"
    assert event["effective"] == "2026-07-01"
    assert event["source"].get("inferred") is True  # the year is not written: said so


def test_a_handover_day_already_past_under_the_dateline_is_not_moved_to_next_year() -> None:
    (event,) = _events("Norway took over the chairmanship from Denmark on 2 March.", "PresidencyHandedOver")
    assert event["effective"] == "2026-03-02"


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        (
            "They also elected Ingrid Dahl of Norway as Secretary General for a four-year term starting on 1 May.",
            "2026-05-01/2030-04-30",
        ),
        (
            "The summit appointed Ole Strand as Secretary General for a two-year term from June 15.",
            "2026-06-15/2028-06-14",
        ),
    ],
)
def test_a_term_starting_on_a_day_without_its_year(sentence: str, term: str) -> None:
    (event,) = _events(sentence, "OfficialAppointed")
    assert event["term"] == term


@pytest.mark.parametrize(
    "sentence",
    [
        "The leaders granted Estonia the status of an associate member.",
        "The leaders granted Estonia associate membership.",
        "Estonia was granted associate member status.",
        "The summit admitted Estonia as an associate member of the council.",
        "Estonia became an associated member of the council.",
    ],
)
def test_an_associate_membership_is_not_membership(sentence: str) -> None:
    grants = _events(sentence, "StatusGranted")
    assert [g["status"] for g in grants] == ["associate_member"]
    assert [g["party"] for g in grants] == ["EST"]


def test_a_day_of_another_clause_is_not_the_handover_s() -> None:
    sentence = (
        "The chair announced that the chairmanship goes to Sweden and that the next summit will take place "
        "in Stockholm on June 7."
    )
    events = _events(sentence, "PresidencyHandedOver")
    assert [e["to_party"] for e in events] == [
        "SWE"
    ]  # the handover is read, only not dated by the meeting's day
    assert events[0].get("effective") != "2026-06-07"


def test_a_month_to_come_on_the_first_of_the_next_month_is_next_year_s() -> None:
    """Found by hypothesis (test_extract_dates6): the one-day slack meant for days let "will ... in February"
    under 1 March read as the February just past."""
    import datetime as dt

    from igo_timeline.extract.dates import dates_near

    assert [d.edtf for d in dates_near("It will be signed in February.", dt.date(2001, 3, 1))] == ["2002-02"]
    assert [d.edtf for d in dates_near("It will be signed in February.", dt.date(2001, 2, 28))] == ["2001-02"]
