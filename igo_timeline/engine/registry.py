"""The registry's stream in the store, and its rules.

The registry of identities (:mod:`igo_timeline.events.registry`) is one event stream of
its own, a :class:`RegistryStream` aggregate beside the organizations' streams: its
appends are serialized by the library's optimistic concurrency like an organization's,
a batch is one transaction and one record time, and it never blocks an organization.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from igo_timeline.engine.store import REGISTRY_ID, RegistryStream, is_registry_event  # noqa: F401 - re-exported
from igo_timeline.errors import RuleViolation, UnknownParty
from igo_timeline.events.parties import _norm, resolve_party
from igo_timeline.events.registry import (
    OrganizationsLinked,
    OrganizationSucceeded,
    PartyAdded,
    PartyDescribed,
    PartyRenamed,
    Registry,
    RegistryCorrected,
    RegistryEvent,
    RegistryRecord,
    RegistryRetracted,
    SuccessionRecorded,
)


def check(registry: Registry, new: Sequence[RegistryEvent], known_orgs: set[str]) -> None:
    """Refuse a batch that would make the registry contradict itself, naming what it clashes with."""
    reg = registry
    adding: dict[str, PartyAdded] = {}
    for i, ev in enumerate(new, start=1):

        def fail(rule: str, detail: str, ev: RegistryEvent = ev, i: int = i) -> RuleViolation:
            return RuleViolation(rule, detail, event_type=ev.type, event_id=ev.id, item=i)

        body = ev.event if isinstance(ev, RegistryCorrected) else ev
        if isinstance(ev, RegistryCorrected | RegistryRetracted):
            target = reg.facts.get(ev.target)
            if target is None:
                raise fail("unknown-target", f"the registry has no fact {ev.target!r} in force")
            if isinstance(ev, RegistryCorrected) and ev.event.type != target.event.type:
                raise fail("type-changed", f"a correction keeps the fact's type ({target.event.type})")
            if isinstance(ev, RegistryCorrected) and isinstance(target.event, PartyAdded):
                assert isinstance(body, PartyAdded)
                if body.party != target.event.party:
                    raise fail(
                        "code-changed", "a correction keeps the party's code (retract it and add another)"
                    )
        if isinstance(body, PartyAdded):
            if not isinstance(ev, RegistryCorrected):
                if body.party in reg.parties and reg.parties[body.party].added is not None:
                    raise fail("party-exists", f"{body.party} is already in the registry")
                if body.party in adding:
                    raise fail("party-exists", f"{body.party} is added twice in this batch")
            own = {_norm(body.party)}
            for name in (body.name, *body.aliases):
                key = _norm(name)
                if key in own:
                    continue
                try:
                    other = resolve_party(name)
                except UnknownParty:
                    other = None
                if other is not None and other != body.party:
                    raise fail(
                        "name-taken",
                        f"{name!r} already names {other}; describe that party with igo party set, or choose another name",
                    )
                own.add(key)
            adding[body.party] = body
            if body.part_of == body.party:
                raise fail("invalid-event", f"{body.party} cannot be part of itself")
        if isinstance(body, PartyDescribed):
            if body.kind is None and body.part_of is None:
                raise fail("invalid-event", "say what the party is: a kind, a part_of, or both")
            if body.part_of == body.party:
                raise fail("invalid-event", f"{body.party} cannot be part of itself")
        if isinstance(body, PartyRenamed):
            try:
                other = resolve_party(body.name)
            except UnknownParty:
                other = None
            if other is not None and other != body.party:
                raise fail("name-taken", f"{body.name!r} already names {other}")
        if isinstance(body, SuccessionRecorded):
            if body.kind == "continuation" and (len(body.predecessors) != 1 or len(body.successors) != 1):
                raise fail("invalid-event", "a continuation has one predecessor and one successor")
            if set(body.predecessors) & set(body.successors):
                raise fail("invalid-event", "a party does not succeed itself")
            for slug in body.skip:
                if slug not in known_orgs:
                    raise fail(
                        "unknown-organization", f"--skip {slug}: the store holds no organization {slug!r}"
                    )
        if isinstance(body, OrganizationSucceeded):
            for slug in (body.org, body.predecessor):
                if slug not in known_orgs:
                    raise fail("unknown-organization", f"the store holds no organization {slug!r}")
            if body.org == body.predecessor:
                raise fail("invalid-event", "an organization does not succeed itself")
        if isinstance(body, OrganizationsLinked):
            for slug in (body.org, body.same_as):
                if slug not in known_orgs:
                    raise fail("unknown-organization", f"the store holds no organization {slug!r}")
            if body.org == body.same_as:
                raise fail("invalid-event", "an organization is linked to another, not to itself")
            if body.same_as in reg.same_as(body.org) and not isinstance(ev, RegistryCorrected):
                raise fail("already-linked", f"{body.org} and {body.same_as} are already linked as the same")


def records_of(stored: list[tuple[dict[str, Any], dt.datetime, int]]) -> list[RegistryRecord]:
    from igo_timeline.events.registry import construct_registry_event

    return [RegistryRecord(construct_registry_event(p), t, v) for p, t, v in stored]
