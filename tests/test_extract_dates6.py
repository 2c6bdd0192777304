"""Dates in `igo extract` (issue 14, sixth session): an honest year for a dateline written without one,
days told relative to the text's own day by their clause's tense, ranges in every form, months and years
at their own precision. Every sentence is written for the test (invented events, places and names)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from igo_timeline.extract import extract
from igo_timeline.extract.anchor import dateline_year, find_anchor, number
from igo_timeline.extract.dates import (
    clause_tense,
    dates_near,
    find_dates,
    relative_days,
    relative_periods,
    weekday_disagreements,
)

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]  # fmt: skip


def _day(text: str, published: str | None = None) -> str | None:
    anchor = find_anchor(text, published)
    return anchor.day.isoformat() if anchor.day else None


def _meetings(found: list[Any]) -> list[Any]:
    return [c for c in found if c.type == "MeetingHeld"]


# -- the year of a dateline written without one ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "TALLINN, May 3 -- The council of the Amber Coast Union met here on Friday. The union was founded "
        "in 1994 and has had its seat in Tallinn since 1999.",
        "RIGA, Sept. 9 -- Ruritania joined the Amber Coast Union as its eleventh member. Ruritania declared "
        "its neutrality on March 4, 2001, a status the General Assembly endorsed.",
        "VILNIUS, 12 June -- The leaders of the Amber Coast Union opened their summit today. The union, set up "
        "in 1991, counts ten members; its charter dates back to 1992.",
    ],
)
def test_a_background_year_never_gives_the_dateline_its_year(text: str) -> None:
    """Years of what was before the text ("founded in 1994", "declared its neutrality on March 4, 2001",
    "set up in 1991") only bound its day from below: nothing else supports a year, so none is given."""
    anchor = find_anchor(text)
    assert anchor.day is None
    assert anchor.place is not None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("28.08.05 16:00\n\nKAUNAS, August 27 (agency) -- The council met on Friday.", "2005-08-27"),
        ("Posted 03.11.19, 09:12\n\nTARTU, November 2 -- The leaders met today.", "2019-11-02"),
        ("14.01.98\nPARNU, Jan. 13 -- Ministers gathered on Tuesday.", "1998-01-13"),
    ],
)
def test_a_date_line_with_a_two_digit_year_gives_the_year(text: str, day: str) -> None:
    anchor = find_anchor(text)
    assert anchor.day is not None and anchor.day.isoformat() == day
    assert not anchor.year_inferred


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("OSLO, June 28 -- The ministers renamed the union. It was set up some 42 years ago after a flood in "
         "August 1969 and counts twelve members.", "2011-06-28"),
        ("BERGEN, May 5 -- The Fjord Council marks the 25th anniversary of the treaty signed in 1998 with a "
         "meeting of its ministers today.", "2023-05-05"),
        ("TROMSO, 2 October -- The leaders, meeting thirty years ago in 1990 for the first time, gathered again "
         "on Friday.", "2020-10-02"),
    ],
)  # fmt: skip
def test_a_year_the_text_computes(text: str, day: str) -> None:
    """ "N years ago ... in YEAR" and "the Nth anniversary of ... YEAR" give the text's year."""
    assert _day(text) == day
    assert find_anchor(text).year_inferred


