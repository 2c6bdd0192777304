"""COW IGO v3 import and export: the round trip on a committed excerpt is the oracle.

The excerpt (tests/data/cow/) holds every row of 14 organizations of
cow_igo_v3_igo_year.csv, byte for byte, among them the quirky ones: AGC and
CCNR (gaps in their years), ACCT (rows after its deaddate, with status
changes), IHO and CCNR (sdate before their first row), CTO, CAMES and CCOM
(germany and wgermany both filled; -9 cells), BIPM (associate members), IOLM
and NAM (observers), EIP (one row), AU (a longorgname that changes).
The full file is the benchmark's input (benchmarks/bench_cow.py).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from igo_timeline import Timeline, state_as_of
from igo_timeline.cli import main
from igo_timeline.cow import COLUMNS, import_cow, org_events, read_orgs, write_cow
from igo_timeline.events.parties import cow_party, party_name, resolve_party
from igo_timeline.projections.effective import effective_events

EXCERPT = Path(__file__).parent / "data" / "cow" / "cow_igo_v3_igo_year_excerpt.csv"
STATES = slice(3, COLUMNS.index("sdate"))


def _rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


def _source() -> list[list[str]]:
    return _rows(EXCERPT.read_text("utf-8"))


def _keyed(rows: list[list[str]]) -> dict[tuple[str, str], list[str]]:
    keyed = {(r[0], r[2]): r for r in rows[1:]}
    assert len(keyed) == len(rows) - 1, "a (ioname, year) repeats"
    return keyed


def _run(store: Path, *args: str) -> tuple[str, str]:
    result = CliRunner().invoke(main, ["--store", str(store), *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output + result.stderr
    return result.stdout, result.stderr


@pytest.fixture(scope="module")
def loaded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store with the whole excerpt imported through the CLI."""
    store = tmp_path_factory.mktemp("cow") / "cow.sqlite"
    _, err = _run(store, "import-cow", str(EXCERPT))
    assert "14 organization(s), 865 row(s)" in err
    return store


def test_the_excerpt_has_the_quirks_it_claims() -> None:
    rows = _source()
    assert tuple(rows[0]) == COLUMNS
    cells = Counter(v for r in rows[1:] for v in r[STATES])
    assert set(cells) == {"0", "1", "2", "3", "-9", ""}
    germany, wgermany = COLUMNS.index("germany"), COLUMNS.index("wgermany")
    assert any(r[germany] not in ("", "0") and r[wgermany] not in ("", "0") for r in rows[1:])
    years = {name: [int(r[2]) for r in rows[1:] if r[0] == name] for name in ("AGC", "CCNR", "ACCT")}
    assert len(years["AGC"]) < 2014 - 1964 + 1 and years["AGC"][-1] == 2014  # a gap
    assert len(years["CCNR"]) < 2014 - 1816 + 1
    assert (
        max(years["ACCT"]) == 2014
        and next(r for r in rows[1:] if r[0] == "ACCT")[COLUMNS.index("deaddate")] == "2005"
    )


def test_round_trip_reproduces_every_cell_and_no_extra_row(loaded: Path, tmp_path: Path) -> None:
    out = tmp_path / "back.csv"
    _, err = _run(loaded, "export-cow", "-o", str(out))
    assert "wrote 865 row(s) of 14 organization(s)" in err
    source, back = _source(), _rows(out.read_text("utf-8"))
    assert back[0] == source[0]  # same columns, same order
    want, got = _keyed(source), _keyed(back)
    assert set(got) == set(want)  # same rows, no extra one
    wrong = [
        (key, COLUMNS[i], cell, got[key][i])
        for key, row in want.items()
        for i, cell in enumerate(row)
        if got[key][i] != cell
    ]
    assert wrong == []  # state cells (0/1/2/3/-9/empty) and the row metadata alike
    # organizations come in the store's order, each one's rows by year
    assert [r[2] for r in back[1:] if r[0] == "AGC"] == [r[2] for r in source[1:] if r[0] == "AGC"]


def test_importing_again_adds_nothing(loaded: Path) -> None:
    with Timeline(str(loaded)) as t:
        before = t.position()
    _, err = _run(loaded, "import-cow", str(EXCERPT))
    events = sum(len(org_events(name, rows)[0]) for name, rows in read_orgs(EXCERPT))
    assert f"0 event(s) added, {events} already recorded" in err
    with Timeline(str(loaded)) as t:
        assert t.position() == before


