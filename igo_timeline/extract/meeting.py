"""The meeting a communiqué reports: body, place, dates, host, chair, who attended.

Openings vary ("On 6-7 June 2012, the Meeting of ... was held in Beijing",
"The heads of state ... met in Astana on June 14-15, 2011", "... took place on
15 and 16 June 2009 in Yekaterinburg"); the title block "(Beijing, 6-7 June
2012)" is a fallback for the place and the dates. Attendance sentences are
read item by item, each item's role taken from the words that introduce it
(heads of observer delegations, guests of the host, the organization's
officials, other organizations); heading a member's or an observer's
delegation, or attending as an official, is an *attestation* of that status or
office on the meeting's dates, not a grant.

This module holds the finder itself (``find_meeting``) and the chair's name; its stages live in
meeting_held (held verbs and blockers), meeting_body (which body), meeting_ownname (the
organization's own names), meeting_days, meeting_span (the sitting's days), meeting_place and
meeting_others (the other meetings a text tells). Names imported here with a redundant alias
(``X as X``) are re-exported: __init__.py, lede.py and sittings.py read them through this module.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from igo_timeline.extract.context import Context, Meeting
from igo_timeline.extract.dates import _WEEKDAYS, DateMatch, find_dates
from igo_timeline.extract.meeting_body import (
    _GOVERNMENT_HEADS,
    _NAMED_BODY,
    _PEOPLE_SUBJECT,
    _SUBJECT_CLAUSE,
    _SUMMIT,
    LIKENED,
    SIDELINES,
    SITTING_ONLY,
    _anothers_ministers,
    _body_in,
    _body_named_before,
    _body_the_next_names,
    _foreign_ministers_body,
    _generic_body,
    _government_heads_body,
    _name_around,
    _qualifier,
    _sector_ministers_body,
    _summit_slug,
)
from igo_timeline.extract.meeting_body import HEADS_BODY as HEADS_BODY
from igo_timeline.extract.meeting_canon import canon_body, sitters
from igo_timeline.extract.meeting_days import _OTHER_EVENT_OF, _far_day, _meeting_dates
from igo_timeline.extract.meeting_days import _own_date as _own_date
from igo_timeline.extract.meeting_held import (
    _AHEAD,
    _BACKGROUND,
    _BODY_ACTED,
    _DATE_ONLY,
    _HAD_BEFORE,
    _HAD_JUST_BEFORE,
    _HELD,
    _HELD_NO_MEETING,
    _HELD_OBJECT_BEFORE,
    _LEADERS_MEETING,
    _MINISTERS_MEETING,
    _MINISTERS_MET,
    _NOT_THIS,
    _ORDINAL_MEETING,
    _OTHER_MEETING,
    _RELATIVE_CLAUSE,
    _SINCE_AGO,
    _TO_COME,
    _VIRTUAL,
    COORDINATED_ACT,
    _another_orgs_sitting,
    _elsewhen,
    _past_year_only,
    not_a_sitting_held,
)
from igo_timeline.extract.meeting_others import _other_meetings, _second_meeting, _stage_days
from igo_timeline.extract.meeting_ownname import _abbreviations as _abbreviations
from igo_timeline.extract.meeting_ownname import _defined_names as _defined_names
from igo_timeline.extract.meeting_ownname import _names_own_org as _names_own_org
from igo_timeline.extract.meeting_ownname import _own_words as _own_words
from igo_timeline.extract.meeting_ownname import _spelled_name_words as _spelled_name_words
from igo_timeline.extract.meeting_place import (
    _ACTING_HOST,
    _HOSTED,
    _PLACE_IN_STATE,
    _PLACE_STATE,
    _TITLE_PLACE,
    _capital_short,
    _city_state,
    _dateline_town,
    _place,
    _state_of,
    _towns_of,
    in_capitals,
    title_cased,
    venue_noun_dropped,
)
from igo_timeline.extract.meeting_span import _own_day, _widen
from igo_timeline.extract.names import another_tabled, find_parties, is_state, resolve_body
from igo_timeline.extract.places import city, gazetteer_spelling
from igo_timeline.extract.records import Candidate
from igo_timeline.extract.sitters import sitters_body
from igo_timeline.extract.sittings import attended_after, companion_meetings, coreferent_body, governing_act
from igo_timeline.extract.text import ITEM_MARK, Passage, is_byline

_PURPOSE = re.compile(
    r"(?:\b(?:in\s+order\s+)?to\s+(?:(?:plan|prepare)(?:\s+for)?|pave\s+the\s+way\s+for|lay\s+the\s+groundwork\s+for"
    r"|set\s+the\s+agenda\s+(?:of|for)|finali[sz]e\s+(?:the\s+)?(?:agenda|documents)\s+(?:of|for))"
    r"|\bin\s+preparation\s+for|\bpreparing\s+for|\bpaving\s+the\s+way\s+for|\blooking\s+ahead\s+to"
    # "... is under way as they get ready for the coming summit": a clause of purpose in the present
    r"|\bas\s+(?:they|it|(?:the\s+)?[\w-]+\s+ministers|(?:the\s+)?officials)\s+(?:prepares?|gets?\s+ready)\s+for)"
    r"\s+(?:the\s+|an?\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,4}?(?:summit|meeting|session)\b[^,;.]*"
    # what the sitting met to discuss, to its sentence's end: "met in X on 27 June to discuss the roadmap and the
    # Ministerial Council in Y on 11 November" (a sitting discussed is another one)
    r"|(?<=\s)to\s+(?:discuss|review|consider|examine|assess|take\s+stock\s+of)\b[^;.]*"
    # the sitting that set up the body which met: "The Ministerial Committee mandated by the Joint Extraordinary
    # Summit held a meeting with ..." (the committee met, not the summit)
    r"|\b(?:mandated|established|set\s+up|created|formed|appointed)\s+by\s+(?:the|an?|its|their)\s+"
    r"(?:[\w'’-]+\s+){0,5}?(?:summit|meeting|session|conference|assembly)\b",
    re.I,
)


_CLOSING = re.compile(r"wrapped\s+up|concluded|closed|ended|wound\s+up|came\s+to", re.I)


# an abbreviation in brackets after a subject ("the Xyz Transport Ministers (XTM)", "(XYZ-TM)"): two capitals at least
_SUBJECT_ABBREVIATION = re.compile(r"\s*\((?=[^)]*[A-Z][^)]*[A-Z])[A-Z][\w&.'’-]{1,15}\)")


def _prepares_or_closes_another(text: str, verb: re.Match[str]) -> bool:
    """Whether ministers told sitting do so for another sitting: "met ... ahead of the summit", "to prepare
    the summit" (the summit is the meeting, theirs the one before); or close something wider than their
    sitting ("wrapped up their yearly gathering", the three days of events around their meeting)."""
    if _AHEAD.search(text, verb.start()) or _PURPOSE.search(text, verb.start()):
        return True
    after = text[verb.end() : verb.end() + 60]
    return bool(_CLOSING.match(verb.group())) and not re.search(
        r"\b(?:meeting|session|talks|sitting|conference)\b", after, re.I
    )


_MEETING_NOUN = re.compile(r"\b(?:summit|meeting|session|conference|sitting)\b", re.I)


# a day written as the sitting's own modifier: "the October 1 summit", "the 5 June meeting", "Friday's session"
_DAY_OF_SITTING = re.compile(
    r"(?:\b(?:the|this|its|their)\s+(?P<day>(?:\w+\s+\d{1,2}|\d{1,2}\s+\w+)(?:,?\s+\d{4})?)"
    r"|\b(?P<wday>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)['’]s)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:summit|meeting|session|conference|sitting)\b",
    re.I,
)


# the state that hosted the sitting, the sentence's subject (an aside between them): "The Republic of Abc, under the
# chairmanship of its President, successfully hosted the 17th Summit"
_STATE_HOSTED = re.compile(
    r"^(?P<who>(?:The\s+)?[A-Z][^,;]{1,60}?)(?:,[^,;]{1,120},)?\s+(?:(?:successfully|proudly)\s+)?hosted\s+(?:the|a|an|its)\b"
)
# a sitting told as held remotely in the sentences after the opening: "met in an extraordinary session of the
# Council, held by video conference"
_HELD_REMOTELY = re.compile(
    r"\b(?:session|meeting|summit|sitting)\b[^.;]{0,80}?\b(?:held|conducted|convened|took\s+place)\s+"
    r"(?:by|via|through|over|in\s+(?:a\s+)?)\s*(?:video\s?conference|video\s+link|online|virtual)",
    re.I,
)
# a sitting told in a relative clause of the town where the sentence's act was done: "announced the choice in
# Astana, where the prosecutors general held their 13th session" (not a past perfect: "where they had met")
_SAT_WHERE = re.compile(
    r"\b(?:in|at)\s+(?P<town>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?),?\s+where\s+"
    r"(?P<clause>(?:the\s+)?(?:[\w'’-]+\s+){1,6}?(?:held|met|gathered|convened)\s+(?:their|its|the)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:session|meeting|summit|sitting|conference)\b[^;.]*)"
)
# a declaration in the first person: "We, the Ministers of Foreign Affairs of ..., meeting in X on ..."
_DECLARANTS = re.compile(r"\s*(?:\d{1,2}\.\s+)?We,\s+the\s+(?-i:[A-Z])")
# a heading that names the sitting: "Abc-EU Ministerial Meeting", "Fourth Xyz Transport Ministers Meeting"
_SITTING_HEADING = re.compile(
    r"(?P<name>(?:[A-Z][\w'’-]*\s+){0,6}[A-Z][\w'’-]*\s+(?:Meeting|Summit|Session|Conference|Council))\s*"
)


def _declarations_heading_body(ctx: Context, opening: Passage) -> str | None:
    """The body of a first-person declaration's sitting as the page's heading names it ("CELAC-EU Ministerial
    Meeting" above "We, the Ministers of Foreign Affairs of ..., meeting in Santo Domingo ..."): the heading's
    words name the sitting the declarants met at, where their own sentence names them only by their office."""
    for line in ctx.doc.text[: opening.start].splitlines():
        heading = _SITTING_HEADING.fullmatch(line.strip())
        if heading:
            return _generic_body(heading.group("name"), ctx)
    return None


_ON_WEEKDAY = re.compile(
    r"(?<!\bnext\s)(?<!\blast\s)\bon\s+(?P<wd>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b"
)


def _weekday_of_a_day_told(ctx: Context, sentences: list[Passage], opening: Passage) -> DateMatch | None:
    """ "The leaders adopted a charter in Abc on Saturday" on a page with no day of its own, whose introduction
    says they "will meet in Abc on 15 October 2031" (a Saturday): the one day the text writes in full, in a
    sentence naming the same town and no other sitting ("next", "again"), that falls on the weekday the sitting's
    sentence (or the one next to it, the act told at the sitting) names; none when no such day, or more than
    one, is written."""
    k = sentences.index(opening) if opening in sentences else -1
    near = [opening] + [sentences[j] for j in (k - 1, k + 1) if k >= 0 and 0 <= j < len(sentences)]
    for passage in near:
        wd = _ON_WEEKDAY.search(passage.norm)
        if wd is None:
            continue
        towns = set(re.findall(r"\bin\s+([A-Z][\w'’-]+)", passage.norm))
        want = _WEEKDAYS.index(wd.group("wd").lower())
        days = {
            d.edtf
            for other in sentences
            if towns & set(re.findall(r"\bin\s+([A-Z][\w'’-]+)", other.norm))
            and not re.search(r"\b(?:next|again)\b", other.norm, re.I)
            for d in find_dates(other.norm)
            if d.kind == "day"
            and dt.date.fromisoformat(d.edtf).weekday() == want
            and not _OTHER_EVENT_OF.search(other.norm[max(0, d.start - 40) : d.start])
        }
        if len(days) == 1:
            return DateMatch(wd.start(), wd.end(), days.pop(), "day")
    return None


def _day_told_later(
    ctx: Context, sentences: list[Passage], opening: Passage, body: str | None
) -> DateMatch | None:
    """The sitting's day from a later sentence when its opening states none: the sentence tells the sitting held
    ("leaders gathered in X on 15 April at the summit", "the summit was held on Monday") or dates it as its
    modifier ("The October 1 summit was attended by ..."), of this body or none other, not to come, not had, a
    day up to a week before the report's (a report's day alone is not the sitting's: a communique, an election
    told the morning after)."""
    if ctx.anchor.day is None:
        return None
    k = sentences.index(opening)
    before = [s for s in sentences[max(0, k - 6) : k] if s.end > ctx.anchor.end and not is_byline(s)]
    for other in [*sentences[k + 1 : k + 9], *reversed(before)]:
        text = other.norm
        if _NOT_THIS.search(text) or re.search(r"\b(?:had|previous|last\s+year|anniversary)\b", text, re.I):
            continue
        verb = _HELD.search(text)
        held = verb and _MEETING_NOUN.search(text)
        named = _DAY_OF_SITTING.search(text)
        if not held and not named:
            continue
        if re.search(r"\bprepar", text, re.I) or (
            verb
            and re.search(
                r"\b(?:ministers?|officials?|experts?|sherpas?|ambassadors?|deputies)\b",
                text[: verb.start()],
                re.I,
            )
            and "minister" not in (body or "")
        ):
            continue  # "foreign ministers met on Sunday to prepare the summit": the sitting before the sitting
        sitting = _body_in(text, ctx)
        if (
            sitting is not None
            and sitting[0] not in (body, _summit_slug(ctx))
            and not SITTING_ONLY.fullmatch(sitting[0])
        ):
            continue  # another body's sitting ("the foreign ministers met on Thursday to prepare the summit")
        said = text
        if named and not held:  # "the October 1 summit"; "Sunday's summit": the Sunday of the report's week
            said = named.group("day") or "on " + named.group("wday")
        day = _meeting_dates(ctx, said)
        if day is None or "?" in day.kind and not held and not named:
            continue
        first = day.edtf.split("/")[0]
        if 0 <= (ctx.anchor.day - dt.date.fromisoformat(first)).days <= 7:
            return day
    return None


_HELD_CLAUSE = re.compile(
    r"\b(?:after|at|during|following)\s+(?:the\s+)?(?:(?:Council|Assembly|Summit|council|assembly)['’]s\s+|its\s+|their\s+)?"
    r"(?:regular\s+|ordinary\s+|extraordinary\s+)?(?:session|meeting|summit|sitting)\s+(?:in|at)\s+(?:the\s+)?[A-Z\w]"
)


def _ahead_of_it(text: str, verb: re.Match[str], found: tuple[str, int]) -> bool:
    """Whether "ahead of the summit" tells the sentence of a sitting to come: before the verb ("Ahead of the
    summit, the leaders arrived"), or the body read is the one prepared. "The leaders held an informal meeting
    on Friday, ahead of the G20 summit" tells a meeting held, the one after it another."""
    ahead = _AHEAD.search(text)
    if ahead is None:
        return False
    return ahead.start() < verb.start() or ahead.start() <= found[1] < ahead.end()


def heading_read(ctx: Context, text: str) -> str:
    """A sentence in capitals (a heading: "FINAL COMMUNIQUE OF THE 45TH ORDINARY SESSION OF THE XYZ AUTHORITY OF
    HEADS OF STATE") read in title case, the organization's abbreviations as written; any other as it is."""
    return title_cased(text, frozenset(a.upper() for a in _abbreviations(ctx))) if in_capitals(text) else text


def third_person(text: str) -> str:
    """A communique's opening in the first person read in the third, the offsets kept: "We, the Xyz Ministers of
    Energy, held our 9th Meeting in ..." is "    the Xyz Ministers of Energy, held its 9th Meeting in ..." (the
    body is the apposition the pronoun stands for). The pronoun in capitals ("WE, the Ministers"), and the
    apposition without its article ("We, Heads of State and Government of the Xyz Union, meeting in ...", "We,
    XYZ Leaders, gathered ...") read alike; so does the opening after a heading the sentence was read with
    (a title line without a full stop: "Statement of the Xyz Ministers on Trade WE, the Xyz Ministers, met ...")."""
    opening = re.match(
        r"(?:\s*|.*?(?<=[\w)]\s))(?:We|WE),?\s+(?=the\s|(?:[A-Z]{2,}[\w-]*\s+)?(?:Heads|Leaders|Ministers|Presidents|Prime\s+Ministers"
        r"|Foreign\s+Ministers|Representatives|Governors|Members)\b)",
        text,
    )
    if opening is None:
        return text
    rest = re.sub(r"\bour\b", "its", text[opening.end() :])
    return " " * opening.end() + rest


# a later sentence that says where the sitting is held, its subject the sitting: "Abc hosts the meeting ... This
# meeting is being held in Defg, a town by the border" (the host's capital named first, the town after)
_VENUE_TOLD = re.compile(
    r"^(?:The|This)\s+(?:event|meeting|session|sitting|gathering|talks)\s+(?:is\s+being|was|is|has\s+been)\s+held\s+"
    r"(?:in|at)\s+(?:the\s+(?:city|town)\s+of\s+)?(?P<town>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?=\s+(?:city|town)\b|[\s,.;])"
)


def _venue_told_after(ctx: Context, opening: Passage) -> str | None:
    """The town a sentence of the three after the opening says the sitting is held in (``_VENUE_TOLD``), when the
    gazetteer knows it as a town."""
    k = next((n for n, p in enumerate(ctx.sentences) if p is opening), None)
    if k is None:
        return None
    for other in ctx.sentences[k + 1 : k + 4]:
        told = _VENUE_TOLD.match(other.norm.strip())
        if told and city(told.group("town")) and not find_parties(told.group("town"), exclude=[ctx.org]):
            return told.group("town")
    return None


_HISTORY_ASIDE = re.compile(
    r"(?<=,)\s*(?:which\s+(?:was|were)\s+)?(?:signed|established|founded|created|set\s+up|formed|launched|concluded)"
    r"\s+(?:in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+)?(?:on|in)\s+(?:[A-Z][a-z]+\.?\s+\d{1,2},\s+|[^,;.]*?\b)(?:19|20)\d\d(?=,)"
)


# a month told as the sitting's time: "in January", "in late January", "at the end of January"
_IN_MONTH = re.compile(
    r"^(?:in|during|(?:at\s+the\s+)?(?:end|beginning|start|close)\s+of|(?:in\s+)?(?:late|early|mid-?))\b",
    re.I,
)


def _month_before_dateline(ctx: Context, text: str) -> str | None:
    """The month (YYYY-MM) a sentence names as its time ("in late January") when it is before the dateline's
    month: a sitting told by its month only, in a report of a later month; else None."""
    day = ctx.anchor.day
    if day is None:
        return None
    for d in find_dates(text, day.year):
        if d.kind.rstrip("?") != "month" or not _IN_MONTH.match(text[d.start : d.end]):
            continue
        if re.search(r"\b(?:will|would|next|since|until|from|to\s+be)\b[^.;]{0,40}$", text[: d.start], re.I):
            continue  # "will meet in March", "since January": no time of the sitting told
        year, month = int(d.edtf[:4]), int(d.edtf[5:7])
        if (year, month) < (day.year, day.month) and (day.year - year) * 12 + day.month - month <= 2:
            return d.edtf
    return None


def find_meeting(ctx: Context, *, acts: bool = False, headline: bool = False) -> list[Candidate]:
    """The meeting itself (a MeetingHeld), and sets ``ctx.meeting``; the attendance goes in it."""
    sentences = ctx.doc.sentences
    opening: Passage | None = None
    date: DateMatch | None = None
    body = place = None
    around: list[Passage] = []
    named_elsewhere: bool | None = None
    for passage in sentences[:14]:
        text = passage.norm
        if (passage.end <= ctx.anchor.start) != headline:
            # a headline above the dateline: read last, alone (the pass before read every sentence below it)
            continue
        if passage.start < ctx.anchor.end and passage.end > ctx.anchor.start:  # the dateline is no part of it
            text = passage.text[ctx.anchor.end : passage.end]
            text = " ".join(text.split())
        text = third_person(text)
        where = _SAT_WHERE.search(text)
        if (
            where is not None
            and not _HELD.search(text[: where.start()])
            # (an act done at the sitting in the main clause, not "visited Tashkent, where the leaders held their first
            # summit")
            and re.search(
                r"\b(?:announced|said|told|stated|declared|spoke|signed|adopted|chose|decided|agreed|presented)\b",
                text[: where.start()],
            )
        ):
            # "X announced the choice in Astana, where the prosecutors general held their 13th session": the sitting
            # told in the clause of the town, read as its own sentence (the town after it)
            text = f"{where.group('clause').strip()} in {where.group('town')}"
        # "a session of the council of the Treaty, signed in Abc on May 5, 1990, took place in Minsk": the aside of the
        # treaty's or body's own history dates no sitting (blanked, the offsets kept)
        text = _HISTORY_ASIDE.sub(lambda x: " " * len(x.group()), text)
        if in_capitals(text) and not _HELD.search(text):
            continue  # a heading in capitals that names a sitting ("FINAL COMMUNIQUE OF THE 45TH SESSION ..."): the lede
        verb = _HELD.search(text)
        while verb is not None and not_a_sitting_held(text, verb):
            # "in a vote held at its seat in Geneva", "he held senior posts": the next verb of the sentence
            verb = _HELD.search(text, verb.end())
        verb = verb or _ORDINAL_MEETING.search(text)
        if verb is not None and (
            _HELD_NO_MEETING.match(text, verb.start())
            or _HELD_OBJECT_BEFORE.search(text[: verb.end()])
            or _held_by_a_holder(text, verb)
        ):
            # "... which had been barred after a coup and held elections in May": what was held is no meeting
            verb = _ORDINAL_MEETING.search(text)
        # "The foreign ministers met in X to prepare the summit in September": the sitting a purpose clause
        # names is one to come, not the body that met (blanked, the offsets kept)
        purposeless = _PURPOSE.sub(lambda x: " " * len(x.group()), text)
        purposeless = heading_read(ctx, purposeless)
        found = _body_in(purposeless, ctx)
        sat = _MINISTERS_SUBJECT.match(text)
        if (
            found is not None
            and found[0] == _summit_slug(ctx)
            and sat
            and verb is not None
            and sat.end() <= verb.start()
            and not _SUMMIT.search(purposeless)
        ):
            # "Foreign ministers of the member states of the Conference on ... (CICA) held an informal meeting":
            # the ministers' body, not the organization's name read as its summit
            from igo_timeline.extract.lede import ministers_body

            found = (ministers_body(ctx, sat.group()), found[1])
        decider = verb.groupdict().get("decider") if verb is not None else None
        if verb is not None and re.search(r"\sby\s+(?:the|its|their)\s+$", verb.group()):
            agent = re.match(
                r"(?:[A-Z][\w'’-]*\s+(?:of\s+(?:the\s+)?)?){0,5}\w+(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s*){1,6})?",
                text[verb.end() :],
            )
            decider = agent.group() if agent else None  # "was adopted by the UN General Assembly": the agent
        if decider and [p for p in find_parties(decider, exclude=[ctx.org]) if p.value != ctx.org]:
            continue  # "The French National Assembly approved ...", "The UN General Assembly adopted ...": another's
        if decider:  # "The XYZ General Assembly elected five members of the Council": the subject's body
            named = _NAMED_BODY.search(decider)
            slug = resolve_body(re.sub(r"^(?:The|the)\s+", "", decider), ctx.bodies, ctx.org) or (
                _generic_body(named.group(), ctx) if named else None
            )
            if slug:
                found = (slug, 0)
        if found is None and verb is not None:  # "The heads of state of the member states ... met in ..."
            # a numbered paragraph's mark ("2. The leaders of the Xyz Forum gathered in ...") is no part of it
            subject = re.sub(rf"^\s*{ITEM_MARK}\s*(?=[A-Z])", "", text[: verb.start()])
            subject = re.sub(r"^(?:On\s+)?[^,]*\d{4},\s*", "", subject).strip(" ,")
            # "The 15-member council, modelled on the UN Security Council, met ...": the body it is likened to is
            # not its own
            subject = LIKENED.sub("", subject)
            # "The Xyz Transport Ministers (XTM) met in ...": the abbreviation the text gives those who met, in
            # brackets after them, is no part of their name
            subject = _SUBJECT_ABBREVIATION.sub("", subject)
            # "XYZ trade ministers pledged lower tariffs as they wound up their three-day talks on Friday": the
            # verb's subject is a pronoun of a clause of time, and those it stands for open the sentence
            pronoun = re.search(r"(?:,\s*|\s)(?:as|when|after|before|while)\s+(?:they|he|she)\s*$", subject)
            openers = (
                re.match(
                    r".{0,100}?\b(?:ministers|leaders|heads\s+of\s+(?:state|government)(?:\s+and\s+government)?"
                    r"|presidents|prime\s+ministers|premiers)\b",
                    subject[: pronoun.start()],
                )
                if pronoun
                else None
            )
            if openers is not None:
                subject = openers.group()
            # "Meeting alongside the high-level week of the XYZ General Assembly, the ministers held ...": the
            # sitting they met beside is another's, not their subject
            subject = SIDELINES.sub("", subject)
            # ... and a participle's or a preposition's phrase before the subject ("Meeting in Xyz on Monday, the
            # ministers of ... held", "After two days of talks, the leaders ...") is no part of it
            subject = re.sub(
                r"^(?:[A-Z][a-z]+ing|After|Following|During|At|In|On)\b[^,;]{0,80},\s+(?=the\s)", "", subject
            )
            # what a dateline the anchor did not read leaves before the lede ("Astana. NEWSWIRE - ",
            # "NEWSWIRE -- "), and an attribution ("According to the Kremlin, "), is no part of the subject
            subject = re.sub(
                r"^(?:(?:[A-Z][\w.'’]*[\s,.]*){1,4}(?:\([^)]{1,30}\)\s*)?(?:--|—|–|-)\s+)?"
                r"(?:According\s+to\s+[^,]{1,60},\s*)?",
                "",
                subject,
            )
            if verb.groupdict().get("sitting") or verb.groupdict().get(
                "decider"
            ):  # "The World Weather Congress today appointed ...": its subject
                subject = verb.group("sitting") or verb.group("decider")
            slug = resolve_body(re.sub(r"^(?:The|the)\s+", "", subject), ctx.bodies, ctx.org)
            # "Leaders of the Pacific Islands Forum closed ...", "The heads of government of the XYZ, which unites
            # four states, met ...": the people who met, their subject's closing clause left out
            bare_subject = _SUBJECT_CLAUSE.sub("", subject).strip(" ,")
            # "Foreign ministers of the region gathered here today for the Fourth XYZ Regional Forum": those who
            # met sat as the named body they came for
            came_for = (
                re.match(r"[^.;]{0,60}?\bfor\s+(?:the|its|their)\s+(?=\S)", text[verb.end() :])
                if slug is None
                else None
            )
            sat_as = _NAMED_BODY.match(text, verb.end() + came_for.end()) if came_for else None
            if sat_as is not None and not find_parties(sat_as.group(), exclude=[ctx.org]):
                slug = _generic_body(sat_as.group(), ctx)
            if slug is None and not _prepares_or_closes_another(text, verb):
                # "The heads of the defence ministries of the XYZ gathered ...": their sitting
                slug = _sector_ministers_body(bare_subject, ctx)
            people = _PEOPLE_SUBJECT.fullmatch(subject) or _PEOPLE_SUBJECT.fullmatch(bare_subject)
            # (the organization's own abbreviation is no state of that name: "GUAM" is not Guam, ``find_parties``)
            named_states = find_parties(bare_subject, exclude=[ctx.org])
            if (
                people
                and named_states
                and all(is_state(p.value) for p in named_states)
                and not (len({p.value for p in named_states}) >= 4 and _org_named(ctx))
            ):
                # "The prime ministers of India and Pakistan met in ...": those states' meeting; not "Leaders of
                # Brazil, Russia, India, China and South Africa held their informal meeting" in a text that names
                # the organization: four states and more, its members, at its sitting
                people = None
            anothers = another_tabled(subject, ctx.org)  # "The Group of Twenty Leaders' Summit met ..."
            people = None if anothers else people
            named = _NAMED_BODY.search(subject) if slug is None and not people and not anothers else None
            if named:  # "The Assembly of the African Union met in ...": a body no table knows, by its words
                slug = _generic_body(named.group(), ctx)
            if (
                slug is None
                and people
                and re.search(
                    r"\b(?:talks|summit|meeting|session|met|gathered|convened)\b",
                    text[verb.start() : verb.end() + 40],
                )
            ):
                # "The leaders closed two days of talks in Accra": the organization's summit; its heads of
                # government alone: their own body
                slug = _government_heads_body(ctx) if _GOVERNMENT_HEADS.match(subject) else _summit_slug(ctx)
            if slug is None and re.search(
                r"\b(?:the|its|their)\s+(?:council|assembly|conference|committee|authority|board)['’]s\s+(?:[\w-]+\s+){0,2}(?:meeting|session|sitting)\b"
                # "The decision was made today at the session of the council": the body in lower case, named before
                r"|\b(?:meeting|session|sitting)\s+of\s+(?:the|its|their)\s+(?-i:council|assembly|conference|committee|authority|board)\b",
                text,
                re.I,
            ):  # "The ruling came out of the council's 854th meeting": the body named before
                slug = _body_named_before(ctx, sentences, passage)
            fronted = (
                re.match(
                    r"(?:Held|Convened|Hosted)\b[^.;]*?,\s+(?P<noun>(?:the|its|their)\s+(?:meeting|session|sitting|talks))\b",
                    text,
                )
                if not subject.strip()
                else None
            )
            if slug is None and fronted:
                # "Held on Friday under X's leadership, ..., the meeting saw ...": the participle's noun after it,
                # the body named before
                slug = _body_named_before(ctx, sentences, passage)
            if slug is None and re.match(
                r"^(?:The|Its|the|its)\s+(?:council|assembly|summit|conference|authority)$", subject, re.I
            ):
                slug = _body_named_before(
                    ctx, sentences, passage
                )  # "The council met on ...": the one named before
            found = (slug, 0) if slug else None
        if acts and (verb is None or found is None):  # a governing body's act (sittings.py)
            act = governing_act(text, ctx)
            if act is not None:
                verb, found, text = act
        leaders = _LEADERS_MEETING.search(text)
        if leaders and named_elsewhere is None:  # a body the text names elsewhere is the meeting's
            named_elsewhere = any(
                (b := _body_in(other.norm, ctx)) is not None and b[0] != _summit_slug(ctx)
                for other in sentences[:14]
            )
        if (
            found is None
            and leaders
            and not named_elsewhere
            and not _NOT_THIS.search(text[: leaders.end() + 40])
            # "The Group of Twenty Leaders' Summit met": another organization's leaders
            and not another_tabled(_name_around(text, leaders.start()), ctx.org)
        ):
            # "Mercosur presidents meeting in this western Argentine city on Friday suspended ...": a summit
            verb, found = verb or leaders, (_summit_slug(ctx), leaders.start())
        participle = _MINISTERS_MEETING.search(text)
        if (
            # (the body the sentence names may be those ministers' own: "the Xyz Ministers of Foreign Affairs
            # meeting in Accra" names it and tells it held)
            (found is None or found[0] == _foreign_ministers_body(ctx))
            and verb is None
            and participle
            and not _NOT_THIS.search(text[: participle.end() + 40])
            # whose ministers: the words that qualify them ("the EU foreign ministers meeting in ..."), not the sentence
            and not _anothers_ministers(_qualifier(text, participle.start()) + participle.group("who"), ctx)
        ):
            # "... won the backing of the Arab foreign ministers meeting in Cairo": their council sat there
            verb, found = participle, (_foreign_ministers_body(ctx), participle.start())
        ministers = _MINISTERS_MET.search(text)
        if (
            found is None
            and verb is not None
            and ministers
            and not _SUMMIT.search(purposeless)
            and not _anothers_ministers(text[: verb.end()], ctx)
        ):
            # "Arab foreign ministers gathered in an extraordinary session", "a session of the League's
            # council at ministerial level": the organization's council of foreign ministers
            found = (_foreign_ministers_body(ctx), ministers.start())
        clause = _HELD_CLAUSE.search(text)
        if found and clause and _NOT_THIS.search(text[: clause.start()]):
            # "The Council will meet next in Yerevan, ... told reporters after the Council's session in the
            # Tajik capital on Thursday": the meeting held is the one the clause tells of
            text, verb = text[clause.start() :], clause
        # a sitting named by its day ("at Friday's session of the Council") is told by its own words, whatever
        # a reported clause before it says of the future ("X will chair the CIS in 2015, Y said at ...")
        said_before = text[verb.start() : verb.end()] if verb and verb.groupdict().get("dayof") else None
        if verb and verb.groupdict().get("onday"):
            # "agreed on Tuesday that X will chair the bloc in 2026, on the first day of the summit": the main clause
            # and the sitting's words, not the reported clause ("will sign it on the first day of the summit next
            # year" is a sitting to come)
            said_before = re.split(r"\bthat\b", text[: verb.start()], maxsplit=1)[0] + verb.group()
            if re.search(r"\bnext\s+(?:year|month|week)\b", text[verb.end() :], re.I):
                said_before += " next meeting"
        # the sentence up to a coordinated act of those who met ("... on Friday and agreed that their next session
        # will take place in Y in April 2012": that sitting, its date and its town are the next one's)
        coordinated = COORDINATED_ACT.search(text, verb.end()) if verb else None
        mine = text[: coordinated.start()] if coordinated else text
        if (
            not verb
            or not found
            or _NOT_THIS.search(said_before if said_before is not None else text[: verb.end()])
            or _OTHER_MEETING.search(mine, verb.end(), verb.end() + 80)
            or _ahead_of_it(text, verb, found)
            or _TO_COME.match(text, verb.start())  # "the Assembly, which meets in December next year"
        ):  # a modal after the verb tells the meeting's end ("opens today and will close on Wednesday")
            continue
        # the verb's own clause: a relative clause after it tells of something else ("held in X on Tuesday, after
        # hearing the report of the panel, which was set up last year")
        own_clause = text[: verb.end()] + _RELATIVE_CLAUSE.split(text[verb.end() :], maxsplit=1)[0]
        if _BACKGROUND.search(_SINCE_AGO.sub("", own_clause)) and not re.search(
            r"\b(?:today|this\s+week)\b", text, re.I
        ):
            continue  # the organization's history, not the meeting reported
        # (a relative clause of the place after the verb tells of it, not of the sitting: "held in Quito, where the
        # first cry of independence was heard on 10 August 1809")
        mine_own = mine[: verb.end()] + _RELATIVE_CLAUSE.split(mine[verb.end() :], maxsplit=1)[0]
        if _elsewhen(ctx, mine_own, spans=True) or _past_year_only(ctx, mine_own):
            continue  # "... opened for them in September 2021 at their Dushanbe summit": another meeting
        if _HAD_BEFORE.search(text[: verb.start()]) or _HAD_JUST_BEFORE.search(text[: verb.start()]):
            # "X passed it on in Brussels, where the prime ministers had gathered for the European Council": a
            # sitting told in a relative clause of the past perfect is the scene of something else, unless the
            # main clause tells it held ("The Summit, which the leaders had opened on 10 November, ended ...")
            later = next(
                (v for v in _HELD.finditer(text, verb.end()) if not _HAD_BEFORE.search(text[: v.start()])),
                None,
            )
            if later is None:
                continue
        if _another_orgs_sitting(ctx, mine):
            continue  # "thanked them for taking part in the CICA's anniversary summit in Astana": another's sitting
        body = found[0]
        opening, date = passage, _meeting_dates(ctx, mine)
        if (
            date is None
            and ctx.anchor.day is not None
            and any(d.kind.rstrip("?") in ("day", "days") for d in find_dates(text, ctx.anchor.year))
        ):
            opening = None  # "the Conference, which at its 22nd session, held ... on 25 March": a meeting weeks before
            continue
        if date is None:  # "... met in Minsk." and the day in the next sentence
            for nxt in sentences[sentences.index(passage) + 1 : sentences.index(passage) + 3]:
                if ctx.anchor.day is not None and (
                    not (_HELD.search(nxt.norm) or _BODY_ACTED.match(nxt.norm))
                    or re.search(r"\bhad\b", nxt.norm)
                ):
                    continue  # with a dateline, only a sentence telling the meeting itself dates it (or the body
                    # acting: "The board, which represents ..., reached its decision on Friday")
                # "... held its session in X on 22 and 23 July 2010, ahead of the 15th Summit": the words before
                # a sitting to come still date the one held, when its verb comes first
                blocked, held = _NOT_THIS.search(nxt.norm), _HELD.search(nxt.norm)
                words = (
                    nxt.norm[: blocked.start()]
                    if blocked and held and held.end() <= blocked.start()
                    else None
                )
                before_blocked = nxt.norm if not blocked else words
                date = _meeting_dates(ctx, before_blocked) if before_blocked else None
                if date:
                    break
            k = sentences.index(passage)
            lede = sentences[k - 1] if k > 0 else None
            if (
                lede is not None
                and k > 1
                and not find_dates(lede.norm, ctx.anchor.year)
                and find_dates(sentences[k - 2].norm)
                and re.match(r"(?:The|This|That)\s+[\w-]+\s+(?:took\s+place|was\s+held|came)\b", text)
            ):
                # "X took the oath on Friday, 7 June 2024 ... She is the first woman to hold the post. The
                # swearing-in took place during the Meeting of ...": the act the lede dated, a sentence between
                lede = sentences[k - 2]
            if date is None and lede is not None and lede.end > ctx.anchor.end:
                # "The OAS suspended Honduras late on Saturday. Meeting in a special session ..., member states
                # resolved to suspend ...": the sentence before tells the day of what the meeting did (its words
                # after the dateline; without a dateline's day, only a day written with its year)
                words = " ".join(ctx.doc.text[max(lede.start, ctx.anchor.end) : lede.end].split())
                if (
                    not re.search(r"\b(?:had|will|would)\b", words)
                    and not _NOT_THIS.search(words)
                    and not _DATE_ONLY.fullmatch(
                        words
                    )  # "August 21": a date line, the text's day, tells no act
                    and not _HELD_NO_MEETING.search(words)
                    and not _HELD_OBJECT_BEFORE.search(
                        words
                    )  # "the elections that Fiji held on 17 September"
                ):
                    date = _meeting_dates(ctx, words)
                    if date is not None and ctx.anchor.day is None and not re.search(r"\b\d{4}\b", words):
                        date = None
        place = _place(ctx, mine)
        k = sentences.index(passage)
        # the sentences next to it, a byline or a date line between them not counted ("Headline / By X, Nov 12,
        # 2011 / The summit concluded ... in Addu"), and the headline above it when the text opens with it
        told = [s for s in sentences if not is_byline(s)]
        j = sum(1 for s in told if s.start < passage.start)  # the passage's place among them
        around = told[max(0, j - 2) : j + 2]
        if j > 0 and told[0] not in around and told[0].end <= passage.start and j <= 4:
            around.append(told[0])
        for other in around:
            if place is None and other is not passage and not _NOT_THIS.search(other.norm):
                near_place = _place(ctx, other.norm, here=False)
                if (
                    near_place
                    and _state_of(near_place)
                    and not _MEETING_NOUN.search(other.norm)
                    and not _HOSTED.search(other.norm)
                ):
                    continue  # "... in protest at the intervention in Somalia": a state a sentence beside names
                    # without the meeting is no host
                if near_place and re.search(
                    r"\b(?:attacks?|bombings?|blasts?|explosions?|war|fighting|clashes|violence|crisis|earthquake"
                    rf"|floods?|massacre|killings?)\b[^.;]{{0,40}}?\bin\s+{re.escape(near_place)}\b",
                    other.norm,
                    re.I,
                ):
                    continue  # "a reference to the attack in Jammu": a town where something else happened
                place = near_place
        # a headline or a lede that names no town (or only its state: "ECO summit in Azerbaijan"), then a
        # sentence that tells the sitting held ("... was held on 3-4 July 2025 in Khankendi, Azerbaijan")
        # an opening read late in the text ("Decisions adopted at the summit ...", after a lede that tells a
        # head of state taking part by video link) and a sentence before it that tells the sitting held ("The
        # meeting was held in Dushanbe under the chairmanship of ..."): no history, no past perfect there
        before = [
            s
            for s in told[max(0, j - 8) : max(0, j - 2)]
            if s.end > ctx.anchor.end and not _BACKGROUND.search(s.norm) and not re.search(r"\bhad\b", s.norm)
        ]
        for other in [*told[j + 1 : j + 9], *before] if place is None or _state_of(place) else ():
            if (
                _HELD.search(other.norm)
                and _MEETING_NOUN.search(other.norm)
                and not _NOT_THIS.search(other.norm)
                # "when the bloc was set up in 1997, she attended its first summit in X": a past sitting's town
                and not _past_year_only(ctx, other.norm)
                # "recalls the decision of the Assembly at its session held in Malabo from 27 to 28 June 2014",
                # in the communique of a sitting of 25 November 2014: another sitting's days, its town
                and not _other_days(other.norm, date, ctx)
            ):
                sitting = _body_in(other.norm, ctx)
                if (
                    sitting is not None
                    and sitting[0] not in (body, _summit_slug(ctx))
                    and not SITTING_ONLY.fullmatch(sitting[0])
                ):
                    continue  # "the Council of Foreign Ministers, which met in Jeddah": another body's sitting
                town = _place(ctx, other.norm, here=False)
                if town is not None and not _state_of(town):
                    place = town
                    around.append(other)  # where its state is read too ("Khankendi, Azerbaijan")
                    if date is None and not _BACKGROUND.search(other.norm):
                        date = _meeting_dates(ctx, other.norm)  # "The summit took place on 17 August in X"
                    break
        if (
            place is None
            and not _VIRTUAL.search(text)
            and ctx.anchor.place
            and (
                city(ctx.anchor.place)
                or (ctx.anchor.region and _state_of(ctx.anchor.region.title()))
                # "CHOLPON-ATA, 3 September 2018 -- The summit got under way today at the cultural centre": a town
                # the gazetteer lacks, where the reporter is on the day the meeting sits ("today", "here")
                or (
                    not find_parties(ctx.anchor.place)
                    and re.search(r"\b(?:today|here|this\s+(?:morning|afternoon|evening))\b", text, re.I)
                )
            )
        ):
            place = (
                ctx.anchor.place
            )  # a report datelined where the meeting is (a town the gazetteer lacks, by
            # the state its dateline names: "The VILLAGE of BURABAY /KAZAKHSTAN/")
        break
    if opening is not None and body is not None:
        told_by = _body_the_next_names(ctx, sentences, opening, body, date)
        if told_by is not None:  # the sentence that names the body tells the meeting (its quote, its persons)
            body, opening, when_told = told_by
            date = when_told or date
            place = place or _place(ctx, opening.norm)
        # the body of those who sat: ministers or officials the sentence names, not the summit (sitters.py)
        k = sentences.index(opening)
        following = sentences[k + 1].norm if k + 1 < len(sentences) else ""
        body = sitters_body(ctx, third_person(opening.norm), body, following) or body
    title = sentences[0] if sentences else None
    if title is not None and (opening is None or place is None or date is None):
        m = _TITLE_PLACE.search(title.norm)
        if m and find_dates(m.group("rest")):
            place = place or m.group("place")
            if opening is None:
                title_date = find_dates(m.group("rest"))[0]
                body = resolve_body(title.norm[: m.start()].strip(" *"), ctx.bodies, ctx.org)
                if body:
                    opening, date = title, title_date
            elif date is None:
                date = find_dates(m.group("rest"))[0]
    if opening is None or body is None:  # none held: a body's act (sittings.py), else the lede's evidence
        if not acts:
            return find_meeting(ctx, acts=True)
        if headline:
            return []  # the headline read too, and nothing found
        from igo_timeline.extract.lede import lede_meeting  # the back-off stage reads this module's helpers

        backoff = lede_meeting(ctx)
        if backoff is None:
            # the headline and the lede read together: the body one names, the day and town the other tells
            # (sitting_choice.py)
            from igo_timeline.extract.sitting_choice import structural_sitting

            backoff = structural_sitting(ctx)
        if backoff is None and any(p.end <= ctx.anchor.start for p in sentences[:3]):
            # "Leaders' council sits informally at the palace" above a date line, and no sentence below it
            # telling the sitting: the headline's own words, dated by the dateline
            headline_read = find_meeting(ctx, acts=True, headline=True)
            if headline_read:
                return headline_read
        if backoff is None:
            # the sentence the learned weights score best, when it names a body and a day (sitting_model.py)
            from igo_timeline.extract.sitting_model import learned_sitting

            backoff = learned_sitting(ctx)
        if backoff is None:
            return []
        opening, body, date, place = backoff
    body = coreferent_body(ctx, body)  # "the Board" is the text's "Executive Board" (sittings.py)
    body = canon_body(body, ctx) or body  # as the project spells a body no table names (meeting_canon.py)
    if opening is not None and _DECLARANTS.match(opening.norm):
        body = _declarations_heading_body(ctx, opening) or body
    if opening is not None and body in ("ministerial-meeting", "joint-ministerial-meeting"):
        # "The Xyz's foreign ministers and those of the European Union held their third joint
        # ministerial meeting": the joint sitting with the other organization, named by it (eu-ministerial-meeting)
        partners = [
            p.value
            for p in find_parties(opening.norm, exclude=[ctx.org])
            if not is_state(p.value)
            and re.search(r"\band\s+(?:those\s+of\s+|of\s+)?(?:the\s+)?$", opening.norm[: p.start])
        ]
        if len(partners) == 1:
            body = f"{partners[0]}-ministerial-meeting"
    if opening is not None and date is None:
        date = _day_told_later(ctx, sentences, opening, body)
    if opening is not None:
        date = _widen(ctx, sentences, opening, date, body)
        date = _stage_days(ctx, sentences, opening, body, date)
        date = _own_day(ctx, sentences, opening, date)
    if date is None and ctx.anchor.day is None and opening is not None:
        date = _weekday_of_a_day_told(ctx, sentences, opening)
    inferred = None
    when: str | None = None
    unresolved = ""
    if date is None:
        if ctx.anchor.day is None:
            # a meeting whose day no year supports: held back as date-unresolved, with what else it says
            unresolved = "date unresolved: the text states no year for the meeting's day (give --published)"
        elif (month := _month_before_dateline(ctx, opening.norm)) is not None:
            # "an extraordinary summit met in Addis Ababa at the end of January" in a report of 6 February: the
            # month the text names, not the dateline's day
            when = month
            inferred = f"the text names no day for the meeting, only its month ({month})"
        else:
            when = ctx.anchor.day.isoformat()
            inferred = f"the text names no day for the meeting; {when} is the day of its dateline"
    else:
        when = date.edtf
        if date.kind.endswith("?"):
            inferred = (
                "the day is written without a year (or relative to the dateline): the year is the dateline's"
                + (f" ({ctx.anchor.year_why})" if ctx.anchor.year_inferred and ctx.anchor.year_why else "")
            )
    place = _dateline_town(ctx, place, opening)
    if not _VIRTUAL.search(opening.norm):
        # the sitting's town read across the whole text (headline, dateline, lede, body): a town where the first
        # reading found none, or a clearly stronger one where it found another (sitting_choice.py)
        from igo_timeline.extract.sitting_choice import choose_place, mentions

        place = choose_place(ctx, mentions(ctx), body, date, place)
        place = _venue_told_after(ctx, opening) or place
    if place:
        place = venue_noun_dropped(
            place
        )  # "at Vihula Manor in Abc": the venue's noun is no part of the town's name
    region = ctx.anchor.region
    if place and region and ctx.anchor.place and place.casefold() == region.casefold():
        place = (
            f"{ctx.anchor.place}, {region}"  # "BENAULIM, Goa" and "in the state of Goa": the dateline's town
        )
    event: dict[str, Any] = {"type": "MeetingHeld", "org": ctx.org, "body": body}
    if when is not None:
        ctx.meeting = Meeting(body, when, when.split("/")[-1])
        event["date"] = when
    name = _meeting_name(opening.norm)
    if name:
        event["name"] = name
    if place:
        event["place"] = place
        host = find_parties(place, exclude=[ctx.org])
        if host and host[0].start > 0 and city(place):
            host = []  # "Port of Spain": a city whose name holds a state's
        if host and is_state(host[0].value):
            event["host"] = host[0].value
            if not _city_state(
                place, host[0].value
            ):  # "in Singapore", "in Djibouti": the city is the state's
                event.pop("place")
            there = city(ctx.anchor.place, prefer=[host[0].value]) if ctx.anchor.place else None
            in_state = bool(
                ctx.anchor.place
                and ctx.anchor.region
                and not there
                and _state_of(ctx.anchor.region.title()) == host[0].value
            )  # a town the gazetteer lacks, in the state its dateline names ("BURABAY /KAZAKHSTAN/")
            if (
                "place" not in event
                and (
                    there
                    and there[1] == host[0].value
                    or in_state
                    or _capital_short(ctx, place, host[0].value)
                )
                and not _VIRTUAL.search(opening.norm)
            ):
                event["place"] = (
                    ctx.anchor.place
                )  # "Zambia played host to the summit" under a LUSAKA dateline
        else:
            near = [
                p.value
                for p in find_parties(f"{opening.norm} {ctx.anchor.region or ''}", exclude=[ctx.org])
                if is_state(p.value)
            ]
            gazetteer = city(place, prefer=near)  # "in Victoria, Seychelles": the city of the state named
            lined = _dateline_names(ctx, place)
            if lined and (gazetteer is None or gazetteer[1] != lined[1]):
                # "MARGARITA ISLAND, Venezuela --" over "on the island of Margarita": the dateline names the town
                # (more fully) with its state; a namesake of another state in the gazetteer is not it
                event["place"], event["host"] = lined
            elif gazetteer:
                event["host"] = gazetteer[1]
                beside = _state_beside(place, [opening, *around])
                if beside and beside != gazetteer[1]:
                    # "in Mbinda, Equatorial Guinea": the state the text names beside the town, not another
                    # state's town of that name in the gazetteer
                    event["host"] = beside
            elif ctx.anchor.region and ctx.anchor.place and place.casefold() == ctx.anchor.place.casefold():
                # "AL-ULA, Saudi Arabia --" and the meeting there: the dateline's state hosts it
                hosts = [p.value for p in find_parties(ctx.anchor.region) if is_state(p.value)]
                if hosts:
                    event["host"] = hosts[0]
    if place and "place" not in event and event.get("host") and not _VIRTUAL.search(opening.norm):
        # "The Forum's meeting came to a close in Tonga" and "..., who arrived in Nuku'alofa on Tuesday": the
        # one town of the host state the text names is the meeting's (none when it names two)
        towns = _towns_of(ctx, event["host"])
        if len(towns) == 1:
            event["place"] = towns.pop()
    if "host" not in event and place:
        named_state = _state_beside(place, [opening, *around])
        if named_state:
            event["host"] = named_state
    acting = _ACTING_HOST.search(opening.norm)
    if "host" not in event and acting:
        who = [p for p in find_parties(acting.group("who"), exclude=[ctx.org]) if is_state(p.value)]
        if who:
            event["host"] = who[-1].value
    hosting = _STATE_HOSTED.search(opening.norm)
    if "host" not in event and hosting:
        # "The Republic of Abc, under the chairmanship of its President, hosted the 17th Summit": the state that
        # hosted it, the sentence's subject
        who = [p for p in find_parties(hosting.group("who"), exclude=[ctx.org]) if is_state(p.value)]
        if len(who) == 1:
            event["host"] = who[0].value
    if "host" not in event:
        hosted = re.search(
            r"\b(?:hosted|chaired|presided over)\s+by\s+(?:the\s+)?(?P<who>[A-Z][^,.;]*)", opening.norm
        )
        if hosted:
            who = [p for p in find_parties(hosted.group("who"), exclude=[ctx.org]) if is_state(p.value)]
            if who:
                event["host"] = who[0].value
    if "host" not in event and place and not city(place):
        # a town the gazetteer lacks ("gathered in Gabala"), and the sentence beside it names the state that
        # hosted ("President X of Azerbaijan hosted the meeting")
        for said in around:
            states = [
                p.value
                for h in _HOSTED.finditer(said.norm)
                for p in find_parties(h.group("place"), exclude=[ctx.org])
                if is_state(p.value)
            ]
            if len(set(states)) == 1:
                event["host"] = states[0]
                break
    at = sentences.index(opening) if opening in sentences else -1
    following = " ".join(p.norm for p in sentences[at + 1 : at + 3]) if at >= 0 else ""
    remote = _HELD_REMOTELY.search(opening.norm) or (
        not _VIRTUAL.search(opening.norm) and _HELD_REMOTELY.search(following)
    )
    if (
        event.get("place")
        and remote
        # (not a town the sitting is told in: "met in Abc by video link with ...")
        and not re.search(
            rf"\b(?:met|meeting|held|gathered|convened|hosted|summit|session)\b[^.;]{{0,60}}?\b(?:in|at)\s+"
            rf"(?:the\s+)?{re.escape(event['place'])}\b",
            opening.norm,
        )
        # (a hybrid sitting: "the only leader who travelled to Santiago", told right after, keeps its town)
        and not re.search(rf"\b(?:travell?ed|came|flew|went)\s+to\s+{re.escape(event['place'])}\b", following)
    ):
        # "Arab foreign ministers condemned the attacks in Jerusalem. The ministers met in an extraordinary session
        # of the Council, held by video conference": a sitting held remotely has no town (the lede's is another's)
        remote_town = city(event["place"])
        if remote_town is not None and event.get("host") == remote_town[1]:
            event.pop("host")  # (the state of that town, no host of the sitting either)
        event.pop("place")
    if event.get("place"):  # "Ha Noi" is the gazetteer's Hanoi: one town, one name across texts
        event["place"] = gazetteer_spelling(event["place"])
    more: list[dict[str, Any]] = []
    # the attendance module imports this module's helpers: imported here, not at the top
    from igo_timeline.extract.attendance import _a_town, _attendance, _chair, _jointly

    co_chairs = _jointly(ctx, more)
    chair = co_chairs[0] if co_chairs else _chair(ctx, more)
    if chair and _a_town(ctx, chair["person"]):
        chair = None  # "Phnom Penh, June 18: The forum ... opened": the dateline's town, no one who chaired
    if chair:
        event["chair"] = chair
        if "host" not in event and chair.get("party") and not _OFFICIAL.search(chair.get("role", "")):
            event["host"] = chair["party"]  # the genre's chair is the host's head of state
    out: list[Candidate] = []
    others = _other_meetings(ctx, sentences, opening, body, when) if when is not None else []
    if when is not None:  # a council ahead of the summit, the summit after it, a retreat (sittings.py)
        others += companion_meetings(ctx, sentences, opening, body, when, others)
        others = [(p, coreferent_body(ctx, b), d) for p, b, d in others]
        # "The 9th Meeting of the Xyz Council of Ministers" over "the Xyz's Council of Ministers of Foreign Affairs
        # met for the 9th time ...": a headline's short name of the body the lede names in full,
        # the same day (one sitting, its full name)
        fuller = [o for o in others if o[1].startswith(f"{body}-of-") and o[2].edtf == when]
        if fuller:
            body = event["body"] = fuller[0][1]
            ctx.meeting = Meeting(body, when, when.split("/")[-1])
            others = [o for o in others if o is not fuller[0]]
    after = attended_after(sentences, others)  # "It was attended by ...": the meeting told just before
    skip = frozenset(p.start for p, _, _ in others).union(*after.values())
    participants = _attendance(
        ctx, opening, more, out, skip=skip, host=event.get("host"), sitting=sitters(body)
    )
    if chair and "party" not in chair and event.get("host") and not _OFFICIAL.search(chair.get("role", "")):
        chair["party"] = event["host"]  # the genre's chair is the host's head of state (not an official)
    for co_chair in co_chairs[1:]:  # the other co-chair attended too
        if not any(p["person"] == co_chair["person"] for p in participants):
            participants.append({k: v for k, v in co_chair.items() if k in ("person", "role", "party")})
    if chair and not any(p["person"] == chair["person"] for p in participants):
        # a state's chair is its head unless the chair's own office says otherwise ("the Deputy Chairman of ...")
        head = (
            chair.get("party")
            and is_state(chair["party"])
            and not re.search(
                r"\b(?:Deputy|Vice|Minister|Ambassador|Envoy|Representative|Advis[eo]r|Secretary|Governor|Director"
                r"|Commissioner)\b",
                chair["role"],
                re.I,  # "the Andorran minister X in the chair": an office in lower case too
            )
        )
        entry = {"person": chair["person"], "role": "head of state" if head else chair["role"]}
        participants.insert(0, {**entry, **({"party": chair["party"]} if chair.get("party") else {})})
    for entry in [*participants, *([chair] if chair else [])]:
        entry["person"] = _full_name(ctx, entry["person"])
    unique: dict[str, dict[str, Any]] = {}
    for entry in participants:
        unique.setdefault(entry["person"], entry)
    participants = list(unique.values())
    event["participants"] = participants
    quoted = opening
    if opening.start < ctx.anchor.end < opening.end:  # the dateline is no part of what the sentence says
        rest = Passage(ctx.doc.text, ctx.anchor.end, opening.end)
        quoted = rest.sub(0, len(rest.norm))
    event["source"] = ctx.source(quoted, inferred=bool(inferred), note=inferred)
    if more:
        event["more_sources"] = more
    if when is None:
        return [Candidate("unresolved", event, note=unresolved, kind="date-unresolved"), *out]
    main = ctx.meeting
    second: list[Candidate] = []
    for passage, other_body, other_date in others:
        second.extend(
            _second_meeting(
                ctx, passage, other_body, other_date, event, after.get(passage.start, frozenset())
            )
        )
    ctx.meeting = main
    return [Candidate("event", event), *second, *out]


# an official of an organization, who represents no state
_OFFICIAL = re.compile(
    r"\b(?:Secretary[\s-]+General|Executive\s+Secretary|Secretary|Director[\s-]+General|Commissioner|Commission|Secretariat"
    r"|High\s+Representative|Special\s+Representative|Ombudsman|Registrar|of\s+the\s+organization)\b",
    re.I,
)


_NOT_A_FORENAME = re.compile(
    r"(?:President|Prime|Minister|Mrs?|Ms|Dr|King|Queen|Emir|Sultan|Sheikh|Chair\w*|Secretary|General|Vice|Deputy|"
    r"Ambassador|Senator|The|And|Of|Former|Acting|Interim|Foreign|Premier|Chancellor|Governor|Prince|Princess)$"
)


# who met, by rank: "Foreign ministers of ...", "The defence ministers of the member states ..."
_MINISTERS_SUBJECT = re.compile(
    r"(?:The\s+|the\s+)?(?:[A-Z][\w'’-]*\s+){0,2}?(?i:(?:foreign|defen[cs]e|finance|trade|economy|economic|health"
    r"|agriculture|energy|interior|justice)\s+ministers|ministers\s+of\s+foreign\s+affairs)\b"
)


# "It is held by the host of the summit", "The presidency of the Council is held by Ghana": an office or a seat
# held by its holder, not a sitting held (a sitting is held "by videoconference", or hosted by its host)
_HELD_BY = re.compile(
    r"\bheld\s+by\s+(?!video|tele|satellite|web|zoom|conference\s+call|(?:an?\s+)?(?:online|virtual)\b)", re.I
)
_SITTING_SUBJECT = re.compile(
    r"\b(?:summit|meeting|session|conference|sitting|talks|forum|congress|assembly|retreat|consultations?)s?"
    r"\b[^,;]{0,60}$",
    re.I,
)


def _held_by_a_holder(text: str, verb: re.Match[str]) -> bool:
    """Whether the verb is "held by" someone with no sitting as its subject (:data:`_HELD_BY`)."""
    by = next(_HELD_BY.finditer(text, verb.start(), verb.end() + 12), None)
    return by is not None and not _SITTING_SUBJECT.search(text[: by.start()])


def _full_name(ctx: Context, name: str) -> str:
    """A person named short ("Mrs Johnson Sirleaf") by the one fuller form the text gives ("Liberian
    President Ellen Johnson Sirleaf")."""
    if len(name.split()) > 2 or name in ctx.known_persons:
        return name
    if not re.search(rf"\b(?:Mrs|Mr|Ms|Madam|Mme)\.?\s+{re.escape(name)}\b", ctx.doc.text):
        return name  # only a name written short after an honorific is someone named more fully elsewhere
    fuller = {
        m.group(1)
        for m in re.finditer(rf"\b([A-Z][\w'’-]+)\s+{re.escape(name)}\b", ctx.doc.text)
        if not _NOT_A_FORENAME.match(m.group(1)) and not find_parties(m.group(1))
    }
    return f"{fuller.pop()} {name}" if len(fuller) == 1 else name


def _meeting_name(sentence: str) -> str | None:
    m = re.search(
        r"\b(?:the\s+)?((?:Meeting|Session|Summit)\s+of\s+the\s+.*?)(?:\s+\([A-Z]{2,6}\))?\s+(?:was|were|took|has)\b",
        sentence,
    )
    return m.group(1) if m else None


_ISLAND_WORD = r"(?:island|isle|islands|atoll)"


def _dateline_names(ctx: Context, place: str) -> tuple[str, str] | None:
    """The dateline's town and the one state its region names, when that town is the meeting's place, named as
    the place is or with an island's word ("MARGARITA ISLAND, Venezuela" for "the island of Margarita")."""
    town, region = ctx.anchor.place, ctx.anchor.region
    if not town or not region:
        return None
    mine, theirs = place.casefold(), town.casefold()
    if theirs != mine and not re.fullmatch(
        rf"{re.escape(mine)}\s+{_ISLAND_WORD}|(?:isla|island\s+of)\s+{re.escape(mine)}", theirs
    ):
        return None
    hosts = {p.value for p in find_parties(region) if is_state(p.value)}
    if len(hosts) != 1:
        return None
    return (title_cased(town) if in_capitals(town) else town), hosts.pop()


def _state_beside(place: str, said: list[Passage]) -> str | None:
    """The state a sentence names right beside the town: "in Djibloho, Equatorial Guinea", "in the Addu city in
    Maldives"."""
    for passage in said:
        for rx in (_PLACE_STATE, _PLACE_IN_STATE):
            for b in rx.finditer(passage.norm):
                if b.group("place") == place:
                    state = _state_of(b.group("state"))
                    if state:
                        return state
        # "on the Venezuelan island of Margarita", "in Egypt's Red Sea resort of Sharm": the state's adjective or
        # possessive before the town's descriptor
        for b in re.finditer(
            rf"\b(?P<state>[A-Z][\w'’]+?)(?:['’]s)?\s+(?:[A-Z]?[a-z]+\s+){{0,3}}?(?:island|city|town|resort|port"
            rf"|capital|village|oasis|atoll)\s+of\s+{re.escape(place)}\b",
            passage.norm,
        ):
            state = _state_of(b.group("state"))
            if state:
                return state
        # "in Bagan, the ancient city of temples on the river in north-central Myanmar": the town's apposition
        # ends in its region of a state (no other "in" between)
        at = passage.norm.find(f"{place}, ")
        after = passage.norm[at + len(place) : at + len(place) + 100] if at >= 0 else ""
        region = _APPOSED_REGION.match(after)
        if region:
            state = _state_of(region.group("state"))
            if state:
                return state
    return None


_APPOSED_REGION = re.compile(
    r",\s+(?:the|a|an)\s+(?:(?!\bin\b)[^,;.])*?\s+in\s+(?:the\s+)?"
    r"(?:(?:north|south|east|west|central|northern|southern|eastern|western)(?:[- ](?:central|east|west|eastern|western))?\s+)?"
    r"(?P<state>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\b"
)


def _org_named(ctx: Context) -> bool:
    """Whether the text names the organization itself (its name, slug or abbreviation)."""
    return _names_own_org(ctx.doc.text, ctx)


def _other_days(text: str, date: DateMatch | None, ctx: Context) -> bool:
    """Whether ``text`` states days (with their year) that are not the meeting's: none within its ``date``, or,
    its day not read yet, all of them far from the dateline's day (``_far_day``)."""
    days = [m for m in find_dates(text) if m.kind in ("day", "days")]
    if not days:
        return False
    if date is None:
        return ctx.anchor.day is not None and all(_far_day(ctx, m) for m in days)
    if date.kind not in ("day", "days"):
        return False
    first, last = date.edtf.split("/")[0], date.edtf.split("/")[-1]
    return not any(m.edtf.split("/")[0] <= last and first <= m.edtf.split("/")[-1] for m in days)
