"""Offices and office holders: generic offices, name-like words, the chair that is a state.

An appointment names an office ("Secretary General", "the chair of the
Council") and a person; these helpers find the office's words and its end,
tell a person's name from other capitalized words, and recognize a chair that
is held by a state or a head of state (a presidency, not an appointment).
"""

from __future__ import annotations

import re

from igo_timeline.extract.chairs import _state_told_elsewhere, respective_chair
from igo_timeline.extract.clauses import _own_name, _own_name_first
from igo_timeline.extract.context import Context
from igo_timeline.extract.dates import MONTH, WEEKDAY
from igo_timeline.extract.meeting_ownname import _abbreviations_in
from igo_timeline.extract.names import (
    find_parties,
    is_state,
    nationality_of,
    org_names,
    spells_slug,
    strip_style,
)
from igo_timeline.extract.reader import ORDINAL, demonym_state
from igo_timeline.extract.records import Candidate
from igo_timeline.extract.text import Passage

_APPOINT = re.compile(
    r"\b(?:(?:re-?)?appoint(?:ed|ing|s)?|designate[ds]?|elect(?:ed|ing|s)?|named|names|(?<=\bto\s)confirm|(?:approved|endorsed|supported)\s+the\s+(?:candidacy|candidature|appointment|nomination)\s+of"
    r"|on\s+the\s+appointment\s+of|(?:with|after|following)\s+the\s+(?:re-?)?election\s+of(?=\s[^.;]*?,?\s+as\s)|becomes|became|has\s+become|will\s+become|confirmed|re-?elected|picked|chose|chosen|selected|will\s+be\s+the\s+next(?=\s+[A-Z][^:]*:[^.]*\b(?:appoint|elect|name))"
    # "X ... took office the same day as the Commission's ninth Secretary General": in office from then
    r"|(?:took|takes|has\s+taken)\s+office\s+(?:[^.;,]{0,30}?\s)?as(?=\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}[A-Z])"
    # "formally took up his duties as Executive Secretary", "assumed duty as", "has assumed her post as"
    # ("takes up his duties today as Secretary-General": the day between)
    r"|(?:took|takes|has\s+taken|assumed|assumes|has\s+assumed)\s+(?:up\s+)?(?:(?:his|her|their|the)\s+)?(?:duties|duty|post|functions|office)"
    r"(?:\s+(?:today|yesterday|formally|officially|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)))?\s+as(?=\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}[A-Z])"
    r"|(?:was|were|has\s+been|is)\s+sworn[\s-]in\s+as"
    # "The President of A has sworn in Dr X as the new Secretary General": the oath given to the new holder
    r"|(?:has\s+|have\s+)?swor[en]\s+in(?=\s+(?:(?:Dr|Mr|Mrs|Ms)\.?\s+)?(?-i:[A-Z])[^.;]{1,80}?\s+as\s)"
    # "X has been announced as the Secretary-General for the Organization": the choice made public
    r"|(?:was|were|has\s+been|have\s+been)\s+announced\s+as(?=\s+(?:the\s+)?(?:(?:new|next|organization['’]s)\s+)?[A-Z])"
    # "X will be the next Director-General ... after winning the vote": the office told as won
    r"|(?:will\s+be|is\s+to\s+be)\s+the\s+(?:next|new)(?=\s+[A-Z][^.;]*\b(?:vote|ballot|election|elected|won|winning|chosen|appoint\w*|consensus)\b)"
    # taking over an office, now or on a day to come: "X today took over as Secretary General of the Xyz", "X will
    # take over as Secretary General on 1 January", "X succeeds Y as Secretary-General", "X will assume the post of
    # Secretary General" (not a chair of the organization's states: "took over as chair" is a presidency's)
    r"|(?:took|takes|will\s+take|is\s+to\s+take|has\s+taken)\s+over\s+as(?=\s+(?:the\s+)?(?:(?:new|next|organization['’]s)\s+)?(?-i:[A-Z])(?![\w'’-]*\s+(?:of\s+)?(?:the\s+)?(?:rotating\s+)?(?:Chair|Presidency|Chairmanship)\b))"
    r"|(?:succeeds|will\s+succeed|is\s+to\s+succeed)\s+(?-i:[A-Z])[\w'’.-]*(?:\s+(?:(?-i:[A-Z])[\w'’.-]*|(?-i:de|da|van|von|der|al|el|bin|ibn|du|la|le|di|dos|das|del))){0,4}\s+as(?=\s+(?:the\s+)?(?:(?:new|next)\s+)?(?-i:[A-Z]))"
    r"|(?:will\s+assume|assumed|assumes|has\s+assumed|took\s+up|takes\s+up|will\s+take\s+up)\s+the\s+(?:post|office|position)\s+of(?=\s+(?:the\s+)?(?:(?:new|next)\s+)?(?-i:[A-Z]))"
    # "Grenada's Prime Minister, Dr X, is the new Chairman of the Xyz Authority": the new holder told in the present
    r"|is\s+(?:now\s+)?the\s+new(?=\s+(?-i:[A-Z])))\b"
)


