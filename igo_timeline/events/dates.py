"""Dates with precision: EDTF strings and the day ranges they stand for.

A date is kept as the EDTF string the source gave ("2013", "2010?",
"2012-06-06/2012-06-07"); :func:`extent` turns it into the earliest and latest
possible day of its start and of its end (the strict range: ``?`` and ``~``
are flags, they do not widen it). Parsing with ``edtf`` costs milliseconds, so
each distinct string is parsed once.
"""

from __future__ import annotations

import calendar
import contextlib
import dataclasses
import datetime as dt
import io
import re
import time
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum

from igo_timeline.errors import InvalidDate

FAR_PAST = dt.date.min
FAR_FUTURE = dt.date.max
# The rule the stored extents were computed under, as a bit of their flags: set since ``?``, ``~``
# and ``%`` widen a date by one unit of its own precision on each side (two for ``%``). Extents
# stored without it (the first rule kept qualified dates at their strict range) are ignored and
# parsed afresh. (A bit, not a seventh element: a release before it ignores the bit and still
# reads a newer store's extents.)
EXTENT_FORMAT = 1 << 6


class Truth(Enum):
    """Three-valued answer of "does this hold on day D?"."""

    YES = "yes"
    NO = "no"
    MAYBE = "maybe"


@dataclass(frozen=True)
class Extent:
    """The day ranges of an EDTF date or interval.

    A plain date is an extent whose start and end are the same range. An open
    end (``..``) is ``FAR_FUTURE``; an unknown end (empty) may be any day from
    the start on, flagged by ``end_unknown``.
    """

    text: str
    is_interval: bool
    start_earliest: dt.date
    start_latest: dt.date
    end_earliest: dt.date
    end_latest: dt.date
    uncertain: bool = False
    approximate: bool = False
    end_open: bool = False
    end_unknown: bool = False
    start_open: bool = False
    start_unknown: bool = False

    @property
    def is_day(self) -> bool:
        """True when the start is one known day."""
        return self.start_earliest == self.start_latest

    def holds_on(self, day: dt.date) -> Truth:
        """Whether the whole extent (start to end, both inclusive) covers ``day``."""
        if day < self.start_earliest or day > self.end_latest:
            return Truth.NO
        if self.start_latest <= day <= self.end_earliest:
            return Truth.YES
        return Truth.MAYBE

    def started_by(self, day: dt.date) -> Truth:
        """Whether the extent has begun on ``day``."""
        if self.start_latest <= day:
            return Truth.YES
        if self.start_earliest > day:
            return Truth.NO
        return Truth.MAYBE

    def certainly_ended_before(self, day: dt.date) -> bool:
        return self.end_latest < day


def _day(struct: time.struct_time, text: str) -> dt.date:
    try:
        return dt.date(struct.tm_year, struct.tm_mon, struct.tm_mday)
    except (ValueError, OverflowError):
        if 1 <= struct.tm_year <= 9999:  # edtf's calendar allows a day the Gregorian one has not
            raise InvalidDate(
                f"{text!r}: {struct.tm_year:04d}-{struct.tm_mon:02d}-{struct.tm_mday:02d} is not a day of the "
                "(proleptic Gregorian) calendar"
            ) from None
        raise InvalidDate(f"{text!r} is outside the supported years 1-9999") from None


def _flags(part: object) -> tuple[bool, bool]:
    unc = bool(getattr(part, "is_uncertain", False) or getattr(part, "is_uncertain_and_approximate", False))
    app = bool(getattr(part, "is_approximate", False) or getattr(part, "is_uncertain_and_approximate", False))
    return unc, app


def _range(part: object, text: str) -> tuple[dt.date, dt.date]:
    try:
        lo, hi = part.lower_strict(), part.upper_strict()  # type: ignore[attr-defined]
    except Exception:  # edtf raises assorted errors on odd inputs
        raise InvalidDate(f"{text!r} has no computable date range") from None
    if not isinstance(lo, time.struct_time) or not isinstance(hi, time.struct_time):
        raise InvalidDate(f"{text!r} has no computable date range")
    return _day(lo, text), _day(hi, text)


