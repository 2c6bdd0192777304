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

# the names of the days of the week and of the months, written out (one spelling for every reader)
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_M = rf"(?:{MONTH[3:-1]}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)"
# the ordinal suffix, also typed apart from the day ("7 th July 2024", a press release's)
_D = r"(?:[0-3]?\d)(?:st|nd|rd|th|\s(?:st|nd|rd|th)\b)?"
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
    # (a comma typed after a span of days: "3-5, July 2019", a communiqué's)
    # (the space between the day and the month lost in a page's copy: "convened in Accra on 10July 2014")
    (
        "eu",
        rf"\b(?P<d1>{_D})(?:{_TO}(?:the\s+)?(?P<d2>{_D}),?)?(?:\s+(?:of\s+)?|(?<=\d))(?P<m1>{_M}),?\s+(?P<y1>{_Y})\b",
    ),
    # June 6-7, 2012, September 11 and 12, 2014, June 6, 2012
    ("us", rf"\b(?P<m1>{_M})\s*(?P<d1>{_D})(?:{_TO}(?P<d2>{_D}))?,?\s+(?P<y1>{_Y})\b"),
    ("iso", r"\b(?P<iso1>\d{4}-\d{2}-\d{2})(?:\s*(?:/|to|-{1,2}|–)\s*(?P<iso2>\d{4}-\d{2}-\d{2}))?\b"),
    # "was held 23.11.2023": day, month and year with dots, as Russian, Central Asian and European pages write
    # them (slashes, whose order differs by country, are left unread)
    ("dotted", r"(?<![\d.])(?P<dd>[0-3]?\d)\.(?P<mm>[01]?\d)\.(?P<yy>(?:19|20)\d\d)(?![\d.]\d|\w)"),
    # "in week 44 of 2016": an ISO week, Monday to Sunday (how Nordic bodies set their sessions)
    ("isoweek", r"\b(?i:week)\s+(?P<wk>[1-5]?\d)\s+(?:of|in)\s+(?:the\s+year\s+)?(?P<y1>(?:19|20)\d\d)\b"),
    # January to June 2019, July 2030 - June 2031: a span of months
    (
        "months",
        rf"\b(?P<m1>{_M})(?:\s+(?P<y1>{_Y}))?\s*(?:-|–|to|through|until)\s*(?P<m2>{_M})\s+(?P<y2>{_Y})\b",
    ),
    ("month", rf"\b(?P<m1>{_M}),?\s+(?:of\s+)?(?P<y1>{_Y})\b"),
    # without a year (read only when the caller knows the year): "13-14 June", "Sept. 16", "July 3-4"
    ("eu_cross_ny", rf"\b(?P<d1>{_D})\s+(?P<m1>{_M}){_TO}(?P<d2>{_D})\s+(?P<m2>{_M})\b(?!\s*,?\s*\d)"),
    ("us_cross_ny", rf"\b(?P<m1>{_M})\s+(?P<d1>{_D}){_TO}(?P<m2>{_M})\s+(?P<d2>{_D})\b(?!\s*,?\s*\d)"),
    (
        "eu_ny",
        rf"\b(?P<d1>{_D})(?:{_TO}(?:the\s+)?(?P<d2>{_D}))?\s+(?:of\s+)?(?P<m1>{_M})(?![\w.]*\s*,?\s*(?:of\s+)?\d)",
    ),
    (
        "month_ny",
        rf"\b(?:(?:in|by|for|until|during)\s+(?:(?:early|mid|late)[\s-]+|the\s+(?:end|beginning|start|middle)\s+of\s+)?"
        rf"|(?:early|mid|late)[\s-]+|(?:end|beginning|start|middle)\s+of\s+)(?P<m1>{_M})(?![\w.]*\s*,?\s*(?:of\s+)?\d)",
    ),
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
    kind: str  # day, days, month, months, year, years

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
    if kind == "dotted":
        try:
            day = dt.date(int(g["yy"] or 0), int(g["mm"] or 0), int(g["dd"] or 0))
        except ValueError:
            return None
        return day.isoformat(), "day"
    if kind == "isoweek":
        try:
            monday = dt.date.fromisocalendar(int(g["y1"] or 0), int(g["wk"] or 0), 1)
        except ValueError:
            return None
        return _span(monday, monday + dt.timedelta(days=6))
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
    if kind == "months":
        first_m, last_m = _month(g["m1"] or ""), _month(g["m2"] or "")
        y_last = int(g["y2"] or 0)
        y_first = int(g["y1"]) if g["y1"] else (y_last if first_m <= last_m else y_last - 1)
        if (y_first, first_m) >= (y_last, last_m):
            return None
        return f"{y_first}-{first_m:02d}/{y_last}-{last_m:02d}", "months"
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


