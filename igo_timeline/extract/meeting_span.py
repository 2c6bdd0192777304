"""Widening or narrowing the sitting's days from the sentences after its opening.

Split out of meeting.py (a pure move): an opening dates one day of a sitting that ran longer ("a
two-day summit", "the meeting concluded on Friday"), or two sittings' days together ("the Summit and
the meeting of its ministers took place from 28 to 31 October"), and a later sentence gives the span
or the sitting's own day.
"""

from __future__ import annotations

import datetime as dt
import re

from igo_timeline.extract.context import Context
from igo_timeline.extract.dates import DateMatch, find_dates, relative_days
from igo_timeline.extract.meeting_body import _PEOPLE_SUBJECT, HEADS_BODY, _body_in, _summit_slug
from igo_timeline.extract.meeting_days import (
    _LONGEST_SITTING,
    _NUMBER,
    _OF_SITTING,
    _REPORTED_ON,
    _meeting_dates,
    _span_days,
)
from igo_timeline.extract.meeting_held import _HELD, _NOT_THIS
from igo_timeline.extract.meeting_ownname import _names_own_org
from igo_timeline.extract.names import SITTING_KIND, find_parties, is_state
from igo_timeline.extract.text import Passage

_ABOUT_IT = re.compile(
    r"\b(?:summit|meeting|session|gathering|talks|sitting|conference|congress|council|assembly)\b", re.I
)


_RAN = re.compile(
    r"\b(?:ran|runs|run|lasted|lasts|last|continued|continues|continue|was\s+held|were\s+held|took\s+place|held|hosted|met|convened)\b",
    re.I,
)


# "a two-day summit", "ended ... after three days of talks", "closed after five days of debate": the meeting's
# length, up to ten days (a congress or a general conference sits a week or two)
# "Over the course of two days, the ministers are convening ...": the sitting's length first in its sentence, its
# subject unsaid (``_N_DAYS`` reads the length, ``_SITTING_UNSAID`` the sentence as the sitting's)
_COURSE_OF_DAYS = r"(?:Over|During|In)\s+the\s+course\s+of\s+(?P<n3>two|three|four|five|six|seven|eight|nine|ten|[2-9]|10)\s+days\b"
_N_DAYS = re.compile(
    # (not a guest's "five-day state visit")
    r"\b(?P<n>two|three|four|five|six|seven|eight|nine|ten|[2-9]|10)(?:[-\s]day\b(?!\s+(?:state\s+|official\s+|working\s+|private\s+)?(?:visit|trip|tour)\b)"
    r"|\s+days\s+of\s+(?:talks|meetings?|deliberations?|discussions?"
    r"|debates?|work|sessions?|negotiations|consultations))"
    # "the session runs for five days", "the conference lasts four days": the sitting's own length told by its verb
    r"|\b(?:runs?|running|lasts?|lasting|sits?|sitting|meets?|continues?)\s+for\s+(?P<n2>two|three|four|five|six|seven|eight|nine|ten|[2-9]|10)"
    r"\s+days\b"
    rf"|^{_COURSE_OF_DAYS}",
    re.I,
)


# the length of a sitting before or after this one, told by the verb or the preposition that orders them: "the
# summit follows two days of talks among senior officials", "it was preceded by a two-day meeting of the
# ministers", "ahead of the three-day congress" (not "closed after three days of talks": its own length)
_OTHERS_LENGTH = re.compile(
    r"\b(?:follows|followed|preceded\s+by|precedes|ahead\s+of|before)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?$",
    re.I,
)


# a sitting told by the day of it the report falls on ("has entered its second day Friday")
_ENTERED_DAY = re.compile(r"\bentered\s+(?:its|their)\s+(?:second|third|fourth|fifth)\s+day\b", re.I)


# the length told of the sitting itself, its noun right after it: "the two-day summit", "the three-day 48th
# session", not "a two-day visit" nor "after two days of talks" told of talks around it
_OWN_LENGTH = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|[2-9]|10)[-\s]day\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:summit|meeting|session|conference|congress|assembly|sitting)\b",
    re.I,
)


