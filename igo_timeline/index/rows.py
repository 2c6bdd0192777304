"""The organization's facts as rows of the index, and back.

Every piece of :class:`~igo_timeline.projections.facts.Facts` the state is
read from becomes one row with the range of days on which it can change the
answer (its *relevance*): a status spell or a presidency from its earliest
start to its latest end, a meeting held from its earliest day on (the state
lists every meeting held so far), a term until the next term of the office
has ended (it is the office's "last term" until then), and one catalogue row
(name, ladder, office and body names, founding, dissolution) on every day.
A query for a day reads only the rows relevant on it, rebuilds a partial
``Facts`` from them, and hands it to the same
:func:`~igo_timeline.projections.state.state_from_facts` as the fold: the two
answer alike by construction, and a property test holds them to it.

A row's body is JSON; its digest names it, so recomputing an organization's
facts after an append changes only the rows whose content changed.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import re
import typing
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from pydantic import AfterValidator, BaseModel

from igo_timeline.events.dates import (
    FAR_FUTURE,
    FAR_PAST,
    check_any,
    check_date,
    check_interval,
    extent,
    known_extents,
    prime,
)
from igo_timeline.events.models import (
    DEFAULT_CHAIR,
    EVENT_TYPES,
    EventBase,
    EventCorrected,
)
from igo_timeline.projections.effective import Effective, Record
from igo_timeline.projections.facts import (
    ConditionSpell,
    Facts,
    Horizon,
    Presidency,
    Procedure,
    Span,
    StatusSpell,
    Term,
    Vacancy,
    horizon_of,
)

PAST = FAR_PAST.toordinal()
FUTURE = FAR_FUTURE.toordinal()

_CLASSES: dict[str, type[EventBase]] = {cls.__name__: cls for cls in EVENT_TYPES}


class FactRow(NamedTuple):  # (a tuple: made by the hundred thousand in a rebuild)
    """One row: the days it is relevant on, its JSON body, and the digest that names it."""

    lo: int
    hi: int
    body: str
    digest: str
    group: str = ""  # what it is about (see :func:`groups_of`): an append recomputes the groups it touches


@dataclass
class IndexedFacts(Facts):
    """The part of an organization's facts relevant on one day, rebuilt from index rows."""

    office_names: dict[str, str] = field(default_factory=dict)
    body_name_map: dict[str, str] = field(default_factory=dict)

    def offices(self) -> dict[str, str]:
        return dict(self.office_names)

    def body_names(self) -> dict[str, str]:
        return dict(self.body_name_map)


# -- events in rows ---------------------------------------------------------------
def lean(payload: dict[str, Any]) -> EventBase:
    """An event from its stored JSON without its sources (all but their ``published`` dates,
    which the horizon reads): all the index's fold reads (see :func:`construct`)."""
    out = {k: v for k, v in payload.items() if k not in _NOT_IN_ROWS}
    sources = [payload.get("source"), *(payload.get("more_sources") or [])]
    dated = [
        {"document": "", "quote": "", "published": s["published"]}
        for s in sources
        if isinstance(s, dict) and s.get("published")
    ]
    if dated:
        out["source"], out["more_sources"] = dated[0], dated[1:]
    return construct(out)


def construct(payload: dict[str, Any]) -> EventBase:
    """An event from its stored JSON, without validation (it was validated when recorded)."""
    cls = _CLASSES.get(payload.get("type", ""))
    if cls is None:
        raise ValueError(f"unknown event type {payload.get('type')!r}")
    return _build(cls, payload)  # type: ignore[return-value]


@dataclass(frozen=True)
class _Shape:
    nested: dict[str, tuple[type[BaseModel], bool]]  # fields holding models: name -> (model, is a list)
    defaults: dict[str, Any]
    factories: dict[str, Any]
    names: tuple[str, ...]


_SHAPES: dict[type[BaseModel], _Shape] = {}


