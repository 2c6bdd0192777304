"""``igo extract`` through click's CliRunner: output formats, --check, --apply, bad input."""

from __future__ import annotations

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
    assert result.stderr.strip() == "12 attestation, 30 event"


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
    assert result.stderr.strip() == "12 agrees, 30 recorded"


def test_apply_a_new_text_in_one_step(runner: CliRunner, sco: Path) -> None:
    before = json.loads(igo(runner, sco, "state", "sco", "--as-of", "2006-01-01", "--json").stdout)
    assert before["presidency"] is None
    result = igo(runner, sco, "extract", str(ASTANA_2005), "--org", "sco", "--apply")
    assert "applied 2 new event(s) as one batch" in result.stderr
    assert result.stdout == ""  # the summary lines only (on stderr), not every record
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
    result = igo(runner, sco, "extract", str(path), "--org", "sco", "--apply", code=1)
    assert result.stderr.splitlines()[-1] == (
        "Error: nothing applied: 3 conflicting (review them, or apply the new ones with --skip-conflicts)"
    )
    assert {r["check"] for r in lines(result)} == {"conflicting"}  # only what stops it, for review
    conflicting = [r["event"]["party"] for r in lines(result) if r["check"] == "conflicting"]
    assert conflicting == ["IND", "IRN", "PAK"]  # one grant of three parties, all recorded as observers
    assert igo(runner, sco, "history", "sco", "--json").stdout == history
    skipped = igo(runner, sco, "extract", str(path), "--org", "sco", "--apply", "--skip-conflicts")
    assert "applied 2 new event(s)" in skipped.stderr
    assert skipped.stdout == ""


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
            "Error: unknown organization 'nosuchorg'; closest known: sco",
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
