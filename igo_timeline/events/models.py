"""The event vocabulary: one frozen pydantic model per kind of decision.

Every event names its organization, its valid time (an EDTF field of its own:
``effective``, ``term``, ``date``, ``adopted_on``, ``founded``, ...), and its
``source`` (document id, quote, optional locator, whether the fact is
inferred). Parties are resolved to canonical codes on input, so "Turkey",
"Republic of Turkey" and "TUR" make the same event. An event's id is a hash of
its canonical content unless given.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from typing import TYPE_CHECKING, Annotated, Any, ClassVar, Literal, Union

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    TypeAdapter,
    ValidationError,
    field_validator,
    model_serializer,
    model_validator,
)

from igo_timeline.errors import IgoError, InvalidDate, RuleViolation, UnknownParty
from igo_timeline.events.dates import Extent, check_any, check_date, check_interval, extent
from igo_timeline.events.names import org_slug, term_slug
from igo_timeline.events.parties import cow_as, party_name, resolve_party
from igo_timeline.events.vocabulary import RESERVED_STATE_KEYS, plural

SLUG_RE = r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$"
SUSPENDED, NOTICE = "suspended", "withdrawal_notified"
DEFAULT_CHAIR = "presidency"
DEFAULT_CONDITIONS = (SUSPENDED, NOTICE)
# the content's JSON as hashed for its id (what json.dumps builds on each call, built once)
_CONTENT_JSON = json.JSONEncoder(sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def _party(value: Any) -> Any:
    return resolve_party(value) if isinstance(value, str) else value


Slug = Annotated[str, Field(pattern=SLUG_RE, max_length=80)]
# a status, condition or procedure: also accepted as displayed ("dialogue partner", "Dialogue Partner")
Term = Annotated[str, BeforeValidator(term_slug), Field(pattern=SLUG_RE, max_length=80)]
# an organization's slug: case-insensitive on input ("SCO" is "sco")
OrgSlug = Annotated[
    str,
    BeforeValidator(lambda v: org_slug(v) if isinstance(v, str) else v),
    Field(pattern=SLUG_RE, max_length=80),
]
Party = Annotated[str, BeforeValidator(_party)]


def _year(value: Any) -> Any:
    # YAML reads an unquoted year (2013) as a number; EDTF wants the string
    return str(value) if isinstance(value, int) and not isinstance(value, bool) else value


EDTFDate = Annotated[str, BeforeValidator(_year), AfterValidator(check_date)]
EDTFInterval = Annotated[str, BeforeValidator(_year), AfterValidator(check_interval)]
EDTFAny = Annotated[str, BeforeValidator(_year), AfterValidator(check_any)]
Text = Annotated[str, Field(min_length=1)]


class Frozen(BaseModel):
    # defer_build: a model's validator is built when first used, not on import (igo state,
    # answered from the index, never builds one)
    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=False, defer_build=True)


class Source(Frozen):
    """Where a fact comes from: a document and the words that support it."""

    document: Text = Field(description="Document id (need not be registered first).")
    quote: Text = Field(description="The words of the document that support the fact.")
    locator: str | None = Field(None, description="Paragraph, page or section, where useful.")
    inferred: bool = Field(False, description="True when the fact is inferred, not stated.")
    confidence: str | None = Field(
        None, description='How sure the source is, e.g. "confirmed", "single source".'
    )
    note: str | None = Field(None, description="How the fact was inferred, or any caveat.")
    title: str | None = Field(None, description="The document's title (metadata).")
    url: str | None = Field(None, description="Where to find the document (metadata).")
    published: EDTFDate | None = Field(None, description="The document's date (metadata).")
    start: int | None = Field(
        None, ge=0, description="Offset of the quote's first character in the document's text as read."
    )
    end: int | None = Field(
        None, ge=0, description="Offset just past the quote's last character: text[start:end] == quote."
    )

    @model_validator(mode="after")
    def _span(self) -> Source:
        if (self.start is None) != (self.end is None):
            raise ValueError("start and end are given together")
        if self.start is not None and self.end is not None and self.end - self.start != len(self.quote):
            raise ValueError("end - start must be the length of the quote")
        return self


class Participant(Frozen):
    """Someone who attended a meeting, in a role, for a party or for none."""

    person: Text
    role: Text
    party: Party | None = None


class EventBase(Frozen):
    """Fields every event has."""

    VALID_FIELD: ClassVar[str] = ""

    id: str | None = Field(None, description="Stable id; a hash of the content when not given.")
    org: OrgSlug = Field(description="The organization's slug.")
    source: Source
    more_sources: list[Source] = Field(default_factory=list)
    note: str | None = None

    @field_validator("id")
    @classmethod
    def _id_shape(cls, value: str | None) -> str | None:
        if value is not None and not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_.:-]{3,79}", value):
            raise ValueError("an id is 4-80 letters, digits or . _ : - characters")
        return value

    # -- derived -----------------------------------------------------------
    type: str  # each subclass narrows it to its own Literal name

    @property
    def valid_time(self) -> str | None:
        """The EDTF string of the event's own date field."""
        return getattr(self, self.VALID_FIELD, None) if self.VALID_FIELD else None

    @property
    def valid_extent(self) -> Extent | None:
        text = self.valid_time
        return extent(text) if text else None

    def parties(self) -> set[str]:
        """Every party that fills a party-valued field of this event."""
        return set()

    # -- behaviour: each decision type's one home ------------------------------------
    # FACTS names the fields of projections.facts.Facts this decision feeds (the index
    # derives the groups of rows it bears on from them; a test holds the fold to it);
    # None: not declared (a decision type must declare it, even as empty).
    FACTS: ClassVar[frozenset[str] | None] = None
    TIMELINE_GROUP: ClassVar[str] = "other"  # its group of slides in the TimelineJS document

    def status_parties(self) -> set[str]:
        """The parties whose status spells this decision changes."""
        return set()

    def condition_parties(self) -> set[str]:
        """The parties whose conditions this decision changes (imposes, lifts or ends)."""
        return set()

    def procedure_parties(self) -> set[str]:
        """The parties whose pending procedures this decision changes (launches, advances, concludes)."""
        return set()

    def summary(self) -> str:
        """One line saying what this event decided (the CLI's listings)."""
        return self.type

    def _day(self) -> dt.date | None:
        ext = self.valid_extent
        return ext.start_earliest if ext is not None else None

    def _name(self, code: str) -> str:
        """A party's name in force on this event's date."""
        return party_name(code, self._day())

    def _who(self, code: str) -> str:
        """A party as a listing names it: its code and its name in force on the event's date (and,
        for a COW column that stood for another party that day, that party)."""
        day = self._day()
        out = f"{code} ({party_name(code, day)})"
        iso = cow_as(code, day) if day is not None and code.startswith("cow:") else None
        return f"{out} = {iso} ({party_name(iso, day)}) on that day" if iso else out

    def headline(self) -> str:
        """A short title for a slide or a chart (the summary, unless the type words it apart)."""
        return self.summary()

    def content(self) -> dict[str, Any]:
        """The canonical content: everything but the id; an optional field left empty is no content."""
        if self.id is None:  # exclude_none leaves the id out: the same dump, without exclude's cost
            return self.model_dump(mode="json", exclude_none=True)
        return self.model_dump(mode="json", exclude={"id"}, exclude_none=True)

    def content_id(self) -> str:
        blob = _CONTENT_JSON.encode(self.content())  # json.dumps(sort_keys, ensure_ascii=False, compact)
        return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:20]

    def with_id(self) -> EventBase:
        """This event with its id filled in (the content hash when none was given)."""
        return self if self.id else self.model_copy(update={"id": self.content_id()})


