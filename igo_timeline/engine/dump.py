"""Dumps: the store's log as it is, out of one store and into another, with both times kept.

A dump is gzip-compressed JSON Lines. The first line is the header::

    {"format": "igo-timeline dump", "version": 1, "written_by": "igo-timeline 0.1.0",
     "written_at": "...", "encrypted": false, "stored_events": 242,
     "heads": [{"org": "sco", "head": "sha256:...", "position": 72, "events": 71}, ...]}

(and ``class_versions``: the version of each kind of stored event, so that a
later release restores an older dump through the classes' own upcasting;
``heads`` in the shape of ``igo head --json``: ``events`` counts an
organization's decisions; ``stored_events`` counts the lines that follow, each
stream's creation included). Then every stored event of the
organizations dumped, in the order of the store's log (the notification log:
the order the as-of index reads), one per line::

    {"org": "sco", "position": 1, "recorded_at": "2026-...+00:00", "kind": "created"}
    {"org": "sco", "position": 2, "recorded_at": "2026-...+00:00", "kind": "recorded",
     "link": "sha256:...", "event": {...}, "extents": {...}}

``position`` is the event's place in its organization's stream (the chain's
position), ``recorded_at`` its record time to the microsecond, ``link`` its
link of the hash chain. A dump of an encrypted store (``IGO_CIPHER_KEY``) seals
each event line with the store's cipher: ``{"sealed": "<base64>"}``; the
header stays readable.

A dump is the store as of the moment the dump began: each organization's
events up to the head read then (appends made meanwhile are left out).

Restoring writes the same events, with the same positions, record times and
links, through the event-store library (its mapper and recorder: the target's
encoding, compression and cipher) in **one** transaction, after every chain of
the dump has been verified: a refusal or a failure writes nothing.
"""

from __future__ import annotations

import base64
import datetime as dt
import gzip
import io
import json
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError, version
from typing import IO, Any
from uuid import UUID

from eventsourcing.utils import get_topic

from igo_timeline.engine import chain
from igo_timeline.engine.store import REGISTRY_ID, OrgStream, RegistryStream, stream_id
from igo_timeline.engine.timeline import Timeline
from igo_timeline.errors import InvalidInput, StoreError

FORMAT = "igo-timeline dump"
VERSION = 1


class DumpRefused(StoreError):
    """A dump that cannot be restored here (nothing was written)."""


def release() -> str:
    try:
        return f"igo-timeline {version('igo-timeline')}"
    except PackageNotFoundError:  # pragma: no cover - run from a source tree without metadata
        return "igo-timeline (unknown version)"


@dataclass
class Dump:
    """A header and the event lines that follow it (a one-pass iterator)."""

    header: dict[str, Any]
    lines: Iterator[dict[str, Any]]


@dataclass
class Restored:
    events: int = 0  # decisions (each stream's creation not counted)
    registry: int = 0  # records of the registry of identities
    orgs: list[str] = field(default_factory=list)
    heads: list[dict[str, Any]] = field(default_factory=list)


# -- reading a store ------------------------------------------------------------------


def read_store(timeline: Timeline, orgs: Iterable[str] | None = None) -> Dump:
    """The store's log, as of now: each organization's events up to the head read first."""
    known = timeline.org_slugs()
    wanted = list(dict.fromkeys(orgs)) if orgs else known
    for slug in wanted:
        if slug not in known:
            raise timeline._unknown_org(slug)
    app = timeline.app
    heads: dict[UUID, dict[str, Any]] = {}
    for slug in sorted(wanted):
        last = app.recorder.select_events(stream_id(slug), desc=True, limit=1)
        if not last:  # pragma: no cover - an organization is listed by its creation event
            continue
        event: Any = _decode(timeline, last[0], slug)
        heads[stream_id(slug)] = {
            "org": slug,
            "head": getattr(event, "link", None),
            "position": last[0].originator_version,
            "events": last[0].originator_version - 1,
        }
    # the store's registry of identities: one stream beside the organizations', dumped whole
    last = app.recorder.select_events(REGISTRY_ID, desc=True, limit=1)
    registry = {"position": last[0].originator_version} if last else None
    if registry is not None:
        heads[REGISTRY_ID] = {"org": None, "position": registry["position"]}
    stop = app.recorder.max_notification_id() or 0
    header = {
        "format": FORMAT,
        "version": VERSION,
        "written_by": release(),
        "written_at": chain.record_time(dt.datetime.now(dt.UTC)),
        "encrypted": app.mapper.cipher is not None,
        "class_versions": class_versions(),
        "stored_events": sum(h["position"] for h in heads.values()),
        "heads": sorted((h for h in heads.values() if h["org"] is not None), key=lambda h: h["org"]),
        "registry": registry,
    }
    return Dump(header, _log_lines(timeline, heads, stop))


