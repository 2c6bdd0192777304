"""The sitting a text reports, read across the whole text: a fallback and a check of the first reading's place.

``find_meeting`` reads sentence by sentence and keeps the first reading its patterns pass. A page often tells
where its sitting sat somewhere else than in that sentence: in its headline ("Xyz leaders meet in Lomé"),
its dateline, a later sentence ("Their decision was made public at the summit in the Togolese capital Lomé"), or
as the sitting's adjective ("at the Lomé session of the Council"). This module is the structural step:

1. :func:`mentions` collects every mention of a sitting in the whole text (headline, dateline, lede and body
   sentences): the body it names (if any), the town it names, the days it states, and its tense cue (held,
   to come, or background: "the next summit will be held in X", "the venue was moved from X").
2. :func:`merged` keeps the mentions that co-refer with the first reading's sitting: the same or a bare
   sitting's body (no other body named), days that agree or are absent, a held cue.
3. :func:`choose_place` scores each town of the merged mentions with the transparent weights of
   :data:`WEIGHTS` and chooses one: where the first reading found no town (a fallback), or where its town
   is contradicted by a clearly stronger merged town (a check: :data:`OVERRIDE_MARGIN`).

The choice depends only on the mentions' features and positions, never on the order they are listed in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from igo_timeline.extract.context import Context
from igo_timeline.extract.dates import DateMatch, find_dates
from igo_timeline.extract.meeting_body import SITTING_ONLY, _body_in, _name_around, _summit_slug
from igo_timeline.extract.meeting_held import (
    _BACKGROUND,
    _NOT_THIS,
    _VIRTUAL,
    _another_orgs_sitting,
    _past_year_only,
)
from igo_timeline.extract.meeting_place import _place, _state_of
from igo_timeline.extract.names import another_tabled
from igo_timeline.extract.places import city
from igo_timeline.extract.text import Passage

# Each feature's weight, in one table. A town's score is the sum, over the merged mentions that name it, of
# the weights of that mention's features:
WEIGHTS = {
    "title": 3,  # the headline names the sitting's town ("Xyz summit opens in Lomé"): what the page is about
    "dateline": 2,  # the reporter's town, on a page that tells a sitting held (no virtual sitting)
    "lede": 2,  # one of the first three sentences after the headline
    "body": 1,  # a later sentence
    "held": 1,  # the mention tells the sitting held there ("met in", "was held in", "opened in")
    "names_body": 1,  # the mention names the first reading's own body ("the Xyz Council ... in Lomé")
}
# the fallback takes a town only with this much support, and a lead of this much over the next town
FALLBACK_MIN = 3
FALLBACK_MARGIN = 2
# the check replaces the first reading's town only when another merged town outscores it by this much
OVERRIDE_MARGIN = 5

_SITTING_NOUN = re.compile(
    r"\b(?:summit|meeting|session|sitting|conference|council|assembly|congress|forum|retreat|talks)s?\b", re.I
)
_HELD_CUE = re.compile(
    r"\b(?:held|met|meet|meets|gathered|gather|convened|opened|opens|closed|closes|ended|ends|concluded"
    r"|concludes|took\s+place|wrapped\s+up|hosted|got\s+under\s+way|began|kicked\s+off"
    r"|(?:is|are)\s+(?:holding|meeting)|holds)\b",
    re.I,
)
# a town told as not (or no longer) the sitting's: "the venue was moved from X", "instead of X", "relocated"
_NOT_THERE = re.compile(
    r"\b(?:moved|relocated|transferred|shifted)\s+(?:\w+\s+){0,3}from\b|\binstead\s+of\b|\brather\s+than\b"
    r"|\boriginally\b|\bhad\s+been\b",
    re.I,
)
_PAST_PERFECT = re.compile(r"\bhad\s+(?:\w+ly\s+)?(?:been\s+)?\w+(?:ed|met|held)\b", re.I)


@dataclass(frozen=True)
class Mention:
    """One mention of a sitting: where it is (``index``: 0 the headline), what it names and how it tells it."""

    index: int
    place: str
    body: str | None
    days: tuple[str, ...]
    cue: str  # "held", "ahead" (a sitting to come) or "background"
    where: str  # "title", "dateline", "lede" or "body"


def _text_of(ctx: Context, passage: Passage) -> str:
    text = passage.norm
    if passage.start <= ctx.anchor.start < passage.start + 60 and ctx.anchor.end < passage.end:
        # the dateline is no part of the sentence (a day the sentence tells later is: "on Tuesday, 5 March")
        text = " ".join(passage.text[ctx.anchor.end : passage.end].split())
    return text


# the town as the sitting's adjective: "at the Lomé session of the Council", "the Lomé summit opened", a
# headline's "as Lomé meeting ends" (no article)
_TOWN_SITTING = re.compile(
    r"(?:\bthe\s+|(?<=\bas\s)|(?<=\bat\s)|(?<=\bafter\s)|(?<=\bfor\s)|^)(?P<town>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?:summit|session|meeting|conference|sitting)\b"
)


def _town(ctx: Context, text: str) -> str | None:
    """The town (or the state, for a fallback only) a mention names: "in X", else the sitting's adjective."""
    place = _place(ctx, text, here=False)
    if place:
        return place
    for m in _TOWN_SITTING.finditer(text):
        there = city(m.group("town"))
        if there and there[0].casefold() == m.group("town").casefold() and not _state_of(m.group("town")):
            return m.group("town")
    return None


