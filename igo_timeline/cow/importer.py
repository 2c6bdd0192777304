"""Reading ``cow_igo_v3_igo_year.csv`` into events, one organization at a time.

Per organization (``cow-<ioname>``), in one atomic append (small organizations share one):

- ``OrganizationFounded``: name from ``longorgname`` (else ``orgname``),
  founded ``sdate`` (year precision), the ladder of :data:`LADDER`, no
  founders; its note names the curated organization of the same name when
  one is bundled, and keeps the row metadata COW varies by year (``dead``,
  ``version``, ``sourcesandnotes``, ...) as JSON runs;
- per run of consecutive years the file has rows for, a ``DocumentAdopted``
  of kind ``dataset_coverage`` and its ``DocumentEnteredIntoForce`` from
  ``FIRST`` until ``LAST-12-31``: the
  export writes a row for a year exactly when one is in force on its 31
  December (AGC and CCNR have gaps; ACCT has rows after its death);
- per state column, one event per run of equal cells: ``StatusGranted`` for
  ``1``/``2``/``3``/empty, ``StatusUnknown`` for ``-9`` (data missing),
  ``StatusWithdrawn`` for a ``0`` after a status or a ``-9`` (a ``0`` before
  any is no event);
- ``OrganizationDissolved`` at ``deaddate``, unless the file has status
  changes after it (ACCT): the engine refuses events after a dissolution,
  so then the date stays in the metadata only.

Every event cites the dataset: the document ``cow-igo-v3``, the cell as the
quote, the file, organization and year as the locator. Event ids are content
hashes, so importing the same file again adds nothing.
"""

from __future__ import annotations

import csv
import functools
import gc
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from igo_timeline.cow.layout import (
    COLUMNS,
    COVERAGE_KIND,
    COVERAGE_PREFIX,
    DATASET,
    DATASET_TITLE,
    FILE_NAME,
    LADDER,
    META,
    STATE_COLUMNS,
    STATUS_OF,
    UNKNOWN,
    slug_of,
)
from igo_timeline.engine import Timeline
from igo_timeline.errors import InvalidInput
from igo_timeline.events.parties import cow_party

META_MARK = "COW row metadata: "

Row = dict[str, str]


@dataclass
class ImportSummary:
    organizations: int = 0
    events_added: int = 0
    events_known: int = 0
    rows: int = 0
    skipped_dissolutions: list[str] = field(default_factory=list)


def read_orgs(path: str | Path) -> Iterator[tuple[str, list[Row]]]:
    """Each organization's rows, in file order: one organization in memory at a time."""
    try:
        handle = open(path, newline="", encoding="utf-8")  # noqa: SIM115 - closed below
    except OSError as err:
        raise InvalidInput(f"{path}: cannot be read: {err.strerror}") from None
    with handle:
        reader = csv.reader(handle)
        header = tuple(next(reader, ()))
        if header != COLUMNS:
            missing = [c for c in COLUMNS if c not in header]
            extra = [c for c in header if c not in COLUMNS]
            raise InvalidInput(
                f"{path}: not the COW IGO v3 {FILE_NAME} layout"
                + (f"; missing columns: {', '.join(missing[:5])}" if missing else "")
                + (f"; unknown columns: {', '.join(extra[:5])}" if extra else "")
                + ("; columns out of order" if not missing and not extra else "")
            )
        current: str | None = None
        rows: list[Row] = []
        seen: set[str] = set()
        for line, values in enumerate(reader, start=2):
            if len(values) != len(header):
                raise InvalidInput(f"{path}, line {line}: {len(values)} fields, expected {len(header)}")
            row = dict(zip(header, values, strict=True))
            if row["ioname"] != current:
                if current is not None:
                    yield current, rows
                current = row["ioname"]
                if current in seen:
                    raise InvalidInput(f"{path}, line {line}: rows of {current} are not consecutive")
                seen.add(current)
                rows = []
            rows.append(row)
        if current is not None:
            yield current, rows


def _year(text: str, what: str, ioname: str) -> int:
    try:
        return int(float(text))
    except ValueError:
        raise InvalidInput(f"{ioname}: {what} {text!r} is not a year") from None


