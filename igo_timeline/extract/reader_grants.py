"""The grant reader: a state admitted, granted a status, or back from a suspension.

Moved out of ``reader.py`` (pure move). The trigger tables of admission ("approved the accession of X",
"X is now a member of", "was welcomed as its newest member", "became an observer", "joined as the 165th
member", "granted X observer status", "readmitted X to the activities of") and their readers, each giving
``StatusGranted`` (:func:`grants_to`) or ``ConditionLifted`` from its trigger and the arguments in its
clause. Kept apart from withdrawals: the two share only the slots of ``reader_slots``.
"""

from __future__ import annotations

import re

from igo_timeline.extract.context import Context
from igo_timeline.extract.dates import MONTH, MONTHS, find_dates
from igo_timeline.extract.names import Found, find_parties
from igo_timeline.extract.reader_slots import (
    _DECIDED_TO,
    _NOW_ON,
    ORDINAL,
    _previous_subject,
    background,
    capitals,
    groups,
    names_org,
    object_,
    states,
    subject,
    unreal,
    verb_rx,
)
from igo_timeline.extract.records import Candidate
from igo_timeline.extract.text import Passage

# a state's acts the organization decides on: the object (active) or the subject (passive) is the party
ADMIT_NOUNS = (
    r"(?:accession|admission|readmission|re-?entry|return|incorporation|entry|membership|integration)"
)
# "X's membership was approved unanimously": the noun first, the approving verb passive
_NOUN_APPROVED = re.compile(
    r"(?P<pos>[A-Z][\w'’ -]{1,60}?)(?:'s|’s)\s+(?:full\s+)?(?:accession|admission|membership|application\s+for\s+membership)\b[^,;.]{0,40}?"
    r"\s+(?:was|were|has\s+been|have\s+been)\s+(?:\w+\s+)?(?:approved|accepted|endorsed|confirmed|agreed)\b"
)
APPROVE_VERBS = (
    "approve",
    "endorse",
    "agree to",
    "accept",
    "confirm",
    "ratify",
    "decide on",
    "vote for",
    "welcome",
)
# lifting a suspension told of the state itself
RETURN_PHRASES = (
    r"\b(?:took|takes|has\s+taken|retook|retakes|resumed|resumes|has\s+resumed|regained|regains|reclaimed)\s+(?:up\s+)?(?:its|their)\s+(?:seat|place)(?:\s+(?:again|once\s+more|anew))?\b"
    r"|\b(?:returned|returns|has\s+returned|came\s+back|comes\s+back)\s+to\s+(?:the\s+)?(?:table|fold|organi[sz]ation|bloc|community|union|[A-Z]{2,6})\b"
)
_RETURN = re.compile(RETURN_PHRASES, re.I)
_APPROVE_NOUN = re.compile(
    verb_rx(APPROVE_VERBS)
    + r"\s+(?:the\s+|its\s+|their\s+)?(?P<pos>[A-Z][\w'’ -]{1,60}?(?:'s|’s)\s+)?(?:formal\s+|full\s+)?"
    + ADMIT_NOUNS
    + r"\b(?:\s+of\s+(?P<of>(?:the\s+)?[A-Z][^,;]{1,80}?))?(?=\s+(?:as|into|to|in|at|on|from|with)\b|[,;.]|$)",
    re.I,
)
_IS_NOW = re.compile(
    r"\b(?:is|are|has\s+(?:now\s+)?become|have\s+(?:now\s+)?become)\s+(?:now|henceforth|from\s+(?:now|today)\s+on)\s+(?:an?\s+|the\s+)?"
    r"(?:full(?:-fledged)?\s+|new\s+|"
    + ORDINAL
    + r"\s+)*(?P<status>associate(?:d)?\s+member|observer|dialogue\s+partner|member|partner)(?:\s+(?:state|country))?"
    r"\s+of\s+(?P<org>(?:the\s+)?[A-Z][^,;.]{1,90}?)(?=[,;.]|$|\s+(?:after|following|as|from|since|with)\b)",
    re.I,
)
# the party's own gain: "X has obtained observer status at the ORG", "Y gained the status of an observer in the ORG"
_GAIN = r"\b(?:has\s+|have\s+)?(?:now\s+|finally\s+|officially\s+)?(?:obtained|gained|secured|acquired|won|regained)\s+(?:the\s+)?"
_STATUS_WORDS = r"(?P<status>(?:associate(?:d)?\s+member|observer|dialogue\s+partner|member|partner)(?:\s+(?:state|country))?)"
_ORG_AFTER = r"\s+(?:at|in|with|of|to)\s+(?P<org>(?:the\s+)?[A-Z][^,;.]{1,90}?)(?=[,;.]|$|\s+(?:after|following|as|from|since|with|on|in)\b|\s+\()"
_OBTAINED = re.compile(_GAIN + _STATUS_WORDS + r"\s+status" + _ORG_AFTER, re.I)
_OBTAINED_OF = re.compile(_GAIN + r"status\s+of\s+(?:an?\s+)?" + _STATUS_WORDS + _ORG_AFTER, re.I)
# "X was welcomed as the newest member of the ORG", "X was received into the ORG as its 12th member"
_WELCOMED_AS = re.compile(
    r"\b(?:was|were|has\s+been|have\s+been)\s+(?:formally\s+|officially\s+|warmly\s+)?"
    # "were declared observer states of the Alliance": declared, designated or recognized, "as" or not
    r"(?:(?:welcomed|received|accepted)\s+(?:(?:in)?to\s+(?P<into>(?:the\s+)?[A-Z][^,;.]{1,60}?)\s+)?as\s+(?:the|a|an|its)\s+"
    r"|(?:declared|designated|recognized|recognised)\s+(?:as\s+)?(?:(?:the|a|an|its)\s+)?)(?:newest\s+|new\s+|full\s+|"
    + ORDINAL
    + r"\s+)*(?P<status>associate(?:d)?\s+member|observer|dialogue\s+partner|member|partner)(?:\s+(?:state|country))?"
    r"(?:\s+of\s+(?P<org>(?:the\s+)?[A-Z][^,;.]{1,90}?))?(?=[,;.]|$|\s)"
)
# "X became a permanent member of the ORG", "Y has become its 12th member state", "Z was made an observer of the ORG"
_BECAME = re.compile(
    r"\b(?:became|becomes|has\s+become|have\s+become|was\s+made|were\s+made|is\s+made)\s+(?:an?\s+|the\s+|its\s+)?"
    # (the organization's abbreviation before the status: "became a BRICS partner country")
    r"(?:(?P<org0>(?-i:[A-Z][A-Z0-9&-]{1,9}))\s+)?"
    r"(?:(?:new|newest|permanent|full(?:-fledged)?|official|formal|"
    + ORDINAL
    + r")\s+)*(?P<status>associate(?:d)?\s+member|observer|dialogue\s+partner|member|partner)s?(?P<kind>\s+(?:state|country|countries|organi[sz]ation)s?)?"
    r"(?:\s+(?:of|in)\s+(?P<org>(?:the\s+)?[A-Z][\w'’&-]*(?:\s+(?:of\s+|for\s+|the\s+|and\s+)*[A-Z0-9][\w'’&-]*)*))?"
    # ("observer countries of the Association of Caribbean States (ACS) following ...": its initials after it)
    r"(?:\s*\((?-i:[A-Z][A-Z0-9&-]{1,9})\))?"
    r"(?=[,;.]|$|\s+(?:on|at|after|following|as|from|since|with|in|when|today|yesterday|this)\b)"
)
# "X and Y will become BRICS partner states from 1 January 2025", "Z will become a member of the ORG as of 1
# July": a status decided with the day it starts (a future with no day, "will become a member once ...", is none)
_WILL_BECOME_FROM = re.compile(
    r"\bwill\s+(?:officially\s+|formally\s+)?become\s+(?:an?\s+|the\s+|its\s+)?"
    r"(?:(?P<org0>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,3})(?:['’]s)?\s+)?(?:(?:new|newest|full(?:-fledged)?|"
    + ORDINAL
    + r")\s+)*"
    r"(?P<status>associate(?:d)?\s+member|observer|dialogue\s+partner|member|partner)s?(?P<kind>\s+(?:state|country|countries)s?)?"
    r"(?:\s+(?:of|in)\s+(?P<org>(?:the\s+)?[A-Z][\w'’&-]*(?:\s+(?:of\s+|for\s+|the\s+|and\s+)*[A-Z0-9][\w'’&-]*)*))?"
    r",?\s+(?:from|as\s+of|starting(?:\s+(?:from|on))?|effective|with\s+effect\s+from|on)\s+(?=\S)"
)
# "X joined the ORG", "Y joined as the 165th (member)": the party's own act, done
_JOINED_AS = re.compile(
    r"\b(?:joined|has\s+joined|have\s+joined)\s+"
    r"(?:(?P<org>(?:the\s+)?[A-Z][\w'’&-]*(?:\s+(?:of\s+|for\s+|the\s+|and\s+)*[A-Z0-9][\w'’&-]*)*)(?=[\s,.;]|$)\s*)?"
    r"(?:as\s+(?:an?\s+|the\s+|its\s+)?(?P<rank>(?:(?:new|newest|full|"
    + ORDINAL
    + r")\s*)*)(?P<status>associate(?:d)?\s+member|observer|dialogue\s+partner|member|partner)?s?\b)?"
)
# what a status is called in a grant: "membership", "observer status", "the status of an observer state"
STATUS_PHRASE = (
    r"(?:(?:full(?:-fledged)?\s+|associate\s+)?membership"
    r"|(?:the\s+)?(?:status|rank)\s+of\s+(?:an?\s+)?(?:full\s+)?(?:associate(?:d)?\s+member|observer|dialogue\s+partner|member|partner)(?:\s+(?:state|country))?"
    r"|(?:associate(?:d)?\s+member|observer|dialogue[\s-]partner|member|partner)(?:\s+(?:state|country))?\s+status)"
)
_GRANT_VERB = verb_rx(("grant", "give", "accord", "confer", "award", "extend"))
# "decided to grant Finland membership", "gave X and Y observer status"
_GRANT_OBJECT = re.compile(_GRANT_VERB + r"(?=\s+(?:the\s+)?[A-Z])", re.I)
_GRANTED_PASSIVE = re.compile(
    r"\s+(?:was|were|has\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:granted|given|accorded|awarded|conferred)\s+(?P<what>"
    + STATUS_PHRASE
    + r")\b",
    re.I,
)
_STATUS_TO = re.compile(_GRANT_VERB + r"\s+(?P<what>" + STATUS_PHRASE + r")\s+(?:to|on|upon)\b", re.I)
# "approved the application of Saint Lucia for observer status", "accepted X's request for membership"
_APPLICATION_APPROVED = re.compile(
    verb_rx(("approve", "accept", "endorse", "grant", "uphold"))
    + r"\s+(?:the\s+)?(?:(?P<pos>[A-Z][\w'’ -]{1,60}?)(?:'s|’s)\s+)?(?:membership\s+)?(?:application|request|bid|candidacy)"
    r"(?:\s+(?:of|from)\s+(?P<of>(?:the\s+)?[A-Z][^,;]{1,60}?))?\s+(?:for|to\s+(?:become|be\s+granted|obtain))\s+(?P<what>[^,;.]{3,80})",
    re.I,
)
_MODAL = re.compile(r"\b(?:would|could|might|should|may|must)\b")
# "readmitted X to the activities of the ORG": the suspension lifted
_READMITTED_TO = re.compile(
    verb_rx(("readmit", "reinstate", "restore", "re-admit"))
    + r"\s+(?P<who>(?:the\s+)?[A-Z][^,;]{1,80}?)\s+(?:to|in|into)\s+(?:(?:all|full)\s+)?(?:the\s+)?(?:its\s+)?"
    r"(?:activities|work|organs|institutions|bodies|decision-making|deliberations|meetings|councils)\b",
    re.I,
)
# "the return of X to the ORG has taken effect", "X's readmission to the ORG took effect": membership again
_RETURN_OF = re.compile(
    r"\b(?:the\s+)?(?:(?P<pos>[A-Z][\w'’ -]{1,60}?)(?:'s|’s)\s+)?(?:return|readmission|re-?entry|re-?admission)"
    r"(?:\s+of\s+(?P<of>(?:the\s+)?[A-Z][\w'’ -]{1,60}?))?\s+(?:to|into)\s+(?P<org>(?:the\s+)?[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*)*)"
    r"\s+(?:has\s+taken\s+effect|took\s+effect|takes\s+effect|has\s+become\s+effective|became\s+effective|is\s+effective)"
)
# "With the admission of X, the ORG now has 12 members": the count tells the admission done
_WITH_ADMISSION = re.compile(
    r"\b[Ww]ith\s+(?:the\s+)?(?:admission|accession|entry)\s+of\s+(?P<of>[^,;]{2,80}?),\s+(?:the\s+)?[\w'’ -]{1,60}?\s+"
    r"(?:now\s+)?(?:has|have|counts|numbers|comprises|grows\s+to|grew\s+to)\s+(?:\w+\s+)?(?:\d+|[a-z]+(?:-[a-z]+)?)\s+(?:full\s+)?members\b"
)
_TAKES_PART_AS = re.compile(
    r"\b(?:take|takes|took|taking|will\s+take)\s+part\s+in\s+(?P<org>(?:the\s+)?[A-Z][^,;.]{1,90}?)\s+as\s+(?:an?\s+|the\s+)?"
    r"(?P<status>associate(?:d)?\s+member|observer|dialogue\s+partner|full\s+member|member|partner)(?:\s+(?:state|country))?\b"
    r"|\b(?:participate|participates|participated)\s+in\s+(?P<org2>(?:the\s+)?[A-Z][^,;.]{1,90}?)\s+as\s+(?:an?\s+|the\s+)?"
    r"(?P<status2>associate(?:d)?\s+member|observer|dialogue\s+partner|full\s+member|member|partner)\b",
    re.I,
)


