"""Status decisions about parties: granted, admitted, joined, acceded, and procedures launched.

Status decisions come in either order ("decided to give X the status of
observer state and Y the status of dialogue partner"; "decided to grant the
status of dialogue partner to X and Y"). A decision to launch a procedure of
admission, or taking note of an application, grants nothing: it is a
``ProcedureLaunched``.
"""

from __future__ import annotations

import re
from typing import Any

from igo_timeline.extract.clauses import (
    _NOT_GRANTED,
    _own_org,
    _state_parties,
    _status_slug,
    _term_slug,
    clauses,
)
from igo_timeline.extract.context import Context
from igo_timeline.extract.dates import find_dates
from igo_timeline.extract.names import Found
from igo_timeline.extract.procedure import procedure_candidate
from igo_timeline.extract.reader import (
    ORDINAL,
    background,
    grants_to,
    groups,
    invitation_received,
    names_org,
    unreal,
)
from igo_timeline.extract.reader_grants import _APPOSITION, _NOT_DONE_FRAME, _month_to_come, in_force_before
from igo_timeline.extract.records import Candidate
from igo_timeline.extract.text import Passage

_DECIDE = re.compile(
    r"\b(?:decided|agreed|resolved|approved\s+the\s+decision|adopted\s+the\s+decision|signed\s+the\s+decision"
    r"|grant(?:ed|ing|s)?|admit(?:ted|ting|s)?|gave|give[ns]?|giving|accord(?:ed|s)?|confer(?:red|ring)?"
    r"|approv(?:ed|ing|es)?(?=\s+(?:the\s+)?(?:status|category)\s+of\b)"  # "approved the category of associate observer for X"
    r"|accept(?:ed|ing)?|readmit(?:ted|ting|s)?|welcomed|upgrad(?:ed|ing)|elevat(?:ed|ing)|rais(?:ed|ing)|became|become|becomes|joined|joins|join|acceded|accedes"
    r"|admission\s+of|resolution\s+on|decision\s+on|on\s+granting"
    # "took in X as its seventh member", "has taken in two new members": an admission told with a particle verb
    r"|(?:took|takes|take|taking|has\s+taken|have\s+taken)\s+in(?=\s+(?:the\s+)?[A-Z]))\b",
    re.I,
)
_STATUS = re.compile(
    r"(?:status|category)\s+of\s+(?:an?\s+)?(?:the\s+)?(?:[A-Z]{2,6}\s+|Organi[sz]ation\s+)?(?P<a>associate(?:d)?\s+observer|observer|dialogue\s+partner|associate(?:d)?\s+member|(?:full(?:-fledged)?\s+)?member|partner\s+in\s+dialogue|partner)(?:s)?(?:\s+(?:state|country|countries|states))?"
    r"|(?P<b>associate(?:d)?\s+observer|observer|dialogue[\s-]partner|associate(?:d)?\s+member(?:ship)?|(?:full(?:-fledged)?\s+)?member(?:ship)?|partner)(?:[\s-](?:state|country))?\s+status"
    r"|\b(?:as|to)\s+(?:an?\s+|the\s+|its\s+|their\s+)?[\"“‘']?(?:new\s+|full\s+|"
    + ORDINAL
    + r"\s+)?(?:(?-i:[A-Z]{2,6})\s+)?(?-i:(?!Partner\s+States?\b))(?P<c>associate(?:d)?\s+observers?|observers?|dialogue\s+partners?|associate(?:d)?\s+members?|(?:full(?:-fledged)?\s+)?members?|partners?)(?:\s+(?:states?|countries|country))?(?:\s+of\s+(?:the\s+)?[A-Z]\w*)?"
    r"|\b(?P<d>associate(?:d)?\s+member(?:ship)?|full(?:-fledged)?\s+member(?:ship)?|member\s+states?)\b"
    # "admitted five new observer states: A, B and C": a number or "new", the status, then the list's colon
    r"|\b(?:new\s+|(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:new\s+)?)(?P<e>associate(?:d)?\s+observer"
    r"|observer|dialogue\s+partner|associate(?:d)?\s+member|member)s?(?:\s+(?:states?|countries))?(?=\s*:)",
    re.I,
)
_PROCEDURE = re.compile(
    r"\b(?:procedures?|process)\s+(?:of|for|on)\s+(?:the\s+)?(?:\w+(?:'s|’s|'|’)?\s+)?(?:admission|admitting|accession|accepting|granting|joining)"
    r"|\b(?:procedures?|process)\s+(?:of|for|on)\s+[A-Z][\w ]*?(?:'s|’s|'|’)\s+(?:admission|accession|membership)",
    re.I,
)
_LAUNCH = re.compile(
    r"\b(?:launch(?:ed|ing|es)?|start(?:ed|ing|s)?|beg[au]n|begin(?:ning|s)?|initiat(?:ed|ing|es)?|open(?:ed|ing|s)?|commenc(?:ed|ing|es)?)\b",
    re.I,
)
_COMPLETE = re.compile(
    # every form, the infinitive too: "decided to finalize the process of admitting X"
    r"\b(?:complet(?:e|es|ed|ing|ion)|finali[sz](?:e|es|ed|ing|ation)|conclu(?:de|des|ded|ding|sion))\b",
    re.I,
)
_MEMORANDUM = re.compile(
    r"\bmemorand(?:um|a)\s+(?:of|on)\s+(?:the\s+)?(?:obligations|commitments|accession|undertakings)\b|\bmemorand(?:um|a)\s+on\s+(?:the\s+)?(?:\w+\s+)?(?:obligations|commitments)",
    re.I,
)
_NOTED = re.compile(
    r"\b(?:decided|agreed|resolved|took\s+note|noted|welcomed|considered|launch(?:ed)?|beg[au]n|start(?:ed)?|received)\b",
    re.I,
)
_TO = (
    r"\s+(?:(?:was|were|has\s+been|have\s+been)\s+(?:unanimously\s+)?(?:granted|given|accorded|conferred|extended)\s+)?"
    r"(?:(?:at|in|of|with)\s+(?:the\s+)?(?:SCO|Organi[sz]ation)\s+)?(?:to|on|upon|for)\b"
)  # "the status of observer to X", "Observer status was granted to X"


