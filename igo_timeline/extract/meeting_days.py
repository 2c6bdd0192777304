"""The sitting's days as one sentence tells them.

Split out of meeting.py (a pure move): the dates next to a held verb ("met on 6-7 June", "opened on
Monday and closes on Friday", "for three days from 4 June"), a day too far from the text's own to be
the sitting's, and a meeting's own date in a sentence that tells more than one.
"""

from __future__ import annotations

import datetime as dt
import re

from igo_timeline.extract.context import Context
from igo_timeline.extract.dates import WEEKDAY, DateMatch, find_dates, relative_days
from igo_timeline.extract.meeting_held import _HELD
from igo_timeline.extract.places import city

_SAT_ON = re.compile(
    r"\b(?:held|met|convened|sat|took\s+place|was\s+in\s+session|ended|closed|concluded|wrapped\s+up|wound\s+up)\s+"
    # "ended their fourth annual summit in New Delhi on 29 March": the sitting the verb governs, then its day
    r"(?:(?:its|their|the|a|an)\s+(?:[\w'’-]+\s+){0,4}?(?:summit|meeting|session|conference|sitting)\s+)?"
    r"(?:in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+)?(?:on|from)\s+(?:\w+day,?\s+)?(?:the\s+)?$"
)


_OPENED_ON = re.compile(r"\b(?:opened|opens|began|begins|started|starts|convened)\s+(?:on\s+)?$", re.I)


_CLOSES_ON = re.compile(
    r"^\s*,?\s*(?:and\s+)?(?:it\s+)?(?:closes|closed|ends|ended|concludes|concluded|will\s+(?:close|end|conclude)"
    r"|is\s+to\s+(?:close|end)|runs\s+until|ran\s+until|lasts\s+until)\s+(?:on\s+)?$",
    re.I,
)


def _opened_and_closes(dates: list[DateMatch], text: str) -> list[DateMatch]:
    """ "The Congress opened on 9 August and closes on 27 August": the two days are one span."""
    out: list[DateMatch] = []
    for a, b in zip(dates, dates[1:], strict=False):
        if (
            a.kind.rstrip("?") == b.kind.rstrip("?") == "day"
            and _OPENED_ON.search(text[max(0, a.start - 30) : a.start])
            and _CLOSES_ON.match(text[a.end : b.start])
            and a.edtf < b.edtf
        ):
            kind = "days?" if a.kind.endswith("?") or b.kind.endswith("?") else "days"
            out.append(DateMatch(a.start, b.end, f"{a.edtf}/{b.edtf}", kind))
    return out


_N_DAYS_FROM = re.compile(
    r"\b(?:over|for|in)\s+(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+days\s+(?:from|starting(?:\s+on)?|beginning(?:\s+on)?)\s+$",
    re.I,
)


_NUMBER = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


def _days_from(dates: list[DateMatch], text: str) -> list[DateMatch]:
    """ "held in Lima over three days from 17 November": the span of those days."""
    out: list[DateMatch] = []
    for d in dates:
        m = _N_DAYS_FROM.search(text[max(0, d.start - 40) : d.start])
        if m and d.kind.rstrip("?") == "day" and re.fullmatch(r"\d{4}-\d{2}-\d{2}", d.edtf):
            n = _NUMBER.get(m.group("n").casefold()) or int(m.group("n"))
            if 1 < n <= 31:
                last = dt.date.fromisoformat(d.edtf) + dt.timedelta(days=n - 1)
                start = d.start - (len(text[max(0, d.start - 40) : d.start]) - m.start())
                out.append(DateMatch(start, d.end, f"{d.edtf}/{last.isoformat()}", "days" + d.kind[3:]))
    return out


_NTH_DAY = re.compile(
    r"\bentered\s+(?:its|their)\s+(?P<n>second|third|fourth|fifth)\s+day\s+(?:on\s+)?(?:\w+day,?\s+)?$", re.I
)
_ORDINAL_DAY = {"second": 2, "third": 3, "fourth": 4, "fifth": 5}


def _nth_day(dates: list[DateMatch], text: str) -> list[DateMatch]:
    """ "The summit has entered its second day Friday": the sitting from the day before to that day."""
    out: list[DateMatch] = []
    for d in dates:
        m = _NTH_DAY.search(text[max(0, d.start - 50) : d.start])
        if m and d.kind.rstrip("?") == "day" and re.fullmatch(r"\d{4}-\d{2}-\d{2}", d.edtf):
            first = dt.date.fromisoformat(d.edtf) - dt.timedelta(
                days=_ORDINAL_DAY[m.group("n").casefold()] - 1
            )
            out.append(DateMatch(d.start, d.end, f"{first.isoformat()}/{d.edtf}", "days" + d.kind[3:]))
    return out


