"""Offices named through their body: "Director of the Executive Committee of the Regional
Anti-Terrorism Structure" is the office the store records as "Director of the Executive Committee
of the RCTS", because both embed a name of the same body.

A body is found in a text under any of its names (the store's title, aliases and renames, and the
alias table's for its organization), word by word, tolerant of inflection ("Anti-Terrorism" /
"Anti-Terrorist", "Organisation" / "Organization": rapidfuzz ratio >= 85 for words of four letters or
more; abbreviations and short words exactly). An office is then the one of that body whose other
words (its role: "director", "executive", "committee") are the text's, as a set: "Deputy Director" is
never "Director", nor "Secretary-General" "Deputy Secretary-General"; a role that leaves out words of
exactly one office of that body ("the RATS Director") is that office unless the words left out rank it
(deputy, vice, ...).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache

from rapidfuzz import fuzz

from igo_timeline.extract.names import org_bodies, table, table_org

_WORD = re.compile(r"[\w'’]+(?:-[\w'’]+)*")  # "Anti-Terrorism" is one word
_STOP = {"of", "the", "a", "an", "its", "and"}
_RANK = {"deputy", "vice", "first", "acting", "assistant", "interim", "under", "associate", "second"}

Span = tuple[int, int]
_RANKED = re.compile(rf"\b(?:{'|'.join(sorted(_RANK))})[\s-]+$", re.IGNORECASE)


def ranked_before(text: str, pos: int) -> bool:
    """A rank word just before ``pos``: "Deputy Secretary-General" is not the office "Secretary-General"
    names, nor "Vice Chairman" the chairman's."""
    return bool(_RANKED.search(text[max(0, pos - 20) : pos]))


def _words(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text)]


def _name_words(name: str) -> list[str]:
    """A name's words, its bracketed abbreviation and a leading article aside."""
    words = [w for w, _, _ in _words(re.sub(r"\([^)]*\)", " ", name))]
    while words and words[0].casefold() in ("the", "a", "an"):
        words = words[1:]
    return words


def same_word(a: str, b: str) -> bool:
    """Two words of a name alike: equal (case aside), or, both of four letters or more and neither an
    abbreviation, inflection variants (rapidfuzz ratio >= 85)."""
    a, b = a.replace("-", ""), b.replace("-", "")  # "Co-operation", "Cooperation"
    if a.casefold() == b.casefold():
        return True
    if len(a) < 4 or len(b) < 4 or (a.isupper() and len(a) <= 6) or (b.isupper() and len(b) <= 6):
        return False
    return fuzz.ratio(a.casefold(), b.casefold()) >= 85


def _mentions(words: list[tuple[str, int, int]], name: list[str]) -> list[tuple[int, int]]:
    """Where ``name`` (its words) occurs in ``words``: (index of the first word, index past the last)."""
    k = len(name)
    if not k:
        return []
    return [
        (i, i + k)
        for i in range(len(words) - k + 1)
        if all(same_word(words[i + j][0], name[j]) for j in range(k))
    ]


def body_names(org: str, bodies: Mapping[str, Sequence[str]]) -> dict[str, list[list[str]]]:
    """Body slug -> each of its names as words (the store's, and the alias table's or the body table's for
    its organization), longest first."""
    found: dict[str, dict[tuple[str, ...], None]] = {}
    for slug, names in bodies.items():
        for name in names:
            found.setdefault(slug, {})[tuple(_name_words(name))] = None
    if org == table_org("bodies"):
        for slug, names in table("bodies")["bodies"].items():
            for name in names:
                found.setdefault(slug, {})[tuple(_name_words(name))] = None
    known = {n for names in found.values() for n in names}
    for slug, names in org_bodies(org).items():  # the body table's proper names (not "summit"), a name the
        for name in names:  # store gives one of its bodies staying the store's
            words = tuple(_name_words(name))
            if name[:1].isupper() and words not in known:
                found.setdefault(slug, {})[words] = None
    return {
        slug: sorted((list(n) for n in names if n), key=len, reverse=True) for slug, names in found.items()
    }


def _office_names(org: str, offices: Mapping[str, Sequence[str]], bodies: dict[str, list[list[str]]]):
    """Office slug -> its names (the store's; the alias table's, each {body} spelt with the body's
    names)."""
    out: dict[str, dict[str, None]] = {slug: dict.fromkeys(names) for slug, names in offices.items()}
    if org == table_org("offices"):
        for slug, titles in table("offices")["offices"].items():
            for title in titles:
                m = re.search(r"\{([\w-]+)\}", title)
                spelt = (
                    [title]
                    if not m
                    else [title.replace(m.group(), " ".join(n)) for n in bodies.get(m.group(1), [])]
                )
                out.setdefault(slug, {}).update(dict.fromkeys(spelt))
    return out


def roles(
    org: str, offices: Mapping[str, Sequence[str]], bodies: dict[str, list[list[str]]]
) -> dict[str, dict[str, set[tuple[frozenset[str], str]]]]:
    """Body slug -> office slug -> the roles (the office name's words other than the body's name and
    articles, lower case) of each name of that office that embeds a name of the body, each with its
    head word (:func:`_head`)."""
    out: dict[str, dict[str, set[tuple[frozenset[str], str]]]] = {}
    for office, names in _office_names(org, offices, bodies).items():
        for name in names:
            words = _words(name)
            for body, body_words in bodies.items():
                for bw in body_words:
                    hits = _mentions(words, bw)
                    if not hits:
                        continue
                    i, j = hits[0]
                    role = frozenset(
                        w.casefold() for w, _, _ in words[:i] + words[j:] if w.casefold() not in _STOP
                    )
                    head = _head(
                        [w.casefold() for w, _, _ in words[:i]]
                        + [""]
                        + [w.casefold() for w, _, _ in words[j:]]
                    )
                    if role and head:
                        out.setdefault(body, {}).setdefault(office, set()).add((role, head))
                    break
    return out


