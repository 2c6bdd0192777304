"""Event models and value types: EDTF dates, parties, sources. No I/O.

The names below are imported on first use (PEP 562): a module that needs only the dates
(``igo_timeline.events.dates``) does not build the event models.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from igo_timeline.lazy import exports, homes

if TYPE_CHECKING:
    from igo_timeline.events.dates import Extent, Truth, extent, parse_day
    from igo_timeline.events.models import (
        DECISION_TYPES,
        EVENT_TYPES,
        AgreementSigned,
        BodyEstablished,
        BodyPlanned,
        ChairEstablished,
        ConditionImposed,
        ConditionLifted,
        CoverageDeclared,
        DocumentAdopted,
        DocumentEnteredIntoForce,
        EventBase,
        EventCorrected,
        EventRetracted,
        LadderReformed,
        MeetingHeld,
        MeetingScheduled,
        NameChanged,
        OfficeEstablished,
        OfficeVacated,
        OfficialAppointed,
        OrganizationDissolved,
        OrganizationFounded,
        Participant,
        PositionStated,
        PresidencyHandedOver,
        PresidencyVacated,
        ProcedureConcluded,
        ProcedureLaunched,
        ProcedureStepTaken,
        Source,
        StatusGranted,
        StatusUnknown,
        StatusWithdrawn,
        WithdrawalNotified,
        event_schemas,
        parse_event,
    )
    from igo_timeline.events.parties import party_name, resolve_party
    from igo_timeline.events.vocabulary import plural

__all__ = [
    "DECISION_TYPES",
    "EVENT_TYPES",
    "AgreementSigned",
    "BodyEstablished",
    "BodyPlanned",
    "ChairEstablished",
    "ConditionImposed",
    "ConditionLifted",
    "CoverageDeclared",
    "DocumentAdopted",
    "DocumentEnteredIntoForce",
    "EventBase",
    "EventCorrected",
    "EventRetracted",
    "Extent",
    "LadderReformed",
    "MeetingHeld",
    "MeetingScheduled",
    "NameChanged",
    "OfficeEstablished",
    "OfficeVacated",
    "OfficialAppointed",
    "OrganizationDissolved",
    "OrganizationFounded",
    "Participant",
    "PositionStated",
    "PresidencyHandedOver",
    "PresidencyVacated",
    "ProcedureConcluded",
    "ProcedureLaunched",
    "ProcedureStepTaken",
    "Source",
    "StatusGranted",
    "StatusUnknown",
    "StatusWithdrawn",
    "Truth",
    "WithdrawalNotified",
    "event_schemas",
    "extent",
    "parse_day",
    "parse_event",
    "party_name",
    "plural",
    "resolve_party",
]

# each public name's module: the event models', but for these
_ELSEWHERE = homes(
    ("igo_timeline.events.dates", ("Extent", "Truth", "extent", "parse_day")),
    ("igo_timeline.events.parties", ("party_name", "resolve_party")),
    ("igo_timeline.events.vocabulary", ("plural",)),
)
_HOMES = {name: _ELSEWHERE.get(name, "igo_timeline.events.models") for name in __all__}
__getattr__, __dir__ = exports(__name__, _HOMES)