_CAPS_RUN = re.compile(r"[A-Z]{3}|\d[A-Z]{2}")
_CAPS_MONTH = re.compile(
    r"\b(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)\b"
    r"(?=[\s,.]+\d|\s*$)|(?<=\d\s)(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)\b"
    r"|(?<=\d(?:ST|ND|RD|TH)\s)(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)\b"
)
# a month written in lower case between a day and its year ("on 29th october 2008", a typed communiqué's slip)
_LOWER_MONTH = re.compile(
    r"(?:(?<=\d\s)|(?<=\d(?:st|nd|rd|th)\s))(?:january|february|march|april|may|june|july|august|september"
    r"|october|november|december)(?=,?\s+\d{4}\b)"
)
_CAPS_ORDINAL = re.compile(r"(?<=\d)\s?(?:ST|ND|RD|TH)\b")
_CAPS_JOIN = re.compile(r"(?<=\d\s)(?:TO|AND|THROUGH|UNTIL)(?=\s+\d)|(?<=[A-Za-z]\s)(?:TO|AND)(?=\s+\d)")


_UNITS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
_TEENS = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth"]
_ORDINAL_DAYS = {
    **{w: n for n, w in enumerate(_UNITS + _TEENS + ["eighteenth", "nineteenth", "twentieth"], 1)},
    **{f"twenty{sep}{w}": 20 + n for n, w in enumerate(_UNITS, 1) for sep in ("-", " ")},
    "thirtieth": 30,
    "thirty-first": 31,
    "thirty first": 31,
}
# a day written as an ordinal word, as formal communiqués and treaties write it ("on the thirtieth of November
# 1996", "this twenty-sixth day of May"): read as its digits, padded to the same length so every offset holds
_WRITTEN_DAY = re.compile(
    r"(?:(?<=\bthe\s)|(?<=\bthis\s))(?P<day>"
    + "|".join(sorted((re.escape(w).replace("\\ ", "\\s") for w in _ORDINAL_DAYS), key=len, reverse=True))
    + rf")(?:\s+day)?(?=\s+of\s+{MONTH}\b)",
    re.I,
)


def _digits_of_day(m: re.Match[str]) -> str:
    n = _ORDINAL_DAYS[" ".join(m.group("day").casefold().split())]
    digits = f"{n}{'st' if n in (1, 21, 31) else 'nd' if n in (2, 22) else 'rd' if n in (3, 23) else 'th'}"
    return digits.ljust(len(m.group()))


def find_dates(text: str, year: int | None = None) -> list[DateMatch]:
    """Every date phrase in ``text``, without overlaps, in text order.

    Days written without a year ("on 23 November", "Sept. 16") are read only
    when ``year`` is given (the year of the text's dateline or meeting); their
    kind ends in ``?`` ("day?", "days?"), the year being inferred.
    """
    # a text set in capitals ("ON 23RD FEBRUARY, 2024", a communiqué's heading): its month names and ordinal
    # suffixes read as written in lower case (the same length, so every offset holds)
    if _CAPS_RUN.search(text):  # most texts have no word in capitals: no substitution to run
        text = _CAPS_MONTH.sub(lambda m: m.group().capitalize(), text)
        text = _CAPS_ORDINAL.sub(lambda m: m.group().lower(), text)
        text = _CAPS_JOIN.sub(lambda m: m.group().lower(), text)
    text = _LOWER_MONTH.sub(lambda m: m.group().capitalize(), text)
    # most texts write no day in words: no substitution to run
    if "of" in text or "Of" in text or "OF" in text:
        text = _WRITTEN_DAY.sub(_digits_of_day, text)
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
    r"\b(?:(?P<which>on|last|this|next|this\s+coming|coming|previous|the\s+following|the\s+previous)\s+)?"
    r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!['’]s\s+(?:\w+\s+)?(?:edition|issue|paper))"
    # "this morning", "this afternoon", "this evening": a part of the text's own day, as "today" is ("the summit
    # got under way this afternoon and runs until Friday")
    r"|\b(?P<word>today|tonight|yesterday|tomorrow|this\s+(?:morning|afternoon|evening)|the\s+day\s+before\s+yesterday"
    r"|the\s+day\s+after\s+tomorrow)\b",
    re.I,
)
_SHIFT = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}  # "this morning" and the like: 0 too

