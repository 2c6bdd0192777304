"""What the store already knows that extraction can use: persons and body names."""

from __future__ import annotations

from collections.abc import Sequence

from igo_timeline.events.models import MeetingHeld, OfficeVacated, OfficialAppointed
from igo_timeline.projections.effective import Record, decisions, effective_events
from igo_timeline.projections.facts import build_facts


def store_offices(records: Sequence[Record]) -> dict[str, str]:
    """Office slug -> name, as the organization's founding and OfficeEstablished events name them."""
    return build_facts(decisions(effective_events(records))).offices()


def store_vocabulary(records: Sequence[Record]) -> tuple[tuple[str, ...], dict[str, str]]:
    """(persons named in the organization's events, body slug -> name): what was applied before is known next time."""
    stored = decisions(effective_events(records))
    persons: dict[str, None] = {}
    for ev in stored:
        if isinstance(ev, OfficialAppointed | OfficeVacated):
            persons[ev.person] = None
        elif isinstance(ev, MeetingHeld):
            for p in [*ev.participants, *([ev.chair] if ev.chair else [])]:
                persons[p.person] = None
    return tuple(persons), build_facts(stored).body_names()
