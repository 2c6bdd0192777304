"""The meeting's own documents, named by no title or by a title told elsewhere in the text.

Apart from the readers of titled documents because these are named from the
meeting, not from the phrase: a joint communique signed (``untitled``), "the
leaders approved the declaration" in a text that names one declaration, "a
final communique" titled after the meeting, and the organization's own
charter or statute named by its possessive ("the organisation's charter").
"""

from __future__ import annotations

import re
from typing import Any

from igo_timeline.extract.context import Context
from igo_timeline.extract.docevent import _ORG_NAME, _unique
from igo_timeline.extract.docscope import _ATTITUDE, _NOT_NOW, CLOSING_ASIDE
from igo_timeline.extract.doctitles import _KIND, _no_title_years, slug, title_phrase
from igo_timeline.extract.reader import long_ago, unreal
from igo_timeline.extract.records import Candidate
from igo_timeline.extract.text import Passage

# the verbs of a meeting's act on its own outcome document, as many organizations' pages word them: adopted,
# approved, issued, released, signed, passed, "put their signatures to", "the adoption/signing of"
_OWN_ACT = (
    r"(?:signed|adopted|issued|approved|released|passed|endorsed|put\s+(?:their|its)\s+signatures?\s+(?:to|on)"
    r"|signing\s+of|adoption\s+of|issuing\s+of|issue\s+of|approval\s+of)"
)
# a complement of the document's own ("a joint declaration calling for ...", "on climate"): a titled document,
# not the meeting's outcome; "of the meeting", "of the summit" name the meeting itself
_OWN_COMPLEMENT = (
    r"(?!\s+(?:of\s+(?!(?:the|this|their)\s+(?:meeting|summit|session|talks|conference)\b|(?:\d+|\w+)\s+(?:points|paragraphs|pages)\b)"
    # ("a joint statement on the outcome of their meeting" is the sitting's own)
    r"|on(?!\s+(?:the\s+)?(?:outcomes?|results?|conclusions?)\s+of\s+(?:the|this|their|its)\s+(?:meeting|summit|session|talks|conference))"
    r"|in\s+support\s+of|for|with|between|to\s+(?!(?:the|this|their)\b)"
    r"|amending|establishing|concerning|regarding|marking|against|calling|supporting|condemning|urging|opposing"
    # a name given ("a joint declaration titled "X""): titled by the name
    r"|entitled|titled|called|named)\b)"
)
_UNTITLED = re.compile(
    rf"\b{_OWN_ACT}\s+(?:a|the|their|its)\s+joint\s+(?P<k>communiqu[eé]|statement|declaration)\b{_OWN_COMPLEMENT}"
    rf"|\b(?:[Aa]|[Tt]he|[Tt]heir|[Ii]ts)\s+joint\s+(?P<k2>communiqu[eé]|statement|declaration)\s*,?\s+(?:was\s+|were\s+)?(?:signed|adopted|issued|approved|released|passed)\b",
)

# a communique named at the head of a sentence only as the source of what is reported: "In the communique
# released at the end of the session, the leaders welcomed ...", "According to the joint communique issued after
# the talks, the premiers agreed ...", "In its communique the summit then:" (the sitting's record, cited: no act
# on a document is told); "In a communique adopted at the close, ...", "In their joint communique, signed at
# the end of the meeting, ..." tell the act and stay
_CITED_COMMUNIQUE = re.compile(
    r"^(?:In|According\s+to|Under|As\s+(?:stated|set\s+out)\s+in)\s+(?:the|a|an|its|their)\s+"
    r"(?:(?:final|joint|closing|summit|press)\s+){0,2}communiqu[eé]\b"
    r"(?!\s*,?\s+(?:(?:which|that)\s+(?:\w+\s+){0,3})?(?:also\s+|unanimously\s+)?"
    r"(?:adopted|signed|approved|endorsed|agreed|passed)\b)[^,:;]*",
    re.I,
)


