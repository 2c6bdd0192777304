"""The organization's rules, checked against its whole valid-time history.

:func:`violations` reads the decisions in force (valid-time order) and lists
every broken rule, each naming the event that breaks it and, where another
event is involved, that one too. The engine runs it on the history as it
would be after an append, so a backdated event that breaks a stored later one
is caught, and attributes each violation to the new event involved. For a
batch about parties alone, :func:`party_violations` runs the same rules on the
decisions that bear on those parties (see the end of this module).
"""

from __future__ import annotations

import datetime as dt
import difflib
import functools
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from igo_timeline.events.dates import Extent, Truth, extent
from igo_timeline.events.models import (
    DEFAULT_CHAIR,
    AgreementSigned,
    BodyEstablished,
    ConditionImposed,
    ConditionLifted,
    DocumentAdopted,
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
from igo_timeline.events.parties import party_name
from igo_timeline.projections.facts import Facts, Presidency, Term, build_facts, order_unknown, status_on

# What a party "holds" after a StatusUnknown: not a slug, so no ladder status can equal it.
_UNKNOWN = "<unknown>"


@dataclass(frozen=True)
class Violation:
    rule: str
    detail: str
    event: EventBase
    other: EventBase | None = None

    @property
    def key(self) -> tuple[str, str | None, str | None]:
        """What makes a violation the same one in two histories (the rule and the events' ids): a batch is
        judged by the violations it adds to those the stored history holds."""
        return (self.rule, self.event.id, self.other.id if self.other is not None else None)


def _ref(ev: EventBase) -> str:
    return f"{ev.type} {(ev.id or '-')[:8]} ({ev.valid_time or 'no date'})"


def _who(code: str, on: EventBase | dt.date | None = None) -> str:
    """The party's code and its name in force on the day (an event's: the first day it may take
    effect), as history shows it: "CSK (Czechoslovakia)" for a decision of 1980."""
    if isinstance(on, EventBase):
        ext = on.valid_extent
        on = ext.start_earliest if ext is not None else None
    name = party_name(code, on)
    return code if name == code else f"{code} ({name})"


def _closest(word: str, known: Sequence[str]) -> str:
    close = difflib.get_close_matches(word, list(known), n=3, cutoff=0.5)
    shown = close or sorted(known)[:8]
    return ("; closest known: " if close else "; known: ") + (", ".join(shown) if shown else "none")


def violations(events: Sequence[EventBase]) -> list[Violation]:
    """Every rule the history breaks (empty when it is consistent)."""
    found: list[Violation] = []
    facts = build_facts(events)
    foundings = [e for e in events if isinstance(e, OrganizationFounded)]
    if not foundings:
        for ev in events[:1]:
            found.append(
                Violation(
                    "unknown-organization", f"organization {ev.org!r} has no OrganizationFounded event", ev
                )
            )
        return found
    for extra in foundings[1:]:
        found.append(
            Violation(
                "already-founded",
                f"organization {extra.org!r} is already founded by {_ref(foundings[0])}",
                extra,
                foundings[0],
            )
        )
    dissolutions = [e for e in events if isinstance(e, OrganizationDissolved)]
    for again in dissolutions[1:]:
        found.append(
            Violation(
                "already-dissolved", f"already dissolved by {_ref(dissolutions[0])}", again, dissolutions[0]
            )
        )

    founding = foundings[0]
    founded = extent(founding.founded)
    end = extent(dissolutions[0].effective) if dissolutions else None
    for ev in events:
        ext = ev.valid_extent
        if ext is None or ev is founding:
            continue
        if ext.start_latest < founded.start_earliest and not isinstance(
            ev, DocumentAdopted | AgreementSigned | BodyEstablished
        ):
            found.append(
                Violation(
                    "before-founding",
                    f"dated {ev.valid_time}, before the founding on {founding.founded}",
                    ev,
                    founding,
                )
            )
        if (
            end is not None
            and ext.start_earliest > end.start_latest
            and not isinstance(ev, OrganizationDissolved)
        ):
            found.append(
                Violation(
                    "after-dissolution",
                    f"dated {ev.valid_time}, after the dissolution on {dissolutions[0].effective}",
                    ev,
                    dissolutions[0],
                )
            )

    found += _same_day_rules(events)
    found += _status_rules(events, facts)
    found += _office_rules(events, facts)
    found += _presidency_rules(facts)
    found += _vocabulary_rules(events, facts)
    found += _condition_rules(events, facts)
    found += _procedure_rules(events, facts)
    found += _alias_rules(events)
    return found


def _condition_rules(events: Sequence[EventBase], facts: Facts) -> list[Violation]:
    out: list[Violation] = []
    names = facts.condition_names
    ended = {c.ended_by.id for cs in facts.conditions.values() for c in cs if c.ended_by is not None} | {
        c.settled_by.id for cs in facts.conditions.values() for c in cs if c.settled_by is not None
    }
    for ev in events:
        if isinstance(ev, ConditionImposed | ConditionLifted) and ev.condition not in names:
            out.append(
                Violation(
                    "unknown-condition",
                    f"{ev.condition!r} is not a condition of {ev.org!r}" + _closest(ev.condition, names),
                    ev,
                )
            )
            continue
        if isinstance(ev, ConditionImposed):
            # a condition a reform declares holds from the reform's date on
            start = extent(ev.effective)
            valid = facts.condition_names_on(start.start_earliest)
            if ev.condition not in valid:
                reform = next(r for r in facts.reforms if ev.condition in (r.conditions or []))
                out.append(
                    Violation(
                        "unknown-condition",
                        f"{ev.condition!r} is not yet a condition of {ev.org!r} on {ev.effective} "
                        f"(declared from {reform.effective} by {_ref(reform)}); declared then: "
                        + ", ".join(valid),
                        ev,
                        reform,
                    )
                )
                continue
        if isinstance(ev, ConditionImposed | WithdrawalNotified):
            start = extent(ev.effective)
            if status_on(facts, ev.party, (start.start_earliest, start.start_latest)) is None:
                spells = facts.statuses.get(ev.party, [])
                out.append(
                    Violation(
                        "condition-without-status",
                        f"{_who(ev.party, ev)} holds no status in {ev.org!r} on every day of {ev.effective}: "
                        "a condition qualifies a status",
                        ev,
                        spells[-1].event if spells else None,
                    )
                )
            last = ev.until if isinstance(ev, ConditionImposed) else ev.takes_effect
            if last and extent(last).end_latest < start.start_earliest:
                what = "until" if isinstance(ev, ConditionImposed) else "takes_effect"
                out.append(Violation("end-before-start", f"{what} {last} is before {ev.effective}", ev))
        elif isinstance(ev, ConditionLifted) and ev.id not in ended:
            out.append(
                Violation(
                    "no-such-condition",
                    f"{_who(ev.party, ev)} is not {ev.condition.replace('_', ' ')} in {ev.org!r} on {ev.effective}",
                    ev,
                )
            )
    return out


def _procedures_of(facts: Facts, party: str, procedure: str) -> str:
    """The party's procedures recorded in the organization, the closest first (a misspelt one is
    named: ``accesion`` -> accession); nothing when it has none."""
    known = sorted({p.procedure for p in facts.procedures.get(party, [])} - {procedure})
    return _closest(procedure, known).replace("known", "procedure of the party", 1) if known else ""


def _procedure_rules(events: Sequence[EventBase], facts: Facts) -> list[Violation]:
    out: list[Violation] = []
    stepped = {s.id for ps in facts.procedures.values() for p in ps for s in p.steps}
    concluded = {p.ended_by.id for ps in facts.procedures.values() for p in ps if p.ended_by is not None}
    for ev in events:
        if isinstance(ev, ProcedureLaunched):
            if ev.status is not None and ev.status not in facts.ladder:
                out.append(
                    Violation(
                        "unknown-status",
                        f"{ev.status!r} is not a status of {ev.org!r}" + _closest(ev.status, facts.ladder),
                        ev,
                    )
                )
        elif isinstance(ev, ProcedureStepTaken) and ev.id not in stepped:
            out.append(
                Violation(
                    "no-such-procedure",
                    f"{_who(ev.party, ev)} has no {ev.procedure} procedure pending in {ev.org!r} on {ev.date}"
                    + _procedures_of(facts, ev.party, ev.procedure),
                    ev,
                )
            )
        elif isinstance(ev, ProcedureConcluded) and ev.id not in concluded:
            out.append(
                Violation(
                    "no-such-procedure",
                    f"{_who(ev.party, ev)} has no {ev.procedure} procedure pending in {ev.org!r} on {ev.effective}"
                    + _procedures_of(facts, ev.party, ev.procedure),
                    ev,
                )
            )
    return out


def _subjects(ev: EventBase) -> list[tuple[tuple[str, str], object]]:
    """The subjects a decision changes on its day, each with what it makes of it (a same-day
    decision about one subject that makes something else of it contradicts it)."""
    if isinstance(ev, StatusGranted):
        return [(("status", ev.party), ("status", ev.status))]
    if isinstance(ev, StatusWithdrawn):
        return [(("status", ev.party), "withdrawn"), (("condition", ev.party), "withdrawn")]
    if isinstance(ev, StatusUnknown):
        return [(("status", ev.party), "unknown")]
    if isinstance(ev, ConditionImposed):
        return [(("condition", ev.party), ("imposed", ev.condition))]
    if isinstance(ev, WithdrawalNotified):
        return [(("condition", ev.party), ("imposed", "withdrawal_notified"))]
    if isinstance(ev, PresidencyHandedOver):
        return [(("chair", ev.chair_slug), ("to", ev.to_party))]
    if isinstance(ev, PresidencyVacated):
        return [(("chair", ev.chair_slug), "vacant")]
    if isinstance(ev, OfficialAppointed):
        return [(("office", ev.office), ("appointed", ev.person))]
    return []


def _effect_day(ev: EventBase) -> dt.date | None:
    """The single day a decision takes effect, if its date is one day (an appointment: its
    term's first day)."""
    if isinstance(ev, OfficialAppointed):
        start = extent(ev.term)
        return start.start_earliest if start.start_earliest == start.start_latest else None
    ext = ev.valid_extent
    if ext is None or not ext.is_day or ext.start_earliest != ext.end_latest:
        return None
    return ext.start_earliest


def _several_conditions(first: object, second: object) -> bool:
    """Two conditions imposed on one party the same day (suspended, and excluded from
    participation): a party may hold several at a time, so they do not contradict each other."""
    return all(isinstance(v, tuple) and v[0] == "imposed" for v in (first, second))


def _same_day_rules(events: Sequence[EventBase]) -> list[Violation]:
    """Two decisions that take effect on the same single day and make different things of one
    subject are refused, whatever the order they were recorded in."""
    out: list[Violation] = []
    seen: dict[tuple[tuple[str, str], object], tuple[object, EventBase]] = {}
    for ev in events:
        subjects = _subjects(ev)
        day = _effect_day(ev) if subjects else None
        if day is None:
            continue
        for subject, value in subjects:
            key = (subject, day)
            if key in seen and seen[key][0] != value and not _several_conditions(seen[key][0], value):
                other = seen[key][1]
                what = {
                    "status": "status of",
                    "condition": "conditions of",
                    "chair": "the",
                    "office": "office",
                }[subject[0]]
                name = _who(subject[1], day) if subject[0] in ("status", "condition") else repr(subject[1])
                if subject[0] == "chair":
                    name = subject[1]
                out.append(
                    Violation(
                        "same-day-conflict",
                        f"{_ref(other)} decides otherwise about the {what} {name} on the same day",
                        ev,
                        other,
                    )
                )
                break
            seen.setdefault(key, (value, ev))
    return out


def _status_rules(events: Sequence[EventBase], facts: Facts) -> list[Violation]:
    out: list[Violation] = []
    ladder = facts.ladder
    held: dict[str, tuple[str | None, EventBase | None]] = defaultdict(lambda: (None, None))
    first = ladder[0] if ladder else None
    # parties whose status is in doubt: their last two changes may have come in either order
    # (the re-grant rule is not applied while the order is unknown)
    doubt: set[str] = set()
    valid_on: dict[tuple[dt.date, dt.date], list[str]] = {}
    for ev in events:
        doubtful = False
        if isinstance(ev, StatusGranted | StatusUnknown | StatusWithdrawn):
            doubtful = ev.party in doubt  # the status this change finds is itself in doubt
            last = held[ev.party][1]
            if last is not None and order_unknown(last, ev):
                doubt.add(ev.party)
                doubtful = True
            else:
                doubt.discard(ev.party)
        if isinstance(ev, OrganizationFounded) and ev is facts.founding:
            for party in ev.founders:
                held[party] = (first, ev)
        elif isinstance(ev, LadderReformed):
            valid = facts.ladder_on(_before_day(extent(ev.effective).start_earliest))
            for old in [o for group in ev.merged.values() for o in group] + list(ev.retired):
                if old not in valid:
                    out.append(
                        Violation(
                            "unknown-status",
                            f"{old!r} is not a status of {ev.org!r} before {ev.effective}; valid then: "
                            + ", ".join(valid),
                            ev,
                        )
                    )
            for party, (current, _since) in list(held.items()):
                new = ev.moves(current) if current else None
                if new is not None:
                    held[party] = (new, ev)
        elif isinstance(ev, StatusGranted):
            start = extent(ev.effective)
            days = (start.start_earliest, start.start_latest)
            if days not in valid_on:  # (a history's grants share a few dates: each ladder read once)
                valid_on[days] = [
                    st
                    for st in facts.ladder_on(start.start_earliest)
                    if st in facts.ladder_on(start.start_latest)
                ]
            valid = valid_on[days]
            if ev.status not in valid:
                dated = "" if valid == ladder else f" on {ev.effective}"
                out.append(
                    Violation(
                        "unknown-status",
                        f"{ev.status!r} is not a status of {ev.org!r}{dated}"
                        + (_closest(ev.status, valid) if not dated else "; valid then: " + ", ".join(valid)),
                        ev,
                    )
                )
                continue
            current, since = held[ev.party]
            if current == ev.status and not doubtful:
                assert since is not None
                out.append(
                    Violation(
                        "status-already-held",
                        f"{_who(ev.party, ev)} already holds {ev.status!r} on {ev.effective} (since {_ref(since)})",
                        ev,
                        since,
                    )
                )
            held[ev.party] = (ev.status, ev)
        elif isinstance(ev, StatusUnknown):
            # needs no prior status; a status not known twice in a row is a repeat, as a re-grant is
            current, since = held[ev.party]
            if current == _UNKNOWN:
                assert since is not None
                out.append(
                    Violation(
                        "status-already-held",
                        f"{_who(ev.party, ev)}'s status is already unknown on {ev.effective} (since {_ref(since)})",
                        ev,
                        since,
                    )
                )
            held[ev.party] = (_UNKNOWN, ev)
        elif isinstance(ev, StatusWithdrawn):
            current, since = held[ev.party]
            if current is None:
                other = since
                detail = f"{_who(ev.party, ev)} holds no status in {ev.org!r} on {ev.effective}"
                if other is not None:
                    detail += f" (withdrawn by {_ref(other)})"
                out.append(Violation("no-status-to-withdraw", detail, ev, other))
            held[ev.party] = (None, ev)
    return out


def _office_rules(events: Sequence[EventBase], facts: Facts) -> list[Violation]:
    out: list[Violation] = []
    offices = facts.offices()
    for ev in events:
        if isinstance(ev, OfficialAppointed | OfficeVacated) and ev.office not in offices:
            out.append(
                Violation(
                    "unknown-office",
                    f"{ev.office!r} is not an office of {ev.org!r}" + _closest(ev.office, list(offices)),
                    ev,
                )
            )
    for terms in facts.terms.values():
        ordered = sorted(terms, key=lambda t: t.span.s0)
        for i, term in enumerate(ordered):
            for later in ordered[i + 1 :]:
                if later.span.s0 <= term.span.e1 and term.span.s0 <= later.span.e1:
                    if _terms_in_unknown_order(term, later):
                        continue  # the office is uncertain where they may overlap (DESIGN.md 9.1)
                    if _same_first_day(term, later):
                        continue  # two appointments taking effect one day: a same-day conflict
                    out.append(
                        Violation(
                            "term-overlap",
                            f"{later.event.person}'s term {later.event.term} in {later.office!r} may overlap "
                            f"{term.event.person}'s term {term.event.term} ({_ref(term.event)})",
                            later.event,
                            term.event,
                        )
                    )
    used = {t.vacated_by.id for ts in facts.terms.values() for t in ts if t.vacated_by is not None}
    for vac in facts.vacancies:
        if vac.id not in used:
            out.append(
                Violation(
                    "no-such-term",
                    f"{vac.person} holds no term in {vac.office!r} that could end on {vac.effective}",
                    vac,
                )
            )
    return out


def _terms_in_unknown_order(first: Term, second: Term) -> bool:
    """Whether two terms that may overlap are tolerated: they do not certainly share a day, and
    one of them has a bound known only as a range of days (a holder known from days in office,
    ``[2022-01-01..2022-11-01]/[2023-10-26..]``) or an unknown one. Their order is unknown, and
    the office is uncertain where they may overlap (the unknown-order rule, applied to terms);
    terms with ordinary dates ("2013/2015") may still not possibly overlap."""
    if max(first.span.s1, second.span.s1) <= min(first.span.e0, second.span.e0):
        return False  # a day on which both certainly hold
    return any(_bounds_unknown(extent(t.event.term)) for t in (first, second))


def _same_first_day(first: Term, second: Term) -> bool:
    day = _effect_day(first.event)
    return day is not None and day == _effect_day(second.event) and first.event.person != second.event.person


def _bounds_unknown(ext: Extent) -> bool:
    return ext.start_unknown or ext.end_unknown or "[" in ext.text


def _presidency_rules(facts: Facts) -> list[Violation]:
    out: list[Violation] = []
    blockers = facts.founding.presidency_blockers if facts.founding else set()
    chairs = facts.chairs()
    by_chair: dict[str, list[Presidency]] = defaultdict(list)
    for pres in facts.presidencies:
        by_chair[pres.chair].append(pres)
    for chair, held in by_chair.items():
        if chair != DEFAULT_CHAIR and chair not in chairs:
            ev = held[0].event
            out.append(
                Violation(
                    "unknown-chair",
                    f"{chair!r} is not a chair of {ev.org!r} (igo establish-chair declares one)"
                    + _closest(chair, list(chairs)),
                    ev,
                )
            )
    for vac in facts.vacancies_of_chairs:
        if (
            vac.chair != DEFAULT_CHAIR
            and vac.chair not in chairs
            and isinstance(vac.event, PresidencyVacated)
        ):
            out.append(
                Violation("unknown-chair", f"{vac.chair!r} is not a chair of {vac.event.org!r}", vac.event)
            )
    for pres in facts.presidencies:
        if pres.giver:
            continue
        ev = pres.event
        ext = extent(ev.effective)
        member = facts.member_status_on(ext.start_latest)
        if status_on(facts, ev.to_party, (ext.start_earliest, ext.start_latest)) != member:
            spells = facts.statuses.get(ev.to_party, [])
            other = spells[-1].event if spells else None
            out.append(
                Violation(
                    "presidency-to-non-member",
                    f"{_who(ev.to_party, ev)} is not certainly a {member} of {ev.org!r} on every day of {ev.effective}",
                    ev,
                    other,
                )
            )
        for cond in facts.conditions.get(ev.to_party, []):
            # a continuation carries a chair on as the predecessor held it: not a new handover
            if ev.carried_over is not None:
                break
            if cond.condition in blockers and cond.span.on(ext.start_earliest) is not Truth.NO:
                out.append(
                    Violation(
                        "presidency-to-suspended",
                        f"{_who(ev.to_party, ev)} is {cond.condition.replace('_', ' ')} in {ev.org!r} on "
                        f"{ev.effective} ({_ref(cond.event)})",
                        ev,
                        cond.event,
                    )
                )
                break
        if ev.from_party is not None and ev.from_party == ev.to_party:
            out.append(
                Violation(
                    "presidency-to-holder", f"{_who(ev.to_party, ev)} hands the presidency to itself", ev
                )
            )
        # the chair's previous holder: the spell that this handover ended
        previous = next(
            (p for p in facts.presidencies if p.chair == pres.chair and p.ended_by is ev and not p.giver),
            None,
        )
        # a continuation carries a fixed term on to the successor (the same term, not a new one)
        if previous is not None and previous.event.term is not None and ev.carried_over is None:
            term = extent(previous.event.term)
            if ext.start_earliest <= term.end_latest:
                out.append(
                    Violation(
                        "inside-fixed-term",
                        f"{_who(previous.party, ev)} holds the {pres.chair} for the term {previous.event.term} "
                        f"({_ref(previous.event)}); vacate it first",
                        ev,
                        previous.event,
                    )
                )
        if ev.from_party is not None:
            before = _before_day(ext.start_earliest)
            holder = next(
                (
                    p
                    for p in facts.presidencies
                    if p.chair == pres.chair and p is not pres and p.span.on(before) is Truth.YES
                ),
                None,
            )
            earlier = [
                p
                for p in facts.presidencies
                if p.chair == pres.chair and p.span.s0 < ext.start_earliest and p is not pres
            ]
            if holder is None and earlier or holder is not None and holder.party != ev.from_party:
                who = f"held by {_who(holder.party, before)} ({_ref(holder.event)})" if holder else "vacant"
                out.append(
                    Violation(
                        "presidency-from-mismatch",
                        f"the {pres.chair} is {who} on {before.isoformat()}, not {_who(ev.from_party, before)}",
                        ev,
                        holder.event if holder else None,
                    )
                )
    return out


def _before_day(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=1)


def _vocabulary_rules(events: Sequence[EventBase], facts: Facts) -> list[Violation]:
    out: list[Violation] = []
    bodies = facts.body_names()
    seen_docs: dict[tuple[str, str], EventBase] = {}
    seen_bodies: dict[str, EventBase] = {}
    seen_offices: dict[str, EventBase] = {}
    offices = facts.offices()
    for ev in events:
        if isinstance(ev, NameChanged) and ev.office and ev.office not in offices:
            out.append(
                Violation(
                    "unknown-office",
                    f"{ev.office!r} is not an office of {ev.org!r}" + _closest(ev.office, list(offices)),
                    ev,
                )
            )
        elif isinstance(ev, NameChanged) and ev.body and ev.body not in bodies:
            out.append(
                Violation(
                    "unknown-body",
                    f"{ev.body!r} is not a body of {ev.org!r}" + _closest(ev.body, list(bodies)),
                    ev,
                )
            )
        if isinstance(ev, MeetingHeld | MeetingScheduled) and ev.body not in bodies:
            out.append(
                Violation(
                    "unknown-body",
                    f"{ev.body!r} is not a body of {ev.org!r}" + _closest(ev.body, list(bodies)),
                    ev,
                )
            )
        elif isinstance(ev, DocumentAdopted | AgreementSigned):
            key = (ev.type, ev.document)
            if key in seen_docs:
                out.append(
                    Violation(
                        "document-already-recorded",
                        f"{ev.document!r} is already recorded by {_ref(seen_docs[key])}",
                        ev,
                        seen_docs[key],
                    )
                )
            seen_docs.setdefault(key, ev)
        elif isinstance(ev, BodyEstablished):
            if ev.body in seen_bodies:
                out.append(
                    Violation(
                        "body-already-established",
                        f"{ev.body!r} is already established by {_ref(seen_bodies[ev.body])}",
                        ev,
                        seen_bodies[ev.body],
                    )
                )
            seen_bodies.setdefault(ev.body, ev)
        elif isinstance(ev, OfficeEstablished):
            if ev.office in seen_offices:
                out.append(
                    Violation(
                        "office-already-established",
                        f"{ev.office!r} is already established by {_ref(seen_offices[ev.office])}",
                        ev,
                        seen_offices[ev.office],
                    )
                )
            seen_offices.setdefault(ev.office, ev)
    return out


@functools.cache
def _names_office_or_body(cls: type[EventBase]) -> bool:
    """Whether events of this type can name an office or a body (see names.known_names)."""
    return issubclass(cls, OrganizationFounded) or bool({"office", "body"} & set(cls.model_fields))


def _alias_rules(events: Sequence[EventBase]) -> list[Violation]:
    """An office's or a body's other names (``aliases``, the founding's ``office_aliases`` and
    ``body_aliases``) may not name another office or body of the organization, by its slug, its
    title or one of its own aliases: every name finds one."""
    from igo_timeline.events.names import folded, known_names

    out: list[Violation] = []
    # only the founding and the events with an office or a body field name offices and bodies (a
    # party's decisions, most of a history, name neither): the same titles, without the others
    events = [ev for ev in events if _names_office_or_body(type(ev))]
    titles = known_names(events)
    for kind in ("office", "body"):
        owner: dict[str, tuple[str, EventBase | None]] = {}  # a name, folded -> (slug, its alias's event)
        for slug, title in titles[kind].items():
            for name in (slug, title):
                owner.setdefault(folded(name), (slug, None))
        for ev in events:
            if isinstance(ev, OrganizationFounded):
                named = list((getattr(ev, f"{kind}_aliases") or {}).items())
            elif isinstance(ev, {"office": OfficeEstablished, "body": BodyEstablished}[kind]):
                named = [(getattr(ev, kind), getattr(ev, "aliases", None) or [])]
            else:
                continue
            for slug, names in named:
                for name in names:
                    other, by = owner.setdefault(folded(name), (slug, ev))
                    if other != slug:
                        where = f" (an alias by {_ref(by)})" if by is not None else ""
                        out.append(
                            Violation(
                                "name-taken",
                                f"{name!r} already names the {kind} {other!r}{where}, not {slug!r}",
                                ev,
                                by,
                            )
                        )
    return out


# -- the incremental check of an append ----------------------------------------------------------
# A batch made only of decisions about parties (their statuses, conditions and procedures) can
# change nothing but those parties' facts, and through them whether a chair handed to one of them
# went to a member that was not suspended. The engine then runs the same rules as above on the
# decisions that bear on those parties (plus the founding, the dissolution and the ladder's
# reforms, which every party's facts read), and keeps the violations about the parties: the same
# verdict as the whole history's, read from the index (see Timeline.append), in O(the parties'
# own history) instead of O(the organization's).
_PARTY_FACTS = frozenset({"statuses", "conditions", "procedures"})
_EVERY_PARTY = (OrganizationFounded, OrganizationDissolved, LadderReformed)
# the rules of a handover that read its new holder's facts (the others read the chair's)
MEMBERSHIP_RULES = frozenset({"presidency-to-non-member", "presidency-to-suspended"})


def _parties_of(ev: EventBase) -> set[str]:
    return ev.status_parties() | ev.condition_parties() | ev.procedure_parties()


def party_scope(batch: Sequence[EventBase]) -> set[str] | None:
    """The parties a batch is about, when it is made only of decisions about parties' statuses,
    conditions and procedures (the incremental check applies); None when it needs the whole check
    (a founding, a reform, a correction or retraction, a chair, an office, a meeting, ...)."""
    parties: set[str] = set()
    for ev in batch:
        declared = type(ev).FACTS
        if not declared or not declared <= _PARTY_FACTS or isinstance(ev, _EVERY_PARTY):
            return None
        mine = _parties_of(ev)
        if not mine:
            return None
        parties |= mine
    return parties or None


def bears_on_parties(ev: EventBase, parties: set[str]) -> bool:
    """Whether the incremental check of a batch about ``parties`` reads this decision: the
    founding, the dissolution, the reforms, the parties' own decisions and the handovers to them."""
    if isinstance(ev, _EVERY_PARTY):
        return True
    if isinstance(ev, PresidencyHandedOver):
        return ev.to_party in parties
    return bool(parties & _parties_of(ev))


def _about(v: Violation, parties: set[str]) -> bool:
    if isinstance(v.event, PresidencyHandedOver | PresidencyVacated):
        # the chair's own rules need all its handovers, which the check does not read
        return v.rule in MEMBERSHIP_RULES and getattr(v.event, "to_party", None) in parties
    return any(
        e is not None
        and not isinstance(e, (*_EVERY_PARTY, PresidencyHandedOver, PresidencyVacated))
        and bool(parties & _parties_of(e))
        for e in (v.event, v.other)
    )


def party_violations(events: Sequence[EventBase], parties: set[str]) -> list[Violation]:
    """The violations about ``parties`` in a history that holds at least every decision that bears
    on them (:func:`bears_on_parties`), in valid-time order: the same, in the same order, as
    those of :func:`violations` of the whole history that are about them."""
    return [v for v in violations(events) if _about(v, parties)]
