"""The body of a sitting is the body of those who sat (sitters29).

A first reading that finds a heads' body (the summit, the council of heads of state, the leaders' meeting) for a
sitting is checked against who the sentence that tells it held says sat:

- the sitting's own words name ministers or officials as its members: "the Ninth Ministerial Meeting of the Xyz
  Initiative was held", "a meeting of Xyz trade ministers opened", "the Senior Officials Committee of the Xyz
  Conference met", "the Council of Permanent Representatives of the Xyz sat in Abc", "the Xyz Ministers of
  Health Summit was held" (a sectoral ministers' meeting the press calls a summit);
- or it names none, and the ranks of those it says chaired and attended it are all ministers or officials:
  "Abc hosted the high-level meeting of the Xyz, chaired by its Foreign Minister ... It was attended
  by the foreign ministers of ..." (no president, no prime minister, no head of state).

Words in a clause of purpose, preparation or time to come ("to prepare the summit", "ahead of the summit",
"which will settle the agenda of the summit") are no evidence either way: the summit they name is to come and
is the next-meeting reader's. Where the sentence names heads as sitting too ("the Council of Heads of State and
the ministers of foreign affairs met"), the first reading stands.
"""

from __future__ import annotations

import re

from igo_timeline.extract.context import Context
from igo_timeline.extract.meeting_body import HEADS_BODY, _foreign_ministers_body, _generic_body
from igo_timeline.extract.meeting_canon import SECTORS, canon_body
from igo_timeline.extract.names import resolve_body

_SECTOR = "|".join(sorted(SECTORS, key=len, reverse=True))

# what is no evidence of who sat: a clause of purpose or preparation, a sitting to come, told to its clause's end
# ("to finalise the documents for Wednesday's summit", "ahead of the leaders' summit", "which will adopt the
# declaration of the summit", "on the eve of the summit")
_NOT_SAT = re.compile(
    r"(?:\b(?:in\s+order\s+)?to\s+(?:prepare|finali[sz]e|draft|settle|agree|set|pave|lay|discuss|review|consider"
    r"|submit|be\s+(?:submitted|put|presented|adopted))\b"
    r"|\b(?:ahead|in\s+advance)\s+of\b|\bprior\s+to\b|\bin\s+(?:the\s+)?run-up\s+to\b|\bon\s+the\s+eve\s+of\b"
    r"|\bthe\s+eve\s+of\b|\bin\s+preparation\s+for\b|\bpreparations?\s+for\b|\bpreparing\s+(?:for\s+)?(?=the|its|their)\b"
    r"|\bfor\s+(?:the\s+)?(?:upcoming|forthcoming|coming|next)\b|\bfor\s+[A-Z]\w+day['’]s\b"
    r"|\b(?:which|that|who)\s+(?:will|is\s+to|are\s+to|would|shall)\b|\bwill\b|\bis\s+(?:due|scheduled|set)\s+to\b)"
    r"[^,;:.]*",
    re.I,
)

# heads as those who sat: their ranks, their body's words, the summit itself
_HEADS = re.compile(
    r"\b(?:presidents?|prime\s+ministers?|premiers?|vice[\s-]+presidents?|heads?\s+of\s+(?:the\s+)?(?:state|government)s?"
    r"|leaders['’]?|kings?|emirs?|sultans?|monarchs?|chancellors?|crown\s+princes?|summits?|summitry)\b",
    re.I,
)

# who sat, by the words of the sitting: ministers (of a sector), the ministerial level, officials
_PEOPLE = (
    rf"(?:(?:{_SECTOR})(?:\s+(?:and|&)\s+(?:{_SECTOR}))?\s+)?ministers['’]?"
    rf"(?:\s+(?:of|for|responsible\s+for|in\s+charge\s+of)\s+(?:the\s+)?(?:{_SECTOR})(?:\s+affairs)?)?"
    r"|senior\s+(?:economic\s+)?officials['’]?|high-(?:ranking|level)\s+officials['’]?"
    r"|permanent\s+(?:plenipotentiary\s+)?representatives['’]?|national\s+coordinators['’]?|sherpas['’]?"
    r"|deputy\s+(?:foreign\s+)?ministers['’]?|vice-ministers['’]?"
)
_SITTING = r"meeting|session|sitting|conference|council|committee|summit|forum|retreat|gathering|talks"

# "the 19th Ministerial Meeting", "the Senior Officials Committee", "the Xyz Ministers of Agriculture Summit"
_PEOPLE_BEFORE = re.compile(
    rf"\b(?P<people>ministerial|{_PEOPLE})\s+(?:(?:(?-i:[A-Z])[\w’'-]*|regular|annual|informal|special)\s+)?"
    rf"(?P<head>{_SITTING})\b",
    re.I,
)
# "the meeting of Xyz foreign ministers", "the Council of Permanent Plenipotentiary Representatives of the Xyz",
# "a session of the ministers responsible for trade"
_PEOPLE_AFTER = re.compile(
    # ("the 10th meeting of the Xyz Council member countries' economy ministers": whose ministers between)
    rf"\b(?P<head>{_SITTING})\s+of\s+(?:the\s+)?(?:(?-i:[A-Z])[\w’'-]*\s+){{0,6}}?"
    rf"(?:member\s+(?:states|countries|nations)['’]?\s+)?(?P<people>{_PEOPLE})",
    re.I,
)

