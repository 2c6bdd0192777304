"""Persons in attendance lists and appointments: who, in what role, for whom.

An item such as "President Hu Jintao of the People's Republic of China",
"Minister of External Affairs S. M. Krishna of the Republic of India" or
"Secretary General of the Collective Security Treaty Organization Nikolai
Bordyuzha" is split into the person, the role as written and the party. Known
persons are found by the alias table whatever the word order; an unknown one
is the run of name-like words left once the title and the party are taken
out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from igo_timeline.extract.names import (
    STYLE,
    Found,
    find_parties,
    is_state,
    lookup_party,
    match_person,
    strip_honorifics,
    strip_style,
    titles,
)
from igo_timeline.extract.places import is_city

_NAME_TOKEN = re.compile(
    r"(?:[^\W\d_][\w'’-]*\.?|(?:[A-Z]\.){1,3}|bin|ibn|al|el|de|da|do|dos|das|van|von|wa)$"
)
_PATRONYMIC = re.compile(r"(?:ovich|evich|ich|ovna|evna|ogly|uly|kyzy)$")


@dataclass(frozen=True)
class Person:
    """A person found in an item."""

    written: str
    name: str  # canonical when known, else as written
    known: bool
    closest: tuple[str, ...]  # known names close to it (a likely same person), when not known
    role: str
    party: str | None
    standing: str | None = None  # "observer": the standing an aside of the list tells ("A is a Xyz observer")


def _known_window(words: list[str], known: tuple[str, ...]) -> tuple[int, int, str] | None:
    """The longest run of name-like words that is a known person."""
    best: tuple[int, int, str] | None = None
    runs = [_name_like(w) for w in words]
    for i in range(len(words)):
        for j in range(min(len(words), i + 5), i, -1):
            run = words[i:j]
            if not all(runs[i:j]):
                continue
            if j - i == 1 and (i > 0 and runs[i - 1] or j < len(words) and runs[j]):
                continue  # one word of a longer name ("Serdar Berdimuhamedov") is not the surname alone
            kind, name, _ = match_person(" ".join(run), known)
            if kind == "known" and name and (best is None or j - i > best[1] - best[0]):
                best = (i, j, name)
            if kind == "known":
                break
    return best


_ROLE_WORDS = {
    "Secretary-General", "Secretary", "General", "Head", "Heads", "Director", "Chairman", "Chair",
    "Senator", "Speaker", "Governor", "Honorary", "Founder",
    "President", "Minister", "Ministers", "Representative", "Special", "Envoy", "Deputy", "Vice",
    "Executive", "Committee", "Council", "Affairs", "Foreign", "External", "Prime", "Premier", "Centre",
    "Center", "Structure", "Organization", "Organisation", "Community", "Union", "Office", "Asia",
    "Acting", "Emir", "King", "Sultan", "Ruler", "Chairperson", "Chief", "Crown", "Prince", "Leader", "Heir", "Apparent",
    "Ambassador", "Plenipotentiary", "Extraordinary", "Defence", "Defense", "Interior",
    "Government", "State", "States", "Republic", "Federation", "Cabinet", "People's", "Kingdom",
    "Managing", "Directors", "Presidents", "Assembly", "Board", "Commission", "Fund", "Bank",
    "Also", "Other", "Observer", "Partner", "Dialogue", "Guest", "Guests", "Delegation",
    "Colonel-General", "Lieutenant-General", "Major-General", "Army-General", "Colonel", "Admiral", "Marshal",
    "Captain", "Lieutenant", "Lieutenant-Colonel", "Brigadier", "Brigadier-General", "Commander",
    "Security", "National", "Province", "Region", "District", "Adviser", "Advisor", "Assistant",
    "Premiers", "Kings", "Emirs", "Sultans", "Leaders", "Ambassadors", "Secretaries",
    "Chancellors", "Envoys", "Representatives", "Chairmen", "Chairpersons",
    # plural bodies are no one's name: "the Heads of Turkic Cooperation Organizations also took part"
    "Organizations", "Organisations", "Communities", "Unions", "Councils", "Committees", "Commissions",
    "Institutions", "Agencies", "Bodies", "Members", "Delegations", "Countries", "Nations", "Partners",
    # a title's last noun is no given name: "Minister of External Relations Tete Antonio", "Minister of Trade and
    # Industry X", "Chief Executive Officer A. Abdullah", "the SCO Interbank Consortium X"
    "Relations", "Industry", "Trade", "Officer", "Consortium", "Association", "Cooperation", "Development",
    "Integration", "Planning", "Finance", "Economy", "Commerce", "Investment", "Tourism", "Agriculture",
    "Energy", "Health", "Education", "Communications", "Diaspora", "Abroad", "Research",
    # "Minister of Energy and Water Resources X", "Minister of Labour and Social Protection Y": portfolios
    "Resources", "Protection", "Infrastructure", "Works", "Transport", "Environment", "Fisheries", "Forestry",
    "Mines", "Housing", "Technology", "Culture",
    # "was elected Incoming Chairperson": a designation, no one's name
    "Incoming", "Outgoing", "Interim", "Former", "Newly",
    # "according to Anadolu Agency": a news service, no one
    "Agency", "News", "Press", "Television", "Radio", "Broadcasting",
    # "Defence Minister and State Councilor X Y", "Counsellor X": an office at home, no given name
    "Councilor", "Councillor", "Counselor", "Counsellor", "Mayor", "Spokesman", "Spokeswoman", "Spokesperson",
    # "Foreign Affairs Undersecretary X", "Permanent Secretary Y": a rank of a ministry, no given name
    "Undersecretary", "Under-Secretary", "Permanent",
    # an institution's noun is no one's name: "the Chief of the Joint Staff", "the Centre for Black Sea Studies", "the
    # Regional Forum", "the Cultural Institute", "Secretary General of the Permanent International Secretariat X"
    "Staff", "Studies", "Forum", "Institute", "Institutes", "Secretariat", "Foundation", "Academy", "University",
    "Ministry", "Department", "Authority",
}  # fmt: skip
# "the Special Envoy of President X": the item names an unnamed envoy; the name is the one who sent them
_ON_BEHALF = re.compile(
    # (the noun in either case: "who stands in as the special envoy of Prime Minister X")
    r"\b(?i:envoy|representative|adviser|advisor|assistant|aide|spokes(?:man|woman|person)|emissary|messenger)"
    r"\s+(?:of|to|for)\s+(?:the\s+)?(?:President|Prime\s+Minister|King|Queen|Emir|Sultan|Premier|Chancellor)\s+(?=[A-Z])"
)
# "Ambassador X for the European Union", "X, representing the African Union": the party represented
_FOR_PARTY = re.compile(
    r"\s+(?:for|representing|on\s+behalf\s+of)\s+(?:the\s+)?(?P<party>[A-Z][\w'’ -]+?)\s*$"
)


_FUNCTION_WORDS = {
    "The",
    "A",
    "An",
    "This",
    "That",
    "These",
    "Those",
    "It",
    "Its",
    "Their",
    "His",
    "Her",
    "Our",
    "In",
    "On",
    "At",
}


# lower-case words inside a name: "Osama bin Laden", "Ama de la Torre", "Ursula von der Leyen", "Kamau wa Njoroge"
_PARTICLES = frozenset({"bin", "ibn", "al", "el", "de", "da", "van", "von", "la", "del", "della", "dos", "das", "du",
                        "der", "den", "le", "wa", "do", "di"})  # fmt: skip


def person_like(name: str) -> bool:
    """Whether a name as written reads as a person's: each word name-like (no role or office word: "the Fund's
    Managing Director" is no one), no possessive, and not a party's name ("Central African Republic")."""
    words = name.split()
    return (
        bool(words)
        and _all_name_like(words)
        and not re.search(r"['’]s\b", name)
        and lookup_party(name) is None
        and not _REGION.fullmatch(name)
    )


