"""History, replay and diff: the record read in valid-time order.

``history`` lists the decisions in force with their record metadata;
``diff_states`` compares two states entry by entry; ``replay`` steps through
the history and says what each event changed, as the difference between the
state with and without it on the day it certainly took effect.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from igo_timeline.events.dates import FAR_PAST, extent
from igo_timeline.events.models import EventBase, MeetingScheduled, NameChanged, OrganizationFounded
from igo_timeline.projections.effective import Effective, Record, effective_events
from igo_timeline.projections.facts import build_facts
from igo_timeline.projections.results import Change, Diff, State
from igo_timeline.projections.state import state_as_of, state_from_facts

OFFICE_TYPES = ("OfficialAppointed", "OfficeVacated", "OfficeEstablished")


def event_json(eff: Effective, org_name: str | None = None) -> dict[str, Any]:
    """The full event as the history shows it, with its two times (and, when given, the
    organization's name in force on the event's date: ``org_name``)."""
    body = eff.event.model_dump(mode="json")
    out = {"id": body.pop("id"), "type": body.pop("type"), **body}
    out["valid_time"] = eff.event.valid_time
    out["recorded_at"] = eff.record.recorded_at.isoformat()
    out["corrected_by"] = [c.event.id for c in eff.corrections]
    if org_name is not None:
        out["org_name"] = org_name
    return out


@dataclass(frozen=True)
class OrgNames:
    """The organization's names over time: its founding's, then each rename of the organization
    (not of an office or a body) from the first day it certainly holds."""

    org: str | None
    names: tuple[tuple[dt.date, str], ...]  # (from, name), in order

    @staticmethod
    def of(events: Iterable[EventBase]) -> OrgNames:
        found: list[tuple[dt.date, str]] = []
        org = None
        for ev in events:
            org = ev.org
            if isinstance(ev, OrganizationFounded):
                found.append((FAR_PAST, ev.name))
            elif isinstance(ev, NameChanged) and not ev.office and not ev.body:
                found.append((extent(ev.effective).start_latest, ev.name))
        return OrgNames(org, tuple(sorted(found, key=lambda pair: pair[0])))

    @property
    def renamed(self) -> bool:
        return len({name for _, name in self.names}) > 1

    def on(self, day: dt.date) -> str | None:
        """The name in force on ``day`` (the founding's before any rename holds)."""
        name = self.names[0][1] if self.names else None
        for since, other in self.names:
            if since <= day:
                name = other
        return name

    def of_event(self, ev: EventBase) -> str | None:
        """The name in force on an event's date (its earliest day; undated: the latest name); None
        for an event of another organization (a predecessor's, in a party's history)."""
        if ev.org != self.org:
            return None
        ext = ev.valid_extent
        if ext is None:
            return self.names[-1][1] if self.names else None
        return self.on(ext.start_earliest)

    def spans(self) -> list[tuple[str, dt.date | None, dt.date | None]]:
        """Each name with its first and last day in force (None: open)."""
        out: list[tuple[str, dt.date | None, dt.date | None]] = []
        for i, (since, name) in enumerate(self.names):
            nxt = self.names[i + 1][0] if i + 1 < len(self.names) else None
            out.append(
                (name, None if since == FAR_PAST else since, nxt - dt.timedelta(days=1) if nxt else None)
            )
        return out


def _overlaps(ev: EventBase, start: dt.date | None, end: dt.date | None) -> bool:
    if start is None and end is None:
        return True
    ext = ev.valid_extent
    if ext is None:
        return False
    if start is not None and ext.end_latest < start:
        return False
    return not (end is not None and ext.start_earliest > end)


def history(
    records: Sequence[Record],
    *,
    party: str | None = None,
    office: str | None = None,
    start: dt.date | None = None,
    end: dt.date | None = None,
    known_at: dt.datetime | None = None,
) -> list[Effective]:
    """The decisions in force, in valid-time order, filtered."""
    return [
        eff
        for eff in effective_events(records, known_at)
        if concerns(eff.event, party, office) and _overlaps(eff.event, start, end)
    ]


def concerns(ev: EventBase, party: str | None, office: str | None) -> bool:
    """Whether the history's ``--party``/``--office`` filters keep this event."""
    if party is not None and party not in ev.parties():
        return False
    return office is None or (ev.type in OFFICE_TYPES and getattr(ev, "office", None) == office)


def _entries(state: State) -> dict[tuple[str, str], Any]:
    """Every fact of a state, keyed by (kind, subject), valued by what holds."""
    facts: dict[tuple[str, str], Any] = {}
    for status, entries in state.statuses.items():
        for e in entries:
            facts[("status", e.party)] = status
            for c in e.conditions or []:
                facts[("condition", f"{e.party} {c.condition}")] = {
                    k: v for k, v in c.model_dump(mode="json").items() if k != "event" and v is not None
                }
    for p in state.pending:
        facts[("pending", f"{p.party} {p.procedure}")] = {
            "status": p.status,
            "since": p.since,
            "steps": [s.step for s in p.steps],
        }
    for slug, office in state.offices.items():
        facts[("office", slug)] = {"holder": office.holder, "term": office.term} if office.holder else None
    if state.presidency is not None:
        facts[("presidency", "presidency")] = state.presidency.party
    for kind, items in (
        ("meeting_held", state.meetings_held),
        ("upcoming_meeting", state.upcoming_meetings),
    ):
        for m in items:
            facts[(kind, f"{m.body} {m.date}")] = m.model_dump(mode="json", exclude_none=True)
    for kind, docs in (
        ("document_adopted", state.documents_adopted),
        ("document_in_force", state.documents_in_force),
        ("agreement_not_in_force", state.agreements_not_in_force),
    ):
        for d in docs:
            facts[(kind, d.document)] = d.title
    for kind, bodies in (("body", state.bodies), ("body_planned", state.bodies_planned)):
        for b in bodies:
            facts[(kind, b.body)] = b.name
    for u in state.uncertain:
        subject = u.party or u.office or u.body or u.document or u.kind
        facts[("uncertain", f"{u.kind} {subject} {u.event[:8]}")] = u.model_dump(
            mode="json", exclude_none=True
        )
    for kind, entry in (("founded", state.founded), ("dissolved", state.dissolved)):
        if entry is not None:
            facts[(kind, state.org)] = entry.date
    return facts


def diff_states(before: State, after: State) -> list[Change]:
    a, b = _entries(before), _entries(after)
    # a continuation (the USSR's seat carried on by Russia) is a change of name, not an exit and an entry
    continued: dict[str, str] = {}
    for entries in after.statuses.values():
        for e in entries:
            if e.via and a.get(("status", e.via)) is not None and b.get(("status", e.via)) is None:
                continued[e.via] = e.party
    changes = []
    for key in sorted(set(a) | set(b)):
        old, new = a.get(key), b.get(key)
        if key[0] == "status" and (key[1] in continued or key[1] in continued.values()):
            if key[1] in continued:
                successor = continued[key[1]]
                changes.append(
                    Change(
                        kind="continued", subject=f"{key[1]} -> {successor}", before=key[1], after=successor
                    )
                )
                if old != b.get(("status", successor)):
                    changes.append(
                        Change(
                            kind="status", subject=successor, before=old, after=b.get(("status", successor))
                        )
                    )
            continue
        if old != new:
            changes.append(Change(kind=key[0], subject=key[1], before=old, after=new))
    # a party renamed between the two days (the registry's names in force on each)
    named = {e.party: e.name for es in before.statuses.values() for e in es}
    for entries in after.statuses.values():
        for e in entries:
            if e.party in named and named[e.party] != e.name:
                changes.append(Change(kind="name", subject=e.party, before=named[e.party], after=e.name))
    return changes


def diff(
    org: str, records: Sequence[Record], first: dt.date, second: dt.date, known_at: dt.datetime | None = None
) -> Diff:
    before, after = state_as_of(org, records, first, known_at), state_as_of(org, records, second, known_at)
    changes = diff_states(before, after)
    return Diff(
        org=org,
        from_=first,
        to=second,
        known_at=known_at,
        changes=changes,
        horizon=after.horizon,
        beyond_horizon=before.beyond_horizon or after.beyond_horizon,
    )


def step_day(ev: EventBase) -> dt.date:
    """The first day on which the event has certainly taken effect (or been decided)."""
    if isinstance(ev, MeetingScheduled) and ev.decided_on:
        return extent(ev.decided_on).start_latest
    ext = ev.valid_extent
    return ext.start_latest if ext is not None else dt.date.min


def replay(
    org: str,
    records: Sequence[Record],
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
    known_at: dt.datetime | None = None,
    only: Callable[[EventBase], bool] | None = None,
) -> Iterator[tuple[Effective, list[Change]]]:
    """Each event in valid-time order with what it changed in the state (``only``: the events it keeps)."""
    effective = effective_events(records, known_at)
    events = [e.event for e in effective]
    shown: set[str] = set()  # the successions whose carried-over events have shown their change
    for i, eff in enumerate(effective):
        first = eff.sort_key[0]
        if (start is not None and first < start) or (end is not None and first > end):
            continue
        if only is not None and not only(eff.event):
            continue
        day = step_day(eff.event)
        lo, hi = _carried_together(events, i)
        carried = getattr(eff.event, "carried_over", None)
        if carried is not None and carried in shown:
            yield eff, []  # its change was shown with the first of its succession's events
            continue
        if carried is not None:
            shown.add(carried)
        before = state_from_facts(org, build_facts(events[:lo]), day, known_at)
        after = state_from_facts(org, build_facts(events[:hi]), day, known_at)
        yield eff, diff_states(before, after)


def _carried_together(events: Sequence[EventBase], i: int) -> tuple[int, int]:
    """The events a step changes the state by, as positions [lo, hi): the event alone, or every
    event one succession carried over on that day (a continuation is one change, ``continued SUN ->
    RUS``, not a status lost and another granted)."""
    carried = getattr(events[i], "carried_over", None)
    if carried is None:
        return i, i + 1
    same = [
        k
        for k, ev in enumerate(events)
        if getattr(ev, "carried_over", None) == carried and ev.valid_time == events[i].valid_time
    ]
    return min(same), max(same) + 1