def test_an_interrupted_import_continues(tmp_path: Path) -> None:
    class Stop(Exception):
        pass

    def stop_after_three(slug: str, rows: int) -> None:
        done.append(slug)
        if len(done) == 3:
            raise Stop

    done: list[str] = []
    with Timeline(str(tmp_path / "s.sqlite")) as t:
        with pytest.raises(Stop):
            import_cow(t, EXCERPT, on_org=stop_after_three)
        stored = t.org_slugs()
        # each organization all or nothing: those reported, and the rest of their append, whole
        assert set(done) <= set(stored)
        sizes = {f"cow-{n.lower()}": len(org_events(n, r)[0]) for n, r in read_orgs(EXCERPT)}
        assert {s: len(t.records(s)) for s in stored} == {s: sizes[s] for s in stored}
        summary = import_cow(t, EXCERPT)
        assert summary.organizations == 14
        assert summary.events_known == sum(sizes[s] for s in stored)
        out = io.StringIO()
        assert write_cow(out, [(s, t.history(s)) for s in t.org_slugs()]) == 865
    assert _keyed(_rows(out.getvalue())) == _keyed(_source())


@pytest.mark.parametrize("limit", [1, 500, 1000, 10_000])
def test_small_organizations_share_an_append_and_none_is_split(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, limit: int
) -> None:
    from igo_timeline.cow import importer

    monkeypatch.setattr(importer, "BATCH_EVENTS", limit)
    appends: list[list[str]] = []  # the organizations of each append, one entry per event

    class Recording(Timeline):
        def append(self, items, identities=()):  # type: ignore[no-untyped-def]
            appends.append([item["org"] for item in items])
            return super().append(items, identities)

    sizes = {f"cow-{n.lower()}": len(org_events(n, r)[0]) for n, r in read_orgs(EXCERPT)}
    with Recording(str(tmp_path / "s.sqlite")) as t:
        summary = import_cow(t, EXCERPT)
        assert summary.events_added == sum(sizes.values())
        assert {s: len(t.records(s)) for s in t.org_slugs()} == sizes
    for orgs in appends:
        assert len(orgs) <= limit or len(set(orgs)) == 1  # over the limit only an organization alone
        for org in set(orgs):
            assert orgs.count(org) == sizes[org]  # an organization is never split between appends
    assert sorted(o for orgs in appends for o in set(orgs)) == sorted(sizes)
    if limit >= sum(sizes.values()):
        assert len(appends) == 1


def test_export_to_cow_is_export_cow_for_one_organization(loaded: Path, tmp_path: Path) -> None:
    one, _ = _run(loaded, "export", "cow-agc", "--to", "cow")
    _run(loaded, "export-cow", "--orgs", "cow-agc", "-o", str(tmp_path / "agc.csv"))
    assert one == (tmp_path / "agc.csv").read_text("utf-8")
    assert [r[2] for r in _rows(one)[1:]] == [r[2] for r in _source()[1:] if r[0] == "AGC"]


def test_years_and_organizations_filter_the_rows(loaded: Path) -> None:
    text, _ = _run(
        loaded, "export-cow", "--orgs", "cow-ccnr,cow-acct", "--from", "2004", "--to", "2007", "-o", "-"
    )
    rows = _rows(text)
    assert [(r[0], r[2]) for r in rows[1:]] == [
        ("CCNR", "2004"), ("CCNR", "2005"), ("CCNR", "2006"), ("CCNR", "2007"),
        ("ACCT", "2004"), ("ACCT", "2005"), ("ACCT", "2006"), ("ACCT", "2007"),
    ]  # fmt: skip
    want = _keyed(_source())
    assert all(r == want[(r[0], r[2])] for r in rows[1:])


