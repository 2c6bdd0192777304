"""Limits every event must meet before it is parsed, whatever path it came by.

The CLI's readers, the typed verbs and the HTTP API all append through
:meth:`Timeline.append`, which screens each raw event here first: at most
256 KiB as JSON, nested at most 32 deep, numbers finite, and no control
characters (other than tab and newlines), lone surrogates, or bidirectional
embedding, override and isolate characters, which can make text display as
other than it is.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from typing import Any

from igo_timeline.errors import RuleViolation

MAX_EVENT_BYTES = 256 * 1024
MAX_DEPTH = 32
# embeddings, overrides and isolates (LRE RLE PDF LRO RLO, LRI RLI FSI PDI)
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
ALLOWED_CONTROLS = frozenset("\t\n\r")
# every character _bad_character refuses, as one class: the controls (category Cc, U+0000-U+001F
# and U+007F-U+009F) but tab and newlines, the bidi controls, and the surrogates (category Cs)
_SUSPECT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
# the same characters as the JSON of a value writes them: json (ensure_ascii=False) escapes the
# controls below U+0020 (as \u00XX, \b or \f; tab and newlines as \t \n \r, which are allowed) and
# keeps every other character as is. An escaped backslash before "u00", "b" or "f" matches too:
# that only sends the event down the slow path, which decides.
_SUSPECT_JSON = re.compile(r"[\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]|\\u00[01]|\\[bf]")
# json.dumps(item, ensure_ascii=False) without the default (an unknown type is the slow path's)
# and refusing NaN and the infinities (also the slow path's)
_JSON = json.JSONEncoder(ensure_ascii=False, allow_nan=False)


def _bad_character(text: str) -> str | None:
    if _SUSPECT.search(text) is None:  # the usual case, without a Python loop over the characters
        return None
    for ch in text:
        if ch in BIDI_CONTROLS:
            return f"a bidirectional control character (U+{ord(ch):04X}), which can make text display as other than it is"
        category = unicodedata.category(ch)
        if ch not in ALLOWED_CONTROLS and category == "Cc":
            return f"a control character (U+{ord(ch):04X})"
        if category == "Cs":
            return f"a lone surrogate (U+{ord(ch):04X}), which is not text"
    return None


def _walk(value: Any, path: str, depth: int) -> str | None:
    """The first problem inside a JSON value, with where it is."""
    if depth > MAX_DEPTH:
        return f"{path or 'the event'}: nested deeper than {MAX_DEPTH} levels"
    if isinstance(value, str):
        bad = _bad_character(value)
        return f"{path or 'the event'}: contains {bad}" if bad else None
    if isinstance(value, float) and not math.isfinite(value):
        return f"{path or 'the event'}: {value} is not a number a record can hold"
    if isinstance(value, dict):
        for key, item in value.items():
            where = f"{path}.{key}" if path else str(key)
            if isinstance(key, str) and (bad := _bad_character(key)):
                return f"a field name contains {bad}"
            problem = _walk(item, where, depth + 1)
            if problem:
                return problem
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            problem = _walk(item, f"{path}[{index}]", depth + 1)
            if problem:
                return problem
    return None


def screen(item: Any, index: int) -> None:
    """Refuse a raw event over the limits, naming the item and what is wrong."""
    if not isinstance(item, dict):
        return  # the parser says what an event must be
    if _clean(item):
        return
    etype = item["type"] if isinstance(item.get("type"), str) and len(item["type"]) <= 64 else "event"
    problem = _walk(item, "", 1)
    if problem is None:
        try:
            size = len(json.dumps(item, ensure_ascii=False, default=str).encode("utf-8"))
        except (TypeError, ValueError):  # pragma: no cover - the walk found what json cannot hold
            size = 0
        if size > MAX_EVENT_BYTES:
            problem = f"the event is {size:,} bytes as JSON, over the limit of {MAX_EVENT_BYTES // 1024} KiB"
    if problem is not None:
        rule = "too-large" if "over the limit" in problem or "nested deeper" in problem else "invalid-value"
        raise RuleViolation(rule, problem, event_type=_printable(etype), item=index)


def _clean(item: dict[str, Any]) -> bool:
    """True when the event certainly meets every limit: the fast check, on its JSON (built in C),
    of the usual event. False sends it down :func:`_walk`, which says what is wrong, if anything."""
    try:
        text = _JSON.encode(item)
    except (TypeError, ValueError, RecursionError):  # not plain JSON, or not finite: the walk says
        return False
    # fewer than MAX_DEPTH brackets in all: no value can be nested deeper than MAX_DEPTH
    if text.count("{") + text.count("[") >= MAX_DEPTH or _SUSPECT_JSON.search(text):
        return False
    return (len(text) if text.isascii() else len(text.encode("utf-8"))) <= MAX_EVENT_BYTES


def _printable(text: str) -> str:
    return text if _bad_character(text) is None else "event"
