"""The text's own day and place: its dateline, a date line near the top, or ``--published``.

News reports open with a dateline: "SAMARKAND, Uzbekistan, Sept. 16 (Xinhua)
--", "UFA, July 10. /TASS/.", "ISLAMABAD, Jun 14 (APP):", "BISHKEK. KAZINFORM
-", "Phnom Penh, 12 November 2022 (TDI):"; others put a date line above the
text ("10:28, 14 June 2019", "04.07.2024, 16:12", "date 2024-07-04"). The
dateline's day anchors what the text leaves relative ("today", "on Friday",
"on 23 November") and dates a decision whose meeting is not recognised.

dateparser is not used: it reads "Sept. 16 (Xinhua)" in the year of the
machine's clock and "13-14 June 2019" as one day. A dateline without a year
takes the year of the ``published`` day when given, else the latest year of
a day written in full in the text, else the latest year the text names that
is not in the future of its other dates (marked inferred either way).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from igo_timeline.extract.dates import _M, DateMatch, clause_tense, find_dates
from igo_timeline.extract.places import UPPER, city, own_city_name
from igo_timeline.extract.text import is_byline_text, is_title_line

# a city's name in any Latin letters ("Nouméa", "TÓRSHAVN", "Asunción", "ŁÓDŹ", "Şuşa"): a capital, then letters
_UP = UPPER
# an apostrophe in any of its forms, the okina too ("Nuku‘alofa", "Nukuʻalofa")
_LETTERS = r"(?:[^\W\d_]|['’‘ʻ.\-])+"
_PART = r"(?:(?i:es|el|al|de|da|du|la|di|del|dos|das|do)\s+){0,2}"  # "Andorra la Vella", "Ciudad de la Paz"
_CITY = rf"(?P<city>[{_UP}]{_LETTERS}(?:[ -]{_PART}[{_UP}]{_LETTERS}){{0,2}})(?:/[{_UP}]{_LETTERS}(?:[ -][{_UP}]{_LETTERS}){{0,2}})?"
# a month in capitals, as a dateline in capitals writes it ("09 SEPTEMBER 2017")
_M_CAPS = r"(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)"
# the same month first ("SINGAPORE, NOVEMBER 21, 2007 (STAR) -", "YEREVAN, SEPT. 28, ARMENPRESS."), abbreviated too
_M_CAPS_FIRST = rf"(?:{_M_CAPS}|(?:JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)\.?)"
_DATELINE = re.compile(
    # "The VILLAGE of BURABAY /KAZAKHSTAN/, October 16.": a settlement's kind before its name, its state in slashes
    rf"^\W{{0,3}}(?:(?i:the\s+)?(?i:village|settlement|town|city|resort|island)\s+(?i:of)\s+)?"
    # "East African Community Headquarters, Arusha, Tanzania, 25th November, 2023:": a seat or building first
    r"(?:(?:[A-Z][\w'’-]*\s+){0,5}(?:Headquarters|Secretariat|State\s+House|House|Palace|Hall|Cent(?:re|er))\s*,\s*)?"
    rf"{_CITY}"
    # "Tintorero, Lara State, Venezuela, April 29, 2007 -": the town's region, then its state
    rf"(?:\s*,\s*(?:[{_UP}][^\W\d_]+(?:\s+[{_UP}][^\W\d_]+){{0,2}}\s+(?:State|Province|Region|Oblast|Governorate"
    r"|Prefecture|County|District|Department|Territory)\s*,\s*)?"
    # "DENVER, the United States, May 3 (Newswire) --": a state whose name takes the article
    rf"(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)(?:the\s+)?(?P<country>[{_UP}](?:[^\W\d_]|[ .'’-])+?)"
    rf"|\s*/(?P<slashed>[{_UP}][^\W\d_]+(?:[ -][{_UP}][^\W\d_]+){{0,2}})/"
    rf"|\s*\((?P<bracketed>[{_UP}][^\W\d_]+(?:[ -][{_UP}][^\W\d_]+){{0,2}})\))?"
    # "DJERBA (Tunisia), Nov 20 -"; "Rome (AFP) July 2, 2023 -": an agency in brackets, then the day
    # "RIO DE JANEIRO, Brazil – April 29, 2025 —", "GENEVA - 4 May 2031 -", "Islamabad: March 11, 2022": a dash
    # or a colon before the day too
    r"(?:\s*[,.:]\s*|\s+[–—-]\s+|(?<=\))\s+(?=[A-Z\d]))"
    # "YEREVAN, Friday 12 October 2018 --", "SUVA, FIJI - MONDAY 15 SEPTEMBER 2031:" (in capitals too)
    r"(?:(?P<wd>(?i:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)),?\s+)?"
    rf"(?P<date>(?:(?:{_M}|{_M_CAPS_FIRST})\s+\d{{1,2}}(?:st|nd|rd|th)?(?![\d\w])(?!\s*(?:-|–|to|and)\s*\d)|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_M}|{_M_CAPS})|\d{{1,2}}\.\d{{1,2}}\.\d{{4}}|\d{{1,2}}/\d{{1,2}}/\d{{4}}|{_M}\s+\d{{4}})(?:\s*,?\s*\d{{4}})?)"
    r"(?P<rest>\s*[.,]?\s*(?:\([^)]{1,40}\)|/[^/]{1,20}/|\[[^\]]{1,40}\])?\s*(?:--|—|–|-|:|\.)?)",
    re.M,
)
_DATELINE_NO_DATE = re.compile(
    rf"^\W{{0,3}}(?P<city>[{_UP}][{_UP}'’.\-]+(?:[ -][{_UP}][{_UP}'’.\-]+){{0,2}})(?:\s*,\s*(?P<country>[{_UP}](?:[^\W\d_]|[ .'’-])+?))?(?:\s*[.,]\s*|\s+(?=\())"
    r"(?:(?:\(?[A-Z][\w-]*(?:[ /][A-Z][\w-]*)?\)?|/[A-Z]+/)\s*(?:--|—|–|-|:)(?=\s|$)"
    # "BISHKEK. KAZINFORM The Council met ...": an agency in capitals and no dash before the lede
    r"|[A-Z]{3,}(?:-[A-Z]+)?\s+(?=[A-Z][a-z]))",
    re.M,
)
# "Panama City (Xinhua) --", "Dublin (AFP) —": a city in any case, then an agency in brackets and a dash
_DATELINE_AGENCY = re.compile(
    rf"^\W{{0,3}}(?P<city>[{_UP}]{_LETTERS}(?:[ -]{_PART}[{_UP}]{_LETTERS}){{0,2}})(?:\s*,\s*(?P<country>[{_UP}](?:[^\W\d_]|[ .'’-])+?))?"
    r"\s*,?\s*\((?:[A-Z][\w-]*(?:[ /][A-Z][\w-]*)?)\)\s*(?:--|—|–|-|:)",  # "Cairo, (IINA) -" too
    re.M,
)
# "Valletta, MALTA – Leaders of ...", "Port Louis, Mauritius - The summit ...": a town the gazetteer knows, its
# state, a dash, and no date
_DATELINE_TOWN = re.compile(
    rf"^\W{{0,3}}(?P<city>[{_UP}]{_LETTERS}(?:[ -]{_PART}[{_UP}]{_LETTERS}){{0,2}})\s*,\s*"
    rf"(?P<country>[{_UP}][^\W\d_]+(?:[ -][A-Za-z{_UP[3:]}][^\W\d_]+){{0,3}})\s*(?:--|—|–|-)\s+(?=[A-Z])",
    re.M,
)
# "ADDIS ABABA -- The council ...", "Caracas - The ...", "Nusa Dua, Bali - ...", "BAGHDAD (AFP) - ...",
# "Tegucigalpa.- ...", "Almaty. Leaders ...": a town (its region, a bracket after it), a dash, a colon or a full
# stop, and the lede on the same line; no date (the day comes from --published or a date line). Read only under
# the checks of _dash_dateline (a town the gazetteer knows, or a name the text writes again).
_DATELINE_DASH = re.compile(
    rf"^[ \t\"“]{{0,2}}(?P<city>[{_UP}]{_LETTERS}(?:[ -]{_PART}[{_UP}]{_LETTERS}){{0,2}}?)"
    rf"(?:\s*,\s*(?P<country>[{_UP}][^\W\d_]+(?:[ -][{_UP}][^\W\d_]+){{0,2}}))?"
    r"(?:\s*\((?P<bracket>[^()\n]{1,40})\))?"
    r"\s*(?P<sep>--|—|–|-|:|\.-|\.)\s+(?P<lede>[A-Z\"“‘'][^\n]*)",
    re.M,
)
# a label a page writes before a dash or a colon, no town: "UPDATE - ...", "Published: ...", "Explainer - ..."
_NOT_A_DATELINE = re.compile(
    r"(?i:published|updated|posted|issued|released|dated?|filed|modified|last\s+updated|first\s+published|update"
    r"|breaking|exclusive|explainer|analysis|factbox|interview|opinion|editorial|comment|photo|video|watch|live"
    r"|correction|press\s+release|communiqu[eé]|statement|news|source|by)"
)


def _dash_dateline(text: str, offset: int) -> re.Match[str] | None:
    """A dateline with no date at ``offset`` ("ADDIS ABABA -- The ..."), when it is one: the lede runs on after it
    (a line of prose, not a headline), the name is no label, no state and no organization, and it is a town the
    gazetteer knows or a name the text writes again after the dateline ("Nusa Dua, Bali - ... met in Nusa Dua")."""
    m = _DATELINE_DASH.match(text, offset)
    if m is None or len(m.group("lede")) < 60 or not re.search(r"[a-z]{3,}\s+[a-z]{2,}", m.group("lede")):
        return None
    above = [line.strip() for line in text[: m.start()].splitlines() if line.strip()]
    if len(above) > 3 or any(len(line) >= 60 and line.endswith((".", "!", "?")) for line in above):
        # a line deep in the text ("Brazil: Ms X, Deputy Minister"), a list's item, or a line after the lede
        # has begun ("The summit was held in X on 4 June.", then "X -- The president ..."): no dateline
        return None
    name = _title(m.group("city").strip(" .,-"))
    if not name or len(name) < 3 or _NOT_A_DATELINE.fullmatch(name) or re.search(r"\d|\.\w", name):
        return None
    from igo_timeline.extract.names import find_parties, is_state
    from igo_timeline.extract.places import capital_of

    states = [p.value for p in find_parties(name) if p.start == 0 and is_state(p.value)]
    if states and (capital_of(states[0]) or "").casefold() != name.casefold():
        return None  # "EGYPT – Egypt has become ...", "JAMAICA, Kingston (...) --": a state, no town
    if find_parties(name) and not city(name):
        return None  # an organization's name
    if city(name):
        return m
    if re.search(rf"\b{re.escape(name)}\b", text[m.start("lede") :], re.I):
        return m
    return None


# "LUSAKA: The ministers ...": a town in capitals, a colon, the lede
_DATELINE_COLON = re.compile(
    rf"^\W{{0,3}}(?P<city>[{_UP}][{_UP}'’.\-]+(?:[ -][{_UP}][{_UP}'’.\-]+){{0,2}}):\s+(?=[A-Z])", re.M
)
_NUMERIC = re.compile(r"\b(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})\b")
# "HA NOI, 26/06/2020 -": day and month with slashes, read only when one of them can be no month (the order
# differs by country: "06/07/2020" stays unread)
_SLASHED = re.compile(r"\b(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4})\b")


def _slashed_day(written: str, given: dt.date | None = None) -> dt.date | None:
    """The day of "08/10/2007": day and month told apart by a number over 12, else by the known day (the
    ``--published`` day or a date line) one reading is within a month of and the other not; else None."""
    m = _SLASHED.search(written)
    if m is None:
        return None
    a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
    if a > 12 >= b:
        return _safe(y, b, a)
    if b > 12 >= a:
        return _safe(y, a, b)
    if a == b:
        return _safe(y, a, b)
    near = [
        day for day in (_safe(y, b, a), _safe(y, a, b)) if day and given and abs((day - given).days) <= 31
    ]
    return near[0] if len(near) == 1 else None


_ISO = re.compile(r"\b(?P<iso>\d{4}-\d{2}-\d{2})\b")
_NUMERIC_SHORT = re.compile(r"(?<![\d.])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{2})(?![\d.])")


@dataclass(frozen=True)
class Anchor:
    """What the text says about itself: the day it was written and its dateline's place."""

    day: dt.date | None = None
    year_inferred: bool = False  # the dateline had no year
    place: str | None = None
    start: int = 0  # the dateline's span in the text (0, 0 when none)
    end: int = 0
    region: str | None = None  # what the dateline names after the city ("BENAULIM, Goa, ...": Goa)
    year_why: str = ""  # what gave the year of a dateline written without one
    period: str = ""  # a dateline of a month ("Bangkok, October 2016"): its EDTF month, the day unknown

    @property
    def year(self) -> int | None:
        return self.day.year if self.day else int(self.period[:4]) if self.period else None