@functools.cache
def _curated() -> frozenset[str]:
    return frozenset(
        p.name.removesuffix(".yaml")
        for p in resources.files("igo_timeline.data").iterdir()
        if p.name.endswith(".yaml") and p.name != "parties.yaml"
    )


def _readable(text: str) -> str:
    """A name as a person reads it: the file has a few Mac Roman bytes read as C1 controls
    ("Communaut\x8e" for "Communauté"); decode those, drop any other control character."""
    out = []
    for ch in text:
        if "\x80" <= ch <= "\x9f":
            out.append(bytes([ord(ch)]).decode("mac_roman"))
        elif ch >= " " and ch != "\x7f":
            out.append(ch)
    return "".join(out).strip() or text.strip()


def _runs(values: list[tuple[int, str]]) -> list[list[Any]]:
    out: list[list[Any]] = []
    for year, value in values:
        if not out or out[-1][1] != value:
            out.append([year, value])
    return out


def org_events(ioname: str, rows: list[Row]) -> tuple[list[dict[str, Any]], bool]:
    """The events of one COW organization, and whether its dissolution is recorded."""
    slug = slug_of(ioname)
    rows = sorted(rows, key=lambda r: _year(r["year"], "year", ioname))
    years = [_year(r["year"], "year", ioname) for r in rows]
    if len(set(years)) != len(years):
        raise InvalidInput(f"{ioname}: a year has more than one row")
    first = rows[0]
    sdate = _year(first["sdate"], "sdate", ioname)
    if years[0] < sdate:
        raise InvalidInput(f"{ioname}: rows from {years[0]}, before its sdate {sdate}")

    def source(year: int | str, quote: str, *, titled: bool = False) -> dict[str, Any]:
        cited = {"document": DATASET, "quote": quote, "locator": f"{FILE_NAME}, ioname {ioname}, year {year}"}
        return {**cited, "title": DATASET_TITLE} if titled else cited

    meta = {col: _runs([(y, r[col]) for y, r in zip(years, rows, strict=True)]) for col in META}
    note = f"Correlates of War IGO v3 organization {ioname} (ionum {first['ionum']})."
    if ioname.lower() in _curated():
        note += f" The curated organization {ioname.lower()!r} is the same body, from its own sources."
    # ASCII JSON: the file's strings are kept verbatim, stray control characters and all
    note += " " + META_MARK + json.dumps(meta, separators=(",", ":"))
    name = _readable(first["longorgname"] or first["orgname"] or ioname)
    events: list[dict[str, Any]] = [
        {
            "type": "OrganizationFounded",
            "org": slug,
            "name": name,
            "founded": str(sdate),
            "founders": [],
            "statuses": list(LADDER),
            "note": note,
            "source": source(
                years[0],
                f"ioname={ioname}, orgname={_readable(first['orgname'])}, sdate={sdate}",
                titled=True,
            ),
        }
    ]
    # the years the file has rows for, as runs of consecutive years
    start = prev = years[0]
    spans = []
    for year in years[1:]:
        if year != prev + 1:
            spans.append((start, prev))
            start = year
        prev = year
    spans.append((start, prev))
    for lo, hi in spans:
        events.append(
            {
                "type": "DocumentAdopted",
                "org": slug,
                "document": f"{COVERAGE_PREFIX}{lo}-{hi}",
                "title": f"{DATASET} has rows for {ioname} from {lo} to {hi}",
                "kind": COVERAGE_KIND,
                "adopted_on": str(lo),
                "source": source(lo, f"ioname={ioname}, years {lo}-{hi}"),
            }
        )
        # in force from its first year to 31 December of its last: single dates, which the
        # engine parses once each, where an interval would be one more string per organization
        events.append(
            {
                "type": "DocumentEnteredIntoForce",
                "org": slug,
                "document": f"{COVERAGE_PREFIX}{lo}-{hi}",
                "effective": str(lo),
                "until": f"{hi}-12-31",
                "source": source(lo, f"ioname={ioname}, years {lo}-{hi}"),
            }
        )
    last_change = 0
    for column in STATE_COLUMNS:
        party = cow_party(column)
        held: str | None = None
        cells = [row[column] for row in rows]
        distinct = set(cells)
        if len(distinct) == 1 and (only := cells[0]) in STATUS_OF and STATUS_OF[only] is None:
            continue  # never a member (most columns of most organizations): no event, as below
        for year, cell in zip(years, cells, strict=True):
            if cell not in STATUS_OF:
                raise InvalidInput(f"{ioname} {year}: {column} is {cell!r}, not a COW code")
            status = STATUS_OF[cell]
            if status == held:
                continue
            quote = f"ioname={ioname}, year={year}, {column}={cell if cell else '(empty: -1)'}"
            if status is None:
                events.append(
                    {
                        "type": "StatusWithdrawn",
                        "org": slug,
                        "party": party,
                        "effective": str(year),
                        "source": source(year, quote),
                    }
                )
            elif status == UNKNOWN:  # -9, data missing: a status not known, not a status
                events.append(
                    {
                        "type": "StatusUnknown",
                        "org": slug,
                        "party": party,
                        "effective": str(year),
                        "source": source(year, quote),
                    }
                )
            else:
                events.append(
                    {
                        "type": "StatusGranted",
                        "org": slug,
                        "party": party,
                        "status": status,
                        "effective": str(year),
                        "source": source(year, quote),
                    }
                )
            last_change = max(last_change, year)
            held = status
    dissolved = False
    if first["deaddate"]:
        dead = _year(first["deaddate"], "deaddate", ioname)
        if last_change <= dead:
            dissolved = True
            events.append(
                {
                    "type": "OrganizationDissolved",
                    "org": slug,
                    "effective": str(dead),
                    "source": source(dead, f"ioname={ioname}, deaddate={dead}"),
                }
            )
    return events, dissolved


