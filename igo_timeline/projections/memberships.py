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
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from igo_timeline.cow.layout import STATUS_OF
from igo_timeline.events.dates import FAR_FUTURE, Truth, extent
from igo_timeline.events.names import resolve, term_slug
from igo_timeline.events.parties import (
    cow_as,
    cow_lineage,
    lineage_codes,
    part_of,
    party_kind,
    party_name,
    resolve_party,
)
from igo_timeline.index.rows import IndexedFacts, assemble
from igo_timeline.projections.facts import Horizon, Span, StatusSpell
from igo_timeline.projections.period import Period
from igo_timeline.projections.state import HELD, UNKNOWN_ANSWER, _conditions, _start_or_end, status_answers

if TYPE_CHECKING:
    from igo_timeline.engine.timeline import Timeline
    from igo_timeline.events.registry import Registry


# statuses of a ladder that are no membership: COW's "not in the state system" (an empty cell, -1),
# and "data missing" as stores imported before StatusUnknown hold it
NOT_MEMBERSHIPS = frozenset({str(STATUS_OF[""]), "data_missing"})
ONE_DAY = dt.timedelta(days=1)


def _stamp(known_at: dt.datetime | None) -> str | None:
    return known_at.isoformat().replace("+00:00", "Z") if known_at else None


def _facts(
    timeline: Timeline,
    candidates: list[str],
    day: dt.date,
    known_at: dt.datetime | None,
    until: dt.date | None = None,
) -> dict[str, IndexedFacts]:
    """Organization -> the facts about the party (and its COW columns) relevant on the day, or on
    some day up to ``until``: one lookup in the party-keyed index."""
    pieces = timeline.index.party_pieces(candidates, day, known_at, until)
    return {org: assemble(found) for org, found in sorted(pieces.items())}


def _answer(
    org: str, facts: IndexedFacts, code: str, candidates: list[str], day: dt.date
) -> dict[str, Any] | None:
    """The party's answer in one organization on the day (status, since, event, via; or
    uncertain), read as the state reads it (:func:`status_answers`); None: no status there."""
    # in existence that day (certainly founded, not certainly dissolved), as the state reads it
    if facts.founding is None or extent(facts.founding.founded).started_by(day) is not Truth.YES:
        return None
    if facts.dissolution is not None and extent(facts.dissolution.effective).started_by(day) is Truth.YES:
        return None
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
    horizon = facts.horizon
    until = horizon.until if horizon is not None else None
    for candidate in candidates:  # the party itself first, then its COW columns
        if candidate not in answers:
            continue
        spell, uncertain = answers[candidate]
        conditions = _conditions(facts, candidate, day, []) if uncertain is None else None
        return {
            "org": org,
            "name": facts.founding.name,
            "status": None if spell.unknown else spell.status,
            "since": spell.since
            if uncertain != "dates leave it open"
            else _start_or_end(spell.span, day, spell.since, spell.ended_by),
            "event": spell.event.id,
            "uncertain": uncertain,
            "conditions": [c.model_dump(mode="json") for c in conditions or []],
            "via": None if candidate == code else candidate,
            "horizon": horizon.to_json() if horizon is not None else {"until": None, "declared": None},
            "beyond_horizon": until is not None and day > until,
        }
    return None


def _answers(
    timeline: Timeline, code: str, day: dt.date, known_at: dt.datetime | None
) -> tuple[dict[str, dict[str, Any]], dict[str, Horizon]]:
    """Organization -> the party's answer there; and the horizon of each organization found."""
    candidates = [code, *lineage_codes(code)]
    out: dict[str, dict[str, Any]] = {}
    horizons: dict[str, Horizon] = {}
    for org, facts in _facts(timeline, candidates, day, known_at).items():
        if facts.horizon is not None:
            horizons[org] = facts.horizon
        answer = _answer(org, facts, code, candidates, day)
        if answer is not None:
            out[org] = answer
    return out, horizons


