"""``igo why``: the decisive event first, then what the answer rests on; the HTTP twin key for key."""

from __future__ import annotations

import datetime as dt
import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from starlette.testclient import TestClient

from igo_timeline import Timeline
from igo_timeline.cli import main
from igo_timeline.projections.why import why
from igo_timeline.web import create_app
from tests.conftest import appoint, ev, founding, grant, handover, withdraw

D = dt.date
AFG_GRANT = (
    "The heads of state decided to give the Islamic Republic of Afghanistan the status of SCO observer state"
)
EVENT_KEYS = {
    "id",
    "type",
    "role",
    "valid_time",
    "recorded_at",
    "document",
    "quote",
    "locator",
    "url",
    "inferred",
    "note",
    "corrected_by",
}


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("why") / "store.sqlite"
    result = CliRunner().invoke(main, ["--store", str(path), "import", "--bundled", "sco"])
    assert result.exit_code == 0, result.output
    return path


@pytest.fixture(scope="module")
def client(store: Path) -> Iterator[TestClient]:
    with Timeline(str(store)) as timeline, TestClient(create_app(timeline)) as c:
        yield c


def run(store: Path, *args: str) -> Any:
    return CliRunner().invoke(main, ["--store", str(store), *args])


def cli_json(store: Path, *args: str) -> Any:
    result = run(store, *args)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def roles(answer: dict[str, Any]) -> list[tuple[str, str]]:
    return [(e["type"], e["role"]) for e in answer["events"]]


# -- the bundled chronicle -----------------------------------------------------------------


def test_a_party_status_rests_on_its_grant_with_its_quote(store: Path) -> None:
    answer = cli_json(store, "why", "sco", "--as-of", "2013-03-01", "--party", "Afghanistan", "--json")
    assert set(answer) == {"answer", "events", "retracted"}
    assert answer["answer"]["holds"] == "yes"
    assert (answer["answer"]["party"], answer["answer"]["status"]) == ("AFG", "observer")
    first = answer["events"][0]
    assert set(first) == EVENT_KEYS
    assert (first["type"], first["role"], first["valid_time"]) == ("StatusGranted", "decisive", "2012-06-07")
    assert first["quote"] == AFG_GRANT and first["document"] == "sco-communique-2012-06-07"
    assert first["inferred"] is True and first["recorded_at"]


def test_the_presidency_rests_on_the_handover_and_the_receivers_membership(store: Path) -> None:
    answer = cli_json(store, "why", "sco", "--as-of", "2013-03-01", "--presidency", "--json")
    assert answer["answer"]["party"] == "KGZ"
    assert roles(answer) == [("PresidencyHandedOver", "decisive"), ("OrganizationFounded", "membership")]


def test_an_imprecise_start_makes_an_office_uncertain_and_says_which_event(store: Path) -> None:
    answer = cli_json(store, "why", "sco", "--as-of", "2010-03-01", "--office", "rcts-director", "--json")
    assert answer["answer"]["holds"] == "uncertain"
    assert answer["events"][0]["role"] == "uncertain"
    # "2010?" bounded by his attestation at the 2011 summit (the chronicle's correction)
    assert answer["events"][0]["valid_time"].startswith("[2009-01-01..2011-06-15]")


def test_a_document_in_force_rests_on_its_entry_into_force_then_its_signing(store: Path) -> None:
    answer = cli_json(store, "why", "sco", "--as-of", "2013-03-01", "--document", "sco-charter", "--json")
    assert answer["answer"]["in_force"] == "yes"
    assert roles(answer) == [("DocumentEnteredIntoForce", "decisive"), ("AgreementSigned", "adoption")]


def test_a_bodys_latest_meeting_and_nothing_before_the_first(store: Path) -> None:
    answer = cli_json(
        store, "why", "sco", "--as-of", "2013-03-01", "--meeting", "council-of-heads-of-state", "--json"
    )
    assert (answer["answer"]["holds"], answer["answer"]["date"]) == ("yes", "2012-06-06/2012-06-07")
    assert answer["events"][0]["type"] == "MeetingHeld"
    none = cli_json(
        store, "why", "sco", "--as-of", "2000-01-01", "--meeting", "council-of-heads-of-state", "--json"
    )
    assert none["answer"]["holds"] == "no"


