"""EDTF extents: precision kept, strict ranges, three-valued answers."""

import datetime as dt
import unittest.mock as mock

import pytest
from hypothesis import given
from hypothesis import strategies as st

from igo_timeline.errors import InvalidDate
from igo_timeline.events.dates import Truth, check_date, check_interval, extent, parse_day, stated

D = dt.date


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2012-06-07", (D(2012, 6, 7), D(2012, 6, 7)), (D(2012, 6, 7), D(2012, 6, 7))),
        ("2013", (D(2013, 1, 1), D(2013, 12, 31)), (D(2013, 1, 1), D(2013, 12, 31))),
        ("2010-06", (D(2010, 6, 1), D(2010, 6, 30)), (D(2010, 6, 1), D(2010, 6, 30))),
        # a qualifier widens by one unit of the value's own precision on each side (DESIGN 9)
        ("2010?", (D(2009, 1, 1), D(2011, 12, 31)), (D(2009, 1, 1), D(2011, 12, 31))),
        ("2013/2015", (D(2013, 1, 1), D(2013, 12, 31)), (D(2015, 1, 1), D(2015, 12, 31))),
        ("2012-06-06/2012-06-07", (D(2012, 6, 6), D(2012, 6, 6)), (D(2012, 6, 7), D(2012, 6, 7))),
        ("2010?/2012-12-31", (D(2009, 1, 1), D(2011, 12, 31)), (D(2012, 12, 31), D(2012, 12, 31))),
    ],
    ids=["day", "year", "month", "uncertain-year", "years", "day-range", "uncertain-start"],
)
def test_strict_ranges(text, start, end):
    ext = extent(text)
    assert (ext.start_earliest, ext.start_latest) == start
    assert (ext.end_earliest, ext.end_latest) == end
    assert ext.text == text  # never widened or narrowed: the string is kept


def test_qualifiers_widen_by_one_unit_of_their_own_precision():
    """``?`` and ``~`` widen a value by one unit of its precision on each side, ``%`` by two;
    the string and its flags are kept, and :func:`stated` gives the range the source states."""
    for text, first, last in [
        ("2004?", D(2003, 1, 1), D(2005, 12, 31)),
        ("2004~", D(2003, 1, 1), D(2005, 12, 31)),
        ("2004%", D(2002, 1, 1), D(2006, 12, 31)),
        ("2004-06?", D(2004, 5, 1), D(2004, 7, 31)),
        ("2004-12~", D(2004, 11, 1), D(2005, 1, 31)),
        ("2004-06-15%", D(2004, 6, 13), D(2004, 6, 17)),
    ]:
        ext = extent(text)
        assert (ext.start_earliest, ext.end_latest) == (first, last), text
        assert ext.text == text and (ext.uncertain or ext.approximate)
        assert (stated(text).start_earliest, stated(text).end_latest) == (
            extent(text.rstrip("?~%")).start_earliest,
            extent(text.rstrip("?~%")).end_latest,
        )
    # "about 2004" may be 2005: uncertain on 2005-06-01
    assert extent("2004~").started_by(D(2005, 6, 1)) is Truth.MAYBE
    assert extent("2004").started_by(D(2005, 6, 1)) is Truth.YES


def test_open_ended_sets_are_one_date_left_open_on_one_side():
    before = extent("[..1995]")  # on or before some day of 1995
    assert before.start_latest == D(1995, 12, 31) and before.start_earliest == dt.date.min
    assert before.started_by(D(1990, 1, 1)) is Truth.MAYBE and before.started_by(D(1996, 1, 1)) is Truth.YES
    after = extent("[1995..]")  # on or after some day of 1995
    assert after.start_earliest == D(1995, 1, 1) and after.started_by(D(2030, 1, 1)) is Truth.MAYBE
    assert check_date("[..1994]") == "[..1994]"


def test_an_interval_where_one_date_is_needed_names_the_set_that_says_some_day_in_it():
    with pytest.raises(InvalidDate, match=r"\[2019-11\.\.2020-02\]"):
        check_date("2019-11/2020-02")


def test_stored_extents_of_another_format_are_parsed_afresh():
    from igo_timeline.events import dates

    text = "1987~"
    old = {
        text: [
            0,
            D(1987, 1, 1).toordinal(),
            D(1987, 12, 31).toordinal(),
            D(1987, 1, 1).toordinal(),
            D(1987, 12, 31).toordinal(),
            2,
        ]
    }
    dates._PARSED.pop(text, None)
    dates.prime(old)  # the first rule's unwidened form, with no format version: not taken
    assert extent(text).start_earliest == D(1986, 1, 1)
    assert dates.known_extents([text])[text][-1] & dates.EXTENT_FORMAT


def test_open_and_unknown_ends():
    open_end = extent("2013-01-01/..")
    assert open_end.end_open and open_end.end_earliest == dt.date.max
    unknown = extent("2013-01-01/")
    assert unknown.end_unknown
    assert unknown.holds_on(D(2013, 1, 1)) is Truth.YES
    assert unknown.holds_on(D(2020, 1, 1)) is Truth.MAYBE  # it may have ended any day since


def test_three_valued_holds():
    ext = extent("2013/2015")
    assert ext.holds_on(D(2012, 12, 31)) is Truth.NO
    assert ext.holds_on(D(2013, 6, 1)) is Truth.MAYBE
    assert ext.holds_on(D(2014, 6, 1)) is Truth.YES
    assert ext.holds_on(D(2015, 6, 1)) is Truth.MAYBE
    assert ext.holds_on(D(2016, 1, 1)) is Truth.NO


