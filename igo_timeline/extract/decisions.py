"""Decisions about parties and persons: statuses, procedures, appointments, presidency, next meeting.

Status decisions come in either order ("decided to give X the status of
observer state and Y the status of dialogue partner"; "decided to grant the
status of dialogue partner to X and Y"). A decision to launch a procedure of
admission, or taking note of an application, grants nothing: it is a
``ProcedureLaunched``. Appointments name the person, the state in brackets and
the office; a term in the next sentence ("Their terms will be from ... to
...") belongs to the persons just named.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pycountry

from igo_timeline.events.parties import party_name
from igo_timeline.extract.bodynames import name_goes_on, office_by_body, ranked_before
from igo_timeline.extract.context import Context
from igo_timeline.extract.dates import MONTH, WEEKDAY, DateMatch, dates_near, find_dates, years_interval
from igo_timeline.extract.names import (
    Found,
    demonyms,
    find_parties,
    is_state,
    lookup_party,
    match_person,
    nationality_of,
    office_patterns,
    org_names,
    resolve_body,
    spells_slug,
    strip_honorifics,
    strip_style,
)
from igo_timeline.extract.people import parse_item
from igo_timeline.extract.places import capital_of, city
from igo_timeline.extract.procedure import procedure_candidate
from igo_timeline.extract.reader import (
    ORDINAL,
    background,
    demonym_state,
    grants_to,
    groups,
    handover_receiver,
    headline,
    invitation_received,
    names_org,
    object_,
    subject,
    unreal,
)
from igo_timeline.extract.records import Candidate
from igo_timeline.extract.text import Passage

_DECIDE = re.compile(
    r"\b(?:decided|agreed|resolved|approved\s+the\s+decision|adopted\s+the\s+decision|signed\s+the\s+decision"
    r"|grant(?:ed|ing|s)?|admit(?:ted|ting|s)?|gave|give[ns]?|giving|accord(?:ed|s)?|confer(?:red|ring)?"
    r"|approv(?:ed|ing|es)?(?=\s+(?:the\s+)?(?:status|category)\s+of\b)"  # "approved the category of associate observer for X"
    r"|accept(?:ed|ing)?|readmit(?:ted|ting|s)?|welcomed|upgrad(?:ed|ing)|elevat(?:ed|ing)|rais(?:ed|ing)|became|become|becomes|joined|join"
    r"|admission\s+of|resolution\s+on|decision\s+on|on\s+granting)\b",
    re.I,
)
# what is said of a status that is not (yet) granted: hopes, applications, plans, agreement in principle
_NOT_GRANTED = re.compile(
    r"\bin[\s-]principle\b|\brecommend(?:s|ed|ing|ation)?\b|\bsuggest(?:s|ed|ing)?\b|\b(?:is|are|was|were)\s+(?:expected|set|likely|due|going)\s+to\b|\bwill\b|\bwould\b|(?-i:\bmay\b)|\bcould\b"
    r"|\bshould\b|\bhopes?\b|\bhoped\b|\baspir|\bintend|\bseek|\bsought\b|\bwish|\bbids?\b|\bcandidate\b|\bprospect"
    r"|\bapplied\b|\bapplications?\b|\brequests?\b|\bsubmitted\b|\bpending\b|\bsince\s+(?:19|20)\d\d\b|\bin\s+(?:19|20)\d\d\b"
    r"|\blast\s+(?:year|month)\b|\bearlier\s+this\s+year\b|\byears?\s+ago\b|\bpreviously\b|\balready\b|\bformerly\b|\bcurrently\b|\bincludes?\b|\bcomprises?\b|\bconsists?\b|\bare\s+(?:the\s+)?(?:members|observers)\b",
    re.I,
)
_STATUS = re.compile(
    r"(?:status|category)\s+of\s+(?:an?\s+)?(?:the\s+)?(?:[A-Z]{2,6}\s+|Organi[sz]ation\s+)?(?P<a>associate(?:d)?\s+observer|observer|dialogue\s+partner|associate(?:d)?\s+member|(?:full(?:-fledged)?\s+)?member|partner\s+in\s+dialogue|partner)(?:s)?(?:\s+(?:state|country|countries|states))?"
    r"|(?P<b>associate(?:d)?\s+observer|observer|dialogue[\s-]partner|associate(?:d)?\s+member(?:ship)?|(?:full(?:-fledged)?\s+)?member(?:ship)?|partner)(?:[\s-](?:state|country))?\s+status"
    r"|\b(?:as|to)\s+(?:an?\s+|the\s+|its\s+|their\s+)?[\"“‘']?(?:new\s+|full\s+|\d+(?:st|nd|rd|th)\s+|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+)?(?:(?-i:[A-Z]{2,6})\s+)?(?-i:(?!Partner\s+States?\b))(?P<c>associate(?:d)?\s+observers?|observers?|dialogue\s+partners?|associate(?:d)?\s+members?|(?:full(?:-fledged)?\s+)?members?|partners?)(?:\s+(?:states?|countries|country))?(?:\s+of\s+(?:the\s+)?[A-Z]\w*)?"
    r"|\b(?P<d>associate(?:d)?\s+member(?:ship)?|full(?:-fledged)?\s+member(?:ship)?|member\s+states?)\b",
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
_PRESIDENCY = re.compile(
    r"\b(?:presidency|chairmanship|chairpersonship|chairing|chairship|chair(?:man|woman|person)?-in-office)\b|\b(?:will|shall)\s+chair\b"
    r"|\b(?:will|shall)\s+(?:(?:formally|officially)\s+)?(?:take\s+over|serve)\s+as\s+(?:the\s+)?(?:new\s+)?(?:rotating\s+)?(?:chair|chairman|chairperson|chairwoman|president)\s+of\s+(?!(?:the\s+)?(?:meeting|session|sitting|summit|talks|conference)\b)"
    r"|\b(?:will|shall)\s+preside\s+over\b(?!\s+(?:the\s+|its\s+)?(?:[\w-]+\s+)?(?:meeting|session|sitting|summit|talks|opening|ceremony|proceedings|debate|deliberations)\b)"
    r"|\bthe\s+(?:rotating\s+)?chair\s+of\s+the\b(?=[^.;]*\b(?:went|passed|goes|passes|fell)(?:\s+from\s+[^.;]{1,60}?)?\s+to\b)|\brotating\s+(?:president|chair)\b"
    r"|\bsucceed(?:ed|s)?\s+(?:[A-Z][\w'’-]*\s+){1,3}as\s+(?:the\s+)?(?:rotating\s+)?(?:chair|chairman|chairperson|chairwoman|president)\b"
    r"|\belected\b[^.;]{0,60}?\bto\s+chair\b|\bsucceeded\s+in\s+the\s+chair\b"
    r"|\b(?:will|shall)\s+lead\s+(?:the\s+)?(?-i:[A-Z]{2,8})\b|\bchairs\s+the\s+(?-i:[A-Z]{2,8})\b"
    # the chair as a seat passed or held: "passed the chair of the Authority to", "now holds the chair", "took the helm"
    r"|\b(?:pass(?:ed|es)?|hand(?:ed|s)?(?:\s+over)?|took|takes|taken|tak(?:e|ing)\s+over|assum(?:ed|es|e)|holds?|held|received)\s+(?:over\s+)?(?:the\s+)?(?:rotating\s+)?(?:(?-i:[A-Z]{2,8})\s+)?(?:chair|helm)\b(?!\s+of\s+(?:the\s+)?(?:meeting|session|sitting|debate|panel))"
    # the chair named by a word of the organization's name: "took over the Forum Chair from Tonga" (checked
    # against the name: ``_own_chair_word``)
    r"|\b(?:took|takes|taken|tak(?:e|ing)\s+over|assum(?:ed|es|e)|received)\s+(?:over\s+)?the\s+(?P<word>(?-i:[A-Z][a-z]+))\s+(?-i:Chair)\b(?!\s+of\b)",
    re.I,
)
_PRESIDENCY_PASSES = re.compile(
    r"\b(?:will|shall)\s+(?:(?:formally|officially)\s+)?(?:hold|assume|take\s+over|chair|lead|preside\s+over)\b|\b(?:assumes|assumed|has\s+assumed|takes\s+over|took\s+over|taking\s+over)\b"
    # "Sweden holds the presidency of the Council in 2031": the year right after the chair it holds
    r"|\bholds\b(?=\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}(?:presidency|chairmanship|chairpersonship)"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4})?\s+(?:in|for|throughout)\s+(?:19|20)\d\d\b)"
    r"|\b(?:will|shall)\s+(?:go|pass|be\s+handed(?:\s+over)?|be\s+transferred)\b.*?\bto\b"
    r"|\b(?:passe[sd]|pass(?:ed)?|passing|goes|went|handed\s+over|hand\s+over|handed|handing(?:\s+over)?|transferred|transferring)\b.*?\bto\b"
    # decided in the infinitive: "It was decided to transfer the Chairmanship ... from A to B from 1 January"
    r"|\b(?:decided|agreed|resolved)\s+to\s+(?:transfer|hand\s+over|pass\s+on|pass)\b.*?\bto\b"
    # the act told as a gerund or a noun: "with China assuming the presidency", "on the Sultanate's assumption of
    # the presidency", "is the new holder of the presidency"
    r"|\bassuming\b(?=\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}(?:presidency|chairmanship|chairpersonship|chair)\b)"
    r"|\bassumption\s+of\b(?=\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}(?:presidency|chairmanship|chairpersonship|chair)\b)"
    r"|\b(?:is|becomes|became|has\s+become)\s+the\s+new\s+holder\s+of\b"
    r"|\b(?:received|receives)\b(?=\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}(?:presidency|chairmanship|chairpersonship)\b(?!\s+(?:gavel|flag|baton)))"
    r"|\b(?:stays?|stayed|remains?|remained)\s+with\b|\b(?:retains?|retained|keeps?|kept)\b"
    r"|\b(?:has\s+been|have\s+been|was|were)\s+elected\b(?=[^.;]{0,60}?\bto\s+chair\b)"
    r"|\bsucceeded\s+in\s+the\s+chair\b[^.;]*?\bby\b"
    r"|\b(?:was|were|has\s+been|have\s+been)\s+(?:\w+\s+){0,3}?(?:designated|elected|named|appointed|chosen)\s+(?:as\s+)?(?:the\s+)?(?:new\s+)?(?:chair(?:man|woman|person)?-in-office|rotating\s+(?:chair(?:man|woman|person)?|president))\b"
    r"|\bsucceed(?:ed|s)?(?=\s+(?:[A-Z][\w'’-]*\s+){1,3}as\s+(?:the\s+)?(?:rotating\s+)?(?:chair|chairman|chairperson|chairwoman|president)\b)"
    r"|\bnow\s+(?:holds|chairs|heads)\b|\b(?:took|takes|taking|has\s+taken)\s+(?:the\s+)?(?:rotating\s+)?(?:helm|chair)\b(?!\s+of\s+(?:the\s+)?(?:meeting|session|sitting))",
    re.I,
)
# a chairmanship as the time frame of what a sentence tells, held already: "during its 2030 chairmanship",
# "under Ghana's presidency", "as part of its chairmanship"
_CHAIR_FRAME = re.compile(
    r"\b(?i:during|under|throughout|in\s+the\s+course\s+of|as\s+part\s+of)\s+(?:its|their|his|her|[A-Z][\w'’-]+['’]s)\s+"
    r"(?:(?:19|20)\d\d(?:[-–/]\d{2,4})?\s+)?(?:rotating\s+)?(?:chairmanship|presidency|chairship|chairpersonship)\b",
)
_PAST_PRESIDENCY = re.compile(
    r"\bwork\s+of\s+(?P<who>.+?)\s+(?:during|in\s+the\s+course\s+of)\s+(?:its|her|his)\s+(?:presidency|chairmanship)",
    re.I,
)
_NEXT = re.compile(
    r"\bnext\s+(?:regular\s+)?(?:meeting|summit|session)(?P<body>\s+of\s+(?:the\s+)?.*?)?\s+(?:will|shall|is\s+to|would)\s+(?:take\s+place|be\s+held|be\s+convened|convene)\b",
    re.I,
)
_APPOINT = re.compile(
    r"\b(?:appoint(?:ed|ing|s)?|designate[ds]?|elect(?:ed|ing|s)?|named|names|(?:approved|endorsed|supported)\s+the\s+(?:candidacy|candidature|appointment|nomination)\s+of"
    r"|on\s+the\s+appointment\s+of|becomes|became|will\s+become|confirmed|re-?elected|picked|chose|chosen|selected|will\s+be\s+the\s+next(?=\s+[A-Z][^:]*:[^.]*\b(?:appoint|elect|name))"
    # "X ... took office the same day as the Commission's ninth Secretary General": in office from then
    r"|(?:took|takes|has\s+taken)\s+office\s+(?:[^.;,]{0,30}?\s)?as(?=\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}[A-Z])"
    # "formally took up his duties as Executive Secretary", "assumed duty as", "has assumed her post as"
    r"|(?:took|takes|has\s+taken|assumed|assumes|has\s+assumed)\s+(?:up\s+)?(?:(?:his|her|their|the)\s+)?(?:duties|duty|post|functions|office)\s+as(?=\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}[A-Z])"
    r"|(?:was|were|has\s+been|is)\s+sworn[\s-]in\s+as"
    # "X will be the next Director-General ... after winning the vote": the office told as won
    r"|(?:will\s+be|is\s+to\s+be)\s+the\s+(?:next|new)(?=\s+[A-Z][^.;]*\b(?:vote|ballot|election|elected|won|winning|chosen|appoint\w*|consensus)\b))\b"
)
# the length of an office's terms, told as its rule: "The Secretary General is elected for five years", "The
# Director-General is appointed for a four-year term"
_OFFICE_LENGTH = re.compile(
    r"^The\s+(?:[A-Z][\w-]*\s+){1,3}(?:,[^,]{0,60},\s+)?(?:is|are)\s+(?:elected|appointed|chosen|named)\b[^.;]{0,60}?"
    r"\bfor\s+(?:a\s+)?(?:(?P<n>one|two|three|four|five|six|seven|\d)[\s-]+year\s+(?:term|mandate|period)|(?P<n2>one|two|three|four|five|six|seven|\d)\s+years)\b"
)


def _office_length(term: str, later: list[str]) -> str | None:
    """A term with its first day only ("2030-09-18/..") ended by the length a later sentence gives the office's
    terms (``_OFFICE_LENGTH``); None when none does."""
    for words in later:
        m = _OFFICE_LENGTH.match(words)
        if m:
            n = m.group("n") or m.group("n2")
            years = _NUMBERS.get(n.lower()) or int(n)
            first = dt.date.fromisoformat(term[:10])
            try:
                last = first.replace(year=first.year + years) - dt.timedelta(days=1)
            except ValueError:
                return None
            return f"{first.isoformat()}/{last.isoformat()}"
    return None


# "X will be the next Secretary General", "Y is to be the new Director": an office to come, an appointment only
# with a choice told of the same person right after (``_CHOSE_BACK``)
_NEXT_HOLDER = re.compile(
    r"\b(?:will\s+be|is\s+to\s+be|is\s+set\s+to\s+become|will\s+become)\s+the\s+(?:next|new)(?=\s+[A-Z])"
)
_CHOSE_BACK = re.compile(
    r"\b(?:chose|elected|appointed|picked|selected|named|confirmed|voted\s+for|endorsed)\s+(?:him|her)\b(?!\s+as\s+(?:its\s+)?(?:vice|deputy))",
)
_TERM_BACKREF = re.compile(
    r"^(?:Their|His|Her|The)\s+(?:(?:\w+|\d+)[\s-]+year\s+)?(?:terms?|mandates?)(?:\s+of\s+office)?\b|^(?:He|She|They)\s+(?:will|shall|is\s+to|are\s+to)\s+(?:take\s+office|serve|assume)"
    r"|^(?:He|She|They)\s+(?:is|was|has\s+been|are|were|have\s+been)\s+(?:elected|appointed|named)\s+for\b"
    r"|^(?:He|She|They)\s+(?:will|shall|is\s+to|are\s+to)\s+(?:start|begin|take\s+up|assume)\s+(?:work|(?:his|her|their|the)\s+(?:(?:\w+|\d+)[\s-]+year\s+)?(?:post|duties|term|mandate|functions)|office|duties)\b"
    # "The 67-year-old diplomat, a former assistant secretary general, will take office in May and serve ..."
    r"|^The\s+(?:[\w-]+\s+){0,2}(?:diplomat|official|minister|economist|lawyer|politician|candidate|appointee|secretary[- ]general)(?:,[^,]*,)?\s+(?:will|shall|is\s+to)\s+(?:take\s+office|serve|assume)",
    re.I,
)
_TO = (
    r"\s+(?:(?:was|were|has\s+been|have\s+been)\s+(?:unanimously\s+)?(?:granted|given|accorded|conferred|extended)\s+)?"
    r"(?:(?:at|in|of|with)\s+(?:the\s+)?(?:SCO|Organi[sz]ation)\s+)?(?:to|on|upon|for)\b"
)  # "the status of observer to X", "Observer status was granted to X"
_SLUG = {
    "dialogue partner": "dialogue_partner",
    "partner in dialogue": "dialogue_partner",
    "dialogue-partner": "dialogue_partner",
}


def _status_slug(words: str) -> str:
    text = " ".join(words.lower().split())
    text = re.sub(r"^(?:full(?:-fledged)?\s+)", "", text)
    text = re.sub(r"^associated\b", "associate", text)
    text = re.sub(r"(?:ship|s)$", "", text).replace("member state", "member")
    return _SLUG.get(text, text.replace(" ", "_"))


_OTHER_ACT = (
    r"|,\s*(?:(?:some|only|just|barely|a|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:days?|weeks?|months?)\s+"
    r"|shortly\s+|soon\s+|just\s+|a\s+day\s+)?(?:after|before)\s+(?=(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+(?:had\s+|has\s+|was\s+|were\s+)?[a-z]+\b)"
)
_CLAUSE = re.compile(
    r";\s*(?:and\s+)?|:\s+(?=[a-z])|,\s*(?:and\s+|while\s+)?(?=(?:also\s+)?(?:started|launched|began|granted|gave|decided|agreed|admitted|approved|adopted|reached|signed|accepted|completed|appointed|elected)\b)"
    r"|\s+and\s+(?=(?:also\s+)?(?:started|launched|began|granted|gave|decided|agreed|admitted|approved|adopted|reached|signed|accepted|completed|appointed|elected)\b)"
    # "X became the 166th member today, nine days after Y joined": another act, with its own subject and day
    + _OTHER_ACT
)
# "X was granted observer status, and Y became an observer": a new subject with its own verb, cut only when
# what comes before has a verb of its own ("India, Pakistan and Iran were granted" is one clause)
NEW_SUBJECT = re.compile(
    r",?\s+and\s+(?=(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4}\s+(?:was|were|has|have|became|becomes|joined|rejoined)\b)"
)
_FINITE = re.compile(
    r"\b(?:was|were|is|are|has|have|had|became|becomes|joined|rejoined|granted|admitted|gave|accepted|welcomed|decided|agreed)\b"
)


def cut_points(text: str, rx: re.Pattern[str]) -> list[tuple[int, int]]:
    """The (start, end) of each cut between clauses: ``rx``'s, and a new subject's after a clause with a verb."""
    found = sorted([(m.start(), m.end()) for m in rx.finditer(text)])
    for m in NEW_SUBJECT.finditer(text):
        last = max([e for _, e in found if e <= m.start()], default=0)
        tail = " ".join(text[last : m.start()].split()[-4:])
        ends_in_party = any(p.end >= len(tail) - 1 for p in find_parties(tail))  # "India and Pakistan joined"
        if (
            _FINITE.search(text[last : m.start()])
            and not ends_in_party
            and not any(a <= m.start() < b for a, b in found)
        ):
            found.append((m.start(), m.end()))
    return sorted(found)


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


def clauses(text: str) -> list[tuple[int, int]]:
    """A sentence cut into its coordinated clauses ("started ..., granted ..., and decided ...")."""
    points = cut_points(text, _CLAUSE)
    cuts = [0] + [b for _, b in points]
    ends = [a for a, _ in points] + [len(text)]
    return [(a, b) for a, b in zip(cuts, ends, strict=True) if text[a:b].strip()]


def _state_parties(ctx: Context, text: str, offset: int = 0) -> list[Found]:
    """States named in ``text`` (not by an adjective: "Kazakh President ..." names a speaker)."""
    adjectives = demonyms()
    text = ctx.without_dateline(text)
    return [
        Found(p.start + offset, p.end + offset, p.value)
        for p in find_parties(text, exclude=[ctx.org])
        if is_state(p.value)
        and (text[p.start : p.end] not in adjectives or _named_as_itself(text, p))
        and not re.match(
            r"\s+(?:President|Prime|Minister|leader|Foreign|side|delegation)", text[p.end : p.end + 12]
        )
        and not _PERSONS_STATE.search(text[max(0, p.start - 80) : p.start])
        and not _PART_OF.search(text[max(0, p.start - 60) : p.start])
    ]


# "Guadeloupe, an overseas department of France,": the state an apposition names is not the party
_PART_OF = re.compile(
    r"[A-Z][\w'’-]*,\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:department|territory|region|province|dependency|collectivity"
    r"|island|part|possession|country|nation|entity)\s+of\s+(?:the\s+)?$"
)


def _named_as_itself(text: str, p: Found) -> bool:
    """A state whose adjective is its name ("New Zealand"), named as the state: not before a noun or a title
    ("the New Zealand government", "New Zealand Prime Minister")."""
    country = pycountry.countries.get(alpha_3=p.value)
    names = (
        {getattr(country, k, None) for k in ("name", "common_name", "official_name")} if country else set()
    )
    return text[p.start : p.end] in names and not re.match(
        r"\s+(?:[A-Z]|(?:government|officials?|authorities|side|delegation|troops|forces|people|economy)\b)",
        text[p.end : p.end + 30],
    )


# "President Tommy Remengesau Jr of Palau, said ...": the state of a person named, not a party of the act
_PERSONS_STATE = re.compile(
    r"\b(?:President|Prime\s+Minister|King|Emir|Sultan)\s+(?:[A-Z][\w.'’-]*\s+){1,4}of\s+(?:the\s+)?$"
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
    text = _RELATIVE_CLAUSE.sub("", full)
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
    if found and decided and not _NOT_GRANTED.search(text) and not _state_parties(ctx, text):
        named = _BOTH.search(text)
        earlier = [p for p in ctx.sentences if p.end <= passage.start][-1:]
        if named and earlier:  # "decided to grant both countries the status of observer state"
            parties = _state_parties(ctx, earlier[0].norm)
            if parties:
                return grants_to(ctx, parties, _status_slug(_status_words(found[0])), sub, full)
    bare = _BARE_ADMIT.search(text)
    if decided and not found and bare and not _NOT_GRANTED.search(text) and not background(ctx, text):
        # "decided to readmit the Kingdom of Morocco": an admission that names no status is membership
        admitted = _state_parties(ctx, text[bare.end() : bare.end() + 80])[:1]
        if admitted and admitted[0].start == 0:
            event = {"type": "StatusGranted", "party": admitted[0].value, "status": "member"}
            return [ctx.decision(event, "effective", sub, words=full)]
    deciding = [d for d in _DECIDE.finditer(text) if not re.match(r"join", d.group(), re.I)]
    if decided and not deciding and _JOINED_OTHERS.search(text):
        return []  # "the observer states' leaders joined the heads of the member states": a sitting joined
    joined_what = re.search(r"\bjoin(?:ed|s|ing)?\s+(?P<o>(?:the\s+)?[^,;]+?)\s+as\b", text)
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
            r"(?<!status )\b(?:between|among|amongst|of|by|for|with|from|to)\s+(?:the\s+|all\s+(?:the\s+)?|its\s+|their\s+|other\s+)+$",
            text[: m.start()],
            re.I,
        )
    ]
    if not found:
        return []
    parties = _state_parties(ctx, text)
    if not parties:
        return []
    if re.fullmatch(r"bec[oa]mes?|join(?:ed|s)?", decided.group(), re.I) and back_again(
        ctx, text[decided.end() :]
    ):
        return lifted_for(ctx, [p for p in parties if p.end <= decided.start()], sub, full)
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


def _own_org(ctx: Context, name: str | None) -> bool:
    """Whether a name (or none) is the organization itself: its own name, its slug, or "the alliance/group"."""
    if not name:
        return True
    name = re.sub(r"^the\s+", "", name.strip(), flags=re.I)
    if name.upper() == ctx.org.upper().replace("-", "") or _own_name(ctx, name) or spells_slug(name, ctx.org):
        return True
    found = find_parties(name)
    return bool(found) and found[0].value == ctx.org


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
    return m.group("a") or m.group("b") or m.group("c") or m.group("d") or ""


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
        to_form = re.match(_TO, text[m.end() :])
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
        for party, (q_start, q_end) in zip(chosen, quotes, strict=True):
            event = {"type": "StatusGranted", "party": party.value, "status": status}
            out.append(ctx.decision(event, "effective", passage.sub(q_start, q_end), words=words))
            begin = -1
        prev_end = max(m.end(), chosen[-1].end if chosen else m.end())
    return out


def _the(text: str, pos: int) -> int:
    return pos - 4 if text[max(0, pos - 4) : pos] == "the " else pos


# a second election told in its own passive clause after "and" or ";": "A has been elected Chairperson of the
# Union, and President B of Rwanda was elected Chairperson of its Organ"
_ELECTED_NEXT = (
    r"(?=(?:(?:H\.\s?E\.|Mr\.?|Ms\.?|Dr\.?)\s+)?(?:[A-Z][\w.'’-]*\s+){1,6}(?:of\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,4})?"
    r"(?:was|were|has\s+been|have\s+been|is)\s+(?:also\s+|unanimously\s+)?(?:re-?)?(?:elected|appointed|named|chosen|designated)\b)"
)
_SECOND_ELECTION = re.compile(rf"(?:,\s*|\s+)and\s+{_ELECTED_NEXT}|;\s*(?:and\s+)?{_ELECTED_NEXT}")


def _election_clauses(sentences: list[Passage]) -> list[Passage]:
    """The sentences, each second election told in its own passive clause split off as a passage of its own."""
    out: list[Passage] = []
    for s in sentences:
        cuts = [m for m in _SECOND_ELECTION.finditer(s.norm) if _APPOINT.search(s.norm, 0, m.start())]
        if not cuts:
            out.append(s)
            continue
        starts = [0, *(m.end() for m in cuts)]
        ends = [*(m.start() for m in cuts), len(s.norm)]
        out.extend(s.sub(a, b) for a, b in zip(starts, ends, strict=True))
    return out


def _office_of_own(ctx: Context, after: str) -> bool:
    """Whether the words after an appointing verb name an office of the organization itself by its name ("...
    as the next Executive Director of the UN Children's Fund (UNICEF)"): a parent's head appointing the head of
    one of its agencies appoints to that agency's office."""
    m = re.search(
        r"\bas\s+(?:the\s+|its\s+)?(?:new\s+|next\s+)?(?:[A-Z][\w-]*\s+){1,3}of\s+(?P<o>(?:the\s+)?[^,;.]{2,80}?)(?:\s*\((?P<a>[A-Z][\w-]{1,10})\))?(?=[,;.]|$)",
        after,
    )
    if m is None:
        return False
    abbr = m.group("a")
    return bool(abbr and abbr.replace("-", "").upper() == ctx.org.replace("-", "").upper()) or _own_name(
        ctx, m.group("o")
    )


# mandates kept: "the mandates of A, B and C are extended until 3 September 2024", "renewed the term of X"
_RENEWED = re.compile(
    r"\b(?:the\s+)?(?:mandates?|terms?(?:\s+of\s+office)?)\s+of\s+(?P<list>[^;.]+?)\s+(?:are|is|were|was|have\s+been|has\s+been)\s+"
    r"(?:\w+\s+)?(?:extended|renewed|prolonged)\b(?:\s+(?:until|to|till|through)\s+(?P<until>[^,;.]+))?"
    r"|\b(?:extended|renewed|prolonged|extending|renewing)\s+the\s+(?:mandates?|terms?(?:\s+of\s+office)?)\s+of\s+(?P<list2>[^;.]+?)"
    r"(?:\s+(?:until|to|till|through)\s+(?P<until2>[^,;.]+))?(?=\s*[,;.]|\s+(?:until|to|till|through)\b|$)"
)


def _renewed(ctx: Context, passage: Passage) -> list[Candidate]:
    """Each official whose mandate the meeting extends or renews: an appointment from the decision's day,
    to the day stated ("until 3 September 2024"), else open."""
    text = passage.norm
    out: list[Candidate] = []
    named = tuple((slug, name) for slug, names in ctx.offices.items() for name in names)
    for m in _RENEWED.finditer(text):
        if _NOT_GRANTED.search(text[: m.start()]) and re.search(
            r"\b(?:will|would|may|could|should)\b", text[: m.start()]
        ):
            continue
        key = "list" if m.group("list") else "list2"
        a, b = m.start(key), m.end(key)
        until = m.group("until") or m.group("until2")
        # its items: "Secretary General Helga Schmid, Representative on Freedom of the Media Teresa Ribeiro and ..."
        sep = r",\s*(?:and\s+)?|\s+and\s+(?=[A-Z])"
        cuts = [a] + [a + x.end() for x in re.finditer(sep, text[a:b])]
        ends = [a + x.start() for x in re.finditer(sep, text[a:b])] + [b]
        for i_start, i_end in zip(cuts, ends, strict=True):
            item = text[i_start:i_end]
            # the name is the last two capitalized words, the title before it: "Secretary General Helga Schmid"
            name = re.search(r"(?P<n>[A-Z][\w'’.-]+\s+[A-Z][\w'’.-]+)\s*$", item)
            if name is None:
                continue
            title = re.sub(
                r"^(?:the\s+)?(?:[A-Z]{2,8}\s+|(?:Mr|Ms|Dr)\.?\s+)?", "", item[: name.start()].strip()
            )
            if not title or not _GENERIC_OFFICE.fullmatch(title):
                continue  # what stands before the name is no title: not told which office
            slug = next((sl for sl, rx in office_patterns(ctx.org, named) if rx.fullmatch(title)), None)
            generic = _generic_offices(ctx, title, 0) if slug is None else []
            slug = slug or (generic[0][0] if generic else None)
            if slug is None:
                continue
            for cand in _appointment(ctx, passage, slug, name.group("n"), i_end, i_start, None, None):
                if cand.type != "OfficialAppointed" or cand.record != "event":
                    continue
                days = [d for d in find_dates(until or "", ctx.year) if d.kind.rstrip("?") == "day"]
                event = dict(cand.event)
                decided = event.get("decided_on")
                if days and decided and days[0].edtf > decided:
                    event["term"] = f"{decided}/{days[0].edtf}"
                notes = [n for n in str(event.get("note", "")).split("; ") if n and n != "term not stated"]
                event["note"] = "; ".join([*notes, "mandate extended"])
                out.append(Candidate(cand.record, event, note=event["note"]))
    return out


def _same_date_term(ctx: Context, passage: Passage, term: str | None) -> str | None:
    """ "... is appointed Director until the same date": the "until" day of the sentence before."""
    if (
        term is None
        or not term.endswith("/..")
        or not re.search(r"\buntil\s+the\s+same\s+(?:date|day)\b", passage.norm)
    ):
        return None
    before = [p for p in ctx.sentences if p.end <= passage.start][-1:]
    said = re.search(r"\buntil\s+(?P<d>[^,;.]+)", before[0].norm) if before else None
    days = [d for d in find_dates(said.group("d"), ctx.year) if d.kind.rstrip("?") == "day"] if said else []
    return f"{term[:-3]}/{days[0].edtf}" if days and days[0].edtf > term[:10] else None


def appointments(ctx: Context) -> list[Candidate]:
    out: list[Candidate] = []
    for passage in ctx.sentences:
        out.extend(_renewed(ctx, passage))
    sentences = _election_clauses(ctx.sentences)
    told: dict[int, str] = {}  # sentence -> the term its appointment states
    appointing = [_APPOINT.search(s.norm) is not None for s in sentences]  # once, not per appointment
    for n, passage in enumerate(sentences):
        text = passage.norm
        verbs = list(_APPOINT.finditer(text))
        if not verbs and n + 1 < len(sentences) and _CHOSE_BACK.search(sentences[n + 1].norm):
            # "X will be the next Secretary General. The Assembly chose him for the post today": the choice
            # told in the next sentence, of the one this sentence names
            verbs = list(_NEXT_HOLDER.finditer(text))[:1]
        verb = verbs[0] if verbs else None
        if not verb:
            continue
        if re.search(r"\b(?:the|a|an)\s+[\w-]+\s+$", text[: verb.start()]) and len(verbs) > 1:
            # "X, the commissioner named for Senegal, is appointed President": the participle of an
            # apposition is no act; the finite verb after it is
            verb = verbs[1]
        if (
            _other_organization(ctx, text[: verb.start()])
            and not _own_name(ctx, text[: verb.start()])
            and not _office_of_own(ctx, text[verb.end() :])
        ):
            continue  # "The Alpine Forum elected X as its Secretary General": another organization's act
        offices: list[tuple[str, int, int]] = []
        named = tuple((slug, name) for slug, names in ctx.offices.items() for name in names)
        for slug, rx in office_patterns(ctx.org, named):
            for m in rx.finditer(text, verb.end()):
                if (
                    ranked_before(text, m.start())
                    or name_goes_on(text, m.end())
                    or (m.start() > 0 and text[m.start() - 1] == "-")
                ):  # "Vice-President", "Deputy-Director": another office glued to its rank
                    continue  # "Deputy Secretary-General", "... of the Council for X": another office
                if not any(o[1] < m.end() and m.start() < o[2] for o in offices):
                    offices.append((slug, m.start(), _office_end(text, m.end(), ctx.org)))
        offices.sort(key=lambda o: o[1])
        offices = [o for o in offices if o[2] > 0]
        if not offices:  # an office named through another name of its body
            through = office_by_body(text, verb.end(), ctx.org, ctx.offices, ctx.bodies)
            offices = [(s, a, _office_end(text, b, ctx.org)) for s, a, b in through]
            offices = [o for o in offices if o[2] > 0]
        if not offices:
            offices = _generic_offices(ctx, text, verb.end())
        term, term_why = _term(text, verb.end(), ctx.near)
        term_passage: Passage | None = None
        if (
            term is None
            and (n - 1) in told
            and re.search(r"\bfor\s+the\s+same\s+(?:year|period|term|mandate)\b", text[verb.end() :])
        ):  # "Y was elected Vice-President for the same year": the term the sentence before states
            term = told[n - 1]
        # "X has been elected Secretary General ... for a five-year term. He will take office on 17 November
        # 2021": the length told with the election, the first day after it
        length_said: re.Match[str] | None = _TERM_LENGTH.search(text, verb.end()) if term is None else None
        window = [a for a in sentences[n + 1 : n + 24] if not _LIST_ITEM.match(a.quote)][:7]
        other_named = False  # a sentence about another one elected came between: "She ..." is no longer ours
        elected = " ".join(s.norm for k, s in enumerate(sentences) if k != n and appointing[k])
        for ahead in window:  # "Their terms will be from ...", after the list of appointments (items skipped)
            if term is not None:
                break
            pronoun = re.match(r"(?:He|She|They|His|Her|Their)\b", ahead.norm) is not None
            if _same_person(text, ahead.norm) and _TERM_LENGTH.search(ahead.norm):
                length_said = _TERM_LENGTH.search(
                    ahead.norm
                )  # "Vila ... was elected for a four-year mandate"
            possessed = _possessed_term(text, ahead.norm)
            if (
                possessed is not None
                and not (other_named and _POSSESSED_TERM.match(ahead.norm, possessed).group("pron"))  # type: ignore[union-attr]
                and (_TERM_VERB.search(ahead.norm, possessed) or _START_CUE_ANY.search(ahead.norm, possessed))
                and _new_term(_term(ahead.norm, possessed, ctx.near)[0], ctx.near)
            ):  # "..., and Professor Thomson's five-year mandate will begin on 1 January 2026"
                term, term_why = _term(ahead.norm, possessed, ctx.near)
                term_passage = ahead
                break
            if (pronoun and other_named) or not (
                _TERM_BACKREF.match(ahead.norm)
                or (
                    (_same_person(text, ahead.norm) or _refers_back(text, ahead.norm))
                    and (_TERM_VERB.search(ahead.norm) or _TERM_WORDS.search(ahead.norm))
                    and _new_term(_term(ahead.norm, 0, ctx.near)[0], ctx.near)
                )
            ):
                other_named = other_named or _opens_with_other(text, ahead.norm, elected)
            else:  # "Tedros will begin his five-year term on 1 July": the appointed person's term, told after
                term, term_why = _term(ahead.norm, 0, ctx.near)
                term_passage = ahead if term else None
                following = [a for a in sentences if a.start >= ahead.end][:1]
                if term and term.endswith("/..") and length_said is None and following:
                    # "X will take over ... on November 15. He is to serve a four-year term": the length after
                    if re.match(r"(?:He|She)\b", following[0].norm):
                        length_said = _TERM_LENGTH.search(following[0].norm)
                if term and term.endswith("/..") and length_said is not None:
                    # "He will take up the post on 1 July 2021" after the mandate's length: from, so long
                    n_ = length_said.group("n") or length_said.group("n2")
                    years_ = _NUMBERS.get(n_.lower()) or int(n_)
                    first_ = dt.date.fromisoformat(term[:10])
                    try:
                        last_ = first_.replace(year=first_.year + years_) - dt.timedelta(days=1)
                        term = f"{first_.isoformat()}/{last_.isoformat()}"
                    except ValueError:
                        pass
                month = re.search(r"\btake\s+office\s+in\s+(?P<m>[A-Z][a-z]+)\b", ahead.norm)
                whole = re.fullmatch(r"(?P<y>\d{4})-01-01/(?P<z>\d{4})-12-31", term or "")
                found = find_dates(f"{month.group('m')} {whole.group('y')}") if month and whole else []
                if whole and found and found[0].kind == "month":
                    # "will take office in May and serve for the 2025-2030 period": from that month
                    term = f"{found[0].edtf}/{whole.group('z')}"
                break
            if (
                _APPOINT.search(ahead.norm)
                and not re.match(r"\s*(?:\d{1,2}[.)]|[-–•*])", ahead.quote)
                and not re.search(
                    r"\b(?:was|were)\s+declared\s+elected\b", ahead.norm
                )  # the same election told
                and not _same_person(text, ahead.norm)
                and not _names_shared(text, ahead.norm)  # "... voted and chose X": the same election retold
            ):
                break  # another appointment's sentence: its term is its own
        if term is not None and term.endswith("/..") and len(term) == 13:
            # "... his term will begin on 18 September. ... The Secretary General is elected for five years":
            # the stated first day, the length the text gives for the office
            term = _office_length(term, [a.norm for a in sentences[n + 1 : n + 10]]) or term
        if term is None:
            term = _when_mandate_ends(ctx, sentences[n + 1 : n + 4])
            term_why = None
        if term is None:
            wider = [a for a in sentences[n + 1 : n + 30] if not _LIST_ITEM.match(a.quote)][:12]
            for i, ahead in enumerate(wider):
                by_name = _same_person(text, ahead.norm) or _names_shared(text, ahead.norm, opening=True)
                # "Metoki, a senior vice president ..., has chaired ... He will ... serve a four-year term":
                # a pronoun right after a sentence that opens with the appointed person's name is that person
                pronoun = (
                    i > 0
                    and re.match(r"(?:He|She)\b", ahead.norm) is not None
                    and wider[i - 1].end <= ahead.start
                    and _names_shared(text, wider[i - 1].norm, opening=True)
                    and not _APPOINT.search(wider[i - 1].norm)
                )
                # "The new chief will ...", "UNICEF said its new chief would ...": a noun for the one appointed
                noun_ref = _BACKREF_OPENING.match(ahead.norm) is not None and not re.match(
                    r"(?:[A-Z][^,]{0,60},\s+)?(?:He|She|They|His|Her|Their)\b", ahead.norm
                )
                if (
                    (by_name and _TERM_VERB.search(ahead.norm))
                    or (
                        noun_ref
                        and (_TERM_VERB.search(ahead.norm) or _TERM_WORDS.search(ahead.norm))
                        and _new_term(_term(ahead.norm, 0, ctx.near)[0], ctx.near)
                    )
                    or (
                        pronoun
                        and (_TERM_VERB.search(ahead.norm) or _TERM_WORDS.search(ahead.norm))
                        and _new_term(_term(ahead.norm, 0, ctx.near)[0], ctx.near)
                    )
                ):
                    # "Tedros will begin his five-year term on 1 July 2017", other elections told between
                    term, term_why = _term(ahead.norm, 0, ctx.near)
                    term_passage = ahead if term else None
                    break
        if term is not None:
            told[n] = term
        prev = verb.end()
        for k, (slug, o_start, o_end) in enumerate(offices):
            words = text[prev:o_start]
            agent = re.match(
                r"\s*by\s+(?:the\s+)?[^;]*?(?=\s+as\s+(?:(?:the|its)\s+)?(?:(?:new|next)\s+)?$)", words
            )
            if (
                k == 0 and agent
            ):  # "X has been elected by the 57th Session of the Authority as the new": the electors
                words = words[agent.end() :]
            # "took office as the World Customs Organization's (WCO)": the organization's name is no person
            bare = re.sub(
                r"\b[\w-]+['’]s\b|\b" + ORDINAL + r"\b", "", words[: _own_name_at_end(ctx, words)], flags=re.I
            )  # "the Commission's ninth"
            if k == 0 and not re.search(
                r"[A-Z][a-z]",
                re.sub(
                    r"\b(?:the|new|next|as|post|position|of|for|SCO)\b|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b",
                    "",
                    bare,
                ),  # "X was elected on Thursday as the next": the day is no one's name
            ):
                # "X has been appointed (as) the new Secretary-General": the person comes first
                head = text[: verb.start()]
                if passage.start < ctx.anchor.end:  # "Manila, Nov 28 (Xinhua) X will become": no dateline
                    dateline = " ".join(ctx.doc.text[passage.start : ctx.anchor.end].split())
                    if dateline and head.startswith(dateline):
                        head = " " * len(dateline) + head[len(dateline) :]
                # "X, a Tajik diplomat, was", "X, Ethiopia's former foreign minister, formally took up"
                appositive = re.search(
                    r",\s*(?:a|an|the|[A-Z][\w-]*['’]s)\s+[^,]*,?\s*$|,\s*(?:a|an|the|[A-Z][\w-]*['’]s)\s+[^,]*,(?=\s)",
                    head,
                )
                nationality_hint = ""
                if appositive:  # "Rashid Alimov, a Tajik diplomat, was appointed": the nationality in between
                    nationality_hint = " ".join(
                        t
                        for t in appositive.group().split()
                        if lookup_party(re.sub(r"['’]s$", "", t.strip(",")))
                    )
                    head = head[: appositive.start()] + head[appositive.end() :]
                parts = re.split(r"[;:]|,\s+(?=[A-Z])|\bthat\b|\s[-–—]{1,2}\s", head)
                subject = parts[-1]  # "P, Sept 29 -- X was"
                titled = (
                    re.fullmatch(
                        r"\s*(?:[Tt]he\s+)?(?P<t>President|Prime\s+Minister|King|Emir|Amir|Sultan)\s+of\s+(?P<of>[^,]+?)\s*",
                        parts[-2],
                    )
                    if len(parts) > 1
                    else None
                )
                if titled and any(is_state(p.value) for p in find_parties(titled.group("of"))):
                    # "The President of Ghana, John Mensah, was elected Chairperson": the head of that state
                    subject = f"{titled.group('t')} {subject.strip().rstrip(',')} of {titled.group('of')}"
                if re.search(r",\s*(?:who|whom|which)\b[^,]*$", subject):
                    continue  # "X, who was elected Secretary General in 2015, opened ...": told in passing
                subject = re.sub(_ADVERBS_AT_END, "", subject.strip())  # "X was today", "X has now been"
                subject = re.sub(
                    r"\s+(?:has|have|had|was|were|is|will)(?:\s+been|\s+be)?\s*$", "", subject.strip()
                )
                subject = re.sub(r"^.*?\b(?:former|current|incumbent)\s+", "", subject, flags=re.I)
                quote_from = text.find(subject.split()[0]) if subject.split() else 0
                if nationality_hint:
                    subject = f"{subject.strip()} ({nationality_hint})"
                words = subject
                out.extend(
                    _appointment(ctx, passage, slug, words, o_end, quote_from, term, term_passage, term_why)
                )
                prev = o_end
                continue
            prev = o_end
            out.extend(
                _appointment(
                    ctx, passage, slug, words, o_end, 0 if k == 0 else None, term, term_passage, term_why
                )
            )
    return out


# adverbs between the auxiliary and the verb, or after the verb: "was today appointed", "has now been named"
_ADVERBS_AT_END = re.compile(
    r"(?:\s+(?:today|yesterday|tonight|now|also|formally|officially|unanimously|duly|finally|overwhelmingly|narrowly"
    rf"|(?:on|this|last)\s+{WEEKDAY}|by\s+acclamation|by\s+consensus))+\s*$",
    re.I,
)
_TITLES = {
    "Professor",
    "Prof",
    "Dr",
    "Mr",
    "Ms",
    "Mrs",
    "President",
    "Minister",
    "Ambassador",
    "Secretary",
    "General",
    "Sir",
}


def _fuller_name(ctx: Context, written: str) -> str:
    """A person named by the surname alone takes the text's one fuller name of that surname ("Marimoutou"
    after "Professor Velayoudom Marimoutou"); titles are no part of it."""
    if len(written.split()) != 1:
        return written

    def name_run(words: list[str]) -> str:
        # the words right before the surname up to the first title ("Finance Minister Christine Lagarde" ->
        # "Christine Lagarde"): a title's own words before it ("Finance") are no part of the name
        kept = [words[-1]]
        for w in reversed(words[:-1]):
            if w.rstrip(".") in _TITLES or re.search(r"['’]s$", w):
                break  # a title, or a possessive ("Kenya's Veronica ..."): no part of the name
            kept.insert(0, w)
        return " ".join(kept)

    fuller = {
        name_run(m.group().split())
        for m in re.finditer(
            rf"\b(?:[A-Z]\.\s*|[A-Z][\w'’-]+\s+){{1,3}}{re.escape(written)}\b", " ".join(ctx.doc.text.split())
        )
    }
    fuller = {f for f in fuller if len(f.split()) > 1 and not find_parties(f)}
    longest = max(fuller, key=len, default=written)
    if all(set(f.split()) <= set(longest.split()) for f in fuller):
        return longest  # "Veronica Nduva" in the headline, "Veronica Mueni Nduva" in the text: one person
    return written


def _same_person(text: str, later: str) -> bool:
    """Whether a later sentence is about a person the appointment's sentence names: it opens with that
    person's name ("Vitorino, who had led ..., was elected for a five-year mandate", "Ms. Pope ... becomes
    the first woman to lead it"), so it tells the same election, not another."""
    opening = re.match(
        r"(?:(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+)?(?P<name>[A-Z][\w'’-]+)(?:\s+[A-Z][\w'’-]+)?\s*(?:,|\b(?:was|is|has|will|becomes|became)\b)",
        later,
    )
    if opening is None or opening.group("name") in ("The", "He", "She", "They", "It", "This"):
        return False
    return re.search(rf"\b{re.escape(opening.group('name'))}\b", text) is not None


_TITLE_WORDS = r"(?:Mr|Ms|Mrs|Dr|Prof|Professor|Ambassador|Judge|Justice|Sir|Dame|Dr)"
_INSTITUTION_WORDS = re.compile(
    r"^(?:The|A|An|Council|Assembly|Conference|Congress|Organi[sz]ation|Union|Fund|Agency|Authority|Bureau|Board"
    r"|Body|Secretariat|Commission|Committee|Community|International|United|Nations|General|Secretary|Secretary-General"
    r"|President|Director|Director-General|Chair|Chairman|Chairperson|Minister|Ministry|Summit|World|National|Parliament"
    r"|Republic|Government|Mr|Ms|Mrs|Dr|Prof|He|She|His|Her|They|It|Its|Once|After|When|In|On|At|By|With|Under|Since)$"
)


def _name_words(text: str) -> set[str]:
    """The words of the persons' names a sentence writes: runs of two or more capitalized words, with no
    institution's word and no state."""
    words: set[str] = set()
    for run in re.finditer(r"\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,5}\b", text):
        tokens = run.group().split()
        if any(_INSTITUTION_WORDS.match(t) for t in tokens) or find_parties(run.group()):
            continue
        words.update(t for t in tokens if len(t) >= 2 and not re.match(MONTHS, t))
    return words


# a clause that tells someone's own term: "Professor Thomson's five-year mandate will begin on ...",
# "..., and her term starts on ...": at a sentence's or clause's opening only
_POSSESSED_TERM = re.compile(
    rf"(?:^|[,;]\s+(?:and\s+|but\s+|while\s+)?)(?:(?P<pron>[Hh]is|[Hh]er|[Tt]heir)|(?:{_TITLE_WORDS}\.?\s+)?"
    r"(?P<name>[A-Z][\w-]+)['’]s)\s+(?:[\w-]+\s+){0,3}?(?:term|mandate|tenure)\b"
)


def _possessed_term(text: str, later: str) -> int | None:
    """Where a later sentence's clause opens with the appointed person's own term (their name's possessive,
    or a pronoun's), to be read from there; None if no clause does."""
    names = _name_words(text)
    for m in _POSSESSED_TERM.finditer(later):
        if m.group("name") and m.group("name") not in names:
            continue
        return m.start()
    return None


def _names_shared(text: str, later: str, opening: bool = False) -> bool:
    """Whether a later sentence names a person of the appointment's sentence: a word of a run of two or
    more capitalized words there (no institution's word, no state), written in the later sentence ("The
    member states voted and chose Dominguez"). ``opening``: the name must be the later sentence's subject,
    first or after a leading clause ("Once that is approved, Dominguez will start ...")."""
    for w in _name_words(text):
        # the subject may carry a title: "..., Ambassador Sarwar assumed", "Professor Thomson will"
        rx = rf"(?:^|,\s+)(?:{_TITLE_WORDS}\.?\s+)?{re.escape(w)}\b" if opening else rf"\b{re.escape(w)}\b"
        if re.search(rx, later):
            return True
    return False


# what refers back to the one just appointed: a pronoun, "the new chief", "the President-elect", "the winner"
_BACKREF_OPENING = re.compile(
    r"^(?:[A-Z][^,]{0,60},\s+)?(?:(?:He|She|They|His|Her|Their)\b|The\s+(?:(?:new|next|incoming|future)\s+[\w-]+|[\w-]+-elect|winner|appointee)\b)"
    # "UNICEF said its new chief would take up her duties ...": the one appointed, in reported speech
    r"|^(?:The\s+)?(?:[\w-]+\s+){1,3}?(?:said|says|announced|added|confirmed)\s+(?:that\s+)?(?:its|the|their)\s+(?:new|next|incoming)\s+[\w-]+\b"
    # "X, who chaired the vote, announced the result and said the new secretary-general would serve ..."
    r"|^[^.;]{0,200}?\b(?:and|then)\s+(?:said|added|announced|confirmed)\s+(?:that\s+)?(?:its|the|their)\s+(?:new|next|incoming)\s+[\w-]+\b"
)
_TERM_WORDS = re.compile(
    r"\b(?:term|mandate|tenure|in\s+office|hold\s+the\s+(?:post|office|position)|takes?\s+office|takes?\s+up"
    r"|assumes?\s+(?:office|the\s+post|(?:his|her|their)\s+duties))\b",
    re.I,
)


_LIST_ITEM = re.compile(r"\s*(?:\d{1,2}[.)]|[-–•*])")


def _opens_with_other(text: str, later: str, elected: str) -> bool:
    """Whether a later sentence opens with the name of another person the text tells elected (in ``elected``,
    the other appointment sentences), whom the appointment's sentence does not name ("Quorvane won ..." after
    Lantern's election told after hers)."""
    opening = re.match(r"(?P<w>[A-Z][\w'’-]+)\b", later)
    if opening is None or not re.search(rf"\b{re.escape(opening.group('w'))}\b", elected):
        return False
    if _INSTITUTION_WORDS.match(opening.group("w")) or find_parties(opening.group("w")):
        return False
    if opening.group("w") in (
        "This",
        "That",
        "These",
        "Those",
        "Delegates",
        "Members",
        "Voting",
        "According",
    ):
        return False
    return not _names_shared(text, later, opening=True)


_WHEN_MANDATE = re.compile(
    r"\btake\s+(?:up\s+)?office\s+(?:when|once|as\s+soon\s+as)\s+the\s+(?:mandate|term)s?\s+of\s+(?:the\s+)?(?P<who>[\w'’ -]{3,60}?)\s+"
    r"(?:expires?|ends?|runs?\s+out|comes?\s+to\s+an\s+end)\b",
    re.I,
)


def _when_mandate_ends(ctx: Context, later: list[Passage]) -> str | None:
    """ "The new team will take office when the mandate of the outgoing Commission expires", the text saying
    elsewhere that "the mandates of the outgoing Commission end on 8 May 2021": an open term from that day."""
    for s in later:
        m = _WHEN_MANDATE.search(s.norm)
        if m is None:
            continue
        who = re.escape(m.group("who").strip())
        ends = re.search(
            rf"\b(?:mandate|term)s?\s+of\s+(?:the\s+)?{who}\s+(?:ends?|expires?|runs?\s+out)\s+on\s+(?P<day>[^,;.]+)",
            " ".join(ctx.doc.text.split()),
            re.I,
        )
        days = [d for d in find_dates(ends.group("day")) if d.kind == "day"] if ends else []
        if days:
            return f"{days[0].edtf}/.."
    return None


def _new_term(term: str | None, near: dt.date | None) -> bool:
    """Whether a term read from a later sentence can be the one just given: it does not begin more than a
    year before the text's day ("previously ambassador from 2006 to 2012" is another post)."""
    if term is None:
        return False
    if near is None:
        return True
    return int(term[:4]) >= near.year - 1


# a later sentence that dates the act itself: "The appointment was made on Thursday, 25 February 2021",
# "The decision was taken at the meeting of the Union on 6 February", "The vote was held on Monday"
_DECISION_DAY = re.compile(
    r"^(?:The|This|That|Their|His|Her)\s+(?:decision|appointment|election|vote|ballot|choice|nomination|selection)\b"
    r"[^.;]{0,40}?\b(?:was|were|had\s+been)\s+(?:taken|made|held|reached|cast|adopted|confirmed)\b"
)


def _decision_day_told(ctx: Context, passage: Passage) -> str | None:
    """The words of the next two sentences that date the appointment told in ``passage`` (its decision's own
    day), when one opens so."""
    later = [s for s in ctx.sentences if s.start >= passage.end][:2]
    for s in later:
        if _DECISION_DAY.match(s.norm) and ctx.stated_day(s.norm) is not None:
            return s.norm
    return None


def _refers_back(text: str, later: str) -> bool:
    """Whether a later sentence is about the one just appointed: it opens with a pronoun or a noun that
    stands for them ("The new chief will be in office from ..."), or names them as its subject."""
    return _BACKREF_OPENING.match(later) is not None or _names_shared(text, later, opening=True)


MONTHS = rf"{MONTH}\b"


# (a title in lower case names an office only with its "of" and a capitalized name: "elected president of the
# Inter-American Development Bank")
_GENERIC_OFFICE = re.compile(
    r"\b(?P<title>(?:(?:(?:First|Second|Third)\s+)?(?:Deputy|Vice)[\s-]|(?:First|Executive|Acting|High|Special|Managing)\s+)?(?:Chairperson|Chairman|Chair|Secretary[- ]General|Chief|Director|Commissioner|Head|Executive\s+Secretary|President|Representative|(?:(?<=\bas\s)|(?<=\bas\sthe\s)|(?<=\bas\sits\s))chair(?:person|man|woman)?(?=\s+of\s+(?:the\s+)?[A-Z])|(?:president|secretary[- ]general|director[- ]general|managing\s+director|executive\s+secretary)(?=\s+of\s+(?:the\s+)?[A-Z]))(?:[\s-]General)?(?![a-z])"  # "Heads of State" names no Head
    r"(?:\s+on\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)[A-Z][\w-]*(?:\s+(?:of\s+the\s+|of\s+|and\s+)?[A-Z][\w-]*)*)?)"  # "High Commissioner on National Minorities"
    r"(?:\s+of\s+(?:the\s+)?(?P<body>[A-Z][\w-]*(?:\s+(?:of\s+the\s+|of\s+|for\s+|and\s+|in\s+)?[A-Z][\w-]*)*))?"
    # "as the bank's next president", "as its sixth secretary-general": the organization told by its kind
    r"|(?:the\s+)?(?:organi[sz]ation['’]s|its|the\s+(?:body|agency|union|bloc|alliance|fund|forum|bank|lender|group"
    rf"|community|institution|association)['’]s)\s+(?:(?:next|new|{ORDINAL})\s+)?"
    r"(?P<lower>secretary[- ]general|director[- ]general|managing\s+director|president|chair(?:person|man|woman)?|executive\s+secretary)\b"
)


# a sitting, not a standing body: its chair presides over it and holds no office afterwards
_SITTING_NOUN = r"(?:(?:\d+\w*|[A-Z][a-z]+(?:th|st|nd|rd))\s+)?(?:Summit|Meeting|Session|Sitting)"


def _head_noun_of_own_name(ctx: Context, noun: str) -> bool:
    """Whether a capitalized noun ends the organization's full name as the text writes it (its initials spell
    the slug: "the Zone" of the Xylo Yard Zone, xyz)."""
    slug = ctx.org.replace("-", "").upper()
    for m in re.finditer(
        rf"\b((?:[A-Z][\w'’-]*\s+(?:of\s+(?:the\s+)?|for\s+|and\s+)?){{1,6}}){noun}\b", ctx.doc.text
    ):
        words = [w for w in (m.group(1) + noun).split() if w[:1].isupper()]
        if "".join(w[0] for w in words).upper() == slug:
            return True
    return False


def _generic_offices(ctx: Context, text: str, start: int) -> list[tuple[str, int, int]]:
    """An office no table knows, named by its words: "Chairperson of the African Union Commission" ->
    commission-chairperson; "Chief of the Joint Staff of the CSTO" -> joint-staff-chief."""
    for m in _GENERIC_OFFICE.finditer(text, start):
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
    r"^\s*(?:the\s+)?(?:(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}['’]s?\s+)?(?:President|Prime\s+Minister|King|Emir|Amir|Sultan|Chancellor|Head\s+of\s+State)\b"
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


def _chair_of_state(
    ctx: Context, passage: Passage, office: str, words: str, o_end: int, first: int | None
) -> list[Candidate] | None:
    """A head of state or government elected to the organization's own chair ("President X of Zimbabwe was
    elected Chairperson of SADC", "designated the Malian leader as President of the Confederation"): the
    chair passes to that state (``PresidencyHandedOver``), not an official's appointment. None otherwise."""
    # "H.E. President X of Malawi", "His Excellency President X": the style before the title is no part of it
    head = _HEAD_OF_STATE.match(strip_style(words))
    chair = None
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
        if body == ctx.org or spells_slug(body.replace("-", " "), ctx.org):
            body = "authority"  # "Chairperson of SADC": the organization's own chair
        body = body.removeprefix(f"{ctx.org}-")  # "the XYZ Organ on Defence": the organ, not the organization
        if _OFFICIALS_BODY.search(body) or _MEETING_BODY.fullmatch(body):
            return None
        chair = None if _TOP_BODY.match(body) else body.split("-")[0]
    elif office not in _CHAIR_OFFICES:
        return None
    # the head named after the name: "Dr. X Y, President of the Republic of Namibia, as chairperson of the Organ"
    apposed = re.search(
        r",\s*(?:the\s+)?(?:President|Prime\s+Minister|King|Emir|Amir|Sultan)\s+of\s+(?P<of>[^,]+),?\s*(?:as\s+)?$",
        words,
    )
    if head is None and apposed is None:
        return None
    states = [p.value for p in find_parties(apposed.group("of") if apposed else words) if is_state(p.value)]
    dem = head.group("dem") if head is not None else None
    state = states[-1] if states else (demonym_state(dem) if dem else None)
    if state is None:  # "elected President X as Chairperson of the Organ": a state's turn, the state not told
        return [] if head is not None and re.match(r"\s*(?:the\s+)?President\s+[A-Z]", words) else None
    text = passage.norm
    start = first if first is not None else max(0, text.find(words.strip()))
    if re.search(r"\b(?:former|ex-|late|outgoing)\s*(?:[\w'’-]+\s+){0,2}$", text[:start]):
        return None  # "former President X of Y was named Chairman": no state's turn
    event = {"type": "PresidencyHandedOver", "to_party": state}
    if chair:
        event["chair"] = chair
    return [ctx.decision(event, "effective", passage.sub(start, o_end), words=text)]


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


def _appointment(
    ctx: Context,
    passage: Passage,
    office: str,
    words: str,
    o_end: int,
    first: int | None,
    term: str | None,
    term_passage: Passage | None,
    term_why: str | None = None,
) -> list[Candidate]:
    text = passage.norm
    words = re.sub(r"^\s*(?:,\s*)?(?:and\s+|as\s+)?", "", words)
    words = re.sub(rf"\s+(?:on|last|this)\s+{WEEKDAY}\b", "", words)
    words = re.sub(
        rf",?\s+to\s+(?:become|be|serve\s+as)(?:\s+(?:the|a|an|its|their))?(?:\s+[\w-]+['’]s)?(?:\s+(?:new|next|{ORDINAL}))?\s*$",
        "",
        words,
    )  # "X to be the organization's next"
    words = re.sub(r",?\s+to\s+(?:head|lead|run|direct)\b.*$", "", words)  # "X to head the secretariat as"
    words = re.sub(
        r"\s+for\s+(?:a|another)\s+(?:\w+\s+)?(?:term|mandate)(?:\s+of\s+office)?(?=\s+as\b|\s*$)", "", words
    )  # "X for a second term as"
    words = re.sub(
        rf"\s+as(?:\s+(?:the|a|an|its|their))?(?:\s+[\w-]+['’]s)?(?:\s+(?:new|next|{ORDINAL}))?\s*$"
        rf"|\s+(?:the|a|an|its|their)(?:\s+[\w-]+['’]s)?(?:\s+(?:new|next|{ORDINAL}))?\s*$",
        "",
        words,
    )  # "X as the organisation's new", "X to become the alliance's next", "X as its sixth"
    words = words[: _own_name_at_end(ctx, words)]  # "X took office as the World Customs Organization's (WCO)"
    own_abbr = re.search(r"\s+(?:the\s+)?(?P<a>[A-Z][A-Z-]{1,9})\s*$", words)
    if own_abbr and own_abbr.group("a").replace("-", "").casefold() == ctx.org.replace("-", ""):
        words = words[: own_abbr.start()]  # "appointed X WCO Secretary General": the organization, no name
    chair = _chair_of_state(ctx, passage, office, words, o_end, first)
    if chair is not None:
        return chair
    after = re.match(
        r"^(?P<app>[^,]*[a-z][^,]*),\s+(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,4}),?\s*$",
        words.strip(),
    )
    if after and re.search(
        r"\b(?:minister|ambassador|diplomat|envoy|official|secretary|president|director)\b",
        after.group("app"),
        re.I,
    ):
        # "Ghana's foreign minister, Shirley Ayorkor Botchwey": the name after the title, the state before
        states = [p for p in find_parties(after.group("app")) if is_state(p.value)]
        words = after.group("name") + (f" ({states[0].value})" if states else "")
    appositive = re.match(
        r"^(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,4}),\s+(?P<app>(?:[^,]|,(?!\s*$))+?),?\s*$",
        words.strip(),
    )
    if appositive and re.search(r"[a-z]", appositive.group("app")):
        # "Mahamoud Ali Youssouf, Djibouti's Minister of Foreign Affairs and ..., as": the name before the comma
        states = [p for p in find_parties(appositive.group("app")) if is_state(p.value)]
        words = appositive.group("name") + (f" ({states[0].value})" if states else "")
    bracket = re.search(r"\((?P<who>[^()]*)\)", words)
    nationality = None
    if bracket:
        found = find_parties(bracket.group("who"))
        nationality = found[0].value if found else None
        name_text = words[: bracket.start()]
    else:
        name_text = words
    # "Kazakhstan's Nurlan Yermekbayev", "Nurlan Yermekbayev of Kazakhstan", "former Kazakh Defense Minister N. Y."
    states = [p for p in find_parties(name_text) if is_state(p.value)]
    if states and nationality is None:
        nationality = states[-1].value
    person = (
        parse_item(name_text, ctx.org, ctx.known_persons)
        if states or re.search(r"\s", name_text.strip())
        else None
    )
    written = (
        person.written
        if person
        else strip_honorifics(
            re.sub(r"^(?:the\s+)?(?:candidacy|candidature|nomination)\s+of\s+", "", name_text.strip(" ,"))
        )
    )
    written = re.sub(
        r"^(?:(?:Mr|Ms|Mrs|Dr|Prof|Professor)\.?\s+)+", "", written
    )  # a title is no part of a name
    # an office held at home before the name: "Federal Councillor X Y", "Senator X Y", "Foreign Minister X Y"
    written = re.sub(
        r"^(?:(?:Federal|Foreign|Finance|State|Deputy|Vice|Prime)\s+)*(?:Councill?or|Senator|Chancellor|Governor|Minister"
        r"|Ambassador|Judge|Justice|Secretary)\s+(?=[A-Z][\w'’.-]+\s+[A-Z])",
        "",
        written,
    )
    if not written or not re.match(r"[^\W\d_]", written) or len(written.split()) > 6:
        return []
    written = _fuller_name(ctx, written)
    if not name_like(written):
        return []  # "former Tanzanian (President ...)", "The Summit": no one's name
    kind, name, close = match_person(written, ctx.known_persons)
    closest = list(close)
    start = first if first is not None else text.find(words.strip(), 0)
    quote = passage.sub(start, o_end)
    event: dict[str, Any] = {"type": "OfficialAppointed", "office": office, "person": name or written}
    nationality = nationality or (nationality_of(name) if name else None)
    if nationality:
        event["nationality"] = nationality
    words_ = text
    told_after = _decision_day_told(ctx, passage)
    if told_after is not None and ctx.stated_day(text) is None:
        words_ = told_after  # "The appointment was made on Thursday, 25 February": the decision's own day
    if re.search(r"\b(?:the\s+same|that)\s+day\b", text):
        before_ = [p for p in ctx.sentences if p.end <= passage.start][-1:]
        words_ = (
            before_[0].norm + " " if before_ else ""
        ) + text  # "took office the same day": the day before told
    cand = ctx.decision({**event, "term": term} if term else event, "decided_on", quote, words=words_)
    if term_passage is not None:
        cand.event["more_sources"] = [ctx.source(term_passage)]
    if term is not None and term_why and cand.record == "event":
        # a term whose year was read around the text's day is marked inferred, with the reason
        src = dict(cand.event["source"])
        src["inferred"] = True
        src["note"] = f"{src['note']}; {term_why}" if src.get("note") else term_why
        cand.event["source"] = src
    if kind == "close":
        near = ", ".join(closest)
        return [
            Candidate(
                "unresolved",
                cand.event,
                note=f"close name {written!r}: may be {near} (--accept-candidates takes the closest)",
                kind="close-name",
                closest=tuple(closest),
            )
        ]
    notes = [] if kind == "known" else ["new person"]
    if term is None and cand.record == "event":
        # no term stated: in office from the decision on, the end open (the chronicle's "/..")
        decided = cand.event.get("decided_on")
        cand.event["term"] = f"{decided}/.."
        notes.append("term not stated")
    elif term is None:
        return [
            Candidate(
                "unresolved", cand.event, note="no term found for the appointment", kind="term-unresolved"
            )
        ]
    same = _same_date_term(ctx, passage, cand.event.get("term"))
    if same is not None:  # "appointed Director ... until the same date"
        cand = Candidate(cand.record, {**cand.event, "term": same})
        notes = [n for n in notes if n != "term not stated"]
    if notes:
        cand = Candidate(cand.record, {**cand.event, "note": "; ".join(notes)}, note="; ".join(notes))
    return [cand]


_TERM_YEARS = re.compile(
    r"\b(?P<n>one|two|three|four|five|six|\d)[\s-]+year\s+(?:term|period|mandate)\b.*?\b(?:from|starting|beginning|as\s+of|effective)\s+"
    r"|\bfor\s+(?:a\s+period\s+of\s+)?(?P<n2>one|two|three|four|five|six|\d)\s+years?\s+(?:from|starting|beginning|as\s+of|effective)\s+",
    re.I,
)
_NUMBERS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}