@pytest.mark.parametrize(
    ("word", "value"),
    [("42", 42), ("42nd", 42), ("forty-two", 42), ("forty two", 42), ("twenty-fifth", 25), ("thirtieth", 30),
     ("seven", 7), ("nineteenth", 19), ("lots", None), ("two-hundred", None)],
)  # fmt: skip
def test_numbers_in_words(word: str, value: int | None) -> None:
    assert number(word) == value


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("RIGA, Aug. 17 -- Ann Berg took over the chair today. Estonia becomes deputy chair for 2027-2028.",
         "2027-08-17"),
        ("RIGA, Aug. 17 -- Ann Berg takes over the chairmanship for the period 2031-2032.", "2031-08-17"),
        ("RIGA, Aug. 17 -- Under the rotation Latvia assumes the presidency for 2019-2020.", "2019-08-17"),
    ],
)  # fmt: skip
def test_a_term_that_begins_now_gives_its_first_year(text: str, day: str) -> None:
    assert _day(text) == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # 14 May was a Monday in 2018, the one year of the four from April 2017 that fits
        ("RIGA, May 14 -- The council agreed on Monday to grant the status. In April 2017 the leaders had "
         "welcomed the request.", "2018-05-14"),
        # 29 March was a Tuesday in 2022; the letter of June 2019 is the latest news of the past
        ("TALLINN, Mar 29 -- Ruritania was admitted on Tuesday. It applied in a letter dated June 8, 2019.",
         "2022-03-29"),
        # a two-day summit opened on Tuesday and closed today: today is a Wednesday (4 April 2029)
        ("NARVA, April 4 -- The summit opened in the border town on Tuesday and the two-day meeting closed "
         "today. It had been prepared by the ministers in November 2027.", "2029-04-04"),
    ],
)  # fmt: skip
def test_the_ledes_weekday_within_four_years_of_the_latest_dated_news(text: str, day: str) -> None:
    anchor = find_anchor(text)
    assert anchor.day is not None and anchor.day.isoformat() == day
    assert anchor.year_inferred and "weekday" in anchor.year_why


@pytest.mark.parametrize(
    "text",
    [
        # only a bare year of the past: too coarse to pick among the weekday's years
        "RIGA, July 8 -- Ruritania took its seat on Monday. Its protocol was signed in 2015.",
        # a founding day is history, not the news
        "RIGA, Aug. 8 -- The leaders met on Friday. The union was founded on 8 August 1967.",
        # the latest dated news is too far back for the weekday to fit within four years
        "RIGA, March 5 -- The statement was published on Friday. Norway has held the presidency since "
        "July 2021.",
    ],
)
def test_the_ledes_weekday_alone_gives_no_year(text: str) -> None:
    assert find_anchor(text).day is None


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        ("RIGA, Dec. 31 -- The ministers met today.", "2025-01-02", "2024-12-31"),
        ("RIGA, Jan. 2 -- The ministers met today.", "2024-12-30", "2025-01-02"),
        (
            "RIGA, June 14 -- The ministers met today. The union was founded in 1994.",
            "2030-06-15",
            "2030-06-14",
        ),
    ],
)
def test_published_gives_the_year_nearest_its_day(text: str, published: str, day: str) -> None:
    anchor = find_anchor(text, published)
    assert anchor.day is not None and anchor.day.isoformat() == day
    assert "--published" in anchor.year_why


@given(
    day=st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2090, 12, 31)),
    shift=st.integers(min_value=-5, max_value=5),
)
def test_published_anchors_a_dateline_near_it(day: dt.date, shift: int) -> None:
    """Whatever the day, a dateline without a year within five days of --published is that day."""
    published = day + dt.timedelta(days=shift)
    text = f"RIGA, {MONTHS[day.month - 1]} {day.day} -- The ministers met today."
    assert _day(text, published.isoformat()) == day.isoformat()


@given(founded=st.integers(min_value=1900, max_value=2090), month=st.integers(min_value=1, max_value=12))
def test_a_founding_year_is_never_the_texts_year(founded: int, month: int) -> None:
    """However the founding is dated, it does not date the text."""
    text = (
        f"RIGA, {MONTHS[month - 1]} 10 -- The leaders of the union met. The union was founded in {founded} "
        f"and established its seat in {MONTHS[month - 1]} {founded}."
    )
    assert find_anchor(text).day is None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("YAOUNDE, Saturday - The heads of state held a one-day summit on Friday. Officials had announced "
         "that the presidents would meet on 17 and 18 March 2023.", "2023-03-18"),
        ("KOUDOUGOU, Monday -- The leaders closed their summit today. The summit had been set for 5-6 May "
         "2031.", "2031-05-05"),
        ("MALABO, Thursday: The conference of ministers ended on Wednesday; the session was planned for 10 to "
         "12 June 2026.", "2026-06-11"),
    ],
)  # fmt: skip
def test_a_dateline_of_a_weekday(text: str, day: str) -> None:
    assert _day(text) == day


