"""The organization's history as a TimelineJS 3 document.

A title slide for the organization, then one slide per decision in force
(corrected events as corrected; retracted ones not at all), grouped by kind
(status, status unknown, office, presidency, meeting, document, body,
organization; a ``StatusUnknown`` is a group of its own, not a status). Each
slide's ``start_date``/``end_date`` carry only the precision the source gives
(a year stays a year) and a ``display_date`` in words ("6-7 June 2012",
"c. 2010", "2010?"); its text quotes the source and names the document.
Events with no date of their own (a body whose founding day is unknown)
cannot be placed on a timeline and are left out. A slide names the
organization as it was named on its date, and an office or a body as it was
named then, where either was renamed.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence
from typing import Any

from igo_timeline.events.dates import FAR_PAST, extent, stated
from igo_timeline.events.models import EventBase, NameChanged
from igo_timeline.formats.dates import common_prefix, display_date
from igo_timeline.projections.effective import Effective, Record, decisions, effective_events
from igo_timeline.projections.facts import build_facts
from igo_timeline.projections.history import OrgNames


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
    ext = stated(text)  # a slide carries the date as the source gives it
    shown = display_date(text)
    start = _date(ext.start_earliest, ext.start_latest, shown)
    if start is None:
        return None
    slide: dict[str, Any] = {
        "unique_id": ev.id,
        "group": ev.TIMELINE_GROUP,
        "start_date": start,
        "text": {"headline": html.escape(ev.headline()), "text": _text(ev)},
    }
    if ext.is_interval and not (ext.end_open or ext.end_unknown):
        end = _date(ext.end_earliest, ext.end_latest, shown)
        if end is not None:
            slide["end_date"] = end
    return slide


def _part_names(events: Sequence[EventBase]) -> dict[tuple[str, str], OrgNames]:
    """The names over time of each office and body that was renamed: its first name (as founded or
    established), then each rename from the first day it certainly holds."""
    renames = [ev for ev in events if isinstance(ev, NameChanged) and (ev.office or ev.body)]
    if not renames:
        return {}
    facts = build_facts(events)
    first = {("office", k): v for k, v in facts.offices().items()}
    first.update({("body", k): v for k, v in facts.body_names().items()})
    spells: dict[tuple[str, str], list[tuple[dt.date, str]]] = {}
    for ev in renames:
        key = ("office", ev.office) if ev.office else ("body", ev.body or "")
        spells.setdefault(key, [(FAR_PAST, first.get(key, ev.name))]).append(
            (extent(ev.effective).start_latest, ev.name)
        )
    return {
        key: OrgNames(None, tuple(sorted(named, key=lambda pair: pair[0]))) for key, named in spells.items()
    }


def _part_then(ev: EventBase, parts: dict[tuple[str, str], OrgNames]) -> str | None:
    """``Office: name`` or ``Body: name`` as named on the event's date, where that is not its latest
    name (a rename's own slide says it already)."""
    if isinstance(ev, NameChanged) or ev.valid_extent is None:
        return None
    for kind in ("office", "body"):
        slug = getattr(ev, kind, None)
        names = parts.get((kind, slug)) if isinstance(slug, str) else None
        if names is not None:
            then = names.on(ev.valid_extent.start_earliest)
            if then is not None and then != names.names[-1][1]:
                return f"{kind.capitalize()}: {then}"
    return None


def timelinejs(org: str, records: Sequence[Record], known_at: dt.datetime | None = None) -> dict[str, Any]:
    """The TimelineJS 3 document of ``org``'s history, as known at ``known_at``."""
    effective = effective_events(records, known_at)
    names = OrgNames.of(e.event for e in effective)
    parts = _part_names(decisions(effective))
    name = names.names[-1][1] if names.names else org  # the latest name
    slides = []
    for eff in effective:
        slide = _slide(eff)
        if slide is None:
            continue
        then = names.of_event(eff.event)
        if names.renamed and then is not None and then != name:  # the name in force on the slide's date
            slide["text"]["text"] = f"<p>{html.escape(then)}</p>" + slide["text"]["text"]
        part = _part_then(eff.event, parts)
        if part is not None:
            slide["text"]["text"] = f"<p>{html.escape(part)}</p>" + slide["text"]["text"]
        slides.append(slide)
    former = [n for n, _, _ in names.spans()[:-1] if n != name]
    return {
        "title": {
            "text": {
                "headline": html.escape(name),
                "text": f"<p>The institutional history of the {html.escape(name)}, decision by decision, "
                "each with its source.</p>"
                + (f"<p>Formerly: {html.escape(', '.join(former))}.</p>" if former else ""),
            },
            "unique_id": f"{org}-title",
        },
        "events": slides,
    }
