"""From the record to the history in force: corrections, retractions, record time.

The store keeps every event as recorded, in record order. What holds "as known
at" a record time is the decisions recorded by then, each replaced by its
latest correction recorded by then and dropped if retracted by then, sorted
in valid-time order (earliest possible day, then record order).
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, insort
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property

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

    @cached_property  # (frozen: the event never changes; read many times by the sorts and the index)
    def sort_key(self) -> tuple[dt.date, int, str]:
        """Valid-time order: earliest possible day, then record order; the id breaks ties (positions
        are unique in a stream, but a caller's records need not be)."""
        ext = self.event.valid_extent
        return (ext.start_earliest if ext else FAR_PAST, self.record.position, self.id)


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


class EffectiveHistory:
    """The decisions in force over a stream's records, kept current record by record.

    The same answer as :func:`effective_events` over all the records added so far, without
    replaying them at each new batch: a record is applied to what stands, and the order in
    valid time is kept by bisection. A record the step-by-step fold could read otherwise than
    the whole replay (an id recorded twice, a correction or retraction of an id not recorded
    before it, a position out of order) makes it replay the whole once, as the whole would.
    """

    def __init__(self, records: Iterable[Record] = ()) -> None:
        self.records: list[Record] = []
        self.current: dict[str, Effective] = {}
        self.by_id: dict[str, Record] = {}  # the records by their ids (the latest of an id)
        self._keys: list[tuple[dt.date, int, str]] = []  # the sort keys (their last item the id), sorted
        self.extend(records)

    def extend(self, records: Iterable[Record]) -> dict[str, Effective | None]:
        """Add records after those held; return the ids whose decision in force changed (came,
        went or was corrected), each with its decision before (None: there was none)."""
        changed: dict[str, Effective | None] = {}
        replay = False
        for rec in records:
            last = self.records[-1].position if self.records else None
            self.records.append(rec)
            ev = rec.event
            if replay:
                continue
            if (last is not None and rec.position <= last) or (ev.id and ev.id in self.by_id):
                replay = True
                continue
            if isinstance(ev, EventCorrected | EventRetracted) and ev.target not in self.by_id:
                replay = True
                continue
            if ev.id:
                self.by_id[ev.id] = rec
            if isinstance(ev, EventCorrected):
                target = root_target(ev.target, self.by_id)
                prior = self.current.get(target)
                if prior is not None:
                    fixed = ev.event.model_copy(update={"id": target})
                    changed.setdefault(target, prior)
                    self._put(target, Effective(fixed, prior.record, (*prior.corrections, rec)))
            elif isinstance(ev, EventRetracted):
                target = root_target(ev.target, self.by_id)
                prior = self.current.get(target)
                if prior is not None:
                    changed.setdefault(target, prior)
                    self._drop(target)
            elif ev.id and ev.id not in self.current:
                changed.setdefault(ev.id, None)
                self._put(ev.id, Effective(ev, rec))
        if replay:
            return self._replay(changed)
        return changed

    def _put(self, ident: str, eff: Effective) -> None:
        if ident in self.current:
            self._drop(ident)
        self.current[ident] = eff
        insort(self._keys, eff.sort_key)

    def _drop(self, ident: str) -> None:
        eff = self.current.pop(ident)
        key = eff.sort_key
        at = bisect_left(self._keys, key)
        assert self._keys[at] == key
        del self._keys[at]

    def _replay(self, changed: dict[str, Effective | None]) -> dict[str, Effective | None]:
        # what stood before this call: the current decisions, those it touched as they were
        before = {**self.current, **changed}
        self.current = {e.id: e for e in effective_events(self.records)}
        self.by_id = {r.event.id: r for r in self.records if r.event.id}
        self._keys = sorted(e.sort_key for e in self.current.values())
        return {
            i: before.get(i)
            for i in before.keys() | self.current.keys()
            if before.get(i) != self.current.get(i)
        }

    def effective(self) -> list[Effective]:
        """The decisions in force, in valid-time order (what :func:`effective_events` returns)."""
        current = self.current
        return [current[key[2]] for key in self._keys]

    def ordered(self, ids: Iterable[str]) -> list[Effective]:
        """These decisions in force (ids not in force are left out), in valid-time order."""
        current = self.current
        found = [current[i] for i in ids if i in current]
        found.sort(key=lambda e: e.sort_key)
        return found