def test_a_dateline_of_a_weekday_and_published() -> None:
    assert _day("MALABO, Thursday: The conference ended.", "2026-06-13") == "2026-06-11"


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("Bangkok, October 2016\n\nThailand hosted the second summit of the forum from 8 to 10 October 2016.",
         "2016-10"),
        ("Geneva, March 2031\n\nThe council met in Geneva.", "2031-03"),
        ("NAIROBI, Nov 2009 -- The council met in Nairobi.", "2009-11"),
    ],
)  # fmt: skip
def test_a_dateline_of_a_month_is_no_day(text: str, period: str) -> None:
    anchor = find_anchor(text)
    assert anchor.day is None and anchor.period == period and anchor.year == int(period[:4])


def test_a_meeting_whose_year_is_unsupported_is_date_unresolved() -> None:
    found = extract(
        "VALMIERA, May 3 -- The summit of the NRC was held in Valmiera on Tuesday. The NRC was founded in "
        "1994.",
        "nrc",
        "t",
    )
    meetings = _meetings(found)
    assert [(c.record, c.kind) for c in meetings] == [("unresolved", "date-unresolved")]
    assert "date" not in meetings[0].event and meetings[0].event["body"] == "summit"


# -- days relative to the text's own day ------------------------------------------------------------------

ANCHOR = dt.date(2031, 5, 14)  # a Wednesday


@pytest.mark.parametrize(
    ("words", "day"),
    [
        ("The leaders will meet again on Friday.", "2031-05-16"),
        ("The leaders met on Friday.", "2031-05-09"),
        ("Latvia said on Friday it will leave the union.", "2031-05-09"),
        ("On Friday, the leaders will sign the treaty.", "2031-05-16"),
        ("Meeting on Monday, the council resolved that the state is suspended until elections are held.",
         "2031-05-12"),
        ("The ministers are due to convene on Monday.", "2031-05-19"),
        ("The measure applies from Monday.", "2031-05-19"),
        ("They met last Wednesday.", "2031-05-07"),
        ("They meet next Wednesday.", "2031-05-21"),
        ("The council met today.", "2031-05-14"),
        ("The council met yesterday.", "2031-05-13"),
        ("The council meets tomorrow.", "2031-05-15"),
    ],
)  # fmt: skip
def test_a_weekday_by_its_clauses_tense(words: str, day: str) -> None:
    assert [d.edtf for d in relative_days(words, ANCHOR)] == [day]


@given(
    anchor=st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2080, 1, 1)),
    wd=st.sampled_from(WEEKDAYS),
)
def test_a_weekday_told_as_past_is_within_the_week_before(anchor: dt.date, wd: str) -> None:
    past = relative_days(f"The ministers met on {wd}.", anchor)
    ahead = relative_days(f"The ministers will meet on {wd}.", anchor)
    for found, sign in ((past, -1), (ahead, 1)):
        day = dt.date.fromisoformat(found[0].edtf)
        assert WEEKDAYS[day.weekday()] == wd
        assert 0 <= sign * (day - anchor).days <= 6


@pytest.mark.parametrize(
    ("words", "edtf"),
    [
        ("The ministers met earlier this month.", "2031-05"),
        ("The summit will be held later this year.", "2031"),
        ("The council will meet next month.", "2031-06"),
        ("He was elected last year.", "2030"),
        ("The treaty is to be signed early next year.", "2032"),
        ("The talks ended last month.", "2031-04"),
    ],
)
def test_months_and_years_relative_to_the_text_keep_their_precision(words: str, edtf: str) -> None:
    assert [d.edtf for d in relative_periods(words, ANCHOR)] == [edtf]


@pytest.mark.parametrize(
    ("words", "anchor", "edtf"),
    [
        ("The next summit will take place in March.", dt.date(2031, 12, 17), "2032-03"),
        ("Ruritania applied in December.", dt.date(2031, 1, 5), "2030-12"),
        ("The ministers met on 30 December.", dt.date(2032, 1, 3), "2031-12-30"),
        ("The ministers will meet on 3 January.", dt.date(2031, 12, 28), "2032-01-03"),
        ("The summit is due in June.", dt.date(2031, 5, 14), "2031-06"),
    ],
)
def test_a_day_or_month_without_a_year_on_the_side_its_clause_tells(
    words: str, anchor: dt.date, edtf: str
) -> None:
    assert [d.edtf for d in dates_near(words, anchor)] == [edtf]


