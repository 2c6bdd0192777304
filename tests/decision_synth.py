"""Synthetic decision sentences of the genre with their truth: the decisions' counterpart of ``genre_synth``.

Each sample is a short report of an invented organization's meeting in a real capital, dated in full (so that
every decision's day is supported), followed by one decision sentence (or two, the second about its term) drawn
from a grammar of how the genre states decisions, and sometimes a sentence that is NOT a decision (a hope, an
application discussed, a threat, a decision of years before). The grammar was written from the genre's
wordings (appointments with terms in their many forms, statuses granted, suspended, lifted and withdrawn from,
chairs handed over, documents adopted and signed, next meetings set), not from the extractor's patterns.

A decision counts as right when an importable event of its type names its party/person/title and agrees on
its day (or term). Anything else the extractor emits as an event besides the meeting is a false positive.

Run ``PYTHONPATH=$PWD python tests/decision_synth.py [N] [--show CLASS]`` for recall and precision per class.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from genre_synth import _ADJ, _KIND, _NOUN, _day, _person, states

from igo_timeline.extract import extract

OFFICES = ["Secretary-General", "Director-General", "Executive Secretary", "President of the Commission"]
STATUS_WORDS = {
    "observer": ["observer status", "the status of an observer", "observer state status"],
    "member": ["full membership", "the status of a member state", "membership"],
    "dialogue-partner": ["dialogue partner status", "the status of a dialogue partner"],
}
DOC_KINDS = [
    ("Declaration", "declaration"),
    ("Joint Communiqué", "communique"),
    ("Plan of Action", "plan"),
    ("Strategy", "strategy"),
    ("Charter", "charter"),
]
TOPICS = ["Food Security", "Digital Trade", "Water Resources", "Counter-Terrorism", "Climate Resilience"]
_N = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six"}


@dataclass
class Truth:
    type: str
    key: str  # party alpha-3, person, or document title
    date: str  # the day (or the term "start/end")
    cls: str


@dataclass
class Sample:
    text: str
    org: str
    truths: list[Truth] = field(default_factory=list)
    shape: dict[str, str] = field(default_factory=dict)
    bystander: str | None = None  # the state of the sentence that is not a decision (none: no such sentence)


def _years_later(d: dt.date, n: int) -> dt.date:
    return d.replace(year=d.year + n)


def _party(rng: random.Random, st: tuple[str, str, str, str | None]) -> str:
    return rng.choice([st[1], st[1], f"the Republic of {st[1]}" if " " not in st[1] else st[1]])


def generate(rng: random.Random) -> Sample:
    name = f"{rng.choice(_ADJ)} {rng.choice(_NOUN)} {rng.choice(_KIND)}"
    abbr = "".join(w[0] for w in name.split())
    org = abbr.casefold()
    members = rng.sample(states(), 4)
    host, host_name, place, _ = members[0]
    day = dt.date(rng.randint(2000, 2028), rng.randint(1, 12), rng.randint(1, 28))
    style = rng.choice(["dm", "md"])
    body = rng.choice(["Council of Ministers", "Summit", "Assembly of Heads of State", "Executive Council"])
    text = (
        f"{place.upper()}, {_day(day, style, True)} -- The {body} of the {name} ({abbr}) was held in "
        f"{place} on {_day(day, style, True)}."
    )
    subject = rng.choice(["The leaders", "The ministers", f"The {body}", "The heads of state", "The meeting"])
    cls = rng.choice(
        ["appoint", "appoint-later", "grant", "suspend", "lift", "withdraw", "handover", "document", "agreement",
         "next"]
    )  # fmt: skip
    s = Sample("", org, shape={"class": cls})
    other = members[1]
    party = _party(rng, other)
    Party = party[0].upper() + party[1:]  # the party opening a sentence
    if cls in ("appoint", "appoint-later"):
        person, office = _person(rng), rng.choice(OFFICES)
        n = rng.choice([2, 3, 4, 5])
        start = rng.choice(
            [day, dt.date(day.year + 1, 1, 1), dt.date(day.year, day.month, 1) + dt.timedelta(40)]
        )
        start = start.replace(day=1) if start != day else start
        end = _years_later(start, n) - dt.timedelta(days=1)
        s_start = _day(start, style, True)
        form = rng.choice(["n-year-starting", "term-of-n-beginning", "from-to", "period", "takes-office"])
        if cls == "appoint-later":
            form = "later"
        s.shape["form"] = form
        verb = rng.choice(["appointed", "elected", "named"])
        nat = f" ({other[1]})" if rng.random() < 0.5 else f" of {other[1]}"
        if form == "n-year-starting":
            sent = (
                f"{subject} {verb} {person}{nat} as {office} for a {_N[n]}-year term starting on {s_start}."
            )
        elif form == "term-of-n-beginning":
            sent = f"{person}{nat} was {verb} {office} of the {abbr} for a term of {_N[n]} years beginning {s_start}."
        elif form == "from-to":
            sent = (
                f"{subject} {verb} {person}{nat} {office} for the period from {s_start} to "
                f"{_day(end, style, True)}."
            )
        elif form == "period":
            start, end = dt.date(start.year, 1, 1), dt.date(start.year + n - 1, 12, 31)
            sent = f"{subject} {verb} {person}{nat} as {office} for {start.year}-{end.year}."
        elif form == "takes-office":
            sent = (
                f"{person}{nat}, {verb} {office} at the meeting, takes office on {s_start} for a {_N[n]}-year "
                "term."
            )
        else:
            pron = rng.choice(["He", "She"])
            sent = (
                f"{subject} {verb} {person}{nat} as the new {office} of the {abbr}. {pron} will take up "
                f"the post on {s_start} for a {_N[n]}-year term."
            )
        term = f"{start.isoformat()}/{end.isoformat()}"
        s.truths.append(Truth("OfficialAppointed", person, term, cls))
    elif cls == "grant":
        status = rng.choice(list(STATUS_WORDS))
        words = rng.choice(STATUS_WORDS[status])
        form = rng.choice(["granted-to", "passive", "decided-to-grant", "admitted", "approved-application"])
        if status != "member" and form == "admitted":
            form = "granted-to"
        s.shape["form"] = form
        verb = rng.choice(["granted", "accorded", "conferred"])
        prep = "on" if verb == "conferred" else "to"
        if form == "granted-to":
            sent = f"{subject} {verb} {words} {prep} {party}."
        elif form == "passive":
            sent = f"{Party} was granted {words}."
        elif form == "decided-to-grant":
            sent = f"{subject} decided to grant {party} {words}."
        elif form == "admitted":
            sent = f"{subject} admitted {party} as a full member of the {abbr}."
        else:
            sent = f"{subject} approved the application of {party} for {words}."
        s.truths.append(Truth("StatusGranted", other[0], day.isoformat(), cls))
    elif cls == "suspend":
        form = rng.choice(["suspended-from", "passive", "decided-to-suspend", "suspension-of"])
        s.shape["form"] = form
        tail = rng.choice(["", " until constitutional order is restored", " with immediate effect"])
        if form == "suspended-from":
            sent = f"{subject} suspended {party} from all activities of the {abbr}{tail}."
        elif form == "passive":
            sent = f"{Party} was suspended from the {abbr}{tail}."
        elif form == "decided-to-suspend":
            sent = (
                f"{subject} decided to suspend the participation of {party} in the {abbr}'s activities{tail}."
            )
        else:
            sent = f"{subject} announced the suspension of {party} from the organization{tail}."
        s.truths.append(Truth("ConditionImposed", other[0], day.isoformat(), cls))
    elif cls == "lift":
        form = rng.choice(["lifted", "passive", "readmitted", "decided-to-lift"])
        s.shape["form"] = form
        if form == "lifted":
            sent = f"{subject} lifted the suspension of {party}."
        elif form == "passive":
            sent = f"The suspension of {party} was lifted."
        elif form == "readmitted":
            sent = f"{subject} readmitted {party} to the activities of the {abbr}."
        else:
            sent = f"{subject} decided to lift the suspension imposed on {party}."
        s.truths.append(Truth("ConditionLifted", other[0], day.isoformat(), cls))
    elif cls == "withdraw":
        form = rng.choice(["notified", "announced", "formally-withdrew"])
        s.shape["form"] = form
        if form == "notified":
            sent = f"{Party} notified the {abbr} of its withdrawal from the organization."
        elif form == "announced":
            sent = f"The government of {other[1]} announced its withdrawal from the {abbr}."
        else:
            sent = f"{Party} formally withdrew from the {abbr}."
        s.truths.append(Truth("WithdrawalNotified", other[0], day.isoformat(), cls))
    elif cls == "handover":
        chair = rng.choice(["chairmanship", "rotating presidency", "chair", "presidency"])
        form = rng.choice(["handed-over", "took-over", "assumed", "passed"])
        s.shape["form"] = form
        giver = host_name
        if form == "handed-over":
            sent = f"{giver} handed over the {chair} of the {abbr} to {party}."
        elif form == "took-over":
            sent = f"{Party} took over the {chair} from {giver}."
        elif form == "assumed":
            sent = f"{Party} assumed the {chair} of the {abbr} at the meeting."
        else:
            sent = f"The {chair} of the {abbr} passed from {giver} to {party}."
        s.truths.append(Truth("PresidencyHandedOver", other[0], day.isoformat(), cls))
    elif cls in ("document", "agreement"):
        topic = rng.choice(TOPICS)
        if cls == "document":
            kind, _slug = rng.choice(DOC_KINDS)
            title = rng.choice([f"{place} {kind}", f"{kind} on {topic}"])
            verb = rng.choice(["adopted", "approved", "endorsed"])
            form = rng.choice(["active", "passive", "list"])
            s.shape["form"] = form
            if form == "active":
                sent = f"{subject} {verb} the {title}."
            elif form == "passive":
                sent = f"The {title} was {verb}."
            else:
                sent = f"{subject} {verb} the {title} and a report on the budget."
            typ = "DocumentAdopted"
        else:
            title = rng.choice([f"Agreement on {topic}", f"Protocol on {topic}", f"Convention on {topic}"])
            form = rng.choice(["active", "passive"])
            s.shape["form"] = form
            sent = f"{subject} signed the {title}." if form == "active" else f"The {title} was signed."
            typ = "AgreementSigned"
        s.truths.append(Truth(typ, title, day.isoformat(), cls))
    else:
        nxt = members[2]
        year = day.year + 1
        form = rng.choice(["will-be-held", "will-host", "agreed-to-hold"])
        s.shape["form"] = form
        if form == "will-be-held":
            sent = f"The next {body} will be held in {nxt[2]} in {year}."
        elif form == "will-host":
            sent = f"{nxt[1]} will host the next {body} in {year}."
        else:
            sent = f"{subject} agreed to hold the next meeting in {nxt[2]}, {nxt[1]}, in {year}."
        s.truths.append(Truth("MeetingScheduled", nxt[0], str(year), cls))
    text += " " + sent
    noise = rng.choice(["none", "hope", "background", "discussed", "threat"])
    s.shape["noise"] = noise
    third = members[3]
    s.bystander = third[0] if noise != "none" else None
    if noise == "hope":
        text += f" {third[1]} hopes to become an observer of the {abbr} in the coming years."
    elif noise == "background":
        text += f" {third[1]} was granted observer status in {day.year - rng.randint(3, 9)}."
    elif noise == "discussed":
        text += f" The ministers also discussed the application of {third[1]} for membership."
    elif noise == "threat":
        text += f" The {abbr} warned that {third[1]} could be suspended if the elections are postponed."
    s.text = text
    return s


# -- checking ------------------------------------------------------------------------------------------------


def _key(e: dict[str, Any]) -> str | None:
    t = e.get("type")
    if t == "OfficialAppointed":
        return e.get("person")
    if t in ("DocumentAdopted", "AgreementSigned"):
        return e.get("title")
    if t == "PresidencyHandedOver":
        return e.get("to_party")
    if t == "MeetingScheduled":
        return e.get("host")
    return e.get("party")


def _date(e: dict[str, Any]) -> str | None:
    t = e.get("type")
    if t == "OfficialAppointed":
        return e.get("term")
    for k in ("effective", "adopted_on", "signed_on", "date"):
        if e.get(k):
            return str(e[k])
    return None


def _same_title(a: str, b: str) -> bool:
    def norm(x: str) -> str:
        return " ".join(x.casefold().replace("the ", " ").split())

    return norm(a) == norm(b)


def judge(s: Sample) -> tuple[list[str], int, list[dict[str, Any]]]:
    """The failure classes of a sample's decisions, how many events were false positives, and the events."""
    found = extract(s.text, s.org, "t")
    fails = []
    for c in found:
        src = c.event.get("source", {})
        if src and s.text[src["start"] : src["end"]] != src["quote"]:
            fails.append("quote-not-text")
    events = [c.event for c in found if c.record == "event" and c.type != "MeetingHeld"]
    pending = [c.event for c in found if c.record == "unresolved" and c.type != "MeetingHeld"]
    used: set[int] = set()
    for t in s.truths:
        hit = None
        for i, e in enumerate(events):
            k = _key(e)
            if e.get("type") != t.type or k is None or i in used:
                continue
            if (
                (k == t.key)
                if t.type not in ("DocumentAdopted", "AgreementSigned")
                else _same_title(k, t.key)
            ):
                hit = i
                break
        if hit is None:
            near = [e for e in pending if e.get("type") == t.type]
            fails.append("unresolved" if near else "missed")
            continue
        used.add(hit)
        if _date(events[hit]) != t.date:
            fails.append("wrong-date")
    extra = len(events) - len(used)
    return fails, extra, events


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 and sys.argv[1].isdigit() else 2000
    show = sys.argv[sys.argv.index("--show") + 1] if "--show" in sys.argv else None
    rng = random.Random(7)
    per: dict[str, Counter[str]] = {}
    shown = 0
    for _ in range(n):
        s = generate(rng)
        fails, extra, events = judge(s)
        c = per.setdefault(s.shape["class"], Counter())
        c["n"] += 1
        c["right"] += not fails
        c["extra"] += extra
        for f in fails:
            c[f] += 1
        c[f"noise={s.shape['noise']}:extra"] += extra
        if show and (show in fails or (show == "extra" and extra)) and shown < 15:
            shown += 1
            print(s.text, "\n  shape:", s.shape, "\n  truth:", s.truths)
            print("  got:  ", [{k: e.get(k) for k in ("type", "party", "person", "title", "to_party", "host",
                                                       "term", "effective", "adopted_on", "date")
                                if e.get(k)} for e in events], "\n")  # fmt: skip
    tot_right = sum(c["right"] for c in per.values())
    tot_extra = sum(c["extra"] for c in per.values())
    print(
        f"{n} samples: decisions right {tot_right} ({tot_right / n:.1%}), false-positive events {tot_extra}"
    )
    for cls, c in sorted(per.items()):
        detail = ", ".join(f"{k} {v}" for k, v in sorted(c.items()) if k not in ("n", "right") and v)
        print(f"  {cls:14} right {c['right']:4}/{c['n']:<4} ({c['right'] / c['n']:.0%})   {detail}")


if __name__ == "__main__":
    main()