def _decode(timeline: Timeline, stored: Any, slug: str) -> Any:
    try:
        return timeline.app.mapper.to_domain_event(stored)
    except Exception:
        raise StoreError(
            f"the stored events of {slug!r} do not decode: the store was encrypted with another "
            "IGO_CIPHER_KEY (or none is set now), or it was altered (igo verify names what)"
        ) from None


def _log_lines(timeline: Timeline, heads: dict[UUID, dict[str, Any]], stop: int) -> Iterator[dict[str, Any]]:
    recorder = timeline.app.recorder
    start = 1
    page_size = 1000
    while start <= stop:
        page = recorder.select_notifications(start=start, limit=page_size, stop=stop)
        for note in page:
            ident = note.originator_id
            head = heads.get(ident if isinstance(ident, UUID) else UUID(ident))
            if head is None or note.originator_version > head["position"]:
                continue  # another organization, or appended after the dump began
            yield _line(
                head["org"], _decode(timeline, note, head["org"] or "the registry"), note.originator_version
            )
        if len(page) < page_size:
            return
        start = page[-1].id + 1


def _line(slug: str | None, event: Any, position: int) -> dict[str, Any]:
    stamp = chain.record_time(event.timestamp)
    if isinstance(event, RegistryStream.Created):
        return {"stream": "registry", "position": position, "recorded_at": stamp, "kind": "created"}
    if isinstance(event, RegistryStream.Recorded):
        return {
            "stream": "registry",
            "position": position,
            "recorded_at": stamp,
            "kind": "recorded",
            "event": event.event,
        }
    if isinstance(event, OrgStream.Created):
        return {"org": slug, "position": position, "recorded_at": stamp, "kind": "created"}
    if isinstance(event, OrgStream.Recorded):
        return {
            "org": slug,
            "position": position,
            "recorded_at": stamp,
            "kind": "recorded",
            "link": event.link,
            "event": event.event,
            "extents": event.extents,
        }
    raise StoreError(
        f"{slug} position {position}: a stored event of an unknown kind ({type(event).__name__})"
    )


# -- files ----------------------------------------------------------------------------------


def write(dump: Dump, out: IO[bytes], cipher: Any = None) -> int:
    """Write a dump as gzip-compressed JSON Lines; return the number of event lines.

    ``cipher`` (the store's, when it is encrypted) seals each event line.
    """
    count = 0
    with gzip.GzipFile(fileobj=out, mode="wb", compresslevel=6, mtime=0) as packed:
        packed.write(_json_line(dump.header))
        for line in dump.lines:
            if cipher is not None:
                sealed = cipher.encrypt(zlib.compress(_json_line(line)))
                line = {"sealed": base64.b64encode(sealed).decode("ascii")}
            packed.write(_json_line(line))
            count += 1
    return count


# compact JSON in the order of the keys as stored: a restored event is stored byte for byte as it was
_LINE = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False, allow_nan=False)


def _json_line(value: dict[str, Any]) -> bytes:
    return _LINE.encode(value).encode("utf-8") + b"\n"


def read(source: IO[bytes], name: str, cipher: Any = None) -> Dump:
    """Read a dump's header now, its event lines as they are iterated (``InvalidInput`` for a
    file that is no dump, ``DumpRefused`` for one of a newer format or sealed without the key)."""
    try:
        text = io.TextIOWrapper(gzip.GzipFile(fileobj=source, mode="rb"), encoding="utf-8", newline="\n")
        first = text.readline()
    except (OSError, EOFError, UnicodeDecodeError) as err:
        raise InvalidInput(f"{name}: not an igo dump (not gzip-compressed JSON Lines: {_why(err)})") from None
    header = _parse(first, name, 1)
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise InvalidInput(f"{name}: not an igo dump (its first line is not a dump header)")
    found = header.get("version")
    if not isinstance(found, int) or found < 1:
        raise InvalidInput(f"{name}: the dump header has no valid version")
    if found > VERSION:
        raise DumpRefused(
            f"{name}: a dump of format version {found} (written by {header.get('written_by', 'a newer release')}); "
            f"this release reads version {VERSION} and older: restore it with that release or a newer one"
        )
    if header.get("encrypted") and cipher is None:
        raise DumpRefused(
            f"{name}: the dump is encrypted: set IGO_CIPHER_KEY to the key of the store it was made from"
        )
    return Dump(header, _lines(text, name, cipher))


