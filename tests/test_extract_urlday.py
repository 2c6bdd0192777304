"""A page's day from its address: ``igo extract FILE --url URL`` with no --published (and no day the HTML page
marks itself) anchors the text's year-less dates on the day the address states, as --published would."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from igo_timeline.cli import main
from igo_timeline.extract.html import url_published


@pytest.mark.parametrize(
    "url, day",
    [
        ("https://news.example.org/2016/04/08/ministers-meet.html", "2016-04-08"),
        ("https://example.org/news/20171115/352805.html", "2017-11-15"),
        ("https://example.org/a/report-2008-02-02-summit/349738.html", "2008-02-02"),
        ("http://example.org/english/200011/24/print20001124_5.html", "2000-11-24"),  # one day, twice
        ("https://example.org/archive/2001/news/page0.aspx", None),  # a year tells no day
        ("https://example.org/2021/05/", None),  # nor a month
        ("https://example.org/2021/05/25/story-2019-11-07", None),  # two days: which is the page's?
        ("https://example.org/archive/2006/05/200849125723737259.html", None),  # digits of an id
        ("https://example.org/2021/02/30/story", None),  # no such day
        (None, None),
    ],
)
def test_the_day_an_address_states(url: str | None, day: str | None) -> None:
    assert url_published(url) == day


@given(
    st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2099, 12, 31)), st.sampled_from(["/", "-", ""])
)
def test_any_day_written_in_an_address_is_read_back(day: dt.date, sep: str) -> None:
    stamp = sep.join([f"{day.year:04d}", f"{day.month:02d}", f"{day.day:02d}"])
    assert url_published(f"https://example.org/news/{stamp}/story.html") == day.isoformat()


def test_extract_dates_a_yearless_wire_by_its_address(tmp_path: Path) -> None:
    text = tmp_path / "wire.txt"
    text.write_text(
        "MINSK, May 25 (Wire) -- The Council of Foreign Ministers of the Xylo Yard Zone met in Minsk on Friday.\n",
        "utf-8",
    )
    runner = CliRunner()
    store = ["--store", str(tmp_path / "s.sqlite")]
    founded = runner.invoke(
        main,
        [*store, "found", "xyz", "Xylo Yard Zone", "--on", "2001", "--statuses", "member", "--founder", "BLR",
         "--founder", "RUS", "--body", "council-of-foreign-ministers=Council of Foreign Ministers",
         "--document", "invented", "--quote", "an invented organization"],
    )  # fmt: skip
    assert founded.exit_code == 0, founded.output
    bare = runner.invoke(main, [*store, "extract", str(text), "--org", "xyz"])
    held = [json.loads(line) for line in bare.stdout.splitlines() if line.strip()]
    assert all(
        r["record"] != "event" for r in held if r["event"]["type"] == "MeetingHeld"
    )  # no year: unresolved
    url = "https://wire.example.org/2029/05/25/minsk-ministers.html"
    dated = runner.invoke(main, [*store, "extract", str(text), "--org", "xyz", "--url", url])
    rows = [json.loads(line) for line in dated.stdout.splitlines() if line.strip()]
    meeting = next(r for r in rows if r["event"]["type"] == "MeetingHeld")
    assert (meeting["record"], meeting["event"]["date"]) == ("event", "2029-05-25")
    assert (
        meeting["event"]["source"]["url"] == url and meeting["event"]["source"]["published"] == "2029-05-25"
    )
