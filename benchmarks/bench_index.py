"""Index figures: the materialized index against SQLite's own R*Tree, at every size; its rebuild; the CLI.

On three stores (the COW import; synthetic histories of 10,000 and 1,000,000
events, 10,000 and 100,000 with ``--quick``, whose answers have the same size:
see synthetic.py), the same random organization/day queries (1,000; 300 with
``--quick``), timed one by one, in process:

- ``index_lookup``: the interval query alone (``tl.index.lookup``), against
  the floor: SQLite's built-in R*Tree answering the same stabbing query over
  the same boxes, copied into a fresh ``rtree_i32`` table of an in-memory
  database, with raw sqlite3; the two are interleaved query by query. Median
  and p99; target: the median within 3x of the floor on the largest store.
- ``state``: the whole answer from the index (``tl.index.state``); target: the
  median under 2 ms on the largest store (the ratio is to the R*Tree floor).
  ``*_scaling``: the median on the largest store over the median at 10,000
  events (target <= 10: a longer history must not make answers slower).
- ``*_mismatches``: the oracles. Every lookup must return as many rows as the
  R*Tree returns ids, and on a sample the index's state must equal the pure
  fold's (``state_as_of`` over the organization's records); the sample also
  times the fold, for comparison.
- ``rebuild``: the index rebuilt from the log (events/s) against its floor
  (target >= 0.5): reading and decoding the same notifications, plus
  inserting the rows the rebuild wrote (as they stand after it) into the same
  tables, R*Tree boxes included, of a fresh SQLite file in WAL mode with raw
  sqlite3 in one transaction; the two halves and the rebuild are interleaved
  round by round. (Decoding alone, the first round's floor, is kept in the
  JSON as ``decoding_alone_events_per_s``: the R*Tree inserts cost about as
  much as the decoding, so it was out of reach.) The synthetic stores hold
  one batch per organization; ``rebuild_small_batches`` is the same figure
  on one organization's 2,000 events appended 10 at a time, as decisions
  come in (target >= 0.25 of the same floor).
- ``build_*``: how fast the synthetic stores were built (through
  ``Timeline.append``, one batch per organization) against raw sqlite3
  inserts of the same JSON: no target. Stores are cached under
  /tmp/igo-bench-cache/, so this is the first run's figure.
- ``cli_state`` is in bench_engine.py.

Run alone: ``python benchmarks/bench_index.py [--quick] [--cow PATH]``.
"""

from __future__ import annotations

import datetime as dt
import gc
import hashlib
import importlib.util
import json
import random
import sqlite3
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import synthetic
from figures import ROOT, cow_kind, cow_source, figure, median, percentile

SEED = 1
ORGS = 100
CURRENT = 2147483647  # pos_hi of a box still current: a query without known_at stabs at it
RTREE = "rtree_i32(id, org_lo, org_hi, day_lo, day_hi, pos_lo, pos_hi)"
STAB = (
    "select id from b where org_lo <= ? and org_hi >= ? and day_lo <= ? and day_hi >= ? "
    "and pos_lo <= ? and pos_hi >= ?"
)
COW_LAST = dt.date(2014, 12, 31)  # the COW IGO v3 file runs to 2014
STATE_TARGET_MS = 2.0
REBUILD_FLOOR = "decoding the notifications + raw sqlite3 inserts of the same rows (R*Tree incl.)"
SMALL_BATCHES = (2000, 10)  # events, events per append: the rebuild of a store built as decisions come in


def index_missing() -> str | None:
    """Why the index cannot be measured (None when it can)."""
    if importlib.util.find_spec("igo_timeline.index") is None:
        return "no igo_timeline.index package"
    from igo_timeline.engine import Timeline

    if not hasattr(Timeline, "index"):
        return "Timeline has no .index"
    return None


# -- stores -----------------------------------------------------------------------------------


@dataclass
class Store:
    label: str  # cow, 10k, 1m, ...
    path: Path
    describe: str
    events: int
    orgs: list[tuple[str, int, int]]  # (slug, first day, last day) as ordinals: where queries fall
    build: dict[str, Any] = field(default_factory=dict)
    forget: Callable[[], None] | None = None


def _label(n: int) -> str:
    return f"{n // 1_000_000}m" if n % 1_000_000 == 0 else f"{n // 1000}k"