@pytest.mark.parametrize(
    ("words", "edtf"),
    [
        ("met on 13-14 June", "2031-06-13/2031-06-14"),
        ("met June 13 to 14", "2031-06-13/2031-06-14"),
        ("met from 13 to 14 June", "2031-06-13/2031-06-14"),
        ("met on 13 and 14 June", "2031-06-13/2031-06-14"),
        ("met between 13 and 14 June", "2031-06-13/2031-06-14"),
        ("met on the 13th and 14th of June", "2031-06-13/2031-06-14"),
        ("met 13th-14th June", "2031-06-13/2031-06-14"),
        ("met 30 June-1 July", "2031-06-30/2031-07-01"),
        ("met June 30-July 1", "2031-06-30/2031-07-01"),
        ("met from June 30 to July 2", "2031-06-30/2031-07-02"),
        ("met from 13 June to 14 June", "2031-06-13/2031-06-14"),
    ],
)
def test_day_ranges_in_every_form(words: str, edtf: str) -> None:
    assert [d.edtf for d in dates_near(words, dt.date(2031, 7, 20))] == [edtf]


@pytest.mark.parametrize(
    ("words", "edtf"),
    [
        ("held from Monday to Wednesday", "2031-05-12/2031-05-14"),
        ("met from Monday through Tuesday", "2031-05-12/2031-05-13"),
        ("met on Wednesday and Thursday", "2031-05-07/2031-05-08"),
        ("will meet on Friday and Saturday", "2031-05-16/2031-05-17"),
    ],
)
def test_weekday_ranges(words: str, edtf: str) -> None:
    assert [d.edtf for d in relative_days(words, ANCHOR)] == [edtf]


@pytest.mark.parametrize(
    ("words", "agrees"),
    [
        ("The summit met on Tuesday, 13 May.", True),
        ("The summit met on Friday, 13 May.", False),
        ("The summit met on May 13 (Sunday).", False),
        ("The summit met on Tuesday the 13th of May.", True),
    ],
)
def test_a_weekday_with_a_day_the_day_wins(words: str, agrees: bool) -> None:
    found = dates_near(words, ANCHOR)
    assert [d.edtf for d in found] == ["2031-05-13"]
    notes = weekday_disagreements(words, ANCHOR)
    assert (notes == []) is agrees
    if notes:
        assert "2031-05-13" in notes[0] and "Tuesday" in notes[0]


@pytest.mark.parametrize(
    ("sentence", "phrase", "tense"),
    [
        ("In April 2030 the leaders welcomed the request and asked how it would work.", "April 2030", "past"),
        ("Kenya will host the next summit in 2032.", "2032", "future"),
        ("It will become a member, but not before January 1, 2033.", "January 1, 2033", "future"),
        ("Norway, which has held the presidency since July 2030, will adjust the work.", "July 2030", "past"),
        ("The summit, to be held in Tartu in 2032, will adopt the plan.", "2032", "future"),
    ],
)
def test_the_tense_of_a_dates_clause(sentence: str, phrase: str, tense: str) -> None:
    start = sentence.index(phrase)
    assert clause_tense(sentence, start, start + len(phrase)) == tense


# -- meetings and decisions dated from the text ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("SUVA, July 14, 2031 -- Leaders of the NRC closed their summit on Monday. It was the first summit in "
         "two years, held from Thursday to Monday.", "2031-07-10/2031-07-14"),
        ("NARVA, 4 April 2029 -- The 9th summit of the NRC opened in Narva on Tuesday, and the two-day meeting "
         "closed today.", "2029-04-03/2029-04-04"),
        ("RIGA, 3 November 2031 -- The summit of the NRC and the meeting of its ministers took place in Riga "
         "from 28 to 31 October. The summit itself met on Friday, 31 October.", "2031-10-31"),
        ("RIGA, March 10, 2031 -- Ruritania joined the NRC after the NRC summit in Riga approved it on Monday. "
         "The summit, which Latvia hosted from 8 to 10 March 2031, was opened by the Latvian president.",
         "2031-03-08/2031-03-10"),
    ],
)  # fmt: skip
def test_a_meetings_days_from_the_sentences_about_it(text: str, date: str) -> None:
    meetings = _meetings(extract(text, "nrc", "t"))
    assert [c.event.get("date") for c in meetings] == [date]


