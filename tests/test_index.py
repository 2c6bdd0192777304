"""The materialized bitemporal index: it answers as the fold does, stays current, and resumes.

The pure fold (``state_as_of`` over the records) is the reference: every
answer of the index is checked against it, for random histories appended in
random order, with corrections and retractions, at every moment of record
time and on the days where something changes.
"""

from __future__ import annotations

import datetime as dt
import json
import multiprocessing
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from conftest import appoint, ev, founding, grant, handover, make_location, withdraw
from hypothesis import given, settings
from hypothesis import strategies as st
from test_properties import DATES, append_shuffled, histories, probe_days

from igo_timeline import RuleViolation, Timeline, state_as_of
from igo_timeline.cli import main
from igo_timeline.cli.common import bundled_events
from igo_timeline.index import expected_rows
from igo_timeline.index import index as index_module
from igo_timeline.projections.history import event_json, history

ONE_US = dt.timedelta(microseconds=1)


def moments(timeline: Timeline, org: str = "org") -> list[dt.datetime | None]:
    """Every distinct record time, a moment before the first, and now (None)."""
    stamps = sorted({r.recorded_at for r in timeline.records(org)})
    return [None, stamps[0] - ONE_US, *stamps, *(s + ONE_US for s in stamps[:2])]


def assert_index_is_the_fold(
    timeline: Timeline, days: list[dt.date], org: str = "org", at: list[dt.datetime | None] | None = None
) -> int:
    timeline.index.catch_up()
    records = timeline.records(org)
    checked = 0
    for moment in at if at is not None else moments(timeline, org):
        for day in days:
            expected = state_as_of(org, records, day, moment).to_json()
            got = timeline.index.state(org, day, moment).to_json()
            assert got == expected, f"{org} as of {day} known at {moment}"
            checked += 1
        for party, office, start, end in HISTORY_FILTERS:
            want = [
                event_json(e)
                for e in history(records, party=party, office=office, start=start, end=end, known_at=moment)
            ]
            have = [
                event_json(e)
                for e in timeline.history(
                    org, party=party, office=office, start=start, end=end, known_at=moment
                )
            ]
            assert have == want, f"history of {org} {party} {office} {start} {end} known at {moment}"
    return checked


HISTORY_FILTERS = [
    (None, None, None, None),
    ("MNG", None, None, None),
    ("KAZ", None, dt.date(2005, 1, 1), None),
    (None, "secretary-general", None, dt.date(2012, 12, 31)),
    (None, None, dt.date(2010, 6, 15), dt.date(2010, 6, 15)),
    ("AFG", None, dt.date(2003, 1, 1), dt.date(2014, 12, 31)),
]


