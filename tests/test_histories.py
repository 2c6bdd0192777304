"""Real institutional histories through the CLI: conditions, notices and pending procedures.

The cases of issue 11, recorded verb by verb from the founding on, and asked
at their key dates in JSON, in the table and through ``why``. Dates of the
cases come from the issue's own words; the foundings and founders come from
the Correlates of War IGO data (the row of the organization's first year),
cited as such. What no source gives (the day of the UK's extension) is
recorded as the range the sources leave open.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from cli_run import igo

ISSUE = ["--document", "issue-11"]
UK_QUOTE = "joined 1973-01-01, notified 2017-03-29 to take effect 2019-03-29, extended, withdrew 2020-02-01"
CUBA_QUOTE = "excluded from participation 1962-01-31, lifted 2009-06-03, the status never ended"
COW = {"document": "cow-igo-v3/cow_igo_v3_igo_year.csv", "inferred": True}


def state(store: Path, org: str, day: str) -> dict[str, Any]:
    return json.loads(igo(store, "state", org, "--as-of", day, "--json").stdout)


def why(store: Path, org: str, party: str, day: str) -> dict[str, Any]:
    return json.loads(igo(store, "why", org, "--party", party, "--as-of", day, "--json").stdout)


def entry(data: dict[str, Any], key: str, party: str) -> dict[str, Any] | None:
    return next((e for e in data[key] if e["party"] == party), None)


def found(store: Path, event: dict[str, Any]) -> str:
    return igo(store, "append", json.dumps(event)).stdout.split()[0]


@pytest.fixture
def eu(tmp_path: Path) -> Path:
    store = tmp_path / "eu.sqlite"
    found(
        store,
        {
            "type": "OrganizationFounded",
            "org": "eu",
            "name": "European Economic Community",
            "founded": "1958",
            "statuses": ["member"],
            "founders": ["BEL", "FRA", "ITA", "LUX", "NLD", "DEU"],
            "source": {**COW, "quote": "EEC,European Economic Community,1958"},
        },
    )
    igo(store, "grant", "eu", "GBR", "member", "--on", "1973-01-01", *ISSUE, "--quote", UK_QUOTE)
    igo(
        store,
        "notify-withdrawal", "eu", "GBR", "--on", "2017-03-29", "--takes-effect", "2019-03-29",
        *ISSUE, "--quote", UK_QUOTE,
    )  # fmt: skip
    return store


def test_the_uk_in_the_eu(eu: Path):
    # before the notice: a member, with no condition
    assert entry(state(eu, "eu", "1972-12-31"), "members", "GBR") is None
    gbr = entry(state(eu, "eu", "2017-03-28"), "members", "GBR")
    assert gbr is not None and gbr["since"] == "1973-01-01" and "conditions" not in gbr
    # the notice qualifies the status; the UK keeps its place and its since
    gbr = entry(state(eu, "eu", "2018-06-01"), "members", "GBR")
    assert gbr is not None and gbr["since"] == "1973-01-01"
    assert [(c["condition"], c["since"], c["takes_effect"]) for c in gbr["conditions"]] == [
        ("withdrawal_notified", "2017-03-29", "2019-03-29")
    ]
    table = igo(eu, "state", "eu", "--as-of", "2018-06-01").stdout
    assert "withdrawal notified since 2017-03-29, takes effect 2019-03-29" in table
    # its day comes with no withdrawal recorded: uncertain, withdrawal due
    later = state(eu, "eu", "2019-06-01")
    assert entry(later, "members", "GBR") is None
    due = [u for u in later["uncertain"] if u.get("party") == "GBR"]
    assert [(u["kind"], u["reason"], u["status"], u["date"]) for u in due] == [
        ("status", "withdrawal due", "member", "2019-03-29")
    ]
    assert (
        "status (withdrawal due)  GBR member  2019-03-29"
        in igo(eu, "state", "eu", "--as-of", "2019-06-01").stdout
    )
    answer = why(eu, "eu", "GBR", "2019-06-01")
    assert answer["answer"]["holds"] == "uncertain" and answer["answer"]["reason"] == "withdrawal due"
    assert answer["events"][0]["type"] == "WithdrawalNotified" and answer["events"][0]["role"] == "decisive"

    # extended (the sources give no day for it: some day before the withdrawal), then withdrew
    igo(
        eu, "notify-withdrawal", "eu", "GBR", "--on", "[2017-03-29..2020-01-31]", "--takes-effect", "2020-02-01",
        *ISSUE, "--quote", UK_QUOTE,
    )  # fmt: skip
    assert entry(state(eu, "eu", "2019-06-01"), "members", "GBR") is None  # not known which holds
    igo(eu, "withdraw", "eu", "GBR", "--on", "2020-02-01", *ISSUE, "--quote", UK_QUOTE)
    # the withdrawal alone decides: the days before it are held, the notice still listed
    for day in ("2019-03-29", "2019-06-01", "2020-01-31"):
        gbr = entry(state(eu, "eu", day), "members", "GBR")
        assert gbr is not None and gbr["since"] == "1973-01-01", day
        assert {c["condition"] for c in gbr["conditions"]} == {"withdrawal_notified"}, day
        assert not [u for u in state(eu, "eu", day)["uncertain"] if u.get("reason")], day
    after = state(eu, "eu", "2020-02-01")
    assert entry(after, "members", "GBR") is None
    assert not [u for u in after["uncertain"] if u.get("party") == "GBR"]
    answer = why(eu, "eu", "GBR", "2019-06-01")
    assert answer["answer"]["holds"] == "yes"
    assert "withdrawal notified since 2017-03-29" in answer["answer"]["says"]
    assert [e["role"] for e in answer["events"]][:2] == ["decisive", "condition"]
    gone = why(eu, "eu", "GBR", "2021-01-01")
    assert gone["answer"]["holds"] == "no" and gone["events"][0]["type"] == "StatusWithdrawn"
    # every event of the UK in its history, the notices among them
    types = [e["type"] for e in json.loads(igo(eu, "history", "eu", "--party", "GBR", "--json").stdout)]
    assert types == ["StatusGranted", "WithdrawalNotified", "WithdrawalNotified", "StatusWithdrawn"]
    # replay and diff say what the notice changed
    steps = [json.loads(line) for line in igo(eu, "replay", "eu", "--json").stdout.splitlines()]
    notice = next(s for s in steps if s["event"]["type"] == "WithdrawalNotified")
    assert [c["kind"] for c in notice["changes"]] == ["condition"]
    diff = json.loads(igo(eu, "diff", "eu", "2017-01-01", "2018-01-01", "--json").stdout)
    kinds = [(c["kind"], c["subject"].split()[:2]) for c in diff["changes"]]
    # the notice holds; the extension, given some day in a range, may have been given too
    assert kinds == [("condition", ["GBR", "withdrawal_notified"]), ("uncertain", ["condition", "GBR"])]


def test_a_notice_can_be_revoked_and_a_withdrawal_needs_no_notice(eu: Path):
    igo(
        eu, "reinstate", "eu", "GBR", "--on", "2018-01-01", "--condition", "withdrawal_notified",
        *ISSUE, "--quote", "q",
    )  # fmt: skip
    gbr = entry(state(eu, "eu", "2019-06-01"), "members", "GBR")
    assert gbr is not None and "conditions" not in gbr  # revoked: no withdrawal due
    igo(eu, "withdraw", "eu", "FRA", "--on", "2019-01-01", *ISSUE, "--quote", "q")
    assert entry(state(eu, "eu", "2019-06-01"), "members", "FRA") is None


@pytest.fixture
def oas(tmp_path: Path) -> Path:
    store = tmp_path / "oas.sqlite"
    founders = [
        "ARG",
        "BOL",
        "BRA",
        "CHL",
        "COL",
        "ECU",
        "SLV",
        "GTM",
        "HTI",
        "MEX",
        "PRY",
        "PER",
        "USA",
        "URY",
        "VEN",
    ]
    found(
        store,
        {
            "type": "OrganizationFounded",
            "org": "oas",
            "name": "Pan American Union (OAS)",
            "founded": "1890",
            "statuses": ["member"],
            "founders": founders,
            "conditions": ["excluded_from_participation"],
            "source": {**COW, "quote": "OAS,Pan-Am Union/Org of Am States,1890"},
        },
    )
    igo(
        store,
        "grant",
        "oas",
        "Cuba",
        "member",
        "--on",
        "1909",
        "--document",
        COW["document"],
        "--quote",
        "cuba 1909: 1",
        "--inferred",
    )
    igo(
        store, "suspend", "oas", "CUB", "--on", "1962-01-31", "--condition", "excluded_from_participation",
        *ISSUE, "--quote", CUBA_QUOTE,
    )  # fmt: skip
    igo(
        store, "reinstate", "oas", "CUB", "--on", "2009-06-03", "--condition", "excluded_from_participation",
        *ISSUE, "--quote", CUBA_QUOTE,
    )  # fmt: skip
    return store


def test_cuba_in_the_oas(oas: Path):
    for day, excluded in (
        ("1962-01-30", False),
        ("1962-01-31", True),
        ("1990-01-01", True),
        ("2009-06-02", True),
        ("2009-06-03", False),
    ):
        cub = entry(state(oas, "oas", day), "members", "CUB")
        assert cub is not None and cub["since"] == "1909", day  # the status never ended
        assert ("conditions" in cub) is excluded, day
        if excluded:
            assert [(c["condition"], c["since"], c["until"]) for c in cub["conditions"]] == [
                ("excluded_from_participation", "1962-01-31", None)
            ]
    assert (
        "excluded from participation since 1962-01-31"
        in igo(oas, "state", "oas", "--as-of", "1990-01-01").stdout
    )
    answer = why(oas, "oas", "CUB", "1990-01-01")
    assert answer["answer"]["holds"] == "yes"
    assert answer["answer"]["conditions"][0]["condition"] == "excluded_from_participation"
    assert [(e["type"], e["role"]) for e in answer["events"][:2]] == [
        ("StatusGranted", "decisive"),
        ("ConditionImposed", "condition"),
    ]
    lifted = why(oas, "oas", "CUB", "2010-01-01")
    assert ("ConditionLifted", "condition ended") in [(e["type"], e["role"]) for e in lifted["events"]]
    # Popolo: one membership throughout, the exclusion listed on it; COW: coded a member every year
    doc = json.loads(igo(oas, "export", "oas", "--to", "popolo").stdout)
    cuba = [m for m in doc["memberships"] if m.get("member", {}).get("id") == "party/CUB"]
    assert len(cuba) == 1 and "end_date" not in cuba[0]
    assert [c["condition"] for c in cuba[0]["conditions"]] == ["excluded_from_participation"]

    def cow_cuba() -> dict[str, str]:
        rows = igo(oas, "export", "oas", "--to", "cow").stdout.splitlines()
        header = rows[0].split(",")
        return {r.split(",")[header.index("year")]: r.split(",")[header.index("cuba")] for r in rows[1:]}

    years = cow_cuba()
    assert {years[y] for y in ("1962", "1990", "2008")} == {"1"}
    assert years["2010"] == "-9"  # past the record's horizon (the lift, 2009-06-03): not known
    igo(
        oas,
        "coverage",
        "oas",
        "--until",
        "2014-12-31",
        "--document",
        COW["document"],
        "--quote",
        "OAS rows to 2014",
    )
    years = cow_cuba()
    assert (years["2010"], years["2014"], years["2015"]) == ("1", "1", "-9")


def test_a_fixed_suspension_ends_by_itself_and_bars_the_presidency(oas: Path):
    igo(oas, "suspend", "oas", "HTI", "--on", "1990-01-01", "--until", "1990-12-31", *ISSUE, "--quote", "q")
    assert "conditions" in entry(state(oas, "oas", "1990-12-31"), "members", "HTI")
    assert "conditions" not in entry(state(oas, "oas", "1991-01-01"), "members", "HTI")
    err = igo(oas, "handover", "oas", "HTI", "--on", "1990-06-01", *ISSUE, "--quote", "q", code=1).stderr
    assert "presidency-to-suspended" in err and "suspended" in err
    igo(oas, "handover", "oas", "HTI", "--on", "1991-06-01", *ISSUE, "--quote", "q")
    # excluded from participation does not bar it unless the organization says so
    igo(oas, "handover", "oas", "CUB", "--on", "1995-06-01", *ISSUE, "--quote", "q")


def test_a_period_table_names_the_conditions_that_changed_within_it(oas: Path):
    igo(oas, "suspend", "oas", "HTI", "--on", "1990-03-01", "--until", "1990-12-31", *ISSUE, "--quote", "q")
    table = igo(oas, "state", "oas", "--as-of", "1990").stdout
    changes = table[table.index("changes within 1990") :]
    assert "1990-03-01  condition  HTI suspended  - -> suspended until 1990-12-31" in changes
    assert "{" not in changes  # a condition is named, never dumped as JSON


@pytest.mark.parametrize(
    ("args", "rule"),
    [
        (("suspend", "oas", "GBR", "--on", "1990-01-01"), "condition-without-status"),
        (("suspend", "oas", "MEX", "--on", "1990-01-01", "--condition", "expelled"), "unknown-condition"),
        (("reinstate", "oas", "MEX", "--on", "1990-01-01"), "no-such-condition"),
        (("suspend", "oas", "MEX", "--on", "1990-01-01", "--until", "1989-12-31"), "end-before-start"),
        (
            ("notify-withdrawal", "oas", "MEX", "--on", "1990-01-01", "--takes-effect", "1989"),
            "end-before-start",
        ),
        (
            ("step", "oas", "GBR", "--procedure", "accession", "--step", "s", "--on", "1990"),
            "no-such-procedure",
        ),
        (
            ("conclude", "oas", "GBR", "--procedure", "accession", "--outcome", "rejected", "--on", "1990"),
            "no-such-procedure",
        ),
        (
            ("launch", "oas", "GBR", "--procedure", "accession", "--status", "observer", "--on", "1990"),
            "unknown-status",
        ),
    ],
)
def test_what_a_condition_or_a_procedure_needs(oas: Path, args: tuple[str, ...], rule: str):
    err = igo(oas, *args, *ISSUE, "--quote", "q", code=1).stderr
    assert f": {rule}: " in err and len(err.strip().splitlines()) == 1


def test_a_pending_procedure_until_its_outcome(oas: Path):
    igo(
        oas,
        "launch",
        "oas",
        "CAN",
        "--procedure",
        "accession",
        "--status",
        "member",
        "--on",
        "1985-03-01",
        *ISSUE,
        "--quote",
        "q",
    )
    igo(
        oas,
        "step",
        "oas",
        "CAN",
        "--procedure",
        "accession",
        "--step",
        "memorandum of obligations signed",
        "--on",
        "1987-05-01",
        *ISSUE,
        "--quote",
        "q",
    )
    # launched again while pending (a text restating it): recorded, the first launch stands
    igo(oas, "launch", "oas", "CAN", "--procedure", "accession", "--on", "1988", *ISSUE, "--quote", "q")
    early = state(oas, "oas", "1986-01-01")
    assert [(p["party"], p["procedure"], p["status"], p["since"], p["steps"]) for p in early["pending"]] == [
        ("CAN", "accession", "member", "1985-03-01", [])
    ]
    assert entry(early, "members", "CAN") is None  # a launch grants nothing
    mid = state(oas, "oas", "1988-01-01")
    assert [s["step"] for s in mid["pending"][0]["steps"]] == ["memorandum of obligations signed"]
    assert entry(mid, "members", "CAN") is None  # nor does a memorandum
    table = igo(oas, "state", "oas", "--as-of", "1988-01-01").stdout
    assert "pending procedures (1)" in table and "accession towards member" in table
    answer = why(oas, "oas", "CAN", "1988-01-01")
    assert answer["answer"]["holds"] == "no" and answer["answer"]["pending"][0]["procedure"] == "accession"
    assert {"pending", "step"} <= {e["role"] for e in answer["events"]}
    # the grant concludes it, the same day
    igo(oas, "grant", "oas", "CAN", "member", "--on", "1990-01-08", *ISSUE, "--quote", "q")
    assert state(oas, "oas", "1990-01-07")["pending"] and not state(oas, "oas", "1990-01-08")["pending"]
    assert entry(state(oas, "oas", "1990-01-08"), "members", "CAN") is not None
    # a procedure that ends otherwise: rejected
    igo(oas, "launch", "oas", "GBR", "--procedure", "admission", "--on", "1991", *ISSUE, "--quote", "q")
    igo(
        oas,
        "conclude",
        "oas",
        "GBR",
        "--procedure",
        "admission",
        "--outcome",
        "rejected",
        "--on",
        "1993-02-01",
        *ISSUE,
        "--quote",
        "q",
    )
    assert [p["party"] for p in state(oas, "oas", "1993-01-31")["pending"]] == ["GBR"]
    assert state(oas, "oas", "1993-02-01")["pending"] == []
    spans = json.loads(igo(oas, "intervals", "oas", "--json").stdout)
    assert {(p["party"], p["procedure"]) for p in spans["pending"]} == {
        ("CAN", "accession"),
        ("GBR", "admission"),
    }
    assert {(c["party"], c["condition"]) for c in spans["conditions"]} == {
        ("CUB", "excluded_from_participation")
    }


@pytest.fixture
def rotating(tmp_path: Path) -> Path:
    """A test organization of four members whose presidency rotates every half year."""
    store = tmp_path / "rot.sqlite"
    found(
        store,
        {
            "type": "OrganizationFounded",
            "org": "rot",
            "name": "Rotating Test Organization",
            "founded": "2000-01-01",
            "statuses": ["member", "observer"],
            "founders": ["FRA", "DEU", "ITA", "BEL"],
            "source": {"document": "test", "quote": "a test organization"},
        },
    )
    src = ["--document", "test", "--quote", "q"]
    igo(store, "handover", "rot", "FRA", "--term", "2010-01-01/2010-06-30", "--from", "BEL", *src)
    igo(store, "handover", "rot", "DEU", "--term", "2010-07-01/2010-12-31", "--from", "FRA", *src)
    igo(store, "vacate-presidency", "rot", "--on", "2010-10-01", *src)
    igo(store, "handover", "rot", "ITA", "--on", "2011-01-01", "--term", "2011-01-01/2011-06-30", *src)
    # no handover recorded after Italy's term: vacant once it has run out
    return store


def test_a_half_year_rotating_presidency_with_a_vacancy(rotating: Path):
    def chair(day: str) -> tuple[Any, Any]:
        data = state(rotating, "rot", day)
        pres = data["presidency"]
        held = data["chairs"].get("presidency")
        return (pres and (pres["party"], pres["since"])), (held and (held["party"], held["until"]))

    assert chair("2009-12-31") == (("BEL", None), ("BEL", None))  # the giver, its start unknown
    assert chair("2010-03-01") == (("FRA", "2010-01-01"), ("FRA", "2010-06-30"))
    assert chair("2010-07-01") == (("DEU", "2010-07-01"), ("DEU", "2010-12-31"))
    assert chair("2010-10-01") == (None, (None, None))  # vacated inside the term
    assert chair("2011-02-01") == (("ITA", "2011-01-01"), ("ITA", "2011-06-30"))
    assert chair("2011-07-01") == (None, (None, None))  # the term ran out
    later = state(rotating, "rot", "2011-07-01")["chairs"]["presidency"]
    assert later["since"] == "2011-07-01" and later["event"]
    assert "presidency\n  vacant" in igo(rotating, "state", "rot", "--as-of", "2010-11-01").stdout
    table = igo(rotating, "state", "rot", "--as-of", "2011-02-01").stdout
    assert "ITA  Italy  since 2011-01-01 until 2011-06-30" in table
    assert (
        json.loads(igo(rotating, "why", "rot", "--presidency", "--as-of", "2010-11-01", "--json").stdout)[
            "events"
        ][0]["type"]
        == "PresidencyVacated"
    )
    answer = json.loads(igo(rotating, "why", "rot", "--presidency", "--as-of", "2011-07-01", "--json").stdout)
    assert answer["answer"]["holds"] == "no" and "ended" in answer["answer"]["says"]
    # a handover inside another's fixed term is refused; after a vacancy it is not
    src = ["--document", "test", "--quote", "q"]
    err = igo(rotating, "handover", "rot", "BEL", "--on", "2011-03-01", *src, code=1).stderr
    assert "inside-fixed-term" in err
    igo(rotating, "handover", "rot", "BEL", "--on", "2010-11-01", *src)
    assert chair("2010-11-15") == (("BEL", "2010-11-01"), ("BEL", None))
    # the giver must be the holder on the day before
    err = igo(rotating, "handover", "rot", "FRA", "--on", "2011-07-15", "--from", "DEU", *src, code=1).stderr
    assert "presidency-from-mismatch" in err and "vacant" in err


def test_other_chairs_are_declared_then_rotate(rotating: Path):
    src = ["--document", "test", "--quote", "q"]
    err = igo(
        rotating, "handover", "rot", "FRA", "--chair", "council", "--on", "2012-01-01", *src, code=1
    ).stderr
    assert "unknown-chair" in err
    igo(rotating, "establish-chair", "rot", "council", "Chair of the Council", "--on", "2011-09-01", *src)
    assert state(rotating, "rot", "2011-10-01")["chairs"]["council"]["party"] is None
    igo(rotating, "handover", "rot", "FRA", "--chair", "council", "--term", "2012-01-01/2012-12-31", *src)
    data = state(rotating, "rot", "2012-06-01")
    assert data["chairs"]["council"]["party"] == "FRA" and data["presidency"] is None
    assert "council  FRA" in igo(rotating, "state", "rot", "--as-of", "2012-06-01").stdout
    spans = json.loads(igo(rotating, "intervals", "rot", "--json").stdout)["presidencies"]
    assert {s["chair"] for s in spans} == {"presidency", "council"}


@pytest.fixture
def reformed(tmp_path: Path) -> Path:
    """A test organization whose reform merges its observers and dialogue partners into partners."""
    store = tmp_path / "ref.sqlite"
    found(
        store,
        {
            "type": "OrganizationFounded",
            "org": "ref",
            "name": "Reformed Test Organization",
            "founded": "2000-01-01",
            "statuses": ["member", "observer", "dialogue_partner"],
            "founders": ["FRA", "DEU"],
            "source": {"document": "test", "quote": "a test organization"},
        },
    )
    src = ["--document", "test", "--quote", "q"]
    igo(store, "grant", "ref", "IND", "observer", "--on", "2005-06-01", *src)
    igo(store, "grant", "ref", "TUR", "dialogue_partner", "--on", "2012", *src)
    igo(store, "grant", "ref", "EGY", "dialogue_partner", "--on", "2022-09-15", *src)
    igo(store, "reform", "ref", "--on", "2025-07-01", "--merge", "partner=observer,dialogue_partner", *src)
    return store


def test_a_reform_merges_two_statuses(reformed: Path):
    before = state(reformed, "ref", "2025-06-30")
    assert before["ladder"] == ["member", "observer", "dialogue_partner"] and "partners" not in before
    assert [e["party"] for e in before["observers"]] == ["IND"]
    after = state(reformed, "ref", "2025-07-01")
    assert after["ladder"] == ["member", "partner"]
    assert "observers" not in after and "dialogue_partners" not in after
    partners = {e["party"]: e for e in after["partners"]}
    assert set(partners) == {"IND", "TUR", "EGY"}
    assert {e["since"] for e in partners.values()} == {"2025-07-01"}
    assert partners["IND"]["previously"] == [{"status": "observer", "since": "2005-06-01"}]
    assert partners["TUR"]["previously"] == [{"status": "dialogue_partner", "since": "2012"}]
    assert [e["party"] for e in after["members"]] == ["DEU", "FRA"] and "previously" not in after["members"][
        0
    ]
    table = igo(reformed, "state", "ref", "--as-of", "2025-08-01").stdout
    assert "partner (3)" in table and "previously observer since 2005-06-01" in table
    answer = why(reformed, "ref", "IND", "2025-08-01")
    assert answer["answer"]["status"] == "partner" and answer["events"][0]["type"] == "LadderReformed"
    assert "previously observer since 2005-06-01" in answer["answer"]["says"]
    # granting a retired status, or one the reform already gives, is refused
    src = ["--document", "test", "--quote", "q"]
    err = igo(reformed, "grant", "ref", "PAK", "observer", "--on", "2026-01-01", *src, code=1).stderr
    assert "unknown-status" in err and "valid then: member, partner" in err
    err = igo(reformed, "grant", "ref", "IND", "partner", "--on", "2026-01-01", *src, code=1).stderr
    assert "status-already-held" in err and "LadderReformed" in err
    igo(
        reformed, "grant", "ref", "PAK", "partner", "--on", "2025-07-01", *src
    )  # the new ladder holds that day
    err = igo(reformed, "grant", "ref", "IRN", "partner", "--on", "2024-01-01", *src, code=1).stderr
    assert "unknown-status" in err
    # the history and a diff across the reform
    diff = json.loads(igo(reformed, "diff", "ref", "2025-06-30", "2025-07-01", "--json").stdout)
    assert {(c["subject"], c["before"], c["after"]) for c in diff["changes"] if c["kind"] == "status"} == {
        ("IND", "observer", "partner"),
        ("TUR", "dialogue_partner", "partner"),
        ("EGY", "dialogue_partner", "partner"),
        ("PAK", None, "partner"),
    }


def test_a_correction_of_the_founding_is_not_a_reform(reformed: Path):
    history = json.loads(igo(reformed, "history", "ref", "--json").stdout)
    founding = history[0]["id"]
    igo(
        reformed, "correct", founding, json.dumps({"statuses": ["member", "observer", "dialogue_partner", "guest"]}),
        "--reason", "the founding's ladder had a fourth status",
    )  # fmt: skip
    assert state(reformed, "ref", "2001-01-01")["ladder"] == [
        "member",
        "observer",
        "dialogue_partner",
        "guest",
    ]
    assert state(reformed, "ref", "2025-08-01")["ladder"] == ["member", "partner", "guest"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            ("grant", "rot", "ESP", "member", "--on", "2005-05-05"),
            ("grant", "rot", "ESP", "observer", "--on", "2005-05-05"),
        ),
        (
            ("withdraw", "rot", "BEL", "--on", "2005-05-05"),
            ("grant", "rot", "BEL", "observer", "--on", "2005-05-05"),
        ),
        (("suspend", "rot", "BEL", "--on", "2005-05-05"), ("withdraw", "rot", "BEL", "--on", "2005-05-05")),
        (("handover", "rot", "FRA", "--on", "2012-05-05"), ("handover", "rot", "DEU", "--on", "2012-05-05")),
        (
            ("handover", "rot", "FRA", "--on", "2012-05-05"),
            ("vacate-presidency", "rot", "--on", "2012-05-05"),
        ),
    ],
)
def test_contradictions_on_one_day_are_refused_whatever_the_order(
    rotating: Path, first: tuple[str, ...], second: tuple[str, ...]
):
    src = ["--document", "test", "--quote", "q"]
    for a, b in ((first, second), (second, first)):
        store = rotating.with_name(f"{a[0]}-{b[0]}.sqlite")
        store.write_bytes(rotating.read_bytes())
        stored = igo(store, *a, *src).stdout.split()[0]
        err = igo(store, *b, *src, code=1).stderr
        assert ": same-day-conflict: " in err and stored[:8] in err, err


def test_a_reform_and_a_grant_on_one_day_are_no_conflict(reformed: Path):
    igo(
        reformed,
        "launch",
        "ref",
        "IRN",
        "--procedure",
        "accession",
        "--on",
        "2025-07-01",
        "--document",
        "t",
        "--quote",
        "q",
    )
    igo(reformed, "grant", "ref", "IRN", "partner", "--on", "2025-07-01", "--document", "t", "--quote", "q")


def test_two_changes_in_an_unknown_order_are_uncertain_until_a_later_one(rotating: Path):
    src = ["--document", "test", "--quote", "q"]
    igo(rotating, "grant", "rot", "ESP", "observer", "--on", "2000", *src)  # some day in 2000
    igo(rotating, "grant", "rot", "ESP", "member", "--on", "2000-06-01", *src)
    for day in ("2000-07-01", "2000-12-31", "2003-01-01"):
        data = state(rotating, "rot", day)
        assert entry(data, "members", "ESP") is None and entry(data, "observers", "ESP") is None, day
        assert sorted(u["status"] for u in data["uncertain"] if u.get("party") == "ESP") == [
            "member",
            "observer",
        ]
    answer = why(rotating, "rot", "ESP", "2003-01-01")
    assert answer["answer"]["holds"] == "uncertain" and sorted(answer["answer"]["possible"]) == [
        "member",
        "observer",
    ]
    # the order is unknown, so a re-grant cannot be told: no status-already-held
    igo(rotating, "grant", "rot", "ESP", "member", "--on", "2004-01-01", *src)
    assert entry(state(rotating, "rot", "2004-01-01"), "members", "ESP")["since"] == "2004-01-01"
    assert entry(state(rotating, "rot", "2003-12-31"), "members", "ESP") is None
    # nor can the presidency go to it while its status is in doubt
    err = igo(rotating, "handover", "rot", "ESP", "--on", "2003-06-01", *src, code=1).stderr
    assert "presidency-to-non-member" in err


def test_the_horizon_of_the_record(rotating: Path):
    # the latest decision: Italy's handover of 2011-01-01 (a term's end does not count)
    data = state(rotating, "rot", "2011-01-01")
    assert data["horizon"] == {"until": "2011-01-01", "declared": None} and data["beyond_horizon"] is False
    later = igo(rotating, "state", "rot", "--as-of", "2013-01-01")
    assert later.stderr == "sources for rot reach 2011-01-01; later days repeat the last known state\n"
    assert state(rotating, "rot", "2013-01-01")["beyond_horizon"] is True
    answer = why(rotating, "rot", "FRA", "2013-01-01")["answer"]
    assert answer["beyond_horizon"] is True and answer["horizon"]["until"] == "2011-01-01"
    src = ["--document", "test", "--quote", "q"]
    # a meeting scheduled for 2012 and never recorded as held: overdue, not dropped
    found(
        rotating,
        {"type": "BodyEstablished", "org": "rot", "body": "summit", "name": "Summit", "effective": "2000-01-01",
         "source": {"document": "test", "quote": "q"}},
    )  # fmt: skip
    igo(
        rotating,
        "schedule",
        "rot",
        "summit",
        "--date",
        "2012",
        "--host",
        "FRA",
        "--decided-on",
        "2011-06-30",
        *src,
    )
    assert [m["date"] for m in state(rotating, "rot", "2012-06-01")["upcoming_meetings"]] == ["2012"]
    overdue = state(rotating, "rot", "2013-01-01")
    assert overdue["upcoming_meetings"] == [] and [m["date"] for m in overdue["overdue_meetings"]] == ["2012"]
    igo(rotating, "meeting", "rot", "summit", "--date", "2012-10-10", *src)
    assert state(rotating, "rot", "2013-01-01")["overdue_meetings"] == []
    # a declared coverage reaches further than the decisions
    igo(rotating, "coverage", "rot", "--until", "2014-12-31", *src)
    covered = state(rotating, "rot", "2013-01-01")
    assert (
        covered["horizon"] == {"until": "2014-12-31", "declared": "2014-12-31"}
        and not covered["beyond_horizon"]
    )
    diff = json.loads(igo(rotating, "diff", "rot", "2013-01-01", "2016-01-01", "--json").stdout)
    assert diff["beyond_horizon"] is True
    spans = json.loads(igo(rotating, "intervals", "rot", "--json").stdout)
    assert spans["horizon"]["until"] == "2014-12-31"


def test_verify_rules_lists_the_breaks_a_store_already_holds(rotating: Path, monkeypatch: pytest.MonkeyPatch):
    from igo_timeline.engine.timeline import Timeline

    src = ["--document", "test", "--quote", "q"]
    assert "every chain intact" in igo(rotating, "verify", "--rules").stderr  # none held
    # a store written under weaker rules (an earlier release) holds two handovers on one day
    monkeypatch.setattr(Timeline, "_check", lambda *args, **kwargs: None)
    igo(rotating, "handover", "rot", "FRA", "--on", "2012-05-05", *src)
    igo(rotating, "handover", "rot", "DEU", "--on", "2012-05-05", *src)
    monkeypatch.undo()
    listed = igo(rotating, "verify", "--rules", code=1)
    assert "rot: same-day-conflict: PresidencyHandedOver" in listed.stdout
    assert "rule break(s) held in the store" in listed.stderr
    data = json.loads(igo(rotating, "verify", "--rules", "--json", code=1).stdout)
    assert [b["rule"] for b in data["rule_breaks"]] == ["same-day-conflict"]
    # new appends tolerate what the store already holds
    igo(rotating, "grant", "rot", "ESP", "observer", "--on", "2013-01-01", *src)
    assert igo(rotating, "verify").exit_code == 0  # the chain itself is intact


def test_a_renamed_organization_answers_by_the_name_in_force_and_by_its_former_names(eu: Path):
    igo(
        eu,
        "rename",
        "eu",
        "European Union",
        "--on",
        "1993",
        "--document",
        COW["document"],
        "--quote",
        "EU,European Union,1993",
        "--inferred",
    )
    assert state(eu, "eu", "1990-01-01")["name"] == "European Economic Community"
    assert state(eu, "eu", "1994-01-01")["name"] == "European Union"
    assert "eu: European Union, as of 1994-01-01" in igo(eu, "state", "eu", "--as-of", "1994-01-01").stdout
    # the former name still finds it, whole or by its initials; the answer names the slug
    for name in ("eec", "European Economic Community", "European Union"):
        assert state(eu, name, "1994-01-01")["org"] == "eu"
    assert json.loads(igo(eu, "history", "eec", "--json").stdout)[0]["type"] == "OrganizationFounded"
    err = igo(eu, "state", "efta", "--as-of", "1994-01-01", code=1).stderr
    assert "efta" in err
    err = igo(
        eu,
        "rename",
        "eu",
        "Commission",
        "--office",
        "commission",
        "--on",
        "1995",
        "--document",
        "d",
        "--quote",
        "q",
        code=1,
    ).stderr
    assert "unknown-office" in err


@pytest.mark.parametrize(
    ("verb", "displayed", "slug"),
    [
        (["suspend", "ex", "FRA", "--on", "2001-01-01", "--condition"], "Suspended", "suspended"),
        (["launch", "ex", "ESP", "--on", "2001-01-01", "--procedure"], "Status Upgrade", "status_upgrade"),
        (["reform", "ex", "--on", "2001-01-01", "--merge"], "Full Member=member", "full_member=member"),
    ],
    ids=["condition", "procedure", "reform"],
)
def test_conditions_procedures_and_reformed_statuses_are_accepted_as_displayed(
    tmp_path: Path, verb: list[str], displayed: str, slug: str
) -> None:
    """Issue 15's rule for statuses holds for the histories vocabulary too: the displayed form
    records the same event (the same id) as the slug."""
    ids = []
    for form in (displayed, slug):
        store = tmp_path / f"{form}.sqlite"
        found(
            store,
            {
                "type": "OrganizationFounded",
                "org": "ex",
                "name": "Example Organization",
                "founded": "2000-01-01",
                "founders": ["FRA"],
                "statuses": ["member", "observer"],
                "source": {"document": "issue-11", "quote": "a test organization"},
            },
        )
        ids.append(igo(store, *verb, form, *ISSUE, "--quote", "q").stdout.split()[0])
    assert ids[0] == ids[1]


# -- what the second round left: a chair's why, names in force, horizons, offices, conditions --


SRC = ["--document", "test", "--quote", "q"]


def test_why_answers_for_any_chair_as_for_the_presidency(rotating: Path):
    igo(rotating, "establish-chair", "rot", "council", "Chair of the Council", "--on", "2011-09-01", *SRC)
    igo(rotating, "handover", "rot", "DEU", "--chair", "council", "--term", "2012-01-01/2012-06-30", *SRC)

    def ask(*args: str) -> dict[str, Any]:
        return json.loads(igo(rotating, "why", "rot", *args, "--json").stdout)

    held = ask("--chair", "council", "--as-of", "2012-03-01")
    assert held["answer"]["holds"] == "yes" and held["answer"]["party"] == "DEU"
    assert held["answer"]["about"] == {"presidency": True, "chair": "council"}
    assert "Chair of the Council" in held["answer"]["says"]
    assert held["events"][0]["type"] == "PresidencyHandedOver" and held["events"][0]["role"] == "decisive"
    # the same day, the presidency (the default chair) is another subject: vacant since Italy's term
    assert ask("--presidency", "--as-of", "2012-03-01")["answer"]["holds"] == "no"
    assert ask("--chair", "presidency", "--as-of", "2011-02-01")["answer"]["party"] == "ITA"
    # by its name too; after its term, vacant, resting on the handover whose term ran out
    ran_out = ask("--chair", "Chair of the Council", "--as-of", "2012-07-01")
    assert ran_out["answer"]["holds"] == "no" and "vacant" in ran_out["answer"]["says"]
    assert ran_out["events"][0]["type"] == "PresidencyHandedOver"
    table = igo(rotating, "why", "rot", "--chair", "council", "--as-of", "2012-03-01").stdout
    assert "DEU (Germany) holds the chair council (Chair of the Council) since 2012-01-01" in table
    err = igo(rotating, "why", "rot", "--chair", "board", code=1).stderr
    assert "unknown chair 'board'" in err and "council" in err
    # the HTTP API takes the same option, and answers the same
    from starlette.testclient import TestClient

    from igo_timeline.engine.timeline import Timeline
    from igo_timeline.web import create_app

    with Timeline(str(rotating)) as tl, TestClient(create_app(tl)) as client:
        api = client.get("/api/v1/orgs/rot/why", params={"chair": "council", "as_of": "2012-03-01"}).json()
    assert api["answer"] == held["answer"]


@pytest.fixture
def renamed(tmp_path: Path) -> Path:
    """A test organization with an office and a body, renamed along with them."""
    store = tmp_path / "ren.sqlite"
    found(
        store,
        {
            "type": "OrganizationFounded",
            "org": "ren",
            "name": "First Name Organization",
            "founded": "2000-01-01",
            "statuses": ["member"],
            "founders": ["FRA", "DEU"],
            "offices": {"sg": "Secretary-General"},
            "bodies": {"council": "Council of Ministers"},
            "source": {"document": "test", "quote": "a test organization"},
        },
    )
    igo(store, "appoint", "ren", "sg", "Ann Example", "--term", "2004-01-01/2009-12-31", *SRC)
    igo(store, "grant", "ren", "ITA", "member", "--on", "2003-03-03", *SRC)
    igo(store, "rename", "ren", "Second Name Organization", "--on", "2005-01-01", *SRC)
    igo(store, "rename", "ren", "Director-General", "--office", "sg", "--on", "2006-01-01", *SRC)
    igo(store, "grant", "ren", "ESP", "member", "--on", "2007-07-07", *SRC)
    return store


def test_names_in_force_in_why_history_and_the_exports(renamed: Path):
    def office(day: str) -> dict[str, Any]:
        return json.loads(igo(renamed, "why", "ren", "--office", "sg", "--as-of", day, "--json").stdout)

    assert office("2005-06-01")["answer"]["office_name"] == "Secretary-General"
    after = office("2006-06-01")["answer"]
    assert after["office_name"] == "Director-General" and "(Director-General)" in after["says"]
    assert state(renamed, "ren", "2006-06-01")["offices"]["sg"]["name"] == "Director-General"
    # asked by its later name too
    by_name = json.loads(
        igo(renamed, "why", "ren", "--office", "Director-General", "--as-of", "2006-06-01", "--json").stdout
    )
    assert by_name["answer"]["office"] == "sg" and by_name["answer"]["holder"] == "Ann Example"
    # the history: each event with the organization's name on its date
    events = json.loads(igo(renamed, "history", "ren", "--json").stdout)
    named = {e["type"] + " " + e["valid_time"]: e["org_name"] for e in events}
    assert named["OrganizationFounded 2000-01-01"] == "First Name Organization"
    assert named["StatusGranted 2003-03-03"] == "First Name Organization"
    assert named["NameChanged 2005-01-01"] == "Second Name Organization"
    assert named["StatusGranted 2007-07-07"] == "Second Name Organization"
    # a party's history keeps the key; the table heads each stretch with the name then in force
    assert {
        e["org_name"] for e in json.loads(igo(renamed, "history", "ren", "--party", "ITA", "--json").stdout)
    } == {"First Name Organization"}
    lines = igo(renamed, "history", "ren").stdout.splitlines()
    heads = [line for line in lines if line.startswith("-- ")]
    assert heads == ["-- First Name Organization", "-- Second Name Organization"]
    assert lines.index("-- Second Name Organization") < next(
        i for i, line in enumerate(lines) if "NameChanged" in line and "2005-01-01" in line
    )
    # Popolo: the latest name, the former one dated; TimelineJS: the title, and the name then on a slide
    popolo = json.loads(igo(renamed, "export", "ren", "--to", "popolo").stdout)
    org = next(o for o in popolo["organizations"] if o["id"] == "ren")
    assert org["name"] == "Second Name Organization"
    assert org["other_names"] == [
        {"name": "First Name Organization", "start_date": "2000-01-01", "end_date": "2004-12-31"}
    ]
    tl = json.loads(igo(renamed, "export", "ren", "--to", "timelinejs").stdout)
    assert tl["title"]["text"]["headline"] == "Second Name Organization"
    assert "Formerly: First Name Organization" in tl["title"]["text"]["text"]
    slides = {str(e["start_date"]["year"]): e["text"]["text"] for e in tl["events"]}
    assert slides["2003"].startswith("<p>First Name Organization</p>")
    assert "Name Organization</p>" not in slides["2007"]  # the name in force is the title's


def test_timelinejs_names_an_office_and_a_body_as_they_were_named_on_each_slides_date(renamed: Path):
    """The appointment of 2004 was to the Secretary-General, renamed Director-General in 2006: its slide
    says so; a later appointment is to the office under its latest name and says nothing more; a
    meeting of the council before its rename names the council as it was."""
    igo(renamed, "appoint", "ren", "sg", "Bea Example", "--term", "2010-01-01/2014-12-31", *SRC)
    igo(renamed, "rename", "ren", "Council", "--body", "council", "--on", "2010-06-01", *SRC)
    igo(renamed, "meeting", "ren", "council", "--date", "2008-05-05", "--place", "Paris", *SRC)
    tl = json.loads(igo(renamed, "export", "ren", "--to", "timelinejs").stdout)
    text = {(e["group"], e["start_date"]["year"]): e["text"]["text"] for e in tl["events"]}
    assert text[("office", 2004)].startswith("<p>Office: Secretary-General</p>")
    assert "Office:" not in text[("office", 2010)]
    assert text[("meeting", 2008)].startswith("<p>Body: Council of Ministers</p>")
    assert "Renamed: Director-General" in [e["text"]["headline"] for e in tl["events"]]


def test_popolo_lists_an_offices_and_a_bodys_former_names_dated_and_their_aliases(renamed: Path):
    igo(renamed, "rename", "ren", "Ministerial Council", "--body", "council", "--on", "2008-03-01", *SRC)
    igo(renamed, "rename", "ren", "Council", "--body", "council", "--on", "2010", *SRC)  # some day of 2010
    igo(renamed, "alias", "ren", "DG", "--office", "sg", *SRC)
    igo(renamed, "alias", "ren", "CoM", "--body", "council", *SRC)
    popolo = json.loads(igo(renamed, "export", "ren", "--to", "popolo").stdout)
    (post,) = [p for p in popolo["posts"] if p["id"] == "post/sg"]
    assert (post["label"], post["role"]) == ("Director-General", "Director-General")
    assert post["other_label"] == ["Secretary-General", "DG"]  # Popolo's: plain strings
    assert post["other_names"] == [
        {"name": "Secretary-General", "start_date": "2000-01-01", "end_date": "2005-12-31"},
        {"name": "DG", "note": "alias"},
    ]
    # a term is labelled by the office's name when it began
    (term,) = [m for m in popolo["memberships"] if m.get("post_id") == "post/sg"]
    assert term["label"] == "Ann Example: Secretary-General"
    # a body is an organization of its own, part of the organization
    (council,) = [o for o in popolo["organizations"] if o["id"] == "body/council"]
    assert (council["name"], council["parent_id"], council["classification"]) == ("Council", "ren", "body")
    assert council["other_names"] == [
        {"name": "Council of Ministers", "start_date": "2000-01-01", "end_date": "2008-02-29"},
        # renamed on some day of 2010: its last day is not one partial date, so none is made up
        {"name": "Ministerial Council", "start_date": "2008-03-01"},
        {"name": "CoM", "note": "alias"},
    ]
    # valid Popolo (the vendored schemas)
    from test_export import VALIDATORS

    for record, schema in ((post, "post"), (council, "organization")):
        assert not list(VALIDATORS[schema].iter_errors(record)), record["id"]


def test_an_organization_never_renamed_shows_no_name_lines(rotating: Path):
    assert not [
        line for line in igo(rotating, "history", "rot").stdout.splitlines() if line.startswith("-- ")
    ]
    assert {e["org_name"] for e in json.loads(igo(rotating, "history", "rot", "--json").stdout)} == {
        "Rotating Test Organization"
    }


def test_beyond_the_horizon_in_intervals_and_history(rotating: Path):
    # the rotating record reaches 2011-01-01 (Italy's handover): no later decision is recorded
    inside = json.loads(igo(rotating, "intervals", "rot", "--to", "2010-12-31", "--json").stdout)
    assert (
        inside["horizon"] == {"until": "2011-01-01", "declared": None} and inside["beyond_horizon"] is False
    )
    past = json.loads(igo(rotating, "intervals", "rot", "--to", "2015", "--json").stdout)
    assert past["beyond_horizon"] is True
    assert json.loads(igo(rotating, "intervals", "rot", "--json").stdout)["beyond_horizon"] is False
    line = "sources for rot reach 2011-01-01; later days repeat the last known state"
    for args in (
        ("intervals", "rot", "--to", "2015"),
        ("history", "rot", "--to", "2015"),
        ("history", "rot", "--to", "2015", "--json"),  # a bare array: the line says it
        ("history", "rot", "--to", "2015", "--format", "jsonl"),
        ("why", "rot", "--presidency", "--as-of", "2015-01-01"),
        ("diff", "rot", "2010", "2015"),
        ("state", "rot", "--as-of", "2015-01-01"),
    ):
        assert line in igo(rotating, *args).stderr, args
    for args in (
        ("intervals", "rot", "--to", "2010"),
        ("history", "rot", "--to", "2010"),
        ("history", "rot", "--to", "2010", "--json"),
        ("why", "rot", "--presidency", "--as-of", "2010-03-01"),
        ("diff", "rot", "2009", "2010"),
    ):
        assert line not in igo(rotating, *args).stderr, args
    # the JSON stays a bare array of events, whole on stdout
    events = json.loads(igo(rotating, "history", "rot", "--to", "2015", "--json").stdout)
    assert isinstance(events, list) and events[-1]["type"] == "PresidencyHandedOver"
    # consistent with state, why and diff for the same day
    assert state(rotating, "rot", "2015-01-01")["beyond_horizon"] is True
    # a declared coverage moves it for every answer
    igo(rotating, "coverage", "rot", "--until", "2016-12-31", *SRC)
    assert (
        json.loads(igo(rotating, "intervals", "rot", "--to", "2015", "--json").stdout)["beyond_horizon"]
        is False
    )
    # over HTTP: intervals in its body; the history (a bare array of events) in its headers
    from starlette.testclient import TestClient

    from igo_timeline.engine.timeline import Timeline
    from igo_timeline.web import create_app

    with Timeline(str(rotating)) as tl, TestClient(create_app(tl)) as client:
        spans = client.get("/api/v1/orgs/rot/intervals", params={"to": "2020"}).json()
        assert spans["beyond_horizon"] is True and spans["horizon"]["declared"] == "2016-12-31"
        later = client.get("/api/v1/orgs/rot/history", params={"to": "2020"})
        assert later.headers["igo-beyond-horizon"] == "true"
        assert later.headers["igo-horizon-until"] == "2016-12-31"
        within = client.get("/api/v1/orgs/rot/history", params={"to": "2012"})
        assert within.headers["igo-beyond-horizon"] == "false"
        assert isinstance(within.json(), list)


@pytest.fixture
def office(tmp_path: Path) -> Path:
    store = tmp_path / "off.sqlite"
    found(
        store,
        {
            "type": "OrganizationFounded",
            "org": "off",
            "name": "Office Test Organization",
            "founded": "2000-01-01",
            "statuses": ["member"],
            "founders": ["FRA", "DEU"],
            "offices": {"sg": "Secretary-General"},
            "source": {"document": "test", "quote": "a test organization"},
        },
    )
    return store


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (("2010-01-01/2012-12-31", "Ann Example"), ("2010-01-01/2013-12-31", "Bo Example")),
        (("2010-01-01/2012-12-31", "Ann Example"), ("2010-01-01/..", "Bo Example")),
    ],
)
def test_two_appointments_to_one_office_on_one_day_are_a_same_day_conflict(
    office: Path, first: tuple[str, str], second: tuple[str, str]
):
    for a, b in ((first, second), (second, first)):
        store = office.with_name(f"{a[1][0]}{b[1][0]}.sqlite")
        store.write_bytes(office.read_bytes())
        stored = igo(store, "appoint", "off", "sg", a[1], "--term", a[0], *SRC).stdout.split()[0]
        err = igo(store, "appoint", "off", "sg", b[1], "--term", b[0], *SRC, code=1).stderr
        assert ": same-day-conflict: " in err and stored[:8] in err and "term-overlap" not in err, err
    # overlapping terms that begin on different days are still term-overlap
    igo(office, "appoint", "off", "sg", "Ann Example", "--term", "2010-01-01/2012-12-31", *SRC)
    err = igo(
        office, "appoint", "off", "sg", "Bo Example", "--term", "2011-01-01/2013-12-31", *SRC, code=1
    ).stderr
    assert "term-overlap" in err


def test_a_reform_declares_a_new_condition_from_its_date(rotating: Path):
    err = igo(
        rotating, "suspend", "rot", "ITA", "--condition", "excluded_from_participation", "--on", "2012-01-01",
        *SRC, code=1,
    ).stderr  # fmt: skip
    assert "unknown-condition" in err
    igo(
        rotating,
        "reform",
        "rot",
        "--on",
        "2011-06-01",
        "--add-condition",
        "Excluded From Participation",
        *SRC,
    )
    err = igo(
        rotating, "suspend", "rot", "ITA", "--condition", "excluded_from_participation", "--on", "2011-01-01",
        *SRC, code=1,
    ).stderr  # fmt: skip
    assert "not yet a condition of 'rot' on 2011-01-01" in err and "declared from 2011-06-01" in err
    igo(
        rotating, "suspend", "rot", "ITA", "--condition", "excluded_from_participation", "--on", "2012-01-01",
        *SRC,
    )  # fmt: skip
    answer = why(rotating, "rot", "ITA", "2012-02-01")["answer"]
    assert answer["holds"] == "yes" and answer["conditions"][0]["condition"] == "excluded_from_participation"
    italy = entry(state(rotating, "rot", "2012-02-01"), "members", "ITA")
    assert italy is not None and italy["since"] == "2000-01-01"
    reform = next(
        e
        for e in json.loads(igo(rotating, "history", "rot", "--json").stdout)
        if e["type"] == "LadderReformed"
    )
    assert reform["conditions"] == ["excluded_from_participation"]
    assert "+condition excluded_from_participation" in igo(rotating, "history", "rot").stdout
    # the JSON event and the schema say the same; a reform without conditions keeps its old shape and id
    schema = json.loads(igo(rotating, "schema").stdout)
    assert "conditions" in json.dumps(schema)
    from igo_timeline.events.models import LadderReformed

    old = LadderReformed.model_validate(
        {"org": "x", "effective": "2001", "added": ["guest"], "source": {"document": "d", "quote": "q"}}
    )
    assert "conditions" not in old.model_dump(mode="json") and "conditions" not in old.content()
    assert igo(rotating, "reform", "rot", "--on", "2013", *SRC, code=1).stderr.count("adds a condition") == 1


def test_two_handovers_of_one_chair_in_an_unknown_order_list_both(rotating: Path):
    # "some day in 2012" and "2012-06-01": either may have come last
    igo(rotating, "handover", "rot", "FRA", "--on", "2012", *SRC)
    igo(rotating, "handover", "rot", "DEU", "--on", "2012-06-01", *SRC)
    for day in ("2012-07-01", "2012-12-31"):
        data = state(rotating, "rot", day)
        assert data["presidency"] is None and "presidency" not in data["chairs"], day
        assert sorted(u["party"] for u in data["uncertain"] if u["kind"] == "presidency") == ["DEU", "FRA"]
        answer = json.loads(igo(rotating, "why", "rot", "--presidency", "--as-of", day, "--json").stdout)
        assert answer["answer"]["holds"] == "uncertain"
        assert sorted(answer["answer"]["possible"]) == ["DEU", "FRA"]
        assert "unknown order" in answer["answer"]["says"]
        assert {e["role"] for e in answer["events"]} >= {"uncertain"}
    table = igo(rotating, "state", "rot", "--as-of", "2012-07-01").stdout
    assert "FRA" in table and "DEU" in table
    # before Germany's day only France may hold it; a later handover settles it
    assert [
        u["party"] for u in state(rotating, "rot", "2012-03-01")["uncertain"] if u["kind"] == "presidency"
    ] == ["FRA"]
    igo(rotating, "handover", "rot", "ITA", "--on", "2013-01-01", *SRC)
    settled = state(rotating, "rot", "2013-02-01")
    assert settled["presidency"]["party"] == "ITA" and not settled["uncertain"]
    # until then, both stay listed
    assert (
        len([u for u in state(rotating, "rot", "2012-12-31")["uncertain"] if u["kind"] == "presidency"]) == 2
    )


def test_a_condition_and_its_lift_in_an_unknown_order_stay_uncertain_until_a_later_change(rotating: Path):
    igo(rotating, "grant", "rot", "ESP", "member", "--on", "2001-01-01", *SRC)
    igo(rotating, "suspend", "rot", "ESP", "--on", "2005", *SRC)  # some day in 2005
    igo(rotating, "reinstate", "rot", "ESP", "--on", "2005-06-01", *SRC)

    def doubt(day: str) -> list[str]:
        data = state(rotating, "rot", day)
        spain = entry(data, "members", "ESP")
        assert spain is not None and spain["since"] == "2001-01-01" and not spain.get("conditions"), day
        return [u["condition"] for u in data["uncertain"] if u.get("party") == "ESP"]

    assert doubt("2004-12-31") == []
    # the suspension may have come after the lift: suspended or not, on every day until a later change
    for day in ("2005-03-01", "2005-07-01", "2007-01-01"):
        assert doubt(day) == ["suspended"], day
    answer = why(rotating, "rot", "ESP", "2007-01-01")
    assert "unknown order" in answer["answer"]["says"]
    assert [c["condition"] for c in answer["answer"]["conditions_uncertain"]] == ["suspended"]
    assert {e["type"] for e in answer["events"] if e["role"] == "uncertain"} == {
        "ConditionImposed",
        "ConditionLifted",
    }
    # the presidency needs certainty
    assert (
        "presidency-to-suspended"
        in igo(rotating, "handover", "rot", "ESP", "--on", "2007-01-01", *SRC, code=1).stderr
    )
    # a suspension that certainly comes after both settles it from its day
    igo(rotating, "suspend", "rot", "ESP", "--on", "2008-01-01", *SRC)
    assert doubt("2007-12-31") == ["suspended"]
    data = state(rotating, "rot", "2008-02-01")
    assert [c["condition"] for c in entry(data, "members", "ESP")["conditions"]] == ["suspended"]
    assert not [u for u in data["uncertain"] if u.get("party") == "ESP"]


def test_a_lift_read_before_the_condition_it_may_follow_is_accepted(rotating: Path):
    """A lift whose date range may come after an imposition's (DESIGN.md 9.1, unknown order) may
    end it: it is accepted, and the condition is uncertain until a change certainly after both."""
    igo(rotating, "grant", "rot", "ESP", "member", "--on", "2001-01-01", *SRC)
    igo(rotating, "grant", "rot", "PRT", "member", "--on", "2001-01-01", *SRC)
    igo(rotating, "suspend", "rot", "ESP", "--on", "2005-06-01", *SRC)
    igo(rotating, "reinstate", "rot", "ESP", "--on", "2005", *SRC)  # some day in 2005: before or after
    # a fixed term ends by itself whatever the order
    igo(rotating, "suspend", "rot", "PRT", "--on", "2005-06-01", "--until", "2005-12-31", *SRC)
    igo(rotating, "reinstate", "rot", "PRT", "--on", "2005", *SRC)

    def doubt(day: str) -> list[str]:
        data = state(rotating, "rot", day)
        assert all(not e.get("conditions") for e in data["members"]), day
        return sorted(u["party"] for u in data["uncertain"] if u.get("kind") == "condition")

    assert doubt("2005-05-31") == []
    assert doubt("2005-07-01") == ["ESP", "PRT"]
    assert doubt("2007-01-01") == ["ESP"]
    answer = why(rotating, "rot", "ESP", "2007-01-01")
    assert "unknown order" in answer["answer"]["says"]
    assert {e["type"] for e in answer["events"] if e["role"] == "uncertain"} == {
        "ConditionImposed",
        "ConditionLifted",
    }
    igo(rotating, "reinstate", "rot", "ESP", "--on", "2008-01-01", *SRC)
    assert doubt("2008-01-01") == []
    # a lift after a fixed term has run out, or certainly before any imposition, lifts nothing
    assert (
        "no-such-condition" in igo(rotating, "reinstate", "rot", "PRT", "--on", "2008", *SRC, code=1).stderr
    )
    igo(rotating, "grant", "rot", "NLD", "member", "--on", "2001-01-01", *SRC)
    igo(rotating, "suspend", "rot", "NLD", "--on", "2009-06-01", *SRC)
    assert (
        "no-such-condition" in igo(rotating, "reinstate", "rot", "NLD", "--on", "2008", *SRC, code=1).stderr
    )


def first_line(store: Path, *args: str) -> str:
    return igo(store, *args).stdout.splitlines()[0]


def test_the_done_when_cases_read_the_same_in_the_tables_of_state_and_why(
    eu: Path, oas: Path, reformed: Path, rotating: Path
):
    # the UK in the EU: a notice, its day come with no withdrawal, extended, withdrawn
    assert first_line(eu, "why", "eu", "--party", "GBR", "--as-of", "2018-06-01") == (
        "eu as of 2018-06-01: GBR (United Kingdom) is member since 1973-01-01; withdrawal notified since "
        "2017-03-29 (to take effect 2019-03-29)"
    )
    assert first_line(eu, "why", "eu", "--party", "GBR", "--as-of", "2019-06-01").startswith(
        "eu as of 2019-06-01: UNCERTAIN: GBR (United Kingdom) may no longer be member: its withdrawal, "
        "notified on 2017-03-29, was to take effect 2019-03-29"
    )
    igo(
        eu, "notify-withdrawal", "eu", "GBR", "--on", "[2017-03-29..2020-01-31]", "--takes-effect", "2020-02-01",
        *ISSUE, "--quote", UK_QUOTE,
    )  # fmt: skip
    igo(eu, "withdraw", "eu", "GBR", "--on", "2020-02-01", *ISSUE, "--quote", UK_QUOTE)
    assert "GBR  United Kingdom  since 1973-01-01" in igo(eu, "state", "eu", "--as-of", "2020-01-31").stdout
    assert "GBR" not in igo(eu, "state", "eu", "--as-of", "2020-02-01").stdout
    assert first_line(eu, "why", "eu", "--party", "GBR", "--as-of", "2020-02-01") == (
        "eu as of 2020-02-01: NOTHING HOLDS: GBR (United Kingdom) holds no status: withdrawn from 2020-02-01"
    )
    # Cuba in the OAS: excluded from participation, lifted, a member throughout
    assert first_line(oas, "why", "oas", "--party", "CUB", "--as-of", "1990-01-01") == (
        "oas as of 1990-01-01: CUB (Cuba) is member since 1909; excluded from participation since 1962-01-31"
    )
    assert first_line(oas, "why", "oas", "--party", "CUB", "--as-of", "2009-06-03") == (
        "oas as of 2009-06-03: CUB (Cuba) is member since 1909"
    )
    lifted = igo(oas, "state", "oas", "--as-of", "2009-06-03").stdout
    assert "CUB  Cuba" in lifted and "excluded" not in lifted
    # the reform: the holders moved, the path kept
    assert first_line(reformed, "why", "ref", "--party", "TUR", "--as-of", "2025-07-01") == (
        "ref as of 2025-07-01: TUR (Türkiye) is partner since 2025-07-01 (by the reform of 2025-07-01; "
        "previously dialogue partner since 2012)"
    )
    assert "dialogue partner (2)" in igo(reformed, "state", "ref", "--as-of", "2025-06-30").stdout
    # the half-year presidency: a term, a vacancy inside the next, a term run out
    assert first_line(rotating, "why", "rot", "--presidency", "--as-of", "2010-03-01") == (
        "rot as of 2010-03-01: FRA (France) holds the presidency since 2010-01-01 for the term "
        "2010-01-01/2010-06-30"
    )
    assert first_line(rotating, "why", "rot", "--presidency", "--as-of", "2010-11-01") == (
        "rot as of 2010-11-01: NOTHING HOLDS: the presidency is vacant from 2010-10-01"
    )
    assert first_line(rotating, "why", "rot", "--presidency", "--as-of", "2011-07-01") == (
        "rot as of 2011-07-01: NOTHING HOLDS: the presidency is vacant: the term 2011-01-01/2011-06-30 ended"
    )