_RELATIVE_CLAUSE = re.compile(
    r",\s*(?:which|who|allowing|enabling|making|thus|thereby|up\s+from|replacing|having\s+held|after\s+\w+ing)\b.*$"
)
_LEADING_PHRASE = re.compile(
    r"^(?:Having|After|Following|Considering|In\s+view\s+of|Given|In\s+keeping\s+with|In\s+line\s+with|In\s+accordance\s+with"
    r"|Pursuant\s+to|As\s+agreed|As\s+decided)\b[^,]*,\s*"
)
_NOTED_APPLICATION = re.compile(
    r"\b(?:took\s+note\s+of|noted|received|accepted|registered)\s+(?:the\s+)?applications?\b", re.I
)
_BARE_ADMIT = re.compile(r"\b(?:re-?)?admit(?:ted|ting|s)?\s+(?:the\s+)?", re.I)
_MEMO_GRANTING = re.compile(r"\bmemorand(?:um|a)\s+(?:with\s+the\s+\w+\s+)?on\s+(?:the\s+)?granting\b", re.I)
_BOTH = re.compile(
    r"\b(?:both|the\s+(?:two|three|four|five|six)|these|those)\s+(?:countries|states|nations|applicants)\b",
    re.I,
)
_OFFER = re.compile(
    r"\b(?P<what>[\w-]+(?:[\s-][\w-]+)?)\s+status\s+(?:will\s+be\s+|is\s+to\s+be\s+|was\s+|were\s+|would\s+be\s+)?offered\b"
    r"|\boffer(?:ed|ing)?\s+(?:them\s+)?(?:the\s+)?status\s+of\s+(?P<what2>[\w-]+(?:\s+[\w-]+)?)",
    re.I,
)
_INVITE = re.compile(
    r"\binvit(?:e|ed|es|ing|ation\s+to)\b(?P<who>.*?)(?:\bto\s+(?:become|join|accede)\b"
    r"|\binto\s+the\s+(?:alliance|organi[sz]ation|union|bloc|group|community|association|[A-Z]{2,6})\b)",
    re.I,
)


# a time clause that dates something else by an admission of long ago ("the first time since it joined the Union as
# its 40th member", "since becoming a member in 1996"): history told to measure by, no act of the text
_SINCE_JOINED = re.compile(
    r"\bsince\s+(?:(?:it|they|he|she|the\s+country|the\s+state|[A-Z][\w'’-]+)\s+(?:first\s+)?(?:joined|acceded|became|was\s+admitted)"
    r"|(?:joining|acceding|becoming|being\s+admitted))\b.*$",
    re.S,
)


