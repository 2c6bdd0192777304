"""The meeting a communiqué reports: body, place, dates, host, chair, who attended.

Openings vary ("On 6-7 June 2012, the Meeting of ... was held in Beijing",
"The heads of state ... met in Astana on June 14-15, 2011", "... took place on
15 and 16 June 2009 in Yekaterinburg"); the title block "(Beijing, 6-7 June
2012)" is a fallback for the place and the dates. Attendance sentences are
read item by item, each item's role taken from the words that introduce it
(heads of observer delegations, guests of the host, the organization's
officials, other organizations); heading a member's or an observer's
delegation, or attending as an official, is an *attestation* of that status or
office on the meeting's dates, not a grant.
"""

from __future__ import annotations

import re
from typing import Any

from igo_timeline.extract.context import Context, Meeting
from igo_timeline.extract.dates import find_dates
from igo_timeline.extract.names import find_parties, is_state, office_patterns, resolve_body
from igo_timeline.extract.people import Person, parse_item
from igo_timeline.extract.records import Candidate
from igo_timeline.extract.text import Passage

_HELD = re.compile(
    r"\b(?:was|were|has been|had been)\s+(?:held|convened|opened)\b|\btook place\b|\bmet\b|\bgathered\b|\bconvened\b"
)
_SUBJECT = re.compile(
    r"\b(?:the\s+)?(?:(?:\w+th|regular|anniversary)\s+)*(?:meeting|session|summit|council|heads)\b.*$", re.I
)
_TITLE_PLACE = re.compile(r"\(\s*(?P<place>[A-Z][\w .'’-]*?)\s*,\s*(?P<rest>[^()]*)\)")
_IN_PLACE = re.compile(
    r"\bin\s+(?:the\s+(?:city|capital)\s+of\s+)?(?P<place>[A-Z][\w'’.-]*(?:[ -][A-Z][\w'’.-]*)*)"
)
_CHAIR = re.compile(
    r"\b(?:chaired|presided over|presided)\s+by\s+(?P<item>.+?)\.?$|\bunder the (?:chairmanship|presidency) of\s+(?P<item2>[^,.]+(?:,\s*[A-Z][^,.]*)?)"
)
_ATTEND = re.compile(
    r"\b(?:(?:also\s+)?attended|took part|participated|were present|was present|were also present)\b"
)
_ROLES = [
    (
        re.compile(
            r"heads?\s+of\s+(?:the\s+)?delegations?\s+(?:from|of)\s+(?:the\s+)?(?:\w+\s+)?observer\s+(?:states|countries)",
            re.I,
        ),
        "head of observer state delegation",
        "observer",
    ),
    (
        re.compile(
            r"heads?\s+of\s+(?:the\s+)?delegations?\s+(?:from|of)\s+(?:the\s+)?(?:\w+\s+)?dialogue\s+partners?",
            re.I,
        ),
        "head of dialogue partner delegation",
        "dialogue_partner",
    ),
    (
        re.compile(
            r"(?:as\s+)?guests?\s+of\s+the\s+(?:host|presiding|chairing)\s+(?:state|country|party|side)", re.I
        ),
        "guest of the host state",
        None,
    ),
    (
        re.compile(
            r"heads?\s+of\s+(?:the\s+)?(?:\w+\s+)?member\s+states|heads?\s+of\s+state\s+of\s+the\s+(?:\w+\s+)?member",
            re.I,
        ),
        "head of state",
        "member",
    ),
]
_SPLIT = re.compile(r"(,\s*(?:and\s+)?|;\s*|\s+and\s+|\s+as well as\s+)")
_ATTEND_FIRST = re.compile(
    r"^(?:Also\s+)?(?:taking\s+part|participating|attending|present)\b.*?\b(?:were|was)\s+", re.I
)
_TAIL = re.compile(
    r"\s*(?:,\s*)?\b(?:(?:also|have|has|had)\s+)?(?:attended|took part|participated|were present|was present|were also present|delivered)\b.*$"
)
_LEAD = re.compile(r"^.*?\b(?:i\.\s?e\.|namely|including)\s*|^\W+")


