"""A sitting told by what a governing body did, and the one name a text's body goes by.

**A governing body's act is its sitting.** An executive board, a council, a general conference that
selects, appoints, elects, nominates, confirms or approves (a head, a member, a budget, a nomination)
met to do it: "The Executive Board of the Fund selected X as Managing Director", "the Board of Executive
Directors ... today selected", "the Council, meeting in its 170th session, appointed", "X was chosen by
the Governing Council on Friday", "the General Conference approved the nomination". :func:`governing_act`
finds such a clause (the body as subject, active, or as the agent of a passive) and gives the meeting
finder its body; the day is the clause's, else the text's own, else unresolved, as for any meeting.
Not a sitting: a body of a state or of another organization ("the UN Security Council", "the Paraguayan
Congress"), an act in a relative or subordinate clause ("the candidate whom the Board selected"), a
commission or secretariat (they appoint between sittings), an act to come or told of another time.

**One body, one slug** (:func:`coreferent_body`). A body the store knows for the organization (by any of
its names or aliases) keeps the store's slug. Otherwise a bare head noun ("the Board", "the Council") is the
one fuller body of that head the same text names ("the Executive Board of the Fund" -> ``executive-board``),
when it names exactly one; the organization's own name, a sitting's number and kind ("43rd",
"extraordinary") are no part of a slug. A summit keeps ``summit`` (a qualified one is the organization's
own or another meeting), so "the 43rd ASEAN Summit", "the ASEAN Summit" and "the Summit" are all ``summit``.

**Two meetings in one text** (:func:`companion_meetings`, :func:`attended_after`): the council that
prepared the summit, the summit after it, a retreat or an extraordinary session that followed, each with
its own day and place; attendance goes to the meeting whose sentence (or the sentence right after) tells it.
"""

from __future__ import annotations

import re

from igo_timeline.extract.context import Context
from igo_timeline.extract.dates import WEEKDAY
from igo_timeline.extract.names import SITTING_KIND, find_parties, org_bodies, resolve_body, spells_slug

