"""Pieces every decision reader shares: clauses, the state parties of a text, whose name it is.

A sentence is cut into clauses at the points where a new act or a new subject
starts, so that one verb's arguments are read together. Status, procedure and
history readers all need to know which state parties a clause names (not an
organization named after its state, not a person's state), and every reader
must tell the organization's own name from another organization's. They live
here, below the readers, so that no reader imports another.
"""

from __future__ import annotations

import re

import pycountry

from igo_timeline.extract.context import Context
from igo_timeline.extract.names import Found, demonyms, find_parties, is_state, org_names, spells_slug
from igo_timeline.extract.reader_slots import TIMING_OPEN

# what is said of a status that is not (yet) granted: hopes, applications, plans, agreement in principle
_NOT_GRANTED = re.compile(
    r"\bin[\s-]principle\b|\brecommend(?:s|ed|ing|ation)?\b|\bsuggest(?:s|ed|ing)?\b|\b(?:is|are|was|were)\s+(?:expected|set|likely|due|going)\s+to\b|\bwill\b|\bwould\b|(?-i:\bmay\b)|\bcould\b"
    r"|\bshould\b|\bhopes?\b|\bhoped\b|\baspir|\bintend|\bseek|\bsought\b|\bwish|\bbids?\b|\bcandidate\b|\bprospect"
    r"|\bapplied\b|\bapplications?\b|\brequests?\b|\bsubmitted\b|\bpending\b|\bsince\s+(?:19|20)\d\d\b|\bin\s+(?:19|20)\d\d\b"
    r"|\blast\s+(?:year|month)\b|\bearlier\s+this\s+year\b|\byears?\s+ago\b|\bpreviously\b|\balready\b|\bformerly\b|\bcurrently\b|\bincludes?\b|\bcomprises?\b|\bconsists?\b|\bare\s+(?:the\s+)?(?:members|observers)\b"
    + "|"
    + TIMING_OPEN.pattern,
    re.I,
)
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
# the verb of a coordinated clause's own act ("..., and granted ...", "... and also decided ...")
_ACT_VERB = (
    r"(?=(?:also\s+)?(?:started|launched|began|granted|gave|decided|agreed|admitted|approved|adopted|reached|signed"
    r"|accepted|completed|appointed|elected)\b)"
)
_CLAUSE = re.compile(
    rf";\s*(?:and\s+)?|:\s+(?=[a-z])|,\s*(?:and\s+|while\s+)?{_ACT_VERB}|\s+and\s+{_ACT_VERB}"
    # "..., and they admitted seven countries as observers": a pronoun subject and its own act
    rf"|,\s*and\s+(?:they|it|we)\s+{_ACT_VERB}" + _OTHER_ACT
    # "X became the 166th member today, nine days after Y joined": another act, with its own subject and day
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


def _own_org(ctx: Context, name: str | None) -> bool:
    """Whether a name (or none) is the organization itself: its own name, its slug, or "the alliance/group"."""
    if not name:
        return True
    name = re.sub(r"^the\s+", "", name.strip(), flags=re.I)
    if name.upper() == ctx.org.upper().replace("-", "") or _own_name(ctx, name) or spells_slug(name, ctx.org):
        return True
    found = find_parties(name)
    return bool(found) and found[0].value == ctx.org


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


def _term_slug(words: str) -> str:
    """A status's slug from the words naming it ("SCO partner", "dialogue-partner states", "associate member")."""
    words = re.sub(r"[\"“”‘’']", "", words).strip()
    words = re.sub(r"^(?:[A-Z]{2,6}|the)\s+", "", words)
    words = re.sub(r"\s+of\s+the\s+organi[sz]ation$", "", words, flags=re.I)
    if re.fullmatch(r"partner[\s-]countr(?:y|ies)(?:\s+(?:status|category))?", words, re.I):
        return "partner_country"  # a status of that name (BRICS), not the SCO's "partner"
    words = re.sub(r"(?:ship|s)?(?:\s+(?:states?|countries|country|status|category|categories))?$", "", words)
    return _status_slug(re.sub(r"^associated\b", "associate", words.lower()))


_ORG_WORDS = r"(?:Union|Community|Organi[sz]ation|Commonwealth|Association|League|Bloc|Alliance|Forum|Bank|Fund|Agency|Convention)"


# the kind of organization a name ends in: "the Benelux Union", "the Xyz Community" (of the organization xyz)
_ORG_KIND = re.compile(
    r"\s+(?:Union|Organi[sz]ation|Community|Group|Forum|Alliance|Association|Cooperation)$"
)


def slug_and_kind(ctx: Context, name: str) -> bool:
    """ "(the) Benelux Union" of the organization benelux: the slug's words, then the kind of organization."""
    name = re.sub(r"^(?:the|The)\s+", "", name.strip())
    bare = _ORG_KIND.sub("", name)
    return bare != name and bare.casefold() == ctx.org.replace("-", " ").casefold()


def _own_name(ctx: Context, token: str) -> bool:
    """Whether a name is the organization's own for a text that is its first about it: its capitalized
    words' initials spell the slug ("Southern African Development Community" for sadc), the slug's words
    are all in it ("the Arab League", "League of Arab States" for arab-league), or the text defines it as
    the slug's abbreviation ("the Intergovernmental Authority on Development (IGAD)")."""
    # one of the names the body table gives it ("The International Organisation of La Francophonie" for oif)
    bare_token = re.sub(r"^(?:the|The)\s+", "", token.strip()).casefold()
    if any(bare_token == name.casefold() for name in org_names(ctx.org)):
        return True
    # a compass point written as one word gives two initials: "Southeast Asian Nations" spells SEAN
    split = re.sub(r"\b(South|North)(east|west)\b", lambda m: f"{m.group(1)} {m.group(2).title()}", token)
    words = [w for w in re.findall(r"[\w'’-]+", split) if w not in ("The", "the")]
    slug = ctx.org.casefold()
    initials = "".join(w[0] for w in words if w[0].isupper()).casefold()
    if len(slug) >= 2 and initials == slug.replace("-", "") or slug_and_kind(ctx, token):
        return True
    parts = slug.split("-")
    if len(parts) > 1 and all(any(w.casefold() == p for w in words) for p in parts):
        return True
    if len(words) > 1 and "".join(words).casefold() == slug.replace("-", ""):
        return True  # "World Bank" for worldbank: the slug is its words run together
    # (its abbreviation in any case: "Islamic Development Bank (IsDB)" for isdb, "(AfDB)" for afdb)
    defined = re.search(
        rf"{re.escape(token.strip())}\s*\(\s*(?P<abbr>[A-Za-z][A-Za-z-]{{1,12}})\s*\)", ctx.doc.text
    )
    if defined is not None and defined.group("abbr").casefold().replace("-", "") == slug.replace("-", ""):
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
