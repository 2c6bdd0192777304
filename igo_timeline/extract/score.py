"""How well extraction does: recall and precision per event type against a gold list.

The gold is a list of events (the bundled chronicle's events that cite the
document, or a hand-written list for a test text). An extracted event matches
a gold event when :func:`~igo_timeline.extract.check.compare` calls it
recorded (same type, same subject, overlapping dates, compatible content);
each gold event is matched at most once. A match is *quoted* when the
extracted quote overlaps the gold quote's place in the text. The meeting's
participants (and its chair) are scored as entries of their own: a person
and the party they came for.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from igo_timeline.events.models import EventBase, MeetingHeld, parse_event
from igo_timeline.extract.check import compare, person_key
from igo_timeline.extract.records import Candidate, importable


@dataclass
class Tally:
    gold: int = 0
    found: int = 0  # extracted events of the type
    matched: int = 0
    quoted: int = 0
    missed: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float | None:
        return self.matched / self.gold if self.gold else None

    @property
    def precision(self) -> float | None:
        return self.matched / self.found if self.found else None


def locate(text: str, quote: str) -> tuple[int, int] | None:
    """Where a quote written with spaces for line breaks stands in the text."""
    words = quote.split()
    if not words:
        return None
    m = re.search(r"\s+".join(map(re.escape, words)), text)
    return (m.start(), m.end()) if m else None


def score(text: str, candidates: Sequence[Candidate], gold: Sequence[dict[str, Any]]) -> dict[str, Tally]:
    """Per event type (and ``participants``), the tally of gold against extracted events."""
    gold_events = [parse_event(g) for g in gold]
    extracted = [(c, parse_event(importable(c.event))) for c in candidates if c.record == "event"]
    tallies: dict[str, Tally] = {}
    used: set[int] = set()
    for g in gold_events:
        tallies.setdefault(g.type, Tally()).gold += 1
    for _, ev in extracted:
        tallies.setdefault(ev.type, Tally()).found += 1
    for g in gold_events:
        tally = tallies[g.type]
        hit = next(
            (i for i, (_, ev) in enumerate(extracted) if i not in used and compare(ev, g)[0] == "recorded"),
            None,
        )
        if hit is None:
            tally.missed.append(_label(g))
            continue
        used.add(hit)
        tally.matched += 1
        where = locate(text, g.source.quote)
        src = extracted[hit][0].event["source"]
        if where and src["start"] < where[1] and where[0] < src["end"]:
            tally.quoted += 1
    tallies["participants"] = _participants(gold_events, [ev for _, ev in extracted])
    return tallies


def _label(ev: EventBase) -> str:
    d = ev.model_dump()
    key = next((d[k] for k in ("party", "person", "to_party", "title", "body", "document") if d.get(k)), "")
    return f"{ev.type} {key} {ev.valid_time}"


def _people(ev: MeetingHeld) -> set[tuple[str, str | None]]:
    found = {(person_key(p.person), p.party) for p in ev.participants}
    if ev.chair:
        found.add((person_key(ev.chair.person), ev.chair.party))
    return found


def _participants(gold: Sequence[EventBase], extracted: Sequence[EventBase]) -> Tally:
    tally = Tally()
    for g in gold:
        if not isinstance(g, MeetingHeld) or not (g.participants or g.chair):
            continue
        mine = next(
            (e for e in extracted if isinstance(e, MeetingHeld) and compare(e, g)[0] == "recorded"), None
        )
        want = _people(g)
        have = _people(mine) if mine else set()
        tally.gold += len(want)
        tally.found += len(have)
        tally.matched += len(want & have)
        tally.quoted += len(want & have)
        tally.missed += [f"participant {p}" for p in sorted(want - have, key=str)]
    return tally
