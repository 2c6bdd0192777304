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
from igo_timeline.events.models import AgreementSigned, DocumentAdopted, EventBase
from igo_timeline.events.parties import party_name
from igo_timeline.projections.effective import Record, decisions, effective_events
from igo_timeline.projections.facts import Facts, Span, StatusSpell, build_facts
from igo_timeline.projections.results import (
    BodyEntry,
    DatedEntry,
    DocumentEntry,
    MeetingEntry,
    OfficeEntry,
    PresidencyEntry,
    State,
    StatusEntry,
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


HELD, UNCERTAIN, UNKNOWN_ANSWER = "held", "uncertain", "unknown"


def status_answers(facts: Facts, day: dt.date) -> Iterator[tuple[str, StatusSpell, str]]:
    """Each status spell that bears on the day, and what the state makes of it: ``held`` (its
    dates certainly cover the day), ``uncertain`` (they may) or ``unknown`` (a status not known,
    on any day it may cover). The state and the COW export both read statuses through this."""
    for party, spells in facts.statuses.items():
        for spell in spells:
            truth = spell.span.on(day)
            if truth is Truth.NO:
                continue
            if spell.unknown:
                yield party, spell, UNKNOWN_ANSWER
            else:
                yield party, spell, HELD if truth is Truth.YES else UNCERTAIN


def state_as_of(
    org: str,
    records: Iterable[Record],
    as_of: dt.date,
    known_at: dt.datetime | None = None,
) -> State:
    facts = build_facts(decisions(effective_events(records, known_at)))
    return state_from_facts(org, facts, as_of, known_at)


def state_from_facts(org: str, facts: Facts, day: dt.date, known_at: dt.datetime | None = None) -> State:
    uncertain: list[UncertainEntry] = []
    statuses: dict[str, list[StatusEntry]] = {s: [] for s in facts.ladder}

    founded = dissolved = None
    if facts.founding is not None:
        truth = extent(facts.founding.founded).started_by(day)
        if truth is Truth.YES:
            founded = DatedEntry(date=facts.founding.founded, event=_id(facts.founding))
        elif truth is Truth.MAYBE:
            uncertain.append(
                UncertainEntry(kind="founded", date=facts.founding.founded, event=_id(facts.founding))
            )
    if facts.dissolution is not None:
        truth = extent(facts.dissolution.effective).started_by(day)
        if truth is Truth.YES:
            dissolved = DatedEntry(date=facts.dissolution.effective, event=_id(facts.dissolution))
        elif truth is Truth.MAYBE:
            uncertain.append(
                UncertainEntry(
                    kind="dissolved", date=facts.dissolution.effective, event=_id(facts.dissolution)
                )
            )

    for party, spell, answer in status_answers(facts, day):
        if answer == UNKNOWN_ANSWER:
            # a status not known is never a certain one: uncertain on every day it covers
            uncertain.append(
                UncertainEntry(
                    kind="status_unknown",
                    party=party,
                    name=party_name(party, day),
                    date=spell.since,
                    event=_id(spell.event),
                )
            )
        elif answer == HELD:
            statuses.setdefault(spell.status, []).append(
                StatusEntry(
                    party=party,
                    name=party_name(party, day),
                    since=spell.since,
                    event=_id(spell.event),
                    via=spell.via,
                    succession=spell.succession,
                )
            )
        else:
            uncertain.append(
                UncertainEntry(
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
    names = facts.offices()
    for office in sorted(set(names) | set(facts.terms)):
        offices[office] = _office(office, names.get(office, office), facts, day, uncertain)

    presidency = None
    for pres in facts.presidencies:
        truth = pres.span.on(day)
        if truth is Truth.YES:
            presidency = PresidencyEntry(
                party=pres.party,
                name=party_name(pres.party, day),
                since=pres.event.effective,
                event=_id(pres.event),
            )
        elif truth is Truth.MAYBE:
            uncertain.append(
                UncertainEntry(
                    kind="presidency",
                    party=pres.party,
                    name=party_name(pres.party, day),
                    date=_start_or_end(pres.span, day, pres.event.effective, pres.ended_by),
                    event=_id(pres.event),
                )
            )

    bodies = facts.body_names()
    held: list[MeetingEntry] = []
    for meeting in facts.held:
        truth = extent(meeting.date).started_by(day)
        if truth is Truth.YES:
            held.append(_meeting(meeting, bodies))
        elif truth is Truth.MAYBE:
            uncertain.append(
                UncertainEntry(kind="meeting_held", body=meeting.body, date=meeting.date, event=_id(meeting))
            )

    upcoming = [_meeting(s, bodies) for s in facts.scheduled if _upcoming(s, facts, day)]

    adopted, in_force, pending = _documents(facts, day, uncertain)

    established: list[BodyEntry] = []
    planned: list[BodyEntry] = []
    established_ids = set()
    for body in facts.bodies:
        truth = extent(body.effective).started_by(day) if body.effective else Truth.NO
        if truth is Truth.YES:
            established.append(
                BodyEntry(body=body.body, name=body.name, since=body.effective, event=_id(body))
            )
            established_ids.add(body.body)
        elif truth is Truth.MAYBE:
            uncertain.append(
                UncertainEntry(
                    kind="body_established", body=body.body, date=body.effective or "", event=_id(body)
                )
            )
    for plan in facts.planned:
        if plan.body not in established_ids and extent(plan.date).started_by(day) is Truth.YES:
            planned.append(BodyEntry(body=plan.body, name=plan.name, since=plan.date, event=_id(plan)))

    # Lists come in a canonical order, whatever the order the events were recorded in.
    held.sort(key=_by_date)
    upcoming.sort(key=_by_date)
    for docs in (adopted, in_force, pending):
        docs.sort(key=lambda d: (extent(d.date).start_earliest, d.document, d.event))
    uncertain.sort(key=lambda u: (u.kind, u.date, u.party or u.office or u.body or u.document or "", u.event))
    return State(
        org=org,
        name=facts.founding.name if facts.founding else None,
        as_of=day,
        known_at=known_at,
        founded=founded,
        dissolved=dissolved,
        ladder=facts.ladder,
        statuses=statuses,
        offices=offices,
        presidency=presidency,
        upcoming_meetings=upcoming,
        meetings_held=held,
        documents_adopted=adopted,
        documents_in_force=in_force,
        agreements_not_in_force=pending,
        bodies=established,
        bodies_planned=planned,
        uncertain=uncertain,
    )


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
            return OfficeEntry(
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
                UncertainEntry(
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
        return OfficeEntry(name=name, holder=None, status="uncertain")
    if last is None:
        return OfficeEntry(name=name, holder=None, status="vacant")
    ev = last.event
    return OfficeEntry(
        name=name,
        holder=None,
        nationality=_carried_on(facts, ev.nationality, day),
        term=ev.term,
        event=_id(ev),
        status="vacant" if last.vacated_by else "ended",
    )


def _meeting(ev: EventBase, bodies: dict[str, str]) -> MeetingEntry:
    body = ev.body  # type: ignore[attr-defined]
    return MeetingEntry(
        body=body,
        body_name=bodies.get(body, body),
        date=ev.date,  # type: ignore[attr-defined]
        name=getattr(ev, "name", None),
        place=ev.place,  # type: ignore[attr-defined]
        host=ev.host,  # type: ignore[attr-defined]
        event=_id(ev),
    )


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
        entry = DocumentEntry(
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
                UncertainEntry(kind="document_adopted", document=doc.document, date=when, event=_id(doc))
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
                    UncertainEntry(
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
            DocumentEntry(
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