_FUTURE = re.compile(
    r"\b(?:will|shall|next|would|to\s+be|for\s+the\s+period|until|till|through|with\s+effect\s+from)\b"
    r"|\b(?:for|by)\s+\d{4}",
    re.I,
)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_ON_WEEKDAY = re.compile(rf"\bon\s+(?P<wd>{'|'.join(_WEEKDAYS)})\b", re.I)
# a clause about what was before the text: its years bound the text's from below, never give it
_BACKGROUND = re.compile(
    r"\b(?:last|since|ago|once|previously|formerly|founded|established|created|set\s+up|dates?\s+back|goes\s+back"
    r"|went\s+back|anniversary|history|historic(?:al)?|previous|earlier|former|had\s+been|had)\b",
    re.I,
)
# (not after a month's abbreviation before its day: "in Astana on Dec. 12" is one sentence)
_SENTENCE_END = re.compile(
    r"(?<=[.!?])(?<!\b(?:Jan|Feb|Mar|Apr|Aug|Sep|Oct|Nov|Dec)\.)(?<!\bSept\.)\s+"
    r"|(?<=\b(?:Jan|Feb|Mar|Apr|Aug|Sep|Oct|Nov|Dec)\.)\s+(?!\d)|(?<=\bSept\.)\s+(?!\d)"
)
_UNITS = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_ORDINAL_UNITS = "zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth".split()
_ORDINAL_TENS = {"twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90}  # fmt: skip
_ONES = "|".join([*_UNITS[1:10], *_ORDINAL_UNITS[1:10]])
_NUMBER_WORD = (
    r"(?:\d{1,3}(?:st|nd|rd|th)?"
    rf"|(?:{'|'.join(_TENS)})(?:[- ](?:{_ONES}))?|(?:{'|'.join(_ORDINAL_TENS)})"
    rf"|{'|'.join(sorted([*_UNITS[1:], *_ORDINAL_UNITS[1:]], key=len, reverse=True))})"
)
# "some 42 years ago", "forty-two years ago"; "the 30th anniversary", "the twenty-fifth anniversary"
_AGO = re.compile(
    rf"\b(?P<q>some|about|around|nearly|almost|roughly|exactly|more\s+than|over)?\s*(?P<n>{_NUMBER_WORD})\s+years?\s+ago\b",
    re.I,
)
_RELATIVE_YEAR = re.compile(r"\b(?P<which>last|previous|this|next|coming)\s+year(?:['’]s)?\b", re.I)
_ANNIVERSARY = re.compile(rf"\b(?P<n>{_NUMBER_WORD})\s+anniversary\b", re.I)
# a term that begins now: "becomes deputy chair for 2019-2020", "takes over ... for the period 2025-2027"
# a term that begins with the news: "becomes chair for 2019-2020", "the chairmanship passed to B for the next two
# years, 2021 to 2023", "took over the presidency for 2031-2032" (a handover told as done is the text's own day)
_TERM_NOW = re.compile(
    r"\b(?:becomes|become|takes\s+over|took\s+over|assumes|assumed|begins|starts|passed|passes|handed\s+over|hands\s+over"
    r"|rotated|rotates|t(?:ook|akes)\s+office)\b",
    re.I,
)
# a weekday written with a day of the month: "on Thursday, 31 October", "Monday, March 11"
_WEEKDAY_DATE = re.compile(
    rf"\b(?P<wd>{'|'.join(_WEEKDAYS)}),?\s+(?:the\s+)?(?P<date>\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_M}|{_M}\s+\d{{1,2}}(?:st|nd|rd|th)?)\b"
    r"(?!,?\s*\d{4})",
    re.I,
)


def number(word: str) -> int | None:
    """ "42", "42nd", "forty-two", "forty two", "twenty-fifth", "thirty" -> the number (1-99); else None."""
    word = word.casefold().strip()
    digits = re.fullmatch(r"(\d{1,3})(?:st|nd|rd|th)?", word)
    if digits:
        return int(digits.group(1))
    parts = re.split(r"[- ]", word)
    total = 0
    for i, part in enumerate(parts):
        if part in _TENS and i == 0:
            total += _TENS[part]
        elif part in _ORDINAL_TENS and i == len(parts) - 1 and i == 0:
            total += _ORDINAL_TENS[part]
        elif part in _UNITS[1:] and (i == len(parts) - 1) and (i == 0 or total % 10 == 0 and total >= 20):
            total += _UNITS.index(part)
        elif (
            part in _ORDINAL_UNITS[1:] and i == len(parts) - 1 and (i == 0 or total % 10 == 0 and total >= 20)
        ):
            total += _ORDINAL_UNITS.index(part)
        else:
            return None
    return total or None


def _sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE_END.split(text) if s.strip()]