# the heads of a governing body that sits to decide (a Commission, a Secretariat appoint between sittings)
_HEADS = r"Board|Council|Conference|Assembly|Congress|Committee|Body|Authority"
# whose members a body is named after: part of its name ("Board of Governors"), unlike an owner ("of the Fund")
_OF_MEMBERS = (
    r"(?:Executive\s+)?Directors|Governors|Trustees|Ministers|Foreign\s+Ministers|Delegates|Representatives"
    r"|Heads\s+of\s+State(?:\s+and\s+(?:of\s+)?Government)?|Heads\s+of\s+Government|Permanent\s+Representatives"
)
_CAP = r"[A-Z][\w'’&-]*"
# a word of an owner's name: never a day's ("the Executive Board of the Fund on Tuesday selected")
_OWNER_CAP = (
    r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July"
    rf"|August|September|October|November|December)\b){_CAP}"
)
_BODY = (
    # the head capitalized ("Executive Board"), or in lower case after a capitalized name ("Executive board")
    # ("the Bank's 25-member executive board": its size is no part of its name, nor is the case of "executive")
    rf"(?:\d+-member\s+)?(?P<body>(?:(?:(?:{_CAP}|\d+(?:st|nd|rd|th))\s+(?:(?:and|for|on|&)\s+)?){{0,4}}(?:{_HEADS})"
    rf"|(?:{_CAP}\s+(?:(?:and|for|on|&)\s+)?){{1,4}}(?:{_HEADS.lower()})|(?:executive|governing)\s+(?:board|council|body))"
    rf"(?:\s+of\s+(?:{_OF_MEMBERS}))?)"
    rf"(?:\s+of\s+(?:the\s+)?(?P<owner>{_CAP}(?:\s+(?:(?:of|for|and|on|the)\s+)*{_OWNER_CAP}){{0,8}})(?:\s*\([A-Z][A-Za-z]{{1,9}}\))?)?"
)
_ACT_PAST = (
    r"selected|appointed|re-?appointed|elected|re-?elected|nominated|confirmed|approved|endorsed|named|chose|picked"
    r"|chosen|designated|adopted|selects|appoints|elects|nominates|confirms|approves|endorses|names|chooses"
)
_ACT_PARTICIPLE = (
    r"selected|appointed|re-?appointed|elected|re-?elected|nominated|confirmed|approved|endorsed|named|chosen"
    r"|designated|adopted"
)
# what may stand between the body and its verb: a day, an adverb, an aside between commas, an auxiliary
_DAY = (
    r"today|yesterday|this\s+(?:morning|afternoon|week)"
    rf"|on\s+{WEEKDAY}(?:,?\s+(?:\d{{1,2}}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{{1,2}})(?:,?\s+\d{{4}})?)?"
    r"|on\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2})(?:,?\s+\d{4})?"
)
_BETWEEN = (
    rf"(?P<mid>(?:\s*,\s*[^,.;]{{1,90}}?\s*,|\s+(?:{_DAY})|\s+(?:unanimously|formally|officially|duly|also|has|have"
    r"|by\s+consensus|by\s+acclamation|by\s+secret\s+ballot))*)"
)
_ACTIVE = re.compile(
    rf"(?:^|(?<=[-–—:]\s)|(?<=,\s)|(?<=\bthat\s))(?P<det>[Tt]he\s+|[Ii]ts\s+|(?:{_CAP}\s+){{0,3}}{_CAP}['’]s\s+)"
    + _BODY
    + _BETWEEN
    + rf"\s+(?P<verb>{_ACT_PAST})\b(?=(?P<object>[^.;]{{0,160}}))"
)
_PASSIVE = re.compile(
    rf"\b(?:was|were|has\s+been|have\s+been)\s+(?:\w+ly\s+)?(?P<verb>{_ACT_PARTICIPLE})\b(?P<object>[^.;]{{0,140}}?)"
    rf"\s+by\s+(?P<det>the\s+|its\s+|(?:{_CAP}\s+){{0,3}}{_CAP}['’]s\s+)" + _BODY
)
# "The executive directors of the Bank selected X": the board its directors sit as, when the text names it
_DIRECTORS = re.compile(
    rf"(?:^|(?<=[-–—:]\s)|(?<=,\s))(?:[Tt]he|[Ii]ts)\s+(?:(?:{_CAP}|[Bb]ank|[Ff]und)['’]s\s+)?(?:[Ee]xecutive\s+)?[Dd]irectors"
    rf"(?:\s+of\s+(?:the\s+)?(?P<owner>{_CAP}(?:\s+{_CAP}){{0,6}})(?:\s*\([A-Z][A-Za-z]{{1,9}}\))?)?"
    + _BETWEEN
    + rf"\s+(?P<verb>{_ACT_PAST})\b(?=(?P<object>[^.;]{{0,160}}))"
)
# approving or adopting tells a sitting when what is approved is a decision such a body takes
_APPROVED_THING = re.compile(
    r"\b(?:budget|nomination|appointment|election|candidacy|candidature|accounts|programme|program|work\s+plan"
    r"|admission|membership|application|members?|accession|strategy|Director|Secretary|President|Chair\w*)\b",
    re.I,
)
# a clause that is no main statement: "the candidate whom the Board selected", "after the Board approved"
_SUBORDINATE = re.compile(
    r"\b(?:whom|which|who|whose|after|before|since|until|once|when|if|unless|had|will|would|should|could|may|might)\s+$",
    re.I,
)
_SITTING_CUE = re.compile(
    r"\b(?:session|sitting|meeting|met|meets|convened|gathered|assembled|plenary)\b", re.I
)
_FUTURE = re.compile(r"\b(?:will|shall|would|is\s+to|are\s+to|expected|scheduled|due\s+to|set\s+to)\b", re.I)
_GENERIC_OWNER = re.compile(
    r"(?:Fund|Bank|Organi[sz]ation|Union|Agency|Association|Community|Group|Institute|Centre|Center|Programme"
    r"|Alliance|Federation|Authority|Secretariat)$"
)