def _granted(ctx: Context, sentences: list[Passage], n: int, sub: Passage, text: str) -> list[Candidate]:
    from igo_timeline.extract.decisions import _term_slug

    out: list[Candidate] = []
    counted = _WITH_ADMISSION.search(text)
    if counted is not None and not unreal(text[: counted.start()]):
        return grants_to(ctx, states(ctx, counted.group("of")), "member", sub, text)
    now = (
        _IS_NOW.search(text)
        or _WELCOMED_AS.search(text)
        or _OBTAINED.search(text)
        or _OBTAINED_OF.search(text)
    )
    part = _TAKES_PART_AS.search(text)
    approve = _APPROVE_NOUN.search(text)
    if now or part:
        m = now or part
        assert m is not None
        org = (
            (m.group("org") or m.groupdict().get("into") or "the organization")
            if now
            else (m.group("org") or m.group("org2"))
        )
        status_words = m.group("status") if now else (m.group("status") or m.group("status2"))
        head = text[: m.start()]
        if part is not None and now is None and not _NOW_ON.search(text):
            return []  # "X takes part in the ORG as an associate member": a state that holds, no act
        if not names_org(ctx, org) or unreal(head + m.group(), text) or background(ctx, text):
            return []
        parties = subject(ctx, text, m.start())
        if not parties:
            return []
        out.extend(grants_to(ctx, parties, _term_slug(status_words), sub, text))
        return out
    passive = _NOUN_APPROVED.search(text)
    if (
        approve is None
        and passive is not None
        and not unreal(text[: passive.start()])
        and not background(ctx, text)
    ):
        return grants_to(ctx, states(ctx, passive.group("pos"))[-1:], "member", sub, text)
    if approve:
        into = re.match(
            r"\s+(?:in)?to\s+(?P<what>(?:the\s+)?[A-Z][^,;.]{1,80}?)(?=\s+(?:as|on|at|in|with)\b|[,;.]|$)",
            text[approve.end() :],
        )
        if into and not names_org(ctx, into.group("what")):
            return []  # "the accession of X to the World Trade Organization": another body's membership
        if approve.group().lower().startswith("welcom") and re.search(r"\bentry\b", approve.group(), re.I):
            return []  # "welcomed X's entry into the ORG": the entry told as done elsewhere, dated by no decision here
        head = text[: approve.start()]
        if unreal(head) or background(ctx, text):
            return []
        named = approve.group("pos") or approve.group("of") or ""
        parties = states(ctx, named) if named else []
        if not parties and re.match(r"(?:its|their)\b", text[approve.start() :].split(None, 1)[-1], re.I):
            parties = _previous_subject(ctx, sentences, n)
        if not parties:
            return []
        after = text[approve.end() : approve.end() + 100]
        status_m = re.match(  # "the return of Chile to the bloc as an associate member": the body between
            r"(?:\s+(?:in)?to\s+(?:the\s+)?[\w' -]{1,40}?)?\s+as\s+(?:an?\s+|the\s+)?(?:full(?:-fledged)?\s+|new\s+)?(?P<s>associate(?:d)?\s+member|observer|dialogue\s+partner|member|partner)",
            after,
            re.I,
        )
        if status_m is None and re.search(r"\b(?:return|readmission|re-?entry)\b", approve.group(), re.I):
            return (
                out  # "approved the return of Syria": a suspension lifted (read elsewhere), no status granted
            )
        status = _term_slug(status_m.group("s")) if status_m else "member"
        out.extend(grants_to(ctx, parties[:1] if approve.group("pos") else parties, status, sub, text))
    return out


