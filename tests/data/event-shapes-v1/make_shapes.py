"""How events.jsonl.gz of this folder was made (kept so a later release can see it).

Run once, with the models as they stood before they were factored into mixins (December 2026):

    PYTHONPATH=. python tests/data/event-shapes-v1/make_shapes.py tests/data/event-shapes-v1

Never run it again into this folder: tests/test_event_shapes.py checks that *later* models
give every event recorded here the same id and the same JSON, key for key and in the same
order. Regenerating the file with a later release would test nothing. (The script refuses
to overwrite the file.)

One line per event, ``{"in": ..., "dump": ...}``:

- every event the ``igo`` command stores for ``igo import --bundled sco`` and
  ``igo import-cow tests/data/cow/cow_igo_v3_igo_year_excerpt.csv`` (``in``: the payload
  exactly as stored, id included);
- ``samples.json`` beside it: for each event type, an event with every optional field
  filled and one with none (test data: the org ``shapes``, a test document, no fact about
  the world), so the fields that neither chronicle fills (``carried_over``, ``since``,
  ``continues``, a chair's ``term``, aliases, ...) are held too.

``dump``: ``model_dump_json()`` of the parsed event (every field, nulls included).
"""

from __future__ import annotations

import gzip
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from igo_timeline import Timeline, parse_event
from igo_timeline.cli import main

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent.parent
COW_EXCERPT = REPO / "tests" / "data" / "cow" / "cow_igo_v3_igo_year_excerpt.csv"

SAMPLES: list[dict[str, Any]] = json.loads((HERE / "samples.json").read_text(encoding="utf-8"))


def stored_events() -> list[dict[str, Any]]:
    """What ``igo`` stores for the bundled SCO and the COW excerpt, payloads as stored."""
    out: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory() as tmp:
        store = str(Path(tmp) / "shapes.sqlite")
        runner = CliRunner()
        for args in (["import", "--bundled", "sco"], ["import-cow", str(COW_EXCERPT)]):
            result = runner.invoke(main, ["--store", store, *args])
            assert result.exit_code == 0, result.output
        with Timeline(store) as t:
            for org in sorted(t.org_slugs()):
                out += [payload for _, payload in sorted(t.stored_payloads(org).items())]
    return out


def main_(folder: str) -> None:
    target = Path(folder) / "events.jsonl.gz"
    if target.exists():
        sys.exit(f"{target} exists: never regenerate it (see this script's docstring)")
    lines = []
    for item in [*stored_events(), *SAMPLES]:
        event = parse_event(json.loads(json.dumps(item)))
        lines.append(json.dumps({"in": item, "dump": event.model_dump_json()}, ensure_ascii=False))
    with gzip.open(target, "wt", encoding="utf-8", compresslevel=9) as f:
        f.write("\n".join(lines) + "\n")
    print(f"{len(lines)} events -> {target}")


if __name__ == "__main__":
    main_(sys.argv[1])