def _own_words(ctx: Context) -> set[str]:
    """The organization's abbreviation and the words of its name as the text gives it in full."""
    from igo_timeline.extract import meeting  # the meeting finder's reading of the organization's names

    slug_words = set(ctx.org.split("-")) if "-" in ctx.org else set()  # "pacific-alliance": Pacific, Alliance
    return {*meeting._own_words(ctx), *meeting._abbreviations(ctx), *slug_words} | set(
        meeting._spelled_name_words(ctx)
    )


def _foreign(phrase: str, ctx: Context) -> bool:
    """A phrase naming a state or another organization ("UN Security Council", "Paraguayan Congress")."""
    return any(p.value != ctx.org for p in find_parties(phrase, exclude=[ctx.org]))


def slug_of(body: str, ctx: Context) -> str | None:
    """The slug of a body named ``body`` (its owner already cut off): the store's when a name or alias of a
    body of the organization, else its words without the article, the sitting's kind or number, and the
    organization's own name ("43rd ASEAN Summit" -> summit, "IMF Executive Board" -> executive-board)."""
    words = " ".join(body.split())
    words = re.sub(r"^(?:[Tt]he|[Ii]ts|[Aa]n?)\s+", "", words)
    words = re.sub(r"^(?:[\w'’&-]+\s+){0,3}[\w'’&-]+['’]s\s+", "", words)  # "the Fund's Executive Board"
    stored = resolve_body(words, ctx.bodies, ctx.org)
    if stored:
        return stored
    own = {w.casefold() for w in _own_words(ctx)}
    split = words.split()
    head = next((i for i, w in enumerate(split) if re.fullmatch(_HEADS, w.capitalize())), len(split))
    # the organization's own words before the head ("IMF Executive Board"), never the head or its members
    kept = [w for w in split[:head] if w.casefold() not in own] + split[head:]
    kept_text = re.sub(rf"^(?:(?:{SITTING_KIND}|(?-i:new))\s+)+", "", " ".join(kept), flags=re.I)
    stored = resolve_body(kept_text, ctx.bodies, ctx.org)
    if stored:
        return stored
    # "Assembly of Heads of State and Government" is the assembly (as the meeting finder has it)
    kept_text = re.sub(
        r"^(Assembly|Authority|Summit)\s+of\s+(?:the\s+)?Heads\s+of\s+State(?:\s+and\s+(?:of\s+)?Government)?$",
        r"\1",
        kept_text,
    )
    slug = re.sub(r"[^a-z0-9]+", "-", kept_text.casefold()).strip("-")
    return slug or None


def _owner_ok(owner: str | None, ctx: Context) -> bool:
    """An owner ("of the Fund", "of the XYZ") that is the organization, never a state or another one."""
    if not owner:
        return True
    if _foreign(owner, ctx):
        return False
    own = {w.casefold() for w in _own_words(ctx)}
    words = [
        w for w in re.findall(r"[\w'’&-]+", owner) if w.casefold() not in {"of", "the", "for", "and", "on"}
    ]
    if re.fullmatch(rf"(?:{_GENERIC_OWNER.pattern})", owner.strip()):
        return True  # "of the Fund": the organization by its kind
    return bool(words) and (
        all(w.casefold() in own for w in words) or spells_slug(owner, ctx.org)
    )  # its name, its abbreviation; an unknown owner ("of UNICEF") is another organization


