"""Presidencies: which state or person hands the chair of a body over to which, and when.

A rotating chair passes at a summit ("handed over the chairmanship to X"; "X
will chair the organization in 2025"). The readers tell a handover told as
history from one decided now, and find the year or term the receiver holds it.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from igo_timeline.extract.clauses import _other_organization, _own_org, _state_parties
from igo_timeline.extract.context import Context
from igo_timeline.extract.dates import MONTH, WEEKDAY, DateMatch, find_dates
from igo_timeline.extract.names import Found, find_parties, is_state, nationality_of
from igo_timeline.extract.offices import _APPOINT, _HEAD_OF_STATE, _OFFICIALS_BODY, _head_noun_of_own_name
from igo_timeline.extract.places import capital_of
from igo_timeline.extract.procedure import MINISTERS_BODY
from igo_timeline.extract.reader import (
    background,
    demonym_state,
    handover_receiver,
    headline,
    names_org,
    subject,
    unreal,
)
from igo_timeline.extract.records import Candidate
from igo_timeline.extract.terms import term_grammar
from igo_timeline.extract.text import Passage

_PRESIDENCY = re.compile(
    r"\b(?:presidency|chairmanship|chairpersonship|chairing|chairship|chair(?:man|woman|person)?-in-office)\b|\b(?:will|shall)\s+chair\b(?!\s+(?:the\s+|this\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,3}?(?:meeting|session|sitting|talks|debate|plenary|proceedings|deliberations)\b)"
    r"|\b(?:will|shall)\s+(?:(?:formally|officially)\s+)?(?:take\s+over|serve)\s+as\s+(?:the\s+)?(?:new\s+)?(?:rotating\s+)?(?:chair|chairman|chairperson|chairwoman|president)\s+of\s+(?!(?:the\s+)?(?:meeting|session|sitting|summit|talks|conference)\b)"
    r"|\b(?:will|shall)\s+preside\s+over\b(?!\s+(?:the\s+|its\s+)?(?:[\w-]+\s+)?(?:meeting|session|sitting|summit|talks|opening|ceremony|proceedings|debate|deliberations)\b)"
    r"|\bthe\s+(?:rotating\s+)?chair\s+of\s+the\b(?=[^.;]*\b(?:went|passed|goes|passes|fell)(?:\s+from\s+[^.;]{1,60}?)?\s+to\b)|\brotating\s+(?:president|chair)\b"
    r"|\bsucceed(?:ed|s)?\s+(?:[A-Z][\w'’-]*\s+){1,3}as\s+(?:the\s+)?(?:rotating\s+)?(?:chair|chairman|chairperson|chairwoman|president)\b"
    r"|\belected\b[^.;]{0,60}?\bto\s+chair\b|\bsucceeded\s+in\s+the\s+chair\b"
    # "with Angola taking over the leadership of the regional bloc": the organization's rotating chair, named by
    # what the organization is (a state's leadership of its own party or army is no chair of it)
    r"|\b(?:rotating\s+)?leadership\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:bloc|grouping|organi[sz]ation|community|union)\b"
    r"|\b(?:will|shall)\s+lead\s+(?:the\s+)?(?-i:[A-Z]{2,8})\b|\bchairs\s+the\s+(?-i:[A-Z]{2,8})\b"
    # the chair as a seat passed or held: "passed the chair of the Authority to", "now holds the chair", "took the helm"
    r"|\b(?:pass(?:ed|es)?|hand(?:ed|s)?(?:\s+over)?|took|takes|taken|tak(?:e|ing)\s+over|assum(?:ed|es|e)|holds?|held|received)\s+(?:over\s+)?(?:the\s+)?(?:rotating\s+)?(?:(?-i:[A-Z]{2,8})\s+)?(?:chair|helm)\b(?!\s+of\s+(?:the\s+)?(?:meeting|session|sitting|debate|panel))"
    # the chair named by a word of the organization's name: "took over the Forum Chair from Tonga" (checked
    # against the name: ``_own_chair_word``)
    r"|\b(?:took|takes|taken|tak(?:e|ing)\s+over|assum(?:ed|es|e)|received)\s+(?:over\s+)?the\s+(?P<word>(?-i:[A-Z][a-z]+))\s+(?-i:Chair)\b(?!\s+of\b)"
    # "now takes over as Forum Chair from Q": the seat named as what its holder becomes
    r"|\b(?:took|takes|tak(?:e|ing))\s+over\s+as\s+(?:the\s+)?(?:new\s+)?(?P<word2>(?-i:[A-Z][a-z]+))\s+(?-i:Chair)\b(?![\s-]+(?:of|in)\b)",
    re.I,
)
# the choice of a state for a turn, before its infinitive: "approved the designation of X to hold the presidency"
_CHOSEN_FOR = re.compile(
    r"\b(?:designation\s+of|designated|chose|chosen|picked|selected|elected|named)\s+(?:the\s+)?"
    r"(?:[A-Z][\w'’-]*\s+){1,4}$"
)
_MONTH_WORD = r"(?:(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.|[A-Z][a-z]+)"  # "Jan. 1, 2023" too
_DAY_WORDS = rf"\d{{1,2}}\s+{_MONTH_WORD}(?:\s+\d{{4}})?|{_MONTH_WORD}\s+\d{{1,2}}(?:,?\s+\d{{4}})?"
_PRESIDENCY_PASSES = re.compile(
    # the receiver right after the verb, the chair after it: "Germany today handed Hungary the presidency of ..."
    r"(?P<dative>\b(?:handed|hands|passed|passes|gave|gives|transferred|transfers)\s+(?=(?:(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3}|(?P<pronoun>him|her))"
    r"\s+(?:the|its|their)\s+(?:[\w'’-]+\s+){0,2}(?:presidency|chairmanship|chairpersonship|chair)\b))|"
    r"\b(?:will|shall)\s+(?:(?:formally|officially)\s+)?(?:hold|assume|take\s+over|exercise|take\s+up|take\s+on|chair(?!\s+(?:the\s+|this\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,3}?(?:meeting|session|sitting|talks|debate|plenary|proceedings|deliberations)\b)|lead|preside\s+over)\b|\b(?:assumes|assumed|has\s+assumed|takes\s+over|took\s+over|taking\s+over|(?:has|have|had)\s+taken\s+over)\b"
    # "Sweden holds the presidency of the Council in 2031": the year right after the chair it holds
    r"|\bholds\b(?=\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}(?:presidency|chairmanship|chairpersonship)"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4})?\s+(?:in|for|throughout)\s+(?:19|20)\d\d\b)"
    r"|\b(?:will|shall)\s+(?:go|pass|be\s+handed(?:\s+over)?|be\s+transferred)\b.*?\bto\b"
    r"|\b(?:passe[sd]|pass(?:ed)?|passing|goes|went|handed\s+over|hand\s+over|handed|handing(?:\s+over)?|transferred|transferring)\b.*?\bto\b"
    # the noun: "which opened on Saturday with the handover of the presidency from Senegal to Madagascar"
    r"|\bhand-?over\s+of\b(?=\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}(?:presidency|chairmanship|chairpersonship|chair)\b).*?\bto\b"
    # decided in the infinitive: "It was decided to transfer the Chairmanship ... from A to B from 1 January"
    r"|\b(?:decided|agreed|resolved|(?:took|adopted|made|taken)\s+(?:a|the)\s+decision)\s+to\s+(?:transfer|hand\s+over|pass\s+on|pass)\b.*?\bto\b"
    # the act told as a gerund or a noun: "with China assuming the presidency", "on the Sultanate's assumption of
    # the presidency", "is the new holder of the presidency"
    r"|\bassuming\b(?=\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}(?:presidency|chairmanship|chairpersonship|chair)\b)"
    r"|\bassumption\s+of\b(?=\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}(?:presidency|chairmanship|chairpersonship|chair)\b)"
    r"|\b(?:is|becomes|became|has\s+become)\s+the\s+new\s+holder\s+of\b"
    # a state chosen for a turn to come: "approved the designation of X to hold the presidency in 2031" (the
    # choice before it: ``_CHOSEN_FOR``)
    r"|\bto\s+(?:hold|assume|take\s+over|exercise)\b"
    r"(?=\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}(?:presidency|chairmanship|chair)\b[^.;]*?\bin\s+(?:19|20)\d\d\b)"
    # "received the rotating presidency", "accepted the chairmanship of X from Y", "took up the chairmanship"
    r"|\b(?:received|receives|accepted|accepts|took\s+up|takes\s+up|taking\s+up|has\s+taken\s+up)\b"
    r"(?=\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}(?:presidency|chairmanship|chairpersonship)\b(?!['’]|\s+(?:gavel|flag|baton)))"
    r"|\b(?:stays?|stayed|remains?|remained)\s+with\b"
    # "Moldova has held the chairmanship of the Xyz since 1 January 2018": a chair taken on the day told
    r"|\b(?:has|have)\s+held\b(?=\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}(?:presidency|chairmanship|chairpersonship)\b"
    rf"[^.;]{{0,120}}?\bsince\s+(?:{_DAY_WORDS}))"
    # keeping the chair itself, not "with the delegation kept out of the deliberations"
    r"|\b(?:retains?|retained|keeps?|kept)\b(?=\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:[\w'’-]+\s+){0,2}"
    r"(?:presidency|chairmanship|chairpersonship|chairship|chair|helm)\b)"
    r"|\b(?:has\s+been|have\s+been|was|were)\s+elected\b(?=[^.;]{0,60}?\bto\s+chair\b)"
    r"|\bsucceeded\s+in\s+the\s+chair\b[^.;]*?\bby\b"
    r"|\b(?:was|were|has\s+been|have\s+been)\s+(?:\w+\s+){0,3}?(?:designated|elected|named|appointed|chosen)\s+(?:as\s+)?(?:the\s+)?(?:new\s+)?(?:chair(?:man|woman|person)?-in-office|rotating\s+(?:chair(?:man|woman|person)?|president))\b"
    r"|\bsucceed(?:ed|s)?(?=\s+(?:[A-Z][\w'’-]*\s+){1,3}as\s+(?:the\s+)?(?:rotating\s+)?(?:chair|chairman|chairperson|chairwoman|president)\b)"
    r"|\bnow\s+(?:holds|chairs|heads)\b|\b(?:took|takes|taking|has\s+taken)\s+(?:the\s+)?(?:rotating\s+)?(?:helm|chair)\b(?!\s+of\s+(?:the\s+)?(?:meeting|session|sitting))",
    re.I,
)
# a chairmanship as the time frame of what a sentence tells, held already: "during its 2030 chairmanship",
# "under Ghana's presidency", "as part of its chairmanship"
_CHAIR_FRAME = re.compile(
    r"\b(?i:during|under|throughout|in\s+the\s+course\s+of|as\s+part\s+of)\s+(?:its|their|his|her|[A-Z][\w'’-]+['’]s)\s+"
    r"(?:(?:19|20)\d\d(?:[-–/]\d{2,4})?\s+)?(?:rotating\s+)?(?:chairmanship|presidency|chairship|chairpersonship)\b",
)
_PAST_PRESIDENCY = re.compile(
    r"\bwork\s+of\s+(?P<who>.+?)\s+(?:during|in\s+the\s+course\s+of)\s+(?:its|her|his)\s+(?:presidency|chairmanship)",
    re.I,
)


# a day stated after a handover's verb: the handover's day, not the meeting's
# (the year may be left out: "on 1 July" is read around the text's own day, by its clause's tense)
_ON_DAY = re.compile(rf"\bon\s+(?P<day>{_DAY_WORDS})(?![-–]\d)")
_FROM_DAY = re.compile(
    rf"\b(?:from|as\s+of|starting|effective)\s+(?:on\s+)?(?P<day>{_DAY_WORDS})"
    r"(?!\d)(?!\s*(?:-|–|to|until|till|through)\s*(?:\d|[A-Z][a-z]+\.?\s+\d))"  # "from Oct 9 to 11": a span, no first day
)


# a non-restrictive relative clause: ", which hosted it in 2016,", ", who was elected in 2018 and served ..."
_RELATIVE = re.compile(
    r",\s*(?:which|who|whose|where|when|(?:the\s+)?(?:host|hosts|home|seat|founder)\s+of)\b[^,;]*"
    # "..., which had held it since the previous summit, in Dhaka two years earlier, in 1999.": phrases of place
    # and time that run on to the sentence's end are the clause's own
    r"(?:(?:,\s*(?:in|at|since|during)\s[^,;]*)+(?=[.]?\s*$)|,|$)"
)  # and an apposition that tells its own act: ", host of the 13th session in 2016,"


_DAYS_BEFORE = re.compile(
    r"\b(?:(?P<n>a|one|two|three|four|five|six|\d)\s+days?\s+(?:earlier|before(?!\s+(?:the|its|it|a)\b))"
    r"|the\s+(?:day|evening)\s+before(?!\s+(?:the|its|it|a)\b)|the\s+previous\s+(?:day|evening)|on\s+the\s+eve\b)",
    re.I,
)


def _other_clauses_blanked(text: str, at: int) -> str:
    """``text`` with its non-restrictive relative clauses blanked (the offsets kept), but the one the handover's
    verb at ``at`` is told in."""
    return _RELATIVE.sub(lambda r: r.group() if r.start() <= at < r.end() else " " * len(r.group()), text)


def _days_before(ctx: Context, after_verb: str) -> str | None:
    """The day a handover told a few days before the sitting took place ("had taken over the presidency from
    Y two days earlier", "on the eve"): counted back from the meeting's first day, within a week; a pluperfect
    so dated is the sitting's own handover, not history."""
    m = _DAYS_BEFORE.search(re.split(r"[;.]|,\s*(?:and|but|while|which|who)\b", after_verb)[0])
    first = ctx.meeting.date.split("/")[0] if ctx.meeting is not None else ""
    if m is None or len(first) != 10:
        return None
    n = (m.group("n") or "one").lower()
    count = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}.get(n) or int(n)
    return (dt.date.fromisoformat(first) - dt.timedelta(days=count)).isoformat()


