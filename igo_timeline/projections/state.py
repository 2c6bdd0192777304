"""The pure fold: the organization's state as of a day, as known at a record time.

This is the reference projection: a function of the recorded events and the
two times, nothing else. Every entry names the event it rests on; whatever
may or may not hold on the day because a date is imprecise goes to
``uncertain`` rather than to the certain lists, and so does a party whose
status is not known (a ``StatusUnknown`` spell: kind ``status_unknown``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

from igo_timeline.events.dates import Truth, extent
from igo_timeline.events.models import DEFAULT_CHAIR, AgreementSigned, DocumentAdopted, EventBase
from igo_timeline.events.parties import party_name
from igo_timeline.projections.effective import Record, decisions, effective_events
from igo_timeline.projections.facts import ConditionSpell, Facts, Span, StatusSpell, build_facts, horizon_of
from igo_timeline.projections.results import (
    BodyEntry,
    ChairEntry,
    ConditionEntry,
    DatedEntry,
    DocumentEntry,
    MeetingEntry,
    OfficeEntry,
    PendingEntry,
    PresidencyEntry,
    State,
    StatusEntry,
    StepEntry,
    UncertainEntry,
)


def _id(ev: EventBase) -> str:
    assert ev.id is not None
    return ev.id


def _start_or_end(span: Span, day: dt.date, start: str, end: EventBase | None) -> str:
    """The date that makes a spell uncertain on ``day``: its start's or its end's."""
    if span.s0 <= day < span.s1 or end is None:
        return start
    return end.valid_time or start


HELD, UNCERTAIN, UNKNOWN_ANSWER, DUE = "held", "uncertain", "unknown", "withdrawal due"


def notice_due(facts: Facts, party: str, day: dt.date) -> ConditionSpell | None:
    """The notice of withdrawal whose day of effect has (or may have) come on ``day`` with no
    withdrawal recorded: the party's status is then uncertain (withdrawal due)."""
    for spell in facts.conditions.get(party, []):
        if spell.due_on(day) is not Truth.NO:
            return spell
    return None


def status_answers(
    facts: Facts, day: dt.date, candidates: Iterable[tuple[str, StatusSpell]] | None = None
) -> Iterator[tuple[str, StatusSpell, str]]:
    """Each status spell that bears on the day, and what the state makes of it: ``held`` (its
    dates certainly cover the day), ``uncertain`` (they may) or ``unknown`` (a status not known,
    on any day it may cover). The state and the COW export both read statuses through this.

    ``candidates``: the (party, spell) pairs to read, in the order of ``facts.statuses``, when the
    caller knows the others cannot bear on the day (the COW export's spells of each year); by
    default every spell."""
    each = candidates if candidates is not None else _every_spell(facts)
    for party, spell in each:
        truth = spell.span.on(day)
        if truth is Truth.NO:
            continue
        if spell.unknown:
            yield party, spell, UNKNOWN_ANSWER
        elif truth is Truth.YES and notice_due(facts, party, day) is not None:
            yield party, spell, DUE
        else:
            yield party, spell, HELD if truth is Truth.YES else UNCERTAIN


def _every_spell(facts: Facts) -> Iterator[tuple[str, StatusSpell]]:
    for party, spells in facts.statuses.items():
        for spell in spells:
            yield party, spell


def state_as_of(
    org: str,
    records: Iterable[Record],
    as_of: dt.date,
    known_at: dt.datetime | None = None,
) -> State:
    events = decisions(effective_events(records, known_at))
    facts = build_facts(events)
    facts.horizon = horizon_of(events)
    return state_from_facts(org, facts, as_of, known_at)