def governing_act(text: str, ctx: Context) -> tuple[re.Match[str], tuple[str, int], str] | None:
    """(the act's match, (body slug, where), the words that tell the sitting) of the first clause of ``text``
    in which a governing body of the organization selects, appoints, elects, nominates, confirms or approves;
    None when there is none. The words stop before the appointee's term ("for a five-year term beginning
    1 July"): its days are the term's, not the sitting's."""
    for rx in (_ACTIVE, _PASSIVE, _DIRECTORS):
        for m in rx.finditer(text):
            if _SUBORDINATE.search(text[: m.start()]) or _FUTURE.search(m.groupdict().get("mid") or ""):
                continue
            verb = m.group("verb").casefold()
            if _told_earlier(m.groupdict().get("object") or "", ctx):
                continue  # "nominated Ana Lobo in January": a sitting of another day than the text's
            if re.match(r"\s+to\s+(?!the\b|its\b|an?\b|his\b|her\b|their\b|[A-Z])[a-z]+", m.group("object")):
                continue  # "the Board elected to postpone the vote", "chose to wait": no one chosen
            if verb.startswith(("approv", "adopt", "endors", "confirm")) and not _APPROVED_THING.search(
                m.group("object")
            ):
                continue  # "approved the plan to hold talks": no decision of a governing body's own
            if rx is _DIRECTORS:
                slug = _named_board(ctx) if _owner_ok(m.group("owner"), ctx) else None
                if slug is None:
                    continue
                return m, (slug, m.start()), _without_term(text, m.end())
            body, owner = m.group("body"), m.groupdict().get("owner")
            det = m.group("det")
            if body[:1].islower() and not det.rstrip().endswith(("'s", "’s")):
                continue  # "The executive board approved ...": a board in lower case is named by its owner's name
            if _foreign(f"{det}{body}", ctx) or not _owner_ok(owner, ctx):
                continue
            if det.rstrip().endswith(("'s", "’s")) and _foreign(det, ctx):
                continue
            if re.search(r"Council$", body) and not _SITTING_CUE.search(text):
                continue  # a standing council decides between sittings too: only a sitting it names
            slug = slug_of(body, ctx)
            if slug:
                return m, (slug, m.start("body")), _without_term(text, m.end())
    return None


_TERM = re.compile(
    r"\b(?:for\s+(?:a|an|another|the)\s+(?:[\w-]+\s+){0,3}(?:term|mandate|period)|beginning|starting|commencing"
    r"|effective|with\s+effect|from|as\s+of|until|to\s+serve|to\s+succeed|succeeding|who\s+will|to\s+take\s+office)\b",
    re.I,
)


_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_EARLIER = re.compile(
    rf"\bin\s+(?:early\s+|late\s+|mid-?)?(?P<month>{_MONTHS})\b|\bin\s+\d{{4}}\b"
    r"|\b(?:last|previous|past)\s+(?:week|month|year|spring|summer|autumn|fall|winter)\b"
    r"|\b(?:ago|previously|earlier\s+this\s+(?:year|month))\b",
    re.I,
)


def _told_earlier(words: str, ctx: Context) -> bool:
    """The act's own clause (up to its first comma) tells another time than the text's day: a month other
    than the text's, a year, "last month", "two weeks ago"."""
    clause = re.split(r"[,;]|\s+(?:and|but|while|whereas)\s+", words, maxsplit=1)[0]
    m = _EARLIER.search(clause)
    if m is None:
        return False
    month = m.group("month")
    day = ctx.anchor.day
    return not (month and day is not None and month.casefold() == day.strftime("%B").casefold())


def _without_term(text: str, end: int) -> str:
    """``text`` cut before the first phrase of a term after ``end`` (the act's verb)."""
    m = _TERM.search(text, end)
    return text[: m.start()].rstrip(" ,") if m else text


