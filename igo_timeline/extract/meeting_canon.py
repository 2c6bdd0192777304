"""The slug canon: one spelling for every body the extractor names that no table names.

A body the store or the body tables (bodies.yaml for the SCO, orgbodies.yaml) name keeps their slug: the
SCO's ``defense-ministers`` is the SCO's. Any other body a text names is spelled as the project's golds
spell the bodies of organizations new to it (tests/heldout*/HELDOUT-README.md), whatever the wording:

- a sectoral ministers' or officials' meeting that is no named council is ``<sector>-ministers-meeting``
  ("the Meeting of the X Ministers of Agriculture", "the agriculture ministers' meeting", "an informal
  meeting of defense ministers" -> agriculture-, defence-ministers-meeting; British "defence", as the golds),
  ``senior-officials-meeting``, ``national-security-advisers-meeting``; a council named by its members'
  office ("Council of Defence Ministers") keeps its name;
- a body's name never holds the sitting's number, kind or year ("plenipotentiary-conference-2022",
  "thirty-ninth-regular-meeting"), a state's adjective ("czech-..."), the organization's own name before it
  ("francophonie-permanent-council" -> permanent-council) or after it ("...-of-the-caribbean-community"),
  nor what a name run on into the next words ("...-the-thirty-ninth-regular-meeting-of-...");
- a venue ("... international conference center", a hall, a palace) is no body: None;
- the people who sit ("prime-ministers", "leaders") are no body: their summit.
"""

from __future__ import annotations

import calendar
import re

from igo_timeline.extract.bodynames import same_word
from igo_timeline.extract.context import Context
from igo_timeline.extract.names import demonyms, org_bodies, org_names, resolve_body, table, table_org

# the sectors ministers' meetings are named by, as the pages of many organizations word them (BRICS, ECO,
# OECD, SADC, G7, NATO, the SCO, the EU): the spelling the golds keep for each
SECTORS = {
    "foreign": "foreign",
    "defence": "defence",
    "defense": "defence",
    "agriculture": "agriculture",
    "agricultural": "agriculture",
    "trade": "trade",
    "commerce": "trade",  # "BRICS commerce ministers": the trade ministers (the Ministers of Commerce and Industry)
    "finance": "finance",
    "financial": "finance",
    "energy": "energy",
    "health": "health",
    "economic": "economic",
    "economy": "economic",
    "education": "education",
    "environment": "environment",
    "environmental": "environment",
    "transport": "transport",
    "transportation": "transport",
    "tourism": "tourism",
    "justice": "justice",
    "interior": "interior",
    "culture": "culture",
    "cultural": "culture",
    "labour": "labour",
    "labor": "labour",
    "water": "water",
    "oil": "oil",
    "petroleum": "petroleum",
    "communications": "communications",
    "science": "science",
    "youth": "youth",
    "sport": "sport",
    "sports": "sport",
    "industry": "industry",
    "security": "security",
    # (the words of a sector's name after its first word: "science, technology and innovation"; the golds join
    # them: science-technology-innovation-ministers-meeting)
    "technology": "technology",
    "innovation": "innovation",
    "telecommunications": "telecommunications",
    "digital": "digital",
    "mining": "mining",
    "fisheries": "fisheries",
    "housing": "housing",
    "employment": "employment",
    "migration": "migration",
}

