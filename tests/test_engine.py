"""The engine over the real eventsourcing store: persistence, atomicity, concurrency."""

import datetime as dt
import multiprocessing as mp
from pathlib import Path

import pytest
from conftest import appoint, founding, grant

from igo_timeline import StoreError, Timeline, default_location
from igo_timeline.errors import RuleViolation

PARTIES = [
    "AFG",
    "IND",
    "IRN",
    "PAK",
    "MNG",
    "TUR",
    "BLR",
    "LKA",
    "NPL",
    "KHM",
    "AZE",
    "ARM",
    "EGY",
    "QAT",
    "SAU",
    "ARE",
    "KWT",
    "MDV",
    "MMR",
    "BHR",
]


def test_events_round_trip_through_the_store(timeline):
    batch = [
        founding(),
        grant("AFG", "observer", "2012-06-07", decided_on="2012-06-07"),
        appoint("Mezentsev", "2013-01-01/2015-12-31", nationality="Russian Federation"),
    ]
    result = timeline.append(batch)
    records = timeline.records("org")
    assert [r.event.id for r in records] == result.added
    assert [r.position for r in records] == [2, 3, 4]  # after the stream's creation event
    assert {r.recorded_at for r in records} == {result.recorded_at}  # one batch, one record time
    assert records[2].event.nationality == "RUS"
    assert records[2].recorded_at.tzinfo is not None


def test_sqlite_store_persists_across_opens(tmp_path):
    path = str(tmp_path / "s.sqlite")
    with Timeline(path) as t:
        added = t.append([founding(), grant("AFG", "observer", "2012")]).added
    with Timeline(path) as t:
        assert [r.event.id for r in t.records("org")] == added
        assert t.org_slugs() == ["org"]


def test_a_batch_across_organizations_is_atomic(timeline):
    timeline.append([founding("one"), founding("two")])
    with pytest.raises(RuleViolation) as info:
        timeline.append(
            [grant("AFG", "observer", "2012", org="one"), grant("CHN", "member", "2012", org="two")]
        )
    assert info.value.item == 2
    assert len(timeline.records("one")) == 1 and len(timeline.records("two")) == 1


def test_batch_with_known_events_adds_only_the_new_ones(timeline):
    first = timeline.append([founding(), grant("AFG", "observer", "2012")])
    second = timeline.append([founding(), grant("AFG", "observer", "2012"), grant("IND", "observer", "2005")])
    assert second.known == first.added and len(second.added) == 1
    assert len(timeline.records("org")) == 3


def test_find_by_prefix(timeline):
    added = timeline.append([founding(), grant("AFG", "observer", "2012")]).added
    org, rec, corrections = timeline.find(added[1][:6])
    assert (org, rec.event.id, corrections) == ("org", added[1], [])


@pytest.mark.parametrize("bad", ["directory", "not-sqlite", "url"])
def test_unusable_store_locations(tmp_path, bad):
    location = {"directory": str(tmp_path), "url": "redis://localhost/0"}.get(bad)
    if bad == "not-sqlite":
        location = str(tmp_path / "notes.txt")
        Path(location).write_text("these are my notes\n")
    with pytest.raises(StoreError):
        Timeline(location)
    if bad == "not-sqlite":
        assert Path(location).read_text() == "these are my notes\n"


def test_default_store_is_in_the_user_data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert default_location() == str(tmp_path / "igo-timeline" / "timeline.sqlite")


# -- concurrent writer processes on one SQLite file -------------------------------------


def _grant_many(path: str, parties: list[str], out) -> None:
    accepted = 0
    with Timeline(path, attempts=50) as t:
        for party in parties:
            t.append([grant(party, "observer", "2012-06-07")])
            accepted += 1
    out.put(accepted)


def _race_appoint(path: str, person: str, start, out) -> None:
    with Timeline(path, attempts=50) as t:
        start.wait()
        try:
            t.append([appoint(person, "2013-01-01/2015-12-31")])
            out.put(("won", person))
        except RuleViolation as err:
            out.put((err.rule, person))


def _processes(target, args_list):
    ctx = mp.get_context("fork")
    procs = [ctx.Process(target=target, args=args) for args in args_list]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
        assert p.exitcode == 0
    return procs


def test_concurrent_writers_land_every_event_exactly_once(tmp_path):
    path = str(tmp_path / "s.sqlite")
    with Timeline(path) as t:
        t.append([founding()])
    out = mp.get_context("fork").Queue()
    chunks = [PARTIES[i::4] for i in range(4)]
    _processes(_grant_many, [(path, chunk, out) for chunk in chunks])
    assert sum(out.get(timeout=5) for _ in chunks) == len(PARTIES)
    with Timeline(path) as t:
        granted = [r.event.party for r in t.records("org")[1:]]
    assert sorted(granted) == sorted(PARTIES)


def test_racing_appointments_to_one_term_one_wins(tmp_path):
    path = str(tmp_path / "s.sqlite")
    with Timeline(path) as t:
        t.append([founding()])
    ctx = mp.get_context("fork")
    out, start = ctx.Queue(), ctx.Event()
    people = ["Alpha", "Bravo", "Charlie", "Delta"]
    procs = [ctx.Process(target=_race_appoint, args=(path, p, start, out)) for p in people]
    for p in procs:
        p.start()
    start.set()
    for p in procs:
        p.join(120)
        assert p.exitcode == 0
    outcomes = sorted(out.get(timeout=5) for _ in people)
    assert [o for o, _ in outcomes].count("won") == 1
    assert [o for o, _ in outcomes].count("same-day-conflict") == 3  # one term, one first day
    with Timeline(path) as t:
        appointed = [r.event.person for r in t.records("org") if r.event.type == "OfficialAppointed"]
    winner = next(p for o, p in outcomes if o == "won")
    assert appointed == [winner]


def test_record_time_is_utc_and_ordered(timeline):
    timeline.append([founding()])
    timeline.append([grant("AFG", "observer", "2012")])
    a, b = timeline.records("org")
    assert a.recorded_at <= b.recorded_at
    assert a.recorded_at.utcoffset() == dt.timedelta(0)


def test_correct_merges_the_given_fields_into_the_current_version(timeline):
    added = timeline.append(
        [founding(), grant("AFG", "observer", "2012-06-08", decided_on="2012-06-07")]
    ).added
    timeline.correct(added[1][:8], {"effective": "2012-06-07"}, "the day of the summit")
    timeline.correct(added[1], {"decided_on": "2012-06-06"}, "decided the day before")
    _, rec, corrections = timeline.find(added[1])
    latest = corrections[-1].event.event
    assert (latest.party, latest.status, latest.effective, latest.decided_on) == (
        "AFG",
        "observer",
        "2012-06-07",
        "2012-06-06",
    )
    assert rec.event.effective == "2012-06-08"  # the original stays as recorded


def test_each_stored_event_carries_its_parsed_extents(tmp_path):
    from igo_timeline.engine.store import OrgStream, stream_id

    with Timeline(str(tmp_path / "s.sqlite")) as t:
        t.append([founding(), appoint("A", "2010?/2012-12-31")])
        stream = t.app.repository.get(stream_id("org"))
    assert isinstance(stream, OrgStream)
    payload, _, _, extents = stream.records[-1]
    assert payload["term"] == "2010?/2012-12-31"
    assert extents["2010?/2012-12-31"][0] == 1  # an interval
