"""Status histories: suspensions, lifting, withdrawals, mergers, renamings, abandoned procedures.

Decisions that end or change a status already held: a suspension and its
lifting, a notice of withdrawal and the day it takes effect, an application
rejected or a procedure abandoned, a body renamed or merged. Told as
background, they are not decisions of this meeting.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from igo_timeline.extract.clauses import (
    _NOT_GRANTED,
    _other_organization,
    _state_parties,
    _term_slug,
    clauses,
)
from igo_timeline.extract.context import Context
from igo_timeline.extract.dates import WEEKDAY, find_dates
from igo_timeline.extract.names import Found, find_parties, is_state, office_patterns, resolve_body
from igo_timeline.extract.reader import background, object_, subject
from igo_timeline.extract.records import Candidate
from igo_timeline.extract.text import RELATIVE_ASIDE, Passage

# -- the histories vocabulary: suspensions, notified withdrawals, reforms of the statuses -------------

_SUSPEND = re.compile(
    r"\bsuspend(?:ed|s|ing)?\b(?P<rest>.*)|\b(?P<who>[A-Z][\w' ]+?)\s+(?:was|were|has\s+been|have\s+been)\s+suspended\b"
    r"|\b(?:decided|decision|announced|announcement|ordered|imposed|declared)\b[^.;]*?\bsuspension\s+of\b"
    r"|\b(?:can|could|may)\s+no\s+longer\s+(?:take\s+part|participate)\s+in\s+(?:any|all|the)\s+(?:\w+\s+)?activit"
    r"|\b(?:barred|excluded|shut\s+out)\s+(?:[A-Z][\w-]*\s+){0,3}from\s+(?:taking\s+part\s+in\s+|participating\s+in\s+)?(?:any|all)\s+(?:\w+\s+)?activit"
    # "excluded X from its meetings", "barred X from the council's proceedings"
    r"|\b(?:bar(?:red|s)?|exclud(?:ed|es|e)|shut\s+out)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,4}from\s+(?:taking\s+part\s+in\s+|participating\s+in\s+)?(?:its|the|all|any|their)\s+(?:[\w'’-]+\s+){0,2}?(?:meetings|activities|bodies|work|proceedings|organs|institutions|sessions|deliberations)\b",
    re.I,
)
# what is suspended when no member is: a sitting, talks, a programme ("the Consultation Meeting on X that was
# suspended", "the talks on X were suspended", "cooperation with X was suspended")
_NO_MEMBER = (
    r"(?:meeting|session|talks|dialogue|negotiations|consultations?|conference|summit|sitting|cooperation|aid"
    r"|programme|program)"
)
# a suspension told as a state that holds, or as history: no new event
_SUSPENDED_STATE = re.compile(
    r"^(?!.*\b(?:decided|decides|agreed|resolved|ordered)\b).*\b(?:is|are)\s+(?:also\s+|still\s+|now\s+|currently\s+)?suspended\b"
    r"|\b(?:remains?|remained|stays?|stayed|still|had\s+(?:already\s+)?been|already\s+(?:been\s+)?suspended|since\s+its\s+suspension|was\s+suspended\s+(?:from\s+[^,;.]+?\s+)?(?:following|after|over|in\s+the\s+wake))\b",
    re.I,
)
_LIFT = re.compile(
    # ("ended Abc's suspension": the state's possessive between)
    r"\b(?:lift(?:ed|s|ing)?|end(?:ed|s|ing)?|revok(?:ed|es|ing)?)\s+(?:the\s+|its\s+|their\s+|(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2}['’]s\s+)?suspension\b|\bsuspension\s+(?:(?:of|from)\s+[^,;.]+?\s+)?(?:was|were|has\s+been)\s+lifted\b"
    r"|\breinstat(?:e|ed|es|ing)\b(?=\s+(?:the\s+)?(?-i:[A-Z]))"
    r"|\b(?:restor(?:e|ed|es|ing)|reinstat(?:e|ed|es|ing))\b[^.;]*?\b(?:participation|membership|rights)\b"
    r"|\breinstatement\s+of\b|\b(?:welcom(?:ed|es|ing))\s+[^.;]*?\bback\b[^.;]*?\bparticipation\b"
    r"|\b(?:resume[sd]?|resuming)\s+(?:its|their|his|her)\s+(?:full\s+)?participation\b"
    r"|\blift(?:ed|s|ing)?\s+(?:all\s+)?(?:the\s+)?sanctions\b|\bsanctions\s+[^.;]*?(?:were|was|have\s+been|has\s+been)\s+lifted\b",
    re.I,
)
_WITHDRAW_NOTICE = re.compile(
    r"\b(?:notif(?:ied|ies|y|ication)|informed|gave\s+notice|served\s+notice|announced|deposited|submitted|lodged|communicated|sent|transmitted|handed\s+over)\b[^.;]*?"
    r"\b(?:withdraw(?:al|ing|s)?|denounc(?:e|es|ed|ing)\s+(?:the\s+|its\s+)?(?:[A-Z][\w-]*\s+){0,3}(?:Charter|Treaty|Convention|Agreement))\b"
    r"|\bnotice\s+of\s+(?:its\s+)?withdrawal\b",
    re.I,
)
# "Burkina Faso, Mali and Niger will therefore cease to be members on 29 January 2025": a withdrawal notified
_CEASE = re.compile(
    r"\b(?:will\s+|shall\s+|would\s+)?(?:therefore\s+)?(?:cease[sd]?\s+to\s+be|stop(?:s|ped)?\s+being)\s+(?:an?\s+)?(?:members?|member\s+states?|parties)\b[^.;]*?\b(?:on|from|as\s+of|effective)\s+(?P<when>[^,;.]+(?:,\s*\d{4})?)"
    r"|\b(?:(?:had\s+)?decided\s+to\s+|will\s+)?(?:give\s+up|gave\s+up|relinquish(?:ed)?|end(?:ed)?|terminat(?:e|ed))\s+(?:its|their)\s+(?-i:[A-Z]\w*\s+)?membership\b[^.;]*?\b(?:on|from|as\s+of|effective)\s+(?P<when2>[^,;.]+(?:,\s*\d{4})?)"
    r"|\b(?:(?:had\s+)?decided\s+to\s+|will\s+)?(?:leave|quit|exit|left|quitting|leaving)\s+(?:the\s+)?(?-i:[A-Z][\w-]*\s*){1,6}[^.;]*?\b(?:on|from|as\s+of|effective)\s+(?P<when3>[^,;.]+(?:,\s*\d{4})?)",
    re.I,
)
_TAKES_EFFECT = re.compile(
    r"\b(?:effective|take[sn]?\s+effect|took\s+effect|becomes?\s+effective|as\s+of|with\s+effect\s+from)\s+(?:on\s+|from\s+|as\s+of\s+)?(?P<when>[^,;.]+(?:\.\s*\d{4})?)",
    re.I,
)
# a procedure ended without a grant: an application rejected, declined, or withdrawn by the applicant
_REJECTED = re.compile(
    r"\b(?:reject(?:ed|s|ing)?|declin(?:ed|es|ing)|turn(?:ed|s)?\s+down|refus(?:ed|es|ing))\b[^.;]*?\b(?:applications?|requests?|bids?|candidac(?:y|ies))\b"
    r"|\b(?:applications?|requests?|bids?|candidac(?:y|ies))\b[^.;]*?\b(?:was|were|has\s+been|have\s+been)\s+(?:rejected|declined|turned\s+down|refused)\b",
    re.I,
)
_ABANDONED = re.compile(
    r"\b(?:withdr[ea]w[ns]?|withdrawing|abandon(?:ed|s|ing)?|dropp(?:ed|ing)|dropped|retract(?:ed|s|ing)?)\s+(?:its|their|the)\s+(?:\w+\s+)?(?:applications?|requests?|bids?|candidac(?:y|ies))\b",
    re.I,
)
# the ladder of statuses: the names a reform speaks of
_STATUS_TERM = (
    r"(?:[\"“‘']\s*)?(?:(?:[A-Z]{2,6}|the)\s+)?(?P<term>observer|dialogue[\s-]partner|associate(?:d)?\s+member|associate|partner(?:\s+of\s+the\s+organi[sz]ation)?"
    r"|guest|affiliate|candidate(?:\s+member)?|full\s+member|member)(?:s|ship)?(?:\s+(?:states?|countries|country|status|category|categories))?(?:\s*[\"”’'])?"
)
_STATUS_TERM_RX = re.compile(_STATUS_TERM, re.I)
_MERGE_VERB = re.compile(
    r"\b(?:merg(?:e|ed|es|ing|er)|brought\s+together|bring(?:s|ing)?\s+together|unif(?:ied|ies|y|ying|ication)|combin(?:e|ed|es|ing)|consolidat(?:e|ed|es|ing|ion)|fus(?:e|ed|es|ing|ion)|replac(?:e|ed|es|ing))\b",
    re.I,
)
_RENAME_VERB = re.compile(r"\b(?:renam(?:ed|es|ing)|re-?designat(?:ed|es|ing))\b", re.I)
_NEW_STATUS = re.compile(
    r"\b(?:into|in|as|under|by|with)\s+(?:a\s+|one\s+|the\s+)?(?:single\s+|new\s+|unified\s+|common\s+)*(?:status|category)(?:\s+(?:of|called|named|known\s+as))?\s+"
    + _STATUS_TERM
    + r"|(?:status|category)\s+(?:of|called|named|known\s+as)\s+[\"“‘']\s*(?:(?:[A-Z]{2,6}|the)\s+)?(?P<quoted>[^\"”’']+?)\s*[\"”’']"
    + r"|(?:one|single|new|unified|common)\s+(?:status|category)\s*(?:,\s*|\s+)[\"“‘']\s*(?:(?:[A-Z]{2,6}|the)\s+)?(?P<q2>[^\"”’']+?)\s*[\"”’']",
    re.I,
)
_ADDED = re.compile(
    r"\b(?:establish(?:ed|es|ing)|introduc(?:ed|es|ing)|creat(?:ed|es|ing)|institut(?:ed|es|ing))\s+(?:a\s+|the\s+)?(?:new\s+)?(?:status|category)\s+(?:of\s+)?"
    + _STATUS_TERM,
    re.I,
)
_RETIRED = re.compile(
    r"\b(?:abolish(?:ed|es|ing)|discontinu(?:ed|es|ing)|scrapp(?:ed|ing)|eliminat(?:ed|es|ing))\s+(?:the\s+)?(?:status|category)\s+(?:of\s+)?"
    + _STATUS_TERM
    + r"|"
    + _STATUS_TERM.replace("(?P<term>", "(?P<term2>")
    + r"\s+(?:status|category)?\s*(?:was|were|has\s+been|have\s+been|is|are)\s+(?:abolished|discontinued|scrapped|eliminated)\b",
    re.I,
)
_RENAME_OBJECT = re.compile(
    r"\brenam(?:ed|e|es|ing)\s+(?:of\s+)?(?P<old>(?:the\s+)?[A-Z][^,;]*?)\s+(?:as|to|into)\s+(?:the\s+)?[\"“]?(?P<new>[A-Z][^,;\"”]*?)[\"”]?(?=\s*(?:[,;.]|$|\s+(?:from|with\s+effect|effective|as\s+of|on)\b))"
    r"|(?P<old2>(?:the\s+)?[A-Z][^,;]*?)\s+(?:was|were|has\s+been|is|will\s+be)\s+renamed\s+(?:as\s+|to\s+|into\s+)?(?:the\s+)?[\"“]?(?P<new2>[A-Z][^,;\"”]*?)[\"”]?(?=\s*(?:[,;.]|$|\s+(?:from|with\s+effect|effective|as\s+of|on)\b))",
)
_NAME_CHANGED = re.compile(
    r"\bname\s+of\s+(?P<old>(?:the\s+)?[A-Z][^,;]*?)\s+(?:has\s+been|was|is|will\s+be)\s+(?:officially\s+|formally\s+)?changed\s+(?:to|into)\s+(?:the\s+)?[\"“]?(?P<new>[A-Z][^,;\"”]*?)[\"”]?(?=\s*(?:[,;.]|$|\s+(?:from|with\s+effect|effective|as\s+of|on)\b))"
    r"|\b(?:changed?|changing)\s+(?:the\s+)?name\s+of\s+(?P<old2>(?:the\s+)?[A-Z][^,;]*?)\s+(?:to|into)\s+(?:the\s+)?[\"“]?(?P<new2>[A-Z][^,;\"”]*?)[\"”]?(?=\s*(?:[,;.]|$|\s+(?:from|with\s+effect|effective|as\s+of|on)\b))"
)
_RENAME_ITSELF = re.compile(
    r"\brenam(?:e|ed|es|ing)\s+(?:the|our|its|their)\s+(?:organi[sz]ation|bloc|group|council|union|association|forum)\b(?!\s+(?:as|to|into)\b)",
    re.I,
)
_CALLED = re.compile(
    r"\b(?:is|be|was|will\s+be)\s+(?:now\s+)?(?:called|known\s+as|named)\s+(?:the\s+)?(?P<name>[A-Z][\w'’-]*(?:\s+(?:(?:of|for|and|the)\s+)*[A-Z][\w'’-]*)*)"
    r"|\bnew\s+name\s+(?:is\s+)?(?:the\s+)?(?P<name2>[A-Z][\w'’-]*(?:\s+(?:(?:of|for|and|the)\s+)*[A-Z][\w'’-]*)*)"
)
_VACANT = re.compile(
    r"\b(?P<chair>presidency|chairmanship|chair)\b[^.;]*?\b(?:(?:was|is|remains|remained|has\s+been|left|fell|became)\s+)+vacant\b"
    r"|\bleft\s+the\s+(?P<chair2>presidency|chairmanship|chair)\s+vacant\b",
    re.I,
)


# a verb of deciding right before an infinitive: "decided to lift", "agreed unanimously to restore"
_DECIDING_TO = (
    r"\b(?:decided|decides|decide|agreed|agrees|resolved|resolves|voted|votes|ordered|orders|moved|moves|chose"
    r"|determined|(?:took|taken|take)\s+(?:the|a)\s+decision)\s+(?:\w+\s+){0,2}to\s+$"
)


_LEGAL_BASIS = re.compile(
    r"\b(?:In\s+accordance\s+with|In\s+line\s+with|In\s+keeping\s+with|Pursuant\s+to|In\s+application\s+of"
    r"|As\s+provided\s+(?:for\s+)?(?:in|by))\b[^,;]*,\s*"
)


def histories(ctx: Context) -> list[Candidate]:
    """Suspensions imposed and lifted, withdrawals notified, procedures concluded without a grant,
    statuses merged, added or retired, renames, chairs left vacant: where the text states them, as
    events of the histories vocabulary (importable when the store's vocabulary has their types)."""
    out: list[Candidate] = []
    for passage in ctx.sentences:
        for c_start, c_end in clauses(passage.norm):
            text = passage.norm[c_start:c_end]
            sub = passage.sub(c_start, c_start + len(text.rstrip(" .;,")))
            notice = _WITHDRAW_NOTICE.search(text)
            ceases = _CEASE.search(text)
            # a future the notice itself states ("which will take effect on ...", "will cease to be members
            # on ...") is still a notice given
            trigger = _LIFT.search(text) or _SUSPEND.search(text)
            head = (
                text[: notice.end()]
                if notice
                else text[: ceases.start()]
                if ceases
                else text[: trigger.start() + len(trigger.group().split()[0])]
                if trigger
                else text
            )  # "lifted the sanctions ... and the country would resume": the modal tells the consequence
            if _NOT_GRANTED.search(head) and re.search(
                r"\b(?:will|would|(?-i:may)|could|expected|threat)", head, re.I
            ):
                continue
            if (
                trigger is not None
                and re.search(r"\bto\s+$", text[: trigger.start()])
                and not re.search(_DECIDING_TO, text[: trigger.start()])
                and re.search(r"\b(?:would|could|might|will|may|should|must)\b", text)
            ):
                continue  # "the technical work to restore X's membership would be done by ...": a purpose, no act
            if trigger is not None and re.search(
                r"\bwhether\b|\bno\s+decision\b|\b(?:did|does|do)\s+not\b|\b(?:not|refused|declined)\s+to\b",
                head,
                re.I,
            ):
                continue  # "discussed whether to suspend X but took no decision"
            if (
                re.search(
                    r"\b(?:in|since)\s+(?:\w+\s+)?(?:19|20)\d\d\b",
                    head if notice or ceases or _LIFT.search(text) else text,
                )  # a lift's clause may tell when the suspension began ("ending the suspension ordered in 2020")
                and ctx.year
                and not re.search(rf"\b{ctx.year}\b", head)
            ):
                continue  # history told as background ("suspended in 2013")
            parties = _state_parties(ctx, text)
            if not parties and _LIFT.search(text):
                # "Madagascar is once again a full participant after the leaders lifted the suspension imposed on
                # the island": the one state the sentence names before the lift's clause is its party
                before = _state_parties(ctx, passage.norm[:c_start])
                parties = before if len({p.value for p in before}) == 1 else []
            found = _histories_clause(ctx, sub, text, parties, notice)
            # "the conference, meeting on Saturday in Malabo, decided to lift ...": the clause states no day, the
            # sentence dates the meeting that took it
            met = _MET_ON.search(passage.norm[:c_start])
            if met is not None and ctx.stated_day(text) is None:
                found = [
                    ctx.decision(
                        {
                            k: v
                            for k, v in c.event.items()
                            if k not in ("effective", "decided_on", "source", "org")
                        },
                        "effective",
                        sub,
                        words=met.group(),
                    )
                    if c.type in ("ConditionLifted", "ConditionImposed")
                    and c.event.get("source", {}).get("inferred")
                    else c
                    for c in found
                ]
            out.extend(found)
    return out


# a meeting dated in the sentence before the act's clause: "the conference, meeting on Saturday in Malabo, ..."
_MET_ON = re.compile(
    rf"\b(?:meeting|met|gathered|convened|sitting|in\s+session)\s+(?:\w+\s+){{0,2}}?on\s+(?:{WEEKDAY}|\d{{1,2}}\s+[A-Z][a-z]+(?:\s+\d{{4}})?|[A-Z][a-z]+\s+\d{{1,2}}(?:,?\s+\d{{4}})?)\b"
)


def _histories_clause(
    ctx: Context, sub: Passage, text: str, parties: list[Found], notice: re.Match[str] | None
) -> list[Candidate]:
    if _REJECTED.search(text) or _ABANDONED.search(text):
        outcome = "rejected" if _REJECTED.search(text) else "abandoned"
        return [
            ctx.decision(
                {
                    "type": "ProcedureConcluded",
                    "party": p.value,
                    "procedure": "admission",
                    "outcome": outcome,
                },
                "effective",
                sub,
                words=text,
            )
            for p in parties
        ]
    lifted = _LIFT.search(text)
    if (
        lifted
        and "sanction" in lifted.group().lower()
        and not re.search(r"suspen|participation", ctx.doc.text, re.I)
    ):
        lifted = None  # sanctions lifted in a text that tells of no suspension: not a condition of the status
    suspended = _SUSPEND.search(text)
    # the legal basis before the act names an instrument, not an actor: "In accordance with the X Programme,
    # the Ministers decided to suspend ..."
    acting = _LEGAL_BASIS.sub(" ", text, count=1)
    # "lifted the suspension imposed on X almost five years ago": when the suspension began is no time of the lift
    own_time = (
        re.sub(r"(?<=suspension)\s+(?:imposed|ordered|decided|put\s+in\s+place)\b[^,;]*", "", text)
        if lifted
        else text
    )
    if (lifted or suspended) and (_other_organization(ctx, acting) or _elsewhen_clause(ctx, own_time)):
        return []  # another organization's act ("ECOWAS had already suspended X"), or history
    verb = re.search(r"\bsuspend\w*", text, re.I) if suspended and not lifted else None
    if (
        verb
        and re.search(r"\bhad\s+(?:\w+\s+)?$", text[: verb.start()])
        and background(ctx, text[: verb.end()])
    ):
        return []  # the pluperfect of the act itself, not reported: "It had suspended A, B and C when ...": history
    if lifted:
        out = [_condition(ctx, "ConditionLifted", p.value, sub, text) for p in parties]
        # "X had told the members on January 5 that it was resuming its place, ending the suspension": the
        # member's own act, on the day written before the lift (up to two months back), no decision of a meeting
        said = re.search(
            r"\b(?:told|informed|notified|announced)\b[^.;]*?\bon\s+(?P<when>[A-Z][a-z]+\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+)\b",
            text[: lifted.start()],
        )
        days = (
            [d for d in find_dates(said.group("when"), ctx.year) if d.kind.rstrip("?") == "day"]
            if said
            else []
        )
        anchor_day = ctx.anchor.day
        if (
            days
            and anchor_day is not None
            and days[0].edtf <= anchor_day.isoformat()
            and (anchor_day - dt.date.fromisoformat(days[0].edtf)).days <= 62
        ):
            out = [
                Candidate(
                    c.record,
                    {
                        k: v
                        for k, v in {**c.event, "effective": days[0].edtf, "source": ctx.source(sub)}.items()
                        if k != "decided_on"
                    },
                )
                for c in out
            ]
        return out
    # the state told near the verb ("is still suspended", "was suspended following"), not a later clause's
    # ("..., and it will stay out until ...")
    near = text[: suspended.end() + len(re.split(r"[,;]", text[suspended.end() :])[0])] if suspended else text
    if suspended and not _SUSPENDED_STATE.search(near):
        # the party is the verb's argument: the object of "ORG suspended X", the subject of "X was suspended"
        verb = re.search(r"\bsuspend(?:ed|s|ing)?\b", text, re.I)
        if verb is not None:
            passive = (
                re.search(r"\b(?:is|are|was|were|been|be|being)\s+(?:\w+\s+)?$", text[: verb.start()])
                or (
                    re.match(r"\s+from\b(?![^,;]*\bsince\b)", text[verb.end() :])
                    and not re.search(r",\s*$", text[: verb.start()])
                )
            )  # "Russia suspended from the Council" (a headline's participle): the subject is the one suspended;
            # not an apposition ("A and B, suspended from the organization since the coups, were absent")
            slot = subject(ctx, text, verb.start()) if passive else object_(ctx, text, verb.end())
            if (
                passive
                and slot
                and re.search(
                    r"\b(?:with|between|against|over|towards?)\s+(?:the\s+)?$"
                    # "the Consultation Meeting on X that was suspended on 31 May": a sitting on X, suspended
                    rf"|\b{_NO_MEMBER}\s+(?:on|about|regarding|concerning)\s+(?:the\s+)?(?:situation\s+in\s+)?$",
                    text[: slot[0].start],
                    re.I,
                )
            ):
                slot, parties = [], []  # "the talks with X were suspended": X is no suspended member
            if not slot and not passive:
                # "suspended X's membership", "suspend the participation of X"; not "suspended cooperation
                # with X", "its aid", "the meeting": the object is a state or its place in the organization
                held = re.match(
                    r"\s+(?:the\s+)?(?:(?P<pos>[A-Z][\w'’ -]{1,60}?)(?:'s|’s)\s+)?(?:full\s+)?(?:membership|participation|rights|voting\s+rights|seat)\b"
                    r"(?:\s+of\s+(?P<of>(?:the\s+)?[A-Z][\w'’ -]{1,60}?)(?=\s|[,;.]|$))?",
                    text[verb.end() :],
                )
                named = (held.group("pos") or held.group("of") or "") if held else ""
                slot = _state_parties(ctx, named) if named else []
                if not held and re.match(
                    r"\s+(?:its|their)\s+(?:own\s+)?(?:membership|participation)\b", text[verb.end() :]
                ):
                    # "Eritrea has suspended its membership of the Xyz": a member suspending itself, the subject
                    slot = [p for p in subject(ctx, text, verb.start()) if is_state(p.value)]
                    held = re.match(r"\s+\w+", text[verb.end() :])
                if not held and re.match(
                    r"\s+(?:the\s+|its\s+|their\s+|all\s+)?(?-i:[a-z])", text[verb.end() :]
                ):
                    parties = []
            if (
                passive
                and not slot
                and re.search(
                    rf"\b{_NO_MEMBER}\b(?:\s+(?:on|with|about|over)\s+(?:the\s+)?[A-Z][\w'’-]*"
                    r"(?:\s+[A-Z][\w'’-]*){0,3})?\s*,?\s*(?:that|which)?\s*(?:is|are|was|were|has\s+been|have\s+been"
                    r"|had\s+been)\s+(?:\w+\s+)?$",
                    text[: verb.start()],
                    re.I,
                )
            ):
                parties = []  # "the Consultation Meeting on X that was suspended on 31 May": a sitting suspended
            parties = slot or parties
        return [_condition(ctx, "ConditionImposed", p.value, sub, text) for p in parties]
    ceases = _CEASE.search(text)
    if ceases and not notice:
        when = ceases.group("when") or ceases.group("when2") or ceases.group("when3")
        days = [d for d in find_dates(when, ctx.year) if d.kind.rstrip("?") == "day"]
        if (
            days
            and not ceases.group("when")
            and ctx.anchor.day
            and days[0].edtf <= ctx.anchor.day.isoformat()
        ):
            days = []  # "will leave on August 18 next year": a day read in the wrong year, or no notice
        if days and parties:
            # the notice's day is stated before the day it takes effect ("in a letter dated Friday")
            told = text[: text.index(when, ceases.start())]
            whole = [p for p in ctx.sentences if p.start <= sub.start < p.end]
            if whole and ctx.stated_day(told) is None and text[:30] in whole[0].norm:
                told = (
                    whole[0].norm[: whole[0].norm.index(text[:30])] + told
                )  # "in a letter dated Friday and signed by ..."
            return [
                _ceasing(ctx, sub, p.value, days[0].edtf, told) for p in parties if p.end <= ceases.start()
            ]
    takes_at = _TAKES_EFFECT.search(text)
    if notice and background(ctx, text[: takes_at.start()] if takes_at else text):
        return []  # "it notified its withdrawal in October 2017, and ... that of Israel ... in December 2018": history
    if notice:
        out = []
        # the parties that gave notice: those named before the verb ("Mali and Burkina Faso notified"),
        # else the first named
        # (not those of a relative clause between commas: "A and B, which have broken with C, announced ...")
        asides = [m.span() for m in RELATIVE_ASIDE.finditer(text[: notice.start()])]
        parties = [p for p in parties if not any(a <= p.start < b for a, b in asides)]
        subjects = [p for p in parties if p.end <= notice.start()]
        for p in subjects or parties[:1]:
            event: dict[str, Any] = {"type": "WithdrawalNotified", "party": p.value}
            takes = _TAKES_EFFECT.search(text)
            days = (
                [d for d in find_dates(takes.group("when"), ctx.year) if d.kind.rstrip("?") == "day"]
                if takes
                else []
            )
            if days:
                event["takes_effect"] = days[0].edtf
            elif takes is None:  # "... Its membership will therefore end in November 2023." a sentence later
                later = _takes_effect_later(ctx, sub)
                if later:
                    event["takes_effect"] = later
            # the notice's day is the day the words state for the notice, not the day it takes effect
            words = text[: takes.start()] if takes else text
            out.append(ctx.decision(event, "effective", sub, words=words))
        return out
    reform = _reform(text)
    if reform:
        return [ctx.decision({"type": "LadderReformed", **reform}, "effective", sub, words=text)]
    renamed = _RENAME_OBJECT.search(text) or _NAME_CHANGED.search(text)
    if renamed:
        return _renamed(ctx, sub, text, renamed)
    itself = _RENAME_ITSELF.search(text)
    if itself and not _NOT_GRANTED.search(text[: itself.start()]):
        # "a decision to rename the organisation. From now on it is called the X": the new name follows
        after = [p for p in ctx.sentences if p.start >= sub.end][:1]
        called = _CALLED.search(after[0].norm) if after else None
        if called:
            event = {"type": "NameChanged", "name": (called.group("name") or called.group("name2")).strip()}
            cand = ctx.decision(event, "effective", sub, words=text)
            return [
                Candidate(cand.record, {**cand.event, "more_sources": [ctx.source(after[0])]}, note=cand.note)
            ]
    vacant = _VACANT.search(text)
    if vacant:
        chair = (vacant.group("chair") or vacant.group("chair2") or "").lower()
        event = {"type": "PresidencyVacated"}
        if chair not in ("presidency", "chairmanship", "chair"):
            event["chair"] = chair
        return [ctx.decision(event, "effective", sub, words=text)]
    return []


_ENDS_LATER = re.compile(
    r"\b(?:membership|withdrawal|departure)\s+(?:will\s+|would\s+|is\s+to\s+)?(?:therefore\s+|thus\s+)?"
    r"(?:end|take\s+effect|become\s+effective|be\s+effective)\s+(?:on|in|from|as\s+of)\s+(?P<when>[^,;.]+)",
    re.I,
)


def _takes_effect_later(ctx: Context, sub: Passage) -> str | None:
    """When a notice takes effect, from one of the next four sentences ("Its membership will therefore end in
    November 2023"), at the precision the text gives (a day or a month)."""
    for later in [p for p in ctx.sentences if p.start >= sub.end][:4]:
        m = _ENDS_LATER.search(later.norm)
        if m:
            found = [
                d for d in find_dates(m.group("when"), ctx.year) if d.kind.rstrip("?") in ("day", "month")
            ]
            if found:
                return found[0].edtf
    return None


_BACKGROUND = re.compile(
    r"\b(?:earlier\s+(?:this|that|in\s+the)\s+(?:year|month)|last\s+(?:year|month)|once\s+before|in\s+the\s+past"
    r"|(?:two|three|four|five|several|\d+)\s+(?:years|months)\s+(?:ago|earlier))\b",
    re.I,
)


def _elsewhen_clause(ctx: Context, text: str) -> bool:
    """Whether the clause dates what it tells a month or more away from the text's own day (history)."""
    near = ctx.anchor.day
    if near is None and ctx.meeting is not None and len(ctx.meeting.last_day) >= 10:
        near = dt.date.fromisoformat(ctx.meeting.last_day[:10])
    if _BACKGROUND.search(text):
        return True  # "Earlier this year the Union also suspended X and Y"
    if near is None:
        return False
    for d in find_dates(text, ctx.year):
        if re.search(r"\b(?:until|till|through|to|effective|from)\s+(?:on\s+)?(?:the\s+)?$", text[: d.start]):
            continue  # the end or the start of what is decided, not the day it is told of
        if re.search(
            r"\b(?:it|they|which|that)\s+had\s+(?:\w+\s+)?\w+(?:ed|en)\s+(?:(?:in|on|since)\s+)?$",
            text[: d.start],
        ):
            continue  # "lift the suspension it had imposed in August": the earlier act's day, not this one's
        if re.search(
            r"\bsuspension\b[^.;]*?\b(?:that|which)\s+(?:[\w'’-]+\s+){0,5}?\w+(?:ed|en)\s+(?:in|on|since)\s+$",
            text[: d.start],
        ):
            continue  # "ending the suspension that former President X ordered in January 2020": the earlier act's
        if d.kind.rstrip("?") in ("day", "days", "month"):
            first = d.edtf.split("/")[0]
            day = dt.date.fromisoformat(first + ("-15" if len(first) == 7 else ""))
            if abs((day - near).days) > 31:
                return True
    return False


def _reform(text: str) -> dict[str, Any] | None:
    """A reform of the ladder: statuses merged into one ("brought together in one status, 'partner'"),
    a status renamed, a new status established, a status abolished."""
    if re.search(r"\b(?:status|statuses|categor(?:y|ies))\b", text, re.I) is None:
        return None
    added = _ADDED.search(text)
    retired = _RETIRED.search(text)
    if _MERGE_VERB.search(text) or _RENAME_VERB.search(text):
        new = _NEW_STATUS.search(text)
        if new is None:
            return None
        new_slug = _term_slug(new.group("term") or new.group("quoted") or new.group("q2") or "")
        olds = []
        for m in _STATUS_TERM_RX.finditer(
            text[: new.start()] + " " * (new.end() - new.start()) + text[new.end() :]
        ):
            slug = _term_slug(m.group("term"))
            if slug not in olds and slug != new_slug and slug != "member":
                olds.append(slug)
        if not olds or not new_slug:
            return None
        return {"merged": {new_slug: olds}}
    if added and not retired:
        return {"added": [_term_slug(text[added.start("term") : added.end()])]}
    if retired and not added:
        group = "term" if retired.group("term") else "term2"
        return {"retired": [_term_slug(text[retired.start(group) : retired.end(group)])]}
    return None


def _renamed(ctx: Context, sub: Passage, text: str, m: re.Match[str]) -> list[Candidate]:
    """ "X was renamed (as) Y": the organization (X names it), one of its bodies or one of its offices."""
    old = (m.group("old") or m.group("old2") or "").strip()
    old = re.sub(r"^.*\b(?:decided|agreed|approved|resolved)\s+to\s+", "", old)
    old = re.sub(r"\s*\([^)]*\)\s*$", "", old)  # "the Cooperation Council of ... (Turkic Council)"
    new = (m.group("new") or m.group("new2") or "").strip()
    if not old or not new:
        return []
    old = re.sub(r"^(?:the\s+)", "", old)
    event: dict[str, Any] = {"type": "NameChanged", "name": new}
    named = find_parties(old)
    if named and named[0].value == ctx.org and named[0].end - named[0].start >= len(old) - 1:
        pass  # the organization itself
    elif (body := resolve_body(old, ctx.bodies, ctx.org)) is not None:
        event["body"] = body
    else:
        office = next(
            (slug for slug, rx in office_patterns(ctx.org, tuple(ctx.offices.items())) if rx.fullmatch(old)),
            None,
        )
        if office is None:
            return []
        event["office"] = office
    return [ctx.decision(event, "effective", sub, words=text)]


def _ceasing(ctx: Context, sub: Passage, party: str, takes_effect: str, text: str) -> Candidate:
    """A withdrawal that takes effect on a stated day; the notice's day from the text's own sentence about
    the notice ("had announced their withdrawal on 28 January 2024"), else the meeting's."""
    event: dict[str, Any] = {"type": "WithdrawalNotified", "party": party, "takes_effect": takes_effect}
    for passage in ctx.sentences:
        told = re.search(
            r"\b(?:announced|notified|gave\s+notice|notification|notice)\b[^.;]*?\bwithdraw\w*\b[^.;]*?\bon\s+(?P<when>\d{1,2}\s+\w+\s+\d{4}|\w+\s+\d{1,2},?\s+\d{4})"
            r"|\b(?:notified|gave\s+notice)\b[^.;]*?\bon\s+(?P<when2>\d{1,2}\s+[A-Z]\w+|[A-Z]\w+\s+\d{1,2})\b(?:,?\s+\d{4}|\s+this\s+year)?[^.;]*?\bwithdraw\w*\b",
            passage.norm,
            re.I,
        )
        days = [d for d in find_dates(told.group("when") or told.group("when2"), ctx.year)] if told else []
        if days and days[0].kind == "day" and days[0].edtf < takes_effect:
            cand = ctx.decision(event, "effective", sub, decided=False, words=text)
            dated = {**cand.event, "effective": days[0].edtf}
            if ctx.meeting is not None:
                dated["decided_on"] = ctx.meeting.last_day
            dated["more_sources"] = [ctx.source(passage)]
            src = {k: v for k, v in dated["source"].items() if k not in ("inferred", "note")}
            return Candidate("event", {**dated, "source": src})
    return ctx.decision(event, "effective", sub, words=text)


def _condition(ctx: Context, kind: str, party: str, sub: Passage, text: str) -> Candidate:
    event: dict[str, Any] = {"type": kind, "party": party, "condition": "suspended"}
    until = re.search(r"\buntil\s+(?P<when>[^,;.]+)", text) if kind == "ConditionImposed" else None
    days = (
        [d for d in find_dates(until.group("when"), ctx.year) if d.kind.rstrip("?") == "day"] if until else []
    )
    if days:
        event["until"] = days[0].edtf
    return ctx.decision(event, "effective", sub, words=text)