def _sought(text: str) -> str | None:
    if re.search(r"dialogue\s+partner", text, re.I):
        return "dialogue_partner"
    if re.search(r"\bobserver", text, re.I):
        return "observer"
    if re.search(r"\bmember|\baccession|\bmembership|\bjoin", text, re.I):
        return "member"
    return None


def statuses(ctx: Context) -> list[Candidate]:
    """Statuses granted; procedures launched; accession memoranda signed; in each clause of a sentence."""
    out: list[Candidate] = []
    for passage in ctx.sentences:
        for c_start, c_end in clauses(passage.norm):
            out.extend(_clause_statuses(ctx, passage, c_start, c_end))
    return out


def _clause_statuses(ctx: Context, passage: Passage, c_start: int, c_end: int) -> list[Candidate]:
    lead = _LEADING_PHRASE.match(passage.norm[c_start:c_end])
    if lead:  # "Having considered the memoranda signed in 2016, the Council decided ..."
        c_start += lead.end()
    full = passage.norm[c_start:c_end]
    since = _SINCE_JOINED.search(full)
    if since:  # "its first chairmanship since it joined the organisation as its 40th member": history, no act
        full = full[: since.start()]
        c_end = c_start + len(full)
    text = _RELATIVE_CLAUSE.sub("", full)
    # "X, a western neighbour of Y, has become a full member": the apposition's states are no parties
    text = _APPOSITION.sub(lambda a: " " * len(a.group()), text)
    becomes = re.search(r",\s*which\s+(?:becomes|became|thus\s+becomes)\s+(?P<what>[^,;]*)", full)
    if becomes and _STATUS.search(becomes.group("what")) and not _STATUS.search(text):
        text = full[: becomes.end()]  # "readmit Morocco, which becomes the 55th member state"
    sub = passage.sub(c_start, c_start + len(text.rstrip(" .;,")))
    if _MEMORANDUM.search(text) and re.search(r"\bsign(?:ed|ing|s)?\b|\binked\b", text, re.I):
        if re.search(r"\bwill\b|\bexpected\b|\bto\s+be\s+signed\b", text):
            return []
        parties = _state_parties(ctx, text)
        return [
            _step(ctx, sub, p.value, "memorandum of obligations signed", _sought(text) or "member")
            for p in parties
        ]
    if (
        _MEMO_GRANTING.search(text)
        and re.search(r"\bsign(?:ed|ing)\b", text)
        and not _NOT_GRANTED.search(text.split(" were signed")[0])
    ):
        return _memoranda(ctx, passage, sub, text)
    protocol = _protocol_signed(ctx, sub, full)
    if protocol is not None:
        return protocol
    joined = _joined(ctx, passage, sub, full)
    if joined is not None:
        return joined
    acceded = _acceded(ctx, passage, sub, full)
    if acceded is not None:
        return acceded
    if _NOTED_APPLICATION.search(text) and not re.search(r"\bno\s+decision\b", text, re.I):
        parties = _state_parties(ctx, text)
        return [procedure_candidate(ctx, sub, p, _sought(text)) for p in parties]
    offer = _OFFER.search(text)
    if offer and re.search(r"\b(?:agreed|decided|approved|resolved|endorsed)\b", text[: offer.start()]):
        # "agreed on thirteen states to which partner-country status will be offered: A, B, ...":
        # an invitation to each, the status theirs once accepted
        parties = _state_parties(ctx, full)
        what = re.sub(
            r"^(?:which|the|a|an|its|their|whose)\s+", "", offer.group("what") or offer.group("what2") or ""
        )
        offered: str = _term_slug(what) if what else (_sought(text) or "member")
        return [
            ctx.decision(
                {"type": "ProcedureLaunched", "party": p.value, "procedure": "invitation", "status": offered},
                "date",
                sub,
                words=full,
            )
            for p in parties
        ]
    invited = invitation_received(ctx, passage, sub, full)
    if invited is not None:
        return invited
    invite = _INVITE.search(text)
    if invite and not re.search(r"\bwill\b|\bexpected\b", text[: invite.start()]):
        parties = _state_parties(ctx, text[invite.start() :])
        return [
            ctx.decision(
                {
                    "type": "ProcedureLaunched",
                    "party": p.value,
                    "procedure": "invitation",
                    "status": _sought(text) or "member",
                },
                "date",
                sub,
                words=full,
            )
            for p in parties
        ]
    procedure = _PROCEDURE.search(text)
    if procedure:
        if re.search(r"\bwill\b|\bexpected\b|\bplan", text):
            return []
        parties = _state_parties(ctx, text)
        status = _sought(text)
        if _COMPLETE.search(text) and re.search(
            r"\b(?:discuss\w*|draft\w*|consider\w*|prepar\w*|review\w*|debat\w*)\b",
            text[: procedure.start()],
            re.I,
        ):
            return []  # "discussed the draft ... decisions on completing the procedure for admitting X": to come
        if _COMPLETE.search(text):
            return [
                ctx.decision(
                    {"type": "StatusGranted", "party": p.value, "status": status or "member"},
                    "effective",
                    sub,
                )
                for p in parties
            ]
        if _LAUNCH.search(text) or re.search(r"\b(?:decided|resolution|decision|agreed)\b", text, re.I):
            return [procedure_candidate(ctx, sub, p, status, words=full) for p in parties]
        return []
    found = list(_STATUS.finditer(text))
    decided = _DECIDE.search(text)
    if (
        decided
        and decided.group().lower().startswith("admission")
        and _NOT_DONE_FRAME.search(text[: decided.start()])
    ):
        return []  # "the leaders discussed the admission of X as a full member": talked of, not granted
    if decided and re.search(
        r"\b(?:that|the\s+previous|the\s+last|the\s+first|an\s+earlier)\s+(?:summit|meeting|session|conference)\b",
        text[: decided.start()],
        re.I,
    ):
        return []  # "that summit also admitted X and Y": an earlier meeting's act, history
    if found and decided and not _NOT_GRANTED.search(text) and not _state_parties(ctx, text):
        named = _BOTH.search(text)
        earlier = [p for p in ctx.sentences if p.end <= passage.start][-1:]
        if named and earlier:  # "decided to grant both countries the status of observer state"
            parties = _state_parties(ctx, earlier[0].norm)
            if parties:
                return grants_to(ctx, parties, _status_slug(_status_words(found[0])), sub, full)
    bare = _BARE_ADMIT.search(text)
    if (
        decided
        and not found
        and bare
        and not _NOT_GRANTED.search(text)
        and not background(ctx, text)
        # "were expected to consider whether to admit X to the forum": a question before the sitting, no act
        and not unreal(text[: bare.start()])
    ):
        # "decided to readmit the Kingdom of Morocco": an admission that names no status is membership
        admitted = _state_parties(ctx, text[bare.end() : bare.end() + 80])[:1]
        if admitted and admitted[0].start == 0:
            event = {"type": "StatusGranted", "party": admitted[0].value, "status": "member"}
            return [ctx.decision(event, "effective", sub, words=full)]
    deciding = [d for d in _DECIDE.finditer(text) if not re.match(r"join", d.group(), re.I)]
    if decided and not deciding and _JOINED_OTHERS.search(text):
        return []  # "the observer states' leaders joined the heads of the member states": a sitting joined
    # ("Qatar joined as an associate member and Uruguay as an observer": no object, the organization itself)
    joined_what = re.search(r"\bjoin(?:ed|s|ing)?\s+(?!as\b)(?P<o>(?:the\s+)?[^,;]+?)\s+as\b", text)
    if joined_what and not names_org(ctx, joined_what.group("o")):
        return []  # "joined the talks as an observer": not the organization
    if not decided or not found or _NOT_GRANTED.search(text) or background(ctx, text):
        return []  # "in December 2005, when it joined the association as an observer": history
    if re.fullmatch(r"welcom\w*", decided.group(), re.I) and not deciding[1:]:
        # "welcomed the leaders, thanked X ..., and said the Member States that have left ...": a welcome
        # grants only a status it names as the party's ("welcomed X as a new member", "X's observer status")
        found = [
            m
            for m in found
            if not re.fullmatch(r"member\s+states?", m.group(), re.I)
            or re.search(r"\bas\s+(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,2}$", text[: m.start()])
        ]  # "welcomed Togo as a new member state": named as the party's
        if not found:
            return []
    # "cooperation between the member states", "the interests of all member states": the members as a group,
    # no status granted (but "the status of member states", "as member states" name one)
    found = [
        m
        for m in found
        if not re.fullmatch(r"member\s+states|members", m.group(), re.I)
        or not re.search(
            r"(?<!status )\b(?:between|among|amongst|of|by|for|with|from|to)\s+(?:the\s+|all\s+(?:the\s+)?|its\s+|their\s+|other\s+)+$"
            r"|\b(?:fellow|other|all|every|each)\s+$",  # "thanked fellow member states": the members as a group
            text[: m.start()],
            re.I,
        )
    ]
    # "the member states approved the admission of X", "urged member states to ...": the members as the actor or
    # the addressee, a plural named no one's status; "with X serving as members" of another body: a seat held
    found = [
        m
        for m in found
        if not (
            re.fullmatch(r"member\s+states", m.group(), re.I)
            and not re.search(
                r"\b(?:as|become|became|becomes|status\s+of)\s+(?:[\w-]+\s+){0,2}$", text[: m.start()], re.I
            )
        )
        and not re.search(
            r"\b(?:serv|sitt|act)(?:e|es|ed|ing)\s+(?:as\s+(?:[\w-]+\s+){0,2})?$", text[: m.start()], re.I
        )
    ]
    # "Armenia, until now an associate member, becomes a full member": the status held before, in apposition, is
    # none granted
    found = [
        m
        for m in found
        if not (
            re.search(
                r",\s*(?:until\s+now|till\s+now|hitherto|previously|formerly|so\s+far|up\s+to\s+now)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}$",
                text[: m.start()],
                re.I,
            )
            and re.match(r"\s*(?:state|country)?\s*,", text[m.end() :])
        )
    ]
    if not found:
        return []
    parties = _state_parties(ctx, text)
    if not parties:
        return []
    if re.fullmatch(r"join(?:ed|s)?", decided.group(), re.I) and re.match(
        r"\s+(?:the\s+)?(?-i:[A-Z])", text[decided.end() :]
    ):
        # "Egypt and Iran joined Brazil, Russia and India as full members": the states after the verb are the members
        # that were already there; only those before it joined
        parties = [p for p in parties if p.end <= decided.start()]
        if not parties or ctx.dated_long_before(text):
            return []
    if re.fullmatch(r"bec[oa]mes?|join(?:ed|s)?", decided.group(), re.I) and back_again(
        ctx, text[decided.end() :]
    ):
        return lifted_for(ctx, [p for p in parties if p.end <= decided.start()], sub, full)
    if in_force_before(ctx, full):
        return []  # "welcomed X as a member ... from 1 January 2025", told in April: decided before
    return _pairs(ctx, sub, 0, found, parties, words=full)


