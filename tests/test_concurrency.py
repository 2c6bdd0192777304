"""Concurrent writer processes on one shared store (SQLite file, PostgreSQL schema).

Every accepted event lands exactly once; the rules hold across the
interleaving (of racing appointments to one office and term, exactly one
wins); an append that keeps losing the race gives up after ``--attempts``,
exit 1, with nothing written.

The writers are spawned, not forked: a forked child inherits the locks that the
test process's threads held at that instant (connection pools' workers, servers
of earlier tests), and in one CI run of session 22 a forked writer's pool never
got its connection ("couldn't get a connection after 10.00 sec").
"""

from __future__ import annotations

import multiprocessing as mp
import sqlite3
import time
from collections import Counter
from typing import Any

import pytest
from click.testing import CliRunner
from conftest import appoint, ev, founding

from igo_timeline import StoreError, Timeline
from igo_timeline.cli import main
from igo_timeline.engine.integrity import verify
from igo_timeline.errors import RuleViolation

PROCESSES = 4
APPENDS = 100
TERMS = 12


def _meetings(location: str, worker: int, start: Any, out: Any) -> None:
    added: list[str] = []
    known: list[str] = []
    with Timeline(location, attempts=1000) as t:
        start.wait()
        for i in range(APPENDS):
            result = t.append(
                [ev("MeetingHeld", body="summit", date=f"{2002 + i % 20}", place=f"Place {worker}-{i}")]
            )
            added += result.added
            known += result.known
    out.put((worker, added, known))


def _race_terms(location: str, person: str, start: Any, out: Any) -> None:
    outcomes = []
    with Timeline(location, attempts=1000) as t:
        start.wait()
        for year in range(2013, 2013 + TERMS):
            try:
                t.append([appoint(person, f"{year}-01-01/{year}-12-31")])
                outcomes.append((year, "won"))
            except RuleViolation as err:
                outcomes.append((year, err.rule))
    out.put((person, outcomes))


def _run(target: Any, args: list[tuple[Any, ...]], start: Any) -> float:
    ctx = mp.get_context("spawn")
    procs = [ctx.Process(target=target, args=a) for a in args]
    for p in procs:
        p.start()
    began = time.perf_counter()
    start.set()
    for p in procs:
        p.join(300)
        assert p.exitcode == 0, f"a writer process failed (exit {p.exitcode})"
    return time.perf_counter() - began


def test_four_processes_by_a_hundred_appends_land_exactly_once(shared_store):
    with Timeline(shared_store) as t:
        t.append([founding()])
    ctx = mp.get_context("spawn")
    out, start = ctx.Queue(), ctx.Event()
    elapsed = _run(_meetings, [(shared_store, w, start, out) for w in range(PROCESSES)], start)
    results = [out.get(timeout=10) for _ in range(PROCESSES)]
    accepted = [i for _, added, _ in results for i in added]
    assert len(accepted) == PROCESSES * APPENDS and not any(known for _, _, known in results)
    with Timeline(shared_store) as t:
        stored = [r.event.id for r in t.records("org")[1:]]
        positions = [r.position for r in t.records("org")]
        report = verify(t)
    assert Counter(stored) == Counter(accepted)  # every accepted event once, nothing else
    assert positions == list(range(2, 2 + 1 + PROCESSES * APPENDS))
    assert not report.problems and report.events == 1 + PROCESSES * APPENDS
    print(f"{PROCESSES} processes x {APPENDS} appends: {len(stored)} stored in {elapsed:.1f}s")


def test_racing_appointments_one_wins_each_term(shared_store):
    with Timeline(shared_store) as t:
        t.append([founding()])
    ctx = mp.get_context("spawn")
    out, start = ctx.Queue(), ctx.Event()
    people = ["Alpha", "Bravo", "Charlie", "Delta"]
    _run(_race_terms, [(shared_store, p, start, out) for p in people], start)
    results = dict(out.get(timeout=10) for _ in people)
    with Timeline(shared_store) as t:
        stored = {
            r.event.term: r.event.person for r in t.records("org") if r.event.type == "OfficialAppointed"
        }
    for year in range(2013, 2013 + TERMS):
        outcomes = {person: dict(results[person])[year] for person in people}
        winners = [p for p, o in outcomes.items() if o == "won"]
        assert len(winners) == 1, f"{year}: {outcomes}"
        # the losers' terms begin the winner's day: a same-day conflict (issue 11), not a mere overlap
        assert sorted(o for o in outcomes.values() if o != "won") == ["same-day-conflict"] * 3
        assert stored[f"{year}-01-01/{year}-12-31"] == winners[0]
    assert len(stored) == TERMS


class _Interloper:
    """Appends to the stream between every read and save of the timeline it watches."""

    def __init__(self, timeline: Timeline, location: str) -> None:
        self.other = Timeline(location)
        self.load = timeline._load
        self.count = 0

    def __call__(self, slug: str) -> Any:
        stream = self.load(slug)
        self.count += 1
        self.other.append([ev("MeetingHeld", body="summit", date="2005", place=f"Interloper {self.count}")])
        return stream


def test_an_append_that_always_loses_gives_up_with_nothing_written(shared_store, monkeypatch):
    with Timeline(shared_store) as t:
        t.append([founding()])
    with Timeline(shared_store, attempts=3) as t:
        interloper = _Interloper(t, shared_store)
        monkeypatch.setattr(t, "_load", interloper)
        with pytest.raises(StoreError, match="after 3 attempts: other writers kept changing it"):
            t.append([appoint("Loser", "2013-01-01/2015-12-31")])
        interloper.other.close()
        assert interloper.count == 3
    with Timeline(shared_store) as t:
        records = t.records("org")
    assert [r.event.type for r in records].count("OfficialAppointed") == 0
    assert len(records) == 1 + 3  # the founding and the interloper's three meetings


def test_the_cli_gives_up_on_a_locked_store_after_its_attempts(tmp_path, monkeypatch):
    path = str(tmp_path / "s.sqlite")
    with Timeline(path) as t:
        t.append([founding()])
        before = t.position()
    monkeypatch.setenv("IGO_SQLITE_LOCK_TIMEOUT", "1")
    blocker = sqlite3.connect(path, isolation_level=None)
    blocker.execute("BEGIN EXCLUSIVE")  # another writer holds the file
    try:
        result = CliRunner().invoke(
            main,
            [
                "--store",
                path,
                "--attempts",
                "2",
                "appoint",
                "org",
                "secretary-general",
                "Someone",
                "--term",
                "2013-01-01/2015-12-31",
                "--document",
                "d",
                "--quote",
                "q",
            ],
        )
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: could not append to org after 2 attempts")
    assert "nothing was written" in result.stderr and "Traceback" not in result.output
    with Timeline(path) as t:
        assert t.position() == before
