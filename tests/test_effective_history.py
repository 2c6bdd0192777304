"""The incremental effective history (what the index keeps per organization) against the whole replay.

Law: after every batch, ``EffectiveHistory`` holds exactly what ``effective_events`` gives over all
the records so far, and ``extend`` names exactly the decisions that changed, each with its decision
before. Histories mix decisions, corrections (of decisions, of corrections, of ids never recorded),
retractions, ids recorded twice and positions out of order (the cases the step-by-step fold hands
to a whole replay).
"""

from __future__ import annotations

import datetime as dt

from conftest import grant
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from igo_timeline.events import parse_event
from igo_timeline.projections.effective import EffectiveHistory, Record, effective_events

PARTIES = ("AFG", "IND", "IRN", "PAK", "MNG", "TUR")
DATES = [f"{y}-{m:02d}-01" for y in range(2002, 2012) for m in (1, 7)]
T0 = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)
SRC = {"document": "test-doc", "quote": "the words that support it"}


def _correction(target: str, payload: dict, reason: str) -> dict:
    return {
        "type": "EventCorrected",
        "org": "org",
        "target": target,
        "reason": reason,
        "source": SRC,
        "event": payload,
    }


@st.composite
def records(draw):
    """Records of one stream: decisions, corrections, retractions, some ids twice, some positions out of order."""
    out: list[Record] = []
    payloads: list[dict] = []  # the decisions' payloads, to correct
    ids: list[str] = []
    for n in range(draw(st.integers(1, 30))):
        kind = draw(st.sampled_from(["grant", "grant", "grant", "correct", "retract", "again", "unknown"]))
        if kind == "grant" or not ids:
            payload = grant(draw(st.sampled_from(PARTIES)), "member", draw(st.sampled_from(DATES)))
            event = parse_event(payload)
            payloads.append(payload)
        elif kind == "correct":
            base = draw(st.sampled_from(payloads))
            moved = {**base, "effective": draw(st.sampled_from(DATES))}
            event = parse_event(_correction(draw(st.sampled_from(ids)), moved, f"fix {n}"))
        elif kind == "retract":
            target = draw(st.sampled_from(ids))
            event = parse_event(
                {"type": "EventRetracted", "org": "org", "target": target, "reason": f"r {n}", "source": SRC}
            )
        elif kind == "again":  # an id recorded twice
            event = draw(st.sampled_from([r.event for r in out]))
        else:  # a correction of an id never recorded
            event = parse_event(_correction("0" * 64, draw(st.sampled_from(payloads)), f"u {n}"))
        if event.id:
            ids.append(event.id)
        out.append(Record(event, T0 + dt.timedelta(seconds=n), n + 1))
    if len(out) > 2 and draw(st.booleans()):  # a position out of order
        i = draw(st.integers(1, len(out) - 1))
        out[i] = Record(out[i].event, out[i].recorded_at, out[i - 1].position - 1)
    return out


@settings(deadline=None, max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(records(), st.data())
def test_the_incremental_history_is_the_whole_replay_after_every_batch(recs, data):
    history = EffectiveHistory()
    done = 0
    while done < len(recs):
        size = data.draw(st.integers(1, 5))
        before = {e.id: e for e in effective_events(recs[:done])}
        changed = history.extend(recs[done : done + size])
        done += size
        whole = effective_events(recs[:done])
        assert history.effective() == whole
        assert history.current == {e.id: e for e in whole}
        now = history.current
        expected = {i for i in before.keys() | now.keys() if before.get(i) != now.get(i)}
        # every decision that changed is named, with what it was (a name may also come back as it was)
        assert expected <= changed.keys()
        assert all(changed[i] == before.get(i) for i in changed)
        assert history.ordered(list(now)[::-1]) == whole


def test_a_history_built_at_once_is_the_same_as_one_built_batch_by_batch():
    recs = [
        Record(parse_event(grant(p, "member", d)), T0 + dt.timedelta(seconds=i), i + 1)
        for i, (p, d) in enumerate(zip(PARTIES, DATES, strict=False))
    ]
    whole = EffectiveHistory(recs)
    step = EffectiveHistory()
    for rec in recs:
        step.extend([rec])
    assert whole.effective() == step.effective() == effective_events(recs)
