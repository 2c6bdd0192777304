"""How a text names the organization itself: its abbreviations, the words of its full name, the
short names it defines ("the Shanghai Cooperation Organisation (SCO)").

Split out of meeting.py (a pure move): the body finder and sittings.py ask these to tell the
organization's own body from another's; each reading is cached per text.
"""

from __future__ import annotations

import re
from functools import lru_cache

from igo_timeline.events.parties import party_name as state_name
from igo_timeline.extract.context import Context
from igo_timeline.extract.names import spells_slug


def _names_own_org(phrase: str, ctx: Context) -> bool:
    """Whether a phrase names the organization itself: its abbreviation or the words of its name in full."""
    words = set(re.findall(r"[A-Z][\w'’-]*", phrase))
    if any(a in words for a in _abbreviations(ctx)) or spells_slug(phrase, ctx.org):
        return True
    if "-" in ctx.org and re.search(
        rf"(?:^|-){re.escape(ctx.org)}$", re.sub(r"[^a-z0-9]+", "-", phrase.casefold()).strip("-")
    ):
        return True  # "the Pacific Alliance" for pacific-alliance: a slug made of the name's words
    spelled = _spelled_name_words(ctx)
    own = {w.casefold() for w in words} - {"council", "the"}
    return bool(own) and own <= spelled


def _own_words(ctx: Context, bracketed: bool = True) -> set[str]:
    """The words of the organization's own name and its abbreviation ("Eurasian", "Economic", "EAEU"); with
    ``bracketed``, those of the name the text gives before its abbreviation in brackets too."""
    name = state_name(ctx.org)
    words = {ctx.org.upper(), ctx.org.capitalize()}  # "GCC"; "Commonwealth", "Mercosur" (named by their slug)
    words |= set(_abbreviations_in("", ctx.org))  # "D-8" for d8
    if name and name != ctx.org:
        words |= {
            w
            for w in re.findall(r"[A-Z][\w'’-]*", name)
            if not re.fullmatch(
                r"Union|Organi[sz]ation|Commonwealth|Association|Community|Conference|Treaty", w
            )
        }
    return words | set(_bracketed_name_words(ctx.doc.text, ctx.org)) if bracketed else words


# the words of a body's name or of those who sit in it: a name the text gives with them is a body's, not the
# organization's ("the Council of Ministers (XYZ)")
_BODY_NAME_WORD = re.compile(
    r"Council|Assembly|Conference|Committee|Commission|Summit|Board|Meeting|Session|Parliament|Court|Authority"
    r"|Secretariat|Ministers?|Heads?|State|Government|Leaders|Presidents?"
)


@lru_cache(maxsize=64)
def _bracketed_name_words(text: str, org: str) -> frozenset[str]:
    """The words of the name the text gives the organization right before its own abbreviation in brackets,
    whatever letters the name's initials are: the abbreviation is often of the name in another language ("the
    Southern Andes Market (MERSUR)", "the Latin Union of Trade (ALUC)"). The name is what follows the last "of
    the" of the run ("the Council of Ministers of the Latin Union of Trade (ALUC)" -> Latin Union of Trade),
    a leading article left out; a name with a body's word is left out ("the Permanent Council (XYZ)")."""
    abbr = re.escape(org.upper())
    out: set[str] = set()
    for m in re.finditer(
        rf"(?P<name>[A-Z][\w'’-]*(?:\s+(?:(?:{_PARTICLE_WORD})\s+)*[A-Z][\w'’-]*)*)\s*\(\s*(?i:{abbr})\s*\)",
        text,
    ):
        name = re.split(r"\bof\s+the\s+", m.group("name"))[-1]
        words = [w for w in name.split() if w.casefold() not in _PARTICLES]
        if len(words) >= 2 and not any(_BODY_NAME_WORD.fullmatch(w) for w in words):
            out |= set(words)
    return frozenset(out)


# the small words of organizations' names, in the genre's languages ("Authority on Development", "Measures in
# Asia", "Comunidade dos Paises de Lingua Portuguesa")
_PARTICLES = frozenset(
    {"of", "the", "and", "for", "de", "la", "le", "les", "du", "des", "del", "da", "dos", "et", "on", "in"}
)
_PARTICLE_WORD = "|".join(sorted(_PARTICLES))