def mentions(ctx: Context) -> list[Mention]:
    """Every mention of a sitting that names a town, in the whole text, with its features."""
    out: list[Mention] = []
    sentences = ctx.doc.sentences
    held_page = False
    for i, passage in enumerate(sentences):
        text = _text_of(ctx, passage)
        if not text or not _SITTING_NOUN.search(text):
            continue
        if _VIRTUAL.search(text):
            continue
        if _another_orgs_sitting(ctx, text):
            continue  # "in the CICA's anniversary summit last week in Astana": another's sitting, another's town
        told_held = bool(_HELD_CUE.search(text)) and not _NOT_THIS.search(text)
        held_page = held_page or told_held
        town = _town(ctx, text)
        if town is None:
            continue
        if _NOT_THIS.search(text):
            cue = "ahead"
        elif (
            _BACKGROUND.search(text)
            or _NOT_THERE.search(text)
            or _PAST_PERFECT.search(text)
            or _past_year_only(ctx, text)
        ):
            cue = "background"
        else:
            cue = "held"
        found = _body_in(text, ctx)
        days = tuple(
            m.edtf for m in find_dates(text, ctx.anchor.year) if m.kind.rstrip("?") in ("day", "days")
        )
        title = i == 0 and passage.start < 5 and not passage.norm.rstrip().endswith(".")
        where = "title" if title else "lede" if i <= 3 else "body"
        out.append(Mention(i, town, found[0] if found else None, days, cue, where))
    if held_page and ctx.anchor.place and city(ctx.anchor.place) and not _state_of(ctx.anchor.place):
        out.append(Mention(-1, ctx.anchor.place, None, (), "held", "dateline"))
    return out


def _days_agree(days: tuple[str, ...], date: DateMatch | None) -> bool:
    if not days or date is None or date.kind.rstrip("?") not in ("day", "days"):
        return True
    first, last = date.edtf.split("/")[0], date.edtf.split("/")[-1]
    return any(d.split("/")[0] <= last and first <= d.split("/")[-1] for d in days)


def _same_body(ctx: Context, mentioned: str | None, body: str) -> bool:
    if mentioned is None or mentioned == body or SITTING_ONLY.fullmatch(mentioned):
        return True
    summit = _summit_slug(ctx)
    return {mentioned, body} <= {summit, "summit"}


def merged(ctx: Context, found: list[Mention], body: str, date: DateMatch | None) -> list[Mention]:
    """The mentions that co-refer with the first reading's sitting (its body, its days), told as held."""
    return [
        m for m in found if m.cue == "held" and _same_body(ctx, m.body, body) and _days_agree(m.days, date)
    ]


def _key(place: str) -> str:
    return " ".join(place.casefold().replace("-", " ").split())


