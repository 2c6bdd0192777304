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

import difflib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

# the party table's own index and key: one lookup per candidate phrase, without
# the fuzzy suggestions resolve_party computes for a miss (thousands of misses here)
from igo_timeline.events.parties import _norm, _table

_CAP = r"[A-Z][\w'’.-]*"
_PHRASE = re.compile(rf"{_CAP}(?:\s+(?:(?:of|and|the|de|del|'s)\s+)*{_CAP})*")
_TOKEN = re.compile(r"\S+")
_CONNECTORS = {"of", "and", "the", "de", "del", "'s"}
_HONORIFICS = re.compile(r"^(?:(?:Mr|Mrs|Ms|Dr|H\.\s?E|Mister|Madam|Mme)\.?\s+)+")


@cache
def table(name: str) -> dict[str, Any]:
    """One alias table of ``igo_timeline/data/aliases``."""
    text = resources.files("igo_timeline.data").joinpath("aliases", f"{name}.yaml").read_text("utf-8")
    data: dict[str, Any] = yaml.safe_load(text)
    return data


# -- parties -------------------------------------------------------------------------


def lookup_party(phrase: str) -> str | None:
    """The party a phrase names exactly (case, a leading "the", spaces aside), or None."""
    cleaned = phrase.replace("’", "'").replace("Peoples'", "People's")
    return _table()[0].get(_norm(cleaned))


@dataclass(frozen=True)
class Found:
    """A name found in a string: its span and what it resolved to."""

    start: int
    end: int
    value: str


def find_parties(text: str, *, exclude: Iterable[str] = ()) -> list[Found]:
    """Every party named in ``text`` (longest phrases first), in text order."""
    skip = set(exclude)
    found: list[Found] = []
    for phrase in _PHRASE.finditer(text):
        tokens = [
            (m.start() + phrase.start(), m.end() + phrase.start()) for m in _TOKEN.finditer(phrase.group())
        ]
        i = 0
        while i < len(tokens):
            hit = None
            for j in range(len(tokens), i, -1):
                s, e = tokens[i][0], tokens[j - 1][1]
                words = text[s:e]
                if words.split()[0] in _CONNECTORS or words.split()[-1] in _CONNECTORS:
                    continue
                if j - i == 1 and len(words.rstrip(".,")) <= 4 and not words.isupper():
                    continue  # "Can", "Per": words, not ISO codes
                code = lookup_party(words.rstrip(".,"))
                if code and code not in skip:
                    hit = (j, Found(s, e - (len(words) - len(words.rstrip(".,"))), code))
                    break
            if hit:
                found.append(hit[1])
                i = hit[0]
            else:
                i += 1
    return found


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
    return bool(re.fullmatch(r"(?:[A-Z]\.){1,3}|[A-Z]", token))


def strip_honorifics(name: str) -> str:
    return _HONORIFICS.sub("", name.strip())


def resolve_person(written: str, known: Iterable[str] = ()) -> tuple[str | None, list[str]]:
    """(the canonical name, or None) and, when None, the closest known names."""
    name = strip_honorifics(written)
    key = name_key(name)
    table_people = list(persons())
    extra = [Person(k, None, (name_key(k),)) for k in known]
    people = table_people + [p for p in extra if all(p.keys[0] not in q.keys for q in table_people)]
    flipped = " ".join(reversed(key.split()))  # "Surname Given", as some translations write it
    for person in people:
        if key in person.keys or flipped in person.keys:
            return person.name, []
    tokens = name.replace(".", ". ").split()
    initials = [t[0] for t in tokens if _is_initial(t.rstrip(".") if len(t) > 2 else t)]
    words = [t for t in tokens if not _is_initial(t.rstrip(".") if len(t) > 2 else t)]
    candidates = []
    for person in people:
        for pkey in person.keys:
            parts = pkey.split()
            if len(words) == 1 and initials and parts[-1] == name_key(words[0]):
                # initials-and-surname: the initials are those of the given names, in order
                given = [p[0] for p in parts[:-1]]
                if [name_key(i)[0] for i in initials] == given[: len(initials)]:
                    candidates.append(person.name)
            elif len(words) == 1 and not initials and len(parts) > 1 and parts[-1] == name_key(words[0]):
                candidates.append(person.name)  # the surname alone
            elif len(words) >= 2 and not initials and len(parts) > len(words):
                if parts[0] == name_key(words[0]) and parts[-1] == name_key(words[-1]):
                    candidates.append(person.name)  # a middle name or patronymic left out
    if len(set(candidates)) == 1:
        return candidates[0], []
    names = {p.name: p.keys[0] for p in people}
    close = difflib.get_close_matches(key, list(names.values()), n=3, cutoff=0.5)
    by_key = {v: k for k, v in names.items()}
    return None, [by_key[c] for c in close]


def nationality_of(name: str) -> str | None:
    for person in persons():
        if person.name == name:
            return person.nationality
    return None


# -- bodies and offices ---------------------------------------------------------------


def body_key(phrase: str) -> str:
    """A body name without the words that vary between texts."""
    text = phrase.casefold().replace("’", "'")
    text = re.sub(r"\([^)]*\)", " ", text)  # "(Prime Ministers)", "(RCTS)", "(national)"
    text = re.sub(r"\b(?:sco|shanghai cooperation organi[sz]ation)\b", " ", text)
    text = re.sub(r"^\W*(?:the\s+|a\s+|an\s+)?(?:(?:regular|\w+th|first|second|third)\s+)?", "", text)
    text = re.sub(r"^(?:meeting|session|sitting|conference)\s+of\s+(?:the\s+)?", "", text)
    text = re.sub(r"\s+of\s+the\s+(?:\w+\s+)?member\s+(?:states|countries)\b.*$", "", text)
    text = re.sub(r"\bministers of (\w+)$", r"\1 ministers", text.strip())
    text = re.sub(r"[^\w ]+", " ", text)
    text = re.sub(r"\b(?:the|of the)\b", " ", text)
    return " ".join(text.split())


@cache
def _bodies() -> dict[str, str]:
    index: dict[str, str] = {}
    for slug, names in table("bodies")["bodies"].items():
        for name in names:
            index.setdefault(body_key(name), slug)
    return index


def resolve_body(phrase: str, vocabulary: dict[str, str] | None = None) -> str | None:
    """The slug of a body or recurring meeting, from the alias table or a vocabulary (slug -> name)."""
    key = body_key(phrase)
    if not key:
        return None
    if key in _bodies():
        return _bodies()[key]
    for slug, name in (vocabulary or {}).items():
        if body_key(name) == key:
            return slug
    return None


@cache
def body_pattern(slug: str) -> str:
    """A regex for any name of a body (its abbreviation in brackets allowed after it)."""
    names = sorted(table("bodies")["bodies"].get(slug, []), key=len, reverse=True)
    alt = "|".join(r"\s+".join(map(re.escape, n.split())) for n in names)
    return rf"(?:(?:SCO|the|the SCO)\s+)?(?:{alt})(?:\s+\([A-Z]{{2,6}}\))?"


@cache
def office_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(slug, regex) for each office title, longest first."""
    out = []
    for slug, titles in table("offices")["offices"].items():
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
