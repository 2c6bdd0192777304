"""Charts of an organization's history: lanes of spans over time, drawn with matplotlib.

:func:`chart` reads the same spans as the web page
(:func:`~igo_timeline.projections.intervals.intervals`), lays them out in
lanes (:mod:`igo_timeline.charts.lanes`, pure data) and draws them
(:mod:`igo_timeline.charts.draw`) to PNG or SVG.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from igo_timeline.charts.lanes import Bar, Chart, Lane, chart_lanes
from igo_timeline.errors import InvalidInput
from igo_timeline.projections.effective import Record
from igo_timeline.projections.intervals import intervals

SUFFIXES = (".png", ".svg")


def chart(
    org: str,
    records: Sequence[Record],
    path: str,
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
    as_of: dt.date | None = None,
    known_at: dt.datetime | None = None,
    parties: tuple[str, ...] = (),
) -> Chart:
    """Draw ``org``'s chart to ``path`` (``.png`` or ``.svg``); return what was drawn."""
    if not path.lower().endswith(SUFFIXES):
        raise InvalidInput(f"{path}: the chart is written as .png or .svg")
    answer = intervals(org, records, start=start, end=end, known_at=known_at)
    lanes = chart_lanes(answer, start=start, end=end, as_of=as_of, parties=parties)
    from igo_timeline.charts.draw import render  # matplotlib loads only when a chart is drawn

    try:
        render(lanes, path)
    except OSError as err:
        raise InvalidInput(f"{path}: cannot be written: {err.strerror}") from None
    return lanes


__all__ = ["Bar", "Chart", "Lane", "chart", "chart_lanes"]
