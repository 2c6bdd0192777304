"""The other meetings a text tells held besides the one it reports.

Split out of meeting.py (a pure move): the stages before a summit (its foreign ministers, its senior
officials, "preceded by"), a body "which met in P on D", a second meeting told with its own day and
place. Each is a meeting of its own, with its own body, day and place.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from igo_timeline.extract.context import Context, Meeting
from igo_timeline.extract.dates import DateMatch, find_dates
from igo_timeline.extract.meeting_body import (
    _NAMED_BODY,
    _SENIOR_OFFICIALS,
    _body_in,
    _foreign_ministers_body,
    _generic_body,
    _summit_slug,
)
from igo_timeline.extract.meeting_canon import canon_body
from igo_timeline.extract.meeting_days import _own_date, eve_of
from igo_timeline.extract.meeting_held import (
    _BACKGROUND,
    _HELD,
    _MINISTERS_MET,
    _NOT_THIS,
    _OTHER_MEETING,
    _elsewhen,
)
from igo_timeline.extract.meeting_place import _place
from igo_timeline.extract.names import find_parties, resolve_body
from igo_timeline.extract.places import city, gazetteer_spelling
from igo_timeline.extract.records import Candidate
from igo_timeline.extract.text import Passage


def _other_meetings(
    ctx: Context, sentences: list[Passage], opening: Passage, body: str, when: str
) -> list[tuple[Passage, str, DateMatch]]:
    """Other meetings the text reports held, each in a sentence of its own with its own calendar day ("The
    foreign ministers held the eleventh meeting of their council over the same two days, May 22 and 23"):
    another body, a main-clause verb of holding (not "which met on Tuesday", not "had met"), not a meeting
    to come or of the past."""
    found: list[tuple[Passage, str, DateMatch]] = []
    for passage in sentences[:40]:
        text = passage.norm
        inline = _PRECEDED_INLINE.search(text)
        if inline is not None and passage.start >= ctx.anchor.start:
            # "... took place in X on 9 May, preceded by a sitting of the officials' committee on 7-8 May": the
            # sitting before it, told in the meeting's own sentence
            seen = {b for _, b, _ in found}
            found += [
                f for f in _preceding(ctx, passage, text[inline.end() :], body, when) if f[1] not in seen
            ]
        if passage is opening or passage.start < ctx.anchor.end:
            continue
        stages = _stages(ctx, text, int(when[:4]) if when[:4].isdigit() else None)
        if (
            stages
        ):  # "the Executive Council on 28-29 June, and the Assembly on 1-2 July": each body's own days
            seen = {b for _, b, _ in found}
            for slug, days in stages:
                if slug not in (body, *seen):
                    found.append((passage, slug, days))
                    seen.add(slug)
            continue
        preceded = _PRECEDED_BY.search(text)
        if (
            preceded is not None
        ):  # "The summit was preceded by a meeting of the Council of Ministers on 13 August"
            found += _preceding(
                ctx, passage, text[preceded.end() :] + (preceded.group("on") or ""), body, when
            )
            continue
        verb = _HELD.search(text)
        relative = _BODY_WHICH_MET.search(text)
        # (the organization's own abbreviation is no state of that name: "GUAM" is not Guam, ``find_parties``)
        if relative is not None and find_parties(relative.group("body"), exclude=[ctx.org]):
            relative = None  # "the Council of the European Union, which met in Brussels": another's body
        if relative is not None:  # "... by the XYZ Council of Ministers, which met in Lima on 3 May"
            verb = relative
        elif verb is None or re.search(
            r"\b(?:which|that|who|whom|where)\s+(?:\w+\s+)?$", text[: verb.start()]
        ):
            continue
        if _NOT_THIS.search(text[: verb.end()]) or _OTHER_MEETING.search(text[verb.end() : verb.end() + 80]):
            continue
        if _BACKGROUND.search(text) or _elsewhen(ctx, text):
            continue
        date = _own_date(ctx, text, when)
        if date is None and (
            relative is not None or re.fullmatch(r"met|held|convened|gathered|sat", verb.group())
        ):
            # "the Council of Ministers, which held its ninth meeting in X on the eve of the summit", "Foreign
            # ministers met in X on the eve of the session": a sitting told by a verb of its own, dated by the main
            # one (a participle alone tells none: "The Council, meeting on the eve of the summit, recommended it")
            date = eve_of(text, when)
        if date is None or _far_from_sitting(ctx, date, when):
            continue
        named = _body_in(text, ctx)
        if relative is not None:  # the body the relative clause tells of, not another the sentence names
            own = _generic_body(relative.group("body"), ctx)
            named = (resolve_body(own.replace("-", " "), ctx.bodies, ctx.org) or own, 0) if own else None
        if named is None and _MINISTERS_MET.search(text):  # "Foreign ministers met on Sunday in Lusaka"
            named = (_foreign_ministers_body(ctx), 0)
        if named is None or named[0] == body or named[0] == _summit_slug(ctx):
            continue
        known = named[0] in ctx.bodies or resolve_body(named[0].replace("-", " "), ctx.bodies, ctx.org)
        if (
            not known
            and relative is None
            and not re.search(
                r"-of-(?:[a-z]+-)*(?:ministers|heads|officials|governors|representatives|state)\b", named[0]
            )
        ):
            continue  # "the summit of the Conference on Interaction ...": another organization's, or no body's name
        found.append((passage, named[0], date))
    return found


# a named body, then a relative clause telling that it sat: "the XYZ Council of Foreign Ministers, which met in
# Jeddah on 29 May", "its Executive Board, which convened on Tuesday" (a main clause's "which met" is another's)
_BODY_WHICH_MET = re.compile(
    r"(?P<body>(?:[A-Z][\w'’-]*\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?){0,6}"
    r"(?-i:Council|Assembly|Conference|Congress|Committee|Commission|Board|Body|Authority|Meeting)"
    r"(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s*)+){0,2})(?:\s*\((?-i:[A-Z]{2,8})\))?,\s+which\s+(?:had\s+)?(?:met|convened|gathered|sat|was\s+held|held\s+its\s+(?:[\w-]+\s+){0,2}(?:meeting|session))\s+(?:\w+\s+)?(?:in|at)\s+(?:(?-i:[A-Z])|the\s+same\s+(?:city|town|venue|capital)\b)"
)  # ("the Council of Ministers (CM), which sat in the same city on 12 May": the body's initials, the town before)  # its own place told: "which met on Tuesday" alone only situates the preparation (not a sitting reported)


_PRECEDED_INLINE = re.compile(r",\s+(?:having\s+been\s+)?preceded\s+by\s+(?=(?:the|a|an)\s)", re.I)
# "The summit was preceded by a meeting of senior officials on 26-27 February and by the 22nd meeting of the
# Council of Ministers on 28 February": the meetings held before it, each with its own day
_PRECEDED_BY = re.compile(
    r"^(?:The|the|It|Its|This)\b[^,;]{0,80}?\b(?:was|were|had\s+been|has\s+been)\s+preceded"
    r"(?P<on>\s+on\s+[^,;]{3,40}?)?\s+by\s+",  # "It was preceded on 3 May by its council's sitting"
    re.I,
)


def _stages(ctx: Context, text: str, year: int | None = None) -> list[tuple[str, DateMatch]]:
    """The bodies a sentence lists each with days of its own ("the Permanent Representatives Committee met on
    25-26 June, the Executive Council on 28-29 June, and the Assembly on 1-2 July"): (slug, days) each, when
    two or more bodies are so listed; a body's days are the one date after its name, before the next's."""
    year = year or ctx.anchor.year or ctx.year
    out: list[tuple[str, DateMatch]] = []
    for chunk in re.split(r",\s+(?:and\s+)?|;\s*|:\s*|\s+and\s+(?=(?:the|its)\s)", text):
        days = [d for d in find_dates(chunk, year) if d.kind.rstrip("?") in ("day", "days")]
        if len(days) != 1:
            continue
        named = _NAMED_BODY.search(chunk[: days[0].start])
        if named is None or find_parties(named.group(), exclude=[ctx.org]):
            continue
        told = _body_in(chunk[: days[0].start], ctx)
        slug = (
            told[0]
            if told
            else resolve_body(named.group(), ctx.bodies, ctx.org) or _generic_body(named.group(), ctx)
        )
        if slug:
            out.append((slug, days[0]))
    return out if len({s for s, _ in out}) >= 2 else []


def _stage_days(
    ctx: Context, sentences: list[Passage], opening: Passage, body: str, date: DateMatch | None
) -> DateMatch | None:
    """The meeting's own days when a sentence after its opening lists the bodies that sat in turn within its
    span ("The summit ran in three stages: ..."): its body's days there."""
    if date is None or "/" not in date.edtf:
        return date
    first, last = date.edtf.split("/")
    k = sentences.index(opening)
    for other in sentences[k : k + 6]:
        for slug, days in _stages(ctx, other.norm, int(first[:4])):
            start, end = days.edtf.split("/")[0], days.edtf.split("/")[-1]
            if slug == body and first <= start and end <= last and (start, end) != (first, last):
                return DateMatch(date.start, date.end, days.edtf, days.kind)
    return date


def _days_between(earlier: str, later: str) -> int | None:
    if not (re.fullmatch(r"\d{4}-\d{2}-\d{2}", earlier) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", later)):
        return None
    return (dt.date.fromisoformat(later) - dt.date.fromisoformat(earlier)).days


def _preceding(
    ctx: Context, passage: Passage, items: str, body: str, when: str
) -> list[tuple[Passage, str, DateMatch]]:
    """The meetings a "preceded by" list names, each item a body's sitting with a day of its own within the
    week before the main meeting (a sitting of no body the organization has, or of officials unnamed, left)."""
    out: list[tuple[Passage, str, DateMatch]] = []
    for item in re.split(
        r",?\s+and\s+(?:by\s+)?(?=(?:a|an|the|its)\s)|;\s*|,\s+(?:by\s+)?(?=(?:a|an|the|its)\s)", items
    ):
        if _NOT_THIS.search(item) or _elsewhen(ctx, item):
            continue
        date = _own_date(ctx, item, when)
        named = _body_in(item, ctx)
        if date is None or named is None or named[0] in (body, _summit_slug(ctx)):
            continue
        gap = _days_between(date.edtf.split("/")[0], when.split("/")[0])
        if gap is None or not 0 < gap <= 7:
            continue  # a sitting within the week before the meeting's first day
        known = named[0] in ctx.bodies or resolve_body(named[0].replace("-", " "), ctx.bodies, ctx.org)
        if not known and not re.search(
            # (or "the Third Meeting of Xyz Senior Officials for Information": officials named as a body)
            r"-of-(?:[a-z]+-)*(?:ministers|heads|governors|representatives|officials)\b|^senior-officials-(?:for|on|of)-",
            named[0],
        ):
            continue
        if _SENIOR_OFFICIALS.search(item) or find_parties(item[: named[1]], exclude=[ctx.org]):
            continue
        out.append((passage, named[0], date))
    return out


def _second_meeting(
    ctx: Context,
    passage: Passage,
    body: str,
    date: DateMatch,
    main: dict[str, Any],
    also: frozenset[int] = frozenset(),
) -> list[Candidate]:
    """The MeetingHeld of another meeting of the text, with the persons its own sentence names; its place
    is the one the sentence names, else the main meeting's ("over the same two days")."""
    body = canon_body(body, ctx) or body  # as the project spells a body no table names (meeting_canon.py)
    event: dict[str, Any] = {"type": "MeetingHeld", "org": ctx.org, "body": body, "date": date.edtf}
    place = _place(ctx, passage.norm, here=False)
    if place and place != main.get("place"):
        event["place"] = gazetteer_spelling(place)
        found = city(place)
        if found:
            event["host"] = found[1]
    else:
        event.update({k: main[k] for k in ("place", "host") if k in main})
    ctx.meeting = Meeting(body, date.edtf, date.edtf.split("/")[-1])
    out: list[Candidate] = []
    more: list[dict[str, Any]] = []
    from igo_timeline.extract.attendance import _attendance

    event["participants"] = _attendance(ctx, passage, more, out, only=frozenset({passage.start}) | also)
    event["source"] = ctx.source(passage)
    if date.kind.endswith("?"):
        event["source"]["inferred"] = True
        event["source"]["note"] = "the day is written without a year: the year is the dateline's"
    return [Candidate("event", event), *out]


def _far_from_sitting(ctx: Context, date: DateMatch, when: str) -> bool:
    """Whether another meeting's day lies more than a month from the days of the sitting reported, in a text
    with no day of its own (``_elsewhen`` measures from the text's day when it has one): "The forum was launched
    on 18 June 2002, when its foreign ministers met for the first time" in a report of a 2016 summit is its
    history, not a stage of the summit."""
    if ctx.anchor.day is not None:
        return False
    first, last = date.edtf.split("/")[0], when.split("/")[-1]
    start = when.split("/")[0]
    if not all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", d) for d in (first, start, last)):
        return False
    day = dt.date.fromisoformat(first)
    return (dt.date.fromisoformat(start) - day).days > 31 or (day - dt.date.fromisoformat(last)).days > 31
