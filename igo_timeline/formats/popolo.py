"""The organization's history as one Popolo document.

``{"organizations", "persons", "posts", "memberships", "events"}``, each record
valid against the Popolo JSON schemas (vendored in ``popolo_schemas/``):

- the organization, and each state or organization that ever held a status,
  are ``organizations``; a status spell is a ``membership`` whose ``member``
  is the state and whose ``role`` is the status;
- a spell whose status is not known (begun by a ``StatusUnknown``) is no
  membership, and Popolo has no way to say "unknown" of one (a membership
  with ``role: unknown`` would read as a status), so it is left out: the
  membership it cut short ends there (its ``ended_by_edtf`` is the
  ``StatusUnknown``'s date), and a party known only by such spells is not
  listed;
- a condition on a status (suspended, excluded from participation, a notified
  withdrawal) does not end the membership: it is listed in the membership's
  ``conditions`` (``condition``, ``start_date``, ``end_date``,
  ``valid_time_edtf``, ``sources``), an extension field beside Popolo's own;
- an office is a ``post``, each term a ``membership`` of a person in it; the
  presidency is a ``post`` held by states;
- meetings are ``events`` with their attendees; each body of the organization is an
  ``organization`` of its own (``body/<slug>``, ``parent_id`` the organization);
- names over time: the organization, a body and a post are named by their latest name; their
  former names (after a dated rename) follow with the days they were in force, and their
  aliases (other names of the same thing) undated: in ``other_names`` (Popolo's for an
  organization; the same shape beside a post's own ``other_label``, which lists them as
  plain strings).

Dates are Popolo's partial dates (YYYY, YYYY-MM, YYYY-MM-DD), never more
precise than the source; the EDTF string with its qualifiers is kept beside
them (``valid_time_edtf``, and ``ended_by_edtf`` when a later event ended the
spell), so nothing is lost. Every record has ``sources``: ``url`` the
document's URL or a ``urn:`` built from its id, ``note`` the quote. Record ids
derive from event ids.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Any

from igo_timeline.events.dates import extent
from igo_timeline.events.models import EventBase, MeetingHeld, MeetingScheduled, NameChanged, Source
from igo_timeline.events.names import other_names
from igo_timeline.events.parties import is_state, package_name, party_info, party_name
from igo_timeline.formats.dates import common_prefix, popolo_dates
from igo_timeline.projections.effective import Record, decisions, effective_events
from igo_timeline.projections.facts import Span, build_facts
from igo_timeline.projections.history import OrgNames

PRESIDENCY = "presidency"
ONE_DAY = dt.timedelta(days=1)


def urn(org: str, document: str) -> str:
    return f"urn:igo-timeline:{org}:document:{document}"


def sources(org: str, *events: EventBase | None) -> list[dict[str, str]]:
    """The ``sources`` of a record: each event's source and corroborating sources, once each."""
    out: list[dict[str, str]] = []
    seen = set()
    for ev in events:
        if ev is None:
            continue
        for src in [ev.source, *ev.more_sources]:
            if src is None:
                continue
            link = _link(org, src)
            key = (link["url"], link["note"])
            if key not in seen:
                seen.add(key)
                out.append(link)
    return out


def _link(org: str, src: Source) -> dict[str, str]:
    return {"url": src.url or urn(org, src.document), "note": " ".join(src.quote.split())}


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "x"


def party_id(code: str) -> str:
    return f"party/{code}"


def person_id(name: str) -> str:
    return f"person/{slug(name)}"


def _span_dates(span: Span, start: str | None = None, end: str | None = None) -> dict[str, str | None]:
    """Popolo's partial dates of a span; where a qualifier (``2010?``) widened a bound past any
    partial date, the date as the source states it (``start``/``end``: EDTF texts)."""
    first = common_prefix(span.s0, span.s1)
    last = common_prefix(span.e0, span.e1)
    if first is None and start:
        first = popolo_dates(start)[0]
    if last is None and end:
        last = popolo_dates(end)[1]
    return {"start_date": first, "end_date": last}


