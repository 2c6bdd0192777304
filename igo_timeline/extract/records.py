"""What extraction yields: candidate records, each with its source span.

A :class:`Candidate` is one line of ``igo extract`` output:
``{"record": "event" | "attestation" | "unresolved", "event": {...}, "note": ...}``.
``event`` is an event of the vocabulary (importable when ``record`` is
``event``); an attestation or an unresolved item carries what was found in
the same shape, as far as it goes. Every source has ``document``, ``quote``,
``start`` and ``end`` with ``text[start:end] == quote``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from igo_timeline.events.models import Source
from igo_timeline.extract.text import Document, Passage

RecordKind = Literal["event", "attestation", "unresolved"]


@dataclass(frozen=True)
class Candidate:
    """One extracted record."""

    record: RecordKind
    event: dict[str, Any]
    note: str | None = None
    kind: str | None = None  # why unresolved: new-person, new-body, date-unresolved, ...
    closest: tuple[str, ...] = field(default=())

    @property
    def type(self) -> str:
        return str(self.event.get("type", ""))

    @property
    def start(self) -> int:
        return int(self.event["source"]["start"])

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"record": self.record, "event": self.event, "note": self.note}
        if self.kind:
            out["kind"] = self.kind
        if self.closest:
            out["closest"] = list(self.closest)
        return out


def source(
    doc: Document,
    document: str,
    passage: Passage,
    *,
    inferred: bool = False,
    note: str | None = None,
) -> dict[str, Any]:
    """A source dict for the words of ``passage``."""
    out: dict[str, Any] = {
        "document": document,
        "quote": passage.quote,
        "start": passage.start,
        "end": passage.end,
        "locator": doc.locator(passage.start),
    }
    if inferred:
        out["inferred"] = True
    if note:
        out["note"] = note
    return out


def importable(event: dict[str, Any]) -> dict[str, Any]:
    """The event with only the source fields the vocabulary knows today.

    Extraction emits ``start``/``end`` in every source; until :class:`Source`
    has those fields, appending keeps the event and drops what it cannot take.
    """
    known = set(Source.model_fields)
    out = dict(event)
    for key in ("source",):
        if isinstance(out.get(key), dict):
            out[key] = {k: v for k, v in out[key].items() if k in known}
    if isinstance(out.get("more_sources"), list):
        out["more_sources"] = [{k: v for k, v in s.items() if k in known} for s in out["more_sources"]]
    return out