# what a clause tells: what is to come, or what was
FUTURE = re.compile(
    # "next" of a time ("next week", "next summit"), not of a role ("was selected as the next President")
    r"\b(?:will|shall|next(?!\s+(?:[A-Z][\w'’-]*\s+)*(?:President|Secretary|Director|Chair\w*|Head|President-elect|leader|head|chief)\b)"
    r"|would|to\s+be|is\s+to|are\s+to|due|scheduled|expected\s+to|planned|set\s+to"
    r"|for\s+the\s+period|until|till|through|with\s+effect\s+from|upcoming|forthcoming"
    # an intention told in the past is still to come: "noted the plan to host a conference in May 2031",
    # "offered to hold the next session in 2032", "its intention to convene a summit in March"
    r"|(?:plans?|planning|intends?|intention|offer(?:s|ed)?|bid|proposal|invitation|agreed|decided|undertook|pledged)"
    r"\s+to\s+(?:host|hold|convene|organi[sz]e|stage))\b"
    r"|\b(?:for|by)\s+\d{4}",
    re.I,
)
# "that" opens a reported clause with a tense of its own: "He added that in 2026 the chair would go to X"
_CLAUSE_EDGE = re.compile(
    r"[,;:()—–]|\s(?:and|but|which|who|whose|when|while|whereas|after|since|that)\s", re.I
)
_PAST_MARK = re.compile(
    r"\b(?:was|were|had|did|has\s+been|have\s+been|since|ago)\b"
    r"|(?<!\bbe\s)\b(?:\w{3,}ed|said|told|met|held|took|went|made|gave|chose|came|won|sat|began|left|spoke|became"
    r"|brought|wrote|saw|kept|found|sent|led|ran|stood|broke|grew|knew|sought|thought|fought|struck|withdrew"
    r"|undertook|rose|paid|lost|heard|drew|threw|read\s+out)\b",
    re.I,
)


def _markers(words: str) -> list[tuple[int, str]]:
    """Positions of what marks a tense: what is to come ("will", "due to", "until") and what was ("was",
    "had", "since", a past participle); a word marking both ("scheduled") marks what is to come."""
    future = [(m.start(), "future") for m in FUTURE.finditer(words)]
    spans = [m.span() for m in FUTURE.finditer(words)]
    past = [
        (m.start(), "past")
        for m in _PAST_MARK.finditer(words)
        if not any(a <= m.start() < b for a, b in spans)
    ]
    return sorted(future + past)


def clause_tense(sentence: str, start: int, end: int, default: str = "past") -> str:
    """``future`` or ``past``: what the clause around ``sentence[start:end]`` tells, by the nearest mark of
    a tense: before the phrase in its clause ("said on Friday it will leave": past; "will meet again on
    Friday": future), else after it in its clause, else the first after the clause ("Meeting on Wednesday,
    the council resolved that X is suspended until ...": past; "On Friday, the leaders will meet": future),
    else the last before it; ``default`` when nothing marks it (a report tells what was). "from", "until", "with effect
    from" before a day tell what is to come in a sentence that speaks of it ("will become a member, but
    not before January 1, 2015")."""
    edges = [0, *(m.end() for m in _CLAUSE_EDGE.finditer(sentence)), len(sentence)]
    first = max(e for e in edges if e <= start)
    last = min(e for e in edges if e >= end)
    before = sentence[max(0, start - 25) : start]
    in_span = re.match(r"\s*(?:-|–|to|through|until|till|and)\s", sentence[end:]) or re.search(
        r"\b(?:from|between)\s+\S+(?:\s+\S+)?\s+(?:to|through|until|till|and|-|–)\s*$",
        sentence[max(0, start - 40) : start],
    )
    if not in_span and re.search(
        r"\b(?:from|until|till|as\s+of|effective|with\s+effect\s+from|not\s+before|due\s+in)\s+$",
        before,
        re.I,
    ):
        return "future" if FUTURE.search(sentence) or re.search(r"effect|due", before) else "past"
    opener = [m.group() for m in _CLAUSE_EDGE.finditer(sentence) if m.end() == first]
    if opener and re.search(r"since|after", opener[0], re.I):
        return "past"  # "has held the presidency since July 2021"
    inside_before = _markers(sentence[first:start])
    if inside_before:
        return inside_before[-1][1]
    inside_after = _markers(sentence[end:last])
    if inside_after:
        return inside_after[0][1]
    after = _markers(sentence[last:])
    if after:
        return after[0][1]
    earlier = _markers(sentence[:first])
    return earlier[-1][1] if earlier else default


