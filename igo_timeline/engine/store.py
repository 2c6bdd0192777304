"""The event store: the eventsourcing library, one aggregate per organization.

Each organization is one event stream (an :class:`OrgStream` aggregate whose
id derives from its slug), so appends to an organization are serialized by
the library's optimistic concurrency and different organizations never block
each other. Every decision is one stored ``Recorded`` event carrying the
decision's JSON and its link of the organization's hash chain (see
:mod:`igo_timeline.engine.chain`); a batch is one ``save()`` (one transaction)
and shares one timestamp, its record time. Which backend (in-memory, SQLite
file, PostgreSQL) is chosen by the store location, as configuration; the
PostgreSQL specifics live in :mod:`igo_timeline.engine.postgres`.
"""

from __future__ import annotations

import base64
import datetime as dt
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from uuid import NAMESPACE_URL, UUID, uuid5

from eventsourcing.application import AggregateNotFoundError, Application
from eventsourcing.domain import Aggregate
from eventsourcing.utils import get_topic

from igo_timeline.engine import chain, postgres
from igo_timeline.errors import StoreError

MEMORY = "memory:"
# why stored events may not decode (said by every reader of the store: the engine and the index)
UNREADABLE = (
    "do not decode: the store was encrypted with another IGO_CIPHER_KEY (or with one, and none is "
    "set now, or the reverse), or it was altered (igo verify, with the right key, names what)"
)


class OrgStream(Aggregate):
    """The event stream of one organization; its state is the list of what was recorded."""

    class Created(Aggregate.Created):
        slug: str

    class Recorded(Aggregate.Event):
        event: dict[str, Any]
        # the day ranges of the event's EDTF strings, as parsed when it was recorded:
        # readers seed their parse cache with them instead of re-running the parser
        extents: dict[str, list[int]] | None = None
        # this event's link of the organization's hash chain (igo_timeline.engine.chain)
        link: str | None = None

        def apply(self, aggregate: Aggregate) -> None:
            assert isinstance(aggregate, OrgStream)
            # No validation here: this re-runs on every replay (see the engine for the rules).
            aggregate.records.append((self.event, self.timestamp, self.originator_version, self.extents))
            aggregate.head = self.link

    def __init__(self, slug: str) -> None:
        self.slug = slug
        self.records: list[tuple[dict[str, Any], dt.datetime, int, dict[str, list[int]] | None]] = []
        self.head: str | None = None

    @staticmethod
    def create_id(slug: str) -> UUID:
        return stream_id(slug)

    def record(
        self, event: dict[str, Any], timestamp: dt.datetime, extents: dict[str, list[int]], key: bytes | None
    ) -> None:
        """Record a decision, chained to the stream's head at the position it will take."""
        link = chain.link(self.head, self.slug, self.version + 1, timestamp, event, key)
        self.trigger_event(self.Recorded, event=event, timestamp=timestamp, extents=extents, link=link)


# The store's registry of identities (parties, names over time, links, successions): one stream
# of its own beside the organizations' (see igo_timeline.engine.registry for its rules).
REGISTRY_ID = uuid5(NAMESPACE_URL, "igo-timeline:registry:identities")


class RegistryStream(Aggregate):
    """The store's registry of identities; its state is the list of what was recorded."""

    class Created(Aggregate.Created):
        pass

    class Recorded(Aggregate.Event):
        event: dict[str, Any]

        def apply(self, aggregate: Aggregate) -> None:
            assert isinstance(aggregate, RegistryStream)
            aggregate.records.append((self.event, self.timestamp, self.originator_version))

    def __init__(self) -> None:
        self.records: list[tuple[dict[str, Any], dt.datetime, int]] = []

    @staticmethod
    def create_id() -> UUID:
        return REGISTRY_ID

    def record(self, event: dict[str, Any], timestamp: dt.datetime) -> None:
        self.trigger_event(self.Recorded, event=event, timestamp=timestamp)


def is_registry_event(event: Any) -> bool:
    """Whether a stored domain event belongs to the registry's stream (not an organization's)."""
    return isinstance(event, RegistryStream.Created | RegistryStream.Recorded)


def project(aggregate: Any, events: Iterable[Any]) -> Any:
    """The library's projector without its per-event ``isinstance`` check against a typing
    Protocol (most of the cost of replaying a long stream); every stored event is ours."""
    for event in events:
        aggregate = event.mutate(aggregate)
    return aggregate


