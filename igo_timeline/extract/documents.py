"""Documents approved, adopted or signed; agreements not yet in force; bodies being set up.

An object list after the verb ("approved the revised version of the X and the
Programme of ... for 2013-2015, which ...") is cut where a new title starts
(", the <Kind>", " and the <Kind>"); a title's trailing clause (", which
...", " delivered by" is kept: it tells reports apart) is dropped. A title
"for 2013-2015" gives the document's period in force; "the revised version
of" makes it a revision. "<Agreement ...> signed in June 2010 must take
effect" is an agreement signed then and not yet in force.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from igo_timeline.extract.context import Context
from igo_timeline.extract.dates import MONTH, WEEKDAY, find_dates, years_interval
from igo_timeline.extract.names import find_parties, is_state, resolve_body
from igo_timeline.extract.reader import long_ago, unreal
from igo_timeline.extract.records import Candidate
from igo_timeline.extract.text import Passage, normalize

_KINDS = {
    "declaration": "declaration", "strategic plan": "plan", "action plan": "plan", "plan": "plan",
    "programme": "programme", "program": "programme", "regulations": "regulations", "regulation": "regulations",
    "agreement": "agreement", "treaty": "treaty", "convention": "convention", "charter": "charter",
    "concept": "concept", "protocol": "protocol", "memorandum": "memorandum", "memoranda": "memorandum",
    "statement": "statement", "strategy": "strategy", "report": "report", "development strategy": "strategy",
    "rules": "regulations", "provisions": "regulations", "decision": "decision", "communique": "communique",
    "communiqué": "communique", "budget": "budget", "roadmap": "roadmap", "road map": "roadmap",
    "list of measures": "plan", "procedure for": "regulations", "comprehensive plan": "plan",
    "initiative": "statement", "appeal": "statement", "statute": "statute", "statutes": "statute",
    "vision": "strategy", "consensus": "declaration", "blueprint": "blueprint", "additional act": "act",
    "supplementary act": "act", "uniform act": "act", "outlook": "strategy", "framework": "framework",
    "strategic framework": "framework", "work plan": "plan", "resolution": "resolution", "guidelines": "regulations",
    "accord": "agreement", "pact": "agreement", "compact": "agreement", "list of": "list", "rules of procedure": "regulations",
    "directive": "directive", "directives": "directive", "statements": "statement", "address": "statement",
    "amendments to": "amendment", "main directions": "strategy",
}  # fmt: skip
_KIND = "|".join(sorted((re.escape(k) for k in _KINDS), key=len, reverse=True))
_CAPS = r"(?:(?:[A-Z][\w'’.-]*|of|the|on|for|and|in|\d{4}(?:-\d{4})?)\s+){0,6}?"
# a document phrase whose head is lowercase ("a specific declaration on peace ...", "an agreement on combating
# crime", "a protocol amending the 2007 agreement"): a title only with its complement
_COMPLEMENT_WORD = r"(?:on|of|for|in\s+support\s+of|amending|establishing|concerning|regarding|marking|between|against|to\s+(?:combat|promote|strengthen|implement)|calling\s+for|supporting|condemning|urging)\b"
_LOWER_ADJ = rf"(?:(?!(?:in|the|of|on|to|and|or|a|an|for|with|at|by|from|as|its|their)\s)(?-i:[a-z][\w-]*)\s+){{1,3}}(?=(?-i:[a-z]))(?=(?i:{_KIND})\s+(?:{_COMPLEMENT_WORD}|[\"“](?-i:[A-Z])))"
# what a telling says of a document, no part of its title: its length ("a 20-point declaration", "the
# eight-page X Declaration"), its standing ("a landmark", "the first ever", "a separate statement on")
_DESCRIBED = (
    r"(?:(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty)"
    r"[\s-](?:point|page|paragraph|article|clause|item|chapter)|separate|landmark|historic|first[\s-]ever|brief|short"
    r"|lengthy|strongly[\s-]worded|wide[\s-]ranging|far[\s-]reaching|ambitious)\s+"
)
_TITLE_START = re.compile(
    rf"\b(?<!\bby\s)(?!(?i:consensus|acclamation)\b)(?:[Tt]he\s+|[Aa]n?\s+|its\s+|their\s+)?(?:(?i:{_DESCRIBED}))?(?:(?i:revised\s+version\s+of)\s+(?:the\s+)?)?(?:(?i:model|joint|draft|new|first|second|third|updated|final|closing)\s+)?{_CAPS}(?i:{_KIND})\b"
    rf"|\b(?:[Aa]n?|[Tt]he|its|their)\s+(?:(?i:{_DESCRIBED}))?{_LOWER_ADJ}(?i:{_KIND})\b"
    # an accession's own instrument, named by its kind: "the accession agreement was signed"
    r"|\b(?:[Aa]n?|[Tt]he|its|their)\s+(?:accession|association)\s+(?:agreement|protocol|treaty)\b"
)
_VERB = re.compile(
    r"\b(?:(?:package|documents|list|them)\s+(?:further\s+|also\s+)?(?:includes?|included|comprises?)|among\s+them\s+(?:is|are|was|were)"
    r"|(?:documents?|agreements?|texts?)\s+(?:signed|adopted|approved)\s+(?:were|was|are|is|included|include)"
    # a sitting that ends with its document: "the summit ended with the X Declaration", "wrapped up with"
    r"|(?:end(?:ed|s)?|clos(?:ed|es?)|conclud(?:ed|es?)|wrapp(?:ed|ing)\s+up|wraps\s+up|culminat(?:ed|es?))\s+with"
    r"|agreed\s+(?:on|upon)|pass(?:ed|es|ing)|okay(?:ed|s)|rubber[\s-]stamp(?:ed|s)|gave\s+(?:the|their|its)\s+(?:green\s+light|approval|endorsement|go-ahead|assent)\s+to"
    r"|(?:heard\s+and\s+)?approv(?:ed|ing|es?)|adopt(?:ed|ing|s)?|(?:the\s+)?(?:adoption|signing|signature|approval|endorsement|conclusion|issuing|issuance|release)(?:,\s+by\s+[^,;]{1,100},)?\s+of|sign(?:ed|s)?\s+off\s+on|sign(?:ed|ing)?|endors(?:ed|ing|es?)|inked|issu(?:ed|ing)|releas(?:ed|ing)|launch(?:ed|ing|es)?|unveil(?:ed|ing|s)?|read\s+out|conclud(?:ed|ing|es)"
    r"|put\s+(?:their|its|his|her)\s+signatures?\s+(?:to|on)|(?:have\s+been\s+|were\s+)?(?:incorporated|reflected)\s+in(?:to)?)\b",
    re.I,
)
_NOT_NOW = re.compile(
    r"\b(?:will|would|shall|expected|to\s+be\s+(?:signed|adopted)|draft|finalis|finaliz|instruct|prepar|consideration|continue\s+work|did\s+not|not\s+yet)\b",
    re.I,
)
_TRAIL = re.compile(
    rf"(?:\s+on\s+{WEEKDAY}\b|\s+(?:at|during)\s+(?:a|the)\s+(?:[\w-]+\s+)?(?:session|meeting|summit|sitting)\b|,\s*which\b|,\s*that\b|,\s*aimed\b|,\s*bringing\b|,\s*among\b|\s+signed\s+(?:in|on|at)\b|\s+must\b|\s+should\b|\s+to\s+enter\b|\s+will\b"
    r"|\s+(?:was|were|has\s+been|have\s+been)\s+(?:signed|adopted|approved)\b|,\s*(?:Putin|[A-Z]\w+)\s+said\b|\s*[.;:]\s*$"
    rf"|\s+and\s+(?:also\s+)?(?:approved|adopted|signed|endorsed)\b|\s+(?:together|along)\s+with\b(?!\s+(?:the|an?)\s+(?:[\w'’-]+\s+){{0,3}}(?i:{_KIND})\b)|,\s*and\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}(?:signed|adopted|approved|endorsed|initialled)\b|,\s*(?:under|by|through|in)\s+which\b|,\s*(?:the\s+)?first\b).*$"
)
_SPLIT = re.compile(
    rf"(?:,\s*)?\s+(?:as\s+well\s+as|together\s+with|along\s+with)\s+(?=(?:the|an?)\s+(?:[\w'’-]+\s+){{0,3}}(?i:{_KIND})\b)"
    rf"|(?:,\s*(?!(?:a|an)\s+(?-i:[a-z]))(?:and\s+)?|;\s*(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)(?:(?:also\s+)?(?:approved|adopted|signed|endorsed)\s+)?(?=(?:[Tt]he\s+|[Aa]n?\s+)?(?:(?i:revised\s+version\s+of)\s+(?:the\s+)?)?(?:(?i:model|joint)\s+)?(?:[A-Z][\w'’-]*\s+){{0,4}}(?i:{_KIND})\b"
    rf"|(?:[Aa]n?\s+|[Tt]he\s+)(?:(?:final|closing)\s+(?:communiqu|declaration)|{_LOWER_ADJ}))"
)
_SIGNED_BEFORE = re.compile(
    r"\bsigned\s+(?:in|on)\s+(?P<when>.+?)(?:\s+(?:must|should|has|have|is|are|will|to)\b|[,.;]|$)"
)
_NOT_IN_FORCE = re.compile(
    r"\b(?:take\s+effect|enter\s+into\s+force|come\s+into\s+force|ratification)\b.*\b(?:as\s+soon\s+as\s+possible|early|speedy|soon)\b|\bnot\s+yet\s+(?:in\s+force|entered)",
    re.I,
)
_SETTING_UP = re.compile(
    r"\b(?:setting\s+up|establishing|establishment\s+of|creation\s+of|creating)\s+(?:the\s+)?(?P<what>.+?)(?=,|\.|;|$)"
)
_ITEM_MARK = re.compile(r"^\s*(?:[-–—•*▪·]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s*")
_LIST_INTRO = re.compile(
    r"\b(?:documents?|decisions?|following|these\s+are|among\s+them|package|outcomes|texts|instruments|deliverables)\b",
    re.I,
)
_DECISION_ON = re.compile(
    r"^(?:the\s+|a\s+)?(?:decisions?|resolutions?)(?:\s+of\s+the\s+[^,;]*?)?\s+(?:on\s+(?:the\s+)?approv(?:al|ing)\s+(?:of\s+)?|approving\s+|adopting\s+|to\s+approve\s+|to\s+adopt\s+|on\s+(?:the\s+)?adoption\s+of\s+|on\s+signing\s+)",
    re.I,
)
_TO_DO = re.compile(
    r"^(?:to\s+)?(?:sign|adopt|approve|endorse)\s+|^(?:on\s+)?(?:approving|adopting|endorsing|signing)\s+",
    re.I,
)
_NOT_A_DOCUMENT = re.compile(
    r"^(?:the\s+|a\s+)?(?:decisions?|resolutions?)\s+(?:granting|declaring|appointing|on\s+(?:the\s+)?(?:appointment|granting|admission|admitting|launch|start))"
    r"|^(?:to\s+)?(?:appoint|grant|admit|declare)\b|^(?:completing|launching|starting|granting|admitting|appointing|declaring)\b",
    re.I,
)
# what marks an act of long ago as remembered: "the 30th anniversary of the signing of", "thirty years since ..."
_ANNIVERSARY = re.compile(
    r"\banniversary\s+of\b|\b(?:\w+|\d+)\s+years?\s+(?:since|after)\b|\bjubilee\s+of\b", re.I
)
_PAST_YEAR = re.compile(r"\b(?:in|since|of)\s+(?:\w+\s+)?(?P<y>(?:19|20)\d\d)\b")
# a verb that only lists ("among them were", "the package includes"): what it lists is adopted only when its
# antecedent is; items of an agenda or of a draft are not ("the draft agenda had 11 items. Among them were
# statements on ...", "the agenda includes a charter on ...")
_INCLUDES = re.compile(r"^(?:\w+\s+)?(?:further\s+|also\s+)?(?:includ|compris)|^among\s+them\b", re.I)
_AGENDA = re.compile(
    r"\b(?:agenda|draft(?:s|ed)?|items?\s+(?:for|to\s+be)\s+(?:consider|discuss)\w*|to\s+be\s+(?:considered|discussed|signed|adopted)"
    r"|(?:were|was|are|is)\s+(?:expected|planned|due)\s+to)\b",
    re.I,
)
# a list of what a period achieved, not the sitting: "the outcomes reached over the course of the year
# included:", "results achieved during its chairmanship:", "since the last summit, ... concluded:"
_PERIOD = re.compile(
    r"\b(?:over|during|throughout|in)\s+(?:the\s+course\s+of\s+)?(?:the|this|its|their|[A-Z]\w+['’]s)\s+(?:past\s+|last\s+)?"
    r"(?:year|twelve\s+months|chairmanship|chairship|chairpersonship|presidency|term)\b"
    r"|\bsince\s+the\s+(?:last|previous)\s+(?:summit|meeting|session)\b",
    re.I,
)


def documents(ctx: Context) -> list[Candidate]:
    """Documents adopted or signed at the meeting: objects of a verb, or items of a list a sentence introduces."""
    out: list[Candidate] = []
    listing: str | None = None  # the verb of the sentence that opened a list of documents
    head: str | None = None  # "statements of the ministers": the documents' kind the list's subjects complete
    previous = ""
    for passage in ctx.sentences:
        text, previous, before = passage.norm, passage.norm, previous
        item = _ITEM_MARK.match(text)
        if item and listing is not None:
            if head and _ITEM_SUBJECT.match(text, item.end()):
                out.extend(_subject_item(ctx, passage, item.end(), head, listing))
            else:
                out.extend(_list_item(ctx, passage, item.end(), listing))
            continue
        listing, head = None, None
        if text.rstrip().endswith(":") and (_VERB.search(text) or _LIST_INTRO.search(text)):
            verb = _VERB.search(text)
            listed = verb is None or _INCLUDES.match(verb.group())
            if not _NOT_NOW.search(text) and not (listed and (_PERIOD.search(text) or _AGENDA.search(text))):
                listing = verb.group() if verb else "adopted"
                head = _list_head(text)
            rest = text[verb.end() :] if verb else ""
            if not _TITLE_START.search(rest):
                continue
        signed_before = _SIGNED_BEFORE.search(text)
        if signed_before and _NOT_IN_FORCE.search(text):
            out.extend(_signed_earlier(ctx, passage, signed_before))
            continue
        for verb in _VERB.finditer(text):
            if re.match(r"sign", verb.group(), re.I) and re.search(r"\b(?:to|for)\s+$", text[: verb.start()]):
                continue  # "designated to sign a treaty", "the date for signing the Treaty": not signed yet
            if _ATTITUDE.search(text[max(0, verb.start() - 60) : verb.start()]) and re.match(
                r"(?:the\s+)?(?:adoption|signing|signature|approval|endorsement|conclusion|issuing|issuance|release)\s",
                verb.group(),
                re.I,
            ):
                continue  # "welcomed the signing of the peace agreement", "called for the conclusion of": others' act
            clause = re.split(r"[;:]|,\s+(?:and|but|while|whereas)\b", text[verb.start() :])[0]
            if re.search(
                r"\banniversary\s+of\s+(?:the\s+)?$", text[max(0, verb.start() - 60) : verb.start()]
            ):
                continue  # "the 30th anniversary of the signing of the X Treaty": a signing of long ago, marked
            if long_ago(ctx, _no_title_years(clause)):
                continue  # "Ruritania ratified the X Statute in August 2011": an act of another time told
            if re.search(r"\bbe\s+$", text[: verb.start()]):
                continue  # "asked that equity be reflected in the Programme of Work": a request, not an act
            if re.search(r"\bto\s+$", text[: verb.start()]) and _NOT_NOW.search(text[: verb.start()]):
                continue  # "were expected to declare ..., to launch ... and to approve an address": a preview
            if _INCLUDES.match(verb.group()) and _AGENDA.search(before + " " + text[: verb.start()]):
                continue  # "The draft agenda had 11 items. Among them were statements on ...": not adopted
            out.extend(_objects(ctx, passage, verb))
        out.extend(_documents_named(ctx, passage, before))
        out.extend(_relative(ctx, passage))
        out.extend(_budget(ctx, passage))
        out.extend(_document_was(ctx, passage))
        out.extend(_amended(ctx, passage))
        passive = _PASSIVE.search(text)
        if (
            passive
            and not _NOT_NOW.search(text)
            # "thirty years since the X Treaty was signed": an anniversary, not a signing
            and not _ANNIVERSARY.search(text[max(0, passive.start() - 80) : passive.start()])
            and not _background(ctx, text[passive.start() :])
            and not long_ago(ctx, _no_title_years(text))
            # "the X Agreement signed by A and B on the sidelines": the two states' own, as in the active voice
            and not _bilateral(ctx, re.split(r"[.;]", text[passive.start() :])[0])
        ):
            bound = max(text.rfind(";", 0, passive.start()), text.rfind(":", 0, passive.start())) + 1
            first = _TITLE_START.search(text, bound, passive.start())  # the passive's subject: its own clause
            if first and not re.search(
                r"\b(?:memoranda|documents)\b", text[first.start() : passive.start()], re.I
            ):
                how = passive.group("verb") or passive.group("verb2")
                cuts = [first.start()] + [
                    m.end() for m in _SPLIT.finditer(text, first.start(), passive.start())
                ]
                ends = [m.start() for m in _SPLIT.finditer(text, first.start(), passive.start())] + [
                    passive.start()
                ]
                for a, b in zip(cuts, ends, strict=True):  # "X and the Y were signed": two documents
                    if how in ("issued", "released", "launched", "published") and not re.search(
                        r"\s[A-Z]", " " + re.sub(r"^(?:the|a|an|its|their)\s+", "", text[a:b], flags=re.I)
                    ):
                        continue  # "the council's communique was released": a document named by no title
                    cand = _document(ctx, passage, a, b, a, how)
                    if cand:
                        out.append(cand)
    return _unique(out)


# documents told as a group adopted ("adopted 14 documents", "eleven documents were signed", "the documents
# approved at the summit"), then named by a listing word in the same sentence ("including", "among them",
# "include", "such as", "namely", a colon) or in the next ("He named three of them:", "They include", "Among
# them were"): each title named is adopted by the group's verb
_GROUP = re.compile(
    r"\b(?:(?:outcome|final|key|important|main|major|new|several|\d+|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|a\s+(?:number|series|package|set)\s+of)\s+)*"
    r"(?:documents|texts|instruments|deliverables|agreements|declarations|outcomes)\b",
    re.I,
)
_GROUP_ACT = re.compile(
    r"\b(?P<v>adopt(?:ed|ing)|approv(?:ed|ing)|sign(?:ed|ing)|endors(?:ed|ing)|issu(?:ed|ing)|inked|conclud(?:ed|ing)"
    # "Two texts came out of the meeting: A and B", "three documents emerged from the summit"
    r"|came\s+out\s+of|emerged\s+from)\b",
    re.I,
)
_NAMING = re.compile(
    r"\b(?:includ(?:es|ed|ing|e)\b|among\s+them(?:\s+(?:is|are|was|were))?|among\s+which(?:\s+(?:is|are|was|were))?"
    r"|such\s+as|namely|notably|(?:of|among)\s+(?:them|these|those)\s*:)\s*:?\s*|:\s*",
    re.I,
)
_BACKREF = re.compile(
    r"^(?:(?:He|She|It|They|The\s+\w+)\s+(?:also\s+)?(?:named|listed|cited|mentioned|highlighted)\s+(?:\w+\s+)?(?:of\s+)?(?:them|these)\s*:"
    r"|(?:They|These|Those|The\s+documents|The\s+texts)\s+(?:include|included|comprise|comprised|are|were)\b"
    r"|Among\s+(?:them|these|those)\b)",
    re.I,
)


def _documents_named(ctx: Context, passage: Passage, before: str) -> list[Candidate]:
    """The titles a listing word names after documents told as a group adopted, in the sentence or the one
    before: one document each, adopted by the group's verb."""
    text = passage.norm
    back = _BACKREF.match(text)
    if back:  # the group in the sentence before: "adopted documents on ... . He named three of them: A, B"
        group, act = _GROUP.search(before), _GROUP_ACT.search(before)
        told = before
        naming_from = back.end()
    else:
        group, act = _GROUP.search(text), _GROUP_ACT.search(text)
        told = text
        naming_from = max(group.end(), act.end()) if group and act else 0
    if group is None or act is None or abs(group.start() - act.start()) > 60:
        return []
    if _NOT_NOW.search(told) or _AGENDA.search(told) or _PERIOD.search(told) or _ANNIVERSARY.search(told):
        return []  # documents to be adopted, drafts, an agenda, a year's results: not the sitting's acts
    if _old_act(ctx, told, act.start()) or long_ago(ctx, _no_title_years(told)) or _background(ctx, told):
        return []
    if _bilateral(ctx, told[: act.start()]):
        return []
    naming = _NAMING.search(text, naming_from) if not back else None
    start = naming.end() if naming else naming_from
    if not back and (naming is None or naming.start() - naming_from > 80):
        return []
    first = _TITLE_START.search(text, start)
    if first is None or text[start : first.start()].strip(" ,:"):
        return []
    verb = "signed" if re.match(r"sign|inked|conclud", act.group("v"), re.I) else act.group("v")
    if re.match(r"came|emerged", verb, re.I):
        verb = "adopted"  # the sitting's outcome
    out = []
    for start, end in _pieces(text, first.start()):
        for a, b, phrase in _elided(text, start, end):
            cand = _document(ctx, passage, a, b, a, verb, phrase=phrase)
            if cand:
                out.append(cand)
    return out


