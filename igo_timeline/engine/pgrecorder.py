"""The library's PostgreSQL recorder, its insert sent whole before its answer is awaited.

eventsourcing 9.5's ``PostgresApplicationRecorder.insert_events`` writes a batch in a psycopg pipeline
and calls ``Pipeline.sync()`` so that a constraint violation shows at once. In psycopg 3.3 (both its
implementations) the sync leaves its send loop after the last command even when part of the batch is
still in the connection's output buffer (a large batch and a server slow to read it: met right after a
server restart), and then only waits to read. The server waits for the rest of the batch, the client
for the server's answer: the command hangs, the server in ClientRead mid-message, the client in
``Pipeline.sync``, nothing in either socket's queue (seen with ``igo copy`` in the fault tests).

This recorder runs the library's own statements (the table lock, the notification, the insert of the
batch) in one transaction without a pipeline: a plain execute flushes everything it sends before it
waits, so the same rows land the same way. Imported only when a PostgreSQL store is opened (the
``APPLICATION_RECORDER_TOPIC`` setting names it).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from eventsourcing.persistence import InterfaceError, OperationalError, StoredEvent
from eventsourcing.postgres import PostgresApplicationRecorder
from eventsourcing.utils import retry


class WholeBatchRecorder(PostgresApplicationRecorder):
    """``insert_events`` without the pipeline; retried as the library retries its own."""

    @retry((InterfaceError, OperationalError), max_attempts=10, wait=0.2)
    def insert_events(self, stored_events: Sequence[StoredEvent], **kwargs: Any) -> Sequence[int] | None:
        if self.datastore.enable_db_functions or not stored_events:
            return super().insert_events(stored_events, **kwargs)
        with self.datastore.transaction(commit=True) as curs:
            self._insert_events(curs, stored_events, **kwargs)
            self._insert_stored_events(curs, stored_events, **kwargs)
            return self._fetch_ids_after_insert_events(curs, stored_events, **kwargs)
