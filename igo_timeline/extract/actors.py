"""Who was at the meeting by what they did there, not by a list.

Heads of state or government, and the organization's own officials, named only as acting at the sitting: the
host who welcomed the others, both ends of a handover of the chair, the speaker who opened or addressed it
(but not through a recorded message). Moved out of ``attendance.py``, which adds them after its lists.
"""

from __future__ import annotations

import re
from dataclasses import replace

from igo_timeline.extract.context import Context
from igo_timeline.extract.meeting import _NOT_THIS, _OFFICIAL, _elsewhen
from igo_timeline.extract.mentions import NAMED_NOT_THERE, spoke_there
from igo_timeline.extract.names import is_state, titles
from igo_timeline.extract.people import Person, parse_item
from igo_timeline.extract.text import Passage

_BY_MESSAGE = re.compile(
    r"\b(?:in|by|through|via|with)\s+(?:a\s+|an\s+)?(?:(?:pre-?recorded|recorded|video(?:taped)?|written|televised)\s+)+(?:video\s+)?"
    r"(?:message|statement|address|greeting|remarks)\b",
    re.I,
)


# what only someone at the meeting does: welcome the others as host, hand over or take over its chair,
# open or address it
_ACTS = re.compile(
    r"\b(?:welcomed|greeted|received)\s+(?:his|her|their|the|fellow)\s+(?:\w+\s+)?(?:counterparts|guests|leaders|participants|delegations|colleagues)\b"
    # "greeted the heads of delegations before the opening", "welcomed the ministers and heads of delegation",
    # "received the heads of the member states' delegations", "greeted those present": the host, at the sitting
    r"|\b(?:welcomed|greeted|received)\s+(?:all\s+)?(?:the\s+)?(?:(?:ministers|leaders|delegates)\s+and\s+(?:the\s+)?)?"
    r"heads\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?delegations?\b"
    r"|\b(?:welcomed|greeted)\s+(?:all\s+)?those\s+(?:present|attending|taking\s+part)\b"
    # "ended ... with the election of President X of Abc as its new Chairman": the head the sitting chose to chair it
    r"|(?<!\bhad\s)(?<!\bhas\s)(?<!\bhave\s)\b(?:elected|election\s+of)\b(?=[^.;]{0,80}?,?\s+as\s+(?:its|the|their)\s+(?:new\s+)?(?:chairperson|chairman|chair|president)\b)"
    r"|\b(?:handed|passed|giving|gave)\s+(?:over\b|(?:the\s+)?(?:role\s+of\s+)?(?:rotating\s+)?(?:chairmanship|presidency|chair|chair-in-office)\b)|\bbecame\s+(?:the\s+)?(?:new\s+)?(?:chairperson|chairman|chair)\b|\bsucceeded\s+in\s+the\s+(?:chair|chairmanship|presidency)\b|\b(?:took\s+over|assumed|received|accepted)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}(?:rotating\s+)?(?:chairmanship|presidency|chair)\b"
    r"|\b(?:opened|addressed|addressing|inaugurated)\s+(?:the\s+)?(?:\w+\s+){0,3}(?:summit|meeting|session|assembly|sitting|gathering|talks|conference"
    # "addressing the closing ceremony of the summit": the sitting's own opening or closing ceremony
    r"|(?<=opening\s)ceremony|(?<=closing\s)ceremony|(?<=inaugural\s)ceremony)\b"
    r"|\b(?:hosted|hosting)\s+(?:the\s+)?(?:\w+\s+)?(?:leaders|heads\s+of\s+(?:state|delegation)|delegations|summit|meeting|session|talks|gathering|conference)\b"
    # "Secretary-General X presented a report to the heads of state": a report given at the sitting
    r"|\b(?:presented|delivered|submitted|gave)\s+(?:a|the|his|her|its)\s+(?:\w+\s+)?report\s+to\s+the\s+(?:heads|leaders|summit|council|meeting|session|assembly|participants)\b"
    r"|\b(?:delivered|delivering|made|making|gave|giving)\s+(?:a|an|the|his|her)\s+(?:\w+\s+)?(?:speech|address|statement)\b"
    # "In his farewell address the outgoing Secretary General ...", "who repeated his support in his opening speech"
    r"|\b(?:in|during)\s+(?:his|her|their)\s+(?:\w+\s+)?(?:speech|address|remarks|statement)\b"
    r"|\bread(?:ing)?\s+out\s+the\s+(?:final\s+|joint\s+)?(?:communiqu|declaration|statement)"
    r"|\b(?:set\s+out|presented|outlined)\s+(?:the\s+|his\s+|her\s+)?priorities\b"
    r"|\b(?:announced|said|stated|declared|proposed)\s+(?:at|during|to)\s+the\s+(?:\w+\s+)?(?:session|meeting|summit|talks|sitting)\b"
    r"|\btold\s+the\s+(?:\w+\s+)?(?:session|meeting|summit|sitting|leaders|council|delegates|participants|ministers|assembly|conference|plenary)\b"
    # what is done in the room: "reported to the Council on ...", "took the floor", "walked the participants through
    # the agenda", "welcomed the delegates and guests to the opening ceremony", "spoke to the summit by videoconference"
    r"|\breported\s+to\s+the\s+(?:\w+\s+)?(?:heads|leaders|council|summit|meeting|session|assembly|ministers|conference)\b"
    r"|\b(?:took|takes|taking|(?:first|last|next|second|third)\s+to\s+take)\s+the\s+floor\b|\bwalked\s+the\s+(?:participants|leaders|delegates|delegations|heads\s+of\s+\w+)\s+through\b"
    r"|\bwelcomed\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:delegates|guests|participants|leaders|delegations)\s+to\s+the\s+(?:\w+\s+)?(?:opening|summit|meeting|session|ceremony|conference)\b"
    r"|\bspoke\s+(?:to|at|before)\s+the\s+(?:[\w-]+\s+){0,2}?(?:summit|meeting|session|assembly|leaders|council|conference|plenary|sitting"
    # "spoke at the opening, stressing ...": the sitting's own opening or closing
    r"|(?:opening|closing)(?=\s*[,.;]|\s+(?:of\s+the|and|to)\b))\b"
    r"|\bbriefed\s+the\s+(?:heads|leaders|participants|council|meeting|summit|session)\b"
    # "X and Y shook hands on stage at the closing ceremony": an act done at the meeting's own ceremony
    r"|\b(?:shook\s+hands|spoke|posed|embraced|sat|stood|signed)\b[^.;]{0,40}?\b(?:at|during)\s+the\s+(?:summit['’]s\s+)?(?:opening|closing|inaugural)\s+(?:ceremony|session|plenary)\b",
    re.I,
)