def _shape(cls: type[BaseModel]) -> _Shape:
    hit = _SHAPES.get(cls)
    if hit is None:
        nested: dict[str, tuple[type[BaseModel], bool]] = {}
        defaults: dict[str, Any] = {}
        factories: dict[str, Any] = {}
        for name, info in cls.model_fields.items():
            if info.default_factory is not None:
                factories[name] = info.default_factory
            elif not info.is_required():
                defaults[name] = info.default
            for arg in (info.annotation, *typing.get_args(info.annotation)):
                if typing.get_origin(arg) is list:
                    inner = typing.get_args(arg)
                    if inner and isinstance(inner[0], type) and issubclass(inner[0], BaseModel):
                        nested[name] = (inner[0], True)
                        break
                elif isinstance(arg, type) and issubclass(arg, BaseModel):
                    nested[name] = (arg, False)
                    break
        hit = _SHAPES[cls] = _Shape(nested, defaults, factories, tuple(cls.model_fields))
    return hit


def _build(cls: type[BaseModel], payload: dict[str, Any]) -> BaseModel:
    """What ``model_construct`` does, without its per-call bookkeeping (the rebuild's hot path)."""
    shape = _shape(cls)
    data = {}
    for name in shape.names:  # in the model's field order, as validation makes it (dumps follow it)
        if name in payload:
            data[name] = payload[name]
        elif name in shape.defaults:
            data[name] = shape.defaults[name]
        elif name in shape.factories:
            data[name] = shape.factories[name]()
    for name, (inner, many) in shape.nested.items():
        value = data.get(name)
        if many and isinstance(value, list):
            data[name] = [_build(inner, v) if isinstance(v, dict) else v for v in value]
        elif isinstance(value, dict):
            data[name] = (
                construct(value) if name == "event" and cls is EventCorrected else _build(inner, value)
            )
    obj = cls.__new__(cls)
    object.__setattr__(obj, "__dict__", data)
    object.__setattr__(obj, "__pydantic_fields_set__", set(payload))
    object.__setattr__(obj, "__pydantic_extra__", None)
    object.__setattr__(obj, "__pydantic_private__", None)
    return obj


_DATES: dict[type[BaseModel], tuple[str, ...]] = {}
_PLAIN = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?(?:/\d{4}(?:-\d{2}(?:-\d{2})?)?)?")
_EDTF_CHECKS = (check_date, check_interval, check_any)


def _dates_of(cls: type[BaseModel]) -> tuple[str, ...]:
    """The fields of an event type that hold EDTF strings (those its validators check as dates)."""
    hit = _DATES.get(cls)
    if hit is None:

        def edtf(annotation: Any) -> bool:
            meta = getattr(annotation, "__metadata__", ())
            if any(isinstance(m, AfterValidator) and m.func in _EDTF_CHECKS for m in meta):
                return True
            return any(edtf(arg) for arg in typing.get_args(annotation))

        hit = _DATES[cls] = tuple(
            name
            for name, info in cls.model_fields.items()
            if edtf(info.annotation)
            or any(isinstance(m, AfterValidator) and m.func in _EDTF_CHECKS for m in info.metadata)
        )
    return hit


# what the state never reads: left out of the rows, which stay small
_NOT_IN_ROWS = {"source", "more_sources", "note"}


