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
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from igo_timeline import Timeline, state_as_of
from igo_timeline.cli import main
from igo_timeline.cow import COLUMNS, import_cow, org_events, read_orgs, write_cow
from igo_timeline.events.parties import cow_party, party_name, resolve_party

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
        assert t.org_slugs() == sorted(done)  # each organization all or nothing
        summary = import_cow(t, EXCERPT)
        assert summary.organizations == 14
        assert summary.events_known == sum(
            len(org_events(n, r)[0]) for n, r in read_orgs(EXCERPT) if f"cow-{n.lower()}" in done
        )
        out = io.StringIO()
        assert write_cow(out, [(s, t.records(s)) for s in t.org_slugs()]) == 865
    assert _keyed(_rows(out.getvalue())) == _keyed(_source())


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
        write_cow(out, [("cow-sco", t.records("cow-sco"))], year_from=2001, year_to=2001)
    row = _rows(out.getvalue())[1]
    assert row[COLUMNS.index("uzbekistan")] == "3"


def test_missing_data_and_not_in_the_state_system_are_facts_of_their_own(loaded: Path) -> None:
    want = _keyed(_source())
    with Timeline(str(loaded)) as t:
        records = t.records("cow-cto")
        for year, statuses in (
            (1975, {"data_missing": "-9"}),  # every column -9, germany and wgermany among them
            (1990, {"member": "1", "associate_member": "2", "not_in_state_system": ""}),
        ):
            state = state_as_of("cow-cto", records, dt.date(year, 12, 31))
            source = want[("CTO", str(year))]
            for status, code in statuses.items():
                parties = {e.party for e in state.statuses[status]}
                assert parties, (year, status)
                assert parties == {cow_party(c) for c in COLUMNS[STATES] if source[COLUMNS.index(c)] == code}
            if year == 1975:
                assert {"cow:255", "cow:260"} <= {e.party for e in state.statuses["data_missing"]}
                assert not state.statuses["member"]


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
