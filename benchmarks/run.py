"""The benchmark suite: every figure is a ratio against a baseline measured in the same run.

    python benchmarks/run.py [--quick] [--json] [--only NAME ...]

Each ``bench_*.py`` module beside this file contributes figures through a
function ``figures(quick: bool) -> dict[str, dict]``; a figure is
``{"value", "unit", "baseline", "baseline_value", "ratio", "target", "met"}``.
These machines are shared and noisy: report ratios, never bare timings.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # the bench_* modules share figures.py


def modules() -> dict[str, Path]:
    return {p.stem.removeprefix("bench_"): p for p in sorted(HERE.glob("bench_*.py"))}


def load(path: Path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a reduced run, about a minute")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--only", nargs="*", choices=sorted(modules()), help="run only these groups")
    args = parser.parse_args(argv)
    figures: dict[str, dict] = {}
    for name, path in modules().items():
        if args.only and name not in args.only:
            continue
        print(f"running {name} ...", file=sys.stderr)
        figures.update(load(path).figures(args.quick))
    if args.json:
        print(json.dumps({"quick": args.quick, "figures": figures}, indent=2))
        return 0
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
