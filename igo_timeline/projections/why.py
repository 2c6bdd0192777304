"""Provenance: why an entry of the state holds on a day, event by event.

:func:`why` answers "on what evidence?" for one entry of the state (a party's
status, an office, the presidency, a document, a meeting) as of a day, as
known at a record time. It reads the same spans as the state fold
(:mod:`igo_timeline.projections.facts`), so its verdict is the state's, and
returns plain JSON: ``{"answer", "events"}``. ``answer.holds`` is ``yes``
(something certainly holds), ``uncertain`` (an imprecise date leaves it
open, or a party's status is not known: a ``StatusUnknown`` spell, which is
never "held"; the answer then says "status unknown since ..." and carries
``status_unknown: true``) or ``no`` (nothing holds). ``events`` lists the
decisive event first, then the earlier events the answer depends on; when
nothing holds or the answer is uncertain, the events that make it so. Each
event carries its id, type, valid time, record time, source document, quote,
and whether it is stated or inferred. ``igo why --json`` and
``GET /api/v1/orgs/{org}/why`` both print it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from igo_timeline.errors import InvalidInput
from igo_timeline.events.dates import Truth, extent
from igo_timeline.events.models import DEFAULT_CHAIR, EventBase, EventRetracted, MeetingHeld, MeetingScheduled
from igo_timeline.events.names import closest, known_names, other_names, resolve
from igo_timeline.events.parties import cow_as, lineage_codes, party_name, resolve_party
from igo_timeline.projections.effective import Effective, Record, effective_events, root_target
from igo_timeline.projections.facts import Facts, StatusSpell, build_facts, horizon_of, order_unknown
from igo_timeline.projections.state import DUE, notice_due

SUBJECTS = ("party", "office", "presidency", "document", "meeting")


@dataclass
class _Found:
    """What one subject's reading found: the verdict and the events behind it, decisive first."""

    holds: str  # yes | uncertain | no
    says: str
    detail: dict[str, Any] = field(default_factory=dict)
    events: list[tuple[EventBase, str]] = field(default_factory=list)  # (event, role)

    def add(self, ev: EventBase | None, role: str) -> None:
        if ev is not None and all(ev.id != seen.id for seen, _ in self.events):
            self.events.append((ev, role))


def _stamp(moment: dt.datetime) -> str:
    return moment.isoformat()


def event_entry(eff: Effective, role: str) -> dict[str, Any]:
    """One event as ``why`` shows it: its two times and its source."""
    ev = eff.event
    src = ev.source
    return {
        "id": ev.id,
        "type": ev.type,
        "role": role,
        "valid_time": ev.valid_time,
        "recorded_at": _stamp(eff.record.recorded_at),
        "document": src.document,
        "quote": src.quote,
        "locator": src.locator,
        "url": src.url,
        "inferred": src.inferred,
        "note": src.note,
        "corrected_by": [c.event.id for c in eff.corrections],
    }


def _started(text: str | None, day: dt.date) -> Truth:
    return extent(text).started_by(day) if text else Truth.NO


def _truth(value: Truth) -> str:
    return {Truth.YES: "yes", Truth.MAYBE: "uncertain", Truth.NO: "no"}[value]


# -- the subjects ------------------------------------------------------------------------


def _spell_says(spell: StatusSpell) -> str:
    """How one possible spell reads in an uncertain answer: a status, or a status not known."""
    return (
        f"of unknown status (from {spell.since})" if spell.unknown else f"{spell.status} (from {spell.since})"
    )


