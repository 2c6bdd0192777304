"""Where the index's tables live: beside the events, in the same database.

Two tables of rows, each a rectangle in (day x log position) per organization:
``facts`` (what the state is read from) and ``events`` (the decisions in
force, for the history).

- SQLite: tables in the store's own file, written through the library's own
  connection pool (so they share its locks), and an R*Tree virtual table
  (``rtree_i32``) per table over (organization, day, log position): a query
  is a point (or a range of days at a position), a row a box, and the tree
  finds the boxes that meet it in O(log n + answer).
- PostgreSQL: the same tables in the store's schema, each with a GiST index
  over a ``box`` whose x axis is the organization's number times 4,000,000
  plus the day (days run to 3,652,059) and whose y axis is the log position.
- In memory: an SQLite database in memory, rebuilt from the log when opened;
  also for an encrypted store (``IGO_CIPHER_KEY``), whose facts are not
  written out in the clear.

The coordinates are day numbers (``date.toordinal()``) and notification ids,
all 32-bit integers, as the R*Tree wants.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
import weakref
import zlib
from collections.abc import Iterator, Sequence
from typing import Any

MAX_POS = 2**31 - 1
ORG_SPAN = 4_000_000  # more than the day numbers of 0001-01-01..9999-12-31
TABLES = ("facts", "events")

# (id, org, day_lo, day_hi, pos_lo, pos_hi)
Box = tuple[int, int, int, int, int, int]


class IndexDb:
    """The index's tables in one database (the SQL differs by backend, the shape does not)."""

    def write(self) -> contextlib.AbstractContextManager[Any]:
        raise NotImplementedError

    def read(self) -> contextlib.AbstractContextManager[Any]:
        raise NotImplementedError

    def query(self) -> contextlib.AbstractContextManager[Any]:
        """A cursor for one read-only query (the hot path of lookups; default: :meth:`read`)."""
        return self.read()

    def setup(self) -> None:
        raise NotImplementedError

    def sql(self, text: str) -> str:
        return text

    def stab(self, table: str) -> str:
        """The query for the rows of one organization meeting days [lo, hi] at one log position."""
        raise NotImplementedError

    def stab_args(self, org: int, lo: int, hi: int, pos: int) -> tuple[Any, ...]:
        raise NotImplementedError

    def insert_boxes(self, cur: Any, table: str, boxes: Sequence[Box]) -> None:
        raise NotImplementedError

    def close_boxes(self, cur: Any, table: str, boxes: Sequence[Box]) -> None:
        """End these rows' boxes at their (new) ``pos_hi``."""
        raise NotImplementedError

    def boxed_current(self, table: str) -> str:
        """How many of an organization's current rows have their box, as current."""
        raise NotImplementedError

    def clear(self, cur: Any) -> None:
        """Empty every table but the tracking record (within the caller's transaction)."""
        raise NotImplementedError


def _tables_ddl(integer: str, big: str, extra_column: str, q: str = "") -> list[str]:
    """The tables (``q``: the schema prefix of a table's name)."""
    out = [
        f"CREATE TABLE IF NOT EXISTS {q}igo_index_tracking (name TEXT PRIMARY KEY, position {big} NOT NULL, "
        f"generation {big} NOT NULL, format {integer} NOT NULL)",
        f"CREATE TABLE IF NOT EXISTS {q}igo_index_orgs (num {integer} PRIMARY KEY, slug TEXT NOT NULL UNIQUE, "
        "stream TEXT NOT NULL UNIQUE)",
        f"CREATE TABLE IF NOT EXISTS {q}igo_index_batches (org {integer} NOT NULL, recorded_us {big} NOT NULL, "
        f"position {big} NOT NULL, PRIMARY KEY (org, position))",
        f"CREATE INDEX IF NOT EXISTS igo_index_batches_time ON {q}igo_index_batches (org, recorded_us)",
    ]
    for table in TABLES:
        out += [
            f"CREATE TABLE IF NOT EXISTS {q}igo_index_{table} (id {big} PRIMARY KEY, org {integer} NOT NULL, "
            f"digest TEXT NOT NULL, day_lo {integer} NOT NULL, day_hi {integer} NOT NULL, "
            f"pos_lo {big} NOT NULL, pos_hi {big} NOT NULL, body TEXT NOT NULL, grp TEXT NOT NULL{extra_column})",
            f"CREATE INDEX IF NOT EXISTS igo_index_{table}_open ON {q}igo_index_{table} (org, pos_hi)",
        ]
    # the party-keyed index of spells: a party's rows in every organization, in one lookup
    out.append(
        f"CREATE INDEX IF NOT EXISTS igo_index_facts_party ON {q}igo_index_facts (grp, pos_hi, day_lo)"
    )
    # a decision by its id (its group), current or superseded: what an append reads of the
    # decisions its new events bear on (FactIndex.scope)
    out.append(f"CREATE INDEX IF NOT EXISTS igo_index_events_id ON {q}igo_index_events (grp, pos_hi)")
    return out


