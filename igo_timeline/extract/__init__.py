"""Communiqué text -> candidate events, each with its quote and offsets.

:func:`extract` reads a summit communiqué (plain text) and returns
:class:`Candidate` records: events of the vocabulary, attestations (evidence
that a status or an office held on the meeting's dates) and unresolved items
(a new person or body, a decision whose date is unknown, a type the
vocabulary lacks). It never writes to the store; :func:`check` compares the
candidates with what the store holds, by meaning.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from igo_timeline.errors import RuleViolation
from igo_timeline.events.models import EVENT_TYPES, parse_event
from igo_timeline.extract.anchor import find_anchor
from igo_timeline.extract.check import Verdict, check, plan
from igo_timeline.extract.context import Context
from igo_timeline.extract.decisions import appointments, histories, next_meeting, presidency, statuses
from igo_timeline.extract.documents import bodies_planned, documents
from igo_timeline.extract.meeting import find_meeting
from igo_timeline.extract.past import past_meetings
from igo_timeline.extract.records import Candidate, importable
from igo_timeline.extract.text import Document

__all__ = ["Candidate", "Verdict", "check", "extract", "plan"]

_PATTERNS: list[Callable[[Context], list[Candidate]]] = [
    past_meetings,
    documents,
    bodies_planned,
    statuses,
    appointments,
    presidency,
    next_meeting,
    histories,
]


def extract(
    text: str,
    org: str,
    document: str,
    *,
    known_persons: Iterable[str] = (),
    bodies: dict[str, str] | None = None,
    published: str | None = None,
    offices: dict[str, str] | None = None,
) -> list[Candidate]:
    """Every candidate the text yields: the meeting first, then the rest in text order.

    ``published`` (an EDTF day) is the text's own day when its dateline lacks
    one or its year; it anchors "today", "on Friday" and days without a year.
    """
    ctx = Context(Document(text), org, document, tuple(known_persons), dict(bodies or {}))
    ctx.anchor = find_anchor(text, published)
    ctx.offices = dict(offices or {})
    found = find_meeting(ctx)  # first: the decisions are dated by it
    rest: list[Candidate] = []
    for pattern in _PATTERNS:
        rest.extend(pattern(ctx))
    rest.sort(key=lambda c: c.start)
    return [_validated(c) for c in found + _reformed(rest)]


def _reformed(found: list[Candidate]) -> list[Candidate]:
    """A status the same text's reform merges, granted on or after the reform's day, is granted as the
    merged status ("granted Laos the status of dialogue partner" in the text that merges observers and
    dialogue partners into partners): on that day the old name no longer exists."""
    reforms = [
        (c.event["effective"], old, new)
        for c in found
        if c.type == "LadderReformed" and c.record == "event"
        for new, olds in c.event.get("merged", {}).items()
        for old in olds
    ]
    if not reforms:
        return found
    out = []
    for c in found:
        status, day = c.event.get("status"), str(c.event.get("effective", ""))
        new = next((n for d, o, n in reforms if o == status and day[:10] >= d[:10]), None)
        if c.type == "StatusGranted" and new is not None:
            note = f"the text's {status} is the status its reform merges into {new}"
            note = f"{c.event['note']}; {note}" if c.event.get("note") else note
            c = Candidate(c.record, {**c.event, "status": new, "note": note}, note=c.note, kind=c.kind)
        out.append(c)
    return out


def _validated(cand: Candidate) -> Candidate:
    """An event the vocabulary refuses (an unknown party, a bad date) becomes unresolved; an event of a
    type the vocabulary does not have yet (the histories types: ProcedureStepTaken, ConditionImposed, ...)
    is kept as a candidate of kind ``type-unavailable``, which blocks nothing."""
    if cand.record != "event":
        return cand
    if cand.type not in {t.model_fields["type"].default for t in EVENT_TYPES}:
        note = f"the vocabulary has no {cand.type} yet: kept as a candidate, not applied"
        return Candidate("unresolved", cand.event, note=note, kind="type-unavailable")
    try:
        parse_event(importable(cand.event))
    except RuleViolation as err:
        return Candidate("unresolved", cand.event, note=f"not a valid event: {err.detail}", kind="invalid")
    return cand