def _party(facts: Facts, events: Sequence[EventBase], party: str, day: dt.date) -> _Found:
    name = party_name(party, day)
    spells = facts.statuses.get(party, [])
    changes = [ev for ev in events if party in ev.status_parties()]
    earlier = [ev for ev in changes if ev.valid_extent is None or ev.valid_extent.start_earliest <= day]
    detail: dict[str, Any] = {"party": party, "name": name, "status": None, "since": None}
    held = next((s for s in spells if s.span.on(day) is Truth.YES), None)
    due = notice_due(facts, party, day) if held is not None and not held.unknown else None
    if held is not None and due is not None:
        # a notified withdrawal whose day has come, none recorded: the status is in doubt
        detail.update(status=held.status, since=held.since, reason=DUE, takes_effect=due.takes_effect)
        says = (
            f"{party} ({name}) may no longer be {held.status}: its withdrawal, notified on "
            f"{due.event.valid_time}, was to take effect {due.takes_effect}, and none is recorded"
        )
        found = _Found("uncertain", says, detail)
        found.add(due.event, "decisive")
        found.add(held.event, "status")
    elif held is not None and held.unknown:
        # a status not known is never held: the answer is uncertain, resting on the StatusUnknown
        detail.update(since=held.since, status_unknown=True)
        found = _Found("uncertain", f"{party} ({name}): status unknown since {held.since}", detail)
        found.add(held.event, "decisive")
    elif held is not None:
        detail.update(status=held.status, since=held.since)
        conditions = facts.conditions_on(party, day)
        says = f"{party} ({name}) is {held.status.replace('_', ' ')} since {held.since}"  # as displayed
        if held.via:  # a continuation: the predecessor's status, carried on
            detail.update(continues=held.via, succession=held.succession)
            says += f", carrying on {held.via}'s ({party_name(held.via, day)}) by succession from {held.event.valid_time}"
        if held.previously:
            path = ", ".join(f"{st.replace('_', ' ')} since {since}" for st, since in held.previously)
            says += f" (by the reform of {held.since}; previously {path})"
            detail["previously"] = [{"status": st, "since": since} for st, since in held.previously]
        for cond in conditions:
            says += f"; {cond.condition.replace('_', ' ')} since {cond.since}"
            if cond.until:
                says += f" until {cond.until}"
            if cond.takes_effect:
                says += f" (to take effect {cond.takes_effect})"
        if conditions:
            detail["conditions"] = [
                {"condition": c.condition, "since": c.since, "until": c.until, "event": c.event.id}
                for c in conditions
            ]
        doubtful = [c for c in facts.conditions.get(party, []) if c.span.on(day) is Truth.MAYBE]
        for cond in doubtful:  # a condition a date leaves open, or whose lift came in an unknown order
            end = cond.ended_by
            says += f"; may be {cond.condition.replace('_', ' ')} (from {cond.since})"
            if end is not None and order_unknown(cond.event, end):
                says += (
                    f": its imposition ({cond.event.valid_time}) and its end ({end.valid_time}) "
                    "came in an unknown order"
                )
        if doubtful:
            detail["conditions_uncertain"] = [
                {"condition": c.condition, "since": c.since, "event": c.event.id} for c in doubtful
            ]
        found = _Found("yes", says, detail)
        found.add(held.event, "decisive")
        for cond in conditions:
            found.add(cond.event, "condition")
        for cond in doubtful:
            found.add(cond.event, "uncertain")
            found.add(cond.ended_by, "uncertain")
        if held.via:
            before = next(
                (
                    s
                    for s in facts.statuses.get(held.via, [])
                    if s.ended_by is not None and getattr(s.ended_by, "carried_over", None) == held.succession
                ),
                None,
            )
            if before is not None:
                found.add(before.event, "continued")
                found.add(before.ended_by, "continued")
    else:
        maybe = [s for s in spells if s.span.on(day) is Truth.MAYBE]
        if maybe:
            options = " or ".join(_spell_says(s) for s in maybe)
            found = _Found("uncertain", f"{party} ({name}) may be {options}: a date is imprecise", detail)
            # the statuses it may hold; a status not known is none of them, flagged apart
            detail["possible"] = [s.status for s in maybe if not s.unknown]
            if any(s.unknown for s in maybe):
                detail["status_unknown"] = True
            for s in maybe:
                # the spell's own start, or the change that ends it, is what is in doubt
                role = "uncertain" if s.span.s0 <= day < s.span.s1 else "context"
                found.add(s.event, role)
                found.add(s.ended_by, "uncertain" if role == "context" else "context")
        else:
            last = earlier[-1] if earlier else None
            if last is None:
                says = f"{party} ({name}) holds no status on {day.isoformat()}: none begins by that day"
            elif last.type == "StatusWithdrawn":
                says = f"{party} ({name}) holds no status: withdrawn from {last.valid_time}"
            else:
                says = f"{party} ({name}) holds no status on {day.isoformat()}"
            found = _Found("no", says, detail)
            found.add(last, "decisive")
    for proc in facts.procedures.get(party, []):
        truth = proc.span.on(day)
        if truth is Truth.YES:
            detail.setdefault("pending", []).append(
                {"procedure": proc.procedure, "status": proc.status, "since": proc.event.date}
            )
            found.says += f"; {proc.procedure} procedure pending since {proc.event.date}"
            found.add(proc.event, "pending")
            for step in proc.steps:
                if _started(step.date, day) is Truth.YES:
                    found.add(step, "step")
        elif proc.ended_by is not None and proc.span.e1 < day:
            found.add(proc.ended_by, "concluded")
            found.add(proc.event, "procedure")
    for spell in facts.conditions.get(party, []):  # conditions lifted or ended before the day
        if spell.span.e1 < day and spell.span.s1 <= day:
            found.add(spell.event, "condition")
            found.add(spell.ended_by, "condition ended")
    for ev in reversed(earlier):
        found.add(ev, "earlier")
    return found


