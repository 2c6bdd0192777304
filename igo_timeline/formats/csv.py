"""The organization's history as CSV: one row per decision in force, with its source.

Columns: ``id, type, valid_time, precision, recorded_at, party, party_name,
status, office, person, body, place, document, quote, source_document,
inferred``; a header row; multi-valued fields (the parties of an event and
their names, a meeting's participants) joined with ``;``. ``party_name``
names each party by its name in force on the event's date. ``precision`` is that of the valid time
(``day``, ``month``, ``year`` or ``other``; ``start/end`` for an interval,
``open`` or ``unknown`` for a missing end), its qualifiers kept in
``valid_time``.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Sequence
from typing import Any

from igo_timeline.events.dates import stated
from igo_timeline.events.models import EventBase
from igo_timeline.formats.dates import common_prefix
from igo_timeline.projections.effective import Record, effective_events

COLUMNS = (
    "id",
    "type",
    "valid_time",
    "precision",
    "recorded_at",
    "party",
    "party_name",
    "status",
    "office",
    "person",
    "body",
    "place",
    "document",
    "quote",
    "source_document",
    "inferred",
)


def _precision(first: dt.date, last: dt.date) -> str:
    prefix = common_prefix(first, last)
    if prefix is None:
        return "other"
    return {10: "day", 7: "month", 4: "year"}.get(len(prefix), "other")


def precision(text: str | None) -> str:
    if not text:
        return ""
    ext = stated(text)  # the precision the source gives, not the widened range of its qualifiers
    start = (
        "open"
        if ext.start_open
        else "unknown"
        if ext.start_unknown
        else _precision(ext.start_earliest, ext.start_latest)
    )
    if not ext.is_interval:
        return start
    end = (
        "open"
        if ext.end_open
        else "unknown"
        if ext.end_unknown
        else _precision(ext.end_earliest, ext.end_latest)
    )
    return f"{start}/{end}"


def _persons(ev: EventBase) -> list[str]:
    if getattr(ev, "person", None):
        return [ev.person]  # type: ignore[attr-defined]
    people = [*([ev.chair] if getattr(ev, "chair", None) else []), *getattr(ev, "participants", [])]  # type: ignore[attr-defined]
    return list(dict.fromkeys(p.person for p in people))


def row(ev: EventBase, recorded_at: dt.datetime) -> dict[str, Any]:
    src = ev.source
    return {
        "id": ev.id,
        "type": ev.type,
        "valid_time": ev.valid_time or "",
        "precision": precision(ev.valid_time),
        "recorded_at": recorded_at.isoformat(),
        "party": ";".join(sorted(ev.parties())),
        "party_name": ";".join(ev._name(p) for p in sorted(ev.parties())),  # in force on its date
        "status": getattr(ev, "status", None) or "",
        "office": getattr(ev, "office", None) or "",
        "person": ";".join(_persons(ev)),
        "body": getattr(ev, "body", None) or "",
        "place": getattr(ev, "place", None) or "",
        "document": getattr(ev, "document", None) or "",
        "quote": " ".join(src.quote.split()),
        "source_document": src.document,
        "inferred": "true" if src.inferred else "false",
    }


def rows(records: Sequence[Record], known_at: dt.datetime | None = None) -> list[dict[str, Any]]:
    return [row(e.event, e.record.recorded_at) for e in effective_events(records, known_at)]


def to_csv(org: str, records: Sequence[Record], known_at: dt.datetime | None = None) -> str:
    """The CSV text (with its header row) of ``org``'s decisions in force."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows(records, known_at))
    return out.getvalue()