def _told_as_history(ctx: Context, text: str, verb: re.Match[str]) -> bool:
    """Whether a handover's own dates all lie well before the text's meeting (or day): "X took over the
    chairmanship for 2018-2020 at a meeting in September 2018" in a 2019 report, "X served from 2018 to 2019
    before handing over to Y", "China, which took over the chairmanship on Jan. 1, is ready ..." in September.
    The dates of a relative clause that is not the handover's own are left out (", which joined in 2001,")."""
    relatives = [(m.start(), m.end()) for m in _RELATIVE.finditer(text)]
    own = [(a, b) for a, b in relatives if a <= verb.start() < b]
    # "... since Dec. 1, when it took over from Y": a "when" clause's time is the date it follows
    found = ctx.dates(text)
    own = [
        (a - 24, b)
        if re.match(r",\s*when\b", text[a:b]) and any(a - 24 <= d.start < a for d in found)
        else (a, b)
        for a, b in own
    ]
    spans = [(a, b) for a, b in relatives if (a, b) not in own]
    dates = [
        d
        for d in found
        if not any(a <= d.start < b for a, b in spans)
        and all(a <= d.start < b for a, b in own)
        and re.search(
            r"(?:\b(?:in|on|since|from|for|during|between|until|till|to|by|at)\s+(?:the\s+)?|day,\s*)$",
            text[: d.start],
        )
    ]  # in the handover's own relative clause only, when it is told in one; "its 2023 report" dates no act
    if not dates or re.search(r"\b(?:will|shall|is\s+to|are\s+to)\b", text[verb.start() : verb.end() + 1]):
        return False
    if not own and all(
        d.kind == "day" and re.search(r"\b(?:19|20)\d\d\b", text[d.start : d.end]) for d in dates
    ):
        return False  # "X assumed the presidency on 1 January 2023" in its own clause, the year written: a dated act
    if ctx.meeting is not None and len(ctx.meeting.date) >= 10:
        first = dt.date.fromisoformat(ctx.meeting.date.split("/")[0][:10])
    elif ctx.near is not None:
        first = ctx.near
    elif ctx.year is not None:
        first = dt.date(ctx.year, 1, 1)
    else:
        return False
    for d in dates:  # a span's first day: "took over for 2018-2020" took it when the span began
        last = d.edtf.split("/")[0].rstrip("?")
        if not re.fullmatch(r"\d{4}(?:-\d{2}){0,2}", last):
            return False
        if len(last) == 4 and int(last) < first.year:
            continue
        if len(last) == 7 and (int(last[:4]), int(last[5:7])) < (first.year, first.month - 1):
            continue
        if len(last) == 10 and dt.date.fromisoformat(last) < first - dt.timedelta(days=31):
            continue
        return False
    return True