def scores(found: list[Mention], body: str) -> dict[str, int]:
    """Each town's support: the sum of its mentions' feature weights (:data:`WEIGHTS`); order-free."""
    out: dict[str, int] = {}
    for m in found:
        w = WEIGHTS[m.where]
        if m.where != "dateline":
            w += WEIGHTS["held"] if m.cue == "held" else 0
            w += WEIGHTS["names_body"] if m.body == body else 0
        out[_key(m.place)] = out.get(_key(m.place), 0) + w
    return out


def choose_place(
    ctx: Context, found: list[Mention], body: str, date: DateMatch | None, place: str | None
) -> str | None:
    """The town of the sitting: the first reading's ``place`` unless the merged mentions clearly say another;
    a town for a first reading that found none when one has :data:`FALLBACK_MIN` support and a lead."""
    kept = merged(ctx, found, body, date)
    if not kept:
        return place
    score = scores(kept, body)
    ranked = sorted(score.items(), key=lambda kv: (-kv[1], kv[0]))
    best, top = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0
    spelled = min((m.place for m in kept if _key(m.place) == best), key=lambda p: (len(p), p))
    if place is None:
        if top >= FALLBACK_MIN and top - second >= FALLBACK_MARGIN:
            return spelled
        return None
    if _state_of(place) or _state_of(spelled):
        return place  # a state (a host, read later as such): no town to contradict, none to put instead
    own = score.get(_key(place), 0)
    if best != _key(place) and top - own >= OVERRIDE_MARGIN and top - second >= FALLBACK_MARGIN:
        return spelled
    return place


# the sitting told under way or done in a headline's present tense: "Xyz summit opens in Lomé", "Xyz Council
# adopts charter", "Ministers wrap up talks"
_UNDER_WAY = re.compile(
    r"\b(?:begins?|opens?|starts?|kicks?\s+off|gets?\s+under\s+way|ends?|closes?|concludes?|wraps?\s+up"
    r"|adopts?|approves?|agrees?|endorses?|admits?|elects?|suspends?|decides?|signs?)\b",
    re.I,
)
# a sitting's own noun, or those who sit in it acting: the mention is of the sitting, not of the organization
_SITS = re.compile(
    r"\b(?:summit|meeting|session|sitting|conference|talks|heads\s+of\s+(?:state|government)|leaders"
    r"|(?:foreign\s+)?ministers)\b",
    re.I,
)
# those who sit acting at the sitting, in the past: "the heads of state adopted a charter today"
_ACTED = re.compile(
    r"\b(?:adopted|approved|agreed|endorsed|admitted|elected|suspended|decided|signed|started|launched"
    r"|opened|closed|ended)\b",
    re.I,
)
_TODAY = re.compile(r"\b(?:today|tonight|here|this\s+(?:morning|afternoon|evening))\b", re.I)

# the weights of the structural reading of a sitting no pattern read (a fallback): the headline's mention
# and the lede's, each with its own features; a sitting is read when they sum to STRUCTURAL_MIN
STRUCTURAL = {
    "title": 3,  # the headline names the organization's body and tells it sitting ("Xyz summit opens")
    "lede": 2,  # a lede sentence tells the sitting held, or its members acting at it
    "day": 2,  # a mention states the sitting's day (or "today" under a dated dateline)
    "town": 1,  # a mention names a town
}
STRUCTURAL_MIN = 7


@dataclass(frozen=True)
class Reading:
    """One mention of the structural reading: a sentence, the body it names, its day, its town, its weight."""

    passage: Passage
    body: str | None
    date: DateMatch | None
    town: str | None
    where: str


def another_sitting(ctx: Context, text: str) -> bool:
    """The sentence tells a sitting to come, of the past, of another day or organization, or one not held there:
    not the sitting the text reports."""
    from igo_timeline.extract import meeting as m  # meeting.py calls this stage: imported here

    return bool(
        _NOT_THIS.search(text)
        or _BACKGROUND.search(text)
        or _NOT_THERE.search(text)
        or _PAST_PERFECT.search(text)
        or _past_year_only(ctx, text)
        or m._OTHER_MEETING.search(text)
        or m._AHEAD.search(text)
    )