def _office(facts: Facts, office: str, day: dt.date) -> _Found:
    names = facts.names_on(day)[1]  # the office's name in force on the day
    title = names.get(office, office)
    detail: dict[str, Any] = {
        "office": office,
        "office_name": title,
        "holder": None,
        "term": None,
    }
    terms = facts.terms.get(office, [])
    held = next((t for t in terms if t.span.on(day) is Truth.YES), None)
    if held is not None:
        ev = held.event
        detail.update(holder=ev.person, nationality=ev.nationality, term=ev.term)
        found = _Found("yes", f"{ev.person} holds {office} ({title}) for {ev.term}", detail)
        found.add(ev, "decisive")
        found.add(held.vacated_by, "early-end")
        return found
    maybe = [t for t in terms if t.span.on(day) is Truth.MAYBE]
    if maybe:
        who = " or ".join(f"{t.event.person} ({t.event.term})" for t in maybe)
        detail["possible"] = [t.event.person for t in maybe]
        found = _Found("uncertain", f"{office} ({title}) may be held by {who}: a date is imprecise", detail)
        for t in maybe:
            found.add(t.event, "uncertain")
            found.add(t.vacated_by, "early-end")
        return found
    past = [t for t in terms if t.span.e1 < day]
    if not past:
        found = _Found(
            "no", f"{office} ({title}) has no holder on {day.isoformat()}: no term begins by that day", detail
        )
        return found
    last = past[-1]
    if last.vacated_by is not None:
        says = f"{office} ({title}) is vacant: {last.event.person} left from {last.vacated_by.effective}"
        found = _Found("no", says, detail)
        found.add(last.vacated_by, "decisive")
        found.add(last.event, "appointment")
    else:
        says = (
            f"{office} ({title}) has no holder recorded: {last.event.person}'s term {last.event.term} ended"
        )
        found = _Found("no", says, detail)
        found.add(last.event, "decisive")
    return found


def _membership(facts: Facts, party: str, since: str) -> EventBase | None:
    """The event that made ``party`` a member on the first possible day of ``since``."""
    day = extent(since).start_earliest
    member = facts.member_status
    for spell in facts.statuses.get(party, []):
        if spell.status == member and spell.span.s0 <= day <= spell.span.e1:
            return spell.event
    return None


