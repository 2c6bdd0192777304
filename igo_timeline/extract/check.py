"""Candidates against the store, by meaning rather than by bytes.

A candidate event is **recorded** when the store holds an event of the same
type about the same subject (a party's status; a person's term in an office;
the presidency's receiver; a meeting of a body; a document by its normalized
title) at compatible dates (overlapping ranges); **conflicting** when the same
subject has incompatible content; otherwise **new**. An attestation
**agrees**, **contradicts**, is **uncertain** or is **not recorded** against
the recorded state on the meeting's dates; a status recorded as not known (a
``StatusUnknown`` spell) never contradicts one: it is **uncertain**.
:func:`plan` picks what
``--apply`` appends: the new events, or nothing while anything conflicts or is
unresolved (unless conflicts are to be skipped).
"""

from __future__ import annotations

import datetime as dt
import re
import shlex
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from igo_timeline.engine.rules import violations
from igo_timeline.errors import IgoError
from igo_timeline.events.dates import Extent, Truth, extent
from igo_timeline.events.models import EventBase, parse_event
from igo_timeline.extract.names import name_key, org_bodies, org_source, resolve_person
from igo_timeline.extract.records import Candidate, importable
from igo_timeline.projections.effective import Record, decisions, effective_events
from igo_timeline.projections.facts import Facts, build_facts, status_on


@dataclass(frozen=True)
class Verdict:
    """A candidate and what the store says about it."""

    candidate: Candidate
    verdict: str  # recorded, conflicting, new, unresolved; agrees, contradicts, uncertain, not recorded
    match: str | None = None  # the stored event it was compared with
    detail: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {**self.candidate.to_json(), "check": self.verdict, "match": self.match, "detail": self.detail}


def _range(text: str | None) -> tuple[dt.date, dt.date] | None:
    if not text:
        return None
    try:
        ext: Extent = extent(text)
    except IgoError:
        return None
    return ext.start_earliest, ext.end_latest


def overlaps(a: str | None, b: str | None) -> bool:
    """Whether two EDTF dates or intervals can share a day."""
    ra, rb = _range(a), _range(b)
    return bool(ra and rb and ra[0] <= rb[1] and rb[0] <= ra[1])


def person_key(name: str) -> str:
    canonical, _ = resolve_person(name)
    return name_key(canonical or name)


def title_key(title: str) -> str:
    text = title.casefold()
    text = re.sub(r"shanghai cooperation organi[sz]ation|\bsco\b|\bthe\b", " ", text)
    return " ".join(re.findall(r"[a-z0-9]+", text))


def _subject(ev: EventBase) -> tuple[Any, ...] | None:
    """What an event is about, and the field compared for conflicts (None: no rule for the type)."""
    d = ev.model_dump()
    match ev.type:
        case "StatusGranted" | "StatusWithdrawn" | "StatusUnknown":
            return (d["party"],)
        case "OfficialAppointed" | "OfficeVacated":
            return (d["office"],)
        case "PresidencyHandedOver" | "OrganizationFounded" | "OrganizationDissolved":
            return ()
        case "MeetingHeld" | "MeetingScheduled":
            return (d["body"],)
        case "DocumentAdopted" | "AgreementSigned":
            return (title_key(d["title"]),)
        case "BodyPlanned" | "BodyEstablished":
            return (d["body"],)
        case "DocumentEnteredIntoForce":
            return (d["document"],)
        case "ConditionImposed" | "ConditionLifted":
            return (d["party"], d["condition"])
        case "WithdrawalNotified":
            return (d["party"],)
        case "ProcedureLaunched" | "ProcedureStepTaken" | "ProcedureConcluded":
            return (d["party"], d["procedure"])
        case "LadderReformed":
            return ()
        case "NameChanged":
            return (d.get("office"), d.get("body"))
        case "PresidencyVacated":
            return (d.get("chair") or "presidency",)
    return None


def _same_content(new: EventBase, old: EventBase) -> str | None:
    """None when compatible; else what differs."""
    a, b = new.model_dump(), old.model_dump()
    fields = {
        "StatusGranted": ["status"],
        "OfficialAppointed": ["person", "nationality"],
        "PresidencyHandedOver": ["to_party"],
        "MeetingHeld": ["host"],
        "MeetingScheduled": ["host"],
        "ConditionImposed": ["until"],
        "WithdrawalNotified": ["takes_effect"],
        "ProcedureLaunched": ["status"],
        "ProcedureStepTaken": ["step"],
        "ProcedureConcluded": ["outcome"],
        "LadderReformed": ["merged", "added", "retired"],
        "NameChanged": ["name"],
    }.get(new.type, [])
    for name in fields:
        x, y = a.get(name), b.get(name)
        if name == "person" and x and y:
            x, y = person_key(x), person_key(y)
        if x is not None and y is not None and x != y:
            return f"{name}: {a.get(name)!r} here, {b.get(name)!r} recorded"
    return None


