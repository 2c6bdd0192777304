"""What the benchmark modules share: the one shape of a figure (a value, the baseline measured
in the same run, their ratio), the COW file they read, and the code they measure."""

from __future__ import annotations

import math
import os
import resource
import statistics
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent  # the working tree: what the benchmarks measure
COW_NAME = "cow_igo_v3_igo_year.csv"
COW_DIR = ROOT.parent / "shared" / "data" / "cow-igo-v3"
COW_EXCERPT = ROOT / "tests" / "data" / "cow" / "cow_igo_v3_igo_year_excerpt.csv"

if str(ROOT) not in sys.path[:2]:
    # the working tree's igo_timeline, not an installed copy (which may be an older build)
    sys.path.insert(0, str(ROOT))


def figure(
    value: float,
    unit: str,
    baseline: str,
    baseline_value: float,
    target: float | None = None,
    *,
    higher: bool = True,
    met: bool | None = None,
) -> dict:
    """``target`` bounds the ratio (from below when ``higher``, from above otherwise); pass ``met``
    yourself when the target is of another kind (an absolute ceiling on the value, say)."""
    ratio = value / baseline_value if baseline_value else None
    if met is None and target is not None and ratio is not None:
        met = ratio >= target if higher else ratio <= target
    return {
        "value": value,
        "unit": unit,
        "baseline": baseline,
        "baseline_value": baseline_value,
        "ratio": ratio,
        "target": target,
        "met": met,
    }


def cow_source(path: str | Path | None = None) -> Path:
    """The COW year file: ``path`` (the file, or a folder holding it) when given; else
    ../shared/data/cow-igo-v3/ beside the repository when it exists; else the tests' excerpt."""
    if path is not None:
        given = Path(path).expanduser()
        found = given / COW_NAME if given.is_dir() else given
        if not found.is_file():
            raise FileNotFoundError(f"--cow {path}: no COW file ({COW_NAME}) there")
        return found.resolve()
    default = COW_DIR / COW_NAME
    return default if default.is_file() else COW_EXCERPT


def cow_kind(path: Path) -> str:
    """How the output names the COW input: the full file, or the tests' excerpt."""
    if path.resolve() == COW_EXCERPT.resolve():
        return "tests excerpt" if (COW_DIR / COW_NAME).is_file() else f"tests excerpt: no {COW_DIR}"
    return "full COW file" if path.name == COW_NAME else f"COW file {path.name}"


def child_env() -> dict[str, str]:
    """The environment for a child process: the same working tree's igo_timeline first."""
    paths = [str(ROOT), *filter(None, os.environ.get("PYTHONPATH", "").split(os.pathsep))]
    return {**os.environ, "PYTHONPATH": os.pathsep.join(paths)}


def own_peak_mb() -> float:
    """This process's peak resident memory in MB since it started its program: VmHWM of
    /proc/self/status. Not ``ru_maxrss``: Linux carries a process's high-water mark over fork and
    exec, so a child of run.py (which has held a million-event store by then) would report
    run.py's peak as its own. ``ru_maxrss`` only where /proc is missing."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def percentile(values: Sequence[float], q: float) -> float:
    """The ``q``-th percentile (0-100) of ``values``, by nearest rank (p99 of 1,000: the 990th)."""
    if not values:
        raise ValueError("no values")
    ordered = sorted(values)
    rank = min(len(ordered), max(1, math.ceil(q / 100 * len(ordered))))
    return ordered[rank - 1]


def median(values: Sequence[float]) -> float:
    return statistics.median(values)