# a region's name, no person's: "Middle East", "South Caucasus", "Central Asia", "West Africa", "the Horn of Africa"
_REGION = re.compile(
    r"(?:(?:Middle|Near|Far|North|South|East|West|Central|Southern|Northern|Eastern|Western|Southeast|Northeast"
    r"|Southwest|Northwest)\s+)+(?:East|Asia|Africa|Europe|America|Caucasus|Pacific|Atlantic|Mediterranean|Balkans)"
)


def _all_name_like(words: list[str]) -> bool:
    """Every word name-like (``_name_word``)."""
    return all(_name_word(words, k) for k in range(len(words)))


def _name_word(words: list[str], k: int) -> bool:
    """Whether the k-th word is a name's: name-like, or a title's word after "bin", a father's name ("Khalid Bin
    Sultan Al Nuaimi")."""
    return _name_like(words[k]) or (
        k > 0 and words[k - 1].casefold() in ("bin", "ibn", "bint") and words[k] in _ROLE_WORDS
    )


def _name_like(word: str) -> bool:
    if "-" in word and any(part in _ROLE_WORDS for part in word.strip(".,").split("-")):
        return False  # "Vice-President", "Prime-Minister": a title written with a hyphen
    if not _NAME_TOKEN.match(word) or word.strip(".,") in _ROLE_WORDS or word.rstrip(",") in _FUNCTION_WORDS:
        return False
    if (
        not word[0].isupper()
        and word not in _PARTICLES
        and not re.match(r"(?:al|el|ad|ul|ud|bin)-[A-Z]", word)  # "Abdel Fattah el-Sisi"
    ):
        return False
    return not (len(word) > 1 and word.isupper() and not word.endswith("."))  # UN, SCO, RCTS


# titles that are surnames too: "Catherine King", "Harry Prince" (a given name before them, the item's last word)
_SURNAME_TOO = {"King", "Prince", "Marshal", "Chancellor"}


def _trailing_name(words: list[str]) -> int:
    """Where the run of name-like words at the end starts (2 words, 3 with a patronymic)."""
    n = 0
    if (
        len(words) >= 2
        and words[-1] in _SURNAME_TOO
        and _name_like(words[-2])
        and not words[-2].endswith(("'s", "’s"))
        and not find_parties(words[-2])
    ):
        n = 1  # "Minister Catherine King": the title word is the surname after a given name
    while n < len(words) and _name_word(words, len(words) - 1 - n):
        word = words[len(words) - 1 - n]
        if n >= 2 and (code := lookup_party(word.rstrip(",."))) is not None and is_state(code):
            break  # "... of Northern Cyprus Ersin Tatar": a state's name ends the title, it starts no name
        n += 1
    while n and not words[len(words) - n][:1].isupper():
        n -= 1  # a name starts with a capital ("bin" and "al" only inside it)
    # at most five words of the name's own, its particles aside ("Mohammed bin Salman bin Abdulaziz Al Saud")
    own, start = 0, len(words)
    while start > len(words) - n and own < 5:
        start -= 1
        own += words[start].casefold() not in _PARTICLES
    while start < len(words) and not words[start][:1].isupper():
        start += 1
    return start


# a word that makes an apposition an office: "Minister of Works", "Ambassador of X", "Secretary of State"
_OFFICE_WORD = re.compile(
    r"^(?:the\s+)?(?:(?:Deputy|Vice|Acting|Interim|First|Second|Senior|Special)[\s-]+)*(?:President|Prime\s+Minister|Minister|Ambassador"
    r"|Secretary|High\s+Commissioner|Commissioner|Envoy|Representative|Chancellor|Premier|King|Queen|Emir|Sultan)\b"
)
_NAME_FIRST = re.compile(
    # up to six words after the first, particles among them ("Mohammed bin Salman bin Abdulaziz Al Saud, ...")
    # (an Arabic article joined to the name in lower case: "Q al-Rashidi", "R el-Masri")
    r"^(?P<name>[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|(?:al|el|ad|as|ash|ud)-[A-Z][\w'’.-]*|bin|ibn|al|de|da|do|dos|das|van|von)){1,6}),\s+(?P<role>.+)$"
)


_REGNAL_NAME = re.compile(
    r"^(?P<title>King|Queen|Sultan|Emperor|Empress)\s+(?P<given>[A-Z][a-z]+)\s+(?P<numeral>[IVX][IVXivx]{0,4})"
    r"\s+of\s+(?P<state>(?:the\s+)?[A-Z][\w'’ -]+)$"
)
_SOVEREIGN = re.compile(
    r"^(?P<name>(?:King|Queen|Emperor|Empress|Pope)\s+[A-Z][a-z]+(?:\s+[IVX][IVXivx]{0,4})?),\s+(?P<role>(?:the\s+)?[A-Z][^,;]*)$"
)
# a name (two to four words), then "of" and an organization's name or acronym ("of UN ESCAP", "of the CICA Secretariat")
_OF_BODY = re.compile(
    r"^(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){1,3})\s+of\s+(?P<body>(?:the\s+)?(?:[A-Z]{2,}[\w-]*\s+)*"
    r"(?:[A-Z]{2,}[\w-]*|[A-Z][\w-]*\s+(?:Secretariat|Commission|Bank|Fund|Organi[sz]ation|Council|Committee|Union|Forum|Agency|Programme|Office)))$"
)
# the noun of a state's own name ("the Kyrgyz Republic", "the Russian Federation"): no mere adjective
_STATE_NOUN = re.compile(
    r"\b(?:Republic|Federation|Kingdom|States|Emirates|Union|Islands|Arabia|Confederation|Commonwealth|Principality"
    r"|Sultanate|Emirate|State)\b"
)
_LEAD_TITLE = re.compile(
    r"^(?P<title>(?:(?:Deputy|Vice|Acting|Interim)\s+)?(?:President|Prime\s+Minister|King|Queen|Emir|Sultan|Crown\s+Prince"
    r"|Prince|Chancellor|Premier|Ambassador|Senator|Minister|Foreign\s+Minister|Governor|Chief\s+Executive|Vice[\s-]+President))\s+(?=[A-Z])"
)
_REGNAL = re.compile(r"\s+(?P<numeral>[IVX]{1,5})$")


