"""Apply the SCO's heads-of-state held-out texts 2013-2025 in order, then check the state the day after each summit.

Usage (from the repository root)::

    PYTHONPATH=$PWD python tests/heldout/sequence.py [--misses]

The store starts as the record after the 2012 summit:
``igo import --bundled sco --until 2012-06-07`` (the bundled chronicle's events
decided or starting on or before that day). The 13 texts are applied
with one ``igo extract FILE... --org sco --apply`` (each file its own batch,
in the order of their meetings). Then, the day after each summit, four checks
against ``/work/shared/data/sco-history-facts-2013-2025.md`` (the expected
values below cite its rows): the members, the partners (every party holding
a non-member status: observer, dialogue partner, partner), the
Secretary-General and the presidency.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
from pathlib import Path

from click.testing import CliRunner

from igo_timeline import Timeline
from igo_timeline.cli import main as igo

HERE = Path(__file__).resolve().parent
TEXTS = [
    "sco-2013-bishkek-xinhua", "sco-2014-dushanbe-press-release", "sco-2015-ufa-tass",
    "sco-2016-tashkent-documents-list", "sco-2017-astana-press-release", "sco-2018-qingdao-numbered",
    "sco-2019-bishkek-kabar", "sco-2020-videoconference", "sco-2021-dushanbe-sputnik",
    "sco-2022-samarkand-xinhua", "sco-2023-virtual-new-delhi", "sco-2024-astana-kazinform",
    "sco-2025-tianjin-list",
]  # fmt: skip
FOUNDERS = {"CHN", "KAZ", "KGZ", "RUS", "TJK", "UZB"}
# facts sheet §1: the partners (observers and dialogue partners) after the 2012 summit
PARTNERS_2012 = {"MNG", "IND", "IRN", "PAK", "AFG", "LKA", "BLR", "TUR"}


def expected() -> list[tuple[str, dt.date, set[str], set[str], str, str]]:
    """(summit, last day, members, partners, Secretary-General, presidency) the day after each summit.

    Members: §4 rows 4.7 (IND, PAK 2017-06-09), 4.18 (IRN 2023-07-04), 4.20 (BLR 2024-07-04).
    Partners: §1; rows 4.2 (BLR observer 2015), 4.4 (AZE, ARM, KHM, NPL 2015), 4.7 (IND, PAK leave
    2017), 4.9 (EGY, QAT, SAU decided 2021-09-17; dated by the decision, as the earlier sheet dates
    grants), 4.15 (BHR, MDV, ARE, KWT, MMR decided 2022-09-16), 4.18, 4.20 (IRN, BLR leave), 5.2 (LAO).
    Secretary-General: §6 (Mezentsev 2013-2015, Alimov 2016-2018, Norov 2019-2021, Zhang Ming
    2022-2024, Yermekbayev from 2025). Presidency: §3 rows 3.2-3.14.
    """
    rows = [
        ("2013 Bishkek", "2013-09-13", "Mezentsev", "TJK"),
        ("2014 Dushanbe", "2014-09-12", "Mezentsev", "RUS"),
        ("2015 Ufa", "2015-07-10", "Mezentsev", "UZB"),
        ("2016 Tashkent", "2016-06-24", "Alimov", "KAZ"),
        ("2017 Astana", "2017-06-09", "Alimov", "CHN"),
        ("2018 Qingdao", "2018-06-10", "Alimov", "KGZ"),
        ("2019 Bishkek", "2019-06-14", "Norov", "RUS"),
        ("2020 online", "2020-11-10", "Norov", "TJK"),
        ("2021 Dushanbe", "2021-09-17", "Norov", "UZB"),
        ("2022 Samarkand", "2022-09-16", "Zhang Ming", "IND"),
        ("2023 online", "2023-07-04", "Zhang Ming", "KAZ"),
        ("2024 Astana", "2024-07-04", "Zhang Ming", "CHN"),
        ("2025 Tianjin", "2025-09-01", "Yermekbayev", "KGZ"),
    ]
    out = []
    for name, last, sg, chair in rows:
        day = dt.date.fromisoformat(last)
        members = set(FOUNDERS)
        partners = set(PARTNERS_2012)
        if day >= dt.date(2015, 7, 10):
            partners |= {"AZE", "ARM", "KHM", "NPL"}
        if day >= dt.date(2017, 6, 9):
            members |= {"IND", "PAK"}
            partners -= {"IND", "PAK"}
        if day >= dt.date(2021, 9, 17):
            partners |= {"EGY", "QAT", "SAU"}
        if day >= dt.date(2022, 9, 16):
            partners |= {"BHR", "MDV", "ARE", "KWT", "MMR"}
        if day >= dt.date(2023, 7, 4):
            members.add("IRN")
            partners.discard("IRN")
        if day >= dt.date(2024, 7, 4):
            members.add("BLR")
            partners.discard("BLR")
        if day >= dt.date(2025, 9, 1):
            partners.add("LAO")
        out.append((name, day, members, partners, sg, chair))
    return out


def run(show: bool) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        store = str(Path(tmp) / "sco.sqlite")
        runner = CliRunner()
        base = runner.invoke(igo, ["--store", store, "import", "--bundled", "sco", "--until", "2012-06-07"])
        if base.exit_code != 0:
            sys.exit(f"igo import --bundled sco --until 2012-06-07 failed: {base.output}")
        files = [str(HERE / f"{name}.txt") for name in TEXTS]
        result = runner.invoke(igo, ["--store", store, "extract", *files, "--org", "sco", "--apply"])
        sys.stderr.write(result.stderr)
        right = total = 0
        with Timeline(store) as tl:
            for name, day, members, partners, sg, chair in expected():
                state = tl.state("sco", day + dt.timedelta(days=1)).to_json()
                have_members = {e["party"] for e in state.get("members", [])}
                have_partners = {
                    e["party"] for k, v in state.items()
                    if k in ("observers", "dialogue_partners", "partners") for e in v
                }  # fmt: skip
                office = state["offices"].get("secretary-general") or {}
                holder = office.get("holder") or ""
                president = (state.get("presidency") or {}).get("party")
                checks = [
                    ("members", have_members == members, sorted(have_members ^ members)),
                    ("partners", have_partners == partners, sorted(have_partners ^ partners)),
                    ("secretary-general", sg.casefold() in holder.casefold(), holder),
                    ("presidency", president == chair, president),
                ]
                for what, ok, detail in checks:
                    total += 1
                    right += ok
                    if show and not ok:
                        print(f"WRONG {name} (day after {day}): {what}: {detail}")
        share = right / total
        print(f"state checks right: {right}/{total} = {share:.0%} (exit {result.exit_code})")
        return share


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true")
    run(parser.parse_args().misses)
