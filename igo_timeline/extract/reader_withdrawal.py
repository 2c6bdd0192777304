"""The withdrawal reader: a state leaving the organization, with the day of its notice and of its effect.

Moved out of ``reader.py`` (pure move). The trigger tables of leaving (verbs, "denounce the Charter", a
notice of withdrawal given, "will no longer be a member", "X's withdrawal ..., notified on D") and
``_withdrawal``, which reads the leaver (the subject group, or the state an anaphor stands for) and gives a
``WithdrawalNotified`` dated by the notice (``_notice_day``), with the day it takes effect when the text
states one (``_takes_effect``). One concern, one module: the notice's day rules live beside the trigger.
"""

from __future__ import annotations

import re

from igo_timeline.extract.context import Context
from igo_timeline.extract.dates import WEEKDAY
from igo_timeline.extract.people import person_like
from igo_timeline.extract.reader_slots import (
    _CLAUSE_DAY,
    _past_day,
    _previous_subject,
    background,
    forms,
    names_org,
    states,
    subject,
    unreal,
    untold,
    verb_rx,
)
from igo_timeline.extract.records import Candidate
from igo_timeline.extract.text import Passage

# -- the table of acts ------------------------------------------------------------------------------

# leaving the organization: the verb's subject is the party, its object the organization
WITHDRAW_VERBS = (
    "withdraw from",
    "withdraw",
    "pull out",
    "leave",
    "exit",
    "quit",
    "pull out of",
    "drop out of",
    "walk out of",
    "opt out of",
    "secede from",
    "break away from",
)
# the organization's founding treaty denounced: the same notice
DENOUNCE_VERBS = ("denounce", "renounce")
# what a notice of leaving is called, with the verbs that give it
WITHDRAW_NOUNS = r"(?:withdrawal|exit|departure|denunciation|decision\s+to\s+(?:leave|withdraw|quit|exit))"
NOTICE_VERBS = (
    "notify",
    "announce",
    "inform",
    "give notice of",
    "serve notice of",
    "deposit",
    "submit",
    "lodge",
    "communicate",
    "deliver",
    "transmit",
    "confirm",
    "formalize",
    "formalise",
)

_WITHDRAW = re.compile(verb_rx(WITHDRAW_VERBS), re.I)
_DENOUNCE = re.compile(
    verb_rx(DENOUNCE_VERBS)
    # "denounced Monday the Constitutive Treaty": the day between the verb and its object
    + r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday))?"
    + r"\s+(?:the\s+|its\s+)?(?:(?:19|20)\d\d\s+)?(?:[A-Z][\w-]*\s+){0,4}(?:(?:Charter|Treaty|Convention|Agreement|Statute|Constitution)\b"
    + r"|(?i:founding|constitutive)\s+(?i:treaty|charter|agreement|act)\b)"
)
# a leaving told as the time since it: "three decades after X walked out", "years since X left", "the first time
# the group has met since X chose to withdraw" (a "since" clause tells a time before the sentence's own)
_YEARS_AFTER = re.compile(r"\b(?:(?:years?|decades?|months?)\s+after|since)\s+[^,;]{0,60}$", re.I)
_NOTICE = re.compile(
    verb_rx(NOTICE_VERBS)
    + r"[^.;]{0,80}?\b(?:its|their|the|of\s+(?:its|their))\s+(?:formal\s+)?"
    + WITHDRAW_NOUNS
    + r"|\b(?:letter|note|notification|notice)\s+(?:[\w,]+\s+){0,6}?"
    + verb_rx(("announce", "notify", "confirm", "communicate"))
    + r"\s+(?:its|their)\s+"
    + WITHDRAW_NOUNS,
    re.I,
)
# "the withdrawal of X from the ORG, notified on D", "X's withdrawal from the ORG, announced on D, takes effect":
# the noun with the day of its notice or of its taking effect
_WITHDRAWAL_OF = re.compile(
    r"(?:(?P<pos>[A-Z][\w'’ -]{1,60}?)(?:'s|’s)\s+|\bthe\s+)(?:formal\s+)?(?:withdrawal|exit|departure)\s+"
    r"(?:of\s+(?P<of>(?:the\s+)?[A-Z][\w'’ -]{1,60}?)\s+)?from\s+(?:the\s+)?[\w'’ -]{2,80}?,?\s+"
    r"(?=(?:(?:which\s+was|as)\s+)?(?:notified|announced|submitted|communicated|received)\s+on\b|(?:will\s+)?take[sn]?\s+effect\b)"
)
_NO_LONGER = re.compile(
    r"\b(?:will|shall|would)\s+no\s+longer\s+be\s+(?:an?\s+)?(?:member|part|party)\b", re.I
)