def _presidency(facts: Facts, day: dt.date, chair: str = DEFAULT_CHAIR) -> _Found:
    detail: dict[str, Any] = {"party": None, "name": None, "since": None}
    if chair != DEFAULT_CHAIR:
        detail.update(chair=chair, chair_name=facts.chairs().get(chair, chair))
    the = "the presidency" if chair == DEFAULT_CHAIR else f"the chair {chair} ({detail['chair_name']})"
    spells = [p for p in facts.presidencies if p.chair == chair]
    held = next((p for p in spells if p.span.on(day) is Truth.YES), None)
    if held is not None:
        name = party_name(held.party, day)
        detail.update(party=held.party, name=name, since=held.since, until=held.until)
        since = f"since {held.since}" if held.since else "(start unknown: named as the giver)"
        term = f" for the term {held.event.term}" if held.event.term and not held.giver else ""
        found = _Found("yes", f"{held.party} ({name}) holds {the} {since}{term}", detail)
        found.add(held.event, "decisive")
        found.add(_membership(facts, held.party, held.event.effective), "membership")
        return found
    maybe = [p for p in spells if p.span.on(day) is Truth.MAYBE]
    if maybe:
        who = " or ".join(f"{p.party} ({party_name(p.party, day)})" for p in maybe)
        detail["possible"] = [p.party for p in maybe]
        why_open = "a date is imprecise"
        if any(p.ended_by is not None and order_unknown(p.event, p.ended_by) for p in maybe):
            why_open = "two handovers came in an unknown order"
        found = _Found("uncertain", f"{the} may be with {who}: {why_open}", detail)
        for p in maybe:
            found.add(p.event, "uncertain")
            found.add(_membership(facts, p.party, p.event.effective), "membership")
        return found
    vacant = next(
        (v for v in facts.vacancies_of_chairs if v.chair == chair and v.span.on(day) is Truth.YES),
        None,
    )
    if vacant is not None:
        if vacant.event.type == "PresidencyVacated":
            says = f"{the} is vacant from {vacant.event.valid_time}"
        else:
            says = f"{the} is vacant: the term {getattr(vacant.event, 'term', '')} ended"
        found = _Found("no", says, detail)
        found.add(vacant.event, "decisive")
        return found
    before = [p for p in spells if p.span.e1 < day]
    nothing = "no presidency" if chair == DEFAULT_CHAIR else f"no holder of {the}"
    found = _Found("no", f"{nothing} recorded on {day.isoformat()}", detail)
    if before:
        found.add(before[-1].ended_by or before[-1].event, "decisive")
    return found


def _document(facts: Facts, events: Sequence[EventBase], slug: str, day: dt.date) -> _Found:
    about = [ev for ev in events if getattr(ev, "document", None) == slug]
    if not about:  # named by a later record time only
        return _Found("no", f"no document {slug!r} recorded", {"document": slug})
    base = next((ev for ev in about if ev.type in ("DocumentAdopted", "AgreementSigned")), about[0])
    title = getattr(base, "title", slug)
    is_adoption = base.type in ("DocumentAdopted", "AgreementSigned")
    adopted = _started(base.valid_time, day) if is_adoption else Truth.NO
    spans = facts.in_force.get(slug, [])
    force = next((ev for span, ev in spans if span.on(day) is Truth.YES), None)
    force_maybe = [ev for span, ev in spans if span.on(day) is Truth.MAYBE]
    revisions = [
        ev
        for ev in events
        if getattr(ev, "revises", None) == slug and _started(ev.valid_time, day) is Truth.YES
    ]
    detail: dict[str, Any] = {
        "document": slug,
        "title": title,
        "adopted": _truth(adopted),
        "in_force": "yes" if force else ("uncertain" if force_maybe else "no"),
    }
    if force is not None:
        found = _Found("yes", f"{title} is in force (from {force.valid_time})", detail)
        found.add(force, "decisive")
    elif force_maybe:
        found = _Found("uncertain", f"{title} may be in force: a date is imprecise", detail)
        for ev in force_maybe:
            found.add(ev, "uncertain")
    elif adopted is Truth.YES:
        verb = "signed" if base.type == "AgreementSigned" else "adopted"
        found = _Found("yes", f"{title} was {verb} on {base.valid_time}", detail)
        found.add(base, "decisive")
    elif adopted is Truth.MAYBE:
        found = _Found("uncertain", f"{title} may have been adopted by then ({base.valid_time})", detail)
        found.add(base, "uncertain")
    else:
        found = _Found("no", f"{title} is not adopted by {day.isoformat()} ({base.valid_time})", detail)
        found.add(base, "decisive")
    if is_adoption:
        found.add(base, "adoption")
    for ev in revisions:
        found.add(ev, "revision")
    return found