# a present tense of what goes on while the report is written: "is hosting", "are meeting", "runs", "is being
# held", "takes place" (the days it names are the ones around the report's day, not the week before)
_GOING_ON = re.compile(
    r"\b(?:is|are)\s+(?:being\s+)?(?:hosting|holding|meeting|sitting|taking\s+place|held|running|convening|under\s*way)\b"
    r"|\b(?:runs|continues|lasts|takes\s+place|sits)\b(?![^.;]*\b(?:was|were|had)\b)",
    re.I,
)


def relative_days(text: str, anchor: dt.date, *, future: bool | None = None) -> list[DateMatch]:
    """Days named relative to the text's own day: "today", "yesterday", "on Friday", "next Monday".

    A weekday is the latest such day on or before the anchor when its clause tells what happened, the
    first on or after it when it tells what will ("will meet again on Friday"); ``future`` forces either.
    "last Friday" is before the anchor's day, "next Friday" after it.
    """
    out: list[DateMatch] = []
    for m in _RELATIVE.finditer(text):
        if m.group("word"):
            word = " ".join(m.group("word").lower().split())
            shift = {"the day before yesterday": -2, "the day after tomorrow": 2}.get(
                word, _SHIFT.get(word, 0)
            )
            if not dt.date.min + dt.timedelta(days=2) <= anchor <= dt.date.max - dt.timedelta(days=7):
                continue  # a day at the calendar's edge (9999-12-31): none before or after it to name
            day = anchor + dt.timedelta(days=shift)
        else:
            want = _WEEKDAYS.index(m.group("weekday").lower())
            which = " ".join((m.group("which") or "").lower().split())
            ahead = future if future is not None else clause_tense(text, m.start(), m.end()) == "future"
            if which in ("next", "this coming", "coming", "the following"):
                ahead = True
            elif (
                future is None
                and re.search(
                    r"\b(?:from|as\s+of|effective|starting|beginning)\s+$",
                    text[max(0, m.start() - 12) : m.start()],
                    re.I,
                )
                and not re.match(r"\s*(?:-|–|to|through|until|till|and)\s", text[m.end() :])
            ):
                ahead = True  # "the measure applies from Monday"
            elif which in ("last", "previous", "the previous"):
                ahead = False
            elif future is None and re.search(
                r"\b(?:meets|convenes|reconvenes|gathers)\s+(?:again\s+)?(?:on\s+)?$",
                text[max(0, m.start() - 30) : m.start()],
            ):
                ahead = True  # "The Council of Ministers meets on Tuesday to prepare it": the journalist's present
                # of a sitting to come
            delta = (anchor.weekday() - want) % 7
            if not dt.date.min + dt.timedelta(days=7) <= anchor <= dt.date.max - dt.timedelta(days=7):
                continue  # (a day at the calendar's edge: no week around it)
            if ahead:
                day = anchor + dt.timedelta(days=(7 - delta) % 7 or (7 if which in ("next",) else 0))
            else:
                day = anchor - dt.timedelta(
                    days=delta or (7 if which in ("last", "previous", "the previous") else 0)
                )
        out.append(DateMatch(m.start(), m.end(), day.isoformat(), "day?"))
    merged: list[DateMatch] = []
    for d in out:  # "from Tuesday to Thursday", "on Friday and Saturday": one span of days
        prev = merged[-1] if merged else None
        if (
            prev is not None
            and "/" not in prev.edtf
            and re.fullmatch(r"\s*(?:to|until|till|through|and|-|–)\s*", text[prev.end : d.start])
            and (
                # ("the summit is scheduled for Saturday and Sunday": the days of a plan)
                re.search(r"\b(?:from|between|on|for)(?:\s+the)?\s+$", text[: prev.start])
                or re.match(r"(?:from|between|on)\s", text[prev.start : prev.end], re.I)
            )
        ):
            first, last = dt.date.fromisoformat(prev.edtf), dt.date.fromisoformat(d.edtf)
            length = (last.weekday() - first.weekday()) % 7
            if (
                not 0 < (last - first).days <= 6
                and 0 < length
                and first <= anchor <= first + dt.timedelta(days=length)
                and _GOING_ON.search(text[: prev.start])
            ):
                last = first + dt.timedelta(
                    days=length
                )  # "is hosting the summit from Friday to Sunday" told on
                # the Saturday, "runs from Tuesday to Thursday" told on the Tuesday: the days around the report's
            if not 0 < (last - first).days <= 6:
                # "met on Thursday and Friday" told under a Thursday: the span ends on the last Friday
                if last <= anchor:
                    first = last - dt.timedelta(days=(last.weekday() - first.weekday()) % 7 or 7)
                else:
                    last = first + dt.timedelta(days=(last.weekday() - first.weekday()) % 7 or 7)
            merged[-1] = DateMatch(prev.start, d.end, f"{first.isoformat()}/{last.isoformat()}", "days?")
        else:
            merged.append(d)
    # "on Thursday and Friday, 22 and 23 July 2010", "on Monday, 4 March": a weekday the written date right after
    # it states is that date's (read by find_dates), never a day counted from the anchor
    return [d for d in merged if not _written_after(text, d.end, anchor.year)]


