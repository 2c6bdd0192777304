"""One document's event from a phrase, and the reasons a phrase names no document of the meeting.

Apart from the readers because every telling (an object, a list item, a
passive, a relative) ends in the same step: a title and a kind from the
phrase, then the vetoes (untitled or a group, another organization's, a
decision on a party, a document of another day, an agreement still to be
signed), then a DocumentAdopted or AgreementSigned event. ``_unique`` keeps
one candidate per document.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from igo_timeline.extract.context import Context
from igo_timeline.extract.dates import find_dates, years_interval
from igo_timeline.extract.doctitles import _DESCRIBED, _KIND, NEXT_ACT, _title, slug
from igo_timeline.extract.names import ROMAN_ORDINAL, find_parties, is_state, lookup_party
from igo_timeline.extract.records import Candidate
from igo_timeline.extract.text import Passage

# a communique titled by its authors, as councils of ministers title theirs: "a joint communique of the defence
# ministers", "the communique of the heads of government"
_AUTHORS = re.compile(
    r"(?:joint\s+)?communiqu[eé]\s+of\s+the\s+(?:[\w-]+\s+){0,3}?(?:ministers|leaders|heads\s+of\s+(?:state|government)"
    r"|presidents|prime\s+ministers)\b(?!\s+of\s+(?!the\s+member\b))"
)


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


# the article of an instrument an act was done under: what follows is its legal basis
_LEGAL_BASIS = re.compile(
    r"\b(?:under|pursuant\s+to|in\s+accordance\s+with|in\s+line\s+with|by\s+virtue\s+of)\s+(?:the\s+)?(?:Article|Chapter|Rule"
    r"|Paragraph|Section|Clause|Art\.)\s+[\w.()]+(?:\s+(?:and|or)\s+[\w.()]+)?\s+of\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:[\w'’-]+['’]s\s+)?$",
    re.I,
)


def _document(
    ctx: Context,
    passage: Passage,
    start: int,
    end: int,
    quote_start: int,
    verb: str,
    phrase: str | None = None,
    named: str | None = None,
) -> Candidate | None:
    """The document a phrase names (``phrase``, else the passage's words from ``start`` to ``end``); its title
    ``named`` where the text gives the name as written apart from its kind ("the decisions On X": "On X")."""
    told_plural = phrase is None
    if _LEGAL_BASIS.search(passage.norm[max(0, start - 60) : start]):
        return None  # "adopted ... under Article 8 of the organization's Statute": the act's basis, not its object
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
    if (
        re.match(r"(?:joint\s+)?communiqu[eé]\b(?!\s+(?:of|on)\s+(?:the\s+)?[A-Z])", raw)
        and not re.search(r"[A-Z]", raw)
        and not _AUTHORS.match(raw)
    ):
        return (
            None  # "a joint communique on the results of the meeting": named by no title (see ``untitled``)
        )
    if re.match(
        r"(?:joint\s+)?statement\b(?!\s+(?:of|on|by|marking|regarding|concerning|in\s+support\s+of)\s)",
        raw,
    ) and not re.search(r"[A-Z]", raw):
        return None  # "a joint communique setting out the results": named by no title (see ``untitled``)
    if re.match(
        r"(?:[Oo]rder\s+of\s+business|(?:[Pp]rovisional\s+|[Dd]raft\s+)?agenda(?!\s+\d)|[Pp]rogramme\s+of\s+work)\b",
        raw,
    ):
        return None  # "the order of business and the agenda had been approved": the sitting's procedure, no document
    title, kind, revised = _title(phrase)
    if kind == "terms-of-reference" and re.match(r"terms\s+of\s+reference\b", raw):
        return (
            None  # "the terms of reference of the grouping's new body": described, the title is capitalised
        )
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
    if re.search(r"\b(?:it|them)\b", title) and not re.search(r"[\"“”]", title):
        return None  # "a plan of main activities to put it into practice": a document told by another's, no title
    if _between_states(title):
        return None  # "a peace agreement between A and B": the two states' own, not the organization's
    if re.match(r"(?:Bilateral|Trilateral)\b", title):
        return None  # "a bilateral agreement on border posts": the parties' own, not the organization's
    # (a possessive deep in a title's own words is kept: "... and the Programme of Priority Actions for its
    # Implementation" in title case, "... and limiting their damage" after a gerund)
    possessive = re.match(r"(?:\S+\s+){0,4}(?:its|their|his|her)\b", title) or re.search(
        r"(?<!ing\s)\b(?:its|their|his|her)\b(?!\s+[A-Z])", title
    )
    if possessive and not re.search(r"\b(?:19|20)\d\d\b", title):
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
        r"(?:communiqu[eé]|declaration|statement|decision)s?\s+of\s+(?:the\s+)?(?P<o>[A-Z].*)", title, re.I
    )
    if other and (
        any(not is_state(p.value) and p.value != ctx.org for p in find_parties(title, exclude=[ctx.org]))
        or _another_org(ctx, other.group("o"))
        or _another_abbreviation(ctx, other.group("o"))
    ):
        return None  # "endorsed the final communique of the Economic Community of West African States": another's
    if kind == "report" and not re.search(r"\b(?:delivered|presented|submitted|made)\s+by\b", title):
        # a report adopted is a body's account told, not a document of the organization; the chronicle records
        # only the reports of its organs heard and approved at the meeting ("delivered by the Secretary-General")
        return None
    entitled = re.match(rf"(?:[\w-]+\s+){{0,2}}?(?:{_KIND})\s+(?:entitled|titled)\s", raw, re.I) is not None
    if (
        kind == "statement"
        and not entitled
        and not re.search(
            r"^(?:Joint\s+)?(?i:statements?)\s+(?:of|by|on|marking|commemorating|regarding|concerning|in\s+support\s+of|against|to)\s"
            r"|^Address\s+(?:marking|on|to|regarding|of\s.*\s(?:to|on)\s)|^Appeal\s+(?:by|of)\s.*\s(?:on|to|for)\s|[A-Z][\w'’]*\s+(?:[A-Z][\w'’-]*\s+){0,3}(?:Statement|Initiative|Appeal)\b",
            title,
        )
    ):
        # a statement the meeting adopted is its document when it has a title: a subject ("a statement on
        # the anniversary of ..."), its authors ("Joint Statement by the members of ..."), or a name ("ASEAN
        # Leaders' Statement on ..."); an untitled one is told, not named (see ``untitled``)
        return None
    if re.match(
        r"(?:Decisions?|Resolutions?)\s+(?:on|to|granting|admitting|appointing|starting|launching)\s+(?:the\s+)?",
        title,
    ) and (
        (
            any(
                is_state(p.value)
                and not _partner(title, p.start)
                and not _own_abbreviation(ctx, title[p.start : p.end])
                for p in find_parties(title)
            )
            # a state named in a resolution on a matter of its own ("Resolution on Support for the Integration
            # of X in the Union", "Resolution on the Situation in X") is a document; on its standing, an event
            # (a decision on a situation stays unread: "endorses the decisions on the situation in X adopted by
            # another organization's summit")
            and not (
                title.startswith("Resolution")
                and re.search(
                    r"\b(?:[Ss]upport|[Ss]ituation|[Ss]olidarity|[Cc]ooperation|[Ii]ntegration)\s+(?:for|in|with|of)\b",
                    title,
                )
            )
        )
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
            r"(?:Draft|Decisions?\s+of|Documents?\b|Memoranda\b|Decisions?\s+(?!(?:declaring|naming|designating|establishing|amending)\b)\w+ing\b|Decisions?\s+(?:that|to)\b"
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
    if _dated_elsewhen(ctx, _act_words(passage.norm, end), start):
        return None  # "A road map was adopted on 12 September", "signed the treaty ... on May 29": another day's act
    if named:
        title = named
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
        return ctx.decision(event, "signed_on", quote, decided=False, words=_act_words(passage.norm, end))
    return ctx.decision(event, "adopted_on", quote, decided=False, words=_act_words(passage.norm, end))


# the next act's clause (``doctitles.NEXT_ACT``): its day is the next session's, not the adoption's
_NEXT_ACT = re.compile(NEXT_ACT)


def _act_words(text: str, end: int) -> str:
    """The words that may date a document's act: the sentence with a document's own day blanked
    (``_own_dates_blanked``) and the clause of another act after the document blanked (``_NEXT_ACT``)."""
    words = _own_dates_blanked(text)
    nxt = _NEXT_ACT.search(words, end)
    return words[: nxt.start()] + " " * (len(words) - nxt.start()) if nxt else words


def _own_dates_blanked(text: str) -> str:
    """The words with the days that name a document blanked ("the free trade zone agreement of October 18,
    2011", "the Charter dated 7 June 2002"): a document's own day is not the day of the act told."""
    out = text
    for d in find_dates(text):
        if re.search(rf"\b(?:{_KIND})s?\s+(?:of|dated)\s+$", text[max(0, d.start - 60) : d.start], re.I):
            out = out[: d.start] + " " * (d.end - d.start) + out[d.end :]
    return out


def _between_states(title: str) -> bool:
    """Whether a title names its parties as two states ("Agreement between Ruritania and Borduria on ...", "Joint
    communique of the leaders of A and B"): the states' own document, however the text tells its signing."""
    m = re.search(
        r"\b(?:between|of\s+the\s+(?:leaders|presidents|heads\s+of\s+(?:state|government)|(?:foreign\s+)?ministers)\s+of)"
        r"\s+(?P<p>[^,;]{2,80}?\s+and\s+[^,;]{2,60}?)(?=\s+(?:on|in|for|after|concerning|regarding|to)\b|[,;]|$)",
        title,
    )
    if m is None:
        return False
    states = {p.value for p in find_parties(m.group("p")) if is_state(p.value)}
    return len(states) >= 2


def _own_abbreviation(ctx: Context, words: str) -> bool:
    """Whether words are the organization's own abbreviation that also names a state or territory ("GUAM"
    member states, not the island of Guam)."""
    return words.isupper() and words.replace("-", "").casefold() == ctx.org.replace("-", "").casefold()


# a state named as the partner of the organization's trade or cooperation ("a decision on trade and economic
# cooperation between the Union and China", "on a free trade zone with Iran"): the subject is the relation
_PARTNER = re.compile(
    r"\b(?:cooperation|trade|partnership|relations|free\s+trade\s+(?:zone|area|agreement)|dialogue|agreement)\b"
    r"[^,;]{0,80}?\b(?:between|with)\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,6}?(?:and\s+)?(?:the\s+)?$",
    re.I,
)


def _partner(title: str, at: int) -> bool:
    """Whether the party named at ``at`` in a decision's title is a partner in trade or cooperation, not the
    subject of a decision on its status."""
    return _PARTNER.search(title[max(0, at - 160) : at]) is not None


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


_ORG_NAME = re.compile(
    r"\b(?:[A-Z][\w'’-]*\s+(?:(?:of|for|and|the|on)\s+)*){0,8}(?:Organi[sz]ation|Community|Union|Association|Forum|Alliance|Council|Bank|Conference|Commonwealth|League)"
    r"(?:\s+(?:of|for|on)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:and\s+|of\s+|the\s+)*[A-Z][\w'’-]*){0,6})?(?:\s+-\s+[A-Z]{2,8}|\s+\([A-Z]{2,8}\))?"
)


def _another_abbreviation(ctx: Context, words: str) -> bool:
    """Whether words are an abbreviation that is no state and not the organization's own ("the communique of
    ECOWAS" in a text of the AU): another organization's document."""
    from igo_timeline.extract.clauses import _own_name

    m = re.match(r"(?P<a>[A-Z]{3,8})\b(?![\w'’-])", words)
    if m is None or re.fullmatch(ROMAN_ORDINAL, m.group("a")):
        return False  # "the Final Communique of the XXIV Meeting": a sitting's number in Roman capitals
    abbr, slug = m.group("a").casefold(), ctx.org.replace("-", "").casefold()
    letters = iter(slug)
    if (abbr[0] == slug[:1] and all(ch in letters for ch in abbr)) or _own_name(ctx, m.group("a")):
        return False  # its own, however written ("BRIC" for brics)
    party = lookup_party(abbr)
    return party is None or (party != ctx.org and not is_state(party))


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
