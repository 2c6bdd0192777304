"""What every clause reader of decisions shares: inflections, the two filters, the argument slots.

Moved out of ``reader.py`` (pure move). :func:`forms` and :func:`verb_rx` give a trigger lemma every
inflection; ``ORDINAL`` is the genre's ordinals. :func:`unreal` and :func:`background` decide whether a
clause tells an act as done now. The argument slots read who did it: :func:`subject` and :func:`object_`
(coordinated runs of states, :func:`groups`; a capital standing for its state, :func:`capitals`), the
organization itself (:func:`names_org`), a demonym's state, the receiver of a handed-over chair. The clause
and day helpers (:func:`clauses_of`, :func:`headline`, :func:`untold`, ``_past_day``, :func:`long_ago`)
are here too because the withdrawal, grant and procedure readers, and modules outside the reader
(statuses, presidency, documents, procedure, histories, nextmeeting, offices, appointments), all read them:
keeping them below every reader means no reader imports another.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable
from functools import cache, lru_cache

from igo_timeline.extract.context import STATED_WINDOW_DAYS, Context
from igo_timeline.extract.dates import MONTH, MONTHS, WEEKDAY
from igo_timeline.extract.names import Found, demonyms, find_parties, is_state
from igo_timeline.extract.text import RELATIVE_ASIDE, Passage, is_title_line

# -- inflections ------------------------------------------------------------------------------------

_IRREGULAR: dict[str, tuple[str, ...]] = {
    "leave": ("left",),
    "take": ("took", "taken"),
    "become": ("became",),
    "withdraw": ("withdrew", "withdrawn"),
    "give": ("gave", "given"),
    "choose": ("chose", "chosen"),
    "hold": ("held",),
    "quit": ("quit", "quitting"),
    "begin": ("began", "begun"),
    "shut": ("shut", "shutting"),
    "put": ("put", "putting"),
    "set": ("set", "setting"),
    "get": ("got", "gotten", "getting"),
    "go": ("went", "gone"),
    "pass": ("passed", "passes", "passing"),
    "rejoin": ("rejoined",),
}
_DOUBLED = {
    "admit",
    "readmit",
    "re-admit",
    "bar",
    "drop",
    "commit",
    "submit",
    "transmit",
    "omit",
    "stop",
    "plan",
    "confer",
    "refer",
    "transfer",
    "prefer",
}


def forms(lemma: str) -> tuple[str, ...]:
    """Every inflection of a verb lemma (a phrasal verb inflects its first word): base, -s, -ed, -ing and
    the irregular forms."""
    head, _, rest = lemma.partition(" ")
    tail = f" {rest}" if rest else ""
    out = {head}
    if head.endswith(("s", "sh", "ch", "x", "z")):
        out.add(head + "es")
    elif head.endswith("y") and head[-2:-1] not in tuple("aeiou"):
        out.add(head[:-1] + "ies")
    else:
        out.add(head + "s")
    if head in _DOUBLED:
        out.update({head + head[-1] + "ed", head + head[-1] + "ing"})
    elif head.endswith("e") and not head.endswith("ee"):
        out.update({head + "d", head[:-1] + "ing"})
    elif head.endswith("y") and head[-2:-1] not in tuple("aeiou"):
        out.update({head[:-1] + "ied", head + "ing"})
    else:
        out.update({head + "ed", head + "ing"})
    out.update(_IRREGULAR.get(head, ()))
    return tuple(sorted((f + tail for f in out), key=len, reverse=True))


def verb_rx(lemmas: Iterable[str]) -> str:
    """A regex alternation of every inflection of the lemmas (spaces match any whitespace)."""
    words = sorted({f for lemma in lemmas for f in forms(lemma)}, key=len, reverse=True)
    return r"\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")\b"


# ordinals as the genre writes them: "34th", "thirty-fourth", "thirteenth"
_UNITS = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
ORDINAL = (
    rf"(?:\d+(?:st|nd|rd|th)|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\s-])?(?:{_UNITS})"
    r"|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth"
    r"|(?:twent|thirt|fort|fift|sixt|sevent|eight|ninet)ieth)"
)

# -- the shared filters -----------------------------------------------------------------------------

# what is said of an act not (yet) done: modality, hope, condition, recommendation, agreement in principle
_UNREAL = re.compile(
    r"\bin[\s-]principle\b|\b(?:would|could|might|should|must)\b|(?-i:\bmay\b)|\bif\b|\bunless\b|\bwhether\b"
    r"|\b(?:hopes?|hoped|hoping|wish(?:es|ed)?|expects?)\b"
    r"|\b(?:wants?|wanted|intends?|intended|plans?|planned|seeks?|sought|aspires?|threaten(?:s|ed)?)\s+to\b"
    r"|\b(?:recommend(?:s|ed|ing)?|propos(?:e|es|ed|ing)|suggest(?:s|ed|ing)?|urg(?:e|es|ed|ing)|consider(?:s|ed|ing)?|invit(?:e|es|ed|ing))\b"
    r"|\b(?:is|are|was|were)\s+(?:expected\s+|set\s+|likely\s+|due\s+|going\s+|about\s+)?to\b|\bwill\s+(?:consider|decide|examine|review)\b"
    r"|\bnot\b|\bnever\b|\bno\s+decision\b|\bcandidate\b|\bapplied\b|\bapplications?\b|\brequests?\b",
    re.I,
)
# a future told as now ("will take part ... as an associate member from now on")
_NOW_ON = re.compile(
    r"\bfrom\s+(?:now|today)\s+on\b|\bas\s+of\s+today\b|\bfrom\s+today\b|\bhenceforth\b", re.I
)
_BACKGROUND = re.compile(
    r"\b(?:since|in)\s+(?:\w+\s+)?(?P<y>(?:19|20)\d\d)\b"
    r"|\bhad\s+(?:already\s+|previously\s+|earlier\s+|once\s+|also\s+|twice\s+|repeatedly\s+)?\w+(?:ed|en|ft|ok|un)\b"
    r"|\b(?:earlier\s+(?:this|that|in\s+the)\s+(?:year|month|week)|last\s+(?:year|month)|once\s+before|in\s+the\s+past|previously|formerly"
    r"|in\s+recent\s+(?:years|months|decades)|over\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:years|months|decades)"
    r"|(?:two|three|four|five|several|\d+)\s+(?:years|months)\s+(?:ago|earlier)"
    # "the first such meeting since the organisation took in A and B as full members": an admission before it
    r"|since\s+(?:the\s+)?(?:organi[sz]ation|group|grouping|bloc|union|community|alliance|association|forum)\s+"
    r"(?:took\s+in|admitted|welcomed|expanded|enlarged)"
    r"|since\s+(?-i:[A-Z])\w+(?:\s+and\s+(?-i:[A-Z])\w+)?\s+(?:joined|became|were\s+admitted|was\s+admitted))\b",
    re.I,
)


# the act agreed with its time left open: "agreed to admit X and Y as members, but differed on the timing", "the
# timing of their entry will be announced in due time": an agreement in principle, no act done
TIMING_OPEN = re.compile(
    r"\b(?:differ(?:ed|s)?|disagree(?:d|s)?|(?:were|was|are|is)\s+(?:split|divided))\s+(?:on|over|about)\s+(?:the\s+)?"
    r"(?:timing|date|timetable)\b"
    r"|\b(?:timing|date|timetable)\b[^.;]{0,60}?\b(?:will|would|is\s+to|are\s+to)\s+be\s+(?:announced|decided|determined"
    r"|set|fixed|agreed)\s+(?:later|in\s+due\s+(?:time|course)|at\s+a\s+later\s+(?:date|stage))\b",
    re.I,
)


def unreal(head: str, clause: str = "") -> bool:
    """Whether the words up to a trigger tell it as not done: negated, modal, hoped, conditional,
    recommended, agreed in principle (or with its time left open, anywhere in the clause). "will ... from now
    on" (anywhere in the clause) is done."""
    if TIMING_OPEN.search(clause):
        return True
    if _NOW_ON.search(clause or head):
        head = re.sub(r"\b(?:will|shall)\b", " ", head)
    return _UNREAL.search(head) is not None or re.search(r"\b(?:will|shall)\b", head, re.I) is not None


