"""The extractor's recall on each held-out set at first sight, set by set.

Usage (from the repository root)::

    python tests/heldout/firstsight.py [--mode page|none|gold]

Each set from 14 on was scored by the code of the session it was written in,
before anyone read its texts: ``session-start.out`` (no publication day),
``session-start-published-from-page.out`` (the page's day) and
``session-start-published-from-gold.out`` (the gold meeting's day). Those
first-sight figures are the only honest measure of what the extractor does
on text nobody fitted it to; every later score of a set is after someone
read it. This prints them in the order the sets were written, so that a
trend (or its absence) across sessions is one command away, and sums the
sets that were blind in the same session.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
KINDS = ("meetings", "attendance", "decisions")
SUFFIX = {"none": "", "page": "-published-from-page", "gold": "-published-from-gold"}
_LINE = re.compile(r"^(meetings|attendance|decisions)\s+gold\s+(\d+)\s+found\s+(\d+)\s+matched\s+(\d+)", re.M)
_CODE = re.compile(r"extractor: ([^)]*)\)")


def first_sight(folder: Path, mode: str) -> tuple[str, dict[str, tuple[int, int]]] | None:
    """The extractor named in a set's first-sight score and (matched, gold) per kind, or None."""
    out = folder / f"session-start{SUFFIX[mode]}.out"
    if not out.is_file():
        return None
    text = out.read_text(encoding="utf-8")
    code = _CODE.search(text)
    cells = {m[1]: (int(m[4]), int(m[2])) for m in _LINE.finditer(text)}
    return _short(code[1] if code else "?"), cells


def _short(code: str) -> str:
    """A tree's path as the folder that held the package ("s10", not the whole path); else the label."""
    if "/igo_timeline/" in code:
        return code.split("/igo_timeline/")[0].rsplit("/", 1)[-1]
    return code[:24]


def _set_number(folder: Path) -> int:
    digits = folder.name.removeprefix("heldout")
    return int(digits) if digits.isdigit() else 1


def _cell(matched: int, gold: int) -> str:
    share = f"{matched / gold:.2f}" if gold else "  - "
    return f"{matched:>4}/{gold:<4} {share}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mode", choices=sorted(SUFFIX), default="page")
    args = parser.parse_args()
    rows = []
    for folder in sorted(HERE.glob("heldout*"), key=_set_number):
        found = first_sight(folder, args.mode)
        if found:
            rows.append((folder.name, *found))
    print(f"{'set':<10} {'extractor':<24} " + " ".join(f"{k:<15}" for k in KINDS))
    by_code: dict[str, dict[str, list[int]]] = {}
    for name, code, cells in rows:
        print(f"{name:<10} {code:<24} " + " ".join(_cell(*cells.get(k, (0, 0))) for k in KINDS))
        sums = by_code.setdefault(code, {k: [0, 0] for k in KINDS})
        for kind in KINDS:
            matched, gold = cells.get(kind, (0, 0))
            sums[kind][0] += matched
            sums[kind][1] += gold
    print("\nsets blind in the same session, together:")
    for code, sums in by_code.items():
        print(f"{'':<10} {code:<24} " + " ".join(_cell(*sums[k]) for k in KINDS))


if __name__ == "__main__":
    main()