# the meeting's document named after a copula: "The main document of the summit, adopted on ..., was a Joint
# Statement by ...", "The outcome documents of the meeting were the X Declaration and the Y Plan"
_DOCUMENT_WAS = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:(?:main|key|principal|central|final|chief|most\s+important|only)\s+)?(?:outcome\s+|final\s+)?"
    r"documents?\s+(?:of|adopted\s+(?:at|by)|approved\s+(?:at|by))\s+the\s+(?:[\w-]+\s+){0,3}?(?:summit|meeting|session|sitting|conference|council)\b"
    r"(?P<mid>[^.;]*?)\b(?:was|were)\s+(?=(?:an?|the)\s)"
)


def _document_was(ctx: Context, passage: Passage) -> list[Candidate]:
    text = passage.norm
    m = _DOCUMENT_WAS.search(text)
    if m is None or _NOT_NOW.search(text[: m.end()]) or unreal(text[: m.start()]):
        return []
    first = _TITLE_START.match(text, m.end())
    if first is None:
        return []
    out = []
    for start, end in _pieces(text, first.start()):
        cand = _document(ctx, passage, start, end, start, "adopted")
        if cand:
            out.append(cand)
    return out


# an instrument of the organization amended at the meeting: "amended the working regulations of the Commission",
# "decided to amend the regulations on the transport meeting" -> "Amendments to the ..."
_AMENDED = re.compile(
    r"\b(?P<verb>amended|(?:decided|agreed|resolved)\s+to\s+amend)\s+(?P<obj>the\s+(?:[\w-]+\s+){0,3}?"
    r"(?:regulations|rules(?:\s+of\s+procedure)?|statutes?|charter|treaty|agreement|provisions|procedure|convention)\b"
    r"(?:\s+(?:of|on|for)\s+[^,;.]+?)?)(?=\s+and\s+(?-i:[a-z]+ed)\b|\s*[,;.]|\s*$)"
)