MONTHS = rf"{MONTH}\b"


# (a title in lower case names an office only with its "of" and a capitalized name: "elected president of the
# Inter-American Development Bank")
_GENERIC_OFFICE = re.compile(
    r"\b(?P<title>(?:(?:(?:First|Second|Third)\s+)?(?:Deputy|Vice)[\s-]|(?:First|Executive|Acting|High|Special|Managing)\s+)?(?:Chairperson|Chairman|Chair|Secretary[- ]General|Chief|Director|Commissioner|Head|Executive\s+Secretary|President|Representative|Secretary(?=\s+of\s+(?:the\s+)?(?:Commission|Secretariat|Authority|Organi[sz]ation|Council|Board)\b)|(?:(?<=\bas\s)|(?<=\bas\sthe\s)|(?<=\bas\sits\s)|(?<=\bas\sthe\snew\s)|(?<=\bas\sits\snew\s)|(?<=\belected\s)|(?<=\bappointed\s)|(?<=\bnamed\s)|(?<=\bchosen\s))chair(?:person|man|woman)?(?=\s+of\s+(?:the\s+)?[A-Z])|(?:president|secretary[- ]general|director[- ]general|managing\s+director|executive\s+secretary|executive\s+director)(?=\s+of\s+(?:the\s+)?(?:[A-Z]|(?:organi[sz]ation|bloc|alliance|agency|association|grouping)\b)))(?:[\s-]General)?(?![a-z])"  # "Heads of State" names no Head
    r"(?:\s+on\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)[A-Z][\w-]*(?:\s+(?:of\s+the\s+|of\s+|and\s+)?[A-Z][\w-]*)*)?)"  # "High Commissioner on National Minorities"
    r"(?:\s+of\s+(?:the\s+)?(?P<body>[A-Z][\w-]*(?:\s+(?:of\s+the\s+|of\s+|for\s+|and\s+|in\s+)?[A-Z][\w-]*)*))?"
    # "as the bank's next president", "as its sixth secretary-general": the organization told by its kind
    r"|(?:the\s+)?(?:organi[sz]ation['’]s|its|the\s+(?:body|agency|union|bloc|alliance|fund|forum|bank|lender|group"
    rf"|community|institution|association)['’]s)\s+(?:(?:next|new|{ORDINAL})\s+)?"
    r"(?P<lower>secretary[- ]general|director[- ]general|managing\s+director|president|chair(?:person|man|woman)?|executive\s+secretary"
    r"|executive\s+director)\b"
    # "as the new XYZ executive director": the organization's initials (checked against its slug), then the title
    # ("the new AU chairman": the organization's own chair, a state's turn where a head holds it)
    rf"|(?<=\s)(?P<abbr>[A-Z][A-Za-z]{{0,4}}[A-Z][A-Za-z]{{0,4}})['’]?s?\s+(?:(?:next|new|{ORDINAL})\s+)?"
    r"(?P<lower2>secretary[- ]general|director[- ]general|managing\s+director|executive\s+secretary|executive\s+director"
    r"|chair(?:person|man|woman)?)\b"
)


# a sitting, not a standing body: its chair presides over it and holds no office afterwards
_SITTING_NOUN = r"(?:(?:\d+\w*|[A-Z][a-z]+(?:th|st|nd|rd))\s+)?(?:Summit|Meeting|Session|Sitting)"