def cited_communique(text: str) -> int:
    """Where a sentence's opening that cites a communique as its source ends (``_CITED_COMMUNIQUE``), else -1."""
    m = _CITED_COMMUNIQUE.match(text)
    return m.end() if m else -1


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
        if m.start() < cited_communique(passage.norm):
            continue  # "According to the joint communique released after the talks, ...": cited, not acted on
        word = (m.group("k") or m.group("k2") or "").lower()
        if word == "statement":
            continue  # a joint statement states positions
        kind = "communique" if word.startswith("communiq") else "declaration"
        if re.match(
            r"\s*,\s*(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,6}(?-i:Declaration|Communiqu[eé])\b",
            passage.norm[m.end() :],
        ):
            continue  # "issued a joint declaration, the Sanya Declaration of ...": the titled reader names it
        names = ctx.bodies.get(ctx.meeting.body) or ()
        body = (
            names[0]
            if names
            else " ".join(
                w if w in ("of", "and", "the") else w.capitalize() for w in ctx.meeting.body.split("-")
            )
        )
        body = re.sub(r"\s*\([^)]*\)", "", body)
        # "of the meeting of the Council of Ministers", but "of the Trade Ministers Meeting": a body named as a
        # sitting is not said twice
        sitting = re.search(r"\b(?:Meeting|Session|Retreat)$", body, re.I)
        title = f"Joint {kind} of the {body}" if sitting else f"Joint {kind} of the meeting of the {body}"
        event = _sitting_document(ctx, title, kind)
        return [
            ctx.decision(
                event, "adopted_on", passage.sub(m.start(), m.end()), decided=False, words=passage.norm
            )
        ]
    return []


# the meeting's own statement named only by its kind and the words that make it the sitting's (joint,
# ministerial, political, final), told by an act of the participants, as ministers' and leaders' meetings of
# many organizations word it: "the ministers closed the talks by adopting a joint statement", "the leaders
# released a joint ministerial statement", "the council approved a political statement", "a final statement was
# issued"; a statement with a complement of its own ("a joint statement on X", "with Y") is titled by it, and a
# statement of one speaker ("the minister issued a statement", "a press statement") names no joint act; "a joint
# press statement" is the sitting's
_OWN_STATEMENT = re.compile(
    r"\b(?P<verb>adopt(?:ed|ing)|approv(?:ed|ing)|issu(?:ed|ing)|releas(?:ed|ing)|sign(?:ed|ing)|endors(?:ed|ing)|pass(?:ed|ing))\s+"
    r"(?P<det>a|an|their|its)\s+(?:[\w-]+-point\s+)?"
    r"(?P<kind>(?:(?:joint|ministerial|political|final)\s+){1,2}(?:press\s+)?statement)\b"
    + _OWN_COMPLEMENT
    + r"|\b(?P<det2>An?|The|Their|Its)\s+(?:[\w-]+-point\s+)?"
    r"(?P<kind2>(?:(?:joint|ministerial|political|final)\s+){1,2}(?:press\s+)?statement)\b"
    + _OWN_COMPLEMENT
    + r"\s*,?\s+(?:was|were|has\s+been|had\s+been)\s+(?:unanimously\s+|also\s+)?(?:adopted|approved|issued|released|signed|endorsed|passed|read\s+out)\b"
    # "a joint statement was adopted on the situation in X": its subject follows, the kind and it make the title
    r"(?!\s+(?:on|concerning|regarding)\s+(?:the|a|an|its|their)\s)",
    re.I,
)
# those whose act the meeting's statement is: "the (foreign) ministers", "the leaders", "the heads of state"
_AUTHORS_BEFORE = re.compile(
    r"\b(?P<who>(?:(?:foreign|trade|prime|defen[cs]e|finance|economy|environment)\s+)?ministers|leaders|presidents"
    r"|heads\s+of\s+(?:state|government)(?:\s+(?:and|or)\s+government)?)\b",
    re.I,
)
# the telling after the act: "..., a senior official said on Tuesday"
_TOLD_AFTER = re.compile(r",\s+(?:[\w'’-]+\s+){0,5}?(?:said|told|reported|announced|confirmed)\b")
# a statement the text titles ("the Joint Statement of the Leaders", "a Joint Statement on Food"): a kind-only
# mention may be that one, which the titled readers name
_TITLED_STATEMENT = re.compile(
    r"\b(?:[A-Z][\w'’-]*\s+){1,4}(?-i:Statement)\b|\b(?-i:Statement)\s+(?:of|on|by)\s+"
)


