"""What every command shares: the store, date options, input files, output."""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import json
import os
import sys
import threading
from collections.abc import Callable, Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import click

from igo_timeline.engine import Timeline, default_location
from igo_timeline.engine.store import MEMORY
from igo_timeline.errors import InvalidDate, InvalidInput
from igo_timeline.events.input import MAX_INPUT_BYTES as MAX_INPUT_BYTES
from igo_timeline.events.input import load_items as load_items
from igo_timeline.events.input import load_json as load_json
from igo_timeline.events.input import load_text as load_text
from igo_timeline.events.input import read_source as read_source
from igo_timeline.events.input import unwrap as unwrap
from igo_timeline.events.input import yaml_loader
from igo_timeline.events.names import org_slug
from igo_timeline.projections import answers
from igo_timeline.projections.period import Period
from igo_timeline.projections.period import parse_period as period_of

# -- the store -------------------------------------------------------------------


def indexed(ctx: click.Context) -> Timeline:
    """The store, its as-of index brought up to date (with a progress bar when that takes a while:
    the first query after a big import builds the index)."""
    tl = timeline(ctx)
    with progress("bringing the as-of index up to date"):
        tl.index.catch_up()
    return tl


# the commands that only read: a query never creates a store (a --store with a typo, or the
# default store before anything was recorded, is read as the empty store it would be; no file,
# no folder is made). ``serve`` writes through POST, ``extract --apply`` writes: not listed.
QUERIES = frozenset(
    {
        "state", "history", "why", "diff", "replay", "intervals", "chart", "orgs", "show",
        "batches", "memberships", "compare", "parties", "export", "export-cow", "verify", "head",
    }
)  # fmt: skip


def _location(ctx: click.Context, location: str) -> str:
    if ctx.command.name not in QUERIES or location == MEMORY or "://" in location:
        return location
    path = Path(location).expanduser()
    return location if path.exists() else MEMORY


def timeline(ctx: click.Context) -> Timeline:
    """Open the store named by ``--store`` / ``IGO_STORE`` once per invocation."""
    root = ctx.find_root()
    obj = root.ensure_object(dict)
    if "timeline" not in obj:
        location = _location(ctx, obj.get("store") or default_location())
        obj["timeline"] = Timeline(location, attempts=obj.get("attempts", 10))
        root.call_on_close(obj["timeline"].close)
        # what the command prints names parties by this store's registry (not another store's
        # opened in the same process: a scratch copy, a test's)
        root.with_resource(obj["timeline"].naming())
        if obj.get("names_at") is not None:
            obj["timeline"].name_parties_as_known_at(obj["names_at"])
    return obj["timeline"]


def _org(ctx: click.Context | None, param: click.Parameter | None, value: str | None) -> str | None:
    return org_slug(value) if value is not None else None


# ORG of every query: an organization's slug, case-insensitive ("SCO" is "sco")
org_argument = click.argument("org", callback=_org)


# -- dates -------------------------------------------------------------------------


def parse_as_of(
    ctx: click.Context | None, param: click.Parameter | None, value: str | None
) -> dt.date | None:
    if value is None:
        return None
    try:
        return answers.parse_as_of(value)
    except InvalidDate as err:
        raise click.BadParameter(str(err)) from None


def parse_known_at(
    ctx: click.Context | None, param: click.Parameter | None, value: str | None
) -> dt.datetime | None:
    """An ISO 8601 timestamp (UTC when no zone is given), or a day meaning its end, UTC."""
    if value is None:
        return None
    try:
        known_at = answers.parse_known_at(value)
    except InvalidDate as err:
        raise click.BadParameter(str(err)) from None
    if ctx is not None:  # the answer names parties by the store's registry as known then
        ctx.find_root().ensure_object(dict)["names_at"] = known_at
    return known_at


# "--on" too: the word a newcomer tries first ("igo state ORG --on 2005-08-19")
as_of_option = click.option(
    "--as-of",
    "--on",
    "as_of",
    default="today",
    show_default=True,
    callback=parse_as_of,
    help="The valid-time day asked about: YYYY-MM-DD or 'today'.",
)
known_at_option = click.option(
    "--known-at",
    "known_at",
    callback=parse_known_at,
    help="Answer as recorded by then: an ISO 8601 timestamp (UTC when no zone) or a day (its end, UTC).",
)
OUTPUTS = ("table", "json", "jsonl")


