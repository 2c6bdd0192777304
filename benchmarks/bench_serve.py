"""Serve figures: ``state`` over HTTP at 16 concurrent clients, against the same query in process.

A real ``igo serve --port 0`` (uvicorn, one process) listens on 127.0.0.1 only,
over a store holding the bundled chronicle. Sixteen clients (on one asyncio
loop in this process), each with one keep-alive connection, ask ``GET /api/v1/orgs/sco/state?as_of=DAY`` for
days spread over the organization's life, for 10 s (3 s with --quick). The
baseline is the same query in this process, one call at a time: reading the
index's answer (``Timeline.state``), without HTTP.
The issue's goal is an absolute one: a median under 10 ms.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from figures import figure  # benchmarks/figures.py: run.py puts this folder on sys.path

from igo_timeline import Timeline

CLIENTS = 16
IGO = [sys.executable, "-m", "igo_timeline"]
DAYS = [dt.date(2001, 6, 1) + dt.timedelta(days=97 * k) for k in range(60)]
MEDIAN_TARGET_MS = 10.0


async def _client(port: int, stop: float, latencies: list[float], errors: list[str], offset: int) -> None:
    """One keep-alive connection asking state for one day after another, as fast as answered."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    k = offset
    try:
        while time.perf_counter() < stop:
            day = DAYS[k % len(DAYS)]
            k += 1
            request = f"GET /api/v1/orgs/sco/state?as_of={day.isoformat()} HTTP/1.1\r\nHost: bench\r\n\r\n"
            start = time.perf_counter()
            writer.write(request.encode())
            head = await reader.readuntil(b"\r\n\r\n")
            length = re.search(rb"(?i)content-length: *(\d+)", head)
            if length is None:
                errors.append("no content-length")
                return
            await reader.readexactly(int(length.group(1)))
            latencies.append(time.perf_counter() - start)
            if not head.startswith(b"HTTP/1.1 200"):
                errors.append(head.split(b"\r\n", 1)[0].decode())
    finally:
        writer.close()


def _load(port: int, seconds: float) -> tuple[float, list[float], list[str]]:
    """CLIENTS concurrent clients on one asyncio loop (light enough not to be what is measured)."""
    latencies: list[float] = []
    errors: list[str] = []

    async def run() -> float:
        start = time.perf_counter()
        stop = start + seconds
        await asyncio.gather(*(_client(port, stop, latencies, errors, i * 7) for i in range(CLIENTS)))
        return time.perf_counter() - start

    return asyncio.run(run()), latencies, errors


def _in_process(store: Path, rounds: int) -> list[float]:
    """The same query in this process, one at a time: the index's answer, as JSON."""
    with Timeline(str(store)) as timeline:
        times = []
        for k in range(rounds):
            start = time.perf_counter()
            timeline.state("sco", DAYS[k % len(DAYS)]).to_json()
            times.append(time.perf_counter() - start)
    return times


def figures(quick: bool) -> dict[str, dict]:
    seconds = 3.0 if quick else 10.0
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "IGO_STORE": str(Path(tmp) / "store.sqlite")}
        env.pop("IGO_WRITE_TOKEN", None)
        subprocess.run([*IGO, "import", "--bundled", "sco"], env=env, check=True, capture_output=True)
        with subprocess.Popen(
            [*IGO, "serve", "--host", "127.0.0.1", "--port", "0"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        ) as server:
            try:
                assert server.stdout is not None
                found = re.search(r"http://127\.0\.0\.1:(\d+)/", server.stdout.readline())
                assert found, "igo serve printed no address"
                port = int(found.group(1))
                _load(port, 0.5)  # warm up: imports, caches, connections
                elapsed, latencies, errors = _load(port, seconds)
            finally:
                server.terminate()
                server.wait(timeout=10)
        local = _in_process(Path(tmp) / "store.sqlite", 200 if quick else 600)
    if errors:
        raise RuntimeError(f"{len(errors)} failed requests, e.g. {errors[0]}")
    latencies.sort()
    median_ms = statistics.median(latencies) * 1000
    p99_ms = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))] * 1000
    local_ms = statistics.median(local) * 1000
    local_p99 = sorted(local)[int(len(local) * 0.99)] * 1000
    rps = len(latencies) / elapsed
    base = "the same query in process, one at a time (Timeline.state)"
    return {
        "serve_state_rps": figure(rps, "requests/s", base, 1000 / local_ms),
        # the goal is an absolute ceiling on the median, not a ratio
        "serve_state_median": figure(
            median_ms, "ms", base, local_ms, MEDIAN_TARGET_MS, met=median_ms <= MEDIAN_TARGET_MS
        ),
        "serve_state_p99": figure(p99_ms, "ms", base, local_p99),
    }


if __name__ == "__main__":
    import json

    print(json.dumps(figures("--quick" in sys.argv), indent=2))