# "joined" whose object is people or a sitting, not the organization: "joined the heads of the member states",
# "joined the talks", "joined their counterparts"
_JOINED_OTHERS = re.compile(
    r"\bjoin(?:ed|s|ing)?\s+(?:in\s+)?(?:the\s+|their\s+|its\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:heads?|leaders?|delegations?|delegates|representatives|ministers|presidents|counterparts|colleagues|participants"
    r"|talks|meetings?|summit|session|sitting|discussions?|debate|consultations|celebrations?|ceremony|efforts?"
    r"|calls?|statement|appeal|consensus|photo|dinner|lunch|round)\b",
    re.I,
)
_JOINED = re.compile(
    r"^(?P<who>.{1,80}?)\s+(?:(?:has|have|had)\s+)?(?:formally\s+|officially\s+)?"
    r"(?:re-?joined|rejoins|readmitted|(?:was|were|has\s+been|have\s+been)\s+(?:formally\s+|officially\s+|unanimously\s+)?(?:re-?)?admitted)\b"
    r"|\baccepted\s+(?:the\s+)?(?:membership\s+)?applications?\s+(?:of|from)\s+(?P<applicants>[^,;]+)",
    re.I,
)
_ANAPHOR = re.compile(
    r"^(?:the|this|that|these|those)\s+(?:(?P<n>two|three|four|five|\d)\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:(?P<one>state|country|nation|kingdom|republic)|countries|states|nations|applicants)$",
    re.I,
)
_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5}


