"""The organization's history as a TimelineJS 3 document.

A title slide for the organization, then one slide per decision in force
(corrected events as corrected; retracted ones not at all), grouped by kind
(status, status unknown, office, presidency, meeting, document, body,
organization; a ``StatusUnknown`` is a group of its own, not a status). Each
slide's ``start_date``/``end_date`` carry only the precision the source gives
(a year stays a year) and a ``display_date`` in words ("6-7 June 2012",
"c. 2010", "2010?"); its text quotes the source and names the document.
Events with no date of their own (a body whose founding day is unknown)
cannot be placed on a timeline and are left out.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence
from typing import Any

from igo_timeline.events.dates import FAR_PAST, extent
from igo_timeline.events.models import EventBase
from igo_timeline.events.parties import party_name
from igo_timeline.formats.dates import common_prefix, display_date
from igo_timeline.projections.effective import Effective, Record, effective_events

GROUPS = {
    "OrganizationFounded": "organization",
    "OrganizationDissolved": "organization",
    "StatusGranted": "status",
    "StatusWithdrawn": "status",
    "StatusUnknown": "status unknown",
    "ProcedureLaunched": "status",
    "OfficialAppointed": "office",
    "OfficeVacated": "office",
    "OfficeEstablished": "office",
    "PresidencyHandedOver": "presidency",
    "MeetingHeld": "meeting",
    "MeetingScheduled": "meeting",
    "DocumentAdopted": "document",
    "AgreementSigned": "document",
    "DocumentEnteredIntoForce": "document",
    "BodyEstablished": "body",
    "BodyPlanned": "body",
    "PositionStated": "position",
}


def _date(first: dt.date, last: dt.date, shown: str) -> dict[str, Any] | None:
    """A TimelineJS date object as precise as ``[first, last]`` allows, or None.

    A range of days across years (a term's start known only as "some day from
    27 October 2023 to 28 February 2025") is placed at its first year, its
    display date saying what is known; an open range has no place.
    """
    if first == FAR_PAST:
        return None
    prefix = common_prefix(first, last) or str(first.year)
    if prefix is None:
        return None
    parts = prefix.split("-")
    out: dict[str, Any] = {"year": int(parts[0])}
    if len(parts) > 1:
        out["month"] = int(parts[1])
    if len(parts) > 2:
        out["day"] = int(parts[2])
    out["display_date"] = shown
    return out


def _headline(ev: EventBase) -> str:
    d = ev.model_dump()
    t = ev.type
    if t in ("StatusGranted", "StatusWithdrawn", "StatusUnknown", "ProcedureLaunched"):
        name = party_name(d["party"])
        if t == "StatusGranted":
            return f"{name}: {d['status'].replace('_', ' ')}"
        if t == "StatusWithdrawn":
            return f"{name} loses its status"
        if t == "StatusUnknown":
            return f"{name}: status unknown"
        return f"{name}: {d['procedure']} procedure launched"
    if t == "OfficialAppointed":
        return f"{d['person']} appointed {d['office'].replace('-', ' ')}"
    if t == "OfficeVacated":
        return f"{d['person']} leaves {d['office'].replace('-', ' ')}"
    if t == "PresidencyHandedOver":
        return f"Presidency: {party_name(d['to_party'])}"
    if t in ("MeetingHeld", "MeetingScheduled"):
        name = d.get("name") or d["body"].replace("-", " ")
        where = d.get("place") or (party_name(d["host"]) if d.get("host") else None)
        prefix = "Scheduled: " if t == "MeetingScheduled" else ""
        return prefix + name + (f", {where}" if where else "")
    if t in ("DocumentAdopted", "AgreementSigned"):
        return str(d["title"])
    if t == "DocumentEnteredIntoForce":
        return f"{d['document']} enters into force"
    if t in ("OrganizationFounded",):
        return f"{d['name']} founded"
    if t == "OrganizationDissolved":
        return "Dissolved"
    return str(d.get("name") or d.get("topic") or t)


def _text(ev: EventBase) -> str:
    src = ev.source
    quote = html.escape(" ".join(src.quote.split()))
    doc = html.escape(src.document)
    if src.url:
        doc = f'<a href="{html.escape(src.url)}">{doc}</a>'
    basis = " (inferred)" if src.inferred else ""
    return f"<blockquote>{quote}</blockquote><p>Source: {doc}{basis}</p>"


def _slide(eff: Effective) -> dict[str, Any] | None:
    ev = eff.event
    text = ev.valid_time
    if not text:
        return None
    ext = extent(text)
    shown = display_date(text)
    start = _date(ext.start_earliest, ext.start_latest, shown)
    if start is None:
        return None
    slide: dict[str, Any] = {
        "unique_id": ev.id,
        "group": GROUPS.get(ev.type, "other"),
        "start_date": start,
        "text": {"headline": html.escape(_headline(ev)), "text": _text(ev)},
    }
    if ext.is_interval and not (ext.end_open or ext.end_unknown):
        end = _date(ext.end_earliest, ext.end_latest, shown)
        if end is not None:
            slide["end_date"] = end
    return slide


def timelinejs(org: str, records: Sequence[Record], known_at: dt.datetime | None = None) -> dict[str, Any]:
    """The TimelineJS 3 document of ``org``'s history, as known at ``known_at``."""
    effective = effective_events(records, known_at)
    founding = next((e.event for e in effective if e.event.type == "OrganizationFounded"), None)
    name = getattr(founding, "name", None) or org
    slides = [s for s in (_slide(e) for e in effective) if s is not None]
    return {
        "title": {
            "text": {
                "headline": html.escape(name),
                "text": f"<p>The institutional history of the {html.escape(name)}, decision by decision, "
                "each with its source.</p>",
            },
            "unique_id": f"{org}-title",
        },
        "events": slides,
    }