def state_from_facts(org: str, facts: Facts, day: dt.date, known_at: dt.datetime | None = None) -> State:
    uncertain: list[UncertainEntry] = []
    ladder = facts.ladder_on(day)
    statuses: dict[str, list[StatusEntry]] = {s: [] for s in ladder}

    founded = dissolved = None
    if facts.founding is not None:
        truth = extent(facts.founding.founded).started_by(day)
        if truth is Truth.YES:
            founded = DatedEntry.make(date=facts.founding.founded, event=_id(facts.founding))
        elif truth is Truth.MAYBE:
            uncertain.append(
                UncertainEntry.make(kind="founded", date=facts.founding.founded, event=_id(facts.founding))
            )
    if facts.dissolution is not None:
        truth = extent(facts.dissolution.effective).started_by(day)
        if truth is Truth.YES:
            dissolved = DatedEntry.make(date=facts.dissolution.effective, event=_id(facts.dissolution))
        elif truth is Truth.MAYBE:
            uncertain.append(
                UncertainEntry.make(
                    kind="dissolved", date=facts.dissolution.effective, event=_id(facts.dissolution)
                )
            )

    for party, spell, answer in status_answers(facts, day):
        if answer == UNKNOWN_ANSWER:
            # a status not known is never a certain one: uncertain on every day it covers
            uncertain.append(
                UncertainEntry.make(
                    kind="status_unknown",
                    party=party,
                    name=party_name(party, day),
                    date=spell.since,
                    event=_id(spell.event),
                )
            )
        elif answer == HELD:
            statuses.setdefault(spell.status, []).append(
                StatusEntry.make(
                    party=party,
                    name=party_name(party, day),
                    since=spell.since,
                    event=_id(spell.event),
                    conditions=_conditions(facts, party, day, uncertain),
                    previously=[{"status": st, "since": since} for st, since in spell.previously] or None,
                    via=spell.via,
                    succession=spell.succession,
                )
            )
        elif answer == DUE:
            notice = notice_due(facts, party, day)
            assert notice is not None
            uncertain.append(
                UncertainEntry.make(
                    kind="status",
                    reason=DUE,
                    party=party,
                    name=party_name(party, day),
                    status=spell.status,
                    date=notice.takes_effect or notice.since,
                    event=_id(notice.event),
                )
            )
        else:
            uncertain.append(
                UncertainEntry.make(
                    kind="status",
                    party=party,
                    name=party_name(party, day),
                    status=spell.status,
                    date=_start_or_end(spell.span, day, spell.since, spell.ended_by),
                    event=_id(spell.event),
                )
            )
    for entries in statuses.values():
        entries.sort(key=lambda e: (extent(e.since).start_earliest, e.party))

    offices: dict[str, OfficeEntry] = {}
    org_name, names, body_names = facts.names_on(day)
    for office in sorted(set(names) | set(facts.terms)):
        offices[office] = _office(office, names.get(office, office), facts, day, uncertain)

    presidency, chairs = _chairs(facts, day, uncertain)

    pending = [
        PendingEntry.make(
            party=proc.party,
            name=party_name(proc.party, day),
            procedure=proc.procedure,
            status=proc.status,
            since=proc.event.date,
            event=_id(proc.event),
            steps=[
                StepEntry.make(step=s.step, date=s.date, event=_id(s))
                for s in proc.steps
                if extent(s.date).started_by(day) is Truth.YES
            ],
        )
        for procs in facts.procedures.values()
        for proc in procs
        if proc.span.on(day) is Truth.YES
    ]
    pending.sort(key=lambda p: (extent(p.since).start_earliest, p.party, p.procedure))

    bodies = body_names
    held: list[MeetingEntry] = []
    for meeting in facts.held:
        truth = extent(meeting.date).started_by(day)
        if truth is Truth.YES:
            held.append(_meeting(meeting, bodies))
        elif truth is Truth.MAYBE:
            uncertain.append(
                UncertainEntry.make(
                    kind="meeting_held", body=meeting.body, date=meeting.date, event=_id(meeting)
                )
            )

    upcoming = [_meeting(s, bodies) for s in facts.scheduled if _upcoming(s, facts, day)]
    overdue = [_meeting(s, bodies) for s in facts.scheduled if _overdue(s, facts, day)]

    adopted, in_force, not_in_force = _documents(facts, day, uncertain)

    established: list[BodyEntry] = []
    base = facts.body_names()
    renamed = {slug: name for slug, name in body_names.items() if base.get(slug) != name}  # by a rename
    planned: list[BodyEntry] = []
    established_ids = set()
    for body in facts.bodies:
        truth = extent(body.effective).started_by(day) if body.effective else Truth.NO
        if truth is Truth.YES:
            established.append(
                BodyEntry.make(
                    body=body.body,
                    name=renamed.get(body.body, body.name),  # the name in force on the day
                    since=body.effective,
                    event=_id(body),
                )
            )
            established_ids.add(body.body)
        elif truth is Truth.MAYBE:
            uncertain.append(
                UncertainEntry.make(
                    kind="body_established", body=body.body, date=body.effective or "", event=_id(body)
                )
            )
    for plan in facts.planned:
        if plan.body not in established_ids and extent(plan.date).started_by(day) is Truth.YES:
            planned.append(
                BodyEntry.make(
                    body=plan.body, name=renamed.get(plan.body, plan.name), since=plan.date, event=_id(plan)
                )
            )

    # Lists come in a canonical order, whatever the order the events were recorded in.
    held.sort(key=_by_date)
    upcoming.sort(key=_by_date)
    overdue.sort(key=_by_date)
    horizon = facts.horizon
    until = horizon.until if horizon is not None else None
    for docs in (adopted, in_force, not_in_force):
        docs.sort(key=lambda d: (extent(d.date).start_earliest, d.document, d.event))
    uncertain.sort(key=lambda u: (u.kind, u.date, u.party or u.office or u.body or u.document or "", u.event))
    return State.make(
        org=org,
        name=org_name,
        as_of=day,
        known_at=known_at,
        founded=founded,
        dissolved=dissolved,
        ladder=ladder,
        statuses=statuses,
        offices=offices,
        presidency=presidency,
        chairs=chairs,
        pending=pending,
        upcoming_meetings=upcoming,
        overdue_meetings=overdue,
        meetings_held=held,
        documents_adopted=adopted,
        documents_in_force=in_force,
        agreements_not_in_force=not_in_force,
        bodies=established,
        bodies_planned=planned,
        uncertain=uncertain,
        horizon=horizon.to_json() if horizon is not None else {"until": None, "declared": None},
        beyond_horizon=until is not None and day > until,
    )