def _why(err: BaseException) -> str:
    return " ".join(str(err).split()) or type(err).__name__


def _parse(text: str, name: str, number: int) -> Any:
    if not text.endswith("\n"):
        raise InvalidInput(f"{name}: line {number} is cut short: the dump is incomplete")
    try:
        return json.loads(text)
    except ValueError:
        raise InvalidInput(f"{name}: line {number} is not JSON") from None


def _lines(text: io.TextIOWrapper, name: str, cipher: Any) -> Iterator[dict[str, Any]]:
    number = 1
    while True:
        try:
            raw = text.readline()
        except (OSError, EOFError, UnicodeDecodeError) as err:
            raise InvalidInput(
                f"{name}: unreadable after line {number} ({_why(err)}): the dump is damaged"
            ) from None
        if not raw:
            return
        number += 1
        line = _parse(raw, name, number)
        if isinstance(line, dict) and set(line) == {"sealed"}:
            if cipher is None:
                raise DumpRefused(f"{name}: line {number} is sealed: set IGO_CIPHER_KEY to its store's key")
            try:
                line = json.loads(zlib.decompress(cipher.decrypt(base64.b64decode(line["sealed"]))))
            except (ValueError, zlib.error, TypeError):
                raise DumpRefused(
                    f"{name}: line {number} does not decrypt with this IGO_CIPHER_KEY (the dump was made "
                    "with another key, or altered)"
                ) from None
        if not isinstance(line, dict):
            raise InvalidInput(f"{name}: line {number} is not an event line")
        line["_line"] = number
        yield line


# -- restoring ------------------------------------------------------------------------------


def is_empty(timeline: Timeline) -> bool:
    return not (timeline.app.recorder.max_notification_id() or 0)


def restore(
    timeline: Timeline, dump: Dump, name: str, on_event: Callable[[], None] | None = None
) -> Restored:
    """Write the dump's events into an empty store, in one transaction, once every chain verified."""
    if not is_empty(timeline):
        raise DumpRefused(
            f"the target store {_shown(timeline.location)} is not empty: restore into a new store "
            "(a new file, or a new PostgreSQL schema)"
        )
    heads = _expected_heads(dump.header, name)
    versions = _versions(dump.header, name)
    key = timeline.chain_key
    for org, head in heads.items():
        algorithm = chain.algorithm(head["head"] or "")
        if algorithm == chain.KEYED and key is None:
            raise DumpRefused(
                f"{name}: the chain of {org!r} is keyed (hmac-sha256): set {chain.KEY_VARIABLE} "
                "to the key of the store it was made from"
            )
        if algorithm == chain.PLAIN and key is not None:
            raise DumpRefused(
                f"{name}: the chain of {org!r} is not keyed: unset {chain.KEY_VARIABLE} to restore it "
                "(a store is keyed, or not, from its first event)"
            )
    state: dict[str, tuple[int, str | None, dt.datetime | None]] = {}  # org -> (position, link, stamp)
    # each event as the library stores it (the target's encoding, compression, cipher), kept in
    # that compact form until all are verified, then inserted by the library in one transaction
    mapper = timeline.app.mapper
    stored: list[Any] = []
    registry = _registry_position(dump.header, name)
    registry_at = [0, None]  # position, record time
    for line in dump.lines:
        if line.get("stream") == "registry":
            event = _registry_event(line, registry, registry_at, name)
        else:
            event = _event(line, heads, state, key, name, versions)
        stored.append(mapper.to_stored_event(event))
        if on_event is not None:
            on_event()
    for org, head in heads.items():
        position, link, _ = state.get(org, (0, None, None))
        if position != head["position"] or link != head["head"]:
            raise DumpRefused(
                f"{name}: {org} ends at position {position}, but the header says {head['position']}: "
                "the dump is incomplete or was altered"
            )
    if registry_at[0] != registry:
        raise DumpRefused(
            f"{name}: the registry ends at position {registry_at[0]}, but the header says {registry}: "
            "the dump is incomplete or was altered"
        )
    if len(stored) != dump.header.get("stored_events"):
        raise DumpRefused(
            f"{name}: {len(stored)} event line(s), the header says {dump.header.get('stored_events')}"
        )
    if not is_empty(timeline):  # someone wrote meanwhile: the restore would mix two stores
        raise DumpRefused(f"the target store {_shown(timeline.location)} was written to during the restore")
    if stored:
        try:
            timeline.app.recorder.insert_events(stored)
        except Exception as err:  # the library's and the database's errors: one line
            _after_failure(timeline, heads, err)
    # decisions, as igo head and igo verify count them: each stream's creation (and the registry) left out
    return Restored(
        events=len(stored) - len(heads) - registry,
        orgs=sorted(heads),
        heads=[heads[o] for o in sorted(heads)],
        registry=max(0, registry - 1),
    )


