"""A period's state: a year (``2008``) or a month (``2008-05``) asked about as a whole.

A historian asks "who were the members in 2008?". The answer is read from the
state on each day of the period where something may change (the period's first
day, and each day within it on which a decision in force starts or ends, at its
earliest or its latest possible day): between two such days the state is the
same. Then:

* the status lists, the offices and the presidency hold what held on **every**
  day of the period;
* ``partly`` lists what held on some days only, each with its spans (inclusive
  days);
* ``changes`` lists what changed within it, day by day (what ``diff`` would
  say between one day and the next);
* ``uncertain`` gathers what an imprecise date leaves open on any of its days;
* the cumulative lists (meetings held, documents adopted or in force, bodies,
  upcoming meetings) are those of its last day.

A day is a period of one day: its state is the day's state.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from igo_timeline.errors import InvalidDate
from igo_timeline.events.dates import parse_day
from igo_timeline.events.models import EventBase, MeetingScheduled
from igo_timeline.events.parties import party_name
from igo_timeline.projections.history import _entries, diff_states
from igo_timeline.projections.results import Change, Result, State, UncertainEntry

_YEAR = re.compile(r"\d{4}")
_MONTH = re.compile(r"(\d{4})-(\d{2})")
# the facts whose holding a period's lists report: on every day, or partly
HOLDING = ("status", "office", "presidency")


@dataclass(frozen=True)
class Period:
    """Days ``start`` .. ``end`` (inclusive), as asked: a year, a month or a day."""

    text: str
    start: dt.date
    end: dt.date

    @property
    def is_day(self) -> bool:
        return self.start == self.end


def parse_period(value: str) -> Period:
    """``today``, a day (``YYYY-MM-DD``), a month (``YYYY-MM``) or a year (``YYYY``)."""
    text = value.strip()
    if text == "today":
        day = dt.date.today()
        return Period(day.isoformat(), day, day)
    if _YEAR.fullmatch(text) and int(text) >= 1:
        year = int(text)
        return Period(text, dt.date(year, 1, 1), dt.date(year, 12, 31))
    month = _MONTH.fullmatch(text)
    if month and int(month[1]) >= 1 and 1 <= int(month[2]) <= 12:
        year, number = int(month[1]), int(month[2])
        last = calendar.monthrange(year, number)[1]
        return Period(text, dt.date(year, number, 1), dt.date(year, number, last))
    try:
        day = parse_day(text)
    except InvalidDate:
        raise InvalidDate(
            f"{value!r} is not a day (YYYY-MM-DD), a month (YYYY-MM), a year (YYYY) or 'today'"
        ) from None
    return Period(text, day, day)


class Span(Result):
    start: str
    end: str


class PartlyEntry(Result):
    """Something that held on some days of the period only (``kind`` status, office or presidency)."""

    kind: str
    subject: str
    holds: Any  # the status, the holder, the party: as diff shows it
    name: str | None = None  # the party's or the office's name
    spans: list[Span]


class PeriodChange(Result):
    """A change within the period: on ``on`` (the first day it shows), ``before`` -> ``after``."""

    on: str
    kind: str
    subject: str
    before: Any
    after: Any


class PeriodState(Result):
    """The state over a period (see the module's doc): the last day's state, its holding lists
    narrowed to what held on every day, with ``partly``, ``changes`` and every day's uncertainty."""

    period: str
    start: dt.date
    end: dt.date
    state: State  # the lists as the period's answer has them
    partly: list[PartlyEntry]
    changes: list[PeriodChange]

    def to_json(self) -> dict[str, Any]:
        body = self.state.to_json()
        out: dict[str, Any] = {}
        for key, value in body.items():
            out[key] = value
            if key == "as_of":
                out["as_of"] = self.period
                out["from"] = self.start.isoformat()
                out["to"] = self.end.isoformat()
        out["partly"] = [p.model_dump(mode="json", exclude_none=True) for p in self.partly]
        out["changes"] = [c.model_dump(mode="json") for c in self.changes]
        return out


def change_days(events: Iterable[EventBase], period: Period) -> list[dt.date]:
    """The days within the period, after its first, on which the state may change: where a
    decision's valid time may start or end (its earliest and latest possible days)."""
    days: set[dt.date] = set()
    for ev in events:
        dates = [ev.valid_extent]
        decided = getattr(ev, "decided_on", None)
        if isinstance(ev, MeetingScheduled) and decided:  # upcoming from its decision on
            from igo_timeline.events.dates import extent

            dates.append(extent(decided))
        for span in dates:
            if span is None:
                continue
            for day in (span.start_earliest, span.start_latest):
                days.add(day)
            for day in (span.end_earliest, span.end_latest):
                if day < dt.date.max:
                    days.add(day + dt.timedelta(days=1))
    return sorted(d for d in days if period.start < d <= period.end)


def period_state(
    period: Period, state_on: Callable[[dt.date], State], events: Iterable[EventBase]
) -> PeriodState:
    """The state over ``period``; ``state_on(day)`` answers a day, ``events`` are the decisions
    in force whose valid time meets the period (where its changes can come from)."""
    days = [period.start, *change_days(events, period)]
    states = [state_on(day) for day in days]
    facts = [_entries(s) for s in states]
    last = states[-1]
    ends = [*(d - dt.timedelta(days=1) for d in days[1:]), period.end]

    every = {
        key: value
        for key, value in facts[0].items()
        if key[0] in HOLDING and all(f.get(key) == value for f in facts[1:])
    }
    partly: list[PartlyEntry] = []
    seen: dict[tuple[str, str, str], PartlyEntry] = {}
    for f, state, first, final in zip(facts, states, days, ends, strict=True):
        for key, value in f.items():
            if key[0] not in HOLDING or key in every or value is None:
                continue
            ident = (key[0], key[1], repr(value))
            entry = seen.get(ident)
            if entry is None:
                entry = seen[ident] = PartlyEntry(
                    kind=key[0], subject=key[1], holds=value, name=_name(key, state), spans=[]
                )
                partly.append(entry)
            spans = entry.spans
            if spans and dt.date.fromisoformat(spans[-1].end) + dt.timedelta(days=1) == first:
                spans[-1] = Span(start=spans[-1].start, end=final.isoformat())
            else:
                spans.append(Span(start=first.isoformat(), end=final.isoformat()))

    changes = [
        _on(day, c)
        for before, after, day in zip(states, states[1:], days[1:], strict=False)
        for c in diff_states(before, after)
    ]
    uncertain: dict[tuple[Any, ...], UncertainEntry] = {}
    for state in states:
        for u in state.uncertain:
            uncertain.setdefault((u.kind, u.event, u.party, u.office, u.body, u.document), u)

    held = {(k[1]) for k in every if k[0] == "status"}
    narrowed = last.model_copy(
        update={
            "as_of": period.end,
            "statuses": {
                status: [e for e in entries if e.party in held and every.get(("status", e.party)) == status]
                for status, entries in states[0].statuses.items()
            },
            "offices": {
                slug: office
                for slug, office in states[0].offices.items()
                if ("office", slug) not in facts[0] or ("office", slug) in every
            },
            "presidency": states[0].presidency if ("presidency", "presidency") in every else None,
            "uncertain": list(uncertain.values()),
        }
    )
    return PeriodState(
        period=period.text, start=period.start, end=period.end, state=narrowed, partly=partly, changes=changes
    )


def _on(day: dt.date, change: Change) -> PeriodChange:
    return PeriodChange(on=day.isoformat(), **change.model_dump())


def _name(key: tuple[str, str], state: State) -> str | None:
    kind, subject = key
    if kind == "status":
        return party_name(subject)
    if kind == "office":
        office = state.offices.get(subject)
        return office.name if office else None
    if kind == "presidency" and state.presidency is not None:
        return state.presidency.name
    return None
