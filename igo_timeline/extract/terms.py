"""Terms of office: when a mandate starts and ends, read from the words near an election.

"for a four-year term beginning 1 January", "from 2021 to 2025", "until the end
of June": the grammar gives an EDTF start and end, or an inference from the day
of the decision when only a length is told. Appointments and presidencies both
read terms, so the grammar has its own module.
"""

from __future__ import annotations

import datetime as dt
import re

from igo_timeline.extract.dates import dates_near, find_dates, years_interval

_TERM_YEARS = re.compile(
    r"\b(?P<n>one|two|three|four|five|six|\d)[\s-]+year\s+(?:term|period|mandate)\b.*?\b(?:from|starting|beginning|as\s+of|effective)\s+"
    r"|\bfor\s+(?:a\s+period\s+of\s+)?(?P<n2>one|two|three|four|five|six|\d)\s+years?\s+(?:from|starting|beginning|as\s+of|effective)\s+",
    re.I,
)
_NUMBERS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}


_WEEKDAY_BEFORE_DAY = re.compile(
    r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+(?=\d{1,2}\s+[A-Z][a-z]|[A-Z][a-z]+\.?\s+\d{1,2}\b)"
)


_LEFT_CLAUSE = re.compile(
    r",?\s+(?:who|whose\s+term)\s+(?:had\s+|has\s+)?(?:stepped\s+down|resigned|left|retired|died|was\s+dismissed"
    r"|was\s+removed|quit|ended)\b[^,;.]*"
    # "will replace X, who took office on 1 March 2026": the predecessor's clause, whatever it tells
    r"|(?<=\b(?:replace|succeed)\s)[^,;.]{2,60},\s+who\b[^,;.]*"
    r"|(?<=\bover\sfrom\s)[^,;.]{2,60},\s+who\b[^,;.]*"
)


def _term(text: str, start: int, near: dt.date | None = None) -> tuple[str | None, str | None]:
    """A term of office and, when its year was not written, why the year is the one given (else None).

    "from 1 January 2013 to 31 December 2015", "for 2025-2027", "a three-year term from 1 January 2022"; and
    the general grammar :func:`term_grammar` reads (a start, an end or a length, in any order). A weekday
    before a day ("will begin on Tuesday, April 9, 2019") is no part of the day."""
    done = bool(_TOOK_UP_DONE.search(text))  # the whole sentence: "has become X, taking office in January"
    text, start = _WEEKDAY_BEFORE_DAY.sub("", text[start:]), 0
    # "is to succeed X, who resigned in May": the day of the one left, told in a relative clause
    text = _LEFT_CLAUSE.sub(lambda m: " " * len(m.group()), text)
    found, why = _term_fixed(text, start, near)
    if found is not None and not found.endswith("/.."):
        return found, why
    general, why_ = term_grammar(text[start:], near, done=done)
    if general is not None and (found is None or not general.endswith("/..")):
        return general, why_
    return found, why