def test_cells_come_from_the_as_of_answer(loaded: Path) -> None:
    """The export reads the engine: a correction recorded later changes the cell."""
    with Timeline(str(loaded)) as t:
        records = t.records("cow-sco")
        state = state_as_of("cow-sco", records, dt.date(2001, 12, 31))
        assert [e.party for e in state.statuses["member"]] == ["CHN", "KAZ", "KGZ", "TJK", "cow:365", "UZB"]
        granted = next(
            r.event
            for r in records
            if getattr(r.event, "party", None) == "UZB" and r.event.type == "StatusGranted"
        )
        assert granted.source.document == "cow-igo-v3"
        assert granted.source.quote == "ioname=SCO, year=2001, uzbekistan=1"
        assert granted.valid_time == "2001"  # year precision stays year precision
        assert granted.id is not None
        t.correct(
            granted.id,
            {**granted.content(), "status": "observer"},
            "a test of the export",
            {"document": "t", "quote": "q"},
        )
        out = io.StringIO()
        write_cow(out, [("cow-sco", t.history("cow-sco"))], year_from=2001, year_to=2001)
    row = _rows(out.getvalue())[1]
    assert row[COLUMNS.index("uzbekistan")] == "3"


def test_missing_data_and_not_in_the_state_system_are_facts_of_their_own(loaded: Path) -> None:
    want = _keyed(_source())
    with Timeline(str(loaded)) as t:
        records = t.records("cow-cto")
        # 1975: every column -9, germany and wgermany among them: no status, every party uncertain
        state = state_as_of("cow-cto", records, dt.date(1975, 12, 31))
        source = want[("CTO", "1975")]
        missing = {cow_party(c) for c in COLUMNS[STATES] if source[COLUMNS.index(c)] == "-9"}
        assert len(missing) == len(COLUMNS[STATES])
        assert {u.party for u in state.uncertain if u.kind == "status_unknown"} == missing
        assert {"cow:255", "cow:260"} <= missing
        assert all(entries == [] for entries in state.statuses.values())
        assert "data_missing" not in state.ladder
        # 1990: -1 (an empty cell) is a status of its own, beside members and associate members
        state = state_as_of("cow-cto", records, dt.date(1990, 12, 31))
        source = want[("CTO", "1990")]
        for status, code in {"member": "1", "associate_member": "2", "not_in_state_system": ""}.items():
            parties = {e.party for e in state.statuses[status]}
            assert parties, status
            assert parties == {cow_party(c) for c in COLUMNS[STATES] if source[COLUMNS.index(c)] == code}
        assert [u for u in state.uncertain if u.kind == "status_unknown"] == []


def test_a_run_of_minus_nine_is_a_status_unknown(loaded: Path) -> None:
    """Gambia in CTO: -9, empty, 0, -9, 1, -9, 1, -9 (2011-2012), 0 (2013): each -9 run is one
    StatusUnknown that ends the status before it and is ended by the next change."""
    rows = dict(read_orgs(EXCERPT))["CTO"]
    events, _ = org_events("CTO", rows)
    assert "data_missing" not in events[0]["statuses"]
    assert not any(e.get("status") == "data_missing" for e in events)
    gambia = [(e["type"], e["effective"], e.get("status")) for e in events if e.get("party") == "GMB"]
    assert gambia == [
        ("StatusUnknown", "1928", None),
        ("StatusGranted", "1950", "not_in_state_system"),
        ("StatusWithdrawn", "1965", None),
        ("StatusUnknown", "1968", None),
        ("StatusGranted", "1976", "member"),
        ("StatusUnknown", "1977", None),
        ("StatusGranted", "1983", "member"),
        ("StatusUnknown", "2011", None),
        ("StatusWithdrawn", "2013", None),
    ]
    with Timeline(str(loaded)) as t:
        records = t.records("cow-cto")

        def gmb(year: int) -> tuple[list[str], list[tuple[str, str]]]:
            state = state_as_of("cow-cto", records, dt.date(year, 12, 31))
            held = [s for s, entries in state.statuses.items() if any(e.party == "GMB" for e in entries)]
            unsure = [(u.kind, u.date) for u in state.uncertain if u.party == "GMB"]
            return held, unsure

        assert gmb(1975) == ([], [("status_unknown", "1968")])
        assert gmb(1976) == (["member"], [])
        assert gmb(1977) == ([], [("status_unknown", "1977")])
        assert gmb(2010) == (["member"], [])
        assert gmb(2012) == ([], [("status_unknown", "2011")])
        assert gmb(2013) == ([], [])  # withdrawn: certainly no status
        # mid-2011 the member spell may have ended and the unknown one begun: both uncertain
        mid = state_as_of("cow-cto", records, dt.date(2011, 6, 30))
        assert sorted((u.kind, u.date) for u in mid.uncertain if u.party == "GMB") == [
            ("status", "2011"),
            ("status_unknown", "2011"),
        ]