_OTHER_OFFICE = re.compile(
    r"\s*,\s*(?:the\s+)?(?:Head|Secretary|Chair\w*|President|Director|Commissioner)[\w\s-]*?\s+of\s+(?:the\s+)?[A-Z]"
)


_OPENS = re.compile(r"\b(?:opened|opening|inaugurated|inaugurating|inaugural|welcomed|welcoming)\b", re.I)


def _actors(ctx: Context, host: str | None = None) -> list[tuple[Passage, Person]]:
    """Heads of state or government named only as acting at the meeting ("Uzbek President X welcomed
    his counterparts", "At the opening, President X of A handed over the chairmanship to President Y
    of B"): both ends of a handover, the host who welcomed, the speaker who opened it."""
    heads = "|".join(r"\s+".join(map(re.escape, t.split())) for t in titles("heads"))
    # "Icelandic Foreign Minister X handed the chairmanship gavel to Y": a minister acting at a ministerial sitting
    heads += r"|Foreign\s+Minister|Minister\s+(?:of|for)\s+Foreign\s+Affairs"
    mention = re.compile(
        # "Equatorial Guinea's President X": a state of two words before the title
        rf"(?:\b[A-Z][\w'’-]+\s+){{0,2}}\b(?:{heads})\s+(?:[A-Z][\w'’.-]*\s+){{0,4}}[A-Z][\w'’-]+"
        # "President Abdel Fattah al-Sisi", "Prime Minister X bin Y": a lower-case particle inside the name
        r"(?:\s+(?:al|el|bin|ibn|de|da|dos|van|von)[\s-][A-Z][\w'’-]+)*"
        r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+|and\s+the\s+|and\s+)?[A-Z][\w'’-]*){0,3})?"
        # "Ralph Gonsalves, Prime Minister of Saint Vincent and the Grenadines": the name, then the title;
        # "Samoa's Prime Minister, Fiame Naomi Mata'afa": the state's title, then the name
        rf"|\b[A-Z][\w'’-]+['’]s\s+(?:{heads}),\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{1,3}}"
        rf"|\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{1,3}},\s+(?:{heads})\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+|and\s+the\s+|and\s+)?[A-Z][\w'’-]*){{0,3}}"
    )
    out: list[tuple[Passage, Person]] = []
    for passage in ctx.sentences[:40]:
        text = passage.norm
        told = re.sub(
            r",\s*(?:who|which|whose)\b[^,;]*", "", text
        )  # "..., who had held it since February 2024"
        # "reported on the work since the previous meeting in X": a span of time up to this sitting, no other one
        told = _SINCE_LAST.sub("", told)
        act = _ACTS.search(text)
        if act is None or _BY_MESSAGE.search(text):
            continue  # "addressed the assembly in a video message": a message sent, not a seat taken
        said = re.match(r"\s+that\b", text[act.end() :])
        if (
            said
        ):  # "X announced at the session that the next meeting will be held ...": what he said is no act
            told = text[: act.end()]
        if _NOT_THIS.search(told) or _elsewhen(ctx, told):
            continue
        if re.search(r"\b(?:will|would|is\s+to|are\s+to|expected|next)\b", told if said else text):
            continue
        if re.search(
            r"\b(?:last|the\s+previous)\s+(?:year|month|week)\b|\ba\s+year\s+(?:ago|earlier)\b", told, re.I
        ):
            continue  # "President X took over the chairmanship from Y last year": another time's act
        acting = _acting_clauses(text)
        # "President X received the heads of delegation" at a sitting of ministers: an audience the head of state
        # gave them, a courtesy call outside the ministers' own sitting (a minister who receives them hosts it)
        audience = (
            re.match(r"received\b", act.group(), re.I) is not None
            and not re.search(r"chair|presidency", act.group(), re.I)
            and ctx.meeting is not None
            and "minister" in ctx.meeting.body
        )
        for m in mention.finditer(text):
            if NAMED_NOT_THERE.search(text[: m.start()]):
                continue  # "..., succeeding President X": the predecessor, named, not there
            if not any(start <= m.start() < end for start, end in acting):
                continue  # "Minister X briefed reporters, and President Y told the plenary ...": Y acted, not X
            words = m.group()
            if audience and not re.search(r"\bMinister\s+(?:of|for)\s+Foreign|Foreign\s+Minister", words):
                continue
            owned = re.match(rf"(?P<state>[A-Z][\w'’ -]+?)['’]s\s+(?P<title>{heads}),\s+(?P<name>.+)$", words)
            if owned:  # "Samoa's Prime Minister, Fiame Naomi Mata'afa"
                words = f"{owned.group('title')} {owned.group('name')} of {owned.group('state')}"
            person = parse_item(words, ctx.org, ctx.known_persons)
            if (
                person is not None
                and not person.party
                and host
                and _OPENS.search(act.group())
                and re.match(rf"(?:{heads})\b", words)  # no state's adjective before the title ("Congolese")
                and m.end() <= act.start()
                and re.fullmatch(
                    r"\s*(?:,[^,]*,\s*)?(?:then\s+|also\s+|formally\s+)?", text[m.end() : act.start()]
                )
                # "Queen X, Head of the Commonwealth, opened ...": an apposition that names another office is hers
                and not _OTHER_OFFICE.match(text[m.end() : act.start()])
            ):  # the head is the one who opens: the act follows the name
                # "with Prime Minister X delivering the inaugural address": the host's head opens the meeting
                person = replace(person, party=host)
            if person is None or not person.party or not is_state(person.party):
                continue
            out.append((passage, person))
        for m in _OFFICIAL_MENTION.finditer(text):  # the organization's own officials, who represent no state
            person = parse_item(m.group(), ctx.org, ctx.known_persons)
            if person is not None and person.party == ctx.org:
                person = replace(
                    person, party=None
                )  # "OIC Secretary-General X": the organization's, no member's
            if person is not None and not person.party and _OFFICIAL.search(person.role or ""):
                out.append((passage, person))
    return out + _speaking_officials(ctx)


