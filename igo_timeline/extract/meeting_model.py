"""A learned back-off reader of the meeting a text reports: which sentence of the lede tells a sitting held.

The patterns of :mod:`meeting` and the evidence rules of :mod:`lede` read a sitting from words they list
("was held", "decided at its 44th meeting"); a new text often tells it in words none of them lists ("ended
their 55th meeting in the Central Java capital today", "reelected X ... during a session in Washington on
Friday", "The Forty-Fourth Pacific Islands Forum was held in Majuro"). Six sessions of adding such words
moved the texts that were read, not the texts that were not. This stage scores each sentence of the lede by
broad cues (a sitting's noun, a verb of holding or acting, a day, a town, the organization named, and the
cues against: a sitting to come, the organization's history, another organization's sitting) with weights
learned by logistic regression from the golds of the held-out sets written before (``tests/heldout/tools/
train_meeting_model.py``; the weights, the sets trained on and the threshold are in
``igo_timeline/data/meeting_model.json``). It runs only when both rule readers find nothing; the best
sentence above the threshold is read for its body, day and place by :mod:`lede`'s slot readers, and the
meeting is marked as read by this model.
"""

from __future__ import annotations

import json
import math
import re
from functools import cache
from importlib import resources
from typing import Any

from igo_timeline.extract.context import Context
from igo_timeline.extract.dates import DateMatch, find_dates
from igo_timeline.extract.names import find_parties, is_state
from igo_timeline.extract.text import Passage, is_byline

LEDE = 10  # sentences read: the headline, the dateline's sentence and the first paragraphs

_NOUN = re.compile(
    r"\b(?:summits?|meetings?|sessions?|sittings?|conferences?|forum|congress|assembly|council|talks"
    r"|ministerial|retreat|gathering)\b",
    re.I,
)
_SITTING = re.compile(r"\b(?:summit|meeting|session|sitting|conference|talks|retreat)s?\b", re.I)
_HELD = re.compile(
    r"\b(?:held|met|meets|convened|gathered|hosted|took\s+place|opened|ended|closed|concluded|wrapped\s+up"
    r"|kicked\s+off|got\s+under\s+way|attended|chaired|took\s+part|participated|assembled|sat)\b",
    re.I,
)
_AT_SITTING = re.compile(
    r"\b(?:at|during|after|following|on\s+the\s+sidelines\s+of|in\s+the\s+course\s+of)\s+(?:the\s+|a\s+|an\s+"
    r"|its\s+|their\s+)?(?:[\w'’-]+\s+){0,5}(?:summit|meeting|session|sitting|conference|talks)\b",
    re.I,
)
_ACT = re.compile(
    r"\b(?:decided|agreed|adopted|approved|elected|re-?elected|appointed|signed|issued|endorsed|suspended"
    r"|admitted|chose|named|resolved|voted|welcomed|granted|declared)\b",
    re.I,
)
_FUTURE = re.compile(
    r"\b(?:will|would|shall|to\s+be\s+held|next|upcoming|forthcoming|scheduled|ahead\s+of|is\s+to|are\s+to"
    r"|expected\s+to|plans?\s+to|preparations?|prepare|is\s+due|are\s+due)\b",
    re.I,
)
_PAST_PERFECT = re.compile(r"\bhad\s+(?:\w+ly\s+)?(?:been\s+)?\w+(?:ed|en|met|held)\b", re.I)
_HISTORY = re.compile(
    r"\b(?:established|founded|was\s+created|since|ago|first\s+(?:met|held)|in\s+(?:19|20)\d\d\s*,)\b", re.I
)
_RELATIVE_DAY = re.compile(
    r"\b(?:today|yesterday|tonight|this\s+(?:morning|afternoon|evening|week)"
    r"|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b",
    re.I,
)
_HEADS = re.compile(
    r"\b(?:heads?\s+of\s+(?:state|government|delegations?)|leaders|presidents|prime\s+ministers|ministers"
    r"|secretaries|representatives|delegations)\b",
    re.I,
)
_ORDINAL = re.compile(
    r"\b(?:\d+(?:st|nd|rd|th)|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\s-]\w+|first|second"
    r"|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\w+teenth)\b",
    re.I,
)
_VIRTUAL = re.compile(r"\b(?:video\s*conference|videoconference|virtual(?:ly)?|online|video\s+link)\b", re.I)
_SAID = re.compile(r"\b(?:said|says|told|stated|noted|according\s+to|added)\b", re.I)
_NEGATED = re.compile(r"\b(?:not|no|postponed|cancell?ed|called\s+off|boycott\w*|failed)\b", re.I)
_SIDELINES = re.compile(r"\b(?:sidelines|margins?|fringes?)\b", re.I)
_QUESTION = re.compile(r"\?\s*$")


