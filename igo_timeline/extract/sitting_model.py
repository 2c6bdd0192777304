"""The sentence that tells a text's sitting held, chosen by weights learned from the held-out golds.

The patterns of ``meeting.py`` and the back-off readings (``lede.py``, ``sitting_choice.py``) read a sitting where
a sentence is worded as they expect. Where none reads one, this stage scores every sentence of the text with a
logistic model: the sentence's words (a word kept only when the texts of many organizations use it, so that no
organization's or town's name carries weight), its place in the text, and what the other stages find in it (a
body, a day, a town, a cue of a sitting held, to come or past). The weights are learned from the golds of the
held-out sets (each gold meeting's quote marks its sentence) by ``tests/heldout/tools/train_sitting.py`` with
scikit-learn, cross-validated by set, and stored in ``igo_timeline/data/sitting_model.json``; reading them needs no
library: a sentence's score is the logistic of the sum of its features' weights.

A sentence scored at least the model's threshold, the best of the text, is read as the sitting's opening with the
slot readers every stage shares (body, days, town); it is emitted only where it names a body (or the rank of who
sat, with the organization named) and a day (its own, or the dated dateline's).
"""

from __future__ import annotations

import json
import math
import re
from functools import cache
from importlib import resources

from igo_timeline.extract.context import Context
from igo_timeline.extract.dates import _WEEKDAYS, MONTHS, DateMatch, find_dates
from igo_timeline.extract.meeting_body import _body_in
from igo_timeline.extract.meeting_held import _BACKGROUND, _HELD, _NOT_THIS, _VIRTUAL, _past_year_only
from igo_timeline.extract.meeting_place import _place, _state_of
from igo_timeline.extract.sitters import sitters_body
from igo_timeline.extract.sitting_choice import (
    _PAST_PERFECT,
    _SITTING_NOUN,
    _TODAY,
    another_sitting,
    body_told,
)
from igo_timeline.extract.text import Passage

_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*|\d+")


def _token(word: str, org: str) -> str:
    low = word.lower()
    if low == org:
        return "<org>"
    if low.isdigit():
        return "<year>" if len(low) == 4 else "<num>"
    if low in MONTHS:
        return "<month>"
    if low in _WEEKDAYS:
        return "<weekday>"
    return low


def words_of(ctx: Context, passage: Passage) -> str:
    """The sentence's words, the dateline no part of them."""
    if passage.start < ctx.anchor.end < passage.end:
        return " ".join(ctx.doc.text[ctx.anchor.end : passage.end].split())
    return passage.norm


def features(ctx: Context, index: int, passage: Passage) -> list[str]:
    """The features of one sentence (``index`` its place among the text's sentences)."""
    text = words_of(ctx, passage)
    tokens = [_token(w, ctx.org) for w in _WORD.findall(text)]
    out = [f"w:{t}" for t in set(tokens)]
    out += [f"b:{a}_{b}" for a, b in set(zip(tokens, tokens[1:], strict=False))]
    out.append(f"pos:{min(index, 8)}")
    headline = index == 0 and not passage.norm.rstrip().endswith((".", ":", ";"))
    if headline:
        out.append("headline")
    if passage.start < ctx.anchor.end < passage.end:
        out.append("dateline")
    out.append(f"len:{min(len(tokens) // 10, 5)}")
    dates = find_dates(text, ctx.anchor.year)
    kinds = {d.kind.rstrip("?") for d in dates}
    out += [f"date:{k}" for k in kinds]
    flags = {
        "held": _HELD,
        "not_this": _NOT_THIS,
        "background": _BACKGROUND,
        "virtual": _VIRTUAL,
        "past_perfect": _PAST_PERFECT,
        "today": _TODAY,
        "sitting_noun": _SITTING_NOUN,
    }
    out += [f"cue:{name}" for name, rx in flags.items() if rx.search(text)]
    if _past_year_only(ctx, text):
        out.append("cue:past_year")
    if _body_in(text, ctx) is not None:
        out.append("has_body")
    town = _place(ctx, text, here=False)
    if town is not None:
        out.append("has_state" if _state_of(town) else "has_town")
    return out


@cache
def model() -> dict[str, object]:
    """The stored weights: ``bias``, ``threshold``, ``weights`` (feature -> weight)."""
    data = resources.files("igo_timeline").joinpath("data/sitting_model.json").read_text("utf-8")
    loaded: dict[str, object] = json.loads(data)
    return loaded


def probability(bias: float, weights: dict[str, float], feats: list[str]) -> float:
    """The logistic of the bias and the weights of ``feats`` (a feature without a weight weighs nothing)."""
    z = bias + sum(weights.get(f, 0.0) for f in feats)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def score(feats: list[str]) -> float:
    """The stored model's probability that a sentence of these features tells the text's sitting held."""
    m = model()
    weights = m["weights"]
    assert isinstance(weights, dict)
    bias = m["bias"]
    assert isinstance(bias, float)
    return probability(bias, weights, feats)


def scored(ctx: Context) -> list[tuple[float, int, Passage]]:
    """Every sentence's score, best first (ties: the earlier sentence)."""
    out = [(score(features(ctx, i, p)), i, p) for i, p in enumerate(ctx.doc.sentences)]
    return sorted(out, key=lambda t: (-t[0], t[1]))


def learned_sitting(ctx: Context) -> tuple[Passage, str, DateMatch | None, str | None] | None:
    """(the sentence, body, day, place) of the best-scored sentence, when it reaches the threshold and names a
    body and a day (its own or the dated dateline's); else None."""
    threshold = model()["threshold"]
    assert isinstance(threshold, float)
    ranked = scored(ctx)
    if not ranked or ranked[0][0] < threshold:
        return None
    return _reading(ctx, ranked[0][2])


def _reading(ctx: Context, passage: Passage) -> tuple[Passage, str, DateMatch | None, str | None] | None:
    """(the sentence, body, day, place) the slot readers find in ``passage``, when it names a body and a day."""
    from igo_timeline.extract import meeting as m  # meeting.py calls this stage: imported here

    text = words_of(ctx, passage)
    # a sitting to come, of the past, of another day or another's: not the one the text reports
    if _VIRTUAL.search(text) or another_sitting(ctx, text) or m._elsewhen(ctx, text, spans=True):
        return None
    theirs, body = body_told(ctx, text)
    if not theirs or body is None:
        return None
    k = ctx.doc.sentences.index(passage)
    following = ctx.doc.sentences[k + 1].norm if k + 1 < len(ctx.doc.sentences) else ""
    body = (
        sitters_body(ctx, text, body, following) or body
    )  # ministers who sat ahead of a summit (sitters.py)
    date = m._meeting_dates(ctx, text)
    if date is None:
        if ctx.anchor.day is None or any(
            d.kind.rstrip("?") in ("day", "days") for d in find_dates(text, ctx.anchor.year)
        ):
            return None  # no day, or another day than the sitting's: no sitting placed
        date = find_dates(ctx.anchor.day.isoformat())[0]
    town = _place(ctx, text, here=False)
    return passage, body, date, town