_WEEKDAY_BEFORE_DAY = re.compile(
    r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+(?=\d{1,2}\s+[A-Z][a-z]|[A-Z][a-z]+\.?\s+\d{1,2}\b)"
)


def _term(text: str, start: int, near: dt.date | None = None) -> tuple[str | None, str | None]:
    """A term of office and, when its year was not written, why the year is the one given (else None).

    "from 1 January 2013 to 31 December 2015", "for 2025-2027", "a three-year term from 1 January 2022"; and
    the general grammar :func:`term_grammar` reads (a start, an end or a length, in any order). A weekday
    before a day ("will begin on Tuesday, April 9, 2019") is no part of the day."""
    text, start = _WEEKDAY_BEFORE_DAY.sub("", text[start:]), 0
    found, why = _term_fixed(text, start, near)
    if found is not None and not found.endswith("/.."):
        return found, why
    general, why_ = term_grammar(text[start:], near)
    if general is not None and (found is None or not general.endswith("/..")):
        return general, why_
    return found, why


def _term_fixed(text: str, start: int, near: dt.date | None = None) -> tuple[str | None, str | None]:
    rest = text[start:]
    for d in find_dates(rest):
        if d.kind == "days" and "/" in d.edtf:
            return d.edtf, None
    for d in find_dates(rest):
        if d.kind == "years" and re.search(
            r"\b(?:for|of|from|in)\s+(?:the\s+)?(?:period\s+(?:of\s+)?)?$", rest[: d.start]
        ):
            office = re.search(
                r"\btake[sn]?\s+office\s+on\s+(?P<day>\d{1,2}\s+\w+(?:\s+\d{4})?|\w+\s+\d{1,2}(?:,?\s+\d{4})?)",
                rest,
            )
            first_year = d.edtf.split("/")[0][:4]
            days = (
                [x for x in find_dates(office.group("day"), int(first_year)) if x.kind.rstrip("?") == "day"]
                if office
                else []
            )
            if days:  # "for the 2025-2028 term and will take office on 15 March": from that day, to that year
                return f"{days[0].edtf}/{d.edtf.split('/')[-1][:4]}", None
            return years_interval(d.edtf), None
    for d in find_dates(rest[:80]):
        if (
            d.kind == "year"
            and re.search(r"^[^.;]*?\bfor\s+(?:the\s+(?:calendar\s+)?year\s+)?$", rest[: d.start])
            and not re.match(r"\s*[-–/]", rest[d.end :])
        ):  # "elected President of the Council for 2024": that calendar year
            return f"{d.edtf}/{d.edtf}", None
    span = re.search(
        r"\b(?:take\s+office|from|starting|as\s+of|beginning)\s+(?:on\s+)?(?P<first>(?:\d{1,2}\s+\w+|\w+\s+\d{1,2}),?\s+\d{4})\b.*?"
        r"\b(?:until|to|till|through)\s+(?:the\s+end\s+of\s+)?(?P<last>(?:(?:\d{1,2}\s+\w+|\w+\s+\d{1,2}),?\s+)?\d{4})\b",
        rest,
    )
    if span:
        starts = [d for d in find_dates(span.group("first")) if d.kind == "day"]
        ends = find_dates(span.group("last"))
        if starts and ends:
            end = ends[0].edtf if ends[0].kind == "day" else f"{ends[0].edtf[:4]}-12-31"
            return f"{starts[0].edtf}/{end}", None
    m = _TERM_YEARS.search(rest)
    if m:
        days = [d for d in find_dates(rest[m.end() :]) if d.kind == "day"]
        why = None
        if not days and near is not None:  # "... starting on 1 May": the first such day around the text's own
            first_words = re.match(
                r"\s*(?:on\s+)?(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2})\b", rest[m.end() :]
            )
            if first_words:
                days = [d for d in dates_near(rest[: m.end() + first_words.end()], near) if d.kind == "day?"][
                    -1:
                ]
                why = _inferred_why(near) if days else None
        if days:
            first = dt.date.fromisoformat(days[0].edtf)
            n = m.group("n") or m.group("n2")
            years: int = _NUMBERS.get(n.lower()) or int(n)
            try:
                last = first.replace(year=first.year + years) - dt.timedelta(days=1)
            except ValueError:
                return None, None
            return f"{first.isoformat()}/{last.isoformat()}", why
    begins = _TERM_START.search(rest)
    days = [d for d in find_dates(begins.group("day")) if d.kind == "day"] if begins else []
    if days:  # "as of 1 January 2020; ... the post is held for three years": from that day, so long
        first = dt.date.fromisoformat(days[0].edtf)
        length = _TERM_LENGTH.search(rest)
        if length is None:
            return f"{first.isoformat()}/..", None
        n = length.group("n") or length.group("n2")
        years = _NUMBERS.get(n.lower()) or int(n)
        try:
            last = first.replace(year=first.year + years) - dt.timedelta(days=1)
        except ValueError:
            return None, None
        return f"{first.isoformat()}/{last.isoformat()}", None
    return None, None


