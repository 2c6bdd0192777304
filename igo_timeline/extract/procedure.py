"""Procedures of admission: launched (``ProcedureLaunched``), advanced (``ProcedureStepTaken``).

Neither grants a status: the events change no status in the state. A step is an act of the procedure
told in its own clause with the party it concerns: the terms of membership approved, a working party's
work concluded, an accession agreement ratified by the party's parliament, the last formality completed
by accepting the founding text, an application submitted, candidates accepted, or an admission approved
on a condition still to be met ("will take effect after ratification", "opens the way for X to become a
member"). An act dated more than a year before the text is background, never a new step.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from igo_timeline.extract.meeting_ownname import _abbreviations_in
from igo_timeline.extract.names import find_parties, is_state
from igo_timeline.extract.records import Candidate

if TYPE_CHECKING:
    from igo_timeline.extract.context import Context
    from igo_timeline.extract.names import Found
    from igo_timeline.extract.text import Passage


def procedure_candidate(
    ctx: Context, passage: Passage, party: Found, status: str | None, words: str | None = None
) -> Candidate:
    event = {"type": "ProcedureLaunched", "party": party.value, "procedure": "admission"}
    if status:
        event["status"] = status
    return ctx.decision(event, "date", passage, words=words)


_BODY = (
    r"(?:parliament|national\s+assembly|congress|senate|legislature|majlis|duma|house\s+of\s+representatives)"
)
_FOUNDING = r"(?:constitution|charter|convention|statute|statutes|treaty|agreement|protocol)"
# each trigger: (regex, what it is, the step's words); "who" is where the party is named
_TRIGGERS: list[tuple[re.Pattern[str], str, str]] = [
    (
        re.compile(
            r"\b(?:approv|adopt|endors|accept)\w*\s+(?:the\s+)?(?:terms|conditions|package)\s+of\s+(?:its\s+|their\s+)?"
            r"(?:membership|accession|entry)\s+(?:of|for)\s+(?P<who>[^;:]+)",
            re.I,
        ),
        "step",
        "terms of membership approved",
    ),
    (
        re.compile(
            r"\bworking\s+party\s+(?:on|for)\s+(?:the\s+)?(?:accession|membership)\s+of\s+(?P<who>[^;:]+?)\s+"
            r"(?:has\s+|had\s+)?(?:concluded|completed|wound\s+up|finished|finali[sz]ed|wrapped\s+up|adopted\s+its\s+(?:final\s+)?report)\b",
            re.I,
        ),
        "step",
        "accession working party concluded its work",
    ),
    (
        re.compile(
            rf"\b{_BODY}\s+of\s+(?P<who>[A-Z][^;:,]*?)\s+(?:has\s+|have\s+)?(?:ratified|approved)\s+(?:the\s+)?"
            rf"(?:agreement|protocol|treaty)\s+(?:on|of)\s+(?:the\s+country['’]s\s+|its\s+|the\s+)?(?:accession|membership)\b"
            rf"|(?P<who2>[A-Z][^;:,]*?)['’]s?\s+{_BODY}\s+(?:has\s+)?(?:ratified|approved)\s+(?:the\s+|its\s+)?"
            r"(?:accession\s+(?:agreement|protocol|treaty)|(?:agreement|protocol|treaty)\s+(?:on|of)\s+(?:its\s+)?accession)\b",
            re.I,
        ),
        "step",
        "accession ratified by the party's parliament",
    ),
    (
        re.compile(
            r"(?P<who>[A-Z][^;:,]*?)\s+(?:has\s+|formally\s+)?ratified\s+(?:the\s+|its\s+)?(?:accession\s+(?:agreement|protocol|treaty)"
            r"|(?:agreement|protocol|treaty)\s+(?:on|of)\s+(?:its\s+)?accession)\b",
        ),
        "step",
        "accession ratified",
    ),
    (
        re.compile(
            rf"(?P<who>[A-Z][^;:,]*?)\s+(?:completed|fulfilled|took)\s+the\s+(?:last|final)\s+(?:formality|step)\b[^;]*?\bby\s+"
            rf"(?P<act>accepting|ratifying|signing|depositing)\s+(?:the\s+|its\s+)?(?:[A-Z][\w-]*\s+){{0,3}}(?P<doc>{_FOUNDING})\b",
            re.I,
        ),
        "step",
        "",
    ),
    (
        re.compile(
            r"\b(?:open|start|launch|beg[iau]n|commenc|initiat)\w*\s+(?:formal\s+)?(?:accession|membership)\s+(?:negotiations|talks)\s+with\s+(?P<who>[^;:]+)",
            re.I,
        ),
        "step",
        "accession negotiations opened",
    ),
    (
        re.compile(
            r"\b(?:complet|conclud|finali[sz]|wrapp)\w*\s+(?:up\s+)?(?:the\s+)?(?:accession|membership)\s+(?:negotiations|talks)\s+with\s+(?P<who>[^;:]+)",
            re.I,
        ),
        "step",
        "accession negotiations concluded",
    ),
    (
        re.compile(
            r"\b(?:start|launch|open|initiat|beg[iau]n|commenc)\w*\s+(?:the\s+|a\s+)?(?:admission|accession|membership)\s+(?:procedure|process)\s+(?:for|of|with)\s+(?P<who>[^;:]+)",
            re.I,
        ),
        "launched",
        "",
    ),
    (
        re.compile(
            r"(?P<who>[A-Z][^;:,]*?)\s+(?:has\s+|had\s+)?(?:formally\s+|officially\s+)?(?:applied\s+(?:for|to\s+(?:join|become))|(?:submitted|filed|lodged|presented|handed\s+in|tabled)\s+"
            r"(?:its|a|an|their|her|his)\s+(?:formal\s+|official\s+|written\s+)?(?:application|request|bid|candidacy)\s+"
            r"(?:for|to\s+(?:join|become)))\b",
            re.I,
        ),
        "applied",
        "",
    ),
    (
        re.compile(
            r"\b(?:accepted|admitted|recogni[sz]ed|approved|named|designated)\s+(?P<who>[^;:]+?)\s+as\s+(?:new\s+|official\s+|formal\s+)?"
            r"candidates?\s+(?:for|to)\s+(?P<status>(?:the\s+)?[\w\s-]+?)(?:\s+status|\s+membership)?(?=[,;.]|\s+and\s+[a-z]+ed\b|$)"
            r"|\b(?:granted|gave|conferred)\s+(?P<who2>[^;:]+?)\s+(?:the\s+)?(?:status\s+of\s+(?:a\s+)?candidate|candidate\s+status)",
            re.I,
        ),
        "launched",
        "",
    ),
]
# an admission approved on a condition still to be met: a step, not the status
_APPROVED_ENTRY = re.compile(
    r"\b(?:approv|endors|accept|adopt)\w*\s+(?:the\s+)?(?:(?P<poss>(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)*|country|state)['’]s?\s+)?"
    r"(?:accession|entry|admission|membership)(?:\s+of\s+(?P<who>[A-Z][^;:,]*?))?(?=\s|[,.;]|$)"
    r"|\badopt\w*\s+a\s+resolution\s+(?:that|which)\s+(?:opens|paves|clears)\s+the\s+way\s+for\s+(?P<who2>[A-Z][^;:,]*?)\s+to\s+(?:become|join)\b",
    re.I,
)
_CONDITION = re.compile(
    r"\b(?:will\s+not\s+yet\s+be|not\s+yet\s+(?:a\s+)?(?:full\s+)?(?:member|party|contracting)|after\s+(?:its\s+)?ratification|once\s+(?:it\s+|they\s+)?(?:has\s+|have\s+)?(?:ratif\w*|complet\w*|notif\w*)"
    r"|upon\s+(?:ratification|notification)|subject\s+to\s+ratification|takes?\s+effect\s+on\s+the\s+date\s+on\s+which|opens\s+the\s+way|paves\s+the\s+way"
    r"|must\s+first\s+(?:complete|ratify)|after\s+(?:the\s+)?(?:completion|ratification)|enters?\s+into\s+force\s+(?:on|after|once))\b",
    re.I,
)


def procedure_steps(ctx: Context) -> list[Candidate]:
    """Steps of admission procedures and applications, clause by clause (see the module's doc)."""
    from igo_timeline.extract.decisions import _sought, _state_parties
    from igo_timeline.extract.reader import clauses_of, long_ago, subject, unreal

    out: list[Candidate] = []
    sentences = list(ctx.sentences)
    for i, passage in enumerate(sentences):
        following = " ".join(p.norm for p in sentences[i + 1 : i + 3])  # the paragraph's next sentences
        for a, b in clauses_of(passage.norm):
            text = passage.norm[a:b]
            if long_ago(ctx, text):
                continue  # "X applied to join on 7 April 2015": background, not a step of this text
            for rx, what, step in _TRIGGERS:
                m = rx.search(text)
                if (
                    m is None
                    or unreal(text[: m.start()])
                    or re.search(r"\b(?:had|would|could)\s*$", text[: m.start()])
                ):
                    continue
                group = next((g for g in ("who", "who2") if g in rx.groupindex and m.group(g)), None)
                who = m.group(group) if group else ""
                # the states next to the verb, not every state from the clause's first capital ("Russia welcomed
                # the news that Georgia's parliament ratified ...": Georgia)
                parties = (subject(ctx, text, m.end(group)) if group else []) or (
                    _state_parties(ctx, text) if re.search(r"\b(?:its|the\s+country['’]s)\b", who) else []
                )
                if not parties:
                    continue
                if what == "applied" and ctx.stated_day(text) is None:
                    continue  # "X has applied to join": told without its day, an application of another time
                what = "launched" if what == "applied" else what
                sub = passage.sub(a, a + len(text.rstrip(" .;,")))
                after = following.split(". ")[0]
                # "the vote by which the Parliament ratified ...", then "... present on Friday, 21 April, voted"
                act = text[m.end(group) :] if group else ""
                # the day the act's own words state ("UNESCO announced today that ... Washington completed the
                # last formality on Monday": Monday), else the sentence's
                words = (act if ctx.stated_day(act) is not None else passage.norm) + (
                    " " + after if re.search(r"\bvot", text) and re.search(r"\bvot", after) else ""
                )
                for p in parties:
                    if what == "launched":
                        status = (
                            m.group("status") if "status" in rx.groupindex and m.group("status") else None
                        )
                        event = {
                            "type": "ProcedureLaunched",
                            "party": p.value,
                            "procedure": "admission",
                            "status": _slug(status) if status else (_sought(text[m.start() :]) or "member"),
                        }
                        out.append(ctx.decision(event, "date", sub, words=words))
                        continue
                    label = step or f"{m.group('doc').lower()} {_past(m.group('act'))}"
                    event = {
                        "type": "ProcedureStepTaken",
                        "party": p.value,
                        "procedure": "admission",
                        "step": label,
                    }
                    out.append(ctx.decision(event, "date", sub, words=words))
                break
            out.extend(_conditional(ctx, passage, a, text, following))
    return out


def _conditional(ctx: Context, passage: Passage, a: int, text: str, following: str) -> list[Candidate]:
    """ "approved the country's entry" told with a condition still to be met (in its sentence or the next):
    a step of the procedure."""
    from igo_timeline.extract.decisions import _state_parties
    from igo_timeline.extract.reader import unreal

    m = _APPROVED_ENTRY.search(text)
    if m is None or unreal(text[: m.start()]):
        return []
    if not (_CONDITION.search(passage.norm) or _CONDITION.search(following[:400])):
        return []
    who = m.group("who") or m.group("who2") or m.group("poss") or ""
    parties = _state_parties(ctx, who)
    if not parties and (not who or re.fullmatch(r"(?i:country|state)", who)):
        # "Georgia signed ..., after the council ... approved the country's entry": the sentence's subject
        named = _state_parties(ctx, passage.norm)
        parties = named[:1] if named and named[0].start < 30 else []
    if len({p.value for p in parties}) != 1 and not m.group("who"):
        return []
    sub = passage.sub(a + m.start(), a + len(text.rstrip(" .;,")))
    step = "admission approved; membership once the conditions are met"
    seen: set[str] = set()
    out = []
    for p in parties:
        if p.value in seen:
            continue
        seen.add(p.value)
        event = {"type": "ProcedureStepTaken", "party": p.value, "procedure": "admission", "step": step}
        out.append(ctx.decision(event, "date", sub, words=passage.norm))
    return out


def _slug(status: str) -> str:
    from igo_timeline.extract.decisions import _status_slug

    return _status_slug(re.sub(r"^the\s+", "", status.strip(), flags=re.I))


def _past(verb: str) -> str:
    return {
        "accepting": "accepted",
        "ratifying": "ratified",
        "signing": "signed",
        "depositing": "deposited",
    }.get(verb.lower(), verb)


def steps_over_grants(found: list[Candidate]) -> list[Candidate]:
    """A status "granted" by the words that a conditional step reads ("approved the accession of X, which
    will take effect after ratification") is that step, not a grant: the grant whose quote overlaps the
    step's, for the same party, is dropped."""
    steps: dict[object, list[tuple[int, int]]] = {}
    for c in found:
        source = c.event.get("source", {})
        if c.type == "ProcedureStepTaken" and str(c.event.get("step", "")).startswith("admission approved"):
            if isinstance(source.get("start"), int) and isinstance(source.get("end"), int):
                steps.setdefault(c.event.get("party"), []).append((source["start"], source["end"]))
    if not steps:
        return found
    out = []
    for c in found:
        source = c.event.get("source", {})
        a, b = source.get("start"), source.get("end")
        if (
            c.type == "StatusGranted"
            and isinstance(a, int)
            and isinstance(b, int)
            and any(a < e and s < b for s, e in steps.get(c.event.get("party"), []))
        ):
            continue
        out.append(c)
    return out


_BACKGROUND_HEADING = re.compile(
    r"^\s*(?:Background|Backgrounder|Context|History|About\s+(?:the\s+)?[A-Z][^\n]{0,60}|Notes?\s+(?:to|for)\s+editors?)\s*:?\s*$",
    re.M,
)
_KEEP = {"MeetingHeld"}


def background_dropped(text: str, found: list[Candidate]) -> list[Candidate]:
    """What a text tells under a heading of its own that marks background ("Background", "About the Zone",
    "Notes to editors") is history already recorded elsewhere: no decision of the text. The section runs
    from the heading to the first blank line after some text of its own."""
    spans = []
    for m in _BACKGROUND_HEADING.finditer(text):
        end = re.search(r"\S[^\n]*\n\s*\n", text[m.end() :])
        spans.append((m.end(), m.end() + end.end() if end else len(text)))
    if not spans:
        return found
    out = []
    for c in found:
        start = c.event.get("source", {}).get("start")
        if (
            c.record != "attestation"
            and c.type not in _KEEP
            and isinstance(start, int)
            and any(a <= start < b for a, b in spans)
        ):
            continue
        out.append(c)
    return out


# -- what a report tells that is no decision of the organization ----------------------------------------
#
# Each candidate of a decision is read once more against its own clause (the quote, cut before a relative or
# an adverbial clause) and its sentence: a decision not taken ("did not grant", "deferred consideration of",
# "postponed its decision on", "declined to lift"), a state's own announcement of what it will do ("said it
# would leave", "announced that it intends to resume"), another organization's act ("The UN Security Council
# suspended ...", "welcomed the decision of the African Union to readmit ..."), words inside a quotation (a
# leader's speech), and the chair of one of the organization's bodies or organs ("the chairmanship of the
# Organ on Politics", "Chair of the Council of Ministers", "for the month of March") told as its presidency.

_DECISION_TYPES = {
    "StatusGranted",
    "ConditionImposed",
    "ConditionLifted",
    "WithdrawalNotified",
    "ProcedureLaunched",
    "ProcedureStepTaken",
    "ProcedureConcluded",
    "PresidencyHandedOver",
    "OfficialAppointed",
    "DocumentAdopted",
    "AgreementSigned",
    "MeetingScheduled",
    "LadderReformed",
    "NameChanged",
}
# where the clause of the act ends and a clause about something else begins
_CLAUSE_TAIL = re.compile(
    r",?\s+(?:which|who|whose|where|after|following|because|when|while|although|though|despite|and\s+(?:also\s+)?(?:urged|called|warned|noted|expressed))\b.*$"
    r"|\s*;.*$",
    re.I | re.S,
)
# a decision not taken: negated, deferred, postponed, declined
_NOT_TAKEN = re.compile(
    r"\b(?:did|does|do|has|have|had|was|were|is|are|could|can)\s+not\b|\b(?:did|does|do|has|have|had|was|were|is|are|could|ca)n['’]t\b"
    r"|\bcannot\b|\bnot\s+(?:yet|to)\b|\bno\s+(?:decision|consensus|agreement)\b|\bneither\b"
    r"|\bdefer(?:red|ring|s)?\b|\bpostpon(?:e|ed|es|ing)\s+(?:its|their|the|a|any)\s+(?:final\s+)?(?:decision|consideration|examination|review|ruling)\b"
    r"|\b(?:declin(?:ed|es|ing)|refus(?:ed|es|ing)|fail(?:ed|s|ing)|hesitat(?:ed|es|ing))\s+to\b|\b(?:stopped|fell|stops|falls)\s+short\s+of\b"
    r"|\b(?:left|remains?|remained|kept)\s+(?:open|pending|unresolved|undecided|in\s+abeyance)\b|\bput\s+off\b|\bshelved\b|\bheld\s+(?:over|back)\b|\b(?:refrain(?:ed|s|ing)?|abstain(?:ed|s|ing)?)\s+from\b"
    r"|\b(?:rejected|rebuffed|resisted|opposed|dismissed)\s+(?:the\s+)?(?:calls?|demands?|proposals?|pressure|requests?|appeals?)\b"
    r"|\bruled\s+out\b|\b(?:has|have|had)\s+yet\s+to\b|\bremains?\s+(?:under\s+(?:review|consideration|study)|pending)\b",
    re.I,
)
# a state telling what it will do: no act of the organization until the organization or the notice says so
_SAYS_IT_WILL = re.compile(
    r"\b(?:announc(?:ed|es|ing)|sa(?:id|ys|ying)|declar(?:ed|es|ing)|stat(?:ed|es|ing)|indicat(?:ed|es|ing)"
    r"|signal(?:l?ed|s|l?ing)|threaten(?:ed|s|ing)|warn(?:ed|s|ing)|vow(?:ed|s|ing)|pledg(?:ed|es|ing)"
    r"|promis(?:ed|es|ing)|hint(?:ed|s|ing))\s+(?:that\s+)?"
    r"(?:(?:it|they|the\s+country|the\s+government|(?-i:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}))\s+)?"
    r"(?:would|will|shall|was\s+going\s+to|is\s+going\s+to|intends?\s+to|planned\s+to|plans?\s+to|is\s+to|was\s+to|might|may|could)\b"
    r"|\b(?:its|their|his|her|the\s+country['’]s|the\s+government['’]s)\s+(?:plans?|intention|intent|readiness|wish|desire|willingness)\s+to\b"
    r"|\b(?:announc|unveil)\w*\s+(?:plans?|an\s+intention)\s+to\b"
    r"|\b(?:intends?|intended|plans?|planned|wants?|wanted|wishes|wished|seeks?|sought|aims?|aimed|hopes?|hoped|threaten(?:s|ed)?)\s+to\b",
    re.I,
)
# what would follow on a condition: "stands to be suspended", "in the event of", "unless", "provided"
_ON_CONDITION = re.compile(
    r"\b(?:stands?|risks?|risked|faces?|faced|facing)\s+(?:to\s+be\s+|being\s+|a\s+|the\s+)?(?:possible\s+)?(?:suspen|expul|exclu)\w*"
    r"|\bin\s+the\s+event\s+(?:of|that)\b|\bunless\b|\bprovided\s+(?:that\b)?|\bon\s+(?:the\s+)?condition\s+that\b"
    r"|\bsubject\s+to\b|\bpending\b|\bwould\s+(?:lead|result)\s+in(?:to)?\b|\bwould\s+lead\s+to\b|^\s*(?:If|Should|Were|Once|Unless)\b|,\s*if\b|\bif\s+(?:it|they|the)\b",
    re.I,
)
# how long a suspension lasts, told after its verb: "suspended X pending the (effective) restoration of
# constitutional order", "until the return of democracy" -- the genre's duration clause, not a condition
_DURATION = re.compile(
    r"\b(?:pending|until|till)\s+(?:the\s+)?(?:full\s+|effective\s+|full\s+and\s+effective\s+)?"
    r"(?:restoration|return|re-?establishment|reinstatement|resumption)\s+(?:of|to)\b",
    re.I,
)
# an act still to come: "is anticipated at the next summit", "voiced hope that"
_NOT_YET = re.compile(
    r"\b(?:is|are|was|were|be|being|remains?)\s+(?:\w+ly\s+)?(?:anticipated|expected|likely|slated|scheduled|due|set|poised|tipped|envisaged|foreseen)\b"
    r"|\bat\s+(?:the|its|their)\s+(?:next|upcoming|forthcoming|coming)\s+(?:\w+\s+)?(?:summit|session|meeting|conference)\b"
    r"|\b(?:voic|express|reiterat)\w*\s+(?:the\s+|its\s+|their\s+)?hope\b|\bhop(?:e|es|ed|ing)\s+that\b"
    r"|\b(?:will|would|shall|is\s+to|are\s+to|could|may|might)\s+(?:\w+\s+)?(?:soon|eventually)\b",
    re.I,
)
# a withdrawal told with no notice of it: "though no notice has been received", "yet to receive any notification"
# a state's own announcement that it will leave: the announcement is the notice ("X announced it will leave the
# ORG", "X declared that it would quit"), unlike a suspension or a grant someone says will come, a threat, or
# what a state merely said it would do ("X said it would leave within a year": test_extract_neg8)
_LEAVING_ANNOUNCED = re.compile(
    r"(?:announc|declar)\w*\s+(?:that\s+)?(?:[\w'’-]+\s+){0,4}?(?:would|will|shall|is\s+to|was\s+to)$",
    re.I,
)
_NO_NOTICE = re.compile(
    r"\bno\s+(?:formal\s+|official\s+|written\s+)?(?:notice|notification|letter)\b"
    r"|\byet\s+to\s+(?:receive|be\s+notified)\b|\bnot\s+(?:yet\s+)?(?:been\s+)?(?:formally\s+|officially\s+)?notified\b",
    re.I,
)
# the words of a status, condition or withdrawal: what a modal must come before to govern it
_ACT_WORDS = re.compile(
    r"\b(?:suspen\w*|lift\w*|readmi\w*|return\w*|rejoin\w*|resum\w*|withdr\w*|leav\w*|quit\w*|exit\w*|admi\w*"
    r"|grant\w*|status|member\w*|observer\w*|partner\w*|join\w*|notif\w*|denounc\w*)\b",
    re.I,
)
_DECISION_OF = re.compile(
    r"\b(?:decision|move|resolution|vote|verdict|choice)\s+(?:taken\s+|made\s+)?(?:of|by)\s+(?P<o>(?:the\s+)?[A-Z][\w'’-]*(?:(?:\s+(?:of|for|on|and|the|in|de|du|des|la))*\s+[A-Z][\w'’-]*)*)"
    r"(?=\s+(?:to|in\s+(?:favou?r\s+of|support\s+of))\s)",
)
# a passive's agent: "Mali was suspended by the African Union"
_BY_AGENT = re.compile(
    r"\b(?:was|were|has\s+been|have\s+been|had\s+been|is|are|being)\s+(?:\w+ly\s+)?"
    r"(?:suspend|admitt|readmitt|grant|accord|expell|exclud|elect|appoint|lift|reinstat|confer|approv|nam|chos)(?:ed|en|e|d)?"
    r"\s+(?:\w+\s+){0,4}?by\s+"
    r"(?P<o>(?:the\s+)?[A-Z][\w'’-]*(?:(?:\s+(?:of|for|on|and|the|in|de|du|des|la))*\s+[A-Z][\w'’-]*)*)"
)
_LEADING_NAME = re.compile(
    r"^\s*(?:(?:Meanwhile|Separately|Also|Earlier|Last\s+\w+|In\s+\w+(?:\s+\d{4})?),?\s+)?(?P<o>(?:The\s+|the\s+)?"
    r"(?:[A-Z][\w'’-]*|of|for|on|and|the)(?:\s+(?:[A-Z][\w'’-]*|of|for|on|and|the))*)"
)
_OTHER_ORG_WORDS = re.compile(
    r"\b(?:United\s+Nations|UN|UNSC|European\s+Union|EU|European\s+Commission|African\s+Union|AU|NATO|G20|G7|G-20|G-7"
    r"|World\s+Bank|IMF|International\s+Monetary\s+Fund|Commonwealth(?!\s+of\b))\b"
)
# the organization an office is of: "Director-General of the World Health Organization"
_OFFICE_OF = re.compile(
    r"\b(?:Secretary|Director|President|Chair\w*|Head|Commissioner|Governor|Administrator|Executive|Envoy|Representative)[\w -]{0,30}?"
    r"\s+(?:of|to|at)\s+(?P<o>(?:the\s+)?[A-Z][\w'’-]*(?:(?:\s+(?:of|for|on|and|the|in|de|du|des|la))*\s+[A-Z][\w'’-]*)*)"
)
# a suspension kept, not imposed: "decided to keep the suspension in place", "maintained its sanctions"
_CONTINUED = re.compile(
    r"\b(?:keep|keeps|kept|keeping|maintain\w*|uph[oe]ld\w*|retain\w*|extend\w*|prolong\w*|renew\w*|continu\w*)\s+"
    r"(?:the\s+|its\s+|their\s+)?(?:\w+\s+)?(?:suspension|sanctions|exclusion)\b|\bin\s+place\b|\b(?:remain|remains|remained)\s+suspended\b",
    re.I,
)
# a chair chosen for later or a deputy's seat: "was elected incoming chair", "named deputy chairperson"
_NOT_THE_CHAIR_YET = re.compile(
    r"\b(?:elected|named|designated|appointed|chosen|selected|endorsed|confirmed|became|becomes|become|as|is|was)\s+"
    r"(?:the\s+|its\s+)?(?:new\s+)?(?:incoming|deputy|vice|future|next)[\s-]+(?:chair\w*|president\w*)\b"
    r"|\bchair(?:man|woman|person)?[\s-]designate\b",
    re.I,
)
# the organization a chair is of: "the presidency of the G20", "the chairmanship of the African Union"
_CHAIR_OF = re.compile(
    r"\b(?:chair(?:man|woman|person)?(?:ship)?|presidency|president|helm)\s+(?:of|in|at)\s+"
    r"(?P<o>(?:the\s+)?[A-Z][\w'’-]*(?:(?:\s+(?:of|for|on|and|the|in|de|du|des|la))*\s+[A-Z][\w'’-]*)*)"
)
# the committee or council of the member states' ministers: its chair, held by a state in turn, is the
# organization's rotating presidency (the Council of Europe's, the Benelux Union's), no body's own chair
MINISTERS_BODY = r"(?:Committee|Council)\s+of\s+(?:Foreign\s+)?Ministers\b"
_MINISTERS_CHAIR = re.compile(
    r"\b(?:chair(?:man|woman|person)?(?:ship)?|presidency|president|helm)\s+of\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,2}"
    + MINISTERS_BODY,
    re.I,
)
# the chair of a body or organ of the organization, or one held for a month: not the organization's presidency
_BODY_CHAIR = re.compile(
    r"\b(?:chair(?:man|woman|person)?(?:ship)?|presidency|president|helm)\s+(?:of|for|at)\s+(?:the\s+)?(?:(?!for\b)\w+\s+){0,3}?"
    r"(?P<body>Organ|Council\s+of\s+(?:Foreign\s+)?Ministers|Ministerial\s+(?:Council|Committee)|Committee|Commission|Troika"
    r"|Peace\s+and\s+Security\s+Council|Security\s+Council|Board|Bureau|Parliament|Court|Tribunal|Executive\s+Council"
    r"|Permanent\s+Council|Permanent\s+Representatives|Senior\s+Officials|Working\s+Group|Task\s+Force|Sub-?[Cc]ommittee|Caucus|Group\s+of)\b"
    r"|\b(?P<body2>Organ|Committee|Commission|Troika|Board|Bureau)\s+(?:chair(?:man|woman|person)?(?:ship)?|presidency)\b"
    r"|\b(?:chair|chairs|chaired|chairing|preside\s+over|presides\s+over|presided\s+over)\s+(?:the\s+)?(?:(?!for\b)\w+\s+){0,3}?"
    r"(?P<body3>Organ|Committee|Commission|Troika|Board|Bureau|Council\s+of\s+(?:Foreign\s+)?Ministers|Working\s+Group|Task\s+Force)\b"
    r"|\bfor\s+the\s+month\s+of\b|\b(?:monthly|month-long)\s+(?:rotating\s+)?(?:chair|presidency)\b",
)


_UNDONE_TYPES = (
    "StatusGranted",
    "ConditionImposed",
    "ConditionLifted",
    "WithdrawalNotified",
    "ProcedureLaunched",
)
_OTHER_ORG_TYPES = (
    "StatusGranted",
    "ConditionImposed",
    "ConditionLifted",
    "WithdrawalNotified",
    "OfficialAppointed",
    "ProcedureLaunched",
    "ProcedureStepTaken",
)


# words quoted within a sentence and said by someone: "'Mali has been suspended,' the spokesman denied"
_QUOTATION = re.compile(
    r"(?:^|(?<=[\s(]))[\"“‘'](?P<q>[^\"“”‘’]{3,}?)[,.!?]?[\"”’'](?=\s*,?\s*(?:[\w.'’-]+\s+){0,8}?"
    r"(?:said|says|told|declared|denied|added|stressed|insisted|noted|stated|announced|remarked|explained|wrote)\b)"
)


def _clause_of(text: str) -> str:
    """A quote cut before what is told of something else (a relative or adverbial clause)."""
    return _CLAUSE_TAIL.sub("", re.sub(r"\s*\([^()]*\)", "", text))


def _quoted(text: str, start: int, opens: bool = True) -> bool:
    """Whether ``start`` lies inside a quotation of its paragraph (a leader's words, not the report's); a quote
    mark at ``start`` opens one unless not ``opens`` (the mark of a title in quotes)."""
    para = text.rfind("\n\n", 0, start) + 1
    before = text[para:start] + (text[start] if opens and text[start : start + 1] in ('"', "“") else "")
    if before.count("“") > before.count("”") or before.count("‘") > before.count("’"):
        return True
    opening = len(re.findall(r"(?:^|(?<=\s))'(?=\w)", before))
    closing = len(re.findall(r"(?<=[\w,.!?])'(?=\s|$)", before))
    if opening > closing:
        return True
    return before.count('"') % 2 == 1


def not_decisions(ctx: Context, found: list[Candidate]) -> list[Candidate]:
    """The candidates less those whose clause tells no decision of the organization (see above)."""
    text = ctx.doc.text
    out = []
    quoted: list[
        Candidate
    ] = []  # acts told inside a quotation: dropped, but they may date an act told outside
    for c in found:
        src = c.event.get("source") or {}
        start, end = src.get("start"), src.get("end")
        if c.type not in _DECISION_TYPES or c.record == "attestation" or not isinstance(start, int):
            out.append(c)
            continue
        assert isinstance(end, int)
        why = not_a_decision(ctx, c, text, start, end)
        if why == "body-chair":
            if not c.event.get("chair"):  # a chair named already ("to chair the Organ": organ) stays
                chair = body_chair(" ".join(text[start:end].split()))
                if chair is None:
                    continue
                event = {**c.event, "chair": chair}
                c = Candidate(c.record, event, note=c.note, kind=c.kind, closest=c.closest)
        elif why is not None:
            if why == "quoted":
                quoted.append(c)
            continue
        out.append(c)
    return terms_from_quotes(out, quoted)


def _stated_term(c: Candidate) -> str | None:
    """The term of an appointment when it has a first day and an end ("2022-01-01/2026-12-31"), else None."""
    term = c.event.get("term")
    if c.type != "OfficialAppointed" or c.record != "event" or not isinstance(term, str):
        return None
    return term if "/" in term and not term.endswith("..") else None


def terms_from_quotes(kept: list[Candidate], quoted: list[Candidate]) -> list[Candidate]:
    """Appointments told with an open term ("appointed X for a second term") closed by the term a quotation
    of the same act states (the presiding officer's "X has been appointed ... for the term beginning ...
    and ending ..."). Quoted words are no act of their own, but they date the act the report tells; the
    quote becomes a further source. Only a term that starts on or after the open term's first day: a
    quotation recalling an earlier term dates nothing."""
    stated = [q for q in quoted if _stated_term(q) is not None]
    out = []
    for c in kept:
        term = c.event.get("term")
        if stated and c.type == "OfficialAppointed" and isinstance(term, str) and term.endswith("/.."):
            same = next(
                (
                    q
                    for q in stated
                    if (q.event.get("person"), q.event.get("office"))
                    == (c.event.get("person"), c.event.get("office"))
                    and str(_stated_term(q)) >= term[:-3]
                ),
                None,
            )
            if same is not None:
                source = {k: v for k, v in same.event["source"].items() if k not in ("inferred", "note")}
                notes = [n for n in str(c.event.get("note", "")).split("; ") if n and n != "term not stated"]
                event = {
                    **c.event,
                    "term": same.event["term"],
                    "more_sources": [*c.event.get("more_sources", []), source],
                }
                event.pop("note", None)
                if notes:
                    event["note"] = "; ".join(notes)
                c = Candidate(c.record, event, note=event.get("note"), kind=c.kind, closest=c.closest)
        out.append(c)
    return out


def not_a_decision(ctx: Context, cand: Candidate, text: str, start: int, end: int) -> str | None:
    """Why the act ``cand`` quoted at ``text[start:end]`` is no decision of the organization (None: it may be
    one; ``body-chair``: the chair handed over is a body's, not the presidency)."""
    from igo_timeline.extract.decisions import _office_of_own, _other_organization

    kind = cand.type
    sentence = next((s for s in ctx.sentences if s.start <= start < s.end), None)
    s_start = sentence.start if sentence is not None else start
    clause = _clause_of(" ".join(text[start:end].split()))
    lead = " ".join(text[s_start:start].split())
    # "adopted "X Declaration on Y" today": a document's quote that opens with the quote mark of its own title (the
    # mark closes inside the quote) is no quotation of a speaker
    titled = kind in ("DocumentAdopted", "AgreementSigned") and re.match(
        r"[\"“‘'][^\"”’]{3,200}[\"”’']", text[start:end]
    )
    # prev28: a sitting to come announced inside a quotation ("'X will be hosting the 31st session in Y on 3-4
    # May,' the ministry announced") is the announcement itself, its body, host and days read: not dropped
    if _quoted(text, start, opens=not titled) and kind != "MeetingScheduled":
        return "quoted"
    party = cand.event.get("party") or cand.event.get("to_party")
    for q in _QUOTATION.finditer(" ".join(text[start:end].split())):
        if isinstance(party, str) and party in [p.value for p in find_parties(q.group("q"))]:
            return "quoted"
    if (
        _NOT_TAKEN.search(clause)
        and kind not in ("MeetingScheduled", "ProcedureStepTaken")
        and not (kind == "ProcedureConcluded" and cand.event.get("outcome") == "rejected")
    ):
        return "not-taken"
    if kind == "WithdrawalNotified" and sentence is not None and _NO_NOTICE.search(sentence.norm):
        return "no-notice"
    if kind in ("StatusGranted", "ConditionImposed", "ConditionLifted", "WithdrawalNotified"):
        says = _SAYS_IT_WILL.search(clause)
        act = _ACT_WORDS.search(clause)
        if (
            says
            and (act is None or says.start() < act.start())
            and not (kind == "WithdrawalNotified" and _LEAVING_ANNOUNCED.match(says.group()))
        ):
            return "says-it-will"
    if kind in _UNDONE_TYPES:
        rest = _clause_of(
            " ".join(text[start : max(end, sentence.end if sentence is not None else end)].split())
        )
        if kind == "ConditionImposed":
            rest = _DURATION.sub(
                " ", rest
            )  # "suspended X pending the restoration of democracy": how long, no if
        if _ON_CONDITION.search(rest) or _ON_CONDITION.search(lead):
            return "conditional"
        if _NOT_YET.search(rest):
            return "not-yet"
    if kind == "OfficialAppointed" and cand.event.get("office") not in ctx.offices:
        office_of = _OFFICE_OF.search(clause)
        if (
            office_of
            and not _office_of_own(ctx, " ".join(text[start : sentence.end if sentence else end].split()))
            and (
                _other_org(ctx, office_of.group("o"), None)
                or (_other_organization(ctx, office_of.group("o")) and not _own(ctx, office_of.group("o")))
            )
        ):
            return "other-org-office"
    if kind == "PresidencyHandedOver":
        of_org = _CHAIR_OF.search(clause)
        if of_org and (
            _other_org(ctx, of_org.group("o"), None)
            or (_other_organization(ctx, of_org.group("o")) and not _own(ctx, of_org.group("o")))
        ):
            return "other-org-chair"
    if kind == "ConditionImposed" and _CONTINUED.search(clause):
        return "continued"
    if kind == "PresidencyHandedOver" and _NOT_THE_CHAIR_YET.search(clause):
        return "incoming-or-deputy"
    body_chair_of = _BODY_CHAIR.search(clause) if kind == "PresidencyHandedOver" else None
    if (
        body_chair_of is not None
        # "the rotating presidency of the Commission" where the organization is itself the Xyz Commission
        and not _own_head_noun(ctx, body_chair_of.group("body") or body_chair_of.group("body2") or "-")
        # the chair of the organization's committee or council of its member states' ministers, held by a state in
        # turn, is the organization's rotating presidency ("Hungary took over the presidency of the Committee of
        # Ministers from Germany"); another body's chair is that body's
        and not (
            _MINISTERS_CHAIR.search(clause)
            and isinstance(cand.event.get("to_party"), str)
            and is_state(cand.event["to_party"])
        )
    ):
        return "body-chair"
    if kind in _OTHER_ORG_TYPES:
        head = clause if clause[:1].isupper() or not lead else lead + " " + clause
        # the dateline's place ("UNITED NATIONS, 10 December --") names where the report was filed, not an actor
        head = re.sub(r"^\s*[-–—:,.\s]*", "", ctx.without_dateline(head))
        named = _LEADING_NAME.match(head)
        party = cand.event.get("party")
        if named and _other_org(ctx, named.group("o"), party):
            if not (
                kind == "OfficialAppointed"
                and _office_of_own(ctx, " ".join(text[start : sentence.end if sentence else end].split()))
            ):
                return "other-org"
        of = _DECISION_OF.search(lead + " " + clause)
        if of and _other_org(ctx, of.group("o"), party):
            return "decision-of-other-org"
        by = _BY_AGENT.search(clause)
        if by and (
            _other_org(ctx, by.group("o"), party)
            or (_other_organization(ctx, by.group("o")) and not _own(ctx, by.group("o")))
        ):
            return "other-org"
    return None


def _other_org(ctx: Context, words: str, party: object) -> bool:
    """Whether the words name an organization other than ``ctx.org`` and than the act's own party (the party
    table's, or one the genre names often: the UN, the EU, the AU, ...); the organization's own bodies ("the
    Union's Peace and Security Council") are its own."""
    if _own(ctx, words) or re.match(
        r"(?:the\s+)?(?:Union|Organi[sz]ation|Community|bloc|Alliance|Group)['’]s?\b", words, re.I
    ):
        return False
    found = [p.value for p in find_parties(words)]
    if party is not None and party in found:
        return False  # the party is the subject: "The African Union became a member of the G20"
    if found[:1] == [ctx.org]:
        # the party table reads the name as the organization itself, though its initials do not spell the slug
        # ("the Eurasian Economic Union" for eaeu): its own name, not another organization's
        return False
    if any(v != ctx.org and not is_state(v) for v in found):
        return True
    if _NAMED_ORG.match(words.strip()) and not re.search(
        r"\bUnited\s+(?:Kingdom|States|Republic|Arab)\b", words
    ):
        return True
    return bool(_OTHER_ORG_WORDS.search(words)) and ctx.org not in found


# an organization by its name: "the Organization of American States", "the Arab League", "the Eurasian Union"
_NAMED_ORG = re.compile(
    r"(?:the\s+)?(?:(?:[A-Z][\w'’-]*\s+){1,5}(?:Organi[sz]ation|Union|Community|League|Association|Alliance|Bank|Fund|Agency)"
    r"|(?:Organi[sz]ation|Union|Community|League|Association|Bank|Fund|Agency)\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]*"
    r"(?:\s+(?:[A-Z][\w'’-]*|and|of|the))*)"
    r"(?:\s+(?:of|for|on)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|and|of|the))*)?$"
)


def body_chair(quote: str) -> str | None:
    """The slug of the body whose chair a quote hands over (its name's first word, as ``_chosen_to_chair``
    has it, or the whole name when that word is a generic council/committee), None for a chair held for a
    month (no body's standing chair)."""
    m = _BODY_CHAIR.search(quote)
    if m is None or (m.group("body") or m.group("body2") or m.group("body3")) is None:
        return None
    body = m.group("body") or m.group("body2") or m.group("body3")
    words = re.findall(r"[A-Za-z]+", body)
    if len(words) > 1 and words[0].casefold() in (
        "council",
        "committee",
        "board",
        "ministerial",
        "permanent",
    ):
        return "-".join(w.casefold() for w in words)
    return words[0].casefold()


def _own(ctx: Context, words: str) -> bool:
    """Whether the words name the organization itself (its slug's letters, its own abbreviation)."""
    from igo_timeline.extract.decisions import _own_name

    if (
        # its slug in capitals, or written as the text writes it with a number ("the D-8 Organization" for d8)
        re.search(rf"\b(?:{'|'.join(map(re.escape, _abbreviations_in('', ctx.org)))})\b", words)
        or ctx.org.replace("-", " ") in words.casefold()
    ):
        return True
    # a body or office of the store's record of the organization, under any of its names
    folded = " ".join(re.findall(r"\w+", words.casefold()))
    for names in (*ctx.bodies.values(), *ctx.offices.values()):
        for name in names:
            n = " ".join(re.findall(r"\w+", name.casefold()))
            if n and (n in folded or folded.removeprefix("the ") in n):
                return True
    # "the Food and Agriculture Organization of the United Nations" is fao's own: each head before an "of"
    cuts = [m.start() for m in re.finditer(r"\s+(?:of|for|on)\s+", words)] + [len(words)]
    if any(_own_name(ctx, words[:c]) for c in cuts):
        return True
    tails = [m.end() for m in re.finditer(r"\s+(?:of|for|on)\s+(?:the\s+)?", words)]
    return any(_own_name(ctx, words[t:]) for t in tails)


def _own_head_noun(ctx: Context, noun: str) -> bool:
    """Whether a body's noun ("Commission") ends the organization's own name (``offices._head_noun_of_own_name``)."""
    from igo_timeline.extract.offices import (
        _head_noun_of_own_name,
    )  # the offices module imports this one's helpers

    return _head_noun_of_own_name(ctx, noun)