def _span_days(d: DateMatch) -> int:
    first, last = d.edtf.split("/")[0], d.edtf.split("/")[-1]
    if len(first) != 10 or len(last) != 10:
        return 0
    return (dt.date.fromisoformat(last) - dt.date.fromisoformat(first)).days


# no sitting of the genre runs longer (a postal congress: three weeks); "with effect from 7 June 2024 until 25 April
# 2026" is a term, "from 2023 to 2025" a programme
_LONGEST_SITTING = 31


_OTHER_EVENT_OF = re.compile(
    r"\b(?:elections?|polls?|vote|ballot|referendum|coup|attacks?|ceasefire|agreement|accord|treaty|declaration|decision"
    r"|resolution|letter|decree|law|constitution|uprising|massacre|earthquake|floods?|events?)\s+(?:of|held\s+on)\s+$",
    re.I,
)


def _meeting_dates(ctx: Context, text: str) -> DateMatch | None:
    held_when = _HELD_WHEN.search(text) if ctx.anchor.day is not None else None
    if held_when is not None and ctx.anchor.day is not None:
        # "after its 216th meeting, held today, the Council condemned the takeover of 18 February": the day the
        # verb of sitting governs, not a calendar day of another clause
        told = [d for d in relative_days(text, ctx.anchor.day) if d.start == held_when.start("when")]
        if told:
            return told[0]
    dates = [
        d
        for d in find_dates(text, ctx.anchor.year)
        if d.kind.rstrip("?") in ("day", "days") and _span_days(d) <= _LONGEST_SITTING
    ]
    spans = _opened_and_closes(dates, text) + _days_from(dates, text)
    if spans:
        dates = spans + [d for d in dates if not any(s.start <= d.start < s.end for s in spans)]
    # "with the measure applying from November 16": the day something takes effect is not the meeting's
    dates = [
        d for d in dates
        if d.kind.rstrip("?") == "days"
        or not re.search(rf"\b(?:from|until|till|as\s+of|effective|beginning|starting)\s+(?:{WEEKDAY},?\s+)?$", text[max(0, d.start - 32) : d.start])
    ]  # fmt: skip
    # a day a reporting verb governs is the report's, not the sitting's: "was elected at the session in Accra, said
    # a statement published on Thursday", "the ministry said in a statement on Friday"
    dates = [d for d in dates if not _REPORTED_ON.search(text[max(0, d.start - 60) : d.start])]
    # "ruled that the outcome of the presidential election of 1 December 2016 must be respected": the day of
    # another event, the noun it dates
    dates = [d for d in dates if not _OTHER_EVENT_OF.search(text[max(0, d.start - 40) : d.start])]
    if ctx.anchor.day is not None:  # a day far from the text's own is another event's ("from 1 January 2024")
        dates = [
            d
            for d in dates
            if abs((dt.date.fromisoformat(d.edtf.split("/")[0]) - ctx.anchor.day).days) <= 10
            # "which ran from 23 September to 3 October" in a report of 8 October: a span ending near the report
            or (
                "/" in d.edtf
                and -10 <= (ctx.anchor.day - dt.date.fromisoformat(d.edtf.split("/")[-1])).days <= 10
                and (
                    dt.date.fromisoformat(d.edtf.split("/")[-1]) - dt.date.fromisoformat(d.edtf.split("/")[0])
                ).days
                <= 31
            )
            # "the session of the General Conference, held on 29 and 30 June" in a report of 11 July: a day a
            # verb of sitting governs is the sitting's, up to a month before the report
            or (
                _SAT_ON.search(text[max(0, d.start - 80) : d.start]) is not None
                # not a sitting told in a relative clause ("the Conference, which at its 22nd session, held on
                # 25 March, ..."): background to what the report tells
                and not re.search(r"\b(?:which|who|whose)\b", text[: d.start])
                and 0 <= (ctx.anchor.day - dt.date.fromisoformat(d.edtf.split("/")[-1])).days <= 31
            )
        ]
    if not dates and ctx.anchor.day is not None:
        dates = [  # each weekday by its clause's tense; "runs until Tuesday" tells its end, not its day
            d
            for d in relative_days(text, ctx.anchor.day)
            if not re.search(r"\b(?:until|till|through)\s+$", text[max(0, d.start - 12) : d.start])
            and (
                not _REPORTED_ON.search(text[max(0, d.start - 60) : d.start])
                # "she told reporters yesterday in a briefing right after the close of the summit": the
                # words said as the sitting closed, that day the sitting's last
                or _AS_IT_CLOSED.search(text[d.end : d.end + 90])
            )
        ]
    nth = _nth_day(dates, text)
    if nth:
        dates = nth + [d for d in dates if not any(s.start <= d.start < s.end for s in nth)]
    dates = _after_dateline(dates, text)
    spans = [d for d in dates if "/" in d.edtf]
    if dates and "/" not in dates[0].edtf:  # "ended on Thursday after meetings from Tuesday to Thursday"
        holding = [s for s in spans if s.edtf.split("/")[0] <= dates[0].edtf <= s.edtf.split("/")[-1]]
        if holding:
            return holding[0]
    if dates and "/" not in dates[0].edtf and len(dates[0].edtf) == 10:
        # "released the statement on Sunday, a day after the leaders met in Manila": the sitting is the clause
        # after, that many days before the day named (or after it: "two days before the summit closed")
        d = dates[0]
        shift = _DAYS_AFTER.match(text, d.end)
        if shift and _HELD.search(shift.group("rest")) and not _HELD.search(text[: d.start]):
            n = _NUMBER.get(shift.group("n").lower()) or (
                1 if shift.group("n").lower() in ("a", "one") else 0
            )
            if n:
                day = dt.date.fromisoformat(d.edtf) + dt.timedelta(
                    days=-n if shift.group("dir") == "after" else n
                )
                return DateMatch(d.start, d.end, day.isoformat(), d.kind)
    return dates[0] if dates else None