# decisions of every kind the state reads, to append one by one after a random history
EXTRAS = [
    withdraw("MNG", "2015-01-01"),
    withdraw("AFG", "2018-06-15"),
    ev("StatusUnknown", party="IND", effective="2016"),
    ev("StatusUnknown", party="PAK", effective="2012-06-15"),
    ev("OfficeVacated", office="secretary-general", person="Person 0", effective="2010-06-15"),
    ev("OfficeEstablished", office="treasurer", name="Treasurer", effective="2009"),
    ev("BodyEstablished", body="bank", name="Development Bank", effective="2014~"),
    ev("BodyPlanned", body="fund", name="Development Fund", date="2013"),
    ev(
        "DocumentAdopted",
        document="charter",
        title="Charter",
        kind="charter",
        adopted_on="2002-06-07",
        in_force="2003-09-19/..",
    ),
    ev(
        "DocumentAdopted",
        document="charter-2",
        title="Charter, revised",
        kind="charter",
        adopted_on="2015-07-10",
        revises="charter",
    ),
    ev("DocumentEnteredIntoForce", document="charter-2", effective="2016?", until="2019-12-31"),
    ev("AgreementSigned", document="trade", title="Trade agreement", kind="agreement", signed_on="2008-08"),
    ev("OrganizationDissolved", effective="2025-01-01"),
    # conditions, notices and procedures (issue 11)
    ev("ConditionImposed", party="KAZ", effective="2008-02-01", until="2009"),
    ev("ConditionLifted", party="KAZ", effective="2008-10-01"),
    ev("ConditionImposed", party="RUS", condition="suspended", effective="2010?"),
    ev("ConditionLifted", party="RUS", effective="2013-06-15"),
    ev("WithdrawalNotified", party="CHN", effective="2012-05-01", takes_effect="2014-05-01"),
    ev("WithdrawalNotified", party="CHN", effective="2013-06-15", takes_effect="2016"),
    ev("ConditionLifted", party="CHN", condition="withdrawal_notified", effective="2015-01-01"),
    withdraw("CHN", "2017-01-01"),
    ev("ProcedureLaunched", party="AFG", procedure="admission", status="member", date="2009"),
    ev("ProcedureStepTaken", party="AFG", procedure="admission", step="memorandum", date="2010-06-15"),
    ev("ProcedureConcluded", party="AFG", procedure="admission", outcome="rejected", effective="2012-06-15"),
    ev("ProcedureLaunched", party="IND", procedure="accession", status="member", date="2005-06-15"),
    ev("ProcedureLaunched", party="MNG", procedure="withdrawal", date="2014"),
    # chairs, fixed terms and vacancies
    ev("PresidencyVacated", effective="2011-03-01"),
    ev("PresidencyHandedOver", to_party="KAZ", term="2013-01-01/2013-06-30"),
    ev("PresidencyHandedOver", to_party="RUS", from_party="KAZ", term="2013-07-01/2013-12-31"),
    ev("PresidencyHandedOver", to_party="CHN", from_party="RUS", effective="2002-03-01"),
    ev("ChairEstablished", chair="council-chair", name="Council chair", effective="2004"),
    ev("PresidencyHandedOver", chair="council-chair", to_party="CHN", term="2005/2006"),
    ev("PresidencyVacated", chair="council-chair", effective="2006-03-01"),
    # the horizon: a declared coverage, a source's published date
    ev("CoverageDeclared", until="2019-12-31"),
    {
        **ev("PositionStated", topic="t", statement="s", date="2011"),
        "source": {"document": "d", "quote": "q", "published": "2021-03"},
    },
    # renames
    ev("NameChanged", effective="2009-06-15", name="Renamed Organization"),
    ev("NameChanged", effective="2011", name="Chief Executive", office="secretary-general"),
    # reforms of the ladder
    ev("LadderReformed", effective="2016-06-15", merged={"partner": ["observer", "dialogue_partner"]}),
    ev("LadderReformed", effective="2010?", added=["guest"], merged={"full_member": ["member"]}),
    ev("StatusGranted", party="UZB", status="guest", effective="2018-01-01"),
]


def _correct(timeline: Timeline, target: Any, data: st.DataObject) -> None:
    ev_ = target.event
    if ev_.type == "OfficialAppointed":
        change: dict[str, Any] = {"person": data.draw(st.sampled_from(["Someone Else", "Another One"]))}
    else:
        change = {ev_.VALID_FIELD: data.draw(st.sampled_from(DATES))}
    timeline.correct(ev_.id, change, reason="test")


@settings(max_examples=int(os.environ.get("IGO_INDEX_EXAMPLES", "30")))
@given(histories(), st.randoms(use_true_random=False), st.data())
def test_the_index_answers_as_the_fold(events, rnd, data):
    """Out-of-order appends, corrections and retractions; caught up now and then, or only at the end."""
    with Timeline("memory:") as t:
        # the index follows in steps of its own
        append_shuffled(t, events, rnd, after_each=lambda: rnd.random() < 0.4 and t.index.catch_up())
        for extra in data.draw(st.lists(st.sampled_from(EXTRAS), max_size=8)):
            try:  # one event at a time, as decisions come in (refused ones change nothing)
                t.append([extra])
            except RuleViolation:
                pass
            if rnd.random() < 0.5:
                t.index.catch_up()
        for _ in range(data.draw(st.integers(0, 3))):
            records = t.records("org")
            targets = [
                r
                for r in records
                if r.event.type
                in (
                    "StatusGranted",
                    "OfficialAppointed",
                    "PresidencyHandedOver",
                    "MeetingHeld",
                    "ConditionImposed",
                    "WithdrawalNotified",
                    "ProcedureLaunched",
                )
            ]
            if not targets:
                break
            target = data.draw(st.sampled_from(targets))
            try:
                if data.draw(st.booleans()):
                    _correct(t, target, data)
                else:
                    t.retract(target.event.id, reason="test")
            except RuleViolation:
                pass  # refused: nothing recorded, which other laws cover
            if rnd.random() < 0.5:
                t.index.catch_up()
        days = probe_days(events)
        days = sorted(rnd.sample(days, min(len(days), 24)))
        assert_index_is_the_fold(t, days)
        # what igo verify checks: the current rows are those the log implies
        assert t.index.current_rows("org") == expected_rows(t.records("org"))
        # caught up in steps or rebuilt from zero: the same rows
        stepped = t.index.all_rows()
        t.index.rebuild()
        assert t.index.all_rows() == stepped


