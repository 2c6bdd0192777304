"""Laws of the index's rows that its speed rests on: the rows' JSON is the json module's, byte for
byte, whichever encoder writes it; rows taken from an organization's cache of rows made before
(and rows made for a few groups only) are the rows made afresh from the whole."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st
from test_properties import append_shuffled, histories

from igo_timeline import Timeline
from igo_timeline.index.rows import Payloads, _dumps, _dumps_sorted, fact_rows
from igo_timeline.projections.effective import decisions, effective_events
from igo_timeline.projections.facts import build_facts

# what a row holds: text (any character, control characters and lone surrogates included),
# integers (beyond 64 bits too), booleans, null, lists and objects with text keys
TEXT = st.text(
    st.characters(min_codepoint=0, max_codepoint=0x10FFFF, exclude_categories=())
) | st.sampled_from(["\ud800", "a\udfffb", "\x00\x1f\x7f\u2028\u2029", 'q"\\/', "é😀"])
SCALARS = st.none() | st.booleans() | st.integers() | TEXT
VALUES = st.recursive(SCALARS, lambda inner: st.lists(inner) | st.dictionaries(TEXT, inner), max_leaves=30)


@given(VALUES)
def test_the_rows_json_is_the_json_modules_byte_for_byte(value):
    def json_module(sort: bool) -> str | None:
        try:
            return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=sort)
        except (TypeError, ValueError):
            return None

    for sort, encode in ((False, _dumps), (True, _dumps_sorted)):
        want = json_module(sort)
        if want is None:
            continue
        assert encode(value) == want


@settings(max_examples=40, deadline=None)
@given(histories(), st.randoms(use_true_random=False), st.data())
def test_rows_made_from_the_cache_and_for_some_groups_are_the_rows_made_afresh(events, rnd, data):
    """An organization's rows, made batch after batch with one cache of rows (as the index makes
    them), and for a few groups only, equal the rows made from its whole history with none."""
    with Timeline("memory:") as t:
        append_shuffled(t, events, rnd)
        records = t.records("org")
    cache = Payloads()  # kept across the prefixes: the same event objects, rows made before
    cuts = sorted({*data.draw(st.lists(st.integers(1, len(records)), max_size=6)), len(records)})
    for cut in cuts:
        effective = effective_events(records[:cut])
        facts = build_facts(decisions(effective))
        fresh = fact_rows(facts, effective, Payloads())
        assert fact_rows(facts, effective, cache) == fresh
        groups = sorted({row.group for row in fresh})
        only = set(data.draw(st.lists(st.sampled_from(groups), max_size=4)))
        assert fact_rows(facts, effective, cache, only=only) == [r for r in fresh if r.group in only]