def _clean(record: dict[str, Any]) -> dict[str, Any]:
    """Drop empty optional fields (Popolo allows null, but absent reads better)."""
    return {k: v for k, v in record.items() if v is not None and v != []}


def popolo(org: str, records: Sequence[Record], known_at: dt.datetime | None = None) -> dict[str, Any]:
    """The Popolo document of ``org``'s history, as known at ``known_at`` (everything when None)."""
    events = decisions(effective_events(records, known_at))
    facts = build_facts(events)
    founding = facts.founding
    org_start, _ = popolo_dates(founding.founded) if founding else (None, None)
    org_end = popolo_dates(facts.dissolution.effective)[0] if facts.dissolution else None
    names = OrgNames.of(events).spans()  # each name the organization bore, with its days
    organizations: dict[str, dict[str, Any]] = {
        org: _clean(
            {
                "id": org,
                "name": names[-1][0] if names else org,  # the latest name; the others follow, dated
                "other_names": [
                    _clean(
                        {
                            "name": name,
                            "start_date": first.isoformat() if first else org_start,
                            "end_date": last.isoformat() if last else None,
                        }
                    )
                    for name, first, last in names[:-1]
                ],
                "classification": "intergovernmental organization",
                "founding_date": org_start,
                "dissolution_date": org_end,
                "valid_time_edtf": founding.founded if founding else None,
                "sources": sources(org, founding, facts.dissolution),
            }
        )
    }
    persons: dict[str, dict[str, Any]] = {}
    first_events: dict[str, EventBase] = {}

    def add_party(code: str, ev: EventBase) -> str:
        pid = party_id(code)
        if pid not in organizations:
            organizations[pid] = {
                "id": pid,
                "name": party_name(code),
                "classification": "state" if is_state(code) else "organization",
                "identifiers": [
                    {"scheme": "ISO 3166-1 alpha-3" if is_state(code) else "slug", "identifier": code}
                ],
                "sources": sources(org, ev),
            }
            if dated := _other_names(code):
                organizations[pid]["other_names"] = dated
        return pid

    def add_person(name: str, ev: EventBase, nationality: str | None = None) -> str:
        pid = person_id(name)
        if pid not in persons:
            persons[pid] = _clean(
                {
                    "id": pid,
                    "name": name,
                    "national_identity": party_name(nationality) if nationality else None,
                    "sources": sources(org, ev),
                }
            )
            first_events[pid] = ev
        elif nationality and "national_identity" not in persons[pid]:
            persons[pid]["national_identity"] = party_name(nationality)
        return pid

    memberships: list[dict[str, Any]] = []
    for party, spells in sorted(facts.statuses.items()):
        for spell in spells:
            if spell.unknown:
                continue  # a status not known is not a membership (see the module docstring)
            member = add_party(party, spell.event)
            memberships.append(
                _clean(
                    {
                        "id": f"membership/{spell.event.id}/{party}",
                        "label": f"{party_name(party, spell.span.s0)}: {spell.status.replace('_', ' ')}",
                        "role": spell.status,
                        "member": {
                            "@type": "Organization",
                            "id": member,
                            "name": party_name(party, spell.span.s0),
                        },
                        "organization_id": org,
                        **_span_dates(spell.span, spell.since),
                        "valid_time_edtf": spell.since,
                        "ended_by_edtf": spell.ended_by.valid_time if spell.ended_by else None,
                        "conditions": [
                            _clean(
                                {
                                    "condition": c.condition,
                                    **_span_dates(c.span),
                                    "valid_time_edtf": c.since,
                                    "takes_effect_edtf": c.takes_effect,
                                    "sources": sources(org, c.event, c.ended_by),
                                }
                            )
                            for c in facts.conditions.get(party, [])
                            if c.span.s0 <= spell.span.e1 and spell.span.s0 <= c.span.e1
                        ]
                        or None,
                        "sources": sources(org, spell.event, spell.ended_by),
                    }
                )
            )

    offices = facts.offices()
    aliases = other_names(events)
    declared = {
        **{("office", e.office): e for e in facts.offices_established},
        **{("body", e.body): e for e in facts.bodies},
    }
    posts = []
    for office, title in sorted(offices.items()):
        dated = _names_of(
            "office", office, title, declared.get(("office", office)) or founding, events, aliases
        )
        posts.append(
            _clean(
                {
                    "id": f"post/{office}",
                    "label": dated[0]["name"],
                    "other_label": [n["name"] for n in dated[1:]],
                    "other_names": dated[1:],
                    "role": dated[0]["name"],
                    "organization_id": org,
                    "sources": sources(org, founding, *_renames(events, "office", office)),
                }
            )
        )
    for body, title in sorted(facts.body_names().items()):
        source = declared.get(("body", body)) or founding
        dated = _names_of("body", body, title, source, events, aliases)
        organizations[f"body/{body}"] = _clean(
            {
                "id": f"body/{body}",
                "name": dated[0]["name"],
                "other_names": dated[1:],
                "classification": "body",
                "identifiers": [{"scheme": "slug", "identifier": body}],
                "parent_id": org,
                "sources": sources(org, source, *_renames(events, "body", body)),
            }
        )
    for office, terms in sorted(facts.terms.items()):
        for term in terms:
            ev = term.event
            who = add_person(ev.person, ev, ev.nationality)
            # the office as it was called when the term began
            called = facts.names_on(term.span.s1)[1].get(office, office)
            memberships.append(
                _clean(
                    {
                        "id": f"membership/{ev.id}",
                        "label": f"{ev.person}: {called}",
                        "role": called,
                        "person_id": who,
                        "organization_id": org,
                        "post_id": f"post/{office}",
                        "on_behalf_of_id": add_party(ev.nationality, ev) if ev.nationality else None,
                        **_span_dates(term.span, ev.term, ev.term),
                        "valid_time_edtf": ev.term,
                        "ended_by_edtf": term.vacated_by.effective if term.vacated_by else None,
                        "sources": sources(org, ev, term.vacated_by),
                    }
                )
            )

    chair_names = {PRESIDENCY: "Presidency", **facts.chairs()}
    for chair in dict.fromkeys(p.chair for p in facts.presidencies):
        first = next(p for p in facts.presidencies if p.chair == chair)
        posts.append(
            {
                "id": f"post/{chair}",
                "label": chair_names.get(chair, chair),
                "role": chair,
                "organization_id": org,
                "sources": sources(org, first.event),
            }
        )
    for pres in facts.presidencies:
        member = add_party(pres.party, pres.event)
        suffix = "" if pres.chair == PRESIDENCY else f"/{pres.chair}"
        memberships.append(
            _clean(
                {
                    "id": f"membership/{pres.event.id}{suffix}" + ("/giver" if pres.giver else ""),
                    "label": f"{party_name(pres.party, pres.span.s0)}: {chair_names.get(pres.chair, pres.chair).lower()}",
                    "role": pres.chair,
                    "member": {
                        "@type": "Organization",
                        "id": member,
                        "name": party_name(pres.party, pres.span.s0),
                    },
                    "organization_id": org,
                    "post_id": f"post/{pres.chair}",
                    **_span_dates(pres.span),
                    "valid_time_edtf": pres.event.term or pres.since,
                    "ended_by_edtf": pres.ended_by.valid_time if pres.ended_by else None,
                    "sources": sources(org, pres.event, pres.ended_by),
                }
            )
        )

    bodies = facts.body_names()
    meetings = []
    both: list[MeetingHeld | MeetingScheduled] = [*facts.held, *facts.scheduled]
    both.sort(key=lambda m: (m.valid_extent.start_earliest if m.valid_extent else dt.date.min, m.id or ""))
    for m in both:
        start, end = popolo_dates(m.date)
        attendees = []
        people = [*m.participants] if isinstance(m, MeetingHeld) else []
        if isinstance(m, MeetingHeld) and m.chair is not None:
            people.insert(0, m.chair)
        for person in people:
            who = add_person(person.person, m, None)
            attendees.append(
                _clean(
                    {
                        "id": who,
                        "name": person.person,
                        "summary": person.role + (f" ({party_name(person.party)})" if person.party else ""),
                    }
                )
            )
        unique = list({a["id"]: a for a in attendees}.values())
        if m.host:
            add_party(m.host, m)
        meetings.append(
            _clean(
                {
                    "id": f"event/{m.id}",
                    "name": getattr(m, "name", None) or f"{bodies.get(m.body, m.body)} ({m.date})",
                    "classification": m.body,
                    "status": "held" if m.type == "MeetingHeld" else "scheduled",
                    "description": ", ".join(
                        x for x in (m.place, party_name(m.host) if m.host else None) if x
                    )
                    or None,
                    "start_date": start,
                    "end_date": end,
                    "organization_id": org,
                    "attendees": unique,
                    "valid_time_edtf": m.date,
                    "sources": sources(org, m),
                }
            )
        )
    return {
        "organizations": list(organizations.values()),
        "persons": sorted(persons.values(), key=lambda p: p["id"]),
        "posts": posts,
        "memberships": memberships,
        "events": meetings,
    }