def _amended(ctx: Context, passage: Passage) -> list[Candidate]:
    out = []
    for m in _AMENDED.finditer(passage.norm):
        head = passage.norm[: m.start()]
        if _NOT_NOW.search(head) or unreal(head) or _background(ctx, m.group()):
            continue
        cand = _document(
            ctx,
            passage,
            m.start("obj"),
            m.end("obj"),
            m.start("verb"),
            "adopted",
            phrase=f"amendments to {m.group('obj')}",
        )
        if cand:
            out.append(cand)
    return out


# the organization's budget for a year, named by no title: "passed the organization's budget for 2014",
# "approved the CSTO budget for 2014", "adopted the budget of the Union for 2020-2021"
_BUDGET = re.compile(
    r"\b(?P<verb>approv(?:ed|ing)|adopt(?:ed|ing)|pass(?:ed|ing)|endors(?:ed|ing))\s+(?:also\s+)?(?:the\s+|its\s+|their\s+)?"
    r"(?:(?P<owner>[\w-]+)['’]s\s+|(?P<acr>[A-Z]{2,8})\s+)?budget\s+(?:of\s+the\s+(?P<of>[\w-]+(?:\s+[A-Z][\w-]*){0,6})\s+)?"
    r"for\s+(?:the\s+year\s+|the\s+period\s+)?(?P<y>(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?)\b"
)


def _budget(ctx: Context, passage: Passage) -> list[Candidate]:
    """The organization's budget for a year adopted: "Budget of the CSTO for 2014" (the organization's
    abbreviation; another organization's or a state's budget is not its own)."""
    from igo_timeline.extract.reader import names_org

    out = []
    for m in _BUDGET.finditer(passage.norm):
        owner = m.group("owner")
        if not owner:
            continue  # "the CSTO budget for 2020", "the budget for 2021": a title of its own, read by ``_objects``
        if not (
            names_org(ctx, owner)
            or names_org(ctx, f"the {owner}")
            or owner.lower() in ("organization", "organisation")
        ):
            continue  # "approved Kenya's budget for 2014": not the organization's
        if _NOT_NOW.search(passage.norm[: m.start()]) or unreal(passage.norm[: m.start()]):
            continue
        title = f"Budget of the {ctx.org.upper()} for {m.group('y')}"
        event = {"type": "DocumentAdopted", "document": slug(title), "title": title, "kind": "budget"}
        years = [d for d in find_dates(m.group("y")) if d.kind in ("year", "years")]
        if years:
            event["in_force"] = years_interval(years[0].edtf)
        cand = ctx.decision(
            event, "adopted_on", passage.sub(m.start("verb"), m.end()), decided=False, words=passage.norm
        )
        out.append(cand)
    return out


_RELATIVE = re.compile(
    r",\s*(?:which|that)\s+(?P<subj>(?:the\s+|their\s+|its\s+)?(?:[\w'’-]+\s+){0,5}?)(?:also\s+|then\s+|later\s+)?"
    r"(?P<verb>adopted|signed|approved|endorsed|issued)\b"
)
_SUBJECT = re.compile(
    r"(?:they|we|(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,3}?(?:leaders|heads\s+of\s+(?:state|government)|ministers|presidents|members|parties|states|council|summit|conference|assembly|session|meeting|delegates|delegations|participants))\s*$",
    re.I,
)


_ATTITUDE = re.compile(
    r"\b(?:welcom|hail|not(?:ed|ing|es)\b|congratulat|prais|commend|applaud|call(?:ed|s|ing)?\s+for|urg|look(?:ed|s)?\s+forward|await|support|encourag|appreciat|acknowledg|recall|reaffirm)\w*\s+(?:\w+\s+){0,3}?$",
    re.I,
)


def _relative(ctx: Context, passage: Passage) -> list[Candidate]:
    """A document named before the act, the act in an object relative: "the Declaration of the Council, which
    the heads of state adopted", "the X Accord, which the ministers signed"."""
    text = passage.norm
    out = []
    for rel in _RELATIVE.finditer(text):
        if not _SUBJECT.search(rel.group("subj")):
            continue  # "..., which the pandemic delayed": no body, leaders or parties act
        bound = max(text.rfind(";", 0, rel.start()), text.rfind(":", 0, rel.start())) + 1
        starts = list(_TITLE_START.finditer(text, bound, rel.start()))
        if not starts or _NOT_NOW.search(text[rel.start() : rel.end()]):
            continue
        clause = text[bound : rel.end()]
        if long_ago(ctx, _no_title_years(clause)):
            continue
        first = starts[-1]
        a = first.start()
        pre = re.match(r"(?:in|on|for|of|and|under|by)\s+", text[a : rel.start()], re.I)
        if pre:
            a += pre.end()
        cand = _document(ctx, passage, a, rel.start(), a, rel.group("verb"))
        if cand:
            out.append(cand)
    return out


_PASSIVE = re.compile(
    r"\s+(?:(?:was|were|has\s+been|have\s+been)\s+(?:also\s+)?)?(?P<verb>signed|adopted|approved|endorsed)\s+(?:at|by|during|in|on)\b"
    r"|\s+(?:was|were|has\s+been|have\s+been)\s+(?:also\s+)?(?:(?:unanimously|formally|officially|finally|duly)\s+)?(?P<verb2>signed|adopted|approved|endorsed|issued|released|launched|published)\b"
)


_TITLE_YEAR = re.compile(
    # only a document named inside another's title: "a protocol amending the 2007 agreement"
    r"(?:(?<=amending\s)|(?<=revising\s)|(?<=replacing\s)|(?<=supplementing\s)|(?<=implementing\s))(?:the|its|their)\s+(?:19|20)\d\d\s+"
    r"(?=(?:[\w-]+\s+){0,2}?(?i:" + _KIND + r")\b)"
)


def _no_title_years(text: str) -> str:
    """The text with the years that name a document blanked ("a protocol amending the 2007 agreement"): the
    year of a document named is not the day of the act told."""
    return _TITLE_YEAR.sub(lambda m: " " * len(m.group()), text)


def _unique(cands: list[Candidate]) -> list[Candidate]:
    seen: set[str] = set()
    out = []
    titles = [str(c.event.get("title", "")).casefold().split() for c in cands]
    for i, c in enumerate(cands):
        mine = titles[i]
        if mine and any(
            len(other) > len(mine) and other[-len(mine) :] == mine and other[0][:1] != "(" for other in titles
        ):
            continue  # "Vision 2030" in a headline, "the BIMSTEC Bangkok Vision 2030" after: one document
        k = c.event.get("document", "") + c.event.get("type", "")
        if k in seen:
            continue
        seen.add(k)
        out.append(c)
    return out


def _background(ctx: Context, text: str) -> bool:
    """A clause about the past ("concluded in the Kyrgyz capital in 2007") or the future."""
    if ctx.meeting is None:
        return False
    year = int(ctx.meeting.last_day[:4])
    return any(int(m.group("y")) < year for m in _PAST_YEAR.finditer(text))


def _old_act(ctx: Context, text: str, verb_start: int) -> bool:
    """Whether the clause of a verb tells an act before the text's own: a pluperfect ("at which the leaders
    had launched a programme"), "later" after a past date, or every date it states a year or more back."""
    from igo_timeline.extract.reader import background

    head = text[max(0, verb_start - 30) : verb_start]
    reported = re.search(
        r"\b(?:said|says|told|announced|reported|stated|confirmed|according)\b", text[:verb_start]
    )
    if re.search(r"\bhad\s+(?:already\s+|earlier\s+|previously\s+)?$", head) and not reported:
        return True  # not "X said the leaders had adopted ...": reported speech
    return bool(re.search(r"\blater\b", head)) and background(ctx, text)


