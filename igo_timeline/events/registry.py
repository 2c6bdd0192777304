"""The store's registry of identities: parties the package lacks, names over time, links.

The registry is a stream of its own in the store (a consistency boundary like an
organization: see :mod:`igo_timeline.engine.registry`), holding facts about
identities rather than decisions of an organization:

- ``PartyAdded``: a party pycountry and the alias tables lack (a historical state, a
  partially recognised one, a territory, an organization taking part as a party),
  under a code of its own namespace, ``x-...``, that never collides with an ISO code;
- ``PartyDescribed``: the kind of a party, and what it is part of (Greenland, part of
  Denmark), from a day;
- ``PartyRenamed``: a name in force from a day;
- ``OrganizationsLinked``: two organizations of the store that are the same body (a
  curated record and COW's);
- ``RegistryCorrected`` / ``RegistryRetracted``: a fact fixed or withdrawn, the original
  kept (the registry is bitemporal like everything else: valid time in each fact's own
  dates, record time from the store).

:class:`Registry` is the fold: what the registry says, as known at a record time.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Annotated, Any, ClassVar, Literal, Union

from pydantic import BeforeValidator, Field, TypeAdapter, ValidationError, field_validator

from igo_timeline.errors import IgoError, RuleViolation
from igo_timeline.events.dates import extent
from igo_timeline.events.models import SLUG_RE, EDTFDate, Frozen, Party, Source, Text

X_CODE_RE = r"^x-[a-z0-9]+(?:-[a-z0-9]+)*$"
KINDS = ("state", "territory", "organization", "other")
Kind = Literal["state", "territory", "organization", "other"]
_CONTENT_JSON = json.JSONEncoder(sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def _x_code(value: Any) -> Any:
    if isinstance(value, str):
        value = value.strip().lower()
        if not re.fullmatch(X_CODE_RE, value) or len(value) > 60:
            raise ValueError(
                f"{value!r} is not a code of the registry: a party added by hand has a code of its own "
                "namespace, x- and lowercase letters, digits and hyphens (x-sadr), so that it never "
                "collides with an ISO code"
            )
    return value


XCode = Annotated[str, BeforeValidator(_x_code)]
Slug = Annotated[str, Field(pattern=SLUG_RE, max_length=80)]


class RegistryEvent(Frozen):
    """Fields every registry fact has (no organization: the registry is the store's)."""

    VALID_FIELD: ClassVar[str] = ""
    id: str | None = Field(None, description="Stable id; a hash of the content when not given.")
    source: Source | None = Field(None, description="Where the fact comes from, where one is cited.")
    note: str | None = None
    type: str

    @field_validator("id")
    @classmethod
    def _id_shape(cls, value: str | None) -> str | None:
        if value is not None and not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_.:-]{3,79}", value):
            raise ValueError("an id is 4-80 letters, digits or . _ : - characters")
        return value

    @property
    def valid_time(self) -> str | None:
        return getattr(self, self.VALID_FIELD, None) if self.VALID_FIELD else None

    def content(self) -> dict[str, Any]:
        return self.model_dump(mode="json", exclude={"id"}, exclude_none=True)

    def content_id(self) -> str:
        blob = _CONTENT_JSON.encode(self.content())
        return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:20]


class PartyAdded(RegistryEvent):
    """A party the package does not know, under a code of the registry's own namespace (``x-...``)."""

    VALID_FIELD: ClassVar[str] = "effective"
    type: Literal["PartyAdded"] = "PartyAdded"
    party: XCode = Field(description="The new code: x- and lowercase letters, digits, hyphens.")
    name: Text
    aliases: list[Text] = Field(default_factory=list)
    kind: Kind = "state"
    part_of: Party | None = None
    effective: EDTFDate | None = Field(None, description="From when the party exists (if known).")
    until: EDTFDate | None = Field(None, description="Its last day (if it ceased to exist).")


class PartyDescribed(RegistryEvent):
    """What kind of party a known party is, and what it is part of, from a day."""

    VALID_FIELD: ClassVar[str] = "effective"
    type: Literal["PartyDescribed"] = "PartyDescribed"
    party: Party
    kind: Kind | None = None
    part_of: Party | None = None
    effective: EDTFDate | None = None
    until: EDTFDate | None = None