_PARSED: dict[str, Extent] = {}
_FLAGS = ("uncertain", "approximate", "end_open", "end_unknown", "start_open", "start_unknown")


def extent(text: str) -> Extent:
    """Parse an EDTF date or interval, once per distinct string; raise :class:`InvalidDate`."""
    hit = _PARSED.get(text) if isinstance(text, str) else None
    if hit is None:
        hit = _PARSED[text] = _parse(text)
    return hit


def stated(text: str) -> Extent:
    """The extent of a value as its source states it: its qualifiers (``?``, ``~``, ``%``) kept
    as flags but not widening it. What formats that carry a date's own precision show (Popolo's
    partial dates, a CSV's precision, a slide's date); answers read :func:`extent`."""
    bare = text.replace("?", "").replace("~", "").replace("%", "")
    if bare == text:
        return extent(text)
    ext = extent(bare)
    plain = extent(text)
    return dataclasses.replace(ext, text=text, uncertain=plain.uncertain, approximate=plain.approximate)


def known_extents(values: Iterable[object]) -> dict[str, list[int]]:
    """The parsed extents of those ``values`` that are EDTF strings already parsed, in a compact form.

    The store keeps them beside each event, so that a process reading the event
    back need not run the (slow) EDTF parser again: see :func:`prime`.
    """
    out: dict[str, list[int]] = {}
    for value in values:
        if isinstance(value, str) and value not in out and (ext := _PARSED.get(value)) is not None:
            out[value] = _compact(value, ext)
    return out


def extents_in(value: object) -> dict[str, list[int]]:
    """:func:`known_extents` of every string inside a JSON value (in dicts and lists), in the order met."""
    out: dict[str, list[int]] = {}
    _collect(value, out)
    return out


def _collect(value: object, out: dict[str, list[int]]) -> None:
    if isinstance(value, str):
        if value not in out and (ext := _PARSED.get(value)) is not None:
            out[value] = _compact(value, ext)
        return
    if isinstance(value, dict):
        value = value.values()
    elif not isinstance(value, list):
        return
    for item in value:  # the strings here, without a call each: most values are strings
        if isinstance(item, str):
            if item not in out and (ext := _PARSED.get(item)) is not None:
                out[item] = _compact(item, ext)
        elif isinstance(item, dict | list):
            _collect(item, out)


# text -> (the Extent, its compact form): checked against the parse cache's entry, by identity
_COMPACT: dict[str, tuple[Extent, list[int]]] = {}


def _compact(text: str, ext: Extent) -> list[int]:
    hit = _COMPACT.get(text)
    if hit is None or hit[0] is not ext:
        bits = sum(1 << i for i, flag in enumerate(_FLAGS) if getattr(ext, flag))
        days = (ext.start_earliest, ext.start_latest, ext.end_earliest, ext.end_latest)
        hit = _COMPACT[text] = (
            ext,
            [int(ext.is_interval), *(d.toordinal() for d in days), bits | EXTENT_FORMAT],
        )
    return list(hit[1])  # a list of its own: the caller may keep it


def prime(extents: dict[str, list[int]]) -> None:
    """Seed the parse cache with extents computed by :func:`known_extents` (by the same parser)."""
    for text, compact in extents.items():
        if len(compact) != 6 or not compact[5] & EXTENT_FORMAT:
            continue  # computed under another rule (before qualifiers widened a date): parsed afresh
        is_interval, s0, s1, e0, e1, bits = compact
        if text not in _PARSED:
            flags = {flag: bool(bits >> i & 1) for i, flag in enumerate(_FLAGS)}
            _PARSED[text] = Extent(
                text=text,
                is_interval=bool(is_interval),
                start_earliest=dt.date.fromordinal(s0),
                start_latest=dt.date.fromordinal(s1),
                end_earliest=dt.date.fromordinal(e0),
                end_latest=dt.date.fromordinal(e1),
                **flags,
            )


