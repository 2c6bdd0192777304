"""The admission procedure's own steps: an invitation received, an application made, a step taken.

Moved out of ``reader.py`` (pure move). :func:`invitation_received` (``ProcedureLaunched``, invitation),
:func:`reconciled` (one reading per party: an invitation's content is no grant of its own), :func:`applied`
(an application told with its day) and :func:`steps` (``ProcedureStepTaken``: an instrument deposited, an
application referred for examination). These are acts before a decision, not the decision: a module of
their own, read by ``extract/__init__.py`` and statuses.py through ``reader``.
"""

from __future__ import annotations

import re

from igo_timeline.extract.context import Context
from igo_timeline.extract.dates import WEEKDAY
from igo_timeline.extract.reader_slots import (
    _CLAUSE_DAY,
    _past_day,
    background,
    clauses_of,
    headline,
    long_ago,
    states,
    subject,
    unreal,
    untold,
    verb_rx,
)
from igo_timeline.extract.records import Candidate
from igo_timeline.extract.text import Passage

_INVITATION = re.compile(
    r"\binvitation\s+to\s+(?:become|join|accede\s+to|take\s+part\s+in)\b(?P<what>[^.;]*)", re.I
)
_RECEIVED = re.compile(verb_rx(("receive", "accept", "get", "welcome")), re.I)


def invitation_received(ctx: Context, passage: Passage, sub: Passage, text: str) -> list[Candidate] | None:
    """ "X has received a formal invitation to join ...": an invitation (``ProcedureLaunched``) to the
    subject of the receiving verb, not to the states the invitation names as those it joins. Dated by the
    clause, else by a later sentence that tells the invitation's passing on a day ("had telephoned her on
    Thursday to pass on the invitation"). None when the clause tells no such thing."""
    m = _INVITATION.search(text)
    if m is None:
        return None
    received = None
    for r in _RECEIVED.finditer(text, 0, m.start()):
        received = r
    if received is None or unreal(text[: received.start()]):
        return None
    parties = subject(ctx, text, received.start())
    if not parties:
        return None
    from igo_timeline.extract.decisions import _sought

    status = _sought(m.group()) or "member"
    later = [s for s in ctx.sentences if s.start > passage.start][:2]
    day = None
    for s in later:
        if re.search(r"\binvit", s.norm, re.I):
            for d in _CLAUSE_DAY.finditer(s.norm):
                day = _past_day(ctx, d.group())
                if day:
                    break
        if day:
            break
    out = []
    for p in parties:
        event = {"type": "ProcedureLaunched", "party": p.value, "procedure": "invitation", "status": status}
        cand = ctx.decision(event, "date", sub, words=untold(text))
        if day is not None and cand.event.get("source", {}).get("inferred"):
            src = {k: v for k, v in cand.event["source"].items() if k not in ("inferred", "note")}
            cand = Candidate("event", {**cand.event, "date": day, "decided_on": day, "source": src})
        out.append(cand)
    return out


def reconciled(found: list[Candidate]) -> list[Candidate]:
    """One reading per party: a text that tells an invitation to X also telling X "accepted as a member"
    tells the invitation's content, not a grant of its own, unless the grant is dated by its own words; a
    readmission told with the suspension it ends ("readmitted X ..., ending its suspension") is the lift."""
    lifted = [
        (c.event.get("party"), c.start, int(c.event["source"]["end"]))
        for c in found
        if c.record == "event" and c.type == "ConditionLifted"
    ]
    found = [
        c
        for c in found
        if not (
            c.type == "StatusGranted"
            and any(
                p == c.event.get("party") and a < int(c.event["source"]["end"]) and c.start < b
                for p, a, b in lifted
            )
        )
    ]
    invited = {
        c.event.get("party")
        for c in found
        if c.record == "event" and c.type == "ProcedureLaunched" and c.event.get("procedure") == "invitation"
    }
    return [
        c
        for c in found
        if not (
            c.type == "StatusGranted"
            and c.event.get("party") in invited
            and c.event.get("source", {}).get("inferred", True)
        )
    ]


APPLY_VERBS = ("apply for", "apply to", "submit", "lodge", "file", "hand", "present", "deliver")
_APPLIED = re.compile(
    verb_rx(("apply",)) + r"(?:\s+(?:for|to)\b)?"
    r"|"
    + verb_rx(APPLY_VERBS[2:])
    + r"\s+(?:[\w'’ ]{0,40}?\s)?(?:its|a|their|the)\s+(?:formal\s+)?(?:letter\s+of\s+)?(?:application|request|bid)\b",
    re.I,
)
_STATED_DAY = re.compile(
    rf"\bon\s+(?:{WEEKDAY},?\s+)?(?P<day>\d{{1,2}}\s+[A-Z][a-z]+(?:\s+\d{{4}})?|[A-Z][a-z]+\.?\s+\d{{1,2}}(?:,?\s+\d{{4}})?)"
)


