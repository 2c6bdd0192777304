"""A newcomer's frictions (issue 15), each as the class it stands for."""

from __future__ import annotations

import ast
import datetime as dt
import itertools
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import matplotlib
import matplotlib.colors
import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st
from starlette.testclient import TestClient

from igo_timeline import Timeline
from igo_timeline.charts import chart_lanes
from igo_timeline.charts.draw import PNG_DPI, TERM_COLORS, figure, lane_title
from igo_timeline.cli import main
from igo_timeline.events.names import term_slug
from igo_timeline.events.vocabulary import plural
from igo_timeline.projections.history import _entries, diff_states
from igo_timeline.projections.intervals import intervals
from igo_timeline.projections.state import state_as_of
from igo_timeline.web import create_app

ROOT = Path(__file__).resolve().parent.parent


def igo_process(*args: str, store: Path, stdin: bytes | None = None) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "IGO_STORE": str(store)}
    return subprocess.Popen(
        [sys.executable, "-m", "igo_timeline", *args],
        stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )


@pytest.fixture(scope="module")
def sco_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A store holding the bundled SCO chronicle as it stood at the end of 2012 (read-only for the
    tests that use it): they add hypothetical later decisions, which the whole chronicle records."""
    store = tmp_path_factory.mktemp("sco") / "sco.sqlite"
    result = CliRunner().invoke(
        main, ["--store", str(store), "import", "--bundled", "sco", "--until", "2012-12-31"]
    )
    assert result.exit_code == 0, result.output
    yield store


def run(store: Path, *args: str, input: str | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, ["--store", str(store), *args], input=input)


# -- 6: a closed stdout ends the command quietly ----------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ("state", "sco"),
        ("history", "sco"),
        ("state", "sco", "--json"),
        ("schema",),
        ("--help",),
        ("state", "--help"),
        ("export", "sco", "--to", "csv"),
    ],
    ids=lambda a: " ".join(a),
)
def test_a_closed_stdout_ends_quietly_with_141(sco_store: Path, args: tuple[str, ...]) -> None:
    """``igo state sco | head -1``: the reader is gone before the command writes (deterministic:
    the pipe's read end is closed before the first write), so every write meets EPIPE."""
    proc = igo_process(*args, store=sco_store)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()
    status = proc.wait(timeout=120)
    stderr = proc.stderr.read().decode()
    proc.stderr.close()
    assert status == 141, stderr
    # today lies past the bundled chronicle's sources: igo state says so on stderr (issue 11)
    horizon = "sources for sco reach 2012-06-07; later days repeat the last known state\n"
    assert stderr == (horizon if args == ("state", "sco") else "")


@pytest.fixture
def scratch(sco_store: Path, tmp_path: Path) -> Path:
    """A store of its own (a copy of the SCO one) for a test that records."""
    path = tmp_path / "scratch.sqlite"
    shutil.copyfile(sco_store, path)
    return path


@pytest.fixture
def client(sco_store: Path) -> Iterator[TestClient]:
    with Timeline(str(sco_store)) as timeline, TestClient(create_app(timeline)) as c:
        yield c


def error_line(result: Any) -> str:
    assert result.exit_code == 1, (result.exit_code, result.output)
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
    return lines[0]


# -- 3: statuses as displayed; organization slugs case-insensitive ---------------------------


def test_why_says_a_status_as_the_state_displays_it(sco_store: Path) -> None:
    """The state's heading reads "dialogue partner"; why's answer says it the same way."""
    says = run(sco_store, "why", "sco", "--party", "Sri Lanka", "--as-of", "2012-01-01").stdout.splitlines()[
        0
    ]
    assert "LKA (Sri Lanka) is dialogue partner since 2009-06-16" in says, says
    state = run(sco_store, "state", "sco", "--as-of", "2012-01-01").stdout
    assert "\ndialogue partner (" in state


@pytest.mark.parametrize(
    "typed", ["dialogue partner", "Dialogue Partner", "DIALOGUE_PARTNER", " dialogue  partner "]
)
def test_a_status_is_accepted_as_displayed(scratch: Path, typed: str) -> None:
    shown = run(scratch, "state", "sco", "--as-of", "2012-01-01").stdout
    assert "dialogue partner (" in shown  # the heading a newcomer copies
    result = run(
        scratch, "grant", "sco", "Azerbaijan", typed, "--on", "2016-01-01", "--document", "d", "--quote", "q"
    )
    assert result.exit_code == 0, result.output
    state = json.loads(run(scratch, "state", "sco", "--as-of", "2016-06-01", "--json").stdout)
    assert "AZE" in [e["party"] for e in state["dialogue_partners"]]


def test_a_misspelt_status_is_refused_with_the_closest(scratch: Path) -> None:
    result = run(
        scratch,
        "grant",
        "sco",
        "Azerbaijan",
        "dialog partner",
        "--on",
        "2016-01-01",
        "--document",
        "d",
        "--quote",
        "q",
    )
    assert "closest known: dialogue_partner" in error_line(result)


def test_a_procedure_and_its_status_are_accepted_as_displayed(scratch: Path) -> None:
    item = {
        "type": "ProcedureLaunched",
        "org": "sco",
        "party": "Azerbaijan",
        "procedure": "Admission",
        "status": "Dialogue Partner",
        "date": "2016-01-01",
        "source": {"document": "d", "quote": "q"},
    }
    added = Timeline(str(scratch)).append([item])
    typed_as_slugs = {**item, "procedure": "admission", "status": "dialogue_partner"}
    assert Timeline(str(scratch)).append([typed_as_slugs]).known == added.added  # one event, one id


@given(st.from_regex(r"[a-z][a-z0-9]{0,6}(_[a-z0-9]{1,6}){0,3}", fullmatch=True))
def test_the_displayed_form_of_any_status_reads_back_as_its_slug(slug: str) -> None:
    displayed = slug.replace("_", " ")  # what the state's headings show
    assert term_slug(displayed) == slug
    assert term_slug(displayed.title()) == slug
    assert term_slug(displayed.upper()) == slug


@pytest.mark.parametrize(
    "args",
    [
        ("state", "SCO"),
        ("history", "Sco"),
        ("diff", "SCO", "2005-01-01", "2012-01-01"),
        ("why", "SCO", "--presidency"),
        ("replay", "SCO", "--to", "2002-01-01"),
        ("intervals", "SCO"),
        ("export", "SCO", "--to", "csv"),
    ],
    ids=lambda a: " ".join(a),
)
def test_an_organization_slug_is_case_insensitive_in_every_query(
    sco_store: Path, args: tuple[str, ...]
) -> None:
    result = run(sco_store, *args)
    assert result.exit_code == 0, result.output
    assert run(sco_store, args[0], "sco", *args[2:]).stdout == result.stdout


def test_an_organization_slug_is_case_insensitive_over_http_and_in_events(
    client: TestClient, scratch: Path
) -> None:
    assert (
        client.get("/api/v1/orgs/SCO/state?as_of=2012-01-01").json()
        == client.get("/api/v1/orgs/sco/state?as_of=2012-01-01").json()
    )
    result = run(
        scratch,
        "grant",
        "SCO",
        "Azerbaijan",
        "observer",
        "--on",
        "2016-01-01",
        "--document",
        "d",
        "--quote",
        "q",
    )
    assert result.exit_code == 0, result.output


# -- 2: every option naming a thing is checked, with the closest names -----------------------


@pytest.mark.parametrize(
    ("args", "closest"),
    [
        (("history", "sco", "--office", "secretary-generl"), "secretary-general"),
        (("why", "sco", "--office", "secretary-generl"), "secretary-general"),
        (("why", "sco", "--document", "SCO Charta"), "sco-charter (SCO Charter)"),
        (("why", "sco", "--document", "sco-chartr"), "sco-charter (SCO Charter)"),
        (("why", "sco", "--meeting", "council-of-foreign-minister"), "council-of-foreign-ministers"),
        (("history", "sco", "--party", "Kyrgystan"), "Kyrgyzstan (KGZ)"),
        (("state", "sco-org"), "sco"),
        (
            (
                "grant",
                "sco",
                "Azerbaijan",
                "observr",
                "--on",
                "2016-01-01",
                "--document",
                "d",
                "--quote",
                "q",
            ),
            "observer",
        ),
        (("chart", "sco", "--party", "Armenia", "-o", "x.png"), "closest known: "),
        (("memberships", "AFG", "--status", "observr"), "observer"),
        (("memberships", "AFG", "--as-of", "2012", "--status", "Dialog Partner"), "dialogue_partner"),
    ],
    ids=lambda a: " ".join(a) if isinstance(a, tuple) else None,
)
def test_a_misnamed_thing_is_refused_with_the_closest_names(
    scratch: Path, args: tuple[str, ...], closest: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # nothing may be written; if it were, not here
    line = error_line(run(scratch, *args))
    assert "closest known: " in line and closest in line, line


@pytest.mark.parametrize(
    ("option", "typed", "slug"),
    [
        ("--document", "SCO Charter", "sco-charter"),
        ("--document", "sco charter", "sco-charter"),
        ("--office", "Secretary-General", "secretary-general"),
        ("--office", "secretary general", "secretary-general"),
    ],
)
def test_a_thing_is_found_by_its_title(sco_store: Path, option: str, typed: str, slug: str) -> None:
    result = run(sco_store, "why", "sco", option, typed, "--as-of", "2010-01-01", "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["answer"]["about"] == {option.lstrip("-"): slug}
    history = run(sco_store, "history", "sco", "--office", "Secretary-General", "--json")
    assert history.exit_code == 0 and json.loads(history.stdout)


def test_a_misnamed_office_is_refused_over_http(client: TestClient) -> None:
    for path in (
        "/api/v1/orgs/sco/history?office=secretary-generl",
        "/api/v1/orgs/sco/why?office=secretary-generl",
    ):
        response = client.get(path)
        assert response.status_code == 400, response.text
        assert "closest known: secretary-general" in response.text


def test_a_misspelt_procedure_names_the_partys_procedures(scratch: Path) -> None:
    source = ("--document", "d", "--quote", "q")
    launched = run(
        scratch, "launch", "sco", "Mongolia", "--procedure", "accession", "--on", "2012-09-01", *source
    )
    assert launched.exit_code == 0, launched.output
    for verb, extra in (("step", ("--step", "memorandum signed")), ("conclude", ("--outcome", "granted"))):
        line = error_line(
            run(
                scratch,
                verb,
                "sco",
                "Mongolia",
                "--procedure",
                "Accesion",
                *extra,
                "--on",
                "2012-10-01",
                *source,
            )
        )
        assert "no-such-procedure" in line and line.endswith("; closest procedure of the party: accession"), (
            line
        )
    # a party with none: no list to offer
    line = error_line(
        run(
            scratch,
            "step",
            "sco",
            "KAZ",
            "--procedure",
            "accession",
            "--step",
            "x",
            "--on",
            "2012-10-01",
            *source,
        )
    )
    assert line.endswith("has no accession procedure pending in 'sco' on 2012-10-01"), line


def test_a_misspelt_status_across_organizations_is_refused_over_http(client: TestClient) -> None:
    response = client.get("/api/v1/parties/AFG/memberships?status=observr")
    assert response.status_code == 400, response.text
    assert "unknown status 'observr'; closest known: observer" in response.text
    shown = client.get("/api/v1/parties/AFG/memberships?as_of=2013-01-01&status=Observer").json()
    assert [m["org"] for m in shown["memberships"]] == ["sco"]  # as displayed, it is a status


# -- 5: the record's time is worded as the record's -------------------------------------------


def test_a_state_known_before_anything_was_recorded_says_so(sco_store: Path, client: TestClient) -> None:
    shown = run(sco_store, "state", "sco", "--as-of", "2012-01-01", "--known-at", "2000-01-01")
    assert shown.exit_code == 0, shown.output
    assert "nothing about the organization had been recorded by 2000-01-01" in shown.stdout
    assert "not founded" not in shown.stdout  # a fact about the world it does not know
    answer = json.loads(run(sco_store, "state", "sco", "--known-at", "2000-01-01", "--json").stdout)
    assert answer["recorded"] is False and answer["founded"] is None
    assert client.get("/api/v1/orgs/sco/state?known_at=2000-01-01").json()["recorded"] is False
    # before the founding, as known now: that is a fact about the world
    before = run(sco_store, "state", "sco", "--as-of", "1999-01-01")
    assert "not founded on this day" in before.stdout and "nothing about" not in before.stdout
    assert (
        json.loads(run(sco_store, "state", "sco", "--as-of", "1999-01-01", "--json").stdout)["recorded"]
        is True
    )


def test_why_after_a_retraction_names_it_in_valid_time_words(scratch: Path) -> None:
    granted = run(
        scratch,
        "grant",
        "sco",
        "Egypt",
        "dialogue_partner",
        "--on",
        "2022-09-15",
        "--document",
        "d",
        "--quote",
        "q",
    )
    assert granted.exit_code == 0, granted.output
    event_id = granted.stdout.split()[0]
    recorded = json.loads(run(scratch, "show", event_id, "--json").stdout)["recorded_at"]
    assert run(scratch, "retract", event_id, "--reason", "entered by mistake").exit_code == 0
    answer = json.loads(
        run(scratch, "why", "sco", "--party", "Egypt", "--as-of", "2023-01-01", "--json").stdout
    )
    says = answer["answer"]["says"]
    assert answer["answer"]["holds"] == "no"
    assert "recorded by" not in says  # no record-time words in a valid-time answer
    assert "retracted" in says and "entered by mistake" in says
    assert [(r["id"], r["reason"]) for r in answer["retracted"]] == [(event_id, "entered by mistake")]
    table = run(scratch, "why", "sco", "--party", "Egypt", "--as-of", "2023-01-01").stdout
    assert f"retracted   StatusGranted {event_id[:8]}" in table
    # as known before the retraction, the grant holds and no retraction is named
    then = json.loads(
        run(
            scratch,
            "why",
            "sco",
            "--party",
            "Egypt",
            "--as-of",
            "2023-01-01",
            "--known-at",
            recorded,
            "--json",
        ).stdout
    )
    assert then["answer"]["holds"] == "yes" and then["retracted"] == []


def test_why_no_status_ever_is_worded_in_valid_time(sco_store: Path) -> None:
    says = json.loads(
        run(sco_store, "why", "sco", "--party", "Egypt", "--as-of", "2013-01-01", "--json").stdout
    )
    assert says["answer"]["holds"] == "no"
    assert "recorded" not in says["answer"]["says"], says["answer"]["says"]


# -- 4: a future decision is recorded with a warning ------------------------------------------

SOURCE = ("--document", "d", "--quote", "q")


def _in(days: int) -> str:
    return (dt.datetime.now(dt.UTC).date() + dt.timedelta(days=days)).isoformat()


@pytest.mark.parametrize(
    ("args", "warned"),
    [
        (("grant", "sco", "Egypt", "observer", "--on", "2099-06-24"), True),
        (("handover", "sco", "KAZ", "--on", "2099"), True),
        (("appoint", "sco", "secretary-general", "A Person", "--term", "2098-01-01/2100-12-31"), True),
        (("grant", "sco", "Egypt", "observer", "--on", "_IN_400_"), True),
        (("grant", "sco", "Egypt", "observer", "--on", "_IN_300_"), False),
        (("grant", "sco", "Egypt", "observer", "--on", "2016-01-01"), False),
        (("schedule", "sco", "council-of-heads-of-state", "--date", "2099", "--host", "KAZ"), False),
    ],
    ids=lambda a: " ".join(a) if isinstance(a, tuple) else str(a),
)
def test_a_future_decision_is_recorded_with_a_warning(
    scratch: Path, args: tuple[str, ...], warned: bool
) -> None:
    args = tuple(_in(int(a[4:-1])) if a.startswith("_IN_") else a for a in args)
    result = run(scratch, *args, *SOURCE)
    assert result.exit_code == 0, result.output
    event_id = result.stdout.split()[0]
    warnings = [line for line in result.stderr.splitlines() if line.startswith("Warning:")]
    if warned:
        assert len(warnings) == 1, result.stderr
        assert f"{event_id[:8]} is a future decision" in warnings[0]
    else:
        assert warnings == [], result.stderr
    assert run(scratch, "show", event_id).exit_code == 0  # recorded all the same


def test_a_future_correction_warns_and_the_api_says_it_too(scratch: Path) -> None:
    granted = run(scratch, "grant", "sco", "Egypt", "observer", "--on", "2016-01-01", *SOURCE)
    event_id = granted.stdout.split()[0]
    fixed = run(scratch, "correct", event_id, '{"effective": "2061-01-01"}', "--reason", "typo")
    assert "is a future decision" in fixed.stderr and fixed.exit_code == 0
    with Timeline(str(scratch)) as timeline, TestClient(create_app(timeline, write_token="t0ken")) as c:
        item = {
            "type": "StatusGranted",
            "party": "India",
            "status": "member",
            "effective": "2100-01-01",
            "source": {"document": "d", "quote": "q"},
        }
        response = c.post("/api/v1/orgs/sco/events", json=item, headers={"Authorization": "Bearer t0ken"})
        assert response.status_code == 201, response.text
        [warning] = response.json()["warnings"]
        assert "is a future decision" in warning


# -- 11: one reader of events, whatever the door -----------------------------------------------

BAD_INPUTS = {
    "duplicate-key": b'{"type": "StatusGranted", "org": "sco", "type": "StatusWithdrawn"}',
    "nan": b'{"type": "StatusGranted", "org": "sco", "party": "IND", "n": NaN}',
    "infinity": b'{"type": "StatusGranted", "org": "sco", "n": -Infinity}',
    "malformed": b'{"type": "StatusGranted", "org": }',
    "scalar": b"42",
    "string": b'"StatusGranted"',
    "empty": b"  \n",
    "deep": b"[" * 100_000 + b"]" * 100_000,
    "deep-object": b'{"a":' * 50_000 + b"1" + b"}" * 50_000,
    "long-integer": b'{"type": "StatusGranted", "n": ' + b"9" * 5000 + b"}",
    "not-utf8": b'{"type": "StatusGranted", "quote": "\xff\xfe"}',
    "over-the-limit": b'{"type": "StatusGranted", "org": "sco", "note": "' + b"x" * 2000 + b'"}',
}
DOORS = ["import FILE", "import -", "append -", "append JSON", "correct JSON", "POST"]


def _through(door: str, data: bytes, store: Path, tmp_path: Path) -> tuple[int, str]:
    """(exit status or HTTP status, the problem named) of one input through one door; the name the
    message gives the input (a file's path, <stdin>, the event, the body) is cut off."""
    if door == "POST":
        with Timeline(str(store)) as timeline, TestClient(create_app(timeline, write_token="t0ken")) as c:
            r = c.post("/api/v1/orgs/sco/events", content=data, headers={"Authorization": "Bearer t0ken"})
        return r.status_code, r.json()["error"]["message"].split(": ", 1)[1]
    if door == "import FILE":
        path = tmp_path / "events.json"
        path.write_bytes(data)
        result = run(store, "import", str(path))
    elif door.endswith(" -"):
        result = CliRunner().invoke(main, ["--store", str(store), *door.split()], input=data)
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("utf-8", "surrogateescape")  # as a shell hands the bytes over
        args = ["correct", "0000", text, "--reason", "r"] if door == "correct JSON" else ["append", text]
        result = run(store, *args)
    line = error_line(result)
    return result.exit_code, line.removeprefix("Error: ").split(": ", 1)[1]


@pytest.mark.parametrize("case", sorted(BAD_INPUTS))
def test_every_door_judges_the_same_input_the_same_way(
    case: str, sco_store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same bad input through igo import (a file, stdin), igo append (stdin, an argument), igo
    correct and the HTTP API: refused by each, with the same words, and nothing written."""
    from igo_timeline.events import input as event_input

    data = BAD_INPUTS[case]
    if case == "over-the-limit":
        monkeypatch.setattr(event_input, "MAX_INPUT_BYTES", 1000)  # one limit for every door
    store = tmp_path / "store.sqlite"
    shutil.copyfile(sco_store, store)
    before = run(store, "history", "sco", "--json").stdout
    doors = [d for d in DOORS if not (case == "not-utf8" and d.endswith("JSON"))]  # an argument is text
    answers = {door: _through(door, data, store, tmp_path) for door in doors}
    # the doors that take one event say so ("expected one event"); else every word is the same
    one = {"append -", "append JSON", "correct JSON"}
    problems = {
        problem.replace("expected one event (a JSON object)", "expected an event or a list of events")
        if door in one
        else problem
        for door, (_, problem) in answers.items()
    }
    assert len(problems) == 1, answers
    statuses = {door: status for door, (status, _) in answers.items()}
    assert all(s == 1 for d, s in statuses.items() if d != "POST"), statuses
    assert statuses["POST"] == (413 if case == "over-the-limit" else 400), statuses
    assert run(store, "history", "sco", "--json").stdout == before


# -- 8: one default day: today, with the horizon of the record --------------------------------


def test_the_chart_defaults_to_today_with_the_horizon(sco_store: Path, tmp_path: Path) -> None:
    """The chart's "record ends" line is the horizon every answer has (``sources for sco reach``),
    not the record's last dated day (a term or a meeting scheduled beyond it)."""
    with Timeline(str(sco_store)) as timeline:
        answer = intervals("sco", timeline.records("sco"))
        state = timeline.state("sco", dt.date(2030, 1, 1))
    last = dt.date.fromisoformat(answer["last_day"])
    reach = dt.date.fromisoformat(answer["horizon"]["until"])
    assert state.horizon["until"] == reach.isoformat() and reach < last  # a term runs on past it
    later = last + dt.timedelta(days=3 * 365)
    lanes = chart_lanes(answer, today=later)
    assert lanes.end == later and lanes.horizon == reach  # the window reaches today; the record ends before
    within = chart_lanes(answer, as_of=reach, today=later)
    assert within.horizon is None and within.end == chart_lanes(answer, today=last).end
    assert chart_lanes(answer, as_of=reach + dt.timedelta(days=1), today=later).horizon == reach
    result = run(sco_store, "chart", "sco", "-o", str(tmp_path / "sco.svg"))
    assert result.exit_code == 0, result.output
    today = dt.datetime.now(dt.UTC).date()
    assert f"to {max(today, last).isoformat()}" in result.stderr or today <= last
    svg = (tmp_path / "sco.svg").read_text("utf-8")
    assert f"as of {today.isoformat()}" in svg
    assert (f"record ends {reach.isoformat()}" in svg) == (today > reach)


def test_the_cli_and_the_api_default_to_today(sco_store: Path, client: TestClient) -> None:
    today = dt.datetime.now(dt.UTC).date().isoformat()
    assert json.loads(run(sco_store, "state", "sco", "--json").stdout)["as_of"] == today
    assert client.get("/api/v1/orgs/sco/state").json()["as_of"] == today


# -- 1: a year or a month is a question a historian asks ---------------------------------------


def _daily_truth(
    records: list[Any], start: dt.date, end: dt.date
) -> dict[tuple[str, str, str], list[dt.date]]:
    """(kind, subject, what holds) -> the days of start..end on which it holds, day by day (the fold)."""
    days: dict[tuple[str, str, str], list[dt.date]] = {}
    day = start
    while day <= end:
        for (kind, subject), value in _entries(state_as_of("sco", records, day)).items():
            if kind in ("status", "office", "presidency") and value is not None:
                days.setdefault((kind, subject, repr(value)), []).append(day)
        day += dt.timedelta(days=1)
    return days


def _runs(days: list[dt.date]) -> list[tuple[str, str]]:
    runs: list[list[dt.date]] = []
    for d in days:
        if runs and runs[-1][1] + dt.timedelta(days=1) == d:
            runs[-1][1] = d
        else:
            runs.append([d, d])
    return [(a.isoformat(), b.isoformat()) for a, b in runs]


@pytest.mark.parametrize("period", ["2005", "2010", "2012", "2012-06", "2013-01", "2001"])
def test_a_period_state_is_what_held_day_by_day(sco_store: Path, period: str) -> None:
    """Every-day lists, partly spans and changes, against the state of each day of the period."""
    answer = json.loads(run(sco_store, "state", "sco", "--as-of", period, "--json").stdout)
    start, end = dt.date.fromisoformat(answer["from"]), dt.date.fromisoformat(answer["to"])
    assert (
        answer["as_of"] == period
        and start.isoformat().startswith(period)
        and end.isoformat().startswith(period)
    )
    with Timeline(str(sco_store)) as timeline:
        records = timeline.records("sco")
    truth = _daily_truth(records, start, end)
    length = (end - start).days + 1
    every = {k for k, days in truth.items() if len(days) == length}
    statuses = {
        ("status", e["party"], repr(status))
        for status in ("member", "observer", "dialogue_partner")
        for e in answer[plural(status)]
    }
    assert statuses == {k for k in every if k[0] == "status"}
    partly = {
        (p["kind"], p["subject"], repr(p["holds"])): [(s["start"], s["end"]) for s in p["spans"]]
        for p in answer["partly"]
    }
    assert partly == {k: _runs(days) for k, days in truth.items() if k not in every}
    office_every = {k[1] for k in every if k[0] == "office"}
    assert {s for s, o in answer["offices"].items() if o["holder"]} == office_every
    presidency = answer["presidency"]
    assert (presidency["party"] if presidency else None) == next(
        (ast.literal_eval(k[2]) for k in every if k[0] == "presidency"), None
    )
    # the changes: those between each day and the next, on the day they show
    expected = []
    day = start + dt.timedelta(days=1)
    while day <= end:
        before, after = (
            state_as_of("sco", records, day - dt.timedelta(days=1)),
            state_as_of("sco", records, day),
        )
        expected += [(day.isoformat(), c.kind, c.subject) for c in diff_states(before, after)]
        day += dt.timedelta(days=1)
    assert [(c["on"], c["kind"], c["subject"]) for c in answer["changes"]] == expected


def test_a_period_reads_the_same_in_a_table_and_over_http(sco_store: Path, client: TestClient) -> None:
    cli = json.loads(run(sco_store, "state", "sco", "--as-of", "2012", "--json").stdout)
    assert client.get("/api/v1/orgs/sco/state?as_of=2012").json() == cli
    table = run(sco_store, "state", "sco", "--as-of", "2012").stdout
    assert "sco: Shanghai Cooperation Organization, in 2012 (2012-01-01 to 2012-12-31)" in table
    assert "observer, every day (4)" in table
    assert "partly (4): held on some days of 2012 only" in table
    assert "AFG (Afghanistan)  observer" in " ".join(table.split("\n")) or "AFG (Afghanistan)" in table
    assert f"changes within 2012 ({len(cli['changes'])})" in table


def test_diff_and_history_take_periods(sco_store: Path, client: TestClient) -> None:
    years = json.loads(run(sco_store, "diff", "sco", "2005", "2012", "--json").stdout)
    days = json.loads(run(sco_store, "diff", "sco", "2005-01-01", "2012-12-31", "--json").stdout)
    assert years == days and (years["from"], years["to"]) == ("2005-01-01", "2012-12-31")
    assert client.get("/api/v1/orgs/sco/diff?from=2005&to=2012").json() == years
    month = run(sco_store, "history", "sco", "--from", "2008-08", "--to", "2008-08", "--json").stdout
    assert (
        month
        == run(sco_store, "history", "sco", "--from", "2008-08-01", "--to", "2008-08-31", "--json").stdout
    )
    assert [e["type"] for e in json.loads(month)] == ["OfficialAppointed", "MeetingHeld"]
    assert client.get("/api/v1/orgs/sco/history?from=2008-08&to=2008-08").json() == json.loads(month)
    assert (
        json.loads(run(sco_store, "state", "sco", "--as-of", "2012-06-07", "--json").stdout)["as_of"]
        == "2012-06-07"
    )
    assert run(sco_store, "why", "sco", "--as-of", "2012", "--presidency").exit_code == 2  # why keeps a day


# -- 7: review, then import -----------------------------------------------------------------------

COMMUNIQUES = ROOT / "tests" / "communiques"


def test_the_checked_extraction_imports_what_is_new_only(scratch: Path, tmp_path: Path) -> None:
    checked = run(
        scratch, "extract", str(COMMUNIQUES / "sco-2009-yekaterinburg.txt"), "--org", "sco", "--check"
    )
    review = tmp_path / "review.jsonl"
    review.write_text(checked.stdout, "utf-8")
    new = [json.loads(line) for line in checked.stdout.splitlines() if json.loads(line).get("check") == "new"]
    assert new
    result = run(scratch, "import", str(review))
    assert result.exit_code == 0, result.output
    assert f"recorded {len(new)} event(s)" in result.stderr
    again = run(
        scratch, "extract", str(COMMUNIQUES / "sco-2009-yekaterinburg.txt"), "--org", "sco", "--check"
    )
    assert "new" not in {json.loads(line)["check"] for line in again.stdout.splitlines()}


def test_a_refused_event_is_named_by_its_line_in_the_file(scratch: Path, tmp_path: Path) -> None:
    src = {"document": "d", "quote": "q"}
    events = [
        {"type": "StatusGranted", "org": "sco", "party": "Armenia", "status": "dialogue_partner", "effective": "2016-01-01", "source": src},
        {"type": "StatusGranted", "org": "sco", "party": "Nepal", "status": "dialogue_partner", "effective": "2016-01-01", "source": src},
        {"type": "StatusGranted", "org": "sco", "party": "Mongolia", "status": "observer", "effective": "2013-01-01", "source": src},
    ]  # fmt: skip
    review = tmp_path / "review.jsonl"
    review.write_text(
        "\n\n".join(json.dumps(e) for e in events) + "\n", "utf-8"
    )  # blank lines: lines are not items
    line = error_line(run(scratch, "import", str(review)))
    assert "(item 3: " in line and "review.jsonl line 5)" in line and "status-already-held" in line, line
    assert (
        run(scratch, "history", "sco", "--party", "Nepal", "--json").stdout.strip() == "[]"
    )  # nothing written


# -- 9: the chart's labels: whole, apart, in the PNG as in the SVG --------------------------------


def _png_labels(chart_: Any) -> list[tuple[str, Any]]:
    """Every text of the chart as laid out for the PNG (at its resolution), with its box in pixels."""
    fig = figure(chart_, PNG_DPI)
    renderer = fig.canvas.get_renderer()  # type: ignore[attr-defined]
    ax = fig.axes[0]
    found = [*ax.texts, *ax.get_yticklabels(), *ax.get_xticklabels(), *fig.texts]
    return [(t.get_text(), t.get_window_extent(renderer)) for t in found if t.get_text() and t.get_visible()]


@pytest.mark.parametrize("as_of", ["2013-03-01", "2012-06-07", "2005-07-05"])
def test_no_two_labels_of_the_png_touch(sco_store: Path, as_of: str) -> None:
    with Timeline(str(sco_store)) as timeline:
        answer = intervals("sco", timeline.records("sco"))
    lanes = chart_lanes(answer, as_of=dt.date.fromisoformat(as_of))
    labels = _png_labels(lanes)
    assert any(text == "Beijing" for text, _ in labels) and any("Kyrgyzstan" in t for t, _ in labels)
    clashes = [
        (a, b)
        for (a, box_a), (b, box_b) in itertools.combinations(labels, 2)
        if box_a.padded(1).overlaps(box_b)
    ]
    assert clashes == []
    # a meeting's label is never put across the as-of line, unless the meeting is on that day
    fig = figure(lanes, PNG_DPI)
    ax = fig.axes[0]
    renderer = fig.canvas.get_renderer()  # type: ignore[attr-defined]
    [line] = [ln for ln in ax.lines if ln.get_linestyle() == "--"]
    x = ax.transData.transform((line.get_xdata()[0], 0))[0]
    day = dt.date.fromisoformat(as_of)
    elsewhere = {
        text
        for lane in lanes.lanes
        if lane.kind == "main-meetings"
        for b in lane.bars
        if not (b.s0 and b.e1 and b.s0 <= day <= b.e1)
        for text in (b.label, *b.short_labels)
    }
    on_day = {
        text
        for lane in lanes.lanes
        if lane.kind == "main-meetings"
        for b in lane.bars
        if b.s0 and b.e1 and b.s0 <= day <= b.e1
        for text in (b.label, *b.short_labels)
    }  # (a place met twice, one on that day: its label may be either)
    boxes = [
        (t.get_text(), t.get_window_extent(renderer)) for t in ax.texts if t.get_text() in elsewhere - on_day
    ]
    assert boxes and [text for text, box in boxes if box.x0 <= x <= box.x1] == []


def test_the_png_is_written_at_the_resolution_it_was_laid_out_at(sco_store: Path, tmp_path: Path) -> None:
    from PIL import Image

    result = run(sco_store, "chart", "sco", "--as-of", "2013-03-01", "-o", str(tmp_path / "sco.png"))
    assert result.exit_code == 0, result.output
    with Timeline(str(sco_store)) as timeline:
        lanes = chart_lanes(intervals("sco", timeline.records("sco")), as_of=dt.date(2013, 3, 1))
    fig = figure(lanes, PNG_DPI)
    with Image.open(tmp_path / "sco.png") as image:
        wanted = (fig.get_figwidth() * PNG_DPI, fig.get_figheight() * PNG_DPI)
        assert all(abs(got - want) <= 1 for got, want in zip(image.size, wanted, strict=True)), (
            image.size,
            wanted,
        )


@pytest.mark.parametrize(
    ("title", "lines"),
    [
        ("Secretary-General", ["Secretary-General"]),
        (
            "Director of the Executive Committee of the RCTS",
            ["Director of the Executive Committee of the", "RCTS"],
        ),
        ("A" * 30 + " " + "B" * 30 + " " + "C" * 30, ["A" * 30, ("B" * 30 + " " + "C" * 30)[:41] + "…"]),
    ],
)
def test_a_long_lane_title_wraps_by_rule(title: str, lines: list[str]) -> None:
    drawn = lane_title(title)
    assert drawn.split("\n") == lines
    assert "…" not in drawn or len(title) > 2 * 42  # cut only when two lines cannot hold it
    assert all(len(line) <= 42 for line in drawn.split("\n"))


def test_successive_terms_alternate_shades_and_carry_their_holders(sco_store: Path) -> None:
    with Timeline(str(sco_store)) as timeline:
        lanes = chart_lanes(intervals("sco", timeline.records("sco")), as_of=dt.date(2013, 3, 1))
    fig = figure(lanes, PNG_DPI)
    ax = fig.axes[0]
    office = next(lane for lane in lanes.lanes if lane.title == "Secretary-General")
    holders = [bar.label for bar in office.bars]
    assert holders == [
        "Zhang Deguang",
        "Bolat Nurgaliyev",
        "Muratbek Sansyrbayevich Imanaliev",
        "Dmitry Mezentsev",
    ]
    shown = {t.get_text() for t in ax.texts}
    for bar in office.bars:  # each term carries its holder's name, whole or shortened
        assert {bar.label, *bar.short_labels} & shown, bar.label
    greys = [matplotlib.colors.to_hex(p.get_facecolor()) for p in ax.patches]
    assert (
        matplotlib.colors.to_hex(TERM_COLORS[0]) in greys
        and matplotlib.colors.to_hex(TERM_COLORS[1]) in greys
    )
    assert TERM_COLORS[0] != TERM_COLORS[1]


# -- the record times: the batches, for the page's "as known at" control ----------------------


def test_the_batches_are_listed_by_the_cli_and_the_api(scratch: Path) -> None:
    granted = run(scratch, "grant", "sco", "Egypt", "dialogue partner", "--on", "2022-09-15", *SOURCE)
    event_id = granted.stdout.split()[0]
    assert run(scratch, "retract", event_id, "--reason", "entered by mistake").exit_code == 0
    answer = json.loads(run(scratch, "batches", "SCO", "--json").stdout)
    stamps = [b["recorded_at"] for b in answer["batches"]]
    assert stamps == sorted(stamps) and len(stamps) == 3  # the import, the grant, the retraction
    assert [b["types"] for b in answer["batches"][1:]] == [{"StatusGranted": 1}, {"EventRetracted": 1}]
    # the chronicle's own corrections (they add the 2013-2025 sheet's sources) come with the import
    [revision] = [r for r in answer["revisions"] if r["recorded_at"] != stamps[0]]
    assert (revision["target"], revision["type"], revision["reason"]) == (
        event_id,
        "EventRetracted",
        "entered by mistake",
    )
    assert revision["recorded_at"] == stamps[2]
    with Timeline(str(scratch)) as timeline, TestClient(create_app(timeline)) as c:
        assert c.get("/api/v1/orgs/sco/batches").json() == answer
    # each batch is a moment --known-at takes: the state as known then
    then = json.loads(
        run(scratch, "state", "sco", "--as-of", "2023-01-01", "--known-at", stamps[1], "--json").stdout
    )
    assert "EGY" in [e["party"] for e in then["dialogue_partners"]]
    table = run(scratch, "batches", "sco").stdout
    assert f"EventRetracted of {event_id[:8]}: entered by mistake" in table


def test_the_date_parser_says_nothing_on_stdout(scratch: Path) -> None:
    """edtf prints diagnostics on some inputs; stdout is the command's data (found by the fuzz test)."""
    event = {"type": "StatusGranted", "org": "sco", "party": "MNG", "status": "observer", "effective": "../",
             "source": {"document": "d", "quote": "q"}}  # fmt: skip
    result = run(scratch, "import", "-", input=json.dumps(event))
    assert "invalid-date" in error_line(result)


# -- 10: extract --apply prints its summary lines only ---------------------------------------------


def test_extract_apply_prints_summary_lines_only(scratch: Path) -> None:
    result = run(scratch, "extract", str(COMMUNIQUES / "sco-2011-astana.txt"), "--org", "sco", "--apply")
    assert result.exit_code == 0, result.output
    assert result.stdout == ""  # no record per candidate
    assert result.stderr.strip().splitlines() == [
        # Djumanbekov's term from "2010?" (some day of 2009-2011): in office in June 2011 is uncertain
        "sco-2011-astana.txt: 1 agrees, 1 new, 2 recorded, 1 uncertain; applied 1 new event(s) as one batch"
    ]


# -- bad input: a query never creates a store -------------------------------------------------


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (("state", "sco"), 1),
        (("why", "sco", "--party", "KAZ"), 1),
        (("memberships", "KAZ", "--as-of", "2008"), 0),
        (("orgs",), 0),
        (("verify",), 0),
        (("history", "sco"), 1),
    ],
    ids=lambda a: " ".join(a) if isinstance(a, tuple) else None,
)
def test_a_query_on_a_store_that_is_not_there_writes_nothing(
    tmp_path: Path, args: tuple[str, ...], code: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A --store with a typo (or the default store before anything was recorded) is read as
    the empty store it would be: no file, no folder is made for it."""
    monkeypatch.chdir(tmp_path)
    typo = tmp_path / "no-such-folder" / "scratch.sqlit"
    result = run(typo, *args)
    assert result.exit_code == code, result.output
    if code:
        assert error_line(result) in (
            "Error: unknown organization 'sco'; the store holds no organization yet",
        )
    assert "Traceback" not in result.output
    assert list(tmp_path.iterdir()) == []
    # by IGO_STORE too, and a command that records still creates its store
    monkeypatch.setenv("IGO_STORE", str(typo))
    assert CliRunner().invoke(main, list(args)).exit_code == code and list(tmp_path.iterdir()) == []
    assert CliRunner().invoke(main, ["import", "--bundled", "sco"]).exit_code == 0
    assert typo.exists()
