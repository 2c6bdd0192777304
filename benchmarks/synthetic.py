"""Synthetic histories of any size whose answers stay the same size.

:func:`history` yields, per organization, one batch of valid events: its
founding (ladder ``member``/``observer``, one office, a few founders), then for
a fixed set of 20-40 parties (real ISO 3166-1 alpha-3 codes) chains of
consecutive statuses (observer -> member -> withdrawn -> observer -> ...), an
office filled by consecutive terms, and presidency handovers among the members
of the day. Every date falls in the same calendar range (1900-2020), so a
longer history means more, shorter spells, not a bigger state: the answer to
"the organization as of a day" has about the same size at 10,000 events as at
1,000,000. The events pass the engine's rules (no status granted twice, no
withdrawal of a status not held, no overlapping terms, the presidency only to a
member of the day, nothing before the founding); one seed gives one history.

:func:`store` builds such a history into an SQLite store once and keeps it in
``/tmp/igo-bench-cache/``, keyed by (events, organizations, seed, code version),
so repeated runs reuse it; it reports the build time when it had to build.

    python benchmarks/synthetic.py N [--orgs K] [--seed S]   # build (or find) the store, print its path
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import json
import os
import random
import sqlite3
import sys
import tempfile
import time
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CACHE = Path(os.environ.get("IGO_BENCH_CACHE", "/tmp/igo-bench-cache"))

FOUNDED = dt.date(1900, 1, 1)
FIRST = FOUNDED + dt.timedelta(days=1)  # the first day a change may happen
LAST = dt.date(2020, 12, 31)  # the last day a change may happen
OFFICE = "secretary-general"
CYCLE = ("observer", "member", None)  # None: withdrawn
PRESIDENCY_SHARE = 0.05  # of each organization's events after its founding
TERM_SHARE = 0.05
GENERATOR = 1  # bump when history() yields other events for the same arguments: cached stores go stale


@cache
def iso_codes() -> tuple[str, ...]:
    """Every ISO 3166-1 alpha-3 code the engine resolves to itself, sorted."""
    import pycountry

    from igo_timeline.events.parties import resolve_party

    out = []
    for country in pycountry.countries:
        try:
            if resolve_party(country.alpha_3) == country.alpha_3:
                out.append(country.alpha_3)
        except Exception:  # noqa: BLE001, S112 - a code the engine does not take is simply left out
            continue
    return tuple(sorted(out))


def _day(ordinal: int) -> str:
    return dt.date.fromordinal(ordinal).isoformat()


def _split(total: int, parts: int) -> list[int]:
    base, extra = divmod(total, parts)
    return [base + (1 if i < extra else 0) for i in range(parts)]


def history(
    n_events: int, *, orgs: int, seed: int, batch: int | None = None
) -> Iterator[list[dict[str, Any]]]:
    """Exactly ``n_events`` valid events over ``orgs`` organizations, one batch per organization;
    with ``batch``, each organization's founding alone, then its history ``batch`` events at a
    time (valid-time order: every prefix is a valid history)."""
    if orgs < 1 or n_events < orgs:
        raise ValueError(f"{n_events} events cannot found {orgs} organizations (one founding each)")
    for k, size in enumerate(_split(n_events, orgs)):
        events = org_history(k, size, random.Random(f"{seed}:{k}"))
        if batch is None:
            yield events
            continue
        yield events[:1]
        for i in range(1, len(events), batch):
            yield events[i : i + batch]


def slug(k: int) -> str:
    return f"syn-{k:04d}"


def org_history(k: int, size: int, rng: random.Random) -> list[dict[str, Any]]:
    """One organization's ``size`` events: its founding first, then in valid-time order."""
    org = slug(k)
    codes = iso_codes()
    parties = rng.sample(codes, rng.randint(20, 40))
    founders = parties[: rng.randint(3, 6)]
    lo, hi = FIRST.toordinal(), LAST.toordinal()
    span = hi - lo + 1

    def source(quote: str) -> dict[str, str]:
        return {"document": f"synthetic-{org}", "quote": quote}

    founding = {
        "type": "OrganizationFounded",
        "org": org,
        "name": f"Synthetic Organization {k}",
        "founded": FOUNDED.isoformat(),
        "founders": founders,
        "statuses": ["member", "observer"],
        "offices": {OFFICE: "Secretary-General"},
        "source": source(f"Synthetic Organization {k} is founded on {FOUNDED} by {', '.join(founders)}"),
    }
    rest = size - 1
    presidencies = int(rest * PRESIDENCY_SHARE)
    terms = int(rest * TERM_SHARE)
    changes = rest - presidencies - terms
    dated: list[tuple[int, int, dict[str, Any]]] = []  # (day, tie-break, event)

    # status chains: each party cycles observer -> member -> withdrawn; founders start as members
    timeline: dict[str, tuple[list[int], list[str | None]]] = {}
    for party, count in zip(parties, _split(changes, len(parties)), strict=True):
        if count > span:
            raise ValueError(f"{count} status changes of one party do not fit in {span} days")
        days = sorted(rng.sample(range(lo, hi + 1), count))
        step = 2 if party in founders else 0  # a founder holds "member": its next change withdraws it
        states: list[str | None] = []
        for day in days:
            status = CYCLE[step % 3]
            step += 1
            states.append(status)
            if status is None:
                event = {"type": "StatusWithdrawn", "org": org, "party": party, "effective": _day(day)}
                event["source"] = source(f"{party} withdraws from {org} on {_day(day)}")
            else:
                event = {
                    "type": "StatusGranted",
                    "org": org,
                    "party": party,
                    "status": status,
                    "effective": _day(day),
                }
                event["source"] = source(f"{party} becomes {status} of {org} on {_day(day)}")
            dated.append((day, len(dated), event))
        timeline[party] = (days, states)

    def member(party: str, day: int) -> bool:
        days, states = timeline[party]
        i = bisect.bisect_right(days, day) - 1
        return (party in founders) if i < 0 else states[i] == "member"

    # presidency handovers: on distinct days, each to a member of the day other than the holder;
    # a day without one is skipped (rare), and the office takes the events it leaves
    made = 0
    holder: str | None = None
    for day in sorted(rng.sample(range(lo, hi + 1), min(span, presidencies))):
        candidates = [p for p in parties if p != holder and member(p, day)]
        if not candidates:
            continue
        to = rng.choice(candidates)
        event = {"type": "PresidencyHandedOver", "org": org, "to_party": to, "effective": _day(day)}
        if holder is not None:
            event["from_party"] = holder
        event["source"] = source(f"the presidency passes to {to} on {_day(day)}")
        dated.append((day, len(dated), event))
        holder = to
        made += 1
    terms += presidencies - made  # what the presidency could not take, the office takes

    # the office: consecutive terms b[i] .. b[i+1]-1, the last ending on LAST
    if terms:
        if terms > span:
            raise ValueError(f"{terms} terms do not fit in {span} days")
        bounds = sorted(rng.sample(range(lo, hi + 1), terms)) + [hi + 1]
        for i in range(terms):
            start, end = bounds[i], bounds[i + 1] - 1
            person = f"Official {k}-{i}"
            event = {
                "type": "OfficialAppointed",
                "org": org,
                "office": OFFICE,
                "person": person,
                "nationality": rng.choice(parties),
                "term": f"{_day(start)}/{_day(end)}",
                "source": source(f"{person} is appointed Secretary-General for {_day(start)} to {_day(end)}"),
            }
            dated.append((start, len(dated), event))
    dated.sort(key=lambda item: (item[0], item[1]))
    return [founding, *(event for _, _, event in dated)]


