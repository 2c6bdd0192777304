"""Commands of the web view: ``serve`` (the API and the page) and its chart data, ``intervals``."""

from __future__ import annotations

import datetime as dt
import socket

import click

from igo_timeline.cli.common import (
    day_option,
    known_at_option,
    org_argument,
    output_option,
    print_answer,
    short,
    table,
    timeline,
)
from igo_timeline.cli.query import beyond
from igo_timeline.projections.intervals import LANES
from igo_timeline.projections.intervals import intervals as intervals_of


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="The address to listen on.")
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=8000,
    show_default=True,
    help="The port to listen on; 0 picks a free one.",
)
@click.option(
    "--write-token",
    envvar="IGO_WRITE_TOKEN",
    metavar="TOKEN",
    help="Accept writes (POST) that carry 'Authorization: Bearer TOKEN'. Without it, or empty, writes "
    "are off. Also IGO_WRITE_TOKEN.",
)
@click.pass_context
def serve(ctx: click.Context, host: str, port: int, write_token: str | None) -> None:
    """Serve the timeline: a page with an as-of slider at /, the JSON API under /api/v1.

    The server prints the address it listens on, then serves until interrupted.
    The API is documented at /api/v1/openapi.json.
    """
    import uvicorn  # imported here: every other command starts faster without it

    from igo_timeline.web import create_app

    app = create_app(timeline(ctx), write_token=write_token or None)
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # IPPROTO_TCP, not 0: asyncio turns Nagle off (TCP_NODELAY) only on sockets that say TCP,
    # and with Nagle on, every answer written in two parts waits 40 ms for a delayed ACK.
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
    except OSError as err:
        sock.close()
        raise click.ClickException(f"cannot listen on {host}:{port}: {err.strerror}") from None
    sock.listen(128)
    config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off")
    bound = sock.getsockname()[1]
    shown = f"[{host}]" if family == socket.AF_INET6 else host
    click.echo(f"igo serve: listening on http://{shown}:{bound}/")
    writes = "on (token required)" if write_token else "off"
    click.echo(f"  API: http://{shown}:{bound}/api/v1/openapi.json; writes {writes}; Ctrl-C stops", err=True)
    try:
        uvicorn.Server(config).run(sockets=[sock])
    except KeyboardInterrupt:
        pass  # Ctrl-C is how it stops: uvicorn has shut down and re-raises the signal
    click.echo("igo serve: stopped", err=True)


@click.command()
@org_argument
@day_option(
    "--from",
    "Only spans that reach this day or later (YYYY-MM-DD; a month YYYY-MM or a year YYYY: its first day).",
)
@day_option(
    "--to", "Only spans that start by this day (YYYY-MM-DD; a month YYYY-MM or a year YYYY: its last day)."
)
@known_at_option
@output_option
@click.pass_context
def intervals(
    ctx: click.Context,
    org: str,
    from_: dt.date | None,
    to: dt.date | None,
    known_at: dt.datetime | None,
    output: str,
) -> None:
    """The spans of ORG a chart draws: statuses, terms, presidencies, meetings, with their uncertainty.

    Each span starts on a day in [start_earliest, start_latest] and its last day
    is in [end_earliest, end_latest]; an empty bound is open.
    """
    answer = intervals_of(org, timeline(ctx).records(org), start=from_, end=to, known_at=known_at)
    if output != "table":
        print_answer(answer, output)
        return
    beyond(org, answer["horizon"], answer["beyond_horizon"])
    for lane in LANES:
        spans = answer[lane]
        click.echo(f"{lane} ({len(spans)})")
        rows = []
        for s in spans:
            what = " ".join(
                str(s[k])
                for k in ("party", "status", "condition", "procedure", "office", "person", "body", "kind")
                if s.get(k) is not None
            )
            rows.append(
                [
                    what,
                    _range(s["start_earliest"], s["start_latest"]),
                    "..",
                    _range(s["end_earliest"], s["end_latest"]),
                    f"[{short(s['event'])}]",
                ]
            )
        for line in table(rows):
            click.echo(line)


def _range(lo: str | None, hi: str | None) -> str:
    if lo is None and hi is None:
        return "open"
    if lo == hi:
        return str(lo)
    return f"{lo or 'open'}~{hi or 'open'}"


COMMANDS = [serve, intervals]
