"""Score many sets with a given tree: python multi.py TREE OUTDIR DIR... (page's day, misses, json)."""

import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

tree, out = sys.argv[1], Path(sys.argv[2])
dirs = sys.argv[3:]
out.mkdir(parents=True, exist_ok=True)


def one(d):
    name = Path(d).name
    f = out / f"{name}.out"
    if not f.exists():
        extra = []
        excl = set(os.environ.get("EXCLUDE", "").split())
        names = [g.name.removesuffix(".gold.yaml") for g in sorted(Path(d).glob("*.gold.yaml"))]
        if excl & set(names):
            lst = out / f"{name}.only"
            lst.write_text("\n".join(n for n in names if n not in excl) + "\n")
            extra = ["--only", str(lst)]
        r = subprocess.run(
            [
                sys.executable,
                f"{tree}/tests/heldout/score.py",
                "--dir",
                d,
                "--misses",
                "--published-from-page",
                "--json",
                *extra,
                *os.environ.get("SCORE_FLAGS", "").split(),
            ],
            cwd="/tmp",
            env={**os.environ, "PYTHONPATH": tree},
            capture_output=True,
            text=True,
        )
        f.write_text(r.stdout + r.stderr)
    return name, f.read_text()


tot = {}
with ThreadPoolExecutor(int(os.environ.get("J", "2"))) as ex:
    for _name, text in ex.map(one, dirs):
        j = json.loads(text[text.index("\n{") + 1 :])
        for k in ("meetings", "attendance"):
            for x in ("gold", "found", "matched"):
                tot.setdefault(k, {}).setdefault(x, 0)
                tot[k][x] += j["kinds"].get(k, {}).get(x, 0)
        for x in ("gold", "found", "matched"):
            tot.setdefault("decisions", {}).setdefault(x, 0)
            tot["decisions"][x] += j["decisions"][x]
for k, v in tot.items():
    print(
        f"{k:11s} {v['matched']}/{v['gold']} found {v['found']}  r={v['matched'] / max(v['gold'], 1):.3f} p={v['matched'] / max(v['found'], 1):.3f}"
    )
