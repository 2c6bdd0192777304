"""Which body sat: the body a sentence names for the sitting it tells held.

Split out of meeting.py (a pure move): a body named with its head noun ("Council of Ministers",
"Summit of Heads of State"), a generic one ("the ministerial meeting", "the bloc's council") read as
the organization's own, the summit of its leaders, and what makes a body another's (a state's
parliament, another organization's summit, a sitting on the sidelines of another's). Each answer is a
body slug of the organization (``_body_in``, ``_generic_body``, ``_summit_slug``).
"""

from __future__ import annotations

import re
from functools import cache
from itertools import groupby

from igo_timeline.events.parties import party_name as state_name
from igo_timeline.extract.check import overlaps
from igo_timeline.extract.clauses import slug_and_kind
from igo_timeline.extract.context import Context
from igo_timeline.extract.dates import DateMatch
from igo_timeline.extract.meeting_canon import SECTORS, canon_body, headless
from igo_timeline.extract.meeting_days import _meeting_dates
from igo_timeline.extract.meeting_held import (
    _AHEAD,
    _BACKGROUND,
    _HELD,
    _NOT_THIS,
    _elsewhen,
    _past_year_only,
)
from igo_timeline.extract.meeting_ownname import (
    _PARTICLE_WORD,
    _PARTICLES,
    _abbreviations,
    _defined_names,
    _names_own_org,
    _own_words,
    _spelled_name_words,
    defined_name_dropped,
)
from igo_timeline.extract.meeting_place import _PARTICLE
from igo_timeline.extract.names import (
    SITTING_KIND,
    another_tabled,
    find_parties,
    is_state,
    names_another,
    org_bodies,
    org_names,
    own_body,
    resolve_body,
    spells_slug,
    summit_of,
)
from igo_timeline.extract.text import Passage

_MEETING_OF = re.compile(
    r"\b(?:meeting|session|sitting|summit)\s+of\s+(?:the\s+)?(?:\w+(?:'s|’s)\s+)?(?P<of>[A-Z(][^.;:]*)", re.I
)


# a verb of sitting in the sentence's main clause before a phrase
_HELD_VERB = re.compile(r"\b(?:met|meet|gathered|convened|held|opened|closed|sat)\b")


# the bodies a joint sitting is of, up to the word at hand: "the joint meeting of the Assembly and the Council of
# Ministers" (neither alone is the sitting's body)
_JOINT_OF = re.compile(r"\bjoint\s+(?:(?:meeting|session|sitting)\s+of\b[^,;.]*)?$", re.I)


# a summit of people, not of a body: "Summit of (the) EAC Heads of State", "summit of the bloc's leaders"
_OF_PEOPLE = re.compile(
    r"(?:[A-Z][\w'’-]*\s+){0,4}?(?:(?i:heads?\s+of\s+(?:state|government))|[Ll]eaders)\b(?!\s+(?:Council|Assembly|Conference)\b)"
)


# the heads themselves after "Meeting of": "the EAC Heads of State", "Heads of State and Government of the Union"
# (not their Council, Assembly or Conference, a body of its own)
_HEADS_OF = re.compile(
    # "a closed-door meeting of the five leaders": the leaders themselves, no other's ("of ASEAN and Japan")
    r"(?:(?i:the)\s+)?(?:(?i:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+)?(?i:leaders)\b(?!\s+of\b|['’])|"
    r"(?:(?i:the)\s+)?(?:(?!(?i:council|conference|assembly|authority|college|summit|of|the)\b)[A-Z][\w'’-]*\s+){0,3}?"
    r"(?i:heads\s+of\s+(?:state|government))(?:\s+and\s+(?:of\s+)?(?i:government))?\b"
    r"(?!\s+(?:Council|Assembly|Conference|Authority|Summit|Meeting)\b)"
)


# the heads of states or of a group named, as people ("Prime Ministers of the Xyz Group countries", "presidents of
# A, B and C"), never an organ of theirs ("Heads of State of the Council ...")
_HEADS_OF_NAMED = re.compile(
    r"(?:the\s+)?(?:(?P<gov>(?i:prime\s+ministers|heads\s+of\s+government))|(?i:presidents|heads\s+of\s+state(?:\s+and\s+government)?|leaders))"
    r"\s+of\s+(?:the\s+)?(?!.*\b(?:Council|Assembly|Conference|Authority|Committee|Commission|Parliament|Court|Board)\b)[A-Z]"
)


_COUNCIL_OF = re.compile(r"\bCouncil\s+of\s+(?:the\s+)?[A-Z][^.;:,]*")


# "the Permanent Council of La Francophonie": a body's head with its qualifier, then "of"
_QUALIFIED_OF = re.compile(
    r"\b(?:[A-Z][\w'’-]*\s+){1,3}(?:Council|Assembly|Committee|Commission|Conference|Congress|Board|Body|Authority)\s+of\s+(?:the\s+)?[A-Z][^.;:,]*"
)


_SUMMIT = re.compile(r"\bsummits?\b", re.I)


# the generic bodies a report may name in lower case ("the bloc's council of ministers", "a ministerial meeting")
_LOWER_BODY = re.compile(
    r"\b(?P<body>[Mm]inisterial\s+(?:meeting|conference|council)|council\s+of\s+(?:foreign\s+)?ministers"
    r"|executive\s+council|general\s+assembly)\b"  # in lower case: "the UN General Assembly" is another's
)


_NAMED_BODY = re.compile(
    r"\b(?:[A-Z][\w'’-]*\s+(?:of\s+(?:the\s+)?|and\s+)?){0,5}(?:Assembly|Council|Conference|Commission|Committee|Forum|Parliament|Congress|Board|Authority|Body)"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+(?:the\s+)?|and\s+)?[A-Z][\w'’-]*){0,5})?"
)


_COUNCIL = re.compile(r"(?P<name>(?:[A-Z][\w’']*\s+(?:of\s+|and\s+)?){1,5}Council)\b")


def _of_another(after: str, ctx: Context) -> bool:
    """ "... of the Andean Trade Pact" right after a body's name: another's body of that name."""
    return bool(re.match(r"\s*of\b", after)) and names_another(after, ctx.org)


def _qualifier(text: str, start: int) -> str:
    """The capitalized words right before ``start`` ("APEC" in "the APEC Summit"), a sentence's first word
    left out unless an abbreviation ("Twelve summits took place")."""
    # whole words only: "12TH ORDINARY Summit" has no word "TH"
    found = re.search(rf"((?:(?<![\w'’-])[A-Z][\w'’-]*\s+{_PARTICLE})+)$", text[:start])
    if found is None:
        return ""
    words = found.group(1)
    first = words.split()[0]
    if re.search(r"(?:^|[.!?:;\"“])\s*$", text[: found.start(1)]) and not first.isupper():
        words = words[len(first) :]
    return words


# a season or a feast before "summit" tells when it sits, not whose it is: "a pre-New Year summit",
# "the Christmas summit", "the spring summit"
_WHEN_WORDS = re.compile(
    r"\b(?:New\s+Year|Christmas|Easter|Ramadan|Eid|Nowruz|Navruz|Spring|Summer|Autumn|Fall|Winter|Jubilee|Anniversary)\b",
    re.I,
)


def _anothers_summit(text: str, start: int, ctx: Context) -> str | None:
    """ "the APEC Summit" read for ASEAN: another organization's summit, by the capitalized words before it
    (for an organization of the body table), as those words and "summit"; else None."""
    qualifier = _qualifier(text, start)
    if not qualifier.strip() or not names_another(qualifier, ctx.org):
        return None
    if re.search(rf"(?:{_WHEN_WORDS.pattern})\s*$", text[max(0, start - len(qualifier) - 8) : start], re.I):
        return None  # "a pre-New Year summit": its season right before "summit", no other organization
    return re.sub(r"[^a-z0-9]+", "-", f"{qualifier} summit".casefold()).strip("-")


def _prefixes(phrase: str, ctx: Context) -> str | None:
    words = phrase.split()
    for n in range(min(len(words), 14), 0, -1):
        if words[n - 1].casefold() in _DANGLING or (
            n == 1 and len(words) > 2 and words[1] == "of" and (words[2][:1].isupper() or words[2] == "the")
        ):
            # "Council of the" (a name cut at its particle), "Council" before "of the Parliamentary Assembly":
            # the head noun alone is the start of another name, not the organization's council
            continue
        body = resolve_body(" ".join(words[:n]).rstrip(",)"), ctx.bodies, ctx.org)
        if body and _of_another(" ".join(words[n:]), ctx):
            return None  # "the Supreme Council of the Andean Trade Pact": another's body of that name
        if body:
            return body
    return None


_DANGLING = frozenset({"of", "the", "and", "for", "on", "in", "to", "at"})