# -- stores ------------------------------------------------------------------------------------


def code_version() -> str:
    """What a cached store depends on: the generator's output (GENERATOR, bumped whenever it
    changes) and the store's format (engine/store.py, events/dates.py, the eventsourcing version). A cached store
    that no longer reads is built again (see bench_index)."""
    digest = hashlib.sha256(f"generator {GENERATOR}".encode())
    # the stored format: the store's events, and the extents they carry (events/dates.py); a tree
    # whose format differs (another branch's, sharing the cache) builds a store of its own
    for part in (("engine", "store.py"), ("events", "dates.py")):
        source = ROOT.joinpath("igo_timeline", *part)
        digest.update(source.read_bytes() if source.exists() else b"-")
    try:
        from importlib.metadata import version

        digest.update(version("eventsourcing").encode())
    except Exception:  # noqa: BLE001 - not installed as a distribution: the file decides
        pass
    return digest.hexdigest()[:12]


def store_path(n_events: int, *, orgs: int, seed: int, batch: int | None = None) -> Path:
    batches = f"-b{batch}" if batch else ""
    return CACHE / f"synthetic-n{n_events}-o{orgs}-s{seed}{batches}-{code_version()}.sqlite"


def build(
    path: Path, n_events: int, *, orgs: int, seed: int, batch: int | None = None, progress: bool = False
) -> dict[str, float]:
    """Append the history to a fresh store at ``path`` (one append per organization): the timings,
    and the baseline: the same batches as JSON rows into raw sqlite3, one transaction each."""
    from igo_timeline import Timeline

    generating = appending = raw = 0.0
    count = 0
    with tempfile.TemporaryDirectory() as tmp, Timeline(str(path)) as tl:
        con = sqlite3.connect(Path(tmp) / "raw.sqlite")
        con.execute("create table e (id integer primary key, body text)")
        batches = history(n_events, orgs=orgs, seed=seed, batch=batch)
        while True:
            start = time.perf_counter()
            chunk = next(batches, None)
            generating += time.perf_counter() - start
            if chunk is None:
                break
            start = time.perf_counter()
            result = tl.append(chunk)
            appending += time.perf_counter() - start
            count += len(result.added)
            start = time.perf_counter()
            with con:
                con.executemany("insert into e (body) values (?)", [(json.dumps(e),) for e in chunk])
            raw += time.perf_counter() - start
            if progress:
                print(f"\r  built {count:,}/{n_events:,} events", end="", file=sys.stderr, flush=True)
        con.close()
    if progress:
        print(file=sys.stderr)
    if count != n_events:
        raise RuntimeError(f"the store took {count} of {n_events} events")
    return {
        "events": count,
        "generate_s": generating,
        "append_s": appending,
        "events_per_s": count / appending if appending else 0.0,
        "raw_s": raw,
        "raw_events_per_s": count / raw if raw else 0.0,
    }


