"""``igo extract`` through click's CliRunner: output formats, --check, --apply, bad input."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner, Result

from igo_timeline.cli import main
from igo_timeline.events.models import Source

SEED = Path(str(resources.files("igo_timeline.data").joinpath("sources", "sco-communique-2012-06-07.txt")))
HERE = Path(__file__).resolve().parent / "communiques"
ASTANA_2005 = HERE / "sco-2005-astana.txt"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture(scope="module")
def sco_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("extract") / "sco.sqlite"
    result = CliRunner().invoke(main, ["--store", str(path), "import", "--bundled", "sco"])
    assert result.exit_code == 0, result.stderr
    return path


@pytest.fixture
def sco(sco_template: Path, tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "store.sqlite"
    shutil.copyfile(sco_template, path)
    yield path


def igo(runner: CliRunner, store: Path, *args: str, code: int = 0, input: str | None = None) -> Result:
    result = runner.invoke(main, ["--store", str(store), *args], input=input)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise AssertionError(f"igo {' '.join(args)} crashed: {result.exception!r}") from result.exception
    assert result.exit_code == code, (
        f"exit {result.exit_code}\nstdout: {result.stdout}\nstderr: {result.stderr}"
    )
    return result


def lines(result: Result) -> list[dict[str, Any]]:
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_jsonl_records_quote_the_text_at_their_offsets(runner: CliRunner, tmp_path: Path) -> None:
    result = igo(
        runner,
        tmp_path / "s.sqlite",
        "extract",
        str(SEED),
        "--org",
        "sco",
        "--document",
        "sco-communique-2012-06-07",
    )
    rows = lines(result)
    text = SEED.read_text("utf-8")
    assert {r["record"] for r in rows} == {"event", "attestation"}
    for row in rows:
        assert set(row) >= {"record", "event", "note"}
        src = row["event"]["source"]
        assert (
            text[src["start"] : src["end"]] == src["quote"] and src["document"] == "sco-communique-2012-06-07"
        )
    assert result.stderr.strip() == "sco-communique-2012-06-07.txt: 12 attestation, 30 event"


def test_the_document_id_defaults_to_the_file_name(runner: CliRunner, tmp_path: Path) -> None:
    rows = lines(igo(runner, tmp_path / "s.sqlite", "extract", str(ASTANA_2005), "--org", "sco"))
    assert {r["event"]["source"]["document"] for r in rows} == {"sco-2005-astana"}
    stdin = lines(
        igo(
            runner,
            tmp_path / "s.sqlite",
            "extract",
            "-",
            "--org",
            "sco",
            input=ASTANA_2005.read_text("utf-8"),
        )
    )
    assert [r["event"] for r in stdin] == [
        json.loads(json.dumps(r["event"]).replace('"sco-2005-astana"', '"stdin"')) for r in rows
    ]


@pytest.mark.parametrize("fmt", ["yaml", "table"], ids=["yaml", "table"])
def test_formats(runner: CliRunner, tmp_path: Path, fmt: str) -> None:
    out = igo(
        runner, tmp_path / "s.sqlite", "extract", str(ASTANA_2005), "--org", "sco", "--format", fmt
    ).stdout
    if fmt == "yaml":
        rows = yaml.safe_load(out)
        assert [r["event"]["type"] for r in rows if r["record"] == "event"] == [
            "MeetingHeld", "StatusGranted", "StatusGranted", "StatusGranted", "PresidencyHandedOver", "MeetingScheduled",
        ]  # fmt: skip
    else:
        head, *body = out.splitlines()
        assert head.split() == ["record", "type", "date", "what", "quote"]
        assert any("party=IND status=observer" in row for row in body) and len(body) == 7


def test_check_the_seed_against_the_bundled_chronicle(runner: CliRunner, sco: Path) -> None:
    result = igo(
        runner,
        sco,
        "extract",
        str(SEED),
        "--org",
        "sco",
        "--document",
        "sco-communique-2012-06-07",
        "--check",
    )
    rows = lines(result)
    assert {r["check"] for r in rows if r["record"] == "event"} == {"recorded"}
    assert {r["check"] for r in rows if r["record"] == "attestation"} == {"agrees"}
    assert all(r["match"] for r in rows)
    assert result.stderr.strip() == "sco-communique-2012-06-07.txt: 12 agrees, 30 recorded"


def test_apply_a_new_text_in_one_step(runner: CliRunner, sco: Path) -> None:
    before = json.loads(igo(runner, sco, "state", "sco", "--as-of", "2006-01-01", "--json").stdout)
    assert before["presidency"] is None
    result = igo(runner, sco, "extract", str(ASTANA_2005), "--org", "sco", "--apply")
    assert "applied 2 new event(s) as one batch" in result.stderr
    after = json.loads(igo(runner, sco, "state", "sco", "--as-of", "2006-01-01", "--json").stdout)
    assert after["presidency"]["party"] == "CHN"
    assert [(m["host"], m["date"]) for m in after["upcoming_meetings"]] == [("CHN", "2006")]
    again = lines(igo(runner, sco, "extract", str(ASTANA_2005), "--org", "sco", "--check"))
    assert {r["check"] for r in again} == {"recorded", "agrees"}


def test_apply_refuses_when_anything_conflicts(runner: CliRunner, sco: Path, tmp_path: Path) -> None:
    text = ASTANA_2005.read_text("utf-8").replace(
        "grant the status of observer at the SCO to the Republic of India",
        "grant the status of dialogue partner to the Republic of India",
    )
    path = tmp_path / "conflict.txt"
    path.write_text(text, "utf-8")
    history = igo(runner, sco, "history", "sco", "--json").stdout
    result = igo(runner, sco, "extract", str(path), "--org", "sco", "--apply", "--format", "jsonl", code=1)
    summary, error = result.stderr.splitlines()[-2:]
    assert summary.startswith("conflict.txt: ") and "refused: nothing applied: 3 conflicting" in summary
    assert error == "Error: stopped at conflict.txt; files applied before it: none"
    conflicting = [r["event"]["party"] for r in lines(result) if r["check"] == "conflicting"]
    assert conflicting == ["IND", "IRN", "PAK"]  # one grant of three parties, all recorded as observers
    assert igo(runner, sco, "history", "sco", "--json").stdout == history
    skipped = igo(runner, sco, "extract", str(path), "--org", "sco", "--apply", "--skip-conflicts")
    assert "applied 2 new event(s)" in skipped.stderr


def test_import_takes_the_reviewed_output(runner: CliRunner, tmp_path: Path) -> None:
    """A store holding only the founding takes the extraction of 2005 whole (the attestation skipped)."""
    store = tmp_path / "founded.sqlite"
    chronicle = yaml.safe_load(resources.files("igo_timeline.data").joinpath("sco.yaml").read_text("utf-8"))
    igo(runner, store, "append", json.dumps(chronicle[0]))
    out = igo(runner, store, "extract", str(ASTANA_2005), "--org", "sco").stdout
    path = tmp_path / "reviewed.jsonl"
    path.write_text(out, "utf-8")
    if {"start", "end"} <= set(Source.model_fields):
        result = igo(runner, store, "import", str(path))
        assert result.stderr.splitlines() == [
            "recorded 6 event(s)",
            "skipped 1 extraction record(s) that are not events",
        ]
        history = json.loads(igo(runner, store, "history", "sco", "--json").stdout)
        offsets = [e["source"] for e in history if e["type"] != "OrganizationFounded"]
        text = ASTANA_2005.read_text("utf-8")
        assert len(offsets) == 6 and all(text[s["start"] : s["end"]] == s["quote"] for s in offsets)
    else:  # until Source has start/end, the vocabulary refuses them: one Error line, nothing written
        result = igo(runner, store, "import", str(path), code=1)
        assert result.stderr.startswith("Error: MeetingHeld - (item 1): invalid-event: source.start: ")
        assert len(json.loads(igo(runner, store, "history", "sco", "--json").stdout)) == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["/no/such/file.txt", "--org", "sco"], "Error: /no/such/file.txt: no such file"),
        (["{bin}", "--org", "sco"], "Error: {bin}: is not UTF-8 text"),
        (["{dir}", "--org", "sco"], "Error: {dir}: is a directory"),
        (
            [str(ASTANA_2005), "--org", "nosuchorg"],
            "Error: unknown organization 'nosuchorg'; closest known: sco; record its founding first "
            "(igo found nosuchorg NAME --on DAY --statuses member,... --document ID --quote TEXT)",
        ),
    ],
    ids=["missing", "not-utf8", "directory", "unknown-org"],
)
def test_bad_input_is_one_error_line(
    runner: CliRunner, sco: Path, tmp_path: Path, args: list[str], message: str
) -> None:
    binary = tmp_path / "bin.txt"
    binary.write_bytes(b"\xff\xfe\x00broken \xc3")
    subs = {"{bin}": str(binary), "{dir}": str(tmp_path)}
    args = [subs.get(a, a) for a in args]
    result = igo(runner, sco, "extract", *args, code=1)
    assert result.stdout == ""
    assert result.stderr.strip() == message.format(bin=binary, dir=tmp_path)


def test_an_organization_of_the_party_table_needs_no_store(runner: CliRunner, tmp_path: Path) -> None:
    rows = lines(igo(runner, tmp_path / "empty.sqlite", "extract", str(ASTANA_2005), "--org", "sco"))
    assert rows and all(r["event"]["org"] == "sco" for r in rows)


# -- several files, in the order of their meetings ---------------------------------------------------

HELDOUT = Path(__file__).resolve().parent / "heldout"


def _after_2012(tmp_path: Path) -> Path:
    store = tmp_path / "after2012.sqlite"
    from igo_timeline import Timeline
    from igo_timeline.cli.common import bundled_events, decided_or_started_by

    # the chronicle as its sources stood at the end of 2012 (it records the later summits too)
    chronicle = [e for e in bundled_events("sco") if decided_or_started_by(e, dt.date(2012, 12, 31))]
    with Timeline(str(store)) as tl:
        tl.append(chronicle)
    return store


def test_apply_several_files_in_meeting_order_each_its_own_batch(runner: CliRunner, tmp_path: Path) -> None:
    store = _after_2012(tmp_path)
    later, earlier = HELDOUT / "sco-2015-ufa-tass.txt", HELDOUT / "sco-2013-bishkek-xinhua.txt"
    between = HELDOUT / "sco-2014-dushanbe-press-release.txt"
    result = igo(runner, store, "extract", str(later), str(earlier), str(between), "--org", "sco", "--apply")
    assert result.stdout == ""  # nothing but the summaries unless --format is given
    summaries = result.stderr.splitlines()
    assert [s.split(":")[0] for s in summaries] == [earlier.name, between.name, later.name]
    assert all("applied" in s and "as one batch" in s for s in summaries)
    history = json.loads(igo(runner, store, "history", "sco", "--json").stdout)
    stamps = {e["recorded_at"] for e in history if e["source"]["document"] == "sco-2013-bishkek-xinhua"}
    later_stamps = {e["recorded_at"] for e in history if e["source"]["document"] == "sco-2015-ufa-tass"}
    assert len(stamps) == 1 and len(later_stamps) == 1 and stamps != later_stamps
    state = json.loads(igo(runner, store, "state", "sco", "--as-of", "2015-07-11", "--json").stdout)
    assert state["presidency"]["party"] == "UZB"
    assert "BLR" in {m["party"] for m in state["observers"]}
    again = igo(runner, store, "extract", str(earlier), "--org", "sco", "--apply")
    assert "nothing new to apply" in again.stderr  # what was applied is recorded by meaning


def test_apply_stops_at_the_first_refused_file_and_names_those_applied(
    runner: CliRunner, tmp_path: Path
) -> None:
    store = _after_2012(tmp_path)
    bad = tmp_path / "sco-2014-conflict.txt"
    bad.write_text(
        (HELDOUT / "sco-2014-dushanbe-press-release.txt")
        .read_text("utf-8")
        .replace(
            "The presidency passes to the Russian Federation.",
            "The presidency passes to the Republic of India.",
        )
        .replace("The Republic of Tajikistan completed its presidency of the Organisation.", ""),
        "utf-8",
    )
    first = igo(
        runner, store, "extract", str(HELDOUT / "sco-2013-bishkek-xinhua.txt"), "--org", "sco", "--apply"
    )
    assert "applied" in first.stderr
    handover = {"type": "PresidencyHandedOver", "org": "sco", "to_party": "RUS", "effective": "2014-09-12",
                "source": {"document": "other", "quote": "Russia takes over"}}  # fmt: skip
    igo(runner, store, "append", json.dumps(handover))
    files = [str(HELDOUT / "sco-2015-ufa-tass.txt"), str(bad), str(HELDOUT / "sco-2013-bishkek-xinhua.txt")]
    result = igo(runner, store, "extract", *files, "--org", "sco", "--apply", code=1)
    lines_ = result.stderr.splitlines()
    assert lines_[0].startswith("sco-2013-bishkek-xinhua.txt:") and "nothing new to apply" in lines_[0]
    assert lines_[1].startswith("sco-2014-conflict.txt:") and "refused" in lines_[1]
    assert (
        lines_[-1]
        == "Error: stopped at sco-2014-conflict.txt; files applied before it: sco-2013-bishkek-xinhua.txt"
    )
    history = json.loads(igo(runner, store, "history", "sco", "--json").stdout)
    assert not [e for e in history if e["source"]["document"] == "sco-2015-ufa-tass"]  # after the refused one


def test_a_file_with_neither_meeting_nor_dateline_cannot_be_ordered(
    runner: CliRunner, tmp_path: Path
) -> None:
    store = _after_2012(tmp_path)
    vague = tmp_path / "vague.txt"
    vague.write_text("The heads of state discussed regional security.\n", "utf-8")
    result = igo(runner, store, "extract", str(vague), str(HELDOUT / "sco-2013-bishkek-xinhua.txt"),
                 "--org", "sco", "--apply", code=1)  # fmt: skip
    assert result.stderr.startswith("Error: vague.txt: names no meeting and has no dated dateline")
    assert json.loads(igo(runner, store, "history", "sco", "--json").stdout)  # nothing written
    assert not [e for e in json.loads(igo(runner, store, "history", "sco", "--json").stdout)
                if e["source"]["document"] == "sco-2013-bishkek-xinhua"]  # fmt: skip


def test_check_over_several_files_checks_each_against_the_ones_before(
    runner: CliRunner, tmp_path: Path
) -> None:
    store = _after_2012(tmp_path)
    path = str(HELDOUT / "sco-2013-bishkek-xinhua.txt")
    copy = tmp_path / "sco-2013-copy.txt"
    copy.write_text(Path(path).read_text("utf-8"), "utf-8")
    result = igo(runner, store, "extract", path, str(copy), "--org", "sco", "--check")
    first, second = result.stderr.splitlines()
    assert "new" in first and "new" not in second and "recorded" in second
    assert not [e for e in json.loads(igo(runner, store, "history", "sco", "--json").stdout)
                if e["source"]["document"] == "sco-2013-bishkek-xinhua"]  # --check writes nothing  # fmt: skip


def test_url_and_published_go_in_every_source_and_anchor_the_dates(runner: CliRunner, tmp_path: Path) -> None:
    text = tmp_path / "ufa.txt"
    text.write_text(
        "UFA, July 10 /TASS/ -- The 15th session of the SCO Heads of State Council was held here today.\n",
        "utf-8",
    )
    result = igo(runner, tmp_path / "s.sqlite", "extract", str(text), "--org", "sco",
                 "--url", "https://example.org/ufa", "--published", "2015-07-10")  # fmt: skip
    meeting = lines(result)[0]["event"]
    assert meeting["date"] == "2015-07-10" and meeting["place"] == "Ufa" and meeting["host"] == "RUS"
    assert (
        meeting["source"]["url"] == "https://example.org/ufa"
        and meeting["source"]["published"] == "2015-07-10"
    )
    bad = igo(
        runner, tmp_path / "s.sqlite", "extract", str(text), "--org", "sco", "--published", "July", code=1
    )
    assert bad.stderr.strip() == "Error: --published 'July': not a day (YYYY-MM-DD)"


def test_accept_candidates_reads_a_close_name_as_the_known_person(
    runner: CliRunner, sco: Path, tmp_path: Path
) -> None:
    text = tmp_path / "appoint.txt"
    text.write_text(
        "On 6-7 June 2012, the Meeting of the Council of Heads of State was held in Beijing. The heads of state "
        "appointed Dmitri Mezentsov (Russian Federation) as SCO Secretary-General for the period from "
        "1 January 2013 to 31 December 2015.\n",
        "utf-8",
    )
    refused = igo(runner, sco, "extract", str(text), "--org", "sco", "--apply", code=1)
    assert "close-name" in refused.stderr and "--accept-candidates" in refused.stderr
    accepted = igo(runner, sco, "extract", str(text), "--org", "sco", "--check", "--accept-candidates")
    row = next(r for r in lines(accepted) if r["event"]["type"] == "OfficialAppointed")
    assert (
        row["record"] == "event"
        and row["event"]["person"] == "Dmitry Mezentsev"
        and row["check"] == "recorded"
    )


def test_withdraw_an_applied_file_as_a_whole(runner: CliRunner, tmp_path: Path) -> None:
    store = _after_2012(tmp_path)
    path = str(HELDOUT / "sco-2013-bishkek-xinhua.txt")
    igo(runner, store, "extract", path, "--org", "sco", "--apply")
    state = json.loads(igo(runner, store, "state", "sco", "--as-of", "2013-09-14", "--json").stdout)
    assert state["presidency"]["party"] == "TJK"
    result = igo(runner, store, "extract-withdraw", "sco-2013-bishkek-xinhua", "--org", "sco",
                 "--reason", "applied from the wrong report")  # fmt: skip
    assert result.stderr.startswith("sco-2013-bishkek-xinhua: withdrew 5 event(s)")
    state = json.loads(igo(runner, store, "state", "sco", "--as-of", "2013-09-14", "--json").stdout)
    assert state["presidency"]["party"] == "KGZ"
    again = igo(
        runner, store, "extract-withdraw", "sco-2013-bishkek-xinhua", "--org", "sco", "--reason", "x", code=1
    )
    assert "already withdrawn" in again.stderr


def test_withdraw_takes_the_applied_file_as_well_as_its_id(runner: CliRunner, tmp_path: Path) -> None:
    store = _after_2012(tmp_path)
    path = str(HELDOUT / "sco-2013-bishkek-xinhua.txt")
    igo(runner, store, "extract", path, "--org", "sco", "--apply")
    result = igo(
        runner, store, "extract-withdraw", path, "--org", "sco", "--reason", "the file given by its path"
    )
    assert result.stderr.startswith("sco-2013-bishkek-xinhua: withdrew 5 event(s)")
    missing = igo(runner, store, "extract-withdraw", "other.txt", "--org", "sco", "--reason", "x", code=1)
    assert "no event of 'sco' cites document 'other.txt'" in missing.stderr
    # applied again, the withdrawn events stay withdrawn, and the summary says so
    again = igo(runner, store, "extract", path, "--org", "sco", "--apply")
    assert "(5 of them withdrawn before by igo extract-withdraw: not applied again)" in again.stderr
    state = json.loads(igo(runner, store, "state", "sco", "--as-of", "2013-09-14", "--json").stdout)
    assert state["presidency"]["party"] == "KGZ"


def test_import_of_extract_output_skips_what_is_recorded_and_refuses_conflicts(
    runner: CliRunner, sco: Path, tmp_path: Path
) -> None:
    out = igo(
        runner, sco, "extract", str(SEED), "--org", "sco", "--document", "sco-communique-2012-06-07"
    ).stdout
    path = tmp_path / "seed.jsonl"
    path.write_text(out, "utf-8")
    history = igo(runner, sco, "history", "sco", "--json").stdout
    result = igo(runner, sco, "import", str(path))
    assert "skipped 30 extracted event(s) the record already holds" in result.stderr
    assert igo(runner, sco, "history", "sco", "--json").stdout == history  # no meeting twice
    rows = [json.loads(line) for line in out.splitlines()]
    handover = next(r for r in rows if r["event"]["type"] == "PresidencyHandedOver")
    handover["event"]["to_party"] = "KAZ"
    path.write_text(json.dumps(handover) + "\n", "utf-8")
    refused = igo(runner, sco, "import", str(path), code=1)
    assert "conflicts with the record" in refused.stderr
    assert igo(runner, sco, "history", "sco", "--json").stdout == history


def test_apply_records_the_histories_types(runner: CliRunner, sco: Path, tmp_path: Path) -> None:
    """A text of my own (invented events, a test only): a suspension and a notified withdrawal are
    applied as events and show in the state as conditions of the parties' statuses."""
    text = tmp_path / "sco-2026-test.txt"
    text.write_text(
        "BISHKEK, 20 June 2026 -- The Council of Heads of State met in Bishkek today.\n"
        "The Council decided to suspend the participation of the Islamic Republic of Afghanistan "
        "in the activities of the organization.\n"
        "Mongolia notified the Secretariat of its withdrawal, effective 1 January 2027.\n",
        "utf-8",
    )
    result = igo(runner, sco, "extract", str(text), "--org", "sco", "--apply")
    assert "applied 3 new event(s) as one batch" in result.stderr
    state = json.loads(igo(runner, sco, "state", "sco", "--as-of", "2026-06-21", "--format", "json").stdout)
    conditions = {
        p["party"]: [(c["condition"], c["since"], c.get("takes_effect")) for c in p.get("conditions", [])]
        for p in state["partners"]
    }
    assert conditions["AFG"] == [("suspended", "2026-06-20", None)]
    assert conditions["MNG"] == [("withdrawal_notified", "2026-06-20", "2027-01-01")]