_THEIR_BODY = re.compile(
    r"\b(?P<people>heads\s+of\s+state(?:\s+and\s+(?:of\s+)?government)?|heads\s+of\s+government|foreign\s+ministers"
    r"|ministers\s+of\s+foreign\s+affairs|defen[cs]e\s+ministers|finance\s+ministers|ministers)\b"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][^.;]*?)?[^.;]*?\b(?:of|in|at|held)\s+their\s+(?:[\w'’-]+\s+){0,2}?(?P<head>council|conference|assembly|meeting|session)\b",
    re.I,
)


def _their_body(text: str) -> tuple[str, int] | None:
    """ "The foreign ministers held the eleventh meeting of their council", "Heads of state ... met ... for
    the 22nd ordinary session of their Conference": the body named by who sits in it."""
    m = _THEIR_BODY.search(text)
    if m is None:
        return None
    # "heads of state and of government": one council of "heads of state and government"
    people = " ".join(m.group("people").casefold().replace("and of government", "and government").split())
    people = {"ministers of foreign affairs": "foreign ministers"}.get(people, people)
    head = m.group("head").casefold()
    if head in (
        "meeting",
        "session",
    ):  # "The ministers had held their 48th extraordinary meeting": their council
        if "ministers" not in people:
            return None  # the heads' own meeting is the summit
        head = "council"
    return f"{head}-of-{people.replace(' ', '-')}", m.start()


_INVOLVING = re.compile(
    r"\b(meeting|session|conference),?\s+(?:involving|bringing\s+together|with\s+the\s+participation\s+of)(?=\s+(?:the\s+)?(?:heads|chiefs|directors|ministers)\b)",
    re.I,
)


def _body_in(text: str, ctx: Context, depth: int = 0) -> tuple[str, int] | None:
    """(body slug, where) of the meeting a sentence names (:func:`_body_in_sentence`); none when the name's own
    words name another organization of the body table ("the NAM Summit", "the Summit of OACPS Heads of State",
    "the UfM Senior Officials Meeting" read for another): that organization's sitting."""
    # "the Secretariat held a session, bringing together the chiefs of the members' customs": those the meeting
    # involved are those it is of (the same length, every offset kept)
    text = _INVOLVING.sub(lambda m: m.group(1) + " of".ljust(len(m.group()) - len(m.group(1))), text)
    found = _body_in_sentence(text, ctx)
    part = _PART_OF.match(_name_around(text, found[1])) if found is not None else None
    head = re.sub(r"\W+", "-", part.group("head").casefold()) if part is not None else ""
    if (
        found is not None
        and part is not None
        and found[0] in org_bodies(ctx.org)
        and not found[0].startswith(head)
    ):
        # "The Bureau of the Assembly of Heads of State met": a body of the Assembly, not the Assembly (a bureau
        # the table names itself is its own: the ICC's "Bureau of the Assembly of States Parties")
        return f"{head}-of-the-{found[0]}", found[1]
    if found is not None and _CHOSEN.search(text[max(0, found[1] - 50) : found[1]]):
        # "chose a new Executive Committee at the closing session of the organization's General Assembly": the body
        # chosen is no sitting; the one it was chosen at is (the chosen name blanked, the offsets kept)
        end = _name_start(text, found[1]) + len(_name_around(text, found[1]))
        found = _body_in_sentence(text[: found[1]] + " " * (end - found[1]) + text[end:], ctx)
    if found is not None and another_tabled(_name_around(text, found[1]), ctx.org):
        # "urgent calls for UN Security Council reforms dominated the Xyz Ministers of Foreign Affairs meeting":
        # another organization's body named first; the sentence read on without it (blanked, offsets kept)
        start = _name_start(text, found[1])
        end = start + len(_name_around(text, found[1]))
        if end <= found[1] or depth >= 2:
            return None
        return _body_in(text[:start] + " " * (end - start) + text[end:], ctx, depth + 1)
    return found


# a standing part of a body, named before it: "the Bureau of the Assembly", "the Presidium of the Council"
_PART_OF = re.compile(
    r"(?:The\s+|the\s+)?(?:[A-Z][\w'’-]*\s+){0,2}?(?P<head>Bureau|Presidium|Steering\s+Committee)\s+of\s+(?:the\s+|its\s+)?"
    r"(?-i:[A-Z])"
)


# a body as what a sitting chose or set up: "chose a new Executive Committee", "elected the members of the Council"
_CHOSEN = re.compile(
    r"\b(?:chose|chosen|elected|appointed|named|picked|selected|renewed|constituted|set\s+up|established|created)"
    r"\s+(?:a\s+|an\s+|the\s+|its\s+|their\s+)?(?:new\s+)?(?:(?:\w+\s+)?members?\s+of\s+(?:the\s+|its\s+|a\s+)?)?(?:new\s+)?$",
    re.I,
)


def _name_start(text: str, at: int) -> int:
    """Where the capitalized run of words that holds the place ``at`` begins."""
    before = re.search(rf"(?:{_NAME_RUN}\s+)*$", text[:at])
    return before.start() if before else at


# the run of a name's words around a place in a sentence: capitalized words, with the small words between them
_NAME_RUN = r"(?:[A-Z][\w'’-]*|\d+|of|the|for|on|in|(?:and|or)(?=\s+Governments?\b))"


def _name_around(text: str, at: int) -> str:
    """The capitalized run of words (its small words inside) that holds the place ``at``: "The ICGLR Heads of
    State Summit" around "Summit"."""
    after = re.match(rf"(?:[\w'’-]+)(?:\s+{_NAME_RUN})*", text[at:])
    return text[_name_start(text, at) : at + (after.end() if after else 0)]


def _body_in_sentence(text: str, ctx: Context) -> tuple[str, int] | None:
    """(body slug, where) of the meeting a sentence names: "meeting of the X", "the X Council", "the SCO summit".
    An organization that is itself a council (an "Arctic" or "Nordic" Council) sits as the text calls it:
    "the 13th meeting of the XYZ Council", "the session was held" with no summit, leaders or heads of state
    named is a meeting or a session of it ("Ministerial meeting" -> ministerial-meeting), not its summit."""
    text = _org_name_before_body_blanked(text, ctx)
    # "the Heads of Government (Prime Ministers) Council": a gloss of who sits, bracketed inside the body's name,
    # is no part of it (blanked, the offsets kept)
    text = _MEMBERS_GLOSS.sub(lambda m: " " * len(m.group()), text)
    # "met on the sidelines of the 69th session of the UN General Assembly": the gathering it met beside is
    # another's sitting, not the meeting's body (blanked, the offsets kept)
    text = SIDELINES.sub(lambda m: " " * len(m.group()), text)
    # "The council, modelled on the UN Security Council, met": the body it is likened to is another's (blanked)
    text = LIKENED.sub(lambda m: " " * len(m.group()), text)
    found = _body_named_in(text, ctx)
    mode = (
        _MODE_SITTING.search(text, found[1])
        if found is not None and SITTING_ONLY.fullmatch(found[0])
        else None
    )
    if found is not None and mode is not None and mode.start() == found[1]:
        # slug26: "Virtual Meeting -- The 2020 Xyz Trade Ministers Meeting was convened by video link": a heading
        # that tells only how the sitting met, then the body it names (blanked up to the heading's noun)
        named = _body_named_in(" " * mode.end() + text[mode.end() :], ctx)
        if named is not None and not SITTING_ONLY.fullmatch(named[0]):
            found = named
    if (
        found is not None
        and found[0].startswith("ministerial-")
        and re.search(r"\bforeign\s+ministerial\b", text[max(0, found[1] - 30) : found[1] + 30], re.I)
    ):
        # "the Xyz Foreign Ministerial meeting": its FM body (the organization's own "Ministerial Council" where
        # its table names one: "the GCC Foreign Ministerial Council")
        tabled = found[0] if found[0] in org_bodies(ctx.org) else None
        return _foreign_ministers_body(ctx, tabled), found[1]
    if (
        found is not None
        and (found[0] == _summit_slug(ctx) or (found[0] == "council" and ctx.org.endswith("-council")))
        and found[0] not in org_bodies(ctx.org)  # the GCC's Supreme Council is a body of its own, and sits
        and _is_a_council(ctx)
        and not _NOT_A_SUMMIT_GUARD.search(text)
    ):
        sitting = _SITTING_NOUN.search(text)
        if sitting:
            kind = sitting.group("kind")
            noun = sitting.group("noun").casefold()
            if kind is None and noun == "meeting":
                # "the 14th meeting of the XYZ Council": a council of states meets, as such, at the level of its
                # ministers (its senior officials' sittings are named so); a "session" keeps its bare name
                kind = "ministerial"
            return (f"{kind.casefold()}-" if kind else "") + noun, found[1]
    return found


# a bracketed gloss of the members' title right before a body's head noun: "(Prime Ministers) Council",
# "(Presidents) Council", "(Ministers of Foreign Affairs) Meeting"
_MEMBERS_GLOSS = re.compile(
    r"(?<=\w)\s\((?:(?:Prime|Foreign|Defen[cs]e|Finance|Trade)\s+Ministers|Presidents|Premiers|Leaders|Ministers(?:\s+of\s+"
    r"[A-Z][\w ]{2,30})?|Heads\s+of\s+(?:State|Government)(?:\s+and\s+Government)?)\)(?=\s+(?:Council|Meeting|Conference"
    r"|Assembly|Committee|Summit)\b)"
)


# (the phrase quoted or not: 'met "on the sidelines" of a UN session'); a sitting the
# meeting is timed by is another one too: "met in Hamburg on Friday, before the opening of the G20 summit",
# "ahead of the summit" (the foreign ministers' meeting is not the summit it precedes)
# a body likened to another in a participle set off by commas: "the 15-member council, modelled on the UN Security
# Council, ...", "patterned after the European Commission"
LIKENED = re.compile(
    r",\s+(?:modell?ed|patterned|fashioned|styled|inspired)\s+(?:on|upon|after|by)\b[^,;]*(?:,|$)", re.I
)
SIDELINES = re.compile(
    r"\b(?:on|in|at)\s+the\s+(?:sidelines?|margins?|fringes?)[\"”’']?\s+of\b[^,;.]*"
    # "met alongside the annual session of the Xyz Assembly", "Alongside the summit, the ministers met": the
    # sitting beside which another sat
    r"|\balongside\s+(?:the\s+|an?\s+|its\s+)?(?:[\w'’-]+\s+){0,5}?"
    r"(?:summit|meeting|session|conference|assembly|gathering|forum|week)s?\b[^,;.]*"
    # "during the high-level week of the 80th session of the Xyz General Assembly", "in the framework of its
    # general debate": the world body's week, not the meeting's body
    r"|\b(?:during|in|within|at)\s+(?:the\s+)?(?:framework\s+of\s+the\s+)?high-level\s+(?:week|segment)\s+of\b[^,;.]*"
    # "met on Sunday to prepare the summit", "gathered to get ready for the organization's summit", "in the
    # run-up to the ministers' council", "a step in preparing the leaders' session": the sitting prepared
    # ("as part of preparations for the 34th session of the summit", "a preparatory meeting for the summit": the
    # preparatory sitting's own words kept)
    r"|\b(?:(?:in\s+order\s+)?to\s+(?:prepare|get\s+ready)(?:\s+for)?|preparing(?:\s+for)?|preparations?\s+for"
    r"|(?<=preparatory\smeeting\s)for|(?<=preparatory\ssession\s)for"
    r"|in\s+(?:preparation\s+for|the\s+run-up\s+to|advance\s+of))\s+(?:(?:the|its|their|an?)\s+)?(?:[\w'’-]+\s+){0,5}?"
    r"(?:summit|meeting|session|conference|assembly|gathering|council|congress)s?\b[^,;.]*"
    # (not "three days before the Summit was held": a duration before it dates the sitting it names)
    r"|,?\s+\b(?<!\bdays\s)(?<!\bday\s)(?<!\bweeks\s)(?<!\bweek\s)(?<!\bmonths\s)(?<!\bhours\s)"
    r"(?:before|ahead\s+of|prior\s+to|on\s+the\s+eve\s+of)\s+(?:the\s+)?(?:(?:opening|start)\s+of\s+(?:the\s+)?)?"
    r"(?:[\w'’-]+\s+){0,5}?(?:summit|meeting|session|conference|assembly|gathering)s?\b[^,;.]*",
    re.I,
)


_PEOPLE_WORD = re.compile(r"Ministers|Officials|Leaders|Heads|Governors|Chiefs|Presidents|Ministerial", re.I)
_INITIALS_BEFORE_NAME = re.compile(r"(?<=[a-z])\s\((?P<abbr>[A-Z][A-Za-z-]{1,9})\)(?=\s+[A-Z][a-z])")


def _org_name_before_body_blanked(text: str, ctx: Context) -> str:
    """ "the Collective Security Treaty Organization (CSTO) Collective Security Council": an organization named
    with its initials right before a body's name is no part of the body's name; its words and initials are
    blanked (offsets hold). The name is the capitalized words before the brackets whose initials the
    bracket spells ("Mekong-Lancang Cooperation (MLC)"), or all of them when the initials are the
    organization's own slug ("Eurasian Economic Union (EAEU)")."""
    for m in reversed(list(_INITIALS_BEFORE_NAME.finditer(text))):
        before = re.search(
            r"((?:[A-Z][\w'’-]*\s+(?:(?:of|and|for|the)\s+)*){0,7}[A-Z][\w'’-]*)$", text[: m.start()]
        )
        if before is None:
            continue
        words = re.findall(r"[A-Z][\w'’-]*", before.group(1))
        if _PEOPLE_WORD.fullmatch(words[-1]) and m.group("abbr").casefold() != ctx.org.casefold():
            continue  # "the Xyz Energy Ministers (XEM) Meeting": the initials of the sitting, not of an organization
        start = next(
            (k for k in range(len(words)) if spells_slug(" ".join(words[k:]), m.group("abbr"))), None
        )
        if start is None and m.group("abbr").casefold() == ctx.org.casefold():
            start = 0
        if start is None:
            continue
        first = before.start(1) + before.group(1).find(words[start])
        text = text[:first] + " " * (m.end() - first) + text[m.end() :]
    return text


# who sits at a summit, or the word itself: then the organization's sitting is its summit
_NOT_A_SUMMIT_GUARD = re.compile(
    r"\b(?:summits?|leaders|heads\s+of\s+(?:state|government)|presidents|prime\s+ministers|kings?|emirs?)\b",
    re.I,
)


_SITTING_NOUN = re.compile(r"\b(?:(?P<kind>ministerial|plenary)\s+)?(?P<noun>meeting|session)\b", re.I)


def _led_by_another(before: str, ctx: Context) -> bool:
    """Whether the words just before a body's name (its last four) name another organization: "The CICA" in
    "The CICA Meeting of Ministers of Foreign Affairs"."""
    return names_another(" ".join(before.split()[-4:]), ctx.org)


def _anothers_ministers(subject: str, ctx: Context) -> bool:
    """Whether the ministers' sitting is another organization's: "The CICA Meeting of Ministers of Foreign
    Affairs met ..." read for BRICS names CICA and not BRICS (a state named is no other organization)."""
    return names_another(subject, ctx.org) and not _names_own_org(subject, ctx)


def _is_a_council(ctx: Context) -> bool:
    """Whether the organization's own name is a council's or an assembly's ("Arctic Council", "Baltic
    Assembly", a parliamentary assembly; by its slug or as the text defines it): it sits in sessions and
    meetings of its own, never in a summit of leaders."""
    return ctx.org.endswith(("-council", "-assembly")) or any(
        # "the Parliamentary Assembly of Turkic States (TURKPA)": its head noun before "of"
        n.endswith((" council", " assembly")) or n.startswith("assembly of ")
        for n in _defined_names(ctx)
    )


# "BRICS countries kicked off their foreign ministers meeting", "the bloc opened its defence ministers' session":
# the sitting named by who sits in it, after "its"/"their", in lower case
_ITS_PEOPLE_SITTING = re.compile(
    r"\b(?:held|hosted|convened|opened|closed|concluded|ended|began|started|kicked\s+off|wrapped\s+up|wound\s+up)\s+"
    r"(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?P<people>foreign\s+ministers|ministers\s+of\s+foreign\s+affairs"
    r"|defen[cs]e\s+ministers|heads\s+of\s+government|prime\s+ministers)['’]?\s+(?P<head>meeting|session|council)\b"
)


# the foreign ministers' council named as such ("the Council of Foreign Ministers", "CFM", "the Council of
# Ministers of Foreign Affairs", "the Foreign Ministers' Council")
_FM_COUNCIL = re.compile(
    r"\bCouncil\s+of\s+(?:the\s+)?(?:Foreign\s+Ministers|Ministers\s+of\s+Foreign\s+Affairs)\b"
    r"|\bForeign\s+Ministers['’]?\s+Council\b|\bC(?:FM|MFA)\b|\bcouncil\s+at\s+(?:the\s+)?ministerial\s+level\b",
    re.I,
)


def _foreign_ministers_body(ctx: Context, otherwise: str | None = None) -> str:
    """The foreign ministers' body: the table's or store's council of them, else their meeting (BRICS has no
    council), else ``otherwise``; by default a council of foreign ministers where the text names one, else
    their meeting (a sectoral ministers' meeting no named council holds: meeting_canon.py)."""
    for name in ("Council of Foreign Ministers", "Foreign Ministers Meeting"):
        slug = resolve_body(name, ctx.bodies, ctx.org)
        if slug:
            return slug
    if otherwise is not None:
        return otherwise
    return "council-of-foreign-ministers" if _FM_COUNCIL.search(ctx.doc.text) else "foreign-ministers-meeting"


def _its_people_sitting(text: str, ctx: Context) -> tuple[str, int] | None:
    """(body, where) of "... held its foreign ministers meeting": the body by the people's name."""
    m = _ITS_PEOPLE_SITTING.search(text)
    if m is None:
        return None
    people = " ".join(m.group("people").split()).replace("ministers of foreign affairs", "foreign ministers")
    named = resolve_body(f"{people.title()} {m.group('head').title()}", ctx.bodies, ctx.org)
    if named:
        return named, m.start()
    if people == "foreign ministers":
        return _foreign_ministers_body(ctx), m.start()
    if people in ("heads of government", "prime ministers"):
        return _government_heads_body(ctx), m.start()
    return f"council-of-{people.replace(' ', '-')}", m.start()


# "The ASEAN Foreign Ministers' Retreat (AMM Retreat) ... was convened", "the Forum Leaders' Retreat was held at
# ...": an informal sitting named by who sits in it, a sitting of their body
_PEOPLES_RETREAT = re.compile(
    r"\b(?P<people>(?i:foreign\s+ministers|ministers\s+of\s+foreign\s+affairs|leaders"
    r"|heads\s+of\s+(?:state|government)(?:\s+and\s+government)?))['’]?\s+(?:\(\w+\)\s+)?(?i:retreat)\b"
)


def _peoples_retreat(text: str, ctx: Context) -> tuple[str, int] | None:
    """(body, where) of a retreat named by who sits in it: the foreign ministers' body for theirs (the table's,
    else their meeting: a retreat is no council's session), the summit for the leaders' or the heads of state's
    (the heads of government's body for theirs alone); None for another organization's ("the APEC Leaders'
    Retreat" read for ASEAN)."""
    m = _PEOPLES_RETREAT.search(text)
    if m is None or names_another(_qualifier(text, m.start()), ctx.org):
        return None
    people = " ".join(m.group("people").casefold().split())
    if "foreign" in people:  # a retreat is no council's session: their meeting when the table names no body
        return _foreign_ministers_body(ctx, otherwise="foreign-ministers-meeting"), m.start()
    if people == "heads of government":
        return _government_heads_body(ctx), m.start()
    return _summit_slug(ctx), m.start()


# a sectoral ministers' or officials' sitting named by who sits in it, as the pages of many organizations word it
# ("the Seventh Meeting of BRICS Ministers of Agriculture", "the sixth meeting of the agriculture ministers of
# the member states of the ECO", "the Defense Ministers' Meeting of the SCO Member States", "an informal meeting
# of defence ministers", "SADC Ministers of Health met in ...", "the Meeting of BRICS National Security
# Advisers"); foreign ministers are read by the patterns above and below (their council where named)
_SECTOR_WORDS = "|".join(w for w in sorted(SECTORS, key=len, reverse=True) if w != "foreign")
# ("Ministers for Foreign Trade and Economy": foreign trade is trade; foreign affairs stay the patterns' below)
_FOREIGN_OF = r"(?:foreign\s+(?=(?:trade|economic|economy)\b))?"
_SECTOR_RUN = rf"{_FOREIGN_OF}(?:{_SECTOR_WORDS})(?:(?:\s*,\s*|\s+and\s+){_FOREIGN_OF}(?:{_SECTOR_WORDS}))*"
# whose ministers, told between the ministers and their charge ("the High Representatives of the BRICS countries
# responsible for national security", "ministers of the member states in charge of transport")
_WHOSE = (
    r"(?:of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:countries|member\s+(?:states|countries)|states|nations)\s+)?"
)
_SECTORAL_PEOPLE = (
    rf"(?:(?P<s1>{_SECTOR_RUN})\s+ministers(?:\s+and\s+central\s+bank\s+governors)?|ministers\s+(?:of|for|on|"
    rf"{_WHOSE}(?:responsible\s+for|in\s+charge\s+of))\s+(?:the\s+)?"
    rf"(?P<s2>{_SECTOR_RUN})(?:\s+affairs)?(?:\s+and\s+(?-i:[A-Z])[a-z]+(?=\s+(?:\([A-Z]|held|met)))?|(?P<nsa>national\s+security\s+advis[eo]rs?|high\s+representatives\s+"
    rf"{_WHOSE}(?:responsible\s+for|for|in\s+charge\s+of)\s+(?:national\s+)?security|(?:senior|high-ranking|top)\s+"
    rf"(?:officials\s+(?:in\s+charge\s+of|responsible\s+for)\s+(?:national\s+)?security|(?:national\s+)?security\s+officials)))"
)
_SECTORAL_SITTING = re.compile(
    rf"\b(?:meeting|session|sitting|conference|gathering|retreat)s?\s+of\s+(?:the\s+)?(?P<q1>(?:[A-Z][\w'’-]*\s+){{0,3}}?)"
    rf"{_SECTORAL_PEOPLE}(?!\s+(?:and\s+)?(?:Council|Committee)\b)"
    rf"|(?<!\bof\s)(?<!\bof\sthe\s)\b(?P<q2>(?:[A-Z][\w'’-]*\s+){{0,3}}?)"
    + _SECTORAL_PEOPLE.replace("?P<s1>", "?P<t1>").replace("?P<s2>", "?P<t2>").replace("?P<nsa>", "?P<nsa2>")
    # (their sitting's initials in brackets may follow: "the Xyz Ministers on Energy (XMEM) held their meeting")
    + r"(?:\s*\((?-i:[A-Z])[A-Za-z-]{1,9}\))?"
    # ("the interior ministers' moot met Wednesday": the South Asian press's word for a meeting)
    + r"(?:['’]?\s+(?:meeting|session|retreat|conference|gathering|moot|conclave)\b"
    # (the sitting named as the object of a verb that closes or opens it: "wrapped up their seventh meeting"; not
    # their "gathering", which may be the week's whole event)
    r"|(?:\s+(?:of|in|from)\s+(?:the\s+)?[^.;:]{0,110}?)?,?\s+(?:met|gathered|convened|(?:are|were)\s+meeting|held\s+(?:their|its|a|an|the)"
    r"|(?:wrapped\s+up|concluded|closed|opened|ended|began|started)\s+(?:their|its|a|an|the)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:meeting|session|conference))\b"
    # "The Defence Ministers of A, B and other countries attended the XYZ meeting on Friday": their own sitting
    r"|(?:\s+of\s+(?:the\s+)?[^.;:]{0,110}?)?,?\s+attended\s+(?:the|a|an)\s+(?:[^.;:]{0,60}?\s)?(?:meeting|session|gathering)\b)",
    re.I,
)


def _sectoral_sitting(text: str, ctx: Context) -> tuple[str, int] | None:
    """(body, where) of a sectoral ministers' or officials' sitting: the table's or store's body of those
    people, else ``<sector>-ministers-meeting`` / ``national-security-advisers-meeting`` (meeting_canon.py);
    never the summit. None for another organization's ("the EU energy ministers" read for the XYZ) and for a
    council named by its members' office ("the Council of Defence Ministers": the patterns below)."""
    for m in _SECTORAL_SITTING.finditer(text):
        qualifier = m.group("q1") or m.group("q2") or ""
        if re.search(
            r"\b(?:Council|Committee|Commission|Board)\s+(?:of\s+(?:the\s+)?)?$",
            text[: m.start()] + qualifier,
        ):
            continue
        if names_another(qualifier, ctx.org):
            continue
        if re.search(r"^[^.;]*\b(?:their|its)\s+(?:own\s+)?council\b", text[m.end() :], re.I):
            return None  # "Defence ministers met ... for a session of their council": a council, named so
        if re.search(
            r"\b(?:summit|Council|Assembly|Conference|Authority|Congress|leaders|presidents|heads\s+of\s+(?:state|government)"
            r"|prime\s+ministers)\b",
            text[: m.start()],
            re.I,
        ):
            return None  # "The XYZ summit opened ..., a week after the trade ministers met": the body named first
        if m.group("nsa") or m.group("nsa2"):
            slug = "national-security-advisers-meeting"
        else:
            sector = m.group("s1") or m.group("s2") or m.group("t1") or m.group("t2")
            if sector.casefold() == ctx.org.casefold():
                continue  # "Foreign ministers of the SPORT": the organization's own name, no sector
            words = [w for w in re.findall(r"[a-z]+", sector.casefold()) if w not in ("and", "foreign")]
            # ministers of two sectors or more: the body the organization's table names for those ministers, or
            # for the ministers of one of the sectors ("trade and economy" -> its trade ministers' body)
            tabled = (
                next(
                    (
                        body
                        for said in (" and ".join(words), *words)
                        if (body := resolve_body(f"{said} ministers", ctx.bodies, ctx.org))
                    ),
                    None,
                )
                if len(words) > 1
                else None
            )
            if tabled:
                return tabled, m.start()
            slug = "-".join(words) + "-ministers-meeting"  # the canon spells the sector as the golds do
        return canon_body(slug, ctx) or slug, m.start()
    return None


@cache
def _bodies_of_bodies(org: str) -> tuple[tuple[str, str], ...]:
    """(slug, name) of each name the organization's table gives a body of another of its bodies ("Executive Board of
    the Ministerial Council": the part after "of the" names a body of the table, not this one)."""
    return tuple(
        (slug, name)
        for slug, names in org_bodies(org).items()
        for name in names
        if len(tail := re.split(r"\s+of\s+the\s+", name, maxsplit=1)) == 2
        and resolve_body(tail[1], None, org) not in (None, slug)
    )


def _body_of_a_body(text: str, ctx: Context) -> tuple[str, int] | None:
    """A body of another body that the organization's table names whole ("the Executive Board of the Ministerial
    Council", "the Bureau of the Assembly of States Parties"): that body, not the one its name ends with."""
    for slug, name in _bodies_of_bodies(ctx.org):
        at = text.find(name)
        if at >= 0:
            return slug, at
    return None


def _body_named_in(text: str, ctx: Context) -> tuple[str, int] | None:
    compound = _body_of_a_body(text, ctx)
    if compound:
        return compound
    seated = _SEATED_ON.search(text)
    if seated and not another_tabled(seated.group("body"), ctx.org):
        # "Foreign ministers on the Xyz Ministerial Action Group (XMAG) met": the body they sit on
        slug = _generic_body(seated.group("body"), ctx)
        if slug:
            return slug, seated.start("body")
    sectoral = _sectoral_sitting(text, ctx)
    if sectoral:
        return sectoral
    sitting = _its_people_sitting(text, ctx)
    if sitting:
        return sitting
    retreat = _peoples_retreat(text, ctx)
    if retreat:
        return retreat
    theirs = _their_body(text)
    if (
        theirs
    ):  # "... session of their Conference": the body of those who sit, under the store's or table's slug
        their_slug = resolve_body(theirs[0].replace("-", " "), ctx.bodies, ctx.org)
        said = _THEIR_BODY.search(text)
        if (
            their_slug is None
            and theirs[0] == "council-of-foreign-ministers"
            and said
            and said.group("head").casefold() != "council"
        ):
            # "The BRICS foreign ministers held their annual meeting": BRICS's is a meeting, no council ("the
            # eleventh meeting of their council" names one)
            their_slug = _foreign_ministers_body(ctx)
        return their_slug or theirs[0], theirs[1]
    heads = _THEIR_BODY.search(text)
    if heads and re.match(r"heads\s+of", heads.group("people"), re.I):
        # "The Heads of Government of X held their 50th Regular Meeting": the heads' own sitting, their body
        alone = re.fullmatch(r"heads\s+of\s+government", " ".join(heads.group("people").split()), re.I)
        return (_government_heads_body(ctx) if alone else _summit_slug(ctx)), heads.start()
    officials = _SENIOR_OFFICIALS.search(text)
    if (
        officials
    ):  # "Senior officials of the XYZ met in Singapore on Monday to prepare the summit": their meeting
        return "senior-officials-meeting", officials.start()
    lower = _LOWER_BODY.search(text)
    if (
        lower
        and not re.search(
            r"\b(?:Council|Assembly|Conference|Authority|Summit|Meeting|Session|Committee|Commission|Board)\b|\bsummit\b",
            re.sub(r"^\W*(?:Meeting|Gathering|Convening|Sitting)\b", "", text[: lower.start()]),
        )
    ):  # "a 21st ordinary ministerial meeting of the XYZ", "the XYZ council of ministers": a body named in lower
        # case before any other is that body, never the organization's summit
        return re.sub(r"\W+", "-", lower.group("body").casefold()), lower.start()
    for m in _MEETING_OF.finditer(text):
        if re.search(
            r"\b(?:after|before|following|ahead\s+of|preceding)\s+(?:the\s+|a\s+)?$", text[: m.start()], re.I
        ) and _HELD_VERB.search(text[: m.start()]):
            continue  # "The heads of state met for the summit, after the meeting of the foreign ministers": another sitting
        if _JOINT_OF.search(text[: m.start()]):
            continue  # "the 29th Baltic Council, the joint meeting of the Assembly and the Xyz": two bodies sit, neither alone
        if not m.group().casefold().startswith("summit") and _HEADS_OF.match(m.group("of")):
            # "the 23rd Extra-Ordinary Meeting of the EAC Heads of State", "a special session of the Heads of
            # State and Government": the heads' sitting is the organization's summit (its Council of Heads of
            # State where the text names one)
            kind = re.sub(r"\bextra-ordinary\b", "extraordinary", _qualifier(text, m.start()), flags=re.I)
            if re.fullmatch(rf"(?:(?:{SITTING_KIND})\s*)*", kind.strip(), re.I):
                return _summit_slug(
                    ctx
                ), m.start()  # "the 23rd Extra-Ordinary Meeting": which sitting, no name
            return _anothers_summit(text, m.start(), ctx) or _summit_slug(ctx), m.start()
        qualified = re.search(r"((?:[A-Z][\w'’-]*\s+(?:of\s+|and\s+)?){1,5})$", text[: m.start()])
        of_own = re.match(r"(?:the\s+)?(?P<own>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,6})", m.group("of"))
        if (
            qualified
            and m.group()[:1].isupper()
            and not m.group().casefold().startswith("summit")  # "Leaders' Summit of the XYZ" is its summit
            and of_own
            and (
                _names_own_org(of_own.group("own"), ctx)
                # "the Senior Officials' Meeting of the Union": the organization by its generic noun
                or re.fullmatch(
                    r"Union|Organi[sz]ation|Group|Bloc|Community|Association|Alliance", of_own.group("own")
                )
            )
            and not re.fullmatch(r"(?:The|A|An)\s+", qualified.group(1))
        ):  # "the 22nd Heads of Government Meeting of the XYZ": the meeting's own name, the org left out
            noun = m.group().split()[0]
            slug = _generic_body(f"{qualified.group(1).strip()} {noun}", ctx)
            if slug and slug not in ("meeting", "session"):
                return slug, m.start()
        named = re.match(
            r"(?P<n>[A-Z][\w'’-]*(?:\s+(?:of|for|and|on|in|the)\b|\s+[A-Z][\w'’-]*|\s+\d+\b)*)", m.group("of")
        )
        if (
            m.group().casefold().startswith("summit")
            and named
            and any(n.casefold() == named.group("n").casefold() for n in org_names(ctx.org) if " " in n)
        ):
            return _summit_slug(ctx), m.start()  # "the 14th summit of the Group of 15 developing countries"
        if m.group().casefold().startswith("summit") and _OF_PEOPLE.match(m.group("of")):
            return _anothers_summit(text, m.start(), ctx) or _summit_slug(
                ctx
            ), m.start()  # "Summit of SADC Heads of State and Government": a summit
        body = _prefixes(m.group("of"), ctx)
        if body and names_another(_qualifier(text, m.start()), ctx.org):
            continue  # "the CARICOM Regular Meeting of the Conference of ..." read for ECCAS: another's meeting
        if body:
            return body, m.start()
        name = re.match(
            r"(?:[A-Z][\w'’-]*(?:\s+(?:of|for|and|on|in|the)\b)*\s+){2,12}?(?:[A-Z][\w'’-]*)(?=\s+(?:closed|opened|ended|began|was|held|in|on|at)\b|\s*[,.;(]|$)",
            m.group("of"),
        )
        if (
            m.group().casefold().startswith("summit")
            and name
            and not re.search(
                r"\b(?:Council|Assembly|Committee|Commission|Conference|Authority|Heads?|Ministers?|Leaders|Parliament|Court)\b",
                name.group(),
            )
            and not find_parties(name.group())
        ):  # "the sixth summit of the Bay of Bengal Initiative for ...": an organization's name, its summit
            return _summit_slug(ctx), m.start()
    for m in _COUNCIL_OF.finditer(text):
        if _JOINT_OF.search(text[: m.start()]):
            continue
        body = _prefixes(m.group(), ctx)
        if body and names_another(_qualifier(text, m.start()), ctx.org):
            continue  # "the SADC Council of Ministers" read for IGAD: another's council
        if body:
            return body, m.start()
    own = re.search(
        r"\b(?:held|holds|convened|hosted|opened|closed)\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}(?:summit|meeting\s+of\s+heads\s+of\s+state)\b"
        r"|\bheads\s+of\s+state\b.*?\b(?:their|its)\s+(?:Council|summit)\b",
        text,
        re.I,
    )
    if own:  # "The Organization of Turkic States held its ninth summit", "... session of their Council"
        return _summit_slug(ctx), own.start()
    for m in _COUNCIL.finditer(text):
        words = m.group("name").split()
        for k in range(len(words)):  # "The Heads of State Council": the longest tail that names a body
            body = resolve_body(" ".join(words[k:]), ctx.bodies, ctx.org)
            # the words before the body's own name: "OAS" in "The OAS Permanent Council" (whose longest tail
            # already resolves, the words before it tolerated)
            named_from = (
                next(
                    (
                        j
                        for j in range(len(words) - 1, k - 1, -1)
                        if resolve_body(" ".join(words[j:]), ctx.bodies, ctx.org) == body
                    ),
                    k,
                )
                if body
                else k
            )
            if body and (
                names_another(" ".join(words[:named_from]), ctx.org) or _of_another(text[m.end() :], ctx)
            ):
                break  # "the EAEU Supreme Council", "the Supreme Council of the Andean ..." read for the GCC
            if body:
                return body, m.start()
    for rx, group in ((_MEETING_OF, "of"), (_QUALIFIED_OF, 0), (_COUNCIL_OF, 0), (_COUNCIL, "name")):
        for m in rx.finditer(text):  # a body no table knows: its name as written, the organization's left out
            if _led_by_another(text[: m.start()], ctx) and not _names_own_org(m.group(group), ctx):
                continue  # "The CICA Meeting of Ministers of Foreign Affairs" read for BRICS: CICA's
            slug = _generic_body(m.group(group), ctx)
            if slug and (slug != "council" or _names_own_org(m.group(group), ctx)):
                return slug, m.start()  # "the IOM Council": the organization's council
    # ("the Xyz Ministers of Foreign Affairs meeting": the sitting's noun in lower case after its people's name,
    # read as the meeting's name; the same length, the offsets kept)
    named = _NAMED_MEETING.search(text) or _NAMED_MEETING.search(
        _PEOPLES_MEETING.sub(lambda m: m.group(1) + "Meeting", text)
    )
    if named:  # "the Commonwealth Heads of Government Meeting that was formally opened ...": a meeting's name
        # "the 70th OECS Authority Meeting": a body's head noun before "Meeting" names the body, not the meeting
        phrase = named.group()
        bodied = re.match(rf"(?P<body>.*\b(?:{_BODY_HEADS}))\s+Meeting$", phrase)
        slug = _generic_body(bodied.group("body") if bodied else phrase, ctx)
        if slug:
            return slug, named.start()
    summit = _SUMMIT.search(text)
    if summit:
        return _anothers_summit(text, summit.start(), ctx) or _summit_slug(ctx), summit.start()
    named = re.search(
        r"\b(?:in|at|At|of|by|for|to|hosted|held|convened|opened|closed|concluded|attended|attending|ended|began|started|wrapped\s+up|wound\s+up|kicked\s+off)\s+(?:a|an|the|its|their)\s+(?P<body>(?:(?:\d+(?:st|nd|rd|th)|[A-Z][\w'’-]*|\w+-(?:day|week|month|long))\s+){0,6}(?:Council|Assembly|Conference|Congress|Authority|Board(?:\s+of\s+Governors)?|Governing\s+Body|Committee))\b",
        text,
    )
    if (
        named is None
    ):  # "At its 40th session in Lima on Monday, the XYZ General Assembly adopted ...": the subject
        named = re.search(
            r"^(?:At|Closing|Concluding|Wrapping\s+up|Ending|Opening|On\s+the\s+\w+\s+day\s+of)\s+(?:its|their)\s+[^;]+?,\s+(?P<body>the\s+(?:[A-Z][\w'’-]*\s+){0,6}(?:Council|Assembly|Conference|Congress|Authority|Board|Body|Committee))\b",
            text,
        )
    if named and any(is_state(p.value) for p in find_parties(named.group("body"))):
        named = (
            None  # "blocked by the Paraguayan Congress": a state's parliament, no body of the organization
        )
    if named:  # "Meeting in a Special Council in Geneva": the body the meeting sits as; "hosted the 12th
        # Conference of Heads of State and Government of the XYZ on 5 May": its name runs on after "of"
        slug = _generic_body(text[named.start("body") :], ctx)
        if slug:
            return slug, named.start()
    return None


_SENIOR_OFFICIALS = re.compile(
    r"^(?:The\s+)?[Ss]enior\s+officials\b(?:\s+of\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,6}?)?\s+(?:met|gathered|convened|held|opened|closed|concluded|wrapped\s+up|wound\s+up)\b"
    r"|\b[Ss]enior\s+[Oo]fficials['’]?\s+[Mm]eeting\b"
)


# a slug that is only the rank of those who sit, the first rank where two sit together: "sherpas",
# "sherpas-and-sous-sherpas", "national-coordinators", "security-council-secretaries", "senior-officials"
_SAT_AS_PEOPLE = re.compile(
    r"(?P<people>(?:[a-z]+-){0,3}?(?:sherpas|coordinators|officials|representatives|envoys|advisers|advisors"
    r"|secretaries|ambassadors|experts|deputies|governors|chiefs|commanders|prosecutors|ombudsmen|auditors))"
    r"(?:-and-[a-z-]+)?"
)


# the members of a named body, by the seat they hold on it: "Foreign ministers on the Xyz Action Group"
_SEATED_ON = re.compile(
    r"\b(?:ministers|members|representatives|ambassadors)\s+(?:sitting\s+|serving\s+)?on\s+the\s+"
    r"(?P<body>(?:[A-Z][\w'’-]*\s+){1,5}(?:Group|Committee|Council|Board|Commission|Panel))\b"
)
_PEOPLES_MEETING = re.compile(
    r"(\b(?:Ministers|Affairs|Leaders|Officials|Sherpas|Governors|Advis[eo]rs)['’]?\s+)meeting\b(?!\s+of\b)"
)
_BODY_HEADS = "Authority|Council|Assembly|Conference|Committee|Board|Commission|Group|Congress|Parliament"


_NAMED_MEETING = re.compile(r"\b(?:[A-Z][\w'’-]*\s+(?:of\s+|and\s+|on\s+)?){1,6}Meeting\b(?!\s+of\b)")


# an organization of states by its name: "Commonwealth of Independent States", "Cooperation Council of Turkic
# Speaking States", "Association of Southeast Asian Nations" (not "Council of Heads of State")
_ORG_OF_STATES = re.compile(
    r"^(?:the\s+)?(?:[A-Z][\w'’-]*\s+(?:of\s+|for\s+|on\s+|and\s+)?(?:the\s+)?)*?(?:of|for)\s+(?:the\s+)?(?!Heads\b|Member\b|Foreign\b)(?:[A-Z][\w'’-]*\s+){1,4}(?:States|Nations|Countries)$"
)


_GENERIC_HEADS = {
    "council",
    "assembly",
    "summit",
    "conference",
    "authority",
    "meeting",
    "session",
    "committee",
}


def _own_name_runs_dropped(words: list[str], own: set[str], alone: set[str]) -> list[str]:
    """A body's words without the organization's own name: a word that names it alone (its abbreviation,
    "Commonwealth"), or a run of two or more words of its name ("Supreme Eurasian Economic Council" -> Supreme Council). One word of the name alone stays:
    the CSTO's "Committee of Secretaries of Security Councils" keeps its "Security"."""
    kept: list[str] = []
    for is_own, group in groupby(words, key=lambda w: w in own):
        run = list(group)
        if not (is_own and (len(run) >= 2 or run[0] in alone)):
            kept.extend(run)
    return kept


# the sectors whose agencies' heads sit apart from any minister (the SCO's heads of emergency authorities, the
# CIS's heads of customs services): the spelling a slug keeps for each
_AGENCY_SECTORS = {
    "emergency": "emergency",
    "emergencies": "emergency",
    "disaster": "disaster",
    "disasters": "disaster",
    "customs": "customs",
    "tax": "tax",
    "taxation": "tax",
    "statistics": "statistics",
    "statistical": "statistics",
    "drug": "drug",
    "drugs": "drug",
    "narcotics": "drug",
    "border": "border",
    "migration": "migration",
    "audit": "audit",
    "antimonopoly": "antimonopoly",
    "competition": "competition",
    "archives": "archive",
    "archival": "archive",
    "aviation": "aviation",
    "railway": "railway",
    "railways": "railway",
    "standardization": "standardization",
    "sanitary": "sanitary",
    "veterinary": "veterinary",
    "space": "space",
    "police": "police",
    "intelligence": "intelligence",
    "security": "security",
}

_AGENCY_NOUNS = ("agencies", "departments", "authorities", "services", "bodies", "administrations")

_SECTOR_HEADS = re.compile(
    r"(?:the\s+)?(?i:heads|chiefs|directors)\s+of\s+(?:the\s+)?(?P<q>(?:[a-z][\w-]*\s+){0,2}?)"
    r"(?P<q2>(?:[A-Z][\w-]*\s+){0,2}?)(?P<noun>(?i:agencies|authorities|departments|services|bodies|administrations))\b"
    r"(?P<rest>[^.;]*)"
)


def _sector_heads(phrase: str, ctx: Context) -> str | None:
    """ "Heads of Authorities of the Xyz States for Emergencies" -> heads-of-emergency-authorities;
    "heads of territorial agencies of ... departments for disaster prevention" ->
    heads-of-territorial-disaster-agencies: the heads of a sector's agencies, by the sector the phrase names
    (None when it names none of ``_AGENCY_SECTORS``: no minister's or agency's sector to tell them by)."""
    m = _SECTOR_HEADS.match(" ".join(phrase.split()))
    if not m:
        return None
    qualifier = [
        w for w in m.group("q").split() if w not in ("relevant", "competent", "respective", "national")
    ]
    if any(w in _AGENCY_SECTORS for w in qualifier):  # "heads of border agencies": their sector said first
        return "-".join(["heads-of", *qualifier, m.group("noun").casefold()])
    said = (m.group("q2") + m.group("rest")).casefold()
    sector = next((_AGENCY_SECTORS[w] for w in re.findall(r"[a-z]+", said) if w in _AGENCY_SECTORS), None)
    if sector is None:
        return None
    # the body the organization's table (or the store) names for the heads of that sector's agencies, whichever
    # of the agencies' nouns the text uses ("heads of emergency authorities" are its heads of emergency departments)
    for noun in (m.group("noun").casefold(), *_AGENCY_NOUNS):
        tabled = resolve_body(" ".join(["heads of", *qualifier, sector, noun]), ctx.bodies, ctx.org)
        if tabled:
            return tabled
    return "-".join(["heads-of", *qualifier, sector, m.group("noun").casefold()])


def _generic_body(phrase: str, ctx: Context) -> str | None:
    """A body no table knows, by its words, the organization's own name left out: "Assembly of the Union"
    and "Assembly of Heads of State and Government" -> assembly ("Conference of Heads of State and
    Government" keeps its words, as the golds of every organization so named do); "Supreme Eurasian Economic Council" (of the
    Eurasian Economic Union) -> supreme-council; "Collective Security Council of the CSTO" ->
    collective-security-council; a summit of the organization itself -> its summit."""
    # "the Meeting of the Parties to the Framework Agreement": a treaty's parties sit as the meeting (or the
    # conference) of the parties, the body's own name
    if re.match(r"(?:the\s+)?Parties\b", phrase):
        sat = re.search(
            rf"\b(?P<kind>Meeting|Conference)\s+of\s+the\s+{re.escape(' '.join(phrase.split()[:3]))}",
            " ".join(ctx.doc.text.split()),
            re.I,
        )
        if sat:
            return f"{sat.group('kind').lower()}-of-the-parties"
    heads = _sector_heads(phrase, ctx)
    if heads:
        return heads
    # "the Council's eighteenth meeting": the possessive's "s" is no word of the name
    phrase = re.sub(r"(?<=\w)['’]s\s*$", "", phrase)
    # "a meeting of the five heads of state": how many sat is no word of the name (the heads' own sitting)
    phrase = re.sub(
        r"^(?:the\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+"
        r"(?=(?:heads|leaders|presidents|prime\s+ministers)\b)",
        "",
        phrase,
        flags=re.I,
    )
    # "the ASEAN Ministers on Energy Meeting": the ministers of a sector, however their name words it
    phrase = re.sub(
        rf"\bMinisters\s+on\s+(?P<sector>{'|'.join(sorted(SECTORS, key=len, reverse=True))})\b",
        lambda m: f"{m.group('sector').capitalize()} Ministers",
        phrase,
        flags=re.I,
    )
    # slug26: the organization's abbreviation set inside a body's name, before whose it is ("the council of heads
    # of Xyz governments", "the Committee of Secretaries of the Xyz Security Councils", "the Council of Heads of
    # Xyz Member States"): no word of the name, which runs on after it
    own = "|".join(
        re.escape(a) for a in sorted({*_abbreviations(ctx), ctx.org.upper()}, key=len, reverse=True) if a
    )
    phrase = re.sub(
        rf"\b(?P<of>of\s+(?:the\s+)?)(?:{own})\s+(?=(?:[Mm]ember\s+)?(?:[Gg]overnments|[Ss]tates|[Ss]ecurity\s+[Cc]ouncils"
        rf"|[Mm]inistries|[Pp]arliaments|[Cc]ountries)\b)",
        r"\g<of>",
        phrase,
    )
    # "the Committee of Security Council secretaries": who sit, in lower case after the organ they serve, end
    # the committee's name (spelled as a name: "... Security Council Secretaries")
    phrase = re.sub(
        r"\b(of\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){1,2}Councils?\s+)(secretaries|ministers|chairmen|heads)\b",
        lambda m: m.group(1) + m.group(2).capitalize(),
        phrase,
    )
    # "heads of governments": the heads of government, as a name spells them
    phrase = re.sub(r"\b([Hh]eads\s+of\s+)(?:[Mm]ember\s+)?([Gg]overnment|[Ss]tate)s\b", r"\1\2", phrase)
    whole = phrase
    phrase = defined_name_dropped(phrase, ctx)
    phrase = re.split(
        r"\s+(?:was|were|has|had|is|took|kicked|in|on|at|via|under|held|opened|started|began|met|meets|concluded"
        r"|ended|closed|wrapped|gathered|convened|elected|decided|adopted|agreed|approved|better|also|known|will|would|shall"
        r"|that|which|who|where|when|meeting|meetings|session|summit|sitting|here|there|today|yesterday|this|last|next"
        r"|voted|brought|turned|accepted|met|combined|with|by|via|through|during|after|before|to|opens|closes|ends|meets"
        r"|begins|starts|convenes)\b|\s+and\s+(?=[a-z])|[,;]|\.(?=\s|$)"
        # "the Speaker of the Assembly, His Excellency X": a person's style ends the body's name
        r"|\s+(?:His|Her|Their)\s+(?:Excellenc|Majest|Highness)|\s+H\.\s?E\.|\s+(?:Mr|Mrs|Ms|Dr)\.?\s",
        phrase,
    )[0]
    if re.fullmatch(
        r"(?:the\s+)?(?:[\w-]+\s+){0,3}(?:group|bloc|organi[sz]ation|association|alliance|union|grouping|forum)",
        phrase.strip(),
    ):
        # "the sixth summit of the group", "the 12th summit of the regional trade bloc", "of the Andean
        # alliance": the organization's own summit (a head noun in lower case describes the organization; it
        # names no body)
        return _summit_slug(ctx)
    people = _HEADS_OF_NAMED.match(whole.strip())
    if people:  # "the summit of Prime Ministers of Xyz Group countries", "a summit of presidents of A, B
        # and C": the heads themselves, of states or of a group named, sit at the summit (the prime ministers at
        # the heads of government's body where the organization has one)
        if people.group("gov"):
            return _government_heads_body(ctx, otherwise=_summit_slug(ctx))
        return _summit_slug(ctx)
    named = re.match(r"^(?:the\s+)?[A-Z][^()]{2,120}?\(\s*(?P<abbr>[A-Z][A-Z0-9-]{1,8})\s*\)", whole.strip())
    body_of = re.match(
        r"^(?:the\s+)?(?:[A-Z][\w-]*\s+)*?(?:Council|Assembly|Authority|Summit|Meeting|Session|Committee|Commission|Conference|Congress|Board(?:\s+of\s+Governors)?|Body|Parliament|Court)\s+of\s+(?:the\s+)?",
        whole.strip(),
    )
    # "Heads of Authorities of the Xyz (XYZ) States for Emergencies": heads of a sector's
    # authorities sit, not the organization's heads of state
    sector_heads = re.match(
        r"(?:the\s+)?(?:Heads|Chiefs|Directors|Leaders)\s+of\s+(?:the\s+)?(?!(?:Member\s+)?(?:States?|Governments?)\b)[A-Z]",
        whole.strip(),
    )
    if (
        named
        and re.sub(r"\W", "", named.group("abbr")).casefold() == ctx.org.casefold()
        and not body_of
        and not sector_heads
    ):
        return _summit_slug(
            ctx
        )  # "the summit of the Conference on ... in Asia (CICA)": the organization itself
    phrase = re.sub(r"\([^)]*\)", " ", phrase)
    # "The Council of Foreign Ministers Meeting": a sitting of the council, no part of its name
    phrase = re.sub(
        r"^((?:the\s+)?(?:Council|Committee|Conference|Assembly|Board|Commission)\s+of\s+.+?)\s+(?:Meeting|Session|Sitting)\s*$",
        r"\1",
        phrase.strip(),
        flags=re.I,
    )
    # a name is capitalized words joined by particles: a lowercase word right after a capitalized one ends it
    # ("the Authority of Heads of State and Government got under way", "the Council of Ministers from 3 to 4
    # May", "Special Meeting of the XYZ Authority hosted by ..."); "Council of heads of state" keeps its words
    cut = re.search(r"\b[A-Z][\w'’-]*\s+(?!(?:of|and|for|on|the|de|la|du|des|et|in)\b)[a-z]", phrase)
    name_end = cut.start() + len(cut.group().split()[0]) if cut else 0
    officials = _SAT_AS_PEOPLE.fullmatch("-".join(phrase[name_end:].casefold().split())) if cut else None
    sitters_owner = phrase[:name_end].strip()
    if officials and (sitters_owner.casefold() == ctx.org.casefold() or _names_own_org(sitters_owner, ctx)):
        # "the 11th meeting of Xyz customs chiefs": those who sit name their meeting, as sherpas do, not the
        # organization's summit
        return f"{officials.group('people')}-meeting"
    if cut:
        phrase = phrase[: cut.start() + len(cut.group().split()[0])]
    # "the Council's eighteenth meeting", "the Council's 42nd session": "Council" (the sitting's number after the
    # possessive, in figures or in lower-case words, is no part of the name)
    phrase = re.sub(r"(?<=\w)['’]s(?:\s+(?:\d+(?:st|nd|rd|th)?|[a-z][\w-]*))*\s*$", "", phrase)
    # "the organization's 85th General Assembly", "the bloc's Council": the organization by its common noun
    phrase = re.sub(
        r"^\s*(?:the\s+|its\s+)?(?:organi[sz]ation|bloc|group(?:ing)?|union|alliance|association|community|forum)['’]s\s+",
        "",
        phrase,
    )
    owner = re.match(
        r"^\s*(?:the\s+)?(?P<owner>(?:[A-Z][\w-]*\s+(?:of\s+)?){0,4}[A-Z][\w-]*)['’]s\s+(?=[A-Z])", phrase
    )
    if owner and not any(is_state(p.value) for p in find_parties(owner.group("owner"))):
        phrase = phrase[owner.end() :]  # "the Council of Europe's Committee of Ministers": the owner's body
    if _ORG_OF_STATES.match(" ".join(phrase.split())):
        return _summit_slug(ctx)  # "the summit of the Cooperation Council of Turkic Speaking States"
    for party in reversed(find_parties(phrase)):
        if not is_state(party.value) and not (
            org_bodies(ctx.org) and names_another(phrase[party.start : party.end], ctx.org)
        ):
            phrase = phrase[: party.start] + " " + phrase[party.end :]  # (another organization of the body
            # table's keeps its name: "the EAEU Supreme Council" read for the GCC is not the GCC's)
    phrase = re.sub(
        r"\s+of\s+(?:the\s+)?(?:Union|Organi[sz]ation|Commonwealth|Association|Community|Bloc|Group)\b.*$|\s+of(?:\s+the)?\s*$",
        "",
        phrase.strip(),
    )
    # "... Heads of State and Government of the organisation", "... of the bloc": the organization by its
    # common noun in lower case is the organization itself, no part of the body's name
    phrase = re.sub(
        r"\s+of\s+(?:the|this|our)\s+(?:organi[sz]ation|bloc|grouping|union|community|group)$", "", phrase
    )
    # "Council of Ministers of the member states of the X": whose ministers is no part of the name
    phrase = re.sub(
        r"\s+of\s+(?:the\s+|its\s+|their\s+)?(?:(?-i:[A-Z])[\w-]*\s+){0,3}?(?:[Mm]ember\s+(?:[Ss]tates|[Cc]ountries)|members)\b.*$",
        "",
        phrase,
    )
    phrase = _own_name_left_out(phrase.strip(), ctx)
    members = re.match(
        r"(?P<head>.+?\b(?:Council|Committee|Conference|Assembly|Board))\s+of\s+(?:the\s+)?"
        r"(?P<who>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,5}?)\s+(?P<sat>(?:[A-Z][\w'’-]*\s+)?(?:Ministers|Leaders))$",
        phrase.strip(),
    )
    if members and _names_own_org(members.group("who"), ctx):
        # "the Ministerial Council of Xyz Foreign Ministers": the council, who sit in it no part of its name (its
        # head tells their rank); "the Assembly of Xyz Health Ministers": the assembly of those ministers
        phrase = (
            members.group("head")
            if re.search(r"\bMinisterial\b", members.group("head"))
            else f"{members.group('head')} of {members.group('sat')}"
        )
    phrase = re.sub(r"^(?:The|the|An|an|A|a|its|their|his|her)\s+", "", phrase.strip())
    # "Special Council", "Tenth Conference", "22nd Ordinary Session": the sitting's kind and number are no
    # part of the body's name
    phrase = re.sub(rf"^(?:(?:{SITTING_KIND})\s+)+(?=[A-Z])", "", phrase, flags=re.I)
    if phrase.split() and phrase.split()[0] in _abbreviations(ctx) and len(phrase.split()) > 1:
        phrase = " ".join(phrase.split()[1:])  # "ECOWAS Authority of ...": the organization's abbreviation
    # "Assembly of Heads of State and Government" -> assembly ("Council of Heads of State" keeps its words)
    phrase = re.sub(
        r"^(?P<head>Assembly|Authority|Summit)\s+of\s+(?:the\s+)?Heads\s+of\s+State(?:\s+and\s+Government)?$",
        r"\g<head>",
        phrase,
    )
    words = phrase.split()
    alone = {*_abbreviations(ctx), ctx.org.upper(), ctx.org.capitalize()}  # "ECOWAS", "Commonwealth"
    kept = _own_name_runs_dropped(words, _own_words(ctx), alone)
    if kept != words and (len(kept) >= 2 or (kept and kept[0].casefold() not in _GENERIC_HEADS)):
        words = (
            kept  # "ECOWAS Authority" -> authority; "Supreme Eurasian Economic Council" -> supreme-council
        )
    if [w.casefold() for w in words] in (["council"], ["summit"]) and phrase != " ".join(words):
        words = phrase.split()
    if re.fullmatch(
        r"(?:year|month|week|day|decade|century|season|term|period|quarter)s?", " ".join(words), re.I
    ):
        return None  # "the first meeting of the year": a time names no body
    slug = re.sub(r"[^a-z0-9]+", "-", " ".join(words).casefold()).strip("-")
    # the organization's own name after "of" leaves the "of" behind: "the Authority of Heads of State and
    # Government of ECOWAS" is its Authority
    slug = re.sub(r"-of(?:-the)?$", "", slug)
    if slug in ("their-council", "its-council") or slug == "council" and phrase.strip() == whole.strip():
        return (
            None  # "their Council": the text's words name no body of their own (but "Council of <the org>")
        )
    own_names = {state_name(ctx.org), *_defined_names(ctx)}
    initials = "".join(w[0] for w in words if w[:1].isupper())
    if len(words) >= 2 and initials.casefold() == ctx.org.casefold():
        return _summit_slug(ctx)  # "Pacific Islands Forum leaders closed ...": the organization's own summit
    if slug and slug in {re.sub(r"[^a-z0-9]+", "-", n.casefold()).strip("-") for n in own_names}:
        return _summit_slug(ctx)  # "the heads of government of the Northern Rivers Council met": its summit
    # as the organization's body table calls it, else as the project spells a body no table names (a venue is none)
    canon = canon_body(own_body(slug, ctx.org, ctx.bodies), ctx) if slug else None
    if canon and headless(canon) and not (canon in ctx.bodies or canon in org_bodies(ctx.org)):
        sat = _SAT_AS_PEOPLE.fullmatch(canon)
        if sat:  # "the first meeting of Xyz Sherpas and Sous Sherpas": those who sit name their meeting, as
            # "senior-officials-meeting" does (the first of them where two ranks sit together)
            return f"{sat.group('people')}-meeting"
        return None  # "a virtual summit of a little over two hours": no body's name (meeting_canon.headless)
    return canon


def _own_name_left_out(phrase: str, ctx: Context) -> str:
    """ "Supreme Council of the Gulf Cooperation Council" (of the GCC) -> "Supreme Council": a trailing "of
    (the) X" whose capitalized words' initials spell the organization's abbreviation, or that is its name
    (its particles those of organizations' names: "Authority on Development")."""
    m = re.search(
        rf"\s+of\s+(?:the\s+)?(?P<name>(?:[A-Z][\w'’-]*)(?:\s+(?:(?:{_PARTICLE_WORD})\s+)?[A-Z][\w'’-]*)*)$",
        phrase,
    )
    if not m or m.start() == 0:
        return phrase
    name = m.group("name")
    initials = "".join(w[0] for w in name.split() if w[0].isupper())
    own = state_name(ctx.org)
    if (
        initials.casefold() == ctx.org.casefold()
        or name.casefold() == own.casefold()
        or slug_and_kind(ctx, name)
        or name in _abbreviations(ctx)
    ):
        return phrase[: m.start()]  # "... of the Gulf Cooperation Council", "... of the GCC"
    defined = _defined_names(ctx)
    if (
        name.casefold() in defined
        or (
            len(name.split()) >= 2
            and any(
                d.startswith(name.casefold() + " ") and not d[len(name) + 1 :].startswith("of ")
                for d in defined
            )
        )
    ):  # "... of the Caribbean Community (CARICOM)", or the first words of it (but "Committee of Secretaries of
        # Security Councils of the CSTO (CSTO)" is a body of it: what follows the words is "of" the organization)
        return phrase[: m.start()]
    words = {w.casefold() for w in name.split()} - _PARTICLES
    if words and words <= _spelled_name_words(ctx):
        return phrase[: m.start()]  # "Permanent Council of La Francophonie" in a text naming the OIF in full
    return phrase


def _body_named_before(ctx: Context, sentences: list[Passage], passage: Passage) -> str | None:
    """The body a sentence before this one names ("The African Union's Peace and Security Council decided
    ... The council met ...")."""
    for earlier in reversed(sentences[: sentences.index(passage)]):
        text = re.sub(r"(?<=\w)['’]s\b", "", earlier.norm)  # "the African Union's Peace and ..."
        found = _body_in(text, ctx)
        if found is None:
            named = _NAMED_BODY.search(text)
            slug = _generic_body(named.group(), ctx) if named else None
            found = (slug, 0) if slug else None
        if found:
            return found[0]
    return None


def _summit_slug(ctx: Context) -> str:
    """The slug of the organization's summit: the text's own "Council of Heads of State" when it names one,
    else what the tables call a summit, else ``summit``; as the organization's body table calls it
    (names.summit_of: "summit" is asean-summit for ASEAN)."""
    return summit_of(_summit_words(ctx), ctx.org, ctx.bodies)


def _summit_words(ctx: Context) -> str:
    if re.search(r"\bCouncil\s+of\s+(?:the\s+)?Heads\s+of\s+State\b", ctx.doc.text):
        return resolve_body("Council of Heads of State", ctx.bodies, ctx.org) or "council-of-heads-of-state"
    if re.search(
        rf"\bAuthority\s+of\s+(?:the\s+)?Heads\s+of\s+State\b|\b{re.escape(ctx.org.upper())}\s+Authority\b",
        ctx.doc.text,
    ):  # "the chair of the COMESA Authority": the summit is the organization's Authority
        return resolve_body("Authority", ctx.bodies, ctx.org) or "authority"
    heads = re.search(
        r"\b(?P<head>College|Conference|Assembly)\s+of\s+(?:the\s+)?Heads\s+of\s+State(?P<gov>\s+and\s+(?:of\s+)?Government)?\b",
        ctx.doc.text,
    )
    if heads:  # "the rules of procedure of the College of Heads of State": the summit is that body
        if heads.group("head") == "Assembly":
            return resolve_body("Assembly", ctx.bodies, ctx.org) or "assembly"
        words = f"{heads.group('head')} of Heads of State" + (" and Government" if heads.group("gov") else "")
        return resolve_body(words, ctx.bodies, ctx.org) or re.sub(r"\W+", "-", words.casefold())
    if re.search(r"\b(?:leaders['’]\s+meeting|Leaders['’]?\s+Meeting)\b", ctx.doc.text):
        return "leaders-meeting"  # "the forum's first in-person leaders' meeting": the summit's own name
    return resolve_body("summit", ctx.bodies, ctx.org) or "summit"


# a body's slug that names only a sitting ("meeting", "forty-second-regular-meeting", "ordinary-session"), and
# the bodies of heads a "summit" may be the sitting of
# (how it met is no name either: "virtual-meeting", "online-session": slug26)
_MODES = r"virtual|online|video|videoconference|hybrid|remote"
SITTING_ONLY = re.compile(rf"(?:(?:{SITTING_KIND}|{_MODES})-){{0,3}}(?:meeting|session|sitting)", re.I)


def sitting_only(body: str, org: str | None) -> bool:
    """Whether a slug is a sitting's noun only ("meeting", "extraordinary-session"), not a body the organization's
    table names so ("the 42nd Session of the Baltic Assembly": its session is a body of its own)."""
    return bool(SITTING_ONLY.fullmatch(body)) and body not in org_bodies((org or "").removeprefix("cow-"))


_MODE_SITTING = re.compile(rf"\b(?:{_MODES})\s+(?:meeting|session|sitting)\b", re.I)


HEADS_BODY = re.compile(r"heads-of-(?:state|government)|leaders|supreme|summit")


def _body_the_next_names(
    ctx: Context, sentences: list[Passage], opening: Passage, body: str, date: DateMatch | None
) -> tuple[str, Passage, DateMatch | None] | None:
    """A headline's or a lede's sitting named only by its noun ("Leaders conclude Forty-Second Regular Meeting",
    "Summit closes in Maseru") is the sitting of the body the next sentences name as held on the same days
    ("The Supreme Council of the XYZ met in Maseru on 17 August"); a summit is never a council of ministers'."""
    summit = body == _summit_slug(ctx)
    if not summit and not sitting_only(body, ctx.org):
        return None
    k = sentences.index(opening)
    for other in sentences[k + 1 : k + 4]:
        if (
            not _HELD.search(other.norm)
            or _NOT_THIS.search(other.norm)
            or _AHEAD.search(other.norm)
            or _BACKGROUND.search(other.norm)
            or _elsewhen(ctx, other.norm)
            or _past_year_only(ctx, other.norm)
        ):
            continue
        named = _body_in(other.norm, ctx)
        if named is None or named[0] == body or SITTING_ONLY.fullmatch(named[0]):
            continue
        if summit and not HEADS_BODY.search(named[0]):
            continue
        if _anothers_summit(other.norm, named[1], ctx) is not None:
            continue  # "... excused himself from attending the G20 Summit in Indonesia": another's summit
        when = _meeting_dates(ctx, other.norm)
        if date is not None and when is not None and not overlaps(date.edtf, when.edtf):
            continue
        return named[0], other, when
    return None


# people, not a body, as a meeting's subject: "Leaders of the 12-nation XYZ bloc", "The heads of the member states
# of the Russian-led XYZ (ABC)", "Presidents of the Union"
_PEOPLE_SUBJECT = re.compile(
    r"(?:The\s+|the\s+|Its\s+|its\s+)?(?:[A-Z][\w'’-]*\s+){0,4}"
    r"(?i:leaders|heads\s+of\s+(?:state|government)(?:\s+and\s+government)?|heads\s+of\s+(?:the\s+)?member\s+states|presidents"
    r"|prime\s+ministers|premiers)"
    # "of the XYZ", "of Brazil, Russia, India, China and South Africa"
    r"(?:\s+of\s+(?:the\s+)?[\w'’-]+(?:,?\s+[\w'’-]+){0,12}?(?:\s*\([A-Z][A-Za-z-]{1,9}\)(?:\s+[\w'’-]+){0,2})?)?"
)


# sectoral ministers as the subject of a sitting, by any of the names reports give them: "<sector> ministers",
# "ministers of (the) <sector> (affairs)", "ministers responsible for <sector>", "heads of the <sector>
# ministries", "<sector> chiefs"; "of"/"from" the organization or its members may follow
_SECTOR_WORDS = "|".join(sorted(SECTORS, key=len, reverse=True))
_SECTOR_MINISTERS_SUBJECT = re.compile(
    # "Xylo Yard Zone (XYZ) trade ministers": the organization's name and its abbreviation
    rf"(?:(?:The|the|Its|its|Their|their)\s+)?(?:[A-Z][\w'’.-]*\s+){{0,5}}?(?:\([A-Z][A-Za-z-]{{1,9}}\)\s+)?"
    rf"(?i:(?P<before>{_SECTOR_WORDS})(?:\s+(?:and|&)\s+(?:{_SECTOR_WORDS}))?\s+(?:ministers|chiefs)"
    rf"|ministers\s+(?:of|for|on|responsible\s+for|in\s+charge\s+of)\s+(?:the\s+)?(?P<after>{_SECTOR_WORDS})(?:\s+affairs)?"
    rf"|heads\s+of\s+(?:the\s+)?(?P<heads>{_SECTOR_WORDS})\s+(?:ministries|departments|agencies))"
    r"(?P<rest>\s+(?:of|from)\s+[^;:]*)?"
)


def _sector_ministers_body(subject: str, ctx: Context) -> str | None:
    """The sectoral ministers' body a sitting's subject names ("Defence ministers of the ten member states",
    "The heads of the defence ministries of the XYZ", "Ministers of health from the member states"): the
    table's or store's body of those ministers, else "<sector>-ministers-meeting". None for another's
    ministers and for states' own ministers where the organization goes unnamed ("the foreign ministers of
    X and Y met": their talks, not the organization's sitting)."""
    m = _SECTOR_MINISTERS_SUBJECT.fullmatch(subject.strip(" ,"))
    if m is None or _anothers_ministers(subject, ctx):
        return None
    rest = m.group("rest") or ""
    others = find_parties(rest, exclude=[ctx.org])
    if (
        others
        and not _names_own_org(subject, ctx)
        # "the foreign ministers of A, B, C and D" in a text that names the organization: four states and more,
        # its members, at its sitting (as its leaders are: meeting.py)
        and not (
            len({p.value for p in others}) >= 4
            and all(is_state(p.value) for p in others)
            and _names_own_org(ctx.doc.text, ctx)
        )
    ):
        return None  # states' own ministers, or another organization's
    sector = SECTORS.get((m.group("before") or m.group("after") or m.group("heads")).casefold())
    if sector is None:
        return None
    if sector == "foreign":
        return _foreign_ministers_body(ctx)
    return canon_body(f"{sector}-ministers-meeting", ctx)


# the heads of government alone (not "heads of state and government"): their own council where the organization
# has one ("The prime ministers of the CIS met in Minsk": its Council of Heads of Government)
_GOVERNMENT_HEADS = re.compile(
    r"^(?:\S+\s+){0,5}?(?i:heads\s+of\s+government|prime\s+ministers|premiers)\b(?!\s+and\b)", re.I
)


# "The heads of government of the XYZ, which unites four states, met in ...": a relative clause or apposition
# closing the subject is no part of it
_SUBJECT_CLAUSE = re.compile(r",\s+(?:which|who|whose|that|an?\s+|the\s+)[^;]*$")


def _government_heads_body(ctx: Context, otherwise: str | None = None) -> str:
    """The body the heads of government sit in: the table's or store's council, conference or meeting of
    heads of government; else ``otherwise`` when given ("a summit of Prime Ministers of Xyz Group countries": its
    summit); an organization the body table does not know sits so as a council (as the golds of the SCO, the CIS
    and GUAM name it); one the table knows without such a body meets at its summit."""
    for name in (
        "Council of Heads of Government",
        "Conference of Heads of Government",
        "Heads of Government Meeting",
        "Intergovernmental Council",  # the EAEU's prime ministers sit as its Eurasian Intergovernmental Council
    ):
        slug = resolve_body(name, ctx.bodies, ctx.org)
        if slug:
            return slug
    if otherwise is not None:
        return otherwise
    if not org_bodies(ctx.org):
        return "council-of-heads-of-government"
    summit = _summit_slug(ctx)
    named = " ".join(org_bodies(ctx.org).get(summit, ())).casefold()
    if "heads of state" in named and not re.search(r"government|prime\s+minister", named):
        # GUAM's summit is its Council of Heads of State: its heads of government meet as no body the table has
        return "council-of-heads-of-government"
    return summit