# a sentence's own verb of taking up an office ("will take office on", "will begin her five-year term on")
_TERM_VERB = re.compile(
    r"\b(?:will|shall|is\s+to|are\s+to)\s+(?:take\s+office|take\s+up|assume|start|begin|serve|take\s+over\s+from)\b"
    # told done: "X assumed his duties on 25 October", "has taken up her post"
    r"|\b(?:took|assumed|(?:has|have|had)\s+(?:taken|assumed))\s+(?:up\s+)?(?:office|(?:his|her|their|the)\s+(?:post|duties|functions|office|position))\b",
    re.I,
)
_TERM_START = re.compile(
    r"\b(?:as\s+of|with\s+effect\s+from|effective(?:\s+from)?|starting(?:\s+on|\s+from)?|beginning(?:\s+on)?|from"
    # "will start work on 1 October 2024", "takes office on", "take up her duties on"
    r"|(?:start|starts|begin|begins|take\s+up|takes\s+up|assume|assumes)\s+(?:work|office|duties|(?:his|her|their|the)\s+(?:(?:\w+|\d+)[\s-]+year\s+)?(?:post|duties|term|mandate|functions))\s+on"
    r"|(?:take|takes)\s+office\s+on)\s+"
    r"(?P<day>\d{1,2}\s+[A-Z][a-z]+\.?,?\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4})",
)
_TERM_LENGTH = re.compile(
    r"\b(?P<n>one|two|three|four|five|six|\d)[\s-]+year\s+(?:term|period|mandate)\b"
    r"|\bfor\s+(?:a\s+(?:period|term)\s+of\s+)?(?P<n2>one|two|three|four|five|six|\d)\s+years?\b",
    re.I,
)