def synthetic_store(n: int) -> Store:
    start = time.perf_counter()
    path, build = synthetic.store(n, orgs=ORGS, seed=SEED, progress=sys.stderr.isatty())
    if not build["cached"]:
        print(f"  built {path.name} in {time.perf_counter() - start:.0f} s", file=sys.stderr)
    lo, hi = synthetic.FOUNDED.toordinal(), synthetic.LAST.toordinal()
    return Store(
        _label(n),
        path,
        f"synthetic, {n:,} events, {ORGS} orgs, seed {SEED}",
        n,
        [(synthetic.slug(k), lo, hi) for k in range(ORGS)],
        build,
        lambda: synthetic.forget(n, orgs=ORGS, seed=SEED),
    )


def small_batches_store(n: int, batch: int) -> Store:
    """One organization's history appended ``batch`` events at a time, as decisions come in."""
    path, build = synthetic.store(n, orgs=1, seed=SEED, batch=batch, progress=sys.stderr.isatty())
    lo, hi = synthetic.FOUNDED.toordinal(), synthetic.LAST.toordinal()
    return Store(
        f"{_label(n)}_b{batch}",
        path,
        f"synthetic, {n:,} events of 1 org appended {batch} at a time, seed {SEED}",
        n,
        [(synthetic.slug(0), lo, hi)],
        build,
        lambda: synthetic.forget(n, orgs=1, seed=SEED, batch=batch),
    )


def cow_store(src: Path) -> Store:
    """The COW file imported once into a cached store (keyed by the file and the importer's code)."""
    from igo_timeline import Timeline
    from igo_timeline.cow import import_cow, read_orgs, slug_of

    digest = hashlib.sha256(src.read_bytes())
    digest.update(synthetic.code_version().encode())
    for name in ("importer.py", "layout.py"):
        digest.update((ROOT / "igo_timeline" / "cow" / name).read_bytes())
    path = synthetic.CACHE / f"cow-{digest.hexdigest()[:12]}.sqlite"
    notes = path.with_name(path.name + ".json")
    if path.exists() and notes.exists():
        build = {**json.loads(notes.read_text()), "cached": True}
    else:
        synthetic.CACHE.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(path.name + ".partial")
        partial.unlink(missing_ok=True)
        start = time.perf_counter()
        with Timeline(str(partial)) as tl:
            events = import_cow(tl, src).events_added
        build = {"events": events, "append_s": time.perf_counter() - start}
        build["events_per_s"] = events / build["append_s"]
        con = sqlite3.connect(partial)
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        con.close()
        partial.replace(path)
        notes.write_text(json.dumps(build))
        build["cached"] = False
    orgs = []
    for ioname, rows in read_orgs(src):
        first = dt.date(int(float(rows[0]["sdate"])), 1, 1)
        orgs.append((slug_of(ioname), first.toordinal(), max(first, COW_LAST).toordinal()))

    def forget() -> None:
        path.unlink(missing_ok=True)
        notes.unlink(missing_ok=True)

    return Store("cow", path, f"COW import ({cow_kind(src)})", int(build["events"]), orgs, build, forget)


def _warm(path: Path) -> None:
    """Read the file once, so that no measurement pays for the disk."""
    with path.open("rb") as handle:
        while handle.read(1 << 24):
            pass


# -- measurements -----------------------------------------------------------------------------


def _decode_all(tl: Any, page: int = 1000) -> int:
    """The rebuild's floor: every notification read in pages and decoded, nothing else."""
    recorder, mapper = tl.app.recorder, tl.app.mapper
    start, count = 1, 0
    while True:
        notes = recorder.select_notifications(start=start, limit=page)
        for note in notes:
            mapper.to_domain_event(note)
        count += len(notes)
        if len(notes) < page:
            return count
        start = notes[-1].id + 1


def _rtree_floor(path: Path) -> tuple[sqlite3.Connection, dict[str, int], int]:
    """The index's boxes copied into a fresh R*Tree in memory: (connection, org numbers, boxes)."""
    con = sqlite3.connect("file::memory:", uri=True)
    con.execute(f"create virtual table b using {RTREE}")
    con.execute("attach database ? as s", (f"file:{path}?mode=ro",))
    con.execute(
        "insert into b select id, org_lo, org_hi, day_lo, day_hi, pos_lo, pos_hi from s.igo_index_box"
    )
    con.commit()
    numbers = {slug: num for num, slug in con.execute("select num, slug from s.igo_index_orgs")}
    con.execute("detach database s")
    boxes = con.execute("select count(*) from b").fetchone()[0]
    return con, numbers, boxes


