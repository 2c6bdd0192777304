"""A status word read as a status of the organization's own ladder, when the store knows that ladder.

A text names a status in its own words ("BRICS partner states", "a dialogue
partner", "full member"); the organization records it under its ladder's slug
(``partner_country``, ``dialogue_partner``, ``member``). Without a store the
extractor can only write the words' own slug; with the ladder in force on the
decision's day, a word that names exactly one of the ladder's statuses is read
as that status. A word that names none, or several, stays as written: applying
it then fails with the record's own message, which is better than a guess.

Procedures likewise: a text calls a step "of admission" where the organization
recorded the party's pending procedure as its "accession"; a step or an outcome
of the one procedure the party has pending on that day is read as a step of
that procedure (``read_pending``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from igo_timeline.events.dates import InvalidDate, extent
from igo_timeline.extract.records import Candidate

# what a ladder's slug may carry beside the status itself: "observer_state" and "observer" name one status
_GENERIC = frozenset({"state", "states", "country", "countries", "status", "category", "full", "fledged"})

LadderOn = Callable[[dt.date], Sequence[str]]


def _same(status: str, day: dt.date) -> str:
    return status


def _none(party: str, day: dt.date) -> Sequence[str]:
    return ()


@dataclass(frozen=True)
class StoreLadder:
    """What the store knows of an organization's statuses: the ladder in force on a day, and what a status's
    old name is called on a day after the reforms that merged or renamed it (the SCO's "dialogue_partner" is
    its "partner" from the reform of 2025)."""

    on: LadderOn
    renamed_on: Callable[[str, dt.date], str] = _same
    # the procedures a party has pending on a day, by the organization's own names
    pending_on: Callable[[str, dt.date], Sequence[str]] = _none


def _core(slug: str) -> frozenset[str]:
    """The words of a status that tell it apart: its slug's words but the generic ones, singular."""
    words = (re.sub(r"(?<=[a-z]{3})s$", "", w) for w in re.split(r"[\s_-]+", slug.lower()) if w)
    return frozenset(w for w in words if w and w not in _GENERIC)


def on_ladder(word: str, ladder: Sequence[str]) -> str | None:
    """The ladder's status that ``word`` names, or None when it names none or several.

    The word itself when the ladder has it; else the one status whose telling words are the word's
    (``partner`` and ``partner_country``); else the one status whose telling words include all the
    word's (``partner`` and ``dialogue_partner`` when the ladder has no other partner). A word with more
    telling words than a status (``associate_member`` against ``member``) never names it.
    """
    if word in ladder:
        return word
    core = _core(word)
    if not core:
        return None
    same = [s for s in ladder if _core(s) == core]
    if same:
        return same[0] if len(same) == 1 else None
    wider = [s for s in ladder if core < _core(s)]
    return wider[0] if len(wider) == 1 else None


def _day(event: dict[str, object]) -> dt.date:
    """The day whose ladder a candidate's status is read against: the first day its effective date, else its
    date or its decision's day, can be (``extent``); else the latest ladder."""
    for key in ("effective", "date", "decided_on"):
        value = event.get(key)
        if isinstance(value, str):
            try:
                return extent(value).start_earliest
            except InvalidDate:
                continue
    return dt.date.max


def _reformed_here(found: Sequence[Candidate]) -> set[str]:
    """The statuses the text's own reform names: the text speaks of them under those names."""
    names: set[str] = set()
    for c in found:
        if c.type == "LadderReformed":
            merged = c.event.get("merged") or {}
            names.update(merged if isinstance(merged, dict) else ())
            for key in ("added", "retired"):
                value = c.event.get(key) or []
                names.update(v for v in value if isinstance(v, str))
    return names


def read_on_ladder(found: Sequence[Candidate], ladder: StoreLadder | LadderOn | None) -> list[Candidate]:
    """Every candidate's status as the ladder in force on its day names it: its name after the reforms in
    force, else the one status its words name (see :func:`on_ladder`)."""
    if ladder is None:
        return list(found)
    if not isinstance(ladder, StoreLadder):
        ladder = StoreLadder(ladder)
    own = _reformed_here(found)
    out = []
    for c in found:
        status = c.event.get("status")
        if isinstance(status, str) and status not in own:
            day = _day(c.event)
            steps = ladder.on(day)
            renamed = ladder.renamed_on(status, day)
            new = renamed if renamed != status and renamed in steps else on_ladder(status, steps)
            if new is not None and new != status:
                why = (
                    "a reform of the ladder merged it into that status"
                    if new == renamed
                    else ("the one status of the ladder it names")
                )
                note = f"the text's {status.replace('_', ' ')!r} is {new}, {why}"
                note = f"{c.event['note']}; {note}" if c.event.get("note") else note
                c = replace(c, event={**c.event, "status": new, "note": note})
        out.append(c)
    return out


_OF_A_PROCEDURE = ("ProcedureStepTaken", "ProcedureConcluded")


def read_pending(found: Sequence[Candidate], ladder: StoreLadder | None) -> list[Candidate]:
    """A step or an outcome of a procedure that the party does not have pending under the text's name, read
    as one of the one procedure it has pending on that day (the store's name for it). None pending, or
    several: the name stays as the text gives it, and applying it fails with the record's message."""
    if ladder is None:
        return list(found)
    out = []
    for c in found:
        party, name = c.event.get("party"), c.event.get("procedure")
        if c.type in _OF_A_PROCEDURE and isinstance(party, str) and isinstance(name, str):
            pending = list(dict.fromkeys(ladder.pending_on(party, _day(c.event))))
            if name not in pending and len(pending) == 1:
                note = f"the text's {name!r} procedure is the {pending[0]!r} procedure {party} has pending"
                note = f"{c.event['note']}; {note}" if c.event.get("note") else note
                c = replace(c, event={**c.event, "procedure": pending[0], "note": note})
        out.append(c)
    return out