def any_parties(ctx: Context, text: str) -> list[Found]:
    """The parties a clause names, states or organizations of the party registry ("the African Union"), the
    text's own organization aside."""
    found = [
        p for p in find_parties(ctx.without_dateline(text), exclude=[ctx.org]) if not _own_org_code(ctx, p)
    ]
    return sorted(found + [c for c in capitals(ctx, text) if not any(f.start < c.end and c.start < f.end for f in found)],
                  key=lambda f: f.start)  # fmt: skip


def _own_org_code(ctx: Context, p: Found) -> bool:
    return p.value == ctx.org or p.value.replace("-", "") == ctx.org.replace("-", "")


_APPOSITION = re.compile(r",\s*(?:one\s+of|an?|home\s+to|which|who|whose)\s[^,;]*,")


def _became(ctx: Context, sub: Passage, text: str) -> list[Candidate]:
    """A party that became a member (an observer, a partner) of the organization: a state or an organization of
    the party registry ("The African Union became a permanent member of the Group of Twenty on Saturday"),
    the subject group before the verb, the organization the object. Not when told as unreal or background,
    nor of another organization."""
    from igo_timeline.extract.decisions import _term_slug, back_again, lifted_for

    m = _BECAME.search(text)
    joined = _JOINED_AS.search(text) if m is None else None
    if joined is not None:
        org = joined.group("org")
        named = org is not None and names_org(ctx, org)
        if not named and not (
            org is None and joined.group("rank") and re.search(r"\d|th\b|st\b", joined.group("rank"))
        ):
            return []  # "joined the talks", "joined the Alpine Forum": not the organization
        m = joined
    if m is None:
        return _will_become_from(ctx, sub, text) or _admission_of(ctx, sub, text)
    org = m.group("org") or (m.groupdict().get("org0") if m is not joined else None)
    if m is not joined and org is None and re.search(r"\b(?:on\s+the\s+same\s+(?:date|day)|also)\b", text):
        # "B, C and D became partner countries on the same date": the organization the sentence before names
        before = [p for p in ctx.sentences if p.end <= sub.start][-1:]
        told = _BECAME.search(before[0].norm) if before else None
        if told is not None and told.group("status") == m.group("status"):
            org = told.group("org") or told.groupdict().get("org0")
    if m is not joined and (org is None or not names_org(ctx, org)):
        return []
    head = text[: m.start()]
    # the act's own clause: a participle or a relative clause after it tells of something else ("..., entering
    # the tier of partners that the bloc created in 2024": the tier's year, not the act's)
    own = (
        text[: m.end()]
        + re.split(r",\s+(?:(?-i:[a-z]+ing)|which|that|who|whose|where)\b", text[m.end() :], maxsplit=1)[0]
    )
    if unreal(head) or background(ctx, own) or re.search(r"\b(?:had|once|first|previously)\b", head, re.I):
        return []
    # an apposition between the subject and the verb names no member: "X, a western neighbour of Y, has
    # become a full member", "X, a country of 40 million, became"
    head = _APPOSITION.sub(lambda a: " " * len(a.group()), head)
    found = [g for g in groups(any_parties(ctx, head), head) if g]
    if not found:
        return []
    last = found[-1]
    if re.search(
        r"[;:]|\b(?:that|which|who|when|while|whereas|but|after|before|since)\b", head[last[-1].end :]
    ):
        return []
    if back_again(ctx, text[m.end() :]):  # "X became a full member again today": back, the suspension lifted
        return lifted_for(ctx, last, sub, text)
    # ("a partner country": BRICS's status of that name, the kind word with the status's)
    status = (m.group("status") or "member") + (m.groupdict().get("kind") or "")
    return grants_to(ctx, last, _term_slug(status), sub, text, decided=m is not joined)


