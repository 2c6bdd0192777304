"""Validate every gold event of the held-out set 3 with the event models
(read-only use of igo_timeline.events.models; nothing of the extractor).

Usage (from the repository root): PYTHONPATH=$PWD python tests/heldout3/tools/schema_check.py
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

from igo_timeline.events.models import parse_event

HERE = Path(__file__).resolve().parent.parent


def main() -> int:
    bad = total = 0
    for gold_path in sorted(HERE.glob("*.gold.yaml")):
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
    sys.exit(main())