def _term_fixed(text: str, start: int, near: dt.date | None = None) -> tuple[str | None, str | None]:
    rest = text[start:]
    for d in find_dates(rest):
        if d.kind == "days" and "/" in d.edtf:
            return d.edtf, None
    for d in find_dates(rest):
        if d.kind == "years" and re.search(
            r"\b(?:for|of|from|in)\s+(?:the\s+)?(?:period\s+(?:of\s+)?)?$", rest[: d.start]
        ):
            office = re.search(
                r"\btake[sn]?\s+office\s+on\s+(?P<day>\d{1,2}\s+\w+(?:\s+\d{4})?|\w+\s+\d{1,2}(?:,?\s+\d{4})?)",
                rest,
            )
            first_year = d.edtf.split("/")[0][:4]
            days = (
                [x for x in find_dates(office.group("day"), int(first_year)) if x.kind.rstrip("?") == "day"]
                if office
                else []
            )
            if days:  # "for the 2025-2028 term and will take office on 15 March": from that day, to that year
                return f"{days[0].edtf}/{d.edtf.split('/')[-1][:4]}", None
            return years_interval(d.edtf), None
    for d in find_dates(rest[:80]):
        if (
            d.kind == "year"
            and re.search(r"^[^.;]*?\bfor\s+(?:the\s+(?:calendar\s+)?year\s+)?$", rest[: d.start])
            and not re.match(r"\s*[-–/]", rest[d.end :])
        ):  # "elected President of the Council for 2024": that calendar year
            return f"{d.edtf}/{d.edtf}", None
    span = re.search(
        r"\b(?:take\s+office|from|starting|as\s+of|beginning)\s+(?:on\s+)?(?P<first>(?:\d{1,2}\s+\w+|\w+\s+\d{1,2}),?\s+\d{4})\b.*?"
        r"\b(?:until|to|till|through)\s+(?:the\s+end\s+of\s+)?(?P<last>(?:(?:\d{1,2}\s+\w+|\w+\s+\d{1,2}),?\s+)?\d{4})\b",
        rest,
    )
    if span:
        starts = [d for d in find_dates(span.group("first")) if d.kind == "day"]
        ends = find_dates(span.group("last"))
        if starts and ends:
            end = ends[0].edtf if ends[0].kind == "day" else f"{ends[0].edtf[:4]}-12-31"
            return f"{starts[0].edtf}/{end}", None
    m = _TERM_YEARS.search(rest)
    if m:
        days = [d for d in find_dates(rest[m.end() :]) if d.kind == "day"]
        why = None
        if not days and near is not None:  # "... starting on 1 May": the first such day around the text's own
            first_words = re.match(
                r"\s*(?:on\s+)?(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2})\b", rest[m.end() :]
            )
            if first_words:
                days = [d for d in dates_near(rest[: m.end() + first_words.end()], near) if d.kind == "day?"][
                    -1:
                ]
                why = _inferred_why(near) if days else None
        if days:
            first = dt.date.fromisoformat(days[0].edtf)
            n = m.group("n") or m.group("n2")
            years: int = _NUMBERS.get(n.lower()) or int(n)
            try:
                last = first.replace(year=first.year + years) - dt.timedelta(days=1)
            except ValueError:
                return None, None
            return f"{first.isoformat()}/{last.isoformat()}", why
    begins = _TERM_START.search(rest)
    days = [d for d in find_dates(begins.group("day")) if d.kind == "day"] if begins else []
    if days:  # "as of 1 January 2020; ... the post is held for three years": from that day, so long
        first = dt.date.fromisoformat(days[0].edtf)
        length = _TERM_LENGTH.search(rest)
        if length is None:
            return f"{first.isoformat()}/..", None
        held = _length_years(length)
        if held is None:
            return f"{first.isoformat()}/..", None
        return f"{first.isoformat()}/{_plus_years(first.isoformat(), held)}", None
    return None, None


# a taking up of an office told as done: the month it names without a year is the last one, not the next
_TOOK_UP_DONE = re.compile(
    r"\b(?:(?:has|have)\s+(?:become|taken\s+(?:up|over|office|charge)|assumed)|became|took\s+(?:up|over|office|charge)"
    r"|assumed\s+(?:office|(?:his|her|the)\s+(?:post|duties|office)))\b",
    re.I,
)


# a sentence's own verb of taking up an office ("will take office on", "will begin her five-year term on")
_TERM_VERB = re.compile(
    # (a successor's first day: "will succeed X on 1 March", "will take over in 2031 from X")
    r"\b(?:will|shall|is\s+to|are\s+to)\s+(?:take\s+office|take\s+up|assume|start|begin|serve|take\s+over|replace|succeed)\b"
    # told done: "X assumed his duties on 25 October", "has taken up her post"
    r"|\b(?:took|assumed|(?:has|have|had)\s+(?:taken|assumed))\s+(?:up\s+)?(?:office|(?:his|her|their|the)\s+(?:post|duties|functions|office|position))\b",
    re.I,
)
_TERM_START = re.compile(
    r"\b(?:as\s+of|with\s+effect\s+from|effective(?:\s+from)?|starting(?:\s+on|\s+from)?|beginning(?:\s+on)?|from"
    # "will start work on 1 October 2024", "takes office on", "take up her duties on"
    r"|(?:start|starts|begin|begins|take\s+up|takes\s+up|assume|assumes)\s+(?:work|office|duties|(?:his|her|their|the)\s+(?:(?:\w+|\d+)[\s-]+year\s+)?(?:post|duties|term|mandate|functions))\s+on"
    r"|(?:take|takes)\s+office\s+on)\s+"
    r"(?P<day>\d{1,2}\s+[A-Z][a-z]+\.?,?\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4})",
)
_TERM_LENGTH = re.compile(
    r"\b(?P<n>one|two|three|four|five|six|\d)[\s-]+year\s+(?:term|period|mandate)\b"
    # "for three years", "for a term of three years", "for the next three years", "for another four years"
    r"|\bfor\s+(?:a\s+(?:period|term)\s+of\s+|the\s+(?:next|coming|following)\s+|another\s+|a\s+further\s+)?(?P<n2>one|two|three|four|five|six|\d)\s+years?\b"
    # "will serve a first term of two years"
    r"|\b(?:term|mandate|tenure)\s+of\s+(?P<n3>one|two|three|four|five|six|\d)\s+years\b",
    re.I,
)