class Payloads:
    """The JSON form of events, computed once per event object."""

    def __init__(self) -> None:
        self._seen: dict[int, tuple[EventBase, dict[str, Any], dict[str, list[int]]]] = {}
        self._texts: dict[int, tuple[EventBase, str]] = {}
        # the rows made before, by what they are made of (see fact_rows): an organization's
        # next batch remakes mostly the same rows of the groups it touches
        self.rows: dict[tuple[Any, ...], tuple[tuple[EventBase | None, ...], str, str]] = {}

    def _get(self, ev: EventBase) -> tuple[EventBase, dict[str, Any], dict[str, list[int]]]:
        hit = self._seen.get(id(ev))
        if hit is None or hit[0] is not ev:
            payload = ev.model_dump(mode="json", exclude_none=True, exclude=_NOT_IN_ROWS)
            # a row carries the parsed extents of its events' dates that need the EDTF grammar
            # (plain dates parse in microseconds: they are left out)
            dates = [
                v
                for f in _dates_of(type(ev))
                if isinstance(v := payload.get(f), str) and not _PLAIN.fullmatch(v)
            ]
            for text in dates:
                extent(text)
            hit = (ev, payload, known_extents(dates))
            self._seen[id(ev)] = hit
        return hit

    def __call__(self, ev: EventBase | None) -> dict[str, Any] | None:
        return None if ev is None else self._get(ev)[1]

    def text(self, ev: EventBase | None) -> str:
        """The event's JSON text (``null`` for none), made once."""
        if ev is None:
            return "null"
        hit = self._texts.get(id(ev))
        if hit is None or hit[0] is not ev:
            hit = self._texts[id(ev)] = (ev, _dumps(self._get(ev)[1]))
        return hit[1]

    def extents(self, *events: EventBase | None) -> dict[str, list[int]]:
        """The parsed day ranges of the EDTF strings of these events (readers prime their cache with them)."""
        out: dict[str, list[int]] = {}
        for ev in events:
            if ev is not None:
                out.update(self._get(ev)[2])
        return out

    def __len__(self) -> int:
        return len(self._seen)

    def forget(self) -> None:
        self._seen.clear()
        self._texts.clear()
        self.rows.clear()


# The rows' JSON: compact, UTF-8 as is (what ``json.dumps(..., ensure_ascii=False,
# separators=(",", ":"))`` writes, byte for byte, for what rows hold: text, integers, booleans,
# null, lists and objects with text keys; a property test holds the two to it). orjson writes it
# eight times faster than the json module, the largest share of the rebuild; the json module
# stays for what orjson refuses (text with lone surrogates), so the bytes never depend on it.
_json_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
_json_dumps_sorted = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode
_orjson: Any = None  # imported when the first row is written (a state answer only reads rows)


def _encoder() -> Any:
    global _orjson
    if _orjson is None:
        import orjson

        _orjson = orjson
    return _orjson


def _dumps(obj: Any) -> str:
    """The compact JSON text of a row's part (see above)."""
    encoder = _orjson or _encoder()
    try:
        return encoder.dumps(obj).decode()  # type: ignore[no-any-return]
    except encoder.JSONEncodeError:
        return _json_dumps(obj)


def _dumps_sorted(obj: Any) -> str:
    """The same, with every object's keys sorted."""
    encoder = _orjson or _encoder()
    try:
        return encoder.dumps(obj, option=encoder.OPT_SORT_KEYS).decode()  # type: ignore[no-any-return]
    except encoder.JSONEncodeError:
        return _json_dumps_sorted(obj)


def _span(span: Span) -> list[int]:
    return [span.s0.toordinal(), span.s1.toordinal(), span.e0.toordinal(), span.e1.toordinal()]


def _unspan(values: Sequence[int]) -> Span:
    s0, s1, e0, e1 = (dt.date.fromordinal(v) for v in values)
    return Span(s0, s1, e0, e1)


# -- facts to rows ------------------------------------------------------------------
# the group of a row of each kind; spells and terms are grouped by party and by office
_GROUP_OF_KIND = {
    "presidency": "presidency",
    "vacancy": "presidency",
    "held": "meetings",
    "scheduled": "meetings",
    "document": "documents",
    "in_force": "documents",
    "body": "bodies",
    "planned": "bodies",
}
_GROUP_FIELD = {"spell": "party", "term": "office", "condition": "party", "procedure": "party"}


def _office_groups(ev: EventBase) -> set[str]:
    return {f"office:{getattr(ev, 'office')}", "catalog"}  # noqa: B009 - a term may name an office of its own


def _all(ev: EventBase) -> None:
    return None  # the ladder, the founders or the end of everything: every row may change


