"""Identities figures: a party's memberships across the whole COW store, against one state query.

``memberships_cow`` is the median time of ``memberships(KAZ, 2010-01-01)`` (no ``known_at``)
on a store holding the full COW data (534 organizations) and the bundled SCO, linked as the
same, over the median time of one ``state`` query (cow-un on the same day) in the same run,
the three measured in turns (target: a ratio of at most 5). The query reads the index's party-keyed spells in one
lookup and folds no organization from the log. ``memberships_cow_russia`` is the same for
Russia, answered through COW's lineage column ``cow:365``. ``memberships_cow_year`` is
``memberships(KAZ, 2010)``, the year as a whole (what held every day, partly, changes,
uncertain), over one period ``state`` query (cow-un, 2010) in the same run (target: at most 5).
Run alone:

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


def _medians(runs: dict, times: int) -> dict[str, float]:  # noqa: ANN001 - thunks
    """The median time of each thunk, measured in turns (round after round, each once), so that
    the noise of a shared machine falls on all of them alike."""
    spent: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(times):
        for name, run in runs.items():
            start = time.perf_counter()
            run()
            spent[name].append(time.perf_counter() - start)
    return {name: statistics.median(values) for name, values in spent.items()}


def figures(quick: bool, cow: str | Path | None = None) -> dict[str, dict]:
    from igo_timeline import Timeline
    from igo_timeline.cli.common import load_text, read_bundled
    from igo_timeline.cow import import_cow
    from igo_timeline.projections.memberships import memberships
    from igo_timeline.projections.period import parse_period

    year = parse_period(str(DAY.year))

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
        for warm in (
            lambda: t.state("cow-un", DAY),
            lambda: memberships(t, "KAZ", DAY),
            lambda: memberships(t, "RUS", DAY),
            lambda: t.period_state("cow-un", year),
            lambda: memberships(t, "KAZ", year),
        ):
            warm()  # the first query of each decodes its rows once
        medians = _medians(
            {
                "state": lambda: t.state("cow-un", DAY),
                "kaz": lambda: memberships(t, "KAZ", DAY),
                "rus": lambda: memberships(t, "RUS", DAY),
                "state_year": lambda: t.period_state("cow-un", year),
                "kaz_year": lambda: memberships(t, "KAZ", year),
            },
            times,
        )
        state, kaz, rus = medians["state"], medians["kaz"], medians["rus"]
        listed = len(memberships(t, "KAZ", DAY)["memberships"])
        over_year = memberships(t, "KAZ", year)
    baseline = f"one state query (cow-un, {DAY}) on {orgs} organizations ({which})"
    out = {
        "memberships_cow": figure(kaz * 1000, "ms", baseline, state * 1000, 5.0, higher=False),
        "memberships_cow_russia": figure(rus * 1000, "ms", baseline, state * 1000, 5.0, higher=False),
    }
    out["memberships_cow"]["organizations_listed"] = listed
    out["memberships_cow_year"] = figure(
        medians["kaz_year"] * 1000,
        "ms",
        f"one state query over {year.text} (cow-un) on {orgs} organizations ({which})",
        medians["state_year"] * 1000,
        5.0,
        higher=False,
    )
    out["memberships_cow_year"]["every_day"] = len(over_year["memberships"])
    out["memberships_cow_year"]["uncertain"] = len(over_year["uncertain"])
    return out


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--quick"]
    for key, value in figures("--quick" in sys.argv, args[0] if args else None).items():
        print(key, value)
