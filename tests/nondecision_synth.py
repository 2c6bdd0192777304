"""Synthetic sentences of the genre that are NOT decisions of the organization, with their truth: no event.

The counterpart of ``decision_synth`` for precision. Each sample is a short report of an invented
organization's meeting in a real capital, dated in full, carrying one to three sentences of the classes below,
each of which a report of the genre may contain and none of which is a decision of the organization:

- ``hope``: a preview or a hope ("is expected to be admitted", "will consider", "looked forward to");
- ``candidacy``: support for a person's or a state's candidacy for a post (of this organization or another);
- ``application``: an application received, noted, welcomed, discussed or referred (no grant);
- ``announce``: a state's own announcement that it would leave, return or rejoin (no notice, no lift);
- ``other-org``: a decision of another organization (the UN Security Council, the European Union, ...);
- ``congratulate``: congratulations on a state's national event (an election, an anniversary, a presidency
  of another forum);
- ``negated``: a decision not taken, deferred or postponed;
- ``conditional``: what would happen if, unless, should ...;
- ``quoted``: a leader's quoted words;
- ``body-chair``: the chair of one of the organization's bodies or organs changing hands (an organ, a council
  of ministers, a committee, a council "for the month of"): a ``PresidencyHandedOver`` whose ``chair`` is the
  organization's ``presidency`` is wrong; one naming another chair is fine;
- ``no-person``: an appointment whose appointee is not named (an office word, a state's candidate, a
  possessive fragment): no ``OfficialAppointed``.

Half the samples also carry a real decision from ``decision_synth`` (its truth kept), so that recall is
checked alongside: a fix that silences the decisions too shows here.

Run ``PYTHONPATH=$PWD python tests/nondecision_synth.py [N] [--show CLASS]``: the false-positive events per
class (the figure to bring to zero) and the real decisions kept.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import decision_synth
from genre_synth import _ADJ, _KIND, _NOUN, _day, _person, states

from igo_timeline.extract import extract

CLASSES = [
    "hope",
    "candidacy",
    "application",
    "announce",
    "other-org",
    "congratulate",
    "negated",
    "conditional",
    "quoted",
    "body-chair",
    "no-person",
]
STATUS = ["observer status", "full membership", "the status of a dialogue partner", "associate membership"]
OFFICES = ["Secretary-General", "Director-General", "Executive Secretary", "Commissioner for Trade"]
OTHER_ORGS = [
    "The UN Security Council",
    "The United Nations General Assembly",
    "The European Union",
    "The Council of the European Union",
    "The African Union Peace and Security Council",
    "The Commonwealth",
]


def sentence(rng: random.Random, cls: str, abbr: str, st: tuple[str, str, str, str | None], year: int) -> str:
    """One sentence of the class about the state ``st`` (its alpha-3, name, capital)."""
    x = st[1]
    X = x[0].upper() + x[1:]
    person = _person(rng)
    office = rng.choice(OFFICES)
    status = rng.choice(STATUS)
    subj = rng.choice(["The leaders", "The ministers", "The summit", "The Council", "The heads of state"])
    forms: dict[str, list[str]] = {
        "hope": [
            f"{X} is poised to become the {abbr}'s first associate member.",
            f"The way is now open for {x} to join the {abbr} in due course.",
            f"A decision on granting {x} {status} is anticipated at the {year + 1} summit.",
            f"{subj} voiced hope that {x} would soon take its seat as a full member.",
            f"Observers believe {x} will eventually be admitted to the {abbr}.",
            f"The admission of {x} as the {abbr}'s newest member is anticipated at the {year + 1} summit.",
            f"{subj} agreed to revisit the question of {x}'s membership next year.",
            f"{X}'s accession to the {abbr} is likely to be approved in {year + 1}.",
            f"Diplomats said {x} may be granted {status} at the next ordinary session.",
            f"{X} is expected to be admitted as a full member of the {abbr} at the next summit.",
            f"{subj} will consider the request of {x} for {status} at their next session.",
            f"{subj} looked forward to welcoming {x} as a member of the {abbr}.",
            f"{X} is set to take over the rotating chairmanship of the {abbr} in {year + 1}.",
            f"{subj} are due to appoint a new {office} of the {abbr} in {year + 1}.",
            f"{X} hopes to be granted {status} before the end of {year + 1}.",
            f"{X} could become the {abbr}'s newest member as early as next year, officials said.",
        ],
        "candidacy": [
            f"{subj} endorsed {person} of {x} as the region's candidate for {office} of the United Nations.",
            f"{X} is campaigning for {person} to be the next {office} of the {abbr}.",
            f"{X} presented the candidature of {person} for the position of {office} of the {abbr}.",
            f"{subj} took note of the candidacies of {person} and {_person(rng)} for the post of {office}.",
            f"The candidacy of {x} to chair the {abbr} in {year + 2} received broad support.",
            f"{subj} supported the candidacy of {person} of {x} for the post of {office}.",
            f"{subj} endorsed the candidature of {x} for a non-permanent seat on the UN Security Council.",
            f"{X} put forward {person} as its candidate for the post of {office} of the {abbr}.",
            f"{subj} backed {person}'s bid to become {office} of the United Nations.",
            f"{subj} expressed support for the nomination of {person} ({x}) as {office}.",
        ],
        "application": [
            f"{X}'s request to be admitted as an observer was placed on the agenda of the next session.",
            f"{subj} considered the letter of {x} seeking {status}.",
            f"{X} lodged a formal application for {status} with the secretariat.",
            f"{X} has formally requested {status} in the {abbr}, the ministers were told.",
            f"{subj} acknowledged receipt of the letter from {x} requesting {status}.",
            f"The bid of {x} for {status} remains under review.",
            f"{subj} took note of the application of {x} for {status}.",
            f"{subj} welcomed the request of {x} to be granted {status}.",
            f"{subj} received the application of {x} for {status}.",
            f"{subj} discussed the application of {x} for {status}.",
            f"The request of {x} for {status} was examined by the ministers.",
            f"{subj} noted with appreciation the interest of {x} in joining the {abbr}.",
        ],
        "announce": [
            f"{X} formally signalled that it plans to exit the {abbr}.",
            f"The junta in {x} announced it was pulling out of the {abbr}, though no notice has been received.",
            f"{X} has made clear that it wants to leave the {abbr}.",
            f"Authorities in {x} confirmed plans to rejoin the {abbr} next year.",
            f"{X} expressed its wish to resume full participation in the {abbr}.",
            f"{X} declared its intention to quit the {abbr} by the end of {year + 1}.",
            f"Officials in {x} indicated that the country is to resume its seat in the {abbr}.",
            f"{X}'s foreign minister vowed that his country would never return to the {abbr}.",
            f"{X} announced that it would return to the meetings of the {abbr}.",
            f"The government of {x} said it would leave the {abbr} within a year.",
            f"{X} threatened to withdraw from the {abbr} over the dispute.",
            f"{X} announced plans to rejoin the {abbr}.",
            f"{X} said it intends to resume its participation in the {abbr}'s activities.",
        ],
        "other-org": [
            f"The G20 admitted {x} as a permanent member at its summit in {year - 1}.",
            f"Meanwhile, the UN General Assembly suspended {x} from the Human Rights Council.",
            f"Separately, the Organization of American States suspended {x}.",
            f"{X} was expelled from the Arab League in {year - 4}.",
            f"The World Trade Organization accepted {x} as its newest member.",
            f"Last week the United Nations Security Council lifted the arms embargo on {x}.",
            f"{X} was suspended by the Economic Community of Central African States in {year - 1}.",
            f"The European Commission granted {x} candidate status for EU membership.",
            f"{person} was appointed Director-General of the World Health Organization in {year - 2}.",
            f"{rng.choice(OTHER_ORGS)} suspended {x} after the coup.",
            f"{rng.choice(OTHER_ORGS)} lifted its sanctions against {x} last month.",
            f"{rng.choice(OTHER_ORGS)} appointed {person} as its Special Envoy.",
            f"{rng.choice(OTHER_ORGS)} admitted {x} as a member in {year - 3}.",
            f"{subj} welcomed the decision of the African Union to readmit {x}.",
            f"{X} was elected to the UN Human Rights Council for {year + 1}-{year + 3}.",
        ],
        "congratulate": [
            f"{subj} paid tribute to {x} on the occasion of its national day.",
            f"{subj} congratulated {x} on its successful chairmanship of the Group of 77.",
            f"{subj} commended {x} for taking over the presidency of the UN General Assembly.",
            f"{subj} congratulated {person} on being sworn in as Prime Minister of {x}.",
            f"{subj} saluted {x} for its peaceful transfer of power.",
            f"{subj} congratulated {x} on the successful holding of its presidential elections.",
            f"{subj} congratulated {person} on his election as President of {x}.",
            f"{subj} congratulated {x} on assuming the presidency of the G20.",
            f"{subj} congratulated the people of {x} on the fiftieth anniversary of their independence.",
            f"{subj} congratulated {x} on its election to the chairmanship of the Non-Aligned Movement.",
        ],
        "negated": [
            f"The question of lifting the suspension of {x} was left open.",
            f"{subj} stopped short of granting {x} {status}.",
            f"{subj} did not reach consensus on lifting the suspension of {x}.",
            f"The admission of {x} was not on the agenda.",
            f"{subj} rejected calls to suspend {x}.",
            f"No agreement was reached on granting {status} to {x}.",
            f"The request of {x} for {status} was not approved.",
            f"{subj} could not agree on the admission of {x}.",
            f"A decision on lifting the suspension of {x} was put off until the next summit.",
            f"{subj} have yet to decide on the application of {x} for {status}.",
            f"{subj} refrained from suspending {x} despite the coup.",
            f"{subj} did not grant {status} to {x}.",
            f"{subj} deferred consideration of the application of {x} for {status} to its next session.",
            f"{subj} postponed its decision on the suspension of {x}.",
            f"No decision was taken on the request of {x} for {status}.",
            f"{subj} declined to lift the suspension of {x}.",
            f"{subj} stopped short of admitting {x} as a full member.",
        ],
        "conditional": [
            f"The {abbr} threatened to suspend {x} if the transition timetable slips.",
            f"{X} faces expulsion from the {abbr} should it fail to pay its arrears.",
            f"Failure to hold elections by June would result in the suspension of {x}.",
            f"Should {x} ratify the charter, it would become a full member of the {abbr}.",
            f"{X} will only be readmitted once constitutional order is restored.",
            f"Any further delay in the transition would lead to the suspension of {x} from the {abbr}.",
            f"{X} stands to be suspended from the {abbr} in the event of another coup.",
            f"Provided the reforms are completed, {x} could join the {abbr} as a full member in {year + 2}.",
            f"If the military fails to hand over power by March, {x} would be suspended from the {abbr}.",
            f"{X} will be suspended from the {abbr} should the elections be postponed again.",
            f"Unless constitutional order is restored, {x} risks suspension from the {abbr}.",
            f"{X} would be granted {status} once it ratifies the founding treaty.",
            f"Were {x} to meet the criteria, it could be admitted as a member.",
        ],
        "quoted": [
            f'"Today we welcome {x} as a full member," the chairperson declared, according to the draft speech.',
            f"'{X} has been suspended,' the spokesperson of the government of {x} denied.",
            f'In his speech, {person} said that "{x} is now an observer of our community".',
            f"“{X} is now part of our family,” {person} declared at the closing ceremony.",
            f'{person} told the press that "the suspension of {x} will be lifted soon".',
            f'"I hand over the chairmanship of this great organisation to {x}," said {person}.',
            f'"We have decided to admit {x} as a full member," said {person}.',
            f'"{X} deserves {status} in this organization," {person} told reporters.',
            f'{person} said: "We will welcome {x} into our family next year."',
            f'"The suspension of {x} must be lifted," said {person}.',
        ],
        "body-chair": [
            f"{X} holds the rotating presidency of the {abbr} Council of Ministers until June.",
            f"{person} ({x}) took the chair of the Committee of Permanent Representatives.",
            f"{X} took over the rotating chair of the {abbr} Council of Ministers from its neighbour.",
            f"{person} of {x} assumed the chairmanship of the Committee of Ambassadors.",
            f"{X} was elected to chair the {abbr} Organ on Politics, Defence and Security for the coming year.",
            f"{X} took over from its predecessor as chair of the {abbr} Council of Ministers.",
            f"{person} of {x} was elected chairperson of the Committee of Senior Officials.",
            f"{X} will chair the Standing Committee on Trade for the next two years.",
            f"The chairmanship of the Organ Troika passed to {x}.",
            f"{X} assumed the presidency of the {abbr} Parliament.",
            f"{X} assumed the chairmanship of the Organ on Politics, Defence and Security Cooperation.",
            f"{person} of {x} took over as Chair of the Council of Ministers.",
            f"{X} took over the chair of the Peace and Security Council for the month of March.",
            f"{X} handed over the chairmanship of the Committee of Permanent Representatives to its successor.",
            f"{X} became the incoming chair of the {abbr} Organ Troika.",
            f"{X} assumed the rotating chair of the Ministerial Committee of the Organ.",
        ],
        "no-person": [
            f"{subj} appointed {st[2]} as the venue of the next ministerial retreat.",
            f"{subj} elected {x}'s nominee to the post of Deputy {office}.",
            f"{subj} appointed {X} as coordinator of the working group on trade.",
            f"{subj} elected {x} as {office} of the {abbr} for {year}-{year + 2}.",
            f"{subj} appointed {x}'s Minister of Trade as head of the task force.",
            f"{X}'s Permanent Representative was appointed Rapporteur of the session.",
            f"{subj} named the {office}'s deputy as acting head of the secretariat.",
            f"{subj} appointed the Chairperson of the Commission as the {abbr}'s special envoy.",
            f"{subj} welcomed {st[2]} as the seat of the new {abbr} Secretariat.",
            f"{subj} agreed to open a liaison office of the {abbr} in {st[2]}.",
            f"{subj} appointed the Ambassador of {x} to chair the working group.",
            f"{subj} elected a national of {x} as the new {office}.",
            f"{X}'s nominee was confirmed as {office} of the {abbr}.",
            f"{subj} appointed the Minister of Foreign Affairs of {x} as chair of the committee.",
            f"{subj} elected {x}'s candidate as {office}.",
            f"{subj} appointed a new {office}, whose name will be announced later.",
            f"{subj} named {x}'s representative to the board of the {abbr} Fund.",
            f"{subj} thanked the outgoing {office} for his service.",
        ],
    }
    return rng.choice(forms[cls])


@dataclass
class Sample:
    text: str
    org: str
    classes: list[str]
    truths: list[decision_synth.Truth] = field(default_factory=list)
    kind: str = "pure"


def generate(rng: random.Random) -> Sample:
    if rng.random() < 0.5:
        base = decision_synth.generate(rng)
        text, org, truths, kind = base.text, base.org, base.truths, "mixed"
        abbr = org.upper()
        year = int(next((t.date[:4] for t in truths if t.date[:4].isdigit()), "2020"))
        used = {t.key for t in truths}
    else:
        name = f"{rng.choice(_ADJ)} {rng.choice(_NOUN)} {rng.choice(_KIND)}"
        abbr = "".join(w[0] for w in name.split())
        org = abbr.casefold()
        day = dt.date(rng.randint(2000, 2028), rng.randint(1, 12), rng.randint(1, 28))
        style = rng.choice(["dm", "md"])
        host = rng.choice(states())
        body = rng.choice(
            ["Council of Ministers", "Summit", "Assembly of Heads of State", "Executive Council"]
        )
        text = (
            f"{host[2].upper()}, {_day(day, style, True)} -- The {body} of the {name} ({abbr}) was held in "
            f"{host[2]} on {_day(day, style, True)}."
        )
        truths, kind, year, used = [], "pure", day.year, set()
    classes = rng.sample(CLASSES, rng.randint(1, 3))
    pool = [s for s in states() if s[0] not in used and s[1] not in used]
    for cls in classes:
        text += " " + sentence(rng, cls, abbr, rng.choice(pool), year)
    return Sample(text, org, classes, truths, kind)


def _wrong(e: dict[str, Any]) -> bool:
    """A body's chair handed over is fine when the event says which chair; every other event is wrong."""
    if e.get("type") == "PresidencyHandedOver" and e.get("chair", "presidency") != "presidency":
        return False
    return True