_SIDELINES = re.compile(
    r"\b(?:on|at)\s+the\s+(?:sidelines|margins?)\b|\bbilateral(?:ly)?\b|\bseparately\b", re.I
)
_MANY = re.compile(
    r"\b(?:leaders|heads|ministers|council|summit|conference|assembly|members|member\s+states|all|parties|states|meeting|session|organi[sz]ation)\b",
    re.I,
)


def _bilateral(ctx: Context, head: str, described: bool = False) -> bool:
    """Whether the subject of a signing is two states by themselves, or the act is told as one on the
    sidelines: their own document, not the organization's."""
    from igo_timeline.extract.decisions import _state_parties

    clause = re.split(r"[;:]", head)[-1]
    own = re.search(
        rf"\b{re.escape(ctx.org.upper())}\b|Secretary[\s-]General|Secretariat|\bthe\s+(?:organi[sz]ation|bloc|union|community|zone)\b",
        clause,
    )
    if own:
        return (
            False  # "On the sidelines, the minister and the XYZ Secretary General signed": the organization's
        )
    if _SIDELINES.search(clause):
        return True
    states = {p.value for p in _state_parties(ctx, clause)}
    if described and len(states) >= 3 and not _MANY.search(clause):
        return (
            True  # "A, B and C signed the agreement establishing X": members signing an existing instrument
        )
    return len(states) == 2 and not _MANY.search(clause) and re.search(r"\band\b", clause) is not None


def _objects(ctx: Context, passage: Passage, verb: re.Match[str]) -> list[Candidate]:
    text = passage.norm
    first = _TITLE_START.search(text, verb.end())
    if first is None:
        return []
    if _old_act(ctx, text, verb.start()) or long_ago(ctx, _no_title_years(text)):
        return []
    described = re.match(r"(?:the|its|their)\s+(?-i:[a-z])", text[first.start() :]) is not None
    if _bilateral(ctx, text[: verb.start()], described):
        return []  # "On the sidelines, Russia and China signed an agreement on gas": two states' own document
    between = text[verb.end() : first.start()]
    if (
        between.strip(" ,:")
        and not re.fullmatch(
            r"\s*(?:also\s+)?(?:or\s+\w+\s+)?(?:by\s+\w+\s+)?(?:(?:at|during)\s+(?:the|this)\s+[\w-]+\s+)?(?:were\s+|was\s+)?"
            r"(?:[\w\s-]{0,60}?\b(?:documents|texts|instruments|deliverables|agreements|declarations|outcomes|series|number|package|set)\b[\w\s-]{0,40}?(?:,?\s+(?:among\s+them|including|notably|such\s+as|namely)\s*:?|\s*:)\s*)?",
            between,
        )
        and not (
            # "endorsed political statements on A, on B": an adjective before a plural kind whose subjects follow
            re.fullmatch(
                r"\s*(?:also\s+)?(?:political|joint|separate|several|two|three|four|five)\s+", between
            )
            and _PLURAL_ON.match(text, first.start())
        )
    ):
        return []  # "approved the need to ..." no title right after
    trail = _TRAIL.search(text, first.start())
    scope = text[: trail.start()] if trail else text
    if _NOT_NOW.search(_item_drafts_blanked(scope, verb.end())[max(0, verb.start() - 40) :]) or _background(
        ctx, scope[verb.start() : first.start()]
    ):
        return []
    if re.search(r"\b(?:was|were)\s+(?:concluded|signed)\b.*\bin\s+(?:19|20)\d\d", scope):
        return []
    plural = _PLURAL_ON.match(text, first.start())
    if plural:  # "adopted statements on A, on B and on C": one document each
        return _each_on(ctx, passage, plural, verb.group())
    out = []
    for start, end in _pieces(text, first.start()):
        later = _PLURAL_ON.match(text, start) if start > first.start() else None
        if later:  # "the X Declaration as well as statements on A and on B": one document each
            out.extend(_each_on(ctx, passage, later, verb.group()))
            continue
        for a, b, phrase in _elided(text, start, end):
            cand = _document(ctx, passage, a, b, a, verb.group(), phrase=phrase)
            if cand:
                out.append(cand)
    return out


# an item that names its kind by the item before: "a declaration on A and another on B", "a statement on A, a
# second on B and a third on C", "a special declaration calling for X and another supporting Y"
_ELIDED = re.compile(
    r"(?:,\s*(?:and\s+)?|\s+and\s+)(?P<e>another|the\s+other|a\s+(?:second|third|fourth|fifth|further))\s+"
    r"(?=(?:on|concerning|regarding|against|in\s+support\s+of|(?-i:[a-z]+ing))\s)",
    re.I,
)


def _elided(text: str, start: int, end: int) -> list[tuple[int, int, str | None]]:
    """The piece ``text[start:end]`` as its items: itself, or its first item and each elided one, titled by the
    first item's kind ("another on B" -> "declaration on B"); ``None`` as a phrase is the words themselves."""
    cuts = list(_ELIDED.finditer(text, start, end))
    if not cuts:
        return [(start, end, None)]
    head = re.search(rf"\b(?P<k>{_KIND})\b", text[start : cuts[0].start()], re.I)
    if head is None or head.group("k").lower().endswith("s"):
        return [(start, end, None)]
    out: list[tuple[int, int, str | None]] = [(start, cuts[0].start(), None)]
    for k, m in enumerate(cuts):
        b = cuts[k + 1].start() if k + 1 < len(cuts) else end
        out.append((m.start("e"), b, f"{head.group('k').lower()} {text[m.end() : b]}"))
    return out


def _item_drafts_blanked(scope: str, after: int) -> str:
    """The scope with "draft" blanked where it is one object's adjective after the verb ("adopted a draft
    Concept of X, a joint declaration on Y and ..."): that object alone is not adopted (``_document`` drops a
    title that starts with "Draft"), the others of the list are; "draft" elsewhere (before the verb, "the
    draft was approved", "approved the draft of ...") still blocks the whole clause."""
    tail = re.sub(
        rf"\b((?:an?|the)\s+)draft\s+(?=(?:[\w'’-]+\s+){{0,4}}?(?i:{_KIND})\b)",
        lambda m: m.group(1) + " " * len("draft "),
        scope[after:],
        flags=re.I,
    )
    return scope[:after] + tail


# a plural document noun whose subjects follow, each with its own "on": "statements on A, on B and on C"
_PLURAL_ON = re.compile(
    r"(?:the\s+|two\s+|three\s+|four\s+|five\s+|several\s+)?(?P<kind>statements|declarations|directives|resolutions|addresses|appeals)\s+(?=(?:on|concerning|regarding)\s)",
    re.I,
)
_NEXT_ON = re.compile(r",\s*(?:and\s+)?(?=on\s)|\s+and\s+(?=on\s)")


def _each_on(ctx: Context, passage: Passage, plural: re.Match[str], verb: str) -> list[Candidate]:
    text = passage.norm
    stop = re.search(
        r"[.;:]|\s+(?:and|but)\s+(?!on\s)(?-i:[a-z]+(?:ed|s)?)\s|,(?!\s*(?:and\s+)?on\s)",
        text[plural.end() :],
    )
    end = plural.end() + (stop.start() if stop else len(text) - plural.end())
    singular = {"addresses": "address"}.get(plural.group("kind").lower(), plural.group("kind")[:-1])
    cuts = [plural.end()] + [m.end() for m in _NEXT_ON.finditer(text, plural.end(), end)]
    ends = [m.start() for m in _NEXT_ON.finditer(text, plural.end(), end)] + [end]
    if len(cuts) < 2:
        return _each_listed(ctx, passage, plural, verb, singular)
    out = []
    for k, (a, b) in enumerate(zip(cuts, ends, strict=True)):
        quote_from = plural.start() if k == 0 else a
        cand = _document(ctx, passage, a, b, quote_from, verb, phrase=f"{singular} {text[a:b]}")
        if cand:
            out.append(cand)
    return out


# a list's intro that names the kind of its items and leaves their subjects to the items: "adopted the
# following statements of the ministers:", "approved three declarations:", "issued these appeals by the heads:"
_LIST_HEAD = re.compile(
    r"\b(?:following|these|(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})(?:\s+joint|\s+political)?)\s+"
    r"(?P<kind>statements|declarations|appeals|addresses|resolutions)"
    r"(?P<authors>\s+(?:of|by)\s+(?:the\s+)?[^:;]{3,120}?)?\s*:\s*$",
    re.I,
)
# an item that is only a subject: "1) on the situation in ...;", "- concerning the border;", "b) regarding ..."
_ITEM_SUBJECT = re.compile(
    r"(?:on|concerning|regarding|about|in\s+support\s+of|in\s+connection\s+with|marking|commemorating)\s+\S",
    re.I,
)


def _list_head(text: str) -> str | None:
    """The singular kind (with its authors) a list's intro gives its items: "Statement of the ministers"."""
    m = _LIST_HEAD.search(text)
    if m is None:
        return None
    kind = m.group("kind").lower()
    singular = {"addresses": "address"}.get(kind, kind[:-1])
    return singular.capitalize() + (m.group("authors") or "")


def _subject_item(ctx: Context, passage: Passage, start: int, head: str, verb: str) -> list[Candidate]:
    """An item that names only its subject, completed by the kind the intro gave: "Statement of ... on X"."""
    text = passage.norm
    end = len(text.rstrip(" ;.,"))
    end -= len(text[:end]) - len(re.sub(r"[;,]?\s*(?:and|or)$", "", text[:end]))
    end = len(text[:end].rstrip(" ;.,"))
    if end <= start or _NOT_NOW.search(text[start:end]):
        return []
    cand = _document(ctx, passage, start, end, start, verb, phrase=f"{head} {text[start:end]}")
    return [cand] if cand else []