# a host or chair "inaugurated" the sitting (its noun right after): its first day ("the Prime Minister
# inaugurated the three-day conference on Monday"); not a building, a road or a fund
_INAUGURATED = re.compile(
    r"\binaugurated\s+(?P<when>(?:the\s+|a\s+|an\s+|its\s+)?(?:[\w'’-]+\s+){0,5}?"
    r"(?:summit|meeting|session|conference|congress|assembly|gathering|forum|talks)\b"
    r"(?!\s+(?:hall|halls|centre|center|building|venue|complex|room|palace|headquarters))[^.;,]*)",
    re.I,
)


_HOSTED_THEM = re.compile(
    r"\b(?:hosted|welcomed|received)\s+(?:the\s+|its\s+|their\s+)?(?:\w+\s+)?(?:leaders|heads\s+of\s+(?:state|government)"
    r"|delegations|presidents|prime\s+ministers)\b"
)


_SPAN_FIRST = re.compile(r"^\W*(?:From|Between|Over)\b")  # "From 4 to 6 June, the summit ..."


# a sentence whose subject is the sitting left unsaid, right after the sentence that names it: a participle
# ("Convened on 3 and 4 May at the Palace of Nations, it ...") or the pronoun ("It opened on Monday at the
# Foreign Ministry", "It ran from Tuesday to Thursday")
_SITTING_UNSAID = re.compile(
    r"^\W*(?:(?:Held|Convened|Hosted|Meeting|Sitting|Gathered)\s+(?:on|from|between|over|in|at)\b"
    r"|It\s+(?:(?:was|had\s+been)\s+)?(?:opened|began|started|commenced|got\s+under\s*way|ran|lasted|was\s+held"
    r"|took\s+place|convened|closed|ended|concluded)\b"
    rf"|{_COURSE_OF_DAYS})"
)


# the sitting's first day told by its opening as a noun ("the leaders attended the opening ceremony on Saturday",
# "the opening session was held on 4 May"), or by the chair declaring it open ("the outgoing chair declared the
# summit open on Sunday"); not the opening of another event named after it ("the opening ceremony of the
# Business Forum on Monday")
_OPENING_ON = re.compile(
    r"\b(?:opening|inaugural)\s+(?:ceremony|session|sitting|plenary)(?:\s+of\s+the\s+(?:summit|meeting|session|conference))?"
    r"\s+(?:(?:was|had\s+been)\s+held\s+|took\s+place\s+)?on\s+(?P<when>[^.;,]+)"
    r"|\bdeclared\s+(?:the|its|their)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:summit|meeting|session|conference|congress|assembly|council|forum)\s+open\s+(?:on\s+)?(?P<when2>[^.;,]+)",
    re.I,
)


# a day told as the sitting's second ("on Wednesday, the second day of the summit", "the second and final day of
# the ministers' meeting began on 26 May"): the sitting began the day before (and closed that day, when the day
# is its last); not the second day of some other gathering ("the second day of a week of talks")
_SECOND_DAY = re.compile(
    r"\bsecond(?P<last>\s+and\s+(?:final|last|closing))?\s+day\s+of\s+(?:the|its|their|this\s+year['’]s)\s+"
    r"(?:[\w'’().-]+\s+){0,8}?(?:summit|meeting|session|conference|congress|assembly|council|ministerial)s?\b",
    re.I,
)


_ENDED = re.compile(
    r"\b(?:concluded|closed|ended|wrapped\s+up|wound\s+up|finished|wrapping\s+up|winding\s+up)\b"
    r"|\b(?:came|comes|drew|draws)\s+to\s+an?\s+(?:close|end)\b"  # "came to a close in Hanoi after five days"
    # the close as a noun: "a communique issued at the end of the two-day summit on Friday", "adopted at the
    # conclusion of the two-day session on Wednesday", "on the final day of the three-day congress"
    r"|\b(?:at|on|upon|during)\s+the\s+(?:end|close|closure|conclusion|closing(?:\s+(?:session|ceremony|sitting))?"
    r"|(?:final|last)\s+day)" + _OF_SITTING,
    re.I,
)