def _headed_item(who: str, state: str, org: str, known: tuple[str, ...]) -> Person | None:
    """The person of a list line headed by its state, after the colon: "King X III", "Ambassador X, Special
    Envoy of ...", "X, Minister of ...": the state is the line's head, the title the words before the name or
    after its comma."""
    who = _RANK.sub("", re.sub(r"^(?:The|the)\s+", "", strip_honorifics(strip_style(who.strip()))))
    offices = re.split(r"\s+[–—]\s+", who)
    if len(offices) > 1 and all(_OFFICE_WORDS.match(o) for o in offices[:-1]):
        # "Chairman of the Cabinet – Head of the Administration X": two offices held at once, joined by a dash,
        # the name after the last; the first is the one the state is seated by
        words = offices[-1].split()
        for k in (2, 3):  # the name: the last two or three words, read after the first office
            if len(words) > k and all(_name_like(w) for w in words[-k:]):
                person = _headed_title_name(f"{offices[0]} {' '.join(words[-k:])}", state, org, known)
                if person is not None and person.name == " ".join(words[-k:]):
                    return person
        return None
    person = _headed_title_name(who, state, org, known)
    if person is None and "," in who:
        # "Permanent Representative to the bodies of X, Ambassador to Y Z": offices in a row, commas between,
        # the name after the last office; the words before it are offices, not a name
        last = who.rsplit(",", 1)[1].strip()
        found = parse_item(last, org, known) if _OFFICE_WORDS.match(last) else None
        return replace(found, party=state) if found is not None and found.role else None
    return person


# the words an office opens with ("Deputy Prime Minister", "Chairman of ...", "Head of ...", "Ambassador ...")
_OFFICE_WORDS = re.compile(
    r"^(?:(?:Deputy|Vice|Acting|Interim|First|Permanent|Special|Senior)[\s-]+)*(?:Foreign\s+)?(?:President|Prime\s+Minister|Minister|Chair(?:man|woman|person)?"
    r"|Head|Secretary|Ambassador|Representative|Plenipotentiary|Envoy|Governor|Premier|Chancellor)\b"
)


def _headed_title_name(who: str, state: str, org: str, known: tuple[str, ...]) -> Person | None:
    """The person of a list line's words after its state: the title before the name or after its comma."""
    # "Prime Minister, Mr. X": the title, a comma, then the name
    who = re.sub(
        r"^(?P<t>(?:(?:Deputy|Vice|Acting)[\s-]+)?(?:President|Prime\s+Minister|King|Queen|Emir|Sultan|Premier|Chancellor)),\s+"
        r"(?:(?:Mr|Mrs|Ms|Dr|Madam|Mme)\.?\s+)?(?=[A-Z])",
        r"\g<t> ",
        who,
    )
    name, _, title = who.partition(",")
    after = _TITLE_AFTER.search(name) if not title else None
    if after and len(name[: after.start()].split()) >= 2:
        name, title = name[: after.start()], after.group("title")  # "X Y Prime Minister": the title after
    lead = _LEAD_TITLE.match(name)
    if lead:
        name, title = (
            name[lead.end() :],
            " ".join(lead.group("title").split()) + (f", {title.strip()}" if title else ""),
        )
    elif not title:
        found = parse_item(who, org, known)
        return replace(found, party=state) if found is not None else None
    regnal = _REGNAL.search(name)  # "Mswati III": a regnal numeral belongs to the name
    bare = name[: regnal.start()] if regnal else name
    if not bare.strip() or not _all_name_like(bare.split()):
        return None
    person = parse_item(bare, org, known) if len(bare.split()) > 1 else None
    written = name.strip()
    if person is not None and person.known and not regnal:
        return replace(person, party=state, role=title.strip() or person.role)
    return Person(written=written, name=written, known=False, closest=(), role=title.strip(), party=state)


# abbreviated ranks and academic titles before a name: "Lt. Gen. X", "Prof. X", "Eng. X" (the name is X)
_RANK = re.compile(
    r"\b(?:(?:Lt|Lieut|Gen|Maj|Col|Brig|Adm|Capt|Cdr|Prof|Dr|Engr?|Amb|Rev)\.\s*|(?:Dr|Prof)\s+|(?<![a-z]\s)Eng\s+)(?=[A-Z])"
)
# a title after the name with no comma: "X Y Prime Minister"
_TITLE_AFTER = re.compile(
    r"\s+(?P<title>(?:(?:Deputy|Vice|Acting)[\s-]+)?(?:President|Prime\s+Minister|King|Queen|Emir|Sultan|Premier|Chancellor"
    r"|Minister\s+(?:of|for)\s+[A-Z][\w ,&'’-]+))$"
)


def _title_word(word: str) -> str:
    """ "OUATTARA" -> "Ouattara", "JOHNSON-SIRLEAF" -> "Johnson-Sirleaf", "N'GUESSAN" -> "N'Guessan"."""
    return re.sub(r"[^\W\d_]+", lambda m: m.group().capitalize(), word.lower())


def _caps_surnames(item: str) -> str:
    """A list line's name with its surname set in capitals, the francophone way ("Alassane OUATTARA, President of
    ...", "Aurelien A. HOUNKPATIN, Minister of ..."): the surname read as a name's word. Only a whole item of
    that shape, the name opening it and an office after its comma (or nothing): an acronym anywhere else stays
    as written."""
    m = _CAPS_NAME.match(item)
    if m is None:
        return _caps_first(item)
    given = m.group("given").split()
    if any(w in _ROLE_WORDS or w in _FUNCTION_WORDS or w in _TITLES_BEFORE for w in given):
        return item
    surname = m.group("sur")
    if any(lookup_party(w) is not None for w in surname.split()):
        return item
    return item[: m.start("sur")] + " ".join(_title_word(w) for w in surname.split()) + item[m.end("sur") :]


# the East Asian order, the surname first and in capitals, at the item's end after a title or a style ("UNIDO
# Director General LI Yong", "Ambassador KIM Sook-ja"): never after "of" or "the" (an acronym's place)
_CAPS_FIRST = re.compile(
    r"(?:^|(?<=\s))(?<!\bof\s)(?<!\bthe\s)(?P<sur>[A-Z]{2,7})\s+(?P<given>[A-Z][a-z]+(?:[-\s][A-Za-z][a-z]+)?)\s*(?:$|(?=,\s))"
)


def _caps_first(item: str) -> str:
    """An item ending in a name written surname first in capitals ("Director General LI Yong"): the surname read
    as a name's word ("Li Yong"); an acronym that names a party or an organization stays as written."""
    m = _CAPS_FIRST.search(item)
    if m is None or lookup_party(m.group("sur")) is not None:
        return item
    before = item[: m.start()].split()
    if before and not (
        _title_word(before[-1]) in _ROLE_WORDS
        or before[-1].rstrip(".") in _TITLES_BEFORE
        or re.fullmatch(
            r"General|Secretary|Director|President|Minister|Ambassador|Chair\w*|Premier"
            r"|Representative|Envoy|Commissioner|H\.\s?E\.?",
            before[-1],
        )
    ):
        return item
    return item[: m.start("sur")] + _title_word(m.group("sur")) + item[m.end("sur") :]