@pytest.mark.parametrize(
    "text",
    [
        "Explainer - Ruritania and Brecknia signed the Treaty of Narva on 17 June 2031. Signing the new "
        "Protocol on Fisheries that day were their foreign ministers.",
        "Background - The members signed the Treaty of Narva on 17 June 2031. The Protocol on Fisheries was "
        "signed on the same occasion.",
        "Note - On 17 June 2031 the members signed the Treaty of Narva. The same day they signed the Protocol "
        "on Fisheries.",
    ],
)
def test_that_day_is_the_day_of_the_sentence_before(text: str) -> None:
    found = [c for c in extract(text, "nrc", "t") if c.type == "AgreementSigned"]
    assert found and all(c.record == "event" and c.event["signed_on"] == "2031-06-17" for c in found)


def test_a_stated_day_of_an_inferred_year_says_so() -> None:
    found = extract(
        "RIGA, May 14 -- The NRC council agreed on Monday to grant Estonia the status of an observer state. "
        "Estonia had applied in a letter of March 2, 2017.",
        "nrc",
        "t",
    )
    granted = [c for c in found if c.type == "StatusGranted" and c.record == "event"]
    assert granted and granted[0].event["effective"] == "2018-05-14"
    assert granted[0].event["source"].get("inferred")


def test_dateline_year_says_why() -> None:
    year, why = dateline_year(
        "May 14", " The council agreed on Monday. It applied in a letter of March 2, 2017."
    )
    assert year == 2018 and "weekday" in why
    assert dateline_year("May 14", " The council met. The union was founded in 1994.") == (None, "")


def test_find_dates_without_a_year_reads_no_day() -> None:
    assert find_dates("met on 13 June") == []


@pytest.mark.parametrize(
    ("text", "day", "inferred"),
    [
        ("YEREVAN, Friday 12 October 2018 -- The leaders chose a new Secretary General today.", "2018-10-12", False),
        ("TARTU, Friday, October 12, 2018 -- The leaders chose a new Secretary General today.", "2018-10-12", False),
        # the dateline's own weekday: 3 May is a Monday in 2032, the one year of the four from June 2029
        ("RIGA, Monday, May 3 -- The council met today. Ruritania had applied on June 8, 2029.", "2032-05-03", True),
    ],
)  # fmt: skip
def test_a_dateline_with_its_weekday(text: str, day: str, inferred: bool) -> None:
    anchor = find_anchor(text)
    assert anchor.day is not None and anchor.day.isoformat() == day
    assert anchor.year_inferred is inferred
    assert anchor.region is None  # the weekday is no region of the dateline


@pytest.mark.parametrize(
    ("head", "day"),
    [
        ("The summit of the union opened on 17 March 2023.", None),
        ("Leaders met in Riga on 17 March 2023 for their summit.", None),
        # a weekday dateline, not a date line: the Saturday of the meeting's days, not one before 17 March
        ("YAOUNDE, Saturday - The summit met on 17 March 2023.", "2023-03-18"),
    ],
)
def test_a_line_of_prose_is_no_date_line(head: str, day: str | None) -> None:
    """A line above the text is a date line only when it is a date (with a time, a place, an outlet)."""
    assert _day(f"{head}\n\nThe ministers met.") == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Leaders open 2031 NRC summit\n\nRIGA, May 3 -- The summit opened today.", "2031-05-03"),
        ("RIGA, May 3 -- The 2031 session of the council opened today in Riga.", "2031-05-03"),
        ("Summit 2031: the union admits Ruritania\n\nRIGA, May 3 -- The leaders met today.", "2031-05-03"),
        # another meeting's year is no year of the text
        ("RIGA, May 3 -- The council opened its session today. At the 2030 summit the leaders had agreed to "
         "meet.", None),
        ("RIGA, May 3 -- The council opened today. The next summit will be the 2032 Tallinn Summit.", None),
    ],
)  # fmt: skip
def test_the_meeting_named_with_its_year(text: str, day: str | None) -> None:
    assert _day(text) == day