# the groups of rows built from each field of the facts (None: all of them)
GROUPS_OF_FACT: dict[str, Callable[[EventBase], set[str] | None]] = {
    "founding": _all,
    "dissolution": _all,
    "statuses": lambda ev: {f"party:{party}" for party in ev.status_parties()},
    "terms": _office_groups,
    "vacancies": _office_groups,
    "presidencies": lambda ev: {"presidency"},
    "held": lambda ev: {"meetings"},
    "scheduled": lambda ev: {"meetings"},
    "documents": lambda ev: {"documents"},
    "in_force": lambda ev: {"documents"},
    "bodies": lambda ev: {"bodies", "catalog"},
    "planned": lambda ev: {"bodies", "catalog"},
    "offices_established": lambda ev: {"catalog"},
    "conditions": lambda ev: {f"party:{party}" for party in ev.condition_parties()},
    "procedures": lambda ev: {f"party:{party}" for party in ev.procedure_parties()},
    "vacancies_of_chairs": lambda ev: {"presidency"},
    "chairs_established": lambda ev: {"catalog"},
    "reforms": _all,  # the ladder and every holder of a merged status
    "horizon": lambda ev: {"catalog"},
    "names": lambda ev: {"catalog"},  # (read from every decision: the catalog is always recomputed)
}


def groups_of(ev: EventBase) -> set[str] | None:
    """The groups of rows a decision bears on (None: all of them, as a founding does).

    Read from the facts its type declares it feeds (``FACTS``): a type that declares
    none is an error, never an empty set (its rows would go stale without a word)."""
    declared = type(ev).FACTS
    if declared is None:
        raise TypeError(f"{ev.type} does not declare the facts it feeds (FACTS)")
    if any(GROUPS_OF_FACT[name] is _all for name in declared):
        return None
    groups: set[str] = set()
    for name in declared:
        groups |= GROUPS_OF_FACT[name](ev) or set()
    return groups


def bears_on(ev: EventBase, groups: set[str]) -> bool:
    """Whether the facts of these groups are built from this decision."""
    mine = groups_of(ev)
    return mine is None or bool(mine & groups)


# a spell's other fields (those a row carries as "more" when not at their defaults), in order
_SPELL_MORE = tuple(
    (f.name, f.default)
    for f in dataclasses.fields(StatusSpell)
    if f.name not in ("party", "status", "span", "since", "event", "ended_by")
)


def _digest(lo: int, hi: int, body: str) -> str:
    """A row's name: its days and its body (a row whose days change is a new row)."""
    return hashlib.blake2b(f"{lo}:{hi}:{body}".encode(), digest_size=12).hexdigest()