def _on(written: str, year: int) -> dt.date | None:
    """The dateline's day (written without a year) in ``year``."""
    found = find_dates(written, year)
    return dt.date.fromisoformat(found[0].edtf) if found and found[0].kind.rstrip("?") == "day" else None


def _year_of(d: DateMatch) -> int:
    return int(d.edtf[:4])


_POSTPONED = re.compile(
    r"\b(?:put\s+off|postponed|delayed|pushed\s+back|deferred|moved\s+back)\s+(?:by\s+)?(?P<n>a|one|two|three|[1-3])\s+years?\b",
    re.I,
)
_MEETING_NOUN = re.compile(
    r"\b(?:summit|meeting|session|conference|assembly|congress|forum|ministerial|gathering|games)\b", re.I
)


def _stated_years(sentences: list[str]) -> list[tuple[int, str]]:
    """Years the text's own words compute for its day: "set up some 42 years ago ... in August 1969" (2011),
    "marks the 30th anniversary of the treaty signed in 1994" (2024), "becomes deputy chair for 2019-2020"
    (a term that begins now: 2019)."""
    out: list[tuple[int, str]] = []
    for s in sentences:
        dates = [d for d in find_dates(s) if d.kind in ("day", "days", "month", "year")]
        for rx, what in ((_AGO, "years ago"), (_ANNIVERSARY, "anniversary")):
            for m in rx.finditer(s):
                n = number(m.group("n"))
                if n is None or n < 1 or not dates or (what == "anniversary" and _FUTURE.search(s)):
                    continue
                if m.groupdict().get("q") and re.match(r"more|over", m.group("q"), re.I):
                    continue  # "more than 40 years ago": a bound, not a year
                nearest = min(dates, key=lambda d: min(abs(d.start - m.end()), abs(d.end - m.start())))
                if re.search(
                    r"\bsince\s+(?:\w+\s+){0,1}$", s[max(0, nearest.start - 20) : nearest.start], re.I
                ):
                    continue  # "its 20th anniversary, and the chair it has held since July 2015": no origin
                phrase = s[m.start() : m.end()].strip()
                out.append((_year_of(nearest) + n, f"{phrase!r} from {s[nearest.start : nearest.end]!r}"))
        for m in _RELATIVE_YEAR.finditer("" if _FOUNDED.search(s) else s):
            # "last year's summit, held in June 2030", "earlier this year, in March 2031": the year beside it
            step = {"last": 1, "previous": 1, "this": 0, "next": -1, "coming": -1}[m["which"].casefold()]
            near = [d for d in dates if abs(d.start - m.end()) <= 40 or abs(m.start() - d.end) <= 40]
            if len({_year_of(d) for d in near}) == 1:
                phrase = s[m.start() : m.end()]
                out.append(
                    (_year_of(near[0]) + step, f"{phrase!r} beside {s[near[0].start : near[0].end]!r}")
                )
        late = _POSTPONED.search(s)
        first = [
            d
            for d in dates
            if re.search(
                r"\b(?:originally|initially|first|previously)\b", s[max(0, d.start - 40) : d.start], re.I
            )
        ]
        if (
            late
            and len(first) == 1
            and _MEETING_NOUN.search(s)
            and not _FUTURE.search(s[: first[0].start] + s[first[0].end :])
        ):
            # "the summit, originally due in November 2021, had been put off by a year": the meeting is now
            n = number(late["n"]) or 1
            out.append(
                (_year_of(first[0]) + n, f"{s[first[0].start : first[0].end]!r} {late.group().strip()!r}")
            )
        if _TERM_NOW.search(s):
            for d in find_dates(s):
                if d.kind == "years" and re.search(
                    r"\bfor\s+(?:the\s+(?:(?:period|term)\s+(?:of\s+)?)?|the\s+(?:next|coming|following)\s+\w+\s+years?,?\s+)?$",
                    s[: d.start],
                ):
                    out.append((_year_of(d), f"a term {s[d.start : d.end]!r} that begins now"))
    return out


# the year of a chair: "which holds the ASEAN Chair for 2018", "Russia's chairmanship of the association in 2020",
# "its 2013 chairmanship", "elected X as Chairperson of the Union for the year 2023" (a span is _TERM_NOW's)
_CHAIR_NOUN = r"(?:(?:rotating\s+)?(?:chair(?:man|woman|person)?(?:ship)?|presidency))"
_CHAIR_OF = r"(?:\s+of\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]*\s+){0,5}?(?:(?-i:[A-Z])[\w'’-]*|association|bloc|group|union|organi[sz]ation))?"
_CHAIR_YEAR = re.compile(
    r"\b(?P<verb>holds?|holding|chairs|assumed|assumes|elected|chosen|named|took\s+(?:over|on)|takes\s+(?:over|on)"
    r"|became|becomes)\s+"
    rf"(?:(?:[\w'’-]+\s+){{0,9}}?as\s+)?(?:the\s+)?(?:(?-i:[A-Z])[\w-]*\s+)?(?:bloc['’]s\s+)?{_CHAIR_NOUN}?{_CHAIR_OF}"
    r"\s+(?:for|in)\s+(?:the\s+year\s+)?(?P<y>(?:19|20)\d\d)\b(?!\s*[-–/]\s*\d)"
    rf"|\b(?:its|their|the|(?-i:[A-Z])[\w-]+['’]s)\s+(?P<y2>(?:19|20)\d\d)\s+{_CHAIR_NOUN}\b"
    rf"|\b(?-i:[A-Z])[\w-]+['’]s\s+{_CHAIR_NOUN}{_CHAIR_OF}\s+in\s+(?P<y3>(?:19|20)\d\d)\b(?!\s*[-–/]\s*\d)",
    re.I,
)
# a chair of the past or to come: its year is not the text's
_CHAIR_NOT_NOW = re.compile(
    r"\b(?:was|were|had|previous|former|outgoing|last|next|incoming|will|shall|would|to\s+take|due\s+to|ended"
    r"|expired?|come\s+to\s+an\s+end|handed|passed)\b",
    re.I,
)