def output_option(command: Callable[..., Any]) -> Callable[..., Any]:
    """``--format table|json|jsonl`` and ``--json`` (= ``--format json``): the command gets ``output``.

    The one output option of every query.
    """

    @click.option(
        "--format",
        "output_format",
        type=click.Choice(OUTPUTS),
        default=None,
        help="table (the default: rich on a terminal, plain text when piped or NO_COLOR is set), "
        "json (stable keys), or jsonl (one record per line where the answer is a list).",
    )
    @click.option("--json", "as_json", is_flag=True, help="Print JSON (stable keys): --format json.")
    @functools.wraps(command)
    def wrapper(*args: Any, output_format: str | None, as_json: bool, **kwargs: Any) -> Any:
        if as_json and output_format not in (None, "json"):
            raise click.UsageError(f"--json and --format {output_format} disagree; give one")
        return command(*args, output="json" if as_json else output_format or "table", **kwargs)

    return wrapper


def parse_period(
    ctx: click.Context | None, param: click.Parameter | None, value: str | None
) -> Period | None:
    """A day, a month (YYYY-MM) or a year (YYYY), or 'today'."""
    if value is None:
        return None
    try:
        return period_of(value)
    except InvalidDate as err:
        raise click.BadParameter(str(err)) from None


def _bound(ctx: click.Context | None, param: click.Parameter | None, value: str | None) -> dt.date | None:
    """``--from`` a period: its first day; ``--to`` a period: its last day."""
    period = parse_period(ctx, param, value)
    if period is None:
        return None
    return period.end if param is not None and param.name == "to" else period.start


def day_option(name: str, help_text: str) -> Callable[[Any], Any]:
    """``--from``/``--to``: a day, or a month or a year (``--from`` its first day, ``--to`` its last)."""
    dest = name.lstrip("-").replace("-", "_")
    return click.option(name, dest + "_" if dest in ("from",) else dest, callback=_bound, help=help_text)


period_option = click.option(
    "--as-of",
    "--on",
    "as_of",
    default="today",
    show_default=True,
    callback=parse_period,
    help="The valid time asked about: a day (YYYY-MM-DD or 'today'), a month (YYYY-MM) or a year (YYYY).",
)


# -- input: the library's one reader of events (igo_timeline.events.input), re-exported ----


def __getattr__(name: str) -> Any:
    if name == "_Loader":  # the YAML loader, as tests and benchmarks import it
        return yaml_loader()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def bundled_names() -> list[str]:
    folder = resources.files("igo_timeline.data")
    return sorted(
        p.name.removesuffix(".yaml")
        for p in folder.iterdir()
        if p.name.endswith(".yaml") and p.name != "parties.yaml"
    )


def read_bundled(name: str) -> tuple[str, str]:
    if name not in bundled_names():
        raise InvalidInput(f"no bundled chronicle {name!r}; bundled: {', '.join(bundled_names())}")
    return resources.files("igo_timeline.data").joinpath(f"{name}.yaml").read_text("utf-8"), f"bundled:{name}"


def bundled_events(name: str) -> list[Any]:
    """The events of a bundled chronicle: its file, and each of its pending parts the engine reads.

    ``pending/NAME/*.yaml`` hold events written with vocabulary that a later
    version of the engine brings (event types, fields), one part per piece of
    vocabulary. A part is loaded only when every one of its events is of a
    type, with fields, that this engine knows, so that the chronicle never
    loads half of a part; any other error in it is reported as an error of the
    input. Parts load in the order of their names, after the chronicle.
    """
    text, source = read_bundled(name)
    events = list(load_text(text, source))
    for part in pending_parts(name):
        extra = load_text(part.read_text("utf-8"), f"bundled:pending/{name}/{part.name}")
        if all(_readable(item) for item in extra):
            events += extra
    return events


def pending_parts(name: str) -> list[Any]:
    """The pending parts of a bundled chronicle (``pending/NAME/*.yaml``), by name."""
    folder = resources.files("igo_timeline.data").joinpath("pending", name)
    if not folder.is_dir():
        return []
    return sorted((p for p in folder.iterdir() if p.name.endswith(".yaml")), key=lambda p: p.name)