@pytest.mark.parametrize(
    "text",
    [
        "RIGA, Aug. 24 -- The summit, the first since the pandemic, ran from 22 to 24 August 2031.",
        "RIGA, Aug. 24 -- The summit ran from 22 to 24 August 2031, the group's first gathering in person since "
        "2027.",
        "RIGA, Aug. 24 -- Since Monday the leaders have met in Riga; the summit runs from 22 to 24 August 2031.",
    ],
)
def test_a_span_of_the_dateline_month_gives_the_year(text: str) -> None:
    assert _day(text) == "2031-08-24"


@pytest.mark.parametrize(
    ("words", "edtf"),
    [
        ("The summit will be held in mid-June.", "2031-06"),
        ("It was agreed in early March.", "2031-03"),
        ("The ministers meet at the end of June.", "2031-06"),
        ("The talks ended late April.", "2031-04"),
        ("The plan is to be ready by the end of July.", "2031-07"),
        ("Ruritania applied in the middle of December.", "2030-12"),
        ("His path was cleared last week.", "2031-05-05/2031-05-11"),
        ("The envoys meet again next week.", "2031-05-19/2031-05-25"),
    ],
)
def test_parts_of_months_and_weeks_keep_their_precision(words: str, edtf: str) -> None:
    """ "mid-June" is June, never a made-up day; "last week" is its seven days."""
    assert [d.edtf for d in dates_near(words, ANCHOR)] == [edtf]


@given(
    anchor=st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2080, 1, 1)),
    month=st.integers(min_value=1, max_value=12),
)
def test_a_month_without_a_year_is_within_a_year_of_the_text(anchor: dt.date, month: int) -> None:
    """Told as past, to come, or unmarked, a month without a year is never more than a year away, and on
    the side its tense tells."""
    name = MONTHS[month - 1]
    for words, side in (
        (f"It was agreed in {name}.", -1),
        (f"It will be signed in {name}.", 1),
        (f"in {name}", 0),
    ):
        found = dates_near(words, anchor)
        first = dt.date.fromisoformat(found[0].edtf + "-01")
        assert found[0].kind == "month?" and int(found[0].edtf[5:7]) == month
        assert abs((first - anchor.replace(day=1)).days) <= 366
        if side < 0:
            assert first <= anchor
        elif side > 0:
            assert first >= anchor.replace(day=1)


@pytest.mark.parametrize(
    "text",
    [
        "Riga, October 2031\n\nThe union granted Estonia the status of an observer state.",
        "Tallinn, October 2031\n\nPRESS RELEASE\n\nThe council granted Estonia observer status.",
        "VILNIUS, Oct 2031 -- Estonia was granted the status of an observer state in the union.",
    ],
)
def test_a_decision_under_a_dateline_of_a_month_is_dated_to_the_month(text: str) -> None:
    granted = [c for c in extract(text, "nrc", "t") if c.type == "StatusGranted"]
    assert [(c.record, c.event.get("effective")) for c in granted] == [("event", "2031-10")]
    assert granted[0].event["source"]["inferred"]


@pytest.mark.parametrize(
    ("head", "day"),
    [
        ("Last updated on 14 June 2031, 10:28 am", "2031-06-14"),
        ("Published 14 June 2031 at 10:28", "2031-06-14"),
        ("Riverine Union Secretariat, Riga, Latvia, 25th November, 2031", "2031-11-25"),
    ],
)
def test_a_date_line_with_its_words(head: str, day: str) -> None:
    assert _day(f"{head}\n\nThe ministers met.") == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("RIGA, May 3 -- The leaders met today. Last year's summit, held in Tallinn in June 2030, had set the "
         "plan.", "2031-05-03"),
        ("RIGA, May 3 -- The leaders met today. Earlier this year, in March 2031, the ministers prepared it.",
         "2031-05-03"),
        ("RIGA, May 3 -- The leaders met today. Next year's summit will be held in 2032 in Vilnius.",
         "2031-05-03"),
        ("RIGA, May 3 -- The leaders met today. Last year the union, founded in 1990, turned forty.", None),
        ("RIGA, May 3 -- The leaders met today. Finland joined last year.", None),
    ],
)  # fmt: skip
def test_last_this_or_next_year_beside_a_year(text: str, day: str | None) -> None:
    assert _day(text) == day
