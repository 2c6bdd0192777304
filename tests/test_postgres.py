"""PostgreSQL as the shared store: the URL, the schema, failures that say what and never the password.

The engine's own tests run on PostgreSQL through the shared ``timeline``
fixture (conftest.py); these cover what only PostgreSQL has.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator

import pytest
from click.testing import CliRunner
from conftest import discard, ev, founding, grant, make_location, postgres_server

from igo_timeline import StoreError, Timeline
from igo_timeline.cli import main
from igo_timeline.cli.common import bundled_events
from igo_timeline.engine.postgres import parse

SECRET = "s3cr3t-pa55"


@pytest.fixture
def pg(tmp_path) -> Iterator[str]:
    location = make_location("postgres", tmp_path)
    yield location
    discard(location)


def test_the_url_is_read_as_libpq_writes_it(monkeypatch):
    monkeypatch.delenv("IGO_PG_CONNECT_TIMEOUT", raising=False)
    loc = parse(f"postgresql://igo:{SECRET}@db.example:5433/records?schema=team_a")
    assert (loc.user, loc.password, loc.host, loc.port, loc.dbname, loc.schema) == (
        "igo",
        SECRET,
        "db.example",
        5433,
        "records",
        "team_a",
    )
    assert loc.connect_timeout == 10
    assert SECRET not in loc.redacted()
    assert parse("postgres://u:p%40ss@h/db").password == "p@ss"  # percent-encoded, as libpq's URLs
    assert parse("postgresql://u@h/db").schema == "public"
    assert parse("postgresql://u@h/db?connect_timeout=3").connect_timeout == 3
    monkeypatch.setenv("IGO_PG_CONNECT_TIMEOUT", "4")
    assert parse("postgresql://u@h/db").connect_timeout == 4


@pytest.mark.parametrize(
    "url, problem",
    [
        ("postgresql://igo:{pw}@h/db?schema=a;drop", "is not a plain identifier"),
        ("postgresql://igo:{pw}@h/db?sslmode=off", "unknown parameter(s) sslmode"),
        ("postgresql://igo:{pw}@h/db?connect_timeout=soon", "whole number of seconds"),
        ("postgresql://igo:{pw}@h/db?connect_timeout=0", "between 2 and 3600"),
        ("postgresql://:{pw}@h/db", "needs a user and a database name"),
        ("postgresql://igo:{pw}@h:99999/db", "malformed"),
    ],
    ids=["schema", "parameter", "timeout-word", "timeout-zero", "no-user", "port"],
)
def test_a_bad_url_is_one_line_without_the_password(url, problem):
    result = CliRunner().invoke(main, ["--store", url.format(pw=SECRET), "orgs"])
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: ") and problem in result.stderr
    assert SECRET not in result.output and len(result.stderr.splitlines()) == 1


def test_the_schema_is_created_and_stores_share_a_database(tmp_path):
    one, two = make_location("postgres", tmp_path), make_location("postgres", tmp_path)
    try:
        with Timeline(one) as t:
            t.append([founding(), grant("AFG", "observer", "2012")])
        with Timeline(two) as t:
            assert t.org_slugs() == []
            t.append([founding("other")])
        with Timeline(one) as t:
            assert t.org_slugs() == ["org"] and len(t.records("org")) == 2
    finally:
        discard(one)
        discard(two)


def test_a_large_batch_is_inserted_whole_without_the_pipeline(pg, monkeypatch):
    """The recorder sends a batch whole before it waits for the answer (engine/pgrecorder.py): the library's
    pipelined insert ends its sync with part of a large batch unsent and waits forever when the server
    reads slowly. The rows land as one batch, in order, and no pipeline is opened for them."""
    import psycopg

    opened = []
    pipeline = psycopg.Connection.pipeline

    def spied(self, *args, **kwargs):
        opened.append(1)
        return pipeline(self, *args, **kwargs)

    monkeypatch.setattr(psycopg.Connection, "pipeline", spied)
    places = [f"Place {i} " + "x" * 400 for i in range(3000)]  # some 2 MB in one statement
    with Timeline(pg) as t:
        t.append([founding()])
        t.append([ev("MeetingHeld", body="summit", date="2003", place=p) for p in places])
        stored = [r.event.place for r in t.records("org") if r.event.type == "MeetingHeld"]
    assert stored == places
    assert opened == []


def test_processes_opening_a_fresh_store_at_once_do_not_race(tmp_path):
    location = make_location("postgres", tmp_path)
    code = f"from igo_timeline import Timeline\nwith Timeline({location!r}) as t: print(t.org_slugs())"
    try:
        procs = [
            subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            for _ in range(6)
        ]
        outputs = [p.communicate(timeout=120) for p in procs]
        assert [p.returncode for p in procs] == [0] * 6, [e.decode() for _, e in outputs]
        assert all(o.strip() == b"[]" for o, _ in outputs)
    finally:
        discard(location)


def test_the_cli_runs_on_postgres_through_igo_store(pg):
    runner = CliRunner(env={"IGO_STORE": pg})
    assert runner.invoke(main, ["import", "--bundled", "sco"]).exit_code == 0
    again = runner.invoke(main, ["import", "--bundled", "sco"])
    count = len(bundled_events("sco"))
    assert again.exit_code == 0 and f"nothing new: {count} event(s) already recorded" in again.stderr
    state = runner.invoke(main, ["state", "sco", "--as-of", "2013-03-01"])
    assert state.exit_code == 0 and "Kazakhstan" in state.stdout
    head = runner.invoke(main, ["head"]).stdout.strip()
    assert head.startswith("sco=sha256:")
    verified = runner.invoke(main, ["verify", "--expect-head", head])
    assert verified.exit_code == 0 and f"verified {count} event(s)" in verified.stderr


def test_a_wrong_password_is_one_line_without_it():
    url = postgres_server()
    wrong = url.replace(parse(url).password, SECRET) if parse(url).password else url
    result = CliRunner().invoke(main, ["--store", wrong, "orgs"])
    assert result.exit_code == 1 and len(result.stderr.splitlines()) == 1
    assert "password authentication failed" in result.stderr and SECRET not in result.output


def test_a_refused_connection_is_one_line():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed once the block ends: nothing listens there
    result = CliRunner().invoke(main, ["--store", f"postgresql://igo:{SECRET}@127.0.0.1:{port}/db", "orgs"])
    assert result.exit_code == 1
    assert result.stderr.startswith(
        f"Error: cannot connect to PostgreSQL store postgresql://igo@127.0.0.1:{port}/db"
    )
    assert SECRET not in result.output


def test_a_server_that_never_answers_fails_within_the_timeout():
    """A listener that accepts and says nothing: the connection gives up after connect_timeout."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    port = server.getsockname()[1]
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        server.settimeout(0.2)
        while not stop.is_set():
            try:
                held.append(server.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    url = f"postgresql://igo:{SECRET}@127.0.0.1:{port}/db?connect_timeout=2"
    began = time.perf_counter()
    try:
        # a subprocess, so that a hang would fail the test rather than stall the suite
        proc = subprocess.run(
            [sys.executable, "-m", "igo_timeline", "--store", url, "orgs"],
            capture_output=True,
            text=True,
            timeout=60,
        )
    finally:
        stop.set()
        thread.join()
        for conn in held:
            conn.close()
        server.close()
    elapsed = time.perf_counter() - began
    assert proc.returncode == 1 and proc.stdout == ""
    assert proc.stderr.startswith("Error: cannot connect to PostgreSQL store postgresql://igo@127.0.0.1:")
    assert "timeout" in proc.stderr.lower() and SECRET not in proc.stderr
    assert len(proc.stderr.splitlines()) == 1
    print(f"silent server: gave up after {elapsed:.1f}s with connect_timeout=2 ({elapsed / 2:.2f}x)")


def test_open_errors_are_store_errors(pg):
    with pytest.raises(StoreError, match="unknown parameter"):
        Timeline(pg + "&x=1")