def _each_listed(
    ctx: Context, passage: Passage, plural: re.Match[str], verb: str, singular: str
) -> list[Candidate]:
    """Subjects in a serial list after one preposition: "statements concerning A, B, C, and D", one each.

    Only a list of three or more with the serial comma before its last "and" is cut: "statements on peace,
    security and stability" may be one text, and "the Middle East and North Africa" is one subject."""
    text = passage.norm
    prep = re.match(r"(?:on|concerning|regarding)\s+", text[plural.end() :], re.I)
    if prep is None:
        return []
    begin = plural.end() + prep.end()
    stop = re.search(
        r"[.;:(]|,\s*(?:which|that|while|whereas|but|as\s+well\s+as)\b|\s+and\s+(?:also\s+)?(?-i:[a-z]+ed)\s",
        text[begin:],
    )
    end = begin + (stop.start() if stop else len(text) - begin)
    commas = [m for m in re.finditer(r",\s*", text[begin:end])]
    if len(commas) < 2 or not re.match(r"and\s+\S", text[begin + commas[-1].end() : end]):
        return []  # "statements on cooperation", "statements on peace, security and stability": not cut
    cuts = [begin] + [begin + m.end() for m in commas]
    ends = [begin + m.start() for m in commas] + [end]
    out = []
    for k, (a, b) in enumerate(zip(cuts, ends, strict=True)):
        a += re.match(r"(?:and\s+)?", text[a:b]).end()  # type: ignore[union-attr]
        piece = text[a:b].strip()
        if not piece:
            return []
        own = re.match(
            r"(?:on|concerning|regarding|about|marking|commemorating|in\s+support\s+of)\s", piece, re.I
        )
        phrase = f"{singular} {piece}" if own else f"{singular} {prep.group().strip()} {piece}"
        cand = _document(ctx, passage, a, b, plural.start() if k == 0 else a, verb, phrase=phrase)
        if cand:
            out.append(cand)
    return out


def _list_item(ctx: Context, passage: Passage, start: int, verb: str) -> list[Candidate]:
    text = passage.norm
    body = text[start:]
    if re.match(
        r"(?:took\s+note|noted|heard|discussed|considered|reviewed|welcomed|instructed)\b", body, re.I
    ):
        return []  # "- took note of the report on ...": the item's own verb adopts nothing
    subject = re.match(
        r"(?:they|we|it|(?:the\s+)?(?:leaders|ministers|heads|summit|council))\s+(?:also\s+)?", body, re.I
    )
    own = _VERB.match(body, subject.end() if subject else 0)
    if own:  # "- signed a protocol amending the Agreement on ...": the item's own verb and its object
        found = _VERB.search(text, start)
        return _objects(ctx, passage, found) if found else []
    if _NOT_A_DOCUMENT.search(body) or _NOT_NOW.search(body):
        return []
    act = re.search(
        r"(?:,\s*|\s+(?:was|were|has\s+been|have\s+been)\s+(?:also\s+)?)(?P<v>signed|adopted|approved|endorsed)\b",
        body,
    )
    if act:  # "- the treaty establishing X, signed by the three heads", "2. an agreement on Y was signed;"
        verb = act.group("v")
    lead = _DECISION_ON.match(body) or _TO_DO.match(body)
    if lead:
        if re.search(r"\bon\s+signing\b", lead.group(), re.I):
            return []  # the decision to sign a memorandum: the memorandum is its own item
        if re.search(r"adopt|approv", lead.group(), re.I):
            verb = "adopted"  # "signed the following: ... a decision adopting the Charter": the Charter is adopted
        start += lead.end()
    elif re.match(r"(?:the\s+|a\s+)?decisions?\s+on\b", body, re.I):
        if any(is_state(p.value) or p.value != ctx.org for p in find_parties(body, exclude=[ctx.org])):
            return []  # a decision about a party (a status, a membership elsewhere) is no document of its own
    first = _TITLE_START.search(text, start)
    if (
        not lead
        and first is not None
        and re.search(r"[^\W\d_]", text[start : first.start()])
        and re.search(r"\b(?:towards?|of|for|on|to|into|about)\s+$", text[start : first.start()])
    ):
        return []  # "2. Work towards a Charter of the ...": a task the item names, not a document
    pieces = _pieces(text, start)
    out = []
    for a, b in pieces:
        cand = _document(ctx, passage, a, b, a, verb)
        if cand:
            out.append(cand)
    return out


# a comma before "a"/"an" and a lowercase document phrase with its complement: an item of a list only when
# the list goes on with "and" ("adopted A, a joint declaration on Y and a statement on Z"); without it,
# "the X Declaration, a statement of principles on ..." is an appositive
_COMMA_ITEM = re.compile(rf",\s+(?=(?:[Aa]n?)\s+(?:(?i:{_DESCRIBED}))?{_LOWER_ADJ}(?i:{_KIND})\b)")


def _pieces(text: str, start: int) -> list[tuple[int, int]]:
    trail = _TRAIL.search(text, start)
    stop = trail.start() if trail else len(text)
    cuts = [start] + [m.end() for m in _SPLIT.finditer(text, start, stop)]
    ends = [m.start() for m in _SPLIT.finditer(text, start, stop)] + [stop]
    pieces = list(zip(cuts, ends, strict=True))
    out = []
    for k, (a, b) in enumerate(pieces):
        commas = list(_COMMA_ITEM.finditer(text, a, b)) if k < len(pieces) - 1 else []
        for m in commas:
            out.append((a, m.start()))
            a = m.end()
        out.append((a, b))
    return out


def _title(phrase: str) -> tuple[str, str, bool]:
    """(title, kind, revised) of a document phrase."""
    phrase = normalize(re.sub(r"^(?:the|a|an|its|their)\s+", "", phrase.strip(), flags=re.I)).rstrip(" ;.,")
    phrase = re.sub(
        r",\s*(?:named|called|so\s+called)\b.*$", "", phrase
    )  # "X Declaration, named after the city"
    phrase = re.sub(r"^[\"“”']|[\"“”']$", "", phrase) if phrase.count('"') == 1 else phrase
    phrase = re.sub(
        r"^(?:of|in|on|for|and|to)\s+(?:the\s+)?", "", phrase, flags=re.I
    )  # no title starts with a preposition
    phrase = re.sub(
        rf"^{_DESCRIBED}", "", phrase, flags=re.I
    )  # "a 20-point X Declaration": the X Declaration
    phrase = re.sub(
        r"^(?:new|first|second|third|updated)\s+(?=[A-Z])", "", phrase
    )  # "a new Strategic Concept"
    # an appositive is no part of the title: "X, the blueprint that ...", "Y, meant to make ..."
    phrase = re.sub(r",\s*(?:(?:the|a|an)\s+(?-i:[a-z])|(?:meant|designed|intended|aimed)\b).*$", "", phrase)
    named = re.match(
        rf"^(?:[\w-]+\s+){{0,2}}?(?P<kind>{_KIND})\s+(?:(?:entitled|titled|called|named)\s+[\"“'‘]?(?P<name>[A-Z][^\"”’;]*?)[\"”'’]?\s*$"
        # a name in quotes right after the kind: "the resolution "X Y Z" without a vote"
        rf"|[\"“](?P<quoted>[A-Z][^\"”]{{3,200}}?)[\"”])",
        phrase,
        re.I,
    )
    if named:  # "a declaration entitled "Seas of Peace"": the name given is its title
        kind = _KINDS.get(named.group("kind").lower(), "document")
        return (named.group("name") or named.group("quoted")).strip(" ,."), kind, False
    phrase = title_phrase(phrase)
    revised = bool(re.match(r"revised\s+version\s+of\s+", phrase, re.I))
    phrase = re.sub(r"^revised\s+version\s+of\s+(?:the\s+)?", "", phrase, flags=re.I)
    kind_word = re.search(rf"\b(?:{_KIND})(?:\s+(?:{_KIND}))*\b", phrase, re.I)
    nouns = re.findall(rf"\b(?:{_KIND})\b", kind_word.group(), re.I) if kind_word else [""]
    # the last noun heads ("Framework Agreement"), but a "Vision Statement" is a vision set out, not positions
    last = ([n for n in nouns if n.lower() != "statement"] or nouns)[-1]
    kind = _KINDS.get(last.lower(), "document") if kind_word else "document"
    title = phrase[:1].upper() + phrase[1:]
    return title, kind, revised


# what may follow a title's head noun: its complement ("of/on/for ..."), a participle that names the act it
# makes ("Treaty establishing ...", "Protocol amending ..."), a bracket, a dash, a year
_COMPLEMENT = re.compile(
    r"\s*$|\s+(?:of|on|for|to|between|until|following|concerning|regarding|among|in|with|against|from|at|[a-z]+ing)\b"
    # a title in title case: "Convention Against Trafficking in Persons", "Agreement Concerning ..."
    r"|\s+(?:Against|Concerning|Regarding|Between|On|Of|For)\s+(?=[A-Z])"
    # its authors: "Joint Statement by the members of the Council", "Declaration by the Heads of State"
    r"|\s+by\s+(?:the\s+)?(?:members|heads|leaders|ministers|presidents|chairs?|co-chairs|participants|parties)\b"
    r"|\s*[(\-–—]|\s+(?:19|20)\d\d\b|\s+and\s+(?=[A-Z])"
)
# where a title ends: a comma before lowercase words ("X, dated March 3, is"), a finite verb ("X took effect")
_TITLE_END = re.compile(
    # not the comma of a series inside a title ("on peace, security and stability")
    r",\s+(?=[a-z0-9])(?![\w'’-]+(?:\s+[\w'’-]+)?\s+(?:and|or)\s)"
    # a relative clause ("a final communique that called ..."), an adverbial of the act ("in the presence of
    # their leaders", "at the opening ceremony", "with the President looking on", "on the sidelines of")
    r"|\s+(?:that|which|who|whose)\s|\s+and\s+(?-i:[a-z]+ed)\s+(?:the|a|an|its|their|to|on|that)\b|\s+(?:in\s+the\s+presence\s+of|in\s+front\s+of|on\s+the\s+sidelines\s+of|on\s+behalf\s+of|by\s+video\s*link|by\s+videoconference)\b"
    r"|\s+(?:at|in|during)\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:ceremony|session|sitting|plenary|retreat)\b"
    # a headline's "adopt X Declaration at informal summit in Shusha": the meeting, without its article
    r"|\s+(?:at|during)\s+(?:(?:the|a|an|its|their)\s+)?(?:[\w-]+\s+){0,2}?(?-i:summit|meeting|talks|session)\b|\s+with\s+(?:[\w.-]+\s+){1,4}looking\s+on\b"
    r"|\s+(?:is|are|was|were|has|have|had|will|would|shall|says|said|records|recorded|states(?<!member\sstates)|stated|took|takes|dated|released|issued|prepared|adopted|signed|approved|calls|commits|reaffirms|reiterates|notes|sets\s+out)\b"
    # a time phrase after the title: "the X Statute in August 2011", "the Y Accord on 3 May", "in 2019"
    r"|\s+(?:today|yesterday|tonight|this\s+(?:morning|afternoon|evening|week))\b"
    r"|\s+(?:in|during)\s+the\s+(?:morning|afternoon|evening|night)\b"
    r"|\s+with\s+(?:the\s+)?(?:other|all|their|its|his|her|fellow)\b"
    r"|\s+by\s+the\s+(?:end|close|middle|beginning|start)\s+of\b"
    r"|\s+(?:in|on|at|since|during)\s+(?:(?:early|late|mid)[\s-]+)?(?:the\s+same\s+year\b|last\b|(?:19|20)\d\d\b"
    rf"|{MONTH}\b"
    rf"|{WEEKDAY}\b|\d{{1,2}}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\b)"
)


