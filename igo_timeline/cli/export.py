"""Commands for people who read timelines: ``why`` (provenance), ``export`` (exchange formats), ``chart``."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import click

from igo_timeline.charts import chart as draw_chart
from igo_timeline.cli.common import (
    as_of_option,
    day_option,
    known_at_option,
    note,
    org_argument,
    output_option,
    parse_as_of,
    print_answer,
    progress,
    short,
    timeline,
)
from igo_timeline.cli.query import beyond
from igo_timeline.cow.exporter import write_cow
from igo_timeline.errors import InvalidInput
from igo_timeline.formats import FORMATS
from igo_timeline.formats import export as export_as
from igo_timeline.projections.why import linked as why_linked
from igo_timeline.projections.why import why as why_of

# -- why -----------------------------------------------------------------------------


def _human_why(
    answer: dict[str, Any],
    events: list[dict[str, Any]],
    retracted: Sequence[dict[str, Any]] = (),
) -> list[str]:
    known = f", as known at {answer['known_at']}" if answer["known_at"] else ""
    verdict = {"yes": "", "uncertain": "UNCERTAIN: ", "no": "NOTHING HOLDS: "}[answer["holds"]]
    out = [f"{answer['org']} as of {answer['as_of']}{known}: {verdict}{answer['says']}"]
    for kind in ("office", "body"):  # the other names it is known by (asked by one of them, say)
        if answer.get(f"{kind}_aliases"):
            title = answer.get(f"{kind}_name") or answer[kind]
            out.append(f"  {answer[kind]}: {title}; also called {'; '.join(answer[f'{kind}_aliases'])}")
    if not events and not retracted:
        out.append("  no event recorded says otherwise")
    out += _event_lines(events)
    for r in retracted:
        out.append(
            f"  {'retracted':<11} {r['type']} {short(r['id'])}  valid {r['valid_time'] or '-'}"
            f"  recorded {r['recorded_at']}"
        )
        out.append(f"{'':<14}retracted by {short(r['retracted_by'])} at {r['retracted_at']}: {r['reason']}")
    return out


def _event_lines(events: Sequence[dict[str, Any]], indent: int = 2) -> list[str]:
    """Each event behind an answer: its role, id, times, quote and source."""
    out = []
    pad, body = " " * indent, " " * (indent + 12)
    for e in events:
        out.append(
            f"{pad}{e['role']:<11} {e['type']} {short(e['id'])}  valid {e['valid_time'] or '-'}"
            f"  recorded {e['recorded_at']}"
        )
        where = e["document"] + (f", {e['locator']}" if e["locator"] else "")
        out.append(f"{body}“{' '.join(e['quote'].split())}”")
        basis = (
            f"inferred: {e['note']}"
            if e["inferred"] and e["note"]
            else ("inferred" if e["inferred"] else "stated")
        )
        out.append(f"{body}source: {where}; {basis}")
        if e["corrected_by"]:
            out.append(f"{body}corrected by {', '.join(short(c) for c in e['corrected_by'])}")
    return out


_LINKS = {"predecessor": "predecessor", "successor": "successor", "same_as": "the same organization"}


@click.command()
@org_argument
@as_of_option
@known_at_option
@click.option("--party", help="Why this party holds its status (any name the sources use).")
@click.option("--office", help="Why this office has its holder (its slug, title or another name).")
@click.option("--presidency", is_flag=True, help="Why this party holds the presidency.")
@click.option(
    "--chair",
    metavar="SLUG",
    help="Why this rotating chair (igo establish-chair) has its holder, or is vacant; implies --presidency.",
)
@click.option("--document", help="Why this document is adopted or in force (document slug).")
@click.option(
    "--meeting", help="A meeting: its event id (or 4+ character prefix), or a body's latest meeting."
)
@output_option
@click.pass_context
def why(
    ctx: click.Context,
    org: str,
    as_of: dt.date,
    known_at: dt.datetime | None,
    party: str | None,
    office: str | None,
    presidency: bool,
    document: str | None,
    meeting: str | None,
    chair: str | None,
    output: str,
) -> None:
    """Why an entry of ORG's state holds as of a day: the decisive event first, then what it rests on.

    Ask about exactly one of --party, --office, --presidency (or --chair SLUG), --document, --meeting.
    Each event is shown with its id, type, valid time, record time, source
    document and quote, and whether it is stated or inferred.
    """
    given = sum(bool(v) for v in (party, office, presidency or chair, document, meeting))
    if given != 1:
        raise click.UsageError(
            "give exactly one of --party, --office, --presidency (or --chair SLUG), --document, --meeting"
        )
    result = why_of(
        org,
        timeline(ctx).records(org),
        as_of,
        known_at,
        party=party,
        office=office,
        presidency=presidency,
        document=document,
        meeting=meeting,
        chair=chair,
    )
    if party:  # what the organizations linked to it say of the party (a predecessor, the same body)
        if links := why_linked(timeline(ctx), org, as_of, known_at, party):
            result["answer"]["linked"] = links
    if output != "table":
        print_answer(result, output)
        return
    beyond(org, result["answer"]["horizon"], result["answer"]["beyond_horizon"])
    for line in _human_why(result["answer"], result["events"], result["retracted"]):
        click.echo(line)
    for link in result["answer"].get("linked", []):
        click.echo(f"  {_LINKS[link['link']]} {link['org']}, as of {link['as_of']}: {link['says']}")
        for line in _event_lines(link["events"], indent=4):
            click.echo(line)


# -- export --------------------------------------------------------------------------


def _write(text: str | bytes, output: str | None) -> None:
    """Write to the file named, or to stdout."""
    if output is None:
        click.echo(text, nl=False)
        return
    try:
        if isinstance(text, bytes):
            Path(output).write_bytes(text)
        else:
            Path(output).write_text(text, encoding="utf-8")
    except OSError as err:
        raise InvalidInput(f"{output}: cannot be written: {err.strerror}") from None


@click.command()
@org_argument
@click.option(
    "--to",
    "fmt",
    type=click.Choice((*FORMATS, "cow")),
    required=True,
    help="popolo (Popolo JSON), timelinejs (TimelineJS 3 JSON), csv, or cow (the Correlates of War "
    "IGO-year layout, as igo export-cow writes it).",
)
@click.option("-o", "--output", metavar="FILE", help="Write to FILE instead of stdout.")
@known_at_option
@click.pass_context
def export(ctx: click.Context, org: str, fmt: str, output: str | None, known_at: dt.datetime | None) -> None:
    """ORG's history in a format other tools read: Popolo, TimelineJS 3, CSV or COW.

    Every record carries its source: the document and the quote (COW's layout
    has no room for one: its cells are the as-of answers of each 31 December).
    """
    with progress(f"exporting {org} to {fmt}"):
        if fmt == "cow":
            buffer = io.StringIO()
            write_cow(buffer, [(org, timeline(ctx).history(org, known_at=known_at))])  # from the index
            text = buffer.getvalue()
        else:
            text = export_as(fmt, org, timeline(ctx).records(org), known_at)
        _write(text, output)
    if output is not None:
        note(f"wrote {output}")


# -- chart ---------------------------------------------------------------------------


@click.command()
@org_argument
@day_option("--from", "The chart's first day (YYYY-MM-DD; default: the first recorded date).")
@day_option(
    "--to",
    "The chart's last day (YYYY-MM-DD; default: a year after the last recorded date, or --as-of if later).",
)
@click.option(
    "--as-of",
    "as_of",
    default="today",
    show_default=True,
    callback=parse_as_of,
    help="Mark this day with a vertical line (YYYY-MM-DD or 'today'); a dotted line marks where the "
    "record ends when the day is beyond it.",
)
@known_at_option
@click.option("--party", "parties", multiple=True, help="Only this party's lane (repeat for more).")
@click.option("-o", "--output", metavar="FILE.png|FILE.svg", required=True, help="Where to draw it.")
@click.pass_context
def chart(
    ctx: click.Context,
    org: str,
    from_: dt.date | None,
    to: dt.date | None,
    as_of: dt.date | None,
    known_at: dt.datetime | None,
    parties: tuple[str, ...],
    output: str,
) -> None:
    """Draw ORG's timeline: meetings, presidency, offices and each party's statuses, lane by lane.

    Imprecise dates are hatched over their range, spans with no recorded end
    fade out at the right edge. PNG or SVG, by the file's suffix.
    """
    with progress(f"drawing {output}"):
        drawn = draw_chart(
            org,
            timeline(ctx).records(org),
            output,
            start=from_,
            end=to,
            as_of=as_of,
            known_at=known_at,
            parties=parties,
        )
    note(f"wrote {output}: {len(drawn.lanes)} lanes, {drawn.start.isoformat()} to {drawn.end.isoformat()}")


COMMANDS = [why, export, chart]
