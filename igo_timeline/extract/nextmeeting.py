"""Next meetings: where and when the body will meet again.

"The next summit will be held in X in 2025", "agreed to meet again in ...",
"X will host the next session": a planned sitting, never the meeting reported.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from igo_timeline.events.parties import party_name
from igo_timeline.extract.clauses import (
    _other_organization,
    _own_name,
    _own_name_first,
    _own_org,
    _state_parties,
)
from igo_timeline.extract.context import Context
from igo_timeline.extract.dates import MONTH, MONTHS, WEEKDAY, find_dates
from igo_timeline.extract.meeting_body import (
    HEADS_BODY,
    _body_in,
    _foreign_ministers_body,
    _government_heads_body,
    _summit_slug,
)
from igo_timeline.extract.meeting_held import COORDINATED_ACT
from igo_timeline.extract.names import find_parties, org_names, resolve_body
from igo_timeline.extract.places import _index, _key, city
from igo_timeline.extract.reader import ORDINAL, demonym_state, subject, unreal
from igo_timeline.extract.records import Candidate
from igo_timeline.extract.text import Passage

_NEXT = re.compile(
    r"\bnext\s+(?:regular\s+)?(?:meeting|summit|session)(?P<body>\s+of\s+(?:the\s+)?.*?)?\s+(?:will|shall|is\s+to|would)\s+(?:take\s+place|be\s+held|be\s+convened|convene)\b",
    re.I,
)


_NEXT_ANY = re.compile(
    r"\bnext\s+(?:year['’]s\s+)?(?:(?:regular|annual|official|ordinary|extraordinary|formal|informal|full|plenary|\w+th|SCO|[A-Z]{2,6})\s+){0,2}(?P<kind>meeting|summit|session|sitting)\b(?P<of>\s+of\s+(?:the\s+)?[A-Z][^,.;]*?(?=\s+(?:will|shall|is|would|to|in|on)\b|\s+for\s+(?:\d|"
    + MONTH
    + r")|[,.;]|$))?"
    # "the next Assembly of Heads of State will be held", "will host the next Executive Council": a body by name
    r"|\bnext\s+(?-i:(?P<named>(?:[A-Z][\w'’-]*\s+){0,3}(?:Assembly|Council|Conference|Congress|Summit|Meeting|Session|Forum|Committee)"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of|and|for|the)?\s*[A-Z][\w'’-]*)*)?))(?P<kind2>)",
    re.I,
)
_NEXT_WHEN = re.compile(
    r"\b(?:will|shall|would|is\s+to|are\s+to|to\s+be\s+held|take\s+place|hold|host|scheduled|set\s+for|set\s+(?:the|its|their)\s+next"
    # "the next meeting of the council is planned for 7-9 June", "... is slated for", "decided to meet again"
    r"|planned\s+(?:for|to)|slated\s+(?:for|to)|expected\s+to\s+(?:take\s+place|be\s+held|convene)|meet\s+again)\b",
    re.I,
)
# a sitting named, then its host in a relative clause: "the summit of the Council ... that India will host in July",
# "the 9th Zone Summit that Ghana is to host in Accra on 3-4 May", "the leaders' summit, which Togo is due to host
# next year" (the sitting's word in any case; the host a capitalized name before the verb)
_HOST_LATER = re.compile(
    r"\b(?P<kind>summit|meeting|session)(?P<of>\s+of\s+(?:the\s+)?(?-i:[A-Z])[^,.;]*?)?,?\s+(?:that|which)\s+"
    r"(?=(?:the\s+)?(?-i:[A-Z])[\w'’ -]*?\s+(?:will|would|is\s+(?:due\s+|set\s+)?to)\s+host\b)",
    re.I,
)
_MEET_NEXT = re.compile(
    r"(?P<of>)\b(?:will|shall|would|is\s+to|are\s+to)\s+(?:meet\s+next|next\s+meet|convene\s+next|next\s+convene|hold\s+its\s+next\s+(?P<kind>session|meeting|summit))\b"
    # "the heads of government decided to meet again in X in November 2024", "will meet again in Y next year"
    r"|\b(?:(?:decided|agreed|resolved)\s+(?:(?:today|yesterday|on\s+\w+day)\s+)?to|will|shall|would)\s+meet\s+again\b"
)


# a meeting told by its number as to come: "welcomed Thailand's offer to host the second ACD Summit in October
# 2016", "The 48th Consultative Committee Meeting (CCM) of the Plan will take place in Ulaanbaatar, Mongolia"
_SCHEDULED = re.compile(
    # "Nepal's offer to host the next, 18th Summit", "Norway's offer to chair the council in 2029-2031 and to host
    # its fourteenth meeting", "support for India hosting the eighth summit in 2016"
    r"\b(?:(?:offer|proposal|readiness|decision|agreement)\s+(?:of\s+(?P<offerer>(?:the\s+)?[A-Z][\w'’ -]{1,40}?)\s+)?to\s+(?:[^.;]{1,60}?\s+and\s+to\s+)?host"
    r"|\b(?:for|of|with)\s+(?P<offerer4>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})(?:['’]s)?\s+hosting"
    # the host chosen: "the ministers chose Togo by acclamation to host the 12th session in June 2031", "picked
    # Lome unanimously to host ..."
    r"|\b(?:chose|selected|designated|picked)\s+(?P<offerer6>(?-i:[A-Z])[\w'’-]+(?:\s+(?:and\s+)?(?-i:[A-Z])[\w'’-]+){0,3})"
    r"(?:\s+(?:by\s+acclamation|unanimously|by\s+consensus))?\s+to\s+host)"
    r"\s+(?:the|its|their)\s+(?:next,?\s+)?(?P<ord>"
    + ORDINAL
    + r")\s+(?P<of>(?:[\w'’-]+\s+){0,4}?(?P<kind>summit|meeting|session|conference)\b)"
    # "decided to hold their 52nd Ordinary Session in Lome, Togo, in December": the place after the verb
    # (a decision told as a noun: "agreement was reached on holding the Xyz Council's 12th meeting in Minsk",
    # "the decision was taken at the session to convene its 12th session ..."; the body named after "of")
    r"|\b(?:(?:decided|agreed|resolved)|(?:decision|agreement)\s+(?:was|has\s+been)\s+(?:made|taken|reached)"
    r"(?:\s+(?:at|during)\s+the\s+\w+)?)\s+to\s+(?:hold|convene)\s+(?:the|its|their)\s+(?:next,?\s+)?(?P<ord5>"
    + ORDINAL
    + r")\s+(?P<of5>(?:[\w'’-]+\s+){0,4}?(?P<kind5>summit|meeting|session|conference)\b"
    r"(?:\s+of\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?:of\s+|and\s+)?(?-i:[A-Z])[\w'’-]*){0,5})?)"
    r"|\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?P<ord2>"
    + ORDINAL
    + r")\s+(?P<of2>(?:[\w'’-]+\s+){0,4}?(?P<kind2>summit|meeting|session|conference|(?-i:Assembly|Congress)"
    # "the 32nd AMM will be held in Vientiane": a sitting named by its initials (read in _scheduled_body)
    r"|(?<=\d\w\w\s)(?-i:[A-Z]{2,6})(?=\s+(?:will|would|shall|is\s+to)\s))\b(?:\s*\([A-Z]{2,8}\))?(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,5})?)"
    # "The Ninth Summit will be hosted by the Government of Togo in 2031": the host after "by"
    r"\s+(?:will|would|shall|is\s+to|is\s+scheduled\s+to|is\s+due\s+to)\s+(?:take\s+place|be\s+held|be\s+convened|convene|open|be\s+hosted\s+by)\b"
    # "France will host the 19th summit in 2024 at Villers-Cotterets": the host before the verb
    # "South Africa will take over the chairmanship next year and host the 10th summit": a second verb of the
    # same subject
    r"|\b(?:will|shall|is\s+to|is\s+due\s+to)\s+(?:(?:take\s+over|assume|take\s+up|chair)\b[^.;]{1,80}?\s+and\s+)?(?:also\s+)?host\s+the\s+(?P<ord3>"
    + ORDINAL
    # "Norway will host the 31st General Assembly", "... the 28th Universal Postal Congress": a body by name
    + r")\s+(?P<of3>(?:[\w'’-]+\s+){0,4}?(?P<kind3>summit|meeting|session|conference|(?-i:Assembly|Congress))\b)",
    re.I,
)


def _head_noun(ctx: Context, word: str) -> bool:
    """Whether a lone capitalized word is the organization named by the head noun of its own name ("the next
    summit of the Commonwealth" in a text of the Commonwealth of Independent States, "of the Community")."""
    word = word.strip(" .,;")
    names = [party_name(ctx.org), *org_names(ctx.org)]
    return bool(re.fullmatch(r"[A-Z][a-z]+", word)) and any(word in name.split() for name in names)


# a summit named by who sits at it: "the Presidential Summit", "the leaders' summit", "the Summit of XYZ Heads of
# State and Government", "the summit of presidents": the organization's summit, as "the summit" is
_SUMMIT_OF_WHO = re.compile(
    r"(?:(?:presidential|leaders['’]?|heads['’]?\s+of\s+state['’]?)\s+)?summit"
    r"(?:\s+of\s+(?:the\s+)?(?:(?-i:[A-Z]{2,8})\s+)?(?:heads\s+of\s+state(?:\s+and\s+(?:of\s+)?government)?"
    r"|leaders|presidents))?",
    re.I,
)


def _summit_of_who(ctx: Context, words: str) -> str | None:
    """The organization's summit body when the words name a summit by who sits at it (``_SUMMIT_OF_WHO``)."""
    words = re.sub(r"^(?:the\s+)?(?:next\s+)?", "", words.strip(), flags=re.I)
    if not _SUMMIT_OF_WHO.fullmatch(words) or words.lower() == "summit":
        return None
    return resolve_body("summit", ctx.bodies, ctx.org) or "summit"


def _scheduled_body(ctx: Context, phrase: str) -> str:
    """A scheduled meeting's body from its words, the number, the organization's name and "meeting" left out
    ("Consultative Committee Meeting (CCM) of the Colombo Plan" -> consultative-committee; "ACD Summit",
    "ordinary summit" -> summit)."""
    from igo_timeline.extract.meeting import _generic_body

    initials = re.fullmatch(r"\s*(?P<a>[A-Z]{2,6})\s*", phrase)  # "the 32nd AMM": its initials alone
    if initials:
        return _initials_body(ctx, initials.group("a"))
    words = re.sub(r"\s*\([A-Z]{2,8}\)", "", phrase)
    members = re.search(
        r"\s+of\s+(?:the\s+)?(?P<who>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,5})\s+(?P<m>(?:[a-z]+\s+){0,2}ministers)$",
        words,
    )
    if members and (_own_org(ctx, members.group("who")) or _own_name(ctx, members.group("who"))):
        # "the Council of the Xyz defence ministers": the council of those ministers, the organization left out
        words = f"{words[: members.start()]} of {members.group('m')}"
    # prev28: "the 9th Ordinary Session of the Executive Council of the Xyz Union": the sitting of a body that is
    # named with the organization after it; the body alone, the organization's name left out
    sitting_of = re.fullmatch(
        rf"\s*(?:(?:{ORDINAL})\s+)?(?:(?:ordinary|regular|annual|extraordinary|special)\s+)?(?:session|meeting|sitting)\s+of\s+(?:the\s+)?"
        r"(?P<b>(?-i:[A-Z])[^,;]*?)\s*",
        words,
        flags=re.I,
    )
    if sitting_of and not (
        " of " not in sitting_of.group("b")
        and (_own_org(ctx, sitting_of.group("b")) or _own_name(ctx, sitting_of.group("b")))
    ):
        # (not "the 70th Session of the Nordic Council": a sitting of the organization itself, read below)
        named = sitting_of.group("b")
        # (the last "of" whose words name the organization: "... of Foreign Ministers of the Xyz Union")
        owns = [
            o.start()
            for o in re.finditer(r"\s+of\s+(?:the\s+)?(?=(?-i:[A-Z]))", named)
            if _own_org(ctx, named[o.end() :]) or _own_name(ctx, named[o.end() :])
        ]
        if owns:
            named = named[: owns[-1]]
        named = re.sub(
            r"\s+of\s+(?:the\s+)?member[\s-]+(?:states|countries)$", "", named
        )  # whose members sit
        # (a body no table names, by its words: "the Xyz's Council of Foreign Ministers, meeting on ...")
        known = resolve_body(named, ctx.bodies, ctx.org) or (
            _generic_body(named, ctx)
            if re.match(r"(?:Council|Conference|Assembly|Committee)\s+of\s", named)
            # ("the eleventh sitting of the Coordination Council for Emergency Situations": a council named in full)
            or re.fullmatch(
                r"(?:[A-Z][\w-]*\s+){1,3}(?:Council|Committee)(?:\s+(?:for|on)\s+[A-Z][\w'’ -]+)?", named
            )
            else None
        )
        if known:
            from igo_timeline.extract.meeting_canon import canon_body

            return canon_body(known, ctx) or known
    tail = re.search(r"\s+of\s+(?:the\s+)?(?P<who>[A-Z].*)$", words)
    inner = _body_of_own(ctx, tail.group("who")) if tail else None
    if inner:
        words = inner  # "a meeting of the Xyz Council of Foreign Ministers": that council
    elif tail and (
        _own_org(ctx, tail.group("who"))
        or _own_name(ctx, tail.group("who"))
        or _head_noun(ctx, tail.group("who"))
    ):
        words = words[: tail.start()]
    words = re.sub(
        rf"\b(?:ordinary|regular|annual|extraordinary|special|biennial|{_TO_COME_ADJ})\s+",
        "",
        words,
        flags=re.I,
    )
    # "the 13th Xyz Summit Conference": the summit (a "summit conference" is the leaders' sitting)
    words = re.sub(r"\b(summit)\s+conference\b", r"\1", words, flags=re.I)
    summit = _summit_of_who(ctx, re.sub(rf"^(?:{ORDINAL})\s+", "", words.strip(), flags=re.I))
    if summit:
        return summit  # "the Third Summit of XYZ Heads of State and Government": the summit
    if re.fullmatch(r"\s*(?:session|meeting|sitting)\s*", words, re.I):
        # "their 52nd Ordinary Session", "its fourteenth meeting": the reporting body's; none when the text
        # reports no meeting ("meeting" names no body)
        return ctx.meeting.body if ctx.meeting is not None else ""
    words = re.sub(r"\s+(?:meeting|session)$", "", words.strip(), flags=re.I) or words
    body = resolve_body(words, ctx.bodies, ctx.org) or _generic_body(words, ctx) or "summit"
    # "a ministerial session of the Council" (the organization's own): its council of ministers
    body = "council-of-ministers" if body == "ministerial" else body
    from igo_timeline.extract.meeting_canon import canon_body  # body16: the slug canon (meeting_canon.py)

    return canon_body(body, ctx) or body


# the head word of a body's name
_ORGAN = r"(?:Council|Committee|Assembly|Conference|Commission|Board|Summit|Forum|Parliament|Secretariat)"


def _body_of_own(ctx: Context, who: str) -> str | None:
    """The organization's body that the words after a sitting's "of" name, the organization's name left out
    where it stands, first or inside ("Xyz Council of Foreign Ministers", "Council of the XYZ Foreign Ministers",
    "XYZ Economic Council" -> "Council of Foreign Ministers", "Economic Council"); None when the words name the
    organization alone or no body."""
    who = who.strip(" ,.")
    words = who.split()
    for k in range(1, min(len(words), 6)):  # the shortest run of words that names the organization, first
        if not all(w[:1].isupper() for w in words[: k + 1]):
            break  # ("Council of the XYZ Foreign Ministers": a body's own name first, read below)
        if _own_org(ctx, " ".join(words[:k])):
            rest = " ".join(words[k:])
            return rest if re.match(rf"(?:[A-Z][\w'’-]*\s+){{0,3}}{_ORGAN}\b", rest) else None
    if re.match(rf"{_ORGAN}\s+of\s+", who):
        bare = re.sub(
            r"\b(?:the\s+)?(?-i:[A-Z]{2,8})\s+(?=[A-Z])",
            lambda m: "" if _own_org(ctx, m.group().split()[-1]) else m.group(),
            who,
        )
        if bare != who:
            return bare
    return None


def _initials_body(ctx: Context, initials: str) -> str:
    """The body of a sitting named by its initials ("the 12th XFMM will be held in Accra"): the body the
    initials name in the store or in the text ("... Foreign Ministers' Meeting (XFMM)"), else the reported
    meeting's when the text names it by the same initials ("opened the 11th XFMM"); none otherwise (the
    sitting is left unresolved, never a summit guessed)."""
    from igo_timeline.extract.meeting import _generic_body
    from igo_timeline.extract.meeting_canon import canon_body

    known = resolve_body(initials, ctx.bodies, ctx.org)
    if known:
        return canon_body(known, ctx) or known
    text = ctx.doc.text
    defined = re.search(
        rf"((?:[A-Z][\w'’-]*\s+(?:of\s+(?:the\s+)?|on\s+|for\s+|and\s+)?){{1,8}})\(\s*{initials}\s*\)", text
    )
    if defined:
        words = re.sub(rf"^(?:(?:The|the)\s+)?(?:{ORDINAL})\s+", "", defined.group(1).strip())
        body = _generic_body(words, ctx)
        if body:
            return canon_body(body, ctx) or body
    told = re.findall(rf"\b(?:\d+(?:st|nd|rd|th)|{ORDINAL})\s+{initials}\b", text, flags=re.I)
    if len(set(told)) >= 2 and ctx.meeting is not None:  # "the 11th XFMM" reported, "the 12th XFMM" to come
        return ctx.meeting.body
    return ""


def _scheduled(ctx: Context, passage: Passage, m: re.Match[str]) -> list[Candidate]:
    text = passage.norm
    phrase = m.group("of") or m.group("of2") or m.group("of3") or m.group("of5") or ""
    if _other_organization(ctx, phrase):
        return []  # "Peru will host the 8th Summit of the Americas": another organization's sitting
    rest = text[m.end() :]
    owned = re.match(r"\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,5}", rest)
    if owned and _other_organization(ctx, owned.group()):
        return []  # "support for Togo hosting the eleventh summit of the Alpine Forum"
    event: dict[str, Any] = {"type": "MeetingScheduled", "body": _scheduled_body(ctx, phrase)}
    # the owner of the offer: the last name before "'s" ("... of Russia's chairmanship and accepted Norway's offer")
    owner = re.search(r"(?P<who>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)*)(?:'s|’s)\s*$", text[: m.start()])
    hosts = _state_parties(ctx, owner.group("who")) if owner and m.group("ord") else []
    if m.group("offerer4"):  # "support for India hosting the eighth summit"
        hosts = _state_parties(ctx, m.group("offerer4"))
    if m.group("of3"):  # "It was decided that France will host the 19th summit": the verb's subject
        hosts = subject(ctx, text, m.start())[:1]
        which = re.search(
            r"(?P<who>(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2}),\s+(?:which|that)\s+$",
            text[: m.start()],
        )
        # "Chile, which will host the 9th Congress in 2031, ...": the state before "which"
        if not hosts and which:
            hosts = _state_parties(ctx, which.group("who"))[:1]
        if not hosts:
            return []
    if m.group("offerer"):  # "the offer of Andorra to host the 10th Summit"
        hosts = _state_parties(ctx, m.group("offerer"))
    if m.group("offerer6"):  # "chose Togo by acclamation to host the 12th session"
        hosts = _state_parties(ctx, m.group("offerer6"))
    after = None if hosts else _host_after(ctx, re.split(r"[;]|\.\s", rest)[0])[0]
    place = _town_in(rest)
    capital = re.search(r"\bthe\s+(?P<adj>[A-Z][\w-]+)\s+capital\b", rest)
    if hosts:
        event["host"] = hosts[0].value
    elif after:
        event["host"] = (
            after  # "will be held in Accra on 3 May to review the situation in Togo": Accra's state
        )
    elif capital and demonym_state(capital.group("adj")):
        event["host"] = demonym_state(capital.group("adj"))  # "in the Chadian capital, N'Djamena"
    elif place and city(place):
        event["host"] = city(place)[1]  # type: ignore[index]
    if place:
        event["place"] = place
    dates = [d for d in find_dates(rest, ctx.year) if not d.kind.startswith("years")]
    if dates:
        event["date"] = dates[0].edtf
    elif ctx.year and re.search(r"\bnext\s+year\b", text[: m.end()] + re.split(r"[;]|\.\s", rest)[0]):
        # "the 12th summit would take place next year in X", "will take over next year and host the 10th
        # summit": the year after the text's own
        event["date"] = str(ctx.year + 1)
    cand = ctx.decision(event, "decided_on", passage)
    missing = [f for f in ("body", "host", "date") if not event.get(f)]
    if missing:
        note = f"meeting scheduled without {', '.join(missing)}"
        return [Candidate("unresolved", cand.event, note=note, kind="incomplete")]
    if cand.kind == "date-unresolved":
        # the meeting's own date is stated; the day it was decided is not: an event without decided_on
        return [Candidate("event", {**event, "org": ctx.org, "source": ctx.source(passage)})]
    return [cand]


# a sitting of the organization told as to come with no "next" and no number: "a ministerial session of the
# Council is due to be held on 25 May in X", "the Summit will be held on 16 October in Y", "the summit, which is
# due to take place on 15 and 16 September in Z": the verb of a plan, a day to come in the same sentence
_SITTING_NP = (
    # (the words before the sitting's word its modifiers: no article or verb of a clause, "The ministers said
    # the summit will ...": the summit)
    r"(?P<np>\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?P<of>(?:(?!(?:the|an?|its|their|at|in|to|for|on|of|said|says|that)\s)[\w'’-]+\s+){0,4}?(?P<kind>summit|meeting|session|conference|sitting|Summit|Meeting|Session|Conference)\b"
    # (an abbreviation in brackets inside the name: "a meeting of the Xyz Organization (XO) Council of Ministers")
    r"(?:\s*\([A-Z]{2,8}\))?(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+|and\s+|the\s+|for\s+)*[A-Z][\w'’-]*"
    r"|\s*\([A-Z]{2,8}\)(?=\s+[A-Z])){0,6})?"
    # ("... Council for Emergency Situations of the member states of the Xyz Organization (XO)": whose members sit)
    r"(?:\s+of\s+(?:the\s+)?member[\s-]+(?:states|countries)\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+|and\s+|the\s+|for\s+)*[A-Z][\w'’-]*){0,6}(?:\s*\([A-Z]{2,8}\))?)?))"
)
_DUE = re.compile(
    # ("The Xyz Summit is expected to take place in Lome in October", "... is slated to open on 3 May": a plan
    # told as expected is a plan)
    _SITTING_NP
    + r",?\s+(?:(?:which|that)\s+)?(?:(?:is|are)\s+(?:now\s+)?(?:due|scheduled|planned|set|expected|slated)\s+"
    # "The 9th Session of the Council is scheduled to begin tomorrow in Lome": its first day
    r"(?:to\s+(?:be\s+held|take\s+place|convene|open|meet|begin|start)|for)\b"
    # "The group's full summit would take place in September", "the Fourth Summit, to be held in X next year"
    r"|(?:will|shall|would|is\s+to|are\s+to)\s+(?:be\s+held|take\s+place|be\s+convened|convene|open|be\s+hosted\s+by)\b"
    r"|(?<=,\s)to\s+be\s+(?:held|hosted|convened)\b"
    # a participle in apposition: "the 11th session of the Assembly, due to meet in Lome on 30 June", "the
    # Meeting of Heads of Government, scheduled to be held in Accra from 2 to 4 March"
    r"|(?<=,\s)(?:due|scheduled|set|slated|planned)\s+to\s+(?:meet|be\s+held|take\s+place|convene|open|begin|start)\b"
    # a present in a relative clause, of a day to come: "the General Conference, which opens in Vienna on 26
    # September" (the day after the text's own is checked by the caller)
    r"|(?:(?<=which\s)|(?<=that\s))(?:opens|meets|convenes|begins|starts)(?=\s+(?:in|on|at)\b)"
    # "the summit, which is due in Lome in May", "the summit, due in Lome in May"
    r"|(?:(?<=,\s)|(?:is|are)\s+)due\s+(?=in\b)"
    # a participle after the sitting: "before the Zone summit scheduled for October in Lome"
    r"|(?<!,\s)(?:scheduled|slated|planned)\s+for\b)"
)
# a participant told as to attend a sitting: "The foreign minister will take part in the ninth session of the Xyz
# Council of Ministers in Abc on 23 October", "has arrived in Abc to attend the session of the Council of the Xyz
# defence ministers set for Thursday", "is set to attend the summit in Abc next week"
_WILL_ATTEND = re.compile(
    r"\b(?:will|would|shall|is\s+to|are\s+to|(?:is|are)\s+(?:due|set|expected|scheduled)\s+to|(?:has|have)\s+arrived\s+in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+to"
    r"|(?:left|leaves|departed|departs)\s+for\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+to)\s+(?:also\s+)?"
    # (a day told between the verb and its sitting: "will participate, on Monday, 8 April, in a meeting of ...")
    r"(?:take\s+part|participate|attend|be\s+attending|be\s+taking\s+part|be\s+participating)(?:,\s+[^;.]{2,60}?,)?"
    r"(?:\s+in)?\s+"
    + _SITTING_NP
    # the sitting's members in lower case after the organization's name ("of the Xyz defence ministers")
    + r"(?P<members>\s+(?:[a-z]+\s+){0,2}(?:ministers|leaders|heads\s+of\s+(?:state|government)))?"
)


# "Indonesia will host the ASEAN summit in October", "Nepal would host the third meeting of the energy ministers
# later in 2031": a host, its sitting, a time to come
_WILL_HOST = re.compile(
    # ("Indonesia takes over the chairmanship and will host the summit in October": a second verb of the host)
    # (the host a state, its town or its capital by the state's adjective: "Astana will host a meeting of the
    # foreign ministers on 21 April", "the Kazakh capital is to host ..."; a progressive: "Peru will be hosting")
    r"\b(?P<who>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}|(?<![\w-])[Tt]he\s+[A-Z][\w-]+\s+capital)\s+"
    r"(?:(?:takes|took|will\s+take|assumes|assumed)\s+[^.;]{1,80}?\s+and\s+)?"
    # ("Armenia will organise the 17th Summit in 2018": the host that stages it)
    r"(?:(?:will|would|is\s+to|is\s+due\s+to|is\s+set\s+to)\s+(?:also\s+)?(?:host|organi[sz]e|stage)|will\s+(?:also\s+)?be\s+hosting)\s+"
    + _SITTING_NP.replace("?P<np>", "?P<np2>").replace("?P<of>", "?P<of2>").replace("?P<kind>", "?P<kind2>")
)
_NEXT_YEAR_AFTER = re.compile(r"\s*(?:of\s+)?next\s+year\b", re.I)


# a part of a year: "in the first half of 2031", "in the fourth quarter of next year" (the year written, or
# the next); "of the year" is left out: on the validation sets it gave a sitting no gold records
_PART_OF_YEAR = re.compile(
    r"\b(?P<part>first|second|third|fourth|last)\s+(?P<unit>half|quarter)\s+of\s+"
    r"(?:(?P<y>(?:19|20)\d\d)\b|(?P<next>next)\s+year\b)"
    # a quarter by its short name: "in Q4 2031", "in Q1 of 2030", "in 3Q 2031"
    r"|\b(?-i:Q(?P<q>[1-4])|(?P<q2>[1-4])Q)\s+(?:of\s+)?(?P<qy>(?:19|20)\d\d)\b",
    re.I,
)
_EDGE = r"(?:(?:at\s+|in\s+)?(?:the\s+)?(?:end|beginning|start|middle|first\s+days|last\s+days)\s+of\s+|(?:in\s+)?(?:early|late|mid)[\s-]+)?"
# either of two months: "in March or April", "at the end of May or the beginning of June next year", "in
# late June or early July 2031": a span of the two months
_EITHER_MONTH = re.compile(
    rf"\b{_EDGE}(?P<a>{MONTH})\s*(?:or|/)\s*{_EDGE}(?P<b>{MONTH})\b(?:\s+(?P<y>(?:19|20)\d\d)\b|\s+(?P<next>next\s+year)\b)?"
)


def _part_of_year(ctx: Context, words: str) -> tuple[str, re.Match[str]] | None:
    """The months a part of a year or either of two months spans (``_PART_OF_YEAR``, ``_EITHER_MONTH``),
    with its match; None without one, or without a year to read it in."""
    part = _PART_OF_YEAR.search(words)
    if part is not None and part.group("qy"):
        year, n = int(part.group("qy")), int(part.group("q") or part.group("q2"))
        return f"{year}-{3 * n - 2:02d}/{year}-{3 * n:02d}", part
    if part is not None:
        if not part.group("y") and ctx.year is None:
            return None
        year = int(part.group("y")) if part.group("y") else (ctx.year or 0) + 1
        n = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": 4}[part.group("part").lower()]
        if part.group("unit").lower() == "half":
            n = min(n, 2)
            return f"{year}-{6 * n - 5:02d}/{year}-{6 * n:02d}", part
        return f"{year}-{3 * n - 2:02d}/{year}-{3 * n:02d}", part
    either = _EITHER_MONTH.search(words)
    if either is None:
        return None
    if either.group("y"):
        tail = f" {either.group('y')}"
    elif either.group("next") and ctx.near:
        tail = f" {ctx.near.year + 1}"
    elif ctx.near:  # no year: the first month to come from the text's day, the second after it
        tail = f" {ctx.near.year}"
        first = find_dates(either.group("a") + tail)
        if first and first[0].edtf < ctx.near.isoformat()[:7]:
            tail = f" {ctx.near.year + 1}"
    else:
        return None
    months = [find_dates(either.group(k) + tail) for k in ("a", "b")]
    if not all(m and m[0].kind == "month" for m in months):
        return None
    a, b = months[0][0].edtf, months[1][0].edtf
    if b < a:  # "in December or January": the January after
        b = f"{int(b[:4]) + 1}{b[4:]}"
    return f"{a}/{b}", either


# a day told by its weekday alone: "on Wednesday", "this Friday", "coming Sunday"
_WEEKDAY_ONLY = re.compile(r"(?:on\s+)?(?:(?:this|next|coming)\s+)?(?P<wd>" + WEEKDAY + r")", re.I)


def _days_to_come(ctx: Context, words: str, *, weekday_ahead: bool = True) -> list[str]:
    """The dates of ``words`` read around the text's day, a day or month "next year" a year on
    ("for 14 October next year"); years alone left out; a part of a year or either of two months first, as
    the span of its months ("in the second half of the year", "in March or April")."""
    out = []
    found = _part_of_year(ctx, words)
    either = found[1] if found else None
    if found:
        out.append(found[0])
    for d in ctx.dates(words):
        if d.kind.startswith("years") or (either and either.start() <= d.start < either.end()):
            continue
        edtf = d.edtf
        weekday = _WEEKDAY_ONLY.fullmatch(words[d.start : d.end].strip())
        if weekday and (not weekday_ahead or (ctx.near and edtf <= ctx.near.isoformat())):
            # prev28: a day told by its weekday alone is read by its clause's tense ("which opened on Monday"),
            # never a year on; one before the text's day is no day to come, nor one in the words before a
            # sitting's verb ("On Monday, officials said the summit is due ...": the report's day)
            continue
        if d.kind.rstrip("?") in ("day", "month") and _NEXT_YEAR_AFTER.match(words, d.end) and ctx.near:
            edtf = f"{ctx.near.year + 1}{edtf[4:]}"
        elif (
            d.kind in ("day?", "month?")
            and ctx.near
            and "/" not in edtf
            and edtf < ctx.near.isoformat()[: len(edtf)]
            and not re.search(r"\b(?:19|20)\d\d\b", words[d.start : d.end])
        ):
            # "will meet next in Ashgabat on October 10", told in April: the October to come, whichever is
            # nearer (a day without its year, of a sitting to come)
            edtf = f"{int(edtf[:4]) + 1}{edtf[4:]}"
        out.append(edtf)
    if not out and ctx.near:
        # "to meet again next May": the first May after the text's day
        for nxt in re.finditer(rf"\bnext\s+(?P<m>{MONTH})\b", words):
            month = MONTHS[nxt.group("m").lower()]
            year = ctx.near.year + (1 if month <= ctx.near.month else 0)
            out.append(f"{year}-{month:02d}")
    if not out and re.search(r"\bnext\s+year\b", words) and ctx.near:
        out.append(str(ctx.near.year + 1))  # "the Fourth Summit, to be held in Turkey next year"
    return out


def _to_come(ctx: Context, edtf: str) -> bool:
    """Whether a date lies after the text's own day (its dateline's, else its meeting's last day): a sitting
    told with it is one to come, not the one reported."""
    near = ctx.anchor.day or ctx.near
    if near is None:
        return False
    first = edtf.split("/")[0]
    if len(first) == 4:
        return int(first) > near.year
    if len(first) == 7:
        return first > near.isoformat()[:7]
    return first > near.isoformat()


# the words that tell a sitting as one to come, or its fate or length, before its name: "the forthcoming Xyz
# Summit", "the upcoming meeting", "the twice-postponed 13th summit", "the long-awaited two-day session" (no part of
# the body's name)
_TO_COME_ADJ = (
    r"forthcoming|upcoming|coming|planned|proposed|scheduled|rescheduled|postponed|delayed|expected|impending"
    r"|(?:[a-z]+-)(?:postponed|delayed|awaited|anticipated|expected|planned)|(?:one|two|three|four|five|\d)-day"
)


def _bare_sitting(phrase: str) -> str:
    """A sitting's words without its number and qualifiers: "the group's full summit", "next, 18th Summit" ->
    "summit", "Summit"."""
    return re.sub(
        rf"^(?:(?:next|{ORDINAL}|ordinary|regular|extraordinary|annual|full|formal|official|main|{_TO_COME_ADJ}"
        rf"|(?-i:[a-z][\w-]*)['’]s),?\s+)+",
        "",
        phrase,
        flags=re.I,
    )


# "in Rio de Janeiro", "at Santiago.", "in the Kazakh capital of Astana": a town's name with its particles
_IN_TOWN = re.compile(
    r"\b(?:in|at)\s+(?:the\s+(?:[\w-]+\s+)?(?:city|town|capital)\s+of\s+)?(?P<city>[A-Z][\w'’.-]+"
    r"(?:(?:[ -](?:de|da|do|dos|das|del|la|le|es|el|al|di|du)(?=\s))?[ -][A-Z][\w'’.-]+)*)"
)


def _town_in(words: str) -> str | None:
    """The first town the words name after "in" or "at": the longest run of the name's words that the gazetteer
    knows as a town ("Rio de Janeiro", "Dar es Salaam"; "at Santiago." ends the sentence, not the name), never a
    state."""
    found = _town_at(words)
    return found[0] if found else None


def _town_at(words: str) -> tuple[str, int] | None:
    """The first town the words name after "in" or "at" (``_town_in``) and where its name starts."""
    for cm in _IN_TOWN.finditer(words):
        parts = cm.group("city").rstrip(".").split(" ")
        name = next(
            (" ".join(parts[:k]) for k in range(len(parts), 0, -1) if city(" ".join(parts[:k]))), None
        )
        if name and not find_parties(name):
            return name, cm.start("city")
    return None


def _host_after(ctx: Context, rest: str) -> tuple[str | None, str | None]:
    """The host and town of a sitting from the words after its verb: whichever the words name first, a state
    or a town ("will be held in Accra on 3 May to examine the situation in Togo": Accra's state, not Togo; "will
    take place in Lome, Togo": Togo); a town's state from the gazetteer."""
    hosts = _state_parties(ctx, rest)
    town = _town_at(rest)
    place = town[0] if town else None
    if town and (not hosts or town[1] < hosts[0].start) and city(town[0]):
        return city(town[0])[1], place  # type: ignore[index]
    if hosts:
        return hosts[0].value, place
    return None, place


# where a second clause of a sentence starts: "..., and that the summit would ...", "...; the meeting will ..."
_CLAUSE_BREAK = re.compile(r";\s*|,?\s+and\s+that\s+|,\s+(?:while|whereas|but)\s+")


def _told_unreal(text: str, m: re.Match[str]) -> bool:
    """Whether a sitting to come (``_DUE``, ``_WILL_HOST``) is told as a wish, proposal or condition: the words
    of its own clause before it only ("X would chair the talks, and that the summit would take place in May":
    the first clause's "would" is not the summit's); a sitting told in an apposition or a relative clause ("at
    the Fourth Summit, to be held in Lome next year", "the summit, which is due to take place in May", "before
    the summit scheduled for May") is taken as known whatever is hoped of the rest."""
    if "np" in m.re.groupindex and re.match(
        r",\s+(?:to\s+be\b|which\b|that\b)|\s+(?:scheduled|slated|planned)\s+for\b", text[m.end("np") :]
    ):
        return False
    starts = [b.end() for b in _CLAUSE_BREAK.finditer(text, 0, m.start())]
    return unreal(text[(starts[-1] if starts else 0) : m.start()])


def _due_sitting(ctx: Context, passage: Passage, m: re.Match[str]) -> list[Candidate]:
    """A sitting of the organization told as to come (``_DUE``): body, host, place and date from its sentence;
    none when the sitting is another organization's, the day is not after the text's own, or the sitting is
    the one the text reports."""
    text = passage.norm
    # (who sit, in lower case after the organization's name: "the session of the Council of the Xyz defence
    # ministers", ``_WILL_ATTEND``)
    phrase = _bare_sitting(m.group("of")) + (m.groupdict().get("members") or "")
    if _other_organization(ctx, phrase) or _told_unreal(text, m):
        return []
    tail = re.search(r"\s+of\s+(?:the\s+)?(?P<who>[A-Z][^,;]*)$", phrase)
    if (
        tail
        and not (
            _own_org(ctx, tail.group("who"))
            or _own_name(ctx, tail.group("who"))
            or _head_noun(ctx, tail.group("who"))
        )
        and not re.match(  # "the Summit of Heads of State", "the Meeting of the Council of Ministers": its own
            r"(?:Heads|Ministers|Leaders|Presidents|Prime|Foreign|Defen[cs]e|Council|Assembly|Conference|Member"
            r"|States|Governments?|Parties|Commission|Board|Committee)\b",
            tail.group("who"),
        )
        # "the session of the Collective Security Council": a body by its head word, of no other organization
        # ("the Coordination Council for Emergency Situations": its field after the head word)
        and not re.search(
            r"\b(?:Council|Assembly|Conference|Committee|Commission)(?:\s+(?:for|on)\s+[A-Z][\w'’ -]+)?$",
            tail.group("who").strip(),
        )
        # "the ninth session of the Xyz Council of Ministers": a body the organization's own name opens
        and not (
            _own_name_first(ctx, tail.group("who")) != tail.group("who")
            and re.search(
                r"\b(?:Council|Assembly|Conference|Committee|Commission|Summit)\b", tail.group("who")
            )
        )
    ):
        return []  # "The Summit of the Americas will be held in Lima": a sitting of no body of the organization
    rest = re.split(r";|\.\s", text[m.end() :])[0]
    # the dates read with the verb ("is due to be held on 25 September": September to come)
    dates = _days_to_come(ctx, text[m.start() : m.end() + len(rest)]) or _days_to_come(
        ctx, text[: m.start()], weekday_ahead=False
    )
    dates = [d for d in dates if _to_come(ctx, d)]
    if not dates:
        return []
    date = dates[0]
    if ctx.meeting is not None and overlaps_meeting(ctx, date) and ctx.anchor.day is None:
        return []  # the sitting the text reports, told in the future tense of a preview
    if ctx.meeting is None:  # prev28: a preview's one sitting, its length told once ("for two days")
        date = _span_of_days(ctx, date)
    event: dict[str, Any] = {"type": "MeetingScheduled", "body": _scheduled_body(ctx, phrase), "date": date}
    host, place = _host_after(ctx, rest)
    if not host and not place:
        host, place = _dateline_host(ctx, date)
    if not host and not place and ctx.anchor.start > 0:
        host, place = _headline_host(ctx)
    if host:
        event["host"] = host
    if place:
        event["place"] = place
    quote = passage.sub(m.start("np"), len(text.rstrip(" .")))
    missing = [f for f in ("body", "host") if not event.get(f)]
    if missing:
        note = f"meeting scheduled without {', '.join(missing)}"
        return [
            Candidate(
                "unresolved",
                {**event, "org": ctx.org, "source": ctx.source(quote)},
                note=note,
                kind="incomplete",
            )
        ]
    return [Candidate("event", {**event, "org": ctx.org, "source": ctx.source(quote)})]


# how many days after the text's own a sitting told with no place of its own is taken to sit where the text was
# written: a preparatory sitting and the one it prepares meet at one venue days apart
_SAME_VENUE_DAYS = 7


def _headline_host(ctx: Context) -> tuple[str | None, str | None]:
    """The host and town of a sitting to come that names no place, from the headline above the dateline when it
    names one town and tells the sitting ahead ("Xyz prime ministers to meet in Abc on 5 February" above a lede
    that says "in the southern Xyz city"): session 28, a town named only in the headline."""
    head = " ".join(p.norm for p in ctx.doc.sentences if p.end <= ctx.anchor.start)
    ahead = re.search(r"\b(?:to\s+(?:meet|gather|convene|hold|host)|will|set\s+to|due\s+to)\b", head)
    if not head or ahead is None or re.search(r"\bagain\b", head):
        return None, None
    # (a town after the words that tell the sitting ahead: "Leaders meet in Abc, agree to meet again" is no plan's)
    towns = {t for cm in _IN_TOWN.finditer(head, ahead.start()) if (t := _town_in(head[cm.start() :]))}
    if len(towns) != 1:
        return None, None
    town = towns.pop()
    found = city(town)
    return (found[1], town) if found else (None, None)


def _dateline_host(ctx: Context, date: str) -> tuple[str | None, str | None]:
    """The host and town of a sitting to come that names no place, from the text's dateline, when its first day
    lies within a week after the text's day: "ADDIS ABABA, 2 May - The ministers ... prepare the summit
    scheduled for Saturday": the summit sits in Addis Ababa too. None for a later sitting (it may sit
    anywhere), a date without its day, or a dateline town the gazetteer does not know."""
    day, town = ctx.anchor.day, ctx.anchor.place
    first = date.split("/")[0]
    if day is None or not town or len(first) != 10:
        return None, None
    gap = (dt.date.fromisoformat(first) - day).days
    found = city(town)
    if not 0 < gap <= _SAME_VENUE_DAYS or not found or find_parties(town):
        return None, None
    return found[1], town


def _host_town(who: str) -> tuple[str | None, str] | None:
    """(town, its state) of a host named by its town ("Astana will host ..."; a town of 100,000 or a capital,
    never a word that is also a small town's name: "Summit", "Union"), or (None, the state) of "the Kazakh
    capital"; None for any other subject."""
    capital = re.fullmatch(r"[Tt]he\s+(?P<adj>[A-Z][\w-]+)\s+capital", who)
    if capital:
        state = demonym_state(capital.group("adj"))
        return (None, state) if state else None
    if find_parties(who):
        return None
    found = city(who)
    entries = _index().get(_key(who)) or []
    if found is None or not any(e[0][0] == 1 and (e[0][1] or e[0][2] >= 100_000) for e in entries):
        return None
    return found


def _will_host(ctx: Context, passage: Passage, m: re.Match[str]) -> list[Candidate]:
    """A state that will host a sitting of the organization at a time to come (``_WILL_HOST``): that state,
    the sitting's body, the first date to come after it in its clause; none for another organization's sitting,
    a wish, or no date to come."""
    text = passage.norm
    phrase = _bare_sitting(m.group("of2"))
    hosts = [h.value for h in _state_parties(ctx, m.group("who"))]
    town = None if hosts else _host_town(m.group("who"))
    if town:
        hosts = [town[1]]
    if len(hosts) != 1 or _other_organization(ctx, phrase) or _told_unreal(text, m):
        return []
    rest = re.split(r";|,\s+(?:and|while|but)\s+|\.\s", text[m.end() :])[0]
    dates = [d for d in _days_to_come(ctx, rest) if _to_come(ctx, d)]
    if not dates:
        return []
    body = _scheduled_body(ctx, phrase)
    if not body:
        return []
    event: dict[str, Any] = {
        "type": "MeetingScheduled",
        "body": body,
        "host": hosts[0],
        "date": dates[0],
    }
    if town and town[0]:
        event["place"] = town[0]
    quote = passage.sub(m.start("who"), m.end() + len(rest))
    return [Candidate("event", {**event, "org": ctx.org, "source": ctx.source(quote)})]


def overlaps_meeting(ctx: Context, edtf: str) -> bool:
    """Whether a date falls within the days of the meeting the text reports."""
    if ctx.meeting is None:
        return False
    first, last = ctx.meeting.date.split("/")[0], ctx.meeting.last_day
    return first[: len(edtf)] <= edtf.split("/")[0] <= last[: len(edtf.split("/")[0])]


# a state named as the host of a year to come, with no sitting named: "China will host the forum in 2026",
# "Chile is next in line to host in 2027", "Peru has been chosen to host in 2028", and a gapped second host in
# the same clause ("..., and Viet Nam in 2029"): a sitting of the organization's summit body that year
_HOST_YEAR = re.compile(
    r"(?P<who>\b[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|of|the)){0,4}?)\s+(?:will|is\s+(?:set|due|next\s+in\s+line|slated|scheduled)\s+to"
    r"|(?:has|have)\s+been\s+(?:chosen|selected|designated)\s+to)\s+(?:also\s+)?host"
    r"(?P<what>\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?)?\s*in\s+(?P<y>(?:19|20)\d\d)\b"
    r"(?P<more>(?:,?\s+(?:and|while)\s+(?P<who2>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+in\s+(?P<y2>(?:19|20)\d\d)\b))?"
)


def _host_years(ctx: Context, passage: Passage) -> list[Candidate]:
    """Hosts of years to come, each a MeetingScheduled of the organization's summit body that year."""
    text = passage.norm
    out: list[Candidate] = []
    for m in _HOST_YEAR.finditer(text):
        what = (m.group("what") or "").strip()
        if what and not (
            _own_org(ctx, re.sub(r"^the\s+", "", what))
            or re.fullmatch(
                r"(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:summit|forum|meeting|organi[sz]ation|bloc|grouping|gathering)",
                what,
                re.I,
            )
        ):
            continue  # "will host the World Cup in 2030": not the organization's sitting
        if unreal(text[: m.start()]) or re.search(
            r"\b(?:offer|bid|proposal|candidacy)\b", text[: m.start()], re.I
        ):
            continue  # "Singapore's offer to host in 2030 was welcomed": an offer, no decision
        pairs = [(m.group("who"), m.group("y"))]
        if m.group("who2"):
            pairs.append((m.group("who2"), m.group("y2")))
        body = ctx.meeting.body if ctx.meeting is not None else resolve_body("summit", ctx.bodies, ctx.org)
        for who, year in pairs:
            hosts = _state_parties(ctx, who)
            if len(hosts) != 1 or not body or not _to_come(ctx, year):
                continue
            event: dict[str, Any] = {
                "type": "MeetingScheduled",
                "body": body,
                "host": hosts[0].value,
                "date": year,
            }
            quote = passage.sub(m.start("who"), m.end())
            out.append(Candidate("event", {**event, "org": ctx.org, "source": ctx.source(quote)}))
    return out


# who will meet, where and when, in one clause: "The Council of Ministers will meet in Kathmandu on 3-4 March",
# "The heads of state are due to gather in Minsk on 20 May for their session", "Foreign ministers gather in
# Vienna tomorrow for the annual Ministerial Council": a sitting to come told by its members' verb (a plan or a
# future), a place after it (never the object of "meet": "will meet their counterparts", "will meet with")
_WILL_MEET = re.compile(
    r"\b(?:will|shall|(?:are|is)\s+to|(?:are|is)\s+(?:due|scheduled|set|expected|slated|planned)\s+to)\s+"
    r"(?:(?:also|formally|first)\s+)?(?P<verb>meet|gather|convene|assemble|open|begin|start"
    # prev28: the sitting as the verb's object: "The Xyz Authority will hold an extraordinary summit in Abuja on
    # Sunday", "the Council is to hold its 50th session in Lome on 3 May"
    r"|hold\s+(?:an?|its|their|the)\s+(?:[\w'’-]+\s+){0,3}?(?:summit|meeting|session|sitting))\b"
    # a present told of a day to come: "Foreign ministers gather in Vienna tomorrow"
    r"|(?<=[a-z]\s)(?P<verb2>meet|gather|convene)(?=\s+(?:in|at)\s+(?-i:[A-Z])[^.;]{0,60}?\s(?:tomorrow|next\s+week)\b)",
    re.I,
)
# what may follow the verb: a place, a time or a purpose, not an object or a habit ("will meet once a year")
_AFTER_MEET = re.compile(
    r"\s+(?:in|at|on|from|for|between|tomorrow|this|next|later|early|late|to\s+(?!each\b)"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b|,",
    re.I,
)
# the members who sit, as the subject of the verb: "the heads of state of the six member countries", "Forum
# leaders", "The SAARC foreign ministers" (the organization's own name before them left out by the caller)
_MEMBERS = re.compile(
    r"(?P<people>heads\s+of\s+state(?:\s+and\s+(?:of\s+)?government)?|heads\s+of\s+government|leaders|presidents"
    r"|prime\s+ministers|foreign\s+ministers|ministers\s+of\s+foreign\s+affairs)"
    r"(?:\s+of\s+(?:the\s+|its\s+|their\s+)?(?:(?:\w+|\d+)\s+){0,2}(?:member\s+)?(?:states|countries|nations))?"
    r"(?:\s*,\s*(?:who|which))?\s*$",
    re.I,
)
# "the two-day gathering", "a three-day summit": the sitting's length, to widen a first day to its span
_N_DAY = re.compile(
    r"\b(?P<n>two|three|four|five)-day\s+(?:[\w'’-]+\s+){0,3}?(?:summit|meeting|session|gathering|conference|talks|council|sitting)\b"
    # prev28: "For two days, the ministers will deliberate on ...", "over three days, the leaders will review ..."
    r"|\b(?:for|over)\s+(?P<n2>two|three|four|five)\s+days\b(?=,?\s+(?:the\s+)?[\w'’ -]{0,120}?\b(?:will|shall)\b)",
    re.I,
)


def _members_body(ctx: Context, subject: str) -> str | None:
    """The body of the members a subject names (``_MEMBERS``): heads of state or leaders sit at the summit,
    heads of government in their council, foreign ministers in theirs; None for any other subject."""
    # the dateline before a lede's subject left out ("VIENNA, 4 May 2031 - Foreign ministers ...")
    words = ctx.without_dateline(subject).strip().lstrip("-–—,: ")
    words = re.sub(r"^(?:the|its|their)\s+", "", words, flags=re.I)
    first = re.match(r"(?P<w>[A-Z][\w'’-]*)\s+", words)
    if first and (
        _own_org(ctx, first.group("w"))
        or _own_name(ctx, first.group("w"))
        or _head_noun(ctx, first.group("w"))
    ):
        words = words[first.end() :]  # "SAARC foreign ministers", "Forum leaders"
    # "Foreign ministers of the Xyz Organization (XO)": the organization's own name after them left out
    of = re.search(
        r"\s+of\s+(?:the\s+)?(?P<who>[A-Z][^,]*?)(?:\s*\([A-Z]{2,8}\))?(?=\s*(?:,\s*(?:who|which)\s*)?$)",
        words,
    )
    if of and (_own_org(ctx, of.group("who")) or _own_name(ctx, of.group("who"))):
        words = words[: of.start()]
    m = _MEMBERS.match(words)
    if m is None:
        return None
    people = " ".join(m.group("people").lower().split())
    if people.startswith("heads of government") or people == "prime ministers":
        return _government_heads_body(ctx)
    if people in ("foreign ministers", "ministers of foreign affairs"):
        return _foreign_ministers_body(ctx)
    return _summit_slug(ctx)


def _span_of_days(ctx: Context, date: str) -> str:
    """A first day widened to the sitting's span when the text tells its length once ("the two-day gathering"):
    "2031-05-12" -> "2031-05-12/2031-05-13"; else the date as it is."""
    told = {(m.group("n") or m.group("n2")).lower() for m in _N_DAY.finditer(ctx.doc.text)}
    if len(date) != 10 or len(told) != 1:
        return date
    n = {"two": 2, "three": 3, "four": 4, "five": 5}[told.pop()]
    last = dt.date.fromisoformat(date) + dt.timedelta(days=n - 1)
    return f"{date}/{last.isoformat()}"


# a wish, a condition or a denial before the verb: "if the leaders meet", "the ministers would meet"
_WISH = re.compile(
    r"\b(?:would|could|might|should|(?-i:may)|if|unless|whether|hopes?|hoped|wants?|wanted|proposed|suggested"
    r"|not|never|no\s+longer)\b",
    re.I,
)
# "in the Kazakh capital, Astana": the state by its adjective, the town after the comma
_CAPITAL = re.compile(
    r"\b(?:in|at)\s+the\s+(?P<adj>[A-Z][\w-]+)\s+capital"
    # prev28: the town may go unnamed ("will meet on 8 October in the Tajik capital": the state alone)
    r"(?:(?:,\s+|\s+of\s+)(?P<town>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?))?"
)


def _capital_of(rest: str) -> tuple[str | None, str | None]:
    """The host and town of "in the Kazakh capital, Astana" (the state by its adjective; the town when the
    gazetteer knows it as that state's)."""
    m = _CAPITAL.search(rest)
    state = demonym_state(m.group("adj")) if m else None
    if m is None or state is None:
        return None, None
    town = city(m.group("town")) if m.group("town") else None
    return state, (m.group("town") if town and town[1] == state else None)


# the capitalized name of the sitting held, after its noun: "(hold a Special Summit) of Heads of State and
# Government", "(hold its 30th Session) of the Council of Ministers"
_OF_NAME = re.compile(
    r"\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:(?:of|and|for|on)\s+(?:the\s+)?)?[A-Z][\w'’-]*)*(?:\s+\([A-Z]{2,8}\))?"
)


def _members_meet(ctx: Context, passage: Passage) -> list[Candidate]:
    """A sitting to come told by who will meet (``_WILL_MEET``): the body the clause names, else the members'
    (``_members_body``); the host and town after the verb; the first day after the text's own. None without
    the text's own day, a body, a host or a day to come, nor for another organization's members or a wish."""
    text = passage.norm
    if ctx.anchor.day is None:
        return []
    out: list[Candidate] = []
    for m in _WILL_MEET.finditer(text):
        verb_end = m.end()
        held = _OF_NAME.match(text, verb_end) if (m.group("verb") or "").lower().startswith("hold") else None
        if held:  # "will hold a Special Summit of Heads of State in Abc": the sitting's name
            verb_end = held.end()
        if not _AFTER_MEET.match(text, verb_end):
            continue
        starts = [0] + [
            c.end() for c in re.finditer(r";\s*|,\s+(?:and|but|while|when)\s+|\bwhen\s+", text[: m.start()])
        ]
        subject = text[starts[-1] : m.start()]
        if not subject.strip() or _other_organization(ctx, subject) or _WISH.search(subject):
            continue
        rest = re.split(r";|\.\s|,\s+(?:and|but|while)\s+", text[verb_end:])[0]
        # the dates read with the verb ("will open on Tuesday": the Tuesday to come)
        # (a day, not a month alone: "Leaders are due to meet in Fiji in March", said in passing of a text on
        # another matter, is left to the "next meeting" readers)
        dates = [
            d
            for d in _days_to_come(ctx, text[m.start() : verb_end + len(rest)])
            if _to_come(ctx, d) and len(d.split("/")[0]) == 10
        ]
        if not dates:
            continue
        # the body the members sit in, else the one the clause names (not a sitting they prepare or sit beside:
        # "will meet in Accra on Monday ahead of the summit")
        own = re.split(
            r"\b(?:ahead\s+of|before|to\s+prepare|preparing|in\s+preparation|on\s+the\s+(?:sidelines|margins))\b",
            rest,
        )[0]
        # ("gather in Vienna tomorrow for the annual Ministerial Council": the sitting they come for first)
        purpose = re.search(r"\bfor\s+(?:the|its|their|an?)\s", own)
        # (a body the subject names first: "The Council of Ministers will meet ... for its inter-sessional session")
        named = _body_in(subject, ctx) or (_body_in(own[purpose.start() :], ctx) if purpose else None)
        members = None if named else _members_body(ctx, subject)
        if members:
            named = (members, 0)
        elif named is None:
            named = _body_in(text[starts[-1] : verb_end + len(own)], ctx)
        if (
            (m.group("verb") or "").lower().startswith("hold")
            and _body_in(subject, ctx) is None
            and not any(_own_org(ctx, w) or _own_name(ctx, w) for w in re.findall(r"[A-Z][\w'’-]*", subject))
            # ("will hold the 9th Session of the Xyz Assembly": the sitting names its body)
            and not (held and _body_in(text[m.start() : verb_end], ctx))
        ):
            continue  # "West African leaders are to hold a summit": whose? (the organization or its body names it)
        if (
            m.group("verb")
            and m.group("verb").lower() in ("open", "begin", "start")
            and _body_in(subject, ctx) is None
        ):
            continue  # "will open" of a body the subject names only ("The Council will open on Monday")
        body = named[0] if named else None
        if not body:
            continue
        host, place = _host_after(ctx, rest)
        if not host:
            host, place = _capital_of(rest)
        if not host and not _town_in(rest):
            # "The Heads of State will hold the 18th Session of the Assembly on 29 and 30 January" under an
            # "ADDIS ABABA, 26 January" dateline: the sitting a few days on, where the text is written
            host, place = _dateline_host(ctx, dates[0])
        if not host:
            continue
        if ctx.meeting is not None and ctx.meeting.body == body and overlaps_meeting(ctx, dates[0]):
            continue  # the sitting the text reports
        event: dict[str, Any] = {
            "type": "MeetingScheduled",
            "body": body,
            "host": host,
            "date": _span_of_days(ctx, dates[0]),
        }
        if place:
            event["place"] = place
        quote = passage.sub(starts[-1], verb_end + len(rest))
        out.append(Candidate("event", {**event, "org": ctx.org, "source": ctx.source(quote)}))
    return out


def _not_told(out: list[Candidate], found: list[Candidate]) -> list[Candidate]:
    """The sittings to come of ``found`` not told already (the same body and host from the same first day:
    "The ministers will meet in Accra on 3 May ... The Council will open on Monday" is one sitting)."""

    def key(c: Candidate) -> tuple[object, ...]:
        return (c.event.get("body"), c.event.get("host"), str(c.event.get("date", "")).split("/")[0])

    seen = {key(c) for c in out if c.type == "MeetingScheduled"}
    return [c for c in found if key(c) not in seen]


def _glued_lede(ctx: Context) -> Passage | None:
    """The lede after the dateline when one sentence runs from a headline over the dateline into it (a headline
    with no full stop: "Ministers to meet in Vienna VIENNA, 4 May 2031 - The ministers will meet ..."): the
    sentences of the body start after the dateline and would leave it out."""
    if not ctx.anchor.end:
        return None
    for p in ctx.doc.sentences:
        if p.start < ctx.anchor.start < p.end and ctx.anchor.end < p.end:
            raw = ctx.doc.text[p.start : ctx.anchor.end]
            cut = len(" ".join(raw.split()))
            rest = p.norm[cut:]
            lead = len(rest) - len(rest.lstrip(" -–—,:"))
            return p.sub(cut + lead, len(p.norm)) if cut + lead < len(p.norm) else None
    return None


# the members who decide on their own next sitting: "the heads of state agreed to hold their next meeting in
# Minsk", "Foreign ministers decided that their next session ...": the subject of the verb before "their next"
_THEIR_NEXT = re.compile(
    r"(?:^|,\s+|;\s+)(?P<who>[^,;]+?)\s+(?:have\s+|has\s+)?(?:agreed|decided|resolved|will|shall|are\s+to)"
    r"\s+(?:to\s+(?:hold|convene)\s+|that\s+)?their\s+$"
)


def _their_next_body(ctx: Context, before: str) -> str | None:
    """The body of "their next meeting" when the members who decide it name it (``_THEIR_NEXT``,
    ``_members_body``): the heads of state's, the foreign ministers'; None for any other subject."""
    m = _THEIR_NEXT.search(before)
    return _members_body(ctx, m.group("who")) if m else None


def next_meeting(ctx: Context) -> list[Candidate]:
    """The next meeting: its body, host, place and date, from the words around "next meeting"."""
    out: list[Candidate] = []
    lede = _glued_lede(ctx)
    if lede is not None:
        out.extend(_members_meet(ctx, lede))
    previous = ""
    for passage in ctx.sentences:
        text = passage.norm
        m = _NEXT_ANY.search(text)
        if m is None and re.search(r"\bnext\s+(?:\w+\s+)?(?:summit|meeting|session)", previous, re.I):
            m = re.match(
                r"(?:That|This|The\s+next)\s+(?P<kind>summit|meeting|session)(?P<of>)", text
            )  # "That summit will ..."
        if m is None:
            m = _HOST_LATER.search(text)  # "the summit of the Council ... that India will host in July"
        if m is None:
            m = _MEET_NEXT.search(text)  # "The Collective Security Council ... will meet next in Yerevan"
        previous = text
        scheduled = _SCHEDULED.search(text) if m is None else None
        if scheduled is not None and not unreal(text[: scheduled.start()]):
            numbered = _scheduled(ctx, passage, scheduled)
            # prev28: a numbered sitting the first reading leaves incomplete ("The 9th Session of the Council will
            # be held tomorrow in Lome": no day it can read) is read again as a sitting to come (``_DUE``), else
            # as who will meet
            if not any(c.record == "event" for c in numbered):
                numbered = _read_again(ctx, passage) or numbered
            out.extend(numbered)
            continue
        due = _DUE.search(text) if m is None else None
        if due is not None:
            # a sitting named to come, else who will meet in the same sentence
            out.extend(_due_sitting(ctx, passage, due) or _not_told(out, _members_meet(ctx, passage)))
            continue
        attend = _WILL_ATTEND.search(text) if m is None else None
        if (
            attend is not None
            and not unreal(text[: attend.start()])
            # "would take part in the summit ... if the talks went well": a condition, no plan
            and not re.search(
                r"\b(?:if|unless|provided|should\s+(?:the|it|they))\b",
                re.split(r"[;.]\s", text[attend.end() :])[0],
            )
        ):
            # who will attend a sitting to come: the sitting, its town and days from the same sentence
            attended = [c for c in _due_sitting(ctx, passage, attend) if c.record == "event"]
            if attended:
                out.extend(attended)
                continue
        hosting = _WILL_HOST.search(text) if m is None else None
        if hosting is not None:
            hosted = _will_host(ctx, passage, hosting)
            if hosted:
                out.extend(hosted)
                continue
        if m is None:
            met = _members_meet(ctx, passage)
            out.extend(_not_told(out, met) if met else _host_years(ctx, passage))
            continue
        if not m or not _NEXT_WHEN.search(text) or re.search(r"\bconsideration\s+at\b", text):
            continue
        phrase = (m.group("of") or "").strip()
        named_body = m.groupdict().get("named")
        if named_body:  # "the next Executive Council": the body's own name
            phrase = f"of the {named_body}"
        if phrase and _other_organization(ctx, phrase):
            continue  # "the next summit of the Alpine Forum": another organization's meeting
        named = re.sub(r"^of\s+(?:the\s+)?", "", phrase)
        named = _own_name_first(
            ctx, named
        )  # "the CIS Council of Heads of State": the organization's name first
        body = resolve_body(named, ctx.bodies, ctx.org) if phrase else None
        if body is None and phrase:
            # "the next Presidential Summit", "the next summit of heads of state": the organization's summit
            body = _summit_of_who(ctx, named)
            if body is None and (m.groupdict().get("kind") or "").lower() == "summit":
                body = _summit_of_who(ctx, f"summit of {named}")
        if phrase and (m.group("kind") or "").lower() == "session" and _own_org(ctx, named):
            body = (
                "session"  # "the next session of the Nordic Council": an organization that sits in sessions
            )
        if (
            body is None
            and phrase
            and not _own_org(ctx, named)
            and not _head_noun(ctx, named)
            and re.match(r"[A-Z]", named)
        ):
            from igo_timeline.extract.meeting import _generic_body

            body = _generic_body(named, ctx)  # a body no table knows, by its words
            if body:  # as the project spells it ("council-of-the-secretaries-of-...": the committee's slug)
                from igo_timeline.extract.meeting_canon import canon_body

                body = canon_body(body, ctx) or body
        if body is None and not phrase:
            body = _their_next_body(ctx, text[: m.start()])
        if body is None and not phrase and re.search(r"\bits\s+$", text[: m.start()]):
            # "The Authority will hold its next ordinary session in Monrovia": the body the subject names
            subject = re.split(r"[;,]\s+", text[: m.start()])[-1]
            told = _body_in(subject, ctx)
            head = re.match(
                r"\s*(?:The\s+)?(?P<n>(?:[A-Z][\w-]*\s+){0,3}?(?:Council|Authority|Assembly|Conference|Committee|Commission))\s",
                subject,
            )
            body = told[0] if told else resolve_body(head.group("n"), ctx.bodies, ctx.org) if head else None
        if body is None and ctx.meeting is not None:
            body = ctx.meeting.body  # "their next summit", "the Council's next meeting"
            if (m.groupdict().get("kind") or "").lower() == "summit" and not HEADS_BODY.search(body):
                body = None  # body16: "the BRICS summit that Kazan will host", told at an advisers' meeting
        if body is None and (m.group("kind") or "").lower() == "summit":
            # an organization whose bodies the store does not know: its summit is "summit"
            body = resolve_body("summit", ctx.bodies, ctx.org) or "summit"
        # the clause of the trigger: "..., and the next meeting ... in Russia in 2020"
        # (or a coordinated act of those who met: "met in X on Friday and agreed to meet again in Y in April")
        starts = [0] + [
            c.end() for c in re.finditer(r",\s*(?:and|while)\s+|;\s*", text) if c.end() <= m.start()
        ]
        starts += [c.start() for c in COORDINATED_ACT.finditer(text) if c.start() <= m.start()]
        starts.sort()
        clause_start = starts[-1]
        rest = text[m.end() :]
        before = text[clause_start : m.start()]
        place = _town_in(text[clause_start:])
        hosts = _state_parties(ctx, rest)
        if not hosts and not (clause_start and place and city(place)):
            # a state told before the trigger; not when the trigger's own clause names its town, which tells the host
            # (below): "met in Dushanbe ... and agreed to meet again in Astana"
            hosts = _state_parties(ctx, before)[-1:] or _state_parties(ctx, text[: m.start()])[-1:]
        event: dict[str, Any] = {"type": "MeetingScheduled", "body": body or ""}
        if place is None:
            hosting = re.search(r"(?P<city>[A-Z][\w'’.-]+(?:[ -][A-Z][\w'’.-]+)*)\s+will\s+host\b", text)
            if hosting and city(hosting.group("city")) and not find_parties(hosting.group("city")):
                place = hosting.group("city")
        if not hosts and place is None and ctx.anchor.start > 0:
            _, place = _headline_host(ctx)  # a town the headline alone names
        if hosts:
            event["host"] = hosts[0].value
        elif place:
            found = city(place)
            if found:
                event["host"] = found[1]
        if place:
            event["place"] = place
        dates = _days_to_come(ctx, rest)  # a quarter of a year written first (``_part_of_year``)
        if not dates and ctx.near and re.match(r"next\s+year['’]s\b", m.group(), re.I):
            dates = [str(ctx.near.year + 1)]  # "next year's summit would be held in Zambia"
        # "in 2030 the chairmanship goes to X and the next summit will be held in Y": a year to come earlier
        # in the same sentence
        earlier = [d for d in _days_to_come(ctx, text[: m.start()], weekday_ahead=False) if _to_come(ctx, d)]
        if dates:
            event["date"] = dates[0]
        elif earlier and not re.search(r"\bnext\s+year\b", rest):
            event["date"] = earlier[-1]
        elif (
            re.search(
                r"\bnext\s+year\b|\ba\s+year\s+from\s+now\b|\bin\s+(?:a|one)\s+year['’]s\s+time\b", rest
            )
            and ctx.year
        ):  # "next year", "a year from now": the year after the text's
            event["date"] = str(ctx.year + 1)
        quote = passage.sub(clause_start, len(text.rstrip(" .")))
        cand = ctx.decision(event, "decided_on", quote)
        if cand.kind == "date-unresolved" and event.get("date"):
            # the next meeting's own date is stated; the day it was decided is not: an event without decided_on
            cand = Candidate("event", {**event, "org": ctx.org, "source": ctx.source(quote)})
        missing = [f for f in ("body", "host", "date") if not event.get(f)]
        if missing:
            for f in missing:
                cand.event.pop(f, None)
            out.append(
                Candidate(
                    "unresolved",
                    cand.event,
                    note=f"next meeting without {', '.join(missing)}",
                    kind="incomplete",
                )
            )
        else:
            out.append(cand)
    for passage in ctx.sentences:
        out.extend(_not_told(out, _prepared_sitting(ctx, passage)))
    headed = _headline_sitting(ctx)
    # (a sitting the body's sentences tell already, by its body or by its host and first day: "Xyz foreign
    # ministers to meet in Lome" over "The Xyz Council of Ministers will meet in Lome on 3 May" is one sitting)
    if headed is not None and not any(
        c.type == "MeetingScheduled"
        and (
            c.event.get("body") == headed.event["body"]
            or (
                c.event.get("host") == headed.event["host"]
                and str(c.event.get("date", "")).split("/")[0] == headed.event["date"].split("/")[0]
            )
        )
        for c in out
    ):
        out.append(headed)
    return out


# prev28: a headline that tells a sitting to come by an infinitive, its days told in the lede: "Xyz foreign
# ministers to meet in Lome" over "LOME, 2 May 2031 - The foreign ministers of the Xyz Community will meet on 9
# May ...", "Togo to host Xyz summit", "Xyz Council to convene in Accra next week" (a headline drops the
# article and the "will")
_HEADLINE = re.compile(
    r"^(?P<who>[A-Z][^.;:!?]{1,80}?)\s+to\s+(?:(?P<meet>meet|gather|convene)|(?P<host>host))\b(?P<rest>[^.;!?]*)$"
)
# the sitting a headline's host will host: its words with or without an article ("to host 12th Xyz Summit")
_HEAD_NP = re.compile(
    r"\s+(?:the\s+|an?\s+)?(?P<of>(?:[\w'’-]+\s+){0,6}?(?:summit|meeting|session|conference|sitting)\b"
    r"(?:\s+of\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?:of\s+|and\s+|the\s+|for\s+)*(?-i:[A-Z])[\w'’-]*){0,6})?)",
    re.I,
)
# a lede that tells a sitting to come: a future or a plan
_LEDE_TO_COME = re.compile(
    r"\b(?:will|shall|(?:is|are)\s+(?:due|scheduled|set|expected|slated|planned)\s+to|to\s+be\s+held|tomorrow)\b",
    re.I,
)


def _headline_sitting(ctx: Context) -> Candidate | None:
    """The sitting a headline tells as to come (``_HEADLINE``) over the text's dateline: the body of who will
    meet (a body named, or the members who sit) or of the sitting a state or town will host, its host and town
    from the headline or the lede, its days from the headline, else the first days to come that the lede's
    first sentence tells with a future. None without the text's day, a body, a host or days to come, or for
    another organization's sitting."""
    if ctx.anchor.day is None or not ctx.doc.sentences:
        return None
    head = ctx.doc.sentences[0]  # (the headline is no sentence of the body: ``ctx.sentences`` leaves it out)
    if (ctx.anchor.end and head.end > ctx.anchor.start) or not re.match(
        r"[ \t]*\n", ctx.doc.text[head.end :]
    ):
        return None  # (a headline is a line of its own, before the dateline)
    m = _HEADLINE.match(head.norm.strip())
    if m is None or _other_organization(ctx, m.group("who")) or _WISH.search(m.group("who")):
        return None
    who, rest = m.group("who"), m.group("rest")
    host: str | None = None
    place: str | None = None
    if m.group("meet"):
        named = _body_in(who, ctx)
        body = named[0] if named else _members_body(ctx, who)
        if not body and re.fullmatch(rf"(?:[A-Z][\w'’-]*\s+){{1,5}}(?:{_ORGAN}|Group)", who):
            body = _scheduled_body(ctx, who)  # "Xyz Ministerial Action Group to meet": a body by its name
    else:
        np = _HEAD_NP.match(rest)
        if np is None or _other_organization(ctx, np.group("of")):
            return None
        phrase = _bare_sitting(np.group("of"))
        if not re.search(r"[A-Z]", phrase):
            return None  # ("to host summit": whose?)
        body = _scheduled_body(ctx, phrase)
        hosts = [h.value for h in _state_parties(ctx, who)]
        town = None if hosts else _host_town(who)
        host = hosts[0] if len(hosts) == 1 else town[1] if town else None
        place = town[0] if town else None
        if host is None:
            return None
        rest = rest[np.end() :]
    if not body:
        return None
    # the lede: the first sentence after the headline that tells a sitting to come
    lede = next((p for p in ctx.doc.sentences[1:4] if _LEDE_TO_COME.search(p.norm)), None)
    dates = [d for d in _days_to_come(ctx, rest) if _to_come(ctx, d)]
    end = head.end
    told = ""  # the lede from its future on ("... - The Group will meet in X on Friday 3 May": its days)
    if lede is not None:
        cue = _LEDE_TO_COME.search(lede.norm)
        told = lede.norm[cue.start() :] if cue else ""
    if not dates and told:
        dates = [d for d in _days_to_come(ctx, told) if _to_come(ctx, d)]
        end = lede.end  # type: ignore[union-attr]
    if not dates:
        return None
    if host is None:
        host, place = _host_after(ctx, rest)
    if host is None and told:
        host, place = _host_after(ctx, told)
    if host is None:
        return None
    event: dict[str, Any] = {"type": "MeetingScheduled", "body": body, "host": host, "date": dates[0]}
    if place:
        event["place"] = place
    quote = Passage(ctx.doc.text, head.start, end)
    return Candidate("event", {**event, "org": ctx.org, "source": ctx.source(quote)})


def _read_again(ctx: Context, passage: Passage) -> list[Candidate]:
    """The sittings to come of a sentence read as told with a plan's verb (``_DUE``) or by who will meet
    (``_members_meet``), complete ones only (a fallback when a first reading found no day or body)."""
    due = _DUE.search(passage.norm)
    found = _due_sitting(ctx, passage, due) if due is not None else []
    found = found or _members_meet(ctx, passage)
    return [c for c in found if c.record == "event"]


# prev28: a sitting to come named with its town and its days and no verb of its own, after a word telling it lies
# ahead: "preparations for the Xyz Summit in Lome on 3-4 May", "ahead of the 12th Council of Ministers in Accra
# next week", "the forthcoming Xyz Council meeting in Minsk this October", "in the run-up to the summit of the
# organization on 8-9 June in Lome" (the cue, the sitting's words, then its town and its days in either order)
_AHEAD = re.compile(
    r"\b(?:ahead\s+of|in\s+preparation\s+for|preparations?\s+for|(?:to\s+)?prepar(?:e|ing)\s+(?:for\s+)?"
    r"|in\s+the\s+run-up\s+to|on\s+the\s+eve\s+of)\s+(?=(?:the|its|their)\s)"
    r"|(?=\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:forthcoming|upcoming|coming)\s)",
)
# the sitting's words: up to its head word, then "of" and a name ("the summit of the organization", "the
# 12th Session of the Council of Ministers")
_AHEAD_NP = re.compile(
    r"(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?P<of>(?:[\w'’-]+\s+){0,7}?(?:summit|meeting|session|conference|sitting"
    r"|(?-i:Summit|Meeting|Session|Conference|Council|Assembly))\b(?:\s*\([A-Z]{2,8}\))?"
    r"(?:\s+of\s+(?:the\s+)?(?:organi[sz]ation|bloc|grouping|(?-i:[A-Z])[\w'’-]*"
    r"(?:\s+(?:of\s+|and\s+|the\s+|for\s+)*(?-i:[A-Z])[\w'’-]*){0,6}))?)"
    # (the words that tell its place or time right after: "the Xyz Council Meeting in Baku" is the meeting)
    r"(?=,?\s+(?:in|at|on|from|between|this|next|later)\b)",
    re.I,
)
# where the words after the sitting stop: a new clause, a verb, a relative ("in Lome, Togo" and "on 3 and 4 May"
# run on)
_AHEAD_END = re.compile(
    r"[;:(]|\.(?:\s|$)|,\s+(?!(?:on|in|at|from|between|this|next)\b|(?-i:[A-Z]))"
    r"|\s+(?:which|that|where|who|will|would|is|are|was|were|has|have|had|to|but|with|as|and(?!\s+\d))\s",
)
# the words that tell the sitting's place or time, the first after it
_AHEAD_SLOT = re.compile(r",?\s+(?:in|at|on|from|between|this|next|later)\b", re.I)


def _prepared_sitting(ctx: Context, passage: Passage) -> list[Candidate]:
    """A sitting to come named after a word that tells it lies ahead (``_AHEAD``), with its town or state and its
    days right after its name: body, host, place and date. None without the text's own day, for a sitting of
    another organization, one named by no name of the organization nor a capitalized body ("ahead of the
    leaders' summit in X": whose?), a day not after the text's own, or the sitting the text reports."""
    text = passage.norm
    if ctx.anchor.day is None and ctx.near is None:
        return []
    out: list[Candidate] = []
    seen: set[int] = set()
    for cue in _AHEAD.finditer(text):
        np = _AHEAD_NP.match(text, cue.end())
        if np is None or np.start() in seen:
            continue
        seen.add(np.start())  # ("ahead of the upcoming summit": one sitting, two cues)
        words = np.group("of")
        phrase = _bare_sitting(words)
        if _other_organization(ctx, phrase) or _WISH.search(text[: cue.start()][-60:]):
            continue
        own = re.search(r"\bof\s+(?:the\s+)?(?:organi[sz]ation|bloc|grouping)$", phrase, re.I)
        if own:
            phrase = phrase[: own.start()].strip()
        named = own or any(
            _own_org(ctx, w) or _own_name(ctx, w) for w in re.findall(r"[A-Z][\w'’-]*", phrase)
        )
        tail = re.search(r"\s+of\s+(?:the\s+)?(?P<who>[A-Z].*)$", phrase)
        if not named and tail and (_own_org(ctx, tail.group("who")) or _own_name(ctx, tail.group("who"))):
            named = True
        # a body by its capitalized name ("the Ministerial Council Meeting"), not a bare "Summit"
        if not named and not re.search(
            r"\b[A-Z][\w'’-]+\s+(?:Council|Assembly|Conference|Committee)\b", phrase
        ):
            continue
        slot = _AHEAD_SLOT.match(text, np.end())
        if slot is None:
            continue
        after = text[np.end() :]
        stop = _AHEAD_END.search(after, len(slot.group()))
        rest = after[: stop.start()] if stop else after
        # ("in Minsk this October": the October to come, as "in October")
        when = re.sub(r"\bthis\s+(?=" + MONTH + r")", "in ", rest)
        dates = [d for d in _days_to_come(ctx, when) if _to_come(ctx, d) and len(d.split("/")[0]) >= 7]
        if not dates:
            continue
        body = _scheduled_body(ctx, phrase)
        if not body:
            continue
        host, place = _host_after(ctx, rest)
        if not host and not place:
            host, place = _dateline_host(ctx, dates[0])
        if not host:
            continue
        if ctx.meeting is not None and ctx.meeting.body == body and overlaps_meeting(ctx, dates[0]):
            continue  # the sitting the text reports
        date = _span_of_days(ctx, dates[0]) if ctx.meeting is None else dates[0]
        event: dict[str, Any] = {"type": "MeetingScheduled", "body": body, "host": host, "date": date}
        if place:
            event["place"] = place
        quote = passage.sub(np.start(), np.end() + len(rest))
        out.append(Candidate("event", {**event, "org": ctx.org, "source": ctx.source(quote)}))
    return out
