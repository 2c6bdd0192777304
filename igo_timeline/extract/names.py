"""Names in communiqués: parties, persons, offices and bodies.

States and international organizations resolve through the party table of
:mod:`igo_timeline.events.parties` (pycountry plus its alias table), found in
running text as the longest capitalized phrase that names one. Persons,
offices and bodies resolve through the alias tables shipped as package data
(``igo_timeline/data/aliases/*.yaml``): persons in several transliterations,
with or without titles, in full or initials-and-surname form; offices and
bodies under their variant names. A person matching nothing is left
unresolved, with the closest known names: never merged, never created.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml
from rapidfuzz import fuzz

# the party table's own index and key: one lookup per candidate phrase, without
# the fuzzy suggestions resolve_party computes for a miss (thousands of misses here)
from igo_timeline.events.parties import _norm, _table

# a capitalized word in any Latin letters ("Åland"), or one elided after "d'" ("Côte d'Ivoire")
_CAP = r"(?:[dl]['’])?[A-ZÀ-ÖØ-Þ][\w'’.-]*"
_PHRASE = re.compile(rf"{_CAP}(?:\s+(?:(?:of|and|the|de|del|'s)\s+)*{_CAP})*")
_TOKEN = re.compile(r"\S+")
_CONNECTORS = {"of", "and", "the", "de", "del", "'s"}
_COMPASS = {"North", "Northern", "South", "Southern", "East", "Eastern", "West", "Western", "Upper", "Lower"}
# a person's style before the name, as official lists and reports write it (one table for every reader): "H.E.",
# "His Excellency", "Her Majesty", "the Honourable", "The Most Honourable", "the Rt. Hon.", "Dr the Hon."
STYLE = (
    r"(?:(?:The\s+|the\s+)?(?:Most\s+|Rt\.?\s+|Right\s+|Very\s+)?(?:Hon\.|Hon\b|Honourable\b|Honorable\b)"
    r"|Dr\.?\s+the\s+(?:Most\s+|Rt\.?\s+|Right\s+)?(?:Hon\.|Hon\b|Honourable\b|Honorable\b)"
    r"|H\.\s?[EMH]\b\.?|(?:His|Her|Their)\s+(?:Royal\s+)?(?:Highness|Excellency|Excellencies|Majesty)\b)"
)
# styles heading a phrase ("H.E. President X", "His Excellency, Mr ..."): what strip_style takes off
_STYLES_LEAD = re.compile(rf"^\s*(?:{STYLE}\.?\s*,?\s*)+")


def strip_style(phrase: str) -> str:
    """The phrase without the persons' styles that head it ("H.E. President X" -> "President X")."""
    return _STYLES_LEAD.sub("", phrase)


# a military rank worn before a head's name ("Commodore X Y", "Brigadier General X Y"): no part of the name, nor of
# the title before it ("the Prime Minister of Abc, Commodore X Y": roles._participant)
RANK = (
    r"(?:Commodore|Rear\s+Admiral|Admiral|Brigadier(?:[\s-]+General)?|Major[\s-]+General|Lieutenant[\s-]+General"
    r"|Colonel(?:-General)?|Army[\s-]+General"
    r"|Lt\.?\s+Col\.?|Field\s+Marshal|Air\s+(?:Vice\s+|Chief\s+)?Marshal|Marshal"
    # a West African list's "General X Y" and "Flt-Lt X Y" (not the "General Secretary", a title)
    r"|General(?!\s+(?:Secretary|Director|Manager|Assembly|Council|Counsel|Secretariat)\b)"
    r"|Flt\.?[\s-]*Lt\.?|Flight\s+Lieutenant|Squadron\s+Leader|Group\s+Captain|Lieutenant(?:[\s-]Colonel)?)"
)

_HONORIFICS = re.compile(
    rf"^(?:(?:Mr|Mrs|Ms|Dr|dr|Mister|Madam|Mme)\.?\s+|{STYLE}\s*,?\s+"
    # a peer's or a knight's title before a forename and a surname: "Baroness Patricia X", "Sir John Y" (not
    # "Baron": a forename too, as Nauru's President Baron Waqa's)
    r"|(?:Baroness|Dame|Sir|Lady|Lord)\s+(?=[A-Z][\w'’-]+\s+[A-Z])"
    # the pilgrim's honorific of West African names, before a forename and a surname: "Alhaji Umar Musa X"
    r"|(?:Alhaji|Alhaja|Alh\.)\s+(?=[A-Z][\w'’-]+\s+[A-Z])"
    # a military rank before a head's name of two words at least
    rf"|{RANK}\s+(?=[A-Z][\w'’-]+\s+[A-Z])"
    r"|Samdech\s+(?:Akka\s+Moha\s+Sena\s+Padei\s+)?(?:Techo\s+)?"
    # the Malay and Bruneian styles before a name of two words at least: "Dato' Seri Dr. X Y", "Tan Sri X Y",
    # "Pehin Dato Haji X Y" (session 27: an ASEAN list's names kept them)
    r"|(?:Dato['’]?|Datuk|Datin|Datu|Tan\s+Sri|Puan\s+Sri|Tun|Toh\s+Puan|Pehin|Haji|Hajah|Pengiran|Awang|Dayang)"
    # ("Dato' Seri Anifah bin Haji Aman": a patronymic's "bin" between the name's words)
    r"(?:\s+Seri|\s+Sri|\s+Paduka|\s+Setia)?\s+(?=[A-Z][\w'’.-]*\s+(?:(?:bin|binti|bte)\s+)?[A-Z]))+"
)