def _chairs(
    facts: Facts, day: dt.date, uncertain: list[UncertainEntry]
) -> tuple[PresidencyEntry | None, dict[str, ChairEntry]]:
    """The presidency (the default chair, in its old shape) and every chair: its holder, or vacant."""
    presidency = None
    chairs: dict[str, ChairEntry] = {}
    doubt: set[str] = set()
    for pres in facts.presidencies:
        truth = pres.span.on(day)
        if truth is Truth.YES:
            chairs[pres.chair] = ChairEntry.make(
                party=pres.party,
                name=party_name(pres.party, day),
                since=pres.since,
                until=pres.until,
                event=_id(pres.event),
            )
            if pres.chair == DEFAULT_CHAIR:
                presidency = PresidencyEntry.make(
                    party=pres.party,
                    name=party_name(pres.party, day),
                    since=pres.since,
                    event=_id(pres.event),
                )
        elif truth is Truth.MAYBE:
            doubt.add(pres.chair)
            uncertain.append(
                UncertainEntry.make(
                    kind="presidency",
                    party=pres.party,
                    name=party_name(pres.party, day),
                    chair=None if pres.chair == DEFAULT_CHAIR else pres.chair,
                    date=pres.event.term or _start_or_end(pres.span, day, pres.event.effective, pres.ended_by)
                    if not pres.giver
                    else pres.event.effective,
                    event=_id(pres.event),
                )
            )
    for vac in facts.vacancies_of_chairs:
        if vac.chair not in chairs and vac.chair not in doubt and vac.span.on(day) is Truth.YES:
            since = getattr(vac.event, "effective", None) if vac.event.type == "PresidencyVacated" else None
            if since is None and vac.span.s0 == vac.span.s1:
                since = vac.span.s0.isoformat()  # the day after a fixed term ran out
            chairs[vac.chair] = ChairEntry.make(
                party=None, name=None, since=since, until=None, event=_id(vac.event)
            )
    for ev in facts.chairs_established:
        if (
            ev.chair not in chairs
            and ev.chair not in doubt
            and extent(ev.effective).started_by(day) is Truth.YES
        ):
            chairs[ev.chair] = ChairEntry.make(party=None, name=None, since=None, until=None, event=None)
    return presidency, dict(sorted(chairs.items()))