def _ids(rows: list[Any]) -> list[int] | None:
    """The fact ids of lookup()'s rows ((id, body) pairs), when they carry them."""
    try:
        return sorted(int(row[0]) for row in rows)
    except (TypeError, ValueError, IndexError):
        return None


def _queries(store: Store, count: int, salt: str) -> list[tuple[str, dt.date]]:
    rng = random.Random(f"{SEED}:{store.label}:{salt}")
    out = []
    for _ in range(count):
        org, lo, hi = rng.choice(store.orgs)
        out.append((org, dt.date.fromordinal(rng.randint(lo, hi))))
    return out


def _index_rows(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row the rebuild wrote (as they stand after it), table by table, read back with raw sqlite3."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        out = {
            "igo_index_orgs": con.execute("SELECT num, slug, stream FROM igo_index_orgs").fetchall(),
            "igo_index_batches": con.execute(
                "SELECT org, recorded_us, position FROM igo_index_batches"
            ).fetchall(),
        }
        for table in ("facts", "events"):
            out[f"igo_index_{table}"] = con.execute(
                f"SELECT id, org, digest, day_lo, day_hi, pos_lo, pos_hi, body, grp FROM igo_index_{table}"
            ).fetchall()
        return out
    finally:
        con.close()


def _insert_floor(rows: dict[str, list[tuple[Any, ...]]], where: Path) -> float:
    """Seconds to insert the same rows into the same tables (R*Tree boxes included) of a fresh
    SQLite file in WAL mode, with raw sqlite3 in one transaction: the writing half of the floor."""
    from igo_timeline.index.backends import SqliteIndexDb, _box_table

    path = where / f"floor-{time.time_ns()}.sqlite"
    con = sqlite3.connect(path, isolation_level=None)
    try:
        con.execute("PRAGMA journal_mode=WAL")
        cur = con.cursor()
        cur.execute("BEGIN")
        SqliteIndexDb._create(cur)
        cur.execute("COMMIT")
        start = time.perf_counter()
        cur.execute("BEGIN")
        cur.executemany("INSERT INTO igo_index_orgs VALUES (?, ?, ?)", rows["igo_index_orgs"])
        cur.executemany("INSERT INTO igo_index_batches VALUES (?, ?, ?)", rows["igo_index_batches"])
        for table in ("facts", "events"):
            data = rows[f"igo_index_{table}"]
            cur.executemany(
                f"INSERT INTO igo_index_{table} (id, org, digest, day_lo, day_hi, pos_lo, pos_hi, body, grp) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                data,
            )
            cur.executemany(
                f"INSERT INTO {_box_table(table)} VALUES (?, ?, ?, ?, ?, ?, ?)",
                [(r[0], r[1], r[1], r[3], r[4], r[5], r[6]) for r in data],
            )
        cur.execute("COMMIT")
        return time.perf_counter() - start
    finally:
        con.close()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)


def _rebuild(tl: Any, store: Store, rounds: int) -> tuple[float, float, int, int, float]:
    """The index rebuilt from the log (which also makes it current), against its floor: decoding
    the log plus inserting the rows the rebuild wrote with raw sqlite3, interleaved round by round.
    (events/s, the floor's events/s, events read, notifications decoded, decoding alone's events/s)."""
    from igo_timeline.errors import StoreError

    rebuild_s, decode_s, insert_s = [], [], []
    read = decoded = 0
    rows: dict[str, list[tuple[Any, ...]]] | None = None
    for _ in range(rounds):
        start = time.perf_counter()
        decoded = _decode_all(tl)
        decode_s.append(time.perf_counter() - start)
        if rows is not None:
            insert_s.append(_insert_floor(rows, synthetic.CACHE))
        start = time.perf_counter()
        try:
            read = tl.index.rebuild()
        except StoreError:
            if store.forget is not None:
                store.forget()  # a cached store the engine no longer reads: the next run builds it
            raise
        rebuild_s.append(time.perf_counter() - start)
        if rows is None:
            rows = _index_rows(store.path)
            insert_s.append(_insert_floor(rows, synthetic.CACHE))
    floor_s = median(decode_s) + median(insert_s)
    return read / median(rebuild_s), read / floor_s, read, decoded, decoded / median(decode_s)