_SECTOR = "|".join(sorted(SECTORS, key=len, reverse=True))
# "ministers-of-foreign-affairs", "ministers-responsible-for-health", "agriculture-ministers",
# "meeting-of-the-ministers-of-agriculture", "defence-ministers-meeting", "informal-meeting-of-defence-ministers"
_MINISTERS = re.compile(
    rf"^(?:(?:meeting|session|sitting|gathering)-of-)?(?:the-)?"
    rf"(?:ministers-(?:of|for|in-charge-of|responsible-for)-(?:the-)?(?P<after>(?:{_SECTOR})(?:-(?:and-)?(?:{_SECTOR}))*)(?:-affairs)?"
    rf"|(?P<before>(?:{_SECTOR})(?:-(?:and-)?(?:{_SECTOR}))*)(?:-affairs)?-ministers)"
    rf"(?:-(?:meeting|session|sitting|retreat|conference))?$"
)
_OFFICIALS = re.compile(r"^(?:(?:meeting|session)-of-)?(?:the-)?senior-officials(?:-(?:meeting|session))?$")
_ADVISERS = re.compile(
    r"^(?:(?:meeting|session)-of-)?(?:the-)?(?:national-security-advis[eo]rs?"
    r"|high-representatives-(?:responsible-for|for|in-charge-of)-(?:national-)?security(?:-\w+)*)(?:-meeting)?$"
)
# the secretaries of the members' (national) security councils, named either way round
_SECURITY_SECRETARIES = re.compile(
    # ("council-of-the-secretaries-of-the-security-councils": a translation's word for the committee)
    r"^(?:(?:meeting|session)-of-)?(?:the-)?(?:(?:council|committee)-of-(?:the-)?)?(?:(?:national-)?security-councils?-secretaries"
    r"|secretaries-of-(?:the-)?(?:national-)?security-councils?)(?:-meeting)?$"
)
# a term of office, not a body: "the first meeting of Russia's chairship" names whose turn it is, not who sits
_NO_BODY = re.compile(
    r"^(?:the-)?(?:chairship|chairmanship|chairpersonship|presidency|chair|term|agenda|year)$"
)
# those who sit, not a body: their sitting is the summit
_PEOPLE = re.compile(
    r"^(?:the-)?(?:leaders|presidents|heads-of-state(?:-and-government)?|heads-of-government|prime-ministers|premiers)$"
)
_GOVERNMENT_HEADS = re.compile(r"^(?:the-)?(?:heads-of-government|prime-ministers|premiers)$")
# the summit under a longer name: "the Xyz's ninth Presidential Summit Meeting", "the Summit Meeting"
_SUMMIT_NAMED = re.compile(
    r"^(?:presidential-|presidents-|heads-of-state-)?summit-meeting$|^presidential-summit$"
)
# a venue's head noun: "the Abdelatif Rahal International Conference Center" is where, not who
_VENUE = re.compile(
    r"(?:^|-)(?:center|centre|hall|palace|hotel|stadium|arena|auditorium|pavilion|resort|building|complex|expo"
    r"|convention|mansion|residence)(?:-|$)"
)
_MONTHS = {m.casefold() for m in calendar.month_name[1:]}
_ORDINAL_WORD = (
    r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\w+teenth|\w+tieth"
)
_TENS = r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
# the sitting's number and kind, before a sitting's noun or first in the name
_KIND = (
    rf"(?:special|extraordinary|extra-ordinary|ordinary|regular|emergency|annual|informal|formal|plenary|inaugural"
    rf"|biennial|\d+(?:st|nd|rd|th)|{_ORDINAL_WORD}|(?:{_TENS})-(?:{_ORDINAL_WORD})"
    rf"|(?=[ivxlc]{{2}})c{{0,3}}(?:xc|xl|l?x{{0,3}})(?:ix|iv|v?i{{0,3}}))"
)
_SITTING = r"summit|meeting|meetings|session|sitting|conference|congress|assembly|council"


_BODY_WORD = re.compile(
    r"\b(?:council|board|assembly|committee|commission|conference|congress|summit|meeting|session|ministers?"
    r"|governors|heads|leaders|secretariat|authority|parliament|court)\b"
)


def _known(slug: str, ctx: Context) -> bool:
    """Whether the store or a body table names the slug for the organization (then it is theirs as spelled)."""
    if slug in ctx.bodies or slug in org_bodies(ctx.org):
        return True
    return ctx.org == table_org("bodies") and slug in table("bodies")["bodies"]


