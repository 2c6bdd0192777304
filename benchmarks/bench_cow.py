"""COW figures: the full Correlates of War IGO import and round trip, against plain baselines.

The input is ``run.py --cow PATH``; by default ../shared/data/cow-igo-v3/cow_igo_v3_igo_year.csv
when it exists, else the tests' excerpt (the figures say which, under ``baseline``). ``import``
is the engine's import rate (events/s, rules and all) against the event-store library's own
batched ``Application.save`` of the same stored events (about 1,000 a call, no rules, no
validation; target >= 0.5); ``import_vs_raw_sqlite3`` keeps the first round's yardstick (raw
sqlite3 ``executemany`` of the same payloads as JSON rows, one transaction), and
``cow_index_build`` is the index built after the import, its own figure. The round trip is also the
oracle: every cell of the source must come back, and no extra row; the mismatches are a
figure of their own, with target 0. Run alone:

    python benchmarks/bench_cow.py [--quick] [PATH]

The round trip runs in a child process, so its peak memory is its own.
"""

from __future__ import annotations

import csv
import json
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from figures import (  # run.py puts this folder on sys.path
    child_env,
    cow_kind,
    cow_source,
    figure,
    own_peak_mb,
)


def _child(src: str, store: str, out: str) -> None:
    """Import then export, timing each (run in a child process)."""
    from igo_timeline import Timeline
    from igo_timeline.cow import import_cow, write_cow
    from igo_timeline.projections.effective import effective_events

    start, cpu = time.perf_counter(), time.process_time()
    with Timeline(store) as t:
        summary = import_cow(t, src)
        imported, imported_cpu = time.perf_counter(), time.process_time()
        with open(out, "w", newline="", encoding="utf-8") as handle:
            rows = write_cow(
                handle,
                (
                    (s, effective_events(t.records(s, validate=False)))
                    for s in t.org_slugs()
                    if s.startswith("cow-")
                ),
            )
    done, done_cpu = time.perf_counter(), time.process_time()
    again = time.perf_counter()
    with Timeline(store) as t:
        added = import_cow(t, src).events_added
    print(
        json.dumps(
            {
                "events": summary.events_added,
                "rows": rows,
                "import_s": imported - start,
                "export_s": done - imported,
                # CPU seconds (time.process_time): less sensitive to a loaded machine than wall time
                "import_cpu_s": imported_cpu - cpu,
                "export_cpu_s": done_cpu - imported_cpu,
                "reimport_s": time.perf_counter() - again,
                "reimport_added": added,
                # this process's own peak (a figure of the run's children would be the largest child's)
                "peak_kb": own_peak_mb() * 1024,
            }
        )
    )


def _library_save(stored: list[tuple[str, list[Any]]], fresh: str, cpu: bool = False) -> float:
    """Seconds (wall, or CPU with ``cpu``) of the event-store library's own batched save of the
    stored events into a fresh store: ``Application.save`` of about 1,000 events a call, no
    rules, no validation."""
    from igo_timeline.engine.store import OrgStream, open_store

    app = open_store(fresh)
    try:
        start = time.process_time() if cpu else time.perf_counter()
        pending, count = [], 0
        for slug, evs in stored:
            agg = OrgStream(slug)
            for ev in evs[1:]:
                agg.trigger_event(
                    OrgStream.Recorded,
                    event=ev.event,
                    timestamp=ev.timestamp,
                    extents=ev.extents,
                    link=ev.link,
                )
            pending.append(agg)
            count += len(evs)
            if count >= 1000:
                app.save(*pending)
                pending, count = [], 0
        if pending:
            app.save(*pending)
        return (time.process_time() if cpu else time.perf_counter()) - start
    finally:
        app.close()


