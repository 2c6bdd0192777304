"""Append and backend figures: one decision appended into a long organization against a short one,
and the main figures (state, append_one, import, rebuild) on PostgreSQL and on an encrypted SQLite
store, each against the same figure on plain SQLite in the same run.

- ``append_one`` (in process) and ``append_one_cli`` (``igo append``, a process of its own): the
  median time of recording one decision, a grant to a party new to the organization, into an
  organization that holds 100,000 events (20,000 with ``--quick``) against the same into one
  that holds 1,000 (target: within 3x); ``append_one_10k`` and ``append_one_cli_10k`` the same
  at 10,000 events (not with ``--quick``).
- ``state_<backend>``, ``append_one_<backend>``, ``import_<backend>``, ``rebuild_<backend>``
  for ``postgres`` and ``encrypted``: the same synthetic store on that backend against plain
  SQLite (the ratio is the backend's cost; no target). PostgreSQL is ``IGO_TEST_POSTGRES``
  when set, else a throwaway cluster started with ``tests/pg_server.sh`` (Debian's PostgreSQL 15).
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import synthetic
from figures import ROOT, child_env, figure  # run.py puts this folder on sys.path

SEED = 1
CIPHER_KEY = base64.b64encode(bytes(range(32))).decode()  # a fixed key: the figure, not secrecy


# -- stores ------------------------------------------------------------------------------------
@contextlib.contextmanager
def _postgres() -> Iterator[str]:
    """The server's URL (without a schema): IGO_TEST_POSTGRES, or a throwaway cluster."""
    url = os.environ.get("IGO_TEST_POSTGRES", "")
    if url:
        yield url.split("?", 1)[0]
        return
    script = ROOT / "tests" / "pg_server.sh"
    folder = tempfile.mkdtemp(prefix="igo-bench-pg-")
    started = subprocess.run(
        ["bash", str(script), "start", folder], capture_output=True, text=True, timeout=180, check=True
    )
    try:
        yield started.stdout.strip()
    finally:
        subprocess.run(["bash", str(script), "stop", folder], capture_output=True, check=False)


@contextlib.contextmanager
def _cipher(on: bool) -> Iterator[None]:
    """IGO_CIPHER_KEY set (the store encrypted at rest) while inside, when ``on``."""
    old = os.environ.get("IGO_CIPHER_KEY")
    if on:
        os.environ["IGO_CIPHER_KEY"] = CIPHER_KEY
    else:
        os.environ.pop("IGO_CIPHER_KEY", None)
    try:
        yield
    finally:
        if old is None:
            os.environ.pop("IGO_CIPHER_KEY", None)
        else:
            os.environ["IGO_CIPHER_KEY"] = old


def _new_parties(events: list[dict[str, Any]], org: str) -> list[str]:
    """ISO codes that hold nothing in the organization: each round grants one of them."""
    used = {e.get("party") for e in events if e.get("org") == org}
    for e in events:
        used.update(e.get("founders", ()))
    return [c for c in synthetic.iso_codes() if c not in used]


def _grant(org: str, party: str, k: int) -> dict[str, Any]:
    day = f"2021-{1 + k // 28:02d}-{1 + k % 28:02d}"  # after every synthetic change
    return {
        "type": "StatusGranted",
        "org": org,
        "party": party,
        "status": "observer",
        "effective": day,
        "source": {"document": f"bench-{org}", "quote": f"{party} becomes observer of {org} on {day}"},
    }


# -- append_one: a long organization against a short one ---------------------------------------
def _one_org(size: int) -> list[dict[str, Any]]:
    return synthetic.org_history(0, size, random.Random(SEED))


def _append_rounds(location: str, events: list[dict[str, Any]], rounds: int) -> list[float]:
    """Seconds per one-decision append, after the history is stored (in process)."""
    from igo_timeline import Timeline

    org = events[0]["org"]
    parties = _new_parties(events, org)
    times = []
    with Timeline(location) as tl:
        for k in range(rounds + 1):
            start = time.perf_counter()
            tl.append([_grant(org, parties[k], k)])
            if k:  # the first warms the process (caches, connections)
                times.append(time.perf_counter() - start)
    return times


def _append_cli_rounds(location: str, events: list[dict[str, Any]], rounds: int, skip: int) -> list[float]:
    """Wall seconds of ``igo append`` of one decision, a process each (start-up included)."""
    org = events[0]["org"]
    parties = _new_parties(events, org)
    times = []
    for k in range(skip, skip + rounds):
        command = [
            sys.executable,
            "-m",
            "igo_timeline",
            "--store",
            location,
            "append",
            json.dumps(_grant(org, parties[k], k)),
        ]
        start = time.perf_counter()
        subprocess.run(
            command, check=True, env=child_env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
        )
        times.append(time.perf_counter() - start)
    return times


