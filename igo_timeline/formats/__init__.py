"""Writing an organization's history in the formats other tools read.

One module per format, each a pure function from recorded events to a
document: :func:`~igo_timeline.formats.popolo.popolo` (Popolo JSON),
:func:`~igo_timeline.formats.timelinejs.timelinejs` (TimelineJS 3 JSON) and
:func:`~igo_timeline.formats.csv.to_csv`. :func:`export` renders any of them
as text, which ``igo export`` prints or writes.

The Correlates of War IGO layout (``cow``) is written by
:func:`igo_timeline.cow.exporter.write_cow`, the same code as ``igo export-cow``.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence

from igo_timeline.errors import InvalidInput
from igo_timeline.formats.csv import to_csv
from igo_timeline.formats.popolo import popolo
from igo_timeline.formats.timelinejs import timelinejs
from igo_timeline.projections.effective import Record

FORMATS = ("popolo", "timelinejs", "csv")


def export(fmt: str, org: str, records: Sequence[Record], known_at: dt.datetime | None = None) -> str:
    """The text of ``org``'s history in format ``fmt``, ending with a newline."""
    if fmt == "popolo":
        return json.dumps(popolo(org, records, known_at), ensure_ascii=False, indent=2) + "\n"
    if fmt == "timelinejs":
        return json.dumps(timelinejs(org, records, known_at), ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        return to_csv(org, records, known_at)
    raise InvalidInput(f"unknown format {fmt!r}; known: {', '.join(FORMATS)}")


__all__ = ["FORMATS", "export", "popolo", "timelinejs", "to_csv"]