def _group_key(registry: Registry | None, org: str) -> tuple[str, ...]:
    linked = registry.same_as(org) if registry is not None else {org}
    # the curated record first (COW's copies are cow-...), then by slug
    return tuple(sorted(linked, key=lambda s: (s.startswith("cow-"), s)))


def _linked_horizons(
    timeline: Timeline,
    registry: Registry,
    orgs: Iterable[str],
    horizons: dict[str, Horizon],
    known_at: dt.datetime | None,
) -> dict[str, Horizon]:
    """``horizons``, completed with those of the organizations linked to ``orgs`` (a linked
    organization in which the party holds nothing has no row of the party's)."""
    missing = sorted({o for org in orgs for o in _group_key(registry, org)} - set(horizons))
    return {**horizons, **timeline.index.horizons(missing, known_at)} if missing else horizons


def _ended(key: tuple[str, ...], horizons: dict[str, Horizon], day: dt.date) -> dict[str, str]:
    """The organizations of a linked group whose record has ended before the day while another's
    goes on (COW's data stops in 2014, the curated SCO's does not): slug -> its last day. Beyond
    its horizon, a record's silence (or the last state it repeats) is no disagreement."""
    if len(key) < 2:
        return {}
    untils = {o: u for o in key if o in horizons and (u := horizons[o].until) is not None}
    reach = max(untils.values(), default=None)
    return {o: u.isoformat() for o, u in untils.items() if reach is not None and u < day and u < reach}


def _rows(
    registry: Registry,
    answers: dict[str, dict[str, Any]],
    horizons: dict[str, Horizon],
    day: dt.date,
) -> list[dict[str, Any]]:
    """The day's answers, organizations linked as the same listed once: what certainly holds
    first, then what may; a disagreement between linked records flagged, unless a record has
    merely ended (``record_ends``)."""
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for org, answer in answers.items():
        groups.setdefault(_group_key(registry, org), []).append(answer)
    rows = []
    for key, found in groups.items():
        ended = _ended(key, horizons, day)
        considered = [org for org in key if org not in ended]
        by_org = {a["org"]: a for a in found if a["org"] in considered}
        if not by_org:
            continue  # only ended records speak: the silence of the one that goes on is the answer
        first = next(by_org[org] for org in considered if org in by_org)
        row = {
            **first,
            "org": key[0],
            "orgs": list(key),
            "disagreement": None,
            "record_ends": [{"org": org, "until": ended[org]} for org in key if org in ended],
        }
        if len(considered) > 1:
            said = {org: (by_org[org]["status"] if org in by_org else None) for org in considered}
            if len(set(said.values())) > 1:
                row["disagreement"] = [
                    {
                        "org": org,
                        "status": said[org],
                        "since": by_org[org]["since"] if org in by_org else None,
                        "event": by_org[org]["event"] if org in by_org else None,
                    }
                    for org in considered
                ]
        rows.append(row)
    return sorted(rows, key=lambda r: (_open(r), tuple(r["orgs"])))


def _open(row: dict[str, Any]) -> bool:
    """What only may hold: an uncertain answer, the linked records agreeing."""
    return bool(row["uncertain"]) and row["disagreement"] is None


def _with_status(row: dict[str, Any], status: str) -> bool:
    said = [row["status"]] if row["disagreement"] is None else [d["status"] for d in row["disagreement"]]
    return status in said


def memberships(
    timeline: Timeline,
    party: str,
    as_of: dt.date | Period,
    known_at: dt.datetime | None = None,
    status: str | None = None,
) -> dict[str, Any]:
    """``igo memberships --json``: every organization in which the party holds a status (or may)
    on the day; asked for a period (a year, a month), what held on every day of it, what held on
    some days only (``partly``), what changed within it (``changes``) and what was open
    (``uncertain``)."""
    timeline.refresh_registry()
    timeline.index.catch_up()  # the index, brought up to date (a query after an append sees it)
    with timeline.naming():  # by this store's registry, whatever other store is open
        code = resolve_party(party)
    if status is not None:
        status = _status(timeline, status)
    registry = timeline.registry(known_at)
    with timeline.names_as_known(known_at):
        if isinstance(as_of, Period):
            if not as_of.is_day:
                return _period(timeline, registry, code, as_of, known_at, status)
            as_of = as_of.start
        return _memberships(timeline, registry, code, as_of, known_at, status)


