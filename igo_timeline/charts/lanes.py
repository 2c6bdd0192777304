"""What the chart draws, lane by lane, from the spans of :func:`~igo_timeline.projections.intervals.intervals`.

Pure data, no matplotlib: the lanes from top to bottom (the main body's
meetings, other meetings, the presidency, one lane per office, one lane per
party ordered by the date of its first status), each with its bars. A bar
keeps the four day bounds of its span, so the drawing can show what is
certain, what is uncertain (a range of possible start or end days), and
what has no recorded end. A spell whose status is not known (a
``StatusUnknown``) is a bar of its own kind in the party's lane, keyed
:data:`UNKNOWN_KEY` and labelled "status unknown": never a status, so never
in the legend's statuses.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from igo_timeline.errors import InvalidInput
from igo_timeline.events.names import closest
from igo_timeline.events.parties import party_name, resolve_party

# the legend entry of a spell whose status is not known: not a slug, so no status of a ladder
UNKNOWN_KEY = "status unknown"
# the legend entries of a condition on a status and of a pending procedure: a thin strip in the
# party's lane, under its status bar (a condition does not end the status)
CONDITION_KEY = "condition: "
PENDING_KEY = "pending: "


def _day(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _a_year_after(day: dt.date) -> dt.date:
    try:
        return day.replace(year=min(day.year + 1, 9999))
    except ValueError:  # 29 February
        return day.replace(year=day.year + 1, day=28)


@dataclass(frozen=True)
class Bar:
    """A span: starts in [s0, s1], last day in [e0, e1]; None bounds are open."""

    s0: dt.date | None
    s1: dt.date | None
    e0: dt.date | None
    e1: dt.date | None
    key: str  # the legend entry (a status, a presidency holder, "held", "scheduled", "term", UNKNOWN_KEY)
    label: str = ""  # text drawn on or near the bar, shortened only when it cannot fit
    short_labels: tuple[str, ...] = ()  # shorter forms, tried in order
    event: str | None = None

    @staticmethod
    def of(span: dict[str, Any], key: str, label: str = "", short: tuple[str, ...] = ()) -> Bar:
        return Bar(
            _day(span["start_earliest"]),
            _day(span["start_latest"]),
            _day(span["end_earliest"]),
            _day(span["end_latest"]),
            key,
            label,
            short,
            span.get("event"),
        )


@dataclass
class Lane:
    kind: str  # main-meetings | meetings | presidency | office | party
    title: str
    bars: list[Bar] = field(default_factory=list)


@dataclass
class Chart:
    org: str
    name: str
    start: dt.date
    end: dt.date
    as_of: dt.date | None
    known_at: str | None
    lanes: list[Lane]
    statuses: list[str]  # in the order of first appearance, for the legend (never UNKNOWN_KEY)
    holders: list[str]  # presidency holders, in order
    # the record's last dated day, when the day asked about lies beyond it (a line: "record ends")
    horizon: dt.date | None = None


def short_names(person: str) -> tuple[str, ...]:
    """Shorter forms of a name, tried when the full one cannot fit: "D. Mezentsev", "Mezentsev"."""
    words = person.split()
    if len(words) < 2:
        return ()
    out = [f"{words[0][0]}. {words[-1]}", words[-1]]
    if len(words) > 2:
        out.insert(0, f"{words[0]} {words[-1]}")
    return tuple(dict.fromkeys(o for o in out if o != person))


def _meeting_label(span: dict[str, Any]) -> tuple[str, tuple[str, ...]]:
    where = span.get("place") or (party_name(span["host"]) if span.get("host") else "")
    if span["kind"] == "scheduled":
        full = f"{where} ({span['date']}, scheduled)" if where else f"scheduled {span['date']}"
        return full, tuple(x for x in (f"{where} ({span['date']})", where) if x)
    return where, ()


def chart_lanes(
    answer: dict[str, Any],
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
    as_of: dt.date | None = None,
    parties: tuple[str, ...] = (),
    today: dt.date | None = None,
) -> Chart:
    """The lanes of the chart of one ``intervals`` answer.

    The window defaults to the first recorded day .. a year after the last one, or the day asked
    about (``as_of``, by default today) when that is later: the one default day of the page, the
    CLI and the API. When that day lies beyond the record's horizon (how far its sources reach,
    as every answer has it: ``sources for sco reach ...``), the horizon is drawn."""
    if not answer.get("first_day"):
        raise InvalidInput(f"{answer['org']}: nothing dated to draw")
    first = _day(answer["first_day"])
    last = _day(answer["last_day"])
    assert first is not None and last is not None
    asked = as_of or today or dt.datetime.now(dt.UTC).date()
    reach = _day((answer.get("horizon") or {}).get("until")) or last
    start = start or first
    end = end or max(_a_year_after(last), asked)
    if end <= start:
        raise InvalidInput(f"the window is empty: {start.isoformat()} .. {end.isoformat()}")

    meetings = answer["meetings"]
    counts = Counter(m["body"] for m in meetings if m["kind"] == "held")
    main_body = max(counts, key=lambda b: counts[b]) if counts else None
    if main_body is None and meetings:
        main_body = meetings[0]["body"]
    lanes: list[Lane] = []
    main = [m for m in meetings if m["body"] == main_body]
    if main:
        lane = Lane("main-meetings", main[0]["body_name"])
        for m in main:
            label, short = _meeting_label(m)
            lane.bars.append(Bar.of(m, m["kind"], label, short))
        lanes.append(lane)
    others = [m for m in meetings if m["body"] != main_body]
    if others:
        lanes.append(Lane("meetings", "Other meetings", [Bar.of(m, m["kind"]) for m in others]))

    holders = list(dict.fromkeys(p["party"] for p in answer["presidencies"]))
    # one lane per chair: the presidency, then any other rotating chair
    for chair in dict.fromkeys(p.get("chair", "presidency") for p in answer["presidencies"]):
        spells = [p for p in answer["presidencies"] if p.get("chair", "presidency") == chair]
        lanes.append(
            Lane(
                "presidency",
                "Presidency"
                if chair == "presidency"
                else chair.replace("-", " ").replace("_", " ").capitalize(),
                [Bar.of(p, p["party"], p["party"], ()) for p in spells],
            )
        )

    for office in dict.fromkeys(t["office"] for t in answer["terms"]):
        terms = [t for t in answer["terms"] if t["office"] == office]
        lanes.append(
            Lane(
                "office",
                terms[0]["office_name"],
                [Bar.of(t, "term", t["person"], short_names(t["person"])) for t in terms],
            )
        )

    wanted = {resolve_party(p) for p in parties}
    with_lanes = {s["party"]: s["name"] for s in answer["statuses"]}
    for code in sorted(wanted - set(with_lanes)):
        raise InvalidInput(
            f"{code} ({party_name(code)}) holds no status recorded in {answer['org']!r}: it has no lane"
            + closest(party_name(code), {c: n for c, n in with_lanes.items()})
        )
    by_party: dict[str, list[dict[str, Any]]] = {}
    for spell in answer["statuses"]:
        if not wanted or spell["party"] in wanted:
            by_party.setdefault(spell["party"], []).append(spell)
    strips: dict[str, list[Bar]] = {}
    for cond in answer.get("conditions", []):
        key = CONDITION_KEY + cond["condition"].replace("_", " ")
        strips.setdefault(cond["party"], []).append(Bar.of(cond, key))
    for proc in answer.get("pending", []):
        if not wanted or proc["party"] in wanted:
            by_party.setdefault(proc["party"], [])
            strips.setdefault(proc["party"], []).append(Bar.of(proc, PENDING_KEY + proc["procedure"]))
    names = {s["party"]: s["name"] for s in [*answer["statuses"], *answer.get("pending", [])]}
    order = sorted(
        by_party,
        key=lambda p: (min((s["start_earliest"] or "" for s in by_party[p]), default=""), p),
    )
    statuses: list[str] = []
    for party in order:
        spells = by_party[party]
        statuses += [s["status"] for s in spells if not s.get("unknown")]
        bars = [
            Bar.of(s, UNKNOWN_KEY, UNKNOWN_KEY) if s.get("unknown") else Bar.of(s, s["status"])
            for s in spells
        ]
        lanes.append(Lane("party", names[party], bars + strips.get(party, [])))

    return Chart(
        org=answer["org"],
        name=answer["name"] or answer["org"],
        start=start,
        end=end,
        as_of=as_of,
        known_at=answer.get("known_at"),
        lanes=lanes,
        statuses=list(dict.fromkeys(statuses)),
        holders=holders,
        horizon=reach if asked > reach else None,
    )