def fact_rows(
    facts: Facts,
    effective: Sequence[Effective],
    payloads: Payloads,
    *,
    order: dict[str, list[int]] | None = None,
    horizon: Horizon | None = None,
    only: set[str] | None = None,
    remember: bool = True,
) -> list[FactRow]:
    """Every row of one organization's facts (a multiset: equal rows get distinct digests).

    ``order`` (each decision's [first day, position]) and ``horizon`` are read from
    ``effective`` (the decisions in force) unless given; with ``only``, the rows of those
    groups alone (the catalog's and the horizon's whenever named). The rows made are kept in
    ``payloads`` for the next call (unless not ``remember``)."""
    if order is None:
        order = {e.id: [e.sort_key[0].toordinal(), e.sort_key[1]] for e in effective}
    rows: list[FactRow] = []
    seen: dict[str, int] = defaultdict(int)
    made = payloads.rows if remember else {}

    def add(kind: str, lo: int, hi: int, ev: EventBase, **more: Any) -> None:
        if lo > hi:
            return  # relevant on no day
        group = _GROUP_OF_KIND.get(kind) or f"{_GROUP_FIELD[kind]}:{more[_GROUP_FIELD[kind]]}"
        if only is not None and group not in only:
            return
        others = more.pop("events", {})
        head = _dumps({"k": kind, "o": order.get(ev.id or "", [PAST, 0]), **more})
        # A row is a function of its head, its days and its events (each event's JSON is a
        # function of the event object, which never changes): made before, it is taken as made.
        # (The cache holds the events themselves: while it does, no other object has their ids.)
        events = (ev, *others.values())
        key = (head, lo, hi, *others, *map(id, events))
        hit = made.get(key)
        if hit is not None:
            body, digest = hit[1], hit[2]
        else:
            # the events' JSON is made once per event and spliced in (an event is in several rows)
            parts = [head[:-1], ',"e":', payloads.text(ev)]
            for name, other in others.items():
                parts += [',"', name, '":', payloads.text(other)]
            extents = payloads.extents(*events)
            parts += [',"x":', _dumps(extents) if extents else "{}", "}"]
            body = "".join(parts)
            digest = _digest(lo, hi, body)
            made[key] = (events, body, digest)
        seen[digest] += 1
        if seen[digest] > 1:
            digest = f"{digest}.{seen[digest]}"
        rows.append(FactRow(lo, hi, body, digest, group))

    if only is None or "catalog" in only:
        names = facts.offices()
        catalog = {
            "k": "catalog",
            "founding": payloads(facts.founding),
            "dissolution": payloads(facts.dissolution),
            "offices": {o: names.get(o, o) for o in sorted(set(names) | set(facts.terms))},
            "bodies": facts.body_names(),
            "chairs": [payloads(ev) for ev in facts.chairs_established],
            "reforms": [payloads(ev) for ev in facts.reforms],
            "names": [payloads(ev) for ev in facts.names],
        }
        catalog["x"] = payloads.extents(
            facts.founding, facts.dissolution, *facts.chairs_established, *facts.reforms
        )
        body = _dumps_sorted(catalog)
        rows.append(FactRow(PAST, FUTURE, body, _digest(PAST, FUTURE, body), "catalog"))
    if only is None or "horizon" in only:
        # the horizon reads every decision in force: a row of its own, recomputed on every append
        # (alone: the catalog's row needs the facts of the offices and bodies, this one none)
        if horizon is None:
            horizon = horizon_of([e.event for e in effective])
        text = _dumps({"k": "horizon", "h": horizon.to_json()})
        rows.append(FactRow(PAST, FUTURE, text, _digest(PAST, FUTURE, text), "horizon"))

    for spells in facts.statuses.values():
        for spell in spells:
            extra = {
                name: value for name, default in _SPELL_MORE if (value := getattr(spell, name)) != default
            }
            add(
                "spell",
                spell.span.s0.toordinal(),
                spell.span.e1.toordinal(),
                spell.event,
                party=spell.party,
                status=spell.status,
                span=_span(spell.span),
                since=spell.since,
                **({"more": extra} if extra else {}),
                events={"n": spell.ended_by},
            )
    for office, terms in facts.terms.items():
        later_end = FUTURE  # the earliest end among the office's later terms
        for term in reversed(terms):
            end = term.span.e1.toordinal()
            add(
                "term",
                term.span.s0.toordinal(),
                max(end, later_end),
                term.event,
                office=office,
                span=_span(term.span),
                events={"v": term.vacated_by},
            )
            later_end = min(later_end, end)
    for pres in facts.presidencies:
        add(
            "presidency",
            pres.span.s0.toordinal(),
            pres.span.e1.toordinal(),
            pres.event,
            party=pres.party,
            span=_span(pres.span),
            **({"chair": pres.chair} if pres.chair != DEFAULT_CHAIR else {}),
            **({"giver": True} if pres.giver else {}),
            events={"n": pres.ended_by},
        )
    for vac in facts.vacancies_of_chairs:
        add(
            "vacancy",
            vac.span.s0.toordinal(),
            vac.span.e1.toordinal(),
            vac.event,
            chair=vac.chair,
            span=_span(vac.span),
        )
    for conditions in facts.conditions.values():
        for cond in conditions:
            add(
                "condition",
                cond.span.s0.toordinal(),
                cond.span.e1.toordinal(),
                cond.event,
                party=cond.party,
                condition=cond.condition,
                span=_span(cond.span),
                since=cond.since,
                **({"withdrawn": True} if cond.withdrawn else {}),
                events={"n": cond.ended_by},
            )
    for procedures in facts.procedures.values():
        for proc in procedures:
            add(
                "procedure",
                proc.span.s0.toordinal(),
                proc.span.e1.toordinal(),
                proc.event,
                party=proc.party,
                span=_span(proc.span),
                events={"n": proc.ended_by, **{f"s{i}": step for i, step in enumerate(proc.steps)}},
            )
    for meeting in facts.held:
        add("held", extent(meeting.date).start_earliest.toordinal(), FUTURE, meeting)
    for sched in facts.scheduled:
        decided = getattr(sched, "decided_on", None)
        lo = extent(decided).start_latest.toordinal() if decided else PAST
        add("scheduled", lo, FUTURE, sched)  # upcoming until its dates pass; overdue after, unless held
    for doc in facts.documents:
        add("document", PAST, FUTURE, doc)  # titles and revisions are read on every day
    for slug, spans in facts.in_force.items():
        for span, ev in spans:
            add("in_force", span.s0.toordinal(), span.e1.toordinal(), ev, document=slug, span=_span(span))
    for body_ev in facts.bodies:
        if body_ev.effective:
            add("body", extent(body_ev.effective).start_earliest.toordinal(), FUTURE, body_ev)
    for plan in facts.planned:
        add("planned", extent(plan.date).start_earliest.toordinal(), FUTURE, plan)
    return rows


