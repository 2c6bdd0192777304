"""Successions: what a continuation of states, or a succession of organizations, carries over.

A succession is a fact of the registry (:class:`~igo_timeline.events.registry.SuccessionRecorded`,
:class:`~igo_timeline.events.registry.OrganizationSucceeded`). What it carries over reaches each
organization as events of that organization, each marked ``carried_over`` with the succession's
id and citing it, appended with the registry's fact in one atomic batch across the streams
(:meth:`Timeline.succession`): every organization's rules and index see them like any other
decision.

- A **continuation** (the USSR -> Russia on 1991-12-24): in every organization where the
  predecessor holds a status on the day before, the successor is granted the same status on the
  day (``continues``: it keeps the predecessor's ``since``) and the predecessor's status ends
  that day; its conditions, the chairs it holds and its pending procedures pass to the
  successor too (see :func:`carry`). Anything already recorded for the successor's status,
  conditions, procedures or chairs in such an organization is a clash: the succession is
  refused naming those events (``--skip ORG`` leaves an organization out).
- A **separation**, **dissolution** or **merger** carries nothing over (the successors join by
  their own decisions); it links the identities for ``history``.
- An **organization succession** (the OAU -> the AU): each party holding a status in the
  predecessor on the day before is granted the same status in the successor on the day, unless
  the successor's own record already gives that party a status (or an uncertain one) then.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from igo_timeline.errors import InvalidInput, RuleViolation
from igo_timeline.events.dates import extent
from igo_timeline.events.models import DEFAULT_CHAIR, NOTICE
from igo_timeline.events.registry import (
    OrganizationSucceeded,
    RegistryEvent,
    SuccessionRecorded,
    describe_fact,
)

if TYPE_CHECKING:
    from igo_timeline.engine.timeline import Timeline
    from igo_timeline.events.models import EventBase
    from igo_timeline.events.registry import Registry
    from igo_timeline.projections.effective import Record
    from igo_timeline.projections.results import State

_STATUS_TYPES = ("StatusGranted", "StatusWithdrawn", "StatusUnknown")


def single_day(text: str, what: str) -> dt.date:
    ext = extent(text)
    if ext.start_earliest != ext.end_latest:
        raise InvalidInput(
            f"{what} {text!r} is not a single day (a succession takes effect on a calendar day)"
        )
    return ext.start_earliest


def _source(fact: RegistryEvent, what: str) -> dict[str, Any]:
    """The carried-over event's source: the succession's own, else the succession itself, inferred."""
    if fact.source is not None:
        return {
            **fact.source.model_dump(mode="json", exclude_none=True),
            "note": f"carried over by succession {fact.id}",
        }
    return {
        "document": f"succession:{fact.id}",
        "quote": what,
        "inferred": True,
        "note": f"carried over by succession {fact.id}, recorded in the store's registry",
    }


# what a continuation carries over, and so what of the successor's own record clashes with it
_CARRIED_TYPES = (
    *_STATUS_TYPES,
    "PresidencyHandedOver",
    "ConditionImposed",
    "ConditionLifted",
    "WithdrawalNotified",
    "ProcedureLaunched",
    "ProcedureStepTaken",
    "ProcedureConcluded",
)


def carry(
    org: str, fact: SuccessionRecorded, before: State, decisions: Sequence[EventBase]
) -> tuple[list[dict[str, Any]], list[EventBase]]:
    """What a continuation carries over in one organization, from its state on the day before and
    its decisions in force: (the carried-over events, the successor's events it clashes with).

    Carried: the predecessor's status (keeping its since), each condition on it (a suspension
    with its last day, a notified withdrawal with its day of effect), every chair it holds (the
    presidency and the chairs an organization declares, a fixed term to its end) and its pending
    procedures (the predecessor's end that day, concluded as ``abandoned``: the successor
    pursues them)."""
    pred, succ = fact.predecessors[0], fact.successors[0]
    entry = next(((s, e) for s, es in before.statuses.items() for e in es if e.party == pred), None)
    chairs = {slug: c for slug, c in before.chairs.items() if c.party == pred}
    pending = [p for p in before.pending if p.party == pred]
    if entry is None and not chairs and not pending:
        return [], []
    clashes = [
        ev
        for ev in decisions
        if ev.type in _CARRIED_TYPES
        and succ in ev.parties()
        and getattr(ev, "carried_over", None) != fact.id  # recorded again: nothing new
    ]
    if clashes:
        return [], clashes
    source = _source(fact, describe_fact(fact))
    day = fact.effective
    common = {"org": org, "carried_over": fact.id, "source": source}
    events: list[dict[str, Any]] = []
    if entry is not None:
        status, held = entry
        events.append(
            {
                "type": "StatusGranted",
                "party": succ,
                "status": status,
                "continues": pred,
                "effective": day,
                **common,
            }
        )
        for cond in held.conditions or []:
            if cond.condition == NOTICE:
                notice = {"takes_effect": cond.takes_effect} if cond.takes_effect else {}
                notice["since"] = cond.since
                events.append(
                    {"type": "WithdrawalNotified", "party": succ, "effective": day, **notice, **common}
                )
            else:
                until = {"until": cond.until} if cond.until else {}
                until["since"] = cond.since
                events.append(
                    {
                        "type": "ConditionImposed",
                        "party": succ,
                        "condition": cond.condition,
                        "effective": day,
                        **until,
                        **common,
                    }
                )
        events.append({"type": "StatusWithdrawn", "party": pred, "effective": day, **common})
    for slug, chair in chairs.items():
        named = {} if slug == DEFAULT_CHAIR else {"chair": slug}
        term = {"term": f"{day}/{chair.until}"} if chair.until else {}
        if chair.since:
            term["since"] = chair.since
        events.append(
            {
                "type": "PresidencyHandedOver",
                "from_party": pred,
                "to_party": succ,
                "effective": day,
                **named,
                **term,
                **common,
            }
        )
    for proc in pending:
        sought = {"status": proc.status} if proc.status else {}
        events.append(
            {
                "type": "ProcedureLaunched",
                "party": succ,
                "procedure": proc.procedure,
                "date": day,
                **sought,
                **common,
            }
        )
        if proc.procedure != "withdrawal" or entry is None:  # the withdrawal above ends a withdrawal's
            events.append(
                {
                    "type": "ProcedureConcluded",
                    "party": pred,
                    "procedure": proc.procedure,
                    "outcome": "abandoned",
                    "effective": day,
                    **common,
                }
            )
    return events, []


def plan_continuation(timeline: Timeline, fact: SuccessionRecorded) -> list[dict[str, Any]]:
    """The carried-over events of a continuation in every organization of the store; a clash refuses."""
    succ = fact.successors[0]
    prev = single_day(fact.effective, "--on") - dt.timedelta(days=1)
    index = timeline.index
    index.catch_up()
    events: list[dict[str, Any]] = []
    clashes: list[str] = []
    for org in timeline.org_slugs():
        if org in fact.skip:
            continue
        mine, clash = carry(org, fact, index.state(org, prev), [e.event for e in index.history(org)])
        if clash:
            listed = ", ".join(f"{e.type} {(e.id or '')[:8]} ({e.valid_time})" for e in clash[:3])
            more = f" and {len(clash) - 3} more" if len(clash) > 3 else ""
            clashes.append(f"{org}: {succ} already has {listed}{more}")
        events += mine
    if clashes:
        raise RuleViolation(
            "succession-clash",
            "; ".join(clashes) + " (correct or retract those, or leave the organization out with --skip ORG)",
            event_type=fact.type,
            event_id=fact.id,
            item=1,
        )
    return events


def carried_into(registry: Registry, org: str, records: Sequence[Record]) -> list[dict[str, Any]]:
    """The continuations' carried-over events an organization lacks, from its records as they will
    be after an append (an organization imported after the continuation gets them then). Where
    the organization's own record clashes with a continuation, its record decides: nothing is
    carried into it."""
    from igo_timeline.projections.effective import decisions as decided
    from igo_timeline.projections.effective import effective_events
    from igo_timeline.projections.state import state_as_of

    out: list[dict[str, Any]] = []
    continuations = [s for s in registry.successions if s.kind == "continuation" and org not in s.skip]
    if not continuations:
        return out
    current = decided(effective_events(records))
    for fact in continuations:
        if any(getattr(ev, "carried_over", None) == fact.id for ev in current):
            continue  # carried over already
        prev = single_day(fact.effective, "the continuation's day") - dt.timedelta(days=1)
        mine, clash = carry(org, fact, state_as_of(org, records, prev), current)
        if not clash:
            out += mine
    return out


def plan_org_succession(timeline: Timeline, fact: OrganizationSucceeded) -> list[dict[str, Any]]:
    """The statuses the successor organization gets, carried over from its predecessor."""
    day = single_day(fact.effective, "--on")
    prev = day - dt.timedelta(days=1)
    index = timeline.index
    index.catch_up()
    before = index.state(fact.predecessor, prev)
    after = index.state(fact.org, day)
    if after.founded is None and not any(u.kind == "founded" for u in after.uncertain):
        # founded by then, or maybe (COW's year: "2002"); not when the record says later
        raise RuleViolation(
            "not-founded",
            f"{fact.org} is not founded on {day.isoformat()}: record its founding first",
            event_type=fact.type,
            event_id=fact.id,
            item=1,
        )
    own = {e.party for es in after.statuses.values() for e in es} | {
        u.party for u in after.uncertain if u.party
    }
    source = _source(fact, describe_fact(fact))
    events = []
    for status, entries in before.statuses.items():
        if status not in after.ladder:
            continue  # the successor has no such status: nothing to carry
        for entry in entries:
            if entry.party in own:
                continue  # the successor's own record decides for this party
            events.append(
                {
                    "type": "StatusGranted",
                    "org": fact.org,
                    "party": entry.party,
                    "status": status,
                    "effective": fact.effective,
                    "carried_over": fact.id,
                    "source": source,
                }
            )
    return events
