"""Crash safety: imports killed (SIGKILL) at random moments leave whole batches or none.

Each trial copies a fresh store, starts a process that imports three batches
of 1,000 events one after another through the CLI, and kills it at a random
moment across the import's measured duration. Afterwards the store opens,
every batch is there whole or not at all, and ``igo verify`` is clean. Both
outcomes must occur, or the test has not tested anything.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from click.testing import CliRunner
from conftest import discard, ev, founding, make_location

from igo_timeline import Timeline
from igo_timeline.cli import main

BATCHES = 3
EVENTS = 1_000
TRIALS = 14  # a backend; the whole test stays well under a minute

DRIVER = """
import sys
from igo_timeline.cli import main
store, *files = sys.argv[1:]
for f in files:
    try:
        main(["--store", store, "import", f], standalone_mode=False)
    except SystemExit:
        pass
"""


def _batches(folder: Path) -> tuple[list[str], list[set[str]]]:
    files, ids = [], []
    for b in range(BATCHES):
        events = [
            ev("MeetingHeld", body="summit", date=f"{2002 + i % 20}", place=f"Batch {b} place {i}")
            for i in range(EVENTS)
        ]
        path = folder / f"batch{b}.jsonl"
        path.write_text("\n".join(json.dumps(e) for e in events) + "\n")
        files.append(str(path))
        with Timeline("memory:") as t:  # the ids the events get, without touching the store under test
            t.append([founding()])
            ids.append(set(t.append(events).added))
    return files, ids


def _fresh(backend: str, base: str, tmp_path: Path, trial: int) -> str:
    if backend == "sqlite":
        path = str(tmp_path / f"trial{trial}.sqlite")
        shutil.copyfile(base, path)
        return path
    location = make_location(backend, tmp_path)
    with Timeline(location) as t:
        t.append([founding()])
    return location


def _import(location: str, files: list[str], kill_after: float | None) -> tuple[int, float]:
    began = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", DRIVER, location, *files],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    if kill_after is None:
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err.decode()
    else:
        try:
            proc.wait(timeout=kill_after)
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=120)
    return proc.returncode, time.perf_counter() - began


def test_killed_imports_leave_whole_batches_or_none(shared_store, tmp_path: Any):
    backend = "postgres" if shared_store.startswith("postgresql://") else "sqlite"
    files, ids = _batches(tmp_path)
    base = str(tmp_path / "base.sqlite")
    with Timeline(base) as t:
        t.append([founding()])

    # measure one uninterrupted import on a fresh store
    location = _fresh(backend, base, tmp_path, -1)
    _, duration = _import(location, files, None)
    with Timeline(location) as t:
        assert len(t.records("org")) == 1 + BATCHES * EVENTS
    discard(location)

    rng = random.Random(4)
    whole = absent = killed = 0
    for trial in range(TRIALS):
        location = _fresh(backend, base, tmp_path, trial)
        code, _ = _import(location, files, rng.uniform(0, duration))
        killed += code == -signal.SIGKILL
        with Timeline(location) as t:  # the store opens
            stored = {r.event.id for r in t.records("org")}
        landed = [len(batch & stored) for batch in ids]
        assert all(n in (0, EVENTS) for n in landed), f"trial {trial}: a batch is partly there: {landed}"
        assert landed == sorted(landed, reverse=True), f"trial {trial}: batches out of order: {landed}"
        assert len(stored) == 1 + sum(landed)
        whole += sum(n == EVENTS for n in landed)
        absent += sum(n == 0 for n in landed)
        check = CliRunner().invoke(main, ["--store", location, "verify"])
        assert check.exit_code == 0, f"trial {trial}: {check.output}"
        discard(location)
    print(
        f"{backend}: {killed}/{TRIALS} imports killed (import of {BATCHES}x{EVENTS} takes {duration:.2f}s); "
        f"batches whole {whole}, absent {absent}"
    )
    assert killed > 0 and whole > 0 and absent > 0