# -- rows to facts ------------------------------------------------------------------
@dataclass(frozen=True)
class Piece:
    """A decoded row: its kind, its order among the organization's decisions, and its object."""

    kind: str
    order: tuple[int, int]
    value: Any


def decode(body: str) -> Piece:
    obj = json.loads(body)
    kind = obj["k"]
    if obj.get("x"):
        prime(obj["x"])
    if kind == "catalog":
        founding, dissolution = obj.get("founding"), obj.get("dissolution")
        catalog = (
            construct(founding) if founding else None,
            construct(dissolution) if dissolution else None,
            obj["offices"],
            obj["bodies"],
            [construct(c) for c in obj.get("chairs", [])],
            [construct(r) for r in obj.get("reforms", [])],
            [construct(n) for n in obj.get("names", [])],
        )
        return Piece(kind, (PAST, 0), catalog)
    if kind == "horizon":
        return Piece(kind, (PAST, 0), obj["h"])
    order = (obj["o"][0], obj["o"][1])
    ev = construct(obj["e"])
    if kind == "spell":
        ended = obj.get("n")
        value: Any = StatusSpell(
            obj["party"],
            obj["status"],
            _unspan(obj["span"]),
            obj["since"],
            ev,
            construct(ended) if ended else None,
            **_more(obj.get("more", {})),
        )
    elif kind == "term":
        vacated = obj.get("v")
        value = Term(obj["office"], ev, _unspan(obj["span"]), construct(vacated) if vacated else None)  # type: ignore[arg-type]
    elif kind == "presidency":
        ended = obj.get("n")
        value = Presidency(
            obj["party"],
            _unspan(obj["span"]),
            ev,  # type: ignore[arg-type]
            construct(ended) if ended else None,
            obj.get("chair", DEFAULT_CHAIR),
            obj.get("giver", False),
        )
    elif kind == "vacancy":
        value = Vacancy(obj["chair"], _unspan(obj["span"]), ev)
    elif kind == "condition":
        ended = obj.get("n")
        value = ConditionSpell(
            obj["party"],
            obj["condition"],
            _unspan(obj["span"]),
            obj["since"],
            ev,
            construct(ended) if ended else None,
            obj.get("withdrawn", False),
        )
    elif kind == "procedure":
        ended = obj.get("n")
        steps: list[EventBase] = []
        while f"s{len(steps)}" in obj:
            steps.append(construct(obj[f"s{len(steps)}"]))
        value = Procedure(
            obj["party"],
            ev.procedure,  # type: ignore[attr-defined]
            ev.status,  # type: ignore[attr-defined]
            _unspan(obj["span"]),
            ev,  # type: ignore[arg-type]
            construct(ended) if ended else None,
            tuple(steps),  # type: ignore[arg-type]
        )
    elif kind == "in_force":
        value = (obj["document"], _unspan(obj["span"]), ev)
    else:
        value = ev
    return Piece(kind, order, value)


def _more(fields: dict[str, Any]) -> dict[str, Any]:
    """A spell's other fields as stored (JSON lists) back to the dataclass's own (tuples)."""
    if "previously" in fields:
        fields = {**fields, "previously": tuple(tuple(step) for step in fields["previously"])}
    return fields