def _parse(text: str) -> Extent:
    if not isinstance(text, str) or not text.strip():
        raise InvalidDate("an empty date is not EDTF")
    if text != text.strip():
        raise InvalidDate(f"{text!r} has surrounding spaces")
    simple = _plain_parts(text)
    if simple is not None:
        return simple
    opened = _open_set(text)
    if opened is not None:
        return opened
    ranged = _ranged_interval(text)
    if ranged is not None:
        return ranged
    # imported here: building the grammar costs start-up time that a primed cache never needs
    from edtf import parse_edtf
    from edtf.parser.parser_classes import Interval, Level1Interval

    try:
        # edtf prints its own diagnostics to stdout on some inputs ("trying to Level1Interval..."):
        # stdout is the command's data, so they go nowhere
        with contextlib.redirect_stdout(io.StringIO()):
            parsed = parse_edtf(text)
    except Exception:  # the parser raises more than its own EDTFParseException
        raise InvalidDate(f"{text!r} is not a valid EDTF date or interval") from None
    if isinstance(parsed, Interval | Level1Interval):
        return _interval(text, parsed.lower, parsed.upper)
    lo, hi = _range(parsed, text)
    unc, app = _flags(parsed)
    lo, hi = _widen(text, lo, hi, unc, app)
    return Extent(text, False, lo, hi, lo, hi, uncertain=unc, approximate=app)


_PRECISION = re.compile(r"-?\d{4}(-\d{2})?(-\d{2})?")


def _widen(text: str, lo: dt.date, hi: dt.date, unc: bool, app: bool) -> tuple[dt.date, dt.date]:
    """A qualified value's range, widened by one unit of its own precision on each side (a day,
    a month, a year; two units for ``%``, uncertain and approximate). Not edtf's fuzzy bounds:
    those pad a month by a year and a month (see the README)."""
    units = 2 if unc and app else 1 if unc or app else 0
    match = _PRECISION.fullmatch(text.strip("?~%").replace("?", "").replace("~", "").replace("%", ""))
    if not units or match is None:
        return lo, hi
    if match.group(2):
        step = dt.timedelta(days=units)
        return _clamp(lo, -step), _clamp(hi, step)
    if match.group(1):
        return _add_months(lo, -units), _end_of_month(_add_months(hi.replace(day=1), units))
    return _add_years(lo, -units), _add_years(hi, units)


def _clamp(day: dt.date, step: dt.timedelta) -> dt.date:
    try:
        return day + step
    except OverflowError:
        return FAR_PAST if step.days < 0 else FAR_FUTURE


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    if year < 1:
        return FAR_PAST
    if year > 9999:
        return FAR_FUTURE
    return dt.date(year, month + 1, 1)


def _end_of_month(day: dt.date) -> dt.date:
    if day in (FAR_PAST, FAR_FUTURE):
        return day
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def _add_years(day: dt.date, years: int) -> dt.date:
    year = day.year + years
    if year < 1:
        return FAR_PAST
    if year > 9999:
        return FAR_FUTURE
    return day.replace(year=year, day=28) if (day.month, day.day) == (2, 29) else day.replace(year=year)


_OPEN_SET = re.compile(r"\[(\.\.)?([^\[\].,]+?)(\.\.)?\]")


def _open_set(text: str) -> Extent | None:
    """``[..X]`` (on or before some day of X) or ``[X..]`` (on or after): one date whose range the
    set leaves open on one side, uncertain over every day it leaves open."""
    match = _OPEN_SET.fullmatch(text)
    if match is None or bool(match.group(1)) == bool(match.group(3)):
        return None
    inner = extent(match.group(2))
    if inner.is_interval:
        raise InvalidDate(f"{text!r}: a set's end is one date, not an interval")
    if match.group(1):
        return Extent(text, False, FAR_PAST, inner.end_latest, FAR_PAST, inner.end_latest, start_open=True)
    return Extent(
        text, False, inner.start_earliest, FAR_FUTURE, inner.start_earliest, FAR_FUTURE, end_open=True
    )


