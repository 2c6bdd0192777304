"""The one reader of events, for every door: ``igo import``/``append``/``correct``, the HTTP API's
``POST .../events`` and the importers that take files of events.

Every door reads through these functions, so each input is judged the same way, with the same limits
and the same messages (``NAME: problem``, where NAME is the file, ``<stdin>``, ``the event`` or
``the body``): strict JSON (duplicate keys, NaN and infinities refused; deep nesting a clean error),
JSON Lines, and YAML without its surprises (no aliases, no timestamps, no yes/no booleans).
"""

from __future__ import annotations

import functools
import json
import re
import sys
from pathlib import Path
from typing import Any

from igo_timeline.errors import InvalidInput

# the one size limit of an input, whatever its door (a file, stdin, an argument, an HTTP body)
MAX_INPUT_BYTES = 32 * 1024 * 1024
# YAML 1.1 reads these unquoted words as booleans; only true/false are taken as such here
_YAML11_BOOLEANS = re.compile(r"^(?:yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF)$")
_AMBIGUOUS = "tag:igo-timeline,2026:yaml11-boolean"


@functools.cache
def yaml_loader() -> type[Any]:
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
    return [item for item, _ in load_items(text, name)]


def load_items(text: str, name: str) -> list[tuple[Any, str]]:
    """Events from a JSON array or object, JSON Lines, or YAML, each with where it stands in the
    input (``FILE line 14`` for JSON Lines, ``FILE item 3`` otherwise): what a message names."""
    if len(text) > MAX_INPUT_BYTES or len(text.encode("utf-8", "surrogatepass")) > MAX_INPUT_BYTES:
        raise too_large(name)
    stripped = text.strip()
    if not stripped:
        raise InvalidInput(f"{name}: is empty")
    suffix = Path(name).suffix.lower()
    if suffix in (".json", ".jsonl", ".ndjson") or stripped[0] in "[{":
        try:
            data = load_json(stripped, name)
            if not isinstance(data, dict | list):
                raise InvalidInput(f"{name}: expected an event or a list of events, got {_kind(data)}")
            return _numbered(data if isinstance(data, list) else [data], name)
        except json.JSONDecodeError as err:
            lines = [(number, ln) for number, ln in enumerate(text.splitlines(), start=1) if ln.strip()]
            if len(lines) > 1 and err.lineno > 1 or suffix in (".jsonl", ".ndjson"):
                return _json_lines(lines, name)
            raise InvalidInput(
                f"{name}: not valid JSON (line {err.lineno}, column {err.colno}): {err.msg}"
            ) from None
    import yaml

    try:
        data = yaml.load(stripped, Loader=yaml_loader())  # noqa: S506 - a SafeLoader
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
        data = [data]
    if not isinstance(data, list):
        raise InvalidInput(f"{name}: expected an event or a list of events, got {_kind(data)}")
    return _numbered(data, name)


def _numbered(items: list[Any], name: str) -> list[tuple[Any, str]]:
    return [(item, f"{name} item {k}") for k, item in enumerate(items, start=1)]


def _json_lines(lines: list[tuple[int, str]], name: str) -> list[tuple[Any, str]]:
    out = []
    for number, line in lines:
        try:
            out.append((load_json(line, f"{name}: line {number}"), f"{name} line {number}"))
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
        raise too_large(name)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise InvalidInput(f"{name}: is not UTF-8 text") from None


def unwrap(items: list[tuple[Any, str]]) -> tuple[list[tuple[Any, str]], int, int]:
    """Take the ``event`` of extraction records (``{"record": "event", ...}``), with where each stood;
    count the other records (attestations, unresolved), and the events that ``igo extract --check``
    found already in the store (``"check"`` other than ``new``): the reviewed output of ``--check``
    imports what is new, and only that."""
    out, skipped, checked = [], 0, 0
    for item, origin in items:
        if isinstance(item, dict) and "record" in item and "type" not in item:
            if item.get("record") == "event" and isinstance(item.get("event"), dict):
                if item.get("check", "new") != "new":
                    checked += 1
                    continue
                out.append((item["event"], origin))
            else:
                skipped += 1
        else:
            out.append((item, origin))
    return out, skipped, checked


class InputTooLarge(InvalidInput):
    """An input over :data:`MAX_INPUT_BYTES` (the HTTP API answers 413)."""


def too_large(name: str) -> InputTooLarge:
    return InputTooLarge(f"{name}: is over the input limit of {MAX_INPUT_BYTES // 2**20} MiB")


def decode(data: bytes, name: str) -> str:
    """Bytes as UTF-8 text, within the size limit (a body, stdin)."""
    return _decode(data, name)


def parse_json(text: str, name: str) -> Any:
    """Strict JSON (:func:`load_json`), malformed JSON an :class:`InvalidInput` too."""
    if len(text) > MAX_INPUT_BYTES or len(text.encode("utf-8", "surrogatepass")) > MAX_INPUT_BYTES:
        raise too_large(name)
    if not text.strip():
        raise InvalidInput(f"{name}: is empty")
    try:
        return load_json(text, name)
    except json.JSONDecodeError as err:
        raise InvalidInput(
            f"{name}: not valid JSON (line {err.lineno}, column {err.colno}): {err.msg}"
        ) from None


def one_event(text: str, name: str) -> dict[str, Any]:
    """One event given as a JSON object (``igo append``, ``igo correct``)."""
    data = parse_json(text, name)
    if not isinstance(data, dict):
        raise InvalidInput(f"{name}: expected one event (a JSON object), got {_kind(data)}")
    return data


def json_events(text: str, name: str) -> list[Any]:
    """Events given as JSON: one object or an array of them (the HTTP API's body)."""
    data = parse_json(text, name)
    if not isinstance(data, dict | list):
        raise InvalidInput(f"{name}: expected an event or a list of events, got {_kind(data)}")
    items = data if isinstance(data, list) else [data]
    if not items:
        raise InvalidInput(f"{name}: no events in the input")
    return items


def _kind(data: Any) -> str:
    return {dict: "an object", list: "a list", str: "a string", bool: "a boolean", type(None): "null"}.get(
        type(data), "a number"
    )