def _child_baseline(src: str, store: str, tmp: str) -> None:
    """The import against the library's batched save of the same stored events, measured side
    by side in one process (the machine's load changes by the minute): the library's save,
    the engine's import into a fresh store, the library's save again (the import's yardstick
    is the mean of the two); then the index built after the import, its own figure."""
    from igo_timeline import Timeline
    from igo_timeline.cow import import_cow
    from igo_timeline.engine.store import stream_id

    with Timeline(store) as t:
        stored = [(slug, list(t.app.events.get(stream_id(slug)))) for slug in t.org_slugs()]
    events = sum(len(evs) - 1 for _, evs in stored)  # the decisions: each stream's Created aside
    first = _library_save(stored, str(Path(tmp) / "library1.sqlite"))
    first_cpu = _library_save(stored, str(Path(tmp) / "library1c.sqlite"), cpu=True)
    with Timeline(str(Path(tmp) / "again.sqlite")) as t:
        start, cpu = time.perf_counter(), time.process_time()
        added = import_cow(t, src).events_added
        import_s, import_cpu_s = time.perf_counter() - start, time.process_time() - cpu
        second = _library_save(stored, str(Path(tmp) / "library2.sqlite"))
        second_cpu = _library_save(stored, str(Path(tmp) / "library2c.sqlite"), cpu=True)
        start = time.perf_counter()
        t.index.catch_up()
        index_s = time.perf_counter() - start
    print(
        json.dumps(
            {
                "events": events,
                "added": added,
                "import_s": import_s,
                "save_s": [first, second],
                "import_cpu_s": import_cpu_s,
                "save_cpu_s": [first_cpu, second_cpu],
                "index_s": index_s,
            }
        )
    )


def _mismatches(src: Path, out: Path) -> tuple[int, int, int]:
    """(cells that differ or are missing, extra rows, state cells compared)."""
    with src.open(newline="", encoding="utf-8") as a, out.open(newline="", encoding="utf-8") as b:
        want, got = list(csv.reader(a)), list(csv.reader(b))
    bad = 0 if want[0] == got[0] else len(want[0])
    header = want[0]
    states = range(3, header.index("sdate"))
    back = {(r[0], r[2]): r for r in got[1:]}
    compared = 0
    for row in want[1:]:
        other = back.pop((row[0], row[2]), None)
        if other is None:
            bad += len(row)
            continue
        bad += sum(1 for i in range(len(row)) if row[i] != other[i])
        compared += len(states)
    return bad, len(back), compared


def _events_as_json(src: Path) -> list[str]:
    from igo_timeline.cow import org_events, read_orgs

    return [json.dumps(e) for name, rows in read_orgs(src) for e in org_events(name, rows)[0]]