def test_state_shows_a_status_unknown_under_uncertain(loaded: Path) -> None:
    with Timeline(str(loaded)) as t:
        unknown = next(
            r.event
            for r in t.records("cow-cto")
            if r.event.type == "StatusUnknown" and r.event.party == "GMB" and r.event.valid_time == "2011"  # type: ignore[attr-defined]
        )
    text, _ = _run(loaded, "state", "cow-cto", "--as-of", "2012-12-31", "--json")
    data = json.loads(text)
    assert "data_missings" not in data
    assert [u for u in data["uncertain"] if u["kind"] == "status_unknown"] == [
        {"kind": "status_unknown", "party": "GMB", "name": "Gambia", "date": "2011", "event": unknown.id}
    ]
    assert "GMB" not in {e["party"] for key in ("members", "associate_members") for e in data[key]}
    human, _ = _run(loaded, "state", "cow-cto", "--as-of", "2012-12-31")
    assert re.search(r"^status unknown \(1\)$", human, re.M)
    assert re.search(r"^  GMB +Gambia +since 2011 +\[", human, re.M)
    assert "data missing" not in human
    many, _ = _run(loaded, "state", "cow-cto", "--as-of", "1975-12-31")
    assert f"status unknown ({len(COLUMNS[STATES])})" in many


def test_a_store_imported_before_status_unknown_still_round_trips() -> None:
    """Such a store holds -9 as StatusGranted data_missing, on the old ladder: still written -9."""
    rows = dict(read_orgs(EXCERPT))["CTO"]
    events, _ = org_events("CTO", rows)
    old = []
    for e in events:
        if e["type"] == "OrganizationFounded":
            e = {
                **e,
                "statuses": ["member", "associate_member", "observer", "data_missing", "not_in_state_system"],
            }
        elif e["type"] == "StatusUnknown":
            e = {**e, "type": "StatusGranted", "status": "data_missing"}
        old.append(e)
    with Timeline("memory:") as t:
        t.append(old)
        assert {"data_missing"} <= {getattr(r.event, "status", None) for r in t.records("cow-cto")}
        out = io.StringIO()
        write_cow(out, [("cow-cto", effective_events(t.records("cow-cto")))])  # the fold's, too
    want = {k: v for k, v in _keyed(_source()).items() if k[0] == "CTO"}
    assert _keyed(_rows(out.getvalue())) == want


def test_quirky_lifetimes(loaded: Path) -> None:
    _, err = _run(loaded, "import-cow", str(EXCERPT))
    assert "cow-acct: the file has status changes after its deaddate" in err
    with Timeline(str(loaded)) as t:
        acct = state_as_of("cow-acct", t.records("cow-acct"), dt.date(2014, 12, 31))
        ccom = state_as_of("cow-ccom", t.records("cow-ccom"), dt.date(2000, 12, 31))
        sco = t.records("cow-sco")[0].event
    assert acct.dissolved is None and acct.statuses["associate_member"]
    assert ccom.dissolved is not None and ccom.dissolved.date == "2000"
    assert "curated organization 'sco'" in (sco.note or "")
    assert sco.name == "Shanghai Cooperation Organisation/Shanghai Pact/Shanghai Five"


def test_cow_identities() -> None:
    # states sharing an ISO code, or without one, keep their COW identity
    assert cow_party("germany") == "cow:255" and cow_party("wgermany") == "cow:260"
    assert {cow_party(c) for c in ("yemen", "nyemen", "korea", "sokorea", "vietnam", "svietnam")} == {
        "cow:679", "cow:678", "cow:730", "cow:732", "cow:816", "cow:817",
    }  # fmt: skip
    assert cow_party("baden") == "cow:267" and cow_party("china") == "CHN"
    assert resolve_party("cow:260") == "cow:260" and resolve_party("GFR") == "cow:260"
    assert party_name("cow:267") == "Baden"
    # existing names keep their ids
    assert resolve_party("Germany") == "DEU" and resolve_party("West Germany") == "DEU"
    assert resolve_party("South Korea") == "KOR" and resolve_party("RUS") == "RUS"
    # a COW name no other party had is an alias of its COW identity
    assert resolve_party("Korea") == "cow:730" and resolve_party("Zanzibar") == "cow:511"