def _mentions(ctx: Context, head: str) -> list[str]:
    """The slugs of the bodies with head noun ``head`` the text names with more words than the head (the
    owner cut off; a state's or another organization's body left out)."""
    rx = re.compile(
        # a name never runs across a line's end ("Summit closes in Maseru" above "The Assembly of ...")
        rf"(?P<pre>(?:(?:{_CAP}|\d+(?:st|nd|rd|th))[ \t]+(?:(?:and|of|for|on|&)[ \t]+)?){{1,4}})?(?P<head>{head})"
        rf"(?P<members>\s+of\s+(?:{_OF_MEMBERS}))?(?:\s+of\s+(?:the\s+)?(?P<owner>{_CAP}(?:\s+(?:(?:of|for|and|on|the)\s+)*{_CAP}){{0,8}}))?",
    )
    out = []
    for m in rx.finditer(ctx.doc.text):
        pre = m.group("pre") or ""
        if pre.split() and pre.split()[0] in ("The", "A", "An", "Its", "At", "On", "In"):
            pre = " ".join(pre.split()[1:]) + " " if len(pre.split()) > 1 else ""
        name = f"{pre}{m.group('head')}{m.group('members') or ''}"
        if name == m.group("head"):
            continue  # "the Council" itself: the mention to resolve, not a fuller name
        if _foreign(name, ctx) or not _owner_ok(m.group("owner"), ctx):
            continue
        slug = slug_of(name, ctx)
        if (
            slug and slug != head.casefold()
        ):  # "the D-8 Council": the organization's own name is no fuller name
            out.append(slug)
    return out


def _named_board(ctx: Context) -> str | None:
    """The one board the text names ("the Board of Executive Directors"), for its directors acting."""
    slugs = {s for s in _mentions(ctx, "Board") if s != "board"}
    return slugs.pop() if len(slugs) == 1 else None


# a summit is left as it is: a qualified summit is the organization's own ("Francophonie Summit") or another
# meeting ("ASEAN-Japan Summit"), never a fuller name of the same
_BARE = {"board", "council", "conference", "assembly", "congress", "committee", "authority"}


def coreferent_body(ctx: Context, slug: str) -> str:
    """The slug a meeting's body keeps: the store's as given; a bare head ("board", "council", "summit") the
    one fuller body of that head the text names, if exactly one (its name cut of the organization's own
    name and the sitting's number and kind)."""
    if slug in ctx.bodies or slug in org_bodies(ctx.org):
        return (
            slug  # (the OECS's "authority" of its table is no "Telecommunications Authority" the text names)
        )
    stored = resolve_body(slug.replace("-", " "), ctx.bodies, ctx.org) if ctx.bodies else None
    if stored:
        return stored  # "executive-board" of a store whose body "board" is also called "Executive Board"
    if slug not in _BARE:
        return slug
    head = slug.capitalize()
    names = set(_mentions(ctx, head))
    if len(names) == 1 and slug not in names:
        return names.pop()
    return slug


# --- two meetings in one text -----------------------------------------------------------------------------

# "ahead of the summit", "to prepare the summit": what follows names the meeting prepared, not the one held
_PREPARING = re.compile(
    r"\b(?:ahead\s+of|in\s+preparation\s+for|in\s+the\s+run-up\s+to|on\s+the\s+eve\s+of|prior\s+to|before|to\s+prepare"
    r"|preparing|preparatory\s+to|in\s+advance\s+of)\b",
    re.I,
)
_RETREAT = re.compile(r"\bretreat\b", re.I)
_EXTRA = re.compile(r"\b(?:extraordinary|special|emergency)\s+(?:session|meeting|summit|sitting)\b", re.I)
_MODAL_BEFORE = re.compile(
    r"\b(?:will|shall|would|is\s+to|are\s+to|expected|scheduled|due|set\s+to|plans?\s+to|next|had)\b", re.I
)
# a sentence that tells who attended the meeting the sentence before told: "It was attended by ...", "The
# summit was attended by ...", "Attending were ...", "Present were ..."
_ATTENDED_THEN = re.compile(
    r"^(?:It|They|(?:The|This)\s+(?:meeting|summit|session|retreat|sitting|gathering|council|assembly|conference)|Attending|Present|Participants)\b"
    r"[^.;]{0,40}?\b(?:attended|attending|present|participated|included|took\s+part|were)\b",
    re.I,
)


def _span(when: str) -> tuple[str, str]:
    parts = when.split("/")
    return parts[0][:10], parts[-1][:10]