def _chair_years(sentences: list[str]) -> list[tuple[int, str]]:
    """The year of the chair the text tells as held now ("X, which holds the Chair for 2018"), from clauses
    that tell no chair of the past or to come (:data:`_CHAIR_NOT_NOW`): the genre's chairs are annual, and a
    report names the current one by its year."""
    out: list[tuple[int, str]] = []
    for s in sentences:
        for m in _CHAIR_YEAR.finditer(s):
            if not m["y"] or not re.fullmatch(r"holds?|holding|chairs", m["verb"], re.I):
                # only a chair held now: a chair taken over, assumed or elected "for 2017" at a summit of
                # September 2016 is the next year's, and "its 2018 chairmanship" may be told the year before
                continue
            clause = re.split(r"[;:]|,\s+(?:whose|which\s+had|after|when)\b", s[: m.start()])[-1] + m.group()
            if _CHAIR_NOT_NOW.search(clause):
                continue
            year = int(m["y"])
            out.append((year, f"the chair held for {year} ({m.group().strip()!r})"))
    return out


_NAMED_YEAR = re.compile(
    r"\b(?P<y>(?:19|20)\d\d)\s+(?:[A-Z][\w-]*\s+){0,3}?(?i:summit|meeting|session|conference|assembly|ministerial)\b"
    # "in conjunction with the Xyz Tourism Forum 2031 (XTF 2031)": the event the meeting is held with, by its year
    r"|\b(?i:summit|meeting|session|conference|assembly|forum)\s+(?:of\s+)?(?P<y2>(?:19|20)\d\d)\b"
)
_NOT_NOW = re.compile(r"\b(?:last|previous|earlier|next|since|had|former|founding|first)\b", re.I)


def _named_year(head: str, sentences: list[str]) -> tuple[int, str] | None:
    """The year a headline or the lede gives the text's own meeting by name ("Leaders open 2031 NRC summit",
    "the 2031 session opened today", "Summit 2031: ..."), in a sentence telling no other meeting ("last",
    "previous", "next", "had"); several such years: none."""
    found = set()
    for s in [head, *sentences[:2]]:
        if _NOT_NOW.search(s) or _FUTURE.search(s):
            continue
        for m in _NAMED_YEAR.finditer(s):
            found.add(int(m["y"] or m["y2"]))
    if len(found) == 1:
        year = found.pop()
        return year, f"the meeting named with its year ({year}) in the headline or lede"
    return None


_FOUNDING = re.compile(
    r"\b(?:found(?:ed|ing)|establish(?:ed|ing|ment)|created|creation|set\s+up|formed|independence|since|ago"
    r"|anniversary|born|history)\b",
    re.I,
)


_FOUNDED = re.compile(
    r"\b(?:found(?:ed|ing)|establish(?:ed|ment)|created|set\s+up|formed|independence|born)\b", re.I
)


def _tense(sentence: str, d: DateMatch) -> str:
    return clause_tense(sentence, d.start, d.end)


def _bounds(sentences: list[str]) -> tuple[dt.date | None, dt.date | None, dt.date | None]:
    """The text's day is on or after every day it tells as past (a bare past year "in 2011" after that year:
    the genre names the current year's events by their month), and before every day or month it tells as
    to come ("with effect from 1 March 2018", "elections due in April 2013"), or the year of a next meeting
    ("to be held in Rwanda in 2020"); "by 2030" is a target. Third: the latest day or month of the past
    told outside a founding (the news's recent background)."""
    past: list[dt.date] = []
    dated: list[
        dt.date
    ] = []  # days and months of the past outside a founding ("a letter dated June 8, 2019")
    ahead: list[dt.date] = []
    next_years: list[dt.date] = []
    for s in sentences:
        for d in find_dates(s):
            before = s[max(0, d.start - 12) : d.start]
            first = d.edtf.split("/")[0]
            future = _tense(s, d) == "future"
            if re.search(
                r"\b(?:originally|initially|previously|first)\s+(?:\w+\s+){0,3}$",
                s[max(0, d.start - 40) : d.start],
                re.I,
            ):
                continue  # "originally due in November 2021": a plan given up, neither past nor to come
            if not future:
                if d.kind not in ("day", "days", "month", "year") or re.search(
                    r"\b(?:from|by|until|as\s+of|before|starting|beginning|commencing|effective)(?:\s+(?:in|on|from))?\s+$",
                    s[max(0, d.start - 24) : d.start],
                ):  # "a term starting in January 2022": the start of what is decided, no day of the past
                    continue
                if d.kind == "year":
                    if not re.search(r"\b(?:in|since|during|after|around|of|between)\s+$", before):
                        continue  # "the 2050 Strategy", "the 1949 Treaty": a name, not a day of the past
                    if any(m.start() <= d.start < m.end() for m in _CHAIR_YEAR.finditer(s)):
                        continue  # "Russia's chairmanship of the bloc in 2020": the chair's year, not a past one
                    past.append(dt.date(int(first) + (1 if before.rstrip().endswith("in") else 0), 1, 1))
                else:
                    day = dt.date.fromisoformat(first + ("-01" if d.kind == "month" else ""))
                    past.append(day)
                    if not _FOUNDING.search(s):
                        dated.append(day)
            elif d.kind in ("day", "days", "month") and not re.search(r"\bby\s+$", before):
                ahead.append(dt.date.fromisoformat(first + ("-01" if d.kind == "month" else "")))
            elif (
                d.kind == "year"
                and re.search(r"\b(?:next|will\s+be\s+held|to\s+be\s+held|will\s+host|will\s+hold)\b", s)
                and re.search(r"\bin\s+$", s[max(0, d.start - 4) : d.start])
            ):
                next_years.append(dt.date(int(first), 1, 1))
    ahead = ahead or next_years
    return (
        (max(past) if past else None),
        (min(ahead) if ahead else None),
        (max(dated) if dated else None),
    )


_N_DAY = re.compile(r"\b(?P<n>two|three|four|five|2|3|4|5)[- ]day\b", re.I)
_CLOSED = r"(?:closed|ended|concluded|wrapped\s+up|finished)"


def _lede(text: str) -> str:
    """The lede: the first paragraph that is not a headline (a line of a few words with no full stop, as a
    page's title stands above its dateline)."""
    paragraphs = [p for p in re.split(r"\n[ \t]*\n", text.strip()) if p.strip()]
    for p in paragraphs:
        if "\n" in p.strip() or not is_title_line(p) or len(p.split()) > 20:
            return p
    return paragraphs[0] if paragraphs else ""


def _lede_weekday(text: str) -> int | None:
    """The weekday the lede tells its news on ("agreed on Monday"), read as the dateline's day; none when
    the lede also says "today" or "yesterday" (its weekday is then another day) or tells what is to come."""
    lede = _lede(text)
    wd = _ON_WEEKDAY.search(lede)
    span = _N_DAY.search(lede)
    if wd is not None and span is not None and re.search(rf"\b{_CLOSED}\s+today\b", lede, re.I):
        # "the summit opened on Tuesday ... and the two-day meeting closed today": today is Wednesday
        n = number(span.group("n")) or 1
        return (_WEEKDAYS.index(wd["wd"].casefold()) + n - 1) % 7
    if (
        wd is None
        or re.search(r"\b(?:last|next|previous|coming|following)\s+\w*day\b", lede, re.I)
        or re.search(
            r"\b(?:today|yesterday|tonight|tomorrow|this\s+(?:morning|afternoon|evening))\b", lede, re.I
        )
        or re.search(r"\b(?:will|shall|is\s+to|are\s+to|due\s+to)\b", lede[: wd.start()], re.I)
    ):
        return None
    return _WEEKDAYS.index(wd["wd"].casefold())


def _weekday_dates(text: str) -> list[tuple[int, str]]:
    return [(_WEEKDAYS.index(m["wd"].casefold()), m["date"]) for m in _WEEKDAY_DATE.finditer(text)]