_NUM = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
# how long a term is: "a four-year term", "an initial five-year mandate", "a term of three years", "for four years"
_LENGTH = re.compile(
    rf"\b(?P<n>{_NUM})[\s-]+years?(?:[\s-]+long)?\s+(?:[a-z]+\s+)?(?:term|period|mandate|tenure)\b"
    rf"|\b(?:term|mandate|tenure|period)\s+of\s+(?:office\s+of\s+)?(?P<n2>{_NUM})\s+years\b"
    rf"|\bfor\s+(?:a\s+(?:[a-z]+\s+)?(?:period|term)\s+of\s+)?(?P<n3>{_NUM}|a)\s+(?:more\s+|further\s+)?years?\b",
    re.I,
)
# what stands right before a term's first day or month: "from", "starting (on)", "take office on", "will start
# an initial four-year term on", "his mandate begins on", "assumes her duties in"
_START_CUE = re.compile(
    r"(?:\b(?:from|as\s+of|starting|beginning|commencing|effective|with\s+effect\s+from)(?:\s+(?:on|in|from))?"
    r"|\b(?:take|takes|took|taken|taking|assume|assumes|assumed|assuming)\s+(?:up\s+)?(?:office|(?:(?:his|her|their|the)\s+)?(?:post|duties|functions|office|position|seat))(?:\s+(?:on|in))?"
    r"|\b(?:start|starts|begin|begins|commence|commences|take\s+up|takes\s+up)\s+(?:work|office|duties|(?:(?:his|her|their|the|an?|its)\s+)?(?:[\w-]+\s+){0,3}?(?:term|mandate|post|duties|functions|tenure))(?:\s+(?:on|in))?"
    r"|\b(?:term|mandate|tenure|chairmanship|presidency),?\s+(?:[\w-]+,?\s+){0,8}?(?:begins?|starts?|commences?|runs?\s+from)(?:\s+(?:on|in|from))?"
    # "takes over the (rotating) chairmanship on 1 January", "will assume the presidency in July"
    r"|\b(?:take|takes|took|taking|assume|assumes|assuming)\s+(?:over\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:chairmanship|presidency|chairpersonship|chair|helm)(?:\s+of\s+(?:the\s+)?[\w-]+(?:\s+[A-Z][\w-]*){0,4})?(?:\s+(?:on|in|from))?"
    r"|\bbe\s+in\s+office\s+from"
    # "will take over from X of France, who has led it since 2017, on November 15": the successor's first day
    r"|\b(?:will|shall|is\s+to)\s+take\s+over\s+from\s+[^.;]{1,120}?\s+(?:on|in))\s*$",
    re.I,
)
# a start cue anywhere ("... mandate will begin on"): _START_CUE without its end anchor
_START_CUE_ANY = re.compile(_START_CUE.pattern.removesuffix(r"\s*$"), re.I)
_END_CUE = re.compile(
    r"\b(?:until|till|through|to|ending(?:\s+on)?|ends?\s+on|expires?\s+on|running\s+(?:until|to)|runs?\s+(?:until|to))\s+(?:on\s+)?(?P<end>the\s+end\s+of\s+)?$",
    re.I,
)