# ministers or officials as the subject of the verb that tells the sitting held: "Foreign ministers of the Xyz
# met in Abc", "The Xyz senior officials are meeting today", "Trade ministers from the member states gathered"
_PEOPLE_MET = re.compile(
    # a dateline ("LIMA, 3 May --") and a phrase of time or place ("On Thursday, ") before the subject
    rf"^(?:[^;]{{0,60}}?(?:--|—|–|\s-)\s+)?(?:[^,;]{{0,60}},\s+){{0,2}}(?:(?:the|its|their)\s+)?(?:(?-i:[A-Z])[\w’'.-]*\s+){{0,5}}?(?P<people>{_PEOPLE})"
    # ("Ministers and senior representatives of the member states ... held": the ministers with their stand-ins)
    r"(?:\s+and\s+(?:other\s+|senior\s+|high-level\s+)?(?:officials|representatives|delegates|heads\s+of\s+delegations?))?"
    r"(?:\s+(?:of|from)\s+[^,;]{0,100}?)?\s+(?:(?:are|were|have|had)\s+)?"
    r"(?P<verb>met|meet|meeting|gathered|gathering|convened|convening|held|holding|opened|sat)\b",
    re.I,
)


# the ranks of those who chaired and attended it: "chaired by Abc's Foreign Minister", "under the
# chairmanship of the Minister X", "attended by the foreign ministers of A and B"
_CHAIRED = re.compile(
    r"\b(?:chaired|presided\s+(?:over\s+)?)\s+by|\bunder\s+the\s+(?:chairmanship|chairpersonship|presidency)\s+of",
    re.I,
)
_MINISTER_RANK = re.compile(
    rf"[\s,]*(?:the\s+|[A-Z]\w+['’]s\s+)?(?:(?:first\s+)?deputy\s+|vice-)?(?:(?:{_SECTOR})\s+)?ministers?\b"
    rf"(?:\s+(?:of|for)\s+(?:the\s+)?(?P<sector>{_SECTOR}))?",
    re.I,
)
_ATTENDED_MINISTERS = re.compile(
    rf"\b(?:attended|joined)\s+by\s+(?:the\s+)?(?:(?P<before>{_SECTOR})\s+)?ministers\b"
    rf"(?:\s+(?:of|for)\s+(?:the\s+)?(?P<after>{_SECTOR}))?",
    re.I,
)
# "responsible for external economic and trade ties": the words after, where the sector is read
_RESPONSIBLE = re.compile(
    r"\b(?:responsible\s+for|in\s+charge\s+of)\s+(?P<run>(?:[\w-]+\s+){0,7}[\w-]+)", re.I
)


def _blanked(text: str) -> str:
    """The text with what tells no sitter blanked, offsets kept."""
    return _NOT_SAT.sub(lambda m: " " * len(m.group()), text)


def _sector_of(people: str, after: str) -> str | None:
    """The sector of the ministers the words name ("trade ministers", "Ministers of Agriculture", "ministers ...
    responsible for foreign trade"): the golds' spelling; "foreign" before another sector qualifies it."""
    words = re.findall(rf"\b(?:{_SECTOR})\b", people, re.I)
    if not words:
        run = _RESPONSIBLE.search(after[:160])
        # the run's last sector ("foreign economic ties and foreign trade": trade), "foreign" qualifying the next
        run_words = run.group("run").split() if run else []
        words = [
            w
            for i, w in enumerate(run_words)
            if w.casefold() in SECTORS
            and not (
                w.casefold() == "foreign"
                and i + 1 < len(run_words)
                and run_words[i + 1].casefold() in SECTORS
            )
        ][-1:]
    sectors = {SECTORS[w.casefold()] for w in words}
    return sectors.pop() if len(sectors) == 1 else None


def _ministers_body(ctx: Context, sector: str | None, ministerial: bool) -> str:
    """The body of the organization's ministers of that sector (its foreign ministers' council), else its
    ministerial meeting or council of ministers as the table names them."""
    if sector == "foreign":
        # the organization's foreign ministers' body; where its table names none, its council of ministers
        # (the SADC's, the ECO's foreign ministers sit as it)
        council = resolve_body("Council of Ministers", ctx.bodies, ctx.org) or resolve_body(
            "Ministerial Council", ctx.bodies, ctx.org
        )
        return _foreign_ministers_body(ctx, council)
    if sector is not None:
        return canon_body(f"{sector}-ministers-meeting", ctx) or f"{sector}-ministers-meeting"
    for name in ("Ministerial Meeting", "Council of Ministers", "Ministerial Council"):
        slug = resolve_body(name, ctx.bodies, ctx.org)
        if slug:
            return slug
    return "ministerial-meeting" if ministerial else "council-of-ministers"


