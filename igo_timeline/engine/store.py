"""The event store: the eventsourcing library, one aggregate per organization.

Each organization is one event stream (an :class:`OrgStream` aggregate whose
id derives from its slug), so appends to an organization are serialized by
the library's optimistic concurrency and different organizations never block
each other. Every decision is one stored ``Recorded`` event carrying the
decision's JSON; a batch is one ``save()`` (one transaction) and shares one
timestamp, its record time. Which backend (in-memory, SQLite file) is chosen
by the store location, as configuration.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any
from uuid import NAMESPACE_URL, UUID, uuid5

from eventsourcing.application import AggregateNotFoundError, Application
from eventsourcing.domain import Aggregate
from eventsourcing.utils import get_topic

from igo_timeline.errors import StoreError

MEMORY = "memory:"


class OrgStream(Aggregate):
    """The event stream of one organization; its state is the list of what was recorded."""

    class Created(Aggregate.Created):
        slug: str

    class Recorded(Aggregate.Event):
        event: dict[str, Any]
        # the day ranges of the event's EDTF strings, as parsed when it was recorded:
        # readers seed their parse cache with them instead of re-running the parser
        extents: dict[str, list[int]] | None = None

        def apply(self, aggregate: Aggregate) -> None:
            assert isinstance(aggregate, OrgStream)
            # No validation here: this re-runs on every replay (see the engine for the rules).
            aggregate.records.append((self.event, self.timestamp, self.originator_version, self.extents))

    def __init__(self, slug: str) -> None:
        self.slug = slug
        self.records: list[tuple[dict[str, Any], dt.datetime, int, dict[str, list[int]] | None]] = []

    @staticmethod
    def create_id(slug: str) -> UUID:
        return stream_id(slug)

    def record(self, event: dict[str, Any], timestamp: dt.datetime, extents: dict[str, list[int]]) -> None:
        self.trigger_event(self.Recorded, event=event, timestamp=timestamp, extents=extents)


def stream_id(slug: str) -> UUID:
    return uuid5(NAMESPACE_URL, f"igo-timeline:org:{slug}")


class TimelineStore(Application[UUID]):
    name = "IgoTimeline"


def default_location() -> str:
    from platformdirs import user_data_dir

    return str(Path(user_data_dir("igo-timeline", appauthor=False)) / "timeline.sqlite")


def store_env(location: str) -> dict[str, str]:
    """The library's settings for a store location: ``memory:`` or a SQLite file path."""
    if location == MEMORY:
        return {"PERSISTENCE_MODULE": "eventsourcing.popo"}
    if "://" in location:
        scheme = location.split("://", 1)[0]
        raise StoreError(
            f"store {scheme}://... is not supported by this version; give a SQLite file path or {MEMORY}"
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
    try:
        return TimelineStore(env=store_env(location))
    except StoreError:
        raise
    except Exception as err:  # the library raises assorted errors for an unusable location
        raise StoreError(f"cannot open store {location!r}: {err}") from None


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
