"""The meetings held since the last summit, as the communiqué lists them.

The genre lists them in one sentence ("Over the past year, the SCO held the
meeting of ... (Dushanbe, 28 September 2011), ... and the prosecutors general
conference (Dushanbe, 5-6 June 2012)"): each item is a meeting's name followed
by a bracket holding an optional place and a date. Names may hold brackets of
their own ("(Prime Ministers)"); only a bracket with a date ends an item.
"""

from __future__ import annotations

import re
from typing import Any

from igo_timeline.extract.context import Context
from igo_timeline.extract.dates import find_dates
from igo_timeline.extract.names import resolve_body
from igo_timeline.extract.records import Candidate
from igo_timeline.extract.text import Passage

_INTRO = re.compile(
    r"\b(?:over|during|in)\s+the\s+(?:past|last|previous|preceding)\s+(?:year|period|twelve months)"
    r"|\bsince\s+the\s+(?:last|previous)\s+(?:meeting|summit|session)"
    r"|\bin\s+the\s+period\s+(?:since|between)|\bperiod\s+under\s+review",
    re.I,
)
_HELD = re.compile(r"\b(?:held|hosted|organized|organised|convened|took place)\b[:\s]*|:\s*")
_BRACKET = re.compile(r"\((?P<inside>[^()]*)\)")
_SEP = re.compile(r"^(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*;\s*(?:and\s+)?)")


def past_meetings(ctx: Context) -> list[Candidate]:
    out: list[Candidate] = []
    for passage in ctx.sentences:
        intro = _INTRO.search(passage.norm)
        if not intro:
            continue
        held = _HELD.search(passage.norm, intro.end())
        if not held:
            continue
        out.extend(_items(ctx, passage, held.end()))
    return out


def _items(ctx: Context, passage: Passage, start: int) -> list[Candidate]:
    text = passage.norm
    out: list[Candidate] = []
    cursor = start
    for bracket in _BRACKET.finditer(text, start):
        dates = find_dates(bracket.group("inside"))
        if not dates or dates[-1].kind not in ("day", "days"):
            continue
        name_start = cursor + (_SEP.match(text[cursor:]).end() if _SEP.match(text[cursor:]) else 0)  # type: ignore[union-attr]
        phrase = text[name_start : bracket.start()].strip()
        cursor = bracket.end()
        if not phrase:
            continue
        date = dates[-1]
        place = bracket.group("inside")[: date.start].strip(" ,;")
        quote = passage.sub(name_start, bracket.end())
        name = re.sub(r"^(?:the|a|an)\s+", "", phrase)
        event: dict[str, Any] = {"type": "MeetingHeld", "org": ctx.org, "body": "", "date": date.edtf}
        event["name"] = name[:1].upper() + name[1:]
        if place:
            event["place"] = place
        body = resolve_body(phrase, ctx.bodies, ctx.org)
        event["source"] = ctx.source(quote)
        if body is None:
            event.pop("body")
            out.append(
                Candidate(
                    "unresolved",
                    event,
                    note=f"new body {name!r}: not in the alias tables or the store's vocabulary",
                    kind="new-body",
                )
            )
            continue
        event["body"] = body
        out.append(Candidate("event", event))
    return out
