"""Event models and value types: EDTF dates, parties, sources. No I/O.

The names below are imported on first use (PEP 562): a module that needs only the dates
(``igo_timeline.events.dates``) does not build the event models.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from igo_timeline.events.dates import Extent, Truth, extent, parse_day
    from igo_timeline.events.models import (
        DECISION_TYPES,
        EVENT_TYPES,
        AgreementSigned,
        BodyEstablished,
        BodyPlanned,
        DocumentAdopted,
        DocumentEnteredIntoForce,
        EventBase,
        EventCorrected,
        EventRetracted,
        MeetingHeld,
        MeetingScheduled,
        OfficeEstablished,
        OfficeVacated,
        OfficialAppointed,
        OrganizationDissolved,
        OrganizationFounded,
        Participant,
        PositionStated,
        PresidencyHandedOver,
        ProcedureLaunched,
        Source,
        StatusGranted,
        StatusUnknown,
        StatusWithdrawn,
        event_schemas,
        parse_event,
    )
    from igo_timeline.events.parties import party_name, resolve_party
    from igo_timeline.events.vocabulary import plural

_HOMES = {
    **dict.fromkeys(
        (
            "DECISION_TYPES",
            "EVENT_TYPES",
            "AgreementSigned",
            "BodyEstablished",
            "BodyPlanned",
            "DocumentAdopted",
            "DocumentEnteredIntoForce",
            "EventBase",
            "EventCorrected",
            "EventRetracted",
            "MeetingHeld",
            "MeetingScheduled",
            "OfficeEstablished",
            "OfficeVacated",
            "OfficialAppointed",
            "OrganizationDissolved",
            "OrganizationFounded",
            "Participant",
            "PositionStated",
            "PresidencyHandedOver",
            "ProcedureLaunched",
            "Source",
            "StatusGranted",
            "StatusUnknown",
            "StatusWithdrawn",
            "event_schemas",
            "parse_event",
        ),
        "igo_timeline.events.models",
    ),
    **dict.fromkeys(("Extent", "Truth", "extent", "parse_day"), "igo_timeline.events.dates"),
    **dict.fromkeys(("party_name", "resolve_party"), "igo_timeline.events.parties"),
    **dict.fromkeys(("plural",), "igo_timeline.events.vocabulary"),
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value
    return value


__all__ = [
    "DECISION_TYPES",
    "EVENT_TYPES",
    "AgreementSigned",
    "BodyEstablished",
    "BodyPlanned",
    "DocumentAdopted",
    "DocumentEnteredIntoForce",
    "EventBase",
    "EventCorrected",
    "EventRetracted",
    "Extent",
    "MeetingHeld",
    "MeetingScheduled",
    "OfficeEstablished",
    "OfficeVacated",
    "OfficialAppointed",
    "OrganizationDissolved",
    "OrganizationFounded",
    "Participant",
    "PositionStated",
    "PresidencyHandedOver",
    "ProcedureLaunched",
    "Source",
    "StatusGranted",
    "StatusUnknown",
    "StatusWithdrawn",
    "Truth",
    "event_schemas",
    "extent",
    "parse_day",
    "parse_event",
    "party_name",
    "plural",
    "resolve_party",
]
