"""The engine: append decisions under the rules, and read them back.

:class:`Timeline` is the one place that knows the store. An append reads each
organization's stream once, checks the rules on the history as it would be
after the append, and saves the new events in one transaction, conditional on
the streams being unchanged (the library's optimistic concurrency); when
another writer got in between, it re-reads and re-checks, up to a bound. A
batch about parties alone reads, instead of the whole stream, its last stored
event and the decisions that bear on those parties from the index, and checks
the rules on those (:meth:`Timeline._scoped`, :func:`~igo_timeline.engine.rules.party_violations`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import difflib
import functools
import inspect
import random
import time
import weakref
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from eventsourcing.persistence import IntegrityError, MapperDeserialisationError, OperationalError
from pydantic import ValidationError

from igo_timeline.engine.chain import KEY_VARIABLE, KEYED, algorithm, chain_key
from igo_timeline.engine.registry import REGISTRY_ID, RegistryStream
from igo_timeline.engine.registry import check as registry_check
from igo_timeline.engine.registry import records_of as registry_records
from igo_timeline.engine.rules import (
    Violation,
    bears_on_parties,
    party_scope,
    party_violations,
    violations,
)
from igo_timeline.engine.screen import screen
from igo_timeline.engine.store import (
    UNREADABLE,
    AggregateNotFoundError,
    OrgStream,
    TimelineStore,
    created_topic,
    open_store,
    project,
    stream_id,
)
from igo_timeline.errors import RuleViolation, StoreError, UnknownEvent, UnknownOrganization
from igo_timeline.events.dates import extent, extents_in, prime
from igo_timeline.events.models import (
    EventBase,
    EventCorrected,
    EventRetracted,
    MeetingScheduled,
    OrganizationFounded,
    parse_event,
)
from igo_timeline.events.names import find, org_slug
from igo_timeline.events.parties import (
    TABLES_ALONE,
    Overlay,
    lineage_codes,
    naming,
    stands_during,
    stands_for,
    use_registry,
)
from igo_timeline.events.registry import (
    PartyAdded,
    Registry,
    RegistryEvent,
    RegistryRecord,
    parse_registry_event,
)
from igo_timeline.projections.effective import Effective, Record, decisions, effective_events, root_target

if TYPE_CHECKING:
    from igo_timeline.index import FactIndex
    from igo_timeline.projections.history import Diff, OrgNames
    from igo_timeline.projections.period import Period, PeriodState
    from igo_timeline.projections.results import State

DEFAULT_ATTEMPTS = 10
# the most events an append reads from the end of a stream beyond what the index has applied
# (more: it brings the index up to date first)
TAIL = 256


@dataclass
class AppendResult:
    """What an append did: the ids it recorded, and those already recorded."""

    added: list[str] = field(default_factory=list)
    known: list[str] = field(default_factory=list)
    recorded_at: dt.datetime | None = None
    # what was recorded but deserves a second look (a future decision), one line each
    warnings: list[str] = field(default_factory=list)


@dataclass
class _Scoped:
    """What an append about some parties reads instead of the whole stream (see Timeline._scoped)."""

    parties: set[str]
    decisions: list[Effective]  # every decision in force that bears on the parties
    last_stamp: dt.datetime  # the stream's last record time
    stored: dict[str, EventBase]  # the batch's events already recorded, as recorded


@dataclass
class _Stream:
    slug: str
    aggregate: OrgStream | None
    records: list[Record]
    scoped: _Scoped | None = None

    @property
    def last_stamp(self) -> dt.datetime | None:
        if self.scoped is not None:
            return self.scoped.last_stamp
        return self.records[-1].recorded_at if self.records else None


class Timeline:
    """An organization-agnostic timeline over one event store."""

    def __init__(self, location: str, *, attempts: int = DEFAULT_ATTEMPTS) -> None:
        self.location = location
        self.attempts = max(1, attempts)
        self.chain_key = chain_key()
        self.app: TimelineStore = open_store(location)
        self._index: FactIndex | None = None
        self._registry: Registry | None = None
        self._registry_records: list[RegistryRecord] = []
        self._registry_at = -1  # the store position the registry was read at
        # answers name parties by the registry as known at this time (None: now); see names_as_known
        self.names_at: dt.datetime | None = None
        self._overlay = TABLES_ALONE  # how this store names parties: its registry beside the tables
        self.refresh_registry()
        # outside any store's naming context, the store opened last names parties (a script that
        # opens one store and prints its answers); a weak reference: a closed store is let go
        own = weakref.WeakMethod(self._current_overlay)
        use_registry(lambda: method() if (method := own()) is not None else TABLES_ALONE)

    def close(self) -> None:
        self.app.close()

    def __enter__(self) -> Timeline:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- the registry of identities -----------------------------------------------------------
    def _registry_stream(self) -> RegistryStream | None:
        try:
            agg = self.app.repository.get(REGISTRY_ID, projector_func=project)
        except AggregateNotFoundError:
            return None
        except MapperDeserialisationError:
            raise StoreError(f"the store's registry {UNREADABLE}") from None
        assert isinstance(agg, RegistryStream)
        return agg

    def refresh_registry(self) -> Registry:
        """The store's registry (parties, names over time, links), re-read when the store moved on,
        and put in use for resolving and naming parties."""
        at = self.position()
        if self._registry is None or at != self._registry_at:
            agg = self._registry_stream()
            self._registry_records = registry_records(agg.records) if agg is not None else []
            self._registry = Registry.fold(self._registry_records)
            self._registry_at = at
            self._overlay = Overlay(self._names_registry())
        return self._registry

    def _current_overlay(self) -> Overlay:
        return self._overlay

    def naming(self) -> contextlib.AbstractContextManager[None]:
        """Resolve and name parties by this store's registry for the duration (in this thread or
        task only): what a caller prints of this store's answers names parties as the store does.
        Every method of the Timeline already answers in it."""
        return naming(self._current_overlay)

    def _names_registry(self) -> Registry:
        assert self._registry is not None
        return (
            self._registry if self.names_at is None else Registry.fold(self._registry_records, self.names_at)
        )

    def name_parties_as_known_at(self, known_at: dt.datetime | None) -> None:
        """Name parties by the registry as known at ``known_at`` from now on (a command's --known-at)."""
        self.names_at = known_at
        self.refresh_registry()
        self._overlay = Overlay(self._names_registry())

    def registry(self, known_at: dt.datetime | None = None) -> Registry:
        """The registry as known at a record time (now when None)."""
        current = self.refresh_registry()
        return current if known_at is None else Registry.fold(self._registry_records, known_at)

    @contextlib.contextmanager
    def names_as_known(self, known_at: dt.datetime | None) -> Iterator[None]:
        """Resolve and name parties with the registry as known at ``known_at`` (now when None) for
        the duration: an answer as known at a time names parties as they were known then."""
        self.refresh_registry()
        if known_at is None or known_at == self.names_at:
            with self.naming():
                yield
            return
        with naming(Registry.fold(self._registry_records, known_at)):
            yield

    def registry_records(self) -> list[RegistryRecord]:
        self.refresh_registry()
        return list(self._registry_records)

    def record_identities(self, items: Sequence[dict[str, Any] | RegistryEvent]) -> AppendResult:
        """Append facts to the registry, atomically, under its rules (see :mod:`igo_timeline.engine.registry`)."""
        self.refresh_registry()
        events: list[RegistryEvent] = []
        overlay = self._overlay
        for n, i in enumerate(items, start=1):
            with naming(overlay):
                ev = parse_registry_event(
                    i.model_dump(mode="json", exclude_none=True) if isinstance(i, RegistryEvent) else i,
                    item=n,
                )
            events.append(ev)
            if isinstance(ev, PartyAdded):  # the batch's later facts may name the party it adds
                stamp = _now()
                provisional = [RegistryRecord(e, stamp, -k) for k, e in enumerate(events, start=1)]
                overlay = Overlay(Registry.fold([*self._registry_records, *provisional]))
        for attempt in range(self.attempts):
            result = AppendResult()
            agg = self._registry_stream()
            stored = registry_records(agg.records) if agg is not None else []
            known = {r.event.id for r in stored}
            new: list[RegistryEvent] = []
            for ev in events:
                if ev.id in known or any(e.id == ev.id for e in new):
                    result.known.append(ev.id or "")
                else:
                    new.append(ev)
                    result.added.append(ev.id or "")
            if not new:
                return result
            registry_check(Registry.fold(stored), new, set(self.org_slugs()))
            stamp = _now()
            if stored and stamp <= stored[-1].recorded_at:
                stamp = stored[-1].recorded_at + dt.timedelta(microseconds=1)
            agg = agg or RegistryStream()
            for ev in new:
                agg.record(ev.model_dump(mode="json", exclude_none=True), stamp)
            try:
                self.app.save(agg)
            except (IntegrityError, OperationalError) as err:
                if isinstance(err, OperationalError) and not _is_contention(err):
                    raise StoreError(f"cannot write to store {self.location!r}: {err}") from None
                time.sleep(random.uniform(0, min(1.0, 0.01 * 2**attempt)))
                continue
            result.recorded_at = stamp
            self._registry = None
            self.refresh_registry()
            return result
        raise StoreError(
            f"could not append to the registry after {self.attempts} attempts; nothing was written"
        )

    def _registry_fact(self, prefix: str) -> RegistryRecord | None:
        """The registry's fact in force whose id starts with ``prefix`` (None: not the registry's)."""
        if len(prefix) < 4:
            return None
        hits = [r for i, r in self.refresh_registry().facts.items() if i.startswith(prefix)]
        if len(hits) > 1:
            raise UnknownEvent(
                f"event id {prefix!r} is ambiguous: {', '.join(h.event.id or '' for h in hits[:5])}"
            )
        return hits[0] if hits else None

    def succession(self, fact: dict[str, Any]) -> tuple[str, AppendResult]:
        """Record a succession of states (a ``SuccessionRecorded`` fact) with what it carries over:
        one atomic batch across the registry and every organization (see :mod:`igo_timeline.engine.succession`)."""
        from igo_timeline.engine.succession import plan_continuation, single_day
        from igo_timeline.events.registry import SuccessionRecorded

        self.refresh_registry()
        parsed = parse_registry_event({"type": "SuccessionRecorded", **fact}, item=1)
        assert isinstance(parsed, SuccessionRecorded)
        single_day(parsed.effective, "--on")
        registry_check(self.refresh_registry(), [parsed], set(self.org_slugs()))
        events = plan_continuation(self, parsed) if parsed.kind == "continuation" else []
        return parsed.id or "", self.append(events, identities=[parsed])

    def org_succession(self, fact: dict[str, Any]) -> tuple[str, AppendResult]:
        """Record that an organization succeeds another, with the statuses it carries over, atomically."""
        from igo_timeline.engine.succession import plan_org_succession
        from igo_timeline.events.registry import OrganizationSucceeded

        parsed = parse_registry_event({"type": "OrganizationSucceeded", **fact}, item=1)
        assert isinstance(parsed, OrganizationSucceeded)
        registry_check(self.refresh_registry(), [parsed], set(self.org_slugs()))
        return parsed.id or "", self.append(plan_org_succession(self, parsed), identities=[parsed])

    # -- reading -------------------------------------------------------------
    def position(self) -> int:
        """How far the store's log reaches (0 when empty): it grows with every append, by any writer.

        One indexed read: a reader that cached what it read at a position may
        reuse it while the position is unchanged.
        """
        return self.app.recorder.max_notification_id() or 0

    def org_slugs(self) -> list[str]:
        slugs = []
        start = 1
        recorder = self.app.recorder
        while True:
            page = recorder.select_notifications(start=start, limit=1000, topics=[created_topic()])
            for note in page:
                try:
                    created = self.app.mapper.to_domain_event(note)
                except Exception:  # a wrong or missing cipher key, or a row edited by hand
                    raise StoreError(f"the store's events {UNREADABLE}") from None
                slugs.append(created.slug)  # type: ignore[attr-defined]
            if len(page) < 1000:
                return sorted(slugs)
            start = page[-1].id + 1

    def _load(self, slug: str, *, validate: bool = True) -> _Stream:
        """The stream of ``slug`` replayed whole; each stored event validated again unless
        ``validate`` is False (a reader's path: built from its stored JSON as the index does)."""
        from igo_timeline.index.rows import construct

        try:
            agg: OrgStream = self.app.repository.get(stream_id(slug), projector_func=project)
        except AggregateNotFoundError:
            return _Stream(slug, None, [])
        except (IntegrityError, OperationalError) as err:
            if isinstance(err, IntegrityError) or _is_contention(err):
                raise  # contention: the append retries
            raise StoreError(f"stored stream of {slug!r} cannot be read ({err}); run igo verify") from None
        except MapperDeserialisationError:
            raise StoreError(f"the stored events of {slug!r} {UNREADABLE}") from None
        except Exception as err:  # a stream edited by hand may not replay; say so in one line
            raise StoreError(
                f"stored stream of {slug!r} does not read ({type(err).__name__}: {err}); run igo verify"
            ) from None
        assert isinstance(agg, OrgStream)
        records = []
        for payload, stamp, version, extents in agg.records:
            if extents:
                prime(extents)
            if not validate:
                records.append(Record(construct(payload), stamp, version))
                continue
            try:
                event = parse_event(payload)
            except RuleViolation as err:
                raise StoreError(f"stored event of {slug!r} no longer reads: {err}") from None
            records.append(Record(event, stamp, version))
        return _Stream(slug, agg, records)

    def _scoped(self, slug: str, batch: list[EventBase], carried: Collection[str] = ()) -> _Stream | None:
        """The stream of ``slug`` for an append of ``batch`` without replaying it, when the batch is
        about parties alone (rules.party_scope): the stream's last version, chain head and record
        time from its last stored event, and the decisions that bear on the parties from the index
        (FactIndex.scope), with what the stream holds beyond the index's last batch read from its
        end. The save stays conditional on that last version, so a writer that got in between
        still makes the append re-read and re-check. None when the whole stream must be read: a
        batch about more than parties, ids given by hand or already recorded, a new organization,
        an index this process would have to build first (in memory: an encrypted store), an
        index that cannot be brought to the stream, or a batch about a party that a continuation
        carries over (``carried``: its predecessors and successors)."""
        from igo_timeline.index.rows import construct

        parties = party_scope(batch)
        if (
            parties is None
            or not parties.isdisjoint(carried)
            or any(ev.id != ev.content_id() for ev in batch)
        ):
            return None
        index = self.index
        if not index.knows(slug) and (
            index.in_memory  # the index lives in this process only: not built just for an append
            or not self.app.recorder.select_events(stream_id(slug), limit=1)  # a new organization
        ):
            return None
        ids = [ev.id or "" for ev in batch]
        for attempt in range(2):
            if attempt:
                index.catch_up()  # far behind (or not yet built): once, then it stays near
            scope = index.scope(slug, parties, ids)
            if scope is None:
                continue
            read = self._tail(slug, scope.recorded_us)
            if read is None:
                continue
            aggregate, tail = read
            if aggregate is None:
                return None
            if any(isinstance(r.event, EventCorrected | EventRetracted) for r in tail):
                continue  # what is in force changed beyond the index: the index applies it first
            # a repeat of a stored decision is known as it was stored (its twin); one whose record
            # the index does not hold as stored is the whole record's to judge
            twins: dict[str, EventBase] = {r.event.id: r.event for r in tail if r.event.id in ids}
            for ident in ids:
                if ident in scope.known and ident not in twins:
                    payload = scope.known[ident]
                    if payload is None:
                        return None
                    twins[ident] = construct(payload)
            # the tail's decisions that bear on the parties join the index's (its others do not
            # change what the check reads: only a correction or retraction would)
            bearing = [
                *scope.decisions,
                *(Effective(r.event, r) for r in tail if bears_on_parties(r.event, parties)),
            ]
            return _Stream(slug, aggregate, [], _Scoped(parties, bearing, aggregate.modified_on, twins))
        return None

    def _tail(self, slug: str, recorded_us: int) -> tuple[OrgStream | None, list[Record]] | None:
        """The stream positioned at its last version (no records replayed), and its events recorded
        after ``recorded_us`` (the index's last batch of it), in record order; None when there are
        more than TAIL of them."""
        from igo_timeline.index.index import micros
        from igo_timeline.index.rows import construct

        sid = stream_id(slug)
        recorder, mapper = self.app.recorder, self.app.mapper
        try:
            newer: list[Any] = []
            for limit in (8, TAIL + 1):  # mostly a batch or two: a short page first
                stored = recorder.select_events(sid, desc=True, limit=limit)
                newer = []
                for item in stored:
                    domain: Any = mapper.to_domain_event(item)
                    if isinstance(domain, OrgStream.Created) or micros(domain.timestamp) <= recorded_us:
                        break
                    newer.append(domain)
                else:
                    if len(stored) == limit:
                        continue  # all newer than the index: read further
                break
            else:
                return None
            if not stored:
                return None, []
            last: Any = newer[0] if newer else mapper.to_domain_event(stored[0])
            created: Any = mapper.to_domain_event(recorder.select_events(sid, lte=1)[0])
        except MapperDeserialisationError:
            raise StoreError(f"the stored events of {slug!r} {UNREADABLE}") from None
        assert isinstance(created, OrgStream.Created)
        aggregate = created.mutate(None)
        assert isinstance(aggregate, OrgStream)
        if not isinstance(last, OrgStream.Created):
            aggregate.version = last.originator_version
            aggregate.modified_on = last.timestamp
            aggregate.head = last.link
        records = []
        for domain in reversed(newer):
            if domain.extents:
                prime(domain.extents)
            records.append(Record(construct(domain.event), domain.timestamp, domain.originator_version))
        return aggregate, records

    def stored_payloads(self, org: str) -> dict[int, dict[str, Any]]:
        """Each stored event's JSON exactly as stored, by its position (an event stored by an
        earlier release lacks the optional fields added since: the index's history rows keep it so)."""
        stream = self._load(org)
        if stream.aggregate is None:
            raise self._unknown_org(org)
        return {version: payload for payload, _stamp, version, _extents in stream.aggregate.records}

    def records(self, org: str, *, validate: bool = True) -> list[Record]:
        """Every stored event of the organization, in record order (found by a former name too).

        ``validate=False`` builds each event from its stored JSON without validating it again
        (it was validated when recorded), as the index does: for readers of whole stores
        (``igo export-cow``); the events are equal, and their dumps the same."""
        self.refresh_registry()  # its parties may be the registry's own
        load = self._load if validate else functools.partial(self._load, validate=False)
        stream = load(org_slug(org))
        if stream.aggregate is None:
            stream = load(self.resolve_org(org))
        return stream.records

    def resolve_org(self, name: str) -> str:
        """The slug of the organization ``name`` names: its slug, or any name it has had (its
        founding's, a rename's), whole or by its initials ("European Economic Community", "eec")."""
        slugs = self.org_slugs()
        if name in slugs:
            return name
        wanted = " ".join(name.split()).casefold()
        found = set()
        for slug in slugs:
            for ev in decisions(effective_events(self._load(slug).records)):
                if ev.type == "OrganizationFounded" or (
                    ev.type == "NameChanged"
                    and not getattr(ev, "office", None)
                    and not getattr(ev, "body", None)
                ):
                    full = " ".join(str(getattr(ev, "name", "")).split())
                    initials = "".join(w[0] for w in full.split() if w[:1].isupper())
                    if wanted in (full.casefold(), initials.casefold()):
                        found.add(slug)
        if len(found) == 1:
            return found.pop()
        raise self._unknown_org(name)

    def _unknown_org(self, org: str) -> UnknownOrganization:
        known = self.org_slugs()
        close = difflib.get_close_matches(org, known, n=3, cutoff=0.5)
        hint = (
            "; closest known: " + ", ".join(close)
            if close
            else ("; known: " + ", ".join(known[:10]) if known else "; the store holds no organization yet")
        )
        return UnknownOrganization(f"unknown organization {org!r}{hint}")

    def find(self, prefix: str) -> tuple[str, Record, list[Record]]:
        """The record whose id starts with ``prefix``, with the corrections and retractions of it."""
        if len(prefix) < 4:
            raise UnknownEvent(f"event id {prefix!r} is too short (give at least 4 characters)")
        hits: list[tuple[str, Record, list[Record]]] = []
        for org in self.org_slugs():
            records = self._load(org).records
            by_id = {r.event.id: r for r in records if r.event.id}
            for rec in records:
                if rec.event.id and rec.event.id.startswith(prefix):
                    about = [
                        r
                        for r in records
                        if isinstance(r.event, EventCorrected | EventRetracted)
                        and root_target(r.event.target, by_id) == rec.event.id
                    ]
                    hits.append((org, rec, about))
        if not hits:
            raise UnknownEvent(f"no event with id {prefix!r}")
        if len(hits) > 1:
            ids = ", ".join(h[1].event.id or "" for h in hits[:5])
            raise UnknownEvent(f"event id {prefix!r} is ambiguous: {ids}")
        return hits[0]

    # -- writing -------------------------------------------------------------
    def append(
        self, items: Sequence[dict[str, Any] | EventBase], identities: Sequence[RegistryEvent] = ()
    ) -> AppendResult:
        """Append a batch atomically: all its new events (and ``identities``, facts of the registry,
        in the same transaction), or nothing."""
        events = [self._parse(item, i) for i, item in enumerate(items, start=1)]
        last_error: Exception | None = None
        for attempt in range(self.attempts):
            try:
                return self._append_once(events, identities)
            except (IntegrityError, OperationalError) as err:
                if isinstance(err, OperationalError) and not _is_contention(err):
                    raise StoreError(f"cannot write to store {self.location!r}: {err}") from None
                last_error = err
                if attempt + 1 < self.attempts:
                    # jittered exponential backoff, capped: other writers got in between
                    time.sleep(random.uniform(0, min(1.0, 0.01 * 2**attempt)))
        orgs = ", ".join(sorted({e.org for e in events})) or "the registry"
        raise StoreError(
            f"could not append to {orgs} after {self.attempts} attempts: other writers kept "
            f"changing it ({type(last_error).__name__}); nothing was written"
        )

    @staticmethod
    def _parse(item: dict[str, Any] | EventBase, index: int) -> EventBase:
        if isinstance(item, EventBase):
            try:
                return parse_event(item.model_dump(mode="json", exclude_none=False), item=index)
            except ValidationError as err:  # pragma: no cover - a model always dumps valid data
                raise RuleViolation("invalid-event", str(err), item=index) from None
        screen(item, index)
        return parse_event(item, item=index)

    def _append_once(self, events: list[EventBase], identities: Sequence[RegistryEvent] = ()) -> AppendResult:
        result = AppendResult()
        stamp = _now()
        registry_agg: RegistryStream | None = None
        if identities:  # registry facts saved in the same transaction (a succession and its events)
            registry_agg = self._registry_stream()
            stored = registry_records(registry_agg.records) if registry_agg is not None else []
            known = {r.event.id for r in stored}
            fresh = [f for f in identities if f.id not in known]
            result.known += [f.id or "" for f in identities if f.id in known]
            registry_check(Registry.fold(stored), fresh, set(self.org_slugs()))
            if stored and stamp <= stored[-1].recorded_at:
                stamp = stored[-1].recorded_at + dt.timedelta(microseconds=1)
            registry_agg = registry_agg or RegistryStream()
            identities = fresh
        items = {id(ev): i for i, ev in enumerate(events, start=1)}
        streams: dict[str, _Stream] = {}
        # What a continuation carries into an organization (engine/succession.py) reads its whole
        # record; a batch about other parties leaves it as the last append left it (nothing more
        # to carry), and may be checked on its parties' decisions alone (see _scoped).
        carried = {
            party
            for s in self.refresh_registry().successions
            if s.kind == "continuation"
            for party in (*s.predecessors, *s.successors)
        }
        for ev in events:
            if ev.org not in streams:
                mine = [e for e in events if e.org == ev.org]
                scoped = None if identities else self._scoped(ev.org, mine, carried)
                streams[ev.org] = scoped or self._load(ev.org)
        # An organization's record times increase with its log positions, even when a clock
        # steps back: "as known at" a time is then a prefix of its stream (the index relies on it).
        latest = max((t for s in streams.values() if (t := s.last_stamp) is not None), default=None)
        if latest is not None and stamp <= latest:
            stamp = latest + dt.timedelta(microseconds=1)

        pending: dict[str, list[EventBase]] = {org: [] for org in streams}
        stored_ids = {
            org: s.scoped.stored if s.scoped is not None else {r.event.id: r.event for r in s.records}
            for org, s in streams.items()
        }
        batch_ids: dict[str, EventBase] = {}
        for ev in events:
            assert ev.id is not None
            twin = stored_ids[ev.org].get(ev.id) or batch_ids.get(ev.id)
            if twin is not None:
                if twin.content() != ev.content():
                    raise RuleViolation(
                        "id-clash",
                        f"id {ev.id} is already recorded with other content",
                        event_type=ev.type,
                        event_id=ev.id,
                        item=items[id(ev)],
                    )
                if ev.id not in result.known and ev.id not in result.added:
                    result.known.append(ev.id)
                continue
            batch_ids[ev.id] = ev
            pending[ev.org].append(ev)
            result.added.append(ev.id)

        if not identities:
            self._carry_continuations(streams, pending, stamp, result)
        to_save = []
        for org, new in pending.items():
            if not new:
                continue
            stream = streams[org]
            if stream.aggregate is None and not any(isinstance(e, OrganizationFounded) for e in new):
                first = new[0]
                raise RuleViolation(
                    "unknown-organization",
                    f"{self._unknown_org(org)} (record its OrganizationFounded event first)",
                    event_type=first.type,
                    event_id=first.id,
                    item=items[id(first)],
                )
            self._check(stream, new, stamp, items)
            agg: OrgStream = stream.aggregate or OrgStream(org)
            self._check_chain_mode(agg)
            for ev in new:
                payload = ev.model_dump(mode="json")
                agg.record(payload, stamp, extents_in(payload), self.chain_key)
            to_save.append(agg)
        if identities:
            assert registry_agg is not None
            for fact in identities:
                registry_agg.record(fact.model_dump(mode="json", exclude_none=True), stamp)
                result.added.append(fact.id or "")
            to_save.append(registry_agg)  # type: ignore[arg-type]
        if to_save:
            self.app.save(*to_save)
            result.recorded_at = stamp
            result.warnings = [
                line for org in pending for ev in pending[org] if (line := future_decision(ev, stamp))
            ]
            if identities:
                self._registry = None
                self.refresh_registry()
        return result

    def _carry_continuations(
        self,
        streams: dict[str, _Stream],
        pending: dict[str, list[EventBase]],
        stamp: dt.datetime,
        result: AppendResult,
    ) -> None:
        """Add to the batch what the store's continuations carry into its organizations and they
        lack (an organization imported after the USSR -> Russia continuation gets it then)."""
        registry = self.refresh_registry()
        if not any(s.kind == "continuation" for s in registry.successions):
            return
        from igo_timeline.engine.succession import carried_into

        for org, new in pending.items():
            if not new or streams[org].scoped is not None:
                continue  # (a batch about other parties than the continuations': nothing to carry)
            start = max((r.position for r in streams[org].records), default=0) + 1
            records = [*streams[org].records, *(Record(ev, stamp, start + k) for k, ev in enumerate(new))]
            for item in carried_into(registry, org, records):
                ev = parse_event(item)
                if ev.id not in result.added:
                    new.append(ev)
                    result.added.append(ev.id or "")

    def _check_chain_mode(self, agg: OrgStream) -> None:
        """A chain is keyed (IGO_CHAIN_KEY) or not from its first event: never mixed."""
        if agg.head is None:
            return
        keyed = algorithm(agg.head) == KEYED
        if keyed and self.chain_key is None:
            raise StoreError(
                f"the chain of {agg.slug!r} is keyed (hmac-sha256): set {KEY_VARIABLE} to append to it"
            )
        if not keyed and self.chain_key is not None:
            raise StoreError(
                f"the chain of {agg.slug!r} is not keyed: unset {KEY_VARIABLE} to append to it "
                "(a store is keyed, or not, from its first event)"
            )

    def _check(
        self, stream: _Stream, new: list[EventBase], stamp: dt.datetime, items: dict[int, int]
    ) -> None:
        if stream.scoped is not None:
            self._check_scoped(stream, new, stamp, items)
            return
        existing = stream.records
        by_id: dict[str, Record] = {r.event.id: r for r in existing if r.event.id}
        for ev in new:
            by_id.setdefault(ev.id or "", Record(ev, stamp, 0))
        start = max((r.position for r in existing), default=0) + 1
        added = [Record(ev, stamp, start + k) for k, ev in enumerate(new)]
        touched: dict[str, EventBase] = {}
        retracted = {
            root_target(r.event.target, by_id) for r in existing if isinstance(r.event, EventRetracted)
        }
        for ev in new:
            touched[ev.id or ""] = ev
            if isinstance(ev, EventCorrected | EventRetracted):
                self._check_target(ev, by_id, retracted, items)
                target = root_target(ev.target, by_id)
                touched[target] = ev
                if isinstance(ev, EventRetracted):
                    retracted.add(target)

        after = violations(decisions(effective_events([*existing, *added])))
        if not after:
            return
        # what the stored history already breaks is not the new events' fault: only needed now
        before = {v.key for v in violations(decisions(effective_events(existing)))} if existing else set()
        self._refuse(after, before, touched, new, items)

    def _check_scoped(
        self, stream: _Stream, new: list[EventBase], stamp: dt.datetime, items: dict[int, int]
    ) -> None:
        """The rules on the decisions that bear on the batch's parties alone (rules.party_violations):
        the whole history's verdict, for a batch about parties' statuses, conditions and procedures."""
        scoped = stream.scoped
        assert scoped is not None and stream.aggregate is not None
        start = stream.aggregate.version + 1
        added = [Effective(ev, Record(ev, stamp, start + k)) for k, ev in enumerate(new)]
        existing = sorted(scoped.decisions, key=lambda e: e.sort_key)
        after = party_violations(
            decisions(sorted([*existing, *added], key=lambda e: e.sort_key)), scoped.parties
        )
        if not after:
            return
        before = {v.key for v in party_violations(decisions(existing), scoped.parties)}
        self._refuse(after, before, {ev.id or "": ev for ev in new}, new, items)

    @staticmethod
    def _refuse(
        after: list[Violation],
        before: set[tuple[str, str | None, str | None]],
        touched: dict[str, EventBase],
        new: list[EventBase],
        items: dict[int, int],
    ) -> None:
        """Raise the first violation the batch adds to those already there (none: return)."""
        fresh = [v for v in after if v.key not in before]
        if not fresh:
            return
        chosen = next(
            (v for v in fresh if v.event.id in touched or (v.other is not None and v.other.id in touched)),
            fresh[0],
        )
        culprit = (
            touched.get(chosen.event.id or "")
            or (touched.get(chosen.other.id or "") if chosen.other is not None else None)
            or new[0]
        )
        detail = chosen.detail
        if culprit is not chosen.event and culprit.id != chosen.event.id:
            detail = f"{detail} (breaks stored {chosen.event.type} {(chosen.event.id or '-')[:8]})"
        raise RuleViolation(
            chosen.rule, detail, event_type=culprit.type, event_id=culprit.id, item=items.get(id(culprit))
        )

    @staticmethod
    def _check_target(
        ev: EventCorrected | EventRetracted,
        by_id: dict[Any, Record],
        retracted: set[str],
        items: dict[int, int],
    ) -> None:
        def fail(rule: str, detail: str) -> RuleViolation:
            return RuleViolation(rule, detail, event_type=ev.type, event_id=ev.id, item=items.get(id(ev)))

        if ev.target not in by_id:
            raise fail("unknown-target", f"{ev.org!r} has no event {ev.target!r}")
        if isinstance(by_id[ev.target].event, EventRetracted):
            raise fail(
                "invalid-target", f"{ev.target[:8]} is a retraction; it cannot be corrected or retracted"
            )
        root = root_target(ev.target, by_id)
        if root in retracted:
            raise fail("already-retracted", f"event {root[:8]} is retracted")
        if isinstance(ev, EventCorrected) and ev.event.type != by_id[root].event.type:
            raise fail(
                "type-changed",
                f"a correction keeps the event's type ({by_id[root].event.type}); retract it and record a new event instead",
            )

    # -- conveniences ----------------------------------------------------------
    def correct(
        self, target: str, corrected: dict[str, Any], reason: str, source: dict[str, Any] | None = None
    ) -> AppendResult:
        """Correct an event: the fields given replace those of its current version."""
        fact = self._registry_fact(target)
        if fact is not None:  # a fact of the registry of identities
            body = {**fact.event.model_dump(mode="json", exclude_none=True), **corrected}
            body.pop("id", None)
            fix: dict[str, Any] = {
                "type": "RegistryCorrected",
                "target": fact.event.id,
                "event": body,
                "reason": reason,
            }
            if source:
                fix["source"] = source
            return self.record_identities([fix])
        org, rec, _ = self.find(target)
        current = next(
            (e.event for e in effective_events(self.records(org)) if e.event.id == rec.event.id), rec.event
        )
        if corrected.get("type", current.type) != current.type:
            body = dict(corrected)  # another type: a whole event, which the rules then refuse
        else:
            body = {**current.model_dump(mode="json", exclude_none=True), **corrected}
        body.pop("id", None)
        item: dict[str, Any] = {
            "type": "EventCorrected",
            "org": org,
            "target": rec.event.id,
            "event": body,
            "reason": reason,
        }
        if source:
            item["source"] = source
        return self.append([item])

    def retract(self, target: str, reason: str, source: dict[str, Any] | None = None) -> AppendResult:
        fact = self._registry_fact(target)
        if fact is not None:
            item_: dict[str, Any] = {"type": "RegistryRetracted", "target": fact.event.id, "reason": reason}
            if source:
                item_["source"] = source
            return self.record_identities([item_])
        org, rec, _ = self.find(target)
        item: dict[str, Any] = {
            "type": "EventRetracted",
            "org": org,
            "target": rec.event.id,
            "reason": reason,
        }
        if source:
            item["source"] = source
        return self.append([item])

    # -- the index -----------------------------------------------------------------
    @property
    def index(self) -> FactIndex:
        """The materialized bitemporal index of this store (created on first use)."""
        if self._index is None:
            from igo_timeline.index import FactIndex

            try:
                self._index = FactIndex(self.app)
            except (IntegrityError, OperationalError) as err:
                raise StoreError(f"cannot open the index of store {self.location!r}: {err}") from None
        return self._index

    def state(self, org: str, as_of: dt.date, known_at: dt.datetime | None = None) -> State:
        """The organization's state as of a day (as known at a time), from the index brought up to date."""
        org = org_slug(org)
        index = self.index
        index.catch_up()
        if not index.knows(org):
            org = self.resolve_org(org)
        with self.names_as_known(known_at):  # names in force, from the registry as known then
            answer = index.state(org, as_of, known_at)
        if answer.founded is None and known_at is not None:
            # not founded by as_of, or not recorded by known_at: the first record time tells
            first = self.records(org)[0].recorded_at
            if first > known_at:
                answer = answer.model_copy(update={"recorded": False})
        if links := org_links(self.registry(known_at), org):
            answer = answer.model_copy(update={"links": links})
        return answer

    def period_state(
        self, org: str, period: Period, known_at: dt.datetime | None = None
    ) -> State | PeriodState:
        """The state over a period (a year, a month): what held on every day of it, what held on
        some days only, and what changed within it; a period of one day is that day's state."""
        from igo_timeline.projections.period import period_state

        org = org_slug(org)
        if period.is_day:
            return self.state(org, period.start, known_at)
        events = [e.event for e in self.history(org, start=period.start, end=period.end, known_at=known_at)]
        return period_state(period, lambda day: self.state(org, day, known_at), events)

    def org_names(self, org: str, known_at: dt.datetime | None = None) -> OrgNames:
        """The organization's names over time (its founding's, then its renames), from the index."""
        from igo_timeline.projections.history import OrgNames

        org = org_slug(org)
        index = self.index
        index.catch_up()
        if not index.knows(org):
            org = self.resolve_org(org)
        return OrgNames.of(
            e.event
            for e in index.history(org, known_at=known_at)
            if e.event.type in ("OrganizationFounded", "NameChanged")
        )

    def history(
        self,
        org: str,
        *,
        party: str | None = None,
        office: str | None = None,
        start: dt.date | None = None,
        end: dt.date | None = None,
        known_at: dt.datetime | None = None,
    ) -> list[Effective]:
        """The decisions in force (as known at), in valid-time order, filtered: from the index."""
        org = org_slug(org)
        self.refresh_registry()
        index = self.index
        index.catch_up()
        if not index.knows(org):
            org = self.resolve_org(org)
        if office is not None:  # named as the organization's record names it (slug or title)
            current = effective_events(self.records(org))
            office = find("office", office, (e.event for e in current), where=org)
        found = index.history(org, start=start, end=end, known_at=known_at)
        registry = self.refresh_registry()
        if party is not None:
            # across the organization's links: a party's history runs on from a predecessor's
            # events up to the succession's day, into a successor's from it (Morocco: left the OAU
            # in 1984, joined the AU in 2017), and holds an organization's linked as the same
            for other, lo, hi, _link in linked_orgs(registry, org):
                if index.knows(other):
                    found += [
                        e
                        for e in index.history(other, start=start, end=end, known_at=known_at)
                        if _within(e.event, lo, hi)
                    ]
            found.sort(key=lambda e: e.sort_key)
        return [e for e in found if self._about_party(e.event, party, office, registry)]

    @staticmethod
    def _about_party(ev: EventBase, party: str | None, office: str | None, registry: Registry) -> bool:
        """Whether ``history --party`` lists the event: it names the party, a COW column standing
        for it that day, or a state it continues or succeeds (the USSR's events, for Russia)."""
        from igo_timeline.projections.history import concerns

        if party is None:
            return concerns(ev, None, office)
        before = registry.predecessors(party)
        if before:
            return concerns(ev, None, office) and any(_names_party(ev, p) for p in {party, *before})
        if lineage_codes(party):
            return concerns(ev, None, office) and _names_party(ev, party)
        return concerns(ev, party, office)

    def replay(
        self,
        org: str,
        *,
        party: str | None = None,
        start: dt.date | None = None,
        end: dt.date | None = None,
        known_at: dt.datetime | None = None,
    ) -> Iterator[tuple[Effective, list[Any]]]:
        """Each event of ORG in valid-time order with what it changed in its organization's state;
        with a party, only the events ``history --party`` lists, across the same links (each
        event's changes are those of its own organization)."""
        from igo_timeline.projections.history import replay as replay_of

        org = self.resolve_org(org) if org_slug(org) not in self.org_slugs() else org_slug(org)
        if party is None:  # step by step, each step in this store's naming
            each = replay_of(org, self.records(org), start=start, end=end, known_at=known_at)
            while True:
                with self.naming():
                    step = next(each, None)
                if step is None:
                    return
                yield step
        registry = self.refresh_registry()
        steps: list[tuple[Effective, list[Any]]] = []
        slugs = set(self.org_slugs())
        for other, lo, hi, _link in [(org, None, None, "self"), *linked_orgs(registry, org)]:
            if other not in slugs:
                continue
            with self.naming():
                steps += [
                    (eff, changes)
                    for eff, changes in replay_of(
                        other,
                        self.records(other),
                        start=start,
                        end=end,
                        known_at=known_at,
                        only=functools.partial(_kept, lo=lo, hi=hi, party=party, registry=registry),
                    )
                ]
        steps.sort(key=lambda step: step[0].sort_key)
        yield from steps

    def diff(self, org: str, first: dt.date, second: dt.date, known_at: dt.datetime | None = None) -> Diff:
        """What changed in the organization's state between two days, from the index."""
        from igo_timeline.projections.history import Diff, diff_states

        org = org_slug(org)
        before, after = self.state(org, first, known_at), self.state(org, second, known_at)
        changes = diff_states(before, after)
        beyond = before.beyond_horizon or after.beyond_horizon
        return Diff(
            org=org,
            from_=first,
            to=second,
            known_at=known_at,
            changes=changes,
            horizon=after.horizon,
            beyond_horizon=beyond,
        )

    def all_records(self) -> Iterable[tuple[str, list[Record]]]:
        for org in self.org_slugs():
            with self.naming():
                records = self._load(org).records
            yield org, records


def _in_own_naming(cls: type[Timeline]) -> type[Timeline]:
    """Each public method of the Timeline resolves and names parties by its own store's registry,
    whatever other store is open in the process."""
    for name, member in list(vars(cls).items()):
        if name.startswith("_") or name in _NOT_WRAPPED or not inspect.isfunction(member):
            continue
        if inspect.isgeneratorfunction(member):
            continue  # a generator names in its own steps (all_records)

        def wrapped(self: Timeline, *args: Any, __method: Any = member, **kwargs: Any) -> Any:
            with naming(self._current_overlay):
                return __method(self, *args, **kwargs)

        functools.update_wrapper(wrapped, member)
        setattr(cls, name, wrapped)
    return cls


_NOT_WRAPPED = frozenset({"close", "naming", "names_as_known"})
_in_own_naming(Timeline)


def future_decision(ev: EventBase, recorded_at: dt.datetime) -> str | None:
    """A warning when ``ev`` decides something whose earliest valid day is more than a year after
    its record time (a typo such as 2099 for 2009, or a decision not taken yet); None otherwise.

    A scheduled meeting is in the future by nature: exempt. A correction is judged by the event it
    puts in place."""
    decision = ev.event if isinstance(ev, EventCorrected) else ev
    if isinstance(decision, MeetingScheduled) or isinstance(ev, EventRetracted):
        return None
    span = decision.valid_extent
    if span is None:
        return None
    today, horizon = _horizon(recorded_at)
    if span.start_earliest <= horizon:
        return None
    return (
        f"{ev.type} {(ev.id or '-')[:8]} is a future decision: its valid time {decision.valid_time} "
        f"starts more than a year after it was recorded ({today.isoformat()}); recorded all the same"
    )


@functools.lru_cache(maxsize=8)
def _horizon(recorded_at: dt.datetime) -> tuple[dt.date, dt.date]:
    """The record time's day (UTC) and a year after it (a batch's events share one record time)."""
    today = recorded_at.astimezone(dt.UTC).date()
    return today, _a_year_after(today)


def _a_year_after(day: dt.date) -> dt.date:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year + 1, day=28)


