"""Identities: the store's registry of parties, names over time, COW's lineage codes, linked
organizations, and a party's memberships across every organization of the store."""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from conftest import founding, grant, handover, withdraw
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from igo_timeline import Timeline
from igo_timeline.cli import main
from igo_timeline.cow import import_cow
from igo_timeline.errors import RuleViolation
from igo_timeline.events.parties import cow_as, lineage_codes, party_name, resolve_party
from igo_timeline.projections.answers import orgs_answer
from igo_timeline.projections.memberships import NOT_MEMBERSHIPS, compare, memberships

D = dt.date
EXCERPT = Path(__file__).parent / "data" / "cow" / "cow_igo_v3_igo_year_excerpt.csv"
# the full COW folder: IGO_COW_DATA, else ../shared/data/cow-igo-v3 beside the repository (or its worktrees)
FULL_COW = Path(
    os.environ.get("IGO_COW_DATA")
    or next(
        (
            str(p / "shared" / "data" / "cow-igo-v3")
            for p in Path(__file__).resolve().parents
            if (p / "shared" / "data" / "cow-igo-v3").is_dir()
        ),
        "../shared/data/cow-igo-v3",
    )
)
SADR = {
    "type": "PartyAdded",
    "party": "x-sadr",
    "name": "Sahrawi Arab Democratic Republic",
    "aliases": ["SADR"],
    "source": {"document": "test-registry", "quote": "the Sahrawi Arab Democratic Republic"},
}
GREENLAND = {"type": "PartyDescribed", "party": "Greenland", "kind": "territory", "part_of": "Denmark"}


def igo(store: Path | str, *args: str) -> Any:
    return CliRunner().invoke(main, ["--store", str(store), *args])


def held(answer: dict[str, Any]) -> dict[str, str | None]:
    """org -> status, of what certainly holds."""
    return {m["org"]: m["status"] for m in answer["memberships"] if not m["uncertain"]}


# -- the registry ------------------------------------------------------------------------------


def test_sadr_is_a_founder_of_the_african_union(timeline: Timeline) -> None:
    with pytest.raises(RuleViolation, match="unknown-party"):
        timeline.append(
            [founding("au", founders=("DZA", "SADR"), founded="2002-07-09", statuses=("member",))]
        )
    timeline.record_identities([SADR])
    assert resolve_party("SADR") == resolve_party("sahrawi arab democratic republic") == "x-sadr"
    timeline.append(
        [founding("au", founders=("DZA", "ZAF", "SADR", "NGA"), founded="2002-07-09", statuses=("member",))]
    )
    state = timeline.state("au", D(2010, 1, 1))
    members = {e.party: e.name for e in state.statuses["member"]}
    assert members["x-sadr"] == "Sahrawi Arab Democratic Republic"
    assert set(members) == {"DZA", "ZAF", "x-sadr", "NGA"}
    answer = memberships(timeline, "Sahrawi Arab Democratic Republic", D(2010, 1, 1))
    assert answer["party"] == "x-sadr" and answer["kind"] == "state"
    assert held(answer) == {"au": "member"}
    assert answer["memberships"][0]["since"] == "2002-07-09"
    assert held(memberships(timeline, "SADR", D(2002, 7, 8))) == {}


def test_uk_joins_the_eec_and_greenland_a_territory_of_denmark_leaves(timeline: Timeline) -> None:
    timeline.record_identities([GREENLAND])
    timeline.append(
        [
            founding(
                "eec",
                founders=("BEL", "FRA", "DEU", "ITA", "LUX", "NLD"),
                founded="1958-01-01",
                statuses=("member",),
            ),
            grant("United Kingdom", "member", "1973-01-01", org="eec"),
            grant("DNK", "member", "1973-01-01", org="eec"),
            grant("Greenland", "member", "1973-01-01", org="eec"),
            withdraw("GRL", "1985-02-01", org="eec"),
        ]
    )
    assert held(memberships(timeline, "GBR", D(1972, 12, 31))) == {}
    assert held(memberships(timeline, "GBR", D(1973, 1, 1))) == {"eec": "member"}
    greenland = memberships(timeline, "Greenland", D(1980, 1, 1))
    assert (greenland["party"], greenland["kind"], greenland["part_of"]) == ("GRL", "territory", "DNK")
    assert held(greenland) == {"eec": "member"}
    assert held(memberships(timeline, "GRL", D(1985, 1, 31))) == {"eec": "member"}
    assert memberships(timeline, "GRL", D(1985, 2, 1))["memberships"] == []  # gone, and no "withdrawn"
    # a territory's exit is its own: Denmark stays
    assert held(memberships(timeline, "DNK", D(1990, 1, 1))) == {"eec": "member"}
    members = {e.party for e in timeline.state("eec", D(1990, 1, 1)).statuses["member"]}
    assert "DNK" in members and "GRL" not in members and "GBR" in members
    # the other way round: Denmark's status is not Greenland's
    assert memberships(timeline, "DNK", D(1972, 1, 1))["memberships"] == []


def test_names_in_force_on_the_day(timeline: Timeline) -> None:
    timeline.record_identities(
        [
            {"type": "PartyAdded", "party": "x-tg", "name": "Old Name Land", "effective": "1961-12-09"},
            {"type": "PartyRenamed", "party": "x-tg", "name": "New Name Republic", "effective": "1964-04-26"},
        ]
    )
    timeline.append([founding("org", founders=("x-tg", "KEN"), founded="1963-01-01", statuses=("member",))])
    before = {e.party: e.name for e in timeline.state("org", D(1963, 6, 1)).statuses["member"]}
    after = {e.party: e.name for e in timeline.state("org", D(1965, 6, 1)).statuses["member"]}
    assert before["x-tg"] == "Old Name Land" and after["x-tg"] == "New Name Republic"
    assert memberships(timeline, "x-tg", D(1963, 6, 1))["name"] == "Old Name Land"
    # both names resolve; the history names the party as on the event's date
    assert resolve_party("Old Name Land") == resolve_party("New Name Republic") == "x-tg"
    founded = timeline.history("org", party="x-tg")[0].event
    assert "Old Name Land" not in founded.summary()  # a founding lists codes
    assert party_name("x-tg", D(1962, 1, 1)) == "Old Name Land"
    assert party_name("x-tg", D(2000, 1, 1)) == "New Name Republic"


def test_history_names_each_event_by_the_name_of_its_day(timeline: Timeline) -> None:
    timeline.record_identities(
        [
            {"type": "PartyAdded", "party": "x-tg", "name": "Old Name Land"},
            {"type": "PartyRenamed", "party": "x-tg", "name": "New Name Republic", "effective": "1964-04-26"},
        ]
    )
    timeline.append(
        [
            founding("org", founders=("KEN",), founded="1963-01-01", statuses=("member", "observer")),
            grant("x-tg", "observer", "1963-06-01"),
            grant("x-tg", "member", "1965-01-01"),
        ]
    )
    lines = [e.event.summary() for e in timeline.history("org", party="x-tg")]
    assert lines == [
        "x-tg (Old Name Land) becomes observer",
        "x-tg (New Name Republic) becomes member",
    ]


def test_the_registry_is_bitemporal_corrected_and_retracted(timeline: Timeline) -> None:
    first = timeline.record_identities([SADR])
    assert timeline.record_identities([SADR]).known == first.added  # the same fact again: nothing new
    timeline.append([founding("au", founders=("DZA", "x-sadr"), founded="2002-07-09", statuses=("member",))])
    fixed = timeline.correct(first.added[0], {"name": "Sahrawi Republic", "aliases": ["RASD"]}, reason="test")
    assert fixed.added
    assert resolve_party("RASD") == "x-sadr" and party_name("x-sadr") == "Sahrawi Republic"
    with pytest.raises(Exception, match="unknown party 'SADR'"):
        resolve_party("SADR")
    # as known before the correction, the registry still says the first name
    assert first.recorded_at is not None
    then = timeline.registry(known_at=first.recorded_at).parties["x-sadr"]
    assert then.name_on(D(2010, 1, 1)) == "Sahrawi Arab Democratic Republic"
    timeline.retract(first.added[0], reason="test")
    assert "x-sadr" not in timeline.registry().parties
    # stored events still read, by the code alone
    members = {e.party: e.name for e in timeline.state("au", D(2010, 1, 1)).statuses["member"]}
    assert members["x-sadr"] == "x-sadr"
    with pytest.raises(Exception, match="unknown party"):
        resolve_party("RASD")


