"""Engine figures: appending a chronicle and answering state, against plain baselines."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from importlib import resources
from pathlib import Path

import yaml
from figures import child_env, figure  # benchmarks/figures.py: run.py puts this folder on sys.path

from igo_timeline import Timeline, state_as_of
from igo_timeline.cli.common import _Loader


def _chronicle() -> list[dict]:
    text = resources.files("igo_timeline.data").joinpath("sco.yaml").read_text("utf-8")
    return yaml.load(text, Loader=_Loader)  # noqa: S506 - a SafeLoader


def figures(quick: bool) -> dict[str, dict]:
    events = _chronicle()
    rounds = 3 if quick else 7
    out: dict[str, dict] = {}
    with tempfile.TemporaryDirectory() as tmp:
        # import: the bundled chronicle through the engine (rules and all) vs raw sqlite3 rows
        engine_times, raw_times = [], []
        for i in range(rounds):
            path = Path(tmp) / f"s{i}.sqlite"
            start = time.perf_counter()
            with Timeline(str(path)) as t:
                t.append(events)
            engine_times.append(time.perf_counter() - start)
            start = time.perf_counter()
            con = sqlite3.connect(Path(tmp) / f"raw{i}.sqlite")
            con.execute("create table e (id integer primary key, body text)")
            with con:
                con.executemany("insert into e (body) values (?)", [(json.dumps(e),) for e in events])
            con.close()
            raw_times.append(time.perf_counter() - start)
        value = len(events) / statistics.median(engine_times)
        base = len(events) / statistics.median(raw_times)
        out["chronicle_import"] = figure(
            value, "events/s", "raw sqlite3 executemany of the JSON rows", base, None
        )
        # state: the pure fold over the chronicle vs decoding the records alone
        with Timeline(str(Path(tmp) / "s0.sqlite")) as t:
            records = t.records("sco")
            days = [dt.date(2001, 6, 1) + dt.timedelta(days=97 * k) for k in range(20 if quick else 60)]
            fold = []
            for day in days:
                start = time.perf_counter()
                state_as_of("sco", records, day)
                fold.append(time.perf_counter() - start)
            load = []
            for _ in days[:10]:
                start = time.perf_counter()
                t.records("sco")
                load.append(time.perf_counter() - start)
        out["state_fold"] = figure(
            statistics.median(fold) * 1000,
            "ms",
            "reading the organization's records",
            statistics.median(load) * 1000,
            None,
        )
        out["cli_state"] = _cli_state(str(Path(tmp) / "s0.sqlite"), Path(tmp) / "pycache", 5 if quick else 11)
    return out


def _cli_state(store: str, pycache: Path, rounds: int) -> dict:
    """``igo state sco --as-of 2013-03-01`` (a process of its own, start-up and all) against a
    process that only imports click, pydantic and eventsourcing: the median wall times.

    Both run with byte code cached (in a folder of this run, as an installed package has it),
    after one untimed run of each (which also brings the store's index up to date). A third
    process, interleaved with them, imports the baseline's modules and the event model classes
    (``igo_timeline.events.models``, which the index's rows are decoded into): its ratio to the
    baseline (``event_models_ratio``) is the floor of any state answer built on those classes."""
    env = {**child_env(), "PYTHONPYCACHEPREFIX": str(pycache)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    cli = [sys.executable, "-m", "igo_timeline", "--store", store, "state", "sco", "--as-of", "2013-03-01"]
    base = [sys.executable, "-c", "import click, pydantic, eventsourcing"]
    models = [sys.executable, "-c", "import click, pydantic, eventsourcing, igo_timeline.events.models"]
    times: dict[int, list[float]] = {0: [], 1: [], 2: []}
    for k in range(rounds + 1):
        for which, command in enumerate((cli, base, models)):  # interleaved: all see the same load
            start = time.perf_counter()
            subprocess.run(command, check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            if k:
                times[which].append(time.perf_counter() - start)
    value = figure(
        statistics.median(times[0]),
        "s",
        "python -c 'import click, pydantic, eventsourcing'",
        statistics.median(times[1]),
        2.0,
        higher=False,
    )
    value["runs"] = rounds
    value["event_models_ratio"] = statistics.median(times[2]) / statistics.median(times[1])
    return value