# a month named without its year as the time of what a clause tells: "last August", "at the council's May
# session", "in April, when ..." (read by the clause's tense, :meth:`Context.dates`)
_LAST_MONTH = re.compile(
    rf"\blast\s+(?P<m>{MONTH})\b(?!\s+\d)|\b(?:the\s+|its\s+|their\s+|[\w-]+['’]s\s+)(?P<m2>{MONTH})\s+"
    r"(?:session|summit|meeting|sitting|conference)\b"
)


# a decision whose act is told in the infinitive after it: the months after it are the act's, to come
_DECIDED_TO = re.compile(r"\b(?:agreed|decided|resolved|voted)\b[^.;]{0,60}?\bto\s+[a-z]+\b", re.I)


def _month_long_before(ctx: Context, words: str) -> bool:
    """Whether the words date what they tell by a month without its year that ended more than
    ``STATED_WINDOW_DAYS`` before the text's own day: "announced its exit last August" in a report of March,
    "became an observer at the council's May session" in one of December, "joined in April, when ..." in
    one of September (a month read as past by its clause's tense). History retold, not the text's news; a
    month within the window ("in full on 24 September" ten days on) is left to the readers."""
    near = ctx.near
    if near is None:
        return False
    months: list[tuple[int, int]] = []
    coming = re.search(r"\b(?:will|shall|next|upcoming|(?:is|are)\s+to)\b", words, re.I)
    for m in _LAST_MONTH.finditer(words):
        if coming and not m.group("m"):
            continue  # "will be taken up at the council's June session": a sitting to come
        month = MONTHS[(m.group("m") or m.group("m2")).lower()]
        # the last such month before the text's own (its own month counts for a sitting, not for "last")
        year = (
            near.year if month < near.month or (month == near.month and not m.group("m")) else near.year - 1
        )
        months.append((year, month))
    for d in ctx.dates(words):
        if d.kind == "month?" and re.fullmatch(r"\d{4}-\d{2}", d.edtf):  # its year not written
            if _DECIDED_TO.search(words[: d.start]):
                continue  # "decided yesterday to admit X as a member in July": the act's month, to come
            months.append((int(d.edtf[:4]), int(d.edtf[5:7])))
    for year, month in months:
        last = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
        if (near - last).days > STATED_WINDOW_DAYS:
            return True
    return False