_CAPS_NAME = re.compile(
    r"^(?P<given>(?:[A-Z][a-z][\w'’-]*\s+|[A-Z]\.\s*){1,4})(?P<sur>[A-Z][A-Z'’-]*[A-Z](?:\s+[A-Z][A-Z'’-]*[A-Z]){0,2})"
    r"(?=\s*,\s*(?:the\s+)?(?:(?:Deputy|Vice|Acting|Interim|First|Second|Senior|Special)[\s-]+)*"
    r"(?:President|Prime\s+Minister|Minister|Ambassador|Secretary|High\s+Commissioner|Commissioner|Envoy|Representative"
    r"|Chancellor|Premier|King|Queen|Emir|Sultan|Chairperson|Chairman|Head)\b|\s*$)"
)


# words before a name that are no given name ("Mr", "Madam", "President"): a capitals word after them is an
# acronym as often as a surname
_TITLES_BEFORE = frozenset({"Mr", "Mrs", "Ms", "Madam", "Mme", "Dr", "Prof", "Hon", "Sir", "Dame", "Lord", "Lady",
                            "Senator", "Ambassador", "General", "Colonel", "Excellency", "Majesty", "Highness"})  # fmt: skip


# styles and honours written before a name that are no part of it: Malaysia's and Brunei's ("Tan Sri", "Datuk
# Seri", "Dato' Sri", "Tun", "Pehin", "Haji"), India's ("Shri", "Smt."), and an academic's ("Professor"); two
# words of the name at least follow
_NAME_STYLE = re.compile(
    r"(?:(?:Tun|Toh\s+Puan|Tan\s+Sri|Puan\s+Sri|Dat(?:uk|o['’]?)\s+(?:Seri|Sri)|Datuk|Dato['’]|Datin(?:\s+(?:Seri|Sri|Paduka))?"
    r"|Pehin(?:\s+Sri)?|Haji|Hajah|Professor|Shri|Shrimati|Smt\.?)\s+)+(?=[A-Z][\w'’-]+\s+[A-Z])"
)


def _style_may_go(item: str, start: int) -> bool:
    """Whether a style found at ``start`` heads the name: the item opens there, or a title's word, a comma or a
    state's possessive or "by" stands before it ("Sultan Haji X", "Prime Minister Datuk Seri Y", "Malaysia's Tan Sri Z");
    inside a name ("Najib Tun Razak") it stays."""
    before = item[:start].split()
    last = before[-1] if before else ""
    # ("chaired by Dato' Seri X", "led by Tan Sri Y": the agent's name after "by")
    return not before or last.strip(",") in _ROLE_WORDS or last == "by" or last.endswith((",", "'s", "’s"))


# an initial written against the surname with no space ("A.Asadov", "H.Geldimyradov"); not an acronym's stops
# ("U.S.", "U.N.") nor a web address (a lower-case letter after the stop)
_GLUED_INITIAL = re.compile(r"(?<![\w.])((?:[A-Z]\.)*[A-Z])\.(?=[A-Z][a-z]{2,})")


# the last word of the words before a capitalized run that makes the run their object, no name: "Minister for
# Overseas Territories", "cooperation across Southern Africa", "Deputy Prime Minister for the Financial and
# Economic Sector" (cut at "and" by a list)
_OBJECT_BEFORE = frozenset({"for", "of", "to", "on", "across", "throughout", "in", "into", "at", "from", "within",
                            "between", "among", "and"})  # fmt: skip


_TIME_OPENING = re.compile(
    r"^(?:(?:Also|Later|Earlier|Then)\s+)?(?:(?:on|last|this|that|the\s+same|the\s+previous|the\s+next)\s+)"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|morning|afternoon|evening|day|week)\s*,\s*"
    r"|^(?:Also|Later|Earlier|Meanwhile|Afterwards|Then|Separately)\s*,\s*",
    re.I,
)


def parse_item(item: str, org: str, known: tuple[str, ...] = ()) -> Person | None:
    """The person of an attendance or appointment item, or None when it names no one."""
    # a retired officer's mark after the name, "Flt-Lt X Y (Rtd)": no part of the name nor of the title
    item = re.sub(r"\s*\((?:Rtd|rtd|Retd|retd|Ret\.|retired)\)", "", item)
    # "Also on Thursday, Putin": a time the sentence opens with is no title of the name after its comma
    item = _TIME_OPENING.sub("", item)
    person = _parse_item(item, org, known)
    if person is not None and not person.known and all(w in _TITLE_ONLY for w in person.name.split()):
        return None  # "the United Nations Resident Coordinator": an office named, no person's name
    if person is not None and _REGION.fullmatch(person.name):
        return None  # "the situation in Afghanistan, Iraq, the Middle East": a region named, no one
    if person is not None and re.search(r"\w['’]s$", person.name):
        # "followed by French President Jacques Chirac's (speech)": the possessive is no part of the name
        person = replace(person, name=person.name[:-2], written=re.sub(r"['’]s$", "", person.written))
    if (
        person is None
        and (one := _ONE_NAME.match(item)) is not None
        and _OFFICE_WORD.search(one.group("title"))
    ):
        # "H.E. Mr. Sudarmo, Culture Minister of Abc": one name after a courtesy title, the office
        # and the state after the comma (a list's item): a person known by one name
        states = [p for p in find_parties(one.group("title"), exclude=[org]) if is_state(p.value)]
        if states and not find_parties(one.group("name")) and one.group("name") not in _ROLE_WORDS:
            kind, found, near = match_person(one.group("name"), known)
            name = one.group("name")
            role = _office_without_state(one.group("title"), states[-1])
            return Person(name, found or name, kind == "known", tuple(near), role, states[-1].value)
    return person


def _office_without_state(office: str, state: Found) -> str:
    """The office without the state it names ("Minister of Works of The Gambia" -> "Minister of Works")."""
    before = _OF_STATE_BEFORE.sub("", office[: state.start])
    return (before + " " + office[state.end :].lstrip(" )")).strip(" ,")


# what leads up to a state's name in an office: "... of the", " (", ", "
_OF_STATE_BEFORE = re.compile(r"[\s,(]*(?:\bof\s+)?(?:\b[Tt]he\s+)?[\s(]*$")


_ONE_NAME = re.compile(
    rf"^\s*(?:{STYLE}\.?\s*,?\s*)*(?:Mr|Mrs|Ms|Madam|Mme)\.?\s+(?P<name>[A-Z][a-z]{{3,}})\s*,\s+(?P<title>[A-Z].+)$"
)


