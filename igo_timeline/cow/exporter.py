"""Writing the COW IGO-year layout from the engine's own as-of answers.

For each organization, each year's row is read from its statuses as of 31
December of that year, as the state reads them
(:func:`~igo_timeline.projections.state.status_answers`): a row is written for a year exactly when a
``dataset_coverage`` document is in force on that day; each state cell is
the code of the status its party holds then (``0`` when none; ``-9`` for a
status not known, a ``StatusUnknown``, which the answer lists under
``uncertain`` as ``status_unknown``; ``-9`` also for a status the answer
lists as uncertain, and for a ``data_missing`` status, how stores imported
before ``StatusUnknown`` hold -9). COW codes the year an
organization dies (``deaddate``) with the memberships it had in that year,
while the engine ends every spell at the dissolution, so the rows are read
from the same fold without the ``OrganizationDissolved`` event. ``sdate`` is the founding's
year, ``deaddate`` the dissolution's when one is recorded; the other row
metadata comes back from the founding's note. An organization that was not
imported from COW (no coverage recorded) gets a row per year from its
founding to its dissolution or the current year, its statuses mapped by
name (``member``, ``associate_member``, ``observer``; any other counts as 0).
"""

from __future__ import annotations

import csv
import datetime as dt
import gc
import json
from collections.abc import Iterable, Iterator, Sequence
from typing import IO, Any

from igo_timeline.cow.importer import META_MARK
from igo_timeline.cow.layout import (
    CODE_OF,
    COLUMNS,
    COVERAGE_KIND,
    COVERAGE_PREFIX,
    META,
    MISSING,
    STATE_COLUMNS,
    party_columns,
)
from igo_timeline.events.dates import Truth, extent
from igo_timeline.events.models import DocumentAdopted, OrganizationDissolved, OrganizationFounded
from igo_timeline.projections.effective import Effective, decisions
from igo_timeline.projections.facts import Facts, StatusSpell, build_facts, horizon_of
from igo_timeline.projections.state import HELD, status_answers

_INDEX = {col: i for i, col in enumerate(COLUMNS)}


def _meta(founding: OrganizationFounded | None) -> dict[str, list[list[Any]]]:
    note = founding.note if founding is not None and founding.note else ""
    at = note.find(META_MARK)
    if at < 0:
        return {}
    loaded: dict[str, list[list[Any]]] = json.loads(note[at + len(META_MARK) :])
    return loaded


def _value_in(runs: list[list[Any]], year: int) -> str:
    value = ""
    for first, v in runs:
        if first > year:
            break
        value = v
    return str(value)


