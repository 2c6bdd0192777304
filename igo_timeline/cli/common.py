"""What every command shares: the store, date options, input files, output."""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any

import click
import yaml

from igo_timeline.engine import Timeline, default_location
from igo_timeline.errors import InvalidDate, InvalidInput
from igo_timeline.projections import answers

# -- the store -------------------------------------------------------------------


def timeline(ctx: click.Context) -> Timeline:
    """Open the store named by ``--store`` / ``IGO_STORE`` once per invocation."""
    root = ctx.find_root()
    obj = root.ensure_object(dict)
    if "timeline" not in obj:
        location = obj.get("store") or default_location()
        obj["timeline"] = Timeline(location, attempts=obj.get("attempts", 10))
        root.call_on_close(obj["timeline"].close)
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
        return answers.parse_known_at(value)
    except InvalidDate as err:
        raise click.BadParameter(str(err)) from None


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
json_option = click.option(
    "--json", "as_json", is_flag=True, help="Print JSON (stable keys) instead of a table."
)


def day_option(name: str, help_text: str) -> Callable[[Any], Any]:
    dest = name.lstrip("-").replace("-", "_")
    return click.option(name, dest + "_" if dest in ("from",) else dest, callback=parse_as_of, help=help_text)


# -- input -------------------------------------------------------------------------


class _Loader(yaml.SafeLoader):
    """The safe loader, minus the timestamp rule: dates stay the EDTF strings they are."""


_Loader.yaml_implicit_resolvers = {
    key: [(tag, rx) for tag, rx in rules if tag != "tag:yaml.org,2002:timestamp"]
    for key, rules in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def load_text(text: str, name: str) -> list[Any]:
    """Events from a JSON array or object, JSON Lines, or YAML."""
    stripped = text.strip()
    if not stripped:
        raise InvalidInput(f"{name}: is empty")
    suffix = Path(name).suffix.lower()
    if suffix in (".json", ".jsonl", ".ndjson") or stripped[0] in "[{":
        try:
            data = json.loads(stripped)
            return data if isinstance(data, list) else [data]
        except json.JSONDecodeError as err:
            lines = [ln for ln in stripped.splitlines() if ln.strip()]
            if len(lines) > 1 and err.lineno > 1 or suffix in (".jsonl", ".ndjson"):
                return _json_lines(lines, name)
            raise InvalidInput(
                f"{name}: not valid JSON (line {err.lineno}, column {err.colno}): {err.msg}"
            ) from None
    try:
        data = yaml.load(stripped, Loader=_Loader)  # noqa: S506 - _Loader is a SafeLoader
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f" (line {mark.line + 1}, column {mark.column + 1})" if mark else ""
        problem = getattr(err, "problem", None) or "malformed"
        raise InvalidInput(f"{name}: not valid YAML{where}: {problem}") from None
    if isinstance(data, dict):
        return [data]
    if not isinstance(data, list):
        raise InvalidInput(f"{name}: expected a list of events, got {type(data).__name__}")
    return data


def _json_lines(lines: list[str], name: str) -> list[Any]:
    out = []
    for number, line in enumerate(lines, start=1):
        try:
            out.append(json.loads(line))
        except json.JSONDecodeError as err:
            raise InvalidInput(f"{name}: line {number} is not valid JSON: {err.msg}") from None
    return out


def read_source(path: str) -> tuple[str, str]:
    """The text of a file, or of standard input for ``-``."""
    if path == "-":
        return sys.stdin.read(), "<stdin>"
    try:
        return Path(path).read_text(encoding="utf-8"), path
    except FileNotFoundError:
        raise InvalidInput(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InvalidInput(f"{path}: is a directory") from None
    except UnicodeDecodeError:
        raise InvalidInput(f"{path}: is not UTF-8 text") from None
    except OSError as err:
        raise InvalidInput(f"{path}: cannot be read: {err.strerror}") from None


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