def figures(quick: bool, cow: str | Path | None = None) -> dict[str, dict]:
    src = cow_source(cow)
    which = cow_kind(src)
    out: dict[str, dict] = {}
    with tempfile.TemporaryDirectory() as tmp:
        store, written = str(Path(tmp) / "cow.sqlite"), Path(tmp) / "back.csv"
        start = time.perf_counter()
        child = subprocess.run(
            [sys.executable, __file__, "--child", str(src), store, str(written)],
            check=True,
            capture_output=True,
            text=True,
            env=child_env(),  # the working tree's igo_timeline, as in this process
        )
        wall = time.perf_counter() - start
        run = json.loads(child.stdout)
        peak_mb = run["peak_kb"] / 1024
        base = json.loads(
            subprocess.run(
                [sys.executable, __file__, "--child-baseline", str(src), store, tmp],
                check=True,
                capture_output=True,
                text=True,
                env=child_env(),
            ).stdout
        )
        bad, extra, compared = _mismatches(src, written)

        # baselines: the same events as JSON rows into raw sqlite3; the same CSV through the csv module
        payloads = _events_as_json(src)
        raws, copies = [], []
        for k in range(3):  # the median of three: these take a fraction of a second, noise weighs
            con = sqlite3.connect(Path(tmp) / f"raw{k}.sqlite")
            con.execute("create table e (id integer primary key, body text)")
            start = time.perf_counter()
            with con:
                con.executemany("insert into e (body) values (?)", [(p,) for p in payloads])
            raws.append(time.perf_counter() - start)
            con.close()
            start = time.perf_counter()
            with (
                src.open(newline="", encoding="utf-8") as a,
                (Path(tmp) / "copy.csv").open("w", newline="") as b,
            ):
                csv.writer(b).writerows(csv.reader(a))
            copies.append(time.perf_counter() - start)
        raw, copy = statistics.median(raws), statistics.median(copies)

    rate = base["added"] / base["import_s"]  # side by side with the library's save (see _child_baseline)
    library = base["events"] / statistics.mean(base["save_s"])
    out["import"] = figure(
        rate,
        "events/s",
        f"the event-store library's own Application.save of the same stored events, about 1,000 a "
        f"call, no rules, no validation ({which})",
        library,
        0.5,
        higher=True,
    )
    out["import"]["events"] = base["added"]
    # the same ratio in CPU seconds (time.process_time), which a loaded machine sways less
    out["import"]["cpu_ratio"] = statistics.mean(base["save_cpu_s"]) / base["import_cpu_s"]
    out["import"]["import_cpu_s"] = base["import_cpu_s"]
    out["import"]["library_save_cpu_s"] = statistics.mean(base["save_cpu_s"])
    out["import"]["round_trip_import_events_per_s"] = run["events"] / run["import_s"]
    out["import_vs_raw_sqlite3"] = figure(
        rate, "events/s", f"raw sqlite3 executemany of the JSON events ({which})", len(payloads) / raw, None
    )
    out["cow_index_build"] = figure(
        base["events"] / base["index_s"],
        "events/s",
        "the library's batched save of the same events (the import's yardstick)",
        library,
        None,
    )
    trip = run["import_s"] + run["export_s"]
    out["cow_round_trip"] = figure(
        trip,
        "s",
        f"csv module read + write ({which}); target: within 60x and under 15 s",
        copy,
        60,
        higher=False,
        met=trip / copy <= 60 and trip < 15,
    )
    out["cow_round_trip_peak_rss"] = figure(peak_mb, "MB", "target 300 MB", 300.0, 1.0, higher=False)
    out["cow_export"] = figure(
        run["rows"] / run["export_s"], "rows/s", f"{run['rows']} rows", run["rows"], None, higher=True
    )
    out["cow_reimport_adds"] = figure(
        float(run["reimport_added"]),
        "events",
        "a second import adds nothing",
        0.0,
        None,
        higher=False,
        met=run["reimport_added"] == 0,
    )
    out["cow_round_trip_mismatches"] = figure(
        float(bad + extra),
        "cells",
        f"{compared} state cells compared",
        float(compared),
        None,
        higher=False,
        met=bad + extra == 0,
    )
    out["cow_round_trip"]["wall_s_with_process_start"] = wall
    out["cow_round_trip"]["import_s"] = run["import_s"]
    out["cow_round_trip"]["export_s"] = run["export_s"]
    out["cow_round_trip"]["cpu_s"] = run["import_cpu_s"] + run["export_cpu_s"]
    out["cow_round_trip"]["import_cpu_s"] = run["import_cpu_s"]
    out["cow_round_trip"]["export_cpu_s"] = run["export_cpu_s"]
    return out


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        _child(*sys.argv[2:5])
    elif sys.argv[1:2] == ["--child-baseline"]:
        _child_baseline(*sys.argv[2:5])
    else:
        args = [a for a in sys.argv[1:] if a != "--quick"]
        for name, figure in figures("--quick" in sys.argv, args[0] if args else None).items():
            print(
                f"{name:28} {figure['value']:>12.4g} {figure['unit']:9} ratio {figure['ratio'] or 0:.4g}"
                f"  target {figure['target']}  met {figure['met']}  ({figure['baseline']})"
            )
            extra = {k: v for k, v in figure.items() if k.endswith(("cpu_s", "cpu_ratio", "_s"))}
            if extra:
                print(" " * 30 + "  ".join(f"{k} {v:.3g}" for k, v in extra.items()))