def _head_noun_of_own_name(ctx: Context, noun: str) -> bool:
    """Whether a capitalized noun ends the organization's full name as the text writes it (its initials spell
    the slug: "the Zone" of the Xylo Yard Zone, xyz)."""
    slug = ctx.org.replace("-", "").upper()
    # a name the body table gives the organization, written in the text ("Executive Secretary of the Authority"
    # in a text of the Niger Basin Authority, loaded from the COW data as cow-nrc)
    if any(n.split()[-1] == noun and n in ctx.doc.text for n in org_names(ctx.org) if " " in n):
        return True
    for m in re.finditer(
        rf"\b((?:[A-Z][\w'’-]*\s+(?:of\s+(?:the\s+)?|for\s+|and\s+)?){{1,6}}){noun}\b", ctx.doc.text
    ):
        words = [w for w in (m.group(1) + noun).split() if w[:1].isupper()]
        if "".join(w[0] for w in words).upper() == slug:
            return True
        # the name at the run's end, the slug its initials begin: "the Council of Ministers of the Xanadu Ocean
        # Commission (XOC)" for an organization loaded as xocom
        if re.match(r"\s*\(", ctx.doc.text[m.end() :]) and any(
            len(words) - k >= 3 and slug.startswith("".join(w[0] for w in words[k:]).upper())
            for k in range(len(words))
        ):
            return True
    return False


# an office that opens an apposition after the person, and the rest of that apposition up to the office given:
# "elected X of Ruritania, (the) " + "President of the Weather Service" + " since 2010, as" President of the Forum
_APPOSITION_OPENS = re.compile(r"[^,;]*,\s*(?:[\w'’-]+\s+){0,2}")
_APPOSED_AS = re.compile(r"[^;(),]*?,\s+as\s")


# lowercase words after a chair's capitalized "of the ..." that end in a body's noun: the capitals were a modifier
_BODY_GOES_ON = re.compile(
    r"\s+(?:[a-z-]+\s+){0,3}(?:commission|committee|council|board|fund|court|bank|agency|secretariat|centre|center"
    r"|institute|forum|working\s+group|task\s+force)\b"
)