def title_phrase(phrase: str) -> str:
    """A document phrase cut to its title: a noun phrase headed by a document noun, with its complement, no
    verb ("the agreement took effect thirty days later" -> "agreement"; "Declaration, dated March 3, is" ->
    "Declaration"; "San Jose Declaration, released on Thursday, says ..." -> "San Jose Declaration")."""
    end = _TITLE_END.search(phrase)
    if end:
        phrase = phrase[: end.start()]
    head = re.search(
        rf"\b(?:{_KIND})(?:\s+(?:{_KIND}))*\b", phrase, re.I
    )  # "Framework Agreement": the last noun heads
    if (
        head
        and head.group().split()[-1].lower() not in ("for", "of", "to")
        and not _COMPLEMENT.match(phrase[head.end() :])
    ):
        phrase = phrase[: head.end()]  # "Declaration and 23 other documents": the head alone
    return phrase.strip(" ,;:")


def slug(title: str) -> str:
    text = title.casefold()
    text = re.sub(r"shanghai cooperation organi[sz]ation", "sco", text)
    text = re.sub(r"\b(?:the|of|in|on|for|and|a|an)\b", " ", text)
    return "-".join(re.findall(r"[a-z0-9]+", text))[:80].strip("-")


def _document(
    ctx: Context,
    passage: Passage,
    start: int,
    end: int,
    quote_start: int,
    verb: str,
    phrase: str | None = None,
) -> Candidate | None:
    """The document a phrase names (``phrase``, else the passage's words from ``start`` to ``end``)."""
    told_plural = phrase is None
    phrase = passage.norm[start:end] if phrase is None else phrase
    raw = re.sub(r"^(?:the|a|an|its|their)\s+", "", phrase.strip(), flags=re.I)
    raw = re.sub(rf"^{_DESCRIBED}", "", raw, flags=re.I)
    if told_plural and re.match(
        r"(?:several\s+|various\s+|some\s+|other\s+|\w+\s+other\s+|a\s+number\s+of\s+|(?:two|three|four|five|six|\d+)\s+)?"
        r"(?:directives|resolutions|decisions|statements|declarations|agreements|protocols|memoranda|programmes|programs"
        r"|plans|conventions|treaties|concepts|addresses|appeals|instructions|documents)\b",
        raw,
        re.I,
    ):
        return None  # "directives on plans to liberalise ...", "several resolutions amending ...": untitled, a group
    if re.match(r"(?:joint\s+)?communiqu[eé]\b(?!\s+(?:of|on)\s+(?:the\s+)?[A-Z])", raw) and not re.search(
        r"[A-Z]", raw
    ):
        return (
            None  # "a joint communique on the results of the meeting": named by no title (see ``untitled``)
        )
    if re.match(
        r"(?:joint\s+)?statement\b(?!\s+(?:of|on|by|marking|regarding|concerning|in\s+support\s+of)\s)",
        raw,
    ) and not re.search(r"[A-Z]", raw):
        return None  # "a joint communique setting out the results": named by no title (see ``untitled``)
    title, kind, revised = _title(phrase)
    if len(title.split()) < 2 or kind == "document" or not re.match(r"[A-Z0-9]", title):
        return None
    own = re.fullmatch(r"(?P<what>Accession|Association)\s+(?P<kind>agreement|protocol|treaty)", title)
    if own:  # "the accession agreement was signed": the instrument of the one party the telling names
        party = _one_party(ctx, passage)
        if party is None:
            return None
        title = f"{own.group('kind').capitalize()} on the {own.group('what').lower()} of {party}"
    if re.match(
        r"(?:outlook|framework|vision|concept|initiative|consensus|list|accord|pact|compact)\b", raw
    ) and not re.match(r"(?:the|a|an|its|their)\s", phrase.strip(), re.I):
        return None  # "views on ... and outlook of the future development": a common noun, no document
    if re.match(r"Chair(?:man|woman|person)?['’]s\s+(?:Statement|Summary|Press\s+Statement)\b", title, re.I):
        return None  # "released the Chairman's Statement of the 30th Summit": the chair's own, not adopted
    if re.match(r"(?:Bilateral|Trilateral)\b", title):
        return None  # "a bilateral agreement on border posts": the parties' own, not the organization's
    if re.search(r"\b(?:its|their|his|her)\b", title) and not re.search(r"\b(?:19|20)\d\d\b", title):
        return None  # "the treaty on its accession": a description of a document, not its title
    if re.match(
        r"Procedures?\s+(?:for|of|on)\s+(?:the\s+)?(?-i:[a-z])\w*\s*(?:admission|admitting|granting|accession|accepting|joining|of|\w+ing)?",
        title,
    ) and re.search(r"\b(?:admission|admitting|granting|accession|accepting|joining)\b", title):
        return None  # "launched the procedure for admitting Belarus": a procedure launched, not a document
    if re.match(r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*['’]s?\s+(?-i:[a-z])", title):
        return None  # "the Alliance's roadmap for the next eleven years": an owner and a common noun describe, not title
    if kind == "list" and re.match(
        r"List\s+of\s+(?:the\s+)?(?:\w+\s+)?(?:countries|states|candidates|partners|members|persons|names|people|representatives"
        r"|citizens|recipients|participants|officials|experts|nominees|winners|laureates|awardees|individuals|delegates|staff)\b",
        title,
    ):
        return None  # "a list of countries to be offered ...", "a list of representatives who will receive medals":
        # a decision on parties or persons, not a document
    other = re.search(
        r"(?:communiqu[eé]|declaration|statement|decision)s?\s+of\s+the\s+(?P<o>[A-Z].*)", title, re.I
    )
    if other and (
        any(not is_state(p.value) and p.value != ctx.org for p in find_parties(title, exclude=[ctx.org]))
        or _another_org(ctx, other.group("o"))
    ):
        return None  # "endorsed the final communique of the Economic Community of West African States": another's
    if kind == "report" and not re.search(r"\b(?:delivered|presented|submitted|made)\s+by\b", title):
        # a report adopted is a body's account told, not a document of the organization; the chronicle records
        # only the reports of its organs heard and approved at the meeting ("delivered by the Secretary-General")
        return None
    if kind == "statement" and not re.search(
        r"^(?:Joint\s+)?(?i:statements?)\s+(?:of|by|on|marking|commemorating|regarding|concerning|in\s+support\s+of|against|to)\s"
        r"|^Address\s+(?:marking|on|to|regarding)\s|^Appeal\s+(?:by|of)\s.*\s(?:on|to|for)\s|[A-Z][\w'’]*\s+(?:[A-Z][\w'’-]*\s+){0,3}(?:Statement|Initiative|Appeal)\b",
        title,
    ):
        # a statement the meeting adopted is its document when it has a title: a subject ("a statement on
        # the anniversary of ..."), its authors ("Joint Statement by the members of ..."), or a name ("ASEAN
        # Leaders' Statement on ..."); an untitled one is told, not named (see ``untitled``)
        return None
    if re.match(
        r"(?:Decisions?|Resolutions?)\s+(?:on|to|granting|admitting|appointing|starting|launching)\s+(?:the\s+)?",
        title,
    ) and (
        any(is_state(p.value) for p in find_parties(title))
        or re.search(
            r"\b(?:chairmanship|presidency|chair|appointment|accession|admission|admitting|granting)\b", title
        )
    ):
        return None  # a decision on a party's status or on the chair is that event, not a document
    if (
        re.search(rf"\s(?:{_KIND})$", title)
        and title.split()[-1].islower()
        and len(title.split()) <= 4
        and not re.fullmatch(r"(?:Accession|Association)\s+(?:agreement|protocol|treaty)", title)
    ):
        return None  # "UAE memorandum", "the six-nation declaration": a document named by no title
    if (
        re.match(
            r"(?:Draft|Decisions?\s+of|Documents?\b|Memoranda\b|Decisions?\s+\w+ing\b|Decisions?\s+(?:that|to)\b"
            rf"|(?i:{_KIND})\s+(?:that|which)\b)",  # "the trilateral memorandum that A, B and C signed": no title
            title,
        )
        or len(title) > 220
    ):
        return None
    if re.search(r"\swith$", verb) and kind in _SIGNED_KINDS:
        return (
            None  # "the summit ended with the X Agreement ...": an instrument is signed, told by its own verb
        )
    if re.match(r"(?:approv|endors)", verb, re.I) and kind in _SIGNED_KINDS and _signed_later(ctx, passage):
        return None  # "the Council approved the agreement ... the two heads will sign it": not concluded yet
    if _dated_elsewhen(ctx, passage.norm, start):
        return None  # "A road map was adopted on 12 September", "signed the treaty ... on May 29": another day's act
    doc_slug = slug(title)
    if ctx.meeting and not re.search(r"\b(?:19|20)\d\d\b", title):
        # "Astana Declaration" names the 2017 and the 2024 ones: the year keeps them apart
        doc_slug = f"{doc_slug[:74].strip('-')}-{ctx.meeting.last_day[:4]}"
    event: dict[str, Any] = {"type": "DocumentAdopted", "document": doc_slug, "title": title, "kind": kind}
    if revised:
        event["title"] = f"{title} (revised version)"
        event["revises"] = doc_slug
        if ctx.meeting:
            event["document"] = f"{doc_slug[:66].strip('-')}-revised-{ctx.meeting.last_day[:4]}"
    period = [
        d
        for d in find_dates(title)
        if d.kind in ("years", "year") and re.search(rf"\bfor\s+{re.escape(title[d.start : d.end])}", title)
    ]
    if period:
        event["in_force"] = years_interval(period[-1].edtf)
    quote = passage.sub(quote_start, end)
    if re.search(r"^(?:inked|put)|\bsign", verb, re.I) and kind in (
        "agreement",
        "treaty",
        "convention",
        "protocol",
        "memorandum",
        "charter",
    ):
        event = {"type": "AgreementSigned", "document": doc_slug, "title": title, "kind": kind}
        return ctx.decision(event, "signed_on", quote, decided=False, words=passage.norm)
    return ctx.decision(event, "adopted_on", quote, decided=False, words=passage.norm)


def _one_party(ctx: Context, passage: Passage) -> str | None:
    """The one party (a state or territory, not an organization) named in a sentence, else in the two before."""
    before = [p for p in ctx.sentences if p.end <= passage.start][-2:]
    for p in [passage, *before[::-1]]:
        found = [f for f in find_parties(p.norm, exclude=[ctx.org]) if is_state(f.value)]
        names = {f.value: p.norm[f.start : f.end] for f in found}
        if len(names) == 1:
            return next(iter(names.values()))
        if names:
            return None
    return None


_SIGNED_KINDS = ("agreement", "treaty", "convention", "protocol", "memorandum", "charter")
_TO_BE_SIGNED = re.compile(
    r"\b(?:will|shall|would|are\s+to|is\s+to)\s+(?:then\s+|later\s+|formally\s+)?sign\b|\bto\s+be\s+signed\b|\bbefore\s+(?:it\s+is\s+|being\s+)?signed\b",
    re.I,
)


def _signed_later(ctx: Context, passage: Passage) -> bool:
    """Whether the sentence of an approval, or the next two, tell the document's signature as still to come."""
    after = [p for p in ctx.sentences if p.start >= passage.end][:2]  # the next sentences of the telling
    return any(_TO_BE_SIGNED.search(p.norm) for p in [passage, *after])


_DONE_ON = re.compile(
    r"\b(?:adopted|signed|approved|concluded|endorsed|established|establishing|agreed|inked)\b(?:(?!\b(?:force|effect|until|till|expires?|valid|from|for|by)\b)[^,;:])*$",
    re.I,
)


def _dated_elsewhen(ctx: Context, text: str, start: int) -> bool:
    """Whether the act that names a document is dated, after its verb, more than a week away from the meeting
    (or the text's own day): a document of another day told as background. A day in the document's title
    ("the Charter of 7 June 2002") or when it takes effect is no such date."""
    near = ctx.anchor.day
    if ctx.meeting is not None and len(ctx.meeting.last_day) >= 10:
        near = dt.date.fromisoformat(ctx.meeting.last_day[:10])
    if near is None:
        return False
    year = ctx.meeting.last_day[:4] if ctx.meeting is not None else str(near.year)
    for d in find_dates(text, int(year)):
        before = text[max(0, d.start - 90) : d.start]
        if d.end <= start - 90 or re.search(r"\bof\s+$", before) or not _DONE_ON.search(before):
            continue
        if d.kind.rstrip("?") not in ("day", "days", "month"):
            continue
        first = d.edtf.split("/")[0]
        day = dt.date.fromisoformat(first + ("-15" if len(first) == 7 else ""))
        if abs((day - near).days) > (31 if len(first) == 7 else 7):  # a meeting's act is within its days
            return True
    return False


_UNTITLED = re.compile(
    r"\b(?:signed|adopted|issued|approved|released|signing\s+of|adoption\s+of|issuing\s+of|issue\s+of)\s+(?:a|the|their|its)\s+joint\s+(?P<k>communiqu[eé]|statement)\b"
    r"|\b(?:[Aa]|[Tt]he|[Tt]heir|[Ii]ts)\s+joint\s+(?P<k2>communiqu[eé]|statement)\s*,?\s+(?:was\s+|were\s+)?(?:signed|adopted|issued|approved|released)\b",
)


def untitled(ctx: Context) -> list[Candidate]:
    """The meeting's own joint communiqué (or statement), named by no title ("signed a joint communique",
    "A joint communique was signed"): titled after the meeting's body, once per text."""
    if ctx.meeting is None:
        return []
    # the dateline's sentence too ("ISLAMABAD, ... -- ... with the signing of a joint communique")
    for passage in ctx.doc.sentences:
        m = _UNTITLED.search(passage.norm)
        if m is None or _NOT_NOW.search(passage.norm[max(0, m.start() - 40) : m.end()]):
            continue
        if not (m.group("k") or m.group("k2") or "").lower().startswith("communiq"):
            continue  # a joint statement states positions
        kind = "communique"
        names = ctx.bodies.get(ctx.meeting.body) or ()
        body = (
            names[0]
            if names
            else " ".join(
                w if w in ("of", "and", "the") else w.capitalize() for w in ctx.meeting.body.split("-")
            )
        )
        body = re.sub(r"\s*\([^)]*\)", "", body)
        title = f"Joint communique of the meeting of the {body}"
        event = {
            "type": "DocumentAdopted",
            "document": f"{slug(title)[:74].strip('-')}-{ctx.meeting.last_day[:4]}",
            "title": title,
            "kind": kind,
        }
        return [
            ctx.decision(
                event, "adopted_on", passage.sub(m.start(), m.end()), decided=False, words=passage.norm
            )
        ]
    return []


def _signed_earlier(ctx: Context, passage: Passage, signed: re.Match[str]) -> list[Candidate]:
    text = passage.norm
    first = None
    for m in _TITLE_START.finditer(text, 0, signed.start()):
        first = m
        break
    dates = find_dates(signed.group("when"))
    if first is None or not dates:
        return []
    title, kind, _ = _title(text[first.start() : signed.start()])
    event: dict[str, Any] = {
        "type": "AgreementSigned", "org": ctx.org, "document": slug(title), "title": title,
        "kind": kind, "signed_on": dates[0].edtf, "source": ctx.source(passage),
    }  # fmt: skip
    note = "not yet in force at the meeting" if _NOT_IN_FORCE.search(text) else None
    return [Candidate("event", event, note=note)]


def bodies_planned(ctx: Context) -> list[Candidate]:
    out: list[Candidate] = []
    for passage in ctx.sentences:
        m = _SETTING_UP.search(passage.norm)
        if not m:
            continue
        names = re.split(r"\s+and\s+(?:the\s+)?(?=(?:SCO\s+)?[A-Z])", m.group("what"))
        for name in names:
            body = resolve_body(name, ctx.bodies, ctx.org)
            if body is None:
                continue
            event = {"type": "BodyPlanned", "body": body, "name": normalize(name)}
            out.append(ctx.decision(event, "date", passage, decided=False))
    return out


# -- the meeting's own documents, named by no title or by a title told elsewhere in the text ----------

_OWN_KIND = r"(?P<kind>communiqu[eé]|declaration)"
# "issuing a communique setting out ...", "and a summit communique", "In their declaration the leaders ...",
# "In the communique issued after the meeting"
_OWN_DOCUMENT = re.compile(
    r"\b(?P<verb>issu(?:ed|ing|e)|adopt(?:ed|ing|s)?|adoption\s+of|sign(?:ed|ing)?|releas(?:ed|ing)|approv(?:ed|ing|es?)|endors(?:ed|ing|es?)|read\s+out)\b"
    rf"(?P<objs>[^.;]*?)\b(?:an?|the|their|its)\s+(?:(?P<final>final|closing|summit)\s+)?{_OWN_KIND}\b(?!,?\s+(?:entitled|titled|called)\b)"
    # not a declaration with a complement of its own ("a declaration in support of ..."), but "a final
    # communique on its deliberations" is the meeting's own
    r"(?!\s+(?:of|on|in|for|to|amending|establishing|concerning|regarding|marking|against|calling|supporting|condemning|urging)\s+(?!(?:its|their)\b))"
    rf"|^(?:In|Under)\s+(?:the|their|its)\s+(?:(?P<final2>final|closing|summit)\s+)?(?P<kind2>communiqu[eé]|declaration)\b(?!\s+(?:of|on)\s+(?:the\s+)?(?-i:[A-Z]))"
    # the passive, the document first: "A declaration setting out ... was adopted by the heads ... at their 17th
    # summit", "The final communique was issued after the talks" (one with a complement of its own is titled)
    r"|^(?:An?|The|Their|Its)\s+(?:(?P<final3>final|closing|summit)\s+)?(?P<kind3>communiqu[eé]|declaration)\b"
    r"(?!\s+(?:of|on|in|for|to|amending|establishing|concerning|regarding|marking|against|calling|supporting|condemning|urging)\s)"
    r"[^.;]{0,200}?\b(?:was|were|has\s+been|had\s+been)\s+(?:unanimously\s+|also\s+)?(?P<verb3>adopted|issued|approved|released|endorsed)\b",
    re.I,
)
_MEETING_NAME = re.compile(
    r"\b(?:(?P<ord>\d+(?:st|nd|rd|th))\s+(?:ordinary\s+|regular\s+|annual\s+)?)?(?:(?-i:(?P<acr>[A-Z]{2,6}))\s+)?"
    r"(?P<what>summit|leaders['’]?\s+meeting|(?-i:Council\s+of\s+Ministers)(?:\s+meeting)?|meeting\s+of\s+the\s+(?-i:Council\s+of\s+Ministers))\b",
    re.I,
)
_CONTENT_VERB = re.compile(
    r"\s+(?:records|says|states|reaffirms|commits|calls|notes|stresses|welcomes|expresses|reiterates|underlines|sets\s+out|contains|outlines|declares|celebrates|affirms)\b"
)


def _meeting_name(ctx: Context, near: str) -> str | None:
    """The meeting a document of its own is titled after, as the text names it: "14th SAARC Summit",
    "13th Meeting of the Council of Ministers", "PIF Leaders Meeting" (the organization's acronym when the
    text does not put one)."""
    found = list(_MEETING_NAME.finditer(near)) or list(_MEETING_NAME.finditer(ctx.doc.text))
    if not found:
        return None
    ranked = sorted(found, key=lambda m: (m.group("ord") is None, m.start()))
    m = ranked[0]
    what = m.group("what").lower()
    if what.startswith("leaders"):
        name = "Leaders Meeting"
    elif "council" in what:
        name = "Meeting of the Council of Ministers"
    else:
        name = "Summit"
    acronym = ctx.org.upper().replace("-", " ")
    ordinal = f"{m.group('ord')} " if m.group("ord") else ""
    if name.startswith("Meeting"):
        return f"{ordinal}{acronym} {name}"
    return f"{ordinal}{acronym} {name}"


def _body_name(ctx: Context, body: str) -> str:
    """A body's name from its slug, for a title after the sitting ("collective-security-council" ->
    "Collective Security Council"; a sitting with no name of its own, "summit", is the organization's)."""
    words = " ".join(w.capitalize() if w not in ("of", "and", "the", "for") else w for w in body.split("-"))
    if body in ("summit", "meeting", "session", "leaders-meeting", "conference"):
        return f"{ctx.org.upper().replace('-', ' ')} {words}"
    return words


def _titled(ctx: Context, kind: str) -> list[str]:
    """The titles of documents of a kind the text names ("the Dili Declaration", "Declaration of X")."""
    out: list[str] = []
    word = "Communiqu[eé]" if kind == "communique" else kind.capitalize()
    for m in re.finditer(
        rf"\b(?:[A-Z][\w'’-]*\s+){{1,4}}(?-i:{word})\b|\b(?-i:{word})\s+(?:of|on)\s+(?:the\s+)?[A-Z][^.;,]*"
        # a place's name before the kind in lower case, as a headline writes it: "issue Perth communiqué"
        rf"|\b(?!(?:The|A|An|In|Its|Their|Final|Joint|Closing|Summit|Leaders|This|That)\b)[A-Z][a-z][\w'’-]*\s+{word.lower()}\b",
        " ".join(ctx.doc.text.split()),
    ):
        title = title_phrase(re.sub(r"^(?:The|A|An|In|Its|Their)\s+", "", m.group()))
        if re.search(r"\s(?-i:communiqu[eé])$", title):
            title = title[: title.rindex(" ")] + " Communique"  # "Perth communiqué" -> "Perth Communique"
        words = title.split()
        if len(words) >= 2 and words[0] not in ("The", "In", "A") and title not in out:
            out.append(title)
    return out


def own_documents(ctx: Context) -> list[Candidate]:
    """The meeting's own declaration or communique: named by the title the text gives it elsewhere ("The
    leaders approved the declaration" in a text that names "the Dili Declaration"), by its title as the
    subject of what it says when the title carries the meeting's place ("The Dili Declaration records ..."),
    or titled after the meeting ("issuing a communique" -> "Communique of the PIF Leaders Meeting")."""
    out: list[Candidate] = []
    place = " ".join(
        w.casefold() for w in re.findall(r"[A-Za-z][\w'’-]+", ctx.dateline.split("--")[0].split(",")[0])
    )
    for passage in ctx.sentences:
        text = passage.norm
        for m in re.finditer(rf"\b(?:The\s+)?(?P<title>(?:[A-Z][\w'’-]*\s+){{1,3}}(?i:{_KIND}))\b", text):
            title = title_phrase(m.group("title"))
            after = text[m.end() :]
            words = [w.casefold() for w in title.split()[:-1]]
            if (
                place
                and words
                and " ".join(words) == place
                and _CONTENT_VERB.match(re.sub(r"^,[^,]*,", "", after))
                and not _NOT_NOW.search(text[: m.start()])
            ):  # "The Dili Declaration records ..." in a text from Dili: the meeting's declaration
                out.append(_own(ctx, passage, m.start("title"), m.end(), title))
        own = _OWN_DOCUMENT.search(text)
        if (
            own is not None
            and (own.group("verb") or "").lower().startswith("adoption")
            and _ATTITUDE.search(text[max(0, own.start() - 60) : own.start()].rstrip() + " ")
        ):
            continue  # "welcomed the adoption of the declaration": another's act
        if own is None or _NOT_NOW.search(text[: own.end()]) or re.search(r"\bjoint\b", own.group(), re.I):
            continue  # a joint communique: ``untitled`` names it
        if unreal(text[: own.start()]) or re.search(
            r"\b(?:according\s+to|in\s+line\s+with|under|pursuant\s+to|following|in\s+keeping\s+with)\b",
            own.group("objs") or "",
        ):
            continue  # "were to sign ... a final declaration"; "sign X, according to the declaration": not its object
        if long_ago(ctx, _no_title_years(text)):
            continue  # "The declaration had been adopted in 1999": an act of another time
        kind_word = (own.group("kind") or own.group("kind2") or own.group("kind3")).lower()
        kind = "communique" if kind_word.startswith("communiq") else "declaration"
        titled = _titled(ctx, kind)
        if len(titled) == 1:
            title = titled[0]  # "approved the declaration", "In the declaration": the one the text names
        elif titled:
            continue  # which of the declarations the text names: not told
        else:
            meeting = _meeting_name(ctx, text)
            final = (own.group("final") or own.group("final2") or own.group("final3") or "").lower() in (
                "final",
                "closing",
            )
            if meeting is None and ctx.meeting is not None and (own.group("verb") or own.group("verb3")):
                meeting = _body_name(ctx, ctx.meeting.body)  # "adopted a communique": the reported sitting's
            if meeting is None and not (
                final and (own.group("verb") or own.group("verb3"))
            ):  # "According to the final communique": no act
                continue
            # "issued a final communique": the text's own words, after the meeting when it names one
            name = f"Final {kind}" if final else kind.capitalize()
            title = f"{name} of the {meeting}" if meeting else name
        out.append(_own(ctx, passage, own.start(), own.end(), title))
    return _unique(out)


def _own(ctx: Context, passage: Passage, start: int, end: int, title: str) -> Candidate:
    kind = "communique" if re.search(r"communiqu", title, re.I) else "declaration"
    doc_slug = slug(title)
    year = ctx.year
    if year and not re.search(r"\b(?:19|20)\d\d\b", title):
        doc_slug = f"{doc_slug[:74].strip('-')}-{year}"
    event = {"type": "DocumentAdopted", "document": doc_slug, "title": title, "kind": kind}
    return ctx.decision(event, "adopted_on", passage.sub(start, end), decided=False, words=passage.norm)


_ORG_NAME = re.compile(
    r"\b(?:[A-Z][\w'’-]*\s+(?:(?:of|for|and|the|on)\s+)*){0,8}(?:Organi[sz]ation|Community|Union|Association|Forum|Alliance|Council|Bank|Conference|Commonwealth|League)"
    r"(?:\s+(?:of|for|on)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:and\s+|of\s+|the\s+)*[A-Z][\w'’-]*){0,6})?(?:\s+-\s+[A-Z]{2,8}|\s+\([A-Z]{2,8}\))?"
)
_ORGS_OWN = re.compile(
    r"\b(?P<verb>sign(?:ed|ing)?|adopt(?:ed|ing)?|approv(?:ed|ing))\b[^.;]*?\bthe\s+(?:organi[sz]ation|union|community|alliance|association|bloc|group)['’]s\s+(?P<kind>charter|statute|statutes|constitution|rules\s+of\s+procedure)\b",
    re.I,
)


def _another_org(ctx: Context, words: str) -> bool:
    """Whether words name an organization ("Southern Ocean Fisheries Union") that is not the text's own."""
    from igo_timeline.extract.decisions import _own_name

    m = _ORG_NAME.match(words)
    if m is None or ctx.org.upper().replace("-", "") in m.group():
        return False
    ends = [
        e.end()
        for e in re.finditer(
            r"\b(?:Organi[sz]ation|Community|Union|Association|League|Alliance|Commonwealth)\b", m.group()
        )
    ]
    if not ends:
        return False
    for (
        end
    ) in ends:  # "the Heads of State of the Member States of the Shanghai Cooperation Organization on ..."
        name = m.group()[:end].split()
        if any(_own_name(ctx, " ".join(name[i:])) for i in range(len(name)) if name[i][:1].isupper()):
            return False
    return True


def org_name(ctx: Context) -> str | None:
    """The organization's full name as the text gives it: a name whose abbreviation (after it, "- GUAM" or
    "(GUAM)") is the slug, or whose initials spell it."""
    from igo_timeline.extract.decisions import _own_name

    text = " ".join(ctx.doc.text.split())
    slug = ctx.org.upper().replace("-", "")
    for m in _ORG_NAME.finditer(text):
        # people before the name ("Ministers of the", "Heads of State of the") are no part of it
        whole = re.sub(
            r"^(?:(?:The\s+)?[A-Z]\w+s(?:\s+of\s+State)?\s+of\s+(?:the\s+)?)+", "", m.group()
        ).split()
        for i in range(len(whole)):  # "Ministers of the Xenon Yield Zone Union": the name starts later
            if not whole[i][:1].isupper() or whole[i] == "The":
                continue
            name = " ".join(whole[i:])
            abbr = re.search(r"(?:-\s+|\()(?P<a>[A-Z]{2,8})\)?$", name)
            bare = re.sub(r"\s*\([A-Z]{2,8}\)$", "", name)
            if (abbr and abbr.group("a") == slug) or _own_name(ctx, bare):
                return bare
    return None


def orgs_own_documents(ctx: Context) -> list[Candidate]:
    """A founding document named by the organization's possessive ("signed the organisation's charter"):
    titled after the organization's name as the text gives it ("Charter of the Organization for ...")."""
    out: list[Candidate] = []
    for passage in ctx.sentences:
        m = _ORGS_OWN.search(passage.norm)
        if m is None or _NOT_NOW.search(passage.norm[: m.start("kind")]) or unreal(passage.norm[: m.start()]):
            continue
        name = org_name(ctx)
        if name is None:
            continue
        kind_word = m.group("kind").lower()
        kind = {"statutes": "statute", "rules of procedure": "regulations"}.get(kind_word, kind_word)
        title = f"{kind_word.capitalize()} of the {name}"
        doc_slug = slug(title)
        signed = m.group("verb").lower().startswith("sign")
        event: dict[str, Any] = {
            "type": "AgreementSigned" if signed else "DocumentAdopted",
            "document": doc_slug,
            "title": title,
            "kind": kind,
        }
        field = "signed_on" if signed else "adopted_on"
        out.append(
            ctx.decision(event, field, passage.sub(m.start(), m.end()), decided=False, words=passage.norm)
        )
    return out