# "opened", "got under way", "commenced": the opening tells the sitting's first day; the start as a noun too:
# "took over the post at the start of the two-day summit", "on the first day of the three-day assembly"
_AT_START = r"\b(?:at|on)\s+the\s+(?:start|beginning|outset|first\s+day)" + _OF_SITTING
_BEGAN = re.compile(
    r"\b(?:opened|began|started|kicked\s+off|opening|commenced|(?:got|gets|went|goes)\s+under\s*way)\b|"
    + _AT_START,
    re.I,
)


# a series of meetings around the sitting, its head the plural noun: "the meetings, which ran from 2 to 4 June",
# "closed a week of meetings that began on 15 July", "after preparatory meetings of senior officials and of the
# Council of Ministers on 21-23 May"; not the sitting's own length ("after two days of meetings on 2 and 3 July")
# (a series of them: "closed a series of Xyz events that opened in the capital on 20 October")
_MEETINGS = re.compile(r"\bmeetings\b|\bseries\s+of\s+(?:[\w'’-]+\s+){0,3}?(?:events|meetings|talks)\b", re.I)
_OWN_DAYS_OF = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|[2-9]|10)\s+days\s+of\s+$", re.I
)
_A_SITTING = re.compile(
    r"\b(?:summit|meeting|session|conference|congress|assembly|council|forum|sitting|gathering)\b", re.I
)
# the sitting told together with the meetings, as one subject: "The summit and its related meetings run from 5 to
# 7 May" (their days are the sitting's too)
_WITH_THE_SITTING = re.compile(
    r"\b(?:summit|meeting|session|conference|congress|assembly|council|forum)s?\s+(?:and|as\s+well\s+as)\s+"
    r"(?:its\s+|the\s+|their\s+)?(?:[\w'’-]+\s+){0,2}$",
    re.I,
)
_OF_BEFORE = re.compile(r"\bof\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,3}$", re.I)


# days a plan gave, told in the past ("in February the Commission announced that the Council would meet in X from 7
# to 9 June", "the session had been scheduled to run from 7 to 9 June"): what was planned, not the days it sat
_PLANNED = re.compile(
    r"\b(?:would|(?:was|were)\s+(?:due|scheduled|set|slated|planned|expected)\s+to"
    r"|had\s+been\s+(?:scheduled|planned|set|slated|due|expected))\b",
    re.I,
)


def _series_days(text: str, at: int) -> bool:
    """The day (or the verb) at ``at`` is told of a series of meetings: the last plural "meetings" of its
    clause before it, no sitting named between them but inside an "of" phrase ("meetings of the Council of
    Ministers on 21 May"), and not "two days of meetings" (the sitting's own length), "the summit and its
    related meetings" (the sitting with them) nor "the Annual Meetings" (a sitting's name)."""
    before = re.split(r"[;:]", text[:at])[-1]
    last = next(reversed(list(_MEETINGS.finditer(before))), None)
    if (
        last is None
        or _OWN_DAYS_OF.search(before[: last.start()])
        or _WITH_THE_SITTING.search(before[: last.start()])
        # "the Annual Meetings of the Board of Governors": a sitting so named, not a series around one
        or re.search(r"\b(?:annual|spring)\s+$", before[: last.start()], re.I)
    ):
        return False
    between = before[last.end() :]
    return all(_OF_BEFORE.search(between[: n.start()]) for n in _A_SITTING.finditer(between))


# the sitting itself the clause's subject (an apposition or relative clause may come before its verb): "The session,
# in which all members take part, runs until 24 November", "The Congress ended on 7 October, having opened on 20
# September": a day written in full may then lie weeks from the other (a congress or a general conference sits up
# to a month); not a term told in it ("The Council's chairmanship runs until 30 June")
_SITTING_SUBJECT = re.compile(
    r"^\W*(?:The|Its|This\s+year['’]s)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:congress|conference|assembly|session|summit|meeting|council)\b(?!['’]s)",
    re.I,
)
_AND_CLOSES = re.compile(r"\band\s+(?:closes|ends|concludes)\s+(?:on\s+)?(?P<when>[^.;,]+)", re.I)
_TERM_WORDS = re.compile(r"\b(?:mandate|term|presidency|chairmanship|tenure|office|membership)\b", re.I)