@cache
def model() -> dict[str, Any]:
    """The learned weights, bias and threshold (``igo_timeline/data/meeting_model.json``)."""
    return json.loads(resources.files("igo_timeline.data").joinpath("meeting_model.json").read_text("utf-8"))


def lede(ctx: Context) -> list[Passage]:
    """The sentences the model reads: the lede's, bylines left out."""
    return [s for s in ctx.doc.sentences if not is_byline(s)][:LEDE]


def words(ctx: Context, passage: Passage) -> str:
    """A sentence's words after the dateline."""
    if passage.start < ctx.anchor.end:
        return " ".join(ctx.doc.text[ctx.anchor.end : passage.end].split())
    return passage.norm


def features(ctx: Context, text: str, k: int) -> dict[str, float]:
    """The cues of sentence ``k`` of the lede (its words ``text``), each 0 or 1 but the position."""
    from igo_timeline.extract import lede as rules
    from igo_timeline.extract import meeting as m

    dates = find_dates(text, ctx.anchor.year)
    days = [d for d in dates if d.kind.rstrip("?") in ("day", "days")]
    years = {int(y) for y in re.findall(r"\b(?:19|20)\d{2}\b", text)}
    others = [
        p for p in find_parties(text, exclude=[ctx.org]) if p.value != ctx.org and not is_state(p.value)
    ]
    cues = {
        "noun": _NOUN.search(text),
        "sitting": _SITTING.search(text),
        "held": _HELD.search(text),
        "at_sitting": _AT_SITTING.search(text),
        "act": _ACT.search(text),
        "future": _FUTURE.search(text),
        "past_perfect": _PAST_PERFECT.search(text),
        "history": _HISTORY.search(text) or m._BACKGROUND.search(text),
        "day": days,
        "relative_day": _RELATIVE_DAY.search(text),
        "other_year": ctx.anchor.year is not None and bool(years - {ctx.anchor.year}),
        "place": m._place(ctx, text) is not None,
        "org_named": rules._names_org(ctx, text),
        "body_named": rules._body_named(ctx, text) is not None,
        "other_org": others and not rules._names_org_by_name(ctx, text),
        "heads": _HEADS.search(text),
        "ordinal": _ORDINAL.search(text),
        "virtual": _VIRTUAL.search(text),
        "said": _SAID.search(text),
        "negated": _NEGATED.search(text),
        "sidelines": _SIDELINES.search(text),
        "question": _QUESTION.search(text),
        "headline": k == 0,
        "long": len(text) > 200,
    }
    out = {name: 1.0 if value else 0.0 for name, value in cues.items()}
    out["position"] = 1.0 / (1.0 + k)
    return out


def probability(cues: dict[str, float]) -> float:
    """The model's probability that a sentence with these cues tells the sitting the text reports."""
    weights = model()
    z = weights["bias"] + sum(weights["weights"].get(name, 0.0) * value for name, value in cues.items())
    return 1.0 / (1.0 + math.exp(-z))


def model_meeting(ctx: Context) -> tuple[Passage, str, DateMatch | None, str | None, float] | None:
    """(the sentence, body, day, place, probability) of the sitting the lede's best sentence tells, when its
    probability reaches the model's threshold and a body of the organization is read for it; else None."""
    from igo_timeline.extract import lede as rules
    from igo_timeline.extract import meeting as m

    told = lede(ctx)
    scored = sorted(
        ((probability(features(ctx, words(ctx, p), k)), k, p) for k, p in enumerate(told)),
        key=lambda x: (-x[0], x[1]),
    )
    threshold = model()["threshold"]
    for p, k, passage in scored:
        if p < threshold:
            return None
        text = words(ctx, passage)
        before = [words(ctx, s) for s in told[max(0, k - 2) : k]]
        body = rules._body(ctx, text, None, before)
        if body is None or rules._anothers(ctx, text):
            continue
        date = m._meeting_dates(ctx, text)
        if date is None and before:
            date = rules._day_before(ctx, before)
        return passage, body, date, rules._where(ctx, text, before), p
    return None