@cache
def table(name: str) -> dict[str, Any]:
    """One alias table of ``igo_timeline/data/aliases``."""
    text = resources.files("igo_timeline.data").joinpath("aliases", f"{name}.yaml").read_text("utf-8")
    data: dict[str, Any] = yaml.safe_load(text)
    return data


# -- parties -------------------------------------------------------------------------


def lookup_party(phrase: str) -> str | None:
    """The party a phrase names exactly (case, a leading "the", spaces aside), or None.

    A possessive ("Mongolia's", "Belarus'") names the party; so does a state's
    adjective before a title ("Kazakh", "Pakistani"), from the demonym table.
    """
    cleaned = phrase.replace("’", "'").replace("Peoples'", "People's")
    found = _table()[0].get(_norm(cleaned))
    if found is None and re.search(r"'s?$", cleaned):
        found = _table()[0].get(_norm(re.sub(r"'s?$", "", cleaned)))
    if found is None:
        found = demonyms().get(cleaned)
    bare = re.sub(r"'s?$", "", cleaned)
    if found is None and re.search(r"[A-Z]{2}\s+[A-Z]{2}", cleaned):
        # a list's state in capitals, "the Republic of GUINEA BISSAU": as in small letters
        titled = re.sub(r"\b[A-Z]{2,}\b", lambda m: m.group().title(), cleaned)
        found = lookup_party(titled) if titled != cleaned else None
    if found is None and bare in ("US", "UK"):  # "US Assistant Secretary of State": the state, in capitals
        found = {"US": "USA", "UK": "GBR"}[bare]
    if found is None and re.fullmatch(r"(?:[A-Z]\.){1,2}[A-Z]\.?", cleaned):  # "U.S.", "U.K."
        undotted = cleaned.replace(".", "")
        found = {"US": "USA", "USA": "USA", "UK": "GBR"}.get(undotted)
    if found is None and re.match(r"St\.?\s+[A-Z]", cleaned):  # "St Kitts and Nevis", "St. Lucia"
        found = lookup_party(re.sub(r"^St\.?\s+", "Saint ", cleaned))
    if found is None and re.search(r"\sof\s", bare):  # the article inside a name is optional either way:
        # "Democratic Republic of Congo" is the table's "Democratic Republic of the Congo", never "Congo" alone
        variant = re.sub(r"\sof\s+the\s", " of ", bare) if re.search(r"\sof\s+the\s", bare) else None
        variant = variant or re.sub(r"\sof\s+(?=[A-Z])", " of the ", bare)
        if variant != bare:
            found = _table()[0].get(_norm(variant))
    # "DR Congo", "DRC" (the Democratic Republic of the Congo's usual initials in African organizations' lists)
    if found is None and re.fullmatch(r"D\.?\s?R\.?\s+(?:of\s+(?:the\s+)?)?Congo|D\.?R\.?C\.?", bare):
        found = "COD"
    if found is None and re.search(r"[A-Z][a-z]+\s+[A-Z][a-z]+$", bare):
        # "Guinea Bissau", "the Republic of Guinea Bissau", "Timor Leste": a hyphenated name written with a space
        found = _table()[0].get(_norm(re.sub(r"(?<=[a-z])\s+(?=[A-Z][a-z]+$)", "-", bare)))
    return found


@cache
def demonyms() -> dict[str, str]:
    """Adjective -> alpha-3: the table's, and for any other state whose short name ends in "a" or "i" the
    regular "-an" form ("Tanzania" -> "Tanzanian", "Namibia" -> "Namibian", "Burundi" -> "Burundian",
    "Fiji" -> "Fijian"), so that organizations new to the project need no table entry for their states."""
    import pycountry

    out = dict(table("demonyms")["demonyms"])
    known = set(out.values())
    for country in pycountry.countries:
        name = getattr(country, "common_name", None) or country.name
        name = name.split(",")[0].strip()
        if (
            country.alpha_3 in known
            or " " in name
            or not name.endswith(("a", "i"))
            or name in ("Dominica", "Antarctica")
        ):
            continue
        adjective = f"{name}n" if name.endswith("a") else f"{name}an"
        if adjective not in out and _table()[0].get(_norm(adjective)) is None:
            out[adjective] = country.alpha_3
    return out


@dataclass(frozen=True)
class Found:
    """A name found in a string: its span and what it resolved to."""

    start: int
    end: int
    value: str