def _head(words: list[str]) -> str:
    """The word a title is of: the one before its first "of" ("Director of the Executive Committee of
    <body>"), else its last ("<body> head"); "" for the body's place."""
    if "of" in words[1:]:
        return words[words.index("of", 1) - 1]
    return next((w for w in reversed(words) if w and w not in _STOP), "")


def _in(word: str, vocab: set[str]) -> bool:
    """A word of a role (or an article), spelt as the role's or as a variant of it."""
    return word.casefold() in vocab or any(same_word(word, v) for v in vocab if len(v) >= 4)


def name_goes_on(text: str, end: int) -> bool:
    """A title's body name goes on past ``end``: "Chairman of the Council" in "Chairman of the Council
    for Maritime Security" is not the office "Chairman of the Council"."""
    return bool(re.match(r"\s+for\s+(?:the\s+)?[A-Z]", text[end:]))


def _longer(after: str, vocab: set[str]) -> bool:
    """A name goes on after a mention: "for" and a capitalized word ("Council for Maritime Security"),
    or a capitalized word that is no word of a role ("Council Secretariat")."""
    if name_goes_on(after, 0):
        return True
    m = re.match(r"[ \t]+([A-Z][\w'’-]*)", after)
    return m is not None and not _in(m.group(1), vocab)


def _same_role(a: frozenset[str], b: frozenset[str]) -> bool:
    return len(a) == len(b) and all(any(same_word(x, y) for y in b) for x in a)


def _within(a: frozenset[str], b: frozenset[str]) -> bool:
    return all(any(same_word(x, y) for y in b) for x in a)


@lru_cache(maxsize=8)
def _vocabulary(
    org: str,
    offices: tuple[tuple[str, tuple[str, ...]], ...],
    bodies: tuple[tuple[str, tuple[str, ...]], ...],
) -> tuple[dict[str, list[list[str]]], dict[str, dict[str, set[tuple[frozenset[str], str]]]]]:
    """The bodies' names and the offices' roles, once per vocabulary (a text asks for each person)."""
    names = body_names(org, dict(bodies))
    return names, roles(org, dict(offices), names)


def office_by_body(
    text: str,
    start: int,
    org: str,
    offices: Mapping[str, Sequence[str]],
    bodies: Mapping[str, Sequence[str]],
) -> list[tuple[str, int, int]]:
    """(office slug, start, end) of each office named after ``start`` through a name of its body."""
    names, by_body = _vocabulary(
        org,
        tuple((slug, tuple(n)) for slug, n in offices.items()),
        tuple((slug, tuple(n)) for slug, n in bodies.items()),
    )
    if not by_body:
        return []
    words = _words(text)
    out: list[tuple[str, int, int]] = []
    taken: list[Span] = []
    # every mention of a body, the longest first: "Council for Customs Cooperation" before "Council"
    found = sorted(
        (
            (j - i, body, i, j)
            for body in by_body
            for bw in names.get(body, [])
            for i, j in _mentions(words, bw)
        ),
        key=lambda f: (-f[0], f[2]),
    )
    for _, body, i, j in found:
        known = by_body[body]
        vocab = {w for rs in known.values() for r, _ in rs for w in r} | _RANK | _STOP
        if words[i][1] < start or any(s < words[j - 1][2] and words[i][1] < e for s, e in taken):
            continue
        taken.append((words[i][1], words[j - 1][2]))  # a shorter name inside it is not another mention
        if _longer(text[words[j - 1][2] :], vocab):
            continue  # "Council" in "Council for Maritime Security": a longer name, not this body's
        lo = i
        while lo > 0 and _in(words[lo - 1][0], vocab):
            lo -= 1
        while lo < i and words[lo][0].casefold() in _STOP:
            lo += 1
        hi = j
        while hi < len(words) and _in(words[hi][0], vocab):
            hi += 1
        while hi > j and words[hi - 1][0].casefold() in _STOP:
            hi -= 1
        said = frozenset(w.casefold() for w, _, _ in words[lo:i] + words[j:hi] if w.casefold() not in _STOP)
        if not said:
            continue
        exact = sorted(o for o, rs in known.items() if any(_same_role(said, r) for r, _ in rs))
        if not exact:  # "the RATS Director": fewer words, the head among them, no rank left out
            exact = sorted(
                o
                for o, rs in known.items()
                if any(
                    _within(said, r)
                    and _within(frozenset([head]), said)
                    and not any(w in _RANK for w in r if not _within(frozenset([w]), said))
                    for r, head in rs
                )
            )
        if len(exact) != 1:
            continue
        end = words[hi - 1][2] if hi > j else words[j - 1][2]
        bracket = re.match(r"\s*\([A-Z]{2,6}\)", text[end:])
        if bracket and hi == j:
            end += bracket.end()
        out.append((exact[0], words[lo][1], end))
        taken.append((words[lo][1], end))
    return sorted(out, key=lambda o: o[1])