# a dateline at the head of a sentence: a town (its state after a comma or in brackets), the report's day, an agency
# in brackets, then a dash or a colon ("Lusaka, 4 May 2011 - ...", "Nairobi [Kenya], May 4 (XNA): ..."); or the day
# first ("4 May 2011 - Lusaka - ...", "04.05.2011-Lusaka/ ...")
_DATELINE_BEFORE = re.compile(
    r"(?:^|[.!?]\s+|\s)[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}(?:\s*\[[^\]]{1,30}\])?\s*,\s*"
    r"(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s*,\s*)?(?:\w+day,?\s+)?$|^\W*$"
)
_DATELINE_AFTER = re.compile(r"\s*,?\s*(?:\([^()]{1,40}\)\s*)?(?:--|[-–—:/])\s*(?=[A-Z])")
# the day first, then the town between two dashes: "4 May 2011 - Lusaka - The ...", "04.05.2011-Lusaka/ The ..."
_DATELINE_TOWN_AFTER = re.compile(
    r"\s*(?:--|[-–—/])\s*(?P<town>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})(?:\s*,\s*[A-Z][\w'’ ]{1,30}?)?"
    r"\s*(?:--|[-–—/:])\s*(?=[A-Z])"
)
# a day the sitting's verb or its span tells, after the dateline: "was held from 9-10 May", "met on 3 May"; not a sitting
# to come ("will be held on 20 May")
_TO_COME_WORDS = re.compile(
    r"\b(?:will|shall|next|scheduled|slated|due|to\s+be|would|expected|ahead\s+of)\b", re.I
)


# the sitting a nominal start or close governs: "the start of the two-day 24th Ordinary Session", "the
# conclusion of the Council's two-day session", "the close of this year's summit" (a few words, then its noun)
_OF_SITTING = (
    r"\s+of\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+|this\s+(?:year['’]s\s+)?)?(?:[\w'’().-]+\s+){0,8}?"
    r"(?:summit|meeting|session|conference|congress|assembly|council|forum|gathering|talks|sitting|ministerial)s?\b"
)


# words said right after (or at) the sitting's close: "told reporters yesterday in a briefing right after the close
# of the summit"
_AS_IT_CLOSED = re.compile(
    r"^[^.;]{0,50}?\b(?:(?:shortly|immediately|just|right)\s+after|at)\s+the\s+(?:conclusion|close|end)"
    + _OF_SITTING,
    re.I,
)


def _after_dateline(dates: list[DateMatch], text: str) -> list[DateMatch]:
    """The day a sentence headed by a dateline tells of the sitting, not the dateline's (the report's) day: "Lusaka,
    4 May 2011 - The 9th Summit, held in Kitwe from 28 April to 1 May, adopted ..." is the span; the dates before
    the dateline's end (a time stamp above it too) are the page's. Only when a day after the dateline is the
    sitting's: a span, or a day a verb of sitting governs, no sitting to come between."""
    end = None
    for d in dates:
        if d.start > 160:
            break
        town = _DATELINE_TOWN_AFTER.match(text, d.end)
        name = town.group("town") if town is not None else ""
        if town is not None and city(name.title() if name.isupper() else name):
            end = town
            break
        if _DATELINE_BEFORE.search(text[max(0, d.start - 80) : d.start]):
            end = _DATELINE_AFTER.match(text, d.end)
            if end is not None:
                break
    if end is None:
        return dates
    told = [
        d
        for d in dates
        if d.start >= end.end()
        and ("/" in d.edtf or _SAT_ON.search(text[max(end.end(), d.start - 80) : d.start]))
        and not _TO_COME_WORDS.search(text[end.end() : d.start])
    ]
    if not told:
        return dates
    return [d for d in dates if d.start >= end.end()]


