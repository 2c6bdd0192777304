"""The documents a verb's objects name, and the items of a list a sentence introduces.

Apart from the sentence walk in ``documents`` because an object list has its
own grammar: "statements on A, on B and on C" (one each), a serial list of
subjects after one preposition, list items that name only their subject
("1) on the situation in ...") completed by the intro's kind, and items with
a verb of their own ("- signed a protocol ...").
"""

from __future__ import annotations

import re

from igo_timeline.extract.context import Context
from igo_timeline.extract.dates import MONTH, WEEKDAY
from igo_timeline.extract.docevent import _document
from igo_timeline.extract.docscope import _NOT_NOW, _VERB, _background, _bilateral, _old_act
from igo_timeline.extract.doctitles import (
    _KIND,
    _SPLIT,
    _TITLE_START,
    _TRAIL,
    _elided,
    _no_title_years,
    _pieces,
)
from igo_timeline.extract.names import find_parties, is_state
from igo_timeline.extract.reader import long_ago
from igo_timeline.extract.records import Candidate
from igo_timeline.extract.text import Passage

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


# where and when the act was done, told between the verb and its object: "initialled in the port city on
# Tuesday the Q Statute", "adopted on Sunday the R Declaration", "approved here today the S Plan"
_ADVERBIAL = re.compile(
    rf"\s+(?:(?:here|there|today|yesterday|in\s+the\s+(?:[\w'’-]+\s+){{0,2}}?(?:capital|city|town|resort))\s+)?"
    rf"(?:on\s+(?:{WEEKDAY}|\d{{1,2}}\s+{MONTH}|{MONTH}\s+\d{{1,2}})(?:,?\s+\d{{4}})?\s+|today\s+|yesterday\s+)?"
    r"(?=(?:the|an?)\s)"
)