class PartyRenamed(RegistryEvent):
    """A party's name in force from a day (until its next rename)."""

    VALID_FIELD: ClassVar[str] = "effective"
    type: Literal["PartyRenamed"] = "PartyRenamed"
    party: Party
    name: Text
    effective: EDTFDate


class OrganizationsLinked(RegistryEvent):
    """Two organizations of the store are the same body (a curated record and COW's)."""

    type: Literal["OrganizationsLinked"] = "OrganizationsLinked"
    org: Slug
    same_as: Slug


SUCCESSION_KINDS = ("continuation", "separation", "dissolution", "merger")


class SuccessionRecorded(RegistryEvent):
    """States that succeed each other on a day. A continuation carries the predecessor's statuses
    and presidencies over to the successor in every organization (by carried-over events of each
    organization, citing this fact); the other kinds link the identities only."""

    VALID_FIELD: ClassVar[str] = "effective"
    type: Literal["SuccessionRecorded"] = "SuccessionRecorded"
    kind: Literal["continuation", "separation", "dissolution", "merger"]
    predecessors: list[Party] = Field(min_length=1)
    successors: list[Party] = Field(min_length=1)
    effective: EDTFDate = Field(description="The successor's first day (a calendar day).")
    skip: list[Slug] = Field(default_factory=list, description="Organizations left out of a continuation.")


class OrganizationSucceeded(RegistryEvent):
    """An organization succeeds another on a day (the OAU -> the AU): the predecessor's members on
    the day before become members of the successor, by carried-over events of the successor,
    unless its own record already gives the party a status then."""

    VALID_FIELD: ClassVar[str] = "effective"
    type: Literal["OrganizationSucceeded"] = "OrganizationSucceeded"
    org: Slug
    predecessor: Slug
    effective: EDTFDate


RegistryFact = Annotated[
    Union[  # noqa: UP007
        PartyAdded,
        PartyDescribed,
        PartyRenamed,
        OrganizationsLinked,
        SuccessionRecorded,
        OrganizationSucceeded,
    ],
    Field(discriminator="type"),
]


class RegistryRetracted(RegistryEvent):
    type: Literal["RegistryRetracted"] = "RegistryRetracted"
    target: str
    reason: Text


class RegistryCorrected(RegistryEvent):
    type: Literal["RegistryCorrected"] = "RegistryCorrected"
    target: str
    event: RegistryFact
    reason: Text


FACT_TYPES: tuple[type[RegistryEvent], ...] = (
    PartyAdded,
    PartyDescribed,
    PartyRenamed,
    OrganizationsLinked,
    SuccessionRecorded,
    OrganizationSucceeded,
)
REGISTRY_TYPES: tuple[type[RegistryEvent], ...] = (*FACT_TYPES, RegistryCorrected, RegistryRetracted)
_ADAPTER: TypeAdapter[Any] = TypeAdapter(
    Annotated[
        Union[  # noqa: UP007
            PartyAdded,
            PartyDescribed,
            PartyRenamed,
            OrganizationsLinked,
            SuccessionRecorded,
            OrganizationSucceeded,
            RegistryCorrected,
            RegistryRetracted,
        ],
        Field(discriminator="type"),
    ]
)
TYPE_NAMES = {cls.__name__ for cls in REGISTRY_TYPES}


def parse_registry_event(data: Any, *, item: int | None = None) -> RegistryEvent:
    """Validate one registry fact; raise :class:`RuleViolation` naming what is wrong."""
    if not isinstance(data, dict):
        raise RuleViolation(
            "invalid-event", f"a registry fact is a JSON object, not {type(data).__name__}", item=item
        )
    etype = data["type"] if isinstance(data.get("type"), str) else "event"
    try:
        event: RegistryEvent = _ADAPTER.validate_python(data)
    except ValidationError as err:
        for detail in err.errors():
            cause = detail.get("ctx", {}).get("error")
            if isinstance(cause, IgoError):
                loc = ".".join(str(p) for p in detail["loc"] if not (isinstance(p, str) and p[:1].isupper()))
                raise RuleViolation("unknown-party", f"{loc}: {cause}", event_type=etype, item=item) from None
        first = err.errors()[0]
        loc = ".".join(str(p) for p in first["loc"] if not (isinstance(p, str) and p[:1].isupper()))
        msg = str(first["msg"]).removeprefix("Value error, ")
        raise RuleViolation("invalid-event", f"{loc}: {msg}", event_type=etype, item=item) from None
    except IgoError as err:
        raise RuleViolation("unknown-party", str(err), event_type=etype, item=item) from None
    if not event.id:
        event = event.model_copy(update={"id": event.content_id()})
    return event