def test_registry_refuses_clashes(timeline: Timeline) -> None:
    def refused(fact: dict[str, Any], rule: str) -> None:
        with pytest.raises(RuleViolation, match=rule):
            timeline.record_identities([fact])

    refused({"type": "PartyAdded", "party": "DNK", "name": "Foo"}, "invalid-event")
    refused({"type": "PartyAdded", "party": "x-grl", "name": "Greenland"}, "name-taken")
    refused({"type": "PartyAdded", "party": "x-a", "name": "A", "aliases": ["Turkey"]}, "name-taken")
    refused({"type": "PartyDescribed", "party": "Atlantis", "kind": "territory"}, "unknown-party")
    refused({"type": "PartyDescribed", "party": "GRL"}, "invalid-event")
    refused({"type": "OrganizationsLinked", "org": "sco", "same_as": "cow-sco"}, "unknown-organization")
    timeline.record_identities([SADR])
    refused({**SADR, "name": "Another Name"}, "party-exists")
    refused({"type": "PartyRenamed", "party": "x-sadr", "name": "Morocco", "effective": "2000"}, "name-taken")
    assert [r.event.type for r in timeline.registry_records()] == ["PartyAdded"]


def test_cli_registry_commands_and_their_errors(tmp_path: Path) -> None:
    store = tmp_path / "s.sqlite"
    added = igo(store, "party", "add", "x-sadr", "Sahrawi Arab Democratic Republic", "--alias", "SADR")
    assert added.exit_code == 0, added.output
    assert igo(store, "party", "set", "Greenland", "--kind", "territory", "--part-of", "DNK").exit_code == 0
    assert igo(store, "party", "rename", "x-sadr", "SADR Renamed", "--on", "2030-01-01").exit_code == 0
    listed = json.loads(igo(store, "parties", "--json").stdout)
    assert [(p["party"], p["kind"], p["part_of"]) for p in listed] == [
        ("GRL", "territory", "DNK"),
        ("x-sadr", "state", None),
    ]
    assert [
        p["party"] for p in json.loads(igo(store, "parties", "--kind", "territory", "--json").stdout)
    ] == ["GRL"]
    shown = json.loads(igo(store, "party", "show", "SADR", "--as-of", "2031-01-01", "--json").stdout)
    assert shown["name"] == "SADR Renamed" and [n["name"] for n in shown["names"]] == [
        "Sahrawi Arab Democratic Republic",
        "SADR Renamed",
    ]
    for argv, words in (
        (["party", "set", "Atlantis", "--kind", "territory"], "unknown party 'Atlantis'"),
        (["party", "add", "x-dup", "Denmark"], "name-taken"),
        (["org", "link", "nope", "--same-as", "sco"], "unknown-organization"),
        (["memberships", "Atlantis"], "unknown party"),
    ):
        result = igo(store, *argv)
        assert result.exit_code == 1, (argv, result.output)
        assert result.stdout == "" and len(result.stderr.strip().splitlines()) == 1, result.stderr
        assert result.stderr.startswith("Error: ") and words in result.stderr
    assert igo(store, "party", "set", "GRL").exit_code == 2  # neither --kind nor --part-of: usage
    assert len(json.loads(igo(store, "parties", "--json").stdout)) == 2  # nothing written by the errors


# -- memberships ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def excerpt(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Timeline]:
    """The COW excerpt (14 organizations) and the bundled SCO, linked to cow-sco."""
    store = tmp_path_factory.mktemp("ids") / "cow.sqlite"
    assert igo(store, "import-cow", str(EXCERPT)).exit_code == 0
    assert igo(store, "import", "--bundled", "sco").exit_code == 0
    assert igo(store, "org", "link", "cow-sco", "--same-as", "sco").exit_code == 0
    with Timeline(str(store)) as timeline:
        timeline.index.catch_up()
        yield timeline


def _excerpt_parties() -> list[str]:
    from igo_timeline.cow import read_orgs
    from igo_timeline.events.parties import cow_party

    found: set[str] = set()
    for _, rows in read_orgs(EXCERPT):
        for row in rows:
            found |= {cow_party(c) for c, v in row.items() if v in ("1", "2", "3", "-9") and c in _columns()}
    return sorted(found)


def _columns() -> set[str]:
    from igo_timeline.cow.layout import STATE_COLUMNS

    return set(STATE_COLUMNS)


PARTIES = _excerpt_parties()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(party=st.sampled_from(PARTIES), year=st.integers(1850, 2016), day=st.integers(0, 364))
def test_memberships_agree_with_each_organizations_state(
    excerpt: Timeline, party: str, year: int, day: int
) -> None:
    """The law: a party's memberships on a day are what each organization's state says of it."""
    when = D(year, 1, 1) + dt.timedelta(days=day)
    answer = memberships(excerpt, party, when)
    expected_held: dict[str, str] = {}
    expected_open: set[str] = set()
    for org in excerpt.org_slugs():
        state = excerpt.state(org, when)
        if state.founded is None or state.dissolved is not None:
            continue
        for status, entries in state.statuses.items():
            if status not in NOT_MEMBERSHIPS and any(e.party == party for e in entries):
                expected_held[org] = status
        if org not in expected_held and any(
            u.party == party and u.status not in NOT_MEMBERSHIPS for u in state.uncertain
        ):
            expected_open.add(org)
    got_held: dict[str, str] = {}
    got_open: set[str] = set()
    for m in answer["memberships"]:
        for org in m["orgs"]:  # linked organizations answer together
            mine = next((d for d in m["disagreement"] or [] if d["org"] == org), None)
            status = mine["status"] if mine else m["status"]
            if m["uncertain"] and mine is None:
                got_open.add(org)
            elif status is not None:
                got_held[org] = status
    linked_sco = {"sco", "cow-sco"}
    assert {k: v for k, v in got_held.items() if k not in linked_sco} == {
        k: v for k, v in expected_held.items() if k not in linked_sco
    }
    assert got_open - linked_sco == expected_open - linked_sco
    assert len({m["org"] for m in answer["memberships"]}) == len(answer["memberships"])


def test_memberships_read_no_log(excerpt: Timeline, monkeypatch: pytest.MonkeyPatch) -> None:
    """Answered from the index alone: reading a stream or folding a batch would fail here."""
    from igo_timeline.index.index import FactIndex

    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("an organization was read from the log")

    monkeypatch.setattr(Timeline, "_load", refuse)
    monkeypatch.setattr(FactIndex, "_apply", refuse)
    answer = memberships(excerpt, "KAZ", D(2010, 1, 1))
    assert held(answer)["sco"] == "member"


def test_linked_organizations_are_listed_once_and_disagreements_flagged(excerpt: Timeline) -> None:
    kaz = memberships(excerpt, "KAZ", D(2010, 1, 1))
    sco = [m for m in kaz["memberships"] if "sco" in m["orgs"]]
    assert len(sco) == 1 and sco[0]["orgs"] == ["sco", "cow-sco"] and sco[0]["disagreement"] is None
    # COW counts the Shanghai Five (1996) as the SCO; the curated record starts in 2001
    early = memberships(excerpt, "KAZ", D(1998, 1, 1))
    row = next(m for m in early["memberships"] if "sco" in m["orgs"])
    assert row["disagreement"] == [
        {"org": "sco", "status": None, "since": None, "event": None},
        {"org": "cow-sco", "status": "member", "since": "1996", "event": row["disagreement"][1]["event"]},
    ]


