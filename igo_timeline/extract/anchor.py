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
from dataclasses import dataclass

from igo_timeline.extract.dates import _M, find_dates

_CITY = r"(?P<city>[A-Z][A-Za-z'’.\-]+(?:[ -][A-Z][A-Za-z'’.\-]+){0,2})(?:/[A-Z][A-Za-z'’.\-]+(?:[ -][A-Z][A-Za-z'’.\-]+){0,2})?"
_DATELINE = re.compile(
    rf"^\W{{0,3}}{_CITY}(?:\s*,\s*(?P<country>[A-Z][A-Za-z .'’-]+?))?\s*[,.]\s*"
    rf"(?P<date>(?:{_M}\s+\d{{1,2}}|\d{{1,2}}\s+{_M}|\d{{1,2}}\.\d{{1,2}}\.\d{{4}})(?:\s*,?\s*\d{{4}})?)"
    r"(?P<rest>\s*[.,]?\s*(?:\([^)]{1,40}\)|/[^/]{1,20}/|\[[^\]]{1,40}\])?\s*(?:--|—|–|-|:|\.)?)",
    re.M,
)
_DATELINE_NO_DATE = re.compile(
    r"^\W{0,3}(?P<city>[A-Z][A-Z'’.\-]+(?:[ -][A-Z][A-Z'’.\-]+){0,2})(?:\s*,\s*(?P<country>[A-Z][A-Za-z .'’-]+?))?\s*[.,]\s*"
    r"(?:\(?[A-Z][\w-]*(?:[ /][A-Z][\w-]*)?\)?|/[A-Z]+/)\s*(?:--|—|–|-|:)",
    re.M,
)
_NUMERIC = re.compile(r"\b(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})\b")
_ISO = re.compile(r"\b(?P<iso>\d{4}-\d{2}-\d{2})\b")


@dataclass(frozen=True)
class Anchor:
    """What the text says about itself: the day it was written and its dateline's place."""

    day: dt.date | None = None
    year_inferred: bool = False  # the dateline had no year
    place: str | None = None
    start: int = 0  # the dateline's span in the text (0, 0 when none)
    end: int = 0
    region: str | None = None  # what the dateline names after the city ("BENAULIM, Goa, ...": Goa)

    @property
    def year(self) -> int | None:
        return self.day.year if self.day else None


_FUTURE = re.compile(
    r"\b(?:will|shall|next|would|to\s+be|for\s+the\s+period|until|till|through|with\s+effect\s+from)\b"
    r"|\b(?:for|by)\s+\d{4}",
    re.I,
)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_ON_WEEKDAY = re.compile(rf"\bon\s+(?P<wd>{'|'.join(_WEEKDAYS)})\b", re.I)