def _written_after(text: str, end: int, year: int) -> bool:
    """Whether a written day follows a weekday at ``end`` ("Thursday, 22 July", "Friday 30 January 2015")."""
    after = re.match(r",?\s*", text[end:])
    at = end + (after.end() if after else 0)
    written = find_dates(text[at : at + 40], year)
    return bool(written) and written[0].start == 0 and written[0].kind.rstrip("?") in ("day", "days")


_WEEK = re.compile(r"\b(?P<when>this|last|next|the\s+(?:coming|following|previous|past))\s+week\b", re.I)
_PERIOD = re.compile(
    r"\b(?P<when>(?:earlier|later|early|late)\s+(?:in\s+)?this|this|last|next|(?:early|late)\s+next|(?:early|late)\s+last"
    r"|the\s+(?:coming|following|previous|past|current)|the\s+end\s+of\s+(?:this|the|next)|the\s+end\s+of\s+the\s+current)"
    r"\s+(?P<unit>year|month)\b",
    re.I,
)


def relative_periods(text: str, anchor: dt.date) -> list[DateMatch]:
    """Months and years named relative to the text's day, at their own precision (never a made-up day):
    "earlier this month" (the anchor's month), "later this year" (its year), "next month", "last year",
    "by the end of the year"; "last week" is the days of that week (Monday to Sunday)."""
    out: list[DateMatch] = []
    for m in _PERIOD.finditer(text):
        when = " ".join(m.group("when").lower().split())
        step = (
            1
            if re.search(r"\b(?:next|coming|following)\b", when)
            else -1
            if re.search(r"\b(?:last|previous|past)\b", when)
            else 0
        )
        if m.group("unit").lower() == "year":
            out.append(DateMatch(m.start(), m.end(), str(anchor.year + step), "year?"))
        else:
            month = anchor.year * 12 + anchor.month - 1 + step
            out.append(DateMatch(m.start(), m.end(), f"{month // 12}-{month % 12 + 1:02d}", "month?"))
    for m in _WEEK.finditer(text):  # "last week": the days of that week, Monday to Sunday
        when = m.group("when").lower()
        step = (
            1
            if re.search(r"next|coming|following", when)
            else -1
            if re.search(r"last|previous|past", when)
            else 0
        )
        monday = anchor - dt.timedelta(days=anchor.weekday()) + dt.timedelta(weeks=step)
        span = f"{monday.isoformat()}/{(monday + dt.timedelta(days=6)).isoformat()}"
        out.append(DateMatch(m.start(), m.end(), span, "week?"))
    return sorted(out, key=lambda d: d.start)


