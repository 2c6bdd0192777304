"""``igo export``: Popolo (validated offline against the vendored schemas), TimelineJS 3, CSV."""

from __future__ import annotations

import csv
import io
import json
import time
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from jsonschema import Draft3Validator
from referencing import Registry, Resource
from referencing.exceptions import NoSuchResource
from referencing.jsonschema import DRAFT3

from igo_timeline import Timeline
from igo_timeline.cli import main
from igo_timeline.formats import popolo, timelinejs, to_csv
from igo_timeline.formats.csv import COLUMNS
from igo_timeline.formats.dates import display_date, popolo_dates
from tests.conftest import appoint, ev, founding, grant

AFG_GRANT = (
    "The heads of state decided to give the Islamic Republic of Afghanistan the status of SCO observer state"
)
POPOLO_DATE = r"^[0-9]{4}(-[0-9]{2}){0,2}$"


def _no_network(uri: str) -> Resource[Any]:
    raise NoSuchResource(ref=uri)  # every schema must come from the package, never the web


def popolo_validators() -> dict[str, Draft3Validator]:
    folder = resources.files("igo_timeline.formats").joinpath("popolo_schemas")
    schemas = {
        p.name.removesuffix(".json"): json.loads(p.read_text("utf-8"))
        for p in folder.iterdir()
        if p.name.endswith(".json")
    }
    registry: Registry[Any] = Registry(retrieve=_no_network).with_resources(  # type: ignore[call-arg]
        (schema["id"].rstrip("#"), DRAFT3.create_resource(schema)) for schema in schemas.values()
    )
    return {name: Draft3Validator(schema, registry=registry) for name, schema in schemas.items()}


VALIDATORS = popolo_validators()
RECORD_SCHEMA = {
    "organizations": "organization",
    "persons": "person",
    "posts": "post",
    "memberships": "membership",
    "events": "event",
}


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("export") / "store.sqlite"
    result = CliRunner().invoke(main, ["--store", str(path), "import", "--bundled", "sco"])
    assert result.exit_code == 0, result.output
    return path


def export(store: Path, *args: str) -> str:
    result = CliRunner().invoke(main, ["--store", str(store), "export", "sco", *args])
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.fixture(scope="module")
def document(store: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(export(store, "--to", "popolo"))
    return data


# -- Popolo --------------------------------------------------------------------------------------


def test_every_popolo_record_validates_against_its_schema(document: dict[str, Any]) -> None:
    assert set(document) == set(RECORD_SCHEMA)
    for key, schema in RECORD_SCHEMA.items():
        assert document[key], key
        for record in document[key]:
            errors = sorted(VALIDATORS[schema].iter_errors(record), key=str)
            assert not errors, (key, record["id"], [e.message for e in errors])


def test_the_validator_really_checks_dates_and_references(document: dict[str, Any]) -> None:
    bad = {**document["memberships"][0], "start_date": "2012?"}
    assert list(VALIDATORS["membership"].iter_errors(bad))
    nested = {**document["memberships"][0], "organization": {"name": 7}}  # via organization.json
    assert list(VALIDATORS["membership"].iter_errors(nested))


def test_every_record_has_sources_and_ids_are_unique(document: dict[str, Any]) -> None:
    ids = [r["id"] for key in RECORD_SCHEMA for r in document[key]]
    assert len(ids) == len(set(ids))
    for key in RECORD_SCHEMA:
        for record in document[key]:
            assert record["sources"], record["id"]
            for link in record["sources"]:
                assert link["url"].startswith(("https://", "http://", "urn:")) and link["note"]


def test_a_status_is_a_membership_of_the_state_with_the_status_as_role(document: dict[str, Any]) -> None:
    afg = [m for m in document["memberships"] if m.get("member", {}).get("id") == "party/AFG"]
    # observer from 2012, then partner from the 2025 reform that merged the statuses (the chronicle)
    assert [(m["role"], m["start_date"]) for m in afg] == [
        ("observer", "2012-06-07"),
        ("partner", "2025-09-01"),
    ]
    m = afg[0]
    assert (m["role"], m["organization_id"], m["start_date"], m["valid_time_edtf"]) == (
        "observer",
        "sco",
        "2012-06-07",
        "2012-06-07",
    )
    assert m["sources"][0] == {
        "url": "urn:igo-timeline:sco:document:sco-communique-2012-06-07",
        "note": AFG_GRANT,
    }
    assert m["end_date"] == "2025-08-31"  # the reform's day is the first as a partner
    assert "end_date" not in afg[1]  # no recorded end: none made up
    assert any(o["id"] == "party/AFG" and o["classification"] == "state" for o in document["organizations"])


def test_offices_and_the_presidency_are_posts(document: dict[str, Any]) -> None:
    posts = {p["id"] for p in document["posts"]}
    assert {"post/secretary-general", "post/presidency"} <= posts
    sg = [m for m in document["memberships"] if m.get("post_id") == "post/secretary-general"]
    mezentsev = next(m for m in sg if m["person_id"] == "person/dmitry-mezentsev")
    assert (mezentsev["start_date"], mezentsev["end_date"]) == ("2013-01-01", "2015-12-31")
    # a start known only as some day of 2009-01-01..2011-06-15 (the chronicle's correction of "2010?")
    rcts = next(
        m
        for m in document["memberships"]
        if m.get("valid_time_edtf", "").startswith("[2009-01-01..2011-06-15]")
    )
    assert "start_date" not in rcts and rcts["end_date"] == "2012-12-31"  # no made-up start
    pres = [m for m in document["memberships"] if m.get("post_id") == "post/presidency"]
    assert pres and all(m["member"]["id"].startswith("party/") for m in pres)


def test_meetings_are_events_with_attendees_and_dates_in_popolo_form(document: dict[str, Any]) -> None:
    beijing = next(e for e in document["events"] if e.get("valid_time_edtf") == "2012-06-06/2012-06-07")
    assert (beijing["start_date"], beijing["end_date"], beijing["status"]) == (
        "2012-06-06",
        "2012-06-07",
        "held",
    )
    assert any(a["name"] == "Hu Jintao" for a in beijing["attendees"])
    scheduled = [e for e in document["events"] if e["status"] == "scheduled"]
    assert scheduled and all(e["start_date"] == "2013" for e in scheduled if e["valid_time_edtf"] == "2013")


def test_popolo_dates_never_invent_precision() -> None:
    assert popolo_dates("2010?") == ("2010", "2010")
    assert popolo_dates("2012-06") == ("2012-06", "2012-06")
    assert popolo_dates("2010?/2012-12-31") == ("2010", "2012-12-31")
    assert popolo_dates("2012/..") == ("2012", None)


# -- TimelineJS -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("edtf", "words"),
    [
        ("2013", "2013"),
        ("2012-06-06/2012-06-07", "6-7 June 2012"),
        ("2010~", "c. 2010"),
        ("2010?", "2010?"),
        ("2012-06", "June 2012"),
        ("2012-06-30/2012-07-01", "30 June - 1 July 2012"),
        ("2013-01-01/2015-12-31", "1 January 2013 - 31 December 2015"),
        ("2012/..", "from 2012"),
    ],
)
def test_display_dates_read_as_a_person_writes_them(edtf: str, words: str) -> None:
    assert display_date(edtf) == words


