"""``igo memberships`` over a period (a year, a month), and linked organizations whose record has
ended (issues 15 and 12): the same split as a period's state, from the party-keyed index; an
ended record's silence is no disagreement."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from click.testing import CliRunner
from conftest import ev, founding, grant, withdraw
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from igo_timeline import Timeline
from igo_timeline.cli import main
from igo_timeline.events.parties import lineage_codes
from igo_timeline.projections.memberships import NOT_MEMBERSHIPS, memberships
from igo_timeline.projections.period import PeriodState, parse_period
from igo_timeline.web.openapi import openapi_document

D = dt.date
EXCERPT = Path(__file__).parent / "data" / "cow" / "cow_igo_v3_igo_year_excerpt.csv"
LINKED = {"sco", "cow-sco"}


def igo(store: Path | str, *args: str) -> Any:
    return CliRunner().invoke(main, ["--store", str(store), *args])


@pytest.fixture(scope="module")
def excerpt_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The COW excerpt (14 organizations) and the bundled SCO, linked to cow-sco."""
    store = tmp_path_factory.mktemp("period") / "cow.sqlite"
    assert igo(store, "import-cow", str(EXCERPT)).exit_code == 0
    assert igo(store, "import", "--bundled", "sco").exit_code == 0
    assert igo(store, "org", "link", "cow-sco", "--same-as", "sco").exit_code == 0
    return store


@pytest.fixture(scope="module")
def excerpt(excerpt_store: Path) -> Iterator[Timeline]:
    with Timeline(str(excerpt_store)) as timeline:
        timeline.index.catch_up()
        yield timeline


def _parties() -> list[str]:
    from igo_timeline.cow import read_orgs
    from igo_timeline.cow.layout import STATE_COLUMNS
    from igo_timeline.events.parties import cow_party

    found: set[str] = set()
    for _, rows in read_orgs(EXCERPT):
        for row in rows:
            found |= {
                cow_party(c) for c, v in row.items() if v in ("1", "2", "3", "-9") and c in STATE_COLUMNS
            }
    # the parties that answer as themselves (a COW column standing for one is the day form's law)
    return sorted(p for p in found if not lineage_codes(p) and not p.startswith("cow:"))


PARTIES = _parties() + ["KAZ", "IND", "AFG", "PAK"]


def _membership(status: Any) -> Any:
    return None if status in NOT_MEMBERSHIPS else status


def _expected(timeline: Timeline, party: str, text: str) -> dict[str, Any]:
    """What each organization's own period state says of the party (the linked SCO pair apart)."""
    period = parse_period(text)
    every: dict[str, str] = {}
    partly: set[tuple[str, str, tuple[tuple[str, str], ...]]] = set()
    changes: set[tuple[str, str, Any, Any]] = set()
    open_: set[str] = set()
    unsettled: set[str] = set()
    for org in timeline.org_slugs():
        if org in LINKED:
            continue
        found = timeline.period_state(org, period)
        assert isinstance(found, PeriodState)
        for status, entries in found.state.statuses.items():
            if status not in NOT_MEMBERSHIPS and any(e.party == party for e in entries):
                every[org] = status
        answer = found.to_json()
        for p in answer["partly"]:
            if p["kind"] == "status" and p["subject"] == party and _membership(p["holds"]):
                partly.add((org, p["holds"], tuple((s["start"], s["end"]) for s in p["spans"])))
        for c in answer["changes"]:
            if c["kind"] == "status" and c["subject"] == party:
                before, after = _membership(c["before"]), _membership(c["after"])
                if before != after:
                    changes.add((c["on"], org, before, after))
        # (while its founding or dissolution is open, an organization lists no membership at all:
        # memberships speak of the organizations that certainly exist on the day)
        if any(u["kind"] in ("founded", "dissolved") for u in answer["uncertain"]):
            unsettled.add(org)
        elif org not in every and any(
            u.get("party") == party and u.get("status") not in NOT_MEMBERSHIPS for u in answer["uncertain"]
        ):
            open_.add(org)
    return {"every": every, "partly": partly, "changes": changes, "uncertain": open_, "unsettled": unsettled}