# a chair held since a time before the text: "since last September", "since January", "since last year"
_SINCE = re.compile(
    r"\bsince\s+(?:last\s+|early\s+|late\s+|mid-?)?(?:January|February|March|April|May|June|July|August|September"
    r"|October|November|December|year|month|spring|summer|autumn|fall|winter)\b",
    re.I,
)
# a year after the text's own, told relatively: "next year", "the following year", "in the year after"
_NEXT_YEAR = re.compile(
    r"\b(?:(?<!\bfor\sthe\s)next\s+year|(?<!\bfor\s)the\s+(?:following|next|coming)\s+year|(?:in\s+)?the\s+year\s+after(?:\s+that)?)\b(?!['’])"
)  # not "for the coming year": a term's length from now
# the chair in office told as ending with the text's own year, no year written: "its chairmanship ends with
# the year", "until the end of this year", "when its term expires at the end of the year"; the next one is
# the following year's (the calendar-year rotations of the CIS, the EAEU, the OSCE)
_ENDS_WITH_YEAR = re.compile(
    r"\b(?:ends?|expires?|runs?\s+out|concludes?|closes?|lasts?|runs?|continues?)\s+(?:with|at|until|till|to|through)\s+"
    r"the\s+(?:end\s+of\s+(?:the|this)\s+(?:calendar\s+)?year|(?:calendar\s+)?year['’]?s\s+end|year)\b(?!\s*\d)"
    r"|\buntil\s+the\s+end\s+of\s+(?:the|this)\s+year\b",
    re.I,
)
# a verb that tells a chair to come (or taking effect now): the year it names is the handover's
_TO_COME = re.compile(
    r"\b(?:will|shall|is\s+to|are\s+to|takes?\s+over|assumes?|passes|goes|chairs|becomes|holds)\b|\bnew\s+holder\b"
)
# a sentence that gives the chair's year: "elected X as its President for 2025", "who would lead the
# Commonwealth in 2017", "the chairmanship for 2026"
_CHAIR_YEAR = re.compile(
    r"\b(?:President|Chair(?:man|woman|person)?|presidency|chairmanship|chairpersonship|lead|chair|preside)\b"
    r"(?:\s+(?:over\s+)?(?:the\s+|its\s+)?[\w'’-]+){0,3}?\s+(?:for|in|throughout)\s+(?P<y>(?:19|20)\d\d)\b(?![-–/]\d)",
    re.I,
)
# the receiver's year told after: "Peru will host APEC throughout 2024", "X will chair the bloc in 2026"
_RECEIVER_YEAR = re.compile(
    r"\b(?:will|shall|is\s+to)\s+(?:(?:formally|officially)\s+)?(?P<v>host|chair|lead|preside\s+over|hold|assume|take\s+over)\s+"
    r"(?P<obj>(?:the\s+)?[\w'’-]+(?:\s+[A-Z][\w'’-]*){0,5}?)\s+(?:in|throughout|for)\s+(?P<y>(?:19|20)\d\d)\b(?![-–/]\d)"
)
# a second receiver told after the first: "and that Y will follow it in the year after", "and Y in 2019"
_SUCCESSOR = re.compile(
    r"(?:,\s*(?:and\s+)?|\s+and\s+)(?:that\s+|then\s+|to\s+)?(?P<who>(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s+"
    r"(?:(?:will|shall|is\s+to)\s+(?:follow|succeed|take\s+over\s+from)\s+(?:it|him|her|them|[A-Z][\w'’-]*)\s+)?"
    r"(?P<when>(?:in\s+)?the\s+year\s+after(?:\s+that)?|the\s+(?:following|next)\s+year|in\s+(?P<y>(?:19|20)\d\d)\b)"
)


def _year_told(
    ctx: Context, passage: Passage, text: str, verb: re.Match[str], receiver: str
) -> tuple[str, list[tuple[str, str, tuple[int, int]]]] | None:
    """The year a chair passes in, when the text tells one after the text's own year and no day: relatively in
    the handover's clause ("Tajikistan will hold the presidency next year" in a 2017 report: 2018), in one of
    the two sentences before ("elected X as its President for 2025. ... Sweden thus takes over the
    presidency"), or in one of the two after about the receiver ("Peru will host APEC throughout 2024"); with
    the receivers told next ("and that Turkmenistan will follow it in the year after": 2019). None otherwise:
    a year is never guessed, and a chair that passed (not one to come) keeps its own day."""
    base = ctx.year
    if base is None:
        return None
    to_come = _TO_COME.search(text[verb.start() : verb.end() + 1]) is not None
    cut = re.search(
        r";|,\s*and\b|\s+and\s+(?:that\s+)?(?=[A-Z])|\s+and\s+(?:the\s+)?[a-z]+\s+(?:will|shall|is\s+to)\b"
        r"|,\s*(?:which|who|whose)\b",
        text[verb.end() :],
    )  # "..., and the Council will hold its next meeting in Kyrgyzstan in 2019": another clause's year
    own = text[verb.start() : verb.end() + cut.start()] if cut else text[verb.start() :]
    nxt_ = _SUCCESSOR.search(own)
    own = own[: nxt_.start()] if nxt_ else own  # "to Chile in 2031, to Peru in 2032": the first receiver's
    stated = re.search(r"\b(?:in|for|throughout)\s+(?:the\s+year\s+)?(?P<y>(?:19|20)\d\d)\b(?![-–/]\d)", own)
    year: int | None = None
    if to_come and stated and int(stated.group("y")) > base and len(find_dates(own)) == 1:
        year = int(stated.group("y"))  # "will preside over the A, the B and the C in 2017": its one year
    elif re.search(r"\b(?:19|20)\d\d\b|\bon\s+\d{1,2}\b|\b\d{1,2}\s+[A-Z][a-z]+\b", own):
        return None  # a year or a day of its own: read by the rules that follow
    elif to_come and (
        _NEXT_YEAR.search(own)
        or re.search(
            r"(?i)\bnext\s+year['’]s\s+(?:[\w-]+\s+)?(?:presidency|chairmanship|chair)\b",
            text[: verb.start()],
        )
    ):  # "Tajikistan will chair the CIS next year"; "Next year's presidency passes to Denmark"
        year = base + 1
    elif to_come and _ENDS_WITH_YEAR.search(text[: verb.start()]):
        year = base + 1  # "A's chairmanship ends with the year, after which the presidency passes to B"
    else:
        para = ctx.doc.text
        before = [s for s in ctx.sentences if s.end <= passage.start][-2:]
        before = [s for s in before if "\n\n" not in para[s.end : passage.start]]
        for s in reversed(before if to_come else []):
            m = _CHAIR_YEAR.search(s.norm)
            if m and int(m.group("y")) > base and not background(ctx, s.norm[: m.start()]):
                year = int(m.group("y"))
                break
        if year is None:
            after = [s for s in ctx.sentences if s.start >= passage.end][:2]
            for s in after:
                if "\n\n" in para[passage.end : s.start]:
                    break
                m = _RECEIVER_YEAR.search(s.norm)
                named = [p.value for p in find_parties(s.norm[: m.start()], exclude=[ctx.org])] if m else []
                if (
                    m
                    and int(m.group("y")) > base
                    and receiver in named[-1:]
                    and (m.group("v") != "host" or names_org(ctx, m.group("obj")))
                ):
                    year = int(m.group("y"))
                    break
    if year is None:
        return None
    successors: list[tuple[str, str, tuple[int, int]]] = []
    at, last = verb.end(), year
    while True:
        m = _SUCCESSOR.search(text, at)
        if m is None:
            break
        states = [p.value for p in find_parties(m.group("who"), exclude=[ctx.org]) if is_state(p.value)]
        if not states:
            break
        nxt = int(m.group("y")) if m.group("y") else last + 1
        if nxt <= last:
            break
        successors.append((states[0], str(nxt), (m.start("who"), m.end())))
        at, last = m.end(), nxt
    return str(year), successors