def background(ctx: Context, words: str) -> bool:
    """Whether the words tell an act before the text's own (an earlier year, a pluperfect, "last year", a
    month without its year long before the text's day: :func:`_month_long_before`)."""
    if _month_long_before(ctx, words):
        return True
    reported = re.search(r"\b(?:said|says|told|announced|reported|stated|confirmed|according)\b", words, re.I)
    for m in _BACKGROUND.finditer(words):
        year = m.group("y")
        if year is None and m.group().lower().startswith("had") and reported and reported.start() < m.start():
            continue  # "said that the chairmanship had passed to X": reported speech, not history
        if year is None:
            return True
        if ctx.year is None or int(year) < ctx.year:
            return True
    return False


# -- argument slots ---------------------------------------------------------------------------------

_JOIN = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+|&\s+)(?:the\s+)?$")


def groups(parties: list[Found], text: str) -> list[list[Found]]:
    """Coordinated runs of parties ("A, B and C") in text order."""
    out: list[list[Found]] = []
    for p in parties:
        if out and _JOIN.match(text[out[-1][-1].end : p.start]):
            out[-1].append(p)
        else:
            out.append([p])
    return out


def states(ctx: Context, text: str) -> list[Found]:
    """The states a clause names as parties (the dateline's words aside, no "President X of Y"), a capital
    standing for its state among them ("Bamako was pulling out", "the governments in Ouagadougou and Niamey
    said")."""
    from igo_timeline.extract.decisions import _state_parties

    found = _state_parties(ctx, text)
    extra = [c for c in capitals(ctx, text) if not any(f.start < c.end and c.start < f.end for f in found)]
    extra += [
        o for o in _organs(text) if not any(f.start < o.end and o.start < f.end for f in [*found, *extra])
    ]
    return sorted(found + extra, key=lambda f: f.start)