def _got(answer: dict[str, Any], unsettled: set[str]) -> dict[str, Any]:
    return {
        "every": {m["org"]: m["status"] for m in answer["memberships"] if m["org"] not in LINKED},
        "partly": {
            (p["org"], p["status"], tuple((s["start"], s["end"]) for s in p["spans"]))
            for p in answer["partly"]
            if p["org"] not in LINKED
        },
        "changes": {
            (c["on"], c["org"], c["before"], c["after"])
            for c in answer["changes"]
            if c["kind"] == "status" and c["org"] not in LINKED
        },
        "uncertain": {m["org"] for m in answer["uncertain"] if m["org"] not in LINKED}
        - {m["org"] for m in answer["memberships"]}
        - unsettled,
        "unsettled": unsettled,
    }


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    party=st.sampled_from(PARTIES),
    year=st.integers(1900, 2016),
    month=st.one_of(st.none(), st.integers(1, 12)),
)
def test_a_periods_memberships_are_what_each_organizations_period_state_says(
    excerpt: Timeline, party: str, year: int, month: int | None
) -> None:
    """The law: asked for a year or a month, memberships split as each organization's own
    period state does: held every day, partly (with the same spans), changes, uncertain."""
    text = f"{year}" if month is None else f"{year}-{month:02d}"
    answer = memberships(excerpt, party, parse_period(text))
    assert (answer["as_of"], answer["from"][:4]) == (text, str(year))
    expected = _expected(excerpt, party, text)
    assert _got(answer, expected["unsettled"]) == expected, (party, text)


@pytest.mark.parametrize(
    ("party", "text"), [("KAZ", "2001"), ("IND", "2017"), ("AFG", "2012"), ("PAK", "2017-06")]
)
def test_the_periods_people_ask_about(excerpt: Timeline, party: str, text: str) -> None:
    """Cases chosen for their changes (not sampled): the law again, and the linked SCO pair."""
    answer = memberships(excerpt, party, parse_period(text))
    expected = _expected(excerpt, party, text)
    assert _got(answer, expected["unsettled"]) == expected, (party, text)


def test_kazakhstan_in_2001_shows_the_sco_founded_within_the_year(excerpt: Timeline) -> None:
    answer = memberships(excerpt, "KAZ", parse_period("2001"))
    assert (answer["from"], answer["to"]) == ("2001-01-01", "2001-12-31")
    assert "sco" not in {m["org"] for m in answer["memberships"]}  # not a member every day
    assert {(p["org"], p["status"], p["spans"][0]["start"]) for p in answer["partly"]} == {
        ("sco", "member", "2001-06-15"),
        ("cow-sco", "member", "2001-01-01"),  # COW's Shanghai Five: the linked records disagree until then
    }
    assert [(c["on"], c["org"], c["before"], c["after"]) for c in answer["changes"]] == [
        ("2001-06-15", "sco", None, "member")
    ]
    # a day's answer is unchanged: a period of one day is that day
    assert memberships(excerpt, "KAZ", parse_period("2001-07-01")) == memberships(
        excerpt, "KAZ", D(2001, 7, 1)
    )


def test_a_year_precision_change_stays_under_uncertain(excerpt: Timeline) -> None:
    """COW codes years: Kazakhstan's BIPM membership coded from 2008 may begin on any day of it."""
    answer = memberships(excerpt, "KAZ", parse_period("2008"))
    assert "cow-bipm" not in {m["org"] for m in answer["memberships"]}
    assert [m["status"] for m in answer["uncertain"] if m["org"] == "cow-bipm"] == ["member"]
    assert memberships(excerpt, "KAZ", parse_period("2009"))["memberships"][0]["org"] == "cow-bipm"