# an informal grouping without an entry in the party table: "the G20 summit", "the Group of Seven's meeting"
_GROUP_OF = re.compile(r"\bG-?(?:7|8|20|77)\b|\bGroup\s+of\s+(?:Seven|Eight|Twenty|7|8|20|77)\b")


def _others_sitting(ctx: Context, text: str, at: int) -> bool:
    """Whether the clause before ``at`` (a day or a verb) tells another organization's sitting: its last sitting
    noun named after an organization not the text's own ("The G20 summit runs on Friday and Saturday", "the 17th
    OSCE Ministerial Council is taking place on 1-2 December" in a report of an informal meeting on its sidelines):
    its days are not this sitting's."""
    verbs = [
        m.start()
        for m in (
            re.search(r"\b(?:runs?|lasts?|lasted|is\s+taking\s+place|is\s+held|opens?|closes|ends)\b", text),
            _RAN.search(text),
            _ENDED.search(text),
            _BEGAN.search(text),
            _HELD.search(text),
        )
        if m is not None
    ]
    subject = text[: min([at, *verbs])]
    nouns = list(_A_SITTING.finditer(subject))
    if not nouns:
        return False
    noun = nouns[-1]
    # the noun and its few words before it ("the 17th OSCE Ministerial Council")
    named = " ".join(subject[: noun.end()].split()[-6:])
    return bool(_GROUP_OF.search(named)) or any(
        p.value != ctx.org and not is_state(p.value) for p in find_parties(named)
    )


def _long_window(text: str, at: int, when: str, year: int | None) -> int:
    """The window (days) a close or an opening day may lie from the sitting's known day: up to the longest
    sitting when the sitting itself is the clause's subject and the day is written in full, else a week."""
    if _SITTING_SUBJECT.match(text) and not _TERM_WORDS.search(text[:at]) and find_dates(when, year):
        return _LONGEST_SITTING
    return 7


# the sitting another one sat beside: what follows names that one, and its days are its own
_BESIDE = re.compile(
    r"\b(?:back[\s-]to[\s-]back\s+with|in\s+conjunction\s+with|alongside|on\s+the\s+(?:sidelines|margins)\s+of"
    r"|coincid(?:ed|es|ing)\s+with|(?:was|were)\s+preceded\s+by)\b",
    re.I,
)


_FUTURE_ASIDE = re.compile(r",\s*who\s+(?:will|is\s+to|shall|is\s+due\s+to)\b[^,;.]*(?=[,.;]|$)")


# a span told of another event than the sitting, by the participle right after its noun: "concluded the Xyz Week,
# held from 1 to 4 July", "a business forum held on 2 and 3 July"
_EVENT_HELD = re.compile(
    r"\b(?:Week|week|Forum|forum|Festival|festival|Days|events|programme|program|series|exhibition|Expo|Fair|fair)"
    r"\s*,?\s+(?:which\s+was\s+|that\s+was\s+)?held\s+(?:from\s+|on\s+|between\s+)?$"
)