def test_the_human_answer_shows_the_source_and_whether_inferred(store: Path) -> None:
    result = run(store, "why", "sco", "--as-of", "2013-03-01", "--party", "AFG")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == "sco as of 2013-03-01: AFG (Afghanistan) is observer since 2012-06-07"
    assert "decisive" in lines[1] and "StatusGranted" in lines[1] and "valid 2012-06-07" in lines[1]
    assert f"“{AFG_GRANT}”" in result.stdout
    assert "source: sco-communique-2012-06-07, paragraph 32; inferred" in result.stdout


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        ([], 2, "give exactly one of"),
        (["--party", "AFG", "--presidency"], 2, "give exactly one of"),
        (["--office", "pope"], 1, "Error: unknown office 'pope'"),
        (["--document", "magna-carta"], 1, "Error: unknown document 'magna-carta' in 'sco'"),
        (["--party", "Atlantis"], 1, "Error: "),
    ],
    ids=["none", "two", "unknown-office", "unknown-document", "unknown-party"],
)
def test_bad_questions(store: Path, args: list[str], code: int, message: str) -> None:
    result = run(store, "why", "sco", "--as-of", "2013-03-01", *args)
    assert result.exit_code == code
    assert message in result.stderr and "Traceback" not in result.stderr


# -- the HTTP twin ---------------------------------------------------------------------------

TWINS = [
    ("party", "as_of=2013-03-01&party=Afghanistan", ["--as-of", "2013-03-01", "--party", "Afghanistan"]),
    (
        "party-known-at",
        "as_of=2013-03-01&party=AFG&known_at=2000-01-01",
        ["--as-of", "2013-03-01", "--party", "AFG", "--known-at", "2000-01-01"],
    ),
    (
        "office",
        "as_of=2010-03-01&office=rcts-director",
        ["--as-of", "2010-03-01", "--office", "rcts-director"],
    ),
    ("presidency", "as_of=2013-03-01&presidency=true", ["--as-of", "2013-03-01", "--presidency"]),
    (
        "document",
        "as_of=2013-03-01&document=sco-charter",
        ["--as-of", "2013-03-01", "--document", "sco-charter"],
    ),
    (
        "meeting",
        "as_of=2013-03-01&meeting=council-of-heads-of-state",
        ["--as-of", "2013-03-01", "--meeting", "council-of-heads-of-state"],
    ),
]


@pytest.mark.parametrize(("query", "argv"), [t[1:] for t in TWINS], ids=[t[0] for t in TWINS])
def test_the_route_answers_what_igo_why_prints(
    client: TestClient, store: Path, query: str, argv: list[str]
) -> None:
    response = client.get(f"/api/v1/orgs/sco/why?{query}")
    assert response.status_code == 200, response.text
    assert response.json() == cli_json(store, "why", "sco", *argv, "--json")


@pytest.mark.parametrize(
    ("query", "status", "rule"),
    [
        ("as_of=2013-03-01", 400, "invalid-input"),
        ("as_of=2013-03-01&party=AFG&presidency=true", 400, "invalid-input"),
        ("as_of=2013-03-01&presidency=yes", 400, "invalid-query"),
        ("as_of=2013-03-01&party=Atlantis", 400, "unknown-party"),
    ],
    ids=["none", "two", "bad-flag", "unknown-party"],
)
def test_the_route_refuses_bad_questions(client: TestClient, query: str, status: int, rule: str) -> None:
    response = client.get(f"/api/v1/orgs/sco/why?{query}")
    assert (response.status_code, response.json()["error"]["rule"]) == (status, rule)
    assert client.get("/api/v1/orgs/nato/why?presidency=true").status_code == 404


def test_the_route_is_in_the_openapi_document(client: TestClient) -> None:
    document = client.get("/api/v1/openapi.json").json()
    params = {p["name"] for p in document["paths"]["/api/v1/orgs/{org}/why"]["get"]["parameters"]}
    assert params == {
        "org",
        "as_of",
        "known_at",
        "party",
        "office",
        "presidency",
        "document",
        "meeting",
        "chair",
    }


# -- the pure function, on small histories ---------------------------------------------------