def test_the_period_answers_from_the_index_alone(excerpt: Timeline, monkeypatch: pytest.MonkeyPatch) -> None:
    from igo_timeline.index.index import FactIndex

    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("an organization was read from the log")

    monkeypatch.setattr(Timeline, "_load", refuse)
    monkeypatch.setattr(FactIndex, "_apply", refuse)
    lookups = []
    real = FactIndex.party_pieces

    def counted(self: FactIndex, *args: Any, **kwargs: Any) -> Any:
        lookups.append(args)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(FactIndex, "party_pieces", counted)
    answer = memberships(excerpt, "KAZ", parse_period("2010"))
    assert {m["org"] for m in answer["memberships"]} >= {"sco", "cow-un"} and len(lookups) == 1


def test_the_cli_table_json_and_jsonl_of_a_period(excerpt_store: Path) -> None:
    table = igo(excerpt_store, "memberships", "KAZ", "--as-of", "2001")
    assert table.exit_code == 0, table.output
    lines = table.stdout.splitlines()
    assert lines[0] == "KAZ (Kazakhstan), in 2001 (2001-01-01 to 2001-12-31): 3 organization(s) every day"
    assert "partly (2): held on some days of 2001 only" in lines
    assert "changes within 2001 (1)" in lines and lines[-1].split() == [
        "2001-06-15",
        "sco",
        "status",
        "-",
        "->",
        "member",
    ]
    as_json = json.loads(igo(excerpt_store, "memberships", "KAZ", "--as-of", "2001", "--json").stdout)
    assert list(as_json) == [
        "party", "name", "kind", "part_of", "as_of", "known_at", "from", "to",
        "memberships", "partly", "changes", "uncertain",
    ]  # fmt: skip
    jsonl = [
        json.loads(line)
        for line in igo(
            excerpt_store, "memberships", "KAZ", "--as-of", "2001", "--format", "jsonl"
        ).stdout.splitlines()
    ]
    assert [r["list"] for r in jsonl] == ["memberships"] * 3 + ["partly"] * 2 + ["changes"]
    month = json.loads(igo(excerpt_store, "memberships", "IND", "--as-of", "2017-06", "--json").stdout)
    assert [(c["on"], c["before"], c["after"]) for c in month["changes"]] == [
        ("2017-06-09", "observer", "member")
    ]
    for bad in ("2008-13", "08", "2008-06-31", "next year"):
        result = igo(excerpt_store, "memberships", "KAZ", "--as-of", bad)
        assert result.exit_code == 2 and "Traceback" not in result.output
        assert "is not a day (YYYY-MM-DD), a month (YYYY-MM), a year (YYYY)" in result.stderr


def test_the_period_answer_is_valid_by_the_openapi_document(excerpt: Timeline) -> None:
    document = openapi_document()
    schemas = document["components"]["schemas"]
    for text in ("2001", "2017-06", "2020-01-01"):
        answer = memberships(excerpt, "IND" if text != "2001" else "KAZ", parse_period(text))
        name = "Memberships" if text == "2020-01-01" else "PeriodMemberships"
        schema = {**schemas[name], "components": document["components"]}
        jsonschema.validate(json.loads(json.dumps(answer)), schema)
        assert set(schemas[name]["required"]) == set(answer)


# -- linked organizations whose record has ended ------------------------------------------------


def test_an_ended_cow_record_is_no_disagreement(excerpt_store: Path, excerpt: Timeline) -> None:
    """India joined the SCO in 2017; COW's data stops in 2014: its silence then is no answer."""
    answer = memberships(excerpt, "IND", D(2020, 1, 1))
    row = next(m for m in answer["memberships"] if "sco" in m["orgs"])
    assert row["status"] == "member" and row["disagreement"] is None
    assert row["record_ends"] == [{"org": "cow-sco", "until": "2014-12-31"}]
    table = igo(excerpt_store, "memberships", "IND", "--as-of", "2020-01-01").stdout
    line = next(x for x in table.splitlines() if x.strip().startswith("sco = cow-sco"))
    assert "DISAGREE" not in line and line.endswith("cow-sco record ends 2014-12-31")
    # within COW's horizon, a disagreement is still one (COW's Shanghai Five of 1996)
    early = memberships(excerpt, "KAZ", D(1998, 1, 1))
    row = next(m for m in early["memberships"] if "sco" in m["orgs"])
    assert row["disagreement"] is not None and row["record_ends"] == []