def _fit_year(written: str, text: str, year: int | None) -> int | None:
    """The year of a dateline without one, made to fit what the text says of its own day: not before a
    day the text tells as past ("applied in a letter dated June 8, 2019" under "Mar 29"), before a day it
    tells as to come ("with effect from 1 March 2018" under "Dec. 17": 2017), and on the weekday the lede
    gives it ("SOCHI, May 14 -- ... announced on Monday": the nearest such year)."""
    sentences = re.split(r"(?<=[.!?])\s+", text)
    past = [
        dt.date.fromisoformat(d.edtf.split("/")[-1])
        for s in sentences if not _FUTURE.search(s)
        for d in find_dates(s) if d.kind in ("day", "days")
        and not re.search(r"\b(?:from|by|until|as\s+of|before)\s+$", s[max(0, d.start - 12) : d.start])
    ]  # fmt: skip
    ahead = [
        dt.date.fromisoformat(d.edtf.split("/")[0] + ("-01" if d.kind == "month" else ""))
        for s in sentences if _FUTURE.search(s)
        for d in find_dates(s) if d.kind in ("day", "days", "month")
    ]  # fmt: skip
    # "the next meeting, to be held in Rwanda in 2020": the text is written before that year
    next_years = [
        dt.date(int(d.edtf[:4]), 1, 1)
        for s in sentences if re.search(r"\b(?:next|will\s+be\s+held|to\s+be\s+held)\b", s)
        for d in find_dates(s) if d.kind == "year" and re.search(r"\bin\s+$", s[max(0, d.start - 4) : d.start])
    ]  # fmt: skip
    ahead = ahead or next_years
    if year is None and ahead:
        first = min(ahead)
        day = find_dates(written, first.year)
        if day and day[0].kind.rstrip("?") == "day":
            year = first.year if dt.date.fromisoformat(day[0].edtf) < first else first.year - 1
    if year is None:
        return None

    def on(y: int) -> dt.date | None:
        found = find_dates(written, y)
        return dt.date.fromisoformat(found[0].edtf) if found and found[0].kind.rstrip("?") == "day" else None

    base = on(year)
    if base is None:
        return year
    latest = max(past, default=None)
    while latest is not None and base < latest and base.year < latest.year + 1:
        year += 1
        base = on(year) or base
    lede = sentences[0] if sentences else ""
    wd = _ON_WEEKDAY.search(lede)
    if wd and not re.search(r"\b(?:last|next|previous|coming|following)\s+\w*day\b", lede, re.I):
        want = _WEEKDAYS.index(wd["wd"].casefold())
        fits = [
            y for y in range(year - 6, year + 7)
            if (d := on(y)) is not None and d.weekday() == want and (latest is None or d >= latest)
            and (not next_years or d < min(next_years))
        ]  # fmt: skip
        if fits and base.weekday() != want:
            return min(fits, key=lambda y: (abs(y - year), -y))
    return year


def _same_month_year(written: str, text: str) -> int | None:
    """The year of a day the text writes in full in the dateline's month ("June 24" and "23-24 June 2016"):
    one whose span holds the dateline's day first, else one told outside what is to come."""
    bare = find_dates(written, 2000)
    if not bare:
        return None
    month, day = bare[0].edtf[5:7], bare[0].edtf[8:10]
    spans = [
        (s, d) for s in re.split(r"(?<=[.!?])\s+", text) for d in find_dates(s)
        if d.kind in ("day", "days") and month in (d.edtf[5:7], d.edtf.split("/")[-1][5:7])
    ]  # fmt: skip
    holding = [
        int(d.edtf[:4]) for _, d in spans
        if d.edtf.split("/")[0][5:] <= f"{month}-{day}" <= d.edtf.split("/")[-1][5:]
    ]  # fmt: skip
    if holding:
        return min(holding)
    now = [int(d.edtf[:4]) for s, d in spans if not _FUTURE.search(s)]
    if now:
        return max(now)
    # only what is to come names the month ("due to run until 13 November 2022"): the nearest such year
    return min(int(d.edtf[:4]) for _, d in spans) if spans else None


def _text_year(text: str) -> int | None:
    """The year the text speaks in: the latest year of a day written in full, else of any date,
    outside sentences about what is to come ("will be held in 2023", "for 2025-2027")."""
    now = [s for s in re.split(r"(?<=[.!?])\s+", text) if not _FUTURE.search(s)]
    dates = [d for s in now for d in find_dates(s)]
    full = [d for d in dates if d.kind in ("day", "days")]
    if full:
        return max(int(d.edtf[:4]) for d in full)
    years = [int(d.edtf[:4]) for d in dates if d.kind in ("year", "month")]
    # a year told as background ("Tanzania last chaired the community in 2003") is only a bound: the text's
    # year is then the first later one it names, even in what is to come ("deputy chair for 2019-2020")
    bound = [
        int(d.edtf[:4]) for s in now if _BACKGROUND.search(s)
        for d in find_dates(s) if d.kind in ("year", "month")
    ]  # fmt: skip
    if years and bound and max(years) == max(bound):
        later = sorted(
            int(d.edtf[:4]) for s in re.split(r"(?<=[.!?])\s+", text)
            for d in find_dates(s) if int(d.edtf[:4]) > max(bound)
        )  # fmt: skip
        return later[0] if later else max(years)
    return max(years) if years else None


_BACKGROUND = re.compile(r"\b(?:last|since|ago|once|previously|formerly|founded|established|created)\b", re.I)


