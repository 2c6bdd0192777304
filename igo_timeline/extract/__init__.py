"""Communiqué text -> candidate events, each with its quote and offsets.

:func:`extract` reads a summit communiqué (plain text) and returns
:class:`Candidate` records: events of the vocabulary, attestations (evidence
that a status or an office held on the meeting's dates) and unresolved items
(a new person or body, a decision whose date is unknown, a type the
vocabulary lacks). It never writes to the store; :func:`check` compares the
candidates with what the store holds, by meaning.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace

from igo_timeline.errors import RuleViolation
from igo_timeline.events.models import EVENT_TYPES, parse_event
from igo_timeline.extract.anchor import find_anchor
from igo_timeline.extract.check import Verdict, check, overlaps, plan
from igo_timeline.extract.context import Context
from igo_timeline.extract.decisions import (
    appointments,
    histories,
    next_meeting,
    officer_lists,
    presidency,
    statuses,
)
from igo_timeline.extract.documents import (
    bodies_planned,
    documents,
    orgs_own_documents,
    own_documents,
    own_statement,
    untitled,
)
from igo_timeline.extract.ladder import LadderOn, StoreLadder, read_on_ladder, read_pending
from igo_timeline.extract.meeting import HEADS_BODY, SITTING_ONLY, find_meeting
from igo_timeline.extract.meeting_body import sitting_only
from igo_timeline.extract.meeting_canon import sitters
from igo_timeline.extract.names import own_name_states, state_named_in
from igo_timeline.extract.past import past_meetings
from igo_timeline.extract.people import person_like
from igo_timeline.extract.procedure import (
    background_dropped,
    not_decisions,
    procedure_steps,
    steps_over_grants,
)
from igo_timeline.extract.reader import applied, read, reconciled, steps
from igo_timeline.extract.records import Candidate, importable
from igo_timeline.extract.text import Document

__all__ = ["Candidate", "Verdict", "check", "extract", "plan"]

_PATTERNS: list[Callable[[Context], list[Candidate]]] = [
    past_meetings,
    documents,
    untitled,
    own_statement,
    own_documents,
    orgs_own_documents,
    bodies_planned,
    statuses,
    appointments,
    officer_lists,
    presidency,
    next_meeting,
    histories,
    read,
    applied,
    steps,
    procedure_steps,
]


def extract(
    text: str,
    org: str,
    document: str,
    *,
    known_persons: Iterable[str] = (),
    bodies: Mapping[str, str | Sequence[str]] | None = None,
    published: str | None = None,
    offices: Mapping[str, str | Sequence[str]] | None = None,
    ladder: StoreLadder | LadderOn | None = None,
) -> list[Candidate]:
    """Every candidate the text yields: the meeting first, then the rest in text order.

    ``published`` (an EDTF day) is the text's own day when its dateline lacks
    one or its year; it anchors "today", "on Friday" and days without a year.
    ``ladder`` (the store's ladder, ``StoreLadder``, or day -> the statuses in force) reads a status word
    as the status a reform in force merged it into, else as the one status of the ladder it names
    (``extract.ladder``).
    """
    # an organization loaded from the Correlates of War data is "cow-<its abbreviation>" in the store
    # (``igo import-cow``): the text names it by the abbreviation ("the ECO summit"), so it is read as that and
    # its events are the store's organization's
    reading = org.removeprefix("cow-") or org
    ctx = Context(Document(text), reading, document, tuple(known_persons), _names(bodies))
    ctx.anchor = find_anchor(text, published)
    ctx.offices = _names(offices)
    found = find_meeting(ctx)  # first: the decisions are dated by it
    rest: list[Candidate] = []
    for pattern in _PATTERNS:
        rest.extend(pattern(ctx))
    rest.sort(key=lambda c: c.start)
    rest = not_decisions(ctx, background_dropped(text, steps_over_grants(reconciled(rest))))
    rest = [
        c
        for c in rest
        if not (c.type == "OfficialAppointed" and not _looks_like_a_person(c.event.get("person")))
    ]
    rest = [c for c in rest if not _own_name_read_as_a_state(ctx, c)]
    found = _previewed(ctx, found, rest)
    found, rest = _not_yet_held(ctx, found, rest)
    found = read_on_ladder(_one_sitting(found) + _once(_reformed(rest)), ladder)
    found = [_store_body(ctx, c) for c in found]
    out = [_validated(c) for c in read_pending(found, ladder if isinstance(ladder, StoreLadder) else None)]
    for cand in out:
        if cand.event.get("org") == reading:
            cand.event["org"] = org
    return out


def _previewed(ctx: Context, found: list[Candidate], rest: list[Candidate]) -> list[Candidate]:
    """A text written before its sitting reports none held: a meeting dated only by the text's own day (the day
    inferred, none written) is left out when the same body is told as meeting in the same town on a day after
    it, within a week ("Ministers gather in Vienna tomorrow for the Ministerial Council", told on 3 May: the
    Council of 4 May is scheduled, no meeting of 3 May held; "its next session in Vienna in October" is another
    sitting, and the one held stays)."""
    day = ctx.anchor.day
    if day is None:
        return found
    ahead = [
        c.event
        for c in rest
        if c.type == "MeetingScheduled"
        and c.record == "event"
        and c.event.get("place")
        and _days_after(day, str(c.event.get("date", "")).split("/")[0]) in range(1, 8)
    ]
    # prev28: a headline over the dateline that tells the sitting as to come ("Togo to host Xyz summit"): the
    # whole text is a preview, and a meeting of that body dated only by the text's day is the same sitting
    headed = {
        c.event["body"]
        for c in rest
        if c.type == "MeetingScheduled"
        and c.record == "event"
        and ctx.anchor.start
        and (c.event.get("source") or {}).get("start", ctx.anchor.start) < ctx.anchor.start
        # (the sitting it tells is days away: "Leaders to meet again in X in October" over a report of the
        # summit held is the next one, and the summit held stays)
        and _days_after(day, str(c.event.get("date", "")).split("/")[0]) in range(1, 8)
    }
    return [
        c
        for c in found
        if not (
            c.type == "MeetingHeld"
            and c.event.get("date") == day.isoformat()
            and (c.event.get("source") or {}).get("inferred")
            and (
                any(a["body"] == c.event.get("body") and a["place"] == c.event.get("place") for a in ahead)
                or c.event.get("body") in headed
            )
        )
    ]


def _days_after(day: dt.date, edtf: str) -> int:
    """How many days a day (EDTF, a day's precision) comes after ``day``; -1 for a month or a year (a preview
    tells the days of the sitting it announces, a week ahead at most: "next session in Yerevan in October" is
    the next, not the one told)."""
    return (dt.date.fromisoformat(edtf) - day).days if len(edtf) == 10 else -1


def _not_yet_held(
    ctx: Context, found: list[Candidate], rest: list[Candidate]
) -> tuple[list[Candidate], list[Candidate]]:
    """A meeting cannot be held after the day the text is told: a sitting read as held whose first day comes
    after the text's own day (its dateline's, its year written) is one to come ("The 9th Session of the Council
    is scheduled to begin tomorrow in Lome", told on 3 May: the session of 4 May), a MeetingScheduled of its
    body, host, place and days, unless such a sitting is told already."""
    day = ctx.anchor.day
    if day is None or ctx.anchor.year_inferred:
        return found, rest
    kept: list[Candidate] = []
    told = {
        (c.event.get("body"), str(c.event.get("date", "")).split("/")[0])
        for c in rest
        if c.type == "MeetingScheduled"
    }
    added: list[Candidate] = []
    for c in found:
        first = str(c.event.get("date") or "").split("/")[0]
        if not (
            c.type == "MeetingHeld" and c.record == "event" and len(first) == 10 and first > day.isoformat()
        ):
            kept.append(c)
            continue
        event = {k: c.event[k] for k in ("org", "body", "host", "place", "date", "source") if c.event.get(k)}
        if (event.get("body"), first) in told or not event.get("host"):
            continue
        added.append(Candidate("event", {"type": "MeetingScheduled", **event}))
    return kept, sorted(rest + added, key=lambda c: c.start)


def _own_name_read_as_a_state(ctx: Context, cand: Candidate) -> bool:
    """Whether a decision's party is the state whose name or code the organization's own name spells ("the
    GUAM member states" read as Guam, "CAN" as Canada) while the text never names that state itself."""
    party = cand.event.get("party")
    return (
        isinstance(party, str)
        and party in own_name_states(ctx.org)
        and not state_named_in(ctx.doc.text, party)
    )


def _looks_like_a_person(person: object) -> bool:
    """Whether an appointee's name reads as a person's (``people.person_like``)."""
    return isinstance(person, str) and person_like(person)


_SAME_ACT = {
    "ConditionImposed": ("party", "condition"),
    "ConditionLifted": ("party", "condition"),
    "WithdrawalNotified": ("party",),
    "StatusGranted": ("party", "status"),
    "ProcedureLaunched": ("party", "procedure"),
    "ProcedureStepTaken": ("party", "procedure", "step"),
    "LadderReformed": ("merged", "added", "retired"),
    "DocumentAdopted": ("document",),
    "OfficialAppointed": ("office", "person"),
    "PresidencyHandedOver": ("to_party", "chair"),
}


def _once(found: list[Candidate]) -> list[Candidate]:
    """One event per act: a text that tells the same act twice (the lede, then the detail) yields it once,
    from the sentence that dates it (a stated day before an inferred one), the other kept as a further
    source."""
    groups: dict[tuple[object, ...], list[int]] = {}
    for i, c in enumerate(found):
        if c.record == "event" and c.type in _SAME_ACT:
            key = (c.type, *(repr(c.event.get(f)) for f in _SAME_ACT[c.type]))
            groups.setdefault(key, []).append(i)
    drop: set[int] = set()
    out = list(found)
    for members in groups.values():
        if len(members) < 2:
            continue
        best = min(
            members,
            key=lambda i: (
                bool(found[i].event["source"].get("inferred")),
                # of two tellings of one appointment, the one that states the term ("for a five-year term
                # starting on 5 July") over the one that leaves it open from the decision ("2011-06-28/..")
                str(found[i].event.get("term", "")).endswith(".."),
                i,
            ),
        )
        others = [i for i in members if i != best]
        extra = [
            {k: v for k, v in found[i].event["source"].items() if k not in ("inferred", "note")}
            for i in others
        ]
        keep = found[best]
        event = {**keep.event, "more_sources": [*keep.event.get("more_sources", []), *extra]}
        out[best] = Candidate(keep.record, event, note=keep.note, kind=keep.kind, closest=keep.closest)
        drop.update(others)
    return [c for i, c in enumerate(out) if i not in drop]


def _one_sitting(found: list[Candidate]) -> list[Candidate]:
    """One sitting told twice is one meeting: the headline's "Leaders conclude Forty-Second Regular Meeting"
    and the lede's "The Conference of Heads of Government ... held its Forty-Second Regular Meeting" on the
    same days are the Conference's meeting, with the persons either names. A meeting whose body is only a
    sitting's noun (or "summit", beside a body of heads) takes the body the other names when their days
    meet; two named bodies stay two meetings (a council of ministers the day before the summit)."""
    meetings = [i for i, c in enumerate(found) if c.type == "MeetingHeld" and c.record != "attestation"]
    out = list(found)
    drop: set[int] = set()
    for i in meetings:
        for j in meetings:
            if i == j or i in drop or j in drop or out[i].record != out[j].record:
                continue
            a, b = out[i].event, out[j].event
            generic = sitting_only(a["body"], a.get("org")) or (
                a["body"] == "summit" and b["body"] != "summit" and HEADS_BODY.search(b["body"])
            )
            if not generic or SITTING_ONLY.fullmatch(b["body"]) or b["body"] == a["body"]:
                continue
            da, db = a.get("date"), b.get("date")
            if (da is None) != (db is None) or (da is not None and db is not None and not overlaps(da, db)):
                continue
            keep, other = (
                (i, j) if i < j else (j, i)
            )  # the first told keeps its place (it dates the decisions)
            k, o = out[keep].event, out[other].event
            merged = {**o, **k, "body": b["body"]}  # the first's fields, the other's where it has none
            names = {p.get("person") for p in k.get("participants", [])}
            merged["participants"] = [
                *k.get("participants", []),
                *(p for p in o.get("participants", []) if p.get("person") not in names),
            ]
            merged["more_sources"] = [
                *k.get("more_sources", []),
                {key: v for key, v in o["source"].items() if key not in ("inferred", "note")},
                *o.get("more_sources", []),
            ]
            out[keep] = Candidate(out[keep].record, merged, note=out[keep].note, kind=out[keep].kind)
            drop.add(other)
    return [c for n, c in enumerate(out) if n not in drop]


def _reformed(found: list[Candidate]) -> list[Candidate]:
    """A status the same text's reform merges, granted on or after the reform's day, is granted as the
    merged status ("granted Laos the status of dialogue partner" in the text that merges observers and
    dialogue partners into partners): on that day the old name no longer exists."""
    reforms = [
        (c.event["effective"], old, new)
        for c in found
        if c.type == "LadderReformed" and c.record == "event"
        for new, olds in c.event.get("merged", {}).items()
        for old in olds
    ]
    if not reforms:
        return found
    out = []
    for c in found:
        status, day = c.event.get("status"), str(c.event.get("effective", ""))
        new = next((n for d, o, n in reforms if o == status and day[:10] >= d[:10]), None)
        if c.type == "StatusGranted" and new is not None:
            note = f"the text's {status} is the status its reform merges into {new}"
            note = f"{c.event['note']}; {note}" if c.event.get("note") else note
            c = Candidate(c.record, {**c.event, "status": new, "note": note}, note=c.note, kind=c.kind)
        out.append(c)
    return out


# the words of a body's slug that name its sitting, not who sits ("council-of-foreign-ministers",
# "foreign-ministers-meeting" and "meeting-of-foreign-ministers" are one body of the foreign ministers)
_SITTING_WORDS = frozenset({"of", "the", "and", "meeting", "council", "conference", "session", "sitting"})


def _body_key(slug: str) -> frozenset[str]:
    words = {
        w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in slug.split("-") if w
    }
    return frozenset(words - _SITTING_WORDS) or frozenset(words)


def _store_body(ctx: Context, cand: Candidate) -> Candidate:
    """A sitting of a body the store does not name, read as the one body the store names with the same sitters:
    "Foreign ministers of the Xyz met" (``foreign-ministers-meeting``) is a sitting of the organization's
    ``council-of-foreign-ministers`` when the store holds that body and no other of the foreign ministers (so
    a user who recorded the body once is not asked to record it again under each wording)."""
    body = cand.event.get("body")
    if (
        cand.type not in ("MeetingHeld", "MeetingScheduled")
        or not body
        or not ctx.bodies
        or body in ctx.bodies
    ):
        return cand
    same = [slug for slug in ctx.bodies if _body_key(slug) == _body_key(body)]
    if not same:
        # no store body of the same words: the one store body of the same sitters ("summit" is the store's
        # "authority" where the store holds no other body of the heads of state; a "ministerial-meeting" its
        # "council-of-ministers")
        same = [slug for slug in ctx.bodies if sitters(slug) == sitters(body)]
    if len(same) != 1:
        return cand
    return replace(cand, event={**cand.event, "body": same[0]})


def _names(given: Mapping[str, str | Sequence[str]] | None) -> dict[str, tuple[str, ...]]:
    """slug -> its names (a title, or the title and its other names: events.names.every_name)."""
    return {slug: (v,) if isinstance(v, str) else tuple(v) for slug, v in (given or {}).items()}


def _validated(cand: Candidate) -> Candidate:
    """An event the vocabulary refuses (an unknown party, a bad date) becomes unresolved; an event of a
    type the vocabulary does not have yet (the histories types: ProcedureStepTaken, ConditionImposed, ...)
    is kept as a candidate of kind ``type-unavailable``, which blocks nothing."""
    if cand.record != "event":
        return cand
    if cand.type not in {t.model_fields["type"].default for t in EVENT_TYPES}:
        note = f"the vocabulary has no {cand.type} yet: kept as a candidate, not applied"
        return Candidate("unresolved", cand.event, note=note, kind="type-unavailable")
    try:
        parse_event(importable(cand.event))
    except RuleViolation as err:
        return Candidate("unresolved", cand.event, note=f"not a valid event: {err.detail}", kind="invalid")
    return cand