def test_timelinejs_has_a_title_and_one_slide_per_dated_decision(store: Path) -> None:
    data = json.loads(export(store, "--to", "timelinejs"))
    assert data["title"]["text"]["headline"] == "Shanghai Cooperation Organization"
    history = json.loads(CliRunner().invoke(main, ["--store", str(store), "history", "sco", "--json"]).stdout)
    dated = [e["id"] for e in history if e["valid_time"]]
    assert [s["unique_id"] for s in data["events"]] == dated
    groups = {s["group"] for s in data["events"]}
    assert {"status", "office", "presidency", "meeting", "document"} <= groups
    afg = next(s for s in data["events"] if "Afghanistan" in s["text"]["headline"])
    assert afg["start_date"] == {"year": 2012, "month": 6, "day": 7, "display_date": "7 June 2012"}
    assert AFG_GRANT in afg["text"]["text"] and "sco-communique-2012-06-07" in afg["text"]["text"]
    summit = next(s for s in data["events"] if s["start_date"]["display_date"] == "6-7 June 2012")
    assert summit["end_date"]["day"] == 7
    year_only = next(s for s in data["events"] if s["start_date"]["display_date"] == "2013")
    assert set(year_only["start_date"]) == {"year", "display_date"}  # no made-up month or day


def test_corrected_events_appear_corrected_and_retracted_ones_not_at_all() -> None:
    with Timeline("memory:") as timeline:
        timeline.append(
            [founding(), grant("AFG", "observer", "2012-06-08"), grant("IND", "observer", "2005")]
        )
        afg, ind = (r.event.id for r in timeline.records("org")[1:])
        time.sleep(0.01)
        fix = grant("AFG", "observer", "2012-06-07")
        timeline.append(
            [
                ev("EventCorrected", target=afg, reason="on the 7th", event=fix),
                ev("EventRetracted", target=ind, reason="not a decision"),
            ]
        )
        records = timeline.records("org")
        slides = {s["unique_id"]: s for s in timelinejs("org", records)["events"]}
        assert slides[afg]["start_date"]["day"] == 7 and ind not in slides
        rows = list(csv.DictReader(io.StringIO(to_csv("org", records))))
        assert [r["id"] for r in rows if r["type"] == "StatusGranted"] == [afg]
        memberships = popolo("org", records)["memberships"]
        assert [m["start_date"] for m in memberships if m.get("member", {}).get("id") == "party/AFG"] == [
            "2012-06-07"
        ]


