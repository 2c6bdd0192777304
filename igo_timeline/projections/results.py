"""Query results: frozen pydantic models with stable JSON keys.

The projections build them with :meth:`Result.make` from values of the declared types, which
are not validated again (pydantic builds a result's validator on its first use in a process:
tens of milliseconds, more than ``igo state`` spends on its answer), and :meth:`Result.dump`
gives what ``model_dump(mode="json")`` gives without pydantic's serializer, built on first use
too. ``validating()`` turns validation back on; the tests hold both to pydantic's own answers.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator
from contextvars import ContextVar
from typing import Any, Literal, Self

from pydantic import BaseModel, ConfigDict, Field

from igo_timeline.events.vocabulary import plural

_VALIDATING: ContextVar[bool] = ContextVar("igo_results_validating", default=False)


@contextlib.contextmanager
def validating(on: bool = True) -> Iterator[None]:
    """Results made in the block are validated as they are made (:meth:`Result.make`)."""
    token = _VALIDATING.set(on)
    try:
        yield
    finally:
        _VALIDATING.reset(token)


class Result(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)

    @classmethod
    def make(cls, **values: Any) -> Self:
        """The result of these values, which the projection built of the declared types: taken as
        they are (``model_construct``), or validated inside :func:`validating`."""
        if _VALIDATING.get():
            return cls(**values)
        return cls.model_construct(**values)

    def dump(
        self,
        *,
        exclude: frozenset[str] | set[str] = frozenset(),
        exclude_none: bool = False,
        by_alias: bool = False,
    ) -> dict[str, Any]:
        """``model_dump(mode="json")`` with these options, in plain Python: the fields in their
        declared order, those marked ``exclude`` left out, dates and times in ISO 8601 (a time in
        UTC ending in ``Z``), nested results dumped alike (``exclude_none`` reaches into them,
        not into dictionaries' values)."""
        out: dict[str, Any] = {}
        values = self.__dict__
        for name, info in type(self).model_fields.items():
            if info.exclude or name in exclude:
                continue
            value = values[name]
            if value is None and exclude_none:
                continue
            key = (info.serialization_alias or info.alias or name) if by_alias else name
            out[key] = _plain(value, exclude_none, by_alias)
        return out


class ConditionEntry(Result):
    condition: str
    since: str
    until: str | None  # the last day, when fixed; null while open
    event: str
    takes_effect: str | None = None  # a notified withdrawal's first day without


class StatusEntry(Result):
    party: str
    name: str
    since: str
    event: str
    # the conditions on the status this day (suspended, withdrawal notified, ...); the key is
    # left out when there are none
    conditions: list[ConditionEntry] | None = None
    # a status a reform gave: the path before it, [{status, since}]; left out when none
    previously: list[dict[str, str]] | None = None
    via: str | None = None  # a continuation: the predecessor whose status it carries on (shown only then)
    succession: str | None = None


class StepEntry(Result):
    step: str
    date: str
    event: str


class PendingEntry(Result):
    """A procedure launched and not yet concluded (accession, withdrawal, a status upgrade)."""

    party: str
    name: str
    procedure: str
    status: str | None
    since: str
    event: str
    steps: list[StepEntry] = Field(default_factory=list)


class OfficeEntry(Result):
    name: str
    holder: str | None
    nationality: str | None = None
    term: str | None = None
    event: str | None = None
    status: Literal["held", "vacant", "ended", "uncertain"]


class PresidencyEntry(Result):
    party: str
    name: str
    since: str | None  # null: a giver named by the first recorded handover, its start unknown
    event: str


class ChairEntry(Result):
    """Who holds one rotating chair on the day; ``party`` null when the chair is vacant."""

    party: str | None
    name: str | None
    since: str | None
    until: str | None  # the last day of a fixed term
    event: str | None


class MeetingEntry(Result):
    body: str
    body_name: str
    date: str
    name: str | None = None
    place: str | None = None
    host: str | None = None
    event: str


class DocumentEntry(Result):
    document: str
    title: str
    kind: str
    date: str
    event: str
    in_force: str | None = None


class BodyEntry(Result):
    body: str
    name: str
    since: str | None
    event: str


class DatedEntry(Result):
    date: str
    event: str


class UncertainEntry(Result):
    """Something that may or may not hold on the day asked, because a date is imprecise or
    a party's status is not known.

    ``kind``: ``status``, ``status_unknown`` (a ``StatusUnknown`` spell covers the day: the
    party is neither certainly a holder of a status nor certainly without one; ``date`` is
    the spell's start), ``office``, ``presidency``, ``meeting_held``, ``document_adopted``,
    ``document_in_force``, ``body_established``, ``founded``, ``dissolved``.
    """

    kind: str
    date: str
    event: str
    reason: str | None = None  # e.g. "withdrawal due"
    party: str | None = None
    name: str | None = None
    status: str | None = None
    office: str | None = None
    person: str | None = None
    body: str | None = None
    document: str | None = None
    condition: str | None = None
    procedure: str | None = None
    chair: str | None = None


class State(Result):
    """The organization as of a day, as known at a record time."""

    org: str
    name: str | None
    as_of: dt.date
    known_at: dt.datetime | None
    founded: DatedEntry | None
    dissolved: DatedEntry | None
    # False when nothing about the organization had been recorded by known_at (a fact about the
    # record, not the world: the organization may well have been founded by as_of)
    recorded: bool = True
    ladder: list[str] = Field(exclude=True)
    statuses: dict[str, list[StatusEntry]] = Field(exclude=True)
    offices: dict[str, OfficeEntry]
    presidency: PresidencyEntry | None
    chairs: dict[str, ChairEntry] = Field(default_factory=dict)
    pending: list[PendingEntry] = Field(default_factory=list)
    upcoming_meetings: list[MeetingEntry]
    # scheduled, their dates certainly past, and no meeting recorded as held in them
    overdue_meetings: list[MeetingEntry] = Field(default_factory=list)
    meetings_held: list[MeetingEntry]
    documents_adopted: list[DocumentEntry]
    documents_in_force: list[DocumentEntry]
    agreements_not_in_force: list[DocumentEntry]
    bodies: list[BodyEntry]
    bodies_planned: list[BodyEntry]
    uncertain: list[UncertainEntry]
    # how far the record reaches: {until, declared}; beyond it the last known state carries on
    horizon: dict[str, str | None] = Field(default_factory=lambda: dict.fromkeys(("until", "declared")))
    beyond_horizon: bool = False
    # the organization's links in the store's registry ({same_as, succeeds, succeeded_by}), when it has any
    links: dict[str, Any] | None = None

    def to_json(self, *, by_pydantic: bool = False) -> dict[str, Any]:
        """The documented JSON shape: one key per status of the ladder, by its plural.

        ``by_pydantic``: each part dumped by pydantic's serializer instead of :meth:`dump` (the
        tests hold the two equal)."""

        def dump(model: Result, **options: Any) -> dict[str, Any]:
            return model.model_dump(mode="json", **options) if by_pydantic else model.dump(**options)

        body = dump(self, exclude_none=False)
        if body.get("links") is None:
            body.pop("links", None)  # an organization without links answers as before
        out: dict[str, Any] = {
            k: body.pop(k) for k in ("org", "name", "as_of", "known_at", "recorded", "founded", "dissolved")
        }
        for status in self.ladder:
            out[plural(status)] = [
                dump(
                    e,
                    exclude={
                        k for k in ("conditions", "previously", "via", "succession") if getattr(e, k) is None
                    },
                )
                for e in self.statuses.get(status, [])
            ]
        out["ladder"] = list(self.ladder)
        out.update(body)
        out["uncertain"] = [dump(u, exclude_none=True) for u in self.uncertain]
        return out


def _plain(value: Any, exclude_none: bool, by_alias: bool) -> Any:
    """A value as JSON mode dumps it (see :meth:`Result.dump`)."""
    if value is None or isinstance(value, str | bool | int | float):
        return value
    if isinstance(value, Result):
        return value.dump(exclude_none=exclude_none, by_alias=by_alias)
    if isinstance(value, dt.datetime):
        text = value.isoformat()
        return text[:-6] + "Z" if value.utcoffset() == dt.timedelta(0) else text
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {key: _plain(v, exclude_none, by_alias) for key, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v, exclude_none, by_alias) for v in value]
    if isinstance(value, BaseModel):  # an event: pydantic's own dump
        return value.model_dump(mode="json", exclude_none=exclude_none, by_alias=by_alias)
    raise TypeError(f"no JSON form for {type(value).__name__}")


class Change(Result):
    kind: str
    subject: str
    before: Any
    after: Any


class Diff(Result):
    org: str
    from_: dt.date = Field(serialization_alias="from")
    to: dt.date
    known_at: dt.datetime | None = None
    changes: list[Change]
    horizon: dict[str, str | None] = Field(default_factory=lambda: dict.fromkeys(("until", "declared")))
    beyond_horizon: bool = False  # the later day lies beyond the horizon

    def to_json(self) -> dict[str, Any]:
        return self.model_dump(mode="json", by_alias=True)


class OrgSummary(Result):
    org: str
    name: str
    founded: str
    events: int
    last_recorded_at: dt.datetime
