"""What the store already knows that extraction can use: persons and the names of offices and bodies."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from igo_timeline.events.dates import Truth
from igo_timeline.events.models import MeetingHeld, OfficeVacated, OfficialAppointed
from igo_timeline.events.names import every_name
from igo_timeline.extract.ladder import StoreLadder
from igo_timeline.projections.effective import Record, decisions, effective_events
from igo_timeline.projections.facts import build_facts


def store_offices(records: Sequence[Record]) -> dict[str, tuple[str, ...]]:
    """Office slug -> its names (title first, then its aliases and renames), as the organization's
    founding, OfficeEstablished and NameChanged events name it."""
    return every_name(decisions(effective_events(records)), "office")


def store_vocabulary(records: Sequence[Record]) -> tuple[tuple[str, ...], dict[str, tuple[str, ...]]]:
    """(persons named in the organization's events, body slug -> its names): what was applied
    before is known next time."""
    stored = decisions(effective_events(records))
    persons: dict[str, None] = {}
    for ev in stored:
        if isinstance(ev, OfficialAppointed | OfficeVacated):
            persons[ev.person] = None
        elif isinstance(ev, MeetingHeld):
            for p in [*ev.participants, *([ev.chair] if ev.chair else [])]:
                persons[p.person] = None
    return tuple(persons), every_name(stored, "body")


def store_ladder(records: Sequence[Record]) -> StoreLadder | None:
    """The organization's ladder of statuses as the store knows it (its founding's, as its reforms left it, and
    the names the reforms gave the statuses they merged), or None when the store has no founding of it: a
    status word is then read as its own words."""
    facts = build_facts(decisions(effective_events(records)))
    if facts.founding is None:
        return None

    def pending_on(party: str, day: dt.date) -> list[str]:
        return [p.procedure for p in facts.procedures.get(party, []) if p.span.on(day) is not Truth.NO]

    return StoreLadder(facts.ladder_on, facts.renamed_on, pending_on)