class OmitsUnset(EventBase):
    """Leaves the optional fields of ``OMIT_UNSET`` out of the dump where they are unset: the
    events they are new to dump exactly as before them (stored payloads, the history's JSON,
    the index's rows). The base of the types that gained such fields after events were stored."""

    OMIT_UNSET: ClassVar[tuple[str, ...]] = ()

    @model_serializer(mode="wrap")
    def _dump(self, handler: Any) -> Any:
        data = handler(self)
        if isinstance(data, dict):
            for name in self.OMIT_UNSET:
                if name in data and data[name] is None:
                    del data[name]
        return data


# igo succession's marks on the events it carries over (omitted unset: see OmitsUnset)
CarriedOver = Annotated[
    str | None,
    Field(description="The id of the succession this event was carried over from (igo succession)."),
]
Since = Annotated[
    EDTFDate | None,
    Field(
        description="A continuation: the first day the predecessor held it, which the successor's "
        "entry keeps (carried over by igo succession; it holds for the successor from effective)."
    ),
]


def _other_names(value: list[str] | None) -> list[str] | None:
    """An office's or a body's aliases: each once, in the order given; none given is no content
    (an empty list hashes as the field left out, so no stored event changes its id)."""
    if value is None:
        return None
    names = list(dict.fromkeys(" ".join(v.split()) for v in value))
    return names or None


# The families of decisions about one party. A mixin's fields come before the type's own
# (pydantic orders fields by the MRO), so a mixin declares only the fields that come first
# (``party``, then a procedure's ``procedure``): every type keeps its field order, its JSON
# and its id. Each type still declares its FACTS and timeline group itself (its one home).
class PartyDecision(EventBase):
    """A decision about one party, the first of its fields."""

    party: Party

    def parties(self) -> set[str]:
        return {self.party}


class ConditionDecision(PartyDecision):
    """A decision that imposes, lifts or notifies a condition on the party's status."""

    def condition_parties(self) -> set[str]:
        return {self.party}


class ProcedureDecision(PartyDecision):
    """A decision that launches, advances or concludes one of the party's procedures."""

    procedure: Term = "admission"

    def procedure_parties(self) -> set[str]:
        return {self.party}


