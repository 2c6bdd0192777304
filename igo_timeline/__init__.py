"""igo-timeline: an event-sourced, bitemporal timeline of intergovernmental organizations.

The public Python API::

    from igo_timeline import Timeline, state_as_of
    with Timeline("memory:") as t:
        t.append([...events as dicts...])
        state = state_as_of("sco", t.records("sco"), datetime.date(2013, 3, 1))
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from igo_timeline.lazy import exports

if TYPE_CHECKING:  # the names below are imported on first use: ``igo state`` loads only what it needs
    from igo_timeline.engine import MEMORY, AppendResult, Timeline, default_location
    from igo_timeline.errors import (
        IgoError,
        InvalidDate,
        InvalidInput,
        RuleViolation,
        StoreError,
        UnknownEvent,
        UnknownOrganization,
        UnknownParty,
    )
    from igo_timeline.events import event_schemas, parse_event, resolve_party
    from igo_timeline.projections import State, state_as_of
    from igo_timeline.projections.history import diff, history, replay

# public name -> the module that defines it
_HOMES = {
    **dict.fromkeys(("MEMORY", "AppendResult", "Timeline", "default_location"), "igo_timeline.engine"),
    **dict.fromkeys(
        (
            "IgoError",
            "InvalidDate",
            "InvalidInput",
            "RuleViolation",
            "StoreError",
            "UnknownEvent",
            "UnknownOrganization",
            "UnknownParty",
        ),
        "igo_timeline.errors",
    ),
    **dict.fromkeys(("event_schemas", "parse_event", "resolve_party"), "igo_timeline.events"),
    **dict.fromkeys(("State", "state_as_of"), "igo_timeline.projections"),
    **dict.fromkeys(("diff", "history", "replay"), "igo_timeline.projections.history"),
}


__getattr__, __dir__ = exports(__name__, _HOMES)


__all__ = [
    "MEMORY",
    "AppendResult",
    "IgoError",
    "InvalidDate",
    "InvalidInput",
    "RuleViolation",
    "State",
    "StoreError",
    "Timeline",
    "UnknownEvent",
    "UnknownOrganization",
    "UnknownParty",
    "default_location",
    "diff",
    "event_schemas",
    "history",
    "parse_event",
    "replay",
    "resolve_party",
    "state_as_of",
]