def _inferred_why(near: dt.date) -> str:
    return f"the term's year is not written: read around the text's own day ({near.isoformat()})"


def _plus_years(first: str, years: int) -> str | None:
    """The last day (or month) of a term of ``years`` that begins on ``first`` (a day or a month)."""
    if len(first) == 7:
        y, m = int(first[:4]) + years, int(first[5:7]) - 1
        return f"{y - 1}-12" if m == 0 else f"{y}-{m:02d}"
    day = dt.date.fromisoformat(first)
    if (day.month, day.day) == (2, 29):  # from 29 February: to the last day of the next February
        return f"{day.year + years}-02-28"
    return (day.replace(year=day.year + years) - dt.timedelta(days=1)).isoformat()


def term_grammar(words: str, near: dt.date | None = None) -> tuple[str | None, str | None]:
    """A term from its parts, in any order: a first day or month after a start cue ("from", "takes office
    on", "will start an initial four-year term on", "his term will begin on"), and a last day after an end
    cue ("until", "running until", "until the end of 2028") or a length ("a four-year term", "for four
    years"). A first day written without its year is read around ``near`` (the text's day, on the side its
    clause's tense tells) and the reason is returned; with neither end nor length the term is open ("/..").
    Nothing without a first day: the start of a term is never guessed."""
    found = dates_near(words, near) if near is not None else find_dates(words)
    first = last = None
    why = None
    for d in found:
        kind = d.kind.rstrip("?")
        before = words[max(0, d.start - 90) : d.start]
        before = re.split(r"[;.]\s", before)[-1]
        if first is None and kind in ("days", "months") and _START_CUE.search(before):
            # "will chair the organization from January to June 2031": the span is the term
            why = _inferred_why(near) if d.kind.endswith("?") and near is not None else None
            return d.edtf, why
        if kind not in ("day", "month", "year"):
            continue
        early = re.search(r"\b(?:early|late|later)\s+in\s+$", before)
        if (
            first is None
            and kind == "year"
            and early
            and _START_CUE.search(before[: early.start()].rstrip() + " in")
            and d.kind == "year"
        ):  # "would take up her duties early in 2022": from that year, the day not told
            return f"{d.edtf}/..", None
        opening = re.search(r"\b(?:at\s+)?the\s+(?:start|beginning|outset)\s+of\s+$", before)
        if (
            first is None
            and kind == "year"
            and opening
            and _START_CUE.search(before[: opening.start()] + " ")
        ):
            first = f"{d.edtf}-01"  # "his term will begin at the start of 2031": that January
            continue
        if first is None and kind in ("day", "month") and _START_CUE.search(before):
            first = d.edtf
            why = _inferred_why(near) if d.kind.endswith("?") and near is not None else None
            if why is not None and near is not None and "/" not in first:
                # a term's first day is to come (or now): "takes office on 1 January" under May is next January
                begin = dt.date.fromisoformat(first + ("-01" if len(first) == 7 else ""))
                if begin < near - dt.timedelta(days=31):
                    first = f"{begin.year + 1}{first[4:]}"
            continue
        end = _END_CUE.search(before)
        if first is not None and last is None and end:
            if kind == "day":
                last = d.edtf
            elif kind == "year" and end.group("end"):
                last = f"{d.edtf}-12-31" if len(first) == 10 else f"{d.edtf}-12"
            elif kind == "month" and end.group("end"):
                y, m = int(d.edtf[:4]), int(d.edtf[5:7])
                nxt = dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1)
                last = nxt.isoformat() if len(first) == 10 else d.edtf
            elif kind == "month":
                last = d.edtf
    if first is None:
        return None, None
    if first.startswith("?") or not re.fullmatch(r"\d{4}-\d{2}(?:-\d{2})?", first):
        return None, None
    if last is not None and last >= first:
        return f"{first}/{last}", why
    length = _LENGTH.search(words)
    if length is not None:
        n = length.group("n") or length.group("n2") or length.group("n3")
        years = _NUMBERS.get(n.lower()) or int(n)
        end_ = _plus_years(first, years) if 0 < years <= 10 else None
        if end_ is not None:
            return f"{first}/{end_}", why
    return f"{first}/..", why


# a day stated after a handover's verb: the handover's day, not the meeting's
# (the year may be left out: "on 1 July" is read around the text's own day, by its clause's tense)
_DAY_WORDS = r"\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4})?|[A-Z][a-z]+\s+\d{1,2}(?:,?\s+\d{4})?"
_ON_DAY = re.compile(rf"\bon\s+(?P<day>{_DAY_WORDS})(?![-–]\d)")
_FROM_DAY = re.compile(
    rf"\b(?:from|as\s+of|starting|effective)\s+(?:on\s+)?(?P<day>{_DAY_WORDS})"
    r"(?!\d)(?!\s*(?:-|–|to|until|till|through)\s*(?:\d|[A-Z][a-z]+\.?\s+\d))"  # "from Oct 9 to 11": a span, no first day
)


# a non-restrictive relative clause: ", which hosted it in 2016,", ", who was elected in 2018 and served ..."
_RELATIVE = re.compile(
    r",\s*(?:which|who|whose|where|when|(?:the\s+)?(?:host|hosts|home|seat|founder)\s+of)\b[^,;]*(?:,|$)"
)  # and an apposition that tells its own act: ", host of the 13th session in 2016,"


def _told_as_history(ctx: Context, text: str, verb: re.Match[str]) -> bool:
    """Whether a handover's own dates all lie well before the text's meeting (or day): "X took over the
    chairmanship for 2018-2020 at a meeting in September 2018" in a 2019 report, "X served from 2018 to 2019
    before handing over to Y", "China, which took over the chairmanship on Jan. 1, is ready ..." in September.
    The dates of a relative clause that is not the handover's own are left out (", which joined in 2001,")."""
    relatives = [(m.start(), m.end()) for m in _RELATIVE.finditer(text)]
    own = [(a, b) for a, b in relatives if a <= verb.start() < b]
    # "... since Dec. 1, when it took over from Y": a "when" clause's time is the date it follows
    found = ctx.dates(text)
    own = [
        (a - 24, b)
        if re.match(r",\s*when\b", text[a:b]) and any(a - 24 <= d.start < a for d in found)
        else (a, b)
        for a, b in own
    ]
    spans = [(a, b) for a, b in relatives if (a, b) not in own]
    dates = [
        d
        for d in found
        if not any(a <= d.start < b for a, b in spans)
        and all(a <= d.start < b for a, b in own)
        and re.search(
            r"(?:\b(?:in|on|since|from|for|during|between|until|till|to|by|at)\s+(?:the\s+)?|day,\s*)$",
            text[: d.start],
        )
    ]  # in the handover's own relative clause only, when it is told in one; "its 2023 report" dates no act
    if not dates or re.search(r"\b(?:will|shall|is\s+to|are\s+to)\b", text[verb.start() : verb.end() + 1]):
        return False
    if ctx.meeting is not None and len(ctx.meeting.date) >= 10:
        first = dt.date.fromisoformat(ctx.meeting.date.split("/")[0][:10])
    elif ctx.near is not None:
        first = ctx.near
    elif ctx.year is not None:
        first = dt.date(ctx.year, 1, 1)
    else:
        return False
    for d in dates:  # a span's first day: "took over for 2018-2020" took it when the span began
        last = d.edtf.split("/")[0].rstrip("?")
        if not re.fullmatch(r"\d{4}(?:-\d{2}){0,2}", last):
            return False
        if len(last) == 4 and int(last) < first.year:
            continue
        if len(last) == 7 and (int(last[:4]), int(last[5:7])) < (first.year, first.month - 1):
            continue
        if len(last) == 10 and dt.date.fromisoformat(last) < first - dt.timedelta(days=31):
            continue
        return False
    return True