def find_meeting(ctx: Context) -> list[Candidate]:
    """The meeting itself (a MeetingHeld), and sets ``ctx.meeting``; the attendance goes in it."""
    sentences = ctx.doc.sentences
    opening: Passage | None = None
    date = body = place = None
    for passage in sentences[:8]:
        verb = _HELD.search(passage.norm)
        dates = [d for d in find_dates(passage.norm) if d.kind in ("day", "days")]
        if not verb or not dates:
            continue
        subject = passage.norm[: verb.start()]
        for d in dates:  # the subject may open with the date: "On 6-7 June 2012, the Meeting ..."
            if d.start < verb.start():
                subject = subject[d.end :]
        found = _SUBJECT.search(subject)
        body = resolve_body(found.group().strip(" ,"), ctx.bodies) if found else None
        if body is None:
            continue
        opening, date = passage, dates[0]
        place_match = _IN_PLACE.search(passage.norm, verb.end())
        if place_match:
            place = _city(place_match.group("place"))
        break
    title = sentences[0] if sentences else None
    if title is not None and (opening is None or place is None):
        m = _TITLE_PLACE.search(title.norm)
        if m and find_dates(m.group("rest")):
            place = place or m.group("place")
            if opening is None:
                title_date = find_dates(m.group("rest"))[0]
                body = resolve_body(title.norm[: m.start()].strip(" *"), ctx.bodies)
                if body:
                    opening, date = title, title_date
    if opening is None or date is None or body is None:
        return []
    ctx.meeting = Meeting(body, date.edtf, date.last_day)
    event: dict[str, Any] = {"type": "MeetingHeld", "org": ctx.org, "body": body, "date": date.edtf}
    name = _meeting_name(opening.norm)
    if name:
        event["name"] = name
    if place:
        event["place"] = place
        host = find_parties(place, exclude=[ctx.org])
        if host and is_state(host[0].value):
            event["host"] = host[0].value
    more: list[dict[str, Any]] = []
    chair = _chair(ctx, more)
    if chair:
        event["chair"] = chair
        if "host" not in event and chair.get("party"):
            event["host"] = chair["party"]  # the genre's chair is the host's head of state
    out: list[Candidate] = []
    participants = _attendance(ctx, opening, more, out)
    event["participants"] = participants
    event["source"] = ctx.source(opening)
    if more:
        event["more_sources"] = more
    return [Candidate("event", event), *out]


def _city(place: str) -> str:
    return re.sub(r"\s+(?:on|in|from)$", "", place).strip(" .,;")


def _meeting_name(sentence: str) -> str | None:
    m = re.search(
        r"\b(?:the\s+)?((?:Meeting|Session|Summit)\s+of\s+the\s+.*?)(?:\s+\([A-Z]{2,6}\))?\s+(?:was|were|took|has)\b",
        sentence,
    )
    return m.group(1) if m else None


def _chair(ctx: Context, more: list[dict[str, Any]]) -> dict[str, Any] | None:
    for passage in ctx.doc.sentences[:12]:
        m = _CHAIR.search(passage.norm)
        if not m:
            continue
        person = parse_item(m.group("item") or m.group("item2") or "", ctx.org, ctx.known_persons)
        if person is None:
            continue
        more.append(ctx.source(passage))
        chair: dict[str, Any] = {"person": person.name, "role": person.role or "chair"}
        if person.party:
            chair["party"] = person.party
        return chair
    return None


def _attendance(
    ctx: Context, opening: Passage, more: list[dict[str, Any]], out: list[Candidate]
) -> list[dict[str, Any]]:
    participants: list[dict[str, Any]] = []
    seen: set[tuple[str, str | None]] = set()
    first = True
    for passage in ctx.doc.sentences[:16]:
        inverted = _ATTEND_FIRST.match(passage.norm)  # "Taking part in the meeting were X and Y."
        verb = _ATTEND.search(passage.norm)
        if not (verb or inverted) or _CHAIR.search(passage.norm):
            continue
        if passage is not opening:
            more.append(ctx.source(passage))
        listed = passage.norm[inverted.end() :] if inverted else passage.norm[: verb.start() if verb else 0]
        for segment, role, status in _segments(listed, first):
            for person in _items(segment, ctx):
                key = (person.name, person.party)
                if key in seen:
                    continue
                seen.add(key)
                entry = _participant(person, role, ctx)
                participants.append(entry)
                out.extend(_attest(ctx, passage, person, entry, status))
        first = False
    return participants