def test_a_query_after_an_append_sees_it_from_another_process(tmp_path: Path):
    path = str(tmp_path / "s.sqlite")
    with Timeline(path) as writer, Timeline(path) as reader:
        writer.append([founding()])
        assert reader.state("org", dt.date(2010, 1, 1)).statuses["observer"] == []
        writer.append([grant("MNG", "observer", "2004-06-17")])
        assert [e.party for e in reader.state("org", dt.date(2010, 1, 1)).statuses["observer"]] == ["MNG"]
        writer.append([grant("MNG", "member", "2009-01-01")])  # supersedes the observer spell
        answer = reader.state("org", dt.date(2010, 1, 1))
        assert answer.statuses["observer"] == [] and "MNG" in [e.party for e in answer.statuses["member"]]
        assert reader.index.position() == reader.position()


def test_lookups_from_several_threads_read_their_own_connections_and_see_each_append(tmp_path: Path):
    """Lookups read through a connection of their own per thread (not the library's pool): each
    thread's answers are the fold's, before and after an append made through the library."""
    import threading

    path = str(tmp_path / "s.sqlite")
    day = dt.date(2010, 1, 1)
    with Timeline(path) as t:
        t.append([founding(), grant("MNG", "observer", "2004-06-17")])
        answers: dict[int, list[Any]] = {}

        def ask(k: int) -> None:
            answers[k] = [t.state("org", day).to_json() for _ in range(20)]

        threads = [threading.Thread(target=ask, args=(k,)) for k in range(4)]
        for th in threads:
            th.start()
        for th in threads:
            th.join()
        want = state_as_of("org", t.records("org"), day).to_json()
        assert all(a == want for got in answers.values() for a in got)
        t.append([grant("MNG", "member", "2009-01-01")])  # written through the library's connection
        assert t.state("org", day).to_json() == state_as_of("org", t.records("org"), day).to_json()
        assert "MNG" in [e.party for e in t.state("org", day).statuses["member"]]


def test_the_index_lives_in_the_store_and_survives_reopening(tmp_path: Path):
    path = str(tmp_path / "s.sqlite")
    with Timeline(path) as t:
        t.append([founding(), grant("MNG", "observer", "2004-06-17")])
        applied = t.index.catch_up()
        assert applied == 2
    with Timeline(path) as t:
        assert t.index.catch_up() == 0  # nothing to redo
        assert t.index.position() == t.position()
        assert t.index.counts()["orgs"] == 1


def test_known_at_before_anything_was_recorded_knows_nothing(timeline: Timeline):
    timeline.append([founding(), grant("MNG", "observer", "2004-06-17")])
    first = timeline.records("org")[0].recorded_at
    empty = timeline.state("org", dt.date(2010, 1, 1), first - ONE_US)
    assert empty.name is None and empty.statuses == {} and empty.founded is None
    assert timeline.index.lookup("org", dt.date(2010, 1, 1), first - ONE_US) == []


