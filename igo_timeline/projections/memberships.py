"""Across organizations: a party's statuses in every organization of the store on a day.

Answered from the index, through its party-keyed index of spells: one lookup finds the
party's rows relevant on the day in every organization (and the catalog row of each of
those organizations), and each organization's answer is read from them by the same
:func:`~igo_timeline.projections.state.status_answers` as its state, so the two never
disagree (a property test holds them to it). No organization is folded from the log.

The party's COW columns count as the party on the days they stand for it
(:func:`~igo_timeline.events.parties.cow_as`): asked for Russia in 2000, ``cow:365``
answers, named in ``via``. Organizations linked as the same (``igo org link``) are
listed once with every slug; where their answers differ, both are shown and the entry
says so (``disagreement``).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from igo_timeline.cow.layout import STATUS_OF
from igo_timeline.events.dates import Truth, extent
from igo_timeline.events.parties import (
    cow_as,
    lineage_codes,
    part_of,
    party_kind,
    party_name,
    resolve_party,
)
from igo_timeline.index.rows import assemble
from igo_timeline.projections.facts import StatusSpell
from igo_timeline.projections.state import HELD, UNKNOWN_ANSWER, _start_or_end, status_answers

if TYPE_CHECKING:
    from igo_timeline.engine.timeline import Timeline
    from igo_timeline.events.registry import Registry


# statuses of a ladder that are no membership: COW's "not in the state system" (an empty cell, -1),
# and "data missing" as stores imported before StatusUnknown hold it
NOT_MEMBERSHIPS = frozenset({str(STATUS_OF[""]), "data_missing"})


def _stamp(known_at: dt.datetime | None) -> str | None:
    return known_at.isoformat().replace("+00:00", "Z") if known_at else None


def _answers(
    timeline: Timeline, code: str, day: dt.date, known_at: dt.datetime | None
) -> dict[str, dict[str, Any]]:
    """Organization -> the party's answer there (status, since, event, via; or uncertain)."""
    candidates = [code, *lineage_codes(code)]
    pieces = timeline.index.party_pieces(candidates, day, known_at)
    out: dict[str, dict[str, Any]] = {}
    for org, found in sorted(pieces.items()):
        facts = assemble(found)
        # in existence that day (certainly founded, not certainly dissolved), as the state reads it
        if facts.founding is None or extent(facts.founding.founded).started_by(day) is not Truth.YES:
            continue
        if facts.dissolution is not None and extent(facts.dissolution.effective).started_by(day) is Truth.YES:
            continue
        # the party's spells on the day, read as the state reads them (status_answers)
        answers: dict[str, tuple[StatusSpell, str | None]] = {}
        for party, spell, answer in status_answers(facts, day):
            if spell.status in NOT_MEMBERSHIPS or party not in candidates:
                continue
            if party != code and cow_as(party, day) != code:
                continue  # a COW column that stood for another party that day
            if answer == HELD:
                answers[party] = (spell, None)
            elif party not in answers:  # a held spell wins over what may hold
                answers[party] = (
                    spell,
                    "status unknown" if answer == UNKNOWN_ANSWER else "dates leave it open",
                )
        for candidate in candidates:  # the party itself first, then its COW columns
            if candidate not in answers:
                continue
            spell, uncertain = answers[candidate]
            out[org] = {
                "org": org,
                "name": facts.founding.name,
                "status": None if spell.unknown else spell.status,
                "since": spell.since
                if uncertain != "dates leave it open"
                else _start_or_end(spell.span, day, spell.since, spell.ended_by),
                "event": spell.event.id,
                "uncertain": uncertain,
                "conditions": [],
                "via": None if candidate == code else candidate,
                "horizon": None,
            }
            break
    return out


def _group_key(registry: Registry | None, org: str) -> tuple[str, ...]:
    linked = registry.same_as(org) if registry is not None else {org}
    # the curated record first (COW's copies are cow-...), then by slug
    return tuple(sorted(linked, key=lambda s: (s.startswith("cow-"), s)))


def memberships(
    timeline: Timeline,
    party: str,
    as_of: dt.date,
    known_at: dt.datetime | None = None,
    status: str | None = None,
) -> dict[str, Any]:
    """``igo memberships --json``: every organization in which the party holds a status (or may) on the day."""
    timeline.refresh_registry()
    timeline.index.catch_up()  # the index, brought up to date (a query after an append sees it)
    with timeline.naming():  # by this store's registry, whatever other store is open
        code = resolve_party(party)
    registry = timeline.registry(known_at)
    with timeline.names_as_known(known_at):
        return _memberships(timeline, registry, code, as_of, known_at, status)


def _memberships(
    timeline: Timeline,
    registry: Registry,
    code: str,
    as_of: dt.date,
    known_at: dt.datetime | None,
    status: str | None,
) -> dict[str, Any]:
    answers = _answers(timeline, code, as_of, known_at)
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for org, answer in answers.items():
        groups.setdefault(_group_key(registry, org), []).append(answer)
    rows = []
    # what certainly holds first, then what may
    ordered = sorted(groups.items(), key=lambda kv: (all(a["uncertain"] for a in kv[1]), kv[0]))
    for key, found in ordered:
        by_org = {a["org"]: a for a in found}
        first = by_org.get(key[0]) or found[0]
        row = {**first, "org": key[0], "orgs": list(key), "disagreement": None}
        if len(key) > 1:
            said = {org: (by_org[org]["status"] if org in by_org else None) for org in key}
            if len(set(said.values())) > 1:
                row["disagreement"] = [
                    {
                        "org": org,
                        "status": said[org],
                        "since": by_org[org]["since"] if org in by_org else None,
                        "event": by_org[org]["event"] if org in by_org else None,
                    }
                    for org in key
                ]
        if status is not None and not any(
            a["status"] == status for a in ([first] if row["disagreement"] is None else found)
        ):
            continue
        rows.append(row)
    return {
        "party": code,
        "name": party_name(code, as_of),
        "kind": party_kind(code, as_of),
        "part_of": part_of(code, as_of),
        "as_of": as_of.isoformat(),
        "known_at": _stamp(known_at),
        "memberships": rows,
    }


def compare(
    timeline: Timeline, first: str, second: str, as_of: dt.date, known_at: dt.datetime | None = None
) -> dict[str, Any]:
    """``igo compare --json``: the organizations both parties belong to on the day, and where they differ."""
    a = memberships(timeline, first, as_of, known_at)
    b = memberships(timeline, second, as_of, known_at)
    # belonging is holding a status for certain; what is open for either is listed apart
    mine = {m["org"]: m for m in a["memberships"] if m["status"] and not m["uncertain"]}
    theirs = {m["org"]: m for m in b["memberships"] if m["status"] and not m["uncertain"]}
    open_ = sorted({m["org"] for m in a["memberships"] + b["memberships"]} - (set(mine) | set(theirs)))
    both = [
        {
            "org": org,
            "orgs": mine[org]["orgs"],
            "name": mine[org]["name"],
            a["party"]: mine[org]["status"],
            b["party"]: theirs[org]["status"],
            "same": mine[org]["status"] == theirs[org]["status"],
        }
        for org in sorted(set(mine) & set(theirs))
    ]
    return {
        "parties": [
            {"party": a["party"], "name": a["name"]},
            {"party": b["party"], "name": b["name"]},
        ],
        "as_of": as_of.isoformat(),
        "known_at": _stamp(known_at),
        "both": both,
        "differ": [row["org"] for row in both if not row["same"]],
        "only": {a["party"]: sorted(set(mine) - set(theirs)), b["party"]: sorted(set(theirs) - set(mine))},
        "uncertain": open_,
    }