# an accession done, told of the state: "X (officially) joined the Alliance on Friday", "X became the 32nd
# member of the Union", "the treaty enters into force for X on D, from which date the country is again a member"
_ACCEDED = re.compile(
    r"^(?P<who>.{1,80}?)\s+(?:(?:has|have)\s+)?(?:formally\s+|officially\s+|finally\s+)?"
    r"(?:joined\s+(?P<org>(?:the\s+)?[A-Z][\w-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w-]*){0,6})(?![\w-]|\s+(?:of\s+(?:the\s+)?)?[A-Z])(?!['’]s)(?!\s+(?:as|in)\s+(?!(?:a\s+)?(?:full\s+)?member))"
    r"|(?:became|becomes|has\s+become)\s+(?:the\s+|an?\s+)?(?:[\w-]+['’]s\s+)?(?:"
    + ORDINAL
    + r"\s+|newest\s+|new\s+|full\s+)*(?P<m>member|ally|observer|dialogue\s+partner)(?:\s+(?:state|country))?\b(?:\s+(?:state\s+)?of\s+(?P<org2>(?:the\s+)?[A-Z][\w-]*(?:\s+(?:of\s+)?[A-Z][\w-]*){0,6}))?)"
    r"|\b(?:enters?|entered)\s+into\s+force\s+for\s+(?P<for>[^,;]{1,60}?)\s+on\s+[^,;]+,\s*from\s+which\s+(?:date|day)\s+[^,;]*?\b(?:is|becomes)\s+(?:again\s+)?a\s+member\b",
)


