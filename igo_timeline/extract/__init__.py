"""Communiqué text -> candidate events, each with its quote and offsets.

:func:`extract` reads a summit communiqué (plain text) and returns
:class:`Candidate` records: events of the vocabulary, attestations (evidence
that a status or an office held on the meeting's dates) and unresolved items
(a new person or body, a decision whose date is unknown, a type the
vocabulary lacks). It never writes to the store; :func:`check` compares the
candidates with what the store holds, by meaning.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence

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
    bodies: Mapping[str, str | Sequence[str]] | None = None,
    published: str | None = None,
    offices: Mapping[str, str | Sequence[str]] | None = None,
) -> list[Candidate]:
    """Every candidate the text yields: the meeting first, then the rest in text order.

    ``published`` (an EDTF day) is the text's own day when its dateline lacks
    one or its year; it anchors "today", "on Friday" and days without a year.
    """
    ctx = Context(Document(text), org, document, tuple(known_persons), _names(bodies))
    ctx.anchor = find_anchor(text, published)
    ctx.offices = _names(offices)
    found = find_meeting(ctx)  # first: the decisions are dated by it
    rest: list[Candidate] = []
    for pattern in _PATTERNS:
        rest.extend(pattern(ctx))
    rest.sort(key=lambda c: c.start)
    return [_validated(c) for c in found + rest]


def _names(given: Mapping[str, str | Sequence[str]] | None) -> dict[str, tuple[str, ...]]:
    """slug -> its names (a title, or the title and its other names: events.names.every_name)."""
    return {slug: (v,) if isinstance(v, str) else tuple(v) for slug, v in (given or {}).items()}


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