# a year after the text's own, told relatively: "next year", "the following year", "in the year after"
_NEXT_YEAR = re.compile(
    r"\b(?:(?<!\bfor\sthe\s)next\s+year|(?<!\bfor\s)the\s+(?:following|next|coming)\s+year|(?:in\s+)?the\s+year\s+after(?:\s+that)?)\b(?!['’])"
)  # not "for the coming year": a term's length from now
# a verb that tells a chair to come (or taking effect now): the year it names is the handover's
_TO_COME = re.compile(
    r"\b(?:will|shall|is\s+to|are\s+to|takes?\s+over|assumes?|passes|goes|chairs|becomes|holds)\b|\bnew\s+holder\b"
)
# a sentence that gives the chair's year: "elected X as its President for 2025", "who would lead the
# Commonwealth in 2017", "the chairmanship for 2026"
_CHAIR_YEAR = re.compile(
    r"\b(?:President|Chair(?:man|woman|person)?|presidency|chairmanship|chairpersonship|lead|chair|preside)\b"
    r"(?:\s+(?:over\s+)?(?:the\s+|its\s+)?[\w'’-]+){0,3}?\s+(?:for|in|throughout)\s+(?P<y>(?:19|20)\d\d)\b(?![-–/]\d)",
    re.I,
)
# the receiver's year told after: "Peru will host APEC throughout 2024", "X will chair the bloc in 2026"
_RECEIVER_YEAR = re.compile(
    r"\b(?:will|shall|is\s+to)\s+(?:(?:formally|officially)\s+)?(?P<v>host|chair|lead|preside\s+over|hold|assume|take\s+over)\s+"
    r"(?P<obj>(?:the\s+)?[\w'’-]+(?:\s+[A-Z][\w'’-]*){0,5}?)\s+(?:in|throughout|for)\s+(?P<y>(?:19|20)\d\d)\b(?![-–/]\d)"
)
# a second receiver told after the first: "and that Y will follow it in the year after", "and Y in 2019"
_SUCCESSOR = re.compile(
    r"(?:,\s*(?:and\s+)?|\s+and\s+)(?:that\s+|then\s+|to\s+)?(?P<who>(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s+"
    r"(?:(?:will|shall|is\s+to)\s+(?:follow|succeed|take\s+over\s+from)\s+(?:it|him|her|them|[A-Z][\w'’-]*)\s+)?"
    r"(?P<when>(?:in\s+)?the\s+year\s+after(?:\s+that)?|the\s+(?:following|next)\s+year|in\s+(?P<y>(?:19|20)\d\d)\b)"
)


def _year_told(
    ctx: Context, passage: Passage, text: str, verb: re.Match[str], receiver: str
) -> tuple[str, list[tuple[str, str, tuple[int, int]]]] | None:
    """The year a chair passes in, when the text tells one after the text's own year and no day: relatively in
    the handover's clause ("Tajikistan will hold the presidency next year" in a 2017 report: 2018), in one of
    the two sentences before ("elected X as its President for 2025. ... Sweden thus takes over the
    presidency"), or in one of the two after about the receiver ("Peru will host APEC throughout 2024"); with
    the receivers told next ("and that Turkmenistan will follow it in the year after": 2019). None otherwise:
    a year is never guessed, and a chair that passed (not one to come) keeps its own day."""
    base = ctx.year
    if base is None:
        return None
    to_come = _TO_COME.search(text[verb.start() : verb.end() + 1]) is not None
    cut = re.search(
        r";|,\s*and\b|\s+and\s+(?:that\s+)?(?=[A-Z])|\s+and\s+(?:the\s+)?[a-z]+\s+(?:will|shall|is\s+to)\b"
        r"|,\s*(?:which|who|whose)\b",
        text[verb.end() :],
    )  # "..., and the Council will hold its next meeting in Kyrgyzstan in 2019": another clause's year
    own = text[verb.start() : verb.end() + cut.start()] if cut else text[verb.start() :]
    nxt_ = _SUCCESSOR.search(own)
    own = own[: nxt_.start()] if nxt_ else own  # "to Chile in 2031, to Peru in 2032": the first receiver's
    stated = re.search(r"\b(?:in|for|throughout)\s+(?P<y>(?:19|20)\d\d)\b(?![-–/]\d)", own)
    year: int | None = None
    if to_come and stated and int(stated.group("y")) > base and len(find_dates(own)) == 1:
        year = int(stated.group("y"))  # "will preside over the A, the B and the C in 2017": its one year
    elif re.search(r"\b(?:19|20)\d\d\b|\bon\s+\d{1,2}\b|\b\d{1,2}\s+[A-Z][a-z]+\b", own):
        return None  # a year or a day of its own: read by the rules that follow
    elif to_come and (
        _NEXT_YEAR.search(own)
        or re.search(
            r"(?i)\bnext\s+year['’]s\s+(?:[\w-]+\s+)?(?:presidency|chairmanship|chair)\b",
            text[: verb.start()],
        )
    ):  # "Tajikistan will chair the CIS next year"; "Next year's presidency passes to Denmark"
        year = base + 1
    else:
        para = ctx.doc.text
        before = [s for s in ctx.sentences if s.end <= passage.start][-2:]
        before = [s for s in before if "\n\n" not in para[s.end : passage.start]]
        for s in reversed(before if to_come else []):
            m = _CHAIR_YEAR.search(s.norm)
            if m and int(m.group("y")) > base and not background(ctx, s.norm[: m.start()]):
                year = int(m.group("y"))
                break
        if year is None:
            after = [s for s in ctx.sentences if s.start >= passage.end][:2]
            for s in after:
                if "\n\n" in para[passage.end : s.start]:
                    break
                m = _RECEIVER_YEAR.search(s.norm)
                named = [p.value for p in find_parties(s.norm[: m.start()], exclude=[ctx.org])] if m else []
                if (
                    m
                    and int(m.group("y")) > base
                    and receiver in named[-1:]
                    and (m.group("v") != "host" or names_org(ctx, m.group("obj")))
                ):
                    year = int(m.group("y"))
                    break
    if year is None:
        return None
    successors: list[tuple[str, str, tuple[int, int]]] = []
    at, last = verb.end(), year
    while True:
        m = _SUCCESSOR.search(text, at)
        if m is None:
            break
        states = [p.value for p in find_parties(m.group("who"), exclude=[ctx.org]) if is_state(p.value)]
        if not states:
            break
        nxt = int(m.group("y")) if m.group("y") else last + 1
        if nxt <= last:
            break
        successors.append((states[0], str(nxt), (m.start("who"), m.end())))
        at, last = m.end(), nxt
    return str(year), successors


def presidency(ctx: Context) -> list[Candidate]:
    out: list[Candidate] = []
    told_later: set[int] = set()  # sentences that gave the term of a handover read before
    previous = None
    for passage in ctx.sentences:
        m = _PAST_PRESIDENCY.search(passage.norm)
        if m:
            who = find_parties(m.group("who"), exclude=[ctx.org])
            previous = who[0].value if who else previous
    for passage in ctx.sentences:
        text = passage.norm
        chosen = _chosen_to_chair(ctx, passage) or _became_chair(ctx, passage)
        if chosen is not None:
            out.append(chosen)
            continue
        named = _PRESIDENCY.search(text)
        if not named or _PAST_PRESIDENCY.search(text):
            continue
        if named.group("word") and not _head_noun_of_own_name(ctx, named.group("word")):
            continue  # "took over the Committee Chair": a body's chair, not the organization's
        if headline(ctx, passage):
            continue  # "X takes the helm of the Authority" above the text: the body tells the act, dated
        verb = _PRESIDENCY_PASSES.search(text)
        if not verb:
            continue
        if _CHAIR_FRAME.search(text) and not re.search(
            r"\b(?:took|handed|passed|transferred|assumed|received|hands|passes)\b", text
        ):
            continue  # "the first of two summits Brunei will chair during its 2030 chairmanship": a chair held
        of_whom = re.search(
            r"\b(?:presidency|chairmanship|chairpersonship|chair|helm)\s+of\s+(?P<of>(?:the\s+)?[A-Z][\w'’ -]{1,80}?)(?=\s+(?:to|from|on|in|at|for|with|over)\b|[,;.]|$)",
            text,
        )
        if of_whom and _other_organization(ctx, of_whom.group("of")):
            continue  # "the chairmanship of the Alpine Forum": another organization's chair
        if of_whom and _OFFICIALS_BODY.search(re.sub(r"\s+", "-", of_whom.group("of"))):
            continue  # "the chairmanship of the Commission's Board": an official's office, not a state's turn
        head = re.sub(
            r",\s*(?:which|who|(?:the\s+)?(?:host|hosts|chair|home|seat|founder)\b)[^,]*,",
            ",",
            text[: verb.end()],
        )  # ", which hosted it in 2016,"; ", host of the 13th session in 2016,": an apposition's year is its own
        if background(ctx, head) or _told_as_history(ctx, text, verb):
            continue  # "Zambia had held the chair since ... 2023, when it took over from Egypt": history
        if re.search(r"\bwould\s+(?:pass|go|be\s+handed|be\s+transferred)\b", text) and not re.search(
            r"\b(?:decided|agreed|decision|resolved)\b", text
        ):
            continue  # "the minister said the chairmanship would pass to X at the summit": a forecast
        parties = [
            p
            for p in find_parties(text, exclude=[ctx.org])
            if is_state(p.value)
            and not re.search(r"\bnot\s+(?:the\s+)?$", text[max(0, p.start - 8) : p.start])
            and not re.search(r"\b(?:an?|one|another)\s+$", text[max(0, p.start - 8) : p.start], re.I)
        ]  # "the Philippines, not Myanmar, will chair": not the one negated; "a German will lead": a person
        if "to" in verb.group().split() or verb.group().split()[-1] in ("with", "by"):
            # the receiver is the phrase after "to", not a state of a relative clause (", who urged ... Somalia")
            # nor the giver after "from" ("passed to Ramaphosa from Egyptian President X")
            cut = re.search(r",\s*(?:who|which|whose|where)\b|[;:]|\bfrom\b", text[verb.end() :])
            stop = verb.end() + cut.start() if cut else len(text)
            after = [p for p in parties if verb.end() - 2 <= p.start < stop]
            # "handed the Chairship over to X, Greenland's minister, who assumed it on behalf of the Kingdom of
            # Denmark": the state the receiver acts for
            behalf = re.search(
                r"\bon\s+behalf\s+of\s+(?P<who>(?:the\s+)?[A-Z][\w'’ -]{1,60}?)(?=[,;.]|\s+(?:and|at|on|in)\b|$)",
                text[verb.end() :],
            )
            behalf_states = [p for p in find_parties(behalf.group("who"))] if behalf else []
            if behalf_states and is_state(behalf_states[0].value):
                after = [Found(verb.end(), verb.end(), behalf_states[0].value)]
            if not after:  # "passed the chairmanship to Ghazouani", "to his Burundian counterpart"
                state = handover_receiver(ctx, text[verb.end() : stop])
                if state:
                    after = [Found(verb.end(), verb.end(), state)]
            parties = after
        else:
            before = [p for p in parties if p.start < verb.start()][-1:]
            subject = re.search(r"(?P<name>[A-Z][\w'’-]+)\s+$", text[: verb.start()])
            if not before and subject:  # "Kagame took over as Chair-in-Office": the state the text gives him
                state = _state_of_person(ctx, subject.group("name"))
                before = [Found(subject.start(), subject.end(), state)] if state else []
            parties = before or parties
        if not parties:
            continue
        event: dict[str, Any] = {"type": "PresidencyHandedOver", "to_party": parties[0].value}
        origin = re.search(r"\bfrom\s+(?:the\s+)?(?P<who>[A-Z][\w' ]+?)\s+to\b", text)
        from_party = (
            [p for p in find_parties(origin.group("who"), exclude=[ctx.org]) if is_state(p.value)]
            if origin
            else []
        )
        handing = re.search(r"(?P<who>[A-Z][\w' ]+?)\s+(?:handed\s+over|transferred|passed\s+on)\b", text)
        if not from_party and handing:  # "Kazakhstan handed over the chairmanship to China"
            from_party = [
                p for p in _state_parties(ctx, handing.group("who")) if p.value != parties[0].value
            ][-1:]
        if from_party:
            event["from_party"] = from_party[0].value
        elif previous and previous != parties[0].value:
            event["from_party"] = previous
        if passage.start in told_later:
            continue  # the receiver's term told after a handover already read: the same act
        receiver_term = _receiver_term(ctx, passage, text, verb.end(), parties[0].value)
        if receiver_term is not None:
            # "passes to B, which will chair from January to June 2031"; "B's term at the helm will start on
            # 1 January 2031" (the next sentence): the handover takes effect when the receiver's term begins
            term_, why_, used = receiver_term
            if used is not None:
                told_later.add(used.start)
            first_ = term_.split("/")[0]
            source = ctx.source(passage, inferred=bool(why_), note=why_)
            event = {**event, "org": ctx.org, "effective": first_, "source": source}
            if not term_.endswith("/.."):
                event["term"] = term_
            if ctx.meeting is not None:
                event["decided_on"] = ctx.meeting.last_day
            out.append(Candidate("event", event))
            continue
        stated = _FROM_DAY.search(text)
        days = _stated_days(ctx, text, stated) if stated else []
        if not days:  # "... from Norway on 1 July (2026)"
            # in the handover's own clause only ("... goes to X and that the next meeting will be held on ...")
            clause = re.search(r";|\band\s+that\b|,?\s+(?:and|while|which|where|when)\b", text[verb.end() :])
            own = text[: verb.end() + clause.start()] if clause else text
            stated = _ON_DAY.search(own, verb.start()) or re.match(
                rf"\s*On\s+(?P<day>{_DAY_WORDS}),?\s", text
            )
            days = _stated_days(ctx, text, stated) if stated else []
        if days:  # "will pass from Belarus to Kazakhstan from 1 January 2024": the day the text states
            yearless = days[0].kind.endswith("?")
            note = "the day is written without a year: the year is the one around the text's own day"
            source = ctx.source(passage, inferred=yearless, note=note if yearless else None)
            event = {**event, "org": ctx.org, "effective": days[0].edtf, "source": source}
            length = re.search(r"\bfor\s+(?:a|one|(?P<n>two|three|\d))\s+years?\b", text)
            if length:  # "will hold the chairpersonship for one year from 1 January 2025": a fixed term
                n = {"two": 2, "three": 3}.get(
                    length.group("n") or "",
                    int(length.group("n") or 1) if (length.group("n") or "1").isdigit() else 1,
                )
                first = dt.date.fromisoformat(days[0].edtf)
                last = first.replace(year=first.year + n) - dt.timedelta(days=1)
                event["term"] = f"{first.isoformat()}/{last.isoformat()}"
            if ctx.meeting is not None:
                event["decided_on"] = ctx.meeting.last_day
            out.append(Candidate("event", event))
            continue
        told = _year_told(ctx, passage, text, verb, parties[0].value)
        if told is None and re.match(r"holds?\b", verb.group()):
            continue  # "X holds the presidency" with no later year: the chair as it stands, no handover
        if (
            told is not None
        ):  # "will hold the presidency next year", "as its President for 2025" the sentence before
            when, successors = told
            # quoted from the receiver named as the subject: "Because X declined ..., Y will chair" is Y's clause
            q_from = parties[0].start if parties[0].start < verb.start() else 0
            q_from -= 4 if text[max(0, q_from - 4) : q_from].lower() == "the " else 0
            event = {
                **event,
                "org": ctx.org,
                "effective": when,
                "source": ctx.source(passage.sub(q_from, len(text))),
            }
            if ctx.meeting is not None:
                event["decided_on"] = ctx.meeting.last_day
            out.append(Candidate("event", event))
            giver = parties[0].value
            for state, year_, (a, b) in successors:  # "... and that Y will follow it in the year after"
                nxt: dict[str, Any] = {"type": "PresidencyHandedOver", "to_party": state, "from_party": giver}
                nxt = {**nxt, "org": ctx.org, "effective": year_, "source": ctx.source(passage.sub(a, b))}
                if ctx.meeting is not None:
                    nxt["decided_on"] = ctx.meeting.last_day
                out.append(Candidate("event", nxt))
                giver = state
            continue
        year = re.search(
            r"\b(?:(?:will|shall)\s+(?:chair|lead|preside\s+over|(?:hold|assume|take\s+over|take)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:chairmanship|presidency|chair))"
            r"|(?:takes\s+over|assumes)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:chairmanship|presidency|chair)|chairs)\b"
            r"[^,;]*?\b(?:in|throughout|for)\s+(?P<y>(?:19|20)\d\d)\b",
            text,
        )
        if (
            year is None
        ):  # "the presidency passes to X for 2024", "passes it to Y in 2021": the handover's year
            year = re.match(
                r"[^,;]*?\b(?:in|for|throughout)\s+(?P<y>(?:19|20)\d\d)\b(?![-–/]\d)", text[verb.start() :]
            )
        to_come = (
            year is not None
            and ctx.year is None
            and re.search(r"\b(?:will|shall|takes|assumes|chairs|passes|goes|is\s+to)\b", year.group())
            and not re.search(r"\b(?:took|had|was|were|passed|handed|held|chaired|assumed)\b", year.group())
        )  # "X takes over the presidency in 2031" in a text whose own year is not known: that year
        if year and (to_come or ctx.year and int(year.group("y")) > ctx.year):  # "will chair ... in 2026"
            when = year.group("y")
            month = re.search(r"\b(?:taking|takes|will\s+take)\s+over\s+in\s+(?P<m>[A-Z][a-z]+)\b", text)
            found = find_dates(f"{month.group('m')} {when}") if month else []
            if found and found[0].kind == "month":  # "in 2026, taking over in January"
                when = found[0].edtf
            event = {**event, "org": ctx.org, "effective": when, "source": ctx.source(passage)}
            if ctx.meeting is not None:
                event["decided_on"] = ctx.meeting.last_day
            out.append(Candidate("event", event))
            continue
        today = ctx.anchor.day.isoformat() if ctx.anchor.day is not None else None
        if (
            today is not None
            and ctx.meeting is not None
            and re.search(r"\b(?:takes\s+over|assumes)\b", text)
            and not find_dates(text)
            and ctx.meeting.date.split("/")[0] <= today <= ctx.meeting.last_day
        ):  # "President X takes over the chairmanship" in a report dated during the meeting: that day
            event = {**event, "org": ctx.org, "effective": today, "source": ctx.source(passage)}
            event["decided_on"] = ctx.meeting.last_day
            out.append(Candidate("event", event))
            continue
        words = _RELATIVE.sub(
            lambda r: " " * len(r.group()), passage.norm
        )  # ", who attended ... on Wednesday,"
        cand = ctx.decision(event, "effective", passage, decided=False, words=words)
        opened = re.search(
            r"\b(?:was|were)\s+(?:formally\s+|officially\s+)?opened\b|\bopening\s+(?:sitting|session|ceremony)\b",
            text,
        )
        if (
            opened
            and ctx.meeting is not None
            and "/" in ctx.meeting.date
            and cand.event["source"].get("inferred")
        ):
            opening_day = ctx.meeting.date.split("/")[0]
            if len(opening_day) == 10:  # the chair passed as the session opened: its first day
                note = "The chair passed at the opening: the meeting's first day."
                src = {**cand.event["source"], "note": note}
                cand = Candidate("event", {**cand.event, "effective": opening_day, "source": src})
        out.append(cand)
    return _one_handover_each(out)