def _will_become_from(ctx: Context, sub: Passage, text: str) -> list[Candidate]:
    """A status that starts on a day the clause names, told in the future ("X, Y and Z will become BRICS
    partner states from January 1, 2025"): decided, effective that day. The organization named before or after
    the status; the subject a group of parties with nothing between it and the verb."""
    from igo_timeline.extract.decisions import _term_slug

    m = _WILL_BECOME_FROM.search(text)
    if m is None:
        return []
    org = m.group("org") or m.group("org0")
    day = find_dates(text[m.end() : m.end() + 40])
    if org is None or not names_org(ctx, org) or not day or day[0].kind != "day" or day[0].start > 0:
        return []
    head = text[: m.start()]
    if (
        unreal(head)
        or background(ctx, text)
        or re.search(r"\b(?:once|provided|after|when)\b", head, re.I)  # a condition ("if" is unreal's)
    ):
        return []
    found = [g for g in groups(any_parties(ctx, head), head) if g]
    if not found or re.search(r"[;:]|\b(?:that|which|who|while|but)\b", head[found[-1][-1].end :]):
        return []
    status = _term_slug(m.group("status") + (m.group("kind") or ""))
    return grants_to(ctx, found[-1], status, sub, text, effective=day[0].edtf)


# the admission named by its noun, with the status the party takes: "the admittance of X and Y as the newest members
# of the ORG", "opened with the admission of X as a full member", "marked the inclusion of X as the bloc's
# newest member" -- the act the organization took, told as a noun (the verb is the sentence's frame)
_ADMISSION_OF = re.compile(
    r"\b(?:admission|admittance|inclusion|induction|acceptance)\s+of\s+(?P<who>(?:the\s+)?[A-Z][^;:()]{1,120}?)\s+as\s+"
    r"(?:(?:the|an?|its|their)\s+)?(?:(?P<org0>(?:the\s+)?[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,4})['’]s?\s+)?"
    r"(?:(?:newest|new|full(?:-fledged)?|permanent|official|"
    + ORDINAL
    + r")\s+)*(?P<status>associate(?:d)?\s+member|observer|dialogue\s+partner|member|partner)s?(?P<kind>\s+(?:state|country|countries)s?)?"
    r"(?:\s+(?:of|in)\s+(?P<org>(?:the\s+)?[A-Z][\w'’&-]*(?:\s+(?:of\s+|for\s+|the\s+|and\s+)*[A-Z0-9][\w'’&-]*)*))?"
)
# a frame that tells the admission as not (yet) done: talked of, sought, backed, opposed, put off
_NOT_DONE_FRAME = re.compile(
    r"\b(?:discuss|debat|consider|support|back|oppos|call|seek|sought|request|appl|pav|prepar|push|await|block|veto"
    r"|reject|postpon|delay|defer|review|examin|stud|propos|recommend|favou?r|lobby|campaign|bid|hope|expect|road"
    r"|procedur|process|launch|initiat|criteri|condition|requir|negotiat|talk|question|issue|matter)\w*\b",
    re.I,
)


