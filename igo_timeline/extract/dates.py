"""Date phrases of communiqués, as EDTF.

The genre writes days in European order ("6-7 June 2012", "on 15 and 16 June
2009", "30 June - 1 July 2012") and in US order ("June 6-7, 2012", "September
11 and 12, 2014", "June 30-July 1, 2012"); months alone ("signed in June
2010"), bare years ("in 2013", which stays a year) and ranges of years ("for
2013-2015"). :func:`find_dates` finds them all in a normalized string, longest
first, with their spans.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}

_M = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)"
_D = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
_Y = r"(?:1[89]\d\d|2\d\d\d)"
_TO = r"\s*(?:-|–|—|to|through|until|and)\s*"
_PATTERNS = [
    # 30 June - 1 July 2012 / 30 June 2012 - 1 July 2012
    (
        "eu_cross",
        rf"\b(?P<d1>{_D})\s+(?P<m1>{_M})(?:\s+(?P<y1>{_Y}))?{_TO}(?P<d2>{_D})\s+(?P<m2>{_M}),?\s+(?P<y2>{_Y})\b",
    ),
    # June 30 - July 1, 2012
    (
        "us_cross",
        rf"\b(?P<m1>{_M})\s+(?P<d1>{_D})(?:,?\s+(?P<y1>{_Y}))?{_TO}(?P<m2>{_M})\s+(?P<d2>{_D}),?\s+(?P<y2>{_Y})\b",
    ),
    # 6-7 June 2012, 15 and 16 June 2009, 6 June 2012
    ("eu", rf"\b(?P<d1>{_D})(?:{_TO}(?P<d2>{_D}))?\s+(?P<m1>{_M}),?\s+(?P<y1>{_Y})\b"),
    # June 6-7, 2012, September 11 and 12, 2014, June 6, 2012
    ("us", rf"\b(?P<m1>{_M})\s+(?P<d1>{_D})(?:{_TO}(?P<d2>{_D}))?,?\s+(?P<y1>{_Y})\b"),
    ("iso", r"\b(?P<iso1>\d{4}-\d{2}-\d{2})(?:\s*(?:/|to|-{1,2}|–)\s*(?P<iso2>\d{4}-\d{2}-\d{2}))?\b"),
    ("month", rf"\b(?P<m1>{_M})\s+(?:of\s+)?(?P<y1>{_Y})\b"),
    # without a year (read only when the caller knows the year): "13-14 June", "Sept. 16", "July 3-4"
    ("eu_cross_ny", rf"\b(?P<d1>{_D})\s+(?P<m1>{_M}){_TO}(?P<d2>{_D})\s+(?P<m2>{_M})\b(?!\s*,?\s*\d)"),
    ("us_cross_ny", rf"\b(?P<m1>{_M})\s+(?P<d1>{_D}){_TO}(?P<m2>{_M})\s+(?P<d2>{_D})\b(?!\s*,?\s*\d)"),
    ("eu_ny", rf"\b(?P<d1>{_D})(?:{_TO}(?P<d2>{_D}))?\s+(?P<m1>{_M})(?![\w.]*\s*,?\s*(?:of\s+)?\d)"),
    ("month_ny", rf"\b(?:in|by|for|until)\s+(?P<m1>{_M})(?![\w.]*\s*,?\s*(?:of\s+)?\d)"),
    (
        "us_ny",
        rf"\b(?P<m1>{_M})\s+(?P<d1>{_D})\b(?:{_TO}(?P<d2>{_D})\b)?(?!\s*,?\s*\d{{4}})(?!\s*(?:-|–)\s*\d)",
    ),
    ("years", rf"\b(?P<y1>{_Y})\s*(?:-|–|to)\s*(?P<y2>{_Y})\b"),
    ("year", rf"\b(?P<y1>{_Y})\b"),
]
_COMPILED = [(kind, re.compile(rx)) for kind, rx in _PATTERNS]


@dataclass(frozen=True)
class DateMatch:
    """A date phrase: its span in the searched string and its EDTF form."""

    start: int
    end: int
    edtf: str
    kind: str  # day, days, month, year, years

    @property
    def last_day(self) -> str:
        """The last day (or the date itself when it is coarser than a day)."""
        return self.edtf.split("/")[-1]


def _month(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def _day(year: str, month: str, day: str) -> dt.date | None:
    try:
        return dt.date(int(year), _month(month), int(re.sub(r"\D", "", day)))
    except (ValueError, KeyError):
        return None


def _edtf(kind: str, g: dict[str, str | None], year: int | None = None) -> tuple[str, str] | None:
    if kind.endswith("_ny"):
        if year is None:
            return None
        g = {**g, "y1": str(year), "y2": str(year)}
        kind = kind[: -len("_ny")]
        if kind == "month":
            return f"{year}-{_month(g['m1'] or ''):02d}", "month"
        if kind in ("eu_cross", "us_cross"):
            g["y1"] = None
    if kind == "iso":
        try:
            first = dt.date.fromisoformat(g["iso1"] or "")
            last = dt.date.fromisoformat(g["iso2"]) if g["iso2"] else first
        except ValueError:
            return None
        return _span(first, last)
    if kind in ("eu_cross", "us_cross"):
        y2 = g["y2"] or ""
        return _span(
            _day(g["y1"] or y2, g["m1"] or "", g["d1"] or ""), _day(y2, g["m2"] or "", g["d2"] or "")
        )
    if kind in ("eu", "us"):
        start = _day(g["y1"] or "", g["m1"] or "", g["d1"] or "")
        return _span(start, _day(g["y1"] or "", g["m1"] or "", g["d2"] or "") if g.get("d2") else start)
    if kind == "month":
        return f"{g['y1']}-{_month(g['m1'] or ''):02d}", "month"
    if kind == "years":
        y_first, y_last = int(g["y1"] or 0), int(g["y2"] or 0)
        return (f"{y_first}/{y_last}", "years") if y_first < y_last else None
    return g["y1"] or "", "year"


def _span(first: dt.date | None, last: dt.date | None) -> tuple[str, str] | None:
    if first is None or last is None or last < first:
        return None
    if first == last:
        return first.isoformat(), "day"
    return f"{first.isoformat()}/{last.isoformat()}", "days"


def find_dates(text: str, year: int | None = None) -> list[DateMatch]:
    """Every date phrase in ``text``, without overlaps, in text order.

    Days written without a year ("on 23 November", "Sept. 16") are read only
    when ``year`` is given (the year of the text's dateline or meeting); their
    kind ends in ``?`` ("day?", "days?"), the year being inferred.
    """
    taken: list[DateMatch] = []
    for kind, rx in _COMPILED:
        for match in rx.finditer(text):
            if any(m.start < match.end() and match.start() < m.end for m in taken):
                continue
            found = _edtf(kind, match.groupdict(), year)
            if found:
                what = found[1] + ("?" if kind.endswith("_ny") else "")
                taken.append(DateMatch(match.start(), match.end(), found[0], what))
    return sorted(taken, key=lambda m: m.start)


_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_RELATIVE = re.compile(
    r"\b(?:(?:on|last|this)\s+)?(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"|\b(?P<word>today|yesterday|tomorrow)\b",
    re.I,
)


def relative_days(text: str, anchor: dt.date, *, future: bool = False) -> list[DateMatch]:
    """Days named relative to the text's own day: "today", "yesterday", "on Friday".

    A weekday is the latest such day on or before the anchor (a report tells
    what happened), or the first on or after it when ``future`` (what will).
    """
    out: list[DateMatch] = []
    for m in _RELATIVE.finditer(text):
        if m.group("word"):
            shift = {"today": 0, "yesterday": -1, "tomorrow": 1}[m.group("word").lower()]
            day = anchor + dt.timedelta(days=shift)
        else:
            want = _WEEKDAYS.index(m.group("weekday").lower())
            delta = (anchor.weekday() - want) % 7
            day = anchor + dt.timedelta(days=(7 - delta) % 7) if future else anchor - dt.timedelta(days=delta)
        out.append(DateMatch(m.start(), m.end(), day.isoformat(), "day?"))
    merged: list[DateMatch] = []
    for d in out:  # "from Tuesday to Thursday", "on Friday and Saturday": one span of days
        prev = merged[-1] if merged else None
        if (
            prev is not None
            and "/" not in prev.edtf
            and re.fullmatch(r"\s*(?:to|until|till|through|and|-|–)\s*", text[prev.end : d.start])
            and (
                re.search(r"\b(?:from|between|on)\s+$", text[: prev.start])
                or re.match(r"(?:from|between|on)\s", text[prev.start : prev.end], re.I)
            )
            and 0 < (dt.date.fromisoformat(d.edtf) - dt.date.fromisoformat(prev.edtf)).days <= 6
        ):
            merged[-1] = DateMatch(prev.start, d.end, f"{prev.edtf}/{d.edtf}", "days?")
        else:
            merged.append(d)
    return merged


def years_interval(edtf: str) -> str:
    """``2013/2015`` (whole years) as days: ``2013-01-01/2015-12-31``."""
    first, _, last = edtf.partition("/")
    return f"{first[:4]}-01-01/{(last or first)[:4]}-12-31"
