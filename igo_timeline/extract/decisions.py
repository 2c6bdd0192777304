"""Decisions about parties and persons: statuses, procedures, appointments, presidency, next meeting.

Status decisions come in either order ("decided to give X the status of
observer state and Y the status of dialogue partner"; "decided to grant the
status of dialogue partner to X and Y"). A decision to launch a procedure of
admission, or taking note of an application, grants nothing: it is a
``ProcedureLaunched``. Appointments name the person, the state in brackets and
the office; a term in the next sentence ("Their terms will be from ... to
...") belongs to the persons just named.
"""

from __future__ import annotations

import re
from typing import Any

from igo_timeline.extract.context import Context
from igo_timeline.extract.dates import find_dates
from igo_timeline.extract.names import (
    Found,
    find_parties,
    is_state,
    nationality_of,
    office_patterns,
    resolve_body,
    resolve_person,
    strip_honorifics,
)
from igo_timeline.extract.procedure import procedure_candidate
from igo_timeline.extract.records import Candidate
from igo_timeline.extract.text import Passage

_DECIDE = re.compile(
    r"\b(?:decided|agreed|resolved|approved the decision|adopted the decision|signed the decision|granted|admitted|gave|give)\b"
)
_STATUS = re.compile(
    r"status\s+of\s+(?:an?\s+)?(?:the\s+)?(?:SCO\s+|Organization\s+)?(?P<a>observer|dialogue\s+partner|member|partner\s+in\s+dialogue)(?:\s+(?:state|country))?"
    r"|(?P<b>observer|dialogue[\s-]partner|member)(?:[\s-](?:state|country))?\s+status"
    r"|\bas\s+(?:an?\s+)?(?:SCO\s+)?(?P<c>observer|dialogue\s+partner|(?:full(?:-fledged)?\s+)?member)(?:\s+(?:state|country))?",
    re.I,
)
_PROCEDURE = re.compile(
    r"\b(?:procedure|process)\s+(?:of|for)\s+(?:the\s+)?(?:admission|accession|granting)|\bapplications?\b|\brequests?\s+(?:of|by|from)\b"
    r"|\bmemorand(?:um|a)\s+of\s+obligations\b|\bwish\s+of\b",
    re.I,
)
_NOTED = re.compile(
    r"\b(?:decided|agreed|resolved|took\s+note|noted|welcomed|considered|launch(?:ed)?|beg[au]n|start(?:ed)?|received)\b",
    re.I,
)
_PRESIDENCY = re.compile(r"\b(?:presidency|chairmanship|chairing)\b", re.I)
_PRESIDENCY_PASSES = re.compile(
    r"\b(?:will|shall)\s+(?:hold|assume|take\s+over|chair)\b|\b(?:assumes|assumed|has\s+assumed|takes\s+over|took\s+over)\b"
    r"|\b(?:passe[sd]|pass(?:ed)?|handed\s+over|hand\s+over|transferred)\b.*?\bto\b",
    re.I,
)
_PAST_PRESIDENCY = re.compile(
    r"\bwork\s+of\s+(?P<who>.+?)\s+(?:during|in\s+the\s+course\s+of)\s+(?:its|her|his)\s+(?:presidency|chairmanship)",
    re.I,
)
_NEXT = re.compile(
    r"\bnext\s+(?:regular\s+)?(?:meeting|summit|session)(?P<body>\s+of\s+(?:the\s+)?.*?)?\s+(?:will|shall|is\s+to|would)\s+(?:take\s+place|be\s+held|be\s+convened|convene)\b",
    re.I,
)
_APPOINT = re.compile(
    r"\b(?:appoint(?:ed)?|designate[ds]?|approved\s+the\s+(?:candidacy|candidature|appointment)\s+of)\b"
)
_TERM_BACKREF = re.compile(r"^(?:Their|His|Her|The)\s+(?:terms?|mandates?)(?:\s+of\s+office)?\b", re.I)
_TO = r"\s+(?:(?:at|in|of|with)\s+(?:the\s+)?(?:SCO|Organi[sz]ation)\s+)?(?:to|on|upon)\b"
_SLUG = {
    "dialogue partner": "dialogue_partner",
    "partner in dialogue": "dialogue_partner",
    "dialogue-partner": "dialogue_partner",
}


def _status_slug(words: str) -> str:
    text = " ".join(words.lower().split())
    text = re.sub(r"^full(?:-fledged)?\s+", "", text)
    return _SLUG.get(text, text.replace(" ", "_"))