def own_statement(ctx: Context) -> list[Candidate]:
    """The meeting's own joint (ministerial, political, final) statement named by no title ("the ministers
    adopted a joint statement"): titled by the text's words for its kind ("Joint Ministerial Statement"), once
    per text; none when the text titles a statement (the kind-only mention may be that one) or tells no
    meeting."""
    if ctx.meeting is None or _TITLED_STATEMENT.search(" ".join(ctx.doc.text.split())):
        return []
    for passage in ctx.sentences:
        text = passage.norm
        m = _OWN_STATEMENT.search(text)
        if m is None or _NOT_NOW.search(text[: m.end()]) or unreal(text[: m.start()]):
            continue  # "were unable to adopt a joint statement", "a joint statement is expected": not done
        if long_ago(ctx, _no_title_years(text)):
            continue  # "in 2009 the ministers issued a joint statement": another sitting's
        if _ATTITUDE.search(text[max(0, m.start() - 60) : m.start()].rstrip() + " "):
            continue  # "welcomed the joint statement issued by ...": another's act
        if re.search(
            r"\b(?:bilateral|sidelines?|two\s+(?:leaders|presidents|sides|ministers|countries))\b", text, re.I
        ):
            continue  # the statement of two parties met on the side, not the meeting's
        kind = " ".join(w.capitalize() for w in (m.group("kind") or m.group("kind2")).split())
        # titled after those whose act it is, as the golds title such a statement: "the trade ministers adopted a
        # joint statement" -> "Joint Statement of the XYZ trade ministers" (the kind alone when none is named)
        who = list(_AUTHORS_BEFORE.finditer(text[: m.start()] if m.group("kind") else text))
        acronym = ctx.org.upper() if re.fullmatch(r"[a-z]{2,6}", ctx.org) else ""
        title = f"{kind} of the {acronym} {who[-1].group('who').lower()}".replace("  ", " ") if who else kind
        event = _sitting_document(ctx, title, "statement")
        # "... adopted a joint statement, an official said on Tuesday": the telling's day is not the act's
        told = _TOLD_AFTER.search(text, m.end())
        words = text[: told.start()] if told else text
        # "April 29 (Agency) - The presidents, meeting on Monday, adopted ...": the dateline's day is the report's
        dateline = " ".join(ctx.doc.text[passage.start : ctx.anchor.end].split())
        if dateline and words.startswith(dateline):
            words = words[len(dateline) :]
        return [
            ctx.decision(event, "adopted_on", passage.sub(m.start(), m.end()), decided=False, words=words)
        ]
    return _chair_statement(ctx)


# the sitting's chair's statement, the outcome document of many forums (named "Chairman's Statement"): "At the
# close the chairman issued a statement that ...", "the Chair released a statement summing up the talks"; one on a
# subject of its own ("a statement on the attack", "condemning ...") is titled by the documents reader
_CHAIR_STATEMENT = re.compile(
    r"\b(?:the\s+)?(?P<who>chair(?:man|person|woman)?)\s+(?:(?:also|then|later)\s+)?(?:issued|released|read\s+out|delivered)\s+"
    r"(?:a|his|her|the)\s+statement\b(?!\s+(?:on|about|condemning|regarding|concerning|against|in\s+support)\b)",
    re.I,
)


# what makes the chair's statement the sitting's outcome: told at its close, or summing it up
_AT_THE_CLOSE = re.compile(
    r"\b(?:at|by|after)\s+the\s+(?:close|end|conclusion)\b|\b(?:closing|concluding|summing\s+up|summari[sz]ing)\b",
    re.I,
)


def _sitting_document(ctx: Context, title: str, kind: str) -> dict[str, Any]:
    """The DocumentAdopted event of a document of the sitting the text tells, titled ``title`` (its slug carries the
    sitting's year)."""
    assert ctx.meeting is not None
    return {
        "type": "DocumentAdopted",
        "document": f"{slug(title)[:74].strip('-')}-{ctx.meeting.last_day[:4]}",
        "title": title,
        "kind": kind,
    }


def _chair_statement(ctx: Context) -> list[Candidate]:
    """The chair's statement of the sitting the text reports (``_CHAIR_STATEMENT``), titled after the sitting's body,
    once per text; none when the text tells no meeting or the statement is not done."""
    if ctx.meeting is None:
        return []
    for passage in ctx.sentences:
        text = passage.norm
        m = _CHAIR_STATEMENT.search(text)
        if m is None or _NOT_NOW.search(text[: m.end()]) or unreal(text[: m.start()]):
            continue
        if not _AT_THE_CLOSE.search(text):
            continue  # "the chair issued a statement": a statement of the chair's own, not told as the sitting's
        if long_ago(ctx, _no_title_years(text)):
            continue
        who = "Chairman" if m.group("who").lower() in ("chair", "chairman") else m.group("who").capitalize()
        title = f"{who}'s Statement of the {_body_name(ctx, ctx.meeting.body)}"
        event = _sitting_document(ctx, title, "statement")
        return [ctx.decision(event, "adopted_on", passage.sub(m.start(), m.end()), decided=False, words=text)]
    return []