def _spells_excluded(words: str, spelled: set[str]) -> bool:
    """Whether ``words`` are an excluded organization's abbreviation, in capitals ("the GUAM", "CAN"): that
    organization, not the party of that name ("Guam" in title case is the territory)."""
    bare = re.sub(r"^the\s+", "", words, flags=re.I)
    return bare.isupper() and bare.casefold() in spelled


# what an adjective of a state names when it is no state: a sea, a region ("Indian Ocean", "Arabian Peninsula")
_SEA_OR_LAND = re.compile(r"\s+(?:Ocean|Sea|Gulf|Peninsula|[Ss]ubcontinent|Basin|Archipelago|Rim)\b")


def find_parties(text: str, *, exclude: Iterable[str] = ()) -> list[Found]:
    """Every party named in ``text`` (longest phrases first), in text order; none of ``exclude``, nor a party
    whose name is written as an excluded organization's slug ("GUAM" of GUAM is not Guam, "CAN" of the Andean
    Community not Canada)."""
    skip = set(exclude)
    spelled = {x.casefold() for x in skip}
    found: list[Found] = []
    for phrase in _PHRASE.finditer(text):
        tokens = [
            (m.start() + phrase.start(), m.end() + phrase.start()) for m in _TOKEN.finditer(phrase.group())
        ]
        i = 0
        while i < len(tokens):
            hit = None
            if i > 0 and text[tokens[i - 1][0] : tokens[i - 1][1]] in _COMPASS:
                # "Northern Cyprus", "Northern Ireland", "Southern Sudan": a region or an entity named after
                # a state is not that state (a state so named, "North Macedonia", "South Sudan", resolved
                # as the longer phrase starting at the compass word)
                i += 1
                continue
            for j in range(len(tokens), i, -1):
                s, e = tokens[i][0], tokens[j - 1][1]
                words = text[s:e]
                if words.split()[0] in _CONNECTORS or words.split()[-1] in _CONNECTORS:
                    continue
                code = lookup_party(words.rstrip(".,"))
                short = words.rstrip(".,")
                if (
                    j - i == 1
                    and len(short) <= 4
                    and not short.isupper()
                    and code == short.upper()
                    and not (  # "Lao Prime Minister": an adjective before a title, not a code or a name
                        short in demonyms()
                        and re.match(
                            r"\s+(?:President|Prime|Premier|Minister|Foreign|Vice|Deputy|Ambassador|King|delegation"
                            r"|government|capital|side|authorities|counterpart)\b",
                            text[e:],
                        )
                    )
                ):
                    continue  # "Can", "Per": words read as ISO codes; "Iran", "Oman", "Mali" are names
                if code == "USA" and re.match(r"\s+of\s+(?!America\b)[A-Z]", text[e:]):
                    continue  # "the United States of Africa": another union's name
                if code and j - i == 1 and re.match(r"\s+Republic\s+of\s", text[e:]) and short in demonyms():
                    continue  # "the Turkish Republic of Northern Cyprus": the republic is of what follows
                if code and j - i == 1 and short in demonyms() and _SEA_OR_LAND.match(text[e:]):
                    continue  # "the Indian Ocean Rim Association", "the Arabian Peninsula": a sea or a land, no state
                if code and code not in skip and not _spells_excluded(short, spelled):
                    hit = (j, Found(s, e - (len(words) - len(words.rstrip(".,"))), code))
                    break
            if hit:
                found.append(hit[1])
                i = hit[0]
            else:
                i += 1
    return found


# a sitting's number in Roman capitals, as texts of Latin American, Iberian and Lusophone bodies write it ("the
# XIII Conference", "the LVII Summit"): two letters at least, so that the pronoun "I" or an initial is none
ROMAN_ORDINAL = r"(?-i:(?=[IVXLC]{2})C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3}))(?![\w'’-])"

# the words that tell which sitting of a body, never part of the body's name ("the 43rd", "extraordinary")
SITTING_KIND = (
    ROMAN_ORDINAL + r"|"
    r"special|extraordinary|ordinary|regular|emergency|annual|informal|formal|plenary|inaugural|biennial"
    r"|\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
    r"|\w+teenth|\w+tieth|twenty[-\s]\w+|thirty[-\s]\w+|forty[-\s]\w+|fifty[-\s]\w+"
    r"|\w+-(?:day|week|month)|\w+-long"  # "the week-long XYZ Conference", "a three-day Assembly"
)


def spells_slug(name: str, org: str) -> bool:
    """Whether a name's capitalized words spell the organization's slug by their initials ("International
    Monetary Fund" for imf, "Mekong-Lancang Cooperation" for mlc): the organization itself, with no table or
    store entry needed."""
    words = re.findall(r"[A-Z][\w'’]*(?:-[A-Z][\w'’]*)*", re.sub(r"^(?:the|The)\s+", "", name.strip()))
    initials = "".join(part[0] for w in words for part in w.split("-"))
    # "Council of Europe" for coe: an acronym that keeps the "of" of its name
    with_of = "".join(
        w[0] for w in re.findall(r"[A-Z][\w'’]*|\bof\b", re.sub(r"^(?:the|The)\s+", "", name.strip()))
    )
    slug = org.upper().replace("-", "")
    return len(initials) >= 2 and (
        initials == slug or (len(with_of) > len(initials) and with_of.upper() == slug)
    )