def presidency(ctx: Context) -> list[Candidate]:
    out: list[Candidate] = []
    told_later: set[int] = set()  # sentences that gave the term of a handover read before
    previous = None
    for passage in ctx.sentences:
        m = _PAST_PRESIDENCY.search(passage.norm)
        if m:
            who = find_parties(m.group("who"), exclude=[ctx.org])
            previous = who[0].value if who else previous
    for passage in ctx.sentences:
        text = passage.norm
        chosen = _chosen_to_chair(ctx, passage) or _became_chair(ctx, passage)
        if chosen is not None:
            out.append(chosen)
            continue
        named = _PRESIDENCY.search(text)
        if not named or _PAST_PRESIDENCY.search(text):
            continue
        if (word := named.group("word") or named.group("word2")) and not _head_noun_of_own_name(ctx, word):
            continue  # "took over the Committee Chair": a body's chair, not the organization's
        if headline(ctx, passage):
            continue  # "X takes the helm of the Authority" above the text: the body tells the act, dated
        verb = _PRESIDENCY_PASSES.search(text)
        if not verb:
            continue
        if _CHAIR_FRAME.search(text) and not re.search(
            r"\b(?:took|handed|passed|transferred|assumed|received|hands|passes)\b", text
        ):
            continue  # "the first of two summits Brunei will chair during its 2030 chairmanship": a chair held
        of_whom = re.search(
            r"\b(?:presidency|chairmanship|chairpersonship|chair|helm)\s+of\s+(?P<of>(?:the\s+)?[A-Z][\w'’ -]{1,80}?)(?=\s+(?:to|from|on|in|at|for|with|over)\b|[,;.]|$)",
            text,
        )
        if of_whom and _other_organization(ctx, of_whom.group("of")):
            continue  # "the chairmanship of the Alpine Forum": another organization's chair
        if (
            of_whom
            and _OFFICIALS_BODY.search(re.sub(r"\s+", "-", of_whom.group("of")))
            and not re.search(rf"\b{MINISTERS_BODY}", of_whom.group("of"), re.I)  # the states' turn
            # "the rotating presidency of the Commission" where the organization is itself the Xyz Commission
            and not (
                (noun := re.fullmatch(r"(?:the\s+)?([A-Z][a-z]+)", of_whom.group("of").strip()))
                and _head_noun_of_own_name(ctx, noun.group(1))
            )
        ):
            continue  # "the chairmanship of the Commission's Board": an official's office, not a state's turn
        head = re.sub(
            r",\s*(?:which|who|(?:the\s+)?(?:host|hosts|chair|home|seat|founder)\b)[^,]*,",
            ",",
            text[: verb.end()],
        )  # ", which hosted it in 2016,"; ", host of the 13th session in 2016,": an apposition's year is its own
        days_before = _days_before(ctx, text[verb.end() :])
        if (background(ctx, head) and days_before is None) or _told_as_history(ctx, text, verb):
            continue
        clause_end = verb.end() + len(re.split(r"[,;]", text[verb.end() :])[0])
        own_clause = re.split(r"[,;]", text[: verb.start()])[-1] + text[verb.start() : clause_end]
        held_since = (
            re.match(r"ha(?:s|ve)\s+held\b", verb.group()) is not None
        )  # "has held ... since 1 January"
        if (
            _SINCE.search(own_clause)
            and not _TO_COME.search(text[verb.start() : verb.end() + 1])
            and not held_since
        ):
            continue  # "has been in the chair since last September": the chair as held, no act  # "Zambia had held the chair since ... 2023, when it took over from Egypt": history
        if re.search(
            r"\b(?:refused|refuses|declined|declines|failed|fails|did\s+not|does\s+not|would\s+not|will\s+not|could\s+not"
            r"|cannot|can\s+not)\s+(?:to\s+)?$",
            text[max(0, verb.start() - 40) : verb.start()],
        ):
            continue  # "X refused to hand over the presidency to Y": no act
        if re.search(r"\bsince\s+(?:(?:the\s+)?[\w'’-]+\s+){1,3}$", text[: verb.start()]):
            continue  # "X had pursued the agenda since it took the chair": a handover before, told as history
        if verb.group().startswith("to ") and not _CHOSEN_FOR.search(text[: verb.start()]):
            continue  # "wants to hold the presidency in 2031": no choice made
        if re.search(
            r"\b(?:would|should|could|might|may)\s+(?:then\s+)?(?:pass|go|be\s+handed|be\s+transferred)\b",
            text,
        ) and not re.search(r"\b(?:decided|agreed|decision|resolved)\b", text):
            continue  # "the minister said the chairmanship would pass to X at the summit", "should pass to Y": a forecast
        parties = [
            p
            for p in find_parties(text, exclude=[ctx.org])
            if is_state(p.value)
            and not re.search(r"\bnot\s+(?:the\s+)?$", text[max(0, p.start - 8) : p.start])
            and not re.search(r"\b(?:an?|one|another)\s+$", text[max(0, p.start - 8) : p.start], re.I)
        ]  # "the Philippines, not Myanmar, will chair": not the one negated; "a German will lead": a person
        if verb.group("dative") and re.search(
            r"\b(?:last|previous)\s+(?:year|month)\b|\ba\s+year\s+ago\b",
            re.split(r"[,;]", text[verb.end() :])[0],
        ):
            continue  # "Azerbaijan handed Iran the chairmanship last year": a handover before the text's
        giver = None
        if verb.group("dative") and verb.group("pronoun"):
            # "Iranian President X opened the summit after President Y of Azerbaijan handed him the chairmanship":
            # the giver is the state named last before the verb, the receiver the other state named before it
            before = [p for p in parties if p.end <= verb.start()]
            others = [p for p in before if before and p.value != before[-1].value]
            parties = others[-1:]
            giver = before[-1].value if others else None
        elif verb.group("dative"):  # "A handed B the presidency": B, the first state after the verb
            givers = [p for p in parties if verb.start() - 60 <= p.end <= verb.start()][-1:]
            parties = [p for p in parties if verb.end() <= p.start <= verb.end() + 40][:1]
            giver = givers[0].value if givers and parties and givers[0].value != parties[0].value else None
        elif ("to" in verb.group().split() and not verb.group().startswith("to ")) or verb.group().split()[
            -1
        ] in ("with", "by"):
            # the receiver is the phrase after "to", not a state of a relative clause (", who urged ... Somalia")
            # nor the giver after "from" ("passed to Ramaphosa from Egyptian President X")
            cut = re.search(r",\s*(?:who|which|whose|where)\b|[;:]|\bfrom\b", text[verb.end() :])
            stop = verb.end() + cut.start() if cut else len(text)
            after = [p for p in parties if verb.end() - 2 <= p.start < stop]
            # "handed the Chairship over to X, Greenland's minister, who assumed it on behalf of the Kingdom of
            # Denmark": the state the receiver acts for
            behalf = re.search(
                r"\bon\s+behalf\s+of\s+(?P<who>(?:the\s+)?[A-Z][\w'’ -]{1,60}?)(?=[,;.]|\s+(?:and|at|on|in)\b|$)",
                text[verb.end() :],
            )
            behalf_states = [p for p in find_parties(behalf.group("who"))] if behalf else []
            if behalf_states and is_state(behalf_states[0].value):
                after = [Found(verb.end(), verb.end(), behalf_states[0].value)]
            if not after and not re.match(
                r"\s*(?:over\s+)?(?:to\s+)?(?:her|him|them)\b", text[verb.end() : stop]
            ):
                # "passed the chairmanship to Ghazouani", "to his Burundian counterpart" (not "to her": a
                # pronoun names no state here, and the state named before it is the giver's)
                state = handover_receiver(ctx, text[verb.end() : stop])
                if state:
                    after = [Found(verb.end(), verb.end(), state)]
            parties = after
        else:
            before = [p for p in parties if p.start < verb.start()][-1:]
            clause = re.split(r"[;:]|\.\s", text[: verb.start()])[-1]
            if re.match(r"\s*(?:She|He|They)\b", clause) and re.search(
                r"\b(?:succeed(?:s|ed)?|replace[sd]?|follow(?:s|ed)?|t(?:akes|ook)\s+over\s+from)\b", clause
            ):
                # "She succeeds Turkey's President X, the outgoing chair, and will hold the post": the subject a
                # pronoun, the state named before the verb is an object's (the predecessor's), never the holder's
                before, parties = [], []
            # "Kagame took over as Chair-in-Office", "Kagame, who took over the chairmanship at this summit, ..."
            subject = re.search(r"(?P<name>[A-Z][\w'’-]+)(?:,\s+who)?\s+$", text[: verb.start()])
            if not before and subject:  # the state the text gives him
                state = _state_of_person(ctx, subject.group("name"))
                before = [Found(subject.start(), subject.end(), state)] if state else []
            if (
                not before
            ):  # "Congolese President X on Friday took over ...": the state of the subject's adjective
                own = re.split(r"[;:]|\s[-–—]{1,2}\s", text[: verb.start()])[-1]
                titled = re.search(
                    r"\b(?P<adj>[A-Z][\w-]+)\s+(?:President|Prime\s+Minister|King|Emir|Amir|Sultan)\b", own
                )
                state = demonym_state(titled.group("adj")) if titled else None  # not "a German will lead"
                before = [Found(verb.start(), verb.start(), state)] if state else []
            # "took over the chairmanship from Gabon's X": the giver is never the receiver
            parties = before or [
                p
                for p in parties
                if not re.search(r"\bfrom\s+(?:the\s+)?$", text[max(0, p.start - 10) : p.start])
            ]
        if not parties:
            continue
        event: dict[str, Any] = {"type": "PresidencyHandedOver", "to_party": parties[0].value}
        origin = re.search(r"\bfrom\s+(?:the\s+)?(?P<who>[A-Z][\w' ]+?)\s+to\b", text)
        from_party = (
            [p for p in find_parties(origin.group("who"), exclude=[ctx.org]) if is_state(p.value)]
            if origin
            else []
        )
        handing = re.search(r"(?P<who>[A-Z][\w' ]+?)\s+(?:handed\s+over|transferred|passed\s+on)\b", text)
        if not from_party and handing:  # "Kazakhstan handed over the chairmanship to China"
            from_party = [
                p for p in _state_parties(ctx, handing.group("who")) if p.value != parties[0].value
            ][-1:]
        taken_from = re.match(
            r"[^.;]{0,80}?\bfrom\s+(?:the\s+)?(?P<who>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})(?=\s*[,.;]|\s+(?:which|who|at|in|on|after)\b|\s*$)",
            text[verb.end() :],
        )
        if (
            not from_party
            and taken_from
            and re.search(r"\b(?:took|takes|taken|taking|take)\s+over\b", verb.group())
        ):
            # "Egypt took over the rotating chairmanship of the group from Bangladesh, which had held it ...": the giver
            from_party = [
                p
                for p in find_parties(taken_from.group("who"), exclude=[ctx.org])
                if is_state(p.value) and p.value != parties[0].value
            ]
        if giver:
            event["from_party"] = giver
        elif from_party:
            event["from_party"] = from_party[0].value
        elif previous and previous != parties[0].value:
            event["from_party"] = previous
        if passage.start in told_later:
            continue  # the receiver's term told after a handover already read: the same act
        receiver_term = _receiver_term(ctx, passage, text, verb.end(), parties[0].value)
        if receiver_term is not None:
            # "passes to B, which will chair from January to June 2031"; "B's term at the helm will start on
            # 1 January 2031" (the next sentence): the handover takes effect when the receiver's term begins
            term_, why_, used = receiver_term
            if used is not None:
                told_later.add(used.start)
            first_ = term_.split("/")[0]
            source = ctx.source(passage, inferred=bool(why_), note=why_)
            event = {**event, "org": ctx.org, "effective": first_, "source": source}
            if not term_.endswith("/.."):
                event["term"] = term_
            if ctx.meeting is not None:
                event["decided_on"] = ctx.meeting.last_day
            out.append(Candidate("event", event))
            continue
        if (
            days_before is not None
        ):  # "had taken over the presidency ... two days earlier": before the sitting
            note = "the day is computed back from the meeting's first day"
            source = ctx.source(passage, inferred=True, note=note)
            out.append(
                Candidate("event", {**event, "org": ctx.org, "effective": days_before, "source": source})
            )
            continue
        stated = _FROM_DAY.search(text)
        if held_since:  # "has held the chairmanship since 1 January 2018": taken that day
            stated = re.compile(rf"\bsince\s+(?P<day>{_DAY_WORDS})").search(text, verb.end())
        days = _stated_days(ctx, text, stated) if stated else []
        if not days:  # "... from Norway on 1 July (2026)"
            # in the handover's own clause only ("... goes to X and that the next meeting will be held on ...")
            clause = re.search(r";|\band\s+that\b|,?\s+(?:and|while|which|where|when)\b", text[verb.end() :])
            own = text[: verb.end() + clause.start()] if clause else text
            stated = _ON_DAY.search(own, verb.start()) or re.match(
                rf"\s*On\s+(?P<day>{_DAY_WORDS}),?\s", text
            )
            days = _stated_days(ctx, text, stated) if stated else []
        if days:  # "will pass from Belarus to Kazakhstan from 1 January 2024": the day the text states
            yearless = days[0].kind.endswith("?")
            note = "the day is written without a year: the year is the one around the text's own day"
            source = ctx.source(passage, inferred=yearless, note=note if yearless else None)
            event = {**event, "org": ctx.org, "effective": days[0].edtf, "source": source}
            length = re.search(r"\bfor\s+(?:a|one|(?P<n>two|three|\d))\s+years?\b", text)
            if length:  # "will hold the chairpersonship for one year from 1 January 2025": a fixed term
                n = {"two": 2, "three": 3}.get(
                    length.group("n") or "",
                    int(length.group("n") or 1) if (length.group("n") or "1").isdigit() else 1,
                )
                first = dt.date.fromisoformat(days[0].edtf)
                last = first.replace(year=first.year + n) - dt.timedelta(days=1)
                event["term"] = f"{first.isoformat()}/{last.isoformat()}"
            if ctx.meeting is not None and ctx.meeting.date.split("/")[0] <= days[0].edtf:
                event["decided_on"] = ctx.meeting.last_day  # not for a chair taken before the meeting
            out.append(Candidate("event", event))
            continue
        told = _year_told(ctx, passage, text, verb, parties[0].value)
        if told is None and re.match(r"holds?\b", verb.group()):
            continue  # "X holds the presidency" with no later year: the chair as it stands, no handover
        if (
            told is not None
        ):  # "will hold the presidency next year", "as its President for 2025" the sentence before
            when, successors = told
            # quoted from the receiver named as the subject: "Because X declined ..., Y will chair" is Y's clause
            q_from = parties[0].start if parties[0].start < verb.start() else 0
            q_from -= 4 if text[max(0, q_from - 4) : q_from].lower() == "the " else 0
            event = {
                **event,
                "org": ctx.org,
                "effective": when,
                "source": ctx.source(passage.sub(q_from, len(text))),
            }
            if ctx.meeting is not None:
                event["decided_on"] = ctx.meeting.last_day
            out.append(Candidate("event", event))
            giver = parties[0].value
            for state, year_, (a, b) in successors:  # "... and that Y will follow it in the year after"
                nxt: dict[str, Any] = {"type": "PresidencyHandedOver", "to_party": state, "from_party": giver}
                nxt = {**nxt, "org": ctx.org, "effective": year_, "source": ctx.source(passage.sub(a, b))}
                if ctx.meeting is not None:
                    nxt["decided_on"] = ctx.meeting.last_day
                out.append(Candidate("event", nxt))
                giver = state
            continue
        year = re.search(
            r"\b(?:(?:will|shall|to)\s+(?:chair|lead|preside\s+over|(?:hold|assume|take\s+over|exercise|take\s+up|take\s+on|take)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}(?:chairmanship|presidency|chair))"
            r"|(?:takes\s+over|assumes)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:chairmanship|presidency|chair)|chairs)\b"
            r"[^,;]*?\b(?:in|throughout|for)\s+(?:the\s+year\s+)?(?P<y>(?:19|20)\d\d)\b",
            text,
        )
        if (
            year is None
        ):  # "the presidency passes to X for 2024", "passes it to Y in 2021": the handover's year
            year = re.match(
                r"[^,;]*?\b(?:in|for|throughout)\s+(?P<y>(?:19|20)\d\d)\b(?![-–/]\d)", text[verb.start() :]
            )
        to_come = (
            year is not None
            and ctx.year is None
            and re.search(r"\b(?:will|shall|takes|assumes|chairs|passes|goes|is\s+to)\b", year.group())
            and not re.search(r"\b(?:took|had|was|were|passed|handed|held|chaired|assumed)\b", year.group())
        )  # "X takes over the presidency in 2031" in a text whose own year is not known: that year
        if year and (to_come or ctx.year and int(year.group("y")) > ctx.year):  # "will chair ... in 2026"
            when = year.group("y")
            month = re.search(r"\b(?:taking|takes|will\s+take)\s+over\s+in\s+(?P<m>[A-Z][a-z]+)\b", text)
            found = find_dates(f"{month.group('m')} {when}") if month else []
            if found and found[0].kind == "month":  # "in 2026, taking over in January"
                when = found[0].edtf
            event = {**event, "org": ctx.org, "effective": when, "source": ctx.source(passage)}
            if ctx.meeting is not None:
                event["decided_on"] = ctx.meeting.last_day
            out.append(Candidate("event", event))
            continue
        today = ctx.anchor.day.isoformat() if ctx.anchor.day is not None else None
        if (
            today is not None
            and ctx.meeting is not None
            and re.search(r"\b(?:takes\s+over|assumes)\b", text)
            and not find_dates(text)
            and ctx.meeting.date.split("/")[0] <= today <= ctx.meeting.last_day
        ):  # "President X takes over the chairmanship" in a report dated during the meeting: that day
            event = {**event, "org": ctx.org, "effective": today, "source": ctx.source(passage)}
            event["decided_on"] = ctx.meeting.last_day
            out.append(Candidate("event", event))
            continue
        # ", who attended ... on Wednesday,": another clause's day blanked; not the handover's own ("X, who took
        # over the chairmanship at the opening session on Wednesday, closed the summit")
        words = _other_clauses_blanked(passage.norm, verb.start())
        next_january = _calendar_turn(ctx)
        if next_january is not None and ctx.meeting is not None:
            # "The Council took a decision to transfer the chairmanship to Ukraine" where the outgoing chair's
            # annual turn began on 1 January of the sitting's year: the new turn begins on the next 1 January
            note = "the chairmanship is held by the calendar year (the outgoing turn began on 1 January)"
            event = {
                **event,
                "org": ctx.org,
                "effective": next_january,
                "decided_on": ctx.meeting.last_day,
                "source": ctx.source(passage, inferred=True, note=note),
            }
            out.append(Candidate("event", event))
            continue
        out.append(ctx.decision(event, "effective", passage, decided=False, words=words))
    every = out + _slot_handovers(ctx, out, told_later)
    return _one_handover_each([_at_opening(ctx, one) for one in every])