def _widen(
    ctx: Context, sentences: list[Passage], opening: Passage, date: DateMatch | None, body: str | None = None
) -> DateMatch | None:
    """The meeting's days from the sentences about it: "ran from 22 to 24 August", "runs until Tuesday",
    "opened on 30 January", "concluded a two-day meeting on Friday"."""
    year = ctx.anchor.year or ctx.year
    k = sentences.index(opening)
    first = last = None
    if date is not None:
        first, last = date.edtf.split("/")[0], date.edtf.split("/")[-1]
    elif ctx.anchor.day is not None:
        first = last = ctx.anchor.day.isoformat()
    if first is None:
        return date
    # a text without a dateline's year (a place line only: "Geneva - The council met on 3 May 2023 ..."): the days
    # other sentences write without a year are read in the year of the day the opening states
    year = year or int(first[:4])
    if re.search(
        r"\b(?:one|single|1)[-\s]day\s+(?:summit|meeting|session|conference|sitting)\b", opening.norm, re.I
    ):
        return date  # "held a one-day summit ... on Friday": its day, not the preparatory work's

    def near(day: str, window: int = 7) -> bool:
        return (
            abs((dt.date.fromisoformat(day[:10]) - dt.date.fromisoformat((first or day)[:10])).days) <= window
        )

    def days_in(words: str, future: bool = False, window: int = 7) -> list[str]:
        def told(d: DateMatch) -> bool:  # "... said a statement published on Thursday": the report's day
            return d.kind.rstrip("?") == "day" and not _REPORTED_ON.search(
                words[max(0, d.start - 60) : d.start]
            )

        found = [d.edtf for d in find_dates(words, year) if told(d)]
        if not found and ctx.anchor.day is not None:
            # "from Friday to Sunday": a span, not the day it ends
            found = [d.edtf for d in relative_days(words, ctx.anchor.day, future=future) if told(d)]
        return [d for d in found if near(d, window)]

    began = False
    for at, other in enumerate(sentences[k : k + 12], k):
        # "..., who will host the next meeting in Bangkok next year,": a person's own future, no word of this
        # sitting's days (blanked, the offsets kept)
        text = _FUTURE_ASIDE.sub(lambda x: " " * len(x.group()), other.norm)
        if _ENDED.search(text) and _ABOUT_IT.search(text):
            began = False
        if re.search(r"\b(?:next|previous|last\s+year)\b", text, re.I):
            continue
        held = _HELD.search(text) if body is not None else None
        # "The Thirty-Ninth Pacific Islands Forum met in Niue on 19-20 August": the body itself told sitting, or
        # the organization, whose sitting is its summit (where its verb is)
        its_own = (
            held.start()
            if held
            and (
                (_body_in(text, ctx) or ("", 0))[0] == body
                or (
                    body == _summit_slug(ctx)
                    and _names_own_org(
                        re.sub(
                            rf"\b(?:{SITTING_KIND})\b|^\W*\d+\.\s*", " ", text[: held.start()], flags=re.I
                        ),
                        ctx,
                    )
                )
            )
            else None
        )
        if (
            its_own is None
            and held
            and (body == _summit_slug(ctx) or HEADS_BODY.search(body or ""))
            and _PEOPLE_SUBJECT.match(text[: held.start()].strip())
        ):
            its_own = (
                held.start()
            )  # "The heads of government met from Friday to Saturday": the summit's own days
        # "The summit closed on Tuesday. It opened on Monday ...": the sentence right after one about the sitting,
        # its subject unsaid or the pronoun
        prev = sentences[at - 1]
        unsaid = (
            other is not opening
            and (prev is opening or _ABOUT_IT.search(prev.norm))
            and _SITTING_UNSAID.match(text)
        )
        if not _ABOUT_IT.search(text) and its_own is None and not _HOSTED_THEM.search(text) and not unsaid:
            continue
        if other is not opening and _others_sitting(ctx, text, len(text)):
            continue  # "The G20 summit in Hangzhou runs from 4 to 5 September" after the BRICS leaders' meeting
        spans = [
            d
            for d in find_dates(text, year)
            if d.kind.rstrip("?") == "days"
            # (a span that holds the known day, however long before it begins: "met for three weeks, 6-24
            # November" told of a conference that "wound up" on the 24th)
            and (near(d.edtf.split("/")[0]) or d.edtf.split("/")[0] <= first <= d.edtf.split("/")[-1])
            and _span_days(d) <= _LONGEST_SITTING
        ]
        if not spans and ctx.anchor.day is not None:  # "held from Monday to Thursday"
            spans = [
                d
                for d in relative_days(text, ctx.anchor.day)
                if d.kind == "days?" and near(d.edtf.split("/")[0])
            ]
        # a span is the meeting's own when the meeting is what the clause tells of before it ("The summit ran
        # from 4 to 6 June"), not a person's stay ("X was in the city from 4 to 6 June for the summit")
        if other is not opening:
            spans = [
                d
                for d in spans
                if not _series_days(text, d.start)
                and not _PLANNED.search(text[: d.start])
                # "The council sat alongside the ABC ministers' talks of 2 to 3 May": the days of the sitting it
                # sat beside
                and not _BESIDE.search(text[: d.start])
                # "the Summit concluded the Xyz Week, held from 1 to 4 July": the days of what the participle follows
                and not _EVENT_HELD.search(text[: d.start])
            ]
        spans = [
            d
            for d in spans
            if _ABOUT_IT.search(text[: d.start])
            or _SPAN_FIRST.match(text)
            or unsaid
            or (its_own and its_own < d.start)
            or _HOSTED_THEM.search(
                text[: d.start]
            )  # "his country having hosted the leaders from 26 to 30 August"
        ]
        ran = [
            d
            for d in spans
            if date is None
            or any(d.edtf.split("/")[0] <= x <= d.edtf.split("/")[-1] for x in (first, last or first))
        ]  # a day the opening states lies within the span it ran: "preparatory meetings were held from 22 to 24
        # June" is not the summit held "today", 26 June
        if other is not opening and _TWO_MEETINGS.search(text):
            continue  # "The Summit and related meetings were held from 25 to 28 April": their days together, not
            # the summit's, which the opening states ("came to a close on 28 April")
        if ran and _RAN.search(text) and other is not opening:
            return ran[0]
        if (
            ran
            and other is opening
            and first == last
            and ran[0].edtf.split("/")[0] == first
            and _BEGAN.search(text[: ran[0].start])
            and re.search(r"\b(?:runs|continues|lasts|will\s+(?:run|continue|last))\b", text)
        ):
            return ran[
                0
            ]  # "The session opened today ... and runs from Tuesday to Thursday": its first day, then all
        if (
            ran
            and other is opening
            and first == last
            # the sitting's own relative clause, not a series' ("a week of events that runs from 12 to 16 June")
            and re.search(
                r"\b(?:meeting|session|summit|sitting|conference|council|assembly)\s*,?\s+(?:which|that)\s+"
                r"(?:is\s+being\s+held|takes\s+place|is\s+taking\s+place|runs|is\s+running)\s+(?:on|from)\s+$",
                text[: ran[0].start],
                re.I,
            )
        ):
            # "are gathered today for the Council's meeting, which is being held on 25 and 26 August": today is its
            # first day of the span the sentence tells it held on
            return ran[0]

        holding = [
            d for d in spans if d.edtf.split("/")[0] <= first and (last or first) <= d.edtf.split("/")[-1]
        ]
        if holding and other is not opening:
            return holding[0]  # "The ministerial meeting, which Thailand hosted from 8 to 10 March 2016"
        proper = _ITSELF.search(text)
        if proper and proper.group().endswith("opened"):
            proper = (
                None  # "... ended today after three days. The session opened on Tuesday": its first day only
            )
        if proper and other is not opening and first < (last or first):
            # "The Summit itself met on Thursday, 31 October" after "the Summit and the ministers' meeting took
            # place from 28 to 31 October": the meeting's own day
            own = days_in(text[proper.end() :])
            if own and first <= own[0] <= (last or first):
                return DateMatch(0, 0, own[0], "day")
        ended = _ENDED.search(text)
        if ended and other is not opening and _series_days(text, ended.start()):
            ended = None  # "The round of meetings ends on Tuesday": the series' close, not the sitting's
        if ended and ctx.anchor.day is not None:  # "... and the two-day meeting closed today"
            ends = days_in(re.split(r"[.;]", text[ended.end() :])[0])
            if ends and ends[0] > (last or first):
                last = ends[0]
        until = (
            re.search(r"\b(?:until|till|through)\s+(?P<when>[^.;]+)", text)
            or re.search(
                r"\b(?:will\s+(?:close|end|conclude|run\s+until)|is\s+to\s+(?:close|end))\s+(?:on\s+)?(?P<when>[^.;,]+)",
                text,
            )  # "opens today in the capital and will close on Wednesday"
            or _CLOSES_ON.search(text)
            # "The Congress opened on 9 August and closes on 27 August": the sitting the subject of both verbs
            or (_AND_CLOSES.search(text) if _SITTING_SUBJECT.match(text) else None)
        )
        if until and other is not opening and _series_days(text, until.start()):
            until = None  # "The series of meetings runs until Sunday": the series' last day
        if (
            until
            and (
                _RAN.search(text)
                or _IN_SESSION.search(text)
                # "opened on 6 October and will convene until 23 October": the sitting's future verb before it
                or re.search(r"\bwill\s+(?:convene|meet|sit)\s+$", text[: until.start()])
                or until.group().startswith(("will", "is"))
                or until.re in (_CLOSES_ON, _AND_CLOSES)
            )
        ):
            ends = days_in(
                until.group("when"),
                future=bool(
                    re.search(
                        r"\bruns\b|\bwill\b|\bis\s+to\b|\b(?:scheduled|due|set|expected|slated)\s+to\b", text
                    )
                    or until.re in (_CLOSES_ON, _AND_CLOSES)
                ),
                window=_long_window(text, until.start(), until.group("when"), year),
            )
            if ends and ends[0] > first:
                last = ends[0]
        opened = re.search(r"\b(?:opened|began|started)\s+(?:on\s+)?(?P<when>[^.;,]+)", text)
        opening_on = _OPENING_ON.search(text)
        if opening_on and (opened is None or opening_on.start() < opened.start()):
            opened = opening_on  # "... welcomed them to the opening ceremony on Saturday"
        inaugurated = _INAUGURATED.search(text)
        if inaugurated and (opened is None or inaugurated.start() < opened.start()):
            opened = inaugurated  # "the Amir, who inaugurated the two-day gathering on Tuesday, opened the
            # second day this morning": the first day is the inauguration's
        if opened and other is not opening and _series_days(text, opened.start()):
            opened = None  # "closed a week of meetings that began on 15 July": the series' first day
        if opened and re.search(
            r"\b(?:programme|program|banquet|dinner|reception|concert|arriv)", text, re.I
        ):
            opened = None  # the social programme around a meeting is not the meeting
        if opened and re.search(r"\bvisits?\s+(?:[\w-]+\s+){0,3}$", text[: opened.start()], re.I):
            opened = None  # "whose five-day state visit began on Tuesday": a guest's visit, not the sitting
        begun_on = None  # the day a "began on" clause gives: the first of the meeting's days
        if opened:
            # the day the verb's own clause states, not one of a clause within it ("opened with a minute of
            # silence for the victims of the earthquake that struck on 28 March")
            when = re.split(
                r"\b(?:that|which|who|whose|where|for|after|since)\b",
                opened.groupdict().get("when") or opened.groupdict().get("when2") or "",
            )[0]
            # "The Congress opened on 9 August and closes on 27 August": the sitting itself the subject, a day
            # written in full, up to the longest sitting before (``_long_window``)
            starts = days_in(when, window=_long_window(text, opened.start(), when, year))
            began = began or bool(starts)
            if starts and starts[0] < (last or first):
                first = starts[0]
            begun_on = starts[0] if starts else None
        second = _SECOND_DAY.search(text)
        if second and first == last:
            # "on Wednesday, the second day of the summit": the day the clause states (the sitting's known day),
            # its eve the first
            told_days = days_in(text)
            if len(set(told_days)) == 1 and told_days[0] == first:
                first = (dt.date.fromisoformat(first) - dt.timedelta(days=1)).isoformat()
        length = _N_DAYS.search(text)
        if length and _OTHERS_LENGTH.search(text[: length.start()]):
            length = None  # "The meeting follows two days of talks among officials": another sitting's
        if length and date is None and re.search(_AT_START, text, re.I):
            length = None  # "took over at the start of a two-day summit" under a dateline: the report's day
            # need not be the start
        if length and first == last:
            told = length.group("n") or length.group("n2") or length.group("n3")
            n = _NUMBER.get(told.lower()) or int(told)
            day = dt.date.fromisoformat(first)
            # "The summit opened on Tuesday ... The two-day summit is the first since 2019": the opening tells the
            # first day, a later sentence the length
            opened_first = (
                other is not opening and _BEGAN.search(opening.norm) and not _ENDED.search(opening.norm)
            )
            # "The summit ended on Friday ... It was the first time Turkey hosted the two-day summit": the close
            # tells the last day, a later sentence the length of that same sitting (its noun right after it)
            closed_last = (
                other is not opening
                and _ENDED.search(opening.norm)
                and not _BEGAN.search(opening.norm)
                and _OWN_LENGTH.search(text)
                and (_body_in(text, ctx) or (body, 0))[0] in (body, _summit_slug(ctx))
            )
            if begun_on == first or ((_BEGAN.search(text) or opened_first) and not _ENDED.search(text)):
                # "ended on Wednesday, after two days of talks that began on December 4": from the first day
                last = (day + dt.timedelta(days=n - 1)).isoformat()
            elif _ENDED.search(text) or closed_last:
                first = (day - dt.timedelta(days=n - 1)).isoformat()
        elif length and last is not None and first < last and _ENTERED_DAY.search(opening.norm):
            # "The summit has entered its second day Friday ... the three-day gathering": from its first day, the
            # length told
            told = length.group("n") or length.group("n2") or length.group("n3")
            closes = dt.date.fromisoformat(first) + dt.timedelta(
                days=(_NUMBER.get(told.lower()) or int(told)) - 1
            )
            last = max(last, closes.isoformat())
    if began and first == last and ctx.anchor.day is not None:
        # "The summit opened on 30 January" in a report dated 31 January: it runs to the report's day
        gap = (ctx.anchor.day - dt.date.fromisoformat(first)).days
        if 0 < gap <= 3:
            last = ctx.anchor.day.isoformat()
    if first < (last or first):
        start, end = (date.start, date.end) if date else (0, 0)
        return DateMatch(start, end, f"{first}/{last}", "days?")
    return date


