"""``igo import-cow`` and ``igo export-cow``: the Correlates of War IGO data in and out."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import click

from igo_timeline.cli.common import known_at_option, note, progress, timeline
from igo_timeline.cow.exporter import write_cow
from igo_timeline.cow.importer import count_orgs, import_cow
from igo_timeline.errors import InvalidInput
from igo_timeline.projections.effective import effective_events


@click.command("import-cow")
@click.argument("path", type=click.Path(dir_okay=True, path_type=Path))
@click.option("--orgs", metavar="SLUG,...", help="Only these organizations (cow-sco,cow-un, ...).")
@click.pass_context
def import_cow_command(ctx: click.Context, path: Path, orgs: str | None) -> None:
    """Load the Correlates of War IGO data v3.0 (cow_igo_v3_igo_year.csv, or its folder).

    Each organization becomes cow-<ioname in lower case>, written in one atomic
    append: an interrupted run continues where it stopped, and a finished one
    adds nothing when run again. Cells 1, 2, 3 are the statuses member,
    associate_member, observer; 0 is no status; -9 is data_missing and an empty
    cell (COW's -1) is not_in_state_system, each a fact of its own.
    """
    if path.is_dir():
        path = path / "cow_igo_v3_igo_year.csv"
    wanted = {s.strip() for s in orgs.split(",") if s.strip()} if orgs else None
    tl = timeline(ctx)
    if sys.stderr.isatty():
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        total = len(wanted) if wanted else count_orgs(path)
        with Progress(
            TextColumn("importing COW organizations"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.description}"),
            TimeElapsedColumn(),
            console=Console(stderr=True),
            transient=True,
        ) as bar:
            task = bar.add_task("", total=total)
            summary = import_cow(
                tl, path, orgs=wanted, on_org=lambda slug, _: bar.update(task, advance=1, description=slug)
            )
    else:
        summary = import_cow(tl, path, orgs=wanted)
    if wanted:
        missing = wanted - set(tl.org_slugs())
        if missing:
            raise InvalidInput(f"not in {path}: {', '.join(sorted(missing))}")
    note(
        f"{summary.organizations} organization(s), {summary.rows} row(s): "
        f"{summary.events_added} event(s) added, {summary.events_known} already recorded"
    )
    for slug in summary.skipped_dissolutions:
        note(
            f"{slug}: the file has status changes after its deaddate; the dissolution is kept as row data only"
        )
    if summary.events_added:
        with progress("indexing the new events (igo state and history answer from the index)"):
            tl.index.catch_up()


def _years(value: int | None, other: int | None) -> None:
    if value is not None and other is not None and value > other:
        raise click.BadParameter(f"--from {value} is after --to {other}")


@click.command("export-cow")
@click.option("--orgs", metavar="SLUG,...", help="Only these organizations (default: every cow-* one).")
@click.option("--from", "year_from", type=int, metavar="YEAR", help="First year to write.")
@click.option("--to", "year_to", type=int, metavar="YEAR", help="Last year to write.")
@click.option("-o", "--output", metavar="FILE", required=True, help="The CSV file to write ('-' for stdout).")
@known_at_option
@click.pass_context
def export_cow_command(
    ctx: click.Context,
    orgs: str | None,
    year_from: int | None,
    year_to: int | None,
    output: str,
    known_at: dt.datetime | None,
) -> None:
    """Write the COW IGO-year layout back: same columns, same rows.

    Each cell is the engine's answer as of 31 December of its year (as known at
    --known-at): the status the state holds then, 0 when none.
    """
    _years(year_from, year_to)
    tl = timeline(ctx)
    known = tl.org_slugs()
    if orgs:
        slugs = [s.strip() for s in orgs.split(",") if s.strip()]
        unknown = [s for s in slugs if s not in known]
        if unknown:
            raise InvalidInput(f"unknown organization(s): {', '.join(unknown)}")
    else:
        slugs = [s for s in known if s.startswith("cow-")]
    # the whole dataset: the log read once per organization (the index would give the same
    # decisions, at the cost of building it first on a fresh import)
    items = ((slug, effective_events(tl.records(slug, validate=False), known_at)) for slug in slugs)
    if output == "-":
        write_cow(sys.stdout, items, year_from=year_from, year_to=year_to)
        return
    try:
        with (
            progress(f"exporting {len(slugs)} organization(s) to {output}"),
            open(output, "w", newline="", encoding="utf-8") as out,
        ):
            count = write_cow(out, items, year_from=year_from, year_to=year_to)
    except OSError as err:
        raise InvalidInput(f"{output}: cannot be written: {err.strerror}") from None
    note(f"wrote {count} row(s) of {len(slugs)} organization(s) to {output}")


COMMANDS = [import_cow_command, export_cow_command]