def _other_names(code: str) -> list[dict[str, str]]:
    """A party's names over time, from the store's registry (Popolo's ``other_names``, each with its
    first and last day): empty when the registry records one name or none."""
    info = party_info(code)
    if info is None or not info.names:
        return []
    names = [(first, name) for first, name, _ in info.names]
    if info.added is None:  # a party the package knows: its package name held before the first rename
        names.insert(0, (1, package_name(code)))
    if len(names) < 2:
        return []
    out = []
    for k, (first, name) in enumerate(names):
        entry = {"name": name}
        if first > 1:
            entry["start_date"] = dt.date.fromordinal(first).isoformat()
        if k + 1 < len(names):
            entry["end_date"] = dt.date.fromordinal(names[k + 1][0] - 1).isoformat()
        out.append(entry)
    return out


def _renames(events: Sequence[EventBase], kind: str, slug: str) -> list[NameChanged]:
    return [ev for ev in events if isinstance(ev, NameChanged) and getattr(ev, kind) == slug]


def _names_of(
    kind: str,
    slug: str,
    title: str,
    declared: EventBase | None,
    events: Sequence[EventBase],
    aliases: dict[str, dict[str, tuple[str, ...]]],
) -> list[dict[str, str]]:
    """An office's or a body's names: its latest first (``{"name"}``), then its former names each
    with the days it was in force (Popolo's partial dates, left out where the rename's date is
    too loose for one), then its aliases, undated (Popolo's ``other_name`` shape)."""
    first = popolo_dates(declared.valid_time)[0] if declared is not None and declared.valid_time else None
    renames = sorted(_renames(events, kind, slug), key=lambda e: extent(e.effective).start_latest)
    spells: list[tuple[str, str | None]] = [(title, first)]
    spells += [(ev.name, popolo_dates(ev.effective)[0]) for ev in renames]
    dated: list[dict[str, str]] = []
    for (name, start), ev in zip(spells, renames, strict=False):
        when = extent(ev.effective)  # the rename that ended this name: its last day is the one before
        end = common_prefix(when.start_earliest - ONE_DAY, when.start_latest - ONE_DAY)
        dated.append(_clean({"name": name, "start_date": start, "end_date": end}))
    latest = spells[-1][0]
    named = {latest, *(e["name"] for e in dated)}
    undated = [{"name": n, "note": "alias"} for n in aliases[kind].get(slug, ()) if n not in named]
    return [{"name": latest}, *dated, *undated]
