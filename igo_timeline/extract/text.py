"""The text as read: sentences and paragraphs as character spans, and quotes.

Every quote the extractor emits is ``text[start:end]`` of the text exactly as
read (line breaks included). Patterns run on a *normalized* copy of a
sentence, in which each run of whitespace is one space; :class:`Passage` maps
a span of that copy back to the raw offsets, so the two never drift apart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

# a dateline before a sentence's subject ("Vientiane, Laos, 20 November 2024 – ", "ASTANA, 22 December (Agency) - ",
# "TOWN, State, 25 July 2024 (Agency) - "): a date, then a dash; what follows is the sentence's own words
DATELINE_HEAD = re.compile(r"^[^.;]*?\d[^.;]*?\s(?:-{1,2}|–|—)\s+(?=[A-Z])")

_SPACE = re.compile(r"\s+")
_BLANK = re.compile(r"\n[ \t]*\n\s*")
_MONTH_WORD = (
    r"January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\."
)
# one line's end before a line that opens with a capital or a quote (no blank line between)
_LINE_END = re.compile(r"(?<=\S)[ \t]*\n(?=[ \t]*[A-Z“\"])")
# Sentence splitting is written here, not taken from a segmenter: pysbd (the
# maintained rule-based one) ends a sentence after "Ts." in "President Ts.
# Elbegdorj" and after "Sh." in "Sh. Mirziyoyev", and the genre writes names as
# initials and surname all the time. A sentence ends at . ! ? (after an optional
# closing quote or bracket) before an upper-case letter or an opening quote;
# abbreviations and initials do not end one. An initial is one capital ("N."),
# a capital and one small letter ("Ts.", "Sh.", "Yu.") or a capital and small
# consonants only ("Dzh."): no word of English or place name ends a sentence
# in that shape ("Ufa." does, and has a vowel).
_END = re.compile(r"[.!?][\"'”’)]?\s+(?=[\"“(]?[A-Z])")
_NOT_AN_END = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|St|Sr|Jr|No|Nos|Art|para|H\.E|i\.e|e\.g|vs|Gen|Prof|Hon|Rt|Amb|Sen|Lt|Col|Maj|Capt|Gov|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
    # (a style written in lower case in a list of names, "His Excellency dr. A B": no sentence ends there)
    r"|dr|mr|mrs|hon|rt)"
    r"|\b[A-Z][a-z]?|\b[A-Z][b-df-hj-np-tv-z]{1,3})[.]$"
)
# a list item on a line of its own ("- on granting ...;", "1. Decision ...",
# "• the Astana Declaration") is a unit of its own, as a sentence is
# a line that tells who wrote the text or when it was issued, not what happened: "By Jane Roe Nov 12, 2011 | |",
# "12 November 2011", "Addu City, 12 November 2011", "Posted: 2011-11-12 10:42", "March 9, 2018 10:42 AM"; it is a
# unit of its own, so that its day is never read as the day of the sentence next to it (a headline above, the
# lede below, when no blank line or full stop parts them)
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DAY_WRITTEN = (
    rf"(?:(?:[A-Z][a-z]+day,?\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}}|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}})"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{4})"
)
_STAMP = r"(?:(?:Posted|Published|First\s+published|Updated|Last\s+updated|Last\s+modified|Date|Dated|Issued|Filed|Released)(?:\s+on)?)"
_BYLINE = re.compile(
    r"^[ \t]*(?:"
    # "By our reporters", "By a staff correspondent", "By our own correspondent": no name, a byline all the same
    r"By\s+(?:our|a|an|the)\s+(?:own\s+)?(?:staff\s+|special\s+)?(?:reporters?|correspondents?|writers?|staff|team)"
    rf"|By\s+(?:[A-Z][\w.'’-]*\s+){{0,3}}[A-Z][\w.'’-]*(?:\s*[,|–—-]?\s*(?:{_DAY_WRITTEN})[^\n]{{0,40}}|\s*[|,]?[ \t]*)"
    rf"|(?:{_STAMP}\s*:?\s*)?(?:[A-Z][\w .'’-]{{1,40}},\s+)?(?:{_DAY_WRITTEN})"
    rf"(?:[\s,|–—-]+(?:\d{{1,2}}[:.]\d{{2}}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*[A-Z]{{2,4}})?|\||{_STAMP}\s*:?\s*(?:{_DAY_WRITTEN})))*"
    r")[ \t|]*$",
    re.M,
)
# a communiqué's line of its place and days under its headline: "Lima, Peru, 3-5 March 2015", "Port of Spain,
# Trinidad and Tobago, 3 to 5 July 2023", "Suva, Fiji, July 3-5, 2023": a unit of its own, so that the headline
# above it ends where the line begins (a body's name never runs on into the town's)
_DAYS_WRITTEN = (
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?(?:\s*(?:-|–|to|and)\s*\d{{1,2}}(?:st|nd|rd|th)?)?\s+{_MONTH}"
    rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:\s*(?:-|–|to|and)\s*\d{{1,2}}(?:st|nd|rd|th)?)?),?\s+\d{{4}}"
)
_PLACE_DAYS_LINE = re.compile(
    rf"^[ \t]*[A-Z][\w .'’-]{{1,40}}(?:,[ \t]*[A-Z][\w .'’()-]{{1,40}}){{0,2}},[ \t]+{_DAYS_WRITTEN}[ \t]*$",
    re.M,
)
# the marks of a list's items: "-", "•", "1.", "(a)", "b)", "ii.", "(iv)", "2.1"
ITEM_MARK = r"(?:[-–—•*▪·]|\d{1,2}(?:\.\d{1,2})+\.?|\(?\d{1,2}[.)]|\(?[ivx]{1,5}[.)]|\(?[a-z][.)])"
_ITEM = re.compile(rf"\n[ \t]*(?={ITEM_MARK}\s)")


# the last word of a line that wraps its list item onto the next line
_RUNS_ON = re.compile(r"\b(?:of|the|to|and|for|in|at|on)\s*$")


# the chair of a sitting, chosen by those who sit ("elected X as Chairman of the 31st XMM", "as Vice Chairman of
# the meeting"): no office of the organization; a sitting by its initials only after its number ("the IDB Group"
# is the organization)
SITTING_CHAIR = (
    r"\bas\s+(?:the\s+)?(?:Vice[\s-]+)?(?:Chair(?:man|person|woman)?|President)\s+of\s+(?:the|this|its)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:(?:meeting|session|sitting|summit|conference|talks)\b|\d+(?:st|nd|rd|th)\s+(?-i:[A-Z]{2,6})\b)"
)


# a title in capitals right before a name in mixed case (a newspaper's lede style)
_CAPS_TITLE = re.compile(
    r"(?<![\w-])(?:(?:VICE|DEPUTY|FORMER)[ -])?(?:PRESIDENT|PRIME MINISTER|FOREIGN MINISTER|MINISTER|KING|QUEEN|EMIR"
    r"|SULTAN|CHAIRMAN|AMBASSADOR|SECRETARY[ -]GENERAL)(?= (?:[A-Z][a-z]|[A-Z]\. ?[A-Z][a-z]))"
)


_BRACKETED_INITIALS = re.compile(r"\[([A-Z]{2,8})\]")


@dataclass(frozen=True)
class Passage:
    """A span of the raw text with its whitespace-normalized copy."""

    text: str
    start: int
    end: int
    norm: str = field(init=False)
    _index: tuple[int, ...] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        out: list[str] = []
        index: list[int] = []
        pos = self.start
        for match in _SPACE.finditer(self.text, self.start, self.end):
            for i in range(pos, match.start()):
                out.append(self.text[i])
                index.append(i)
            out.append(" ")
            index.append(match.start())
            pos = match.end()
        for i in range(pos, self.end):
            out.append(self.text[i])
            index.append(i)
        # "PRESIDENT Olusegun Obasanjo has been elected ...": a lede's first words set in capitals, a title before a
        # name in mixed case, read as the title (the same length: the offsets hold)
        norm = _CAPS_TITLE.sub(lambda m: m.group().title(), "".join(out))
        # "the Xyz Economic Union [XEU] Council": a transcript's initials in square brackets,
        # read as in round ones (the same length)
        norm = _BRACKETED_INITIALS.sub(lambda m: f"({m.group(1)})", norm)
        object.__setattr__(self, "norm", norm)
        object.__setattr__(self, "_index", tuple(index))

    def raw(self, start: int, end: int) -> tuple[int, int]:
        """Raw offsets of ``norm[start:end]``, trimmed of surrounding whitespace."""
        while start < end and self.norm[start] == " ":
            start += 1
        while end > start and self.norm[end - 1] == " ":
            end -= 1
        if start >= end:
            return self.start, self.start
        return self._index[start], self._index[end - 1] + 1

    def sub(self, start: int, end: int) -> Passage:
        """The passage of ``norm[start:end]``."""
        raw_start, raw_end = self.raw(start, end)
        return Passage(self.text, raw_start, raw_end)

    @property
    def quote(self) -> str:
        return self.text[self.start : self.end]


@dataclass(frozen=True)
class Document:
    """A text split into paragraphs (blocks between blank lines) and sentences."""

    text: str

    @cached_property
    def paragraph_starts(self) -> list[int]:
        starts = [0, *(m.end() for m in _BLANK.finditer(self.text))]
        ends = [*(m.start() for m in _BLANK.finditer(self.text)), len(self.text)]
        # a block holding only whitespace (leading blank lines) is no paragraph
        return [s for s, e in zip(starts, ends, strict=True) if self.text[s:e].strip()]

    def locator(self, offset: int) -> str:
        """``paragraph N``: blocks between blank lines, counted from 1."""
        number = sum(1 for s in self.paragraph_starts if s <= offset)
        return f"paragraph {max(number, 1)}"

    @cached_property
    def sentences(self) -> list[Passage]:
        """Sentences in text order; a blank line inside a sentence does not end it."""
        bounds: list[int] = [0]
        for match in _END.finditer(self.text):
            head = self.text[max(0, match.start() - 6) : match.start() + 1]
            line = self.text[self.text.rfind("\n", 0, match.start()) + 1 : match.start() + 1]
            if not _NOT_AN_END.search(head) and not re.fullmatch(rf"\s*{ITEM_MARK}", line):
                bounds.append(match.end())
        for match in _ITEM.finditer(self.text):
            bounds.append(match.end())
        for match in _BYLINE.finditer(self.text):
            if match.group().strip() and _stands_apart(self.text, match.start(), match.end()):
                bounds += [match.start(), match.end()]
        for match in _PLACE_DAYS_LINE.finditer(self.text):
            if _stands_apart(self.text, match.start(), match.end()):
                bounds += [match.start(), match.end()]
        for match in re.finditer(r"[;:][ \t]*\n", self.text):  # lines of a list ended by ";", and its intro
            bounds.append(match.end())
        for match in re.finditer(r":[ \t]*\n(?:[ \t]*\n)*((?:[^\n]*\S[^\n]*\n?)+)", self.text):
            # the lines under an intro ending in ":" up to a blank line, unmarked: each line an item
            # ("Present at the meeting were:" then "Name, President of X" line by line; a blank line may
            # stand between the intro and its lines)
            lines = [line for line in match.group(1).split("\n") if line.strip()]
            if len(lines) < 2 or any(
                len(line) > 160 or not re.match(rf"\s*(?:{ITEM_MARK}\s+)?[\W\dA-Z]", line) for line in lines
            ):
                continue  # prose wrapped at the margin goes on in lower case somewhere
            pos = match.start(1)
            previous = ""
            for line in match.group(1).split("\n"):
                # (a line that ends on a word no item ends on runs on: "President of the Republic of" / "Ghana.")
                if line.strip() and not _RUNS_ON.search(previous):
                    bounds.append(pos)
                previous = line if line.strip() else previous
                pos += len(line) + 1
        for match in _LINE_END.finditer(self.text):
            # a short line of its own above a new line ("Ninth Summit closes in Bali" above "The leaders ...", a
            # page's stamp above its title): a headline or a stamp, never prose wrapped at its margin (a wrapped
            # line runs to the margin, or ends in a word that goes on)
            line = self.text[self.text.rfind("\n", 0, match.start()) + 1 : match.start()].strip()
            if (
                line
                # the text's first line only, a page's stamp with its year or time ("Updated: Thursday, October
                # 09, 2003"): below it a short line may be prose wrapped anywhere ("The 9th Lagoon States" /
                # "Summit, which ..."), and a headline reads on into its lede ("Summit adopts two declarations"
                # / "The summit ..." / "They include ...")
                and "\n" not in self.text[: match.start()].strip()
                and re.search(r"\b(?:1[89]|20)\d\d\b|\b\d{1,2}:\d\d\b", line) is not None
                and len(line) < 65
                and len(line.split()) <= 12
                and not re.search(r"[,;:(\[–—-]$", line)
                and not _GOES_ON.search(line[-20:])
                # "which the leaders had opened on 10" / "November 2011 in ...": a date wrapped across the lines
                and not (
                    re.search(r"\d$", line)
                    and re.match(rf"[ \t]*(?:{_MONTH_WORD})\b", self.text[match.end() : match.end() + 12])
                )
            ):
                bounds.append(match.end())
        for match in _BLANK.finditer(self.text):
            before = self.text[: match.start()].rstrip()
            after = self.text[match.end() : match.end() + 1]
            # a stray blank line inside a sentence: the next block goes on in lower case
            # (a date line that opens the block is no sentence going on: "Ministers meet in Abc" above "14 May
            # 2031 - Ministers of ...")
            dated = re.match(
                rf"\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTH_WORD})\w*\.?,?\s+\d{{4}}\s*(?:\([^()\n]{{1,40}}\)\s*)?(?:--|—|–|-)\s",
                self.text[match.end() : match.end() + 60],
            )
            if (
                before
                and not (after[:1].islower() or (after[:1].isdigit() and not dated))
                or before.endswith(("*", ":"))
            ):
                bounds.append(match.end())
        bounds = sorted(set(bounds)) + [len(self.text)]
        out = []
        for start, end in zip(bounds, bounds[1:], strict=False):
            passage = Passage(self.text, start, end)
            s, e = passage.raw(0, len(passage.norm))
            if e > s:
                out.append(Passage(self.text, s, e))
        return out


_GOES_ON = re.compile(
    r"\b(?:on|from|since|until|till|of|to|by|in|at|and|or|between|dated|as|the|before|after|through|than|with)\s*$",
    re.I,
)


def _stands_apart(text: str, start: int, end: int) -> bool:
    """Whether a byline-shaped line stands apart from the prose around it: the line before does not end in a
    word that goes on ("from" / "1 January 2013" / "to 31 December": a sentence wrapped at its margin) and the
    line after, if any, opens a sentence."""
    before = text[:start].rstrip()
    after = text[end:].lstrip()
    return not _GOES_ON.search(before[-20:]) and (not after or not after[0].islower())


def is_byline_text(line: str) -> bool:
    """Whether a line is a byline or a date line of its own (see :func:`is_byline`)."""
    return _BYLINE.fullmatch(line.strip("\r\n")) is not None


def is_byline(passage: Passage) -> bool:
    """Whether a passage is a byline or a date line of its own ("By Jane Roe Nov 12, 2011", "Addu City, 12
    November 2011"): it tells who wrote the text and when, nothing about the meeting."""
    return is_byline_text(passage.quote)


def normalize(text: str) -> str:
    """Whitespace runs as one space, trimmed (for titles and comparisons)."""
    return _SPACE.sub(" ", text).strip()


def is_title_line(line: str) -> bool:
    """Whether a line reads as a title: no sentence's end at its close, and no list item's mark at its start."""
    line = line.rstrip()
    return not line.endswith((".", "!", "?", '"', "”", ";", ":")) and not re.match(
        r"\s*(?:[-–—•*▪·]|\(?\d{1,2}[.)])", line
    )


# a non-restrictive relative clause set off by commas (", which have also broken with X,", ", who spoke
# first,"): no part of the clause's subject nor of what its verb tells
RELATIVE_ASIDE = re.compile(r",\s*(?:which|who|whose)\b[^,;:.]*,")