_NUM = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
# how long a term is: "a four-year term", "an initial five-year mandate", "a term of three years", "for four years"
_LENGTH = re.compile(
    rf"\b(?P<n>{_NUM})[\s-]+years?(?:[\s-]+long)?\s+(?:[a-z]+\s+)?(?:term|period|mandate|tenure|appointment)\b"
    rf"|\b(?:term|mandate|tenure|period)\s+of\s+(?:office\s+of\s+)?(?P<n2>{_NUM})\s+years\b"
    rf"|\bfor\s+(?:a\s+(?:[a-z]+\s+)?(?:period|term)\s+of\s+|the\s+(?:next|coming|following)\s+|another\s+|a\s+further\s+)?(?P<n3>{_NUM}|a)\s+(?:more\s+|further\s+)?years?\b",
    re.I,
)
# what a length's own clause tells of a time gone by or of another term: "has lived there for five years",
# "had served for six years", "ended her first five-year term"
_PAST_LENGTH = re.compile(
    r"\b(?:has|have|had)\s+(?:been\s+|already\s+)?(?:\w+ed|lived|led|held|been|worked|run|spent|taught|built)\b[^.;,]{0,60}$"
    r"|\b(?:ended|completed|finished|served|spent|during|over|after)\s+(?:his|her|their|its|the|a)?\s*(?:first|previous|past|last|current)?\s*$"
    r"|\b(?:first|previous|past|last|current|present|outgoing|former)\s+$",
    re.I,
)


def new_lengths(words: str) -> list[re.Match[str]]:
    """The lengths of a term to come in ``words`` (``_LENGTH``), not those their clause tells as gone by
    ("has worked there for five years") or as another term ("her first five-year term")."""
    return [
        m
        for m in _LENGTH.finditer(words)
        if not _PAST_LENGTH.search(re.split(r"[.;]\s", words[max(0, m.start() - 80) : m.start()])[-1])
    ]


def new_length(words: str) -> re.Match[str] | None:
    """The first of :func:`new_lengths`, or None."""
    return next(iter(new_lengths(words)), None)