def _readable(item: Any) -> bool:
    """Whether this engine knows the type and the fields of an event (other errors are not its concern)."""
    from igo_timeline.errors import RuleViolation
    from igo_timeline.events.models import parse_event

    try:
        parse_event(item)
    except RuleViolation as err:
        return not ("unknown type" in err.detail or "Extra inputs are not permitted" in err.detail)
    return True


def decided_or_started_by(item: Any, day: dt.date) -> bool:
    """Whether an event was decided, or starts, on or before ``day`` (its earliest possible days).

    A correction counts by the event it carries. Input that is not a valid
    event counts (whoever records it reports what is wrong with it).
    """
    from igo_timeline.errors import IgoError
    from igo_timeline.events.dates import extent
    from igo_timeline.events.models import EventCorrected, parse_event

    try:
        event = parse_event(item)
    except IgoError:
        return True
    if isinstance(event, EventCorrected):
        event = event.event
    days = [
        extent(text).start_earliest for text in (getattr(event, "decided_on", None), event.valid_time) if text
    ]
    return not days or min(days) <= day


# -- output ------------------------------------------------------------------------


def print_json(data: Any, *, lines: bool = False) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=None if lines else 2))


def print_answer(data: Any, output: str) -> None:
    """A JSON answer as ``--format`` asks: indented JSON, or JSON Lines (one record per list item)."""
    if output == "jsonl":
        for item in data if isinstance(data, list) else [data]:
            print_json(item, lines=True)
    else:
        print_json(data)


def rich_output() -> bool:
    """Tables drawn with rich: only on a terminal, and never when NO_COLOR is set (to any value)."""
    return "NO_COLOR" not in os.environ and _terminal()


def _terminal() -> bool:
    return sys.stdout.isatty()


def echo_table(rows: list[list[str]], *, headers: list[str] | None = None, indent: str = "  ") -> None:
    """Rows as a rich table on a terminal, else as the plain aligned text of :func:`table`."""
    if not rows:
        return
    if rich_output():
        from rich.console import Console
        from rich.table import Table
        from rich.text import Text

        grid = Table(
            box=None if headers is None else rich_box(),
            show_header=headers is not None,
            show_edge=False,
            pad_edge=False,
        )
        for i, name in enumerate(headers or [""] * len(rows[0])):
            # the short columns (codes, dates, ids, types) stay whole; the prose folds
            short_column = max(len(row[i]) for row in rows) <= 24
            grid.add_column(name, style="bold" if i == 0 else None, no_wrap=short_column, overflow="fold")
        for row in rows:
            grid.add_row(*(Text(cell) for cell in row))  # Text: "[ab12cd34]" is an id, not markup
        Console(soft_wrap=False).print(grid)
        return
    for line in table(rows, indent=indent):
        click.echo(line)


def rich_box() -> Any:
    from rich import box

    return box.SIMPLE_HEAD


@contextlib.contextmanager
def progress(message: str, *, after: float = 1.0) -> Iterator[None]:
    """A progress bar on stderr while the block runs, once it has run ``after`` seconds.

    Only on a terminal: piped or redirected stderr gets nothing. The work is one
    pure call with no count to report, so the bar pulses, with the time elapsed.
    """
    if not sys.stderr.isatty() or os.environ.get("TERM") == "dumb":  # a terminal that cannot redraw
        yield
        return
    from rich.console import Console
    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    bar = Progress(
        SpinnerColumn(),
        TextColumn(message),
        BarColumn(),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        transient=True,
    )
    lock = threading.Lock()
    shown = {"done": False, "started": False}

    def start() -> None:
        with lock:
            if not shown["done"]:
                bar.start()
                bar.add_task(message, total=None)
                shown["started"] = True

    timer = threading.Timer(after, start)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        timer.cancel()
        with lock:
            shown["done"] = True
            if shown["started"]:
                bar.stop()


def note(message: str) -> None:
    """A message for the person, on stderr."""
    click.echo(message, err=True)


def short(event_id: str | None) -> str:
    return (event_id or "-")[:8]


def table(rows: list[list[str]], indent: str = "  ") -> list[str]:
    if not rows:
        return []
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    return [indent + "  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows]