def companion_meetings(
    ctx: Context, sentences: list, opening: object, body: str, when: str, known: list
) -> list:
    """The other meetings a text tells held besides the one found first, that the meeting finder's
    ``_other_meetings`` leaves (``known``: what it found): a ministers' council "ahead of the summit" (the
    words after the preparing cue name the meeting prepared, not its body), the summit after the council
    that prepared it, a retreat. Each must be told held in a main clause of its own sentence, with a day of
    its own outside the first meeting's days and a place of its own named (as the finder's "which met in P on
    D"); (passage, body slug, DateMatch) each."""
    from igo_timeline.extract import meeting as M

    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", _span(when)[0]):
        return []
    first, last = _span(when)
    taken = {p.start for p, _, _ in known}
    out = []
    for passage in sentences[:40]:
        if passage is opening or passage.start in taken or passage.end <= ctx.anchor.end:
            continue
        text = passage.norm
        if passage.start < ctx.anchor.end:  # the dateline is no part of the sentence
            text = " ".join(passage.text[ctx.anchor.end : passage.end].split())
        verb = M._HELD.search(text)
        if (
            verb is None
            or _SUBORDINATE.search(text[: verb.start()])
            or _MODAL_BEFORE.search(text[: verb.end()])
        ):
            continue
        if M._OTHER_MEETING.search(text[verb.end() : verb.end() + 80]) or M._BACKGROUND.search(text):
            continue
        if M._elsewhen(ctx, text):
            continue
        prep = _PREPARING.search(text)
        told = text[: prep.start()] if prep else text  # the meeting held, before what it prepared
        date = M._own_date(ctx, told, when)
        if date is None:
            continue
        start, end = _span(date.edtf)
        if first <= start <= last or first <= end <= last:
            continue  # a day of the first meeting: the same meeting told again
        slug: str | None
        if _RETREAT.search(told):
            slug = resolve_body("retreat", ctx.bodies, ctx.org) or "retreat"
        else:
            named = M._body_in(told, ctx)
            if named is None and M._MINISTERS_MET.search(told):
                named = (M._foreign_ministers_body(ctx), 0)
            slug = named[0] if named else None
            if slug is not None:
                slug = coreferent_body(ctx, slug)
            elif _EXTRA.search(told) and re.search(
                r"\b(?:The|the|Its|its)\s+(?:Council|Assembly|Board|Conference|Congress|Committee|Summit|leaders|ministers)\b",
                told[: verb.start()],
            ):  # "The Council then held an extraordinary session ...": the same body, sitting again
                slug = body
        if slug is None or (slug == body and not _RETREAT.search(told) and not _EXTRA.search(told)):
            continue  # the same body again, unless an extraordinary session of it followed
        if not (
            slug == body  # the first meeting's body, sitting again
            or slug in ctx.bodies
            or resolve_body(slug.replace("-", " "), ctx.bodies, ctx.org)
            or slug in (M._summit_slug(ctx), "retreat")
            or re.search(
                r"(?:^|-)(?:ministers|ministerial|heads|officials|governors|representatives)(?:-|$)", slug
            )
        ):
            continue  # "a conference", "the Forum": no sitting body of the organization that a text names so
        if _foreign(told[: verb.start()], ctx) and slug != M._summit_slug(ctx):
            continue  # another's body: "The UN Security Council met on Monday"
        if M._place(ctx, told, here=False) is None:
            continue  # "Foreign ministers met on Sunday to prepare the summit": a preparation, no sitting told
        out.append((passage, slug, date))
        taken.add(passage.start)
    return out


def attended_after(sentences: list, meetings: list) -> dict[int, frozenset[int]]:
    """Meeting sentence's start -> the starts of the sentences right after it that tell who attended it
    ("It was attended by ...", "The summit was attended by ..."), up to the next meeting's sentence."""
    starts = {p.start for p, _, _ in meetings}
    out: dict[int, frozenset[int]] = {}
    for passage, _, _ in meetings:
        k = next((i for i, s in enumerate(sentences) if s.start == passage.start), None)
        if k is None:
            continue
        follow = []
        for s in sentences[k + 1 : k + 4]:
            if s.start in starts or not _ATTENDED_THEN.search(s.norm):
                break
            follow.append(s.start)
        out[passage.start] = frozenset(follow)
    return out
