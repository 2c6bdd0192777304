"""The organization's history as validity intervals (valid time only).

From the decisions in force, in valid-time order, this builds every spell the
state is read from: each party's status spells (a new status, a withdrawal or
a ``StatusUnknown`` ends the previous one; the replacing date's range is the
uncertain end; a ``StatusUnknown`` starts a spell of its own, flagged
``unknown``, that is never a certain status), each
office's terms (cut short by a vacancy), the presidencies, meetings,
documents and bodies. The rules and the state fold both read these, so the
two can never disagree about what a date means.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from igo_timeline.events.dates import FAR_FUTURE, FAR_PAST, Extent, Truth, extent
from igo_timeline.events.models import (
    AgreementSigned,
    BodyEstablished,
    BodyPlanned,
    DocumentAdopted,
    DocumentEnteredIntoForce,
    EventBase,
    MeetingHeld,
    MeetingScheduled,
    OfficeEstablished,
    OfficeVacated,
    OfficialAppointed,
    OrganizationDissolved,
    OrganizationFounded,
    PresidencyHandedOver,
    StatusUnknown,
    StatusWithdrawn,
)

ONE_DAY = dt.timedelta(days=1)
# The status of a spell begun by a StatusUnknown: not a status of any ladder, never certain.
UNKNOWN = "unknown"


def _before(day: dt.date) -> dt.date:
    return day - ONE_DAY if day > FAR_PAST else day


@dataclass(frozen=True)
class Span:
    """Inclusive day bounds with uncertainty: starts in [s0, s1], ends in [e0, e1]."""

    s0: dt.date
    s1: dt.date
    e0: dt.date = FAR_FUTURE
    e1: dt.date = FAR_FUTURE

    def on(self, day: dt.date) -> Truth:
        if day < self.s0 or day > self.e1:
            return Truth.NO
        if self.s1 <= day <= self.e0:
            return Truth.YES
        return Truth.MAYBE

    def ended_by(self, start: Extent) -> Span:
        """This span, ended the day before ``start`` (a replacing change) begins."""
        return Span(
            self.s0,
            self.s1,
            min(self.e0, _before(start.start_earliest)),
            min(self.e1, _before(start.start_latest)),
        )

    @staticmethod
    def of(ext: Extent) -> Span:
        return Span(ext.start_earliest, ext.start_latest, ext.end_earliest, ext.end_latest)

    @staticmethod
    def from_start(ext: Extent) -> Span:
        return Span(ext.start_earliest, ext.start_latest)


@dataclass(frozen=True)
class StatusSpell:
    party: str
    status: str
    span: Span
    since: str  # the EDTF date the spell began
    event: EventBase
    ended_by: EventBase | None = None
    unknown: bool = False  # begun by a StatusUnknown: the party's status is not known
    via: str | None = None  # a continuation: the predecessor whose status (and since) it carries on
    succession: str | None = None  # ... and the succession that carried it over


@dataclass(frozen=True)
class Term:
    office: str
    event: OfficialAppointed
    span: Span
    vacated_by: OfficeVacated | None = None


@dataclass(frozen=True)
class Presidency:
    party: str
    span: Span
    event: PresidencyHandedOver
    ended_by: PresidencyHandedOver | None = None


@dataclass
class Facts:
    """Everything the state is read from, for one organization."""

    founding: OrganizationFounded | None = None
    dissolution: OrganizationDissolved | None = None
    statuses: dict[str, list[StatusSpell]] = field(default_factory=lambda: defaultdict(list))
    terms: dict[str, list[Term]] = field(default_factory=lambda: defaultdict(list))
    presidencies: list[Presidency] = field(default_factory=list)
    held: list[MeetingHeld] = field(default_factory=list)
    scheduled: list[MeetingScheduled] = field(default_factory=list)
    documents: list[DocumentAdopted | AgreementSigned] = field(default_factory=list)
    in_force: dict[str, list[tuple[Span, EventBase]]] = field(default_factory=lambda: defaultdict(list))
    bodies: list[BodyEstablished] = field(default_factory=list)
    planned: list[BodyPlanned] = field(default_factory=list)
    offices_established: list[OfficeEstablished] = field(default_factory=list)
    vacancies: list[OfficeVacated] = field(default_factory=list)

    @property
    def ladder(self) -> list[str]:
        return list(self.founding.statuses) if self.founding else []

    @property
    def member_status(self) -> str | None:
        """The status that counts as membership: ``member`` if the ladder has it, else its first."""
        ladder = self.ladder
        return "member" if "member" in ladder else (ladder[0] if ladder else None)

    def offices(self) -> dict[str, str]:
        names = dict(self.founding.offices) if self.founding else {}
        for ev in self.offices_established:
            names.setdefault(ev.office, ev.name)
        return names

    def body_names(self) -> dict[str, str]:
        names = dict(self.founding.bodies) if self.founding else {}
        for ev in self.bodies:
            names.setdefault(ev.body, ev.name)
        for plan in self.planned:
            names.setdefault(plan.body, plan.name)
        return names


def _status_changes(events: Sequence[EventBase]) -> dict[str, list[EventBase]]:
    changes: dict[str, list[EventBase]] = defaultdict(list)
    for ev in events:
        for party in ev.status_parties():
            changes[party].append(ev)
    return changes


def _continue(facts: Facts) -> None:
    """A continuation's spell keeps its predecessor's ``since`` (the USSR's UN membership of 1945
    carried on by Russia): the predecessor's spell it follows ends that day, by the succession's
    own withdrawal. Chains (A -> B -> C) carry through, in valid-time order."""
    carried = sorted(
        (
            (spell.span.s0, party, k)
            for party, spells in facts.statuses.items()
            for k, spell in enumerate(spells)
            if getattr(spell.event, "continues", None)
        ),
        key=lambda t: t[0],
    )
    for _, party, k in carried:
        spell = facts.statuses[party][k]
        ev = spell.event
        before = next(
            (
                s
                for s in facts.statuses.get(getattr(ev, "continues", ""), [])
                if s.ended_by is not None
                and s.ended_by.valid_time == ev.valid_time
                and getattr(s.ended_by, "carried_over", None) == getattr(ev, "carried_over", None)
            ),
            None,
        )
        if before is not None and not before.unknown:
            facts.statuses[party][k] = dataclasses.replace(
                spell,
                since=before.since,
                via=getattr(ev, "continues", None),
                succession=getattr(ev, "carried_over", None),
            )


def build_facts(events: Sequence[EventBase]) -> Facts:
    """Build the intervals from decisions already in valid-time order."""
    facts = Facts()
    for ev in events:
        if isinstance(ev, OrganizationFounded) and facts.founding is None:
            facts.founding = ev
        elif isinstance(ev, OrganizationDissolved) and facts.dissolution is None:
            facts.dissolution = ev
    first_status = facts.ladder[0] if facts.ladder else "member"
    end_of_all = extent(facts.dissolution.effective) if facts.dissolution else None

    for party, changes in _status_changes(events).items():
        spells: list[StatusSpell] = []
        for i, ev in enumerate(changes):
            if isinstance(ev, StatusWithdrawn):
                continue
            start = extent(ev.valid_time or "")
            unknown = isinstance(ev, StatusUnknown)
            if unknown:
                status = UNKNOWN
            elif isinstance(ev, OrganizationFounded):
                status = first_status
            else:
                status = ev.status  # type: ignore[attr-defined]
            span = Span.from_start(start)
            nxt = changes[i + 1] if i + 1 < len(changes) else None
            if nxt is not None:
                span = span.ended_by(extent(nxt.valid_time or ""))
            elif end_of_all is not None:
                span = span.ended_by(end_of_all)
            spells.append(StatusSpell(party, status, span, ev.valid_time or "", ev, nxt, unknown))
        facts.statuses[party] = spells
    _continue(facts)

    appointments: dict[str, list[OfficialAppointed]] = defaultdict(list)
    vacated: dict[tuple[str, str], list[OfficeVacated]] = defaultdict(list)
    handovers: list[PresidencyHandedOver] = []
    for ev in events:
        if isinstance(ev, OfficialAppointed):
            appointments[ev.office].append(ev)
        elif isinstance(ev, OfficeVacated):
            vacated[(ev.office, ev.person)].append(ev)
            facts.vacancies.append(ev)
        elif isinstance(ev, PresidencyHandedOver):
            handovers.append(ev)
        elif isinstance(ev, MeetingHeld):
            facts.held.append(ev)
        elif isinstance(ev, MeetingScheduled):
            facts.scheduled.append(ev)
        elif isinstance(ev, DocumentAdopted | AgreementSigned):
            facts.documents.append(ev)
            if isinstance(ev, DocumentAdopted) and ev.in_force:
                facts.in_force[ev.document].append((Span.of(extent(ev.in_force)), ev))
        elif isinstance(ev, DocumentEnteredIntoForce):
            start = extent(ev.effective)
            span = Span.from_start(start)
            if ev.until:
                until = extent(ev.until)
                span = Span(span.s0, span.s1, until.start_earliest, until.start_latest)
            facts.in_force[ev.document].append((span, ev))
        elif isinstance(ev, BodyEstablished):
            facts.bodies.append(ev)
        elif isinstance(ev, BodyPlanned):
            facts.planned.append(ev)
        elif isinstance(ev, OfficeEstablished):
            facts.offices_established.append(ev)

    for office, terms in appointments.items():
        for i, ev in enumerate(terms):
            ext = extent(ev.term)
            span = Span.of(ext)
            if ext.end_unknown and i + 1 < len(terms):
                # an unknown end is bounded by the successor's start (inferred)
                successor = extent(terms[i + 1].term)
                span = Span(span.s0, span.s1, span.e0, min(span.e1, _before(successor.start_latest)))
            cut = next(
                (
                    v
                    for v in vacated.get((office, ev.person), [])
                    if extent(v.effective).start_latest > ext.start_earliest
                    and extent(v.effective).start_earliest <= _next_day(span.e1)
                ),
                None,
            )
            if cut is not None:
                span = span.ended_by(extent(cut.effective))
            if end_of_all is not None:
                span = span.ended_by(end_of_all)
            facts.terms[office].append(Term(office, ev, span, cut))

    for i, ev in enumerate(handovers):
        span = Span.from_start(extent(ev.effective))
        nxt = handovers[i + 1] if i + 1 < len(handovers) else None
        if nxt is not None:
            span = span.ended_by(extent(nxt.effective))
        elif end_of_all is not None:
            span = span.ended_by(end_of_all)
        facts.presidencies.append(Presidency(ev.to_party, span, ev, nxt))
    return facts


def _next_day(day: dt.date) -> dt.date:
    return day + ONE_DAY if day < FAR_FUTURE else day


def status_on(facts: Facts, party: str, day_range: tuple[dt.date, dt.date]) -> str | None:
    """The status ``party`` certainly holds on every day of the range, if any (an unknown
    status is none: it is never certain)."""
    first, last = day_range
    for spell in facts.statuses.get(party, []):
        if not spell.unknown and spell.span.s1 <= first and spell.span.e0 >= last:
            return spell.status
    return None