def construct_registry_event(payload: dict[str, Any]) -> RegistryEvent:
    """A stored fact, without validation (it was validated when recorded; its parties may be the
    registry's own, which resolve only once the registry is read)."""
    cls = {c.__name__: c for c in REGISTRY_TYPES}[payload["type"]]
    data = dict(payload)
    if isinstance(data.get("event"), dict):
        data["event"] = construct_registry_event(data["event"])
    if isinstance(data.get("source"), dict):
        data["source"] = Source.model_construct(**data["source"])
    return cls.model_construct(**data)


# -- the fold ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class RegistryRecord:
    event: RegistryEvent
    recorded_at: dt.datetime
    position: int


def _first_day(text: str | None) -> int:
    return extent(text).start_earliest.toordinal() if text else dt.date.min.toordinal()


def _last_day(text: str | None) -> int:
    return extent(text).end_latest.toordinal() if text else dt.date.max.toordinal()


@dataclass
class PartyInfo:
    """What the registry says of one party."""

    party: str
    added: PartyAdded | None = None  # None: a party the package knows, described or renamed here
    kinds: list[tuple[int, int, str, str]] = field(default_factory=list)  # (first, last, kind, event id)
    parts: list[tuple[int, int, str, str]] = field(default_factory=list)  # (first, last, part_of, event id)
    names: list[tuple[int, str, str]] = field(default_factory=list)  # (first day, name, event id), by day
    events: list[str] = field(default_factory=list)

    def _on(self, rows: list[tuple[int, int, str, str]], day: dt.date | None) -> str | None:
        when = (day or dt.date.today()).toordinal()
        hit = None
        for lo, hi, value, _ in rows:
            if lo <= when <= hi:
                hit = value  # the latest in valid order wins
        return hit

    def kind_on(self, day: dt.date | None = None) -> str | None:
        """The kind on the day; outside every described span, the kind it was added with."""
        kind = self._on(self.kinds, day)
        if kind is None and self.added is not None:
            kind = self.added.kind
        return kind

    def part_of_on(self, day: dt.date | None = None) -> str | None:
        return self._on(self.parts, day)

    def name_on(self, day: dt.date | None = None) -> str | None:
        when = (day or dt.date.today()).toordinal()
        name = None
        for first, value, _ in self.names:
            if first <= when:
                name = value
        if name is None and self.names:
            name = self.names[0][1]  # before any recorded name: its first (x- parties have no other)
        return name

    def all_names(self) -> list[str]:
        return [n for _, n, _ in self.names] + (list(self.added.aliases) if self.added else [])