# a state's organ named by the state's adjective: "the Ruritanian foreign ministry gave notice ...",
# "the Chilean government", "the Gambian authorities": the state acts
_ORGAN = re.compile(
    r"\b(?P<adj>(?:(?:South|North|East|West|Central|Saudi|Sri|New|Costa|Sierra)\s+)?[A-Z][a-z]+)\s+(?:(?:foreign|interior)\s+)?(?:government|ministry|Ministry"
    r"|Government|authorities|administration|presidency|Presidency|foreign\s+ministry)\b"
)


def _organs(text: str) -> list[Found]:
    """The states whose organ a clause names by their adjective (:data:`_ORGAN`)."""
    out = []
    for m in _ORGAN.finditer(text):
        found = find_parties(m.group("adj"))
        if (
            len(found) == 1
            and is_state(found[0].value)
            and found[0].end - found[0].start == len(m.group("adj"))
        ):
            out.append(Found(m.start("adj"), m.end("adj"), found[0].value))
    return out


# who a capital stands for when it is no place: "the governments (authorities, juntas) in Bamako and Niamey"
_RULERS_IN = re.compile(
    r"\b(?:governments?|authorities|juntas?|regimes?|rulers|leaders(?:hip)?|administrations?)\s+in\s+$", re.I
)
_PLACE_WORD = re.compile(r"\b(?:in|at|from|to|near|of|via|into|outside|around|toward|towards)\s+$", re.I)


@functools.lru_cache(maxsize=4096)
def _capital(name: str) -> tuple[str, str] | None:
    """(city, state) when ``name`` is a national capital by the gazetteer's country table."""
    from igo_timeline.extract.places import capital_of, city

    found = city(name)
    return found if found is not None and capital_of(found[1]) == found[0] else None


def capitals(ctx: Context, text: str) -> list[Found]:
    """National capitals named as actors (metonymy): not after a place preposition ("met in Bamako"), except
    after "the governments in"; a capital is one by the gazetteer's country table, its state the party."""
    text = ctx.without_dateline(text)
    out: list[Found] = []
    for m in re.finditer(r"\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\b", text):
        name = m.group()
        found = _capital(name)
        if found is None:
            continue
        if find_parties(name):
            continue  # a state's own name ("Djibouti", "Singapore"): read as the state already
        before = text[max(0, m.start() - 30) : m.start()]
        if _PLACE_WORD.search(before) and not _RULERS_IN.search(before):
            continue
        if re.match(
            r"\s+(?:[A-Z]|accord|agreement|declaration|process|summit|meeting|talks|office)",
            text[m.end() : m.end() + 14],
        ):
            continue  # "the Bamako accord", "Bamako Summit": a name, no actor
        out.append(Found(m.start(), m.end(), found[1]))
    return out


