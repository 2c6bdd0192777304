"""python cmp.py DIR_A DIR_B: per-set differences of matched counts, and miss lines gained/lost."""

import json
import sys
from pathlib import Path

a, b = Path(sys.argv[1]), Path(sys.argv[2])


def load(f):
    t = f.read_text()
    j = json.loads(t[t.index("\n{") + 1 :])
    return j, {line for line in t.splitlines() if line.startswith(("MISS", "EXTRA"))}


for f in sorted(b.glob("*.out")):
    if not (a / f.name).exists():
        continue
    ja, la = load(a / f.name)
    jb, lb = load(f)
    d = {k: jb["kinds"][k]["matched"] - ja["kinds"][k]["matched"] for k in ("meetings", "attendance")}
    d["decisions"] = jb["decisions"]["matched"] - ja["decisions"]["matched"]
    d["found"] = sum(jb["kinds"][k]["found"] - ja["kinds"][k]["found"] for k in jb["kinds"])
    if any(d.values()) or la != lb:
        print(f.stem, d)
        for line in sorted(la - lb):
            print("   fixed:", line[:160])
        for line in sorted(lb - la):
            print("   NEW  :", line[:160])