@pytest.mark.parametrize("backend", ["memory", "sqlite"])
def test_a_linked_record_that_ends_says_nothing_after_its_horizon(backend: str, tmp_path: Path) -> None:
    """Built from facts: ``old`` and ``new`` are the same body; ``old``'s sources stop at the end
    of 2010 (a declared coverage). Afterwards a new member (BHR) and a leaver (KAZ) are told by
    ``new`` alone: no disagreement, ``old``'s record named as ended; before it, the two disagree."""
    location = ":memory:" if backend == "memory" else str(tmp_path / "s.sqlite")
    with Timeline(location) as timeline:
        timeline.append(
            [
                founding("old", founders=("CHN", "KAZ"), founded="2001-06-15"),
                ev("CoverageDeclared", "old", until="2010-12-31"),
                founding("new", founders=("CHN", "KAZ"), founded="2001-06-15"),
                grant("IND", "member", "2008-03-01", org="new"),
                grant("BHR", "member", "2012-05-01", org="new"),
                withdraw("KAZ", "2013-02-01", org="new"),
            ]
        )
        timeline.record_identities([{"type": "OrganizationsLinked", "org": "old", "same_as": "new"}])

        def row(party: str, day: dt.date) -> dict[str, Any] | None:
            found = memberships(timeline, party, day)["memberships"]
            return next((m for m in found if m["orgs"] == ["new", "old"]), None)

        before = row("IND", D(2009, 1, 1))  # both records speak: they disagree
        assert before is not None and [(d["org"], d["status"]) for d in before["disagreement"]] == [
            ("new", "member"),
            ("old", None),
        ]
        after = row("BHR", D(2013, 1, 1))
        assert after is not None and after["status"] == "member" and after["disagreement"] is None
        assert after["record_ends"] == [{"org": "old", "until": "2010-12-31"}]
        # old repeats its last state (KAZ a member); new says KAZ left: new's word holds
        assert row("KAZ", D(2014, 1, 1)) is None
        assert row("KAZ", D(2010, 6, 1))["status"] == "member"  # type: ignore[index]
        # over a year: changes within it come from the record that goes on
        year = memberships(timeline, "KAZ", parse_period("2013"))
        assert [(c["on"], c["org"], c["before"], c["after"]) for c in year["changes"]] == [
            ("2013-02-01", "new", "member", None)
        ]
        assert [(p["org"], p["spans"]) for p in year["partly"]] == [
            ("new", [{"start": "2013-01-01", "end": "2013-01-31"}])
        ]


def test_a_cow_column_answers_for_the_days_it_stands_for_the_party(excerpt: Timeline) -> None:
    """COW's column 365 is the USSR until 1991-12-23 and Russia from 1991-12-24 (a span that runs
    on to the end of time: no day past it is made up)."""
    russia = memberships(excerpt, "Russia", parse_period("1991"))
    ussr = memberships(excerpt, "USSR", parse_period("1991-12"))
    assert russia["memberships"] == [] and ussr["memberships"] == []
    un = [p for p in russia["partly"] if p["org"] == "cow-un"]
    assert un == [
        {
            "org": "cow-un",
            "orgs": ["cow-un"],
            "name": "United Nations",
            "status": "member",
            "via": "cow:365",
            "spans": [{"start": "1991-12-24", "end": "1991-12-31"}],
        }
    ]
    assert [p["spans"] for p in ussr["partly"] if p["org"] == "cow-un"] == [
        [{"start": "1991-12-01", "end": "1991-12-23"}]
    ]
    assert ("1991-12-24", "cow-un", None, "member") in {
        (c["on"], c["org"], c["before"], c["after"]) for c in russia["changes"]
    }
    assert ("1991-12-24", "cow-un", "member", None) in {
        (c["on"], c["org"], c["before"], c["after"]) for c in ussr["changes"]
    }
    assert [m["org"] for m in memberships(excerpt, "Russia", parse_period("1992"))["memberships"]][:1] == [
        "cow-bipm"
    ]