def test_a_party_lists_its_status_events_up_to_the_day_decisive_first() -> None:
    with Timeline("memory:") as timeline:
        timeline.append(
            [
                founding(),
                grant("IND", "observer", "2005-07-05"),
                grant("IND", "member", "2017-06-09"),
                withdraw("IND", "2030-01-01"),
            ]
        )
        records = timeline.records("org")
        held = why("org", records, D(2020, 1, 1), party="India")
        assert held["answer"]["status"] == "member"
        assert [(e["valid_time"], e["role"]) for e in held["events"]] == [
            ("2017-06-09", "decisive"),
            ("2005-07-05", "earlier"),
        ]
        gone = why("org", records, D(2031, 1, 1), party="IND")
        assert gone["answer"]["holds"] == "no" and "withdrawn from 2030-01-01" in gone["answer"]["says"]
        assert [(e["type"], e["role"]) for e in gone["events"]][0] == ("StatusWithdrawn", "decisive")
        never = why("org", records, D(2000, 1, 1), party="IND")
        assert (never["answer"]["holds"], never["events"]) == ("no", [])


def test_an_imprecise_grant_is_uncertain_within_its_range_and_shows_the_event() -> None:
    with Timeline("memory:") as timeline:
        timeline.append([founding(), grant("TUR", "dialogue_partner", "2012")])
        records = timeline.records("org")
        answer = why("org", records, D(2012, 6, 1), party="TUR")
        assert answer["answer"]["holds"] == "uncertain"
        assert answer["answer"]["possible"] == ["dialogue_partner"]
        assert [(e["valid_time"], e["role"]) for e in answer["events"]] == [("2012", "uncertain")]
        assert why("org", records, D(2013, 1, 1), party="TUR")["answer"]["holds"] == "yes"


def unknown(party: str, on: str) -> dict[str, Any]:
    return ev("StatusUnknown", party=party, effective=on)


def test_a_status_unknown_is_never_held_it_is_uncertain_since_its_date() -> None:
    with Timeline("memory:") as timeline:
        timeline.append(
            [
                founding(),
                grant("AFG", "observer", "2012-06-07"),
                unknown("AFG", "2015-01-01"),
                grant("AFG", "member", "2018-06-09"),
            ]
        )
        records = timeline.records("org")
        answer = why("org", records, D(2016, 1, 1), party="Afghanistan")["answer"]
        assert (answer["holds"], answer["status"], answer["since"], answer["status_unknown"]) == (
            "uncertain",
            None,
            "2015-01-01",
            True,
        )
        assert answer["says"] == "AFG (Afghanistan): status unknown since 2015-01-01"
        assert "holds" not in answer["says"] and "is unknown" not in answer["says"]
        events = why("org", records, D(2016, 1, 1), party="AFG")["events"]
        assert [(e["type"], e["role"], e["valid_time"]) for e in events] == [
            ("StatusUnknown", "decisive", "2015-01-01"),
            ("StatusGranted", "earlier", "2012-06-07"),
        ]
        before = why("org", records, D(2014, 12, 31), party="AFG")["answer"]
        assert (before["holds"], before["status"], "status_unknown" in before) == ("yes", "observer", False)
        after = why("org", records, D(2018, 6, 9), party="AFG")
        assert (after["answer"]["holds"], after["answer"]["status"]) == ("yes", "member")
        assert [(e["type"], e["role"]) for e in after["events"]] == [
            ("StatusGranted", "decisive"),
            ("StatusUnknown", "earlier"),
            ("StatusGranted", "earlier"),
        ]


def test_a_status_unknown_from_an_imprecise_date_is_no_possible_status() -> None:
    with Timeline("memory:") as timeline:
        timeline.append([founding(), unknown("KAZ", "2016")])
        records = timeline.records("org")
        answer = why("org", records, D(2016, 6, 1), party="KAZ")["answer"]
        assert answer["holds"] == "uncertain"
        assert answer["possible"] == ["member"] and answer["status_unknown"] is True
        assert answer["says"] == (
            "KAZ (Kazakhstan) may be member (from 2001-06-15) or of unknown status (from 2016): "
            "a date is imprecise"
        )
        later = why("org", records, D(2017, 1, 1), party="KAZ")["answer"]
        assert (later["holds"], later["says"]) == ("uncertain", "KAZ (Kazakhstan): status unknown since 2016")