# events per append: small organizations share one atomic append (one transaction, one
# ``save``), up to about this many events; a bigger organization is one append of its own
BATCH_EVENTS = 1000


def import_cow(
    timeline: Timeline,
    path: str | Path,
    *,
    orgs: set[str] | None = None,
    on_org: Callable[[str, int], None] | None = None,
) -> ImportSummary:
    """Load the file into ``timeline``: each organization whole in one atomic append (small ones
    share an append, up to :data:`BATCH_EVENTS` events), so an interrupted run continues where
    it stopped and a finished one adds nothing. ``orgs`` keeps only those slugs;
    ``on_org(slug, rows)`` reports progress, once an organization's append is saved."""
    # The import allocates many small objects (rows, events, payloads) that go with their batch and
    # hold no cycles: as write_cow and the index's catch-up do, the cyclic collector pauses meanwhile
    # (it would rescan them again and again: about a tenth of the import's CPU)
    paused = gc.isenabled()
    gc.disable()
    try:
        return _import(timeline, path, orgs, on_org)
    finally:
        if paused:
            gc.enable()


def _import(
    timeline: Timeline,
    path: str | Path,
    orgs: set[str] | None,
    on_org: Callable[[str, int], None] | None,
) -> ImportSummary:
    summary = ImportSummary()
    batch: list[dict[str, Any]] = []
    done: list[tuple[str, int]] = []  # (slug, rows) of the organizations in the batch

    def flush() -> None:
        result = timeline.append(batch)
        summary.events_added += len(result.added)
        summary.events_known += len(result.known)
        if on_org is not None:
            for slug, count in done:
                on_org(slug, count)
        batch.clear()
        done.clear()

    for ioname, rows in read_orgs(path):
        slug = slug_of(ioname)
        if orgs is not None and slug not in orgs:
            continue
        events, dissolved = org_events(ioname, rows)
        if batch and len(batch) + len(events) > BATCH_EVENTS:
            flush()
        batch.extend(events)
        done.append((slug, len(rows)))
        summary.organizations += 1
        summary.rows += len(rows)
        if not dissolved and rows[0]["deaddate"]:
            summary.skipped_dissolutions.append(slug)
    if batch:
        flush()
    return summary


def count_orgs(path: str | Path) -> int:
    """How many organizations the file has (a quick pass for the progress bar)."""
    seen = 0
    prev = None
    try:
        with open(path, newline="", encoding="utf-8") as handle:
            next(handle, None)
            for line in handle:
                name = line.split(",", 1)[0]
                if name != prev:
                    seen += 1
                    prev = name
    except OSError as err:
        raise InvalidInput(f"{path}: cannot be read: {err.strerror}") from None
    return seen
