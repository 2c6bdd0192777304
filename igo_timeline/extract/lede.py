"""A back-off reader of the meeting a text reports, for texts none of ``find_meeting``'s patterns read.

The patterns of :mod:`meeting` read whole sentences; a new text often tells its sitting in words none of
them knows. This stage reads the lede region (the headline, the dateline and the first paragraphs) from
evidence instead: a sitting's noun told as held in the past (held, met, ended, "decided at its 44th
meeting", "a communique issued after an extraordinary session of X"), the body it is a sitting of (named
after the noun, the subject acting, a body the lede names, else the rank of who sat: heads of state sit
at the summit, foreign ministers in their council), a day and a place. Whatever blocks the patterns (a
sitting to come, the organization's history, another organization's sitting, a past perfect) blocks this
too; the stage is tuned for precision: a sitting's noun alone, or a body acting with no sitting named
("the Council chose X on Wednesday"), is no meeting.
"""

from __future__ import annotations

import re

from igo_timeline.extract.context import Context
from igo_timeline.extract.dates import DateMatch, find_dates
from igo_timeline.extract.meeting_body import _CHOSEN
from igo_timeline.extract.names import another_tabled, find_parties, is_state, resolve_body, spells_slug
from igo_timeline.extract.places import city
from igo_timeline.extract.text import Passage, is_byline

_SITTING = r"(?:summit|meeting|session|sitting|conference|talks)"
# a sitting as the scene of an act told in the past: "decided at its 44th meeting", "was taken at a meeting
# held at the city hall", "a communique issued after an Extraordinary Session by video conference of the X"
_ACT = (
    r"(?:decided|agreed|resolved|adopted|approved|endorsed|suspended|lifted|restored|readmitted|admitted|elected"
    r"|re-elected|appointed|chose|picked|named|voted|issued|signed|took\s+(?:the|a|this|that)\s+decision"
    r"|released|published|(?:was|were)\s+(?:taken|made|reached|adopted|approved|agreed|issued|signed|decided|released))"
)
_AT_SITTING = re.compile(
    rf"(?:(?<!,\s)\b{_ACT}\b(?P<between>[^.;]{{0,120}}?)\b(?:at|after|during|following|in\s+the\s+course\s+of)"
    # "a final communique of Extraordinary Summit of X", "the communique issued at the close of the X Meeting"
    r"|\bcommuniqu[eé]s?\s+(?:issued\s+)?(?:of|at|after|following))\s+"
    r"(?:(?:the\s+)?(?:close|end|conclusion|opening|start)\s+of\s+)?"
    rf"(?:(?P<det>a|an|the|its|their)\s+)?(?P<mods>(?:[\w'’,-]+\s+){{0,5}}?)(?P<noun>{_SITTING})\b"
    r"(?P<rest>[^.;]*)",
    re.I,
)
# a sitting told held in its own words: "the meeting, held in X", "a special session ... ended on Friday"
_SITTING_HELD = re.compile(
    rf"\b(?P<noun>{_SITTING})\b(?P<rest>[^.;]{{0,100}}?)\b(?:(?:was|were)\s+(?:held|convened|opened|hosted|attended)"
    r"|took\s+place|ended|concluded|closed|wrapped\s+up|came\s+to\s+(?:a|an)\s+(?:close|end)|held\s+(?:in|at|on))\b",
    re.I,
)
_NOT_A_SITTING = re.compile(
    r"\b(?:press|news)\s+conferences?\b|\bpeace\s+talks\b|\bphone\s+talks\b|\btelephone\b", re.I
)
_PAST_PERFECT = re.compile(
    r"\bhad\s+(?:\w+ly\s+)?(?:been\s+)?\w+ed\b|\bhad\s+(?:met|held|taken|made)\b", re.I
)
# who sat, by rank
_HEADS = re.compile(
    r"\b(?:heads\s+of\s+state|leaders|presidents|heads\s+of\s+government|prime\s+ministers)\b", re.I
)
_FOREIGN = re.compile(r"\b(?:foreign\s+ministers|ministers\s+of\s+foreign\s+affairs)\b", re.I)
_MINISTERS = re.compile(r"\b(?:[a-z]+\s+)?ministers\b", re.I)
# a body named by a capitalized name with a body's head noun ("Commonwealth Ministerial Action Group (CMAG)")
_A_BODY = re.compile(
    r"\b(?:[A-Z][\w'’-]*\s+(?:of\s+(?:the\s+)?|and\s+)?){0,6}(?:Council|Assembly|Authority|Committee|Board|Group|Conference|Commission|Congress)\b"
    r"(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s*(?:of\s+|and\s+)?){1,6})?"
)
_RANKS = frozenset(
    "defence defense finance trade economy economic health agriculture energy interior justice".split()
)
_LEDE_SENTENCES = 8


