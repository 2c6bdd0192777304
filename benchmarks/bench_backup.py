"""Backup figures: moving the full COW store whole (``igo copy`` is a dump and a restore).

The source is the COW import (the file of ``run.py --cow``, imported once and
cached under /tmp/igo-bench-cache/, shared with bench_index.py).

- ``copy_cow``: ``igo dump`` to a file plus ``igo restore`` of it into a new
  SQLite store (every event with its record time and chain link, every chain
  verified, one transaction), in seconds, against the event-store library's
  batched save of the same events (``Application.save`` of the decoded
  events, 1,000 per call, into a new SQLite store). Target: within 4x. The
  restored store's as-of index is built by ``igo restore`` afterwards; its
  time is given beside (``index_s``), not in the figure.
- ``copy_cow_peak_rss``: the peak memory of the process that dumps and
  restores, measured when the restore is done (the restore holds every
  encoded event until it writes them in one transaction): against 500 MB, as
  ``cow_round_trip_peak_rss``.
- ``copy_cow_mismatches``: the oracle: organizations whose head differs after
  the restore, and stored events that differ byte for byte; target 0.

Each side runs in a child process of its own, so each peak memory is its own.
Run alone: ``python benchmarks/bench_backup.py [--quick] [--cow PATH]``.
"""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from figures import (  # run.py puts this folder on sys.path
    child_env,
    cow_kind,
    cow_source,
    figure,
    own_peak_mb,
)

BATCH = 1000


def _rows(location: str):
    """Every stored event as the library holds it, in log order, a page at a time."""
    from igo_timeline import Timeline

    with Timeline(location) as t:
        start = 1
        while True:
            page = t.app.recorder.select_notifications(start=start, limit=5000)
            yield from ((n.originator_id, n.originator_version, n.topic, bytes(n.state)) for n in page)
            if len(page) < 5000:
                return
            start = page[-1].id + 1


def _copy_child(source: str, folder: str) -> None:
    """Dump then restore, timing each, then check the copy against the source."""
    from igo_timeline import Timeline
    from igo_timeline.engine import dump
    from igo_timeline.engine.integrity import verify

    target = str(Path(folder) / "restored.sqlite")
    dumped = Path(folder) / "cow.igodump"
    start = time.perf_counter()
    with Timeline(source) as t, dumped.open("wb") as fh:
        events = dump.write(dump.read_store(t), fh)
    dumped_at = time.perf_counter()
    with Timeline(target) as t, dumped.open("rb") as fh:
        dump.restore(t, dump.read(fh, dumped.name), dumped.name)
        restored_at = time.perf_counter()
        peak_mb = own_peak_mb()  # dump and restore only
        t.index.catch_up()
    indexed_at = time.perf_counter()
    with Timeline(source) as a, Timeline(target) as b:
        heads = {h.org: h.link for h in verify(a, index=False).heads}
        again = {h.org: h.link for h in verify(b, index=False).heads}
    bad_heads = sum(1 for org in heads.keys() | again.keys() if heads.get(org) != again.get(org))
    missing = object()
    bad_rows = sum(
        1 for x, y in itertools.zip_longest(_rows(source), _rows(target), fillvalue=missing) if x != y
    )
    print(
        json.dumps(
            {
                "events": events,
                "dump_s": dumped_at - start,
                "restore_s": restored_at - dumped_at,
                "index_s": indexed_at - restored_at,
                "dump_bytes": dumped.stat().st_size,
                "orgs": len(heads),
                "peak_mb": peak_mb,
                "whole_peak_mb": own_peak_mb(),  # the index build and the check included
                "mismatches": bad_heads + bad_rows,
            }
        )
    )


def _save_child(source: str, folder: str) -> None:
    """The baseline: the same events, decoded beforehand, saved by the library 1,000 per call."""
    from igo_timeline import Timeline
    from igo_timeline.engine.store import TimelineStore, store_env

    with Timeline(source) as t:
        events = []
        start = 1
        while True:
            page = t.app.recorder.select_notifications(start=start, limit=5000)
            events += [t.app.mapper.to_domain_event(n) for n in page]
            if len(page) < 5000:
                break
            start = page[-1].id + 1
    app = TimelineStore(env=store_env(str(Path(folder) / "saved.sqlite")))
    began = time.perf_counter()
    for i in range(0, len(events), BATCH):
        app.save(*events[i : i + BATCH])
    took = time.perf_counter() - began
    app.close()
    print(json.dumps({"events": len(events), "save_s": took}))


def _child(kind: str, source: str, folder: str) -> dict:
    done = subprocess.run(
        [sys.executable, __file__, f"--{kind}", source, folder],
        check=True,
        capture_output=True,
        text=True,
        env=child_env(),
    )
    return json.loads(done.stdout)


def figures(quick: bool, cow: str | Path | None = None) -> dict[str, dict]:
    from bench_index import cow_store  # the cached COW import, shared with the index figures

    src = cow_source(cow)
    which = cow_kind(src)
    store = cow_store(src)
    with tempfile.TemporaryDirectory() as tmp:
        # the baseline first: its peak memory (every decoded event at once) is not the copy's
        saved = _child("save", str(store.path), tmp)
        copied = _child("copy", str(store.path), tmp)
    value = copied["dump_s"] + copied["restore_s"]
    out = {
        "copy_cow": figure(
            value,
            "s",
            f"the library's batched save of the same {saved['events']} events, {BATCH} per save ({which})",
            saved["save_s"],
            4.0,
            higher=False,
        ),
        "copy_cow_peak_rss": figure(copied["peak_mb"], "MB", "target 500 MB", 500.0, 1.0, higher=False),
        "copy_cow_mismatches": figure(
            float(copied["mismatches"]),
            "events",
            f"{copied['events']} events of {copied['orgs']} organizations compared",
            float(copied["events"]),
            None,
            higher=False,
            met=copied["mismatches"] == 0,
        ),
    }
    # the child's whole peak, the index build and the byte-for-byte check included
    out["copy_cow_peak_rss"]["child_peak_mb"] = copied["whole_peak_mb"]
    out["copy_cow"].update({k: copied[k] for k in ("events", "dump_s", "restore_s", "index_s", "dump_bytes")})
    return out


if __name__ == "__main__":
    if sys.argv[1:2] == ["--copy"]:
        _copy_child(*sys.argv[2:4])
    elif sys.argv[1:2] == ["--save"]:
        _save_child(*sys.argv[2:4])
    else:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        args = [a for a in sys.argv[1:] if a != "--quick"]
        cow_arg = args[args.index("--cow") + 1] if "--cow" in args else None
        for name, fig in figures("--quick" in sys.argv, cow_arg).items():
            print(
                f"{name:24} {fig['value']:>12.4g} {fig['unit']:7} ratio {fig['ratio'] or 0:.4g}"
                f"  target {fig['target']}  met {fig['met']}  ({fig['baseline']})"
            )
