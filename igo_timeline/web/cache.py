"""Answers the server has computed, reused while the store's log has not moved.

The key of every entry includes ``Timeline.position()``, read *before* the
records: an append by any writer (this server, the CLI, another process) moves
the position, so the next request reads afresh. Reading the position first
means a write that lands in between can only make an entry fresher than its
key, never staler.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any

from igo_timeline.engine import Timeline
from igo_timeline.projections.effective import Record

MAX_ANSWERS = 4096


class AnswerCache:
    """Per-organization records and per-query answers, keyed by the log position (LRU-bounded)."""

    def __init__(self, timeline: Timeline, max_answers: int = MAX_ANSWERS) -> None:
        self.timeline = timeline
        self.max_answers = max_answers
        self._records: dict[str, tuple[int, list[Record]]] = {}
        self._answers: OrderedDict[Hashable, Any] = OrderedDict()

    def answer(self, org: str, key: Hashable, compute: Callable[[list[Record]], Any]) -> Any:
        """``compute(records of org)``, or the same answer computed at the same position."""
        position = self.timeline.position()
        full = (position, org, key)
        if full in self._answers:
            self._answers.move_to_end(full)
            return self._answers[full]
        cached = self._records.get(org)
        if cached is None or cached[0] != position:
            cached = (position, self.timeline.records(org))
            self._records[org] = cached
        return self._keep(full, compute(cached[1]))

    def indexed(self, org: str, key: Hashable, compute: Callable[[], Any]) -> Any:
        """``compute()`` (an answer from the index, which catches up itself), reused at the same position."""
        full = (self.timeline.position(), org, key)
        if full in self._answers:
            self._answers.move_to_end(full)
            return self._answers[full]
        return self._keep(full, compute())

    def _keep(self, full: Hashable, value: Any) -> Any:
        self._answers[full] = value
        if len(self._answers) > self.max_answers:
            self._answers.popitem(last=False)
        return value
