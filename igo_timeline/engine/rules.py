"""The organization's rules, checked against its whole valid-time history.

:func:`violations` reads the decisions in force (valid-time order) and lists
every broken rule, each naming the event that breaks it and, where another
event is involved, that one too. The engine runs it on the history as it
would be after an append, so a backdated event that breaks a stored later one
is caught, and attributes each violation to the new event involved.
"""

from __future__ import annotations

import difflib
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from igo_timeline.events.dates import Extent, extent
from igo_timeline.events.models import (
    AgreementSigned,
    BodyEstablished,
    DocumentAdopted,
    EventBase,
    MeetingHeld,
    MeetingScheduled,
    OfficeEstablished,
    OfficeVacated,
    OfficialAppointed,
    OrganizationDissolved,
    OrganizationFounded,
    StatusGranted,
    StatusUnknown,
    StatusWithdrawn,
)
from igo_timeline.events.parties import party_name
from igo_timeline.projections.facts import Facts, Term, build_facts, status_on

# What a party "holds" after a StatusUnknown: not a slug, so no ladder status can equal it.
_UNKNOWN = "<unknown>"


@dataclass(frozen=True)
class Violation:
    rule: str
    detail: str
    event: EventBase
    other: EventBase | None = None


def _ref(ev: EventBase) -> str:
    return f"{ev.type} {(ev.id or '-')[:8]} ({ev.valid_time or 'no date'})"


def _who(code: str) -> str:
    name = party_name(code)
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

    found += _status_rules(events, facts)
    found += _office_rules(events, facts)
    found += _presidency_rules(facts)
    found += _vocabulary_rules(events, facts)
    return found


def _status_rules(events: Sequence[EventBase], facts: Facts) -> list[Violation]:
    out: list[Violation] = []
    ladder = facts.ladder
    held: dict[str, tuple[str | None, EventBase | None]] = defaultdict(lambda: (None, None))
    first = ladder[0] if ladder else None
    for ev in events:
        if isinstance(ev, OrganizationFounded) and ev is facts.founding:
            for party in ev.founders:
                held[party] = (first, ev)
        elif isinstance(ev, StatusGranted):
            if ev.status not in ladder:
                out.append(
                    Violation(
                        "unknown-status",
                        f"{ev.status!r} is not a status of {ev.org!r}" + _closest(ev.status, ladder),
                        ev,
                    )
                )
                continue
            current, since = held[ev.party]
            if current == ev.status:
                assert since is not None
                out.append(
                    Violation(
                        "status-already-held",
                        f"{_who(ev.party)} already holds {ev.status!r} on {ev.effective} (since {_ref(since)})",
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
                        f"{_who(ev.party)}'s status is already unknown on {ev.effective} (since {_ref(since)})",
                        ev,
                        since,
                    )
                )
            held[ev.party] = (_UNKNOWN, ev)
        elif isinstance(ev, StatusWithdrawn):
            current, since = held[ev.party]
            if current is None:
                other = since
                detail = f"{_who(ev.party)} holds no status in {ev.org!r} on {ev.effective}"
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


def _bounds_unknown(ext: Extent) -> bool:
    return ext.start_unknown or ext.end_unknown or "[" in ext.text


def _presidency_rules(facts: Facts) -> list[Violation]:
    out: list[Violation] = []
    member = facts.member_status
    previous = None
    for pres in facts.presidencies:
        ev = pres.event
        ext = extent(ev.effective)
        if status_on(facts, ev.to_party, (ext.start_earliest, ext.start_latest)) != member:
            spells = facts.statuses.get(ev.to_party, [])
            other = spells[-1].event if spells else None
            out.append(
                Violation(
                    "presidency-to-non-member",
                    f"{_who(ev.to_party)} is not certainly a {member} of {ev.org!r} on every day of {ev.effective}",
                    ev,
                    other,
                )
            )
        if ev.from_party is not None and previous is not None and previous.to_party != ev.from_party:
            out.append(
                Violation(
                    "presidency-from-mismatch",
                    f"the presidency is held by {_who(previous.to_party)} ({_ref(previous)}), not {_who(ev.from_party)}",
                    ev,
                    previous,
                )
            )
        if ev.from_party is not None and ev.from_party == ev.to_party:
            out.append(
                Violation("presidency-to-holder", f"{_who(ev.to_party)} hands the presidency to itself", ev)
            )
        previous = ev
    return out


def _vocabulary_rules(events: Sequence[EventBase], facts: Facts) -> list[Violation]:
    out: list[Violation] = []
    bodies = facts.body_names()
    seen_docs: dict[tuple[str, str], EventBase] = {}
    seen_bodies: dict[str, EventBase] = {}
    seen_offices: dict[str, EventBase] = {}
    for ev in events:
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