def _speaking_officials(ctx: Context) -> list[tuple[Passage, Person]]:
    """The organization's own officials named as the subject of what they said or did to the sitting
    ("Secretary-General X reported that ...", "the Director-General, X, paid tribute to ..."): the same reading
    as ``mentions.spoke_there`` for a state's leaders, for those who represent no state."""
    out: list[tuple[Passage, Person]] = []
    for passage in ctx.sentences[:40]:
        text = passage.norm
        if _BY_MESSAGE.search(text) or _NOT_THIS.search(text) or _elsewhen(ctx, text):
            continue
        for m in _OFFICIAL_MENTION.finditer(text):
            if not spoke_there(text, m.start(), m.end()):
                continue
            person = parse_item(m.group(), ctx.org, ctx.known_persons)
            if person is not None and person.party == ctx.org:
                person = replace(person, party=None)
            if person is not None and not person.party and _OFFICIAL.search(person.role or ""):
                out.append((passage, person))
    return out


def _acting_clauses(text: str) -> list[tuple[int, int]]:
    """The spans of the clauses of ``text`` (cut at semicolons and coordinated main clauses) that tell an act
    done at the sitting: a person named in another clause of the sentence did not do it."""
    spans = []
    pos = 0
    for cut in [*_MAIN_CLAUSE_CUT.finditer(text), None]:
        end = cut.start() if cut else len(text)
        if _ACTS.search(text, pos, end):
            spans.append((pos, end))
        pos = cut.end() if cut else end
    return spans


