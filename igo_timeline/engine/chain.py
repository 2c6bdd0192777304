"""The hash chain that makes edits of the stored record evident.

Each stored decision carries a *link*: a SHA-256 digest (HMAC-SHA-256 when
``IGO_CHAIN_KEY`` is set) over the previous link of its organization's chain,
the organization's slug, the event's position in the organization's stream,
its record time and its canonical JSON. The first link starts from the slug.
Editing, deleting or reordering a stored event breaks every link from there
on; cutting events off the end is caught against a head recorded earlier.
This is a file format: the README's "Tamper evidence" section documents it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import os
from typing import Any

KEY_VARIABLE = "IGO_CHAIN_KEY"
PLAIN = "sha256"
KEYED = "hmac-sha256"


def chain_key() -> bytes | None:
    """The chain key from ``IGO_CHAIN_KEY`` (UTF-8), or None when unset or empty."""
    value = os.environ.get(KEY_VARIABLE, "")
    return value.encode("utf-8") if value else None


# what json.dumps builds on each call with these options, built once
_CANONICAL = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)


def canonical_json(payload: Any) -> bytes:
    """Keys sorted, no insignificant whitespace, UTF-8 (non-ASCII kept as is)."""
    return _CANONICAL.encode(payload).encode("utf-8")


def record_time(stamp: dt.datetime) -> str:
    """The record time as hashed: ISO 8601 in UTC with microseconds, e.g. 2026-01-02T03:04:05.000006+00:00."""
    return stamp.astimezone(dt.UTC).isoformat(timespec="microseconds")


# the last stamp formatted: a batch links all its events with one stamp (one datetime object)
_last_stamp: tuple[dt.datetime, str] | None = None


def _record_time_of(stamp: dt.datetime) -> str:
    global _last_stamp
    last = _last_stamp  # one read: another thread may replace it
    if last is not None and last[0] is stamp:  # the same (immutable) object: the same text
        return last[1]
    text = record_time(stamp)
    _last_stamp = (stamp, text)
    return text


def message(previous: str, org: str, position: int, stamp: dt.datetime, payload: Any) -> bytes:
    """The bytes a link digests: five fields joined by newlines (none can contain one)."""
    head = "\n".join([previous, org, str(position), _record_time_of(stamp)]).encode("utf-8")
    return head + b"\n" + canonical_json(payload)


def link(
    previous: str | None, org: str, position: int, stamp: dt.datetime, payload: Any, key: bytes | None
) -> str:
    """The link of an event: ``sha256:<hex>`` or, with a key, ``hmac-sha256:<hex>``.

    ``previous`` is the full previous link (with its prefix), or None for the
    organization's first event, whose chain starts from the slug.
    """
    data = message(previous if previous is not None else org, org, position, stamp, payload)
    if key is None:
        return f"{PLAIN}:{hashlib.sha256(data).hexdigest()}"
    return f"{KEYED}:{hmac.new(key, data, hashlib.sha256).hexdigest()}"


def algorithm(value: str) -> str:
    return value.split(":", 1)[0] if ":" in value else ""