def _objects(ctx: Context, passage: Passage, verb: re.Match[str]) -> list[Candidate]:
    text = passage.norm
    adverbial = _ADVERBIAL.match(text, verb.end())
    if adverbial is not None and adverbial.group().strip():
        # the object after the adverbial: the verb read as if it ended there
        verb = (
            re.compile(re.escape(verb.group() + adverbial.group().rstrip())).match(text, verb.start()) or verb
        )
    rest = text[verb.end() :]
    ones = _PLURAL_ONES.match(text, len(text) - len(re.sub(r"^\s*(?:also\s+)?", "", rest)))
    if ones:  # "adopted three resolutions: one on A, another on B": one document each
        return _each_one(ctx, passage, ones, verb)
    first = _TITLE_START.search(text, verb.end())
    told = _PLURAL_ON.match(text, verb.end() + len(re.match(r"\s*(?:also\s+)?", text[verb.end() :]).group()))  # type: ignore[union-attr]
    if told and (first is None or told.start() < first.start()):
        first = told  # "approved decisions on A and on B": a plural kind no title starts, its subjects follow
    were = _documents_were(
        text, verb
    )  # "statements were adopted on A and on B": subjects after, no title start
    if first is None and were is None:
        return []
    if _old_act(ctx, text, verb.start()) or long_ago(ctx, _no_title_years(text)):
        return []
    if were:  # "documents were signed on the X programme, as well as on the Y plan": one document each
        told_end = _plural_end(text, were)
        # "Draft statements were approved on": not adopted
        head = text[max(0, were.start() - 30) : were.start()]
        if _NOT_NOW.search(head + text[were.start() : told_end]) or _background(
            ctx, text[were.start() : told_end]
        ):
            return []
        return _each_on(ctx, passage, were, verb.group())
    if first is None:
        return []
    if re.search(r"\swith$", verb.group()) and re.match(
        r"(?:an?\s+|the\s+)?decisions?\b", text[first.start() :]
    ):
        return []  # "the summit ended in X on Friday with a decision to rename ...": an act told, no document
    described = re.match(r"(?:the|its|their)\s+(?-i:[a-z])", text[first.start() :]) is not None
    if _bilateral(ctx, text[: verb.start()], described):
        return []  # "On the sidelines, Russia and China signed an agreement on gas": two states' own document
    between = text[verb.end() : first.start()]
    if (
        between.strip(" ,:")
        and not re.fullmatch(
            r"\s*(?:also\s+)?(?:or\s+\w+\s+)?(?:by\s+\w+\s+)?(?:,\s*(?:also\s+)?(?:in\s+particular|inter\s+alia|among\s+others|among\s+other\s+(?:things|documents)|notably|in\s+addition|moreover)\s*,\s*)?(?:(?:at|during)\s+(?:the|this)\s+[\w-]+\s+)?(?:were\s+|was\s+)?"
            r"(?:[\w\s-]{0,60}?\b(?:documents|texts|instruments|deliverables|agreements|declarations|outcomes|series|number|package|set)\b[\w\s-]{0,40}?(?:,?\s+(?:among\s+them|including|notably|such\s+as|namely)\s*:?|\s*:)\s*)?",
            between,
        )
        # "approved, at the urging of the host's government, the Declaration on X": an aside on how it came about
        and not re.fullmatch(
            r"\s*(?:also\s+)?,\s*(?:at|on|upon)\s+the\s+(?:urging|request|initiative|proposal|suggestion|behest)\s+of\s+"
            r"[^,;]{1,80},\s*(?:the\s+)?",
            between,
        )
        # "approved the following: A; B", "adopted, inter alia, the following:": a list its colon opens
        and not re.fullmatch(
            r"\s*(?:also\s+)?(?:,\s*)?(?:(?:the\s+)?following\s*)?:\s*\((?:[a-z]|i{1,3}|iv|vi{0,3}|ix|x|\d{1,2})\)\s*"
            r"|\s*(?:also\s+)?(?:,\s*)?(?:the\s+)?following\s*:\s*",
            between,
        )
        # "approved the summit's final document, along with the X Declaration": the meeting's own document
        # (``owndocs``) first, the titled ones after it
        and not re.fullmatch(
            r"\s*(?:also\s+)?(?:the|its|their|the\s+(?:summit|meeting|session|conference)['’]s)\s+(?:final\s+)?"
            r"(?:document|communiqu[eé]|declaration)\s*,?\s+(?:along\s+with|together\s+with|as\s+well\s+as|and)\s+",
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
        out = _each_on(ctx, passage, plural, verb.group())
        more = _SPLIT.match(text, _plural_end(text, plural))
        # "decisions on A and on B, as well as a decision on C": the list goes on after the subjects
        return out + (_listed(ctx, passage, more.end(), verb.group(), more.end() - 1) if more else [])
    inner = _DECIDED_DOCUMENT.match(text, first.start())
    if inner:  # "a decision on the programme of Q": the programme is the document the decision adopts
        return _listed(ctx, passage, inner.end(), verb.group(), inner.end())
    return _listed(ctx, passage, first.start(), verb.group(), first.start())


# a plural kind whose items each stand for one of its kind by a pronoun: "adopted three resolutions: one on A,
# one on B and one on C", "signed several agreements, including one on visas", "two declarations, one on X and
# another on Y", "approved four joint statements, among them one titled "Z"" (the items name their subjects;
# the plural gives their kind and its adjective: "joint statement on A")
_ONE = (
    r"(?:one|another|the\s+other|a\s+(?:second|third|fourth|fifth|further|last|final)|the\s+(?:second|third|last))\s+"
    r"(?=(?:on|concerning|regarding|against|condemning|supporting|urging|calling\s+for|in\s+support\s+of)\s"
    r"|(?:entitled|titled|called|named)\s+[\"“‘']?(?-i:[A-Z]))"
)
_PLURAL_ONES = re.compile(
    r"(?:(?:the|its|their)\s+)?(?:(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3}|several|a\s+number\s+of"
    r"|a\s+series\s+of|a\s+set\s+of|various|other)\s+)?"
    r"(?P<adj>(?:joint|special|separate|political|ministerial|final|further|new|(?-i:[a-z]+al))\s+)?"
    r"(?P<kind>resolutions|declarations|statements|decisions|agreements|protocols|memoranda|memorandums|conventions"
    r"|treaties|communiqu[eé]s|appeals|programmes|programs|plans|recommendations|directives)"
    r"\s*(?::\s*|,\s*(?:including|among\s+them|notably|namely)?\s*:?\s*|\s+(?:including|among\s+them|namely)\s+|\s+[-–—]\s+)"
    rf"(?=(?i:{_ONE}))",
    re.I,
)
# the next item of such a list: ", one on B", " and another on C", "; a third regarding D"
_NEXT_ONE = re.compile(rf"(?:[,;]\s*(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)(?=(?i:{_ONE}))", re.I)
_SINGULAR = {"memoranda": "memorandum", "memorandums": "memorandum", "treaties": "treaty"}


def _each_one(ctx: Context, passage: Passage, ones: re.Match[str], verb: re.Match[str]) -> list[Candidate]:
    text = passage.norm
    stop = re.search(
        r"[.:]|;(?!\s*(?:and\s+)?(?i:one|another|a\s+(?:second|third|further))\s)", text[ones.end() :]
    )
    end = ones.end() + (stop.start() if stop else len(text[ones.end() :]))
    scope = text[:end]
    if (
        _old_act(ctx, text, verb.start())
        or long_ago(ctx, _no_title_years(scope))
        or _NOT_NOW.search(scope[max(0, verb.start() - 40) :])
        or _background(ctx, scope[verb.start() : ones.end()])
        or _bilateral(ctx, text[: verb.start()], True)
    ):
        return []
    kind = ones.group("kind").lower()
    singular = _SINGULAR.get(kind, kind[:-1])
    adjective = (ones.group("adj") or "").lower()
    if adjective.strip() in ("final", "further", "new", "other"):
        adjective = ""
    cuts = [ones.end()] + [m.end() for m in _NEXT_ONE.finditer(text, ones.end(), end)]
    ends = [m.start() for m in _NEXT_ONE.finditer(text, ones.end(), end)] + [end]
    out = []
    for k, (a, b) in enumerate(zip(cuts, ends, strict=True)):
        pronoun = re.match(_ONE, text[a:b], re.I)
        if pronoun is None:
            continue
        subject = text[a + pronoun.end() : b].strip(" ,;")
        phrase = f"{adjective}{singular} {subject}"
        cand = _document(ctx, passage, a, b, ones.start() if k == 0 else a, verb.group(), phrase=phrase)
        if cand:
            out.append(cand)
    return out


# a decision whose subject is itself a document named by its kind: "a decision on the strategy for Q"
_DECIDED_DOCUMENT = re.compile(
    r"(?:the|an?)\s+(?i:decisions?)\s+on\s+(?=(?:the\s+)?(?:[a-z][\w-]*\s+)?(?i:concept|programme|program|plan|strategy"
    r"|agreement|protocol|regulations?|provisions|statute|charter|treaty|convention|list)\s+(?:of|on|for)\s)"
)


def _listed(ctx: Context, passage: Passage, first: int, verb: str, begin: int) -> list[Candidate]:
    """The documents of an object list from ``first``: one per piece, a plural kind with subjects one each."""
    text = passage.norm
    out = []
    for start, end in _pieces(text, first):
        later = _PLURAL_ON.match(text, start) if start > begin else None
        if later:  # "the X Declaration as well as statements on A and on B": one document each
            out.extend(_each_on(ctx, passage, later, verb))
            continue
        for a, b, phrase in _elided(text, start, end):
            cand = _document(ctx, passage, a, b, a, verb, phrase=phrase)
            if cand:
                out.append(cand)
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
    r"(?:the\s+|two\s+|three\s+|four\s+|five\s+|several\s+)?(?P<kind>statements|declarations|directives|resolutions|addresses|appeals|decisions"
    # the instruments of a signing told the same way ("the agreements on A and on B were signed"), and documents
    # by their subjects when each subject is itself a document ("documents on the X programme and on the Y plan")
    r"|agreements|protocols|concepts|programmes|programs|documents)"
    # their authors between ("statements by the foreign ministers on A, B and on C"), not a day ("on Monday")
    r"(?P<by>\s+(?:by|of)\s+the\s+(?:[\w'’-]+\s+){0,6}?(?:ministers|leaders|heads\s+of\s+(?:state|government)|presidents|members|council|summit|assembly))?"
    rf"\s+(?=(?:on|concerning|regarding)\s(?!{WEEKDAY}\b|\d))",
    re.I,
)
# the next subject's own "on" ("on A, on B and on C", "On A and On B" as a council titles its decisions, "on A,
# as well as on B")
_NEXT_ON = re.compile(
    r",\s*(?:and\s+|as\s+well\s+as\s+)?(?=on\s)|\s+(?:and|as\s+well\s+as)\s+(?=on\s)"
    # a council's acts titled "On ..." in a prose list cut by semicolons: "resolutions On A; On B; On C"
    r"|;\s*(?:and\s+)?(?=(?-i:On)\s)",
    re.I,
)


def _plural_end(text: str, plural: re.Match[str], limit: int | None = None) -> int:
    """Where the subjects of a plural kind end ("statements on A, on B and on C"): at a stop, a comma that no
    "on" follows, or "and" before a verb; at ``limit`` at most (the passive's verb)."""
    stop = re.search(
        # not "and" inside a subject ("on trade and economic cooperation"): "and" before a verb; not a semicolon
        # before the next of a council's acts titled "On ..." ("resolutions On A; On B")
        r"[.:]|;(?!\s*(?:and\s+)?(?-i:On)\s)|\s+(?:and|but)\s+(?!on\s)(?-i:[a-z]+(?:ed|s)|adopt|approve|sign|endorse|issue|agree|decide)\s"
        r"|,(?!\s*(?:and\s+|as\s+well\s+as\s+)?(?i:on)\s)",
        text[plural.end() : limit],
    )
    return plural.end() + (stop.start() if stop else len(text[plural.end() : limit]))


# a plural kind whose one subject is itself a plural kind with subjects: "decisions on joint statements on A and
# on B" (the statements are the documents)
_INNER_PLURAL = re.compile(
    r"on\s+(?:the\s+)?(?:joint\s+)?(?=(?:statements|declarations|appeals|addresses)\s+on\s)", re.I
)


def _each_on(
    ctx: Context, passage: Passage, plural: re.Match[str], verb: str, limit: int | None = None
) -> list[Candidate]:
    text = passage.norm
    inner = _INNER_PLURAL.match(text, plural.end())
    if inner and re.match(r"decisions|resolutions", plural.group("kind"), re.I):
        plural = _PLURAL_ON.match(text, inner.end()) or plural
    end = _plural_end(text, plural, limit)
    singular = {"addresses": "address"}.get(plural.group("kind").lower(), plural.group("kind")[:-1])
    singular += plural.group("by") or ""  # "Statement by the foreign ministers on ..."
    cuts = [plural.end()] + [m.end() for m in _NEXT_ON.finditer(text, plural.end(), end)]
    ends = [m.start() for m in _NEXT_ON.finditer(text, plural.end(), end)] + [end]
    if len(cuts) < 2:
        return _each_listed(ctx, passage, plural, verb, singular, limit)
    out = []
    for k, (a, b) in enumerate(zip(cuts, ends, strict=True)):
        quote_from = plural.start() if k == 0 else a
        phrase = _subject_title(text, a, b, singular)
        if phrase is None:
            continue
        named = text[a:b].strip() if re.match(r"On\s+(?:the\s+)?[A-Z]", text[a:b]) else None
        cand = _document(ctx, passage, a, b, quote_from, verb, phrase=phrase, named=named)
        if cand:
            out.append(cand)
    return out


# documents told by a passive act, their subjects after it, each with its own "on": "documents were signed on A
# and on B" (only when each subject is itself a document, see ``_subject_title``)
_DOCUMENTS_WERE = re.compile(
    r"\b(?P<kind>documents|statements|declarations|resolutions|decisions|appeals)(?P<by>)\s+(?:were|have\s+been|had\s+been)\s+"
    r"(?:also\s+)?(?:signed|adopted|approved|passed|issued)\s+"
    # a subject after "on", not a day ("statements were adopted on Friday", "on 3 May", "on the final day")
    rf"(?=on\s(?!(?:the\s+)?(?:\d|{WEEKDAY}\b|{MONTH}\b|(?:first|second|third|last|final|closing|opening)\s+day\b)))",
    re.I,
)


def _documents_were(text: str, verb: re.Match[str]) -> re.Match[str] | None:
    """The passive telling of documents whose act is ``verb``: the group noun just before it."""
    for m in _DOCUMENTS_WERE.finditer(text, max(0, verb.start() - 40), verb.end() + 4):
        if m.start() < verb.start() < m.end():
            return m
    return None


def _subject_title(text: str, a: int, b: int, singular: str) -> str | None:
    """The document phrase of one subject of a plural kind: the kind and its subject ("Statement on A"); the
    subject alone when it is its own title, as councils name their acts ("the decisions On the Formation of
    X and On Y") or when it names a document itself ("documents on the X programme"); none when documents
    have only a subject ("documents on trade"), which names no document."""
    subject = text[a:b]
    if re.match(r"On\s+(?:the\s+)?[A-Z]", subject) and singular.lower() != "document":
        return f"{singular} on {subject[3:]}"  # "On the Formation of a Common Market": the title as written (``named``)
    if singular.lower() == "document":
        inner = re.match(r"on\s+", subject, re.I)
        rest = subject[inner.end() :] if inner else subject
        first = _TITLE_START.match(rest)
        return rest if first else None
    return f"{singular} {subject}"


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
    ctx: Context, passage: Passage, plural: re.Match[str], verb: str, singular: str, limit: int | None = None
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
        text[begin:limit],
    )
    end = begin + (stop.start() if stop else len(text[begin:limit]))
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