def _one_handover_each(found: list[Candidate]) -> list[Candidate]:
    """One handover per receiver and chair: a text that tells it twice ("X became the chairperson on
    Saturday"; "Y handed the chair to X at the opening") yields the first reading with a day of its own."""
    best: dict[tuple[object, object], int] = {}
    for i, c in enumerate(found):
        key = (c.event.get("to_party"), c.event.get("chair"))
        j = best.get(key)
        if j is None or (
            found[j].event.get("source", {}).get("inferred") and not c.event.get("source", {}).get("inferred")
        ):
            best[key] = i
    keep = set(best.values())
    return [c for i, c in enumerate(found) if i in keep]


# a relative clause that tells the meeting, not the receiver: ", which were held here from 9 to 11 October"
_MEETING_CLAUSE = re.compile(
    r",?\s*\b(?:which|that|where)\s+(?:(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+)?(?:\w+\s+)?"
    r"(?:held|convened|hosted|met|took\s+place|ran|opened|closed)\b[^,;]*"
)
_CHAIR_WORDS = re.compile(r"\b(?:term|chairmanship|chairpersonship|presidency|helm|chair|mandate)\b", re.I)


# "The Summit chose President X of Tanzania to chair the Organ on Politics, Defence and Security"
_TO_CHAIR = re.compile(
    r"\b(?:elected|chose|designated|named|appointed|picked|selected|entrusted)\s+(?P<who>[^.;]{3,100}?)\s+to\s+"
    r"(?:chair|preside\s+over|lead)\s+(?P<what>(?:the\s+|its\s+)?[\w'’-]+(?:\s+[A-Z][\w'’-]*|\s+(?:on|of|for|and)\s+[A-Z][\w'’-]*)*)"
)


# "elected President of the Republic of Mozambique, F N as chairperson and ...": the chair named bare
_AS_CHAIR = re.compile(
    r"\b(?:elected|designated|named|chose|appointed|picked|selected)\s+(?P<who>[^.;]{3,100}?)\s+as\s+"
    r"(?:the\s+|its\s+)?(?:new\s+)?(?:rotating\s+)?(?P<what>chair(?:person|man|woman)?)\b(?!\s+of\b|-)"
)


def _chosen_to_chair(ctx: Context, passage: Passage) -> Candidate | None:
    """A head of state chosen to chair the organization or one of its bodies: the chair passes to that
    state; a body's chair has its own slug ("to chair the Organ on Politics ..." -> chair ``organ``)."""
    m = _TO_CHAIR.search(passage.norm) or _AS_CHAIR.search(passage.norm)
    if m is None or unreal(passage.norm[: m.start()]) or background(ctx, passage.norm):
        return None
    who = m.group("who")
    head = _HEAD_OF_STATE.match(who)
    if head is None:
        return None
    states = [p.value for p in find_parties(who) if is_state(p.value)]
    state = states[-1] if states else (demonym_state(head.group("dem")) if head.group("dem") else None)
    if state is None:
        return None
    what = re.sub(r"^(?:the|its)\s+", "", m.group("what"))
    event: dict[str, Any] = {"type": "PresidencyHandedOver", "to_party": state}
    if m.re is not _AS_CHAIR and not (
        _own_org(ctx, what) or _GENERIC_ORG_WORD.fullmatch(what) or what.lower() in ("meeting", "summit")
    ):
        if not re.match(r"[A-Z]", what):
            return None  # "to lead the talks": no chair
        event["chair"] = re.sub(r"[^a-z0-9]+", "-", what.split()[0].casefold()).strip("-")
    # ", who had attended the Organ Troika summit on Wednesday as its outgoing chairperson": that clause's day
    words = _RELATIVE.sub(lambda r: " " * len(r.group()), passage.norm)
    return ctx.decision(event, "effective", passage.sub(m.start(), m.end()), words=words)


# "Norway became chair of the Arctic Council on Thursday", "X has become the new rotating president of the ORG"
_BECAME_CHAIR = re.compile(
    r"\b(?:became|becomes|has\s+become|have\s+become)\s+(?:the\s+)?(?:new\s+)?(?:rotating\s+)?"
    r"(?:chair|chairman|chairperson|chairwoman|president|chair-in-office|chairman-in-office)\s+of\s+"
    r"(?P<org>(?:the\s+)?[A-Z][\w'’&-]*(?:\s+(?:of\s+|for\s+|the\s+|and\s+)*[A-Z0-9][\w'’&-]*)*)"
)


def _became_chair(ctx: Context, passage: Passage) -> Candidate | None:
    """A state (or its head) that became the organization's chair: the chair passes to that state."""
    text = passage.norm
    m = _BECAME_CHAIR.search(text)
    if m is None or not names_org(ctx, m.group("org")):
        return None
    if unreal(text[: m.start()]) or background(ctx, text[: m.end()]) or headline(ctx, passage):
        return None
    parties = subject(ctx, text, m.start())
    if not parties:
        person = re.search(
            r"\b(?:President|Prime\s+Minister|King|Emir|Sultan|Chancellor)\s+(?:[A-Z][\w.'’-]*\s+){1,4}of\s+(?P<of>(?:the\s+)?[A-Z][\w'’ -]+?)\s*$",
            text[: m.start()],
        )  # "President X of Chile became the chairperson"
        found = [p.value for p in find_parties(person.group("of")) if is_state(p.value)] if person else []
        if not found:
            return None
        parties = [Found(m.start(), m.start(), found[-1])]
    event: dict[str, Any] = {"type": "PresidencyHandedOver", "to_party": parties[-1].value}
    origin = re.search(r"\btaking\s+over\s+from\s+(?P<who>[A-Z][\w'’ -]+)", text[m.end() :])
    if origin:
        giver = [p.value for p in find_parties(origin.group("who")) if is_state(p.value)]
        if giver and giver[0] != event["to_party"]:
            event["from_party"] = giver[0]
    return ctx.decision(event, "effective", passage, words=text)


_GENERIC_ORG_WORD = re.compile(
    r"(?:organi[sz]ation|bloc|forum|alliance|group|community|union|association|commonwealth|confederation)",
    re.I,
)


def _receiver_term(
    ctx: Context, passage: Passage, text: str, at: int, receiver: str
) -> tuple[str, str | None, Passage | None] | None:
    """The term of the state a chair passes to, when the text states when it begins: in the handover's
    sentence after the verb ("to B, which will chair the organization from January to June 2031") or in one
    of the next two sentences about the receiver's term ("B's term at the helm will officially start on
    1 January 2031", "B takes over the chairmanship on 1 January"). Only a term that begins on or after the
    meeting (a day the handover ceremony does not give): else None."""
    candidates: list[tuple[str, Passage | None]] = [(_MEETING_CLAUSE.sub(" ", text[at:]), None)]
    later = [s for s in ctx.sentences if s.start >= passage.end][:2]
    for s in later:
        named = [p.value for p in find_parties(s.norm, exclude=[ctx.org])]
        capital = capital_of(
            receiver
        )  # "Manila will formally assume the chairmanship": the state by its capital
        own = (
            receiver in named
            or demonym_state(s.norm) == receiver
            or (
                capital is not None
                and re.match(rf"(?:\w+\s+){{0,3}}?{re.escape(capital)}\b", s.norm) is not None
            )
        )
        clause = s.norm.split(";")[
            0
        ]  # "...; it is the seventh since the country became independent": another clause
        if own and _CHAIR_WORDS.search(clause) and not _APPOINT.search(clause):
            candidates.append((_MEETING_CLAUSE.sub(" ", s.norm), s))
    floor = ctx.meeting.last_day[:10] if ctx.meeting is not None else None
    for words, used in candidates:
        term, why = term_grammar(words, ctx.near)
        if term is None or term.split("/")[0].startswith(".."):
            continue
        if floor is not None and len(floor) == 10 and term.split("/")[0] < floor[: len(term.split("/")[0])]:
            continue  # a term that began before the meeting is history
        if floor is not None and term.split("/")[0] == floor:
            continue  # the meeting's own day: the ordinary handover, read by the rules below
        return term, why, used
    return None


def _stated_days(ctx: Context, text: str, stated: re.Match[str]) -> list[DateMatch]:
    """The day a handover's words state: written in full as written; without its year, read around the text's
    own day by the tense of the clause up to it ("will take over ... on 1 July" under a March dateline: this
    July); none when the text has no day of its own to read it by."""
    full = [d for d in find_dates(stated.group("day")) if d.kind == "day"]
    if full:
        return full
    if ctx.near is None:
        return []
    read = [d for d in ctx.dates(text[: stated.end("day")]) if d.kind.rstrip("?") == "day"]
    return [d for d in read if d.end == stated.end("day")][:1]


def _state_of_person(ctx: Context, surname: str) -> str | None:
    """The state the text gives a person it names ("President X Ghazouani of Mauritania", "Mauritania's
    Ghazouani", "Kazakh President ... Tokayev")."""
    name = re.escape(surname)
    for rx in (
        rf"\b{name}\s+of\s+(?:the\s+)?(?P<s>[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*){{0,3}})",
        rf"(?P<s>[A-Z][\w]+)(?:'s|’s)\s+(?:[A-Z][\w.'’-]*\s+){{0,5}}{name}\b",
        rf"(?P<s>[A-Z][\w]+)\s+(?:President|Prime\s+Minister|King|Emir)\s+(?:[A-Z][\w.'’-]*\s+){{0,4}}{name}\b",
    ):
        for m in re.finditer(rx, ctx.doc.text):
            found = [p for p in find_parties(m.group("s")) if is_state(p.value)]
            if found:
                return found[0].value
    return nationality_of(surname)


_NEXT_ANY = re.compile(
    r"\bnext\s+(?:(?:regular|annual|official|ordinary|extraordinary|formal|informal|full|plenary|\w+th|SCO|[A-Z]{2,6})\s+){0,2}(?P<kind>meeting|summit|session|sitting)\b(?P<of>\s+of\s+(?:the\s+)?[A-Z][^,.;]*?(?=\s+(?:will|shall|is|would|to|in|on)\b|\s+for\s+(?:\d|"
    + MONTH
    + r")|[,.;]|$))?"
    # "the next Assembly of Heads of State will be held", "will host the next Executive Council": a body by name
    r"|\bnext\s+(?-i:(?P<named>(?:[A-Z][\w'’-]*\s+){0,3}(?:Assembly|Council|Conference|Congress|Summit|Meeting|Session|Forum|Committee)"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of|and|for|the)?\s*[A-Z][\w'’-]*)*)?))(?P<kind2>)",
    re.I,
)
_NEXT_WHEN = re.compile(
    r"\b(?:will|shall|would|is\s+to|are\s+to|to\s+be\s+held|take\s+place|hold|host|scheduled|set\s+for|set\s+(?:the|its|their)\s+next)\b",
    re.I,
)
_HOST_LATER = re.compile(
    r"\b(?P<kind>summit|meeting|session)(?P<of>\s+of\s+(?:the\s+)?[A-Z][^,.;]*?)?,?\s+(?:that|which)\s+(?=[A-Z][\w ]*?\s+will\s+host\b)"
)
_MEET_NEXT = re.compile(
    r"(?P<of>)\b(?:will|shall|is\s+to|are\s+to)\s+(?:meet\s+next|next\s+meet|convene\s+next|next\s+convene|hold\s+its\s+next\s+(?P<kind>session|meeting|summit))\b"
)
_QUARTER = re.compile(
    r"\b(?P<q>first|second|third|fourth|last)\s+quarter\s+of\s+(?P<y>(?:19|20)\d\d)\b", re.I
)


# a meeting told by its number as to come: "welcomed Thailand's offer to host the second ACD Summit in October
# 2016", "The 48th Consultative Committee Meeting (CCM) of the Plan will take place in Ulaanbaatar, Mongolia"
_SCHEDULED = re.compile(
    # "Nepal's offer to host the next, 18th Summit", "Norway's offer to chair the council in 2029-2031 and to host
    # its fourteenth meeting", "support for India hosting the eighth summit in 2016"
    r"\b(?:(?:offer|proposal|readiness|decision|agreement)\s+(?:of\s+(?P<offerer>(?:the\s+)?[A-Z][\w'’ -]{1,40}?)\s+)?to\s+(?:[^.;]{1,60}?\s+and\s+to\s+)?host"
    r"|\b(?:for|of|with)\s+(?P<offerer4>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})(?:['’]s)?\s+hosting)"
    r"\s+(?:the|its|their)\s+(?:next,?\s+)?(?P<ord>"
    + ORDINAL
    + r")\s+(?P<of>(?:[\w'’-]+\s+){0,4}?(?P<kind>summit|meeting|session|conference)\b)"
    # "decided to hold their 52nd Ordinary Session in Lome, Togo, in December": the place after the verb
    r"|\b(?:decided|agreed|resolved)\s+to\s+(?:hold|convene)\s+(?:the|its|their)\s+(?:next,?\s+)?(?P<ord5>"
    + ORDINAL
    + r")\s+(?P<of5>(?:[\w'’-]+\s+){0,4}?(?P<kind5>summit|meeting|session|conference)\b)"
    r"|\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?P<ord2>"
    + ORDINAL
    + r")\s+(?P<of2>(?:[\w'’-]+\s+){0,4}?(?P<kind2>summit|meeting|session|conference)\b(?:\s*\([A-Z]{2,8}\))?(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,5})?)"
    r"\s+(?:will|would|shall|is\s+to|is\s+scheduled\s+to|is\s+due\s+to)\s+(?:take\s+place|be\s+held|be\s+convened|convene|open)\b"
    # "France will host the 19th summit in 2024 at Villers-Cotterets": the host before the verb
    # "South Africa will take over the chairmanship next year and host the 10th summit": a second verb of the
    # same subject
    r"|\b(?:will|shall|is\s+to|is\s+due\s+to)\s+(?:(?:take\s+over|assume|take\s+up|chair)\b[^.;]{1,80}?\s+and\s+)?(?:also\s+)?host\s+the\s+(?P<ord3>"
    + ORDINAL
    + r")\s+(?P<of3>(?:[\w'’-]+\s+){0,4}?(?P<kind3>summit|meeting|session|conference)\b)",
    re.I,
)


def _own_name_first(ctx: Context, phrase: str) -> str:
    """A body's name without the organization's own name before it ("CIS Council of Heads of State",
    "Xylo Yard Zone Council of Ministers" of the xyz -> "Council of ...")."""
    words = phrase.split()
    slug = ctx.org.replace("-", "").upper()
    for k in range(min(len(words) - 1, 6), 0, -1):
        head = " ".join(words[:k])
        if not all(w[:1].isupper() for w in words[:k]) or not words[k][:1].isupper():
            continue
        initials = "".join(w[0] for w in words[:k]).upper()
        if _own_org(ctx, head) or head.replace("-", "").upper() == slug or (k > 1 and initials == slug):
            return " ".join(words[k:])
    return phrase