def _names(*, box_tables: bool) -> list[str]:
    """The tables and indexes of an index of this format (with SQLite's R*Tree tables, or the
    GiST indexes of PostgreSQL): setup creates them only when one is missing."""
    names = ["igo_index_tracking", "igo_index_orgs", "igo_index_batches", "igo_index_batches_time"]
    for table in TABLES:
        names += [f"igo_index_{table}", f"igo_index_{table}_open"]
        names.append(_box_table(table) if box_tables else f"igo_index_{table}_box")
    names += ["igo_index_facts_party", "igo_index_events_id"]
    return names


def _box_table(table: str) -> str:
    return "igo_index_box" if table == "facts" else f"igo_index_{table}_box"


class SqliteIndexDb(IndexDb):
    def __init__(self, datastore: Any | None) -> None:
        """On the library's SQLite datastore, or (None) on a database of its own in memory."""
        self.datastore = datastore
        self._own: sqlite3.Connection | None = None
        self._lock = threading.Lock()
        if datastore is None:
            self._own = sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None)
        # lookups read through a read-only connection of their own per thread, without the
        # library's pool and transaction (a tenth of a lookup's time): a file's only
        pool = getattr(datastore, "pool", None)
        name = getattr(pool, "db_name", None)
        self._file = (
            name
            if isinstance(name, str) and name and not getattr(pool, "is_sqlite_memory_mode", True)
            else None
        )
        self._readers = threading.local()
        self._opened: list[sqlite3.Connection] = []
        weakref.finalize(self, _close_all, self._opened)

    @contextlib.contextmanager
    def write(self) -> Iterator[Any]:
        if self.datastore is not None:
            with self.datastore.transaction(commit=True) as cur:
                yield getattr(cur, "sqlite_cursor", cur)  # the library wraps sqlite3's cursor
            return
        assert self._own is not None
        with self._lock:
            cur = self._own.cursor()
            cur.execute("BEGIN IMMEDIATE")
            try:
                yield cur
            except BaseException:
                self._own.rollback()
                raise
            self._own.commit()

    @contextlib.contextmanager
    def read(self) -> Iterator[Any]:
        if self.datastore is not None:
            with self.datastore.transaction(commit=False) as cur:
                yield getattr(cur, "sqlite_cursor", cur)
            return
        assert self._own is not None
        with self._lock:
            yield self._own.cursor()

    @contextlib.contextmanager
    def query(self) -> Iterator[Any]:
        if self._file is None:
            with self.read() as cur:
                yield cur
            return
        con = getattr(self._readers, "con", None)
        if con is None:
            # (not mode=ro: a read-only connection cannot open a WAL file whose -shm is gone)
            con = sqlite3.connect(
                self._file,
                isolation_level=None,
                timeout=5.0,
                check_same_thread=False,
                uri=self._file.startswith("file:"),
            )
            con.execute("PRAGMA query_only = 1")
            self._readers.con = con
            self._opened.append(con)
        yield con.cursor()

    def setup(self) -> None:
        if self.datastore is not None:  # a store's file: no write lock when the tables are there
            names = _names(box_tables=True)
            with self.read() as cur:
                marks = ", ".join("?" * len(names))
                cur.execute(f"SELECT COUNT(*) FROM sqlite_master WHERE name IN ({marks})", names)
                if int(cur.fetchone()[0]) == len(names):
                    return
        with self.write() as cur:
            self._create(cur)

    @staticmethod
    def _create(cur: Any) -> None:
        for ddl in _tables_ddl("INTEGER", "INTEGER", ""):
            cur.execute(ddl)
        for table in TABLES:
            cur.execute(
                f"CREATE VIRTUAL TABLE IF NOT EXISTS {_box_table(table)} USING rtree_i32("
                "id, org_lo, org_hi, day_lo, day_hi, pos_lo, pos_hi)"
            )

    def stab(self, table: str) -> str:
        return (
            f"SELECT f.id, f.body FROM {_box_table(table)} b JOIN igo_index_{table} f ON f.id = b.id "
            "WHERE b.org_lo <= ? AND b.org_hi >= ? AND b.day_lo <= ? AND b.day_hi >= ? "
            "AND b.pos_lo <= ? AND b.pos_hi >= ?"
        )

    def stab_args(self, org: int, lo: int, hi: int, pos: int) -> tuple[Any, ...]:
        return (org, org, hi, lo, pos, pos)

    def insert_boxes(self, cur: Any, table: str, boxes: Sequence[Box]) -> None:
        cur.executemany(
            f"INSERT INTO {_box_table(table)} VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(i, org, org, lo, hi, plo, phi) for i, org, lo, hi, plo, phi in boxes],
        )

    def close_boxes(self, cur: Any, table: str, boxes: Sequence[Box]) -> None:
        cur.executemany(
            f"UPDATE {_box_table(table)} SET pos_hi = ? WHERE id = ?",
            [(phi, i) for i, _org, _lo, _hi, _plo, phi in boxes],
        )

    def boxed_current(self, table: str) -> str:
        return (
            f"SELECT COUNT(*) FROM {_box_table(table)} WHERE id IN "
            f"(SELECT id FROM igo_index_{table} WHERE org = ? AND pos_hi = ?) AND pos_hi = ?"
        )

    def clear(self, cur: Any) -> None:
        # dropped and made anew: much faster than deleting every row of an R*Tree
        for table in TABLES:
            cur.execute(f"DROP TABLE IF EXISTS {_box_table(table)}")
            cur.execute(f"DROP TABLE IF EXISTS igo_index_{table}")
        cur.execute("DROP TABLE IF EXISTS igo_index_batches")
        cur.execute("DROP TABLE IF EXISTS igo_index_orgs")
        self._create(cur)


