"""The spans a chart draws: statuses, terms, presidencies and meetings, with their uncertainty.

A thin reading of :mod:`igo_timeline.projections.facts` (the same spans the
state and the rules read), as JSON: each span names the event it rests on, the
EDTF date that event gives, the event that ended it (if one did), and the four
inclusive day bounds: the span starts on a day in
``[start_earliest, start_latest]`` and its last day is in
``[end_earliest, end_latest]``. A bound is null when it is open (no recorded
end, or no recorded start). Conditions (suspended, withdrawal notified, ...) and pending procedures are lanes of
their own, beside the statuses they qualify. A status span carries ``unknown``: true for a
spell whose status is not known (begun by a ``StatusUnknown``; its
``status`` is then ``"unknown"``, which is no status of any ladder), false
for a status held. ``igo intervals --json`` and
``GET /api/v1/orgs/{org}/intervals`` both print :func:`intervals`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from igo_timeline.events.dates import FAR_FUTURE, FAR_PAST, extent
from igo_timeline.events.models import EventBase, MeetingHeld, MeetingScheduled
from igo_timeline.events.parties import party_name
from igo_timeline.projections.effective import Record, decisions, effective_events
from igo_timeline.projections.facts import Span, build_facts, horizon_of

LANES = ("statuses", "conditions", "pending", "terms", "presidencies", "meetings")


def _day(day: dt.date) -> str | None:
    return None if day in (FAR_PAST, FAR_FUTURE) else day.isoformat()


def _bounds(span: Span) -> dict[str, str | None]:
    return {
        "start_earliest": _day(span.s0),
        "start_latest": _day(span.s1),
        "end_earliest": _day(span.e0),
        "end_latest": _day(span.e1),
    }


def _ended(ev: EventBase | None) -> dict[str, Any] | None:
    if ev is None:
        return None
    return {"event": ev.id, "type": ev.type, "date": ev.valid_time}


def _overlaps(span: Span, start: dt.date | None, end: dt.date | None) -> bool:
    """Whether the span possibly reaches into [start, end]."""
    return not ((end is not None and span.s0 > end) or (start is not None and span.e1 < start))


def intervals(
    org: str,
    records: Sequence[Record],
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
    known_at: dt.datetime | None = None,
) -> dict[str, Any]:
    """The organization's spans that possibly overlap ``[start, end]``, as known at ``known_at``."""
    events = decisions(effective_events(records, known_at))
    facts = build_facts(events)
    dissolution = facts.dissolution

    statuses = []
    for party, spells in sorted(facts.statuses.items()):
        for spell in spells:
            ender = spell.ended_by
            if ender is None and dissolution is not None and spell.span.e1 < FAR_FUTURE:
                ender = dissolution
            statuses.append(
                (
                    spell.span,
                    {
                        "party": party,
                        "name": party_name(party),
                        "status": spell.status,
                        "unknown": spell.unknown,
                        "date": spell.since,
                        "event": spell.event.id,
                        "ended_by": _ended(ender),
                    },
                )
            )

    conditions: list[tuple[Span, dict[str, Any]]] = [
        (
            c.span,
            {
                "party": party,
                "name": party_name(party),
                "condition": c.condition,
                "date": c.since,
                "until": c.until,
                "takes_effect": c.takes_effect,
                "event": c.event.id,
                "ended_by": _ended(c.ended_by),
            },
        )
        for party, spells in sorted(facts.conditions.items())
        for c in spells
    ]
    pending: list[tuple[Span, dict[str, Any]]] = [
        (
            p.span,
            {
                "party": party,
                "name": party_name(party),
                "procedure": p.procedure,
                "status": p.status,
                "date": p.event.date,
                "steps": [{"step": s.step, "date": s.date, "event": s.id} for s in p.steps],
                "event": p.event.id,
                "ended_by": _ended(p.ended_by),
            },
        )
        for party, procs in sorted(facts.procedures.items())
        for p in procs
    ]

    offices = facts.offices()
    terms: list[tuple[Span, dict[str, Any]]] = [
        (
            term.span,
            {
                "office": office,
                "office_name": offices.get(office, office),
                "person": term.event.person,
                "nationality": term.event.nationality,
                "date": term.event.term,
                "event": term.event.id,
                "ended_by": _ended(term.vacated_by),
            },
        )
        for office, office_terms in sorted(facts.terms.items())
        for term in office_terms
    ]

    presidencies: list[tuple[Span, dict[str, Any]]] = [
        (
            pres.span,
            {
                "party": pres.party,
                "name": party_name(pres.party),
                "chair": pres.chair,
                "date": pres.event.effective if pres.giver else pres.event.term or pres.event.effective,
                "event": pres.event.id,
                "ended_by": _ended(pres.ended_by),
            },
        )
        for pres in facts.presidencies
    ]

    bodies = facts.body_names()
    both: list[MeetingHeld | MeetingScheduled] = [*facts.held, *facts.scheduled]
    meetings: list[tuple[Span, dict[str, Any]]] = [
        (
            Span.of(extent(m.date)),
            {
                "body": m.body,
                "body_name": bodies.get(m.body, m.body),
                "kind": "held" if m.type == "MeetingHeld" else "scheduled",
                "name": getattr(m, "name", None),
                "place": m.place,
                "host": m.host,
                "date": m.date,
                "event": m.id,
                "ended_by": None,
            },
        )
        for m in both
    ]
    meetings.sort(key=lambda pair: (pair[0].s0, pair[1]["body"], pair[1]["event"] or ""))

    days = [
        day
        for ev in events
        if (ext := ev.valid_extent) is not None
        for day in (ext.start_earliest, ext.start_latest)
        if day not in (FAR_PAST, FAR_FUTURE)
    ]
    horizon = horizon_of(events)
    lanes = {
        name: [{**entry, **_bounds(span)} for span, entry in spans if _overlaps(span, start, end)]
        for name, spans in zip(
            LANES, (statuses, conditions, pending, terms, presidencies, meetings), strict=True
        )
    }
    return {
        "org": org,
        "name": facts.founding.name if facts.founding else None,
        "from": start.isoformat() if start else None,
        "to": end.isoformat() if end else None,
        "known_at": known_at.isoformat().replace("+00:00", "Z") if known_at else None,
        "first_day": min(days).isoformat() if days else None,
        "last_day": max(days).isoformat() if days else None,
        "horizon": horizon.to_json(),
        # the last day asked (--to) lies beyond what the sources speak for
        "beyond_horizon": end is not None and horizon.until is not None and end > horizon.until,
        **lanes,
    }