# -- persons -------------------------------------------------------------------------

_TRANSLIT = [
    ("dzh", "j"), ("dj", "j"), ("zh", "j"), ("kh", "h"), ("x", "s"), ("w", "v"),
    ("yo", "io"), ("ya", "ia"), ("yu", "iu"), ("iy", "i"), ("ii", "i"), ("y", "i"), ("aie", "ae"),
    ("ey", "ei"),
]  # fmt: skip


def name_key(name: str) -> str:
    """A spelling-blind key: no case, diacritics, dots; common transliteration pairs merged."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"[.'’]", " ", text).replace("-", " ")
    for a, b in _TRANSLIT:
        text = text.replace(a, b)
    text = re.sub(r"ng\b", "n", text)
    return " ".join(text.split())


@dataclass(frozen=True)
class Person:
    name: str
    nationality: str | None
    keys: tuple[str, ...]  # name_key of the name and each variant


@cache
def persons() -> tuple[Person, ...]:
    out = []
    for name, entry in table("persons")["persons"].items():
        entry = entry or {}
        spellings = [name, *entry.get("variants", [])]
        out.append(Person(name, entry.get("nationality"), tuple(dict.fromkeys(map(name_key, spellings)))))
    return tuple(out)


def _is_initial(token: str) -> bool:
    """ "N", "N.", "M.S.", and the two-letter initials of Cyrillic and Mongolian names ("Ts", "Sh", "Zh")."""
    return bool(re.fullmatch(r"(?:[A-Z][a-z]?\.){1,3}|[A-Z]|(?:Ts|Sh|Ch|Zh|Kh|Yu|Ya|Ye|Yo)", token))


def strip_honorifics(name: str) -> str:
    return _HONORIFICS.sub("", name.strip())


def resolve_person(written: str, known: Iterable[str] = ()) -> tuple[str | None, list[str]]:
    """(the canonical name, or None) and, when None, the known names close to it (if any)."""
    kind, name, close = match_person(written, tuple(known))
    return (name, []) if kind == "known" else (None, list(close))


def _people(known: tuple[str, ...]) -> list[Person]:
    table_people = list(persons())
    taken = {k for p in table_people for k in p.keys}
    return table_people + [Person(k, None, (name_key(k),)) for k in known if name_key(k) not in taken]


def _compatible_given(given: list[str], initials: list[str], other: list[str]) -> bool:
    """Given names (or initials) that can be the same person's: each written one fits the other's in order."""
    if not other:
        return True
    if initials and not given:
        return len(initials) <= len(other) and all(
            o.startswith(i) for i, o in zip(initials, other, strict=False)
        )
    if not given:
        return False
    first, theirs = given[0], other[0]
    if fuzz.ratio(first, theirs) >= 75 or theirs.startswith(first) or first.startswith(theirs):
        return True
    return len(other) > 1 and fuzz.ratio(first, other[1]) >= 75


@cache
def match_person(written: str, known: tuple[str, ...] = ()) -> tuple[str, str | None, tuple[str, ...]]:
    """("known", canonical, ()) | ("close", None, candidates) | ("new", None, ()).

    Known: the same name (spelling, case, diacritics, transliteration pairs and
    word order aside), or initials and a surname only one known person fits,
    or a name with the middle name left out. Close: the same surname (or one a
    transliteration away, rapidfuzz ratio >= 85) with compatible given names
    or initials, or the whole name a transliteration away (ratio >= 88); the
    candidates come closest first. Sharing a surname alone is not close
    ("Zhang Ming" is no "Zhang Xinfeng"): anything else is a new person.
    """
    name = strip_honorifics(written)
    key = name_key(name)
    people = _people(known)
    flipped = " ".join(reversed(key.split()))
    for person in people:
        if key in person.keys or flipped in person.keys:
            return "known", person.name, ()
    tokens = name.replace(".", ". ").split()
    initials = [name_key(t) for t in tokens if _is_initial(t.rstrip(".") if len(t) > 2 else t)]
    words = [name_key(t) for t in tokens if not _is_initial(t.rstrip(".") if len(t) > 2 else t)]
    words = [w for w in words if w]
    if not words:
        return "new", None, ()
    sure: list[str] = []
    close: list[tuple[float, str]] = []
    for person in people:
        for pkey in person.keys:
            parts = pkey.split()
            if len(parts) < 2:
                continue
            # surname last ("Nursultan Nazarbayev") or first ("Zhang Ming", "Nazarbayev N.")
            for surname, given in ((parts[-1], parts[:-1]), (parts[0], parts[1:])):
                mine_surname = words[-1]
                if len(words) == 1:
                    mine_surname = words[0]
                mine_given = [w for w in words if w != mine_surname]
                same = mine_surname == surname
                near = fuzz.ratio(mine_surname, surname) >= 85
                if not (same or near):
                    continue
                if not mine_given and not initials:
                    if same and len(words) == 1:
                        sure.append(person.name)  # the surname alone
                    continue
                if not _compatible_given(mine_given, initials, given):
                    continue
                exact_given = mine_given and all(g in given for g in mine_given)
                if same and (initials and not mine_given or exact_given):
                    sure.append(person.name)  # initials and surname; a middle name left out
                else:
                    close.append((fuzz.ratio(key, pkey), person.name))
            whole = fuzz.ratio(key, pkey)
            if whole >= 88:
                close.append((whole, person.name))
    if len(set(sure)) == 1:
        return "known", sure[0], ()
    ranked = sorted(set(sure), key=lambda n: -fuzz.ratio(key, name_key(n)))
    ranked += [n for _, n in sorted(close, reverse=True) if n not in ranked]
    return ("close", None, tuple(dict.fromkeys(ranked))[:3]) if ranked else ("new", None, ())


def nationality_of(name: str) -> str | None:
    for person in persons():
        if person.name == name:
            return person.nationality
    return None


# -- bodies and offices ---------------------------------------------------------------


def body_key(phrase: str) -> str:
    """A body name without the words that vary between texts."""
    return _key(phrase, sco=True)


def _key(phrase: str, *, sco: bool) -> str:
    text = _roman_left_out(phrase).casefold().replace("’", "'")
    text = re.sub(r"\([^)]*\)", " ", text)  # "(Prime Ministers)", "(RCTS)", "(national)"
    if sco:
        text = re.sub(r"\b(?:sco|shanghai cooperation organi[sz]ation)\b", " ", text)
    ordinal = r"\w+th" if sco else r"\d+(?:st|nd|rd|th)"  # "Commonwealth" is no ordinal of the body table's
    text = re.sub(rf"^\W*(?:the\s+|a\s+|an\s+)?(?:(?:regular|{ordinal}|first|second|third)\s+)?", "", text)
    text = re.sub(r"^(?:meeting|session|sitting|conference)\s+of\s+(?:the\s+)?", "", text)
    text = re.sub(r"\s+of\s+the\s+(?:\w+\s+)?member\s+(?:states|countries)\b.*$", "", text)
    text = re.sub(r"\bministers of (\w+)$", r"\1 ministers", text.strip())
    # "Council of Heads of Governments", "Heads of States Council": the plural some texts write is the same body
    text = re.sub(r"\bheads of (state|government)s\b", r"heads of \1", text)
    text = re.sub(r"[^\w ]+", " ", text)
    text = re.sub(r"\b(?:the|of the)\b", " ", text)
    return " ".join(text.split())


def _roman_left_out(phrase: str) -> str:
    """ "the XIII Conference of Heads of State": a Roman sitting number is read before the name is folded to
    lower case (where "xiii" would be a word like any other), and left out as "the 13th" is."""
    # ("the XIIIth Conference": the ordinal's letters after the numeral)
    phrase = re.sub(
        r"^(\W*(?:[Tt]he\s+|[Aa]n?\s+)?)((?-i:[IVXLC]{2,8}))(?:th|st|nd|rd)\s+(?=[A-Z])", r"\1", phrase
    )
    return re.sub(rf"^(\W*(?:[Tt]he\s+|[Aa]n?\s+)?){ROMAN_ORDINAL}\s+(?=[A-Z])", r"\1", phrase)


@cache
def _bodies() -> dict[str, str]:
    index: dict[str, str] = {}
    for slug, names in table("bodies")["bodies"].items():
        for name in names:
            index.setdefault(body_key(name), slug)
    return index


def table_org(name: str) -> str | None:
    """The organization an alias table (bodies, offices) is of."""
    return table(name).get("org")


# -- the bodies of other organizations (orgbodies.yaml) -------------------------------

# words of an organization's name that name no organization of their own ("Organization of ...")
_NAME_GLUE = {"of", "and", "the", "for", "on", "in", "union", "organization", "organisation", "community"}
_NAME_GLUE |= {"association", "conference", "council", "group", "forum", "commonwealth", "states", "nations"}


@cache
def _organizations() -> dict[str, dict[str, Any]]:
    """Organization slug (and each of its other slugs) -> its entry of the body table."""
    out: dict[str, dict[str, Any]] = {}
    for slug, entry in table("orgbodies")["organizations"].items():
        for name in (slug, *entry.get("also", ())):
            out[name] = {**entry, "slug": slug}
    return out


def org_bodies(org: str | None) -> dict[str, list[str]]:
    """Body slug -> its names, from the body table, for an organization other than the SCO ({} when the
    table has none for it: its bodies come from the store or are named by their words)."""
    entry = _organizations().get(org or "")
    return dict(entry["bodies"]) if entry else {}


def org_names(org: str) -> list[str]:
    """The organization's own names and abbreviations in the body table ([] when it has none)."""
    entry = _organizations().get(org)
    return list(entry.get("names", ())) if entry else []