def measure_rebuild(store: Store, quick: bool) -> dict[str, Any]:
    from igo_timeline import Timeline

    _warm(store.path)
    with Timeline(str(store.path)) as tl:
        return {"store": store.describe, "rebuild": _rebuild(tl, store, 1 if quick else 3)}


def measure(store: Store, quick: bool) -> dict[str, Any]:
    from igo_timeline import Timeline, state_as_of

    n_queries = 300 if quick else 1000
    rounds = 1 if quick or store.events >= 500_000 else 3
    out: dict[str, Any] = {"store": store.describe, "queries": n_queries}
    _warm(store.path)
    with Timeline(str(store.path)) as tl:
        out["rebuild"] = _rebuild(tl, store, rounds)
        con, numbers, boxes = _rtree_floor(store.path)
        out["boxes"] = boxes
        index = tl.index
        for org, day in _queries(store, 30, "warm-up"):
            index.lookup(org, day)
            index.state(org, day)
            n = numbers[org]
            con.execute(STAB, (n, n, day.toordinal(), day.toordinal(), CURRENT, CURRENT)).fetchall()

        queries = _queries(store, n_queries, "queries")
        gc.collect()  # the set-up's garbage is not collected inside a timed query
        lookup, floor, state, sizes = [], [], [], []
        wrong: list[str] = []
        clock = time.perf_counter
        for org, day in queries:
            n, d = numbers[org], day.toordinal()
            t0 = clock()
            rows = index.lookup(org, day)
            t1 = clock()
            ids = con.execute(STAB, (n, n, d, d, CURRENT, CURRENT)).fetchall()
            t2 = clock()
            lookup.append(t1 - t0)
            floor.append(t2 - t1)
            sizes.append(len(ids))
            if len(rows) != len(ids):
                wrong.append(f"{org} {day}: lookup {len(rows)} rows, R*Tree {len(ids)}")
            elif _ids(rows) not in (None, sorted(i for (i,) in ids)):
                wrong.append(f"{org} {day}: lookup and R*Tree return other ids")
        for org, day in queries:
            t0 = clock()
            index.state(org, day)
            state.append(clock() - t0)
        con.close()
        out["lookup"], out["floor"], out["state"] = lookup, floor, state
        out["answer_rows"] = median(sizes)
        out["lookup_wrong"] = wrong

        # the oracle on a sample: the index's answer against the pure fold over the records
        rng = random.Random(f"{SEED}:{store.label}:oracle")
        fold, compared, differ = [], 0, []
        for org, lo, hi in rng.sample(store.orgs, min(len(store.orgs), 3 if quick else 5)):
            records = tl.records(org)
            for _ in range(5 if quick else 10):
                day = dt.date.fromordinal(rng.randint(lo, hi))
                start = clock()
                want = state_as_of(org, records, day).to_json()
                fold.append(clock() - start)
                got = index.state(org, day).to_json()
                compared += 1
                if got != want:
                    keys = sorted(k for k in want.keys() | got.keys() if want.get(k) != got.get(k))
                    differ.append(f"{org} {day}: {', '.join(keys)}")
        out["fold"], out["state_compared"], out["state_wrong"] = fold, compared, differ
    return out


