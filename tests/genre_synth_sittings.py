"""Synthetic reports of a sitting told by what it did (helper `meet7`), an extension of ``genre_synth``.

The genre often never says "the meeting was held": a body decides and the decision tells the sitting ("X
was elected by the XYZ Governing Body on Friday", "The General Conference of the XYZ today approved ...",
"At its 41st session in Lima on 3 May, the Council adopted ...", "The decision was taken at the Ministerial
Meeting of the XYZ on Monday"), or the sitting is told as it closes ("wrapped up", "ended", "the two-day
congress that ended today"), or a second body's sitting is told in a relative clause ("by the XYZ Council
of Ministers, which met in Lima on 3 May"). Each sample is an invented organization, one of many body
nouns, a real capital (the gazetteer's), a dateline with its year, and the truth (body slug: the text's
own noun phrase, the sitting's kind and the organization's name left out).

Run ``PYTHONPATH=$PWD python tests/genre_synth_sittings.py [N] [--show CLASS]`` for a table of failure
classes (``judge`` of ``genre_synth``).
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from genre_synth import _ADJ, _KIND, _NOUN, _WEEKDAYS, Sample, _day, _person, judge, report, states  # noqa: E402

# (how the text names the body, its slug)
SITTING_BODIES = [
    ("Governing Body", "governing-body"),
    ("General Conference", "general-conference"),
    ("Congress", "congress"),
    ("General Assembly", "general-assembly"),
    ("Executive Board", "executive-board"),
    ("Governing Council", "governing-council"),
    ("Ministerial Council", "ministerial-council"),
    ("Board of Governors", "board-of-governors"),
    ("Assembly", "assembly"),
    ("Council", "council"),
]
OFFICES = ["Secretary-General", "Director-General", "President", "Executive Secretary"]
SHAPES = [
    "passive-agent",
    "active-today",
    "at-its-session",
    "taken-at",
    "wrapped-up",
    "ended-weekday",
    "relative-which-met",
    "closing-participle",
    "last-day-of",
    "decided-on-day",
    "ends-today",
]


def generate_sitting(rng: random.Random) -> Sample:
    name = f"{rng.choice(_ADJ)} {rng.choice(_NOUN)} {rng.choice(_KIND)}"
    abbr = "".join(w[0] for w in name.split())
    org = abbr.casefold()
    body_name, slug = rng.choice(SITTING_BODIES)
    shape_kind = rng.choice(SHAPES)
    host, _host_name, place, _ = rng.choice(states())
    day = dt.date(rng.randint(1995, 2030), rng.randint(1, 12), rng.randint(1, 28))
    style = rng.choice(["dm", "md"])
    dateline = f"{place.upper()}, {_day(day, style, True)} -- "
    when_kind = rng.choice(["today", "weekday", "full"])
    when = {
        "today": "today",
        "weekday": f"on {_WEEKDAYS[day.weekday()]}",
        "full": f"on {_day(day, style, False)}",
    }[when_kind]
    person = _person(rng)
    office = rng.choice(OFFICES)
    n = rng.randint(2, 60)
    nth = f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"
    truth_body, truth_date, truth_place = slug, day.isoformat(), place
    intro = f" The {name} ({abbr}) groups {rng.randint(5, 40)} states."
    if shape_kind == "passive-agent":
        s = f"{person} was elected {office} of the {abbr} by the {abbr} {body_name} in {place} {when}."
    elif shape_kind == "active-today":
        verb = rng.choice(["approved", "adopted", "elected"])
        obj = {"approved": "a new budget", "adopted": "a plan of action", "elected": f"{person} as {office}"}[
            verb
        ]
        s = f"The {body_name} of the {name} ({abbr}), meeting in {place}, {when} {verb} {obj}."
        intro = ""
    elif shape_kind == "at-its-session":
        s = f"At its {nth} session in {place} {when}, the {abbr} {body_name} adopted a plan of action."
    elif shape_kind == "taken-at":
        s = f"The decision was taken at the {nth} session of the {abbr} {body_name} in {place} {when}."
    elif shape_kind == "wrapped-up":
        s = f"The {nth} session of the {abbr} {body_name} wrapped up in {place} {when} with a final declaration."
    elif shape_kind == "ended-weekday":
        s = f"Delegates closed the {nth} session of the {abbr} {body_name} in {place} {when}."
    elif shape_kind == "closing-participle":
        lead = rng.choice(["Closing", "Concluding", "Wrapping up"])
        s = f"{lead} its {nth} session in {place} {when}, the {abbr} {body_name} elected {person} as {office}."
    elif shape_kind == "last-day-of":
        s = f"On the last day of its {nth} session, {when}, the {abbr} {body_name} elected {person} as {office}."
    elif shape_kind == "decided-on-day":
        if body_name in ("Council", "Governing Council", "Ministerial Council"):
            body_name, truth_body = (
                "General Conference",
                "general-conference",
            )  # a standing council: not this shape
        s = f"The {abbr} {body_name} elected {person} as {office} {when}."
    elif shape_kind == "ends-today":
        days = rng.choice(["three-week", "two-week", "five-day"])
        if when_kind != "today":
            when_kind = "today"
        s = f"Delegates to the {days} {abbr} {body_name}, which ends today in {place}, elected {person} as {office}."
    else:  # a summit, and the body's own sitting in a relative clause two days before
        before = day - dt.timedelta(days=2)
        s = (
            f"The {abbr} summit closed in {place} {when}. The declaration had been drafted by the {abbr} "
            f"{body_name}, which met in {place} on {_day(before, style, False)}."
        )
        if body_name in ("Assembly",):
            s = s.replace(f"{abbr} {body_name}", f"{abbr} Council of Ministers")
            truth_body = "council-of-ministers"
        else:
            truth_body = slug
        truth_date = before.isoformat()
    text = dateline + s + intro + " The delegates adopted a final communique."
    shape = {"body": truth_body, "shape": shape_kind, "when": when_kind}
    return Sample(text, org, truth_body, truth_date, truth_place, host, [], shape)


def judge_sitting(s: Sample) -> list[str]:
    """The failure classes of one sample: for the relative shape, the second meeting is the one judged."""
    if s.shape["shape"] != "relative-which-met":
        return judge(s)[0]
    from igo_timeline.extract import extract

    found = [c.event for c in extract(s.text, s.org, "t") if c.type == "MeetingHeld" and c.record == "event"]
    second = [m for m in found if m.get("body") == s.body]
    if not second:
        return ["no-meeting"]
    return [] if second[0].get("date") == s.date else ["date-wrong"]


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 and sys.argv[1].isdigit() else 700
    show = sys.argv[sys.argv.index("--show") + 1] if "--show" in sys.argv else None
    rng = random.Random(7)
    classes: Counter[str] = Counter()
    by_shape: dict[str, Counter[str]] = defaultdict(Counter)
    totals: Counter[str] = Counter()
    ok = shown = 0
    for _ in range(n):
        s = generate_sitting(rng)
        fails = judge_sitting(s)
        ok += not fails
        for f in set(fails):
            classes[f] += 1
            for k, v in s.shape.items():
                by_shape[f][f"{k}={v}"] += 1
        for k, v in s.shape.items():
            totals[f"{k}={v}"] += 1
        if show and show in fails and shown < 8:
            shown += 1
            print(s.text, "\n  truth:", s.body, s.date, s.place, "\n")
    report(n, ok, classes, by_shape, totals)


if __name__ == "__main__":
    main()