def _segments(text: str, first: bool) -> list[tuple[str, str | None, str | None]]:
    """The attendance list cut where a role marker starts: (words, role, status attested)."""
    marks = sorted(
        (m.start(), m.end(), role, status) for rx, role, status in _ROLES for m in rx.finditer(text)
    )
    if not marks:
        # the first attendance list of the genre is the member states' heads
        return [(text, "head of state" if first else None, "member" if first else None)]
    out: list[tuple[str, str | None, str | None]] = []
    if marks[0][0] > 0 and text[: marks[0][0]].strip(" ,."):
        out.append((text[: marks[0][0]], None, None))
    for k, (_, end, role, status) in enumerate(marks):
        stop = marks[k + 1][0] if k + 1 < len(marks) else len(text)
        out.append((text[end:stop], role, status))
    return out


def _items(segment: str, ctx: Context) -> list[Person]:
    segment = _LEAD.sub("", _TAIL.sub("", segment)).strip()
    segment = re.sub(r"^(?:The|the)\s+", "", segment)
    parts = _SPLIT.split(segment.rstrip(" ."))
    people: list[Person] = []
    pending = ""
    for k in range(0, len(parts), 2):
        text = pending + parts[k]
        if not text.strip():
            continue
        person = parse_item(text, ctx.org, ctx.known_persons)
        if person is None or not person.role and not person.party and not person.known:
            # a title cut at "and" or a comma ("Representative ... and Head of ...",
            # "the Director of ..., Name"): join the next piece, with its separator
            pending = text + (parts[k + 1] if k + 1 < len(parts) else "")
            continue
        pending = ""
        people.append(person)
    return people


def _participant(person: Person, role: str | None, ctx: Context) -> dict[str, Any]:
    """The participant entry: a state's representative takes the list's role, anyone else their own."""
    if role is None or not (person.party and is_state(person.party)):
        role = person.role or "participant"
    entry: dict[str, Any] = {"person": person.name, "role": role}
    if person.party:
        entry["party"] = person.party
    return entry


def _office(role: str, org: str) -> str | None:
    """The organization's office a role names (not another organization's: "of the CSTO")."""
    for slug, rx in office_patterns():
        m = rx.search(role)
        if not m:
            continue
        tail = role[m.end() :]
        before = role[: m.start()]
        parties = find_parties(tail + " " + before, exclude=[org])
        if any(not is_state(p.value) for p in parties):
            continue
        return slug
    return None


def _attest(
    ctx: Context, passage: Passage, person: Person, entry: dict[str, Any], status: str | None
) -> list[Candidate]:
    out: list[Candidate] = []
    if not person.known:
        near = ", ".join(person.closest) or "none"
        out.append(
            Candidate(
                "unresolved",
                {**entry, "source": ctx.source(passage)},
                note=f"new person {person.written!r}: not in the alias tables or the store; closest known: {near}",
                kind="new-person",
                closest=person.closest,
            )
        )
    if ctx.meeting is None:
        return out
    date = ctx.meeting.date
    office = _office(person.role, ctx.org) if entry["role"] == person.role else None
    src = ctx.source(passage)
    if status and person.party and is_state(person.party):
        event = {
            "type": "StatusGranted",
            "org": ctx.org,
            "party": person.party,
            "status": status,
            "effective": date,
            "source": src,
        }
        note = f"{person.name} attended as {entry['role']} of {person.party}: evidence of {status!r} status on {date}"
        out.append(Candidate("attestation", event, note=note))
    elif office:
        event = {
            "type": "OfficialAppointed",
            "org": ctx.org,
            "office": office,
            "person": person.name,
            "term": date,
            "source": src,
        }
        out.append(
            Candidate(
                "attestation", event, note=f"{person.name} attended as {person.role}: in office on {date}"
            )
        )
    return out
