"""Dump, restore, backup and copy: a store moves whole, with both of its times.

Sources are the golden stores (tests/data/golden-v1/: an SCO history with
later appends, a correction, a retraction, COW organizations; an encrypted one
with a keyed chain) and random histories (hypothesis). A restored or copied
store must print the same ``igo head`` and give every answer the golden
store recorded, at every ``--known-at``; every refusal is one line with
nothing written.
"""

from __future__ import annotations

import gzip
import io
import json
import multiprocessing
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result
from conftest import discard, make_location
from hypothesis import given, settings
from hypothesis import strategies as st
from test_golden import RECORDED, env_of, expected, mismatches, unpack
from test_index import _correct
from test_properties import append_shuffled, histories, probe_days

from igo_timeline import RuleViolation, Timeline, state_as_of
from igo_timeline.cli import main
from igo_timeline.engine import dump as dump_module


def run(
    store: str | Path, *args: str, env: dict[str, str] | None = None, input: bytes | None = None
) -> Result:
    base = {"IGO_CIPHER_KEY": "", "IGO_CHAIN_KEY": "", "IGO_STORE": ""}
    return CliRunner().invoke(main, ["--store", str(store), *args], env={**base, **(env or {})}, input=input)


def one_error(result: Result, *words: str) -> str:
    """Exit 1 with one ``Error: ...`` line on stderr naming ``words``, no traceback."""
    assert result.exit_code == 1, (result.exit_code, result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
    for word in words:
        assert word in lines[0], lines[0]
    return lines[0]


def heads(store: str | Path, env: dict[str, str] | None = None) -> list[dict[str, Any]]:
    result = run(store, "head", "--json", env=env)
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def stored_rows(location: str) -> list[tuple[Any, ...]]:
    """Every stored event as the library holds it, in log order (id, version, topic, state)."""
    with Timeline(location) as t:
        out = []
        start = 1
        while True:
            page = t.app.recorder.select_notifications(start=start, limit=500)
            out += [(n.originator_id, n.originator_version, n.topic, bytes(n.state)) for n in page]
            if len(page) < 500:
                return out
            start = page[-1].id + 1


@pytest.fixture
def target(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty store location: a new SQLite file, or a new PostgreSQL schema."""
    location = make_location(getattr(request, "param", "sqlite"), tmp_path / "target")
    (tmp_path / "target").mkdir(exist_ok=True)
    yield location
    discard(location)


# -- dump and restore keep everything --------------------------------------------------------------------


@pytest.mark.parametrize("target", ["sqlite", "postgres"], indirect=True)
def test_a_restored_store_answers_every_recorded_question_as_the_original(
    tmp_path: Path, target: str
) -> None:
    source = unpack("plain.sqlite", tmp_path)
    dumped = tmp_path / "plain.igodump"
    result = run(source, "dump", "-o", str(dumped))
    assert result.exit_code == 0, result.stderr
    assert "dumped 238 event(s) of 4 organization(s)" in result.stderr
    result = run(target, "restore", str(dumped))
    assert result.exit_code == 0, result.stderr
    assert "restored 238 event(s) of 4 organization(s)" in result.stderr
    assert heads(target) == heads(source) == expected("plain.sqlite", "head --json")
    assert run(target, "verify").exit_code == 0
    # the same stored events, byte for byte, in the same order of the log
    assert stored_rows(target) == stored_rows(str(source))
    commands = list(RECORDED["stores"]["plain.sqlite"]["answers"])
    assert mismatches(target, "plain.sqlite", commands) == []  # type: ignore[arg-type]


def test_the_dump_is_compressed_json_lines_with_a_header(tmp_path: Path) -> None:
    source = unpack("plain.sqlite", tmp_path)
    result = run(source, "dump", "sco", "cow-eip", "-o", str(tmp_path / "d.gz"))
    assert result.exit_code == 0, result.stderr
    with gzip.open(tmp_path / "d.gz", "rt", encoding="utf-8") as fh:
        header, *lines = [json.loads(line) for line in fh]
    assert header["format"] == "igo-timeline dump" and header["version"] == 1
    assert header["written_by"].startswith("igo-timeline ") and header["encrypted"] is False
    recorded = {h["org"]: h for h in expected("plain.sqlite", "head --json")}
    assert header["heads"] == [recorded["cow-eip"], recorded["sco"]]
    assert header["stored_events"] == len(lines) == 35 + 72
    sco = [line for line in lines if line["org"] == "sco"]
    assert [line["position"] for line in sco] == list(range(1, 73))
    assert sco[0]["kind"] == "created" and {line["kind"] for line in sco[1:]} == {"recorded"}
    assert sco[-1]["link"] == recorded["sco"]["head"]
    # the record times are the store's, to the microsecond
    times = RECORDED["stores"]["plain.sqlite"]["record_times"]["sco"]
    assert sorted({line["recorded_at"] for line in sco[1:]}) == times
    # the order of the log: cow-eip was imported before the SCO chronicle
    assert lines[0]["org"] == "cow-eip"


def test_a_restored_subset_holds_only_the_organizations_dumped(tmp_path: Path, target: str) -> None:
    source = unpack("plain.sqlite", tmp_path)
    assert run(source, "dump", "cow-sco", "-o", str(tmp_path / "d")).exit_code == 0
    assert run(target, "restore", str(tmp_path / "d")).exit_code == 0
    recorded = {h["org"]: h for h in expected("plain.sqlite", "head --json")}
    assert heads(target) == [recorded["cow-sco"]]
    one_error(run(source, "dump", "nato", "-o", str(tmp_path / "e")), "unknown organization 'nato'")
    assert not (tmp_path / "e").exists()


def test_a_dump_through_stdout_and_stdin(tmp_path: Path, target: str) -> None:
    source = unpack("plain.sqlite", tmp_path)
    result = CliRunner().invoke(main, ["--store", str(source), "dump", "sco"], env={"IGO_CHAIN_KEY": ""})
    assert result.exit_code == 0, result.stderr
    assert result.stdout_bytes[:2] == b"\x1f\x8b"  # gzip
    restored = run(target, "restore", "-", input=result.stdout_bytes)
    assert restored.exit_code == 0, restored.stderr
    assert heads(target) == [h for h in heads(source) if h["org"] == "sco"]


def test_an_encrypted_store_dumps_sealed_and_restores_with_its_keys(tmp_path: Path, target: str) -> None:
    source = unpack("encrypted.sqlite", tmp_path)
    keys = env_of("encrypted.sqlite")
    dumped = tmp_path / "enc.igodump"
    result = run(source, "dump", "-o", str(dumped), env=keys)
    assert result.exit_code == 0 and "sealed" in result.stderr, result.stderr
    text = gzip.decompress(dumped.read_bytes())
    assert b"Bishkek" not in text and b"Dushanbe" not in text  # no fact in the clear
    assert json.loads(text.splitlines()[0])["encrypted"] is True
    # without the cipher key, with another chain key, without the chain key: one line, nothing written
    one_error(
        run(target, "restore", str(dumped), env={**keys, "IGO_CIPHER_KEY": ""}), "encrypted", "IGO_CIPHER_KEY"
    )
    other = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="
    one_error(run(target, "restore", str(dumped), env={**keys, "IGO_CIPHER_KEY": other}), "does not decrypt")
    one_error(
        run(target, "restore", str(dumped), env={**keys, "IGO_CHAIN_KEY": "another"}), "does not verify"
    )
    one_error(
        run(target, "restore", str(dumped), env={**keys, "IGO_CHAIN_KEY": ""}), "keyed", "IGO_CHAIN_KEY"
    )
    assert not Path(target).exists()  # refused: not even an empty file left behind
    result = run(target, "restore", str(dumped), env=keys)
    assert result.exit_code == 0, result.stderr
    assert heads(target, keys) == expected("encrypted.sqlite", "head --json")
    commands = list(RECORDED["stores"]["encrypted.sqlite"]["answers"])
    assert mismatches(Path(target), "encrypted.sqlite", commands) == []
    with sqlite3.connect(target) as db:  # encrypted at rest there too
        states = b"".join(bytes(row[0]) for row in db.execute("select state from stored_events"))
    assert b"Bishkek" not in states


# -- refusals: one line, nothing written -------------------------------------------------------------------


def _rewrite(src: Path, dst: Path, change: Any) -> None:
    """A dump with its lines changed by ``change(list of lines) -> list of lines``."""
    lines = gzip.decompress(src.read_bytes()).decode("utf-8").splitlines()
    dst.write_bytes(gzip.compress(("\n".join(change(lines)) + "\n").encode("utf-8")))


@pytest.fixture
def plain_dump(tmp_path: Path) -> Path:
    source = unpack("plain.sqlite", tmp_path)
    dumped = tmp_path / "plain.igodump"
    assert run(source, "dump", "-o", str(dumped)).exit_code == 0
    return dumped


def _edit(lines: list[str], org: str, position: int, edit: Any) -> list[str]:
    out = []
    for text in lines:
        line = json.loads(text)
        if line.get("org") == org and line.get("position") == position:
            edit(line)
            text = json.dumps(line)
        out.append(text)
    return out


def _header(edit: Any) -> Any:
    def change(lines: list[str]) -> list[str]:
        header = json.loads(lines[0])
        edit(header)
        return [json.dumps(header), *lines[1:]]

    return change


@pytest.mark.parametrize(
    "name, change, words",
    [
        (
            "content",
            lambda ls: _edit(ls, "sco", 30, lambda e: e["event"].update(note="edited")),
            ["sco position 30", "does not verify"],
        ),
        (
            "record time",
            lambda ls: _edit(ls, "sco", 72, lambda e: e.update(recorded_at="2030-01-01T00:00:00+00:00")),
            ["sco position 72", "does not verify"],
        ),
        (
            "a deleted event",
            lambda ls: [t for t in ls if not ('"org":"sco"' in t and '"position":40,' in t)],
            ["sco position 41", "expected position 40"],
        ),
        ("events cut off the end", lambda ls: ls[:-1], ["ends at position", "header says"]),
        ("a newer format", _header(lambda h: h.update(version=2)), ["format version 2", "reads version 1"]),
        ("not a dump", lambda ls: ['{"hello": "world"}'], ["not an igo dump"]),
        ("not JSON", lambda ls: [ls[0], "{oops"], ["line 2 is not JSON"]),
    ],
)
def test_a_dump_that_does_not_verify_is_refused_with_nothing_written(
    plain_dump: Path, tmp_path: Path, target: str, name: str, change: Any, words: list[str]
) -> None:
    bad = tmp_path / "bad.igodump"
    _rewrite(plain_dump, bad, change)
    one_error(run(target, "restore", str(bad)), *words)
    assert not Path(target).exists(), name


def test_files_that_are_no_dump_are_refused(plain_dump: Path, tmp_path: Path, target: str) -> None:
    (tmp_path / "text.txt").write_text("hello\n")
    one_error(run(target, "restore", str(tmp_path / "text.txt")), "not an igo dump", "gzip")
    cut = tmp_path / "cut.igodump"
    cut.write_bytes(plain_dump.read_bytes()[: plain_dump.stat().st_size // 2])
    one_error(run(target, "restore", str(cut)), "cut.igodump")
    one_error(run(target, "restore", str(tmp_path / "missing")), "no such file")
    one_error(run(target, "restore", str(tmp_path)), "is a directory")
    assert not Path(target).exists()


@pytest.mark.parametrize("target", ["sqlite", "postgres"], indirect=True)
def test_a_target_that_is_not_empty_is_refused(plain_dump: Path, target: str, tmp_path: Path) -> None:
    assert run(target, "import", "--bundled", "sco").exit_code == 0
    before = heads(target)
    one_error(run(target, "restore", str(plain_dump)), "is not empty")
    assert heads(target) == before
    source = unpack("plain.sqlite", tmp_path)
    one_error(run(source, "copy", "--to", target), "is not empty")
    assert heads(target) == before


def test_a_keyed_chain_is_not_restored_into_a_plain_one_or_the_reverse(plain_dump: Path, target: str) -> None:
    one_error(
        run(target, "restore", str(plain_dump), env={"IGO_CHAIN_KEY": "k"}),
        "not keyed",
        "unset IGO_CHAIN_KEY",
    )
    assert not Path(target).exists()


# -- copy ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("target", ["sqlite", "postgres"], indirect=True)
def test_copy_moves_a_store_whole(tmp_path: Path, target: str) -> None:
    source = unpack("plain.sqlite", tmp_path)
    result = run(source, "copy", "--to", target)
    assert result.exit_code == 0, result.stderr
    assert "copied 238 event(s) of 4 organization(s)" in result.stderr
    if target.startswith("postgresql://"):  # the target named, its password never
        password = target.split("://", 1)[1].split("@", 1)[0].split(":", 1)[1]
        assert password not in result.stderr and "?schema=" in result.stderr
    assert heads(target) == heads(source)
    assert stored_rows(target) == stored_rows(str(source))
    commands = list(RECORDED["stores"]["plain.sqlite"]["answers"])
    assert mismatches(target, "plain.sqlite", commands) == []  # type: ignore[arg-type]
    # the copy takes appends, as the original would
    assert (
        run(
            target, "withdraw", "sco", "Afghanistan", "--on", "2030-01-01", "--document", "d", "--quote", "q"
        ).exit_code
        == 0
    )
    assert run(target, "verify").exit_code == 0


def test_copy_refuses_the_store_itself_and_memory(tmp_path: Path) -> None:
    source = unpack("plain.sqlite", tmp_path)
    one_error(run(source, "copy", "--to", str(source)), "the store itself")
    one_error(run(source, "copy", "--to", "memory:"), "memory")


# -- backup --------------------------------------------------------------------------------------------------


def test_backup_copies_a_sqlite_store_that_verifies_and_answers_the_same(tmp_path: Path) -> None:
    source = unpack("plain.sqlite", tmp_path)
    copy = tmp_path / "backups" / "plain-backup.sqlite"  # its folder made as needed
    result = run(source, "backup", str(copy))
    assert result.exit_code == 0, result.stderr
    assert "238 event(s) of 4 organization(s), every chain intact" in result.stderr
    assert sorted(p.name for p in copy.parent.iterdir()) == ["plain-backup.sqlite"]  # no -wal beside it
    assert heads(copy) == heads(source)
    commands = [
        c for c in RECORDED["stores"]["plain.sqlite"]["answers"] if c.startswith(("state sco", "head"))
    ]
    assert mismatches(copy, "plain.sqlite", commands) == []
    one_error(run(source, "backup", str(copy)), "exists", "never overwrites")
    one_error(run("memory:", "backup", str(tmp_path / "m.sqlite")), "not one")
    one_error(run(tmp_path / "none.sqlite", "backup", str(tmp_path / "n.sqlite")), "does not exist")


def _writer(location: str, stop_after: float) -> None:
    """Append to the store in a loop, one decision per batch, until the time is up."""
    from conftest import ev

    n = 0
    with Timeline(location) as t:
        deadline = time.monotonic() + stop_after  # from the store's opening: a loaded machine starts slowly
        while time.monotonic() < deadline:
            n += 1
            t.append(
                [
                    ev(
                        "MeetingHeld",
                        "sco",
                        body="council-of-heads-of-government",
                        date=f"{2002 + n % 20}-0{1 + n % 9}-1{n % 10}",
                        name=f"meeting {n}",
                    )
                ]
            )


def test_backup_while_writers_run_is_a_consistent_snapshot(tmp_path: Path) -> None:
    source = unpack("plain.sqlite", tmp_path)
    context = multiprocessing.get_context("spawn")
    writers = [context.Process(target=_writer, args=(str(source), 6.0)) for _ in range(2)]
    for w in writers:
        w.start()
    try:
        start = {h["org"]: h["position"] for h in heads(source)}["sco"]
        waited = time.monotonic() + 120
        while {h["org"]: h["position"] for h in heads(source)}["sco"] == start:  # until a writer has written
            assert time.monotonic() < waited, "no writer wrote within 120 s"
            time.sleep(0.2)
        taken = []
        for k in range(4):
            copy = tmp_path / f"b{k}.sqlite"
            result = run(source, "backup", str(copy))
            assert result.exit_code == 0, result.stderr  # the writers never stopped
            assert run(copy, "verify").exit_code == 0
            taken.append(heads(copy))
            time.sleep(0.3)
    finally:
        for w in writers:
            w.join(30)
    assert all(w.exitcode == 0 for w in writers)
    assert run(source, "verify").exit_code == 0
    final = {h["org"]: h["position"] for h in heads(source)}
    positions = [{h["org"]: h["position"] for h in snapshot}["sco"] for snapshot in taken]
    assert positions == sorted(positions) and positions[-1] <= final["sco"]
    assert positions[-1] > start  # the writers were writing while the backups were taken
    for snapshot in taken:  # each backup's heads are in the store's chains: a prefix, never a mixture
        expect = [f"--expect-head={h['org']}={h['head']}" for h in snapshot]
        assert run(source, "verify", *expect).exit_code == 0


# -- the law: any history, dumped and restored, answers the same at every moment ---------------------------


def _moments(records: list[Any]) -> list[Any]:
    import datetime as dt

    stamps = sorted({r.recorded_at for r in records})
    one = dt.timedelta(microseconds=1)
    return [None, stamps[0] - one, *stamps, *(s + one for s in stamps)]


def _build(t: Timeline, events: list[dict[str, Any]], rnd: Any, data: st.DataObject) -> None:
    append_shuffled(t, events, rnd)
    for _ in range(data.draw(st.integers(1, 4))):
        targets = [
            r
            for r in t.records("org")
            if r.event.type in ("StatusGranted", "OfficialAppointed", "PresidencyHandedOver", "MeetingHeld")
        ]
        if not targets:
            return
        target = data.draw(st.sampled_from(targets))
        try:
            if data.draw(st.booleans()):
                _correct(t, target, data)
            else:
                t.retract(target.event.id, reason="test")
        except RuleViolation:
            pass


def _round_trip(events: list[dict[str, Any]], rnd: Any, data: st.DataObject, target: str) -> None:
    with Timeline("memory:") as source:
        _build(source, events, rnd, data)
        buffer = io.BytesIO()
        dump_module.write(dump_module.read_store(source), buffer)
        records = source.records("org")
        days = probe_days(events)
        # the index's answer and the pure fold's, at every moment and day
        before = {
            (m, d): (source.state("org", d, m).to_json(), state_as_of("org", records, d, m).to_json())
            for m in _moments(records)
            for d in days
        }
    buffer.seek(0)
    with Timeline(target) as restored:
        dump_module.restore(restored, dump_module.read(buffer, "dump"), "dump")
        again = restored.records("org")
        assert [(r.event, r.recorded_at, r.position) for r in again] == [
            (r.event, r.recorded_at, r.position) for r in records
        ]
        for (moment, day), (indexed, folded) in before.items():
            assert restored.state("org", day, moment).to_json() == indexed, (moment, day)
            assert state_as_of("org", again, day, moment).to_json() == folded, (moment, day)
    assert records  # the law held over something


@settings(max_examples=25)
@given(histories(), st.randoms(use_true_random=False), st.data())
def test_any_history_restored_on_sqlite_answers_the_same_at_every_recorded_moment(
    tmp_path_factory: pytest.TempPathFactory, events: list[dict[str, Any]], rnd: Any, data: st.DataObject
) -> None:
    _round_trip(events, rnd, data, str(tmp_path_factory.mktemp("law") / "s.sqlite"))


@settings(max_examples=8)
@given(histories(), st.randoms(use_true_random=False), st.data())
def test_any_history_restored_on_postgres_answers_the_same_at_every_recorded_moment(
    tmp_path_factory: pytest.TempPathFactory, events: list[dict[str, Any]], rnd: Any, data: st.DataObject
) -> None:
    location = make_location("postgres", tmp_path_factory.mktemp("law"))
    try:
        _round_trip(events, rnd, data, location)
    finally:
        discard(location)


def test_a_dump_of_newer_event_classes_is_refused(plain_dump: Path, tmp_path: Path, target: str) -> None:
    bad = tmp_path / "newer.igodump"
    _rewrite(plain_dump, bad, _header(lambda h: h.update(class_versions={"created": 1, "recorded": 2})))
    one_error(
        run(target, "restore", str(bad)), "recorded events are of version 2", "newer than this release's (1)"
    )
    assert not Path(target).exists()


def test_an_older_dump_is_restored_through_the_classes_own_upcasting(
    plain_dump: Path, target: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A later release that gives the stored event a class_version 2 restores a version-1 dump
    through ``upcast_v1_v2``, as the library reads a version-1 stored event."""
    from igo_timeline.engine.store import OrgStream

    seen: list[str] = []

    def upcast_v1_v2(state: dict[str, Any]) -> None:
        seen.append(state["event"]["id"])

    monkeypatch.setattr(OrgStream.Recorded, "class_version", 2, raising=False)
    monkeypatch.setattr(OrgStream.Recorded, "upcast_v1_v2", staticmethod(upcast_v1_v2), raising=False)
    result = run(target, "restore", str(plain_dump))
    assert result.exit_code == 0, result.stderr
    assert len(seen) == 238
    assert heads(target) == expected("plain.sqlite", "head --json")


def test_backup_of_a_store_in_an_oddly_named_folder_and_under_another_key(tmp_path: Path) -> None:
    folder = tmp_path / "records #1? (2026)"
    folder.mkdir()
    source = unpack("plain.sqlite", folder)
    result = run(source, "backup", str(folder / "copy.sqlite"))
    assert result.exit_code == 0, result.stderr
    assert heads(folder / "copy.sqlite") == heads(source)
    # a key that does not open the store: the copy is made, and said not to be vouched for
    other = {"IGO_CIPHER_KEY": "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="}
    result = run(source, "backup", str(folder / "other.sqlite"), env=other)
    assert result.exit_code == 0 and "warning: its chains were not checked" in result.stderr
    assert heads(folder / "other.sqlite") == heads(source)


def test_the_registry_of_identities_moves_with_the_store(tmp_path: Path, target: str) -> None:
    source = tmp_path / "with-registry.sqlite"
    assert run(source, "import", "--bundled", "sco").exit_code == 0
    added = run(source, "party", "add", "x-sadr", "Sahrawi Arab Democratic Republic", "--alias", "SADR")
    assert added.exit_code == 0, added.stderr
    assert (
        run(source, "party", "set", "Greenland", "--kind", "territory", "--part-of", "Denmark").exit_code == 0
    )
    result = run(source, "copy", "--to", target)
    assert result.exit_code == 0, result.stderr
    assert "and 2 record(s) of the registry" in result.stderr
    assert stored_rows(target) == stored_rows(str(source))
    for question in (["parties", "--json"], ["party", "show", "SADR", "--as-of", "2020-01-01", "--json"]):
        there, here = run(target, *question), run(source, *question)
        assert here.exit_code == 0 and here.stdout and there.stdout == here.stdout, here.stderr
    dumped = tmp_path / "r.igodump"
    assert "and 2 record(s) of the registry" in run(source, "dump", "-o", str(dumped)).stderr
    _rewrite(
        dumped,
        tmp_path / "cut.igodump",
        lambda ls: [t for t in ls if '"stream":"registry","position":3' not in t],
    )
    one_error(run(tmp_path / "other.sqlite", "restore", str(tmp_path / "cut.igodump")), "the registry")