def _conditions(
    facts: Facts, party: str, day: dt.date, uncertain: list[UncertainEntry]
) -> list[ConditionEntry] | None:
    """The conditions on a held status this day (None when none); those a date leaves open go to uncertain."""
    found = []
    for spell in facts.conditions.get(party, []):
        truth = spell.span.on(day)
        if truth is Truth.YES:
            found.append(
                ConditionEntry.make(
                    condition=spell.condition,
                    since=spell.since,
                    until=spell.until,
                    event=_id(spell.event),
                    takes_effect=spell.takes_effect,
                )
            )
        elif truth is Truth.MAYBE:
            uncertain.append(
                UncertainEntry.make(
                    kind="condition",
                    party=party,
                    name=party_name(party, day),
                    condition=spell.condition,
                    date=_start_or_end(spell.span, day, spell.since, spell.ended_by),
                    event=_id(spell.event),
                )
            )
    return found or None


def _by_date(m: MeetingEntry) -> tuple[dt.date, str, str]:
    return (extent(m.date).start_earliest, m.body, m.event)


def _carried_on(facts: Facts, party: str | None, day: dt.date) -> str | None:
    """A nationality as it stands on the day: a continuation recorded in the organization (the
    successor's spell that carries on the predecessor's, certainly begun) carries it over too."""
    seen: set[str] = set()
    while party is not None and party not in seen:
        seen.add(party)
        successor = next(
            (
                s.party
                for spells in facts.statuses.values()
                for s in spells
                if s.via == party and s.span.s1 <= day
            ),
            None,
        )
        if successor is None:
            break
        party = successor
    return party


def _office(
    office: str, name: str, facts: Facts, day: dt.date, uncertain: list[UncertainEntry]
) -> OfficeEntry:
    last = None
    maybe = False
    for term in facts.terms.get(office, []):
        truth = term.span.on(day)
        ev = term.event
        if truth is Truth.YES:
            return OfficeEntry.make(
                name=name,
                holder=ev.person,
                nationality=_carried_on(facts, ev.nationality, day),
                term=ev.term,
                event=_id(ev),
                status="held",
            )
        if truth is Truth.MAYBE:
            maybe = True
            uncertain.append(
                UncertainEntry.make(
                    kind="office",
                    office=office,
                    person=ev.person,
                    date=ev.term
                    if term.vacated_by is None
                    else f"{ev.term} (vacated {term.vacated_by.effective})",
                    event=_id(ev),
                )
            )
        elif term.span.e1 < day:
            last = term
    if maybe:
        return OfficeEntry.make(name=name, holder=None, status="uncertain")
    if last is None:
        return OfficeEntry.make(name=name, holder=None, status="vacant")
    ev = last.event
    return OfficeEntry.make(
        name=name,
        holder=None,
        nationality=_carried_on(facts, ev.nationality, day),
        term=ev.term,
        event=_id(ev),
        status="vacant" if last.vacated_by else "ended",
    )