@pytest.mark.parametrize(
    "bad", ["", "2012-13-01", "2012-02-30", "June 2012", "2015-12-31/2013-01-01", " 2012", "../.."]
)
def test_invalid(bad):
    with pytest.raises(InvalidDate):
        extent(bad)


def test_kind_checks():
    assert check_date("2012") == "2012"
    with pytest.raises(InvalidDate, match="interval"):
        check_date("2012/2013")
    with pytest.raises(InvalidDate, match="single date"):
        check_interval("2012")


@pytest.mark.parametrize("bad", ["2013", "20130301", "2013-3-1", "today", "2013-02-30"])
def test_parse_day_rejects(bad):
    with pytest.raises(InvalidDate):
        parse_day(bad)


@given(
    st.dates(min_value=D(1800, 1, 1), max_value=D(2100, 12, 31)),
    st.dates(min_value=D(1800, 1, 1), max_value=D(2100, 12, 31)),
)
def test_day_interval_holds_exactly_within(a, b):
    lo, hi = min(a, b), max(a, b)
    ext = extent(f"{lo.isoformat()}/{hi.isoformat()}")
    for day in (lo - dt.timedelta(days=1), lo, hi, hi + dt.timedelta(days=1)):
        expected = Truth.YES if lo <= day <= hi else Truth.NO
        assert ext.holds_on(day) is expected


@given(st.integers(min_value=1000, max_value=2999), st.integers(min_value=1, max_value=12))
def test_month_range_is_whole_month(year, month):
    ext = extent(f"{year:04d}-{month:02d}")
    assert ext.start_earliest == D(year, month, 1)
    nxt = D(year + (month == 12), month % 12 + 1, 1)
    assert ext.end_latest == nxt - dt.timedelta(days=1)


@pytest.mark.parametrize(
    "text",
    [
        "2012-06-07",
        "2013",
        "2010?",
        "2014~",
        "2010-06%",
        "2013-01-01/..",
        "2013-01-01/",
        "/2013",
        "../2013",
        "201X",
    ],
)
def test_stored_extents_reproduce_the_parser(text):
    from igo_timeline.events import dates

    parsed = extent(text)
    stored = dates.known_extents([text, "not a date", 42])
    assert list(stored) == [text]
    del dates._PARSED[text]
    dates.prime(stored)
    assert dates._PARSED[text] == parsed


@given(
    st.integers(min_value=1000, max_value=2999),
    st.sampled_from([None, *range(1, 13)]),
    st.integers(min_value=1, max_value=31),
    st.booleans(),
)
def test_plain_dates_skip_the_grammar_with_the_same_answer(year, month, day, interval):
    """The fast path for plain dates agrees with edtf's grammar, and refuses what the grammar refuses."""
    from edtf import parse_edtf

    from igo_timeline.events import dates

    text = f"{year:04d}" + (f"-{month:02d}-{day:02d}" if month else "")
    if interval:
        text = f"{text}/{year + 1:04d}"
    fast = dates._plain_parts(text)
    try:
        parse_edtf(text)
    except Exception:
        assert fast is None  # invalid: left to the grammar, which raises
        with pytest.raises(InvalidDate):
            dates._parse(text)
        return
    with mock.patch.object(dates, "_plain_parts", return_value=None):
        try:
            grammar = dates._parse(text)  # the grammar's own answer (_parse does not read the cache)
        except InvalidDate as err:
            # edtf's calendar has 29 February in every year divisible by 4 (1000, 1900, ...): the
            # engine's days are Gregorian, so both paths refuse it, naming the day
            assert fast is None and "is not a day of the (proleptic Gregorian) calendar" in str(err)
            return
    assert fast is not None and fast == grammar


# -- an interval whose ends are ranges of days (a term known only from days in office) ------

DAYS = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))


@given(st.lists(DAYS, min_size=4, max_size=4).map(sorted), DAYS)
def test_a_ranged_interval_holds_as_its_four_bounds_say(bounds, day):
    a, b, c, d = bounds
    text = f"[{a}..{b}]/[{c}..{d}]"
    ext = extent(text)
    assert check_interval(text) == text
    assert (ext.start_earliest, ext.start_latest, ext.end_earliest, ext.end_latest) == (a, b, c, d)
    expected = Truth.NO if day < a or day > d else Truth.YES if b <= day <= c else Truth.MAYBE
    assert ext.holds_on(day) is expected


@given(st.lists(DAYS, min_size=2, max_size=2).map(sorted))
def test_an_open_range_at_an_end_is_an_unknown_end_with_a_known_first_day(bounds):
    first, later = bounds
    ext = extent(f"{first}/[{later}..]")
    assert ext.end_unknown and (ext.end_earliest, ext.end_latest) == (later, dt.date.max)
    ext = extent(f"[..{first}]/{later}")
    assert ext.start_unknown and (ext.start_earliest, ext.start_latest) == (dt.date.min, first)


@pytest.mark.parametrize(
    "text",
    [
        "[2022..2021]/2025",
        "[..]/2022",
        "[2022..]/2021",
        "[2020-01/2020-02..2021]/2022",
        "[2022-13-01..2023]/2024",
    ],
)
def test_a_malformed_ranged_interval_is_refused(text):
    with pytest.raises(InvalidDate):
        extent(text)


@pytest.mark.parametrize("text", ["/..", "../", "[..2020]/"])
def test_a_refused_date_prints_nothing(text, capsys):
    with pytest.raises(InvalidDate):
        extent(text)
    assert capsys.readouterr() == ("", "")