def applied(ctx: Context) -> list[Candidate]:
    """An application for membership told with the day it was made ("China ... had applied on Monday 13
    June", "X submitted its application on 2 May"): the admission procedure launched on that day (the
    applicant's act: no decided_on). Without a stated day the application is background."""
    from igo_timeline.extract.dates import find_dates
    from igo_timeline.extract.decisions import _sought

    out: list[Candidate] = []
    for passage in ctx.sentences:
        if headline(ctx, passage):
            continue
        for a, b in clauses_of(passage.norm):
            text = passage.norm[a:b]
            m = _APPLIED.search(text)
            if m is None or unreal(re.sub(r"\bhad\s+$", "", text[: m.start()])):
                continue
            if long_ago(ctx, text):
                continue  # "X applied to join on 7 April 2015" told years on: background (docs7)
            day_m = _STATED_DAY.search(text, m.start())
            if day_m is None or day_m.start() - m.end() > 40:
                continue
            days = [d for d in find_dates(day_m.group("day"), ctx.year) if d.kind.rstrip("?") == "day"]
            parties = subject(ctx, text, m.start())
            if not days or not parties:
                continue
            sought = _sought(text[m.start() :]) or _sought(passage.norm) or "member"
            sub = passage.sub(a, a + len(text.rstrip(" .;,")))
            for p in parties:
                event = {
                    "type": "ProcedureLaunched",
                    "org": ctx.org,
                    "party": p.value,
                    "procedure": "admission",
                    "status": sought,
                    "date": days[0].edtf,
                    "source": ctx.source(sub),
                }
                out.append(Candidate("event", event))
    return out


# steps of an admission procedure: an instrument deposited, an application referred for examination
_DEPOSITED = re.compile(
    verb_rx(("deposit",))
    + r"\s+(?:its|their|the)\s+instruments?\s+of\s+(?P<what>accession|ratification|adhesion)\b",
    re.I,
)
_REFERRED = re.compile(
    verb_rx(("direct", "instruct", "task", "mandate", "ask", "request"))
    + r"\s+(?:the\s+)?(?P<body>(?:[A-Z][\w'’-]*\s+){0,3}(?:Council|Committee|Secretariat|Commission)(?:\s+of\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?)\s+to\s+"
    r"(?:verify|examine|assess|study|review|consider|evaluate|check)\s+(?P<obj>it|them|(?:the|that|this|its|[A-Z][\w'’ -]{1,40}?(?:'s|’s))\s+(?:\w+\s+)?(?:application|request|bid))\b",
    re.I,
)


def steps(ctx: Context) -> list[Candidate]:
    """``ProcedureStepTaken`` where the text tells one: "X ... after depositing its instrument of accession",
    "directed the Council of Ministers to verify it [X's request]" (the request the sentence or the one
    before names)."""
    out: list[Candidate] = []
    sentences = ctx.sentences
    for n, passage in enumerate(sentences):
        if headline(ctx, passage):
            continue
        text = passage.norm
        for m in _DEPOSITED.finditer(text):
            if unreal(text[: m.start()]) or background(ctx, text):
                continue
            around = " ".join(s.norm for s in sentences[max(0, n - 2) : n + 1])
            if m.group("what").lower() == "ratification" and not re.search(
                r"\b(?:accession|admission|membership|join\w*|accede\w*|founding|charter|constitutive)\b",
                around,
                re.I,
            ):
                continue  # members ratifying another agreement ("bringing the number of ratifications to six")
            parties = subject(ctx, text, m.start()) or states(ctx, text[: m.start()])[-1:]
            for p in parties[:1]:
                event = {"type": "ProcedureStepTaken", "party": p.value, "procedure": "admission",
                         "step": f"instrument of {m.group('what').lower()} deposited"}  # fmt: skip
                out.append(ctx.decision(event, "date", passage.sub(0, m.end()), words=text))
        for m in _REFERRED.finditer(text):
            if unreal(text[text.rfind(";", 0, m.start()) + 1 : m.start()]):
                continue  # its own clause: "did not decide on that request; they directed ..." refers it
            named = states(ctx, m.group("obj")) or states(ctx, text[: m.start()])
            if not named:
                earlier = [
                    s
                    for s in sentences[max(0, n - 2) : n]
                    if re.search(r"\b(?:appl|request|bid)", s.norm, re.I)
                ]
                named = states(ctx, earlier[-1].norm)[:1] if earlier else []
            body = " ".join(m.group("body").split())
            for p in named[:1]:
                event = {"type": "ProcedureStepTaken", "party": p.value, "procedure": "admission",
                         "step": f"application referred to the {body}"}  # fmt: skip
                out.append(ctx.decision(event, "date", passage.sub(0, m.end()), words=text))
    return out