def check(candidates: Sequence[Candidate], records: Sequence[Record]) -> list[Verdict]:
    """The verdict on every candidate against the organization's recorded history.

    An attestation that a decision of the same text explains (a head of an
    observer delegation at the meeting that granted that status) agrees.
    """
    stored = decisions(effective_events(records))
    facts = build_facts(stored)
    granted = {
        (c.event.get("party"), c.event.get("status"))
        for c in candidates
        if c.record == "event" and c.type == "StatusGranted"
    }
    # the offices and bodies the store knows, and those the same text establishes
    offices, bodies = set(facts.offices()), set(facts.body_names())
    for c in candidates:
        if c.record == "event" and c.type == "OfficeEstablished":
            offices.add(str(c.event.get("office")))
        elif c.record == "event" and c.type in ("BodyEstablished", "BodyPlanned"):
            bodies.add(str(c.event.get("body")))
    out = []
    for cand in candidates:
        verdict = _verdict(cand, stored, facts, (offices, bodies))
        if (
            cand.record == "attestation"
            and cand.type == "StatusGranted"
            and verdict.verdict in ("contradicts", "not recorded", "uncertain")
            and (cand.event.get("party"), cand.event.get("status")) in granted
        ):
            verdict = Verdict(cand, "agrees", None, "explained by a decision of the same text")
        out.append(verdict)
    return _foresee(out, records)


def _foresee(verdicts: list[Verdict], records: Sequence[Record]) -> list[Verdict]:
    """The new candidates that the record's rules (``igo_timeline.engine.rules``) would refuse, as
    conflicting, with the rule's words: what ``--apply`` would refuse, ``--check`` says first (a grant of
    a status the party already holds is a conflict, not new). As ``Timeline.append`` judges a batch,
    only the violations the new events add count; those the stored history already holds do not. Until
    the new ones left break nothing: without a refused one, another may break a rule (a second grant of
    the same status is an upgrade only after a same-day grant of another)."""
    if not records:  # no founding in the store: the append is refused whole, elsewhere
        return verdicts
    last = max(records, key=lambda r: r.position)
    stamp, start = last.recorded_at + dt.timedelta(microseconds=1), last.position + 1
    before = {v.key for v in violations(decisions(effective_events(records)))}
    out = list(verdicts)
    while True:
        new = {i: parse_event(importable(v.candidate.event)) for i, v in enumerate(out) if v.verdict == "new"}
        added = [Record(ev, stamp, start + k) for k, ev in enumerate(new.values())]
        fresh = [
            v for v in violations(decisions(effective_events([*records, *added]))) if v.key not in before
        ]
        index = {id(ev): i for i, ev in new.items()}
        marked = False
        for v in fresh:
            # the new event that breaks the rule: the violation's own, else the one it breaks against (a
            # stored grant's party granted again here); of two new events, the later one
            mine, other = index.get(id(v.event)), index.get(id(v.other)) if v.other is not None else None
            i, against = (mine, v.other) if mine is not None else (other, v.event)
            if i is None or out[i].verdict != "new":
                continue
            match = against.id if against is not None and id(against) not in index else None
            out[i] = Verdict(out[i].candidate, "conflicting", match, f"{v.rule}: {v.detail}")
            marked = True
        if not marked:
            return out


def _unknown_vocabulary(
    ev: EventBase, facts: Facts, named: tuple[set[str], set[str]]
) -> tuple[str, str] | None:
    """("new-office" | "new-body", why) when the event names an office or a body that neither the
    store nor a decision of the same text establishes: ``igo_timeline.engine.rules`` would refuse
    the whole batch for it (unknown-office, unknown-body)."""
    offices, bodies = named
    office = getattr(ev, "office", None)
    if ev.type in ("OfficialAppointed", "OfficeVacated") and office not in offices:
        listed = ", ".join(sorted(offices)) or "none"
        return "new-office", (
            f"new office {office!r}: not an office of {ev.org!r} (known: {listed}); record its "
            f"establishment first (igo establish-office {ev.org} {office} NAME{_TO_FILL}), then apply this text again"
        )
    body = getattr(ev, "body", None)
    if ev.type in ("MeetingHeld", "MeetingScheduled") and body not in bodies:
        listed = ", ".join(sorted(bodies)) or "none"
        return "new-body", (
            f"new body {body!r}: not a body of {ev.org!r} (known: {listed}); record its "
            f"establishment first ({_establish_body(ev.org, str(body))}), then apply this text again"
        )
    return None