# what stands right before a term's first day or month: "from", "starting (on)", "take office on", "will start
# an initial four-year term on", "his mandate begins on", "assumes her duties in"
_START_CUE = re.compile(
    r"(?:\b(?:from|as\s+of|starting|beginning|commencing|effective|with\s+effect\s+from"
    r"|(?:took|takes|take|taking|will\s+take)\s+effect)(?:\s+(?:on|in|from))?"
    r"|\b(?:take|takes|took|taken|taking|assume|assumes|assumed|assuming)\s+(?:up\s+)?(?:office|(?:(?:his|her|their|the)\s+)?(?:post|duties|functions|office|position|seat))"
    # "take up her post at the Secretariat in Vienna on 1 March": where, then when; "at the session of the
    # Standing Committee on 2 May": the sitting named by its body
    r"(?:\s+(?:at|in)\s+(?:the\s+)?(?:(?:opening|session|meeting|sitting)\s+of\s+(?:the\s+)?)?[A-Z][^.;,\d]{0,80}?)?"
    # "took up his post as Secretary-General of the Xyz on 1 January": the office between the verb and the day
    r"(?:\s+as\s+(?:the\s+)?(?:new\s+)?[A-Z][\w'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’.-]*){0,6})?"
    # "will take office for a five-year term on 19 December": the length between the verb and the day
    r"(?:\s+for\s+(?:a|an|another|the|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:term|mandate|period)(?:\s+of\s+office)?)?"
    r"(?:\s+(?:on|in))?"
    # "taking charge of its Beijing-based secretariat in January": the charge of the office's seat
    r"|\b(?:take|takes|took|taken|taking)\s+(?:over\s+)?charge(?:\s+of\s+(?:the|its|his|her)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:secretariat|office|post|organi[sz]ation|commission))?(?:\s+(?:on|in))?"
    r"|\b(?:start|starts|begin|begins|commence|commences|take\s+up|takes\s+up)\s+(?:work|office|duties|(?:(?:his|her|their|the|an?|its)\s+)?(?:[\w-]+\s+){0,3}?(?:term|mandate|post|duties|functions|tenure))"
    # "will start her four-year term of office as Secretary-General on 1 January": the office between
    r"(?:\s+of\s+office)?(?:\s+as\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,5}?[\w'’.-]+)?(?:\s+(?:on|in))?"
    # "his term begins on", "her five-year term began on", "the four-year appointment begins on 2 May"
    r"|\b(?:term|mandate|tenure|appointment|chairmanship|presidency),?\s+(?:[\w-]+,?\s+){0,8}?(?:begins?|began|starts?|started|commences?|commenced|runs?\s+from|ran\s+from)(?:\s+(?:on|in|from))?"
    # "takes over the (rotating) chairmanship on 1 January", "will assume the presidency in July"
    r"|\b(?:take|takes|took|taking|assume|assumes|assuming)\s+(?:over\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:chairmanship|presidency|chairpersonship|chair|helm)(?:\s+of\s+(?:the\s+)?[\w-]+(?:\s+[A-Z][\w-]*){0,4})?(?:\s+(?:on|in|from))?"
    r"|\bbe\s+in\s+office\s+from"
    # "will take over as Secretary General of the Xyz on 1 January", "assumes the post of Secretary General of the
    # Xyz on 1 March": the office between the verb and the day
    r"|\b(?:take|takes|took|taking)\s+over\s+as\s+(?:[\w'’.–-]+\s+){0,12}?[\w'’.–-]+(?:\s+(?:on|in))"
    r"|\b(?:assume|assumes|assumed|take\s+up|takes\s+up)\s+the\s+(?:post|office|position)\s+of\s+(?:[\w'’.–-]+\s+){0,12}?[\w'’.–-]+(?:\s+(?:on|in))"
    # "will take over from X of France, who has led it since 2017, on November 15": the successor's first day
    # "who will replace X in April", "is to succeed X on 1 March"
    r"|\b(?:will|shall|is\s+to)\s+(?:take\s+over\s+from|replace|succeed)\s+[^.;]{1,120}?\s+(?:on|in)"
    # the same with "in April" read as the date itself ("will replace X in April"), no comma between
    r"|\b(?:will|shall|is\s+to)\s+(?:take\s+over\s+from|replace)\s+[^.;,]{1,80}?"
    # "will take over in 2031 from X", "is to take over on 1 March": the day or year right after the verb
    r"|\b(?:will|shall|is\s+to)\s+take\s+over\s+(?:on|in))\s*$",
    re.I,
)
# a start cue anywhere ("... mandate will begin on"): _START_CUE without its end anchor
_START_CUE_ANY = re.compile(_START_CUE.pattern.removesuffix(r"\s*$"), re.I)
_END_CUE = re.compile(
    r"\b(?:until|till|through|to|ending(?:\s+on)?|ends?\s+on|expires?\s+on|running\s+(?:until|to)|runs?\s+(?:until|to))\s+(?:on\s+)?(?P<end>the\s+end\s+of\s+)?$",
    re.I,
)


# the verb or noun of a sitting right before a span's "from": the sitting's days ("was held from 14 to 16 August")
_SITTING_SPAN = re.compile(
    r"\b(?:held|met|meets|took\s+place|convened|ran|runs|sat|gathered|summit|meeting|session|conference)\b"
    r"[^.;,]{0,40}?\bfrom\s*$",
    re.I,
)


def _inferred_why(near: dt.date) -> str:
    return f"the term's year is not written: read around the text's own day ({near.isoformat()})"


def _plus_years(first: str, years: int) -> str | None:
    """The last day (or month) of a term of ``years`` that begins on ``first`` (a day or a month)."""
    if len(first) == 7:
        y, m = int(first[:4]) + years, int(first[5:7]) - 1
        return f"{y - 1}-12" if m == 0 else f"{y}-{m:02d}"
    day = dt.date.fromisoformat(first)
    if (day.month, day.day) == (2, 29):  # from 29 February: to the last day of the next February
        return f"{day.year + years}-02-28"
    return (day.replace(year=day.year + years) - dt.timedelta(days=1)).isoformat()


