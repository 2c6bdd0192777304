"""The benchmarks' synthetic histories: valid under the rules, of the size asked, reproducible."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from igo_timeline import Timeline

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
import synthetic  # noqa: E402 - benchmarks/ is not a package


def test_history_appends_cleanly_with_the_count_asked() -> None:
    batches = list(synthetic.history(1203, orgs=4, seed=7))
    assert len(batches) == 4
    assert sum(len(b) for b in batches) == 1203
    kinds = Counter(e["type"] for b in batches for e in b)
    assert kinds["OrganizationFounded"] == 4
    for kind in ("StatusGranted", "StatusWithdrawn", "OfficialAppointed", "PresidencyHandedOver"):
        assert kinds[kind] > 0, kind
    with Timeline("memory:") as tl:
        added = sum(len(tl.append(batch).added) for batch in batches)
        assert added == 1203
        assert tl.org_slugs() == [synthetic.slug(k) for k in range(4)]


def test_history_is_seeded() -> None:
    assert list(synthetic.history(300, orgs=2, seed=3)) == list(synthetic.history(300, orgs=2, seed=3))
    assert list(synthetic.history(300, orgs=2, seed=3)) != list(synthetic.history(300, orgs=2, seed=4))


def test_history_in_small_batches_appends_cleanly() -> None:
    whole = [e for b in synthetic.history(400, orgs=2, seed=5) for e in b]
    chunks = list(synthetic.history(400, orgs=2, seed=5, batch=30))
    assert [e for c in chunks for e in c] == whole
    assert max(len(c) for c in chunks) == 30
    with Timeline("memory:") as tl:
        assert sum(len(tl.append(chunk).added) for chunk in chunks) == 400