def _admission_of(ctx: Context, sub: Passage, text: str) -> list[Candidate]:
    """An admission told by its noun with the status taken ("Another major development was the admittance of X
    and Y as the newest members of the ORG"): a grant to each party the noun names, of the organization (named
    after the status, as its possessive, or left implied: "as its permanent member"). Not when the frame
    before tells it as sought, backed, debated or put off, nor when the words after say it is to come."""
    from igo_timeline.extract.decisions import _term_slug

    m = _ADMISSION_OF.search(text)
    if m is None:
        return []
    org = m.group("org") or m.group("org0")
    if org is not None and not names_org(ctx, org):
        return []
    head, rest = text[: m.start()], text[m.end() :]
    if unreal(head) or background(ctx, text) or _NOT_DONE_FRAME.search(head):
        return []
    if re.search(
        r"\b(?:will|would|shall|could|may|might|pending|expected|awaits?|remains?|once|if|when)\b", rest
    ):
        return []
    parties = [g for g in groups(any_parties(ctx, m.group("who")), m.group("who")) if g]
    if len(parties) != 1:
        return []  # one coordinated run of parties, or none: "of X, whose bid Y backed": no reading
    shift = m.start("who")
    found = [Found(p.start + shift, p.end + shift, p.value) for p in parties[0]]
    return grants_to(ctx, found, _term_slug(m.group("status") + (m.group("kind") or "")), sub, text)