def test_apply_holds_back_what_names_an_office_or_body_the_store_lacks(
    runner: CliRunner, tmp_path: Path
) -> None:
    """A newly founded organization (invented here) with no offices or bodies: the grant applies;
    the meeting and the appointment, which the rules would refuse (unknown-body, unknown-office),
    are held back as unresolved instead of stopping the whole file. (Its slug is one the body table
    does not hold: "nrc", a Northern Rivers Council's, is the Niger River Commission's there.)"""
    store = tmp_path / "s.sqlite"
    founding = {"type": "OrganizationFounded", "org": "ulc", "name": "Upper Lakes Council",
                "founded": "2001-05-04", "founders": ["NOR", "SWE"], "statuses": ["member"],
                "source": {"document": "invented", "quote": "an invented organization"}}  # fmt: skip
    igo(runner, store, "append", json.dumps(founding))
    text = tmp_path / "ulc-2026.txt"
    text.write_text(
        "OSLO, 12 March 2026 -- The Council of Ministers of the Upper Lakes Council met in Oslo today.\n\n"
        "The ministers decided to admit Iceland as a full member of the council.\n\n"
        "Ingrid Dahl was appointed Secretary-General of the council for a three-year term.\n",
        "utf-8",
    )
    checked = lines(igo(runner, store, "extract", str(text), "--org", "ulc", "--check"))
    held = {row["event"]["type"]: row for row in checked if row["check"] == "unresolved"}
    assert set(held) == {"MeetingHeld", "OfficialAppointed"}
    assert held["MeetingHeld"]["detail"].startswith("new body ")
    assert held["OfficialAppointed"]["detail"].startswith("new office ")
    result = igo(runner, store, "extract", str(text), "--org", "ulc", "--apply")
    assert "applied 1 new event(s)" in result.stderr and "(1 new-body, 1 new-office)" in result.stderr
    # the summary names what to record first, each command once, on the same line
    first = "; record first: igo establish-body ulc council-of-ministers NAME --document ID --quote TEXT; "
    assert first + "igo establish-office ulc " in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    state = json.loads(igo(runner, store, "state", "ulc", "--as-of", "2026-04-01", "--json").stdout)
    assert "ISL" in {e["party"] for e in state["members"]}


def test_the_summary_line_says_how_to_date_a_text_that_states_no_year(
    runner: CliRunner, tmp_path: Path
) -> None:
    text = tmp_path / "ufa.txt"
    text.write_text(
        "UFA, July 10 /TASS/ -- The 15th session of the SCO Heads of State Council was held here today.\n",
        "utf-8",
    )
    store = tmp_path / "s.sqlite"
    for extra in ([], ["--check"]):
        result = igo(runner, store, "extract", str(text), "--org", "sco", *extra)
        assert [r["kind"] for r in lines(result)] == ["date-unresolved"]
        assert result.stderr.strip() == (
            "ufa.txt: 1 unresolved (1 date-unresolved: the text states no year for them; give --published DAY)"
        )
    dated = igo(runner, store, "extract", str(text), "--org", "sco", "--published", "2015-07-10")
    assert dated.stderr.strip() == "ufa.txt: 1 event"
