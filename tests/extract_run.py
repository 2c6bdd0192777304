"""Helpers the extraction tests share: the meetings a text yields, the one meeting held, and the documents a
sentence adds to an invented summit's report (tests/cli_run.py is the CLI's counterpart)."""

from __future__ import annotations

from typing import Any

from igo_timeline.extract import extract

# an invented summit's opening, the sentence under test after it
DOC_OPENING = "VORLAND, May 14 -- The summit of the Xylo Yard Zone was held today in Vorland.\n\n"
DOC_DAY = "2031-05-14"
DOC_TYPES = ("DocumentAdopted", "AgreementSigned")


def meetings(text: str, org: str, published: str | None = None) -> list[Any]:
    """Every MeetingHeld candidate of ``text`` (events and unresolved)."""
    return [c for c in extract(text, org, "t", published=published) if c.type == "MeetingHeld"]


def held(text: str, org: str, published: str | None = None) -> dict[str, Any]:
    """The one meeting ``text`` tells held, as an event (the test fails when there is not exactly one)."""
    found = [c for c in meetings(text, org, published) if c.record == "event"]
    assert len(found) == 1, [(c.record, c.event.get("body"), c.note) for c in meetings(text, org, published)]
    return found[0].event


def events(text: str, org: str, kind: str, published: str | None = None) -> list[dict[str, Any]]:
    """The events of type ``kind`` that ``text`` yields (no attestation, nothing unresolved)."""
    return [
        c.event
        for c in extract(text, org, "t", published=published)
        if c.type == kind and c.record == "event"
    ]


def doc_events(sentence: str) -> list[dict[str, Any]]:
    """The documents adopted or signed that ``sentence`` adds to the invented summit's report."""
    return [
        c.event
        for c in extract(DOC_OPENING + sentence, "xyz", "t", published=DOC_DAY)
        if c.type in DOC_TYPES and c.record == "event"
    ]


def doc_titles(sentence: str) -> list[str]:
    return sorted(e["title"] for e in doc_events(sentence))


# an invented summit of 3 March 2024, for the documents a text after it adds (sessions 20 and 21)
OSLO_LEDE = "OSLO, 3 March 2024 - The summit of the Xylo Yard Zone (XYZ) was held in Oslo on 3 March 2024. "


def lede_documents(text: str, org: str = "xyz") -> list[dict[str, Any]]:
    """The documents adopted or signed that ``text`` adds after ``OSLO_LEDE`` (events only)."""
    return [
        c.event for c in extract(OSLO_LEDE + text, org, "t") if c.record == "event" and c.type in DOC_TYPES
    ]