def _append_one(quick: bool, tmp: Path) -> dict[str, dict]:
    from igo_timeline import Timeline

    big_n = 20_000 if quick else 100_000
    rounds = 5 if quick else 11
    out: dict[str, dict] = {}
    medians: dict[int, tuple[float, float]] = {}
    sizes = (1000, big_n) if quick else (1000, 10_000, big_n)
    for size in sizes:
        events = _one_org(size)
        location = str(tmp / f"one-{size}.sqlite")
        with Timeline(location) as tl:
            tl.append(events)
        inproc = statistics.median(_append_rounds(location, events, rounds))
        cli = statistics.median(_append_cli_rounds(location, events, max(3, rounds // 2), rounds + 1))
        medians[size] = (inproc, cli)
    (small, small_cli), (big, big_cli) = medians[1000], medians[big_n]
    if 10_000 in medians:
        mid, mid_cli = medians[10_000]
        out["append_one_10k"] = figure(
            mid * 1000,
            "ms",
            "the same append into an organization of 1,000 events (value: of 10,000)",
            small * 1000,
            3.0,
            higher=False,
        )
        out["append_one_cli_10k"] = figure(
            mid_cli * 1000,
            "ms",
            "igo append of the same into an organization of 1,000 events (value: of 10,000; process start-up included)",
            small_cli * 1000,
            3.0,
            higher=False,
        )
    out["append_one"] = figure(
        big * 1000,
        "ms",
        f"the same append into an organization of 1,000 events (value: of {big_n:,})",
        small * 1000,
        3.0,
        higher=False,
    )
    out["append_one_cli"] = figure(
        big_cli * 1000,
        "ms",
        f"igo append of the same into an organization of 1,000 events (value: of {big_n:,}; process start-up included)",
        small_cli * 1000,
        3.0,
        higher=False,
    )
    return out


# -- the main figures per backend --------------------------------------------------------------
def _main_figures(
    location: str, chunks: list[list[dict[str, Any]]], queries: list, rounds: int
) -> dict[str, float]:
    """import (events/s), rebuild (events/s), state (median ms), append_one (median ms)."""
    from igo_timeline import Timeline

    count = sum(len(c) for c in chunks)
    with Timeline(location) as tl:
        start = time.perf_counter()
        for chunk in chunks:
            tl.append(chunk)
        imported = time.perf_counter() - start
        start = time.perf_counter()
        read = tl.index.rebuild()
        rebuilt = time.perf_counter() - start
        tl.index.catch_up()
        states = []
        for org, day in queries:
            start = time.perf_counter()
            tl.state(org, day)
            states.append(time.perf_counter() - start)
        org = chunks[0][0]["org"]
        parties = _new_parties(chunks[0], org)
        appends = []
        for k in range(rounds + 1):
            start = time.perf_counter()
            tl.append([_grant(org, parties[k], k)])
            if k:
                appends.append(time.perf_counter() - start)
    return {
        "import": count / imported,
        "rebuild": read / rebuilt,
        "state": statistics.median(states) * 1000,
        "append_one": statistics.median(appends) * 1000,
    }


def _backends(quick: bool, tmp: Path) -> dict[str, dict]:
    import datetime as dt

    n, orgs = (5_000, 50) if quick else (20_000, 100)
    chunks = list(synthetic.history(n, orgs=orgs, seed=SEED))
    rng = random.Random(f"{SEED}:backends")
    slugs = sorted({c[0]["org"] for c in chunks})
    queries = [
        (
            rng.choice(slugs),
            dt.date.fromordinal(rng.randint(synthetic.FIRST.toordinal(), synthetic.LAST.toordinal())),
        )
        for _ in range(100 if quick else 300)
    ]
    rounds = 5 if quick else 11
    with _cipher(False):
        plain = _main_figures(str(tmp / "plain.sqlite"), chunks, queries, rounds)
    with _cipher(True):
        encrypted = _main_figures(str(tmp / "encrypted.sqlite"), chunks, queries, rounds)
    with _postgres() as server, _cipher(False):
        location = f"{server}?schema=bench_{uuid.uuid4().hex[:12]}"
        on_pg = _main_figures(location, chunks, queries, rounds)
    out: dict[str, dict] = {}
    units = {
        "import": ("events/s", True),
        "rebuild": ("events/s", True),
        "state": ("ms", False),
        "append_one": ("ms", False),
    }
    what = f"synthetic, {n:,} events, {orgs} orgs"
    for backend, values in (("postgres", on_pg), ("encrypted", encrypted)):
        for name, (unit, higher) in units.items():
            out[f"{name}_{backend}"] = figure(
                values[name], unit, f"the same on plain SQLite ({what})", plain[name], None, higher=higher
            )
    return out


def figures(quick: bool) -> dict[str, dict]:
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        out = _append_one(quick, tmp)
        out.update(_backends(quick, tmp))
    return out


if __name__ == "__main__":
    for name, f in figures("--quick" in sys.argv).items():
        print(
            f"{name:24} {f['value']:>12.4g} {f['unit']:9} ratio {f['ratio'] or 0:.4g}  target {f['target']}  met {f['met']}"
        )