def test_cow_lineage_answers_for_russia_and_the_ussr(excerpt: Timeline) -> None:
    assert lineage_codes("RUS") == ["cow:365"] and lineage_codes("SUN") == ["cow:365"]
    assert cow_as("cow:365", D(1991, 12, 23)) == "SUN" and cow_as("cow:365", D(1991, 12, 24)) == "RUS"
    russia = memberships(excerpt, "Russia", D(2010, 1, 1))
    ussr = memberships(excerpt, "USSR", D(1980, 1, 1))
    assert russia["party"] == "RUS" and ussr["party"] == "SUN"
    assert {m["org"] for m in russia["memberships"] if m["via"] == "cow:365"} >= {"cow-un", "cow-bipm"}
    assert {m["org"] for m in ussr["memberships"] if m["via"] == "cow:365"} >= {"cow-un", "cow-bipm"}
    assert memberships(excerpt, "USSR", D(2010, 1, 1))["memberships"] == []
    assert memberships(excerpt, "RUS", D(1980, 1, 1))["memberships"] == []
    # the history of the UN for the USSR holds COW's 1945 grant, for Russia not
    assert [e.event.valid_time for e in excerpt.history("cow-un", party="SUN")] == ["1945"]
    assert excerpt.history("cow-un", party="RUS") == []


def test_compare(excerpt: Timeline) -> None:
    answer = compare(excerpt, "KAZ", "RUS", D(2010, 1, 1))
    assert {r["org"] for r in answer["both"]} == {"cow-bipm", "cow-iolm", "cow-un", "sco"}
    assert all(r["same"] for r in answer["both"]) and answer["differ"] == []
    assert answer["only"] == {"KAZ": ["cow-nam"], "RUS": ["cow-iho"]}


def test_memberships_known_at_and_status_filter(excerpt: Timeline) -> None:
    assert (
        memberships(excerpt, "KAZ", D(2010, 1, 1), known_at=dt.datetime(2000, 1, 1, tzinfo=dt.UTC))[
            "memberships"
        ]
        == []
    )
    observers = memberships(excerpt, "KAZ", D(2010, 1, 1), status="observer")["memberships"]
    assert [m["org"] for m in observers] == ["cow-nam"]


# -- the full COW data ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def full_cow(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Timeline]:
    if not (FULL_COW / "cow_igo_v3_igo_year.csv").exists():
        pytest.skip(f"the full COW data is not at {FULL_COW}")
    store = tmp_path_factory.mktemp("fullcow") / "cow.sqlite"
    with Timeline(str(store)) as timeline:
        import_cow(timeline, FULL_COW / "cow_igo_v3_igo_year.csv")
        timeline.append(_bundled_sco())
        timeline.record_identities([{"type": "OrganizationsLinked", "org": "cow-sco", "same_as": "sco"}])
        timeline.index.catch_up()
        yield timeline


def _bundled_sco() -> list[Any]:
    from igo_timeline.cli.common import load_text, read_bundled

    text, name = read_bundled("sco")
    return load_text(text, name)