def _meeting(ev: EventBase, bodies: dict[str, str]) -> MeetingEntry:
    body = ev.body  # type: ignore[attr-defined]
    return MeetingEntry.make(
        body=body,
        body_name=bodies.get(body, body),
        date=ev.date,  # type: ignore[attr-defined]
        name=getattr(ev, "name", None),
        place=ev.place,  # type: ignore[attr-defined]
        host=ev.host,  # type: ignore[attr-defined]
        event=_id(ev),
    )


def _overdue(sched: EventBase, facts: Facts, day: dt.date) -> bool:
    """Scheduled, its dates certainly past by ``day``, and no meeting of its body recorded as held
    in them: overdue (not dropped)."""
    when = extent(sched.date)  # type: ignore[attr-defined]
    decided = getattr(sched, "decided_on", None)
    if decided and extent(decided).start_latest > day:
        return False  # not yet decided on that day
    if when.end_latest >= day:
        return False
    for held in facts.held:
        if held.body == sched.body:  # type: ignore[attr-defined]
            h = extent(held.date)
            if when.start_earliest <= h.start_earliest and h.start_latest <= when.end_latest:
                return False
    return True


def _upcoming(sched: EventBase, facts: Facts, day: dt.date) -> bool:
    when = extent(sched.date)  # type: ignore[attr-defined]
    decided = getattr(sched, "decided_on", None)
    if decided and extent(decided).start_latest > day:
        return False
    if when.end_latest < day:
        return False  # its range has certainly passed
    for held in facts.held:
        if held.body != sched.body:  # type: ignore[attr-defined]
            continue
        h = extent(held.date)
        if when.start_earliest <= h.start_earliest and h.start_latest <= when.end_latest:
            if h.started_by(day) is Truth.YES:
                return False
    return True


def _documents(
    facts: Facts, day: dt.date, uncertain: list[UncertainEntry]
) -> tuple[list[DocumentEntry], list[DocumentEntry], list[DocumentEntry]]:
    adopted: list[DocumentEntry] = []
    by_slug: dict[str, DocumentEntry] = {}
    signed: set[str] = set()
    for doc in facts.documents:
        when = doc.valid_time or ""
        entry = DocumentEntry.make(
            document=doc.document,
            title=doc.title,
            kind=doc.kind,
            date=when,
            event=_id(doc),
            in_force=doc.in_force if isinstance(doc, DocumentAdopted) else None,
        )
        by_slug.setdefault(doc.document, entry)
        truth = extent(when).started_by(day)
        if truth is Truth.YES:
            adopted.append(entry)
            if isinstance(doc, AgreementSigned):
                signed.add(doc.document)
        elif truth is Truth.MAYBE:
            uncertain.append(
                UncertainEntry.make(kind="document_adopted", document=doc.document, date=when, event=_id(doc))
            )

    force_yes: dict[str, EventBase] = {}
    force_maybe: set[str] = set()
    for slug, spans in facts.in_force.items():
        for span, ev in spans:
            truth = span.on(day)
            if truth is Truth.YES:
                force_yes.setdefault(slug, ev)
            elif truth is Truth.MAYBE:
                force_maybe.add(slug)
                uncertain.append(
                    UncertainEntry.make(
                        kind="document_in_force", document=slug, date=ev.valid_time or "", event=_id(ev)
                    )
                )
    revised = {
        doc.revises
        for doc in facts.documents
        if isinstance(doc, DocumentAdopted) and doc.revises and doc.document in force_yes
    }
    in_force = []
    for slug, ev in force_yes.items():
        if slug in revised:
            continue
        base = by_slug.get(slug)
        in_force.append(
            DocumentEntry.make(
                document=slug,
                title=base.title if base else slug,
                kind=base.kind if base else "document",
                date=ev.valid_time or "",
                event=_id(ev),
                in_force=getattr(ev, "in_force", None) or getattr(ev, "effective", None),
            )
        )
    pending = [by_slug[slug] for slug in sorted(signed) if slug not in force_yes and slug not in force_maybe]
    return adopted, in_force, pending