def _prime(text: str, m: re.Match[str]) -> bool:
    """Whether the ministers a match names are prime ministers ("Prime" in the people's words or right before
    them): heads of government."""
    return bool(
        re.match(r"(?i)prime\s", m.group("people"))
        or re.search(r"(?i)\bprime\s+$", text[: m.start("people")])
    )


def _named_sitting(ctx: Context, text: str, clean: str) -> str | None:
    """The body of a sitting whose words name ministers or officials as its members."""
    for m in [*_PEOPLE_BEFORE.finditer(clean), *_PEOPLE_AFTER.finditer(clean)]:
        people = " ".join(m.group("people").split())
        head = m.group("head").casefold()
        phrase = text[m.start() : m.end()]
        if _prime(text, m):
            continue  # "a summit of Prime Ministers of ...": heads of government, no ministers' sitting
        if re.match(r"(?i)ministerial|ministers|(?:[a-z]+\s+)+ministers", people) and not re.match(
            r"(?i)deputy|vice", people
        ):
            sector = _sector_of(people, text[m.end() :])
            named = resolve_body(phrase, ctx.bodies, ctx.org) if head in ("council", "committee") else None
            if named and not HEADS_BODY.search(named):
                return named
            return _ministers_body(ctx, sector, people.casefold() == "ministerial")
        # officials, representatives, coordinators, sherpas: their body by its name
        named = resolve_body(phrase, ctx.bodies, ctx.org) or _generic_body(phrase, ctx)
        if named and not HEADS_BODY.search(named):
            return canon_body(named, ctx) or named
    met = _PEOPLE_MET.match(clean)
    if met is not None and re.search(r"(?i)\bministers\b", met.group("people")) and not _prime(text, met):
        if re.match(r"(?i)deputy|vice", met.group("people")):
            return None
        return _ministers_body(ctx, _sector_of(met.group("people"), text[met.end() :]), False)
    return None


def _ranked_sitting(ctx: Context, clean: str, following: str) -> str | None:
    """The body of a sitting told without its members' name, by the ranks of those the sentence and the next
    say chaired and attended it: a minister in the chair, ministers attending, no head's rank."""
    chaired = _CHAIRED.search(clean)
    if chaired is None:
        return None
    chair = _MINISTER_RANK.match(clean, chaired.end())
    if chair is None:
        return None
    attended = _ATTENDED_MINISTERS.search(following) or _ATTENDED_MINISTERS.search(clean)
    if attended is None or _HEADS.search(_blanked(following)):
        return None
    sector = chair.group("sector") or attended.group("before") or attended.group("after")
    if sector and SECTORS.get(sector.casefold()) != "foreign" and not re.search(r"\bforeign\b", clean, re.I):
        return _ministers_body(ctx, SECTORS.get(sector.casefold()), False)
    if sector is None:
        return None
    return _ministers_body(ctx, "foreign", False)


def _own_names_head(ctx: Context, body: str) -> bool:
    """Whether a body read is only the head noun of the organization's own name ("council" of the "Council of
    the Baltic Sea States (CBSS)", "forum" of the "Xyz Forum"): no organ, the sitting is its members'."""
    from igo_timeline.extract.meeting_ownname import _defined_names
    from igo_timeline.extract.names import org_names

    if "-" in body:
        return False
    names = {n.casefold() for n in org_names(ctx.org)} | set(_defined_names(ctx))
    return any(
        len(n.split()) > 1
        and (n.split()[0] == body or n.split()[-1] == body)
        and not resolve_body(body, ctx.bodies, ctx.org)
        for n in names
    )


def sitters_body(ctx: Context, text: str, body: str, following: str = "") -> str | None:
    """The body of those who sat, where the first reading found a heads' body (``body``) for the sitting the
    sentence ``text`` tells held and the evidence says ministers or officials sat; None to keep ``body``.
    ``following`` is the next sentence (the sitting's attendance often comes there)."""
    if not HEADS_BODY.search(body) and not _own_names_head(ctx, body):
        return None
    text = re.sub(
        r"(?<=\d(?:st|nd|rd|th))(?=[A-Z])", " ", text
    )  # "the 19thMinisterial Meeting": a glued ordinal
    clean = _blanked(text)
    named = _named_sitting(ctx, text, clean)
    # heads' ranks or the summit itself in what is left, once the ministers' sitting's own words are out
    left = _PEOPLE_BEFORE.sub(lambda m: " " * len(m.group()), clean)
    left = _PEOPLE_AFTER.sub(lambda m: " " * len(m.group()), left)
    if _HEADS.search(left):
        return None
    if named is not None:
        return named
    return _ranked_sitting(ctx, clean, following)