def _generic_offices(ctx: Context, text: str, start: int) -> list[tuple[str, int, int]]:
    """An office no table knows, named by its words: "Chairperson of the African Union Commission" ->
    commission-chairperson; "Chief of the Joint Staff of the CSTO" -> joint-staff-chief."""
    for m in _GENERIC_OFFICE.finditer(text, start):
        if (m.group("title") or "")[:1] == "c" and _BODY_GOES_ON.match(text, m.end()):
            continue  # "named chairman of the XYZ interstate commission for ...": a body the capitals only begin
        if _APPOSITION_OPENS.fullmatch(text, start, m.start()) and _APPOSED_AS.match(text, m.end()):
            continue  # "elected X of Ruritania, President of its weather service since 2010, as President of ...": held
        if (
            not m.group("body")
            and not m.group("lower")
            and re.match(
                r",?\s+(?:(?:H\.\s?E\.|Dr\.?|Mr\.?|Mrs\.?|Ms\.?)\s+)?(?!(?:Of|For|And|The)\b)[A-Z][\w'’.-]",
                text[m.end() :],
            )
        ):
            continue  # "elected President Felix Tshisekedi of ... as Chairperson": a title before a name, no office
        owner = re.search(
            r"(?P<s>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})['’]s?\s+$",
            text[max(0, m.start() - 40) : m.start()],
        )
        if owner and any(is_state(p.value) for p in find_parties(owner.group("s"))):
            continue  # "Kenya's President": a state's office, not the organization's
        if m.group("lower"):  # "as the organization's next secretary general": its own office
            return [(re.sub(r"[^a-z0-9]+", "-", m.group("lower").casefold()), m.start(), m.end())]
        if m.group("abbr"):  # "the new XYZ executive director": its own office when the initials are its own
            if m.group("abbr").replace("-", "").upper() != ctx.org.replace("-", "").upper():
                continue
            return [(re.sub(r"[^a-z0-9]+", "-", m.group("lower2").casefold()), m.start(), m.end())]
        body = m.group("body") or ""
        own_abbr = re.match(r"[\w'’ -]{0,40}?\((?P<a>[A-Z][\w-]{1,10})\)", text[m.end() :])
        if (
            body
            and own_abbr
            and own_abbr.group("a").replace("-", "").upper() == ctx.org.replace("-", "").upper()
        ):
            body = (
                ""  # "Executive Director of the UN Children's Fund (UNICEF)": the organization's own office
            )
        hyphened = [a for a in _abbreviations_in("", ctx.org) if "-" in a]  # "D-8" for d8 (meeting_ownname)
        if body and hyphened and re.match(rf"(?:the\s+)?(?:{'|'.join(map(re.escape, hyphened))})\b", body):
            body = ""  # "Secretary-General of the D-8 Organization for Economic Cooperation": d8's own office
        if re.fullmatch(_SITTING_NOUN, body) and re.search(r"chair|president", m.group("title"), re.I):
            return []  # "was elected Chairman of the Summit": the chair of this sitting, attested; no office
        for party in reversed(find_parties(body)):
            if not is_state(party.value):
                body = body[: party.start] + " " + body[party.end :]
            else:
                body = ""  # "President of Russia": a state's office, not the organization's
                break
        if (
            m.group("body")
            and not body.strip()
            and any(is_state(p.value) for p in find_parties(m.group("body")))
        ):
            continue
        body = re.sub(r"\s+of(?:\s+the)?\s*$", "", body.strip())
        # "elected chairperson of the Xyz Commission Friday": the day the act was told on, no part of the body
        body = re.sub(rf"\s+{WEEKDAY}\b.*$", "", body)
        seat = re.fullmatch(
            r"(?:the\s+)?(?:International\s+|General\s+|Permanent\s+)?(?:Bureau|Secretariat|Office)\s+of\s+(?:the\s+)?(?P<own>.+)",
            body,
        )
        if seat and (
            _own_name(ctx, seat.group("own"))
            or "".join(w[0] for w in seat.group("own").split() if w[:1].isupper())
            == ctx.org.replace("-", "").upper()
        ):
            body = (
                ""  # "Director General of the International Bureau of the UPU": the head of its secretariat
            )
        if body and (
            _own_name(ctx, body)
            or body.replace("-", "").upper() == ctx.org.replace("-", "").upper()
            or "".join(w[0] for w in body.split() if w[:1].isupper()) == ctx.org.replace("-", "").upper()
            or spells_slug(body, ctx.org)  # "Council of Europe" of the coe
        ):  # "... of the International Telecommunication Union" of the itu: its own name's initials
            body = ""  # "Secretary General of the Organization for Security and Co-operation in Europe"
        if re.fullmatch(
            r"(?:the\s+)?(?:Organi[sz]ation|Union|Community|Association|Commonwealth|Bloc|Group|Confederation|Alliance|Forum)",
            body,
            re.I,
        ):
            body = ""  # "Secretary General of the Organisation": the organization's own office
        elif re.fullmatch(r"[A-Z][a-z]+", body) and _head_noun_of_own_name(ctx, body):
            body = ""  # "President of the Zone" in a text about the Xylo Yard Zone (xyz)
        if body:
            body = _own_name_first(ctx, body)  # "President of the UEMOA Commission": the Commission's
        title = re.sub(r"[^a-z0-9]+", "-", m.group("title").casefold()).strip("-")
        capitals = [w for w in body.split() if w[:1].isupper()]
        if len(capitals) >= 4:  # "Office for Democratic Institutions and Human Rights": known by its initials
            body = "".join(w[0] for w in capitals)
        place = re.sub(r"[^a-z0-9]+", "-", body.casefold()).strip("-")
        slug = f"{place}-{title}" if place else title
        return [(slug, m.start(), m.end())]
    return []


_PARTICLES = {
    "de",
    "da",
    "do",
    "dos",
    "das",
    "del",
    "della",
    "di",
    "du",
    "van",
    "von",
    "der",
    "den",
    "ter",
    "bin",
    "binti",
    "ibn",
    "al",
    "el",
    "la",
    "le",
    "y",
    "e",
}
_PRONOUNS = frozenset({"he", "she", "they", "it", "him", "her", "them", "we", "i", "you", "who", "one"})
_NOT_NAMES = {
    "after",
    "before",
    "when",
    "while",
    "following",
    "once",
    "as",
    "in",
    "on",
    "at",
    "by",
    "for",
    "with",
    "from",
    "under",
    "during",
    "then",
    "high",
    "chief",
    "deputy",
    "acting",
    "new",
    "next",
    "former",
    "president",
    "minister",
    "secretary",
}