# ("the summit's final document": the outcome a movement's summit adopts under that name)
# ("Following the meeting, the heads of the agencies signed a protocol": the sitting's own record, signed)
_OWN_KIND = (
    r"(?P<kind>communiqu[eé]|declaration|document(?<=final\sdocument)|protocol(?<=signed\sa\sprotocol))"
)
# "issuing a communique setting out ...", "and a summit communique", "In their declaration the leaders ...",
# "In the communique issued after the meeting"
_OWN_DOCUMENT = re.compile(
    r"\b(?P<verb>issu(?:ed|ing|e)|adopt(?:ed|ing|s)?|adoption\s+of|sign(?:ed|ing)?|releas(?:ed|ing)|approv(?:ed|ing|es?)|endors(?:ed|ing|es?)|read\s+out|pass(?:ed|ing)|put\s+(?:their|its)\s+signatures?\s+(?:to|on))\b"
    rf"(?P<objs>[^.;]*?)\b(?:an?|the|their|its|the\s+(?:summit|meeting|session|conference)['’]s)\s+(?:(?P<final>final|closing|summit)\s+)?{_OWN_KIND}\b(?!,?\s+(?:entitled|titled|called)\b)"
    # not a declaration with a complement of its own ("a declaration in support of ..."), but "a final
    # communique on its deliberations" is the meeting's own
    r"(?!\s+(?:of|on|in|for|to|amending|establishing|concerning|regarding|marking|against|calling|supporting|condemning|urging)\s+(?!(?:its|their)\b))"
    rf"|^(?:In|Under)\s+(?:the|their|its)\s+(?:(?P<final2>final|closing|summit)\s+)?(?P<kind2>communiqu[eé]|declaration)\b(?!\s+(?:of|on)\s+(?:the\s+)?(?-i:[A-Z]))"
    # the passive, the document first: "A declaration setting out ... was adopted by the heads ... at their 17th
    # summit", "The final communique was issued after the talks" (one with a complement of its own is titled)
    r"|^(?:An?|The|Their|Its)\s+(?:(?P<final3>final|closing|summit)\s+)?(?P<kind3>communiqu[eé]|declaration)\b"
    r"(?!\s+(?:of|on|in|for|to|amending|establishing|concerning|regarding|marking|against|calling|supporting|condemning|urging)\s)"
    r"[^.;]{0,200}?\b(?:was|were|has\s+been|had\s+been)\s+(?:unanimously\s+|also\s+)?(?P<verb3>adopted|issued|approved|released|endorsed)\b"
    # the act in a relative clause after the document: "the final communique the heads of state issued", "the
    # declaration that the ministers adopted"
    r"|\b(?:the|a)\s+(?:(?P<final4>final|closing|summit)\s+)?(?P<kind4>communiqu[eé]|declaration)\s+(?:that\s+|which\s+)?"
    r"(?:the|their)\s+(?:[\w'’-]+\s+){0,2}?(?:leaders|ministers|heads\s+of\s+(?:state|government)|presidents|delegates|summit|meeting)\s+"
    r"(?:(?:had|have|has)\s+)?(?P<verb4>released|issued|adopted|approved|signed|endorsed)\b"
    # the sitting's final document told by what it says: "The final communique asked the board to ...", "The
    # closing declaration called for ..." (only with "final", "closing" or "summit": a communique of the sitting)
    r"|^(?:The|Their|Its)\s+(?P<final5>final|closing|summit)\s+(?P<kind5>communiqu[eé]|declaration)\s+"
    r"(?P<verb5>asked|called|urged|stressed|welcomed|expressed|reaffirmed|noted|said|stated|condemned|pledged)\b",
    re.I,
)
_MEETING_NAME = re.compile(
    r"\b(?:(?P<ord>\d+(?:st|nd|rd|th))\s+(?:ordinary\s+|regular\s+|annual\s+)?)?(?:(?-i:(?P<acr>[A-Z]{2,6}))\s+)?"
    r"(?P<what>summit|leaders['’]?\s+meeting|(?-i:Council\s+of\s+Ministers)(?:\s+meeting)?|meeting\s+of\s+the\s+(?-i:Council\s+of\s+Ministers))\b",
    re.I,
)
_CONTENT_VERB = re.compile(
    r"\s+(?:records|says|states|reaffirms|commits|calls|notes|stresses|welcomes|expresses|reiterates|underlines|sets\s+out|contains|outlines|declares|celebrates|affirms"
    # the report's past: "The Nouakchott Declaration emphasised ..."
    r"|emphasi[sz](?:es|ed)|stressed|called|urged|noted|welcomed|expressed|reaffirmed|reiterated|underlined|affirmed"
    r"|condemned|pledged)\b"
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
    acronym = _org_word(ctx)
    ordinal = f"{m.group('ord')} " if m.group("ord") else ""
    if name.startswith("Meeting"):
        return f"{ordinal}{acronym} {name}"
    return f"{ordinal}{acronym} {name}"


def _body_name(ctx: Context, body: str) -> str:
    """A body's name from its slug, for a title after the sitting ("collective-security-council" ->
    "Collective Security Council"; a sitting with no name of its own, "summit", is the organization's)."""
    words = " ".join(w.capitalize() if w not in ("of", "and", "the", "for") else w for w in body.split("-"))
    if body in ("summit", "meeting", "session", "leaders-meeting", "conference"):
        return f"{_org_word(ctx)} {words}"
    return words


def _org_word(ctx: Context) -> str:
    """The organization named in a title made after its sitting: its initials ("SAARC"), or the words of a slug
    that is a name ("arab-league" -> "Arab League", not "ARAB LEAGUE")."""
    if "-" in ctx.org and all(len(w) > 3 for w in ctx.org.split("-")):
        return " ".join(w.capitalize() for w in ctx.org.split("-"))
    return ctx.org.upper().replace("-", " ")


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
        kind_word = (_told(own, "kind") or "").lower()
        if kind_word == "document" and re.search(r",\s*(?:the|its|their)\s+final\s+document", own.group()):
            continue  # "approved the Ufa Declaration, the final document of their summit": the title's apposition
        if kind_word.startswith("communiq") and own.start() < cited_communique(text):
            continue  # "In the communique released at the end of the session, the leaders ...": cited
        final = _told(own, "final") or ""
        acted = _told(own, "verb") is not None
        named = _own_title(ctx, text, kind_word, final, acted)
        if named is not None:
            out.append(_own(ctx, passage, own.start(), own.end(), named))
    return _unique(out + _closed_with(ctx))


def _told(m: re.Match[str], name: str) -> str | None:
    """The group ``name`` of whichever alternative of ``_OWN_DOCUMENT`` matched ("kind", "kind2", ... "kind5": a
    pattern's alternatives cannot share a group's name)."""
    return next((v for k, v in m.groupdict().items() if v and re.fullmatch(rf"{name}\d?", k)), None)


def _own_title(ctx: Context, text: str, kind_word: str, final: str, acted: bool) -> str | None:
    """The title of the meeting's own declaration or communique: the one of its kind the text names, else
    after the meeting ("Final communique of the 14th SAARC Summit"); none when the text names several of
    the kind (which one is not told) or, with no act told, when nothing names the meeting."""
    kind = "communique" if kind_word.startswith("communiq") else kind_word
    if kind == "protocol":
        return "Protocol of the meeting"  # the sitting's record its members signed (its minutes), untitled
    titled = _titled(ctx, kind) if kind != "document" else []
    if len(titled) == 1:
        return titled[0]  # "approved the declaration", "In the declaration": the one the text names
    if titled:
        return None  # which of the declarations the text names: not told
    meeting = _meeting_name(ctx, text)
    is_final = final.lower() in ("final", "closing")
    if meeting is None and ctx.meeting is not None and acted:
        meeting = _body_name(ctx, ctx.meeting.body)  # "adopted a communique": the reported sitting's
    if meeting is None and not (is_final and acted):  # "According to the final communique": no act
        return None
    # "issued a final communique": the text's own words, after the meeting when it names one
    name = f"Final {kind}" if is_final else kind.capitalize()
    return f"{name} of the {meeting}" if meeting else name


# a sitting that closes with its own document, as pages of many organizations word it: "the summit ended on
# Friday with a joint declaration in which ...", "the meeting concluded here with a communique", "wrapped up
# with the adoption of a final declaration" (the document named by no title of its own); "ended without a
# declaration", "ended with no communique" are none
_CLOSED_WITH = re.compile(
    r"\b(?:end(?:ed|s)?|clos(?:ed|es?)|conclud(?:ed|es?)|wrapp(?:ed|ing)\s+up|wraps\s+up|culminat(?:ed|es?))"
    # "ended their fourth summit in Moroni on Saturday with a final declaration": the sitting ended, named
    r"(?:\s+(?:their|the|its)\s+(?:[\w'’-]+\s+){0,2}(?:summit|meeting|session|talks|conference|sitting))?"
    + CLOSING_ASIDE
    + r"\s+with\s+(?:the\s+(?:adoption|signing|issuing|issuance|release|approval)\s+of\s+)?(?:an?|the|their|its)\s+"
    r"(?:(?P<final>final|closing|joint|summit)\s+)?(?P<kind>communiqu[eé]|declaration)\b"
    r"(?!\s+(?:of\s+(?!(?:the|this|their)\s+(?:meeting|summit|session|talks|conference)\b)|on|in\s+support|for|to|amending"
    r"|establishing|concerning|regarding|marking|against|calling|supporting|condemning|urging)\b)",
    re.I,
)


# the same closing, its document described by what it says ("ended with a declaration calling for a
# ceasefire"): the meeting's own when the text names one document of the kind ("the Baghdad Declaration"),
# else the description titles it (``documents``)
_CLOSED_WITH_DESCRIBED = re.compile(
    _CLOSED_WITH.pattern.split(r"(?!\s+(?:of\s+", 1)[0]
    + r"(?=\s+(?:calling|urging|condemning|supporting|reaffirming|stressing|expressing|welcoming|rejecting|affirming)\b)",
    re.I,
)


_CLOSING = re.compile(r"\b(?:end|clos|conclud|wrap|culminat)", re.I)


def closed_with_own(ctx: Context, text: str, at: int) -> re.Match[str] | None:
    """The closing phrase at ``at`` that names the meeting's own document (``_closed_with`` reads it)."""
    m = _CLOSED_WITH.match(text, at)
    if m is None and ctx.meeting is not None:  # no meeting: no own document, the description titles it
        m = _CLOSED_WITH_DESCRIBED.match(text, at)
        kind = "communique" if m and m.group("kind").lower().startswith("communiq") else "declaration"
        if m is None or len(_titled(ctx, kind)) != 1:
            return None
    return m


def _closed_with(ctx: Context) -> list[Candidate]:
    """The meeting's own document a sitting closed with ("ended on Friday with a joint declaration"): titled
    as the one of its kind the text names, else after the meeting (``_own_title``)."""
    if ctx.meeting is None:
        return []
    out: list[Candidate] = []
    for passage in ctx.sentences:
        text = passage.norm
        m = next(
            (
                closed_with_own(ctx, text, c.start())
                for c in _CLOSING.finditer(text)
                if closed_with_own(ctx, text, c.start())
            ),
            None,
        )
        if m is None or _NOT_NOW.search(text[: m.start()]) or unreal(text[: m.start()]):
            continue  # "the summit is expected to end with a declaration": not yet
        if long_ago(ctx, _no_title_years(text)):
            continue  # "the 2009 summit ended with a declaration": another sitting's
        title = _own_title(ctx, text, m.group("kind").lower(), m.group("final") or "", True)
        if title is not None:
            out.append(_own(ctx, passage, m.start(), m.end(), title))
    return out


def _own(ctx: Context, passage: Passage, start: int, end: int, title: str) -> Candidate:
    kind = "communique" if re.search(r"communiqu", title, re.I) else "declaration"
    doc_slug = slug(title)
    year = ctx.year
    if year and not re.search(r"\b(?:19|20)\d\d\b", title):
        doc_slug = f"{doc_slug[:74].strip('-')}-{year}"
    event = {"type": "DocumentAdopted", "document": doc_slug, "title": title, "kind": kind}
    return ctx.decision(event, "adopted_on", passage.sub(start, end), decided=False, words=passage.norm)


_ORGS_OWN = re.compile(
    r"\b(?P<verb>sign(?:ed|ing)?|adopt(?:ed|ing)?|approv(?:ed|ing))\b[^.;]*?\bthe\s+(?:organi[sz]ation|union|community|alliance|association|bloc|group)['’]s\s+(?P<kind>charter|statute|statutes|constitution|rules\s+of\s+procedure)\b",
    re.I,
)


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
        if re.search(
            r"\b(?:under|pursuant\s+to|in\s+accordance\s+with|by\s+virtue\s+of)\s+(?:the\s+)?(?:Article|Chapter|Rule|Paragraph"
            r"|Section)\s+[\w.()]+\s+of\s+the\s+[\w'’]+\s+$",
            passage.norm[: m.start("kind")],
            re.I,
        ):
            continue  # "adopted ... under Article 8 of the organization's Statute": the act's basis, not its object
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
