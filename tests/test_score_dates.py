"""The held-out scorer's date agreement (tests/heldout/score.py): a found date agrees with the gold's at the
gold's precision; a gold's window of days ("[2018-11-18..2018-11-21]", EDTF's one of a set) agrees with any day
of it, or a span inside it, and with nothing outside or less precise."""

from __future__ import annotations

import datetime as dt
import importlib.util
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

_SPEC = importlib.util.spec_from_file_location("score", Path(__file__).parent / "heldout" / "score.py")
assert _SPEC is not None and _SPEC.loader is not None
score = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(score)

DAYS = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31))


@given(DAYS, st.integers(0, 10), st.integers(-15, 25))
def test_a_day_agrees_with_a_window_exactly_when_it_lies_in_it(
    first: dt.date, length: int, offset: int
) -> None:
    last = first + dt.timedelta(days=length)
    day = first + dt.timedelta(days=offset)
    window = f"[{first.isoformat()}..{last.isoformat()}]"
    assert score.dates_agree(window, day.isoformat()) == (first <= day <= last)


@given(DAYS, st.integers(0, 10))
def test_the_window_itself_as_a_span_agrees_and_a_month_does_not(first: dt.date, length: int) -> None:
    last = first + dt.timedelta(days=length)
    window = f"[{first.isoformat()}..{last.isoformat()}]"
    assert score.dates_agree(window, f"{first.isoformat()}/{last.isoformat()}")
    assert not score.dates_agree(window, first.isoformat()[:7])  # less precise than the gold


def test_plain_dates_keep_their_rule() -> None:
    assert score.dates_agree("2012-06", "2012-06-07")
    assert not score.dates_agree("2012-06-07", "2012-06-08")
    assert score.dates_agree("2012-06-06/2012-06-07", "2012-06-06/2012-06-07")
    assert not score.dates_agree("2012-06-07", "2012-06-06/2012-06-07")


def test_a_sitting_held_back_for_want_of_its_day_is_counted_apart(tmp_path: Path) -> None:
    # two texts of one sitting: one states no year (a year-less wire, no page day given), one states its day; the
    # first is read and held back (date-unresolved), which the scorer counts apart from sittings not read at all
    gold = (
        '- type: MeetingHeld\n  org: sco\n  body: council-of-foreign-ministers\n  date: "2031-04-14"\n'
        '  place: Astana\n  source: {document: NAME, quote: "met in Astana"}\n'
    )
    texts = {
        "wire": "ASTANA, April 14 (Agency) -- Foreign ministers of the Shanghai Cooperation Organisation met in "
        "Astana on Monday.\n",
        "silent": "The weather in the steppe was fine and nothing was said of any sitting.\n",
    }
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(text, "utf-8")
        (tmp_path / f"{name}.gold.yaml").write_text(gold.replace("NAME", name), "utf-8")
    report = score.run(tmp_path, show=False)
    assert report["kinds"]["meetings"] == {"gold": 2, "found": 0, "matched": 0}
    assert report["meetings_held_back_no_day"] == 1