class OrganizationFounded(OmitsUnset):
    """The organization comes into being; its founders hold the first status of its ladder."""

    VALID_FIELD: ClassVar[str] = "founded"
    type: Literal["OrganizationFounded"] = "OrganizationFounded"
    name: Text
    founded: EDTFDate
    founders: list[Party] = Field(default_factory=list)
    statuses: list[Term] = Field(
        min_length=1, description="The organization's ladder of statuses, the founders' first."
    )
    offices: dict[Slug, Text] = Field(
        default_factory=dict, description="Office slug -> display name (vocabulary)."
    )
    bodies: dict[Slug, Text] = Field(
        default_factory=dict, description="Body slug -> display name (vocabulary)."
    )
    headquarters: str | None = None
    conditions: list[Slug] | None = Field(
        None,
        description="Conditions that qualify a status without ending it, beside the defaults "
        "(suspended, withdrawal_notified); e.g. excluded_from_participation.",
    )
    blocks_presidency: list[Slug] | None = Field(
        None,
        description="The conditions under which a member may not hold the presidency (default: suspended).",
    )
    office_aliases: dict[Slug, list[Text]] | None = Field(
        None,
        description="Office slug -> other names of that office (not a rename; igo alias adds them).",
    )
    body_aliases: dict[Slug, list[Text]] | None = Field(
        None,
        description="Body slug -> other names of that body (not a rename; igo alias adds them).",
    )
    OMIT_UNSET: ClassVar[tuple[str, ...]] = (
        "conditions",
        "blocks_presidency",
        "office_aliases",
        "body_aliases",
    )

    @field_validator("office_aliases", "body_aliases")
    @classmethod
    def _other_names_of(cls, value: dict[str, list[str]] | None) -> dict[str, list[str]] | None:
        if value is None:
            return None
        kept = {slug: names for slug, v in value.items() if (names := _other_names(v))}
        return kept or None

    @model_validator(mode="after")
    def _ladder(self) -> OrganizationFounded:
        if len(set(self.statuses)) != len(self.statuses):
            raise ValueError("statuses repeat")
        for status in self.statuses:
            if plural(status) in RESERVED_STATE_KEYS:
                raise ValueError(f"status {status!r} clashes with the state key {plural(status)!r}")
        if len(set(self.founders)) != len(self.founders):
            raise ValueError("founders repeat")
        for slug in self.blocks_presidency or []:
            if slug not in self.condition_names:
                raise ValueError(f"blocks_presidency names {slug!r}, not a condition of the organization")
        for field, declared in (("office_aliases", self.offices), ("body_aliases", self.bodies)):
            for slug in getattr(self, field) or {}:
                if slug not in declared:
                    raise ValueError(f"{field} names {slug!r}, not declared in {field.split('_')[0]}s")
        return self

    @property
    def condition_names(self) -> list[str]:
        """The conditions the organization declares: the defaults and its own."""
        return [*DEFAULT_CONDITIONS, *(c for c in self.conditions or [] if c not in DEFAULT_CONDITIONS)]

    @property
    def presidency_blockers(self) -> set[str]:
        return set(self.blocks_presidency) if self.blocks_presidency is not None else {"suspended"}

    def parties(self) -> set[str]:
        return set(self.founders)

    FACTS: ClassVar[frozenset[str] | None] = frozenset({"founding", "statuses"})
    TIMELINE_GROUP: ClassVar[str] = "organization"

    def status_parties(self) -> set[str]:
        return set(self.founders)

    def summary(self) -> str:
        return f"{self.name} founded; founders {', '.join(self.founders) or 'none recorded'}"

    def headline(self) -> str:
        return f"{self.name} founded"


class OrganizationDissolved(EventBase):
    """The organization ceases to exist."""

    VALID_FIELD: ClassVar[str] = "effective"
    type: Literal["OrganizationDissolved"] = "OrganizationDissolved"
    effective: EDTFDate
    decided_on: EDTFDate | None = None

    # it ends every spell, term and presidency still open (the index rebuilds all its rows)
    FACTS: ClassVar[frozenset[str] | None] = frozenset(
        {
            "dissolution",
            "statuses",
            "conditions",
            "procedures",
            "terms",
            "presidencies",
            "vacancies_of_chairs",
        }
    )
    TIMELINE_GROUP: ClassVar[str] = "organization"

    def summary(self) -> str:
        return "dissolved"

    def headline(self) -> str:
        return "Dissolved"


class StatusGranted(OmitsUnset, PartyDecision):
    """A party is given a status (member, observer, ...) from a date, replacing any other."""

    VALID_FIELD: ClassVar[str] = "effective"
    type: Literal["StatusGranted"] = "StatusGranted"
    status: Term
    effective: EDTFDate
    decided_on: EDTFDate | None = None
    continues: Party | None = Field(
        None,
        description="A continuation: the predecessor whose status the party carries on, keeping its since "
        "(carried over by igo succession; the predecessor's status ends the same day).",
    )
    carried_over: CarriedOver = None
    OMIT_UNSET: ClassVar[tuple[str, ...]] = ("continues", "carried_over")

    def parties(self) -> set[str]:
        return {self.party} | ({self.continues} if self.continues else set())

    FACTS: ClassVar[frozenset[str] | None] = frozenset({"statuses", "procedures"})
    TIMELINE_GROUP: ClassVar[str] = "status"

    def status_parties(self) -> set[str]:
        return {self.party}

    def procedure_parties(self) -> set[str]:
        return {self.party}  # a grant concludes a procedure towards it

    def summary(self) -> str:
        return f"{self._who(self.party)} becomes {self.status}"

    def headline(self) -> str:
        return f"{self._name(self.party)}: {self.status.replace('_', ' ')}"


class StatusWithdrawn(OmitsUnset, PartyDecision):
    """A party stops holding any status from a date (that day is the first without)."""

    VALID_FIELD: ClassVar[str] = "effective"
    type: Literal["StatusWithdrawn"] = "StatusWithdrawn"
    effective: EDTFDate
    decided_on: EDTFDate | None = None
    carried_over: CarriedOver = None
    OMIT_UNSET: ClassVar[tuple[str, ...]] = ("carried_over",)

    FACTS: ClassVar[frozenset[str] | None] = frozenset({"statuses", "conditions", "procedures"})
    TIMELINE_GROUP: ClassVar[str] = "status"

    def status_parties(self) -> set[str]:
        return {self.party}

    def condition_parties(self) -> set[str]:
        return {self.party}  # a withdrawal ends every condition of the status

    def procedure_parties(self) -> set[str]:
        return {self.party}  # and concludes a withdrawal procedure

    def summary(self) -> str:
        return f"{self._who(self.party)} loses its status"

    def headline(self) -> str:
        return f"{self._name(self.party)} loses its status"


class StatusUnknown(PartyDecision):
    """From a date the party's status is not known: neither a status nor none (e.g. COW's -9)."""

    VALID_FIELD: ClassVar[str] = "effective"
    type: Literal["StatusUnknown"] = "StatusUnknown"
    effective: EDTFDate

    FACTS: ClassVar[frozenset[str] | None] = frozenset({"statuses"})
    TIMELINE_GROUP: ClassVar[str] = "status unknown"

    def status_parties(self) -> set[str]:
        return {self.party}

    def summary(self) -> str:
        return f"{self._who(self.party)}: status unknown from {self.effective}"

    def headline(self) -> str:
        return f"{self._name(self.party)}: status unknown"