def dateline_year(
    written: str, text: str, weekday: int | None = None, head: str = ""
) -> tuple[int | None, str]:
    """The year of a dateline written without one ("SUVA, July 14 --"), from what the text says, and why.

    Years that anchor the text's day: a day of the dateline's month written in full about the same days;
    a year the text computes ("42 years ago ... in 1969"; a term "for 2019-2020" that begins now); the
    latest year before what the text tells as to come (on the lede's weekday when one fits). Years told as
    background ("founded in 1992", "since July 2021", "endorsed on December 12, 1995") are only lower
    bounds; with nothing else, the weekday the dateline names ("RIGA, Monday, May 3"), else the lede's
    ("agreed on Monday") read as the dateline's day, picks
    the year when exactly one of the four years from the latest day or month the text tells as past (not a
    founding: "a letter dated June 8, 2019") fits. Else ``None``: the year is unresolved, never the latest
    year the text happens to name.
    """
    same = _same_month_year(written, text)
    if same is not None:
        return same, "a day of the dateline's month written in full in the text"
    sentences = _sentences(text)
    lo, hi, recent = _bounds(sentences)
    pairs = _weekday_dates(text)

    def fits(y: int) -> bool:
        d = _on(written, y)
        if d is None or (lo is not None and d < lo) or (hi is not None and d >= hi):
            return False
        return all((day := _on(f"{date}", y)) is None or day.weekday() == wd for wd, date in pairs)

    named = _named_year(head, sentences)
    for year, why in [*([named] if named else []), *_stated_years(sentences), *_chair_years(sentences)]:
        if fits(year):
            return year, why
    lede = weekday if weekday is not None else _lede_weekday(text)

    def on_lede(y: int) -> bool:
        return lede is not None and (d := _on(written, y)) is not None and d.weekday() == lede

    if hi is not None:
        years = [y for y in range(hi.year - 12, hi.year + 1) if fits(y)]
        on_weekday = [y for y in years if on_lede(y)]
        if on_weekday:
            why = "the latest year before what the text tells as to come, on the weekday its dateline or lede names"
            return max(on_weekday), why
        if years:
            return max(years), "the latest year before what the text tells as to come"
        return _named_on_weekday(written, text, lede)
    if recent is not None and lo is not None and lede is not None:
        # the one year of the four from the latest dated news of the past in which the day is that weekday
        years = [y for y in range(recent.year, recent.year + 4) if fits(y) and on_lede(y)]
        if len(years) == 1:
            return (
                years[0],
                "the year after the latest day the text tells as past in which the dateline's day is the weekday "
                "its dateline or lede names",
            )
    return _named_on_weekday(written, text, lede)


# a year told as a time of the report's own business: with its month ("from May 2023 to May 2024", "in late
# June 2012"), a span ("for the period from 2014 to 2016", "2023-2025"), or a period ("the chair for 2023",
# "will host it throughout 2024"); a bare "in 2011" can be any year of the past
_TIMED_BEFORE = re.compile(
    rf"(?:\b{_M}\s+(?:\d{{1,2}},?\s+)?|\b(?:for|throughout|during|from)\s+(?:the\s+year\s+)?|\d{{4}}\s*(?:to|-|–|/|and)\s*)$"
)
_IN_A_NAME = re.compile(
    r"\b(?:Agenda|Vision|Strategy|Plan|Programme|Program|Framework|Roadmap|Horizon|Declaration|Action|Expo|Games|Cup)"
    r"\s+(?:for\s+)?(?:\d{4}\s*[-–/]\s*)?$"
)
_SPAN_AFTER = re.compile(r"^\s*(?:to|-|–|/|and)\s*\d{4}\b")
_YEAR = re.compile(r"(?<![\d.])(?:19[5-9]\d|20[0-4]\d)(?!\d)")


def _named_on_weekday(written: str, text: str, lede: int | None) -> tuple[int | None, str]:
    """The year of a yearless dateline, when the tense of the text's clauses told nothing, from the weekday its
    lede names ("SKOPJE, December 1 -- ... on Friday") and the years the text names as its own business, else
    the year of the organization's next turn. ``None`` when no single year fits."""
    if lede is None:
        return None, ""
    year, why = _named_year_on_weekday(written, text, lede)
    return (year, why) if year is not None else _next_turn_on_weekday(written, text, lede)


# the organization's next turn in a year: "will chair the CIS in 2021", "the next summit will be held in 2019",
# "due to take over the presidency in 2022", "host the 2026 summit"
_NEXT_TURN = re.compile(
    r"\b(?:(?:will|shall|is\s+to|are\s+to|due\s+to)\s+(?:\w+\s+){0,2}?(?:chair|take\s+over|assume|preside)"
    r"|(?:will|shall|is\s+to|are\s+to|due\s+to)\s+(?:\w+\s+){0,2}?(?:host|hold)\s+(?:the\s+|its\s+)?(?:next\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:summit|meeting|session|conference|congress|assembly|council)"
    r"|next\s+(?:summit|meeting|session|chair(?:manship)?|presidency))\b[^.;]{0,80}?\b(?:in|for)\s+(?P<y>20[0-4]\d)\b",
    re.I,
)


def _next_turn_on_weekday(written: str, text: str, lede: int) -> tuple[int | None, str]:
    """The report's year from its organization's next turn: a next sitting or chair told for a year is that
    year or one of the two before it; of those three, the one in which the dateline's day is the lede's
    weekday (three consecutive years never share it). Never before a year the text names as its business."""
    turns = [int(m["y"]) for m in _NEXT_TURN.finditer(text)]
    if not turns:
        return None, ""
    nearest = min(turns)
    floor = max(_timed_years(text), default=0)
    fitting = [
        y
        for y in range(nearest - 2, nearest + 1)
        if y >= floor and (d := _on(written, y)) is not None and d.weekday() == lede
    ]
    if len(fitting) != 1:
        return None, ""
    return fitting[0], (
        "of the year of the organization's next turn the text tells and the two before it, the one in which the "
        "dateline's day is the weekday its lede names"
    )


def _named_year_on_weekday(written: str, text: str, lede: int) -> tuple[int | None, str]:
    """Of the years the text names as times of its own business (``_timed_years``) within the four up to the
    latest, the single one in which the dateline's day is the lede's weekday."""
    named = _timed_years(text)
    if not named:
        return None, ""
    latest = max(named)
    fitting = [
        y for y in named if latest - 3 <= y and (d := _on(written, y)) is not None and d.weekday() == lede
    ]
    if len(fitting) != 1:
        return None, ""
    return fitting[0], (
        "the one year the text names as a time of its own business, of the four up to the latest, in which "
        "the dateline's day is the weekday its lede names"
    )


def _timed_years(text: str) -> set[int]:
    """The years a text names as times of its own business: with a month, as a span or a period ("from May
    2023 to May 2024", "for the period from 2014 to 2016", "the chair for 2023", "throughout 2024"); none in a
    clause of background ("founded in June 2001", "since July 2021") nor in a name ("the 2030 Agenda")."""
    named: set[int] = set()
    for sentence in _sentences(text):
        if _BACKGROUND.search(sentence):
            continue
        for m in _YEAR.finditer(sentence):
            before, after = sentence[max(0, m.start() - 24) : m.start()], sentence[m.end() :]
            if _IN_A_NAME.search(before) or re.match(r"(?:\s*[-–/]\s*\d{4})?\s+(?-i:[A-Z])[a-z]", after):
                continue  # a year in a name: "the Strategy 2021-2030", "Agenda 2063", "the 2030 Agenda"
            if _TIMED_BEFORE.search(before) or _SPAN_AFTER.match(after):
                named.add(int(m.group()))
    return named


def _same_month_year(written: str, text: str) -> int | None:
    """The year of a day the text writes in full near the dateline's day ("June 24" and "23-24 June 2016"):
    one whose span holds the dateline's day first, else one within two weeks told outside what is to come
    and outside background, else one within two months of what is to come ("due to run until 13 November
    2022")."""
    bare = find_dates(written, 2000)
    if not bare or bare[0].kind.rstrip("?") != "day":
        return None
    month, day = bare[0].edtf[5:7], bare[0].edtf[8:10]
    spans = [
        (s, d) for s in _sentences(text) for d in find_dates(s)
        if d.kind in ("day", "days") and month in (d.edtf[5:7], d.edtf.split("/")[-1][5:7])
    ]  # fmt: skip
    holding = [
        _year_of(d) for s, d in spans
        if d.edtf.split("/")[0][5:] <= f"{month}-{day}" <= d.edtf.split("/")[-1][5:] and not _FOUNDED.search(s)
    ]  # fmt: skip
    if holding:
        return min(holding)

    def gap(d: DateMatch) -> int:
        own = _on(written, _year_of(d))
        return (dt.date.fromisoformat(d.edtf.split("/")[0]) - own).days if own else 999

    now = [
        _year_of(d) for s, d in spans
        if not _FUTURE.search(s) and not _BACKGROUND.search(s) and -14 <= gap(d) <= 0
    ]  # fmt: skip
    if now:
        return max(now)
    ahead = [_year_of(d) for s, d in spans if _FUTURE.search(s) and 0 <= gap(d) <= 60]
    return min(ahead) if ahead else None