def term_grammar(
    words: str, near: dt.date | None = None, *, done: bool = False
) -> tuple[str | None, str | None]:
    """A term from its parts, in any order: a first day or month after a start cue ("from", "takes office
    on", "will start an initial four-year term on", "his term will begin on"), and a last day after an end
    cue ("until", "running until", "until the end of 2028") or a length ("a four-year term", "for four
    years"). A first day written without its year is read around ``near`` (the text's day, on the side its
    clause's tense tells) and the reason is returned; with neither end nor length the term is open ("/..").
    ``done``: the sentence tells the office taken up already, so a month without its year is the last one.
    Nothing without a first day: the start of a term is never guessed."""
    found = dates_near(words, near) if near is not None else find_dates(words)
    first = last = None
    why = None
    for d in found:
        kind = d.kind.rstrip("?")
        before = words[max(0, d.start - 90) : d.start]
        before = re.split(r"[;.]\s", before)[-1]
        if (
            first is None
            and kind in ("days", "months")
            and _START_CUE.search(before)
            # "where the 34th Forum was held from 14 to 16 August": a sitting's days, no term
            and not _SITTING_SPAN.search(before)
        ):
            # "will chair the organization from January to June 2031": the span is the term
            why = _inferred_why(near) if d.kind.endswith("?") and near is not None else None
            return d.edtf, why
        if kind not in ("day", "month", "year"):
            continue
        early = re.search(r"\b(?:early|late|later)\s+in\s+$", before)
        if (
            first is None
            and kind == "year"
            and early
            and _START_CUE.search(before[: early.start()].rstrip() + " in")
            and d.kind == "year"
        ):  # "would take up her duties early in 2022": from that year, the day not told
            return f"{d.edtf}/..", None
        opening = re.search(r"\b(?:at\s+)?the\s+(?:start|beginning|outset)\s+of\s+$", before)
        if (
            first is None
            and kind == "year"
            and opening
            and _START_CUE.search(before[: opening.start()] + " ")
        ):
            first = f"{d.edtf}-01"  # "his term will begin at the start of 2031": that January
            continue
        if first is None and kind in ("day", "month") and _START_CUE.search(before):
            first = d.edtf
            why = _inferred_why(near) if d.kind.endswith("?") and near is not None else None
            if why is not None and near is not None and "/" not in first:
                # a term's first day is to come (or now): "takes office on 1 January" under May is next January
                begin = dt.date.fromisoformat(first + ("-01" if len(first) == 7 else ""))
                # (not one told done: "has become Secretary General, taking charge in January" under February)
                if begin < near - dt.timedelta(days=31) and not (done or _TOOK_UP_DONE.search(words)):
                    first = f"{begin.year + 1}{first[4:]}"
            continue
        end = _END_CUE.search(before)
        if first is not None and last is None and end:
            if kind == "day":
                last = d.edtf
            elif kind == "year" and end.group("end"):
                last = f"{d.edtf}-12-31" if len(first) == 10 else f"{d.edtf}-12"
            elif kind == "month" and end.group("end"):
                y, m = int(d.edtf[:4]), int(d.edtf[5:7])
                nxt = dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1)
                last = nxt.isoformat() if len(first) == 10 else d.edtf
            elif kind == "month":
                last = d.edtf
    if first is None:
        return None, None
    if first.startswith("?") or not re.fullmatch(r"\d{4}-\d{2}(?:-\d{2})?", first):
        return None, None
    if last is not None and last >= first:
        return f"{first}/{last}", why
    length = new_length(words)
    if length is not None:
        n = length.group("n") or length.group("n2") or length.group("n3")
        years = _NUMBERS.get(n.lower()) or (1 if n.lower() == "a" else int(n))  # "for a year": one
        end_ = _plus_years(first, years) if 0 < years <= 10 else None
        if end_ is not None:
            return f"{first}/{end_}", why
    return f"{first}/..", why


# what stands right before the last day of a term told on its own: "will serve until", "which runs until",
# "her mandate expires on", "stay in the post until the end of"
_ENDS_AT = re.compile(
    r"\b(?:until|till|through|ending(?:\s+on)?|ends?\s+(?:on|in)|expires?\s+(?:on|in)|runs?\s+(?:until|till|through|to))"
    r"\s+(?:on\s+)?(?P<end>the\s+end\s+of\s+)?$",
    re.I,
)
# the sentence speaks of serving a term, not of something else that ends ("talks run until Friday")
_SERVING = re.compile(r"\b(?:serve|serves|serving|remain|remains|stay|stays|term|mandate|tenure)\b", re.I)
# a term other than the new one: "his current four-year tenure ends in 2019"
_OTHER_TERM = re.compile(
    r"\b(?:current|present|outgoing|first|previous|former)\s+(?:[\w-]+\s+){0,2}(?:term|mandate|tenure)\b",
    re.I,
)