class OfficeEstablished(OmitsUnset):
    """An office is created (and its slug becomes part of the vocabulary)."""

    VALID_FIELD: ClassVar[str] = "effective"
    type: Literal["OfficeEstablished"] = "OfficeEstablished"
    office: Slug
    name: Text
    effective: EDTFDate | None = None
    decided_on: EDTFDate | None = None
    aliases: list[Text] | None = Field(
        None, description="Other names of the same office (not a rename; igo alias adds them)."
    )

    OMIT_UNSET: ClassVar[tuple[str, ...]] = ("aliases",)
    _aliases = field_validator("aliases")(classmethod(lambda cls, v: _other_names(v)))

    FACTS: ClassVar[frozenset[str] | None] = frozenset({"offices_established"})
    TIMELINE_GROUP: ClassVar[str] = "office"

    def summary(self) -> str:
        return f"{self.name}: office established"

    def headline(self) -> str:
        return self.name


class BodyEstablished(OmitsUnset):
    """A body (council, secretariat, structure) starts to exist."""

    VALID_FIELD: ClassVar[str] = "effective"
    type: Literal["BodyEstablished"] = "BodyEstablished"
    body: Slug
    name: Text
    effective: EDTFDate | None = None
    place: str | None = None
    decided_on: EDTFDate | None = None
    aliases: list[Text] | None = Field(
        None, description="Other names of the same body (not a rename; igo alias adds them)."
    )

    OMIT_UNSET: ClassVar[tuple[str, ...]] = ("aliases",)
    _aliases = field_validator("aliases")(classmethod(lambda cls, v: _other_names(v)))

    FACTS: ClassVar[frozenset[str] | None] = frozenset({"bodies"})
    TIMELINE_GROUP: ClassVar[str] = "body"

    def summary(self) -> str:
        return f"{self.name}: established"

    def headline(self) -> str:
        return self.name


class BodyPlanned(EventBase):
    """Work on setting up a body is decided or under way; the body does not exist yet."""

    VALID_FIELD: ClassVar[str] = "date"
    type: Literal["BodyPlanned"] = "BodyPlanned"
    body: Slug
    name: Text
    date: EDTFDate

    FACTS: ClassVar[frozenset[str] | None] = frozenset({"planned"})
    TIMELINE_GROUP: ClassVar[str] = "body"

    def summary(self) -> str:
        return f"{self.name}: being set up"

    def headline(self) -> str:
        return self.name


class OfficialAppointed(EventBase):
    """A person is appointed to an office for a term."""

    VALID_FIELD: ClassVar[str] = "term"
    type: Literal["OfficialAppointed"] = "OfficialAppointed"
    office: Slug
    person: Text
    nationality: Party | None = None
    term: EDTFInterval
    decided_on: EDTFDate | None = None

    def parties(self) -> set[str]:
        return {self.nationality} if self.nationality else set()

    FACTS: ClassVar[frozenset[str] | None] = frozenset({"terms"})
    TIMELINE_GROUP: ClassVar[str] = "office"

    def summary(self) -> str:
        nat = f" ({self.nationality})" if self.nationality else ""
        return f"{self.person}{nat} appointed {self.office} for {self.term}"

    def headline(self) -> str:
        return f"{self.person} appointed {self.office.replace('-', ' ')}"


class OfficeVacated(EventBase):
    """A term ends early (that day is the first without the holder)."""

    VALID_FIELD: ClassVar[str] = "effective"
    type: Literal["OfficeVacated"] = "OfficeVacated"
    office: Slug
    person: Text
    effective: EDTFDate
    decided_on: EDTFDate | None = None

    FACTS: ClassVar[frozenset[str] | None] = frozenset({"terms", "vacancies"})
    TIMELINE_GROUP: ClassVar[str] = "office"

    def summary(self) -> str:
        return f"{self.person} leaves {self.office}"

    def headline(self) -> str:
        return f"{self.person} leaves {self.office.replace('-', ' ')}"


class PresidencyHandedOver(OmitsUnset):
    """The rotating presidency passes to a member."""

    VALID_FIELD: ClassVar[str] = "effective"
    type: Literal["PresidencyHandedOver"] = "PresidencyHandedOver"
    from_party: Party | None = None
    to_party: Party
    effective: EDTFDate = Field(
        description="The first day of the new holder (the term's start when a term is given)."
    )
    decided_on: EDTFDate | None = None
    carried_over: CarriedOver = None
    chair: Slug | None = Field(None, description="The chair handed over (default: the presidency).")
    term: EDTFInterval | None = Field(
        None, description="A fixed term: the presidency ends by itself at its end."
    )
    since: Since = None
    OMIT_UNSET: ClassVar[tuple[str, ...]] = ("carried_over", "chair", "term", "since")

    @model_validator(mode="before")
    @classmethod
    def _start_of_term(cls, data: Any) -> Any:
        # --term START/END alone: the handover takes effect on the term's start
        if isinstance(data, dict) and data.get("term") and not data.get("effective"):
            start = str(data["term"]).split("/", 1)[0]
            if start and start != "..":
                data = {**data, "effective": start}
        return data

    @model_validator(mode="after")
    def _term_starts_on_effective(self) -> PresidencyHandedOver:
        if self.term is not None:
            start = extent(self.term)
            on = extent(self.effective)
            if (on.start_earliest, on.start_latest) != (start.start_earliest, start.start_latest):
                raise ValueError(f"effective {self.effective} is not the start of the term {self.term}")
            if start.end_open or start.end_unknown:
                raise ValueError(f"a fixed term has an end: {self.term}")
        if self.chair == DEFAULT_CHAIR:
            raise ValueError(f"leave chair out for the {DEFAULT_CHAIR} (the default)")
        return self

    @property
    def chair_slug(self) -> str:
        return self.chair or DEFAULT_CHAIR

    def parties(self) -> set[str]:
        return {p for p in (self.from_party, self.to_party) if p}

    FACTS: ClassVar[frozenset[str] | None] = frozenset({"presidencies", "vacancies_of_chairs"})
    TIMELINE_GROUP: ClassVar[str] = "presidency"

    def summary(self) -> str:
        src = f"{self.from_party} -> " if self.from_party else ""
        term = f" for {self.term}" if self.term else ""
        return f"{self.chair_slug} {src}{self._who(self.to_party)}{term}"

    def headline(self) -> str:
        chair = self.chair_slug.replace("-", " ").replace("_", " ").capitalize()
        return f"{chair}: {self._name(self.to_party)}"