@lru_cache(maxsize=64)
def _spelled_in(text: str, org: str) -> frozenset[str]:
    """The words of the names the text gives the organization in full: a run of words whose initials, the
    particles aside, spell its abbreviation ("Organisation internationale de la Francophonie" for oif)."""
    abbr = org.casefold()
    out: set[str] = set()
    for m in re.finditer(r"(?=\b(?P<run>[A-Z][\w'’-]*(?:[ \t]+\w[\w'’-]*){1,9}))", text):
        words = m.group("run").split()
        for j in range(len(words), 1, -1):
            run = [w for w in words[:j] if w.casefold() not in _PARTICLES]
            if run and "".join(w[0] for w in run).casefold() == abbr and words[j - 1][0].isupper():
                out |= {w.casefold() for w in run}
                break
    return frozenset(out)


@lru_cache(maxsize=64)
def _abbreviations_in(text: str, org: str) -> tuple[str, ...]:
    """The organization's abbreviation, and those the text defines that spell it with a letter left out
    ("IDB" for isdb): the first letters agree and one is the other with letters dropped, in order; or the same
    letters in another order, the name's words told in another order ("LMC" for mlc)."""
    slug = org.upper()
    out = [slug]
    hyphened = re.sub(
        r"(?<=[A-Z])(?=\d)", "-", slug
    )  # "D-8" for d8, "G-77" for g77: the letters and the number
    if hyphened != slug:
        out.append(hyphened)
    for m in re.finditer(r"\(\s*([A-Z]{2,8})\s*[)/]", text):
        a = m.group(1)
        short, long_ = sorted((a, slug), key=len)
        it = iter(long_)
        if a not in out and a[0] == slug[0] and len(long_) - len(short) <= 2 and all(c in it for c in short):
            out.append(a)
        elif a not in out and len(a) >= 3 and sorted(a) == sorted(slug):
            out.append(a)  # its words in another order: "Lancang-Mekong Cooperation (LMC)" for mlc
    return tuple(out)


# a sitting's number or year after the abbreviation in brackets: "the ASEAN Inter-Parliamentary Assembly (AIPA-41)"
# names the organization as "(AIPA)" does
_SITTING_NUMBER = r"[-\s]\d{1,4}"


@lru_cache(maxsize=64)
def _defined_in(text: str, org: str) -> frozenset[str]:
    """The organization's names as the text defines them: "the Caribbean Community (CARICOM)" for caricom."""
    abbr = "|".join(re.escape(a) for a in _abbreviations_in(text, org))
    return frozenset(
        {
            " ".join(words[i:]).casefold()
            for m in re.finditer(
                rf"(?P<name>[A-Z][\w'’-]*(?:\s+(?:(?:{_PARTICLE_WORD})\s+)*[A-Z][\w'’-]*)*)\s*\(\s*(?:{abbr})(?:\s*/\s*[A-Z]{{2,8}}|{_SITTING_NUMBER})?\s*\)",
                text,
            )
            for words in [m.group("name").split()]
            for i in range(len(words))
            if words[i][0].isupper()
        }
    )


def _spelled_name_words(ctx: Context) -> frozenset[str]:
    return _spelled_in(ctx.doc.text, ctx.org)


def _abbreviations(ctx: Context) -> tuple[str, ...]:
    return _abbreviations_in(ctx.doc.text, ctx.org)


def _defined_names(ctx: Context) -> frozenset[str]:
    return _defined_in(ctx.doc.text, ctx.org)


def defined_name_dropped(phrase: str, ctx: Context) -> str:
    """ "The Committee of Senior Officials of the Conference on Interaction and ... in Asia (CICA) met": the
    organization's name as the text defines it, after "of the" and with its brackets, is no part of a body's
    name, and ends it: what follows it is the sentence's ("... (ASEAN) formally got under way"). Cut there
    before the phrase is cut at its first "on" or "in", which would leave half the name in the body's. (A
    defined name may have run back into the body's words, "Senior Officials of the Conference ...", or be
    a tail of the name, "West African States": neither follows "of the".)"""
    best = None
    for name in _defined_names(ctx):
        if len(name.split()) < 2:
            continue
        for m in re.finditer(rf"\s+of\s+the\s+{re.escape(name)}\b(?:\s*\([^)]*\))?", phrase, re.I):
            if m.start() > 0 and (best is None or m.start() > best.start()):
                best = m
    return phrase if best is None else phrase[: best.start()]