def test_a_file_of_another_layout_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("ioname,orgname,year,afghanistan\nX,X,2000,1\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["--store", str(tmp_path / "s.sqlite"), "import-cow", str(bad)])
    assert result.exit_code == 1
    assert "not the COW IGO v3 cow_igo_v3_igo_year.csv layout" in result.stderr


def test_import_only_some_organizations(tmp_path: Path) -> None:
    store = tmp_path / "s.sqlite"
    _, err = _run(store, "import-cow", str(EXCERPT), "--orgs", "cow-sco,cow-agc")
    assert "2 organization(s), 58 row(s)" in err
    with Timeline(str(store)) as t:
        assert t.org_slugs() == ["cow-agc", "cow-sco"]
    result = CliRunner().invoke(
        main, ["--store", str(store), "import-cow", str(EXCERPT), "--orgs", "cow-nato"]
    )
    assert result.exit_code == 1 and "not in" in result.stderr and "cow-nato" in result.stderr


def test_a_curated_organization_in_the_cow_layout(tmp_path: Path) -> None:
    """The curated SCO (from its communiqués) written as COW would: observers where COW has 0."""
    store = tmp_path / "s.sqlite"
    _run(store, "import", "--bundled", "sco")
    text, _ = _run(store, "export", "sco", "--to", "cow")
    rows = _rows(text)
    assert tuple(rows[0]) == COLUMNS
    by_year = {r[2]: dict(zip(COLUMNS, r, strict=True)) for r in rows[1:]}
    assert min(by_year) == "2001" and by_year["2001"]["sdate"] == "2001"
    first = by_year["2001"]
    members = {c for c in COLUMNS[STATES] if first[c] == "1"}
    assert members == {"china", "kazakhstan", "kyrgyzstan", "russia", "tajikistan", "uzbekistan"}
    assert {c for c in COLUMNS[STATES] if by_year["2006"][c] == "3"} >= {
        "india",
        "iran",
        "mongolia",
        "pakistan",
    }
    assert all(first[c] in ("0", "1") for c in COLUMNS[STATES])  # no -1 or -9 is known for it


def test_the_cow_table_is_not_a_bundled_chronicle() -> None:
    from igo_timeline.cli.common import bundled_names

    assert "cow_states" not in bundled_names() and "sco" in bundled_names()


def test_export_cow_reads_the_stored_events_as_validating_them_again_would(loaded: Path) -> None:
    """export-cow builds the stored events from their JSON without validating them again: the
    events dump the same, and the exported file is byte for byte the one the validated records give."""
    with Timeline(str(loaded)) as t:
        slugs = [s for s in t.org_slugs() if s.startswith("cow-")]
        assert len(slugs) == 14
        checked, fresh, plain = 0, io.StringIO(), io.StringIO()
        for slug in slugs:
            validated, built = t.records(slug), t.records(slug, validate=False)
            assert [
                (type(r.event), r.event.model_dump(mode="json"), r.recorded_at, r.position) for r in built
            ] == [
                (type(r.event), r.event.model_dump(mode="json"), r.recorded_at, r.position) for r in validated
            ]
            checked += len(built)
        assert checked > 1000
        write_cow(fresh, ((s, effective_events(t.records(s))) for s in slugs))
        write_cow(plain, ((s, effective_events(t.records(s, validate=False))) for s in slugs))
    out = loaded.parent / "export-cow.csv"
    _run(loaded, "export-cow", "-o", str(out))
    assert plain.getvalue() == fresh.getvalue()
    assert out.read_bytes() == fresh.getvalue().encode("utf-8")


def test_stored_events_of_every_kind_read_unvalidated_as_validated(tmp_path: Path) -> None:
    """The bundled SCO chronicle (foundings, grants, offices, chairs, meetings, documents,
    corrections...): each stored event built from its JSON dumps as its validated reading."""
    store = tmp_path / "sco.sqlite"
    _run(store, "import", "--bundled", "sco")
    with Timeline(str(store)) as t:
        validated, built = t.records("sco"), t.records("sco", validate=False)
    assert len({r.event.type for r in validated}) > 8
    assert [(type(r.event), r.event.model_dump(mode="json")) for r in built] == [
        (type(r.event), r.event.model_dump(mode="json")) for r in validated
    ]


def test_a_file_that_breaks_a_rule_is_refused_in_one_line_and_nothing_is_written(tmp_path: Path) -> None:
    """The import keeps every check of an append: a name with a bidirectional override (which
    the screen refuses) in the first organization's rows is refused, and its batch not written."""
    rows = _source()
    first = rows[1][0]
    for row in rows[1:]:
        if row[0] == first:
            row[0] = first + "\u202e"
    bad = tmp_path / "bad.csv"
    with bad.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle, lineterminator="\n").writerows(rows)
    store = tmp_path / "s.sqlite"
    result = CliRunner().invoke(main, ["--store", str(store), "import-cow", str(bad)])
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "bidirectional control character" in lines[0], result.stderr
    assert "Traceback" not in result.output + result.stderr
    with Timeline(str(store)) as t:
        assert t.org_slugs() == []