# a chairmanship held by the calendar year: "the annual chairmanship", "passes ... each year", "rotates every year"
_ANNUAL_TURN = re.compile(
    r"\bannual\s+(?:rotating\s+)?(?:chairmanship|presidency|chair)\b|\b(?:chairmanship|presidency|chair)\b[^.;]{0,80}?"
    r"\b(?:each|every)\s+year\b|\b(?:rotates|passes|changes)\s+(?:annually|(?:each|every)\s+year)\b",
    re.I,
)
_TURN_BEGAN = re.compile(
    r"\b(?:took\s+over|assumed|had\s+taken\s+over|has\s+held|took\s+up)\b[^.;]{0,80}?\b(?:on|since|from)\s+"
    r"(?:1(?:st)?\s+January|January\s+1(?:st)?),?\s+(?P<y>(?:19|20)\d\d)\b",
    re.I,
)


def _calendar_turn(ctx: Context) -> str | None:
    """The next 1 January (YYYY-01-01) when the text tells an annual chairmanship whose outgoing turn began on 1
    January of the sitting's year; else None."""
    if ctx.meeting is None:
        return None
    text = " ".join(ctx.doc.text.split())
    began = _TURN_BEGAN.search(text)
    if began is None or not _ANNUAL_TURN.search(text):
        return None
    year = int(began.group("y"))
    if str(year) != ctx.meeting.last_day[:4]:
        return None
    return f"{year + 1}-01-01"