@dataclass
class Registry:
    """The registry as known at a record time: parties and organization links."""

    parties: dict[str, PartyInfo] = field(default_factory=dict)
    links: list[tuple[str, str, str]] = field(default_factory=list)  # (org, same_as, event id)
    successions: list[SuccessionRecorded] = field(default_factory=list)
    org_successions: list[OrganizationSucceeded] = field(default_factory=list)
    facts: dict[str, RegistryRecord] = field(default_factory=dict)  # id -> the fact in force
    retracted: set[str] = field(default_factory=set)  # x- codes added once, since retracted

    @classmethod
    def fold(cls, records: Sequence[RegistryRecord], known_at: dt.datetime | None = None) -> Registry:
        seen = [r for r in records if known_at is None or r.recorded_at <= known_at]
        in_force: dict[str, RegistryRecord] = {}
        order: dict[str, int] = {}
        for rec in seen:
            ev = rec.event
            if isinstance(ev, RegistryCorrected):
                if ev.target in in_force:
                    old = in_force[ev.target]
                    in_force[ev.target] = RegistryRecord(
                        ev.event.model_copy(update={"id": ev.target}), old.recorded_at, old.position
                    )
            elif isinstance(ev, RegistryRetracted):
                gone = in_force.pop(ev.target, None)
                if gone is not None and isinstance(gone.event, PartyAdded):
                    pass
            else:
                assert ev.id is not None
                in_force[ev.id] = rec
                order[ev.id] = rec.position
        reg = cls(facts=in_force)
        for rec in seen:
            ev = rec.event
            if isinstance(ev, PartyAdded) and ev.id not in in_force:
                reg.retracted.add(ev.party)
        facts = sorted(in_force.values(), key=lambda r: (_first_day(r.event.valid_time), r.position))
        for rec in facts:
            ev = rec.event
            ident = ev.id or ""
            if isinstance(ev, OrganizationsLinked):
                reg.links.append((ev.org, ev.same_as, ident))
                continue
            if isinstance(ev, SuccessionRecorded):
                reg.successions.append(ev)
                continue
            if isinstance(ev, OrganizationSucceeded):
                reg.org_successions.append(ev)
                continue
            assert isinstance(ev, PartyAdded | PartyDescribed | PartyRenamed)
            info = reg.parties.setdefault(ev.party, PartyInfo(ev.party))
            info.events.append(ident)
            if isinstance(ev, PartyAdded):
                reg.retracted.discard(ev.party)
                info.added = ev
                info.names.insert(0, (dt.date.min.toordinal(), ev.name, ident))
                span = (_first_day(ev.effective), _last_day(ev.until))
                info.kinds.insert(0, (*span, ev.kind, ident))
                if ev.part_of:
                    info.parts.insert(0, (*span, ev.part_of, ident))
            elif isinstance(ev, PartyDescribed):
                span = (_first_day(ev.effective), _last_day(ev.until))
                if ev.kind:
                    info.kinds.append((*span, ev.kind, ident))
                if ev.part_of:
                    info.parts.append((*span, ev.part_of, ident))
            else:
                info.names.append((_first_day(ev.effective), ev.name, ident))
        for info in reg.parties.values():
            info.names.sort(key=lambda n: n[0])
        reg.retracted -= set(reg.parties)
        return reg

    # -- reading ---------------------------------------------------------------------------
    def names(self) -> Iterable[tuple[str, str]]:
        """(name or alias or code, party code): everything the registry lets a party be called."""
        for code, info in self.parties.items():
            if info.added is not None:
                yield code, code
            for name in info.all_names():
                yield name, code

    def same_as(self, org: str) -> set[str]:
        """Every organization linked as the same as ``org`` (itself included): the link's closure."""
        group = {org}
        grew = True
        while grew:
            grew = False
            for a, b, _ in self.links:
                if (a in group) != (b in group):
                    group |= {a, b}
                    grew = True
        return group

    def predecessors(self, party: str) -> set[str]:
        """Every party the party succeeds, by any recorded succession, transitively."""
        found: set[str] = set()
        todo = [party]
        while todo:
            code = todo.pop()
            for s in self.successions:
                if code in s.successors:
                    for p in s.predecessors:
                        if p not in found and p != party:
                            found.add(p)
                            todo.append(p)
        return found

    def find(self, prefix: str) -> RegistryRecord | None:
        hits = [r for i, r in self.facts.items() if i.startswith(prefix)]
        return hits[0] if len(hits) == 1 else None


def describe_fact(ev: RegistryEvent) -> str:
    """One line saying what a registry fact records."""
    if isinstance(ev, PartyAdded):
        more = f", {ev.kind}" + (f", part of {ev.part_of}" if ev.part_of else "")
        when = f" from {ev.effective}" if ev.effective else ""
        return f"{ev.party} added: {ev.name}{more}{when}" + (f" until {ev.until}" if ev.until else "")
    if isinstance(ev, PartyDescribed):
        bits = [f"kind {ev.kind}" if ev.kind else "", f"part of {ev.part_of}" if ev.part_of else ""]
        when = f" from {ev.effective}" if ev.effective else ""
        return f"{ev.party}: " + ", ".join(b for b in bits if b) + when
    if isinstance(ev, PartyRenamed):
        return f"{ev.party} named {ev.name!r} from {ev.effective}"
    if isinstance(ev, OrganizationsLinked):
        return f"{ev.org} is the same organization as {ev.same_as}"
    if isinstance(ev, SuccessionRecorded):
        return f"{ev.kind}: {', '.join(ev.predecessors)} -> {', '.join(ev.successors)} on {ev.effective}"
    if isinstance(ev, OrganizationSucceeded):
        return f"{ev.org} succeeds {ev.predecessor} on {ev.effective}"
    if isinstance(ev, RegistryCorrected):
        return f"corrects {ev.target[:8]}: {describe_fact(ev.event)}"
    if isinstance(ev, RegistryRetracted):
        return f"retracts {ev.target[:8]}: {ev.reason}"
    return ev.type
