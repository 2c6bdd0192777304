"""The answers the CLI prints with ``--json`` and the HTTP API returns, built in one place.

Each function takes what the engine read (an organization's records, every
organization's records, one found event) plus the parsed arguments, and returns
plain JSON data. ``igo state --json`` and ``GET /api/v1/orgs/{org}/state`` call
the same function, so the two cannot drift apart; the parsers of the two times
live here for the same reason.
"""

from __future__ import annotations

import copy
import datetime as dt
import re
from collections.abc import Iterable, Sequence
from functools import cache
from typing import Any

from igo_timeline.errors import InvalidDate, InvalidInput
from igo_timeline.events import event_schemas
from igo_timeline.events.dates import DAY, parse_day
from igo_timeline.projections.effective import Record, effective_events

_STAMP = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})?")


# -- the two times -------------------------------------------------------------------


def parse_as_of(value: str) -> dt.date:
    """A valid-time day: ``YYYY-MM-DD`` or ``today``."""
    if value == "today":
        return dt.date.today()
    try:
        return parse_day(value)
    except InvalidDate:
        raise InvalidDate(f"{value!r} is not a calendar day (YYYY-MM-DD) or 'today'") from None


def parse_known_at(value: str) -> dt.datetime:
    """A record time: an ISO 8601 timestamp (UTC when no zone is given), or a day meaning its end, UTC."""
    try:
        if DAY.fullmatch(value):
            return dt.datetime.combine(parse_day(value), dt.time.max, tzinfo=dt.UTC)
        if not _STAMP.fullmatch(value):
            raise ValueError
        stamp = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:  # InvalidDate is one too
        raise InvalidDate(
            f"{value!r} is not an ISO 8601 timestamp (e.g. 2012-06-07T12:00:00Z) or a day (YYYY-MM-DD)"
        ) from None
    if stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=dt.UTC)
    try:
        return stamp.astimezone(dt.UTC)
    except OverflowError:  # 0001-01-01T00:00+14:00 is in year 0, UTC
        raise InvalidDate(f"{value!r} is outside the supported years 1-9999 in UTC") from None


# -- the answers ---------------------------------------------------------------------


def orgs_answer(stores: Iterable[tuple[str, list[Record]]], registry: Any = None) -> list[dict[str, Any]]:
    """``igo orgs --json``: one row per organization, from ``Timeline.all_records()``; with the
    store's registry, each organization's links (``same_as``, ``succeeds``, ``succeeded_by``)."""
    rows = []
    for org, records in stores:
        eff = effective_events(records)
        founding = next((e.event for e in eff if e.event.type == "OrganizationFounded"), None)
        rows.append(
            {
                "org": org,
                "name": getattr(founding, "name", None),
                "founded": getattr(founding, "founded", None),
                "events": len(records),
                "last_recorded_at": max(r.recorded_at for r in records).isoformat() if records else None,
            }
        )
        if registry is not None:
            rows[-1]["same_as"] = sorted(registry.same_as(org) - {org})
            rows[-1]["succeeds"] = [
                {"org": s.predecessor, "on": s.effective} for s in registry.org_successions if s.org == org
            ]
            rows[-1]["succeeded_by"] = [
                {"org": s.org, "on": s.effective} for s in registry.org_successions if s.predecessor == org
            ]
    return rows


def batches_answer(org: str, records: Sequence[Record]) -> dict[str, Any]:
    """``igo batches --json``: the organization's record times, one per batch (an append is one
    moment of record time), oldest first, each with what it recorded; and each correction and
    retraction, with the decision it revises (the first event of its chain of corrections)."""
    from igo_timeline.events.models import EventCorrected, EventRetracted
    from igo_timeline.projections.effective import root_target

    by_time: dict[dt.datetime, dict[str, int]] = {}
    for rec in sorted(records, key=lambda r: r.position):
        kinds = by_time.setdefault(rec.recorded_at, {})
        kinds[rec.event.type] = kinds.get(rec.event.type, 0) + 1
    by_id = {r.event.id: r for r in records if r.event.id}
    revisions = [
        {
            "id": rec.event.id,
            "type": rec.event.type,
            "target": root_target(rec.event.target, by_id),
            "recorded_at": rec.recorded_at.isoformat(),
            "reason": rec.event.reason,
        }
        for rec in sorted(records, key=lambda r: r.position)
        if isinstance(rec.event, EventCorrected | EventRetracted)
    ]
    return {
        "org": org,
        "batches": [
            {
                "recorded_at": stamp.isoformat(),
                "events": sum(kinds.values()),
                "types": dict(sorted(kinds.items())),
            }
            for stamp, kinds in sorted(by_time.items())
        ],
        "revisions": revisions,
    }


def event_answer(found: tuple[str, Record, list[Record]]) -> dict[str, Any]:
    """``igo show --json``: one event, from ``Timeline.find()``, with its record time and corrections."""
    org, rec, about = found
    return {
        "org": org,
        "event": rec.event.model_dump(mode="json"),
        "valid_time": rec.event.valid_time,
        "recorded_at": rec.recorded_at.isoformat(),
        "corrections": [
            {**r.event.model_dump(mode="json"), "recorded_at": r.recorded_at.isoformat()} for r in about
        ],
    }


@cache
def _schemas() -> dict[str, Any]:
    return event_schemas()  # pydantic takes ~80 ms to build them; they never change in a process


def schema_answer(types: Sequence[str] = ()) -> dict[str, Any]:
    """``igo schema``: the JSON Schema of every event type, or of those named."""
    schemas = copy.deepcopy(_schemas())
    unknown = [t for t in types if t not in schemas]
    if unknown:
        raise InvalidInput(f"unknown type {unknown[0]!r}; known: {', '.join(schemas)}")
    return {t: schemas[t] for t in types} if types else schemas
