"""Decisions told as history by a month without its year (helper `dec28`): "announced its exit last August",
"became an observer at the council's May session", "in April, when X announced its withdrawal" in a report
written months later tell an act long before the text's own day (``reader_slots._month_long_before``): no
decision of the text. A month within the window of a stated day ("lifted on 2 March" in a report of 12
March), a month to come ("will leave in June") and the text's own month are left to the readers. Every
sentence is written for the test (invented persons; real states and organizations only as names)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from igo_timeline.extract import extract
from igo_timeline.extract.anchor import Anchor
from igo_timeline.extract.context import Context
from igo_timeline.extract.reader_slots import _month_long_before, background
from igo_timeline.extract.text import Document


def _events(text: str, org: str, published: str | None = None) -> list[dict[str, Any]]:
    return [c.event for c in extract(text, org, "t", published=published) if c.record == "event"]


def _kinds(text: str, org: str, kind: str, published: str | None = None) -> list[dict[str, Any]]:
    return [e for e in _events(text, org, published) if e["type"] == kind]


def _ctx(text: str) -> Context:
    return Context(doc=Document(text), org="xyz", document="t", anchor=Anchor(day=dt.date(2019, 11, 14)))


@pytest.mark.parametrize(
    "words",
    [
        "Peru announced its withdrawal last August",
        "Bolivia left the bloc last May, citing costs",
        "Moldova became an observer at the council's May session in Sochi",
        "The group lost a member in April, when Venezuela announced its exit",
        "the two states joined at its February summit",
    ],
)
def test_a_month_long_before_the_text_is_background(words: str) -> None:
    ctx = _ctx(f"QUITO, 14 November 2019 - Leaders met today. {words}.")
    assert _month_long_before(ctx, words)
    assert background(ctx, words)


@pytest.mark.parametrize(
    "words",
    [
        "its suspension was lifted in full on 2 November",  # a day within the window: the readers' to date
        "Peru will leave the bloc in June",  # a month to come
        "Peru announced its withdrawal in November",  # the text's own month
        "Peru announced its withdrawal in October",  # the month before: within the window
        "the council's November session admitted Peru",  # the sitting of the text's month
        "Peru left the bloc last week",  # no month named
        "the request will be taken up at the council's June session",  # a sitting to come
    ],
)
def test_a_recent_or_coming_month_is_not_background(words: str) -> None:
    ctx = _ctx(f"QUITO, 14 November 2019 - Leaders met today. {words}.")
    assert not _month_long_before(ctx, words)


def test_a_withdrawal_told_last_august_is_no_notice_of_the_text() -> None:
    text = (
        "QUITO, 14 March 2019 - Ecuador notified the Union of South American Nations today that it will leave "
        "the bloc. Peru announced its withdrawal last August, and Chile followed in October."
    )
    parties = {e["party"] for e in _kinds(text, "unasur", "WithdrawalNotified")}
    assert "PER" not in parties


def test_a_withdrawal_of_the_text_is_kept() -> None:
    text = (
        "QUITO, 14 March 2019 - Peru announced its withdrawal from the Union of South American Nations today."
    )
    assert [e["party"] for e in _kinds(text, "unasur", "WithdrawalNotified")] == ["PER"]