# "The Conference opened on Saturday and is meeting in Rome until 7 July", "the Assembly, in session until
# Friday", "the Congress sits until 27 August": a sitting that goes on to the day named
_IN_SESSION = re.compile(
    r"\b(?:(?:is|are)\s+(?:meeting|sitting|convening|in\s+session)|in\s+session|sits|goes\s+on|remains\s+in\s+session)\b",
    re.I,
)


# the close still to come, told by a schedule or a present tense whose subject is the sitting: "the session is
# scheduled to close on Friday", "the two-day meeting, which closes on Saturday", "the conference ends on 9 June"
_CLOSES_ON = re.compile(
    r"\b(?:(?:is|are)\s+(?:scheduled|due|set|expected|slated)\s+to\s+(?:close|end|conclude|wrap\s+up"
    r"|(?:run|last|continue|sit)\s+(?:until|till|through))"
    r"|(?:summit|meeting|session|conference|congress|assembly|gathering|talks|sitting|council|forum)(?:,\s+which)?"
    r"\s+(?:closes|ends|concludes|wraps\s+up))\s+(?:on\s+)?(?P<when>[^.;,]+)",
    re.I,
)


# "The 23rd Summit ... and the meeting of its ministers of foreign affairs took place ... from 28 to 31
# October": one sentence tells two meetings, their days together
_TWO_MEETINGS = re.compile(
    r"\b(?:and|as\s+well\s+as)\s+(?:the\s+|a\s+|its\s+)?(?:[\w'’-]+\s+){0,4}?(?:meetings?|sessions?|councils?|conferences?)\b"
    r"(?=[^.;]*\b(?:took\s+place|were\s+held|was\s+held|met|ran|convened)\b)",
    re.I,
)


_ITSELF = re.compile(
    r"^(?:The|the)\s+(?:[\w'’-]+\s+){0,3}?(?:summit|meeting|session|council|assembly|conference|authority)"
    r"(?:\s+itself|\s+proper)?\s+(?:met|was\s+held|took\s+place|convened|sat|opened)\b",
    re.I,
)


def _own_day(
    ctx: Context, sentences: list[Passage], opening: Passage, date: DateMatch | None
) -> DateMatch | None:
    """The meeting's own days when its opening tells two meetings' days together: a later sentence with
    the meeting itself as subject ("The Summit itself met on Thursday, 31 October") and a day inside the
    joint span."""
    if date is None or "/" not in date.edtf or not _TWO_MEETINGS.search(opening.norm):
        return date
    first, last = date.edtf.split("/")
    k = sentences.index(opening)
    for other in sentences[k + 1 : k + 4]:
        if not _ITSELF.match(other.norm) or _NOT_THIS.search(other.norm):
            continue
        own = _meeting_dates(ctx, other.norm)
        if own and first <= own.edtf.split("/")[0] and own.edtf.split("/")[-1] <= last:
            return own
    return date
