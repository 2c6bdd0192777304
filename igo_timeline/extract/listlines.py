"""The layout of attendance lists: lines, pairs of lines and sentences set in capitals.

A list the segmenter ran together ("Angola: H.E. President A" a line), a styled name on one line and its
title on the next (the Gulf's style), a whole communiqué in capitals: each is made into units that the
attendance reader then reads as it reads prose. Moved out of ``attendance.py``.
"""

from __future__ import annotations

import re

from igo_timeline.extract.meeting import _state_of
from igo_timeline.extract.names import STYLE
from igo_timeline.extract.text import ITEM_MARK, Passage

# the words that stay in lower case when a sentence set in capitals is read: "PRESIDENT X OF THE REPUBLIC OF Y"
_SMALL_WORDS = frozenset({"of", "the", "and", "in", "at", "on", "to", "by", "for", "as", "with", "from", "a", "an",
                          "who", "which", "were", "was", "is", "are", "their", "his", "her", "also", "de", "da", "bin",
                          "represented", "representing", "attended", "held", "took", "part", "place"})  # fmt: skip


def _uncapped(sentence: str) -> str:
    """A sentence set in capitals, as some communiqués write their whole text ("IN ATTENDANCE WERE THEIR EXCELLENCIES
    PRESIDENT X OF THE REPUBLIC OF Y"), in title case with its small words in lower case, so that names, titles
    and states read as in any other text; any other sentence as it is. The length is kept (quotes are taken
    from the passage, never from this)."""
    letters = [c for c in sentence if c.isalpha()]
    if len(letters) < 40 or sum(c.isupper() for c in letters) < 0.9 * len(letters):
        return sentence

    def word(m: re.Match[str]) -> str:
        w = m.group()
        low = w.lower()
        if m.start() and low in _SMALL_WORDS:
            return low
        if re.fullmatch(r"(?:[A-Z]\.)+|[A-Z]{2,5}", w) and (w.rstrip(".") in _INITIALS or "." in w):
            return w  # "H.E.", "EAC", "DRC": initials stay
        return re.sub(r"^[^\W\d_]+", lambda p: p.group().capitalize(), low)  # "1ST" -> "1st"

    return re.sub(r"[^\s,;:()]+", word, sentence)


# initials that a text in capitals shares with any other: organizations' and a few states'
_INITIALS = frozenset({"EAC", "SADC", "ECOWAS", "IGAD", "COMESA", "ECCAS", "AU", "UN", "EU", "DRC", "USA", "UK", "UAE",
                       "CARICOM", "OAS", "ASEAN", "SCO", "CIS", "GCC", "OIC", "NEPAD", "AFDB", "WTO", "IMF"})  # fmt: skip


# "His Highness Sheikh X⏎President of the United Arab Emirates⏎His Majesty King Y⏎King of Bahrain": a styled name on
# one line, its title on the next (the Gulf's style); each pair is one item
_NAME_LINE = re.compile(
    rf"^\s*(?:{ITEM_MARK}\s+)?(?:(?:{STYLE})\s+)+(?:(?:Mr|Mrs|Ms|Dr|Sheikh|Shaikh|Sayyid)\.?\s+)?[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){{1,8}},?\s*$"
)


_TITLE_LINE = re.compile(
    r"^\s*(?:[Tt]he\s+)?(?:[A-Z]{2,6}\s+)?(?:(?:Deputy|Vice|First|Acting|Crown|Former)[\s-]+)*(?:President|Prime\s+Minister|King|Queen|Sultan|Emir|Amir"
    r"|Prince|Minister|Secretary|Chairman|Chairperson|Chair|Head|Governor|Premier|Chancellor|Ambassador|Representative"
    r"|Director|Commissioner|Custodian)\b[^:;]*$"
)


def _paired_lines(rows: list[str]) -> list[str]:
    """Lines that alternate a styled name and its title, each pair made one item "Name, Title"; else nothing."""
    rows = [" ".join(row.split()) for row in rows if row.strip()]
    if (
        len(rows) < 2
        or len(rows) % 2
        or not all(
            _NAME_LINE.match(a) and _TITLE_LINE.match(b) for a, b in zip(rows[::2], rows[1::2], strict=True)
        )
    ):
        return []
    # (a mark of the list before each name is no part of it: "- His Highness X,")
    marked = re.compile(rf"^{ITEM_MARK}\s+")
    return [f"{marked.sub('', a).rstrip(' ,')}, {b}" for a, b in zip(rows[::2], rows[1::2], strict=True)]


def _pairs_across(
    units: list[tuple[Passage, str]], lines: set[tuple[int, str]]
) -> tuple[list[tuple[Passage, str]], set[tuple[int, str]]]:
    """A styled name that the segmenter left as a sentence of its own, its title the next one: one unit."""
    out: list[tuple[Passage, str]] = []
    k = 0
    while k < len(units):
        passage, text = units[k]
        if k + 1 < len(units) and _NAME_LINE.match(text) and _TITLE_LINE.match(units[k + 1][1]):
            joined = f"{text.strip().rstrip(',')}, {units[k + 1][1].strip()}"
            out.append((passage, joined))
            lines = lines | {(passage.start, joined)}
            k += 2
            continue
        out.append((passage, text))
        k += 1
    return out, lines


# a list line's own role after its names: ", representing the observer states", ", as guests of the host"
_LINE_ROLE = re.compile(
    r",\s+(?P<what>(?:representing|as|for)\s+(?:the\s+)?[^,;]*?\b(?:observers?|dialogue\s+partners?|guests?)\b[^,;]*)$"
)


_PARAGRAPH_NUMBER = re.compile(r"^\s*\(?\d{1,3}[.)]\s+(?=[A-Z])")


# a line that a state's name heads: "Angola: H.E. President A", "United Republic of Tanzania: Hon. B, Vice President"
_STATE_LINE = re.compile(
    rf"^\s*(?:{ITEM_MARK}\s+)?(?P<state>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:of|the|and|[A-Z][\w'’.-]*)){{0,6}})\s*:\s+(?P<rest>\S.*)$"
)


def _list_lines(passage: Passage) -> list[str]:
    """The lines of a passage that is a list the segmenter ran together (lines without a full stop), when at
    least two of them open with a state's name and a colon; else nothing."""
    rows = [" ".join(line.split()) for line in passage.quote.split("\n") if line.strip()]
    if len(rows) < 2:
        return []
    heads = [
        m
        for m in map(_STATE_LINE.match, rows)
        if m and _state_of(re.sub(r"^the\s+", "", m.group("state"), flags=re.I))
    ]
    return rows if len(heads) >= 2 else []


# a line of a list of persons: capitalized words, styles, commas and the particles of titles ("of the Republic
# of"), no prose (a run of lower-case words) and no full stop but an abbreviation's
_LIST_LINE = re.compile(
    rf"\s*(?:{ITEM_MARK}\s+)?(?:(?:[A-Z][\w'’.-]*|[a-z]['’][A-Z][\w'’.-]*|of|the|and|for|de|da|dos|du|la|le|al|el|bin|van|von|[(),:;&–—-])\s*)+[;.]?\s*"
)