def subject(ctx: Context, text: str, at: int) -> list[Found]:
    """The subject group of a verb at ``at``: the last coordinated run of states before it, with no other
    state between ("Guinea-Bissau, suspended after the coup, took its seat"); a possessive counts
    ("Venezuela's letter announcing its withdrawal"). A relative clause set off by commas is no part of the
    subject ("A and B, which have turned their backs on C while courting D, announced ..." is A and B)."""
    text = RELATIVE_ASIDE.sub(lambda m: " " * len(m.group()), text[:at]) + text[at:]
    found = [g for g in groups(states(ctx, text[:at]), text) if g]
    if not found:
        return []
    last = found[-1]
    between = text[last[-1].end : at]
    if re.fullmatch(_REPORTED_SELF, between):
        return last  # "Ruritania's government announced that it is leaving": the reporter is the leaver
    if re.search(r"[;:]|\b(?:that|which|who|when|while|whereas|but)\b", between):
        return []
    return last


# a state's own report of its act: "X('s government) has announced that it is", "X said that they would"
_REPORTED_SELF = re.compile(
    r"(?:['’]s?)?[^;:,]{0,40}?\b(?:has\s+|have\s+|had\s+)?(?:formally\s+|officially\s+)?"
    r"(?:announc|declar|stat|confirm|said|say|told|inform|notifi|notify)\w*(?:\s+\w+){0,3}?(?:\s+that)?\s+(?:it|they)\s+"
    r"(?:(?:is|are|was|were|has|have|had|would|will|shall|had\s+decided\s+to|has\s+decided\s+to|would\s+be|will\s+be)\s+)*"
)


def object_(ctx: Context, text: str, at: int) -> list[Found]:
    """The object group of an active verb ending at ``at``: a run of states right after it."""
    found = groups(states(ctx, text[at:]), text[at:])
    if not found:
        return []
    first = found[0]
    if not re.fullmatch(
        r"\s*(?:the\s+)?(?:(?:Republic|Kingdom|State|Federation|Principality|Sultanate|Grand\s+Duchy)\s+of\s+(?:the\s+)?)?",
        text[at : at + first[0].start],
    ):  # "conferred membership on the Republic of Nigeria"
        return []
    return [Found(p.start + at, p.end + at, p.value) for p in first]


def demonym_state(words: str) -> str | None:
    """ "his Burundian counterpart" -> BDI."""
    from igo_timeline.extract.names import lookup_party

    table = demonyms()
    for w in re.findall(r"[A-Z][\w-]+", words):
        if w in table:
            return table[w]
        # the regular forms the table lacks: Burundi-an, Keny-an, Sudan-ese, Congo-lese
        for stem in (w[:-2], w[:-1], w[:-3], w[:-4]):
            code = lookup_party(stem) if len(stem) >= 4 else None
            if code and is_state(code):
                return code
    return None


_GENERIC_ORG = re.compile(
    r"^(?:the\s+)?(?:organi[sz]ation|bloc|forum|alliance|group|grouping|community|union|association|club|council|body|system|commonwealth)\b",
    re.I,
)


def names_org(ctx: Context, words: str) -> bool:
    """Whether an object phrase names the organization: its name, slug or abbreviation, "the bloc", "the
    forum"; another organization's name (known or not) is not it."""
    from igo_timeline.extract.decisions import _own_org

    words = words.strip()
    if _GENERIC_ORG.match(words):
        return True
    if not re.match(r"(?:the\s+)?[A-Z]", words):
        return False
    if _own_org(ctx, words):
        return True
    from igo_timeline.extract.decisions import _head_noun_of_own_name

    bare = re.sub(r"^the\s+", "", words)
    if re.fullmatch(r"[A-Z][a-z]+", bare) and _head_noun_of_own_name(ctx, bare):
        return True  # "the Zone" in a text about the Xylo Yard Zone
    found = find_parties(words)
    if found and found[0].start <= 4:
        return found[0].value == ctx.org
    # a name the text gives its own abbreviation: "the Bolivarian Alliance ... (ALBA-TCP)" for alba
    name = re.sub(r"\s*\([^)]*\)\s*$", "", re.sub(r"^the\s+", "", words, flags=re.I)).strip()
    text = " ".join(ctx.doc.text.split())
    abbr = re.search(rf"{re.escape(name)}\s*\(\s*(?P<a>[A-Z][A-Za-z-]{{1,12}})\s*\)", text)
    slug = ctx.org.upper().replace("-", "")
    return abbr is not None and abbr.group("a").replace("-", "").upper().startswith(slug)