def back_again(ctx: Context, after: str) -> bool:
    """Whether "became a member" is told as a return ("X became a full member again today", "joined the
    bloc once more") in a text that tells of a suspension: the suspension lifted, no new status."""
    return (
        re.search(r"^[^.;]{0,80}?\b(?:again|once\s+(?:again|more)|anew)\b", after) is not None
        and re.search(r"\bsuspen", ctx.doc.text, re.I) is not None
    )


def lifted_for(ctx: Context, parties: list[Found], sub: Passage, words: str) -> list[Candidate]:
    """The suspension of each party lifted, from the day of the clause ``words`` tells it in."""
    return [
        ctx.decision(
            {"type": "ConditionLifted", "party": p.value, "condition": "suspended"},
            "effective",
            sub,
            decided=False,
            words=words,
        )
        for p in parties
    ]


def _acceded(ctx: Context, passage: Passage, sub: Passage, full: str) -> list[Candidate] | None:
    m = _ACCEDED.search(full)
    if m is None:
        return None
    if not passage.quote.rstrip().endswith((".", "!", "?", '"', "”", ";")):
        return []  # a headline ("X becomes the alliance's 30th member"): the body tells the act, dated
    if m.group("org") is not None and not _own_org(ctx, m.group("org")):
        return None
    if m.group("m") is not None and not _own_org(ctx, m.group("org2")):
        return None
    head = full[: m.end()]
    if _NOT_GRANTED.search(head) or re.search(r"\b(?:would|will|to\s+become|to\s+join)\b", head):
        return []
    told = ctx.without_dateline(full)  # the dateline's year is the report's, not the act's
    if re.search(r"\b(?:in|since)\s+(?:\w+\s+)?(?:19|20)\d\d\b", told) and not (
        ctx.year and re.search(rf"\b{ctx.year}\b", told)
    ):
        return []  # history: "joined the Organization in 1995"
    who = m.group("for") or m.group("who")
    parties = _state_parties(ctx, who)
    if m.group("for") is None:
        # the state is the subject: the last name before the verb ("RIGA, 4 May -- Estonia officially joined")
        parties = [
            p
            for p in parties
            if not re.sub(
                r"\b(?:today|now|yesterday|also|thus|finally|on\s+\w+day)\b", "", who[p.end :]
            ).strip()
        ][-1:]
    if not parties:
        return None
    status = (m.group("m") or "member").casefold()
    status = {"ally": "member", "dialogue partner": "dialogue-partner"}.get(status, status)
    if m.group("for") is None and back_again(ctx, full[m.end() :]):
        return lifted_for(ctx, parties[:1], sub, full)
    event = {"type": "StatusGranted", "party": parties[0].value, "status": status}
    if m.group("for") is not None:
        # "enters into force for X on D, from which date ...": D, told as to come or done
        days = [d for d in find_dates(full[m.end("for") :], ctx.year) if d.kind.rstrip("?") == "day"]
        if days:
            cand = ctx.decision(event, "effective", sub, decided=False, words=full)
            return [
                Candidate(cand.record, {**cand.event, "effective": days[0].edtf, "source": ctx.source(sub)})
            ]
    return [ctx.decision(event, "effective", sub, decided=False, words=full)]