# "as partner countries, from 1 January 2025": the day a status is in force from, right after the grant's words
_IN_FORCE_SINCE = re.compile(
    r"(?:,\s*|\s+)(?:from|as\s+of|since|effective(?:\s+from)?|with\s+effect\s+from|starting(?:\s+(?:from|on))?)\s+(?=\S)"
)


def in_force_before(ctx: Context, text: str) -> bool:
    """Whether a clause that tells a status names the day it is in force from, before the day of the telling
    ("welcomed Indonesia as a member, and X and Y as partner countries, from 1 January 2025", told at an April
    meeting; "since January 2025" at its precision, the month): a status decided before the text's meeting or
    dateline, no decision of it."""
    told = ctx.meeting.date.split("/")[0] if ctx.meeting else None
    told = told or (ctx.anchor.day.isoformat() if ctx.anchor.day else None)
    if told is None:
        return False
    for since in _IN_FORCE_SINCE.finditer(text):
        day = find_dates(text[since.end() : since.end() + 40], ctx.anchor.year)
        if day and day[0].start == 0 and day[0].kind.rstrip("?") in ("day", "month"):
            if day[0].edtf < told[: len(day[0].edtf)]:
                return True
    return False


def grants_to(
    ctx: Context,
    parties: list[Found],
    status: str,
    sub: Passage,
    text: str,
    *,
    decided: bool = True,
    effective: str | None = None,
) -> list[Candidate]:
    """A grant of ``status`` to each of ``parties``, from the day of the clause ``text`` tells it in; a grant
    whose start the clause names (``effective``) is decided on that day of the telling instead."""
    if effective is None and in_force_before(ctx, text):
        return []
    if effective is None and parties:
        effective = _month_to_come(ctx, text, parties[-1].end)
    start = {"effective": effective} if effective else {}
    return [
        ctx.decision(
            {"type": "StatusGranted", "party": p.value, "status": status, **start},
            "decided_on" if effective else "effective",
            sub,
            decided=decided,
            words=text,
        )
        for p in parties
    ]