# a verb of sitting and the day right after it, relative to the dateline: "held today", "met on Friday"
_HELD_WHEN = re.compile(
    r"\b(?:held|met|convened|sat|took\s+place|gathered)\s+(?:here\s+)?"
    # the town or the hall between verb and day: "met in Lisbon on Monday", "gathered at the Kremlin on Friday",
    # "met in the Ruritanian capital on Tuesday" (a few words, no comma: the same clause)
    r"(?:(?:in|at)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+|(?:capital|city|town)\s+){1,4}?)?"
    r"(?P<when>today|yesterday"
    r"|on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b(?!\s*,?\s*(?:\d|(?:January|February|March|April|May|June|July"
    r"|August|September|October|November|December)\b))"
)


# a reporting verb and its day: "said on Friday", "told reporters late on Monday", "said in a statement on
# Sunday", "a statement ... published on Thursday", "reported on 5 May"
_REPORTED_ON = re.compile(
    r"\b(?:said|says|told|published|reported|stated|tweeted|posted|wrote)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:(?:late|early)\s+)?(?:on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?$",
    re.I,
)


_DAYS_AFTER = re.compile(
    r"\s*,?\s*(?P<n>a|one|two|three|four|five)\s+days?\s+(?P<dir>after|before)\b(?P<rest>[^.;]*)", re.I
)


def _far_day(ctx: Context, d: DateMatch) -> bool:
    """Whether a day a sentence states is over ten days from the text's own (another sitting's), or unknown."""
    if d.kind.rstrip("?") not in ("day", "days"):
        return False
    if ctx.anchor.day is None:
        return True
    first = dt.date.fromisoformat(d.edtf.split("/")[0][:10])
    return abs((first - ctx.anchor.day).days) > 10


def _own_date(ctx: Context, text: str, when: str) -> DateMatch | None:
    """A second meeting's own day: a calendar day, a weekday of the report's week ("met on Sunday"), or "earlier
    in the day" (the main meeting's first day); within the week up to the main meeting's end."""
    year = ctx.anchor.year or ctx.year
    days = [d for d in find_dates(text, year) if d.kind.rstrip("?") in ("day", "days")]
    date = _meeting_dates(ctx, text) if days else None
    if date is not None and date.edtf.split("/")[0] in {d.edtf.split("/")[0] for d in days}:
        return date
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", when.split("/")[0]):
        # a day told beside the main meeting's is read in its year (or the year before, across a new year),
        # within the week before its end ("the council, which met in Jeddah on 29 May" beside a summit of 31
        # May 2019 under a dateline without a year)
        end = dt.date.fromisoformat(when.split("/")[-1])
        for year_of in (end.year, end.year - 1):  # "on 31 December" before a meeting of 2 January
            for d in find_dates(text, year_of):
                if d.kind.rstrip("?") in ("day", "days") and re.fullmatch(
                    r"\d{4}-\d{2}-\d{2}", d.edtf.split("/")[0]
                ):
                    if 0 <= (end - dt.date.fromisoformat(d.edtf.split("/")[0])).days <= 7:
                        return d
    first, last = when.split("/")[0], when.split("/")[-1]
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", first) or ctx.anchor.day is None:
        return None
    same = re.search(
        r"\b(?:earlier|later)\s+(?:in|on)\s+the\s+(?:same\s+)?day\b|\bthe\s+same\s+day\b", text, re.I
    )
    if same:
        return DateMatch(same.start(), same.end(), first, "day?")
    end = dt.date.fromisoformat(last)
    for d in relative_days(text, min(end, ctx.anchor.day)):
        start = dt.date.fromisoformat(d.edtf.split("/")[0])
        if 0 <= (end - start).days <= 7:
            return d
    return None


def eve_of(text: str, when: str) -> DateMatch | None:
    """ "on the eve of the summit": the day before the main meeting's first day (``when``)."""
    first = when.split("/")[0]
    eve = re.search(
        r"\b(?:on\s+)?the\s+eve\s+of\s+(?:the|its|their)\s+(?:[\w'’-]+\s+){0,3}?(?:summit|meeting|session)\b",
        text,
        re.I,
    )
    if eve is None or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", first):
        return None
    before = (dt.date.fromisoformat(first) - dt.timedelta(days=1)).isoformat()
    return DateMatch(eve.start(), eve.end(), before, "day?")