# ---- a handover at the opening of a meeting of several days: its first day ----
#
# A chair passed as the meeting opens is told by the opening itself ("At the opening ceremony, Z handed the
# chair to Y", "Y took over the chair at the inaugural session", "X declared the summit open and handed the
# chairmanship to Y", "X opened the meeting by handing over the chair"), or by a sentence next to the act that
# refers back to it ("The handover took place at the opening ceremony" after it; "At the opening session X
# handed Y the flag. With that, Y took over the chair" before it).
_OPENING = re.compile(
    r"\b(?:was|were)\s+(?:formally\s+|officially\s+)?opened\b"
    r"|\b(?:opening|inaugural)\s+(?:sitting|session|ceremony|plenary|meeting|address)\b"
    r"|\b(?:at|during|with|on)\s+the\s+(?:(?:official|formal|very)\s+)?(?:opening|start|outset|beginning)\b"
    rf"(?!\s+of\s+(?:the\s+)?(?:year|month|week|decade|century|\d|next|last|this|its|his|her|their|{MONTH}))"
    r"|\bdeclared\s+(?:it|the\s+[\w-]+(?:\s+[\w-]+)?)\s+open\b"
    r"|\bopen(?:ed|ing)\s+the\s+(?:[\w-]+\s+)?(?:summit|meeting|session|conference|sitting|assembly|congress)\b",
    re.I,
)
# a sentence after the act that tells when it happened: "The handover took place at the opening ceremony"
_ACT_BACKREF = re.compile(
    r"^(?:The|This|That)\s+(?:(?:formal|official|ceremonial)\s+)?(?:handover|hand-over|handing\s+over|turnover|turn-over|transfer|change|passing|succession)\b",
    re.I,
)
# the close told in the same sentence ("At the opening X spoke; at the closing session Y took the chair"): no move
_CLOSING = re.compile(
    r"\bclosing\s+(?:ceremony|session|sitting|plenary)\b|\b(?:at|by)\s+the\s+(?:close|end|conclusion)\b"
    r"|\b(?:closed|wrapped\s+up|concluded|ended)\b",
    re.I,
)
# a sentence that goes on from the act told before it: "With that, Y took over", "Y thereby became chair"
_ACT_FORWARD = re.compile(r"^(?:With\s+(?:that|this)|Thereby|Thus|In\s+doing\s+so)\b|\bthereby\b", re.I)


def _at_opening(ctx: Context, cand: Candidate) -> Candidate:
    """A handover dated by inference to the last day of a meeting of several days, moved to its first day
    when the act's own sentence, or a sentence next to it that refers to it, places it at the opening."""
    src = cand.event.get("source") or {}
    if (
        cand.record != "event"
        or not src.get("inferred")
        or ctx.meeting is None
        or "/" not in ctx.meeting.date
        or cand.event.get("effective") != ctx.meeting.last_day
    ):
        return cand
    opening_day = ctx.meeting.date.split("/")[0]
    if len(opening_day) != 10 or opening_day >= ctx.meeting.last_day:
        return cand
    at = src.get("start")
    n = next((k for k, p in enumerate(ctx.sentences) if isinstance(at, int) and p.start <= at < p.end), None)
    if n is None:
        return cand
    here = ctx.sentences[n].norm
    told = _OPENING.search(here) is not None
    if not told and n + 1 < len(ctx.sentences):
        after = ctx.sentences[n + 1].norm
        told = _ACT_BACKREF.match(after) is not None and _OPENING.search(after) is not None
    if not told and n > 0 and _ACT_FORWARD.search(here):
        told = _OPENING.search(ctx.sentences[n - 1].norm) is not None
    if not told or _CLOSING.search(here):
        return cand
    note = "The chair passed at the opening: the meeting's first day."
    return Candidate("event", {**cand.event, "effective": opening_day, "source": {**src, "note": note}})


# ---- the slot reader of handovers: the receiver, the act and the chair in one clause ----
#
# The genre tells a chair passing in three shapes, whatever the organization: the receiver as the subject
# ("Congolese President X took over the rotating chairmanship of the Community from Gabon's Y", "Turkey took
# over the organization's chair from Egypt", "South Africa assumed the BRICS presidency on 1 January"), the
# giver as the subject ("The Philippines turned over the chairmanship ... to Singapore", "X passed the baton
# to Egypt"), and a succession ("Benin's President X succeeded Y as head of the Community"). The reader above
# knows many more wordings; this one reads these shapes in the sentences it left without a handover.
_CHAIR_NOUN = r"(?:chairmanship|chairpersonship|presidency|chair|helm)"
# the chair told as the organization's leadership ("Ruritania took over the leadership of the Movement from
# Freedonia", "handed over the group's leadership to Ruritania"): the organization's own, its receiver a state
# (``_leadership_of_org``: not a secretariat's or a commission's, whose head is an official)
_LEAD_NOUN = r"(?:rotating\s+)?leadership"
_ORG_WORD = r"(?:organi[sz]ation|bloc|group|grouping|community|union|movement|forum)"
_SLOT_TAKES = re.compile(
    r"\b(?:took\s+over|has\s+taken\s+over|takes\s+over|assumed|has\s+assumed|assumes"
    # the receiver as the subject of a passive: "X was officially given the chairmanship from Y"
    r"|(?:was|were|has\s+been|have\s+been)\s+(?:(?:officially|formally)\s+)?(?:given|handed|entrusted\s+with)"
    # "Indonesia formally began its term as chair of the Xyz today"
    r"|(?:began|begins|has\s+begun|started|starts)\s+(?:its|his|her|their)\s+(?:[\w-]+\s+)?term\s+as)\s+(?:the\s+)?"
    rf"(?:{_ORG_WORD}['’]s\s+)?(?:rotating\s+|(?-i:[A-Z]{{2,8}})\s+)?(?P<noun>{_CHAIR_NOUN}|{_LEAD_NOUN})\b",
    re.I,
)
_SLOT_GIVES = re.compile(
    r"\b(?:handed\s+over|turned\s+over|passed\s+on|passed|transferred|handed)\s+(?:the\s+)?"
    rf"(?:{_ORG_WORD}['’]s\s+)?(?:rotating\s+)?"
    rf"(?P<noun>{_CHAIR_NOUN}|{_LEAD_NOUN}|baton|gavel)\b(?P<of>[^;]*?)\s+to\s+(?P<to>[^;]+)",
    re.I,
)
_SLOT_SUCCEEDS = re.compile(
    r"\bsucceeded\s+(?P<giver>[^;]{2,80}?)\s+(?:on\s+\w+\s+)?as\s+(?:the\s+)?(?:new\s+)?(?:rotating\s+)?"
    r"(?:head|chair|chairman|chairperson|chairwoman|president)\s+of\s+(?P<of>[^,;.()]+)",
)


def _chair_of(ctx: Context, words: str) -> bool:
    """Whether the words after a chair's noun leave it the organization's: nothing, its own name, or "the
    bloc"; not a sitting's ("of the session"), a body's, or another organization's."""
    of = re.match(
        r"\s*(?:of|in)\s+(?:the\s+)?(?P<x>[^,;.]{1,80}?)(?=\s+(?:from|to|on|in|for|at)\b|[,;.]|$)", words
    )
    if of is None:
        return not re.match(r"\s*of\b", words)
    # ("... of the Xyz today": the day told after the name is no part of it)
    x = re.sub(
        rf"\s+(?:today|yesterday|tonight|this\s+(?:morning|afternoon|evening|week)|{WEEKDAY})$",
        "",
        of.group("x"),
    )
    x = re.sub(r"\s*\([^()]{1,12}\)\s*$", "", x)  # "the East Ruritanian Community (ERC)"
    if re.match(r"(?i:session|meeting|sitting|summit|conference|committee|commission|board|council)\b", x):
        return False
    return names_org(ctx, x) or _own_org(ctx, x)