def lede_meeting(ctx: Context) -> tuple[Passage, str, DateMatch | None, str | None] | None:
    """(the sentence, body, day, place) of the sitting the lede reports held, or None."""
    from igo_timeline.extract import meeting as m  # meeting.py calls this stage: imported here

    told = [s for s in ctx.doc.sentences if not is_byline(s)][:_LEDE_SENTENCES]
    for k, passage in enumerate(told):
        text = _words_after_dateline(ctx, passage)
        text = m.heading_read(ctx, text)  # a heading in capitals, when no sentence tells the sitting held
        sitting = _sitting_told(text)
        if sitting is None or _blocked(ctx, text, sitting) or _anothers(ctx, sitting.group()):
            continue
        if another_tabled(m._name_around(text, sitting.start()), ctx.org):
            continue  # "The Group of Twenty Leaders' Summit met": another organization's sitting
        before = [_words_after_dateline(ctx, s) for s in told[max(0, k - 2) : k]]
        body = _body(ctx, text, sitting, before)
        if body is None:
            continue
        date = m._meeting_dates(ctx, text)
        if date is None and ctx.anchor.day is None:
            continue  # a sitting no day of the text places
        if date is None and any(
            d.kind.rstrip("?") in ("day", "days") for d in find_dates(text, ctx.anchor.year)
        ):
            continue  # "the Conference, which at its 22nd session, held on 25 March, ...": a sitting weeks before
        if date is None and before:
            date = _day_before(ctx, before)  # "X today suspended Y. The decision was taken at a meeting"
        return passage, body, date, _where(ctx, text, before)
    return None


def _day_before(ctx: Context, before: list[str]) -> DateMatch | None:
    """The day the sentence before the lede's sitting gives its act, a sentence of the organization's history
    between them passed over ("At a summit on 2 and 3 March 1996, leaders adopted ... The X was founded 16
    years ago. The meeting was attended by ...")."""
    from igo_timeline.extract import meeting as m

    for prior in reversed(before):
        if not _NOT_THIS_OR_PAST(ctx, prior):
            return m._meeting_dates(ctx, prior)
        if m._NOT_THIS.search(prior) or _PAST_PERFECT.search(prior) or find_dates(prior):
            return None  # a sitting to come, a past perfect, or another day: nothing of this sitting's
    return None


def _NOT_THIS_OR_PAST(ctx: Context, text: str) -> bool:  # noqa: N802 (a predicate named for what it blocks)
    from igo_timeline.extract import meeting as m

    return bool(m._NOT_THIS.search(text) or _PAST_PERFECT.search(text) or m._BACKGROUND.search(text))


def _words_after_dateline(ctx: Context, passage: Passage) -> str:
    """The sentence's words, the dateline no part of them."""
    if passage.start < ctx.anchor.end:
        return " ".join(ctx.doc.text[ctx.anchor.end : passage.end].split())
    return passage.norm


def _sitting_told(text: str) -> re.Match[str] | None:
    """The sitting a sentence tells held, as the scene of an act or in its own words."""
    if _NOT_A_SITTING.search(text):
        text = _NOT_A_SITTING.sub(lambda x: " " * len(x.group()), text)
    return _AT_SITTING.search(text) or _SITTING_HELD.search(text)


def _blocked(ctx: Context, text: str, sitting: re.Match[str]) -> bool:
    """What blocks the patterns blocks this stage: a sitting to come or named ahead, the organization's
    history, a past perfect, a day years before the text's, a sitting on another's sidelines."""
    from igo_timeline.extract import meeting as m

    upto = text[: sitting.end()]
    years = {int(y) for y in re.findall(r"\b(?:19|20)\d{2}\b", sitting.group())}
    if years and ctx.anchor.year is not None and years != {ctx.anchor.year}:
        return True  # "signed in 2001 at a summit", "decided at its 2019 summit": a sitting of another year
    return bool(
        m._NOT_THIS.search(text)
        or m._OTHER_MEETING.search(text)
        or m._AHEAD.search(text)
        or (m._BACKGROUND.search(text) and not re.search(r"\b(?:today|this\s+week)\b", text, re.I))
        or _PAST_PERFECT.search(upto)
        # the sitting told in a relative clause ("the Conference, which at its 22nd session ...") is background
        or re.search(r",\s+(?:which|who|whose|where)\b[^.;]*$", text[: sitting.start()])
        or m._HELD_NO_MEETING.search(text)
        or m._elsewhen(ctx, text, spans=True)
        or m._past_year_only(ctx, text)
        or re.search(r"\b(?:sidelines|margins?|fringes?)\s+of\s+(?:the|a|an)\s+[^.;]*$", upto, re.I)
    )


