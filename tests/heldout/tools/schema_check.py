"""Validate every gold event of a held-out set with the event models
(read-only use of igo_timeline.events.models; nothing of the extractor).

Usage (from the repository root): PYTHONPATH=$PWD python tests/heldout/tools/schema_check.py tests/heldout3  (the set's folder; default tests/heldout2 and tests/heldout3)
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

from igo_timeline.events.models import parse_event

SETS = Path(__file__).resolve().parent.parent.parent  # tests/


def main(folder: Path) -> int:
    bad = total = 0
    for gold_path in sorted(folder.glob("*.gold.yaml")):
        for i, ev in enumerate(yaml.safe_load(gold_path.read_text("utf-8")) or []):
            total += 1
            try:
                parse_event(ev)
            except Exception as exc:  # noqa: BLE001 - report every kind of refusal
                bad += 1
                print(f"{gold_path.name} #{i} {ev.get('type')}: {str(exc).splitlines()[0]}")
    print(f"{total} events checked, {bad} refused")
    return 1 if bad else 0


if __name__ == "__main__":
    folders = [Path(a) for a in sys.argv[1:]] or [SETS / "heldout2", SETS / "heldout3"]
    failed = 0
    for folder in folders:
        print(f"== {folder}")
        failed |= main(folder)
    sys.exit(failed)