def _leadership_of_org(ctx: Context, noun: str, words: str) -> bool:
    """Whether a leadership handed over is the organization's chair: the chair's own nouns always; "leadership"
    only when the words after it name no body whose head is an official ("the leadership of the Commission",
    "of the Secretariat") nor a political party's, a government's or an army's."""
    if "leadership" not in noun.lower():
        return True
    of = re.match(r"\s*of\s+(?:the\s+)?(?P<x>[^,;.]{1,80}?)(?=\s+(?:from|to|on|in|for|at)\b|[,;.]|$)", words)
    if of is None:
        return True
    return not _OFFICIALS_BODY.search(of.group("x")) and not re.search(
        r"(?i:party|government|army|opposition|movement\s+for|front)\b", of.group("x")
    )


def _receiver_in(ctx: Context, words: str) -> str | None:
    """The state a subject or object phrase names: a state, a state's person ("Benin's President X", "Congolese
    President X"), or a person the text gives a state elsewhere."""
    words = re.split(r",\s*(?:who|which|whose)\b", words)[0]
    states = [p for p in find_parties(words, exclude=[ctx.org]) if is_state(p.value)]
    if states:
        return states[-1].value
    state = demonym_state(words)
    if state:
        return state
    surname = re.search(r"(?P<name>[A-Z][\w'’-]+)\s*$", words.strip())
    return _state_of_person(ctx, surname.group("name")) if surname else None


def _slot_handovers(ctx: Context, found: list[Candidate], told_later: set[int]) -> list[Candidate]:
    """Handovers told in one of the genre's shapes (``_SLOT_TAKES``, ``_SLOT_GIVES``, ``_SLOT_SUCCEEDS``) in a
    sentence where the reader above found none, nor the term of one it read (``told_later``)."""
    told = [c.event.get("source", {}).get("start") for c in found if c.type == "PresidencyHandedOver"]
    out: list[Candidate] = []
    for passage in ctx.sentences:
        if (
            passage.start in told_later
            or any(isinstance(t, int) and passage.start <= t < passage.end for t in told)
            or headline(ctx, passage)
        ):
            continue
        text = passage.norm
        receiver = giver = None
        act: re.Match[str] | None = None
        if (
            (m := _SLOT_TAKES.search(text)) is not None
            and _chair_of(ctx, text[m.end() :])
            and _leadership_of_org(ctx, m.group("noun"), text[m.end() :])
        ):
            subj = re.split(r"[;:]|\s[-–—]{1,2}\s", text[: m.start()])[-1]
            receiver, act = _receiver_in(ctx, subj), m
            origin = re.match(r"[^;]*?\bfrom\s+(?P<g>[^,;.]+)", text[m.end() :])
            giver = _receiver_in(ctx, origin.group("g")) if origin else None
        elif (
            (m := _SLOT_GIVES.search(text)) is not None
            and _chair_of(ctx, m.group("of"))
            and _leadership_of_org(ctx, m.group("noun"), m.group("of"))
        ):
            receiver, act = handover_receiver(ctx, m.group("to")), m
            giver = _receiver_in(ctx, re.split(r"[;:]|\s[-–—]{1,2}\s", text[: m.start()])[-1])
        elif (m := _SLOT_SUCCEEDS.search(text)) is not None and (
            names_org(ctx, m.group("of")) or _own_org(ctx, m.group("of"))
        ):
            subj = re.split(r"[;:]|\s[-–—]{1,2}\s", text[: m.start()])[-1]
            receiver, act = _receiver_in(ctx, subj), m
            giver = _receiver_in(ctx, m.group("giver"))
        if act is None or receiver is None or receiver == giver:
            continue
        head = text[: act.start()]
        if (
            unreal(head)
            or background(ctx, head)
            or _told_as_history(ctx, text, act)
            or _SINCE.search(re.split(r"[,;]", head)[-1])
        ):
            continue
        event: dict[str, Any] = {"type": "PresidencyHandedOver", "to_party": receiver}
        if giver:
            event["from_party"] = giver
        stated = _ON_DAY.search(text, act.start())
        days = _stated_days(ctx, text, stated) if stated else []
        if days:
            event = {**event, "org": ctx.org, "effective": days[0].edtf, "source": ctx.source(passage)}
            if ctx.meeting is not None:
                event["decided_on"] = ctx.meeting.last_day
            out.append(Candidate("event", event))
            continue
        words = _RELATIVE.sub(lambda r: " " * len(r.group()), text)
        made = ctx.decision(event, "effective", passage, decided=False, words=words)
        later = _takes_over_later(ctx, passage, made.event.get("effective"))
        if (
            later is not None
        ):  # "Albania was handed the chairmanship on Friday. It will lead ..., taking over on
            # January 1": from that day, decided on the day it was handed
            made = Candidate(
                made.record,
                {**made.event, "effective": later, "decided_on": made.event["effective"]},
                note=made.note,
                kind=made.kind,
                closest=made.closest,
            )
        out.append(made)
    return out


# the chair's own start told after the act, in the next sentence: "It will lead the organization throughout 2020,
# taking over from Slovakia on January 1"
_TAKING_OVER_ON = re.compile(
    r"\b(?:taking\s+over|will\s+take\s+over|takes\s+over)\b[^.;]{0,60}?\bon\s+(?P<d>[^,.;]{3,30})", re.I
)


def _takes_over_later(ctx: Context, passage: Passage, decided: object) -> str | None:
    """The day after ``decided`` the next sentence says the receiver takes over, if it says one."""
    if not isinstance(decided, str) or len(decided) != 10:
        return None
    k = ctx.sentences.index(passage) if passage in ctx.sentences else -1
    if k < 0 or k + 1 >= len(ctx.sentences):
        return None
    m = _TAKING_OVER_ON.search(ctx.sentences[k + 1].norm)
    if m is None:
        return None
    year = int(decided[:4])
    for y in (year, year + 1):
        days = [d for d in find_dates(f"{m.group('d')} {y}") if d.kind.rstrip("?") == "day"]
        if days and days[0].edtf > decided:
            return days[0].edtf
    return None


def _one_handover_each(found: list[Candidate]) -> list[Candidate]:
    """One handover per receiver and chair: a text that tells it twice ("X became the chairperson on
    Saturday"; "Y handed the chair to X at the opening") yields the first reading with a day of its own."""
    best: dict[tuple[object, object], int] = {}
    for i, c in enumerate(found):
        key = (c.event.get("to_party"), c.event.get("chair"))
        j = best.get(key)
        if j is None or (
            found[j].event.get("source", {}).get("inferred") and not c.event.get("source", {}).get("inferred")
        ):
            best[key] = i
    keep = set(best.values())
    return [c for i, c in enumerate(found) if i in keep]


# a relative clause that tells the meeting, not the receiver: ", which were held here from 9 to 11 October"
_MEETING_CLAUSE = re.compile(
    r",?\s*\b(?:which|that|where)\s+(?:(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+)?(?:\w+\s+)?"
    r"(?:held|convened|hosted|met|took\s+place|ran|opened|closed)\b[^,;]*"
)
_CHAIR_WORDS = re.compile(r"\b(?:term|chairmanship|chairpersonship|presidency|helm|chair|mandate)\b", re.I)


# "The Summit chose President X of Tanzania to chair the Organ on Politics, Defence and Security"
_TO_CHAIR = re.compile(
    r"\b(?:elected|chose|designated|named|appointed|picked|selected|entrusted)\s+(?P<who>[^.;]{3,100}?)\s+to\s+"
    r"(?:chair|preside\s+over|lead)\s+(?P<what>(?:the\s+|its\s+)?[\w'’-]+(?:\s+[A-Z][\w'’-]*|\s+(?:on|of|for|and)\s+[A-Z][\w'’-]*)*)"
)


# "elected President of the Republic of Mozambique, F N as chairperson and ...": the chair named bare
_AS_CHAIR = re.compile(
    r"\b(?:elected|designated|named|chose|appointed|picked|selected)\s+(?P<who>[^.;]{3,100}?)\s+as\s+"
    r"(?:the\s+|its\s+)?(?:new\s+)?(?:rotating\s+)?(?P<what>chair(?:person|man|woman)?)\b(?!\s+of\b|-)"
)