# the words of an office that are nobody's name ("Resident Coordinator", "Executive Secretary", "Chief Executive"):
# the role words and a few ranks and offices they lack
_TITLE_ONLY = _ROLE_WORDS | {
    "Resident", "Regional", "Senior", "Coordinator", "Co-ordinator", "Commissioner", "Delegate", "Rapporteur",
    "Registrar", "Chairwoman",
}  # fmt: skip


# the rank of a list of "State – Name" pairs, before its first pair: "the heads of state of Cameroon – X"
_RANK_OF_PAIRS = re.compile(
    r"^(?:the\s+)?(?P<rank>heads\s+of\s+(?:state|government)(?:\s+and\s+government)?|(?:foreign\s+|prime\s+)?ministers"
    r"|leaders|presidents)\s+of\s+(?P<pair>[A-Z][^–—]{1,60}?\s[–—]\s+[A-Z].*)$"
)


# an infinitive of purpose after the title ("..., Chairman of IGAD to consider the situation"): no part of the role
# (an office "to" a place or a person stays: "Special Envoy to Somalia", "Adviser to the President")
_PURPOSE = re.compile(
    r"\s+(?:in\s+order\s+)?to\s+(?!(?:the|a|an|his|her|their|its|our|this|that|which|whom|whose|what|where|when|date|be|been)\b)[a-z]\w*\b.*$",
    re.S,
)


def _parse_item(item: str, org: str, known: tuple[str, ...]) -> Person | None:
    item = _PAREN_POSTNOMINALS.sub("", item)
    item = _PURPOSE.sub("", item)
    ranked = _RANK_OF_PAIRS.match(item)
    if ranked is not None:
        # "the heads of state of Cameroon – X" (the first item of "State – Name" pairs): the rank the list's intro
        # gives them all, the pair read on its own
        paired = _parse_item(ranked.group("pair"), org, known)
        if paired is not None:
            # (each one's rank: "heads of state" -> "head of state", "foreign ministers" -> "foreign minister")
            rank = re.sub(r"\b(head|minister|leader|president)s\b", r"\1", ranked.group("rank").casefold())
            return replace(paired, role=rank)
    person = _read_item(_POSTNOMINALS.sub("", item.rstrip(" ;")), org, known)
    if person is None and (comma := _NAME_THEN_TITLE.search(item)) is not None:
        # "Hon. X Y Minister of Foreign Affairs": a name and its title with no comma between them (a state's name
        # before a title is no person's: "British Virgin Islands Premier")
        if not find_parties(comma.group("name")):
            item = f"{item[: comma.end('name')]}, {item[comma.start('title') :]}"
            person = _read_item(item, org, known)
    owner = re.match(
        r"(?P<state>[A-Z][\w'’ .-]{1,40}?)['’]s\s+(?P<rest>(?:Senator\s+)?(?:the\s+)?(?:Hon|Honourable|Rt|Dr|H\.\s?E)\b.+)$",
        item,
    )
    if person is None and owner and (state := lookup_party(owner.group("state"))) and is_state(state):
        # "Jamaica's Senator the Hon. X, Minister of ...": the state's possessive before a styled name
        found = _read_item(owner.group("rest"), org, known)
        person = replace(found, party=found.party or state) if found is not None else None
    if person is not None and person.party is None and not person.known and (state := house_state(person)):
        return replace(person, party=state)
    if (
        person is not None
        and person.party
        and _FORMER_OF.search(item)
        and (
            (former := _FORMER_OF.search(item)) is not None
            and lookup_party(former.group("adj") or former.group("of") or "") == person.party
        )
    ):
        # "the head of the X Bank, former Brazilian President Y": the state was hers, she speaks for no state now
        return replace(person, party=None)
    return person


# the title of a head of state or government right before a name of one word (the end of the role's words)
_MONONYM_TITLE = re.compile(
    r"(?:^|\s)(?:President|Prime\s+Minister|Premier|Chancellor|(?P<sovereign>King|Queen|Emir|Amir|Sultan))$"
)


# a state's office held before: "former Brazilian President", "ex-Prime Minister of Chile"
_FORMER_OF = re.compile(
    r"\b(?:former|ex-)\s*(?:(?P<adj>[A-Z][\w'’-]+)\s+)?(?:President|Prime\s+Minister|Premier|Chancellor|(?:Foreign\s+)?Minister)\b"
    r"(?:\s+of\s+(?:the\s+)?(?P<of>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}))?"
)


# letters after a name that are no part of it ("X Y, Q.C.", "X Y, KC, MP", "X Y, GCMG", "X Y (PhD)"): post-nominals,
# after a comma at the item's end or in brackets right after the name ("X Y (Ph.D.), Prime Minister of Z")
_LETTERS = (
    r"(?:Q\.?\s?C|K\.?\s?C|S\.?\s?C|M\.?\s?P|J\.?\s?P|O\.?\s?B\.?\s?E|C\.?\s?B\.?\s?E|M\.?\s?B\.?\s?E"
    r"|G\.?\s?C\.?\s?M\.?\s?G|K\.?\s?C\.?\s?M\.?\s?G|C\.?\s?M\.?\s?G|Ph\.?\s?D|M\.?\s?D)\.?"
)
# (a member of parliament's letters also with no comma: "the Prime Minister of Abc, Hon. X Y MP")
_POSTNOMINALS = re.compile(rf"(?:\s*[,;]\s*{_LETTERS})+\s*$|(?<=[a-z])\s+M\.?P\.?\s*$")
_PAREN_POSTNOMINALS = re.compile(rf"(?<=[\w.])\s*\({_LETTERS}\)")
# a name, two to five words of its own, then a state's or a body's title with no comma between: "the Hon. Kamina
# Smith Minister of Foreign Affairs", "Hon. Walter H. Roban Deputy Premier and Minister of Home Affairs"
_NAME_THEN_TITLE = re.compile(
    r"(?:^|(?<=\s))(?P<name>(?!(?:Hon|Honourable|Senator|Dr|Mr|Mrs|Ms|Sir|Dame|The|the|His|Her|Excellency|Rt|Right)\b)"
    r"[A-Z][a-z][\w'’-]*(?:\s+(?!(?:Deputy|Vice|Acting|Assistant|Senior|Prime|Minister|Premier|Ambassador|Secretary|Governor"
    r"|Permanent|High)\b)(?:[A-Z]\.|[A-Z][a-z][\w'’-]*)){1,4})(?<!['’]s)\s+"
    r"(?P<title>(?:(?:Deputy|Vice|Acting|Assistant|Senior)\s+)?(?:Minister|Premier|Prime\s+Minister|Ambassador|Secretary|Governor"
    r"|Permanent\s+Secretary|High\s+Commissioner)\b.*)$"
)