def stream_id(slug: str) -> UUID:
    return uuid5(NAMESPACE_URL, f"igo-timeline:org:{slug}")


class TimelineStore(Application[UUID]):
    name = "IgoTimeline"


def default_location() -> str:
    from platformdirs import user_data_dir

    return str(Path(user_data_dir("igo-timeline", appauthor=False)) / "timeline.sqlite")


CIPHER_VARIABLE = "IGO_CIPHER_KEY"
_KEY_HINT = (
    "base64 of 16, 24 or 32 random bytes; make one with: "
    "python -c 'import base64, os; print(base64.b64encode(os.urandom(32)).decode())'"
)


def cipher_env() -> dict[str, str]:
    """Encryption at rest (AES-GCM, the library's cipher) when ``IGO_CIPHER_KEY`` is set."""
    key = os.environ.get(CIPHER_VARIABLE, "")
    if not key:
        return {}
    try:
        raw = base64.b64decode(key.encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError):
        raise StoreError(f"{CIPHER_VARIABLE} is not base64: it must be {_KEY_HINT}") from None
    if len(raw) not in (16, 24, 32):
        raise StoreError(f"{CIPHER_VARIABLE} holds {len(raw)} bytes: it must be {_KEY_HINT}")
    try:
        import cryptography  # noqa: F401
    except ImportError:
        raise StoreError(
            f"{CIPHER_VARIABLE} is set, but encryption needs the encryption extra: "
            "pip install 'igo-timeline[encryption]'"
        ) from None
    return {"CIPHER_TOPIC": "eventsourcing.cryptography:AESCipher", "CIPHER_KEY": key}


def store_env(location: str) -> dict[str, str]:
    """The library's settings for a store location: ``memory:``, a PostgreSQL URL or a SQLite file path."""
    return {**_backend_env(location), **cipher_env()}


def _backend_env(location: str) -> dict[str, str]:
    if location == MEMORY:
        return {"PERSISTENCE_MODULE": "eventsourcing.popo"}
    if postgres.is_url(location):
        return postgres.settings(postgres.parse(location))
    if "://" in location:
        scheme = location.split("://", 1)[0]
        raise StoreError(
            f"store {scheme}://... is not supported; give a SQLite file path, "
            f"postgresql://user:password@host:port/dbname?schema=NAME or {MEMORY}"
        )
    path = Path(location).expanduser()
    if path.exists() and path.is_dir():
        raise StoreError(f"store {location!r} is a directory; give a file path")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise StoreError(f"cannot create the folder of store {location!r}: {err.strerror}") from None
    if path.exists() and not _looks_like_sqlite(path):
        raise StoreError(f"store {location!r} exists and is not an SQLite database")
    return {
        "PERSISTENCE_MODULE": "eventsourcing.sqlite",
        "SQLITE_DBNAME": str(path),
        "SQLITE_LOCK_TIMEOUT": os.environ.get("IGO_SQLITE_LOCK_TIMEOUT", "5"),
    }


def _looks_like_sqlite(path: Path) -> bool:
    if path.stat().st_size == 0:
        return True
    with path.open("rb") as fh:
        return fh.read(16) == b"SQLite format 3\x00"


def open_store(location: str) -> TimelineStore:
    if postgres.is_url(location):
        return postgres.open_app(TimelineStore, location, cipher_env())
    try:
        return TimelineStore(env=store_env(location))
    except StoreError:
        raise
    except Exception as err:  # the library raises assorted errors for an unusable location
        raise StoreError(f"cannot open store {location!r}: {err}{_full_disk(location)}") from None


def _full_disk(location: str) -> str:
    """A hint when the folder of a SQLite store has no room left (SQLite then says "disk I/O error")."""
    import shutil

    try:
        free = shutil.disk_usage(Path(location).expanduser().parent).free
    except OSError:
        return ""
    return " (the disk holding it is full)" if free < 64 * 1024 else ""


def created_topic() -> str:
    return get_topic(OrgStream.Created)


__all__ = [
    "MEMORY",
    "AggregateNotFoundError",
    "OrgStream",
    "TimelineStore",
    "default_location",
    "open_store",
    "stream_id",
]