def find_anchor(text: str, published: str | None = None) -> Anchor:
    """The dateline (or date line) in the first lines of ``text`` (:func:`_find_anchor`); when it names no town,
    the town of a place line in the title block (:func:`_title_block_town`)."""
    found = _find_anchor(text, published)
    if found.place is None:
        town = _title_block_town(text)
        if town is not None:
            return replace(found, place=town[0], region=town[1] or found.region)
    return found


# a place line's label, a separator or a bracket: "Date | 4 May 2031", "[Lusaka - Zambia]", "Venue: Lusaka"
_PLACE_LINE_NOISE = re.compile(r"\b(?:Date[ds]?|Venue|Place|Dateline)\b\s*[:|]?|[|\[\]()]")
# a date line's town then the lede after a colon or a dash: "4 May, Lusaka: The ministers ...", "4 May 2031 - Lusaka -"
_DATE_TOWN_LEDE = re.compile(r"^(?P<head>[^:\n]{3,60}?)\s*(?::|\s[-–—]\s|--)\s*(?=[A-Z\"“][^\n]{40})")


def _title_block_town(text: str) -> tuple[str, str | None] | None:
    """The town of a place line in a text's title block, when no dateline names one: a short line that holds the
    day and the town ("Lusaka, Zambia, 4 - 5 May 2031", "4 May 2031 [Lusaka - Zambia]", "Date | 4, May 2031" then
    "Lusaka, Zambia"), or a date line's head before its lede ("4 May, Lusaka: The ministers opened ..."). The
    town is one the gazetteer knows, and confirmed: by the state named beside it, or named again in the text (the
    gazetteer holds towns called "Date" or "Summit"); the lines read stop at the first paragraph of prose."""
    from igo_timeline.extract.names import find_parties, is_state

    offset = 0
    for line in text[:1200].splitlines(keepends=True)[:12]:
        here, offset = offset, offset + len(line)
        words = line.strip()
        if not words:
            continue
        lede = _DATE_TOWN_LEDE.match(words)
        # (a year only to read a day written without one: "4 May, Lusaka:")
        head = lede.group("head") if lede and find_dates(lede.group("head"), 2000) else words
        if len(head) > 70:
            if len(words.split()) > 14 and re.search(r"[.!?][\"”’]?$", words):
                return None  # the text's prose has begun
            continue
        dated = bool(find_dates(head, 2000))
        rest = _PLACE_LINE_NOISE.sub(" ", head)
        for d in reversed(find_dates(rest, 2000)):
            rest = rest[: d.start] + " " + rest[d.end :]
        # a span's other day, a year alone: "May 1 - 2, 2010"
        rest = re.sub(r"\b(?:\d{1,2}(?:st|nd|rd|th)?|\d{4})\b", " ", rest)
        parts = [p.strip(" .,;:-–—") for p in re.split(r",|\s[-–—]\s|\s[-–—]$|^[-–—]\s", rest)]
        parts = [p for p in parts if p]
        if not parts or len(parts) > 3 or any(len(p.split()) > 4 for p in parts):
            continue
        there = city(parts[0])
        if there is None or find_parties(parts[0]) and not is_state(find_parties(parts[0])[0].value):
            continue
        states = [f[0].value for p in parts[1:] if (f := find_parties(p)) and is_state(f[0].value)]
        if len(states) != len(parts) - 1:
            continue  # "Lusaka, P.O. Box 3243": an address, not a place line
        if states:
            there = city(parts[0], prefer=states)
            if there is None or there[1] != states[0]:
                continue
        elif (
            not dated
            or not (
                # "4 May, Lusaka: The ministers ...": a dateline's own shape, a town by its own name
                (head is not words and own_city_name(parts[0]))
                # the town named where a sitting or a text is placed: "in Lusaka", "at Lusaka", "from Lusaka"
                or re.search(
                    rf"\b(?:in|at|from)\s+{re.escape(parts[0])}\b", text[:here] + text[offset:], re.I
                )
            )
        ):
            continue
        town = _title(parts[0]) if parts[0].isupper() else parts[0]  # "LUSAKA, ZAMBIA": Lusaka
        return town, (found_state[0] if (found_state := _state_words(parts[1:])) else None)
    return None


def _state_words(parts: list[str]) -> list[str]:
    """The words that name the state in each part after a place line's town ("Zambia (ZNA)": Zambia)."""
    from igo_timeline.extract.names import find_parties

    return [p[f[0].start : f[0].end] for p in parts if (f := find_parties(p))]


def _find_anchor(text: str, published: str | None = None) -> Anchor:
    """The dateline (or date line) in the first lines of ``text``; ``published`` (EDTF day) fills its year.

    The year of a dateline written without one comes from ``published`` when given (the year that puts the
    dateline's day nearest it), else from a date line above the text ("28.08.05 16:00"), else from what the
    text says (:func:`dateline_year`); when nothing supports a year the anchor has no day.
    """
    pub = dt.date.fromisoformat(published[:10]) if published and len(published) >= 10 else None
    # a date line of its own near the top gives the year a dateline may lack
    lined = _date_line(text[:600])
    given = pub or lined
    offset = 0
    for line in text[:800].splitlines(keepends=True)[:10]:
        found = (
            _bracketed_dateline(text, offset)
            or _dateline_at(text, offset, given, "--published" if pub else "the date line above the text")
            or _dated_lede(text, offset)
        )
        if found is not None and found.place is None and found.end:
            # "(Wire / Agency - 05th Mar, 2031) ACCRA, 5th March, 2031 (Agency) -": a stamp, then the dateline
            after = _dateline_at(text[found.end :], 0, found.day or given, "the date line above the text")
            if after is not None and after.place is not None:
                start, end = found.end + after.start, found.end + after.end
                found = (
                    replace(after, start=start, end=end)
                    if after.day
                    else replace(found, place=after.place, region=after.region, start=start, end=end)
                )
        if found is not None and found.place is None and found.end:
            # "Published: 14 November 2008" or "Wednesday, 25 September 2013 - 16:59" above "NEW DELHI: Leaders
            # ..." or "Nusa Dua, Bali - Energy ministers ...": a stamp, then a dateline with no date
            town = _plain_dateline(text, found.end, span=300)
            if town is not None:
                found = replace(
                    found,
                    place=_title(town.group("city")),
                    region=_dash_region(town),
                    start=town.start(),
                    end=town.start("lede") if "lede" in town.re.groupindex else town.end(),
                )
        if found is not None:
            return found
        offset += len(line)
    placed = _date_place_line(text)
    if placed is not None:
        return placed
    plain = _plain_dateline(text, 0, weekday=True)
    if plain:
        # "ADDIS ABABA -- The council ...": the dateline ends before the lede
        dashed = "lede" in plain.re.groupindex
        where = (_title(plain.group("city")), plain.start(), plain.start("lede") if dashed else plain.end())
        weekday = plain.groupdict().get("wd")
        if weekday and given is None:  # "YAOUNDE, Saturday -": the day of that weekday the text's dates allow
            day, why = _weekday_day(_WEEKDAYS.index(weekday.casefold()), text[where[2] :])
            if day is not None:
                return Anchor(day, True, *where, year_why=why)
        elif weekday and given is not None:
            want = _WEEKDAYS.index(weekday.casefold())
            day = given - dt.timedelta(days=(given.weekday() - want) % 7)
            return Anchor(day, False, *where, year_why=f"the {weekday} on or before {given_by(published)}")
        lede = _lede_meeting_day(text[where[2] :]) if given is None and not weekday else None
        if lede is not None:  # "Singapore, (VNA) - The summit came to a close in Singapore on April 28"
            return Anchor(lede.day, True, *where, year_why=lede.year_why)
        return Anchor(given, False, *where, region=_dash_region(plain))
    if given is None:
        lede = _lede_meeting_day(text)
        if lede is not None:
            return lede
    return Anchor(given, False, None)