def judge(s: Sample) -> tuple[int, int, list[dict[str, Any]]]:
    """(false-positive events, real decisions missed, the events)."""
    found = extract(s.text, s.org, "t")
    events = [c.event for c in found if c.record == "event" and c.type != "MeetingHeld"]
    used: set[int] = set()
    missed = 0
    for t in s.truths:
        hit = next(
            (
                i
                for i, e in enumerate(events)
                if i not in used
                and e.get("type") == t.type
                and (
                    decision_synth._key(e) == t.key
                    if t.type not in ("DocumentAdopted", "AgreementSigned")
                    else decision_synth._same_title(decision_synth._key(e) or "", t.key)
                )
            ),
            None,
        )
        if hit is None:
            missed += 1
        else:
            used.add(hit)
    extra = sum(1 for i, e in enumerate(events) if i not in used and _wrong(e))
    return extra, missed, events


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 and sys.argv[1].isdigit() else 1000
    show = sys.argv[sys.argv.index("--show") + 1] if "--show" in sys.argv else None
    rng = random.Random(14)
    per: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    samples_fp = truths = missed = 0
    shown = 0
    for _ in range(n):
        s = generate(rng)
        extra, miss, events = judge(s)
        samples_fp += extra > 0
        truths += len(s.truths)
        missed += miss
        for c in s.classes:
            seen[c] += 1
            per[c] += extra > 0 and len(s.classes) == 1
        if extra and len(s.classes) == 1:
            per["single:" + s.classes[0]] += extra
        if show and extra and (show == "all" or show in s.classes) and shown < 20:
            shown += 1
            print(s.text, "\n  classes:", s.classes)
            print(
                "  got:", [{k: v for k, v in e.items() if k not in ("source", "org", "note")} for e in events]
            )
            print()
    print(
        f"{n} samples: with a false-positive event {samples_fp} ({samples_fp / n:.1%}); "
        f"real decisions kept {truths - missed}/{truths}"
    )
    # a class's rate is read from the samples carrying it alone (no other non-decision sentence to blame)
    alone: Counter[str] = Counter()
    rng = random.Random(14)
    for c in CLASSES:
        k = fp = 0
        while k < 60:
            s = generate(rng)
            if s.classes != [c]:
                continue
            k += 1
            fp += judge(s)[0] > 0
        alone[c] = fp
        print(f"  {c:13} false positive in {fp:3}/60 samples carrying it alone")


if __name__ == "__main__":
    main()