# sources: https://dhow.com/ruling-families-of-the-gulf-region/ (the houses of Saudi Arabia, Qatar, Kuwait,
# Bahrain and the emirates of the UAE), http://cryer.org.uk/The_Ten_Families (Oman's Al Said, the Al Qasimi of
# Sharjah and Ras Al Khaimah), and dhow.com/faqs (the Custodian of the Two Holy Mosques is Saudi Arabia's king)
# the reigning houses of the Gulf states: the family name of a king, an emir, a crown prince or a minister of the
# house tells the state whose office the title is ("King Hamad bin Isa Al Khalifa": Bahrain's), where the text
# names the title and no state. "Al Said" only after a "bin" (an Omani name's form), lest another Said be read
_HOUSE = re.compile(r"\bAl[\s-](?P<house>Khalifa|Thani|Sabah|Nahyan|Nahayan|Maktoum|Qasimi|Saud|Said)$")
_HOUSES = {"Khalifa": "BHR", "Thani": "QAT", "Sabah": "KWT", "Nahyan": "ARE", "Nahayan": "ARE", "Maktoum": "ARE",
           "Qasimi": "ARE", "Saud": "SAU", "Said": "OMN"}  # fmt: skip
# a state's office (not the organization's: a secretary general of the house's name serves the organization)
_STATE_TITLE = re.compile(
    r"\b(?:King|Emir|Amir|Sultan|Crown\s+Prince|Prince|Prime\s+Minister|Premier|(?:Vice[\s-])?President|Ruler|Minister"
    r"|Custodian\s+of\s+the\s+Two\s+Holy\s+Mosques)\b"
)
_ORG_TITLE = re.compile(r"\b(?:Secretary|Director|Commissioner|Chair\w*|Envoy|Representative)\b", re.I)


def house_state(person: Person) -> str | None:
    """The state of a titled member of a reigning house ("Emir Sheikh Tamim bin Hamad Al Thani": Qatar), or of
    the one title a single state's king bears ("Custodian of the Two Holy Mosques": Saudi Arabia's); None for
    anyone else, and for a title that is no state's office."""
    role = person.role or ""
    if not _STATE_TITLE.search(role) or _ORG_TITLE.search(role):
        return None
    if re.search(r"\bCustodian\s+of\s+the\s+Two\s+Holy\s+Mosques\b", role):
        return "SAU"
    m = _HOUSE.search(person.name)
    if m is None or m.group("house") == "Said" and not re.search(r"\sbin\s", person.name):
        return None
    return _HOUSES[m.group("house")]