def end_told_later(term: str, words: str, near: dt.date | None = None) -> str | None:
    """An open term ("2025-02-24/..") closed by the last day a later sentence about the same person tells
    ("He will serve out the rest of his predecessor's term, which runs until 23 November 2026"; "She will
    stay in office until the end of 2027"). A year alone ends a term only as "the end of" it; the end
    must come after the first day and within ten years; a sentence about the current or a past term
    ends nothing. The caller decides that ``words`` speak of the person appointed."""
    if not term.endswith("/..") or not _SERVING.search(words) or _OTHER_TERM.search(words):
        return None
    first = term[:-3]
    for d in dates_near(words, near) if near is not None else find_dates(words):
        kind = d.kind.rstrip("?")
        cue = _ENDS_AT.search(words[max(0, d.start - 40) : d.start])
        if cue is None:
            continue
        if kind == "day":
            last = d.edtf
        elif kind == "year" and cue.group("end"):
            last = f"{d.edtf}-12-31" if len(first) == 10 else f"{d.edtf}-12"
        else:
            continue
        if last > first and int(last[:4]) - int(first[:4]) <= 10:
            return f"{first}/{last}"
    return None


# a term's last year told as its end, no day: "a five-year term ending in 2031", "whose mandate expires in
# 2029", "a term that runs until 2030" (an end year the caller keeps at year precision)
_YEAR_END = re.compile(
    r"\b(?:term|mandate|tenure)\b[^.;]{0,40}?\b(?:ending|expiring|that\s+(?:ends|expires|runs\s+(?:until|to|through))"
    r"|which\s+(?:ends|expires|runs\s+(?:until|to|through))|to\s+end|running\s+(?:until|to|through))"
    r"\s+(?:in\s+)?(?P<y>(?:19|20)\d{2})\b(?![\s-]*(?:[-–/]|\d|to\b))",
    re.I,
)
# a later sentence's verb of holding the post for a time to come: "will lead the body for the next five
# years", "is to serve for four years", "to head it for another three years"
_HOLD_AHEAD = re.compile(
    r"\b(?:will|shall|is\s+to|are\s+to|would|to)\s+(?:now\s+|then\s+)?(?:serve|lead|head|hold|remain|stay|run|steer|chair"
    r"|be\s+in\s+office)\b[^.;]{0,80}$",
    re.I,
)


def _length_years(m: re.Match[str]) -> int | None:
    n = m.group("n") or m.group("n2") or m.group("n3")
    years = _NUMBERS.get(n.lower()) or (1 if n.lower() == "a" else int(n))
    return years if 0 < years <= 10 else None


def close_open_term(term: str, own: str, later: list[str], start_told: bool = True) -> str | None:
    """An open term ("2025-09-01/..") closed by what the words around the appointment tell of its length or
    last year: the appointment's own sentence ``own`` ("reappointed ... for a second four-year term", "for
    a five-year term ending in 2031"), else a later sentence about the same person (``later``, the caller
    decides whose) that holds the post for a time to come ("He will lead the body for the next five years").
    A length closes only a first day the text told (``start_told``: a length from the day of the decision
    would be a guess); a last year closes any first day, at year precision. A current, first or previous
    term ends nothing; a sentence with two different lengths is not read (whose is which?)."""
    if not term.endswith("/..") or len(term) not in (10, 13):
        return None
    first = term[:-3]
    for k, words in enumerate([own, *later]):
        if _OTHER_TERM.search(words):
            continue
        year = _YEAR_END.search(words)
        if year is not None and 0 < int(year.group("y")) - int(first[:4]) <= 10:
            return f"{first}/{year.group('y')}"
        if not start_told:
            continue
        found = new_lengths(words)
        lengths = {_length_years(m) for m in found}
        if len(lengths) != 1 or None in lengths:
            continue
        length = found[0]
        if k > 0 and not (
            _HOLD_AHEAD.search(words[: length.start()])
            or re.search(r"term|mandate|tenure", length.group(), re.I)  # "He begins a four-year mandate"
        ):
            continue  # a later sentence's "for five years" that holds no post ("has lived there for five years")
        end = _plus_years(first, lengths.pop() or 0)
        if end is not None:
            return f"{first}/{end}"
    return None