def _close_all(connections: list[sqlite3.Connection]) -> None:
    for con in connections:
        with contextlib.suppress(sqlite3.Error):
            con.close()


class PostgresIndexDb(IndexDb):
    def __init__(self, datastore: Any) -> None:
        self.datastore = datastore
        self.schema = datastore.schema
        self.prefix = f'"{datastore.schema}"'

    def sql(self, text: str) -> str:
        return text.replace("?", "%s").replace(" igo_index_", f" {self.prefix}.igo_index_")

    @contextlib.contextmanager
    def write(self) -> Iterator[Any]:
        from psycopg.rows import tuple_row

        with self.datastore.get_connection() as conn, conn.transaction():
            yield conn.cursor(row_factory=tuple_row)

    @contextlib.contextmanager
    def read(self) -> Iterator[Any]:
        from psycopg.rows import tuple_row

        with self.datastore.get_connection() as conn, conn.transaction(force_rollback=True):
            yield conn.cursor(row_factory=tuple_row)

    def setup(self) -> None:
        # Only when something is missing: DDL takes locks that, beside another process writing
        # rows, could deadlock (CREATE INDEX IF NOT EXISTS locks the table even when it exists).
        with self.read() as cur:
            cur.execute(
                "SELECT COUNT(*) FROM unnest(%s::text[]) AS n WHERE to_regclass(%s || '.' || n) IS NULL",
                (_names(box_tables=False), self.prefix),
            )
            if int(cur.fetchone()[0]) == 0:
                return
        lock = zlib.crc32(f"igo-timeline:index:{self.schema}".encode())
        with self.write() as cur:
            cur.execute("SELECT pg_advisory_xact_lock(%s)", (lock,))
            self._create(cur)

    def _create(self, cur: Any) -> None:
        for ddl in _tables_ddl("integer", "bigint", ", box box", f"{self.prefix}."):
            cur.execute(ddl)
        for table in TABLES:
            cur.execute(
                f"CREATE INDEX IF NOT EXISTS igo_index_{table}_box ON {self.prefix}.igo_index_{table} "
                "USING gist (box)"
            )

    def stab(self, table: str) -> str:
        # a range of days at one position is the degenerate box the GiST operator class compares
        return (
            f"SELECT id, body FROM {self.prefix}.igo_index_{table} "
            "WHERE box && box(point(%s, %s), point(%s, %s))"
        )

    def stab_args(self, org: int, lo: int, hi: int, pos: int) -> tuple[Any, ...]:
        return (org * ORG_SPAN + lo, pos, org * ORG_SPAN + hi, pos)

    def _set_boxes(self, cur: Any, table: str, boxes: Sequence[Box]) -> None:
        cur.executemany(
            f"UPDATE {self.prefix}.igo_index_{table} SET box = box(point(%s, %s), point(%s, %s)) WHERE id = %s",
            [(org * ORG_SPAN + lo, plo, org * ORG_SPAN + hi, phi, i) for i, org, lo, hi, plo, phi in boxes],
        )

    def insert_boxes(self, cur: Any, table: str, boxes: Sequence[Box]) -> None:
        self._set_boxes(cur, table, boxes)

    def close_boxes(self, cur: Any, table: str, boxes: Sequence[Box]) -> None:
        self._set_boxes(cur, table, boxes)

    def boxed_current(self, table: str) -> str:
        return (
            f"SELECT COUNT(*) FROM {self.prefix}.igo_index_{table} WHERE org = %s AND pos_hi = %s "
            "AND box IS NOT NULL AND (box[0])[1] = %s"
        )

    def clear(self, cur: Any) -> None:
        # dropped and made anew (not truncated): a new format may have new columns
        for table in (*TABLES, "batches", "orgs"):
            cur.execute(f"DROP TABLE IF EXISTS {self.prefix}.igo_index_{table}")
        self._create(cur)