def org_links(registry: Registry, org: str) -> dict[str, Any] | None:
    """The organization's links, as ``igo orgs`` lists them (None: it has none)."""
    links = {
        "same_as": sorted(registry.same_as(org) - {org}),
        "succeeds": [
            {"org": s.predecessor, "on": s.effective} for s in registry.org_successions if s.org == org
        ],
        "succeeded_by": [
            {"org": s.org, "on": s.effective} for s in registry.org_successions if s.predecessor == org
        ],
    }
    return links if any(links.values()) else None


def linked_orgs(registry: Registry, org: str) -> list[tuple[str, dt.date | None, dt.date | None, str]]:
    """The organizations linked to ``org``, each with the days of it that count for ``org``
    (first day or None, first day after or None) and the link: each organization it succeeds
    (transitively), up to the succession's day; each that succeeds it (transitively), from that
    day; each linked as the same (``igo org link``), whole."""
    out: list[tuple[str, dt.date | None, dt.date | None, str]] = []
    seen = {org}
    todo = [org]
    while todo:  # predecessors, up to the first day of the successor
        current = todo.pop()
        for s in registry.org_successions:
            if s.org == current and s.predecessor not in seen:
                seen.add(s.predecessor)
                out.append((s.predecessor, None, extent(s.effective).start_earliest, "predecessor"))
                todo.append(s.predecessor)
    todo = [org]
    while todo:  # successors, from the succession's day
        current = todo.pop()
        for s in registry.org_successions:
            if s.predecessor == current and s.org not in seen:
                seen.add(s.org)
                out.append((s.org, extent(s.effective).start_earliest, None, "successor"))
                todo.append(s.org)
    out += [(other, None, None, "same_as") for other in sorted(registry.same_as(org) - seen)]
    return out