# -- the reader -------------------------------------------------------------------------------------


@cache
def _clause_cut(other_act: str) -> re.Pattern[str]:
    return re.compile(r";\s*|,\s*(?:and|but|while|whereas)\s+(?=(?:the\s+)?[A-Z])" + other_act)


def clauses_of(text: str) -> list[tuple[int, int]]:
    """A sentence cut into clauses at ";", and at ", and"/", but" before a new subject."""
    from igo_timeline.extract.decisions import _OTHER_ACT, cut_points

    cuts = [0]
    for _, end in cut_points(text, _clause_cut(_OTHER_ACT)):
        cuts.append(end)
    ends = cuts[1:] + [len(text)]
    return [(a, b) for a, b in zip(cuts, ends, strict=True) if text[a:b].strip()]


def headline(ctx: Context, passage: Passage) -> bool:
    """Whether a passage is a title line: a line of its own without a sentence's end, not a list item."""
    if not is_title_line(passage.quote):
        return False
    after = ctx.doc.text[passage.end : passage.end + 2]
    return after == "" or after.startswith("\n") or after.startswith("\r")


def _previous_subject(ctx: Context, sentences: list[Passage], n: int) -> list[Found]:
    """The state an anaphor ("its", "the country") stands for: the first state of the sentence before."""
    for earlier in reversed(sentences[max(0, n - 2) : n]):
        found = states(ctx, earlier.norm)
        if found:
            return found[:1]
    return []


_TOLD_ON = re.compile(
    rf"\b(?:said|says|stated|added|explained|told\s+(?:\w+\s+){{0,3}}?)\s*(?P<day>(?:late\s+|early\s+)?on\s+{WEEKDAY}\b)"
)


def untold(words: str) -> str:
    """The words with the day of their telling blanked ("X said on Monday that ..."): that day is the
    report's, not the act's."""
    return _TOLD_ON.sub(lambda m: m.group()[: m.start("day") - m.start()] + " " * len(m.group("day")), words)


def _past_day(ctx: Context, phrase: str) -> str | None:
    """The day a phrase names ("on Friday", "on August 18 this year", "dated July 9"), when it is on or
    before the text's own day and less than a year before it (a notice told as done)."""
    import datetime as dt

    from igo_timeline.extract.dates import find_dates, relative_days

    near = ctx.anchor.day
    if near is None:
        return ctx.stated_day(phrase)
    found = [d.edtf for d in find_dates(phrase, near.year) if d.kind.rstrip("?") == "day"]
    found += [d.edtf for d in relative_days(phrase, near) if "/" not in d.edtf]
    for day in found:
        gap = (near - dt.date.fromisoformat(day)).days
        if 0 <= gap <= 366:
            return day
    return None


_CLAUSE_DAY = re.compile(
    rf"(?<!effective\s)(?<!as\sof\s)(?<!from\s)(?<!until\s)\b(?:on|dated)\s+(?P<day>{WEEKDAY}"
    r"|\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4}|\s+this\s+year)?|[A-Z][a-z]+\.?\s+\d{1,2}(?:,?\s+\d{4}|\s+this\s+year)?)"
)