def _cow_cells(column: str, year: int) -> dict[str, str]:
    """The organization's slug -> the column's cell in that year, from the CSV itself (the oracle)."""
    from igo_timeline.cow.layout import slug_of

    out = {}
    with (FULL_COW / "cow_igo_v3_igo_year.csv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            if int(row["year"]) == year:
                out[slug_of(row["ioname"])] = row[column]
    return out


def _certain(column: str) -> dict[str, str]:
    """cow-<ioname> -> status, where COW codes the same status in 2009 and 2010 (certain on 2010-01-01)."""
    names = {"1": "member", "2": "associate_member", "3": "observer"}
    y9, y10 = _cow_cells(column, 2009), _cow_cells(column, 2010)
    return {k: names[v] for k, v in y10.items() if v in names and y9.get(k) == v}


def test_memberships_of_kazakhstan_on_the_full_cow_store(full_cow: Timeline) -> None:
    answer = memberships(full_cow, "KAZ", D(2010, 1, 1))
    rows = answer["memberships"]
    slugs = [s for m in rows for s in m["orgs"]]
    assert len(slugs) == len(set(slugs))  # each organization once
    sco = next(m for m in rows if "sco" in m["orgs"])
    assert sco["orgs"] == ["sco", "cow-sco"] and sco["status"] == "member"
    got = {s: m["status"] for m in rows if not m["uncertain"] for s in m["orgs"] if s.startswith("cow-")}
    assert got == _certain("kazakhstan")
    y10 = _cow_cells("kazakhstan", 2010)
    for m in rows:  # nothing listed where COW says no status ("0") or not in the system
        for slug in m["orgs"]:
            if slug.startswith("cow-"):
                assert y10[slug] in ("1", "2", "3", "-9"), (slug, y10[slug])
    assert "withdraw" not in json.dumps(answer)


def test_russia_answers_in_every_cow_organization_that_codes_russia(full_cow: Timeline) -> None:
    from igo_timeline.projections.why import why

    expected = _certain("russia")
    assert len(expected) > 50
    got = held(memberships(full_cow, "Russia", D(2010, 1, 1)))
    got = {("sco" if k == "sco" else k): v for k, v in got.items()}
    assert {k: v for k, v in got.items() if k != "sco"} == {
        k: v for k, v in expected.items() if k != "cow-sco"
    }
    for org in sorted(expected)[:: max(1, len(expected) // 12)]:  # why agrees, naming the column
        answer = why(org, full_cow.records(org), D(2010, 1, 1), party="Russia")["answer"]
        assert (answer["holds"], answer["via"], answer["party"]) == ("yes", "cow:365", "RUS"), org
    ussr = held(memberships(full_cow, "USSR", D(1985, 1, 1)))
    names = {"1": "member", "2": "associate_member", "3": "observer"}
    y84, y85 = _cow_cells("russia", 1984), _cow_cells("russia", 1985)
    assert ussr == {k: names[v] for k, v in y85.items() if v in names and y84.get(k) == v}


# -- successions --------------------------------------------------------------------------------------


def _un(timeline: Timeline) -> None:
    """A UN built from facts given here (founded 1945-10-24, the USSR among its founders), and
    another organization the USSR joined in 1960 and whose presidency it held in 1991."""
    timeline.append(
        [
            founding(
                "un", founders=("SUN", "USA", "GBR", "FRA", "CHN"), founded="1945-10-24", statuses=("member",)
            ),
            grant("KAZ", "member", "1992-03-02", org="un"),
            founding("other", founders=("USA",), founded="1950-01-01", statuses=("member", "observer")),
            grant("SUN", "member", "1960-01-01", org="other"),
            handover("SUN", "1991-12-01", org="other"),
        ]
    )
    # stays as it is: a separate organization the USSR never joined
    timeline.append([founding("third", founders=("USA",), founded="1950-01-01", statuses=("member",))])


def test_ussr_to_russia_continuation_in_a_un_built_from_facts(timeline: Timeline) -> None:
    _un(timeline)
    ident, result = timeline.succession(
        {
            "kind": "continuation",
            "predecessors": ["USSR"],
            "successors": ["Russia"],
            "effective": "1991-12-24",
        }
    )
    assert ident in result.added and len(result.added) == 1 + 2 + 3  # the fact; un: 2; other: 3
    after = timeline.state("un", D(2000, 1, 1))
    russia = next(e for e in after.statuses["member"] if e.party == "RUS")
    assert (russia.since, russia.via, russia.succession) == ("1945-10-24", "SUN", ident)
    assert "SUN" not in {e.party for e in after.statuses["member"]}
    assert timeline.state("un", D(1991, 12, 23)).statuses["member"][0].party in {
        "SUN",
        "USA",
        "GBR",
        "FRA",
        "CHN",
    }
    assert "SUN" in {e.party for e in timeline.state("un", D(1991, 12, 23)).statuses["member"]}
    # the organization the USSR joined in 1960, holding its presidency in 1991
    other = timeline.state("other", D(1992, 1, 1))
    assert [(e.party, e.since, e.via) for e in other.statuses["member"]] == [
        ("USA", "1950-01-01", None),
        ("RUS", "1960-01-01", "SUN"),
    ]
    assert other.presidency is not None and other.presidency.party == "RUS"
    # every carried-over event is an event of its organization, marked and citing the succession
    carried = [e.event for e in timeline.history("un") if getattr(e.event, "carried_over", None) == ident]
    assert sorted(e.type for e in carried) == ["StatusGranted", "StatusWithdrawn"]
    assert all(ident in e.source.note for e in carried)
    # history --party RUS holds the USSR's events; diff across the date is a change of name
    assert [e.event.type for e in timeline.history("un", party="RUS")][:1] == ["OrganizationFounded"]
    changes = timeline.diff("un", D(1991, 12, 23), D(1991, 12, 24)).changes
    assert [(c.kind, c.subject) for c in changes] == [("continued", "SUN -> RUS")]
    # memberships of Russia in 2000: the UN since 1945, via the continuation
    rus = memberships(timeline, "RUS", D(2000, 1, 1))
    assert {m["org"]: (m["status"], m["since"]) for m in rus["memberships"]} == {
        "un": ("member", "1945-10-24"),
        "other": ("member", "1960-01-01"),
    }
    # why names the continuation and the USSR's events it rests on
    from igo_timeline.projections.why import why

    answer = why("un", timeline.records("un"), D(2000, 1, 1), party="Russia")
    assert (answer["answer"]["since"], answer["answer"]["continues"]) == ("1945-10-24", "SUN")
    assert [e["role"] for e in answer["events"]][:3] == ["decisive", "continued", "continued"]
    # recorded again: nothing new
    again = timeline.succession(
        {"kind": "continuation", "predecessors": ["SUN"], "successors": ["RUS"], "effective": "1991-12-24"}
    )[1]
    assert again.added == [] and len(again.known) == 1 + 5


def test_a_continuation_that_clashes_is_refused_naming_the_clash(timeline: Timeline) -> None:
    _un(timeline)
    joined = timeline.append([grant("RUS", "member", "1992-01-31", org="un")]).added[0]
    fact = {"kind": "continuation", "predecessors": ["SUN"], "successors": ["RUS"], "effective": "1991-12-24"}
    with pytest.raises(
        RuleViolation, match=f"succession-clash: un: RUS already has StatusGranted {joined[:8]}"
    ):
        timeline.succession(fact)
    assert timeline.registry().successions == []  # nothing written, anywhere
    assert timeline.state("other", D(1992, 1, 1)).presidency.party == "SUN"  # type: ignore[union-attr]
    # --skip leaves the organization out; the rest is carried over
    ident, result = timeline.succession({**fact, "skip": ["un"]})
    assert len(result.added) == 1 + 3
    assert "SUN" in {e.party for e in timeline.state("un", D(2000, 1, 1)).statuses["member"]}


def test_separation_links_identities_only(timeline: Timeline) -> None:
    _un(timeline)
    ident, result = timeline.succession(
        {
            "kind": "dissolution",
            "predecessors": ["SUN"],
            "successors": ["RUS", "KAZ"],
            "effective": "1991-12-26",
        }
    )
    assert result.added == [ident]
    assert "SUN" in {e.party for e in timeline.state("un", D(1995, 1, 1)).statuses["member"]}
    assert [e.event.type for e in timeline.history("un", party="KAZ")] == [
        "OrganizationFounded",
        "StatusGranted",
    ]


def test_organization_succession_carries_members_over(timeline: Timeline) -> None:
    timeline.append(
        [
            founding("oau", founders=("DZA", "MAR", "NGA"), founded="1963-05-25", statuses=("member",)),
            withdraw("MAR", "1984-11-12", org="oau"),
            founding("au", founders=("DZA",), founded="2002-07-09", statuses=("member",)),
        ]
    )
    ident, result = timeline.org_succession({"org": "au", "predecessor": "oau", "effective": "2002-07-09"})
    granted = [e.event for e in timeline.history("au") if getattr(e.event, "carried_over", None) == ident]
    assert [(e.party, e.status) for e in granted] == [("NGA", "member")]  # DZA founded the AU itself
    members = {e.party for e in timeline.state("au", D(2010, 1, 1)).statuses["member"]}
    assert members == {"DZA", "NGA"}
    with pytest.raises(RuleViolation, match="not-founded"):
        timeline.org_succession({"org": "au", "predecessor": "oau", "effective": "2001-01-01"})


def test_a_partys_history_runs_on_across_an_organization_succession(timeline: Timeline) -> None:
    timeline.append(
        [
            founding("oau", founders=("DZA", "MAR", "NGA"), founded="1963-05-25", statuses=("member",)),
            withdraw("MAR", "1984-11-12", org="oau"),
            founding("au", founders=("DZA",), founded="2002-07-09", statuses=("member",)),
            grant("MAR", "member", "2017-01-31", org="au"),
        ]
    )
    timeline.org_succession({"org": "au", "predecessor": "oau", "effective": "2002-07-09"})
    seen = [(e.event.org, e.event.type, e.event.valid_time) for e in timeline.history("au", party="MAR")]
    assert seen == [
        ("oau", "OrganizationFounded", "1963-05-25"),
        ("oau", "StatusWithdrawn", "1984-11-12"),
        ("au", "StatusGranted", "2017-01-31"),
    ]
    assert [e.event.org for e in timeline.history("au")] == ["au"] * 3  # without --party: the AU's own
    orgs = {row["org"]: row for row in orgs_answer(timeline.all_records(), timeline.registry())}
    assert orgs["au"]["succeeds"] == [{"org": "oau", "on": "2002-07-09"}]
    assert orgs["oau"]["succeeded_by"] == [{"org": "au", "on": "2002-07-09"}]


def test_the_index_keeps_a_continuations_since_through_later_appends(timeline: Timeline) -> None:
    """Later decisions about either party rebuild both parties' rows: the index agrees with the fold."""
    from igo_timeline.index.index import expected_rows

    _un(timeline)
    timeline.succession(
        {"kind": "continuation", "predecessors": ["SUN"], "successors": ["RUS"], "effective": "1991-12-24"}
    )
    timeline.append([withdraw("RUS", "2030-01-01", org="other")])  # touches RUS's rows only
    timeline.append([grant("USA", "observer", "1990-01-01", org="other")])  # neither party's
    for day in (D(2000, 1, 1), D(2029, 12, 31)):
        rus = next(e for e in timeline.state("other", day).statuses["member"] if e.party == "RUS")
        assert rus.since == "1960-01-01"
    # a correction of the predecessor's own grant reaches the successor's since
    sun_grant = next(
        e.event for e in timeline.history("other", party="SUN") if e.event.type == "StatusGranted"
    )
    assert sun_grant.id is not None
    timeline.correct(sun_grant.id, {"effective": "1961-01-01"}, reason="test: a corrected date")
    rus = next(e for e in timeline.state("other", D(2000, 1, 1)).statuses["member"] if e.party == "RUS")
    assert rus.since == "1961-01-01"
    index = timeline.index
    index.catch_up()
    for org in ("un", "other", "third"):
        assert index.current_rows(org) == expected_rows(timeline.records(org)), org


def test_an_organization_imported_after_a_continuation_gets_it_then(timeline: Timeline) -> None:
    _un(timeline)
    ident, _ = timeline.succession(
        {"kind": "continuation", "predecessors": ["SUN"], "successors": ["RUS"], "effective": "1991-12-24"}
    )
    later = timeline.append(
        [
            founding("wmo", founders=("SUN", "USA"), founded="1950-03-23", statuses=("member",)),
            grant("GBR", "member", "1951-01-01", org="wmo"),
        ]
    )
    assert len(later.added) == 2 + 2  # the import, and the continuation carried into it, atomically
    rus = next(e for e in timeline.state("wmo", D(2000, 1, 1)).statuses["member"] if e.party == "RUS")
    assert (rus.since, rus.via, rus.succession) == ("1950-03-23", "SUN", ident)
    # an organization whose own record already speaks for Russia decides for itself
    own = timeline.append(
        [
            founding("wto", founders=("SUN", "USA"), founded="1960-01-01", statuses=("member",)),
            grant("RUS", "member", "1992-06-01", org="wto"),
        ]
    )
    assert len(own.added) == 2
    members = {e.party for e in timeline.state("wto", D(1993, 1, 1)).statuses["member"]}
    assert {"SUN", "RUS"} <= members
    # appending to an organization already carried over adds nothing more
    assert len(timeline.append([grant("FRA", "member", "1955-01-01", org="wmo")]).added) == 1


def test_an_answer_as_known_at_a_time_names_parties_as_known_then(timeline: Timeline) -> None:
    timeline.record_identities([{"type": "PartyAdded", "party": "x-tg", "name": "Old Name Land"}])
    founded = timeline.append(
        [founding("org", founders=("x-tg", "KEN"), founded="1963-01-01", statuses=("member",))]
    )
    renamed = timeline.record_identities(
        [{"type": "PartyRenamed", "party": "x-tg", "name": "New Name Republic", "effective": "1964-04-26"}]
    )
    assert founded.recorded_at is not None and renamed.recorded_at is not None
    between = founded.recorded_at  # the founding recorded, the rename not yet
    assert between < renamed.recorded_at

    def name(known_at: dt.datetime | None) -> str:
        return next(
            e.name
            for e in timeline.state("org", D(2000, 1, 1), known_at).statuses["member"]
            if e.party == "x-tg"
        )

    assert name(None) == "New Name Republic"
    assert name(between) == "Old Name Land"
    assert memberships(timeline, "x-tg", D(2000, 1, 1), known_at=between)["name"] == "Old Name Land"
    assert party_name("x-tg", D(2000, 1, 1)) == "New Name Republic"  # restored afterwards


def test_the_cli_names_parties_as_known_at_its_known_at(tmp_path: Path) -> None:
    store = tmp_path / "s.sqlite"
    assert igo(store, "party", "add", "x-tg", "Old Name Land").exit_code == 0
    with Timeline(str(store)) as timeline:
        timeline.append(
            [
                founding("org", founders=("KEN",), founded="1963-01-01", statuses=("member", "observer")),
                grant("x-tg", "observer", "1965-01-01"),
            ]
        )
        stamp = timeline.records("org")[-1].recorded_at.isoformat()
    assert igo(store, "party", "rename", "x-tg", "New Name Republic", "--on", "1964-04-26").exit_code == 0
    then = igo(store, "history", "org", "--party", "x-tg", "--known-at", stamp)
    now = igo(store, "history", "org", "--party", "x-tg")
    assert "x-tg (Old Name Land) becomes observer" in then.stdout
    assert "x-tg (New Name Republic) becomes observer" in now.stdout
    state_then = json.loads(
        igo(store, "state", "org", "--as-of", "2000-01-01", "--known-at", stamp, "--json").stdout
    )
    state_now = json.loads(igo(store, "state", "org", "--as-of", "2000-01-01", "--json").stdout)
    assert state_then["observers"][0]["name"] == "Old Name Land"
    assert state_now["observers"][0]["name"] == "New Name Republic"


def test_a_continuation_carries_an_office_holders_nationality(timeline: Timeline) -> None:
    from conftest import appoint

    _un(timeline)
    timeline.append([appoint("A Person", "1990-01-01/1993-12-31", org="other", nationality="SUN")])
    timeline.succession(
        {"kind": "continuation", "predecessors": ["SUN"], "successors": ["RUS"], "effective": "1991-12-24"}
    )
    assert timeline.state("other", D(1991, 12, 23)).offices["secretary-general"].nationality == "SUN"
    assert timeline.state("other", D(1992, 6, 1)).offices["secretary-general"].nationality == "RUS"
    assert (
        timeline.state("other", D(1995, 1, 1)).offices["secretary-general"].nationality == "RUS"
    )  # ended term


def test_why_follows_an_organization_succession_and_links(tmp_path: Path) -> None:
    store = tmp_path / "s.sqlite"
    with Timeline(str(store)) as timeline:
        timeline.append(
            [
                founding("oau", founders=("DZA", "MAR", "NGA"), founded="1963-05-25", statuses=("member",)),
                withdraw("MAR", "1984-11-12", org="oau"),
                founding("au", founders=("DZA",), founded="2002-07-09", statuses=("member",)),
                grant("MAR", "member", "2017-01-31", org="au"),
            ]
        )
        timeline.org_succession({"org": "au", "predecessor": "oau", "effective": "2002-07-09"})
    result = igo(store, "why", "au", "--party", "Morocco", "--as-of", "2010-01-01", "--json")
    answer = json.loads(result.stdout)["answer"]
    assert answer["holds"] == "no"
    assert [{k: v for k, v in link.items() if k != "events"} for link in answer["linked"]] == [
        {
            "org": "oau",
            "link": "predecessor",
            "as_of": "2002-07-08",
            "holds": "no",
            "says": "MAR (Morocco) holds no status: withdrawn from 1984-11-12",
        }
    ]
    assert [(e["role"], e["type"]) for e in answer["linked"][0]["events"]] == [
        ("decisive", "StatusWithdrawn"),
        ("earlier", "OrganizationFounded"),
    ]
    table = igo(store, "why", "au", "--party", "Morocco", "--as-of", "2010-01-01").stdout
    assert (
        "predecessor oau, as of 2002-07-08: MAR (Morocco) holds no status: withdrawn from 1984-11-12" in table
    )
    # the HTTP twin answers the same
    from starlette.testclient import TestClient

    from igo_timeline.web import create_app

    with Timeline(str(store)) as timeline, TestClient(create_app(timeline)) as client:
        got = client.get("/api/v1/orgs/au/why", params={"party": "Morocco", "as_of": "2010-01-01"}).json()
    assert got == json.loads(result.stdout)
    # an organization without links answers as before (no "linked" key)
    plain = json.loads(igo(store, "why", "oau", "--party", "DZA", "--as-of", "1990-01-01", "--json").stdout)
    assert "linked" not in plain["answer"]


# -- a continuation carries conditions, chairs and pending procedures ------------------------------


def _histories_of_the_ussr(timeline: Timeline) -> None:
    """Example organizations (illustrations, not facts of the world) in which the USSR holds a
    suspended status and a chair for a fixed term, an observer's pending accession, a notice."""
    from conftest import ev

    timeline.append(
        [
            founding(
                "ex",
                founders=("USA",),
                founded="1950-01-01",
                statuses=("member", "observer"),
                conditions=["excluded_from_participation"],
            ),
            ev(
                "ChairEstablished",
                "ex",
                chair="council-chair",
                name="Chair of the Council",
                effective="1960-01-01",
            ),
            grant("SUN", "member", "1960-01-01", org="ex"),
            handover("SUN", "1991-07-01", org="ex", chair="council-chair", term="1991-07-01/1992-06-30"),
            ev("ConditionImposed", "ex", party="SUN", effective="1991-09-01", until="1992-05-31"),
            ev(
                "ConditionImposed",
                "ex",
                party="SUN",
                condition="excluded_from_participation",
                effective="1991-10-01",
            ),
            founding("ex2", founders=("USA",), founded="1950-01-01", statuses=("member", "observer")),
            grant("SUN", "observer", "1970-01-01", org="ex2"),
            ev(
                "ProcedureLaunched",
                "ex2",
                party="SUN",
                procedure="accession",
                status="member",
                date="1990-03-01",
            ),
            founding("ex3", founders=("USA", "SUN"), founded="1950-01-01", statuses=("member",)),
            ev("WithdrawalNotified", "ex3", party="SUN", effective="1991-06-01", takes_effect="1992-06-01"),
        ]
    )


def test_a_continuation_carries_conditions_chairs_and_pending_procedures(timeline: Timeline) -> None:
    _histories_of_the_ussr(timeline)
    ident, result = timeline.succession(
        {
            "kind": "continuation",
            "predecessors": ["USSR"],
            "successors": ["Russia"],
            "effective": "1991-12-24",
        }
    )
    carried = {
        org: sorted(
            e.event.type for e in timeline.history(org) if getattr(e.event, "carried_over", None) == ident
        )
        for org in ("ex", "ex2", "ex3")
    }
    assert carried == {
        "ex": [
            "ConditionImposed",
            "ConditionImposed",
            "PresidencyHandedOver",
            "StatusGranted",
            "StatusWithdrawn",
        ],
        "ex2": ["ProcedureConcluded", "ProcedureLaunched", "StatusGranted", "StatusWithdrawn"],
        "ex3": ["StatusGranted", "StatusWithdrawn", "WithdrawalNotified"],
    }
    assert len(result.added) == 1 + 12  # the fact and every carried-over event, in one batch
    # ex: Russia a member since 1960, suspended to the suspension's last day, excluded, in the chair
    ex = timeline.state("ex", D(1992, 1, 1))
    rus = next(e for e in ex.statuses["member"] if e.party == "RUS")
    assert (rus.since, rus.via) == ("1960-01-01", "SUN")
    assert {(c.condition, c.since, c.until) for c in rus.conditions or []} == {
        ("suspended", "1991-09-01", "1992-05-31"),  # the USSR's first day kept, as its status's since
        ("excluded_from_participation", "1991-10-01", None),
    }
    assert "SUN" not in {e.party for es in ex.statuses.values() for e in es}
    chair = ex.chairs["council-chair"]
    assert (chair.party, chair.since, chair.until) == ("RUS", "1991-07-01", "1992-06-30")
    later = timeline.state("ex", D(1992, 7, 1))
    assert later.chairs["council-chair"].party is None  # the fixed term ran out, as the USSR's would have
    rus_later = next(e for e in later.statuses["member"] if e.party == "RUS")
    assert [c.condition for c in rus_later.conditions or []] == ["excluded_from_participation"]
    # ex2: the observer's pending accession is Russia's from the day; the USSR's ended
    ex2 = timeline.state("ex2", D(1992, 1, 1))
    assert [(p.party, p.procedure, p.status, p.since) for p in ex2.pending] == [
        ("RUS", "accession", "member", "1991-12-24")
    ]
    # ex3: the notice carries on, with its day of effect
    ex3 = timeline.state("ex3", D(1992, 1, 1))
    notice = next(e for e in ex3.statuses["member"] if e.party == "RUS").conditions or []
    assert [(c.condition, c.since, c.takes_effect) for c in notice] == [
        ("withdrawal_notified", "1991-06-01", "1992-06-01")
    ]
    due = timeline.state("ex3", D(1992, 7, 1))
    assert [(u.party, u.reason) for u in due.uncertain] == [("RUS", "withdrawal due")]
    # the index and a replay of the log agree on every carried-over answer
    from igo_timeline.projections.state import state_as_of

    for org in ("ex", "ex2", "ex3"):
        for day in (D(1991, 12, 23), D(1991, 12, 24), D(1992, 7, 1)):
            assert (
                timeline.state(org, day).to_json() == state_as_of(org, timeline.records(org), day).to_json()
            )


def test_a_continuation_clashing_with_the_successors_conditions_or_procedures_is_refused(
    timeline: Timeline,
) -> None:
    from conftest import ev

    _histories_of_the_ussr(timeline)
    own = timeline.append(
        [
            ev(
                "ProcedureLaunched",
                "ex2",
                party="RUS",
                procedure="accession",
                status="observer",
                date="1992-02-01",
            )
        ]
    ).added[0]
    fact = {"kind": "continuation", "predecessors": ["SUN"], "successors": ["RUS"], "effective": "1991-12-24"}
    with pytest.raises(
        RuleViolation, match=f"succession-clash: ex2: RUS already has ProcedureLaunched {own[:8]}"
    ):
        timeline.succession(fact)
    assert timeline.registry().successions == []
    assert timeline.state("ex", D(1992, 1, 1)).chairs["council-chair"].party == "SUN"  # nothing written


# -- two stores in one process ------------------------------------------------------------------


def test_two_stores_in_one_process_name_parties_from_their_own_registry(tmp_path: Path) -> None:
    """Each store resolves and names parties by its own registry: the Python API, the HTTP API and
    threads, with both stores open at once (the one opened last is no longer everyone's)."""
    import threading

    from starlette.testclient import TestClient

    from igo_timeline.web import create_app

    first, second = Timeline(str(tmp_path / "a.sqlite")), Timeline(str(tmp_path / "b.sqlite"))
    try:
        first.record_identities([{"type": "PartyAdded", "party": "x-tg", "name": "Old Name Land"}, SADR])
        second.record_identities([{"type": "PartyAdded", "party": "x-tg", "name": "Another Land"}])
        for store in (first, second):
            store.append(
                [
                    founding("org", founders=("x-tg", "KEN"), founded="1963-01-01", statuses=("member",)),
                    handover("x-tg", "1990-01-01"),
                ]
            )
        # the first store resolves the SADR by its registry though the second was opened last
        first.append([grant("SADR", "member", "1970-01-01")])
        with pytest.raises(RuleViolation, match="unknown-party: party: unknown party 'SADR'"):
            second.append([grant("SADR", "member", "1970-01-01")])

        def names(store: Timeline) -> dict[str, str]:
            return {e.party: e.name for e in store.state("org", D(2000, 1, 1)).statuses["member"]}

        assert names(first) == {
            "KEN": "Kenya",
            "x-tg": "Old Name Land",
            "x-sadr": "Sahrawi Arab Democratic Republic",
        }
        assert names(second) == {"KEN": "Kenya", "x-tg": "Another Land"}
        assert memberships(first, "x-tg", D(2000, 1, 1))["name"] == "Old Name Land"
        assert memberships(second, "x-tg", D(2000, 1, 1))["name"] == "Another Land"
        # what a caller prints of a store's events, in that store's naming
        for store, name in ((first, "Old Name Land"), (second, "Another Land")):
            with store.naming():
                handed = [e.event for e in store.history("org") if e.event.type == "PresidencyHandedOver"]
                assert f"x-tg ({name})" in handed[0].summary()
                assert party_name("x-tg") == name and resolve_party(name) == "x-tg"
        # two apps, one per store, in one process
        with TestClient(create_app(first)) as a, TestClient(create_app(second)) as b:
            got_a = a.get("/api/v1/orgs/org/state", params={"as_of": "2000-01-01"}).json()
            got_b = b.get("/api/v1/orgs/org/state", params={"as_of": "2000-01-01"}).json()
            assert {m["party"]: m["name"] for m in got_a["members"]}["x-tg"] == "Old Name Land"
            assert {m["party"]: m["name"] for m in got_b["members"]}["x-tg"] == "Another Land"
            assert (
                a.get("/api/v1/parties/Old Name Land/memberships", params={"as_of": "2000-01-01"}).status_code
                == 200
            )
            assert (
                b.get("/api/v1/parties/Old Name Land/memberships", params={"as_of": "2000-01-01"}).status_code
                != 200
            )
        # threads, each in its store's naming at once
        seen: dict[str, list[str]] = {"a": [], "b": []}
        barrier = threading.Barrier(2)

        def run(key: str, store: Timeline) -> None:
            with store.naming():
                barrier.wait()
                for _ in range(200):
                    seen[key].append(party_name("x-tg"))

        threads = [threading.Thread(target=run, args=(k, s)) for k, s in (("a", first), ("b", second))]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert set(seen["a"]) == {"Old Name Land"} and set(seen["b"]) == {"Another Land"}
    finally:
        first.close()
        second.close()


# -- across an organization succession: Morocco, the OAU and the AU --------------------------------
# Facts: the COW data (OAU from 1963, Morocco coded a member 1965-1984 and not in 1985; the AU from
# 2002) and the text ("left the OAU in 1984, joined the AU in 2017"). No source at hand
# dates the AU's succession to the day: 2002-07-09 is this repository's illustration of it.
_COW = {"document": "cow-igo-v3", "quote": "ioname=OAU"}


def _morocco(timeline: Timeline) -> dict[str, str]:
    from conftest import ev

    ids = timeline.append(
        [
            founding("oau", founders=("DZA", "NGA"), founded="1963", statuses=("member",)),
            ev("StatusGranted", "oau", party="MAR", status="member", effective="1965", source=_COW),
            ev("StatusWithdrawn", "oau", party="MAR", effective="1985", source=_COW),
            founding("au", founders=("DZA", "NGA"), founded="2002", statuses=("member",)),
            ev(
                "StatusGranted",
                "au",
                party="MAR",
                status="member",
                effective="2017",
                source={"document": "issue-12", "quote": "joined the AU in 2017"},
            ),
        ]
    ).added
    timeline.org_succession({"org": "au", "predecessor": "oau", "effective": "2002-07-09"})
    return {"joined_oau": ids[1], "left_oau": ids[2], "joined_au": ids[4]}


def test_history_and_replay_of_a_party_run_across_an_organization_succession_both_ways(
    timeline: Timeline,
) -> None:
    ids = _morocco(timeline)
    both = [ids["joined_oau"], ids["left_oau"], ids["joined_au"]]
    # asked of either organization, Morocco's history holds both records' events, in valid time
    assert [e.event.id for e in timeline.history("au", party="MAR")] == both
    assert [e.event.id for e in timeline.history("oau", party="MAR")] == both
    # the other parties' events and the organizations' own events before/after the link stay out
    assert [e.event.id for e in timeline.history("oau", party="DZA")][:1] == [
        e.event.id for e in timeline.history("oau") if e.event.type == "OrganizationFounded"
    ]
    # replay --party: the same events, each with what it changed in its own organization
    steps = list(timeline.replay("au", party="MAR"))
    assert [(s.event.org, s.event.id) for s, _ in steps] == [
        ("oau", both[0]),
        ("oau", both[1]),
        ("au", both[2]),
    ]
    assert [[(c.kind, c.before, c.after) for c in changes] for _, changes in steps] == [
        [("status", None, "member")],
        [("status", "member", None)],
        [("status", None, "member")],
    ]


def test_the_cli_history_replay_and_why_of_morocco_name_both_organizations(tmp_path: Path) -> None:
    store = tmp_path / "s.sqlite"
    with Timeline(str(store)) as timeline:
        ids = _morocco(timeline)
    history = igo(store, "history", "au", "--party", "Morocco").stdout
    assert f"{ids['left_oau'][:8]}  StatusWithdrawn        in oau: MAR (Morocco) loses its status" in history
    assert f"{ids['joined_au'][:8]}  StatusGranted          MAR (Morocco) becomes member" in history
    replay = igo(store, "replay", "oau", "--party", "Morocco")
    assert replay.exit_code == 0, replay.output
    lines = replay.stdout.splitlines()
    assert f"2017  StatusGranted [{ids['joined_au'][:8]}]  in au: MAR (Morocco) becomes member" in lines
    assert "    status MAR (Morocco): - -> member" in lines
    jsonl = [
        json.loads(line)
        for line in igo(store, "replay", "au", "--party", "MAR", "--json").stdout.splitlines()
    ]
    assert [(step["event"]["org"], step["event"]["id"]) for step in jsonl] == [
        ("oau", ids["joined_oau"]),
        ("oau", ids["left_oau"]),
        ("au", ids["joined_au"]),
    ]
    # why, asked of the AU in 2010: the AU's record says nothing; the OAU's, with its deciding event
    answer = json.loads(
        igo(store, "why", "au", "--party", "Morocco", "--as-of", "2010-01-01", "--json").stdout
    )
    (link,) = answer["answer"]["linked"]
    assert (link["org"], link["link"], link["holds"]) == ("oau", "predecessor", "no")
    assert [(e["role"], e["id"]) for e in link["events"]] == [
        ("decisive", ids["left_oau"]),
        ("earlier", ids["joined_oau"]),
    ]
    table = igo(store, "why", "au", "--party", "Morocco", "--as-of", "2010-01-01").stdout
    assert f"    decisive    StatusWithdrawn {ids['left_oau'][:8]}  valid 1985" in table
    # asked of the OAU in 2020: its own deciding event, then the AU's (its successor)
    answer = json.loads(
        igo(store, "why", "oau", "--party", "Morocco", "--as-of", "2020-01-01", "--json").stdout
    )
    assert [(e["role"], e["id"]) for e in answer["events"]][:1] == [("decisive", ids["left_oau"])]
    (link,) = answer["answer"]["linked"]
    assert (link["org"], link["link"], link["as_of"], link["holds"]) == (
        "au",
        "successor",
        "2020-01-01",
        "yes",
    )
    assert [(e["role"], e["id"]) for e in link["events"]] == [("decisive", ids["joined_au"])]
    # ... and in 1990, before the AU: no successor to ask
    plain = json.loads(
        igo(store, "why", "oau", "--party", "Morocco", "--as-of", "1990-01-01", "--json").stdout
    )
    assert "linked" not in plain["answer"]
    # bad input: one line, no traceback
    bad = igo(store, "replay", "au", "--party", "Atlantis")
    assert bad.exit_code != 0 and bad.output.count("\n") == 1 and "unknown party 'Atlantis'" in bad.output


def test_history_and_replay_of_a_successor_state_hold_the_predecessors_events_named_by_their_day(
    timeline: Timeline,
) -> None:
    """``replay --party RUS`` follows the continuation (the USSR's events) like ``history``; each
    event's party is named by its name in force on the event's date."""
    _un(timeline)
    timeline.record_identities(
        [
            {
                "type": "PartyRenamed",
                "party": "SUN",
                "name": "Soviet Union (as named here)",
                "effective": "1960-01-01",
            }
        ]
    )
    ident, _ = timeline.succession(
        {"kind": "continuation", "predecessors": ["SUN"], "successors": ["RUS"], "effective": "1991-12-24"}
    )
    hist = [e.event for e in timeline.history("other", party="RUS")]
    steps = list(timeline.replay("other", party="RUS"))
    assert [e.id for e in hist] == [s.event.id for s, _ in steps]
    assert [e.type for e in hist] == [
        "StatusGranted",
        "PresidencyHandedOver",
        "StatusGranted",
        "StatusWithdrawn",
        "PresidencyHandedOver",
    ]
    with timeline.naming():
        assert hist[0].summary() == "SUN (Soviet Union (as named here)) becomes member"
    # the continuation's carried-over events are one change (not an exit and an entry), shown once
    carried = [changes for s, changes in steps if getattr(s.event, "carried_over", None) == ident]
    assert len(carried) == 3
    assert {(c.kind, c.subject) for c in carried[0]} == {
        ("continued", "SUN -> RUS"),
        ("presidency", "presidency"),
    }
    assert carried[1:] == [[], []]


# -- names in force, on every surface -------------------------------------------------------------


def test_every_surface_names_a_party_by_its_name_in_force(tmp_path: Path) -> None:
    """state/why/diff/memberships: the name on the as-of day; history/replay/exports: on each
    event's date (names of the registry, given here as illustrations)."""
    store = tmp_path / "s.sqlite"
    assert igo(store, "party", "add", "x-tg", "Old Name Land").exit_code == 0
    assert igo(store, "party", "rename", "x-tg", "New Name Republic", "--on", "1964-04-26").exit_code == 0
    with Timeline(str(store)) as timeline:
        timeline.append(
            [
                founding("org", founders=("KEN",), founded="1960-01-01", statuses=("member", "observer")),
                grant("x-tg", "member", "1962-01-01"),
                handover("x-tg", "1963-01-01"),
                grant("x-tg", "observer", "1966-01-01"),
            ]
        )
    old, new = "x-tg (Old Name Land)", "x-tg (New Name Republic)"
    # as of a day
    assert (
        "  x-tg  Old Name Land  since 1962-01-01"
        in igo(store, "state", "org", "--as-of", "1963-06-01").stdout
    )
    assert igo(
        store, "why", "org", "--party", "New Name Republic", "--as-of", "1963-06-01"
    ).stdout.startswith(f"org as of 1963-06-01: {old} is member")
    assert igo(store, "memberships", "x-tg", "--as-of", "1963-06-01").stdout.startswith(
        f"{old}, as of 1963-06-01"
    )
    diff = igo(store, "diff", "org", "1961-01-01", "1963-06-01").stdout.splitlines()
    assert f"    status {old}: - -> member" in diff and f"    presidency presidency: - -> {old}" in diff
    # a rename between the two days is a change of name
    diff = igo(store, "diff", "org", "1963-06-01", "1967-01-01").stdout.splitlines()
    assert f"    name {new}: Old Name Land -> New Name Republic" in diff
    assert f"    status {new}: member -> observer" in diff
    changes = json.loads(igo(store, "diff", "org", "1963-06-01", "1967-01-01", "--json").stdout)["changes"]
    assert {
        "kind": "name",
        "subject": "x-tg",
        "before": "Old Name Land",
        "after": "New Name Republic",
    } in changes
    # by each event's date
    history = igo(store, "history", "org", "--party", "x-tg").stdout
    assert f"{old} becomes member" in history and f"{new} becomes observer" in history
    replay = igo(store, "replay", "org", "--party", "x-tg").stdout.splitlines()
    assert f"    status {old}: - -> member" in replay and f"    status {new}: member -> observer" in replay
    rows = list(csv.DictReader(igo(store, "export", "org", "--to", "csv").stdout.splitlines()))
    assert [(r["type"], r["party_name"]) for r in rows if r["party"] == "x-tg"] == [
        ("StatusGranted", "Old Name Land"),
        ("PresidencyHandedOver", "Old Name Land"),
        ("StatusGranted", "New Name Republic"),
    ]
    timelinejs = json.loads(igo(store, "export", "org", "--to", "timelinejs").stdout)
    headlines = [e["text"]["headline"] for e in timelinejs["events"]]
    assert "Old Name Land: member" in headlines and "New Name Republic: observer" in headlines
    popolo = json.loads(igo(store, "export", "org", "--to", "popolo").stdout)
    (party,) = [
        o
        for o in popolo["organizations"]
        if {"scheme": "slug", "identifier": "x-tg"} in o.get("identifiers", [])
    ]
    assert party["other_names"] == [
        {"name": "Old Name Land", "end_date": "1964-04-25"},
        {"name": "New Name Republic", "start_date": "1964-04-26"},
    ]
    labels = [m["label"] for m in popolo["memberships"] if m["label"].startswith(("Old", "New"))]
    assert sorted(labels) == [
        "New Name Republic: observer",
        "Old Name Land: member",
        "Old Name Land: presidency",
    ]


def test_rule_messages_name_a_party_by_the_name_of_the_events_day(tmp_path: Path) -> None:
    """A refused decision names the party as it was named on the decision's day, as history does
    (names of the registry, given here as illustrations)."""
    store = tmp_path / "s.sqlite"
    assert igo(store, "party", "add", "x-tg", "Old Name Land").exit_code == 0
    assert igo(store, "party", "rename", "x-tg", "New Name Republic", "--on", "1964-04-26").exit_code == 0
    with Timeline(str(store)) as timeline:
        timeline.append(
            [
                founding("org", founders=("KEN",), founded="1960-01-01", statuses=("member", "observer")),
                grant("x-tg", "observer", "1962-01-01"),
            ]
        )
    src = ["--document", "test", "--quote", "q"]
    early = igo(store, "handover", "org", "x-tg", "--on", "1963-01-01", *src)
    assert early.exit_code == 1
    assert "presidency-to-non-member: x-tg (Old Name Land) is not" in early.stderr
    late = igo(store, "handover", "org", "x-tg", "--on", "1965-01-01", *src)
    assert late.exit_code == 1
    assert "presidency-to-non-member: x-tg (New Name Republic) is not" in late.stderr
    again = igo(store, "grant", "org", "x-tg", "observer", "--on", "1963-06-01", *src)
    assert "x-tg (Old Name Land) already holds 'observer'" in again.stderr
    with Timeline(str(store)) as timeline, pytest.raises(RuleViolation) as refused:
        timeline.append([grant("x-tg", "member", "1963-03-01"), withdraw("x-tg", "1963-03-01")])
    assert "same-day-conflict" in str(refused.value) and "x-tg (Old Name Land)" in str(refused.value)


def test_a_merger_links_a_cow_column_coded_for_the_year_of_the_merger(timeline: Timeline) -> None:
    """Yemen (COW states2016: the Yemen Arab Republic, 678, and the Yemen People's Republic, 680,
    end 1990-05-21; Yemen, 679, from 1990-05-22): COW's UN rows code 679 a member in 1990, a year
    whose days include Yemen's first, so ``history --party YEM`` lists it beside its predecessors'."""
    from conftest import ev

    def row(party: str, year: str, column: str) -> dict[str, Any]:
        quote = f"ioname=UN, year={year}, {column}=1"
        return ev(
            "StatusGranted",
            "un",
            party=party,
            status="member",
            effective=year,
            source={"document": "cow-igo-v3", "quote": quote},
        )

    timeline.append(
        [
            founding("un", founders=("USA",), founded="1945", statuses=("member",)),
            row("cow:678", "1947", "nyemen"),
            row("cow:680", "1967", "syemen"),
            ev("StatusWithdrawn", "un", party="cow:678", effective="1990"),
            ev("StatusWithdrawn", "un", party="cow:680", effective="1990"),
            row("cow:679", "1990", "yemen"),
        ]
    )
    assert [e.event.party for e in timeline.history("un", party="YEM")] == ["cow:679"]  # type: ignore[attr-defined]
    timeline.succession(
        {
            "kind": "merger",
            "predecessors": ["cow:678", "YMD"],
            "successors": ["YEM"],
            "effective": "1990-05-22",
        }
    )
    assert [(e.event.type, e.event.party) for e in timeline.history("un", party="YEM")] == [  # type: ignore[attr-defined]
        ("StatusGranted", "cow:678"),
        ("StatusGranted", "cow:680"),
        ("StatusWithdrawn", "cow:678"),
        ("StatusWithdrawn", "cow:680"),
        ("StatusGranted", "cow:679"),
    ]


def test_state_shows_an_organizations_links(tmp_path: Path) -> None:
    store = tmp_path / "s.sqlite"
    with Timeline(str(store)) as timeline:
        _morocco(timeline)
        timeline.append([founding("au-copy", founders=("DZA", "NGA"), founded="2002", statuses=("member",))])
        timeline.record_identities([{"type": "OrganizationsLinked", "org": "au-copy", "same_as": "au"}])
        assert timeline.state("oau", D(1990, 1, 1)).links == {
            "same_as": [],
            "succeeds": [],
            "succeeded_by": [{"org": "au", "on": "2002-07-09"}],
        }
    state = json.loads(igo(store, "state", "au", "--as-of", "2010-01-01", "--json").stdout)
    assert state["links"] == {
        "same_as": ["au-copy"],
        "succeeds": [{"org": "oau", "on": "2002-07-09"}],
        "succeeded_by": [],
    }
    lines = igo(store, "state", "au", "--as-of", "2010-01-01").stdout.splitlines()
    assert lines[1:3] == ["  the same organization as au-copy", "  succeeds oau from 2002-07-09"]
    # an organization without links answers as before: no links key
    with Timeline(str(store)) as timeline:
        timeline.append([founding("lone", founders=("DZA",), founded="2000", statuses=("member",))])
    assert "links" not in json.loads(igo(store, "state", "lone", "--as-of", "2010-01-01", "--json").stdout)


# -- a party the COW data holds only under a column no source dates (session 26) ---------------------

_FOUND = (
    "found",
    "xyz",
    "Xyz Union",
    "--on",
    "2001-01-01",
    "--statuses",
    "member",
    "--document",
    "d",
    "--quote",
    "q",
)


@pytest.mark.parametrize(("column", "party"), [("cow:345", "SRB"), ("cow:816", "VNM")])
def test_memberships_of_a_party_held_only_under_an_undated_cow_column_say_where(
    tmp_path: Path, column: str, party: str
) -> None:
    store = tmp_path / "s.sqlite"
    assert igo(store, *_FOUND).exit_code == 0
    granted = igo(
        store, "grant", "xyz", column, "member", "--on", "2001-01-01", "--document", "d", "--quote", "q"
    )
    assert granted.exit_code == 0, granted.output
    asked = igo(store, "memberships", party, "--as-of", "2011-06-11")
    assert asked.exit_code == 0, asked.output
    assert asked.stdout.startswith(f"{party} (") and "0 organization(s)" in asked.stdout
    assert (
        f"igo memberships {column} --as-of 2011-06-11" in asked.stderr and "1 organization(s)" in asked.stderr
    )
    assert igo(store, "memberships", column, "--as-of", "2011-06-11").stdout.count("xyz") == 1
    yearly = igo(store, "memberships", party, "--as-of", "2011")  # a period: the same note
    assert (
        f"igo memberships {column} --as-of 2011" in yearly.stderr
        and "0 organization(s) every day" in yearly.stdout
    )


def test_no_note_where_the_undated_column_holds_nothing_or_the_party_holds_something(tmp_path: Path) -> None:
    store = tmp_path / "s.sqlite"
    assert igo(store, *_FOUND).exit_code == 0
    assert igo(store, "memberships", "SRB", "--as-of", "2011-06-11").stderr == ""  # the column holds nothing
    for party in ("SRB", "cow:345"):
        assert (
            igo(
                store,
                "grant",
                "xyz",
                party,
                "member",
                "--on",
                "2001-01-01",
                "--document",
                "d",
                "--quote",
                "q",
            )
        ).exit_code == 0
    asked = igo(store, "memberships", "SRB", "--as-of", "2011-06-11")
    assert "xyz" in asked.stdout and asked.stderr == ""  # the party's own membership: nothing to point at