def _own_words(ctx: Context, bracketed: bool = True) -> set[str]:
    """The organization's own names, word by word, folded: its slug, the body table's names, the names and
    abbreviations the text gives it (``bracketed``: meeting_ownname._own_words)."""
    from igo_timeline.extract.meeting_ownname import _abbreviations, _defined_names, _spelled_name_words
    from igo_timeline.extract.meeting_ownname import _own_words as own_name_words

    words = {ctx.org.casefold(), *ctx.org.split("-")}
    # a name the text defines is the organization's only when no body's or office's word is in it ("the Board
    # of Governors of the Bank (IsDB)" defines the Bank, not its Board)
    # (its initials spell an abbreviation of it, in any order: "International Francophone Organization (OIF)")
    abbreviations = {"".join(sorted(a.casefold())) for a in _abbreviations(ctx)}
    defined = [
        n
        for n in _defined_names(ctx)
        if not _BODY_WORD.search(n)
        and "".join(sorted(w[0] for w in n.split() if w not in ("of", "the", "and", "for", "on", "in")))
        in abbreviations
    ]
    for name in [*org_names(ctx.org), *_abbreviations(ctx), *defined, *own_name_words(ctx, bracketed)]:
        words |= {w for w in re.findall(r"[a-z0-9]+", name.casefold())}
    words |= set(_spelled_name_words(ctx))
    return (
        words
        - {"of", "the", "and", "for", "on", "in", "de", "la", "le", "council", "assembly", "conference"}
        - {"states", "state", "nations", "countries", "member"}
    )


# the words an organization's name joins its own words with ("the Savanna States Union")
_NAME_GLUE = {
    "and",
    "of",
    "the",
    "for",
    "states",
    "nations",
    "countries",
    "union",
    "organization",
    "organisation",
}
_NAME_GLUE |= {"community", "group", "association", "cooperation", "co-operation"}


def _runaway_cut(slug: str) -> str:
    """A name that ran on into the next words ("conference-of-heads-of-government-of-the-caribbean-community-
    the-thirty-ninth-regular-meeting-of-...", a headline in capitals): cut where a "the" follows no "of"."""
    words = slug.split("-")
    for k in range(1, len(words)):
        if words[k] == "the" and words[k - 1] != "of":
            return "-".join(words[:k])
    return slug


def _own_tail_cut(slug: str, own: set[str], names: frozenset[str] = frozenset(), org: str = "") -> str:
    """ "...-of-the-caribbean-community": the organization after "of" is no part of its body's name; nor is
    its full name when a body's word is in it (``names``: "the Committee of Ministers of the Council of
    Xyz" -> committee-of-ministers, "the Plenary of the Abc Assembly" -> plenary), whose words are not all
    the organization's own."""
    for name in sorted(names, key=len, reverse=True):
        m = re.search(rf"(?<=[a-z0-9])-of-(?:the-)?{re.escape(name)}$", slug)
        if m:
            return slug[: m.start()]
    m = re.search(r"-of-(?:the-)?(?P<who>[a-z0-9-]+)$", slug)
    who = set(m.group("who").split("-")) if m else set()
    if m and who & own and who <= own | _NAME_GLUE:
        return slug[: m.start()]
    initials = (
        "".join(w[0] for w in m.group("who").split("-") if w not in ("and", "of", "the", "for")) if m else ""
    )
    if len(initials) >= 3 and re.sub(r"[^a-z]", "", org).startswith(initials):
        # "...-of-the-amazon-cooperation-treaty" for the ACTO: the organization's name short of its last word
        return slug[: m.start()] if m else slug
    return slug