def test_every_backend_answers_the_chronicle_as_the_fold(timeline: Timeline):
    """SQLite's R*Tree, PostgreSQL's GiST and the in-memory index agree with the fold, correction included."""
    import importlib.resources

    import yaml

    data = yaml.safe_load((importlib.resources.files("igo_timeline") / "data" / "sco.yaml").read_text())
    timeline.append(data["events"] if isinstance(data, dict) else data)
    timeline.index.catch_up()
    afg = next(
        r for r in timeline.records("sco") if r.event.type == "StatusGranted" and r.event.party == "AFG"
    )
    timeline.correct(afg.event.id, {"effective": "2012-06-01"}, reason="test")
    timeline.append(
        [
            ev(
                "OfficeVacated",
                "sco",
                office="secretary-general",
                person="Dmitry Mezentsev",
                effective="2014-06-30",
            )
        ]
    )
    days = [dt.date(y, m, 1) for y in range(2001, 2017) for m in (1, 6, 7, 12)] + [dt.date(2012, 6, 7)]
    assert assert_index_is_the_fold(timeline, days, "sco") > 300


def test_the_query_is_answered_by_the_tree(tmp_path: Path):
    """The stabbing query reads the R*Tree (SQLite), not a scan of the facts."""
    path = str(tmp_path / "s.sqlite")
    with Timeline(path) as t:
        t.append([founding()])
        t.index.catch_up()
        db = t.index.db
        with db.read() as cur:
            cur.execute("EXPLAIN QUERY PLAN " + db.stab("facts"), db.stab_args(1, 730000, 730000, 5))
            plan = " ".join(str(tuple(row)) for row in cur.fetchall())
    # the tree searched with the query's constraints; the facts read by their key, never scanned
    assert "SCAN b VIRTUAL TABLE INDEX 2:" in plan and "SEARCH f USING INTEGER PRIMARY KEY" in plan, plan
    assert "SCAN f" not in plan, plan


@pytest.mark.parametrize("backend", ["postgres"])
def test_postgres_answers_from_the_gist_index(backend: str, tmp_path: Path):
    location = make_location(backend, tmp_path)
    with Timeline(location) as t:
        t.append([founding(), grant("MNG", "observer", "2004-06-17")])
        t.index.catch_up()
        db = t.index.db
        with db.read() as cur:
            cur.execute("SET LOCAL enable_seqscan = off")
            cur.execute("EXPLAIN " + db.stab("facts"), db.stab_args(1, 733000, 733000, 5))
            plan = " ".join(row[0] for row in cur.fetchall())
    assert "igo_index_facts_box" in plan