def cow_rows(
    org: str,
    effective: Sequence[Effective],
    *,
    year_from: int | None = None,
    year_to: int | None = None,
) -> Iterator[list[str]]:
    """The COW rows (without header) of one organization, year by year, from its decisions in force
    (``Timeline.history(org, known_at=...)``, the index's answer, or the fold's ``effective_events``)."""
    events = decisions(effective)
    # COW codes the year an organization dies with the memberships it had that year, while
    # the engine ends every spell at a dissolution dated that year: a row is read from the
    # same fold without the dissolution (the deaddate still comes from it; the founding, the
    # documents and their spells in force do not depend on it).
    dissolution = next((e for e in events if isinstance(e, OrganizationDissolved)), None)
    alive = build_facts([e for e in events if not isinstance(e, OrganizationDissolved)])
    founding = alive.founding
    if founding is None:
        return
    meta = _meta(founding)
    kinds = {d.document: d.kind for d in alive.documents if isinstance(d, DocumentAdopted)}
    coverage = [
        span
        for document, spans in alive.in_force.items()
        if document.startswith(COVERAGE_PREFIX) and kinds.get(document) == COVERAGE_KIND
        for span, _ in spans
    ]
    founded = extent(founding.founded)
    if coverage:
        lo = min(span.s0.year for span in coverage)
        hi = max(span.e1.year for span in coverage)
    else:
        lo = founded.start_earliest.year
        hi = (
            extent(dissolution.effective).start_latest.year
            if dissolution is not None
            else dt.date.today().year
        )
    if year_from is not None:
        lo = max(lo, year_from)
    if year_to is not None:
        hi = min(hi, year_to)
    columns = party_columns()
    ioname = _ioname(org, founding)
    reach = horizon_of(events).until  # past it, the record does not speak: every party -9
    each_year = _spells_by_year(alive, lo, hi)
    for year in range(lo, hi + 1):
        day = dt.date(year, 12, 31)
        # a row for a year when one of the file's coverage runs is certainly in force on 31 December
        if coverage and not any(span.on(day) is Truth.YES for span in coverage):
            continue
        row = ["0"] * len(COLUMNS)
        # the state's own reading of each status on the day (projections.state.status_answers):
        # held -> its code; unknown, or uncertain -> -9
        answers = [
            (columns.get(party), spell, answer)
            for party, spell, answer in status_answers(alive, day, each_year.get(year, ()))
        ]
        for col, spell, answer in answers:
            if col is not None and answer == HELD:
                row[_INDEX[col]] = CODE_OF.get(spell.status, "0")
        for col, _spell, answer in answers:  # doubt wins over a status held the same day
            if col is not None and answer != HELD:
                row[_INDEX[col]] = MISSING
        if reach is not None and day > reach:
            for col in columns.values():
                row[_INDEX[col]] = MISSING
        row[_INDEX["ioname"]] = ioname
        row[_INDEX["year"]] = str(year)
        for col in META:
            row[_INDEX[col]] = _value_in(meta[col], year) if col in meta else ""
        if "orgname" not in meta:
            row[_INDEX["orgname"]] = founding.name
        if "longorgname" not in meta:
            row[_INDEX["longorgname"]] = founding.name
        row[_INDEX["sdate"]] = str(founded.start_earliest.year)
        if dissolution is not None:
            row[_INDEX["deaddate"]] = str(extent(dissolution.effective).start_earliest.year)
        yield row


def _spells_by_year(facts: Facts, lo: int, hi: int) -> dict[int, list[tuple[str, StatusSpell]]]:
    """The status spells that may bear on 31 December of each year from ``lo`` to ``hi``, in the
    order of ``facts.statuses`` (a spell bears on a day from its earliest start to its latest end):
    each year's row reads those instead of every spell of the organization's history."""
    out: dict[int, list[tuple[str, StatusSpell]]] = {}
    for party, spells in facts.statuses.items():
        for spell in spells:
            first, last = spell.span.s0, spell.span.e1
            upto = last.year if last >= dt.date(last.year, 12, 31) else last.year - 1
            for year in range(max(lo, first.year), min(hi, upto) + 1):
                out.setdefault(year, []).append((party, spell))
    return out


def _ioname(org: str, founding: OrganizationFounded) -> str:
    note = founding.note or ""
    marker = "Correlates of War IGO v3 organization "
    if note.startswith(marker):
        return note[len(marker) :].split(" ", 1)[0]
    return org.upper()


def write_cow(
    out: IO[str],
    orgs: Iterable[tuple[str, Sequence[Effective]]],
    *,
    year_from: int | None = None,
    year_to: int | None = None,
) -> int:
    """Write the header and every organization's rows to ``out``; return the rows written.

    ``orgs``: each organization with its decisions in force (see :func:`cow_rows`).
    """
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    count = 0
    # Reading an organization's records and folding them allocates many small objects that live
    # until its rows are written, then go with it: they hold no cycles, so the cyclic collector
    # would only rescan them again and again (more than half of reading the records). As the
    # index's catch-up does, it pauses while the rows are made.
    paused = gc.isenabled()
    gc.disable()
    try:
        for org, effective in orgs:
            for row in cow_rows(org, effective, year_from=year_from, year_to=year_to):
                writer.writerow(row)
                count += 1
    finally:
        if paused:
            gc.enable()
    return count


__all__ = ["STATE_COLUMNS", "cow_rows", "write_cow"]