class PresidencyVacated(EventBase):
    """A chair (the presidency by default) is left vacant from a date (that day is the first without)."""

    VALID_FIELD: ClassVar[str] = "effective"
    type: Literal["PresidencyVacated"] = "PresidencyVacated"
    chair: Slug | None = Field(None, description="The chair vacated (default: the presidency).")
    effective: EDTFDate
    decided_on: EDTFDate | None = None

    @property
    def chair_slug(self) -> str:
        return self.chair or DEFAULT_CHAIR

    FACTS: ClassVar[frozenset[str] | None] = frozenset({"presidencies", "vacancies_of_chairs"})
    TIMELINE_GROUP: ClassVar[str] = "presidency"

    def summary(self) -> str:
        return f"{self.chair_slug} vacant"


class ChairEstablished(EventBase):
    """A rotating chair besides the presidency is declared (its slug then names it in handovers)."""

    VALID_FIELD: ClassVar[str] = "effective"
    type: Literal["ChairEstablished"] = "ChairEstablished"
    chair: Slug
    name: Text
    effective: EDTFDate
    decided_on: EDTFDate | None = None

    @model_validator(mode="after")
    def _not_the_default(self) -> ChairEstablished:
        if self.chair == DEFAULT_CHAIR:
            raise ValueError(f"{DEFAULT_CHAIR!r} is every organization's default chair")
        return self

    FACTS: ClassVar[frozenset[str] | None] = frozenset({"chairs_established"})
    TIMELINE_GROUP: ClassVar[str] = "presidency"

    def summary(self) -> str:
        return f"{self.name}: chair established ({self.chair})"

    def headline(self) -> str:
        return self.name


class MeetingHeld(EventBase):
    """A meeting of one of the organization's bodies took place."""

    VALID_FIELD: ClassVar[str] = "date"
    type: Literal["MeetingHeld"] = "MeetingHeld"
    body: Slug
    date: EDTFAny
    name: str | None = None
    place: str | None = None
    host: Party | None = None
    chair: Participant | None = None
    participants: list[Participant] = Field(default_factory=list)

    def parties(self) -> set[str]:
        found = {self.host} if self.host else set()
        for person in [*self.participants, *([self.chair] if self.chair else [])]:
            if person.party:
                found.add(person.party)
        return found

    FACTS: ClassVar[frozenset[str] | None] = frozenset({"held"})
    TIMELINE_GROUP: ClassVar[str] = "meeting"

    def summary(self) -> str:
        where = ", ".join(x for x in (self.place, self.host) if x)
        return f"meeting of {self.body}" + (f" ({where})" if where else "")

    def headline(self) -> str:
        where = self.place or (self._name(self.host) if self.host else None)
        return (self.name or self.body.replace("-", " ")) + (f", {where}" if where else "")


class MeetingScheduled(EventBase):
    """A future meeting is decided: upcoming until held or its dates have passed."""

    VALID_FIELD: ClassVar[str] = "date"
    type: Literal["MeetingScheduled"] = "MeetingScheduled"
    body: Slug
    host: Party
    place: str | None = None
    date: EDTFAny
    decided_on: EDTFDate | None = None

    def parties(self) -> set[str]:
        return {self.host}

    FACTS: ClassVar[frozenset[str] | None] = frozenset({"scheduled"})
    TIMELINE_GROUP: ClassVar[str] = "meeting"

    def summary(self) -> str:
        where = ", ".join(x for x in (self.place, self.host) if x)
        return f"meeting scheduled: {self.body}" + (f" ({where})" if where else "")

    def headline(self) -> str:
        where = self.place or self._name(self.host)
        return f"Scheduled: {self.body.replace('-', ' ')}, {where}"


class ProcedureLaunched(OmitsUnset, ProcedureDecision):
    """A procedure towards a status is begun (or an application noted); no status changes."""

    VALID_FIELD: ClassVar[str] = "date"
    type: Literal["ProcedureLaunched"] = "ProcedureLaunched"
    status: Term | None = Field(None, description="The status sought, when the text says.")
    date: EDTFDate
    decided_on: EDTFDate | None = None
    carried_over: CarriedOver = None
    OMIT_UNSET: ClassVar[tuple[str, ...]] = ("carried_over",)

    FACTS: ClassVar[frozenset[str] | None] = frozenset({"procedures"})
    TIMELINE_GROUP: ClassVar[str] = "status"

    def summary(self) -> str:
        sought = f" towards {self.status}" if self.status else ""
        return f"{self._who(self.party)}: {self.procedure} procedure{sought} launched"

    def headline(self) -> str:
        return f"{self._name(self.party)}: {self.procedure} procedure launched"