def _kept(ev: EventBase, *, lo: dt.date | None, hi: dt.date | None, party: str, registry: Registry) -> bool:
    """Whether ``replay --party`` keeps an event of an organization linked on those days."""
    return _within(ev, lo, hi) and Timeline._about_party(ev, party, None, registry)


def _within(ev: EventBase, lo: dt.date | None, hi: dt.date | None) -> bool:
    """Whether an event of a linked organization counts: it may fall on a day from ``lo`` (None:
    any) and before ``hi`` (None: any)."""
    ext = ev.valid_extent
    if ext is None:
        return True
    return (hi is None or ext.start_earliest < hi) and (lo is None or ext.end_latest >= lo)


def _names_party(ev: EventBase, party: str) -> bool:
    """Whether the event names the party, itself or by a COW column standing for it on a day the
    event's dates leave open (COW's "1990" row of yemen: Yemen from 1990-05-22)."""
    found = ev.parties()
    if party in found:
        return True
    ext = ev.valid_extent
    if ext is None:
        return any(stands_for(p, party, None) for p in found if p.startswith("cow:"))
    lo, hi = ext.start_earliest, max(ext.start_latest, ext.start_earliest)
    return any(stands_during(p, party, lo, hi) for p in found if p.startswith("cow:"))


def _now() -> dt.datetime:
    """The record time of an append (a function, so tests can turn the clock back)."""
    return dt.datetime.now(dt.UTC)


def _is_contention(err: Exception) -> bool:
    """SQLite's "database is locked"/"busy": another writer holds the file; worth a retry."""
    text = str(err).lower()
    return "locked" in text or "busy" in text