def statuses(ctx: Context) -> list[Candidate]:
    out: list[Candidate] = []
    for passage in ctx.doc.sentences:
        text = passage.norm
        found = list(_STATUS.finditer(text))
        procedure = _PROCEDURE.search(text)
        if procedure and _NOTED.search(text):
            # an application noted or a procedure launched: its own event, never a grant
            parties = [
                p for p in find_parties(text[procedure.start() :], exclude=[ctx.org]) if is_state(p.value)
            ]
            status = _status_slug(_status_words(found[0])) if found else None
            out.extend(procedure_candidate(ctx, passage, p, status) for p in parties)
            continue
        decided = _DECIDE.search(text)
        if not decided or not found:
            continue
        parties = [p for p in find_parties(text[decided.end() :], exclude=[ctx.org]) if is_state(p.value)]
        parties = [Found(p.start + decided.end(), p.end + decided.end(), p.value) for p in parties]
        out.extend(_pairs(ctx, passage, decided.end(), found, parties))
    return out


def _status_words(m: re.Match[str]) -> str:
    return m.group("a") or m.group("b") or m.group("c") or ""


def _pairs(
    ctx: Context, passage: Passage, start: int, found: list[re.Match[str]], parties: list[Found]
) -> list[Candidate]:
    """Parties to statuses: those before a status mention get it, unless "... to <parties>" follows it."""
    out: list[Candidate] = []
    text = passage.norm
    begin = 0  # the first pair's quote starts with the sentence
    prev_end = start
    for k, m in enumerate(found):
        status = _status_slug(_status_words(m))
        stop = found[k + 1].start() if k + 1 < len(found) else len(text)
        after = [p for p in parties if m.end() <= p.start < stop]
        before = [p for p in parties if prev_end <= p.start < m.start()]
        to_form = re.match(_TO, text[m.end() :])
        if to_form and after:
            # "the status of observer to X, Y and Z": one quote for the whole grant
            start_at = 0 if begin == 0 else _the(text, m.start())
            quotes = [(start_at, after[-1].end)] * len(after)
            chosen = after
        else:
            chosen = before
            quotes = [
                (0 if (i == 0 and begin == 0) else _the(text, p.start), m.end()) for i, p in enumerate(chosen)
            ]
        for party, (q_start, q_end) in zip(chosen, quotes, strict=True):
            event = {"type": "StatusGranted", "party": party.value, "status": status}
            out.append(ctx.decision(event, "effective", passage.sub(q_start, q_end)))
            begin = -1
        prev_end = max(m.end(), chosen[-1].end if chosen else m.end())
    return out


def _the(text: str, pos: int) -> int:
    return pos - 4 if text[max(0, pos - 4) : pos] == "the " else pos


def appointments(ctx: Context) -> list[Candidate]:
    out: list[Candidate] = []
    sentences = ctx.doc.sentences
    for n, passage in enumerate(sentences):
        text = passage.norm
        verb = _APPOINT.search(text)
        if not verb:
            continue
        offices: list[tuple[str, int, int]] = []
        for slug, rx in office_patterns():
            for m in rx.finditer(text, verb.end()):
                if not any(o[1] < m.end() and m.start() < o[2] for o in offices):
                    offices.append((slug, m.start(), _office_end(text, m.end(), ctx.org)))
        offices.sort(key=lambda o: o[1])
        offices = [o for o in offices if o[2] > 0]
        term, term_passage = _term(text, verb.end())
        if term is None and n + 1 < len(sentences) and _TERM_BACKREF.match(sentences[n + 1].norm):
            term, _ = _term(sentences[n + 1].norm, 0)
            term_passage = sentences[n + 1] if term else None
        prev = verb.end()
        for k, (slug, o_start, o_end) in enumerate(offices):
            words = text[prev:o_start]
            prev = o_end
            out.extend(
                _appointment(ctx, passage, slug, words, o_end, 0 if k == 0 else None, term, term_passage)
            )
    return out


def _office_end(text: str, end: int, org: str) -> int:
    """Past "of the SCO"; -1 when the office is another organization's."""
    m = re.match(r"\s+of\s+(?:the\s+)?(?P<who>[A-Z][\w ]*?)(?=[\s,.;]|$)", text[end:])
    if m:
        who = find_parties(m.group("who"))
        if who and who[0].value != org:
            return -1
        if who:
            return end + m.end()
    return end