def org_source(org: str) -> str | None:
    """The page the body table's entry for an organization was taken from."""
    entry = _organizations().get(org)
    return entry["source"] if entry else None


@cache
def _own_name(org: str) -> tuple[re.Pattern[str], frozenset[str]]:
    """(the organization's own names as a regex, the distinctive words of its names): left out of a body's
    name ("ASEAN Summit" is the Summit of ASEAN; "Islamic Summit Conference" of the OIC is its Summit
    Conference)."""
    entry = _organizations()[org]
    names = sorted({entry["slug"], *entry.get("names", ())}, key=len, reverse=True)
    alt = "|".join(r"\s+".join(map(re.escape, n.casefold().split())) for n in names)
    words = {
        w.casefold()
        for n in entry.get("names", ())
        for w in re.findall(r"[\w'’-]+", n)
        if w[:1].isupper() and w.casefold() not in _NAME_GLUE
    }
    return re.compile(rf"\b(?:{alt})(?:['’]s)?(?!\w)"), frozenset(words)


def _org_keys(phrase: str, org: str) -> tuple[str, str]:
    """(key, key without the organization's distinctive words) of a body name, for the organization's
    table: a slug reads as its words ("sixty-fifth-world-health-assembly"), the sitting's kind and number
    and a dateline word before "the" ("KAZINFORM The Supreme Council") are no part of a body's name."""
    names, words = _own_name(org)
    text = _roman_left_out(phrase).replace("’", "'")
    if " " not in text.strip():
        text = text.replace("-", " ")
    text = names.sub(" ", text.casefold())
    # "the Conference of the Pacific Community": the "of" that led to the organization's name, left alone
    text = re.sub(r"\s+of(?:\s+the)?\s*$", "", text.rstrip())
    kind = (
        rf"{SITTING_KIND}|(?:sixty|seventy|eighty|ninety)[-\s]\w+"  # "the sixty-fifth World Health Assembly"
    )
    text = re.sub(rf"^\W*(?:the\s+|a\s+|an\s+)?(?:(?:{kind})\s+)+", "", text.strip(), flags=re.I)
    text = re.sub(r"^[a-z]+\s+the\s+(?=\w)", "", text)  # "kazinform the supreme council"
    key = _key(text, sco=False)
    bare = _key(" ".join(w for w in text.split() if re.sub(r"['’]s$", "", w) not in words), sco=False)
    return key, bare


