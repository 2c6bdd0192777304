"""From the record to the history in force: corrections, retractions, record time.

The store keeps every event as recorded, in record order. What holds "as known
at" a record time is the decisions recorded by then, each replaced by its
latest correction recorded by then and dropped if retracted by then, sorted
in valid-time order (earliest possible day, then record order).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from igo_timeline.events.dates import FAR_PAST
from igo_timeline.events.models import EventBase, EventCorrected, EventRetracted


@dataclass(frozen=True)
class Record:
    """One stored event with its record metadata."""

    event: EventBase
    recorded_at: dt.datetime  # aware, UTC: when the store learned it
    position: int  # order of recording within the organization's stream


@dataclass(frozen=True)
class Effective:
    """A decision as it stands: the latest corrected content under the original id."""

    event: EventBase
    record: Record  # the original record (its time is when the fact was first learned)
    corrections: tuple[Record, ...] = field(default=())

    @property
    def id(self) -> str:
        assert self.event.id is not None
        return self.event.id

    @property
    def sort_key(self) -> tuple[dt.date, int]:
        ext = self.event.valid_extent
        return (ext.start_earliest if ext else FAR_PAST, self.record.position)


def root_target(target: str, by_id: dict[str, Record]) -> str:
    """Follow corrections of corrections back to the decision they all correct."""
    seen = set()
    while target in by_id and isinstance(by_id[target].event, EventCorrected):
        if target in seen:
            break
        seen.add(target)
        target = by_id[target].event.target  # type: ignore[attr-defined]
    return target


def effective_events(records: Iterable[Record], known_at: dt.datetime | None = None) -> list[Effective]:
    """The decisions in force as known at ``known_at`` (all when None), in valid-time order."""
    ordered = sorted(
        (r for r in records if known_at is None or r.recorded_at <= known_at),
        key=lambda r: r.position,
    )
    by_id = {r.event.id: r for r in ordered if r.event.id}
    current: dict[str, Effective] = {}
    for rec in ordered:
        ev = rec.event
        if isinstance(ev, EventCorrected):
            target = root_target(ev.target, by_id)
            if target in current:
                prior = current[target]
                fixed = ev.event.model_copy(update={"id": target})
                current[target] = Effective(fixed, prior.record, (*prior.corrections, rec))
        elif isinstance(ev, EventRetracted):
            current.pop(root_target(ev.target, by_id), None)
        elif ev.id and ev.id not in current:
            current[ev.id] = Effective(ev, rec)
    return sorted(current.values(), key=lambda e: e.sort_key)


def decisions(effective: Sequence[Effective]) -> list[EventBase]:
    return [e.event for e in effective]