def name_like(written: str) -> bool:
    """Words that can be a person's name: capitalized (particles aside), no article, function word, title
    alone or body word first."""
    words = written.split()
    if not words or words[0] in ("The", "A", "An", "This", "Its", "Their"):
        return False
    if len(words) == 1 and words[0].casefold() in _PRONOUNS:
        return False  # "He becomes the sixth President of the Council": a pronoun names no one by itself
    if words[0].casefold() in _NOT_NAMES and (
        len(words) == 1 or words[0].casefold() not in ("president", "minister", "secretary")
    ):
        return False  # "After the leaders", "High": no one's name
    if any(not w[:1].isupper() and w.casefold() not in _PARTICLES and not w[:1].isdigit() for w in words):
        return False  # "the leaders": lowercase words other than a name's particles
    if words[0].casefold() in ("summit", "council", "assembly", "conference", "authority", "commission"):
        return False
    return words[0][0].isupper() and sum(w[0].isupper() for w in words) >= 1


def _office_end(text: str, end: int, org: str) -> int:
    """Past "of the SCO"; -1 when the office is another organization's."""
    m = re.match(r"\s+of\s+(?:the\s+)?(?P<who>[A-Z][\w ]*?)(?=[\s,.;]|$)", text[end:])
    if m:
        who = find_parties(m.group("who"))
        if who and who[0].value != org:
            return -1
        if who:
            return end + m.end()
    return end


# the organization's own chair, an office its member states hold in turn
_CHAIR_OFFICES = {"chairperson", "chairman", "chairwoman", "chair", "president", "chairperson-in-office",
                  "chairman-in-office", "chair-in-office", "rotating-chair", "rotating-president"}  # fmt: skip
# a head of state or government: "President X of Y", "Prime Minister X", "the Malian leader"
_HEAD_OF_STATE = re.compile(
    r"^\s*(?:the\s+)?(?:(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}['’]s?\s+)?(?P<title>(?:(?:Acting|Interim)\s+)?(?:President|PRESIDENT|Prime\s+Minister|King|Emir|Amir|Sultan|Chancellor|Head\s+of\s+State))\b"
    r"|(?P<dem>[A-Z][\w-]+)\s+(?:leader|[Pp]resident|head\s+of\s+state|[Pp]rime\s+[Mm]inister|premier)\b)"
)  # "President X of Y", "Namibia's President, Dr X", "the Malian leader"
# the organization's top body, whose chair is the organization's own chair: "Chairman of the Authority"
_TOP_BODY = re.compile(
    r"(?:authority|assembly|supreme-council|(?:summit|conference|council)-of-heads|heads-of-state)", re.I
)  # not a bare "Chairman of the Summit" or "of the Conference": the meeting's own chair (who presides a sitting)
_MEETING_BODY = re.compile(r"(?:summit|conference|session|meeting|sitting|council)$", re.I)
# a body whose chair is an official, never a member state's turn: "Chairperson of the AU Commission"
_OFFICIALS_BODY = re.compile(
    r"(?:commission|secretariat|bank|court|board|fund|agency|parliament|executive|committee|tribunal)", re.I
)


# after a chair's "of the" and capitalized words, the organization told by its kind and initials: "(chairman of the
# West Ruritanian) regional bloc XYZ", "(... of the Southern) economic community, XYZ"
_OWN_BY_KIND = re.compile(
    r"\s+(?:[a-z-]+\s+){0,3}(?:bloc|group|grouping|organi[sz]ation|community|union|body|alliance)\s*,?\s*\(?"
    r"(?P<abbr>[A-Z][A-Za-z-]{1,8})\b"
)


# a head's title, then a comma, right before the name: "Grenada's Prime Minister, Dr X"
_TITLE_THEN_COMMA = re.compile(
    r"(?P<t>(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}['’]s?\s+|[A-Z][\w-]+\s+)"
    r"(?:President|Prime\s+Minister|King|Emir|Amir|Sultan))\s*,\s*$"
)