def _meeting(facts: Facts, ref: str, day: dt.date) -> _Found:
    """A meeting by event id (or a prefix of 4+ characters), or the latest of a body by its slug."""
    meetings: list[MeetingHeld | MeetingScheduled] = [*facts.held, *facts.scheduled]
    bodies = facts.body_names()
    by_id = [m for m in meetings if ref not in bodies and len(ref) >= 4 and (m.id or "").startswith(ref)]
    if len(by_id) > 1:
        raise InvalidInput(f"meeting id prefix {ref!r} is ambiguous")
    chosen: MeetingHeld | MeetingScheduled
    if by_id:
        chosen = by_id[0]
    elif ref in bodies:
        held = [m for m in facts.held if m.body == ref and _started(m.date, day) is not Truth.NO]
        if not held:
            upcoming = [m for m in facts.scheduled if m.body == ref]
            found = _Found("no", f"no meeting of {ref} held by {day.isoformat()}", {"body": ref})
            for m in upcoming:
                if _started(getattr(m, "decided_on", None) or m.date, day) is Truth.YES:
                    found.add(m, "scheduled")
            return found
        chosen = max(held, key=lambda m: extent(m.date).start_earliest)
    else:
        raise InvalidInput(f"no meeting {ref!r}: give a meeting's event id or a body{closest(ref, bodies)}")
    body = chosen.body
    detail: dict[str, Any] = {
        "body": body,
        "body_name": bodies.get(body, body),
        "date": chosen.date,
        "place": chosen.place,
        "host": chosen.host,
        "kind": "held" if chosen.type == "MeetingHeld" else "scheduled",
    }
    where = ", ".join(x for x in (chosen.place, chosen.host) if x)
    what = f"{detail['body_name']} {chosen.date}" + (f" ({where})" if where else "")
    if chosen.type == "MeetingScheduled":
        decided = _started(getattr(chosen, "decided_on", None) or chosen.date, day)
        verdict = _truth(decided)
        found = _Found(verdict, f"scheduled: {what}", detail)
        found.add(chosen, "decisive")
        return found
    truth = _started(chosen.date, day)
    says = {Truth.YES: "held", Truth.MAYBE: "may have been held by then", Truth.NO: "not yet held"}[truth]
    found = _Found(_truth(truth), f"{says}: {what}", detail)
    found.add(chosen, "decisive" if truth is not Truth.MAYBE else "uncertain")
    span = extent(chosen.date)
    for sched in facts.scheduled:
        when = extent(sched.date)
        if sched.body == body and when.start_earliest <= span.start_earliest <= when.end_latest:
            found.add(sched, "scheduled")
    return found


def _is_id_prefix(ref: str, facts: Facts) -> bool:
    return len(ref) >= 4 and any((m.id or "").startswith(ref) for m in (*facts.held, *facts.scheduled))


# -- the answer --------------------------------------------------------------------------