def _body(ctx: Context, text: str, sitting: re.Match[str] | None, before: list[str]) -> str | None:
    """The body that sat: named after the sitting's noun, the body named in the sentence (its subject), a
    body the lede names just before, else the rank of who sat (heads -> the summit, foreign ministers ->
    their council, other ministers -> the council of ministers). Another organization's body is None."""
    from igo_timeline.extract import meeting as m

    for said in [text, *(e for e in reversed(before) if not _NOT_THIS_OR_PAST(ctx, e))]:
        slug = _body_named(ctx, said)
        if slug:
            return slug
    for said in [text, *reversed(before)]:
        who = _FOREIGN.search(said) or _HEADS.search(said)
        if who and another_tabled(m._name_around(said, who.start()), ctx.org):
            continue  # "The Group of 15 Foreign Ministers meeting ...": another organization's ministers
        if _FOREIGN.search(said):
            return m._foreign_ministers_body(ctx)
        if _HEADS.search(said) and _names_org(ctx, said):
            return m._summit_slug(ctx)
        ministers = _MINISTERS.search(said)
        if ministers and _names_org(ctx, said):
            return ministers_body(ctx, ministers.group())
    return None


def ministers_body(ctx: Context, ministers: str) -> str:
    """The body ministers sit in: "foreign ministers" -> the organization's foreign ministers' body; "the
    defence ministers" -> their council, as "... of their council" names it (_their_body); others -> the
    council of ministers."""
    from igo_timeline.extract import meeting as m

    if _FOREIGN.search(ministers):
        return m._foreign_ministers_body(ctx)
    rank = ministers.casefold().split()[-2:]
    if len(rank) == 2 and rank[0] in _RANKS:
        words = f"Council of {rank[0].title()} Ministers"
        return resolve_body(words, ctx.bodies, ctx.org) or f"council-of-{rank[0]}-ministers"
    return resolve_body("Council of Ministers", ctx.bodies, ctx.org) or "council-of-ministers"


def _body_named(ctx: Context, words: str) -> str | None:
    """The organization's body a sentence names: one of its tables' names, else a capitalized body's name it
    owns."""
    from igo_timeline.extract import meeting as m

    named = m._body_in(words, ctx)
    if named is not None:
        return named[0]
    return next(
        (
            slug
            for phrase in _A_BODY.finditer(words)
            # "chose a new Executive Committee at ... its General Assembly": the body chosen is no sitting
            if not _CHOSEN.search(words[max(0, phrase.start() - 50) : phrase.start()])
            and (slug := _own_body(ctx, phrase.group()))
        ),
        None,
    )


def _own_body(ctx: Context, phrase: str) -> str | None:
    """A capitalized body's name the organization owns (its name or abbreviation in it, or a table's body):
    the slug of the body's own words; another organization's or a state's body is None."""
    from igo_timeline.extract import meeting as m

    others = [p for p in find_parties(phrase, exclude=[ctx.org]) if p.value != ctx.org]
    if any(is_state(p.value) for p in others) or (others and not _names_org(ctx, phrase)):
        return None
    slug = resolve_body(re.sub(r"^(?:The|the)\s+", "", phrase), ctx.bodies, ctx.org)
    if slug:
        return slug
    if not _names_org(ctx, phrase):
        return None
    return m._generic_body(phrase, ctx)


def _names_org(ctx: Context, text: str) -> bool:
    """Whether a phrase names the organization: its abbreviation, a name the text defines, its slug."""
    from igo_timeline.extract import meeting as m

    if _names_org_by_name(ctx, text):
        return True
    low = text.casefold()
    words = {ctx.org.casefold(), *(a.casefold() for a in m._abbreviations(ctx))}
    if any(re.search(rf"\b{re.escape(w)}\b", low) for w in words if w):
        return True
    return any(n.casefold() in low for n in m._defined_names(ctx)) or bool(
        re.search(r"\b(?:its|their|the\s+(?:bloc|group|organi[sz]ation|union|community|alliance))\b", low)
    )


_NAME_RUN = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:(?:of|and|for|on|in|the)\s+)*[A-Z][\w'’-]*)*")


def _names_org_by_name(ctx: Context, text: str) -> bool:
    """Whether a phrase names the organization by its name: its abbreviation, or a run of capitalized words
    whose initials spell it ("Economic Community of Central African States" for eccas)."""
    from igo_timeline.extract import meeting as m

    if m._names_own_org(text, ctx):
        return True
    return any(spells_slug(run.group(), ctx.org) for run in _NAME_RUN.finditer(text))


def _anothers(ctx: Context, phrase: str) -> bool:
    """Whether a sitting's words name another organization (not a state) and not this one: "the decision
    adopted by the African Union Peace and Security Council at its meeting" read for IGAD."""
    others = [
        p for p in find_parties(phrase, exclude=[ctx.org]) if p.value != ctx.org and not is_state(p.value)
    ]
    return bool(others) and not _names_org_by_name(ctx, phrase)


def _where(ctx: Context, text: str, before: list[str]) -> str | None:
    """The sentence's place, else the one just before it, else the dateline's town (not for a sitting by
    video)."""
    from igo_timeline.extract import meeting as m

    if m._VIRTUAL.search(text):
        return None
    for said in [text, *reversed(before)]:
        place = m._place(ctx, said, here=said is text)
        if place:
            return place
    if ctx.anchor.place and city(ctx.anchor.place):
        return ctx.anchor.place
    return None
