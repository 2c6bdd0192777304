"""python realscan.py BASE: 7-word runs shared by lines added since BASE (git diff of this repository) and /tmp/real*/*.txt."""

import glob
import os
import re
import subprocess
import sys
from pathlib import Path

N = int(os.environ.get("N", 7))


def grams(t):
    w = re.findall(r"[a-z0-9']+", t.lower())
    return {" ".join(w[i : i + N]) for i in range(len(w) - N + 1)}


real = {}
for f in glob.glob("/tmp/real*/*.txt"):
    for g in grams(open(f).read()):
        real.setdefault(g, f)
diff = subprocess.run(
    [
        "git",
        "-C",
        str(Path(__file__).resolve().parents[3]),
        "diff",
        sys.argv[1],
        "--",
        ".",
        ":(exclude)tests/heldout*/session-*.out",
    ],
    capture_output=True,
    text=True,
).stdout
cur = None
hits = 0
for line in diff.splitlines():
    if line.startswith("+++ "):
        cur = line[6:]
    elif line.startswith("+") and not line.startswith("+++"):
        for g in grams(line):
            if g in real:
                hits += 1
                print(f"{cur}: '{g}' <- {real[g]}")
print("hits", hits)