def _status(timeline: Timeline, value: str) -> str:
    """A status as typed (``dialogue partner``), checked against every ladder of the store:
    a misspelt one is refused with the closest, not answered with nothing."""
    slug = term_slug(value)
    known = timeline.index.statuses()
    if slug in known:
        return str(slug)
    return resolve("status", value, {s: s.replace("_", " ") for s in sorted(known)})


def _head(code: str, day: dt.date, as_of: str, known_at: dt.datetime | None) -> dict[str, Any]:
    return {
        "party": code,
        "name": party_name(code, day),
        "kind": party_kind(code, day),
        "part_of": part_of(code, day),
        "as_of": as_of,
        "known_at": _stamp(known_at),
    }


def _memberships(
    timeline: Timeline,
    registry: Registry,
    code: str,
    as_of: dt.date,
    known_at: dt.datetime | None,
    status: str | None,
) -> dict[str, Any]:
    answers, horizons = _answers(timeline, code, as_of, known_at)
    horizons = _linked_horizons(timeline, registry, answers, horizons, known_at)
    rows = _rows(registry, answers, horizons, as_of)
    if status is not None:
        rows = [r for r in rows if _with_status(r, status)]
    return {**_head(code, as_of, as_of.isoformat(), known_at), "memberships": rows}


# -- a period: a year or a month ----------------------------------------------------------------


def _change_days(facts: IndexedFacts, candidates: list[str], period: Period) -> set[dt.date]:
    """The days within the period, after its first, on which the party's answer in this
    organization may change: where its spells and conditions (and the organization's founding,
    dissolution and horizon, and a COW column's standing for the party) may start or end."""
    days: set[dt.date] = set()
    spans: list[Span] = []
    for party in candidates:
        spans += [spell.span for spell in facts.statuses.get(party, [])]
        spans += [spell.span for spell in facts.conditions.get(party, [])]
        for lo, hi, _ in cow_lineage().get(party, ()):
            days.add(dt.date.fromordinal(lo))
            if hi < FAR_FUTURE.toordinal():
                days.add(dt.date.fromordinal(hi) + ONE_DAY)
    for ev, date in ((facts.founding, "founded"), (facts.dissolution, "effective")):
        if ev is not None:
            spans.append(Span.from_start(extent(getattr(ev, date))))
    for span in spans:
        days |= {span.s0, span.s1}
        days |= {d + ONE_DAY for d in (span.e0, span.e1) if d < FAR_FUTURE}
    if facts.horizon is not None and facts.horizon.until is not None:
        days.add(facts.horizon.until + ONE_DAY)
    for conditions in facts.conditions.values():  # a notice falling due
        days |= {d for c in conditions for d in _due_days(c)}
    return {d for d in days if period.start < d <= period.end}


def _due_days(spell: Any) -> set[dt.date]:
    if not spell.takes_effect:
        return set()
    span = extent(spell.takes_effect)
    return {span.start_earliest, span.start_latest}