def test_each_year_reads_the_spells_that_may_bear_on_its_last_day(loaded: Path, tmp_path: Path) -> None:
    """The export's per-year candidates (exporter._spells_by_year) give every year's 31 December
    the answers of all the spells, in the same order: on the excerpt (year dates) and on the
    bundled SCO (day dates, conditions, withdrawals)."""
    from igo_timeline.cow.exporter import _spells_by_year
    from igo_timeline.projections.effective import decisions
    from igo_timeline.projections.facts import build_facts
    from igo_timeline.projections.state import status_answers

    sco = tmp_path / "sco.sqlite"
    _run(sco, "import", "--bundled", "sco")
    # spells that end on a 31 December and start on one (day dates), and one in doubt (a month)
    edges = tmp_path / "edges.sqlite"
    src = {"document": "test-doc", "quote": "the words that support it"}
    with Timeline(str(edges)) as t:
        t.append(
            [
                {
                    "type": "OrganizationFounded",
                    "org": "edge",
                    "name": "Edge",
                    "founded": "2000",
                    "statuses": ["member", "observer"],
                    "source": src,
                },
                *(
                    {
                        "type": "StatusGranted",
                        "org": "edge",
                        "party": party,
                        "status": "member",
                        "effective": day,
                        "source": src,
                    }
                    for party, day in (("FRA", "2001-01-01"), ("DEU", "2006-12-31"), ("ITA", "2003-12"))
                ),
                {
                    "type": "StatusWithdrawn",
                    "org": "edge",
                    "party": "FRA",
                    "effective": "2005-01-01",
                    "source": src,
                },
                {
                    "type": "StatusGranted",
                    "org": "edge",
                    "party": "DEU",
                    "status": "observer",
                    "effective": "2008-01-01",
                    "source": src,
                },
            ]
        )
    compared = 0
    for store in (loaded, sco, edges):
        with Timeline(str(store)) as t:
            for slug in t.org_slugs():
                facts = build_facts(decisions(effective_events(t.records(slug))))
                each_year = _spells_by_year(facts, 1800, 2100)
                for year in range(1800, 2101):
                    day = dt.date(year, 12, 31)
                    every = list(status_answers(facts, day))
                    assert list(status_answers(facts, day, each_year.get(year, ()))) == every
                    compared += len(every)
    assert compared > 10_000


def test_the_states_outside_the_state_system_are_counted_for_people_and_listed_in_json(loaded: Path) -> None:
    # COW's empty cells put Hanover, Bavaria, the Papal States ... beside every organization's members: a person
    # reading one organization's state gets their number, a program every one of them
    data = json.loads(_run(loaded, "state", "cow-cto", "--as-of", "1990-12-31", "--json")[0])
    outside = [e["party"] for e in data["not_in_state_systems"]]
    assert len(outside) > 5
    human, _ = _run(loaded, "state", "cow-cto", "--as-of", "1990-12-31")
    assert re.search(rf"^not in state system \({len(outside)}\)$", human, re.M)
    assert "--json lists them" in human
    assert not any(re.search(rf"^  {re.escape(p)} ", human, re.M) for p in outside)
    assert re.search(r"^member \(\d+\)$\n  \w", human, re.M)  # the members are still listed one by one
