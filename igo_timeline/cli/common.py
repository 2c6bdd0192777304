"""What every command shares: the store, date options, input files, output."""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import json
import os
import re
import sys
import threading
from collections.abc import Callable, Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import click

from igo_timeline.engine import Timeline, default_location
from igo_timeline.errors import InvalidDate, InvalidInput
from igo_timeline.projections import answers

# -- the store -------------------------------------------------------------------


def indexed(ctx: click.Context) -> Timeline:
    """The store, its as-of index brought up to date (with a progress bar when that takes a while:
    the first query after a big import builds the index)."""
    tl = timeline(ctx)
    with progress("bringing the as-of index up to date"):
        tl.index.catch_up()
    return tl


def timeline(ctx: click.Context) -> Timeline:
    """Open the store named by ``--store`` / ``IGO_STORE`` once per invocation."""
    root = ctx.find_root()
    obj = root.ensure_object(dict)
    if "timeline" not in obj:
        location = obj.get("store") or default_location()
        obj["timeline"] = Timeline(location, attempts=obj.get("attempts", 10))
        root.call_on_close(obj["timeline"].close)
        if obj.get("names_at") is not None:
            obj["timeline"].name_parties_as_known_at(obj["names_at"])
    return obj["timeline"]


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


as_of_option = click.option(
    "--as-of",
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


def day_option(name: str, help_text: str) -> Callable[[Any], Any]:
    dest = name.lstrip("-").replace("-", "_")
    return click.option(name, dest + "_" if dest in ("from",) else dest, callback=parse_as_of, help=help_text)


# -- input -------------------------------------------------------------------------


MAX_INPUT_BYTES = 32 * 1024 * 1024
# YAML 1.1 reads these unquoted words as booleans; only true/false are taken as such here
_YAML11_BOOLEANS = re.compile(r"^(?:yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF)$")
_AMBIGUOUS = "tag:igo-timeline,2026:yaml11-boolean"


@functools.cache
def _yaml_loader() -> type[Any]:
    """The YAML loader of input files, built on first use (yaml is not loaded before)."""
    import yaml

    class _Loader(yaml.SafeLoader):
        """The safe loader, minus the timestamp rule (dates stay the EDTF strings they are), minus
        aliases (plain data has no references; expanding them is the "billion laughs"), and with
        YAML 1.1's yes/no/on/off refused: an unquoted ``NO`` is Norway to a person and false to YAML."""

        def compose_node(self, parent: Any, index: Any) -> Any:
            if self.check_event(yaml.AliasEvent):
                mark = self.peek_event().start_mark
                raise yaml.composer.ComposerError(
                    None, None, "aliases (*name) are not allowed: write the data out", mark
                )
            return super().compose_node(parent, index)

        def construct_ambiguous(self, node: yaml.ScalarNode) -> Any:
            raise yaml.constructor.ConstructorError(
                None,
                None,
                f"unquoted {node.value} is a boolean to YAML; quote it ('{node.value}') if you mean "
                "the name or code, or write true/false",
                node.start_mark,
            )

    _Loader.yaml_implicit_resolvers = {
        key: [(tag, rx) for tag, rx in rules if tag != "tag:yaml.org,2002:timestamp"]
        for key, rules in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    _Loader.add_implicit_resolver(_AMBIGUOUS, _YAML11_BOOLEANS, list("yYnNoO"))
    # the ambiguous words must win over the bool rule, which the base class lists first
    for first in "yYnNoO":
        rules = _Loader.yaml_implicit_resolvers.get(first, [])
        _Loader.yaml_implicit_resolvers[first] = sorted(rules, key=lambda rule: rule[0] != _AMBIGUOUS)
    _Loader.add_constructor(_AMBIGUOUS, _Loader.construct_ambiguous)
    return _Loader


def __getattr__(name: str) -> Any:
    if name == "_Loader":  # the loader, as tests and benchmarks import it
        return _yaml_loader()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise _Duplicate(key)
        out[key] = value
    return out


class _Duplicate(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _constant(name: str) -> Any:
    raise _NotANumber(name)


class _NotANumber(ValueError):
    pass


def load_json(text: str, name: str) -> Any:
    """Strict JSON: duplicate keys, NaN and infinities refused; deep nesting a clean error."""
    try:
        return json.loads(text, object_pairs_hook=_object, parse_constant=_constant)
    except _Duplicate as err:
        raise InvalidInput(f"{name}: duplicate key {err.key!r} in an object") from None
    except _NotANumber as err:
        raise InvalidInput(f"{name}: {err} is not a number JSON allows") from None
    except RecursionError:
        raise InvalidInput(f"{name}: nested too deeply") from None
    except json.JSONDecodeError:
        raise
    except ValueError as err:  # e.g. an integer of more digits than Python converts
        raise InvalidInput(f"{name}: {' '.join(str(err).split())}") from None


def load_text(text: str, name: str) -> list[Any]:
    """Events from a JSON array or object, JSON Lines, or YAML."""
    if len(text) > MAX_INPUT_BYTES or len(text.encode("utf-8", "surrogatepass")) > MAX_INPUT_BYTES:
        raise InvalidInput(f"{name}: is over the input limit of {MAX_INPUT_BYTES // 2**20} MiB")
    stripped = text.strip()
    if not stripped:
        raise InvalidInput(f"{name}: is empty")
    suffix = Path(name).suffix.lower()
    if suffix in (".json", ".jsonl", ".ndjson") or stripped[0] in "[{":
        try:
            data = load_json(stripped, name)
            return data if isinstance(data, list) else [data]
        except json.JSONDecodeError as err:
            lines = [ln for ln in stripped.splitlines() if ln.strip()]
            if len(lines) > 1 and err.lineno > 1 or suffix in (".jsonl", ".ndjson"):
                return _json_lines(lines, name)
            raise InvalidInput(
                f"{name}: not valid JSON (line {err.lineno}, column {err.colno}): {err.msg}"
            ) from None
    import yaml

    try:
        data = yaml.load(stripped, Loader=_yaml_loader())  # noqa: S506 - a SafeLoader
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f" (line {mark.line + 1}, column {mark.column + 1})" if mark else ""
        problem = getattr(err, "problem", None) or "malformed"
        raise InvalidInput(f"{name}: not valid YAML{where}: {problem}") from None
    except RecursionError:
        raise InvalidInput(f"{name}: nested too deeply") from None
    except ValueError as err:  # the constructors' own errors (e.g. an integer too long to convert)
        raise InvalidInput(f"{name}: not valid YAML: {' '.join(str(err).split())}") from None
    if isinstance(data, dict):
        return [data]
    if not isinstance(data, list):
        raise InvalidInput(f"{name}: expected a list of events, got {type(data).__name__}")
    return data


def _json_lines(lines: list[str], name: str) -> list[Any]:
    out = []
    for number, line in enumerate(lines, start=1):
        try:
            out.append(load_json(line, f"{name}: line {number}"))
        except json.JSONDecodeError as err:
            raise InvalidInput(f"{name}: line {number} is not valid JSON: {err.msg}") from None
    return out


def read_source(path: str) -> tuple[str, str]:
    """The text of a file, or of standard input for ``-``."""
    if path == "-":
        stream = getattr(sys.stdin, "buffer", None)
        if stream is None:  # pragma: no cover - a text-only stdin
            return sys.stdin.read(MAX_INPUT_BYTES + 1), "<stdin>"
        return _decode(stream.read(MAX_INPUT_BYTES + 1), "<stdin>"), "<stdin>"
    try:
        if Path(path).stat().st_size > MAX_INPUT_BYTES:
            raise InvalidInput(f"{path}: is over the input limit of {MAX_INPUT_BYTES // 2**20} MiB")
        return Path(path).read_text(encoding="utf-8"), path
    except FileNotFoundError:
        raise InvalidInput(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InvalidInput(f"{path}: is a directory") from None
    except UnicodeDecodeError:
        raise InvalidInput(f"{path}: is not UTF-8 text") from None
    except OSError as err:
        raise InvalidInput(f"{path}: cannot be read: {err.strerror}") from None


def _decode(data: bytes, name: str) -> str:
    if len(data) > MAX_INPUT_BYTES:
        raise InvalidInput(f"{name}: is over the input limit of {MAX_INPUT_BYTES // 2**20} MiB")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise InvalidInput(f"{name}: is not UTF-8 text") from None


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


def unwrap(items: list[Any]) -> tuple[list[Any], int]:
    """Take the ``event`` of extraction records (``{"record": "event", ...}``); count the rest."""
    out, skipped = [], 0
    for item in items:
        if isinstance(item, dict) and "record" in item and "type" not in item:
            if item.get("record") == "event" and isinstance(item.get("event"), dict):
                out.append(item["event"])
            else:
                skipped += 1
        else:
            out.append(item)
    return out, skipped


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
    if not sys.stderr.isatty():
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