def _head_noun(ctx: Context, word: str) -> bool:
    """Whether a lone capitalized word is the organization named by the head noun of its own name ("the next
    summit of the Commonwealth" in a text of the Commonwealth of Independent States, "of the Community")."""
    word = word.strip(" .,;")
    names = [party_name(ctx.org), *org_names(ctx.org)]
    return bool(re.fullmatch(r"[A-Z][a-z]+", word)) and any(word in name.split() for name in names)


def _scheduled_body(ctx: Context, phrase: str) -> str:
    """A scheduled meeting's body from its words, the number, the organization's name and "meeting" left out
    ("Consultative Committee Meeting (CCM) of the Colombo Plan" -> consultative-committee; "ACD Summit",
    "ordinary summit" -> summit)."""
    from igo_timeline.extract.meeting import _generic_body

    words = re.sub(r"\s*\([A-Z]{2,8}\)", "", phrase)
    tail = re.search(r"\s+of\s+(?:the\s+)?(?P<who>[A-Z].*)$", words)
    if tail and (
        _own_org(ctx, tail.group("who"))
        or _own_name(ctx, tail.group("who"))
        or _head_noun(ctx, tail.group("who"))
    ):
        words = words[: tail.start()]
    words = re.sub(r"\b(?:ordinary|regular|annual|extraordinary|special|biennial)\s+", "", words, flags=re.I)
    if re.fullmatch(r"\s*(?:session|meeting|sitting)\s*", words, re.I):
        # "their 52nd Ordinary Session", "its fourteenth meeting": the reporting body's; none when the text
        # reports no meeting ("meeting" names no body)
        return ctx.meeting.body if ctx.meeting is not None else ""
    words = re.sub(r"\s+(?:meeting|session)$", "", words.strip(), flags=re.I) or words
    body = resolve_body(words, ctx.bodies, ctx.org) or _generic_body(words, ctx) or "summit"
    # "a ministerial session of the Council" (the organization's own): its council of ministers
    return "council-of-ministers" if body == "ministerial" else body


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
        if not hosts:
            return []
    if m.group("offerer"):  # "the offer of Andorra to host the 10th Summit"
        hosts = _state_parties(ctx, m.group("offerer"))
    hosts = hosts or _state_parties(ctx, re.split(r"[;]|\.\s", rest)[0])
    place = None
    for cm in re.finditer(
        r"\b(?:in|at)\s+(?:the\s+city\s+of\s+)?(?P<city>[A-Z][\w'’.-]+(?:[ -][A-Z][\w'’.-]+)*)", rest
    ):
        name = cm.group("city").rstrip(".")  # "at Santiago." ends the sentence, not the name
        if city(name) and not find_parties(name):
            place = name
            break
    capital = re.search(r"\bthe\s+(?P<adj>[A-Z][\w-]+)\s+capital\b", rest)
    if hosts:
        event["host"] = hosts[0].value
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
    r"(?P<np>\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?P<of>(?:[\w'’-]+\s+){0,4}?(?P<kind>summit|meeting|session|conference|sitting)\b"
    r"(?:\s*\([A-Z]{2,8}\))?(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+|and\s+|the\s+|for\s+)*[A-Z][\w'’-]*){0,6})?))"
)
_DUE = re.compile(
    _SITTING_NP + r",?\s+(?:(?:which|that)\s+)?(?:(?:is|are)\s+(?:now\s+)?(?:due|scheduled|planned|set)\s+"
    r"(?:to\s+(?:be\s+held|take\s+place|convene|open|meet)|for)\b"
    r"|(?:will|shall|is\s+to|are\s+to)\s+(?:be\s+held|take\s+place|be\s+convened|convene|open)\b)"
)
_NEXT_YEAR_AFTER = re.compile(r"\s*(?:of\s+)?next\s+year\b", re.I)


def _days_to_come(ctx: Context, words: str) -> list[str]:
    """The dates of ``words`` read around the text's day, a day or month "next year" a year on
    ("for 14 October next year"); years alone left out."""
    out = []
    # "in September or October 2031", "in June/July 2031": either month, a span of the two
    either = re.search(rf"\b(?P<a>{MONTH})\s*(?:or|/)\s*(?P<b>{MONTH})\s+(?P<y>(?:19|20)\d\d)\b", words)
    if either:
        months = [find_dates(f"{either.group(k)} {either.group('y')}") for k in ("a", "b")]
        if all(m and m[0].kind == "month" for m in months):
            out.append(f"{months[0][0].edtf}/{months[1][0].edtf}")
    for d in ctx.dates(words):
        if d.kind.startswith("years") or (either and either.start() <= d.start < either.end()):
            continue
        edtf = d.edtf
        if d.kind.rstrip("?") in ("day", "month") and _NEXT_YEAR_AFTER.match(words, d.end) and ctx.near:
            edtf = f"{ctx.near.year + 1}{edtf[4:]}"
        out.append(edtf)
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


def _due_sitting(ctx: Context, passage: Passage, m: re.Match[str]) -> list[Candidate]:
    """A sitting of the organization told as to come (``_DUE``): body, host, place and date from its sentence;
    none when the sitting is another organization's, the day is not after the text's own, or the sitting is
    the one the text reports."""
    text = passage.norm
    phrase = re.sub(
        rf"^(?:(?:next|{ORDINAL}|ordinary|regular|extraordinary|annual),?\s+)+", "", m.group("of"), flags=re.I
    )
    if _other_organization(ctx, phrase) or unreal(text[: m.start()]):
        return []
    rest = re.split(r";|\.\s", text[m.end() :])[0]
    # the dates read with the verb ("is due to be held on 25 September": September to come)
    dates = _days_to_come(ctx, text[m.start() : m.end() + len(rest)]) or _days_to_come(ctx, text[: m.start()])
    dates = [d for d in dates if _to_come(ctx, d)]
    if not dates:
        return []
    date = dates[0]
    if ctx.meeting is not None and overlaps_meeting(ctx, date) and ctx.anchor.day is None:
        return []  # the sitting the text reports, told in the future tense of a preview
    event: dict[str, Any] = {"type": "MeetingScheduled", "body": _scheduled_body(ctx, phrase), "date": date}
    hosts = _state_parties(ctx, rest)
    place = None
    for cm in re.finditer(
        r"\b(?:in|at)\s+(?:the\s+city\s+of\s+)?(?P<city>[A-Z][\w'’.-]+(?:[ -][A-Z][\w'’.-]+)*)", rest
    ):
        name = cm.group("city").rstrip(".")
        if city(name) and not find_parties(name):
            place = name
            break
    if hosts:
        event["host"] = hosts[0].value
    elif place and city(place):
        event["host"] = city(place)[1]  # type: ignore[index]
    if place:
        event["place"] = place
    missing = [f for f in ("body", "host") if not event.get(f)]
    if missing:
        note = f"meeting scheduled without {', '.join(missing)}"
        return [Candidate("unresolved", {**event, "org": ctx.org}, note=note, kind="incomplete")]
    quote = passage.sub(m.start("np"), len(text.rstrip(" .")))
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


def next_meeting(ctx: Context) -> list[Candidate]:
    """The next meeting: its body, host, place and date, from the words around "next meeting"."""
    out: list[Candidate] = []
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
            out.extend(_scheduled(ctx, passage, scheduled))
            continue
        due = _DUE.search(text) if m is None else None
        if due is not None:
            out.extend(_due_sitting(ctx, passage, due))
            continue
        if m is None:
            out.extend(_host_years(ctx, passage))
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
        if body is None and ctx.meeting is not None:
            body = ctx.meeting.body  # "their next summit", "the Council's next meeting"
        if body is None and (m.group("kind") or "").lower() == "summit":
            # an organization whose bodies the store does not know: its summit is "summit"
            body = resolve_body("summit", ctx.bodies, ctx.org) or "summit"
        # the clause of the trigger: "..., and the next meeting ... in Russia in 2020"
        starts = [0] + [
            c.end() for c in re.finditer(r",\s*(?:and|while)\s+|;\s*", text) if c.end() <= m.start()
        ]
        clause_start = starts[-1]
        rest = text[m.end() :]
        before = text[clause_start : m.start()]
        hosts = _state_parties(ctx, rest)
        if not hosts:
            hosts = _state_parties(ctx, before)[-1:] or _state_parties(ctx, text[: m.start()])[-1:]
        event: dict[str, Any] = {"type": "MeetingScheduled", "body": body or ""}
        place = None
        for cm in re.finditer(
            r"\b(?:in|at)\s+(?:the\s+city\s+of\s+)?(?P<city>[A-Z][\w'’.-]+(?:[ -][A-Z][\w'’.-]+)*)",
            text[clause_start:],
        ):
            name = cm.group("city").rstrip(".")  # "in Santiago." ends the sentence, not the name
            if city(name) and not find_parties(name):
                place = name
                break
        if place is None:
            hosting = re.search(r"(?P<city>[A-Z][\w'’.-]+(?:[ -][A-Z][\w'’.-]+)*)\s+will\s+host\b", text)
            if hosting and city(hosting.group("city")) and not find_parties(hosting.group("city")):
                place = hosting.group("city")
        if hosts:
            event["host"] = hosts[0].value
        elif place:
            found = city(place)
            if found:
                event["host"] = found[1]
        if place:
            event["place"] = place
        quarter = _QUARTER.search(rest)
        dates = _days_to_come(ctx, rest)
        # "in 2030 the chairmanship goes to X and the next summit will be held in Y": a year to come earlier
        # in the same sentence
        earlier = [d for d in _days_to_come(ctx, text[: m.start()]) if _to_come(ctx, d)]
        if quarter:
            q = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": 4}[quarter.group("q").lower()]
            event["date"] = f"{quarter.group('y')}-{3 * q - 2:02d}/{quarter.group('y')}-{3 * q:02d}"
        elif dates:
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
    return out


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
# a suspension told as a state that holds, or as history: no new event
_SUSPENDED_STATE = re.compile(
    r"^(?!.*\b(?:decided|decides|agreed|resolved|ordered)\b).*\b(?:is|are)\s+(?:also\s+|still\s+|now\s+|currently\s+)?suspended\b"
    r"|\b(?:remains?|remained|stays?|stayed|still|had\s+(?:already\s+)?been|already\s+(?:been\s+)?suspended|since\s+its\s+suspension|was\s+suspended\s+(?:from\s+[^,;.]+?\s+)?(?:following|after|over|in\s+the\s+wake))\b",
    re.I,
)
_LIFT = re.compile(
    r"\b(?:lift(?:ed|s|ing)?|end(?:ed|s|ing)?|revok(?:ed|es|ing)?)\s+(?:the\s+|its\s+|their\s+)?suspension\b|\bsuspension\s+(?:(?:of|from)\s+[^,;.]+?\s+)?(?:was|were|has\s+been)\s+lifted\b"
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


def _term_slug(words: str) -> str:
    """A status's slug from the words naming it ("SCO partner", "dialogue-partner states", "associate member")."""
    words = re.sub(r"[\"“”‘’']", "", words).strip()
    words = re.sub(r"^(?:[A-Z]{2,6}|the)\s+", "", words)
    words = re.sub(r"\s+of\s+the\s+organi[sz]ation$", "", words, flags=re.I)
    if re.fullmatch(r"partner[\s-]countr(?:y|ies)(?:\s+(?:status|category))?", words, re.I):
        return "partner_country"  # a status of that name (BRICS), not the SCO's "partner"
    words = re.sub(r"(?:ship|s)?(?:\s+(?:states?|countries|country|status|category|categories))?$", "", words)
    return _status_slug(re.sub(r"^associated\b", "associate", words.lower()))


# a verb of deciding right before an infinitive: "decided to lift", "agreed unanimously to restore"
_DECIDING_TO = (
    r"\b(?:decided|decides|decide|agreed|agrees|resolved|resolves|voted|votes|ordered|orders|moved|moves|chose"
    r"|determined|(?:took|taken|take)\s+(?:the|a)\s+decision)\s+(?:\w+\s+){0,2}to\s+$"
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
    if (lifted or suspended) and (_other_organization(ctx, text) or _elsewhen_clause(ctx, text)):
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
            passive = re.search(r"\b(?:is|are|was|were|been|be|being)\s+(?:\w+\s+)?$", text[: verb.start()])
            slot = subject(ctx, text, verb.start()) if passive else object_(ctx, text, verb.end())
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
                    r"\s+(?:the\s+|its\s+|their\s+|all\s+)?(?-i:[a-z])", text[verb.end() :]
                ):
                    parties = []
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


_ORG_WORDS = r"(?:Union|Community|Organi[sz]ation|Commonwealth|Association|League|Bloc|Alliance|Forum|Bank|Fund|Agency|Convention)"


def _own_name(ctx: Context, token: str) -> bool:
    """Whether a name is the organization's own for a text that is its first about it: its capitalized
    words' initials spell the slug ("Southern African Development Community" for sadc), the slug's words
    are all in it ("the Arab League", "League of Arab States" for arab-league), or the text defines it as
    the slug's abbreviation ("the Intergovernmental Authority on Development (IGAD)")."""
    # a compass point written as one word gives two initials: "Southeast Asian Nations" spells SEAN
    split = re.sub(r"\b(South|North)(east|west)\b", lambda m: f"{m.group(1)} {m.group(2).title()}", token)
    words = [w for w in re.findall(r"[\w'’-]+", split) if w not in ("The", "the")]
    slug = ctx.org.casefold()
    initials = "".join(w[0] for w in words if w[0].isupper()).casefold()
    if len(slug) >= 2 and initials == slug.replace("-", ""):
        return True
    parts = slug.split("-")
    if len(parts) > 1 and all(any(w.casefold() == p for w in words) for p in parts):
        return True
    defined = re.search(rf"{re.escape(token.strip())}\s*\(\s*{re.escape(ctx.org.upper())}\s*\)", ctx.doc.text)
    if defined is not None:
        return True
    # the text's own abbreviation of the organization ("Islamic Development Bank (IDB)" for isdb): an
    # abbreviation the text defines whose letters run in order through the slug's
    bare = re.sub(r"\s+Group$", "", token.strip())
    if re.fullmatch(r"[A-Z]{3,8}", bare) and bare[0].casefold() == slug[:1]:
        letters = iter(slug.replace("-", ""))
        if all(ch in letters for ch in bare.casefold()) and re.search(rf"\(\s*{bare}\s*\)", ctx.doc.text):
            return True
    return False


def _other_organization(ctx: Context, text: str) -> bool:
    """Whether the clause tells another organization's act: an organization not ``ctx.org`` as the
    subject, or "from all <other> bodies"; an acronym counts as one when the party table names another
    organization by it, or the text spells it out as a Union, Community, Organization, ..."""
    for m in re.finditer(
        r"\b[A-Z]{2,7}\b|\b(?:[A-Z][\w'’-]+\s+(?:of\s+|for\s+)?){1,6}" + _ORG_WORDS + r"\b"
        r"(?:\s+(?:of|for|on)\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+(?:and\s+)?[A-Z][\w'’-]+){0,4})?",
        text,
    ):
        token = m.group()
        if _own_name(ctx, token) or _own_name(ctx, re.split(r"\s+(?:of|for|on)\s+", token)[0]):
            continue  # "International Organization for Migration" for iom
        found = find_parties(token)
        if found and (found[0].value == ctx.org or is_state(found[0].value)):
            continue
        if found:  # another organization of the party table
            return True
        if token.isupper():
            spelled = re.search(
                rf"((?:[A-Z][\w'’-]+\s+(?:of\s+|for\s+)?){{1,6}}{_ORG_WORDS}(?:\s+of\s+[A-Z][\w ]+?)?)\s*\(\s*{token}\s*\)",
                ctx.doc.text,
            )
            if spelled and not any(p.value == ctx.org for p in find_parties(spelled.group(1))):
                return True
        elif re.search(_ORG_WORDS, token) and not re.search(
            r"^(?:the\s+)?(?:Union|Organi[sz]ation|Community|Commonwealth|Association|Bloc|Alliance)(?:['’]s)?$",
            token,
            re.I,
        ):
            return True
    return False


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


_OFFICER_ITEM = re.compile(
    r"^\s*(?:[-–•*]|\d{1,2}[.)])\s*(?P<office>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4})\s*:\s*(?P<who>[^;]+?)\s*[;.]?\s*$"
)


def officer_lists(ctx: Context) -> list[Candidate]:
    """A list of officers after an election's sentence ending with a colon ("The Assembly also elected its
    officers:" then "- First Vice-President: Name (State);"): each item an appointment to its office, the term
    open from the decision on unless stated."""
    out: list[Candidate] = []
    sentences = ctx.sentences
    for n, passage in enumerate(sentences):
        text = passage.norm.rstrip()
        verb = _APPOINT.search(text)
        if not (verb and text.endswith(":")) or unreal(text[: verb.start()]):
            continue
        for item in sentences[n + 1 : n + 30]:
            m = _OFFICER_ITEM.match(item.norm)
            if m is None:
                break
            office = re.sub(r"[^a-z0-9]+", "-", m.group("office").casefold()).strip("-")
            out.extend(
                _appointment(ctx, item, office, m.group("who"), m.end("who"), m.start("who"), None, None)
            )
    return out