def _plain_dateline(text: str, start: int, weekday: bool = False, span: int = 800) -> re.Match[str] | None:
    """A dateline with no date among the first lines from ``start``: a town with an agency ("BISHKEK, (Kabar)
    -"), with its state ("Valletta, MALTA -"), with a colon ("LUSAKA: The ..."), or with a dash ("ADDIS ABABA
    -- The ..."); with ``weekday``, a town and a weekday too ("YAOUNDE, Saturday -")."""
    offset = start
    for line in text[start : start + span].splitlines(keepends=True)[:10]:
        plain = (
            (_DATELINE_WEEKDAY.match(text, offset) if weekday else None)
            or _DATELINE_NO_DATE.match(text, offset)
            or _DATELINE_AGENCY.match(text, offset)
        )
        if plain is None and (town := _DATELINE_TOWN.match(text, offset)) and city(town.group("city")):
            plain = town
        if (
            plain is None
            and (town := _DATELINE_COLON.match(text, offset))
            and city(town.group("city").title())
        ):
            plain = town  # "LUSAKA: The ministers met today ...": a town in capitals and a colon
        if plain is None:
            plain = _dash_dateline(text, offset)  # "ADDIS ABABA -- The council ...": a town and a dash
        if plain:
            return plain
        offset += len(line)
    return None


def _dash_region(m: re.Match[str]) -> str | None:
    """What a dash dateline names after its town ("Nusa Dua, Bali - ..."): Bali; None for the other readers."""
    if "lede" not in m.re.groupindex or not m.group("country"):
        return None
    return m.group("country").strip()


_MONTH_NAMES = "January February March April May June July August September October November December".split()


def _lede_meeting_day(text: str) -> Anchor | None:
    """A text with no dateline and no date line: the day its lede gives the meeting without a year ("met in
    Belgrade on Saturday, 3 December", "came to a close in Singapore on April 28"), in the year the text's
    own words fix (:func:`dateline_year`), taken as the text's day. Without a weekday written with the day,
    only a year the text computes or names as its chair's or meeting's own (never a mere bound) is taken;
    with one, the year must put the day on that weekday."""
    sentences = _sentences(text)
    for s in sentences[:4]:
        if not _MEETING_WORDS.search(s):
            continue
        for d in find_dates(s, 2000):
            if d.kind not in ("day?", "days?") or clause_tense(s, d.start, d.end) == "future":
                continue
            first, last = (dt.date.fromisoformat(x) for x in (d.edtf.split("/")[0], d.edtf.split("/")[-1]))
            written = f"{last.day} {_MONTH_NAMES[last.month - 1]}"
            wd = next((m for m in _WEEKDAY_DATE.finditer(s) if m.start("date") <= d.start < m.end()), None)
            weekday = _WEEKDAYS.index(wd["wd"].casefold()) if wd else None
            year, why = dateline_year(written, text, weekday if first == last else None)
            strong = {y for y, _ in [*_stated_years(sentences), *_chair_years(sentences)]}
            named = _named_year("", sentences)
            if named:
                strong.add(named[0])
            if year is None:
                return None
            begins = _safe(year, first.month, first.day)
            if year not in strong and (weekday is None or begins is None or begins.weekday() != weekday):
                return None
            day = _on(written, year)
            if day is None:
                return None
            return Anchor(day, True, None, 0, 0, year_why=f"the meeting's day in the lede ({why})")
        return None  # the first sentence of a meeting with no day of its own: none further is the meeting's
    return None


# "May 25, 2023, The Kremlin, Moscow", "3 March 2031, Government House, Apia": a line of its own that is a day
# written in full, then the place it was written, its town last
_DATE_PLACE_LINE = re.compile(
    rf"^[ \t]*(?P<date>{_M}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+{_M},?\s+\d{{4}})"
    r"\s*,\s*(?P<where>[A-ZÀ-ÖØ-Þ][^\n,]{0,40}(?:,\s*[A-ZÀ-ÖØ-Þ][^\n,]{0,40}){0,2})[ \t]*$",
    re.M,
)


def _date_place_line(text: str) -> Anchor | None:
    """The day and town of a date line followed by its place, among the first lines: the town is the last
    part the gazetteer knows."""
    for line in _DATE_PLACE_LINE.finditer(text[:600]):
        if text[: line.start()].count("\n") > 8:
            break
        found = find_dates(line.group("date"))
        if not found or found[0].kind != "day":
            continue
        parts = [p.strip() for p in line.group("where").split(",")]
        town = next((p for p in reversed(parts) if city(p)), None)
        if town is None:
            continue
        return Anchor(dt.date.fromisoformat(found[0].edtf), False, town, line.start(), line.end())
    return None


def given_by(published: str | None) -> str:
    return "--published" if published else "the date line above the text"


_DATELINE_WEEKDAY = re.compile(
    rf"^\W{{0,3}}(?P<city>[{_UP}]{_LETTERS}(?:[ -]{_PART}[{_UP}]{_LETTERS}){{0,2}})(?:\s*,\s*(?P<country>[{_UP}](?:[^\W\d_]|[ .'’-])+?))?"
    rf"\s*[,.]\s*(?P<wd>{'|'.join(w.capitalize() for w in _WEEKDAYS)})\s*(?:\([^)]{{1,40}}\)\s*)?(?:--|—|–|-|:)",
    re.M,
)
_MEETING_WORDS = re.compile(
    r"\b(?:summit|meeting|session|conference|sitting|met|meet|convened?|gather(?:ed)?)\b", re.I
)


def _weekday_day(want: int, text: str) -> tuple[dt.date | None, str]:
    """The day of a dateline that names only a weekday ("YAOUNDE, Saturday -"): that weekday within a week
    from the first day of the meeting's days the text writes in full ("would meet on 17 and 18 March 2023":
    Saturday 18 March), when every such span gives the same day."""
    days = set()
    for sentence in _sentences(text):
        if not _MEETING_WORDS.search(sentence) or _FOUNDING.search(sentence):
            continue
        for d in find_dates(sentence):
            if d.kind in ("day", "days"):
                first = dt.date.fromisoformat(d.edtf.split("/")[0])
                days.add(first + dt.timedelta(days=(want - first.weekday()) % 7))
    if len(days) == 1:
        day = days.pop()
        return (
            day,
            f"the {_WEEKDAYS[want].capitalize()} within a week of the meeting's days the text writes in full",
        )
    return None, ""


_DATE_LINE_WORDS = {"on", "at", "am", "pm", "by", "of", "the", "updated", "published", "posted", "last", "date",
                     "time", "local", "in", "and", "hrs", "th", "st", "nd", "rd", "gmt", "utc"}  # fmt: skip


def _date_line(head: str) -> dt.date | None:
    """A line of its own that is a date (with a time, an outlet's name): "10:28, 14 June 2019", "04.07.2024",
    "28.08.05 16:00" (day, month, two-digit year)."""
    for line in head.splitlines()[:8]:
        if (
            len(line.strip()) > 90
            or not line.strip()
            or re.search(r"--|[.!?]\s+[A-Z]", line)
            or len([w for w in re.findall(r"\b[a-z]{2,}\b", line) if w not in _DATE_LINE_WORDS]) >= 2
        ):
            continue  # prose, or a dateline: no line of a date
        numeric = _NUMERIC.search(line)
        if numeric:
            return _safe(int(numeric["y"]), int(numeric["m"]), int(numeric["d"]))
        iso = _ISO.search(line)
        if iso:
            return dt.date.fromisoformat(iso["iso"])
        short = _NUMERIC_SHORT.search(line)
        if short:
            yy = int(short["y"])
            return _safe(yy + (2000 if yy < 70 else 1900), int(short["m"]), int(short["d"]))
        found = [d for d in find_dates(line) if d.kind == "day"]
        if found and (len(line.rstrip()) - found[0].end <= 15 or is_byline_text(line)):
            # the line ends with its date (and a time), or is a stamp line ("Filed 3 May 2022 | Updated 4 May
            # 2022"): its first day is the text's
            return dt.date.fromisoformat(found[0].edtf)
    return None