def test_igo_why_prints_a_status_unknown_as_uncertain_and_history_describes_it(tmp_path: Path) -> None:
    store = tmp_path / "store.sqlite"
    assert run(store, "import", "--bundled", "sco").exit_code == 0
    recorded = run(store, "unknown", "sco", "Mongolia", "--on", "2020", "--document", "d", "--quote", "q")
    assert recorded.exit_code == 0, recorded.output
    result = run(store, "why", "sco", "--as-of", "2021-01-01", "--party", "Mongolia")
    assert result.exit_code == 0, result.output
    assert (
        result.stdout.splitlines()[0]
        == "sco as of 2021-01-01: UNCERTAIN: MNG (Mongolia): status unknown since 2020"
    )
    history = run(store, "history", "sco", "--party", "Mongolia")
    assert history.exit_code == 0, history.output
    assert "MNG (Mongolia): status unknown from 2020" in history.stdout


def test_an_office_vacated_early_shows_the_vacancy_then_the_appointment() -> None:
    with Timeline("memory:") as timeline:
        timeline.append(
            [
                founding(),
                appoint("A. Person", "2010-01-01/2012-12-31", nationality="KAZ"),
                ev("OfficeVacated", office="secretary-general", person="A. Person", effective="2011-06-01"),
            ]
        )
        records = timeline.records("org")
        held = why("org", records, D(2011, 1, 1), office="secretary-general")
        assert held["answer"]["holder"] == "A. Person"
        assert [(e["type"], e["role"]) for e in held["events"]] == [
            ("OfficialAppointed", "decisive"),
            ("OfficeVacated", "early-end"),
        ]
        vacant = why("org", records, D(2011, 7, 1), office="secretary-general")
        assert vacant["answer"]["holds"] == "no" and "vacant" in vacant["answer"]["says"]
        assert [(e["type"], e["role"]) for e in vacant["events"]] == [
            ("OfficeVacated", "decisive"),
            ("OfficialAppointed", "appointment"),
        ]


def test_a_presidency_names_the_receivers_grant_of_membership() -> None:
    with Timeline("memory:") as timeline:
        timeline.append([founding(), grant("IND", "member", "2017-06-09"), handover("IND", "2020-06-01")])
        answer = why("org", timeline.records("org"), D(2021, 1, 1), presidency=True)
        assert [(e["type"], e["role"], e["valid_time"]) for e in answer["events"]] == [
            ("PresidencyHandedOver", "decisive", "2020-06-01"),
            ("StatusGranted", "membership", "2017-06-09"),
        ]


def test_known_at_answers_as_recorded_then_and_names_the_correction_after() -> None:
    with Timeline("memory:") as timeline:
        timeline.append([founding(), grant("AFG", "observer", "2012-06-08")])
        target = timeline.records("org")[-1].event.id
        before_fix = timeline.records("org")[-1].recorded_at
        time.sleep(0.01)  # two batches, two record times
        fix = grant("AFG", "observer", "2012-06-07")
        timeline.append([ev("EventCorrected", target=target, reason="on the 7th", event=fix)])
        records = timeline.records("org")
        old = why("org", records, D(2012, 6, 7), before_fix, party="AFG")
        assert (old["answer"]["holds"], old["events"]) == ("no", [])
        now = why("org", records, D(2012, 6, 7), party="AFG")
        assert now["events"][0]["id"] == target and now["events"][0]["valid_time"] == "2012-06-07"
        assert now["events"][0]["corrected_by"] == [records[-1].event.id]


def test_a_meeting_by_event_id_prefix_and_a_scheduled_one(store: Path) -> None:
    history = cli_json(store, "history", "sco", "--json")
    scheduled = next(e for e in history if e["type"] == "MeetingScheduled")
    answer = cli_json(
        store, "why", "sco", "--as-of", "2013-03-01", "--meeting", scheduled["id"][:8], "--json"
    )
    assert (answer["answer"]["kind"], answer["answer"]["date"], answer["answer"]["host"]) == (
        "scheduled",
        "2013",
        "KGZ",
    )
    assert [e["id"] for e in answer["events"]] == [scheduled["id"]]
    result = run(store, "why", "sco", "--as-of", "2013-03-01", "--meeting", "zzzz")
    assert result.exit_code == 1 and "Error: no meeting 'zzzz'" in result.stderr
