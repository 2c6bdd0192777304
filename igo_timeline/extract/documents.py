"""Documents approved, adopted or signed; agreements not yet in force; bodies being set up.

An object list after the verb ("approved the revised version of the X and the
Programme of ... for 2013-2015, which ...") is cut where a new title starts
(", the <Kind>", " and the <Kind>"); a title's trailing clause (", which
...", " delivered by" is kept: it tells reports apart) is dropped. A title
"for 2013-2015" gives the document's period in force; "the revised version
of" makes it a revision. "<Agreement ...> signed in June 2010 must take
effect" is an agreement signed then and not yet in force.

This module holds the reader's walk over the sentences and the tellings it
reads beside the objects of a verb (a group of documents then named, "the
main document ... was", amendments, a budget, an object relative, the
passive). What they share lives in modules of its own: ``doctitles`` (the
grammar of a title and of a list of them), ``docscope`` (the act verbs and
whether a clause tells the sitting's own act), ``docevent`` (one document's
event and the reasons to drop it), ``docobjects`` (the objects of a verb and
the items of a list) and ``owndocs`` (the meeting's own communique or
declaration, named by no title). The names the package imports from here
stay importable from here.
"""

from __future__ import annotations

import re
from typing import Any

from igo_timeline.extract.context import Context
from igo_timeline.extract.dates import MONTH, WEEKDAY, find_dates, years_interval
from igo_timeline.extract.docevent import _document, _unique
from igo_timeline.extract.docobjects import (
    _ITEM_SUBJECT,
    _PLURAL_ON,
    _each_on,
    _list_head,
    _list_item,
    _objects,
    _subject_item,
)
from igo_timeline.extract.docscope import (
    _AGENDA,
    _ATTITUDE,
    _INCLUDES,
    _NOT_NOW,
    _PERIOD,
    _VERB,
    _anniversary_told,
    _background,
    _bilateral,
    _old_act,
)
from igo_timeline.extract.doctitles import (
    _KIND,
    _SPLIT,
    _TITLE_START,
    _elided,
    _no_title_years,
    _pieces,
    _title,
    slug,
    title_phrase,
)
from igo_timeline.extract.names import resolve_body
from igo_timeline.extract.owndocs import (
    closed_with_own,
    orgs_own_documents,
    own_documents,
    own_statement,
    untitled,
)
from igo_timeline.extract.reader import long_ago, unreal
from igo_timeline.extract.records import Candidate
from igo_timeline.extract.text import Passage, normalize

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
# a list item's mark: a dash or bullet, a number, a letter or a small roman numeral ("(ii)", "iv.")
_ITEM_MARK = re.compile(r"^\s*(?:[-–—•*▪·]|\(?\d{1,2}[.)]|\(?[a-z][.)]|\(?(?:i{1,3}|iv|vi{0,3}|ix|x)[.)])\s*")
_LIST_INTRO = re.compile(
    r"\b(?:documents?|decisions?|following|these\s+are|among\s+them|package|outcomes|texts|instruments|deliverables)\b",
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
            if closed_with_own(ctx, text, verb.start()):
                continue  # "ended on Friday with a joint declaration in which": the meeting's own, untitled
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
            if re.match(r"(?:adopt|approv|endors|sign|ratif)", verb.group(), re.I) and _ASKED_TO.search(
                text[max(0, verb.start() - 100) : verb.start()]
            ):
                # "a request from the Secretariat to approve the X", "urged the members to sign the Y": asked for
                # ("invited the Secretary-General to read out the communique": the reading is told done)
                continue
            if _INCLUDES.match(verb.group()) and _AGENDA.search(before + " " + text[: verb.start()]):
                continue  # "The draft agenda had 11 items. Among them were statements on ...": not adopted
            out.extend(_objects(ctx, passage, verb))
        out.extend(_documents_named(ctx, passage, before))
        out.extend(_relative(ctx, passage))
        out.extend(_budget(ctx, passage))
        out.extend(_document_was(ctx, passage))
        out.extend(_kind_was_on(ctx, passage))
        out.extend(_apposed(ctx, passage))
        out.extend(_taken(ctx, passage))
        out.extend(_amended(ctx, passage))
        passive = _PASSIVE.search(text)
        if passive is not None and passive.group("verb") and _active_after(text, passive):
            passive = None  # "members of the Q Pact signed here today the R Statute": the active verb
        if (
            passive
            and not _NOT_NOW.search(text)
            # "thirty years since the X Treaty was signed": an anniversary, not a signing
            and not _anniversary_told(text[max(0, passive.start() - 80) : passive.start()])
            and not _background(ctx, text[passive.start() :])
            and not long_ago(ctx, _no_title_years(text))
            # "the X Agreement signed by A and B on the sidelines": the two states' own, as in the active voice
            and not _bilateral(ctx, re.split(r"[.;]", text[passive.start() :])[0])
        ):
            bound = max(text.rfind(";", 0, passive.start()), text.rfind(":", 0, passive.start())) + 1
            lead = re.match(
                r"\s*(?:(?:in\s+addition|also|moreover|further(?:more)?|besides)\s*,?\s*)?",
                text[bound:],
                re.I,
            )
            plural = _PLURAL_ON.match(text, bound + lead.end()) if lead else None
            if plural and plural.end() < passive.start():
                # "In addition, decisions on A and on B were signed": one document each
                out.extend(
                    _each_on(
                        ctx, passage, plural, passive.group("verb") or passive.group("verb2"), passive.start()
                    )
                )
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
            elif first is None:
                out.extend(_described_passive(ctx, passage, bound, passive))
            along = _TOGETHER_WITH.match(text, passive.end())
            if along and (first is not None or _DESCRIBED_SUBJECT.search(text, bound, passive.start())):
                # "... has been approved together with a decision on Y": a second document of the same act
                cand = _document(
                    ctx,
                    passage,
                    along.start("kind"),
                    along.end(),
                    along.start("kind"),
                    passive.group("verb") or passive.group("verb2"),
                )
                if cand:
                    out.append(cand)
    return _unique(out)


# a document named by its kind and what it does, no title, the subject of a passive act: "a declaration
# on X has been approved together with a decision on Y"
_DESCRIBED_KIND = (
    r"(?:an?\s+|the\s+)(?:(?:new|joint|official|crucial|special|final|political|ministerial|key|important)\s+)?"
    r"(?P<kind>declaration|decision|resolution|statement)\s+(?=(?:on|recogni[sz]ing|supporting|concerning|regarding"
    r"|welcoming|condemning|calling\s+for|reaffirming)\b)"
)
_DESCRIBED_SUBJECT = re.compile(r"(?:^|(?<=[\s,;:]))" + _DESCRIBED_KIND, re.I)
_TOGETHER_WITH = re.compile(r"\s+(?:together|along)\s+with\s+" + _DESCRIBED_KIND + r"[^,;.]*", re.I)


def _described_passive(ctx: Context, passage: Passage, bound: int, passive: re.Match[str]) -> list[Candidate]:
    """A document named by its kind and purpose, the passive's subject, titled by those words (as the golds
    title untitled acts: "declaration on X")."""
    text = passage.norm
    subject = _DESCRIBED_SUBJECT.search(text, bound, passive.start())
    if subject is None or _NOT_NOW.search(text[: passive.end()]) or _background(ctx, text[subject.start() :]):
        return []
    cand = _document(
        ctx,
        passage,
        subject.start("kind"),
        passive.start(),
        subject.start("kind"),
        passive.group("verb") or passive.group("verb2"),
    )
    return [cand] if cand else []


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
    r"\b(?P<v>adopt(?:ed|ing|s)|approv(?:ed|ing|es)|sign(?:ed|ing|s)|endors(?:ed|ing|es)|issu(?:ed|ing|es)|inked|conclud(?:ed|ing)"
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


# a later sentence that names one of the documents a group told adopted by their noun, however far after the
# group ("Several documents were approved. ... Among the documents was the X. ... Another key document was
# the Y."): the noun, not a pronoun, points back to the group
_ONE_OF = re.compile(
    r"^(?:(?:In\s+addition|Also|Moreover|Further(?:more)?)\s*,\s*)?(?:Among\s+(?:the|these|those)\s+(?:[\w-]+\s+)?(?:documents|texts|instruments)"
    r"(?:\s+(?:adopted|signed|approved|endorsed))?\s+(?:was|were|is|are)\b"
    r"|(?:Another|A\s+further|One\s+more|The\s+other)\s+(?:[\w-]+\s+){0,2}?(?:document|text|instrument)"
    r"(?:\s+(?:adopted|signed|approved|endorsed))?\s+(?:was|is)\b"
    r"|One\s+of\s+(?:the|these|those)\s+(?:[\w-]+\s+)?(?:documents|texts|instruments)(?:\s+(?:adopted|signed|approved|endorsed))?\s+(?:was|is)\b"
    r"|(?:These|Those)\s+(?:[\w-]+\s+)?(?:documents|texts|instruments)\s+(?:include|included|are|were)\b)",
    re.I,
)


def _group_and_act(text: str) -> tuple[re.Match[str] | None, re.Match[str] | None]:
    """The group of documents and its act verb, the pair nearest each other: "The summit concluded on X
    island on 27 April, adopting three declarations" is told by "adopting", not by the sitting's "concluded"
    further off; a headline before the lede ("Summit adopts three declarations") has its own pair."""
    groups, acts = list(_GROUP.finditer(text)), list(_GROUP_ACT.finditer(text))
    if not groups or not acts:
        return (groups[0] if groups else None), (acts[0] if acts else None)
    return min(
        ((g, a) for g in groups for a in acts),
        key=lambda p: min(abs(p[1].start() - p[0].start()), abs(p[1].start() - p[0].end())),
    )


def _group_before(ctx: Context, passage: Passage) -> str:
    """The nearest sentence before ``passage`` that tells documents adopted as a group ("several documents
    ... were approved"), or ""."""
    for earlier in [p for p in ctx.sentences if p.end <= passage.start][::-1]:
        if _told_as_group(earlier.norm):
            return earlier.norm
    return ""


def _told_as_group(text: str) -> bool:
    """Whether ``text`` tells documents adopted as a group: the group and its act close ("adopted 14
    documents"), or the group the subject of a passive act ("several documents aimed at ... were approved")."""
    group, act = _group_and_act(text)
    if group is None or act is None:
        return False
    passive = act.start() > group.end() and re.search(
        r"\b(?:were|have\s+been|had\s+been)\s+$", text[: act.start()]
    )
    return abs(group.start() - act.start()) <= 60 or bool(passive and act.start() - group.end() <= 160)


def _documents_named(ctx: Context, passage: Passage, before: str) -> list[Candidate]:
    """The titles a listing word names after documents told as a group adopted, in the sentence or the one
    before (or any sentence before, when the naming one points back by the noun: ``_ONE_OF``): one document
    each, adopted by the group's verb."""
    text = passage.norm
    back = _BACKREF.match(text)
    one_of = None if back else _ONE_OF.match(text)
    if one_of:
        before, back = _group_before(ctx, passage), one_of
    if back:  # the group in the sentence before: "adopted documents on ... . He named three of them: A, B"
        group, act = _group_and_act(before)
        told = before
        naming_from = back.end()
    else:
        group, act = _group_and_act(text)
        told = text
        naming_from = max(group.end(), act.end()) if group and act else 0
    if (
        group is None
        or act is None
        or (abs(group.start() - act.start()) > 60 and not (one_of and _told_as_group(told)))
    ):
        return []
    if _NOT_NOW.search(told) or _AGENDA.search(told) or _PERIOD.search(told) or _anniversary_told(told):
        return []  # documents to be adopted, drafts, an agenda, a year's results: not the sitting's acts
    if _old_act(ctx, told, act.start()) or long_ago(ctx, _no_title_years(told)) or _background(ctx, told):
        return []
    if _bilateral(ctx, told[: act.start()]):
        return []
    naming = _NAMING.search(text, naming_from) if not back else None
    start = naming.end() if naming else naming_from
    if not back and (naming is None or naming.start() - naming_from > 80):
        return []
    verb = "signed" if re.match(r"sign|inked|conclud", act.group("v"), re.I) else act.group("v")
    if re.match(r"came|emerged", verb, re.I):
        verb = "adopted"  # the sitting's outcome
    if _ONE_ON.match(text, start) and not back:
        return _ones_on(ctx, passage, group, start, verb)
    first = _TITLE_START.search(text, start)
    if first is None or text[start : first.start()].strip(" ,:"):
        return []
    out = []
    for start, end in _pieces(text, first.start()):
        plural = _PLURAL_ON.match(text, start)
        if plural:  # "included the X Declaration and resolutions on A, on B and on C": one document each
            out.extend(_each_on(ctx, passage, plural, verb))
            continue
        for a, b, phrase in _elided(text, start, end):
            cand = _document(ctx, passage, a, b, a, verb, phrase=phrase)
            if cand:
                out.append(cand)
    return out


# the group's documents each told by its subject alone: "Two agreements were signed: one on A, and one on B",
# "signed two agreements: on A and on B"
_ONE_ON = re.compile(r"\s*(?:(?:one|the\s+first)\s+)?on\s+(?=\S)", re.I)
_NEXT_ON = re.compile(
    r",?\s+(?:and\s+)?(?:(?:one|another|the\s+other|the\s+second|the\s+third)\s+)?on\s+(?=\S)", re.I
)
_KIND_OF_GROUP = re.compile(
    r"(?P<k>agreement|declaration|protocol|memorand(?:um|a)|convention|treat(?:y|ies)|resolution|decision|statement)s?$",
    re.I,
)


def _ones_on(ctx: Context, passage: Passage, group: re.Match[str], start: int, verb: str) -> list[Candidate]:
    """The documents of a group named each by "one on" and its subject: the group's kind "on" the subject (the
    first quoted from the group's words, each next one from its "one on")."""
    kind = _KIND_OF_GROUP.search(group.group())
    if kind is None:
        return []  # "two documents: one on A": no kind to title them by
    word = kind.group("k").lower()
    word = {"memoranda": "memorandum", "treaties": "treaty"}.get(word, word)
    text = passage.norm
    stop = next((m.start() for m in re.finditer(r"[.;]", text[start:])), len(text) - start) + start
    first = _ONE_ON.match(text, start)
    if first is None:
        return []
    bounds = [first.end()]
    quotes = [group.start()]
    cuts = list(_NEXT_ON.finditer(text, first.end(), stop))
    pieces = []
    for cut in cuts:
        pieces.append((bounds[-1], cut.start()))
        bounds.append(cut.end())
        # each next document quoted from its "one on", the comma and "and" before it left out
        quotes.append(cut.start() + len(cut.group()) - len(re.sub(r"^,?\s*(?:and\s+)?", "", cut.group())))
    pieces.append((bounds[-1], stop))
    if len(pieces) < 2:
        return []  # one subject alone: no list of the group's documents
    out = []
    for (a, b), q in zip(pieces, quotes, strict=True):
        subject = text[a:b].strip(" ,")
        if not subject or len(subject.split()) > 20:
            return []
        cand = _document(ctx, passage, a, b, q, verb, phrase=f"{word} on {subject}")
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


# one document told by its kind, the passive, then its subject: "a treaty was signed on the X Fund and a
# decision on the Y Plan", "A joint statement was adopted on the situation in Z"; not a day after "on"
_KIND_WAS_ON = re.compile(
    rf"\b(?:[Aa]n?|[Tt]he)\s+(?P<adj>(?:joint|special|separate|political|final)\s+)?(?P<kind>(?i:{_KIND}))\s+"
    r"(?:was|has\s+been|had\s+been)\s+(?:also\s+)?(?:(?:unanimously|formally|officially|duly)\s+)?"
    r"(?P<verb>signed|adopted|approved|issued|passed|endorsed)\s+"
    # its authors between ("a statement was adopted by the heads of government of X on Y": "Statement by ... on Y")
    r"(?P<by>by\s+the\s+(?:[\w'’-]+\s+){0,8}?(?:ministers|leaders|heads\s+of\s+(?:state|government)(?:\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){1,5}?(?:states|countries|nations))?|presidents|members|council|summit|assembly|participants)\s+)?"
    rf"(?=on\s(?!(?:the\s+)?(?:\d|{WEEKDAY}\b|{MONTH}\b|(?:first|second|third|last|final|closing|opening)\s+day\b"
    r"|(?:the\s+)?(?:sidelines|margins?|occasion|eve|basis|behalf)\b)))"
)


def _kind_was_on(ctx: Context, passage: Passage) -> list[Candidate]:
    """The documents of "a <kind> was <verb> on <subject>" (the kind and its subject make the title), and the
    items the list goes on with ("... and a decision on the Y Programme")."""
    text = passage.norm
    m = _KIND_WAS_ON.search(text)
    if m is None or m.group("kind").lower().endswith("s") or m.group("kind")[:1].isupper():
        return []  # a plural has its own reader; a capitalised kind is a title of its own ("the Charter was ...")
    head = text[: m.start()]
    if (
        _NOT_NOW.search(text[max(0, m.start() - 40) : m.end()])
        or unreal(head)
        or _background(ctx, text[m.start() :])
    ):
        return []
    if long_ago(ctx, _no_title_years(text[m.start() :])) or _anniversary_told(head[-80:]):
        return []
    kind = (m.group("adj") or "") + m.group("kind")
    out = []
    for k, (a, b) in enumerate(_pieces(text, m.end())):
        phrase = f"{kind} {m.group('by') or ''}{text[a:b]}" if k == 0 else None
        cand = _document(ctx, passage, a, b, m.start() if k == 0 else a, m.group("verb"), phrase=phrase)
        if cand:
            out.append(cand)
    return out


# a document told as "a document" and named in apposition after a comma, a colon or a dash: "signed another
# key document - the programme of talks on ...", "adopted a key document: the X Charter", "Another adopted
# document – the X Agreement on Y – aims to ..."
# a document told by a common noun and then named in apposition: "signed another key document - the programme
# of ...", "adopted a second text, the Xanadu Declaration on Y", "approved a new regional security document: the
# Charter for Z": any words (up to three) describe the common noun ("document", "text", "instrument")
_APPOSED = re.compile(
    r"\b(?:(?P<verb>signed|adopted|approved|endorsed|issued)\s+)?(?:another|an?|one\s+more|the)\s+"
    r"(?:(?!(?:adopted|signed|approved|and|or|of|on|by|to|in|at|the|an?)\s)[\w'’-]+\s+){0,3}?"
    r"(?:(?P<verb2>adopted|signed|approved)\s+)?"
    r"(?:document|text|instrument)\s*(?:,|:|\s[-–—])\s*(?=(?:the\s+|an?\s+)?\S)",
    re.I,
)


def _apposed(ctx: Context, passage: Passage) -> list[Candidate]:
    """The document named in apposition to "a document" its verb adopted ("signed another key document - the
    programme of ..."): its title up to the apposition's closing dash or the title's end."""
    text = passage.norm
    out = []
    for m in _APPOSED.finditer(text):
        verb = m.group("verb") or m.group("verb2")
        if (
            verb is None
            or _NOT_NOW.search(text[max(0, m.start() - 40) : m.end()])
            or unreal(text[: m.start()])
        ):
            continue
        if _background(ctx, text[m.start() :]) or long_ago(ctx, _no_title_years(text[m.start() :])):
            continue
        first = _TITLE_START.match(text, m.end())
        if first is None:
            continue
        close = re.search(r"\s[-–—]\s", text[m.end() :])
        stop = m.end() + close.start() if close else len(text)
        for a, b in _pieces(text[:stop], first.start()):
            cand = _document(ctx, passage, a, b, m.start() if a == first.start() else a, verb)
            if cand:
                out.append(cand)
    return out


# a council's decision told by its subject and then "was taken" ("A decision on funding the X, was taken by the
# heads of state", "the decisions on A and on B were taken unanimously"): the passive of "took a decision on"
_TAKEN = re.compile(
    r"\b(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+){0,3}?(?P<kind>[Dd]ecisions?)\s+on\s+[^;:]+?,?\s+"
    r"(?:was|were|has\s+been|have\s+been)\s+(?:also\s+)?(?:(?:unanimously|formally|finally)\s+)?taken\b"
)


def _taken(ctx: Context, passage: Passage) -> list[Candidate]:
    """A decision named by its subject and taken ("a decision on X was taken"): one document; a plural with its
    subjects each with "on" one each."""
    text = passage.norm
    m = _TAKEN.search(text)
    if m is None or _NOT_NOW.search(text[: m.end()]) or unreal(text[: m.start()]):
        return []
    end = re.search(r",?\s+(?:was|were|has\s+been|have\s+been)\s", text[m.start() : m.end()])
    stop = m.start() + end.start() if end else m.end()
    if _background(ctx, text[m.start() : m.end()]) or long_ago(ctx, _no_title_years(text[m.start() : stop])):
        return []
    plural = _PLURAL_ON.match(text, m.start())
    if plural and m.group("kind").endswith("s"):
        return _each_on(ctx, passage, plural, "adopted", stop)
    cand = _document(
        ctx, passage, m.start("kind"), stop, m.start(), "adopted"
    )  # "an important decision": its kind on
    return [cand] if cand else []


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


# an act asked for, not done: the infinitive after a word of asking ("a request from the Secretariat to approve
# the X Programme", "urged the states that have not done so to sign the Y", "invited the members to ratify")
_ASKED_TO = re.compile(
    r"\b(?:requests?|requested|proposals?|ask(?:s|ed)?|urg(?:es|ed|ing)|call(?:s|ed)?\s+(?:on|upon)|invit(?:es|ed|ing)"
    r"|sought|seek(?:s|ing)?|appeal(?:s|ed)?|recommend(?:s|ed|ations?)?)\b[^.;:,]{0,80}?\bto\s+$",
    re.I,
)


# (a participle set off by a comma names the act as well: "The Xanadu Declaration, adopted unanimously at the
# summit, calls for ...", "In the Y Communique, issued on the closing day, the leaders ...")
_PASSIVE = re.compile(
    r"(?:\s+|,\s*(?=(?:(?:unanimously|formally|officially|finally|duly)\s+)?(?:signed|adopted|approved|endorsed|issued)\s))"
    r"(?:(?:was|were|has\s+been|have\s+been)\s+(?:also\s+)?)?(?:(?<=,\s)(?:unanimously|formally|officially|finally|duly)\s+)?"
    r"(?P<verb>signed|adopted|approved|endorsed|(?<=,\s)issued(?=\s+(?:at|on|during)\b))"
    r"(?:\s+(?:unanimously|formally|officially|by\s+consensus|by\s+acclamation))?\s+(?:at|by|during|in|on)\b"
    r"|\s+(?:was|were|has\s+been|have\s+been)\s+(?:also\s+)?(?:(?:unanimously|formally|officially|finally|duly|reportedly)\s+)?(?P<verb2>signed|adopted|approved|endorsed|issued|released|launched|published)\b"
)


def _active_after(text: str, passive: re.Match[str]) -> bool:
    """Whether a bare participle ("X signed in ...") is the sentence's active verb: where and when, then its
    own object, a document's title ("members of the Q Pact initialled on Tuesday the R Statute")."""
    from igo_timeline.extract.docobjects import _ADVERBIAL

    at = passive.end("verb")
    adverbial = _ADVERBIAL.match(text, at)
    return (
        adverbial is not None
        and bool(adverbial.group().strip())
        and _TITLE_START.match(text, adverbial.end()) is not None
    )


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


__all__ = [
    "bodies_planned",
    "documents",
    "orgs_own_documents",
    "own_documents",
    "own_statement",
    "slug",
    "title_phrase",
    "untitled",
]