# what a user fills in besides the name: both options are required by establish-body and establish-office, so a
# hint without them stops at "Missing option '--document'" (the source that states the body or office, and its words)
_TO_FILL = " --document ID --quote TEXT"


def _establish_body(org: str, body: str) -> str:
    """The command that records a body: with its name, other names and page from the bundled body table
    when the table knows it (``data/aliases/orgbodies.yaml``), else with NAME to fill in."""
    names = [n for n in org_bodies(org).get(body, []) if n[:1].isupper()]
    if not names:
        return f"igo establish-body {org} {body} NAME{_TO_FILL}"
    aliases = "".join(f" --alias {shlex.quote(n)}" for n in names[1:])
    source = org_source(org)
    return (
        f"igo establish-body {org} {body} {shlex.quote(names[0])}{aliases}"
        f" --document {shlex.quote(source or 'DOCUMENT')} --quote {shlex.quote(names[0])}"
    )


def _verdict(
    cand: Candidate, stored: list[EventBase], facts: Facts, named: tuple[set[str], set[str]]
) -> Verdict:
    if cand.record == "unresolved":
        return Verdict(cand, "unresolved", detail=cand.note)
    if cand.record == "attestation":
        return _attestation(cand, facts)
    try:
        ev = parse_event(importable(cand.event))
    except IgoError as err:
        return Verdict(cand, "unresolved", detail=str(err))
    unknown = _unknown_vocabulary(ev, facts, named)
    if unknown is not None:  # the rules would refuse the whole batch: held back, not blocking it
        kind, note = unknown
        return Verdict(Candidate("unresolved", cand.event, note, kind), "unresolved", detail=note)
    conflict: Verdict | None = None
    for old in stored:
        verdict, differs = compare(ev, old)
        if verdict == "recorded":
            return Verdict(cand, "recorded", old.id)
        if verdict == "conflicting":
            conflict = conflict or Verdict(cand, "conflicting", old.id, differs)
    return conflict or Verdict(cand, "new", detail=_status_change(ev, facts))


def _status_change(ev: EventBase, facts: Facts) -> str | None:
    """What a new grant changes: the status its party certainly held the day before it takes effect, when
    another ("changes MNG's status: observer -> dialogue_partner"); a reviewer sees a step along the ladder
    (up or down) before applying it. None for a first status or the same one."""
    if ev.type != "StatusGranted":
        return None
    when = _range(ev.valid_time)
    party, status = getattr(ev, "party", None), getattr(ev, "status", None)
    if when is None or not party or when[0] <= dt.date.min + dt.timedelta(days=1):
        return None
    before = when[0] - dt.timedelta(days=1)
    held = status_on(facts, party, (before, before))
    return f"changes {party}'s status: {held} -> {status}" if held and held != status else None


_PARTY_STATUS = {
    "StatusGranted",
    "StatusWithdrawn",
    "StatusUnknown",
    "ConditionImposed",
    "WithdrawalNotified",
}


def compare(ev: EventBase, old: EventBase) -> tuple[str | None, str | None]:
    """("recorded" | "conflicting" | None, what differs): one candidate against one stored event.

    Events of different types about the same subject on the same day conflict
    (a withdrawal against a grant of the same party on the same day).
    """
    if old.type != ev.type:
        if (
            ev.type in _PARTY_STATUS
            and old.type in _PARTY_STATUS
            and getattr(ev, "party", None) == getattr(old, "party", None)
            and _range(ev.valid_time) == _range(old.valid_time)
        ):
            return (
                "conflicting",
                f"{ev.type} here, {old.type} recorded for {getattr(ev, 'party', '')} on that day",
            )
        return None, None
    subject = _subject(ev)
    if subject is None:
        return ("recorded", None) if old.content_id() == ev.content_id() else (None, None)
    if _subject(old) != subject or not overlaps(ev.valid_time, old.valid_time):
        return None, None
    differs = _same_content(ev, old)
    return ("recorded", None) if differs is None else ("conflicting", differs)