_PLAIN = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def _plain_date(text: str) -> object | None:
    """The edtf ``Date`` of a plain calendar date (YYYY, YYYY-MM, YYYY-MM-DD), built directly.

    The grammar takes ~10 ms a string and the COW data has thousands of them;
    edtf's own ``Date`` class gives the same strict range in microseconds. Only
    what is certainly a valid plain date takes this path; everything else (and
    every invalid date) goes through the grammar, which says what is wrong.
    """
    match = _PLAIN.fullmatch(text)
    if match is None:
        return None
    year, month, day = match.groups()
    try:
        dt.date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return None
    from edtf.parser.parser_classes import Date

    return Date(year=year, month=month, day=day)


def _plain_range(text: str) -> tuple[dt.date, dt.date] | None:
    """The strict range of a plain calendar date of ASCII digits, as edtf's ``Date`` computes it
    (the first and last day of the year, month or day), without importing edtf at all: its
    package loads the grammar (pyparsing), which a command reading a few dates need not pay for."""
    match = _PLAIN.fullmatch(text)
    if match is None or not text.isascii():
        return None
    year, month, day = match.groups()
    try:
        first = dt.date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return None
    if day:
        return first, first
    if month:
        return first, first.replace(day=calendar.monthrange(first.year, first.month)[1])
    return first, first.replace(month=12, day=31)


def _plain_parts(text: str) -> Extent | None:
    """A plain date, or an interval of two plain dates, without the grammar (see :func:`_plain_date`)."""
    if text.isascii():  # the usual case: computed directly (see _plain_range), as below
        head, slash, tail = text.partition("/")
        start = _plain_range(head)
        end = _plain_range(tail) if slash else start
        if start is None or end is None:
            return None
        if not slash:
            return Extent(text, False, *start, *start)
        if end[1] < start[0]:
            raise InvalidDate(f"{text!r} ends before it starts")  # as _interval says it
        return Extent(text, True, *start, *end)
    if "/" in text:
        first, _, second = text.partition("/")
        lower, upper = _plain_date(first), _plain_date(second)
        if lower is None or upper is None:
            return None
        return _interval(text, lower, upper)
    part = _plain_date(text)
    if part is None:
        return None
    lo, hi = _range(part, text)
    return Extent(text, False, lo, hi, lo, hi)


def _interval(text: str, lower: object, upper: object) -> Extent:
    from edtf.parser.parser_classes import UnspecifiedIntervalSection

    unc = app = False
    start_open = start_unknown = end_open = end_unknown = False
    if isinstance(lower, UnspecifiedIntervalSection):
        s_lo, s_hi = FAR_PAST, FAR_PAST
        start_open, start_unknown = lower.is_open, not lower.is_open
    else:
        s_lo, s_hi = _range(lower, text)
        u, a = _flags(lower)
        s_lo, s_hi = _widen(text.split("/", 1)[0], s_lo, s_hi, u, a)
        unc, app = unc or u, app or a
    if isinstance(upper, UnspecifiedIntervalSection):
        e_lo, e_hi = FAR_FUTURE, FAR_FUTURE
        end_open, end_unknown = upper.is_open, not upper.is_open
    else:
        e_lo, e_hi = _range(upper, text)
        u, a = _flags(upper)
        e_lo, e_hi = _widen(text.split("/", 1)[1], e_lo, e_hi, u, a)
        unc, app = unc or u, app or a
    if (start_open or start_unknown) and (end_open or end_unknown):
        raise InvalidDate(f"{text!r} has neither a start nor an end")
    if start_unknown:
        s_lo, s_hi = FAR_PAST, e_hi
    if end_unknown:
        e_lo, e_hi = s_lo, FAR_FUTURE
    if not (start_open or start_unknown or end_open or end_unknown) and e_hi < s_lo:
        raise InvalidDate(f"{text!r} ends before it starts")
    return Extent(
        text,
        True,
        s_lo,
        s_hi,
        e_lo,
        e_hi,
        uncertain=unc,
        approximate=app,
        end_open=end_open,
        end_unknown=end_unknown,
        start_open=start_open,
        start_unknown=start_unknown,
    )