def assemble(pieces: Iterable[Piece]) -> IndexedFacts:
    """The partial facts of one day, from its relevant rows, in the fold's own order."""
    facts = IndexedFacts()
    ordered = sorted(pieces, key=lambda p: p.order)
    for piece in ordered:
        kind, value = piece.kind, piece.value
        if kind == "catalog":
            facts.founding, facts.dissolution, offices, bodies, chairs, reforms, names = value
            facts.names = names
            facts.chairs_established = chairs
            facts.reforms = reforms
            facts.office_names = dict(offices)
            facts.body_name_map = dict(bodies)
        elif kind == "horizon":
            until, declared = value["until"], value["declared"]
            reach = None if until is None or until == declared else dt.date.fromisoformat(until)
            facts.horizon = Horizon(reach, dt.date.fromisoformat(declared) if declared else None)
        elif kind == "spell":
            facts.statuses[value.party].append(value)
        elif kind == "term":
            facts.terms[value.office].append(value)
        elif kind == "presidency":
            facts.presidencies.append(value)
        elif kind == "vacancy":
            facts.vacancies_of_chairs.append(value)
        elif kind == "condition":
            facts.conditions[value.party].append(value)
        elif kind == "procedure":
            facts.procedures[value.party].append(value)
        elif kind == "held":
            facts.held.append(value)
        elif kind == "scheduled":
            facts.scheduled.append(value)
        elif kind == "document":
            facts.documents.append(value)
        elif kind == "in_force":
            slug, span, ev = value
            facts.in_force[slug].append((span, ev))
        elif kind == "body":
            facts.bodies.append(value)
        elif kind == "planned":
            facts.planned.append(value)
    return facts


# -- the decisions in force, for the history ---------------------------------------------
def event_rows(effective: Sequence[Effective], full: dict[int, dict[str, Any]]) -> list[FactRow]:
    """One row per decision in force: the whole event (sources and all) with its two times.

    ``full`` holds the stored payload of each record by its position in the stream (the
    index's own events leave the sources out); a corrected decision reads as its latest
    correction's event, under the original id.
    """
    rows = []
    stamps: dict[dt.datetime, str] = {}  # (a batch's records share their record time)

    def iso(stamp: dt.datetime) -> str:
        text = stamps.get(stamp)
        if text is None:
            text = stamps[stamp] = stamp.isoformat()
        return text

    for eff in effective:
        if eff.corrections:
            last = eff.corrections[-1]
            payload = dict(full[last.position]["event"])
            payload["id"] = eff.id
        else:
            payload = full[eff.record.position]
        ext = eff.event.valid_extent
        lo, hi = (ext.start_earliest.toordinal(), ext.end_latest.toordinal()) if ext else (PAST, FUTURE)
        first, position, _ = eff.sort_key
        body = _dumps(
            {
                "o": [first.toordinal(), position],
                "dated": ext is not None,
                "t": iso(eff.record.recorded_at),
                "p": eff.record.position,
                "c": [[c.event.id, iso(c.recorded_at), c.position] for c in eff.corrections],
                "e": payload,  # as stored (the engine dumps every event the same way)
            }
        )
        rows.append(FactRow(lo, hi, body, _digest(lo, hi, body), f"event:{eff.id}"))
    return rows


@dataclass(frozen=True)
class Decision:
    """A decoded event row: the decision in force, ready for the history."""

    order: tuple[int, int]
    dated: bool
    effective: Effective


def decode_event(body: str) -> Decision:
    obj = json.loads(body)
    event = construct(obj["e"])
    record = Record(event, dt.datetime.fromisoformat(obj["t"]), obj["p"])
    corrections = tuple(
        Record(
            EventCorrected.model_construct(id=cid, org=event.org, target=event.id),
            dt.datetime.fromisoformat(stamp),
            position,
        )
        for cid, stamp, position in obj["c"]
    )
    return Decision((obj["o"][0], obj["o"][1]), obj["dated"], Effective(event, record, corrections))