def _chosen_to_chair(ctx: Context, passage: Passage) -> Candidate | None:
    """A head of state chosen to chair the organization or one of its bodies: the chair passes to that
    state; a body's chair has its own slug ("to chair the Organ on Politics ..." -> chair ``organ``)."""
    m = _TO_CHAIR.search(passage.norm) or _AS_CHAIR.search(passage.norm)
    if m is None or unreal(passage.norm[: m.start()]) or background(ctx, passage.norm):
        return None
    who = m.group("who")
    head = _HEAD_OF_STATE.match(who)
    if head is None:
        return None
    states = [p.value for p in find_parties(who) if is_state(p.value)]
    state = states[-1] if states else (demonym_state(head.group("dem")) if head.group("dem") else None)
    if state is None:
        return None
    what = re.sub(r"^(?:the|its)\s+", "", m.group("what"))
    event: dict[str, Any] = {"type": "PresidencyHandedOver", "to_party": state}
    if m.re is not _AS_CHAIR and not (
        _own_org(ctx, what) or _GENERIC_ORG_WORD.fullmatch(what) or what.lower() in ("meeting", "summit")
    ):
        if not re.match(r"[A-Z]", what):
            return None  # "to lead the talks": no chair
        event["chair"] = re.sub(r"[^a-z0-9]+", "-", what.split()[0].casefold()).strip("-")
    # ", who had attended the Organ Troika summit on Wednesday as its outgoing chairperson": that clause's day
    words = _RELATIVE.sub(lambda r: " " * len(r.group()), passage.norm)
    return ctx.decision(event, "effective", passage.sub(m.start(), m.end()), words=words)


# "Norway became chair of the Arctic Council on Thursday", "X has become the new rotating president of the ORG"
_BECAME_CHAIR = re.compile(
    r"\b(?:became|becomes|has\s+become|have\s+become)\s+(?:the\s+)?(?:new\s+)?(?:rotating\s+)?"
    r"(?i:chair|chairman|chairperson|chairwoman|president|chair-in-office|chairman-in-office)\s+of\s+"
    r"(?P<org>(?:the\s+)?[A-Z][\w'’&-]*(?:\s+(?:of\s+|for\s+|the\s+|and\s+)*[A-Z0-9][\w'’&-]*)*)"
)


def _names_org_or_its_body(ctx: Context, words: str) -> bool:
    """Whether words name the organization, or one of its bodies by its name "of" the organization ("the
    Authority of Heads of State and Government of the Common Market for Eastern and Southern Africa")."""
    tails = [words[m.end() :] for m in re.finditer(r"\bof\s+(?:the\s+)?", words)]
    if any(names_org(ctx, tail) for tail in tails if not _GENERIC_ORG_WORD.match(tail)):
        return True
    if _BODY_OF.match(words):
        return False  # "the Council of the Southern African Development Community": another's body
    return names_org(ctx, words)


_BODY_OF = re.compile(
    r"(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}?(?:Council|Authority|Assembly|Conference|Bureau|Committee|Commission|Summit)"
    r"\s+of\b"
)


def _became_chair(ctx: Context, passage: Passage) -> Candidate | None:
    """A state (or its head) that became the organization's chair: the chair passes to that state."""
    text = passage.norm
    m = _BECAME_CHAIR.search(text)
    if m is None or not _names_org_or_its_body(ctx, m.group("org")):
        return None
    if unreal(text[: m.start()]) or background(ctx, text[: m.end()]) or headline(ctx, passage):
        return None
    parties = subject(ctx, text, m.start())
    if not parties:
        person = re.search(
            r"\b(?:President|Prime\s+Minister|King|Emir|Sultan|Chancellor)\s+(?:[A-Z][\w.'’-]*\s+){1,4}of\s+(?P<of>(?:the\s+)?[A-Z][\w'’ -]+?)\s*$",
            text[: m.start()],
        )  # "President X of Chile became the chairperson"
        found = [p.value for p in find_parties(person.group("of")) if is_state(p.value)] if person else []
        surname = re.search(r"(?P<name>[A-Z][\w'’-]+)\s+$", text[: m.start()])
        if not found and surname:
            # "Malawi's President X Y became chairman", "Malawian President X Y became ...": the state the text
            # gives him (``_state_of_person``)
            state = _state_of_person(ctx, surname.group("name"))
            found = [state] if state and is_state(state) else []
        if not found:
            return None
        parties = [Found(m.start(), m.start(), found[-1])]
    event: dict[str, Any] = {"type": "PresidencyHandedOver", "to_party": parties[-1].value}
    origin = re.search(r"\btaking\s+over\s+from\s+(?P<who>[A-Z][\w'’ -]+)", text[m.end() :])
    if origin:
        giver = [p.value for p in find_parties(origin.group("who")) if is_state(p.value)]
        if giver and giver[0] != event["to_party"]:
            event["from_party"] = giver[0]
    return ctx.decision(event, "effective", passage, words=text)


_GENERIC_ORG_WORD = re.compile(
    r"(?:organi[sz]ation|bloc|forum|alliance|group|community|union|association|commonwealth|confederation)",
    re.I,
)


def _receiver_term(
    ctx: Context, passage: Passage, text: str, at: int, receiver: str
) -> tuple[str, str | None, Passage | None] | None:
    """The term of the state a chair passes to, when the text states when it begins: in the handover's
    sentence after the verb ("to B, which will chair the organization from January to June 2031") or in one
    of the next two sentences about the receiver's term ("B's term at the helm will officially start on
    1 January 2031", "B takes over the chairmanship on 1 January"). Only a term that begins on or after the
    meeting (a day the handover ceremony does not give): else None."""
    candidates: list[tuple[str, Passage | None]] = [(_MEETING_CLAUSE.sub(" ", text[at:]), None)]
    later = [s for s in ctx.sentences if s.start >= passage.end][:2]
    for s in later:
        named = [p.value for p in find_parties(s.norm, exclude=[ctx.org])]
        capital = capital_of(
            receiver
        )  # "Manila will formally assume the chairmanship": the state by its capital
        own = (
            receiver in named
            or demonym_state(s.norm) == receiver
            or (
                capital is not None
                and re.match(rf"(?:\w+\s+){{0,3}}?{re.escape(capital)}\b", s.norm) is not None
            )
        )
        clause = s.norm.split(";")[
            0
        ]  # "...; it is the seventh since the country became independent": another clause
        if own and _CHAIR_WORDS.search(clause) and not _APPOINT.search(clause):
            candidates.append((_MEETING_CLAUSE.sub(" ", s.norm), s))
    floor = ctx.meeting.last_day[:10] if ctx.meeting is not None else None
    for words, used in candidates:
        term, why = term_grammar(words, ctx.near)
        if term is None or term.split("/")[0].startswith(".."):
            continue
        if floor is not None and len(floor) == 10 and term.split("/")[0] < floor[: len(term.split("/")[0])]:
            continue  # a term that began before the meeting is history
        if floor is not None and term.split("/")[0] == floor:
            continue  # the meeting's own day: the ordinary handover, read by the rules below
        return term, why, used
    return None


def _stated_days(ctx: Context, text: str, stated: re.Match[str]) -> list[DateMatch]:
    """The day a handover's words state: written in full as written; without its year, read around the text's
    own day by the tense of the clause up to it ("will take over ... on 1 July" under a March dateline: this
    July); none when the text has no day of its own to read it by."""
    full = [d for d in find_dates(stated.group("day")) if d.kind == "day"]
    if full:
        return full
    if ctx.near is None:
        return []
    read = [d for d in ctx.dates(text[: stated.end("day")]) if d.kind.rstrip("?") == "day"]
    return [d for d in read if d.end == stated.end("day")][:1]


_NAME_PARTICLE = r"(?:wa|bin|ibn|al|el|van|von|de|da|du|dos)"


def _state_of_person(ctx: Context, surname: str) -> str | None:
    """The state the text gives a person it names ("President X Ghazouani of Mauritania", "Mauritania's
    Ghazouani", "Kazakh President ... Tokayev")."""
    name = re.escape(surname)
    for rx in (
        # (the rest of the name between: "Prime Minister Xyz Abcde of Ruritania" gives "Xyz" its state)
        rf"\b{name}(?:\s+[A-Z][\w'’-]*){{0,3}}\s+of\s+(?:the\s+)?(?P<s>[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*){{0,3}})",
        # (a name's particles between: "Malawi's President Bingu wa Mutharika")
        rf"(?P<s>[A-Z][\w]+)(?:'s|’s)\s+(?:[A-Z][\w.'’-]*\s+|{_NAME_PARTICLE}\s+){{0,5}}{name}\b",
        rf"(?P<s>[A-Z][\w]+)\s+(?:President|Prime\s+Minister|King|Emir)\s+(?:[A-Z][\w.'’-]*\s+|{_NAME_PARTICLE}\s+){{0,4}}{name}\b",
        # "X Abcde, Prime Minister of the Kingdom of Ruritania": the title in apposition after the name
        rf"\b{name},\s+(?:the\s+)?(?:President|Prime\s+Minister|King|Emir|Premier|Chancellor)\s+of\s+(?:the\s+)?"
        rf"(?P<s>[A-Z][\w'’]*(?:\s+(?:of\s+)?[A-Z][\w'’]*){{0,4}})",
    ):
        for m in re.finditer(rx, ctx.doc.text):
            found = [p for p in find_parties(m.group("s")) if is_state(p.value)]
            if found:
                return found[0].value
    return nationality_of(surname)