# "The accession protocol between the X and Y was signed on 6 February 2019": a step of Y's accession
_PROTOCOL_SIGNED = re.compile(
    r"\b(?:accession\s+protocol|protocol\s+(?:of|on)\s+(?:[\w'’]+\s+)?accession)\b(?P<who>[^.;]*?)\s+(?:was|were|has\s+been)\s+signed\s+"
    r"(?:[^.;]*?\s)?on\s+(?P<when>\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|[A-Z][a-z]+\s+\d{1,2},?\s+\d{4})",
    re.I,
)


def _protocol_signed(ctx: Context, sub: Passage, full: str) -> list[Candidate] | None:
    m = _PROTOCOL_SIGNED.search(full)
    if m is None:
        return None
    parties = [p for p in _state_parties(ctx, m.group("who"))]
    days = [d for d in find_dates(m.group("when")) if d.kind == "day"]
    if len(parties) != 1 or not days:
        return None
    event = {
        "type": "ProcedureStepTaken",
        "org": ctx.org,
        "party": parties[0].value,
        "procedure": "accession",
        "step": "accession protocol signed",
        "date": days[0].edtf,
        "source": ctx.source(sub),
    }
    return [Candidate("event", event)]


def _joined(ctx: Context, passage: Passage, sub: Passage, full: str) -> list[Candidate] | None:
    """A (re)admission done, as the genre tells it: "X rejoined the association on Thursday", "The two
    countries were admitted at the closing session", "the leaders accepted the applications of A and B":
    membership from that day. "The country" / "the two countries" are the states the sentence before names
    (the first one, the first two). None when the clause tells no such act."""
    m = _JOINED.search(full)
    if m is None or re.search(
        r"\badmitted\s+(?:as\b|to\s+[^.;,]{1,80}?\s+as\s+(?:an?\s+|the\s+|its\s+|their\s+)?[\"“‘']?\s*(?:[\w-]+\s+)?(?:member|observer|partner|associate|dialogue))",
        full[m.start() :],
    ):
        return None  # "admitted as dialogue partners": a status named, granted as such
    head = full[: m.end()]
    if _NOT_GRANTED.search(head.replace("applications", "").replace("application", "")):
        return []  # "hoped to rejoin", "is expected to be readmitted", "readmitted in 2013"
    if re.search(r"\b(?:in|since)\s+(?:\w+\s+)?(?:19|20)\d\d\b", full) and not (
        ctx.year and re.search(rf"\b{ctx.year}\b", full)
    ):
        return []  # history: "rejoined in 2004"
    if m.group("applicants"):
        parties = _state_parties(ctx, m.group("applicants"))
    else:
        who = re.sub(r"^(?:and|but|then)\s+", "", m.group("who").strip(), flags=re.I)
        parties = _state_parties(ctx, who)
        anaphor = _ANAPHOR.match(who)
        if not parties and anaphor:
            earlier = [p for p in ctx.sentences if p.end <= passage.start][-1:]
            named = _state_parties(ctx, earlier[0].norm) if earlier else []
            n = 1 if anaphor.group("one") else _NUMBER_WORDS.get((anaphor.group("n") or "").lower(), 0)
            n = int(anaphor.group("n")) if (anaphor.group("n") or "").isdigit() else n
            parties = named[:n] if n else named
    if not parties:
        return None
    status = "observer" if re.search(r"\bobserver", full, re.I) else "member"
    return [
        ctx.decision(
            {"type": "StatusGranted", "party": p.value, "status": status},
            "effective",
            sub,
            decided=ctx.meeting is not None,
            words=full,
        )
        for p in parties
    ]