def _period(
    timeline: Timeline,
    registry: Registry,
    code: str,
    period: Period,
    known_at: dt.datetime | None,
    status: str | None,
) -> dict[str, Any]:
    """A period's memberships, split as a period's state is (:mod:`~igo_timeline.projections.period`):
    read on each day of the period where the party's answer may change, from one lookup."""
    candidates = [code, *lineage_codes(code)]
    facts = _facts(timeline, candidates, period.start, known_at, until=period.end)
    horizons = {org: f.horizon for org, f in facts.items() if f.horizon is not None}
    horizons = _linked_horizons(timeline, registry, facts, horizons, known_at)
    days = sorted({period.start}.union(*(_change_days(f, candidates, period) for f in facts.values())))
    ends = [*(d - ONE_DAY for d in days[1:]), period.end]

    # each day: the rows (linked organizations once), and each organization's own certain answer
    # (None where its record has ended while a linked one goes on: no word either way)
    rows_on: list[dict[tuple[str, ...], dict[str, Any]]] = []
    said_on: list[dict[str, dict[str, Any] | None]] = []
    for day in days:
        answers = {
            org: a for org, f in facts.items() if (a := _answer(org, f, code, candidates, day)) is not None
        }
        rows_on.append({tuple(r["orgs"]): r for r in _rows(registry, answers, horizons, day)})
        said: dict[str, dict[str, Any] | None] = {}
        for org in facts:
            if org in _ended(_group_key(registry, org), horizons, day):
                said[org] = None
                continue
            found = answers.get(org)
            certain = found if found is not None and found["uncertain"] is None else None
            said[org] = {
                "status": certain["status"] if certain else None,
                "conditions": sorted(c["condition"] for c in certain["conditions"]) if certain else [],
                "via": certain["via"] if certain else None,
                "name": certain["name"] if certain else None,
            }
        said_on.append(said)

    def holds(row: dict[str, Any] | None) -> Any:
        if row is None or _open(row):
            return None
        return (row["status"], tuple((d["org"], d["status"]) for d in row["disagreement"] or []))

    every: list[dict[str, Any]] = []
    partly: dict[tuple[str, str], dict[str, Any]] = {}
    for key in sorted({k for day_rows in rows_on for k in day_rows}):
        values = [holds(day_rows.get(key)) for day_rows in rows_on]
        if values[0] is not None and all(v == values[0] for v in values):
            every.append(rows_on[0][key])
            continue
        # not the same every day: each linked record's certain statuses, with their spans
        for said, first, final in zip(said_on, days, ends, strict=True):
            for org in key:
                mine = said.get(org)
                if mine is None or mine["status"] is None:
                    continue
                entry = partly.setdefault(
                    (org, mine["status"]),
                    {
                        "org": org,
                        "orgs": list(key),
                        "name": mine["name"],
                        "status": mine["status"],
                        "via": mine["via"],
                        "spans": [],
                    },
                )
                spans = entry["spans"]
                if spans and dt.date.fromisoformat(spans[-1]["end"]) + ONE_DAY == first:
                    spans[-1]["end"] = final.isoformat()
                else:
                    spans.append({"start": first.isoformat(), "end": final.isoformat()})

    changes: list[dict[str, Any]] = []
    for before, after, day in zip(said_on, said_on[1:], days[1:], strict=False):
        for org in sorted(set(before) | set(after)):
            old, new = before.get(org), after.get(org)
            if old is None or new is None:
                continue  # a record that has ended says nothing of what changed
            for kind in ("status", "conditions"):
                # the conditions on a status held on both days (a status's own change says the rest)
                if old[kind] != new[kind] and (kind == "status" or (old["status"] and new["status"])):
                    changes.append(
                        {
                            "on": day.isoformat(),
                            "org": org,
                            "orgs": list(_group_key(registry, org)),
                            "kind": kind,
                            "before": old[kind],
                            "after": new[kind],
                        }
                    )

    uncertain: dict[tuple[str, str], dict[str, Any]] = {}
    for day_rows in rows_on:
        for row in day_rows.values():
            if _open(row):
                uncertain.setdefault((row["org"], row["event"]), row)

    partly_rows = sorted(partly.values(), key=lambda p: (p["spans"][0]["start"], p["orgs"], p["org"]))
    open_rows = sorted(uncertain.values(), key=lambda r: (tuple(r["orgs"]), r["since"] or ""))
    if status is not None:
        every = [r for r in every if _with_status(r, status)]
        partly_rows = [p for p in partly_rows if p["status"] == status]
        changes = [c for c in changes if c["kind"] == "status" and status in (c["before"], c["after"])]
        open_rows = [r for r in open_rows if r["status"] == status]
    return {
        **_head(code, period.end, period.text, known_at),
        "from": period.start.isoformat(),
        "to": period.end.isoformat(),
        "memberships": every,
        "partly": partly_rows,
        "changes": changes,
        "uncertain": open_rows,
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
