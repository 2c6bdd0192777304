"""The benchmark suite: every figure is a ratio against a baseline measured in the same run.

    python benchmarks/run.py [--quick] [--json] [--cow PATH] [--only NAME ...]

Each ``bench_*.py`` module beside this file contributes figures through a
function ``figures(quick: bool) -> dict[str, dict]`` (taking ``cow=PATH`` too
when it reads the COW file); a figure is
``{"value", "unit", "baseline", "baseline_value", "ratio", "target", "met"}``.
These machines are shared and noisy: report ratios, never bare timings.

``--cow`` is the COW IGO year file (or its folder); by default
../shared/data/cow-igo-v3/ beside the repository when it exists, else the
tests' excerpt: the output says which. The code measured is this working
tree's ``igo_timeline``, in this process and in the children it starts.
"""

from __future__ import annotations

import argparse
import importlib.util
import inspect
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # the bench_* modules share figures.py

from figures import cow_kind, cow_source  # noqa: E402 - needs the folder on sys.path


def modules() -> dict[str, Path]:
    return {p.stem.removeprefix("bench_"): p for p in sorted(HERE.glob("bench_*.py"))}


def load(path: Path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses (and pickling) look their module up by name
    spec.loader.exec_module(module)
    return module


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--quick", action="store_true", help="a reduced run, about two minutes (the whole COW file still)"
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument(
        "--cow",
        metavar="PATH",
        help="the COW IGO year file or its folder (default: ../shared/data/cow-igo-v3/ when it exists, "
        "else the tests' excerpt)",
    )
    parser.add_argument("--only", nargs="*", choices=sorted(modules()), help="run only these groups")
    args = parser.parse_args(argv)
    try:
        cow = cow_source(args.cow)
    except FileNotFoundError as err:
        parser.error(str(err))
    print(f"COW source: {cow} ({cow_kind(cow)})", file=sys.stderr)
    figures: dict[str, dict] = {}
    origin: dict[str, str] = {}  # figure -> the group that produced it
    for name, path in modules().items():
        if args.only and name not in args.only:
            continue
        print(f"running {name} ...", file=sys.stderr)
        run = load(path).figures
        extra = {"cow": cow} if "cow" in inspect.signature(run).parameters else {}
        produced = run(args.quick, **extra)
        for twice in sorted(produced.keys() & figures.keys()):
            print(f"warning: figure {twice!r} of {name} replaces {origin[twice]}'s", file=sys.stderr)
        figures.update(produced)
        origin.update(dict.fromkeys(produced, name))
    if args.json:
        print(json.dumps({"cow_source": str(cow), "quick": args.quick, "figures": figures}, indent=2))
        return 0
    print(f"COW source: {cow} ({cow_kind(cow)})")
    rows = [["figure", "value", "unit", "baseline", "baseline value", "ratio", "target", "met"]]
    for name, f in figures.items():
        rows.append(
            [
                name,
                _fmt(f["value"]),
                f["unit"],
                f["baseline"],
                _fmt(f["baseline_value"]),
                _fmt(f["ratio"]),
                str(f.get("target") or ""),
                {True: "yes", False: "NO", None: ""}[f.get("met")],
            ]
        )
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    for row in rows:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
    return 0


def _fmt(value: object) -> str:
    return f"{value:.4g}" if isinstance(value, float) else str(value)


if __name__ == "__main__":
    sys.exit(main())