def find_anchor(text: str, published: str | None = None) -> Anchor:
    """The dateline (or date line) in the first lines of ``text``; ``published`` (EDTF day) fills its year."""
    pub = dt.date.fromisoformat(published[:10]) if published and len(published) >= 10 else None
    # a date line of its own near the top gives the year a dateline may lack
    lined = _date_line(text[:600])
    pub_year = int(published[:4]) if published else (lined.year if lined else None)
    pub = pub or lined
    offset = 0
    for line in text[:800].splitlines(keepends=True)[:10]:
        found = _dateline_at(text, offset, pub, pub_year)
        if found is not None:
            return found
        offset += len(line)
    plain = None
    offset = 0
    for line in text[:800].splitlines(keepends=True)[:10]:
        plain = _DATELINE_NO_DATE.match(text, offset)
        if plain:
            break
        offset += len(line)
    if plain:
        return Anchor(pub, False, _title(plain.group("city")), plain.start(), plain.end())
    return Anchor(pub, False, None)


def _date_line(head: str) -> dt.date | None:
    """A line of its own that is a date (with a time, an outlet's name): "10:28, 14 June 2019", "04.07.2024"."""
    for line in head.splitlines()[:8]:
        if len(line.strip()) > 90 or not line.strip():
            continue
        numeric = _NUMERIC.search(line)
        if numeric:
            return _safe(int(numeric["y"]), int(numeric["m"]), int(numeric["d"]))
        iso = _ISO.search(line)
        if iso:
            return dt.date.fromisoformat(iso["iso"])
        found = [d for d in find_dates(line) if d.kind == "day"]
        if found:
            return dt.date.fromisoformat(found[0].edtf)
    return None


def _dateline_at(text: str, offset: int, pub: dt.date | None, pub_year: int | None) -> Anchor | None:
    m = _DATELINE.match(text, offset)
    if m and not m.group("city").lower().startswith(("on ", "the ")):
        written = m.group("date")
        numeric = _NUMERIC.search(written)
        if numeric:
            day = _safe(int(numeric["y"]), int(numeric["m"]), int(numeric["d"]))
            return Anchor(day, False, _place(m), m.start(), m.end(), _region(m))
        bracketed = re.search(r"\((?P<y>(?:19|20)\d{2})\)", m.group("rest"))
        if bracketed:  # "MOSCOW, October 8 (2024) --": the year in brackets after the day
            written = f"{written} {bracketed['y']}"
        found = find_dates(written)
        if found and found[0].kind == "day":
            return Anchor(
                dt.date.fromisoformat(found[0].edtf), False, _place(m), m.start(), m.end(), _region(m)
            )
        year = pub_year or _same_month_year(written, text[m.end() :])
        if year is None:  # no day of the dateline's month: the text's year, fitted to what it says
            year = _fit_year(written, text[m.end() :], _text_year(text[m.end() :]))
        found = find_dates(written, year) if year else []
        if found:
            inferred = pub_year is None
            return Anchor(
                dt.date.fromisoformat(found[0].edtf), inferred, _place(m), m.start(), m.end(), _region(m)
            )
        return Anchor(pub, False, _place(m), m.start(), m.end(), _region(m))
    return None


def _safe(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _title(city: str) -> str:
    """ "SAMARKAND" -> "Samarkand", "NUR-SULTAN" -> "Nur-Sultan"; mixed case kept."""
    city = city.strip(" .,")
    if city.isupper():
        titled = re.sub(r"[A-Za-z]+", lambda w: w.group().capitalize(), city.lower())
        # "DAR ES SALAAM" -> "Dar es Salaam": a particle inside the name stays lower case
        return re.sub(
            r"(?<=\s)(Es|El|De|Da|Du|La|Di|Del|Dos|Das|Do|Ul)(?=\s)", lambda w: w.group().lower(), titled
        )
    return city


def _place(m: re.Match[str]) -> str:
    return _title(m.group("city"))


def _region(m: re.Match[str]) -> str | None:
    region = m.groupdict().get("country")
    return region.strip() if region else None