def handover_receiver(ctx: Context, words: str) -> str | None:
    """The state a chair passes to, from the words after "to": a state, a person the text gives a state, or
    "his Burundian counterpart"."""
    from igo_timeline.extract.decisions import _state_of_person

    # "to Mr X, president of Ruritania, at the summit": the state of the office told in apposition
    apposed = re.match(
        r"\s*(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w'’-]+,\s+(?:the\s+)?(?i:president|prime\s+minister"
        r"|head\s+of\s+state|king|emir)\s+of\s+(?P<of>(?:the\s+)?[A-Z][\w'’ -]{1,40}?)(?=[,;.]|\s+(?:at|on|in|during)\b|$)",
        words,
    )
    if apposed is not None:
        of = [p for p in find_parties(apposed.group("of"), exclude=[ctx.org]) if is_state(p.value)]
        if of:
            return of[0].value
    words = re.split(r",|\bwho\b|\bwhich\b", words, maxsplit=1)[0]
    found = [p for p in find_parties(words, exclude=[ctx.org]) if is_state(p.value)]
    if found:
        return found[0].value
    demonym = demonym_state(words)
    if demonym and re.search(
        r"\b(?:counterpart|colleague|president|prime\s+minister|leader|head)\b", words, re.I
    ):
        return demonym
    person = re.match(
        r"\s*(?:(?:President|Prime\s+Minister|King|Emir|Mr\.?|Ms\.?)\s+)?(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})",
        words,
    )
    if person:
        return _state_of_person(ctx, person.group("name").split()[-1])
    return None


def _span_reaches(edtf: str, year: int) -> bool:
    """Whether a span of years ("2018/2020") ends in ``year`` or after."""
    last = edtf.split("/")[-1].rstrip("?~")[:4]
    return last.isdigit() and int(last) >= year


@lru_cache(maxsize=16)
def _latest_written_day(text: str) -> dt.date | None:
    """The latest day a text writes in full (read once a text: ``long_ago`` asks it of every clause)."""
    from igo_timeline.extract.dates import find_dates

    days = [d.edtf for d in find_dates(" ".join(text.split())) if d.kind == "day"]
    return dt.date.fromisoformat(max(days)) if days else None


def long_ago(ctx: Context, text: str) -> bool:
    """Whether every date a clause states (not a title's "of 15 June 2001") is more than a year before the
    text's own day: an act of another time told as background ("institutionalised on 10 January 1984 by
    the Victoria Agreement signed in Seychelles")."""
    from igo_timeline.extract.dates import find_dates

    near = ctx.anchor.day
    if ctx.meeting is not None and len(ctx.meeting.last_day) >= 10:
        near = dt.date.fromisoformat(ctx.meeting.last_day[:10])
    if near is None:  # no day of the text's own: the latest day it writes in full is its time
        near = _latest_written_day(ctx.doc.text)
    if near is None:
        return False
    text = re.sub(
        r",\s*(?:which|who|whose|when|where)\b[^,;]*", "", ctx.without_dateline(text)
    )  # ", which was founded in 2001"
    # "a protocol on the decisions of the 12th session that was held on May 3, 2001": the day of what a title
    # names, told in its own relative clause, is no time of the act told
    text = re.sub(
        r"\b(?:that|which)\s+(?:was|were|had\s+been)\s+(?:held|adopted|signed|approved|taken)\s+(?:(?:in|at)\s+[A-Z][\w'’-]*"
        r"(?:\s+[A-Z][\w'’-]*)?\s+)?(?:on|in)\s+(?:[A-Z][a-z]+\.?\s+\d{1,2},\s+(?:19|20)\d\d|[^,;.]*?\b(?:19|20)\d\d)\b",
        "",
        text,
    )
    found = [d for d in find_dates(text, near.year) if not re.search(r"\bof\s+$", text[: d.start])]
    # a span of years that runs to the text's year or beyond ("the Roadmap of reforms for 2018-2020" adopted in
    # 2019, "the Plan of Action (2021-2025)") is a document's term, not the time of the act told
    found = [d for d in found if not (d.kind == "years" and _span_reaches(d.edtf, near.year))]
    if not found:
        return False
    for d in found:
        first = d.edtf.split("/")[0].rstrip("?")
        if not re.fullmatch(r"\d{4}(?:-\d{2}){0,2}", first):
            return False
        day = dt.date.fromisoformat(first + "-01-01"[len(first) - 4 :] if len(first) < 10 else first)
        if (near - day).days <= 366:
            return False
    return True