def _month_to_come(ctx: Context, text: str, after: int) -> str | None:
    """ "agreed yesterday to admit A, B and C as new members in July": the month the admission takes effect, after
    the text's day (the decision told before it in the infinitive), else None."""
    near = ctx.near
    if near is None or not _DECIDED_TO.search(text[:after]):
        return None
    m = re.match(
        rf"[^.;]{{0,40}}?\b(?:in|from|as\s+of)\s+(?P<m>{MONTH})\b(?!\s+\d{{1,2}}\b)(?:\s+(?P<y>(?:19|20)\d\d))?",
        text[after:],
    )
    if m is None:
        return None
    month = MONTHS[m.group("m").lower()]
    year = int(m.group("y")) if m.group("y") else near.year if month > near.month else near.year + 1
    return f"{year}-{month:02d}" if (year, month) > (near.year, near.month) else None


def _status_of(words: str) -> str | None:
    from igo_timeline.extract.decisions import _status_slug

    m = re.search(r"associate(?:d)?\s+member|observer|dialogue[\s-]partner|member|partner", words, re.I)
    return _status_slug(m.group()) if m else None


def _granted_status(ctx: Context, sub: Passage, text: str) -> list[Candidate]:
    """A status granted to the parties a verb names ("decided to grant Finland membership", "gave X and Y
    observer status") or an application for one approved ("approved the application of Saint Lucia for
    observer status"): a grant of that status from the clause's day."""
    out: list[Candidate] = []
    for m in _GRANT_OBJECT.finditer(text):
        head = re.sub(r"\b(?:decided|agreed|resolved|voted)\s+to\s*$", "", text[: m.start()])
        if unreal(head) or background(ctx, text):
            continue
        parties = object_(ctx, text, m.end())
        if not parties:
            continue
        status_m = re.match(r"\s*" + STATUS_PHRASE + r"\b", text[parties[-1].end :], re.I)
        status = _status_of(status_m.group()) if status_m else None
        if status is None:
            continue
        out.extend(grants_to(ctx, parties, status, sub, text))
        return out
    passive = _GRANTED_PASSIVE.search(text)  # "Denmark was granted membership"
    if passive is not None and not unreal(text[: passive.start()]) and not background(ctx, text):
        status = _status_of(passive.group("what"))
        parties = subject(ctx, text, passive.start())
        if status is not None and parties:
            return grants_to(ctx, parties, status, sub, text)
    to = _STATUS_TO.search(text)  # "accorded membership to X", "conferred observer status on X"
    if to is not None and not unreal(text[: to.start()]) and not background(ctx, text):
        status = _status_of(to.group("what"))
        parties = object_(ctx, text, to.end())
        if status is not None and parties:
            return grants_to(ctx, parties, status, sub, text)
    app = _APPLICATION_APPROVED.search(text)
    if app is not None and re.match(r"\w+ing\b", app.group()) and _MODAL.search(text[app.start("what") :]):
        app = None  # "accepting X's application for membership would be wrong": the act as a clause's subject, talked of
    if app is None or unreal(text[: app.start()]) or background(ctx, text):
        return out or _counted_grant(ctx, sub, text)
    status = _status_of(app.group("what")) if re.search(STATUS_PHRASE, app.group("what"), re.I) else None
    if status is None and re.match(r"\s*(?:join|membership|a\s+member)", app.group("what"), re.I):
        status = "member"
    parties = states(ctx, app.group("pos") or app.group("of") or "")
    if status is None or not parties:
        return out
    out.extend(grants_to(ctx, parties, status, sub, text))
    return out


