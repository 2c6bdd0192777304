"""EDTF dates as the exchange formats write them: Popolo's partial dates, people's wording.

Nothing here makes up a day: a date known to the year is written as a year.
"""

from __future__ import annotations

import datetime as dt
import re

from igo_timeline.events.dates import FAR_FUTURE, FAR_PAST, stated

MONTHS = ("January February March April May June July August September October November December").split()
_QUALIFIERS = "?~%"
_PLAIN = re.compile(r"-?\d{4}(-\d{2}(-\d{2})?)?")


def common_prefix(first: dt.date, last: dt.date) -> str | None:
    """The most precise partial date (YYYY-MM-DD, YYYY-MM or YYYY) covering exactly ``[first, last]``.

    None when no partial date covers exactly that range (the range crosses a
    year, or does not span whole months or years), and for open bounds.
    """
    if first in (FAR_PAST, FAR_FUTURE) or last in (FAR_PAST, FAR_FUTURE):
        return None
    if first == last:
        return first.isoformat()
    month_end = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    if first.day == 1 and last == month_end:
        return first.strftime("%Y-%m")
    if first == dt.date(first.year, 1, 1) and last == dt.date(first.year, 12, 31):
        return str(first.year)
    return None


def popolo_dates(text: str | None) -> tuple[str | None, str | None]:
    """Popolo ``start_date`` and ``end_date`` of an EDTF date or interval (qualifiers dropped)."""
    if not text:
        return None, None
    ext = stated(text)
    start = common_prefix(ext.start_earliest, ext.start_latest)
    if not ext.is_interval:
        return start, start
    return start, common_prefix(ext.end_earliest, ext.end_latest)


_SET = re.compile(r"\[([^\[\],]*)\.\.([^\[\],]*)\]")


def _part(part: str) -> str:
    """One EDTF date as a person writes it: "7 June 2012", "June 2012", "2012", "c. 2010", "2010?";
    a range of days ("[2022-01-01..2022-11-01]") as "between 1 January 2022 and 1 November 2022"."""
    ranged = _SET.fullmatch(part)
    if ranged:
        first, last = ranged.groups()
        if first and last:
            return f"between {_part(first)} and {_part(last)}"
        return f"on or after {_part(first)}" if first else f"on or before {_part(last)}"
    flags = {q for q in _QUALIFIERS if q in part}
    bare = part.strip(_QUALIFIERS).replace("?", "").replace("~", "").replace("%", "")
    if not _PLAIN.fullmatch(bare):
        words = bare
    else:
        pieces = bare.split("-")
        year, month, day = pieces[0], pieces[1:2], pieces[2:3]
        words = year
        if month and 1 <= int(month[0]) <= 12:
            words = f"{MONTHS[int(month[0]) - 1]} {year}"
            if day:
                words = f"{int(day[0])} {words}"
    if "~" in flags or "%" in flags:
        words = f"c. {words}"
    if "?" in flags or "%" in flags:
        words = f"{words}?"
    return words


def display_date(text: str | None) -> str:
    """An EDTF date or interval in words: "2013", "6-7 June 2012", "c. 2010", "2010?", "from 2012"."""
    if not text:
        return ""
    if "/" not in text:
        return _part(text)
    start, end = text.split("/", 1)
    if start in ("", ".."):
        return f"until {_part(end)}" if end else ""
    if end == "..":
        return f"from {_part(start)}"
    if end == "":
        return f"from {_part(start)} (end unknown)"
    first, last = _part(start), _part(end)
    same = re.fullmatch(r"(\d+) (\w+) (\d{4})", first), re.fullmatch(r"(\d+) (\w+) (\d{4})", last)
    if same[0] and same[1]:
        d1, m1, y1 = same[0].groups()
        d2, m2, y2 = same[1].groups()
        if (m1, y1) == (m2, y2):
            return f"{d1}-{d2} {m2} {y2}"
        if y1 == y2:
            return f"{d1} {m1} - {d2} {m2} {y2}"
    return f"{first} - {last}"