class ConditionImposed(OmitsUnset, ConditionDecision):
    """A condition (suspended, excluded from participation, ...) qualifies a party's status without ending it."""

    VALID_FIELD: ClassVar[str] = "effective"
    type: Literal["ConditionImposed"] = "ConditionImposed"
    condition: Term = SUSPENDED
    effective: EDTFDate
    until: EDTFDate | None = Field(None, description="The condition's last day, when fixed (inclusive).")
    decided_on: EDTFDate | None = None
    carried_over: CarriedOver = None
    since: Since = None
    OMIT_UNSET: ClassVar[tuple[str, ...]] = ("carried_over", "since")

    @model_validator(mode="after")
    def _not_a_notice(self) -> ConditionImposed:
        if self.condition == NOTICE:
            raise ValueError("a notice of withdrawal is a WithdrawalNotified event (igo notify-withdrawal)")
        return self

    FACTS: ClassVar[frozenset[str] | None] = frozenset({"conditions"})
    TIMELINE_GROUP: ClassVar[str] = "condition"

    def summary(self) -> str:
        until = f" until {self.until}" if self.until else ""
        return f"{self._who(self.party)}: {self.condition.replace('_', ' ')}{until}"

    def headline(self) -> str:
        return f"{self._name(self.party)}: {self.condition.replace('_', ' ')}"


class ConditionLifted(ConditionDecision):
    """A condition ends (that day is the first without it); lifting withdrawal_notified revokes a notice."""

    VALID_FIELD: ClassVar[str] = "effective"
    type: Literal["ConditionLifted"] = "ConditionLifted"
    condition: Term = SUSPENDED
    effective: EDTFDate
    decided_on: EDTFDate | None = None

    FACTS: ClassVar[frozenset[str] | None] = frozenset({"conditions"})
    TIMELINE_GROUP: ClassVar[str] = "condition"

    def summary(self) -> str:
        return f"{self._who(self.party)}: no longer {self.condition.replace('_', ' ')}"

    def headline(self) -> str:
        return f"{self._name(self.party)}: {self.condition.replace('_', ' ')} lifted"


class WithdrawalNotified(OmitsUnset, ConditionDecision):
    """A party notifies its withdrawal: its status holds until a withdrawal is recorded.

    From ``takes_effect`` (the first day without, as a withdrawal's ``effective``)
    with no withdrawal recorded, the party's status is uncertain (withdrawal due).
    A new notice while one holds replaces its ``takes_effect`` (an extension).
    """

    VALID_FIELD: ClassVar[str] = "effective"
    type: Literal["WithdrawalNotified"] = "WithdrawalNotified"
    effective: EDTFDate = Field(description="The day of the notice.")
    takes_effect: EDTFDate | None = Field(None, description="The first day without the status, as notified.")
    decided_on: EDTFDate | None = None
    carried_over: CarriedOver = None
    since: Since = None
    OMIT_UNSET: ClassVar[tuple[str, ...]] = ("carried_over", "since")

    FACTS: ClassVar[frozenset[str] | None] = frozenset({"conditions"})
    TIMELINE_GROUP: ClassVar[str] = "condition"

    def summary(self) -> str:
        when = f", to take effect {self.takes_effect}" if self.takes_effect else ""
        return f"{self._who(self.party)} notifies its withdrawal{when}"

    def headline(self) -> str:
        return f"{self._name(self.party)} notifies its withdrawal"


class ProcedureStepTaken(ProcedureDecision):
    """A step of a pending procedure (a memorandum of obligations signed, ...): no status changes."""

    VALID_FIELD: ClassVar[str] = "date"
    type: Literal["ProcedureStepTaken"] = "ProcedureStepTaken"
    step: Text
    date: EDTFDate
    decided_on: EDTFDate | None = None

    FACTS: ClassVar[frozenset[str] | None] = frozenset({"procedures"})
    TIMELINE_GROUP: ClassVar[str] = "status"

    def summary(self) -> str:
        return f"{self._who(self.party)}: {self.procedure} procedure: {self.step}"

    def headline(self) -> str:
        return f"{self._name(self.party)}: {self.step}"


class ProcedureConcluded(OmitsUnset, ProcedureDecision):
    """A pending procedure ends: granted, rejected or abandoned (a grant concludes one by itself)."""

    VALID_FIELD: ClassVar[str] = "effective"
    type: Literal["ProcedureConcluded"] = "ProcedureConcluded"
    outcome: Literal["granted", "rejected", "abandoned"]
    effective: EDTFDate
    decided_on: EDTFDate | None = None
    carried_over: CarriedOver = None
    OMIT_UNSET: ClassVar[tuple[str, ...]] = ("carried_over",)

    FACTS: ClassVar[frozenset[str] | None] = frozenset({"procedures"})
    TIMELINE_GROUP: ClassVar[str] = "status"

    def summary(self) -> str:
        return f"{self._who(self.party)}: {self.procedure} procedure {self.outcome}"

    def headline(self) -> str:
        return f"{self._name(self.party)}: {self.procedure} {self.outcome}"