@cache
def _org_index(org: str) -> tuple[dict[str, str], dict[str, str]]:
    """(key -> body slug, key without the organization's distinctive words -> body slug, only where that
    names one body) of an organization's table."""
    full: dict[str, str] = {}
    bare: dict[str, set[str]] = {}
    for slug, names in _organizations()[org]["bodies"].items():
        for name in [slug.replace("-", " "), *names]:
            key, without = _org_keys(name, org)
            if key:
                full.setdefault(key, slug)
            if without:
                bare.setdefault(without, set()).add(slug)
    return full, {k: next(iter(v)) for k, v in bare.items() if len(v) == 1 and k not in full}


def _org_table_body(phrase: str, org: str) -> str | None:
    key, without = _org_keys(phrase, org)
    full, bare = _org_index(org)
    return full.get(key) or (bare.get(without) if without else None) or _loose_index(org).get(_loose(key))


# a body's name told short: "the conference of heads of state of the community" is the Conference of Heads of
# State and Government (the government's heads left out, the organization named by its kind of noun)
_OWN_KIND = r"(?:community|union|bloc|organi[sz]ation|group|league|association|forum|grouping)"


def _loose(key: str) -> str:
    key = re.sub(r"\s+(?:and|or|and\s*/?\s*or)\s+governments?\b", "", key)  # "Heads of State or Government"
    return re.sub(rf"\s+(?:of\s+)?{_OWN_KIND}$", "", key).strip()


@cache
def _loose_index(org: str) -> dict[str, str]:
    """The table's names in their short form (:func:`_loose`) -> the body, only where that names one body and
    is more than one word."""
    found: dict[str, set[str]] = {}
    for slug, names in _organizations()[org]["bodies"].items():
        for name in names:
            loose = _loose(_org_keys(name, org)[0])
            if len(loose.split()) > 1:
                found.setdefault(loose, set()).add(slug)
    return {k: next(iter(v)) for k, v in found.items() if len(v) == 1}


def resolve_body(
    phrase: str, vocabulary: Mapping[str, str | Sequence[str]] | None = None, org: str | None = None
) -> str | None:
    """The slug of a body or recurring meeting, from the alias table (for its organization, or when
    ``org`` is not given), a vocabulary (slug -> its name or names, the store's: title, aliases) or, for
    an organization of the body table (orgbodies.yaml), that table. The store's vocabulary wins over the
    body table; a body of another organization ("the ASEAN Summit" read for the EAC) names none."""
    key = body_key(phrase)
    if not key:
        return None
    if key in _bodies() and (org is None or org == table_org("bodies")):
        return _bodies()[key]
    if org is not None and org in _organizations() and another_tabled(phrase, org):
        return (
            None  # "the Group of 15 Summit of Heads of State" read for the NAM: another organization's body
        )
    found = _resolve_body(key, phrase, vocabulary, org)
    members = _MEMBERS_HEAD.fullmatch(phrase.strip())
    if found is None and members:
        # "the foreign ministers' council", "Heads of State Council": the council of those who sit in it
        return _resolve_body(
            body_key(f"{members.group('head')} of {members.group('members')}"),
            f"{members.group('head')} of {members.group('members')}",
            vocabulary,
            org,
        )
    return found