def _chair_of_state(
    ctx: Context, passage: Passage, office: str, words: str, o_end: int, first: int | None
) -> list[Candidate] | None:
    """A head of state or government elected to the organization's own chair ("President X of Zimbabwe was
    elected Chairperson of SADC", "designated the Malian leader as President of the Confederation"): the
    chair passes to that state (``PresidencyHandedOver``), not an official's appointment. None otherwise."""
    # "elected A and B as Chairperson and Deputy Chairperson of the Organ, respectively": A's (chairs.py)
    held = respective_chair(passage.norm, words, o_end) if office in _CHAIR_OFFICES else None
    if held is not None and not held[0]:
        if not re.search(r"\b(?:President|Prime\s+Minister|King|Emir|Amir|Sultan)\b", words):
            # officials listed ("A and B as Chairperson and Deputy ... of the Commission"): read as before
            return None
        return []  # persons and offices that do not pair up: no state's turn read from a list read wrong
    words = held[0] if held else words
    lead = _TITLE_THEN_COMMA.search(passage.norm[:first]) if first is not None else None
    if lead is not None and not _HEAD_OF_STATE.match(strip_style(words)):
        words = f"{lead.group('t')} {words}"  # "Grenada's Prime Minister, Dr X, is the new Chairman of ...": his title
    # "H.E. President X of Malawi", "His Excellency President X": the style before the title is no part of it
    head = _HEAD_OF_STATE.match(strip_style(words))
    chair = None
    deputy = False
    title = re.search(r"-(?:chairperson|chairman|chairwoman|chair)$", office)
    if (
        office not in _CHAIR_OFFICES and title
    ):  # "Chairman of the Authority", "chairperson of the Organ on ..."
        body = office[: title.start()]
        written = re.search(r"(?i)\bchair\w*\s+of\s+(?:the\s+)?(?P<b>[^,;()]+)$", passage.norm[:o_end])
        if written:  # the body as written, not its initials ("Authority of Heads of State ..." -> ahsz)
            # ("Chairperson of SADC and H.E. President Y ...": the next election's words are no part of it)
            named = re.split(r"\s+and\s+(?=[A-Z])", written.group("b"))[0]
            body = re.sub(r"[^a-z0-9]+", "-", named.casefold()).strip("-")
        # "of the Council of XYZ Heads of State": the organization's initials inside its body's name
        body = re.sub(rf"(?<=-){re.escape(ctx.org)}-", "", body)
        by_kind = _OWN_BY_KIND.match(passage.norm, o_end)
        if body == ctx.org or spells_slug(body.replace("-", " "), ctx.org):
            body = "authority"  # "Chairperson of SADC": the organization's own chair
        elif by_kind and by_kind.group("abbr").replace("-", "").upper() == ctx.org.replace("-", "").upper():
            body = "authority"  # "chairman of the West Ruritanian regional bloc XYZ": the organization, by its kind
        body = body.removeprefix(f"{ctx.org}-")  # "the XYZ Organ on Defence": the organ, not the organization
        if _OFFICIALS_BODY.search(body) or _MEETING_BODY.fullmatch(body):
            return None
        deputy = (
            re.search(r"(?:^|-)(?:deputy|vice|incoming|outgoing|co|first|second|third)$", body) is not None
        )
        chair = None if _TOP_BODY.match(body) else body.split("-")[0]
    elif office not in _CHAIR_OFFICES:
        return None
    if held and held[1]:  # the offices "of the SADC Organ on ...": that body's chair
        body = re.sub(r"[^a-z0-9]+", "-", held[1].casefold()).strip("-").removeprefix("the-")
        if not (body == ctx.org or spells_slug(held[1], ctx.org) or _own_name(ctx, held[1])):
            body = body.removeprefix(f"{ctx.org}-")
            if _OFFICIALS_BODY.search(body):
                return None
            chair = None if _TOP_BODY.match(body) else body.split("-")[0]
    # the head named after the name: "Dr. X Y, President of the Republic of Namibia, as chairperson of the Organ"
    apposed = re.search(
        r"(?:,\s*|(?<=[a-z])(?<!Vice)(?<!Deputy)\s+(?=President\s+of\b))(?:the\s+)?(?:President|Prime\s+Minister|King|Emir|Amir|Sultan)\s+of\s+(?P<of>[^,]+),?\s*(?:as\s+)?$",
        words,
    )
    if head is None and apposed is None:
        return None
    if (
        deputy
    ):  # a head of state "elected First Vice-Chairperson", "Deputy Chairperson of SADC": no state's turn
        return []
    if apposed is not None and head is None:
        of = apposed.group("of")
        named = [p for p in find_parties(of) if is_state(p.value)]
        if named and re.match(r"\s+(?!and\b|since\b)[A-Z]", of[named[-1].end :]):
            # "X, President of the Ruritania Weather Service, as President": a body that bears a state's
            # name, not the state: the person's office at home, no head of state
            return None
    states = [p.value for p in find_parties(apposed.group("of") if apposed else words) if is_state(p.value)]
    dem = head.group("dem") if head is not None else None
    state = states[-1] if states else (demonym_state(dem) if dem else None)
    if state is None and head is not None and head.group("title"):
        # "elected Acting President X Y as the new chairman of the Council": the state the text tells elsewhere
        # of the same name ("Ruritanian President X Y", "President X Y of Ruritania"), else the one the store
        # knows the person by
        name = re.split(r"[,(]|\s+(?:as|to)\s", strip_style(words)[head.end() :])[0].strip()
        if len(name.split()) >= 2 and name_like(name):
            told = _state_told_elsewhere(ctx, name, head.group("title").title())
            state = told[0] if told else nationality_of(name)
            state = state if state and is_state(state) else None
    titled = re.match(
        r"\s*(?:the\s+)?(?:President|Prime\s+Minister|King|Emir|Amir|Sultan)\s+(?P<name>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]+)\s*$",
        words,
    )
    if state is None and titled is not None:
        # "President X was elected Chairman of the Union", the state told elsewhere in the text ("President X of
        # Ruritania", "Ruritania's X", "Ruritanian President X"): the state of that person
        from igo_timeline.extract.presidency import _state_of_person

        state = _state_of_person(ctx, titled.group("name").split()[-1])
    if state is None:  # "elected President X as Chairperson of the Organ": a state's turn, the state not told
        return (
            []
            if head is not None
            and re.match(r"\s*(?:the\s+)?(?:(?:Acting|Interim)\s+)?(?:President|PRESIDENT)\s+[A-Z]", words)
            else None
        )
    text = passage.norm
    start = first if first is not None else max(0, text.find(words.strip()))
    if re.search(r"\b(?:former|ex-|late|outgoing)\s*(?:[\w'’-]+\s+){0,2}$", text[:start]):
        return None  # "former President X of Y was named Chairman": no state's turn
    event = {"type": "PresidencyHandedOver", "to_party": state}
    if chair:
        event["chair"] = chair
    made = ctx.decision(event, "effective", passage.sub(start, o_end), words=text)
    year = re.match(r"\s*,?\s*for\s+(?:the\s+year\s+)?(?P<y>(?:19|20)\d\d)\b(?![-–/]\d)", text[o_end:])
    decided = made.event.get("effective")
    if year and isinstance(decided, str) and decided[:4].isdigit() and year.group("y") > decided[:4]:
        # "the election of President X as Chairman of the Authority for 2009" on 19 December 2008: the chair
        # from that year, decided on the day
        made = Candidate(
            made.record,
            {**made.event, "effective": year.group("y"), "decided_on": decided},
            note=made.note,
            kind=made.kind,
            closest=made.closest,
        )
    return [made]


# the organization's own name, a possessive, at the end of the words before an office: "... as the World Customs
# Organization's (WCO)", "... the Organisation's new"
_OWNER_AT_END = re.compile(
    r",?\s+(?:as\s+)?(?:the\s+)?(?P<own>(?:[A-Z][\w-]*\s+){0,6}[A-Z][\w-]*)['’]s?(?:\s+\((?P<abbr>[A-Z][\w-]*)\))?"
    r"(?:\s+(?:new|next))?\s*$"
)


def _own_name_at_end(ctx: Context, words: str) -> int:
    """Where the organization's own name closing ``words`` starts (their length when it does not close them):
    the words before an office that name the organization, not the person appointed."""
    owner = _OWNER_AT_END.search(words)
    if owner and (_own_name(ctx, owner.group("own")) or (owner.group("abbr") or "").casefold() == ctx.org):
        return owner.start()
    return len(words)