def figures(quick: bool, cow: str | Path | None = None) -> dict[str, dict]:
    out: dict[str, dict] = {}
    missing = index_missing()
    if missing is not None:
        print(f"bench_index: the index figures need the index ({missing}): skipped", file=sys.stderr)
        return out
    sizes = (10_000, 100_000) if quick else (10_000, 1_000_000)
    stores = [cow_store(cow_source(cow))]
    for n in sizes:
        stores.append(synthetic_store(n))
    head = stores[-1].label
    results: dict[str, dict[str, Any]] = {}
    for store in stores:
        print(f"  measuring {store.label}: {store.describe}", file=sys.stderr)
        results[store.label] = measure(store, quick)
    floor_name = "SQLite R*Tree floor (same boxes, same points)"
    for store in stores:
        r = results[store.label]
        suffix = "" if store.label == head else f"_{store.label}"
        extra = {
            "store": r["store"],
            "queries": r["queries"],
            "boxes": r["boxes"],
            "answer_rows": r["answer_rows"],
        }
        floor_med, floor_p99 = median(r["floor"]) * 1000, percentile(r["floor"], 99) * 1000
        look_med, look_p99 = median(r["lookup"]) * 1000, percentile(r["lookup"], 99) * 1000
        state_med, state_p99 = median(r["state"]) * 1000, percentile(r["state"], 99) * 1000
        headline = store.label == head
        out[f"index_lookup{suffix}"] = {
            **figure(
                look_med, "ms", f"{floor_name} (median)", floor_med, 3.0 if headline else None, higher=False
            ),
            **extra,
        }
        out[f"index_lookup{suffix}_p99"] = {
            **figure(look_p99, "ms", f"{floor_name} (p99)", floor_p99, None, higher=False),
            **extra,
        }
        out[f"state{suffix}"] = {
            **figure(
                state_med,
                "ms",
                f"{floor_name} (median); target: median <= {STATE_TARGET_MS:g} ms",
                floor_med,
                STATE_TARGET_MS if headline else None,
                higher=False,
                met=(state_med <= STATE_TARGET_MS) if headline else None,
            ),
            **extra,
        }
        out[f"state{suffix}_p99"] = {
            **figure(state_p99, "ms", f"{floor_name} (p99)", floor_p99, None, higher=False),
            **extra,
        }
        rate, floor, read, decoded, decode = r["rebuild"]
        out[f"rebuild{suffix}"] = {
            **figure(rate, "events/s", REBUILD_FLOOR, floor, 0.5 if headline else None),
            "store": r["store"],
            "events_read": read,
            "notifications": decoded,
            "decoding_alone_events_per_s": decode,
        }
        if store.label != "cow":
            b = store.build
            out[f"build_{store.label}"] = {
                **figure(
                    b["events_per_s"],
                    "events/s",
                    "raw sqlite3 executemany of the same JSON, one transaction per batch",
                    b.get("raw_events_per_s", 0.0),
                    None,
                ),
                "store": r["store"],
                "build_s": b["append_s"],
                "cached": b["cached"],
            }
    # the same history appended as decisions come in: many small batches of one organization
    few = small_batches_store(SMALL_BATCHES[0], SMALL_BATCHES[1])
    print(f"  measuring {few.label}: {few.describe}", file=sys.stderr)
    r = measure_rebuild(few, quick)
    rate, floor, read, decoded, decode = r["rebuild"]
    out["rebuild_small_batches"] = {
        **figure(rate, "events/s", REBUILD_FLOOR, floor, 0.25),
        "store": r["store"],
        "events_read": read,
        "notifications": decoded,
        "decoding_alone_events_per_s": decode,
    }
    small, big = results["10k"], results[head]
    for name, key in (("index_lookup", "lookup"), ("state", "state")):
        out[f"{name}_scaling"] = figure(
            median(big[key]) * 1000,
            "ms",
            f"median at 10k events ({small['store']}); value: median at {head}",
            median(small[key]) * 1000,
            10.0,
            higher=False,
        )
    wrong = [f"{s.label}: {w}" for s in stores for w in results[s.label]["lookup_wrong"]]
    total = sum(results[s.label]["queries"] for s in stores)
    out["index_lookup_mismatches"] = {
        **figure(
            float(len(wrong)),
            "queries",
            f"{total} queries, row counts vs the R*Tree",
            float(total),
            None,
            higher=False,
            met=not wrong,
        ),
        "examples": wrong[:10],
    }
    differ = [f"{s.label}: {w}" for s in stores for w in results[s.label]["state_wrong"]]
    compared = sum(results[s.label]["state_compared"] for s in stores)
    fold = [t for s in stores for t in results[s.label]["fold"]]
    out["state_mismatches"] = {
        **figure(
            float(len(differ)),
            "answers",
            f"{compared} answers compared with the pure fold",
            float(compared),
            None,
            higher=False,
            met=not differ,
        ),
        "examples": differ[:10],
        "fold_median_ms": {
            s.label: median(results[s.label]["fold"]) * 1000 for s in stores if results[s.label]["fold"]
        },
        "fold_samples": len(fold),
    }
    return out


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--cow", metavar="PATH")
    args = parser.parse_args()
    for name, f in figures(args.quick, args.cow).items():
        print(
            f"{name:26} {f['value']:>12.4g} {f['unit']:9} baseline {f['baseline_value']:>10.4g}  "
            f"ratio {f['ratio'] or 0:.4g}  target {f['target']}  met {f['met']}"
        )