def store(
    n_events: int, *, orgs: int, seed: int, batch: int | None = None, progress: bool = False
) -> tuple[Path, dict[str, Any]]:
    """The cached store of this history, built when missing: (path, its build timings, with
    ``cached`` true when it was built by an earlier run)."""
    path = store_path(n_events, orgs=orgs, seed=seed, batch=batch)
    notes = path.with_name(path.name + ".json")
    if path.exists() and notes.exists():
        return path, {**json.loads(notes.read_text()), "cached": True}
    CACHE.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f"{path.name}.{os.getpid()}.partial")
    for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
        leftover.unlink(missing_ok=True)
    timings = build(partial, n_events, orgs=orgs, seed=seed, batch=batch, progress=progress)
    con = sqlite3.connect(partial)  # fold any write-ahead log into the file before it moves
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    partial.replace(path)  # atomic: an interrupted build leaves no store under the final name
    notes.write_text(json.dumps(timings))
    return path, {**timings, "cached": False}


def forget(n_events: int, *, orgs: int, seed: int, batch: int | None = None) -> None:
    """Drop the cached store (one that no longer reads, say)."""
    path = store_path(n_events, orgs=orgs, seed=seed, batch=batch)
    for stale in (path, path.with_name(path.name + ".json"), Path(f"{path}-wal"), Path(f"{path}-shm")):
        stale.unlink(missing_ok=True)


if __name__ == "__main__":
    import argparse

    sys.path.insert(0, str(ROOT))
    parser = argparse.ArgumentParser(description="build (or find) a synthetic store")
    parser.add_argument("events", type=int)
    parser.add_argument("--orgs", type=int, default=100)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--batch", type=int, help="append this many events at a time (default: per org)")
    args = parser.parse_args()
    found, built = store(args.events, orgs=args.orgs, seed=args.seed, batch=args.batch, progress=True)
    print(found)
    if not built["cached"]:
        print(
            f"built in {built['append_s']:.1f} s ({built['events_per_s']:,.0f} events/s; raw sqlite3 "
            f"{built['raw_events_per_s']:,.0f} events/s)",
            file=sys.stderr,
        )