def _appointment(
    ctx: Context,
    passage: Passage,
    office: str,
    words: str,
    o_end: int,
    first: int | None,
    term: str | None,
    term_passage: Passage | None,
) -> list[Candidate]:
    text = passage.norm
    words = re.sub(r"^\s*(?:,\s*)?(?:and\s+|as\s+)?", "", words)
    words = re.sub(r"\s+as\s*$", "", words)
    bracket = re.search(r"\((?P<who>[^()]*)\)", words)
    nationality = None
    if bracket:
        found = find_parties(bracket.group("who"))
        nationality = found[0].value if found else None
        name_text = words[: bracket.start()]
    else:
        name_text = words
    written = strip_honorifics(name_text.strip(" ,"))
    if not written:
        return []
    name, closest = resolve_person(written, ctx.known_persons)
    start = 0 if first == 0 else text.find(words.strip(), 0)
    quote = passage.sub(start, o_end)
    event: dict[str, Any] = {"type": "OfficialAppointed", "office": office, "person": name or written}
    nationality = nationality or (nationality_of(name) if name else None)
    if nationality:
        event["nationality"] = nationality
    cand = ctx.decision({**event, "term": term} if term else event, "decided_on", quote)
    if term_passage is not None:
        cand.event["more_sources"] = [ctx.source(term_passage)]
    if name is None:
        near = ", ".join(closest) or "none"
        return [
            Candidate(
                "unresolved",
                cand.event,
                note=f"new person {written!r}: not in the alias tables or the store; closest known: {near}",
                kind="new-person",
                closest=tuple(closest),
            )
        ]
    if term is None:
        return [
            Candidate(
                "unresolved", cand.event, note="no term found for the appointment", kind="term-unresolved"
            )
        ]
    return [cand]


def _term(text: str, start: int) -> tuple[str | None, None]:
    for d in find_dates(text[start:]):
        if d.kind == "days" and "/" in d.edtf:
            return d.edtf, None
    return None, None


def presidency(ctx: Context) -> list[Candidate]:
    out: list[Candidate] = []
    previous = None
    for passage in ctx.doc.sentences:
        m = _PAST_PRESIDENCY.search(passage.norm)
        if m:
            who = find_parties(m.group("who"), exclude=[ctx.org])
            previous = who[0].value if who else previous
    for passage in ctx.doc.sentences:
        text = passage.norm
        if not _PRESIDENCY.search(text) or _PAST_PRESIDENCY.search(text):
            continue
        verb = _PRESIDENCY_PASSES.search(text)
        if not verb:
            continue
        parties = [p for p in find_parties(text, exclude=[ctx.org]) if is_state(p.value)]
        if "to" in verb.group().split():
            parties = [p for p in parties if p.start >= verb.end() - 2] or parties
        else:
            parties = [p for p in parties if p.start < verb.start()][-1:] or parties
        if not parties:
            continue
        event: dict[str, Any] = {"type": "PresidencyHandedOver", "to_party": parties[0].value}
        if previous and previous != parties[0].value:
            event["from_party"] = previous
        out.append(ctx.decision(event, "effective", passage, decided=False))
    return out


def next_meeting(ctx: Context) -> list[Candidate]:
    out: list[Candidate] = []
    for passage in ctx.doc.sentences:
        text = passage.norm
        m = _NEXT.search(text)
        if not m:
            continue
        phrase = (m.group("body") or "").strip()
        body = resolve_body(re.sub(r"^of\s+", "", phrase), ctx.bodies) if phrase else None
        if body is None and ctx.meeting is not None and not phrase:
            body = ctx.meeting.body
        rest = text[m.end() :]
        hosts = [p for p in find_parties(rest, exclude=[ctx.org]) if is_state(p.value)]
        dates = find_dates(rest)
        event: dict[str, Any] = {"type": "MeetingScheduled", "body": body or ""}
        if hosts:
            event["host"] = hosts[0].value
        place = re.search(
            r"\bin\s+(?:the\s+city\s+of\s+)?(?P<city>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)*)", rest
        )
        if place and not find_parties(place.group("city")) and not find_dates(place.group("city")):
            event["place"] = place.group("city").strip(" .,")
        if dates:
            event["date"] = dates[0].edtf
        cand = ctx.decision(event, "decided_on", passage)
        missing = [f for f in ("body", "host", "date") if not event.get(f)]
        if missing:
            for f in missing:
                cand.event.pop(f, None)
            out.append(
                Candidate(
                    "unresolved",
                    cand.event,
                    note=f"next meeting without {', '.join(missing)}",
                    kind="incomplete",
                )
            )
        else:
            out.append(cand)
    return out