def _after_failure(timeline: Timeline, heads: dict[str, dict[str, Any]], err: Exception) -> None:
    """The insert failed: one transaction, so the target holds all of the dump or none of it. A
    server lost after the commit but before its answer leaves it whole: return when it is."""
    shown = _shown(timeline.location)
    reason = f"{type(err).__name__}: {_why(err)[:300]}"
    try:
        landed = _holds(timeline, heads)
    except Exception:  # the server is still away: say what is known
        raise StoreError(
            f"cannot write to the target store {shown} ({reason}); the restore is one transaction, so the "
            "target holds all of it or nothing: igo head there tells which"
        ) from None
    if landed is None:
        raise StoreError(
            f"cannot write to the target store {shown} ({reason}); nothing was written"
        ) from None
    if not landed:  # pragma: no cover - the empty check before the insert makes this a race
        raise StoreError(
            f"cannot write to the target store {shown} ({reason}); another writer got there first"
        )


def _holds(timeline: Timeline, heads: dict[str, dict[str, Any]]) -> bool | None:
    """None when the target is empty; True when it holds exactly the dump's heads; else False."""
    if is_empty(timeline):
        return None
    for org, head in heads.items():
        last = timeline.app.recorder.select_events(stream_id(org), desc=True, limit=1)
        if not last or last[0].originator_version != head["position"]:
            return False
        if getattr(timeline.app.mapper.to_domain_event(last[0]), "link", None) != head["head"]:
            return False
    return sorted(timeline.org_slugs()) == sorted(heads)


def _shown(location: str) -> str:
    from igo_timeline.engine import postgres

    return postgres.parse(location).redacted() if postgres.is_url(location) else repr(location)


def _registry_position(header: dict[str, Any], name: str) -> int:
    """Where the dump's registry stream ends (0: the store had none)."""
    registry = header.get("registry")
    if registry is None:
        return 0
    if not isinstance(registry, dict) or not isinstance(registry.get("position"), int):
        raise InvalidInput(f"{name}: the dump header's registry is malformed")
    return int(registry["position"])


def _registry_event(line: dict[str, Any], last: int, at: list[Any], name: str) -> Any:
    """A line of the registry's stream as the library's event: positions in order, times in order."""
    number, position, kind = line.get("_line"), line.get("position"), line.get("kind")

    def refuse(what: str) -> DumpRefused:
        return DumpRefused(
            f"{name}: line {number} (the registry, position {position}): {what}; nothing was written"
        )

    if not isinstance(position, int) or isinstance(position, bool) or position != at[0] + 1:
        raise refuse(f"expected position {at[0] + 1}: events are missing or out of order")
    if position > last:
        raise refuse(f"beyond the end the header gives ({last})")
    try:
        stamp = dt.datetime.fromisoformat(line.get("recorded_at") or "").astimezone(dt.UTC)
    except (TypeError, ValueError):
        raise refuse("its record time is not an ISO 8601 timestamp") from None
    if at[1] is not None and stamp < at[1] and position > 2:
        raise refuse("its record time is before the previous event's")
    at[0], at[1] = position, stamp
    if position == 1:
        if kind != "created":
            raise refuse("the first event of a stream must be its creation")
        fields: dict[str, Any] = {"timestamp": stamp, "originator_topic": get_topic(RegistryStream)}
        return RegistryStream.Created(originator_id=REGISTRY_ID, originator_version=1, **fields)
    if kind != "recorded" or not isinstance(line.get("event"), dict):
        raise refuse("not a recorded identity")
    return RegistryStream.Recorded(  # type: ignore[call-arg]  # the library's event dataclass
        originator_id=REGISTRY_ID, originator_version=position, timestamp=stamp, event=line["event"]
    )


def _versions(header: dict[str, Any], name: str) -> dict[str, int]:
    """The class versions of the dump's events (1 when the header names none)."""
    given = header.get("class_versions") or {}
    current = class_versions()
    if not isinstance(given, dict):
        raise InvalidInput(f"{name}: the dump header's class_versions are malformed")
    out = {}
    for kind, now in current.items():
        version = given.get(kind, 1)
        if not isinstance(version, int) or version < 1:
            raise InvalidInput(f"{name}: the dump header's class_versions are malformed")
        if version > now:
            raise DumpRefused(
                f"{name}: its {kind} events are of version {version}, newer than this release's ({now}): "
                "restore it with the release that wrote it, or a newer one"
            )
        out[kind] = version
    return out