def body_told(ctx: Context, text: str) -> tuple[bool, str | None]:
    """(the sentence's sitting is the organization's, the body it names): a body named, else the rank of who
    sat with the organization named ("Xyz leaders ended their talks" -> its summit; "Xyz foreign ministers met"
    -> their council; other ministers' bodies are too many to guess); (False, None) for another organization's
    body ("the UN General Assembly adopted ...")."""
    from igo_timeline.extract import meeting as m  # meeting.py calls this stage: imported here
    from igo_timeline.extract.lede import _FOREIGN, _HEADS, _anothers, _names_org

    found = _body_in(text, ctx)
    if found is not None and _anothers(ctx, text[max(0, found[1] - 60) : found[1] + 60]):
        return False, None
    body = found[0] if found else None
    who = _FOREIGN.search(text) or _HEADS.search(text)
    if body is None and who and another_tabled(_name_around(text, who.start()), ctx.org):
        return False, None  # "The Group of 15 Foreign Ministers meeting met ...": another organization's
    if body is None and _names_org(ctx, text):
        if _FOREIGN.search(text):
            body = m._foreign_ministers_body(ctx)
        elif _HEADS.search(text):
            body = _summit_slug(ctx)
    return True, body


def _readings(ctx: Context) -> list[Reading]:
    from igo_timeline.extract import meeting as m  # meeting.py calls this stage: imported here

    out: list[Reading] = []
    sentences = ctx.doc.sentences[:8]
    for i, passage in enumerate(sentences):
        text = _text_of(ctx, passage)
        if not text or _VIRTUAL.search(text) or not _SITS.search(text):
            continue
        if another_sitting(ctx, text):
            continue
        # a headline: one of the first lines, no full stop, a few words ("Xyz Summit Adopts Charter")
        title = (
            i <= 3
            and passage.end <= max(ctx.anchor.end, 1) + 400
            and not passage.norm.rstrip().endswith((".", ":", ";"))
            and len(passage.norm.split()) <= 14
            and len(sentences) > 1
        )
        if title and not _UNDER_WAY.search(text) and not _HELD_CUE.search(text):
            continue
        if not title and not _HELD_CUE.search(text) and not _ACTED.search(text):
            continue
        theirs, body = body_told(ctx, text)
        if not theirs:
            continue  # "the UN General Assembly adopted ...": another organization's sitting
        date = m._meeting_dates(ctx, text)
        if date is None and ctx.anchor.day is not None and _TODAY.search(text):
            date = find_dates(ctx.anchor.day.isoformat())[0]
        town = _place(ctx, text, here=False)
        out.append(Reading(passage, body, date, town, "title" if title else "lede"))
    return out


def structural_sitting(ctx: Context) -> tuple[Passage, str, DateMatch | None, str | None] | None:
    """(the sentence, body, day, place) of the sitting the headline and the lede tell together, when no
    pattern read one: the body the headline (or a lede sentence) names, the day and the town the merged
    mentions state; read only when the mentions' weights (:data:`STRUCTURAL`) reach :data:`STRUCTURAL_MIN`."""
    found = _readings(ctx)
    bodies = {r.body for r in found if r.body is not None and not SITTING_ONLY.fullmatch(r.body)}
    if len(bodies) != 1:
        return None  # no body named, or two: no one sitting to read
    body = bodies.pop()
    kept = [r for r in found if r.body in (body, None) or SITTING_ONLY.fullmatch(r.body or "")]
    if not any(r.body == body and r.where == "title" for r in kept) and not any(
        r.body == body for r in kept if r.where == "lede"
    ):
        return None
    days = {r.date.edtf for r in kept if r.date is not None}
    if len(days) > 1:
        return None  # the mentions disagree on the day: no one sitting
    towns = {_key(r.town) for r in kept if r.town is not None and not _state_of(r.town)}
    if len(towns) > 1:
        return None  # nor on the town
    score = sum(STRUCTURAL[r.where] for r in {r.where: r for r in kept}.values())
    score += STRUCTURAL["day"] if days else 0
    score += STRUCTURAL["town"] if towns else 0
    if score < STRUCTURAL_MIN or (not days and ctx.anchor.day is None):
        return None
    named = next(r for r in kept if r.body == body)
    opening = next((r for r in kept if r.where == "lede"), named)
    date = next((r.date for r in kept if r.date is not None), None)
    town = next((r.town for r in kept if r.town is not None and not _state_of(r.town)), None)
    return opening.passage, body, date, town