# where a sentence's coordinated main clauses meet (a subordinate "while addressing ..." keeps its subject)
_MAIN_CLAUSE_CUT = re.compile(r";\s+|,\s+(?:and|but|while|whereas)\s+(?=(?:the\s+)?[A-Z])")


_SINCE_LAST = re.compile(
    r"\b(?:since|after)\s+(?:the|its|their)\s+(?:previous|last|preceding)\s+(?:[\w-]+\s+)?(?:summit|meeting|session|sitting)\b[^,;.]*",
    re.I,
)


# "the outgoing Secretary General, Hamada Madi", "EAC Secretary General Richard Sezibera", "the Director-General,
# Dr Ana Reyes"
_OFFICIAL_MENTION = re.compile(
    r"\b(?:[A-Z]{2,8}\s+)?(?:Secretary[\s-]+General|Executive\s+Secretary|Director[\s-]+General)"
    # "Dr Carla N Barnett": a middle initial inside the name
    r",?\s+(?:(?:Dr|Prof|Professor|Ambassador|Mr|Mrs|Ms)\.?\s+)?[A-Z][\w'’.-]+(?:\s+(?:[A-Z]\.?(?=\s+[A-Z])|[A-Z][\w'’.-]+)){1,3}"
    # "X Y, Chairperson of the AU Commission": the name, then the head's office of the organization's secretariat
    r"|\b[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3},\s+(?:the\s+)?(?:Chair(?:person|man|woman)?|President|Secretary[\s-]+General"
    r"|Executive\s+Secretary|Director[\s-]+General)\s+of\s+the\s+(?:[A-Z][\w'’-]+\s+){0,3}(?:Commission|Secretariat)\b"
    # "the Secretary-General of the Community, Dr Ana Reyes", "the President of the XYZ Commission, H.E. Ana Reyes":
    # the office of the organization's secretariat, then the name in apposition
    r"|\b(?:(?:Secretary[\s-]+General|Executive\s+Secretary|Director[\s-]+General)\s+of\s+the\s+(?:[A-Z][\w'’-]+\s+){0,3}?[A-Z][\w'’-]+"
    r"|(?:Chair(?:person|man|woman)?|President)\s+of\s+the\s+(?:[A-Z][\w'’-]+\s+){0,3}(?:Commission|Secretariat))"
    r",\s+(?:(?:Dr|Prof|Professor|Ambassador|Amb|Mr|Mrs|Ms|H\.?\s?E)\.?\s+)?[A-Z][\w'’.-]+(?:\s+(?:[A-Z]\.?(?=\s+[A-Z])|[A-Z][\w'’.-]+)){1,3}"
)