_SET = re.compile(r"\[([^\[\],/]*)\.\.([^\[\],/]*)\]")


def _ranged_interval(text: str) -> Extent | None:
    """An interval whose start or end is a range of days, written as EDTF's "one of a set" range.

    ``[2022-01-01..2022-11-01]/[2023-10-26..2025-02-28]`` begins some day of
    the first range and ends some day of the second; ``[..2022-11-01]`` is "on
    or before", ``[2025-11..]`` "on or after" (an end of that kind is an unknown
    end with a known earliest day). This is how a term known only from days in
    office is written: EDTF's own intervals take a date, not a set, at each end.
    Returns None for anything else (left to the EDTF grammar).
    """
    head, slash, tail = text.partition("/")
    if not slash or not (_SET.fullmatch(head) or _SET.fullmatch(tail)):
        return None
    start_lo, start_hi, start_unknown = _end_range(head, text)
    end_lo, end_hi, end_unknown = _end_range(tail, text)
    if end_hi < start_lo:
        raise InvalidDate(f"{text!r} ends before it starts")
    return Extent(
        text,
        True,
        start_lo,
        start_hi,
        max(end_lo, start_lo),
        end_hi,
        start_unknown=start_unknown,
        end_unknown=end_unknown,
    )


def _end_range(part: str, text: str) -> tuple[dt.date, dt.date, bool]:
    """The earliest and latest day of one end of :func:`_ranged_interval`, and whether it is open-ended."""
    found = _SET.fullmatch(part)
    if found is None:
        ext = extent(part) if part else None
        if ext is None or ext.is_interval:
            raise InvalidDate(f"{text!r}: each end is a date or a range of days [first..last]")
        return ext.start_earliest, ext.end_latest, False
    first, last = found.groups()
    if not first and not last:
        raise InvalidDate(f"{text!r}: a range of days names its first day, its last day or both")
    for bound in (first, last):
        if bound and extent(bound).is_interval:
            raise InvalidDate(f"{text!r}: {bound!r} is an interval inside a range of days")
    lo = extent(first).start_earliest if first else FAR_PAST
    hi = extent(last).end_latest if last else FAR_FUTURE
    if hi < lo:
        raise InvalidDate(f"{text!r}: the range {part} ends before it starts")
    return lo, hi, not (first and last)


def check_date(text: str) -> str:
    """Validate a single EDTF date (not an interval); return it unchanged."""
    if extent(text).is_interval:
        first, _, last = text.partition("/")
        hint = (
            f"; for some day in that range write [{first}..{last}]"
            if first and last and ".." not in text
            else ""
        )
        raise InvalidDate(f"{text!r} is an interval where a single date is needed{hint}")
    return text


def check_interval(text: str) -> str:
    """Validate an EDTF interval (not a single date); return it unchanged."""
    if not extent(text).is_interval:
        raise InvalidDate(f"{text!r} is a single date where an interval (start/end) is needed")
    return text


def check_any(text: str) -> str:
    """Validate an EDTF date or interval; return it unchanged."""
    extent(text)
    return text


DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def parse_day(text: str) -> dt.date:
    """A calendar day, YYYY-MM-DD (and nothing looser), as the day options and parameters take it."""
    try:
        if not DAY.fullmatch(text):
            raise ValueError(text)
        return dt.date.fromisoformat(text)
    except (TypeError, ValueError):
        raise InvalidDate(f"{text!r} is not a calendar day (YYYY-MM-DD)") from None