def _withdrawal(
    ctx: Context, sentences: list[Passage], n: int, passage: Passage, sub: Passage, text: str
) -> list[Candidate]:
    verb = None
    for m in _WITHDRAW.finditer(text):
        rest = text[m.end() :]
        # "leaving all the bodies of the G5 Sahel": the organization through its organs
        rest = re.sub(
            r"^\s+(?:all\s+(?:of\s+)?)?(?:the\s+|its\s+)?(?:bodies|organs|institutions|structures|instances)\s+of\b",
            "",
            rest,
        )
        if (
            m.group().lower().split()[0] in forms("pull") + forms("withdraw")
            and re.match(
                r"\s*(?:[,.;]|$|\s(?:and|with\s+effect|as\s+of|effective|on|at|immediately|altogether|entirely)\b)",
                rest,
            )
        ):  # "announced that they were pulling out", "decided to withdraw, with effect from ...": the org implied
            person = re.search(
                r"(?P<name>(?:[A-Z][\w'’.-]+\s+){1,4}?(?:(?:de|del|da|van|von|bin)\s+)?[A-Z][\w'’.-]+)\s+of\s+(?:the\s+)?"
                r"[A-Z][\w'’ -]*?(?:,[^,;]*,)?\s*$",
                text[: m.start()],
            )
            if person and person_like(person.group("name")):
                continue  # "X of Uruguay, the last remaining rival, withdrew": a candidate, not the state
            verb = m
            break
        if m.group().lower().split()[-1] in (*forms("withdraw"), "out"):
            continue  # "withdrew its candidacy", "pulled out its troops": bare, with another object
        obj = re.match(
            r"\s+(?P<o>(?:the\s+)?[\w'’-]+(?:\s+(?:of\s+|for\s+|the\s+|and\s+)*[A-Z][\w'’-]*)*(?:\s*\([^)]*\))?)",
            rest,
        )
        if m.group().lower().split()[0] in forms("leave") + forms("exit") + forms("quit") and not (
            obj and names_org(ctx, obj.group("o"))
        ):
            continue  # "left for Moscow", "leave office": not the organization
        if re.search(r"\b(?:from|of)$", m.group()) and not (obj and names_org(ctx, obj.group("o"))):
            continue  # "withdrew from the race", "pulled out of the talks"
        verb = m
        break
    denounce = _DENOUNCE.search(text)
    notice = _NOTICE.search(text)
    no_longer = _NO_LONGER.search(text)
    noun = _WITHDRAWAL_OF.search(text)
    # the first act the sentence tells: "denounced the founding treaty, thereby notifying its exit"
    trigger = verb or min(
        (t for t in (notice, denounce, no_longer, noun) if t), key=lambda t: t.start(), default=None
    )
    if trigger is None:
        return []
    head = text[: trigger.start()]
    # "asked to leave", "decided to withdraw", "formally notified its decision to leave": a notice given
    head_checked = re.sub(
        r"\b(?:formally\s+|officially\s+)?(?:asked|requested|decided|resolved|chose|applied)\s+to\s*$",
        " ",
        head,
    )
    head_checked = _to_come_announced(head_checked, text[trigger.end() :])
    if no_longer is not None and trigger is no_longer:
        head_checked = head  # "will no longer be a member as of": the modal is the notice's content
        if re.search(r"\b(?:not|hopes?|if|unless)\b", head, re.I):
            return []
    elif unreal(head_checked):
        return []
    if background(ctx, text) or _YEARS_AFTER.search(head):
        return []  # "three decades after Santiago walked out of the group": the leaving is history
    if re.search(r"\bto\s+have\s+$", head):
        return []  # "Colombia is so far the only country to have left the bloc": a leaving before, told as a fact
    if noun is not None and trigger is noun:
        named = noun.group("pos") or noun.group("of") or ""
        parties = states(ctx, named)[-1:]
    else:
        parties = subject(ctx, text, trigger.start())
    # the anaphor is the verb's own subject, in its clause: not "thanked X for its hospitality, and said the
    # states that have left ..." (a relative clause's antecedent the text does not name)
    own = (
        re.split(r",|;|\b(?:and|but|that|which|who)\b", text[: trigger.start()])[-1]
        + text[trigger.start() : trigger.end()]
    )
    if not parties and re.search(r"\b(?:its|the\s+country|the\s+state|it)\b", own, re.I):
        parties = _previous_subject(ctx, sentences, n)
    if not parties:
        return []
    out = []
    for p in parties[:1] if len(parties) > 1 and notice is not None else parties:
        event = {"type": "WithdrawalNotified", "party": p.value}
        # the day it takes effect is not the notice's ("decided to withdraw, with effect from 3 October")
        told = re.sub(
            r"\b(?:with\s+effect\s+(?:from|as\s+of)|effective(?:\s+(?:from|as\s+of))?|as\s+of|taking\s+effect\s+on)\s+[^,;.]+",
            " ",
            untold(text),
        )
        cand = ctx.decision(event, "effective", sub, decided=False, words=told)
        day = _notice_day(ctx, sentences, n, text)
        if day is not None:
            src = {k: v for k, v in cand.event["source"].items() if k not in ("inferred", "note")}
            cand = Candidate("event", {**cand.event, "effective": day, "source": src})
        takes = _takes_effect(ctx, sentences, n, text, cand.event.get("effective"))
        if takes:
            cand = Candidate(
                cand.record, {**cand.event, "takes_effect": takes}, note=cand.note, kind=cand.kind
            )
        out.append(cand)
    return out