def _read_item(item: str, org: str, known: tuple[str, ...] = ()) -> Person | None:
    """``parse_item``'s reading of the words, before a house's name may tell the state."""
    # "Prime Minister of A X.Surname": an initial glued to the surname, read as "X. Surname"
    item = _GLUED_INITIAL.sub(r"\g<1>. ", item)
    raw = item.strip()
    item = re.sub(
        r"[\s,;]+(?:and|or)$", "", item.strip(" ,;:.")
    )  # "X, President of A; and": the list's last joint
    item = re.sub(
        r"^(?:\d{1,2}(?:\.\d{1,2})*[.)]|\(?[a-z][.)]|\(?[ivx]{1,5}[.)]|\(\d{1,2}\))\s+(?=[A-Z]|the\s)",
        "",
        item,
    )  # "2. His ...": a paragraph's number
    # "The Meeting was chaired by X, Minister of Y": the clause that tells the sitting led by the person is no title
    # (but "Abc's delegation was headed by X": the state the clause names is X's)
    item = re.sub(
        r"^(?:(?:The|the)\s+)?(?:[\w'’-]+\s+){0,4}?(?i:meeting|session|summit|sitting|conference|talks|gathering)\s+(?:was|were|is|are)\s+(?:jointly\s+)?(?:co-)?(?:chaired|led|headed|presided\s+over"
        r"|opened)\s+by\s+(?=[A-Z])",
        "",
        item,
    )
    item = strip_honorifics(
        strip_style(re.sub(r"^(?:and|as well as|i\.e\.|namely|including)\s+", "", item.strip(" ,;:.")))
    )
    item = _RANK.sub("", item)
    item = _caps_surnames(item)
    item = re.sub(r"\s*\((?:Ret|retd?|ret'd|retired)\.?\)\s*$", "", item)  # "General X (Ret.)": a rank's mark
    # "Prime Minister of X Dr the Hon. Y", "the Rt Hon. Y": an honorific inside the item, before the name
    # "Prime Minister of X, His Excellency Y", "..., Most Honourable Y"
    item = re.sub(rf"(?:^|(?<=\s)){STYLE}\s+(?=[A-Z])", "", item).strip()
    # "Deputy Minister of Foreign Affairs Mr. X Y": a courtesy title between the office and the name
    item = re.sub(r"(?<=[a-z]\s)(?:Mr|Mrs|Ms|Mme|Madam)\.?\s+(?=[A-Z][\w'’-]+\s+[A-Z])", "", item)
    # "Foreign Minister Sheikh X", "Deputy Prime Minister Sayyid Y": an Arabic honorific between title and name
    # (after a title word and before a name of its own, two words at least: "Prime Minister Sheikh Hasina" and
    # "Hassan Sheikh Mohamud" keep it, it is their name's)
    item = re.sub(
        r"(?:^|(?<=\s))(?:His|Her)\s+Honou?r\s+(?=[A-Z])", "", item
    )  # "His Honour Dr Guy S., Vice President"
    item = _NAME_STYLE.sub(lambda m: "" if _style_may_go(item, m.start()) else m.group(), item)
    if (regnal := _REGNAL_NAME.match(item)) is not None and any(
        is_state(p.value) for p in find_parties(regnal.group("state"), exclude=[org])
    ):
        # "King Mswati III of Eswatini": a sovereign known by one name and a numeral
        name = f"{regnal.group('given')} {regnal.group('numeral').upper()}"
        states = [p for p in find_parties(regnal.group("state"), exclude=[org]) if is_state(p.value)]
        return Person(name, name, False, (), regnal.group("title"), states[0].value)
    if (sovereign := _SOVEREIGN.match(item)) is not None:
        # "Queen Elizabeth II, Head of the Commonwealth": a sovereign's name is the title and the regnal name
        office = re.sub(r"^(?:the|The)\s+", "", sovereign.group("role")).strip(" ,")
        states = [p for p in find_parties(office, exclude=[org]) if is_state(p.value)]
        name = sovereign.group("name")
        name = (
            name[: name.rfind(" ")] + " " + name.rsplit(" ", 1)[1].upper()
            if re.search(r"\s[IVX][ivx]+$", name)
            else name
        )
        return Person(name, name, False, (), office, states[-1].value if states else None)
    if (
        (member := _OF_BODY.match(item)) is not None
        and all(_name_like(w) for w in member.group("name").split())
        and not find_parties(member.group("name"))
    ) and not [p for p in find_parties(member.group("body"), exclude=[org]) if is_state(p.value)]:
        # "Shamshad A. of UN ESCAP", "Gong J. of the CICA Secretariat": a person of another organization, no state
        kind, found, near = match_person(member.group("name"), known)
        name = member.group("name")
        return Person(name, found or name, kind == "known", tuple(near), f"of {member.group('body')}", None)
    # ("His Highness Sheikh X Y Z": the style stripped, the honorific opens the item)
    item = re.sub(
        r"^(?:Sheikh|Sheikha|Shaikh|Shaikha|Sayyid|Sayyida)\s+(?=[A-Z][\w'’-]+(?:\s+(?:bin|ibn|al|Al|el|Bin))*\s+[A-Z])",
        "",
        item,
    )
    item = re.sub(
        r"(?P<title>\b(?:[A-Z][\w-]*)\s+)(?:Sheikh|Sheikha|Shaikh|Shaikha|Sayyid|Sayyida)\s+"
        r"(?=[A-Z][\w'’-]+(?:\s+(?:bin|ibn|al|Al|el|Bin))*\s+[A-Z])",
        lambda m: m.group() if m.group("title").strip() not in _ROLE_WORDS else m.group("title"),
        item,
    )
    if re.match(r"(?:the\s+)?(?:former|ex-)\s*(?=\S)", item, re.I):
        return None  # "former Malian President X": no longer holds what the title names, so no one's delegate as it
    if re.match(r"(?:They|We|It|He|She)\s+(?:also\s+)?[a-z]+(?:ed|s)?\b", item):
        return None  # "They adopted the Bangkok Declaration": an item that tells an act, not a person
    if re.match(
        # an unnamed one (the indefinite article, the noun in lower case), not a title ("the Special Representative
        # of the Secretary-General, X")
        r"(?:(?i:an?)\s+(?:[a-z]+\s+)?(?:representative|envoy|emissary|delegate|delegation)s?\s+of"
        r"|who\s+(?:stood|stands|was\s+standing)\s+in\s+for|who\s+(?:represented|replaced|deputi[sz]ed\s+for))\b",
        item,
    ):
        return None  # "a representative of President X", "who stood in for President X": X was not there
    by = re.match(r"^(?P<state>(?:The\s+|the\s+)?[A-Z][^,;()]{1,50}?)\s+by\s+(?P<who>[A-Z].+)$", item)
    if by:  # "The Bahamas by Frederick Mitchell, Minister of Foreign Affairs": a state represented by
        named = re.sub(r"^(?:The|the)\s+", "", by.group("state"))
        named = re.sub(r"^St\.?\s+", "Saint ", named)  # "St Vincent and the Grenadines"
        states = [p for p in find_parties(named, exclude=[org]) if is_state(p.value)]
        if states and states[0].start == 0 and states[0].end >= len(named.rstrip()) - 1:
            name, _, title = by.group("who").partition(",")
            lead = re.match(r"^(?:(?:Senator|Ambassador|Honourable|Hon\.|Sen\.|Amb\.)\s+)+", name)
            if lead:  # "Senator Francine Baron": a title before the name
                title, name = title or lead.group().strip(), name[lead.end() :]
            who = parse_item(name, org, known)
            if who is not None:
                return replace(who, party=states[0].value, role=title.strip() or who.role)
    headed = re.match(
        r"^(?P<state>(?:The\s+|the\s+)?[A-Z][^:;,()]{1,50}?)\s*(?::|\s[–—]|\s-|(?=\s+"
        + STYLE
        + r"))\s+(?P<who>[A-Z].+)$",
        item,
    )
    if headed is None and (styled := re.match(r"^(?P<state>[A-Z][^:;,()]{1,50}?)\s+(?=" + STYLE + ")", raw)):
        # "Angola H.E. President X", "Lesotho The Rt. Hon. Prime Minister, Mr. Y": a list line headed by its
        # state, the style of the person right after it (the style is stripped from ``item`` already)
        named = re.sub(r"^St\.?\s+", "Saint ", styled.group("state"))
        states = [p for p in find_parties(named, exclude=[org]) if is_state(p.value)]
        if states and states[0].start == 0 and states[0].end >= len(named.rstrip()) - 1:
            return _headed_item(
                re.sub(
                    r"^(?:The|the)\s+",
                    "",
                    strip_honorifics(strip_style(raw[styled.end() :].strip(" ,;:."))),
                ),
                states[0].value,
                org,
                known,
            )
        if re.fullmatch(r"[A-Z]{2,5}", named.strip()):  # "DRC H.E. President X": a head the table lacks
            who = parse_item(raw[styled.end() :], org, known)
            return who if who is None or who.party else replace(who, party=None)
    if headed:  # "Lesotho: Prime Minister X", "Zambia - X, Minister of ...": a list line headed by its state
        named = re.sub(r"^St\.?\s+", "Saint ", re.sub(r"^(?:The|the)\s+", "", headed.group("state")))
        states = [p for p in find_parties(named, exclude=[org]) if is_state(p.value)]
        if states and states[0].start == 0 and states[0].end >= len(named.rstrip()) - 1:
            return _headed_item(headed.group("who"), states[0].value, org, known)
        if re.fullmatch(r"[A-Z]{2,5}", named.strip()):
            # "DRC : President X": a head the party table does not know; the person without a party
            who = parse_item(headed.group("who"), org, known)
            return replace(who, party=None) if who is not None and not who.party else who
    if _ON_BEHALF.search(item):
        return None
    represented = _FOR_PARTY.search(item)
    if represented:
        sides = find_parties(represented.group("party"), exclude=[org])
        if sides and sides[0].start == 0 and sides[-1].end >= len(represented.group("party").rstrip()) - 1:
            who = parse_item(item[: represented.start()], org, known)
            return replace(who, party=sides[0].value) if who is not None else None
    lead = _LEAD_TITLE.match(item)
    if lead and _NAME_FIRST.match(item[lead.end() :]):
        # "Ambassador X, Botswana's permanent representative ...": a title, then the name and its apposition
        appositive = parse_item(item[lead.end() :], org, known)
        if appositive is not None:
            return appositive
    first = _NAME_FIRST.match(item)
    if first and _all_name_like(first.group("name").split()):
        office = first.group("role")
        states = [p for p in find_parties(office, exclude=[org]) if is_state(p.value)]
        if states and all(
            re.search(r"\bof\s+the\s+$", office[: p.start])
            and re.match(r"\s+[A-Z][a-z]", office[p.end :])
            and not _STATE_NOUN.search(office[p.start : p.end])
            for p in states
        ):
            # "X, President of the Russian Chamber of Commerce": a state's adjective that names an institution's
            # country, not the state the person represents; the title whole, no party
            kind, found, near = match_person(first.group("name"), known)
            name = first.group("name")
            return Person(name, found or name, kind == "known", tuple(near), office.strip(" ,"), None)
        # "Ilham Aliyev, President of the Republic of Azerbaijan": the name, then the title
        titled = parse_item(f"{first.group('role')} {first.group('name')}", org, known)
        if titled is None and re.search(r"\s+and\s+[a-z]", first.group("role")):
            # "X, A's permanent representative ... and chairperson of the council for May": the first office
            # of a compound apposition is the one the person holds for the state
            role = re.split(r"\s+and\s+(?=[a-z])", first.group("role"))[0]
            titled = parse_item(f"{role} {first.group('name')}", org, known)
        if titled is None:
            # "X, Norway's permanent representative to the Xyz": the apposition's state, the name before it
            alone = parse_item(first.group("name"), org, known)
            states = [p for p in find_parties(first.group("role"), exclude=[org]) if is_state(p.value)]
            if alone is not None and states:
                titled = replace(alone, role=first.group("role").strip(), party=states[0].value)
        if titled is not None and not titled.known and titled.written.endswith(" " + first.group("name")):
            # "Richard Boucher, US Assistant Secretary of State for South ...": the name is the one before
            # the comma, not the title's last capitalized words with it
            titled = replace(titled, written=first.group("name"), name=first.group("name"))
        if titled is not None:
            return titled
        office = first.group("role")
        if _OFFICE_WORD.search(office) and len(first.group("name").split()) >= 2:
            # "Bala Garba-Jallow, Minister of Works of The Gambia": a title whose own capitalized words ("Works")
            # would read as the name's; the name is the one before the comma, the state the title's last
            states = [
                p
                for p in find_parties(office, exclude=[org])
                if is_state(p.value) and not re.search(r"\b(?:to|in)\s+(?:the\s+)?$", office[: p.start])
            ]
            role = office
            if states:
                role = _office_without_state(office, states[-1])
            kind, found, near = match_person(first.group("name"), known)
            return Person(
                first.group("name"),
                found or first.group("name"),
                kind == "known",
                tuple(near),
                role,
                states[-1].value if states else None,
            )
    parties = find_parties(item, exclude=[org])
    # "China's Ambassador to Mauritius": the state posted to is not the one represented
    posted = [p for p in parties if re.search(r"\b(?:to|in)\s+(?:the\s+)?$", item[: p.start])]
    if len(posted) < len([p for p in parties if is_state(p.value)]):
        parties = [p for p in parties if p not in posted]
    # the state a person represents: drop "of <state>" / "(<state>)" from the words
    state = next((p for p in reversed(parties) if is_state(p.value)), None)
    organization = next((p for p in parties if not is_state(p.value)), None)
    party = state.value if state else (organization.value if organization else None)
    rest = item
    if state:
        before = _OF_STATE_BEFORE.sub("", item[: state.start])
        after = item[state.end :].lstrip(" )")
        rest = (before + " " + after).strip()
    words = rest.split()
    if not words:
        return None
    hit = _known_window(words, known)
    if hit:
        i, j, name = hit
        written = " ".join(words[i:j])
        role_words = words[:i] + words[j:]
        closest: tuple[str, ...] = ()
        is_known = True
    else:
        cut = _trailing_name(words)
        tail = item[state.end :].lstrip(" )").split() if state else []
        if tail and (own := _trailing_name(tail)) < len(tail) and cut < len(words) - len(tail):
            # "Minister of Industry, Mine and Trade of Iran M. X": a name after the state is all after it; the
            # title's words before the state are none of it
            cut = len(words) - len(tail) + own
        if cut >= len(words):
            return None
        if 0 < cut < len(words) - 2 and words[cut - 1] in ("to", "in") and is_city(words[cut]):
            cut += 1  # "Ambassador of Turkmenistan to Bishkek N. Golliyev": the post's city is no part of the name
        written = " ".join(words[cut:])
        parts = written.split()
        for k in range(
            1, len(parts) - 1
        ):  # "... Information Technologies M. Vaezi": a title's last words, then
            if re.fullmatch(r"[A-Z][a-z]?\.", parts[k]) and re.search(  # the initials that start the name
                r"(?:ies|airs|ions|ces|ents|ment|ture|tion|ing)$", parts[k - 1]
            ):
                written = " ".join(parts[k:])
                break
        if len(strip_honorifics(written).split()) >= 2:
            written = strip_honorifics(written)  # "Prime Minister Samdech Techo Hun Sen": a style, not a name
        for title in titles("heads") + titles("others"):
            if written.startswith(title + " "):
                written = written[len(title) + 1 :]
        role_words = words[: len(words) - len(written.split())]
        kind, found, near = match_person(written, known)
        is_known = kind == "known"
        closest = tuple(near)
    if (
        not hit
        and role_words
        and role_words[-1].casefold() in ("for", "of")
        and len(written.split()) >= 3
        and not _PATRONYMIC.search(written.split()[1])
    ):
        # "Minister of Education Grace Nakato": the title's object is its first capitalized word, the name the rest
        first_word, _, written = written.partition(" ")
        role_words = [*role_words, first_word]
        kind, found, near = match_person(written, known)
        is_known = kind == "known"
        closest = tuple(near)
    role = re.sub(r"^(?:The|the)\s+", "", " ".join(role_words)).strip(" ,")
    if (
        not is_known
        and (
            role_words
            and role_words[-1].casefold() in _OBJECT_BEFORE
            # "Chairman of the Halk Maslakhaty": what follows "of the" is an institution's name, no person's
            # "Chairman of the Halk Maslakhaty", "the situation in the Gaza Strip": what follows "the" is an
            # institution's or a place's name, no person's
            or role_words[-1:] == ["the"]
        )
    ):
        return (
            None  # "Minister for Overseas Territories": the capitalized words end a title, they name no one
        )
    person = hit[2] if hit else (found or written)
    if len(written.split()) < 2 and not is_known:
        mononym = _MONONYM_TITLE.search(" ".join(role_words))
        # (the title alone before the name, no clause: not "..., where Prime Minister X")
        title_alone = len(role_words) <= 4
        if not (
            mononym and state is not None and title_alone and len(written) >= 3 and not find_parties(written)
        ):
            return None  # one capitalized word is no person
        # "President Soeharto of Indonesia", "King Abdullah of Saudi Arabia": a head known by one name, the head's
        # title right before it and the state named (a sovereign's name is the title and the name, as the
        # regnal names are)
        if mononym.group("sovereign"):
            written = person = f"{mononym.group('sovereign')} {written}"
    as_party = find_parties(written)
    if not is_known and as_party and as_party[0].start == 0 and as_party[-1].end >= len(written) - 1:
        return None  # "Heads of State of Burundi, Kenya, South Sudan ...": a state, not a person
    if re.search(
        r"\b(?:States|Nations|Union|Organi[sz]ation|Community|Commonwealth|Council|Consortium|Committee|Commission|Bank|Fund)$",
        written,
    ):
        return None  # "Independent States": the end of an organization's name, no person
    role = re.split(r",?\s+(?:representing|on\s+behalf\s+of|standing\s+in\s+for)\b", role)[0].strip(" ,")
    # "the Secretary General of X, Ambassador Y": the rank written before the name is no end of the title
    role = re.sub(r",\s*(?:Ambassador|Dr|Professor|Prof|Mr|Mrs|Ms|Madam|Sir|Dame)\.?$", "", role)
    return Person(written, person, is_known, closest, role, party)
