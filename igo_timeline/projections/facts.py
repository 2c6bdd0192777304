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
from typing import TypeVar

from igo_timeline.events.dates import FAR_FUTURE, FAR_PAST, Extent, Truth, extent
from igo_timeline.events.models import (
    DEFAULT_CHAIR,
    NOTICE,
    AgreementSigned,
    BodyEstablished,
    BodyPlanned,
    ChairEstablished,
    ConditionImposed,
    ConditionLifted,
    CoverageDeclared,
    DocumentAdopted,
    DocumentEnteredIntoForce,
    EventBase,
    LadderReformed,
    MeetingHeld,
    MeetingScheduled,
    NameChanged,
    OfficeEstablished,
    OfficeVacated,
    OfficialAppointed,
    OrganizationDissolved,
    OrganizationFounded,
    PresidencyHandedOver,
    PresidencyVacated,
    ProcedureConcluded,
    ProcedureLaunched,
    ProcedureStepTaken,
    StatusGranted,
    StatusUnknown,
    StatusWithdrawn,
    WithdrawalNotified,
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
    previously: tuple[tuple[str, str], ...] = ()  # begun by a reform: the (status, since) path before
    via: str | None = None  # a continuation: the predecessor whose status (and since) it carries on
    succession: str | None = None  # ... and the succession that carried it over


@dataclass(frozen=True)
class ConditionSpell:
    """A condition on a party's status (suspended, withdrawal notified, ...): it does not end the status.

    ``since`` is the day the condition began (a notice extended by a later one keeps its first
    day); ``event`` the decision in force for this stretch; ``ended_by`` what ended it (a lift,
    a withdrawal, a later notice that replaces this one's ``takes_effect``), None when open or
    when it ends by itself (``until``)."""

    party: str
    condition: str
    span: Span
    since: str
    event: EventBase
    ended_by: EventBase | None = None
    withdrawn: bool = False  # a notice followed by a recorded withdrawal: that alone decides
    # a lift that comes certainly after this spell's start and its end in an unknown order, while
    # the condition may still hold: it settles the doubt (DESIGN.md 9.1)
    settled_by: EventBase | None = None

    @property
    def until(self) -> str | None:
        return getattr(self.event, "until", None)

    @property
    def takes_effect(self) -> str | None:
        return getattr(self.event, "takes_effect", None)

    def due_on(self, day: dt.date) -> Truth:
        """Whether a notified withdrawal is due on ``day`` with none recorded (always NO once a
        withdrawal ends the notice: then the withdrawal alone decides)."""
        if self.takes_effect is None or self.withdrawn:
            return Truth.NO
        if self.span.on(day) is Truth.NO:
            return Truth.NO
        return extent(self.takes_effect).started_by(day)


@dataclass(frozen=True)
class Procedure:
    """A pending procedure (accession, withdrawal, a status upgrade) from its launch to its outcome."""

    party: str
    procedure: str
    status: str | None
    span: Span
    event: ProcedureLaunched
    ended_by: EventBase | None = None
    steps: tuple[ProcedureStepTaken, ...] = ()


@dataclass(frozen=True)
class Term:
    office: str
    event: OfficialAppointed
    span: Span
    vacated_by: OfficeVacated | None = None


@dataclass(frozen=True)
class Presidency:
    """A chair held by a party: from a handover to the next change of that chair or its term's end.

    ``giver``: the spell of a handover's named ``from_party`` before the chair's first recorded
    handover (its start unknown)."""

    party: str
    span: Span
    event: PresidencyHandedOver
    ended_by: EventBase | None = None
    chair: str = DEFAULT_CHAIR
    giver: bool = False

    @property
    def since(self) -> str | None:
        return None if self.giver else self.event.since or self.event.effective

    @property
    def until(self) -> str | None:
        """The last day of a fixed term (None when open-ended, or for a giver)."""
        if self.giver or self.event.term is None:
            return None
        return self.event.term.split("/", 1)[1]


@dataclass(frozen=True)
class Vacancy:
    """A chair with no holder: from a vacancy (or the end of a fixed term) to its next handover."""

    chair: str
    span: Span
    event: EventBase  # the PresidencyVacated, or the handover whose term ran out


@dataclass(frozen=True)
class Horizon:
    """How far the organization's record reaches: the latest day its decisions, meetings and
    sources speak for (``reach``), or a declared coverage, whichever is later."""

    reach: dt.date | None
    declared: dt.date | None

    @property
    def until(self) -> dt.date | None:
        days = [d for d in (self.reach, self.declared) if d is not None]
        return max(days) if days else None

    def to_json(self) -> dict[str, str | None]:
        return {
            "until": self.until.isoformat() if self.until else None,
            "declared": self.declared.isoformat() if self.declared else None,
        }


def _earliest(text: str | None) -> dt.date | None:
    if not text:
        return None
    try:
        ext = extent(text)
    except Exception:  # noqa: BLE001 - a date no longer parsing is not the horizon's to report
        return None
    if ext.start_open or ext.end_open or ext.start_earliest == FAR_PAST:
        return None  # an open-ended set says nothing of how far the record reaches
    return ext.start_earliest


# a dataset's declared coverage, as the COW import records it (cow.layout): a document of this
# kind, whose id has this prefix, in force over the years the file covers
DATASET_COVERAGE = "dataset_coverage"
DATASET_COVERAGE_PREFIX = "cow-rows-"


def horizon_of(events: Sequence[EventBase]) -> Horizon:
    """Counted: each decision's ``decided_on`` (else its own date's earliest day), each source's
    ``published``; a declared coverage apart. Never: scheduled meetings' dates, term ends,
    ``in_force``/``until``, ``takes_effect``, open-ended sets."""
    reach: dt.date | None = None
    declared: dt.date | None = None
    for ev in events:
        day, covered = horizon_part(ev)
        if covered is not None and (declared is None or covered > declared):
            declared = covered
        if day is not None and (reach is None or day > reach):
            reach = day
    return Horizon(reach, declared)


def horizon_part(ev: EventBase) -> tuple[dt.date | None, dt.date | None]:
    """One decision's share of the horizon (see :func:`horizon_of`, the latest of them all): the
    day it speaks for and the coverage it declares (either None)."""
    declared: dt.date | None = None
    covered = None
    if isinstance(ev, CoverageDeclared):
        covered = ev.until
    elif (
        isinstance(ev, DocumentEnteredIntoForce)
        and ev.until
        and ev.document.startswith(DATASET_COVERAGE_PREFIX)
    ):
        covered = ev.until
    if covered is not None:
        last = extent(covered).end_latest
        if last < FAR_FUTURE:
            declared = last
        if isinstance(ev, CoverageDeclared):
            return None, declared
    day: dt.date | None
    decided = getattr(ev, "decided_on", None)
    if decided:
        day = _earliest(decided)
    elif isinstance(ev, MeetingScheduled):
        day = None  # a meeting to come is no word on how far the record reaches
    else:
        day = _earliest(ev.valid_time)
    # (the index's lean events keep only their sources' published dates: read what is there)
    source, more = ev.__dict__.get("source"), ev.__dict__.get("more_sources") or []
    for src in [source, *more] if source is not None else []:
        published = _earliest(src.published)
        if published is not None and (day is None or published > day):
            day = published
    return day, declared


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
    conditions: dict[str, list[ConditionSpell]] = field(default_factory=lambda: defaultdict(list))
    procedures: dict[str, list[Procedure]] = field(default_factory=lambda: defaultdict(list))
    vacancies_of_chairs: list[Vacancy] = field(default_factory=list)
    reforms: list[LadderReformed] = field(default_factory=list)
    names: list[NameChanged] = field(default_factory=list)
    horizon: Horizon | None = None  # set from every decision in force (see horizon_of), not by build_facts
    chairs_established: list[ChairEstablished] = field(default_factory=list)

    @property
    def ladder(self) -> list[str]:
        return list(self.founding.statuses) if self.founding else []

    def names_on(self, day: dt.date) -> tuple[str | None, dict[str, str], dict[str, str]]:
        """The names in force on ``day``: the organization's, its offices' and its bodies'."""
        org = self.founding.name if self.founding else None
        offices, bodies = self.offices(), self.body_names()
        for ev in self.names:
            if extent(ev.effective).started_by(day) is not Truth.YES:
                continue
            if ev.office:
                offices[ev.office] = ev.name
            elif ev.body:
                bodies[ev.body] = ev.name
            else:
                org = ev.name
        return org, offices, bodies

    def ladder_on(self, day: dt.date) -> list[str]:
        """The ladder in force on ``day``: the founding's, as every reform in force by then left it."""
        ladder = self.ladder
        for reform in self.reforms:
            if extent(reform.effective).started_by(day) is Truth.YES:
                ladder = reform.apply(ladder)
        return ladder

    def renamed_on(self, status: str, day: dt.date) -> str:
        """What ``status`` is called on ``day``: the status the reforms in force by then merged it into
        (``LadderReformed.moves``), else itself."""
        for reform in self.reforms:
            if extent(reform.effective).started_by(day) is Truth.YES:
                status = reform.moves(status) or status
        return status

    def member_status_on(self, day: dt.date) -> str | None:
        """The status that counts as membership on ``day`` (a reform may have renamed it)."""
        ladder = self.ladder_on(day)
        return "member" if "member" in ladder else (ladder[0] if ladder else None)

    @property
    def member_status(self) -> str | None:
        """The status that counts as membership: ``member`` if the ladder has it, else its first."""
        ladder = self.ladder
        return "member" if "member" in ladder else (ladder[0] if ladder else None)

    @property
    def condition_names(self) -> list[str]:
        """Every condition the organization declares, at any time (its founding's and its reforms')."""
        names = self.founding.condition_names if self.founding else []
        for reform in self.reforms:
            names = [*names, *(c for c in reform.conditions or [] if c not in names)]
        return names

    def condition_names_on(self, day: dt.date) -> list[str]:
        """The conditions declared on ``day``: the founding's, and those of every reform in force by then."""
        names = self.founding.condition_names if self.founding else []
        for reform in self.reforms:
            if extent(reform.effective).started_by(day) is Truth.YES:
                names = [*names, *(c for c in reform.conditions or [] if c not in names)]
        return names

    def conditions_on(self, party: str, day: dt.date) -> list[ConditionSpell]:
        """The conditions that certainly hold on ``party``'s status on ``day``."""
        return [c for c in self.conditions.get(party, []) if c.span.on(day) is Truth.YES]

    def chairs(self) -> dict[str, str]:
        """The rotating chairs declared besides the presidency: slug -> name."""
        names: dict[str, str] = {}
        for ev in self.chairs_established:
            names.setdefault(ev.chair, ev.name)
        return names

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


# the decision types the last pass of build_facts reads
_OTHER_FACTS = (
    OfficialAppointed,
    OfficeVacated,
    PresidencyHandedOver,
    PresidencyVacated,
    ChairEstablished,
    MeetingHeld,
    MeetingScheduled,
    DocumentAdopted,
    AgreementSigned,
    DocumentEnteredIntoForce,
    BodyEstablished,
    BodyPlanned,
    OfficeEstablished,
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

    facts.reforms = [ev for ev in events if isinstance(ev, LadderReformed)]
    facts.names = [ev for ev in events if isinstance(ev, NameChanged)]
    order = {id(ev): i for i, ev in enumerate(events)} if facts.reforms else {}
    for party, changes in _status_changes(events).items():
        if facts.reforms:  # a reform may move the party's status: it is a change of each party
            changes = sorted([*changes, *facts.reforms], key=lambda ev: order[id(ev)])
        moves: list[tuple[EventBase, str | None]] = []  # each change and the status it leaves
        current: str | None = None
        for ev in changes:
            if isinstance(ev, LadderReformed):
                new = ev.moves(current) if current not in (None, UNKNOWN) else None  # type: ignore[arg-type]
                if new is None:
                    continue  # the party's status is not merged: no change
                current = new
            elif isinstance(ev, StatusWithdrawn):
                current = None
            elif isinstance(ev, StatusUnknown):
                current = UNKNOWN
            elif isinstance(ev, OrganizationFounded):
                current = first_status
            else:
                current = ev.status  # type: ignore[attr-defined]
            moves.append((ev, current))
        spells: list[StatusSpell] = []
        for i, (ev, status) in enumerate(moves):
            if status is None:
                continue
            span = Span.from_start(extent(ev.valid_time or ""))
            nxt = moves[i + 1][0] if i + 1 < len(moves) else None
            if nxt is not None:
                span = span.ended_by(extent(nxt.valid_time or ""))
            elif end_of_all is not None:
                span = span.ended_by(end_of_all)
            previously: tuple[tuple[str, str], ...] = ()
            if isinstance(ev, LadderReformed) and spells:
                before = spells[-1]
                previously = (*before.previously, (before.status, before.since))
            spells.append(
                StatusSpell(party, status, span, ev.valid_time or "", ev, nxt, status == UNKNOWN, previously)
            )
        facts.statuses[party] = _unknown_order(spells, [ev for ev, _ in moves], end_of_all, ends=False)
    _continue(facts)

    for party, events_of in _by_party(events, "condition_parties").items():
        facts.conditions[party] = _conditions(party, events_of, end_of_all)
    for party, events_of in _by_party(events, "procedure_parties").items():
        found = _procedures(party, events_of, end_of_all)
        if found:
            facts.procedures[party] = found

    appointments: dict[str, list[OfficialAppointed]] = defaultdict(list)
    vacated: dict[tuple[str, str], list[OfficeVacated]] = defaultdict(list)
    handovers: list[PresidencyHandedOver | PresidencyVacated] = []
    for ev in events:
        if not isinstance(ev, _OTHER_FACTS):
            continue  # (most decisions are changes of status: one test instead of a dozen)
        if isinstance(ev, OfficialAppointed):
            appointments[ev.office].append(ev)
        elif isinstance(ev, OfficeVacated):
            vacated[(ev.office, ev.person)].append(ev)
            facts.vacancies.append(ev)
        elif isinstance(ev, PresidencyHandedOver):
            handovers.append(ev)
        elif isinstance(ev, PresidencyVacated):
            handovers.append(ev)
        elif isinstance(ev, ChairEstablished):
            facts.chairs_established.append(ev)
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

    by_chair: dict[str, list[PresidencyHandedOver | PresidencyVacated]] = defaultdict(list)
    for change in handovers:
        by_chair[change.chair_slug].append(change)
    for chair, chair_changes in by_chair.items():
        _chair(facts, chair, chair_changes, end_of_all)
        # two changes of the chair in an unknown order: both holders uncertain (DESIGN.md 9.1)
        mine = [i for i, p in enumerate(facts.presidencies) if p.chair == chair and not p.giver]
        held = _unknown_order([facts.presidencies[i] for i in mine], chair_changes, end_of_all)
        for i, pres in zip(mine, held, strict=True):
            facts.presidencies[i] = pres
    return facts


def _chair(
    facts: Facts,
    chair: str,
    changes: Sequence[PresidencyHandedOver | PresidencyVacated],
    end_of_all: Extent | None,
) -> None:
    """One chair's holders and vacancies: a holder until the next change of the chair, or the
    end of a fixed term (then vacant until the next handover)."""
    for i, ev in enumerate(changes):
        nxt = changes[i + 1] if i + 1 < len(changes) else None
        if isinstance(ev, PresidencyHandedOver):
            start = extent(ev.effective)
            if i == 0 and ev.from_party is not None:
                # a named giver before the first recorded handover held the chair until then
                before = Span(
                    FAR_PAST,
                    _before(start.start_latest),
                    _before(start.start_earliest),
                    _before(start.start_latest),
                )
                facts.presidencies.append(Presidency(ev.from_party, before, ev, ev, chair, giver=True))
            span = Span.from_start(start)
            ended: EventBase | None = None
            if ev.term is not None:
                term = extent(ev.term)
                span = Span(span.s0, span.s1, term.end_earliest, term.end_latest)
            if nxt is not None and extent(nxt.valid_time or "").start_earliest <= span.e1:
                span, ended = span.ended_by(extent(nxt.valid_time or "")), nxt
            elif ev.term is not None:  # ran out: vacant until the next handover
                gap = Span(_next_day(span.e0), _next_day(span.e1))
                if nxt is not None:
                    gap = gap.ended_by(extent(nxt.valid_time or ""))
                if end_of_all is not None:
                    gap = gap.ended_by(end_of_all)
                facts.vacancies_of_chairs.append(Vacancy(chair, gap, ev))
            if end_of_all is not None:
                span = span.ended_by(end_of_all)
            facts.presidencies.append(Presidency(ev.to_party, span, ev, ended, chair))
        else:
            gap = Span.from_start(extent(ev.effective))
            if nxt is not None:
                gap = gap.ended_by(extent(nxt.valid_time or ""))
            if end_of_all is not None:
                gap = gap.ended_by(end_of_all)
            facts.vacancies_of_chairs.append(Vacancy(chair, gap, ev))


def order_unknown(a: EventBase, b: EventBase) -> bool:
    """Whether two changes of one subject may have come in either order: their date ranges
    overlap, and they are not the same single day (that is a same-day conflict, or the same)."""
    x, y = a.valid_extent, b.valid_extent
    if x is None or y is None:
        return False
    if x.is_day and y.is_day:
        return False
    return x.start_earliest <= y.start_latest and y.start_earliest <= x.start_latest


# the spells of one subject whose changes may come in an unknown order
_S = TypeVar("_S", StatusSpell, ConditionSpell, Presidency)


def _unknown_order(
    spells: list[_S],
    changes: Sequence[EventBase],
    end_of_all: Extent | None,
    *,
    ends: bool = True,
    enders: tuple[type, ...] = (EventBase,),
) -> list[_S]:
    """Spells of one subject (a party's status, one of its conditions, one chair) whose
    beginnings, or whose beginning and end, may have come in either order: uncertain from the
    earliest day either could have happened until the next change of the subject that certainly
    comes after both. ``changes`` are the subject's changes in valid-time order; with ``ends``
    False, only two changes that each begin a spell count (a party's statuses); ``enders``: the
    types of change whose order with a spell's beginning may be unknown."""
    if len(spells) < (1 if ends else 2):
        return spells
    index: dict[int, int] | None = None  # built only when an order is unknown (rare)
    out = list(spells)
    for k, a in enumerate(out):
        b_event = a.ended_by
        if b_event is None or b_event is a.event:
            continue
        if not ends:  # the next spell must begin with the change that ended this one
            if k + 1 >= len(out) or out[k + 1].event is not b_event:
                continue
        elif not isinstance(b_event, enders):
            continue
        if not order_unknown(a.event, b_event):
            continue
        if index is None:
            index = {id(ev): i for i, ev in enumerate(changes)}
        if id(b_event) not in index:
            continue
        i = max(index[id(b_event)], index.get(id(a.event), -1))  # either may be read first
        later = next(
            (c for c in changes[i + 1 :] if not order_unknown(a.event, c) and not order_unknown(b_event, c)),
            None,
        )
        last = _before(extent(later.valid_time or "").start_latest) if later is not None else FAR_FUTURE
        if later is None and end_of_all is not None:
            last = _before(end_of_all.start_latest)
        # a may have come last: it may hold until then
        out[k] = dataclasses.replace(a, span=Span(a.span.s0, a.span.s1, a.span.e0, max(a.span.e1, last)))
        # the spell b began (if any) is never certain before then
        never = _next_day(last) if last < FAR_FUTURE else FAR_FUTURE
        for j in range(k + 1, len(out)):
            b = out[j]
            if b.event is b_event:
                out[j] = dataclasses.replace(
                    b, span=Span(b.span.s0, max(b.span.s1, never), b.span.e0, b.span.e1)
                )
                break
    return out


def _by_party(events: Sequence[EventBase], hook: str) -> dict[str, list[EventBase]]:
    found: dict[str, list[EventBase]] = defaultdict(list)
    for ev in events:
        if not _has_hook(type(ev), hook):
            continue  # (the base's hook names no party: most decisions, asked once per type)
        for party in getattr(ev, hook)():
            found[party].append(ev)
    return found


_HOOKS: dict[tuple[type, str], bool] = {}


def _has_hook(cls: type, hook: str) -> bool:
    """Whether this decision type has a hook of its own (the base's returns no party)."""
    hit = _HOOKS.get((cls, hook))
    if hit is None:
        hit = _HOOKS[(cls, hook)] = getattr(cls, hook) is not getattr(EventBase, hook)
    return hit


def _conditions(party: str, events: Sequence[EventBase], end_of_all: Extent | None) -> list[ConditionSpell]:
    """The party's condition spells: each opened by an imposition or a notice, ended by a lift, its
    own ``until``, a withdrawal of the status, a later notice (which carries its first day on), or
    the organization's end."""
    spells: list[ConditionSpell] = []
    open_: dict[str, tuple[int, str]] = {}  # condition -> (its spell's index, first day)
    # lifts that found nothing held when read: an imposition read later that may have come
    # before them (an unknown order, DESIGN.md 9.1) is the condition they lift
    unmatched: list[ConditionLifted] = []

    def close(name: str, by: EventBase) -> None:
        i, _ = open_.pop(name)
        spell = spells[i]
        start = extent(by.valid_time or "")
        if isinstance(by, WithdrawalNotified):
            # an extension carries the notice on: the condition certainly holds throughout, and
            # the earlier notice stands until the later one has certainly been given
            last = _before(start.start_latest)
            ended = Span(spell.span.s0, spell.span.s1, min(spell.span.e0, last), min(spell.span.e1, last))
        else:
            ended = spell.span.ended_by(start)
        spells[i] = dataclasses.replace(spell, span=ended, ended_by=by)

    for ev in events:
        if isinstance(ev, ConditionImposed | WithdrawalNotified):
            name = NOTICE if isinstance(ev, WithdrawalNotified) else ev.condition
            since = ev.since or ev.effective  # carried on by a continuation: the predecessor's first day
            if name in open_:
                since = open_[name][1] if isinstance(ev, WithdrawalNotified) else since
                close(name, ev)
            span = Span.from_start(extent(ev.effective))
            if isinstance(ev, ConditionImposed) and ev.until:
                last = extent(ev.until)
                span = Span(span.s0, span.s1, last.start_earliest, last.end_latest)
            spells.append(ConditionSpell(party, name, span, since, ev))
            if not (isinstance(ev, ConditionImposed) and ev.until):
                open_[name] = (len(spells) - 1, since)
            else:
                open_.pop(name, None)
            lift = next((x for x in unmatched if x.condition == name and order_unknown(ev, x)), None)
            if lift is not None:  # the lift may have come after it: it may end it (uncertain below)
                unmatched.remove(lift)
                spells[-1] = dataclasses.replace(
                    spells[-1], span=span.ended_by(extent(lift.effective)), ended_by=lift
                )
                open_.pop(name, None)
        elif isinstance(ev, ConditionLifted):
            if ev.condition in open_:
                close(ev.condition, ev)
            else:  # a lift before a fixed end: it cuts the latest spell that may still hold
                cut_one = False
                for i in range(len(spells) - 1, -1, -1):
                    spell = spells[i]
                    if spell.condition == ev.condition and spell.ended_by is None:
                        if spell.span.e1 >= extent(ev.effective).start_earliest > spell.span.s0:
                            cut = spell.span.ended_by(extent(ev.effective))
                            spells[i] = ConditionSpell(
                                party, spell.condition, cut, spell.since, spell.event, ev
                            )
                            cut_one = True
                        break
                if not cut_one:
                    mine = [i for i, c in enumerate(spells) if c.condition == ev.condition]
                    prior = spells[mine[-1]] if mine else None
                    if (
                        prior is not None
                        and isinstance(prior.ended_by, ConditionImposed | ConditionLifted)
                        and prior.settled_by is None
                        and order_unknown(prior.event, prior.ended_by)
                        and extent(ev.effective).start_earliest > prior.span.s0
                        and not (
                            prior.until
                            and extent(prior.until).end_latest < extent(ev.effective).start_earliest
                        )
                    ):  # the condition may still hold: this lift ends the doubt
                        spells[mine[-1]] = dataclasses.replace(prior, settled_by=ev)
                    else:
                        unmatched.append(ev)
        elif isinstance(ev, StatusWithdrawn):
            for i, spell in enumerate(spells):  # every notice before it: the withdrawal decides
                if spell.condition == NOTICE and spell.span.s0 <= extent(ev.effective).start_latest:
                    spells[i] = dataclasses.replace(spell, withdrawn=True)
            for name in list(open_):
                close(name, ev)
            for i, spell in enumerate(spells):  # a fixed-term condition ends with the status too
                if (
                    spell.ended_by is None
                    and spell.span.e1 >= extent(ev.effective).start_earliest > spell.span.s0
                ):
                    spells[i] = ConditionSpell(
                        party,
                        spell.condition,
                        spell.span.ended_by(extent(ev.effective)),
                        spell.since,
                        spell.event,
                        ev,
                    )
    # a condition imposed and lifted (or imposed again) in an unknown order: uncertain until a
    # change of it that certainly comes after both (DESIGN.md 9.1); a notice's extension is not one
    for name in {c.condition for c in spells}:
        mine = [i for i, c in enumerate(spells) if c.condition == name]
        changes = [
            ev
            for ev in events
            if isinstance(ev, ConditionImposed | ConditionLifted)
            and ev.condition == name
            or isinstance(ev, StatusWithdrawn)
        ]
        ordered = _unknown_order(
            [spells[i] for i in mine], changes, None, enders=(ConditionImposed, ConditionLifted)
        )
        for i, spell in zip(mine, ordered, strict=True):
            if spell.until:  # whatever the order, a fixed-term condition ends by its last day
                last_day = extent(spell.until).end_latest
                sp = spell.span
                spell = dataclasses.replace(
                    spell, span=Span(sp.s0, sp.s1, min(sp.e0, last_day), min(sp.e1, last_day))
                )
            spells[i] = spell
    if end_of_all is not None:
        spells = [dataclasses.replace(c, span=c.span.ended_by(end_of_all)) for c in spells]
    return spells


def _concludes(ev: EventBase, proc: ProcedureLaunched) -> bool:
    if isinstance(ev, ProcedureConcluded):
        return ev.procedure == proc.procedure
    if isinstance(ev, StatusGranted):
        return proc.procedure != "withdrawal" and (proc.status is None or proc.status == ev.status)
    if isinstance(ev, StatusWithdrawn):
        return proc.procedure == "withdrawal"
    return False


def _procedures(party: str, events: Sequence[EventBase], end_of_all: Extent | None) -> list[Procedure]:
    """The party's procedures: each from its launch to the grant, withdrawal or stated outcome that
    concludes it; the steps recorded between belong to it."""
    found: list[Procedure] = []
    open_: dict[str, int] = {}  # procedure slug -> index of its open Procedure
    for ev in events:
        if isinstance(ev, ProcedureLaunched):
            if ev.procedure in open_:
                continue  # launched again while pending (a text restating it): the first launch stands
            open_[ev.procedure] = len(found)
            found.append(Procedure(party, ev.procedure, ev.status, Span.from_start(extent(ev.date)), ev))
        elif isinstance(ev, ProcedureStepTaken):
            if ev.procedure in open_:
                proc = found[open_[ev.procedure]]
                found[open_[ev.procedure]] = dataclasses.replace(proc, steps=(*proc.steps, ev))
        else:
            for slug, i in list(open_.items()):
                proc = found[i]
                if _concludes(ev, proc.event):
                    found[i] = dataclasses.replace(
                        proc, span=proc.span.ended_by(extent(ev.valid_time or "")), ended_by=ev
                    )
                    del open_[slug]
    if end_of_all is not None:
        found = [
            dataclasses.replace(p, span=p.span.ended_by(end_of_all)) if p.ended_by is None else p
            for p in found
        ]
    return found


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