# a body named by who sits in it before its head noun: "foreign ministers' council", "Heads of State Council"
_MEMBERS_HEAD = re.compile(
    r"(?:the\s+)?(?P<members>(?:[\w-]+\s+){0,3}(?:ministers|heads\s+of\s+(?:state|government)(?:\s+and\s+government)?"
    r"|secretaries|governors|leaders|presidents|prime\s+ministers))['’]?\s+(?P<head>council|committee|conference|meeting)",
    re.I,
)


def _resolve_body(
    key: str, phrase: str, vocabulary: Mapping[str, str | Sequence[str]] | None, org: str | None
) -> str | None:
    """``resolve_body`` past the body table's own key: the vocabulary, else the organization's table."""
    if key in _bodies() and (org is None or org == table_org("bodies")):
        return _bodies()[key]
    tabled = org is not None and org != table_org("bodies") and org in _organizations()
    own = _org_keys(phrase, org)[0] if tabled and org else None
    for slug, names in (vocabulary or {}).items():
        for name in (names,) if isinstance(names, str) else names:
            if body_key(name) == key and (not tabled or _key(name, sco=False) == _key(phrase, sco=False)):
                return slug
            if own and org and _org_keys(name, org)[0] == own:
                return slug  # "summit" for an ASEAN store whose body "ASEAN Summit" is its summit
    return _org_table_body(phrase, org) if tabled and org else None


# capitalized words that qualify a body's name without naming anyone ("the Council of Ministers of the Member
# States", "The Heads of State Council")
_NO_ONE = {
    "the",
    "a",
    "an",
    "its",
    "their",
    "member",
    "members",
    "states",
    "countries",
    "heads",
    "head",
    "state",
}
_NO_ONE |= {"government", "governments", "ministers", "minister", "foreign", "affairs", "leaders", "prime"}
_CALENDAR = {m.casefold() for m in calendar.month_name[1:] + calendar.day_name[:]}


@cache
def _tabled_names() -> tuple[re.Pattern[str], dict[str, frozenset[str]]]:
    """(every name of every organization of the body table as one pattern, each name folded -> the organizations
    it names): an abbreviation as written (capitals: "NAM" is no "Nam"), a name of several words in any case; a
    word alone only with capitals inside it ("NAM", "UfM", "EurAsEC"; not "Forum", "Bank", "Commonwealth")."""
    owners: dict[str, set[str]] = {}
    exact: set[str] = set()
    for slug, entry in table("orgbodies")["organizations"].items():
        for n in entry.get("names", ()):
            if " " in n or sum(c.isupper() for c in n) >= 2:
                owners.setdefault(n.casefold(), set()).add(slug)
                if n.upper() == n or " " not in n:
                    exact.add(n)
    alt = "|".join(
        re.escape(n) if n in exact else "(?i:" + re.escape(n) + ")"
        for n in sorted(
            {*exact, *(k for k in owners if not any(e.casefold() == k for e in exact))}, key=len, reverse=True
        )
    )
    return re.compile(rf"(?<![\w-])(?:{alt})(?![\w-])"), {k: frozenset(v) for k, v in owners.items()}


def another_tabled(words: str, org: str) -> bool:
    """Whether the words name another organization of the body table by one of its names ("the NAM Summit" read
    for the G20), none of whose names is also this one's ("ASEAN" in "ASEAN Inter-Parliamentary Assembly")."""
    own = _organizations().get(org)
    own_slug = own["slug"] if own else org
    own_names = {n.casefold() for n in (own.get("names", ()) if own else ())}
    pattern, owners = _tabled_names()
    for m in pattern.finditer(words):
        said = m.group().casefold()
        if owners.get(said, frozenset()) - {own_slug} and not any(said in n for n in own_names):
            return True
    return False