def _own_full_names(ctx: Context) -> frozenset[str]:
    """The slugs of the organization's full names of two words or more: the body table's, those the text
    defines with its abbreviation ("the Council of the Xyz States (CXS)" -> council-of-the-xyz-states)."""
    from igo_timeline.extract.meeting_ownname import _defined_names

    out = set()
    for name in [*org_names(ctx.org), *_defined_names(ctx)]:
        slug = re.sub(r"^the-", "", re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-"))
        if slug.count("-") >= 1:
            out.add(slug)
    return frozenset(out)


def _kinds_cut(slug: str) -> str:
    """The sitting's number, kind and year left out: "plenipotentiary-conference-2022", "2025-annual-meetings",
    "extraordinary-summit", "thirty-ninth-regular-meeting" (a kind word before a sitting's noun or first)."""
    words = [w for w in slug.split("-") if not re.fullmatch(r"(?:19|20)\d\d", w) and w not in _MONTHS]
    slug = "-".join(words)
    for _ in range(4):  # "the-thirty-ninth-regular-...": one kind after another, first in the name
        cut = re.sub(rf"^(?:the-)?{_KIND}-(?=[a-z])", "", slug)
        if cut == slug:
            break
        slug = cut
    return re.sub(rf"(?:^|(?<=-)){_KIND}-(?=(?:{_SITTING})(?:-|$))", "", slug)


def _particle_cut(slug: str) -> str:
    """What a heading says before a body's name is no part of it: "Outcome of Twelfth Session" leaves a particle
    at the front once its words are cut; "Putin Talks to Media After Supreme Council Meeting" tells something
    done after the sitting (no body's name holds "after", "before" or "during")."""
    slug = re.sub(r"^(?:[a-z0-9]+-)*?(?:after|before|during)-(?=[a-z])", "", slug)
    return re.sub(r"^(?:(?:of|the|and|for|on)-)+(?=[a-z])", "", slug)


def _lead_cut(slug: str, own: set[str]) -> str:
    """A state's adjective or the organization's own name before the body's words ("czech-presidency-summit",
    "francophonie-permanent-council", "lmc-leaders-meeting"), when two words of a name are left: one word left
    would be only a head ("collective-security-council" keeps its words)."""
    words = slug.split("-")
    adjectives = {d.casefold() for d in demonyms()}
    k = 0
    while k < len(words) - 1 and (
        words[k] in adjectives or any(same_word(words[k], w) for w in own if not w.isdigit())
    ):  # the name's words as the text inflects them: "Francophonie" for the "Francophone" Organization
        k += 1
    if k and len(words) - k >= 2:
        return "-".join(words[k:])
    return slug


def _sector(m: re.Match[str]) -> str:
    """The sector of a ministers' slug, as the golds spell it ("defense" -> "defence")."""
    words = [SECTORS.get(w, w) for w in (m.group("after") or m.group("before")).split("-")]
    sectors = [w for w in words if w != "and"]
    if "economic" in sectors and len(sectors) == 2:
        # "economic and trade ministers", "economy and finance ministers": the other sector's ministers (the
        # economy a qualifier of trade or finance); "economic" alone stays
        return next(w for w in sectors if w != "economic")
    return "-".join(words)


def _sectoral(slug: str, ctx: Context) -> str | None:
    """ "<sector>-ministers-meeting" for a ministers' meeting no named council holds; the table's or
    store's body of those ministers where it names one."""
    council = re.fullmatch(r"council-of-(?:the-)?(?P<members>ministers-.+)", slug)
    m = _MINISTERS.fullmatch(council.group("members")) if council else None
    if (
        m
    ):  # "Council of Ministers for Foreign Affairs" is the Council of Foreign Ministers (the golds' spelling)
        sector = _sector(m)
        title = " ".join(w.capitalize() for w in sector.split("-"))
        return (
            resolve_body(f"Council of {title} Ministers", ctx.bodies, ctx.org)
            or f"council-of-{sector}-ministers"
        )
    if _SECURITY_SECRETARIES.fullmatch(slug) and slug.startswith(("council-of-", "committee-of-")):
        return (
            resolve_body("Committee of Secretaries of Security Councils", ctx.bodies, ctx.org)
            or resolve_body("Secretaries of Security Councils", ctx.bodies, ctx.org)
            or None
        )
    if slug.startswith(("council-of-", "conference-of-", "committee-of-")):
        return None  # "Council of Defence Ministers": a council named by its members' office keeps its name
    m = _MINISTERS.fullmatch(slug)
    if m:
        sector = _sector(m)
        title = " ".join(w.capitalize() for w in sector.split("-"))
        for name in (f"Council of {title} Ministers", f"{title} Ministers Meeting", f"{title} Ministers"):
            known = resolve_body(name, ctx.bodies, ctx.org)
            if known:
                return known
        return f"{sector}-ministers-meeting"
    if _OFFICIALS.fullmatch(slug):
        return resolve_body("Senior Officials Meeting", ctx.bodies, ctx.org) or "senior-officials-meeting"
    if _ADVISERS.fullmatch(slug):
        return "national-security-advisers-meeting"
    if _SECURITY_SECRETARIES.fullmatch(slug):  # "national security council secretaries": the table's body
        return (
            resolve_body("Secretaries of Security Councils", ctx.bodies, ctx.org)
            or "security-council-secretaries-meeting"
        )
    return None


# the words a body's name is headed by: a slug read from a phrase with none of them ("little-over-two-hours" from
# "a virtual summit of a little over two hours", "eight-arctic" from "a ministerial meeting of the eight Arctic
# states") names no body
_HEAD_WORDS = frozenset(
    {
        "council", "councils", "board", "assembly", "committee", "commission", "conference", "congress", "summit",
        "meeting", "meetings", "session", "forum", "parliament", "court", "authority", "secretariat", "cabinet",
        "ministers", "ministerial", "leaders", "governors", "group", "bureau", "convention", "dialogue",
        "consultations", "retreat", "plenary", "senate", "tribunal", "panel", "executive", "directorate",
        "heads", "presidents", "chiefs", "representatives", "officials", "advisers", "advisors", "secretaries",
        "coordinators", "parties", "members", "partners", "sitting", "gathering", "talks", "body", "organ",
        "general", "politburo", "troika", "presidium", "caucus",
    }
)  # fmt: skip
# those who sit, named with whom they represent: "presidents-of-the-states-parties", "heads-of-state-of-the-members"
_PEOPLE_OF = re.compile(
    r"^(?:the-)?(?:leaders|presidents|heads-of-state(?:-and-government)?|heads-of-government|prime-ministers"
    r"|premiers)-(?:of|from)-(?:the-)?(?:[a-z]+-)*(?:states|countries|members|nations|parties)(?:-[a-z]+)*$"
)


# "foreign-ministers-of-member-nations", "defence-ministers-of-the-member-states": who sits, then whose they are
# (the members, which every body of the organization has): the sitters' own body
_MEMBERS_TAIL = re.compile(
    r"(?<=ministers|officials)-(?:of|from)-(?:the-)?(?:[a-z]+-)?(?:states|countries|nations|members)"
    r"(?:-of-(?:the-)?[a-z-]+)?$"
)


def _members_cut(slug: str) -> str:
    return _MEMBERS_TAIL.sub("", slug)


# slug26: what a headline or a heading runs into a body's name. The verb that tells the sitting's course
# ("council-of-national-coordinators-meeting-ends" from "XYZ Council of National Coordinators Meeting Ends in
# Beijing", "...-summit-kicks-off", "...-session-gets-under-way"): the verb and what follows it are no part of it
_COURSE_VERB = re.compile(
    r"-(?:ends?|ended|opens?|opened|begins?|began|closes?|closed|concludes?|concluded|starts?|started|kicks?"
    r"|kicked|wraps?|wrapped|gets|got|gets?-under|under-way|underway|convenes?|convened|meets|held|continues?"
    r"|resumes?|resumed|adopts?|adopted|approves?|approved|calls?|urges?|discuss(?:es)?|discussed|agrees?|agreed"
    r"|takes?-place|took-place|comes?-to-an-end|came-to-an-end)(?:-.*)?$"
)
# the sitting's noun after a body's own name ("council-of-national-coordinators-meeting",
# "committee-of-permanent-representatives-session"): the council's sitting, no part of the council's name
_ORGAN_SITTING = re.compile(
    r"^(?P<organ>(?:council|committee|commission|board|conference|assembly|authority|college|bureau)-of-.+?)"
    r"-(?:meeting|session|sitting)$"
)
# the sitting noun before its organ ("the 38th Meeting of XRC Council", the organization's initials cut:
# "meeting-of-council"): the organ
_SITTING_OF_ORGAN = re.compile(
    r"^(?:meeting|session|sitting)-of-(?:the-)?"
    r"(?P<organ>(?:council|committee|commission|board|conference|assembly|authority|college|bureau)(?:-of-.+)?)$"
)
# a document's genre heading the text ("PRESS STATEMENT / THE FIRST INFORMAL MEETING OF ...", "Joint
# Communique of the Xyz Ministerial Meeting"): the paper, not who sat
_DOCUMENT_GENRE = re.compile(
    r"^(?:(?:joint|final|chairman-s|chairmans|chair-s|chairs|chairperson-s|presidential|press|media|closing"
    r"|opening)-)*(?:statement|release|communique|declaration|outcomes?|summary|report|briefing|note|advisory"
    r"|remarks|minutes)(?:-|$)"
)
# how the sitting met, no part of who met: "virtual-meeting", "online-summit", "video-conference-of-...",
# "hybrid-session" (the golds name the body: a "Virtual Meeting" of foreign ministers is their meeting)
_MODE = re.compile(
    r"^(?:virtual|online|video|videoconference|video-link|hybrid|remote|in-person|face-to-face)-"
)
# "<sector>-meeting", "<sector>-ministerial-meeting" ("the 9th Xyz Defence Meeting", "an Energy Ministerial
# Meeting"): the ministers of that sector, as the golds spell their sitting
# (not a "Youth Meeting", a "Security Meeting", an "Oil Meeting": young people, security officials, an oil market's
# producers may be who sat)
_MINISTRY_SECTOR = "|".join(
    sorted(
        (
            w
            for w in SECTORS
            if w not in ("security", "youth", "sport", "sports", "oil", "petroleum", "water")
        ),
        key=len,
        reverse=True,
    )
)
_SECTOR_SITTING = re.compile(
    rf"^(?P<sector>(?:{_MINISTRY_SECTOR})(?:-and-(?:{_MINISTRY_SECTOR}))?)-(?:ministerial-)?meeting$"
)
# "heads-of-governments", "heads-of-states" (a name read where the organization's abbreviation stood between,
# "the council of heads of Xyz governments"): one spelling, the golds' singular
_HEADS_PLURAL = re.compile(r"heads-of-(?P<of>government|state)s(?=-|$)")
# "sherpa-meeting", "defence-minister-meeting" (the rank as a noun's modifier: "the G20 Sherpa Meeting") and
# "sherpas-meeting" ("the meeting of Xyz Sherpas"): one spelling, the golds' plural of those who sit
_RANK_SINGULAR = re.compile(
    r"(?<![a-z])(?P<rank>minister|official|sherpa|coordinator|adviser|advisor|representative|expert|governor|ambassador"
    r"|envoy|commander|chief|deput(?P<y>y)|secretar(?P<y2>y))-meeting$"
)


def _run_on_cut(slug: str) -> str:
    """What a heading or a headline ran into the body's name, left out (the patterns above): the course verb,
    a document's genre before it, the mode of the sitting, the organ's sitting noun after its name."""
    slug = _COURSE_VERB.sub("", slug)
    genre = _DOCUMENT_GENRE.match(slug)
    if genre:
        slug = slug[genre.end() :]
    slug = _MODE.sub("", slug)
    slug = _HEADS_PLURAL.sub(lambda m: f"heads-of-{m.group('of')}", slug)
    slug = _RANK_SINGULAR.sub(
        lambda m: (
            (m.group("rank")[:-1] + "ies" if m.group("y") or m.group("y2") else m.group("rank") + "s")
            + "-meeting"
        ),
        slug,
    )
    organ = _ORGAN_SITTING.fullmatch(slug) or _SITTING_OF_ORGAN.fullmatch(slug)
    slug = organ.group("organ") if organ else slug
    return _place_tail_cut(slug)


def _place_tail_cut(slug: str) -> str:
    """A heading's town and state after the body's noun ("...-council-of-ministers-yerevan-armenia", from "Council
    of Ministers Yerevan/Armenia"): where, not who (a town the gazetteer knows, after a body's noun)."""
    from igo_timeline.extract.names import lookup_party
    from igo_timeline.extract.places import city

    words = slug.split("-")
    for n in (3, 2, 1):  # the town, or the town and its state
        if len(words) <= n + 1 or not re.fullmatch(_BODY_NOUN, words[-n - 1]):
            continue
        tail = words[-n:]
        for k in range(1, n + 1):
            town, state = " ".join(tail[:k]).title(), " ".join(tail[k:]).title()
            if city(town) and (not state or lookup_party(state) or city(state)):
                return "-".join(words[:-n])
    return slug


_BODY_NOUN = (
    r"council|assembly|ministers|committee|commission|conference|summit|officials|forum|meeting|session"
)


def headless(slug: str) -> bool:
    """Whether a slug read from a text's phrase has no word a body's name is headed by (module docstring)."""
    return not _HEAD_WORDS.intersection(slug.split("-"))


def canon_body(slug: str, ctx: Context) -> str | None:
    """The body's slug as the project spells it (module docstring); None for what is no body (a venue, a
    date, a state's adjective alone). A slug the store or a body table names is returned unchanged."""
    if not slug or _known(slug, ctx):
        return slug
    if _VENUE.search(slug) or _NO_BODY.fullmatch(slug):
        return None
    own = _own_words(ctx)
    # the words of a name the text gives the organization before its abbreviation in brackets, whatever its
    # initials spell, end a body's name ("...-of-the-xyz-union") but stay at its head: "the Andes Presidential
    # Council" of the Andes Market keeps its "andes", as the golds spell it
    lead_own = _own_words(ctx, bracketed=False)
    names = _own_full_names(ctx)
    cut, before = slug, ""
    for _ in range(6):  # each cut may bare another: to the fixed point
        if cut == before:
            break
        before, cut = (
            cut,
            _particle_cut(
                _kinds_cut(
                    _lead_cut(
                        _kinds_cut(
                            _own_tail_cut(_members_cut(_runaway_cut(_run_on_cut(cut))), own, names, ctx.org)
                        ),
                        lead_own,
                    )
                )
            ),
        )
    conference = re.match(r"conference-of-(?:the-)?(?=(?:[a-z]+-){0,2}(?:ministers|officials)(?:-|$))", cut)
    if conference and not resolve_body(cut.replace("-", " "), ctx.bodies, ctx.org):
        # "the Third Conference of Xyz Ministers Responsible for Information": the ministers' sitting, as their
        # "meeting" is (a body the organization's table names "Conference of Ministers" stays)
        cut = cut[conference.end() :]
    sector = _SECTOR_SITTING.fullmatch(cut)
    if sector:
        cut = f"{sector.group('sector')}-ministers-meeting"  # _sectoral spells the sector as the golds do
    if not cut or re.fullmatch(r"[a-z]+", cut) and cut in {d.casefold() for d in demonyms()}:
        return None
    if _SUMMIT_NAMED.fullmatch(cut):
        from igo_timeline.extract.meeting_body import _summit_slug

        return resolve_body(cut.replace("-", " "), ctx.bodies, ctx.org) or _summit_slug(ctx)
    if _PEOPLE.fullmatch(cut) or _PEOPLE_OF.fullmatch(cut):
        from igo_timeline.extract.meeting_body import _summit_slug

        if _GOVERNMENT_HEADS.fullmatch(cut):
            named = resolve_body("Council of Heads of Government", ctx.bodies, ctx.org)
            if named:
                return named
        return _summit_slug(ctx)
    sectoral = _sectoral(cut, ctx)
    if sectoral:
        return sectoral
    if cut != slug:
        return resolve_body(cut.replace("-", " "), ctx.bodies, ctx.org) or cut
    # a name the organization's table gives ("Presidential Summit" of SICA is its summit)
    return resolve_body(slug.replace("-", " "), ctx.bodies, ctx.org) or slug


# who sits in a body, by the words of its slug: the heads of state (a summit is their sitting, whatever the
# organization calls the body: "summit", "council-of-heads-of-state", "assembly-of-heads-of-state-and-government",
# "authority", "supreme-council", "council-summit-level", "leaders-meeting"), the heads of government, the foreign
# ministers, the ministers of one sector ("transportation-ministers" and "transport-ministers-meeting"), the
# ministers (a "council-of-ministers", a "ministerial-meeting"), or another organ (its own words)
_HEADS_WORDS = frozenset(
    {"summit", "leaders", "leader", "presidents", "presidential", "authority", "supreme"}
)
_MINISTERS_WORDS = frozenset({"minister", "ministers", "ministerial"})
_NOT_WHO = frozenset(
    {
        "of",
        "the",
        "and",
        "meeting",
        "council",
        "conference",
        "session",
        "sitting",
        "committee",
        "level",
        "for",
    }
)


def sitters(slug: str) -> str:
    """Who sits in the body ``slug`` names: ``heads-of-state``, ``heads-of-government``, ``foreign-ministers``,
    ``ministers`` or ``ministers-<sector>``, else the organ's own words (``executive``, ``senior-officials``)."""
    words = slug.replace("defense", "defence").replace("transportation", "transport").split("-")
    if "government" in words and "state" not in words or "prime" in words:
        return "heads-of-government"
    if _HEADS_WORDS & set(words) or "heads" in words and "state" in words:
        return "heads-of-state"
    if "foreign" in words:
        return "foreign-ministers"
    rest = [w for w in words if w not in _NOT_WHO and w not in _MINISTERS_WORDS and w not in ("affairs",)]
    if _MINISTERS_WORDS & set(words):
        return "-".join(["ministers", *rest])
    return "-".join(rest) or slug