# a weekday written with a day of the month ("on Thursday, 31 October", "October 31 (Thursday)"): it names
# no day of its own; when it is not that day's weekday, the day wins (:func:`weekday_disagreements`)
_WEEKDAY_WITH_DATE = re.compile(
    rf"\b(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+(?:the\s+)?(?P<date>{_D}\s+(?:of\s+)?{_M}|{_M}\s+{_D})\b"
    rf"|\b(?P<date2>{_D}\s+(?:of\s+)?{_M}|{_M}\s+{_D})(?:,?\s+{_Y})?\s*\(\s*(?P<wd2>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s*\)",
    re.I,
)


def weekday_disagreements(text: str, anchor: dt.date) -> list[str]:
    """Notes on a weekday written with a day that is not its weekday ("on Friday, 13 June" when 13 June was
    a Thursday): the day written wins."""
    notes = []
    for m in _WEEKDAY_WITH_DATE.finditer(text):
        wd, written = (m["wd"], m["date"]) if m["wd"] else (m["wd2"], m["date2"])
        found = dates_near(text[m.start() : m.end()], anchor)
        day = next((dt.date.fromisoformat(d.edtf) for d in found if d.kind.rstrip("?") == "day"), None)
        if day is not None and day.weekday() != _WEEKDAYS.index(wd.lower()):
            notes.append(
                f"the text writes {wd} with {written}, a {day.strftime('%A')} ({day.isoformat()}): the date is taken"
            )
    return notes


def dates_near(text: str, anchor: dt.date) -> list[DateMatch]:
    """Every date phrase of ``text`` read around the text's own day: days and months written without a year
    take the year that puts them on the side of the anchor their clause tells ("in March" to come under a
    December dateline: next March; "on 30 December" told as past under "Jan. 3": last December), relative
    days and periods at their precision, after what is written. A day written in full stays as written."""
    out: list[DateMatch] = []
    for d in find_dates(text, anchor.year):
        if not d.kind.endswith("?"):
            out.append(d)
            continue
        tense = clause_tense(text, d.start, d.end, default="")
        ahead = (
            tense == "future"
            or "/" not in d.edtf
            and bool(
                re.search(
                    r"\b(?:from|until|till|as\s+of|effective|starting|beginning)\s+$",
                    text[max(0, d.start - 12) : d.start],
                    re.I,
                )
            )
        )
        best = None
        for shift in (0, -1, 1):
            moved = find_dates(text[d.start : d.end], anchor.year + shift)
            if not moved:
                continue
            first = moved[0].edtf.split("/")[0]
            last = moved[0].edtf.split("/")[-1]
            lo = dt.date.fromisoformat(first + ("-01" if len(first) == 7 else ""))
            hi = dt.date.fromisoformat(last + ("-28" if len(last) == 7 else ""))
            if ahead and len(last) == 7:  # a month to come: this month or later ("will ... in February" under
                ok = (hi.year, hi.month) >= (anchor.year, anchor.month)  # 1 March is next February)
            elif ahead:
                ok = hi >= anchor - dt.timedelta(days=1)
            else:  # told as past; unmarked ("meet at the end of June"): the nearest
                ok = lo <= anchor + dt.timedelta(days=len(first) // 10) or not tense  # a day: a day's slack
            gap = abs((lo - anchor).days)
            if ok and (best is None or gap < best[0]):
                best = (gap, DateMatch(d.start, d.end, moved[0].edtf, d.kind))
        out.append(best[1] if best else d)
    taken = [(d.start, d.end) for d in out]
    taken += [m.span("wd" if m["wd"] else "wd2") for m in _WEEKDAY_WITH_DATE.finditer(text)]
    relative: list[DateMatch] = []
    for extra in [*relative_days(text, anchor), *relative_periods(text, anchor)]:
        if not any(s < extra.end and extra.start < e for s, e in taken):
            relative.append(extra)
            taken.append((extra.start, extra.end))
    # what is written (a day, a month) before what is told relative to the text's day, each in text order
    return sorted(out, key=lambda d: d.start) + sorted(relative, key=lambda d: d.start)


def years_interval(edtf: str) -> str:
    """``2013/2015`` (whole years) as days: ``2013-01-01/2015-12-31``."""
    first, _, last = edtf.partition("/")
    return f"{first[:4]}-01-01/{(last or first)[:4]}-12-31"