def test_a_failure_midway_resumes_exactly_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A catch-up that dies after some pages resumes from its tracking record: nothing twice, nothing lost."""
    path = str(tmp_path / "s.sqlite")
    with Timeline(path) as t:
        t.append([founding()])
        for year in range(2002, 2020):
            t.append([grant("MNG", "observer" if year % 2 else "member", f"{year}-01-01")])
            t.append([appoint(f"P{year}", f"{year}-01-01/{year}-12-31")])
    monkeypatch.setattr(index_module, "PAGE", 5)
    monkeypatch.setattr(index_module, "WRITE_EVENTS", 5)  # a transaction every page or so
    original = index_module.FactIndex._write
    calls = {"n": 0}

    def dying(self, *args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 4:
            raise KeyboardInterrupt  # as if the process died between two page transactions
        return original(self, *args, **kwargs)

    with Timeline(path) as t:
        monkeypatch.setattr(index_module.FactIndex, "_write", dying)
        with pytest.raises(KeyboardInterrupt):
            t.index.catch_up()
        partial = t.index.position()
        assert 0 < partial < t.position()
    monkeypatch.setattr(index_module.FactIndex, "_write", original)
    with Timeline(path) as t:
        t.index.catch_up()
        resumed = t.index.all_rows()
        t.index.rebuild()
        assert resumed == t.index.all_rows()
        assert t.index.current_rows("org") == expected_rows(t.records("org"))


def _catch_up(path: str, page: int) -> int:
    index_module.PAGE = page
    with Timeline(path) as t:
        return t.index.catch_up()


def test_processes_catching_up_at_once_apply_each_event_once(shared_store: str):
    """On SQLite and PostgreSQL: the tracking record lets one writer through per page."""
    path = shared_store
    with Timeline(path) as t:
        for n in range(6):
            org = f"org{n}"
            t.append([founding(org)])
            t.append(
                [grant("MNG", "observer", "2004-06-17", org=org), handover("KAZ", "2005-01-01", org=org)]
            )
            t.append([withdraw("MNG", "2008-01-01", org=org), appoint("A", "2002-01-01/2003-12-31", org=org)])
        total = t.position()
        events = sum(len(t.records(f"org{n}")) for n in range(6))
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(3) as pool:
        applied = pool.starmap(_catch_up, [(path, 2), (path, 3), (path, 5)])
    assert sum(applied) == events == 30  # every event applied by exactly one of the processes
    with Timeline(path) as t:
        assert t.index.position() == total
        together = t.index.all_rows()
        t.index.rebuild()
        assert together == t.index.all_rows()


def test_a_killed_rebuild_leaves_an_index_that_resumes(tmp_path: Path):
    """SIGKILL during igo rebuild, at several moments: the next query resumes and answers as the fold."""
    path = str(tmp_path / "s.sqlite")
    with Timeline(path) as t:
        for n in range(50):  # 15,000 events: a rebuild of a second or more
            org = f"org{n}"
            batch = [founding(org, founded="1690-01-01")]
            batch += [
                grant(party, "observer", f"{1700 + i}-01-01", org=org)
                for i, party in enumerate(("MNG", "IND", "IRN", "PAK", "AFG", "TUR"))
            ]
            batch += [appoint(f"P{y}", f"{y}-01-01/{y}-12-31", org=org) for y in range(1700, 1994)]
            t.append(batch)
        t.index.catch_up()
        reference = t.index.all_rows()
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    killed = 0
    for delay in (0.6, 0.9, 1.2, 1.6, 2.2):
        proc = subprocess.Popen(
            [sys.executable, "-m", "igo_timeline", "--store", path, "rebuild"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            assert proc.wait(timeout=delay) == 0  # finished before the kill
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            killed += 1
        with Timeline(path) as t:
            t.index.catch_up()
            assert t.index.all_rows() == reference
    assert killed > 0, "the rebuild always finished before the kill: make the store bigger"


def test_igo_rebuild_and_verify(tmp_path: Path):
    path = str(tmp_path / "s.sqlite")
    runner = CliRunner()
    assert runner.invoke(main, ["--store", path, "import", "--bundled", "sco"]).exit_code == 0
    result = runner.invoke(main, ["--store", path, "rebuild", "--json"])
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    recorded = json.loads(runner.invoke(main, ["--store", path, "orgs", "--json"]).stdout)[0]["events"]
    assert report["events"] == recorded == len(bundled_events("sco"))
    assert report["orgs"] == 1 and report["current_rows"] > 60
    ok = runner.invoke(main, ["--store", path, "verify"])
    assert ok.exit_code == 0 and "the as-of index matches the log" in ok.stderr
    # a hand-edited row is caught, named, and fixed by a rebuild
    import sqlite3

    with sqlite3.connect(path) as conn:
        conn.execute(
            "UPDATE igo_index_facts SET body = replace(body, 'MNG', 'KAZ') "
            "WHERE id = (SELECT MIN(id) FROM igo_index_facts WHERE body LIKE '%MNG%')"
        )
    bad = runner.invoke(main, ["--store", path, "verify"])
    assert bad.exit_code == 1
    assert bad.stderr.startswith("Error: index out of step: sco: the as-of index does not match the log")
    assert runner.invoke(main, ["--store", path, "rebuild"]).exit_code == 0
    assert runner.invoke(main, ["--store", path, "verify"]).exit_code == 0


def test_an_index_of_another_format_is_rebuilt(tmp_path: Path):
    path = str(tmp_path / "s.sqlite")
    with Timeline(path) as t:
        t.append([founding(), grant("MNG", "observer", "2004-06-17")])
        t.index.catch_up()
        before = t.index.all_rows()
        with t.index.db.write() as cur:
            cur.execute("UPDATE igo_index_tracking SET format = format - 1")
    with Timeline(path) as t:
        t.index.catch_up()
        assert t.index.all_rows() == before
        assert t.state("org", dt.date(2005, 1, 1)).statuses["observer"][0].party == "MNG"


def test_an_unknown_organization_is_named(timeline: Timeline):
    timeline.append([founding()])
    with pytest.raises(Exception, match="unknown organization 'orgg'; closest known: org"):
        timeline.state("orgg", dt.date(2005, 1, 1))


def test_records_times_of_an_organization_increase_with_its_positions(monkeypatch: pytest.MonkeyPatch):
    """A clock that steps back cannot make a later batch look earlier (known-at stays a prefix)."""
    import igo_timeline.engine.timeline as engine

    clock = [dt.datetime(2030, 1, 1, tzinfo=dt.UTC)]
    monkeypatch.setattr(engine, "_now", lambda: clock[0])
    with Timeline("memory:") as t:
        t.append([founding()])
        clock[0] -= dt.timedelta(days=1)  # the clock steps back
        t.append([grant("MNG", "observer", "2004-06-17")])
        t.append([grant("IND", "observer", "2005-07-05")])
        stamps = [r.recorded_at for r in t.records("org")]
        assert stamps == sorted(stamps) and len(set(stamps)) == 3
        assert stamps[0] == dt.datetime(2030, 1, 1, tzinfo=dt.UTC)
        mng_only = t.state("org", dt.date(2010, 1, 1), stamps[1]).statuses["observer"]
        assert [e.party for e in mng_only] == ["MNG"]


def test_an_encrypted_store_keeps_no_index_in_the_clear(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    import base64

    monkeypatch.setenv("IGO_CIPHER_KEY", base64.b64encode(os.urandom(32)).decode())
    path = tmp_path / "s.sqlite"
    with Timeline(str(path)) as t:
        t.append([founding(), grant("AFG", "observer", "2012-06-07")])
        assert [e.party for e in t.state("org", dt.date(2013, 1, 1)).statuses["observer"]] == ["AFG"]
    raw = b"".join(p.read_bytes() for p in tmp_path.iterdir() if p.name.startswith("s.sqlite"))
    assert b"AFG" not in raw and b"observer" not in raw


def test_a_rebuild_by_another_process_does_not_leave_stale_rows_cached(tmp_path: Path):
    """Row ids are given anew by a rebuild: a reader's cache of decoded rows must not outlive it."""
    path = str(tmp_path / "s.sqlite")
    day = dt.date(2010, 1, 1)
    with Timeline(path) as reader, Timeline(path) as other:
        other.append(
            [
                founding(),
                grant("MNG", "observer", "2004-06-17"),
                grant("AFG", "observer", "2012-06-07"),  # rows the query of 2010 does not read
                grant("IRN", "observer", "2015-01-01"),
            ]
        )
        assert [e.party for e in reader.state("org", day).statuses["observer"]] == ["MNG"]
        reader.state("org", dt.date(2016, 1, 1))  # every row decoded and cached
        cached = len(reader.index._decoded)
        assert cached > 0
        other.index.rebuild()
        # a rebuild may number the rows otherwise (another version, another order): as one that did
        with other.index.db.write() as cur:
            (top,) = cur.execute("SELECT MAX(id) FROM igo_index_facts").fetchone()
            for table in ("igo_index_facts", "igo_index_box"):
                cur.execute(f"UPDATE {table} SET id = -id")
                cur.execute(f"UPDATE {table} SET id = ? + id", (top + 1,))
        other.append([grant("MNG", "member", "2008-01-01"), grant("IND", "observer", "2005-07-05")])
        answer = reader.state("org", day)
        assert answer == state_as_of("org", reader.records("org"), day)
        assert [e.party for e in answer.statuses["observer"]] == ["IND"]
        assert reader.index._generation == other.index._tracking()[1]  # the cache went with the old rows


def test_processes_taking_turns_know_each_others_organizations(tmp_path: Path):
    """One process indexes an organization another has never seen, then the other catches up after it."""
    path = str(tmp_path / "s.sqlite")
    with Timeline(path) as first, Timeline(path) as second:
        first.append([founding("one")])
        first.index.catch_up()
        assert second.state("one", dt.date(2010, 1, 1)).name == "The ONE"  # knows "one"
        first.append([founding("two")])
        first.index.catch_up()  # "two" is numbered by the first process
        first.append([grant("MNG", "observer", "2004-06-17", org="two")])
        second.index.catch_up()  # a batch of "two", which the second process has not numbered
        assert [e.party for e in second.state("two", dt.date(2010, 1, 1)).statuses["observer"]] == ["MNG"]