def names_another(words: str, org: str) -> bool:
    """Whether the words qualifying a body's name, before it ("EAEU" in "EAEU Supreme Council") or after it
    ("of the Andean Trade Pact"), name someone other than the organization: then, for an organization of
    the body table, the body is not its own, whatever the name's head ("Supreme Council") names."""
    if org == table_org("bodies") or org not in _organizations():
        return False
    if another_tabled(words, org):
        return True
    names, own = _own_name(org)
    text = words
    if re.match(r"\s*of\b", words):  # after the name: the capitalized run after "of", no further
        after = re.match(
            r"\s*of\s+(?:the\s+)?(?P<who>[A-Z][\w'’-]*(?:\s+(?:(?:of|and|for|the|on)\s+)*[A-Z][\w'’-]*)*)",
            words,
        )
        text = after.group("who") if after else ""
    from igo_timeline.extract.places import city

    text = re.sub(names.pattern, " ", text, flags=re.I)
    kind = rf"{SITTING_KIND}|(?:sixty|seventy|eighty|ninety)[-\s]\w+"
    text = re.sub(rf"\b(?:{kind})\b", " ", text, flags=re.I)
    for party in reversed(find_parties(text)):  # a state or its town names no one else's body: "the
        if is_state(party.value):  # Johannesburg Summit", "the Kazakh chairmanship's Council"
            text = text[: party.start] + " " + text[party.end :]
    found = [re.sub(r"['’]s?$", "", w) for w in re.findall(r"[\w'’]+(?:-[\w'’]+)*", text)]
    found = [w for w in found if w.casefold() not in _NO_ONE]
    for n in (3, 2):  # a town of several words: "the Saint Petersburg Summit"
        for i in range(len(found) - n + 1):
            run = found[i : i + n]
            if run[0][:1].isupper() and run[-1][:1].isupper() and city(" ".join(run)):
                found[i : i + n] = [""] * n
    return any(
        w[:1].isupper()
        and w.casefold() not in own | _NO_ONE | _NAME_GLUE | _CALENDAR
        and w not in demonyms()
        # an abbreviation in capitals is an organization's, not a town's that spells the same ("OAS", a town of
        # the Philippines)
        and (not city(w) or (w.isupper() and len(w) <= 6))
        for w in found
    )


def summit_of(slug: str, org: str, vocabulary: Mapping[str, str | Sequence[str]] | None = None) -> str:
    """The organization's summit as its body table calls it: the body a summit's words name ("Council of
    Heads of State", "Assembly"), else the body "summit" names for it ("summit" -> asean-summit); ``slug``
    itself for an organization the table does not know, or whose summit is none of its bodies."""
    if org == table_org("bodies") or org not in _organizations():
        return slug
    return (
        resolve_body(slug.replace("-", " "), vocabulary, org)
        or resolve_body("summit", vocabulary, org)
        or slug
    )


def own_body(slug: str, org: str, vocabulary: Mapping[str, str | Sequence[str]] | None = None) -> str:
    """A body slug made of a text's words as the organization's body table calls that body
    ("universal-postal-congress" -> congress for the UPU); unchanged when the table names no such body."""
    if org == table_org("bodies") or org not in _organizations():
        return slug
    if not _org_keys(slug, org)[0]:  # the organization's own name ("the summit of the West African ..."):
        return resolve_body("summit", vocabulary, org) or slug  # its summit
    return resolve_body(slug.replace("-", " "), vocabulary, org) or slug


@cache
def body_pattern(slug: str) -> str:
    """A regex for any name of a body (its abbreviation in brackets allowed after it)."""
    names = sorted(table("bodies")["bodies"].get(slug, []), key=len, reverse=True)
    alt = "|".join(r"\s+".join(map(re.escape, n.split())) for n in names)
    return rf"(?:(?:SCO|the|the SCO)\s+)?(?:{alt})(?:\s+\([A-Z]{{2,6}}\))?"


@cache
def office_patterns(
    org: str | None = None, extra: tuple[tuple[str, str], ...] = ()
) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(slug, regex) for each office title, longest first: the alias table's (for its organization)
    and ``extra`` (slug, name) pairs, the offices the store knows."""
    out = []
    offices = dict(table("offices")["offices"]) if org is None or org == table_org("offices") else {}
    for slug, name in extra:
        offices.setdefault(slug, []).append(name) if isinstance(
            offices.get(slug), list
        ) else offices.setdefault(slug, [name])
    for slug, titles in offices.items():
        for title in titles:
            rx = re.escape(title)
            rx = re.sub(r"\\\{([\w-]+)\\\}", lambda m: body_pattern(m.group(1)), rx)
            rx = rx.replace(r"\ ", r"\s+")
            out.append((len(title), slug, rx))
    out.sort(key=lambda t: -t[0])
    return tuple((slug, re.compile(rx)) for _, slug, rx in out)


def titles(kind: str) -> list[str]:
    """Attendance titles: ``heads`` (of state or government) or ``others``."""
    return sorted(table("offices")["titles"][kind], key=len, reverse=True)


def is_state(code: str) -> bool:
    """A state's alpha-3 code, as against an organization's slug."""
    return len(code) == 3 and code.isupper()


@cache
def own_name_states(org: str) -> frozenset[str]:
    """The states whose name or code the organization's own name or abbreviation spells ("CAN" is Canada's
    code, "GUAM" is Guam): a party read from those words is the organization, not the state."""
    return frozenset(p for p in (lookup_party(n) for n in (org.upper(), *org_names(org))) if p is not None)


def state_named_in(text: str, party: str) -> bool:
    """Whether the text names the state itself, by one of its names as pycountry spells them (case kept:
    "GUAM" in capitals is the organization, "Guam" the territory)."""
    import pycountry

    country = pycountry.countries.get(alpha_3=party)
    names = {getattr(country, k) for k in ("name", "common_name", "official_name") if hasattr(country, k)}
    return any(re.search(rf"\b{re.escape(n)}\b", text) for n in names)
