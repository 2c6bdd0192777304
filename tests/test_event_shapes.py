"""Every event recorded by an earlier release keeps its id and its JSON, key for key, in order.

tests/data/event-shapes-v1/events.jsonl.gz (``make_shapes.py`` beside it shows how it was
made; it is never run again) holds every event ``igo`` stored for the bundled SCO and the
COW excerpt, and for each event type one event with every optional field filled and one
with none, each with the JSON its model dumped then. A refactor of the models (a field
moved into a mixin reorders pydantic's fields, a serializer that forgets to omit an unset
field adds a key to stored payloads) shows here as the first event that differs.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

import pytest

from igo_timeline.events import EVENT_TYPES, parse_event

SHAPES = Path(__file__).parent / "data" / "event-shapes-v1" / "events.jsonl.gz"
with gzip.open(SHAPES, "rt", encoding="utf-8") as _f:
    RECORDED: list[dict[str, Any]] = [json.loads(line) for line in _f if line.strip()]
STORED = [r for r in RECORDED if "id" in r["in"]]  # as the store holds them: id given
SAMPLES = [r for r in RECORDED if "id" not in r["in"]]


def test_the_recorded_events_cover_every_type_and_both_chronicles() -> None:
    assert {r["in"]["type"] for r in SAMPLES} == {t.__name__ for t in EVENT_TYPES}
    orgs = {r["in"]["org"] for r in STORED}
    assert "sco" in orgs and sum(o.startswith("cow-") for o in orgs) >= 10
    assert len(STORED) > 6000


def _first_difference(rows: list[dict[str, Any]], dumped: Any) -> str | None:
    for row in rows:
        now = dumped(row)
        if now != row["dump"]:
            return f"{row['in'].get('type')} {row['in'].get('id', '')}:\n was {row['dump']}\n now {now}"
    return None


def test_every_recorded_event_dumps_to_the_same_json_in_the_same_key_order() -> None:
    assert _first_difference(RECORDED, lambda row: parse_event(row["in"]).model_dump_json()) is None


def _has_null(value: Any) -> bool:
    if isinstance(value, dict):
        return any(v is None or _has_null(v) for v in value.values())
    if isinstance(value, list):
        return any(_has_null(v) for v in value)
    return False


def test_every_stored_event_stores_again_as_it_was_stored() -> None:
    """The payload the store holds is the event's dump (without its nulls, or with them as the
    COW import stores it): the same text, key order too."""
    for row in STORED:
        event = parse_event(row["in"])
        dump = event.model_dump(mode="json", exclude_none=not _has_null(row["in"]))
        assert json.dumps(dump) == json.dumps(row["in"])


@pytest.mark.parametrize("rows", [STORED, SAMPLES], ids=["stored", "samples"])
def test_every_recorded_event_hashes_to_its_recorded_id(rows: list[dict[str, Any]]) -> None:
    for row in rows:
        recorded_id = json.loads(row["dump"])["id"]
        unnamed = {k: v for k, v in row["in"].items() if k != "id"}
        assert parse_event(unnamed).id == recorded_id, row["in"]
        assert parse_event(row["in"]).content_id() == recorded_id