def test_a_status_unknown_is_no_membership_and_has_its_own_slide_and_row() -> None:
    """Popolo cannot say "unknown" of a membership: the spell is left out, the one it cut short
    ends there; TimelineJS gives it a group of its own; CSV a row with no status."""
    with Timeline("memory:") as timeline:
        timeline.append(
            [
                founding(),
                grant("AFG", "observer", "2012-06-07"),
                ev("StatusUnknown", party="AFG", effective="2015"),
                grant("AFG", "member", "2018-06-09"),
                ev("StatusUnknown", party="IND", effective="2016-01-01"),
            ]
        )
        records = timeline.records("org")
        afg_unknown, ind_unknown = (r.event.id for r in records if r.event.type == "StatusUnknown")
        document = popolo("org", records)
        for key, schema in RECORD_SCHEMA.items():
            for record in document[key]:
                assert not list(VALIDATORS[schema].iter_errors(record)), (key, record["id"])
        afg = [
            (m["role"], m["valid_time_edtf"], m.get("ended_by_edtf"))
            for m in document["memberships"]
            if m.get("member", {}).get("id") == "party/AFG"
        ]
        assert afg == [("observer", "2012-06-07", "2015"), ("member", "2018-06-09", None)]
        assert all(m["role"] != "unknown" for m in document["memberships"])
        assert not any(afg_unknown in m["id"] or ind_unknown in m["id"] for m in document["memberships"])
        # a party known only by a status not known holds no membership, so is not listed
        assert "party/IND" not in {o["id"] for o in document["organizations"]}

        slides = {s["unique_id"]: s for s in timelinejs("org", records)["events"]}
        assert slides[afg_unknown]["group"] == "status unknown"
        assert slides[afg_unknown]["text"]["headline"] == "Afghanistan: status unknown"
        assert slides[afg_unknown]["start_date"] == {"year": 2015, "display_date": "2015"}
        assert {s["group"] for s in slides.values()} >= {"status", "status unknown"}
        assert "other" not in {s["group"] for s in slides.values()}

        rows = {r["id"]: r for r in csv.DictReader(io.StringIO(to_csv("org", records)))}
        row = rows[ind_unknown]
        assert (row["type"], row["party"], row["status"], row["valid_time"]) == (
            "StatusUnknown",
            "IND",
            "",
            "2016-01-01",
        )


# -- CSV --------------------------------------------------------------------------------------


def test_csv_has_a_header_and_one_row_per_decision(store: Path) -> None:
    text = export(store, "--to", "csv")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert tuple(text.splitlines()[0].split(",")) == COLUMNS
    history = json.loads(CliRunner().invoke(main, ["--store", str(store), "history", "sco", "--json"]).stdout)
    assert [r["id"] for r in rows] == [e["id"] for e in history]
    afg = next(r for r in rows if r["party"] == "AFG" and r["type"] == "StatusGranted")
    assert (afg["status"], afg["precision"], afg["quote"], afg["inferred"]) == (
        "observer",
        "day",
        AFG_GRANT,
        "true",
    )
    founded = rows[0]
    assert founded["party"] == "CHN;KAZ;KGZ;RUS;TJK;UZB"
    summit = next(
        r for r in rows if r["valid_time"] == "2012-06-06/2012-06-07" and r["type"] == "MeetingHeld"
    )
    assert "Hu Jintao" in summit["person"].split(";") and summit["precision"] == "day/day"


def test_csv_precision_of_imprecise_and_open_dates() -> None:
    with Timeline("memory:") as timeline:
        timeline.append([founding(), appoint("A. Person", "2010?/", nationality="KAZ")])
        rows = list(csv.DictReader(io.StringIO(to_csv("org", timeline.records("org")))))
        assert rows[-1]["precision"] == "year/unknown" and rows[-1]["valid_time"] == "2010?/"


# -- the command ------------------------------------------------------------------------------


def test_output_file_gets_what_stdout_would(store: Path, tmp_path: Path) -> None:
    target = tmp_path / "sco.json"
    result = CliRunner().invoke(
        main, ["--store", str(store), "export", "sco", "--to", "popolo", "-o", str(target)]
    )
    assert result.exit_code == 0 and result.stdout == ""
    assert json.loads(target.read_text("utf-8")) == json.loads(export(store, "--to", "popolo"))


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["export", "nato", "--to", "csv"], 1, "Error: unknown organization 'nato'"),
        (["export", "sco", "--to", "json"], 2, "'json' is not one of"),
        (
            ["export", "sco", "--to", "csv", "-o", "/no/such/dir/x.csv"],
            1,
            "Error: /no/such/dir/x.csv: cannot be written",
        ),
    ],
    ids=["unknown-org", "unknown-format", "unwritable"],
)
def test_export_errors(store: Path, args: list[str], code: int, message: str) -> None:
    result = CliRunner().invoke(main, ["--store", str(store), *args])
    assert result.exit_code == code
    assert message in result.stderr