class LadderReformed(OmitsUnset):
    """The organization's ladder of statuses changes from a date: statuses merged (a rename is a
    merge of one), added or retired. Holders of a merged status hold the new one from that day."""

    VALID_FIELD: ClassVar[str] = "effective"
    type: Literal["LadderReformed"] = "LadderReformed"
    effective: EDTFDate
    merged: dict[Term, list[Term]] = Field(
        default_factory=dict, description="New status -> the old ones it replaces."
    )
    added: list[Term] = Field(default_factory=list)
    retired: list[Term] = Field(default_factory=list)
    conditions: list[Term] | None = Field(
        None,
        description="Conditions the organization declares from this date on (beside the founding's), "
        "e.g. excluded_from_participation.",
    )
    decided_on: EDTFDate | None = None

    @model_validator(mode="after")
    def _something(self) -> LadderReformed:
        if not (self.merged or self.added or self.retired or self.conditions):
            raise ValueError("a reform merges, adds or retires at least one status, or adds a condition")
        if self.conditions is not None and len(set(self.conditions)) != len(self.conditions):
            raise ValueError("conditions repeat")
        olds = [old for group in self.merged.values() for old in group]
        if len(set(olds)) != len(olds) or any(not group for group in self.merged.values()):
            raise ValueError("each merge names its old statuses, each old status once")
        for status in [*self.merged, *self.added]:
            if plural(status) in RESERVED_STATE_KEYS:
                raise ValueError(f"status {status!r} clashes with the state key {plural(status)!r}")
        return self

    def apply(self, ladder: list[str]) -> list[str]:
        """The ladder after this reform: merged statuses take the place of the first they replace."""
        out: list[str] = []
        gone = {old for group in self.merged.values() for old in group} | set(self.retired)
        for status in ladder:
            for new, group in self.merged.items():
                if status == group[0] and new not in out:
                    out.append(new)
            if status not in gone and status not in out:
                out.append(status)
        for new in [*self.merged, *self.added]:
            if new not in out:
                out.append(new)
        return out

    def moves(self, status: str) -> str | None:
        """The status that holders of ``status`` hold after this reform (None: unchanged)."""
        return next((new for new, group in self.merged.items() if status in group and new != status), None)

    FACTS: ClassVar[frozenset[str] | None] = frozenset({"reforms", "statuses"})
    TIMELINE_GROUP: ClassVar[str] = "organization"
    OMIT_UNSET: ClassVar[tuple[str, ...]] = ("conditions",)

    def summary(self) -> str:
        parts = [f"{'+'.join(group)} -> {new}" for new, group in self.merged.items()]
        parts += [f"+{s}" for s in self.added] + [f"-{s}" for s in self.retired]
        parts += [f"+condition {c}" for c in self.conditions or []]
        return "ladder reformed: " + ", ".join(parts)

    def headline(self) -> str:
        return "Statuses reformed"


class CoverageDeclared(EventBase):
    """The organization's record is declared complete up to a day (its sources' reach), whatever
    the latest decision recorded: the horizon is the later of the two."""

    VALID_FIELD: ClassVar[str] = "until"
    type: Literal["CoverageDeclared"] = "CoverageDeclared"
    until: EDTFDate

    FACTS: ClassVar[frozenset[str] | None] = frozenset()  # the horizon: read from every decision
    TIMELINE_GROUP: ClassVar[str] = "organization"

    def summary(self) -> str:
        return f"the record covers up to {self.until}"


class NameChanged(EventBase):
    """A dated rename of the organization (neither ``office`` nor ``body``), an office or a body.
    Slugs stay; the former name stays an alias (a former name of the organization still finds it)."""

    VALID_FIELD: ClassVar[str] = "effective"
    type: Literal["NameChanged"] = "NameChanged"
    effective: EDTFDate
    name: Text
    office: Slug | None = None
    body: Slug | None = None
    decided_on: EDTFDate | None = None

    @model_validator(mode="after")
    def _one_subject(self) -> NameChanged:
        if self.office and self.body:
            raise ValueError("a rename names an office or a body, not both")
        return self

    FACTS: ClassVar[frozenset[str] | None] = frozenset({"names"})
    TIMELINE_GROUP: ClassVar[str] = "organization"

    def summary(self) -> str:
        what = (
            f"office {self.office}"
            if self.office
            else f"body {self.body}"
            if self.body
            else "the organization"
        )
        return f"{what} renamed: {self.name}"

    def headline(self) -> str:
        return f"Renamed: {self.name}"


class DocumentAdopted(EventBase):
    """A document is adopted or approved; ``in_force`` when it has legal force for a period."""

    VALID_FIELD: ClassVar[str] = "adopted_on"
    type: Literal["DocumentAdopted"] = "DocumentAdopted"
    document: Slug
    title: Text
    kind: Slug
    adopted_on: EDTFDate
    in_force: EDTFInterval | None = None
    revises: Slug | None = None

    FACTS: ClassVar[frozenset[str] | None] = frozenset({"documents", "in_force"})
    TIMELINE_GROUP: ClassVar[str] = "document"

    def summary(self) -> str:
        return f"{self.kind} adopted: {self.title}"

    def headline(self) -> str:
        return self.title


class AgreementSigned(EventBase):
    """An agreement or treaty is signed; it is not in force until it enters into force."""

    VALID_FIELD: ClassVar[str] = "signed_on"
    type: Literal["AgreementSigned"] = "AgreementSigned"
    document: Slug
    title: Text
    kind: Slug = "agreement"
    signed_on: EDTFDate
    place: str | None = None
    signatories: list[Party] = Field(default_factory=list)

    def parties(self) -> set[str]:
        return set(self.signatories)

    FACTS: ClassVar[frozenset[str] | None] = frozenset({"documents"})
    TIMELINE_GROUP: ClassVar[str] = "document"

    def summary(self) -> str:
        return f"{self.kind} signed: {self.title}"

    def headline(self) -> str:
        return self.title