def _memoranda(ctx: Context, passage: Passage, sub: Passage, text: str) -> list[Candidate]:
    """ "Memoranda on granting A and B the status of dialogue partner were signed", "A and B signed
    memoranda on granting them the status ...": one memorandum each, and the status it grants."""
    signed_at = re.search(r"\s+(?:was|were|has\s+been|have\s+been)\s+signed\b", text)
    active = re.search(r"\bsigned\s+(?:the\s+)?memorand", text)
    if active:
        parties = _state_parties(ctx, text[: active.start()])
    else:
        parties = _state_parties(ctx, text[: signed_at.start()] if signed_at else text)
    status = _STATUS.search(text)
    if not parties or status is None:
        return []
    end = re.search(r"\s+(?:was|were|has\s+been|have\s+been)\s+signed\b|,|$", text[status.end() :])
    what = text[status.start() : status.end() + (end.start() if end else 0)]
    out = []
    for p in parties:
        name = ("the " if text[max(0, p.start - 4) : p.start].lower() == "the " else "") + text[
            p.start : p.end
        ]
        title = f"Memorandum on granting {name} the {what}"
        slug_ = re.sub(
            r"[^a-z0-9]+", "-", f"memorandum-granting-{p.value}-{_sought(what) or 'status'}".lower()
        )
        event: dict[str, Any] = {
            "type": "AgreementSigned",
            "document": slug_,
            "title": title,
            "kind": "memorandum",
        }
        out.append(ctx.decision(event, "signed_on", sub, decided=False, words=text))
        granted = {"type": "StatusGranted", "party": p.value, "status": _status_slug(_status_words(status))}
        cand = ctx.decision(granted, "effective", sub, words=text)
        note = "the status counts from the memorandum's signing (the genre's second step of a grant)"
        out.append(Candidate(cand.record, {**cand.event, "note": note}, note=cand.note, kind=cand.kind))
    return out


def _step(ctx: Context, passage: Passage, party: str, step: str, status: str) -> Candidate:
    """A step of an accession procedure (``ProcedureStepTaken``, a type of the histories vocabulary)."""
    event = {"type": "ProcedureStepTaken", "party": party, "procedure": "admission", "step": step}
    return ctx.decision(event, "date", passage)


def _status_words(m: re.Match[str]) -> str:
    if re.search(r"\bpartner[\s-]countr(?:y|ies)\b", m.group(), re.I):
        return "partner country"  # a status of that name (BRICS), not the SCO's "partner"
    return m.group("a") or m.group("b") or m.group("c") or m.group("d") or m.group("e") or ""


def _pairs(
    ctx: Context,
    passage: Passage,
    start: int,
    found: list[re.Match[str]],
    parties: list[Found],
    words: str | None = None,
) -> list[Candidate]:
    """Parties to statuses: those before a status mention get it, unless "... to <parties>" follows it."""
    out: list[Candidate] = []
    text = passage.norm
    begin = 0  # the first pair's quote starts with the sentence
    prev_end = start
    for k, m in enumerate(found):
        status = _status_slug(_status_words(m))
        stop = found[k + 1].start() if k + 1 < len(found) else len(text)
        after = [p for p in parties if m.end() <= p.start < stop]
        before = [p for p in parties if prev_end <= p.start < m.start()]
        if (
            before
        ):  # the coordinated run nearest the status ("X, suspended ..., and A, B and C joined as observers")
            before = groups(before, text)[-1]
        # ("admitted five new observer states: A, B and C": the list after the colon, as after "to")
        to_form = re.match(_TO, text[m.end() :]) or re.match(
            r"\s*(?:states?|countries)?\s*:", text[m.end() :]
        )
        if to_form and after:
            # "the status of observer to X, Y and Z": one quote for the whole grant
            start_at = 0 if begin == 0 else _the(text, m.start())
            quotes = [(start_at, after[-1].end)] * len(after)
            chosen = after
        else:
            chosen = before
            quotes = [
                (0 if (i == 0 and begin == 0) else _the(text, p.start), m.end()) for i, p in enumerate(chosen)
            ]
        # "agreed yesterday to admit A, B and C as new members in July": from that month, decided on the day
        later = _month_to_come(ctx, text, max(m.end(), chosen[-1].end)) if chosen else None
        for party, (q_start, q_end) in zip(chosen, quotes, strict=True):
            event = {"type": "StatusGranted", "party": party.value, "status": status}
            if later:
                event["effective"] = later
            out.append(
                ctx.decision(
                    event, "decided_on" if later else "effective", passage.sub(q_start, q_end), words=words
                )
            )
            begin = -1
        prev_end = max(m.end(), chosen[-1].end if chosen else m.end())
    return out


def _the(text: str, pos: int) -> int:
    return pos - 4 if text[max(0, pos - 4) : pos] == "the " else pos
