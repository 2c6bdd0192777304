"""The materialized bitemporal index: a projection of the store's notification log.

Each fact row is a rectangle in (valid time x record time): the days it is
relevant on (see :mod:`igo_timeline.index.rows`) times the log positions from
the append that made it to the append that superseded it. An as-of question
is a point, answered by the tree in O(log n + answer) without replaying the
log.

The projection is kept current by a pull loop (the library's
``ProjectionRunner`` needs subscriptions, which SQLite lacks): it reads the
notifications after its tracking position, folds each organization's new
batch into that organization's facts, writes the rows that changed and the new
tracking position in one transaction per 10,000 events or so, exactly once: a writer that
finds the tracking position moved (another process caught up first) drops
what it computed and starts again from the new position. Every query first
catches up, so a query after an append sees the append. ``rebuild`` empties
the tables and replays the whole log.

Record time: a batch's rows start at the position of its last notification;
``known_at`` maps to the last batch of the organization recorded by then (the
engine keeps an organization's record times increasing with its log
positions, so that is exactly what the fold filters on).
"""

from __future__ import annotations

import datetime as dt
import gc
import json
import threading
from collections import OrderedDict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from uuid import UUID

from eventsourcing.persistence import IntegrityError, OperationalError

from igo_timeline.engine.store import UNREADABLE, OrgStream, is_registry_event, project, stream_id
from igo_timeline.errors import StoreError
from igo_timeline.events.dates import prime
from igo_timeline.events.models import EventCorrected, EventRetracted
from igo_timeline.index.backends import MAX_POS, TABLES, Box, IndexDb, PostgresIndexDb, SqliteIndexDb
from igo_timeline.index.rows import (
    FUTURE,
    PAST,
    Decision,
    Payloads,
    Piece,
    assemble,
    decode,
    decode_event,
    event_rows,
    fact_rows,
    groups_of,
    lean,
)
from igo_timeline.projections.effective import (
    Effective,
    EffectiveHistory,
    Record,
    decisions,
    effective_events,
    root_target,
)
from igo_timeline.projections.facts import Horizon, build_facts, horizon_of, horizon_part
from igo_timeline.projections.results import State
from igo_timeline.projections.state import state_from_facts

if TYPE_CHECKING:
    from igo_timeline.engine.store import TimelineStore

FORMAT = 9  # the rows' format: a stored index of another format is rebuilt
NAME = "facts"
PAGE = 2000  # notifications read at a time
WRITE_EVENTS = 10_000  # events applied before a transaction writes them (a long catch-up commits seldom)
CACHED_RECORDS = 50_000  # records kept in memory across organizations while catching up
KEPT_PAYLOADS = 5_000  # events whose row JSON an organization keeps across its batches
KEPT_ROWS = 20_000  # ... and rows (see rows.fact_rows)
DECODED = 50_000  # decoded rows kept for queries (rows never change once written)
_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


class _Conflict(Exception):
    """Another process moved the index on while this one computed."""


def micros(stamp: dt.datetime) -> int:
    return (stamp - _EPOCH) // dt.timedelta(microseconds=1)


@dataclass
class _Org:
    num: int
    slug: str
    history: EffectiveHistory = field(default_factory=EffectiveHistory)  # its records, the decisions in force
    version: int = 1  # the stream version the records reach (1: the creation only)
    # per table, the current rows: digest -> (id, day_lo, day_hi, pos_lo)
    open: dict[str, dict[str, tuple[int, int, int, int, str]]] | None = None  # ... and group
    grouped: dict[str, dict[str, set[str]]] | None = None  # per table, the current rows' digests by group
    payloads: Payloads = field(default_factory=Payloads)
    full: dict[int, dict[str, Any]] = field(default_factory=dict)  # the batch's stored payloads, by position
    # what the decisions in force bear on, kept with them (see track): a batch reads only the
    # decisions of the groups it touches, never the whole history
    groups: dict[str, set[str]] = field(default_factory=dict)  # group -> ids of the decisions bearing on it
    everywhere: set[str] = field(default_factory=set)  # ids of decisions bearing on every group
    links: dict[str, tuple[str, str]] = field(default_factory=dict)  # id -> (party group, continued party's)
    order: dict[str, list[int]] = field(default_factory=dict)  # id -> [first day, position]: a row's "o"
    parts: dict[str, tuple[dt.date | None, dt.date | None]] = field(default_factory=dict)  # horizon shares
    reach: dt.date | None = None
    declared: dt.date | None = None
    tracked: bool = True  # whether the bookkeeping above is in line with the history

    @property
    def records(self) -> list[Record]:
        return self.history.records

    def track(self, changed: dict[str, Effective | None]) -> None:
        """Bring the bookkeeping in line with the decisions that changed (see EffectiveHistory.extend)."""
        current = self.history.current
        if not self.tracked:  # left behind by a batch that bore on every group: made anew, once
            self.groups, self.everywhere, self.links, self.order, self.parts = {}, set(), {}, {}, {}
            self.reach = self.declared = None
            self.tracked = True
            changed = dict.fromkeys(current)
        shrank = False
        for ident, old in changed.items():
            if old is not None:
                self._untrack(ident, old)
                shrank = True
            new = current.get(ident)
            if new is not None:
                self._track(ident, new)
        if shrank:  # a share gone or changed: the latest of those left
            days = [d for d, _ in self.parts.values() if d is not None]
            covers = [c for _, c in self.parts.values() if c is not None]
            self.reach = max(days) if days else None
            self.declared = max(covers) if covers else None

    def _track(self, ident: str, eff: Effective) -> None:
        ev = eff.event
        mine = groups_of(ev)
        if mine is None:
            self.everywhere.add(ident)
        else:
            for group in mine:
                self.groups.setdefault(group, set()).add(ident)
        if cont := getattr(ev, "continues", None):
            self.links[ident] = (f"party:{getattr(ev, 'party', '')}", f"party:{cont}")
        first, position, _ = eff.sort_key
        self.order[ident] = [first.toordinal(), position]
        day, covered = self.parts[ident] = horizon_part(ev)
        if day is not None and (self.reach is None or day > self.reach):
            self.reach = day
        if covered is not None and (self.declared is None or covered > self.declared):
            self.declared = covered

    def _untrack(self, ident: str, eff: Effective) -> None:
        mine = groups_of(eff.event)
        if mine is None:
            self.everywhere.discard(ident)
        else:
            for group in mine:
                self.groups[group].discard(ident)
        self.links.pop(ident, None)
        self.order.pop(ident, None)
        self.parts.pop(ident, None)

    def bearing_on(self, groups: set[str]) -> set[str]:
        """The ids of the decisions in force that bear on any of these groups."""
        out = set(self.everywhere)
        for group in groups:
            out |= self.groups.get(group, set())
        return out