class DocumentEnteredIntoForce(EventBase):
    """A signed or adopted document takes effect (until ``until`` when known)."""

    VALID_FIELD: ClassVar[str] = "effective"
    type: Literal["DocumentEnteredIntoForce"] = "DocumentEnteredIntoForce"
    document: Slug
    effective: EDTFDate
    until: EDTFDate | None = None

    FACTS: ClassVar[frozenset[str] | None] = frozenset({"in_force"})
    TIMELINE_GROUP: ClassVar[str] = "document"

    def summary(self) -> str:
        return f"{self.document} enters into force"


class PositionStated(EventBase):
    """The organization (or its members) states a position on a question."""

    VALID_FIELD: ClassVar[str] = "date"
    type: Literal["PositionStated"] = "PositionStated"
    topic: Text
    statement: Text
    date: EDTFDate
    by: str | None = Field(None, description='Who states it, e.g. "heads of state".')

    FACTS: ClassVar[frozenset[str] | None] = frozenset()
    TIMELINE_GROUP: ClassVar[str] = "position"

    def summary(self) -> str:
        return f"position on {self.topic}"

    def headline(self) -> str:
        return self.topic


class EventRetracted(EventBase):
    """An earlier event is withdrawn from the record (it stays in the log)."""

    type: Literal["EventRetracted"] = "EventRetracted"
    source: Source | None = None  # type: ignore[assignment]
    target: Text
    reason: Text


DECISION_TYPES: tuple[type[EventBase], ...] = (
    OrganizationFounded,
    OrganizationDissolved,
    StatusGranted,
    StatusWithdrawn,
    StatusUnknown,
    OfficeEstablished,
    BodyEstablished,
    BodyPlanned,
    OfficialAppointed,
    OfficeVacated,
    PresidencyHandedOver,
    MeetingHeld,
    MeetingScheduled,
    ProcedureLaunched,
    DocumentAdopted,
    AgreementSigned,
    DocumentEnteredIntoForce,
    PositionStated,
    ConditionImposed,
    ConditionLifted,
    WithdrawalNotified,
    ProcedureStepTaken,
    ProcedureConcluded,
    PresidencyVacated,
    ChairEstablished,
    LadderReformed,
    CoverageDeclared,
    NameChanged,
)

if TYPE_CHECKING:  # a checker cannot read a union built from a tuple: every decision is an EventBase
    Decision = EventBase
else:  # the discriminated union of every decision type, built from the one tuple above
    Decision = Annotated[Union[DECISION_TYPES], Field(discriminator="type")]  # noqa: UP007


class EventCorrected(EventBase):
    """An earlier event is replaced by a corrected version (the original stays in the log)."""

    type: Literal["EventCorrected"] = "EventCorrected"
    source: Source | None = None  # type: ignore[assignment]
    target: Text
    event: Decision
    reason: Text

    @model_validator(mode="after")
    def _same_org(self) -> EventCorrected:
        if self.event.org != self.org:
            raise ValueError("a correction's event belongs to the correction's organization")
        return self


EVENT_TYPES: tuple[type[EventBase], ...] = (*DECISION_TYPES, EventCorrected, EventRetracted)
if TYPE_CHECKING:
    AnyEvent = EventBase
else:
    AnyEvent = Annotated[Union[EVENT_TYPES], Field(discriminator="type")]  # noqa: UP007
_ADAPTER: TypeAdapter[Any] = TypeAdapter(AnyEvent, config=ConfigDict(defer_build=True))  # built on first use


def _describe(err: ValidationError) -> str:
    first = err.errors()[0]
    loc = ".".join(str(p) for p in first["loc"] if not (isinstance(p, str) and p[:1].isupper()))
    msg = first["msg"]
    for prefix in ("Value error, ", "Assertion failed, "):
        msg = msg.removeprefix(prefix)
    if first["type"] == "union_tag_invalid":
        msg = f"unknown type {first.get('input', {}).get('type')!r}; known: " + ", ".join(
            t.__name__ for t in EVENT_TYPES
        )
        loc = "type"
    if first["type"] == "union_tag_not_found":
        return "missing field 'type'"
    return f"{loc}: {msg}" if loc else msg


def _rule_for(exc: BaseException) -> str:
    if isinstance(exc, InvalidDate):
        return "invalid-date"
    if isinstance(exc, UnknownParty):
        return "unknown-party"
    return "invalid-event"


def parse_event(data: Any, *, item: int | None = None) -> EventBase:
    """Validate one event from plain data; raise :class:`RuleViolation` naming what is wrong."""
    if not isinstance(data, dict):
        raise RuleViolation(
            "invalid-event", f"an event is a JSON object, not {type(data).__name__}", item=item
        )
    etype: str = data["type"] if isinstance(data.get("type"), str) else "event"
    try:
        event: EventBase = _ADAPTER.validate_python(data)
    except ValidationError as err:
        for detail in err.errors():
            cause = detail.get("ctx", {}).get("error")
            if isinstance(cause, IgoError):
                loc = ".".join(str(p) for p in detail["loc"] if not (isinstance(p, str) and p[:1].isupper()))
                raise RuleViolation(
                    _rule_for(cause), f"{loc}: {cause}", event_type=etype, item=item
                ) from None
        raise RuleViolation("invalid-event", _describe(err), event_type=etype, item=item) from None
    except IgoError as err:
        raise RuleViolation(_rule_for(err), str(err), event_type=etype, item=item) from None
    if event.id:
        return event
    # event.with_id() without model_copy's copy: the event is this call's own, seen by no one yet,
    # so filling in its id in place (as model_copy fills the copy's) is the same, and cheaper
    event.__dict__["id"] = event.content_id()
    event.__pydantic_fields_set__.add("id")
    return event


def event_schemas() -> dict[str, Any]:
    """The JSON Schema of every event type, by type name."""
    return {cls.__name__: cls.model_json_schema() for cls in EVENT_TYPES}