def why(
    org: str,
    records: Sequence[Record],
    as_of: dt.date,
    known_at: dt.datetime | None = None,
    *,
    party: str | None = None,
    office: str | None = None,
    presidency: bool = False,
    document: str | None = None,
    meeting: str | None = None,
    chair: str | None = None,
) -> dict[str, Any]:
    """``igo why --json``: the verdict on one entry of the state, and the events behind it.

    ``chair`` names a rotating chair (``igo establish-chair``) to ask about instead of the
    presidency; given alone it implies ``presidency``."""
    presidency = presidency or bool(chair)
    given = [
        name
        for name, value in zip(SUBJECTS, (party, office, presidency, document, meeting), strict=True)
        if value
    ]
    if len(given) != 1:
        raise InvalidInput(f"ask about exactly one of {', '.join(SUBJECTS)} (got {len(given) or 'none'})")
    effective = effective_events(records, known_at)
    events = [e.event for e in effective]
    facts = build_facts(events)
    horizon = horizon_of(events)
    # a name is checked against what the organization's record names at all, whatever the times
    named = [e.event for e in effective_events(records)]
    known, others = known_names(named), other_names(named)
    subject: dict[str, Any]
    if party:
        code = resolve_party(party)
        subject = {"party": code}
        # the data may name the party by a COW column that stood for it that day (cow:365, Russia)
        via = next(
            (c for c in lineage_codes(code) if cow_as(c, as_of) == code and facts.statuses.get(c)),
            None,
        )
        if via is not None and not facts.statuses.get(code):
            found = _party(facts, events, via, as_of)
            name = party_name(code, as_of)
            found.detail.update(party=code, name=name, via=via)
            found.says = found.says.replace(
                f"{via} ({party_name(via, as_of)})", f"{code} ({name}), as COW's column {via},", 1
            )
        else:
            found = _party(facts, events, code, as_of)
    elif office:
        office = resolve("office", office, known["office"], where=org, aliases=others["office"])
        subject = {"office": office}
        found = _office(facts, office, as_of)
        if others["office"].get(office):  # the office's other names (aliases, renames)
            found.detail["office_aliases"] = list(others["office"][office])
    elif presidency:
        subject = {"presidency": True}
        slug = DEFAULT_CHAIR
        if chair and chair != DEFAULT_CHAIR:
            slug = resolve("chair", chair, {DEFAULT_CHAIR: "presidency", **known["chair"]}, where=org)
            if slug != DEFAULT_CHAIR:
                subject["chair"] = slug
        found = _presidency(facts, as_of, slug)
    elif document:
        document = resolve("document", document, known["document"], where=org)
        subject = {"document": document}
        found = _document(facts, events, document, as_of)
    else:
        assert meeting is not None
        if meeting not in known["body"] and not _is_id_prefix(meeting, facts):
            try:
                meeting = resolve("body", meeting, known["body"], where=org, aliases=others["body"])
            except InvalidInput:
                raise InvalidInput(
                    f"no meeting {meeting!r}: give a meeting's event id or a body"
                    + closest(meeting, known["body"], aliases=others["body"])
                ) from None
        subject = {"meeting": meeting}
        found = _meeting(facts, meeting, as_of)
        if others["body"].get(found.detail.get("body", "")):
            found.detail.setdefault("body_name", known["body"].get(found.detail["body"]))
            found.detail["body_aliases"] = list(others["body"][found.detail["body"]])
    by_id = {e.id: e for e in effective}
    retracted = [
        _retraction_entry(original, retraction)
        for original, retraction in _retractions(records, known_at)
        if _about(original.event, subject)
    ]
    if retracted and found.holds == "no":
        found.says += "; " + "; ".join(
            f"a {r['type']} {r['id'][:8]} (valid {r['valid_time'] or '-'}) was retracted: {r['reason']}"
            for r in retracted
        )
    return {
        "answer": {
            "org": org,
            "as_of": as_of.isoformat(),
            "known_at": known_at.isoformat().replace("+00:00", "Z") if known_at else None,
            "about": subject,
            "holds": found.holds,
            "says": found.says,
            **found.detail,
            "horizon": horizon.to_json(),
            "beyond_horizon": horizon.until is not None and as_of > horizon.until,
        },
        "events": [event_entry(by_id[ev.id or ""], role) for ev, role in found.events],
        "retracted": retracted,
    }