@dataclass
class _Rows:
    """What one page writes to one table."""

    rows: list[tuple[int, int, str, int, int, int, int, str, str]] = field(default_factory=list)
    boxes: list[Box] = field(default_factory=list)
    closed: list[Box] = field(default_factory=list)


@dataclass
class _Work:
    """What one page writes."""

    orgs: list[tuple[int, str, str]] = field(default_factory=list)
    tables: dict[str, _Rows] = field(default_factory=lambda: {t: _Rows() for t in TABLES})
    batches: list[tuple[int, int, int]] = field(default_factory=list)
    events: int = 0


@dataclass
class Scope:
    """What an append about some parties reads from the index (see :meth:`FactIndex.scope`)."""

    recorded_us: int  # the record time of the organization's last batch the index has applied
    decisions: list[Effective]  # in force at that batch, in no particular order
    # of the ids asked about, those the index has held as decisions: each one's payload as stored
    # (None: corrected in the batch that recorded it)
    known: dict[str, dict[str, Any] | None]


def _holds_event(key: str) -> bool:
    """Whether this key of a fact row's body holds an event (see rows.fact_rows): the event, what
    ended it, what vacated a term, a procedure's steps."""
    return key in ("e", "n", "v") or (key[:1] == "s" and key[1:].isdigit())


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Day ranges (ordinals), overlapping or adjacent ones merged."""
    out: list[tuple[int, int]] = []
    for lo, hi in sorted(s for s in spans if s[0] <= s[1]):
        if out and lo <= out[-1][1] + 1:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def _chunks(values: Sequence[str], size: int = 500) -> Iterator[Sequence[str]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


class FactIndex:
    """The index of one store (see the module's docstring)."""

    def __init__(self, app: TimelineStore) -> None:
        self.app = app
        recorder = app.recorder
        datastore = getattr(recorder, "datastore", None)
        if datastore is None or getattr(app.mapper, "cipher", None) is not None:
            # in memory: the store's own events, or encrypted ones whose facts must not be
            # written out in the clear (the index is rebuilt from the log in each process)
            self.db: IndexDb = SqliteIndexDb(None)
        elif type(datastore).__name__.startswith("Postgres"):
            self.db = PostgresIndexDb(datastore)
        else:
            self.db = SqliteIndexDb(datastore)
        self._lock = threading.RLock()
        self._orgs: OrderedDict[str, _Org] = OrderedDict()  # by stream id, most recent last
        self._nums: dict[str, int] | None = None  # slug -> number
        self._slugs_for: dict[str, int] | None = None  # the numbering _slugs was made from
        self._slugs: dict[int, str] = {}  # number -> slug
        self._decoded: OrderedDict[int, Piece] = OrderedDict()
        self._decoded_events: OrderedDict[int, Decision] = OrderedDict()
        self._applied = 0
        self._generation: int | None = None  # the tracking generation the caches belong to
        self.db.setup()

    # -- tracking ------------------------------------------------------------------
    def _tracking(self) -> tuple[int, int, int]:
        with self.db.read() as cur:
            cur.execute(
                self.db.sql("SELECT position, generation, format FROM igo_index_tracking WHERE name = ?"),
                (NAME,),
            )
            row = cur.fetchone()
        if row is None:
            with self.db.write() as cur:
                cur.execute(
                    self.db.sql(
                        "INSERT INTO igo_index_tracking (name, position, generation, format) "
                        "VALUES (?, 0, 0, ?) ON CONFLICT (name) DO NOTHING"
                    ),
                    (NAME, FORMAT),
                )
            return self._tracking()
        return int(row[0]), int(row[1]), int(row[2])

    def position(self) -> int:
        """The last notification the index has applied."""
        return self._tracking()[0]

    # -- keeping current -------------------------------------------------------------
    def catch_up(self) -> int:
        """Apply every notification after the tracking position; return how many events were applied."""
        # A long catch-up allocates many small objects that live until the end: the cyclic
        # collector would rescan them again and again (it makes no cycles to collect).
        paused = gc.isenabled()
        gc.disable()
        try:
            return self._catch_up()
        finally:
            if paused:
                gc.enable()

    def _catch_up(self) -> int:
        with self._lock:
            self._applied = 0  # events written by this call, counted page by page
            for _ in range(1000):
                head = self.app.recorder.max_notification_id() or 0
                position, generation, fmt = self._tracking()
                if generation != self._generation:
                    # rebuilt (by any process) since this one last looked: the ids its caches
                    # hold may now name other rows
                    self._forget()
                    self._generation = generation
                if fmt != FORMAT or position > head:
                    # rows of another format, or a log shorter than the index (events were cut
                    # off its end: igo verify --expect-head says so): start again from zero
                    self._reset(generation)
                    continue
                if position >= head:
                    return self._applied
                try:
                    self._advance(position, generation, head)
                except _Conflict:
                    self._forget()
                except (IntegrityError, OperationalError) as err:
                    if "locked" not in str(err).lower() and "busy" not in str(err).lower():
                        raise StoreError(
                            f"the store's log cannot be read for the index ({err}); run igo verify"
                        ) from None
                    self._forget()
            raise StoreError("cannot update the index: other processes kept moving it")

    def rebuild(self) -> int:
        """Empty the index and replay the whole log into it; return the events applied."""
        with self._lock:
            _, generation, _ = self._tracking()
            self._reset(generation)
            return self.catch_up()

    def _reset(self, generation: int) -> None:
        with self.db.write() as cur:
            self.db.clear(cur)
            cur.execute(
                self.db.sql(
                    "UPDATE igo_index_tracking SET position = 0, generation = ?, format = ? WHERE name = ?"
                ),
                (generation + 1, FORMAT, NAME),
            )
        self._forget()

    def _forget(self) -> None:
        self._orgs.clear()
        self._nums = None
        self._decoded.clear()
        self._decoded_events.clear()

    def _numbers(self) -> dict[str, int]:
        if self._nums is None:
            with self.db.read() as cur:
                cur.execute(self.db.sql("SELECT slug, num FROM igo_index_orgs"))
                self._nums = {slug: int(num) for slug, num in cur.fetchall()}
        return self._nums

    def _advance(self, position: int, generation: int, head: int) -> None:
        """Apply the notifications after ``position`` up to ``head``, read a page at a time and
        written a transaction per ``WRITE_EVENTS`` events applied (and at the end).

        A batch (one append: one organization, one record time) is applied whole: a
        page that ends inside one leaves it for the next page.
        """
        next_id: dict[str, int] = {}
        with self.db.read() as cur:
            for table in TABLES:
                cur.execute(self.db.sql(f"SELECT COALESCE(MAX(id), 0) FROM igo_index_{table}"))
                next_id[table] = int(cur.fetchone()[0]) + 1
        self._nums = None  # other processes may have indexed organizations since this one looked
        numbers = dict(self._numbers())
        by_stream = {str(stream_id(slug)): num for slug, num in numbers.items()}
        mapper = self.app.mapper
        recorder = self.app.recorder
        done = position
        start = position + 1
        buffer: list[Any] = []  # decoded events after `done`, not yet applied
        work = _Work()  # applied after `done`, not yet written
        reached = done  # the last notification `work` holds
        fresh: set[str] = set()  # organizations first seen in this call
        while True:
            page = recorder.select_notifications(start=start, limit=PAGE, stop=head)
            for note in page:
                try:
                    event = mapper.to_domain_event(note)
                except Exception:  # a wrong cipher key or an edited row: igo verify names it
                    raise StoreError(f"the store's events {UNREADABLE}") from None
                if is_registry_event(event):
                    continue  # the registry's stream: identities, no organization's facts
                buffer.append((note.id, event))
            exhausted = not page or page[-1].id >= head or len(page) < PAGE
            if page:
                start = page[-1].id + 1
            cut = len(buffer)
            if not exhausted and buffer:
                last = _batch_key(buffer[-1][1])
                while cut > 0 and _batch_key(buffer[cut - 1][1]) == last:
                    cut -= 1
            complete, buffer = buffer[:cut], buffer[cut:]
            if complete:
                batch: list[tuple[int, Any]] = []
                key: tuple[Any, ...] | None = None  # the batch's
                for note_id, event in complete:
                    mine = _batch_key(event)
                    if batch and key != mine:
                        self._apply(batch, work, next_id, by_stream, numbers, fresh)
                        batch = []
                    key = mine
                    if isinstance(event, OrgStream.Created):
                        if event.slug not in numbers:
                            numbers[event.slug] = max(numbers.values(), default=0) + 1
                            work.orgs.append((numbers[event.slug], event.slug, str(event.originator_id)))
                            fresh.add(str(event.originator_id))  # no rows yet: nothing to read back
                        by_stream[str(event.originator_id)] = numbers[event.slug]
                    else:
                        batch.append((note_id, event))
                if batch:
                    self._apply(batch, work, next_id, by_stream, numbers, fresh)
                reached = complete[-1][0]
            if reached > done and (exhausted or work.events >= WRITE_EVENTS):
                self._write(work, done, generation, reached)
                self._nums = dict(numbers)
                done = reached
                self._applied += work.events
                work = _Work()
            if exhausted:
                if done < head:
                    self._write(_Work(), done, generation, head)  # a gap in the ids at the end
                return

    def _write(self, work: _Work, position: int, generation: int, new_position: int) -> None:
        db = self.db
        with db.write() as cur:
            cur.execute(
                db.sql(
                    "UPDATE igo_index_tracking SET position = ? "
                    "WHERE name = ? AND position = ? AND generation = ?"
                ),
                (new_position, NAME, position, generation),
            )
            if cur.rowcount != 1:
                raise _Conflict
            if work.orgs:
                cur.executemany(
                    db.sql("INSERT INTO igo_index_orgs (num, slug, stream) VALUES (?, ?, ?)"), work.orgs
                )
            # inserts first: a row made and superseded within one page is closed too
            for table, rows in work.tables.items():
                if rows.rows:
                    cur.executemany(
                        db.sql(
                            f"INSERT INTO igo_index_{table} "
                            "(id, org, digest, day_lo, day_hi, pos_lo, pos_hi, body, grp) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        ),
                        rows.rows,
                    )
                    db.insert_boxes(cur, table, rows.boxes)
                if rows.closed:
                    cur.executemany(
                        db.sql(f"UPDATE igo_index_{table} SET pos_hi = ? WHERE id = ?"),
                        [(phi, i) for i, _o, _lo, _hi, _plo, phi in rows.closed],
                    )
                    db.close_boxes(cur, table, rows.closed)
            if work.batches:
                cur.executemany(
                    db.sql("INSERT INTO igo_index_batches (org, recorded_us, position) VALUES (?, ?, ?)"),
                    work.batches,
                )

    def _apply(
        self,
        batch: list[tuple[int, Any]],
        work: _Work,
        next_id: dict[str, int],
        by_stream: dict[str, int],
        numbers: dict[str, int],
        fresh: set[str],
    ) -> None:
        """Fold one organization's batch into its facts and decisions; queue the rows that changed."""
        first = batch[0][1]
        stream = str(first.originator_id)
        num = by_stream.get(stream)
        if num is None:
            raise StoreError(f"the log holds events of stream {stream} before its creation (run igo verify)")
        org = self._org(first.originator_id, num, numbers, first.originator_version, stream in fresh)
        added = []
        for _, event in batch:
            if event.extents:
                prime(event.extents)
            added.append(Record(lean(event.event), event.timestamp, event.originator_version))
            org.full[event.originator_version] = event.event
        org.version = batch[-1][1].originator_version
        end = batch[-1][0]
        history = org.history
        changed = history.extend(added)  # the decisions that came, went or were corrected
        now = history.current
        # Which rows can this batch change? Those of the groups its decisions bear on (a party's
        # spells, an office's terms, ...): their old and new versions, for a correction or a
        # retraction. A founding or a dissolution bears on all. The rest stay as they are.
        groups: set[str] | None = set()
        ids: set[str] = set()
        by_id = history.by_id
        for rec in added:
            ev = rec.event
            target = (
                root_target(ev.target, by_id) if isinstance(ev, EventCorrected | EventRetracted) else ev.id
            ) or ""
            ids.add(target)
            if groups is None:
                continue  # (every group already)
            was = changed[target] if target in changed else now.get(target)
            for version in (was, now.get(target)):
                mine = groups_of(version.event) if version is not None else set()
                if mine is None or groups is None:
                    groups = None
                else:
                    groups |= mine
        if groups is None:
            # every row is made anew from every decision: the bookkeeping of the groups (for
            # the batches that touch a few) waits until such a batch comes
            org.tracked = False
            fact_scope = None
            effective = history.effective()
            facts = build_facts(decisions(effective))
            order = {e.id: [e.sort_key[0].toordinal(), e.sort_key[1]] for e in effective}
            horizon = horizon_of(decisions(effective))
        else:
            org.track(changed)
            groups.add("horizon")  # the horizon reads every decision (its row alone: no facts)
            # a continuation's spell reads its predecessor's (its since): the two parties' rows
            # are built together, whichever of them the batch touches
            links = list(org.links.values())
            grew = bool(links)
            while grew:
                grew = False
                for a, b in links:
                    if (a in groups) != (b in groups):
                        groups |= {a, b}
                        grew = True
            fact_scope = groups
            facts = build_facts(decisions(history.ordered(org.bearing_on(groups))))
            order, horizon = org.order, Horizon(org.reach, org.declared)
        wanted = {
            # (rows made for every group are not kept: a rebuild would hold every organization's)
            "facts": fact_rows(
                facts,
                (),
                org.payloads,
                order=order,
                horizon=horizon,
                only=fact_scope,
                remember=groups is not None,
            ),
            "events": event_rows([now[i] for i in sorted(ids) if i in now], org.full),
        }
        scopes = {"facts": fact_scope, "events": {f"event:{i}" for i in ids}}
        if len(org.payloads) > KEPT_PAYLOADS or len(org.payloads.rows) > KEPT_ROWS:
            org.payloads.forget()  # (kept across batches: the next batch re-reads mostly the same decisions)
        org.full.clear()  # the event rows of a batch are made from its own events' payloads
        assert org.open is not None and org.grouped is not None
        for table, rows in wanted.items():
            scope = scopes[table]
            current = org.open[table]
            grouped = org.grouped[table]
            by_digest = {row.digest: row for row in rows}
            out = work.tables[table]
            if scope is None:
                gone = [d for d in current if d not in by_digest]
            else:  # (the current rows of the groups in scope only, not all the organization's)
                gone = [d for g in scope for d in grouped.get(g, ()) if d not in by_digest]
            for digest in gone:
                ident, lo, hi, plo, group = current.pop(digest)
                grouped[group].discard(digest)
                out.closed.append((ident, num, lo, hi, plo, end - 1))
            for digest, row in by_digest.items():
                if digest in current:
                    continue
                ident = next_id[table]
                next_id[table] += 1
                out.rows.append((ident, num, digest, row.lo, row.hi, end, MAX_POS, row.body, row.group))
                out.boxes.append((ident, num, row.lo, row.hi, end, MAX_POS))
                current[digest] = (ident, row.lo, row.hi, end, row.group)
                grouped.setdefault(row.group, set()).add(digest)
        work.batches.append((num, micros(first.timestamp), end))
        work.events += len(batch)
        self._trim()

    def _org(
        self, originator: UUID, num: int, numbers: dict[str, int], first_version: int, fresh: bool
    ) -> _Org:
        key = str(originator)
        org = self._orgs.get(key)
        if org is not None and org.version == first_version - 1:
            self._orgs.move_to_end(key)
            return org
        slug = next(s for s, n in numbers.items() if n == num)
        org = _Org(num, slug)
        if first_version > 2:
            try:
                agg: OrgStream = self.app.repository.get(
                    originator, version=first_version - 1, projector_func=project
                )
            except Exception as err:  # noqa: BLE001 - one line, whatever the library raises
                raise StoreError(f"the stream of {slug!r} does not read for the index ({err})") from None
            assert isinstance(agg, OrgStream)
            records = []
            for payload, stamp, version, extents in agg.records:
                if extents:
                    prime(extents)
                records.append(Record(lean(payload), stamp, version))
            org.history.extend(records)
            org.tracked = False
        org.version = first_version - 1
        org.open = {table: {} for table in TABLES}
        if not fresh:  # (an organization first seen in this call has no rows yet)
            with self.db.read() as cur:
                for table in TABLES:
                    cur.execute(
                        self.db.sql(
                            f"SELECT digest, id, day_lo, day_hi, pos_lo, grp FROM igo_index_{table} "
                            "WHERE org = ? AND pos_hi = ?"
                        ),
                        (num, MAX_POS),
                    )
                    org.open[table] = {
                        d: (int(i), int(lo), int(hi), int(plo), g) for d, i, lo, hi, plo, g in cur.fetchall()
                    }
        org.grouped = {table: {} for table in TABLES}
        for table, rows in org.open.items():
            for digest, (*_, group) in rows.items():
                org.grouped[table].setdefault(group, set()).add(digest)
        self._orgs[key] = org
        return org

    def _trim(self) -> None:
        total = sum(len(o.records) for o in self._orgs.values())
        while len(self._orgs) > 1 and total > CACHED_RECORDS:
            _, dropped = self._orgs.popitem(last=False)
            total -= len(dropped.records)

    # -- reading -----------------------------------------------------------------------
    def org_number(self, org: str) -> int | None:
        num = self._numbers().get(org)
        if num is None:
            self._nums = None  # another process may have added it
            num = self._numbers().get(org)
        return num

    def _point(self, cur: Any, num: int, known_at: dt.datetime | None) -> int | None:
        if known_at is None:
            return MAX_POS
        cur.execute(
            self.db.sql(
                "SELECT position FROM igo_index_batches WHERE org = ? AND recorded_us <= ? "
                "ORDER BY recorded_us DESC, position DESC LIMIT 1"
            ),
            (num, micros(known_at)),
        )
        row = cur.fetchone()
        return int(row[0]) if row else None

    def lookup(self, org: str, day: dt.date, known_at: dt.datetime | None = None) -> list[tuple[int, str]]:
        """The rows whose rectangle holds the point (org, day, known at): the interval query alone."""
        return self._stab("facts", org, day.toordinal(), day.toordinal(), known_at)

    def _stab(
        self, table: str, org: str, lo: int, hi: int, known_at: dt.datetime | None
    ) -> list[tuple[int, str]]:
        num = self.org_number(org)
        if num is None:
            return []
        with self.db.query() as cur:
            pos = self._point(cur, num, known_at)
            if pos is None:
                return []
            cur.execute(self.db.stab(table), self.db.stab_args(num, lo, hi, pos))
            return cur.fetchall()  # type: ignore[no-any-return]  # (id, body): integers and text as stored

    def history(
        self,
        org: str,
        *,
        start: dt.date | None = None,
        end: dt.date | None = None,
        known_at: dt.datetime | None = None,
    ) -> list[Effective]:
        """The decisions in force (as known at), in valid-time order, whose valid time meets [start, end].

        The index's answer to ``igo history`` (the party and office filters are the caller's).
        """
        lo = start.toordinal() if start else PAST
        hi = end.toordinal() if end else FUTURE
        found = []
        for ident, body in self._stab("events", org, lo, hi, known_at):
            decision = self._decoded_events.get(ident)
            if decision is None:
                decision = self._decoded_events[ident] = decode_event(body)
                if len(self._decoded_events) > DECODED:
                    self._decoded_events.popitem(last=False)
            if decision.dated or (start is None and end is None):
                found.append(decision)
        found.sort(key=lambda d: d.order)
        return [d.effective for d in found]

    def party_pieces(
        self,
        parties: list[str],
        day: dt.date,
        known_at: dt.datetime | None = None,
        until: dt.date | None = None,
    ) -> dict[str, list[Piece]]:
        """The rows about these parties relevant on the day (or on some day from ``day`` to
        ``until``), in every organization, with each of those organizations' catalog and horizon
        rows: organization -> pieces. One lookup in the party-keyed index of spells (``grp``); with
        ``known_at``, each organization's rows as of its last batch by then. Row bodies are read
        only for rows not decoded before (rows never change once written)."""
        if not parties:
            return {}
        groups = [f"party:{p}" for p in parties]
        marks = ", ".join("?" * len(groups))
        when = day.toordinal()
        last = (until or day).toordinal()
        found: dict[int, list[int]] = {}
        cache = self._decoded
        with self.db.read() as cur:
            if known_at is None:
                cur.execute(
                    self.db.sql(
                        f"SELECT org, id FROM igo_index_facts WHERE grp IN ({marks}) AND pos_hi = ? "
                        "AND day_lo <= ? AND day_hi >= ?"
                    ),
                    (*groups, MAX_POS, last, when),
                )
                for org, ident in cur.fetchall():
                    found.setdefault(int(org), []).append(int(ident))
                points = dict.fromkeys(found, MAX_POS)
            else:
                cur.execute(
                    self.db.sql(
                        f"SELECT org, id, pos_lo, pos_hi FROM igo_index_facts WHERE grp IN ({marks}) "
                        "AND day_lo <= ? AND day_hi >= ?"
                    ),
                    (*groups, last, when),
                )
                rows = cur.fetchall()
                points = {}
                for org in {int(r[0]) for r in rows}:
                    point = self._point(cur, org, known_at)
                    if point is not None:
                        points[org] = point
                for org, ident, plo, phi in rows:
                    point = points.get(int(org))
                    if point is not None and int(plo) <= point <= int(phi):
                        found.setdefault(int(org), []).append(int(ident))
            if found:
                nums = list(found)
                current = " AND pos_hi = ?" if known_at is None else ""
                cur.execute(
                    self.db.sql(
                        f"SELECT org, id, pos_lo, pos_hi FROM igo_index_facts WHERE "
                        f"org IN ({', '.join('?' * len(nums))}) AND grp IN ('catalog', 'horizon'){current}"
                    ),
                    (*nums, MAX_POS) if known_at is None else nums,
                )
                for org, ident, plo, phi in cur.fetchall():
                    if int(plo) <= points[int(org)] <= int(phi):
                        found[int(org)].append(int(ident))
            missing = [i for ids in found.values() for i in ids if i not in cache]
            for start in range(0, len(missing), 500):
                chunk = missing[start : start + 500]
                cur.execute(
                    self.db.sql(
                        f"SELECT id, body FROM igo_index_facts WHERE id IN ({', '.join('?' * len(chunk))})"
                    ),
                    chunk,
                )
                for ident, body in cur.fetchall():
                    cache[int(ident)] = decode(body)
        while len(cache) > DECODED:
            cache.popitem(last=False)
        numbers = self._numbers()
        if any(num not in self._slugs_of(numbers) for num in found):
            self._nums = None
            numbers = self._numbers()
        slugs = self._slugs_of(numbers)
        out: dict[str, list[Piece]] = {}
        for num, ids in found.items():
            pieces = []
            for ident in ids:
                piece = cache.get(ident)
                if piece is None:  # dropped from a full cache meanwhile: read it again
                    with self.db.read() as cur:
                        cur.execute(self.db.sql("SELECT body FROM igo_index_facts WHERE id = ?"), (ident,))
                        piece = decode(cur.fetchone()[0])
                pieces.append(piece)
            out[slugs[num]] = pieces
        return out

    def statuses(self) -> set[str]:
        """Every status of every organization's ladder, as recorded (its founding's, and those
        its reforms added or merged into): what a status named across organizations may be."""
        found: set[str] = set()
        with self.db.read() as cur:
            cur.execute(
                self.db.sql("SELECT body FROM igo_index_facts WHERE grp = 'catalog' AND pos_hi = ?"),
                (MAX_POS,),
            )
            bodies = [row[0] for row in cur.fetchall()]
        for body in bodies:
            founding, _, _, _, _, reforms, _ = decode(body).value
            if founding is not None:
                found.update(founding.statuses)
            for reform in reforms:
                found.update(reform.merged)
                found.update(reform.added)
        return found

    def horizons(self, orgs: list[str], known_at: dt.datetime | None = None) -> dict[str, Horizon]:
        """Each organization's horizon (how far its record reaches), as known at, from its own row;
        an organization unknown (or not yet recorded by then) is left out."""
        out: dict[str, Horizon] = {}
        with self.db.read() as cur:
            for org in orgs:
                num = self.org_number(org)
                point = None if num is None else self._point(cur, num, known_at)
                if num is None or point is None:
                    continue
                cur.execute(
                    self.db.sql(
                        "SELECT body FROM igo_index_facts WHERE org = ? AND grp = 'horizon' "
                        "AND pos_lo <= ? AND pos_hi >= ?"
                    ),
                    (num, point, point),
                )
                row = cur.fetchone()
                if row is not None:
                    horizon = assemble([decode(row[0])]).horizon
                    if horizon is not None:
                        out[org] = horizon
        return out

    def _slugs_of(self, numbers: dict[str, int]) -> dict[int, str]:
        """number -> slug, made once per numbering."""
        if self._slugs_for is not numbers:
            self._slugs_for = numbers
            self._slugs = {num: slug for slug, num in numbers.items()}
        return self._slugs

    def knows(self, org: str) -> bool:
        return self.org_number(org) is not None

    def state(self, org: str, day: dt.date, known_at: dt.datetime | None = None) -> State:
        """The organization's state from the index alone (no catch-up: see :meth:`catch_up`)."""
        pieces = []
        cache = self._decoded
        for ident, body in self.lookup(org, day, known_at):
            piece = cache.get(ident)
            if piece is None:
                piece = cache[ident] = decode(body)
                if len(cache) > DECODED:
                    cache.popitem(last=False)
            pieces.append(piece)
        return state_from_facts(org, assemble(pieces), day, known_at)

    # -- what an append reads ------------------------------------------------------------------
    @property
    def in_memory(self) -> bool:
        """Whether the index lives in this process only (a store in memory or encrypted at rest):
        rebuilt from the log by each process, so an append does not build it just to read it."""
        return isinstance(self.db, SqliteIndexDb) and self.db.datastore is None

    def scope(self, org: str, parties: set[str], ids: Sequence[str]) -> Scope | None:
        """What the incremental check of an append about ``parties`` reads (see
        :func:`igo_timeline.engine.rules.bears_on_parties`), as the index holds it: the decisions
        in force of the founding, the dissolution and the reforms (the catalog row), every decision
        the parties' spells, conditions and procedures are made of (their rows), and the handovers
        to them on days they held a status (see below); with the record time of the organization's last batch the index has applied, and
        which of ``ids`` it holds as decisions (in force or not). None when the index does not know
        the organization, or moved on while this read (the caller reads the whole stream instead)."""
        num = self.org_number(org)
        if num is None:
            return None
        db = self.db
        with db.read() as cur:
            mark = self._mark(cur)
            cur.execute(
                db.sql(
                    "SELECT recorded_us FROM igo_index_batches WHERE org = ? ORDER BY position DESC LIMIT 1"
                ),
                (num,),
            )
            row = cur.fetchone()
            if row is None:
                return None
            recorded_us = int(row[0])
            groups = ["catalog", *(f"party:{p}" for p in sorted(parties))]
            cur.execute(
                db.sql(
                    f"SELECT body FROM igo_index_facts WHERE grp IN ({', '.join('?' * len(groups))}) "
                    "AND pos_hi = ? AND +org = ?"
                ),
                (*groups, MAX_POS, num),
            )
            wanted: set[str] = set()
            spans: list[tuple[int, int]] = []
            has_catalog = False
            for (body,) in cur.fetchall():
                obj = json.loads(body)
                if obj["k"] == "catalog":
                    has_catalog = obj.get("founding") is not None
                    for key in ("founding", "dissolution"):
                        if obj.get(key):
                            wanted.add(obj[key]["id"])
                    wanted.update(r["id"] for r in obj.get("reforms", []))
                    continue
                if obj["k"] == "spell":  # the days it certainly holds: [latest start, earliest end]
                    spans.append((obj["span"][1], obj["span"][2]))
                wanted.update(v["id"] for k, v in obj.items() if _holds_event(k) and isinstance(v, dict))
            if not has_catalog:
                return None
            # The handovers to the parties, as far as the rules can hold a batch about the parties
            # against them: in a history that breaks no rule, a chair went to a party only on days
            # it held a status (presidency-to-non-member), so only the handovers whose first day
            # falls in one of the parties' spells are read (the chair's rows by their first day),
            # not every handover of the organization. (A stored break, tolerated, is not seen.)
            likes = " OR ".join("body LIKE ?" for _ in parties)
            named = [f'%"party":"{p}"%' for p in sorted(parties)]
            for lo, hi in _merged(spans):
                cur.execute(
                    db.sql(
                        "SELECT body FROM igo_index_facts WHERE grp = 'presidency' AND pos_hi = ? "
                        f"AND day_lo >= ? AND day_lo <= ? AND +org = ? AND ({likes})"
                    ),
                    (MAX_POS, lo, hi, num, *named),
                )
                for (body,) in cur.fetchall():
                    obj = json.loads(body)
                    if obj["k"] == "presidency" and obj["e"].get("to_party") in parties:
                        wanted.add(obj["e"]["id"])
            found: list[Effective] = []
            for chunk in _chunks(sorted(wanted)):
                cur.execute(
                    db.sql(
                        f"SELECT body FROM igo_index_events WHERE grp IN ({', '.join('?' * len(chunk))}) "
                        "AND pos_hi = ? AND +org = ?"
                    ),
                    (*(f"event:{i}" for i in chunk), MAX_POS, num),
                )
                found += [decode_event(body).effective for (body,) in cur.fetchall()]
            # a decision recorded before: its first row holds it as stored (unless corrected in
            # the very batch that recorded it: then None, and the caller reads the stream)
            first: dict[str, tuple[int, str]] = {}
            for chunk in _chunks(sorted(set(ids))):
                cur.execute(
                    db.sql(
                        f"SELECT grp, pos_lo, body FROM igo_index_events WHERE grp IN ({', '.join('?' * len(chunk))}) "
                        "AND +org = ?"
                    ),
                    (*(f"event:{i}" for i in chunk), num),
                )
                for grp, pos_lo, body in cur.fetchall():
                    ident = grp.split(":", 1)[1]
                    if ident not in first or int(pos_lo) < first[ident][0]:
                        first[ident] = (int(pos_lo), body)
            known: dict[str, dict[str, Any] | None] = {}
            for ident, (_, body) in first.items():
                obj = json.loads(body)
                known[ident] = None if obj["c"] else obj["e"]
            if self._mark(cur) != mark or len(found) != len(wanted):
                return None  # moved on meanwhile (or a row without its decision: read the stream)
        return Scope(recorded_us, found, known)

    def _mark(self, cur: Any) -> tuple[int, int]:
        cur.execute(
            self.db.sql("SELECT position, generation FROM igo_index_tracking WHERE name = ?"), (NAME,)
        )
        row = cur.fetchone()
        return (int(row[0]), int(row[1])) if row else (-1, -1)

    # -- checking ------------------------------------------------------------------------
    def current_rows(self, org: str) -> set[tuple[str, str, int, int, str]]:
        """The organization's current rows: (table, digest, first day, last day, body)."""
        num = self.org_number(org)
        if num is None:
            return set()
        rows: set[tuple[str, str, int, int, str]] = set()
        with self.db.read() as cur:
            for table in TABLES:
                cur.execute(
                    self.db.sql(
                        f"SELECT digest, day_lo, day_hi, body FROM igo_index_{table} WHERE org = ? AND pos_hi = ?"
                    ),
                    (num, MAX_POS),
                )
                mine = {(table, d, int(lo), int(hi), body) for d, lo, hi, body in cur.fetchall()}
                cur.execute(self.db.boxed_current(table), (num, MAX_POS, MAX_POS))
                boxed = int(cur.fetchone()[0])
                if boxed != len(mine):
                    mine.add((table, "(rows without their box in the tree)", 0, 0, str(len(mine) - boxed)))
                rows |= mine
        return rows

    def all_rows(self) -> list[tuple[str, str, str, int, int, int, int]]:
        """Every row, current or superseded: (organization, digest, days, log positions), sorted."""
        with self.db.read() as cur:
            cur.execute(
                self.db.sql(
                    " UNION ALL ".join(
                        f"SELECT '{t}', o.slug, f.digest, f.day_lo, f.day_hi, f.pos_lo, f.pos_hi "
                        f"FROM igo_index_{t} f JOIN igo_index_orgs o ON o.num = f.org"
                        for t in TABLES
                    )
                )
            )
            return sorted((t, s, d, int(a), int(b), int(c), int(e)) for t, s, d, a, b, c, e in cur.fetchall())

    def counts(self) -> dict[str, int]:
        with self.db.read() as cur:
            out = {}
            for name, table in (
                ("orgs", "igo_index_orgs"),
                ("rows", "igo_index_facts"),
                ("decisions", "igo_index_events"),
                ("batches", "igo_index_batches"),
            ):
                cur.execute(self.db.sql(f"SELECT COUNT(*) FROM {table}"))
                out[name] = int(cur.fetchone()[0])
            cur.execute(self.db.sql("SELECT COUNT(*) FROM igo_index_facts WHERE pos_hi = ?"), (MAX_POS,))
            out["current_rows"] = int(cur.fetchone()[0])
        return out


def expected_rows(
    records: list[Record], stored: dict[int, dict[str, Any]] | None = None
) -> set[tuple[str, str, int, int, str]]:
    """The current rows the log implies for one organization (for igo verify); ``stored``: the
    events' JSON as stored, by position (default: as this release dumps them)."""
    effective = effective_events(records)
    full = stored if stored is not None else {r.position: r.event.model_dump(mode="json") for r in records}
    wanted = {
        "facts": fact_rows(build_facts(decisions(effective)), effective, Payloads()),
        "events": event_rows(effective, full),
    }
    return {(table, row.digest, row.lo, row.hi, row.body) for table, rows in wanted.items() for row in rows}


def _batch_key(event: Any) -> tuple[Any, ...]:
    if isinstance(event, OrgStream.Created):
        return (event.originator_id, "created")
    return (event.originator_id, event.timestamp)
