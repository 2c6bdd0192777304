"""The state's results are made without validation (``Result.make``) and dumped without pydantic's
serializer (``Result.dump``): ``igo state`` then builds no validator and no serializer in its
process. The answer must be the one validation and pydantic's own dump give, for every
organization and day: the bundled SCO chronicle, the COW excerpt's 14 organizations and random
histories, as of random days and record times."""

from __future__ import annotations

import datetime as dt
import json
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError
from test_properties import histories, probe_days

from igo_timeline import Timeline, state_as_of
from igo_timeline.cli import main
from igo_timeline.cli.common import _Loader
from igo_timeline.projections.results import (
    Change,
    Diff,
    State,
    StatusEntry,
    UncertainEntry,
    validating,
)

EXCERPT = Path(__file__).parent / "data" / "cow" / "cow_igo_v3_igo_year_excerpt.csv"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> tuple[Timeline, list[str], list[dt.datetime]]:
    """One store: the bundled SCO chronicle and the COW excerpt (through ``igo import-cow``)."""
    path = tmp_path_factory.mktemp("lean") / "store.sqlite"
    result = CliRunner().invoke(
        main, ["--store", str(path), "import-cow", str(EXCERPT)], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    text = resources.files("igo_timeline.data").joinpath("sco.yaml").read_text("utf-8")
    t = Timeline(str(path))
    t.append(yaml.load(text, Loader=_Loader))  # noqa: S506 - a SafeLoader
    t.index.catch_up()
    orgs = t.org_slugs()
    assert "sco" in orgs and len([o for o in orgs if o.startswith("cow-")]) == 14
    stamps = sorted({r.recorded_at for org in orgs for r in t.records(org)})
    yield t, orgs, stamps
    t.close()


def _text(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2)  # as igo state --json prints it: key order counts


def assert_same(lean: State, checked: State) -> None:
    """The result made without validation is the validated one, and its dump is pydantic's."""
    assert lean == checked
    assert _text(lean.to_json()) == _text(checked.to_json(by_pydantic=True))
    assert _text(lean.to_json()) == _text(lean.to_json(by_pydantic=True))


DAYS = st.dates(dt.date(1800, 1, 1), dt.date(2040, 12, 31))


@settings(max_examples=120, deadline=None)
@given(st.data(), DAYS)
def test_the_lean_state_is_the_validated_one_on_the_bundled_and_cow_orgs(store, data, day) -> None:
    t, orgs, stamps = store
    org = data.draw(st.sampled_from(orgs), label="org")
    known_at = data.draw(
        st.one_of(
            st.none(),
            st.sampled_from(stamps),
            st.sampled_from(stamps).map(lambda s: s - dt.timedelta(microseconds=1)),
        ),
        label="known_at",
    )
    lean = t.state(org, day, known_at)
    with validating():
        checked = t.state(org, day, known_at)
    assert_same(lean, checked)
    # the fold over the records makes the same results as the index's answer
    records = t.records(org)
    lean_fold = state_as_of(org, records, day, known_at)
    with validating():
        checked_fold = state_as_of(org, records, day, known_at)
    assert lean_fold == checked_fold
    assert _text(lean_fold.to_json()) == _text(checked_fold.to_json(by_pydantic=True))


@settings(max_examples=40, deadline=None)
@given(histories(), st.data())
def test_the_lean_state_is_the_validated_one_on_random_histories(events, data) -> None:
    """Random histories hold what the chronicles may lack: uncertain dates of every kind,
    conditions, procedures, chairs, reforms, overdue meetings."""
    with Timeline("memory:") as t:
        t.append(events)
        records = t.records("org")
        days = probe_days(events)
        for day in data.draw(st.lists(st.sampled_from(days), min_size=1, max_size=6), label="days"):
            lean = state_as_of("org", records, day)
            with validating():
                checked = state_as_of("org", records, day)
            assert_same(lean, checked)
            assert_same(t.state("org", day), checked)


def test_validating_validates() -> None:
    """Inside validating() a result of the wrong types is refused; outside, it is taken as given."""
    wrong = {"party": "CHN", "name": "China", "since": dt.date(2001, 6, 15), "event": "e"}
    assert StatusEntry.make(**wrong).since == dt.date(2001, 6, 15)
    with validating(), pytest.raises(ValidationError):
        StatusEntry.make(**wrong)
    with validating():
        with validating(False):
            StatusEntry.make(**wrong)
        assert StatusEntry.make(**{**wrong, "since": "2001-06-15"}).since == "2001-06-15"


def test_dump_is_pydantic_json_mode() -> None:
    """Dates and times (UTC as Z, other offsets as they are, microseconds kept), aliases,
    exclude_none into nested results but not into dictionaries' values, excluded fields."""
    stamps = [
        dt.datetime(2012, 6, 7, 23, 59, 59, 999999, tzinfo=dt.UTC),
        dt.datetime(1, 1, 1, tzinfo=dt.UTC),
        dt.datetime(2012, 6, 7, 12, tzinfo=dt.timezone(dt.timedelta(hours=-5, minutes=-30))),
    ]
    for stamp in stamps:
        diff = Diff(
            org="sco",
            from_=dt.date(2001, 6, 15),
            to=dt.date(2013, 3, 1),
            known_at=stamp,
            changes=[
                Change(
                    kind="status", subject="IND", before=None, after={"on": dt.date(2005, 7, 5), "x": None}
                ),
                Change(kind="name", subject="sco", before=["a", 1, 2.5, True], after=("b",)),
            ],
        )
        for alias in (False, True):
            for none in (False, True):
                assert diff.dump(by_alias=alias, exclude_none=none) == diff.model_dump(
                    mode="json", by_alias=alias, exclude_none=none
                )
    entry = UncertainEntry(kind="status", date="2005?", event="e", party="IND")
    assert entry.dump(exclude_none=True) == entry.model_dump(mode="json", exclude_none=True)
    assert entry.dump(exclude={"party"}) == entry.model_dump(mode="json", exclude={"party"})


def test_iso_names_are_pycountrys() -> None:
    """The state names read from pycountry's files (igo state need not import pycountry) are
    pycountry's own, for every code of three capital letters."""
    import itertools
    import string

    import pycountry

    from igo_timeline.events import parties

    assert parties._iso_names() is not None  # this pycountry keeps its data where they are read from
    for letters in itertools.product(string.ascii_uppercase, repeat=3):
        code = "".join(letters)
        country = pycountry.countries.get(alpha_3=code)
        historic = pycountry.historic_countries.get(alpha_3=code)
        expected = (
            getattr(country, "common_name", None) or country.name
            if country is not None
            else (historic.name if historic is not None else None)
        )
        assert parties._state_name(code) == expected, code