def _retractions(records: Sequence[Record], known_at: dt.datetime | None) -> list[tuple[Record, Record]]:
    """(the retracted decision, its retraction) for each retraction recorded by ``known_at``."""
    known = [r for r in records if known_at is None or r.recorded_at <= known_at]
    by_id = {r.event.id: r for r in known if r.event.id}
    out = []
    for rec in known:
        if isinstance(rec.event, EventRetracted):
            original = by_id.get(root_target(rec.event.target, by_id))
            if original is not None:
                out.append((original, rec))
    return out


def _about(ev: EventBase, subject: dict[str, Any]) -> bool:
    """Whether a (retracted) decision was about the subject asked after."""
    if "party" in subject:
        return subject["party"] in ev.parties()
    if "office" in subject:
        return getattr(ev, "office", None) == subject["office"]
    if "presidency" in subject:
        return ev.type in ("PresidencyHandedOver", "PresidencyVacated") and getattr(
            ev, "chair_slug", DEFAULT_CHAIR
        ) == subject.get("chair", DEFAULT_CHAIR)
    if "document" in subject:
        return getattr(ev, "document", None) == subject["document"]
    ref = subject.get("meeting", "")
    return ev.type in ("MeetingHeld", "MeetingScheduled") and (
        getattr(ev, "body", None) == ref or (len(ref) >= 4 and (ev.id or "").startswith(ref))
    )


def _retraction_entry(original: Record, retraction: Record) -> dict[str, Any]:
    assert isinstance(retraction.event, EventRetracted)
    return {
        "id": original.event.id,
        "type": original.event.type,
        "valid_time": original.event.valid_time,
        "recorded_at": _stamp(original.recorded_at),
        "retracted_by": retraction.event.id,
        "retracted_at": _stamp(retraction.recorded_at),
        "reason": retraction.event.reason,
    }


def linked(
    timeline: Any, org: str, as_of: dt.date, known_at: dt.datetime | None, party: str
) -> list[dict[str, Any]]:
    """What the organizations linked to ``org`` say of the party, each with the events that decide
    its answer: each predecessor (``igo org succeed``) as of the day (or its last day as the
    predecessor, if earlier), each successor from its first day as the successor, and each
    organization linked as the same (``igo org link``). Empty when ``org`` has no link."""
    registry = timeline.registry(known_at)
    slugs = set(timeline.org_slugs())
    asked: list[tuple[str, str, dt.date]] = []
    for s in registry.org_successions:
        first = extent(s.effective).start_earliest
        if s.org == org and s.predecessor in slugs:
            asked.append((s.predecessor, "predecessor", min(as_of, first - dt.timedelta(days=1))))
        elif s.predecessor == org and s.org in slugs and as_of >= first:
            asked.append(
                (s.org, "successor", as_of)
            )  # Morocco in 2020: the OAU's record ends, the AU's goes on
    asked += [(other, "same_as", as_of) for other in sorted(registry.same_as(org) - {org})]
    out: list[dict[str, Any]] = []
    with timeline.naming():  # the parties named as this store names them
        for other, link, day in asked:
            result = why(other, timeline.records(other), day, known_at, party=party)
            out.append(
                {
                    "org": other,
                    "link": link,
                    "as_of": day.isoformat(),
                    "holds": result["answer"]["holds"],
                    "says": result["answer"]["says"],
                    "events": result["events"],
                }
            )
    return out