def _attestation(cand: Candidate, facts: Facts) -> Verdict:
    e = cand.event
    days = _range(e.get("effective") or e.get("term"))
    if days is None:
        return Verdict(cand, "uncertain", detail="the meeting's dates are unknown")
    first, last = days
    if e.get("type") == "StatusGranted":
        spells = facts.statuses.get(e["party"], [])
        truths = [(s, s.span.on(first), s.span.on(last)) for s in spells]
        for spell, a, b in truths:
            if spell.unknown and (a is not Truth.NO or b is not Truth.NO):
                # a status not known neither agrees with nor contradicts the one attested
                detail = f"the status is recorded as not known from {spell.since}"
                return Verdict(cand, "uncertain", spell.event.id, detail)
            if a == b == Truth.YES:
                ok = spell.status == e["status"]
                if not ok and cand.kind == "assumed-status":
                    # an unmarked list of who attended names no status: the one recorded may well hold
                    detail = f"recorded as {spell.status!r} since {spell.since}; the text names no status"
                    return Verdict(cand, "uncertain", spell.event.id, detail)
                return Verdict(
                    cand,
                    "agrees" if ok else "contradicts",
                    spell.event.id,
                    None if ok else f"recorded as {spell.status!r} since {spell.since}",
                )
        if any(Truth.MAYBE in (a, b) for _, a, b in truths):
            return Verdict(cand, "uncertain", detail="the recorded status may or may not hold then")
        if spells:
            return Verdict(cand, "contradicts", detail="no status recorded on those dates")
        return Verdict(cand, "not recorded")
    terms = facts.terms.get(e.get("office", ""), [])
    mine = person_key(e.get("person", ""))
    for term in terms:
        if term.span.on(first) == term.span.on(last) == Truth.YES:
            ok = person_key(term.event.person) == mine
            return Verdict(
                cand,
                "agrees" if ok else "contradicts",
                term.event.id,
                None if ok else f"{term.event.person} holds the office then",
            )
    for term in terms:
        if Truth.MAYBE in (term.span.on(first), term.span.on(last)) and person_key(term.event.person) == mine:
            return Verdict(cand, "uncertain", term.event.id, "the recorded term may not cover those dates")
    return Verdict(cand, "not recorded")


# unresolved records that hold nothing back: a next meeting without its date, a meeting of a body
# no table knows, an appointment to an office the store does not know, an event of a type the
# vocabulary lacks
NOT_BLOCKING = {"incomplete", "new-body", "new-office", "type-unavailable"}


def blocks(v: Verdict) -> bool:
    return v.verdict == "conflicting" or v.verdict == "unresolved" and v.candidate.kind not in NOT_BLOCKING


def accept_candidates(candidates: Sequence[Candidate]) -> list[Candidate]:
    """Close names read as the closest known person (``--accept-candidates``): an appointment becomes an
    event; a participant's name in the meeting becomes the known one."""
    renamed = {
        c.event.get("person"): c.closest[0]
        for c in candidates
        if c.kind == "close-name" and c.closest and c.type != "OfficialAppointed"
    }
    out = []
    for cand in candidates:
        if cand.kind == "close-name" and cand.closest:
            if cand.type == "OfficialAppointed":
                note = f"{cand.event.get('person')!r} read as {cand.closest[0]!r} (the closest known name)"
                event = {**cand.event, "person": cand.closest[0], "note": note}
                out.append(Candidate("event", event, note=note))
            continue  # a participant: renamed in the meeting below
        if cand.type == "MeetingHeld" and renamed:
            event = {**cand.event}
            event["participants"] = [
                {**p, "person": renamed.get(p["person"], p["person"])} for p in event.get("participants", [])
            ]
            if event.get("chair"):
                event["chair"] = {
                    **event["chair"],
                    "person": renamed.get(event["chair"]["person"], event["chair"]["person"]),
                }
            cand = Candidate(cand.record, event, cand.note, cand.kind, cand.closest)
        out.append(cand)
    return out


def plan(
    verdicts: Sequence[Verdict], *, skip_conflicts: bool = False
) -> tuple[list[dict[str, Any]], str | None]:
    """(the events to append, why nothing is appended) for ``--apply``."""
    new = [importable(v.candidate.event) for v in verdicts if v.verdict == "new"]
    blocking = [v for v in verdicts if blocks(v)]
    if blocking and not skip_conflicts:
        kinds = sorted({v.candidate.kind or v.verdict for v in blocking})
        counts = ", ".join(
            f"{sum((v.candidate.kind or v.verdict) == k for v in blocking)} {k}" for k in kinds
        )
        first = blocking[0].detail or blocking[0].candidate.note or ""
        hint = (
            "--accept-candidates takes the closest names; "
            if any(v.candidate.kind == "close-name" for v in blocking)
            else ""
        )
        return (
            [],
            f"nothing applied: {counts} ({first}; {hint}review them, or apply the new ones with --skip-conflicts)",
        )
    return new, None