# a leaving to come, told as the leaver's own announcement: "X has announced it will leave the ORG", "X declared
# that it would quit the ORG", "the country is to leave the ORG next month, its minister announced" -- the notice
# is the announcement (a state announcing its leaving gives notice of it), whatever tense the leaving is told in
_ANNOUNCING = re.compile(r"\b(?:announc\w*|declar\w*|notif\w*|inform\w*|communicated)\b", re.I)
_TO_COME_TAIL = re.compile(
    r"(?<=\S)\s+(?:will|would|shall|(?:is|are|was|were)\s+(?:set\s+|going\s+)?to)\s+(?:(?:formally|officially)\s+)?$"
)
_ATTRIBUTED_AFTER = re.compile(
    r"^[^;]*?,\s*[^,;]{0,80}?\b(?:said|says|announced|confirmed|told|stated)\b[^;]*$"
)


def _to_come_announced(head: str, after: str) -> str:
    """The words before a verb of leaving with the modal of a leaving to come blanked when the leaver announces
    it: an announcing verb before the modal ("announced it will") or an attribution after the clause ("..., the
    minister announced"). Left as they are when the leaving is conditioned ("unless", "if") or negated, or no
    announcement tells it (``unreal`` then reads the modal as not done)."""
    tail = _TO_COME_TAIL.search(head)
    if tail is None or re.search(
        r"\b(?:if|unless|provided|not|no|only|once|after|until|subject\s+to|in\s+case|depending|should|when)\b",
        after.split(";")[0],
        re.I,
    ):
        return head
    if _ANNOUNCING.search(head[: tail.start()]) or _ATTRIBUTED_AFTER.match(after):
        return head[: tail.start()] + " "
    return head


_VEHICLE = re.compile(
    r"\b(?:announc\w*|told|tells|informed|notified|wrote|confirmed|declared|letter|note|notification|address|communiqu\w*|statement)\b"
    rf"[^.;]{{0,120}}?\b(?:dated\s+|on\s+)(?P<day>{WEEKDAY}|\d{{1,2}}\s+[A-Z][a-z]+(?:\s+\d{{4}})?|[A-Z][a-z]+\.?\s+\d{{1,2}}(?:,?\s+\d{{4}})?)",
)


def _notice_day(ctx: Context, sentences: list[Passage], n: int, text: str) -> str | None:
    """The day a notice was given: a day its clause states ("notified ... on August 18 this year", "on
    Friday formally asked to leave"), else the day of the words that gave it ("announced on Thursday", "in
    a letter dated July 9") in the same sentence or the next."""
    for m in _CLAUSE_DAY.finditer(text):
        if re.search(
            r"\b(?:said|says|told\s+(?:\w+\s+){0,3}?|stated|added|explained)\s*$", text[: m.start()]
        ):
            continue  # "X said on Monday that Y's decision to leave ...": the day of the telling
        day = _past_day(ctx, m.group())
        if day is not None:
            return day
    for words in [text, *(s.norm for s in sentences[n : n + 2])]:
        for m in _VEHICLE.finditer(words):
            day = _past_day(ctx, f"on {m.group('day')}")
            if day is not None:
                return day
    return None


_TAKES_EFFECT = re.compile(
    r"\b(?:membership|withdrawal|departure|exit)\s+(?:will\s+|would\s+|is\s+to\s+)?(?:therefore\s+|thus\s+)?"
    r"(?:end|take\s+effect|become\s+effective|be\s+effective|took\s+effect|takes\s+effect)\s+(?:on\s+|in\s+|from\s+|as\s+of\s+)?(?P<when>[^,;.]+(?:,\s*\d{4})?|immediately)"
    r"|\bno\s+longer\s+be\s+(?:an?\s+)?member\b[^,;.]*?\b(?:as\s+of|from|on)\s+(?P<when2>[^,;.]+(?:,\s*\d{4})?)"
    # "said they were leaving ..., with effect from 29 November"
    r"|\b(?:leav\w*|withdraw\w*|pull\w*\s+out|quit\w*|exit\w*)\b[^.;]*?\bwith\s+effect\s+from\s+(?P<when3>[^,;.]+(?:,\s*\d{4})?)",
    re.I,
)


def _takes_effect(
    ctx: Context, sentences: list[Passage], n: int, text: str, notice_day: object
) -> str | None:
    """The first day without membership: stated in the clause or in one of the next three sentences
    ("membership would end as of January 1, 2019"; "took effect immediately": the notice's day)."""
    from igo_timeline.extract.dates import find_dates

    for words in [text, *(s.norm for s in sentences[n + 1 : n + 4])]:
        m = _TAKES_EFFECT.search(words)
        if m is None:
            continue
        when = m.group("when") or m.group("when2") or m.group("when3") or ""
        if when.strip().lower().startswith("immediately") or re.search(r"\bat\s+once\b", when):
            return str(notice_day) if notice_day else None
        found = [d for d in find_dates(when, ctx.year) if d.kind.rstrip("?") in ("day", "month")]
        if found:
            return found[0].edtf
    return None