def _year_near(written: str, given: dt.date) -> int | None:
    """The year that puts a dateline's day without one nearest a known day ("Dec. 31" published
    2025-01-02: 2024)."""
    days = [
        (abs((d - given).days), y)
        for y in (given.year - 1, given.year, given.year + 1)
        if (d := _on(written, y))
    ]
    return min(days)[1] if days else None


# a press release's dateline in brackets before its lede: "(XYZ Secretariat, Turkeyen, Greater Georgetown, Guyana –
# Wednesday, 7 July 2021) The Conference ...": its day written in full, its town among the parts before it
_BRACKETED = re.compile(
    r"[ \t]*\((?P<where>[A-Z][^()\n]{2,120}?)\s*[,–—-]+\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    rf"(?P<date>\d{{1,2}}(?:st|nd|rd|th)?\s+{_M},?\s+\d{{4}}|{_M}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}})\s*\)\s*[:–—-]*\s*"
)


def _bracketed_dateline(text: str, offset: int) -> Anchor | None:
    m = _BRACKETED.match(text, offset)
    if m is None:
        return None
    found = find_dates(m.group("date"))
    if not found or found[0].kind != "day":
        return None
    place = None
    for part in (p.strip() for p in m.group("where").split(",")):
        words = part.split()
        named = next((" ".join(words[k:]) for k in range(len(words)) if city(" ".join(words[k:]))), None)
        if named:  # "Greater Georgetown": the town the gazetteer knows
            place = named
            break
    return Anchor(dt.date.fromisoformat(found[0].edtf), False, place, m.start(), m.end())


def _dateline_at(text: str, offset: int, given: dt.date | None, given_by: str) -> Anchor | None:
    m = _DATELINE.match(text, offset)
    # "Published: 14 November 2008", "Updated: 2017-11-28": a page's stamp, a day and no town
    headed = m is not None and (
        _WEEKDAY_HEAD.fullmatch(m.group("city")) is not None
        or _NOT_A_DATELINE.fullmatch(m.group("city").strip(" .,:")) is not None
    )
    line_end = text.find("\n", m.end()) if m is not None else -1
    if headed and m is not None and not text[m.end() : line_end if line_end >= 0 else None].strip():
        return (
            None  # "Thursday, 28 November 2024" on a line of its own: a date line (_date_line), no dateline
        )
    if m and _agency_date_line(text, m):
        return None  # "Xinhua, October 15, 2021" above "MINSK, Oct. 14 (Xinhua) --": the agency's date line
    # "On 3 May ..." and "The 12 March session ..." open no dateline; "THE HAGUE, Oct 27 --" does: a town the
    # gazetteer knows with its article
    if m and (not m.group("city").lower().startswith(("on ", "the ")) or city(_title(m.group("city")))):
        written = m.group("date")
        numeric = _NUMERIC.search(written)
        # "Monday, May 18, 2015 - The council opens today": a day headed by its weekday, no place
        where = (None if headed else _place(m), m.start(), m.end(), _region(m))
        if numeric:
            day = _safe(int(numeric["y"]), int(numeric["m"]), int(numeric["d"]))
            return Anchor(day, False, *where)
        if _SLASHED.search(written):  # unreadable either way: the known day, as for a dateline with no date
            return Anchor(_slashed_day(written, given) or given, False, *where)
        bracketed = re.search(r"\((?P<y>(?:19|20)\d{2})\)", m.group("rest"))
        if bracketed:  # "MOSCOW, October 8 (2024) --": the year in brackets after the day
            written = f"{written} {bracketed['y']}"
        found = find_dates(written)
        if found and found[0].kind == "day":
            return Anchor(dt.date.fromisoformat(found[0].edtf), False, *where)
        if found and found[0].kind == "month":  # "Bangkok, October 2016": a month, no day
            return Anchor(given, False, *where, period=found[0].edtf)
        if given is not None:
            year, why, inferred = _year_near(written, given), f"the year of {given_by} ({given})", False
        else:
            weekday = _WEEKDAYS.index(m["wd"].casefold()) if m["wd"] else None
            year, why = dateline_year(written, text[m.end() :], weekday, text[: m.start()])
            inferred = True
        day = _on(written, year) if year else None
        if day is not None:
            return Anchor(day, inferred, *where, year_why=why)
        return Anchor(given, False, *where)
    return None


# "Dec 11, 2016 (Outlet) —— The Assembly held ...": a dateline of a date alone, its outlet, a dash, the lede
_DATED_LEDE = re.compile(
    rf"^\W{{0,3}}(?P<date>{_M}\s+\d{{1,2}},?\s+(?:19|20)\d\d|\d{{1,2}}\s+{_M},?\s+(?:19|20)\d\d)"
    r"\s*(?:\([^()\n]{1,40}\))?\s*(?:--|—|–|-)+[ \t]+(?=[A-Z])",
    # (a line's start, not only the text's: the date line under a headline, "Xyz ministers meet in Abc\n\n19
    # August 2031 - Ministers of ...", was read as no dateline until session 28)
    re.M,
)


def _dated_lede(text: str, offset: int) -> Anchor | None:
    """A dateline that is a date alone before the lede (no town): its day, and its end (the lede's dates are
    the meeting's, not the dateline's)."""
    m = _DATED_LEDE.match(text, offset)
    found = find_dates(m.group("date")) if m else []
    if m is None or not found or found[0].kind != "day":
        return None
    return Anchor(dt.date.fromisoformat(found[0].edtf), False, None, m.start(), m.end(), None)


def _agency_date_line(text: str, m: re.Match[str]) -> bool:
    """Whether a "<name>, <date>" line of its own names the news agency, not a town: the text's top lines
    stamp that name as an agency, "(Xinhua)" or "/TASS/" (a gazetteer knows a town Xinhua in China, so the
    name alone does not tell)."""
    if text[m.end("date") :].split("\n", 1)[0].strip(" \t.,:-–—"):
        return False
    name = re.escape(m.group("city").strip(" .,"))
    return re.search(rf"\(\s*{name}\s*\)|/\s*{name}\s*/", text[:800], re.I) is not None


_WEEKDAY_HEAD = re.compile(
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?"
)


def _safe(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _title(city: str) -> str:
    """ "SAMARKAND" -> "Samarkand", "NUR-SULTAN" -> "Nur-Sultan"; mixed case kept."""
    city = city.strip(" .,")
    if city.isupper():
        titled = re.sub(r"[^\W\d_]+", lambda w: w.group().capitalize(), city.lower())
        # "DAR ES SALAAM" -> "Dar es Salaam": a particle inside the name stays lower case
        return re.sub(
            r"(?<=\s)(Es|El|De|Da|Du|La|Di|Del|Dos|Das|Do|Ul)(?=\s)", lambda w: w.group().lower(), titled
        )
    return city


_UN_SEAT = re.compile(r"United\s+Nations(?:\s+Headquarters)?|UN(?:\s+Headquarters)?|U\.N\.")


def _place(m: re.Match[str]) -> str:
    """The dateline's town; "United Nations, New York, 23 September": the town after a seat that is no town."""
    town = _title(m.group("city"))
    region = (m.groupdict().get("country") or "").strip()
    if region and _UN_SEAT.fullmatch(town) and city(region):
        return region
    return town


def _region(m: re.Match[str]) -> str | None:
    region = m.groupdict().get("country") or m.groupdict().get("bracketed") or m.groupdict().get("slashed")
    if region and _place(m) == region.strip():
        return None  # "United Nations, New York": the town itself (``_place``)
    if region and m.groupdict().get("bracketed") == region and region.isupper():
        return None  # "Rome (AFP) July 2": the agency, not a region
    return region.strip() if region else None