def _expected_heads(header: dict[str, Any], name: str) -> dict[str, dict[str, Any]]:
    heads = header.get("heads")
    if not isinstance(heads, list) or not isinstance(header.get("stored_events"), int):
        raise InvalidInput(f"{name}: the dump header has no heads or no event count")
    out: dict[str, dict[str, Any]] = {}
    for head in heads:
        if (
            not isinstance(head, dict)
            or not isinstance(head.get("org"), str)
            or not isinstance(head.get("position"), int)
            or not (head.get("head") is None or isinstance(head.get("head"), str))
        ):
            raise InvalidInput(f"{name}: the dump header's heads are malformed")
        out[head["org"]] = head
    return out


def _event(
    line: dict[str, Any],
    heads: dict[str, dict[str, Any]],
    state: dict[str, tuple[int, str | None, dt.datetime | None]],
    key: bytes | None,
    name: str,
    versions: dict[str, int],
) -> Any:
    number = line.get("_line")
    org, position, kind = line.get("org"), line.get("position"), line.get("kind")

    def refuse(what: str) -> DumpRefused:
        where = f"{org} position {position}" if isinstance(org, str) else "an event"
        return DumpRefused(f"{name}: line {number} ({where}): {what}; nothing was written")

    if not isinstance(org, str) or org not in heads:
        raise refuse("its organization is not in the header")
    if not isinstance(position, int) or isinstance(position, bool):
        raise refuse("no position")
    try:
        stamp = dt.datetime.fromisoformat(line.get("recorded_at") or "")
    except (TypeError, ValueError):
        raise refuse("its record time is not an ISO 8601 timestamp") from None
    if stamp.tzinfo is None:
        raise refuse("its record time has no time zone")
    stamp = stamp.astimezone(dt.UTC)
    previous_position, previous_link, previous_stamp = state.get(org, (0, None, None))
    if position != previous_position + 1:
        raise refuse(f"expected position {previous_position + 1}: events are missing or out of order")
    if position > heads[org]["position"]:
        raise refuse(f"beyond the head the header gives ({heads[org]['position']})")
    ident = stream_id(org)
    if position == 1:
        if kind != "created":
            raise refuse("the first event of a stream must be its creation")
        state[org] = (1, None, None)
        fields = {"timestamp": stamp, "originator_topic": get_topic(OrgStream), "slug": org}
        return _built(OrgStream.Created, versions["created"], fields, ident, 1)
    if kind != "recorded":
        raise refuse("not a recorded decision")
    payload, link, extents = line.get("event"), line.get("link"), line.get("extents")
    if not isinstance(payload, dict) or not isinstance(link, str):
        raise refuse("no event or no chain link")
    if not (extents is None or isinstance(extents, dict)):
        raise refuse("its extents are malformed")
    if previous_stamp is not None and stamp < previous_stamp:
        raise refuse("its record time is before the previous event's")
    try:
        recomputed = chain.link(previous_link, org, position, stamp, payload, key)
    except (TypeError, ValueError):
        raise refuse("its content cannot be hashed") from None
    if recomputed != link:
        keyed = " (with the keyed chain, give the same IGO_CHAIN_KEY)" if key is not None else ""
        raise refuse(f"the chain does not verify: its content, record time or position was changed{keyed}")
    state[org] = (position, link, stamp)
    fields = {"timestamp": stamp, "event": payload, "extents": extents, "link": link}
    return _built(OrgStream.Recorded, versions["recorded"], fields, ident, position)


# the stored classes of a dump's lines, with the class_version their fields have
CLASSES: dict[str, type[Any]] = {"created": OrgStream.Created, "recorded": OrgStream.Recorded}


def class_versions() -> dict[str, int]:
    return {kind: getattr(cls, "class_version", 1) for kind, cls in CLASSES.items()}


def _built(cls: type[Any], version: int, fields: dict[str, Any], ident: UUID, position: int) -> Any:
    """The event of this release, from fields of ``version``: older ones through the class's own
    upcasting (``upcast_vN_vN+1``, as the library applies it to stored events), then the class."""
    current = getattr(cls, "class_version", 1)
    while version < current:
        getattr(cls, f"upcast_v{version}_v{version + 1}")(fields)
        version += 1
    return cls(originator_id=ident, originator_version=position, **fields)
