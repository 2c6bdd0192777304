"""Identities figures: a party's memberships across the whole COW store, against one state query.

``memberships_cow`` is the median time of ``memberships(KAZ, 2010-01-01)`` (no ``known_at``)
on a store holding the full COW data (534 organizations) and the bundled SCO, linked as the
same, over the median time of one ``state`` query (cow-un on the same day) in the same run
(target: a ratio of at most 5). The query reads the index's party-keyed spells in one
lookup and folds no organization from the log. ``memberships_cow_russia`` is the same for
Russia, answered through COW's lineage column ``cow:365``. Run alone:

    python benchmarks/bench_identities.py [--quick] [PATH]
"""

from __future__ import annotations

import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path

from figures import cow_kind, cow_source, figure  # run.py puts this folder on sys.path

DAY = dt.date(2010, 1, 1)


def _median(run, times: int) -> float:  # noqa: ANN001 - a thunk
    spent = []
    for _ in range(times):
        start = time.perf_counter()
        run()
        spent.append(time.perf_counter() - start)
    return statistics.median(spent)


def figures(quick: bool, cow: str | Path | None = None) -> dict[str, dict]:
    from igo_timeline import Timeline
    from igo_timeline.cli.common import load_text, read_bundled
    from igo_timeline.cow import import_cow
    from igo_timeline.projections.memberships import memberships

    src = cow_source(cow)
    which = cow_kind(src)
    times = 15 if quick else 41
    with tempfile.TemporaryDirectory() as tmp, Timeline(str(Path(tmp) / "cow.sqlite")) as t:
        import_cow(t, src)
        text, name = read_bundled("sco")
        t.append(load_text(text, name))
        t.record_identities([{"type": "OrganizationsLinked", "org": "cow-sco", "same_as": "sco"}])
        t.index.catch_up()
        orgs = len(t.org_slugs())
        state = _median(lambda: t.state("cow-un", DAY), times)
        kaz = _median(lambda: memberships(t, "KAZ", DAY), times)
        rus = _median(lambda: memberships(t, "RUS", DAY), times)
        listed = len(memberships(t, "KAZ", DAY)["memberships"])
    baseline = f"one state query (cow-un, {DAY}) on {orgs} organizations ({which})"
    out = {
        "memberships_cow": figure(kaz * 1000, "ms", baseline, state * 1000, 5.0, higher=False),
        "memberships_cow_russia": figure(rus * 1000, "ms", baseline, state * 1000, 5.0, higher=False),
    }
    out["memberships_cow"]["organizations_listed"] = listed
    return out


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--quick"]
    for key, value in figures("--quick" in sys.argv, args[0] if args else None).items():
        print(key, value)