# a grant told of a counted or announced group whose members a list names after a colon or in an apposition:
# "three further states became partners of the ORG: A, B and C", "five other governments, A to E, were
# admitted as observers", "the following states were given membership: A, B". The count ("new", "more", a number, "the
# following") with a grant verb tells a grant made now; a tally of those who hold the status ("A and B hold
# observer status") has no such verb
_NUMBER = r"(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a\s+(?:number|group)\s+of)"
_GROUP = (
    r"(?:(?:another|" + _NUMBER + r")\s+(?:more\s+|new\s+|other\s+|additional\s+|further\s+)?"
    r"|the\s+following\s+(?:new\s+)?)(?:countries|states|nations|governments|members|economies)"
)
_GRANT_TOLD = (
    r"(?:joined|became|have\s+become|were\s+(?:(?:formally|officially|also)\s+)?(?:granted|given|accorded|admitted|accepted"
    r"|welcomed|declared|designated|approved|received)|(?:obtained|received|gained|acquired|were\s+awarded))\b"
)
_COUNTED_GRANT = re.compile(
    r"\b(?P<group>"
    + _GROUP
    + r")\b(?P<appos>\s*,\s*[^,;:]*(?:,\s*[^,;:]*){0,12}?,)?\s+(?:also\s+)?"
    + _GRANT_TOLD
    + r"(?P<what>[^:;.]{0,80}?\b(?:associate(?:d)?\s+members?|observers?|dialogue\s+partners?|members?|partners?|membership)\b[^:;.]{0,60}?)"
    r"(?:\s*:\s*(?P<list>[^:;]+?)(?=[;.]?$|,\s+(?:bringing|raising|taking|making|which|who)\b|;)|(?=[,;.]|$))",
    re.I,
)


def _counted_grant(ctx: Context, sub: Passage, text: str) -> list[Candidate]:
    """A status granted to a counted group whose states a list names ("three further states became partners of
    the ORG: A, B and C"; "five other governments, A to E, were admitted as observers"): a grant to each state
    of the list, when the clause names the organization or no other one, and tells it neither as to come nor
    as history."""
    m = _COUNTED_GRANT.search(text)
    if m is None or (m.group("list") is None and m.group("appos") is None):
        return []
    what = m.group("what")
    other = re.search(
        r"\b(?:of|to|in|joined)\s+(?P<org>(?:the\s+)?[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*)*)", m.group()
    )
    if other is not None and not names_org(ctx, other.group("org")):
        return []  # "three new states joined the Q Union as observers": another body's grant
    if unreal(text[: m.start()], text) or background(ctx, text):
        return []
    status = _status_of(what)
    named = m.group("list") or m.group("appos")
    parties = [p for p in states(ctx, named) if p.value != ctx.org]
    if status is None or len(parties) < 2 and m.group("list") is None:
        return []
    shift = m.start("list") if m.group("list") is not None else m.start("appos")
    found = [Found(p.start + shift, p.end + shift, p.value) for p in parties]
    return grants_to(ctx, found, status, sub, text)


def _return_took_effect(ctx: Context, sub: Passage, text: str) -> list[Candidate]:
    """ "UNESCO announced today that the return of the United States to the Organization has taken effect":
    membership again from the day the clause tells (the words after it, "after X completed ... on Monday",
    date the step, not the return)."""
    m = _RETURN_OF.search(text)
    if m is None or not names_org(ctx, m.group("org")) or unreal(text[: m.start()]) or background(ctx, text):
        return []
    return grants_to(
        ctx, states(ctx, m.group("pos") or m.group("of") or "")[-1:], "member", sub, text[: m.end()]
    )


def _readmitted_to(ctx: Context, sub: Passage, text: str) -> list[Candidate]:
    """ "The leaders readmitted X to the activities of the ORG": the suspension of X lifted."""
    m = _READMITTED_TO.search(text)
    if m is None or unreal(text[: m.start()]) or background(ctx, text):
        return []
    parties = states(ctx, m.group("who"))
    return [
        ctx.decision(
            {"type": "ConditionLifted", "party": p.value, "condition": "suspended"},
            "effective",
            sub,
            words=text,
        )
        for p in parties
    ]


def _returned(ctx: Context, sub: Passage, text: str) -> list[Candidate]:
    """A suspended state back in its seat ("X, suspended after the coup, took its seat again"): the
    suspension lifted."""
    m = _RETURN.search(text)
    if m is None or not re.search(r"\bsuspen", ctx.doc.text, re.I):
        return []
    head = text[: m.start()]
    if unreal(head) or background(ctx, text):
        return []  # "Egypt's membership was restored in 1989, and the headquarters returned to Cairo": history
    parties = subject(ctx, text, m.start())
    if not parties:
        return []
    out = []
    for p in parties:
        event = {"type": "ConditionLifted", "party": p.value, "condition": "suspended"}
        cand = ctx.decision(event, "effective", sub, decided=False, words=text)
        out.append(cand)
    return out
